"""Practice records -> RDF triples of one policy (its named graph).

The model (see the README): a practice is a node typed with its practice class, with ``pk:actor``
(the site for the first party, else a party-kind concept), concept IRIs for data types, recipients,
purposes and conditions, ``pk:polarity``, ``pk:statedIn`` its policy, ``prov:wasDerivedFrom`` the
evidence sentence (text, offsets, section) and ``prov:wasAttributedTo`` the extractor release.

One shortcut is materialised, because corpus-wide questions need it: the site's recipient kinds
according to this policy, ``<site> pk:affirmedRecipient <kind>`` / ``pk:negatedRecipient``, one
triple per kind that an affirmed / negated data practice names, in the policy's named graph (the
graph says which policy version states it). "Which sites share data with payment processors"
then reads one index range, site and policy included, instead of joining every practice
(benchmarks/scale.py); the practices stay the evidence and are written in the same graph, so
the two cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import PROV, RDF, RDFS, XSD, Graph, Literal, URIRef

import policykg.extract.iris as iris
from policykg.extract.clauses import AFFIRMED, FIRST_PARTY, NEGATED
from policykg.extract.records import PolicyDocument, Practice
from policykg.ontology import PK, data_practice_classes

_SUMMARY = {AFFIRMED: PK.affirmedRecipient, NEGATED: PK.negatedRecipient}
_VALUES = (("data_types", PK.dataType), ("recipients", PK.recipient),
           ("named_parties", PK.namedParty), ("purposes", PK.purpose),
           ("conditions", PK.condition))


def policy_graph(document: PolicyDocument, practices: list[Practice], version: str,
                 graph: Graph | None = None) -> Graph:
    """Add the triples of one policy and its practices to ``graph`` (a new one by default)."""
    graph = Graph() if graph is None else graph
    graph.addN((s, p, o, graph) for s, p, o in policy_triples(document, practices, version))
    return graph


def policy_triples(document: PolicyDocument, practices: list[Practice], version: str
                   ) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of one policy and its practices, without duplicates, in a stable order."""
    graph = _TripleList()
    site, policy = URIRef(iris.site_iri(document.site)), URIRef(iris.policy_iri(document))
    agent = URIRef(iris.extractor_iri(version))
    graph.add((site, RDF.type, PK.Website))
    graph.add((site, RDFS.label, Literal(document.site)))
    graph.add((site, PK.hasPolicy, policy))
    graph.add((policy, RDF.type, PK.PrivacyPolicy))
    graph.add((policy, PK.site, site))
    graph.add((policy, PK.policyId, Literal(document.policy_id)))
    if document.archived_on:
        graph.add((policy, PK.archivedOn, Literal(document.archived_on, datatype=XSD.date)))
    if document.source_url:
        graph.add((policy, PK.sourceURL, URIRef(document.source_url)))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, PK.extractorVersion, Literal(version)))
    counters: dict[int, int] = defaultdict(int)
    for practice in practices:
        start, end = source_span(document, practice)
        node = URIRef(iris.practice_iri(document, start, end, counters[start]))
        counters[start] += 1
        evidence = _add_sentence(graph, document, practice, policy)
        graph.add((node, RDF.type, URIRef(practice.kind)))
        actor = site if practice.actor == FIRST_PARTY else URIRef(practice.actor)
        graph.add((node, PK.actor, actor))
        graph.add((node, PK.polarity, URIRef(practice.polarity)))
        for field, prop in _VALUES:
            for value in getattr(practice, field):
                graph.add((node, prop, URIRef(value)))
        for prop, value, datatype in practice.details:
            graph.add((node, URIRef(prop), Literal(value, datatype=URIRef(datatype) if datatype
                                                   else None)))
        graph.add((node, PK.statedIn, policy))
        graph.add((node, PK.rule, Literal(practice.rule)))
        graph.add((node, PROV.wasDerivedFrom, evidence))
        graph.add((node, PROV.wasAttributedTo, agent))
    _add_summary(graph, site, practices)
    return graph.triples


def _add_summary(graph: _TripleList, site: URIRef, practices: list[Practice]) -> None:
    """The site's recipient kinds by polarity (see the module docstring), after the practices."""
    data_practices = data_practice_classes()
    for practice in practices:
        if practice.kind in data_practices and practice.polarity in _SUMMARY:
            for recipient in practice.recipients:
                graph.add((site, _SUMMARY[practice.polarity], URIRef(recipient)))


def source_span(document: PolicyDocument, practice: Practice) -> tuple[int, int]:
    """The evidence sentence's offsets into the source file (the text offsets but for HTML)."""
    s = practice.sentence
    return document.source_offset(s.start), document.source_offset(s.end)


class _TripleList:
    """Collects triples in order, once each (cheaper than an rdflib store while building)."""

    def __init__(self) -> None:
        self.seen: set[tuple] = set()
        self.triples: list[tuple] = []

    def add(self, triple: tuple) -> None:
        if triple not in self.seen:
            self.seen.add(triple)
            self.triples.append(triple)

    def __contains__(self, triple: tuple) -> bool:
        return triple in self.seen


def _add_sentence(graph: _TripleList, document: PolicyDocument, practice: Practice,
                  policy: URIRef) -> URIRef:
    s = practice.sentence
    start, end = source_span(document, practice)
    node = URIRef(iris.sentence_iri(document, start, end))
    if (node, RDF.type, PK.Sentence) in graph:
        return node
    graph.add((node, RDF.type, PK.Sentence))
    graph.add((node, PK.text, Literal(s.text)))
    graph.add((node, PK.startOffset, Literal(start)))
    graph.add((node, PK.endOffset, Literal(end)))
    graph.add((node, PK.statedIn, policy))
    if s.section:
        graph.add((node, PK.section, Literal(s.section)))
    return node
