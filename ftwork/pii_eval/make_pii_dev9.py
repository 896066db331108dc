#!/usr/bin/env python3
"""Hand-built labelled PII test set "dev9" (English + Spanish).

Provenance
----------
Built on 2026-12-04 by a separate author (a helper agent) who was given only
the label conventions and the two domains below.  The author read neither the
detector's recognizers nor any of the other labelled sets, and did not run the
detector, so that the blind spots of this set differ from the detector's.
Only the Python standard library is used.

Domains
-------
1. A home-care agency for elderly and dependent people operating in Spain,
   Ireland, Chile and Uruguay: care plans, carers' shift rotas, visit notes
   typed fast by carers, family contact sheets, GP / hospital referrals,
   social-services paperwork (ayuntamiento, HSE, dependencia, BPS, Fonasa),
   invoices and direct debits, incident reports, complaints from relatives.
2. A private after-school academy and sports club (football, swimming, music)
   in Spain, the UK, Colombia and Venezuela: enrolment forms with parents /
   guardians and children, fee receipts, WhatsApp parent groups, match and
   gala reports, coach / teacher lists, trip consent and medical forms,
   newsletters, parents' association minutes.
People from Mexico, Ecuador, Poland, Romania, Morocco, China, South Asia etc.
appear as carers, parents and clients.

Document kinds (mixed in both languages)
----------------------------------------
e-mails with headers (From/To/Sent/Subject; De/Enviado/Para/Asunto),
forwarded and quoted threads, signatures; WhatsApp exports (Android
"12/03/2026, 10:15 - Name: text" and iOS "[12/03/26, 10:15:02] Name: text");
visit and call notes typed fast in lower case with typos and without accents;
CSV, semicolon and tab separated exports with header rows; ALL-CAPS forms;
rotas, team sheets and class lists with surname-first entries; invoices and
receipts; reviews and complaints; voicemail transcripts; SMS logs; formal
letters; minutes with attendee lists.

Labels
------
PERSON       every mention of a real person by name (full, given alone,
             surname after a title, nicknames, ALL CAPS, lower case,
             "Surname, Given" as ONE span, e-mail display names, chat
             senders).  Titles (Mr, Mrs, Ms, Dr, Sr., Sra., D., Dña., Don,
             Doña, Lic., Prof., Fr ...) are outside the span.  "Ana y Ramón
             Echeverría" gives two spans: "Ana" and "Ramón Echeverría".
             In CSV exports with separate surname / given-name columns each
             cell is its own span.
ORG          companies, agencies, hospitals, health centres, GP practices,
             councils and public bodies, schools, clubs, federations, banks,
             insurers, suppliers; legal suffix inside the span when present.
             A person's name inside an organisation name ("CEIP Miguel
             Hernández", "Farmacia Lda. Pilar Ortega") is part of the ORG.
ADDRESS      a postal address as one span (street + number, optionally
             flat, postcode, town, county).
CUSTOMER_ID  client / member / enrolment numbers, invoice and receipt
             numbers, case and file numbers, direct-debit mandate references,
             social-services file numbers.
PHONE, EMAIL, IBAN (valid mod-97 check digits)
NATIONAL_ID  Spanish DNI / NIE (valid letter), Spanish NUSS (valid control
             digits), Irish PPSN (valid check letter), UK NI numbers, NHS
             numbers (valid mod-11), Chilean RUT (valid DV), Uruguayan cédula
             (valid check digit), Colombian cédula and tarjeta de identidad,
             Venezuelan cédula, Mexican CURP (valid check digit), passports.

Deliberately left unlabelled
----------------------------
dates, times, amounts, towns / cities / countries alone, street names
mentioned without a postal address, postcodes alone, URLs, vehicle
registrations, product names, medicines, pets' names, shirt numbers,
room / bed numbers, ward names, generic roles ("la hija", "mum", "the
council", "el ayuntamiento" without a name), bank sort codes and BICs.

Counts
------
120 documents: 60 English ("en"), 60 Spanish ("es").  Exact span counts per
label and language are printed when the script is run (see the report in
__main__); the figures at generation time are listed in COUNTS_NOTE below.

Determinism
-----------
Every random choice comes from random.Random.  A master generator seeded
with SEED = 20261209 draws one integer seed per document; if a document
falls outside 300-1500 characters it is redrawn with seed + k * 1000003.
No set or dict iteration order is relied upon for choices, so the output is
byte-identical across runs and PYTHONHASHSEED values.  Offsets are recorded
while each text is assembled from segments, never by searching the text.

How to run
----------
    cd /work/main && python3 ftwork/pii_eval/make_pii_dev9.py
writes ftwork/pii_eval/pii_dev9.jsonl beside this script and prints counts.
`generate()` returns the same list of row dicts without writing anything.
"""

import json
import os
import random
import sys
import unicodedata

SEED = 20261209
N_PER_LANG = 60
MIN_LEN, MAX_LEN = 300, 1500
COUNTS_NOTE = "see output of __main__"


# ---------------------------------------------------------------------------
# Document builder: offsets are recorded while segments are appended.
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self._parts = []
        self._pos = 0
        self.spans = []

    def t(self, s):
        self._parts.append(s)
        self._pos += len(s)
        return self

    def e(self, s, label):
        if not s or s != s.strip():
            raise ValueError("bad labelled segment %r" % (s,))
        start = self._pos
        self._parts.append(s)
        self._pos += len(s)
        self.spans.append({"start": start, "end": self._pos, "label": label})
        return self

    def w(self, *items):
        """Append items: str = plain text, (text, label) = labelled, None = skip."""
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                if it[1] is None:
                    self.t(it[0])
                else:
                    self.e(it[0], it[1])
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self._parts)


def PER(s):
    return (s, "PERSON")


def ORG(s):
    return (s, "ORG")


def ADR(s):
    return (s, "ADDRESS")


def CID(s):
    return (s, "CUSTOMER_ID")


def PHO(s):
    return (s, "PHONE")


def EML(s):
    return (s, "EMAIL")


def IBN(s):
    return (s, "IBAN")


def NID(s):
    return (s, "NATIONAL_ID")


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------
def strip_acc(s):
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.category(c) != "Mn":
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out)).replace("ł", "l").replace("Ł", "L")


def slug(s):
    s = strip_acc(s).lower()
    return "".join(c for c in s if c.isalnum())


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def dots(n):
    """12345678 -> 12.345.678"""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ".".join(parts)


# ---------------------------------------------------------------------------
# National identifiers with valid check characters
# ---------------------------------------------------------------------------
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randint(1000000, 79999999)
    s, L = "%08d" % n, DNI_LETTERS[n % 23]
    f = rng.randint(0, 4)
    if f == 0:
        return s + L
    if f == 1:
        return s + "-" + L
    if f == 2:
        return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], L)
    if f == 3:
        return s + " " + L
    return s + L.lower()


def nie(rng):
    p = rng.randint(0, 2)
    n = rng.randint(0, 9999999)
    L = DNI_LETTERS[int("%d%07d" % (p, n)) % 23]
    P = "XYZ"[p]
    f = rng.randint(0, 2)
    if f == 0:
        return "%s%07d%s" % (P, n, L)
    if f == 1:
        return "%s-%07d-%s" % (P, n, L)
    return "%s %07d %s" % (P, n, L)


def nuss(rng):
    prov = rng.randint(1, 52)
    body = rng.randint(10000000, 99999999)
    base = "%02d%08d" % (prov, body)
    cc = "%02d" % (int(base) % 97)
    f = rng.randint(0, 3)
    if f == 0:
        return "%s/%s/%s" % (base[:2], base[2:], cc)
    if f == 1:
        return "%s %s %s" % (base[:2], base[2:], cc)
    if f == 2:
        return base + cc
    return "%s-%s-%s" % (base[:2], base[2:], cc)


def ppsn(rng):
    ds = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(ds, range(8, 1, -1)))
    second = rng.choice(["", "", "A", "W", "B"])
    if second:
        total += 9 * (0 if second == "W" else ord(second) - 64)
    check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    sep = rng.choice(["", "", " "])
    return ds + sep + check + second


def ni_uk(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    ds = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return "%s %s %s %s %s" % (pre, ds[:2], ds[2:4], ds[4:], suf)
    return pre + ds + suf


def nhs(rng):
    while True:
        ds = str(rng.randint(4, 7)) + digits(rng, 8)
        total = sum(int(c) * w for c, w in zip(ds, range(10, 1, -1)))
        r = 11 - total % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        s = ds + str(r)
        f = rng.randint(0, 2)
        if f == 0:
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
        if f == 1:
            return s
        return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def rut(rng, low=5000000, high=26999999):
    body = rng.randint(low, high)
    total, w = 0, 2
    for c in reversed(str(body)):
        total += int(c) * w
        w = 2 if w == 7 else w + 1
    r = 11 - total % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    f = rng.randint(0, 3)
    if f == 0:
        return "%s-%s" % (dots(body), dv)
    if f == 1:
        return "%d-%s" % (body, dv)
    if f == 2:
        return "%s-%s" % (dots(body), dv.lower())
    return "%d%s" % (body, dv)


def ci_uy(rng):
    body = "%07d" % rng.randint(1000000, 6999999)
    total = sum(int(c) * w for c, w in zip(body, [2, 9, 8, 7, 6, 3, 4]))
    dv = (10 - total % 10) % 10
    f = rng.randint(0, 3)
    if f == 0:
        return "%s.%s.%s-%d" % (body[0], body[1:4], body[4:], dv)
    if f == 1:
        return "%s-%d" % (body, dv)
    if f == 2:
        return "%s%d" % (body, dv)
    return "%s.%s.%s %d" % (body[0], body[1:4], body[4:], dv)


def cc_co(rng):
    n = rng.choice([rng.randint(10000000, 99999999), rng.randint(1000000000, 1199999999)])
    return dots(n) if rng.random() < 0.5 else str(n)


def ti_co(rng):
    n = rng.randint(1000000000, 1140000000)
    return dots(n) if rng.random() < 0.4 else str(n)


def ci_ve(rng, foreign=False):
    p = "E" if foreign else "V"
    n = rng.randint(80000000, 84999999) if foreign else rng.randint(4000000, 31999999)
    f = rng.randint(0, 3)
    if f == 0:
        return "%s-%s" % (p, dots(n))
    if f == 1:
        return "%s%d" % (p, n)
    if f == 2:
        return "%s-%d" % (p, n)
    return "%s.%s" % (p, dots(n))


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
CURP_STATES = ["AS", "BC", "CH", "CL", "CM", "DF", "DG", "GR", "GT", "HG", "JC",
               "MC", "MN", "NL", "OC", "PL", "QT", "SL", "SP", "SR", "TC", "VZ", "YN"]
_PARTICLES = ["DE", "DEL", "LA", "LAS", "LOS", "Y", "DA", "MC", "MAC"]


def _curp_word(s):
    words = [w for w in strip_acc(s).upper().replace("Ñ", "X").split() if w not in _PARTICLES]
    return "".join(words) if words else "X"


def curp(rng, surn1, surn2, given, female, year):
    s1, s2 = _curp_word(surn1), _curp_word(surn2) if surn2 else "X"
    gparts = strip_acc(given).upper().split()
    g = gparts[1] if len(gparts) > 1 and gparts[0] in ("MARIA", "JOSE", "MA.", "J.") else gparts[0]
    vow = next((c for c in s1[1:] if c in "AEIOU"), "X")
    def cons(w):
        return next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    yy = year % 100
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    body = "%s%s%s%s%02d%02d%02d%s%s%s%s%s" % (
        s1[0], vow, s2[0], g[0], yy, mm, dd, "M" if female else "H",
        rng.choice(CURP_STATES), cons(s1), cons(s2), cons(g))
    body += str(rng.randint(0, 9)) if year < 2000 else rng.choice("ABCDEFGH")
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def passport(rng, cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "ES":
        return "".join(rng.choice(L) for _ in range(3)) + digits(rng, 6)
    if cc in ("IE", "PL", "MA"):
        return rng.choice(L) + rng.choice(L) + digits(rng, 7)
    if cc in ("UK", "VE"):
        return str(rng.randint(1, 9)) + digits(rng, 8)
    if cc == "RO":
        return str(rng.randint(1, 9)) + digits(rng, 7)
    if cc == "EC":
        return "A" + digits(rng, 7)
    if cc == "MX":
        return rng.choice("GN") + digits(rng, 8)
    if cc == "CO":
        return "A" + rng.choice(L) + digits(rng, 6)
    if cc == "CN":
        return "E" + rng.choice(L) + digits(rng, 7)
    return rng.choice(L) + digits(rng, 8)


# ---------------------------------------------------------------------------
# IBAN with valid mod-97 check digits
# ---------------------------------------------------------------------------
def _iban_cd(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def _ccc_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * k for c, k in zip(ten, w)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def iban(rng, cc="ES", spaced=None):
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0081", "0182", "2080", "0128", "3058", "2038", "1465"])
        branch, acct = digits(rng, 4), digits(rng, 10)
        dc = "%d%d" % (_ccc_dc("00" + bank + branch), _ccc_dc(acct))
        bban = bank + branch + dc + acct
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]) + digits(rng, 14)
    elif cc == "GB":
        bban = rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG"]) + digits(rng, 14)
    elif cc == "PT":
        bban = digits(rng, 21)
    elif cc == "FR":
        bban = digits(rng, 23)
    elif cc == "PL":
        bban = digits(rng, 24)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(rng, 16)
    else:
        raise ValueError(cc)
    s = cc + _iban_cd(cc, bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.65
    return grp(s, [4] * 9) if spaced else s


# ---------------------------------------------------------------------------
# Phones as people write them
# ---------------------------------------------------------------------------
def phone(rng, cc, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.7
    f = rng.randint(0, 5)
    if cc == "ES":
        n = (rng.choice("67") + digits(rng, 8)) if mobile else (rng.choice(["91", "93", "96", "94", "95", "98", "97"]) + digits(rng, 7))
        return [grp(n, [3, 3, 3]), "+34 " + grp(n, [3, 3, 3]), grp(n, [3, 2, 2, 2]),
                n, "(+34) " + grp(n, [3, 2, 2, 2]), "0034 " + grp(n, [3, 3, 3], ".")][f]
    if cc == "IE":
        if mobile:
            n = "8" + rng.choice("35679") + digits(rng, 7)
            return ["0" + n[:2] + " " + n[2:5] + " " + n[5:], "+353 " + n[:2] + " " + n[2:5] + " " + n[5:],
                    "0" + n[:2] + "-" + n[2:], "+353" + n, "(0" + n[:2] + ") " + n[2:5] + " " + n[5:],
                    "+353 (0)" + n[:2] + " " + n[2:]][f]
        a = rng.choice(["1", "21", "91", "61", "66", "44", "65", "51"])
        n = digits(rng, 7 if a != "1" else 7)
        return ["0%s %s %s" % (a, n[:3], n[3:]), "+353 %s %s %s" % (a, n[:3], n[3:]), "(0%s) %s %s" % (a, n[:3], n[3:]),
                "0%s-%s" % (a, n), "0%s %s" % (a, n), "+353 (0)%s %s" % (a, n)][f]
    if cc == "UK":
        if mobile:
            n = "7" + rng.choice("45789") + digits(rng, 8)
            return ["0" + n[:4] + " " + n[4:], "+44 " + n[:4] + " " + n[4:], "+44 (0)" + n[:4] + " " + n[4:7] + " " + n[7:],
                    "0" + n, "0" + n[:4] + "-" + n[4:], "+44" + n][f]
        a = rng.choice(["113", "161", "114", "121", "116", "20"])
        n = digits(rng, 8 if a == "20" else 7)
        if a == "20":
            return "0%s %s %s" % (a, n[:4], n[4:]) if f % 2 else "+44 %s %s %s" % (a, n[:4], n[4:])
        return ["0%s %s %s" % (a, n[:3], n[3:]), "(0%s) %s %s" % (a, n[:3], n[3:]), "+44 %s %s %s" % (a, n[:3], n[3:]),
                "0%s %s" % (a, n), "0%s-%s" % (a, n), "(0%s) %s" % (a, n)][f]
    if cc == "CL":
        if mobile:
            n = "9" + digits(rng, 8)
            return ["+56 9 %s %s" % (n[1:5], n[5:]), "9 %s %s" % (n[1:5], n[5:]), "+56" + n,
                    "(+56 9) %s%s" % (n[1:5], n[5:]), "09-%s" % n[1:], "+56 9 %s-%s" % (n[1:5], n[5:])][f]
        n = "22" + digits(rng, 7)
        return ["+56 2 %s %s" % (n[1:5], n[5:]), "(2) %s %s" % (n[1:5], n[5:]), "22 %s %s" % (n[2:5], n[5:]),
                "+56 22 %s" % n[2:], "(+562) %s %s" % (n[1:5], n[5:]), "2-%s" % n[1:]][f]
    if cc == "UY":
        if mobile:
            n = "9" + rng.choice("1345689") + digits(rng, 6)
            return ["0%s %s %s" % (n[:2], n[2:5], n[5:]), "+598 %s %s %s" % (n[:2], n[2:5], n[5:]), "0" + n,
                    "+598 %s" % n, "0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "(+598) 0%s %s %s" % (n[:2], n[2:5], n[5:])][f]
        n = rng.choice(["2", "4"]) + digits(rng, 7)
        return ["%s %s" % (n[:4], n[4:]), "+598 %s %s %s" % (n[0], n[1:4], n[4:]), n,
                "(+598) %s %s" % (n[:4], n[4:]), "%s-%s" % (n[:4], n[4:]), "tel. %s %s" % (n[:4], n[4:])][f].replace("tel. ", "")
    if cc == "CO":
        if mobile:
            n = "3" + rng.choice(["00", "01", "02", "10", "12", "13", "14", "15", "16", "17", "20", "21", "50"]) + digits(rng, 7)
            return ["%s %s %s" % (n[:3], n[3:6], n[6:]), "+57 %s %s" % (n[:3], n[3:]), n,
                    "+57 (%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+57" + n][f]
        a = rng.choice(["601", "604", "602", "605"])
        n = digits(rng, 7)
        return ["(%s) %s %s" % (a, n[:3], n[3:]), "%s %s %s" % (a, n[:3], n[3:]), "+57 %s %s" % (a, n),
                "(%s) %s-%s" % (a, n[:3], n[3:]), "%s%s" % (a, n), "+57 (%s) %s %s" % (a, n[:3], n[3:])][f]
    if cc == "VE":
        if mobile:
            p = rng.choice(["412", "414", "424", "416", "426"])
            n = digits(rng, 7)
            return ["0%s-%s.%s.%s" % (p, n[:3], n[3:5], n[5:]), "0%s-%s" % (p, n), "+58 %s %s %s" % (p, n[:3], n[3:]),
                    "(0%s) %s-%s" % (p, n[:3], n[3:]), "+58-%s-%s" % (p, n), "0%s %s %s" % (p, n[:3], n[3:])][f]
        a = rng.choice(["212", "241", "261", "251"])
        n = digits(rng, 7)
        return ["(0%s) %s-%s" % (a, n[:3], n[3:]), "0%s-%s" % (a, n), "+58 %s %s %s" % (a, n[:3], n[3:]),
                "0%s %s.%s.%s" % (a, n[:3], n[3:5], n[5:]), "(0%s)%s%s" % (a, n[:3], n[3:]), "+58 (%s) %s" % (a, n)][f]
    if cc == "MX":
        n = rng.choice(["55", "33", "81"]) + digits(rng, 8)
        return ["+52 %s %s %s" % (n[:2], n[2:6], n[6:]), "%s %s %s" % (n[:2], n[2:6], n[6:]), "(%s) %s %s" % (n[:2], n[2:6], n[6:]),
                "+52 1 %s %s %s" % (n[:2], n[2:6], n[6:]), "+52%s" % n, "%s-%s-%s" % (n[:2], n[2:6], n[6:])][f]
    if cc == "EC":
        n = "9" + digits(rng, 8)
        return ["+593 %s %s %s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:]), "0" + n,
                "+593 %s" % n, "0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "(+593) %s %s" % (n[:2], n[2:])][f]
    raise ValueError(cc)


# ---------------------------------------------------------------------------
# Hand-written name lists (per culture).  f/m = given names, s = surnames,
# sf/sm = gender-specific surnames (Irish Ní/Nic vs Ó/Mac).
# ---------------------------------------------------------------------------
NAMES = {
    "es": {
        "f": ["Inés", "Lucía", "Amparo", "Remedios", "Encarnación", "Rocío", "Pilar", "Milagros",
              "Covadonga", "Consuelo", "Asunción", "Candela", "Vega", "Noelia", "Almudena", "Macarena",
              "Azucena", "Reyes", "Soledad", "Fuensanta", "Herminia", "Visitación", "Purificación",
              "Jacinta", "Eulalia", "Teresa", "Concepción", "Dolores", "Mercedes", "Rosario", "Guadalupe",
              "María José", "María del Mar", "Ana Belén", "Mari Carmen", "Esperanza", "Angustias",
              "Begoña", "Sagrario", "Blanca", "Olvido", "Rosa", "Paloma", "Carmen", "Trinidad"],
        "m": ["Ramón", "Teodoro", "Fermín", "Anselmo", "Gonzalo", "Eusebio", "Baltasar", "Arsenio",
              "Benigno", "Ceferino", "Valentín", "Rodrigo", "Álvaro", "Borja", "Julián", "Evaristo",
              "Leandro", "Tomás", "Germán", "Sebastián", "José María", "Ignacio", "Francisco", "Manuel",
              "Jesús", "Enrique", "Rafael", "Federico", "Alejandro", "Juan Antonio", "Pedro Luis",
              "Marcelino", "Anastasio", "Emilio", "Honorio", "Saturnino", "Casimiro", "Gregorio", "Lorenzo"],
        "s": ["Echeverría", "Álvarez de Toledo", "Fernández de Córdoba", "Mena", "Peñalver", "Arrieta",
              "Gutiérrez", "Sánchez-Cano", "Navarro", "Iglesias", "Carrasco", "Montero", "Calvo",
              "Gallego", "Delgado", "Crespo", "Lozano", "Pastor", "Hidalgo", "Santamaría", "Ordóñez",
              "Benavente", "Quesada", "Villanueva", "Maldonado", "Sotomayor", "Barrionuevo", "Escribano",
              "Luque", "Ballesteros", "Caballero", "Corral", "Palacios", "Cuesta", "Bermejo", "del Río",
              "de la Fuente", "del Valle", "de la Torre", "de las Heras", "Jiménez", "Moya", "Ruano",
              "Tejedor", "Marín", "Alcántara", "Vicente", "Lorente", "Manzano", "Peinado", "Carmona",
              "Valverde", "Trujillo", "Expósito", "Cañizares", "Olmedo", "Villalba", "Zamora"],
    },
    "cat": {
        "f": ["Montserrat", "Meritxell", "Laia", "Núria", "Roser", "Mireia", "Queralt", "Txell", "Carme", "Neus"],
        "m": ["Jordi", "Pau", "Oriol", "Quim", "Joan", "Ferran", "Arnau", "Pere", "Xavier", "Martí"],
        "s": ["Puig", "Vidal", "Ferrer", "Casals", "Soler", "Bosch", "Vilanova", "Riera", "Pujol",
              "Sabaté", "Roig", "Castells", "Farré", "Batlle", "Comas", "Serrat", "Llopis", "Grau"],
    },
    "eus": {
        "f": ["Itziar", "Leire", "Ainhoa", "Maialen", "Iratxe", "Nerea", "Amaia", "Edurne", "Garazi", "Maite"],
        "m": ["Íñigo", "Xabier", "Aitor", "Unai", "Jon", "Iker", "Gorka", "Koldo", "Asier", "Mikel"],
        "s": ["Goikoetxea", "Etxeberria", "Azkarate", "Urquijo", "Zubizarreta", "Olabarria", "Aguirre",
              "Garmendia", "Arrizabalaga", "Uriarte", "Larrañaga", "Elorza", "Bengoetxea", "Ibarguren"],
    },
    "gal": {
        "f": ["Xiana", "Uxía", "Olaia", "Iria", "Antía", "Sabela", "Noa", "Lúa"],
        "m": ["Xosé", "Brais", "Anxo", "Lois", "Roi", "Xurxo", "Breixo", "Iago"],
        "s": ["Otero", "Seoane", "Castiñeira", "Rivas", "Vilariño", "Lema", "Outeiro", "Piñeiro",
              "Barreiro", "Fraga", "Souto", "Paz", "Regueira", "Cotelo"],
    },
    "latam": {
        "f": ["Yesenia", "Maryori", "Yuleisy", "Dayana", "Yoselin", "Marisol", "Javiera", "Catalina",
              "Florencia", "Agustina", "Valentina", "Antonella", "Constanza", "Josefa", "Isidora",
              "Yamileth", "Luz Marina", "Gladys", "Nelly", "Zulema", "Maricela", "Xiomara", "Leidy",
              "Yurani", "Nataly", "Fernanda", "Rosmery", "Ruth Mery", "Karelys", "Oriana", "Francisca",
              "Trinidad", "Emilia", "Magdalena", "Sofía", "Martina", "Ximena", "Luciana", "Guadalupe"],
        "m": ["Yeison", "Brayan", "Jhon Fredy", "Wilmer", "Yorman", "Maikel", "Deivis", "Franklin",
              "Ezequiel", "Facundo", "Bautista", "Joaquín", "Matías", "Benjamín", "Vicente", "Agustín",
              "Thiago", "Santino", "Gustavo", "Eliécer", "Heriberto", "Libardo", "Nelson", "Wilson",
              "Rubén Darío", "Ulises", "Cristóbal", "Baltazar", "Yonathan", "Luis Alfonso", "Guillermo",
              "Roberto", "Eduardo", "Jorge", "Renzo", "Máximo", "Santiago", "Gerardo", "Octavio"],
    },
    "cl": {"s": ["Huenchumilla", "Painequeo", "Catrileo", "Ñancupil", "Villalobos", "Sepúlveda",
                 "Olivares", "Fuenzalida", "Cifuentes", "Barahona", "Bustamante", "Valdebenito",
                 "Zúñiga", "Urrutia", "Errázuriz", "Larraín", "Aravena", "Bórquez", "Schmidt",
                 "Yáñez", "Riquelme", "Troncoso", "Muñoz", "Sagredo", "Contreras", "Millacura"]},
    "uy": {"s": ["Techera", "Pereyra", "Olivera", "Acosta", "Sosa", "Cabrera", "De León", "Ferreira",
                 "Da Silva", "Bentancur", "Piñeyrúa", "Invernizzi", "Scarone", "Castiglioni", "Bonomi",
                 "Rodríguez Larreta", "Viera", "Núñez", "Cardozo", "Lemos", "Barboza", "Mautone", "Fabbiani"]},
    "co": {"s": ["Cárdenas", "Restrepo", "Londoño", "Arango", "Montoya", "Ospina", "Quintero",
                 "Giraldo", "Zuluaga", "Betancur", "Cuartas", "Valencia", "Salazar", "Agudelo", "Hoyos",
                 "Rendón", "Cardona", "Henao", "Mosquera", "Palacio", "Caicedo", "Vergara", "Suárez"]},
    "ve": {"s": ["Rangel", "Briceño", "Uzcátegui", "Chacón", "Guédez", "Arismendi", "Urdaneta",
                 "Carrasquel", "Mijares", "Bracho", "Villasmil", "Añez", "Pernía", "Colmenares",
                 "Marcano", "Figueroa", "Lugo", "Rondón", "Parra", "Salcedo", "D'Onofrio", "Zambrano"]},
    "mx": {"s": ["Hernández", "Tinoco", "Xicoténcatl", "Zamudio", "Barragán", "Villaseñor", "Ochoa",
                 "Tapia", "Cervantes", "Galván", "Huerta", "Macías", "Esparza", "Zavala"]},
    "ec": {"s": ["Quishpe", "Chimbo", "Guamán", "Andrade", "Paredes", "Cevallos", "Alvarado",
                 "Tituaña", "Cajamarca", "Yépez", "Pazmiño", "Vinueza"]},
    "ie": {
        "f": ["Siobhán", "Aoife", "Niamh", "Gráinne", "Orla", "Síle", "Caoimhe", "Róisín", "Méabh",
              "Sorcha", "Clodagh", "Eimear", "Bríd", "Nuala", "Máire", "Deirdre", "Aisling",
              "Bláthnaid", "Úna", "Saoirse", "Peig", "Noreen", "Bernadette", "Philomena", "Kathleen",
              "Josephine", "Margaret", "Catherine", "Elizabeth", "Treasa", "Ailbhe", "Fidelma"],
        "m": ["Pádraig", "Seán", "Cathal", "Donal", "Ciarán", "Diarmuid", "Tadhg", "Fionn", "Oisín",
              "Eoin", "Colm", "Declan", "Lorcan", "Ruairí", "Cormac", "Fergal", "Páidí", "Micheál",
              "Eamon", "Dermot", "Noel", "Brendan", "Jarlath", "Patrick", "Cornelius", "Jeremiah",
              "Bartholomew", "Senan", "Fiachra", "Kevin"],
        "s": ["Murphy", "O'Sullivan", "Kelleher", "Twomey", "Horgan", "Buckley", "Desmond", "Lynch",
              "McCarthy", "O'Driscoll", "Fitzgerald", "Moriarty", "Brennan", "Gallagher", "Doherty",
              "Keane", "Mulcahy", "Daly", "Power", "Cronin", "Hegarty", "Fennelly", "Nagle", "Crowley",
              "Dineen", "Lenihan", "Quinlan", "Tuohy", "Breathnach", "Sheehy", "Kavanagh", "MacNamara",
              "O'Mahony", "Cotter", "Hurley", "Geaney", "Costigan", "Phelan", "Mac Aodha"],
        "sf": ["Ní Bhriain", "Nic Giolla Phádraig", "Ní Chonaill", "Ní Mhurchú", "Ní Dhálaigh",
               "Nic Cárthaigh", "Ní Shúilleabháin", "Ní Cheallaigh"],
        "sm": ["Ó Súilleabháin", "Mac Cárthaigh", "Ó Murchú", "Mac Giolla Bhríde", "Ó Ceallaigh",
               "Ó Dálaigh", "Ó Briain", "Mac Conghaile"],
    },
    "uk": {
        "f": ["Rebecca", "Harriet", "Imogen", "Poppy", "Freya", "Gemma", "Kirsty", "Stacey", "Lorraine",
              "Beverley", "Jodie", "Ellie-Mae", "Amelia", "Isla", "Tamsin", "Hollie", "Philippa", "Georgina"],
        "m": ["Callum", "Kieran", "Ashley", "Wayne", "Darren", "Gareth", "Rhys", "Dylan", "Alfie",
              "Archie", "Reuben", "Nathaniel", "Barnaby", "Hamish", "Jolyon", "Dominic", "Ewan", "Jago"],
        "s": ["Whitworth", "Ackroyd", "Pemberton", "Hargreaves", "Thistlethwaite", "Braithwaite",
              "Entwistle", "Cartwright", "Holroyd", "Sutcliffe", "Rowbotham", "Fairclough",
              "Higginbottom", "Pickering", "Tattersall", "Bramley", "Featherstone", "Ellison",
              "Morgan-Jones", "Llewellyn", "Pryce", "Cadwallader", "McAllister", "Drummond",
              "Urquhart", "Oyelaran", "Adebayo", "Mensah", "Okonkwo", "Gascoigne"],
    },
    "sa": {
        "f": ["Priya", "Harpreet", "Simran", "Anjali", "Nusrat", "Ayesha", "Farhana", "Zainab",
              "Rukhsana", "Gurpreet", "Shabnam", "Divya"],
        "m": ["Arjun", "Rohan", "Imran", "Tariq", "Bilal", "Hamza", "Sukhdeep", "Rajesh", "Nikhil",
              "Zubair", "Jaswinder", "Asif"],
        "s": ["Chaudhry", "Sandhu", "Dhillon", "Grewal", "Patel", "Mistry", "Begum", "Rahman",
              "Hussain", "Akhtar", "Bhattacharya", "Parmar", "Solanki", "Iqbal", "Mahmood", "Choudhury"],
    },
    "pl": {
        "f": ["Małgorzata", "Katarzyna", "Agnieszka", "Magdalena", "Zofia", "Joanna", "Ewelina",
              "Justyna", "Aleksandra", "Bożena"],
        "m": ["Wojciech", "Grzegorz", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Bartłomiej",
              "Przemysław", "Zbigniew", "Jarosław"],
        "s": ["Kowalczyk", "Wiśniewski", "Zieliński", "Woźniak", "Grabowski", "Szymański", "Kamiński",
              "Dąbrowski", "Lewandowski", "Mazur", "Krawczyk", "Pawlak", "Jabłoński", "Wróbel",
              "Sikora", "Nowicki", "Michalak"],
    },
    "ro": {
        "f": ["Ioana", "Mihaela", "Alina", "Roxana", "Luminița", "Florentina", "Andreea", "Oana", "Georgiana"],
        "m": ["Gheorghe", "Ionuț", "Mihai", "Florin", "Cătălin", "Bogdan", "Sorin", "Vasile", "Costel"],
        "s": ["Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Munteanu", "Stoica", "Moldovan",
              "Ciobanu", "Rusu", "Lungu", "Țurcanu", "Bălan", "Nistor", "Vasilescu"],
    },
    "ar": {
        "f": ["Fátima Zahra", "Khadija", "Samira", "Nadia", "Houda", "Salma", "Latifa", "Imane", "Amina", "Hanane"],
        "m": ["Mohamed", "Youssef", "Abdelkader", "Rachid", "Hicham", "Karim", "Mustafa", "Said", "Omar", "Driss"],
        "s": ["El Amrani", "Benali", "Bouzid", "El Idrissi", "Ouahbi", "Chaoui", "Haddad", "Belhaj",
              "Tahiri", "Ait Benhaddou", "Ziani", "El Khattabi", "Bennani", "Lahlou"],
    },
    "cn": {
        "f": ["Xiaoling", "Mei", "Yuting", "Jing", "Lihua", "Wenwen", "Xinyi"],
        "m": ["Wei", "Jian", "Hao", "Zhiwei", "Jun", "Haoran", "Yifan"],
        "s": ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhou", "Lin", "Xu", "Guo", "Zheng", "Ye"],
    },
}

NICK = {
    "José María": "Chema", "Ignacio": "Nacho", "Teresa": "Tere", "Francisco": "Paco",
    "Concepción": "Conchi", "Dolores": "Lola", "Guadalupe": "Lupe", "Rosario": "Charo",
    "Manuel": "Manolo", "Jesús": "Chus", "Mercedes": "Merche", "Enrique": "Quique",
    "Rafael": "Rafa", "Federico": "Fede", "Alejandro": "Álex", "Encarnación": "Encarni",
    "Purificación": "Puri", "Remedios": "Reme", "Asunción": "Sunci", "Gregorio": "Goyo",
    "Guillermo": "Memo", "Roberto": "Beto", "Eduardo": "Lalo", "Jorge": "Coque",
    "Patrick": "Paddy", "Rebecca": "Bex", "Elizabeth": "Libby", "Margaret": "Peggy",
    "Bartholomew": "Bart", "Cornelius": "Con", "Jeremiah": "Jerry", "Catherine": "Kate",
    "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Wojciech": "Wojtek", "Aleksandra": "Ola",
    "Xavier": "Xavi", "Montserrat": "Montse", "Meritxell": "Txell", "Francisca": "Pancha",
    "Mari Carmen": "Maica", "Kathleen": "Kitty", "Josephine": "Josie", "Philippa": "Pip",
    "Nathaniel": "Nat", "Jaswinder": "Jas", "Máximo": "Maxi", "Santiago": "Santi",
}

# Culture mix per country of residence: (culture, weight)
MIX = {
    "IE": [("ie", 62), ("uk", 6), ("pl", 10), ("ro", 7), ("sa", 6), ("cn", 3), ("ar", 3), ("es", 3)],
    "UK": [("uk", 55), ("sa", 20), ("ie", 8), ("pl", 8), ("ro", 4), ("cn", 5)],
    "ES": [("es", 52), ("cat", 10), ("eus", 8), ("gal", 8), ("ro", 6), ("ar", 6), ("ec", 4),
           ("co", 3), ("cn", 2), ("ve", 2)],
    "CL": [("cl", 80), ("ve", 8), ("co", 4), ("es", 4), ("ec", 4)],
    "UY": [("uy", 82), ("es", 6), ("ve", 6), ("cl", 3), ("mx", 3)],
    "CO": [("co", 82), ("ve", 8), ("mx", 5), ("ec", 5)],
    "VE": [("ve", 82), ("co", 8), ("es", 5), ("mx", 5)],
}
LATAM = ["cl", "uy", "co", "ve", "mx", "ec"]
HISPANIC = ["es", "cat", "eus", "gal"] + LATAM

# Irish Gaelic surnames come in female / male pairs.
GAELIC = [("Ní Bhriain", "Ó Briain"), ("Ní Shúilleabháin", "Ó Súilleabháin"),
          ("Nic Cárthaigh", "Mac Cárthaigh"), ("Ní Mhurchú", "Ó Murchú"),
          ("Nic Giolla Bhríde", "Mac Giolla Bhríde"), ("Ní Cheallaigh", "Ó Ceallaigh"),
          ("Ní Dhálaigh", "Ó Dálaigh"), ("Nic Conghaile", "Mac Conghaile"),
          ("Ní Chonaill", "Ó Conaill"), ("Nic Giolla Phádraig", "Mac Giolla Phádraig"),
          ("Ní Dhuibhir", "Ó Duibhir"), ("Ní Bhraonáin", "Ó Braonáin")]
NAMES["ie"]["sf"] = [a for a, b in GAELIC]
NAMES["ie"]["sm"] = [b for a, b in GAELIC]


def _pl_surname(s, female):
    if female and (s.endswith("ski") or s.endswith("cki") or s.endswith("dzki")):
        return s[:-1] + "a"
    return s


class Person:
    def __init__(self, given, surn, female, culture, nick=None, year=None):
        self.given = given
        self.surn = list(surn)
        self.female = female
        self.culture = culture
        self.nick = nick
        self.year = year

    @property
    def hisp(self):
        return self.culture in HISPANIC

    def full(self):
        return " ".join([self.given] + self.surn)

    def short(self):
        return self.given + " " + self.surn[0]

    def call(self):
        return self.nick or self.given

    def sur(self):
        return " ".join(self.surn)

    def sur1(self):
        return self.surn[0]

    def sf(self, caps=False, both=True):
        s = self.sur() if both else self.sur1()
        return (s.upper() if caps else s) + ", " + self.given

    def initial(self):
        return self.given[0] + ". " + self.surn[0]

    def title(self, lang, rng=None, formal=False):
        if lang == "en":
            if self.female:
                return rng.choice(["Mrs", "Ms", "Mrs.", "Ms"]) if rng else "Mrs"
            return rng.choice(["Mr", "Mr."]) if rng else "Mr"
        if formal:
            return "Dña." if self.female else "D."
        if rng:
            return rng.choice(["Sra.", "Sra.", "Señora"]) if self.female else rng.choice(["Sr.", "Sr.", "Señor"])
        return "Sra." if self.female else "Sr."

    def don(self):
        return "Doña" if self.female else "Don"


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    acc = 0
    for v, w in pairs:
        acc += w
        if r <= acc:
            return v
    return pairs[-1][0]


EMAIL_DOMAINS = {
    "ES": ["gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "icloud.com"],
    "IE": ["gmail.com", "eircom.net", "yahoo.ie", "hotmail.com", "icloud.com", "outlook.ie"],
    "UK": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"],
    "CL": ["gmail.com", "hotmail.cl", "vtr.net", "yahoo.es", "live.cl"],
    "UY": ["adinet.com.uy", "gmail.com", "hotmail.com", "vera.com.uy"],
    "CO": ["gmail.com", "hotmail.com", "yahoo.com.co", "une.net.co", "outlook.com"],
    "VE": ["gmail.com", "cantv.net", "hotmail.com", "yahoo.com"],
    "MX": ["prodigy.net.mx", "gmail.com"],
    "EC": ["gmail.com", "hotmail.com"],
}


class World:
    """Per-document generator of consistent fake people and identifiers."""

    def __init__(self, rng, cc, lang):
        self.rng = rng
        self.cc = cc
        self.lang = lang
        self._names = []

    def pick(self, lst):
        return self.rng.choice(lst)

    def chance(self, p):
        return self.rng.random() < p

    def culture(self):
        return wchoice(self.rng, MIX[self.cc])

    def _given(self, cul, female):
        key = "f" if female else "m"
        rng = self.rng
        if cul in LATAM:
            pool = NAMES["latam"][key] if rng.random() < 0.7 else NAMES["es"][key]
        elif cul in ("cat", "eus", "gal"):
            pool = NAMES[cul][key] if rng.random() < 0.7 else NAMES["es"][key]
        else:
            pool = NAMES[cul][key]
        return rng.choice(pool)

    def _surnames(self, cul, female):
        rng = self.rng
        if cul in LATAM:
            def one():
                return rng.choice(NAMES[cul]["s"]) if rng.random() < 0.7 else rng.choice(NAMES["es"]["s"])
            a = one()
            b = one()
            while b == a:
                b = one()
            return [a, b]
        if cul in ("es", "cat", "eus", "gal"):
            a = rng.choice(NAMES[cul]["s"])
            b = rng.choice(NAMES[cul]["s"] if rng.random() < 0.5 else NAMES["es"]["s"])
            while b == a:
                b = rng.choice(NAMES["es"]["s"])
            return [a, b]
        if cul == "ie":
            if rng.random() < 0.25:
                return [rng.choice(NAMES["ie"]["sf" if female else "sm"])]
            return [rng.choice(NAMES["ie"]["s"])]
        if cul == "pl":
            return [_pl_surname(rng.choice(NAMES["pl"]["s"]), female)]
        if cul == "ar" and self.cc == "ES" and rng.random() < 0.5:
            a = rng.choice(NAMES["ar"]["s"])
            b = rng.choice(NAMES["ar"]["s"])
            return [a, b] if a != b else [a]
        s = rng.choice(NAMES[cul]["s"])
        if cul == "uk" and rng.random() < 0.06:
            s2 = rng.choice(NAMES["uk"]["s"])
            if s2 != s and "-" not in s + s2:
                s = s + "-" + s2
        return [s]

    def person(self, female=None, culture=None, surn=None, year=None, nick_p=0.45):
        rng = self.rng
        for _ in range(50):
            f = (rng.random() < 0.55) if female is None else female
            cul = culture or self.culture()
            given = self._given(cul, f)
            sn = list(surn) if surn else self._surnames(cul, f)
            full = " ".join([given] + sn)
            if full not in self._names and given not in [n.split()[0] for n in self._names]:
                break
        self._names.append(full)
        nick = NICK[given] if given in NICK and rng.random() < nick_p else None
        return Person(given, sn, f, cul, nick, year)

    def child_of(self, a, b=None, female=None, year=None):
        """Child sharing surnames with parent(s) a (and b)."""
        rng = self.rng
        f = (rng.random() < 0.5) if female is None else female
        if a.hisp and len(a.surn) >= 1:
            other = b.surn[0] if (b is not None and b.hisp) else self._surnames(a.culture, f)[0]
            if a.female and b is not None:
                sn = [other, a.surn[0]]
            else:
                sn = [a.surn[0], other]
            if sn[0] == sn[1]:
                sn = [sn[0]]
        else:
            s = a.surn[0]
            for fem, mas in GAELIC:
                if s in (fem, mas):
                    s = fem if f else mas
            if a.culture == "pl":
                s = s[:-1] + ("a" if f else "i") if s.endswith(("ska", "ski", "cka", "cki")) else s
            sn = [s]
        cul = a.culture if a.culture not in LATAM or rng.random() < 0.8 else "latam_es"
        if cul == "latam_es":
            cul = a.culture
        return self.person(female=f, culture=cul, surn=sn, year=year)

    def phone(self, cc=None, mobile=None):
        return phone(self.rng, cc or self.cc, mobile)

    def email(self, p, domain=None):
        rng = self.rng
        g = slug(p.given.split()[0])
        s = slug(p.surn[0]) if p.culture != "cn" else slug(p.surn[0])
        s2 = slug(p.surn[1]) if len(p.surn) > 1 else ""
        yy = str(p.year % 100).zfill(2) if p.year else str(rng.randint(60, 99))
        local = rng.choice([
            g + "." + s, g[0] + s, g + s + yy, s + "." + g[0], g + "_" + s,
            (slug(p.nick) if p.nick else g) + yy, g + "." + s + (s2[:1] if s2 else ""),
            g[0] + "." + s + (("." + s2) if s2 else ""), s + g[:3],
        ])
        dom = domain or rng.choice(EMAIL_DOMAINS.get(self.cc, EMAIL_DOMAINS["ES"]))
        return local + "@" + dom

    def work_email(self, p, dom):
        g = slug(p.given.split()[0])
        s = slug(p.surn[0])
        return self.rng.choice([g + "." + s, g[0] + s, g, g + s[0]]) + "@" + dom

    def dni(self):
        return dni(self.rng)

    def iban(self, cc=None):
        c = cc or {"ES": "ES", "IE": "IE", "UK": "GB"}.get(self.cc, "ES")
        return iban(self.rng, c)

    def date(self, fmt=None, year=2026):
        rng = self.rng
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        fmt = fmt or rng.choice(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d"])
        return fmt % (d, m, year)

    def time(self):
        return "%02d:%02d" % (self.rng.randint(7, 21), self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def money(self, lo=20, hi=400, cur=None):
        v = self.rng.randint(lo * 100, hi * 100) / 100.0
        cur = cur or {"ES": "€", "IE": "€", "UK": "£", "CL": "$", "UY": "$U", "CO": "$", "VE": "USD"}[self.cc]
        if self.cc in ("CL", "CO"):
            v = int(v * 1000)
            return "%s%s" % (cur, dots(v))
        if self.lang == "es":
            return ("%.2f" % v).replace(".", ",") + " " + cur
        return cur + "%.2f" % v


# ---------------------------------------------------------------------------
# Organisations (well-known and invented; many without legal suffix)
# ---------------------------------------------------------------------------
ORGS = {
    "IE": {
        "agency": ["Hearthside Home Care CLG", "Comhar Homecare Ltd", "Brightwater Care Services",
                   "CareLink Munster DAC"],
        "hosp": ["Cork University Hospital", "St. James's Hospital", "Beaumont Hospital",
                 "University Hospital Galway", "Mater Misericordiae University Hospital",
                 "Mercy University Hospital", "University Hospital Kerry", "St. Luke's General Hospital"],
        "gp": ["Ballincollig Family Practice", "Riverside Medical Centre", "Douglas Court Medical",
               "Salthill Medical Clinic", "The Glen Surgery", "Tallaght Cross Family Practice"],
        "public": ["HSE", "Health Service Executive", "Cork City Council", "Galway County Council",
                   "Citizens Information", "Department of Social Protection", "Sage Advocacy", "HIQA"],
        "bank": ["AIB", "Bank of Ireland", "PTSB", "Ballincollig Credit Union", "An Post Money"],
        "ins": ["Laya Healthcare", "VHI", "Irish Life Health", "Level Health"],
        "supplier": ["Hickey's Pharmacy", "McCabes Pharmacy", "Mobility Aids Ireland Ltd", "Eir",
                     "Phonewatch", "Meals on Wheels Douglas", "ALONE", "Age Action Ireland",
                     "The Alzheimer Society of Ireland", "Kinsale Road Taxis"],
    },
    "UK": {
        "academy": ["Northfield Juniors FC", "Kirkstall Otters Swimming Club", "Harmony Music Academy Ltd",
                    "Headingley Stars Academy", "Aire Valley Tutors Ltd"],
        "school": ["St Bede's Catholic Primary School", "Moor Allerton Primary", "Roundhay School",
                   "Allerton Grange School", "Ralph Thoresby School"],
        "fed": ["Swim England", "The FA", "West Riding County FA", "ABRSM", "Trinity College London"],
        "public": ["Leeds City Council", "Bradford Council", "HMRC", "Ofsted", "West Yorkshire Police"],
        "bank": ["Barclays", "Lloyds Bank", "NatWest", "HSBC UK", "Nationwide", "Monzo"],
        "supplier": ["Kitbag Teamwear Ltd", "National Express", "Yorkshire Coaches Ltd", "ParentPay",
                     "Decathlon UK", "John Lewis", "Sports Direct", "Pennine Minibus Hire"],
        "hosp": ["Leeds General Infirmary", "St James's University Hospital", "Sheffield Children's Hospital"],
        "gp": ["Chapel Allerton Medical Centre", "Kirkstall Lane Surgery", "Oakwood Lane Medical Practice"],
    },
    "ES": {
        "agency": ["Cuidem Llar S.L.", "Atención Mayores Avanza S.L.", "Asistencia Domiciliaria Arrasate",
                   "Servicios Sociosanitarios Vega del Tajo S.L."],
        "hosp": ["Hospital Universitario La Paz", "Hospital Clínic de Barcelona", "Hospital Universitario de Cruces",
                 "Complexo Hospitalario Universitario de Vigo", "Hospital Universitario Virgen del Rocío",
                 "Hospital Gregorio Marañón", "Hospital Universitario Marqués de Valdecilla",
                 "Hospital Clínico Universitario de Valladolid"],
        "gp": ["Centro de Salud Delicias", "CAP Sant Andreu", "Centro de Salud Arrabal",
               "Centro de Salud Doctor Castroviejo", "Centro de Saúde de Teis", "Osasun Zentroa Deusto",
               "ambulatorio de Huerta del Rey"],
        "public": ["Ayuntamiento de Valladolid", "Ajuntament de Girona", "IMSERSO",
                   "Consejería de Familia, Juventud y Asuntos Sociales",
                   "Servicios Sociales del Ayuntamiento de Zaragoza", "Diputación Foral de Bizkaia",
                   "Xunta de Galicia", "INSS", "Osakidetza", "Sergas", "Junta de Castilla y León",
                   "Gerencia de Servicios Sociales"],
        "bank": ["CaixaBank", "Banco Sabadell", "BBVA", "Unicaja", "Kutxabank", "Abanca", "Ibercaja",
                 "Caja Rural de Navarra"],
        "ins": ["Mapfre", "Sanitas", "Adeslas", "DKV Seguros", "Mutua Madrileña", "Asisa", "Ocaso S.A."],
        "supplier": ["Farmacia Lda. Pilar Ortega", "Ortopedia Sanitaria Levante S.L.", "Teleasistencia Móvil S.A.",
                     "Cruz Roja Española", "Fundación Pilares", "Movistar", "Lavandería Industrial Ebro S.L.",
                     "Taxi Eixample", "farmacia Cuesta"],
        "academy": ["Academia Brújula S.L.", "Club Deportivo Arenal", "Escuela de Música Allegro",
                    "Club Natació Montjuïc Jove", "Centro de Estudios Lexia S.L."],
        "school": ["CEIP Miguel Hernández", "IES Rosalía de Castro", "Colegio Nuestra Señora del Pilar",
                   "CEIP Juan de la Cierva", "Escola Pia Sarrià", "Ikastola Begoñazpi"],
        "fed": ["Real Federación Española de Fútbol", "Federació Catalana de Natació",
                "Federación de Fútbol de Madrid", "Conservatorio Profesional de Música Arturo Soria"],
        "asupplier": ["Autocares Julià", "Decathlon", "Joma Sport S.A.", "Papelería Ríos", "Mutua Madrileña",
                      "Autocares Hermanos Ruiz S.L."],
    },
    "CL": {
        "agency": ["Cuidados Alerce SpA", "Acompaña Chile Ltda.", "Red Cuidar Limitada"],
        "hosp": ["Hospital del Salvador", "Clínica Alemana", "Hospital Clínico de la Universidad de Chile",
                 "Clínica Santa María", "Hospital Barros Luco", "Hospital Carlos Van Buren"],
        "gp": ["CESFAM Dr. Alejandro del Río", "CESFAM Rosita Renard", "Cesfam Padre Orellana",
               "SAPU Los Quillayes"],
        "public": ["Fonasa", "SENAMA", "Municipalidad de Ñuñoa", "Municipalidad de Viña del Mar", "IPS",
                   "Registro Civil", "Superintendencia de Salud", "Chile Cuida"],
        "bank": ["BancoEstado", "Banco de Chile", "Banco Santander Chile", "Scotiabank Chile", "Coopeuch"],
        "ins": ["Isapre Colmena", "Isapre Cruz Blanca", "Consalud", "MetLife Chile"],
        "supplier": ["Farmacias Ahumada", "Cruz Verde", "Salcobrand", "Ortopedia Mayo Ltda.", "Caja Los Andes"],
    },
    "UY": {
        "agency": ["Acompañar Servicios S.R.L.", "Cuidarte Uruguay S.A.", "Compañía Montevideana de Acompañantes"],
        "hosp": ["Hospital de Clínicas", "Hospital Maciel", "Hospital Pasteur", "Hospital Británico",
                 "Sanatorio Americano"],
        "gp": ["Policlínica Casavalle", "CASMU", "Médica Uruguaya", "SMI", "Asociación Española", "COSEM"],
        "public": ["BPS", "Banco de Previsión Social", "Intendencia de Montevideo", "MIDES",
                   "Sistema Nacional de Cuidados", "ASSE", "Intendencia de Canelones"],
        "bank": ["Banco República", "BROU", "Itaú Uruguay", "Scotiabank Uruguay", "BBVA Uruguay"],
        "ins": ["SEMM", "UCM", "Emergencia Uno", "BSE"],
        "supplier": ["Farmashop", "Farmacia San Roque", "Ortopedia Montevideo S.R.L.", "Antel", "Tienda Inglesa"],
    },
    "CO": {
        "academy": ["Academia Semillas del Saber SAS", "Club Deportivo Los Cerezos",
                    "Academia de Natación Delfines del Norte SAS", "Club Deportivo Atlético Suba",
                    "Escuela de Música Cantares S.A.S."],
        "school": ["Colegio San Bartolomé La Merced", "Gimnasio Los Pinos",
                   "Colegio Distrital Francisco de Paula Santander", "Liceo Francés Louis Pasteur"],
        "fed": ["Liga de Natación de Bogotá", "Liga Antioqueña de Fútbol", "IDRD", "Fundación Nacional Batuta",
                "Ministerio del Deporte"],
        "bank": ["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi", "Daviplata", "BBVA Colombia"],
        "ins": ["Sura EPS", "Sanitas EPS", "Compensar", "Colsubsidio", "Coomeva", "Nueva EPS", "Seguros Bolívar"],
        "asupplier": ["Expreso Bolivariano", "Panamericana Librería y Papelería S.A.", "Claro", "Tigo",
                      "Droguería Alemana", "Transportes Turísticos del Norte SAS"],
    },
    "VE": {
        "academy": ["Academia Arpegio C.A.", "Escuela de Fútbol Los Caobos", "Club Natación Altamira",
                    "Deportivo Chacao C.A.", "Centro de Idiomas Kiwi C.A."],
        "school": ["Colegio San Ignacio", "Unidad Educativa Colegio Los Arcos",
                   "Colegio Santiago de León de Caracas", "U.E. Andrés Bello"],
        "fed": ["Fundación Musical Simón Bolívar", "El Sistema", "Federación Venezolana de Fútbol",
                "Federación Venezolana de Deportes Acuáticos", "IND"],
        "bank": ["Banesco", "Banco Mercantil", "Banco de Venezuela", "BBVA Provincial", "Bancamiga",
                 "Banco Nacional de Crédito"],
        "ins": ["Seguros Caracas", "Seguros Mercantil", "La Previsora", "Mapfre La Seguridad"],
        "asupplier": ["Cantv", "Movistar", "Digitel", "Farmatodo", "Locatel", "Expresos Occidente"],
    },
}
ORGS_EXTRA = ["IMSS", "Consulado de Ecuador en Madrid", "Banco Pichincha", "Consulado General de México",
              "Western Union", "Revolut", "Wise", "Amazon", "Glovo"]


def org(w, kind, cc=None):
    cc = cc or w.cc
    table = ORGS[cc]
    if kind not in table:
        kind = {"asupplier": "supplier", "supplier": "asupplier"}.get(kind, kind)
    return w.rng.choice(table[kind])


# ---------------------------------------------------------------------------
# Postal addresses
# ---------------------------------------------------------------------------
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valladolid", "47"), ("Zaragoza", "50"),
             ("Bilbao", "48"), ("Vigo", "36"), ("Sevilla", "41"), ("Girona", "17"), ("Oviedo", "33"),
             ("Alcalá de Henares", "28"), ("Getafe", "28"), ("Getxo", "48"), ("Badalona", "08")]
ES_STREETS = ["Mayor", "Doctor Esquerdo", "Alcalde Sainz de Baranda", "San Bernardo", "Rosalía de Castro",
              "Poeta Querol", "Pintor Sorolla", "Real", "Colón", "Zurbano", "Sabino Arana", "los Fueros",
              "Santa Engracia", "Juan de Austria", "la Estación", "Miguel Servet", "Industria", "Fray Luis de León",
              "Gran Vía", "Marqués de Urquijo", "la Constitución", "Hermanos Machado", "Ramón y Cajal"]
ES_TYPES = ["C/", "Calle", "Avda.", "Avenida", "Pº", "Paseo", "Plaza", "Carrer", "Rúa", "Travesía", "c/"]
IE_STREETS = ["Oakpark Drive", "Ard na Gréine", "Bóthar na Trá", "Main Street", "St. Patrick's Terrace",
              "Churchfield Avenue", "The Crescent", "Rathmore Park", "Cois Abhann", "Greenmount Lawn",
              "Ashbrook Heights", "Willow Grove", "Fr. Mathew Road", "Sráid an Mhuilinn", "Old Youghal Road"]
IE_AREAS = [("Ballincollig", "Co. Cork", "P31"), ("Douglas", "Cork", "T12"), ("Salthill", "Galway", "H91"),
            ("Tallaght", "Dublin 24", "D24"), ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"),
            ("Mullingar", "Co. Westmeath", "N91"), ("Blackpool", "Cork", "T23"), ("Knocknacarra", "Galway", "H91")]
UK_STREETS = ["Elm Grove", "Otley Road", "Cardigan Road", "St Michael's Lane", "Harehills Avenue",
              "Moorland Crescent", "Victoria Terrace", "Stainbeck Lane", "Queen's Drive", "Wetherby Road",
              "Cliff Mount", "Manor House Lane"]
UK_AREAS = [("Headingley", "Leeds", "LS6"), ("Chapel Allerton", "Leeds", "LS7"), ("Roundhay", "Leeds", "LS8"),
            ("Horsforth", "Leeds", "LS18"), ("Shipley", "Bradford", "BD18"), ("Kirkstall", "Leeds", "LS5"),
            ("Moortown", "Leeds", "LS17")]
CL_STREETS = ["Av. Irarrázaval", "Av. Providencia", "Pasaje Los Aromos", "Calle Uno Norte", "Av. Grecia",
              "Los Jesuitas", "Av. Pedro de Valdivia", "Manuel Montt", "Los Copihues", "Av. Libertad"]
CL_COMUNAS = ["Ñuñoa, Santiago", "Providencia", "Viña del Mar", "La Florida", "Maipú", "Villa Alemana",
              "Puente Alto", "Valparaíso", "Macul"]
UY_STREETS = ["Bvar. Artigas", "Av. 18 de Julio", "Sarandí", "25 de Mayo", "Av. Italia", "Canelones",
              "José Ellauri", "Luis Alberto de Herrera", "Av. Millán", "Rivera", "Gral. Flores"]
UY_BARRIOS = ["Montevideo", "Pocitos, Montevideo", "Cordón", "Malvín, Montevideo", "Paysandú",
              "Las Piedras, Canelones", "Prado, Montevideo", "Salto", "Mercedes, Soriano"]
CO_BARRIOS = [("Chapinero", "Bogotá"), ("Cedritos", "Bogotá D.C."), ("Laureles", "Medellín"),
              ("El Poblado", "Medellín"), ("Suba", "Bogotá"), ("Teusaquillo", "Bogotá"), ("Envigado", "Antioquia")]
VE_URBS = [("Los Palos Grandes", "Caracas"), ("La Candelaria", "Caracas"), ("El Cafetal", "Caracas"),
           ("La Viña", "Valencia, Carabobo"), ("Tierra Negra", "Maracaibo"), ("Altamira", "Caracas"),
           ("Prebo", "Valencia")]


def eircode(rng, key):
    chars = "ACDEFHKNPRTVWXY0123456789"
    return key + " " + "".join(rng.choice(chars) for _ in range(4))


def addr(w, cc=None):
    rng = w.rng
    cc = cc or w.cc
    f = rng.randint(0, 3)
    if cc == "ES":
        city, pre = rng.choice(ES_CITIES)
        cp = pre + "%03d" % rng.randint(1, 80)
        st = rng.choice(ES_TYPES) + " " + rng.choice(ES_STREETS)
        n = rng.randint(1, 180)
        piso = rng.choice(["3º B", "2º izda.", "bajo", "4-2", "1º 1ª", "esc. B, 5º D", "6ºA", "entlo. 2ª", "ático"])
        return [
            "%s %d, %s, %s %s" % (st, n, piso, cp, city),
            "%s, nº %d, %s - %s %s" % (st, n, piso, cp, city),
            "%s %d %s %s (%s)" % (st, n, piso, cp, city),
            "%s, %d, %s %s" % (st, n, cp, city),
        ][f]
    if cc == "IE":
        area, county, key = rng.choice(IE_AREAS)
        st = rng.choice(IE_STREETS)
        n = rng.randint(1, 140)
        ec = eircode(rng, key)
        return [
            "%d %s, %s, %s, %s" % (n, st, area, county, ec),
            "%d %s, %s, %s" % (n, st, area, county),
            "Apt %d, %s, %s, %s %s" % (rng.randint(1, 40), st, area, county, ec),
            "%d %s %s %s %s" % (n, st, area, county, ec),
        ][f]
    if cc == "UK":
        area, town, out = rng.choice(UK_AREAS)
        pc = out + " " + str(rng.randint(1, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        st = rng.choice(UK_STREETS)
        n = rng.randint(1, 220)
        return [
            "%d %s, %s, %s %s" % (n, st, area, town, pc),
            "%d %s, %s %s" % (n, st, town, pc),
            "Flat %d, %d %s, %s, %s, %s" % (rng.randint(1, 9), n, st, area, town, pc),
            "%d %s, %s %s" % (n, st, area, pc),
        ][f]
    if cc == "CL":
        st, n = rng.choice(CL_STREETS), rng.randint(100, 9800)
        com = rng.choice(CL_COMUNAS)
        return [
            "%s %d, depto. %d, %s" % (st, n, rng.randint(101, 1804), com),
            "%s %d, %s" % (st, n, com),
            "%s N° %d, casa %s, %s" % (st, n, rng.choice("ABCDE"), com),
            "%s #%d dpto %d, %s" % (st, n, rng.randint(11, 99), com),
        ][f]
    if cc == "UY":
        st, n = rng.choice(UY_STREETS), rng.randint(100, 4500)
        b = rng.choice(UY_BARRIOS)
        return [
            "%s %d apto. %d, %s" % (st, n, rng.randint(1, 1204), b),
            "%s %d, CP 11%03d, %s" % (st, n, rng.randint(100, 900), b),
            "%s %d esq. %s, %s" % (st, n, rng.choice(UY_STREETS), b),
            "%s %d bis, %s" % (st, n, b),
        ][f]
    if cc == "CO":
        barrio, city = rng.choice(CO_BARRIOS)
        a, b, c = rng.randint(1, 170), rng.randint(1, 120), rng.randint(1, 99)
        sfx = rng.choice(["", "A", "B", "C", " Bis"])
        return [
            "Calle %d # %d%s-%d, apto %d, %s, %s" % (a, b, sfx, c, rng.randint(101, 1502), barrio, city),
            "Carrera %d No. %d%s-%d, %s, %s" % (a, b, sfx, c, barrio, city),
            "Cra. %d #%d-%d Int. %d, %s" % (a, b, c, rng.randint(1, 9), city),
            "Cl %d Sur # %d-%d, %s, %s" % (a, b, c, barrio, city),
        ][f]
    if cc == "VE":
        urb, city = rng.choice(VE_URBS)
        return [
            "Av. Francisco de Miranda, Edif. %s, Piso %d, Apto %d-%s, %s, %s" % (
                rng.choice(["Parque Cristal", "Torre Delta", "Residencias Mara", "Los Samanes"]),
                rng.randint(1, 14), rng.randint(1, 14), rng.choice("ABCD"), urb, city),
            "Calle %d con Av. %d%s, Casa %d-%d, %s, %s" % (rng.randint(60, 90), rng.randint(2, 15), rng.choice(["", "E", "F"]),
                                                          rng.randint(10, 99), rng.randint(10, 99), urb, city),
            "Urb. %s, Calle %s, Qta. %s, %s" % (urb, rng.choice(["Los Mangos", "La Ceiba", "Principal", "El Samán"]),
                                               rng.choice(["María Auxiliadora", "Mi Refugio", "La Chinita", "Los Tres Hermanos"]), city),
            "Res. %s, Torre %s, Apto %d, %s, %s" % (rng.choice(["El Parque", "Terrazas del Ávila", "Sol"]), rng.choice("ABC"),
                                                   rng.randint(11, 164), urb, city),
        ][f]
    if cc == "MX":
        return "Av. Insurgentes Sur %d, Col. %s, %s CDMX" % (rng.randint(100, 3000),
                                                           rng.choice(["Del Valle", "Narvarte", "Roma Norte"]),
                                                           "0%d" % rng.randint(3000, 6999))
    raise ValueError(cc)


# ---------------------------------------------------------------------------
# Client / case / invoice references (CUSTOMER_ID)
# ---------------------------------------------------------------------------
def cid(w, kind):
    rng = w.rng
    y = rng.choice([2024, 2025, 2026, 2026])
    yy = y % 100
    n4, n5, n6 = rng.randint(1, 9999), rng.randint(10000, 99999), rng.randint(100000, 999999)
    F = {
        "client": ["CLI-%d-%05d" % (y, n5 % 100000), "C%06d" % n6, "%05d" % n5, "AC/%04d" % n4,
                   "%s-%04d" % (rng.choice(["HC", "SAD", "CU", "DOM"]), n4), "%d.%03d" % (n4 // 10 + 1, rng.randint(0, 999))],
        "invoice": ["FAC-%d/%04d" % (y, n4), "F%02d-%05d" % (yy, n5 % 100000), "INV-%d-%04d" % (y, n4),
                    "A/%d/%03d" % (y, n4 % 1000), "%d.%04d" % (y, n4), "%06d" % n6, "FV%d%05d" % (y, n5 % 100000)],
        "receipt": ["R-%02d-%04d" % (yy, n4), "REC/%d/%04d" % (y, n4), "RC %06d" % n6, "%05d" % n5, "%02d/%04d" % (yy, n4)],
        "case": ["C/%d/%04d" % (y, n4), "SS-%d-%04d" % (y, n4), "%d/%d/%05d-D" % (rng.randint(1, 52), y, n5 % 100000),
                 "EXP-%05d/%02d" % (n5 % 100000, yy), "INC-%04d" % n4, "%s/%d/%d" % (rng.choice(["DEP", "SAD", "CASO"]), y, n5)],
        "mandate": ["ATN-%06d-%s" % (n6, rng.choice(["ES", "IE", "GB"])), "MND-%d-%05d" % (y, n5 % 100000),
                    "SEPA-%s-%07d" % (rng.choice(["AC", "HC", "CL"]), rng.randint(1, 9999999)), "MN%d%06d" % (y, n6),
                    "DDI%08d" % rng.randint(1, 99999999)],
        "member": ["SOC-%05d" % n5, "M-%06d" % n6, "%04d" % n4, "%d-%03d" % (yy, n4 % 1000), "S%05d" % n5, "SW%07d" % rng.randint(1, 9999999)],
        "enrol": ["ENR/%02d/%04d" % (yy, n4), "MAT-%d-%04d" % (y, n4), "INS %02d-%04d" % (yy, n4), "%d/INS/%04d" % (y, n4),
                  "%d-%05d" % (y, n5 % 100000), "A%02d%04d" % (yy, n4)],
    }
    return rng.choice(F[kind])
