#!/usr/bin/env bash
# Runs every libFuzzer target for a while and prints executions, exec/s and the outcome.
#   tests/fuzz/run.sh BUILD_DIR SECONDS
# Seeds come from tests/fuzz/corpus/<kind>/ (read only); what the fuzzer learns goes to
# BUILD_DIR/fuzz/corpus/<target>/ and is reused by the next run; findings are written to
# BUILD_DIR/fuzz/findings/ (crash-*, leak-*, timeout-*, oom-*). Exit status 1 on any finding.
# FUZZ_SEED (default 1) makes a run on a fresh corpus repeatable.
set -uo pipefail
build=${1:?build dir}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build/fuzz/findings"
status=0
summary=()
for spec in "fuzz_scenario_loader scenario 16384" "fuzz_session_loader session 65536" "fuzz_folder_layer folder 4096"; do
  read -r target kind max_len <<<"$spec"
  work="$build/fuzz/corpus/$target"
  log="$build/fuzz/$target.log"
  mkdir -p "$work"
  echo "== $target: $seconds s (log: $log)"
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$build/$target" -max_total_time="$seconds" -seed="${FUZZ_SEED:-1}" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" -dict="$here/$kind.dict" -print_final_stats=1 \
    -artifact_prefix="$build/fuzz/findings/$target-" "$work" "$here/corpus/$kind" >"$log" 2>&1
  rc=$?
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
  speed=$(awk '/stat::average_exec_per_sec/ {print $2}' "$log")
  corpus=$(ls "$work" | wc -l)
  if [ $rc -eq 0 ]; then outcome="clean"; else outcome="FINDING (exit $rc), see $log"; status=1; fi
  line="$target: ${execs:-?} executions in $seconds s, ${speed:-?} exec/s, corpus $corpus inputs: $outcome"
  summary+=("$line")
  [ $rc -eq 0 ] || grep -E "ERROR|SUMMARY|==[0-9]+==|Test unit written" "$log" | head -20
done
echo
printf '%s\n' "${summary[@]}"
exit $status
