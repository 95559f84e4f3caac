"""The one place where IRIs of extracted things are minted.

Every IRI is derived from stable inputs (site, archive date or policy id, character offsets), so a
rebuild of the same policy with the same extractor version gives the same graph.

>>> from policykg.extract.records import PolicyDocument
>>> doc = PolicyDocument("001_x", "...", "soundspectrum.com", archived_on="2010-12-29")
>>> policy_iri(doc)
'https://w3id.org/policykg/id/policy/soundspectrum.com/2010-12-29'
>>> sentence_iri(doc, 10, 42)
'https://w3id.org/policykg/id/policy/soundspectrum.com/2010-12-29#char=10,42'
"""

from __future__ import annotations

from urllib.parse import quote

from policykg.extract.records import PolicyDocument

BASE = "https://w3id.org/policykg/id/"


def _segment(value: str) -> str:
    return quote(value.strip().lower() if "." in value else value.strip(), safe="-._~")


SITES = f"{BASE}site/"  # a site's IRI is this and its domain


def site_iri(site: str) -> str:
    """IRI of a website (the first party of its policies)."""
    return f"{SITES}{_segment(site)}"


def policy_iri(document: PolicyDocument) -> str:
    """IRI of one policy version; also the name of its graph."""
    version = document.archived_on or _segment(document.policy_id)
    return f"{BASE}policy/{_segment(document.site)}/{version}"


def sentence_iri(document: PolicyDocument, start: int, end: int) -> str:
    """IRI of a span of the policy text, as an RFC 5147 ``#char=start,end`` fragment."""
    return f"{policy_iri(document)}#char={start},{end}"


def practice_iri(document: PolicyDocument, start: int, end: int, index: int) -> str:
    """IRI of the ``index``-th practice read from the sentence at ``start``-``end``."""
    return f"{policy_iri(document)}/practice/{start}-{end}/{index}"


def extractor_iri(version: str) -> str:
    """IRI of the extractor release that produced a practice (a prov:SoftwareAgent)."""
    return f"{BASE}extractor/{quote(version)}"
