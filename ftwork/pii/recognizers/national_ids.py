"""National and tax IDs: Spanish DNI/NIE/CIF (with their check letters), EU VAT numbers, UK NINO, US SSN."""

from __future__ import annotations

import re

from ..checksums import cif_valid, dni_valid
from . import Hit

_DNI_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ \-]?[A-Za-z](?![\w\-])")
_NIE_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?[XYZxyz][ \-]?\d{7}[ \-]?[A-Za-z](?![\w\-])")
_CIF_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?[ABCDEFGHJNPQRSUVW][ \-]?\d{7}[ \-]?[0-9A-J](?![\w\-])")
_VAT_RE = re.compile(r"(?<![\w\-])(?:DE\d{9}|FR[0-9A-Z]{2}\d{9}|IT\d{11}|PT\d{9}|GB\d{9}(?:\d{3})?|NL\d{9}B\d{2}|BE0?\d{9,10})(?![\w\-])")
_NINO_RE = re.compile(r"(?<![\w\-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w\-])")
_SSN_RE = re.compile(r"(?<![\w\-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w\-])")
_SSN_CONTEXT = re.compile(r"(?i)(ssn|social security|seguridad social|itin)\W*$")


def find_national_ids(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for rx, check, score in ((_DNI_RE, dni_valid, 1.0), (_NIE_RE, dni_valid, 1.0), (_CIF_RE, cif_valid, 0.95)):
        for m in rx.finditer(text):
            if check(m.group()):
                hits.append((m.start(), m.end(), "NATIONAL_ID", score))
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.7) for m in _VAT_RE.finditer(text)]
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.85) for m in _NINO_RE.finditer(text)]
    for m in _SSN_RE.finditer(text):
        ctx = bool(_SSN_CONTEXT.search(text[max(0, m.start() - 30):m.start()]))
        hits.append((m.start(), m.end(), "NATIONAL_ID", 0.95 if ctx else 0.6))
    return hits
