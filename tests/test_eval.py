"""Accuracy against the evaluation data in ../shared/eval (skipped where it is absent).

The figures asserted here are floors that protect what is already reached; the current figures
and how they were measured are in docs/accuracy.md.
"""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from policykg.graphs.cli import main


def score(eval_dir, gold, texts, tmp_path):
    result = CliRunner().invoke(main, ["facts", str(texts)], catch_exceptions=False)
    assert result.exit_code == 0
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(result.stdout, encoding="utf-8")
    out = subprocess.run([sys.executable, str(eval_dir / "score.py"), str(gold), str(predictions),
                          "--texts", str(texts), "--json"], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def test_seed_policies_policy_level_f1(shared_eval, tmp_path):
    report = score(shared_eval, shared_eval / "seeds.gold.jsonl", shared_eval.parent / "seeds",
                   tmp_path)
    assert report["policy"]["overall"]["f1"] >= 0.94  # issue 2 asked 0.80, issue 3 0.90


def test_opp115_dev_policy_level_does_not_regress(shared_eval, tmp_path):
    folder = shared_eval / "opp115-dev"
    report = score(shared_eval, folder / "gold.jsonl", folder / "policies", tmp_path)
    assert report["policy"]["overall"]["f1"] >= 0.879
    assert report["segment"]["overall"]["f1"] >= 0.665
    families = report["policy"]["families"]
    assert families["not-collect"]["f1"] >= 0.53 and families["not-share"]["f1"] >= 0.62
