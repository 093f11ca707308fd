"""Atomic file output: a reader (or a crash) sees the old file or the new one, never half.

A file that exists keeps its permissions; a symbolic link or a folder in the way is
refused rather than replaced; temporary files a killed writer left beside the target are
removed by the next write; a failed write (read-only folder, full disk) is a coded error.

Also the one reader of kg's own tab-separated tables (``kg/data/*.tsv``), whose comment
lines, each opening with "#", come before the header.
"""

from __future__ import annotations

import csv
import glob
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kg.errors import Errors, KgError

__all__ = ["atomic_file", "table_rows", "write_atomic"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode(path: Path) -> int:
    """The permissions the written file gets: the old file's, or the umask's default."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: written beside it, flushed to disk, then
    renamed over it; on any error the old file stays and the temporary one goes."""
    if path.is_symlink() or path.is_dir():
        kind = "a symbolic link" if path.is_symlink() else "a folder"
        raise KgError(Errors.E038, path=path, reason=f"it is {kind}; give a file name")
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            stale.unlink(missing_ok=True)
        mode = _mode(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        raise KgError(Errors.E038, path=path, reason=exc.strerror or exc) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_file`)."""
    with atomic_file(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def table_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one of kg's tab-separated tables, below its comment lines."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))
