"""Network exports of a view: GraphML, GEXF, Cytoscape.js JSON, Graphviz DOT, CSV lists.

The view (:mod:`policykg.graphs.views`) already holds string ids and string or number
attributes only; here edges get ids ``e0``, ``e1`` … (GraphML and GEXF need unique edge ids, and
Cytoscape.js wants one per element).

- GraphML (yEd, Gephi, Cytoscape desktop): :func:`networkx.write_graphml`.
- GEXF 1.2 (Gephi): :func:`networkx.write_gexf`.
- Cytoscape.js JSON (Cytoscape.js, Cytoscape desktop's "Cytoscape.js JSON" import): the shape
  of :func:`networkx.cytoscape_data`, ``{"data", "directed", "multigraph", "elements": {"nodes",
  "edges"}}``, each element ``{"data": {"id", ...}}``.
- Graphviz DOT: written here (no pydot needed), with colours and shapes by node kind, pen width
  by weight and negated edges red and dashed; ``dot -Tsvg`` draws it.
- CSV: OUT is a folder that gets ``nodes.csv`` (``Id``, ``Label``, attributes) and ``edges.csv``
  (``Source``, ``Target``, ``Type``, ``Id``, ``Weight``, attributes): Gephi's spreadsheet
  import, or any table tool.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from policykg.extract.errors import InputError
from policykg.graphs.exports.base import ExportFormat
from policykg.graphs.store import write_atomically

KIND_STYLE = {  # kind -> (fill colour, Graphviz shape); the HTML view and pictures use the colours
    "site": ("#4c72b0", "box"), "practice": ("#cccccc", "point"), "data": ("#55a868", "ellipse"),
    "recipient": ("#dd8452", "hexagon"), "purpose": ("#8172b3", "note"),
    "condition": ("#937860", "diamond"), "named-party": ("#da8bc3", "octagon"),
}
NEGATED_COLOUR, AFFIRMED_COLOUR = "#c44e52", "#5a6b7b"


def with_edge_ids(network: nx.Graph) -> nx.MultiDiGraph | nx.MultiGraph:
    """A multigraph copy of ``network`` whose edge keys are ``e0``, ``e1`` … in edge order."""
    out = nx.MultiDiGraph() if network.is_directed() else nx.MultiGraph()
    out.graph.update(network.graph)
    out.add_nodes_from(network.nodes(data=True))
    for i, (u, v, attrs) in enumerate(network.edges(data=True)):
        out.add_edge(u, v, key=f"e{i}", **attrs)
    return out


def write_graphml(network: nx.Graph, path: Path) -> None:
    out = io.BytesIO()
    nx.write_graphml(with_edge_ids(network), out, encoding="utf-8")
    write_atomically(path, out.getvalue())


def write_gexf(network: nx.Graph, path: Path) -> None:
    out = io.BytesIO()
    nx.write_gexf(with_edge_ids(network), out, encoding="utf-8", version="1.2draft")
    write_atomically(path, out.getvalue())


def cytoscape_json(network: nx.Graph) -> dict:
    """The Cytoscape.js elements of ``network`` (networkx's ``cytoscape_data`` shape)."""
    multi = with_edge_ids(network)
    data = nx.cytoscape_data(multi)
    for edge, (_, _, key) in zip(data["elements"]["edges"], multi.edges(keys=True)):
        edge["data"]["id"] = key
    data["data"] = {"name": network.graph.get("view", "policykg"), **network.graph}
    return data


def write_cytoscape(network: nx.Graph, path: Path) -> None:
    text = json.dumps(cytoscape_json(network), ensure_ascii=False, indent=1)
    write_atomically(path, text.encode("utf-8"))


def dot_text(network: nx.Graph) -> str:
    """The Graphviz DOT source of ``network``: every attribute kept, styled for drawing."""
    arrow = "->" if network.is_directed() else "--"
    lines = [f"{'digraph' if network.is_directed() else 'graph'} "
             f"{_quote(network.graph.get('view', 'policykg'))} {{",
             "  graph [rankdir=LR, overlap=false, splines=true, fontname=Helvetica];",
             "  node [style=filled, fontname=Helvetica, fontsize=10, fontcolor=white];",
             "  edge [arrowsize=0.5];"]
    for node, attrs in network.nodes(data=True):
        fill, shape = KIND_STYLE.get(attrs.get("kind", ""), ("#999999", "ellipse"))
        lines.append(f"  {_quote(node)} [{_attributes(attrs, fillcolor=fill, shape=shape)}];")
    for u, v, attrs in network.edges(data=True):
        negated = attrs.get("polarity") == "negated"
        style = dict(color=NEGATED_COLOUR if negated else AFFIRMED_COLOUR,
                     style="dashed" if negated else "solid",
                     penwidth=round(0.6 + min(attrs.get("weight", 1), 20) ** 0.5 * 0.6, 2))
        lines.append(f"  {_quote(u)} {arrow} {_quote(v)} [{_attributes(attrs, **style)}];")
    return "\n".join(lines + ["}"]) + "\n"


def _attributes(attrs: dict, **style) -> str:
    merged = {**attrs, **style}
    return ", ".join(f"{_quote(k)}={_quote(v)}" for k, v in merged.items())


def _quote(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def write_dot(network: nx.Graph, path: Path) -> None:
    write_atomically(path, dot_text(network).encode("utf-8"))


def csv_tables(network: nx.Graph) -> tuple[str, str]:
    """``nodes.csv`` and ``edges.csv`` of ``network`` as text (Gephi's column names first)."""
    multi = with_edge_ids(network)
    node_rows = [{"Id": n, "Label": a.get("label", n), **a} for n, a in multi.nodes(data=True)]
    kind = "Directed" if network.is_directed() else "Undirected"
    edge_rows = [{"Source": u, "Target": v, "Type": kind, "Id": k, "Weight": a.get("weight", 1),
                  **{name: value for name, value in a.items() if name != "weight"}}
                 for u, v, k, a in multi.edges(keys=True, data=True)]
    return _csv(node_rows), _csv(edge_rows)


def _csv(rows: list[dict]) -> str:
    header: dict[str, None] = {}
    for row in rows:
        header.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_csv(network: nx.Graph, path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise InputError(str(path), "csv writes nodes.csv and edges.csv into a folder; "
                         "this is a file")
    if not path.parent.is_dir():
        raise InputError(str(path), "the output folder does not exist")
    path.mkdir(exist_ok=True)
    nodes, edges = csv_tables(network)
    write_atomically(path / "nodes.csv", nodes.encode("utf-8"))
    write_atomically(path / "edges.csv", edges.encode("utf-8"))


FORMATS = [
    ExportFormat("graphml", (".graphml",), "view", "GraphML (yEd, Gephi, Cytoscape)",
                 write_graphml),
    ExportFormat("gexf", (".gexf",), "view", "GEXF 1.2 (Gephi)", write_gexf),
    ExportFormat("cytoscape", (".cyjs",), "view", "Cytoscape.js JSON", write_cytoscape),
    ExportFormat("dot", (".dot", ".gv"), "view", "Graphviz DOT", write_dot),
    ExportFormat("csv", (), "view", "a folder with nodes.csv and edges.csv", write_csv),
]
