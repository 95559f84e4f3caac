"""The README's library example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re

from tests.conftest import ROOT, domain


def test_library_example_output_matches_the_comments():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)[1]
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected


def test_readme_query_example_matches_the_real_answer(sample_dataset):
    from policykg.queries import run_query

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ policykg query payment-partners samples.trig", 1)[1].split("```")[0]
    shown = re.findall(r"^(\S+\.com)\s+PaymentProcessor", block, re.M)
    real = sorted({domain(r.site) for r in run_query(sample_dataset, "payment-partners")})
    assert shown == real


WIDTH = 100
_BLOCK = re.compile(r"```text\n(.*?)```", re.S)


def _shown(output: str, json_output: bool) -> list[str]:
    """Output lines as the README shows them: table lines cut at WIDTH with an ellipsis."""
    lines = output.rstrip("\n").splitlines()
    if json_output:
        return lines
    return [line if len(line) <= WIDTH else line[:WIDTH - 1] + "…" for line in lines]


def _examples(readme: str):
    """(block span, [(command, shown lines)]) for every README text block of policykg runs."""
    for block in _BLOCK.finditer(readme):
        runs, current = [], None
        for line in block[1].splitlines():
            if line.startswith("$ policykg "):
                current = (line[2:], [])
                runs.append(current)
            elif current is not None:
                current[1].append(line)
        for _, shown in runs:
            while shown and not shown[-1].strip():
                shown.pop()
        if runs and all("samples.trig" in command for command, _ in runs):
            yield block.span(1), runs


def test_readme_examples_are_real_output(sample_graph_file, monkeypatch):
    """Every `$ policykg ... samples.trig` example shows what the command prints today.
    A block ending in a line "…" shows only the first rows. Regenerate the blocks with
    UPDATE_README=1 and review the diff."""
    import os
    import shlex

    from click.testing import CliRunner

    from policykg.graphs.cli import main

    path = ROOT / "README.md"
    readme = path.read_text(encoding="utf-8")
    updated, checked = readme, 0
    for span, runs in reversed(list(_examples(readme))):
        parts = []
        for command, shown in runs:
            args = [str(sample_graph_file) if a == "samples.trig" else a
                    for a in shlex.split(command)[1:]]
            result = CliRunner().invoke(main, args, catch_exceptions=False)
            assert result.exit_code == 0, (command, result.stderr)
            actual = _shown(result.stdout, "json" in args)
            if shown and shown[-1] == "…":
                actual = actual[:len(shown) - 1] + ["…"]
            if os.environ.get("UPDATE_README"):
                parts.append("\n".join([f"$ {command}", *actual]))
            else:
                assert shown == actual, command
            checked += 1
        if os.environ.get("UPDATE_README"):
            updated = updated[:span[0]] + "\n\n".join(parts) + "\n" + updated[span[1]:]
    if os.environ.get("UPDATE_README") and updated != readme:
        path.write_text(updated, encoding="utf-8")
    assert checked >= 5


def test_the_full_caloppa_matrix_in_the_readme_is_real(sample_graph_file):
    from click.testing import CliRunner

    from policykg.graphs.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"The whole matrix.*?```text\n(.*?)```", readme, re.S)[1].splitlines()
    result = CliRunner().invoke(main, ["check", str(sample_graph_file), "--profile", "caloppa"])
    lines = result.stdout.splitlines()
    start = lines.index(shown[0])
    assert lines[start:start + len(shown)] == shown
