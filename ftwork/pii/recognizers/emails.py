"""E-mail addresses."""

from __future__ import annotations

import re

from . import Hit

_EMAIL_RE = re.compile(r"(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")


def find_emails(text: str, lang: str = "en") -> list[Hit]:
    return [(m.start(), m.end(), "EMAIL", 1.0) for m in _EMAIL_RE.finditer(text)]
