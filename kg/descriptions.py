"""Descriptions of what many articles mention, kept once: which one each thing keeps.

An actor named in 300 articles used to be described in each of their graphs, so the
union of the graphs (what a plain SPARQL query reads) held its label and type 300
times, and a query joining through them returned each row 300 times. Now an article's
graph says only that the article ``ckg:mentions`` the actor, and what the actor is goes
into one named graph for all articles, :data:`kg.rdf.DESCRIPTIONS_GRAPH`
(``https://w3id.org/kg-news/id/descriptions``). Whatever :func:`kg.rdf.descriptions`
describes goes there by the same rules: places joined actors so, and a new kind of thing
articles mention needs only its triples added to that function.

The rules, so that the graph holds exactly one description of each thing, whatever the
order of builds and however often an article is rebuilt:

* **One description per thing.** The first article that names a thing describes it
  (within a batch, the first in input order); later articles add nothing to it, as
  :class:`kg.extract.KnownActors` keeps an actor's first label and type for the
  articles' own triples (event labels), so the two agree. A build with ``--force``
  re-extracts its articles to replace what is stored, so the first of them to name a
  thing describes it again, replacing the stored description (its label and type
  still the ones ``KnownActors`` keeps).
* **As long as an article mentions it.** When a build replaces an article's graph (or
  a description), every description that no article mentions any more, directly or
  through the description of something mentioned (the country of a mentioned actor),
  is removed in the same transaction (:data:`FORGET_UNMENTIONED`): ``--force``, or an
  article re-extracted to name other actors, leaves no orphan behind. A build that only
  adds articles removes nothing, and stores by its fast path.
* **Checked before stored.** A batch is validated with the descriptions its articles
  give of everything they mention (each thing's from the first article of the batch
  that names it; complete on their own, see :func:`kg.rdf.descriptions`), so the SHACL
  gate sees each actor and place an event points to.

:class:`Describer` picks the descriptions a batch writes; :meth:`kg.store.Store.replace_graphs`
writes them with the articles and removes what is no longer mentioned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import RDF, URIRef

from kg.rdf import CKG, DESCRIPTIONS_GRAPH, Triple, descriptions
from kg.records import Extraction

if TYPE_CHECKING:
    from kg.store import Store

__all__ = ["FORGET_UNMENTIONED", "Describer", "first_descriptions"]

# Every description whose subject no article mentions, directly or through the links of
# descriptions from one it mentions (any property but rdf:type: an affiliation, a
# country), removed. The things to keep are found once, forwards from the mentions
# (tens of milliseconds for 300 articles), not by asking of each thing whether some
# mention reaches it (seconds).
FORGET_UNMENTIONED = f"""DELETE {{ GRAPH {DESCRIPTIONS_GRAPH.n3()} {{ ?thing ?p ?o }} }}
WHERE {{
  GRAPH {DESCRIPTIONS_GRAPH.n3()} {{ ?thing ?p ?o }}
  MINUS {{
    SELECT DISTINCT ?thing WHERE {{
      GRAPH ?article {{ ?a {CKG.mentions.n3()} ?mentioned }}
      GRAPH {DESCRIPTIONS_GRAPH.n3()} {{ ?mentioned (!{RDF.type.n3()})* ?thing }}
    }}
  }}
}}"""


def first_descriptions(batch: Sequence[Extraction]) -> dict[URIRef, list[Triple]]:
    """The descriptions a batch of articles gives, each thing's from the first article
    of the batch that names it."""
    described: dict[URIRef, list[Triple]] = {}
    for extraction in batch:
        for subject, triples in descriptions(extraction).items():
            described.setdefault(subject, triples)
    return described


class Describer:
    """Which descriptions a build writes (see the module docstring): of each thing, the
    first its articles give; of a thing the store describes already, none, unless the
    build is ``force``d."""

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self._written: set[URIRef] = set()  # by this build

    def select(
        self, store: Store, described: Mapping[URIRef, list[Triple]]
    ) -> dict[URIRef, list[Triple]]:
        """Of a batch's ``described`` things, the descriptions to write."""
        fresh = [s for s in described if s not in self._written]
        keep = set() if self.force else store.described(fresh)
        chosen = {s: described[s] for s in fresh if s not in keep}
        self._written.update(chosen)
        return chosen
