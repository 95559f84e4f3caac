"""Views of a built graph as networkx graphs for visualisation tools.

Every view's node ids are strings and every node and edge attribute is a plain string or
number, so GraphML, GEXF, Cytoscape.js, DOT and CSV writers take them as they are. Nodes carry
``label``, ``kind`` (``site``, ``practice``, ``data``, ``recipient``, ``purpose``, ``condition``,
``named-party``) and ``iri``; edges carry ``relation``, ``weight`` (how many practices), the
``evidence`` sentences (one a line: ``[site start-end Class polarity] text``) and four facets
that the HTML view filters on: ``sites``, ``data_types``, ``recipients`` and ``polarity``
(labels joined with ``|``, gathered from the practices behind the edge).

- ``practices``: the full practice graph: site -> practice (``states``), practice -> data type,
  recipient kind, purpose, condition, named party and, for a third party, the actor kind.
- ``flows``: site -> data type (``states``) -> recipient kind (``flows-to``, one edge per site),
  from the data practices; a third-party actor ("advertisers may collect ...") counts as a
  recipient. Each polarity is its own edge: ``polarity="negated"`` marks "we never sell ...".
- ``sites``: sites linked when affirmed data practices of both name a recipient kind; the edge's
  ``weight`` is how many kinds they share and ``recipients`` names them.

>>> from policykg.graphs import build
>>> flows = view_graph(build(), "flows")
>>> flows.nodes["site:music123.com"]["kind"], flows.graph["view"]
('site', 'flows')
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable

import networkx as nx
from rdflib import Graph, URIRef

from policykg.extract.errors import InputError
from policykg.graphs.practices import PracticeRecord, hierarchy_of, practice_records, short
from policykg.ontology import PK

SEPARATOR = "|"
FACETS = ("sites", "data_types", "recipients", "polarity")
_USER, _UNSPECIFIED = str(PK.User), str(PK.UnspecifiedData)
_CONCEPTS = (("data_types", "data"), ("recipients", "recipient"), ("purposes", "purpose"),
             ("conditions", "condition"), ("named_parties", "named-party"))


def view_graph(graph: Graph, view: str) -> nx.Graph:
    """The networkx graph of ``view`` (``practices``, ``flows`` or ``sites``) of ``graph``.

    Raises :class:`InputError` for an unknown view, listing the valid ones.
    """
    try:
        builder = VIEWS[view]
    except KeyError:
        raise InputError(view, f"no such view; valid: {', '.join(VIEWS)}") from None
    network = builder(practice_records(graph), graph)
    network.graph["view"] = view
    return network


def practice_view(records: list[PracticeRecord], graph: Graph) -> nx.MultiDiGraph:
    """Sites, practice nodes and the concepts each practice names."""
    network = nx.MultiDiGraph()
    h = hierarchy_of()
    for record in records:
        site, node = _site(network, record.site), practice_id(record.iri)
        network.add_node(node, kind="practice", label=_practice_label(record),
                         iri=record.iri, practice_class=h.label(record.kind),
                         polarity=_polarity(record), site=record.site, date=record.date,
                         policy=record.policy, rule=str(graph.value(URIRef(record.iri), PK.rule)
                                                        or ""),
                         evidence=record.text, offsets=f"{record.start}-{record.end}")
        _link(network, site, node, "states", [record])
        if not record.first_party and record.actor != _USER:
            _link(network, node, _concept(network, "recipient", record.actor), "actor", [record])
        for field, kind in _CONCEPTS:
            for value in getattr(record, field):
                _link(network, node, _concept(network, kind, value), field, [record])
    return network


def flow_view(records: list[PracticeRecord], graph: Graph) -> nx.MultiDiGraph:
    """Site -> data type -> recipient kind, one edge per polarity (and per site for flows-to)."""
    groups: dict[tuple[str, str, str], list[PracticeRecord]] = defaultdict(list)
    for record in _data_practices(records):
        site = f"site:{record.site}"
        for data in record.data_types or (_UNSPECIFIED,):
            groups[site, data, ""].append(record)
            for recipient in _recipients(record):
                groups[data, recipient, record.site].append(record)
    network, label = nx.MultiDiGraph(), hierarchy_of().label
    for (source, target, site), group in groups.items():
        if site:
            u, v, relation = (_concept(network, "data", source),
                              _concept(network, "recipient", target), "flows-to")
            own = {"data_types": label(source), "recipients": label(target)}
        else:
            u, v, relation = _site(network, source[5:]), _concept(network, "data", target), "states"
            own = {"data_types": label(target)}
        for polarity, same in _by_polarity(group):
            _link(network, u, v, relation, same, key=f"{site} {polarity}".strip(), **own)
    return network


def site_view(records: list[PracticeRecord], graph: Graph) -> nx.Graph:
    """Sites linked by the recipient kinds their affirmed data practices share."""
    by_site: dict[str, dict[str, list[PracticeRecord]]] = defaultdict(lambda: defaultdict(list))
    network = nx.Graph()
    for record in records:
        _site(network, record.site)
    for record in _data_practices(records):
        if not record.negated:
            for recipient in _recipients(record):
                by_site[record.site][recipient].append(record)
    labels = hierarchy_of().label
    for a, b in itertools.combinations(sorted(by_site), 2):
        shared = sorted(set(by_site[a]) & set(by_site[b]))
        if shared:
            behind = [r for kind in shared for site in (a, b) for r in by_site[site][kind]]
            _link(network, f"site:{a}", f"site:{b}", "shares-recipients", behind)
            edge = network.edges[f"site:{a}", f"site:{b}"]
            edge["weight"] = len(shared)
            edge["recipients"] = SEPARATOR.join(labels(k) for k in shared)
    for site, kinds in by_site.items():
        network.nodes[f"site:{site}"]["recipients"] = SEPARATOR.join(
            sorted(labels(k) for k in kinds))
    return network


VIEWS: dict[str, Callable[[list[PracticeRecord], Graph], nx.Graph]] = {
    "practices": practice_view, "flows": flow_view, "sites": site_view}
VIEW_NAMES = tuple(VIEWS)


def practice_id(iri: str) -> str:
    """A practice's node id, an XML name token (GraphML ids are):

    >>> practice_id("https://w3id.org/policykg/id/policy/a.com/2003-06-22/practice/15-71/0")
    'practice:a.com:2003-06-22:15-71:0'
    """
    tail = iri.split("/policy/", 1)[-1].replace("/practice/", "/")
    return "practice:" + tail.replace("/", ":")


def _data_practices(records: Iterable[PracticeRecord]) -> Iterable[PracticeRecord]:
    h = hierarchy_of()
    return (r for r in records if h.below(r.kind, str(PK.DataPractice)))


def _recipients(record: PracticeRecord) -> list[str]:
    """The recipient kinds of a practice, with a third-party actor counted as one."""
    extra = [] if record.first_party or record.actor == _USER else [record.actor]
    return sorted(set(record.recipients) | set(extra))


def _by_polarity(group: list[PracticeRecord]) -> list[tuple[str, list[PracticeRecord]]]:
    split: dict[str, list[PracticeRecord]] = defaultdict(list)
    for record in group:
        split[_polarity(record)].append(record)
    return sorted(split.items())


def _site(network: nx.Graph, site: str) -> str:
    node = f"site:{site}"
    if node not in network:
        network.add_node(node, kind="site", label=site, iri=_site_iri(site))
    return node


def _site_iri(site: str) -> str:
    from policykg.extract.iris import site_iri

    return site_iri(site)


def _concept(network: nx.Graph, kind: str, iri: str) -> str:
    node = f"{kind}:{short(iri)}"
    if node not in network:
        network.add_node(node, kind=kind, label=hierarchy_of().label(iri), iri=iri)
    return node


def _link(network: nx.Graph, source: str, target: str, relation: str,
          records: list[PracticeRecord], key: str | None = None, **facets: str) -> None:
    """An edge whose attributes summarise the practices behind it (``facets`` override)."""
    unique = sorted(set(records), key=lambda r: (r.site, r.date, r.start, r.iri))
    attrs = dict(relation=relation, weight=len(unique), evidence=_evidence(unique),
                 **{**_facets(unique), **facets})
    if network.is_multigraph():
        network.add_edge(source, target, key=key or relation, **attrs)
    else:
        network.add_edge(source, target, **attrs)


def _facets(records: list[PracticeRecord]) -> dict[str, str]:
    label = hierarchy_of().label
    values = {
        "sites": {r.site for r in records},
        "data_types": {label(d) for r in records for d in r.data_types},
        "recipients": {label(k) for r in records for k in _recipients(r)},
        "polarity": {_polarity(r) for r in records},
    }
    return {name: SEPARATOR.join(sorted(found)) for name, found in values.items()}


def _evidence(records: list[PracticeRecord]) -> str:
    """One line a sentence: ``[site start-end Class polarity] text`` (a sentence once)."""
    lines: dict[tuple[str, str, int], str] = {}
    for r in records:
        key = (r.policy, r.text, r.start)
        lines.setdefault(key, f"[{r.site} {r.start}-{r.end} {short(r.kind)} {_polarity(r)}] "
                              + " ".join(r.text.split()))
    return "\n".join(lines.values())


def _polarity(record: PracticeRecord) -> str:
    return "negated" if record.negated else "affirmed"


def _practice_label(record: PracticeRecord) -> str:
    label = hierarchy_of().label(record.kind)
    return f"{label} (negated)" if record.negated else label
