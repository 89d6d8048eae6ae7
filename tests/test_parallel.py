"""``adherence.parallel``: chunks done by forked workers that inherit one object."""

from __future__ import annotations

import os
import time

from adherence.parallel import chunked, forked_map


class _Offset:
    """An object the workers inherit (never pickled): it adds its offset and says which process worked."""

    def __init__(self, offset: int) -> None:
        self.offset = offset

    def add(self, chunk: list[int]) -> tuple[list[int], int]:
        time.sleep(0.05)  # long enough that the caller and the forked child both take chunks
        return [value + self.offset for value in chunk], os.getpid()


def test_forked_workers_return_every_chunk_in_order_as_one_process_would() -> None:
    chunks = chunked(list(range(1003)), 100)
    assert [len(c) for c in chunks] == [100] * 10 + [3]
    shared = _Offset(7)
    one = list(forked_map(_Offset.add, shared, chunks, workers=1))
    two = list(forked_map(_Offset.add, shared, chunks, workers=2))
    assert [values for values, _ in two] == [values for values, _ in one] == [[v + 7 for v in c] for c in chunks]
    assert {pid for _, pid in one} == {os.getpid()}
    workers = {pid for _, pid in two}  # the caller and one forked child
    assert len(workers) == 2 and os.getpid() in workers


def test_a_chunk_that_fails_in_a_worker_fails_the_call() -> None:
    import pytest

    def boom(shared: object, chunk: list[int]) -> int:
        raise ValueError(f"bad chunk starting {chunk[0]}")

    with pytest.raises(ValueError, match="bad chunk starting 0"):
        list(forked_map(boom, None, chunked(list(range(10)), 5), workers=2))


def test_a_failed_chunk_raises_in_order_after_the_chunks_before_it() -> None:
    import pytest

    def fail_on_three(shared: object, chunk: list[int]) -> int:
        time.sleep(0.02)
        if chunk[0] == 3:
            raise ValueError("three")
        return chunk[0]

    results = forked_map(fail_on_three, None, chunked(list(range(8)), 1), workers=2)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ValueError, match="three"):
        next(results)
