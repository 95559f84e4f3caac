"""OPP-115-style facts of each policy, derived from the graph through the ontology.

A fact is ``family:value`` (see the README): the family comes from the practice class, its actor
and its polarity; the value from the ``pk:opp115Value`` of the data type, purpose or practice class
(inherited along ``skos:broader`` / ``rdfs:subClassOf``) or from the ``skos:notation`` of a
recipient kind. Every fact carries the offsets of its evidence sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, SKOS, Graph, URIRef

from policykg.extract.clauses import USER_AUDIENCES
from policykg.graphs.practices import hierarchy_of
from policykg.ontology import PK, ontology_graph

GENERIC = "Generic personal information"
UNSPECIFIED = "Unspecified"
# Types that hold others, named by OPP-115 only when nothing more specific is named beside them
CONTAINERS = (GENERIC, "User profile")
MERGER = "Merger/Acquisition"
# OPP-115 files a sentence that makes one of these statements under that category: a flow it
# names in passing ("you can update the information we collect", "we retain your personal
# information as long as ...", "we use encryption to protect your personal information") is not
# annotated as collection, or for choices, access and audiences as sharing, either. The graph
# keeps those practices; only the projection onto OPP-115's scheme leaves them out.
STATEMENT_CATEGORIES = {
    "Data Retention": ("collect", "collect-purpose"),
    "Data Security": ("collect", "collect-purpose"),
    "User Access, Edit and Deletion": ("collect", "collect-purpose", "share", "share-purpose"),
    "User Choice/Control": ("collect", "collect-purpose", "share", "share-purpose"),
    "International and Specific Audiences": ("collect", "collect-purpose", "share",
                                             "share-purpose"),
}


@dataclass(frozen=True)
class Fact:
    """One fact with the character span of its evidence."""

    fact: str
    start: int
    end: int


class _Ontology:
    """The ontology's hierarchy with its OPP-115 values and recipient codes, looked up once."""

    def __init__(self, graph: Graph) -> None:
        self.hierarchy = hierarchy_of()
        self.opp = {str(s): str(o) for s, o in graph.subject_objects(PK.opp115Value)}
        self.notation = {str(s): str(o) for s, o in graph.subject_objects(SKOS.notation)}

    def ancestors(self, node: URIRef) -> frozenset[str]:
        return self.hierarchy.ancestors(str(node))

    @lru_cache(maxsize=None)
    def opp_value(self, node: URIRef) -> str | None:
        return self.hierarchy.nearest(str(node), self.opp)

    @lru_cache(maxsize=None)
    def recipient_code(self, node: URIRef) -> str | None:
        return self.hierarchy.nearest(str(node), self.notation)


@lru_cache(maxsize=1)
def _ontology() -> _Ontology:
    return _Ontology(ontology_graph())


def facts_of_graph(graph: Graph) -> Iterator[tuple[str, list[Fact]]]:
    """(policy id, facts) for every pk:PrivacyPolicy in ``graph`` (a policy graph or a union)."""
    for policy in sorted(graph.subjects(RDF.type, PK.PrivacyPolicy)):
        policy_id = str(graph.value(policy, PK.policyId) or policy)
        site = graph.value(policy, PK.site)
        facts = []
        for practice in graph.subjects(PK.statedIn, policy):
            facts.extend(_practice_facts(graph, practice, site))
        unique = sorted(set(_by_statement(facts)), key=lambda f: (f.start, f.fact))
        yield policy_id, unique


def _by_statement(facts: list[Fact]) -> list[Fact]:
    """Leave out the flows of a sentence that OPP-115 files under a statement category."""
    muted: dict[tuple[int, int], set[str]] = defaultdict(set)
    for f in facts:
        if f.fact.startswith("practice:"):
            muted[(f.start, f.end)].update(STATEMENT_CATEGORIES.get(f.fact[9:], ()))
    return [f for f in facts if f.fact.split(":", 1)[0] not in muted.get((f.start, f.end), ())]


def _practice_facts(graph: Graph, practice: URIRef, site) -> list[Fact]:
    onto = _ontology()
    kinds = [t for t in graph.objects(practice, RDF.type) if isinstance(t, URIRef)]
    if not kinds:
        return []
    classes = frozenset().union(*(onto.ancestors(k) for k in kinds))
    sentence = graph.value(practice, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    start = graph.value(sentence, PK.startOffset)
    end = graph.value(sentence, PK.endOffset)
    if start is None or end is None:
        return []
    span = (int(start), int(end))
    names = [f"practice:{v}" for v in filter(None, (onto.opp_value(k) for k in kinds))
             if str(PK.PolicyStatement) in classes]
    if str(PK.DataPractice) in classes:
        names += _flow_facts(graph, practice, classes, site)
    return [Fact(name, *span) for name in names]


def _flow_facts(graph: Graph, practice: URIRef, classes: frozenset, site) -> list[str]:
    onto = _ontology()
    actor = graph.value(practice, PK.actor)
    negated = graph.value(practice, PK.polarity) == PK.Negated
    if PK.ChildAudience in set(graph.objects(practice, PK.condition)):
        return []  # about children only: OPP-115 reads it as a statement on audiences
    third_party = (actor is not None and actor != site
                   and str(PK.ThirdParty) in onto.ancestors(actor))
    # "Unspecified" is OPP-115's mark for "the type is not stated": no personal information type
    data = [v for v in (onto.opp_value(d) for d in graph.objects(practice, PK.dataType))
            if v and v != UNSPECIFIED]
    for container in CONTAINERS:
        # "personal information such as your name": the type is Contact; "your account
        # information (name, e-mail address and password)": the account holds Contact data
        if set(data) - {container} and container in data:
            data = [v for v in data if v != container]
    purposes = [v for v in (onto.opp_value(p) for p in graph.objects(practice, PK.purpose)) if v]
    out: list[str] = []
    rule = str(graph.value(practice, PK.rule))
    recipients = list(graph.objects(practice, PK.recipient))
    if actor == PK.User and negated:
        # "We do not allow you to share your password with other users": a rule for the user,
        # no statement about what the site or others share
        return []
    # A warning about the user's own disclosure: "what you post may be read, collected or used
    # by other users", "any information you share in public areas becomes public", "any
    # information disclosed in chat rooms becomes public" (no one named who makes it public).
    # OPP-115's sharing is the site's or a third party's: only the audience is a fact.
    warned: list = []
    posts = [d for d in graph.objects(practice, PK.dataType) if d != PK.UnspecifiedData]
    if _audience(onto, actor) and not negated:
        warned = [actor]
    elif third_party and posts and all(d == PK.PublicPost for d in posts):
        # "what you disclose in public areas may be collected and used by a third party"
        return []
    elif not negated and (actor == PK.User or rule in ("implicit", "passive")) and recipients \
            and all(_audience(onto, r) for r in recipients):
        warned = recipients
    if rule == "on-behalf":
        return []  # "We and our service providers collect": the site's practice states it
    if warned:
        return [f"recipient:{c}" for c in filter(None, map(onto.recipient_code, warned))]
    if str(PK.Sharing) in classes or third_party:
        out += [f"{'not-share' if negated else 'share'}:{d}" for d in data]
        if str(PK.Sale) in classes:
            out += [f"{'not-sell' if negated else 'sell'}:{d}" for d in data]
        if not negated:
            out += [f"share-purpose:{p}" for p in purposes]
            recipients += [actor] if third_party else []
            out += [f"recipient:{c}" for c in filter(None, map(onto.recipient_code, recipients))]
    elif actor == site and negated:
        # "we do not store / will not use it for other purposes" limit retention and use;
        # only a denied collection is a "does not collect" statement.
        if str(PK.Collection) in classes or (str(PK.Use) in classes and rule == "ellipsis"):
            # "we use your age but not your name": the types not used at all
            out += [f"not-collect:{d}" for d in data]
        elif str(PK.Retention) in classes:
            out.append("practice:Data Retention")  # "we do not store credit card numbers"
    elif actor == site:
        out += [f"collect:{d}" for d in data]
        if not negated:
            # a merger is data passing to the acquirer: OPP-115 files it under third parties
            out += [f"{'share' if p == MERGER else 'collect'}-purpose:{p}" for p in purposes]
    return out


def _audience(onto: _Ontology, node) -> bool:
    """Whether ``node`` is the public or other users."""
    return node is not None and not onto.ancestors(node).isdisjoint(USER_AUDIENCES)


class TripleIndex:
    """A read-only index over a list of triples with the few look-ups facts need.

    Deriving the facts of one freshly extracted policy does not need an rdflib store; this
    answers ``subjects``, ``objects`` and ``value`` like :class:`rdflib.Graph` does.
    """

    def __init__(self, triples) -> None:
        self.by_sp: dict[tuple, list] = defaultdict(list)
        self.by_po: dict[tuple, list] = defaultdict(list)
        for s, p, o in triples:
            self.by_sp[(s, p)].append(o)
            self.by_po[(p, o)].append(s)

    def subjects(self, predicate, obj):
        return iter(self.by_po.get((predicate, obj), ()))

    def objects(self, subject, predicate):
        return iter(self.by_sp.get((subject, predicate), ()))

    def value(self, subject, predicate):
        found = self.by_sp.get((subject, predicate))
        return found[0] if found else None


def facts_rows(graph: Graph) -> Iterator[dict]:
    """The prediction lines of the evaluation format, one dict per policy."""
    for policy_id, facts in facts_of_graph(graph):
        yield {"policy": policy_id,
               "facts": [{"fact": f.fact, "start": f.start, "end": f.end} for f in facts]}
