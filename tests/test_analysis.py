"""Network analyses, contradictions and version diffs on the sample graph and edited copies.

Expected answers come from the sample policies: smartpunk.com (000), soundspectrum.com (001),
activemusician.com (002), music123.com (003), productiontrax.com (004).
"""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from policykg.extract.errors import InputError
from policykg.graphs import analyze, build, contradictions, diff_site, practice_network
from policykg.graphs.analysis import communities, flow_paths, practice_sets, similarities
from policykg.graphs.cli import main
from policykg.ontology import PK
from tests.conftest import sample

SITES = {"smartpunk.com", "soundspectrum.com", "activemusician.com", "music123.com",
         "productiontrax.com"}


@pytest.fixture(scope="module")
def network(sample_dataset):
    return practice_network(sample_dataset)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


# -- the networkx projection ---------------------------------------------------------------

def test_attributes_are_plain_strings_and_numbers(network):
    for _, attrs in network.nodes(data=True):
        assert attrs["type"] in {"site", "data", "recipient"}
        assert all(isinstance(v, (str, int, float)) for v in attrs.values())
    for _, _, attrs in network.edges(data=True):
        assert all(isinstance(v, (str, int, float)) for v in attrs.values())
    nx.write_graphml(network, io.BytesIO())
    nx.write_gexf(network, io.BytesIO())


@pytest.mark.parametrize("site, relation, target", [
    ("music123.com", "shares-with", "recipient:ShippingCarrier"),   # "various shipping companies"
    ("music123.com", "shares-with", "recipient:PaymentProcessor"),  # "credit card processing co."
    ("soundspectrum.com", "shares-with", "recipient:Partner"),      # "selected partner companies"
    ("smartpunk.com", "collects", "data:CreditCardNumber"),         # "name, ... credit card number"
    ("activemusician.com", "collects", "data:IPAddress"),           # "we log IP addresses"
])
def test_what_each_site_says_is_an_edge(network, site, relation, target):
    assert f"{relation}:{target}" in practice_sets(network)[site]


def test_recipients_ranked_by_how_many_sites_share_with_them(sample_dataset):
    ranked = {r.node: r for r in analyze(sample_dataset, "ranking")}
    # the README's payment-partners answer: music123, smartpunk and soundspectrum
    assert ranked["recipient:PaymentProcessor"].sites >= 3
    assert ranked["recipient:ShippingCarrier"].sites == 1  # only music123 names shippers
    order = [r.sites for r in ranked.values()]
    assert order == sorted(order, reverse=True)
    assert all(0 <= r.betweenness <= 1 for r in ranked.values())


def test_similarity_is_jaccard_over_practice_sets(network):
    pairs = similarities(network)
    assert len(pairs) == 10  # five sites
    sets = practice_sets(network)
    for pair in pairs:
        a, b = sets[pair.site], sets[pair.other]
        assert pair.jaccard == round(len(a & b) / len(a | b), 4) and pair.shared == len(a & b)


def test_communities_partition_the_sites(network):
    groups = [set(c.sites.split()) for c in communities(network)]
    assert set().union(*groups) == SITES and sum(map(len, groups)) == len(SITES)
    assert len(communities(network, resolution=0.5)) == 1


def test_a_credit_card_number_reaches_payment_processors(network):
    paths = flow_paths(network, str(PK.CreditCardNumber), str(PK.PaymentProcessor))
    direct = [p for p in paths if p.path == "CreditCardNumber -> PaymentProcessor"]
    # smartpunk: "Your social security number, credit card number ... partners ... may store"
    assert {p.site for p in direct} == {"smartpunk.com"}
    assert "credit card number" in direct[0].evidence
    # soundspectrum: "payment processing service providers ... ask you for payment information"
    assert any(p.site == "soundspectrum.com" and p.shared == "PaymentInformation"
               for p in paths)


def test_no_site_gives_credit_card_numbers_to_advertisers_by_name(network):
    paths = flow_paths(network, str(PK.CreditCardNumber), str(PK.Advertiser))
    assert all(p.shared != "CreditCardNumber" and p.recipient != "Advertiser" for p in paths)
    assert all(p.path.endswith("> Advertiser") for p in paths)


@pytest.mark.parametrize("report, options, message", [
    ("centrality", {}, "valid: ranking"),
    ("paths", {"source": str(PK.Cookie)}, "needs a data type"),
    ("paths", {"source": str(PK.Cookie), "target": str(PK.Cookie)}, "not a data type"),
])
def test_bad_analysis_input(sample_dataset, report, options, message):
    with pytest.raises(InputError, match=message):
        analyze(sample_dataset, report, **options)


# -- contradictions ------------------------------------------------------------------------

MUSIC123_PROMISE = "We will not share any personally identifiable information with anyone"


@pytest.mark.parametrize("site, negated, affirmed", [
    ("music123.com", MUSIC123_PROMISE, "We use various shipping companies"),
    ("music123.com", MUSIC123_PROMISE, "sell our interest in membership information"),
    ("smartpunk.com", "SMARTPUNK will never disclose or share any Personal Information",
     "in response to legal process"),
])
def test_a_negation_that_covers_an_affirmation_is_found(sample_dataset, site, negated,
                                                        affirmed):
    found = contradictions(sample_dataset, site=site)
    assert any(negated in c.negated and affirmed in c.affirmed for c in found)


@pytest.mark.parametrize("negated, affirmed", [
    # aggregate "ratings" are not the confidential information smartpunk never provides
    ("We will never sell, rent or otherwise provide", "statistical \"ratings\""),
    # a promise about children does not cover collection from adults
    ("from children", "We may collect IP addresses"),
])
def test_scoped_statements_are_not_contradictions(sample_dataset, negated, affirmed):
    found = contradictions(sample_dataset)
    assert not any(negated in c.negated and affirmed in c.affirmed for c in found)


def test_contradictions_stay_inside_one_policy_and_action(sample_dataset):
    found = contradictions(sample_dataset, action="sale")
    assert found and {c.action for c in found} == {"Sale"}
    assert all(c.site in c.policy for c in contradictions(sample_dataset))
    with pytest.raises(InputError, match="valid: collection"):
        contradictions(sample_dataset, action="gossip")


# -- diffs between versions ----------------------------------------------------------------

RESTRUCTURING = (" We also reserve the right to sell our interest in membership information as a"
                 " separate asset of the corporation in the event of a major restructuring or"
                 " similar corporate event.")
NEW_SHARING = " We may share your email address with advertisers."


def _version(tmp_path, date, text_edit):
    original = sample("003").read_text(encoding="utf-8")
    text = text_edit(original.replace("archived on 2003-06-22", f"archived on {date}"))
    assert text != original
    path = tmp_path / f"003_{date}.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("versions")
    later = _version(folder, "2004-01-01", lambda t: t.replace(RESTRUCTURING, "").replace(
        "Your privacy is important to us.", "Your privacy is important to us." + NEW_SHARING))
    latest = _version(folder, "2005-01-01", lambda t: t.replace(RESTRUCTURING, "").replace(
        "We will not share any personally identifiable information with anyone for any reason "
        "without your explicit permission.", ""))
    return sample("003"), later, latest


def test_added_and_removed_practices_between_two_versions(versions):
    changes = diff_site(build(versions[:2]), "music123.com")
    removed = [c for c in changes if c.change == "removed"]
    added = [c for c in changes if c.change == "added"]
    assert any("membership information" in c.old_evidence and c.practice.startswith("Sale")
               for c in removed)
    assert any(c.new_evidence == NEW_SHARING.strip() and "Advertiser" in c.practice
               for c in added)
    assert {(c.old_date, c.new_date) for c in changes} == {("2003-06-22", "2004-01-01")}


def test_versions_are_compared_in_date_order(versions):
    changes = diff_site(build(reversed(versions)), "music123.com")
    steps = [(c.old_date, c.new_date) for c in changes]
    assert steps == sorted(steps) and ("2004-01-01", "2005-01-01") in steps
    later = [c for c in changes if c.new_date == "2005-01-01"]
    assert any("explicit permission" in c.old_evidence for c in later)  # the promise went
    assert not any("membership" in c.old_evidence for c in later)       # gone the year before


def test_one_version_is_not_a_diff(sample_dataset):
    with pytest.raises(InputError, match="needs two archived versions"):
        diff_site(sample_dataset, "music123.com")


# -- the verbs -----------------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    (["analyze"], "recipient:PaymentProcessor"),
    (["analyze", "-r", "similarity"], "jaccard"),
    (["analyze", "-r", "communities"], "music123.com"),
    (["analyze", "-r", "flows"], "various shipping companies"),
    (["analyze", "-r", "paths", "--from", "credit-card-number", "--to", "payment-processor"],
     "CreditCardNumber -> PaymentProcessor"),
    (["contradictions", "--site", "music123.com"], "membership information"),
])
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_verbs_in_every_format(sample_dataset, monkeypatch, args, expected, fmt):
    # the graph file is read once per session (test_diff_verb... reads a real file)
    monkeypatch.setattr("policykg.graphs.cli.load_dataset", lambda path: sample_dataset)
    result = run(args[0], "samples.trig", *args[1:], "--format", fmt)
    assert result.exit_code == 0 and expected in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)


def test_diff_verb_on_two_files_and_on_a_graph(versions, tmp_path):
    result = run("diff", versions[0], versions[1], "--format", "json")
    assert result.exit_code == 0
    assert {"removed", "added"} <= {row["change"] for row in json.loads(result.stdout)}
    graph = tmp_path / "versions.trig"
    assert run("build", *versions, "-o", graph).exit_code == 0
    table = run("diff", graph, "music123.com").stdout
    assert "2004-01-01" in table and "2005-01-01" in table


@pytest.mark.parametrize("args, message", [
    (["analyze", "{graph}", "-r", "paths", "--from", "cookie", "--to", "spies"], "valid:"),
    (["diff", "{graph}", "music123.com"], "needs two archived versions"),
    (["contradictions", "missing.trig"], "no such graph file"),
])
def test_verbs_exit_2_on_bad_input(sample_graph_file, args, message):
    result = run(*[a.replace("{graph}", str(sample_graph_file)) for a in args])
    assert result.exit_code == 2 and message in result.stderr


def test_analyze_writes_graphml(sample_graph_file, tmp_path):
    out = tmp_path / "network.graphml"
    assert run("analyze", sample_graph_file, "--graphml", out).exit_code == 0
    assert nx.read_graphml(out).number_of_nodes() > 50
