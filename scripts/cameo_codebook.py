"""Generate ``ontology/cameo.ttl``: every CAMEO event code as an event class of kg's ontology.

    python -m scripts.cameo_codebook [--shared ../shared] [--out ontology/cameo.ttl]

It reads the field's tables in ``../shared/data/cameo/``, which are not in the
repository (so the Turtle is committed, and a test checks that it is what this script
writes from them):

* ``CAMEO.eventcodes.txt``: every code: a class and its superclass (root → three-digit →
  four-digit code; a root is a ``ckg:Event``); its descriptions are not copied;
* ``CAMEO.goldsteinscale.txt``: each code's Goldstein score;
* ``CAMEO2PLOVER-2021.txt``: each code's PLOVER type (the type's name only);

and ``ontology/conflict.ttl`` for the names kg's extractor gives codes: the class there
that carries a code's ``ckg:cameoCode`` (``ckg:Accuse``, 112) is that code's class, with
the label written there, and the other codes are ``ckg:CAMEO_<code>``, labelled
"CAMEO <code>". Run it again after naming a code there.

The shared data's terms allow using its files as input but not copying their text into
the repository: the generated Turtle carries codes, the hierarchy, numbers and the
PLOVER type names (CC BY-SA 4.0, attributed in its header), no description.

kg reads only the Turtle: this is a maintainer's tool, run when the tables or the names
change, so its parsing stays out of the package and the ``kg`` command.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import RDFS, Graph, Literal, URIRef

from kg.vocabulary import CKG

__all__ = ["Code", "codebook", "codebook_turtle", "main"]

ROOT = Path(__file__).resolve().parents[1]
CODES = "CAMEO.eventcodes.txt"
GOLDSTEIN = "CAMEO.goldsteinscale.txt"
PLOVER = "CAMEO2PLOVER-2021.txt"

# GDELT's QuadClass (GDELT Event Database Data Format Codebook V2.0, 2015: 1 verbal
# cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), by CAMEO
# root as GDELT's event records assign it and ICEWS's quad counts group the roots.
QUAD_CLASSES = ((1, "01", "05"), (2, "06", "08"), (3, "09", "13"), (4, "14", "20"))
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_PLOVER_ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)")


@dataclass(frozen=True)
class Code:
    """One CAMEO event code as the ontology states it."""

    code: str
    name: str  # the class's local name
    parent: str | None  # the parent's local name; None for a root (a ckg:Event)
    label: str | None  # a generated label; None where conflict.ttl labels the class
    goldstein: Decimal
    quad_class: int
    plover: str | None


class CodebookError(Exception):
    """The tables or the names in ``conflict.ttl`` do not fit together."""


def _rows(path: Path) -> list[tuple[str, str]]:
    """A tab-separated table after its header line, as (code, value) pairs."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], 2):
        if line.strip():
            code, _, value = line.partition("\t")
            if not re.fullmatch(r"\d{2,4}", code):
                raise CodebookError(f"{path.name} line {number}: {code!r} is not a CAMEO code")
            rows.append((code, value))
    return rows


def _plover(path: Path) -> dict[str, str]:
    """Each code's PLOVER type. Rows are ``code: TYPE, mode, context # comment`` (only
    the type is read); a root's row is its section's header (``08: CONCEDE``). The first
    row of a code is kept: 08 heads two sections, CONCEDE (080-083) then RETREAT
    (084-087), and is CONCEDE as its 080 is."""
    types: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PLOVER_ROW.match(line)
        if match:
            types.setdefault(match.group(1), match.group(2))
    return types


def _quad_class(code: str) -> int:
    root = code[:2]
    for quad, first, last in QUAD_CLASSES:
        if first <= root <= last:
            return quad
    raise CodebookError(f"CAMEO code {code}: its root {root} has no QuadClass")


def _names(conflict: Path) -> dict[str, str]:
    """The names ``conflict.ttl`` gives codes: code → local name of its class, which has
    its label there."""
    graph = Graph().parse(conflict, format="turtle")
    names: dict[str, str] = {}
    for cls, code in sorted(graph.subject_objects(CKG.cameoCode)):
        if not (isinstance(cls, URIRef) and isinstance(code, Literal)):
            continue
        local = str(cls).removeprefix(str(CKG))
        if local == str(cls):
            raise CodebookError(f"{conflict.name}: {cls} names a code outside the ckg namespace")
        if str(code) in names:
            raise CodebookError(
                f"{conflict.name}: code {code} is named twice: {names[str(code)]}, {local}"
            )
        if (cls, RDFS.label, None) not in graph:
            raise CodebookError(f"{conflict.name}: ckg:{local} names code {code} but has no label")
        names[str(code)] = local
    return names


def codebook(cameo: Path, conflict: Path) -> tuple[list[Code], list[str]]:
    """Every code of the tables in the folder ``cameo``, named as ``conflict`` names them,
    and the codes of the PLOVER table's rows that are no CAMEO codes (left out)."""
    known = {code for code, _ in _rows(cameo / CODES)}  # the descriptions are not read
    scores: dict[str, Decimal] = {}
    for code, value in _rows(cameo / GOLDSTEIN):
        try:
            scores[code] = Decimal(value)
        except InvalidOperation:
            raise CodebookError(f"{GOLDSTEIN}: {code} has no number: {value!r}") from None
    types = _plover(cameo / PLOVER)
    names = _names(conflict)
    unknown = sorted(set(names) - known)
    if unknown:
        raise CodebookError(f"{conflict.name} names codes the codebook lacks: {unknown}")

    def name(code: str) -> str:
        return names.get(code, f"CAMEO_{code}")

    codes = []
    for code in sorted(known):
        parent = code[: min(len(code) - 1, 3)] if len(code) > 2 else None
        if parent is not None and parent not in known:
            raise CodebookError(f"{CODES}: {code} has no parent code {parent}")
        if code not in scores:
            raise CodebookError(f"{GOLDSTEIN} has no score for {code}")
        codes.append(
            Code(
                code=code,
                name=name(code),
                parent=name(parent) if parent else None,
                label=None if code in names else f"CAMEO {code}",
                goldstein=scores[code],
                quad_class=_quad_class(code),
                plover=types.get(code),
            )
        )
    return codes, sorted(set(types) - known)


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _decimal(value: Decimal) -> str:
    """A Turtle decimal literal (it needs its point: "3" would be an integer)."""
    text = format(value, "f")
    return text if "." in text else f"{text}.0"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _without_plover(codes: list[Code]) -> str:
    """The codes with no PLOVER row, a root whose codes all have none named as "01 and below"."""
    missing = {c.code for c in codes if c.plover is None}
    roots = sorted({c.code[:2] for c in codes if c.code[:2] in missing})
    whole = [r for r in roots if all(c.code in missing for c in codes if c.code.startswith(r))]
    rest = sorted(m for m in missing if m[:2] not in whole)
    return ", ".join([*(f"{r} and below" for r in whole), *rest]) or "none"


def _header(cameo: Path, codes: list[Code], left_out: list[str]) -> list[str]:
    return [
        "# The CAMEO event codebook as event classes of kg's ontology. GENERATED: do not edit;",
        "# run `python -m scripts.cameo_codebook` (scripts/cameo_codebook.py) instead.",
        "#",
        "# Generated from the field's tables, in data/cameo/ of the shared reference data",
        "# (not in the repository; sha256 of each file, first 16 digits):",
        f"#   {CODES:26} {_digest(cameo / CODES)}  the CAMEO event codes:",
        "#       GDELT's CAMEO lookup table (a public lookup table)",
        f"#   {GOLDSTEIN:26} {_digest(cameo / GOLDSTEIN)}  Goldstein score of each code:",
        "#       GDELT's lookup table (a public lookup table)",
        f"#   {PLOVER:26} {_digest(cameo / PLOVER)}  PLOVER type of each code:",
        "#       openeventdata/PLOVER, draft 0.8 (2021), by the Open Event Data Alliance,",
        "#       CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
        "# and from ontology/conflict.ttl, for the names kg's extractor gives codes (a class",
        "# there with a ckg:cameoCode is that code's class, labelled there); other codes are",
        '# ckg:CAMEO_<code>, labelled "CAMEO <code>". No text of the tables is copied: the',
        "# codes' descriptions are not, only codes, their hierarchy, scores and type names.",
        "# Licence: the ckg:ploverType values, a mapping of CAMEO codes to PLOVER type names,",
        "# are adapted from the PLOVER table (CAMEO2PLOVER, openeventdata/PLOVER, Open Event",
        "# Data Alliance), licensed CC BY-SA 4.0; as an adaptation, this file is shared under",
        "# the same licence, CC BY-SA 4.0, with that attribution.",
        "#",
        f"# {len(codes)} codes, each a class with its code, superclass (a root is a ckg:Event,",
        "# a three-digit code is under its root, a four-digit one under its three-digit",
        "# code), Goldstein score, QuadClass and PLOVER type:",
        "# * ckg:quadClass: GDELT's QuadClass (GDELT Event Database Data Format Codebook V2.0,",
        "#   2015) by CAMEO root, as GDELT's event records assign it:",
        *(
            f"#   {quad} {QUAD_NAMES[quad]}: roots {first}-{last};"
            for quad, first, last in QUAD_CLASSES
        ),
        "# * ckg:ploverType: the code's row of the PLOVER table, a root's being the header of",
        "#   its section (the first, for 08: CONCEDE). Codes without a row have none here:",
        f"#   {_without_plover(codes)}.",
        *(
            [f"#   The table's rows for {', '.join(left_out)}, no CAMEO codes, are left out."]
            if left_out
            else []
        ),
    ]


def codebook_turtle(cameo: Path, conflict: Path) -> str:
    """The Turtle of ``ontology/cameo.ttl``: the codebook of the tables in the folder
    ``cameo``, named as ``conflict`` names codes."""
    codes, left_out = codebook(cameo, conflict)
    out = [
        *_header(cameo, codes, left_out),
        "",
        "@prefix ckg:  <https://w3id.org/kg-news/ontology#> .",
        "@prefix owl:  <http://www.w3.org/2002/07/owl#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
    ]
    for c in codes:
        if c.parent is None:
            out += ["", f"# {'-' * 60} {c.code} ckg:{c.name}"]
        plover = f" ; ckg:ploverType {_string(c.plover)}" if c.plover else ""
        label = f" ; rdfs:label {_string(c.label)}@en" if c.label else ""
        out += [
            f"ckg:{c.name} a owl:Class ; rdfs:subClassOf ckg:{c.parent or 'Event'} ;",
            f"    ckg:cameoCode {_string(c.code)}{label} ;",
            f"    ckg:goldstein {_decimal(c.goldstein)} ; ckg:quadClass {c.quad_class}{plover} .",
        ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "ontology" / "cameo.ttl", help="the Turtle to write"
    )
    args = parser.parse_args(argv)
    try:
        text = codebook_turtle(args.shared / "data" / "cameo", ROOT / "ontology" / "conflict.ttl")
    except (CodebookError, OSError) as exc:
        raise SystemExit(f"error: {exc}") from None
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
