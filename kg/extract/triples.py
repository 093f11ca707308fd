"""Open triples: every clause as (arg1, relation, arg2, more args), whatever its verb.

The ontology's event classes cover what conflict coders count; everything else a
sentence says is kept as an open triple, so nothing is silently lost. The rules are
ClausIE-like, over the dependency parse, and delimit relations and arguments as CaRB's
annotators do (benchmarks/carb.py scores them):

* the relation is the verb with its auxiliaries (a coordinated participle shares its
  first conjunct's: "was sold and renamed"), negation, particle and a one-word
  adverb of the verb group ("was personally involved"), continued through the open
  complements that finish the predicate ("helped to raise", "were able to reinforce")
  and through a predicate adjective with a prepositional object ("is aware of"); it
  takes the preposition of the first prepositional object after it when there is no
  direct object ("insists on", "was knocked out of"), or "by" for a passive agent;
* arg1 is the subject's phrase (inherited along coordination and control; a relative
  pronoun stands for its antecedent, an existential's subject is "there"), arg2 the
  direct object, attribute or first prepositional object, one triple for each member
  of a coordination ("includes schools and hospitals"), and further prepositional
  phrases, clausal complements and noun phrases used as adverbs are extra arguments,
  fronted ones last, none from across a semicolon;
* an argument is spelt as the text spells it and leaves out a non-restrictive relative
  clause, which is a triple of its own;
* participles modifying a noun ("hostages held by Hamas") are clauses about that noun,
  with the "be" they leave out ("were held by"), and an apposition ("Jan Leemans,
  research director") is the copular triple it abbreviates.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex
from kg.extract.clauses import CLAUSE_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS, subjects
from kg.extract.tree import children, conjuncts, sentences, tree, words
from kg.records import OpenRelation

__all__ = ["open_relations"]

OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "oprd"})
PREPOSITION_DEPS = frozenset({"prep", "agent"})
# Kept as further arguments: clausal complements and noun phrases used as adverbs
# ("met him last week", "won 47 to 38").
FURTHER_DEPS = frozenset({"xcomp", "ccomp", "npadvmod"})
VERB_PARTS = frozenset({"aux", "auxpass", "neg", "prt"})
# What a bare common noun in a coordination shares with the first member's.
SHARED_MODIFIERS = frozenset({"det", "amod", "poss", "nummod"})
NOMINAL = frozenset({"NOUN", "PROPN"})
QUOTES = frozenset({"``", "''"})  # the tags of opening and closing quotation marks
CLAUSE_SEPARATORS = frozenset({";", ":"})
APPOSITION_CONFIDENCE = 0.8

Argument = tuple[str, Token]  # an argument's words and its head


def open_relations(doc: Doc, sentence_of: dict[int, int], index: ActorIndex) -> list[OpenRelation]:
    """Every clause and apposition of an article as open relations, in text order."""
    tokens = words(doc)
    return [
        relation
        for sent, _text in sentences(doc)
        for token in tokens[sent.start : sent.end]
        for relation in (
            *_clause(token, sentence_of, index),
            *_apposition(token, sentence_of, index),
        )
    ]


def _clause(verb: Token, sentence_of: dict[int, int], index: ActorIndex) -> Iterator[OpenRelation]:
    """The open relations of the clause headed by ``verb``, if it has a subject and a
    verb (one for each member of a coordinated first argument), with the actors their
    first two arguments name."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in CLAUSE_DEPS:
        return
    if (verb.pos_ == "AUX" and verb.dep_ in {"aux", "auxpass"}) or _in_chain(verb):
        return
    subject, penalty = _subject(verb)
    if subject is None or not subject[0]:
        return
    chain = _chain(verb)
    last = chain[-1]
    relation = [*_reduced_copula(verb), *(t.text for t in _relation_words(chain))]
    objects = children(last, *OBJECT_DEPS)
    first = _members(objects[0]) if objects else []
    args = [_argument(obj) for obj in objects[1:]]
    for child in _further(chain):
        if child.dep_ not in PREPOSITION_DEPS:  # a clause, or a noun phrase as adverb
            args.append(phrase(child))
            continue
        words, object_ = _preposition(child)
        if object_ is None:
            continue
        if not first and not args and child.i > last.i:
            relation.extend(w.text for w in words)  # "insists on", "was knocked out of"
            first = _members(object_)
        elif _antecedent(object_) is not None:
            args.append(f"{text_of(words)} {_argument(object_)}")  # "for which" -> "for X"
        else:
            args.append(phrase(child))
    count = len(args) + bool(first)
    confidence = 0.9 - penalty - (0.0 if count else 0.3) - 0.05 * max(0, count - 1)
    seconds: list[tuple[str, Token | None]] = [*first] or [("", None)]
    for arg2, arg2_head in seconds:
        yield OpenRelation(
            sentence=sentence_of[verb.i],
            relation=" ".join(relation),
            arg1=subject[0],
            args=tuple(a for a in (arg2, *args) if a),
            confidence=round(max(0.05, confidence), 2),
            source=index.actor_at(subject[1]),
            target=None if arg2_head is None else index.actor_at(arg2_head),
        )


def _apposition(
    token: Token, sentence_of: dict[int, int], index: ActorIndex
) -> Iterator[OpenRelation]:
    """An apposition set off by a comma as the copular clause it abbreviates: "Peter
    Kharitonov, Deputy State Secretary" says that Peter Kharitonov is Deputy State
    Secretary (CaRB's annotators write it so)."""
    head = token.head
    if token.dep_ != "appos" or not _after_comma(token) or not {token.pos_, head.pos_} <= NOMINAL:
        return
    left_out = children(head, "appos", "relcl", "acl", "conj", "cc")
    arg1 = phrase(head, frozenset(c.i for c in left_out))
    arg2 = phrase(token)
    if arg1 and arg2:
        yield OpenRelation(
            sentence=sentence_of[token.i],
            relation="is",
            arg1=arg1,
            args=(arg2,),
            confidence=APPOSITION_CONFIDENCE,
            source=index.actor_at(head),
            target=index.actor_at(token),
        )


# ---------------------------------------------------------------------- relation


def _chain(verb: Token) -> list[Token]:
    """The verb and the open complements that finish its predicate: "helped to raise",
    "were said to have made", "continue to reside", and through a predicate adjective
    "were able to reinforce". Such a verb says how its complement's action stands (begun,
    wanted, reported), so it is part of the relation, not a clause of its own (CaRB's
    "helped to raise | funds"). A verb with an object is not completed this way: in
    "urged Jordan to halt" the complement has a subject of its own. A predicate adjective
    that takes a prepositional object ends the chain, so that its preposition joins the
    relation as a verb's does ("is aware of | the risk", "remained faithful to | him")."""
    chain = [verb]
    current = verb
    while True:
        objects = children(current, *OBJECT_DEPS)
        holder = current
        if len(objects) == 1 and objects[0].dep_ == "acomp" and objects[0].pos_ == "ADJ":
            holder = objects[0]
        elif objects:
            return chain
        link = next(
            (x for x in children(holder, "xcomp") if x.pos_ in {"VERB", "AUX"} and x.i > holder.i),
            None,
        )
        if link is None or children(link, *SUBJECT_DEPS, "nsubjpass"):
            if holder is not current and children(holder, "prep"):
                chain.append(holder)  # "is aware of", "remained faithful to"
            return chain
        if holder is not current:
            chain.append(holder)
        chain.append(link)
        current = link


def _in_chain(verb: Token) -> bool:
    """Whether ``verb`` finishes the predicate of a verb above it (see :func:`_chain`)."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.dep_ == "acomp" and head.pos_ == "ADJ":
        head = head.head
    return verb in _chain(head)


def _relation_words(chain: list[Token]) -> list[Token]:
    """The words of the relation: the words of the chain with their auxiliaries,
    negation and particles, and a one-word adverb within the verb group or just before
    the verb ("was personally involved", "still influences"), which qualifies the
    relation itself rather than an argument (not a wh-adverb: "when threatened")."""
    words = {t.i: t for word in chain for t in (word, *children(word, *VERB_PARTS))}
    words.update((t.i, t) for t in _shared_auxiliaries(chain[0]))
    first = min(words)
    for word in chain:
        for adverb in children(word, "advmod"):
            within = first < adverb.i < word.i or adverb.i == word.i - 1
            if within and adverb.tag_ != "WRB" and not children(adverb):
                words[adverb.i] = adverb
    return sorted(words.values(), key=lambda t: t.i)


def _reduced_copula(verb: Token) -> list[str]:
    """The form of "be" that a participle modifying a noun leaves out: "the draft
    authored by him" is a draft that was authored by him, "boys playing chess" boys
    who are playing chess. Its tense is the sentence's (a past main verb, or one with a
    past auxiliary, makes it past), its number the noun's."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBG"} or children(verb, "aux", "auxpass"):
        return []
    if children(verb, *SUBJECT_DEPS, "nsubjpass"):
        return []
    root = verb
    while root.head.i != root.i:
        root = root.head
    past = root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in children(root, "aux", "auxpass"))
    plural = verb.head.tag_ in {"NNS", "NNPS"}
    return [("were" if plural else "was") if past else ("are" if plural else "is")]


def _shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries a coordinated participle shares with the verb it is coordinated
    with: "was sold and renamed" says "was renamed", "has been arrested and charged"
    "has been charged". A finite verb, or one with auxiliaries or a subject of its own,
    shares none ("were released and continue to reside"); nor does a bare infinitive, as
    the tagger takes present-tense verbs for them."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBN", "VBG"}:
        return []
    if children(verb, "aux", "auxpass", *SUBJECT_DEPS, "nsubjpass"):
        return []
    return children(verb.head, "aux", "auxpass") if verb.head.pos_ in {"VERB", "AUX"} else []


def _preposition(prep: Token) -> tuple[list[Token], Token | None]:
    """The words of a preposition and its object; a complex preposition ("out of",
    "because of") is a preposition whose object is a preposition phrase."""
    objects = children(prep, "pobj", "pcomp")
    if objects:
        return [prep], objects[0]
    inner = children(prep, "prep")
    if len(inner) == 1 and inner[0].i == prep.i + 1:
        words, object_ = _preposition(inner[0])
        return [prep, *words], object_
    return [prep], None


# ---------------------------------------------------------------------- arguments


def _subject(verb: Token) -> tuple[Argument | None, float]:
    """The clause's subject and a confidence penalty for how it was found. A clause
    modifying a noun without a subject of its own is about that noun; an existential's
    subject is its expletive ("there | would be | a division"), which fills the subject
    position while the real one follows the verb."""
    expletive = children(verb, "expl")
    if expletive:
        return (expletive[0].text, expletive[0]), 0.0
    found, penalty = subjects(verb)
    found = [t for t in found if t.lower_ not in RELATIVE_PRONOUNS] or found
    if (verb.dep_ == "acl" and not children(verb, *SUBJECT_DEPS, "nsubjpass")) or (
        verb.dep_ == "relcl" and not found
    ):
        return (phrase(verb.head, frozenset({verb.i})), verb.head), penalty
    if not found:
        return None, penalty
    antecedent = _antecedent(found[0])
    if antecedent is not None:
        return (_noun_phrase(antecedent, True), antecedent), penalty
    return (phrase(found[0]), found[0]), penalty


def _members(token: Token) -> list[Argument]:
    """A first argument as its coordinated members: "includes schools, clinics and
    hospitals" says that it includes each, so each member is the argument of a triple of
    its own (as CaRB's annotators split them). A bare common noun shares the first
    member's determiner and adjectives ("major roads and bridges": "major bridges").
    Coordinated clauses stay one argument."""
    head = _antecedent(token) or token
    antecedent = head != token
    if head.pos_ in {"VERB", "AUX"} or not children(head, "conj"):
        return [(_noun_phrase(head, antecedent), head)]
    shared = [c for c in children(head) if c.i < head.i and c.dep_ in SHARED_MODIFIERS]
    out = []
    for member in (head, *conjuncts(head)):
        words = _noun_phrase(member, antecedent and member == head, "conj", "cc", "preconj")
        bare = not any(c.i < member.i for c in children(member))
        if member != head and member.pos_ == "NOUN" and shared and bare:
            words = " ".join([*(phrase(c) for c in shared), words])
        out.append((words, member))
    return out


def _argument(token: Token) -> str:
    """The phrase of an argument, a relative pronoun's antecedent in its place."""
    antecedent = _antecedent(token)
    return phrase(token) if antecedent is None else _noun_phrase(antecedent, True)


def _noun_phrase(head: Token, antecedent: bool, *left_out: str) -> str:
    """The phrase of ``head`` without its dependents labelled ``left_out``, and without
    its relative clause when it is there as the ``antecedent`` of the clause's pronoun."""
    skipped = (*left_out, "relcl") if antecedent else left_out
    return phrase(
        head, frozenset(c.i for c in children(head, *skipped)) if skipped else frozenset()
    )


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of the relative clause it
    belongs to ("the prostate, which is cut and flushed": "the prostate" for both
    verbs; "tourism, which it lost": "tourism")."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.tag_ not in {"WDT", "WP"}:
        return None
    token = pronoun
    while token.dep_ != "relcl":
        if token.head.i == token.i:
            return None
        token = token.head
    return token.head


def _further(chain: list[Token]) -> list[Token]:
    """The dependents of the chain that make further arguments: those after the verb
    first, fronted ones ("In 1990, ...") last, none from across a semicolon."""
    verb = chain[0]
    found = [
        c
        for word in chain
        for c in children(word)
        if c.dep_ in PREPOSITION_DEPS | FURTHER_DEPS
        and c not in chain
        and not _beyond_separator(c, word)
    ]
    return sorted(found, key=lambda c: (c.i < verb.i, c.i))


def _beyond_separator(dependent: Token, head: Token) -> bool:
    """Whether a semicolon or colon stands between ``head`` and a ``dependent`` before it.
    These join independent clauses ("He held the post until 1834; he was readmitted in
    1841"), so what comes before belongs to a clause of its own, whatever the parser
    hung it on."""
    doc = head.doc
    return dependent.i < head.i and any(
        doc[i].text in CLAUSE_SEPARATORS for i in range(dependent.right_edge.i + 1, head.i)
    )


# ---------------------------------------------------------------------- words


def phrase(token: Token, exclude: frozenset[int] = frozenset()) -> str:
    """The words of ``token``'s subtree, without clause-internal punctuation at the edges,
    leaving out the subtrees within it rooted at ``exclude`` and its non-restrictive
    relative clauses."""
    known = tree(token.doc)
    tokens = known.tokens  # not doc[i], which makes a new Token each time
    kept = known.subtree_indices(token, exclude)
    asides = frozenset(i for i in kept if i != token.i and _is_aside(tokens[i]))
    if asides:
        kept = known.subtree_indices(token, exclude | asides)
    words = [tokens[i] for i in kept if not tokens[i].is_space]
    words = [w for n, w in enumerate(words) if not (w.text == "," and _by_gap(words, n))]
    tags = [w.tag_ for w in words]
    start, end = 0, len(words)
    while start < end and (_is_punct(words[start]) or words[start].dep_ in {"cc", "mark"}):
        if tags[start] == "``" and "''" in tags[start:end]:
            break  # a quotation the phrase closes: `` My Way ''
        start += 1
    while end > start and _is_punct(words[end - 1]):
        if tags[end - 1] == "''" and "``" in tags[start:end]:
            break
        end -= 1
    return text_of(_quoted(words[start:end]))


def _is_aside(token: Token) -> bool:
    """A non-restrictive relative clause, set off by a comma ("the boss, who is larger"):
    it says something of its own about the noun (its clause is a triple of its own), so
    an argument naming the noun leaves it out. A restrictive one ("the men who stayed")
    says which, and stays."""
    return token.dep_ == "relcl" and _after_comma(token)


def _after_comma(token: Token) -> bool:
    """Whether the phrase of ``token`` follows a comma."""
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text == ","


def _by_gap(words: list[Token], n: int) -> bool:
    """Whether the word at ``n`` is next to a left-out stretch of text (so a comma there
    set off what is left out)."""
    i = words[n].i
    return (n > 0 and words[n - 1].i != i - 1) or (n + 1 < len(words) and words[n + 1].i != i + 1)


def _is_punct(token: Token) -> bool:
    return token.is_punct or token.tag_ in QUOTES


def _quoted(words: list[Token]) -> list[Token]:
    """The words with the quotation marks around or inside them that the parser hung
    elsewhere: a quoted title is named with its quotes (`` My Classical Way '')."""
    if not words:
        return words
    doc = words[0].doc
    first, last = words[0].i, words[-1].i
    before = first > 0 and doc[first - 1].tag_ == "``"
    after = last + 1 < len(doc) and doc[last + 1].tag_ == "''"
    tags = {w.tag_ for w in words}
    opened, closed = "``" in tags, "''" in tags
    if after and ((opened and not closed) or before):
        words = [*words, doc[last + 1]]
    if before and ((closed and not opened) or after):
        while first > 0 and doc[first - 1].tag_ == "``":  # `` may be two tokens
            first -= 1
            words = [doc[first], *words]
    return words


def text_of(words: list[Token]) -> str:
    """The words as the text spells them: tokens the text writes together stay together
    ("well-established", "``"), as a reader (and CaRB's whitespace tokens) sees them; a
    gap left by an excluded subtree is one space."""
    out: list[str] = []
    for word, after in pairwise(words):
        out.append(word.text)
        if word.whitespace_ or after.i != word.i + 1:
            out.append(" ")
    return "".join(out) + (words[-1].text if words else "")
