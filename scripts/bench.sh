#!/usr/bin/env bash
# Benchmarks and quality figures, written to docs/benchmarks.md (linked from
# the README): name-matching quality against ICU BGN + pg_trgm, throughput of
# transliteration and name keys against icu_ext, of entity extraction
# against to_tsvector, and the diplo_event GIN index against pg_trgm over
# the same entities (EVENTS_ITEMS synthetic items, default 1,000,000), each
# measured in one run in a throwaway cluster; and persons known by their
# office on the project's own items (bench/holders_eval.py).
source "$(dirname "$0")/common.sh"
cd "$DIPLO_ROOT"

ensure_packages
build_and_install
out=docs/benchmarks.md
{
	echo "# diplo: measured figures"
	echo
	echo "Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'))."
	echo "PostgreSQL $(pg_config --version | awk '{print $2}'), ICU $(pkg-config --modversion icu-uc)."
	echo
	# pg_virtualenv's own messages are not figures
	in_cluster sh -c 'python3 bench/names_quality.py --examples "${EXAMPLES:-0}" && echo &&
		python3 bench/throughput.py && echo && python3 bench/entities_throughput.py &&
		echo && python3 bench/events_bench.py --items "${EVENTS_ITEMS:-1000000}" \
		--group-items "${EVENTS_GROUP_ITEMS:-100000}"' |
		grep -v -e '^Creating new PostgreSQL cluster' -e '^Dropping cluster'
	echo
	# their own throwaway clusters, through make eval
	python3 bench/holders_eval.py
	echo
	python3 bench/links_eval.py
} >"$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
