"""Practice nodes of a built graph read back as records, and the ontology's hierarchies.

The analyses (:mod:`policykg.graphs.analysis`), contradictions and diffs work on these records
rather than on triples: one :class:`PracticeRecord` a practice node, with its class, polarity,
actor, concept values, policy, site, archive date and evidence sentence. :class:`Hierarchy`
answers "is A the same as or below B" along ``skos:broader`` and ``rdfs:subClassOf``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rdflib import PROV, RDF, RDFS, SKOS, Graph, URIRef

from policykg.extract.iris import site_iri
from policykg.ontology import PK, ontology_graph


@dataclass(frozen=True)
class PracticeRecord:
    """One practice node: concept values are IRIs as strings, sorted."""

    iri: str
    kind: str
    polarity: str
    actor: str
    data_types: tuple[str, ...]
    recipients: tuple[str, ...]
    purposes: tuple[str, ...]
    conditions: tuple[str, ...]
    named_parties: tuple[str, ...]
    policy: str
    site: str
    date: str
    text: str
    start: int
    end: int

    @property
    def negated(self) -> bool:
        return self.polarity == str(PK.Negated)

    @property
    def first_party(self) -> bool:
        """True when the site itself performs the practice."""
        return self.actor == site_iri(self.site)


_VALUES = {"data_types": PK.dataType, "recipients": PK.recipient, "purposes": PK.purpose,
           "conditions": PK.condition, "named_parties": PK.namedParty}


def practice_records(graph: Graph) -> list[PracticeRecord]:
    """Every practice node of ``graph`` (a dataset with a union default graph, or one policy).

    Sorted by site, archive date and evidence offset.
    """
    records = []
    for node, policy in graph.subject_objects(PK.statedIn):
        kind = _practice_class(graph, node)
        if kind is not None:
            records.append(_record(graph, node, kind, policy))
    return sorted(records, key=lambda r: (r.site, r.date, r.start, r.kind, r.iri))


def _practice_class(graph: Graph, node: URIRef) -> URIRef | None:
    hierarchy = hierarchy_of()
    for kind in graph.objects(node, RDF.type):
        if kind != PK.Sentence and hierarchy.below(str(kind), str(PK.Practice)):
            return kind
    return None


def _record(graph: Graph, node: URIRef, kind: URIRef, policy: URIRef) -> PracticeRecord:
    values = {name: tuple(sorted(str(o) for o in graph.objects(node, prop)))
              for name, prop in _VALUES.items()}
    sentence = graph.value(node, PROV.wasDerivedFrom)
    site = graph.value(policy, PK.site)
    return PracticeRecord(
        str(node), str(kind), str(graph.value(node, PK.polarity)),
        str(graph.value(node, PK.actor)), policy=str(policy),
        site=str(graph.value(site, RDFS.label) or site),
        date=str(graph.value(policy, PK.archivedOn) or ""),
        text=str(graph.value(sentence, PK.text) or ""),
        start=int(graph.value(sentence, PK.startOffset) or 0),
        end=int(graph.value(sentence, PK.endOffset) or 0), **values)


class Hierarchy:
    """Ancestors along ``skos:broader`` and ``rdfs:subClassOf`` in the ontology."""

    def __init__(self, graph: Graph) -> None:
        self.parents: dict[str, set[str]] = defaultdict(set)
        for prop in (SKOS.broader, RDFS.subClassOf):
            for child, parent in graph.subject_objects(prop):
                if isinstance(parent, URIRef):
                    self.parents[str(child)].add(str(parent))
        self.labels = {str(s): str(o) for s, o in graph.subject_objects(SKOS.prefLabel)}

    @lru_cache(maxsize=None)
    def ancestors(self, node: str) -> frozenset[str]:
        """``node`` and everything above it."""
        seen, todo = {node}, [node]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return frozenset(seen)

    def nearest(self, node: str, table: dict[str, str]) -> str | None:
        """The value ``table`` gives ``node`` or, failing that, its nearest ancestor."""
        frontier, seen = [node], set()
        while frontier:
            found = [table[n] for n in frontier if n in table]
            if found:
                return sorted(found)[0]
            seen.update(frontier)
            frontier = [p for n in frontier for p in self.parents.get(n, ()) if p not in seen]
        return None

    def below(self, node: str, other: str) -> bool:
        """True when ``node`` is ``other`` or below it."""
        return other in self.ancestors(node)

    def label(self, node: str) -> str:
        return self.labels.get(node, short(node))


@lru_cache(maxsize=1)
def hierarchy_of() -> Hierarchy:
    """The hierarchy of the bundled ontology (built once)."""
    return Hierarchy(ontology_graph())


def short(iri: str) -> str:
    """The local name of an IRI (``PaymentProcessor``)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
