"""Node positions shared by the HTML view and the pictures, deterministic for a given graph.

The ``flows`` view is drawn in three columns (sites, data types, recipient kinds), each data type
placed at the mean row of the sites that state it and each recipient kind at the mean row of the
data reaching it, which keeps lines short; ``sites`` on a circle; ``practices`` with a seeded
spring layout. Coordinates are in rows: one unit between neighbours of a column.
"""

from __future__ import annotations

import networkx as nx

COLUMNS = ("site", "data", "recipient")


def positions(network: nx.Graph) -> dict[str, tuple[float, float]]:
    """``{node: (x, y)}`` for ``network`` (a view), y growing downwards."""
    view = network.graph.get("view")
    if view == "flows":
        return columns(network)
    if len(network) == 0:
        return {}
    if view == "sites":
        layout = nx.circular_layout(sorted(network), scale=max(3.0, len(network) / 2))
    else:
        layout = nx.spring_layout(network, seed=7, k=1.2 / len(network) ** 0.5,
                                  scale=len(network) ** 0.5 * 2)
    return {n: (round(float(x), 3), round(float(y), 3)) for n, (x, y) in layout.items()}


def columns(network: nx.Graph) -> dict[str, tuple[float, float]]:
    """Sites, data types and recipient kinds in three columns ordered by barycentre."""
    rows: dict[str, float] = {}
    by_kind = {kind: [n for n, k in network.nodes(data="kind") if k == kind] for kind in COLUMNS}
    by_kind["site"].sort(key=lambda n: network.nodes[n]["label"])
    for i, node in enumerate(by_kind["site"]):
        rows[node] = i
    for kind in COLUMNS[1:]:
        def centre(node: str) -> tuple[float, str]:
            seen = [(rows[u], w) for u, _, w in network.in_edges(node, data="weight") if u in rows]
            total = sum(w for _, w in seen) or 1
            return sum(r * w for r, w in seen) / total, network.nodes[node]["label"]
        for i, node in enumerate(sorted(by_kind[kind], key=centre)):
            rows[node] = i
    tallest = max((len(nodes) for nodes in by_kind.values()), default=1)
    out = {}
    for x, kind in enumerate(COLUMNS):
        step = tallest / max(len(by_kind[kind]), 1)  # shorter columns spread over the height
        for node in by_kind[kind]:
            out[node] = (float(x), round((rows[node] + 0.5) * step - 0.5, 3))
    return out
