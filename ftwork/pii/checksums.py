"""Check digits of the identifiers stage 02 finds: IBAN (mod 97), Spanish DNI/NIE and CIF
(card numbers are Presidio's `CreditCardRecognizer`, which checks Luhn itself).

Stage 01 counts personal data with the same checks, so a number it counts is one stage 02 masks.
"""

from __future__ import annotations

import re

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GI": 23, "GL": 18, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MA": 28, "MC": 27,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TR": 26, "UA": 29, "AL": 28, "RS": 22, "ME": 22, "MK": 19, "BA": 20, "LB": 28, "KW": 30, "QA": 29, "TN": 24,
    # the rest of SWIFT's IBAN registry: Latin America and the Caribbean, then Africa, Asia and Europe's remainder
    "DO": 28, "GT": 28, "CR": 22, "SV": 28, "HN": 28, "NI": 28, "LC": 32, "VG": 24, "FK": 18,
    "AZ": 28, "BY": 28, "EG": 29, "GE": 22, "IQ": 23, "JO": 30, "KZ": 20, "MD": 24, "MR": 27, "PK": 24, "PS": 29,
    "ST": 25, "SC": 31, "TL": 23, "XK": 20, "LY": 25, "SD": 18, "BI": 27, "DJ": 27, "SO": 23, "MN": 20, "RU": 33,
    "OM": 23, "YE": 30, "VA": 22, "MU": 30,
}


def dni_valid(value: str) -> bool:
    """Spanish DNI (8 digits + check letter) or NIE (X/Y/Z + 7 digits + letter); spaces, dots, dashes,
    lower case and an "ES" prefix are accepted."""
    v = re.sub(r"[\s.\-]", "", value).upper()
    if v.startswith("ES") and len(v) == 11:
        v = v[2:]
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", v)
    if not m or (m.group(1) and len(m.group(2)) != 7) or (not m.group(1) and len(m.group(2)) != 8):
        return False
    number = int(str("XYZ".index(m.group(1))) + m.group(2)) if m.group(1) else int(m.group(2))
    return DNI_LETTERS[number % 23] == m.group(3)


def nie_valid(value: str) -> bool:
    """A Spanish NIE (X/Y/Z + 7 digits + check letter) – `dni_valid` restricted to foreigners' numbers."""
    v = re.sub(r"[\s.\-]", "", value).upper()
    return v.removeprefix("ES")[:1] in ("X", "Y", "Z") and dni_valid(value)


def cif_valid(value: str) -> bool:
    """Spanish company tax code: letter + 7 digits + control digit or letter."""
    v = re.sub(r"[\s.\-]", "", value).upper()
    if v.startswith("ES") and len(v) == 11:
        v = v[2:]
    m = re.fullmatch(r"([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])", v)
    if not m:
        return False
    body = m.group(2)
    total = sum(int(body[i]) for i in (1, 3, 5)) + sum(sum(divmod(2 * int(body[i]), 10)) for i in (0, 2, 4, 6))
    digit = (10 - total % 10) % 10
    control = m.group(3)
    if m.group(1) in "PQRSNW":
        return control == "JABCDEFGHI"[digit]
    if m.group(1) in "ABEH":
        return control == str(digit)
    return control in (str(digit), "JABCDEFGHI"[digit])


def iban_valid(value: str) -> bool:
    """An IBAN (spaces allowed) of the right length for its country whose mod-97 check holds."""
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v) or IBAN_LENGTHS.get(v[:2], len(v)) != len(v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def iban_with_check(country: str, bban: str) -> str:
    """The IBAN of `bban` in `country` with its two check digits computed (for realistic surrogates)."""
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"



def rut_valid(value: str) -> bool:
    """Chile's RUT/RUN ("12.345.678-5", "7654321-K"): modulo-11 check digit over the body."""
    body, _, dv = re.sub(r"[.\s]", "", value).upper().partition("-")
    if not body.isdigit() or len(dv) != 1:
        return False
    total = sum(int(d) * (2 + k % 6) for k, d in enumerate(reversed(body)))
    check = 11 - total % 11
    return dv == {11: "0", 10: "K"}.get(check, str(check))


def cuit_valid(value: str) -> bool:
    """Argentina's CUIT/CUIL ("20-12345678-6"): modulo-11 check digit with weights 5432765432."""
    d = re.sub(r"\D", "", value)
    if len(d) != 11:
        return False
    total = sum(int(a) * w for a, w in zip(d[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    check = 11 - total % 11
    check = {11: 0, 10: 9}.get(check, check)
    return int(d[10]) == check


def cpf_valid(value: str) -> bool:
    """Brazil's CPF ("123.456.789-09"): two modulo-11 check digits."""
    d = [int(c) for c in re.sub(r"\D", "", value)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        check = sum(a * w for a, w in zip(d[:n], range(n + 1, 1, -1))) * 10 % 11 % 10
        if d[n] != check:
            return False
    return True


def ppsn_valid(value: str) -> bool:
    """Ireland's PPS number ("1234567T", "1234567TW", "1234567FA"): a modulo-23 check letter over seven digits
    weighted 8…2 and the second letter (A–I count 1–9, W or none 0) weighted 9."""
    v = re.sub(r"\s", "", value).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", v)
    if not m:
        return False
    digits, check, second = m.groups()
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1)))
    total += 9 * (ord(second) - 64 if second and second != "W" else 0)
    return check == ("W" if total % 23 == 0 else chr(64 + total % 23))


def nuss_valid(value: str) -> bool:
    """Spain's social-security number (NUSS / nº de afiliación, "28 12345678 40"): two province digits, eight
    digits and two control digits, the remainder modulo 97 of the first ten read as one number (the province
    times ten million plus a number under ten million, as the Seguridad Social defines it, or as written)."""
    d = re.sub(r"\D", "", value)
    if len(d) != 12:
        return False
    province, number, control = int(d[:2]), int(d[2:10]), int(d[10:])
    base = number + province * 10_000_000 if number < 10_000_000 else int(d[:10])
    # software that computes the control over the ten digits as written, whatever the number, is common too
    return control in (base % 97, int(d[:10]) % 97)


def ruc_valid(value: str) -> bool:
    """Peru's RUC ("10123456784"): modulo-11 check digit over ten digits weighted 5432765432."""
    d = re.sub(r"\D", "", value)
    if len(d) != 11:
        return False
    check = 11 - sum(int(a) * w for a, w in zip(d[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return int(d[10]) == {10: 0, 11: 1}.get(check, check)
