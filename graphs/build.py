"""Corpus build: policy files -> extraction -> one named graph per policy in a dataset."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from rdflib import Dataset, URIRef

from policykg.extract import (
    EXTRACTOR_VERSION,
    Extraction,
    PolicyDocument,
    extract,
    iter_policies,
    policy_graph,
)
from policykg.extract.errors import InputError
from policykg.extract.iris import policy_iri
from policykg.graphs.store import new_dataset


def sample_paths() -> list[Path]:
    """The bundled sample corpus: five archived music-site privacy policies."""
    folder = resources.files("policykg.extract").joinpath("samples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def extractions(paths: Iterable[str | Path] | None = None, *,
                on_error: Callable[[InputError], None] | None = None,
                **options) -> Iterator[Extraction]:
    """Extract every policy under ``paths`` (the sample corpus when ``paths`` is empty).

    Policies that cannot be read raise :class:`InputError`, or go to ``on_error`` and are
    skipped; so do later inputs with the same policy id as an earlier one.
    """
    documents = iter_policies(list(paths or []) or sample_paths(), on_error=on_error, **options)
    for document in unique_documents(documents, on_error):
        yield extract(document)


def unique_documents(documents: Iterable[PolicyDocument],
                     on_error: Callable[[InputError], None] | None = None,
                     done: frozenset[str] = frozenset()) -> Iterator[PolicyDocument]:
    """Documents whose policy id and IRI (site and date) no earlier one had; a duplicate raises
    :class:`InputError` or goes to ``on_error``. Documents whose source is in ``done`` (already
    written by an interrupted build) are remembered but not yielded. The names seen so far live
    in a temporary SQLite file, so memory does not grow with the corpus."""
    with SeenNames() as seen:
        for document in documents:
            where = document.source_path or document.policy_id
            names = (policy_iri(document), document.policy_id)
            first = seen.first(names)
            if first is not None:
                error = InputError(where, f"same policy as {first} ({names[0]}); skipped")
                if on_error is None:
                    raise error
                on_error(error)
                continue
            seen.add(names, where)
            if where not in done:
                yield document


class SeenNames:
    """Names already met in a corpus and where: an on-disk index with a small fixed cache."""

    def __enter__(self) -> SeenNames:
        self._folder = tempfile.TemporaryDirectory(prefix="policykg-seen-")
        self._db = sqlite3.connect(Path(self._folder.name) / "seen.sqlite")
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-2048;"
            "CREATE TABLE seen (name TEXT PRIMARY KEY, source TEXT) WITHOUT ROWID;")
        return self

    def first(self, names: tuple[str, ...]) -> str | None:
        """Where the first of ``names`` was met, or None."""
        for name in names:
            row = self._db.execute("SELECT source FROM seen WHERE name = ?", (name,)).fetchone()
            if row:
                return row[0]
        return None

    def add(self, names: tuple[str, ...], source: str) -> None:
        self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)",
                             [(name, source) for name in names])

    def __exit__(self, *exc) -> None:
        self._db.close()
        self._folder.cleanup()


def build(paths: Iterable[str | Path] | None = None, *,
          progress: Callable[[Extraction], None] | None = None,
          on_error: Callable[[InputError], None] | None = None, **options) -> Dataset:
    """Build the knowledge graph of ``paths`` (default: the sample corpus) in memory.

    Each policy gets its own named graph, named by the policy's IRI; the ontology is added in its
    own graph so that queries can follow the class and concept hierarchy. Two inputs with the same
    policy id or IRI (same site and archive date) are an :class:`InputError` (or are passed to
    ``on_error``, which skips the second).

    >>> dataset = build()
    >>> len(list(dataset.graphs())) > 5
    True
    """
    dataset = new_dataset()
    for extraction in extractions(paths, on_error=on_error, **options):
        document = extraction.document
        policy_graph(document, extraction.practices, EXTRACTOR_VERSION,
                     dataset.graph(URIRef(policy_iri(document))))
        if progress:
            progress(extraction)
    return dataset
