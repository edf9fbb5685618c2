#!/usr/bin/env bash
# Prints how many tests there are, counted from a build directory (default build/): doctest's own
# list and the CTest entries per label. The README states no typed count; this is the count.
#   tools/test-counts.sh [BUILD_DIR]        (make test-counts; .ci/run prints it too)
set -euo pipefail
build=${1:-build}
cases=0; per=""
for binary in lwp_core_tests lwp_scripting_tests lwp_ui_tests; do  # CMakeLists.txt: one per layer
  n=$("$build/$binary" --list-test-cases | sed -nE 's/^\[doctest\] unskipped test cases passing the current filters: ([0-9]+)$/\1/p')
  cases=$((cases + n)); per+="${per:+, }${binary#lwp_} $n"
done
total=$(cd "$build" && ctest -N | sed -nE 's/^Total Tests: ([0-9]+)$/\1/p')
labels=""
for label in unit ui security integration slow install; do
  n=$(cd "$build" && ctest -N -L "^${label}\$" | sed -nE 's/^Total Tests: ([0-9]+)$/\1/p')
  labels+="${labels:+, }$label $n"
done
echo "tests: $cases doctest cases ($per); $total CTest entries ($labels)"
