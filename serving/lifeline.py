"""The prediction service's processes die with the process that started them.

``serving.run.start`` runs BentoML as ``python -m serving.lifeline PID -- python -m bentoml
serve ...``. This module, run so, asks Linux to SIGKILL it when ``PID`` (the starting
process: ``adherence serve`` or the demo) dies (``prctl(PR_SET_PDEATHSIG)``), records its
own PID in ``ADHERENCE_SERVER_PID`` and replaces itself with the command (same PID: the
BentoML server process). That kernel setting survives ``exec``; it is how a server outlives
neither a ``kill -9`` of its parent nor a crash.

BentoML's workers run in sessions of their own (circus starts them with ``setsid``), so no
process-group signal reaches them. Each worker calls ``guard_worker`` when it imports the
service: it asks for SIGTERM when the server process dies (a graceful stop: the prediction
log and the audit writer flush), and a daemon thread makes sure: once the server is gone it
waits ``WORKER_GRACE_SECONDS`` for that stop and then ends the worker. A worker started after
its server died stops at once.

Other systems than Linux have no ``PR_SET_PDEATHSIG``: there the wrapper only runs the
command, and the watch thread alone stops orphaned workers.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

#: Set (to the BentoML server's PID) in the environment of the server and so of its workers.
SERVER_PID = "ADHERENCE_SERVER_PID"
PR_SET_PDEATHSIG = 1
WORKER_GRACE_SECONDS = 10.0
WATCH_SECONDS = 0.5


def die_with_parent(signum: int) -> bool:
    """Ask the kernel to send ``signum`` to this process when its parent dies; False where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def command(parent: int, argv: list[str]) -> list[str]:
    """``argv`` run so that it is SIGKILLed when the process ``parent`` dies."""
    return [sys.executable, "-m", "serving.lifeline", str(parent), "--", *argv]


def guard_worker() -> None:
    """In a BentoML worker of a server started by ``serving.run.start``: stop when the server process is gone."""
    server = os.environ.get(SERVER_PID, "")
    if not server.isdigit() or int(server) == os.getpid():  # not started so, or the server process itself
        return
    server_pid = int(server)
    armed = die_with_parent(signal.SIGTERM) and os.getppid() == server_pid  # else the kernel will not tell
    threading.Thread(target=_watch, args=(server_pid, armed), name="lifeline", daemon=True).start()


def _watch(server_pid: int, armed: bool) -> None:
    while os.getppid() == server_pid:
        time.sleep(WATCH_SECONDS)
    if not armed:  # a graceful stop first (the kernel sent the signal already where it was asked to)
        os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(WORKER_GRACE_SECONDS)
    os._exit(128 + signal.SIGTERM)  # the stop did not finish: nothing may outlive the server


def main(argv: list[str]) -> None:
    """``python -m serving.lifeline PARENT_PID -- COMMAND...``: run COMMAND, SIGKILLed when PARENT_PID dies."""
    if len(argv) < 3 or not argv[0].isdigit() or argv[1] != "--":
        sys.exit("usage: python -m serving.lifeline PARENT_PID -- COMMAND...")
    die_with_parent(signal.SIGKILL)
    if os.getppid() != int(argv[0]):  # the parent died before the kernel was asked
        sys.exit(128 + signal.SIGKILL)
    os.environ[SERVER_PID] = str(os.getpid())
    os.execv(argv[2], argv[2:])


if __name__ == "__main__":
    main(sys.argv[1:])
