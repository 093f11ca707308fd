"""Positions for the actors the page shows, computed here so the page opens laid out.

Each connected group of actors is laid out on its own: a force layout (Fruchterman-
Reingold, seeded) for groups up to :data:`FORCE_LIMIT` actors, discs of Louvain
communities, packed, for bigger ones (linear in the number of actors, where a force
layout is not). The groups are then packed in rows, biggest first, into a rectangle about as wide
as a screen, so a lone actor or a pair does not sit far out on its own and the page's
fit does not shrink the main group to a dot. Neighbours stay :data:`SPACING` apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import networkx as nx
import numpy as np

__all__ = ["ASPECT", "SPACING", "layout"]

SPACING = 80.0  # canvas units between neighbouring actors (vis-network dots are 6-22)
FORCE_LIMIT = 300  # actors in a group laid out by force; a bigger one by communities
ASPECT = 1.5  # width over height of the packed rectangle: a screen beside the side bar
STRETCH = 1.4  # labels are wide: actors are spread more across than down
SEED = 7
TRIES, FEW_EDGES = 8, 60  # seeds tried for a group of up to FEW_EDGES edges
DENSITY = 2.0  # room for an actor of a group laid out by force, in SPACING squared
NEAREST = 0.7  # no two actors of such a group closer than this, in SPACING
CELL = (1.2, 0.8)  # room for an actor alone, across and down, in SPACING

Point = tuple[float, float]


def _crossings(group: nx.Graph[str], raw: Mapping[str, np.ndarray]) -> int:
    """How many pairs of edges without a shared end cross in this layout."""

    def side(a: Point, b: Point, c: Point) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    at = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}
    lines = [(at[u], at[v], {u, v}) for u, v in group.edges()]
    count = 0
    for i, (a, b, ends) in enumerate(lines):
        for c, d, others in lines[i + 1 :]:
            if ends & others:
                continue
            if side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0:
                count += 1
    return count


def _force(group: nx.Graph[str]) -> dict[str, Point]:
    """A seeded force layout, scaled so that each actor has about ``DENSITY`` times
    :data:`SPACING` squared of room, then pulled apart where two are closer than
    ``NEAREST`` times :data:`SPACING` (a force layout bunches a star's leaves). A small
    group is laid out from a few seeds, and the layout with the fewest crossing edges
    kept: the first seed's with none, without trying the others (most groups are pairs
    and stars, which the first seed lays out without crossings)."""
    tries = TRIES if group.number_of_edges() <= FEW_EDGES else 1
    raw: Mapping[str, np.ndarray] = {}
    fewest = math.inf
    for seed in range(SEED, SEED + tries):
        tried = nx.spring_layout(group, seed=seed, iterations=150)
        crossings = _crossings(group, tried) if tries > 1 else 0
        if crossings < fewest:
            raw, fewest = tried, crossings
        if fewest == 0:
            break
    nodes = sorted(group)
    xy = np.array([raw[n] for n in nodes], dtype=float)
    span = xy.max(axis=0) - xy.min(axis=0)
    area = max(float(span[0] * span[1]), float(max(span) ** 2) / 4, 1e-9)
    xy *= math.sqrt(len(nodes) * DENSITY * SPACING**2 / area)
    xy = _separate(xy, SPACING * NEAREST)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}


def _separate(xy: np.ndarray, least: float, rounds: int = 60) -> np.ndarray:
    """Points pushed apart, pair by pair, until none are closer than ``least``."""
    xy = xy.copy()
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.linalg.norm(delta, axis=-1)
        np.fill_diagonal(dist, least)  # a point is not too close to itself
        close = dist < least
        if not close.any():
            break
        coincident = dist == 0
        delta[..., 0] = np.where(coincident, 1.0, delta[..., 0])  # split along x
        dist = np.where(coincident, 1.0, dist)
        push = np.where(close, (least - dist) / 2 / dist, 0.0)
        xy += (delta * push[..., None]).sum(axis=1)
    return xy


def _discs(
    nodes: Sequence[str], community: Mapping[str, int], rank: Mapping[str, int]
) -> dict[str, Point]:
    """Each community a disc (a sunflower pattern, the best-ranked actors in the middle),
    the discs packed in rows as groups are (:func:`_pack`), the biggest first."""
    members: dict[int, list[str]] = {}
    for node in nodes:
        members.setdefault(community.get(node, -1), []).append(node)
    groups = sorted(members.values(), key=lambda g: (-len(g), min(g)))
    radii = [SPACING * math.sqrt(len(group) / math.pi) for group in groups]
    corners = _pack([(2 * r + SPACING, 2 * r + SPACING) for r in radii])
    golden = math.pi * (3 - math.sqrt(5))
    positions: dict[str, Point] = {}
    for group, radius, (left, top) in zip(groups, radii, corners, strict=True):
        cx, cy = left + radius + SPACING / 2, top + radius + SPACING / 2
        ranked = sorted(group, key=lambda n: (rank.get(n, 0), n))
        for k, node in enumerate(ranked):
            r = radius * math.sqrt((k + 0.5) / len(group))
            positions[node] = (cx + r * math.cos(k * golden), cy + r * math.sin(k * golden))
    return positions


def _group(
    graph: nx.Graph[str],
    nodes: Sequence[str],
    community: Mapping[str, int],
    rank: Mapping[str, int],
) -> dict[str, Point]:
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        first, second = sorted(nodes, key=lambda n: (rank.get(n, 0), n))
        return {first: (0.0, 0.0), second: (SPACING * 1.2, 0.0)}
    if len(nodes) <= FORCE_LIMIT:
        sub: nx.Graph[str] = nx.Graph()
        sub.add_nodes_from(sorted(nodes))
        sub.add_edges_from(sorted(graph.subgraph(nodes).edges()))
        return _force(sub)
    return _discs(nodes, community, rank)


def _pack(sizes: Sequence[Point]) -> list[Point]:
    """Top-left corners for boxes of ``sizes`` (their room around them included), given
    biggest first: rows across a rectangle of :data:`ASPECT`, each row's first box
    setting its height and smaller boxes stacked in columns beside it."""
    if not sizes:
        return []
    area = sum(w * h for w, h in sizes)
    width = max(max(w for w, _ in sizes), math.sqrt(area * ASPECT))
    corners: list[Point] = []
    row_y = row_h = 0.0
    col_x = col_y = col_w = 0.0
    for number, (w, h) in enumerate(sizes):
        if number == 0:
            row_h, col_w = h, w
        elif col_y + h <= row_h + 1e-6 and col_x + w <= width + 1e-6:
            col_w = max(col_w, w)  # below the last box, in the same column
        elif col_x + col_w + w <= width + 1e-6:
            col_x, col_y, col_w = col_x + col_w, 0.0, w  # a new column in this row
        else:
            row_y, row_h = row_y + row_h, h  # a new row
            col_x, col_y, col_w = 0.0, 0.0, w
        corners.append((col_x, row_y + col_y))
        col_y += h
    return corners


def layout(
    graph: nx.Graph[str], community: Mapping[str, int], rank: Mapping[str, int]
) -> dict[str, tuple[float, float]]:
    """Positions (canvas units, rounded to 0.1) for every node of ``graph``, an
    undirected graph of the actors shown and the pairs drawn between them. ``rank``
    orders actors by importance (0 first), ``community`` groups them for big groups."""
    groups = sorted(
        (sorted(c) for c in nx.connected_components(graph)),
        key=lambda g: (-len(g), min(rank.get(n, 0) for n in g), g[0]),
    )
    placed: list[dict[str, Point]] = []
    sizes: list[Point] = []
    for nodes in groups:
        local = _group(graph, nodes, community, rank)
        xs = [x * STRETCH for x, _ in local.values()]
        ys = [y for _, y in local.values()]
        left, top = min(xs), min(ys)
        if len(nodes) == 1:
            pad = (CELL[0] * SPACING / 2, CELL[1] * SPACING / 2)
            sizes.append((CELL[0] * SPACING, CELL[1] * SPACING))
        else:
            pad = (SPACING / 2, SPACING / 2)
            sizes.append((max(xs) - left + SPACING, max(ys) - top + SPACING))
        placed.append(
            {n: (x * STRETCH - left + pad[0], y - top + pad[1]) for n, (x, y) in local.items()}
        )
    order = sorted(range(len(groups)), key=lambda i: (-sizes[i][1], -sizes[i][0], i))
    corners = _pack([sizes[i] for i in order])
    positions: dict[str, tuple[float, float]] = {}
    for i, (cx, cy) in zip(order, corners, strict=True):
        for node, (x, y) in placed[i].items():
            positions[node] = (round(cx + x, 1), round(cy + y, 1))
    return positions
