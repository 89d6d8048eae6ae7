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
# Regulatory evidence (README, "Regulatory evidence"): the committed SOUP inventory must match the lock,
# and every class C requirement must have a test, before the suite runs.
.venv/bin/adherence soup --check
.venv/bin/adherence trace --check
# Two test workers on two cores, each sent one test at a time as it frees (--maxschedchunk 1; the longest modules go
# first, see tests/conftest.py, so neither worker is left with a long test at the end). One BLAS / OpenMP thread
# each: a second thread per worker only spins against the other worker's (one reminder training took 189 s instead
# of 22 s that way).
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}" OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" MKL_NUM_THREADS="${MKL_NUM_THREADS:-1}"
mkdir -p build/regulatory
status=0
.venv/bin/python -m pytest -n 2 --maxschedchunk 1 --durations=30 --junitxml=build/regulatory/junit.xml "$@" || status=$?
# The traceability matrix with each test's last result: build/regulatory/traceability.{md,json}. Its
# output goes to a file so that pytest's summary stays the last line; it is shown only if it fails.
if ! .venv/bin/adherence trace --junit build/regulatory/junit.xml >build/regulatory/trace.log 2>&1; then
    cat build/regulatory/trace.log
    status=$((status == 0 ? 1 : status))
fi
exit "$status"
