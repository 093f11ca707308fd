"""Network analytics on the actor graph: the weighted view, centralities, communities.

The multigraph keeps one edge per event; analysts usually want one edge per ordered
actor pair, weighted by how many events it carries and their mean Goldstein score.
Centralities and Louvain communities are computed on that view and written back as
node attributes, so the page, the GraphML and a notebook all see the same numbers.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["analyse", "weighted_view"]

LOUVAIN_SEED = 7  # fixed, so the same graph always gets the same communities
# Above this many actors, betweenness is estimated from this many sampled sources
# (exact betweenness is cubic-ish and would dominate rendering a large page).
BETWEENNESS_SAMPLES = 256


def weighted_view(graph: nx.MultiDiGraph[str]) -> nx.DiGraph[str]:
    """One edge per (source, target): ``count`` events and their ``mean_goldstein``,
    affiliation edges left out."""
    view: nx.DiGraph[str] = nx.DiGraph()
    view.add_nodes_from(graph.nodes(data=True))
    for source, target, attrs in graph.edges(data=True):
        if attrs.get("kind") == "affiliation":
            continue
        if view.has_edge(source, target):
            edge = view[source][target]
            edge["count"] += 1
            edge["goldstein_sum"] += float(attrs["goldstein"])
        else:
            view.add_edge(source, target, count=1, goldstein_sum=float(attrs["goldstein"]))
    for _source, _target, edge in view.edges(data=True):
        edge["mean_goldstein"] = round(edge.pop("goldstein_sum") / edge["count"], 3)
        edge["weight"] = edge["count"]
    return view


def _undirected_weights(view: nx.DiGraph[str]) -> nx.Graph[str]:
    """The view undirected, as ``view.to_undirected()`` makes it (the same nodes and
    edges in the same order, a pair's later direction giving its weight) but with only
    the ``weight`` Louvain reads: ``to_undirected`` deep-copies every node's and edge's
    attributes, the actors' lists of events included, for nothing."""
    undirected: nx.Graph[str] = nx.Graph()
    undirected.add_nodes_from(view)
    undirected.add_edges_from(
        (u, v, {"weight": attrs["weight"]}) for u, v, attrs in view.edges(data=True)
    )
    return undirected


def analyse(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """A copy of ``graph`` with ``degree``, ``betweenness`` and ``community`` on every node."""
    out = graph.copy()
    view = weighted_view(graph)
    degree = nx.degree_centrality(view) if len(view) > 1 else dict.fromkeys(view, 0.0)
    sample = BETWEENNESS_SAMPLES if len(view) > BETWEENNESS_SAMPLES else None
    betweenness = (
        nx.betweenness_centrality(view, k=sample, seed=LOUVAIN_SEED)
        if len(view) > 2
        else dict.fromkeys(view, 0.0)
    )
    communities = nx.community.louvain_communities(
        _undirected_weights(view), weight="weight", seed=LOUVAIN_SEED
    )
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    membership = {node: number for number, members in enumerate(ordered) for node in members}
    for node, attrs in out.nodes(data=True):
        attrs["degree"] = round(degree.get(node, 0.0), 4)
        attrs["betweenness"] = round(betweenness.get(node, 0.0), 4)
        attrs["community"] = membership.get(node, -1)
    return out
