"""Corpus builds: extraction in a process pool, streamed to N-Quads, resumable.

A corpus of 10^5-10^6 policies never sits in memory: documents are read in batches, extracted
by ``jobs`` worker processes, and each policy's named graph is appended to ``OUT.partial`` as
N-Quads. A journal ``OUT.journal`` lists the policies already written, so an interrupted build
started again with ``resume=True`` skips them. Only a finished build is renamed to ``OUT`` (with
the ontology graph appended), so ``OUT`` is always either the previous complete file or the new
complete one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from rdflib import URIRef

from policykg.extract import EXTRACTOR_VERSION, PolicyDocument, extract, iter_policies
from policykg.extract.errors import InputError
from policykg.extract.iris import policy_iri
from policykg.extract.rdf import policy_triples
from policykg.graphs.build import sample_paths, unique_documents
from policykg.graphs.nquads import quad_lines
from policykg.graphs.store import ONTOLOGY_GRAPH
from policykg.ontology import ontology_graph

BATCH = 64  # documents in flight per worker: bounds memory whatever the corpus size


@dataclass(frozen=True)
class Extracted:
    """One policy's result from a worker: its key, its named graph as N-Quads, and counts."""

    key: str
    nquads: str
    practices: int
    notes: tuple[str, ...]


@dataclass
class BuildReport:
    """What a corpus build did."""

    written: int = 0
    resumed: int = 0
    skipped: int = 0
    practices: int = 0
    output: Path | None = None


def extract_to_nquads(document: PolicyDocument) -> Extracted:
    """Extract one policy and serialise its named graph (runs in a worker process)."""
    extraction = extract(document)
    name = URIRef(policy_iri(document))
    triples = policy_triples(document, extraction.practices, EXTRACTOR_VERSION)
    return Extracted(document_key(document), quad_lines(triples, name),
                     len(extraction.practices), document.notes)


def document_key(document: PolicyDocument) -> str:
    """What a journal remembers a policy by: its source (file or file:line), else its id."""
    return document.source_path or document.policy_id


def parallel_extract(documents: Iterable[PolicyDocument], jobs: int) -> Iterator[Extracted]:
    """Results in input order, ``jobs`` processes (1: in this process), bounded memory."""
    documents = iter(documents)
    if jobs <= 1:
        yield from map(extract_to_nquads, documents)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while batch := list(islice(documents, BATCH * jobs)):
            yield from pool.map(extract_to_nquads, batch, chunksize=4)


def build_nquads(paths: Iterable[str | Path] | None, output: str | Path, *, jobs: int = 0,
                 resume: bool = False, on_error: Callable[[InputError], None] | None = None,
                 progress: Callable[[Extracted], None] | None = None, **options) -> BuildReport:
    """Build the N-Quads file ``output`` of every policy under ``paths`` (default: samples).

    ``jobs`` worker processes (0: one per core). With ``resume`` a previous interrupted build
    of the same output continues where it stopped. Duplicate policy ids or IRIs are skipped
    through ``on_error`` (or raise :class:`InputError` without it).
    """
    output = Path(output)
    partial, journal = _staging(output)
    done, offset = _read_journal(journal) if resume and partial.exists() else (set(), 0)
    if done:
        with open(partial, "r+b") as handle:  # drop a policy cut off half-written
            handle.truncate(offset)
    else:
        partial.write_bytes(b"")
        journal.write_text("", encoding="utf-8")
    report = BuildReport(resumed=len(done), output=output)
    documents = unique_documents(iter_policies(list(paths or []) or sample_paths(),
                                               on_error=_counting(on_error, report), **options),
                                 _counting(on_error, report), frozenset(done))
    with open(partial, "ab") as quads, open(journal, "a", encoding="utf-8") as log:
        for result in parallel_extract(documents, jobs or os.cpu_count() or 1):
            quads.write(result.nquads.encode("utf-8"))
            quads.flush()
            # after the quads, with the length they end at: a crash repeats, never loses one
            log.write(f"{result.key}\t{quads.tell()}\n")
            log.flush()
            report.written += 1
            report.practices += result.practices
            if progress:
                progress(result)
        quads.write(quad_lines(ontology_graph(), ONTOLOGY_GRAPH).encode("utf-8"))
    os.replace(partial, output)
    journal.unlink(missing_ok=True)
    return report


def _counting(on_error: Callable[[InputError], None] | None, report: BuildReport):
    """``on_error`` that also counts the skipped policies in ``report``."""
    if on_error is None:
        return None

    def count(error: InputError) -> None:
        report.skipped += 1
        on_error(error)
    return count


def _staging(output: Path) -> tuple[Path, Path]:
    if not output.parent.exists():
        raise InputError(str(output), "the output folder does not exist")
    return output.with_name(output.name + ".partial"), output.with_name(output.name + ".journal")


def _read_journal(journal: Path) -> tuple[set[str], int]:
    """Keys of the policies written completely, and the length of the file after the last."""
    done, offset = set(), 0
    try:
        lines = journal.read_text(encoding="utf-8").splitlines()
    except OSError:
        return done, offset
    for line in lines:
        key, _, end = line.rpartition("\t")
        if key and end.isdigit():
            done.add(key)
            offset = max(offset, int(end))
    return done, offset
