"""The ontology: it parses, the namespace matches it, and it carries the values facts need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Literal

from policykg.extract.lexicon import compile_lexicon
from policykg.ontology import PK, load_ontology, ontology_path
from tests.conftest import SHARED

NS = "https://w3id.org/policykg/ns#"
PI_TYPES = ["Contact", "Financial", "Health", "Location", "Demographic", "Personal identifier",
            "User online activities", "User profile", "Social media data",
            "IP address and device IDs", "Cookies and tracking elements", "Computer information",
            "Survey data", "Generic personal information"]
PURPOSES = ["Basic service/feature", "Additional service/feature", "Advertising", "Marketing",
            "Analytics/Research", "Personalization/Customization",
            "Service Operation and Security", "Legal requirement", "Merger/Acquisition"]
PRACTICES = ["User Choice/Control", "User Access, Edit and Deletion", "Data Retention",
             "Data Security", "Policy Change", "Do Not Track",
             "International and Specific Audiences"]
RECIPIENTS = ["payment-processor", "shipping-carrier", "advertiser", "analytics-provider",
              "partner", "affiliate", "service-provider", "legal-authority", "acquirer",
              "other-users", "public"]


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_namespace_lists_exactly_the_defined_terms(ontology):
    defined = {str(s)[len(NS):] for s in ontology.subjects() if str(s).startswith(NS)} - {""}
    listed = set(PK.__annotations__)
    assert defined == listed
    with pytest.raises(AttributeError):
        PK.Sharng  # noqa: B018 - a typo must fail


def test_every_opp115_value_is_carried_once(ontology):
    values = [str(o) for o in ontology.objects(None, PK.opp115Value)]
    for value in PI_TYPES + PURPOSES + PRACTICES:
        assert values.count(value) == 1, value
    # "Unspecified" is OPP-115's value for a statement that names no type; facts leave it out
    assert set(values) <= set(PI_TYPES + PURPOSES + PRACTICES + ["Unspecified"])
    notations = [str(o) for o in ontology.objects(None, SKOS.notation)]
    for code in RECIPIENTS:
        assert notations.count(code) == 1, code


def test_values_match_the_evaluation_format_when_present():
    fmt = SHARED / "eval" / "FORMAT.md"
    if not fmt.is_file():
        pytest.skip("../shared/eval/FORMAT.md is not present")
    text = fmt.read_text(encoding="utf-8")
    for value in PI_TYPES + PURPOSES + PRACTICES + RECIPIENTS:
        assert f"`{value}`" in text


def test_concepts_have_one_english_label_and_a_dpv_alignment_where_it_matters(ontology):
    for concept in set(ontology.subjects(RDF.type, SKOS.Concept)):
        labels = [o for o in ontology.objects(concept, SKOS.prefLabel)
                  if isinstance(o, Literal) and o.language == "en"]
        assert len(labels) == 1, concept
    for value in PK.Collection, PK.Sharing, PK.EmailAddress, PK.IPAddress, PK.ThirdParty:
        matches = {m for p in (SKOS.closeMatch, SKOS.exactMatch, SKOS.broadMatch)
                   for m in ontology.objects(value, p)}
        assert any(str(m).startswith("https://w3id.org/dpv") for m in matches), value


def test_practice_classes_and_hierarchy(ontology):
    for cls in (PK.Collection, PK.Use, PK.Sharing, PK.Retention):
        assert (cls, RDFS.subClassOf, PK.DataPractice) in ontology
    assert (PK.Sale, RDFS.subClassOf, PK.Sharing) in ontology
    for cls in (PK.SecurityMeasure, PK.UserChoice, PK.UserAccess, PK.PolicyChange,
                PK.SpecificAudience, PK.DoNotTrack, PK.PrivacyContact):
        assert (cls, RDFS.subClassOf, PK.PolicyStatement) in ontology
        assert (cls, RDF.type, OWL.Class) in ontology
    assert (PK.PaymentProcessor, SKOS.broader, PK.ServiceProvider) in ontology


def test_a_new_synonym_in_the_ontology_extends_the_lexicon(ontology):
    from policykg.extract import extract, policy_from_text
    from policykg.extract.clauses import ClauseReader

    text = "We share your warble tokens with partners."
    document = policy_from_text(text, policy_id="t_example.com")
    before = extract(document).practices
    assert all(str(PK.DeviceID) not in p.data_types for p in before)
    ontology.add((PK.DeviceID, SKOS.altLabel, Literal("warble token", lang="en")))
    lexicon = compile_lexicon(ontology)
    from policykg.extract.segment import split_sentences

    after = ClauseReader(lexicon).read(split_sentences(document))
    assert any(str(PK.DeviceID) in p.data_types for p in after)


def test_the_turtle_file_is_tidy():
    text = Path(ontology_path()).read_text(encoding="utf-8")
    assert not re.search(r"[ \t]+$", text, re.M)
