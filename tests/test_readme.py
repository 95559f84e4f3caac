"""The README's library example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re

from tests.conftest import ROOT


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
    shown = re.findall(r"^(\S+\.com)\s+PaymentProcessor", readme, re.M)
    real = sorted({str(r.site) for r in run_query(sample_dataset, "payment-partners")})
    assert shown == real
