"""Child servers run in the foreground: started in their own process group, stopped by their own PID.

``adherence serve`` (BentoML) and ``adherence mlflow-server`` (MLflow's tracking server) both start a
server that forks workers of its own. Each runs in a new session, so ``stop`` signals exactly that
server's process group and every process below it, found from its PID in ``/proc`` (BentoML's
workers run in sessions of their own; never anything found by name), and ``run_until_stopped`` turns Ctrl-C or
SIGTERM of the command into a graceful stop of the server, reaped before the command returns.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

#: The readiness wait for a server on a quiet 2-core machine; scaled by the load (``ready_timeout``).
BASE_READY_TIMEOUT = 180.0


def ready_timeout(explicit: float | None = None, load: float | None = None, cpus: int | None = None) -> float:
    """How long to wait for the service: ``explicit``, else ``$ADHERENCE_READY_TIMEOUT``, else 180 s
    scaled by how overloaded the machine is (1-minute load per core, at least 1×, at most 10×)."""
    if explicit is not None:
        return explicit
    configured = os.environ.get("ADHERENCE_READY_TIMEOUT")
    if configured:
        try:
            return float(configured)
        except ValueError:
            raise ValueError(f"ADHERENCE_READY_TIMEOUT must be a number of seconds, got {configured!r}") from None
    load = os.getloadavg()[0] if load is None else load
    cpus = cpus or os.cpu_count() or 1
    return BASE_READY_TIMEOUT * min(10.0, max(1.0, load / cpus))


def wait_answering(process: subprocess.Popen[bytes], url: str, what: str, timeout: float | None = None) -> None:
    """Wait until ``GET url`` answers 200 (a server's health or readiness probe).

    Args:
        process: the server, started by us; its exit ends the wait.
        url: the probe's full URL.
        what: the server's name in the error (``mlflow server``).
        timeout: seconds; default ``ready_timeout()`` (180 s scaled up by the machine's load).

    Raises:
        RuntimeError: the process exited first, or the time ran out.
    """
    import httpx

    timeout = ready_timeout(timeout)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with code {process.returncode} before it was ready")
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not answer {url} within {timeout:.0f} s")
        time.sleep(0.5)


def stop(process: subprocess.Popen[bytes], timeout: float = 20.0) -> int:
    """Stop the server and every process it started; SIGTERM first (graceful: logs are flushed), SIGKILL after ``timeout``.

    BentoML's workers run in sessions of their own, so besides the server's process group each
    process of its tree (found from its PID in ``/proc``, never by name) is signalled by PID.
    """
    tree = _tree(process.pid)
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    _signal(tree, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is None:
            tree |= _tree(process.pid)  # a worker started meanwhile
        if process.poll() is not None and not _alive(tree):
            break
        time.sleep(0.1)
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    _signal(tree, signal.SIGKILL)
    process.wait()
    return int(process.returncode)


def _tree(pid: int) -> set[tuple[int, str]]:
    """Every process below ``pid`` as (PID, start time): the start time tells a reused PID apart."""
    children: dict[int, list[tuple[int, str]]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None:
                children.setdefault(int(fields[1]), []).append((int(entry.name), fields[19]))
    found: set[tuple[int, str]] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child[0])
    return found


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/PID/stat`` after the command name (state, ppid, ...), or None if it is gone."""
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1]).split()
    except (OSError, IndexError):
        return None


def _alive(tree: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """The processes of ``tree`` still running (a zombie has finished; its parent reaps it)."""
    running = set()
    for pid, started in tree:
        fields = _stat(pid)
        if fields is not None and fields[19] == started and fields[0] != "Z":
            running.add((pid, started))
    return running


def _signal(tree: set[tuple[int, str]], signum: int) -> None:
    for pid, _ in _alive(tree):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signum)


class _TerminatedError(Exception):
    """SIGTERM, turned into an exception like Ctrl-C's KeyboardInterrupt."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _TerminatedError


def run_until_stopped(start: Callable[[], subprocess.Popen[bytes]], stop_timeout: float = 8.0,
                      started: Callable[[subprocess.Popen[bytes]], None] | None = None, *,
                      answered: Callable[[], bool] | None = None,
                      starting_stop_timeout: float | None = None) -> int:  # fmt: skip
    """Start a server (``start`` returns its process, in a session of its own) and wait for it; returns its exit code.

    ``started(process)`` runs once it is started (e.g. waits until it answers, then says so); if it
    raises, the server is stopped and the error goes on.

    SIGTERM and Ctrl-C stop the server and every process below it (``stop``), within
    ``stop_timeout`` seconds (then SIGKILL), and reap it: no child is left behind; the code is
    then 143 for SIGTERM. With ``answered`` (polled while waiting: has the server served?), a
    server that never answered gets ``starting_stop_timeout`` instead: it has nothing to flush.

    The SIGTERM handler only raises: waiting on the child inside the handler would deadlock,
    because the interrupted ``process.wait()`` still holds the Popen's wait lock.
    """
    previous = signal.signal(signal.SIGTERM, _raise_terminated)  # a stopped command stops its server
    process: subprocess.Popen[bytes] | None = None
    served = answered is None
    try:
        process = start()
        if started is not None:
            started(process)
        while True:
            with contextlib.suppress(subprocess.TimeoutExpired):
                return process.wait(0.5)
            served = served or bool(answered and answered())
    except (KeyboardInterrupt, _TerminatedError) as stopped:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not interrupt the stopping
        timeout = stop_timeout if served or starting_stop_timeout is None else starting_stop_timeout
        code = stop(process, timeout) if process is not None else 0
        return 128 + signal.SIGTERM if isinstance(stopped, _TerminatedError) else code
    finally:
        if process is not None and process.poll() is None:
            stop(process, stop_timeout)
        signal.signal(signal.SIGTERM, previous)


__all__ = ["run_until_stopped", "stop"]
