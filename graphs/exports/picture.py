"""Static pictures of a view for reports: PNG and SVG, drawn with matplotlib (no system binary).

Nodes are coloured by kind (the colours of :data:`.network.KIND_STYLE`), edges are as wide as
the number of practices behind them, negated flows are red and dashed. The default view is
``flows``: sites on the left, the data types they state in the middle, the recipient kinds the
data reaches on the right (:mod:`.layout`). Output is deterministic: no dates, a fixed hash salt.
"""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

import networkx as nx

from policykg.graphs.exports.base import ExportFormat
from policykg.graphs.exports.layout import positions
from policykg.graphs.exports.network import AFFIRMED_COLOUR, KIND_STYLE, NEGATED_COLOUR
from policykg.graphs.store import write_atomically

_PLURAL = {"site": "sites", "data": "data types", "recipient": "recipient kinds",
           "practice": "practices", "purpose": "purposes", "condition": "conditions",
           "named-party": "named parties"}
_ALIGN = {"site": "right", "data": "left", "recipient": "left"}


def render(network: nx.Graph, fmt: str) -> bytes:
    """``network`` drawn as ``png`` or ``svg`` bytes."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    where = positions(network)
    xs = [x for x, _ in where.values()] or [0.0]
    ys = [y for _, y in where.values()] or [0.0]
    flows = network.graph.get("view") == "flows"
    width = 13.0 if flows else 12.0
    height = max(4.0, (max(ys) - min(ys)) * (0.24 if flows else 1.0) + 1.5)
    if not flows:
        height = min(height, 12.0)
    with matplotlib.rc_context({"svg.hashsalt": "policykg", "svg.fonttype": "none",
                                "font.family": "DejaVu Sans"}):
        figure = Figure(figsize=(width, height), dpi=110)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.01, 0.01, 0.98, 0.93))
        axes.set_axis_off()
        _draw_edges(axes, network, where)
        _draw_nodes(axes, network, where, flows)
        pad = 0.9 if flows else 0.5
        axes.set_xlim(min(xs) - pad, max(xs) + pad + (0.6 if flows else 0))
        axes.set_ylim(max(ys) + 0.8, min(ys) - 0.8)
        figure.suptitle(_title(network), fontsize=12, x=0.01, ha="left")
        handles = [Line2D([], [], color=AFFIRMED_COLOUR, lw=2, label="affirmed"),
                   Line2D([], [], color=NEGATED_COLOUR, lw=2, ls="--", label="negated")]
        handles += [Line2D([], [], marker="o", ls="", color=KIND_STYLE[k][0], label=k)
                    for k in sorted({k for _, k in network.nodes(data="kind")} & set(KIND_STYLE))]
        figure.legend(handles=handles, loc="upper right", ncol=len(handles), fontsize=8,
                      frameon=False)
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(out, format=fmt, metadata=metadata)
    return out.getvalue()


def _draw_edges(axes, network: nx.Graph, where: dict) -> None:
    weights: dict[tuple[str, str, str], int] = defaultdict(int)
    for u, v, attrs in network.edges(data=True):
        weights[u, v, attrs.get("polarity", "affirmed")] += attrs.get("weight", 1)
    for (u, v, polarity), weight in sorted(weights.items(), key=lambda item: item[0][2]):
        negated = polarity == "negated"
        (x1, y1), (x2, y2) = where[u], where[v]
        axes.plot([x1, x2], [y1, y2], color=NEGATED_COLOUR if negated else AFFIRMED_COLOUR,
                  ls="--" if negated else "-", lw=0.4 + min(weight, 30) ** 0.5 * 0.5,
                  alpha=0.75 if negated else 0.35, zorder=1, solid_capstyle="round")


def _draw_nodes(axes, network: nx.Graph, where: dict, flows: bool) -> None:
    strength = dict(network.degree(weight="weight"))
    for node, attrs in network.nodes(data=True):
        kind = attrs.get("kind", "")
        x, y = where[node]
        practice = kind == "practice"
        size = 6 if practice else 18 + min(strength.get(node, 1), 60) ** 0.5 * 12
        axes.scatter([x], [y], s=size, color=KIND_STYLE.get(kind, ("#999999",))[0],
                     edgecolors="white", linewidths=0.6, zorder=2)
        if practice:
            continue
        align = _ALIGN.get(kind, "left") if flows else "center"
        dx = {"right": -0.05, "left": 0.05, "center": 0.0}[align]
        axes.text(x + dx, y if flows else y - 0.25, attrs.get("label", node), ha=align,
                  va="center", fontsize=8 if flows else 7, zorder=3,
                  fontweight="bold" if kind == "site" else "normal")


def _title(network: nx.Graph) -> str:
    kinds = defaultdict(int)
    for _, kind in network.nodes(data="kind"):
        kinds[kind] += 1
    counts = ", ".join(f"{n} {_PLURAL.get(k, k)}" for k, n in sorted(kinds.items()))
    return f"policykg {network.graph.get('view', '')} view: {counts}"


def _writer(fmt: str):
    def write(network: nx.Graph, path: Path) -> None:
        write_atomically(path, render(network, fmt))
    return write


FORMATS = [
    ExportFormat("png", (".png",), "view", "PNG picture (matplotlib)", _writer("png"), "flows"),
    ExportFormat("svg", (".svg",), "view", "SVG picture (matplotlib)", _writer("svg"), "flows"),
]
