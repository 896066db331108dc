"""National and tax IDs: Spanish DNI/NIE/CIF (with their check letters), EU VAT numbers, UK NINO, US SSN;
Irish PPSN and Spanish NUSS (with their check characters); Latin America's Chilean RUT, Argentine CUIT/CUIL,
Peruvian RUC and Brazilian CPF (with their check digits), Mexican CURP and
RFC (by their date and state codes); and, after the word that names them, identity-card and passport numbers
without a check of their own (Colombian cédula, Argentine or Peruvian DNI, passports). Presidio ships none of
the Latin-American ones."""

from __future__ import annotations

import re

from ..checksums import cif_valid, cpf_valid, cuit_valid, dni_valid, nuss_valid, ppsn_valid, ruc_valid, rut_valid
from . import Hit

_DNI_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ \-]?[A-Za-z](?![\w\-])")
_NIE_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?[XYZxyz][ \-]?\d{7}[ \-]?[A-Za-z](?![\w\-])")
_CIF_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?[ABCDEFGHJNPQRSUVW][ \-]?\d{7}[ \-]?[0-9A-J](?![\w\-])")
_VAT_RE = re.compile(r"(?<![\w\-])(?:DE\d{9}|FR[0-9A-Z]{2}\d{9}|IT\d{11}|PT\d{9}|GB\d{9}(?:\d{3})?|NL\d{9}B\d{2}|BE0?\d{9,10})(?![\w\-])")
_NINO_RE = re.compile(r"(?<![\w\-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w\-])")
# the same typed in lower case, after the words that name it: "NI no given as zb187563b"
_NINO_LOWER_RE = re.compile(r"(?i:\bni\b|\bnino\b|national insurance)[^\n\d]{0,20}?(?<![\w\-])(?P<id>(?!bg|gb|nk|kn|tn|nt|zz)"
                            r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d])(?![\w\-])")
_SSN_RE = re.compile(r"(?<![\w\-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w\-])")
_SSN_CONTEXT = re.compile(r"(?i)(ssn|social security|seguridad social|itin)\W*$")


# Ireland's PPSN and Spain's social-security number by their check characters; Peru's personal RUC (10…, 15…, 17…;
# a company's starts 20) by its check digit after the word RUC. Presidio ships none of the three.
_PPSN_RE = re.compile(r"(?<![\w\-])\d{7}[ ]?[A-Wa-w][A-IWa-iw]?(?![\w\-])")  # "2099801 TA" too
_PPSN_CONTEXT = re.compile(r"(?i)\bpps(?:n|\s*n(?:o|umber)\.?)?\b[^\n\d]{0,25}$")
_NUSS_RE = re.compile(r"(?<![\w\-/.])\d{2}(?P<a>[ \-/]?)\d{8}(?P<b>[ \-/]?)\d{2}(?![\w\-/]|[.,]\d)")
_NUSS_CONTEXT = re.compile(r"(?i)(?:\bnuss|\bn\.?a\.?f\.?|afiliaci[oó]n|seguridad social|social security|\bss)\b[^\n\d]{0,25}$")
_RUC_RE = re.compile(r"(?i)\bruc\b[^\n\d]{0,30}(?<![\w\-])(?P<id>(?:10|15|17)\d{9})(?![\w\-])")
_RUT_RE = re.compile(r"(?<![\w.\-])\d{1,2}(?:\.\d{3}\.\d{3}|\d{6})-[\dkK](?![\w\-])")
_CUIT_RE = re.compile(r"(?<![\w.\-])(?:20|23|24|27|30|33|34)(?:-\d{8}-|\d{8})\d(?![\w\-])")
_CPF_RE = re.compile(r"(?<![\w.\-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w\-])")
_DATE6 = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_MX_STATES = "AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE"
_CURP_RE = re.compile(rf"(?<![\w])[A-Z][AEIOUX][A-Z]{{2}}{_DATE6}[HMX](?:{_MX_STATES})[B-DF-HJ-NP-TV-Z]{{3}}[0-9A-Z]\d(?![\w])")
# the same typed in lower case, after its name: "sent curp ieha721213mgtxrz45"
_CURP_LOWER_RE = re.compile(rf"(?i:curp)[ \t:]+(?P<id>(?i:[a-z][aeioux][a-z]{{2}}{_DATE6}[hmx](?:{_MX_STATES})[b-df-hj-np-tv-z]{{3}}[0-9a-z]\d))(?![\w])")
_RFC_RE = re.compile(rf"(?<![\w])[A-ZÑ&]{{4}}{_DATE6}[A-Z0-9]{{2}}[0-9A](?![\w])")  # a person's RFC: 13 characters
# A number right after the word for an identity document: "C.C. 1.010.196.213", "DNI 32.456.789", "pasaporte PAB123456"
_ID_WORD = (r"d\.?n\.?i\.?|c\.c\.?|cc|c\.i\.?|ci|cédula|cedula|c[ée]dula de (?:ciudadan[íi]a|identidad|extranjer[íi]a)|"
            r"documento(?: nacional)?(?: de identidad)?|run|rut|passport|pasaporte|passaporte|id card|identity card|"
            r"carn[eé]t?(?: de identidad)?|dui|cui|cpf|rg|ppt|pp no|pp number|t\.?i\.?|tarjeta de identidad|"
            r"(?:driving |driver'?s )?licen[cs]e|licencia(?: de conducir)?|carn[eé]t? de conducir|permiso de conducir|dpi|"
            r"passport['’]s|identidad|nin|c[ée]dula del? [a-zñáéíóú]+")  # "No. de identidad", Nigeria's NIN
_ID_NUMBER_RE = re.compile(
    rf"(?i)(?<![\w])(?:{_ID_WORD})(?:[ \t]+(?:peruan[oa]|argentin[oa]|chilen[oa]|colombian[oa]|español|española|mexican[oa]|"
    r"venezolan[oa]|ecuatorian[oa]|bolivian[oa]|uruguay[oa]|paraguay[oa]|\([^()\n]{2,12}\)))?"  # "DNI peruano", "DNI (Perú)"
    rf"(?:[ \t]*(?:no\.?|n[º°o]\.?|n\.º|number|n[úu]mero|num\.?|#))?"
    r"(?:[ \t]*/[ \t]*(?:nationality|nacionalidad|country|pa[ií]s|expiry|caducidad))?"  # "PASSPORT NO / NATIONALITY: 3109…"
    r"[ \t]*[:.(]?[ \t]*(?:(?:es|is|was|era)[ \t]+)?"  # "mi dni es 55350185", "passport (506033162)"
    # Guatemala's DPI (4-5-4), Bolivia's CI with its department ("13901564 LP", "2499441-1D PT", "7669675 L.P.")
    r"(?-i:(?P<id>\d{4}[ \-]\d{5}[ \-]\d{4}|\d{13}(?!\d)|\d{3}-\d{7}-\d|\d{5,8}(?:-\d[A-Z])?[ ](?:LP|L\.P\.|CB|C\.B\.|SC|S\.C\.|OR|O\.R\.|PT|P\.T\.|"
    r"CH|TJ|BN|PA|PD)(?![\w])|[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}|[VEJ]-?\d{1,2}\.\d{3}\.\d{3}|\d{1,2}\.?\d{3}\.?\d{3}-\d|[A-Z]{1,3}[ \-]?\d{6,9}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,9}(?![\w\-])|\d{1,3}(?:\.\d{3}){1,3}(?:-[\dkK])?|\d{1,3}(?: \d{3}){2,3}|\d{6,11}))"
    r"(?![\w\-]|[.,]\d)")


# An NHS number (3-3-4 digits, a modulo-11 check digit) after the word that names it: "NHS NO: 662 929 7032"
_NHS_RE = re.compile(r"(?i)(?<![\w])nhs(?:[ ]+(?:no\.?|number|n[º°]))?[ \t]*[:.]?[ \t]*(?P<id>\d{3}[ \-]?\d{3}[ \-]?\d{4})(?![\w\-])")


def nhs_valid(value: str) -> bool:
    """The NHS number's check: weights 10…2 over the first nine digits, 11 minus the sum modulo 11 (11 is 0)."""
    d = re.sub(r"\D", "", value)
    if len(d) != 10:
        return False
    check = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    return (0 if check == 11 else check) == int(d[9])


def find_national_ids(text: str, lang: str = "en") -> list[Hit]:
    hits = [(m.start("id"), m.end("id"), "NATIONAL_ID", 0.9) for m in _NHS_RE.finditer(text) if nhs_valid(m.group("id"))]
    for rx, check, score in ((_DNI_RE, dni_valid, 1.0), (_NIE_RE, dni_valid, 1.0), (_CIF_RE, cif_valid, 0.95)):
        for m in rx.finditer(text):
            if check(m.group()):
                hits.append((m.start(), m.end(), "NATIONAL_ID", score))
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.7) for m in _VAT_RE.finditer(text)]
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.85) for m in _NINO_RE.finditer(text)]
    hits += [(m.start("id"), m.end("id"), "NATIONAL_ID", 0.85) for m in _NINO_LOWER_RE.finditer(text)]
    for m in _SSN_RE.finditer(text):
        ctx = bool(_SSN_CONTEXT.search(text[max(0, m.start() - 30):m.start()]))
        hits.append((m.start(), m.end(), "NATIONAL_ID", 0.95 if ctx else 0.6))
    for rx, check in ((_RUT_RE, rut_valid), (_CUIT_RE, cuit_valid), (_CPF_RE, cpf_valid)):
        hits += [(m.start(), m.end(), "NATIONAL_ID", 0.95) for m in rx.finditer(text) if check(m.group())]
    for m in _PPSN_RE.finditer(text):
        if ppsn_valid(m.group()):
            hits.append((m.start(), m.end(), "NATIONAL_ID", 0.9 if _PPSN_CONTEXT.search(text[max(0, m.start() - 40):m.start()]) else 0.75))
    for m in _NUSS_RE.finditer(text):  # "28 12345678 40", or twelve digits after the word that names them
        if nuss_valid(m.group()) and ((m.group("a") and m.group("b")) or _NUSS_CONTEXT.search(
                text[max(0, m.start() - 40):m.start()])):
            hits.append((m.start(), m.end(), "NATIONAL_ID", 0.9))
    hits += [(m.start("id"), m.end("id"), "NATIONAL_ID", 0.9) for m in _RUC_RE.finditer(text) if ruc_valid(m.group("id"))]
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.9) for m in _CURP_RE.finditer(text)]
    hits += [(m.start("id"), m.end("id"), "NATIONAL_ID", 0.9) for m in _CURP_LOWER_RE.finditer(text)]
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.75) for m in _RFC_RE.finditer(text)]
    hits += [(m.start("id"), m.end("id"), "NATIONAL_ID", 0.9) for m in _ID_NUMBER_RE.finditer(text)]
    seen: set = set()  # one hit per span, the first rule's
    return [h for h in hits if (h[0], h[1]) not in seen and not seen.add((h[0], h[1]))]
