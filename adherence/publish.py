"""Atomic publishing: stage a whole output, check it, then make it current with one rename.

Every command that writes a lake output (simulate: ``silver/`` and ``truth/`` together;
deidentify: ``deidentified/`` and its report; features apply: ``features/``; export: the
extract) goes through here::

    staging = stage(root, "simulate")          # root/.generations/simulate.<id>.staging/
    ... write staging / "silver", staging / "truth", check them ...
    publish(root, "simulate", staging, ["silver", "truth"])

``publish`` renames the staging folder to a *generation* (``.generations/simulate.<id>``),
then flips one symbolic link, ``.generations/simulate.current``, to it with ``os.replace``:
that single rename is the moment the new outputs become current, all of them at once.
Each output path (``root/silver``) is a fixed link through that pointer
(``.generations/simulate.current/silver``), so readers see the old outputs or the new ones,
never a mix, whatever instant the process is killed at. Older generations are removed
after the flip.

``recover(root)`` undoes what a crash left: staging folders and generations that never became
current are removed (Silver and de-identification staging hold PHI: commands call it first
thing), and a publish killed after its flip is completed (its links made). A lake written
before this module existed holds real folders at the output paths; the first publish adopts
them as a generation first (each folder swaps places with its link in one
``RENAME_EXCHANGE``), so even that conversion never shows a mix.

``ADHERENCE_FAILPOINT=<step>`` kills the process with SIGKILL at that step (``staged``,
``generation``, ``flipped``, ``linking`` (after the first link), ``linked``, ``cleaned``): the tests use it to show that a kill
anywhere leaves the previous outputs whole or the new ones in place.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import signal
import uuid
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

GENERATIONS = ".generations"
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2
MANIFEST = ".publish.json"
#: Staging folders that earlier versions of the commands left in a lake (``recover(lake, LAKE_LEGACY)``).
LAKE_LEGACY = (".simulate-*", ".deidentify-staging-*", ".silver.old", ".truth.old", "features/.building-*")


def failpoint(step: str) -> None:
    """Die here (SIGKILL, no clean-up) when ``ADHERENCE_FAILPOINT`` names this step: fault injection for tests."""
    if os.environ.get("ADHERENCE_FAILPOINT") == step:
        os.kill(os.getpid(), signal.SIGKILL)


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); ``OSError`` where unsupported."""
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "renameat2"):
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    if libc.renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first), None, str(second))


def fsync_folder(folder: Path) -> None:
    """Make a folder's entries (a rename, a new file) durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _check_group(group: str) -> None:
    if not group or not all(c.isalnum() or c in "-_" for c in group):
        raise ValueError(f"invalid publish group {group!r}")


def group_name(prefix: str, output: Path) -> str:
    """The publish group of an output folder named freely by the user (``prefix-<its name, made safe>``)."""
    return prefix + "-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(output).name)


def stage(root: Path, group: str) -> Path:
    """A new, empty staging folder for ``group``'s outputs under ``root`` (same file system, so renames are atomic)."""
    _check_group(group)
    folder = Path(root) / GENERATIONS / f"{group}.{uuid.uuid4().hex}.staging"
    folder.mkdir(parents=True)
    return folder


def discard(staging: Path) -> None:
    """Remove a staging folder that was not published (no-op once published)."""
    shutil.rmtree(staging, ignore_errors=True)


def publish(root: Path, group: str, staging: Path, names: Sequence[str]) -> None:
    """Make ``staging/<name>`` current at ``root/<name>`` for every name, all at once (see the module doc)."""
    _check_group(group)
    root, staging = Path(root), Path(staging)
    generations = root / GENERATIONS
    if staging.parent != generations or not staging.name.startswith(f"{group}.") or not staging.name.endswith(".staging"):
        raise ValueError(f"{staging} is not a staging folder of {group!r} made by stage()")
    for name in names:
        if not (staging / name).exists():
            raise FileNotFoundError(f"nothing staged for {name!r} in {staging}")
    (staging / MANIFEST).write_text(json.dumps({"group": group, "names": list(names)}))
    failpoint("staged")
    _adopt_legacy(root, group, names)
    generation = generations / staging.name.removesuffix(".staging")
    staging.rename(generation)
    failpoint("generation")
    pointer = generations / f"{group}.current"
    temporary = generations / f".{group}.current.{uuid.uuid4().hex}"
    temporary.symlink_to(generation.name)
    _set_aside_copied_pointer(generations, group)
    temporary.replace(pointer)  # the commit point: every output of the group switches here
    fsync_folder(generations)
    failpoint("flipped")
    _link(root, group, names)
    failpoint("linked")
    _remove_stale(generations, group, keep=generation.name)
    failpoint("cleaned")


def _set_aside_copied_pointer(generations: Path, group: str) -> None:
    """A lake copied with ``cp -rL`` holds the pointer as a real folder: it becomes a stale generation (removed at the flip)."""
    pointer = generations / f"{group}.current"
    if pointer.is_dir() and not pointer.is_symlink():
        pointer.rename(generations / f"{group}.{uuid.uuid4().hex}")


def _source(root: Path, group: str) -> Path | None:
    """The folder holding ``group``'s current outputs: the current generation, or a copied lake's pointer folder."""
    pointer = Path(root) / GENERATIONS / f"{group}.current"
    return current(root, group) or (pointer if pointer.is_dir() else None)


def _wanted(root: Path, group: str, name: str) -> str:
    """The text of the fixed link at ``root/<name>``: through the group's pointer, relative to the link's folder."""
    return os.path.relpath(root / GENERATIONS / f"{group}.current" / name, (root / name).parent)


def _adopt_legacy(root: Path, group: str, names: Sequence[str]) -> None:
    """Turn real folders at the output paths (a lake from before) into a current generation, never a mix.

    A generation is made of the fixed links and made current; then each link and its real
    folder swap places atomically (``RENAME_EXCHANGE``). A swapped path reads the old folder
    through the pointer, an unswapped one reads it directly: old outputs at every instant.
    """
    legacy = [name for name in names if (root / name).exists() and not (root / name).is_symlink()]
    if not legacy:
        return
    generations = root / GENERATIONS
    adopted = generations / f"{group}.{uuid.uuid4().hex}"
    for name in legacy:
        (adopted / name).parent.mkdir(parents=True, exist_ok=True)
        (adopted / name).symlink_to(_wanted(root, group, name))
    (adopted / MANIFEST).write_text(json.dumps({"group": group, "names": legacy, "adopting": True}))
    temporary = generations / f".{group}.current.{uuid.uuid4().hex}"
    temporary.symlink_to(adopted.name)
    _set_aside_copied_pointer(generations, group)
    temporary.replace(generations / f"{group}.current")
    _link(root, group, legacy)


def _link(root: Path, group: str, names: Sequence[str], *, publishing: bool = True) -> None:
    """Make each ``root/<name>`` the fixed link through ``group``'s pointer."""
    generation = current(root, group)
    for number, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        wanted = _wanted(root, group, name)
        inside = generation / name if generation else None
        if path.is_symlink() and str(path.readlink()) == wanted:
            pass  # in place since the group's first publish: the pointer's flip was the switch
        elif path.exists() and not path.is_symlink():  # a real folder from before publishing came through here
            if inside is None or not inside.is_symlink():
                raise RuntimeError(f"{path} is a real folder that no publish adopted; move it away by hand")
            try:
                _exchange(inside, path)  # the link takes the path, the folder goes into the generation
            except OSError:  # no RENAME_EXCHANGE on this file system: a moment without the path
                inside.unlink()
                path.rename(inside)
                inside.with_name(f".{inside.name}.link").symlink_to(wanted)
                inside.with_name(f".{inside.name}.link").replace(path)
        else:
            temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.link")
            temporary.symlink_to(wanted)
            temporary.replace(path)
        if number == 0 and publishing:
            failpoint("linking")


def _remove_stale(generations: Path, group: str, keep: str | None) -> None:
    for entry in generations.glob(f"{group}.*"):
        if entry.name in (keep, f"{group}.current"):
            continue
        if entry.is_symlink() or entry.is_file():
            entry.unlink(missing_ok=True)
        else:
            shutil.rmtree(entry, ignore_errors=True)
    for entry in generations.glob(f".{group}.current.*"):  # a pointer link made but never swapped in
        entry.unlink(missing_ok=True)


def filter_parquet(source: Path, target: Path, column: str, values: Collection[str]) -> int:
    """Copy the Parquet file ``source`` to ``target`` without the rows whose ``column`` is in ``values``.

    Returns the rows left out. A file without ``column`` is copied whole (0). Used by erasure,
    which must leave no byte of an erased row behind: the file is rewritten, never patched, so
    its statistics and dictionary pages hold only the rows kept.
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    if column not in table.column_names:
        shutil.copyfile(source, target)
        return 0
    erased = pc.fill_null(pc.is_in(table[column], value_set=_string_array(values)), False)
    removed = int(pc.sum(erased).as_py() or 0)
    pq.write_table(table.filter(pc.invert(erased)), target, compression="zstd")
    return removed


def count_rows(path: Path, column: str, values: Collection[str]) -> int:
    """Rows of the Parquet file ``path`` whose ``column`` is in ``values`` (0 without the column)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    if column not in pq.read_schema(path).names:
        return 0
    found = pc.is_in(pq.read_table(path, columns=[column])[column], value_set=_string_array(values))
    return int(pc.sum(pc.fill_null(found, False)).as_py() or 0)


def drop_rows(path: Path, column: str, values: Collection[str], *, dry_run: bool = False) -> int:
    """Rewrite the Parquet file ``path`` in place without the rows whose ``column`` is in ``values``.

    Atomic: the kept rows go to a hidden temporary file, which is fsynced and renamed over
    ``path`` (a file left with no row is removed). A kill leaves the old file or the new one,
    and at most a ``.<name>.erase.tmp`` that the next call on the folder removes. Returns the
    rows removed; a file holding none of ``values`` is not touched (0). ``dry_run``: only count them.
    """
    import pyarrow.parquet as pq

    path = Path(path)
    held = count_rows(path, column, values)
    if dry_run or not held:
        return held
    for stale in path.parent.glob(".*.erase.tmp"):
        stale.unlink(missing_ok=True)
    temporary = path.with_name(f".{path.name}.erase.tmp")
    removed = filter_parquet(path, temporary, column, values)
    if pq.read_metadata(temporary).num_rows == 0:
        temporary.unlink()
        path.unlink()
    else:
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        temporary.replace(path)
    fsync_folder(path.parent)
    return removed


def republish_without(root: Path, group: str, column: str, values: Collection[str], *,
                      dry_run: bool = False) -> dict[str, int]:  # fmt: skip
    """Publish a new generation of ``group`` equal to the current one without the rows whose ``column`` is in ``values``.

    Every Parquet file of the current generation is rewritten through ``filter_parquet``;
    other files (reports, manifests) are copied. The outputs switch with one rename as in
    ``publish``, and the old generation, the only other copy of the rows, is then removed
    (also when an earlier call was killed after its flip: ``recover`` runs first).
    Returns the rows removed per file (relative path); ``{}``, publishing nothing, when no
    file holds any of ``values``, so calling it again after it finished is a no-op.
    ``dry_run``: only count them, per file. Raises ``FileNotFoundError`` when ``group`` has no current generation.
    """
    if not dry_run:
        recover(root)  # a publish killed after its flip (an earlier call of this) leaves the old generation: remove it
    generation = _source(root, group)
    if generation is None or not (generation / MANIFEST).is_file():
        raise FileNotFoundError(f"{root}: nothing of {group!r} was published")
    names = json.loads((generation / MANIFEST).read_text())["names"]
    files = [path for name in names for path in ([generation / name] if (generation / name).is_file()
                                                  else sorted((generation / name).rglob("*")))]  # fmt: skip
    held = {path: count_rows(path, column, values) for path in files if path.suffix == ".parquet" and path.is_file()}
    holding = {path for path, rows in held.items() if rows}
    if dry_run or not holding:
        return {str(path.relative_to(generation)): held[path] for path in sorted(holding)}
    staging = stage(root, group)
    removed: dict[str, int] = {}
    try:
        for path in files:
            if not path.is_file():
                continue
            relative = path.relative_to(generation)
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if path in holding:
                removed[str(relative)] = filter_parquet(path, target, column, values)
            else:
                shutil.copyfile(path, target)
        publish(root, group, staging, names)
    finally:
        discard(staging)
    return removed


def _string_array(values: Collection[str]) -> Any:
    import pyarrow as pa

    return pa.array(sorted(values), pa.string())


def current(root: Path, group: str) -> Path | None:
    """The generation folder that is current for ``group``, if any."""
    pointer = Path(root) / GENERATIONS / f"{group}.current"
    return pointer.resolve() if pointer.is_symlink() and pointer.exists() else None


def recover(root: Path, legacy: Sequence[str] = ()) -> list[str]:
    """Remove what crashed commands left under ``root`` and complete a publish killed after its flip.

    ``legacy``: glob patterns of older staging folders to remove too. Returns what it did
    (for a log line). Safe to call whenever no publish into ``root`` is running.
    """
    root = Path(root)
    done: list[str] = []
    for pattern in legacy:
        for entry in root.glob(pattern):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
                done.append(f"removed {entry.relative_to(root)}")
    generations = root / GENERATIONS
    if not generations.is_dir():
        return done
    groups = {entry.name.split(".", 1)[0] for entry in generations.iterdir() if not entry.name.startswith(".")}
    for group in sorted(groups):
        generation = current(root, group)
        before = {entry.name for entry in generations.glob(f"{group}.*")} | {e.name for e in generations.glob(f".{group}.*")}
        _remove_stale(generations, group, keep=generation.name if generation else None)
        after = {entry.name for entry in generations.glob(f"{group}.*")}
        done += [f"removed {GENERATIONS}/{name}" for name in sorted(before - after)]
        if generation is not None and (generation / MANIFEST).is_file():
            names = json.loads((generation / MANIFEST).read_text())["names"]
            _link(root, group, names, publishing=False)
    return done


__all__ = ["LAKE_LEGACY", "count_rows", "current", "discard", "drop_rows", "failpoint", "filter_parquet", "fsync_folder",
           "group_name", "publish", "recover", "republish_without", "stage"]
