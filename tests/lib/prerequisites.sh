# What a shell test does when a prerequisite is missing (source it; the same rule as tests/test_util.h and
# tests/lib/prerequisites.mjs): fail with how to install it, unless CS_ALLOW_SKIP=1, when it exits 77 ("skipped").

# cs_missing WHAT HOW: WHAT is missing; HOW says how to install it. Exits 1, or 77 with CS_ALLOW_SKIP=1.
cs_missing() {
  if [ "${CS_ALLOW_SKIP:-}" = 1 ]; then
    echo "skipped: $1 is missing (CS_ALLOW_SKIP=1)"
    exit 77
  fi
  echo "error: missing prerequisite: $1 — $2 (CS_ALLOW_SKIP=1 turns this failure into a skip)" >&2
  exit 1
}

# cs_require_command COMMAND HOW: the command must be on PATH.
cs_require_command() {
  command -v "$1" >/dev/null 2>&1 || cs_missing "the command $1" "$2"
}

# cs_shared_dir SOURCE_DIR: sets shared_dir to the shared/ folder (the Code text, seeds, reference data):
# $CS_SHARED_DIR when set (ctest sets it from CMake's CS_SHARED_DIR), else SOURCE_DIR/../shared. Missing when
# it has no seeds/ folder. (Call it directly, not in $(...): a subshell could not end the test.)
cs_shared_dir() {
  shared_dir=${CS_SHARED_DIR:-$1/../shared}
  [ -d "$shared_dir/seeds" ] || cs_missing "$shared_dir/seeds (the shared/ folder)" \
    "put the shared/ folder (Code text, seeds, reference data) beside the checkout as ../shared, or point CS_SHARED_DIR at it"
}
