"""Chunks of work done by the calling process and forked ones that share one loaded object.

The de-identifier holds a spaCy model and gazetteers (hundreds of MB) and the leak check an index
of every patient's identifiers: pickling either to each worker would cost more than the work.
Forked children inherit the object instead (copy on write), so only the chunks and their results
cross a pipe. ``fork`` is POSIX-only; this project runs on Linux.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar, cast

Shared = TypeVar("Shared")
Chunk = TypeVar("Chunk")
Result = TypeVar("Result")

def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, not the machine's count)."""
    return len(os.sched_getaffinity(0))


def chunked(items: Sequence[Chunk], size: int) -> list[Sequence[Chunk]]:
    """``items`` in consecutive slices of at most ``size`` (``size`` ≥ 1)."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def forked_map(work: Callable[[Shared, Chunk], Result], shared: Shared, chunks: Iterable[Chunk],
               workers: int) -> Iterator[Result]:
    """``work(shared, chunk)`` for each chunk, in order, done by this process and ``workers - 1``
    forked children that inherit ``shared``; with ``workers`` ≤ 1, in this process alone. Consume the
    iterator to the end (the children are stopped when it is exhausted or closed).

    Each process takes the next chunk no one has taken yet (a counter in shared memory), so none
    idles while chunks are left. The caller works too, rather than waiting on a pool of ``workers``:
    forking a process that holds a spaCy model and gazetteers (800 MB) and tearing it down again
    cost ~0.1 s each, and a ``multiprocessing.Pool`` of two took 0.2 s a call to start and stop, a
    tenth of redacting 2,000 messages. A chunk that fails raises its error when its turn comes.
    """
    if workers <= 1:
        yield from (work(shared, chunk) for chunk in chunks)
        return
    todo = list(chunks)
    taken = multiprocessing.get_context("fork").Value("q", 0)  # the next chunk to take, with its lock
    children = [_fork(work, shared, todo, taken) for _ in range(min(workers, len(todo)) - 1)]
    done: dict[int, tuple[bool, Any]] = {}
    try:
        for i in range(len(todo)):
            while i not in done:
                if (mine := _take(taken, len(todo))) is not None:
                    done[mine] = _attempt(work, shared, todo[mine])
                    _receive(children, done, block=False)
                else:
                    _receive(children, done, block=True)
            succeeded, value = done.pop(i)
            if not succeeded:
                raise value
            yield value
    finally:
        for pid, reader in children:
            reader.close()
            os.kill(pid, signal.SIGKILL)  # a no-op for a child that is done (it waits to be reaped)
            os.waitpid(pid, 0)


def _take(taken: Any, total: int) -> int | None:
    """The index of the next chunk no process has taken, or None when all are."""
    with taken.get_lock():
        index = int(taken.value)
        taken.value = index + 1
    return index if index < total else None


def _attempt(work: Callable[[Any, Any], Any], shared: Any, chunk: Any) -> tuple[bool, Any]:
    try:
        return True, work(shared, chunk)
    except Exception as error:  # raised in order by forked_map
        return False, error


def _fork(work: Callable[[Any, Any], Any], shared: Any, todo: list[Any], taken: Any) -> tuple[int, Connection]:
    """A forked child that does chunks until none is left, sending ``(index, (succeeded, result or error))``."""
    reader, writer = multiprocessing.get_context("fork").Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 1
        try:
            reader.close()
            while (index := _take(taken, len(todo))) is not None:
                writer.send((index, _attempt(work, shared, todo[index])))
            status = 0
        finally:
            os._exit(status)
    writer.close()
    return pid, reader


def _receive(children: list[tuple[int, Connection]], done: dict[int, tuple[bool, Any]], *, block: bool) -> None:
    """Results the children have sent (waiting for one if ``block``); a child that ended is forgotten."""
    readers = [reader for _, reader in children if not reader.closed]
    if block and not readers:
        raise RuntimeError("a forked worker ended without returning its chunk")
    for ready in wait(readers, timeout=None if block else 0):
        reader = cast(Connection, ready)
        try:
            index, outcome = reader.recv()
        except EOFError:
            reader.close()
            continue
        done[index] = outcome
