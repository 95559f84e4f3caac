"""SHACL validation (W3C SHACL, https://www.w3.org/TR/shacl/) of built graphs with pySHACL.

Validation runs per policy graph, each on a small in-memory graph with the ontology mixed in, so
a corpus can be checked policy by policy (and in parallel later); pySHACL over one huge graph is
needlessly slow. Results are records, not exceptions: a report that does not conform is an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyshacl import validate
from rdflib import RDF, RDFS, SH, SKOS, Dataset, Graph, URIRef

from policykg.graphs.store import policy_graphs
from policykg.ontology import load_shapes, ontology_graph


@dataclass(frozen=True)
class Result:
    """One validation result: which graph, focus node, path, severity and message."""

    graph: str
    focus: str
    path: str
    severity: str
    message: str


@dataclass
class Report:
    """All results of a check, and the SHACL validation report graphs by policy graph."""

    profile: str
    results: list[Result] = field(default_factory=list)
    graphs: int = 0
    report_graphs: dict[str, Graph] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        """True when no result has Violation severity (warnings and infos are allowed)."""
        return not any(r.severity == "Violation" for r in self.results)


def check(dataset: Dataset, profile: str = "core") -> Report:
    """Validate every policy graph of ``dataset`` against the shapes of ``profile``.

    A dataset with no named policy graphs (read from a triple format) is validated whole.
    """
    shapes = load_shapes(profile)
    report = Report(profile)
    graphs = policy_graphs(dataset) or [_without_ontology(dataset)]
    context = _vocabulary_context()
    for graph in graphs:
        data = Graph()
        for triple in graph:
            data.add(triple)
        data += context
        conforms, report_graph, _ = validate(
            data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True)
        name = str(graph.identifier)
        report.graphs += 1
        report.report_graphs[name] = report_graph
        report.results.extend(_results(report_graph, name))
    return report


def _vocabulary_context() -> Graph:
    """The part of the ontology the shapes look at: class hierarchy and concept schemes.

    Mixing the whole ontology into every policy graph would validate it again each time.
    """
    context = Graph()
    ontology = ontology_graph()
    for prop in (RDFS.subClassOf, SKOS.inScheme):
        for triple in ontology.triples((None, prop, None)):
            context.add(triple)
    return context


def _without_ontology(dataset: Dataset) -> Graph:
    merged = Graph(identifier=URIRef("urn:policykg:all"))
    ontology = ontology_graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if (s, p, o) not in ontology:
            merged.add((s, p, o))
    return merged


def _results(report_graph: Graph, name: str) -> list[Result]:
    out = []
    for node in report_graph.subjects(RDF.type, SH.ValidationResult):
        severity = report_graph.value(node, SH.resultSeverity)
        out.append(Result(
            graph=name,
            focus=str(report_graph.value(node, SH.focusNode)),
            path=str(report_graph.value(node, SH.resultPath) or ""),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            message=str(report_graph.value(node, SH.resultMessage) or ""),
        ))
    return sorted(out, key=lambda r: (r.graph, r.focus, r.path))


