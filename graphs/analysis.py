"""Network analyses of a built graph with networkx: who shares what with whom, and how.

:func:`practice_network` projects the affirmed data practices of a graph onto a networkx
``MultiDiGraph`` whose node ids and attributes are plain strings and numbers (so GraphML and GEXF
writers accept it). Nodes:

- ``site:music123.com`` -- ``type="site"``, ``label`` the domain;
- ``data:CreditCardNumber`` -- ``type="data"``, ``label`` the concept's label, ``iri``;
- ``recipient:Advertiser`` -- ``type="recipient"``, ``label``, ``iri``, ``code`` (its notation).

Every data type and recipient kind of the ontology is a node, used or not. Edges carry
``relation`` and, for practice edges, ``site``, ``practices`` (how many), ``evidence`` (the
first sentence), ``start``, ``end`` and ``policy``:

- site -> data ``collects`` and ``shares`` (the site itself collects / shares or sells the type);
- site -> recipient ``shares-with`` (an affirmed data practice of the site's policy names the
  kind as a recipient: shared or sold to it, or collected, used or kept by it);
- data -> recipient ``flows-to``, one edge per site (its key is the site): that statement names
  the type and the kind;
- data -> broader data ``is-a`` (what is said of personal information covers an e-mail address);
- recipient -> narrower recipient ``includes`` (data shared with third parties may reach an
  advertiser).

A path from ``data:X`` to ``recipient:Y`` therefore climbs to a shared type, crosses one
site's ``flows-to`` edge and descends to the recipient: :func:`flow_paths` writes it as
``CreditCardNumber < PersonalInformation -> ThirdParty > Advertiser`` (``<`` is-a, ``->`` the
site's statement, ``>`` includes), shortest first.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from rdflib import SKOS, Graph, URIRef

from policykg.extract.errors import InputError
from policykg.graphs.practices import PracticeRecord, hierarchy_of, practice_records, short
from policykg.ontology import PK, ontology_graph

SHARING, COLLECTION, DATA_PRACTICE = str(PK.Sharing), str(PK.Collection), str(PK.DataPractice)


@dataclass(frozen=True)
class Ranked:
    """A recipient kind or data type with how many sites touch it and its betweenness."""

    node: str
    type: str
    label: str
    sites: int
    betweenness: float


@dataclass(frozen=True)
class Similarity:
    """Jaccard similarity of two sites' practice sets."""

    site: str
    other: str
    jaccard: float
    shared: int


@dataclass(frozen=True)
class Community:
    """A group of sites with similar practices."""

    community: int
    sites: str


@dataclass(frozen=True)
class FlowPath:
    """One way data of a type can reach a recipient kind, through one site's statement."""

    site: str
    path: str
    shared: str
    recipient: str
    evidence: str
    start: int
    end: int
    policy: str


def practice_network(graph: Graph) -> nx.MultiDiGraph:
    """The site / data type / recipient network of ``graph`` (see the module docstring)."""
    network = nx.MultiDiGraph()
    _add_concepts(network)
    for record in practice_records(graph):
        if not record.negated and hierarchy_of().below(record.kind, DATA_PRACTICE):
            _add_practice(network, record)
    return network


def _add_concepts(network: nx.MultiDiGraph) -> None:
    ontology, h = ontology_graph(), hierarchy_of()
    for prefix, scheme in (("data", PK.DataTypes), ("recipient", PK.PartyKinds)):
        for concept in ontology.subjects(SKOS.inScheme, scheme):
            code = str(ontology.value(concept, SKOS.notation) or "")
            network.add_node(node_id(prefix, str(concept)), type=prefix, iri=str(concept),
                             label=h.label(str(concept)), code=code)
        for child, parent in ontology.subject_objects(SKOS.broader):
            if (child, SKOS.inScheme, scheme) in ontology and isinstance(parent, URIRef):
                pair = (node_id(prefix, str(child)), node_id(prefix, str(parent)))
                if prefix == "data":
                    network.add_edge(*pair, key="is-a", relation="is-a")
                else:
                    network.add_edge(*pair[::-1], key="includes", relation="includes")


def _add_practice(network: nx.MultiDiGraph, record: PracticeRecord) -> None:
    site = f"site:{record.site}"
    network.add_node(site, type="site", label=record.site, iri="", code="")
    shares = hierarchy_of().below(record.kind, SHARING)
    if record.first_party and (shares or record.kind == COLLECTION):
        for data in record.data_types:
            _count(network, site, node_id("data", data), "shares" if shares else "collects",
                   record)
    for recipient in record.recipients:
        _count(network, site, node_id("recipient", recipient), "shares-with", record)
        for data in record.data_types:
            _count(network, node_id("data", data), node_id("recipient", recipient),
                   "flows-to", record, key=record.site)


def _count(network: nx.MultiDiGraph, source: str, target: str, relation: str,
           record: PracticeRecord, key: str | None = None) -> None:
    key = key or relation
    if network.has_edge(source, target, key):
        network.edges[source, target, key]["practices"] += 1
        return
    network.add_edge(source, target, key=key, relation=relation, site=record.site, practices=1,
                     evidence=record.text, start=record.start, end=record.end,
                     policy=record.policy)


def node_id(prefix: str, iri: str) -> str:
    """The network id of a concept: ``data:CreditCardNumber``, ``recipient:Advertiser``."""
    return f"{prefix}:{short(iri)}"


def site_network(network: nx.MultiDiGraph) -> nx.Graph:
    """The undirected site <-> data type / recipient kind graph (practice edges only)."""
    simple = nx.Graph()
    for source, target, relation in network.edges(data="relation"):
        if source.startswith("site:") and relation in ("collects", "shares", "shares-with"):
            simple.add_edge(source, target)
    return simple


def rank_nodes(network: nx.MultiDiGraph) -> list[Ranked]:
    """Recipient kinds and data types by how many sites touch them, then by betweenness."""
    simple = site_network(network)
    betweenness = nx.betweenness_centrality(simple) if len(simple) else {}
    out = [Ranked(n, network.nodes[n]["type"], network.nodes[n]["label"], simple.degree(n),
                  round(betweenness[n], 4))
           for n in simple if not n.startswith("site:")]
    return sorted(out, key=lambda r: (-r.sites, -r.betweenness, r.node))


def practice_sets(network: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Each site's set of practices: ``collects:data:Name``, ``shares-with:recipient:Partner``."""
    sets: dict[str, set[str]] = defaultdict(set)
    for source, target, relation in network.edges(data="relation"):
        if source.startswith("site:") and relation in ("collects", "shares", "shares-with"):
            sets[network.nodes[source]["label"]].add(f"{relation}:{target}")
    return dict(sets)


def similarities(network: nx.MultiDiGraph) -> list[Similarity]:
    """Jaccard similarity of every pair of sites' practice sets, most similar first."""
    sets = practice_sets(network)
    out = []
    for a, b in itertools.combinations(sorted(sets), 2):
        shared = len(sets[a] & sets[b])
        out.append(Similarity(a, b, round(shared / len(sets[a] | sets[b]), 4), shared))
    return sorted(out, key=lambda s: (-s.jaccard, s.site, s.other))


def communities(network: nx.MultiDiGraph, *, resolution: float = 1.2) -> list[Community]:
    """Sites grouped by modularity on the Jaccard-weighted similarity graph.

    Every pair of sites shares something, so the similarity graph is complete: a resolution
    above 1 favours smaller groups (1.0 tends to put every site in one group).
    """
    weighted = nx.Graph()
    weighted.add_nodes_from(practice_sets(network))
    for s in similarities(network):
        if s.jaccard > 0:
            weighted.add_edge(s.site, s.other, weight=s.jaccard)
    if weighted.number_of_edges() == 0:
        groups = [{site} for site in weighted]
    else:
        groups = nx.community.greedy_modularity_communities(weighted, weight="weight",
                                                            resolution=resolution)
    ordered = sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g))
    return [Community(i + 1, " ".join(g)) for i, g in enumerate(ordered)]


def flow_paths(network: nx.MultiDiGraph, data: str, recipient: str, *, limit: int = 100
               ) -> list[FlowPath]:
    """Ways data of type ``data`` (an IRI) can reach recipient kind ``recipient`` (an IRI)."""
    source, target = node_id("data", data), node_id("recipient", recipient)
    for node in (source, target):
        if node not in network:
            raise InputError(node, "not a data type or recipient kind of the ontology")
    flows = network.edge_subgraph((u, v, k) for u, v, k, r in network.edges(keys=True,
                                  data="relation") if r in ("is-a", "flows-to", "includes"))
    if source not in flows or target not in flows:
        return []
    out = []
    for edges in itertools.islice(nx.all_simple_edge_paths(flows, source, target), limit):
        out.append(_flow_path(network, edges))
    return sorted(out, key=lambda p: (len(p.path.split()), p.site, p.start, p.path))


_ARROWS = {"is-a": " < ", "flows-to": " -> ", "includes": " > "}


def _flow_path(network: nx.MultiDiGraph, edges: list[tuple[str, str, str]]) -> FlowPath:
    """A path written ``CreditCardNumber < PersonalInformation -> ThirdParty > Advertiser``."""
    hop = next(e for e in edges if network.edges[e]["relation"] == "flows-to")
    attrs = network.edges[hop]
    path = _bare(edges[0][0]) + "".join(_ARROWS[network.edges[e]["relation"]] + _bare(e[1])
                                        for e in edges)
    return FlowPath(attrs["site"], path, _bare(hop[0]), _bare(hop[1]), attrs["evidence"],
                    attrs["start"], attrs["end"], attrs["policy"])


def _bare(node: str) -> str:
    return node.split(":", 1)[-1]


@dataclass(frozen=True)
class Flow:
    """One site's statement that data of a type reaches a recipient kind."""

    site: str
    data: str
    recipient: str
    practices: int
    evidence: str
    start: int
    end: int
    policy: str


def data_flows(network: nx.MultiDiGraph) -> list[Flow]:
    """Every site -> data type -> recipient flow of the network, by site and offset."""
    out = [Flow(a["site"], _bare(u), _bare(v), a["practices"], a["evidence"], a["start"],
                a["end"], a["policy"])
           for u, v, a in network.edges(data=True) if a["relation"] == "flows-to"]
    return sorted(out, key=lambda f: (f.site, f.start, f.data, f.recipient))


REPORTS = {"ranking": Ranked, "similarity": Similarity, "communities": Community,
           "flows": Flow, "paths": FlowPath}


def analyze(graph: Graph, report: str = "ranking", *, source: str | None = None,
            target: str | None = None, resolution: float = 1.2) -> list:
    """One analysis of ``graph`` by name (see :data:`REPORTS`) as a list of records.

    ``paths`` needs ``source`` (a data type IRI) and ``target`` (a recipient kind IRI).
    Raises :class:`InputError` for an unknown report or a missing end of a path.
    """
    if report not in REPORTS:
        raise InputError(report, f"no such analysis; valid: {', '.join(REPORTS)}")
    network = practice_network(graph)
    if report == "paths":
        if not (source and target):
            raise InputError(report, "needs a data type (--from) and a recipient kind (--to)")
        return flow_paths(network, source, target)
    if report == "communities":
        return communities(network, resolution=resolution)
    return {"ranking": rank_nodes, "similarity": similarities, "flows": data_flows}[report](network)
