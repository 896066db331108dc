"""Payment card numbers (13-19 digits passing the Luhn check)."""

from __future__ import annotations

import re

from ..checksums import luhn_valid
from . import Hit

_CARD_RE = re.compile(r"(?<![\d\-])[3-6]\d{3}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}(?![\d\-])")


def find_cards(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_valid(d):
            hits.append((m.start(), m.end(), "CARD_NUMBER", 0.9))
    return hits
