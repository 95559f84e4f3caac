"""The built graph: named graphs, formats, core shapes, facts, the payment-partners query."""

from __future__ import annotations

import json

import pytest
from rdflib import RDF, Dataset, Graph
from rdflib.compare import isomorphic

from policykg.extract import InputError
from policykg.graphs import check, facts_rows, load_dataset, policy_graphs, save_dataset
from policykg.ontology import PK
from policykg.queries import load_query, query_names, resolve_term, run_query
from tests.conftest import DATA, domain


def test_one_named_graph_per_policy(sample_dataset):
    names = sorted(str(g.identifier) for g in policy_graphs(sample_dataset))
    assert names == [
        "https://w3id.org/policykg/id/policy/activemusician.com/2014-06-29",
        "https://w3id.org/policykg/id/policy/music123.com/2003-06-22",
        "https://w3id.org/policykg/id/policy/productiontrax.com/2006-06-22",
        "https://w3id.org/policykg/id/policy/smartpunk.com/2009-09-07",
        "https://w3id.org/policykg/id/policy/soundspectrum.com/2010-12-29",
    ]
    for graph in policy_graphs(sample_dataset):
        assert len(list(graph.subjects(RDF.type, PK.PrivacyPolicy))) == 1


def test_sample_graph_conforms_to_core_shapes(sample_dataset):
    report = check(sample_dataset)
    assert report.conforms, report.results[:5]
    assert report.graphs == 5


def test_malformed_graph_does_not_conform():
    report = check(load_dataset(DATA / "malformed.ttl"))
    assert not report.conforms
    problems = {(r.focus.rsplit("/", 1)[-1], r.path.rsplit("#", 1)[-1]) for r in report.results}
    assert {("p1", "actor"), ("p1", "dataType"), ("p1", "recipient"), ("p2", "polarity"),
            ("p2", "purpose"), ("sentence", "startOffset")} <= problems
    assert any(r.focus.endswith("p3") and not r.path for r in report.results)


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_quad_formats_round_trip(tmp_path, sample_dataset, suffix):
    path = tmp_path / f"samples{suffix}"
    save_dataset(sample_dataset, path)
    again = load_dataset(path)
    for graph in policy_graphs(sample_dataset):
        assert isomorphic(graph, again.graph(graph.identifier))


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_triple_formats_merge_graphs_but_keep_policies(tmp_path, sample_dataset, suffix):
    path = tmp_path / f"samples{suffix}"
    save_dataset(sample_dataset, path)
    graph = Graph().parse(path)
    assert len(set(graph.subjects(RDF.type, PK.PrivacyPolicy))) == 5
    assert check(load_dataset(path)).conforms


def test_unknown_extension_and_broken_rdf(tmp_path, sample_dataset):
    with pytest.raises(InputError, match=r"valid: .*\.trig"):
        save_dataset(sample_dataset, tmp_path / "out.graph")
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix pk: <x> .\npk:a pk:b ", encoding="utf-8")
    with pytest.raises(InputError, match="broken.ttl: not valid turtle"):
        load_dataset(broken)
    assert not list(tmp_path.glob(".out.graph*"))


def test_facts_follow_the_evaluation_format(sample_dataset):
    rows = {row["policy"]: row for row in facts_rows(sample_dataset)}
    assert sorted(rows) == ["000_43bef9446d08f6bb", "001_b5d74b37a772a9a8",
                            "002_d165602697427287", "003_fe9c316a656ed4a5",
                            "004_fb0d4bef16fcb345"]
    music = {f["fact"] for f in rows["003_fe9c316a656ed4a5"]["facts"]}
    assert {"recipient:shipping-carrier", "recipient:payment-processor", "recipient:acquirer",
            "not-sell:Generic personal information", "collect:Financial",
            "practice:User Access, Edit and Deletion"} <= music
    json.dumps(rows)  # plain JSON values only


def test_fact_offsets_point_at_the_evidence(sample_dataset):
    from tests.conftest import sample

    text = sample("003").read_text(encoding="utf-8")
    row = next(r for r in facts_rows(sample_dataset) if r["policy"].startswith("003"))
    fact = next(f for f in row["facts"] if f["fact"] == "recipient:shipping-carrier")
    assert "shipping companies" in text[fact["start"]:fact["end"]]


def test_payment_partners_are_exactly_the_three_sites(sample_dataset):
    rows = list(run_query(sample_dataset, "payment-partners"))
    assert sorted({domain(r.site) for r in rows}) == ["music123.com", "smartpunk.com",
                                                   "soundspectrum.com"]
    evidence = {str(r.site): str(r.evidence) for r in run_query(sample_dataset,
                                                                "recipient-evidence")}
    assert "credit card processing company" in evidence["music123.com"]
    assert "payment processing service providers" in evidence["soundspectrum.com"]
    one = {str(r.site) for r in run_query(sample_dataset, "recipient-evidence",
                                          {"site": "soundspectrum.com"})}
    assert one == {"soundspectrum.com"}


def test_the_policy_summary_agrees_with_the_practices(sample_dataset):
    """<site> pk:affirmedRecipient / pk:negatedRecipient <kind> in a policy's graph: exactly the
    kinds that policy's data practices name."""
    from_practices = set(sample_dataset.query("""
        PREFIX pk: <https://w3id.org/policykg/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?policy ?polarity ?kind WHERE {
          ?p pk:statedIn ?policy ; pk:polarity ?polarity ; pk:recipient ?kind ;
             a/rdfs:subClassOf* pk:DataPractice .
        }"""))
    summary = {(graph.identifier, PK.Affirmed if p == PK.affirmedRecipient else PK.Negated, kind)
               for graph in sample_dataset.graphs()
               for p in (PK.affirmedRecipient, PK.negatedRecipient)
               for site, kind in graph.subject_objects(p)
               if (site, RDF.type, PK.Website) in graph}
    assert from_practices == summary and len(summary) > 20
    assert (PK.Negated, PK.Marketer) in {(polarity, kind) for _, polarity, kind in summary}


def test_query_parameters_are_terms_checked_against_the_ontology(sample_dataset):
    rows = list(run_query(sample_dataset, "payment-partners", {"kind": "shipping-carrier"}))
    assert {domain(r.site) for r in rows} == {"music123.com"}
    # the hierarchy: service providers include payment processors and shipping carriers
    broader = {domain(r.site) for r in run_query(sample_dataset, "payment-partners",
                                              {"kind": "pk:ServiceProvider"})}
    assert {"music123.com", "smartpunk.com", "soundspectrum.com"} <= broader
    with pytest.raises(InputError, match="valid: .*payment-processor"):
        run_query(sample_dataset, "payment-partners", {"kind": "bank robber"})
    with pytest.raises(InputError, match="unknown parameter 'knd'"):
        run_query(sample_dataset, "payment-partners", {"knd": "partner"})
    assert resolve_term('"} ; DROP ALL ; {"').toPython() == "} ; DROP ALL ; {"


def test_query_library_headers():
    assert "payment-partners" in query_names()
    query = load_query("payment-partners")
    assert query.title and query.description
    assert [(p.name, p.default, p.scheme) for p in query.parameters] == [
        ("kind", "pk:PaymentProcessor", "pk:PartyKinds")]


def test_a_users_own_query_file_runs(tmp_path, sample_dataset):
    path = tmp_path / "count.rq"
    path.write_text("# title: Practices per site\n"
                    "PREFIX pk: <https://w3id.org/policykg/ns#>\n"
                    "SELECT ?policy (COUNT(?p) AS ?n)\n"
                    "WHERE { ?p pk:statedIn ?policy ; pk:actor ?a }"
                    " GROUP BY ?policy", encoding="utf-8")
    rows = list(run_query(sample_dataset, load_query(path)))
    assert len(rows) == 5 and all(int(r.n) > 10 for r in rows)


def test_dataset_type(sample_dataset):
    assert isinstance(sample_dataset, Dataset)


def _facts_of(text: str) -> set[str]:
    from policykg.extract import extract, policy_from_text
    from policykg.extract.rdf import policy_triples
    from policykg.graphs.facts import TripleIndex, facts_of_graph

    document = policy_from_text(text, policy_id="t_example.com")
    triples = policy_triples(document, extract(document).practices, "test")
    return {f.fact for _, facts in facts_of_graph(TripleIndex(triples)) for f in facts}


def test_a_statement_sentence_is_filed_under_its_statement():
    # the retention statement mentions collection in passing: OPP-115 files it as retention
    facts = _facts_of("We retain the personal information we collect for as long as your "
                      "account is active.")
    assert "practice:Data Retention" in facts
    assert not {f for f in facts if f.startswith("collect")}, facts
    # the same flow in a sentence of its own is a collection
    assert "collect:Generic personal information" in _facts_of(
        "We collect personal information when you register.")


def test_a_denied_leave_to_the_user_is_no_sharing_fact():
    # the site does not let the user share: a rule for the user, not the site's sharing
    facts = _facts_of("We do not allow you to share your account password with other users.")
    assert not {f for f in facts if "share" in f or f.startswith("recipient")}, facts
    # leave given is the user's disclosure to its audience
    assert "recipient:other-users" in _facts_of(
        "We allow you to share your e-mail address with other members.")
    # what is never shown to other users does not go to them
    facts = _facts_of("Users' full names are never revealed to other users.")
    assert "recipient:other-users" not in facts, facts


def test_what_other_users_do_with_posts_is_no_sharing_fact():
    facts = _facts_of("Anything you post in our forums may be read, collected or used by other "
                      "users.")
    assert "recipient:other-users" in facts and not {f for f in facts if f.startswith("share")}
    # the same warning said of the user who posts
    facts = _facts_of("Please remember that any information you share in public areas, such as "
                      "forums or message boards, becomes public.")
    assert "recipient:public" in facts and not {f for f in facts if f.startswith("share")}, facts
    # a third party gathering what users post publicly is the same warning
    facts = _facts_of("If you voluntarily disclose information in a public area of the Site, "
                      "that information may be collected and used by a third party to send you "
                      "unsolicited advertisements.")
    assert not {f for f in facts if f.startswith("share")}, facts
    # the site sharing with the public is sharing
    assert {"share:Contact", "recipient:public"} <= _facts_of(
        "We may share your email address with the public.")


def test_information_of_no_stated_type_is_no_personal_information_type():
    # OPP-115 marks "your information" Unspecified and keeps Generic for "personal information"
    facts = _facts_of("We may share your information with advertisers.")
    assert "recipient:advertiser" in facts and not {f for f in facts if f.startswith("share:")}
    assert "share:Generic personal information" in _facts_of(
        "We may share your personal information with advertisers.")


def test_a_denied_storage_is_a_retention_statement():
    facts = _facts_of("We do not store credit card numbers that are collected during the "
                      "purchase process.")
    assert "practice:Data Retention" in facts, facts
    assert "not-collect:Financial" not in facts  # not storing is not "not collecting"


def test_data_excepted_from_a_use_are_not_used():
    facts = _facts_of("We use demographic information - gender, country and age but not your "
                      "name or contact information - from your account to provide "
                      "personalized ads to you.")
    assert {"collect:Demographic", "not-collect:Contact"} <= facts, facts
    # a use limited to some purposes is no statement that data are not used
    assert not {f for f in _facts_of("We will not use your email address for any other "
                                     "purpose.") if f.startswith("not-collect")}


def test_information_that_becomes_public_is_the_users_disclosure():
    facts = _facts_of("Any information disclosed in chat rooms, forums and message boards "
                      "becomes public information.")
    assert not {f for f in facts if f.startswith("share")}, facts


def test_a_use_in_a_merger_is_a_transfer_to_the_acquirer():
    facts = _facts_of("We may also use the information collected in connection with a sale or "
                      "transfer of some or all of our assets.")
    assert "share-purpose:Merger/Acquisition" in facts, facts
    assert "collect-purpose:Merger/Acquisition" not in facts


def test_service_providers_beside_the_site_as_subject_act_for_it():
    facts = _facts_of("We and our service providers may use cookies to collect your IP address.")
    assert "collect:IP address and device IDs" in facts, facts
    assert not {f for f in facts if f.startswith("share")}, facts
    # advertisers beside the site gather for themselves, and so do payment processors
    assert "share:IP address and device IDs" in _facts_of(
        "We and our advertisers may use cookies to collect your IP address.")
    assert "share:Financial" in _facts_of(
        "We and our payment processors collect your credit card number when you buy.")


def test_account_data_beside_specific_types_are_those_types():
    # OPP-115 names the profile only when nothing more specific is named beside it
    facts = _facts_of("When you register, we collect your name, e-mail address and password.")
    assert "collect:Contact" in facts and "collect:User profile" not in facts, facts
    assert "collect:User profile" in _facts_of("We collect your password when you register.")
