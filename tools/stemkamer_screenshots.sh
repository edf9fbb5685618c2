#!/usr/bin/env bash
# The stemkamer's screenshots for the README (issue 18), everything on 127.0.0.1 only:
#   stemkamer-projector.png   the projector with the QR code, the address and the room code (1920x1080)
#   stemkamer-begeleider.png  the facilitator window while phones join and vote (curl plays 9 phones)
#   stemkamer-*-1280.png      the same two at 1280x800 (a small projector)
#   stemkamer-telefoon.png    a phone page after voting (headless chromium, 390x844, by the browser test)
#   stemkamer-telefoon-uitslag.png  a phone page after the reveal (the split; by the second browser test)
# Usage: tools/stemkamer_screenshots.sh [BUILD_DIR]   (called by tools/screenshots.sh)
set -euo pipefail
build=${1:-build}
bin="$build/leerwerkplaats"
out=docs/screenshots
log=tools/demo/workshop-oefencasus-stemkamer.json
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
shots() {  # WIDTH HEIGHT SUFFIX
    local w=$1 h=$2 suffix=$3
    run() { xvfb-run -a -s "-screen 0 ${w}x${h}x24" "$bin" --fresh --size "${w}x${h}" --open oefencasus --actions "$log" "$@"; }
    run --data-dir "$data/p$suffix" --frames 8 --stemkamer 127.0.0.1:0 --screenshot "$out/stemkamer-projector$suffix.png" >/dev/null
    rm -f "$out/stemkamer-projector$suffix-begeleider.png" "$out/stemkamer-projector$suffix-samen.png"
    echo "$out/stemkamer-projector$suffix.png"

    # The panel: the program draws enough frames for the phones (curl) to join and vote first.
    run --data-dir "$data/b$suffix" --frames 150 --tab stemkamer --stemkamer 127.0.0.1:0 \
        --screenshot "$out/stemkamer-begeleider$suffix.png" >"$data/url$suffix" &
    local app=$! url= step token i=0
    for _ in $(seq 100); do url=$(sed -n 's/^stemkamer: //p' "$data/url$suffix"); [ -n "$url" ] && break; sleep 0.1; done
    [ -n "$url" ] || { echo "no stemkamer address" >&2; kill "$app"; exit 1; }
    step=$(curl -s --max-time 5 "${url}api/stand" | sed 's/.*"stap":"\([^"]*\)".*/\1/')
    local choices=(melding_bespreken eerst_rondbellen melding_bespreken melding_bespreken eerst_rondbellen melding_bespreken melding_bespreken)
    for name in Fatima Jeroen Ilse Kees Mehmet Lotte Sanne Daan Noor; do
        token=$(curl -s --max-time 5 --data-urlencode "naam=$name" "${url}api/aanmelden" | sed 's/.*"token":"\([^"]*\)".*/\1/')
        if [ $i -lt ${#choices[@]} ]; then
            curl -s --max-time 5 -o /dev/null -d "p=$token&stap=$step&keuze=${choices[$i]}" "${url}api/stem"
        fi
        i=$((i + 1))
    done
    wait "$app"
    # The facilitator's own window is the second PNG a workshop screenshot writes.
    mv "$out/stemkamer-begeleider$suffix-begeleider.png" "$out/stemkamer-begeleider$suffix.png"
    rm -f "$out/stemkamer-begeleider$suffix-samen.png"
    echo "$out/stemkamer-begeleider$suffix.png"
}
shots 1920 1080 ""
shots 1280 800 "-1280"

LWP_STEMKAMER_SHOTS="$out" xvfb-run -a -s "-screen 0 1280x800x24" "$build/lwp_ui_tests" \
    --test-case='*phone page in headless chromium*,*split after the reveal*' >/dev/null
echo "$out/stemkamer-telefoon.png"
echo "$out/stemkamer-telefoon-uitslag.png"
