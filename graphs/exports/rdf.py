"""RDF exports: Turtle, N-Triples, N-Quads, TriG and JSON-LD (with a context of short names).

The serialisation itself is :func:`policykg.graphs.store.serialize_dataset` with a format of
:data:`policykg.graphs.formats.FORMATS`; triple formats merge the policy graphs (each practice
still names its policy with ``pk:statedIn``). The JSON-LD context (:func:`jsonld_context`) is
built from the ontology: its prefixes, and a short term for each property (``actor``,
``dataType``, ``wasDerivedFrom`` ...), typed ``@id`` for object properties, so the document reads
``"actor": "…/site/music123.com"``. It is embedded, never fetched.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Dataset, URIRef

from policykg.graphs.exports.base import ExportFormat
from policykg.graphs.formats import FORMATS as RDF_FORMATS
from policykg.graphs.store import serialize_dataset, write_atomically
from policykg.ontology import PK, ontology_graph

_OBJECT = {"@type": "@id"}
_EXTRA_TERMS = {"wasDerivedFrom": (PROV.wasDerivedFrom, True),
                "wasAttributedTo": (PROV.wasAttributedTo, True),
                "label": (RDFS.label, False), "prefLabel": (SKOS.prefLabel, False),
                "broader": (SKOS.broader, True), "inScheme": (SKOS.inScheme, True)}


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """Prefixes of the ontology plus one short term per property (see the module docstring)."""
    ontology = ontology_graph()
    context: dict = {prefix: str(ns) for prefix, ns in ontology.namespaces()
                     if prefix in ("pk", "dpv", "pd", "tech", "skos", "rdfs", "rdf", "owl",
                                   "xsd", "dcterms", "prov")}
    for kind, is_object in ((OWL.ObjectProperty, True), (OWL.DatatypeProperty, False)):
        for prop in ontology.subjects(RDF.type, kind):
            if isinstance(prop, URIRef) and str(prop).startswith(str(PK)):
                name = str(prop)[len(str(PK)):]
                context[name] = _term(f"pk:{name}", is_object, ontology.value(prop, RDFS.range))
    for name, (prop, is_object) in _EXTRA_TERMS.items():
        context[name] = _term(str(prop), is_object, None)
    return context


def _term(iri: str, is_object: bool, datatype) -> dict:
    if is_object:
        return {"@id": iri, **_OBJECT}
    if datatype is not None and str(datatype).startswith(str(XSD)) and datatype != XSD.string:
        return {"@id": iri, "@type": str(datatype)}
    return {"@id": iri}


def _writer(rdf_name: str):
    def write(dataset: Dataset, path: Path) -> None:
        options = {"context": jsonld_context()} if rdf_name == "json-ld" else {}
        write_atomically(path, serialize_dataset(dataset, RDF_FORMATS[rdf_name], **options))
    return write


FORMATS = [
    ExportFormat("turtle", (".ttl",), "rdf", "Turtle (policy graphs merged)", _writer("turtle")),
    ExportFormat("ntriples", (".nt",), "rdf", "N-Triples (policy graphs merged)", _writer("nt")),
    ExportFormat("nquads", (".nq",), "rdf", "N-Quads, one named graph per policy",
                 _writer("nquads")),
    ExportFormat("trig", (".trig",), "rdf", "TriG, one named graph per policy", _writer("trig")),
    ExportFormat("json-ld", (".jsonld", ".json-ld"), "rdf",
                 "JSON-LD with an embedded context of short names", _writer("json-ld")),
]
