"""A read-only SPARQL 1.1 Protocol endpoint (https://www.w3.org/TR/sparql11-protocol/) over a
graph file or an Oxigraph store, with the named query library exposed by name.

- ``GET /sparql?query=...`` and ``POST /sparql`` (form ``query=`` or ``application/sparql-query``
  body): results as ``application/sparql-results+json`` (default) or ``text/csv``.
- ``GET /queries``: the named queries; ``GET /queries/NAME?KEY=VALUE``: run one, parameters
  bound as terms and checked against the ontology, exactly as ``policykg query`` does.
- Updates are refused (403): SPARQL Update requests, update bodies, and PUT/DELETE/PATCH.
- Federated queries (``SERVICE``) are refused, so the endpoint never fetches other URLs.
- Loopback by default; each answer stops at ``max_rows`` rows (header ``X-Truncated``); a
  query still producing rows after ``timeout`` seconds is cut off with 503; at most
  ``concurrent`` queries run at once (more get 503 straight away). Oxigraph offers no way to
  cancel a running query, so one that computes long before its first row holds its slot until
  it finishes; the other slots serve other clients meanwhile.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from rdflib import BNode, Literal, URIRef

from policykg.extract.errors import PolicyKGError
from policykg.queries import load_query, query_names, run_query

MAX_BODY = 1_000_000  # bytes of a POSTed query


@dataclass(frozen=True)
class Limits:
    """Per-request limits of the endpoint."""

    max_rows: int = 10_000
    timeout: float = 30.0
    concurrent: int = 8  # queries running at once; more are answered 503 at once


class _TimedOut(Exception):
    pass


def make_server(graph, host: str = "127.0.0.1", port: int = 7878,
                limits: Limits = Limits()) -> ThreadingHTTPServer:
    """A server (not yet serving) answering queries on ``graph`` (an OxigraphGraph)."""
    handler = type("Handler", (_Handler,), {"graph": graph, "limits": limits,
                                            "slots": threading.BoundedSemaphore(limits.concurrent)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    graph = None
    limits = Limits()
    slots = threading.BoundedSemaphore(Limits.concurrent)
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet by default; the CLI prints one line at start

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        url = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path in ("/sparql", "/query"):
            if "update" in params:
                return self._refuse()
            return self._sparql(params.get("query"))
        if url.path == "/queries":
            queries = [load_query(n) for n in query_names()]
            return self._send_json([{"name": q.name, "title": q.title,
                                     "parameters": [p.name for p in q.parameters]}
                                    for q in queries])
        if url.path.startswith("/queries/"):
            return self._named(url.path[len("/queries/"):], params)
        self._error(HTTPStatus.NOT_FOUND, "not found: use /sparql or /queries")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True  # the unread body must not be read as a request
            return self._error(HTTPStatus.BAD_REQUEST if length < 0 else
                               HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"Content-Length must be 0 to {MAX_BODY} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if url.path not in ("/sparql", "/query"):
            return self._refuse() if url.path in ("/update", "/store") else self._error(
                HTTPStatus.NOT_FOUND, "not found: use /sparql or /queries")
        if kind == "application/sparql-update":
            return self._refuse()
        if kind == "application/sparql-query":
            return self._sparql(body)
        form = {k: v[-1] for k, v in parse_qs(body).items()}
        if "update" in form:
            return self._refuse()
        return self._sparql(form.get("query"))

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse()

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _sparql(self, text: str | None) -> None:
        if not text:
            return self._error(HTTPStatus.BAD_REQUEST, "no query")
        self._answer(lambda: self.graph.query(text))

    def _answer(self, run) -> None:
        """Run a query within the concurrency limit; every failure is an HTTP answer."""
        if not self.slots.acquire(blocking=False):
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries at once")
        try:
            self._results(run())
        except PolicyKGError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
        except Exception as error:  # an engine error must not drop the connection
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {error}")
        finally:
            self.slots.release()

    def _named(self, name: str, params: dict[str, str]) -> None:
        if name not in query_names():
            return self._error(HTTPStatus.NOT_FOUND, f"no named query {name!r}")
        params.pop("format", None)
        self._answer(lambda: run_query(self.graph, name, params))

    def _results(self, result) -> None:
        names = [str(v) for v in result.vars]
        rows, truncated, deadline = [], False, time.monotonic() + self.limits.timeout
        try:
            for row in result:
                if len(rows) >= self.limits.max_rows:
                    truncated = True
                    break
                if time.monotonic() > deadline:
                    raise _TimedOut
                rows.append([row[i] if i < len(row) else None for i in range(len(names))])
        except _TimedOut:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"query took more than {self.limits.timeout:g} s")
        wants_csv = "text/csv" in (self.headers.get("Accept") or "") or parse_qs(
            urlsplit(self.path).query).get("format", [""])[-1] == "csv"
        body, kind = (_csv(names, rows), "text/csv") if wants_csv else (
            _sparql_json(names, rows), "application/sparql-results+json")
        self._send(HTTPStatus.OK, body, kind, {"X-Truncated": "true"} if truncated else {})

    def _refuse(self) -> None:
        self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send_json(self, value) -> None:
        self._send(HTTPStatus.OK, json.dumps(value, indent=1).encode("utf-8"), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, kind: str, headers: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


def _binding(value) -> dict | None:
    if value is None:
        return None
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    out = {"type": "literal", "value": str(value)}
    if isinstance(value, Literal) and value.language:
        out["xml:lang"] = value.language
    elif isinstance(value, Literal) and value.datatype and not str(value.datatype).endswith(
            "#string"):
        out["datatype"] = str(value.datatype)
    return out


def _sparql_json(names: list[str], rows: list[list]) -> bytes:
    bindings = [{n: b for n, v in zip(names, row) if (b := _binding(v))} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()


def _csv(names: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
    return out.getvalue().encode("utf-8")
