#!/usr/bin/env bash
# The install test (issue 21): installs a build into a temporary DESTDIR and runs the installed
# program from another directory, as a packager's user would. CTest runs it (label "install"):
#   tests/install_test.sh BUILD_DIR SOURCE_DIR INSTALL_PREFIX
# Checks: --version names the installed data; validate accepts every installed case (as many as
# the source tree has); the window opens and draws under X (--screenshot); the desktop entry and
# the AppStream metainfo validate; the icon is there as SVG and PNGs; nothing lands elsewhere.
# A missing validator (desktop-file-validate, appstreamcli) fails in CI (CI=true) and is skipped
# (exit 77) elsewhere, like tests/tools.hpp.
set -uo pipefail
shopt -s nullglob
build=$(realpath "$1") source=$(realpath "$2") prefix=$3
app_id=nl.leerwerkplaats.Leerwerkplaats
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

need() {  # need TOOL PACKAGE
  command -v "$1" >/dev/null && return 0
  if [ "${CI:-}" = "true" ]; then fail "$1 is missing and CI=true: install the Debian package $2"; return 1; fi
  echo "SKIPPED: $1 is not installed (Debian package $2); in CI this test fails"
  exit 77
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=$work/dest
DESTDIR=$dest cmake --install "$build" >"$work/install.log" 2>&1 || { cat "$work/install.log"; echo "FAIL: cmake --install"; exit 1; }
root=$dest$prefix
bin=$root/bin/leerwerkplaats
share=$root/share/leerwerkplaats
[ -x "$bin" ] && ok "installed $prefix/bin/leerwerkplaats" || fail "no executable at $bin"

# Run from somewhere unrelated, with a fresh data dir, so nothing is found relative to the cwd.
elsewhere=$work/elsewhere
mkdir -p "$elsewhere"
cd "$elsewhere"

version=$("$bin" --version 2>&1)
echo "$version" | sed 's/^/  /'
grep -q "^Leerwerkplaats [0-9]" <<<"$version" && ok "--version" || fail "--version printed no version"
grep -qF "casussen: $share/scenarios" <<<"$version" && ok "the installed program finds the installed cases" \
  || fail "the installed program does not use $share/scenarios"
grep -qF "programmagegevens: $share (geïnstalleerd)" <<<"$version" && ok "the installed program finds its installed data" \
  || fail "the installed program does not use $share"

expected=$(find "$source/scenarios" -maxdepth 1 -name '*.lua' | wc -l)
installed=$(find "$share/scenarios" -maxdepth 1 -name '*.lua' | wc -l)
[ "$expected" -gt 0 ] && [ "$installed" -eq "$expected" ] && ok "$installed cases installed" \
  || fail "$installed cases installed, the source tree has $expected"
if "$bin" validate "$share/scenarios" >"$work/validate.log" 2>&1; then
  clean=$(grep -c ': in orde (' "$work/validate.log")
  [ "$clean" -eq "$expected" ] && ok "validate: all $clean installed cases load cleanly" \
    || { cat "$work/validate.log"; fail "validate: $clean of $expected cases load cleanly"; }
else
  cat "$work/validate.log"; fail "validate on the installed cases"
fi
# Every directory of assets/ except package/ is installed run-time data.
for d in "$source"/assets/*/; do
  name=$(basename "$d")
  [ "$name" = package ] && continue
  [ -d "$share/$name" ] && ok "assets/$name installed" || fail "assets/$name is not installed under $share"
done

# The window, under X: the program opens with the installed cases and writes a screenshot.
shot=$work/shot.png
run_x() { if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1280x800x24" "$@"; fi; }
if run_x "$bin" --data-dir "$work/data" --fresh --screenshot "$shot" >"$work/shot.log" 2>&1 && [ -s "$shot" ]; then
  size=$(stat -c %s "$shot")
  [ "$size" -gt 20000 ] && ok "--screenshot from the installed program ($size bytes)" || fail "the screenshot is almost empty ($size bytes)"
else
  cat "$work/shot.log"; fail "--screenshot from the installed program"
fi
# The message catalogue: installed, and read by the installed program (it names assets/i18n on
# stderr when a catalogue file is missing or malformed, and every label would show its key).
[ -f "$share/i18n/nl.po" ] && [ -f "$share/i18n/en.po" ] && ok "the message catalogue is installed (i18n/nl.po, en.po)" \
  || fail "no message catalogue under $share/i18n"
if grep -q "i18n" "$work/shot.log"; then
  cat "$work/shot.log"; fail "the installed program did not read its message catalogue"
else
  ok "the installed program reads its message catalogue"
fi

# The desktop: entry, metainfo, icons.
desktop=$root/share/applications/$app_id.desktop
metainfo=$root/share/metainfo/$app_id.metainfo.xml
[ -f "$desktop" ] || fail "no desktop entry at $desktop"
[ -f "$metainfo" ] || fail "no metainfo at $metainfo"
if need desktop-file-validate desktop-file-utils; then
  desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate $desktop"
fi
if need appstreamcli appstream; then
  appstreamcli validate --no-net --pedantic "$metainfo" && ok "appstreamcli validate" || fail "appstreamcli validate $metainfo"
fi
grep -q "^Icon=$app_id$" "$desktop" || fail "the desktop entry names another icon"
[ -f "$root/share/icons/hicolor/scalable/apps/$app_id.svg" ] && ok "SVG icon" || fail "no SVG icon"
for size in 32 48 64 128 256; do
  png=$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  if [ -f "$png" ] && [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; then
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] && ok "PNG icon ${size}x${size}" || fail "PNG icon $png is $dims"
  else
    fail "no PNG icon at $png"
  fi
done

# Nothing outside the places a package may use.
stray=$(cd "$root" && find . -type f | grep -vE '^\./(bin/leerwerkplaats|share/(leerwerkplaats|applications|metainfo|icons/hicolor|man|doc/leerwerkplaats)/)' || true)
[ -z "$stray" ] && ok "every installed file is in its place" || fail "files installed elsewhere: $stray"

[ "$failures" -eq 0 ] && echo "install test: all checks passed" || echo "install test: $failures checks failed"
[ "$failures" -eq 0 ]
