"""The named query library on the sample graph: answers read off the five sample policies.

smartpunk.com (000), soundspectrum.com (001), activemusician.com (002), music123.com (003),
productiontrax.com (004). Each expectation below is a statement of one of those policies.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from policykg.extract.errors import InputError
from policykg.graphs.cli import main
from policykg.queries import load_query, query_names, run_query
from tests.conftest import domain

ALL = {"smartpunk.com", "soundspectrum.com", "activemusician.com", "music123.com",
       "productiontrax.com"}
REQUIRED = {"payment-partners", "shares-with", "collects", "sells", "does-not-sell",
            "third-parties", "purposes", "opt-out", "access-and-deletion", "retention",
            "security-measures", "children", "evidence", "site-profile"}
# Corpus-wide summaries read from the policies' recipient summary (fast on any store); their
# rows lead to sentences through the drill-down query named here.
SUMMARIES = {"payment-partners": "recipient-evidence", "recipient-kinds": "recipient-evidence"}


_ANSWERS: dict[tuple, list[dict]] = {}


def rows(dataset, name, **params):
    """The answer rows as dicts (each query and parameter set runs once per session)."""
    key = (id(dataset), str(name), tuple(sorted(params.items())))
    if key not in _ANSWERS:
        _ANSWERS[key] = [row.asdict() for row in run_query(dataset, name, params)]
    return _ANSWERS[key]


def sites(dataset, name, **params):
    return {domain(r["site"]) for r in rows(dataset, name, **params)}


def evidence_of(dataset, name, site, params):
    return " ".join(str(r["evidence"]) for r in rows(dataset, name, **params)
                    if str(r["site"]) == site)


def test_the_library_has_every_query_of_the_issue():
    assert REQUIRED <= set(query_names())


@pytest.mark.parametrize("name", sorted((REQUIRED | {"recipient-evidence"}) - set(SUMMARIES)))
def test_every_query_has_a_header_and_every_row_its_evidence(sample_dataset, name):
    query = load_query(name)
    assert query.title != name and query.description
    found = rows(sample_dataset, name)
    assert found, name
    for row in found:
        assert {"site", "evidence", "start", "end", "policy"} <= set(row)
        assert str(row["evidence"]).strip() and int(row["start"]) < int(row["end"])


def test_payment_partner_rows_lead_to_their_sentences(sample_dataset):
    summary = rows(sample_dataset, "payment-partners")
    assert len(summary) == 3 and SUMMARIES["payment-partners"] in load_query(
        "payment-partners").description
    for row in summary:
        sentences = rows(sample_dataset, "recipient-evidence", site=domain(row["site"]))
        assert sentences and {r["recipient"] for r in sentences} == {row["recipient"]}
        assert all(domain(row["site"]) in str(r["policy"]) for r in sentences)


def test_recipient_kinds_counts_policies_per_kind(sample_dataset):
    counts = {str(r["label"]): (int(r["policies"]), int(r["negated"]))
              for r in rows(sample_dataset, "recipient-kinds")}
    assert counts["payment processor"][0] == len(sites(sample_dataset, "payment-partners"))
    assert counts["shipping carrier"] == (1, 0)  # music123's shipping companies
    assert counts["marketer"] == (0, 1)  # music123: "We will not sell ... to any third party
    # marketer"
    policies = [int(r["policies"]) for r in rows(sample_dataset, "recipient-kinds")]
    assert policies == sorted(policies, reverse=True) and max(policies) <= len(ALL)


# (query, parameters, site, words of the sentence that must answer)
FACTS = [
    ("shares-with", {"kind": "shipping-carrier"}, "music123.com", "various shipping companies"),
    ("shares-with", {"kind": "partner", "type": "contact information"}, "soundspectrum.com",
     "share your personal contact information with carefully selected partner"),
    ("shares-with", {"kind": "partner"}, "smartpunk.com", "Website partners aggregated"),
    ("shares-with", {"kind": "legal-authority"}, "smartpunk.com", "in response to legal process"),
    ("collects", {"type": "credit card number"}, "smartpunk.com", "credit card number"),
    ("collects", {"type": "credit card number"}, "music123.com", "credit card number"),
    ("collects", {"type": "contact information"}, "music123.com", "email address"),
    ("collects", {"type": "ip address"}, "activemusician.com", "we log IP addresses"),
    ("sells", {}, "music123.com", "sell our interest in membership information"),
    ("does-not-sell", {}, "smartpunk.com", "We will never sell, rent or otherwise provide"),
    ("does-not-sell", {}, "activemusician.com", "does not sell, trade, or rent"),
    ("does-not-sell", {}, "productiontrax.com", "We will never sell your personally"),
    ("does-not-sell", {"type": "email address"}, "productiontrax.com", "never sell"),
    ("third-parties", {}, "music123.com", "shipping companies"),
    ("third-parties", {"kind": "payment-processor"}, "soundspectrum.com",
     "payment processing service providers"),
    ("purposes", {"goal": "payment processing"}, "music123.com", "credit card processing"),
    ("purposes", {"goal": "legal requirement"}, "smartpunk.com", "legal process"),
    ("opt-out", {}, "music123.com", "opt-out of receiving these communications"),
    ("opt-out", {}, "activemusician.com", "opt out"),
    ("opt-out", {}, "productiontrax.com", "\"opt out\""),
    ("opt-out", {}, "soundspectrum.com", "unsubscribe"),
    ("access-and-deletion", {}, "productiontrax.com", "request that we correct"),
    ("access-and-deletion", {}, "music123.com", "accessing My Account"),
    ("retention", {"type": "credit card number"}, "smartpunk.com",
     "stored on secure, designated servers"),
    ("retention", {"type": "credit card number"}, "soundspectrum.com",
     "We do not store credit card numbers"),
    ("retention", {"type": "credit card number"}, "activemusician.com",
     "Your credit card number is not stored"),
    ("security-measures", {}, "music123.com", "SSL"),
    ("security-measures", {}, "smartpunk.com", "firewall"),
    ("children", {}, "soundspectrum.com", "does not knowingly solicit personal information"),
    ("children", {}, "productiontrax.com", "under the age of thirteen"),
    ("children", {}, "music123.com", "Children under 13 may not register"),
    ("evidence", {"word": "subpoena"}, "smartpunk.com", "court order or subpoena"),
    ("evidence", {"word": "SUBPOENA"}, "activemusician.com", "even without a subpoena"),
    ("site-profile", {"site": "music123.com"}, "music123.com", "membership information"),
]


@pytest.mark.parametrize("name, params, site, words", FACTS)
def test_the_answer_carries_the_sentence_of_the_policy(sample_dataset, name, params, site,
                                                       words):
    assert words in evidence_of(sample_dataset, name, site, params)


# (query, parameters, exactly the sites that say so)
SITE_SETS = [
    # music123 and productiontrax never mention payment processors or shipping firms by kind
    ("shares-with", {"kind": "shipping-carrier"}, {"music123.com"}),
    # soundspectrum never mentions IP addresses; the others log or collect them
    ("collects", {"type": "ip address"},
     {"smartpunk.com", "activemusician.com", "music123.com", "productiontrax.com"}),
    # every site but soundspectrum promises not to sell (music123: not to marketers)
    ("does-not-sell", {}, ALL - {"soundspectrum.com"}),
    # music123 says nothing about legal process; the other four disclose under it
    ("purposes", {"goal": "legal-requirement"}, ALL - {"music123.com"}),
    # smartpunk and activemusician say nothing about children
    ("children", {}, {"soundspectrum.com", "productiontrax.com", "music123.com"}),
    ("evidence", {"word": "subpoena"}, {"smartpunk.com", "activemusician.com"}),
    ("evidence", {"word": "merger partner"}, {"music123.com"}),
]


@pytest.mark.parametrize("name, params, expected", SITE_SETS)
def test_exactly_these_sites_answer(sample_dataset, name, params, expected):
    assert sites(sample_dataset, name, **params) == expected


def test_sale_in_a_restructuring_carries_its_condition(sample_dataset):
    sale = [r for r in rows(sample_dataset, "sells") if "membership" in str(r["evidence"])]
    assert sale and all("CorporateTransaction" in str(r["conditions"]) for r in sale)
    assert not {"smartpunk.com", "soundspectrum.com", "activemusician.com"} & sites(
        sample_dataset, "sells")


def test_sites_that_use_ssl(sample_dataset):
    found = {str(r["site"]) for r in rows(sample_dataset, "security-measures")
             if "SSL" in str(r["evidence"])}
    assert found == ALL - {"productiontrax.com"}


def test_retention_keeps_the_polarity(sample_dataset):
    found = {(str(r["site"]), str(r["polarity"]).rsplit("#")[-1])
             for r in rows(sample_dataset, "retention", type="credit-card-number")}
    assert {("soundspectrum.com", "Negated"), ("activemusician.com", "Negated"),
            ("smartpunk.com", "Affirmed")} <= found


def test_a_data_type_includes_its_subtypes(sample_dataset):
    data = {str(r["data"]).rsplit("#")[-1]
            for r in rows(sample_dataset, "collects", type="contact information")}
    assert {"EmailAddress", "TelephoneNumber"} <= data and "IPAddress" not in data


def test_star_leaves_a_parameter_unbound(sample_dataset):
    default = rows(sample_dataset, "shares-with")
    assert default == rows(sample_dataset, "shares-with", kind="*", type="*")
    assert len(default) > len(rows(sample_dataset, "shares-with", kind="partner"))
    assert len(rows(sample_dataset, "payment-partners", kind="*")) > len(
        rows(sample_dataset, "payment-partners"))


def test_site_profile_is_one_site(sample_dataset):
    profile = rows(sample_dataset, "site-profile", site="music123.com")
    assert profile and {str(r["site"]) for r in profile} == {"music123.com"}
    assert sites(sample_dataset, "site-profile") == ALL
    assert rows(sample_dataset, "site-profile", site="nosuchsite.com") == []


@pytest.mark.parametrize("hostile", ['"} ; DROP ALL ; {"', "') } UNION { ?s ?p ?o } #",
                                     '" || true || "', "*/"])
def test_a_hostile_literal_is_only_ever_a_string(sample_dataset, hostile):
    assert rows(sample_dataset, "evidence", word=hostile) == []
    assert rows(sample_dataset, "site-profile", site=hostile) == []
    assert len(sample_dataset) > 1000  # nothing was dropped


@pytest.mark.parametrize("name, params, message", [
    ("shares-with", {"kind": "spies"}, "valid: acquirer, advertiser"),
    ("shares-with", {"type": '"} ; DROP ALL ; {"'}, "pk:CreditCardNumber"),
    ("collects", {"colour": "red"}, "parameters: type"),
])
def test_bad_parameters_name_the_valid_ones(sample_dataset, name, params, message):
    with pytest.raises(InputError, match=message):
        run_query(sample_dataset, name, params)


USER_QUERY = """\
# title: Sentences in a section
# description: Practices whose sentence sits in a section whose heading contains a word.
# param: ?heading "Security" -- a word of the heading
# param: ?kind * in pk:PartyKinds -- not used, shows an optional concept
PREFIX pk:   <https://w3id.org/policykg/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?site ?evidence WHERE {
  ?sentence pk:section ?section ; pk:text ?evidence .
  FILTER(CONTAINS(LCASE(?section), LCASE(?heading)))
  ?practice prov:wasDerivedFrom ?sentence ; pk:statedIn/pk:site/rdfs:label ?site .
} ORDER BY ?site
"""


def test_a_users_own_query_file_runs_like_a_named_one(sample_dataset, sample_graph_file,
                                                     tmp_path):
    path = tmp_path / "my-sections.rq"
    path.write_text(USER_QUERY, encoding="utf-8")
    query = load_query(path)
    assert [p.name for p in query.parameters] == ["heading", "kind"]
    assert query.parameters[0].literal and query.parameters[1].optional
    # "Security" (music123) and "Protection and Security of Customer Information"
    assert sites(sample_dataset, query) == {"music123.com", "activemusician.com"}
    result = CliRunner().invoke(main, ["query", str(path), str(sample_graph_file), "-p",
                                       "heading=Cookies", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert {r["site"] for r in found} == {"music123.com", "productiontrax.com"}
    result = CliRunner().invoke(main, ["query", str(path), str(sample_graph_file), "-p",
                                       "kind=spies"])
    assert result.exit_code == 2 and "valid:" in result.stderr


def test_the_list_shows_optional_parameters():
    out = CliRunner().invoke(main, ["queries"]).stdout
    assert "shares-with\t" in out and "kind=*" in out and "word=\"cookie\"" in out
