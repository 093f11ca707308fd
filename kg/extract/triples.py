"""Open triples: every clause as (arg1, relation, arg2, more args), whatever its verb.

The ontology's event classes cover what conflict coders count; everything else a
sentence says is kept as an open triple, so nothing is silently lost. The rules are
ClausIE-like, over the dependency parse:

* the relation is the verb with its auxiliaries, negation and particle, plus the
  preposition of its first prepositional object when it has no direct object
  ("insists on"), or "by" for a passive agent ("was held by");
* arg1 is the subject's phrase (inherited along coordination and control), arg2 the
  direct object, attribute or first prepositional object, and further prepositional
  phrases and clausal complements are extra arguments;
* participles modifying a noun ("hostages held by Hamas") are clauses about that noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex
from kg.extract.clauses import CLAUSE_DEPS, SUBJECT_DEPS, subjects
from kg.extract.tree import children, conjuncts, tree
from kg.records import OpenRelation

__all__ = ["open_relation", "open_relations"]

OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "oprd"})
# Kept as further arguments: clausal complements and noun phrases used as adverbs
# ("met him last week", "won 47 to 38").
FURTHER_DEPS = frozenset({"xcomp", "ccomp", "npadvmod"})
VERB_PARTS = frozenset({"aux", "auxpass", "neg", "prt"})
SHARED_MODIFIERS = frozenset({"det", "amod", "poss", "nummod"})
NOMINAL = frozenset({"NOUN", "PROPN"})
APPOS = 0.8
MODE = 3
ASIDE_DEPS = frozenset({"relcl"})
RELATIVE_PRONOUNS = frozenset(["who", "whom", "which", "that"])


def phrase(token: Token, exclude: frozenset[int] = frozenset()) -> str:
    """The words of ``token``'s subtree, without clause-internal punctuation at the edges,
    leaving out the subtrees within it rooted at ``exclude`` and its asides."""
    doc = token.doc
    kept = tree(doc).subtree_indices(token, exclude)
    asides = frozenset(i for i in kept if i != token.i and _is_aside(doc[i]))
    if asides:
        kept = tree(doc).subtree_indices(token, exclude | asides)
    words = [doc[i] for i in kept if not doc[i].is_space]
    words = [w for n, w in enumerate(words) if not (w.text == "," and _by_gap(words, n))]
    start, end = 0, len(words)
    tags = [w.tag_ for w in words]
    while start < end and (_is_punct(words[start]) or words[start].dep_ in {"cc", "mark"}):
        if tags[start] == "``" and "''" in tags[start:end]:
            break  # a quotation the phrase closes: `` My Way ''
        start += 1
    while end > start and _is_punct(words[end - 1]):
        if tags[end - 1] == "''" and "``" in tags[start:end]:
            break
        end -= 1
    return text_of(_quoted(words[start:end]))


def _quoted(words: list[Token]) -> list[Token]:
    """The words with the quotation marks around or inside them that the parser hung
    elsewhere: a quoted title is named with its quotes (`` My Classical Way '')."""
    if not words:
        return words
    doc = words[0].doc
    first, last = words[0].i, words[-1].i
    before = doc[first - 1] if first > 0 and doc[first - 1].tag_ == "``" else None
    after = doc[last + 1] if last + 1 < len(doc) and doc[last + 1].tag_ == "''" else None
    tags = {w.tag_ for w in words}
    opened, closed = "``" in tags, "''" in tags
    if after is not None and (opened and not closed or before is not None):
        words = [*words, after]
    if before is not None and (closed and not opened or after is not None):
        while first > 0 and doc[first - 1].tag_ == "``":  # `` is two tokens
            first -= 1
            words = [doc[first], *words]
    return words


def _is_punct(token: Token) -> bool:
    return token.is_punct or token.tag_ in {"``", "''"}


def _is_aside(token: Token) -> bool:
    """A non-restrictive relative clause, set off by a comma ("the boss, who is larger"):
    it says something of its own about the noun (its clause is a triple of its own), so
    an argument naming the noun leaves it out."""
    return token.dep_ in ASIDE_DEPS and _set_off(token)


def _set_off(token: Token) -> bool:
    """Whether the phrase of ``token`` follows a comma."""
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text == ","


def _by_gap(words: list[Token], n: int) -> bool:
    """Whether the word at ``n`` is next to a left-out stretch of text."""
    i = words[n].i
    return (n > 0 and words[n - 1].i != i - 1) or (n + 1 < len(words) and words[n + 1].i != i + 1)


def text_of(words: list[Token]) -> str:
    """The words as the text spells them: tokens the text writes together stay together
    ("well-established", "``"), as a reader (and CaRB's whitespace tokens) sees them; a
    gap left by an excluded subtree is one space."""
    out: list[str] = []
    for word, after in zip(words, words[1:], strict=False):
        out.append(word.text)
        if word.whitespace_ or after.i != word.i + 1:
            out.append(" ")
    return "".join(out) + (words[-1].text if words else "")


def _relation_words(chain: list[Token]) -> list[Token]:
    """The words of the relation: the verbs of the chain with their auxiliaries,
    negation and particles, and a one-word adverb within the verb group or just before
    the verb ("was personally involved", "still influences"), which qualifies the
    relation itself rather than an argument."""
    words = {t.i: t for word in chain for t in (word, *children(word, *VERB_PARTS))}
    first = min(words)
    for word in chain:
        for adverb in children(word, "advmod"):
            if (
                (first < adverb.i < word.i or adverb.i == word.i - 1)
                and adverb.tag_ != "WRB"
                and not children(adverb)
            ):
                words[adverb.i] = adverb
    return sorted(words.values(), key=lambda t: t.i)


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


def _beyond_semicolon(dependent: Token, head: Token) -> bool:
    """Whether a semicolon or colon stands between ``head`` and a ``dependent`` before it.
    These join independent clauses ("He held the post until 1834; he was readmitted in
    1841"), so what comes before belongs to a clause of its own, whatever the parser
    hung it on."""
    doc = head.doc
    return dependent.i < head.i and any(
        doc[i].text in {";", ":"} for i in range(dependent.right_edge.i + 1, head.i)
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


def _argument(token: Token) -> str:
    """The phrase of an argument, a relative pronoun's antecedent in its place."""
    antecedent = _antecedent(token)
    if antecedent is None:
        return phrase(token)
    return phrase(antecedent, frozenset(c.i for c in children(antecedent, "relcl")))


def _members(token: Token, split: bool) -> list[tuple[str, Token]]:
    """An argument as its coordinated members, each with its head: "Fishing boats and
    cargo ships have holds" says that each has them, so each member is an argument of a
    triple of its own (as CaRB's annotators split them). Without ``split``, or when the
    members are clauses, the coordination stays one argument."""
    head = _antecedent(token) or token
    left_out = children(head, "relcl") if head != token else []
    if not split or head.pos_ in {"VERB", "AUX"} or not children(head, "conj"):
        return [(phrase(head, frozenset(c.i for c in left_out)), head)]
    shared = [c for c in children(head) if c.i < head.i and c.dep_ in SHARED_MODIFIERS]
    out = []
    for member in (head, *conjuncts(head)):
        words = phrase(member, frozenset(c.i for c in (*children(member, "conj", "cc", "preconj"), *left_out)))
        if member != head and shared and member.pos_ == "NOUN" and not any(c.i < member.i for c in children(member)):
            words = " ".join([*(phrase(c) for c in shared), words])  # "major [roads] and bridges"
        out.append((words, member))
    return out


def _subject_members(verb: Token) -> tuple[list[tuple[str, Token]], float]:
    """The clause's subject; an existential's is its expletive ("there | would be | a
    division"), which fills the subject position while the real one follows the verb."""
    expletive = children(verb, "expl")
    if expletive:
        return [(expletive[0].text, expletive[0])], 0.0
    found, penalty = subjects(verb)
    found = [t for t in found if t.lower_ not in RELATIVE_PRONOUNS] or found
    if (verb.dep_ == "acl" and not children(verb, *SUBJECT_DEPS, "nsubjpass")) or (
        verb.dep_ == "relcl" and not found
    ):
        return [(phrase(verb.head, frozenset({verb.i})), verb.head)], penalty
    if not found:
        return [], penalty
    return _members(found[0], split=False), penalty


def open_relation(
    verb: Token, sentence_of: dict[int, int], index: ActorIndex
) -> list[OpenRelation]:
    """The open relations of the clause headed by ``verb``, if it has a subject and a
    verb (one for each member of a coordinated subject or first argument), with the
    actors their first two arguments name."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in CLAUSE_DEPS:
        return []
    if (verb.pos_ == "AUX" and verb.dep_ in {"aux", "auxpass"}) or _in_chain(verb):
        return []
    arg1s, penalty = _subject_members(verb)
    arg1s = [(text, head) for text, head in arg1s if text]
    if not arg1s:
        return []
    chain = _chain(verb)
    last = chain[-1]
    relation = [t.text for t in _relation_words(chain)]
    objects = children(last, *OBJECT_DEPS)
    first: list[tuple[str, Token | None]] = [("", None)]
    if objects:
        first = list(_members(objects[0], split=True))
    args = [_argument(obj) for obj in objects[1:]]
    # Phrases after the verb first, fronted ones ("In 1990, ...") last.
    rest = sorted(
        (
            c
            for word in chain
            for c in children(word)
            if c.dep_ in {"prep", "agent"} | FURTHER_DEPS
            and c not in chain
            and not _beyond_semicolon(c, word)
        ),
        key=lambda c: (c.i < verb.i, c.i),
    )
    for child in rest:
        if child.dep_ not in {"prep", "agent"}:  # a clause, or a noun phrase as adverb
            args.append(phrase(child))
            continue
        words, object_ = _preposition(child)
        if object_ is None:
            continue
        if first[0][1] is None and not args and child.i > last.i:
            relation.extend(w.text for w in words)  # "insists on", "was knocked out of"
            first = list(_members(object_, split=True))
        elif _antecedent(object_) is not None:
            args.append(f"{text_of(words)} {_argument(object_)}")  # "for which" -> "for X"
        else:
            args.append(phrase(child))
    count = len(args) + (first[0][1] is not None)
    confidence = 0.9 - penalty - (0.0 if count else 0.3) - 0.05 * max(0, count - 1)
    return [
        OpenRelation(
            sentence=sentence_of[verb.i],
            relation=" ".join(relation),
            arg1=arg1,
            args=tuple(a for a in (arg2, *args) if a),
            confidence=round(max(0.05, confidence), 2),
            source=index.actor_at(arg1_head),
            target=None if arg2_head is None else index.actor_at(arg2_head),
        )
        for arg1, arg1_head in arg1s
        for arg2, arg2_head in first
    ]


def apposition(token: Token, sentence_of: dict[int, int], index: ActorIndex) -> list[OpenRelation]:
    """An apposition as the copular clause it abbreviates: "Peter Kharitonov, Deputy
    State Secretary" says that Peter Kharitonov is Deputy State Secretary."""
    head = token.head
    if token.dep_ != "appos" or not _set_off(token) or not {token.pos_, head.pos_} <= NOMINAL:
        return []
    arg1 = phrase(head, frozenset(c.i for c in children(head, "appos", "relcl", "acl", "conj", "cc")))
    arg2 = phrase(token)
    if not arg1 or not arg2:
        return []
    return [
        OpenRelation(
            sentence=sentence_of[token.i],
            relation="is",
            arg1=arg1,
            args=(arg2,),
            confidence=APPOS,
            source=index.actor_at(head),
            target=index.actor_at(token),
        )
    ]


def open_relations(doc: Doc, sentence_of: dict[int, int], index: ActorIndex) -> list[OpenRelation]:
    """Every clause of an article as open relations, in text order."""
    return [
        relation
        for sent in doc.sents
        if sent.text.strip()
        for token in sent
        for relation in (*open_relation(token, sentence_of, index), *apposition(token, sentence_of, index))
    ]
