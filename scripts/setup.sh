#!/usr/bin/env bash
# Create .venv and install exactly what requirements.lock pins, then the project itself.
# torch==2.13.0+cpu comes from the machine's wheel folder when there is one (/opt/wheels);
# elsewhere set PIP_FIND_LINKS / UV_FIND_LINKS to a folder holding that CPU wheel.
# Idempotent and quick when nothing changed: a stamp in .venv records the hash of the lock and
# pyproject.toml it installed, so a rerun touches nothing (a command running meanwhile keeps working).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
stamp=.venv/.adherence-installed
wanted="$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ -x .venv/bin/adherence ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "up to date: .venv matches requirements.lock and pyproject.toml (nothing reinstalled)"
  exit 0
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet "uv==0.13.9"
find_links=()
[ -d /opt/wheels ] && find_links=(--find-links /opt/wheels)
.venv/bin/uv pip sync --python .venv/bin/python "${find_links[@]}" requirements.lock
.venv/bin/uv pip install --python .venv/bin/python --no-deps -e .
echo "installed: $(.venv/bin/python -c 'import feast, mlflow, bentoml, torch; print("feast", feast.__version__, "mlflow", mlflow.__version__, "bentoml", bentoml.__version__, "torch", torch.__version__)')"
echo "$wanted" > "$stamp.tmp" && mv "$stamp.tmp" "$stamp"
