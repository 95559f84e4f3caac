"""Contradictions inside one policy: a negated statement that covers an affirmed one.

In the spirit of PolicyLint (Andow et al., USENIX Security 2019): "we will not share personal
information with anyone" contradicts "we share your order with shipping companies" because the
negation's action, data type and recipient are the same as or broader than the affirmation's.
The ontology decides "broader": ``rdfs:subClassOf`` for actions (a sale is a sharing),
``skos:broader`` for data types and recipient kinds. A pair is a candidate for a reader, not a
verdict: a negation "without your consent" against a sale "in a corporate restructuring" is
reported with both conditions so the reader can judge the exception.

Rules, for a negated practice N and an affirmed practice A of the same policy and actor:

- A's class is N's class or below it;
- some data type of A is the same as or below some data type of N;
- when N names recipients, some recipient of A is the same as or below one of them;
- when both name purposes, some purpose of A is the same as or below one of N's;
- A does not carry every condition N names (a promise "not without consent" is kept by a
  sharing "with consent");
- a negation scoped to children or to users who opted out covers only affirmations with the
  same scope, and an affirmation about aggregate data only is never covered by a negation that
  is not itself about aggregate data;
- the two come from different sentences (one sentence that says "not X; but Y" is an exception
  the extractor already split, not a contradiction).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph

from policykg.extract.errors import InputError
from policykg.graphs.practices import (
    Hierarchy,
    PracticeRecord,
    hierarchy_of,
    practice_records,
    short,
)
from policykg.ontology import PK

SCOPES = frozenset({str(PK.ChildAudience), str(PK.OptOut)})
AGGREGATE = str(PK.AggregateOnly)
ACTIONS = ("collection", "use", "sharing", "sale", "retention")


@dataclass(frozen=True)
class Contradiction:
    """A negated and an affirmed statement of one policy, with both sentences."""

    site: str
    date: str
    action: str
    data: str
    recipient: str
    negated: str
    negated_start: int
    negated_conditions: str
    affirmed: str
    affirmed_start: int
    affirmed_conditions: str
    policy: str


def contradictions(graph: Graph, *, site: str | None = None, action: str | None = None
                   ) -> list[Contradiction]:
    """Contradicting pairs of statements in each policy of ``graph``.

    ``site`` keeps one site's policies; ``action`` (``sharing``, ``collection``, ``use``,
    ``sale``, ``retention``) keeps pairs whose affirmed practice is of that class or below it.
    One pair of sentences is reported once; its data and recipient columns list the affirmed
    values that the negation covers. Raises :class:`InputError` for an unknown action.
    """
    wanted = _action_class(action)
    by_policy: dict[str, list[PracticeRecord]] = {}
    for record in practice_records(graph):
        if site is None or record.site == site:
            by_policy.setdefault(record.policy, []).append(record)
    found: dict[tuple, Contradiction] = {}
    for records in by_policy.values():
        negated = [r for r in records if r.negated]
        for n in negated:
            for a in records:
                if wanted and not hierarchy_of().below(a.kind, wanted):
                    continue
                pair = _covered(n, a, hierarchy_of())
                if pair is not None:
                    _merge(found, n, a, pair)
    return sorted(found.values(), key=lambda c: (c.site, c.date, c.negated_start,
                                                   c.affirmed_start))


def _action_class(action: str | None) -> str | None:
    if action is None:
        return None
    if action.lower() not in ACTIONS:
        raise InputError(action, f"not an action; valid: {', '.join(ACTIONS)}")
    return str(PK[action.capitalize()])


def _covered(n: PracticeRecord, a: PracticeRecord, h: Hierarchy
             ) -> tuple[list[str], list[str]] | None:
    """The affirmed data types and recipients that ``n`` covers, or None."""
    if a.negated or a.start == n.start or a.actor != n.actor or not h.below(a.kind, n.kind):
        return None
    if not _same_scope(n, a):
        return None
    data = _covered_values(a.data_types, n.data_types, h)
    if not data and UNSPECIFIED in a.data_types and GENERIC_NEGATIONS & set(n.data_types):
        data = [UNSPECIFIED]  # "we share (unnamed data) with carriers" vs "we share no PII"
    if not data:
        return None
    recipients = _covered_values(a.recipients, n.recipients, h) if n.recipients else []
    if n.recipients and not recipients:
        return None
    if n.purposes and a.purposes and not _covered_values(a.purposes, n.purposes, h):
        return None
    if n.conditions and set(n.conditions) <= set(a.conditions):
        return None
    return data, recipients


UNSPECIFIED = str(PK.UnspecifiedData)
# An affirmation that names no data may concern any personal data a generic promise covers.
GENERIC_NEGATIONS = frozenset({str(PK.PersonalInformation), UNSPECIFIED})


def _same_scope(n: PracticeRecord, a: PracticeRecord) -> bool:
    if not (SCOPES & set(n.conditions)) <= set(a.conditions):
        return False
    return AGGREGATE not in a.conditions or AGGREGATE in n.conditions


def _covered_values(values: Iterable[str], broader: Iterable[str], h: Hierarchy) -> list[str]:
    broader = list(broader)
    return [v for v in values if any(h.below(v, b) for b in broader)]


def _merge(found: dict[tuple, Contradiction], n: PracticeRecord, a: PracticeRecord,
           pair: tuple[list[str], list[str]]) -> None:
    key = (n.policy, n.start, a.start)
    data, recipients = set(map(short, pair[0])), set(map(short, pair[1]))
    old = found.get(key)
    if old is not None:
        data |= set(old.data.split())
        recipients |= set(old.recipient.split())
    found[key] = Contradiction(
        a.site, a.date, short(a.kind), " ".join(sorted(data)),
        " ".join(sorted(recipients)), n.text, n.start,
        " ".join(map(short, n.conditions)), a.text, a.start,
        " ".join(map(short, a.conditions)), a.policy)


