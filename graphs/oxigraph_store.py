"""The on-disk store: Oxigraph (pyoxigraph) for corpora that outgrow an in-memory graph.

Oxigraph answers the join-heavy questions in milliseconds where rdflib's planner takes
minutes (see the README). A store is a directory; ``policykg build ... --store oxigraph:DIR``
fills it by bulk-loading the N-Quads a corpus build streams out. :class:`OxigraphGraph` wraps
a store so that the named queries run on it exactly as on an rdflib Dataset (``query`` with
``initBindings``; parameters become SPARQL substitutions, never text).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef, Variable
from rdflib.query import ResultRow

from policykg.extract.errors import InputError
from policykg.graphs.nquads import term

PREFIX = "oxigraph:"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_LITERALS = re.compile(r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:\\.|[^"\\\n])*"'
                       r"|'(?:\\.|[^'\\\n])*'|<[^<>\s]*>")


def _without_comments(text: str) -> str:
    """Drop '#' comments (outside IRIs and strings) so keywords in them are not read."""
    out = []
    for line in text.splitlines():
        masked = _LITERALS.sub(lambda m: "x" * len(m.group()), line)
        cut = masked.find("#")
        out.append(line if cut < 0 else line[:cut])
    return "\n".join(out)


def _without_literals(text: str) -> str:
    return _LITERALS.sub(" ", text)


def store_spec(value: str | Path) -> Path | None:
    """The directory of an ``oxigraph:DIR`` spec or of an existing store folder, else None."""
    text = str(value)
    if text.startswith(PREFIX):
        return Path(text[len(PREFIX):])
    path = Path(text)
    return path if path.is_dir() and (path / "CURRENT").exists() else None


def load_store(nquads: Path, directory: Path) -> None:
    """Bulk-load an N-Quads file into a new store at ``directory`` (replacing an old one only
    once the new one is complete)."""
    loading = directory.with_name(directory.name + ".loading")
    shutil.rmtree(loading, ignore_errors=True)
    try:
        store = ox.Store(str(loading))
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.optimize()  # compacts the bulk-loaded files: queries get several times faster
        store.flush()
        del store
    except (OSError, SyntaxError) as error:
        shutil.rmtree(loading, ignore_errors=True)
        raise InputError(str(directory), f"cannot load the store ({error})") from None
    if directory.exists():
        shutil.rmtree(directory)
    loading.rename(directory)


class OxigraphGraph:
    """A read-only view of an Oxigraph store with the query interface the library uses."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    @classmethod
    def open(cls, directory: Path) -> OxigraphGraph:
        if not directory.is_dir():
            raise InputError(str(directory), "no Oxigraph store in this folder")
        try:
            return cls(ox.Store.read_only(str(directory)))
        except OSError as error:
            raise InputError(str(directory), f"cannot open the Oxigraph store ({error})") from None

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> OxigraphGraph:
        """An in-memory Oxigraph copy of an rdflib dataset (fast queries for a served file)."""
        store = ox.Store()
        store.extend(ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), _graph_to_ox(g))
                     for s, p, o, g in dataset.quads((None, None, None, None)))
        return cls(store)

    def query(self, text: str, initBindings: dict | None = None):  # noqa: N803 - rdflib's name
        """Run a SELECT query over the union of all graphs; rows as rdflib ResultRows.

        Bindings are given to every group pattern that follows a WHERE (the query's and its
        subqueries') as a SPARQL ``VALUES`` block, so they hold from the start of the group,
        FILTERs included, as rdflib's ``initBindings`` do. Each value is one term serialised by
        the N-Triples rules and can never change the query's structure. ``SERVICE`` (federated
        queries to other endpoints) is refused.
        """
        text = _without_comments(text)
        if _SERVICE.search(_without_literals(text)):
            raise InputError("query", "SERVICE (federated query) is not allowed here")
        if initBindings:
            names = " ".join(f"?{name}" for name in initBindings)
            terms = " ".join(term(value) for value in initBindings.values())
            block = f"VALUES ({names}) {{ ({terms}) }}"
            text = _WHERE.sub(lambda found: f"{found.group()} {block}", text)
        try:
            result = self.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise InputError("query", f"not valid SPARQL: {error}") from None
        except OSError as error:
            raise InputError("query", f"the store could not answer ({error})") from None
        return _Rows(result)

    def __len__(self) -> int:
        return len(self.store)

    def to_dataset(self) -> Dataset:
        """The whole store as an rdflib Dataset (for verbs that walk the graph in Python)."""
        from policykg.graphs.store import new_dataset

        dataset = new_dataset(with_ontology=False)
        for quad in self.store:
            graph = dataset.graph(_from_ox(quad.graph_name)) if isinstance(
                quad.graph_name, ox.NamedNode) else dataset.default_graph
            graph.add((_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
        return dataset


class _Rows:
    """SELECT results with ``.vars`` and rows that behave like rdflib's (``row.site``)."""

    def __init__(self, result) -> None:
        if isinstance(result, bool) or not hasattr(result, "variables"):
            raise InputError("query", "only SELECT queries are supported here")
        self.vars = [Variable(v.value) for v in result.variables]
        self._result = result

    def __iter__(self):
        # one row class per answer, holding the variable positions once (rdflib's ResultRow
        # builds that mapping for every row: a third of the time on 10^5 rows)
        row = type("Row", (_Row,), {"labels": {str(v): i for i, v in enumerate(self.vars)}})
        positions = range(len(self.vars))
        seen: dict = {}  # terms repeat (kinds, predicates): convert each once
        for solution in self._result:
            values = []
            for index in positions:
                value = solution[index]
                if value is None:
                    values.append(None)
                    continue
                converted = seen.get(value)
                if converted is None:
                    converted = _from_ox(value)
                    if len(seen) < 10_000:
                        seen[value] = converted
                values.append(converted)
            yield tuple.__new__(row, values)


class _Row(ResultRow):
    """rdflib's result row with the variable positions held by the class."""

    labels: dict[str, int] = {}


def _to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _graph_to_ox(identifier):
    if isinstance(identifier, URIRef) and not str(identifier).startswith("urn:x-rdflib:"):
        return ox.NamedNode(str(identifier))
    return ox.DefaultGraph()


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _from_ox(term):
    """The rdflib term of an Oxigraph term; a plain string literal stays plain, as rdflib reads it
    from a file (and as cheaply: an answer of 10^5 rows converts every term)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return term
