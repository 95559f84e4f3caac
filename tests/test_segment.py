"""Segmentation on real policy text: sections, paragraphs, list items, sentences."""

from __future__ import annotations

import pytest

from policykg.extract import extract, policy_from_text, read_policy, split_sentences
from policykg.ontology import PK
from tests.conftest import sample


def sentences_of(text: str):
    document = policy_from_text(text, policy_id="t_example.com", media_type="text/markdown")
    return split_sentences(document)


@pytest.mark.parametrize("text, expected", [
    # abbreviations do not end a sentence; a capitalised next word after a period does
    ("Protecting your privacy is important to SoundSpectrum, Inc. (SoundSpectrum). We are "
     "committed to keeping your personal information confidential.",
     ["Protecting your privacy is important to SoundSpectrum, Inc. (SoundSpectrum).",
      "We are committed to keeping your personal information confidential."]),
    ("SoundSpectrum and/or its payment processing service providers (e.g. PayPal, Verisign, etc.) "
     "may ask you for contact information. We may also ask for contact information.",
     ["SoundSpectrum and/or its payment processing service providers (e.g. PayPal, Verisign, etc.) "
      "may ask you for contact information.", "We may also ask for contact information."]),
    ("Certain other Personal Information (i.e., your social security number) are especially "
     "sensitive.", ["Certain other Personal Information (i.e., your social security number) are "
                    "especially sensitive."]),
    ("without their written approval.. However SMARTPUNK may share such information.",
     ["without their written approval..", "However SMARTPUNK may share such information."]),
    # a possessive "'s" before the full stop is no one-letter abbreviation
    ("The ads are delivered by our advertising company's. Information about your visits is "
     "used to serve ads.", ["The ads are delivered by our advertising company's.",
                            "Information about your visits is used to serve ads."]),
])
def test_sentence_boundaries(text, expected):
    assert [s.text for s in sentences_of(text)] == expected


def test_every_sentence_is_the_slice_it_claims(tmp_path):
    for path in [sample(p) for p in ("000", "001", "002", "003", "004")]:
        document = read_policy(path)
        for sentence in split_sentences(document):
            assert document.text[sentence.start:sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()


@pytest.mark.parametrize("prefix, sentence_start, section", [
    ("001", "As such, SoundSpectrum may occasionally share your personal contact",
     "Disclosing personal information"),
    ("003", "If there is a change to be made", "Correcting & Updating Your Information"),
    ("002", "When you order, we need to know your name", "2. What Information Do We Compile?"),
    ("004", "We use cookies only for the operation of our Site.", "Cookies"),
])
def test_sentences_inherit_their_heading(prefix, sentence_start, section):
    found = [s for s in split_sentences(read_policy(sample(prefix)))
             if s.text.startswith(sentence_start)]
    assert found and found[0].section == section


def test_archive_header_is_not_a_sentence():
    sentences = split_sentences(read_policy(sample("000")))
    assert not any("Wayback Machine" in s.text for s in sentences)
    assert sentences[0].text == "# Privacy Policy".lstrip("# ")


def test_list_items_keep_their_lead_in():
    text = ("Sci-News.com may collect and process the following data about you: - information that "
            "you provide by filling in forms on our site;\n\n- details of your visits to our site "
            "including traffic data, location data and weblogs.\n\nWe do not sell data.")
    sentences = sentences_of(text)
    lead = sentences[0]
    assert lead.text.endswith("about you:")
    assert [s.lead_in for s in sentences[1:3]] == [0, 0]
    assert sentences[3].lead_in is None


def test_paragraphs_in_lower_case_go_on_with_the_lead_in():
    # a list whose bullets were lost: items end in "," and open in lower case; an enumerator
    # ("b.") or a sentence in capitals ends the list
    text = ("We may use information collected from you in the following ways:\n\n"
            "to send you important notices about changes to your account,\n\n"
            "to provide customer service and technical support,\n\n"
            "to inform you about new products or promotional offers.\n\n"
            "b. other uses are described below.\n\n"
            "We do not sell data.")
    sentences = sentences_of(text)
    assert [s.lead_in for s in sentences] == [None, 0, 0, 0, None, None]
    found = [p for p in extract(policy_from_text(text, policy_id="t_example.com")).practices
             if p.rule == "lead-in" and str(PK.DirectMarketing) in p.purposes]
    assert found and found[0].sentence.text.startswith("to inform you"), found


def test_fragments_with_no_full_stop_go_on_with_the_lead_in():
    # items written as noun phrases with no bullets and no full stop; the list ends at a
    # sentence, and a numbered section after such items is none of them
    text = ("We collect the following categories of information:\n\n"
            "Registration information you provide when you create an account\n\n"
            "Usage and technical data, including your device identifier or IP address\n\n"
            "Location information when you use our applications\n\n"
            "2. How We Share Information We may share it with our affiliates.\n\n"
            "Information you provide in surveys\n\n"
            "We do not sell data.")
    sentences = sentences_of(text)
    assert [s.lead_in for s in sentences] == [None, 0, 0, 0, None, None, None], [
        (s.text, s.lead_in) for s in sentences]
    found = [p for p in extract(policy_from_text(text, policy_id="t_example.com")).practices
             if p.rule == "lead-in" and str(PK.DeviceID) in p.data_types]
    assert found and found[0].kind == str(PK.Collection), found


def test_a_lead_in_that_presupposes_collection_collects_its_items():
    # the lead-in states no practice of its own ("information we collect ... the following:");
    # its items are labels with a colon
    text = ("There are six main categories of information we collect about users of our "
            "online services that include the following:\n\n"
            "Contact information: for example, your telephone number or e-mail address.\n\n"
            "Information about your equipment: for example, the type of your browser and your "
            "device ID.\n\n"
            "We do not sell data.")
    sentences = sentences_of(text)
    assert [s.lead_in for s in sentences] == [None, 0, 0, None], sentences
    found = [p for p in extract(policy_from_text(text, policy_id="t_example.com")).practices
             if p.rule == "lead-in" and p.kind == str(PK.Collection)]
    assert [p.sentence.paragraph for p in found] == [1, 2], found
    assert str(PK.DeviceID) in found[1].data_types, found


def test_a_lead_in_that_denies_or_excepts_collects_nothing():
    for lead in ("The information we collect does not include the following:",
                 "With respect to the information we collect, you have the following rights:"):
        text = (f"{lead}\n\nYour social security number.\n\n"
                "The right to correct your contact information.")
        found = [p for p in extract(policy_from_text(text, policy_id="t_example.com")).practices
                 if p.kind == str(PK.Collection)]
        assert not found, (lead, found)
    # a run-in heading with a colon is no item: "For more information: email ..."
    sentences = sentences_of("We collect the following:\n\nContact information: your name.\n\n"
                             "Device information: your IP address.\n\n"
                             "For more information: email privacy@example.com")
    assert [s.lead_in for s in sentences] == [None, 0, 0, None], sentences


def test_lists_of_paragraphs_end_where_their_shape_ends():
    # from a review: bullets under a nested lead-in keep it; a data label that is a sentence's
    # subject, a short fragment and a question are no items
    nested = sentences_of("We may use your personal information for the following purposes:\n\n"
                          "To provide our services, including to:\n\n"
                          "- process and deliver your orders;\n\n- answer your questions.")
    assert [s.lead_in for s in nested] == [None, 0, 1, 1], nested
    labelled = sentences_of("We may share the following information with our partners:\n\n"
                            "Device Information such as your IP address.\n\n"
                            "Usage Information such as the pages you visit.\n\n"
                            "Financial Information is never included.")
    assert [s.lead_in for s in labelled] == [None, 0, 0, None], labelled
    fragments = sentences_of("We may share the following information with our partners:\n\n"
                             "Device information such as your IP address and browser type\n\n"
                             "Usage information such as the pages you visit on our site\n\n"
                             "Information about children under 13\n\n"
                             "How we use the information we collect from you and others")
    assert [s.lead_in for s in fragments] == [None, 0, 0, None, None], fragments


def test_items_opening_with_a_data_label_go_on_with_the_lead_in():
    # each item opens with a title-case data label and ends with a full stop
    text = ("We may ask for the following personal information directly from you:\n\n"
            "Contact Information allows us to communicate with you and includes your name.\n\n"
            "Payment Information needed to process payments, such as your card number.\n\n"
            "Survey Data for certain services, which includes your answers to surveys.\n\n"
            "Your Submissions help us with administration of our sites.")
    sentences = sentences_of(text)
    assert [s.lead_in for s in sentences] == [None, 0, 0, 0, None], [
        (s.text, s.lead_in) for s in sentences]
    found = [p for p in extract(policy_from_text(text, policy_id="t_example.com")).practices
             if p.rule == "lead-in" and str(PK.SurveyData) in p.data_types]
    assert found and found[0].kind == str(PK.Collection), found


def test_a_title_run_into_a_sentence_that_opens_with_the_sites_name():
    document = policy_from_text(
        'Acme Media ("Kinja", "us" or "we") runs this site.\n\n'
        "Cookies Kinja or third parties may use cookies to help us understand how you use the "
        "Services.\n\nUse of Cookies Example.com uses cookies.\n\n"
        "The Minnesota Example has a policy.", policy_id="t_example.com")
    found = [(s.text, s.is_heading) for s in split_sentences(document)]
    assert ("Cookies", True) in found and ("Use of Cookies", True) in found, found
    assert ("Example.com uses cookies.", False) in found, found
    # a sentence opener is no title: "The Minnesota" is the start of a name
    assert ("The Minnesota Example has a policy.", False) in found, found
    # the title no longer reads as a relative clause: the purpose is the practice's
    practices = extract(document).practices
    assert any(str(PK.Analytics) in p.purposes for p in practices), practices


def test_contents_after_a_lead_in_or_numbered_state_nothing():
    # flattened from a web page: the contents follow a lead-in, or are numbered titles
    text = ("We respect your privacy. You can jump to specific areas of this policy by clicking "
            "on the links below, or read on for the full policy: Information We Collect How We "
            "Protect Your Information Children Changes to This Policy\n\n"
            "1. Scope 2. How We Protect Your Information 3. Children 4. Correcting Your "
            "Information 5. Contact Us\n\n"
            "We may change this policy at any time.")
    sentences = split_sentences(policy_from_text(text, policy_id="t_example.com"))
    stating = [s.text for s in sentences if not s.is_heading]
    assert stating == ["We respect your privacy.", "Contact Us",
                       "We may change this policy at any time."], stating
    kinds = [p.kind for p in extract(policy_from_text(text, policy_id="t_example.com")).practices]
    assert kinds.count(str(PK.PolicyChange)) == 1 and not {str(PK.SecurityMeasure), str(
        PK.SpecificAudience)} & set(kinds), kinds


def test_a_paragraph_of_questions_is_a_table_of_contents():
    text = ("What is the effective date of this Policy? What is our policy on children's "
            "privacy? What information about you do we collect? What security measures do we "
            "take?\n\nDo we sell your e-mail address? No. We take security measures to protect "
            "it.")
    sentences = split_sentences(policy_from_text(text, policy_id="t_example.com"))
    assert [s.is_heading for s in sentences] == [True] * 4 + [False] * 2, sentences
    kinds = [p.kind for p in extract(policy_from_text(text, policy_id="t_example.com")).practices]
    assert kinds.count(str(PK.SecurityMeasure)) == 1 and str(PK.SpecificAudience) not in kinds, \
        kinds


def test_a_run_in_list_continues_its_lead_in():
    text = ("We use the information we collect to: Provide the services you request. Tell you "
            "about offers we think you will value. Customize the content you see.\n\n"
            "We do not sell data.")
    sentences = sentences_of(text)
    assert [s.lead_in for s in sentences] == [None, 0, 0, None]


def test_a_run_in_list_gives_its_items_the_lead_in_practice():
    from policykg.extract import extract
    from policykg.ontology import PK

    document = policy_from_text("We use the information we collect to: Provide the services you "
                                "request. Tell you about offers we think you will value.",
                                policy_id="t_example.com")
    found = [p for p in extract(document).practices if p.rule == "lead-in"]
    assert found and str(PK.DirectMarketing) in found[0].purposes, found


def test_paragraph_numbers_follow_blank_lines():
    text = "First paragraph. Still first.\n\nSecond paragraph.\nSame paragraph.\n\n\nThird."
    assert [s.paragraph for s in sentences_of(text)] == [0, 0, 1, 1, 2]


def test_short_lines_before_text_are_headings():
    text = "How We Use Your Information  \nWhen ordering, you will create a personal account."
    first, second = sentences_of(text)
    assert first.is_heading and second.section == "How We Use Your Information"


def test_a_table_of_contents_states_nothing():
    # a run of titles names sections (and their practices) without stating any of them
    text = ("Table of Contents The Information We Collect How We Use the Information Data "
            "Retention Security Changes to This Policy Children\n\nWe retain your data for a year.")
    contents, retention = sentences_of(text)
    assert contents.is_heading and not retention.is_heading
    document = policy_from_text(text, policy_id="t_example.com")
    found = extract(document).practices
    assert found and {p.sentence.start for p in found} == {retention.start}, found
    # capitalised names inside a sentence keep it a sentence
    assert not sentences_of("We share Your Name, Email Address And Phone Number With Our "
                            "Partners And Affiliates Every Week.")[0].is_heading


def test_a_heading_run_into_its_paragraph_is_a_heading():
    # text taken from web pages often runs an upper-case heading into the paragraph
    heading, sentence = sentences_of("INFORMATION SHARING AND DISCLOSURE Yahoo does not rent, "
                                     "sell, or share personal information.")
    assert heading.is_heading and heading.text == "INFORMATION SHARING AND DISCLOSURE"
    assert sentence.text.startswith("Yahoo does not rent")
    assert sentence.section == "INFORMATION SHARING AND DISCLOSURE"
    # an upper-case sentence is no heading
    assert not sentences_of("WE DO NOT SELL YOUR DATA. We keep it.")[0].is_heading


@pytest.mark.parametrize("text, heading, rest", [
    ("Service Providers We may disclose your Personal Information to service providers.",
     "Service Providers", "We may disclose"),
    ("Cookies We use cookies to remember you.", "Cookies", "We use cookies"),
    ("Information We Collect We collect your name.", "Information We Collect", "We collect"),
    ("Updates to This Policy This page reflects the current policy.", "Updates to This Policy",
     "This page reflects"),
])
def test_a_title_case_heading_run_into_its_paragraph_is_a_heading(text, heading, rest):
    found = sentences_of(text)
    assert found[0].is_heading and found[0].text == heading, found
    assert found[1].text.startswith(rest) and found[1].section == heading, found


@pytest.mark.parametrize("text", [
    # policies that capitalise their defined terms, and names followed by a capitalised word
    "When You use the Service, We collect Your name.",
    "If You do not wish to receive our newsletter, unsubscribe.",
    "Schedule A lists the categories of data we collect.",
    "Facebook Like buttons may collect your IP address.",
])
def test_a_sentence_with_capitalised_words_is_no_run_in_heading(text):
    assert not any(s.is_heading for s in sentences_of(text)), sentences_of(text)


def test_a_run_in_heading_states_what_its_title_says():
    # the heading is part of the paragraph: its choice cue is a statement of that paragraph
    text = "Opting-Out If you do not want to receive our newsletter, click the link in it."
    found = extract(policy_from_text(text, policy_id="t_example.com")).practices
    assert any(p.kind == str(PK.UserChoice) for p in found), found


def test_etc_ends_a_sentence_before_a_sentence_opener():
    sentences = sentences_of("Our agents perform functions such as billing, shipping, etc. They "
                             "are provided access to personal information. We use cookies, web "
                             "beacons, etc. to track visits.")
    assert [s.text for s in sentences] == [
        "Our agents perform functions such as billing, shipping, etc.",
        "They are provided access to personal information.",
        "We use cookies, web beacons, etc. to track visits."]
