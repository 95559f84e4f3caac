"""Is a policy written in English? A transparent check on English function words.

The extractor's lexicon is English; a Spanish or German policy would be read as nearly empty
and look like a site that discloses nothing. Rather than guess, policies whose words are
rarely English function words are flagged and skipped. The word list is
``patterns/grammar.json`` ``english_function_words``; no model is involved.
"""

from __future__ import annotations

import re

from policykg.extract.grammar import load_grammar

MIN_WORDS = 40
MIN_SHARE = 0.08  # English prose: 0.25-0.45; other languages using Latin script: below 0.05
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """Share of the first 3,000 words that are English function words, and the word count.

    >>> round(english_share("We do not sell your information to third parties.")[0], 2)
    0.56
    """
    words = [w.lower() for w in _WORD.findall(text[:30_000])][:3000]
    function_words = load_grammar()["english_function_words"]
    hits = sum(1 for w in words if w in function_words)
    return (hits / len(words) if words else 0.0), len(words)


def looks_english(text: str) -> tuple[bool, float]:
    """Whether the text reads as English (short texts are given the benefit of the doubt)."""
    share, count = english_share(text)
    return (count < MIN_WORDS or share >= MIN_SHARE), share
