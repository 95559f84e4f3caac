"""Reading policies: headers, formats, folders, corpora and clear errors."""

from __future__ import annotations

import json

import pytest

from policykg.extract import InputError, iter_policies, read_policy
from policykg.extract.documents import html_to_text
from tests.conftest import sample


@pytest.mark.parametrize("prefix, site, date", [
    ("000", "smartpunk.com", "2009-09-07"),
    ("001", "soundspectrum.com", "2010-12-29"),
    ("002", "activemusician.com", "2014-06-29"),
    ("003", "music123.com", "2003-06-22"),
    ("004", "productiontrax.com", "2006-06-22"),
])
def test_header_gives_site_date_and_url(prefix, site, date):
    document = read_policy(sample(prefix))
    assert (document.site, document.archived_on) == (site, date)
    assert document.source_url.startswith("https://web.archive.org/web/")
    assert document.text[document.body_start:].lstrip().startswith("#")


def test_options_override_and_file_name_domain(tmp_path):
    path = tmp_path / "1017_sci-news.com.txt"
    path.write_text("Sci-News.com may collect your e-mail address.", encoding="utf-8")
    assert read_policy(path).site == "sci-news.com"
    dated = read_policy(path, site="example.org", archived_on="2015-01-02")
    assert dated.archived_on == "2015-01-02"
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        read_policy(path, archived_on="yesterday")


def test_html_visible_text_and_offsets(tmp_path):
    source = ("<html><head><title>x</title><script>var a = 'we sell data';</script></head><body>"
              "<h2>Sharing</h2><p>We share your e-mail address with &amp; partners.</p>"
              "<ul><li>name</li><li>phone number</li></ul></body></html>")
    text, offsets = html_to_text(source)
    assert "we sell data" not in text and "We share your e-mail address with & partners." in text
    path = tmp_path / "p.html"
    path.write_text(source, encoding="utf-8")
    document = read_policy(path)
    start = document.text.index("We share")
    assert source[document.source_offset(start):].startswith("We share")


def test_folder_and_jsonl_corpus(tmp_path):
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "a.txt").write_text("We collect your name.", encoding="utf-8")
    (folder / "b.md").write_text("# Policy\n\nWe never sell data.", encoding="utf-8")
    (folder / "notes.csv").write_text("ignored", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "c", "html": "<p>We use cookies.</p>",
                                  "site": "c.org", "date": "2020-01-01"}) + "\n", encoding="utf-8")
    ids = [d.policy_id for d in iter_policies([folder, corpus])]
    assert ids == ["a", "b", "c"]
    assert [d.policy_id for d in iter_policies([str(tmp_path / "**" / "*.md")])] == ["b"]
    with pytest.raises(InputError, match="the pattern matches no file"):
        list(iter_policies([str(tmp_path / "*.html")]))


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("policy.pdf", b"%PDF-1.4", "unknown policy format"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
])
def test_bad_inputs_raise_input_error(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        list(iter_policies([path]))


def test_broken_jsonl_line_names_the_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "We collect data."}\n{broken\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.jsonl:2"):
        list(iter_policies([corpus]))


def test_latin1_file_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("We collect your name and caf\xe9 preferences.".encode("latin-1"))
    assert "café" in read_policy(path).text
