"""Extraction: policy documents -> sentences -> practice records -> RDF.

>>> from policykg.extract import extract, policy_from_text
>>> doc = policy_from_text("We will never sell your email address.", policy_id="1_example.com")
>>> [(p.kind.split("#")[1], p.polarity.split("#")[1]) for p in extract(doc).practices]
[('Sale', 'Negated')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

from policykg.extract.clauses import ClauseReader
from policykg.extract.documents import (
    iter_policies,
    policy_from_text,
    read_jsonl_corpus,
    read_policy,
)
from policykg.extract.errors import InputError, LexiconError, PolicyKGError
from policykg.extract.lexicon import Lexicon, compiled_lexicon
from policykg.extract.names import defined_names, site_names
from policykg.extract.rdf import policy_graph
from policykg.extract.records import Match, PolicyDocument, Practice, Sentence
from policykg.extract.segment import split_sentences
from policykg.ontology import PK, ontology_graph

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract", "read_policy", "iter_policies",
           "policy_from_text", "read_jsonl_corpus", "split_sentences", "policy_graph",
           "PolicyDocument", "Sentence", "Match", "Practice", "InputError", "LexiconError",
           "PolicyKGError", "site_names", "ClauseReader", "compiled_lexicon"]

try:
    EXTRACTOR_VERSION = metadata.version("policykg")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    EXTRACTOR_VERSION = "0.0.0+unknown"


@dataclass(frozen=True)
class Extraction:
    """What one policy yields: its document, sentences and practices."""

    document: PolicyDocument
    sentences: list[Sentence]
    practices: list[Practice]
    reader: ClauseReader


@lru_cache(maxsize=1)
def _named_kinds() -> dict[str, str]:
    graph = ontology_graph()
    return {str(s): str(o) for s, o in graph.subject_objects(PK.partyKind)}


def reader_for(document: PolicyDocument, lexicon: Lexicon | None = None) -> ClauseReader:
    """A clause reader that knows the document's own site names as the first party."""
    lexicon = lexicon or compiled_lexicon()
    defined = defined_names(document.text, document.body_start)
    names = lexicon.names_trie(site_names(document.site) + list(defined), str(PK.FirstParty))
    return ClauseReader(lexicon, names, _named_kinds(), proper_names=frozenset(defined))


def extract(document: PolicyDocument, *, lexicon: Lexicon | None = None) -> Extraction:
    """Segment a policy and read its practices."""
    sentences = split_sentences(document)
    reader = reader_for(document, lexicon)
    return Extraction(document, sentences, reader.read(sentences), reader)


