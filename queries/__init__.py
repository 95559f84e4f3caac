"""The named SPARQL query library: ``*.rq`` files with a header, listed and run with parameters.

A query file starts with comment lines::

    # title: Sites that share data with payment partners
    # description: what it answers (continued on lines that start with "#   ")
    # param: ?kind pk:PaymentProcessor in pk:PartyKinds -- the recipient kind

A parameter has a default value (a prefixed name, an IRI in <>, or a quoted literal) and may name
the concept scheme its values must come from. Values are bound as RDF terms with
``initBindings`` (on Oxigraph: one N-Triples-escaped term each in a ``VALUES`` block), never
spliced into the query as text. This module is the only reader of the files.

An ``# order: ?site ?policy`` line sorts the rows by those variables (their text) after the
store has answered, instead of a SPARQL ``ORDER BY``: Oxigraph decodes terms for every comparison
of an ORDER BY, which costs seconds on answers of tens of thousands of rows.

Two extensions keep older headers valid:

- ``*`` as a default (or as a value) leaves the variable unbound, so the pattern that uses it
  matches anything: ``# param: ?type * in pk:DataTypes`` makes the data type optional. Write the
  pattern so that it also works unbound (``?data skos:broader* ?type`` after ``?data`` is bound).
- ``as literal`` after the default (``# param: ?site * as literal``), or a quoted default
  (``# param: ?word "cookie"``), makes a literal parameter: every value given is bound as a plain
  literal, quoted or not, and is only ever compared (``FILTER(CONTAINS(LCASE(?text),
  LCASE(?word)))``), never parsed as SPARQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import SKOS, Graph, Literal, URIRef
from rdflib.query import Result

from policykg.extract.errors import InputError
from policykg.ontology import ONTOLOGY_IRI, ontology_graph

PREFIXES = {"pk": ONTOLOGY_IRI, "skos": str(SKOS)}
_PARAM = re.compile(r"\?(?P<name>\w+)\s+(?P<default>\"[^\"]*\"|\S+)"
                    r"(?:\s+in\s+(?P<scheme>\S+)|\s+as\s+(?P<literal>literal))?"
                    r"(?:\s+--\s+(?P<doc>.*))?$")
UNBOUND = "*"


@dataclass(frozen=True)
class Parameter:
    """A query parameter: its variable name, default term, allowed scheme and description."""

    name: str
    default: str
    scheme: str | None = None
    doc: str = ""
    literal: bool = False

    @property
    def optional(self) -> bool:
        """True when the default leaves the variable unbound (``*``)."""
        return self.default == UNBOUND


@dataclass(frozen=True)
class NamedQuery:
    """A parsed query file."""

    name: str
    path: Path
    title: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = field(default=())
    order: tuple[str, ...] = field(default=())  # variables the rows are sorted by, client-side


def query_names() -> list[str]:
    """Names of the bundled queries (file names without ``.rq``).

    >>> "payment-partners" in query_names()
    True
    """
    folder = resources.files(__package__)
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def load_query(name_or_path: str | Path) -> NamedQuery:
    """A bundled query by name, or any ``.rq`` file by path.

    Raises :class:`InputError` for an unknown name (listing the valid ones) or unreadable file.
    """
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        name = path.stem
    elif str(name_or_path) in query_names():
        name = str(name_or_path)
        path = Path(str(resources.files(__package__).joinpath(f"{name}.rq")))
    else:
        raise InputError(str(name_or_path), "no such query; named queries: "
                         + ", ".join(query_names()))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), str(error)) from None
    return parse_query(name, path, text)


def parse_query(name: str, path: Path, text: str) -> NamedQuery:
    """Read the header of a query file."""
    header: dict[str, list[str]] = {"title": [], "description": [], "param": [], "order": []}
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        found = re.match(r"#\s*(title|description|param|order):\s*(.*)$", line)
        if found:
            last = found[1]
            header[last].append(found[2].strip())
        elif last == "description" and line.startswith("#  "):
            header["description"][-1] += " " + line[1:].strip()
    parameters = []
    for raw in header["param"]:
        found = _PARAM.match(raw)
        if not found:
            raise InputError(f"{path}", f"malformed '# param:' line {raw!r}; expected "
                             "'?name DEFAULT [in SCHEME] [-- description]'")
        literal = bool(found["literal"]) or found["default"].startswith('"')
        parameters.append(Parameter(found["name"], found["default"], found["scheme"],
                                    found["doc"] or "", literal))
    order = tuple(v.lstrip("?") for line in header["order"] for v in line.split())
    return NamedQuery(name, path, " ".join(header["title"]) or name,
                      " ".join(header["description"]), text, tuple(parameters), order)


def resolve_term(value: str, scheme: str | None = None) -> URIRef | Literal:
    """Turn a parameter value into an RDF term, checked against ``scheme`` when one is given.

    Accepts ``pk:PaymentProcessor``, ``<https://...>``, a concept's local name, its notation
    (``payment-processor``) or its label, with hyphens for spaces (``credit-card-number``);
    without a scheme, a quoted value is a literal (with one, it must name a concept).

    >>> resolve_term("payment-processor", "pk:PartyKinds").split("#")[1]
    'PaymentProcessor'
    """
    if scheme is None:
        if len(value) >= 2 and value[0] == value[-1] == '"':
            return Literal(value[1:-1])
        return _expand(value)
    concepts = _scheme_concepts(_expand(scheme))
    term = _expand(value) if (":" in value or value.startswith("<")) else None
    if term in concepts:
        return term
    wanted = {value.lower(), value.lower().replace("-", " ")}
    for concept, names in concepts.items():
        if wanted & names:
            return concept
    valid = sorted(_display_name(concept) for concept in concepts)
    raise InputError(value, f"not a concept of {scheme}; valid: {', '.join(valid)}")


def _expand(value: str) -> URIRef:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and local:
        return URIRef(PREFIXES[prefix] + local)
    if re.match(r"https?://", value):
        return URIRef(value)
    raise InputError(value, f"not an IRI or prefixed name (known prefixes: {', '.join(PREFIXES)})")


def _display_name(concept: URIRef) -> str:
    notation = ontology_graph().value(concept, SKOS.notation)
    return str(notation) if notation else "pk:" + str(concept).rsplit("#", 1)[-1]


def _scheme_concepts(scheme: URIRef) -> dict[URIRef, set[str]]:
    graph = ontology_graph()
    out: dict[URIRef, set[str]] = {}
    for concept in graph.subjects(SKOS.inScheme, scheme):
        names = {str(concept).rsplit("#", 1)[-1].lower()}
        names |= {str(o).lower() for p in (SKOS.notation, SKOS.prefLabel)
                  for o in graph.objects(concept, p)}
        out[concept] = names
    if not out:
        raise InputError(str(scheme), "not a concept scheme of the ontology")
    return out


def bindings(query: NamedQuery, values: dict[str, str]) -> dict[str, URIRef | Literal]:
    """Parameter values (defaults filled in) as RDF terms; unknown keys are an error.

    A value of ``*`` leaves its variable out (unbound); literal parameters take any text.
    """
    known = {p.name: p for p in query.parameters}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise InputError(query.name, f"unknown parameter {unknown[0]!r}; parameters: "
                         + (", ".join(sorted(known)) or "(none)"))
    chosen = {name: values.get(name, p.default) for name, p in known.items()}
    return {name: _parameter_term(value, known[name]) for name, value in chosen.items()
            if value != UNBOUND}


def _parameter_term(value: str, parameter: Parameter) -> URIRef | Literal:
    if parameter.literal:
        quoted = len(value) >= 2 and value[0] == value[-1] == '"'
        return Literal(value[1:-1] if quoted else value)
    return resolve_term(value, parameter.scheme)


def run_query(graph: Graph, query: NamedQuery | str, values: dict[str, str] | None = None
              ) -> Result:
    """Run a named query (or a loaded one) on ``graph`` with parameters bound as terms."""
    query = load_query(query) if isinstance(query, str) else query
    try:
        result = graph.query(query.text, initBindings=bindings(query, values or {}))
        return _Sorted(result, query.order) if query.order else result
    except InputError:
        raise
    except Exception as error:  # pyparsing and rdflib raise many types for a bad query
        message = " ".join(str(error).split())[:300]
        raise InputError(str(query.path), f"query failed: {message}") from None




class _Sorted:
    """The rows of a result sorted by the text of some of their variables (``# order:``)."""

    def __init__(self, result, order: tuple[str, ...]) -> None:
        self.vars = result.vars
        names = [str(v) for v in self.vars]
        at = [names.index(n) for n in order if n in names]
        rows = list(result)
        # a column sorts by number when its values are numbers (offsets), else by text
        numeric = {i for i in at if any(_is_number(row[i]) for row in rows[:50])}
        self._rows = sorted(rows, key=lambda row: tuple(
            _number(row[i]) if i in numeric else ("" if row[i] is None else str(row[i]))
            for i in at))

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _is_number(value) -> bool:
    return isinstance(value, Literal) and isinstance(value.toPython(), (int, float))


def _number(value) -> float:
    return float(value.toPython()) if _is_number(value) else float("-inf")
