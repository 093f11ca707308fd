"""Find every actor mention in a parsed article and resolve it to a canonical actor.

Resolution is rule-based, in the order a careful reader would apply it:

1. named entities (with the gazetteer's canonical label when the EntityRuler found them);
2. person names clustered within the article: "Herzog" and "Ambassador Herzog" become
   the longest full name seen, "Michael Herzog";
3. appositions and title phrases give a person a role and an affiliation
   ("the Israeli ambassador to the U.S., Michael Herzog" → role and Israel);
4. agents, the generic nouns of the Phoenix agents dictionary, keep their side: "Israeli
   troops" are Israel's military (ISRMIL), "Hamas gunmen" are Hamas, "President
   Kagame's government" is Rwanda's, and a bare "the troops" takes the side the article
   gave them (see :func:`_add_agents`);
5. pronouns go to a compatible actor: he/she to a person, they/it to a group, state or
   organisation. The subject of a reported clause is the reporter when it can be ("Iran
   said it would …"), else the pronoun takes the nearest preceding compatible actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.abbreviations import defined_abbreviations
from kg.extract.agents import (
    AGENTS,
    PLACE_LABELS,
    TITLES,
    VESSELS,
    agent_entries,
    role_label,
    ship_names,
    title_word,
    titled,
    vessel_named,
)
from kg.extract.clauses import (
    ANSWERING,
    FINITE_TAGS,
    JOURNEY_VERBS,
    SUBJECT_DEPS,
    affiliated_with,
    agents,
    definite,
    finite_on_its_subject,
    is_passive,
    owned_by,
    reporters,
    speech_head,
    subjects,
)
from kg.extract.coding import (
    IGO_KIND,
    IMG_KIND,
    MEDIA,
    UNARMED,
    Coder,
    american_spelling,
    country_part,
    display_name,
    domestic_role,
    is_country_code,
    is_region_code,
    is_state_role,
    load_roles,
    longest_names,
    role_codes,
    side_code,
    split_code,
    takes_no_side,
)
from kg.extract.items import is_digest, stories, story_start
from kg.extract.lexicon import NOUNS, doer_code, lexicon_code
from kg.extract.names import lower_case_name
from kg.extract.tree import (
    children,
    conjuncts,
    doc_text,
    entity_of,
    lefts,
    sentences,
    subtree,
    tree,
    words,
)
from kg.gazetteer import Gazetteer, GazetteerEntry, slug
from kg.phoenix import AgentEntry
from kg.places import load_places
from kg.records import Actor, Mention
from kg.vocabulary import Vocabulary

__all__ = [
    "ARMED_ROLES",
    "SIDE_WORDS",
    "ActorIndex",
    "KnownPeople",
    "armed_actor",
    "armed_role",
    "longer_name",
    "placed_victims",
    "resolve_actors",
    "ties_to_side",
]

# The dependencies of a clause's parties: its subjects, objects and their conjuncts.
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "conj"})
PERSON_PRONOUNS = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])
GROUP_PRONOUNS = frozenset(["they", "them", "their", "theirs", "themselves", "it", "its", "itself"])
SINGULAR_PRONOUNS = frozenset(["it", "its", "itself"])
ENEMY = "enemy"  # "enemy tanks": the other side's, whoever's the sentence's are
FIRST_PERSON_PLURAL = frozenset(["we", "us", "our"])  # in reported speech, the speaker's side
RELATIVE_TAGS = frozenset(["WDT", "WP", "WP$"])  # which, that; who, whom; whose
# Nouns of the one who heads a body, who acts and speaks for it as its leader does: "the
# head of the UNHCR appealed", "the chief of the Peruvian army threatened" (the actor is
# the body, as in "the UNHCR chief", "the army chief", :func:`_add_quantities`).
HEAD_NOUNS = frozenset(["head", "chief"])
# Heads of "a group of X", "thousands of X", "three divisions of X" (a formation of
# armed men, or of a firm: "a unit of Citicorp"), "an alliance of X", "the rebel
# alliance": the actor is X.
QUANTITY_NOUNS = frozenset(
    [
        "alliance",
        "coalition",
        "faction",
        "division",
        "brigade",
        "battalion",
        "regiment",
        "unit",
        "detachment",
        "contingent",
        "column",
        "squad",
        "platoon",
        "group",
        "number",
        "thousand",
        "hundred",
        "dozen",
        "ten",
        "score",
        "million",
        "crowd",
        "team",
        "member",
        "part",
        "majority",
        "some",
        "many",
        "most",
        "all",
        "several",
        "few",
    ]
)
# Adjectives whose subject acts ("it is willing to withdraw"), unlike those of an
# extraposed clause ("it is crucial to …"), where "it" has no referent.
AGENT_ADJECTIVES = frozenset(
    ["willing", "unwilling", "ready", "prepared", "determined", "able", "unable", "eager", "keen"]
)
APOSTROPHES = frozenset({"'", "\u2019"})
# Determiners that count one member of a group ("a Democrat", "another Kurd").
SINGULAR_DETERMINERS = frozenset(["a", "an", "one", "another", "each", "every"])
# Parts of speech that link the words of a name but never end one ("Bank of", "Smith and").
LINKING = frozenset(["ADP", "CCONJ", "DET", "PART", "PUNCT"])
# Legal forms after a company's name, which the same company is written with or without.
COMPANY_SUFFIXES = frozenset(["co", "corp", "inc", "ltd", "plc", "llc", "cos", "company"])
PRONOUN_WINDOW = 3  # sentences back that a pronoun may reach
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # a noun in the plural
ARMED_ROLES = frozenset({"MIL", "COP"})  # the roles of a state's forces, which it commands
MATERIAL_CONFLICT = 14  # the first CAMEO root of QuadClass 4 (protest, force, coercion …)
# Prepositions whose object is a party a verb's act is done to or with ("fired at Peru",
# "talks with Chile"), not where it happens ("threatened the rebels in Peru").
PARTY_PREPS = frozenset({"against", "at", "on", "to", "toward", "towards", "with"})
DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod", "poss"})  # words that say whose
# The roles of people named by their role alone whom the place an act on them happened
# gives a side (see placed_victims): people who bear no arms, and the opposition a
# state's police or troops act on ("protesters", "demonstrators", "dissidents").
PLACED_ROLES = UNARMED | {"OPP"}
POSSESSIVE_CHOICES = 2  # other antecedents kept for a possessive pronoun (ActorIndex.others)


@dataclass
class ActorIndex:
    """Actors of one article and the token positions that refer to them; ``coder``
    gives each actor added its code and, where the code is its identity, its key and
    label (so "IDF" and "Israeli troops" are one actor)."""

    coder: Coder
    actors: dict[str, Actor] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)
    pronouns: dict[int, int] = field(default_factory=dict)  # pronoun → antecedent token
    # "the two countries", "both sides" → the two actors they take up (see _add_pairs);
    # "U.S. and Soviet negotiators" → the agents of each side (see _coordinated_sides)
    pairs: dict[int, tuple[str, ...]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    # possessive pronoun → the next antecedents it could take, of other actors, best first
    others: dict[int, list[int]] = field(default_factory=dict)
    places: Set[int] = frozenset()  # starts of entities naming places, not actors
    place_words: Set[int] = frozenset()  # the words of names of kinds of places

    def actor_at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    def country_of(self, key: str) -> str | None:
        """The country code an actor's code names (ISR of ISRMIL), if any; a role code
        alone names none (MUS of "Muslims" is no Mauritius)."""
        actor = self.actors.get(key)
        if actor is None or not actor.code or actor.code == actor.role:
            return None
        country = country_part(actor.code)
        return country if is_country_code(country) else None

    def add(self, actor: Actor, named: bool = False) -> str:
        """Add an actor (``named``: the text names it, see :meth:`Coder.identify`) and
        return its key; an actor known under that key keeps what it had and gains what
        it lacked."""
        actor = self.coder.identify(actor, named)
        known = self.actors.get(actor.key)
        if known is None:
            self.actors[actor.key] = actor
        else:
            self.actors[actor.key] = replace(
                known,
                title=known.title or actor.title,
                affiliation=known.affiliation or actor.affiliation,
                code=known.code or actor.code,
                role=known.role or actor.role,
                country=known.country or actor.country,
            )
        return actor.key

    def point(self, token: Token, key: str, sentence: int) -> None:
        """Let one token (a role noun, a pronoun) refer to an actor."""
        self.by_token[token.i] = key
        self.mentions.append(Mention(sentence, token.idx, token.idx + len(token), token.text, key))

    def mark(self, tokens: Span | list[Token], key: str, sentence: int) -> None:
        items = list(tokens)
        for token in items:
            self.by_token.setdefault(token.i, key)
        text = " ".join(t.text for t in items)
        self.mentions.append(
            Mention(sentence, items[0].idx, items[-1].idx + len(items[-1]), text, key)
        )


def _actor(entry: GazetteerEntry, coder: Coder) -> Actor:
    """The canonical actor a gazetteer entry describes."""
    code = coder.entry_code(entry)
    return Actor(entry.key, entry.label, entry.type, wikidata=entry.wikidata, code=code)


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Token index → 1-based sentence number, skipping blank 'sentences'."""
    numbers: dict[int, int] = {}
    for count, (sent, _text) in enumerate(sentences(doc), 1):
        numbers.update(dict.fromkeys(range(sent.start, sent.end), count))
    return numbers


def _name(span: Span) -> str:
    """An entity's label (see :func:`_clean_name`); a group's name written in lower case
    as the dictionaries write it ("the contras": Contras)."""
    return display_name(span.text) if lower_case_name(span) else _clean_name(span.text)


def _clean_name(text: str) -> str:
    """A name as a label: its words with whitespace normalised ("Paul\nVolcker" is "Paul
    Volcker"), without markup brackets and a possessive written with a double quote
    ("<Boeing Co>", 'Brazil"s') and, for a company, without the legal suffix ("American
    Express Co"), nor a bracket the model opened and did not close ("Umma (Nation" of
    "the Umma (Nation) party" is Umma); "" when nothing but a suffix is left."""
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")]
    words = [w for w in (w.strip("<>") for w in text.split()) if w]
    if words:
        words[-1] = re.sub(r'"s$', "", words[-1])
    while words and words[-1].rstrip(".").casefold() in COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def _is_name(span: Span) -> bool:
    """Whether an entity can name an actor: the gazetteer found it, or it has a capital
    letter ("cts", a unit the model tagged, has none) or is a group's name news writes in
    lower case (:func:`~kg.extract.coding.lower_case_names`: "the contras"), and it is
    more than a title ("the King", which takes up the king the story named,
    :func:`_add_titles`, not a person named King); and it is not its sentence alone (a
    wire story's signature, "REUTER", or a byline)."""
    if not span.ent_id_ and not lower_case_name(span) and not any(map(str.isupper, span.text)):
        return False  # the gazetteer's names are names in any case ("international community")
    before = span.doc[span.start - 1] if span.start > 0 else None
    the = span[0].lower_ == "the" or (before is not None and before.lower_ == "the")
    if not span.ent_id_ and the and all(title_word(t) or t.lower_ == "the" for t in span):
        return False  # "the King", not "Mr King"
    sentence = span.sent
    outside = (t for t in sentence if not span.start <= t.i < span.end)
    return any(not t.is_punct and not t.is_space for t in outside)


def _opening_modifier(span: Span) -> bool:
    """Whether an entity is the one word that opens its sentence, which the tagger reads
    as an adjective or adverb: "Fierce fighting broke out", "Heavily armed men stormed",
    a common word written with a capital because it opens the sentence, which the model
    may still take for an organisation's name."""
    opening = next((t for t in span.sent if not t.is_punct and not t.is_space), None)
    return len(span) == 1 and span[0] == opening and span[0].pos_ in {"ADJ", "ADV"}


# A wire dateline's agency in brackets: "BAGHDAD (Reuters) -".
DATELINE_AGENCY = re.compile(r"^[^\n]{0,80}?\((?P<agency>[A-Z][A-Za-z]+)\)\s*[-:\u2013\u2014]")


def _agency_key(name: str) -> str:
    """A news agency's name folded as its signatures vary it ("REUTER", "Reuters")."""
    return name.casefold().removesuffix("s")


def _signer(doc: Doc, coder: Coder, gazetteer: Gazetteer) -> str | None:
    """The news agency that files the story (:func:`_agency_key`): the name in its
    dateline's brackets, or its signature, a last line of one word ("REUTER"), where
    the name can be the press's (:func:`_is_press`: "BAGHDAD (Iraq) -" and a last line
    "Iran" sign nothing). Its mentions in the story are the reporter at work
    ("economists contacted by Reuters", "Reuter correspondents"), not an actor of the
    news."""
    text = doc_text(doc)
    found = DATELINE_AGENCY.match(text)
    name = found.group("agency") if found is not None else None
    if name is None:
        last = next((t for t in reversed(doc) if not (t.is_space or t.is_punct)), None)
        if last is None or not last.text[:1].isupper():
            return None
        name = last.text if text[: last.idx].rstrip(" \t").endswith("\n") else None
    return _agency_key(name) if name and _is_press(name, coder, gazetteer) else None


def _is_press(name: str, coder: Coder, gazetteer: Gazetteer) -> bool:
    """Whether a name can be a news agency's: the dictionaries code it as media (Reuters,
    AFP, Xinhua: MED) or not at all ("REUTER"), and the gazetteer knows no other actor
    by it."""
    entry = gazetteer.lookup(name)
    codes = [coder.code(name), coder.entry_code(entry) if entry is not None else None]
    return all(code is None or code.endswith("MED") for code in codes) and (
        entry is None or codes[1] is not None
    )


def _group_name(span: Span) -> str:
    """A group's label in the plural whatever the text's number ("a Democrat" and "the
    Democrats" are one group): a member counted by a singular determiner ("a", "one"),
    or a singular noun with "the" ("the Georgia Democrat", as news names a senator
    again), takes an "s", unless it ends in a sibilant ("a Swiss"); a name without a
    determiner may be an organisation the model took for a group ("Excelan said"), and
    stays as it is."""
    name = _name(span)
    root = span.root
    counted = any(
        c.lower_ in SINGULAR_DETERMINERS or (c.lower_ == "the" and root.tag_ == "NNP")
        for c in children(root, "det")
    )
    if counted and not name.casefold().endswith(("s", "sh", "ch", "ese", "x", "z")):
        return name + "s"
    return name


def _strip_span(span: Span, hedges: Set[str] = frozenset()) -> Span:
    """Drop leading titles/determiners and a trailing possessive from an entity span, and
    a leading word of ``hedges`` (the ontology's cues of a claim, ``ckg:claimed``), which
    says the text is not sure of the name ("Suspected Allied Democratic Forces rebels"
    are the ADF's if anyone's); a span the model cut after a linking word ("Communist
    Party of | Springfield") takes the proper nouns that follow, and one that still ends
    with such a word loses it."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (
        title_word(doc[start]) or doc[start].lower_ == "the" or doc[start].lower_ in hedges
    ):
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in APOSTROPHES):
        end -= 1
    if doc[end - 1].pos_ in LINKING and end < len(doc) and doc[end].pos_ == "PROPN":
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    while end > start + 1 and doc[end - 1].pos_ in LINKING:
        end -= 1
    return doc[start:end]


# The Arabic article a surname may carry or drop ("al-Shaheen", "Al-Shaheen", "Shaheen").
_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)", re.IGNORECASE)


def name_word(word: str) -> str:
    """A word of a person's name as news varies it: without the Arabic article, which a
    later mention drops or capitalises ("Suleiman Majed al-Shaheen … Shaheen said")."""
    return _ARTICLE.sub("", word)


class KnownPeople:
    """Full names of people seen in other articles, indexed by surname, so that a bare
    "Herzog" can join "Michael Herzog" from the store without scanning every name;
    surnames compare by :func:`name_word`."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._by_last: dict[str, set[str]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        words = name.split()
        if len(words) > 1:
            self._by_last.setdefault(name_word(words[-1]), set()).add(name)

    def ending_with(self, words: list[str]) -> set[str]:
        """Known names longer than ``words`` that end with them."""
        pool = self._by_last.get(name_word(words[-1]), set()) if words else set()
        wanted = [name_word(w) for w in words]
        return {
            n
            for n in pool
            if len(n.split()) > len(words)
            and [name_word(w) for w in n.split()[-len(words) :]] == wanted
        }


def _unique_longest(candidates: set[str]) -> str | None:
    """The one candidate that no other candidate extends, if there is exactly one."""
    tops = [c for c in candidates if not any(o != c and o.endswith(" " + c) for o in candidates)]
    return tops[0] if len(tops) == 1 else None


def longer_name(name: str, people: KnownPeople) -> str | None:
    """The one longer name among ``people`` that ends like ``name`` ("Herzog" → "Michael
    Herzog"); None when there is none, or two (a short name is not guessed)."""
    return _unique_longest(people.ending_with(name.split()))


def _person_clusters(names: list[str]) -> dict[str, str]:
    """Map each person name of an article to the longest of its names that ends like it."""
    article = KnownPeople(names)
    return {name: longer_name(name, article) or name for name in names}


def _apart_by_country(
    clusters: Mapping[str, str], persons: Sequence[Span], gazetteer: Gazetteer, index: ActorIndex
) -> dict[str, str]:
    """The article's ``clusters`` of person names, less each short name's tie to a longer
    name where the text gives the two names different offices of different countries:
    "Jordan's King Hussein met Iraqi President Saddam Hussein" names two men, as a coder
    reads it, not one who met himself. One office is one man, though his state goes by
    two names ("Yugoslav President Slobodan Milosevic … Serbian President Milosevic"),
    and a side given without an office tells no other man ("Yugoslavia's Milosevic")."""
    linked = {name for short, long in clusters.items() if short != long for name in (short, long)}
    offices: dict[str, set[tuple[str, str]]] = {}
    for span in persons:
        if span.text in linked:
            title, side = _title_and_side(span, gazetteer, index)
            country = index.country_of(side) if side else None
            if country and title:
                offices.setdefault(span.text, set()).add((country, title.lower()))

    def apart(short: str, long: str) -> bool:
        mine, theirs = offices.get(short, set()), offices.get(long, set())
        return bool(mine and theirs) and all(c != d and t != u for c, t in mine for d, u in theirs)

    return {short: short if apart(short, long) else long for short, long in clusters.items()}


def _family_names(names: Iterable[str]) -> dict[str, str]:
    """The article's full person names by their first word (:func:`name_word`), where
    only one full name begins with it and none ends with it: a family name put first, as
    East Asian names put it, is how later mentions name the person ("Chun Doo Hwan …
    Chun", "Roh Tae-woo … Roh"); see :func:`_family_named`."""
    full = {n for n in names if len(n.split()) > 1}
    first = [name_word(n.split()[0]) for n in full]
    last = {name_word(n.split()[-1]) for n in full}
    return {
        key: n for n in full if first.count(key := name_word(n.split()[0])) == 1 and key not in last
    }


def _family_named(token: Token, family: Mapping[str, str]) -> str | None:
    """The full name a one-word name at ``token`` begins (``family``), unless a title
    stands before it: "King Abdullah", "President Carter", "Mr. Spencer" name a person by
    a given name or a Western surname, not the family name of another ("Abdullah Gul",
    "Carter Page"). The name is looked up first: most words are no family name, and
    the word before is then never made (``doc[i]`` makes a new Token)."""
    name = family.get(name_word(token.text))
    if name is None or token.i == 0 or not title_word(token.doc[token.i - 1]):
        return name
    return None


def _title_and_affiliation(
    root: Token, exclude: set[int], gazetteer: Gazetteer, index: ActorIndex
) -> tuple[str | None, str | None]:
    """Role words and a demonym/state to the left of a name ("Israeli Prime Minister X",
    "U.S. Agriculture Secretary X", "Brazil's Finance Minister X", the possessive hung on
    the title), or a body named before it that the article's actors hold with a code of
    its own ("Shining Path leader Abimael Guzman", a group the gazetteer lacks and the
    actor dictionaries code, PERREB; not a firm coded by its role alone, "Reuters
    correspondent X"): title words, with the words of an agent noun of the
    dictionaries that holds one ("agriculture secretary", GOVAGR); the phrase of a title
    the parser split off the name counts too (:func:`_split_title`)."""
    words: list[str] = []
    affiliation: str | None = None
    roles = load_roles()
    split = _split_title(root, min(exclude))
    office = split.i if split is not None else -1
    heads = exclude | {root.i, office}
    tokens = [*(subtree(split) if split is not None else ()), *subtree(root)]
    in_titles = _title_agent_words(root.doc, min(exclude))
    for token in tokens:
        if token.i >= root.i or token.i in exclude or token.dep_ in {"det", "punct", "case"}:
            continue
        modifier = token.dep_ in {"compound", "amod", "nmod", "poss"} or token.i == office
        if not modifier and token.head.i not in heads:
            continue
        # the whole name first ("South Korean", not "South" and "Korean"), then the word
        # ("German" of "West German", which the gazetteer lists as no name of its own)
        entry = next(
            (
                found
                for name in ((entity_of(token) or token).text, token.text)
                for found in (gazetteer.demonym(name), gazetteer.lookup(name))
                if found is not None
            ),
            None,
        )
        body = index.actors.get(index.actor_at(token) or "")
        if entry is not None and entry.type != "Person":
            affiliation = index.add(_actor(entry, index.coder))
        elif body is not None and body.type != "Person" and body.code and body.code not in roles:
            affiliation = body.key  # a body the dictionaries alone name: "Shining Path leader X"
        elif token.pos_ in {"PROPN", "NOUN"} and (
            title_word(token) or token.i in in_titles or token.i == office
        ):
            words.append(token.text)
    return (" ".join(words) or None), affiliation


def _title_and_side(
    span: Span, gazetteer: Gazetteer, index: ActorIndex
) -> tuple[str | None, str | None]:
    """A person's title and the side the text gives them: a modifier of the name or its
    title (:func:`_title_and_affiliation`), an "of" phrase (:func:`_body_of`), or the
    group they lead (:func:`_side_led`)."""
    title, affiliation = _title_and_affiliation(span.root, {t.i for t in span}, gazetteer, index)
    side = (
        affiliation
        or _body_of(span.root, gazetteer, index)
        or _side_led(span.root, index, gazetteer)
    )
    return title, side


def _body_of(name: Token, gazetteer: Gazetteer, index: ActorIndex) -> str | None:
    """The state or body a person's "of" phrase names, as a modifier before the name
    does: "King Hassan of Morocco" is Morocco's king, as "Moroccan King Hassan" is,
    "Yasser Arafat of the PLO" the PLO's man."""
    for prep in children(name, "prep"):
        if prep.lower_ != "of":
            continue
        for body in children(prep, "pobj"):
            entry = gazetteer.lookup((entity_of(body) or body).text)
            if entry is not None and entry.type != "Person":
                return index.add(_actor(entry, index.coder))
    return None


def _side_led(name: Token, index: ActorIndex, gazetteer: Gazetteer) -> str | None:
    """The side of the group a person leads, named by the participle of leading whose
    agent the name is: "the Nigerian team, headed by Finance Minister Che Okongwu" is
    Nigeria's, "a delegation led by X" nobody's the text gives."""
    while name.dep_ == "conj":  # "headed by Finance Minister X and Governor Y"
        name = name.head
    leading = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "by" else None
    if leading is None or leading.dep_ != "acl" or leading.lemma_.lower() not in LEADING:
        return None
    return _modifier_actor(leading.head, index, gazetteer)


def _title_agent_words(doc: Doc, start: int) -> set[int]:
    """The words of the agent nouns of a title before the name at ``start``: those that
    hold a title word ("Agriculture" of "agriculture secretary", a more specific
    office), and the one right before the name, an office whatever its words ("Iranian
    Charge d'Affaires Mohammad Baqeri": CHARGE_D'AFFAIRES, GOV)."""
    return {
        i
        for span in doc.spans.get(AGENTS, ())
        if span.end == start or any(title_word(t) for t in span)
        for i in range(span.start, span.end)
    }


def _split_title(root: Token, start: int) -> Token | None:
    """The title noun right before a name that the parser made a second subject (or
    object) of the name's verb instead of its modifier: "Brazil's chief debt negotiator
    Antonio Seixas said" has two subjects of "said", and the first is Seixas's office."""
    if start == 0:
        return None
    before = root.doc[start - 1]
    if before.head != root.head or before.dep_ != root.dep_:
        return None
    role = title_word(before) or before.lower_ in agent_entries()
    return before if before.pos_ == "NOUN" and role else None


def _role_phrase(head: Token, index: ActorIndex, skip: set[int]) -> str:
    """The text of a role noun phrase with actor mentions replaced by their labels."""
    parts: list[str] = []
    last_key: str | None = None
    for token in subtree(head):
        if token.i in skip or token.dep_ in {"det", "punct"} or token.is_space:
            continue
        key = index.by_token.get(token.i)
        if key and token.dep_ == "amod":
            continue  # the demonym is the affiliation, not part of the role
        if key:
            if key != last_key:
                parts.append(index.actors[key].label)
            last_key = key
            continue
        last_key = None
        parts.append(token.text)
    return " ".join(parts)


def _add_entities(
    doc: Doc,
    gazetteer: Gazetteer,
    index: ActorIndex,
    sent_of: dict[int, int],
    entity_types: Mapping[str, str],
    places: Set[int],
    ships: Mapping[int, Token],
    hedges: Set[str] = frozenset(),
) -> None:
    signer = _signer(doc, index.coder, gazetteer)
    persons = [_strip_span(e, hedges) for e in doc.ents if e.label_ == "PERSON" and not e.ent_id_]
    clusters = _apart_by_country(
        _person_clusters(sorted({p.text for p in persons})), persons, gazetteer, index
    )
    surnames = _surnames(clusters.values())  # "Hagari" the model took for an organisation
    family = _family_names(clusters.values())
    abbreviated = defined_abbreviations(
        doc, lambda short: gazetteer.lookup(short) is not None or bool(index.coder.code(short))
    )
    for ent in doc.ents:
        if ent.label_ not in entity_types or ent.start not in sent_of or not _is_name(ent):
            continue
        if ent.start in places or ent.start in ships:
            continue  # a place, or a ship's name (see _add_vessel_names)
        span = _strip_span(ent, hedges)
        if _abbreviation(span, abbreviated, index, sent_of, entity_types[ent.label_]):
            continue
        if signer is not None and _agency_key(_name(span)) == signer:
            continue  # the story's own agency, reporting (see _signer)
        entry = gazetteer.lookup(ent.ent_id_) if ent.ent_id_ else gazetteer.lookup(span.text)
        member = None if entry is not None else _members_group(span[-1], index)
        if member is not None:  # "Contra rebels", whatever the model tagged "Contra"
            index.mark(span, member, sent_of[ent.start])
            continue
        person = (
            ent.label_ == "PERSON"
            or name_word(span.text) in surnames
            or titled(span)
            or (entry is None and index.coder.holds_office(ent))  # "met Mitterrand"
        )
        if not person and _ends_an_agent(span):
            continue  # the agent names the body (see _add_agents)
        title, side = _title_and_side(span, gazetteer, index) if person else (None, None)
        if entry is not None:
            key = index.add(_actor(entry, index.coder), named=True)
        elif person:
            name = clusters.get(span.text) or surnames.get(name_word(span.text)) or span.text
            if name == span.text and len(span) == 1 and ent.start == span.start:
                name = _family_named(span.root, family) or name  # "Chun Doo Hwan … Chun"
            sided = index.actors[side] if side else None
            country = index.country_of(side) if side else None
            key = index.add(_person(name, index.coder, country, sided.code if sided else None))
        elif ent.label_ == "NORP":
            if span.root.pos_ not in {"PROPN", "NOUN"} or span.root.dep_ in {"amod", "compound"}:
                continue  # an unknown demonym modifying a noun is not an actor
            label = _group_name(span)
            key = index.add(Actor(slug(label), label, "Group", code=index.coder.code(label)), True)
        else:
            label = _name(span)
            short = _short_name(doc, index, span)  # "the Council", "the Tigers"
            code = index.coder.code(label) if label and short is None else None
            if not label or (code is None and (_in_title(span) or _opening_modifier(span))):
                continue
            agent = None if code else _named_agent(span, index, gazetteer)
            if agent == "":
                continue  # a bare agent noun the model took for a name ("the Navy")
            agent = short or agent
            if code is None and agent is None:
                code = _composed_code(label.split(), index.coder, _outer_sides(span, index))
            kind = entity_types[ent.label_]
            key = agent or index.add(Actor(slug(label), label, kind, code=code), named=True)
        if not key:
            continue
        index.mark(span, key, sent_of[ent.start])
        if person:
            actor = index.actors[key]
            title = actor.title or title
            affiliation = actor.affiliation or side
            # The dictionaries list some names with their title where the name alone is
            # ambiguous ("President Bush" under both presidents Bush).
            code = actor.code or (title and index.coder.code(f"{title} {actor.label}"))
            if code and _other_country(actor.label, code, affiliation, index):
                code = None  # the text's side decides (see _complete_codes)
            index.actors[key] = replace(
                actor, title=title, affiliation=affiliation, code=code or None
            )
            split = _split_title(span.root, span.start)
            if split is not None:
                index.point(split, key, sent_of[ent.start])  # the office is no actor apart
    _add_untagged_surnames(doc, index, sent_of, surnames, family, entity_types)
    _add_untagged_acronyms(doc, index, sent_of)


def _add_untagged_acronyms(doc: Doc, index: ActorIndex, sent_of: dict[int, int]) -> None:
    """A word the model tagged as no name that spells, in any case, an acronym the
    article tagged as an actor's name elsewhere ("Iran's news agency, IRNA, said …
    IRNA, monitored in Nicosia, quoted …", "Irna made no mention"): an acronym names
    one thing in a story, and the small model tags it once and misses it after."""
    acronyms = {
        ent.text: key
        for ent in doc.ents
        if len(ent) == 1
        and len(ent.text) > 1
        and ent.text.isupper()
        and ent.text.isalpha()
        and (key := index.actor_at(ent.root)) is not None
    }
    for token in words(doc):
        key = acronyms.get(token.text.upper())
        if key is None or token.i not in sent_of or index.actor_at(token) is not None:
            continue
        if token.pos_ in {"PROPN", "NOUN"} and not token.ent_type_:
            index.mark([token], key, sent_of[token.i])


def _other_country(label: str, code: str, side: str | None, index: ActorIndex) -> bool:
    """Whether a person the dictionaries know only by one name (their label of one word,
    or its last word: a namesake may be anyone) has a code of another country than the
    side their own modifiers give them: "Moroccan King Hassan" is no Jordanian, whatever
    the dictionaries list under "Hassan" alone (Jordan's prince); a coder reads the
    person's country from the text. A full name the dictionaries list keeps its code,
    whatever a modifier says of the person's mission ("Afghan peace mediator Diego
    Cordovez" is Ecuador's)."""
    if len(label.split()) > 1 and index.coder.code(label):
        return False
    country = index.country_of(side) if side else None
    named = country_part(code)
    return country is not None and is_country_code(named) and named != country


# How the words of one proper name modify its head ("National" of "National Security
# Council").
NAME_PARTS = frozenset({"compound", "amod"})


def _ends_an_agent(span: Span) -> bool:
    """Whether a name is the end of a longer agent noun of the dictionaries, one proper
    name that the model split in two, its words before the name modifying it: "the
    National Security Council" is the agent NATIONAL_SECURITY_COUNCIL, a state's
    (GOVMIL), not the U.N.'s "Security Council". An agent joined to a name by a
    preposition is the name's ("Members of the Senate", "the Israeli Mission to the
    United Nations")."""
    doc = span.doc
    return any(
        agent.start < span.start
        and agent.end == span.end
        and all(
            t.dep_ in NAME_PARTS and t.text[:1].isupper() for t in doc[agent.start : span.start]
        )
        for agent in doc.spans.get(AGENTS, ())
    )


def _abbreviation(
    span: Span,
    abbreviated: Mapping[str, Span],
    index: ActorIndex,
    sent_of: dict[int, int],
    kind: str,
) -> bool:
    """Whether ``span`` is a short form the article defined (see
    :mod:`kg.extract.abbreviations`) for a name: marked as the name's actor, or, for a
    name the model tagged as no actor, as an actor of that name and of ``kind`` (the
    short form's type), coded as the name is ("NSPA": the National Soybean Processors
    Association)."""
    name = abbreviated.get(span.text)
    if name is None or name.start >= span.start:
        return False
    key = index.actor_at(name.root)
    if key is None and not name.ents:
        label = _name(name)
        key = index.add(Actor(slug(label), label, kind, code=index.coder.code(label)), True)
    if key is not None:
        index.mark(span, key, sent_of[span.start])
    return key is not None


def _add_untagged_surnames(
    doc: Doc,
    index: ActorIndex,
    sent_of: dict[int, int],
    surnames: Mapping[str, str],
    family: Mapping[str, str],
    entity_types: Mapping[str, str],
) -> None:
    """A capitalised word the model tagged as no name of an actor or a place that is the
    surname of a person the article names in full ("Yasuhiro Nakasone arrived …
    Nakasone held talks"): news names a person in full once and by surname after, and
    the small model often misses the bare surname at the start of a sentence, even
    taking it for a common noun, or tags it a name of another kind ("President Ali
    Bongo … Bongo appealed", the second a PRODUCT). A proper
    noun is taken anywhere but before the noun it qualifies ("the Nakasone government"
    is the government); a common noun only as the subject opening its sentence, where
    capitals say nothing ("Price controls were imposed" are no Alan Price's); a family
    name put first likewise (:func:`_family_named`: "Roh Tae-woo … Roh")."""
    for token in words(doc):
        name = surnames.get(name_word(token.text)) or _family_named(token, family)
        if (
            name is None
            or token.ent_type_ in entity_types
            or token.ent_type_ in PLACE_LABELS
            or not token.is_title
            or token.i not in sent_of
            or token.i in index.by_token
            or (token.dep_ == "compound" and token.head.i > token.i)
        ):
            continue
        opening = token.is_sent_start and token.dep_ in {"nsubj", "nsubjpass"}
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and opening):
            index.mark([token], index.add(_person(name, index.coder)), sent_of[token.i])


def _in_title(span: Span) -> bool:
    """Whether a name the model tagged is a word of a title before a name ("Defense" of
    "Defense Minister Rafael Samudio") or of an agent noun the dictionaries list
    ("State" of "Secretary of State"), which names an office, not an organisation (one
    the dictionaries code, "Fatah leader …", is the leader's side)."""
    head = span.root.head
    if span.root.dep_ == "compound" and title_word(head) and head.i >= span.end:
        return True
    agents = span.doc.spans.get(AGENTS, ())
    return any(a.start <= span.start and span.end <= a.end and a != span for a in agents)


def _named_agent(span: Span, index: ActorIndex, gazetteer: Gazetteer) -> str | None:
    """A name that is a side and an agent ("U.S. Navy", "Iraqi Air Force"): the key of
    that side's agent actor (see :func:`_agent`); "" when the name is an agent alone
    ("Navy"), or an armed unit's number or its name with its army's ("the 21st Brigade",
    "the al-Ghadeer Brigade of the Revolutionary Guards": coders code a unit as its
    army, :func:`_a_unit_of_an_army`), left to the agents; None otherwise."""
    words = span.text.split()
    while len(words) > 1 and words[-1].isdigit():
        words.pop()  # a unit's number after its noun ("Brigade 604")
    entries = agent_entries()
    for k in range(len(words)):
        entry = entries.get(" ".join(words[k:]).lower())
        if entry is None:
            continue
        if k == 0:
            return ""
        side = " ".join(words[:k])
        known = gazetteer.lookup(side)
        code = index.coder.entry_code(known) if known else index.coder.code(side)
        if code is None:
            return (
                ""
                if entry.role == ARMED_UNIT_ROLE and _a_unit_of_an_army(span, words[:k])
                else None
            )
        named = _actor(known, index.coder) if known else Actor(slug(side), side, "Group", code=code)
        owner = index.add(named, named=True)
        agent = _agent(index.actors[owner], role_label(entry), owner, index.coder)
        return owner if agent is None else index.add(agent)
    return None


def _a_unit_of_an_army(span: Span, name: list[str]) -> bool:
    """Whether the words before an agent of force name a unit of an army, not a group of
    its own: a number ("the 21st Brigade") or a name with the army its "of" phrase
    names ("the al-Ghadeer Brigade of the Revolutionary Guards"); "the Red Brigade" is a
    group, as "the Qassam Brigades" are."""
    numbered = all(w[:1].isdigit() for w in name)
    owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children)
    return numbered or owned


def _outer_sides(span: Span, index: ActorIndex) -> set[str]:
    """The country codes of the actors that modify a name from before it, in its noun
    phrase: "Japan's" of "Japan's Ministry of International Trade and Industry"."""
    modifiers = children(span.root, "poss", "amod", "compound")
    owners = (index.actor_at(c) for c in modifiers if c.i < span.start)
    codes = {index.actors[k].code for k in owners if k is not None}
    return {c for c in codes if c is not None and is_country_code(c)}


def _composed_code(words: list[str], coder: Coder, outer: Set[str] = frozenset()) -> str | None:
    """The code of a name the dictionaries do not list, from the one country and the
    agent noun among its words or the country that modifies it (``outer``), as PETRARCH
    codes a noun phrase by the actor and the agent it holds: "Venezuelan Workers
    Confederation" is VEN + ~LAB, "Japan's Ministry of International Trade" JPN + ~GOV.
    Countries are read longest name first ("Papua New Guinea" is no Guinea); of the
    agent phrases, the longest, and of those the last, where English puts a phrase's
    head ("Thai Farmers Bank" is a bank). None where the words name two countries or
    no agent, where the agent is of a kind of its own (MNC: a country's creditors are
    its counterpart), or where the code names one actor of its own (ISRMIL, the IDF's):
    the name stays the actor's identity, its code one its country's groups of the role
    share (see :meth:`~kg.extract.coding.Coder.identify`)."""
    sides = set(outer) | {c for c in longest_names(words, coder.code) if is_country_code(c)}
    agents = _agent_phrases(words)
    if len(sides) != 1 or not agents:
        return None
    role = role_label(max(agents, key=lambda f: (f[0], f[1]))[2])
    code = coder.compose(next(iter(sides)), role)
    return None if takes_no_side(role) or coder.names_one(code) else code


def _surnames(names: Iterable[str]) -> dict[str, str]:
    """The article's full person names by their last word (:func:`name_word`), where
    only one has it: a name the model tagged otherwise ("Hagari said", an ORG) that is
    such a surname is that person."""
    full = {n for n in names if len(n.split()) > 1}
    last = [name_word(n.split()[-1]) for n in full]
    return {key: n for n in full if last.count(key := name_word(n.split()[-1])) == 1}


def _person(name: str, coder: Coder, country: str | None = None, side: str | None = None) -> Actor:
    """A person by the name the article gives them at most: with the dictionaries' code
    for that name on the article's date (or the office another entry gives an elite of
    that name then, :meth:`~kg.extract.coding.Coder.in_office`), else for its last
    word where the dictionaries list that word alone as a name of a person (TABARI codes
    the longest listed name within a name: "Ali Khamenei" is +KHAMENEI's, IRNGOV in
    1987), or, named by a surname alone, as the one office holder of that surname on
    that date ("Reagan" in 1987 is Ronald Reagan, USAGOV), unless the text gives them
    another ``country`` ("Britain's Prince Charles" is not Dominica's prime minister
    Eugenia Charles); the dictionaries' elite of another country than the ``side``
    (code) the text gives them is that side's (:func:`_elite_of_another`)."""
    label = _clean_name(name)
    words = label.split()
    code = coder.code(label)
    code = coder.in_office(label, code) if code else None
    code = code or (coder.person_code(words[-1]) if len(words) > 1 else None)
    if code is not None and side is not None and _elite_of_another(code, country_part(side)):
        code = None  # "U.N. Secretary-General Antonio Guterres": the UN's, not Portugal's
    held = coder.office_holder(label) if code is None and len(words) == 1 else None
    if held is not None and country is not None and country_part(held[1]) != country:
        held = None
    if held is not None:
        label, code = held
    return Actor(slug(label), label, "Person", code=code)


ELITE = "ELI"  # the role code of an elite: a public figure holding no office


def _elite_of_another(code: str, side: str) -> bool:
    """Whether a person's dictionary code on the day is only an elite's (ELI: a former
    office holder, a public figure) of a country, where the text gives them an
    international organisation's office ("U.N. Secretary-General Antonio Guterres"):
    the text's office is the news, the dictionaries' entry older than it. A country's
    adjective may name a mission, not a master ("Lebanese peace mediator Javier Perez
    de Cuellar"), and leaves the dictionaries' code standing."""
    country = country_part(code)
    return (
        side.startswith(IGO_KIND)
        and country != side
        and role_codes(code[len(country) :]) == (ELITE,)
    )


def _add_appositions(
    doc: Doc, index: ActorIndex, sent_of: dict[int, int], gazetteer: Gazetteer
) -> None:
    """'the Israeli ambassador to the U.S., Michael Herzog': the role noun is Herzog too."""
    for token in words(doc):
        if token.dep_ != "appos" or token.i not in sent_of:
            continue
        head = token.head
        outer = _phrase_head(head)
        pairs = [(outer or head, token), (token, head)]
        for role, named in pairs:
            key = index.actor_at(named)
            if key is None or index.actor_at(role) is not None:
                continue
            if role.pos_ != "NOUN" and not (role.pos_ == "PROPN" and title_word(role)):
                continue  # an office, also capitalised: "Assistant Secretary of the Treasury"
            if index.actors[key].type != "Person":
                continue
            if role.is_ancestor(named) and _subject_left_over(named):
                continue
            skip = {t.i for t in subtree(named)} if role.is_ancestor(named) else set()
            # the body an office is of is its holder's side ("the speaker of the Iranian
            # parliament"); "a critic of Chile" is no office, and not Chile's
            bodies = [head] if outer is not None and role.i == outer.i else _bodies(role)
            modifiers = [*children(role, "amod", "compound", "poss"), *bodies]
            affiliation = next(
                (index.by_token[c.i] for c in modifiers if c.i in index.by_token), None
            )
            if affiliation is None and bodies:  # of a body no actor yet: "the Chilean navy"
                affiliation = _modifier_actor(role, index, gazetteer)
            known = index.actors[key]
            index.actors[key] = replace(
                known,
                title=_role_phrase(role, index, skip),  # an apposition says more than a title
                affiliation=affiliation or known.affiliation,
            )
            index.point(role, key, sent_of[role.i])
            break


def _code_by_apposition(index: ActorIndex, doc: Doc) -> None:
    """A named organisation the dictionaries do not code takes the code and side of the
    agent noun in apposition to it: "Iran's national news agency, IRNA" is Iran's media
    (IRNMED), as "the Iranian news agency" is; a person's apposition is their office
    (:func:`_add_appositions`)."""
    for token in words(doc):
        if token.dep_ != "appos":
            continue
        for named, agent in ((token, token.head), (token.head, token)):
            key, described = index.actor_at(named), index.actor_at(agent)
            if key is None or described is None or key == described or agent.pos_ != "NOUN":
                continue
            actor, by = index.actors[key], index.actors[described]
            if actor.type != "Person" and not actor.code and by.code and by.code != by.role:
                index.actors[key] = replace(actor, code=by.code, affiliation=by.affiliation)


def _bodies(role: Token) -> list[Token]:
    """The body of an office named with its "of" phrase, where the name is in apposition
    to the office itself: "the director general of the Israeli Foreign Ministry, Abraham
    Tamir". An office is a title word or an agent noun of the dictionaries; "a critic of
    Chile" is neither."""
    agent = any(span.root.i == role.i for span in role.doc.spans.get(AGENTS, ()))
    if not (agent or title_word(role)):
        return []
    return [
        p
        for t in (role, *children(role, "amod", "compound"))
        for c in children(t, "prep")
        if c.lower_ == "of"
        for p in children(c, "pobj")
    ]


def _phrase_head(noun: Token) -> Token | None:
    """The office a name in apposition to ``noun`` renames, where the parser hangs the
    name on the object of its "of" phrase: "the speaker of the parliament, Rafsanjani,"
    (a person is the speaker, not the parliament). Only an office (a title word) of a
    body that is no office itself: in "the visit of the foreign minister, Luis Soto,"
    the name is the minister's."""
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if outer is None or outer.pos_ != "NOUN" or not title_word(outer) or title_word(noun):
        return None
    return outer


def _subject_left_over(named: Token) -> bool:
    """Whether a person's name taken for an apposition is the subject of the finite verb
    after its phrase, which has none: in "… endanger the bonanza, Franciso Chona, manager
    of Ecopetrol, said" the parser hangs the speaker on the last noun before him."""
    doc = named.doc
    after = max(t.i for t in subtree(named)) + 1
    verb = next((t for t in doc[after:] if not t.is_punct), None)
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in FINITE_TAGS:
        return False
    return not children(verb, *SUBJECT_DEPS, "nsubjpass")


def _modifier_actor(
    token: Token, index: ActorIndex, gazetteer: Gazetteer, depth: int = 0
) -> str | None:
    """The state or organisation a noun's modifier names ("Israeli", "Hamas", "Iraq's",
    "forces in Guinea", "students throughout Indonesia", "workers across France",
    "government of Sindh", "a tanker owned by Iran", "militants linked to al-Qaeda"), or
    the side of
    the noun its "for", "of" or "in" phrase names ("a spokesman for the Iraqi ministry":
    Iraq) or the agent noun that modifies it ("a U.S. embassy spokesman", "Iranian army
    commanders": the parser hangs the side on the embassy, the army; not "a Soviet bloc
    diplomat", whose bloc is no agent of the Soviets), or, for a subject,
    its "from" phrase (:func:`_origin_preps`)."""
    group = _counting_group(token)
    preps = {"of", "in", "throughout", "across", "for"} | _origin_preps(group or token)
    placed = [] if group is None else [(group, preps - {"of", "for"})]
    phrased = (
        [
            p
            for noun, nouns_preps in [(token, preps), *placed]
            for c in children(noun, "prep")
            if c.lower_ in nouns_preps
            for p in children(c, "pobj")
        ]
        + owned_by(token)
        + affiliated_with(token)
    )
    modifiers = children(token, "amod", "compound", "poss", "nmod")
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head._.place_word:
        # the side of "Palestinian refugee camps", "Iraqi army positions", which the parser
        # hangs on the place
        modifiers += [
            c for c in children(token.head, "amod", "compound", "poss", "nmod") if c.i < token.i
        ]
    # Its own side before the one of its flag, owner or leader: "a U.S.-flagged Kuwaiti
    # tanker" is a Kuwaiti tanker flying the U.S. flag.
    modifiers.sort(key=lambda c: c.lower_.rpartition("-")[2] in SIDE_WORDS)
    for child in [*modifiers, *phrased]:
        key = _side_named(child, index, gazetteer)
        if key and index.actors[key].type == "Person":
            key = _persons_side(index.actors[key], index)
        if key is None and (child in phrased or _agent_noun(child)) and depth == 0:
            key = _modifier_actor(child, index, gazetteer, depth + 1)
        if key:
            return key
    return None


def _origin_preps(noun: Token) -> set[str]:
    """The preposition of a noun's phrase that names its side by where it comes from,
    for a subject, or a partner its "with" phrase names, only: "representatives from
    Nigeria met", "met with leaders from Egypt" are Nigeria's, Egypt's; troops
    withdrawn or sent "from Peru" are not Peru's, nor is whom a traveller goes with
    ("returned to Cairo with officials from Egypt": :data:`JOURNEY_VERBS`)."""
    prep = noun.head
    partner = (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lemma_.lower() not in JOURNEY_VERBS
    )
    return {"from"} if noun.dep_ == "nsubj" or partner else set()


def _counting_group(token: Token) -> Token | None:
    """The noun of a group or number whose "of" phrase a noun is ("a group of army
    officers in Mali", "dozens of soldiers from Chad"), where the parser hangs the
    phrase placing the members on the group: its "in" or "from" phrase says where the
    members are from, as it would on the members themselves."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    group = of.head
    return group if group.lemma_.lower() in QUANTITY_NOUNS else None


def _agent_noun(token: Token) -> bool:
    """Whether a word modifying a noun is an agent word of the dictionaries ("embassy",
    "army"; "dissident", which the parser may take for an adjective: "a FARC dissident
    commander")."""
    entries = agent_entries()
    return token.dep_ in {"compound", "amod"} and (
        token.lower_ in entries or token.lemma_.lower() in entries
    )


def _side_named(token: Token, index: ActorIndex, gazetteer: Gazetteer) -> str | None:
    """The actor a modifier names: a demonym's country, an actor's name, a coded word;
    for "Saudi-led forces" or "the U.S.-led coalition", the leader, whose forces they
    are (unlike "Russian-backed separatists", who are not Russia's); for "a U.S.-flagged
    tanker" or "a Kuwaiti-owned ship", the flag's or the owner's (:data:`SIDE_WORDS`);
    for "rebel-held areas", the holder of the place (:data:`HOLDING_WORDS`)."""
    entity = entity_of(token)
    if entity is not None and entity.start in index.places:
        return None  # "a tanker in Kuwaiti waters" is no Kuwaiti tanker
    before, _, word = token.text.rpartition("-")
    if word.lower() in HOLDING_WORDS and not ties_to_side(token, index):
        return None  # "Hamas-held hostages"
    if word.lower() in SIDE_WORDS:
        leader = before  # "" where the parser split "Saudi - led"
        if not leader:
            named = (_side_named(c, index, gazetteer) for c in children(token, *LEADER_DEPS))
            return next(filter(None, named), None)
        entry = gazetteer.demonym(leader) or gazetteer.lookup(leader)
        return index.add(_actor(entry, index.coder)) if entry else None
    # a demonym of several words, read at its last ("East German troops" are East
    # Germany's, not Germany's), then the word alone
    names = [entity.text] if entity is not None and _ends_a_demonym_of_words(token, entity) else []
    entry = next(filter(None, (gazetteer.demonym(n) for n in [*names, token.text])), None)
    key = index.add(_actor(entry, index.coder)) if entry else index.actor_at(token)
    return key or _coded_modifier(token, index) or _demonym_of_words(token, index)


def ties_to_side(modifier: Token, index: ActorIndex) -> bool:
    """Whether a modifier's word after its hyphen (or alone, where the tokenizer split
    it) ties what it modifies to the side named before it (:data:`SIDE_WORDS`); a
    holding word only a place (:data:`HOLDING_WORDS`): a common noun of a place or a
    name the text names a place by."""
    word = modifier.text.rpartition("-")[2].lower()
    head = modifier.head
    entity = entity_of(head)
    place = head._.place_word or (entity is not None and entity.start in index.places)
    return word in SIDE_WORDS and (word not in HOLDING_WORDS or place)


def _ends_a_demonym_of_words(token: Token, entity: Span) -> bool:
    """Whether ``token`` is the last word of ``entity``, a demonym of two or more words
    that the model tagged whole (NORP: "Saudi Arabian", "East German")."""
    return entity.label_ == "NORP" and len(entity) > 1 and token.i == entity.end - 1


def _demonym_of_words(token: Token, index: ActorIndex) -> str | None:
    """The side a demonym of several words names, which the model tagged whole and the
    dictionaries code, read at its last word ("Saudi Arabian", parsed as "Saudi"
    modifying "Arabian": "the Saudi Arabian supertanker")."""
    entity = entity_of(token)
    if entity is None or not _ends_a_demonym_of_words(token, entity):
        return None
    return _coded_modifier(token, index, entity.text)


# Words that tie a place to the side named before their hyphen, its holder
# ("rebel-held areas", "Russian-occupied Kherson"); "Hamas-held hostages" are not Hamas.
HOLDING_WORDS = frozenset({"held", "occupied"})
# Words that tie what they modify to the side named before their hyphen: its leader's,
# its flag's, its owner's, ruler's or holder's ("Saudi-led", "U.S.-flagged",
# "Kuwaiti-owned", "Hamas-run", "Houthi-controlled", :data:`HOLDING_WORDS`).
SIDE_WORDS = frozenset(
    {
        "led",
        "flagged",
        "reflagged",
        "flag",
        "registered",
        "owned",
        "run",
        "controlled",
        "held",
        "occupied",
    }
)
# How the parser hangs the leader on "led" in "Saudi-led".
LEADER_DEPS = ("npadvmod", "compound", "nmod", "amod", "nsubj")
LEADING = frozenset(["head", "lead", "chair", "command"])  # participles naming a leader


def _persons_side(person: Actor, index: ActorIndex) -> str | None:
    """The side a person stands for when they own or name an agent ("President Kagame's
    government", "the Reagan administration"): the country of their code where the code
    is a country's and roles (RWAGOV); else the side the text gave them ("the Chilean
    minister's aides"). A person whose code names a group stays no side: their agents
    could be the group's or the country's."""
    code = person.code
    if code is None:
        return person.affiliation
    country = index.coder.country_actor(code)
    if country is None or code != (country.code or "") + (index.coder.roles_of(code) or ""):
        return None
    return index.add(country)


def _coded_modifier(token: Token, index: ActorIndex, text: str | None = None) -> str | None:
    """A capitalised modifier the dictionaries code ("Palestinian", "Fijian", "Taliban"),
    as the actor of its code; ``text``, the words it ends, where they name the side."""
    if token.dep_ not in {"amod", "compound", "nmod"}:
        return None
    if not token.text[:1].isupper():
        return _members_group(token, index)  # "contra rebels", as news writes "the contras"
    name = text or token.text
    code = index.coder.code(name)
    if code is None:
        return _members_group(token, index)
    return index.add(Actor(slug(name), name, "Group", code=code))


def _members_group(modifier: Token, index: ActorIndex) -> str | None:
    """The armed group a name modifying an armed agent noun names by its member, in the
    singular, where the dictionaries list it in the plural only (:meth:`Coder.member_name`:
    "Contra rebels", "Sandinista guerrillas"): the name is all the proper nouns modifying
    the agent up to ``modifier`` ("Tamil Tiger rebels" are the TAMIL_TIGERS_, LKAREB),
    never a shorter tail of them ("Tripoli Revolutionary Brigade fighters" are no Greek
    REVOLUTIONARY_BRIGADES_); not a place's name ("Hama fighters" are the city's, not
    HAMAS), nor a name ending in an agent noun, a unit ("Hawk Brigade rebels" are one
    brigade, not Iraq's HAWK_BRIGADES_), nor a group the dictionaries code as no armed
    group's ("Bajun militiamen" are no BAJUNS_, Barbadians)."""
    if not _names_a_member(modifier):
        return None
    doc, start = modifier.doc, modifier.i
    within = {modifier.head.i, modifier.i}
    while start > 0 and doc[start - 1].head.i in within and _proper(doc[start - 1]):
        start -= 1
        within.add(start)
    name = doc[start : modifier.i + 1].text
    if _agent_noun(modifier) or load_places().lookup(name) is not None:
        return None
    member = index.coder.member_name(name)
    if member is None or not _armed_group_role(member[1][len(country_part(member[1])) :]):
        return None
    label, code = member
    return index.add(Actor(slug(label), label, "Group", code=code), True)


def _proper(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper()


def _names_a_member(modifier: Token) -> bool:
    """Whether a word modifies an agent noun of the dictionaries whose role is an armed
    group's ("rebels", "guerrillas", "gunmen"), a member of the group it names; not a
    state's body or men ("the Sandinista government", "Sandinista troops": Nicaragua's
    in the 1980s, whatever the undated dictionary codes the Sandinistas), nor a thing
    ("a Tiger Balm factory")."""
    head = modifier.head
    entries = agent_entries()
    entry = entries.get(head.lower_) or entries.get(head.lemma_.lower())
    if modifier.dep_ not in {"compound", "amod"} or head.pos_ != "NOUN" or entry is None:
        return False
    return _armed_group_role(entry.role)


def _agent_heads(
    doc: Doc, index: ActorIndex, sent_of: dict[int, int], acts: Set[str], speaking: Set[str]
) -> Iterator[Span]:
    """The agent spans (:mod:`kg.extract.agents`) that name an actor: a noun, or a
    proper noun that is not already an actor's name ("the Navy"), and not a modifier
    ("hostage crisis" names a crisis), except a noun modifying a noun that names an
    act, whose doer it is ("rebel raids", "guerrilla attacks", "army shelling"; but not
    the adjective of "a military offensive"), or the one modifier of a noun of a group,
    who the group is (:func:`_names_the_group`), or a noun or adjective modifying a
    place its side holds (:func:`_holds`: "a militant hideout"): ``acts`` are the lemmas
    of the ontology's event nouns, ``speaking`` those of verbs of saying. Not a word of
    a place's name ("a bomb exploded at Makerere University": the university is where,
    see :mod:`kg.extract.places`)."""
    for span in doc.spans.get(AGENTS, []):
        head = span.root
        if head.i in index.by_token or head.i not in sent_of:
            continue
        if head.i in index.place_words or _short_name(doc, index, span) is not None:
            continue
        # "a police station", "rebel positions", and the parser's adjective of "a rebel
        # hideout", "a militant camp"
        holds = head.dep_ in {"compound", "amod"} and _holds(head, speaking)
        if not holds and (head.pos_ not in {"NOUN", "PROPN"} or head.dep_ == "amod"):
            continue  # an adjective classifies ("a military offensive"), it does not act
        if (
            head.dep_ != "compound"
            or holds
            or (head.head.lemma_.lower() in acts and not _merchant_ship(span))
            or _names_the_group(head)  # "a U.S. Senate team", "a police unit"
            or vessel_named(head.head) == head  # "the tanker Sea Isle City"
        ):
            yield span


# How a noun hangs on a verb of saying as one who speaks, is told or is quoted.
VOICE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _holds(agent: Token, speaking: Set[str]) -> bool:
    """Whether an agent noun modifies a common noun of a place its side holds ("a police
    station", "rebel positions", "an army base"), and so names who the place stands for
    where it is acted on ("rebels attacked a police station" is aimed at the police), as
    Phoenix's own agents REBEL_BASE, POLICE_POST and FIGHTING_POSITION are the side's. A
    place noun that speaks, is told or is quoted is people: "police sources said",
    "quoting security sources", "according to industry sources"."""
    place = agent.head
    if place.pos_ != "NOUN" or not place._.place_word:
        return False
    voice = place.dep_ in VOICE_DEPS and place.head.lemma_.lower() in speaking
    cited = (
        place.dep_ == "pobj" and place.head.lower_ == "to" and place.head.head.lower_ == "according"
    )
    return not (voice or cited)


def _names_the_group(agent: Token) -> bool:
    """Whether an agent noun is the one modifier of a noun of a group ("a U.S. Senate
    team", "a police unit", :data:`QUANTITY_NOUNS`), and so names who the group is; not
    beside another modifier, whose side the group has ("an Iranian infantry
    brigade")."""
    group = agent.head
    return group.lemma_.lower() in QUANTITY_NOUNS and not any(
        c.dep_ in NAME_PARTS | {"poss", "nmod"} and c != agent for c in group.children
    )


def _merchant_ship(span: Span) -> bool:
    """Whether an agent is a merchant ship (a kind of ship of business role, "tanker"):
    on an act noun it names what the act was aimed at ("the tanker attack"), not its
    doer, as "rebel raids" and "gunboat attacks" name theirs."""
    return span.root.lemma_.lower() in VESSELS and BUSINESS_ROLE in span.label_


def _agent(side: Actor, role: str, owner: str, coder: Coder) -> Actor | None:
    """The actor an agent of ``role`` on ``side`` is: the side's code plus the role
    (ISR + MIL), labelled by the code ("Israeli military"); None when the side has no
    code, or when the side is itself the agent ("Hamas gunmen" are Hamas). A state's
    unarmed institution commands its state's forces: "Russia's defence ministry said
    its forces captured the village" is the Russian military's act (RUS + MIL), not the
    ministry's (RUSGOV); an armed one's fighters are itself ("SDF fighters")."""
    if not side.code:
        return None
    country, roles = split_code(side.code)
    unarmed_institution = (
        bool(roles)
        and is_country_code(country)
        and all(map(is_state_role, roles))
        and not set(roles) & ARMED_ROLES
    )
    forces = bool(set(role_codes(role.strip("~"))) & ARMED_ROLES)
    code = coder.compose(country if unarmed_institution and forces else side.code, role)
    label = coder.label(code)
    if code == side.code or label is None:
        return None
    return Actor(slug(label), label, coder.kind(code, "Group"), affiliation=owner, code=code)


def _bare_agent(span: Span, coder: Coder, place_words: Set[int]) -> Actor:
    """An agent whose side the article never gives keeps its role code alone
    ("gunmen", "the militants": UAF), one actor per role code, labelled with the words
    of all its roles ("defence ministers", GOVMIL: "government military", apart from
    the government), or, for a kind of actor of its own (MNC), its own words
    ("creditors"); named by modifiers that are no side ("Kurdish protesters"), it is a
    group of its own with the same code."""
    code = span.label_.strip("~")
    known = coder.roles.get(code[:3])
    kind = known.type if known else "Group"
    named = _naming_modifiers(span, place_words)
    roles = [coder.roles.get(role) for role in role_codes(code)]
    words = " ".join(r.name for r in roles if r is not None) or _plural(span)
    unknown = _unknown_side_words(span)
    if unknown:  # "unidentified gunmen": a group of its own, whose side no one gives it
        rest = [w for w in _plural(span).split() if w not in UNKNOWN_SIDE]
        name = " ".join([*unknown, *(w for w in named if w.lower() not in UNKNOWN_SIDE), *rest])
        return Actor(slug(name), name, kind, code=code, role=code)
    name = " ".join([*named, _plural(span)]) if named else words
    return Actor(slug(name), name, kind, code=code, role=code)


def _in_story(agent: Actor, story: int, told: Mapping[str, set[int]]) -> Actor:
    """A bare agent of a digest's story, an actor apart from the same words in an
    earlier story (``told``: the stories each bare agent's key is told in; "rebels"
    shelled near Jaffna, "rebels" ambushed a patrol near Manila): each story is an
    article of its own, whose home gives its agents their side (:func:`_story_homes`).
    The first story to tell it, and any article that is no digest, keep the role's key."""
    first = min(told.get(agent.key, {story}))
    return agent if story == first else replace(agent, key=f"{agent.key}_{story}")


# Modifiers by which news says it does not know whose an agent is: "unidentified
# gunmen", "unknown assailants", "Unidentified jets attacked three Iranian platforms".
UNKNOWN_SIDE = frozenset({"unidentified", "unknown"})


def _unknown_side_words(span: Span) -> list[str]:
    """The words by which the text says it does not know whose an agent is
    (:data:`UNKNOWN_SIDE`, as the agent's own word, "Unidentified gunmen" in Phoenix's
    agents, or as a modifier), in lower case: no side the article gives the agent's
    role, nor the story's country, is its side."""
    words = [*(t for t in lefts(span.root) if t.i < span.start and t.dep_ == "amod"), *span]
    return [t.lower_ for t in words if t.lower_ in UNKNOWN_SIDE]


def _naming_modifiers(span: Span, place_words: Set[int]) -> list[str]:
    """The words that name a group before its agent words: compounds and proper
    adjectives ("Kurdish", "university"), not quantifiers ("more", "remaining", and
    "Many" opening a sentence, capitalised as any first word is), nor
    the agent's own words ("Government troops" is one agent), nor the words of a
    place's name that name no actor (``place_words``: "FREETOWN - Rebels attacked",
    where the dateline's town is where the story was filed), nor another agent
    coordinated in a modifier the parser hung on it ("the government and communist
    rebels", read as "[government and communist] rebels"), nor the agent's own words
    again."""
    others = {a.root.i for a in span.doc.spans.get(AGENTS, []) if a.root.i != span.root.i}
    parts = [
        t
        for t in lefts(span.root)
        if t.i < span.start
        and t.i not in place_words
        and not (t.i in others and children(t, "conj"))  # "the government and … rebels"
        and (
            t.dep_ in {"compound", "nmod"}
            or (
                t.dep_ == "amod"
                and t.text[:1].isupper()
                and (t.i > 0 or t.ent_type_ == "NORP")
                and not (t.is_sent_start and t.is_stop)  # "Many black policemen"
            )
        )
        and not any(w.like_num for w in subtree(t))  # "the 1.6-mln strong army": no name
    ]
    return [
        w.text if w.pos_ == "PROPN" or w.ent_type_ == "NORP" else w.lower_
        for p in parts
        for w in subtree(p)
        if not w.is_punct
        and not w.is_space
        and w.i not in place_words
        and not span.start <= w.i < span.end
    ]


def _plural(span: Span) -> str:
    """An agent's words in the plural ("protester" → "protesters"), as the dictionary
    gives it, so that one group is one actor whatever the text's number."""
    words = tuple(span.text.upper().split())
    entry = agent_entries().get(span.text.lower())
    plural = next((p for s, p in entry.pairs if s == words), words) if entry else words
    return " ".join(plural).lower()


def _add_agents(
    doc: Doc,
    index: ActorIndex,
    sent_of: dict[int, int],
    gazetteer: Gazetteer,
    acts: Set[str],
    vocab: Vocabulary,
    possessed: bool = False,
) -> None:
    """Agents with a side ("Israeli troops", "U.S. officials") are that side's actor of
    the role: ISR + MIL, affiliated with Israel, never folded into the state; a side
    that already names a group is the agent ("Hamas gunmen" → Hamas), and the officials
    of an organisation without a code speak for it. A bare agent ("the troops") takes
    the side of the agent of the same role that reports its clause ("three soldiers were
    wounded, the Israeli military said": a force reports its own losses), else that the
    article gave an agent of the same role, the nearest before it, else the first in a
    later sentence (later in its own, it is more likely the other side: "troops killed
    200 Libyan soldiers"), as a coder would; armed men of a group, whatever their role
    word, take an armed group named so by its name or by its men ("Islamic
    State-linked insurgents … the militants", "the Baloch Liberation Army … the
    militants": :func:`_armed_groups_named`); else it keeps its
    role-only code (a digest's stories are articles of their own here:
    :mod:`kg.extract.items`); a bare agent noun repeating the head of an agent of a kind of its
    own (MNC, on no country's side) named with more words is that agent, the nearest
    before it, else the first in a later sentence ("Brazil's commercial banks … signed
    with banks", "banks' complaints … Brazil's creditor banks": the creditor banks, not
    business at large). A firm's agents are the firm ("a Boeing spokesman": its code,
    shared by many firms, labels no agent of it) and give no side to a bare agent of a
    state's institutions ("… the government's team": not Boeing's; "Boeing workers …
    the workers" are Boeing's).

    An envoy or a mission ("Iranian Charge d'Affaires Mohammad Baqeri", "the Iranian
    embassy") is abroad, so its side passes only to a bare envoy or mission ("the
    embassy"): "the Foreign Ministry said" in the story that names it is the host's.

    A bare agent coordinated after a sided one shares its side ("Soviet officials and
    the state media", "Israeli troops and police": :func:`_conjunct_side`).

    Agents owned by a pronoun ("Iraq said its warplanes …") wait for the pronoun's
    antecedent: they are added by a second call, ``possessed``, after pronouns."""
    sided: list[tuple[int, str, str]] = []  # (position, role, actor key)
    envoys: set[int] = set()  # the positions of sided agents who are envoys or missions
    owners: dict[int, str] = {}  # a sided agent's position → its side's key
    story = stories(doc, sent_of)  # a digest's stories give no side to each other's agents
    bare: list[Span] = []
    for span in _agent_heads(doc, index, sent_of, acts, vocab.speaking):
        sideless = takes_no_side(span.label_)  # "its creditor banks" are nobody's: no wait
        owned = any(c.pos_ == "PRON" for c in children(span.root, "poss")) and not sideless
        if possessed != owned:
            continue
        owner = None if sideless else _modifier_actor(span.root, index, gazetteer)
        if owner is None:
            bare.append(span)
            continue
        agent = _agent(index.actors[owner], span.label_, owner, index.coder)
        key = owner if agent is None else index.add(agent)
        others = [
            other
            if (found := _agent(index.actors[other], span.label_, other, index.coder)) is None
            else index.add(found)
            for other in _coordinated_sides(span.root, owner, index, gazetteer)
        ]
        if others:  # "U.S. and Soviet negotiators": the agents of both sides
            index.pairs[span.root.i] = (key, *others)
        firm = (index.actors[owner].code or "").startswith("MNC")
        # A body without a code is no side a bare agent can take ("Admiral Eugene Carroll
        # of the Center for Defense Information … the Navy" is no think tank's navy), nor
        # a region, whose agents are onlookers ("Western diplomats said … government
        # ministers told reporters" are the story's own ministers).
        code = index.actors[owner].code
        if (
            code
            and not is_region_code(code)
            and not (firm and is_state_role(span.label_.strip("~")[:3]))
        ):
            sided.append((span.root.i, span.label_, key))
            if _envoy(span):
                envoys.add(span.root.i)
        owners[span.root.i] = owner
        index.point(span.root, key, sent_of[span.root.i])
    # agents of a kind of their own named with more words ("creditor banks"), by head
    kinds = [
        (
            span.root.i,
            span.root.lemma_.lower(),
            index.add(_bare_agent(span, index.coder, index.place_words)),
        )
        for span in bare
        if len(span) > 1 and takes_no_side(span.label_)
    ]
    groups = _armed_groups_named(doc, index)
    unsided = {span.root.i: _bare_agent(span, index.coder, index.place_words) for span in bare}
    told: dict[str, set[int]] = {}
    for span in bare:
        told.setdefault(unsided[span.root.i].key, set()).add(story(sent_of[span.root.i]))
    for span in bare:
        owner = _conjunct_side(span.root, owners)
        if owner is not None and not takes_no_side(span.label_):
            agent = _agent(index.actors[owner], span.label_, owner, index.coder)
            if agent is not None:  # "Soviet officials and the state media": Soviet media
                index.point(span.root, index.add(agent), sent_of[span.root.i])
                continue
        here = sent_of[span.root.i]
        head = span.root.lemma_.lower()
        if head in PARTY_NOUNS:
            continue  # "urged all sides to cease fire": whose sides, the text does not say
        if _unknown_side_words(span):
            unknown = index.add(_bare_agent(span, index.coder, index.place_words))
            index.point(span.root, unknown, here)
            continue
        # men of an armed group described by no words of their own: "M23 rebels" are a
        # group, "Turkish-backed factions" not whichever group the story named last
        described = any(c.dep_ in DESCRIBING_DEPS for c in lefts(span.root))
        armed = _armed_group_role(span.label_) and not described
        same = [
            (i, key)
            for i, role, key in sided
            if (
                role == span.label_
                or (armed and _armed_group_role(role) and _an_armed_group(index.actors[key]))
            )
            and (i not in envoys or _envoy(span))
            and not _acted_on_by(span.root, doc[i])
        ]
        if armed:  # "the Baloch Liberation Army … the militants"; not its victims
            same += [(i, key) for i, key in groups if not _acted_on_by(span.root, doc[i])]
        if len(span) == 1:  # "banks' complaints … creditor banks", "the banks" after them
            same += [(i, key) for i, lemma, key in kinds if lemma == head]
        same = [(i, key) for i, key in same if story(sent_of[i]) == story(here)]
        before = [key for i, key in sorted(same) if i < span.root.i]
        after = [key for i, key in sorted(same) if i > span.root.i and sent_of[i] != here]
        side = _reporting(span, index, vocab)
        side = side or (before[-1] if before else after[0] if after else None)
        named = next((key for i, _, key in kinds if i == span.root.i), None)  # added above
        side = side or named or index.add(_in_story(unsided[span.root.i], story(here), told))
        index.point(span.root, side, sent_of[span.root.i])
    if possessed:
        _side_from_owned(doc, index, sent_of, sided)


def _acted_on_by(agent: Token, doer: Token) -> bool:
    """Whether an agent is the object of an act of material conflict (QuadClass 4, CAMEO
    roots 14 to 20, as the verb dictionary codes the clause) whose subject is ``doer``
    or the men its name modifies ("Chilean troops killed a commander", "Chilean police
    fired on the soldiers", "Hezbollah guerrillas killed two militiamen"), or whose
    "of" phrase names its owner ("killed the chief of the militia": the militia's own
    chief, on the other side too, unless the doers are named so too: "the rebels killed
    the chief of the rebels"): force used on one of its role is mostly used on the
    other side, so the bare agent takes no side from it; an order, a sending or a
    command ("the army chief ordered the troops to attack") is given to one's own."""
    word = agent.lemma_.lower()
    while agent.dep_ == "pobj" and agent.head.lower_ == "of" and agent.head.head.pos_ in NOUNS:
        agent = agent.head.head
    if agent.dep_ in {"dobj", "dative"}:
        verb = agent.head
    elif agent.dep_ == "pobj" and agent.head.dep_ == "prep":
        verb = agent.head.head
    else:
        return False
    doers = subjects(verb)[0]
    if verb.pos_ not in {"VERB", "AUX"} or not any(_names(s, doer) for s in doers):
        return False
    if agent.lemma_.lower() != word and any(s.lemma_.lower() == word for s in doers):
        return False  # "the rebels killed the chief of the rebels": their own
    coded = lexicon_code(verb)
    event = coded[0].event if coded is not None else None
    return event is not None and event[:2].isdigit() and int(event[:2]) >= MATERIAL_CONFLICT


def _names(subject: Token, doer: Token) -> bool:
    """Whether a subject is the doer or a noun the doer's name modifies ("Hezbollah
    guerrillas": the group's men)."""
    return subject.i == doer.i or (doer.head.i == subject.i and doer.dep_ in DESCRIBING_DEPS)


def _armed_group_role(label: str) -> bool:
    """Whether an agent's roles make it men of an armed group (UAF "militants", REB
    "insurgents", "separatists"), not a state's forces: the names by which news tells
    again of one group ("Islamic State-linked insurgents raided … clashed with the
    militants")."""
    roles = load_roles()
    return any(
        (role := roles.get(code)) is not None and role.type in ARMED_GROUP_TYPES
        for code in role_codes(label.strip("~"))
    )


def _armed_groups_named(doc: Doc, index: ActorIndex) -> list[tuple[int, str]]:
    """The positions of the words naming an armed group by its name ("the Baloch
    Liberation Army"), with its key: a side the story gives a bare agent of an armed
    group's role, as a coder codes "the militants" in a story of one group's attack."""
    return [
        (i, key)
        for i, key in sorted(index.by_token.items())
        if doc[i].ent_type_ and _an_armed_group(index.actors[key])
    ]


def _an_armed_group(actor: Actor) -> bool:
    """Whether an actor is an armed group on a side of its own, whose men the story may
    name again by any armed group's role word: a group of that type, insurgents
    fighting their state (PAKREB, the Baloch Liberation Army; PSEREBHMS, Hamas: see
    :func:`~kg.extract.coding.side_code`) or an international militarized group (IMG);
    not a state's militias ("government-backed Sudanese militias", SDNUAF), nor an agent
    coded by its role alone ("gunmen", UAF)."""
    if not actor.code:
        return actor.type in ARMED_GROUP_TYPES
    if actor.code == actor.role:
        return False
    return actor.code.startswith(IMG_KIND) or side_code(actor.code) != country_part(actor.code)


def _reporting(agent: Span, index: ActorIndex, vocab: Vocabulary) -> str | None:
    """The armed force that reports the clause of a bare agent of its role (the subject
    of its verb of saying, with a side): "the Israeli military" (the IDF, ISRMIL) for
    "soldiers" (MIL). A force reports its own men; a government tells of others' ("the
    Sandinista regime", Reagan said)."""
    head = speech_head(agent.root, vocab)
    role = agent.label_.strip("~")
    if head is None or not armed_role(role):
        return None
    for speaker in reporters(head):
        actor = index.actors.get(index.actor_at(speaker) or "")
        if actor is None or not actor.code or actor.code == actor.role:
            continue
        country = country_part(actor.code)
        if role in role_codes(actor.code[len(country) :]):
            return actor.key
    return None


def _side_from_owned(
    doc: Doc, index: ActorIndex, sent_of: dict[int, int], sided: list[tuple[int, str, str]]
) -> None:
    """A bare agent that found no side among the agents named with theirs takes that of an
    agent of its role a pronoun's antecedent owns (``sided``, found only once pronouns
    are resolved) before it, in its sentence or at most :data:`PRONOUN_WINDOW` sentences
    back, where all such agents there are of one side: "Iraq said its warships … the
    destroyers fired" are both the Iraqi military; a bare agent after two sides' is told
    apart by neither, nor one a story names after moving on. Not people who bear no arms
    (:data:`~kg.extract.coding.UNARMED`), whom a story names on every side: "the
    international community" (CVL to the dictionaries) is no Israeli civilians after
    "Israel … its citizens"; nor the doer an act noun's modifier names, whose side its
    clause gives ("Peru's president ordered an army attack" is Peru's, whatever "its
    troops" were before); nor the enemy's: '"Our forces destroyed three enemy tanks,"
    Iraq said' are no Iraqi tanks."""
    for span in doc.spans.get(AGENTS, []):
        key = index.by_token.get(span.root.i)
        actor = index.actors.get(key or "")
        if actor is None or not actor.code or actor.code != actor.role or actor.affiliation:
            continue  # not a bare agent coded by its role alone, or one with a side
        if span.root.i not in sent_of or set(role_codes(actor.code)) & UNARMED:
            continue  # people who bear no arms: "the community", "civilians"
        if span.root.dep_ == "compound" and span.root.head.pos_ != "PROPN":
            continue  # the doer of an act noun ("an army attack"), not a ship's kind
        if any(c.lower_ == ENEMY for c in children(span.root, "amod", "compound")):
            continue
        here = sent_of[span.root.i]
        near = {
            k
            for i, role, k in sided
            if role == span.label_ and i < span.root.i and here - sent_of[i] <= PRONOUN_WINDOW
        }
        if len(near) == 1:
            (side,) = near
            index.mentions = [
                m for m in index.mentions if not (m.start == span.root.idx and m.actor == key)
            ]
            index.point(span.root, side, here)


def _coordinated_sides(
    root: Token, owner: str, index: ActorIndex, gazetteer: Gazetteer
) -> list[str]:
    """The other sides an agent noun's side modifier or "of" phrase (or a subject's
    "from" phrase, :func:`_origin_preps`) is coordinated with ("U.S. and Soviet
    negotiators", "Iraqi and Iranian warplanes": the Soviets, Iran; "the foreign
    ministers of Chile and Peru": Peru, which the parser may also hang on the
    preposition beside Chile; "officials from Chile and Peru met"), each named once;
    the noun names an agent of each."""
    found: list[str] = []
    modifiers = children(root, "amod", "compound", "nmod")
    # only agents in the plural are of two states' ("the president of Chile and Peru's
    # minister" is one of Chile's)
    plural = root.tag_ in PLURAL_TAGS
    sides = {"of"} | _origin_preps(root)
    phrases = [c for c in children(root, "prep") if c.lower_ in sides] if plural else []
    for modifier in [*modifiers, *(p for c in phrases for p in children(c, "pobj"))]:
        if _side_named(modifier, index, gazetteer) != owner:
            continue
        others = list(conjuncts(modifier))
        if modifier.dep_ == "pobj":
            others += [p for p in children(modifier.head, "pobj") if p != modifier]
        for other in others:
            key = _side_named(other, index, gazetteer)
            if key is not None and key != owner and key not in found:
                found.append(key)
    return found


def _conjunct_side(root: Token, owners: Mapping[int, str]) -> str | None:
    """The side of the sided agent a bare agent is coordinated after ("Soviet officials
    and the state media", "Israeli troops and police"): a side named on the first of
    coordinated agents is read as theirs together."""
    first = root.head if root.dep_ == "conj" else None
    while first is not None and first.i not in owners and first.dep_ == "conj":
        first = first.head
    return owners.get(first.i) if first is not None else None


def _add_quantities(doc: Doc, index: ActorIndex, sent_of: dict[int, int]) -> None:
    """'A group of Moroccan diplomats', 'thousands of Kurds': the quantity is the group;
    'the head of the UNHCR' (:data:`HEAD_NOUNS`) is the body."""
    for token in words(doc):
        if token.i in index.by_token or token.i not in sent_of:
            continue
        lemma = token.lemma_.lower()
        if lemma not in QUANTITY_NOUNS | HEAD_NOUNS and token.pos_ != "NUM":
            continue
        members = [
            p for c in children(token, "prep") if c.lower_ == "of" for p in children(c, "pobj")
        ]
        key = next((index.actor_at(m) for m in members if index.actor_at(m)), None)
        if key is not None:
            index.point(token, key, sent_of[token.i])


def _is_expletive(token: Token) -> bool:
    """ "It is crucial to …", "it was not clear whether …": an "it" without referent,
    which stands in for the clause after it (but "it is willing to" has one). Without
    such a clause the "it" has a referent: "it was critical of Peru", "Hamas said it was
    behind the attack", "it was in Gaza"."""
    head = token.head
    if token.lower_ != "it" or token.dep_ not in {"expl", "nsubj"} or head.lemma_ != "be":
        return False
    adjectives = children(head, "acomp")
    if any(c.lower_ in AGENT_ADJECTIVES for c in adjectives):
        return False
    return any(children(h, "ccomp", "xcomp", "csubj") for h in (head, *adjectives))


def _reporter(token: Token, future: Set[str]) -> Token | None:
    """The subject of the clause whose complement the pronoun is the subject of, or the
    owner of its subject ("Iran said it …", "Iran said its forces …" → Iran), the
    reporting verb's own or, for a participle of saying, its clause's ("Iran reported
    gains near the Iraqi city of Basra, saying its forces had captured …").

    A reported subject pronoun refers to the reporter by preference, unless the report
    has an addressee, who is as likely ("the US told Iran it must …"; a named object of
    the participle's clause: "Iran accused the US, saying its warships …"); but for a
    commitment the teller makes (:func:`_commits`), its subject pronoun of the teller's
    number refers to the teller ("Peru told Chile it would withdraw")."""
    subject = token.head if token.dep_ == "poss" else token
    clause = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    speakers = children(verb, "nsubj")
    if children(verb, "dobj", "dative", "iobj"):
        committed = token == subject and _commits(verb, clause, future)
        return speakers[0] if committed and speakers and _same_number(token, speakers[0]) else None
    if not speakers and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head
        speakers = children(verb, "nsubj")
        if any(o.ent_type_ for o in children(verb, "dobj", "dative", "iobj")):
            return None
    return next(iter(speakers), None)


# Verbs of telling an addressee what the teller will do ("told Chile it would withdraw",
# "assured Jordan it would help"); not "warned Iran it would face retaliation".
TELLING = frozenset({"tell", "assure", "promise", "inform", "notify"})


def _commits(verb: Token, clause: Token, future: Set[str]) -> bool:
    """Whether a clause told to an addressee is the teller's commitment: a verb of
    telling (:data:`TELLING`) and a clause in the active voice with a future auxiliary
    (``future``: "would", "will"), not an obligation ("it would have to withdraw": the
    addressee's) nor an act undergone ("it would be attacked")."""
    return (
        verb.lemma_.lower() in TELLING
        and any(c.lower_ in future for c in children(clause, "aux"))
        and not children(clause, "auxpass")
        and not (clause.lemma_ == "have" and children(clause, "xcomp"))
    )


def _same_number(pronoun: Token, noun: Token) -> bool:
    """Whether a personal pronoun can stand for a noun phrase by number: "they" for
    coordinated or plural nouns, "it", "he" and "she" for a single one."""
    plural = bool(children(noun, "conj")) or noun.tag_ in PLURAL_TAGS
    return plural == (pronoun.lower_ == "they")


@dataclass
class _Named:
    """Where the text names an actor while pronouns are resolved, in text order, so that
    a pronoun's search steps from one to the next rather than through every word
    between (a sentence of a thousand words holds many pronouns): ``before``, the
    positions named before any pronoun was resolved; ``resolved``, the pronouns resolved
    since, in text order as they are resolved in it; ``ends``, each sentence's last
    token, for where a pronoun's window of sentences begins."""

    before: list[int]
    ends: dict[int, int]
    resolved: list[int] = field(default_factory=list)

    def any_between(self, index: ActorIndex, low: int, high: int, pronouns: bool = True) -> bool:
        """Whether a position from ``low`` up to ``high`` (excluded) names an actor (or,
        not ``pronouns``, names one by other words than a pronoun)."""
        for positions in (self.before, self.resolved):
            for k in range(bisect_left(positions, low), len(positions)):
                if positions[k] >= high:
                    break
                if index.by_token.get(positions[k]) and (
                    pronouns or positions[k] not in index.pronouns
                ):
                    return True
        return False

    def preceding(self, token: Token, sent_of: dict[int, int]) -> Iterator[int]:
        """Positions named before ``token`` within ``PRONOUN_WINDOW`` sentences, nearest
        first (a pronoun resolved since is one too, but never an antecedent)."""
        edge = self.ends.get(sent_of[token.i] - PRONOUN_WINDOW - 1, -1)  # before the window
        for k in range(bisect_left(self.before, token.i) - 1, -1, -1):
            if self.before[k] <= edge:
                return
            yield self.before[k]


def _antecedents(
    token: Token, sent_of: dict[int, int], index: ActorIndex, named: _Named, future: Set[str]
) -> Iterator[int]:
    """Candidate antecedent positions, best first: a reflexive's binder alone
    (:func:`_binder`), else the reporter (``future``: the
    auxiliaries of a commitment, see :func:`_reporter`), else the subject of the clause
    above, then the previous subject (each, when it is itself a pronoun, by its
    antecedent), then the nearest preceding."""
    binder = _binder(token)
    if binder is not None:
        yield index.pronouns.get(binder.i, binder.i)  # bound: no other can be meant
        return
    reporter = _reporter(token, future)
    firsts = (
        [reporter] if reporter else [_matrix_subject(token), _previous_subject(token, index, named)]
    )
    for first in firsts:
        if first is not None:
            yield index.pronouns.get(first.i, first.i)
    bound = _relative_antecedent(token)
    # the noun the clause modifies, and who its phrase names: "the Philippine ships,
    # which it accused" are not what "it" is, nor are the Philippines
    excluded = (
        set()
        if bound is None
        else {index.actor_at(t) for t in token.doc[bound.left_edge.i : bound.i + 1]} - {None}
    )
    for i in named.preceding(token, sent_of):
        if index.actor_at(token.doc[i]) not in excluded:
            yield i


REFLEXIVES = frozenset(["itself", "themselves", "himself", "herself"])
PARTICIPLE_TAGS = frozenset(["VBG", "VBN"])
BOUND_DEPS = frozenset(["dobj", "dative", "pobj", "oprd"])  # a reflexive as an argument


def _binder(pronoun: Token) -> Token | None:
    """The subject of a reflexive pronoun's own clause, which binds it: in "the
    officers, calling themselves the Command, said" the officers call themselves so (the
    participle's subject is the noun it modifies), in "Chile said it would defend itself"
    Chile's "it"; not the nearest actor named before it. None where the grammar does not
    say ("the right to defend itself", whose infinitive has the right's holder for its
    subject), for a subject of two or more, and for an emphatic reflexive, which is no
    argument ("Chile criticised Peru itself"): the pronoun is resolved as any other."""
    if pronoun.lower_ not in REFLEXIVES or pronoun.dep_ not in BOUND_DEPS:
        return None  # "Peru itself" (emphatic) names what it stands beside
    clause = pronoun.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    found, _penalty = subjects(clause)
    if not found and clause.dep_ == "acl" and clause.tag_ in PARTICIPLE_TAGS:
        found = [clause.head]  # a participle's subject is the noun it modifies
    if len(found) != 1 or found[0].i == pronoun.i:
        return None  # "Chile and Peru divided it between themselves": both, not the first
    return found[0]


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative clause modifies, for the subject pronoun of that clause whose
    relative pronoun is its object: in "the UAE, which it accused of arming the RSF",
    "it" is someone else than the UAE, as a pronoun is not the object of its own verb;
    nor is it who the noun's phrase names ("the Philippine ships, which it accused")."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl":
        return None
    objects = children(clause, "dobj")
    if not any(o.tag_ in RELATIVE_TAGS for o in objects):
        return None
    return clause.head


def _matrix_subject(token: Token) -> Token | None:
    """The subject of the clause an adverbial clause hangs on, for that clause's subject
    pronoun ("Iraq's forces killed 15,000 soldiers as they crushed the offensive" → the
    forces): the noun phrase a search of the higher clause meets first, as in Hobbs's
    algorithm, not the nearest one before the pronoun. So for a clause coordinated
    with another, whose subject its subject pronoun, or the possessive owning its
    subject, continues, as the topic runs on ("Kuwait has backed Iraq against Iran and
    its ships have been the target of Iranian attacks" → Kuwait's ships)."""
    subject = token.head if token.dep_ == "poss" else token
    clause = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if clause.dep_ == "advcl" and subject == token:
        found, _penalty = subjects(clause.head)  # shared by coordinated verbs: "killed or wounded"
        return found[0] if found else None
    if clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        return next(iter(children(clause.head, "nsubj", "nsubjpass")), None)
    return None


def _previous_subject(token: Token, index: ActorIndex, named: _Named) -> Token | None:
    """A subject pronoun, or a person's possessive one, with no actor but pronouns before
    it in its sentence continues the topic, the previous sentence's subject ("Iran
    attacked Iraq. It said …" → Iran; "The Crown Prince called on Reagan. During his
    stay, he …" → the prince, twice). Not "its" or "their", whose owner is as often the
    thing the previous sentence acted on ("Iraq bombed Dezful. Its mayor said …")."""
    start = tree(token.doc).sentence_start(token)
    person = token.lower_ in PERSON_PRONOUNS
    if token.dep_ not in {"nsubj", "nsubjpass"} and not (token.dep_ == "poss" and person):
        return None
    if start == 0:
        return None
    if named.any_between(index, start, token.i, pronouns=False):
        return None
    previous = token.doc[start - 1].sent.root
    return next(iter(children(previous, "nsubj", "nsubjpass")), None)


def _modifies_a_mention(token: Token, index: ActorIndex) -> bool:
    """Whether ``token`` names the side of another mention it modifies: "Chinese" of
    "Chinese gunboats", "U.S." of "U.S. forces" (the forces are what a later pronoun
    can mean, and "its" is not the forces': "Iran said U.S. forces attacked its
    platforms" is Iran's platforms)."""
    if token.pos_ != "ADJ" and token.dep_ not in {"compound", "amod", "nmod"}:
        return False
    owner = index.actor_at(token.head)
    return token.head != token and owner is not None and owner != index.actor_at(token)


def _add_relatives(
    doc: Doc, index: ActorIndex, sent_of: dict[int, int], speaking: Set[str]
) -> None:
    """A relative pronoun is the actor its clause modifies: "Libya, which Washington
    accused", "the rebels, who are fighting", "Iran, whose platforms were attacked"; the
    grammar names the antecedent, so no search is needed (see :func:`_add_pronouns`).
    A "which" after an object may stand for the whole clause ("invaded Kuwait, which
    the UN condemned", "which angered the UN"), but not as the subject of a verb of
    saying or of a verbal act (``speaking``, :attr:`Vocabulary.speaking`): only an actor
    says, urges or denies ("the attitude of the U.S. Government, which urged banks to
    soften their position"); nor as the subject of a verb of answering with no object
    (:data:`~kg.extract.clauses.ANSWERING`): only an actor answers ("launched missiles at
    Chile, which has retaliated with strikes"); nor as the object of a charge of doing something
    (:func:`_charged_with_doing`): only an actor is accused of supplying drones
    ("cut ties with the UAE, which it accused of supplying the drones"). Where only an
    actor can be meant and the noun the clause modifies is none, the actor its modifier
    names is ("the Philippine ships, which it accused of intruding": the Philippines)."""
    for token in words(doc):
        if token.tag_ not in RELATIVE_TAGS or token.i not in sent_of or token.i in index.by_token:
            continue
        clause = token.head if token.dep_ != "poss" else token.head.head
        if clause.dep_ != "relcl":
            continue
        lemma = clause.lemma_.lower()
        answers = lemma in ANSWERING and not children(clause, "dobj")
        says = token.dep_ == "nsubj" and (lemma in speaking or answers)
        actor_only = says or (token.dep_ == "dobj" and _charged_with_doing(clause))
        if token.lower_ == "which" and clause.head.dep_ in {"dobj", "pobj"} and not actor_only:
            continue  # "invaded Kuwait, which the UN condemned": the invasion, maybe
        key = index.actor_at(clause.head)
        if key is None and actor_only:  # "the Philippine ships, which it accused of …"
            key = next(
                filter(
                    None, map(index.actor_at, children(clause.head, "amod", "compound", "poss"))
                ),
                None,
            )
        if key is not None:
            index.point(token, key, sent_of[token.i])


def _charged_with_doing(clause: Token) -> bool:
    """Whether a verb charges its object with an act of its own, by an "of" or "for"
    phrase holding a gerund: "accused of supplying", "blamed for attacking"."""
    return any(
        c.tag_ == "VBG"
        for prep in children(clause, "prep")
        if prep.lower_ in {"of", "for"}
        for c in children(prep, "pcomp")
    )


def _add_definites(doc: Doc, index: ActorIndex, sent_of: dict[int, int]) -> None:
    """A bare definite description is the nearest actor named before it (by a name the
    model tagged) whose name's head word is its noun, as written there or as the last
    word of the actor's label: "the Letter Carriers Union … the union rejected the
    offer", "the Popular Front for the Liberation of Palestine … the front", "the IMF …
    the Fund", "the Palestine Liberation Organisation … the organization". A news report
    names an organisation once and then shortens it to its head word. Only "the" and the
    noun ("the new union" may be another), a noun no rule has made an actor (agents, "the
    government", are the agents rule's, but for a short name, :func:`_short_name`),
    whether or not the model tagged it a name of its own ("the Community"), and no
    person (whose names end in surnames, not nouns)."""
    for token in words(doc):
        if token.i in index.by_token or token.i not in sent_of:
            continue
        key = _named_before(doc, index, token)
        if key is not None:
            index.point(token, key, sent_of[token.i])


def _add_doers(doc: Doc, index: ActorIndex, sent_of: dict[int, int]) -> None:
    """A definite noun of the doer of an act ("the attackers", "the kidnappers":
    WordNet's nouns of doers, :func:`~kg.extract.lexicon.doer_code`) that no rule made an
    actor is the doer of the nearest act before it in its story that the verb dictionary
    codes with the root of the noun's verb: "Islamic State insurgents raided several
    villages … the attackers also abducted children" (RAID and ATTACK both 19). A report
    names the doers of an act it told by that act. Where that act names no actor as its
    doer (its subject, or a passive's "by" phrase, or the side modifying either), the
    noun is no actor."""
    tokens = words(doc)
    for token in tokens:
        if token.i in index.by_token or token.i not in sent_of or not definite(token):
            continue
        code = doer_code(token)
        if code is None or code.event is None:
            continue
        for earlier in reversed(tokens[story_start(doc, token.i) : token.i]):
            coded = lexicon_code(earlier) if earlier.pos_ == "VERB" else None
            if coded is None or (coded[0].event or "")[:2] != code.event[:2]:
                continue
            doers = agents(earlier) if is_passive(earlier) else subjects(earlier)[0]
            keys = [key for doer in doers if (key := _actor_of_phrase(doer, index))]
            if keys:
                index.point(token, keys[0], sent_of[token.i])
            break


def _actor_of_phrase(head: Token, index: ActorIndex) -> str | None:
    """The actor a noun phrase names: its head's, else its side's ("Russian missiles")."""
    sides = (index.actor_at(c) for c in children(head, "poss", "amod", "compound"))
    return index.actor_at(head) or next(filter(None, sides), None)


def _add_titles(doc: Doc, index: ActorIndex, sent_of: dict[int, int]) -> None:
    """A title taken up with "the" alone ("the Crown Prince", "the Prime Minister",
    "the minister") is the person its story last named with that title before it
    ("Saudi Crown Prince Abdullah met Bush ... the Crown Prince paid a call on
    Reagan"): a report names a person once in full, then by the office. The person's
    title holds every title word of it ("the Prime Minister" is not "Foreign Minister
    Eggar") and the same rank ("the President" is not "Vice President Bush" nor "former
    President Carter"). Where the last mention of the title before it is an office no
    name follows ("Iran's foreign minister ... the minister"), where the story named two
    people with the title ("President Reagan ... President Mubarak ... the President"),
    or where it named no one so, the title is the office's agent (:func:`_add_agents`)."""
    story = stories(doc, sent_of)
    # a title word's position → its holder, the title's words and its rank
    held: dict[int, tuple[str, frozenset[str], frozenset[str]]] = {}
    for j, key in sorted(index.by_token.items()):
        actor = index.actors.get(key)
        if actor is None or actor.type != "Person" or index.by_token.get(j - 1) == key:
            continue
        end = j
        while index.by_token.get(end + 1) == key:
            end += 1
        run = [*_title_run(doc, j), *doc[j : end + 1]]
        titles = frozenset(t.lower_.rstrip(".") for t in run if title_word(t))
        ranks = frozenset(t.lower_ for t in run if t.lower_ in RANKS)
        for t in run:
            if title_word(t):
                held[t.i] = (key, titles, ranks)
    for token in words(doc):
        if token.i in index.by_token or token.i not in sent_of or not _title_again(token):
            continue
        words_of = [*lefts(token), token]
        wanted = frozenset(w.lower_.rstrip(".") for w in words_of if title_word(w))
        ranks = frozenset(w.lower_ for w in words_of if w.lower_ in RANKS)
        here = story(sent_of[token.i])
        found: list[str] = []
        for k in range(token.i - 1, -1, -1):
            earlier = doc[k]
            if earlier.lower_ != token.lower_ or k not in sent_of or story(sent_of[k]) != here:
                continue
            holder = held.get(k)
            if holder is None:
                if not found and k not in index.pronouns and index.by_token.get(k) is None:
                    break  # an office no name follows is the nearest: its agent's
                continue
            key, titles, their_ranks = holder
            if wanted <= titles and ranks == their_ranks:
                found.append(key)
        if found and all(_one_person(index, found[0], key) for key in found[1:]):
            index.point(token, found[0], sent_of[token.i])


def _one_person(index: ActorIndex, first: str, second: str) -> bool:
    """Whether two person actors are one person named in full and in short ("Crown
    Prince Abdullah bin Abdul Aziz", "Prince Abdullah"): the name words of one are all
    the other's."""
    names = [
        {w for w in index.actors[key].label.lower().split() if w.rstrip(".") not in TITLES}
        for key in (first, second)
    ]
    return names[0] <= names[1] or names[1] <= names[0]


# Words before a title that make it another office ("Vice President", "former
# President"), which the bare title does not take up.
RANKS = frozenset(
    {"vice", "deputy", "former", "acting", "junior", "assistant", "interim", "ex", "under"}
)


def _title_run(doc: Doc, start: int) -> list[Token]:
    """The capitalised words just before a name, with "of" between them ("Saudi Crown
    Prince" of "Abdullah", "Secretary of State" of "George Shultz"), and a rank in lower
    case ("former President"), where the model's name begins after them; a name it
    began at "Crown" holds its title, which the caller reads."""
    run: list[Token] = []
    k = start - 1
    while k >= 0:
        word = doc[k]
        capital = word.text[:1].isupper()
        joined = word.lower_ == "of" and k > 0 and doc[k - 1].text[:1].isupper()
        if not (capital or joined or word.lower_ in RANKS):
            break
        run.insert(0, word)
        if word.is_sent_start:
            break
        k -= 1
    return run


def _title_again(token: Token) -> bool:
    """Whether a word is a title taken up with "the" and nothing else but title words
    before it ("the Crown Prince", "the Prime Minister"), no name or phrase after it
    ("the President of Chile" is named by its phrase)."""
    if not title_word(token) or token.tag_ not in {"NN", "NNP"} or token.dep_ == "compound":
        return False
    before = list(lefts(token))
    if not before or before[0].lower_ != "the" or any(c.dep_ == "prep" for c in token.rights):
        return False
    return all(c.dep_ == "compound" and c.text[:1].isupper() for c in before[1:])


# Nouns of a kind of group that take up the group named last whatever its name's head
# word ("Hamas … the group", "the Rapid Support Forces … the paramilitary group"), and the
# actor types of such a group: news names a group once, then by its kind.
GROUP_NOUNS = frozenset({"group"})
GROUP_TYPES = frozenset({"ArmedGroup", "Organization"})
ARMED_GROUP_TYPES = frozenset({"ArmedGroup"})


def _named_before(doc: Doc, index: ActorIndex, token: Token) -> str | None:
    """The organisation a bare definite description takes up (see
    :func:`_add_definites`), if it is one; not a word of a longer name ("the Army of
    Islam", "the Council of Europe"). A noun of :data:`GROUP_NOUNS` takes up the last
    group or organisation named (of :data:`GROUP_TYPES`, "Hamas … the group"), or, made
    armed by its adjectives (:func:`_armed_word`: "the paramilitary group"), the last
    armed group; other adjectives describe another ("the humanitarian group"), but an
    epithet of its ties to another (:func:`_epithet`: "the Iran-aligned group") does not
    say which group it is. A plural only as a name ("the Tigers" after "the Liberation
    Tigers of Tamil Eelam"): "the rebels" may be any rebels."""
    plural_name = token.tag_ in {"NNS", "NNPS"} and token.text[:1].isupper()  # "the Tigers"
    if (token.tag_ not in {"NN", "NNP"} and not plural_name) or token.dep_ == "compound":
        return None
    if token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    left = lefts(token)
    if not left or left[0].lower_ != "the":
        return None
    head = american_spelling(token.lower_)
    described = [t for t in left[1:] if not _epithet(t)]
    if described and not (head in GROUP_NOUNS and all(map(_armed_word, described))):
        return None
    kinds = (ARMED_GROUP_TYPES if described else GROUP_TYPES) if head in GROUP_NOUNS else ()
    by_token = index.by_token
    # not a name of its own phrase: "the al Qaeda-linked group" is not al-Qaeda
    for j in sorted((i for i in by_token if i < token.left_edge.i), reverse=True):
        key = by_token[j]
        actor = index.actors.get(key)
        if actor is None or actor.type == "Person" or not doc[j].ent_type_:
            continue
        above = doc[j].head.i
        if above != j and by_token.get(above) == key and doc[above].ent_type_:
            continue  # not the head word of the name (which may modify an agent word)
        ends = {doc[j].lower_, actor.label.split()[-1].lower()}
        if head in {american_spelling(word) for word in ends}:
            return key
        if actor.type in kinds:
            return key
    return None


def _epithet(word: Token) -> bool:
    """Whether a modifier is a participle tied by a hyphen to the name before it, by
    which news describes a group it has named through the group's ties ("Houthis …
    the Iran-aligned group", "the al Qaeda-linked group", "the Gaza-based group"): not
    one of the participles that give the group the side it names (:data:`SIDE_WORDS`,
    "the Saudi-led coalition")."""
    before, hyphen, participle = word.text.rpartition("-")
    if not hyphen:  # split by the tokenizer: "Iran", "-", "aligned"
        participle = word.text
        doc = word.doc
        split = word.i > 1 and doc[word.i - 1].text == "-" and doc[word.i - 1].head.i == word.i
        if not split:
            return False
        before = doc[word.i - 2].text
    named = before[:1].isupper()  # "the newly-formed group" is no other's epithet
    return named and word.tag_ == "VBN" and participle.lower() not in SIDE_WORDS


def _armed_word(word: Token) -> bool:
    """Whether an adjective of no name is an agent word of the dictionaries for armed
    men ("militant", "paramilitary", "rebel": a role of an armed group or the military),
    which makes "the militant group" an armed one, unlike "the humanitarian group"."""
    entry = agent_entries().get(word.lower_)
    if word.pos_ != "ADJ" or word.ent_type_ or entry is None:
        return False
    return any(map(armed_role, role_codes(entry.role)))


def armed_actor(actor: Actor) -> bool:
    """Whether an actor is armed: forces (:data:`ARMED_ROLES`) or an armed group."""
    return any(map(armed_role, role_codes(actor.role or "")))


def armed_role(code: str) -> bool:
    """Whether a role code is of armed men: an armed group's, or a state's forces
    (:data:`ARMED_ROLES`, as "the paramilitary group", ~MIL, is)."""
    role = load_roles().get(code)
    return code in ARMED_ROLES or (role is not None and role.type in ARMED_GROUP_TYPES)


def _short_name(doc: Doc, index: ActorIndex, span: Span) -> str | None:
    """The organisation a one-word name or agent word shortens to its head word,
    capitalised as a name is ("the European Community … the Community", whose
    "community" would be civilians; "the Security Council … the Council", which the
    model tags a name of its own): the definite description's (:func:`_add_definites`),
    not the agents' nor a new actor's."""
    word = span.root
    if len(span) != 1 or not word.text[:1].isupper() or word.is_sent_start:
        return None
    return _named_before(doc, index, word)


# Plural nouns that take up the two parties named before them, "the two countries" or
# "both sides", by the kind of actor they stand for: a country, a person, or ("") any
# coded actor (a side is a country where a person stands for it: "Shamir and Mubarak
# ... both sides" are Israel and Egypt). Not "the two men", often two the story has
# not named ("police arrested two Palestinians ... the two men"), nor "both parties",
# often two political parties.
PAIR_NOUNS: Mapping[str, str] = {
    "country": "State",
    "nation": "State",
    "state": "State",
    "side": "",
    "leader": "Person",
    "minister": "Person",
}


# Agent nouns that name a party to something only with the party's name ("the Iranian
# side"): bare ("all sides", "the other side"), they name no actor, and no side an
# article gives another agent of their role (a government) is theirs; a pair of them
# ("both sides") takes up the two sides named before (see _add_pairs).
PARTY_NOUNS = frozenset({"side"})


def _pair_noun(token: Token) -> str | None:
    """The kind of actor (:data:`PAIR_NOUNS`) a plural noun determined as a pair takes
    up ("the two (warring) countries", "both (warring) sides"), if it is one."""
    kind = PAIR_NOUNS.get(token.lemma_.lower())
    if token.tag_ != "NNS" or kind is None:
        return None
    before = [c.lower_ for c in lefts(token) if c.dep_ not in {"amod", "compound"}]
    return kind if before in (["the", "two"], ["both"]) else None


def _add_pairs(doc: Doc, index: ActorIndex, sent_of: dict[int, int]) -> None:
    """A pair noun (:data:`PAIR_NOUNS`) takes up the two actors of its kind named in the
    nearest earlier sentence that names any, at most :data:`PRONOUN_WINDOW` sentences
    back: "Egypt and Uganda held talks. The two countries signed an agreement" is signed
    by both, each with the other. Its own sentence gives the two only as a coordination
    before the noun ("Greece and Turkey's allies called on both countries", see
    :func:`_coordinated_pair`); any other actor of it is left out (in "Kuwait accused
    both countries", Kuwait is not one of them). Where the earlier sentence names three
    or more (in "Reagan met Gorbachev, spokesman Marlin Fitzwater said", the two men are
    not told apart from the speaker), the noun takes up no one. A person counts as a
    country by the country of their code, and a country's actors are one country
    (:func:`_same_country`)."""
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for mention in sorted(index.mentions, key=lambda m: m.start):
        by_sentence[mention.sentence].append(mention.actor)
    for token in words(doc):
        kind = _pair_noun(token)
        if kind is None or token.i not in sent_of or token.i in index.by_token:
            continue
        sentence = sent_of[token.i]
        pair = _coordinated_pair(token, kind, index)
        if pair is not None:
            index.pairs[token.i] = pair
            index.point(token, pair[0], sentence)
            continue
        for earlier in range(sentence - 1, sentence - PRONOUN_WINDOW - 1, -1):
            found: list[str] = []
            for key in filter(None, (_as_kind(index, k, kind) for k in by_sentence[earlier])):
                if key not in found and (kind == "Person" or not _same_country(index, key, found)):
                    found.append(key)
            if found:
                if len(found) == 2:
                    index.pairs[token.i] = (found[0], found[1])
                    index.point(token, found[0], sentence)
                break


def _coordinated_pair(noun: Token, kind: str, index: ActorIndex) -> tuple[str, str] | None:
    """The last two actors of ``kind`` that its sentence coordinates before a pair noun,
    one the conjunct of the other ("Greece and Turkey", "Iran and Iraq's leaders"): the
    antecedent a reader takes for "both countries" later in the same sentence; not a
    coordination that is itself an argument of the noun's own verb, which acts on the
    pair, not as it ("Kenya and Sudan called on both countries": two others)."""
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    start = tree(noun.doc).sentence_start(noun)
    for token in reversed(words(noun.doc)[start : noun.i]):
        if token.dep_ != "conj" or token.head.head.i == verb.i:
            continue
        first, second = index.by_token.get(token.head.i), index.by_token.get(token.i)
        if first is None or second is None:
            continue
        found: list[str] = []
        for key in filter(None, (_as_kind(index, k, kind) for k in (first, second))):
            if key not in found and (kind == "Person" or not _same_country(index, key, found)):
                found.append(key)
        if len(found) == 2:
            return found[0], found[1]
    return None


def _same_country(index: ActorIndex, key: str, found: list[str]) -> bool:
    """Whether ``key`` is of the country of an actor ``found`` already: the two sides of
    talks are two countries' or no country's ("Argentina" and "Argentine businessmen"
    are one side)."""
    country = index.country_of(key)
    return country is not None and any(index.country_of(k) == country for k in found)


def _as_kind(index: ActorIndex, key: str, kind: str) -> str | None:
    """The actor ``key`` counts as for a pair noun of ``kind``: itself where it is of
    that kind, a person's or group's country where the kind is a country, none else. A
    person not yet coded counts by the side their title gave them ("Congolese President
    Felix Tshisekedi")."""
    actor = index.actors[key]
    if actor.type == "State" or kind == "Person":
        return key if actor.type == kind or not kind else None
    if not kind and actor.type != "Person":
        return key if actor.code else None  # a side is coded: not "NBC", that reported
    code = index.country_of(key) or (
        index.country_of(actor.affiliation) if actor.affiliation else None
    )
    country = index.coder.country_actor(code) if code else None
    return index.add(country) if country is not None else None


def _mention_end(doc: Doc, position: int, key: str, index: ActorIndex) -> Token:
    """The last word of the mention of ``key`` at ``position``."""
    end = position
    while end + 1 < len(doc) and index.by_token.get(end + 1) == key:
        end += 1
    return doc[end]


def _plural_noun(doc: Doc, position: int, key: str, index: ActorIndex) -> bool:
    """Whether the mention at ``position`` ends in a plural common noun ("Chinese
    gunboats"), which "it" cannot take up; a plural name ("the United States") can."""
    return _mention_end(doc, position, key, index).tag_ == "NNS"


def _office_holder(doc: Doc, position: int, key: str, index: ActorIndex) -> bool:
    """Whether the mention at ``position`` ends in one office's title ("Chile's foreign
    minister", "a Chilean spokesman"), whose holder "he" or "she" of the same sentence
    takes up though the actor is the side's institution: "the minister said he would
    visit Peru" (a "he" of a later sentence may be anyone the story named)."""
    end = _mention_end(doc, position, key, index)
    return end.tag_ == "NN" and title_word(end)


def _add_pronouns(
    doc: Doc, index: ActorIndex, sent_of: dict[int, int], possessive: bool, future: Set[str]
) -> None:
    """Each personal pronoun → the first compatible actor mention of its antecedents; the
    possessive ones (``possessive``) or the others (``future``: see :func:`_reporter`).
    Possessives go first, so that the agents they own are actors by the time a later
    pronoun looks for its antecedent ("Iraq said its forces killed 500 soldiers as they
    crushed an offensive")."""
    named = _Named(
        sorted(i for i in index.by_token if i not in index.pairs),  # a pair is two antecedents
        {number: i for i, number in sent_of.items()},
    )
    for token in words(doc):
        lower = token.lower_
        if token.pos_ != "PRON" or token.i not in sent_of or (token.dep_ == "poss") != possessive:
            continue
        if lower in PERSON_PRONOUNS:
            wanted_person = True
        elif lower in GROUP_PRONOUNS and not _is_expletive(token):
            wanted_person = False
        else:
            continue
        antecedents = list(_antecedents(token, sent_of, index, named, future))
        found = _compatible(doc, token, antecedents, index, wanted_person, possessive)
        if not found and wanted_person:  # no person the story named: an office's holder
            own = [j for j in antecedents if sent_of.get(j) == sent_of[token.i]]
            found = _compatible(doc, token, own, index, True, possessive, offices=True)
        if found:
            j = next(iter(found.values()))
            index.point(token, index.by_token[j], sent_of[token.i])
            index.pronouns[token.i] = j
            named.resolved.append(token.i)
        if len(found) > 1:
            index.others[token.i] = list(found.values())[1:]


# How a message noun names its issuer: an owner ("Iran's statement"), an adjective ("a
# Soviet statement"), an agent noun or a name before it ("a government statement", "the
# NATO statement"), and "by" and "from" phrases.
ISSUER_DEPS = ("poss", "amod", "compound", "nmod")
ISSUER_PREPS = frozenset({"by", "from"})


def _add_messages(doc: Doc, index: ActorIndex, sent_of: dict[int, int], vocab: Vocabulary) -> None:
    """A message noun (``ckg:messageNoun``) that is a clause's subject speaks for its
    issuer, as a coder reads "a Soviet government statement condemned the raid", "a
    letter from Reagan urged Japan to …": the actor that owns or names it, or its "by"
    or "from" phrase's; a definite one ("the statement", "this letter") with none of its
    own, whoever an earlier clause of the article said issued or sent one of the same
    word (``ckg:messageVerb``: "NATO issued a statement … The statement called on …"),
    or the issuer an earlier one had. Only as a subject: the object of "rejected the
    statement" may be anyone's words; nor one a participle modifies ("the letter,
    released by the White House, warned …"), which the participle's act is done to."""
    issued: dict[str, str] = {}  # message lemma → the last issuer the article gave
    for token in words(doc):
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in vocab.message_nouns or token.i not in sent_of:
            continue
        key = index.actor_at(token) or _issuer(token, index)
        if (
            key is None
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in vocab.message_verbs
        ):
            key = next((k for s in subjects(token.head)[0] if (k := index.actor_at(s))), None)
        modifiers = children(token, "acl")
        subject = token.dep_ in {"nsubj", "nsubjpass"} or any(map(finite_on_its_subject, modifiers))
        subject = subject and not any(is_passive(c) for c in modifiers)
        if key is None and subject and definite(token):
            key = issued.get(lemma)
        if key is None:
            continue
        issued[lemma] = key
        if subject and token.i not in index.by_token:
            index.point(token, key, sent_of[token.i])


def _issuer(message: Token, index: ActorIndex) -> str | None:
    """The actor a message noun's own words name as its issuer (see ISSUER_DEPS)."""
    named = [
        *children(message, *ISSUER_DEPS),
        *(
            p
            for c in children(message, "prep")
            if c.lower_ in ISSUER_PREPS
            for p in children(c, "pobj")
        ),
    ]
    return next((k for t in named if (k := index.actor_at(t))), None)


def _add_speakers(
    doc: Doc, index: ActorIndex, sent_of: dict[int, int], vocab: Vocabulary, possessive: bool
) -> None:
    """ "We", "us" and "our" in reported speech are the speaker's, the subject of the
    reporting verb where it is an actor: '"We will meet any escalation with stronger
    countermeasures," Weinberger said', 'Iran said we would respond'. The possessive
    ones (``possessive``) go before the agents they own are given sides, and speak
    for a message's issuer too: '"Our warplanes struck the terminal," an Iraqi
    communique said' are the Iraqi military, as "Iraq said its warplanes" are; a state's
    news outlet quoting "our forces" speaks for its country, not itself ("the Iranian
    news agency IRNA said": Iran's)."""
    for token in words(doc):
        if token.lower_ not in FIRST_PERSON_PLURAL or token.pos_ != "PRON":
            continue
        if (token.dep_ == "poss") != possessive:
            continue
        if token.i not in sent_of or token.i in index.by_token:
            continue
        head = speech_head(token, vocab)
        while head is not None and head.pos_ == "NOUN":  # a claim quoted is the quoter's
            head = speech_head(head, vocab)
        if head is None:
            continue
        key = next(
            (
                k
                for s in reporters(head)
                if (k := index.actor_at(s) or (_issuer(s, index) if possessive else None))
            ),
            None,
        )
        if key is not None and possessive:
            key = _voiced_country(index, key)
        if key is not None:
            index.point(token, key, sent_of[token.i])


def _voiced_country(index: ActorIndex, key: str) -> str | None:
    """The actor "our" speaks for in a speaker's words: the speaker, or the country of a
    news outlet (MED), which voices its state's "our forces"; none for an outlet of no
    country."""
    code = index.actors[key].code or ""
    if MEDIA not in role_codes(index.coder.roles_of(code) or ""):
        return key
    country = index.coder.country_actor(code)
    if country is None:
        return None
    index.actors.setdefault(country.key, country)
    return country.key


def _compatible(
    doc: Doc,
    pronoun: Token,
    antecedents: list[int],
    index: ActorIndex,
    wanted_person: bool,
    possessive: bool,
    offices: bool = False,
) -> dict[str, int]:
    """The actors of the antecedent mentions a pronoun can take up, the first (its
    antecedent) first: persons for "he" and "she", else groups; with ``offices``, the
    holders of offices (:func:`_office_holder`)."""
    found: dict[str, int] = {}
    for j in antecedents:
        key = index.by_token.get(j)
        if key is None or key in found or j in index.pronouns:
            continue
        if _modifies_a_mention(doc[j], index):
            continue  # "Chinese" of "Chinese gunboats": the gunboats are the mention
        if pronoun.lower_ in SINGULAR_PRONOUNS and _plural_noun(doc, j, key, index):
            continue  # "its" is not the "gunboats'"
        if offices:
            if not _office_holder(doc, j, key, index):
                continue
        elif (index.actors[key].type == "Person") != wanted_person:
            continue
        found[key] = j
        if not possessive or len(found) > POSSESSIVE_CHOICES:
            break
    return found


# The sentence number the headline counts as, among the sentences naming a country.
HEADLINE = -1


def resolve_actors(
    doc: Doc,
    gazetteer: Gazetteer,
    vocab: Vocabulary,
    coder: Coder,
    places: Set[int] = frozenset(),
    place_countries: Mapping[int, str] | None = None,
    headline: Set[str] = frozenset(),
    place_words: Set[int] = frozenset(),
    scene: str | None = None,
) -> ActorIndex:
    """All actors of a parsed article and where the text mentions them, coded by the
    article's ``coder`` (its date, its names); a name the model tags and no gazetteer
    knows takes the actor type of its entity label. Entities starting at ``places``
    name places, not actors (see :mod:`kg.extract.places`); ``place_countries`` gives
    the country code of the place each token names, and ``headline`` the countries the
    article's headline names (:func:`~kg.extract.coding.headline_countries`), for the
    country the story is about; ``place_words`` are the words of names a pattern found
    naming a kind of place, none of them an agent ("a bomb exploded at Makerere
    University"); ``scene`` is the country it was filed in and happened in
    (:meth:`~kg.extract.places.PlaceIndex.scene`), where insurgents rise."""
    index = ActorIndex(coder, places=places, place_words=place_words)
    sent_of = sentence_numbers(doc)
    ships = ship_names(doc)
    _add_entities(
        doc, gazetteer, index, sent_of, vocab.entity_types, places, ships, vocab.claimed_cues
    )
    _add_appositions(doc, index, sent_of, gazetteer)
    _add_pairs(doc, index, sent_of)  # before the agents: "both sides" is no bare "side"
    _add_titles(doc, index, sent_of)  # before the agents: "the Crown Prince" is a person
    acts = frozenset(vocab.by_noun) | vocab.message_nouns  # "army raids", "army statement"
    _add_agents(doc, index, sent_of, gazetteer, acts, vocab)
    _add_quantities(doc, index, sent_of)
    _add_relatives(doc, index, sent_of, vocab.speaking)
    _add_definites(doc, index, sent_of)
    _add_doers(doc, index, sent_of)
    _add_pronouns(doc, index, sent_of, possessive=True, future=vocab.future_cues)
    _add_speakers(doc, index, sent_of, vocab, possessive=True)
    _add_agents(doc, index, sent_of, gazetteer, acts, vocab, possessed=True)
    _code_by_apposition(index, doc)
    _add_vessel_names(doc, index, sent_of, gazetteer, ships)
    _add_pronouns(doc, index, sent_of, possessive=False, future=vocab.future_cues)
    _add_messages(doc, index, sent_of, vocab)
    _add_speakers(doc, index, sent_of, vocab, possessive=False)
    placed = {(sent_of[i], code) for i, code in (place_countries or {}).items() if i in sent_of}
    placed |= {(HEADLINE, code) for code in headline}
    _complete_codes(doc, index, placed, len(set(sent_of.values())), vocab, scene)
    index.mentions.sort(key=lambda m: (m.start, m.end))
    return index


def _add_vessel_names(
    doc: Doc,
    index: ActorIndex,
    sent_of: dict[int, int],
    gazetteer: Gazetteer,
    ships: Mapping[int, Token],
) -> None:
    """A ship's name is the ship its kind of ship names (:func:`vessel_named`), wherever the
    article names it (:func:`ship_names`: "the U.S. frigate Stark … the Stark's crew"):
    "the destroyers Kidd and Hoel fired" are the agent "destroyers" (the side the article
    gave it, see :func:`_add_agents`), "the Kuwaiti tanker Sea Isle City" Kuwait's, one
    actor for one kind of ship of one side, as event data codes ships, by their side and
    role. A flag or an owner of another side (:data:`SIDE_WORDS`) is a party too: an
    attack on "the American-flagged Kuwaiti tanker" is on Kuwait's ship and on the
    United States, whose flag it flies."""
    for ent in doc.ents:
        vessel = ships.get(ent.start)
        key = index.actor_at(vessel) if vessel is not None else None
        if key is not None and ent.start in sent_of:
            index.mark(ent, key, sent_of[ent.start])
    for span in doc.spans.get(AGENTS, []):
        vessel, key = span.root, index.actor_at(span.root)
        if key is None or vessel.lemma_.lower() not in VESSELS:
            continue
        own = index.actors[key].affiliation
        flags = [
            side
            for c in children(vessel, "amod", "compound", "npadvmod")
            if c.text.rpartition("-")[2].lower() in SIDE_WORDS
            and (side := _side_named(c, index, gazetteer)) not in (None, key, own)
        ]
        if flags:
            for token in (vessel, *(e.root for e in doc.ents if ships.get(e.start) == vessel)):
                index.pairs[token.i] = (key, *flags)


# The role of an agent noun whose own name is a unit of an army's ("Brigade 604").
ARMED_UNIT_ROLE = "MIL"
# Determiners of a noun phrase that introduces someone the text has not named yet.
INDEFINITE = frozenset({"a", "an"})


def _announced_by(doc: Doc, index: ActorIndex, key: str, title: str | None) -> str | None:
    """The country of the side that news gives a person before naming them, by an
    indefinite agent noun that their title ends in, the nearest before their first
    mention: "A British minister said he had warned Tokyo … Corporate Affairs Minister
    Michael Howard said on his return from a visit to Japan" is that British minister,
    whatever country the story names most."""
    words = (title or "").lower().split()
    first = min((m.start for m in index.mentions if m.actor == key), default=None)
    if not words or first is None:
        return None
    found = None
    for span in doc.spans.get(AGENTS, []):
        root = span.root
        if root.idx >= first:
            break
        if root.lemma_.lower() != words[-1] or not any(
            c.lower_ in INDEFINITE for c in children(root, "det")
        ):
            continue
        agent = index.by_token.get(root.i)
        country = index.country_of(agent) if agent is not None else None
        if country is not None and not is_region_code(country):
            found = country
    return found


def _first_mention(doc: Doc, index: ActorIndex, key: str) -> Span | None:
    """The words of the first mention of an actor, where news gives a person their
    office and its side."""
    first = min((m for m in index.mentions if m.actor == key), default=None, key=lambda m: m.start)
    return None if first is None else doc.char_span(first.start, first.end, "expand")


def _voiced_by(doc: Doc, index: ActorIndex, key: str, vocab: Vocabulary) -> str | None:
    """The country of the one side whose voice first names a person: the state's news
    agency or government that quotes them ("IRNA quoted Oil Minister Gholamreza Aqazadeh
    as saying") or reports what they did ("the Kuwaiti Foreign Ministry said the envoy
    was summoned to confer with Foreign Undersecretary al-Shaheen"): a side's own media
    and officials name their own office holders by title alone, as a coder reads them;
    None where the voice is no side's or several."""
    span = _first_mention(doc, index, key)
    if span is None:
        return None
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "quote":
        voices = subjects(root.head)[0]
    else:
        head = speech_head(root, vocab)
        voices = reporters(head) if head is not None else []
    sides = {
        index.country_of(k) for v in voices if (k := index.actor_at(v)) is not None and k != key
    }
    return next(iter(sides)) if len(sides) == 1 and None not in sides else None


def _title_role(title: str | None) -> str | None:
    """The role code of the first agent noun among a title's words ("Prime Minister",
    "ambassador to United States": GOV), longest phrase first."""
    found = _agent_phrases((title or "").split())
    return role_label(min(found, key=lambda f: (-f[0], f[1]))[2]) if found else None


BUSINESS_ROLE = "BUS"  # the role code of firms and banks


def _home_body_code(label: str, home: str, coder: Coder) -> str | None:
    """The code of a named body the dictionaries do not list, whose name holds an agent
    noun of a domestic role (:func:`~kg.extract.coding.domestic_role`) and names no
    country, in a story about one country (``home``): that country's agent of the
    role, as a bare agent of it would be (:func:`_home_agents`), the name staying its
    identity (:func:`_composed_code`): "the House of Representatives Appropriations
    Committee" in a story on U.S. aid is USALEG. None for a role that crosses borders
    ("the International Committee of the Red Cross" is no country's), or where the
    code names one actor of its own, and for a firm or a bank (BUS), which trades
    across borders ("the Bank of Credit and Commerce" lending to Zambia is no Zambian
    bank), unlike the bare "businessmen" of a story."""
    words = label.split()
    agents = _agent_phrases(words)
    if not agents or any(is_country_code(c) for c in longest_names(words, coder.code)):
        return None
    role = role_label(max(agents, key=lambda f: (f[0], f[1]))[2])
    known = domestic_role(role)
    if known is None or known.code == BUSINESS_ROLE:
        return None
    code = coder.compose(home, role)
    return None if coder.names_one(code) else code


def _agent_phrases(words: list[str]) -> list[tuple[int, int, AgentEntry]]:
    """Every phrase of ``words`` that is an agent noun of the dictionaries, with its
    length and start."""
    entries = agent_entries()
    return [
        (size, start, entry)
        for size in range(len(words), 0, -1)
        for start in range(len(words) - size + 1)
        if (entry := entries.get(" ".join(words[start : start + size]).lower())) is not None
    ]


def _countries(index: ActorIndex) -> Iterator[tuple[Mention, str]]:
    """Each mention of a country or of a country's agent, with the country's code; not
    of a region's ("Western diplomats"), which is no country a story is about."""
    for mention in index.mentions:
        country = index.country_of(mention.actor)
        if country is not None and not is_region_code(country):
            yield mention, country


def _sentences_of(index: ActorIndex, key: str) -> set[int]:
    return {m.sentence for m in index.mentions if m.actor == key}


def _sides(index: ActorIndex, sentences: Set[int]) -> set[str | None]:
    """The side an actor without one could be on, from the ``sentences`` that mention
    it: ``{None}`` where none of them names a country, else the countries they name
    ("the rebels surrendered to Nigeria": Nigeria's rebels or not, the story's home it
    is not sure to be)."""
    named = {country for m, country in _countries(index) if m.sentence in sentences}
    return set(named) or {None}


def _introduced_at_home(index: ActorIndex, key: str, home: str) -> bool:
    """Whether the sentence that introduces a person names no country but the story's
    home: news gives a person their office where it first names them ("Brazil set up a
    commission headed by Finance Minister Dilson Funaro"), so the office is the home
    country's though later sentences send its holder abroad ("Funaro travelled to the
    United States")."""
    first = min(_sentences_of(index, key), default=None)
    return first is not None and _sides(index, {first}) <= {home, None}


def _first_tells_of_home(doc: Doc, index: ActorIndex, key: str, home: str) -> bool:
    """Whether a person is first named as the subject of a clause reporting what the
    story's home does: "Yugoslavia will not follow Brazil, Prime Minister Branko Mikulic
    was quoted as saying" is Yugoslavia's prime minister, whatever else the report
    names; one who tells of another country ("Japan will retaliate, Trade Minister
    Tamura said", in a story on U.S. trade) is not placed so."""
    span = _first_mention(doc, index, key)
    if span is None or span.root.dep_ not in SUBJECT_DEPS | {"nsubjpass"}:
        return False
    head = span.root.head  # "said", or "was quoted as saying": the gerund's clause too
    tellers = [head, *(g for p in children(head, "prep") for g in children(p, "pcomp"))]
    told = [c for verb in tellers for c in children(verb, "ccomp")]
    subjects_told = [s for c in told for s in children(c, *SUBJECT_DEPS, "nsubjpass")]
    return any(
        (actor := index.actor_at(s)) is not None and index.country_of(actor) == home
        for s in subjects_told
    )


def _beside_sided(index: ActorIndex, key: str, role: str) -> bool:
    """Whether a sentence mentioning a bare agent also names a group of its role with a
    side: "troops killed 200 Libyan soldiers" sets the troops against that side. A person
    does not: an office holder beside "the government" serves it, and so would a general
    beside "the troops"."""
    sentences = _sentences_of(index, key)
    for mention in index.mentions:
        actor = index.actors.get(mention.actor)
        if mention.sentence not in sentences or actor is None or not actor.code:
            continue
        if actor.type == "Person":
            continue
        if actor.code != role and actor.code.endswith(role):
            return True
    return False


# Nouns of a country's presence in another: a mission or an envoy sits abroad, so the
# story that names one is told from elsewhere (see _represented_abroad).
DIPLOMATIC_NOUNS = frozenset(
    {
        "embassy",
        "consulate",
        "legation",
        "ambassador",
        "envoy",
        "emissary",
        "diplomat",
        "consul",
        "d'affaires",  # "the charge d'affaires"
    }
)


def _envoy(agent: Span) -> bool:
    """Whether an agent names an envoy or a mission (:data:`DIPLOMATIC_NOUNS`)."""
    return any(t.lemma_.lower() in DIPLOMATIC_NOUNS or t.lower_ in DIPLOMATIC_NOUNS for t in agent)


# Prepositions naming where a mission or an envoy sits: "the ambassador to Bolivia".
HOST_PREPS = frozenset({"to", "in", "at"})
HOST_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})  # the model's labels of such places


def _represented_abroad(doc: Doc, index: ActorIndex) -> set[str]:
    """The countries whose missions or envoys the article names by a modifier, and not
    where they sit ("a U.S. embassy spokesman", "the Iranian ambassador said"):
    foreigners where the story happens, so none of them is its home. One whose host the
    text names may be the story's own ("Peru's ambassador to Bolivia said", "the Israeli
    ambassador in Cairo defended the arrests"), and so may one owned by a pronoun ("Iran
    recalled its ambassador")."""
    found: set[str] = set()
    for token in words(doc):
        if token.lemma_.lower() not in DIPLOMATIC_NOUNS:
            continue
        if any(
            _a_host(p, index)
            for c in children(token, "prep")
            if c.lower_ in HOST_PREPS
            for p in children(c, "pobj")
        ):
            continue
        for child in children(token, "amod", "compound", "nmod", "poss"):
            key = index.actor_at(child) if child.pos_ != "PRON" else None
            country = index.country_of(key) if key else None
            if country is not None:
                found.add(country)
    return found


def _a_host(noun: Token, index: ActorIndex) -> bool:
    """Whether a noun names where a mission sits: a place or an actor ("in Cairo", "to
    Bolivia", "to the United Nations"), not a time or a way ("at the weekend", "in a
    statement")."""
    return noun.ent_type_ in HOST_ENTITIES or index.actor_at(noun) is not None


def _ranked_countries(index: ActorIndex, placed: Set[tuple[int, str]]) -> list[tuple[str, int]]:
    """The country codes that the article's sentences name (by a country's or its agents'
    codes, or by the places that lie in it: ``placed``, (sentence, country code) pairs),
    each with the number of sentences naming it, most named first."""
    counts: dict[str, int] = {}
    for _, country in _named_countries(index, placed):
        counts[country] = counts.get(country, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _named_countries(index: ActorIndex, placed: Set[tuple[int, str]]) -> set[tuple[int, str]]:
    """The (sentence, country code) pairs of the countries the article's sentences name,
    by their actors (:func:`_countries`) or by the places that lie in them (``placed``)."""
    return {(m.sentence, country) for m, country in _countries(index)} | set(placed)


def _story_homes(
    doc: Doc, index: ActorIndex, placed: Set[tuple[int, str]]
) -> Callable[[str], str | None]:
    """For a digest (:func:`~kg.extract.items.is_digest`), the home of the one story an
    actor is named in: the one country that story names, by its actors or the places
    that lie in it, its dateline's included ("MANILA - Communist rebels said they had
    destroyed a station in the northern Philippines": Philippine rebels), as a coder
    reads each story of a news digest as an article of its own."""
    story = stories(doc, sentence_numbers(doc))
    named: dict[int, set[str]] = {}
    for sentence, country in _named_countries(index, placed):
        named.setdefault(story(sentence), set()).add(country)
    homes = {s: next(iter(found)) for s, found in named.items() if len(found) == 1}

    def home(key: str) -> str | None:
        told = {story(sentence) for sentence in _sentences_of(index, key)}
        return homes.get(told.pop()) if len(told) == 1 else None

    return home


def _home_country(ranked: list[tuple[str, int]]) -> str | None:
    """The country a story is about, as a coder reads it: the country of ``ranked``
    (:func:`_ranked_countries`) named in at least two sentences, and in twice as many as
    any other; None when the story is about two or more."""
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _sole_country(ranked: list[tuple[str, int]], sentences: int) -> str | None:
    """The one country an article of one sentence names ("President Bouteflika
    threatened a curfew in Algiers", as sentence-coded data comes): the office of a
    person it names with a title is that country's, unless the person acts on the
    country (:func:`_acts_on_country`: "President Bolsonaro criticised Chile"). Too
    little to tell the story's home (:func:`_home_country`), which its bare agents
    would take: "Peru mobilised troops" tells whose troops by its verb, not by
    counting."""
    return ranked[0][0] if sentences == 1 and len(ranked) == 1 else None


def _home_agents(index: ActorIndex, home: str) -> None:
    """Bare agents of a domestic role (:func:`~kg.extract.coding.domestic_role`) become
    the home country's, unless a sentence that mentions them names another country or
    a group of their role with a side (:func:`_beside_sided`): "the army" in a story
    about Colombia is the Colombian military (COLMIL), one actor with "Colombian troops"
    by its code; every mention of them follows."""

    def side(key: str) -> str | None:
        return home if _sides(index, _sentences_of(index, key)) <= {home, None} else None

    _give_sides(index, side)


# Roles of armed men who rise against a state, from within it (CAMEO's rebels,
# insurgents, separatists).
INSURGENT_ROLES = ("REB", "INS", "SEP")


def _insurgents_at_the_scene(index: ActorIndex, scene: str) -> None:
    """Bare insurgents (:data:`INSURGENT_ROLES`) rise where they fight: they are of the
    country the story was filed in and happened in (``scene``,
    :meth:`~kg.extract.places.PlaceIndex.scene`), whoever else their sentences name,
    and whichever country the story names most: "KANDAHAR - British troops fought
    insurgents near Kandahar" are Afghan rebels, "FALLUJA - U.S. Marines fought
    insurgents in Falluja" Iraqi ones, not British or American."""

    def side(key: str) -> str | None:
        role = domestic_role(index.actors[key].code or "")
        return scene if role is not None and role.code in INSURGENT_ROLES else None

    _give_sides(index, side)


def _given_sides(doc: Doc, index: ActorIndex, leading: str) -> None:
    """Bare agents of a domestic role that the story's home does not place take the side
    the article gives their role by its coded actors (:func:`_add_agents` gives them the
    side of an agent noun of their role): the one country whose actors of that role,
    named groups or office holders ("the Senate", "Senator Conrad": USALEG), it names,
    where that is the country the article names most (``leading``, named in more
    sentences than any other) and the sentences mentioning the agent do not name that
    country as a subject or object (they set the agent apart from it: "troops attacked
    Iraq"), as they do not by a modifier, a place or a source ("U.S. officials", "With a
    record U.S. trade deficit, Congress is pressing ...", "In Peru, Congress ..."). So
    "Congress" in a story on U.S. trade policy that names U.S. senators and no other
    legislature is the U.S. Congress, "Congress criticized Japan" too; "the government"
    of a story on seven countries' talks that names one of their ministers is none of
    theirs, nor "the army" of a story on Peru and Chile, named as often, whose troops
    alone it codes."""
    held: dict[str, set[str]] = {}
    for actor in index.actors.values():
        if not actor.code or actor.code == actor.role:
            continue
        country, _ = split_code(actor.code)
        if is_country_code(country):
            for role in role_codes(index.coder.roles_of(actor.code) or ""):
                held.setdefault(role, set()).add(country)

    def side(key: str) -> str | None:
        if held.get(index.actors[key].code or "") != {leading}:
            return None
        return None if _set_against(doc, index, key, leading) else leading

    _give_sides(index, side)


def _set_against(doc: Doc, index: ActorIndex, key: str, country: str) -> bool:
    """Whether a sentence mentioning an actor names ``country`` itself as a subject or
    object (:func:`_party_mention`), a party the actor is set apart from ("the Andean
    Miners Federation accused Chile"), not its side."""
    sentences = _sentences_of(index, key)
    return any(
        m.sentence in sentences and index.actors[m.actor].code == country and _party_mention(doc, m)
        for m in index.mentions
    )


def _acts_on_country(doc: Doc, index: ActorIndex, key: str, country: str) -> bool:
    """Whether an actor is the subject of a clause whose object, or the object of whose
    preposition of a party (:data:`PARTY_PREPS`), names ``country`` ("President Soto
    criticised Chile", "… met with Chile's envoy"): the country is a party the actor acts
    on, not the actor's own; unlike one named in a clause it reports ("said Chile would
    hold elections") or a place ("threatened the rebels in Peru")."""
    for mention in index.mentions:
        if mention.actor != key:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = span.root.head
        objects = [
            *children(verb, "dobj", "dative"),
            *(
                o
                for p in children(verb, "prep")
                if p.lower_ in PARTY_PREPS
                for o in children(p, "pobj")
            ),
        ]
        for obj in objects:
            named = [obj, *children(obj, "poss", "compound", "amod")]
            if any(index.country_of(k) == country for t in named if (k := index.actor_at(t))):
                return True
    return False


def _party_mention(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is a subject or object of its clause ("troops attacked Iraq"):
    a party, not the owner or side a modifier names ("the U.S. trade deficit", "U.S.
    officials"), nor a place or a source ("in Peru", "according to Peru")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in PARTY_DEPS


def _give_sides(index: ActorIndex, side_of: Callable[[str], str | None]) -> None:
    """Each bare agent of a domestic role (whose label is its role's name: a group its
    modifiers name, "Kurdish protesters", stays that group) that ``side_of`` gives a
    country, and that no sentence mentioning it sets beside a group of its role with a
    side (:func:`_beside_sided`), becomes that country's; every mention of it follows.
    Every agent's side is decided on the article as read, before any is renamed, so
    that no decision reads a mention of an agent already renamed."""
    sided_as: dict[str, Actor] = {}
    for key, actor in index.actors.items():
        if actor.type == "Person" or not actor.code or actor.code != actor.role:
            continue
        known = index.coder.roles.get(actor.code)
        if known is None or actor.label != known.name or domestic_role(actor.code) is None:
            continue
        if _beside_sided(index, key, actor.code):
            continue
        country = side_of(key)
        if country is None:
            continue
        code = index.coder.compose(country, "~" + actor.code)
        sided = index.coder.identify(replace(actor, code=code, role=None), False)
        if sided.key != key:
            sided_as[key] = sided
    renamed: dict[str, str] = {}
    for key, sided in sided_as.items():
        del index.actors[key]
        renamed[key] = index.add(sided)
    if not renamed:
        return
    index.by_token = {i: renamed.get(k, k) for i, k in index.by_token.items()}
    index.mentions = [replace(m, actor=renamed.get(m.actor, m.actor)) for m in index.mentions]
    for key, actor in list(index.actors.items()):
        if actor.affiliation in renamed:
            index.actors[key] = replace(actor, affiliation=renamed[actor.affiliation])


def placed_victims(index: ActorIndex, key: str, country: Actor) -> str | None:
    """The agent of the same role on the side of ``country`` for a bare agent of people
    a place gives a side (:data:`PLACED_ROLES`: "people", "civilians", "children",
    "protesters", coded by their role alone), acted on where that country lies: war
    reporting names the dead and the detained by what they are, and a coder codes them
    as the people of the place it happened ("Israeli strikes on Rafah killed 19
    people": Palestinian civilians, PSECVL; "police detained protesters in Tbilisi":
    the Georgian opposition). None for any other actor."""
    actor = index.actors.get(key)
    if actor is None or not actor.code or actor.code != actor.role or actor.type == "Person":
        return None
    roles = role_codes(actor.code)
    if not roles or not set(roles) <= PLACED_ROLES or not country.code:
        return None
    code = index.coder.compose(country.code, "~" + actor.code)
    label = index.coder.label(code)
    if label is None or code == country.code:
        return None
    index.actors.setdefault(country.key, country)
    sided = Actor(
        slug(label),
        label,
        index.coder.kind(code, actor.type),
        affiliation=country.key,
        code=code,
        role=index.coder.roles_of(code) or actor.role,
        country=country.key,
    )
    return index.add(sided)


def _complete_codes(
    doc: Doc,
    index: ActorIndex,
    placed: Set[tuple[int, str]],
    sentences: int,
    vocab: Vocabulary,
    scene: str | None = None,
) -> None:
    """A person the dictionaries do not list takes their side's code and their title's
    role ("the Israeli ambassador": ISR + GOV), or, without a side, the story's country
    and their title's role (see :func:`_home_country`, :func:`_home_agents`, which bare
    agents follow, and, in an article of one sentence, :func:`_sole_country`; a country
    whose mission or envoy the story names is not its home,
    :func:`_represented_abroad`, nor is any a digest's,
    :func:`~kg.extract.items.is_digest`), or else the country of the voice that
    first names them (:func:`_voiced_by`); a named body the dictionaries do not list,
    the story's country and the role its name holds (:func:`_home_body_code`), unless a
    sentence mentioning it sets it against that country (:func:`_set_against`); then
    every coded actor takes the role codes
    and the country its code names, and the country is added as an actor, for
    ``ckg:role`` and ``ckg:country``. ``sentences`` is the number of the article's
    sentences, ``scene`` the country it was filed in and happened in, if one is (see
    :func:`_insurgents_at_the_scene`)."""
    coder = index.coder
    abroad = _represented_abroad(doc, index)
    ranked = [(c, n) for c, n in _ranked_countries(index, placed) if c not in abroad]
    story_home = _story_homes(doc, index, placed) if is_digest(doc) else None
    if story_home is not None:
        ranked = []  # a digest's stories are about as many countries
    home = _home_country(ranked)
    alone = _sole_country(ranked, sentences)
    for key, actor in list(index.actors.items()):
        if actor.type != "Person" or actor.code:
            continue
        side = index.actors.get(actor.affiliation or "")
        role = _title_role(actor.title)
        # the one country of one sentence is not the office of whom it sets against it:
        # "President Bolsonaro criticised Chile" is no Chilean president
        sole = alone if alone and not _acts_on_country(doc, index, key, alone) else None
        own = home or sole or (story_home(key) if story_home is not None else None)
        if side is not None and side.code:
            code = coder.compose(side.code, role) if role else side.code
        elif role and (announced := _announced_by(doc, index, key, actor.title)) is not None:
            code = coder.compose(announced, role)  # "A British minister said … Minister Howard"
        elif (
            own
            and role
            and domestic_role(role) is not None
            and (_introduced_at_home(index, key, own) or _first_tells_of_home(doc, index, key, own))
        ):
            code = coder.compose(own, role)  # "Finance Minister Dilson Funaro"
        elif (
            role
            and domestic_role(role) is not None
            and (voiced := _voiced_by(doc, index, key, vocab)) is not None
        ):
            code = coder.compose(voiced, role)  # "IRNA quoted Oil Minister Aqazadeh"
        else:
            continue
        index.actors[key] = replace(actor, code=code)
    for key, actor in list(index.actors.items()):
        body_home = home or (story_home(key) if story_home is not None else None)
        if actor.type == "Person" or actor.code or body_home is None:
            continue
        if _set_against(doc, index, key, body_home):
            continue
        body_code = _home_body_code(actor.label, body_home, coder)
        if body_code is not None:
            index.actors[key] = replace(actor, code=body_code)
    if scene is not None and story_home is None:  # a digest's stories are set apart
        _insurgents_at_the_scene(index, scene)
    if home is not None:
        _home_agents(index, home)
    elif story_home is not None:
        _give_sides(index, story_home)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        _given_sides(doc, index, ranked[0][0])
    for key, coded in list(index.actors.items()):
        own = coded.code
        if own is None or own == coded.role:
            continue  # uncoded, or a role without a side (MUS of "Muslims" is no Mauritius)
        country = coder.country_actor(own)
        if country is not None and country.key != key:
            index.actors.setdefault(country.key, country)
        index.actors[key] = replace(
            coded,
            role=coder.roles_of(own) or coded.role,
            country=country.key if country is not None and country.key != key else None,
        )
