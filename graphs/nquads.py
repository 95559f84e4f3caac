"""N-Quads (W3C RDF 1.1 N-Quads, https://www.w3.org/TR/n-quads/) lines for the terms we mint.

A fast writer for the corpus build: one policy's triples become the lines of its named graph,
written by worker processes and streamed to disk without building an rdflib store.

>>> from rdflib import Literal, URIRef
>>> quad_lines([(URIRef("http://x/s"), URIRef("http://x/p"), Literal('say "hi"\\n'))],
...            URIRef("http://x/g"))
'<http://x/s> <http://x/p> "say \\\\"hi\\\\"\\\\n" <http://x/g> .\\n'
"""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_ESCAPES = str.maketrans({c: f"\\u{ord(c):04X}" for c in '<>"{}|^`\\ '})


def term(value) -> str:
    """One term in N-Quads syntax."""
    if isinstance(value, URIRef):
        return f"<{str(value).translate(_IRI_ESCAPES)}>"
    if isinstance(value, Literal):
        text = f'"{str(value).translate(_ESCAPES)}"'
        if value.language:
            return f"{text}@{value.language}"
        if value.datatype and value.datatype != XSD.string:
            return f"{text}^^<{value.datatype}>"
        return text
    if isinstance(value, BNode):
        return f"_:{value}"
    raise TypeError(f"not an RDF term: {value!r}")


def quad_lines(triples, graph: URIRef) -> str:
    """The N-Quads lines of ``triples`` in ``graph``."""
    name = term(graph)
    return "".join(f"{term(s)} {term(p)} {term(o)} {name} .\n" for s, p, o in triples)
