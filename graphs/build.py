"""Corpus build: policy files -> extraction -> one named graph per policy in a dataset."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from rdflib import Dataset, URIRef

from policykg.extract import EXTRACTOR_VERSION, Extraction, extract, iter_policies, policy_graph
from policykg.extract.errors import InputError
from policykg.extract.iris import policy_iri
from policykg.graphs.store import new_dataset


def sample_paths() -> list[Path]:
    """The bundled sample corpus: five archived music-site privacy policies."""
    folder = resources.files("policykg.extract").joinpath("samples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def extractions(paths: Iterable[str | Path] | None = None, **options) -> Iterator[Extraction]:
    """Extract every policy under ``paths`` (the sample corpus when ``paths`` is empty)."""
    paths = list(paths or []) or sample_paths()
    for document in iter_policies(paths, **options):
        yield extract(document)


def build(paths: Iterable[str | Path] | None = None, *,
          progress: Callable[[Extraction], None] | None = None, **options) -> Dataset:
    """Build the knowledge graph of ``paths`` (default: the sample corpus) in memory.

    Each policy gets its own named graph, named by the policy's IRI; the ontology is added in its
    own graph so that queries can follow the class and concept hierarchy. Two inputs that mint the
    same policy IRI (same site and archive date) are an :class:`InputError`.

    >>> dataset = build()
    >>> len(list(dataset.graphs())) > 5
    True
    """
    dataset = new_dataset()
    seen: dict[str, str] = {}
    for extraction in extractions(paths, **options):
        document = extraction.document
        name = policy_iri(document)
        if name in seen:
            raise InputError(document.source_path or document.policy_id,
                             f"same site and archive date as {seen[name]} ({name})")
        seen[name] = document.source_path or document.policy_id
        policy_graph(document, extraction.practices, EXTRACTOR_VERSION,
                     dataset.graph(URIRef(name)))
        if progress:
            progress(extraction)
    return dataset
