"""Details of policy statements: the literal facts completeness profiles ask for.

A statement practice (pk:PrivacyContact, pk:UserAccess, pk:EffectiveDate, ...) says *that* a
policy discloses something; these functions read *what* from its sentence, cheaply (a few regular
expressions, run only on statement sentences): contact addresses, the date of an effective-date
statement, the mechanism of a right or a change notice, a retention term, an exception, a lawful
basis. Each returns ``(property IRI, lexical value, datatype IRI or "")`` triples for the RDF
writer.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from policykg.ontology import PK

Detail = tuple[str, str, str]
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
_URL = re.compile(r"https?://[^\s)\]>\"']+", re.I)
_WAYBACK = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/", re.I)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
_DATES = (
    re.compile(r"\b(?P<m>[A-Z][a-z]+)\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)? (?P<m>[A-Z][a-z]+),? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)\b"),
)
# (pattern, label, words) tables, first match of each label wins; order is the order shown. A
# pattern is tried only when one of its words occurs in the lower-cased sentence: most statement
# sentences name no mechanism, and nine case-blind searches cost more than the rest of the reading.
_MECHANISMS = tuple((re.compile(p, re.I), label, words) for p, label, words in (
    (r"\bmy account\b", "My Account", ("my account",)),
    (r"\baccount (?:information )?(?:screen|page|settings?|preferences)\b", "account settings",
     ("account",)),
    (r"\b(?:e-?mail(?:ing)? us|send (?:us )?an? e-?mail|by e-?mail|via e-?mail|mailto:)",
     "e-mail", ("mail",)),
    (r"\b(?:web|online|contact) form\b", "web form", ("form",)),
    (r"\b(?:by (?:postal )?mail|in writing|write to us|mailing address)\b", "postal mail",
     ("mail", "writ")),
    (r"\b(?:call us|telephone|toll[- ]free|by phone)\b", "telephone", ("call", "phone", "toll")),
    (r"\bpost(?:ed|ing)? (?:\w+ ){0,3}changes?\b|\bpost (?:a |the )?revised\b",
     "posted on the site", ("post",)),
    (r"\b(?:revision notice|notice on (?:the|our) home ?page|home ?page)\b",
     "notice on the home page", ("notice", "home")),
    (r"\b(?:personally )?notify you\b", "notified personally", ("notify",)),
))
_RETENTION = re.compile(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|ten|twelve|thirty|sixty|ninety)"
    r"(?: \(\d+\))? (?:calendar |business )?(?:days?|weeks?|months?|years?))\b"
    r"|\bas long as (?:(?:it is|is|we|reasonably|strictly) )*(?:necessary|needed|required"
    r"|your account is (?:active|open))\b|\bno longer than (?:is )?necessary\b|\bindefinitely\b",
    re.I)
_EXCEPTION = re.compile(r"\bexcept(?:ing)?(?: for)? ((?:[\w'-]+ ){0,5}[\w'-]+)", re.I)
# how a Do Not Track statement says the site answers the signal, clause by clause: a verb of
# responding with a denial before it in its clause ("we do not currently respond to", "take no
# action to respond"; not the "not" of "Do Not Track", nor "not all browsers") or without one;
# a clause about browsers or third parties, or about how or whether the site responds, says
# nothing of the site's answer
_DNT_CLAUSES = re.compile(
    r"[;:]|\b(?:but|although|however)\b|,(?=\s*(?:we|our|the|this|these|it)\b)", re.I)
_DNT_RESPONSE = re.compile(r"\b(?:respond|honou?r|recogni[sz]e|support|comply|obey|process"
                           r"|act (?:on|upon)|alter|change)", re.I)
_DNT_DENIAL = re.compile(r"\bnot\b(?!\W+(?:track|all)\b)|\bnever\b|n't\b|\bno (?:longer|action)\b"
                         r"|\bunable\b|\bcannot\b", re.I)
_DNT_OTHERS = re.compile(r"\b(?:browsers?|third[- ]part(?:y|ies)|they|others|other (?:web)?sites"
                         r"|other companies)\s+(?:\w+\s+)?(?:do|does|will|may|might|can|to|not"
                         r"|support|honou?r|respond|recogni[sz]e)\b", re.I)
_DNT_TOPIC = re.compile(r"\b(?:how|whether)\b", re.I)
_BASES = tuple((re.compile(p, re.I), label, words) for p, label, words in (
    (r"\bconsent\b", "consent", ("consent",)),
    (r"\bcontract\b", "contract", ("contract",)),
    (r"\blegal obligation\b", "legal obligation", ("legal",)),
    (r"\bvital interests?\b", "vital interests", ("vital",)),
    (r"\bpublic (?:task|interest)\b", "public task", ("public",)),
    (r"\blegitimate interests?\b", "legitimate interests", ("legitimate",)),
))
_WITH_MECHANISM = frozenset(map(str, (
    PK.UserAccess, PK.DataDeletion, PK.UserChoice, PK.ConsentWithdrawal, PK.PolicyChange,
    PK.PrivacyContact, PK.ComplaintRight)))
_WITH_EXCEPTION = frozenset(map(str, (PK.DataDeletion, PK.UserAccess, PK.RetentionPeriod)))
_CONTACT, _MECHANISM = str(PK.contactAddress), str(PK.mechanism)
_EFFECTIVE_DATE, _RETENTION_PERIOD = str(PK.EffectiveDate), str(PK.RetentionPeriod)
_LEGAL_BASIS = str(PK.LegalBasis)
_DO_NOT_TRACK = str(PK.DoNotTrack)


def statement_details(kind: str, text: str) -> tuple[Detail, ...]:
    """The details of a statement of class ``kind`` read from its sentence ``text``.

    >>> [v for _, v, _ in statement_details(str(PK.UserAccess), "E-mail us at a@B.com.")]
    ['a@b.com', 'e-mail']
    >>> statement_details(str(PK.EffectiveDate), "Last updated: March 3, 2014")[0][1]
    '2014-03-03'
    """
    out: list[Detail] = [(_CONTACT, a, "") for a in contact_addresses(text)]
    if kind in _WITH_MECHANISM:
        out += [(_MECHANISM, m, "") for m in _labels(_MECHANISMS, text)]
    if kind == _EFFECTIVE_DATE:
        found = effective_date(text)
        out += [(str(PK.effectiveDate), found, XSD_DATE)] if found else []
    elif kind == _RETENTION_PERIOD:
        out += [(str(PK.retentionTerm), " ".join(m.group().lower().split()), "")
                for m in _RETENTION.finditer(text)]
    elif kind == _LEGAL_BASIS:
        out += [(str(PK.lawfulBasis), b, "") for b in _labels(_BASES, text)]
    elif kind == _DO_NOT_TRACK:
        honors = honors_do_not_track(text)
        out += [(str(PK.honorsDoNotTrack), str(honors).lower(), XSD_BOOLEAN)] \
            if honors is not None else []
    if kind in _WITH_EXCEPTION:
        out += [(str(PK.exception), _exception(m), "") for m in _EXCEPTION.finditer(text)]
    return tuple(dict.fromkeys(out))


def honors_do_not_track(text: str) -> bool | None:
    """Whether a Do Not Track sentence says the site responds to the signal, or None.

    >>> honors_do_not_track("We do not currently respond to Do Not Track signals.")
    False
    >>> honors_do_not_track("Our sites honor Do Not Track requests.")
    True
    >>> honors_do_not_track("Some browsers have a Do Not Track feature.") is None
    True
    >>> honors_do_not_track("How we respond to Do Not Track signals") is None
    True
    >>> honors_do_not_track("We currently take no action to respond to do not track signals.")
    False
    >>> honors_do_not_track("When we receive a Do Not Track signal, we respond by ...")
    True
    >>> honors_do_not_track("We honor Do Not Track signals, but not all browsers support them.")
    True
    >>> honors_do_not_track("Some browsers do not support Do Not Track.") is None
    True
    """
    answer = None
    for clause in _DNT_CLAUSES.split(text):
        found = _DNT_RESPONSE.search(clause)
        if found is None:
            continue
        before = clause[:found.start()]
        if _DNT_TOPIC.search(before) or _DNT_OTHERS.search(before):
            continue  # "How we respond to ...", "Some browsers do not support ..."
        if _DNT_DENIAL.search(before):
            return False
        answer = True
    return answer


def contact_addresses(text: str) -> list[str]:
    """E-mail addresses (lower-cased) and web addresses in ``text``; a Wayback Machine link is
    unwrapped to the address it archived.

    >>> contact_addresses("[e-mail](https://web.archive.org/web/2010id_/http%3A//a.com/c)")
    ['http://a.com/c']
    """
    if "@" not in text and "http" not in text:
        return []
    urls = [_WAYBACK.sub("", u).rstrip(".,;") for u in _URL.findall(text)]
    urls = [unquote(u) if u.lower().startswith("http") else "http://" + unquote(u) for u in urls]
    mails = [m.lower() for m in _EMAIL.findall(text)]
    mailto = {f"mailto:{m}" for m in mails}
    return list(dict.fromkeys(mails + [u for u in urls if u.lower() not in mailto
                                       and "@" not in u]))


def effective_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    for pattern in _DATES:
        for found in pattern.finditer(text):
            month = found["m"]
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            try:
                return date(int(found["y"]), number or 0, int(found["d"])).isoformat()
            except ValueError:
                continue
    return None


def _labels(table, text: str) -> list[str]:
    lower = text.lower()
    return list(dict.fromkeys(label for pattern, label, words in table
                              if any(w in lower for w in words) and pattern.search(text)))


def _exception(found: re.Match) -> str:
    words = found.group(1).split()
    while words and words[0].lower() in ("your", "our", "the", "a", "any", "as", "that"):
        words = words[1:]
    return " ".join(words)
