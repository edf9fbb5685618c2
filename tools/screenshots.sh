#!/usr/bin/env bash
# Renders the app under Xvfb into docs/screenshots/ (used by `make screenshots`).
set -euo pipefail
build=${1:-build}
bin="$build/leerwerkplaats"
out=docs/screenshots
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
shot() {  # name, args... (a workshop also writes NAME-begeleider.png and NAME-samen.png: kept by pair)
    local name=$1; shift
    xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --data-dir "$data/$name" --fresh --frames 5 --screenshot "$out/$name.png" "$@"
    rm -f "$out/$name-begeleider.png" "$out/$name-samen.png"
    echo "$out/$name.png"
}
pair() {  # name, args...: a workshop's two windows, the projector, the facilitator's, side by side
    local name=$1; shift
    xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --data-dir "$data/$name" --fresh --frames 8 --screenshot "$out/$name.png" "$@"
    echo "$out/$name.png $out/$name-begeleider.png $out/$name-samen.png"
}
shot bibliotheek
shot casus --open oefencasus --choose 1
shot document --open oefencasus --document zorgmelding_school
shot projector --open oefencasus --choose 1 --size 1920x1080
shot english --open oefencasus --choose 1 --lang en
# Debrief and progress, from the demo logs in tools/demo (tests check they still replay).
shot nabespreking --open oefencasus --actions tools/demo/oefencasus-expert.json --tab nabespreking
# Every analysis board, filled by the expert's route through the domestic-violence case (issue 19.9).
for board in tijdlijn personen patroon veiligheid eindsituatie; do
    shot "$board" --open huiselijk_geweld --actions tools/demo/huiselijk_geweld-expert.json --tab "$board"
done
shot personen-en --open huiselijk_geweld --actions tools/demo/huiselijk_geweld-expert.json --tab personen --lang en
# During the case the debrief is locked: a lock and when it opens (no expert answers drawn).
shot nabespreking-slot --open oefencasus --choose 1 --tab nabespreking
progress_data="$data/voortgang"
# Ten sessions from the demo logs, dated a week apart (the chart's axis is dated), weakest first.
for log in oefencasus-zwak piet-fouten huiselijk_geweld-fouten oefencasus-expert ots_eindigt-fouten \
           dreigende_uitzetting-fouten piet-expert huiselijk_geweld-expert ots_eindigt-expert dreigende_uitzetting-expert; do
    before=$(ls "$progress_data"/sessies/*.json 2>/dev/null || true)
    "$bin" play "${log%-*}" --data-dir "$progress_data" --actions "tools/demo/$log.json" >/dev/null
    made=$(ls "$progress_data"/sessies/*.json | grep -vxF "$before")
    count=$(ls "$progress_data"/sessies/*.json | wc -l)
    when=$(( $(date +%s) - (10 - count) * 7 * 86400 ))
    sed -i -E "s/\"(created|updated)\": [0-9]+/\"\1\": $when/" "$made"
done
xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --data-dir "$progress_data" --fresh --frames 5 --tab voortgang --screenshot "$out/voortgang.png"
echo "$out/voortgang.png"
# Workshop mode (tools/demo/workshop-*.json): the vote revealed on the projector beside the
# facilitator's window (1280x800 projector, and a 1024x768 one), the one-window panel (F9), the
# reflection round, the dossier board with the expert's tags. The vote round scrolls into view
# over a few frames.
pair workshop --open oefencasus --actions tools/demo/workshop-oefencasus.json --size 1280x800
shot workshop-projector-1024 --open oefencasus --actions tools/demo/workshop-oefencasus.json --frames 8 --size 1024x768
shot workshop-projector --open oefencasus --actions tools/demo/workshop-oefencasus.json --frames 8
shot workshop-een-venster --open oefencasus --actions tools/demo/workshop-oefencasus.json --een-venster --tab begeleider --frames 8
shot workshop-reflectie --open oefencasus --actions tools/demo/workshop-oefencasus-einde.json --tab reflectieronde --frames 8
shot workshop-dossier --open dossieronderzoek --actions tools/demo/workshop-dossieronderzoek.json --tab dossier_expert --frames 8
# Authoring panel (F2) with a preview of a step: the banner says it is not scored.
shot auteur --open oefencasus --choose 1 --preview veiligheid_eerst --frames 6
# The story map window of the authoring panel (a click on a step previews it).
shot verhaalkaart-app --open piet --map --frames 6
shot methodewijzer --methode bouwsteen.directe_veiligheid --size 1920x1080
shot methodewijzer-1280 --methode bouwsteen.directe_veiligheid
shot methodewijzer-begrippen --methode begrippen --size 1920x1080
shot methodewijzer-citaat --open oefencasus --choose 1 --size 1920x1080
tools/stemkamer_screenshots.sh "$build"
