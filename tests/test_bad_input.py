"""Bad input never crashes: each broken file is one warning line naming it and the reason, the
rest of the corpus is still processed, and nothing is half-written. Files are made here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policykg.extract import extract, policy_from_text
from policykg.graphs.cli import main
from tests.conftest import sample

GOOD = sample("003").read_text(encoding="utf-8")
HEADER = ("> *The following text is extracted and transformed from the example.com privacy "
          "policy that was archived on {date}. Please check the [original snapshot on the "
          "Wayback Machine](https://web.archive.org/web/x/http://example.com/privacy) for the "
          "most accurate reproduction.*\n\n")
POLICY = "# Privacy\n\nWe collect your e-mail address. We never sell your e-mail address.\n"


def write(folder, name, content):
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


CASES = [
    # name, content, expected fragment of the one-line warning (None: read fine)
    ("empty.txt", b"", "empty policy"),
    ("blank.txt", b"  \n\t \r\n ", "empty policy"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (a PNG image)"),
    ("paper.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document)"),
    ("script-only.html", "<html><head><script>var we='collect';</script><style>p{}</style>"
                         "</head><body><script>x()</script></body></html>", "no visible text"),
    ("spanish.txt", "Nosotros no vendemos su información personal a terceros. Recopilamos "
                    "datos cuando usted visita nuestro sitio web y utiliza nuestros servicios. "
                    "Usted puede solicitar el acceso, la rectificación y la supresión de sus "
                    "datos personales en cualquier momento escribiendo a nuestra oficina.",
     "not in English"),
    ("latin1.txt", ("We collect your name and your café preferences. " * 3).encode("latin-1"),
     None),
    ("utf16.txt", POLICY.encode("utf-16"), None),
    ("mixed-endings.txt", POLICY.replace("\n\n", "\r\n\r\n") + "We log IP addresses.\r", None),
    ("nested.html", "<div>" * 3000 + "<p>We collect your e-mail address." + "</div>" * 10, None),
    ("broken.html", "<html><body><p>We share your name with partners<p><b>and <i>advertisers"
                    "</b></i><table><tr><td>We log IP addresses</table", None),
    ("no-header.md", POLICY, None),
    ("bad-date.md", HEADER.format(date="2010-13-45") + POLICY, None),
]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "good.txt", GOOD)
    for name, content, _ in CASES:
        write(folder, name, content)
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")  # unreadable
    return folder


def test_a_corpus_with_bad_files_is_processed_and_each_skip_is_one_line(corpus, tmp_path):
    out = tmp_path / "out.trig"
    result = run("build", corpus, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    for name, _, reason in CASES:
        mentions = [w for w in warnings if f"{name}:" in w]
        if reason is None:
            assert not [w for w in mentions if "skipped" in w], mentions
        else:
            assert len(mentions) == 1 and reason in mentions[0], (name, mentions)
    assert any("dangling.txt" in w and "no such file" in w for w in warnings)
    assert any("bad-date.md" in w and "'2010-13-45' is not a valid date; ignored" in w
               for w in warnings)
    good = sum(1 for _, _, reason in CASES if reason is None) + 1
    skipped = sum(1 for _, _, reason in CASES if reason) + 1
    assert f"{good} policies, {skipped} skipped" in result.stderr.splitlines()[-1]
    assert out.is_file()


def test_facts_of_the_readable_policies_still_come_out(corpus):
    result = run("facts", corpus)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    ids = {row["policy"] for row in rows}
    assert {"good", "latin1", "utf16", "nested", "no-header"} <= ids
    assert not ids & {"empty", "image", "spanish", "script-only"}


def test_strict_stops_at_the_first_bad_policy(corpus, tmp_path):
    out = tmp_path / "strict.trig"
    result = run("build", corpus, "-o", out, "--strict")
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and lines[-1].startswith("Error: ")
    assert "blank.txt: empty policy" in lines[-1]  # files are read in name order
    assert sum(line.startswith("Error:") for line in lines) == 1
    assert not out.exists()


def test_a_huge_file_is_refused_by_size(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.write(b"We collect your e-mail address. " * (50 * 1024 * 1024 // 32))
    result = run("facts", big)
    assert result.exit_code == 2
    assert "big.txt: 52.4 MB is larger than the 10 MB limit" in result.stderr


def test_jsonl_with_broken_lines_and_duplicate_ids(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": POLICY}), "{broken", json.dumps({"nope": 1}),
             json.dumps({"id": "a", "text": POLICY}), json.dumps({"id": "b", "html": POLICY})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("facts", corpus)
    assert result.exit_code == 0
    assert [json.loads(x)["policy"] for x in result.stdout.splitlines()] == ["a", "b"]
    assert "c.jsonl:2: not a JSON object" in result.stderr
    assert "c.jsonl:3: not a JSON object" in result.stderr
    assert "c.jsonl:4: same policy as" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["build", "{empty}", "-o", "x.trig"], "folder holds no .txt, .md, .html or .jsonl"),
    (["facts", "{only_bad}"], "no policy could be read (1 skipped)"),
])
def test_nothing_to_read_is_an_error(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    only_bad = write(tmp_path, "only_bad.txt", b"")
    result = run(*[a.format(empty=tmp_path / "empty", only_bad=only_bad) for a in args])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "x.trig").exists()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600)
       | st.lists(st.sampled_from(["We", "do", "not", "sell", "share", "your", "e-mail",
                                   "address", "with", "partners", ",", ".", ";", "\n\n", "- ",
                                   "# ", "**", "(", ")", "never", "collect", "cookies", ":",
                                   "unless", "you", "consent", "by", "advertisers"]),
                  max_size=80).map(" ".join))
def test_extraction_never_fails_and_provenance_is_the_input(text):
    document = policy_from_text(text, policy_id="fuzz_example.com")
    result = extract(document)
    for sentence in result.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
    for practice in result.practices:
        s = practice.sentence
        assert text[s.start:s.end] == s.text


def test_bad_fields_in_a_jsonl_line_skip_only_that_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": POLICY, "url": "see our page <here>"}),
             json.dumps({"id": "b", "text": POLICY, "date": 20101229}),
             json.dumps({"id": "c", "text": POLICY})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("build", corpus, "-o", tmp_path / "c.trig")
    assert result.exit_code == 0, result.stderr
    assert "source URL 'see our page <here>' is not an absolute URL" in result.stderr
    assert "c.jsonl:2: not a JSON object" in result.stderr and "'date' must be a string" \
        in result.stderr
    assert "1 policies, 2 skipped" in result.stderr


def test_store_builds_take_only_an_nquads_dump(tmp_path):
    result = run("build", "--store", f"oxigraph:{tmp_path / 's'}", "-o", tmp_path / "x.ttl")
    assert result.exit_code == 2 and "must end in .nq" in result.stderr
    assert not (tmp_path / "x.ttl").exists()


def test_errors_survive_a_process_pool():
    import pickle

    from policykg.extract import InputError

    error = pickle.loads(pickle.dumps(InputError("f.txt", "empty policy")))
    assert (error.where, error.reason, str(error)) == ("f.txt", "empty policy",
                                                       "f.txt: empty policy")
