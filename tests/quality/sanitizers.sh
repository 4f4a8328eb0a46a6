#!/usr/bin/env bash
# Gate: runs what scripts/build-sanitized built (clang, AddressSanitizer + UndefinedBehaviorSanitizer) and fails on
# any report: the unit tests of one noun (tests/<noun>/), or the sanitized CLI building the example site.
# usage: sanitizers.sh SOURCE_DIR BUILD_DIR [--unit NOUN | --example-site]   (neither: every unit test, then the site)
# ctest's sanitizers.build builds BUILD_DIR first; by hand: scripts/build-sanitized BUILD_DIR.
set -euo pipefail
src=$1
dir=$2
mode=${3:-all}
noun=${4:-}
for binary in "$dir/tests/unit_tests" "$dir/complaints-site"; do
  [ -x "$binary" ] || { echo "sanitizers: $binary is not built — run scripts/build-sanitized $dir"; exit 1; }
done

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
log=$(mktemp)
trap 'rm -rf "$log" "${site_tmp:-}"' EXIT
reported() { grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; }

unit() {  # unit [NOUN]: the unit tests whose file is in tests/NOUN/ (all of them without NOUN)
  local filter=()
  [ -n "${1:-}" ] && filter=("--source-file=*tests/$1/*")
  local status=0
  (cd "$dir/tests" && ./unit_tests --no-intro=true "${filter[@]}") >"$log" 2>&1 || status=$?
  tail -n 3 "$log"
  if [ "$status" -ne 0 ] || reported; then
    grep -E -B 5 -A 30 'ERROR: (Address|Leak)Sanitizer|runtime error:|ERROR: CHECK|FAILED!' "$log" | head -n 120 || true
    echo "sanitizers: unit tests ${1:-(all)} failed or a sanitizer reported (exit $status)"
    exit 1
  fi
  grep -qE 'test cases: *[1-9]' "$log" || { echo "sanitizers: no unit tests ran for ${1:-(all)}"; exit 1; }
}

example_site() {  # the sanitized generator over the example site
  site_tmp=$(mktemp -d)
  if ! "$dir/complaints-site" build --content "$src/content" --out "$site_tmp/public" >"$log" 2>&1 || reported; then
    cat "$log"
    echo "sanitizers: building the example site with the sanitized binary failed or a sanitizer reported"
    exit 1
  fi
  echo "sanitizers: example site built cleanly under ASan+UBSan"
}

case "$mode" in
  --unit) [ -n "$noun" ] || { echo "usage: sanitizers.sh SOURCE_DIR BUILD_DIR --unit NOUN" >&2; exit 2; }; unit "$noun" ;;
  --example-site) example_site ;;
  all) unit; example_site ;;
  *) echo "usage: sanitizers.sh SOURCE_DIR BUILD_DIR [--unit NOUN | --example-site]" >&2; exit 2 ;;
esac
echo "sanitizers: 0 reports"
