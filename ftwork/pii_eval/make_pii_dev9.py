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
council", "el ayuntamiento" without a name), company registration numbers
(CRO), payment-app transaction references, "idem" cells.
Every e-mail address is EMAIL, including role mailboxes (info@, referrals@).

Counts
------
120 documents: 60 English ("en"), 60 Spanish ("es").  Exact span counts per
label and language are printed when the script is run (see the report in
__main__).  At generation time (en / es / total):
    PERSON 610/568/1178, ORG 129/118/247, ADDRESS 31/33/64,
    CUSTOMER_ID 80/79/159, PHONE 129/140/269, EMAIL 64/73/137,
    IBAN 9/5/14, NATIONAL_ID 29/56/85; all spans 1081/1072/2153.
850 distinct PERSON strings; name lists hold 492 given names, 389 surnames
and 344 organisations.  Texts are 407-1080 characters long.

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
COUNTS_NOTE = "PERSON 1178, ORG 247, ADDRESS 64, CUSTOMER_ID 159, PHONE 269, EMAIL 137, IBAN 14, NATIONAL_ID 85"


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
            if isinstance(it, int):
                it = str(it)
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
    elif cc == "LT":
        bban = rng.choice(["32500", "73000", "70440"]) + digits(rng, 11)
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
                    "(+56 9) %s%s" % (n[1:5], n[5:]), "+56 (9) %s %s" % (n[1:5], n[5:]), "+56 9 %s-%s" % (n[1:5], n[5:])][f]
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

# Given names for children born 2008 onwards (by broad group)
KIDS = {
    "en": {"f": ["Poppy", "Freya", "Ava", "Evie", "Maisie", "Ruby", "Lily-Rose", "Harper", "Willow", "Sienna", "Mia",
                 "Grace", "Nevaeh", "Ciara", "Aoibhinn", "Ellie", "Millie", "Darcey"],
           "m": ["Alfie", "Harry", "Oliver", "Jayden", "Kai", "Teddy", "Freddie", "Cillian", "Jack", "Leo", "Noah",
                 "Rory", "Finley", "Charlie", "Ollie", "Tiernan", "Oscar", "Louie"]},
    "es": {"f": ["Martina", "Daniela", "Alba", "Carla", "Valeria", "Jimena", "Olivia", "Chloe", "Nahia", "Irati",
                 "Claudia", "Paula", "Julia", "Elsa", "Triana"],
           "m": ["Hugo", "Mateo", "Leo", "Pablo", "Marc", "Bruno", "Izan", "Gael", "Enzo", "Dylan", "Pol", "Aimar",
                 "Adrián", "Nil", "Héctor"]},
    "latam": {"f": ["Isabella", "Salomé", "Mariana", "Sara Sofía", "María Paz", "Celeste", "Victoria", "Mía", "Luana",
                    "Antonia", "Renata", "Abril"],
              "m": ["Samuel", "Emiliano", "Jerónimo", "Maximiliano", "Juan José", "Yeferson", "Jesús Alberto", "Dylan",
                    "Gaspar", "Lautaro", "Tomás Ignacio", "Dayron"]},
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

    def _given(self, cul, female, year=None):
        key = "f" if female else "m"
        rng = self.rng
        grp_ = "en" if cul in ("uk", "ie") else ("es" if cul in ("es", "cat", "eus", "gal") else ("latam" if cul in LATAM else None))
        if year and year >= 2008 and grp_ and rng.random() < 0.75:
            return rng.choice(KIDS[grp_][key])
        if cul in LATAM:
            old = year is not None and year < 1955
            pool = NAMES["latam"][key] if rng.random() < (0.3 if old else 0.7) else NAMES["es"][key]
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
            given = self._given(cul, f, year)
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
            while other == a.surn[0]:
                other = self._surnames(a.culture, f)[1]
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
        return self.person(female=f, culture=a.culture, surn=sn, year=year)

    def parent_of(self, ch, female, year):
        """A parent whose surname(s) agree with the child's."""
        if ch.hisp and len(ch.surn) == 2:
            s0 = ch.surn[1] if female else ch.surn[0]
            other = self._surnames(ch.culture, female)[1]
            while other == s0:
                other = self._surnames(ch.culture, female)[0]
            return self.person(female=female, culture=ch.culture, surn=[s0, other], year=year)
        s = ch.surn[0]
        for fem, mas in GAELIC:
            if s in (fem, mas):
                s = fem if female else mas
        if ch.culture == "pl" and s.endswith(("ska", "ski", "cka", "cki")):
            s = s[:-1] + ("a" if female else "i")
        if ch.female and not female and self.rng.random() < 0.5 and not ch.hisp:
            return self.person(female=female, culture=ch.culture, year=year)   # married daughter
        return self.person(female=female, culture=ch.culture, surn=[s], year=year)

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
        return fmt % ((d, m) if fmt.count("%") == 2 else (d, m, year))

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
ORGS["IE"]["pharm"] = ["Hickey's Pharmacy", "McCabes Pharmacy", "Boots Douglas Court", "O'Sullivan's Pharmacy Ballincollig",
                       "Cara Pharmacy"]
ORGS["IE"]["equip"] = ["Mobility Aids Ireland Ltd", "Cara Mobility", "Hospital Services Ltd", "Homecare Medical Supplies"]
ORGS["ES"]["pharm"] = ["Farmacia Lda. Pilar Ortega", "farmacia Cuesta", "Farmacia Ldo. Martín Peñalver", "Farmàcia Vidal i Roig"]
ORGS["ES"]["equip"] = ["Ortopedia Sanitaria Levante S.L.", "Ortopedia Ibáñez", "Orto Norte Bilbao S.L."]
ORGS["ES"]["tele"] = ["Teleasistencia Móvil S.A.", "Cruz Roja Española", "Tunstall Televida", "Servicio de Teleasistencia de la Diputación"]
ORGS["CL"]["pharm"] = ["Farmacias Ahumada", "Cruz Verde", "Salcobrand", "Farmacia Knop"]
ORGS["CL"]["equip"] = ["Ortopedia Mayo Ltda.", "Ortopedia Las Condes", "MediHogar SpA"]
ORGS["CL"]["tele"] = ["Chile Cuida", "Teleasistencia Senior SpA", "Help Rescate"]
ORGS["UY"]["pharm"] = ["Farmashop", "Farmacia San Roque", "Farmacia Pitágoras"]
ORGS["UY"]["equip"] = ["Ortopedia Montevideo S.R.L.", "Ortopedia Americana", "Cuidarte Ayudas Técnicas"]
ORGS["UY"]["tele"] = ["SEMM", "UCM", "Emergencia Uno", "Vida Alerta S.A."]
ORGS["UK"]["football"] = ["Northfield Juniors FC", "Headingley Stars Academy", "Moortown Rangers JFC"]
ORGS["UK"]["swim"] = ["Kirkstall Otters Swimming Club", "Headingley Stars Academy", "Aire Valley Aquatics"]
ORGS["UK"]["music"] = ["Harmony Music Academy Ltd", "Headingley Stars Academy", "Roundhay Music Hub"]
ORGS["ES"]["football"] = ["Club Deportivo Arenal", "Academia Brújula S.L.", "Escuela de Fútbol Getafe Norte"]
ORGS["ES"]["swim"] = ["Club Natació Montjuïc Jove", "Club Deportivo Arenal"]
ORGS["ES"]["music"] = ["Escuela de Música Allegro", "Academia Brújula S.L."]
ORGS["CO"]["football"] = ["Club Deportivo Los Cerezos", "Club Deportivo Atlético Suba", "Academia Semillas del Saber SAS"]
ORGS["CO"]["swim"] = ["Academia de Natación Delfines del Norte SAS"]
ORGS["CO"]["music"] = ["Escuela de Música Cantares S.A.S.", "Academia Semillas del Saber SAS"]
ORGS["VE"]["football"] = ["Escuela de Fútbol Los Caobos", "Deportivo Chacao C.A."]
ORGS["VE"]["swim"] = ["Club Natación Altamira"]
ORGS["VE"]["music"] = ["Academia Arpegio C.A.", "Escuela de Música Lino Gallardo"]
ORGS["UK"]["transport"] = ["National Express", "Yorkshire Coaches Ltd", "Pennine Minibus Hire", "Stagecoach Yorkshire"]
ORGS["ES"]["transport"] = ["Autocares Julià", "Autocares Hermanos Ruiz S.L.", "Alsa", "Monbus"]
ORGS["CO"]["transport"] = ["Expreso Bolivariano", "Transportes Turísticos del Norte SAS", "Coomotor", "Flota Magdalena"]
ORGS["VE"]["transport"] = ["Expresos Occidente", "Aeroexpresos Ejecutivos", "Transporte Turístico Ávila C.A."]
ORGS["ES"]["caterer"] = ["Catering Sabores S.L.", "Pastelería Mallorca", "Eventos La Tahona", "Catering Arrasate"]
ORGS["CO"]["caterer"] = ["Crepes & Waffles", "Asadero El Corral Criollo", "Eventos Gourmet Cedritos SAS"]
ORGS["VE"]["caterer"] = ["Pastelería Danubio", "Catering Ávila C.A.", "Panadería La Mansión"]
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
            "%s %d, CP 11%03d, Montevideo" % (st, n, rng.randint(100, 900)),
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
        "pac": ["PAC-%07d" % rng.randint(1, 9999999), "%08d" % rng.randint(1, 99999999), "MAND-%06d" % n6,
                "DA/%d/%05d" % (y, n5 % 100000)],
        "member": ["SOC-%05d" % n5, "M-%06d" % n6, "%04d" % n4, "%d-%03d" % (yy, n4 % 1000), "S%05d" % n5, "SW%07d" % rng.randint(1, 9999999)],
        "enrol": ["ENR/%02d/%04d" % (yy, n4), "MAT-%d-%04d" % (y, n4), "INS %02d-%04d" % (yy, n4), "%d/INS/%04d" % (y, n4),
                  "%d-%05d" % (y, n5 % 100000), "A%02d%04d" % (yy, n4)],
    }
    return rng.choice(F[kind])


# ---------------------------------------------------------------------------
# Template helpers
# ---------------------------------------------------------------------------
def dom(orgname, tld):
    skip = ["the", "club", "centro", "de", "del", "la", "st", "hospital", "academia", "escuela"]
    words = [slug(x) for x in orgname.replace(".", " ").replace("'", "").split()]
    words = [x for x in words if x and x not in skip] or ["mail"]
    return words[0] + (words[1][:4] if len(words) > 1 and len(words[0]) < 6 else "") + "." + tld


def lo(w, s):
    """How a name looks in notes typed fast: lower case, often no accents."""
    s = s.lower()
    return strip_acc(s) if w.chance(0.6) else s


def tsur(w, p, lang, formal=False, both=None):
    """Title + surname (title outside the span)."""
    if both is None:
        both = p.hisp and w.chance(0.4)
    return (p.title(lang, w.rng, formal) + " ", PER(p.sur() if both else p.sur1()))


def tfull(w, p, lang, formal=False):
    return (p.title(lang, w.rng, formal) + " ", PER(p.full()))


def en_weekday(w):
    return w.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def es_weekday(w):
    return w.pick(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"])


def month_en(w):
    return w.pick(["January", "February", "March", "April", "May", "June", "July", "September",
                   "October", "November", "December"])


def month_es(w):
    return w.pick(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "septiembre",
                   "octubre", "noviembre", "diciembre"])


def agency_of(w):
    return org(w, "agency")


def el(p):
    return "her" if p.female else "his"


def client_elderly(w, female=None):
    return w.person(female=female, year=w.rng.randint(1929, 1948))


def adult(w, female=None, culture=None):
    return w.person(female=female, culture=culture, year=w.rng.randint(1962, 1994))


def _two(w, lst, sep=" y "):
    a, b = w.rng.sample(lst, 2)
    return (a, sep, b)


MEDS_EN = ["Eliquis 5mg", "Lasix 40mg", "Sinemet", "Warfarin", "Donepezil", "Lyrica", "paracetamol",
           "Movicol sachets", "Zimovane", "Calcichew D3"]
MEDS_ES = ["Sintrom", "Adiro 100", "Omeprazol", "Paracetamol 1g", "Enantyum", "Lorazepam", "Eutirox",
           "Fortimel", "Ensure Plus", "Seguril", "Trankimazin"]
PETS = ["Misty", "Bruno", "Toby", "Lola", "Whiskers", "Rocky", "Nala", "Kiko", "Pelusa", "Tarzán"]


# ---------------------------------------------------------------------------
# English, home care (Ireland)
# ---------------------------------------------------------------------------
def en_care_referral(w):
    d = Doc()
    gp = adult(w)
    gpo = org(w, "gp")
    hs = adult(w, culture="ie")
    cl = client_elderly(w)
    son = w.child_of(cl, female=False)
    dil = adult(w, female=True)
    ag = agency_of(w)
    hosp = org(w, "hosp")
    d.w("From: ", "Dr " if w.chance(0.4) else "", PER(gp.full()),
        " <", EML(w.work_email(gp, dom(gpo, "ie"))), ">\n")
    d.w("Sent: ", en_weekday(w), " ", str(w.rng.randint(1, 28)), " ", month_en(w), " 2026 ", w.time(), "\n")
    d.w("To: Referrals <", EML("referrals@" + dom(ag, "ie")), ">\n")
    d.w("Cc: ", PER(hs.full()), " <", EML(w.work_email(hs, "hse.ie")), ">\n")
    d.w("Subject: Referral - ", cl.title("en", w.rng), " ", PER(cl.full()), ", DOB ", w.date(year=cl.year), "\n\n")
    d.w("Dear ", PER(hs.given), " / team,\n\n")
    d.w("I am referring ", *tsur(w, cl, "en"), " (PPSN ", NID(ppsn(w.rng)), ") of ", ADR(addr(w)),
        " for home support following ", el(cl), " discharge from ", ORG(hosp), " on ", w.date("%02d/%02d"), ". ")
    d.w("Lives alone with a cat called ", w.pick(PETS), ". ", "Next of kin is ", el(cl), " son ", PER(son.full()),
        " (", PHO(w.phone(mobile=True)), "); ", el(son), " wife ", PER(dil.given), " also calls in most evenings.\n\n")
    d.w("Current meds include ", *_two(w, MEDS_EN, " and "), ". ",
        *w.pick([("", ORG("HSE")), ("The ", ORG("HSE")), ("", ORG("HSE South"))]), " home support application ref ", CID(cid(w, "case")), " was submitted last week. ")
    d.w("Please liaise with the public health nurse, ", PER(hs.given), ", re: start date.\n\n")
    d.w("Kind regards,\n", "Dr " if w.chance(0.5) else "", PER(gp.full()), "\n", ORG(gpo), "\nTel: ",
        PHO(w.phone(mobile=False)), w.pick([" | Fax ", " / fax: "]), PHO(w.phone(mobile=False)), "\n")
    return d


def en_care_plan(w):
    d = Doc()
    ag = agency_of(w)
    cl = client_elderly(w)
    gp = adult(w)
    nok = w.child_of(cl)
    kw = adult(w, female=True)
    mgr = adult(w)
    d.w("CARE PLAN – ", ORG(ag), "\n\n")
    d.w("Client: ", PER(cl.sf()), "\t\tClient ID: ", CID(cid(w, "client")), "\n")
    d.w("Address: ", ADR(addr(w)), "\n")
    d.w("PPSN: ", NID(ppsn(w.rng)), "\tMedical card no: ", w.pick(["", "(pending)", "see file"]), "\n")
    d.w("GP: Dr ", PER(gp.sur1()), ", ", ORG(org(w, "gp")), " (", PHO(w.phone(mobile=False)), ")\n")
    d.w("Next of kin: ", PER(nok.full()), " (", w.pick(["son", "daughter", "niece", "nephew"]), ") – ",
        PHO(w.phone(mobile=True)), "\n")
    d.w("Key worker: ", PER(kw.full()), "\n\n")
    d.w("Visits: ", w.pick(["4 x daily (08:00, 12:30, 17:00, 21:00)", "2 x daily, 45 min AM / 30 min PM",
                           "3 x daily Mon-Fri, family covers weekends"]), "\n")
    d.w("Mobility: uses rollator indoors, 1 x assist for transfers. Hoist not required.\n")
    d.w("Medication: prompt only – ", *_two(w, MEDS_EN, ", "), " (blister pack from ",
        ORG(org(w, "pharm")), ").\n")
    d.w("Likes: tea with two sugars, the Angelus on the radio, talking about ", w.pick(["Clonakilty", "the Rose of Tralee",
        "hurling", "her years in Boston", "the bog in Connemara"]), ". Calls the carers 'pet'.\n")
    d.w("Dislikes: being rushed, male carers for personal care.\n\n")
    d.w("Reviewed by: ", PER(mgr.full()), " (Care Manager) on ", w.date(), " with ", PER(cl.call()),
        " and ", PER(nok.call()), " present.\n")
    return d


def en_care_visit_notes(w):
    d = Doc()
    cl = client_elderly(w)
    c1, c2, c3 = adult(w, True), adult(w), adult(w, True)
    dau = w.child_of(cl, female=True)
    nb = adult(w)
    d.w("visit log – client ", CID(cid(w, "client")), " (", PER(lo(w, cl.sur1() + " " + cl.given[0])), ")\n")
    dd = w.rng.randint(1, 20)
    d.w("%02d/03 08:0%d " % (dd, w.rng.randint(1, 9)), PER(lo(w, c1.given)), ": ", PER(lo(w, cl.call())),
        " in good form, had porrige n tea, meds given. ", PER(lo(w, dau.call())),
        " rang re shopping list, she'll drop in after work. bins out\n")
    d.w("%02d/03 12:4%d " % (dd, w.rng.randint(0, 9)), PER(lo(w, c2.given + " " + c2.sur1()[0])), ": no answer at door 5 min, neighbour mrs ",
        PER(lo(w, nb.sur1())), " had key. client was in bathroom, ok. left lunch (soup+sandwich). ",
        "dog fed (", w.pick(PETS).lower(), ")\n")
    d.w("%02d/03 17:1%d " % (dd, w.rng.randint(0, 9)), PER(lo(w, c3.given)), ": bit confused today, asked for ",
        PER(lo(w, w.person(female=False, culture="ie").given)), " (late husband?). rang office, spoke to ",
        PER(lo(w, adult(w).given)), ". ", w.pick(["tena pads low", "fridge needs clearing", "heating was off, put on"]), "\n")
    d.w("%02d/03 21:0%d " % (dd, w.rng.randint(0, 9)), PER(lo(w, c1.given)), ": settled, in bed 9.15. ",
        "door locked, key back in keysafe. daughter ", PER(lo(w, dau.given)), " aware re confusion\n")
    return d


def en_care_rota(w):
    d = Doc()
    area = w.pick(IE_AREAS)[0]
    d.w("ROTA w/c ", w.date("%02d/%02d/%d"), " – ", area, " area\n")
    d.w("Carer\tMobile\tMon\tTue\tWed\tThu\tFri\n")
    clients = [client_elderly(w) for _ in range(4)]
    for i in range(w.rng.randint(4, 6)):
        c = adult(w, female=w.chance(0.8))
        d.w(PER(c.sf(caps=w.chance(0.3))), "\t", PHO(w.phone(mobile=True)))
        for day in range(5):
            if w.chance(0.25):
                d.t("\tOFF")
            else:
                k = clients[w.rng.randint(0, 3)]
                d.w("\t", w.pick(["AM ", "PM ", "AM+PM ", "tea "]), PER(k.sur1()))
        d.t("\n")
    sup = adult(w)
    d.w("\nOn call this week: ", PER(sup.full()), " ", PHO(w.phone(mobile=True)),
        ". Swaps must be agreed with ", PER(w.person().given), " in the office.\n")
    cul = w.pick(["pl", "ro", "sa", "ar"])
    ns = adult(w, culture=cul)
    d.w("New starter ", PER(ns.full()), ": passport no. ", NID(passport(w.rng, {"pl": "PL", "ro": "RO", "sa": "UK", "ar": "MA"}[cul])),
        " seen; PPSN ", NID(ppsn(w.rng)), " – payroll to set up.\n")
    return d


def en_care_contacts(w):
    d = Doc()
    d.w("client_id,client_name,address,contact_name,relationship,phone,email,key_holder\n")
    for _ in range(w.rng.randint(3, 4)):
        cl = client_elderly(w)
        k = cid(w, "client")
        ca = addr(w)
        for j in range(w.rng.randint(1, 2)):
            rel = w.pick(["son", "daughter", "niece", "neighbour", "friend", "son-in-law"])
            c = w.child_of(cl, female=(rel == "daughter")) if rel in ("son", "daughter") else adult(w, rel in ("niece",))
            d.w(CID(k), ",", PER(cl.full()), ",\"", ADR(ca), "\",", PER(c.full()), ",", rel, ",", PHO(w.phone()), ",",
                EML(w.email(c)) if w.chance(0.75) else "", ",", w.pick(["Y", "N", "N"]), "\n")
    return d


def en_care_hse_letter(w):
    d = Doc()
    rel = adult(w, culture="ie")
    cl = client_elderly(w, female=True)
    co = adult(w, True, culture="ie")
    mgr = adult(w, culture="ie")
    ag = agency_of(w)
    d.w(ORG(w.pick(["Health Service Executive", "HSE"])), "\n", w.pick(["Cork Kerry Community Healthcare",
        "Community Healthcare West", "Dublin South, Kildare & West Wicklow Community Healthcare"]), "\nHome Support Office\n\n")
    d.w(w.date("%d/%02d/%d"), "\n\nOur ref: ", CID(cid(w, "case")), "\n\n")
    d.w(rel.title("en", w.rng), " ", PER(rel.full()), "\n", ADR(addr(w)), "\n\n")
    d.w("Dear ", *tsur(w, rel, "en"))
    d.w(",\n\nRe: Home Support Service for ", *tfull(w, cl, "en"))
    d.w(", PPSN ", NID(ppsn(w.rng)), "\n\n")
    d.w("I am writing to confirm that an allocation of ", w.pick(["7", "10.5", "14", "5.25"]),
        " hours per week has been approved for your mother from ", w.date("%d/%02d/%d"), ". The service will be delivered by ",
        ORG(ag), " on behalf of the ", ORG("HSE"), ". Please note that this allocation will be reviewed in six months.\n\n")
    d.w("If ", PER(cl.given), "'s needs change in the meantime, please contact the Home Support Co-ordinator, ",
        co.title("en", w.rng), " ", PER(co.full()), ", on ", PHO(w.phone(mobile=False)), " or ", EML(w.work_email(co, "hse.ie")),
        ". Information on the Fair Deal scheme is available at www.hse.ie or from ", ORG("Citizens Information"), ".\n\n")
    d.w("Yours sincerely,\n\n", PER(mgr.full()), "\nHome Support Manager\n")
    return d


def en_care_invoice(w):
    d = Doc()
    ag = agency_of(w)
    payer = adult(w)
    cl = w.parent_of(payer, w.chance(0.6), 1936) if w.chance(0.6) else client_elderly(w)
    d.w(ORG(ag), "\n", ADR(addr(w)), "\nCRO 6%05d · VAT exempt\n\n" % w.rng.randint(0, 99999))
    d.w("INVOICE  No. ", CID(cid(w, "invoice")), "     Date: ", w.date(), "\n")
    d.w("Bill to: ", *tfull(w, payer, "en"))
    d.w(" (on behalf of ", *tfull(w, cl, "en"))
    d.w(")\nClient ref: ", CID(cid(w, "client")), "\n\n")
    d.w("Description\tHours\tRate\tAmount\n")
    for item in w.rng.sample(["Personal care (weekday)", "Personal care (weekend)", "Companionship",
                              "Night sit", "Bank holiday supplement", "Respite cover"], 3):
        h = w.rng.randint(2, 30)
        d.w(item, "\t", str(h), "\t€", "%.2f" % w.rng.choice([29.5, 32.0, 34.75, 38.0]), "\t", w.money(50, 900), "\n")
    d.w("\nTotal due: ", w.money(300, 2500), "\n\n")
    d.w("Payment by SEPA Direct Debit, mandate ref ", CID(cid(w, "mandate")), ", from IBAN ", IBN(w.iban("IE")),
        " (account holder: ", PER(payer.full()), ") on or after ", w.date(), ".\n")
    d.w("Queries: ", EML("accounts@" + dom(ag, "ie")), " / ", PHO(w.phone(mobile=False)), "\n")
    return d


def en_care_incident(w):
    d = Doc()
    cl = client_elderly(w)
    carer = adult(w, True)
    son = w.child_of(cl, female=False)
    nb = adult(w, False)
    mgr = adult(w)
    d.w("INCIDENT REPORT\t\tRef: ", CID(cid(w, "case")), "\n")
    d.w("Client: ", PER(cl.full()), " (ID ", CID(cid(w, "client")), ")\nCarer: ", PER(carer.full()), "\n")
    d.w("Date/time: ", w.date(), " ", w.time(), "\n\n")
    d.w("Description: On arrival carer found ", PER(cl.call()), " on the kitchen floor, conscious and talking. ",
        "Did not attempt to lift. Rang 112, ambulance arrived after 40 min. ", PER(son.call()), " (son) informed at ",
        w.time(), " on ", PHO(w.phone(mobile=True)), ". Client taken to ", ORG(org(w, "hosp")), ". ")
    d.w("The dog, ", w.pick(PETS), ", was put in the back garden and neighbour ", PER(nb.full()),
        " has agreed to feed him. Car ", w.pick(["191-C-4471", "08-KY-2231", "12-G-90812", "221-D-18345"]),
        " belonging to ", PER(son.given), " was blocking the ramp.\n\n")
    d.w("Injuries: bruising L hip, skin tear R forearm (dressed).\nPendant alarm (", ORG(w.pick(["Phonewatch", "Eir"])),
        ") was NOT worn.\n\nReported by: ", PER(carer.initial()), "\nReviewed by: ", PER(mgr.full()),
        ", Care Manager\nHIQA notification required: ", w.pick(["Yes", "No"]), "\n")
    return d


def en_care_complaint(w):
    d = Doc()
    ag = agency_of(w)
    dau = adult(w, True)
    cl = w.parent_of(dau, w.chance(0.7), 1934)
    c1 = adult(w, True)
    c2 = adult(w)
    mgr = adult(w, culture="ie")
    d.w("From: ", PER(dau.full()), " <", EML(w.email(dau)), ">\n")
    d.w("To: ", EML("info@" + dom(ag, "ie")), "\n")
    d.w("Sent: ", w.date(), " ", w.time(), "\n")
    d.w("Subject: Complaint – missed calls for my ", "mother" if cl.female else "father", "\n\n")
    d.w("To whom it may concern,\n\n")
    d.w("I am writing for the third time about the service to my ", "mother" if cl.female else "father", ", ",
        *tfull(w, cl, "en"))
    d.w(" (client no. ", CID(cid(w, "client")), "). On Saturday nobody came for the tea call at all, and on Sunday ",
        PER(c1.given), " arrived at 11:40 for a 9am call. I know it's not ", PER(c1.given),
        "'s fault, she was sent from Mallow, but this is not acceptable.\n\n")
    d.w("The new carer, ", PER(c2.given), "? I didn't get the surname, left the back door open. ",
        "Mam is 91 and has dementia. When I rang your out of hours number (", PHO(w.phone(mobile=True)),
        ") it rang out.\n\nI want to speak to ", PER(mgr.full()), " directly, and I will be contacting ",
        *w.pick([("", ORG("HIQA")), ("the ", ORG("HSE")), ("", ORG("Sage Advocacy"))]), " if this continues.\n\n")
    d.w("Regards,\n", PER(dau.given), "\n", PHO(w.phone()), "\n")
    return d


def en_care_voicemail(w):
    d = Doc()
    rel = adult(w)
    cl = client_elderly(w, female=False)
    carer = adult(w, True)
    d.w("Voicemail transcript – office line – ", w.date(), " ", w.time(), "\nFrom: ", PHO(w.phone(mobile=True)), "\n\n")
    d.w("\"Hi, this is ", PER(rel.full()), ", I'm ", PER(cl.call()), "'s - ", w.pick(["eh", "em", "like"]),
        ", I'm ", PER(cl.full()), "'s ", "daughter" if rel.female else "son", ", ")
    d.w("he's one of yours in ", w.pick(IE_AREAS)[0], ". Em, the girl that came this evening, I think her name was ",
        PER(carer.given), ", she said the tablets from ", ORG(org(w, "pharm")), " were the wrong ones, the ",
        w.pick(MEDS_EN), ". Could someone ring me back on ", PHO(w.phone(mobile=True)),
        ", or my husband ", PER(w.person(female=False).given), " on ", PHO(w.phone()),
        ". His file number is ", CID(cid(w, "client")), " I think. Thanks, bye.\"\n\n")
    d.w("[transcribed automatically – accuracy not guaranteed]\nActioned by: ", PER(adult(w).initial()), "\n")
    return d


def en_care_sms(w):
    d = Doc()
    ag = agency_of(w)
    carers = [adult(w, True), adult(w), adult(w, True)]
    cls = [client_elderly(w) for _ in range(3)]
    d.w("SMS log – on-call mobile (", ORG(ag), ")\n")
    dd, mm = w.rng.randint(1, 25), w.rng.randint(1, 12)
    lines = [
        lambda: ("IN", ["Hi its ", PER(carers[0].call()), ", running 10 min late for ", cls[0].title("en", w.rng), " ",
                        PER(cls[0].sur1()), ", traffic on the N40"]),
        lambda: ("OUT", ["ok thanks ", PER(carers[0].call()), ", I'll ring ", PER(w.child_of(cls[0]).given), " to let her know"]),
        lambda: ("IN", ["This is ", PER(carers[1].full()), ". ", PER(cls[1].full()),
                        " not answering door, key safe code not working. pls advise"]),
        lambda: ("OUT", ["Code changed Fri, its on the care plan. Call ", PER(w.person().given), " on ",
                         PHO(w.phone(mobile=True)), " if still stuck"]),
        lambda: ("IN", ["can't do sunday am, my son has a match in Thurles. can ", PER(carers[2].given), " swap? ",
                        PER(carers[0].given)]),
        lambda: ("IN", ["hi this is ", PER(w.child_of(cls[2]).full()), ", ", PER(cls[2].call()),
                        " is in ", ORG(org(w, "hosp")), " since last night, cancel visits til further notice"]),
        lambda: ("OUT", ["Sorry to hear that. Noted for client ", CID(cid(w, "client")), ". Get well soon to ", PER(cls[2].given)]),
        lambda: ("IN", ["hi ", PER(w.person(culture="ie").given), " can u change my wages to my new acc ",
                        IBN(iban(w.rng, w.pick(["IE", "LT", "PL", "RO"]))), " (new bank). thx ", PER(carers[1].call())]),
    ]
    for i, fn in enumerate(lines):
        if i > 0 and w.chance(0.15):
            continue
        direction, items = fn()
        num = w.phone(mobile=True)
        d.w("%02d/%02d %s  %s " % (dd + i // 3, mm, w.time(), direction),
            "from " if direction == "IN" else "to ", PHO(num), ": ", *items)
        d.t("\n")
    return d


def en_care_whatsapp(w):
    d = Doc()
    people = [adult(w, True) for _ in range(3)] + [adult(w, False)]
    cl = client_elderly(w)
    cl2 = client_elderly(w)
    day = w.rng.randint(1, 28)
    mon = w.rng.randint(1, 12)
    mgr = people[0]
    def line(p, items, hh, mm):
        d.w("%02d/%02d/2026, %02d:%02d - " % (day, mon, hh, mm), PER(p.short() if w.chance(0.5) else p.call()), ": ", *items)
        d.t("\n")
    d.t("%02d/%02d/2026, 07:02 - Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.\n" % (day, mon))
    d.w("%02d/%02d/2026, 07:03 - " % (day, mon), PER(mgr.short()), " added ", PER(people[3].short()), "\n")
    line(mgr, ["Morning all. Welcome ", PER(people[3].given), " who starts on the Douglas run today 👋"], 7, 5)
    line(people[1], ["welcome!! 😀"], 7, 9)
    line(people[2], ["Anyone know if ", PER(cl.call() + " " + cl.sur1()), "'s daughter is back from Spain? house is freezing"], 8, 21)
    line(mgr, ["Back Thursday. ", PER(w.child_of(cl).given), " said leave heating on 20. her number is ", PHO(w.phone(mobile=True))], 8, 24)
    line(people[3], ["<Media omitted>"], 9, 40)
    line(people[3], ["is this the right blister pack for ", cl2.title("en", w.rng), " ", PER(cl2.sur1()), "? says ", w.pick(MEDS_EN)], 9, 41)
    line(people[1], ["yes thats the one. Pharmacy is ", ORG(org(w, "pharm")), " if u need to ring"], 9, 50)
    line(mgr, ["New client from Monday: ", PER(client_elderly(w).full()), ", ", ADR(addr(w)), ". Keysafe code in the app"], 11, 15)
    line(mgr, ["Reminder: timesheets to ", EML("payroll@" + dom(agency_of(w), "ie")), " by Fri. ",
               "Pay queries to ", PER(w.person(culture="ie").full()), " not me 😅"], 12, 2)
    return d


def en_care_forward(w):
    d = Doc()
    ag = agency_of(w)
    dau = adult(w, True)
    ot = adult(w)
    cl = w.parent_of(dau, w.chance(0.5), 1940)
    coord = adult(w, culture="ie")
    d.w("From: ", PER(dau.full()), " <", EML(w.email(dau)), ">\nSent: ", w.date(), " ", w.time(), "\nTo: ",
        PER(coord.full()), " <", EML(w.work_email(coord, dom(ag, "ie"))), ">\nSubject: FW: OT assessment – ",
        PER(cl.short()), "\n\n")
    d.w("Hi ", PER(coord.given), ", see below from the OT. Can the carers follow this from Monday? ",
        "Thanks, ", PER(dau.call()), "\n\n")
    d.w("---------- Forwarded message ---------\nFrom: ", PER(ot.full()), " <", EML(w.work_email(ot, "hse.ie")), ">\n")
    d.w("Date: ", en_weekday(w), ", ", w.date("%d/%02d/%d"), "\nSubject: OT assessment – ", PER(cl.short()), "\n\n")
    d.w("Dear ", PER(dau.given), ",\n\nFurther to my visit to ", ADR(addr(w)), " I have recommended a perching stool, ",
        "a second stair rail and a raised toilet seat. The equipment will come from ", ORG(org(w, "equip")),
        " under HSE aids & appliances, order ref ", CID(cid(w, "case")), ".\n\n")
    d.w(PER(cl.call()), " should not use the bath until the rail is fitted. I've copied ", PER(org_person(w)),
        " (PHN) on this.\n\nKind regards,\n", PER(ot.full()), "\nSenior Occupational Therapist, ",
        ORG(w.pick(["HSE South", "HSE West", "HSE Dublin and Midlands"])), "\n", PHO(w.phone(mobile=False)), "\n")
    return d


def org_person(w):
    return w.person(culture=w.culture()).full()


# ---------------------------------------------------------------------------
# English, academy / sports club (UK; a few Spanish clubs writing in English)
# ---------------------------------------------------------------------------
def family(w, culture=None):
    """Two parents and 1-2 children sharing surnames as the culture does."""
    cul = culture or w.culture()
    mum = adult(w, True, culture=cul)
    dad = adult(w, False, culture=cul) if w.chance(0.75) else None
    if dad is not None and not mum.hisp and w.chance(0.7):
        dad = w.person(female=False, culture=cul, surn=mum.surn if cul not in ("pl", "ie") else None, year=1984)
    kids = [w.child_of(dad or mum, mum if dad else None, year=w.rng.randint(2011, 2020))]
    if w.chance(0.4):
        kids.append(w.child_of(dad or mum, mum if dad else None, year=w.rng.randint(2011, 2020)))
    return mum, dad, kids


def en_ac_enrolment(w):
    d = Doc()
    ac = org(w, "academy")
    mum, dad, kids = family(w)
    k = kids[0]
    gp = adult(w)
    nan = w.person(female=True, year=1955)
    U = str.upper
    d.w(ORG(U(ac)), " – ENROLMENT FORM 2026/27\n\n")
    d.w("CHILD'S NAME: ", PER(U(k.full())), "    DOB: ", w.date(year=k.year), "    YEAR GROUP: ", str(max(1, 2026 - k.year - 5)), "\n")
    d.w("SCHOOL: ", ORG(U(org(w, "school"))), "\n")
    d.w("ACTIVITIES: ", w.pick(["U11 FOOTBALL (SAT AM)", "SWIM SQUAD B (TUE/THU)", "PIANO GRADE 2 + THEORY",
                                "U9 FOOTBALL, GUITAR BEGINNERS"]), "\n\n")
    d.w("PARENT/GUARDIAN 1: ", PER(U(mum.full())), "    RELATIONSHIP: MOTHER\n")
    d.w("MOBILE: ", PHO(w.phone("UK", True)), "    EMAIL: ", EML(U(w.email(mum)) if w.chance(0.5) else w.email(mum)), "\n")
    if dad:
        d.w("PARENT/GUARDIAN 2: ", PER(U(dad.full())), "    RELATIONSHIP: FATHER\n")
        d.w("MOBILE: ", PHO(w.phone("UK", True)), "\n")
    d.w("HOME ADDRESS: ", ADR(U(addr(w))), "\n\n")
    d.w("GP: DR ", PER(U(gp.sur1())), ", ", ORG(U(org(w, "gp"))), "    NHS NO: ", NID(nhs(w.rng)), "\n")
    d.w("MEDICAL: ", w.pick(["ASTHMA – BLUE INHALER (SALBUTAMOL) IN KIT BAG", "NUT ALLERGY – EPIPEN X2",
                             "NONE", "ECZEMA, DAIRY FREE"]), "\n")
    d.w("EMERGENCY CONTACT (NOT PARENT): NAN – ", PER(U(nan.full())), " ", PHO(w.phone("UK", False)), "\n")
    d.w("PHOTO CONSENT: ", w.pick(["YES", "NO"]), "    GIFT AID: N/A\n\n")
    d.w("OFFICE USE – ENROLMENT NO: ", CID(cid(w, "enrol")), "    RECEIVED BY: ", PER(U(adult(w).initial())), "\n")
    d.w("Signed: ", PER(mum.initial()), "\n")
    return d


def en_ac_receipt(w):
    d = Doc()
    ac = org(w, "academy")
    mum, dad, kids = family(w)
    payer = dad if dad and w.chance(0.4) else mum
    d.w(ORG(ac), "\n", ADR(addr(w)), "\n", PHO(w.phone("UK", False)), " · ", EML("info@" + dom(ac, "co.uk")), "\n\n")
    d.w("RECEIPT ", CID(cid(w, "receipt")), "\nDate: ", w.date(), "\n\n")
    d.w("Received from: ", *tfull(w, payer, "en"))
    d.w("\nAccount no.: ", CID(cid(w, "member")), "\n\n")
    for k in kids:
        d.w(PER(k.short()), " – ", w.pick(["Spring term football", "Swim squad (10 wks)", "Piano 30-min lessons x10",
                                            "Holiday camp 3 days"]), "\t", w.money(40, 260), "\n")
    if len(kids) > 1:
        d.w("Sibling discount (10%)\t-", w.money(5, 30), "\n")
    d.w("\nTotal paid: ", w.money(60, 500), "\nMethod: ", w.pick(["card (Visa ****4411)", "bank transfer", "ParentPay", "cash"]), "\n")
    d.w("Paid from: ", IBN(w.iban("GB")), " (", PER(payer.full()), ")\n" if w.chance(0.6) else ")\n")
    d.w("\nThank you! Any questions please contact ", PER(adult(w, culture="uk").full()), ", Club Treasurer.\n")
    return d


def en_ac_whatsapp(w):
    d = Doc()
    day, mon, yy = w.rng.randint(1, 28), w.rng.randint(1, 12), 26
    coach = adult(w)
    fams = [family(w) for _ in range(3)]
    def ts(h, m):
        return "[%02d/%02d/%02d, %02d:%02d:%02d] " % (day, mon, yy, h, m, w.rng.randint(0, 59))
    def sender(mum, kid, style):
        if style == 0:
            return [PER(mum.call())]
        if style == 1:
            return [PER(mum.given), " (", PER(kid.given), "'s mum)"]
        if style == 2:
            return [PER(mum.full())]
        return [PHO(_fixed_phone(w, mum, "UK"))]
    d.w(ts(18, 2), "U10 Parents 2026 ⚽: ", PER(coach.full()), " created this group\n")
    d.w(ts(18, 3), PER(coach.call()), ": Evening all, training moved to ", w.pick(["the 3G at Kirkstall", "Lawnswood pitch 2",
        "the sports hall"]), " Sat 9am due to frost. ", ORG(w.pick(["West Riding County FA", "Leeds Junior League"])), " have confirmed the league fixture is off.\n")
    st = [0, 1, 2, 3]
    w.rng.shuffle(st)
    m0, _, k0 = fams[0]
    m1, _, k1 = fams[1]
    m2, d2, k2 = fams[2]
    d.w(ts(18, 7), *sender(m0, k0[0], st[0]))
    d.w(": Thanks ", PER(coach.call()), "! ", PER(k0[0].given), " has a temp so might miss it 🤒\n")
    d.w(ts(18, 11), *sender(m1, k1[0], st[1]))
    d.w(": can anyone give ", PER(k1[0].given), " a lift? I'm on shift til 12\n")
    d.w(ts(18, 15), *sender(m2, k2[0], st[2]))
    d.w(": We can take ", PER(k1[0].given.lower() if w.chance(0.3) else k1[0].given), ", ", *(("", PER(d2.call())) if d2 else ("my sister ", PER(adult(w, True).given))),
        " is driving anyway. Pick up from outside ", ORG(org(w, "school")), "?\n")
    d.w(ts(18, 16), *sender(m1, k1[0], st[1]))
    d.w(": ur a star ❤️\n")
    d.w(ts(19, 30), *sender(m0, k0[0], st[0]))
    d.w(": Also subs – is it still ", w.money(15, 30), " to ", PER(adult(w).full()), "? sort code / acc no pls\n")
    d.w(ts(19, 42), PER(coach.call()), ": Pay via ", ORG("ParentPay"), " now please, ref is your child's member no ",
        "(", PER(k0[0].given), " = ", CID(cid(w, "member")), ")\n")
    return d


def en_ac_match_report(w):
    d = Doc()
    ac = org(w, "football")
    opp = w.pick(["Farsley Celtic Juniors", "Guiseley AFC Juniors", "Yeadon Celtic", "Bramley Phoenix JFC",
                  "Pudsey Juniors FC"])
    coach = adult(w)
    players = [w.person(year=2015) for _ in range(9)]
    d.w("MATCH REPORT – U11s\n", ORG(ac), " 3 – ", w.rng.randint(0, 4), " ", ORG(opp), "\n", w.date(), ", ",
        w.pick(["Kirkstall Road", "Bedquilts", "Cookridge Rec"]), "\n\n")
    d.w("Team: ")
    for i, p in enumerate(players):
        d.w(str(i + 1), ". ", PER(p.short() if w.chance(0.7) else p.given))
        d.t(", " if i < len(players) - 1 else "\n")
    a, b, c = players[8], players[6], players[3]
    d.w("\nA cold morning but the lads and girls were up for it. ", PER(a.given), " opened the scoring after ten minutes ",
        "with a lovely finish into the bottom corner, assisted by ", PER(b.given), ". ", PER(c.short()),
        " in goal pulled off two great saves before half-time. No. 7 ", PER(players[6].given),
        " made it 2-1 with a header and ", PER(a.given), " grabbed a second late on.\n\n")
    d.w("Player of the match: ", PER(c.given), " (chosen by the ", ORG(opp), " coach, ", PER(adult(w).full()), ").\n")
    d.w("Thanks to ", PER(adult(w, True).given), " for the oranges and to the ref, ", *tsur(w, adult(w, False), "en"))
    d.w(".\n\n– Coach ", PER(coach.call()), "\n")
    return d


def en_ac_gala(w):
    d = Doc()
    club = w.pick(["Kirkstall Otters Swimming Club", "Kirkstall Otters SC"])
    d.w("Open Meet – ", w.pick(["Leeds Aquatics Centre", "John Charles Centre for Sport", "Bradford Leisure Pool"]),
        " – ", w.date(), "\nEvent ", str(w.rng.randint(101, 140)), " Girls 10/11 Yrs 50m Freestyle\n\n")
    d.w("Pos\tName\tAge\tClub\tSE no.\tTime\n")
    clubs = [club, "City of Leeds SC", "Bradford Dolphin SC", "Wakefield ASC", "Harrogate District SC"]
    for i in range(w.rng.randint(5, 7)):
        p = w.person(female=True, year=2015)
        d.w(str(i + 1), "\t", PER(p.sf(caps=w.chance(0.5), both=True)), "\t", str(w.rng.randint(10, 11)), "\t",
            ORG(w.pick(clubs)), "\t", CID("%d" % w.rng.randint(1000000, 1999999)), "\t",
            "%d.%02d" % (w.rng.randint(33, 44), w.rng.randint(0, 99)), "\n")
    hc = adult(w)
    d.w("\nResults verified by ", PER(hc.full()), " (Referee). Queries to ", EML(w.work_email(hc, "leedsaquatics.org.uk")),
        " within 30 min.\n")
    return d


def en_ac_staff_csv(w):
    d = Doc()
    ac = org(w, "academy")
    d.w("# ", ORG(ac), " – coaches & teachers – exported ", w.date(), "\n")
    d.w("first_name,last_name,role,mobile,email,start_date,ni_number\n")
    roles = ["Head Coach U11", "Assistant Coach", "Swim Teacher L2", "Piano Teacher", "Guitar Tutor", "Safeguarding Lead",
             "Volunteer", "Admin"]
    for _ in range(w.rng.randint(5, 7)):
        p = adult(w)
        d.w(PER(p.given), ",", PER(p.sur()), ",", w.pick(roles), ",", PHO(w.phone("UK", True)), ",",
            EML(w.work_email(p, dom(ac, "co.uk")) if w.chance(0.6) else w.email(p)), ",", w.date("%d-%02d-%d", 2024), ",",
            NID(ni_uk(w.rng)) if w.chance(0.8) else "", "\n")
    return d


def en_ac_trip_consent(w):
    d = Doc()
    ac = org(w, "academy")
    mum, dad, kids = family(w)
    k = kids[0]
    par = dad if dad and w.chance(0.3) else mum
    lead = adult(w)
    d.w(ORG(ac), " – TRIP CONSENT & MEDICAL INFORMATION\n")
    d.w("Trip: ", w.pick(["Swim camp, Sheffield Ponds Forge", "U12 tournament, Blackpool", "Orchestra day, Halifax Minster"]),
        " – ", w.date(), " (coach by ", ORG(org(w, "transport")), ", reg ", w.pick(["YX19 KLM", "BV68 TRE", "YN21 HGD"]), ")\n")
    d.w("Trip leader: ", PER(lead.full()), " (", PHO(w.phone("UK", True)), ")\n\n")
    d.w("Participant: ", PER(k.full()), "\tDOB: ", w.date(year=k.year), "\n")
    d.w("Member no.: ", CID(cid(w, "member")), "\tNHS number: ", NID(nhs(w.rng)), "\n")
    d.w("Allergies / conditions: ", w.pick(["hay fever – cetirizine", "type 1 diabetes – pump, see care plan",
                                           "none known", "mild asthma – inhaler"]), "\n")
    d.w("Dietary: ", w.pick(["vegetarian", "halal", "no pork", "none"]), "\n")
    d.w("Swimmer ability: can swim 25m unaided  [Y]\n\n")
    d.w("I, ", PER(par.full()), ", give permission for my child to take part and for staff to seek emergency ",
        "medical treatment if I cannot be reached.\n")
    d.w("Contact during trip: ", PHO(w.phone("UK", True)), " / alt. ", PER(w.person(year=1958).full()),
        " (grandparent) ", PHO(w.phone("UK")), "\n")
    d.w("Signed: ", PER(par.initial()), "    Date: ", w.date(), "\n")
    return d


def en_ac_newsletter(w):
    d = Doc()
    ac = org(w, "academy")
    head = adult(w)
    c1, c2 = adult(w), adult(w, True)
    kid1, kid2 = w.person(year=2014), w.person(year=2013)
    d.w(ORG(ac), " – Spring Newsletter\n\n")
    d.w("Dear families,\n\nWhat a term! A huge well done to ", PER(kid1.full()), " who passed ", el(kid1), " ",
        ORG(w.pick(["ABRSM", "Trinity College London"])), " Grade 3 with distinction, and to ", PER(kid2.short()),
        " for being selected for the ", ORG(w.pick(["West Riding County FA", "Swim England Yorkshire"])), " development squad.\n\n")
    d.w("Staff news: we say goodbye to ", PER(c1.full()), " who is moving to Cardiff – thank you ", PER(c1.call()),
        "! ", PER(c2.full()), " joins us as Head of Swimming from ", ORG(w.pick(["City of Leeds SC", "Bradford Dolphin SC"])), ".\n\n")
    d.w("Kit: new hoodies are available from ", ORG(w.pick(["Kitbag Teamwear Ltd", "Kitbag Teamwear"])),
        " – use code STARS10. Lost property (one Nike boot, three water bottles) is in the office.\n\n")
    d.w("Fees for summer term are due by ", w.date(), ". Please quote your family account number (e.g. ",
        CID(cid(w, "member")), ") as the reference. Bank: ", ORG(w.pick(ORGS["UK"]["bank"])), ", account name ",
        ORG(ac), ".\n\n")
    d.w("See you on the pitch,\n", PER(head.full()), "\nDirector\n", EML(w.work_email(head, dom(ac, "co.uk"))),
        " · ", PHO(w.phone("UK", False)), "\n")
    return d


def en_ac_minutes(w):
    d = Doc()
    ac = org(w, "academy")
    att = [adult(w) for _ in range(w.rng.randint(6, 8))]
    d.w("Parents' Association – Minutes\n", ORG(ac), " clubhouse, ", w.date(), ", 7.30pm\n\n")
    d.w("Present: ")
    for i, p in enumerate(att[:-2]):
        fm = w.rng.randint(0, 3)
        if fm == 0:
            d.w(PER(p.full()), " (Chair)" if i == 0 else "")
        elif fm == 1:
            d.w(PER(p.initial()))
        else:
            d.w(PER(p.full()))
        d.t(", " if i < len(att) - 3 else "\n")
    d.w("Apologies: ", PER(att[-2].full()), ", ", PER(att[-1].call()), "\n\n")
    ch, tr, sec = att[0], att[1], att[2]
    d.w("1. Minutes of last meeting agreed (proposed ", PER(tr.given), ", seconded ", PER(sec.given), ").\n")
    d.w("2. Treasurer's report: balance ", w.money(800, 4000), ". ", PER(tr.call()), " to chase 6 families in arrears; ",
        "account numbers ", CID(cid(w, "member")), " and ", CID(cid(w, "member")), " to be contacted by letter.\n")
    d.w("3. Summer fair: ", PER(sec.call()), " has asked ", ORG(w.pick(["John Lewis", "Decathlon UK", "Sports Direct"])),
        " for a raffle prize. ", PER(att[3].given), "'s brother ", PER(w.person(female=False).full()),
        " can do the BBQ.\n")
    d.w("4. AOB: concerns about parking on ", w.pick(UK_STREETS), ". ", PER(ch.given), " to write to ",
        ORG(w.pick(["Leeds City Council", "Bradford Council"])), ".\n\nNext meeting: ", w.date(), ".\n")
    return d


def en_ac_review(w):
    d = Doc()
    ac = org(w, "academy")
    par = adult(w)
    k = w.child_of(par, year=2016)
    t = adult(w)
    owner = adult(w)
    d.w("★★☆☆☆  ", PER(par.given + " " + par.sur1()[0] + "."), " – ", str(w.rng.randint(2, 11)), " months ago\n")
    d.w("My ", "daughter" if k.female else "son", " ", PER(k.given), " has done swimming at ", ORG(ac),
        " for two years. Teaching is great (", PER(t.given), " is brilliant with the little ones) BUT the admin is a joke. ",
        "We were charged twice in January (invoice ", CID(cid(w, "invoice")), ") and it took 6 weeks and 4 emails to ",
        "get a refund. Nobody answers ", PHO(w.phone("UK", False)), ". Parking is a nightmare too.\n\n")
    d.w("Response from the owner:\nHi ", PER(par.given), ", thank you for the feedback and sorry for the delay with your refund. ",
        "We've changed our payment provider to ", ORG("ParentPay"), " so this shouldn't happen again. Please email me directly on ",
        EML(w.work_email(owner, dom(ac, "co.uk"))), " – ", PER(owner.full()), ", Centre Manager\n")
    return d


def en_ac_fee_thread(w):
    d = Doc()
    spain = w.cc == "ES"
    ac = org(w, "academy")
    tld = "es" if spain else "co.uk"
    par = adult(w, culture=w.pick(["uk", "ie", "sa"]) if spain else None)
    k = w.child_of(par, year=2015)
    adm = adult(w)
    d.w("From: ", PER(adm.full()), " <", EML(w.work_email(adm, dom(ac, tld))), ">\nTo: ", PER(par.full()),
        " <", EML(w.email(par, w.pick(["gmail.com", "hotmail.co.uk", "outlook.com"]))), ">\nSent: ", w.date(), " ", w.time(),
        "\nSubject: RE: Direct debit for ", PER(k.given), "\n\n")
    d.w("Hi ", PER(par.call()), ",\n\nNo problem – I've updated the mandate (ref ", CID(cid(w, "mandate")), "). The new account ",
        IBN(w.iban("ES" if spain else "GB")), " will be debited from next month. ", PER(k.given), "'s enrolment number stays the same (",
        CID(cid(w, "enrol")), ").\n\n")
    if spain:
        d.w("For the Spanish tax certificate we'll need your NIE – is it still ", NID(nie(w.rng)), "?\n\n")
    d.w("Best,\n", PER(adm.given), "\n", ORG(ac), " | ", PHO(w.phone(w.cc, False)), "\n\n")
    d.w("On ", en_weekday(w), ", ", w.date("%d/%02d/%d"), ", ", PER(par.full()), " <", EML(w.email(par)), "> wrote:\n")
    d.w("> Hi ", PER(adm.given), ",\n> We've changed banks (moved from ", ORG(w.pick(ORGS["UK"]["bank"])), "). Can you take the fees\n",
        "> for ", PER(k.short()), " from the new account from May? My partner ", PER(w.person().given), " will sign\n",
        "> whatever is needed.\n> Thanks, ", PER(par.call()), "\n")
    return d


def en_ac_class_list(w):
    d = Doc()
    ac = org(w, "music")
    t = adult(w)
    d.w(ORG(ac), " – ", w.pick(["Piano", "Guitar", "Violin", "Drums"]), " timetable, ", w.pick(["Tuesday", "Thursday", "Saturday"]),
        "\nTeacher: ", PER(t.full()), "  (room 3)\n\n")
    d.w("Time\tPupil\tGrade\tParent contact\n")
    h = 15
    for i in range(w.rng.randint(5, 7)):
        mum, dad, kids = family(w)
        k = kids[0]
        par = dad if dad and w.chance(0.3) else mum
        d.w("%d:%02d\t" % (h + (i * 30) // 60, (i * 30) % 60), PER(k.sf(caps=w.chance(0.4))), "\t",
            w.pick(["Prep", "G1", "G2", "G3", "G5"]), "\t", PER(par.call()), " ", PHO(w.phone("UK", True)), "\n")
    d.w("\nNB ", PER(w.person(year=2014).given), " moving to Thursdays from next week – confirmed with mum.\n")
    return d


def en_ac_voicemail(w):
    d = Doc()
    ac = org(w, "academy")
    par = adult(w)
    k = w.child_of(par, year=2017)
    coach = adult(w)
    d.w("Voicemail – ", ORG(ac), " office – ", w.date(), " ", w.time(), " – caller ", PHO(w.phone("UK", True)), "\n\n")
    d.w("\"Oh hi, it's ", PER(par.call()), ", ", PER(k.given), "'s ", "mum" if par.female else "dad", ", ", PER(k.full()),
        ", from the Saturday under-nines. Um, just to say ", PER(k.given), " won't be at training this week, ",
        "we've got a hospital appointment at ", ORG(w.pick(ORGS["UK"]["hosp"])), ". Could you let ", PER(coach.given),
        " know? And I still haven't had the receipt for the camp, it was ", CID(cid(w, "receipt")), " or something. ",
        "My email's ", EML(w.email(par)), ". Thanks, bye bye.\"\n")
    return d


# ---------------------------------------------------------------------------
# Spanish, home care (Spain, Chile, Uruguay)
# ---------------------------------------------------------------------------
FOREIGN_ES = ["ro", "ar", "cn", "ec", "co", "ve", "mx", "pl", "uk", "ie", "sa"]


def natid(w, p=None, cc=None):
    cc = cc or w.cc
    cul = p.culture if p is not None else None
    if cul == "mx" and p is not None and len(p.surn) >= 1:
        return curp(w.rng, p.surn[0], p.surn[1] if len(p.surn) > 1 else "", p.given, p.female, p.year or 1985)
    if cc == "ES":
        if cul in FOREIGN_ES:
            return nie(w.rng) if w.chance(0.8) else passport(w.rng, {"ro": "RO", "ec": "EC", "cn": "CN", "ar": "MA",
                                                                       "pl": "PL", "co": "CO", "ve": "VE"}.get(cul, "UK"))
        return dni(w.rng)
    if cc == "CL":
        return rut(w.rng) if cul != "ve" or w.chance(0.5) else passport(w.rng, "VE")
    if cc == "UY":
        return ci_uy(w.rng)
    if cc == "CO":
        return cc_co(w.rng) if cul != "ve" else ci_ve(w.rng)
    if cc == "VE":
        return ci_ve(w.rng, foreign=(cul == "co"))
    if cc == "IE":
        return ppsn(w.rng)
    if cc == "UK":
        return ni_uk(w.rng)
    raise ValueError(cc)


def id_word(w, cc=None):
    cc = cc or w.cc
    return {"ES": w.pick(["DNI", "DNI/NIE", "D.N.I."]), "CL": w.pick(["RUT", "RUN", "R.U.T."]),
            "UY": w.pick(["CI", "C.I.", "cédula"]), "CO": w.pick(["C.C.", "CC", "cédula"]),
            "VE": w.pick(["C.I.", "CI", "cédula"])}[cc]


def es_tld(w):
    return {"ES": "es", "CL": "cl", "UY": "com.uy", "CO": "com.co", "VE": "com.ve"}[w.cc]


def social_case_phrase(w):
    return {"ES": "el expediente de dependencia", "CL": "la ficha del Programa de Dependencia Severa",
            "UY": "el expediente del Sistema de Cuidados"}[w.cc]


def es_care_derivacion(w):
    d = Doc()
    ag = agency_of(w)
    ts = adult(w, True)
    gp = org(w, "gp")
    cl = client_elderly(w)
    hija = w.child_of(cl, female=True)
    yerno = adult(w, False)
    d.w("De: ", PER(ts.full()), " <", EML(w.work_email(ts, dom(gp, es_tld(w)))), ">\n")
    d.w("Enviado el: ", es_weekday(w), ", ", str(w.rng.randint(1, 28)), " de ", month_es(w), " de 2026 ", w.time(), "\n")
    d.w("Para: ", EML("coordinacion@" + dom(ag, es_tld(w))), "\nAsunto: Derivación usuario – ", PER(cl.full()), "\n\n")
    d.w("Buenos días:\n\n", "Os derivo a " if w.cc == "ES" else "Les derivo a ", *tfull(w, cl, "es", formal=True))
    d.w(", ", id_word(w), " ", NID(natid(w, cl)), ", con domicilio en ", ADR(addr(w)), ". ")
    d.w("Vive ", w.pick(["sola", "con su marido, muy mayor", "sola con una perrita (", "con su hermana"]) if cl.female else
        w.pick(["solo", "con su mujer, en silla de ruedas", "solo con un gato ("]), "")
    if d.text().endswith("("):
        d.w(w.pick(PETS), ")")
    d.w(". Tiene reconocido grado II en ", social_case_phrase(w), " nº ", CID(cid(w, "case")), ".\n\n")
    d.w("La persona de referencia es su hija, ", PER(hija.full()), " (", PHO(w.phone(mobile=True)), "), aunque trabaja de mañanas; ",
        "si no, se puede llamar al yerno, ", PER(yerno.call()), ", al ", PHO(w.phone(mobile=True)), ".\n")
    d.w("Medicación relevante: ", *_two(w, MEDS_ES), ". Alta reciente del ", ORG(org(w, "hosp")), ".\n\n")
    d.w("Un saludo,\n\n", PER(ts.full()), "\nTrabajadora Social – ", ORG(gp), "\nTel. ", PHO(w.phone(mobile=False)), "\n")
    return d


def es_care_plan(w):
    d = Doc()
    ag = agency_of(w)
    cl = client_elderly(w)
    fam1 = w.child_of(cl)
    aux = adult(w, True)
    coord = adult(w)
    med = adult(w)
    d.w("PLAN DE ATENCIÓN INDIVIDUALIZADO – ", ORG(ag), "\n\n")
    d.w("Usuario/a: ", PER(cl.sf(caps=True))), d.w("\tNº expediente: ", CID(cid(w, "client")), "\n")
    d.w(id_word(w), ": ", NID(natid(w, cl)))
    if w.cc == "ES":
        d.w("\tNUSS: ", NID(nuss(w.rng)))
    d.t("\n")
    d.w("Domicilio: ", ADR(addr(w)), "\nTeléfono fijo: ", PHO(w.phone(mobile=False)), "\n")
    d.w("Médico/a de cabecera: Dr/a. ", PER(med.sur()), " (", ORG(org(w, "gp")), ")\n")
    d.w("Familiar de referencia: ", PER(fam1.full()), " – ", PHO(w.phone(mobile=True)), "\n")
    d.w("Auxiliar asignada: ", PER(aux.full()), "\n\n")
    d.w("Servicios: ", w.pick(["aseo personal diario (L-V 9:00-10:30)", "aseo + comida (L-S), 2 h/día",
                              "acompañamiento y compra, martes y jueves"]), ".\n")
    d.w("Movilidad: camina con andador; no usar grúa. Riesgo de caídas ALTO.\n")
    d.w("Alimentación: dieta blanda, sin sal. Suplemento ", w.pick(["Fortimel", "Ensure Plus", "Resource"]), " a media tarde.\n")
    d.w("Preferencias: le gusta que le llamen ", *w.pick([("", PER(cl.call())), (cl.don() + " ", PER(cl.given))]),
        " y escuchar la radio. ",
        "No le gusta que cambien a la auxiliar.\n\n")
    d.w("Revisado por: ", PER(coord.full()), " (coordinación) – ", w.date(), "\n")
    return d


def es_care_notas(w):
    d = Doc()
    cl = client_elderly(w)
    au1, au2 = adult(w, True), adult(w, True)
    hijo = w.child_of(cl, female=False)
    vec = adult(w, True)
    pet = w.pick(PETS).lower()
    dd = w.rng.randint(1, 28)
    dn = "dña " if cl.female else "d. "
    mm = w.rng.randint(1, 12)
    tms = sorted([w.time() for _ in range(3)])
    d.w("notas visita – usuario ", CID(cid(w, "client")), "\n\n")
    g = "a" if cl.female else "o"
    d.w("%d/%d %s " % (dd, mm, tms[0]), PER(lo(w, au1.given)), ": llego y ", dn, PER(lo(w, cl.given)),
        " ya levantad" + g + ", desayuno hecho. tomo la medicacion (", w.pick(MEDS_ES).lower(), "). ",
        "el hijo ", PER(lo(w, hijo.call())), " llamo q viene el sabado. le duele la rodilla izq, avisar a enfermeria\n")
    d.w("%d/%d %s " % (dd, mm, tms[1]), PER(lo(w, au2.given + " " + au2.sur1())), ": ducha ok. ",
        "la vecina ", PER(lo(w, vec.call())), " (3ºb) dice q anoche l" + g + " oyo llamar a ", PER(lo(w, w.person(female=False).given)),
        " a gritos. desorientad" + g + "?? ", "la perra ", pet, " sin comida, le eche pienso\n")
    d.w("%d/%d %s " % (dd, mm, tms[2]), PER(lo(w, au1.given)), ": hoy bien, charlamos de su pueblo. ",
        "pide q la cuidadora de la tarde no sea ", PER(lo(w, adult(w, True).given)), " xq no la entiende. ",
        "falta gel y empapadores, dejo nota a ", PER(lo(w, hijo.given)), "\n")
    if w.chance(0.6):
        d.w("ojo: desde el dia 15 la visita es en casa de la hija, ", ADR(lo(w, addr(w))), "\n")
    if w.cc != "ES":
        d.w("obs: hablar con ", ORG(w.pick(ORGS[w.cc]["public"]).lower() if w.chance(0.5) else w.pick(ORGS[w.cc]["public"])),
            " x el tema de los pañales\n")
    return d


def es_care_cuadrante(w):
    d = Doc()
    ag = agency_of(w)
    d.w("CUADRANTE ", month_es(w).upper(), " 2026 – zona ", w.pick(["norte", "centro", "Delicias", "Pocitos", "Ñuñoa",
        "Casco Viejo", "Deusto"]), "\n")
    d.w("auxiliar;telefono;L;M;X;J;V;S\n")
    clients = [client_elderly(w) for _ in range(4)]
    for _ in range(w.rng.randint(4, 6)):
        a = adult(w, True if w.chance(0.85) else False)
        d.w(PER(a.sf(caps=w.chance(0.5))), ";", PHO(w.phone(mobile=True)))
        for day in range(6):
            if w.chance(0.22):
                d.t(";libre")
            else:
                k = w.pick(clients)
                d.w(";", w.pick(["M ", "T ", "M+T ", ""]), PER(k.sur1() if w.chance(0.6) else k.call()))
        d.t("\n")
    d.w("\nGuardia fin de semana: ", PER(adult(w).full()), " (", PHO(w.phone(mobile=True)), "). Cambios solo con OK de ",
        PER(adult(w).given), " – ", ORG(ag), "\n")
    if w.cc == "ES":
        cul = w.pick(["ro", "ec", "co", "ar", "ve"])
        ns = adult(w, True, culture=cul)
        d.w("Alta nueva: ", PER(ns.sf()), " – pasaporte ", NID(passport(w.rng, {"ro": "RO", "ec": "EC", "co": "CO", "ar": "MA", "ve": "VE"}[cul])),
            ", NIE en trámite; NUSS ", NID(nuss(w.rng)), ".\n")
    elif w.cc == "CL":
        ns = adult(w, True, culture="ve")
        d.w("Alta nueva: ", PER(ns.sf()), " – pasaporte ", NID(passport(w.rng, "VE")), " (RUT en trámite).\n")
    else:
        ns = adult(w, True)
        d.w("Alta nueva: ", PER(ns.sf()), " – CI ", NID(ci_uy(w.rng)), ", falta carné de salud.\n")
    return d


def es_care_contactos(w):
    d = Doc()
    d.w("Nº usuario\tUsuario\tDomicilio\tContacto\tParentesco\tTeléfono\tCorreo\tLlave\n")
    for _ in range(w.rng.randint(3, 4)):
        cl = client_elderly(w)
        k = cid(w, "client")
        ca = addr(w)
        for j in range(w.rng.randint(1, 2)):
            rel = w.pick(["hija", "hijo", "sobrina", "vecina", "nuera", "hermano", "amiga"])
            c = w.child_of(cl, female=rel in ("hija",)) if rel in ("hija", "hijo") else adult(w, rel not in ("hermano", "hijo"))
            d.w(CID(k), "\t", PER(cl.sf() if w.chance(0.5) else cl.full()), "\t", ADR(ca) if j == 0 else "idem", "\t", PER(c.full() if w.chance(0.7) else c.call()),
                "\t", rel, "\t", PHO(w.phone()), "\t", EML(w.email(c)) if w.chance(0.6) else "-", "\t", w.pick(["sí", "no", "no"]), "\n")
    d.w("\n(exportado ", w.date(), " – uso interno)\n")
    return d


def es_care_carta(w):
    d = Doc()
    ag = agency_of(w)
    sol = adult(w, True)
    cl = w.parent_of(sol, w.chance(0.6), 1937)
    ts = adult(w, True)
    jefe = adult(w)
    pub = org(w, "public")
    d.w(ORG(pub), "\n")
    d.w({"ES": "Servicios Sociales – Centro de Acción Social", "CL": "Dirección de Desarrollo Comunitario – Oficina del Adulto Mayor",
         "UY": "Área de Cuidados – Atención Ciudadana"}[w.cc], "\n")
    d.w("Expte.: ", CID(cid(w, "case")), "\n", w.date("%d/%02d/%d"), "\n\n")
    d.w(sol.title("es", formal=True) if w.cc == "ES" else "Sra.", " ", PER(sol.full()), "\n", ADR(addr(w)), "\n\n")
    d.w("Estimada ", "Sra." if w.chance(0.6) else "señora", " ", PER(sol.sur1() if w.chance(0.6) else sol.sur()), ":\n\n")
    who = "su madre" if cl.female else "su padre"
    d.w("En relación con la solicitud presentada por usted en nombre de ", who, ", ", cl.title("es", formal=True), " ",
        PER(cl.full()), ", con ", id_word(w), " ", NID(natid(w, cl)), ", le comunicamos que se ha resuelto ")
    if w.cc == "ES":
        d.w("reconocer el grado II de dependencia y aprobar en el Programa Individual de Atención (PIA) un servicio de ayuda a ",
            "domicilio de 45 horas mensuales, que prestará la empresa ", ORG(ag), ".\n\n")
    elif w.cc == "CL":
        d.w("su ingreso al Programa de Atención Domiciliaria, con visitas de cuidadora tres veces por semana a cargo de ",
            ORG(ag), ", en coordinación con el ", ORG(org(w, "gp")), ".\n\n")
    else:
        d.w("otorgar el servicio de Asistente Personal (80 horas mensuales). El servicio será brindado por ", ORG(ag),
            " y cofinanciado por el ", ORG(w.pick(["BPS", "Sistema Nacional de Cuidados"])), ".\n\n")
    d.w("Para cualquier consulta puede dirigirse a su trabajadora social de referencia, ", ts.title("es", formal=True), " ",
        PER(ts.full()), ", en el teléfono ", PHO(w.phone(mobile=False)), " o en ", EML(w.work_email(ts, dom(pub, es_tld(w)))), ".\n\n")
    d.w("Atentamente,\n\nFdo.: ", PER(jefe.full()), "\n", "Jefe de Servicio" if not jefe.female else "Jefa de Servicio", "\n")
    return d


def es_care_factura(w):
    d = Doc()
    ag = agency_of(w)
    pag = adult(w)
    cl = client_elderly(w)
    d.w(ORG(ag), "\n", ADR(addr(w)), "\n\n")
    title = {"ES": "FACTURA Nº ", "CL": "BOLETA ELECTRÓNICA N° ", "UY": "e-Factura Serie A Nº "}[w.cc]
    d.w(title, CID(cid(w, "invoice")), "\tFecha: ", w.date(), "\n\n")
    d.w("Cliente: ", PER(pag.full().upper() if w.chance(0.4) else pag.full()), "\t", id_word(w), ": ", NID(natid(w, pag)), "\n")
    d.w("Usuario del servicio: ", PER(cl.full()), " (nº ", CID(cid(w, "client")), ")\n\n")
    d.w("Concepto\tHoras\tImporte\n")
    for item in w.rng.sample(["Ayuda a domicilio L-V", "Servicio fin de semana", "Acompañamiento médico",
                              "Noches (pernocta)", "Festivos", "Respiro familiar"], 3):
        d.w(item, "\t", str(w.rng.randint(4, 60)), "\t", w.money(40, 900), "\n")
    d.w("\nTOTAL: ", w.money(300, 2000), "\n\n")
    if w.cc == "ES":
        d.w("Forma de pago: domiciliación bancaria SEPA. Ref. mandato: ", CID(cid(w, "mandate")), "\nIBAN: ",
            IBN(w.iban("ES")), " (", ORG(org(w, "bank")), "), titular: ", PER(pag.full()), "\n")
    elif w.cc == "CL":
        d.w("Forma de pago: PAC ", ORG(org(w, "bank")), ", mandato N° ", CID(cid(w, "pac")), ". Titular: ",
            PER(pag.full()), "\n")
    else:
        d.w("Forma de pago: débito automático ", ORG(org(w, "bank")), ", autorización ", CID(cid(w, "pac")), ". Titular: ",
            PER(pag.full()), "\n")
    d.w("Consultas: ", EML("administracion@" + dom(ag, es_tld(w))), " – ", PHO(w.phone(mobile=False)), "\n")
    return d


def es_care_incidencia(w):
    d = Doc()
    cl = client_elderly(w)
    aux = adult(w, True)
    fam = w.child_of(cl)
    coord = adult(w)
    d.w("PARTE DE INCIDENCIA\tNº ", CID(cid(w, "case")), "\n")
    d.w("Usuario/a: ", PER(cl.full()), "\t", id_word(w), " ", NID(natid(w, cl)), "\n")
    d.w("Auxiliar: ", PER(aux.full()), "\nFecha y hora: ", w.date(), " ", w.time(), "\n\n")
    d.w("Descripción: al llegar al domicilio (", ADR(addr(w)), ") la auxiliar encuentra a ", PER(cl.call()),
        " en el suelo del baño, consciente. No se le levanta. Se llama al ", {"ES": "112", "CL": "131 (SAMU)", "UY": w.pick(["911", "la emergencia móvil"])}[w.cc],
        ". Ambulancia tarda 35 min. Se avisa a ", "su hija " if fam.female else "su hijo ", PER(fam.full()), " al ",
        PHO(w.phone(mobile=True)), ". Traslado a ", ORG(org(w, "hosp")), ".\n")
    d.w("El gato (", w.pick(PETS), ") queda en casa; la vecina, ", w.pick(["Sra.", "la señora", "la Sra."]), " ",
        PER(adult(w, True).sur1()), ", se encarga. El coche ", "de la hija" if fam.female else "del hijo", " (",
        {"ES": w.pick(["4521 KJM", "8830 HBD", "M-4417-YZ"]), "CL": w.pick(["BB-CL 23", "GFTR-45", "KXPT 71"]),
         "UY": w.pick(["SBC 1234", "MAA 4420", "ATP 9031"])}[w.cc], ") estaba en el vado.\n\n")
    d.w("Lesiones: hematoma cadera dcha.\nTeleasistencia (", ORG(org(w, "tele")), "): no llevaba el pulsador.\n\n")
    d.w("Comunicado a coordinación: ", PER(coord.full()), " – ", w.time(), "\nFirma auxiliar: ", PER(aux.initial()), "\n")
    return d


def es_care_reclamacion(w):
    d = Doc()
    ag = agency_of(w)
    hija = adult(w, True)
    cl = w.parent_of(hija, w.chance(0.5), 1936)
    a1, a2 = adult(w, True), adult(w, True)
    resp = adult(w)
    d.w("De: ", PER(hija.full()), " <", EML(w.email(hija)), ">\nEnviado: ", w.date(), " ", w.time(), "\n")
    d.w("Para: ", EML("atencioncliente@" + dom(ag, es_tld(w))), "\nAsunto: RECLAMACIÓN – servicio a mi ", "madre" if cl.female else "padre", "\n\n")
    d.w("Buenas tardes:\n\nLes escribo por tercera vez por el servicio que recibe mi ", "madre" if cl.female else "padre", ", ",
        *tfull(w, cl, "es", formal=w.chance(0.5)))
    d.w(" (usuario nº ", CID(cid(w, "client")), "). El sábado no vino nadie a la hora de la comida y el domingo ",
        PER(a1.given), " llegó a las 12:40 en vez de a las 10. Ya sé que no es culpa de ", PER(a1.given),
        ", que la mandan desde la otra punta, pero así no se puede.\n\n")
    d.w("Además la chica nueva, creo que se llama ", PER(a2.given), ", dejó la puerta del patio abierta. ",
        "Mi ", "madre" if cl.female else "padre", " tiene 90 años y Alzheimer. Llamé al teléfono de urgencias (",
        PHO(w.phone(mobile=True)), ") y nadie contestó.\n\nQuiero hablar directamente con ", PER(resp.full()),
        " y, si esto sigue, lo pondré en conocimiento de ", ORG(org(w, "public")), ".\n\n")
    d.w("Un saludo,\n", PER(hija.call()), "\n", PHO(w.phone()), "\n")
    return d


def es_care_buzon(w):
    d = Doc()
    ag = agency_of(w)
    cl = client_elderly(w)
    h1 = w.child_of(cl, female=True)
    h2 = w.child_of(cl, female=False)
    h2 = w.person(female=False, culture=h1.culture, surn=h1.surn, year=1968)
    aux = adult(w, True)
    d.w("Buzón de voz – oficina ", ORG(ag), " – ", w.date(), " ", w.time(), "\nNúmero entrante: ", PHO(w.phone(mobile=True)), "\n\n")
    d.w("\"Hola, buenas, soy ", PER(h1.call()), ", la hija de ", cl.don(), " ", PER(cl.given), ", ", PER(cl.full()),
        ", de la calle ", w.pick(ES_STREETS if w.cc == "ES" else (CL_STREETS if w.cc == "CL" else UY_STREETS)), ". ",
        "Eh… llamo porque la chica de la tarde, ", PER(aux.given), " creo, me dice que se acabaron las pastillas del ",
        w.pick(MEDS_ES), " y que en la farmacia no se las dan sin receta. Mi hermano y yo, bueno, ", PER(h1.given), " y ",
        PER(h2.full()), ", estamos fuera hasta el lunes. ¿Me pueden llamar al ", PHO(w.phone(mobile=True)),
        "? O a mi marido, ", PER(w.person(female=False).call()), ", al ", PHO(w.phone()),
        ". El número de expediente creo que es el ", CID(cid(w, "client")), ". Gracias, chao.\"\n\n")
    d.w("[Transcripción automática]\nGestionado por: ", PER(adult(w).initial()), " – llamada devuelta ", w.time(), "\n")
    return d


def es_care_whatsapp(w):
    d = Doc()
    people = [adult(w, True) for _ in range(3)] + [adult(w, False)]
    cl = client_elderly(w)
    cl2 = client_elderly(w)
    day, mon = w.rng.randint(1, 28), w.rng.randint(1, 12)
    coord = people[0]
    def line(p, items, hh, mm):
        d.w("%d/%d/26 %d:%02d - " % (day, mon, hh, mm) if w.cc != "ES" else "%02d/%02d/2026, %02d:%02d - " % (day, mon, hh, mm),
            PER(p.call() if w.chance(0.6) else p.short()), ": ", *items)
        d.t("\n")
    pre = (lambda h, m: "%02d/%02d/2026, %02d:%02d - " % (day, mon, h, m)) if w.cc == "ES" else (lambda h, m: "%d/%d/26 %d:%02d - " % (day, mon, h, m))
    d.t(pre(7, 0) + "Los mensajes y las llamadas están cifrados de extremo a extremo.\n")
    d.w(pre(7, 1), PER(coord.short()), " añadió a ", PER(people[3].short()), "\n")
    line(coord, ["Buenos días chicas!! y chico 😅 bienvenido ", PER(people[3].given)], 7, 2)
    line(people[1], ["bienvenido!!"], 7, 10)
    line(people[2], ["alguien sabe si la hija de ", cl.don().lower(), " ", PER(cl.given), " ha vuelto? la casa esta helada"], 8, 15)
    line(coord, ["vuelve el jueves. ", PER(w.child_of(cl).given), " dice q dejéis la calefacción a 21. su móvil ",
                 PHO(w.phone(mobile=True))], 8, 19)
    line(people[3], ["<Multimedia omitido>"], 9, 33)
    line(people[3], ["esta es la medicación buena de ", *w.pick([("la señora ", PER(cl2.sur1())), ("doña " if cl2.female else "don ", PER(cl2.given)),
                                                                   ("", PER(lo(w, cl2.call())))]),
                     "? pone ", w.pick(MEDS_ES)], 9, 34)
    line(people[1], ["si es esa. la farmacia es ", ORG(org(w, "pharm")), " x si hay q llamar"], 9, 41)
    line(coord, ["Usuaria nueva desde el lunes: ", PER(client_elderly(w, True).full()), ", ", ADR(addr(w)),
                 ". La llave la tiene la portera"], 11, 20)
    line(coord, ["Recordad: partes de horas a ", EML("rrhh@" + dom(agency_of(w), es_tld(w))), " antes del viernes. ",
                 "Dudas de nómina con ", PER(adult(w).full()), ", no conmigo jaja"], 12, 5)
    return d


def es_care_sms(w):
    d = Doc()
    ag = agency_of(w)
    a = [adult(w, True), adult(w, True), adult(w, False)]
    cls = [client_elderly(w) for _ in range(3)]
    d.w("Registro SMS – móvil de guardia ", ORG(ag), "\n")
    dd, mm = w.rng.randint(1, 25), w.rng.randint(1, 12)
    msgs = [
        ("REC", ["Hola soy ", PER(a[0].call()), ", llego 10 min tarde a casa de ", cls[0].title("es", w.rng), " ",
                 PER(cls[0].sur1()), ", mucho trafico"]),
        ("ENV", ["ok ", PER(a[0].call()), ", aviso a ", PER(w.child_of(cls[0]).given)]),
        ("REC", ["Soy ", PER(a[1].full()), ". ", PER(cls[1].full()), " no abre la puerta y la llave del cajetin no esta. q hago?"]),
        ("ENV", ["llama a la sobrina ", PER(adult(w, True).short()), " ", PHO(w.phone(mobile=True)), " q tiene copia"]),
        ("REC", ["no puedo el domingo x la mañana, tengo lo de mi hijo. puede cambiarmelo ", PER(a[2].given), "? ",
                 PER(a[0].given)]),
        ("REC", ["buenas soy ", PER(w.child_of(cls[2]).full()), ", mi ", "madre" if cls[2].female else "padre",
                 " esta ingresad", "a" if cls[2].female else "o", " en el ", ORG(org(w, "hosp")), " desde anoche, anulen visitas"]),
        ("ENV", ["Lo sentimos. Anotado en el expediente ", CID(cid(w, "client")), ". Que se mejore ", PER(cls[2].given)]),
    ]
    if w.cc == "ES":
        msgs.append(("REC", ["hola ", PER(adult(w).given), " me cambias la cuenta de la nomina? nueva: ",
                             IBN(iban(w.rng, w.pick(["ES", "ES", "RO", "PT"]))), " gracias!! ", PER(a[1].call())]))
    for i, (dr, items) in enumerate(msgs):
        if i > 0 and w.chance(0.15):
            continue
        d.w("%02d/%02d %s %s " % (dd + i // 3, mm, w.time(), dr), "de " if dr == "REC" else "a ",
            PHO(w.phone(mobile=True)), ": ", *items)
        d.t("\n")
    return d


def es_care_reenvio(w):
    d = Doc()
    ag = agency_of(w)
    hija = adult(w, True)
    cl = w.parent_of(hija, w.chance(0.5), 1939)
    to = adult(w, culture=None)
    medico = adult(w)
    d.w("De: ", PER(hija.full()), " <", EML(w.email(hija)), ">\nEnviado: ", w.date(), " ", w.time(), "\nPara: ", PER(to.full()),
        " <", EML(w.work_email(to, dom(ag, es_tld(w)))), ">\nAsunto: RV: Informe alta ", PER(cl.short()), "\n\n")
    d.w("Hola ", PER(to.given), ", os reenvío lo que nos mandó el médico. ¿Lo pueden leer las auxiliares? Gracias, ",
        PER(hija.call()), "\n\n")
    d.w("-------- Mensaje original --------\nDe: ", "Dr. " if w.chance(0.5) else "", PER(medico.full()), " <",
        EML(w.work_email(medico, dom(org(w, "hosp"), es_tld(w)))), ">\nFecha: ", w.date(), "\nAsunto: Informe alta\n\n")
    d.w("Estimada ", PER(hija.given), ":\n\nTras la visita al domicilio (", ADR(addr(w)), ") le indico que ", PER(cl.call()),
        " debe hacer fisioterapia tres veces por semana y no ducharse sin ayuda hasta nueva orden. ")
    d.w("Le he pedido a ", ORG(org(w, "equip")), " una silla de ducha (pedido ", CID(cid(w, "case")), "). ")
    hs = w.person(female=True, culture=hija.culture, surn=hija.surn, year=1966)
    hn = w.person(female=False, culture=hija.culture, surn=hija.surn, year=1970)
    d.w("He puesto en copia a sus hermanos, ", PER(hs.given), " y ", PER(hn.full()), ".\n\nUn saludo,\n", PER(medico.full()),
        "\n", ORG(org(w, "hosp")), " – ", PHO(w.phone(mobile=False)), "\n")
    return d


# ---------------------------------------------------------------------------
# Spanish, academy / sports club (Spain, Colombia, Venezuela)
# ---------------------------------------------------------------------------
def kid_id(w, k):
    if w.cc == "CO":
        return "T.I.", ti_co(w.rng)
    if w.cc == "VE":
        n = w.rng.randint(30500000, 36900000)
        return "C.I.", w.pick(["V-" + dots(n), "V" + str(n), "V-" + str(n)])
    return "DNI", dni(w.rng)


def es_ac_inscripcion(w):
    d = Doc()
    ac = org(w, "academy")
    mum, dad, kids = family(w)
    k = kids[0]
    U = str.upper
    d.w("FICHA DE INSCRIPCIÓN CURSO 2026-2027 – ", ORG(U(ac)), "\n\n")
    d.w("NOMBRE Y APELLIDOS DEL ALUMNO/A: ", PER(U(k.full())), "\nFECHA DE NACIMIENTO: ", w.date(year=k.year), "\n")
    kw, kv = kid_id(w, k)
    if w.cc != "ES" or w.chance(0.5):
        d.w(kw, ": ", NID(kv), "\n")
    d.w("COLEGIO: ", ORG(U(org(w, "school"))), "   CURSO: ", w.pick(["3º PRIMARIA", "5º", "1º ESO", "GRADO 4", "6TO GRADO"]), "\n")
    d.w("ACTIVIDAD: ", w.pick(["FÚTBOL ALEVÍN (L-X 17:30)", "NATACIÓN NIVEL 2", "PIANO + LENGUAJE MUSICAL",
                              "FÚTBOL SUB-10 Y GUITARRA", "INGLÉS B1 (REFUERZO)"]), "\n\n")
    d.w("MADRE/TUTORA: ", PER(U(mum.full())), "   ", id_word(w), ": ", NID(natid(w, mum)), "\n")
    d.w("MÓVIL: ", PHO(w.phone(mobile=True)), "   CORREO: ", EML(U(w.email(mum)) if w.chance(0.4) else w.email(mum)), "\n")
    if dad:
        d.w("PADRE/TUTOR: ", PER(U(dad.full())), "   ", id_word(w), ": ", NID(natid(w, dad)), "\n")
        d.w("MÓVIL: ", PHO(w.phone(mobile=True)), "\n")
    d.w("DOMICILIO: ", ADR(U(addr(w))), "\n\n")
    if w.cc == "CO":
        d.w("EPS: ", ORG(U(org(w, "ins"))), "   ")
    elif w.cc == "VE":
        d.w("SEGURO: ", ORG(U(org(w, "ins"))), "   ")
    else:
        d.w("SEGURO MÉDICO: ", ORG(U(org(w, "ins"))), "   ")
    d.w("ALERGIAS: ", w.pick(["NINGUNA", "FRUTOS SECOS", "PENICILINA", "ASMA (VENTOLÍN)"]), "\n")
    d.w("AUTORIZO A RECOGER AL MENOR A: ", PER(U(w.person(year=1955).full())), " (ABUELA/O)\n")
    if w.cc == "ES":
        d.w("DOMICILIACIÓN – IBAN: ", IBN(w.iban("ES")), "\n")
    d.w("\nNº MATRÍCULA (A RELLENAR POR LA ACADEMIA): ", CID(cid(w, "enrol")), "\n")
    return d


def es_ac_recibo(w):
    d = Doc()
    ac = org(w, "academy")
    mum, dad, kids = family(w)
    pay = dad if dad and w.chance(0.4) else mum
    d.w(ORG(ac), "\n", ADR(addr(w)), " · ", PHO(w.phone(mobile=False)), "\n\n")
    d.w("RECIBO Nº ", CID(cid(w, "receipt")), "\t", w.date(), "\n\n")
    d.w("Recibimos de ", pay.title("es", w.rng), " ", PER(pay.full()), " (", id_word(w), " ", NID(natid(w, pay)), ")")
    d.w(" la cantidad de ", w.money(30, 300), " en concepto de:\n")
    for k in kids:
        d.w("  - Cuota ", month_es(w), " – ", PER(k.short()), " (", w.pick(["fútbol", "natación", "piano", "violín", "inglés"]),
            ")\n")
    if w.cc == "VE":
        d.w("Forma de pago: pago móvil ", ORG(org(w, "bank")), " desde ", PHO(w.phone(mobile=True)), ", C.I. ",
            NID(ci_ve(w.rng)), ", ref. 00", str(w.rng.randint(100000, 999999)), "\n")
    elif w.cc == "CO":
        d.w("Forma de pago: ", w.pick(["transferencia ", "PSE ", "consignación "]), ORG(org(w, "bank")), "\n")
    else:
        d.w("Forma de pago: recibo domiciliado, IBAN ", IBN(w.iban("ES")), ", mandato ", CID(cid(w, "mandate")), "\n")
    d.w("Nº de socio: ", CID(cid(w, "member")), "\n\nFirmado: ", PER(adult(w).full()), ", administración\n")
    return d


def _fixed_phone(w, p, cc):
    """The same chat sender always shows the same number."""
    if not hasattr(p, "_chat_phone"):
        p._chat_phone = w.phone(cc, True)
    return p._chat_phone


def es_ac_whatsapp(w):
    d = Doc()
    day, mon = w.rng.randint(1, 28), w.rng.randint(1, 12)
    coach = adult(w)
    fams = [family(w) for _ in range(3)]
    def ts(h, m):
        return "[%d/%d/26, %d:%02d:%02d] " % (day, mon, h, m, w.rng.randint(0, 59))
    def sender(mum, kid, style):
        if style == 0:
            return [PER(mum.call())]
        if style == 1:
            return [PER(mum.given), " (mamá ", PER(kid.given), ")"]
        if style == 2:
            return ["Mamá ", PER(kid.given + " " + kid.sur1()[0] + ".")]
        return [PHO(_fixed_phone(w, mum, w.cc))]
    grp_name = w.pick(["Alevín B ⚽ familias", "Padres sub-10 ⚽", "Benjamín A 2026", "Sub-10 2026", "Papás fútbol sábados"])
    d.w(ts(20, 1), grp_name, ": ", PER(coach.full()), " creó el grupo\n")
    d.w(ts(20, 2), PER(coach.call()), ": Buenas noches familias, el sábado el partido es contra el ",
        ORG(w.pick({"ES": ["Rayo Majadahonda", "CD Canillas", "SD Deusto", "CF Damm"],
                    "CO": ["Club Deportivo Los Cerezos", "Atlético Suba", "Academia Tahuichi Bogotá"],
                    "VE": ["Deportivo Chacao C.A.", "Escuela de Fútbol Los Caobos", "Atlético Venezuela Sub-12"]}[w.cc])), " a las 10h. Convocados en el portal 🙏\n")
    st = [0, 1, 2, 3]
    w.rng.shuffle(st)
    (m0, _, k0), (m1, _, k1), (m2, d2, k2) = fams
    d.w(ts(20, 5), *sender(m0, k0[0], st[0]))
    d.w(": Gracias ", PER(coach.call()), "!! ", PER(k0[0].given), " tiene fiebre, no creo q pueda ir 🤒\n")
    d.w(ts(20, 9), *sender(m1, k1[0], st[1]))
    d.w(": alguien puede llevar a ", PER(k1[0].given), "? yo trabajo hasta las 14\n")
    d.w(ts(20, 12), *sender(m2, k2[0], st[2]))
    d.w(": nosotros lo llevamos, ", *(("", PER(d2.call())) if d2 else ("mi hermana ", PER(adult(w, True).given))), " va igual con ", PER(k2[0].given), ". Quedamos en la puerta del ",
        ORG(org(w, "school")), "?\n")
    d.w(ts(20, 13), *sender(m1, k1[0], st[1]))
    d.w(": mil gracias guapa ❤️\n")
    d.w(ts(21, 30), *sender(m0, k0[0], st[0]))
    d.w(": otra cosa, la cuota de la equipación sigue siendo ", w.money(20, 45), "? a quién se la paso, a ",
        PER(adult(w).full()), "?\n")
    d.w(ts(21, 41), PER(coach.call()), ": por la web mejor, con el nº de socio del niño (", PER(k0[0].given), " es el ",
        CID(cid(w, "member")), ")\n")
    return d


def es_ac_cronica(w):
    d = Doc()
    ac = org(w, "football")
    coach = adult(w)
    players = [w.person(year=2015) for _ in range(9)]
    if w.chance(0.5):
        opp = w.pick({"ES": ["CD Canillas", "AD Complutense", "UD Las Rozas", "CF Damm", "SD Deusto"],
                      "CO": ["Club Deportivo Atlético Suba", "Academia Tahuichi Bogotá", "Club Deportivo Los Cerezos",
                             "Escuela de Fútbol Carlos Sarmiento Lora"],
                      "VE": ["Deportivo Chacao C.A.", "Escuela de Fútbol Los Caobos", "Atlético Venezuela Sub-12",
                             "Academia Deportiva Cristóbal Rojas"]}[w.cc])
        if opp == ac:
            opp = "Club Deportivo Arenal B"
        d.w("CRÓNICA – ALEVÍN A\n", ORG(ac), " 3 – ", str(w.rng.randint(0, 4)), " ", ORG(opp), "\n", w.date(), "\n\n")
        d.w("Alineación: ")
        for i, p in enumerate(players):
            d.w(PER(p.given if w.chance(0.6) else p.short()), " (", str(w.rng.randint(1, 23)), ")")
            d.t(", " if i < 8 else "\n\n")
        a, b, c = players[8], players[5], players[0]
        d.w("Mañana fría pero los chavales salieron con todo. Abrió el marcador ", PER(a.given), " a los diez minutos tras un pase de ",
            PER(b.given), ". ", PER(c.short()), " en la portería paró un penalti antes del descanso. En la segunda parte ",
            PER(b.given), " hizo el 2-1 de cabeza y ", PER(a.given), " cerró el partido.\n\n")
        d.w("Gracias a ", PER(adult(w, True).given), " por la fruta y al árbitro, ", w.pick(["el Sr.", "D."]), " ",
            PER(adult(w, False).sur()), ".\n— Míster ", PER(coach.call()), "\n")
    else:
        d.w("RESULTADOS – Trofeo ", w.pick(["de Primavera", "Villa de Getafe", "Interclubes", "Ciudad de Valencia"]),
            " – 50 m libre benjamín femenino\n", w.date(), "\n\nPuesto;Nadadora;Club;Licencia;Tiempo\n")
        ac = org(w, "swim")
        clubs = [ac] + {"ES": ["CN Sant Andreu", "CN Alcobendas", "CD Arenal", "Club Natación Metropole"],
                        "CO": ["Liga de Natación de Bogotá", "Club Acuático Los Andes", "Club Deportivo Los Cerezos"],
                        "VE": ["Club Natación Altamira", "Club Delfines de Chacao", "Club Náutico La Guaira"]}[w.cc]
        for i in range(w.rng.randint(5, 7)):
            p = w.person(female=True, year=2016)
            d.w(str(i + 1), ";", PER(p.sf(caps=w.chance(0.6))), ";", ORG(w.pick(clubs)), ";", CID(cid(w, "member")), ";",
                "%d.%02d" % (w.rng.randint(36, 49), w.rng.randint(0, 99)), "\n")
        d.w("\nJuez árbitro: ", PER(adult(w).full()), ". Reclamaciones en 30 min a ", EML("competicion@" + dom(ac, es_tld(w))), "\n")
    return d


def es_ac_profesores(w):
    d = Doc()
    ac = org(w, "academy")
    d.w("Listado de profesorado y entrenadores – ", ORG(ac), " – actualizado ", w.date(), "\n\n")
    d.w("Apellidos, Nombre\tÁrea\tMóvil\tCorreo\t", id_word(w), "\n")
    areas = ["Fútbol (benjamín)", "Fútbol (alevín)", "Natación", "Piano", "Guitarra", "Lenguaje musical", "Inglés",
             "Coordinación", "Portería", "Violín"]
    for _ in range(w.rng.randint(5, 7)):
        p = adult(w)
        d.w(PER(p.sf(caps=w.chance(0.5))), "\t", w.pick(areas), "\t", PHO(w.phone(mobile=True)), "\t",
            EML(w.work_email(p, dom(ac, es_tld(w))) if w.chance(0.6) else w.email(p)), "\t", NID(natid(w, p)), "\n")
    d.w("\nCoordinadora general: ", PER(adult(w, True).full()), ". Sustituciones: avisar a ", PER(adult(w).call()), ".\n")
    return d


def es_ac_autorizacion(w):
    d = Doc()
    ac = org(w, "academy")
    mum, dad, kids = family(w)
    k = kids[0]
    firm = dad if dad and w.chance(0.4) else mum
    resp = adult(w)
    d.w("AUTORIZACIÓN SALIDA Y FICHA MÉDICA\n", ORG(ac), "\n\n")
    d.w("Salida: ", w.pick({"ES": ["Torneo de fútbol en Segovia", "Concierto fin de curso en el Auditorio", "Excursión a Cosmocaixa"],
                            "CO": ["Convivencia en Villa de Leyva", "Torneo intercolegiado en Girardot", "Concierto en el Teatro Colsubsidio"],
                            "VE": ["Campamento de natación en la Colonia Tovar", "Torneo en Puerto La Cruz", "Concierto en la Sala Ríos Reyna"]}[w.cc]),
        " – ", w.date(), "\n")
    d.w("Transporte: ", ORG(org(w, "transport")), "   Responsable: ", PER(resp.full()), " (", PHO(w.phone(mobile=True)), ")\n\n")
    d.w("Yo, ", PER(firm.full()), ", con ", id_word(w), " ", NID(natid(w, firm)), ", como ", "madre" if firm.female else "padre",
        "/tutor legal de ", PER(k.full()), ", ")
    kw, kv = kid_id(w, k)
    if w.cc != "ES" or w.chance(0.4):
        d.w(kw, " ", NID(kv), ", ")
    d.w("autorizo su participación en la actividad indicada.\n\n")
    d.w("DATOS MÉDICOS\nAlergias: ", w.pick(["ninguna", "ibuprofeno", "polen", "marisco"]), "\nMedicación: ",
        w.pick(["Ventolín si precisa", "ninguna", "Dalsy 5 ml si fiebre"]), "\n")
    if w.cc == "ES":
        d.w("Nº afiliación Seguridad Social: ", NID(nuss(w.rng)), "\n")
    else:
        d.w(("EPS: " if w.cc == "CO" else "Seguro: "), ORG(org(w, "ins")), " – carné ", CID(cid(w, "member")), "\n")
    d.w("Teléfono de urgencias: ", PHO(w.phone(mobile=True)), " (", PER(w.person(year=1956).call()), ", abuela)\n\n")
    d.w("Firma: ", PER(firm.initial()), "\tFecha: ", w.date(), "\n")
    return d


def es_ac_boletin(w):
    d = Doc()
    ac = org(w, "academy")
    dire = adult(w)
    p1, p2 = adult(w), adult(w, True)
    k1, k2 = w.person(year=2013), w.person(year=2014)
    d.w("BOLETÍN DE PRIMAVERA – ", ORG(ac), "\n\nQueridas familias:\n\n")
    art, mus = w.pick({"ES": [("el ", "Conservatorio Profesional de Música Arturo Soria"),
                              ("el ", "Conservatori Professional de Música de Girona"), ("la ", "Escuela de Música Allegro")],
                       "CO": [("la ", "Fundación Nacional Batuta"), ("el ", "Conservatorio del Tolima")],
                       "VE": [("", "El Sistema"), ("la ", "Fundación Musical Simón Bolívar"),
                              ("el ", "Conservatorio de Música Simón Bolívar")]}[w.cc])
    d.w("¡Qué trimestre! Enhorabuena a ", PER(k1.full()), ", que ha aprobado el grado elemental en ", art,
        ORG(mus), ", y a ", PER(k2.short()), ", convocad", "a" if k2.female else "o",
        " por la ", ORG(w.pick(ORGS[w.cc]["fed"])), ".\n\n")
    d.w("Despedimos a ", PER(p1.full()), ", que se va a ", w.pick(["Lima", "Valencia", "Barranquilla", "Maracaibo", "Santiago"]),
        " – ¡gracias, ", PER(p1.call()), "! Se incorpora ", PER(p2.full()), " como coordinadora de natación.\n\n")
    d.w("Equipaciones: ya están disponibles en ", ORG(w.pick(["Decathlon", "Joma Sport S.A.", "Panamericana Librería y Papelería S.A.",
                                                             "Deportes Hermanos Ruiz"])), ". Objetos perdidos: una bota Adidas, ",
        "tres botellas y una flauta Yamaha en conserjería.\n\n")
    d.w("Las cuotas de ", month_es(w), " vencen el día 5. ", "Indicad" if w.cc == "ES" else "Indiquen", " siempre el número de familia (por ejemplo ",
        CID(cid(w, "member")), ") en el concepto.\n\n")
    d.w("Un abrazo,\n", PER(dire.full()), "\nDirección\n", EML(w.work_email(dire, dom(ac, es_tld(w)))), " · ",
        PHO(w.phone(mobile=False)), "\n")
    return d


def es_ac_acta(w):
    d = Doc()
    ac = org(w, "academy")
    att = [adult(w) for _ in range(w.rng.randint(6, 8))]
    body = "AMPA" if w.cc == "ES" else "Asociación de Padres de Familia"
    d.w("ACTA DE LA REUNIÓN – ", body, " ", ORG(ac), "\n", w.date(), ", 19:00 h, sala de música\n\n")
    d.w("Asistentes: ")
    for i, p in enumerate(att[:-2]):
        fm = w.rng.randint(0, 3)
        if fm == 0:
            d.w(p.title("es", formal=True), " ", PER(p.full()))
        elif fm == 1:
            d.w(PER(p.sf()))
        else:
            d.w(PER(p.full()))
        d.t(w.pick(["; ", "; "]) if i < len(att) - 3 else ".\n")
    a, b = att[-2], att[-1]
    bb = w.person(female=not b.female, culture=b.culture, surn=b.surn, year=1980)
    d.w("Excusan asistencia: ", PER(a.full()), " y el matrimonio ", PER(b.given), " y ", PER(bb.full()), ".\n\n")
    pres, tes, sec = att[0], att[1], att[2]
    d.w("1. Se aprueba el acta anterior (propone ", PER(tes.given), ", secunda ", PER(sec.given), ").\n")
    d.w("2. Tesorería: saldo de ", w.money(500, 5000), ". ", PER(tes.call()), " informa de 5 familias con recibos devueltos; ",
        "se enviará carta a los socios ", CID(cid(w, "member")), " y ", CID(cid(w, "member")), ".\n")
    d.w("3. Fiesta fin de curso: ", PER(sec.call()), " pedirá presupuesto a ", ORG(org(w, "caterer")), ". El cuñado de ",
        PER(att[3].given), ", ", PER(w.person(female=False).full()), ", se ofrece para la parrillada.\n")
    d.w("4. Ruegos: quejas por el aparcamiento en la ", w.pick(["calle", "avenida", "carrera"]), " del colegio. ", PER(pres.given),
        " escribirá a ", ORG(w.pick({"ES": ["Ayuntamiento de Getafe", "Concello de Vigo", "Ajuntament de Girona", "Ayuntamiento de Valladolid"],
                                 "CO": ["Alcaldía Local de Suba", "Secretaría de Movilidad de Bogotá", "Alcaldía de Envigado"],
                                 "VE": ["Alcaldía de Chacao", "Alcaldía de Baruta", "Alcaldía de Valencia"]}[w.cc])), ".\n\n")
    d.w("Fdo. ", "La secretaria" if sec.female else "El secretario", ", ", PER(sec.short()), "    Vº Bº ",
        "La presidenta" if pres.female else "El presidente", ", ", PER(pres.short()), "\n")
    return d


def es_ac_resena(w):
    d = Doc()
    ac = org(w, "academy")
    par = adult(w)
    k = w.child_of(par, year=2016)
    t = adult(w)
    dueno = adult(w)
    d.w(PER(par.given + " " + par.sur1()), " · ", str(w.rng.randint(2, 30)), " reseñas\n★★☆☆☆ hace ", str(w.rng.randint(2, 11)), " meses\n")
    d.w("Mi ", "hija" if k.female else "hijo", " ", PER(k.given), " lleva dos años en ", ORG(ac), ". Los profes geniales (",
        PER(t.given), " es un amor con los peques) PERO la administración es un desastre. Nos cobraron dos veces la cuota ",
        "de enero (factura ", CID(cid(w, "invoice")), ") y tardaron seis semanas en devolverlo. Nadie coge el ",
        PHO(w.phone(mobile=False)), ". Y aparcar, imposible.\n\n")
    d.w("Respuesta del propietario:\nHola ", PER(par.given), ", gracias por tu comentario y perdona el retraso. Hemos cambiado de ",
        "banco (ahora ", ORG(org(w, "bank")), ") para que no vuelva a pasar. Escríbeme directamente a ",
        EML(w.work_email(dueno, dom(ac, es_tld(w)))), ". ", PER(dueno.full()), ", gerente\n")
    return d


def _partner_es(w):
    p = w.person()
    word = w.pick(["mujer", "pareja"]) if p.female else w.pick(["marido", "pareja"])
    return (word + ", ", PER(p.given))


def es_ac_hilo(w):
    d = Doc()
    ac = org(w, "academy")
    par = adult(w)
    k = w.child_of(par, year=2015)
    adm = adult(w, True)
    d.w("De: ", PER(adm.full()), " <", EML(w.work_email(adm, dom(ac, es_tld(w)))), ">\nPara: ", PER(par.full()), " <",
        EML(w.email(par)), ">\nFecha: ", w.date(), " ", w.time(), "\nAsunto: RE: Cambio de cuenta – ", PER(k.given), "\n\n")
    d.w("Hola ", PER(par.call()), ":\n\nYa está actualizado. ")
    if w.cc == "ES":
        d.w("Nuevo mandato SEPA ", CID(cid(w, "mandate")), ", los recibos se cargarán en ", IBN(w.iban("ES")), " a partir del mes que viene. ")
    elif w.cc == "CO":
        d.w("El débito automático queda en ", ORG(org(w, "bank")), " con la referencia ", CID(cid(w, "mandate")), ". ")
    else:
        d.w("El pago móvil queda registrado al ", PHO(w.phone(mobile=True)), " con C.I. ", NID(ci_ve(w.rng)), ". ")
    d.w("La matrícula de ", PER(k.given), " sigue siendo la ", CID(cid(w, "enrol")), ".\n\nSaludos,\n", PER(adm.given), "\n",
        ORG(ac), " | ", PHO(w.phone(mobile=False)), "\n\n")
    d.w("El ", es_weekday(w), ", ", w.date("%d/%02d/%d"), ", ", PER(par.full()), " <", EML(w.email(par)), "> escribió:\n")
    d.w("> Buenas ", PER(adm.given), ",\n> hemos cambiado de banco (antes ", ORG(org(w, "bank")), "). ¿Podéis pasar la cuota de\n",
        "> ", PER(k.short()), " a la cuenta nueva desde mayo? Mi ", *_partner_es(w), ", firma lo que haga falta.\n> Gracias, ", PER(par.call()), "\n")
    return d


def es_ac_lista(w):
    d = Doc()
    ac = org(w, "academy")
    t = adult(w)
    act, kind = w.pick([("Piano", "music"), ("Guitarra", "music"), ("Natación nivel 1", "swim"), ("Fútbol benjamín", "football"),
                        ("Inglés kids", "academy")])
    ac = org(w, kind)
    d.w(ORG(ac), " – LISTA DE CLASE – ", act,
        "\nProfesor/a: ", PER(t.full()), "\n\n")
    d.w("nº;alumno;edad;tutor;tel;correo\n")
    for i in range(w.rng.randint(5, 7)):
        mum, dad, kids = family(w)
        k = kids[0]
        tut = dad if dad and w.chance(0.35) else mum
        d.w(str(i + 1), ";", PER(k.sf(caps=w.chance(0.6))), ";", str(2026 - k.year), ";", PER(tut.call() if w.chance(0.4) else tut.full()),
            ";", PHO(w.phone(mobile=True)), ";", EML(w.email(tut)) if w.chance(0.6) else "", "\n")
    d.w("\nOjo: ", PER(w.person(year=2016).given), " pasa a los jueves desde la semana que viene (hablado con su madre).\n")
    return d


def es_ac_buzon(w):
    d = Doc()
    ac = org(w, "academy")
    par = adult(w)
    k = w.child_of(par, year=2017)
    coach = adult(w)
    d.w("Mensaje de voz – ", ORG(ac), " – ", w.date(), " ", w.time(), " – ", PHO(w.phone(mobile=True)), "\n\n")
    d.w("\"Hola, buenas tardes, soy ", PER(par.call()), ", ", "la mamá" if par.female else "el papá", " de ", PER(k.given), ", ",
        PER(k.full()), ", del grupo de los sábados. Eh… era para avisar que ", PER(k.given),
        " no va a poder ir a entrenar esta semana porque tenemos cita en ", ORG(org(w, "gp") if w.cc == "ES" else org(w, "ins")), ". ¿Le pueden decir a ",
        PER(coach.given), "? Y otra cosita, todavía no me ha llegado el recibo del campamento, creo que era el ",
        CID(cid(w, "receipt")), ". Mi correo es ", EML(w.email(par)), ". Bueno, gracias, chao chao.\"\n")
    return d


# ---------------------------------------------------------------------------
# Plan of the set: (lang, country, template) per document
# ---------------------------------------------------------------------------
EN_CARE = [en_care_referral, en_care_plan, en_care_visit_notes, en_care_rota, en_care_contacts, en_care_hse_letter,
           en_care_invoice, en_care_incident, en_care_complaint, en_care_voicemail, en_care_sms, en_care_whatsapp,
           en_care_forward]
EN_AC = [en_ac_enrolment, en_ac_receipt, en_ac_whatsapp, en_ac_match_report, en_ac_gala, en_ac_staff_csv,
         en_ac_trip_consent, en_ac_newsletter, en_ac_minutes, en_ac_review, en_ac_fee_thread, en_ac_class_list,
         en_ac_voicemail]
ES_CARE = [es_care_derivacion, es_care_plan, es_care_notas, es_care_cuadrante, es_care_contactos, es_care_carta,
           es_care_factura, es_care_incidencia, es_care_reclamacion, es_care_buzon, es_care_whatsapp, es_care_sms,
           es_care_reenvio]
ES_AC = [es_ac_inscripcion, es_ac_recibo, es_ac_whatsapp, es_ac_cronica, es_ac_profesores, es_ac_autorizacion,
         es_ac_boletin, es_ac_acta, es_ac_resena, es_ac_hilo, es_ac_lista, es_ac_buzon]


def plan():
    rows = []
    for i in range(30):
        rows.append(("en", "IE", EN_CARE[i % len(EN_CARE)]))
    for i in range(30):
        fn = EN_AC[i % len(EN_AC)]
        cc = "ES" if (fn is en_ac_fee_thread and i >= len(EN_AC)) else "UK"
        rows.append(("en", cc, fn))
    care_cc = ["ES", "CL", "UY"]
    for i in range(30):
        rows.append(("es", care_cc[i % 3], ES_CARE[i % len(ES_CARE)]))
    ac_cc = ["ES", "CO", "VE"]
    for i in range(30):
        rows.append(("es", ac_cc[(i + i // 12) % 3], ES_AC[i % len(ES_AC)]))
    return rows


LABELS = ["PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL", "IBAN", "NATIONAL_ID"]


def build_doc(lang, cc, fn, seed, seen):
    for k in range(500):
        rng = random.Random(seed + k * 1000003)
        d = fn(World(rng, cc, lang))
        t = d.text()
        if MIN_LEN <= len(t) <= MAX_LEN and t not in seen:
            return d
    raise RuntimeError("could not build %s/%s within length bounds" % (fn.__name__, cc))


def generate():
    master = random.Random(SEED)
    seeds = [master.randrange(1, 2 ** 31) for _ in range(2 * N_PER_LANG)]
    rows, seen, counters = [], [], {"en": 0, "es": 0}
    for (lang, cc, fn), seed in zip(plan(), seeds):
        d = build_doc(lang, cc, fn, seed, seen)
        text = d.text()
        seen.append(text)
        spans = sorted(d.spans, key=lambda s: (s["start"], s["end"]))
        rows.append({"id": "d9-%s-%03d" % (lang, counters[lang]), "text": text, "lang": lang,
                     "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
        counters[lang] += 1
    return rows


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------
def _iban_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _dni_like_ok(s):
    t = s.replace(".", "").replace("-", "").replace(" ", "").upper()
    if len(t) == 9 and t[:8].isdigit() and t[8].isalpha():
        return DNI_LETTERS[int(t[:8]) % 23] == t[8]
    if len(t) == 9 and t[0] in "XYZ" and t[1:8].isdigit() and t[8].isalpha():
        return DNI_LETTERS[int(str("XYZ".index(t[0])) + t[1:8]) % 23] == t[8]
    return None


def _rut_ok(s):
    t = s.replace(".", "").replace("-", "").upper()
    if not (len(t) >= 8 and t[:-1].isdigit()):
        return False
    total, wgt = 0, 2
    for c in reversed(t[:-1]):
        total += int(c) * wgt
        wgt = 2 if wgt == 7 else wgt + 1
    r = 11 - total % 11
    return t[-1] == ("0" if r == 11 else ("K" if r == 10 else str(r)))


def check(rows):
    problems = []
    texts = []
    for r in rows:
        t = r["text"]
        if not (MIN_LEN <= len(t) <= MAX_LEN):
            problems.append("%s length %d" % (r["id"], len(t)))
        if t in texts:
            problems.append("%s duplicate text" % r["id"])
        texts.append(t)
        prev_end = 0
        for s in r["spans"]:
            a, b, lab = s["start"], s["end"], s["label"]
            frag = t[a:b]
            if not (0 <= a < b <= len(t)):
                problems.append("%s bad offsets %r" % (r["id"], s))
            if a < prev_end:
                problems.append("%s overlap/unsorted at %d" % (r["id"], a))
            if frag != frag.strip() or not frag:
                problems.append("%s whitespace in span %r" % (r["id"], frag))
            if lab not in LABELS:
                problems.append("%s unknown label %s" % (r["id"], lab))
            if lab == "IBAN" and not _iban_ok(frag):
                problems.append("%s bad IBAN %s" % (r["id"], frag))
            if lab == "NATIONAL_ID" and _dni_like_ok(frag) is False and not _rut_ok(frag):
                problems.append("%s bad DNI/NIE %s" % (r["id"], frag))
            prev_end = b
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    return problems


def _distinct(lst):
    out = []
    for x in lst:
        if x not in out:
            out.append(x)
    return out


if __name__ == "__main__":
    rows = generate()
    problems = check(rows)
    again = generate()
    if json.dumps(rows, ensure_ascii=False) != json.dumps(again, ensure_ascii=False):
        problems.append("generate() is not deterministic")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev9.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for s in r["spans"]:
            key = (s["label"], r["lang"])
            counts[key] = counts.get(key, 0) + 1
    print("wrote %s: %d rows (%d en, %d es)" % (out, len(rows), sum(1 for r in rows if r["lang"] == "en"),
                                                sum(1 for r in rows if r["lang"] == "es")))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for lab in LABELS:
        en, es = counts.get((lab, "en"), 0), counts.get((lab, "es"), 0)
        print("%-12s %6d %6d %6d" % (lab, en, es, en + es))
    tot_en = sum(v for (l, g), v in counts.items() if g == "en")
    tot_es = sum(v for (l, g), v in counts.items() if g == "es")
    print("%-12s %6d %6d %6d" % ("ALL", tot_en, tot_es, tot_en + tot_es))
    persons = _distinct([r["text"][s["start"]:s["end"]] for r in rows for s in r["spans"] if s["label"] == "PERSON"])
    given = _distinct([g for c in list(NAMES.values()) + list(KIDS.values()) for k in ("f", "m") for g in c.get(k, [])])
    surn = _distinct([g for c in NAMES.values() for k in ("s", "sf", "sm") for g in c.get(k, [])])
    orgs = _distinct([o for t in ORGS.values() for lst in t.values() for o in lst] + ORGS_EXTRA)
    print("distinct PERSON strings: %d" % len(persons))
    print("name lists: %d given names, %d surnames, %d organisations" % (len(given), len(surn), len(orgs)))
    lens = [len(r["text"]) for r in rows]
    print("text length: min %d, max %d, mean %.0f" % (min(lens), max(lens), sum(lens) / len(lens)))
