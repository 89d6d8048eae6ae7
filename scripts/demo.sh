#!/usr/bin/env bash
# The README's main command: install (idempotent), then run the end-to-end demo on embedded defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/adherence demo "$@"
