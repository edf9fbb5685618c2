#!/usr/bin/env bash
# Renders the app under Xvfb into docs/screenshots/ (used by `make screenshots`).
set -euo pipefail
build=${1:-build}
bin="$build/leerwerkplaats"
out=docs/screenshots
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
shot() {  # name, args...
    local name=$1; shift
    xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --data-dir "$data/$name" --fresh --frames 5 --screenshot "$out/$name.png" "$@"
    echo "$out/$name.png"
}
shot bibliotheek
shot casus --open oefencasus --choose 1
shot document --open oefencasus --document zorgmelding_school
shot projector --open oefencasus --choose 1 --size 1920x1080
shot english --open oefencasus --choose 1 --lang en
# Debrief and progress, from the demo logs in tools/demo (tests check they still replay).
shot nabespreking --open oefencasus --actions tools/demo/oefencasus-expert.json --tab nabespreking
progress_data="$data/voortgang"
"$bin" play oefencasus --data-dir "$progress_data" --actions tools/demo/oefencasus-zwak.json >/dev/null
"$bin" play oefencasus --data-dir "$progress_data" --actions tools/demo/oefencasus-expert.json >/dev/null
xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --data-dir "$progress_data" --fresh --frames 5 --tab voortgang --screenshot "$out/voortgang.png"
echo "$out/voortgang.png"
