"""Who is who in a dataset, and what replaces them: people clustered across texts, one number per person
or value in reading order (`<PERSON_3>`, `<EMAIL_3>`), realistic fake values (`mode="surrogate"`),
and `deanonymize`, which puts the real values back."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

from .checksums import DNI_LETTERS, cif_valid, dni_valid, iban_with_check
from .recognizers import Cand
from .recognizers.lists import value_key
from .recognizers.lexicon import fold, tokens
from .recognizers.names import is_particle
from .recognizers.references import ref_family

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9_]*)_(\d+)>")


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]


@dataclass
class Identities:
    """Who is who in a dataset: every finding's identity (a person cluster, or a label family and a value
    key), its label, first position and language, its surface forms, the person an e-mail belongs to,
    and its placeholder."""

    cluster_of: dict[tuple[int, int], int]
    clusters: list[dict]
    label_of: dict[tuple, str] = field(default_factory=dict)
    first_pos: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    first_lang: dict[tuple, str] = field(default_factory=dict)
    surfaces: dict[tuple, list[str]] = field(default_factory=lambda: defaultdict(list))
    owner: dict[tuple, int] = field(default_factory=dict)  # e-mail identity -> person cluster
    placeholder: dict[tuple, str] = field(default_factory=dict)

    def of(self, i: int, s: int, label: str, surface: str) -> tuple:
        """The identity of the finding `label` at offset `s` of text `i`."""
        return ("PERSON", self.cluster_of[(i, s)]) if label == "PERSON" else (ref_family(label), value_key(label, surface))

    def in_reading_order(self) -> list[tuple]:
        return sorted(self.first_pos, key=self.first_pos.get)

    def replacement(self, ident: tuple, surface: str, surrogates: Surrogates | None) -> str:
        """The placeholder of `ident`, or (surrogate mode) its fake value in the shape of `surface`."""
        if surrogates is None:
            return self.placeholder[ident]
        person = (self.owner[ident], self.clusters[self.owner[ident]]) if ident in self.owner else None
        return surrogates.replacement(ident, self.label_of[ident], surface, self.first_lang[ident],
                                      self.clusters[ident[1]] if ident[0] == "PERSON" else None, person)

    def entries(self, variants: dict[tuple, dict[str, str]], mapping: dict[str, str], placeholders: bool) -> list[dict]:
        """The detailed mapping, one entry per identity in reading order; with placeholders, also
        `mapping[placeholder] = ` the fullest form of the value (a person's full name)."""
        entries = []
        for ident in self.in_reading_order():
            forms = self.surfaces[ident]
            canonical = max(forms, key=lambda f: (len(tokens(f)), len(f))) if ident[0] == "PERSON" else forms[0]
            if placeholders:
                mapping[self.placeholder[ident]] = canonical
            entries.append({"replacement": self.placeholder[ident] if placeholders else variants[ident][forms[0]],
                            "label": self.label_of[ident], "original": canonical, "variants": variants[ident]})
        return entries


def identities(texts: list[str], found: list[list[Cand]], doc_langs: list[str]) -> Identities:
    """Cluster the people, give every finding its identity and every identity its placeholder."""
    ids = Identities(*cluster_people(texts, found))
    for i, fs in enumerate(found):
        for s, e, label, _, _ in fs:
            surface = texts[i][s:e]
            ident = ids.of(i, s, label, surface)
            ids.label_of.setdefault(ident, label)
            ids.first_pos.setdefault(ident, (i, s))
            ids.first_lang.setdefault(ident, doc_langs[i])
            if surface not in ids.surfaces[ident]:
                ids.surfaces[ident].append(surface)
    number = _numbers(ids)
    ids.placeholder = {ident: f"<{ids.label_of[ident]}_{number[ident]}>" for ident in ids.first_pos}
    return ids


def _numbers(ids: Identities) -> dict[tuple, int]:
    """Numbers follow reading order; an e-mail that spells a person's name takes that person's number
    (sets `ids.owner`)."""
    clusters = ids.clusters
    person_num = {cid: k + 1 for k, cid in enumerate(sorted(range(len(clusters)), key=lambda c: clusters[c]["pos"]))}
    number: dict[tuple, int] = {}
    for ident in ids.first_pos:
        if ident[0] == "PERSON":
            number[ident] = person_num[ident[1]]
        elif ids.label_of[ident] == "EMAIL":
            cid = email_owner(ident[1], ids.first_pos[ident][0], clusters)
            if cid is not None:
                ids.owner[ident] = cid
    reserved = {person_num[c] for c in ids.owner.values()}
    used_email: set[int] = set()
    counters: Counter = Counter()
    for ident in ids.in_reading_order():
        label = ids.label_of[ident]
        if ident[0] == "PERSON":
            continue
        if label == "EMAIL":
            want = person_num[ids.owner[ident]] if ident in ids.owner else None
            if want is None or want in used_email:
                want = 1
                while want in used_email or (ident not in ids.owner and want in reserved):
                    want += 1
            used_email.add(want)
            number[ident] = want
        else:
            counters[label] += 1
            number[ident] = counters[label]
    return number


def cluster_people(texts: list[str], found: list[list[Cand]]) -> tuple[dict, list[dict]]:
    """Group PERSON mentions: full names by shared tokens, then first names / surnames alone join a
    full name in the same text, or the only full name that has them anywhere."""

    def toks(surface: str) -> list[str]:
        words = [fold(t.strip(".,")) for t in tokens(surface) if not is_particle(t) and not re.fullmatch(r"\w\.", t)]
        return [w for w in words if w] or [fold(surface)]

    mentions = [(i, s, toks(texts[i][s:e])) for i, fs in enumerate(found) for s, e, label, *_ in fs if label == "PERSON"]
    clusters: list[dict] = []
    cluster_of: dict[tuple[int, int], int] = {}

    def attach(idx: int, i: int, s: int, tk: list[str]):
        c = clusters[idx]
        c["tokens"] |= set(tk)
        c["docs"].setdefault(i, []).append(s)
        c["pos"] = min(c["pos"], (i, s))
        cluster_of[(i, s)] = idx

    def new(tk: list[str], i: int, s: int, multi: bool) -> int:
        clusters.append({"tokens": set(tk), "first": tk[0], "docs": {}, "pos": (i, s), "multi": multi})
        return len(clusters) - 1

    for i, s, tk in mentions:
        if len(tk) < 2:
            continue
        match = None
        for idx, c in enumerate(clusters):
            if c["multi"] and (set(tk) <= c["tokens"] or (c["tokens"] <= set(tk) and c["first"] == tk[0])):
                if match is None or (i in c["docs"] and i not in clusters[match]["docs"]):
                    match = idx
        attach(new(tk, i, s, True) if match is None else match, i, s, tk)
    standalone: dict[str, int] = {}
    for i, s, tk in mentions:
        if len(tk) >= 2:
            continue
        t = tk[0]
        cands = [idx for idx, c in enumerate(clusters) if c["multi"] and t in c["tokens"]]
        same = [idx for idx in cands if i in clusters[idx]["docs"]]
        match = None
        if same:
            def closeness(idx):
                before = [x for x in clusters[idx]["docs"][i] if x <= s]
                return (max(before) if before else -1, -min(clusters[idx]["docs"][i]))
            match = max(same, key=closeness)
        elif len(cands) == 1:
            match = cands[0]
        elif cands:
            firsts = [idx for idx in cands if clusters[idx]["first"] == t]
            match = firsts[0] if len(firsts) == 1 else None
        if match is None:
            if t not in standalone:
                standalone[t] = new(tk, i, s, False)
            match = standalone[t]
        attach(match, i, s, tk)
    return cluster_of, clusters


def email_owner(email_key: str, doc: int, clusters: list[dict]) -> int | None:
    """The person cluster whose name the e-mail's local part spells (maria.garcia, mgarcia, garcia.m)."""
    parts = [p for p in re.split(r"[^a-z]+", fold(email_key.split("@")[0])) if p]
    if not parts:
        return None
    compact = "".join(parts)

    def matches(c: dict) -> bool:
        names = {re.sub(r"[^a-z]", "", t) for t in c["tokens"]} - {""}
        first = re.sub(r"[^a-z]", "", c["first"])
        if len(names) >= 2 and len(parts) >= 2 and any(len(p) > 1 for p in parts) and all(
                p in names or (len(p) == 1 and any(n.startswith(p) for n in names)) for p in parts):
            return True
        if any(compact in (first[:1] + o, first + o, o + first, o + first[:1], first + o[:1]) for o in names - {first}):
            return True
        return len(parts) == 1 and parts[0] == first and doc in c["docs"]

    cands = [idx for idx, c in enumerate(clusters) if matches(c)]
    same = [idx for idx in cands if doc in clusters[idx]["docs"]]
    if same:
        return same[0]
    return cands[0] if len(cands) == 1 else None


def _shape_like(original: str, rng: random.Random, keep_letters: bool = True) -> str:
    out = []
    for ch in original:
        if ch.isdigit():
            out.append(str(rng.randint(0, 9)))
        elif ch.isalpha() and not keep_letters:
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch.isupper() else rng.choice("abcdefghjkmnprstuvwxyz"))
        else:
            out.append(ch)
    return "".join(out)


def _fill_alnum(template: str, chars: str) -> str:
    """Put `chars` into the alphanumeric positions of `template`, keeping its spacing and punctuation."""
    it = iter(chars)
    return "".join(next(it, ch) if ch.isalnum() else ch for ch in template)


class Surrogates:
    """Realistic fake values, consistent per person/value, never equal to any original in the dataset."""

    def __init__(self, seed: int, texts: list[str], found: list[list[Cand]]):
        self.rng = random.Random(seed)
        self.fakers: dict[str, Any] = {}
        self.forbidden = {fold(w) for i, fs in enumerate(found) for s, e, *_ in fs
                          for w in [texts[i][s:e], *tokens(texts[i][s:e])]}
        self.used: set[str] = set()
        self.person_tokens: dict[int, dict[str, str]] = {}
        self.values: dict[tuple, str] = {}

    def faker(self, lang: str):
        from faker import Faker

        loc = {"es": "es_ES"}.get(lang, "en_GB")
        if loc not in self.fakers:
            fk = Faker(loc)
            fk.seed_instance(self.rng.randint(0, 2 ** 31))
            self.fakers[loc] = fk
        return self.fakers[loc]

    def fresh(self, make: Callable[[], str]) -> str:
        value = make()
        for _ in range(60):
            if fold(value) not in self.forbidden and value not in self.used and not any(
                    fold(w) in self.forbidden for w in tokens(value) if len(w) > 3):
                break
            value = make()
        self.used.add(value)
        return value

    def _person_map(self, cid: int, cluster: dict, lang: str) -> dict[str, str]:
        if cid not in self.person_tokens:
            fk = self.faker(lang)
            tmap = {}
            # sorted, not set order: the same fake names in every process whatever PYTHONHASHSEED is
            for tok in sorted(cluster["tokens"], key=lambda t: (t != cluster["first"], t)):
                tmap[tok] = self.fresh(fk.first_name if tok == cluster["first"] else fk.last_name).split()[0]
            self.person_tokens[cid] = tmap
        return self.person_tokens[cid]

    def replacement(self, ident: tuple, label: str, surface: str, lang: str, cluster: dict | None,
                    owner: tuple[int, dict] | None) -> str:
        if cluster is not None:
            tmap = self._person_map(ident[1], cluster, lang)
            out = []
            for tok in re.split(r"(\s+)", surface):
                f = fold(tok.strip(".,"))
                if tok.isspace() or not tok or is_particle(tok):
                    out.append(tok)
                elif re.fullmatch(r"\w\.", tok):
                    out.append(self.rng.choice("ABCDEFGHJKLMNPRST") + ".")
                else:
                    out.append(tmap.get(f, tmap.get(cluster["first"], "Alex")) + tok[len(tok.rstrip(".,")):])
            return "".join(out)
        if ident in self.values and label in ("ADDRESS", "ORG", "LOCATION", "EMAIL"):
            return self.values[ident]
        fk = self.faker(lang)
        if label == "EMAIL":
            local = None
            if owner is not None:  # the person's fake name spells the fake address
                cid, oc = owner
                tmap = self._person_map(cid, oc, lang)
                first = tmap.get(oc["first"])
                last = next((v for k, v in tmap.items() if k != oc["first"]), None)
                local = ".".join(fold(x) for x in (first, last) if x)
            clean = lambda s: re.sub(r"[^a-z0-9.]", "", s)  # noqa: E731
            value = self.fresh(lambda: f"{clean(local or fold(fk.first_name()) + '.' + fold(fk.last_name()))}"
                                       f"@{fk.free_email_domain()}")
        elif label == "ADDRESS":
            value = self.fresh(lambda: f"{fk.street_address()}, {fk.postcode()} {fk.city()}".replace("\n", ", "))
        elif label == "ORG":
            value = self.fresh(fk.company)
        elif label == "LOCATION":
            value = self.fresh(fk.city)
        elif label == "PHONE":
            key = ident[1]
            if ident not in self.values:
                self.values[ident] = self.fresh(lambda: key[:1] + "".join(str(self.rng.randint(0, 9)) for _ in key[1:]))
            fake = self.values[ident]
            digits_pos = [k for k, ch in enumerate(surface) if ch.isdigit()]
            chars = list(surface)
            for k, d in zip(digits_pos[len(digits_pos) - len(fake):], fake):
                chars[k] = d
            return "".join(chars)
        elif label == "IBAN":
            compact = ident[1]
            if ident not in self.values:
                bban_shape = compact[4:]
                self.values[ident] = self.fresh(lambda: iban_with_check(compact[:2], _shape_like(bban_shape, self.rng, False).upper()))
            return _fill_alnum(surface, self.values[ident])
        elif label == "NATIONAL_ID":
            compact = ident[1]
            if ident not in self.values:
                self.values[ident] = self.fresh(lambda: _fake_id(compact, self.rng))
            return _fill_alnum(surface, self.values[ident])
        else:  # references, cards: same shape, new digits
            if ident not in self.values:
                self.values[ident] = self.fresh(lambda: _shape_like(ident[1], self.rng))
            return _fill_alnum(surface, self.values[ident])
        self.values[ident] = value
        return value


def _fake_id(compact: str, rng: random.Random) -> str:
    prefix = "ES" if compact.startswith("ES") and len(compact) == 11 else ""
    body = compact[len(prefix):]
    if dni_valid(body) and body[0].isdigit():
        n = rng.randint(10_000_000, 99_999_999)
        return f"{prefix}{n}{DNI_LETTERS[n % 23]}"
    if dni_valid(body):
        n = rng.randint(1_000_000, 9_999_999)
        return f"{prefix}{body[0]}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(body[0])) + f'{n:07d}') % 23]}"
    if cif_valid(body):
        for _ in range(100):
            digits = f"{rng.randint(0, 9_999_999):07d}"
            for control in "0123456789JABCDEFGHI":
                if cif_valid(body[0] + digits + control):
                    return f"{prefix}{body[0]}{digits}{control}"
    return _shape_like(compact, rng)


def deanonymize(text: str, mapping: dict) -> str:
    """Put the real values back into a model output. `mapping` is `load_mapping(eng)` or a result's
    `.mapping` (replacement -> original). Placeholders are restored to the person's full name."""
    flat = mapping.get("replacements", mapping) if isinstance(mapping, dict) else {}
    if not flat or not text:
        return text
    keys = sorted(flat, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(k) for k in keys))
    return rx.sub(lambda m: flat[m.group()], text)
