"""Known values: the deny list (the client's companies and contacts), the allow list (the company's own
names, products, role mailboxes) and one matcher for thousands of values at once."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path
from typing import Iterable

from ...errors import AnonymizeInputError
from ...loaders import read_text
from .orgs import ORG_SUFFIX
from .lexicon import fold, tokens
from .phones import phone_key


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation shaped as a trie, so thousands of values cost one pass per text."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if list(node) == [""]:
            return ""
        alts, optional = [], False
        for ch in sorted(node):
            if ch == "":
                optional = True
            else:
                alts.append(re.escape(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    return build(trie) if trie else r"(?!x)x"


class ValueMatcher:
    """Finds known values (deny list, seeds, everything detected once) anywhere in a text."""

    def __init__(self, entries: Iterable[tuple[str, str, str, bool]]):
        # entries: (surface, label, recognizer, case_sensitive); the first entry for a surface wins
        self.cs: dict[str, tuple[str, str]] = {}
        self.ci: dict[str, tuple[str, str]] = {}
        for surface, label, recognizer, case_sensitive in entries:
            surface = surface.strip()
            if len(surface) < 2:
                continue
            if case_sensitive:
                for form in (surface, surface.upper()):
                    self.cs.setdefault(form, (label, recognizer))
            else:
                self.ci.setdefault(surface.casefold(), (label, recognizer))
        edge_l, edge_r = r"(?<![\w@.+\-])", r"(?![\w@]|[.\-][\w])"
        self._cs = re.compile(edge_l + "(?:" + trie_regex(self.cs) + ")" + edge_r) if self.cs else None
        self._ci = re.compile(edge_l + "(?:" + trie_regex(self.ci) + ")" + edge_r, re.I) if self.ci else None

    def __bool__(self):
        return bool(self.cs or self.ci)

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        out = []
        if self._cs:
            out += [(m.start(), m.end(), *self.cs[m.group()]) for m in self._cs.finditer(text) if m.group() in self.cs]
        if self._ci:
            out += [(m.start(), m.end(), *self.ci[m.group().casefold()]) for m in self._ci.finditer(text)
                    if m.group().casefold() in self.ci]
        return out


def load_deny_list(path: str | Path | None) -> list[tuple[str, str]]:
    """(value, label) pairs from a CSV `value,label` (header optional); ORG values also without legal form."""
    if not path:
        return []
    p = Path(path)
    text = read_text(p, AnonymizeInputError)
    out = []
    for n, row in enumerate(csv.reader(io.StringIO(text))):
        if not row or not row[0].strip() or (n == 0 and row[0].strip().lower() in ("value", "valor", "name")):
            continue
        value = row[0].strip()
        label = row[1].strip().upper() if len(row) > 1 and row[1].strip() else "PERSON"
        label = {"ORGANIZATION": "ORG", "COMPANY": "ORG", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
                 "PER": "PERSON", "NAME": "PERSON"}.get(label, label)
        out.append((value, label))
        if label == "ORG":
            bare = re.sub(rf",?[ \t]+(?:{ORG_SUFFIX})$", "", value).strip()
            if bare != value and len(tokens(bare)) >= 2:
                out.append((bare, "ORG"))
    return out


class AllowList:
    """The allow-list. A finding is dropped only if the whole finding is allowed or lies inside an
    allowed occurrence in the text – never because an allowed word appears inside it."""

    def __init__(self, values: Iterable[str]):
        self.values = [v.strip() for v in values if v and v.strip()]
        self.norm = {self._norm(v) for v in self.values}
        self.keys = {(label, value_key(label, v)) for v in self.values for label in ("PHONE", "IBAN", "NATIONAL_ID", "EMAIL")}
        self.rx = re.compile(r"(?<![\w@.+\-])(?:" + trie_regex(sorted({v.casefold() for v in self.values})) +
                             r")(?![\w@]|[.\-][\w])", re.I) if self.values else None

    @staticmethod
    def _norm(s: str) -> str:
        return re.sub(r"\s+", " ", s.strip().strip(".,;:")).casefold()

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.rx.finditer(text)] if self.rx else []

    def truncated(self, surface: str) -> bool:
        """Whether `surface` is an allowed value of several words cut short, as fixed-width invoice columns
        print it ("Brisa Carr" for the product "Brisa Carrera")."""
        norm = self._norm(surface)
        return " " in norm and len(norm) >= 6 and any(v != norm and v.startswith(norm) for v in self.norm)

    def allowed(self, label: str, surface: str, start: int, end: int, occ: list[tuple[int, int]]) -> bool:
        if self._norm(surface) in self.norm or (label, value_key(label, surface)) in self.keys:
            return True
        return any(s <= start and end <= e for s, e in occ)


def value_key(label: str, surface: str) -> str:
    """The identity of a value for consistency: case, spacing and punctuation do not matter."""
    if label == "EMAIL":
        return surface.strip().casefold()
    if label == "PHONE":
        return phone_key(surface)
    if label in ("PERSON", "ADDRESS", "ORG", "LOCATION"):
        return re.sub(r"[\W_]+", " ", fold(surface)).strip()
    return re.sub(r"[\W_]+", "", surface).upper()
