"""The SPARQL queries kg ships (``*.rq`` beside this file): its own and the saved ones a
user runs with ``kg query --name``. A module of its own, importing nothing heavy, so the
command line can list them in its help without loading a store."""

from __future__ import annotations

from importlib.resources import files

from kg.errors import Errors, KgError

__all__ = ["saved_query", "saved_query_names"]


def saved_query_names() -> list[str]:
    """Names of the queries shipped in ``kg/queries/``."""
    folder = files("kg.queries")
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def saved_query(name: str) -> str:
    """The text of a query shipped in ``kg/queries/NAME.rq``."""
    if name not in saved_query_names():
        raise KgError(Errors.E035, name=name, names=", ".join(saved_query_names()))
    return (files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8")
