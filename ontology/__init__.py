"""The policykg privacy-practice ontology, its SHACL shapes, and their loaders.

``policykg.ttl`` holds the classes, properties and SKOS concept schemes (data types, purposes,
party kinds, conditions, named parties) with their labels and synonyms, which are also the
extractor's lexicon, their OPP-115 values and P3P tokens, and their alignment to W3C DPV 2.3.
``shapes/*.ttl`` hold SHACL profiles. This module is the only reader of those files.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import RDFS, Graph

from policykg.ontology.namespace import PK

__all__ = ["PK", "ONTOLOGY_IRI", "ontology_path", "load_ontology", "data_practice_classes",
           "shapes_path",
           "load_shapes", "profile_names", "shapes_header"]

ONTOLOGY_IRI = "https://w3id.org/policykg/ns#"


def ontology_path() -> Path:
    """Where ``policykg.ttl`` is installed."""
    return Path(str(resources.files(__package__).joinpath("policykg.ttl")))


@lru_cache(maxsize=1)
def _parsed_ontology() -> Graph:
    graph = Graph()
    graph.parse(ontology_path(), format="turtle")
    return graph


def load_ontology() -> Graph:
    """A fresh copy of the ontology graph (parsed once per process).

    >>> from rdflib import RDF, OWL
    >>> (PK.Sharing, RDF.type, OWL.Class) in load_ontology()
    True
    """
    copy = Graph()
    for prefix, namespace in _parsed_ontology().namespaces():
        copy.bind(prefix, namespace, override=True)
    for triple in _parsed_ontology():
        copy.add(triple)
    return copy


def ontology_graph() -> Graph:
    """The shared parsed ontology; treat it as read-only."""
    return _parsed_ontology()


@lru_cache(maxsize=1)
def data_practice_classes() -> frozenset[str]:
    """IRIs of pk:DataPractice and every class below it (collection, use, sharing, sale, ...).

    >>> str(PK.Sale) in data_practice_classes(), str(PK.SecurityMeasure) in data_practice_classes()
    (True, False)
    """
    graph = _parsed_ontology()
    return frozenset(str(c) for c in graph.transitive_subjects(RDFS.subClassOf, PK.DataPractice))


def profile_names() -> list[str]:
    """Names of the SHACL profiles shipped in ``shapes/`` (file names without ``.ttl``)."""
    folder = resources.files(__package__).joinpath("shapes")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".ttl"))


def shapes_path(profile: str = "core") -> Path:
    """Where the SHACL file of ``profile`` is installed; ``KeyError`` lists the valid names."""
    if profile not in profile_names():
        raise KeyError(f"unknown profile {profile!r}; valid: {', '.join(profile_names())}")
    return Path(str(resources.files(__package__).joinpath("shapes", f"{profile}.ttl")))


@lru_cache(maxsize=None)
def load_shapes(profile: str = "core") -> Graph:
    """The parsed shapes graph of ``profile``."""
    graph = Graph()
    graph.parse(shapes_path(profile), format="turtle")
    return graph


def shapes_header(profile: str = "core") -> str:
    """The opening comment of a profile's SHACL file (it names the source the profile encodes),
    without the ``#`` marks."""
    lines = []
    for line in shapes_path(profile).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(lines)
