"""Open triples on parses written out by hand (no model): how relations and arguments
are delimited, one rule a test, each on sentences made up for it."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import extract
from kg.ingest import Article
from tests.docs import parsed

Triple = tuple[str, str, tuple[str, ...]]


def triples(doc: Doc) -> set[Triple]:
    """(arg1, relation, args) of every open relation of the doc."""
    extraction = extract(Article("t", doc.text), doc)
    return {(r.arg1, r.relation, r.args) for r in extraction.relations}


def test_an_argument_is_spelt_as_the_text_spells_it() -> None:
    doc = parsed(
        """
        The         4 det    DET   DT  the
        well        3 advmod ADV   RB  well
        -           3 punct  PUNCT HYPH -
        established 4 amod   VERB  VBN establish
        firm        5 nsubj  NOUN  NN  firm
        grew        5 ROOT   VERB  VBD grow
        .           5 punct  PUNCT .   .
        """,
        joined={1, 2},
    )
    assert triples(doc) == {("The well-established firm", "grew", ())}


def test_a_quotation_keeps_its_quotation_marks() -> None:
    """The parser hangs the marks on the verb; the title is named with them."""
    doc = parsed("""
        ``       4 punct     PUNCT ``  ``
        Oath     4 nsubjpass PROPN NNP Oath
        ''       4 punct     PUNCT ''  ''
        was      4 auxpass   AUX   VBD be
        released 4 ROOT      VERB  VBN release
        on       4 prep      ADP   IN  on
        Monday   5 pobj      PROPN NNP Monday DATE
        .        4 punct     PUNCT .   .
    """)
    assert triples(doc) == {("`` Oath ''", "was released on", ("Monday",))}


def test_a_non_restrictive_relative_clause_is_a_triple_of_its_own() -> None:
    doc = parsed("""
        Egypt  1 nsubj PROPN NNP Egypt GPE
        hosted 1 ROOT  VERB  VBD host
        the    3 det   DET   DT  the
        envoy  1 dobj  NOUN  NN  envoy
        ,      3 punct PUNCT ,   ,
        who    6 nsubj PRON  WP  who
        met    3 relcl VERB  VBD meet
        Hamas  6 dobj  PROPN NNP Hamas ORG
        .      1 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("Egypt", "hosted", ("the envoy",)),
        ("the envoy", "met", ("Hamas",)),
    }


def test_a_restrictive_relative_clause_stays_in_its_argument() -> None:
    """It says which plant; the pronoun of the clause stands for the plant."""
    doc = parsed("""
        Iran   1 nsubj PROPN NNP Iran   GPE
        opened 1 ROOT  VERB  VBD open
        the    3 det   DET   DT  the
        plant  1 dobj  NOUN  NN  plant
        that   6 dobj  PRON  WDT that
        Russia 6 nsubj PROPN NNP Russia GPE
        built  3 relcl VERB  VBD build
        .      1 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("Iran", "opened", ("the plant that Russia built",)),
        ("Russia", "built", ("the plant",)),
    }


def test_a_relative_pronoun_stands_for_its_antecedent_in_a_coordinated_clause() -> None:
    doc = parsed("""
        Rebels  1 nsubj     NOUN  NNS rebel
        seized  1 ROOT      VERB  VBD seize
        the     3 det       DET   DT  the
        town    1 dobj      NOUN  NN  town
        ,       3 punct     PUNCT ,   ,
        which   7 nsubjpass PRON  WDT which
        was     7 auxpass   AUX   VBD be
        shelled 3 relcl     VERB  VBN shell
        and     7 cc        CCONJ CC  and
        burned  7 conj      VERB  VBN burn
        by      9 agent     ADP   IN  by
        the    12 det       DET   DT  the
        army   10 pobj      NOUN  NN  army
        .       1 punct     PUNCT .   .
    """)
    assert triples(doc) == {
        ("Rebels", "seized", ("the town",)),
        ("the town", "was shelled", ()),
        ("the town", "was burned by", ("the army",)),
    }


def test_the_relation_takes_the_first_preposition_after_the_verb_fronted_phrases_last() -> None:
    doc = parsed("""
        In    5 prep      ADP   IN  in
        May   0 pobj      PROPN NNP May   DATE
        ,     5 punct     PUNCT ,   ,
        talks 5 nsubjpass NOUN  NNS talk
        were  5 auxpass   AUX   VBD be
        held  5 ROOT      VERB  VBN hold
        in    5 prep      ADP   IN  in
        Cairo 6 pobj      PROPN NNP Cairo GPE
        .     5 punct     PUNCT .   .
    """)
    assert triples(doc) == {("talks", "were held in", ("Cairo", "In May"))}


def test_a_complex_preposition_joins_the_relation_whole() -> None:
    doc = parsed("""
        They        2 nsubjpass PRON  PRP they
        were        2 auxpass   AUX   VBD be
        knocked     2 ROOT      VERB  VBN knock
        out         2 prep      ADP   IN  out
        of          3 prep      ADP   IN  of
        the         6 det       DET   DT  the
        competition 4 pobj      NOUN  NN  competition
        .           2 punct     PUNCT .   .
    """)
    assert triples(doc) == {("They", "were knocked out of", ("the competition",))}


def test_an_adverb_of_the_verb_group_belongs_to_the_relation() -> None:
    doc = parsed("""
        He         3 nsubjpass PRON  PRP he
        was        3 auxpass   AUX   VBD be
        personally 3 advmod    ADV   RB  personally
        involved   3 ROOT      VERB  VBN involve
        in         3 prep      ADP   IN  in
        the        6 det       DET   DT  the
        talks      4 pobj      NOUN  NNS talk
        .          3 punct     PUNCT .   .
    """)
    assert triples(doc) == {("He", "was personally involved in", ("the talks",))}


def test_a_wh_adverb_opens_its_clause_and_is_no_part_of_the_relation() -> None:
    doc = parsed("""
        The        1 det    DET   DT  the
        mouse      2 nsubj  NOUN  NN  mouse
        jumps      2 ROOT   VERB  VBZ jump
        when       4 advmod ADV   WRB when
        threatened 2 advcl  VERB  VBN threaten
        .          2 punct  PUNCT .   .
    """)
    assert ("The mouse", "threatened", ()) in triples(doc)


def test_a_coordinated_participle_shares_the_auxiliaries_of_the_first() -> None:
    doc = parsed("""
        The     1 det       DET   DT  the
        line    3 nsubjpass NOUN  NN  line
        was     3 auxpass   AUX   VBD be
        sold    3 ROOT      VERB  VBN sell
        and     3 cc        CCONJ CC  and
        renamed 3 conj      VERB  VBN rename
        .       3 punct     PUNCT .   .
    """)
    assert triples(doc) == {("The line", "was sold", ()), ("The line", "was renamed", ())}


def test_an_open_complement_finishes_the_relation() -> None:
    doc = parsed("""
        Iran   1 nsubj PROPN NNP Iran GPE
        helped 1 ROOT  VERB  VBD help
        to     3 aux   PART  TO  to
        build  1 xcomp VERB  VB  build
        the    5 det   DET   DT  the
        plant  3 dobj  NOUN  NN  plant
        .      1 punct PUNCT .   .
    """)
    assert triples(doc) == {("Iran", "helped to build", ("the plant",))}


def test_an_open_complement_finishes_a_predicate_adjective() -> None:
    doc = parsed("""
        They  1 nsubj  PRON  PRP they
        were  1 ROOT   AUX   VBD be
        able  1 acomp  ADJ   JJ  able
        to    4 aux    PART  TO  to
        reach 2 xcomp  VERB  VB  reach
        the   6 det    DET   DT  the
        city  4 dobj   NOUN  NN  city
        .     1 punct  PUNCT .   .
    """)
    assert triples(doc) == {("They", "were able to reach", ("the city",))}


def test_a_complement_with_a_subject_of_its_own_is_a_clause_of_its_own() -> None:
    """In "urged Jordan to halt" Jordan is to halt: the complement does not finish the
    relation of "urged"."""
    doc = parsed("""
        Egypt     1 nsubj PROPN NNP Egypt  GPE
        urged     1 ROOT  VERB  VBD urge
        Jordan    1 dobj  PROPN NNP Jordan GPE
        to        4 aux   PART  TO  to
        halt      1 xcomp VERB  VB  halt
        the       6 det   DET   DT  the
        offensive 4 dobj  NOUN  NN  offensive
        .         1 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("Egypt", "urged", ("Jordan", "to halt the offensive")),
        ("Jordan", "to halt", ("the offensive",)),
    }


def test_a_predicate_adjective_with_a_prepositional_object_belongs_to_the_relation() -> None:
    doc = parsed("""
        He    1 nsubj PRON  PRP he
        is    1 ROOT  AUX   VBZ be
        aware 1 acomp ADJ   JJ  aware
        of    2 prep  ADP   IN  of
        the   5 det   DET   DT  the
        risk  3 pobj  NOUN  NN  risk
        .     1 punct PUNCT .   .
    """)
    assert triples(doc) == {("He", "is aware of", ("the risk",))}


def test_a_coordinated_object_gives_a_triple_per_member_sharing_its_modifiers() -> None:
    doc = parsed("""
        The     1 det   DET   DT  the
        army    2 nsubj NOUN  NN  army
        shelled 2 ROOT  VERB  VBD shell
        major   4 amod  ADJ   JJ  major
        roads   2 dobj  NOUN  NNS road
        and     4 cc    CCONJ CC  and
        bridges 4 conj  NOUN  NNS bridge
        .       2 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("The army", "shelled", ("major roads",)),
        ("The army", "shelled", ("major bridges",)),
    }


def test_a_coordinated_subject_stays_whole_and_a_name_shares_no_determiner() -> None:
    doc = parsed("""
        Iran    3 nsubj PROPN NNP Iran  GPE
        and     0 cc    CCONJ CC  and
        Iraq    0 conj  PROPN NNP Iraq  GPE
        visited 3 ROOT  VERB  VBD visit
        the     5 det   DET   DT  the
        U.S.    3 dobj  PROPN NNP U.S.  GPE
        and     5 cc    CCONJ CC  and
        Japan   5 conj  PROPN NNP Japan GPE
        .       3 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("Iran and Iraq", "visited", ("the U.S.",)),
        ("Iran and Iraq", "visited", ("Japan",)),
    }


def test_a_noun_phrase_used_as_an_adverb_is_a_further_argument() -> None:
    doc = parsed("""
        Iran     1 nsubj    PROPN NNP Iran GPE
        attacked 1 ROOT     VERB  VBD attack
        Iraq     1 dobj     PROPN NNP Iraq GPE
        last     4 amod     ADJ   JJ  last
        week     1 npadvmod NOUN  NN  week DATE
        .        1 punct    PUNCT .   .
    """)
    assert triples(doc) == {("Iran", "attacked", ("Iraq", "last week"))}


def test_nothing_before_a_semicolon_is_an_argument_of_the_verb_after_it() -> None:
    doc = parsed("""
        He         1 nsubj     PRON  PRP he
        held       7 ccomp     VERB  VBD hold
        the        3 det       DET   DT  the
        post       1 dobj      NOUN  NN  post
        ;          7 punct     PUNCT :   ;
        he         7 nsubjpass PRON  PRP he
        was        7 auxpass   AUX   VBD be
        readmitted 7 ROOT      VERB  VBN readmit
        in         7 prep      ADP   IN  in
        1841       8 pobj      NUM   CD  1841 DATE
        .          7 punct     PUNCT .   .
    """)
    assert triples(doc) == {
        ("He", "held", ("the post",)),
        ("he", "was readmitted in", ("1841",)),
    }


def test_a_fronted_reported_clause_stays_the_argument_of_its_verb() -> None:
    doc = parsed("""
        The    1 det   DET   DT  the
        talks  2 nsubj NOUN  NNS talk
        failed 5 ccomp VERB  VBD fail
        ,      5 punct PUNCT ,   ,
        he     5 nsubj PRON  PRP he
        said   5 ROOT  VERB  VBD say
        .      5 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("The talks", "failed", ()),
        ("he", "said", ("The talks failed",)),
    }


def test_an_apposition_is_the_copular_triple_it_abbreviates() -> None:
    doc = parsed("""
        Jan      1 compound PROPN NNP Jan     B-PERSON
        Leemans  6 nsubj    PROPN NNP Leemans I-PERSON
        ,        1 punct    PUNCT ,   ,
        the      4 det      DET   DT  the
        director 1 appos    NOUN  NN  director
        ,        1 punct    PUNCT ,   ,
        resigned 6 ROOT     VERB  VBD resign
        .        6 punct    PUNCT .   .
    """)
    assert ("Jan Leemans", "is", ("the director",)) in triples(doc)


def test_a_participle_modifying_a_noun_is_a_clause_about_it_with_the_be_it_leaves_out() -> None:
    """Past in a past sentence, plural with a plural noun."""
    doc = parsed("""
        Egypt    1 nsubj PROPN NNP Egypt GPE
        freed    1 ROOT  VERB  VBD free
        hostages 1 dobj  NOUN  NNS hostage
        held     2 acl   VERB  VBN hold
        by       3 agent ADP   IN  by
        Hamas    4 pobj  PROPN NNP Hamas ORG
        .        1 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("Egypt", "freed", ("hostages held by Hamas",)),
        ("hostages", "were held by", ("Hamas",)),
    }


def test_a_clause_of_a_noun_with_its_own_subject_keeps_it() -> None:
    """A participle is about the noun it modifies; a clause with a subject is not."""
    doc = parsed("""
        They    1 nsubj PRON  PRP they
        met     1 ROOT  VERB  VBD meet
        in      1 prep  ADP   IN  in
        order   2 pobj  NOUN  NN  order
        that    7 mark  SCONJ IN  that
        Strauss 7 nsubj PROPN NNP Strauss PERSON
        could   7 aux   AUX   MD  could
        hear    3 acl   VERB  VB  hear
        the     9 det   DET   DT  the
        work    7 dobj  NOUN  NN  work
        .       1 punct PUNCT .   .
    """)
    assert ("Strauss", "could hear", ("the work",)) in triples(doc)


def test_an_existential_clause_has_its_expletive_for_subject() -> None:
    doc = parsed("""
        She      1 nsubj PRON  PRP she
        says     1 ROOT  VERB  VBZ say
        there    3 expl  PRON  EX  there
        are      1 ccomp AUX   VBP be
        problems 3 attr  NOUN  NNS problem
        .        1 punct PUNCT .   .
    """)
    assert triples(doc) == {
        ("She", "says", ("there are problems",)),
        ("there", "are", ("problems",)),
    }
