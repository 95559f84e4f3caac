"""The command line: every verb end to end, exit codes, and the README's commands."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from policykg.graphs.cli import main
from tests.conftest import DATA, ROOT, domain, sample


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return invoke


def test_build_then_check_then_query(run, tmp_path):
    out = tmp_path / "samples.trig"
    result = run("build", "-o", out)
    assert result.exit_code == 0 and out.is_file()
    assert "5 policies" in result.stderr
    assert run("check", out).exit_code == 0
    result = run("query", "payment-partners", out, "--format", "json")
    sites = {domain(row["site"]) for row in json.loads(result.stdout)}
    assert sites == {"music123.com", "smartpunk.com", "soundspectrum.com"}
    table = run("query", "recipient-evidence", out, "-p", "site=music123.com").stdout
    assert "credit card processing company" in table and "(1 rows)" in table.splitlines()[-1]
    csv_out = run("query", "payment-partners", out, "--format", "csv", "-p",
                  "kind=shipping-carrier").stdout
    assert csv_out.splitlines()[0] == "site,recipient"
    assert "music123.com" in csv_out


def test_check_exit_codes(run, tmp_path):
    assert run("check", DATA / "malformed.ttl").exit_code == 1
    assert run("check", tmp_path / "missing.trig").exit_code == 2
    assert run("check", DATA / "malformed.ttl", "--profile", "nope").exit_code == 2
    result = run("check", DATA / "malformed.ttl", "--format", "json")
    assert json.loads(result.stdout)["conforms"] is False


@pytest.mark.parametrize("args, message", [
    (["build", "missing-folder", "-o", "x.trig"], "missing-folder: no such file or folder"),
    (["build", "-o", "out.unknown"], "unknown RDF extension"),
    (["query", "no-such-query", "g.trig"], "no such query; named queries: "),
    (["facts", "--date", "2020-13"], "'2020-13' is not a date YYYY-MM-DD"),
])
def test_bad_input_is_one_line_and_exit_2(run, tmp_path, args, message, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_facts_lines(run):
    lines = run("facts").stdout.splitlines()
    assert len(lines) == 5
    row = json.loads(lines[3])
    assert row["policy"] == "003_fe9c316a656ed4a5"
    assert all(set(f) == {"fact", "start", "end"} for f in row["facts"])


def test_explain_shows_rules_and_words(run):
    out = run("explain", sample("000"), "--practices-only").stdout
    assert "We will never sell, rent or otherwise provide" in out
    assert re.search(r"-> Sale negated .*\[rule active; words: sell", out)


def test_explain_shows_the_details_of_a_statement(run, tmp_path):
    policy = tmp_path / "dnt.example.txt"
    policy.write_text("We do not currently respond to Do Not Track signals.\n", encoding="utf-8")
    out = run("explain", policy, "--practices-only").stdout
    assert re.search(r"-> DoNotTrack affirmed .*honorsDoNotTrack=false", out), out


def test_queries_lists_the_library(run):
    names = [line.split("\t")[0] for line in run("queries").stdout.splitlines()]
    assert "payment-partners" in names and names == sorted(names)


def test_every_command_is_in_the_readme(run):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"`policykg {name}" in readme, name


def test_readme_commands_are_the_ci_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = ci.strip().splitlines()[-1]
    assert test_command in readme


def test_console_script_runs_without_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-c", "from policykg.graphs.cli import main; main()",
                             "check", str(tmp_path / "nothing.ttl")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_summary_query_on_a_merged_file_says_why_it_is_empty(run, tmp_path):
    merged = tmp_path / "samples.ttl"
    assert run("build", "-o", merged).exit_code == 0
    result = run("query", "payment-partners", merged)
    assert result.exit_code == 0 and "(0 rows)" in result.stdout
    assert "holds no named graphs" in result.stderr
    named = tmp_path / "samples.trig"
    assert run("build", "-o", named).exit_code == 0
    assert "named graphs" not in run("query", "payment-partners", named).stderr


def test_explain_shows_the_occasion_taken_from_the_sentence_before(run, tmp_path):
    policy = tmp_path / "1_example.com.txt"
    policy.write_text("As our business changes, we may buy or sell various assets. In such "
                      "cases, personal information about our users may be disclosed to the "
                      "other party of the transaction.\n", encoding="utf-8")
    out = run("explain", policy, "--practices-only").stdout
    assert "purpose:MergerAcquisition='In such cases'" in out
    assert re.search(r"-> Sharing affirmed .*for=MergerAcquisition", out)


def test_explain_prints_the_same_in_every_process(tmp_path):
    # lexicon entries that share a span ("delete": access and deletion) come out in one order
    # whatever the string hash seed of the process
    text = tmp_path / "t_example.com.txt"
    text.write_text("You may access, correct or delete your account information at any time. "
                    "We retain your data for as long as necessary.\n", encoding="utf-8")
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        result = subprocess.run(
            [sys.executable, "-c", "from policykg.graphs.cli import main; main()", "explain",
             str(text)], capture_output=True, text=True, env={**os.environ,
                                                              "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
