#!/usr/bin/env bash
# Installs the test LRS for the xAPI tests (tests/test_lrs_live.cpp): Learning Locker's
# statement service, xapi-statements 5.0.1, exactly as pinned in package-lock.json (npm ci).
# Node comes from Debian (nodejs npm) when the machine has none. A failure is reported and
# does not stop `make test`: the LRS tests then fail in CI (CI=true) and say they were skipped
# locally; they never pass without a real LRS.
set -u
cd "$(dirname "$0")"
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "lrs: node/npm not found; installing Debian's nodejs and npm"
  { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm; } ||
    { echo "lrs: could not install nodejs/npm: the LRS tests cannot run"; exit 0; }
fi
stamp=node_modules/.lwp-installed-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp" && [ -f node_modules/xapi-statements/dist/index.js ]; then
  exit 0
fi
echo "lrs: npm ci (xapi-statements 5.0.1)"
if npm ci --no-audit --no-fund --ignore-scripts --loglevel=error; then
  cp package-lock.json "$stamp"
else
  echo "lrs: npm ci failed: the LRS tests cannot run"
fi
exit 0
