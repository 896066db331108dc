"""The residual scan: what still looks personal in an anonymized text, outside what was replaced or allowed."""

from __future__ import annotations

import re
from typing import Sequence

from .recognizers.lexicon import fold, lexicon
from .recognizers.names import NAME_WORD, TITLES

_RESIDUAL_PATTERNS = [
    ("at_sign", re.compile(r"@")),
    ("iban_shape", re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}")),
    ("id_shape", re.compile(r"(?<![\w\-])(?:\d{8}[ \-]?[A-Z]|[XYZ][ \-]?\d{7}[ \-]?[A-Z]|[A-HJNP-SUVW]\d{7}[0-9A-J]|"
                            r"\d{3}-\d{2}-\d{4}|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![\w\-])")),
    ("digits", re.compile(r"(?<![\w.,])\+?\d(?:[ .\-/]?\d){7,}(?![\w])")),
]
_DATE_SHAPE = re.compile(r"\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}(?:[ T]\d{1,2})?|\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4}")
_NAME_WORD_RE = re.compile(rf"(?<![\w<]){NAME_WORD}(?![\w>])")
_AFTER_NAME_RE = re.compile(rf"(?:(?<![\w.]){TITLES}\.?|{NAME_WORD})[ \t]+$")


def residual_scan(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[dict]:
    """Spans of an anonymized text that still look personal, outside the `protected` (replaced or
    allowed) spans: `@`, IBAN and ID shapes, long digit runs, and name-list words."""
    lex = lexicon()

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in protected)

    flags = []
    for kind, rx in _RESIDUAL_PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if kind == "digits" and (_DATE_SHAPE.fullmatch(m.group()) or re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?", m.group())):
                continue
            flags.append({"kind": kind, "start": m.start(), "end": m.end()})
    for m in _NAME_WORD_RE.finditer(text):
        f = fold(m.group())
        if not free(m.start(), m.end()):
            continue
        if f in lex.first:
            flags.append({"kind": "name", "start": m.start(), "end": m.end()})
        elif f in lex.last:
            prev = _AFTER_NAME_RE.search(text[max(0, m.start() - 30):m.start()])
            if prev and fold(prev.group().strip(" \t.")) not in lex.common and free(m.start() - len(prev.group()), m.start()):
                flags.append({"kind": "name", "start": m.start() - len(prev.group()), "end": m.end()})
    return sorted(flags, key=lambda f: f["start"])
