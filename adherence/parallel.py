"""Chunks of work done by forked processes that share one loaded object.

The de-identifier holds a spaCy model and gazetteers (hundreds of MB) and the leak check an index
of every patient's identifiers: pickling either to each worker would cost more than the work.
Forked children inherit the object instead (copy on write), so only the chunks and their results
cross a pipe. ``fork`` is POSIX-only; this project runs on Linux.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

Shared = TypeVar("Shared")
Chunk = TypeVar("Chunk")
Result = TypeVar("Result")

#: What forked workers call: set in the parent just before the pool forks, cleared after.
_FORKED: tuple[Callable[[Any, Any], Any], Any] | None = None


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, not the machine's count)."""
    return len(os.sched_getaffinity(0))


def chunked(items: Sequence[Chunk], size: int) -> list[Sequence[Chunk]]:
    """``items`` in consecutive slices of at most ``size`` (``size`` ≥ 1)."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def forked_map(work: Callable[[Shared, Chunk], Result], shared: Shared, chunks: Iterable[Chunk],
               workers: int) -> Iterator[Result]:
    """``work(shared, chunk)`` for each chunk, in order, done by ``workers`` forked processes that
    inherit ``shared``; with ``workers`` ≤ 1, in this process. Consume the iterator to the end
    (the pool is closed when it is exhausted or closed)."""
    if workers <= 1:
        yield from (work(shared, chunk) for chunk in chunks)
        return
    global _FORKED
    _FORKED = (work, shared)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_in_child, chunks)
    finally:
        _FORKED = None


def _in_child(chunk: Any) -> Any:
    assert _FORKED is not None, "only called in processes forked by forked_map"
    work, shared = _FORKED
    return work(shared, chunk)
