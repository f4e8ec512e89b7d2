#!/usr/bin/env bash
# The demo: installs what is missing, builds and installs diplo, and shows
# what it does with the project's own sample articles (samples/) in a
# throwaway cluster.
source "$(dirname "$0")/common.sh"
cd "$DIPLO_ROOT"

ensure_packages
build_and_install
in_cluster psql -X -q -v ON_ERROR_STOP=1 -f samples/demo.sql
