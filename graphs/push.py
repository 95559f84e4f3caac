"""Push named graphs to any SPARQL 1.1 Graph Store Protocol server
(https://www.w3.org/TR/sparql11-http-rdf-update/): one ``PUT ?graph=IRI`` per policy graph.

For a corpus too large for one machine: build locally, push to a shared triple store (the
Oxigraph server's ``/store``, Virtuoso's ``/sparql-graph-crud``, Fuseki's ``/DATASET/data``),
and point ``policykg query`` users at its SPARQL endpoint. A PUT replaces the graph, so pushing
a rebuilt policy again is safe.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

from rdflib import Dataset

from policykg.extract.errors import InputError
from policykg.graphs.nquads import term
from policykg.graphs.store import ONTOLOGY_GRAPH, policy_graphs


@dataclass
class PushReport:
    """How many graphs and triples went to the server."""

    graphs: int = 0
    triples: int = 0


def push(dataset: Dataset, endpoint: str, *, timeout: float = 60.0,
         progress: Callable[[str], None] | None = None) -> PushReport:
    """PUT every policy graph and the ontology graph of ``dataset`` to ``endpoint``.

    Raises :class:`InputError` naming the graph and the server's answer when a PUT fails.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise InputError(endpoint, "the endpoint must be an http:// or https:// URL")
    report = PushReport()
    for graph in [dataset.graph(ONTOLOGY_GRAPH), *policy_graphs(dataset)]:
        body = "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in graph)
        separator = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{separator}graph={quote(str(graph.identifier), safe='')}"
        request = Request(url, data=body.encode("utf-8"), method="PUT",
                          headers={"Content-Type": "application/n-triples"})
        try:
            with urlopen(request, timeout=timeout) as answer:
                answer.read()
        except HTTPError as error:
            raise InputError(url, f"the server answered {error.code} {error.reason}") from None
        except URLError as error:
            raise InputError(endpoint, f"cannot reach the server ({error.reason})") from None
        report.graphs += 1
        report.triples += len(graph)
        if progress:
            progress(str(graph.identifier))
    return report
