#!/usr/bin/env bash
# Gate: configures and builds the unit tests with AddressSanitizer + UndefinedBehaviorSanitizer (-DCS_SANITIZE=ON)
# in their own build tree, runs them, and builds the example site with the sanitized binary. Any report fails.
# usage: sanitizers.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
dir=$2
export CCACHE_NOHASHDIR=true
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# -O1 keeps the sanitized build quick to compile and quick to run.
cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" "-DCMAKE_C_FLAGS_DEBUG=-g -O1" \
  -DCS_SANITIZE=ON -DCS_WASM=OFF -DCS_TESTS=ON "${launcher[@]}" >/dev/null
start=$SECONDS
ninja -C "$dir" unit_tests complaints-site | tail -n 1
echo "sanitizers: build took $((SECONDS - start)) s"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
log=$(mktemp)
trap 'rm -rf "$log" "${site_tmp:-}"' EXIT

status=0
"$dir/tests/unit_tests" --no-intro=true 2>&1 | tee "$log" | tail -n 3 || status=$?
if [ "$status" -ne 0 ] || grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
  grep -E -A 30 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" | head -n 80 || true
  echo "sanitizers: unit tests failed or a sanitizer reported (exit $status)"
  exit 1
fi

# The sanitized generator over the example site, when `build` exists.
if "$dir/complaints-site" build --help >/dev/null 2>&1; then
  site_tmp=$(mktemp -d)
  if ! "$dir/complaints-site" build --content "$src/content" --out "$site_tmp/public" >"$log" 2>&1; then
    cat "$log"
    echo "sanitizers: building the example site with the sanitized binary failed"
    exit 1
  fi
  if grep -qE 'Sanitizer|runtime error:' "$log"; then cat "$log"; exit 1; fi
  echo "sanitizers: example site built cleanly under ASan+UBSan"
fi
echo "sanitizers: 0 reports"
