"""Segmentation: a policy's text -> headings, paragraphs, list items and sentences.

A tested rule set rather than a trained model. Offsets always point into ``PolicyDocument.text``
and every sentence's ``text`` equals ``document.text[start:end]``. Paragraph numbers follow the
evaluation convention: paragraphs are separated by blank lines and counted from 0 over the whole
text. A heading names the section of the sentences after it; a list item keeps the index of its
lead-in sentence (the one ending in ":") so that "We collect the following: - your name" can be
read as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from policykg.extract.names import defined_names, site_names
from policykg.extract.records import PolicyDocument, Sentence

_ABBREVIATIONS = frozenset(
    "e.g i.e etc inc ltd co corp llc mr mrs ms dr st jr sr vs no nos approx dept fig u.s u.k "
    "a.m p.m incl esp est govt assn bros ph.d cf al viz ca".split()
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<body>.+?)(\*\*|__)\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·▪◦]|\d{1,2}[.)]|\(?[a-zA-Z]\)|\(\d{1,2}\))\s+")
_SENTENCE_END = re.compile(
    r"(?=[.!?:;])(?:"  # how every match starts: a quick first test the engine does not derive
    r"[.!?]+[\"'”’)\]*_]*(?=\s+[\"'“‘(\[*_]*[A-Z0-9•])"  # period before a capitalised word
    r"|(?P<bullet>[:;.])(?=\s+[-•*]\s+\w))"               # inline bullet after a lead-in
)
# a lead-in whose list runs on in the same paragraph: "... to: Provide the services you request."
_RUN_IN_LIST = re.compile(r"\b(?:to|for|following|include|including):\s+[A-Z][a-z]+\s")
_TRIM_LEFT = re.compile(r"^[\s#>*_•·▪◦\-–—|]+|^\d{1,2}\\?[.)]\s+|^\(?[a-zA-Z]\)\s+")
_WORD = re.compile(r"[A-Za-z]+")
# a paragraph that opens with a lower-case word (not "b." or "lynda.com")
_LOWER_START = re.compile(r"[ \t]*[a-z]+(?![.\w])")
_QUESTION_WORDS = frozenset(("how", "what", "why", "when", "where", "who", "which", "whom"))
# a lead-in to a list of the policy's sections: "Please click on one of the links below to jump
# to the listed section:", "This Privacy Policy will explain:", "The Policy describes:"
_CONTENTS_LEAD = re.compile(
    r"\b(?:links? below|jump to|table of contents|(?:policy|statement|notice) (?:will )?"
    r"(?:explains?|describes|covers)|read the information below|sections? below)\b[^.:]{0,60}:",
    re.IGNORECASE)
_NUMBERED_ENTRY = re.compile(r"(.*\S)\s+\d{1,2}\.$")
_CONTENTS_HINTS = ("link", "jump", "contents", "explain", "describes", "covers", "below")
# after a name: the next word, in lower case ("Kinja or third parties", "JibJab collects")
_LOWER_NEXT = re.compile(r"[ \t,]+[a-z]")
# two or more upper-case words, then a capitalised word in lower case: a heading run into the
# text of its paragraph, as text extracted from web pages often has it
_GLUED_HEADING = re.compile(
    r"(?P<heading>(?:[A-Z][A-Z'’&/,-]+[ \t]+){1,9}[A-Z][A-Z'’&/-]+)[ \t]+(?P<rest>[A-Z][a-z])")
# function words that open a sentence after a title-case heading run into its paragraph
_SENTENCE_OPENERS = ("We", "Our", "You", "Your", "If", "When", "Whenever", "This", "These",
                     "The", "In", "Some", "Any", "Please", "As", "By", "To", "For", "From", "It",
                     "They", "There", "Certain", "All", "Each", "Most", "While", "Unless",
                     "Except", "Under", "With", "At", "On", "Although", "Because", "Where",
                     "Before", "After", "Once", "Only", "No", "Such", "Other", "Third", "Non")
# words a title leaves lower-case
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "or", "of", "the", "to", "for", "in", "on",
                                "with", "your", "our", "we", "do", "how", "is", "by", "about",
                                "this", "from", "at", "what"})
_OPENERS = "|".join(_SENTENCE_OPENERS)
# an abbreviation that may end a sentence ("etc."), when a sentence opener follows it
_LIST_ENDS = frozenset(("etc",))
_OPENER_AFTER = re.compile(rf"\s+(?:{_OPENERS})\b")
# a list item that opens with a title-case data label: "Contact Information allows us to ...",
# "Personal Profile or Service Information helps us ...", "Survey Data for ..."
_DATA_LABEL = re.compile(
    r"[ \t]*(?:(?:[A-Z][\w'’-]*[ \t]+(?:(?:or|and|&)[ \t]+)?){0,5}(?:Information|Data)\b"
    # ... as a label, not the subject of a sentence: "Financial Information is never included"
    r"(?![ \t]*,|[ \t]+(?:is|are|was|were|will|may|can|must|shall|should|would|could|has|have|"
    r"does|do|did)\b)"
    # or a label of a few words ending in "information" or "data", a colon and a lower-case
    # word: "Transaction information: when you order products ...", "Information about your
    # equipment: for example, ..." (not "For more information: email ...")
    rf"|(?!(?:{_OPENERS})\b)[A-Z][^.:;,\n]{{0,50}}\b(?:[Ii]nformation|[Dd]ata):[ \t]+[a-z])")
# ... of which these start a sentence, never a title ("Other Information We Collect" is one)
_NOT_TITLE_START = "|".join(w for w in _SENTENCE_OPENERS if w not in (
    "Some", "Any", "Certain", "All", "Each", "Most", "Only", "No", "Such", "Other", "Third",
    "Non"))
# a title-case heading run into its paragraph ("Service Providers We may disclose ...",
# "Cookies We use cookies to ..."): capitalised words (and the small words a title leaves
# lower-case) that do not start like a sentence ("When You use the Service, We ..." is one),
# then a function word that opens a sentence, then a lower-case word
_GLUED_TITLE = re.compile(
    rf"(?P<heading>(?!(?:{_NOT_TITLE_START})\b)[A-Z][\w'’&/-]*(?:[ \t]+(?:[A-Z][\w'’&/-]*|"
    rf"{'|'.join(sorted(_TITLE_SMALL_WORDS))}|&|-)){{0,8}}?)[ \t]+"
    rf"(?P<rest>(?:{_OPENERS})[ \t,]+[a-z])")


def split_sentences(document: PolicyDocument) -> list[Sentence]:
    """Sentences of a policy's body (the text after any archive header), in order.

    >>> from policykg.extract.records import PolicyDocument
    >>> doc = PolicyDocument("p", "Cookies\\nWe use cookies. We do not sell data.", "x.com")
    >>> [(s.text, s.section) for s in split_sentences(doc)]
    [('Cookies', 'Cookies'), ('We use cookies.', 'Cookies'), ('We do not sell data.', 'Cookies')]
    """
    sentences: list[Sentence] = []
    section: str | None = None
    # the site's own names, lower-cased, for a title run into a sentence that opens with one
    names = [n.lower() for n in site_names(document.site)
             + list(defined_names(document.text, document.body_start))]
    lead: int | None = None
    unmarked = False  # the list's items so far are paragraphs with no bullet or number
    labelled = False  # the last item opened with a title-case data label
    for block in _blocks(document.text, document.body_start):
        kind, start, end, paragraph = block
        if kind == "heading":
            span = _trim(document.text, start, end)
            if span:
                section = _heading_text(document.text[span[0]:span[1]])
                sentences.append(Sentence(span[0], span[1], document.text[span[0]:span[1]],
                                          section, paragraph, None, True))
            lead = None
            continue
        # Lists written as paragraphs with no bullets: after a lead-in ending in ":", each
        # paragraph that the one before ended with ":" or ";" ("...; and") is an item, and so
        # is one that opens in lower case, going on with the lead-in's sentence ("We may use
        # it in the following ways:" / "to send you notices," / "to provide support,")
        # or that go on as the item before did: fragments with no full stop ("Registration
        # information you provide when you create an account"), or sentences opening with a
        # title-case data label ("Contact Information allows us to ..."); a bullet or number
        # after such items starts none of theirs ("2. How We Collect Your Information")
        if kind == "text" and lead is not None and sentences:
            if sentences[-1].text.rstrip("*_ ").endswith(
                    (":", ";", "; and", "; or", ";and", ";or")) or _LOWER_START.match(
                    document.text, start, end):
                kind = "item"
            elif _fragment_item(document.text, start, end, sentences[-1]) or (
                    labelled and _DATA_LABEL.match(document.text, start, end)):
                kind, unmarked = "item", True
        elif kind == "item" and unmarked:
            lead = None
        if kind != "item":
            lead = None
        if lead is None:
            unmarked = False
        labelled = kind == "item" and bool(_DATA_LABEL.match(document.text, start, end))
        run_in = False  # "We use it to: Provide the services. Tell you about offers.": items
        glued = (_GLUED_HEADING.match(document.text, start, end)
                 or _GLUED_TITLE.match(document.text, start, end)) if kind == "text" else None
        split = (glued.end("heading"), glued.start("rest")) if glued else \
            _title_before_name(document.text, start, end, names) if kind == "text" else None
        if split:  # "INFORMATION SHARING AND DISCLOSURE Yahoo does not rent ...": a heading
            heading = document.text[start:split[0]]  # run into its paragraph
            section = _heading_text(heading)
            sentences.append(Sentence(start, split[0], heading, section, paragraph, None, True,
                                      run_in=True))
            start = split[1]
        spans = list(_sentence_spans(document.text, start, end))
        # past a lead-in to the policy's contents, in this paragraph; or the whole paragraph,
        # when it is a list of the questions the policy answers ("What information about you do
        # we collect? What security measures do we take? ...")
        contents = _questions_only(document.text, spans)
        for s_start, s_end, inline_item in spans:
            item = kind == "item" or inline_item or run_in
            text = document.text[s_start:s_end]
            # a run of titles ("Table of Contents The Information We Collect How We Use ...")
            # names sections; it states nothing, like a heading, but names no section itself,
            # and neither does what follows a lead-in to the contents ("Please click on one of
            # the links below: What Information We Collect ... Children's Privacy ...")
            contents = contents or ":" in text and _contents_lead(text)
            sentence = Sentence(s_start, s_end, text, section, paragraph,
                                lead if item else None,
                                contents or _title_run(text) or _contents_entry(text))
            sentences.append(sentence)
            if contents:
                lead = None
            elif sentence.text.rstrip("*_ ").endswith(":"):
                lead = len(sentences) - 1
            elif not item and ":" in text and _RUN_IN_LIST.search(text):
                lead, run_in = len(sentences) - 1, True
    return sentences


def _title_before_name(text: str, start: int, end: int, names: list[str]
                       ) -> tuple[int, int] | None:
    """(end of the title, start of the sentence) of a title-case heading run into a sentence
    that opens with the site's own name ("Use of Cookies Sci-News.com uses cookies ...",
    "Cookies Kinja or third parties may use ..."), or None."""
    head = text[start:min(end, start + 100)]
    low = head.lower()
    for name in names:
        at = low.find(name)
        after = at + len(name)
        if at < 2 or head[at - 1] not in " \t" or not _LOWER_NEXT.match(head, after):
            continue
        words = _WORD.findall(head, 0, at)
        if 0 < len(words) <= 9 and _title_like(words) and not re.search(r"[.!?:;,]", head[:at]) \
                and words[0] not in _SENTENCE_OPENERS:
            return start + len(head[:at].rstrip()), start + at
    return None


def _fragment_item(text: str, start: int, end: int, before: Sentence) -> bool:
    """An item with no full stop after one: "We collect the following categories of
    information:" / "Registration information you provide when you create an account" /
    "Usage and technical data, including your device identifier": fragments, not sentences.
    A short one or one opening with a question word is a heading ("Information about children
    under 13", "How we use the information we collect")."""
    if before.lead_in is None or _ends_sentence(before.text) or _ends_sentence(
            text[start:end]):
        return False
    words = _WORD.findall(text, start, min(end, start + 200))
    return len(words) >= 6 and words[0].lower() not in _QUESTION_WORDS


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("*_)]\"'”’ ").endswith((".", "!", "?"))


def _blocks(text: str, begin: int) -> Iterator[tuple[str, int, int, int]]:
    """(kind, start, end, paragraph) for headings, list items and runs of paragraph lines."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() < len(text)]
    paragraph = -1
    previous_blank = True
    run: tuple[int, int] | None = None
    kind = "text"
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            previous_blank = True
            if run:
                yield kind, run[0], run[1], paragraph
                run = None
            continue
        if previous_blank:
            paragraph += 1
            previous_blank = False
        if start < begin:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        next_line = text[following[0]:following[1]] if following else ""
        line_kind = _line_kind(line, next_line, previous_blank_line=_blank_before(text, start))
        if line_kind == "text" and run and kind == "text":
            run = (run[0], end)
            continue
        if run:
            yield kind, run[0], run[1], paragraph
        if line_kind == "heading":
            yield "heading", start, end, paragraph
            run = None
        else:
            run, kind = (start, end), line_kind
    if run:
        yield kind, run[0], run[1], paragraph


def _blank_before(text: str, start: int) -> bool:
    before = text.rfind("\n", 0, max(start - 1, 0))
    return start == 0 or not text[before + 1:start].strip()


def _line_kind(line: str, next_line: str, previous_blank_line: bool = False) -> str:
    # only whether a line has 1 to 8 words matters, and which: 9 tell it is longer (a paragraph
    # is often one long line)
    words = [m.group() for m in islice(_WORD.finditer(line), 9)]
    stripped = line.strip()
    bold = _BOLD_LINE.match(line)
    if _MD_HEADING.match(line) or bold:
        body = bold["body"] if bold else _MD_HEADING.sub("", line)
        short = len(_WORD.findall(body)) <= 14 and not _has_inner_sentence(body)
        return "heading" if short else "text"
    if _LIST_ITEM.match(line):
        return "item"
    if (previous_blank_line and not next_line.strip() and 0 < len(words) <= 8
            and _title_like(words) and not re.search(r"[,;:!]\W*$", stripped)):
        return "heading"
    if (
        0 < len(words) <= 8
        and next_line.strip()
        and not re.search(r"[.,;:!]\W*$", stripped)
        and (stripped.endswith("?") or _title_like(words))
    ):
        return "heading"
    return "text"


def _title_like(words: list[str]) -> bool:
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS
                                         for w in words)


def _title_run(text: str) -> bool:
    """A long run of capitalised words with no sentence in it and no full stop: a table of
    contents or a menu."""
    if text.rstrip("*_ ").endswith((".", "!", "?")):  # most sentences: decided at once
        return False
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 10 and len(content) >= 8 and not _has_inner_sentence(text) and sum(
        w[0].isupper() and not w.isupper() for w in content) >= 0.85 * len(content)


def _questions_only(text: str, spans: list[tuple[int, int, bool]]) -> bool:
    """Whether a paragraph is three or more questions, with nothing but titles besides."""
    if len(spans) < 3:
        return False
    asked = [text[a:b].rstrip("*_ ").endswith("?") for a, b, _ in spans]
    return sum(asked) >= 3 and all(q or _title_run(text[a:b])
                                   for q, (a, b, _) in zip(asked, spans))


def _contents_lead(text: str) -> bool:
    """Whether a sentence with a colon leads in to the policy's contents (a substring test
    first: the pattern's alternatives would be tried at every word)."""
    lowered = text.lower()
    return any(hint in lowered for hint in _CONTENTS_HINTS) and bool(
        _CONTENTS_LEAD.search(text))


def _contents_entry(text: str) -> bool:
    """An entry of a numbered table of contents run into a paragraph: a title, then the next
    entry's number ("How We Use The Information Collected 4.", "CHILDREN 7.")."""
    if not (text.endswith(".") and text[-2:-1].isdigit()):  # most sentences: decided at once
        return False
    found = _NUMBERED_ENTRY.match(text)
    words = _WORD.findall(found[1]) if found else []
    return 0 < len(words) <= 12 and _title_like(words)


def _has_inner_sentence(body: str) -> bool:
    return bool(re.search(r"[a-z]{2}[.!?]\s+[A-Z]", body))


def _heading_text(raw: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_#\\]+", "", raw)).strip(" .:-")


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Sentence spans inside ``text[start:end]``, trimmed of markup; the flag marks inline items."""
    cursor, inline_item = start, False
    for found in _SENTENCE_END.finditer(text, start, end):
        cut = found.end()
        bullet = found["bullet"] is not None
        if not bullet and _is_abbreviation(text, found.start(), start):
            continue
        span = _trim(text, cursor, cut)
        if span:
            yield span[0], span[1], inline_item
        inline_item = bullet
        cursor = cut
    span = _trim(text, cursor, end)
    if span:
        yield span[0], span[1], inline_item


def _is_abbreviation(text: str, period: int, floor: int) -> bool:
    if text[period] != ".":
        return False
    word_start = period
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period].lower().strip(".")
    if word_start > floor and text[word_start - 1] in "'’":
        return False  # "... our advertising company's. Information ...": a possessive
    if word in _LIST_ENDS and _OPENER_AFTER.match(text, period + 1):
        return False  # "... data combination, etc. They are provided access ...": an end
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    left = _TRIM_LEFT.match(piece)
    offset = left.end() if left else 0
    # trailing whitespace and markup (* _ # |), read from the end (a regex search for them
    # would try every position of the sentence)
    stop = len(piece)
    while stop > offset and (piece[stop - 1].isspace() or piece[stop - 1] in "*_#|"):
        stop -= 1
    if stop <= offset or not _WORD.search(piece, offset, stop):
        return None
    return start + offset, start + stop
