"""The Phoenix issue dictionary: its syntax, and the forces of nature it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.issues import ISSUE_FILE, IssuePhrase, natural_force_at, read_issues
from tests.conftest import shared_file
from tests.docs import parsed

ISSUES = """\
# a comment
<ISSUE CATEGORY="NATURAL_DISASTER" TYPE="ALL">
n:earthquake [NATURAL_DISASTER]
flash n:flood [NATURAL_DISASTER]
pre+k [NATURAL_DISASTER]
~flood of
</ISSUE>
outside any category [IGNORED]
<ISSUE CATEGORY="REFUGEES" TYPE="COUNTEVENT">
n:refugee [REFUGEES]  # a trailing comment
</ISSUE>
"""


def test_categories_phrases_heads_and_exceptions(tmp_path: Path) -> None:
    path = tmp_path / "issues.txt"
    path.write_text(ISSUES, encoding="utf-8")
    issues = read_issues(path)
    assert issues.phrases["NATURAL_DISASTER"] == (
        IssuePhrase(("earthquake",), 0),
        IssuePhrase(("flash", "flood"), 1),
        IssuePhrase(("pre-k",), 0),
    )
    assert issues.exceptions["NATURAL_DISASTER"] == (IssuePhrase(("flood", "of"), 1),)
    assert issues.phrases["REFUGEES"] == (IssuePhrase(("refugee",), 0),)
    assert "IGNORED" not in issues.phrases


def test_the_shipped_file_is_the_shared_copy() -> None:
    shared = shared_file("data", "petrarch", ISSUE_FILE.name)
    assert ISSUE_FILE.read_bytes() == shared.read_bytes()


NATURE = parsed("""
Flash    1 compound NOUN NN  flash
floods   2 nsubj    NOUN NNS flood
hit      2 ROOT     VERB VBD hit
a        4 det      DET  DT  a
flood    2 dobj     NOUN NN  flood
of       4 prep     ADP  IN  of
bonds    5 pobj     NOUN NNS bond
.        2 punct    PUNCT .  .
""")


@pytest.mark.parametrize(("position", "nature"), [(1, True), (4, False), (0, False)])
def test_a_force_of_nature_is_a_keyword_s_head_outside_an_exception(
    position: int, nature: bool
) -> None:
    """ "Flash floods" are the keyword "flash n:flood" by the lemma, at its head and not
    at "Flash"; "a flood of bonds" is inside "~flood of"."""
    assert natural_force_at(NATURE[position]) is nature
