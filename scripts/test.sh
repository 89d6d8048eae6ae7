#!/usr/bin/env bash
# The README's test command: install (idempotent), then lint, type-check and run every test,
# slow end-to-end ones included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/mypy
# Under a time zone other than UTC, so that any day computed in the machine's zone shows up
# (every day the platform computes is a UTC day). TZ=UTC bash scripts/test.sh overrides it.
export TZ="${TZ:-America/Los_Angeles}"
exec .venv/bin/python -m pytest -n 2 --durations=10 "$@"
