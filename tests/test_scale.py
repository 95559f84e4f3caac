"""Corpus builds in a process pool, resume, the Oxigraph store, serve and push, all on loopback."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from policykg.graphs import sample_paths
from policykg.graphs.cli import main
from policykg.graphs.corpus import build_nquads
from policykg.graphs.oxigraph_store import OxigraphGraph, load_store
from policykg.graphs.push import push
from policykg.graphs.server import Limits, make_server
from policykg.graphs.store import load_dataset
from policykg.queries import load_query, run_query
from tests.conftest import domain

SITES = ["music123.com", "smartpunk.com", "soundspectrum.com"]


def quads(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line}


def test_a_pool_build_equals_a_single_process_build(tmp_path):
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    assert build_nquads(None, one, jobs=1).written == 5
    report = build_nquads(None, two, jobs=2)
    assert (report.written, report.resumed) == (5, 0)
    assert quads(one) == quads(two)
    dataset = Dataset()
    dataset.parse(two, format="nquads")
    assert len(list(dataset.graphs())) >= 6  # five policies and the ontology


def test_an_interrupted_build_keeps_the_old_output_and_resumes(tmp_path):
    output = tmp_path / "corpus.nq"
    output.write_text("old complete output\n", encoding="utf-8")
    seen = []

    def stop_after_two(result):
        seen.append(result.key)
        if len(seen) == 2:
            raise KeyboardInterrupt  # as if the build were killed here

    with pytest.raises(KeyboardInterrupt):
        build_nquads(None, output, jobs=1, progress=stop_after_two)
    assert output.read_text(encoding="utf-8") == "old complete output\n"
    journal = (tmp_path / "corpus.nq.journal").read_text().splitlines()
    assert [line.rsplit("\t", 1)[0] for line in journal] == seen
    with open(tmp_path / "corpus.nq.partial", "a", encoding="utf-8") as partial:
        partial.write("<http://half/written> <http://p")  # killed in the middle of a write
    report = build_nquads(None, output, jobs=1, resume=True)
    assert (report.resumed, report.written) == (2, 3)
    assert not (tmp_path / "corpus.nq.partial").exists()
    fresh = tmp_path / "fresh.nq"
    build_nquads(None, fresh, jobs=1)
    assert quads(output) == quads(fresh)


def test_jsonl_corpus_in_the_pool_skips_broken_lines(tmp_path):
    corpus = tmp_path / "c.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()[:3]]
    lines = [json.dumps({"id": f"p{i}", "text": t}) for i, t in enumerate(texts)]
    corpus.write_text("\n".join(lines[:2] + ["{oops"] + lines[2:]) + "\n", encoding="utf-8")
    errors = []
    report = build_nquads([corpus], tmp_path / "c.nq", jobs=2, on_error=errors.append)
    assert report.written == 3 and len(errors) == 1 and "c.jsonl:3" in str(errors[0])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("oxigraph")
    build_nquads(None, folder / "samples.nq", jobs=2)
    load_store(folder / "samples.nq", folder / "store")
    return folder / "store"


def test_the_oxigraph_store_answers_like_the_memory_graph(store, sample_dataset):
    graph = OxigraphGraph.open(store)
    for params in ({}, {"kind": "shipping-carrier"}, {"kind": "pk:ServiceProvider"}):
        on_disk = {(str(r.site), int(r.start)) for r in run_query(graph, "recipient-evidence",
                                                                 params)}
        in_memory = {(str(r.site), int(r.start)) for r in run_query(
            sample_dataset, "recipient-evidence", params)}
        assert on_disk == in_memory
    assert sorted({s for s, _ in on_disk}) >= SITES
    hostile = list(run_query(graph, "evidence", {"word": '"} ; DROP ALL ; {"'}))
    assert hostile == [] and len(graph) > 5000


def test_cli_verbs_take_a_store(store):
    runner = CliRunner()
    spec = f"oxigraph:{store}"
    result = runner.invoke(main, ["query", "payment-partners", spec, "--format", "json"])
    assert sorted({domain(row["site"]) for row in json.loads(result.stdout)}) == SITES
    assert runner.invoke(main, ["check", spec]).exit_code == 0
    assert runner.invoke(main, ["check", "oxigraph:/nonexistent/store"]).exit_code == 2


def test_cli_build_into_a_store(tmp_path):
    result = CliRunner().invoke(main, ["build", "--store", f"oxigraph:{tmp_path / 's'}",
                                       "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert "5 policies" in result.stderr and not (tmp_path / "s.nq").exists()
    assert len(OxigraphGraph.open(tmp_path / "s")) > 5000


@pytest.fixture(scope="module")
def endpoint(store):
    server = make_server(OxigraphGraph.open(store), "127.0.0.1", 0, Limits(max_rows=50))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _payment_query(kind: str = "https://w3id.org/policykg/ns#PaymentProcessor") -> str:
    return load_query("payment-partners").text + f"\nVALUES (?kind) {{ (<{kind}>) }}"


def test_a_stock_sparql_client_gets_answers_by_get_and_post(endpoint):
    from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper

    for method in (GET, POST):
        client = SPARQLWrapper(f"{endpoint}/sparql")
        client.setMethod(method)
        client.setReturnFormat(JSON)
        client.setQuery(_payment_query())
        rows = client.query().convert()["results"]["bindings"]
        assert sorted({domain(r["site"]["value"]) for r in rows}) == SITES


def test_named_queries_updates_and_limits(endpoint):
    names = json.loads(urlopen(f"{endpoint}/queries").read())
    assert "payment-partners" in [q["name"] for q in names]
    answer = json.loads(urlopen(f"{endpoint}/queries/payment-partners?kind=shipping-carrier")
                        .read())
    assert {domain(b["site"]["value"]) for b in answer["results"]["bindings"]} == {
        "music123.com"}
    csv_text = urlopen(Request(f"{endpoint}/queries/payment-partners",
                               headers={"Accept": "text/csv"})).read().decode()
    assert csv_text.startswith("site,recipient")
    refused = [Request(f"{endpoint}/sparql", data=urlencode({"update": "DROP ALL"}).encode()),
               Request(f"{endpoint}/sparql", data=b"DROP ALL",
                       headers={"Content-Type": "application/sparql-update"}),
               Request(f"{endpoint}/sparql", data=b"x", method="PUT")]
    for request in refused:
        with pytest.raises(HTTPError) as answer:
            urlopen(request)
        assert answer.value.code == 403
    with pytest.raises(HTTPError) as answer:
        urlopen(f"{endpoint}/sparql?" + urlencode({"query": "DROP ALL"}))
    assert answer.value.code == 400
    with pytest.raises(HTTPError) as answer:
        urlopen(f"{endpoint}/queries/payment-partners?kind=bank%20robber")
    assert answer.value.code == 400 and b"valid:" in answer.value.read()
    big = urlopen(f"{endpoint}/sparql?" + urlencode({"query": "SELECT * { ?s ?p ?o }"}))
    assert big.headers["X-Truncated"] == "true"
    assert len(json.loads(big.read())["results"]["bindings"]) == 50
    still = json.loads(urlopen(f"{endpoint}/queries/payment-partners").read())
    assert len({b["site"]["value"] for b in still["results"]["bindings"]}) == 3


def test_a_burst_of_concurrent_clients(endpoint):
    url = f"{endpoint}/queries/payment-partners"

    def fetch(_):
        with urlopen(url, timeout=30) as answer:
            return answer.status, len(json.loads(answer.read())["results"]["bindings"])

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(fetch, range(48)))
    assert all(status == 200 and rows == results[0][1] for status, rows in results)
    assert time.monotonic() - started < 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("the oxigraph server did not start")
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_push_to_a_real_graph_store_server(oxigraph_server, sample_dataset):
    from SPARQLWrapper import JSON, SPARQLWrapper

    report = push(sample_dataset, f"{oxigraph_server}/store")
    from policykg.graphs.store import ONTOLOGY_GRAPH, policy_graphs

    graphs = [sample_dataset.graph(ONTOLOGY_GRAPH), *policy_graphs(sample_dataset)]
    assert report.graphs == 6 and report.triples == sum(len(g) for g in graphs)
    client = SPARQLWrapper(f"{oxigraph_server}/query")
    client.setReturnFormat(JSON)
    client.setQuery(_payment_query())
    client.addParameter("union-default-graph", "")  # Oxigraph: query across named graphs
    rows = client.query().convert()["results"]["bindings"]
    assert sorted({domain(r["site"]["value"]) for r in rows}) == SITES
    again = push(sample_dataset, f"{oxigraph_server}/store")  # PUT replaces: idempotent
    assert again.graphs == report.graphs


def test_push_errors_are_one_line(tmp_path, sample_graph_file):
    result = CliRunner().invoke(main, ["push", str(sample_graph_file), "--endpoint",
                                       f"http://127.0.0.1:{_free_port()}/store"])
    assert result.exit_code == 2 and "cannot reach the server" in result.stderr
    assert load_dataset(sample_graph_file)  # the source is untouched


@pytest.mark.parametrize("name, params", [
    (name, params) for name in load_query.__globals__["query_names"]() if name != "completeness"
    for params in ({},)] + [
    ("evidence", {"word": "paypal"}), ("sells", {"type": "pk:Location"}),
    ("shares-with", {"kind": "shipping-carrier"}), ("collects", {"type": "ip address"}),
    ("evidence", {"word": '"} ; DROP ALL ; {"'})])
def test_every_named_query_answers_the_same_on_both_stores(sample_dataset, name, params):
    def rows(graph):  # GROUP_CONCAT order is the engine's choice: compare words as sets
        return sorted(tuple(" ".join(sorted(str(v).split())) for v in row)
                      for row in run_query(graph, name, params))

    assert rows(sample_dataset) == rows(OxigraphGraph.from_dataset(sample_dataset))


def test_federated_queries_are_refused(sample_dataset):
    from policykg.extract.errors import InputError

    with pytest.raises(InputError, match="SERVICE"):
        OxigraphGraph.from_dataset(sample_dataset).query(
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")


def test_the_endpoint_answers_bad_requests_and_never_fetches(endpoint):
    import http.client

    host, port = endpoint.rsplit("/", 1)[-1].split(":")
    for length in ("abc", "-1", str(10**9)):
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.putrequest("POST", "/sparql")
        connection.putheader("Content-Type", "application/sparql-query")
        connection.putheader("Content-Length", length)
        connection.endheaders()
        answer = connection.getresponse()
        assert answer.status in (400, 413), length
        connection.close()
    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"
    with pytest.raises(HTTPError) as answer:
        urlopen(f"{endpoint}/sparql?" + urlencode({"query": federated}))
    assert answer.value.code == 400 and b"SERVICE" in answer.value.read()
