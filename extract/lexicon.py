"""The lexicon: every label, synonym, verb and cue of the ontology compiled into one phrase trie.

Adding a ``skos:altLabel`` (or ``pk:verb``, ``pk:cue``) to ``ontology/policykg.ttl`` extends what
the extractor recognises, with no code change. Labels and text are compared by normalised keys
(lower-cased lemmas, see :mod:`policykg.extract.grammar`), so "credit card number" also matches
"Credit Card Numbers"; determiners and possessives inside a phrase are skipped, so the cue
"process order" matches "process your order". A label of several words whose last word does
not end in "-ing" does not match text ending in a plural noun and an "-ing" form ("user access"
is not "users accessing").

A concept's category comes from its concept scheme (``data``, ``purpose``, ``party``,
``condition``, ``named``) or, for practice classes, from the property that holds the string
(``verb`` for ``pk:verb`` of a data practice, ``statement`` for labels and cues of the other
practice classes, ``practice`` for the nouns of data practices, used by section headings).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import NamedTuple

from rdflib import RDFS, SKOS, Graph, URIRef

from policykg.extract.grammar import TOKEN, Grammar, load_grammar
from policykg.extract.records import Match
from policykg.ontology import PK, ontology_graph

SCHEME_CATEGORY = {
    PK.DataTypes: "data",
    PK.Purposes: "purpose",
    PK.PartyKinds: "party",
    PK.Conditions: "condition",
    PK.NamedParties: "named",
}
LABEL_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, PK.cue)


class Token(NamedTuple):
    """A token of a sentence: its normalised key and its absolute character span."""

    key: str
    start: int
    end: int
    text: str


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[tuple[str, str, str]] = field(default_factory=list)  # concept, category, label


MEMO_LIMIT = 200_000  # words whose key is remembered; beyond it the memo starts again
# TOKEN as the separator of re.split; "(?=\S)" fails fast where no token starts
_SPLIT_TOKENS = re.compile(rf"(?=\S)({TOKEN.pattern})").split
_MAKE_TOKEN = partial(tuple.__new__, Token)  # a Token from a (key, start, end, text) tuple


class _KeyMemo(dict):
    """Word -> key; a word not seen before is normalised at its first look-up."""

    def __init__(self, key: Callable[[str], str]) -> None:
        super().__init__()
        self.key = key

    def __missing__(self, word: str) -> str:
        normal = self[word] = self.key(word)
        return normal


class Lexicon:
    """A phrase trie over normalised keys, plus what the clause rules ask of the ontology."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self.root = _Node()
        self.size = 0
        self.broader: dict[str, set[str]] = {}
        self.handles: dict[str, set[str]] = {}
        self._key_memo = _KeyMemo(grammar.key)
        self._within: dict[tuple[str, str], bool] = {}  # is_within answers, asked per practice
        self._second: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}  # second_words
        self._last: dict[tuple[str, str], frozenset[str]] = {}  # last_words
        self.implies: dict[str, set[str]] = {}
        self.purposes_of: dict[str, set[str]] = {}
        self.data_of: dict[str, set[str]] = {}  # pk:impliesData

    def add(self, label: str, concept: str, category: str, root: _Node | None = None) -> None:
        """Add one label (to ``root``, a document's own trie, when given); a label that
        normalises to nothing is ignored."""
        keys = self.phrase_keys(label)
        if not keys:
            return
        node = self.root if root is None else root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        entry = (concept, category, label)
        if entry not in node.entries:
            node.entries.append(entry)
            self.size += 1

    def phrase_keys(self, label: str) -> tuple[str, ...]:
        """Keys of a label with skippable words removed after its first word."""
        keys = self.grammar.keys(label)
        skip = self.grammar["skip"]
        return keys[:1] + tuple(k for k in keys[1:] if k not in skip)

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text`` with spans shifted by ``offset``.

        >>> [t.key for t in compiled_lexicon().tokenize("We don't sell e-mail addresses")]
        ['we', 'do', 'not', 'sell', 'e', '-', 'mail', 'address']
        """
        memo = self._key_memo
        if len(memo) > MEMO_LIMIT:  # a corpus brings new words (names, numbers) without end
            memo.clear()
        # column by column, so that the loop over tokens runs in C: this is the one step that
        # touches every word of every policy. Split at the tokens, the text alternates space
        # and token (every non-space character is in a token), so the running sum of the
        # parts' lengths gives each token's span.
        parts = _SPLIT_TOKENS(text)
        words = parts[1::2]
        bounds = list(accumulate(map(len, parts), initial=offset))
        return list(map(_MAKE_TOKEN, zip(map(memo.__getitem__, words), bounds[1::2],
                                         bounds[2::2], words)))

    def match(self, tokens: list[Token], extra: _Node | None = None,
              keys: list[str] | None = None) -> list[Match]:
        """Every label occurrence; longest wins within a category, categories may overlap.
        ``keys``, the tokens' keys when the caller has them at hand, saves listing them again."""
        found: list[Match] = []
        skip, make = self.grammar["skip"], tuple.__new__
        if keys is None:
            keys = [t.key for t in tokens]
        roots = [self.root.children]
        if extra is not None and not extra.children.keys().isdisjoint(keys):
            roots.append(extra.children)  # a document's own names, in few of its sentences
        # each token's next key, "" after the last (no label word nor skippable word is empty)
        ahead = keys[1:]
        ahead.append("")
        for children in roots:
            # the first-word look-up for every token at once; most tokens start no label, and
            # compress() passes over them in C (a node is always true)
            nodes: list[_Node] = list(map(children.get, keys))  # type: ignore[arg-type]
            for first, node, following_key in compress(zip(count(), nodes, ahead), nodes):
                following = node.children
                # walk only when the next word (or the one after skippable words: "process your
                # order") can continue a label
                if following and (following_key in following or following_key in skip
                                  and _continues(following, keys, first + 1, skip)):
                    found.extend(self._walk(node, tokens, keys, first))
                    continue
                token = tokens[first]
                for concept, category, label in node.entries:
                    # Names of companies are proper nouns: "UPS" is a carrier, "sign up" is not.
                    if category == "named" and token.text.islower():
                        continue
                    found.append(make(Match, (concept, category, first, first + 1, token.start,
                                              token.end, label)))
        return _prefer_longest(found)

    def _walk(self, node: _Node, tokens: list[Token], keys: list[str], first: int
              ) -> list[Match]:
        hits: list[Match] = []
        index, size, start = first, len(keys), tokens[first].start
        skip, make = self.grammar["skip"], tuple.__new__
        while True:
            if node.entries:
                end = tokens[index].end
                # a noun at the end of a label does not match a verb's -ing form after a plural
                # noun: the cue "user access" is not "users accessing the website" (but "message
                # board posting" is a post, "monitoring or improving" a purpose)
                gerund = index > first and tokens[index].text.endswith("ing") and \
                    tokens[index - 1].text.lower() != keys[index - 1]
                for concept, category, label in node.entries:
                    if gerund and not label.endswith("ing") or \
                            category == "named" and tokens[first].text.islower():
                        continue  # (a name is a proper noun, see match)
                    hits.append(make(Match, (concept, category, first, index + 1, start, end,
                                             label)))
            index += 1
            children = node.children
            while index < size and keys[index] in skip and keys[index] not in children:
                index += 1
            if index >= size:
                return hits
            following = children.get(keys[index])
            if following is None:
                return hits
            node = following

    def second_words(self, first: str, category: str) -> dict[str, tuple[str, str]]:
        """The two-word labels of ``category`` that start with the key ``first``: their second
        key -> (concept, label). ``second_words("make", "verb")`` has "available" and "public"."""
        known = self._second.get((first, category))
        if known is None:
            node = self.root.children.get(first)
            known = self._second[(first, category)] = {} if node is None else {
                key: (concept, label) for key, child in node.children.items()
                for concept, kind, label in child.entries if kind == category}
        return known

    def last_words(self, first: str, category: str) -> frozenset[str]:
        """The last keys of the labels of ``category`` that start with the key ``first`` and
        have more than one word (``last_words("fulfill", "purpose")`` holds "order")."""
        known = self._last.get((first, category))
        if known is None:
            found: set[str] = set()
            todo = list(self.root.children[first].children.items()) \
                if first in self.root.children else []
            while todo:
                key, node = todo.pop()
                if any(kind == category for _, kind, _ in node.entries):
                    found.add(key)
                todo.extend(node.children.items())
            known = self._last[(first, category)] = frozenset(found)
        return known

    def names_trie(self, names: Iterable[str], concept: str) -> _Node:
        """A small extra trie for one document's own names (the site's domain and brand)."""
        extra = Lexicon(self.grammar)
        for name in names:
            extra.add(name, concept, "party")
        return extra.root

    def is_within(self, concept: str, ancestor: str) -> bool:
        """Whether ``concept`` is ``ancestor`` or lies below it (skos:broader / rdfs:subClassOf)."""
        known = self._within.get((concept, ancestor))
        if known is not None:
            return known
        seen, todo, found = set(), [concept], False
        while todo and not found:
            current = todo.pop()
            found = current == ancestor
            if current not in seen:
                seen.add(current)
                todo.extend(self.broader.get(current, ()))
        self._within[(concept, ancestor)] = found
        return found


def _continues(following: dict[str, _Node], keys: list[str], after: int,
               skip: frozenset[str]) -> bool:
    """Whether a label goes on at ``keys[after]`` or past the skippable words from there; a
    skippable word that continues the label is not skipped."""
    size = len(keys)
    while after < size and keys[after] in skip and keys[after] not in following:
        after += 1
    return after < size and keys[after] in following


def _prefer_longest(found: list[Match]) -> list[Match]:
    """Drop a match that lies inside a longer match of the same category."""
    # by first token, longer first (two stable sorts in C: no key function called per match)
    found.sort(key=itemgetter(3), reverse=True)  # Match.last
    found.sort(key=itemgetter(2))  # Match.first
    kept: list[Match] = []
    reach: dict[str, int] = {}
    for hit in found:
        category, last = hit.category, hit.last
        furthest = reach.get(category, -1)
        if last <= furthest:
            if not _same_span_kept(kept, hit):
                continue
        else:
            reach[category] = last
        kept.append(hit)
    return kept


def _same_span_kept(kept: list[Match], hit: Match) -> bool:
    for k in kept[-4:]:  # a loop, not any(): this runs for every nested match
        if k.first == hit.first and k.last == hit.last and k.category == hit.category:
            return True
    return False


_INFORMATION_ABOUT = ("information about ", "information on ", "information regarding ",
                      "information related to ", "information concerning ")


def compile_lexicon(graph: Graph, grammar: Grammar | None = None) -> Lexicon:
    """Compile every label of ``graph`` (the ontology) into a :class:`Lexicon`."""
    lexicon = Lexicon(grammar or load_grammar())
    # sorted, so that entries sharing a span come out in the same order in every process
    for concept, scheme in sorted(graph.subject_objects(SKOS.inScheme)):
        category = SCHEME_CATEGORY.get(scheme)
        if category is None:
            continue
        for prop in LABEL_PROPERTIES:
            for label in sorted(graph.objects(concept, prop)):
                text = str(label)
                lexicon.add(text, str(concept), category)
                if category == "data" and text.startswith(_INFORMATION_ABOUT):
                    # "data about your computer" says what "information about your computer"
                    # does
                    lexicon.add("data" + text[len("information"):], str(concept), category)
    _add_practice_classes(graph, lexicon)
    for narrower, broader in graph.subject_objects(SKOS.broader):
        lexicon.broader.setdefault(str(narrower), set()).add(str(broader))
    for kind, purpose in graph.subject_objects(PK.impliesPurpose):
        lexicon.purposes_of.setdefault(str(kind), set()).add(str(purpose))
    for kind, data in graph.subject_objects(PK.impliesData):
        lexicon.data_of.setdefault(str(kind), set()).add(str(data))
    for condition, kind in graph.subject_objects(PK.impliesRecipient):
        lexicon.implies.setdefault(str(condition), set()).add(str(kind))
    for kind, data in graph.subject_objects(PK.handlesData):
        lexicon.handles.setdefault(str(kind), set()).add(str(data))
    for narrower, broader in graph.subject_objects(RDFS.subClassOf):
        if isinstance(broader, URIRef):
            lexicon.broader.setdefault(str(narrower), set()).add(str(broader))
    return lexicon


def _add_practice_classes(graph: Graph, lexicon: Lexicon) -> None:
    data_practices = set(graph.transitive_subjects(RDFS.subClassOf, PK.DataPractice))
    statements = set(graph.transitive_subjects(RDFS.subClassOf, PK.PolicyStatement))
    for cls in sorted(data_practices - {PK.DataPractice}):
        for verb in sorted(graph.objects(cls, PK.verb)):
            lexicon.add(str(verb), str(cls), "verb")
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for noun in sorted(graph.objects(cls, prop)):
                lexicon.add(str(noun), str(cls), "practice")
    for cls in sorted(statements - {PK.PolicyStatement}):
        for prop in LABEL_PROPERTIES:
            for label in sorted(graph.objects(cls, prop)):
                lexicon.add(str(label), str(cls), "statement")
    for cls in sorted(data_practices - {PK.DataPractice}):
        for cue in sorted(graph.objects(cls, PK.cue)):
            lexicon.add(str(cue), str(cls), "statement")


@lru_cache(maxsize=1)
def compiled_lexicon() -> Lexicon:
    """The lexicon of the installed ontology, compiled once per process."""
    return compile_lexicon(ontology_graph())
