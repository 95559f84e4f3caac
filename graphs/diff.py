"""Differences between archived versions of one site's policy: practices added, removed, changed.

A practice is identified across versions by what it is about: its class, actor, data types and
recipients (``Sharing site PersonalInformation -> ThirdParty``). Between two consecutive versions
(ordered by archive date) a key found only in the newer one is *added*, only in the older one
*removed*; a key found in both whose polarity, purposes or conditions differ is *changed*
("we do not share" became "we share", or a consent condition appeared). Every change carries the
sentence of each side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph

from policykg.extract.errors import InputError
from policykg.graphs.practices import PracticeRecord, practice_records, short


@dataclass(frozen=True)
class Change:
    """One practice added, removed or changed between two versions of a site's policy."""

    site: str
    old_date: str
    new_date: str
    change: str
    practice: str
    old: str
    new: str
    old_evidence: str
    new_evidence: str


def diff_site(graph: Graph, site: str) -> list[Change]:
    """Changes between each pair of consecutive versions of ``site``'s policy in ``graph``.

    Raises :class:`InputError` when the graph holds fewer than two versions of the site.
    """
    versions: dict[str, list[PracticeRecord]] = defaultdict(list)
    for record in practice_records(graph):
        if record.site == site:
            versions[record.date].append(record)
    if len(versions) < 2:
        sites = sorted({r.site for r in practice_records(graph)})
        raise InputError(site, f"needs two archived versions, found {len(versions)}; sites: "
                         + ", ".join(sites))
    dates = sorted(versions)
    changes = []
    for old, new in zip(dates, dates[1:]):
        changes += diff_versions(site, old, versions[old], new, versions[new])
    return changes


def diff_versions(site: str, old_date: str, old: list[PracticeRecord], new_date: str,
                  new: list[PracticeRecord]) -> list[Change]:
    """The changes from one version's practices to the next one's, sorted by practice."""
    before, after = _by_key(old), _by_key(new)
    changes = []
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key, {}), after.get(key, {})
        if was.keys() == now.keys():
            continue
        kind = "added" if not was else "removed" if not now else "changed"
        changes.append(Change(site, old_date, new_date, kind, key, " | ".join(sorted(was)),
                              " | ".join(sorted(now)), _evidence(was, now), _evidence(now, was)))
    return changes


def _by_key(records: list[PracticeRecord]) -> dict[str, dict[str, str]]:
    """practice key -> {statement (polarity, purposes, conditions): evidence sentence}."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in records:
        key = " ".join([short(r.kind), short(r.actor), _names(r.data_types)])
        if r.recipients:
            key += " -> " + _names(r.recipients)
        statement = short(r.polarity).lower()
        for label, values in (("for", r.purposes), ("if", r.conditions)):
            if values:
                statement += f" {label} {_names(values)}"
        out[key].setdefault(statement, r.text)
    return out


def _evidence(side: dict[str, str], other: dict[str, str]) -> str:
    """The sentence of a statement on this side that the other side lacks (else any)."""
    own = [text for statement, text in sorted(side.items()) if statement not in other]
    return (own or sorted(side.values()) or [""])[0]


def _names(values: tuple[str, ...]) -> str:
    return ",".join(short(v) for v in values) or "-"
