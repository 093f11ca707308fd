"""Which characters may go where: article text, the terminal, XML, a spreadsheet cell.

Each output has its own hazards: a control character drives a terminal, XML 1.0 forbids
most of them (and says so even as a character reference), and a spreadsheet runs a CSV
cell that starts with ``=``. One function for each, so every writer asks the same one.
"""

from __future__ import annotations

import re

__all__ = ["drop_controls", "printable", "spreadsheet_safe", "xml_safe"]

# C0 and C1 controls but tab and line feed, DEL, and the noncharacters U+FFFE and U+FFFF.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# What a terminal acts on or cannot show: the same controls and lone surrogates.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# What XML 1.0 forbids, as a character or as a character reference.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
# A cell starting with one of these is a formula (or hides one) to a spreadsheet.
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def drop_controls(text: str) -> str:
    """Article text without control characters other than tab and line break."""
    return _CONTROLS.sub("", text)


def printable(text: str) -> str:
    """``text`` with every control character and lone surrogate shown as an escape
    (``\\x1b``), so a file name or a server's answer cannot drive the terminal."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


def _allowed_reference(match: re.Match[str]) -> str:
    code = match.group(1)
    number = int(code[1:], 16) if code[0] == "x" else int(code)
    allowed = number < 0x110000 and not _NOT_XML.fullmatch(chr(number))
    return match.group(0) if allowed else ""


def xml_safe(document: str) -> str:
    """An XML document without the characters XML 1.0 forbids, raw or referenced."""
    return _CHAR_REF.sub(_allowed_reference, _NOT_XML.sub("", document))


def spreadsheet_safe(cell: str) -> str:
    """A CSV/TSV cell a spreadsheet reads as text: one starting like a formula gets a
    leading apostrophe (``-``, kg's "none", is left alone)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
