"""IBANs of the right length for their country, with a valid mod-97 check."""

from __future__ import annotations

import re

from ..checksums import IBAN_LENGTHS, iban_valid
from . import Hit

_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,34}|[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){11,34})")  # "iban gb36hbuk…"


def find_ibans(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _IBAN_RE.finditer(text):
        country = m.group()[:2].upper()
        length = IBAN_LENGTHS.get(country)
        if not length:
            continue
        seen, end = 0, m.start()
        for i, ch in enumerate(m.group()):
            if ch != " ":
                seen += 1
                if seen == length:
                    end = m.start() + i + 1
                    break
        if seen == length and iban_valid(text[m.start():end].upper()) and not (end < len(text) and text[end].isalnum()):
            hits.append((m.start(), end, "IBAN", 1.0))
    return hits
