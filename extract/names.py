"""The names a policy uses for its own site: from its domain, and those it defines for itself."""

from __future__ import annotations

import re
from functools import lru_cache


def site_names(site: str) -> list[str]:
    """Names a policy uses for its own site: the domain and the brand before the TLD.

    >>> site_names("sci-news.com")
    ['sci-news.com', 'sci-news', 'scinews']
    """
    names = [site]
    if "." in site:
        brand = re.sub(r"^www\.", "", site).rsplit(".", 1)[0]
        names += [brand, brand.replace("-", "")] if "-" in brand else [brand]
    return list(dict.fromkeys(n for n in names if len(n) > 2))


# a bracketed definition of the speaker: (collectively, "Company," "we," or "us"), ("JibJab"
# or "we"); a quoted term beside "we", "us" or "our" is a name of the site
_DEFINITION = re.compile(r"\(([^()]{0,160}?[\"“][^()]{0,160}?)\)")
_QUOTED = re.compile(r"[\"“]([^\"“”]{1,40}?)[,.]?[\"”]")
_SPEAKER = frozenset(("we", "us", "our", "ours"))
_ADDRESSEE = frozenset(("you", "your", "yours"))


@lru_cache(maxsize=4)  # asked by segmentation and by the reader of the same document
def defined_names(text: str, start: int = 0) -> tuple[str, ...]:
    """Names a policy defines for itself beside "we" / "us" / "our" (in ``text`` from
    ``start``, where a document's body begins).

    >>> defined_names('SheKnows, LLC (collectively, "Company," "we," or "us") knows ...')
    ('Company',)
    >>> defined_names('the website (the "Service") and its partners ("Partners")')
    ()
    >>> defined_names('(the terms "we," "us" and "Company" refer to Acme, and "you," "your" '
    ...               'and "User" refer to you)')
    ('Company',)
    """
    names: list[str] = []
    for group in _DEFINITION.finditer(text, start):
        terms = [t.strip() for t in _QUOTED.findall(group[1])]
        # the user's terms in the same brackets name the user, not the site: '"we," "us" and
        # "Company" refer to Acme, and "you," "your" and "User" refer to you'
        lowered = [t.lower() for t in terms]
        end = next((i for i, t in enumerate(lowered) if t in _ADDRESSEE), len(terms))
        if not _SPEAKER.isdisjoint(lowered[:end]):
            names += [t for t, low in zip(terms[:end], lowered) if low not in _SPEAKER
                      and t[:1].isupper() and len(t.split()) <= 4]
    return tuple(dict.fromkeys(names))
