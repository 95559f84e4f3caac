"""The closed-class word lists of ``patterns/grammar.json`` and the token normaliser built on them.

Open-class vocabulary (what is collected, by whom, why) comes from the ontology; this file only
knows function words: negators, auxiliaries, prepositions, clause breaks. Normalisation is
lower-casing, a lemma from spaCy's English lookup table (spacy-lookups-data, offline) and the few
overrides the grammar file lists where the lookup table is wrong for this domain ("cookies" ->
"cooky").
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress, count

from policykg.extract.errors import LexiconError

_LIST_KEYS = ("skip", "negation", "negation_not_before", "passive_auxiliary", "agent_marker",
              "clause_break", "coordination", "subordinator", "preposition", "noun_marker",
              "noun_after", "non_subject_forms", "anaphora", "outsourcing_verbs", "auxiliary",
              "relative", "hedge", "subject_joiners", "weak_sharing_verbs",
              "embedded_question", "purpose_marker", "negated_means_choice",
              "clause_negation", "meta_verbs", "describing_nouns", "parenthetical", "adverbial",
              "definition_verbs",
              "english_function_words", "commerce_objects",
              "exclusion", "purpose_follow_up", "phrasal_non_practice", "harm_modifier",
              "imperative_marker", "enumeration", "purpose_clause",
              "inclusion_verbs", "exception_marker",
              "enabling_verbs", "addressee_verbs", "occasion_anaphora",
              "corporate_objects", "object_gap_verbs", "purpose_gap_verbs", "nouns_before_to",
              "user_giving_verbs",
              "infinitive_verbs", "quantifiers",
              "frequency_hedges", "open_list", "occasion_openers",
              "commitment_words", "optional_choice", "inability",
              "restriction", "restricted_manner", "restricting_verbs", "user_requests",
              "person_nouns",
              "place_prepositions", "setting_prepositions", "place_modifiers",
              "topic_prepositions", "regions",
              "destination_prepositions", "purpose_anaphora",
              "access_verbs", "compound_heads", "user_access_verbs",
              "ability_modals", "access_verb_prefix", "possessives", "request_markers",
              "requesting_verbs", "party_anaphora")

TOKEN = re.compile(r"\w+(?![\w'’])|\w+?(?=n['’]t\b)|n['’]t\b|['’](?:s|ll|re|ve|d|m)\b|\w+|[^\w\s]")
"""Words, the clitics ``n't 's 'll ...`` as tokens of their own, and single punctuation marks.

The first branch only makes the common case fast: a whole word with no apostrophe after it is
what the other branches would find too, without trying every position of the word for an "n't"
(a shorter part of the word is followed by a letter, so backtracking finds nothing either)."""


@dataclass(frozen=True)
class Grammar:
    """Closed-class word sets; multi-word entries are tuples of normalised keys."""

    lemmas: dict[str, str]
    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    # derived in __post_init__ (plain attributes, read on every look-up):
    # the phrases of each list by their first key, longest first
    phrase_index: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(
        init=False, repr=False, compare=False)
    # the words that can start an entry of each list
    first_keys: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {}
        for name, phrases in self.phrases.items():
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for phrase in sorted(phrases, key=len, reverse=True):
                by_first.setdefault(phrase[0], []).append(phrase)
            index[name] = {k: tuple(v) for k, v in by_first.items()}
        object.__setattr__(self, "phrase_index", index)
        object.__setattr__(self, "first_keys", {
            name: self.words[name] | frozenset(index.get(name, ())) for name in self.words})

    def key(self, word: str) -> str:
        """The matching key of a word: its lower-cased lemma.

        >>> load_grammar().key("Shared"), load_grammar().key("cookies")
        ('share', 'cookie')
        """
        lower = word.lower()
        return self.lemmas.get(lower, lower)

    def keys(self, text: str) -> tuple[str, ...]:
        """Keys of every token of ``text``."""
        return tuple(self.key(m.group()) for m in TOKEN.finditer(text))

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.words[name]

    def positions(self, keys: list[str], name: str,
                  present: frozenset[str] | set[str] | None = None) -> list[tuple[int, int]]:
        """(index, length) of every word or phrase of list ``name`` in ``keys``, left to right.
        ``present``, the set of ``keys`` when the caller has it, makes the common "none" answer
        cheaper.

        >>> load_grammar().positions(["we", "do", "not", "sell"], "negation")
        [(2, 1)]
        """
        starts = self.first_keys[name]
        if starts.isdisjoint(keys if present is None else present):  # the common case, in C
            return []
        found = []
        phrases = self.phrase_index[name]
        # only the indexes whose key starts an entry, picked out in C; a key that starts no
        # phrase of the list is a one-word entry
        for index in compress(count(), map(starts.__contains__, keys)):
            size = self.phrase_at(keys, index, name) if keys[index] in phrases else 1
            if size:
                found.append((index, size))
        return found

    def phrase_at(self, keys: list[str], index: int, name: str) -> int:
        """Length of the longest word or phrase of list ``name`` at ``keys[index]`` (0: none).

        >>> load_grammar().phrase_at(["provide", ",", "however", ","], 0, "clause_break")
        3
        """
        first = keys[index]
        for phrase in self.phrase_index[name].get(first, ()):
            if tuple(keys[index:index + len(phrase)]) == phrase:
                return len(phrase)
        return 1 if first in self.words[name] else 0



@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """Read and check ``patterns/grammar.json``; every problem is reported at once."""
    source = resources.files(__package__).joinpath("patterns", "grammar.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    problems = [f"grammar.json: missing list {key!r}" for key in _LIST_KEYS if key not in data]
    problems += [f"grammar.json: {key!r} must be a list of strings" for key in _LIST_KEYS
                 if key in data and not all(isinstance(w, str) for w in data.get(key, []))]
    if problems:
        raise LexiconError(problems)
    lemmas = _lemma_table()
    lemmas.update({k.lower(): v for k, v in data.get("lemma_overrides", {}).items()})
    base = Grammar(lemmas, {}, {})
    words = {key: frozenset(base.key(w) for w in data[key] if " " not in w) for key in _LIST_KEYS}
    phrases = {key: tuple(base.keys(w) for w in data[key] if " " in w) for key in _LIST_KEYS}
    return Grammar(lemmas, words, phrases)


def _lemma_table() -> dict[str, str]:
    table = resources.files("spacy_lookups_data").joinpath("data", "en_lemma_lookup.json.gz")
    with gzip.open(str(table), "rt", encoding="utf-8") as handle:
        return {k.lower(): v.lower() for k, v in json.load(handle).items()}
