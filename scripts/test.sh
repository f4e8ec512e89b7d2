#!/usr/bin/env bash
# Runs every test: the core unit tests under ASan+UBSan, the lint of the
# office holders, then the pg_regress suites against the installed extension
# in a throwaway cluster.  Ends with
# one line "N passed, M failed" counting both; exits non-zero on any failure.
source "$(dirname "$0")/common.sh"
cd "$DIPLO_ROOT"

ensure_packages
build_and_install

unit_log=$(mktemp)
regress_log=$(mktemp)
trap 'rm -f "$unit_log" "$regress_log"' EXIT

unit_status=0
make -s unit >"$unit_log" 2>&1 || unit_status=$?
cat "$unit_log"
unit_passed=$(sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$unit_log")
unit_failed=$(sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$unit_log")
unit_passed=${unit_passed:-0}
unit_failed=${unit_failed:-0}
# a crash or a sanitizer report is a failure even when the counts were printed
if [ "$unit_status" -ne 0 ] && [ "$unit_failed" -eq 0 ]; then unit_failed=1; fi

# the office holders' lint (tools/check_office_holders.py): one test
lint_passed=0
lint_failed=0
if make -s lint-holders; then lint_passed=1; else lint_failed=1; fi

regress_status=0
rm -rf results regression.diffs regression.out
in_cluster make -s installcheck >"$regress_log" 2>&1 || regress_status=$?
cat "$regress_log"
[ -f regression.diffs ] && cat regression.diffs
regress_passed=$(grep -cE '^(ok|test) .*\.\.\. ok|^ok [0-9]+ ' "$regress_log" || true)
regress_failed=$(grep -cE '\.\.\. FAILED|^not ok ' "$regress_log" || true)
if [ "$regress_status" -ne 0 ] && [ "$regress_failed" -eq 0 ]; then regress_failed=1; fi

passed=$((unit_passed + lint_passed + regress_passed))
failed=$((unit_failed + lint_failed + regress_failed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
