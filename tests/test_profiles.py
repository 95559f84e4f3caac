"""Completeness profiles: the sample table against a careful reading of the five policies, one
hand-written policy per profile that omits one thing, and the check verb's outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from policykg.graphs import build
from policykg.graphs.cli import main
from policykg.graphs.shacl import check_profiles, requirements
from policykg.ontology import PK

PROFILES = ["fipps", "caloppa", "coppa", "gdpr-art13"]
CASES = Path(__file__).parent / "data" / "profiles"


@pytest.fixture(scope="module")
def table(sample_dataset):
    reports = check_profiles(sample_dataset, PROFILES)
    return {(d.profile, d.site, d.requirement): d for r in reports for d in r.disclosures}


def disclosed(table, profile, requirement) -> set[str]:
    return {site for (p, site, name), d in table.items()
            if p == profile and name == requirement and d.disclosed}


# (profile, requirement, sites that disclose it) by reading the five policies
READING = [
    ("caloppa", "do-not-track", set()),  # none says anything about Do Not Track
    ("caloppa", "effective-date", set()),  # none carries an effective or last-updated date
    ("caloppa", "review-and-change", {"music123.com", "productiontrax.com"}),  # My Account; e-mail
    ("caloppa", "change-notice", {"smartpunk.com", "activemusician.com", "music123.com",
                                  "productiontrax.com"}),  # soundspectrum: "subject to change"
    ("caloppa", "third-party-tracking", {"smartpunk.com"}),  # its advertisers' cookies, beacons
    ("coppa", "parental-consent", {"music123.com"}),  # "express written consent of a parent"
    ("coppa", "parental-deletion", {"productiontrax.com"}),  # deletes what a child submitted
    ("coppa", "children", {"soundspectrum.com", "music123.com", "productiontrax.com"}),
    ("coppa", "operator-contact", {"smartpunk.com", "soundspectrum.com", "activemusician.com",
                                   "productiontrax.com"}),  # music123: "please contact us" only
    ("gdpr-art13", "erasure", {"productiontrax.com"}),
    ("gdpr-art13", "legal-basis", set()),
    ("gdpr-art13", "complaint", set()),
    ("fipps", "security", {"smartpunk.com", "soundspectrum.com", "activemusician.com",
                           "music123.com", "productiontrax.com"}),
]


@pytest.mark.parametrize("profile, requirement, sites", READING)
def test_sample_table_matches_a_careful_reading(table, profile, requirement, sites):
    assert disclosed(table, profile, requirement) == sites


def test_evidence_and_details_of_the_samples(table):
    music = table[("caloppa", "music123.com", "review-and-change")]
    assert "My Account" in music.details and "accessing My Account" in music.evidence
    erasure = table[("gdpr-art13", "productiontrax.com", "erasure")]
    assert "transaction history" in erasure.details and "delete all" in erasure.evidence
    contacts = {site: table[("gdpr-art13", site, "controller-contact")].details
                for site in ("smartpunk.com", "productiontrax.com")}
    assert "privacy@smartpunk.com" in contacts["smartpunk.com"]
    assert "support@productiontrax.com" in contacts["productiontrax.com"]
    missing = table[("caloppa", "soundspectrum.com", "do-not-track")]
    assert not missing.evidence and "Do Not Track" in missing.message
    assert all(d.evidence for d in table.values() if d.disclosed)


@pytest.mark.parametrize("case, profile, omitted", [
    ("1_fipps-no-security", "fipps", "security"),
    ("2_caloppa-no-dnt", "caloppa", "do-not-track"),
    ("3_coppa-no-consent", "coppa", "parental-consent"),
    ("4_gdpr-no-complaint", "gdpr-art13", "complaint"),
])
def test_each_profile_catches_the_one_omission(case, profile, omitted):
    dataset = build([CASES / f"{case}.example.txt"])
    report = check_profiles(dataset, [profile])[0]
    assert [d.requirement for d in report.disclosures if not d.disclosed] == [omitted]
    assert report.conforms and [r.severity for r in report.results] == ["Warning"]
    assert report.scores()[0].disclosed == len(requirements(profile)) - 1


def test_effective_date_is_parsed():
    dataset = build([CASES / "2_caloppa-no-dnt.example.txt"])
    assert [str(d) for d in dataset.objects(None, PK.effectiveDate)] == ["2014-03-03"]


def test_the_do_not_track_answer_is_shown_beside_the_disclosure(tmp_path):
    text = (CASES / "2_caloppa-no-dnt.example.txt").read_text(encoding="utf-8")
    policy = tmp_path / "dnt.example.txt"
    policy.write_text(text + "\nWe do not currently respond to Do Not Track signals.\n",
                      encoding="utf-8")
    report = check_profiles(build([policy]), ["caloppa"])[0]
    [answer] = [d for d in report.disclosures if d.requirement == "do-not-track"]
    assert answer.disclosed and answer.details == "does not honor the signal", answer


def test_parallel_check_gives_the_same_table(sample_dataset, table):
    reports = check_profiles(sample_dataset, ["caloppa"], jobs=2)
    assert {(d.site, d.requirement, d.disclosed) for d in reports[0].disclosures} == {
        (site, name, d.disclosed) for (p, site, name), d in table.items() if p == "caloppa"}


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args])
    return invoke


def test_check_outputs_parse(run, sample_graph_file, tmp_path):
    result = run("check", sample_graph_file, "--profile", "caloppa", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["conforms"] and len(data["scores"]) == 5 and len(data["requirements"]) == 35
    out = tmp_path / "report.ttl"
    assert run("check", sample_graph_file, "--profile", "coppa", "--format", "turtle",
               "-o", out).exit_code == 0
    report = Graph().parse(out, format="turtle")
    assert len(report) > 100
    rows = run("query", "completeness", out).stdout
    assert "soundspectrum.com" in rows and "coppa" in rows
    table = run("check", sample_graph_file, "--profile", "caloppa").stdout
    assert "do-not-track" in table and "My Account" in table


def test_list_profiles_and_exit_codes(run, sample_graph_file):
    listed = run("check", "--list-profiles")
    assert listed.exit_code == 0
    for name, source in (("caloppa", "leginfo.legislature.ca.gov"), ("gdpr-art13", "eur-lex"),
                         ("coppa", "ecfr.gov"), ("fipps", "ftc.gov"), ("core", "")):
        assert name in listed.stdout and source in listed.stdout
    assert run("check", sample_graph_file, "--profile", "nope").exit_code == 2
    assert run("check").exit_code == 2
    assert run("check", sample_graph_file, "--profile", "core", "--profile",
               "gdpr-art13").exit_code == 0
