"""Phone numbers: international ones checked by `phonenumbers`, national formats of ES/UK/US/FR/DE/IT/PT
scored by shape and by the words before them; `phone_key`, the identity of a number for consistency."""

from __future__ import annotations

import re

from . import Hit

_PHONE_RE = re.compile(r"""
    (?<![\w@/+\-])
    (?P<num>
      (?P<intl>(?:\+|00)[ ]?\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?|\((?:\+|00)\d{1,3}\)[ .\-]?)?
      (?:\(\d{1,5}\)[ .\-]?)?
      \d+(?:[ .\-]\d+){0,6}
    )
    (?![\w@]|[.\-]\d)
""", re.X)
_PHONE_CONTEXT = re.compile(r"(?i)(tel|phone|m[oó]vil|tel[eé]fono|mobile|cell|call|ring|llam|whatsapp|fax|contact|tlf|tfno|"
                            r"n[uú]mero|number|text me|sms|line|l[ií]nea|m[oó]vel|handy|portable|cellulare)")
_ES_PHONE_WORDS = re.compile(r"(?i)(celular|cel\.?|wsp|whats|fijo|llamar al|al n[uú]mero|atiende el|contesta al|(?<!\w)al|–|—|→)"
                             r"(?:[ \t]+(?:es|is|el))?[ \t:]*$")
_NOT_PHONE_CONTEXT = re.compile(r"(?i)(?<!\w)(order|pedido|invoice|factura|ref|n[º°o]\.?|#|account|cuenta|iban|dni|nie|cif|nif|"
                                r"ssn|card|tarjeta|cliente|customer|albar[aá]n|tracking|seguimiento|expediente|po|vat|vat reg\.?|vat[ ]+no\.?|"
                                r"vat[ ]+reg\.?[ ]+(?:no\.?[ ]+)?gb|vat[ ]+gb|vat[ ]+no\.?[ ]+gb|"
                                r"importe|amount|total|eur|gbp|usd|€|£|\$)"
                                r"(?:\s+(?:number|no\.?|n[º°o]\.?|num\.?|n[uú]mero|id|ref|code|c[oó]digo))?\W*$")
_WHOSE_NUMBER = re.compile(r"(?i)(?<!\w)(?:his|her|my|your|their|our|su|mi|tu)[ \t]+(?:no\.?|n[º°o]\.?|num\.?|number|"
                           r"n[uú]mero)[ \t:]*(?:is|es)?[ \t:]*$")
KNOWN_CC = ("351", "34", "44", "33", "49", "39", "1")


def _national_phone_score(d: str, raw: str) -> float:
    n = len(d)
    if n == 9 and d[0] in "6789":  # ES (mobile 6/7, landline 8/9), PT mobile 9x
        return 0.7
    if n == 9 and d[0] == "2":  # PT landline
        return 0.6
    if n in (10, 11) and d[0] == "0" and d[1] != "0":  # UK 0xxxx, FR 0x xx xx xx xx, DE 0xx.., IT 0x..
        return 0.7
    if n == 12 and d[0] == "0" and d[1] != "0":  # long German numbers
        return 0.6
    if n == 9 and d[0] == "0" and d[1] != "0":  # short DE/IT landlines
        return 0.55
    if n == 10 and d[0] in "23456789":
        if d[0] == "3":  # IT mobile 3xx xxx xxxx
            return 0.65
        if d[3] in "23456789" and re.fullmatch(r"\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}", raw):  # US 3-3-4
            return 0.75
        return 0.5 if d[3] in "23456789" else 0.0
    if n == 11 and d[0] == "1" and re.fullmatch(r"1[ .\-]\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}", raw):
        return 0.75
    return 0.0


# Regions whose national numbers are tried when the shapes above do not know a number: Latin America's
# ("55 8058 9144" in Mexico City, "11 1736-7226" and "15-4810-9027" in Buenos Aires, "5119 1715" in Havana), checked by
# `phonenumbers`.
_REGIONS = ("MX", "AR", "CO", "CL", "PE", "VE", "EC", "UY", "ES", "GB", "US", "GT", "CU", "DO", "PY", "BO", "CR", "SV", "HN",
            "NI", "PA")


def _regional_score(d: str, raw: str) -> float:
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover
        return 0.0
    possible = False
    for region in _REGIONS:
        try:
            num = phonenumbers.parse(d, region)
            if phonenumbers.is_valid_number(num):
                # written in groups as phones are ("11 1736-7226"), or as one run of digits
                return 0.55 if len(re.findall(r"\d+", raw)) >= 2 else 0.45
            possible = possible or phonenumbers.is_possible_number(num)
        except Exception:
            continue
    # a number of a possible length that no range of the metadata covers: only where a word says it is a phone
    return 0.32 if possible and 10 <= len(d) <= 11 else 0.0


def _phone_score(raw: str, intl: str | None) -> float:
    d = re.sub(r"\D", "", raw.replace("(0)", ""))
    if intl:
        d = d[2:] if raw.lstrip(" (").startswith("00") else d
        if not 8 <= len(d) <= 15:
            return 0.0
        try:
            import phonenumbers

            if d.startswith("521") and len(d) == 13:  # "+52 1 55 …": Mexico's old mobile 1, still written
                d = "52" + d[3:]
            num = phonenumbers.parse("+" + d, None)
            if phonenumbers.is_valid_number(num):
                return 0.95
            if phonenumbers.is_possible_number(num):
                return 0.8
        except Exception:
            pass
        return 0.6 if d.startswith(KNOWN_CC) and 9 <= len(d) <= 13 else 0.0
    if not 8 <= len(d) <= 13:
        return 0.0
    if len(d) == 13 and d[:3] in ("044", "045"):  # Mexico's old mobile prefixes, still written: "044 55 1501 8191"
        return 0.55 if _regional_score(d[3:], raw) >= 0.45 else 0.0
    return (_national_phone_score(d, raw) if 9 <= len(d) <= 12 else 0.0) or _regional_score(d, raw)


# a date, or a span of years ("cuentas 2025-2026"), not a phone number
_TIMESTAMP_SHAPE = re.compile(r"(?:19|20)\d{2}[\-/.][01]\d[\-/.][0-3]\d|[0-3]?\d[\-/.][01]?\d[\-/.](?:19|20)\d{2}|[0-3]\d\.[01]\d\.\d{2}(?!\d)|"
                              r"(?:19|20)\d{2}[\-/–](?:19|20)\d{2}(?!\d)")


_EXTENSION = re.compile(r"[ ]?(?:x|ext\.?|extn\.?|extension|ext[ée]nsi[oó]n|int\.?)[ ]?\d{1,5}(?!\w)", re.I)


_CELL_START = re.compile(r"(?:^|\n|[;\t|])$")
_CELL_END = re.compile(r"[;\t|]")


def find_phones(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _PHONE_RE.finditer(text):
        raw = m.group("num")
        start = m.start("num")
        if re.match(r",\d", text[m.end("num"):m.end("num") + 2]) and len(re.findall(r"\d+", raw)) < 3:
            continue  # "12,50": a decimal, not the end of a number; "999-319-73-91,2025-…" is a cell of a row
        if start >= 2 and re.match(r"\d[.,]", text[start - 2:start]) and not raw.startswith("+") and not (
                text[start - 1] == "," and re.match(r"[ \t]*(?:[,;]|$)", text[m.end("num"):], re.M)):
            continue  # "1,234": the digits after a decimal comma; a cell of a CSV row ("14,07847 972091,") is tried
        # A longer run (e.g. a phone followed by another number) is trimmed group by group.
        candidates = [raw]
        parts = re.split(r"(?<=\d)[ .\-](?=\d)", raw)
        while len(parts) > 2:
            parts = parts[:-1]
            candidates.append(raw[: len(" ".join(parts))])
        for cand in candidates:
            if _TIMESTAMP_SHAPE.match(cand):  # "2024-01-08 11:21" is a timestamp, not a phone number
                break
            score = _phone_score(cand, m.group("intl"))
            if score:
                before = text[max(0, start - 28):start]
                end = start + len(cand)
                if _WHOSE_NUMBER.search(before):  # "his no. 07718 373864": a person's number is a phone
                    score = min(1.0, score + 0.2)
                elif _NOT_PHONE_CONTEXT.search(before):
                    score *= 0.4
                elif _PHONE_CONTEXT.search(before) or _ES_PHONE_WORDS.search(before):
                    score = min(1.0, score + 0.2)
                elif score >= 0.45 and _CELL_START.search(text, 0, start) and _CELL_END.match(text, end):
                    score += 0.1  # a valid number alone in a cell of an export row: "9840853948;Diego …", "…;51591266;CUP"
                ext = _EXTENSION.match(text, end) if cand == raw else None  # "0141 961 3483 x59", "… ext. 263"
                hits.append((start, ext.end() if ext else end, "PHONE", score))
                break
    return hits


def phone_key(surface: str) -> str:
    """The identity of a phone number: its digits without "+", the country code or the trunk zero."""
    raw = surface.replace("(0)", "")
    d = re.sub(r"\D", "", raw)
    intl = raw.lstrip(" (").startswith(("+", "00"))
    if raw.lstrip(" (").startswith("00"):
        d = d[2:]
    if intl:
        for cc in KNOWN_CC:
            if d.startswith(cc) and len(d) - len(cc) >= 8:
                d = d[len(cc):]
                break
    return d[1:] if d.startswith("0") else d
