#!/usr/bin/env bash
# The README's test command: install (idempotent), then lint, type-check and run every test,
# slow end-to-end ones included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/python -m pytest -n 2 --durations=10 "$@"
