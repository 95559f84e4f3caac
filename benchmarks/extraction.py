"""Extraction throughput on the OPP-115 dev texts, against bare tokenising in the same run.

Run by hand:  .venv/bin/python benchmarks/extraction.py [FOLDER] [--repeat N]
FOLDER defaults to ../shared/eval/opp115-dev/policies (evaluation data, not shipped).

Prints policies per second on one core (one process, so per core) for the whole extraction
(read, segment, match, clause rules) and for bare tokenising of the same texts, and their
ratio. "Bare tokenising" is measured two ways: the extractor's own token regex alone, and,
when spaCy is installed, spaCy's blank English tokenizer (the usual reference). Targets (issue
3): >= 50 policies/s/core and within 5x of bare tokenising.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.extract import extract, policy_from_text
from policykg.extract.grammar import TOKEN
from policykg.extract.lexicon import compiled_lexicon

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/opp115-dev/policies"


def best_of(repeat: int, function) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no .txt policies in {args.folder}", file=sys.stderr)
        return 2
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    compiled_lexicon()  # compile once, as a long-running build does

    def run_extraction():
        for stem, text in texts:
            extract(policy_from_text(text, policy_id=stem))

    def run_regex():
        for _, text in texts:
            list(TOKEN.finditer(text))

    n = len(texts)
    words = sum(len(t.split()) for _, t in texts)
    t_extract = best_of(args.repeat, run_extraction)
    t_regex = best_of(args.repeat, run_regex)
    print(f"{n} policies, {words} words, best of {args.repeat}")
    print(f"extraction        {t_extract:7.3f} s  {n / t_extract:8.1f} policies/s/core")
    print(f"regex tokenising  {t_regex:7.3f} s  {n / t_regex:8.1f} policies/s/core"
          f"  ratio {t_extract / t_regex:5.1f}x")
    try:
        import spacy
    except ImportError:
        print("spaCy tokenizer   (spaCy not installed; pip install spacy to compare)")
    else:
        tokenizer = spacy.blank("en").tokenizer
        t_spacy = best_of(args.repeat, lambda: [tokenizer(t) for _, t in texts])
        print(f"spaCy tokenising  {t_spacy:7.3f} s  {n / t_spacy:8.1f} policies/s/core"
              f"  ratio {t_extract / t_spacy:5.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
