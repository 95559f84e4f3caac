"""Typed records passed between the extraction stages.

documents -> :class:`PolicyDocument`; segmentation -> :class:`Sentence`; lexicon matching ->
:class:`Match`; clause rules -> :class:`Practice`. Records are frozen and hold plain values
(strings, ints, IRIs as strings) so that they pickle cheaply across a process pool.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class PolicyDocument:
    """One privacy policy as read from disk (or a corpus line).

    ``text`` is what offsets refer to: the decoded file for plain text and Markdown, the visible
    text for HTML (``offset_map`` then maps text offsets back to source offsets).
    """

    policy_id: str
    text: str
    site: str
    archived_on: str | None = None
    source_url: str | None = None
    source_path: str | None = None
    media_type: str = "text/plain"
    body_start: int = 0
    offset_map: tuple[tuple[int, int], ...] = ()
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()  # things a user should know, e.g. a header date that was ignored

    def source_offset(self, offset: int) -> int:
        """The source-file offset of a text offset (identity except for HTML).

        >>> PolicyDocument("p", "abc", "x.com").source_offset(2)
        2
        """
        if not self.offset_map:
            return offset
        best = (0, 0)
        for text_at, source_at in self.offset_map:
            if text_at > offset:
                break
            best = (text_at, source_at)
        return best[1] + (offset - best[0])


@dataclass(frozen=True)
class Sentence:
    """A sentence (or list item, or heading) with its character span in the document text."""

    start: int
    end: int
    text: str
    section: str | None = None
    paragraph: int = 0
    lead_in: int | None = None  # index of the sentence a list item continues
    is_heading: bool = False
    run_in: bool = False  # a heading run into its paragraph's text ("Opting-Out If you ...")


class Match(NamedTuple):
    """A lexicon hit: tokens ``[first, last)`` of a sentence matched a label of ``concept``.

    A named tuple, not a dataclass: the lexicon makes one for every hit, and a frozen dataclass
    costs three times as much to build."""

    concept: str
    category: str
    first: int
    last: int
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Practice:
    """One extracted practice: an n-ary statement with its evidence sentence.

    ``kind`` is a practice class IRI (pk:Collection, pk:Sharing, pk:SecurityMeasure, ...); the
    value fields hold concept IRIs from the ontology; ``actor`` is either pk:FirstParty, pk:User or
    a party-kind concept.
    """

    kind: str
    actor: str
    sentence: Sentence
    polarity: str
    data_types: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    named_parties: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    rule: str = ""
    matched: tuple[str, ...] = field(default=(), compare=False)
    # literal details of a statement: (property IRI, lexical value, datatype IRI or "")
    details: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)
