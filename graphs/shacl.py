"""SHACL validation (W3C SHACL, https://www.w3.org/TR/shacl/) of built graphs with pySHACL.

Validation runs per policy graph, each on a small in-memory graph with the ontology's class
hierarchy and concept schemes mixed in, so a corpus is checked policy by policy, in a process pool
with ``jobs`` > 1 (each policy graph goes to a worker as N-Triples text). Results are records, not
exceptions: a report that does not conform is an answer.

Profiles (``ontology/shapes/NAME.ttl``): ``core`` checks that the graph is well formed
(Violations); the completeness profiles (``fipps``, ``caloppa``, ``coppa``, ``gdpr-art13``) list
what a policy should disclose. A requirement is a property shape on pk:PrivacyPolicy with
``sh:path [ sh:inversePath pk:statedIn ]`` and a ``sh:qualifiedValueShape`` some stated practice
must conform to; ``sh:name`` is its short id, ``sh:message`` what a person reads when it fails.
Which practices satisfy a requirement is asked of pySHACL too, with the same qualified shape: an
*evidence shape* ``[ sh:targetClass pk:Practice ; sh:not Q ]`` reports every practice that
conforms to ``Q``, so the evidence sentence shown for a disclosure is the one SHACL counted.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache

from pyshacl import validate
from rdflib import DCTERMS, PROV, RDF, RDFS, SH, SKOS, BNode, Dataset, Graph, URIRef

from policykg.graphs.store import policy_graphs
from policykg.ontology import PK, load_shapes, ontology_graph, profile_names, shapes_header

DETAILS = (PK.contactAddress, PK.mechanism, PK.effectiveDate, PK.retentionTerm, PK.exception,
           PK.lawfulBasis, PK.honorsDoNotTrack)


def _detail_text(prop: URIRef, value) -> str:
    """A detail as the requirement table shows it: a Do Not Track answer in words."""
    if prop == PK.honorsDoNotTrack:
        return "honors the signal" if str(value) == "true" else "does not honor the signal"
    return str(value)


@dataclass(frozen=True)
class Result:
    """One validation result: which graph, focus node, path, severity and message."""

    graph: str
    focus: str
    path: str
    severity: str
    message: str


@dataclass(frozen=True)
class Requirement:
    """A disclosure a completeness profile asks for (one property shape of its file)."""

    profile: str
    shape: str
    name: str
    severity: str
    description: str
    message: str


@dataclass(frozen=True)
class Disclosure:
    """One cell of the requirement table: does this policy make this disclosure, and where."""

    profile: str
    site: str
    date: str
    policy: str
    requirement: str
    disclosed: bool
    severity: str
    evidence: str = ""
    start: int | None = None
    end: int | None = None
    details: str = ""
    message: str = ""


@dataclass(frozen=True)
class Score:
    """The share of a profile's requirements one policy discloses."""

    profile: str
    site: str
    date: str
    policy: str
    disclosed: int
    total: int

    @property
    def share(self) -> float:
        return round(self.disclosed / self.total, 3) if self.total else 1.0


@dataclass(frozen=True)
class ProfileInfo:
    """What ``check --list-profiles`` shows."""

    name: str
    label: str
    source: str
    requirements: tuple[str, ...]


@dataclass
class Report:
    """All results of a check, the requirement table, and the SHACL validation report graphs."""

    profile: str
    results: list[Result] = field(default_factory=list)
    graphs: int = 0
    report_graphs: dict[str, Graph] = field(default_factory=dict)
    disclosures: list[Disclosure] = field(default_factory=list)
    policies: Graph = field(default_factory=Graph)  # the checked policies' site and date

    @property
    def conforms(self) -> bool:
        """True when no result has Violation severity (warnings and infos are allowed)."""
        return not any(r.severity == "Violation" for r in self.results)

    def scores(self) -> list[Score]:
        """Per policy, how many of the profile's requirements it discloses."""
        counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for d in self.disclosures:
            cell = counts[(d.site, d.date, d.policy)]
            cell[0] += d.disclosed
            cell[1] += 1
        return [Score(self.profile, *key, *value) for key, value in sorted(counts.items())]


def check(dataset: Dataset, profile: str = "core", jobs: int = 1) -> Report:
    """Validate every policy graph of ``dataset`` against the shapes of ``profile``.

    A dataset with no named policy graphs (read from a triple format) is validated whole.
    """
    return check_profiles(dataset, [profile], jobs)[0]


def check_profiles(dataset: Dataset, profiles: list[str], jobs: int = 1) -> list[Report]:
    """One :class:`Report` per profile; each policy graph is validated once per profile, in a
    pool of ``jobs`` processes when ``jobs`` > 1. ``KeyError`` names an unknown profile."""
    for profile in profiles:
        load_shapes(profile)  # fail early on an unknown name
    reports = [Report(p) for p in profiles]
    graphs = policy_graphs(dataset) or [_without_ontology(dataset)]
    if jobs > 1 and len(graphs) > 1:
        tasks = [(g.serialize(format="nt"), str(g.identifier), tuple(profiles)) for g in graphs]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            outcomes = list(pool.map(_validate_text, tasks, chunksize=max(1, len(tasks) // (
                4 * jobs))))
    else:
        outcomes = [_validate_graph(g, str(g.identifier), tuple(profiles), False) for g in graphs]
    for outcome in outcomes:
        for report, (name, report_graph, results, disclosures, about) in zip(reports, outcome):
            report.graphs += 1
            report.policies += about
            report.report_graphs[name] = report_graph
            report.results.extend(results)
            report.disclosures.extend(disclosures)
    return reports


def _validate_text(task: tuple[str, str, tuple[str, ...]]) -> list[tuple]:
    """Worker: validate one policy graph sent as N-Triples text."""
    text, name, profiles = task
    graph = Graph()
    graph.parse(data=text, format="nt")
    return _validate_graph(graph, name, profiles, True)


def _validate_graph(graph: Graph, name: str, profiles: tuple[str, ...],
                    as_text: bool) -> list[tuple]:
    data = Graph()
    for triple in graph:
        data.add(triple)
    data += _vocabulary_context()
    about = _Parsed(_about(data).serialize(format="nt")) if as_text else _about(data)
    out = []
    for profile in profiles:
        _, report_graph, _ = validate(data, shacl_graph=load_shapes(profile), inference="none",
                                      advanced=False, allow_warnings=True, inplace=True)
        disclosures = _disclosures(data, report_graph, profile)
        if as_text:  # rdflib graphs pickle poorly; the parent parses the report back
            report_graph = _Parsed(report_graph.serialize(format="nt"))
        out.append((name, report_graph, _results(report_graph, name), disclosures, about))
    return out


class _Parsed(Graph):
    """A report graph that travels between processes as N-Triples text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.parse(data=text, format="nt")

    def __reduce__(self):
        return _Parsed, (self.serialize(format="nt"),)


def _about(data: Graph) -> Graph:
    """Each policy's type, site, site name and archive date."""
    about = Graph()
    for policy in data.subjects(RDF.type, PK.PrivacyPolicy):
        about.add((policy, RDF.type, PK.PrivacyPolicy))
        for prop in (PK.site, PK.archivedOn, PK.policyId):
            for value in data.objects(policy, prop):
                about.add((policy, prop, value))
                about += data.triples((value, RDFS.label, None))
    return about


@lru_cache(maxsize=1)
def _vocabulary_context() -> Graph:
    """The part of the ontology the shapes look at: class hierarchy and concept schemes.

    Mixing the whole ontology into every policy graph would validate it again each time.
    """
    context = Graph()
    ontology = ontology_graph()
    for prop in (RDFS.subClassOf, SKOS.inScheme, SKOS.broader):
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
            path=_path_text(report_graph, report_graph.value(node, SH.resultPath)),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            message=str(report_graph.value(node, SH.resultMessage) or ""),
        ))
    return sorted(out, key=lambda r: (r.graph, r.focus, r.path))


def _path_text(graph: Graph, path) -> str:
    if isinstance(path, BNode):
        inverse = graph.value(path, SH.inversePath)
        return f"^{inverse}" if inverse is not None else ""
    return str(path or "")


# -- completeness profiles -------------------------------------------------------------------

@lru_cache(maxsize=None)
def requirements(profile: str) -> tuple[Requirement, ...]:
    """The requirements of ``profile`` in their ``sh:order`` (none for ``core``)."""
    shapes = load_shapes(profile)
    found = []
    for shape in shapes.subjects(SH.qualifiedValueShape, None):
        severity = shapes.value(shape, SH.severity) or SH.Violation
        found.append((int(shapes.value(shape, SH.order) or 0), Requirement(
            profile, str(shape), str(shapes.value(shape, SH.name) or shape),
            str(severity).rsplit("#", 1)[-1], str(shapes.value(shape, SH.description) or ""),
            str(shapes.value(shape, SH.message) or ""))))
    return tuple(r for _, r in sorted(found, key=lambda pair: (pair[0], pair[1].name)))


def profile_info(profile: str) -> ProfileInfo:
    """Label and source of a profile: its pk:CompletenessProfile node, else the file's opening
    comment."""
    shapes = load_shapes(profile)
    node = shapes.value(None, RDF.type, PK.CompletenessProfile)
    names = tuple(r.name for r in requirements(profile))
    if node is None:
        return ProfileInfo(profile, shapes_header(profile), "", names)
    return ProfileInfo(profile, str(shapes.value(node, RDFS.label) or profile),
                       str(shapes.value(node, DCTERMS.source) or ""), names)


def list_profiles() -> list[ProfileInfo]:
    """Every shipped profile, ``core`` first."""
    names = profile_names()
    return [profile_info(n) for n in sorted(names, key=lambda n: (n != "core", n))]


@lru_cache(maxsize=None)
def _evidence_shapes(profile: str) -> tuple[Graph, dict[URIRef, str]]:
    """For each requirement with qualified shape Q, ``[ sh:targetClass pk:Practice ; sh:not Q ]``:
    its results are exactly the practices that conform to Q."""
    shapes, evidence, names = load_shapes(profile), Graph(), {}
    for requirement in requirements(profile):
        shape = URIRef(requirement.shape)
        node = URIRef(f"{shape}-evidence")
        qualified = shapes.value(shape, SH.qualifiedValueShape)
        evidence.add((node, RDF.type, SH.NodeShape))
        evidence.add((node, SH.targetClass, PK.Practice))
        evidence.add((node, SH["not"], qualified))
        evidence.add((node, SH.severity, SH.Info))
        _copy_closure(shapes, qualified, evidence)
        names[node] = requirement.name
    return evidence, names


def _copy_closure(source: Graph, node, target: Graph) -> None:
    todo, seen = [node], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for s, p, o in source.triples((current, None, None)):
            target.add((s, p, o))
            if isinstance(o, BNode) or (p in (SH["not"], SH.node) and isinstance(o, URIRef)):
                todo.append(o)


def _disclosures(data: Graph, report_graph: Graph, profile: str) -> list[Disclosure]:
    wanted = requirements(profile)
    if not wanted:
        return []
    missing = {(report_graph.value(r, SH.focusNode), str(report_graph.value(r, SH.sourceShape)))
               for r in report_graph.subjects(RDF.type, SH.ValidationResult)}
    found = _satisfying_practices(data, profile)
    out = []
    for policy in sorted(data.subjects(RDF.type, PK.PrivacyPolicy)):
        site = data.value(data.value(policy, PK.site), RDFS.label)
        date = str(data.value(policy, PK.archivedOn) or "")
        for requirement in wanted:
            disclosed = (policy, requirement.shape) not in missing
            evidence = _best_evidence(data, found.get((policy, requirement.name), []))
            out.append(Disclosure(profile, str(site or ""), date, str(policy), requirement.name,
                                  disclosed, requirement.severity,
                                  *(evidence if disclosed else ("", None, None, "")),
                                  message="" if disclosed else requirement.message))
    return out


def _satisfying_practices(data: Graph, profile: str) -> dict[tuple, list[URIRef]]:
    shapes, names = _evidence_shapes(profile)
    _, report_graph, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False,
                                  allow_warnings=True)
    found: dict[tuple, list[URIRef]] = defaultdict(list)
    for result in report_graph.subjects(RDF.type, SH.ValidationResult):
        practice = report_graph.value(result, SH.focusNode)
        name = names.get(report_graph.value(result, SH.sourceShape))
        for policy in data.objects(practice, PK.statedIn):
            found[(policy, name)].append(practice)
    return found


def _best_evidence(data: Graph, practices: list[URIRef]) -> tuple[str, int | None, int | None,
                                                                   str]:
    """The sentence that best shows a disclosure: one with details (addresses, mechanisms,
    dates), not a heading, about few things, earliest; with its details as text."""
    best = None
    for practice in practices:
        details = [_detail_text(p, v) for p in DETAILS for v in sorted(data.objects(practice, p))]
        sentence = data.value(practice, PROV.wasDerivedFrom)
        start = data.value(sentence, PK.startOffset)
        short = len(str(data.value(sentence, PK.text) or "").split()) < 8  # a heading, mostly
        topics = sum(1 for p in data.subjects(PROV.wasDerivedFrom, sentence)
                     if str(data.value(p, PK.rule)) == "statement")
        key = (not details, short, topics, int(start) if start is not None else 0)
        if best is None or key < best[0]:
            best = (key, sentence, details)
    if best is None:
        return "", None, None, ""
    _, sentence, details = best
    start, end = (data.value(sentence, p) for p in (PK.startOffset, PK.endOffset))
    return (str(data.value(sentence, PK.text) or ""), None if start is None else int(start),
            None if end is None else int(end), "; ".join(dict.fromkeys(details)))


def report_graph(reports: list[Report]) -> Graph:
    """The SHACL validation reports of every policy graph and profile as one RDF graph, with the
    profiles' shapes and each checked policy's site and date, so the file explains itself (and
    ``queries/completeness.rq`` can score it)."""
    out = Graph()
    out.bind("sh", SH)
    out.bind("pk", PK)
    for report in reports:
        out += load_shapes(report.profile)
        for graph in report.report_graphs.values():
            out += graph
        out += report.policies
    return out
