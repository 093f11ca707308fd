"""Another revision's ``kg`` beside this checkout's, for benchmarks that print both.

A revision's ``kg/`` and ``ontology/`` are unpacked from git, and Python runs with them
first on its path, from a folder that is not the checkout (``python -m`` and ``-c`` put
the current folder first on ``sys.path``, where the checkout's ``kg`` would shadow the
revision's)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

__all__ = ["ROOT", "python", "unpacked"]

ROOT = Path(__file__).resolve().parents[1]


def unpacked(revision: str, work: Path) -> Path | None:
    """``kg/`` and ``ontology/`` of a revision unpacked under ``work``; None when they are
    the same as this checkout's (nothing to compare)."""
    unchanged = subprocess.run(
        ["git", "diff", "--quiet", revision, "--", "kg", "ontology"], cwd=ROOT
    ).returncode
    if unchanged == 0:
        return None
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "kg", "ontology"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    target = work / "source"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def python(args: list[str], source: Path | None, cwd: Path | None = None) -> str:
    """The output of ``python ARGS`` with ``kg`` from ``source`` (None: this checkout),
    the benchmarks importable too, run in ``cwd`` (default: a temporary folder); a
    failed run raises with its stderr."""
    path = [str(p) for p in (source, ROOT) if p is not None]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    with tempfile.TemporaryDirectory() as elsewhere:
        done = subprocess.run(
            [sys.executable, *args],
            env=env,
            cwd=cwd or elsewhere,
            capture_output=True,
            text=True,
        )
    if done.returncode != 0:
        raise RuntimeError(f"python {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout
