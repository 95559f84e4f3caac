"""RDF serialisation formats, looked up by name or file extension in one registry.

>>> rdf_format("sample.trig").name, rdf_format("sample.ttl").quads
('trig', False)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policykg.extract.errors import InputError


@dataclass(frozen=True)
class RDFFormat:
    """An rdflib format name, the extensions that select it, and whether it keeps graphs."""

    name: str
    extensions: tuple[str, ...]
    quads: bool
    media_type: str


FORMATS: dict[str, RDFFormat] = {
    f.name: f
    for f in (
        RDFFormat("turtle", (".ttl",), False, "text/turtle"),
        RDFFormat("nt", (".nt",), False, "application/n-triples"),
        RDFFormat("nquads", (".nq",), True, "application/n-quads"),
        RDFFormat("trig", (".trig",), True, "application/trig"),
        RDFFormat("json-ld", (".jsonld", ".json-ld"), True, "application/ld+json"),
        RDFFormat("xml", (".rdf", ".owl"), False, "application/rdf+xml"),
        RDFFormat("n3", (".n3",), False, "text/n3"),
    )
}
_BY_EXTENSION = {ext: f for f in FORMATS.values() for ext in f.extensions}


def rdf_format(path: str | Path) -> RDFFormat:
    """The format a file name asks for; :class:`InputError` lists the valid extensions."""
    suffix = Path(path).suffix.lower()
    try:
        return _BY_EXTENSION[suffix]
    except KeyError:
        valid = ", ".join(sorted(_BY_EXTENSION))
        raise InputError(str(path), f"unknown RDF extension {suffix or '(none)'!r}; "
                         f"valid: {valid}") from None
