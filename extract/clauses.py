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
``lead-in``         a list item with no verb continues its lead-in ("We collect: - your name");
``statement``       a cue of a non-flow practice (security, choice, access, change, audience...).

Negation is scoped to the clause before the verb ("we do not", "never", "no ... will be") and
conditions ("without your consent", "if required by law") are recorded, never read as negation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from policykg.extract.lexicon import Lexicon, Token, _Node
from policykg.extract.records import Match, Practice, Sentence
from policykg.ontology import PK

FIRST_PARTY = str(PK.FirstParty)
USER = str(PK.User)
THIRD_PARTY = str(PK.ThirdParty)
GENERIC_DATA = str(PK.PersonalInformation)
AFFIRMED, NEGATED = str(PK.Affirmed), str(PK.Negated)
SHARING, SALE, COLLECTION, USE = str(PK.Sharing), str(PK.Sale), str(PK.Collection), str(PK.Use)
USER_AUDIENCES = (str(PK.Public), str(PK.OtherUsers))
# Unspecific kinds a policy uses for whoever does the work; the data such a party handles can
# tell what it is (pk:handlesData in the ontology): a partner storing card numbers is a payment
# processor.
GENERIC_RECIPIENTS = frozenset({THIRD_PARTY, str(PK.Partner), str(PK.ServiceProvider)})


@dataclass
class _Group:
    """Coordinated practice verbs with the clause span they govern."""

    verbs: list[Match]
    clause: tuple[int, int]
    region: int = 0  # first token of the subject region
    end: int = 0  # last token (exclusive) of the object region
    modifier: bool = False  # a reduced relative ("software used by the visitor"): no practice


class ClauseReader:
    """Reads one document's sentences into practices with the rules above."""

    def __init__(self, lexicon: Lexicon, site_names: _Node | None = None,
                 named_kinds: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.grammar = lexicon.grammar
        self.site_names = site_names
        self.named_kinds = named_kinds or {}
        self.previous_data: tuple[str, ...] = ()
        self.previous_paragraph = -1
        self.by_sentence: dict[int, list[Practice]] = {}

    def read(self, sentences: list[Sentence]) -> list[Practice]:
        """Practices of every sentence, in document order."""
        practices: list[Practice] = []
        for index, sentence in enumerate(sentences):
            found = [] if sentence.is_heading else self.read_sentence(sentence)
            self.by_sentence[index] = found
            practices.extend(found)
        return practices

    def analyse(self, sentence: Sentence) -> tuple[list[Token], list[Match]]:
        """Tokens and lexicon matches of one sentence."""
        tokens = self.lexicon.tokenize(sentence.text, sentence.start)
        return tokens, self.lexicon.match(tokens, self.site_names)

    def read_sentence(self, sentence: Sentence) -> list[Practice]:
        """Practices of one sentence."""
        if sentence.paragraph != self.previous_paragraph:
            self.previous_data, self.previous_paragraph = (), sentence.paragraph
        tokens, matches = self.analyse(sentence)
        if not tokens:
            return []
        out: list[Practice] = []
        groups = self._groups(tokens, matches)
        for group in groups:
            out.extend(self._group_practices(sentence, tokens, matches, group))
        if not groups and sentence.lead_in is not None:
            out.extend(self._lead_in(sentence, matches))
        out.extend(self._statements(sentence, matches))
        specific = _concepts(m for m in matches if m.category == "data" and m.concept != GENERIC_DATA)
        if specific:
            self.previous_data = specific
        return out

    # -- clause structure ------------------------------------------------------------------

    def _clauses(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Token spans of the clauses; the words that break them belong to neither side."""
        breaks = self.grammar["clause_break"]
        spans, start, index = [], 0, 0
        while index < len(tokens):
            size = self._phrase_at(tokens, index, "clause_break") or (
                1 if tokens[index].key in breaks else 0)
            if size:
                spans.append((start, index))
                start = index + size
                index += size
            else:
                index += 1
        spans.append((start, len(tokens)))
        return [(a, b) for a, b in spans if b > a]

    def _phrase_at(self, tokens: list[Token], index: int, name: str) -> int:
        """Length of a multi-word grammar phrase of list ``name`` starting at ``index`` (or 0)."""
        for phrase in self.grammar.phrases[name]:
            if tuple(t.key for t in tokens[index:index + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def _groups(self, tokens: list[Token], matches: list[Match]) -> list[_Group]:
        groups: list[_Group] = []
        for clause in self._clauses(tokens):
            verbs = [m for m in matches if m.category == "verb" and clause[0] <= m.first < clause[1]
                     and self._is_verb(tokens, m)]
            verbs += self._outsourcing_verbs(tokens, clause, verbs)
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
            self._object_spans(tokens, matches, clause_groups, clause[1])
            groups.extend(clause_groups)
        return groups

    def _object_spans(self, tokens: list[Token], matches: list[Match], groups: list[_Group],
                      clause_end: int) -> None:
        """A verb's object runs to the next verb with a subject of its own: relative clauses
        ("the type of operating system that the visitor's computer uses") do not cut it."""
        for index, group in enumerate(groups):
            group.end = clause_end
            for following in groups[index + 1:]:
                if not (following.modifier or self._user_subject(tokens, matches, following)):
                    group.end = following.verbs[0].first
                    break

    def _is_modifier(self, tokens: list[Token], matches: list[Match], group: _Group) -> bool:
        """A participle after a noun, with no subject or auxiliary of its own."""
        head = group.verbs[0]
        before = tokens[head.first - 1].key if head.first else ""
        if before in self.grammar["coordination"] or before == "to" or self._passive(tokens, head):
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
        if before == "to" or before in self.grammar["passive_auxiliary"]:
            return True
        return before not in self.grammar["noun_marker"] and after not in self.grammar["noun_after"]

    def _outsourcing_verbs(self, tokens: list[Token], clause: tuple[int, int],
                           verbs: list[Match]) -> list[Match]:
        found = []
        for index in range(clause[0], clause[1]):
            size = self._phrase_at(tokens, index, "outsourcing_verbs")
            if size == 0 and tokens[index].key in self.grammar["outsourcing_verbs"]:
                size = 1
            if size and not any(v.first == index for v in verbs):
                found.append(Match("outsourcing", "verb", index, index + size, tokens[index].start,
                                   tokens[index + size - 1].end, "outsourcing"))
        return found

    def _coordinated(self, tokens: list[Token], left: Match, right: Match) -> bool:
        between = tokens[left.last:right.first]
        joiners = self.grammar["coordination"] | self.grammar["negation"]
        return all(t.key in joiners or t.key.endswith("ly") for t in between)

    def _subject_start(self, tokens: list[Token], floor: int, verb: int) -> int:
        """Skip an introductory subordinate clause ("When you order, we ...")."""
        if floor < verb and tokens[floor].key in self.grammar["subordinator"]:
            for index in range(verb - 1, floor, -1):
                if tokens[index].key == ",":
                    return index + 1
        return floor

    # -- one verb group -> practices ----------------------------------------------------

    def _group_practices(self, sentence: Sentence, tokens: list[Token], matches: list[Match],
                         group: _Group) -> list[Practice]:
        head = group.verbs[0]
        if group.modifier:
            return []
        inside = [m for m in matches if group.region <= m.first < group.end]
        after = [m for m in inside if m.first >= group.verbs[-1].last]
        passive = self._passive(tokens, head)
        agents = self._agents(tokens, after, group.verbs[-1].last)
        subjects = [] if passive else self._subjects(tokens, inside, head.first)
        actors = agents or subjects or [(FIRST_PARTY, None)]
        rule = "passive" if passive and not agents else ("active" if subjects else "implicit")
        polarity = NEGATED if self._negated(tokens, group.region, head.first, after) else AFFIRMED
        data = self._data(inside, matches, group.clause, tokens)
        purposes = _concepts(m for m in matches if m.category == "purpose"
                             and (m.first >= head.first or group.clause[0] <= m.first))
        conditions = _concepts(m for m in matches if m.category == "condition")
        out: list[Practice] = []
        for verb in group.verbs:
            for actor, actor_match in actors:
                practice = self._practice(
                    sentence, verb, actor, actor_match, rule, polarity, data, after, purposes,
                    conditions, inside)
                if practice is not None:
                    out.append(practice)
        return out

    def _practice(self, sentence, verb, actor, actor_match, rule, polarity, data, after,
                  purposes, conditions, inside) -> Practice | None:
        kind = verb.concept
        recipients, named = self._recipients(after)
        if actor == FIRST_PARTY and rule != "passive" and self.lexicon.is_within(kind, USE) \
                and self._party_object(after):
            kind = "outsourcing"
        if kind == "outsourcing":
            if not recipients or actor != FIRST_PARTY:
                return None
            kind, rule = SHARING, "outsourcing"
        elif actor == USER:
            audiences = tuple(r for r in recipients if r in USER_AUDIENCES)
            if self.lexicon.is_within(kind, SHARING) and audiences:
                recipients, rule = audiences, "user-discloses"
            elif self.lexicon.is_within(kind, SHARING) and not recipients:
                kind, actor, rule = COLLECTION, FIRST_PARTY, "user-provides"
            else:
                return None
        if self.lexicon.is_within(kind, SHARING):
            if not recipients and self._user_object(after, verb):
                return None
            recipients = recipients or (THIRD_PARTY,)
        elif actor not in (FIRST_PARTY, USER):
            recipients = (actor,)
        else:
            recipients = ()
        recipients = self._specialise(recipients, data)
        named_actor = (actor_match.concept,) if actor_match is not None \
            and actor_match.category == "named" else ()
        words = tuple(dict.fromkeys(m.label for m in inside if m.category != "verb"))
        return Practice(kind, actor, sentence, polarity, data, recipients, named + named_actor,
                        purposes, conditions, rule, (verb.label,) + words)

    def _passive(self, tokens: list[Token], verb: Match) -> bool:
        auxiliaries = self.grammar["passive_auxiliary"]
        for index in range(verb.first - 1, max(verb.first - 4, -1), -1):
            key = tokens[index].key
            if key in auxiliaries:
                return True
            if not (key.endswith("ly") or key in self.grammar["negation"] or key in {"also", "then"}):
                return False
        return False

    def _agents(self, tokens: list[Token], after: list[Match], verb_end: int) -> list:
        """Parties after "by" right behind the verb ("collected by advertisers")."""
        if verb_end < len(tokens) and tokens[verb_end].key in self.grammar["agent_marker"]:
            return [(self._kind(m), m) for m in after if m.category in ("party", "named")
                    and m.first <= verb_end + 6 and self._kind(m) not in (USER,)]
        return []

    def _subjects(self, tokens: list[Token], inside: list[Match], verb: int) -> list:
        forms = self.grammar["non_subject_forms"]
        prepositions = self.grammar["preposition"]
        found = []
        for m in inside:
            if m.category not in ("party", "named") or m.first >= verb:
                continue
            if tokens[m.first].key in forms and m.last - m.first == 1:
                continue
            if m.first and tokens[m.first - 1].key in prepositions:
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

    def _all_coordinated(self, tokens: list[Token], found: list) -> bool:
        joiners = self.grammar["coordination"] | {"its", "their", "e", "g", ".", "etc", "our"}
        for (_, left), (_, right) in zip(found, found[1:]):
            if not all(t.key in joiners for t in tokens[left.last:right.first]):
                return False
        return True

    def _kind(self, match: Match) -> str:
        return self.named_kinds.get(match.concept, THIRD_PARTY) if match.category == "named" \
            else match.concept

    def _negated(self, tokens: list[Token], start: int, verb: int, after: list[Match]) -> bool:
        negators = self.grammar["negation"]
        exempt = self.grammar["negation_not_before"]
        for index in range(start, verb):
            if tokens[index].key in negators:
                following = tokens[index + 1].key if index + 1 < len(tokens) else ""
                if following not in exempt:
                    return True
        # "share it with no one", "disclose nothing": a negator right before the object.
        return any(m.first and tokens[m.first - 1].key in negators and m.first - verb <= 4
                   for m in after)

    def _data(self, inside: list[Match], matches: list[Match], clause: tuple[int, int],
              tokens: list[Token]) -> tuple[str, ...]:
        """Data types a verb group speaks of; "such information" and "it" take their antecedent."""
        found = [m for m in inside if m.category == "data"] or [
            m for m in matches if m.category == "data" and clause[0] <= m.first < clause[1]]
        data = _concepts(found)
        if data and data != (GENERIC_DATA,):
            return data
        anaphoric = not found or any(
            m.first and tokens[m.first - 1].key in self.grammar["anaphora"] for m in found)
        if anaphoric:
            earlier = _concepts(m for m in matches if m.category == "data" and m.last <= clause[0]
                                and m.concept != GENERIC_DATA)
            return earlier or self.previous_data or data or (GENERIC_DATA,)
        return data

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

    def _party_object(self, after: list[Match]) -> bool:
        """Whether the first thing named after a verb is a third party ("we use shipping companies")."""
        for m in after:
            if m.category in ("party", "named"):
                return self._kind(m) not in (FIRST_PARTY, USER)
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
        """Whether the user is the verb's object ("provide you with", "send you")."""
        return any(m.category == "party" and m.concept == USER and m.first <= verb.last + 1
                   for m in after)

    # -- list items and statements --------------------------------------------------------

    def _lead_in(self, sentence: Sentence, matches: list[Match]) -> list[Practice]:
        data = _concepts(m for m in matches if m.category == "data")
        lead = self.by_sentence.get(sentence.lead_in or 0, [])
        flows = [p for p in lead if p.rule != "statement"]
        if not data or not flows:
            return []
        words = tuple(m.label for m in matches if m.category == "data")
        seen, out = set(), []
        for p in flows:
            if (p.kind, p.actor, p.polarity) in seen:
                continue
            seen.add((p.kind, p.actor, p.polarity))
            out.append(Practice(p.kind, p.actor, sentence, p.polarity, data, p.recipients,
                                p.named_parties, _concepts(m for m in matches
                                                           if m.category == "purpose"),
                                p.conditions, "lead-in", words))
        return out

    def _statements(self, sentence: Sentence, matches: list[Match]) -> list[Practice]:
        out, seen = [], set()
        data = _concepts(m for m in matches if m.category == "data")
        for m in matches:
            if m.category != "statement" or m.concept in seen:
                continue
            seen.add(m.concept)
            needs_data = self.lexicon.is_within(m.concept, str(PK.DataPractice))
            out.append(Practice(m.concept, FIRST_PARTY, sentence, AFFIRMED,
                                data or ((GENERIC_DATA,) if needs_data else ()),
                                rule="statement", matched=(m.label,)))
        return out


def _concepts(matches: Iterable[Match]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.concept for m in matches))
