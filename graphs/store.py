"""The in-memory store: an rdflib Dataset with one named graph per policy plus the ontology graph.

Loading and saving go through :mod:`policykg.graphs.formats`; saving writes a temporary file
beside the target and renames it into place, so a failed or interrupted write never leaves a
half-written output.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from policykg.extract.errors import InputError
from policykg.graphs.formats import RDFFormat, rdf_format
from policykg.ontology import ONTOLOGY_IRI, ontology_graph

ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI.rstrip("#"))


def new_dataset(*, with_ontology: bool = True) -> Dataset:
    """An empty dataset (union default graph) holding the ontology in its own named graph."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in ontology_graph().namespaces():
        dataset.bind(prefix, namespace, override=True)
    if with_ontology:
        add_ontology(dataset)
    return dataset


def add_ontology(dataset: Dataset) -> None:
    """Put the ontology into its named graph (the queries' hierarchy comes from it)."""
    target = dataset.graph(ONTOLOGY_GRAPH)
    if len(target) == 0:
        for triple in ontology_graph():
            target.add(triple)


def policy_graphs(dataset: Dataset) -> list[Graph]:
    """The named graphs that hold policies (every graph but the ontology and the default one)."""
    return [g for g in dataset.graphs()
            if isinstance(g.identifier, URIRef) and g.identifier != ONTOLOGY_GRAPH
            and len(g) and not str(g.identifier).startswith("urn:x-rdflib:")]


def open_graph(path: str | Path):
    """What queries run on: an Oxigraph store for ``oxigraph:DIR`` (or a store folder), else
    the graph file read into an rdflib Dataset."""
    from policykg.graphs.oxigraph_store import OxigraphGraph, store_spec

    directory = store_spec(path)
    return OxigraphGraph.open(directory) if directory else load_dataset(path)


def load_dataset(path: str | Path) -> Dataset:
    """Read a graph file (format from its extension), or a whole Oxigraph store, into memory,
    and make sure the ontology is present.

    Raises :class:`InputError` naming the file and the parser's message for a missing file or
    malformed RDF.
    """
    from policykg.graphs.oxigraph_store import OxigraphGraph, store_spec

    directory = store_spec(path)
    if directory is not None:
        dataset = OxigraphGraph.open(directory).to_dataset()
        add_ontology(dataset)
        return dataset
    path = Path(path)
    fmt = rdf_format(path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file")
    dataset = new_dataset(with_ontology=False)
    try:
        if fmt.quads:
            dataset.parse(path, format=fmt.name)
        else:
            dataset.default_graph.parse(path, format=fmt.name)
    except Exception as error:  # rdflib raises many parser-specific types
        message = " ".join(str(error).split())[:300]
        raise InputError(str(path), f"not valid {fmt.name}: {message}") from None
    add_ontology(dataset)
    return dataset


def save_dataset(dataset: Dataset, path: str | Path) -> None:
    """Serialise to ``path`` in the format its extension names, atomically.

    Triple formats (.ttl, .nt, ...) cannot hold named graphs: every policy graph is written into
    one graph; each practice still names its policy with ``pk:statedIn``.
    """
    path = Path(path)
    write_atomically(path, serialize_dataset(dataset, rdf_format(path)))


def serialize_dataset(dataset: Dataset, fmt: RDFFormat, **options) -> bytes:
    """The dataset in ``fmt`` as UTF-8 bytes; triple formats get every graph merged into one.

    ``options`` go to the rdflib serializer (``context=`` for JSON-LD).
    """
    if fmt.quads:
        source = dataset
    else:
        source = Graph()
        for prefix, namespace in dataset.namespaces():
            source.bind(prefix, namespace, override=True)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            source.add((s, p, o))
    return source.serialize(format=fmt.name, encoding="utf-8", **options)


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path`` and rename it into place."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise InputError(str(path), "the output folder does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, _file_mode(path))  # mkstemp makes 0600; keep what open() would
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The mode of the file ``path`` replaces, else 0666 less the umask (as ``open`` gives)."""
    if path.is_file():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
