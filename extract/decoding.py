"""Bytes of a policy file -> text: size limit, binary sniffing and encoding detection.

Encodings are detected, not assumed: a byte-order mark decides first, then strict UTF-8 (most
policies), then charset-normalizer's best guess. Files that are binary (PDF, images, archives),
empty, or larger than the size limit are refused with an :class:`InputError` that says why.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from policykg.extract.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
"""Default size limit: privacy policies are tens of kilobytes; 10 MB is a crawl gone wrong."""

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_policy(data: bytes, where: str, *, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """The text of a policy file and the encoding it was read with.

    >>> decode_policy("Caf\\u00e9 policy".encode("utf-16"), "p.txt")
    ('Café policy', 'utf-16')
    >>> decode_policy(b"We collect your name.", "p.txt")[1]
    'utf-8'
    """
    if len(data) > max_bytes:
        raise InputError(where, f"{len(data) / 1e6:.1f} MB is larger than the "
                         f"{max_bytes / 1e6:.0f} MB limit for one policy")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(where, f"binary file ({kind}), not a text policy")
    text, encoding = _decode(data, where)
    if not text.strip():
        raise InputError(where, "empty policy (no text)")
    if "\x00" in text or _control_share(text) > 0.05:
        raise InputError(where, "binary file, not a text policy")
    return text, encoding


def _decode(data: bytes, where: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(where, "cannot tell the text encoding; save the file as UTF-8")
    return data.decode(best.encoding, errors="replace"), best.encoding


def _control_share(text: str) -> float:
    sample = text[:20_000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    return controls / max(len(sample), 1)
