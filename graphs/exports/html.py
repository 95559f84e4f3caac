"""One self-contained interactive HTML page of a view, opened from a file with no network.

The page (``graphs/assets/view.html``) embeds the view as Cytoscape.js elements with their
positions (:mod:`.layout`) and the bundled ``cytoscape.min.js`` (cytoscape.js 3.34.4, MIT
licence: ``graphs/assets/cytoscape.LICENSE``). It filters by site, data type, recipient kind
and polarity (the edge facets of :mod:`policykg.graphs.views`), keeps the filters in the URL
fragment (``#site=music123.com&polarity=negated``), and shows the evidence sentences of a
clicked node or edge. The default view is ``flows``.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from policykg.graphs.exports.base import ExportFormat
from policykg.graphs.exports.layout import positions
from policykg.graphs.exports.network import (
    AFFIRMED_COLOUR,
    KIND_STYLE,
    NEGATED_COLOUR,
    cytoscape_json,
)
from policykg.graphs.store import write_atomically
from policykg.graphs.views import FACETS, SEPARATOR

_SCALE = {"flows": (420.0, 26.0)}  # x and y pixels a layout unit, by view
_DEFAULT_SCALE = (60.0, 60.0)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file of ``graphs/assets`` as text."""
    return resources.files("policykg.graphs").joinpath("assets", name).read_text(encoding="utf-8")


def page_data(network: nx.Graph) -> dict:
    """What the page's script reads: elements with positions, facet values and colours."""
    view = network.graph.get("view", "")
    elements = cytoscape_json(network)["elements"]
    where, (sx, sy) = positions(network), _SCALE.get(view, _DEFAULT_SCALE)
    strength = dict(network.degree(weight="weight"))
    for node in elements["nodes"]:
        data = node["data"]
        x, y = where.get(data["id"], (0.0, 0.0))
        node["position"] = {"x": round(x * sx, 1), "y": round(y * sy, 1)}
        data["colour"] = KIND_STYLE.get(data.get("kind", ""), ("#999999",))[0]
        data["size"] = 8 if data.get("kind") == "practice" else round(
            10 + min(strength.get(data["id"], 1), 60) ** 0.5 * 3, 1)
    for edge in elements["edges"]:
        edge["data"]["width"] = round(0.8 + min(edge["data"].get("weight", 1), 30) ** 0.5, 2)
    facets = {name: sorted({value for _, _, found in network.edges(data=name, default="")
                            for value in found.split(SEPARATOR) if value}) for name in FACETS}
    kinds = sorted({kind for _, kind in network.nodes(data="kind")})
    return {"view": view, "directed": network.is_directed(), "elements": elements,
            "facets": facets,
            "colours": {"affirmed": AFFIRMED_COLOUR, "negated": NEGATED_COLOUR,
                        "kinds": {k: KIND_STYLE.get(k, ("#999999",))[0] for k in kinds}}}


def page(network: nx.Graph) -> str:
    """The HTML text of the page."""
    data = json.dumps(page_data(network), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c")  # no "</script>" can end the JSON block early
    library = asset("cytoscape.min.js").replace("</script", "<\\/script")
    title = f"policykg: {network.graph.get('view', '')} view"
    return (asset("view.html")
            .replace("{{TITLE}}", html.escape(title))
            .replace("<!--GRAPH-DATA-->",
                     f'<script type="application/json" id="graph-data">{data}</script>')
            .replace("<!--CYTOSCAPE-->", f"<script>\n{library}\n</script>"))


def write_html(network: nx.Graph, path: Path) -> None:
    write_atomically(path, page(network).encode("utf-8"))


FORMATS = [ExportFormat("html", (".html", ".htm"), "view",
                        "interactive page with filters and evidence (cytoscape.js bundled)",
                        write_html, "flows")]
