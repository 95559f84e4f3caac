"""Every export opened by its real consumer: rdflib, networkx, lxml with the GraphML schema,
cytoscape.js under Node, Graphviz, headless Chromium; plus the views, the registry and the CLI.

The Node, Graphviz and Chromium tests skip with the reason where the tool is absent (`.ci/run`
installs them). The Chromium screenshot is kept in tests/artifacts/.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from policykg.extract.errors import InputError
from policykg.graphs.cli import main
from policykg.graphs.exports import EXPORTS, export, export_format
from policykg.graphs.store import load_dataset, policy_graphs
from policykg.graphs.views import VIEW_NAMES, view_graph
from tests.conftest import DATA, ROOT

SITES = ["activemusician.com", "music123.com", "productiontrax.com", "smartpunk.com",
         "soundspectrum.com"]
ARTIFACTS = ROOT / "tests" / "artifacts"
JS = ROOT / "tests" / "js"


@pytest.fixture(scope="module")
def views(sample_dataset):
    return {name: view_graph(sample_dataset, name) for name in VIEW_NAMES}


# --- views -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", VIEW_NAMES)
def test_views_hold_plain_strings_and_numbers(views, name):
    network = views[name]
    assert network.number_of_edges() > 0
    assert {f"site:{s}" for s in SITES} <= set(network)
    for _, attrs in network.nodes(data=True):
        assert {"label", "kind", "iri"} <= set(attrs)
        assert all(type(v) in (str, int, float) for v in attrs.values())
    for *_, attrs in network.edges(data=True):
        assert {"relation", "weight", "evidence", "sites", "polarity"} <= set(attrs)
        assert all(type(v) in (str, int, float) for v in attrs.values())


def test_flows_view_weighs_and_marks_negated_flows(views):
    flows = views["flows"]
    assert Counter(k for _, k in flows.nodes(data="kind")).keys() == {"site", "data", "recipient"}
    negated = [(u, v, a) for u, v, a in flows.edges(data=True) if a["polarity"] == "negated"]
    assert negated and all("negated]" in a["evidence"] for *_, a in negated)
    # "We will never sell, rent or otherwise provide ..." (smartpunk.com) is a negated flow
    assert any(u == "site:smartpunk.com" and "never sell" in a["evidence"]
               for u, _, a in negated)
    payment = {a["sites"] for _, v, a in flows.edges(data=True)
               if v == "recipient:PaymentProcessor" and a["polarity"] == "affirmed"}
    assert payment == {"music123.com", "smartpunk.com", "soundspectrum.com"}


def test_sites_view_links_sites_by_shared_recipients(views):
    sites = views["sites"]
    assert set(sites) == {f"site:{s}" for s in SITES}
    for _, _, attrs in sites.edges(data=True):
        assert attrs["weight"] == len(attrs["recipients"].split("|")) >= 1


def test_unknown_view_lists_the_valid_ones(sample_dataset):
    with pytest.raises(InputError, match="valid: practices, flows, sites"):
        view_graph(sample_dataset, "nope")


# --- registry --------------------------------------------------------------------------------

def test_registry_by_name_and_extension():
    assert export_format("GEXF").name == "gexf"
    assert export_format(None, "x.graphml").name == "graphml"
    assert export_format(None, "x.jsonld").name == "json-ld"
    with pytest.raises(InputError) as error:
        export_format("yaml")
    assert all(name in str(error.value) for name in EXPORTS)


# --- RDF: parse back to an isomorphic graph ----------------------------------------------------

def _named(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)
            and not str(g.identifier).startswith("urn:x-rdflib:")}


def _merged(dataset: Dataset) -> Graph:
    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


@pytest.mark.parametrize("fmt, suffix, quads", [
    ("turtle", ".ttl", False), ("ntriples", ".nt", False), ("nquads", ".nq", True),
    ("trig", ".trig", True), ("json-ld", ".jsonld", True)])
def test_rdf_exports_parse_back_isomorphic(sample_dataset, tmp_path, fmt, suffix, quads):
    out = tmp_path / f"samples{suffix}"
    export(sample_dataset, out, fmt=fmt)
    back = load_dataset(out)
    if quads:
        original, parsed = _named(sample_dataset), _named(back)
        assert original.keys() == parsed.keys()
        assert len(policy_graphs(back)) == 5
        for name, graph in original.items():
            assert isomorphic(graph, parsed[name]), name
    else:
        assert isomorphic(_merged(sample_dataset), _merged(back))


def test_jsonld_uses_short_names_from_an_embedded_context(sample_dataset, tmp_path):
    out = tmp_path / "samples.jsonld"
    export(sample_dataset, out, fmt="json-ld")
    document = json.loads(out.read_text(encoding="utf-8"))
    context = document["@context"]
    assert context["actor"] == {"@id": "pk:actor", "@type": "@id"}
    assert context["pk"] == "https://w3id.org/policykg/ns#"
    text = out.read_text(encoding="utf-8")
    assert '"actor": ' in text and '"dataType": ' in text and '"wasDerivedFrom": ' in text


# --- networks: networkx, the GraphML schema, cytoscape.js, Graphviz, CSV -----------------------

def _edges(network: nx.Graph) -> Counter:
    """Edges as a multiset of (source, target, attributes), ignoring ids and number types."""
    out = Counter()
    for u, v, attrs in network.edges(data=True):
        if not network.is_directed():
            u, v = sorted((u, v))
        kept = {k: (float(x) if k == "weight" else x) for k, x in attrs.items() if k != "id"}
        out[u, v, json.dumps(kept, sort_keys=True)] += 1
    return out


@pytest.mark.parametrize("name", VIEW_NAMES)
@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_the_same(views, sample_dataset, tmp_path, name, fmt,
                                             reader):
    out = tmp_path / f"{name}.{fmt}"
    export(sample_dataset, out, fmt=fmt, view=name)
    back, original = reader(out), views[name]
    assert dict(back.nodes(data=True)) == dict(original.nodes(data=True))
    assert _edges(back) == _edges(original)


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_graphml_validates_against_the_graphml_schema(sample_dataset, tmp_path, name):
    etree = pytest.importorskip("lxml.etree", reason="lxml validates the GraphML schema")
    schema = etree.XMLSchema(etree.parse(str(DATA / "graphml" / "graphml.xsd")))
    out = tmp_path / f"{name}.graphml"
    export(sample_dataset, out, fmt="graphml", view=name)
    document = etree.parse(str(out))
    assert schema.validate(document), schema.error_log.last_error
    # the schema is not a rubber stamp: an edge to a missing node fails it
    broken = re.sub(r'target="[^"]*"', 'target="nowhere"', out.read_text(encoding="utf-8"),
                    count=1)
    assert not schema.validate(etree.fromstring(broken.encode("utf-8")))


def test_cytoscape_json_loads_in_cytoscape_js(views, sample_dataset, tmp_path):
    node = shutil.which("node")
    if not node or not (JS / "node_modules" / "cytoscape").is_dir():
        pytest.skip("node or tests/js/node_modules/cytoscape is absent "
                    "(npm install --prefix tests/js installs it)")
    out = tmp_path / "flows.cyjs"
    export(sample_dataset, out, fmt="cytoscape", view="flows")
    done = subprocess.run([node, str(JS / "load_cytoscape.mjs"), str(out)], capture_output=True,
                          text=True, timeout=60, check=True)
    loaded = json.loads(done.stdout)
    flows = views["flows"]
    assert (loaded["nodes"], loaded["edges"]) == (len(flows), flows.number_of_edges())
    assert loaded["ids"] == sorted(flows) and loaded["sites"] == SITES
    assert loaded["negated"] == sum(a == "negated" for *_, a in flows.edges(data="polarity"))
    assert {"source", "target", "weight", "evidence", "polarity"} <= set(loaded["firstEdge"])
    back = nx.cytoscape_graph(json.loads(out.read_text(encoding="utf-8")))
    assert set(back) == set(flows)


def test_dot_draws_with_graphviz(sample_dataset, tmp_path):
    out = tmp_path / "flows.dot"
    export(sample_dataset, out, fmt="dot", view="flows")
    text = out.read_text(encoding="utf-8")
    assert text.startswith('digraph "flows" {') and '"site:music123.com" ->' in text
    dot = shutil.which("dot")
    if not dot:
        pytest.skip("Graphviz `dot` is absent (apt-get install graphviz)")
    svg = subprocess.run([dot, "-Tsvg", str(out)], capture_output=True, text=True, timeout=60,
                         check=True).stdout
    assert "<title>site:music123.com</title>" in svg


def test_csv_lists_nodes_and_edges(views, sample_dataset, tmp_path):
    out = tmp_path / "flows-csv"
    export(sample_dataset, out, fmt="csv", view="flows")
    with open(out / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(out / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert {row["Id"] for row in nodes} == set(views["flows"])
    assert len(edges) == views["flows"].number_of_edges()
    assert {"Source", "Target", "Type", "Weight", "evidence", "polarity"} <= set(edges[0])


# --- pictures and the HTML page -----------------------------------------------------------------

def test_png_and_svg_pictures(sample_dataset, tmp_path):
    from lxml import etree

    export(sample_dataset, tmp_path / "flows.png")
    assert (tmp_path / "flows.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    export(sample_dataset, tmp_path / "flows.svg")
    svg = (tmp_path / "flows.svg").read_bytes()
    root = etree.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert all(site.encode() in svg for site in SITES)
    export(sample_dataset, tmp_path / "again.svg")
    assert (tmp_path / "again.svg").read_bytes() == svg  # deterministic


def test_html_is_self_contained(sample_dataset, tmp_path):
    out = tmp_path / "flows.html"
    export(sample_dataset, out)
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?(https?:)?//""", text)
    assert "cytoscape" in text and 'id="graph-data"' in text


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Chromium is absent (apt-get install chromium)")
    return found


def _browse(browser: str, profile: Path, url: str, *extra: str) -> str:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", f"--user-data-dir={profile}", "--window-size=1400,900",
               "--virtual-time-budget=3000", *extra, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout


def _status(dom: str) -> dict[str, str]:
    tag = re.search(r'<output id="status"([^>]*)>', dom)
    assert tag, "the page did not render its status line"
    return dict(re.findall(r'data-(\w+)="([^"]*)"', tag[1]))


def test_html_view_renders_and_filters_in_chromium(sample_dataset, tmp_path):
    browser = _chromium()
    out = tmp_path / "flows.html"
    export(sample_dataset, out, fmt="html", view="flows")
    url = out.as_uri()
    everything = _browse(browser, tmp_path / "profile", url, "--dump-dom")
    assert 'data-rendered="true"' in everything  # cytoscape drew into its canvases
    shown = _status(everything)
    assert shown["sites"].split("|") == SITES
    filtered = _status(_browse(browser, tmp_path / "profile",
                               url + "#recipient=payment%20processor", "--dump-dom"))
    assert filtered["sites"].split("|") == ["music123.com", "smartpunk.com", "soundspectrum.com"]
    assert int(filtered["edges"]) < int(shown["edges"])
    assert int(filtered["nodes"]) < int(shown["nodes"])
    shown = _browse(browser, tmp_path / "profile", url + "#recipient=payment%20processor"
                    "&show=recipient:PaymentProcessor", "--dump-dom")
    assert "SoundSpectrum and/or its payment processing service provide" in shown  # evidence
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "export-html-payment-processor.png"
    _browse(browser, tmp_path / "profile", url + "#recipient=payment%20processor"
            "&show=recipient:PaymentProcessor", f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000


# --- the command line and the README ------------------------------------------------------------

def test_cli_export_and_its_errors(sample_graph_file, tmp_path):
    runner = CliRunner()
    out = tmp_path / "sites.gexf"
    result = runner.invoke(main, ["export", str(sample_graph_file), "--format", "gexf",
                                  "-o", str(out), "--view", "sites"])
    assert result.exit_code == 0, result.output
    assert len(nx.read_gexf(out)) == 5
    result = runner.invoke(main, ["export", str(sample_graph_file), "--format", "xlsx",
                                  "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 2
    assert "unknown export format; valid: turtle" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_readme_shows_the_picture_of_the_sample_corpus():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((docs/[^)]+\.(?:svg|png))\)", readme)
    assert pictures and all((ROOT / p).is_file() for p in pictures)
    assert "policykg export" in readme
