# common.sh — shared by scripts/demo.sh, scripts/test.sh, scripts/eval.py's
# caller and the benchmarks: installs what is missing, builds and installs
# the extension.  Source it; it needs bash.
set -euo pipefail

DIPLO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_MAJOR="${PG_MAJOR:-15}"
export PATH="/usr/lib/postgresql/$PG_MAJOR/bin:$PATH"

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages the build, the tests and the benchmarks need.
diplo_packages() {
	echo "postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR postgresql-contrib" \
		"postgresql-$PG_MAJOR-icu-ext libicu-dev pkg-config make gcc python3"
}

ensure_packages() {
	local missing=()
	for p in $(diplo_packages); do
		dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		echo "diplo: installing ${missing[*]}" >&2
		as_root apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
	fi
}

build_and_install() {
	make -C "$DIPLO_ROOT" -s PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" >&2
	as_root make -C "$DIPLO_ROOT" -s install PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" >&2
}

# Runs a command in a throwaway cluster (PGHOST, PGPORT... are set for it).
# As root, pg_virtualenv names its cluster "regress"; one left behind by an
# interrupted run would block the next, so it is removed first.
in_cluster() {
	if [ "$(id -u)" -eq 0 ] && [ -d "/etc/postgresql/$PG_MAJOR/regress" ] && ! pgrep -f "pg_virtualenv" >/dev/null; then
		pg_dropcluster --stop "$PG_MAJOR" regress 2>/dev/null || rm -rf "/etc/postgresql/$PG_MAJOR/regress"
	fi
	pg_virtualenv -v "$PG_MAJOR" "$@"
}
