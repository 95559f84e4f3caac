"""Clause rules: lexicon matches in a sentence -> practice records.

The rules read a sentence as clauses (split at ";", "but", "however", ...). In each clause a
practice verb ("collect", "share", "sell", ...) heads a practice; coordinated verbs ("sell, rent or
otherwise provide") share its subject, voice and negation. The rules, each named in the
``rule`` field of the practices it makes so ``policykg explain`` can show it:

``active``          a party subject before the verb ("advertisers may use cookies");
``implicit``        no subject: the first party ("information may be used to ...");
``passive``         "be" + verb, the agent after "by" or else the first party;
``user-provides``   the user gives data to the site ("you provide your name") = site collection;
``user-discloses``  the user makes data public or visible to other users;
``outsourcing``     "we use / work with <party> to ..." = sharing with that party;
``on-behalf``       an unnamed service provider or affiliate beside the site as subject ("We and
                    our service providers collect ...") acts for the site;
``lead-in``         a list item with no verb continues its lead-in ("We collect: - your name");
``statement``       a cue of a non-flow practice (security, choice, access, change, audience...).

Negation is scoped to the clause before the verb ("we do not", "never", "no ... will be") and
conditions ("without your consent", "if required by law") are recorded, never read as negation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import compress, count
from operator import attrgetter, itemgetter
from typing import Any

from policykg.extract.details import statement_details
from policykg.extract.lexicon import Lexicon, Token, _Node
from policykg.extract.records import Match, Practice, Sentence
from policykg.ontology import PK

FIRST_PARTY = str(PK.FirstParty)
USER = str(PK.User)
THIRD_PARTY = str(PK.ThirdParty)
GENERIC_DATA = str(PK.UnspecifiedData)  # what a practice that names no data is about
# verbs that give leave: denied, they deny what the one let would do ("We do not allow you to
# share your password", "we do not permit advertisers to collect")
_PERMISSION_VERBS = frozenset(("allow", "permit", "let", "enable", "authorize", "authorise"))
# adverbs and forms of "get" between a subject or auxiliary and its verb
_VERB_ADVERBS = frozenset(("however", "also", "then", "still", "always", "often", "sometimes"))
_GET_FORMS = frozenset(("get", "gets", "got", "gotten"))
# "during your use of the Services", "through your interaction with": the occasion of a practice
_OCCASION_PREPOSITIONS = frozenset(("during", "through", "throughout"))
_OCCASION_DETERMINERS = frozenset(("your", "the", "a", "each", "any"))
_OCCASION_NOUNS = frozenset(("use", "visit", "interaction"))
# nouns a word of harm makes a harm: "unauthorized access", "the unlawful use of our website"
_HARMED_NOUNS = frozenset(("use", "access", "misuse"))
# words inside a list of places after a preposition ("outside of your state, province, country
# or other jurisdiction", "in the U.S. or another country")
_PLACE_LIST_JOINS = frozenset((",", "or", "and", "another", "province", "state"))
_PLACE_POSSESSIVES = frozenset(("of", "your", "their", "our"))
_PLACE_LIST_WORDS = frozenset((".", "u", "s"))  # "the U.S."
# words that may open an item of a list before its data: "...; and your IP address"
_ITEM_OPENERS = frozenset(("and", "or", "your", "the"))
UNSPECIFIC = frozenset({GENERIC_DATA, str(PK.PersonalInformation), str(PK.UserInformation)})
# terms that say how identifying data is, not what it is
VAGUE = UNSPECIFIC | {str(PK.NonPersonalInformation), str(PK.AggregateData)}
AFFIRMED, NEGATED = str(PK.Affirmed), str(PK.Negated)
SHARING, SALE, COLLECTION, USE = str(PK.Sharing), str(PK.Sale), str(PK.Collection), str(PK.Use)
RETENTION = str(PK.Retention)
DATA_PRACTICE = str(PK.DataPractice)
TRACKER = str(PK.CookieOrTracker)
COMPUTER = str(PK.ComputerInformation)
PERSONAL, NON_PERSONAL = str(PK.PersonalInformation), str(PK.NonPersonalInformation)
AGGREGATE, AGGREGATE_ONLY = str(PK.AggregateData), str(PK.AggregateOnly)
LEGAL_OBLIGATION = str(PK.LegalObligation)
MERGER = str(PK.MergerAcquisition)
ADVERTISING = str(PK.Advertising)
LOCATION = str(PK.Location)
ONLINE_ACTIVITY = str(PK.UserOnlineActivity)
NAME = str(PK.Name)
PERSONALIZATION = str(PK.Personalization)
BASIC_SERVICE = str(PK.BasicService)
ADDITIONAL_SERVICE = str(PK.AdditionalService)
ON_BEHALF = (str(PK.ServiceProvider), str(PK.Affiliate))
ACQUIRER = str(PK.Acquirer)
USER_AUDIENCES = (str(PK.Public), str(PK.OtherUsers))
DO_NOT_TRACK = str(PK.DoNotTrack)
DO_NOT_TRACK_WORDS = frozenset(("not", "track"))
# statements of processing that a denied verb denies with it (_statements)
_PROCESSING_STATEMENTS = frozenset(str(getattr(PK, n)) for n in (
    "AutomatedDecision", "ThirdPartyTracking", "InternationalTransfer"))
# words that open a verb's object ("log your IP address")
_OBJECT_DETERMINERS = frozenset(("your", "the", "their", "certain", "all", "each", "some",
                                 "any"))
# what "do not track" names as a browser signal ("Do Not Track requests")
_SIGNAL_NOUNS = frozenset(("signal", "request", "setting", "header", "feature", "preference",
                           "mechanism", "option", "browser", "standard", "technology", "("))
USER_ACCESS = str(PK.UserAccess)
RETENTION_PERIOD = str(PK.RetentionPeriod)
# Unspecific kinds a policy uses for whoever does the work; the data such a party handles can
# tell what it is (pk:handlesData in the ontology): a partner storing card numbers is a payment
# processor.
GENERIC_RECIPIENTS = frozenset({THIRD_PARTY, str(PK.Partner), str(PK.ServiceProvider)})


_NOMINATIVE_PRONOUNS = frozenset(("we", "they", "i"))  # subjects only ("you" is an object too)
# the subjects before which "do not track" is the verb ("we do not track ...")
_TRACKING_SUBJECTS = _NOMINATIVE_PRONOUNS | {"it"}
_SUBJECT_PRONOUNS = _NOMINATIVE_PRONOUNS | {"you"}
_GAP = 14  # how far a gapped verb's second word may stand from its first ("make ... available")
_GAP_ENDS = frozenset((".", ";", ":", "?", "!"))
_OBJECT_PRONOUNS = frozenset(("it", "them", "this", "these", "those"))
_ENTITLEMENTS = frozenset(("right", "option", "ability", "opportunity", "choice"))
_CLOSING_QUOTES = frozenset(('"', "'", "”", "’"))
_WORD_JOINERS = frozenset(("-", "'s", "’s", "'", "’"))
# words that open a clause or an infinitive, ending a noun phrase before them
_CLAUSE_OPENERS = frozenset(("to", "if", "when", "whenever", "wherever", "while", "because",
                             "since", "although", "unless", "until", "whether", "so"))
# no modifiers between a purpose's verb and noun: "and", "or", "you", "other"
_UNCOUNTED = frozenset(("and", "or", "you", "other", "such"))
# the words between a commitment's subject and its word ("we will make every effort", "do
# our best", "use our reasonable efforts", "take great care")
_COMMITMENT_FILLERS = frozenset(("make", "every", "use", "our", "its", "their", "all", "do",
                                 "take", "great", "a", "the", "reasonable", "good", "faith",
                                 "strong", "best", "hard"))
# words inside an interrupting adverbial that are no sign of a clause ("in whole or in part")
_PHRASE_WORDS = frozenset(("or", "and"))
# words that open the next noun phrase of a list of objects after a comma
_LIST_DETERMINERS = frozenset(("the", "our", "your", "its", "their"))


@dataclass
class _Group:
    """Coordinated practice verbs with the clause span they govern."""

    verbs: list[Match]
    clause: tuple[int, int]
    region: int = 0  # first token of the subject region
    end: int = 0  # last token (exclusive) of the object region
    modifier: bool = False  # a reduced relative ("software used by the visitor"): no practice
    embedded: bool = False  # its clause has other verb groups


class ClauseReader:
    """Reads one document's sentences into practices with the rules above."""

    def __init__(self, lexicon: Lexicon, site_names: _Node | None = None,
                 named_kinds: dict[str, str] | None = None,
                 proper_names: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        # names the policy defines for its site ("Company"): they name it only capitalised
        self.proper_names = proper_names
        self.grammar = lexicon.grammar
        # the grammar's word lists by name; a plain dict, as the rules ask it ~40 times a sentence
        self.words = self.grammar.words
        self.site_names = site_names
        self.named_kinds = named_kinds or {}
        self.previous_data: tuple[str, ...] = ()
        # (head noun, whether it followed the party) -> kind of the parties of the sentence before
        self.previous_heads: dict[tuple[str, bool], str] = {}
        self.signal_paragraph = False  # the paragraph spoke of Do Not Track signals
        self.previous_paragraph = -1
        self.by_sentence: dict[int, list[Practice]] = {}
        self._sentences: list[Sentence] = []  # the document's, for a list item's lead-in
        self._section_collects: dict[str, bool] = {}  # heading -> whether it names collection
        self._collecting_leads: dict[int, bool] = {}  # lead-in index -> _collecting_lead
        self.joiners = self.words["coordination"] | self.words["negation"]
        self.previous_actors: list = []
        self._actors_clause: tuple[int, int] | None = None  # the clause previous_actors act in
        self.previous_parties: list = []  # third parties acting in the sentence before
        self.previous_mentions: list = []  # third parties it names
        self.previous_agents: list = []  # third parties it names after "by"
        self._inherited = False  # the verb group's actors are the agents of the sentence before
        self._acting: list[str] = []
        # the clause span of the sentence before's denied verb group, False if none
        self.previous_negated: tuple[int, int] | bool = False
        self._previous_shares = False
        self._not_to = self._previous_not_to = False  # a denial by "not to" (_policy_not_to)
        self._others_not_to = False
        self._tool_denied = self._previous_use = False  # a denied "use X to collect"
        self._denied_spans: list[tuple[int, int]] = []  # this sentence's denied verb groups
        self._referred_tokens: list[Token] | None = None  # see analyse
        # name -> (the token or match list it was computed from, value): once per sentence
        self._memo: dict[str, tuple] = {}
        self._keyed: list[Token] | None = None  # the token list _key_list belongs to
        self._key_list: list[str] = []
        self._key_set: frozenset[str] = frozenset()  # the same keys as a set
        self._found: dict[str, list[tuple[int, int]]] = {}  # _positions, for _key_list
        grammar = self.grammar
        self._closed_objects = (grammar["skip"] | grammar["non_subject_forms"]
                                | {"you", "us", "them"})
        # closed-class words that cannot be a noun object or subject ("receive compensation")
        self._not_object = (grammar["anaphora"] | grammar["preposition"] | grammar["auxiliary"]
                            | grammar["coordination"] | grammar["non_subject_forms"]
                            | grammar["relative"] | grammar["negation"]
                            | {"it", "them", "all", "any", "some"})
        self._not_subject = (grammar["anaphora"] | grammar["skip"] | grammar["relative"]
                             | grammar["non_subject_forms"] | grammar["coordination"]
                             | {"it", "they", "you", "we", "he", "she"})
        self._function_words = (grammar["english_function_words"] | grammar["auxiliary"]
                                 | grammar["coordination"] | grammar["preposition"]
                                 | grammar["subordinator"] | grammar["negation"])
        self._purpose_deniers = grammar["negation"] | {"non"}  # _denied_purpose
        # what no interrupting phrase holds, and the chain words one may be (", and will not,")
        self._interruption_words = (
            grammar["auxiliary"] | _SUBJECT_PRONOUNS | grammar["relative"],
            grammar["auxiliary"] | grammar["negation"] | _PHRASE_WORDS)
        # what no verb is: the word after an interrupting phrase (_interruption_spans)
        self._function_words_after = (grammar["relative"] | grammar["subordinator"]
                                      | grammar["coordination"])
        # the words between a purpose's verb and its noun (_gapped_noun) that are no modifier
        # of the noun ("your", "any", "and", "you"), and the function words that end the gap
        self._gap_free = grammar["skip"] | grammar["quantifiers"] | _UNCOUNTED
        self._gap_stops = (self._function_words - self._gap_free) | grammar["relative"]
        # what ends the object between the words of a gapped verb (_gapped_verbs)
        self._object_stops = (grammar["auxiliary"] | grammar["negation"] | grammar["relative"]
                              | _NOMINATIVE_PRONOUNS | _GAP_ENDS | _CLAUSE_OPENERS)
        self._verb_lists: dict[str, frozenset[tuple[str, ...]]] = {}
        self._label_keys: dict[str, tuple[str, ...]] = {}  # a verb label's keys, for _verb_in
        self._as = self.grammar.key("as")
        self._adverbial_ends = frozenset(p[-1] for p in self.grammar.phrases["adverbial"])
        self.definitions: dict[str, tuple[str, ...]] = {}
        self.local_definitions: dict[str, tuple[str, ...]] = {}  # this paragraph's only
        self.previous_flows: list[Practice] = []  # data practices of the sentence before
        self.previous_occasions: list[Match] = []  # its conditions and merger cues
        self.previous_purposes: list[Match] = []  # its purposes, for "To do so, ..."
        self._read_matches: dict[int, list[Match]] = {}  # by sentence start, for explain
        self._subject_examples: list[Match] = []  # "(e.g. PayPal, Verisign)" after a subject
        self._discloses = False  # whether the sentence being read has a disclosure verb
        self._tokens: list[Token] = []  # the sentence being read, and its matches
        self._matches: list[Match] = []

    def read(self, sentences: list[Sentence]) -> list[Practice]:
        """Practices of every sentence, in document order."""
        practices: list[Practice] = []
        self._sentences = sentences
        for index, sentence in enumerate(sentences):
            found = (self._heading_statements(sentence) if sentence.run_in else []) \
                if sentence.is_heading else self.read_sentence(sentence)
            self.by_sentence[index] = found
            practices.extend(found)
        return practices

    def _heading_statements(self, sentence: Sentence) -> list[Practice]:
        """A heading run into its paragraph ("Opting-Out If you do not wish ...") states what
        its title says (a choice, a policy change, an audience), though no data practice."""
        tokens, matches = self.analyse(sentence)
        self._tokens, self._matches = tokens, matches
        return self._statements(sentence, matches)

    def matches_read(self, sentence: Sentence) -> list[Match]:
        """The matches the rules read in ``sentence``: the lexicon's, plus the occasion taken
        up from the sentence before ("In such cases") and corporate transactions."""
        read = self._read_matches.get(sentence.start)
        return self.analyse(sentence)[1] if read is None else read

    def analyse(self, sentence: Sentence) -> tuple[list[Token], list[Match]]:
        """Tokens and lexicon matches of one sentence."""
        tokens = self._without_parentheticals(self.lexicon.tokenize(sentence.text, sentence.start))
        matches = self.lexicon.match(tokens, self.site_names, self._keys(tokens))
        interruptions = self._interruptions(tokens)
        if interruptions:
            # "Our partners may, from time to time, collect ...", "We do not, and will not,
            # sell", "We do not, for security reasons, store ...": a phrase between commas
            # after an auxiliary or a negator that names nothing the lexicon knows but a reason
            # interrupts the verb's chain and is left out (one that names a condition, data,
            # a party or a verb stays: "will never, without your consent, sell" keeps the
            # condition)
            # (a reason is the purpose of an affirmed verb: "We might, for marketing purposes,
            # share ..." keeps it; a denied verb has none: "We do not, for security reasons,
            # store ...")
            negators = self.words["negation"]
            starts = {m.first for m in matches if m.category != "purpose"}
            reasons = {m.first for m in matches if m.category == "purpose"}
            keys = self._key_list
            drop = {i for close, opening in interruptions.items()
                    if not any(j in starts or j in reasons and keys[opening - 1] not in negators
                               for j in range(opening + 1, close))
                    for i in range(opening, close + 1)}
            if drop:
                # ("We do not, except as described below, share ...": the reference to the
                # policy still bounds the denial, _qualified_denial)
                referred = any(i in drop for i in self._policy_references(tokens))
                tokens = [t for i, t in enumerate(tokens) if i not in drop]
                matches = self.lexicon.match(tokens, self.site_names, self._keys(tokens))
                if referred:
                    self._referred_tokens = tokens
        if self.proper_names:  # "a limited liability company" is no "Company"
            matches = [m for m in matches if not (
                m.label in self.proper_names and tokens[m.first].text.islower())]
        matches = self._verb_ending_data(tokens, matches)
        if DO_NOT_TRACK_WORDS.issubset(self._key_set) and not self.signal_paragraph:
            matches = self._tracking_denied(tokens, matches)
        matches = _in_names(tokens, _name_prefixes(tokens, _drop_nested(tokens, matches)))
        matches = self._gapped_verbs(tokens, self._compound_heads(tokens, self._harms(
            tokens, self._occasions_of_use(tokens, matches))))
        return tokens, self._gapped_purposes(tokens, matches)

    def _verb_ending_data(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'Our servers log your IP address': a data term whose last word is a practice verb
        ("server log") before a determiner or possessive is its subject and the verb, no data."""
        ends = {m.first for m in matches if m.category == "verb"}
        if not ends:
            return matches
        data_starts = {m.first for m in matches if m.category == "data"}
        return [m for m in matches if not (
            m.category == "data" and m.last - m.first > 1 and m.last - 1 in ends
            and m.last < len(tokens) and tokens[m.last].key in _OBJECT_DETERMINERS
            # data follow as its object (not "each search request your browser sends", a noun
            # and a relative clause)
            and (m.last + 1 in data_starts or m.last + 2 in data_starts)
            # (not a relative clause in the label: "the information we collect")
            and tokens[m.last - 2].key not in _SUBJECT_PRONOUNS)]

    def _site_subject(self, tokens: list[Token], index: int) -> bool:
        """Whether "we" is the subject of the verb at ``index``, past its auxiliaries."""
        subject = self._left_of_auxiliaries(tokens, index, 0)
        return subject >= 0 and tokens[subject].key == "we"

    def _tracking_denied(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'We do not track your location', "We don't track you across other apps": "do not
        track" after a subject, in lower case and not before "signal", "request" and the like,
        is the verb denied, not the name of the browser signal (but in a paragraph that spoke
        of the signal, "we do not track ..." answers it)."""
        out = []
        for m in matches:
            if m.category == "statement" and m.concept == DO_NOT_TRACK and m.first > 0 \
                    and tokens[m.first].text.islower() and m.last - m.first >= 3 \
                    and tokens[m.first - 1].key in _TRACKING_SUBJECTS and not (
                        m.last < len(tokens) and tokens[m.last].key in _SIGNAL_NOUNS):
                continue
            out.append(m)
        return out

    def _gapped_purposes(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'to fulfill your product or service order', 'to send you important notices', 'to
        inform you of other products': a purpose of the lexicon that starts with a verb
        ("fulfill order", "send notice", "inform you of product") is read over up to three words
        that modify its last noun, when the verb is one `grammar.json` lists as
        `purpose_gap_verbs`."""
        if not self._has_any(tokens, self.words["purpose_gap_verbs"]):
            return matches
        keys = self._keys(tokens)
        starts = {m.first for m in matches if m.category == "purpose"}
        root, skip, added = self.lexicon.root.children, self.words["skip"], []
        for index, _ in self._positions(tokens, "purpose_gap_verbs"):
            # (most such verbs end no purpose label of theirs in the sentence)
            if index in starts or self._key_set.isdisjoint(
                    self.lexicon.last_words(keys[index], "purpose")):
                continue
            node, after = root.get(keys[index]), index + 1
            # the label's words up to its last: followed exactly (past skippable words); the
            # modifiers may start after any of them ("send you important notices" is "send
            # notice" past "you", not "send you ...")
            path = []
            while node is not None and after < len(keys):
                path.append((node, after))
                following = node.children.get(keys[after])
                if following is not None and following.children:
                    node, after = following, after + 1
                elif keys[after] in skip and following is None:
                    after += 1
                else:
                    break
            found = next((f for f in (self._gapped_noun(tokens, keys, n, a)
                                      for n, a in reversed(path)) if f is not None), None)
            if found is not None:
                last, (concept, label) = found
                added.append(Match(concept, "purpose", index, last + 1, tokens[index].start,
                                   tokens[last].end, label))
        return sorted(matches + added, key=attrgetter("first")) if added else matches

    def _gapped_noun(self, tokens: list[Token], keys: list[str], node: _Node, after: int
                     ) -> tuple[int, tuple[str, str]] | None:
        """(the index of the noun, (concept, label)) of a purpose label's last word found past
        up to three modifiers from ``after``, or None."""
        stops, content = self._gap_stops, 0
        for index in range(after, min(after + 10, len(keys))):
            child = node.children.get(keys[index])
            # the label's noun heads its phrase: "product recalls" is no "product"
            if child is not None and index > after and (
                    index + 1 == len(keys) or not tokens[index + 1].text.isalpha()
                    or keys[index + 1] in self._function_words):
                entry = next(((c, label) for c, category, label in child.entries
                              if category == "purpose"), None)
                if entry is not None:
                    return index, entry
            text = tokens[index].text
            if text in _WORD_JOINERS:
                continue  # "service-related notices", "your company's order"
            if text == "," and index + 1 < len(keys) and keys[index + 1] in _LIST_DETERMINERS:
                content = 0  # a list of objects: "operate our business, the Sites and ..."
                continue
            # a word joined to the next by a hyphen is a modifier ("in-store orders")
            joined = index + 1 < len(keys) and tokens[index + 1].text == "-"
            if not text.isalpha() or keys[index] in stops and not joined:
                return None
            if keys[index] not in self._gap_free:
                content += 1
                if content > 3:
                    return None
        return None

    def _gapped_verbs(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'We will make your personal information available to certain third parties': a
        two-word verb of the lexicon whose first word takes the object between ("make ...
        available", "make ... public") is that verb, its first word standing for it. The object
        is a noun phrase that names data or stands for it ("make it available"): "we make sure
        that your data is not available", "make every effort to keep it from becoming public"
        and "make our practices public" share nothing."""
        gap = self.words["object_gap_verbs"]
        if not self._has_any(tokens, gap):
            return matches
        keys = self._keys(tokens)
        verbs = {m.first for m in matches if m.category == "verb"}
        covered = self._data_positions(matches)
        stops, added = self._object_stops, []
        for index, _ in self._positions(tokens, "object_gap_verbs"):
            if index in verbs:
                continue
            ends = self.lexicon.second_words(keys[index], "verb")
            named = keys[index + 1] in _OBJECT_PRONOUNS if index + 1 < len(keys) else False
            for after in range(index + 1, min(index + _GAP, len(keys))):
                word = keys[after]
                if word in ends and after > index + 1:
                    if named:
                        concept, label = ends[word]
                        added.append(Match(concept, "verb", index, index + 1,
                                           tokens[index].start, tokens[index].end, label))
                    break
                if after in covered:  # "your information we collect from and about you"
                    named = True
                    continue
                # the object ends at a verb, a negation, a clause's end, an auxiliary or a word
                # that opens a clause ("make sure that", "make every effort to")
                if after in verbs or word in gap or word in stops:
                    break
        return sorted(matches + added, key=attrgetter("first")) if added else matches

    def _harms(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'to protect ... against the unlawful use of our website': a data term after a word of
        harm names the harm, no data ("unauthorized use of the Site")."""
        harms = self.words["harm_modifier"]
        if not self._has_any(tokens, harms):
            return matches
        keys = self._keys(tokens)
        return [m for m in matches if not (
            m.category == "data" and m.first > 0 and keys[m.first - 1] in harms
            and keys[m.first] in _HARMED_NOUNS)]

    def _occasions_of_use(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'We may collect information about you during your use of the Services', 'information
        you provide to us through your interaction with our Online Services': the user's use or
        visit after "during" or "through" is when data are collected, no data of its own."""
        if not self._has_any(tokens, _OCCASION_PREPOSITIONS):
            return matches
        keys = self._keys(tokens)
        out = []
        for m in matches:
            if m.category == "data" and self._occasion_of_use(keys, m):
                continue
            out.append(m)
        return out

    def _occasion_of_use(self, keys: list[str], m: Match) -> bool:
        before = m.first - 1
        while before >= 0 and keys[before] in _OCCASION_DETERMINERS:
            before -= 1
        # (the use, visit or interaction itself: "through your online activities" and "through
        # your browsing history" are sources of data)
        head = m.first
        while head < m.last - 1 and keys[head] in _OCCASION_DETERMINERS:
            head += 1
        return before >= 0 and keys[before] in _OCCASION_PREPOSITIONS \
            and keys[head] in _OCCASION_NOUNS and self.lexicon.is_within(m.concept, ONLINE_ACTIVITY)

    def _compound_heads(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'referring website address', 'domain name': a one-word head ("address", "name",
        "number") right after another data term is that term's head, no data of its own."""
        heads = self.words["compound_heads"]
        if not self._has_any(tokens, heads):
            return matches
        ends = {m.last for m in matches if m.category == "data"}
        return [m for m in matches if not (
            m.category == "data" and m.last - m.first == 1 and m.first in ends
            and tokens[m.first].key in heads)]

    def _without_parentheticals(self, tokens: list[Token]) -> list[Token]:
        """Drop ", however," and the like ('We do not, however, collect' denies collecting) and
        phrases that only say a list is open ("including but not limited to: ..." neither denies,
        excludes nor ends the list)."""
        words = self.words["parenthetical"]
        keys = self._keys(tokens)
        drop: set[int] = set()
        if not words.isdisjoint(keys):
            for i in range(1, len(tokens) - 1):
                if keys[i] in words and keys[i - 1] == "," == keys[i + 1]:
                    drop.update((i - 1, i, i + 1))
        for i, size in self._positions(tokens, "open_list"):
            drop.update(range(i, i + size))
        return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens

    def _user_purposes(self) -> set[int]:
        """Where a purpose of the sentence opens with a verb whose object is the user ("keep you
        informed", "provide you with the content you request"): the verb is the purpose's word
        (it still coordinates: "We provide you with products and share your address ...")."""
        matches, tokens = self._matches, self._tokens
        return self._once("user_purposes", matches, lambda: {
            c.first for c in matches if c.category == "purpose" and c.last - c.first > 1
            and tokens[c.first + 1].key in ("you", "us")})

    def _interruptions(self, tokens: list[Token]) -> dict[int, int]:
        """'Our partners may, from time to time, collect ...', 'it may, in whole or in part, be
        transferred', 'We do not, and will not, sell': a phrase between commas right after an
        auxiliary or a negator that interrupts the verb's chain (analyse leaves it out when
        it names nothing). The closing comma's index -> the opening comma's."""
        if "," not in self._keys(tokens):
            return {}
        return self._once("interruptions", tokens,
                          lambda: self._interruption_spans(self._key_list))

    def _interruption_spans(self, keys: list[str]) -> dict[int, int]:
        auxiliaries, stops, chain = self.words["auxiliary"], *self._interruption_words
        negators = self.words["negation"]
        out: dict[int, int] = {}
        # (the commas picked out in C: this runs for every sentence with one)
        for i in compress(count(), map(",".__eq__, keys)):
            if not 0 < i < len(keys) - 3 or not (keys[i - 1] in auxiliaries
                                                 or keys[i - 1] in negators):
                continue
            close = next((j for j in range(i + 2, min(i + 10, len(keys) - 1))
                          if keys[j] == ","), None)
            if close is None:
                continue
            inside = keys[i + 1:close]
            if not all(k in chain for k in inside) and any(
                    k in stops or not k.isalpha() for k in inside if k not in _PHRASE_WORDS):
                continue
            if keys[close + 1].isalpha() and keys[close + 1] not in self._function_words_after:
                out[close] = i
        return out

    def read_sentence(self, sentence: Sentence) -> list[Practice]:
        """Practices of one sentence."""
        if sentence.paragraph != self.previous_paragraph:
            self.previous_data, self.previous_paragraph = (), sentence.paragraph
            self.signal_paragraph = False
            self.local_definitions = {}
            self.previous_flows = []
            self.previous_occasions = []
            self.previous_purposes = []
            self.previous_parties = self.previous_mentions = self.previous_agents = []
            self.previous_heads = {}
        tokens, matches = self.analyse(sentence)
        self._learn_acronyms(tokens, matches)
        matches = self._read_matches[sentence.start] = self._take_up_parties(
            tokens, self._take_up_occasion(tokens, matches))
        self._tokens, self._matches = tokens, matches
        self.previous_actors, self.previous_negated = [], False
        self._denied_spans = []
        self._previous_shares = self._previous_not_to = self._previous_use = False
        self._actors_clause = None
        self._acting = []  # third-party subjects of this sentence's verbs
        if not tokens:
            self.previous_parties = self.previous_mentions = self.previous_agents = []
            self.previous_heads = {}
            return []
        out: list[Practice] = []
        # "Do we disclose the information we collect to outside parties?": a question asks, it
        # states no practice (its topic still names a statement: "How do we protect it?")
        groups = [] if self._question(tokens) else self._groups(tokens, matches)
        self._discloses = any(self._shares(g) for g in groups)
        # A sentence about Do Not Track signals speaks of tracking, not of a data practice.
        dnt = any(m.category == "statement" and m.concept == DO_NOT_TRACK for m in matches)
        self.signal_paragraph = self.signal_paragraph or dnt
        previous: list[Practice] = []
        for group in [] if dnt else groups:
            self._tool_denied = False
            found = self._group_practices(sentence, tokens, matches, group)
            if self._tool_denied:
                # "We do not use cookies to collect personally identifiable information": the
                # denial is of the collection; the cookies' use is not denied
                out = [p for p in out if not any(p is q and p.kind == USE for q in previous)]
            out.extend(found)
            previous = found
        self._learn_definition(tokens, matches)
        out.extend(self._ellipses(tokens, matches, groups, out))
        out.extend(self._legal_exception(tokens, matches, out))
        out.extend(self._asset_transfer(sentence, tokens, matches, out))
        out.extend(self._follow_up(sentence, tokens, matches))
        # (a practice on no named data does not hide the list: "(e.g., publish a comment), the
        # personal information we collect may include: ...")
        if not any(p.rule != "statement" and not UNSPECIFIC.issuperset(p.data_types)
                   for p in out):
            out.extend(self._inclusion(sentence, tokens, matches))
        # the third parties that were subjects in this sentence, for a "they" in the next
        # (the specific kind of "third-party ad serving companies", not ThirdParty as well)
        acting = list(dict.fromkeys(self._acting)) or list(dict.fromkeys(
            # or else those the site disclosed to: "We share it with our service providers.
            # They may use it only to ..."
            r for p in out if p.polarity == AFFIRMED and p.actor == FIRST_PARTY
            and self.lexicon.is_within(p.kind, SHARING) for r in p.recipients
            if r not in USER_AUDIENCES))
        self.previous_parties = [k for k in acting if not (k == THIRD_PARTY and len(acting) > 1)]
        mentioned = list(dict.fromkeys(self._kind(m) for m in matches
                                       if m.category in ("party", "named")
                                       and self._kind(m) not in (FIRST_PARTY, USER)
                                       and self._kind(m) not in USER_AUDIENCES))
        self.previous_mentions = [k for k in mentioned
                                  if not (k == THIRD_PARTY and len(mentioned) > 1)]
        # their head nouns, for "These networks" in the next sentence
        # (or the plural noun right after one: "third-party advertising networks")
        self.previous_heads = {} if not mentioned else {
            (tokens[i].key, i == m.last): self._kind(m) for m in matches
            if m.category == "party" and self._kind(m) in mentioned
            for i in (m.last - 1, m.last) if i < len(tokens) and (
                i == m.last - 1 and m.last - m.first > 1
                or i == m.last and tokens[i].text.endswith("s") and tokens[i].text.isalpha()
                and tokens[i].key not in self._function_words)}
        self.previous_agents = self._by_parties(tokens, matches)
        self.previous_flows = [p for p in out if p.rule not in ("statement", "on-behalf")] or (
            self.previous_flows if not groups else [])
        if sentence.lead_in is not None and self._purpose_item(sentence, out):
            # "We use your information to: - provide technical support;": an item whose verbs
            # state no practice of their own continues its lead-in, and so does an item of a
            # lead-in ending in "to:": "- process and manage your requests" names a purpose of
            # the lead-in's use; its verb has no subject of its own
            out = [p for p in out if p.rule == "statement"]
            out.extend(self._lead_in(sentence, matches))
        out.extend(self._statements(sentence, matches))
        if not any(p.kind == USER_ACCESS for p in out):
            out.extend(self._user_access(sentence, tokens, matches))
        specific = _concepts(m for m in matches if m.category == "data"
                             and m.concept != GENERIC_DATA)
        if specific:
            self.previous_data = specific
        return out

    def _learn_acronyms(self, tokens: list[Token], matches: list[Match]) -> None:
        """'Personally Identifying Information (PIN)': from here on the document's "PIN" is
        that data type. The acronym must spell the term ("VIN" for "Vehicle Identification
        Number"), so that "(URL)" after "address" teaches nothing."""
        if "(" not in self._keys(tokens):
            return
        for term in matches:
            after = [t for t in tokens[term.last:term.last + 5] if t.text not in "\"'“”‘’"]
            if term.category != "data" or len(after) < 3 or after[0].text != "(" or \
                    after[2].text != ")":
                continue
            acronym = after[1].text
            if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
                continue
            words = " ".join(t.text for t in tokens[term.first:term.last])
            if _spells(acronym, words) and not any(
                    m.category == "data" for m in self.lexicon.match(self.lexicon.tokenize(
                        acronym))):
                if self.site_names is None:
                    self.site_names = _Node()
                self.lexicon.add(acronym, term.concept, "data", self.site_names)

    def _question(self, tokens: list[Token]) -> bool:
        """Whether the sentence is a direct question: it ends with "?" and opens with an
        auxiliary or a question word ("Do we share ...?", "What information do we collect?")."""
        return tokens[-1].key == "?" and (tokens[0].key in self.words["auxiliary"] or
                                          tokens[0].key in self.words["embedded_question"])

    def _take_up_occasion(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'We may buy or sell assets. In such transactions, user information may be
        disclosed': "in such transactions", "if this occurs" name the occasion of the sentence
        before (its conditions and merger cues), as if its words stood there."""
        corporate = self._corporate_transactions(tokens, matches)
        if corporate:
            matches = sorted(matches + corporate, key=lambda m: m.first)
        occasions, self.previous_occasions = self.previous_occasions, [
            m for m in matches if m.category == "condition" or (
                m.category == "purpose" and self.lexicon.is_within(m.concept, MERGER))]
        purposes, self.previous_purposes = self.previous_purposes, [
            m for m in matches if m.category == "purpose"]
        # "You may choose to send e-cards to your friends. To do so, you will have to provide
        # your e-mail address": "to do so" names the purpose of the sentence before
        span = self._opening_span(tokens, "purpose_anaphora", 1, 6) if purposes else None
        if span:
            matches = sorted(matches + [m._replace(**span) for m in purposes],
                             key=lambda m: m.first)
        span = self._opening_span(tokens, "occasion_anaphora", 2, 8) if occasions else None
        if not span:
            return matches
        taken = [m._replace(**span) for m in occasions]
        self.previous_occasions = self.previous_occasions or taken  # "... In such cases, ..."
        return sorted(matches + taken, key=lambda m: m.first)

    def _take_up_parties(self, tokens: list[Token], matches: list[Match]) -> list[Match]:
        """'Ad networks display ads on our site. They may use cookies to collect your IP
        address': the first "they" names the third parties that acted in the sentence before,
        unless a party before it in the same sentence is its antecedent."""
        span = self._opening_span(tokens, "party_anaphora", 2, 6) \
            if self.previous_mentions else None
        head = self._anaphoric_head(tokens) if not span and self.previous_heads else None
        if head is not None:
            # "We work with third-party advertising networks. These networks may use ...":
            # "these" and the head noun of a party named in the sentence before
            span, kinds = head
        elif span:
            # "We have agents, subsidiaries and partners that perform functions on our behalf.
            # These entities may have access to personal information": the parties named before
            kinds = self.previous_parties or self.previous_mentions
        if span:
            taken = [Match(kind, "party", label="anaphor", **span) for kind in kinds]
            return sorted([m for m in matches if not (span["first"] <= m.first < span["last"]
                                                      and m.category in ("party", "named"))]
                          + taken, key=lambda m: m.first)
        keys = self._keys(tokens)
        kinds = self.previous_parties
        if not kinds and keys[:1] == ["they"] and not self._passive_opening(tokens):
            # "We have third party agents that perform functions on our behalf. They are
            # provided access to ...": an opening "they" names the parties named before
            kinds = self.previous_mentions
        if not kinds or "they" not in keys:
            return matches
        they = keys.index("they")
        if any(m.category in ("party", "named") and m.first < they for m in matches):
            return matches  # "we give it to partners and they may share it": they = partners
        taken = [Match(kind, "party", they, they + 1, tokens[they].start, tokens[they].end,
                       tokens[they].text) for kind in kinds]
        return sorted(matches + taken, key=lambda m: m.first)

    def _anaphoric_head(self, tokens: list[Token]) -> tuple[dict[str, int], list[str]] | None:
        """Where "these"/"such" and the head noun of a party named in the sentence before open
        the sentence (within its first three words), with that party's kind."""
        keys = self._keys(tokens)
        for i in range(min(3, len(keys) - 1)):
            # (a plural noun after a party is taken up only in the plural: "third-party
            # websites ... This website" is the site's)
            plural = tokens[i + 1].text.endswith("s")
            kind = self.previous_heads.get((keys[i + 1], False)) or (
                self.previous_heads.get((keys[i + 1], True)) if plural else None)
            if keys[i] in ("this", "these", "such") and kind is not None:
                return (dict(first=i, last=i + 2, start=tokens[i].start, end=tokens[i + 1].end),
                        [kind])
        return None

    def _site_named(self, matches: list[Match]) -> bool:
        """Whether the sentence names the site, other than inside a data term ("information
        about your visits to this site" names the visits, not who uses them)."""
        inside = self._data_positions(matches)
        return any(m.category in ("party", "named") and self._kind(m) == FIRST_PARTY
                   and m.first not in inside for m in matches)

    def _passive_opening(self, tokens: list[Token]) -> bool:
        """'They are used only to remember your preferences': a passive after the opening
        pronoun makes it the data, not a party ("They are provided access to ..." excepted: the
        access verb's subject obtains)."""
        keys = self._keys(tokens)
        index = 1
        while index < len(keys) and (keys[index] in self.words["auxiliary"]
                                     or keys[index] in ("not", "only", "also")):
            if keys[index] in self.words["passive_auxiliary"] and index + 1 < len(tokens) \
                    and tokens[index + 1].text.lower().endswith(("ed", "en")):
                return not self.grammar.phrase_at(keys, index, "access_verbs")
            index += 1
        return False

    def _by_parties(self, tokens: list[Token], matches: list[Match]) -> list[str]:
        """Third parties that act as the agent of a passive verb (up to four words after "by",
        no comma): "The ads on this site are delivered to you by our web advertising partners",
        "by Yahoo! and DoubleClick"; not "practices employed by third-party websites", "by
        contacting our partners" or a site that "is hosted by" a provider (its subject is the
        site)."""
        if not self._has_any(tokens, ("by",)):
            return []
        keys = self._keys(tokens)
        found = []
        for m in matches:
            if m.category not in ("party", "named") or self._kind(m) in (FIRST_PARTY, USER):
                continue
            window = keys[max(0, m.first - 5):m.first]
            if "by" not in window or "," in window[window.index("by"):]:
                continue
            by = max(0, m.first - 5) + window.index("by")
            if self._passive_agent(tokens, matches, by):
                found.append(self._kind(m))
        return list(dict.fromkeys(found))

    def _passive_agent(self, tokens: list[Token], matches: list[Match], by: int) -> bool:
        """Whether "by" at ``by`` follows a passive verb ("are delivered to you by") whose
        subject, the sentence's opening, is not the site."""
        keys = self._keys(tokens)
        index = by - 1
        if index >= 1 and keys[index - 1] == "to" and any(
                m.category == "party" and m.concept == USER and m.first == index for m in matches):
            index -= 2  # "delivered to you by"
        while index > 0 and keys[index].endswith("ly"):
            index -= 1
        if index < 1 or not tokens[index].text.lower().endswith(("ed", "en")) or \
                keys[index - 1] not in self.words["passive_auxiliary"]:
            return False
        start = self._opening_index(tokens)
        return not any(m.category in ("party", "named") and self._kind(m) == FIRST_PARTY
                       and m.first <= start < m.last for m in matches)

    def _opening_span(self, tokens: list[Token], name: str, latest: int, within: int
                      ) -> dict[str, Any] | None:
        """Where a phrase of grammar list ``name`` opens the sentence (starting by word
        ``latest``, ending within its first ``within`` words), as the span fields of a Match:
        "In such cases, ...", "To do so, ...", "These entities ..."."""
        found = [(i, n) for i, n in self.grammar.positions(self._keys(tokens)[:within], name)
                 if i <= latest]
        if not found:
            return None
        first, size = found[0]
        return dict(first=first, last=first + size, start=tokens[first].start,
                    end=tokens[first + size - 1].end)

    def _corporate_transactions(self, tokens: list[Token], matches: list[Match]
                                ) -> list[Match]:
        """'in the event we sell or transfer all or a part of our business or assets': a sale
        or transfer whose object is the business names a merger, as a merger cue would."""
        if self.words["corporate_objects"].isdisjoint(self._keys(tokens)):
            return []
        return [Match(MERGER, "purpose", m.first, m.last, m.start, m.end, m.label)
                for m in matches if m.category == "verb"
                and self._corporate_object(tokens, matches, m)]

    def _corporate_object(self, tokens: list[Token], matches: list[Match], verb: Match) -> bool:
        """Whether a sale or transfer verb's object is the business itself (its first noun
        before any data term: "sell all or part of our assets", not "sell your data")."""
        if not (self.lexicon.is_within(verb.concept, SALE)
                or self.lexicon.is_within(verb.concept, SHARING)) or not self._has_any(
                tokens, self.words["corporate_objects"]):
            return False
        data_starts = {m.first for m in matches if m.category == "data"}
        corporate = self.words["corporate_objects"]
        for index in range(verb.last, min(verb.last + 10, len(tokens))):
            key = tokens[index].key
            if index in data_starts or key in (",", ".", ";", ":", "to", "with", "if", "when"):
                return False
            if key in corporate:  # the head noun: "business partners" are no business
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                return following is None or not following.text.isalpha() or \
                    following.key in self._function_words
        return False

    # -- clause structure ------------------------------------------------------------------

    def _clauses(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Token spans of the clauses; the words that break them belong to neither side."""
        return self._once("clauses", tokens, lambda: self._clause_spans(tokens))

    def _clause_spans(self, tokens: list[Token]) -> list[tuple[int, int]]:
        spans, start = [], 0
        found = self._positions(tokens, "clause_break")
        # an aside in brackets breaks no clause: "Information about visits (but not your name)
        # is used to serve ads" is no denial
        aside = self._bracketed(tokens) if found and "(" in self._keys(tokens) else set()
        listing = self._listing_semicolons(tokens, found)
        for index, size in found:
            if index < start or index in aside or index in listing or (
                    tokens[index].key == "provide" and tokens[index].text.lower() != "provided"):
                continue  # "provided that" breaks a clause, "we provide that composer" does not
            spans.append((start, index))
            start = index + size
        spans.append((start, len(tokens)))
        return [(a, b) for a, b in spans if b > a]

    def _listing_semicolons(self, tokens: list[Token], found: list[tuple[int, int]]) -> set[int]:
        """'we may collect information such as demographic data; information about your
        computer, including IP address': a ";" inside a list of examples of data, followed by
        more data and no finite verb of its own, separates items, not clauses."""
        if self._tokens is not tokens:
            return set()
        keys = self._keys(tokens)
        semicolons = [i for i, _ in found if keys[i] == ";"]
        if not semicolons:
            return set()
        # examples: "information such as", "It may include, for example:" (not an opening
        # "For example,")
        examples = [i for i, _ in self._positions(tokens, "enumeration") if keys[i] != ":"
                    and i > 0]
        if not examples:
            return set()
        data = {m.first for m in self._matches if m.category == "data"}
        # the item runs to the next break, past a parenthetical "however"
        breaks = [i for i, _ in found if keys[i] != "however"] + [len(keys)]
        out = set()
        for i in semicolons:
            after = i + 1
            while after < len(keys) and keys[after] in _ITEM_OPENERS:  # "; and your ..."
                after += 1
            if after not in data or examples[0] > i:
                continue
            end = next(b for b in breaks if b > i)
            if not self._finite_verb(tokens, after, end):
                out.add(i)
        return out

    def _finite_verb(self, tokens: list[Token], start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` hold a verb with a subject or an
        auxiliary of its own ("your IP address is periodically logged", "cookies collect your
        browsing history", "your location data helps us"); a relative clause's verb ("the
        device that you use") or an infinitive is none."""
        keys = self._keys(tokens)
        auxiliary, relative = self.grammar["auxiliary"], self.grammar["relative"]
        subjects = {m.last: m.first for m in self._matches
                    if m.category in ("data", "party", "named")}
        verbs = {m.first for m in self._matches if m.category == "verb"}
        for index in range(start + 1, end):
            if index not in verbs and keys[index] not in self.words["enabling_verbs"]:
                continue
            before = index - 1
            while before > start and (keys[before].endswith("ly") or keys[before] in
                                      _VERB_ADVERBS or keys[before] in self.words["negation"]):
                before -= 1
            if keys[before] in relative or keys[before] == "to":
                continue
            if keys[before] in auxiliary or keys[before] in _GET_FORMS:
                if keys[before - 1] not in relative:
                    return True
            elif before + 1 in subjects and \
                    not tokens[index].text.lower().endswith(("ed", "ing")) and \
                    keys[subjects[before + 1] - 1] not in relative:
                return True  # "cookies collect ...": a subject right before the verb
        return False

    def _groups(self, tokens: list[Token], matches: list[Match]) -> list[_Group]:
        groups: list[_Group] = []
        # a verb inside a purpose phrase belongs to it: "if our Site is acquired by another
        # company" is a merger, not a collection
        cues = [m for m in matches if m.category == "purpose" and m.last - m.first > 1]
        candidates = [m for m in matches if m.category == "verb"]
        for clause in self._clauses(tokens):
            verbs = [m for m in candidates if clause[0] <= m.first < clause[1]
                     and self._is_verb(tokens, m) and not (cues and any(
                         c.first < m.first and m.last <= c.last for c in cues))]
            outsourcing = self._outsourcing_verbs(tokens, clause, verbs)
            # "we retain the services of outside contractors": the phrase, not the verb inside
            verbs = [v for v in verbs if not any(
                o.first == v.first and o.last > v.last for o in outsourcing)] + outsourcing
            verbs.sort(key=lambda m: m.first)
            clause_groups: list[_Group] = []
            for verb in verbs:
                last = clause_groups[-1] if clause_groups else None
                if last and self._coordinated(tokens, last.verbs[-1], verb):
                    last.verbs.append(verb)
                else:
                    clause_groups.append(_Group([verb], clause))
            for index, group in enumerate(clause_groups):
                previous_end = clause_groups[index - 1].verbs[-1].last if index else clause[0]
                group.region = self._subject_start(tokens, previous_end, group.verbs[0].first)
                group.modifier = index > 0 and self._is_modifier(tokens, matches, group)
                group.embedded = len(clause_groups) > 1
            self._object_spans(tokens, matches, clause_groups, clause[1])
            groups.extend(clause_groups)
        return groups

    def _object_spans(self, tokens: list[Token], matches: list[Match], groups: list[_Group],
                      clause_end: int) -> None:
        """A verb's object runs to the next verb with a subject of its own: relative clauses
        ("the type of operating system that the visitor's computer uses", "information that can
        be used to identify you, such as your name") do not cut it."""
        if not groups:
            return
        keys = self._keys(tokens)
        # ", we do not bear any responsibility": a comma and a new subject start a clause
        # whose words are no object of the verb before, even when its own verb states no practice
        new_subjects = [i for i in range(1, clause_end - 1) if keys[i - 1] == ","
                        and keys[i] in _SUBJECT_PRONOUNS and keys[i + 1] not in self.joiners]
        # a verb inside a bracketed aside takes its object there: "(e.g., create a profile or
        # publish a comment), the personal information we collect may include ..."
        aside = self._bracketed(tokens)
        for index, group in enumerate(groups):
            group.end = next((i for i in new_subjects if i > group.verbs[-1].last), clause_end)
            for following in groups[index + 1:]:
                head = following.verbs[0]
                gerund = following.modifier and tokens[head.first].text.endswith("ing") and \
                    self.lexicon.is_within(head.concept, USE)  # "... using cookies": the means
                if gerund or not (following.modifier
                                  or self._user_subject(tokens, matches, following)
                                  or self._data_relative(tokens, matches, following)
                                  or self._capability(tokens, head)):
                    group.end = following.verbs[0].first
                    break
            if group.verbs[0].first in aside:
                group.end = next((i for i in range(group.verbs[-1].last, group.end)
                                  if i not in aside), group.end)

    def _is_modifier(self, tokens: list[Token], matches: list[Match], group: _Group) -> bool:
        """A participle after a noun, with no subject or auxiliary of its own."""
        head = group.verbs[0]
        before = tokens[head.first - 1].key if head.first else ""
        if before in self.words["coordination"] or before == "to" or self._passive(tokens, head):
            return False
        inside = [m for m in matches if group.region <= m.first < head.first]
        return not self._subjects(tokens, inside, head.first) and tokens[head.first].text.endswith(
            ("ed", "en", "ing"))

    def _user_subject(self, tokens: list[Token], matches: list[Match], group: _Group) -> bool:
        inside = [m for m in matches if group.region <= m.first < group.verbs[0].first]
        return any(kind == USER for kind, _ in self._subjects(tokens, inside, group.verbs[0].first))

    def _is_verb(self, tokens: list[Token], verb: Match) -> bool:
        before = tokens[verb.first - 1].key if verb.first else ""
        after = tokens[verb.last].key if verb.last < len(tokens) else ""
        keys = self._keys(tokens)
        if self.grammar.phrase_at(keys, verb.first, "phrasal_non_practice"):
            return False  # "log in to your account" is signing in, not logging data
        if after == "to" and tokens[verb.first].key in self.words["nouns_before_to"] and (
                not tokens[verb.first].text.endswith(("ed", "ing")) or next(
                    (m.category for m in self._matches if m.first > verb.last), None)
                in ("party", "named")):
            # "links to other sites", "a website that is linked to our website"; but "cookies
            # may be linked to personal information you provide" uses it
            return False
        if self._harm_noun(tokens, verb):
            return False  # "protect it from unauthorized access, use or disclosure"
        if self._participle_adjective(tokens, verb, before):
            return False  # "anonymous, aggregated (i.e. grouped) demographic information"
        if self._inside_name(tokens, verb.first):
            return False  # "The National Archives does not ..."
        if after in (",", "or", "and") and self._nominal_list(verb.last):
            return False  # "access, use, preservation or disclosure of such information"
        if after == "to" and tokens[verb.first].key in self.words["infinitive_verbs"] and \
                before not in self.words["passive_auxiliary"] and \
                self._infinitive_at(verb.last + 1):
            return False  # "we may need to disclose", "you request to be removed": no object
        if after == "to" and before in self.words["passive_auxiliary"] and \
                tokens[verb.first].key in self.words["infinitive_verbs"] and \
                self._site_subject(tokens, verb.first):
            return False  # "we are required to retain it by law": the site's obligation
        word = tokens[verb.first].text
        if verb.first >= 2 and word.endswith("s") and not word.endswith("ss") and \
                tokens[verb.first - 2].key in self.words["preposition"] and \
                tokens[verb.first - 1].text.isalpha() and before not in self._function_words \
                and after not in self.words["skip"] and not any(
                    m.first == verb.last and m.category in ("data", "party", "named")
                    for m in self._matches):
            # "information from traffic reports with our partners": a plural noun ends the
            # phrase; a verb goes on to its object ("a company in Germany processes your
            # payment information")
            return False
        if after == "be" and verb.first > 0 and tokens[verb.first - 1].text.isalpha() and \
                before not in _SUBJECT_PRONOUNS and before not in self._function_words and \
                verb.last - verb.first == 1 and tokens[verb.first].text.endswith("s") and \
                not tokens[verb.first].text.endswith("ss") and not any(
                    m.last == verb.first and m.category in ("party", "named")
                    for m in self._matches):
            # "Telephone requests are not accepted": a plural noun before its verb (but "what
            # our partner collects is ...", "information our vendors process is ...")
            return False
        if after == "agreement" and before not in _SUBJECT_PRONOUNS and \
                before not in self.words["auxiliary"]:
            return False  # "license agreement" (but "we store agreement data")
        if before == "to":
            # an infinitive is the bare form: "to respond to requests" names a noun
            word = tokens[verb.first].text.lower()
            return not (word.endswith("s") and word != tokens[verb.first].key)
        if before in self.words["passive_auxiliary"]:
            return True
        return before not in self.words["noun_marker"] and after not in self.words["noun_after"]

    def _nominal_list(self, index: int) -> bool:
        """Whether a list of practice words from ``index`` on ends in a noun before "of"."""
        tokens, size = self._tokens, len(self._tokens)
        words = {m.first for m in self._matches if m.category in ("verb", "practice")}
        end = min(index + 8, size)
        while index < end and (tokens[index].key in (",", "or", "and") or index in words
                               or tokens[index].text.endswith(("tion", "sion", "ment"))):
            index += 1
        return index < size and tokens[index].key == "of" and tokens[index - 1].key != ","

    def _infinitive_at(self, index: int) -> bool:
        """Whether the word at ``index`` (after "to") is a verb: a practice verb, "be", or the
        verb of a cue that starts with "to" ("to protect")."""
        tokens = self._tokens
        return index < len(tokens) and (tokens[index].key == "be" or any(
            (m.first == index and m.category == "verb")
            or (m.first == index - 1 and m.last > index and m.category in ("condition", "purpose"))
            for m in self._matches))

    def _participle_adjective(self, tokens: list[Token], verb: Match, before: str) -> bool:
        """A past participle between a determiner or a listed adjective and a data noun is an
        adjective: "the collected information", "anonymous, aggregated demographic data"."""
        if verb.last - verb.first != 1 or not tokens[verb.first].text.endswith("ed"):
            return False
        if before == ",":
            if verb.first < 2 or any(m.category == "verb" and m.last == verb.first - 1
                                     for m in self._matches):
                return False
        elif before not in self.words["skip"] and before not in self.words["quantifiers"]:
            return False
        index = verb.last
        if index < len(tokens) and tokens[index].key == "(":
            while index < len(tokens) and tokens[index].key != ")":
                index += 1
            index += 1
        starts = {m.first for m in self._matches if m.category == "data"}
        # past coordinated modifiers: "combined personal and demographic information"
        for _ in range(3):
            if index in starts or index + 1 >= len(tokens) or not (
                    tokens[index].key in ("and", "or") or tokens[index].text.isalpha()
                    and tokens[index].text.islower()
                    and tokens[index].key not in self._function_words):
                break
            index += 1
        return index in starts

    def _inside_name(self, tokens: list[Token], index: int) -> bool:
        """A capitalised word after another capitalised one (not "We"/"You") is part of a name."""
        if index == 0 or not tokens[index].text[:1].isupper():
            return False
        before = tokens[index - 1]
        return before.text[:1].isupper() and before.text.isalpha() and \
            before.key not in ("we", "you", "they", "i")

    def _harm_noun(self, tokens: list[Token], verb: Match) -> bool:
        """A practice noun in a list of harms led by "unauthorized", "unlawful", ..."""
        harms, stops = self.words["harm_modifier"], self.words["auxiliary"]
        if not self._has_any(tokens, harms):
            return False
        for index in range(verb.first - 1, max(verb.first - 9, -1), -1):
            key = tokens[index].key
            if key in harms:
                return True
            if key in stops or key in self.words["negation"] or key in ("we", "you", "they"):
                return False
        return False

    def _outsourcing_verbs(self, tokens: list[Token], clause: tuple[int, int],
                           verbs: list[Match]) -> list[Match]:
        found = []
        for index, size in self._positions(tokens, "outsourcing_verbs"):
            if not clause[0] <= index < clause[1]:
                continue
            if size and not any(v.first == index and v.last >= index + size for v in verbs):
                found.append(Match("outsourcing", "verb", index, index + size, tokens[index].start,
                                   tokens[index + size - 1].end, "outsourcing"))
        return found

    def _coordinated(self, tokens: list[Token], left: Match, right: Match) -> bool:
        between = tokens[left.last:right.first]
        joiners = self.joiners
        return all(t.key in joiners or t.key.endswith("ly") for t in between)

    def _subject_start(self, tokens: list[Token], floor: int, verb: int) -> int:
        """Skip an introductory subordinate clause ("When you order, we ..."); after another
        verb, a comma and a new subject start the clause ("If you enter our photo contest, you
        will be asked for ...": the photo is no subject of "asked")."""
        opening = floor < verb and tokens[floor].key in self.words["subordinator"]
        for index in range(verb - 1, floor, -1):
            if tokens[index].key == "," and (
                    opening or tokens[index + 1].key in _SUBJECT_PRONOUNS):
                return index + 1
        return floor

    # -- one verb group -> practices ----------------------------------------------------

    def _group_practices(self, sentence: Sentence, tokens: list[Token], matches: list[Match],
                         group: _Group) -> list[Practice]:
        if self._states_nothing(tokens, matches, group):
            return []
        head = group.verbs[0]
        inside = [m for m in matches if group.region <= m.first < group.end]
        after = [m for m in inside if m.first >= group.verbs[-1].last]
        passive = self._passive(tokens, head)
        found = self._actors(tokens, matches, group, passive, after)
        if found is None:
            return []
        subject, subjects, actors, rule = found
        if rule == "passive" and subjects and self._shares(group) and all(
                kind not in (FIRST_PARTY, USER) and m is not None for kind, m in subjects) \
                and self._second_object(tokens, group, after):
            # "Our partners are not granted access to your e-mail address": the subject of a
            # passive disclosure receives it; the site discloses
            after = [m for _, m in subjects] + after
            actors = [(FIRST_PARTY, None)]
        self._not_to = self._others_not_to = False
        own = self._negated(tokens, group, inside, after)
        negated = own or (
            subject == "infinitive" and self.previous_negated == group.clause
            # (not a commitment's second infinitive: "we make every effort not to collect
            # personal data and to use only aggregated information")
            and not (self._previous_not_to and self._keys(tokens)[head.first - 2] == "and"))
        # a denied use of a tool "to collect" data denies the collection (read_sentence)
        self._tool_denied = negated and not own and self._previous_use and \
            self._keys(tokens)[head.first - 1] == "to" and any(
                v.concept == COLLECTION for v in group.verbs)
        self._previous_use = tokens[head.first].key == "use"
        # "we do not log IP addresses to track a user's session": the purpose is denied too
        self.previous_negated = group.clause if negated else False
        if negated:
            # (up to an exception or a relative clause: "..., except advertising networks
            # that track you across websites" tracks)
            stops = [i for i, _ in self._positions(tokens, "exception_marker")
                     if head.first < i < group.end]
            end = min(stops, default=group.end)
            self._denied_spans.append((group.region, end))
        self._previous_not_to = self._not_to
        if self._others_not_to:
            return []  # another party's commitment not to act: nothing of the site's
        if negated and self._inherited:
            actors = [(FIRST_PARTY, None)]  # a denial is the site's ("... hosted by a
            # provider. Your personal information is never sold")
        if negated and all(self._choice_verb(v) for v in group.verbs):
            return []  # "we do not require you to register": a choice, not a practice
        if negated and self._qualified_denial(tokens, group):
            return []  # "we don't generally collect", "if you do not enable it, we will not"
        if not negated and any(kind == USER for kind, _ in actors) and any(
                k in self.words["negation"] and self._subjunctive(tokens, i)
                for i, k in enumerate(self._keys(tokens)[group.region:group.verbs[0].first],
                                      group.region)):
            return []  # "We ask that you not send us sensitive information": the user's choice
        polarity = NEGATED if negated else AFFIRMED
        floor = self._antecedent(tokens, matches, min(
            (m.first for _, m in subjects if m is not None), default=0)) if rule == "active" else 0
        data = self._data(inside, matches, group, tokens, passive, floor)
        purposes = self._purposes(tokens, matches, group)
        if group.embedded and rule == "active" and self._relative_clause(tokens, subjects):
            # "we disclose information we maintain when required by law": the law and its
            # purpose belong to the disclosure; the relative clause only names the information
            purposes = ()
        conditions = _concepts(m for m in matches if m.category == "condition")
        out: list[Practice] = []
        beside_site = rule == "active" and any(kind == FIRST_PARTY for kind, _ in actors)
        for verb in self._practice_verbs(group.verbs):
            for actor, actor_match in actors:
                practice = self._practice(
                    sentence, verb, actor, actor_match,
                    "on-behalf" if beside_site and self._on_behalf(actor) else rule, polarity,
                    data, after, purposes, conditions, inside)
                if practice is not None:
                    out.extend(self._implied_data(practice))
        return out

    def _second_object(self, tokens: list[Token], group: _Group, after: list[Match]) -> bool:
        """Whether a passive disclosure keeps a data object ("Our partners are given your
        e-mail address", "are granted access to ..."): its subject received the data, not
        was disclosed ("Our advertising partners are disclosed in our cookie policy") or sent
        somewhere ("are shared with you")."""
        last = group.verbs[-1].last
        if last < len(tokens) and tokens[last].key in ("to", "with", "in", "on") and \
                not group.verbs[-1].label.endswith("access"):  # "granted access to" the data
            return False
        return any(m.category == "data" for m in after)

    def _implied_data(self, practice: Practice) -> list[Practice]:
        """'We use shipping companies to deliver your order, and a credit card processing
        company to bill you': a disclosure that names no data carries what each recipient kind
        receives (pk:impliesData), one practice per recipient kind with its own data."""
        if practice.data_types != (GENERIC_DATA,) or practice.polarity != AFFIRMED or \
                not self.lexicon.is_within(practice.kind, SHARING) or not any(
                    r in self.lexicon.data_of for r in practice.recipients):
            return [practice]
        by_data: dict[tuple[str, ...], list[str]] = {}
        for kind in practice.recipients:
            data = tuple(sorted(self.lexicon.data_of.get(kind, ()))) or (GENERIC_DATA,)
            by_data.setdefault(data, []).append(kind)
        out = []
        for data, kinds in by_data.items():
            implied = {p for kind in kinds for p in self.lexicon.purposes_of.get(kind, ())}
            # "... to deliver your order, and ... to bill you": each its own purpose
            purposes = tuple(p for p in practice.purposes if p in implied) or practice.purposes
            out.append(replace(practice, data_types=data, recipients=tuple(kinds),
                               purposes=purposes))
        return out

    def _on_behalf(self, actor: str) -> bool:
        """Whether a party named beside the site as subject acts for it: "We and our service
        providers collect ...", "We, and our affiliates, use ..." (unnamed processors and the
        site's corporate family; not a payment processor, whose collecting passes the data to it,
        nor advertisers or partners with purposes of their own)."""
        return actor in ON_BEHALF

    def _states_nothing(self, tokens: list[Token], matches: list[Match], group: _Group) -> bool:
        """Verb groups that state no practice: reduced relatives, hedges, embedded questions,
        bare participles and "have + data + participle"."""
        head = group.verbs[0]
        if tokens[head.first].key == "retain" and self._hired(head.first):
            return True  # "service providers we have retained": hired, no data kept
        if head.first > 1 and tokens[head.first - 1].text.lower() == "being" and \
                tokens[head.first - 2].key not in self.words["auxiliary"]:
            return True  # "the type of browser being used": a reduced relative, no clause
        verb, comma = self._opening_purpose(tokens)
        if head.first == verb and group.verbs[-1].last <= comma:
            return True  # "To process your order, we ...": the verb names the purpose
        return group.modifier or self._capability(tokens, head) or self._hedged(
            tokens, head) or self._embedded_question(
            tokens, group) or self._bare_participle(tokens, head) or self._causative(
            tokens, matches, head)

    def _capability(self, tokens: list[Token], head: Match) -> bool:
        """'Personal information is information that can be used to identify you': what data
        can be used for describes the data; nobody is said to use it."""
        if not self._has_any(tokens, ("can", "could")):
            return False
        index = self._left_of_auxiliaries(tokens, head.first, 0)
        chain = {t.key for t in tokens[index + 1:head.first]}
        return index >= 0 and tokens[index].key in ("that", "which") and \
            not chain.isdisjoint(("can", "could")) and self.lexicon.is_within(head.concept, USE) \
            and self._passive(tokens, head) and self._after_data(self._matches, index)

    def _actors(self, tokens: list[Token], matches: list[Match], group: _Group, passive: bool,
                after: list[Match]):
        """(how the subject was read, subject parties, actors, rule name) of a verb group, or
        None when the group states no practice of the site's or a party's."""
        agents = self._agents(tokens, after, group.verbs[-1].last)
        self._subject_examples = []
        subject, subjects = ("agent", []) if agents else self._subject(tokens, matches, group)
        if subject == "unknown" and not passive:
            return None
        if subject == "infinitive" and self.previous_actors:
            subjects = self.previous_actors
        if subject == "organisation":
            subjects = [(FIRST_PARTY, None)]
        if passive and not agents and any(kind == USER for kind, _ in subjects):
            subjects = []  # "you are given the opportunity": the user receives, the site acts
        if passive and subjects:
            # "Information about your visits to this site is used ...": a party inside the
            # subject's data term is no subject
            inside = self._data_positions(matches)
            subjects = [(kind, m) for kind, m in subjects if m is None or m.first not in inside]
        # "Some ads on this site are delivered by our advertising partners. Information about
        # your visits is used to serve ads to you": a passive with no agent after a sentence
        # whose party acted "by" itself is that party's, unless the site is named
        inherited = [(kind, None) for kind in self.previous_agents] if (
            passive and not agents and not subjects and self.previous_agents
            and not self._site_named(matches)) else []
        if passive and not (agents or subjects or inherited) and self.previous_actors and all(
                kind not in (FIRST_PARTY, USER) for kind, _ in self.previous_actors) and \
                not self._previous_shares and self._anaphoric_subject(tokens, matches, group):
            # "These third parties may collect information about your use of our Services, and
            # this information may be combined with ...": the same parties act on it
            inherited = [(kind, None) for kind, _ in self.previous_actors]
        self._inherited = bool(inherited)
        actors = agents or subjects or inherited or [(FIRST_PARTY, None)]
        self._acting += [kind for kind, _ in subjects if kind not in (FIRST_PARTY, USER)]
        self.previous_actors, self._actors_clause = actors, group.clause
        # (what a third party sends "us" is the site's from then on)
        self._previous_shares = self._shares(group) and "us" in self._keys(tokens)[
            group.verbs[0].first:group.end]
        rule = "passive" if passive and not agents else ("active" if subjects else "implicit")
        opening = self._keys(tokens)[:group.verbs[0].first]
        if rule == "implicit" and opening and (
                opening[0] in self.words["imperative_marker"]
                or all(k in ("do", "not", "n't", "never") for k in opening)):
            return None  # "Please check the terms ...", "Do not share your password with
            # others": the reader acts
        return subject, subjects, actors, rule

    def _anaphoric_subject(self, tokens: list[Token], matches: list[Match], group: _Group
                           ) -> bool:
        """Whether a passive verb's subject is an anaphor opening a coordinated clause ("...,
        and this information may be combined")."""
        index = self._left_of_auxiliaries(tokens, group.verbs[0].first, 0)
        subject = next((m for m in matches if m.category == "data" and m.last == index + 1),
                       None)
        return subject is not None and subject.first >= 2 and tokens[
            subject.first - 1].key in self.words["anaphora"] and tokens[
            subject.first - 2].key in ("and", ",")

    def _practice_verbs(self, verbs: list[Match]) -> list[Match]:
        """"use or disclose ... as required by law": beside a disclosure, the use or keeping of
        the same data is the disclosure."""
        within = self.lexicon.is_within
        if not any(within(v.concept, SHARING) for v in verbs):
            return verbs
        return [v for v in verbs if v.concept == "outsourcing" or not (
            within(v.concept, USE) or within(v.concept, RETENTION))]

    def _embedded_question(self, tokens: list[Token], group: _Group) -> bool:
        """'This policy explains what information we collect and how we use it' describes the
        policy; the practices are stated elsewhere."""
        words = self.words["embedded_question"]
        if not words.isdisjoint(self._keys(tokens)[group.region:group.verbs[0].first]):
            return True
        end = group.verbs[0].first
        keys, as_ = self._keys(tokens), self._as
        # "Except as otherwise described in this statement, we will not disclose ...": a
        # reference to the policy ("as described") leaves the statement a statement
        return any(i + size <= end and as_ not in keys[max(i - 2, 0):i]
                   for i, size in self._positions(tokens, "meta_verbs"))

    def _causative(self, tokens: list[Token], matches: list[Match], head: Match) -> bool:
        """'If you do not wish to have your information shared', 'opt out of having it used',
        'if you do not want information collected': "have" or "want" + the data + a participle
        is what the user may want done, not a practice."""
        if not tokens[head.first].text.lower().endswith(("ed", "en")):
            return False
        covered = self._data_positions(matches)
        skip = self.words["skip"] | self.words["anaphora"] | self.words["quantifiers"]
        # "have it shared", and what the user may want done: "if you do not want information
        # collected", "prefer your data not used"
        have = ("have", "having", "has", "had", "want", "wants", "wish", "prefer")
        index = head.first - 1
        while index >= 0 and tokens[index].text.lower() not in have and (
                index in covered or tokens[index].key in skip):
            index -= 1
        return 0 <= index < head.first - 1 and tokens[index].text.lower() in have

    def _bare_participle(self, tokens: list[Token], head: Match) -> bool:
        """An -ing form heads a practice only after 'be' ("we are collecting"); "using the
        opt-out add-on" or "by sharing" does not."""
        if not tokens[head.first].text.lower().endswith("ing"):
            return False
        index = self._left_of_auxiliaries(tokens, head.first, 0)
        chain = tokens[index + 1:head.first]
        return not any(t.key in self.words["passive_auxiliary"] for t in chain)

    def _purposes(self, tokens: list[Token], matches: list[Match], group: _Group
                  ) -> tuple[str, ...]:
        """Purposes introduced after the verb by "to", "for", "so that", "in order to" ...:
        "we use your e-mail address to send you offers", not "offers" anywhere in the clause."""
        sharing = self._shares(group)
        # a merger is the occasion of a disclosure, named without "to" or "for": "information
        # ... may be among the transferred assets", "if Yahoo is acquired"; beside a disclosure
        # such an occasion is not the purpose of the sentence's other practices ("we make every
        # effort to preserve privacy, but may need to disclose it when required by law")
        occasion = self._occasion_clause(tokens, group)
        named = [m for m in matches if m.category == "purpose"]
        chosen = self._chosen_purposes(tokens, matches, group, named, sharing, occasion) \
            if named else []
        if chosen and self._has_any(tokens, self._purpose_deniers):
            chosen = [m for m in chosen if not self._denied_purpose(tokens, m)]
        found = _concepts(self._tailored_ads([m for m in chosen if not self._verb_use(m)]))
        if occasion and not sharing and any(i < occasion for i, _ in self._positions(
                tokens, "optional_choice")) and all(
                self.lexicon.is_within(c, BASIC_SERVICE) for c in found):
            # "If you request a brochure, you will be asked for your name and address": what the
            # user opts into is a feature beyond the basic service, and so is what serves it
            return (ADDITIONAL_SERVICE,)
        return found

    def _clause_end(self, group: _Group) -> int:
        """Where a "but" after the verbs of ``group`` opens a clause with a subject of its own
        (or the sentence's end)."""
        keys = self._keys(self._tokens)
        parties = {m.first for m in self._matches if m.category in ("party", "named")}
        # (after a comma: "with no one but our service providers" excepts)
        return next((i for i in range(max(group.verbs[-1].last, 1), len(keys) - 1)
                     if keys[i] == "but" and keys[i - 1] == "," and (
                         keys[i + 1] in _SUBJECT_PRONOUNS or i + 1 in parties
                         or i + 2 in parties)), len(keys))

    def _denied_purpose(self, tokens: list[Token], purpose: Match) -> bool:
        """'The Library collects several types of information, although never for commercial
        marketing use', 'but not for marketing purposes': a purpose after "not for" or "never
        for" is one the practice does not serve."""
        # (the marker may open the label, "for marketing purposes", or stand before up to two
        # modifiers, "for commercial marketing use")
        if purpose.first >= 2 and tokens[purpose.first - 1].text == "-" and \
                tokens[purpose.first - 2].key == "non":
            return True  # "for non-marketing purposes"
        index = next((i for i in range(purpose.first, max(purpose.first - 3, 0) - 1, -1)
                      if tokens[i].key == "for"), None)
        return index is not None and index > 0 and tokens[index - 1].key in self.words[
            "negation"] and all(t.text.isalpha() for t in tokens[index:purpose.first])

    def _chosen_purposes(self, tokens: list[Token], matches: list[Match], group: _Group,
                         named: list[Match], sharing: bool, occasion: int) -> list[Match]:
        """Which of the sentence's purpose matches (``named``) are the group's purposes."""
        start = group.region
        # single words ("to", "for") and phrases ("in connection with", "in order to")
        marked = [i for i, _ in self._positions(tokens, "purpose_marker")
                  if i >= start]
        conditions = {(m.first, m.last) for m in matches if m.category == "condition"}
        # an occasion that names who receives a disclosure ("when required by law" implies a
        # legal authority, pk:impliesRecipient)
        implying = {(m.first, m.last) for m in matches if m.category == "condition"
                    and self.lexicon.implies.get(m.concept)}
        occasions = {m.concept for m in named if (m.first, m.last) in implying}
        # a purpose after its marker, or one that starts with it ("for marketing purposes")
        opening = self._opening_purpose(tokens)[1]
        opening = opening if group.verbs[0].first > opening else 0
        # (not past the clause: "We do not sell it to data brokers, but we may share it with
        # advertising partners for targeted advertising")
        end = self._clause_end(group) if "but" in self._key_set else len(tokens)
        return [m for m in named if (
            m.last <= opening or
            (m.last <= occasion and not self.lexicon.is_within(m.concept, BASIC_SERVICE)) or
            (marked and m.first >= marked[0] and m.first < end and (
                sharing or not self._discloses or m.concept not in occasions))
            or (sharing and ((m.first, m.last) in conditions
                             or self.lexicon.is_within(m.concept, MERGER))))]

    def _opening_purpose(self, tokens: list[Token]) -> tuple[int, int]:
        """(the word after its marker, the comma that ends it) of an opening clause of purpose,
        or (0, 0): "To process your order, we collect your card number", "For security purposes,
        we log IP addresses" name the purpose of what follows the comma."""
        return self._once("opening purpose", tokens, lambda: self._find_opening_purpose(tokens))

    def _find_opening_purpose(self, tokens: list[Token]) -> tuple[int, int]:
        keys = self._keys(tokens)
        if len(keys) < 3 or "," not in keys:
            return 0, 0
        if keys[0] == "to":  # "To process your order,", not "To the extent ..."
            opens = keys[1] not in self.words["skip"] and keys[1] not in ("extent", "learn")
        elif keys[0] == "for":  # "For security purposes,", not "For example,"
            opens = keys[1] not in ("example", "instance", "more", "information", "a", "an")
        elif keys[:2] == ["so", "that"]:  # "So that we may provide you with ..., we request"
            return 2, keys.index(",")
        else:
            opens = keys[:3] == ["in", "order", "to"]
        return (3 if keys[0] == "in" else 1, keys.index(",")) if opens else (0, 0)

    def _verb_use(self, purpose: Match) -> bool:
        """A one-word purpose used as a verb names none: "the services we offer", "products
        offered by third parties" (unlike "offers", "to offer you discounts")."""
        if purpose.last - purpose.first != 1:
            return False
        tokens = self._tokens
        before = tokens[purpose.first - 1].key if purpose.first else ""
        after = tokens[purpose.last].key if purpose.last < len(tokens) else ""
        word = tokens[purpose.first].text.lower()
        return before in _NOMINATIVE_PRONOUNS or before in self.words["auxiliary"] or (
            word.endswith("ed") and after in self.words["preposition"])

    def _tailored_ads(self, purposes: list[Match]) -> list[Match]:
        """'advertising tailored to your interests', 'more relevant ads': tailoring that
        qualifies advertising is part of the advertising, no personalisation of its own."""
        ads = [m for m in purposes if self.lexicon.is_within(m.concept, ADVERTISING)]
        if not ads:
            return purposes
        keys = self._keys(self._tokens)

        def joined(left: Match, right: Match) -> bool:  # no "and", "or" or comma between
            between = keys[left.last:right.first]
            return len(between) <= 2 and self.joiners.isdisjoint(between)

        return [m for m in purposes if not (
            self.lexicon.is_within(m.concept, PERSONALIZATION)
            and any(joined(a, m) if a.first < m.first else joined(m, a) for a in ads))]

    def _occasion_clause(self, tokens: list[Token], group: _Group) -> int:
        """End of an opening clause of occasion before the group's own clause, or 0. What the
        user takes part in names the purpose of what is done on that occasion: "When you enter a
        sweepstakes, we collect your name" collects for the sweepstakes. Taking part in the
        basic service ("When you register, ...") is the occasion of nearly everything, so the
        caller does not read it as a purpose."""
        if not tokens or tokens[0].key not in self.words["occasion_openers"]:
            return 0
        for index in range(group.region - 1, 0, -1):
            if tokens[index].key == ",":  # the last one: "If you, or your parents, enter ..."
                return index
        return 0

    def _shares(self, group: _Group) -> bool:
        """Whether a verb group discloses: one of its verbs is a sharing verb."""
        return any(self.lexicon.is_within(v.concept, SHARING) for v in group.verbs)

    def _hedged(self, tokens: list[Token], head: Match) -> bool:
        """'We cannot guarantee that it will never be disclosed' states no practice, nor does
        what the site would be unable to do ("we would not be able to provide a forum") or what
        others are forbidden to do."""
        return any(i + size <= head.first
                   for i, size in self._positions(tokens, "hedge")) or any(
            i + size == head.first for i, size in self._positions(tokens, "inability")) or \
            self._restricted(tokens, head)

    def _restricted(self, tokens: list[Token], head: Match) -> bool:
        """'They are obligated not to use, sell or distribute this information', 'These third
        parties do not have the right to use it', 'are prohibited from using': a restriction
        on what others may do, no practice of anyone's."""
        if any(i + size == head.first for i, size in self._positions(tokens, "restriction")):
            return True
        # "we will use reasonable efforts to prevent such third parties from disclosing it"
        keys = self._keys(tokens)
        return head.first > 1 and keys[head.first - 1] == "from" and not self.words[
            "restricting_verbs"].isdisjoint(keys[max(head.first - 7, 0):head.first - 1])

    def _subject(self, tokens: list[Token], matches: list[Match], group: _Group):
        """The subject of a verb group, read leftwards from the verb over auxiliaries.

        Returns (how, parties): ``party`` with the (coordinated) parties; ``none`` when there is
        no subject (passive, imperative, list item); ``infinitive`` after "to"; ``unknown`` when
        a noun that is no known party is the subject ("Children should not use ...").
        """
        index = self._left_of_auxiliaries(tokens, group.verbs[0].first, group.region)
        if index < group.region:
            return "none", []
        ending = [m for m in matches if m.last - 1 == index and m.category in ("party", "named")
                  and not (m.last - m.first == 1
                           and tokens[m.first].key in self.words["non_subject_forms"])]
        if ending:
            self._subject_examples = [m for m in matches if m.category == "named"
                                      and index < m.first < group.verbs[0].first]
            return "party", self._coordinated_subject(tokens, matches, ending[0], group.region)
        key = tokens[index].key
        if key == "to":
            if index >= 2 and tokens[index - 1].key in self.words["negation"] and \
                    tokens[index - 2].key in self.words["infinitive_verbs"]:
                return "unknown", []  # "customers who have asked not to receive them"
            user = self._addressed_user(tokens, matches, index, group)
            if user is not None:
                # "allows you to share", "for you to make ... available", "permits our users
                # who are California residents to request" (but in "we may email you to ask
                # for your address" the site asks)
                return "party", [(USER, user)]
            allowed = self._allowed_party(tokens, matches, index, group.clause[0])
            if allowed is not None:  # "we allow advertisers to collect": the advertisers do
                return "party", [(self._kind(allowed), allowed)]
            governing = self._left_of_auxiliaries(tokens, index - 1, group.region)
            found = [m for m in matches if m.last - 1 == governing
                     and m.category in ("party", "named")]
            if found and index - 1 >= group.region:
                return "party", [(self._kind(found[0]), found[0])]
            return "infinitive", []
        if key in (",", "and", "or"):
            inside = [m for m in matches if group.region <= m.first < group.verbs[0].first]
            subjects = self._subjects(tokens, inside, group.verbs[0].first)
            party = subjects[0][1] if subjects else None
            if party is not None and any(v.category == "verb" and v.last == party.first
                                         for v in matches) and not (
                    party.last < len(tokens) and tokens[party.last].key == "to"):
                # "we do not ask you for, access or track ...": "you" is the object of the verb
                # before; the coordinated verb goes on with that verb's subject (but in "require
                # you to register or provide ..." the user does what follows "to")
                return "infinitive", []
            if not subjects and self.previous_actors and self._actors_clause == group.clause:
                # "Other websites may send cookies to you, independently collect data or solicit
                # personal information": a list of verb phrases goes on with its subject
                return "infinitive", []
            return ("party", subjects) if subjects else ("none", [])
        if self._data_relative(tokens, matches, group):
            return "unknown", []  # "data that do not reveal your identity": the data acts
        # (also past a comma: "to our affiliates and subsidiaries, who may use it")
        antecedent = next((m for m in matches if key in self.words["relative"]
                           and m.category in ("party", "named") and (
                               m.last == index or m.last == index - 1
                               and tokens[index - 1].key == ",")), None)
        if antecedent is not None and self._kind(antecedent) != FIRST_PARTY and \
                not tokens[antecedent.first].key.startswith(("any", "every", "some")):
            # "advertisers who use cookies", "partners that collect your IP address": the party
            # before the relative pronoun acts (not "anyone who", "everyone who": no one named)
            return "party", [(self._kind(antecedent), antecedent)]
        if key in self.words["relative"] or key in self.words["subordinator"] or any(
                m.category == "data" and m.first <= index < m.last for m in matches):
            return "none", []
        if self._organisation_name(tokens, index, group.verbs[0].first):
            return "organisation", []
        return "unknown", []

    def _word_before(self, index: int) -> str:
        """The key of the word before token ``index`` of the sentence, past skippable words
        ("with our partners": "with"), or "" at its start."""
        keys, skip = self._keys(self._tokens), self.words["skip"]
        while index > 0 and keys[index - 1] in skip:
            index -= 1
        return keys[index - 1] if index else ""

    def _addressed_user(self, tokens: list[Token], matches: list[Match], to: int,
                        group: _Group) -> Match | None:
        """The user a verb that lets or asks names before the infinitive at ``to``: "you" right
        after the verb, or a user noun and its relative clause ("permits our customers who are
        California residents to request"). Not when the letting is denied ("we do not require
        you to provide": the denial is the site's), done by a third party ("partners may ask
        you to ..."), or when what the user does goes to a third party ("allows you to share
        your location with advertisers": the disclosure the site makes possible)."""
        floor, keys = group.clause[0], self._keys(tokens)
        leave = next((v for v in range(to - 2, max(floor, to - 4) - 1, -1)
                      if keys[v] in _PERMISSION_VERBS), None)
        if leave is not None and self._denied_before(tokens, leave):
            # "We do not allow you to share your password with other users", "Our partners do
            # not allow you to ...": the user's act, denied (see _enabling_denied)
            return next((m for m in matches if m.category == "party" and self._kind(m) == USER
                         and leave < m.first and m.last == to), None)
        if any(m.category in ("party", "named") and group.verbs[-1].last < m.first < group.end
               and self._kind(m) not in (FIRST_PARTY, USER)
               and self._kind(m) not in USER_AUDIENCES
               and self._word_before(m.first) in ("with", "to") for m in matches):
            return None
        if to >= 3 and keys[to - 1] in _ENTITLEMENTS and keys[to - 3] == "have":
            # "California residents have the right to request ...": who has it does it
            return next((m for m in matches if m.category == "party" and m.last == to - 3
                         and self._kind(m) == USER), None)
        for verb in range(to - 2, max(floor, to - 9) - 1, -1):
            if keys[verb] not in self.words["addressee_verbs"]:
                continue
            before = keys[floor:verb]
            if not self.words["negation"].isdisjoint(before) or any(
                    m.category in ("party", "named") and floor <= m.first < verb
                    and self._kind(m) not in (FIRST_PARTY, USER) for m in matches):
                return None
            return next((m for m in matches if m.category == "party"
                         and self._kind(m) == USER and verb < m.first <= verb + 3
                         and m.last <= to), None)
        return None

    def _allowed_party(self, tokens: list[Token], matches: list[Match], to: int,
                       floor: int) -> Match | None:
        """The party an enabling verb lets act: "allow third-party advertisers to recognize
        your computer", "we permit our partners to collect ..."."""
        found = self._enabler(tokens, matches, to, floor)
        return found[0] if found else None

    def _enabler(self, tokens: list[Token], matches: list[Match], to: int, floor: int
                 ) -> tuple[Match, int] | None:
        """(the party, the index of the enabling verb) of "allow <party> to ..."."""
        party = next((m for m in matches if m.last == to and m.first >= floor
                      and m.category in ("party", "named")), None)
        if party is None or self._kind(party) in (FIRST_PARTY, USER):
            return None  # "cookies enable us to track", "allow you to share": as before
        before = party.first - 1
        enabling = self.words["enabling_verbs"]
        while before >= floor:
            if tokens[before].key in self.words["skip"]:
                before -= 1
                continue
            if tokens[before].key in enabling:
                break
            # (past a party word that modifies it: "allow third-party advertising networks")
            modifier = next((m.first for m in matches if m.last == before + 1
                             and m.category == "party"), None)
            if modifier is None:
                break
            before = modifier - 1
        if before < floor or tokens[before].key not in enabling:
            return None
        return party, before

    def _enabling_denied(self, tokens: list[Token], head: int) -> bool:
        """'We do not allow advertisers to collect ...': the denied permission denies what
        the allowed party would do."""
        if head < 2 or tokens[head - 1].key != "to":
            return False
        found = self._enabler(tokens, self._matches, head - 1, 0)
        if found is None:
            # "We do not allow you to share ...": the user's act the site does not permit
            user = next((m for m in self._matches if m.last == head - 1
                         and m.category == "party" and self._kind(m) == USER), None)
            if user is None or user.first < 1 or tokens[user.first - 1].key not in \
                    _PERMISSION_VERBS:
                return False
            return self._denied_before(tokens, user.first - 1)
        return self._denied_before(tokens, found[1])

    def _denied_before(self, tokens: list[Token], verb: int) -> bool:
        """Whether a negator stands in the auxiliary chain before the verb at ``verb``."""
        index = verb - 1
        while index >= 0 and (tokens[index].key in self.words["auxiliary"]
                              or tokens[index].key.endswith("ly")):
            if tokens[index].key in self.words["negation"]:
                return True
            index -= 1
        return False

    def _data_relative(self, tokens: list[Token], matches: list[Match], group: _Group) -> bool:
        """A relative clause whose subject is the data before it: "data that do not reveal
        your identity" describes the data, it neither acts nor ends the object."""
        index = self._left_of_auxiliaries(tokens, group.verbs[0].first, group.region)
        return index >= group.region and tokens[index].key in ("that", "which") \
            and self._after_data(matches, index) and not self._passive(tokens, group.verbs[0])

    def _after_data(self, matches: list[Match], index: int) -> bool:
        """Whether a data term ends right before ``index``; a comma or a parenthesis may
        stand between ('data ("Other Information") that ...')."""
        ends = {m.last for m in matches if m.category == "data"}
        tokens = self._tokens
        if index and tokens[index - 1].key == ",":
            index -= 1
        if index and tokens[index - 1].key == ")":
            while index and tokens[index - 1].key != "(":
                index -= 1
            index -= 1
        return index in ends

    def _organisation_name(self, tokens: list[Token], index: int, verb: int) -> bool:
        """A name the lexicon does not know, written as one ("MediaNews", "SIDEARM", "NOTMC",
        or capitalised inside a sentence: "... that Honda collects"): in a privacy policy the
        organisation that speaks. "Children should not ..." opens a sentence and is no name;
        "Geekdo automatically receives ..." is: one singular word, right before its verb."""
        text = tokens[index].text
        if not text[:1].isupper() or not text.isalpha():
            return False
        if any(c.isupper() for c in text[1:]):
            return True
        if index > 0 and tokens[index - 1].text not in (":", ".", '"', "“", "(", "-", "•"):
            return True
        if index > 1 and tokens[index - 1].text == "-" and \
                tokens[index - 2].end == tokens[index - 1].start == tokens[index].start - 1 and \
                tokens[index - 2].text[:1].isupper():
            return True  # "IFSA-Butler collects": one hyphenated name
        between = tokens[index + 1:verb]
        # the finite word agrees with one name: "Geekdo automatically receives", "Geekdo does
        # not rent, sell, or share", "Acme has never sold"
        finite = between[0] if between and between[0].text.lower() in ("does", "has") \
            else tokens[verb]
        return index == 0 and not text.endswith("s") and finite.text.endswith("s") and \
            text.lower() not in self._function_words and all(
                t.key.endswith("ly") or t is finite or t.key in self.words["negation"]
                for t in between)

    def _left_of_auxiliaries(self, tokens: list[Token], verb: int, floor: int) -> int:
        skip = self.words["auxiliary"]
        adverbials = self.grammar.phrases["adverbial"]
        index = verb - 1
        while index >= floor:
            key = tokens[index].key
            phrase = key in self._adverbial_ends and next(
                (p for p in adverbials if index - len(p) + 1 >= floor and tuple(
                    t.key for t in tokens[index - len(p) + 1:index + 1]) == p), None)
            if phrase:
                index -= len(phrase)
            elif key in skip or key.endswith("ly"):
                index -= 1
            elif key == ")":
                while index >= floor and tokens[index].key != "(":
                    index -= 1
                index -= 1
            else:
                break
        return index

    def _coordinated_subject(self, tokens: list[Token], matches: list[Match], last: Match,
                             floor: int) -> list:
        parties = [m for m in matches if m.category in ("party", "named") and m.last <= last.last
                   and m.first >= floor]
        chosen = [last]
        joiners = self.words["subject_joiners"]
        coordinated = False  # a bare comma joins only inside a list that "and"/"or" closes
        for m in reversed(parties):
            if m.last > chosen[-1].first:
                continue
            between = [t.key for t in tokens[m.last:chosen[-1].first]]
            if not self._joined(between, joiners) or (
                    m.last - m.first == 1
                    and tokens[m.first].key in self.words["non_subject_forms"]):
                break  # "... send us, and you not disclose": "us" is an object
            coordinated = coordinated or not {"and", "or", "nor", "/", "and/or", "(", "its",
                                              "their", "our", "such", "including"
                                              }.isdisjoint(between)
            if between and not coordinated:
                break  # "... with third parties, you may request": the comma ends a clause
            chosen.append(m)
        return list({self._kind(m): (self._kind(m), m) for m in reversed(chosen)}.values())

    def _joined(self, between: list[str], joiners: frozenset[str]) -> bool:
        """Whether the words between two parties join them: "we and our", "we and our
        authorized" (up to two modifiers after the joiner, no function word among them)."""
        modifiers = [k for k in between if k not in joiners]
        return not modifiers or (between[0] in joiners and len(modifiers) <= 2 and not any(
            k in self._function_words for k in modifiers))

    def _practice(self, sentence, verb, actor, actor_match, rule, polarity, data, after,
                  purposes, conditions, inside) -> Practice | None:
        if verb.last == verb.first + 1 and verb.first in self._user_purposes():
            return None  # "to keep you informed about our work": no practice on data
        kind = verb.concept
        if self.lexicon.is_within(kind, SHARING):
            after = [m for m in after if not self._topic(m, verb)]
        recipients, named = self._recipients(after)
        if actor == FIRST_PARTY and rule != "passive" and self.lexicon.is_within(kind, USE) \
                and self._party_object(after, verb.last):
            kind = "outsourcing"
        if kind == "outsourcing":
            if not recipients or actor != FIRST_PARTY:
                return None
            kind, rule = SHARING, "outsourcing"
            if not any(m.category == "data" for m in inside):
                data = (GENERIC_DATA,)  # "we use shipping companies": the data is not named
        elif actor == USER:
            audiences = tuple(r for r in recipients if r in USER_AUDIENCES)
            # "you submit / enter your name": the user gives, whatever the verb's class
            giving = self.lexicon.is_within(kind, SHARING) or (
                data != (GENERIC_DATA,) and self.grammar.phrase_at(
                    self._keys(self._tokens), verb.first, "user_giving_verbs"))
            if giving and audiences:
                recipients, rule = audiences, "user-discloses"
            elif giving and not recipients:
                if polarity == NEGATED or self._unwanted(verb):
                    # "you do not have to provide", "if you do not wish to share your PIN": a
                    # choice, not a practice
                    return None
                kind, actor, rule = COLLECTION, FIRST_PARTY, "user-provides"
            else:
                return None
        if self._no_data_practice(verb, kind, rule, polarity, after):
            return None
        if self.lexicon.is_within(kind, SHARING):
            if not recipients and self._named_object(verb):
                recipients = (THIRD_PARTY,)  # "provide that composer with your information"
            if not recipients and (self._user_object(after, verb) or rule == "user-discloses"
                                   or self._weak(verb)):
                return None
            if not recipients and self._to_region(verb):
                return None  # "we may transfer it to any other country": a place, no one
            if not recipients and self._to_site(verb, after):
                if polarity != AFFIRMED:
                    return None
                # "Third parties may share information about you with us": the site collects
                return Practice(COLLECTION, FIRST_PARTY, sentence, polarity, data, (), (),
                                purposes, conditions, rule, (verb.label,))
            recipients = recipients or self._implied(conditions) or (THIRD_PARTY,)
        elif actor not in (FIRST_PARTY, USER):
            recipients = (actor,)
        else:
            recipients = ()
        recipients = self._specialise(recipients, data)
        if not purposes and not self._statistics_only(data, conditions):
            # a recipient's kind implies its purpose ("with advertisers": advertising), but not
            # for aggregate statistics ("aggregated, anonymous information with advertisers");
            # failing that, the occasion of an affirmed practice does ("when you register, we
            # ask for your name": the basic service; not a sale nor a denial)
            purposes = tuple(dict.fromkeys(
                p for r in recipients for p in self.lexicon.purposes_of.get(r, ())))
            if not purposes and polarity == AFFIRMED and not self.lexicon.is_within(kind, SALE):
                purposes = tuple(dict.fromkeys(
                    p for c in conditions for p in self.lexicon.purposes_of.get(c, ())))
        named_actor: tuple[str, ...] = (actor_match.concept,) if actor_match is not None \
            and actor_match.category == "named" else ()
        if actor not in (FIRST_PARTY, USER):
            named_actor += tuple(m.concept for m in self._subject_examples
                                 if self._kind(m) == actor)
        words = tuple(dict.fromkeys(m.label for m in inside if m.category != "verb"))
        return Practice(kind, actor, sentence, polarity, data, recipients, named + named_actor,
                        purposes, conditions, rule, (verb.label,) + words)

    def _no_data_practice(self, verb: Match, kind: str, rule: str, polarity: str,
                          after: list[Match]) -> bool:
        """Verbs of practice that state none here: a security measure, a party asked or
        restricted, goods or a business sold."""
        if (self.lexicon.is_within(kind, USE) or self.lexicon.is_within(kind, RETENTION)) and \
                rule != "passive" and after and after[0].category == "statement":
            return True  # "we use SSL encryption to ...", "we maintain physical safeguards":
            # a security measure, not data
        if self._choice_verb(verb) and (self._party_object(after) or self._asks_to_act(verb)):
            return True  # "we require the acquiring party to follow ...", "we may ask
            # registered users to review and consent to the changes": asks, no data
        if verb.label == "get" and verb.last < len(self._tokens) and (
                self._tokens[verb.last].text.lower().endswith(("ed", "en"))
                or self._tokens[verb.last].key == "pay"):
            return True  # "our partners get paid", "get started": an auxiliary, no collection
        if polarity == NEGATED and self._verb_in(verb, "access_verbs") and \
                not verb.label.startswith("be "):
            return True  # "advertisers do not have access to our cookies": a limit, no denial
            # ("will not be given access to" is the site's denial: the party obtains nothing)
        if self.lexicon.is_within(kind, SALE) and self._sells_goods(verb):
            return True  # "we sell children's products", "sell or buy stores or assets"
        # "if we sell or transfer all or part of our business": the occasion
        return self._corporate_object(self._tokens, self._matches, verb)

    def _statistics_only(self, data: tuple[str, ...], conditions: tuple[str, ...]) -> bool:
        """Whether only aggregate or anonymous data are meant ("aggregate information", not
        "PIN, CIN and/or aggregate information")."""
        return AGGREGATE_ONLY in conditions and not any(
            self.lexicon.is_within(d, PERSONAL) and not self.lexicon.is_within(d, NON_PERSONAL)
            and not self.lexicon.is_within(d, AGGREGATE) for d in data)

    def _passive(self, tokens: list[Token], verb: Match) -> bool:
        if tokens[verb.first].text.lower().endswith("ing"):
            return False  # "may be collecting": progressive, active
        auxiliaries = self.words["passive_auxiliary"]
        index, floor = verb.first - 1, max(verb.first - 4, -1)
        while index > floor:
            key = tokens[index].key
            if key in auxiliaries:
                return True
            # "are patched regularly and monitored": the participle before shares the auxiliary
            participle = self._coordinated_participle(tokens, index, 1)
            if participle is not None:
                index, floor = participle - 1, max(participle - 4, -1)
                continue
            if not (key.endswith("ly") or key in self.words["negation"]
                    or key in {"also", "then"}):
                return False
            index -= 1
        return False

    @staticmethod
    def _coordinated_participle(tokens: list[Token], conjunction: int, floor: int) -> int | None:
        """The index of the past participle that "and"/"or" at ``conjunction`` joins to the verb
        after it, past adverbs ("patched regularly and monitored"), or None."""
        if tokens[conjunction].key not in ("and", "or"):
            return None
        before = conjunction - 1
        while before >= floor and tokens[before].key.endswith("ly"):
            before -= 1
        return before if before >= floor and tokens[before].text.lower().endswith("ed") else None

    def _agents(self, tokens: list[Token], after: list[Match], verb_end: int) -> list:
        """Parties after "by" right behind the verb ("collected by advertisers", also past
        adverbs: "processed directly by our payment processor")."""
        while verb_end < len(tokens) - 1 and tokens[verb_end].key.endswith("ly") and \
                tokens[verb_end].text.isalpha():
            verb_end += 1
        following = tokens[verb_end + 1].text.lower() if verb_end + 1 < len(tokens) else ""
        if verb_end < len(tokens) and tokens[verb_end].key in self.words["agent_marker"] and \
                following != "means":  # "by means of cookies" names no agent
            return [(self._kind(m), m) for m in after if m.category in ("party", "named")
                    and m.first <= verb_end + 6 and self._kind(m) not in (USER,)]
        return []

    def _subjects(self, tokens: list[Token], inside: list[Match], verb: int
                  ) -> list[tuple[str, Match]]:
        forms = self.words["non_subject_forms"]
        found = []
        for m in inside:
            if m.category not in ("party", "named") or m.first >= verb:
                continue
            if tokens[m.first].key in forms and m.last - m.first == 1:
                continue
            if self._after_preposition(tokens, m.first):
                continue
            found.append((self._kind(m), m))
        if not found:
            return []
        nearest = found[-1][1]
        kinds = {kind for kind, _ in found}
        # A coordinated subject keeps every party; otherwise the nearest one is the subject.
        chosen = found if len(kinds) > 1 and self._all_coordinated(tokens, found) else [found[-1]]
        return list({kind: (kind, match) for kind, match in chosen}.values()) or [
            (self._kind(nearest), nearest)]

    def _after_preposition(self, tokens: list[Token], index: int) -> bool:
        """Whether a noun phrase starting at ``index`` is a preposition's object: "with us",
        "in any one individual" (over articles and quantifiers)."""
        quantifiers = self.words["skip"] | self.words["quantifiers"]
        index -= 1
        while index >= 0 and tokens[index].key in quantifiers:
            index -= 1
        return index >= 0 and tokens[index].key in self.words["preposition"]

    def _all_coordinated(self, tokens: list[Token], found: list) -> bool:
        joiners = self.words["coordination"] | {"its", "their", "e", "g", ".", "etc", "our"}
        for (_, left), (_, right) in zip(found, found[1:]):
            if not all(t.key in joiners for t in tokens[left.last:right.first]):
                return False
        return True

    def _kind(self, match: Match) -> str:
        return self.named_kinds.get(match.concept, THIRD_PARTY) if match.category == "named" \
            else match.concept

    def _negated(self, tokens: list[Token], group: _Group, inside: list[Match],
                 after: list[Match]) -> bool:
        """Negation that belongs to this verb: in its auxiliary chain ("we do not sell",
        "will never be shared"), on its subject ("no information will be disclosed") or on its
        object ("with no one"); not a negation of another verb ("if you do not want us to")."""
        negators = self.words["negation"]
        head = group.verbs[0].first
        index = head - 1
        while index >= group.region and (tokens[index].key in self.words["auxiliary"]
                                         or tokens[index].key.endswith("ly")):
            if tokens[index].key in negators:
                following = tokens[index + 1].key
                if self._subjunctive(tokens, index):
                    return False  # "you may request that we not share ...": a choice offered
                if following not in self.words["negation_not_before"]:
                    return True
            index -= 1
        keys = self._keys(tokens)
        if self._policy_not_to(keys, group.clause[0], head):
            self._not_to = True
            return True
        if self._enabling_denied(tokens, head):
            return True
        firsts = self.grammar.first_keys["clause_negation"]
        if self._has_any(tokens, firsts) and any(
                self._clause_negation_at(keys, i, group.clause[0], head)
                for i in range(group.clause[0], head) if keys[i] in firsts):
            return True  # "Under no circumstances do we collect ...", "It is not our policy"
        if self._has_any(tokens, ("nor", "neither")):
            if any(keys[i] in ("nor", "neither") and keys[i + 1] in self.words["auxiliary"]
                   for i in range(group.region, head - 1)):
                return True  # "..., nor do we link IP addresses to ..."
            opening = self._opening_index(tokens)
            if keys[opening:opening + 1] == ["neither"] and "nor" in keys[opening:head]:
                return True  # "Neither our advertisers nor our analytics providers receive"
        # the subject: its first noun, or for a verb after a reduced relative ("None of the
        # information collected is sold") the clause's first data term
        before = [m for m in inside if m.first < head and m.category in ("data", "party", "named")
                  ] or [m for m in self._matches if m.category == "data"
                        and group.clause[0] <= m.first < group.region]
        reduced = bool(before) and before[-1].last == head and \
            tokens[head].text.lower().endswith("ed")  # "the information collected"
        if before and not reduced and self._negated_noun(tokens, before[0].first):
            return True
        return any(m.first and tokens[m.first - 1].key in negators and m.first - head <= 4
                   and not (m.first > 1 and tokens[m.first - 2].key == "or")  # "whether or not"
                   for m in after)

    def _negated_noun(self, tokens: list[Token], index: int) -> bool:
        """Whether a negator quantifies the noun at ``index``: "no information", "none of the
        information", "no part of your data"."""
        skip, negators = self.words["skip"], self.words["negation"]
        index -= 1
        if index >= 0 and tokens[index].key in negators:
            return True
        while index > 0 and tokens[index].key in skip:
            index -= 1
        if index < 1 or tokens[index].key != "of":  # "not the cookies" is a contrast
            return False
        index -= 1
        if index > 0 and tokens[index].key == "part":
            index -= 1
        return tokens[index].key in negators

    def _clause_negation_at(self, keys: list[str], index: int, start: int, head: int) -> bool:
        """Whether a phrase that negates a clause ("under no circumstances", "in no event", "it
        is not our policy") stands at ``index`` for the verb at ``head``: near the clause's
        start, or right before the verb's auxiliaries and subject ("..., in no event will we
        sell"), and "It is not the policy" also after a run-in heading."""
        size = self.grammar.phrase_at(keys, index, "clause_negation")
        if not size:
            return False
        if index < start + 3 or keys[index] == "it":
            return True
        between = keys[index + size:head]
        return all(k in self.words["auxiliary"] or k in _SUBJECT_PRONOUNS
                   or k in self.words["negation"] for k in between)

    def _policy_not_to(self, keys: list[str], start: int, head: int) -> bool:
        """'It is our strict policy not to share', 'we will make every effort not to sell',
        'We endeavor not to knowingly collect': the site's policy or commitment denies the
        practice. Not the user's choice ("you may choose not to submit") nor other businesses'
        policies ("such businesses may have a policy not to disclose"). Another party's
        commitment ("We expect our partners to make every effort not to disclose", "Our
        processors undertake not to transfer") states nothing of the site's: ``_others_not_to``
        is set and the practice is dropped."""
        index = head - 1
        while index > start and keys[index].endswith("ly"):
            index -= 1  # "not to knowingly collect"
        if not (index >= 2 and keys[index] == "to" and keys[index - 1] in self.words[
                "negation"] and keys[index - 2] in self.words["commitment_words"]):
            return False
        committed = self._committed(keys, start, index - 2)
        if committed is not None:
            self._others_not_to = committed != FIRST_PARTY
            return committed == FIRST_PARTY
        # "our (strict) policy", "We have a policy": not "our advertisers have a policy"
        return "our" in keys[max(start, index - 4):index - 2] or keys[start] == "we"

    def _committed(self, keys: list[str], start: int, word: int) -> str | None:
        """Who makes the commitment whose word stands at ``word``: FIRST_PARTY, another party,
        or None when no subject stands right before it ("it is our policy")."""
        index = word - 1
        while index >= start and (keys[index] in _COMMITMENT_FILLERS or keys[index] in
                                  self.words["auxiliary"] or keys[index].endswith("ly")):
            index -= 1
        if index < start:
            return None
        if keys[index] == "to":  # "We expect our partners to make every effort"
            index -= 1
        if keys[index] == "you":
            return USER
        if keys[index] == "we":
            return FIRST_PARTY
        party = next((m for m in self._matches if m.last == index + 1
                      and m.category in ("party", "named")), None)
        if party is None:
            return None
        before = keys[max(start, party.first - 3):party.first]
        if self._kind(party) != FIRST_PARTY and "we" in before and "and" in before:
            return FIRST_PARTY  # "We and our affiliates make every effort"
        return self._kind(party)

    def _relative_clause(self, tokens: list[Token], subjects: list) -> bool:
        """Whether a subject opens a relative clause: it follows a relative pronoun or a noun
        ("the information (that) we maintain", "legal process we receive")."""
        first = min((m.first for _, m in subjects if m is not None), default=0)
        if not first or tokens[first].text in ("We", "You"):
            return False  # "... You Request We use": a run-in heading ends before "We"
        index = first - 1
        if tokens[index].key in ("that", "which"):
            index -= 1
        return any(m.last == index + 1 and m.category in ("data", "purpose", "condition")
                   for m in self._matches)

    def _qualified_denial(self, tokens: list[Token], group: _Group) -> bool:
        """A denial that is no statement that data are never handled: hedged by frequency ("we
        do not generally / routinely collect"), bounded by a comparison ("we do not collect
        more personal information than is necessary"), or the consequence of the user's own
        refusal ("If you do not enable the service, we will not collect your location": a
        choice)."""
        keys = self._keys(tokens)
        head = group.verbs[0].first
        if any(k in self.words["frequency_hedges"] for k in keys[max(group.region, head - 3):
                                                                     head]):
            return True
        # a restriction, no denial: "we will not share it in a manner that would enable the
        # advertiser to identify you", "in ways unrelated to the ones described above", and
        # "will not otherwise disclose" (beyond what the policy describes; "or otherwise
        # share" is "in any other way")
        # (the phrase must bound this verb's own object: not "We do not collect cookies, and
        # our website is built in a way that ...", nor "..., or for any purpose ...")
        closing = self.words["auxiliary"] | _SUBJECT_PRONOUNS
        if any(head < i < group.end and keys[i - 1] not in ("and", "or", ",") and all(
                k not in closing for k in keys[group.verbs[-1].last:i])
               for i, _ in self._positions(tokens, "restricted_manner")):
            return True
        # ("... does not require an account and does not otherwise collect": after a denial
        # of its own, "otherwise" is "either")
        negators = self.words["negation"]
        if any(keys[i] == "otherwise" and (keys[i - 1] in negators or keys[i - 1] == "be"
                                           and keys[i - 2] in negators)
               and not any(k in negators for k in keys[:i - 2])
               for i in range(max(group.region, head - 3, 2), head)):
            return True
        references = self._policy_references(tokens)
        if tokens is self._referred_tokens:
            return True  # the reference stood in a phrase left out before the verb
        if any(i < head for i in references) and not any(
                i > head and i not in references
                for i, _ in self._positions(tokens, "exception_marker")):
            # "Except as described in this policy, we do not share ...": the sharing described
            # elsewhere is the statement; this opening only bounds it (unless a real exception
            # follows: "... unless required by law")
            return True
        after = tokens[group.verbs[-1].last:group.end]
        if any(t.text.lower() == "more" for t in after[:3]) and any(t.key == "than"
                                                                  for t in after):
            return True
        if self._user_gives_exception(head):
            return True
        return bool(keys) and keys[0] in ("if", "unless") and any(
            m.first <= 2 and self._kind(m) == USER for m in self._matches
            if m.category == "party") and any(k in self.words["negation"]
                                              for k in keys[1:5])

    def _user_gives_exception(self, head: int) -> bool:
        """'We do not collect personal information unless you provide it to us': what the user
        gives is collected; the sentence bounds collection by the user's choice, it denies
        nothing."""
        for index, size in self._positions(self._tokens, "exception_marker"):
            if index <= head:
                continue
            window = [m for m in self._matches if index + size <= m.first < index + size + 8]
            party = next((m for m in window if m.category in ("party", "named")), None)
            if party is not None and self._kind(party) == USER and any(
                    m.category == "verb" and m.first > party.first and self.lexicon.is_within(
                        m.concept, SHARING) for m in window):
                return True
        return False

    def _policy_references(self, tokens: list[Token]) -> list[int]:
        """Exception markers that refer to the policy itself: "except as (otherwise) described
        in this policy", "except as set forth below"."""
        meta = [i for i, _ in self._positions(tokens, "meta_verbs")]
        return [i for i, _ in self._positions(tokens, "exception_marker")
                if any(i < j <= i + 3 for j in meta)]

    def _subjunctive(self, tokens: list[Token], negator: int) -> bool:
        """'that we not share': a negator right after the subject of a "that" clause, with no
        auxiliary, is a subjunctive asked for, not a denial."""
        return any(m.last == negator and m.first and m.category in ("party", "named")
                   and tokens[self._before_aside(tokens, m.first)].key == "that"
                   for m in self._matches)

    @staticmethod
    def _before_aside(tokens: list[Token], index: int) -> int:
        """The token before ``index``, past a comma-delimited aside ("that, in the future, we
        not ...")."""
        before = index - 1
        if before > 0 and tokens[before].key == ",":
            opening = next((i for i in range(before - 1, max(before - 8, -1), -1)
                            if tokens[i].key == ","), None)
            if opening is not None and opening > 0:
                return opening - 1
        return max(before, 0)

    def _antecedent(self, tokens: list[Token], matches: list[Match], subject: int) -> int:
        """Where an active verb's own data may start: at its subject, or at the noun right
        before it that a relative clause describes ("the cookies (that) we use")."""
        index = subject
        if index and tokens[index - 1].key in self.words["relative"]:
            index -= 1
            if index and tokens[index - 1].key == ",":  # "an e-mail address, which we use"
                index -= 1
        before = [m for m in matches if m.category == "data" and m.last == index]
        return min((m.first for m in before), default=subject)

    def _data(self, inside: list[Match], matches: list[Match], group: _Group,
              tokens: list[Token], passive: bool, floor: int = 0) -> tuple[str, ...]:
        """Data types a verb group speaks of: the object of an active verb, the subject of a
        passive one; "such information" and "it" take their antecedent. Data before an active
        verb's subject (``floor``) belong to another verb: in "we may disclose your information
        in response to legal process we receive" nothing is received but the legal process."""
        head, clause = group.verbs[0], group.clause
        excluded = self._excluded(tokens)
        limit = group.end
        if not self._party_object([m for m in inside if m.first >= group.verbs[-1].last],
                                  group.verbs[-1].last):
            limit = self._purpose_clause(tokens, group.verbs[-1].last, group.end)
        data_matches = [m for m in inside if m.category == "data" and m.first not in excluded
                        and floor <= m.first < limit]
        objects = [m for m in data_matches if m.first >= group.verbs[-1].last]
        # "we share information about you with service providers who manage our customer
        # information": the data of a relative clause on a party are that party's (up to the
        # comma that closes it: "..., such as your name" are again the object's examples)
        relative = self._party_relative(tokens, inside, objects)
        objects = [m for m in objects if m.first not in relative]
        data_matches = [m for m in data_matches if m.first not in relative]
        subjects = [m for m in data_matches if m.first < head.first]
        found = (subjects or objects) if passive else (objects or subjects)
        if passive and not any(m.category == "data" and clause[0] <= m.first < head.first
                               for m in matches) and \
                self._thing_subject(tokens, head, group.region):
            return (GENERIC_DATA,)  # "This privacy policy has been compiled ...": no data
        if not found and not passive and self._thing_object(tokens, group.verbs[-1].last):
            return (GENERIC_DATA,)  # "we will not receive compensation": the object is no data
        if found and not all(m.concept in VAGUE for m in found):
            # "information about your computer or other device that you use to access the
            # Sites, including IP address, ...": past a relative clause, "including" still
            # lists the object's examples
            found = found + self._examples_past_relative(tokens, matches, found, excluded,
                                                         floor)
        if found and (all(m.concept in VAGUE for m in found) or limit < group.end):
            # the examples of a vague object may follow a clause of purpose inside it
            # ("information related to the devices you use to access our services, such as:
            # IP addresses, browser types"), and so may those of any object a clause of purpose
            # cut ("information about your computer that you use to access the Sites, including
            # IP address, geolocation information")
            found = found + self._examples(tokens, [
                m for m in matches if m.category == "data" and m.first not in excluded
                and floor <= m.first and m.first not in relative], group, clause)
        cut = limit if limit < group.end else clause[1]
        if passive:  # data before a passive verb's subject are another verb's ("If you enter
            floor = group.region  # our photo contest, you will be asked to provide ...")
        found = found or [m for m in matches if m.category == "data" and floor <= m.first < cut
                          and clause[0] <= m.first < clause[1] and m.first not in excluded]
        if not found and passive:
            found = self._subject_before_relative(tokens, matches, group, excluded)
        data = self._expand(_concepts(found))
        if data and not UNSPECIFIC.issuperset(data):
            return data
        if not found and passive and self._thing_subject(tokens, head, group.region):
            return (GENERIC_DATA,)  # "servers are monitored": the subject is no data
        anaphoric = not found or any(
            m.first and tokens[m.first - 1].key in self.words["anaphora"] for m in found)
        if anaphoric:
            earlier = self._clause_subject(tokens, matches, clause) or _concepts(
                m for m in matches if m.category == "data" and m.last <= clause[0]
                and m.concept != GENERIC_DATA) or self._antecedent_in_clause(
                    tokens, matches, found, excluded, group.verbs[-1].last)
            # (a vague antecedent in the sentence comes after the sentence before's data)
            return earlier or self.previous_data or self._antecedent_in_clause(
                tokens, matches, found, excluded, group.verbs[-1].last, vague=True
            ) or data or (GENERIC_DATA,)
        return data

    def _antecedent_in_clause(self, tokens: list[Token], matches: list[Match],
                              found: list[Match], excluded: set[int], after_verb: int,
                              vague: bool = False) -> tuple[str, ...]:
        """'we will collect contact information such as your name and email address and we may
        share this information with co-sponsors': an anaphoric object ("this information",
        "such data") takes up the specific data named before it in its sentence, across "and"
        or "but" that open a clause of its own or go on with the same subject."""
        anaphor = next((m.first for m in found if m.first and tokens[m.first - 1].key in
                        self.words["anaphora"]), None)
        pronoun = anaphor is None and after_verb < len(tokens) and tokens[after_verb].key in (
            "it", "them")
        if pronoun:
            anaphor = after_verb + 1  # "who may use it for marketing purposes"
        if anaphor is None:
            return ()
        # (the specific data, or when ``vague`` the vague terms: "personal information"; a
        # pronoun takes both: "personal information such as your name, and we never sell it")
        before = [m for m in matches if m.category == "data" and m.last < anaphor
                  and m.first not in excluded and m.concept != GENERIC_DATA
                  and (pronoun or (m.concept in VAGUE) == vague)]
        if not before:
            return ()
        # only across "and"/"but" and a subject of its own: not "We use cookies to collect
        # this information", "If you log in with Facebook, we may collect such data"
        keys = self._keys(tokens)
        # (or the same subject goes on: "We collect your name and may share this information")
        # (or a party it went to acts on it: "to our affiliates, who may use it for ...")
        joined = any(keys[i] in ("and", "but") and (
            keys[i + 1] in _SUBJECT_PRONOUNS or keys[i + 1] in self.words["auxiliary"]
            or any(m.first == i + 1 and m.category in ("party", "named", "verb")
                   for m in matches)) or keys[i] in ("who", "which") and keys[i - 1] == ","
            for i in range(before[-1].last, anaphor - 1))
        return _concepts(before) if joined else ()

    def _clause_subject(self, tokens: list[Token], matches: list[Match],
                        clause: tuple[int, int]) -> tuple[str, ...]:
        """'Our cookies do not include your name or e-mail address; they are used to ...': a
        pronoun that opens a clause takes up the data the clause before opened with, its
        subject, not the data its verb spoke of."""
        if clause[0] >= len(tokens) or tokens[clause[0]].key not in ("they", "it"):
            return ()
        before = [c for c in self._clauses(tokens) if c[1] <= clause[0]]
        if not before:
            return ()
        start, end = before[-1]
        verbs = [m.first for m in matches if m.category == "verb" and start <= m.first < end]
        return _concepts(m for m in matches if m.category == "data" and start <= m.first
                         <= start + 1 and (not verbs or m.last <= verbs[0]))

    def _examples_past_relative(self, tokens: list[Token], matches: list[Match],
                                found: list[Match], excluded: set[int], floor: int
                                ) -> list[Match]:
        """The examples after "including" or "such as" of an object a relative clause follows
        (the object, maybe coordinated, then "that ..." and a comma); up to a semicolon."""
        keys = self._keys(tokens)
        end = max(m.last for m in found)
        if end >= len(keys) or keys[end] not in self.words["relative"] and not (
                end + 3 < len(keys) and keys[end] in ("or", "and")
                and self.words["relative"].intersection(keys[end:end + 4])):
            return []
        marks = [i for i in range(end, len(keys)) if keys[i] == "include"
                 or keys[i:i + 2] == ["such", "as"]]
        if not marks or "," not in keys[end:marks[0]] or ";" in keys[end:marks[0]]:
            return []
        stop = next((i for i in range(marks[0], len(keys)) if keys[i] in (";", ".")), len(keys))
        return [m for m in matches if m.category == "data" and marks[0] < m.first < stop
                and m.first not in excluded and m.first >= floor and m.concept not in VAGUE]

    def _subject_before_relative(self, tokens: list[Token], matches: list[Match],
                                 group: _Group, excluded: set[int]) -> list[Match]:
        """A passive verb's subject standing before a relative clause that has a verb of its
        own: reduced ("your personal information collected in a promotion may be shared") or
        with a pronoun ("your IP address and the information that you submit may be provided")."""
        clause = group.clause
        verbs = {m.first for m in matches if m.category == "verb"}
        found = [m for m in matches if m.category == "data" and clause[0] <= m.first
                 < group.region and m.last in verbs and m.first not in excluded
                 and tokens[m.last].text.lower().endswith(("ed", "en"))]
        if found:
            return found
        relatives = self.words["relative"]
        ends = [m.last for m in matches if m.category == "data" and clause[0] <= m.first
                and m.last < group.region and tokens[m.last].key in relatives]
        return [m for m in matches if m.category == "data" and clause[0] <= m.first < ends[0]
                and m.first not in excluded] if ends else []

    def _party_relative(self, tokens: list[Token], inside: list[Match],
                        objects: list[Match]) -> range:
        """The token positions of a relative clause on a party after the object ("with service
        providers who manage our customer information, such as ..."), up to its comma."""
        relatives = self.words["relative"]
        if not objects or not self._has_any(tokens, relatives):
            return range(0)
        start = next((m.last for m in inside if m.category in ("party", "named")
                      and self._kind(m) not in (FIRST_PARTY, USER)  # "from you that you give"
                      and m.first > objects[0].first and m.last < len(tokens)
                      and tokens[m.last].key in relatives), None)
        if start is None:
            return range(0)
        end = next((i for i in range(start, len(tokens)) if tokens[i].key == ","), len(tokens))
        marks = dict(self._positions(tokens, "enumeration"))
        after = end + 1 + marks.get(end + 1, len(tokens))
        if after < len(tokens) and tokens[after].text.lower().endswith("ing"):
            end = len(tokens)  # "who perform services, such as validating addresses": theirs
        return range(start, end)

    def _purpose_clause(self, tokens: list[Token], start: int, end: int) -> int:
        """Where an active verb's object ends at a clause of purpose ("to" + a bare verb, "so
        that", "in order to"): in "we use SSL encryption to help ensure that your personal
        information cannot be read" the data belong to "ensure", and in "we provide your
        information to advertisers so that they can serve ads that match your interests" the
        interests only describe the ads. A tracking technology is the exception: "advertisers use
        cookies to determine which ads users have seen" says what the cookies gather. "to" + a
        word that starts a lexicon match ("to third parties", "to you") is an object."""
        starts, data_starts = self._starts()
        closed = self._closed_objects
        keys = self._keys(tokens)
        boundary = min([i for i, _ in self._positions(tokens, "purpose_clause")
                        if start <= i < end] + [end])
        for index in range(start, min(boundary, len(tokens) - 1)):
            if keys[index] != "to":
                continue
            word = tokens[index + 1]
            if index + 1 in starts or word.key in closed or not word.text.isalpha():
                continue
            if index + 2 in data_starts and keys[index + 2] not in self.words["skip"]:
                continue  # "to recipient addresses": a noun modifying the data; not "to
                # understand your preferences", whose data follow a verb and its determiner
            if word.text == word.text.lower() and word.text == word.key:
                boundary = index
                break
        named = [m.concept for m in self._matches if m.category == "data"
                 and start <= m.first < boundary]
        if named and all(self.lexicon.is_within(c, TRACKER) for c in named):
            return end
        return boundary

    def _examples(self, tokens: list[Token], data: list[Match], group: _Group,
                  clause: tuple[int, int]) -> list[Match]:
        """'non-personally identifiable information that is automatically collected ..., such
        as IP address, browser type': the types a vague term is exemplified by later on."""
        after = group.verbs[-1].last
        marks = [i for i, _ in self._positions(tokens, "enumeration")
                 if after <= i < clause[1]]
        if not marks:
            return []
        # a list of what is collected runs on to the end of the sentence, after a colon over
        # semicolons ("we collect the following: Internet address; Web pages requested; Type of
        # web browser"; a colon after "to" or "purposes" opens purposes, after "if" occasions)
        # and after "such as" over a coordinated verb ("you are required to select a user name
        # and may be required to provide other information, such as your email address")
        colon = marks[0]
        runs_on = (tokens[colon].key != ":" or tokens[colon - 1].key not in (
            "to", "that", "if", "when", "purpose", "you")) and all(
            self.lexicon.is_within(v.concept, COLLECTION) for v in group.verbs)
        end = len(tokens) if runs_on else min(group.end, clause[1])
        return [m for m in data if m.first > marks[0] and m.concept not in VAGUE
                and m.first < end]

    def _thing_object(self, tokens: list[Token], after: int) -> bool:
        """Whether the word after an active verb (past articles) is a noun the lexicon does not
        know as data or a party ("receive compensation", "store products"), or the user
        ("recognize you")."""
        skip = self.words["skip"]
        index = after
        while index < len(tokens) and tokens[index].key in skip:
            index += 1
        if index >= len(tokens):
            return False
        hit = next((m for m in self._matches if m.first <= index < m.last
                    and m.category in ("data", "party", "named")), None)
        if hit is not None:
            return hit.category == "party" and hit.concept == USER and index == after
        token = tokens[index]
        return token.text.isalpha() and token.text.islower() and \
            token.key not in self._not_object and not token.key.endswith("ly")

    def _thing_subject(self, tokens: list[Token], head: Match, floor: int) -> bool:
        """Whether a passive verb's subject is a noun that the lexicon does not know as data
        or a party ("Servers and workstations are ... monitored"), not a pronoun."""
        index = self._left_of_auxiliaries(tokens, head.first, floor)
        # past a participle coordinated before the verb: "are patched regularly and monitored"
        while index >= floor:
            participle = self._coordinated_participle(tokens, index, floor)
            if participle is None:
                break
            index = self._left_of_auxiliaries(tokens, participle, floor)
        if index < floor:
            return False
        token = tokens[index]
        known = any(m.first <= index < m.last for m in self._matches
                    if m.category in ("data", "party", "named"))
        return token.text.isalpha() and not known and token.key not in self._not_subject

    def _once(self, name: str, owner: list, compute):
        """``compute()`` once per token or match list (the sentence being read)."""
        cached = self._memo.get(name)
        if cached is None or cached[0] is not owner:
            cached = self._memo[name] = (owner, compute())
        return cached[1]

    def _bracketed(self, tokens: list[Token]) -> set[int]:
        """``_bracketed(tokens)``, once per sentence (not to be changed by the caller)."""
        if not self._has_any(tokens, ("(",)):
            return set()
        return self._once("bracketed", tokens, lambda: _bracketed(tokens))

    def _starts(self) -> tuple[set[int], set[int]]:
        """First tokens of all matches and of data matches."""
        matches = self._matches
        return self._once("starts", matches, lambda: (
            {m.first for m in matches}, {m.first for m in matches if m.category == "data"}))

    def _data_positions(self, matches: list[Match]) -> set[int]:
        """Token positions inside data matches."""
        return self._once("covered", matches, lambda: {
            i for m in matches if m.category == "data" for i in range(m.first, m.last)})

    def _keys(self, tokens: list[Token]) -> list[str]:
        """The keys of ``tokens`` (asked about a dozen times per sentence: kept at hand)."""
        if tokens is self._keyed:
            return self._key_list
        self._keyed, self._key_list, self._found = tokens, list(map(_TOKEN_KEY, tokens)), {}
        self._key_set = frozenset(self._key_list)
        return self._key_list

    def _has_any(self, tokens: list[Token], words: Iterable[str]) -> bool:
        """Whether any key of ``tokens`` is one of ``words`` (decided in C on the key set)."""
        if tokens is not self._keyed:
            self._keys(tokens)
        return not self._key_set.isdisjoint(words)

    def _positions(self, tokens: list[Token], name: str) -> list[tuple[int, int]]:
        """``grammar.positions`` of list ``name`` in ``tokens``, found once per sentence (the
        rules ask again for every verb group)."""
        if tokens is not self._keyed:
            self._keys(tokens)
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self.grammar.positions(self._key_list, name,
                                                               self._key_set)
        return found

    def _excluded(self, tokens: list[Token]) -> set[int]:
        return self._once("excluded", tokens, lambda: self._excluded_positions(tokens))

    def _excluded_positions(self, tokens: list[Token]) -> set[int]:
        """Token positions named as exceptions: '(not including your name, address or e-mail
        address)', 'other than your e-mail address' up to the closing bracket or clause end."""
        keys = self._keys(tokens)
        out: set[int] = set()
        # (an exception between commas after an auxiliary ends at its closing comma: "We do
        # not, except with your consent, use your location")
        closing = {opening: close for close, opening in self._interruptions(tokens).items()}
        for index, size in self._positions(tokens, "exclusion"):
            stop = index + size
            limit = next((c for o, c in closing.items() if o < index < c), len(keys))
            while stop < limit and keys[stop] not in (")", ";", ".") and not (
                    keys[stop] == "," and stop + 1 < len(keys) and keys[stop + 1] in (
                        "we", "and", "but", "which")):
                stop += 1
            out.update(range(index, stop))
        return out | self._definition_predicate(tokens) | self._places(tokens) | \
            self._names_of_things(tokens)

    def _names_of_things(self, tokens: list[Token]) -> set[int]:
        """'the name of the Internet domain', 'the name of your Internet service provider': a
        name of a thing is no personal name (but "the name of the person", "of your friend")."""
        keys = self._keys(tokens)
        out: set[int] = set()
        for m in self._matches:
            if m.category != "data" or m.concept != NAME or m.last >= len(keys) or \
                    keys[m.last] != "of":
                continue
            following = m.last + 1
            while following < len(keys) and keys[following] in self.words["skip"]:
                following += 1
            if following < len(keys) and not any(
                    p.first == following and p.category == "party" for p in self._matches) and \
                    keys[following] not in self.words["person_nouns"]:
                out.update(range(m.first, m.last))
        return out

    def _places(self, tokens: list[Token]) -> set[int]:
        """Place words that say where data go, not where the user is: "transfer it to other
        countries", "stored in locations around the world", "to a franchised location"."""
        keys = self._keys(tokens)
        out: set[int] = set()
        located = [m for m in self._matches if m.category == "data"
                   and self.lexicon.is_within(m.concept, LOCATION)]
        places = {i for m in located for i in range(m.first, m.last)}
        for m in located:
            index, listed, possessed = m.first - 1, False, False
            # past modifiers and a list of places: "to a franchised location", "outside of your
            # state, province, country or other governmental jurisdiction", "in the U.S. or
            # another country"
            while index >= 0:
                key = keys[index]
                if key in self.words["place_modifiers"] or key in _PLACE_LIST_WORDS or \
                        tokens[index].text.endswith("ed"):
                    pass  # "franchised"
                elif key in _PLACE_LIST_JOINS or key in self.words["regions"] or index in places:
                    listed = True
                elif key in _PLACE_POSSESSIVES:
                    possessed = True
                else:
                    break
                index -= 1
            # a possessed place is the user's unless it is one of a list: "changes in your
            # location" is data
            if index >= 0 and keys[index] in self.words["place_prepositions"] and (
                    listed or not possessed):
                out.update(range(m.first, m.last))
        return out

    def _to_region(self, verb: Match) -> bool:
        """Whether a disclosure goes to a country or region, not to anyone: "we may transfer
        it to any other country", "transferred to the United States" ("to a franchised
        location" is a business)."""
        keys = self._keys(self._tokens)
        # only the verb's own clause: not "we do not sell it, but may transfer it to Canada"
        end = min([m.first for m in self._matches if m.category == "verb"
                   and m.first > verb.first] + [len(keys)])
        if keys[verb.last:verb.last + 2] in (["to", ","], ["to", "and"], ["to", "or"]):
            # "transferred to, and processed in, countries outside the EEA", "transferred to
            # and stored on servers in the United States": the verbs share the place
            end = len(keys)
        for start, _size in self._positions(self._tokens, "regions"):
            if not verb.last < start < end:
                continue
            index = start - 1
            while index > verb.first and keys[index] in self.words["place_modifiers"]:
                index -= 1
            if index > verb.first and keys[index] in self.words["destination_prepositions"]:
                return True
        return False

    def _definition_predicate(self, tokens: list[Token]) -> set[int]:
        """In a definition of a technology ("A cookie is a small file, which often includes a
        unique identifier, sent to your browser ...") the types that say what the thing is made
        of are not data anyone collects; positions from "is" to the first practice verb."""
        subject = self._opening_data(tokens, self._matches)
        if subject is None or subject.last + 1 >= len(tokens) or \
                tokens[subject.last].text.lower() not in ("is", "are"):
            return set()
        start = subject.last + 1
        verbs = sorted(m.first for m in self._matches if m.category == "verb" and m.first >= start)
        following = tokens[start]
        if (verbs and verbs[0] == start) or following.key in self.words["auxiliary"] or \
                following.key in self.words["negation"] or following.text.endswith("ed"):
            return set()  # "cookies are used ...", "cookies are not ...": a statement
        return set(range(start, verbs[0] if verbs else len(tokens)))

    def _expand(self, data: tuple[str, ...]) -> tuple[str, ...]:
        """Add what the policy itself defined a data term to include."""
        if not self.definitions and not self.local_definitions:
            return data
        return tuple(dict.fromkeys(data + tuple(
            c for d in data for c in self.definitions.get(d, ()) + self.local_definitions.get(
                d, ()))))

    def _recipients(self, after: list[Match]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        kinds, named = [], []
        for m in after:
            if m.category == "named":
                named.append(m.concept)
                kinds.append(self._kind(m))
            elif m.category == "party" and m.concept not in (FIRST_PARTY, USER):
                kinds.append(m.concept)
        kinds = [k for k in kinds if not (k == THIRD_PARTY and len(set(kinds)) > 1)]
        return tuple(dict.fromkeys(kinds)), tuple(dict.fromkeys(named))

    def _to_site(self, verb: Match, after: list[Match]) -> bool:
        """Whether the site itself is where a disclosure goes: "disclosed only to us", "shared
        with us" (not "the information you have provided to us", another verb's)."""
        tokens = self._tokens
        keys = self._keys(tokens)
        later = [m.first for m in after if m.category == "verb" and m.first >= verb.last]
        relatives = self.words["relative"]

        def own(index: int) -> bool:
            # no relative clause or participle between ("those who do business with us",
            # "entities associated with us", "the information you have provided to us")
            between = range(verb.last, index)
            return not any(v < index for v in later) and not any(
                keys[i] in relatives or (i > verb.last and tokens[i].text.lower().endswith("ed"))
                or (keys[i] == "you" and i + 1 < index and keys[i + 1] not in ("with", "to"))
                for i in between)
        return any(m.category == "party" and m.concept == FIRST_PARTY and m.first
                   and keys[m.first] == "us" and keys[m.first - 1] in ("to", "with")
                   and own(m.first - 1) for m in after)

    def _topic(self, party: Match, verb: Match) -> bool:
        """Whether a party after a disclosure verb is what is disclosed about, whom it comes
        from or who made it, not who receives it: "send you offers and information about the
        Site and our partners", "announcements from our partners", "access to products offered
        by third parties". The nearest preposition before the party (over a list it heads)
        decides; a party that asks for the data ("when asked by the police") receives them."""
        if party.category not in ("party", "named"):
            return False
        prepositions = self.words["preposition"]
        for index in range(party.first - 1, verb.last - 1, -1):
            key = self._tokens[index].key
            if key in prepositions and key != "of":  # "about X, its brands and its partners"
                # "when asked by government authorities": who asks receives
                return key in self.words["topic_prepositions"] and not (
                    key == "by" and index and
                    self._tokens[index - 1].key in self.words["requesting_verbs"])
        return False

    def _party_object(self, after: list[Match], verb_end: int | None = None) -> bool:
        """Whether a verb's first named object is a third party ("we use shipping companies"),
        right after the verb when ``verb_end`` is given (not "we use reasonable efforts to
        prevent third parties from ...", nor "use our applications on third-party sites", where
        the party is the setting; but "services from third-party vendors" are theirs)."""
        for m in after:
            if m.category in ("party", "named"):
                return self._kind(m) not in (FIRST_PARTY, USER) and (verb_end is None or (
                    m.first <= verb_end + 4 and not any(
                        t.key in self.words["setting_prepositions"]
                        for t in self._tokens[verb_end:m.first])))
            if m.category == "data":
                return False
        return False

    def _specialise(self, recipients: tuple[str, ...], data: tuple[str, ...]) -> tuple[str, ...]:
        if not GENERIC_RECIPIENTS.intersection(recipients):
            return recipients
        added = [kind for kind, handled in self.lexicon.handles.items()
                 if any(self.lexicon.is_within(d, h) for d in data for h in handled)]
        return tuple(dict.fromkeys(recipients + tuple(added)))

    def _user_object(self, after: list[Match], verb: Match) -> bool:
        """Whether the user (or the user's browser) receives: "provide you with", "sent to your
        browser"; not "provided to us by our clients"."""
        tokens = self._tokens

        def receives(m: Match) -> bool:
            # "send you", "provide you with", "sent to your browser"; not "information about
            # our visitors" or "unless you give us permission"
            before = self._word_before(m.first)
            return before in ("to", "with") or (before == tokens[verb.last - 1].key
                                                 and m.first - verb.last <= 1)

        return any(m.category == "party" and m.concept == USER and receives(m) for m in after)

    def _sells_goods(self, verb: Match) -> bool:
        """The first noun after a sale verb is merchandise, not data."""
        tokens, keys = self._tokens, self._keys(self._tokens)
        data_starts = {m.first for m in self._matches if m.category == "data"}
        for index in range(verb.last, min(verb.last + 6, len(tokens))):
            if index in data_starts:
                return False
            if self.grammar.phrase_at(keys, index, "commerce_objects"):  # "gift cards" too
                return True
        return False

    def _implied(self, conditions: tuple[str, ...]) -> tuple[str, ...]:
        """Who receives what is disclosed 'in response to legal process' (pk:impliesRecipient)."""
        return tuple(dict.fromkeys(k for c in conditions for k in self.lexicon.implies.get(c, ())))

    def _named_object(self, verb: Match) -> bool:
        """'provide <someone> with': the words between the verb and 'with' name a recipient."""
        tokens, skip = self._tokens, self.words["skip"]
        index = verb.last
        while index < len(tokens) and tokens[index].key in skip:
            index += 1
        words = 0
        while index < len(tokens) and tokens[index].text.isalpha() and words < 3:
            if tokens[index].key == "with":
                before = tokens[index - 1].key
                return words > 0 and before not in self.words["non_subject_forms"] \
                    and before not in ("you", "yourself", "user", "them") and not any(
                        m.category == "data" and verb.last <= m.first < index
                        for m in self._matches)  # "share information with you": no one
            index, words = index + 1, words + 1
        return False

    def _unwanted(self, verb: Match) -> bool:
        """'If you do not wish to share', 'you may choose not to provide': the user's declined
        will governs the verb."""
        tokens, first = self._tokens, verb.first
        if first < 3 or tokens[first - 1].key != "to":
            return False
        negation = self.words["negation"]
        if tokens[first - 2].key in negation:  # "choose not to provide"
            return tokens[first - 3].key in self.words["infinitive_verbs"]
        return tokens[first - 2].key in self.words["infinitive_verbs"] and any(
            t.key in negation for t in tokens[max(first - 5, 0):first - 2])

    def _asks_to_act(self, verb: Match) -> bool:
        """'ask registered users to review the changes', 'you will be required to agree to the
        terms': asking someone to do what gives no data (not "ask you to provide your name",
        "required to submit")."""
        tokens, index = self._tokens, verb.last
        users = {m.first: m.last for m in self._matches if m.category == "party"
                 and m.concept == USER}
        while index in users:  # "ask registered users and members to ..."
            index = users[index]
            if index < len(tokens) and tokens[index].key in ("and", "or", ","):
                index += 1
        if index + 1 >= len(tokens) or tokens[index].key != "to":
            return False
        following = index + 1
        # "asked to set up a user ID and password", "choose a user name": data still follow
        return tokens[following].text.isalpha() and not any(
            (m.first == following and m.category in ("verb", "party", "named", "purpose"))
            or (m.category == "data" and following <= m.first <= following + 10)
            for m in self._matches) and not self.grammar.phrase_at(
            self._keys(tokens), following, "user_giving_verbs") and \
            tokens[following].key not in self.words["skip"]

    def _choice_verb(self, verb: Match) -> bool:
        """'we do not require / ask for ...' offers a choice when negated."""
        return self._verb_in(verb, "negated_means_choice")

    def _weak(self, verb: Match) -> bool:
        """'provide', 'send', 'give' share data only when a recipient is named."""
        return self._verb_in(verb, "weak_sharing_verbs")

    def _verb_in(self, verb: Match, name: str) -> bool:
        """Whether a verb's label is a word or phrase of grammar list ``name``."""
        entries = self._verb_lists.get(name)
        if entries is None:
            entries = self._verb_lists[name] = frozenset(
                (w,) for w in self.words[name]) | frozenset(self.grammar.phrases[name])
        label_keys = self._label_keys.get(verb.label)
        if label_keys is None:
            label_keys = self._label_keys[verb.label] = self.grammar.keys(verb.label)
        return label_keys in entries

    # -- list items and statements --------------------------------------------------------

    def _follow_up(self, sentence: Sentence, tokens: list[Token], matches: list[Match]
                   ) -> list[Practice]:
        """'We do this so that ...', 'This allows us to ...': the purposes of the practices
        of the sentence before, stated in a sentence of their own."""
        purposes = _concepts(m for m in matches if m.category == "purpose")
        if not purposes:
            return []
        keys = self._keys(tokens)[:6]
        if not any(i <= 2 for i, _ in self.grammar.positions(keys, "purpose_follow_up")):
            return self._enabling(sentence, tokens, matches, purposes)
        if not self.previous_flows:
            return []
        return [Practice(p.kind, p.actor, sentence, p.polarity, p.data_types, p.recipients,
                         p.named_parties, purposes, p.conditions, "follow-up", p.matched)
                for p in self.previous_flows if p.polarity == AFFIRMED]

    def _inclusion(self, sentence: Sentence, tokens: list[Token], matches: list[Match]
                   ) -> list[Practice]:
        """'The types of personal information we collect may include your name, ...', 'This
        information may include your name, ...': a list of what collected data includes. The
        subject either presupposes the practice in a relative clause ("information we collect",
        "information you provide") or takes up the practices of the sentence before."""
        keys = self._keys(tokens)
        found = [i for i, _ in self._positions(tokens, "inclusion_verbs") if i > 0]
        if not found:
            return []
        verb = found[0]
        excluded = self._excluded(tokens)
        listed = _concepts(m for m in matches if m.category == "data" and m.first > verb
                           and m.concept not in UNSPECIFIC and m.first not in excluded)
        subject = [m for m in matches if m.category == "data" and m.first < verb]
        if not listed:
            return []
        if keys[0] in self.words["anaphora"] or (
                keys[0] in self.words["skip"] and len(keys) > 1
                and keys[1] in self.words["anaphora"]):
            return [Practice(p.kind, p.actor, sentence, p.polarity, listed, p.recipients,
                             p.named_parties, p.purposes, p.conditions, "inclusion", p.matched)
                    for p in self.previous_flows if p.polarity == AFFIRMED]
        if not subject or not (self._presupposed_collection(tokens[:verb])
                               or self._collected_participle(tokens, matches, subject, verb)
                               or self._collecting_section(sentence)):
            return []
        data = _concepts(m for m in subject if m.concept not in UNSPECIFIC) + listed
        conditions = _concepts(m for m in matches if m.category == "condition")
        words = tuple(dict.fromkeys(m.label for m in matches if m.category == "data"))
        return [Practice(COLLECTION, FIRST_PARTY, sentence, AFFIRMED, tuple(dict.fromkeys(data)),
                         (), (), (), conditions, "inclusion", words)]

    def _collecting_section(self, sentence: Sentence) -> bool:
        """Whether the sentence's section heading names collection ("Information We Collect",
        "What Information Do We Gather?"): under it, "Device information includes your IP
        address" lists what is collected."""
        if not sentence.section:
            return False
        known = self._section_collects.get(sentence.section)
        if known is None:
            known = self._section_collects[sentence.section] = any(
                m.category in ("verb", "practice") and self.lexicon.is_within(m.concept, COLLECTION)
                for m in self.lexicon.match(self.lexicon.tokenize(sentence.section)))
        return known

    def _collected_participle(self, tokens: list[Token], matches: list[Match],
                              subject: list[Match], verb: int) -> bool:
        """'The personal information required to use our services varies ... but may include
        your name': a collection verb's participle right after the data noun presupposes the
        collection, as "information we collect" does."""
        ends = {m.last for m in subject}
        # (not another's: "The information requested by our payment processor includes ...")
        return any(m.category == "verb" and m.first < verb and m.first in ends
                   and tokens[m.first].text.lower().endswith("ed")
                   and (m.last >= len(tokens) or tokens[m.last].key != "by")
                   and self.lexicon.is_within(m.concept, COLLECTION) for m in matches)

    def _presupposed_collection(self, region: list[Token]) -> bool:
        """'information we collect', 'data you provide to us': "we" + a collection verb or
        "you" + a verb of giving, right after the noun."""
        for index, token in enumerate(region[:-1]):
            if token.key not in ("we", "you"):
                continue
            for verb in self.lexicon.match(region[index + 1:index + 3]):
                if verb.category != "verb":
                    continue
                if token.key == "we" and self.lexicon.is_within(verb.concept, COLLECTION):
                    return True
                if token.key == "you" and self.lexicon.is_within(verb.concept, SHARING):
                    return True
        return False

    def _enabling(self, sentence: Sentence, tokens: list[Token], matches: list[Match],
                  purposes: tuple[str, ...]) -> list[Practice]:
        """'Cookies help provide a customised experience', 'Web beacons allow us to count
        visitors': data as the subject of an enabling verb are used for those purposes, and
        so are the data of a practice named as one ("The use of cookies allows us to
        personalize your use of the Sites")."""
        subject = self._opening_data(tokens, matches) or self._named_practice_data(
            tokens, matches)
        if subject is None:
            return []
        # the data terms it opens with, overlapping ones included: "the non-personal
        # information we collect helps us ..."
        opening, after = [], subject.last
        for m in matches:
            if m.category == "data" and subject.first <= m.first < after:
                opening.append(m)
                after = max(after, m.last)
        collected = after < len(tokens) and tokens[after].text.lower() in ("collected",
                                                                             "gathered")
        after += collected  # "The information collected helps us ..."
        data = _concepts(m for m in opening if m.concept not in UNSPECIFIC)
        if not data and not (collected or self._presupposed_collection(
                tokens[subject.first:after])):
            return []  # "Information helps us ...": no data practice is implied
        while after < len(tokens) and (tokens[after].key in self.words["auxiliary"]
                                       or tokens[after].key.endswith("ly")
                                       or tokens[after].text in _CLOSING_QUOTES):
            after += 1
        if after >= len(tokens) or tokens[after].key not in self.words["enabling_verbs"]:
            return []
        # "Cookies enable advertisers to determine ...": the party enabled uses the data
        enabled = next((self._kind(m) for m in matches if m.category in ("party", "named")
                        and m.first in (after + 1, after + 2)
                        and self._kind(m) not in (FIRST_PARTY, USER)), None)
        keys = self._keys(tokens)
        marker = next((i for i in range(after + 2, min(after + 6, len(keys)))
                       if keys[i] == "to"), None)
        site = Practice(USE, FIRST_PARTY, sentence, AFFIRMED, data or (GENERIC_DATA,), (), (),
                        purposes, (), "follow-up", (subject.label, tokens[after].key))
        # (parties enabled "to help us" serve the site's use)
        if enabled is None or marker is None or keys[marker + 1:marker + 3] in (
                ["help", "us"], ["assist", "us"]):
            return [site]
        third = replace(site, actor=enabled, recipients=(enabled,))
        # "Cookies enable advertisers and us to measure ...": both use them
        return [third, site] if "us" in keys[after + 1:marker] else [third]

    def _named_practice_data(self, tokens: list[Token], matches: list[Match]) -> Match | None:
        """The data of an opening noun of practice: "cookies" in 'The use of "cookies" ...',
        "your information" in "Collection of your information ..."."""
        index = self._opening_index(tokens)
        practice = next((m for m in matches if m.category == "practice" and m.first == index
                         and m.last - m.first == 1), None)
        if practice is None or practice.last >= len(tokens) or tokens[practice.last].key != "of":
            return None
        after = practice.last + 1
        while after < len(tokens) and (tokens[after].key in self.words["skip"]
                                       or not tokens[after].text.isalnum()):
            after += 1
        return next((m for m in matches if m.category == "data" and m.first == after), None)

    def _opening_data(self, tokens: list[Token], matches: list[Match]) -> Match | None:
        """The data match a sentence opens with, after its articles ("A cookie is ...")."""
        index = self._opening_index(tokens)
        return next((m for m in matches if m.category == "data" and m.first == index), None)

    def _opening_index(self, tokens: list[Token]) -> int:
        """The position of a sentence's first word past its articles and other skip words."""
        index = 0
        while index < len(tokens) and tokens[index].key in self.words["skip"]:
            index += 1
        return index

    def _asset_transfer(self, sentence: Sentence, tokens: list[Token], matches: list[Match],
                        found: list[Practice]) -> list[Practice]:
        """'In a merger, user information may be among the transferred assets': data that is
        part of the assets in a corporate transaction goes to the acquirer, though no verb
        says 'share'."""
        if "asset" not in self._keys(tokens) or any(
                self.lexicon.is_within(p.kind, SHARING) and not UNSPECIFIC.issuperset(p.data_types)
                for p in found):
            return []
        corporate = [m for m in matches if m.category == "condition"
                     and self.lexicon.implies.get(m.concept)]
        # "transferred assets" names the merger without a condition phrase
        mergers = [m for m in matches if m.category == "purpose"
                   and self.lexicon.is_within(m.concept, MERGER)]
        data = _concepts(m for m in matches if m.category == "data")
        if not (corporate or mergers) or not data:
            return []
        conditions = _concepts(corporate)
        purposes = _concepts(mergers)
        polarity = NEGATED if any(t.key in self.words["negation"] for t in tokens) else AFFIRMED
        recipients = self._implied(conditions) or (ACQUIRER,)
        return [Practice(SHARING, FIRST_PARTY, sentence, polarity, data, recipients, (), purposes,
                         conditions, "asset-transfer",
                         tuple(dict.fromkeys(m.label for m in corporate + mergers)))]

    def _learn_definition(self, tokens: list[Token], matches: list[Match]) -> None:
        """'Personally identifiable information is information that identifies you, such as
        your name and e-mail address': later mentions of the term carry those types too. A
        definition of "personal information" itself holds in its own paragraph only: elsewhere the
        policy uses the term for whatever it is about (OPP-115 marks it "Generic")."""
        data = [m for m in matches if m.category == "data"]
        if not data or data[0].first > 2:
            return
        term, keys = data[0], self._keys(tokens)
        scope = self.local_definitions if term.concept in UNSPECIFIC else self.definitions
        found = self.grammar.positions(keys[term.last:term.last + 3], "definition_verbs")
        # "Our cookies do not include your name", "... include neither your name nor ...":
        # a denied inclusion teaches nothing
        if not found or not self.words["negation"].isdisjoint(
                keys[term.last:term.last + sum(found[0]) + 1]):
            return
        later = data[1:]
        if keys[term.last + found[0][0]] == "be":
            # "PII is information that identifies you, such as your name" lists what the term
            # covers; "A cookie is a unique identifier" says what a technology is made of.
            listed = [i for i, _ in self._positions(tokens, "enumeration") if i > term.last]
            later = [m for m in later if listed and m.first > listed[0]]
        parts = _concepts(m for m in later if m.concept not in UNSPECIFIC
                          and m.concept != term.concept)
        if parts:
            known = scope.get(term.concept, ())
            scope[term.concept] = tuple(dict.fromkeys(known + parts))

    def _ellipses(self, tokens: list[Token], matches: list[Match], groups: list[_Group],
                  found: list[Practice]) -> list[Practice]:
        """'we collect your domain name, but not your e-mail address': a verbless clause that
        starts with a negator denies the previous verb for its own data."""
        out: list[Practice] = []
        if not groups or not found:
            return out
        verb_starts = {g.clause: g.verbs[0].first for g in reversed(groups)}
        for clause in self._clauses(tokens):
            if tokens[clause[0]].key not in self.words["negation"]:
                continue
            # "... postal code but not your name or contact information - from your account to
            # provide personalized ads": the denied data end at a dash or at the next verb
            end = verb_starts.get(clause, clause[1])
            dash = next((i for i in range(clause[0], end) if tokens[i].key in ("-", "–", "—")),
                        end)
            data = _concepts(m for m in matches if m.category == "data"
                             and clause[0] <= m.first < min(end, dash))
            if clause in verb_starts and dash == end:
                continue  # a clause with its own verb says its own practice
            previous = [p for p in found if p.rule != "statement" and p.polarity == AFFIRMED]
            if data and previous:
                p = previous[-1]
                out.append(Practice(p.kind, p.actor, p.sentence, NEGATED, data, p.recipients,
                                    p.named_parties, (), p.conditions, "ellipsis", p.matched))
        return out

    def _legal_exception(self, tokens: list[Token], matches: list[Match],
                         found: list[Practice]) -> list[Practice]:
        """'We do not disclose it to any outside entity unless ... disclosure is compelled by
        law': the exception affirms the disclosure the law compels, to whoever the legal
        condition implies (pk:impliesRecipient), for the legal purposes the sentence names.
        An exception that names parties also narrows the denial in ``found`` (replaced in
        place) to the others."""
        if not self._positions(tokens, "exception_marker"):
            return []
        # "except as described in this policy" refers to the policy; it excepts nothing
        references = self._policy_references(tokens)
        markers = [i for i, _ in self._positions(tokens, "exception_marker")
                   if i not in references]
        if not markers:
            return []
        legal = [m for m in matches if m.category == "condition" and m.first > markers[0]
                 and m.concept == LEGAL_OBLIGATION]
        # what the exception names runs to the next comma: "Except for advertisers, we do
        # not share it with third parties" excepts the advertisers only
        end = next((i for i in range(markers[0] + 1, len(tokens)) if tokens[i].key == ","),
                   len(tokens))
        purposes = _concepts(m for m in matches if m.category == "purpose"
                             and m.first > markers[0])
        parties = _concepts(m for m in matches if m.category == "party"
                            and markers[0] < m.first < end
                            and m.concept not in (FIRST_PARTY, USER))
        keys = self._keys(tokens)
        if not legal and (not (purposes or parties) or "you" in keys[markers[0]:markers[0] + 3]
                          or any(m.category == "condition" and m.first > markers[0]
                                 for m in matches)):
            return []  # "except with your consent", "unless you request": the user's choice
        recipients = (self._implied((LEGAL_OBLIGATION,)) if legal else parties) or (THIRD_PARTY,)
        out = []
        for index, p in enumerate(found):
            if p.polarity == NEGATED and p.rule != "statement" and \
                    self.lexicon.is_within(p.kind, SHARING):
                out.append(Practice(SHARING, p.actor, p.sentence, AFFIRMED, p.data_types,
                                    recipients, (), purposes,
                                    (LEGAL_OBLIGATION,) if legal else (), "exception",
                                    p.matched))
                if parties and not legal:
                    # "We do not share your credit card number with anyone other than our
                    # payment processor": the denial is about the others, not the processor
                    found[index] = self._without_excepted(p, parties, purposes)
                break
        return out

    def _without_excepted(self, practice: Practice, parties: tuple[str, ...],
                          purposes: tuple[str, ...]) -> Practice:
        """A denial without the parties its exception names and the purposes they serve."""
        served = set(purposes).union(*(self.lexicon.purposes_of.get(k, ()) for k in parties))
        return replace(practice,
                       recipients=tuple(r for r in practice.recipients if r not in parties)
                       or (THIRD_PARTY,),
                       purposes=tuple(c for c in practice.purposes if c not in served))

    def _purpose_item(self, sentence: Sentence, out: list[Practice]) -> bool:
        """Whether a list item continues its lead-in: it states no data practice, or its
        lead-in ends in "to:" or "purposes:" and the item's verbs have no subject."""
        flows = [p for p in out if p.rule != "statement"]
        if not flows:
            return True
        weak = self.words["weak_sharing_verbs"]
        if any(p.rule != "implicit" or (self.lexicon.is_within(p.kind, SHARING) and (
                p.matched[:1] and p.matched[0] not in weak)) for p in flows):
            return False  # "- share your e-mail address with our partners" discloses (not
            # "- send you newsletters ...", a purpose)
        if not (sentence.lead_in or 0) < len(self._sentences):
            return False
        lead = self._sentences[sentence.lead_in or 0].text.rstrip()
        if not lead.endswith(":"):
            return False
        # the lead-in's own keys (not through _keys, which holds this sentence's)
        keys = self.grammar.keys(lead)
        return len(keys) > 1 and keys[-2] in ("to", "purpose")

    def _lead_in(self, sentence: Sentence, matches: list[Match]) -> list[Practice]:
        data = _concepts(m for m in matches if m.category == "data")
        purposes = _concepts(m for m in matches if m.category == "purpose")
        lead = self.by_sentence.get(sentence.lead_in or 0, [])
        flows = [p for p in lead if p.rule not in ("statement", "on-behalf")]
        # "We may share your information: - With law enforcement authorities, when: ...": an
        # item naming parties tells whom a disclosure of its lead-in goes to
        recipients, named = self._recipients([m for m in matches
                                               if m.category in ("party", "named")])
        sharing = [p for p in flows if self.lexicon.is_within(p.kind, SHARING)]
        if recipients and not (data or purposes):
            flows = sharing
        elif not (data or purposes):
            flows = []  # "We use your information to: - prevent fraud;" gives a purpose
        words = tuple(m.label for m in matches if m.category == "data")
        if not lead and data and self._collecting_lead(sentence.lead_in or 0):
            # "There are six main categories of information we collect ... the following:" /
            # "Information about your equipment: for example, your device ID": the lead-in
            # presupposes the collection it lists
            return [Practice(COLLECTION, FIRST_PARTY, sentence, AFFIRMED, data, (), (),
                             purposes, (), "lead-in", words)]
        seen, out = set(), []
        for p in flows:
            if (p.kind, p.actor, p.polarity) in seen:
                continue
            seen.add((p.kind, p.actor, p.polarity))
            to = (recipients, named) if recipients and p in sharing else (
                p.recipients, p.named_parties)
            out.append(Practice(p.kind, p.actor, sentence, p.polarity, data or p.data_types,
                                *to, purposes, p.conditions, "lead-in", words))
        return out

    def _collecting_lead(self, index: int) -> bool:
        """Whether the lead-in sentence ``index`` names the data it lists as collected
        ("categories of information we collect", "information you provide to us"); read once
        for all its items."""
        known = self._collecting_leads.get(index)
        if known is None:
            known = self._collecting_leads[index] = index < len(self._sentences) and \
                self._lists_collected(self._sentences[index].text)
        return known

    def _lists_collected(self, text: str) -> bool:
        tokens = self.lexicon.tokenize(text)
        listed = [t.key for t in tokens]
        # (a phrase that only says the list is open is no denial: "but are not limited to")
        opened = {i for start, size in self.grammar.positions(listed, "open_list")
                  for i in range(start, start + size)}
        keys = {k for i, k in enumerate(listed) if i not in opened}
        # ... and says that it lists them: "include the following:", not "does not include",
        # "except for the following:" or "you have the following rights:"
        return not keys.isdisjoint(self.words["inclusion_verbs"]) and keys.isdisjoint(
            self.words["negation"]) and keys.isdisjoint(self.words["exception_marker"]) \
            and self._presupposed_collection(tokens)

    def _user_access(self, sentence: Sentence, tokens: list[Token], matches: list[Match]
                     ) -> list[Practice]:
        """'You may change any of your personal information by logging into My Account', 'you
        can log on and update your contact information', 'we will remove your personal
        information from our records on request': the user (or the site at the user's request)
        changing or deleting the user's own data is access, whatever the wording."""
        verbs = self.words["user_access_verbs"]
        if not self._has_any(tokens, verbs):
            return []
        keys = self._keys(tokens)
        users = {m.last for m in matches if m.category == "party" and m.concept == USER}
        subjects = set(users)
        if self._users_request(keys):
            subjects |= {m.last for m in matches if m.category in ("party", "named")
                         and self._kind(m) == FIRST_PARTY}
        for index, key in enumerate(keys):
            if key not in verbs or tokens[index].text.lower().endswith("ing"):
                continue
            subject, able = self._access_subject(keys, index)
            # the user "may" or "can" change; the site "will" remove on request
            if subject not in subjects or not (able or subject not in users):
                continue
            data = self._possessed_object(keys, matches, index)
            if data:
                return [Practice(USER_ACCESS, FIRST_PARTY, sentence, AFFIRMED, data,
                                 rule="statement", matched=(tokens[index].text.lower(),))]
        return []

    def _access_subject(self, keys: list[str], index: int) -> tuple[int | None, bool]:
        """Where the subject of an access verb ends, and whether a modal of ability comes
        between ("you may change", "users can update", "you may be able to log on and update";
        not "the pages you view"); no subject after a negation ("you may not delete")."""
        passing = self.words["auxiliary"] | self.words["access_verb_prefix"] | \
            self.words["user_access_verbs"]
        left = index - 1
        while left >= 0 and (keys[left] in passing or keys[left].endswith("ly")):
            left -= 1
        between = keys[left + 1:index]
        if not self.words["negation"].isdisjoint(between):
            return None, False
        return left + 1, not self.words["ability_modals"].isdisjoint(between)

    def _possessed_object(self, keys: list[str], matches: list[Match], index: int
                          ) -> tuple[str, ...]:
        """The user's own data as an access verb's object: "update or change your contact or
        account information", "change any of your personal information" (not "change your
        settings so that your location is not shared")."""
        possessives = self.words["possessives"]
        passing = self.words["user_access_verbs"] | self.words["coordination"] | {
            ",", "any", "of", "you"}  # "remove you and your personal information"
        at = index + 1
        while at < len(keys) and keys[at] in passing and keys[at] not in possessives:
            at += 1
        if at >= len(keys) or keys[at] not in possessives:
            return ()
        # the noun phrase ends at a preposition (but "of"), "to", "so" or a relative pronoun
        ends = self.words["preposition"] | self.words["relative"] | {"to", "so"}
        end = next((i for i in range(at + 1, min(at + 9, len(keys)))
                    if keys[i] in ends and keys[i] != "of"), min(at + 9, len(keys)))
        return _concepts(m for m in matches if m.category == "data" and at < m.first < end
                         and not self.lexicon.is_within(m.concept, TRACKER)
                         and not self.lexicon.is_within(m.concept, COMPUTER))

    def _users_request(self, keys: list[str]) -> bool:
        """'on request', 'at your request', 'if you ask us to': a request that is the user's
        (not "if we receive a request from law enforcement")."""
        markers = self.words["request_markers"]
        return any(key in self.words["user_requests"] and index and (
            keys[index - 1] in markers or "you" in keys[max(index - 3, 0):index])
            for index, key in enumerate(keys))

    def _others_edit(self, cue: Match) -> bool:
        """'We will delete such information from our records', 'these companies can view, edit
        or set their own cookies': the site or a third party deleting or editing is no access
        the user has (OPP-115's User Access, Edit and Deletion is the user's). The site's
        deletion stays a deletion statement (pk:DataDeletion: COPPA asks for it)."""
        tokens = self._tokens
        if cue.concept != USER_ACCESS or any(
                t.key in self.words["user_requests"] for t in tokens):
            return False  # "If you desire, we will delete ... upon your request": the user's
        index = self._left_of_auxiliaries(tokens, cue.first, 0)
        while index >= 0 and tokens[index].key in (",", "or", "and", "view", "access", "use"):
            index -= 1  # "can view, edit or set": the verbs before in its list
            index = self._left_of_auxiliaries(tokens, index + 1, 0) if index >= 0 else index
        subject = next((m for m in self._matches if m.last - 1 == index >= 0
                        and m.category in ("party", "named")), None)
        if subject is not None:
            return self._kind(subject) != USER
        return index >= 0 and self._organisation_name(tokens, index, cue.first)

    def _no_retention(self, cue: Match) -> bool:
        """Retention words that state no retention of data: "the collection, use and retention
        of personal data" (a list of practice nouns), "service providers we have retained"
        (hired), "you retain control"."""
        if cue.concept != RETENTION_PERIOD or cue.last - cue.first != 1:
            return False
        tokens, keys = self._tokens, self._keys(self._tokens)
        index = cue.first
        if index and keys[index - 1] in (",", "and", "or") and index + 1 < len(keys) and \
                keys[index + 1] == "of" and any(m.category in ("verb", "practice")
                                                and m.last in (index - 1, index - 2)
                                                for m in self._matches):
            return True  # "collection, use, and retention of"
        if keys[index] != "retain":
            return False
        left = self._left_of_auxiliaries(tokens, index, 0)
        subject = next((m for m in self._matches if m.category == "party"
                        and m.last - 1 == left >= 0), None)
        return self._hired(index) or (subject is not None and self._kind(subject) == USER)

    def _hired(self, index: int) -> bool:
        """Whether "retain" at ``index`` hires a party: "we retain outside contractors",
        "service providers (that) we have retained"."""
        keys = self._keys(self._tokens)
        parties = [m for m in self._matches if m.category in ("party", "named")
                   and self._kind(m) not in (FIRST_PARTY, USER)]
        return any(index < m.first <= index + 3 for m in parties) or any(
            index - 5 <= m.last <= index - 2 and keys[m.last] in ("we", "that", "who")
            for m in parties)

    def _described_spans(self) -> list[tuple[int, int]]:
        """The token spans of what the policy says it describes: from a meta verb used as one
        ("explains how", "outlines the ways"; not the nouns in "for details, ...") after a
        describing noun, to the end of its clause ("This policy describes our practices, and
        we use SSL encryption" still states the encryption). Not a participle or a reference
        ("the information described above", "As this policy explains, you can opt out")."""
        tokens = self._tokens
        keys = self._keys(tokens)
        found = self._positions(tokens, "meta_verbs")
        if not found:
            return []
        spans = []
        for i, size in found:
            after = i + size
            if tokens[i].text.endswith("ed") or self._as in keys[max(i - 4, 0):i] or \
                    self.words["describing_nouns"].isdisjoint(keys[:i]) or after >= len(keys) \
                    or not (keys[after] in self.words["skip"]
                            or keys[after] in self.words["embedded_question"]):
                continue
            # ... up to a new clause with a subject of its own: "; we retain ...", ", and we
            # use ..." (but ", and how we protect it", ", and other related services" go on
            # with what is described)
            end = next((j for j in range(after, len(keys)) if keys[j] == ";" or (
                keys[j] == "," and j + 2 < len(keys) and keys[j + 1] in self.joiners
                and keys[j + 2] in _SUBJECT_PRONOUNS)), len(keys))
            spans.append((after, end))
        return spans

    def _statements(self, sentence: Sentence, matches: list[Match]) -> list[Practice]:
        """A practice per statement class cued in the sentence, with the sentence's conditions
        ("children under 13") and the details completeness profiles read (extract/details)."""
        cues = [m for m in matches if m.category == "statement"]
        if not cues:
            return []
        # an aside in brackets states nothing: '(for example, "yourschool.edu" if you use a
        # private Internet access account)' is no statement on access
        # ... and "we retain the services of contractors" hires; it keeps no data
        inside = self._bracketed(self._tokens) | {
            i for start, size in self._positions(self._tokens, "outsourcing_verbs")
            for i in range(start, start + size)}
        # what the policy says it describes is stated in its sections, not in the overview
        described = self._described_spans()
        cues = [m for m in cues if m.first not in inside and not self._others_edit(m)
                and not self._no_retention(m)
                and not any(a <= m.first < b for a, b in described)]
        out, seen = [], set()
        data = _concepts(m for m in matches if m.category == "data")
        conditions = _concepts(m for m in matches if m.category == "condition")
        for m in cues:
            if m.concept in seen:
                continue
            seen.add(m.concept)
            needs_data = self.lexicon.is_within(m.concept, DATA_PRACTICE)
            # "We do not use your information to make automated decisions": a statement of
            # processing inside a denied verb's clause is denied with it
            denied = m.concept in _PROCESSING_STATEMENTS and any(
                a <= m.first < b for a, b in self._denied_spans)
            out.append(Practice(m.concept, FIRST_PARTY, sentence, NEGATED if denied else AFFIRMED,
                                data or ((GENERIC_DATA,) if needs_data else ()),
                                conditions=conditions, rule="statement", matched=(m.label,),
                                details=statement_details(m.concept, sentence.text)))
        return out


# A verb or data word inside a longer cue is part of that cue: "Do Not Track" is no tracking,
# "under the age of 13" is no age data, "edit your account information" no profile data.
_NESTING = {"verb": ("statement", "condition", "data"),
            "data": ("statement", "condition", "purpose", "party"),
            "statement": ("data", "party", "named"),
            "purpose": ("data",)}


def _drop_nested(tokens: list[Token], matches: list[Match]) -> list[Match]:
    # "send your e-mail address to our partners": a cue that starts at a data-practice verb
    # ("send e-mail") and whose last word starts a longer data term is no cue; the data term is
    # the verb's object
    verbs = {m.first for m in matches if m.category == "verb"}
    if verbs and any(m.category == "statement" and m.first in verbs for m in matches):
        matches = [m for m in matches if m.category != "statement" or m.first not in verbs
                   or not any(d.category == "data" and m.first < d.first < m.last < d.last
                              for d in matches)]
    covering: dict[int, list[Match]] = {}  # token -> the multi-word matches over it
    for c in matches:
        if c.category != "verb" and c.last - c.first > 1:
            for index in range(c.first, c.last):
                covering.setdefault(index, []).append(c)
    if not covering:
        return matches
    # "to track site usage": the object of a collecting verb that opens a purpose phrase is
    # still what it collects
    collecting = {m.first for m in matches if m.category == "verb"
                  and m.concept == COLLECTION}
    return [m for m in matches if m.first not in covering or m.category not in _NESTING or not any(
        c.category in _NESTING[m.category] and c.first <= m.first and m.last <= c.last
        and c.last - c.first > m.last - m.first
        and not (m.category == "data" and c.category == "purpose" and c.first in collecting)
        # "We may be required to disclose your information", "voluntarily provide": a condition
        # that ends in an infinitive or an adverb's verb says when the verb's practice happens;
        # the verb still states it (not "upon request", "if we are sold or acquired")
        and not (m.category == "verb" and c.category == "condition" and m.last == c.last
                 and m.first > c.first and (tokens[m.first - 1].key == "to"
                                            or tokens[m.first - 1].key.endswith("ly")))
        for c in covering[m.first])]


def _in_names(tokens: list[Token], matches: list[Match]) -> list[Match]:
    """'special offers from Acme Investment Research': a one-word purpose written as the last
    word of a capitalised name inside a sentence is part of the name."""
    return [m for m in matches if not (
        m.category == "purpose" and m.last - m.first == 1 and m.first >= 2
        and tokens[m.first].text[:1].isupper() and tokens[m.first - 1].text[:1].isupper()
        and tokens[m.first - 1].text.isalpha()
        and not any(t.text[:1].isupper() for t in tokens[m.first + 1:m.first + 2]))]


def _name_prefixes(tokens: list[Token], matches: list[Match]) -> list[Match]:
    """'Public Voice does not collect ...' on voice.org: a capitalised party word right
    before the site's own capitalised name is part of that name, not a party of its own."""
    starts = {m.first: m for m in matches if m.concept == FIRST_PARTY and m.category == "party"
              and tokens[m.first].text[:1].isupper()}
    if not starts:
        return matches
    prefixes = [m for m in matches if m.last in starts and m.category in ("party", "named")
                and m.concept != FIRST_PARTY
                and all(t.text[:1].isupper() for t in tokens[m.first:m.last])]
    if not prefixes:
        return matches
    grown = {m.last: m for m in prefixes}
    return [starts[m.first]._replace(first=grown[m.first].first, start=grown[m.first].start)
            if m.first in grown and m is starts.get(m.first) else m
            for m in matches if m not in prefixes]


def _bracketed(tokens: list[Token]) -> set[int]:
    """Indexes of the tokens inside round brackets, unless the brackets open the sentence."""
    inside: set[int] = set()
    opened: list[list[int]] = []  # the tokens of each bracket still open
    start = 1 if tokens and tokens[0].key == "(" else 0
    for index, token in enumerate(tokens[start:], start):
        if token.key == "(":
            opened.append([])
        elif token.key == ")":
            if opened:  # a bracket that never closes holds nothing: "(see Section 3, but ..."
                inside.update(opened.pop())
        elif opened:
            opened[-1].append(index)
    return inside


def _spells(acronym: str, words: str) -> bool:
    """Whether ``acronym`` abbreviates ``words``: its letters in order, the first one the
    first word's ("PIN": "Personally Identifying Information")."""
    lower = words.lower()
    if not lower or lower[0] != acronym[0].lower():
        return False
    position = 0
    for letter in acronym.lower():
        position = lower.find(letter, position) + 1
        if not position:
            return False
    return True


def _concepts(matches: Iterable[Match]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(map(_CONCEPT, matches)))


_CONCEPT = attrgetter("concept")
_TOKEN_KEY = itemgetter(0)  # Token.key, read in C by map()
