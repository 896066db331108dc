#!/usr/bin/env python3
"""Hand-built labelled PII dev set "pii_dev10" (English + Spanish).

Provenance
----------
Built on 2026-12-04 by a separate author (a helper agent) who was given only
the label conventions and the two domains below.  The author read neither the
detector's recognizers nor any of the other labelled sets, and did not run the
detector.  Names, organisations, streets and reference formats are all
hand-written in this file; only the Python standard library is used.

Domains
-------
1. A study-abroad / language-exchange agency working in the UK and Spain:
   students from Latin America, Brazil, Italy, Poland, Japan and Nigeria; host
   families, visa letters, CAS / NIE / TIE paperwork, airport pick-ups,
   homestay complaints, insurance, course invoices, agent commissions.
2. A small NGO with volunteers and donors in the UK and Spain running projects
   in Guatemala, Bolivia and Peru: donor receipts, Gift Aid declarations,
   direct-debit / SEPA mandates, volunteer applications and DBS /
   antecedentes penales checks, field reports naming community members and
   local partners, newsletters, grant reports, trustees' minutes.

Document kinds (both languages)
-------------------------------
E-mails with headers (From/To/Sent/Subject; De/Enviado/Para/Asunto),
forwarded / quoted threads and signatures; WhatsApp exports (Android
"12/03/2026, 10:15 - Name: text" and iOS "[12/03/26, 10:15:02] Name: text");
quick lower-case notes with typos and no accents; CSV, semicolon- and
tab-separated exports with header rows; ALL-CAPS forms; lists (host-family
allocations, volunteer rotas, donor lists with "Surname, Given" entries);
receipts and invoices; reviews and complaints; voicemail transcripts; SMS logs;
formal letters; minutes of trustees' / patronato meetings; field reports;
newsletters; insurance claims.

Labels
------
PERSON, ORG, ADDRESS, CUSTOMER_ID, PHONE, EMAIL, IBAN, NATIONAL_ID.
 * PERSON: every mention of a real person by name (full names, given names
   alone, surnames after a title, nicknames, ALL CAPS / lower case forms,
   "Surname, Given" as one span, e-mail display names, chat senders).  Titles
   (Mr, Mrs, Ms, Dr, Sr., Sra., Srta., D., Dña., Don, Doña, Lic., Ing., Prof.,
   Rev. ...) are outside the span.  "Rosa y Efraín Quispe" gives two spans:
   "Rosa" and "Efraín Quispe".  Separate first-name / surname cells of a table
   are separate spans.  Possessive "'s" is outside the span.  "Familia
   Robles" / "familia Montero" (a family named by surname) labels only the
   surname(s), like a title.  A surname spelled out in a voicemail
   ("O-K-A-F-O-R") is PERSON.  Chat senders saved as "Gemma Hall Host" or
   "Merche (agencia)" label only the name; unsaved senders are PHONE.
 * ORG: organisations with their legal suffix when present; a person's name
   inside an organisation name is part of the ORG only.
 * ADDRESS: a full postal address as one span (may run over several lines).
 * CUSTOMER_ID: references for a person or case (student numbers, bookings,
   applications, invoices, receipts, donor IDs, mandate references, Gift Aid
   declaration numbers, CAS numbers, volunteer IDs, policy and case/file
   numbers).  Only the reference itself, not a "Ref:" / "nº" prefix.
 * PHONE, EMAIL, IBAN (valid mod-97 check digits), NATIONAL_ID (Spanish DNI /
   NIE with valid letter, UK NI numbers, passports, Guatemalan DPI with valid
   verifier, Bolivian CI, Peruvian and Argentine DNI, Brazilian CPF with valid
   check digits, Italian codice fiscale with valid check letter, Mexican CURP
   with valid check digit, Polish PESEL, Nigerian NIN).

Left unlabelled on purpose
--------------------------
Dates (including dates of birth), times, amounts, towns / regions / countries /
communities on their own, URLs, vehicle registrations, room numbers, flight
numbers, product and course names, pets, person names inside organisation or
street names (e.g. "Fundación Rigoberta Menchú Tum", "Calle Isabel la
Católica"), and organisation-level identifiers: registered charity numbers,
Direct Debit service user numbers, SEPA creditor identifiers, CIF / NIF of an
organisation, UK sort codes.

Counts
------
120 documents: 60 English ("d10-en-000".."d10-en-059") and 60 Spanish
("d10-es-000".."d10-es-059"), each 300-1500 characters, drawn from 23
English and 23 Spanish template functions (each used 2-3 times with
different random content).  Hand-written lists: ~400 given names, ~340
surnames (Spanish, Basque, Catalan, Galician, Latin-American, Quechua /
Aymara, K'iche' / Kaqchikel, Mexican, Argentine, Brazilian, Italian, Polish,
Japanese, Yoruba / Igbo, British, British Asian), ~200 organisations.
Span counts (printed by running the script):
    label           en    es  total
    PERSON         560   624   1184
    ORG            121   121    242
    ADDRESS         66    44    110
    CUSTOMER_ID    134   135    269
    PHONE          137   146    283
    EMAIL           62    79    141
    IBAN             9    23     32
    NATIONAL_ID     30    67     97
    all           1119  1239   2358
    distinct PERSON strings: 875

Determinism
-----------
SEED = 20261210.  A master random.Random(SEED) draws one integer seed per
document; each document is built with its own random.Random(seed) (a retry
uses seed + 7919*k if a draw falls outside the length window).  No set is ever
iterated, dicts keep insertion order, so the output is byte-identical across
runs and PYTHONHASHSEED values.  Offsets are recorded while each text is
assembled from segments (class Doc), never by searching the finished text.

How to run
----------
    cd /work/main && python3 ftwork/pii_eval/make_pii_dev10.py
writes ftwork/pii_eval/pii_dev10.jsonl next to this script, self-checks every
span and prints counts by label and language.  generate() returns the rows.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261210
LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL",
          "IBAN", "NATIONAL_ID")

# ---------------------------------------------------------------- Doc builder


class Doc:
    """Accumulates text segments and records spans while appending."""

    def __init__(self, case=None, plain=False):
        self.buf = []
        self.spans = []
        self.n = 0
        self.case = case      # None | "upper" | "lower"
        self.plain = plain    # strip accents from everything appended

    def _tx(self, s):
        if self.plain:
            s = noacc(s)
        if self.case == "upper":
            s = s.upper()
        elif self.case == "lower":
            s = s.lower()
        return s

    def t(self, s):
        s = self._tx(s)
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, s, label):
        s = self._tx(s)
        assert s and s == s.strip() and label in LABELS, (s, label)
        self.spans.append({"start": self.n, "end": self.n + len(s),
                           "label": label})
        self.buf.append(s)
        self.n += len(s)
        return self

    def add(self, *items):
        for it in items:
            if isinstance(it, tuple):
                self.e(it[0], it[1])
            else:
                self.t(it)
        return self

    def f(self, tpl, **kw):
        parts = re.split(r"\{(\w+)\}", tpl)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                if p:
                    self.t(p)
            else:
                v = kw[p]
                if isinstance(v, tuple):
                    self.e(v[0], v[1])
                else:
                    self.t(str(v))
        return self

    def ln(self, tpl="", **kw):
        self.f(tpl, **kw)
        self.t("\n")
        return self

    @property
    def text(self):
        return "".join(self.buf)


def P(s):
    return (s, "PERSON")


def O(s):
    return (s, "ORG")


def A(s):
    return (s, "ADDRESS")


def C(s):
    return (s, "CUSTOMER_ID")


def PH(s):
    return (s, "PHONE")


def EM(s):
    return (s, "EMAIL")


def IB(s):
    return (s, "IBAN")


def N(s):
    return (s, "NATIONAL_ID")


_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss"})


def noacc(s):
    s = s.translate(_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def slug(s):
    s = noacc(s).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "", s)


# ------------------------------------------------------ national identifiers

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randrange(1000000, 99999999)
    num = "%08d" % n
    let = DNI_LETTERS[n % 23]
    st = rng.randrange(5)
    if st == 0:
        return num + "-" + let
    if st == 1:
        return "%s.%s.%s-%s" % (num[:2], num[2:5], num[5:], let)
    if st == 2:
        return num + " " + let
    return num + let


def nie(rng):
    pre = rng.choice("XYZ")
    body = digits(rng, 7)
    let = DNI_LETTERS[int(str("XYZ".index(pre)) + body) % 23]
    st = rng.randrange(4)
    if st == 0:
        return "%s-%s-%s" % (pre, body, let)
    if st == 1:
        return "%s %s %s" % (pre, body, let)
    return pre + body + let


def ni_number(rng):
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    if rng.random() < 0.6:
        return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s)
    return a + b + d + s


def passport(rng, country):
    if country == "uk":
        return rng.choice("15") + digits(rng, 8)
    if country in ("es", "ar"):
        return rng.choice(["PA", "AA", "PAC", "AAF"])[:2] + letters(rng, 1) + digits(rng, 6)
    if country == "br":
        return letters(rng, 2) + digits(rng, 6)
    if country in ("it", "jp", "pl"):
        pre = {"it": ["YA", "YB", "YC"], "jp": ["TR", "TK", "MZ"],
               "pl": ["EA", "EB", "ER"]}[country]
        return rng.choice(pre) + digits(rng, 7)
    if country == "ng":
        return rng.choice("AB") + digits(rng, 8)
    if country == "mx":
        return rng.choice("GNP") + digits(rng, 8)
    if country == "co":
        return "AS" + digits(rng, 6)
    return letters(rng, 1) + digits(rng, 7)


DPI_MUNI = {"01": 17, "07": 19, "08": 8, "09": 24, "14": 21, "16": 17}


def dpi(rng, dept=None):
    dept = dept or rng.choice(["09", "08", "14", "07", "16", "01"])
    while True:
        base = digits(rng, 8)
        if base[0] == "0":
            continue
        v = sum(int(c) * (i + 2) for i, c in enumerate(base)) % 11
        if v < 10:
            break
    muni = "%02d" % rng.randrange(1, DPI_MUNI[dept] + 1)
    s = base + str(v) + dept + muni
    if rng.random() < 0.7:
        return "%s %s %s" % (s[:4], s[4:9], s[9:])
    return s


def bolivia_ci(rng):
    num = str(rng.randrange(2000000, 14000000))
    dep = rng.choice(["LP", "CB", "SC", "OR", "PT", "CH", "TJ"])
    st = rng.randrange(4)
    if st == 0:
        return num + " " + dep
    if st == 1:
        return num + "-1" + rng.choice("ABCDE") + " " + dep
    if st == 2:
        return num + " " + dep[0] + "." + dep[1] + "."
    return num


def peru_dni(rng):
    return str(rng.randrange(10000000, 79999999))


def arg_dni(rng):
    n = "%d" % rng.randrange(20000000, 46000000)
    return "%s.%s.%s" % (n[:2], n[2:5], n[5:]) if rng.random() < 0.7 else n


def cpf(rng):
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if len(set(d)) > 1:
            break
    c1 = (sum((10 - i) * x for i, x in enumerate(d)) * 10) % 11 % 10
    d.append(c1)
    c2 = (sum((11 - i) * x for i, x in enumerate(d)) * 10) % 11 % 10
    d.append(c2)
    s = "".join(map(str, d))
    if rng.random() < 0.8:
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    return s


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                   6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def _cf_letters(s, is_name):
    s = re.sub(r"[^A-Z]", "", noacc(s).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(rng, surname, given, female):
    y = rng.randrange(1995, 2008) % 100
    m = "ABCDEHLMPRST"[rng.randrange(12)]
    d = rng.randrange(1, 29) + (40 if female else 0)
    town = rng.choice(["H501", "F205", "L219", "A944", "G273", "F839", "D612"])
    s = _cf_letters(surname, False) + _cf_letters(given, True) + \
        "%02d%s%02d%s" % (y, m, d, town)
    tot = sum(CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s))
    return s + chr(65 + tot % 26)


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(rng, p1, p2, given, female):
    def clean(x):
        x = noacc(x).upper()
        for part in ("DE LA ", "DE LOS ", "DEL ", "DE ", "LA "):
            if x.startswith(part):
                x = x[len(part):]
        return re.sub(r"[^A-Z]", "", x.split(" ")[0]) or "X"
    a, b = clean(p1), clean(p2) if p2 else "X"
    gn = noacc(given).upper().split()
    if len(gn) > 1 and gn[0] in ("JOSE", "MARIA", "MA", "J"):
        gn = gn[1:]
    g = re.sub(r"[^A-Z]", "", gn[0])
    vow = next((c for c in a[1:] if c in "AEIOU"), "X")
    con = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")
    y = rng.randrange(1996, 2008)
    s = a[0] + vow + b[0] + g[0]
    s += "%02d%02d%02d" % (y % 100, rng.randrange(1, 13), rng.randrange(1, 29))
    s += "M" if female else "H"
    s += rng.choice(["DF", "OC", "JC", "NL", "PL", "CS", "YN", "MC", "GT"])
    s += con(a) + (con(b) if b != "X" else "X") + con(g)
    s += str(rng.randrange(10)) if y < 2000 else rng.choice("ABCDEF")
    tot = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def pesel(rng, female):
    y = rng.randrange(1998, 2008)
    m = rng.randrange(1, 13) + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d" % (y % 100, m, rng.randrange(1, 29)) + digits(rng, 3)
    s += str(rng.randrange(0, 10, 2) if female else rng.randrange(1, 10, 2))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def nin_ng(rng):
    return str(rng.randrange(1, 10)) + digits(rng, 10)


# -------------------------------------------------------------------- IBAN


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban(rng, cc="es", spaced=None):
    if cc == "es":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2085", "0128", "3058", "1465"])
        branch = digits(rng, 4)
        acc = digits(rng, 10)
        bban = bank + branch + str(_es_dc("00" + bank + branch)) + str(_es_dc(acc)) + acc
        code = "ES"
    elif cc == "gb":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "MONZ", "SRLG", "CPBK"]) + digits(rng, 14)
        code = "GB"
    else:
        bban = rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + rng.choice(["03069", "02008", "05034", "01030"]) + digits(rng, 5) + digits(rng, 12)
        code = "IT"
    s = code + iban_check(code, bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.65
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


# ------------------------------------------------------------------- phones


def phone(rng, cc):
    st = rng.randrange(4)
    if cc == "uk":
        if rng.random() < 0.75:
            m = "7" + rng.choice("4579") + digits(rng, 8)
            return ["0%s %s" % (m[:4], m[4:]), "+44 %s %s" % (m[:4], m[4:]),
                    "+44 (0)%s %s %s" % (m[:4], m[4:7], m[7:]),
                    "0%s-%s-%s" % (m[:4], m[4:7], m[7:])][st]
        code, loc = rng.choice([("113", 7), ("114", 7), ("161", 7), ("117", 7), ("131", 7), ("20", 8), ("1227", 6)])
        x = digits(rng, loc)
        a, b = (x[:4], x[4:]) if loc == 8 else (x[:3], x[3:])
        return ["0%s %s %s" % (code, a, b), "(0%s) %s %s" % (code, a, b),
                "+44 %s %s %s" % (code, a, b), "0%s %s" % (code, x)][st]
    if cc == "es":
        if rng.random() < 0.8:
            m = rng.choice(["6", "6", "6", "6", "6", "6", "71", "72"])
            m = m + digits(rng, 9 - len(m))
            return ["%s %s %s" % (m[:3], m[3:6], m[6:]), "+34 %s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]),
                    rng.choice(["", "+34"]) + m, rng.choice(["+34 %s-%s-%s", "(+34) %s.%s.%s", "0034 %s %s %s"]) % (m[:3], m[3:6], m[6:])][st]
        m = rng.choice(["91", "93", "96", "923", "95", "94"])
        m = m + digits(rng, 9 - len(m))
        return ["%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]), "+34 %s %s %s" % (m[:3], m[3:6], m[6:]),
                "%s %s %s" % (m[:2], m[2:5], m[5:]), m][st]
    if cc == "gt":
        m = rng.choice("345") + digits(rng, 7)
        return ["+502 %s %s" % (m[:4], m[4:]), "%s-%s" % (m[:4], m[4:]), "(502) %s-%s" % (m[:4], m[4:]), "+502" + m][st]
    if cc == "bo":
        m = rng.choice("67") + digits(rng, 7)
        return ["+591 " + m, "%s-%s" % (m[:3], m[3:]), "+591 %s %s %s" % (m[0], m[1:4], m[4:]),
                rng.choice(["(2) 2", "2-2", "(4) 4"]) + digits(rng, 6)][st]
    if cc == "pe":
        m = "9" + digits(rng, 8)
        return ["+51 %s %s %s" % (m[:3], m[3:6], m[6:]), m, "%s %s %s" % (m[:3], m[3:6], m[6:]),
                rng.choice(["(084) ", "(01) ", "(051) "]) + digits(rng, 3) + " " + digits(rng, 4)][st]
    if cc == "mx":
        a = rng.choice(["55", "33", "81", "951", "222", "999"])
        x = digits(rng, 10 - len(a))
        return ["+52 %s %s %s" % (a, x[:-4], x[-4:]), "+52 1 %s %s %s" % (a, x[:-4], x[-4:]),
                "(%s) %s %s" % (a, x[:-4], x[-4:]), "%s-%s-%s" % (a, x[:-4], x[-4:])][st]
    if cc == "ar":
        a = rng.choice(["11", "341", "351", "261"])
        x = digits(rng, 10 - len(a))
        return ["+54 9 %s %s-%s" % (a, x[:-4], x[-4:]), "0%s 15-%s-%s" % (a, x[:-4], x[-4:]),
                "+54 9 %s %s %s" % (a, x[:-4], x[-4:]), "+549%s%s" % (a, x)][st]
    if cc == "br":
        a = rng.choice(["11", "21", "31", "41", "71", "81", "85"])
        x = "9" + digits(rng, 8)
        return ["+55 (%s) %s-%s" % (a, x[:5], x[5:]), "(%s) %s-%s" % (a, x[:5], x[5:]),
                "+55 %s %s" % (a, x), "%s %s %s-%s" % (a, x[0], x[1:5], x[5:])][st]
    if cc == "it":
        x = "3" + rng.choice("234589") + digits(rng, 8)
        return ["+39 %s %s %s" % (x[:3], x[3:6], x[6:]), "%s %s" % (x[:3], x[3:]),
                "+39 %s-%s-%s" % (x[:3], x[3:6], x[6:]), "0039 " + x][st]
    if cc == "jp":
        x = rng.choice(["90", "80", "70"]) + digits(rng, 8)
        return ["+81 %s-%s-%s" % (x[:2], x[2:6], x[6:]), "0%s-%s-%s" % (x[:2], x[2:6], x[6:]),
                "+81 %s %s %s" % (x[:2], x[2:6], x[6:]), "0" + x][st]
    if cc == "ng":
        x = rng.choice(["803", "806", "813", "706", "802", "909", "816"]) + digits(rng, 7)
        return ["+234 %s %s %s" % (x[:3], x[3:6], x[6:]), "0%s %s %s" % (x[:3], x[3:6], x[6:]),
                "+234" + x, "0%s-%s-%s" % (x[:3], x[3:6], x[6:])][st]
    if cc == "pl":
        x = rng.choice("5678") + digits(rng, 8)
        return ["+48 %s %s %s" % (x[:3], x[3:6], x[6:]), "%s-%s-%s" % (x[:3], x[3:6], x[6:]),
                "+48" + x, "(+48) %s %s %s" % (x[:3], x[3:6], x[6:])][st]
    x = "3" + digits(rng, 9)  # co
    return ["+57 %s %s %s" % (x[:3], x[3:6], x[6:]), "%s %s" % (x[:3], x[3:]),
            "+57 %s-%s" % (x[:3], x[3:]), "(+57) " + x][st]


# -------------------------------------------------------------------- dates

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def rdate(rng):
    return (rng.choice([2025, 2026, 2026]), rng.randrange(1, 13), rng.randrange(1, 29))


def fdate(rng, lang, dt=None, style=None):
    y, m, d = dt or rdate(rng)
    style = rng.randrange(4) if style is None else style
    if style == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if style == 1:
        return ("%d %s %d" % (d, MONTHS_EN[m - 1], y)) if lang == "en" else ("%d de %s de %d" % (d, MONTHS_ES[m - 1], y))
    if style == 2:
        return "%d-%02d-%02d" % (y, m, d)
    return ("%d %s %d" % (d, MONTHS_EN[m - 1][:3], y)) if lang == "en" else ("%d %s. %d" % (d, MONTHS_ES[m - 1][:3], y))


def rtime(rng, secs=False):
    h, m = rng.randrange(7, 23), rng.randrange(60)
    return "%02d:%02d:%02d" % (h, m, rng.randrange(60)) if secs else "%02d:%02d" % (h, m)


def money(rng, cur, lo, hi):
    v = rng.randrange(lo, hi)
    c = rng.choice(["", ".00", ".50"]) if cur == "£" else rng.choice(["", ",00"])
    if cur == "£":
        return "£%s%s" % ("{:,}".format(v), c)
    return "%s%s €" % ("{:,}".format(v).replace(",", "."), c)


# ================================================================ name lists
# All hand-written.  Deliberately avoid the textbook "Juan Pérez / John Smith"
# names; several given names are also ordinary words (Rosa, Paz, Luz, Amparo,
# Blessing, Favour, Precious) and some surnames too (Bird, Moss, Cross, Prado).

ES_F = ["Ainhoa", "Itziar", "Nerea", "Rocío", "Macarena", "Montserrat", "Begoña",
        "Remedios", "Inmaculada", "Amparo", "Maialen", "Leire", "Candela", "Triana",
        "Olaia", "Eulalia", "Noelia", "Sagrario", "Araceli", "Milagros", "Pilar",
        "Consuelo", "Covadonga", "Nuria", "Dolores", "Mercedes", "Concepción",
        "Almudena", "Xiana", "Rosario", "Paz", "Luz", "Maite", "Vanesa", "Estíbaliz"]
ES_M = ["Íñigo", "Aitor", "Jaume", "Xabier", "Borja", "Gonzalo", "Fermín",
        "Anselmo", "Telmo", "Iker", "Unai", "Joaquín", "Cristóbal", "Nicanor",
        "Baltasar", "Marcial", "Teodoro", "Álvaro", "Pelayo", "Lluís", "Xosé",
        "Bernat", "Ignacio", "Fernando", "Francisco", "Manuel", "Enrique", "Rafael",
        "José Ramón", "Sergi", "Rubén", "Adolfo", "Ramiro", "Daniel"]
LA_F = ["Guadalupe", "Yesenia", "Maricruz", "Yolanda", "Eufemia", "Ofelia",
        "Rigoberta", "Anastasia", "Petrona", "Micaela", "Marisol", "Lucero",
        "Zulema", "Nely", "Brenda", "Dayana", "Karina", "Flor de María", "Elsa",
        "Juana Inés", "Florentina", "Sabina", "Cleotilde", "Ana Lucía", "Yadira",
        "Tania", "Belén", "Rosa", "Fabiola", "Odilia", "Gregoria", "Lidia", "Daniela"]
LA_M = ["Efraín", "Rigoberto", "Marcelino", "Feliciano", "Eleuterio", "Wilfredo",
        "Edwin", "Yony", "Abelardo", "Wilmer", "Alcides", "Teófilo", "Hilarión",
        "Isidro", "Nicasio", "Leoncio", "Jhon Jairo", "Édgar", "Ronald", "Néstor",
        "Gualberto", "Saturnino", "Fredy", "Germán", "Ubaldo", "Jesús", "Guillermo",
        "Roberto", "Eduardo", "Fernando", "Aurelio", "Benigno"]
ANDEAN_F = ["Wara", "Nayra", "Sisa", "Killa", "Ch'aska", "Illari", "Inés", "Basilia",
            "Martha", "Cirila", "Nilda"]
ANDEAN_M = ["Amaru", "Inti", "Yupanqui", "Mallku", "Pascual", "Evaristo", "Valentín",
            "Celestino", "Justo", "Rufino"]
MAYA_F = ["Ixchel", "Manuela", "Tomasa", "Candelaria", "Apolonia", "Sebastiana",
          "Dominga", "Catarina"]
MAYA_M = ["Baltazar", "Ajpop", "Diego", "Tomás", "Lucas", "Gaspar", "Sebastián",
          "Mateo", "Felipe"]
MX_F = ["Xóchitl", "Itzel", "Citlali", "Guadalupe", "Maricela", "Nayeli", "Fernanda"]
MX_M = ["Cuauhtémoc", "Uriel", "Jesús", "Guillermo", "Eduardo", "Tonatiuh", "Arturo"]
AR_F = ["Agustina", "Micaela", "Florencia", "Milagros", "Luján", "Rocío", "Camila"]
AR_M = ["Lautaro", "Facundo", "Santino", "Gonzalo", "Nahuel", "Ezequiel", "Franco"]

ES_SUR = ["Echeverría", "Goikoetxea", "Arrizabalaga", "Villalobos", "Santamaría",
          "Carrasco", "Montenegro", "Peñalver", "Olmedo", "Cifuentes", "Barrionuevo",
          "Escudero", "Zubiaurre", "Lozano", "Quintana", "Benavides", "Ferrándiz",
          "Mallol", "Vidal", "Garrido", "Sarmiento", "Valcárcel", "Rubio", "Nieto",
          "Otero", "Iglesias", "Prado", "Cruz", "Paz", "del Valle", "de la Fuente",
          "de las Heras", "Castells", "Ortuño", "Bermejo", "Taboada", "Lamas",
          "Figueroa", "Salcedo", "Pacheco", "Aranda", "Montero", "Calvo", "Soler",
          "Ribas", "Doménech", "Arteaga", "Luengo", "Carmona", "Robles", "Manzano",
          "Alcántara", "Pombo", "Expósito", "Rivas"]
LA_SUR = ["Mendoza", "Saravia", "Orellana", "Cáceres", "Ayala", "Sandoval",
          "Ordóñez", "Monzón", "Castañeda", "Barrientos", "Zegarra", "Salas",
          "Loayza", "Arce", "Gutiérrez", "Coronado", "Cabrera", "Pineda",
          "de León", "Solís", "Velásquez", "Chávez", "Zapata", "Rojas"]
ANDEAN_SUR = ["Quispe", "Mamani", "Condori", "Choque", "Huanca", "Apaza", "Ticona",
              "Colque", "Huarachi", "Limachi", "Copa", "Yupanqui", "Ccama", "Huamán",
              "Cusi", "Pari", "Chambi", "Aruquipa", "Ccori", "Layme", "Illanes",
              "Poma", "Tito", "Challco", "Cutipa", "Nina", "Huillca", "Villca"]
MAYA_SUR = ["Tzoc", "Ixcoy", "Cux", "Tzul", "Chuc", "Batz", "Xoc", "Coyoy", "Tum",
            "Sicajau", "Ajpacajá", "Tuyuc", "Yax", "Chiquival", "Sapón", "Quiejú",
            "Xicay", "Pu", "Ixtabalán", "Cumes", "Sipac", "Chocoj", "Tax", "Cac",
            "Poz", "Ixchop", "Tzunún", "Guarchaj", "Us", "Xitumul", "Ajanel", "Samayoa"]
MX_SUR = ["Tapia", "Ocampo", "Zavala", "Trujillo", "Balderas", "Ruvalcaba", "Nava",
          "Zamudio", "Xicoténcatl", "Huerta", "Cervantes", "Rendón", "Gallegos"]
AR_SUR = ["Ferreyra", "Aguirre", "Bustos", "Gorosito", "Pereyra", "Acosta",
          "Ledesma", "Sosa", "Benítez", "Quiroga", "Maidana", "Olivera"]

BR_F = ["Beatriz", "Juliana", "Thaís", "Larissa", "Gabriela", "Letícia", "Raíssa",
        "Francisca", "Luana", "Iara", "Jéssica", "Tatiane", "Vitória", "Aline",
        "Conceição", "Rayane"]
BR_M = ["João Pedro", "Thiago", "Caio", "Vinícius", "Rodrigo", "Luiz Felipe",
        "Matheus", "Guilherme", "Renan", "Otávio", "Wellington", "Cauã", "Davi",
        "Igor", "Edson", "Anderson"]
BR_SUR = ["da Silva", "dos Santos", "Oliveira", "Pereira", "Nascimento", "Carvalho",
          "Araújo", "Rocha", "Cavalcanti", "Figueiredo", "Moraes", "Gonçalves",
          "Barbosa", "Teixeira", "de Souza", "Magalhães", "Albuquerque", "Medeiros",
          "Bezerra", "Lacerda", "da Conceição", "Brandão"]

IT_F = ["Chiara", "Giulia", "Francesca", "Martina", "Ilaria", "Benedetta", "Serena",
        "Alessia", "Ludovica", "Federica", "Arianna", "Donatella"]
IT_M = ["Giuseppe", "Matteo", "Lorenzo", "Niccolò", "Tommaso", "Riccardo",
        "Edoardo", "Davide", "Pietro", "Gianluca", "Salvatore", "Emanuele"]
IT_SUR = ["Esposito", "Russo", "Ferraro", "Bianchi", "Colombo", "Marchetti",
          "Lombardi", "Barbieri", "Rinaldi", "Caruso", "Fontana", "De Luca",
          "Mancini", "Gallo", "Greco", "Vitale", "Santoro", "Morelli", "D'Angelo",
          "Pellegrini", "Cattaneo", "Lo Russo"]

PL_F = ["Małgorzata", "Katarzyna", "Aleksandra", "Agnieszka", "Zofia", "Weronika",
        "Joanna", "Magdalena", "Dorota", "Natalia", "Justyna", "Ewelina"]
PL_M = ["Wojciech", "Krzysztof", "Bartosz", "Mateusz", "Paweł", "Tomasz",
        "Łukasz", "Grzegorz", "Jakub", "Piotr", "Szymon", "Michał"]
PL_SUR = ["Kowalczyk", "Wiśniewski", "Zieliński", "Nowak", "Wójcik", "Kamiński",
          "Lewandowski", "Dąbrowski", "Szymański", "Woźniak", "Kozłowski",
          "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawlak",
          "Michalski", "Nowicki", "Adamczyk", "Dudek", "Zając", "Król", "Wieczorek",
          "Sadowski"]

JP_F = ["Haruka", "Yui", "Aoi", "Sakura", "Mei", "Rin", "Yuna", "Hinata", "Misaki",
        "Nanami", "Ayaka", "Kaede"]
JP_M = ["Haruto", "Sota", "Ren", "Yuto", "Riku", "Kaito", "Takumi", "Daiki",
        "Kenta", "Shota", "Yamato", "Hiroshi"]
JP_SUR = ["Nakamura", "Takahashi", "Watanabe", "Yamamoto", "Kobayashi", "Saito",
          "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamaguchi",
          "Morita", "Ishikawa", "Fujiwara", "Okada", "Hasegawa", "Murakami",
          "Kondo", "Aoki", "Ogawa", "Sakamoto"]

NG_F = ["Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Temitope", "Folake",
        "Blessing", "Favour", "Precious", "Ifeoma", "Yetunde", "Oluwakemi",
        "Chioma", "Nneka", "Amarachi", "Oluwaseun"]
NG_M = ["Chukwuemeka", "Chinedu", "Obinna", "Adebayo", "Olumide", "Babatunde",
        "Ikechukwu", "Kelechi", "Damilola", "Nnamdi", "Ayodele", "Uchenna",
        "Tobiloba", "Ebuka", "Oluwaseun"]
NG_SUR = ["Okafor", "Okonkwo", "Eze", "Nwosu", "Adeyemi", "Oyelaran", "Balogun",
          "Ogunleye", "Adebisi", "Afolabi", "Nwachukwu", "Ibekwe", "Obi", "Chukwu",
          "Okoro", "Adeleke", "Bakare", "Olatunji", "Ezeh", "Uzoma", "Anyanwu",
          "Oladipo", "Akinola", "Ogundipe", "Nnadi", "Onyeama"]

UK_F = ["Imogen", "Harriet", "Philippa", "Rosalind", "Bethan", "Ffion", "Siobhan",
        "Niamh", "Eilidh", "Kirsty", "Gemma", "Hollie", "Tamsin", "Lowri",
        "Frances", "Margaret", "Rebecca", "Elizabeth", "Katherine", "Alison",
        "Jocelyn", "Mairead", "Esme", "Pauline", "Joy", "Hazel"]
UK_M = ["Oliver", "Alasdair", "Rhodri", "Callum", "Fraser", "Declan", "Hamish",
        "Gareth", "Crispin", "Rupert", "Toby", "Jasper", "Ewan", "Dominic", "Nigel",
        "Clive", "Bernard", "Thomas", "William", "Robert", "Euan", "Piers", "Kieran",
        "Malcolm", "Dennis"]
UK_SUR = ["Pemberton", "Ashworth", "Thistlethwaite", "Fairclough", "Openshaw",
          "Whitcombe", "Llewellyn", "Pritchard", "Cartwright", "Haworth", "MacLeod",
          "McAllister", "Fitzgerald", "O'Donnell", "Rutherford", "Blackwood",
          "Hargreaves", "Hollingsworth", "Entwistle", "Kershaw", "Bird", "Baker",
          "Moss", "Cross", "Hall", "Fox", "Pryce", "Weatherall", "Sutcliffe",
          "Greenhalgh", "Tomlinson", "Beresford", "Dunmore", "Gallagher", "Kilbride",
          "Ramsbottom", "Wainwright", "Cope", "Stubbs", "Penhaligon"]
UA_F = ["Priya", "Harpreet", "Simran", "Aisha", "Nazia", "Farzana", "Anjali",
        "Rukhsana", "Jasvinder", "Shabnam", "Nisha", "Tahmina"]
UA_M = ["Imran", "Rajesh", "Gurpreet", "Sanjay", "Tariq", "Arjun", "Kamran",
        "Vikram", "Bilal", "Sunil", "Hassan", "Jaswinder"]
UA_SUR = ["Chauhan", "Sandhu", "Qureshi", "Begum", "Chowdhury", "Mistry", "Bhatti",
          "Dhillon", "Rahman", "Hussain", "Kaur", "Gill", "Parmar", "Malik",
          "Thakrar", "Sidhu", "Mahmood", "Ahmed", "Rana", "Lakhani", "Kapoor",
          "Banerjee", "Vaghela"]

NICK = {
    "Fernando": ["Fer", "Nando"], "Fernanda": ["Fer"], "Guadalupe": ["Lupe", "Lupita"],
    "Daniela": ["Dani"], "Daniel": ["Dani"], "Oliver": ["Ollie"], "Beatriz": ["Bia"],
    "Shota": ["Sho"], "Kenta": ["Ken"], "Takumi": ["Taku"], "Nanami": ["Nana"], "Misaki": ["Misa"],
    "Obinna": ["Obi"], "Folake": ["Fola"], "Chioma": ["Chi"],
    "Francisco": ["Paco", "Curro", "Pancho"], "Concepción": ["Conchi"],
    "Dolores": ["Lola"], "Ignacio": ["Nacho"], "Rosario": ["Charo"],
    "Jesús": ["Chuy", "Chus"], "Guillermo": ["Memo"], "Roberto": ["Beto"],
    "Eduardo": ["Lalo"], "Enrique": ["Quique"], "Manuel": ["Manolo", "Manu"],
    "Consuelo": ["Chelo"], "Mercedes": ["Merche"], "Montserrat": ["Montse"],
    "Inmaculada": ["Inma"], "Remedios": ["Reme"], "Macarena": ["Maca"],
    "Begoña": ["Bego"], "Almudena": ["Almu"], "Xabier": ["Xabi"], "Rafael": ["Rafa"],
    "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky"],
    "Elizabeth": ["Lizzie", "Beth"], "Katherine": ["Kate", "Kathy"],
    "Thomas": ["Tom"], "William": ["Will"], "Robert": ["Rob", "Bobby"],
    "Alasdair": ["Ally"], "Philippa": ["Pippa"], "Harriet": ["Hattie"],
    "Gabriela": ["Gabi"], "Juliana": ["Ju"], "Giuseppe": ["Peppe"],
    "Francesca": ["Fra"], "Salvatore": ["Totò"], "Małgorzata": ["Gosia"],
    "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Wojciech": ["Wojtek"],
    "Chukwuemeka": ["Emeka"], "Oluwaseun": ["Seun"], "Adebayo": ["Bayo"],
    "Funmilayo": ["Funmi"], "Temitope": ["Tope"], "Babatunde": ["Tunde"],
    "Ikechukwu": ["Ike"], "Damilola": ["Dami"], "Tobiloba": ["Tobi"],
    "Oluwakemi": ["Kemi"], "Chiamaka": ["Amaka"], "Vinícius": ["Vini"],
    "Guilherme": ["Gui"], "Larissa": ["Lari"], "Florentina": ["Flor"],
    "Micaela": ["Mica"], "Marisol": ["Sol"], "Efraín": ["Efra"], "Teófilo": ["Teo"],
    "Agustina": ["Agus"], "Facundo": ["Facu"], "Lautaro": ["Lauti"],
    "Rigoberta": ["Rigo"], "Rigoberto": ["Rigo"], "Yesenia": ["Yesi"],
    "Ana Lucía": ["Analú"], "Juana Inés": ["Juani"], "Flor de María": ["Flor"],
    "Sanjay": ["Sanj"], "Jasvinder": ["Jas"], "Haruto": ["Haru"],
    "Maricruz": ["Mari"], "Candelaria": ["Cande"], "Sebastiana": ["Chana"],
    "Wilfredo": ["Wilfo"], "Estíbaliz": ["Esti"], "Natalia": ["Nata"],
    "Aleksander": ["Olek"], "Matheus": ["Math"],
    "Dominic": ["Dom"], "Gurpreet": ["Gary"],
    "Nnamdi": ["Nam"], "Chinedu": ["Chi-Chi"], "Camila": ["Cami"],
    "Valentín": ["Vale"], "Tomasa": ["Masha"], "Anastasia": ["Tacha"],
}

# names whose diminutives are very common in real correspondence; preferred when a
# template needs somebody who is called by a nickname
FAV_NICK = {"br": [("Beatriz", "F"), ("Guilherme", "M")], "mx": [("Guadalupe", "F"), ("Fernanda", "F")],
            "uk": [("Oliver", "M"), ("Rebecca", "F")], "ng": [("Chukwuemeka", "M"), ("Funmilayo", "F")],
            "es": [("Fernando", "M"), ("Daniel", "M"), ("Dolores", "F")], "pl": [("Małgorzata", "F"), ("Wojciech", "M")],
            "it": [("Giuseppe", "M"), ("Francesca", "F")], "co": [("Daniela", "F"), ("Guillermo", "M")],
            "pe": [("Guadalupe", "F"), ("Efraín", "M")], "bo": [("Florentina", "F"), ("Roberto", "M")]}

COMPOUND_GIVEN = ("José Ramón", "Jhon Jairo", "Flor de María", "Juana Inés",
                  "Ana Lucía", "João Pedro", "Luiz Felipe")

# culture -> (female given lists, male given lists, surname pools, #surnames, phone cc)
CULT = {
    "es": ((ES_F,), (ES_M,), (ES_SUR,), 2, "es"),
    "gt": ((LA_F, MAYA_F), (LA_M, MAYA_M), (MAYA_SUR, MAYA_SUR, LA_SUR), 2, "gt"),
    "bo": ((LA_F, ANDEAN_F), (LA_M, ANDEAN_M), (ANDEAN_SUR, ANDEAN_SUR, LA_SUR), 2, "bo"),
    "pe": ((LA_F, ANDEAN_F), (LA_M, ANDEAN_M), (ANDEAN_SUR, LA_SUR), 2, "pe"),
    "mx": ((MX_F, LA_F), (MX_M, LA_M), (MX_SUR, LA_SUR), 2, "mx"),
    "ar": ((AR_F,), (AR_M,), (AR_SUR, IT_SUR), 1, "ar"),
    "co": ((LA_F,), (LA_M,), (LA_SUR, ES_SUR), 2, "co"),
    "br": ((BR_F,), (BR_M,), (BR_SUR,), 2, "br"),
    "it": ((IT_F,), (IT_M,), (IT_SUR,), 1, "it"),
    "pl": ((PL_F,), (PL_M,), (PL_SUR,), 1, "pl"),
    "jp": ((JP_F,), (JP_M,), (JP_SUR,), 1, "jp"),
    "ng": ((NG_F,), (NG_M,), (NG_SUR,), 1, "ng"),
    "uk": ((UK_F,), (UK_M,), (UK_SUR,), 1, "uk"),
    "ua": ((UA_F,), (UA_M,), (UA_SUR,), 1, "uk"),
}
HISP = ("es", "gt", "bo", "pe", "mx", "ar", "co")
STUDENT_CULTS = ("mx", "co", "pe", "ar", "gt", "bo", "br", "br", "it", "it", "pl",
                 "pl", "jp", "jp", "ng", "ng")


def fem_pl(s):
    for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


class Person:
    def __init__(self, given, surs, cult, g):
        self.given, self.surs, self.cult, self.g = given, surs, cult, g

    def first(self):
        if self.given in COMPOUND_GIVEN:
            return self.given
        return self.given.split(" ")[0]

    def surname(self):
        return " ".join(self.surs)

    def sur1(self):
        return self.surs[0]

    def full(self):
        return self.given + " " + self.surname()

    def short(self):
        return self.first() + " " + self.surs[0]

    def nick(self, rng):
        opts = NICK.get(self.given) or NICK.get(self.first())
        return rng.choice(opts) if opts else self.first()

    def has_nick(self):
        return bool(NICK.get(self.given) or NICK.get(self.first()))

    def inv(self):
        return self.surname() + ", " + self.given

    def jp_order(self):
        return self.surname().upper() + " " + self.given

    def female(self):
        return self.g == "F"

    def cc(self):
        return CULT[self.cult][4]

    def title(self, lang, rng):
        if lang == "en":
            return rng.choice(["Ms", "Mrs", "Ms", "Dr"]) if self.female() else rng.choice(["Mr", "Mr", "Dr"])
        if self.cult == "es":
            if self.female():
                return rng.choice(["Sra.", "Dña.", "Doña", "Srta.", "Dra.", "D.ª"])
            return rng.choice(["Sr.", "D.", "Don", "Dr.", "Sr."])
        if self.female():
            return rng.choice(["Sra.", "Doña", "Srta.", "Lic.", "Dra.", "Sra.", "Ing."])
        return rng.choice(["Sr.", "Don", "Ing.", "Lic.", "Dr.", "Sr.", "Prof."])

    def name(self, rng, style=None):
        """Random way of writing this person's name."""
        if style is None:
            style = rng.choice(["full", "full", "short", "first", "nick", "inv"])
        if style == "full":
            return self.full()
        if style == "short":
            return self.short()
        if style == "first":
            return self.first()
        if style == "nick":
            return self.nick(rng)
        if style == "inv":
            return self.inv()
        if style == "sur":
            return self.surname() if rng.random() < 0.6 else self.sur1()
        raise ValueError(style)


def make_person(rng, cult, g=None, taken=None, nick=False):
    fl, ml, pools, nsur, _ = CULT[cult]
    for _ in range(80):
        gg = g or rng.choice("FM")
        lst = rng.choice(fl if gg == "F" else ml)
        given = rng.choice(lst)
        if nick and cult in FAV_NICK and rng.random() < 0.4:
            fav = [x for x in FAV_NICK[cult] if g is None or x[1] == g]
            if fav:
                given, gg = rng.choice(fav)
        if cult in HISP and " " not in given and rng.random() < 0.08:
            extra = rng.choice(lst)
            if " " not in extra and extra != given:
                given = given + " " + extra
        if cult in HISP or cult == "br":
            k = nsur if (cult != "ar" and rng.random() < 0.85) else 1
            surs = []
            while len(surs) < k:
                s = rng.choice(rng.choice(pools))
                if s not in surs:
                    surs.append(s)
        else:
            surs = [rng.choice(rng.choice(pools))]
        if cult == "pl" and gg == "F":
            surs = [fem_pl(s) for s in surs]
        p = Person(given, surs, cult, gg)
        if nick and not p.has_nick():
            continue
        if taken is None or (p.full() not in taken and "#" + p.first() not in taken):
            if taken is not None:
                taken.append(p.full())
                taken.append("#" + p.first())
            return p
    return p


def email_for(rng, p, domain=None):
    f = slug(p.first().split(" ")[0])
    s = slug(p.sur1())
    s2 = slug(p.surs[-1])
    if domain is None:
        domain = rng.choice({
            "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
            "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx"],
            "ar": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
            "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
            "it": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it"],
            "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl"],
            "jp": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
            "ng": ["gmail.com", "yahoo.com", "outlook.com"],
            "uk": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com"],
        }.get(p.cult if p.cult != "ua" else "uk", ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]))
    st = rng.randrange(6)
    local = [f + "." + s, f[0] + s + digits(rng, 2), f + "_" + s2, f + s[:4] + digits(rng, 3),
             s + "." + f, f + "." + s + "." + s2[:1]][st]
    return local + "@" + domain


# ============================================================ organisations
# (name, e-mail domain) for the agencies / NGOs that write the documents.
AGENCIES = [("Puentes Language Travel Ltd", "puenteslt.co.uk"),
            ("Bridgeway Study Abroad", "bridgeway-study.co.uk"),
            ("Intercambio Norte S.L.", "intercambionorte.es"),
            ("Horizonte Estudiantil S.L.", "horizonte-estudiantil.com"),
            ("Albion Homestays CIC", "albionhomestays.org.uk"),
            ("Lingua Viva Exchanges Ltd", "linguaviva.co.uk"),
            ("Estudia y Vive Salamanca", "estudiayvive.es"),
            ("Cruce de Caminos Idiomas S.L.", "crucedecaminos.es")]
NGOS = [("Tejiendo Futuros CIO", "tejiendofuturos.org.uk"),
        ("Andes Water Trust", "andeswater.org.uk"),
        ("Kawsay Partners", "kawsaypartners.org"),
        ("Fundación Ayllu", "fundacionayllu.org"),
        ("Asociación Raíces Solidarias", "raicessolidarias.org"),
        ("Manos del Lago CIO", "manosdellago.org.uk"),
        ("Semilla Viva UK", "semillaviva.org.uk"),
        ("Fundación Chuwilá", "chuwila.org")]
SCHOOLS_UK = ["Kingsway English Centre", "St Giles International", "Oxford House College",
              "Bath Academy of English", "Leeds Language Hub", "Castle School of English Ltd",
              "Brighton Language College", "Edinburgh School of English", "Leeds City College"]
SCHOOLS_ES = ["Academia Alhambra de Español", "Instituto Cervantes", "Escuela Tía Tula",
              "Don Quijote Salamanca", "Colegio Delibes", "Enforex",
              "Lingua Franca Valencia S.L.", "Academia Mester", "Colegio Mayor Fonseca"]
UNIS_UK = ["University of Leeds", "Sheffield Hallam University", "University of Bristol",
           "Nottingham Trent University", "University of Kent", "Cardiff University",
           "Queen Mary University of London", "University of York"]
UNIS_ES = ["Universidad de Salamanca", "Universitat de València", "Universidad de Granada",
           "Universidad Complutense de Madrid", "Universidade de Santiago de Compostela",
           "Universidad de Deusto"]
UNIS_HOME = ["Universidad Mayor de San Andrés", "Pontificia Universidad Católica del Perú",
             "Universidade de São Paulo", "Universidad de San Carlos de Guatemala",
             "Universidad Nacional Autónoma de México",
             "Universidad Nacional de San Antonio Abad del Cusco", "Universidad de Buenos Aires",
             "Università di Bologna", "Uniwersytet Jagielloński", "Waseda University",
             "University of Lagos", "Universidad Rafael Landívar", "Universidad del Valle"]
UNI_DOMAINS = dict(zip(UNIS_UK, ["leeds.ac.uk", "shu.ac.uk", "bristol.ac.uk", "ntu.ac.uk", "kent.ac.uk",
                                 "cardiff.ac.uk", "qmul.ac.uk", "york.ac.uk"]))
GOV_UK = ["Home Office", "UK Visas and Immigration", "Disclosure and Barring Service", "HMRC",
          "Leeds City Council", "Brighton & Hove City Council", "Charity Commission",
          "Sheffield City Council"]
GOV_ES = ["Oficina de Extranjería de Salamanca", "Subdelegación del Gobierno en Valencia",
          "Ministerio de Justicia", "Policía Nacional", "Ayuntamiento de Salamanca",
          "Agencia Tributaria", "Registro Central de Penados", "Ayuntamiento de Granada"]
CONSULATES = ["Consulado General de España en Londres", "Embassy of Brazil in London",
              "Consulado General de México en Barcelona", "Embajada del Perú en España",
              "Consulado de Guatemala en Madrid", "British Embassy Madrid",
              "Embassy of Japan in the UK", "Nigeria High Commission",
              "Embajada de Bolivia en Madrid", "Consulado de Polonia en Barcelona"]
PARTNERS_GT = ["Asociación de Mujeres Tejedoras Ixoqi' Ajkem",
               "Cooperativa Agrícola Integral San Bartolo R.L.", "Asociación Chuwi Tinamit",
               "Municipalidad de Santa Catarina Ixtahuacán", "Comité de Agua Potable de Xecaracoj",
               "Centro de Salud de Nahualá", "Fundación Rigoberta Menchú Tum",
               "Escuela Oficial Rural Mixta Chuicruz"]
PARTNERS_BO = ["Gobierno Autónomo Municipal de Achacachi", "Red de Salud Omasuyos",
               "Asociación de Productores de Quinua Jach'a Suyu", "Fundación Pachamama Warmi",
               "Unidad Educativa Simón Bolívar", "Centro de Promoción de Tecnologías Sostenibles",
               "Cooperativa de Ahorro y Crédito San Martín de Porres Ltda."]
PARTNERS_PE = ["Asociación Kallpa Warmi", "Municipalidad Distrital de Chinchero",
               "Asociación de Artesanas Awana Wasi", "Cooperativa Agraria Cafetalera Valle Incahuasi",
               "Centro Bartolomé de las Casas", "Posta de Salud de Pitumarca",
               "Institución Educativa Inca Garcilaso de la Vega"]
CHURCHES = ["St Anne's Church", "Parroquia de San Pedro Apóstol", "Leeds Methodist Mission",
            "Iglesia Evangélica Bautista de Vallecas", "Hackney Quaker Meeting",
            "Our Lady of Lourdes Parish", "Parroquia Santa Teresa de Jesús"]
BANKS_UK = ["Barclays", "NatWest", "Lloyds Bank", "HSBC UK", "Nationwide Building Society",
            "Monzo", "Starling Bank", "The Co-operative Bank"]
BANKS_ES = ["CaixaBank", "BBVA", "Banco Santander", "Banco Sabadell", "Ibercaja",
            "Triodos Bank", "Cajamar", "Unicaja"]
BANKS_LA = ["Banco Unión", "BancoSol", "Banco Industrial", "Banrural", "Interbank", "BCP",
            "BBVA México", "Banco Nación", "Nubank", "Itaú"]
INSURERS = ["Mapfre", "Sanitas", "AXA", "Allianz Partners", "Endsleigh Insurance Services Ltd",
            "Study Insurance Ltd", "DKV Seguros", "Adeslas", "Intermundial Seguros", "Chapka"]
AIRLINES = ["Iberia", "British Airways", "LATAM Airlines", "Avianca", "Air Europa", "Vueling",
            "Aeroméxico", "ITA Airways", "Japan Airlines", "Air Peace", "TAP Air Portugal",
            "LOT Polish Airlines", "easyJet", "Boliviana de Aviación"]
FUNDERS = ["National Lottery Community Fund", "Comic Relief", "Garfield Weston Foundation",
           "The Souter Charitable Trust",
           "Agencia Española de Cooperación Internacional para el Desarrollo",
           "Fundació La Caixa", "Diputación de Salamanca", "Esmée Fairbairn Foundation",
           "Paul Hamlyn Foundation", "Ayuntamiento de Valencia"]
COMPANIES = ["Addison Lee", "Cabify", "Uber", "Movistar", "Vodafone", "Western Union", "Wise",
             "Correos", "Royal Mail", "Renfe", "National Express", "ALSA", "Tigo", "Entel",
             "Claro", "Sainsbury's", "Lebara", "Giffgaff"]
HEALTH = ["St James's University Hospital", "Hospital Clínico Universitario de Salamanca",
          "Centro de Salud Garrido Sur", "Hospital de Clínicas", "Clínica San Juan de Dios",
          "Royal Sussex County Hospital"]


def org_domain(name):
    s = slug(re.sub(r"\b(S\.L\.|S\.A\.|Ltd|CIC|CIO|R\.L\.|Ltda\.)", "", name))
    return s[:18] + rng_free_tld(name)


def rng_free_tld(name):
    return ".es" if any(w in name for w in ("Universidad", "Ayuntamiento", "Escuela", "Colegio", "Academia")) else ".org"


# ============================================================ streets, towns
UK_STREETS = ["Elm Grove", "Cardigan Road", "Ash Road", "Brudenell Street", "Harold Mount",
              "Ecclesall Road", "Wilmslow Road", "Gloucester Road", "Cowley Road", "Mill Road",
              "Bruntsfield Place", "Albany Road", "Lenton Boulevard", "St Dunstan's Street",
              "Ditchling Road", "Victoria Road", "Wordsworth Avenue", "Gladstone Terrace",
              "Nelson Street", "Shakespeare Crescent", "Rye Lane", "Hoe Street",
              "Moss Lane", "Bishop's Walk", "Chapel Allerton Lane", "Kelvin Grove"]
UK_AREAS = [("Headingley", "Leeds", "LS6"), ("Hyde Park", "Leeds", "LS6"),
            ("Crookes", "Sheffield", "S10"), ("Fallowfield", "Manchester", "M14"),
            ("Bishopston", "Bristol", "BS7"), ("Cowley", "Oxford", "OX4"),
            ("Romsey", "Cambridge", "CB1"), ("Marchmont", "Edinburgh", "EH9"),
            ("Roath", "Cardiff", "CF24"), ("Lenton", "Nottingham", "NG7"),
            ("St Dunstan's", "Canterbury", "CT2"), ("Hanover", "Brighton", "BN2"),
            ("Stoke Newington", "London", "N16"), ("Peckham", "London", "SE15"),
            ("Walthamstow", "London", "E17"), ("Heworth", "York", "YO31")]
HOUSE_NAMES = ["The Old Forge", "Rose Cottage", "Ty Gwyn", "Beech House", "Hillcrest"]
ES_STREETS = ["C/ Isabel la Católica", "Calle del Doctor Fleming", "Avda. de Blasco Ibáñez",
              "Paseo de Canalejas", "Calle Toro", "Rúa do Franco", "Carrer de Sant Pere Més Alt",
              "Calle Zamora", "Gran Vía de Colón", "C/ Pintor Sorolla", "Avenida de Mirat",
              "Plaza del Corrillo", "Calle Compañía", "C/ Antonio Machado", "Carrer de Mallorca",
              "Calle de Alcalá", "Calle Bailén", "Calle Ercilla", "C/ San Vicente de Paúl",
              "Avda. de Portugal", "Calle Rosario Pino", "c/ Ramón y Cajal"]
ES_CITIES = [("Salamanca", "37"), ("Madrid", "28"), ("Valencia", "46"), ("Granada", "18"),
             ("Sevilla", "41"), ("Bilbao", "48"), ("Barcelona", "08"),
             ("Santiago de Compostela", "15"), ("Zaragoza", "50"), ("Cádiz", "11"),
             ("Alicante", "03"), ("Málaga", "29")]
TOWNS_GT = ["Quetzaltenango", "Totonicapán", "Santa Cruz del Quiché", "Sololá", "Nahualá",
            "Cobán", "San Cristóbal Totonicapán"]
TOWNS_BO = ["El Alto", "Achacachi", "Sucre", "Cochabamba", "Potosí", "Copacabana", "Oruro"]
TOWNS_PE = ["Cusco", "Puno", "Ayacucho", "Huancavelica", "Urubamba", "Pitumarca", "Chinchero"]
COMMUNITIES = {"gt": ["Chuicruz", "Xecaracoj", "Pasac I", "Paquí", "Chuanoj", "Xejuyup"],
               "bo": ["Warisata", "Chua Visalaya", "Belén", "Santiago de Okola", "Huarina"],
               "pe": ["Amaru", "Paru Paru", "Chahuaytire", "Cuyo Grande", "Sacaca"]}


def uk_postcode(rng, district):
    return "%s %d%s" % (district, rng.randrange(1, 10), letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"))


def uk_address(rng, multiline=False):
    area, town, dist = rng.choice(UK_AREAS)
    pc = uk_postcode(rng, dist)
    st = rng.choice(UK_STREETS)
    r = rng.random()
    if r < 0.15:
        first = "Flat %d, %d %s" % (rng.randrange(1, 9), rng.randrange(2, 180), st)
    elif r < 0.25:
        first = "%s, %d %s" % (rng.choice(HOUSE_NAMES), rng.randrange(2, 60), st)
    elif r < 0.35:
        first = "%d%s %s" % (rng.randrange(2, 120), rng.choice("ab"), st)
    else:
        first = "%d %s" % (rng.randrange(1, 240), st)
    parts = [first] + ([area] if rng.random() < 0.6 else []) + [town, pc]
    if multiline:
        return "\n".join(parts)
    if rng.random() < 0.5:
        return ", ".join(parts[:-2]) + ", " + town + " " + pc
    return ", ".join(parts)


def es_address(rng, multiline=False):
    city, cp = rng.choice(ES_CITIES)
    st = rng.choice(ES_STREETS)
    num = rng.randrange(1, 140)
    piso = rng.choice(["3º B", "2º izda.", "bajo", "4.º D", "ático 1ª", "1º A", "5º dcha.", "", "pral. 2ª"])
    cpn = "%s%03d" % (cp, rng.randrange(1, 80))
    line1 = "%s%s %d%s" % (st, rng.choice(["", ","]), num, (", " + piso) if piso else "")
    if rng.random() < 0.2:
        line1 = "%s, nº %d%s" % (st, num, (", " + piso) if piso else "")
    if multiline:
        return line1 + "\n" + cpn + " " + city
    return "%s, %s %s" % (line1, cpn, city)


def la_address(rng, cc):
    n = rng.randrange(10, 2999)
    if cc == "gt":
        return rng.choice([
            "%da. Calle %d-%02d, Zona %d, Quetzaltenango" % (rng.randrange(1, 15), rng.randrange(1, 30), rng.randrange(1, 99), rng.randrange(1, 11)),
            "%da. Avenida %d-%02d zona %d, Totonicapán" % (rng.randrange(1, 9), rng.randrange(1, 20), rng.randrange(1, 99), rng.randrange(1, 5)),
            "Caserío %s, Aldea %s, Nahualá, Sololá" % (rng.choice(["Pasac I", "Xolsacmaljá", "Tzamabaj"]), rng.choice(["Chuicruz", "Guineales", "Pachipac"])),
            "Cantón %s, Zona 0, San Cristóbal Totonicapán" % rng.choice(["Xecanchavox", "Chuicotom", "Patzam"])])
    if cc == "bo":
        return rng.choice([
            "Av. 6 de Agosto N° %d, Sopocachi, La Paz" % n,
            "Calle Jordán E-%04d, Cochabamba" % n,
            "Zona 16 de Julio, Calle %d N° %d, El Alto" % (rng.randrange(1, 30), n),
            "Calle Bolívar Nº %d, Achacachi, Provincia Omasuyos" % (n % 400)])
    if cc == "pe":
        return rng.choice([
            "Jr. %s %d, Puno" % (rng.choice(["Tacna", "Lima", "Deustua", "Moquegua"]), n % 900),
            "Av. de la Cultura %d, Wanchaq, Cusco" % n,
            "Calle %s %d, Urb. Magisterio, Cusco" % (rng.choice(["Garcilaso", "Túpac Amaru", "Ccoripata"]), n % 600),
            "Jr. José Gálvez %d, Huancavelica" % (n % 500),
            "Av. Ramón Castilla %d, Ayacucho" % (n % 800)])
    if cc == "mx":
        return "Calle %s %d, Col. %s, C.P. %s, %s" % (
            rng.choice(["Macedonio Alcalá", "Hidalgo", "Tinoco y Palacios", "Reforma", "Manuel Doblado"]),
            n % 900, rng.choice(["Centro", "Reforma", "Jalatlaco", "Del Valle", "Roma Norte"]),
            rng.choice(["68000", "68050", "06700", "03100"]),
            rng.choice(["Oaxaca de Juárez, Oax.", "Ciudad de México", "Puebla, Pue."]))
    if cc == "ar":
        return rng.choice([
            "Av. Rivadavia %d, %dº %s, C1424 CABA" % (n, rng.randrange(1, 12), rng.choice("ABCD")),
            "Bv. Oroño %d, S2000 Rosario, Santa Fe" % n,
            "Calle 7 N° %d, B1900 La Plata" % (n % 1500)])
    if cc == "br":
        return rng.choice([
            "Rua Augusta %d, apto %d, Consolação, São Paulo - SP, 01304-%03d" % (n, rng.randrange(11, 190), rng.randrange(1000)),
            "Av. Sete de Setembro %d, Salvador - BA, CEP 40060-%03d" % (n, rng.randrange(1000)),
            "Rua Padre Chagas %d, Moinhos de Vento, Porto Alegre - RS" % (n % 600)])
    if cc == "it":
        return rng.choice([
            "Via dei Mille %d, 40121 Bologna" % (n % 120),
            "Corso Vittorio Emanuele II %d, 10128 Torino" % (n % 300),
            "Via Giuseppe Garibaldi %d, 90133 Palermo" % (n % 200)])
    if cc == "pl":
        return rng.choice([
            "ul. Marszałkowska %d/%d, 00-%03d Warszawa" % (n % 150, rng.randrange(1, 60), rng.randrange(1000)),
            "ul. Długa %d m. %d, 31-%03d Kraków" % (n % 90, rng.randrange(1, 30), rng.randrange(1000))])
    if cc == "jp":
        return rng.choice([
            "%d-%d-%d Shimokitazawa, Setagaya-ku, Tokyo 155-0031" % (rng.randrange(1, 6), rng.randrange(1, 30), rng.randrange(1, 20)),
            "%d-%d-%d Nishijin, Sawara-ku, Fukuoka 814-0002" % (rng.randrange(1, 6), rng.randrange(1, 30), rng.randrange(1, 20))])
    if cc == "ng":
        return rng.choice([
            "%d Adeola Odeku Street, Victoria Island, Lagos" % (n % 80),
            "Plot %d, Ogui Road, Enugu" % (n % 300),
            "%d Ring Road, Ibadan, Oyo State" % (n % 120)])
    return "Carrera %d # %d-%d, Medellín" % (rng.randrange(10, 80), rng.randrange(10, 99), rng.randrange(10, 99))


def address(rng, cc, multiline=False):
    if cc == "uk":
        return uk_address(rng, multiline)
    if cc == "es":
        return es_address(rng, multiline)
    return la_address(rng, cc)


# ======================================================= reference formats
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def ref(rng, kind):
    y = rng.choice([2025, 2026])
    yy = y % 100
    r = rng.randrange(5)
    if kind == "student":
        return ["STU-%d-%04d" % (y, rng.randrange(1, 9999)), "LX%02d/%04d" % (yy, rng.randrange(1, 9999)),
                "S%02d%05d" % (yy, rng.randrange(99999)), "PLT-%06d" % rng.randrange(999999),
                "%d%05d" % (yy, rng.randrange(99999))][r]
    if kind == "booking":
        return ["BK-" + letters(rng, 5, ALNUM), "HF/%d/%03d" % (y, rng.randrange(1, 999)),
                "PU-%05d" % rng.randrange(99999), "RES%02d%04d" % (yy, rng.randrange(9999)),
                letters(rng, 6, ALNUM)][r]
    if kind == "application":
        return ["APP-%06d" % rng.randrange(999999), "SOL-%d-%05d" % (y, rng.randrange(99999)),
                "VA%02d-%04d" % (yy, rng.randrange(9999)), "A/%d/%04d" % (y, rng.randrange(9999)),
                "%06d" % rng.randrange(100000, 999999)][r]
    if kind == "invoice":
        return ["INV-%d-%04d" % (y, rng.randrange(9999)), "FAC/%02d/%04d" % (yy, rng.randrange(9999)),
                "%d-%04d" % (y, rng.randrange(9999)), "F%d.%05d" % (y, rng.randrange(99999)),
                "INV%06d" % rng.randrange(999999)][r]
    if kind == "receipt":
        return ["RC-%06d" % rng.randrange(999999), "REC.%d.%04d" % (y, rng.randrange(9999)),
                "R%05d" % rng.randrange(99999), "CERT-%d-%04d" % (y, rng.randrange(9999)),
                "%05d" % rng.randrange(10000, 99999)][r]
    if kind == "donor":
        return ["DN-%05d" % rng.randrange(99999), "D-%04d" % rng.randrange(9999),
                "DON/ES/%04d" % rng.randrange(9999), "%06d" % rng.randrange(100000, 999999),
                "TF%05d" % rng.randrange(99999)][r]
    if kind == "mandate":
        return ["TFCIO-%06d-DD" % rng.randrange(999999), "MNDT-ES-%d-%05d" % (y, rng.randrange(99999)),
                "AYLLU%d%05d" % (y, rng.randrange(99999)), "DDM%07d" % rng.randrange(9999999),
                "AWT/%05d/%02d" % (rng.randrange(99999), yy)][r]
    if kind == "giftaid":
        return ["GAD-%d-%04d" % (y, rng.randrange(9999)), "GA/%05d" % rng.randrange(99999),
                "GAD%06d" % rng.randrange(999999), "GA-%02d-%03d" % (yy, rng.randrange(999)),
                "GADEC.%04d" % rng.randrange(9999)][r]
    if kind == "cas":
        return "E4" + letters(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if kind == "volunteer":
        return ["VOL-%s-%04d" % (rng.choice(["GT", "BO", "PE"]), rng.randrange(9999)),
                "V%02d-%03d" % (yy, rng.randrange(999)), "VLT%05d" % rng.randrange(99999),
                "VOL%d/%03d" % (y, rng.randrange(999)), "%05d" % rng.randrange(10000, 99999)][r]
    if kind == "case":
        return ["CASE-%05d" % rng.randrange(99999), "%02d/%d/%07d" % (rng.choice([37, 46, 28, 18]), y, rng.randrange(9999999)),
                "%06d" % rng.randrange(100000, 999999), "IR-%d-%04d" % (y, rng.randrange(9999)),
                "QJ-%04d" % rng.randrange(9999)][r]
    if kind == "policy":
        return ["POL-%08d" % rng.randrange(99999999), "MPF%07d" % rng.randrange(9999999),
                "SI/%d/%06d" % (y, rng.randrange(999999)), "%s-%s-%s" % (letters(rng, 3), digits(rng, 4), digits(rng, 4)),
                "0%d.%03d.%04d" % (rng.randrange(1, 9), rng.randrange(999), rng.randrange(9999))][r]
    if kind == "dbs":
        return "00" + digits(rng, 10)
    raise ValueError(kind)


def pick2(rng, pair):
    """First option (the national ID) 70% of the time, else the second."""
    return pair[0] if rng.random() < 0.7 else pair[1]


def nat_id(rng, p):
    """A plausible national ID / passport for person p, with a short label."""
    c = p.cult
    if c == "es":
        return ("DNI", dni(rng))
    if c == "gt":
        return ("DPI", dpi(rng))
    if c == "bo":
        return ("CI", bolivia_ci(rng))
    if c == "pe":
        return ("DNI", peru_dni(rng))
    if c == "ar":
        return ("DNI", arg_dni(rng))
    if c == "br":
        return pick2(rng, [("CPF", cpf(rng)), ("passport", passport(rng, "br"))])
    if c == "it":
        return pick2(rng, [("codice fiscale", codice_fiscale(rng, p.sur1(), p.first(), p.female())),
                           ("passport", passport(rng, "it"))])
    if c == "mx":
        return pick2(rng, [("CURP", curp(rng, p.surs[0], p.surs[1] if len(p.surs) > 1 else "", p.given, p.female())),
                           ("passport", passport(rng, "mx"))])
    if c == "pl":
        return pick2(rng, [("PESEL", pesel(rng, p.female())), ("passport", passport(rng, "pl"))])
    if c == "ng":
        return pick2(rng, [("NIN", nin_ng(rng)), ("passport", passport(rng, "ng"))])
    if c == "jp":
        return ("passport", passport(rng, "jp"))
    if c == "co":
        return ("passport", passport(rng, "co"))
    return pick2(rng, [("NI", ni_number(rng)), ("passport", passport(rng, "uk"))])


# ======================================================= template helpers
UK_AGENCIES = [a for a in AGENCIES if a[1].endswith(".uk")]
ES_AGENCIES = [a for a in AGENCIES if not a[1].endswith(".uk")]
UK_NGOS = [a for a in NGOS if a[1].endswith(".uk")]
ES_NGOS = [a for a in NGOS if not a[1].endswith(".uk")]
COUNTRY_EN = {"mx": "Mexico", "co": "Colombia", "pe": "Peru", "ar": "Argentina",
              "gt": "Guatemala", "bo": "Bolivia", "br": "Brazil", "it": "Italy",
              "pl": "Poland", "jp": "Japan", "ng": "Nigeria", "es": "Spain", "uk": "UK", "ua": "UK"}
COUNTRY_ES = {"mx": "México", "co": "Colombia", "pe": "Perú", "ar": "Argentina",
              "gt": "Guatemala", "bo": "Bolivia", "br": "Brasil", "it": "Italia",
              "pl": "Polonia", "jp": "Japón", "ng": "Nigeria", "es": "España",
              "uk": "Reino Unido", "ua": "Reino Unido"}
NAT_EN = {"mx": "Mexican", "co": "Colombian", "pe": "Peruvian", "ar": "Argentinian",
          "gt": "Guatemalan", "bo": "Bolivian", "br": "Brazilian", "it": "Italian",
          "pl": "Polish", "jp": "Japanese", "ng": "Nigerian", "es": "Spanish", "uk": "British", "ua": "British"}
PROJECTS_EN = ["clean water for Achacachi", "the Pitumarca weavers' cooperative",
               "school meals in Chuicruz", "the maternal health post in Nahualá",
               "quinoa storage in Santiago de Okola", "solar dryers in Chahuaytire"]
COURSES = ["General English (B1)", "IELTS Preparation", "Intensive English 25",
           "Pre-sessional EAP", "Cambridge C1 Advanced", "Business English Evening",
           "Español Intensivo A2", "DELE B2 Preparación", "Curso de Cultura Hispánica"]


def pp(r, p):
    return passport(r, {"es": "es", "ar": "ar", "br": "br", "it": "it", "jp": "jp", "pl": "pl",
                        "ng": "ng", "mx": "mx", "co": "co", "uk": "uk", "ua": "uk"}.get(p.cult, "xx"))


def home_id(r, p):
    """The national identifier of the person's home country (never a passport
    where the country has one)."""
    if p.cult == "it":
        return codice_fiscale(r, p.sur1(), p.first(), p.female())
    if p.cult == "mx":
        return curp(r, p.surs[0], p.surs[1] if len(p.surs) > 1 else "", p.given, p.female())
    if p.cult == "br":
        return cpf(r)
    if p.cult == "pl":
        return pesel(r, p.female())
    if p.cult == "ng":
        return nin_ng(r)
    return nat_id(r, p)[1]


def student_id(r, p):
    """(kind, value): often the student's own national ID, else a passport."""
    if p.cult in ("it", "mx", "br", "pl", "ng", "pe", "ar") and r.random() < 0.75:
        return nat_id(r, p)
    return ("passport", pp(r, p))


def when_str(r, lang):
    y, m, dd = rdate(r)
    wd = (y * 3 + m * 7 + dd) % 7
    if lang == "en":
        return "%s, %d %s %d %s" % (DAYS_EN[wd], dd, MONTHS_EN[m - 1], y, rtime(r))
    return "%s, %d de %s de %d %s" % (DAYS_ES[wd], dd, MONTHS_ES[m - 1], y, rtime(r))


def mailbox(d, r, disp, em):
    if disp is None:
        if r.random() < 0.5:
            d.add(EM(em))
        else:
            d.add("<", EM(em), ">")
    elif "," in disp[0] or r.random() < 0.2:
        d.add('"', disp, '" <', EM(em), ">")
    else:
        d.add(disp, " <", EM(em), ">")


def hdr(d, r, lang, frm, tos, subj, ccs=()):
    L = ("From", "Sent", "To", "Cc", "Subject") if lang == "en" else ("De", "Enviado", "Para", "CC", "Asunto")
    d.t(L[0] + ": ")
    mailbox(d, r, *frm)
    d.t("\n%s: %s\n%s: " % (L[1], when_str(r, lang), L[2]))
    for i, (disp, em) in enumerate(tos):
        if i:
            d.t("; ")
        mailbox(d, r, disp, em)
    d.t("\n")
    if ccs:
        d.t(L[3] + ": ")
        for i, (disp, em) in enumerate(ccs):
            if i:
                d.t("; ")
            mailbox(d, r, disp, em)
        d.t("\n")
    d.t(L[4] + ": ")
    if isinstance(subj, list):
        d.add(*subj)
    else:
        d.t(subj)
    d.t("\n\n")


def signature(d, r, lang, p, org, role, em=None, ph=None, adr=None):
    d.ln(r.choice(["Kind regards,", "Best wishes,", "Many thanks,", "Regards,"]) if lang == "en"
         else r.choice(["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,"]))
    d.ln("{n}", n=P(p.full() if r.random() < 0.7 else p.short()))
    d.ln("{x} | {o}", x=role, o=O(org))
    if adr:
        d.ln("{a}", a=A(adr))
    if ph:
        d.ln("{k} {p}", k=r.choice(["T:", "Tel:", "Mob:", "M."]) if lang == "en" else r.choice(["Tel.:", "Móvil:", "T."]), p=PH(ph))
    if em:
        d.ln("{e}", e=EM(em))


def reg_plate(r):
    return letters(r, 2, "ABDEFGHKLMNOPRSVWY") + "%02d " % r.randrange(10, 75) + letters(r, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ")


def flight(r):
    return r.choice(["IB", "BA", "LA", "AV", "UX", "VY", "AM", "AZ", "JL", "P4", "TP", "LO", "U2"]) + str(r.randrange(100, 9999))


def host_pair(r, tk, cult="uk"):
    """Two hosts sharing a surname, e.g. 'Gemma and Dennis Hall'."""
    a = make_person(r, cult, "F", tk)
    b = make_person(r, cult, "M", tk)
    b.surs = list(a.surs) if cult not in HISP or r.random() < 0.4 else b.surs
    return a, b


def wa_prefix(style, dmy, hm, sec):
    d_, m_, y_ = dmy
    if style == "android":
        return "%02d/%02d/%d, %s - " % (d_, m_, y_, hm)
    return "[%02d/%02d/%02d, %s:%02d] " % (d_, m_, y_ % 100, hm, sec)


class Clock:
    def __init__(self, r):
        self.r = r
        self.h = r.randrange(7, 19)
        self.m = r.randrange(0, 40)

    def tick(self, lo=1, hi=6):
        self.m += self.r.randrange(lo, hi)
        if self.m >= 60:
            self.h, self.m = min(self.h + self.m // 60, 23), self.m % 60
        return "%02d:%02d" % (self.h, self.m)


def wa(d, r, style, dmy, clk, sender, *items):
    d.t(wa_prefix(style, dmy, clk.tick(), r.randrange(60)))
    d.add(sender, ": ", *items)
    d.t("\n")


# ======================================================= English templates


def en_cas_email(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    staff = make_person(r, r.choice(["uk", "uk", "ua"]), taken=tk)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
    host = make_person(r, r.choice(["uk", "ua"]), "F", tk)
    uni = r.choice(UNIS_UK)
    sref = ref(r, "student")
    subj = ["CAS issued - ", C(sref)] if r.random() < 0.5 else "Your CAS and next steps"
    ccs = [(O(uni), "intl.admissions@" + UNI_DOMAINS[uni])] if r.random() < 0.5 else ()
    hdr(d, r, "en", (P(staff.full()), email_for(r, staff, dom)),
        [(P(st.full()) if r.random() < 0.7 else None, email_for(r, st))], subj, ccs)
    d.ln("Dear {n},", n=P(st.first()))
    d.ln()
    d.ln("Good news - {u} has now assigned your Confirmation of Acceptance for Studies. "
         "Your CAS number is {c} and it was issued against passport {pp}.",
         u=O(uni), c=C(ref(r, "cas")), pp=N(pp(r, st)))
    d.ln("Please check your name appears exactly as in the passport: {caps}. If anything is "
         "wrong (a missing second surname is the usual one) tell us before you pay the IHS.",
         caps=P(st.surname().upper() + " " + st.given.upper()))
    d.ln()
    d.ln("Your student number with us stays {s}. We have provisionally booked the airport "
         "pick-up with {co} (booking {b}) and your homestay with {t} {h} in {town}.",
         s=C(sref), co=O(r.choice(["Addison Lee", "Uber", "National Express"])),
         b=C(ref(r, "booking")), t=host.title("en", r), h=P(host.sur1()),
         town=r.choice(["Headingley", "Roath", "Fallowfield", "Hanover"]))
    if r.random() < 0.6:
        d.ln("Your agent in {c}, {a}, has a copy of this e-mail.",
             c=COUNTRY_EN[st.cult], a=P(make_person(r, st.cult if st.cult in CULT else "mx", taken=tk).full()))
    d.ln()
    signature(d, r, "en", staff, ag, r.choice(["Visa & Compliance Officer", "Student Services", "Admissions"]),
              ph=phone(r, "uk") if r.random() < 0.7 else None)
    return d


def en_fwd_complaint(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    coord = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    mgr = make_person(r, "uk", taken=tk)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk, nick=True)
    host, partner = host_pair(r, tk, r.choice(["uk", "uk", "ua"]))
    kid = make_person(r, host.cult, "M", tk)
    hdr(d, r, "en", (P(coord.full()), email_for(r, coord, dom)), [(P(mgr.full()), email_for(r, mgr, dom))],
        ["FW: homestay issue (", P(st.short()), ")"])
    d.ln("Hi {m},", m=P(mgr.first()))
    d.ln()
    d.ln("See below from {s} (student no. {n}). Could you ring {t} {h} on {ph} before Friday? "
         "I'd rather not move {s2} mid-course but we may have to.",
         s=P(st.first()), n=C(ref(r, "student")), t=host.title("en", r), h=P(host.sur1()),
         ph=PH(phone(r, "uk")), s2=P(st.first()))
    d.ln()
    d.ln("{c}", c=P(coord.first()))
    d.ln()
    d.ln("---------- Forwarded message ---------")
    d.t("From: ")
    mailbox(d, r, P(st.full()), email_for(r, st))
    d.ln("\nDate: {w}", w=when_str(r, "en"))
    d.ln("Subject: my homestay")
    d.t("To: ")
    mailbox(d, r, O(ag), "info@" + dom)
    d.ln("\n")
    d.ln("Hello, I am {s} from {c}. I stay with {a} and {b} at {adr}.",
         s=P(st.full()), c=COUNTRY_EN[st.cult], a=P(host.first()),
         b=P(partner.first() + " " + partner.surname()), adr=A(uk_address(r)))
    d.ln("The heating is off after 9pm and there is no lock on the bathroom. {p} smokes in the "
         "kitchen and yesterday their son {k} said I cannot use the washing machine. "
         "My classmate {f} is very happy with her host, {t} {h2}.",
         p=P(partner.first()), k=P(kid.first()), f=P(make_person(r, r.choice(STUDENT_CULTS), taken=tk).first()),
         t=r.choice(["Mrs", "Ms"]), h2=P(make_person(r, "uk", taken=tk).sur1()))
    d.ln("Please can you help me? My number here is {ph}.", ph=PH(phone(r, "uk")))
    d.ln("Thank you, {s}", s=P(st.nick(r)))
    return d


def en_wa_pickup(r):
    d, tk = Doc(), []
    coord = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    driver = make_person(r, r.choice(["uk", "ua", "ng", "pl"]), "M", tk)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk, nick=r.random() < 0.8)
    host = make_person(r, r.choice(["uk", "ua"]), "F", tk)
    y, m, dd = rdate(r)
    dmy, clk, sty = (dd, m, y), Clock(r), "android"
    cs = P(coord.first())
    dph = PH(phone(r, "uk"))
    sname = P(st.nick(r) if st.has_nick() and r.random() < 0.7 else st.first())
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.t("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n")
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.add(cs, ' created group "Pickup ', P(st.first()), " ", flight(r), '"\n')
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.add(cs, " added ", dph, "\n")
    wa(d, r, sty, dmy, clk, cs, "Hi ", P(driver.first()), ", this is for tomorrow: ", P(st.full()),
       ", ", O(r.choice(AIRLINES)), " from ", COUNTRY_EN[st.cult], ", lands T", str(r.randrange(2, 6)),
       " at 06:40. Booking ", C(ref(r, "booking")))
    wa(d, r, sty, dmy, clk, dph, "Got it. I'll have a sign saying ", P(st.sur1().upper()))
    wa(d, r, sty, dmy, clk, dph, "Landed?")
    wa(d, r, sty, dmy, clk, sname, "hello! yes I am in baggage, my suitcase not arrived yet")
    wa(d, r, sty, dmy, clk, sname, "<Media omitted>")
    wa(d, r, sty, dmy, clk, dph, "No rush. I'm by Costa, grey jacket, silver Skoda ", reg_plate(r))
    wa(d, r, sty, dmy, clk, cs, sname, " your host is ", host.title("en", r), " ", P(host.sur1()), ", ",
       A(uk_address(r)), ". Her mobile is ", PH(phone(r, "uk")))
    if r.random() < 0.6:
        wa(d, r, sty, dmy, clk, cs, "They have a spaniel called ", r.choice(["Biscuit", "Marmite", "Pickle", "Rolo"]),
           ", hope that's ok")
    wa(d, r, sty, dmy, clk, sname, "thank you ", P(coord.first()), "!! 😊")
    wa(d, r, sty, dmy, clk, dph, "Dropped off 08:15, ", P(host.first()), " was in. All good")
    return d


def en_wa_host_ios(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    coord = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    host, partner = host_pair(r, tk, r.choice(["uk", "ua"]))
    st = make_person(r, r.choice(["it", "br", "jp", "pl", "mx", "co", "ng"]), taken=tk)
    friend = make_person(r, r.choice(STUDENT_CULTS), "F", tk, nick=True)
    y, m, dd = rdate(r)
    dmy, clk, sty = (dd, m, y), Clock(r), "ios"
    hs = P(host.full()) if r.random() < 0.5 else P(host.first() + " " + host.sur1())
    hs_items = [hs, " Host"] if r.random() < 0.4 else [hs]
    cs = P(coord.first() + " " + coord.sur1())

    def H(*it):
        d.t(wa_prefix(sty, dmy, clk.tick(0, 9), r.randrange(60)))
        d.add(*hs_items)
        d.add(": ", *it)
        d.t("\n")
    H("Hi ", P(coord.first()), ", sorry to message on a Sunday")
    H(P(st.first()), " came in at 2am again and left the front door unlocked")
    wa(d, r, sty, dmy, clk, cs, "Oh no. Thanks for telling me, ", P(host.first()), ". Is this the third time?")
    H("Yes. And a friend stayed over, ", P(friend.nick(r) if friend.has_nick() else friend.first()),
      " I think, without asking. ", P(partner.first()), " is not happy")
    H("\u200eimage omitted")
    wa(d, r, sty, dmy, clk, cs, "I've logged it as case ", C(ref(r, "case")), " under ", P(st.full()),
       "'s file (", C(ref(r, "student")), "). I'll speak to %s at school tomorrow" % ("her" if st.female() else "him"))
    H("Thank you. Also ", P(st.first()), "'s mum rang the landline from ", COUNTRY_EN[st.cult],
      ", number ", PH(phone(r, st.cc())), ", she sounded worried")
    wa(d, r, sty, dmy, clk, cs, "No problem, I'll call her. If it carries on we can move ",
       P(st.first()), " to ", r.choice(["Mrs", "Ms"]), " ", P(make_person(r, "uk", taken=tk).sur1()),
       " in ", r.choice(["Roath", "Crookes", "Heworth", "Lenton"]))
    H("Let's see how this week goes 👍")
    return d


def en_notes(r):
    d, tk = Doc(case="lower", plain=True), []
    staff = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    d.ln("notes {x} ({s})", x=fdate(r, "en", style=0), s=P(staff.first()))
    d.ln()
    pool = list(range(12))
    r.shuffle(pool)
    for k in pool[:r.randrange(6, 9)]:
        p = make_person(r, r.choice(STUDENT_CULTS + ("uk", "ua")), taken=tk)
        d.t("- ")
        if k == 0:
            d.ln("rang {p} re cas, uni ({o}) says its been issued but no number yet?? chase tmrw",
                 p=P(p.short()), o=O(r.choice(UNIS_UK)))
        elif k == 1:
            d.ln("{p} moved host fam, new adress {a}", p=P(p.first()), a=A(uk_address(r)))
        elif k == 2:
            d.ln("donor {p} wants to cancel dd, mandate ref {c}, told her to ring {b} as well",
                 p=P(p.full()), c=C(ref(r, "mandate")), b=O(r.choice(BANKS_UK)))
        elif k == 3:
            d.ln("{n} lost bag at lhr, {a} file ref {c}", n=P(make_person(r, p.cult, taken=tk, nick=True).nick(r)), a=O(r.choice(AIRLINES)),
                 c=C("LHR" + r.choice(["BA", "IB", "LA"]) + digits(r, 5)))
        elif k == 4:
            d.ln("gift aid form from {p} - no house no. on it, also put ni no {n} which we dont need. shred + ask again",
                 p=P(p.full()), n=N(ni_number(r)))
        elif k == 5:
            d.ln("call back {p} on {ph} (agent in {c}?)", p=P(p.full()), ph=PH(phone(r, p.cc())), c=COUNTRY_EN[p.cult])
        elif k == 6:
            d.ln("invoice {c} to {o} still unpaid, {p} says they paid via {w} last wk",
                 c=C(ref(r, "invoice")), o=O(r.choice(["Intercâmbio Sol", "Aoba Ryugaku Center", "Studia Viaggi", "Lagos Study Link"])),
                 p=P(p.first()), w=O("Wise"))
        elif k == 7:
            d.ln("dbs for {p} recieved - clear. cert {c}", p=P(p.full()), c=C(ref(r, "dbs")))
        elif k == 8:
            q = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
            d.ln("pickup sat {p} + {q}, same flight, driver {dr}", p=P(p.first()), q=P(q.full()),
                 dr=P(make_person(r, "uk", "M", tk).first()))
        elif k == 9:
            d.ln("emailed {e} abt homestay swap, no reply yet", e=EM(email_for(r, p)))
        elif k == 11:
            d.ln("copy of {p}'s passport ({n}) is blurry, ask for new scan", p=P(p.short()), n=N(pp(r, p)))
        else:
            d.ln("{p} wants to volunteer in {t} in summer, sent form, app no {c}",
                 p=P(p.short()), t=r.choice(TOWNS_PE + TOWNS_BO), c=C(ref(r, "application")))
    return d


def en_csv_hosts(r):
    d, tk = Doc(), []
    target = r.randrange(700, 1350)
    d.ln("booking_ref,student,nationality,host,host_address,host_phone,arrival,weeks")
    hosts = []
    for i in range(3):
        a, b = host_pair(r, tk, r.choice(["uk", "uk", "ua"]))
        if i == 2 and r.random() < 0.7:
            a.surs = list(hosts[0][0].surs)   # an unrelated family with the same surname
            b.surs = list(a.surs)
        hosts.append((a, b, uk_address(r), phone(r, "uk")))
    while True:
        st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
        a, b, adr, ph = r.choice(hosts)
        row = Doc()
        row.add(C(ref(r, "booking")), ",")
        if r.random() < 0.5:
            row.add('"', P(st.inv() if st.cult != "jp" else st.surname().upper() + ", " + st.given), '"')
        else:
            row.add(P(st.full()))
        row.t("," + NAT_EN[st.cult] + ",")
        k = r.randrange(3)
        if k == 0:
            row.add(P(a.first()), " & ", P(b.first() + " " + b.surname()))
        elif k == 1:
            row.add(a.title("en", r), " ", P(a.full()))
        else:
            row.add('"', P(a.surname() + ", " + a.first()), '"')
        row.add(',"', A(adr), '",', PH(ph), ",", fdate(r, "en", style=2), ",", str(r.randrange(2, 25)), "\n")
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    return d


def merge(d, row):
    for sp in row.spans:
        d.spans.append({"start": sp["start"] + d.n, "end": sp["end"] + d.n, "label": sp["label"]})
    d.buf.extend(row.buf)
    d.n += row.n


def en_tsv_donors(r):
    d, tk = Doc(), []
    target = r.randrange(650, 1400)
    d.ln("donor_id\tname\temail\taddress\tgift_aid\tdeclaration\tmonthly")
    while True:
        p = make_person(r, r.choice(["uk", "uk", "uk", "ua", "ng", "es", "pe", "bo", "pl"]), taken=tk)
        row = Doc()
        row.add(C(ref(r, "donor")), "\t")
        k = r.randrange(5)
        if k == 0:
            row.add(P(p.surname().upper() + ", " + p.given))
        elif k == 1:
            row.add(P(p.inv()))
        elif k == 2:
            row.add(p.title("en", r), " ", P(p.first()[0] + ". " + p.surname()))
        elif k == 3:
            row.add(p.title("en", r), " ", P(p.full()))
        else:
            q = make_person(r, p.cult, taken=tk)
            q.surs = list(p.surs)
            row.add(P(p.first()), " & ", P(q.first() + " " + q.surname()))
        row.add("\t", EM(email_for(r, p)) if r.random() < 0.8 else "", "\t", A(uk_address(r)), "\t")
        if r.random() < 0.7:
            row.add("Y\t", C(ref(r, "giftaid")), "\t")
        else:
            row.t("N\t-\t")
        row.t(money(r, "£", 3, 60) + "\n")
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    return d


def en_giftaid_caps(r):
    d, tk = Doc(case="upper"), []
    ngo, dom = r.choice(UK_NGOS)
    p = make_person(r, r.choice(["uk", "uk", "ua", "ng", "pl", "es"]), taken=tk)
    d.ln("GIFT AID DECLARATION - {o}", o=O(ngo))
    d.ln("REGISTERED CHARITY NO. {n}", n=str(r.randrange(1100000, 1209999)))
    d.ln()
    d.ln("DONOR REF: {c}        DECLARATION NO: {g}", c=C(ref(r, "donor")), g=C(ref(r, "giftaid")))
    d.ln("TITLE: {t}   FIRST NAME(S): {f}   SURNAME: {s}", t=p.title("en", r), f=P(p.given), s=P(p.surname()))
    d.ln("HOME ADDRESS: {a}", a=A(uk_address(r)))
    d.ln("TEL: {p}     EMAIL: {e}", p=PH(phone(r, "uk")), e=EM(email_for(r, p)))
    d.ln()
    d.ln("I WANT TO GIFT AID MY DONATION OF {m} AND ANY DONATIONS I MAKE IN THE FUTURE OR HAVE MADE IN "
         "THE PAST 4 YEARS TO {o}. I AM A UK TAXPAYER AND UNDERSTAND THAT IF I PAY LESS INCOME TAX AND/OR "
         "CAPITAL GAINS TAX THAN THE AMOUNT OF GIFT AID CLAIMED ON ALL MY DONATIONS IN THAT TAX YEAR IT IS "
         "MY RESPONSIBILITY TO PAY ANY DIFFERENCE.", m=money(r, "£", 10, 500), o=O(ngo))
    d.ln()
    d.ln("SIGNED: {s}    DATE: {x}", s=P(p.first()[0] + ". " + p.surname()), x=fdate(r, "en", style=0))
    if r.random() < 0.6:
        w = make_person(r, "uk", taken=tk)
        d.ln("FORM RECEIVED BY: {w} (VOLUNTEER ID {v}) AT {ev}", w=P(w.full()), v=C(ref(r, "volunteer")),
             ev=r.choice(["CHRISTMAS FAIR", "QUIZ NIGHT", "SPONSORED WALK"]))
    return d


def en_dd_mandate(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(UK_NGOS + [NGOS[1]])
    p = make_person(r, r.choice(["uk", "ua", "ng", "it"]), taken=tk)
    q = make_person(r, p.cult, taken=tk)
    d.ln("Instruction to your bank or building society to pay by Direct Debit")
    d.ln("Originator: {o}   Service user number: {n}", o=O(ngo), n=digits(r, 6))
    d.ln()
    d.ln("Reference: {c}", c=C(ref(r, "mandate")))
    d.t("Name(s) of account holder(s): ")
    if r.random() < 0.5:
        q.surs = list(p.surs)
        d.add(p.title("en", r), " ", P(p.full()), " & ", q.title("en", r), " ", P(q.full()), "\n")
    else:
        d.add(P(p.full()), "\n")
    d.ln("Address: {a}", a=A(uk_address(r, multiline=r.random() < 0.5)))
    d.ln("Bank/building society: {b}", b=O(r.choice(BANKS_UK)))
    d.ln("IBAN: {i}", i=IB(iban(r, "gb")))
    d.ln("Sort code: {s}", s="%02d-%02d-%02d" % (r.randrange(1, 99), r.randrange(100), r.randrange(100)))
    d.ln()
    d.ln("Please pay {o} Direct Debits from the account detailed in this Instruction subject to the "
         "safeguards assured by the Direct Debit Guarantee.", o=O(ngo))
    d.ln("Amount: {m} monthly, first collection on {x}", m=money(r, "£", 5, 40), x=fdate(r, "en", style=1))
    d.ln("Signature: ____________   Date: {x}", x=fdate(r, "en", style=0))
    d.ln("Contact: {p} / {e}", p=PH(phone(r, "uk")), e=EM(email_for(r, p)))
    return d


def en_receipt(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(UK_NGOS + [NGOS[1]])
    p = make_person(r, r.choice(["uk", "uk", "ua", "ng", "es", "pl", "jp"]), taken=tk)
    tre = make_person(r, "uk", taken=tk)
    d.ln("{o}", o=O(ngo))
    d.ln("DONATION RECEIPT")
    d.ln()
    d.ln("Receipt no.: {c}", c=C(ref(r, "receipt")))
    d.ln("Date: {x}", x=fdate(r, "en", style=1))
    d.ln("Received with thanks from: {t} {p}", t=p.title("en", r), p=P(p.full()))
    d.ln("Address: {a}", a=A(uk_address(r)))
    d.ln("Donor ID: {c}", c=C(ref(r, "donor")))
    meth = r.choice(["bank transfer", "cheque", "card, JustGiving", "cash at event", "bank transfer"])
    d.ln("Amount: {m} ({k})", m=money(r, "£", 20, 2000), k=meth)
    if meth == "bank transfer" and r.random() < 0.7:
        d.ln("Paid from: {i}", i=IB(iban(r, "gb")))
    if r.random() < 0.7:
        d.ln("Gift Aid: yes, declaration {g} on file", g=C(ref(r, "giftaid")))
    else:
        d.ln("Gift Aid: not claimed")
    d.ln("Designated to: {x}", x=r.choice(PROJECTS_EN))
    d.ln()
    d.ln("Dear {n}, thank you. Your gift goes straight to our partners at {o}, who told us last month that "
         "{c} and her neighbours now have water at the tap.", n=P(p.first()),
         o=O(r.choice(PARTNERS_BO + PARTNERS_PE + PARTNERS_GT)), c=P(make_person(r, r.choice(["bo", "pe", "gt"]), "F", tk).full()))
    d.ln()
    d.ln("{t}, Treasurer", t=P(tre.full()))
    d.ln("Registered charity no. {n} | {u}", n=str(r.randrange(1100000, 1209999)), u="www." + dom)
    return d


def en_invoice_commission(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    partner = r.choice([("Intercâmbio Sol Agência Ltda", "br"), ("Aoba Ryugaku Center", "jp"),
                        ("Studia Viaggi S.r.l.", "it"), ("Lagos Study Link Ltd", "ng"),
                        ("EduPolska Sp. z o.o.", "pl"), ("Mundo Joven Viajes S.A. de C.V.", "mx")])
    attn = make_person(r, partner[1], taken=tk)
    inv = ref(r, "invoice")
    d.ln("{o}", o=O(ag))
    d.ln("{a}", a=A(uk_address(r)))
    d.ln()
    d.ln("COMMISSION STATEMENT / INVOICE {c}", c=C(inv))
    d.ln("Date: {x}", x=fdate(r, "en"))
    d.ln("To: {o}, {a}", o=O(partner[0]), a=A(la_address(r, partner[1])))
    d.ln("Attn: {p}", p=P(attn.full()))
    d.ln()
    d.ln("Student | Student no. | ID | Course | Weeks | Tuition | Commission")
    for _ in range(r.randrange(2, 5)):
        st = make_person(r, partner[1], taken=tk)
        w = r.randrange(4, 30)
        nm = st.jp_order() if st.cult == "jp" and r.random() < 0.5 else (st.full() if r.random() < 0.6 else st.inv())
        d.ln("{s} | {n} | {i} | {c} | {w} | {t} | {m}",
             s=P(nm), n=C(ref(r, "student")), i=N(home_id(r, st)),
             c=r.choice(COURSES[:6]), w=w, t="£{:,}".format(w * 270), m="£{:,}".format(w * 40))
    d.ln()
    d.ln("Commission is payable within 30 days to {i} ({b}).", i=IB(iban(r, "gb")), b=O(r.choice(BANKS_UK)))
    d.ln("Queries: {p}, {e}", p=P(make_person(r, "uk", taken=tk).first()), e=EM("accounts@" + dom))
    return d


def en_review(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk, nick=True)
    host, partner = host_pair(r, tk, r.choice(["uk", "uk", "ua"]))
    coord = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    stars = r.randrange(1, 4)
    d.ln("{s} Review of {o} homestay", s="★" * stars + "☆" * (5 - stars), o=O(ag))
    d.ln("by {n} ({c}), {x}", n=P(st.first() if r.random() < 0.5 else st.nick(r)), c=COUNTRY_EN[st.cult], x=fdate(r, "en", style=3))
    d.ln()
    d.ln("I stayed 8 weeks with {t} {h} and her husband {p}. The room was small but clean. The "
         "problem was food: dinner was frozen pizza most nights and {p2} told me breakfast is not included "
         "on Sundays, which is not what the contract said (booking {b}).",
         t=host.title("en", r), h=P(host.sur1()), p=P(partner.first()), p2=P(partner.first()),
         b=C(ref(r, "booking")))
    d.ln("Their dog {dog} was lovely. When I complained, {c} from the office was kind and quick, " + ("she" if coord.female() else "he") + " "
         "moved me to {a} and {b} in {town}, they were great.",
         dog=r.choice(["Bramble", "Toffee", "Nala", "Pepper"]), c=P(coord.first()),
         a=P(make_person(r, "uk", "F", tk).first()), b=P(make_person(r, "uk", "M", tk).full()),
         town=r.choice(["Bishopston", "Hyde Park", "Cowley", "Romsey"]))
    d.ln("So 3 stars for the agency, 1 for the first family.")
    d.ln()
    d.ln("Response from {o}: Thank you {n}. We have raised this with the host under complaint ref {q}. "
         "- {c}, Accommodation Team", o=O(ag), n=P(st.first()), q=C(ref(r, "case")), c=P(coord.full()))
    return d


def en_voicemail(r):
    d, tk = Doc(), []
    caller = make_person(r, r.choice(["ng", "br", "it", "jp", "mx", "pl", "co"]), taken=tk)
    child = make_person(r, caller.cult, "F", tk)
    child.surs = list(caller.surs)
    ag, dom = r.choice(UK_AGENCIES)
    ph = phone(r, caller.cc())
    d.ln("Voicemail transcript - {ag}", ag=O(ag))
    d.ln("Received: {w}   From: {p}   Duration: 0:{s}", w=when_str(r, "en"), p=PH(ph), s="%02d" % r.randrange(20, 59))
    d.ln()
    d.ln('"Hi, erm, good afternoon, this is {c} calling from {ct}. I am the mother of {k}, she is '
         'in your {crs} class, student number {n}. {k2} told me the host family is, erm, {t} {h}, and '
         'she has not had hot water for five days.',
         c=P(caller.full()), ct=COUNTRY_EN[caller.cult], k=P(child.full()), crs=r.choice(COURSES[:6]),
         n=C(ref(r, "student")), k2=P(child.first()), t=r.choice(["Mrs", "Ms"]), h=P(make_person(r, "uk", taken=tk).sur1()))
    spelled = "-".join(re.sub(r"[^A-Z]", "", noacc(caller.sur1()).upper()))
    if r.random() < 0.6:
        k, val = student_id(r, child)
        d.ln("Her {k} number, if you need it for the insurance, is {n}.", k=k.replace(" number", ""), n=N(val))
    d.ln("My surname is spelled {sp}. Please call me back on {p}, or my husband {hb} on {p2}. "
         "Or e-mail {e}. Thank you, bye bye.\"",
         sp=P(spelled), p=PH(ph), hb=P(make_person(r, caller.cult, "M", tk).first()),
         p2=PH(phone(r, caller.cc())), e=EM(email_for(r, caller)))
    d.ln()
    d.ln("[Transcription confidence: low. Assigned to {s}]", s=P(make_person(r, "uk", taken=tk).full()))
    return d


def en_sms_log(r):
    d, tk = Doc(), []
    target = r.randrange(700, 1300)
    ngo = r.random() < 0.5
    d.ln("SMS export - {o} shared mobile", o=O(r.choice(UK_NGOS)[0] if ngo else r.choice(UK_AGENCIES)[0]))
    d.ln("date,time,direction,number,contact,message")
    while True:
        p = make_person(r, r.choice(["uk", "ua", "ng", "pl"] if ngo else STUDENT_CULTS), taken=tk)
        row = Doc()
        row.add(fdate(r, "en", style=2), ",", rtime(r), ",", r.choice(["in", "out"]), ",", PH(phone(r, "uk")), ",")
        row.add(P(p.full()) if r.random() < 0.7 else "", ',"')
        k = r.randrange(5)
        if ngo:
            if k == 0:
                row.add("Hi ", P(p.first()), ", thanks for your donation! Your donor ID is ", C(ref(r, "donor")))
            elif k == 1:
                row.add("Can't make Saturday stall, ask ", P(make_person(r, "uk", taken=tk).first()), " pls")
            elif k == 2:
                row.add("STOP")
            elif k == 3:
                row.add("Reminder: your DBS application ", C(ref(r, "application")), " needs ID docs by Fri")
            else:
                row.add("New address is ", A(uk_address(r)), " x")
        else:
            if k == 0:
                row.add("Your pick-up ", C(ref(r, "booking")), " is confirmed, driver ", P(make_person(r, "uk", "M", tk).first()))
            elif k == 1:
                row.add("hi its ", P(make_person(r, p.cult, taken=tk, nick=True).nick(r)), " i lost my oyster card, can u tell my host?")
            elif k == 2:
                if r.random() < 0.5:
                    row.add("Passport no. for the visa letter: ", N(pp(r, p)))
                else:
                    row.add("Class moved to Room 14 tomorrow")
            elif k == 3:
                row.add("Invoice ", C(ref(r, "invoice")), " paid, thanks ", P(p.first()))
            else:
                row.add("My new number is ", PH(phone(r, p.cc())))
        row.t('"\n')
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    return d


def en_letter(r):
    d, tk = Doc(), []
    if r.random() < 0.5:
        ag, dom = r.choice(UK_AGENCIES)
        dr = make_person(r, r.choice(["uk", "ua"]), taken=tk)
        st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
        d.ln("{o}", o=O(ag))
        d.ln("{a}", a=A(uk_address(r, multiline=True)))
        d.ln("Tel {p} | {e}", p=PH(phone(r, "uk")), e=EM("office@" + dom))
        d.ln()
        d.ln(fdate(r, "en", style=1))
        d.ln()
        d.ln("To the Entry Clearance Officer, {h}", h=O(r.choice(["UK Visas and Immigration", "Home Office"])))
        d.ln()
        d.ln("Re: {t} {n}, passport {pp}, our ref. {c}", t=st.title("en", r), n=P(st.surname().upper() + ", " + st.given),
             pp=N(pp(r, st)), c=C(ref(r, "application")))
        d.ln()
        d.ln("I confirm that {n} has been accepted on a {w}-week {crs} course at {s}, starting on {x}, "
             "and that tuition and homestay fees have been paid in full (invoice {i}).",
             n=P(st.full()), w=r.randrange(8, 30), crs=r.choice(COURSES[:6]), s=O(r.choice(SCHOOLS_UK)),
             x=fdate(r, "en", style=1), i=C(ref(r, "invoice")))
        d.ln("During the course {s} will live with our host family {a} and {b} at {adr}.",
             s=P(st.first()), a=P(make_person(r, "uk", "F", tk).full()), b=P(make_person(r, "uk", "M", tk).full()),
             adr=A(uk_address(r)))
        d.ln()
        d.ln("Yours faithfully,")
        d.ln()
        d.ln("{t}{n}", t="Dr " if r.random() < 0.4 else "", n=P(dr.full()))
        d.ln("Director of Studies")
    else:
        ngo, dom = r.choice(UK_NGOS)
        v = make_person(r, r.choice(["uk", "ua", "ng", "pl"]), taken=tk)
        sig = make_person(r, "uk", taken=tk)
        d.ln("{o} - Safeguarding", o=O(ngo))
        d.ln()
        d.ln("{t} {n}", t=v.title("en", r), n=P(v.full()))
        d.ln("{a}", a=A(uk_address(r, multiline=True)))
        d.ln()
        d.ln(fdate(r, "en", style=1))
        d.ln()
        d.ln("Dear {n},", n=P(v.first()))
        d.ln()
        d.ln("Thank you for sending your Enhanced certificate from the {o}. We have recorded certificate "
             "number {c} against your volunteer ID {v}. You are now cleared to join the {pr} placement "
             "with our partner {pa}.", o=O("Disclosure and Barring Service"), c=C(ref(r, "dbs")),
             v=C(ref(r, "volunteer")), pr=r.choice(TOWNS_GT + TOWNS_PE + TOWNS_BO), pa=O(r.choice(PARTNERS_GT + PARTNERS_PE + PARTNERS_BO)))
        d.ln("Your in-country contact will be {c} ({p}).",
             c=P(make_person(r, r.choice(["gt", "pe", "bo"]), taken=tk).full()), p=PH(phone(r, r.choice(["gt", "pe", "bo"]))))
        d.ln()
        d.ln("With best wishes,")
        d.ln("{n}", n=P(sig.full()))
        d.ln("Designated Safeguarding Lead")
    return d


def en_minutes(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(UK_NGOS + [NGOS[1], NGOS[2]])
    people = [make_person(r, r.choice(["uk", "uk", "ua", "ng", "es"]), taken=tk) for _ in range(6)]
    ch, tr, sec, t4, ap, staff = people
    d.ln("{o} - Minutes of the Trustees' Meeting", o=O(ngo))
    d.ln("{x}, {v}", x=fdate(r, "en", style=1), v=r.choice(["on Zoom", "at the Friends Meeting House", "at the office", "hybrid"]))
    d.ln()
    d.add("Present: ", P(ch.full()), " (Chair), ", P(tr.full()), " (Treasurer), ", P(sec.full()), " (Secretary), ",
          P(t4.full()), "\n")
    d.add("Apologies: ", P(ap.full()), "\n")
    d.add("In attendance: ", P(staff.full()), " (Programme Manager)\n\n")
    d.ln("1. Minutes of the last meeting were approved (proposed {a}, seconded {b}).",
         a=P(tr.first()), b=P(t4.first()))
    d.ln("2. Finance. {t} reported the Gift Aid claim to {h} has been submitted; the {f} grant "
         "second instalment is due in {m}.", t=P(tr.first()), h=O("HMRC"),
         f=O(r.choice(FUNDERS)), m=MONTHS_EN[r.randrange(12)])
    fc = make_person(r, r.choice(["gt", "bo", "pe"]), taken=tk)
    d.ln("3. Field update. {s} spoke to {c}, our coordinator in {t}, and to {pa}. Two community "
         "promoters, {x} and {y}, have been added to the payroll.",
         s=P(staff.first()), c=P(fc.full()), t=r.choice({"gt": TOWNS_GT, "bo": TOWNS_BO, "pe": TOWNS_PE}[fc.cult]),
         pa=O(r.choice({"gt": PARTNERS_GT, "bo": PARTNERS_BO, "pe": PARTNERS_PE}[fc.cult])),
         x=P(make_person(r, fc.cult, taken=tk).full()), y=P(make_person(r, fc.cult, taken=tk).full()))
    v = make_person(r, "uk", taken=tk)
    d.ln("4. Safeguarding. DBS checks complete for {v} and {w}. {c} to chase {z}.",
         v=P(v.full()), w=P(make_person(r, "ua", taken=tk).full()), c=P(sec.first()),
         z=P(make_person(r, "uk", taken=tk).full()))
    d.ln("5. AOB. {c} thanked {a} for running the quiz night. Next meeting {x}.",
         c=P(ch.first()), a=P(make_person(r, "uk", taken=tk).first()), x=fdate(r, "en", style=1))
    return d


def en_volunteer_app(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(UK_NGOS + [NGOS[1]])
    v = make_person(r, r.choice(["uk", "uk", "ua", "ng", "pl", "it"]), taken=tk, nick=r.random() < 0.8)
    d.ln("{o} - Volunteer application", o=O(ngo))
    d.ln("Application ref: {c}", c=C(ref(r, "application")))
    d.ln()
    d.ln("Full name: {n}", n=P(v.full()))
    d.ln("Preferred name: {n}", n=P(v.nick(r)))
    d.ln("Date of birth: {x}", x="%02d/%02d/%d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(1960, 2005)))
    d.ln("Address: {a}", a=A(uk_address(r)))
    d.ln("Mobile: {p}   Email: {e}", p=PH(phone(r, "uk")), e=EM(email_for(r, v)))
    k, val = nat_id(r, v) if v.cult != "uk" else ("NI number", ni_number(r))
    d.ln("{k}: {v}", k=k if k[0].isupper() else k.capitalize(), v=N(val))
    d.ln("Placement wanted: {t}, {w} weeks, Spanish level B1", t=r.choice(TOWNS_GT + TOWNS_BO + TOWNS_PE), w=r.randrange(4, 16))
    d.ln()
    d.ln("Referees")
    for i in (1, 2):
        rf = make_person(r, r.choice(["uk", "ua"]), taken=tk)
        d.ln("{i}. {t} {n}, {o}, {e}", i=i, t=rf.title("en", r), n=P(rf.full()),
             o=O(r.choice(UNIS_UK + CHURCHES[:1] + ["Leeds City Council", "Oxfam"])), e=EM(email_for(r, rf)))
    em = make_person(r, v.cult, taken=tk)
    d.ln()
    d.ln("Emergency contact: {n} ({rel}), {p}", n=P(em.full()), rel=r.choice(["mother", "partner", "sister", "friend"] if em.female() else ["father", "partner", "brother", "friend"]),
         p=PH(phone(r, v.cc())))
    d.ln("DBS: {d}", d=r.choice(["will apply through you", "on the Update Service"]))
    return d


def en_field_report(r):
    d, tk = Doc(), []
    cc = r.choice(["gt", "bo", "pe"])
    ngo, dom = r.choice(UK_NGOS + [NGOS[1], NGOS[2]])
    town = r.choice({"gt": TOWNS_GT, "bo": TOWNS_BO, "pe": TOWNS_PE}[cc])
    comm = r.choice(COMMUNITIES[cc])
    au = make_person(r, r.choice(["uk", "ua", "es"]), taken=tk)
    pres = make_person(r, cc, "F", tk)
    hus = make_person(r, cc, "M", tk)
    w1, w2 = make_person(r, cc, "F", tk), make_person(r, cc, "M", tk)
    w2.surs = list(w1.surs)
    ing = make_person(r, cc, taken=tk)
    d.ln("{o} - Field report, {t} ({c}), {m} {y}", o=O(ngo), t=town, c=COUNTRY_EN[cc],
         m=MONTHS_EN[r.randrange(12)], y=r.choice([2025, 2026]))
    d.ln("Prepared by {a}", a=P(au.full()))
    d.ln()
    d.ln("On Tuesday we visited {cm} with {t} {i} from {p}. The water committee is now chaired by "
         "{dt} {pr}, who replaced {hb} after the assembly in {mo}.", cm=comm, t=ing.title("es", r),
         i=P(ing.full()), p=O(r.choice({"gt": PARTNERS_GT, "bo": PARTNERS_BO, "pe": PARTNERS_PE}[cc])),
         dt=r.choice(["Doña", "Sra."]), pr=P(pres.full()), hb=P(hus.full()), mo=MONTHS_EN[r.randrange(12)])
    d.ln("{a} and {b} hosted the volunteers for three nights. {a2} asked if the project can also fund a "
         "roof for the school kitchen.", a=P(w1.first()), b=P(w2.first() + " " + w2.surname()), a2=P(w1.first()))
    d.ln()
    d.ln("Consent for photos was given by:")
    for _ in range(r.randrange(2, 4)):
        p = make_person(r, cc, taken=tk)
        k, val = nat_id(r, p)
        d.ln("- {n}, {k} {v}", n=P(p.inv() if r.random() < 0.5 else p.full()), k=k, v=N(val))
    d.ln()
    d.ln("Concerns: the promoter {x} has not been paid since {m}; {y} at the municipality says the "
         "transfer is stuck at {b}.", x=P(make_person(r, cc, taken=tk).first()), m=MONTHS_EN[r.randrange(12)],
         y=P(make_person(r, cc, taken=tk).short()), b=O(r.choice(BANKS_LA)))
    return d


def en_newsletter(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(UK_NGOS + [NGOS[1], NGOS[2]])
    cc = r.choice(["gt", "bo", "pe"])
    a, b = host_pair(r, tk, "uk")
    vol = make_person(r, r.choice(["uk", "ua", "pl"]), taken=tk, nick=True)
    meet = make_person(r, cc, "F", tk)
    d.ln("{o} | {s} Newsletter", o=O(ngo), s=r.choice(["Spring", "Summer", "Autumn", "Winter"]))
    d.ln()
    d.ln("A huge thank you to everyone who came to the ceilidh, and to {c} for lending us the hall. "
         "Special thanks to {a} and {b}, who have now given every month for ten years.",
         c=O(r.choice(CHURCHES[:1] + CHURCHES[2:3] + CHURCHES[4:6])), a=P(a.first()), b=P(b.first() + " " + b.surname()))
    d.ln()
    d.ln("Volunteer spotlight: {v} spent {w} weeks in {t} helping {pa} set up a seed bank. "
         "\"{n} and her team taught me more than I taught them,\" says {v2}.",
         v=P(vol.full()), w=r.randrange(4, 12), t=r.choice({"gt": TOWNS_GT, "bo": TOWNS_BO, "pe": TOWNS_PE}[cc]),
         pa=O(r.choice({"gt": PARTNERS_GT, "bo": PARTNERS_BO, "pe": PARTNERS_PE}[cc])),
         n=P(make_person(r, cc, "F", tk).first()), v2=P(vol.nick(r)))
    d.ln()
    d.ln("Meet {m}: {m2} is 34, a weaver and mother of three in {cm}. With a small loan from {bk} "
         "she now sells shawls to a shop in {town}.", m=P(meet.full()), m2=P(meet.first()),
         cm=r.choice(COMMUNITIES[cc]), bk=O(r.choice(PARTNERS_BO[6:] + ["BancoSol", "Banrural", "Cooperativa Agraria Cafetalera Valle Incahuasi"])),
         town=r.choice(TOWNS_PE + TOWNS_GT))
    d.ln()
    d.ln("Our work this year is supported by {f} and {g}.", f=O(r.choice(FUNDERS[:4])), g=O(r.choice(FUNDERS[7:9])))
    d.ln("To update your details write to {e} or call {p}. Unsubscribe at www.{u}/unsub.",
         e=EM(r.choice(["supporters@", "hello@", "info@"]) + dom), p=PH(phone(r, "uk")), u=dom)
    return d


def en_rota(r):
    d, tk = Doc(), []
    target = r.randrange(550, 1200)
    ngo = r.random() < 0.5
    org = r.choice(UK_NGOS)[0] if ngo else r.choice(UK_AGENCIES)[0]
    d.ln("{o} - {k} rota, w/c {x}", o=O(org), k="Charity shop" if ngo else "Airport meet & greet", x=fdate(r, "en", style=3))
    d.ln()
    d.ln("Day       Shift        Volunteer                  Mobile")
    days = list(DAYS_EN)
    i = 0
    while True:
        p = make_person(r, r.choice(["uk", "uk", "ua", "pl", "ng", "es", "it"]), taken=tk)
        row = Doc()
        row.t("%-9s %-12s " % (days[i % 7][:3], r.choice(["09:00-13:00", "13:00-17:00", "10:00-16:00"] if ngo else ["06:00-10:00", "LHR T5", "MAN T2", "LGW North"])))
        nm = r.choice([p.surname().upper() + ", " + p.first(), p.inv(), p.full(), p.nick(r) + " " + p.sur1()])
        row.add(P(nm), " " * max(1, 27 - len(nm)), PH(phone(r, "uk")))
        if r.random() < 0.3:
            row.add("  (swap with ", P(make_person(r, "uk", taken=tk).first()), ")")
        row.t("\n")
        if d.n + row.n > target and d.n > 320:
            break
        merge(d, row)
        i += 1
    d.ln()
    d.ln("Keys: ask {k}. Cover list held by {c}.", k=P(make_person(r, "uk", taken=tk).first()),
         c=P(make_person(r, "ua", taken=tk).full()))
    return d


def en_insurance(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    ins = r.choice(["Endsleigh Insurance Services Ltd", "Study Insurance Ltd", "Allianz Partners", "AXA"])
    staff = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    st = make_person(r, r.choice(STUDENT_CULTS), "F", tk)
    handler = make_person(r, "uk", taken=tk)
    hdr(d, r, "en", (P(staff.full()), email_for(r, staff, dom)),
        [(P(handler.full()) if r.random() < 0.5 else O(ins), "claims@" + slug(ins)[:10] + ".co.uk")],
        ["Claim - ", P(st.full()), " - policy ", C(ref(r, "policy"))])
    d.ln("Dear {h},", h=P(handler.first()) if r.random() < 0.5 else "Claims Team")
    d.ln()
    sk, sv = student_id(r, st)
    d.ln("Our student {s} (DOB {x}, {k} {n}) was seen at {hs} A&E on {y} after a fall at "
         "{pl}. The hospital has given us reference {c}.", s=P(st.full()),
         x="%02d/%02d/%d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(1996, 2008)),
         k=sk, n=N(sv), hs=O(r.choice(HEALTH[:1] + HEALTH[5:])), y=fdate(r, "en", style=1),
         pl=r.choice(["the climbing wall", "her homestay", "the station"]), c=C("RX" + digits(r, 7)))
    d.ln("Please find attached the receipt from {ph} and the taxi receipt from {tx}. {s} paid by card, so "
         "reimbursement should go to her account {i}.", ph=O(r.choice(["Boots", "Superdrug", "Lloydspharmacy"])),
         tx=O(r.choice(["Addison Lee", "Uber", "Street Cars"])), s=P(st.first()), i=IB(iban(r, r.choice(["gb", "it", "es"]))))
    d.ln("Her host, {t} {h}, can confirm the details on {p}.", t=r.choice(["Mrs", "Ms", "Mr"]),
         h=P(make_person(r, "uk", taken=tk).sur1()), p=PH(phone(r, "uk")))
    d.ln()
    signature(d, r, "en", staff, ag, "Student Welfare", em=None, ph=phone(r, "uk"))
    return d


def fav_person(r, cult, tk, g=None):
    opts = [x for x in FAV_NICK[cult] if g is None or x[1] == g]
    given, gg = r.choice(opts)
    p = make_person(r, cult, gg, tk)
    p.given = given
    if cult == "pl" and gg == "F":
        p.surs = [fem_pl(x) for x in p.surs]
    return p


def en_wa_students(r):
    d, tk = Doc(), []
    ag, dom = r.choice(UK_AGENCIES)
    coord = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    cults = ["br", "ng", "mx", "it", "pl", "co"]
    r.shuffle(cults)
    mem = [fav_person(r, c, tk) for c in cults[:4]]
    hostson = fav_person(r, "uk", tk, "M")
    y, m, dd = rdate(r)
    dmy, clk, sty = (dd, m, y), Clock(r), "android"
    nk = [P(x.nick(r)) for x in mem]
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.add(nk[0], " joined using this group's invite link\n")
    wa(d, r, sty, dmy, clk, nk[0], "anyone going to the ceilidh on friday??")
    wa(d, r, sty, dmy, clk, nk[1], "Yes! ", P(hostson.nick(r)), " (my host brother) says its in the hall at ", O(r.choice(CHURCHES[:1] + CHURCHES[4:6])))
    wa(d, r, sty, dmy, clk, nk[2], "me too 🙋 can someone send the address of your house ", nk[1], "? I forgot")
    wa(d, r, sty, dmy, clk, nk[1], A(uk_address(r)))
    wa(d, r, sty, dmy, clk, nk[3], "my host mum ", r.choice(["Mrs", "Ms"]), " ", P(make_person(r, "uk", "F", tk).sur1()),
       " says we have to be back by 11 lol")
    wa(d, r, sty, dmy, clk, nk[0], P(mem[3].first()), " is your number still ", PH(phone(r, "uk")), "? my whatsapp is broken")
    newp = make_person(r, r.choice(["jp", "pe", "bo", "ng"]), taken=tk)
    nph = PH(phone(r, "uk"))
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.add(P(coord.full()), " added ", nph, "\n")
    wa(d, r, sty, dmy, clk, nph, "Hi everyone, I am ", P(newp.full()), " from ", COUNTRY_EN[newp.cult], ", ", P(coord.first()), " gave me this group")
    wa(d, r, sty, dmy, clk, nk[2], "welcome ", P(newp.first()), "!! 🎉")
    wa(d, r, sty, dmy, clk, P(coord.full()), "Reminder: bring your student card (", C(ref(r, "student")),
       " is ", P(newp.first()), "'s) for the discount at ", O(r.choice(["National Express", "Sainsbury's", "Giffgaff"])))
    return d


def en_grant_report(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(UK_NGOS + [NGOS[1], NGOS[2]])
    cc = r.choice(LA_CC)
    fund = r.choice(FUNDERS[:4] + FUNDERS[7:9])
    pm = make_person(r, r.choice(["uk", "ua", "es"]), taken=tk)
    go = make_person(r, r.choice(["uk", "ua"]), taken=tk)
    chair = make_person(r, "uk", taken=tk)
    dr = make_person(r, cc, taken=tk)
    cs = make_person(r, cc, "F", tk)
    dau = make_person(r, cc, "F", tk)
    dau.surs = [cs.surs[-1 if r.random() < 0.3 else 0]] + dau.surs[1:]
    d.ln("Interim report to {f}", f=O(fund))
    d.ln("Project: {p}, {c}", p=r.choice(["safe water", "rainwater harvesting", "household water filters"]) + " in " + r.choice(TOWNS[cc]), c=COUNTRY_EN[cc])
    d.ln("Submitted by {o}. Contact: {n} ({e}, {t})", o=O(ngo), n=P(pm.full()), e=EM(email_for(r, pm, dom)), t=PH(phone(r, "uk")))
    d.ln("Grants officer: {g}", g=P(go.full()))
    d.ln()
    d.ln("1. Progress. {h} households in {c} now have a working tap. Our partner {pa} (director: {t} {n}) "
         "trained {k} community promoters.", h=r.randrange(12, 90), c=r.choice(COMMUNITIES[cc]),
         pa=O(r.choice(PARTNERS[cc])), t=dr.title("es", r), n=P(dr.full()), k=r.randrange(3, 12))
    d.ln("2. Case study. {n}, {a}, used to walk two hours for water. \"Now my daughter {dd} gets to school "
         "on time,\" she told {p}.", n=P(cs.full()), a=r.randrange(28, 70), dd=P(dau.first()), p=P(pm.first()))
    d.ln("3. Budget. {x} of {y} spent; the underspend on transport is explained in annex B.",
         x=money(r, "£", 8000, 20000), y=money(r, "£", 20000, 40000))
    d.ln("4. Safeguarding. No incidents. New volunteer {v} joined after an enhanced DBS check.",
         v=P(make_person(r, r.choice(["uk", "ua"]), taken=tk).full()))
    d.ln()
    d.ln("Signed: {c}, Chair of Trustees, {x}", c=P(chair.full()), x=fdate(r, "en", style=1))
    return d


EN_TEMPLATES = [en_cas_email, en_fwd_complaint, en_wa_pickup, en_wa_host_ios, en_notes,
                en_csv_hosts, en_tsv_donors, en_giftaid_caps, en_dd_mandate, en_receipt,
                en_invoice_commission, en_review, en_voicemail, en_sms_log, en_letter,
                en_minutes, en_volunteer_app, en_field_report, en_newsletter, en_rota,
                en_insurance, en_wa_students, en_grant_report]


# ======================================================= Spanish templates
LA_CC = ("gt", "bo", "pe")
TOWNS = {"gt": TOWNS_GT, "bo": TOWNS_BO, "pe": TOWNS_PE}
PARTNERS = {"gt": PARTNERS_GT, "bo": PARTNERS_BO, "pe": PARTNERS_PE}
CURSOS = ["Español Intensivo A2", "DELE B2 Preparación", "Curso de Cultura Hispánica",
          "Español General B1", "Curso de verano 20h", "Español para Negocios"]


def es_email_nie(r):
    d, tk = Doc(), []
    ag, dom = r.choice(ES_AGENCIES)
    staff = make_person(r, "es", taken=tk)
    col = make_person(r, "es", taken=tk)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk, nick=r.random() < 0.6)
    city = r.choice(["Salamanca", "Valencia", "Granada", "Madrid"])
    hdr(d, r, "es", (P(staff.full()), email_for(r, staff, dom)), [(P(st.full()) if r.random() < 0.6 else None, email_for(r, st))],
        ["Cita huellas TIE - justificante ", C(ref(r, "booking"))] if r.random() < 0.5 else "Cita para la toma de huellas (TIE)")
    d.ln("Hola, {n}:", n=P(st.first() if r.random() < 0.6 else st.nick(r)))
    d.ln()
    d.ln("Ya tenemos cita para la toma de huellas en la {o} el {x} a las {h}. El número de justificante es {c}.",
         o=O("Comisaría de Policía Nacional de " + city), x=fdate(r, "es", style=1), h=rtime(r), c=C(ref(r, "booking")))
    d.ln("Tu NIE asignado es {n}. Lleva el pasaporte original ({pp}), el certificado de empadronamiento del "
         "{ay} con tu dirección ({a}), una foto y la tasa 790-012 pagada en {b}.",
         n=N(nie(r)), pp=N(pp(r, st)), ay=O("Ayuntamiento de " + city), a=A(es_address(r)), b=O(r.choice(BANKS_ES)))
    d.ln("Si la {u} todavía no te ha enviado la carta de admisión (expediente {e}), avísame y la pido yo.",
         u=O(r.choice(UNIS_ES)), e=C(ref(r, "case")))
    d.ln("Si no puedes ir, llama a {c} al {p}.", c=P(col.first()), p=PH(phone(r, "es")))
    d.ln()
    signature(d, r, "es", staff, ag, r.choice(["Coordinación de estudiantes", "Trámites y visados", "Atención al alumno"]),
              ph=phone(r, "es") if r.random() < 0.6 else None)
    return d


def es_reenviado(r):
    d, tk = Doc(), []
    ag, dom = r.choice(ES_AGENCIES)
    coord = make_person(r, "es", taken=tk)
    jefa = make_person(r, "es", "F", tk, nick=True)
    hm, hp = host_pair(r, tk, "es")
    st = make_person(r, r.choice(["jp", "it", "pl", "br", "ng", "mx", "co"]), taken=tk)
    ce = email_for(r, coord, dom)
    hdr(d, r, "es", (P(coord.full()), ce), [(P(jefa.full()), email_for(r, jefa, dom))],
        ["RV: Problema con ", P(st.first()), " (familia ", P(hm.sur1()), ")"])
    d.ln("{j}, te reenvío lo que me manda la señora {h}. ¿Lo vemos mañana? {s} tiene el número de alumno {n}.",
         j=P(jefa.nick(r)), h=P(hm.sur1()), s=P(st.first()), n=C(ref(r, "student")))
    d.ln("{c}", c=P(coord.first()))
    d.ln()
    d.ln("---------- Mensaje reenviado ---------")
    d.t("De: ")
    mailbox(d, r, P(hm.full()), email_for(r, hm))
    d.ln("\nFecha: {w}", w=when_str(r, "es"))
    d.ln("Asunto: Re: estudiante")
    d.t("Para: ")
    mailbox(d, r, P(coord.full()), ce)
    d.ln("\n")
    d.ln("Buenas tardes, {c}:", c=P(coord.first()))
    d.ln("Mi marido {m} y yo estamos contentos con {s}, pero no avisa cuando no viene a cenar y ayer "
         "trajo a una amiga, {a}, a dormir sin preguntar. Nuestra hija {hi} tiene exámenes.",
         m=P(hp.first()), s=P(st.first()), a=P(make_person(r, r.choice(STUDENT_CULTS), "F", tk).first()),
         hi=P(make_person(r, "es", "F", tk).first()))
    d.ln("Por cierto, todavía no hemos cobrado la factura {f}. La cuenta es la de siempre, {i}.",
         f=C(ref(r, "invoice")), i=IB(iban(r, "es")))
    d.ln("Un saludo, {h}", h=P(hm.first()))
    d.ln()
    d.t("El ")
    d.t("%s, %s a las %s, " % (r.choice(["lun", "mar", "mié", "jue", "vie"]), fdate(r, "es", style=3), rtime(r)))
    d.add(P(coord.full()), " (<", EM(ce), ">) escribió:\n")
    d.ln("> Hola, {h}, ¿qué tal con {s}? Recordad que llega su compañero {o} el sábado.",
         h=P(hm.first()), s=P(st.first()), o=P(make_person(r, r.choice(STUDENT_CULTS), "M", tk).full()))
    return d


def es_wa_android(r):
    d, tk = Doc(), []
    coord = make_person(r, "es", taken=tk, nick=True)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk, nick=r.random() < 0.7)
    hm, hp = host_pair(r, tk, "es")
    y, m, dd = rdate(r)
    dmy, clk, sty = (dd, m, y), Clock(r), "android"
    cs = P(coord.nick(r) if coord.has_nick() else coord.first())
    cs_items = [cs, " (agencia)"] if r.random() < 0.5 else [cs]
    dph = PH(phone(r, "es"))
    sn = P(st.nick(r) if st.has_nick() else st.first())

    def Cz(*it):
        d.t(wa_prefix(sty, dmy, clk.tick(), 0))
        d.add(*cs_items)
        d.add(": ", *it)
        d.t("\n")
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.t("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.\n")
    Cz("Hola! Mañana recoges a ", P(st.full()), ", vuelo ", flight(r), " de ", O(r.choice(AIRLINES)),
       ", llega a Barajas T4 a las 07:10. Reserva ", C(ref(r, "booking")))
    wa(d, r, sty, dmy, clk, dph, "Vale, llevo cartel con ", P(st.sur1().upper()))
    wa(d, r, sty, dmy, clk, dph, "Ya aterrizó?")
    wa(d, r, sty, dmy, clk, sn, "hola!! sí, estoy esperando la maleta")
    wa(d, r, sty, dmy, clk, sn, "<Multimedia omitido>")
    wa(d, r, sty, dmy, clk, dph, "Tranquil" + ("a" if st.female() else "o") + ", estoy en la salida 2, chaqueta azul, Toyota blanco ", "%04d %s" % (r.randrange(10000), letters(r, 3, "BCDFGHJKLMNPRSTVWXYZ")))
    Cz(P(st.first()), ", tu familia es ", P(hm.first()), " y ", P(hp.first() + " " + hp.surname()), ", ",
       A(es_address(r)), ". Móvil de ", P(hm.first()), ": ", PH(phone(r, "es")))
    if r.random() < 0.6:
        Cz("Tienen un gato que se llama ", r.choice(["Mochi", "Turrón", "Canela", "Lolo"]), " 😺")
    wa(d, r, sty, dmy, clk, sn, "muchas gracias ", P(coord.first()), "!")
    wa(d, r, sty, dmy, clk, dph, "Entregada a las 9:05, estaba ", P(hp.first()), ". Todo ok")
    return d


def es_wa_ios_campo(r):
    d, tk = Doc(), []
    cc = r.choice(LA_CC)
    vol = make_person(r, "es", taken=tk)
    loc = make_person(r, cc, taken=tk, nick=r.random() < 0.7)
    y, m, dd = rdate(r)
    dmy, clk, sty = (dd, m, y), Clock(r), "ios"
    vs = P(vol.first() + " " + vol.sur1())
    ls = P(loc.nick(r) if loc.has_nick() else loc.first() + " " + loc.sur1())
    dona = make_person(r, cc, "F", tk)
    ing = make_person(r, cc, "M", tk)
    wa(d, r, sty, dmy, clk, ls, "Buenos días ", P(vol.first()), ", ya tengo la lista de familias para los filtros de agua")
    wa(d, r, sty, dmy, clk, vs, "Genial! Me la mandas con nombre completo y documento porfa, es para el informe de ", O(r.choice(FUNDERS[4:7] + [NGOS[3][0], NGOS[4][0]])))
    for _ in range(r.randrange(2, 4)):
        p = make_person(r, cc, taken=tk)
        k, val = nat_id(r, p)
        wa(d, r, sty, dmy, clk, ls, P(p.full() if r.random() < 0.5 else p.inv()), " ", k, " ", N(val))
    wa(d, r, sty, dmy, clk, ls, "La señora ", P(dona.full()), " no tiene documento, solo partida de nacimiento")
    wa(d, r, sty, dmy, clk, vs, "Vale, ponla igual. ¿Y el ", ing.title("es", r), " ", P(ing.sur1()), " de ",
       O(r.choice(PARTNERS[cc])), " confirmó lo del transporte?")
    wa(d, r, sty, dmy, clk, ls, "Sí, su celular es ", PH(phone(r, cc)), ", dice que el ", r.choice(["jueves", "viernes"]), " sube a ",
       r.choice(COMMUNITIES[cc]))
    wa(d, r, sty, dmy, clk, ls, "\u200eaudio omitido")
    wa(d, r, sty, dmy, clk, vs, "Perfecto, gracias ", P(loc.first()), " 🙏")
    return d


def es_notas(r):
    d, tk = Doc(case="lower", plain=True), []
    staff = make_person(r, "es", taken=tk, nick=True)
    d.ln("notas {x} - {s}", x=fdate(r, "es", style=0), s=P(staff.nick(r)))
    d.ln()
    pool = list(range(11))
    r.shuffle(pool)
    for k in pool[:r.randrange(6, 9)]:
        p = make_person(r, r.choice(STUDENT_CULTS + ("es", "gt", "bo")), taken=tk)
        d.t("* ")
        if k == 0:
            d.ln("llamar a {p} x lo del {k}, le falta la fotocopia", p=P(p.short()), k="dpi" if p.cult == "gt" else "pasaporte")
        elif k == 1:
            d.ln("{p} cambia de familia, nueva direccion {a}", p=P(p.first()), a=A(es_address(r)))
        elif k == 2:
            d.ln("la sra {h} (familia) dice q {p} no avisa cuando llega tarde", h=P(make_person(r, "es", "F", tk).sur1()), p=P(p.first()))
        elif k == 3:
            d.ln("devolver recibo {c} a {p}, banco {b} lo ha rechazado x iban mal", c=C(ref(r, "receipt")), p=P(p.full()), b=O(r.choice(BANKS_ES)))
        elif k == 4:
            d.ln("nie de {p}: {n} (comprobar letra)", p=P(p.first()), n=N(nie(r)))
        elif k == 5:
            d.ln("{p} llamo desde {c}, tlf {t}, q le devolvamos la llamada mñn", p=P(p.full()), c=COUNTRY_ES[p.cult], t=PH(phone(r, p.cc())))
        elif k == 6:
            d.ln("factura {c} de {o} sin pagar todavia, hablar con {q}", c=C(ref(r, "invoice")),
                 o=O(r.choice(["Intercâmbio Sol", "Studia Viaggi", "Mundo Joven", "EduPolska"])), q=P(make_person(r, "es", taken=tk).first()))
        elif k == 7:
            d.ln("antecedentes penales de {p} ok, voluntario {v}", p=P(p.full()), v=C(ref(r, "volunteer")))
        elif k == 8:
            d.ln("recogida sabado {p} y {q}, mismo vuelo, conductor {c}", p=P(p.first()),
                 q=P(make_person(r, r.choice(STUDENT_CULTS), taken=tk).full()), c=P(make_person(r, "es", "M", tk, nick=True).nick(r)))
        elif k == 9:
            d.ln("mandar a {e} el certificado de donaciones", e=EM(email_for(r, p)))
        else:
            d.ln("{p} quiere hacer voluntariado en {t}, solicitud {c}", p=P(p.short()), t=r.choice(TOWNS_GT + TOWNS_BO), c=C(ref(r, "application")))
    return d


def es_csv_semicolon(r):
    d, tk = Doc(), []
    target = r.randrange(700, 1400)
    d.ln("id_alumno;apellidos;nombre;nacionalidad;documento;email;telefono;familia")
    fams = [make_person(r, "es", "F", tk) for _ in range(3)]
    if r.random() < 0.7:
        fams[2].surs = [fams[0].surs[0]] + [x for x in fams[2].surs[1:] if x != fams[0].surs[0]]
    cyc = list(STUDENT_CULTS)
    r.shuffle(cyc)
    cyc = ["it", "mx", "br"] + cyc
    i = 0
    while True:
        st = make_person(r, cyc[i % len(cyc)], taken=tk)
        i += 1
        fam = r.choice(fams)
        row = Doc()
        row.add(C(ref(r, "student")), ";", P(st.surname()), ";", P(st.given), ";", COUNTRY_ES[st.cult].upper()[:3], ";")
        row.add(N(nie(r) if r.random() < 0.25 else home_id(r, st)), ";", EM(email_for(r, st)), ";", PH(phone(r, "es")), ";")
        row.add(P(fam.inv() if r.random() < 0.6 else fam.full()), "\n")
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    return d


def es_lista_familias(r):
    d, tk = Doc(), []
    ag, dom = r.choice(ES_AGENCIES)
    d.ln("{o} - ASIGNACIÓN DE FAMILIAS, {x}", o=O(ag), x=r.choice(["julio", "agosto", "curso de otoño", "trimestre de primavera"]))
    d.ln()
    target = r.randrange(650, 1350)
    base_sur = None
    while True:
        hm, hp = host_pair(r, tk, "es")
        if base_sur and r.random() < 0.5:
            hm.surs = [base_sur] + hm.surs[1:]
        base_sur = base_sur or hm.surs[0]
        row = Doc()
        row.add("Familia ", P(hm.sur1() + (" " + hp.sur1() if hp.sur1() != hm.sur1() else "")), " - ")
        row.add(P(hm.first()), " y ", P(hp.first() + " " + hp.surname()), " - ", A(es_address(r)), " - tel. ", PH(phone(r, "es")), "\n")
        for _ in range(r.randrange(1, 3)):
            st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
            row.add("   · ", P(st.full()), " (", COUNTRY_ES[st.cult], ", ", C(ref(r, "student")), ")\n")
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    d.ln()
    d.ln("Dudas: {c}, {e}", c=P(make_person(r, "es", taken=tk).first()), e=EM("alojamiento@" + dom))
    return d


def es_sepa_caps(r):
    d, tk = Doc(case="upper"), []
    ngo, dom = r.choice(ES_NGOS)
    p = make_person(r, r.choice(["es", "es", "es", "pe", "bo", "co", "it"]), taken=tk)
    d.ln("ORDEN DE DOMICILIACIÓN DE ADEUDO DIRECTO SEPA")
    d.ln("REFERENCIA DE LA ORDEN DE DOMICILIACIÓN: {c}", c=C(ref(r, "mandate")))
    d.ln("IDENTIFICADOR DEL ACREEDOR: ES{k}000G{n}", k="%02d" % r.randrange(10, 99), n=digits(r, 8))
    d.ln("NOMBRE DEL ACREEDOR: {o}", o=O(ngo))
    d.ln()
    d.ln("NOMBRE DEL DEUDOR: {n}", n=P(p.surname() + ", " + p.given if r.random() < 0.5 else p.full()))
    k, val = ("DNI", dni(r)) if p.cult == "es" or r.random() < 0.3 else ("NIE", nie(r))
    d.ln("{k}: {v}", k=k, v=N(val))
    d.ln("DIRECCIÓN DEL DEUDOR: {a}", a=A(es_address(r)))
    d.ln("TELÉFONO: {t}    CORREO: {e}", t=PH(phone(r, "es")), e=EM(email_for(r, p)))
    d.ln("ENTIDAD: {b}", b=O(r.choice(BANKS_ES)))
    d.ln("NÚMERO DE CUENTA - IBAN: {i}", i=IB(iban(r, "es")))
    d.ln("TIPO DE PAGO: RECURRENTE    CUOTA: {m} / {f}", m=money(r, "€", 5, 60), f=r.choice(["MES", "TRIMESTRE", "AÑO"]))
    d.ln("Nº DE SOCIO/A: {c}", c=C(ref(r, "donor")))
    d.ln()
    d.ln("MEDIANTE LA FIRMA DE ESTA ORDEN DE DOMICILIACIÓN, EL DEUDOR AUTORIZA AL ACREEDOR A ENVIAR "
         "INSTRUCCIONES A LA ENTIDAD DEL DEUDOR PARA ADEUDAR SU CUENTA.")
    d.ln("LUGAR Y FECHA: {l}, {x}    FIRMA: {f}", l=r.choice(["VALENCIA", "SALAMANCA", "BILBAO", "GRANADA"]),
         x=fdate(r, "es", style=0), f=P(p.first()[0] + ". " + p.sur1()))
    return d


def es_certificado(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(ES_NGOS)
    sec = make_person(r, "es", taken=tk)
    p = make_person(r, r.choice(["es", "es", "es", "ar", "pe"]), taken=tk)
    d.ln("{o}", o=O(ngo))
    d.ln("{a} · NIF G{n}", a=A(es_address(r)), n=digits(r, 8))
    d.ln()
    d.ln("CERTIFICADO DE DONATIVOS - EJERCICIO {y}", y=r.choice([2024, 2025]))
    d.ln("Nº de certificado: {c}", c=C(ref(r, "receipt")))
    d.ln()
    d.ln("{t} {s}, en calidad de {cg} de {o}, entidad acogida a la Ley 49/2002,", t=sec.title("es", r),
         s=P(sec.full()), cg=r.choice(["secretaria", "secretario", "tesorera", "tesorero"]), o=O(ngo))
    d.ln()
    d.ln("CERTIFICA:")
    d.ln("Que {t} {n}, con NIF {dn} y domicilio en {a}, socio/a nº {c}, ha realizado durante el ejercicio "
         "donativos dinerarios por importe total de {m}, destinados al proyecto de {pr} en {pa}.",
         t=p.title("es", r), n=P(p.full()), dn=N(dni(r)), a=A(es_address(r)), c=C(ref(r, "donor")),
         m=money(r, "€", 30, 1500), pr=r.choice(["agua potable", "salud materna", "huertos escolares", "tejido comunitario"]),
         pa=r.choice(["Guatemala", "Bolivia", "Perú"]))
    d.ln("Que dichos donativos tienen carácter irrevocable.")
    d.ln()
    d.ln("Y para que conste, firmo el presente en {l}, a {x}.", l=r.choice(["Valencia", "Bilbao", "Madrid", "Salamanca"]),
         x=fdate(r, "es", style=1))
    d.ln()
    d.ln("Fdo.: {s}", s=P(sec.full()))
    return d


def es_factura(r):
    d, tk = Doc(), []
    ag, dom = r.choice(ES_AGENCIES)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
    fam = make_person(r, "es", "F", tk)
    d.ln("{o}", o=O(ag))
    d.ln("CIF B{n} · {a}", n=digits(r, 8), a=A(es_address(r)))
    d.ln("{e} · {t}", e=EM("administracion@" + dom), t=PH(phone(r, "es")))
    d.ln()
    d.ln("FACTURA Nº {c}          Fecha: {x}", c=C(ref(r, "invoice")), x=fdate(r, "es", style=0))
    d.ln()
    d.ln("Cliente: {n}", n=P(st.full() if r.random() < 0.5 else st.inv()))
    k, val = student_id(r, st)
    d.ln("{k}: {p}   Nº alumno: {c}", k="Pasaporte" if k == "passport" else k, p=N(val), c=C(ref(r, "student")))
    d.ln("Dirección: {a}", a=A(la_address(r, st.cc()) if st.cc() not in ("uk",) else uk_address(r)))
    d.ln()
    w = r.randrange(2, 12)
    d.ln("Concepto                                   Semanas   Importe")
    d.ln("{c}                          {w}   {m}", c=r.choice(CURSOS), w=w, m="%d,00 €" % (w * 185))
    d.ln("Alojamiento en familia ({f})          {w}   {m}", f=P(fam.sur1() + " " + fam.surs[-1]) if len(fam.surs) > 1 else P(fam.sur1()),
         w=w, m="%d,00 €" % (w * 210))
    d.ln("Seguro médico {s}                          {w}   {m}", s=O(r.choice(["Sanitas", "Adeslas", "DKV Seguros", "Mapfre"])),
         w=w, m="%d,00 €" % (w * 12))
    d.ln("Recogida aeropuerto                           1   60,00 €")
    d.ln()
    d.ln("Operación exenta de IVA (art. 20.Uno.9º LIVA).")
    d.ln("Forma de pago: transferencia a {i} ({b}) indicando el número de factura.", i=IB(iban(r, "es")), b=O(r.choice(BANKS_ES)))
    if r.random() < 0.5:
        ag2 = make_person(r, st.cult, taken=tk)
        d.ln("Agente: {a}, {o} (comisión 15%)", a=P(ag2.full()),
             o=O(r.choice(["Intercâmbio Sol Agência Ltda", "Studia Viaggi S.r.l.", "Mundo Joven Viajes S.A. de C.V.", "EduPolska Sp. z o.o."])))
    return d


def es_queja(r):
    d, tk = Doc(), []
    ag, dom = r.choice(ES_AGENCIES)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
    hm, hp = host_pair(r, tk, "es")
    coord = make_person(r, "es", taken=tk)
    d.ln("HOJA DE RECLAMACIÓN INTERNA - Nº {c}", c=C(ref(r, "case")))
    d.ln("Fecha: {x}   Recibida por: {c}", x=fdate(r, "es"), c=P(coord.full()))
    d.ln()
    d.ln("Estudiante: {n} ({p}), alumno/a {a}", n=P(st.full()), p=COUNTRY_ES[st.cult], a=C(ref(r, "student")))
    d.ln("Contacto: {e} / {t}", e=EM(email_for(r, st)), t=PH(phone(r, "es")))
    d.ln("Familia: {t} {h} y {m}, {a}", t=hm.title("es", r), h=P(hm.full()), m=P(hp.first()), a=A(es_address(r)))
    d.ln()
    d.ln("Motivo (palabras del estudiante): \"La señora {h} me dice que solo puedo ducharme cinco minutos y "
         "apaga el wifi a las 22h. Su hijo {k} entra en mi habitación sin llamar. Yo pagué pensión completa "
         "pero los domingos no hay comida. Mi compañera {f} vive con la familia {o} y está muy bien.\"",
         h=P(hm.sur1()), k=P(make_person(r, "es", "M", tk).first()),
         f=P(make_person(r, r.choice(STUDENT_CULTS), "F", tk).first()), o=P(make_person(r, "es", taken=tk).sur1()))
    d.ln()
    d.ln("Acción: {c} habla con {h} el {x}. Si no mejora, traslado a otra familia.", c=P(coord.first()),
         h=P(hm.first()), x=r.choice(DAYS_ES))
    return d


def es_buzon_voz(r):
    d, tk = Doc(), []
    cc = r.choice(["pe", "bo", "gt", "mx", "co", "ar", "es"])
    caller = make_person(r, cc, "M", tk)
    kid = make_person(r, cc, "F", tk)
    kid.surs = list(caller.surs[:1]) + kid.surs[1:]
    ph = phone(r, caller.cc())
    org = r.choice(ES_AGENCIES)[0] if r.random() < 0.5 else r.choice(ES_NGOS)[0]
    d.ln("Buzón de voz - {o}", o=O(org))
    d.ln("Mensaje nuevo · {w} · de {p} · duración 0:{s}", w=when_str(r, "es"), p=PH(ph), s="%02d" % r.randrange(25, 59))
    d.ln()
    d.ln("\"Aló, buenas tardes, le habla {c}, papá de {k}, que está de voluntaria con ustedes en {t}. "
         "Eh… le llamo porque no me contesta desde el {x} y estamos preocupados. Su número de voluntaria es {v}, "
         "creo. Ella iba a quedarse en la casa de la señora {h}.",
         c=P(caller.full()), k=P(kid.first() + " " + kid.sur1()), t=r.choice(TOWNS_PE + TOWNS_BO + TOWNS_GT),
         x=r.choice(DAYS_ES), v=C(ref(r, "volunteer")), h=P(make_person(r, r.choice(LA_CC), "F", tk).full()))
    d.ln("Por favor llámeme al {p}, o si no a mi esposa, {e}, al {p2}. Mi correo es {m}. "
         "Gracias, disculpe.\"", p=PH(ph), e=P(make_person(r, cc, "F", tk).first()), p2=PH(phone(r, caller.cc())),
         m=EM(email_for(r, caller)))
    d.ln()
    d.ln("[Transcripción automática. Asignado a {s}]", s=P(make_person(r, "es", taken=tk).full()))
    return d


def es_sms(r):
    d, tk = Doc(), []
    target = r.randrange(650, 1300)
    ngo = r.random() < 0.5
    d.ln("Registro de SMS - {o}", o=O(r.choice(ES_NGOS)[0] if ngo else r.choice(ES_AGENCIES)[0]))
    d.ln("fecha;hora;sentido;número;contacto;mensaje")
    while True:
        p = make_person(r, r.choice(["es", "es", "pe", "bo", "co"] if ngo else STUDENT_CULTS), taken=tk)
        row = Doc()
        row.add(fdate(r, "es", style=0), ";", rtime(r), ";", r.choice(["entrada", "salida"]), ";", PH(phone(r, "es")), ";")
        row.add(P(p.full()) if r.random() < 0.7 else "", ";")
        k = r.randrange(5)
        if ngo:
            if k == 0:
                row.add("Gracias ", P(p.first()), " por tu donativo. Tu nº de socio/a es ", C(ref(r, "donor")))
            elif k == 1:
                row.add("No puedo el sábado en el mercadillo, pregunta a ", P(make_person(r, "es", taken=tk, nick=True).nick(r)))
            elif k == 2:
                row.add("BAJA")
            elif k == 3:
                row.add("Recuerda traer el certificado de antecedentes para la solicitud ", C(ref(r, "application")))
            else:
                row.add("Mi nueva dirección: ", A(es_address(r)))
        else:
            if k == 0:
                row.add("Tu recogida ", C(ref(r, "booking")), " está confirmada. Conductor: ", P(make_person(r, "es", "M", tk).first()))
            elif k == 1:
                row.add("hola soy ", P(make_person(r, p.cult, taken=tk, nick=True).nick(r)), ", perdí las llaves, puedes avisar a mi familia?")
            elif k == 2:
                row.add("Mañana la clase es en el aula 3")
            elif k == 3:
                row.add("Factura ", C(ref(r, "invoice")), " pagada, gracias ", P(p.first()))
            else:
                row.add("Mi número nuevo es ", PH(phone(r, p.cc())))
        row.t("\n")
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    return d


def es_carta(r):
    d, tk = Doc(), []
    host = make_person(r, "es", taken=tk)
    gst = make_person(r, r.choice(["pe", "bo", "gt", "mx", "co"]), taken=tk)
    cons = r.choice(["Consulado General de España en Lima", "Consulado General de España en La Paz",
                     "Embajada de España en Guatemala", "Consulado General de España en México"])
    d.ln("{t} {n}", t=host.title("es", r), n=P(host.full()))
    d.ln("{a}", a=A(es_address(r, multiline=True)))
    d.ln("Tel. {p} · {e}", p=PH(phone(r, "es")), e=EM(email_for(r, host)))
    d.ln()
    d.ln("A la atención de la Sección de Visados del {c}", c=O(cons))
    d.ln()
    d.ln("{l}, {x}", l=r.choice(["Salamanca", "Valencia", "Granada", "Zaragoza"]), x=fdate(r, "es", style=1))
    d.ln()
    d.ln("Asunto: carta de invitación - expediente {c}", c=C(ref(r, "case")))
    d.ln()
    if gst.cult == "mx" and r.random() < 0.7:
        gk, gv = "CURP", curp(r, gst.surs[0], gst.surs[-1] if len(gst.surs) > 1 else "", gst.given, gst.female())
    else:
        gk, gv = "pasaporte nº", pp(r, gst)
    d.ln("Yo, {n}, con DNI {dn}, declaro que alojaré en mi domicilio a {t} {g}, de nacionalidad {na}, "
         "con {k} {v}, durante su estancia para el curso {cu} de la {u}.",
         n=P(host.full()), dn=N(dni(r)), t=gst.title("es", r), g=P(gst.full()),
         na={"pe": "peruana", "bo": "boliviana", "gt": "guatemalteca", "mx": "mexicana", "co": "colombiana"}[gst.cult],
         k=gk, v=N(gv), cu=r.choice(CURSOS), u=O(r.choice(UNIS_ES)))
    d.ln("La reserva de plaza consta en {o} con el nº de solicitud {s}. Adjunto copia de mi DNI, escritura "
         "de la vivienda y certificado de empadronamiento.", o=O(r.choice(ES_AGENCIES)[0]), s=C(ref(r, "application")))
    d.ln()
    d.ln("Atentamente,")
    d.ln("{n}", n=P(host.first() + " " + host.sur1()))
    return d


def es_acta(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(ES_NGOS)
    ppl = [make_person(r, r.choice(["es", "es", "es", "pe", "bo", "ar"]), taken=tk) for _ in range(6)]
    pres, teso, secr, voc, exc, tec = ppl
    d.ln("ACTA DE LA REUNIÓN DEL PATRONATO - {o}", o=O(ngo))
    d.ln("{x}, {l}", x=fdate(r, "es", style=1), l=r.choice(["por videoconferencia", "en la sede", "en modalidad mixta"]))
    d.ln()
    d.add("Asistentes: ", pres.title("es", r), " ", P(pres.full()), " (presidenta); " if pres.female() else " (presidente); ", P(teso.full()), " (tesorería); ",
          P(secr.full()), " (secretaría); ", P(voc.full()), " (vocal).\n")
    d.add("Excusa su asistencia: ", P(exc.full()), ". Asiste como " + ("técnica" if tec.female() else "técnico") + ": ", P(tec.full()), ".\n\n")
    d.ln("1. Se aprueba el acta anterior a propuesta de {a}, con el apoyo de {b}.", a=P(teso.first()), b=P(voc.first()))
    d.ln("2. Cuentas. {t} informa de que la subvención concedida por {f} se ha cobrado y de que hay {n} socios con "
         "recibos devueltos por {b}.", t=P(teso.first()), f=O(r.choice(FUNDERS[4:7] + FUNDERS[9:])),
         n=r.randrange(3, 30), b=O(r.choice(BANKS_ES)))
    cc = r.choice(LA_CC)
    co = make_person(r, cc, taken=tk)
    d.ln("3. Proyectos. {t} resume la visita a {pl}: la contraparte {pa} pide renovar el convenio; la coordinadora "
         "local, {c}, propone contratar a {x} y a {y} como promotoras.", t=P(tec.first()),
         pl=r.choice(TOWNS[cc]), pa=O(r.choice(PARTNERS[cc])), c=P(co.full()),
         x=P(make_person(r, cc, "F", tk).full()), y=P(make_person(r, cc, "F", tk).full()))
    d.ln("4. Voluntariado. Se revisan los certificados del {m} de {a} y {b}.", m=O("Registro Central de Delincuentes Sexuales"),
         a=P(make_person(r, "es", taken=tk).full()), b=P(make_person(r, "es", taken=tk).full()))
    d.ln("5. Ruegos y preguntas. {p} agradece a {q} la organización del concierto solidario.",
         p=P(pres.first()), q=P(make_person(r, "es", taken=tk, nick=True).nick(r)))
    d.ln()
    d.ln("Vº Bº {p}, presidencia · {s}, secretaría", p=P(pres.short()), s=P(secr.short()))
    return d


def es_informe_campo(r):
    d, tk = Doc(), []
    cc = r.choice(LA_CC)
    ngo, dom = r.choice(ES_NGOS)
    au = make_person(r, r.choice(["es", cc]), taken=tk)
    comm = r.choice(COMMUNITIES[cc])
    a, b = make_person(r, cc, "F", tk), make_person(r, cc, "M", tk)
    b.surs = list(a.surs)
    s1, s2 = make_person(r, cc, "F", tk), make_person(r, cc, "F", tk)
    s2.surs = list(s1.surs)
    lic = make_person(r, cc, taken=tk)
    d.ln("INFORME DE SEGUIMIENTO - {o}", o=O(ngo))
    d.ln("Comunidad {c}, {t} ({p}) · elaborado por {a}", c=comm, t=r.choice(TOWNS[cc]), p=COUNTRY_ES[cc], a=P(au.full()))
    d.ln()
    d.ln("El día {x} nos reunimos en la casa comunal con {t} {l}, de {pa}, y con la junta directiva del comité. "
         "Preside ahora {dn} {p}; tesorero, {q}.", x=fdate(r, "es", style=1), t=lic.title("es", r), l=P(lic.full()),
         pa=O(r.choice(PARTNERS[cc])), dn=r.choice(["doña", "Doña", "la señora"]), p=P(make_person(r, cc, "F", tk).full()),
         q=P(make_person(r, cc, "M", tk).full()))
    d.ln("{a} y {b} alojaron a las voluntarias. Las hermanas {s1} y {s2} presentaron el avance del taller de telar; "
         "{s3} pidió apoyo para comprar hilo en {town}.", a=P(a.first()), b=P(b.full()),
         s1=P(s1.first()), s2=P(s2.full()), s3=P(s1.first()), town=r.choice(TOWNS[cc]))
    d.ln()
    d.ln("Beneficiarias nuevas:")
    for _ in range(r.randrange(2, 5)):
        p = make_person(r, cc, "F", tk)
        k, val = nat_id(r, p)
        d.ln("{n}; {k} {v}; cel. {t}", n=P(p.inv() if r.random() < 0.6 else p.full()), k=k, v=N(val), t=PH(phone(r, cc)))
    d.ln()
    d.ln("Pendiente: el pago a la promotora {p} sigue retenido en {b}.", p=P(make_person(r, cc, "F", tk).first()),
         b=O(r.choice(BANKS_LA)))
    return d


def es_boletin(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(ES_NGOS)
    cc = r.choice(LA_CC)
    vol = make_person(r, "es", taken=tk, nick=True)
    m = make_person(r, cc, "F", tk)
    a, b = host_pair(r, tk, "es")
    d.ln("Boletín de {s} - {o}", s=r.choice(["primavera", "verano", "otoño", "invierno"]), o=O(ngo))
    d.ln()
    d.ln("¡Gracias a las 140 personas que vinisteis a la paella solidaria! Y gracias a la {p} por cedernos el salón "
         "parroquial, y a {a} y {b}, socios desde hace quince años.", p=O(r.choice(CHURCHES[1:2] + CHURCHES[3:4] + CHURCHES[6:])),
         a=P(a.first()), b=P(b.full()))
    d.ln()
    d.ln("Voluntariado: {v} pasó {w} semanas en {t} con {pa}. \"{n} y su equipo me enseñaron más de lo que yo les "
         "enseñé\", cuenta {v2}.", v=P(vol.full()), w=r.randrange(3, 12), t=r.choice(TOWNS[cc]), pa=O(r.choice(PARTNERS[cc])),
         n=P(make_person(r, cc, "F", tk).first()), v2=P(vol.nick(r)))
    d.ln()
    d.ln("Conoce a {m}: {m2} tiene 41 años, es tejedora y madre de cuatro hijos en {c}. Con un microcrédito de {bk} "
         "hoy vende sus mantas en el mercado de {tw}.", m=P(m.full()), m2=P(m.first()), c=r.choice(COMMUNITIES[cc]),
         bk=O(r.choice(BANKS_LA[:4] + [PARTNERS_BO[6]])), tw=r.choice(TOWNS[cc]))
    d.ln()
    d.ln("Con el apoyo de {f} y {g}.", f=O(r.choice(FUNDERS[4:7])), g=O(r.choice(["Ayuntamiento de Valencia", "Diputación de Salamanca", "Ayuntamiento de Bilbao"])))
    d.ln("Para cambiar tus datos escribe a {e} o llama al {t}. www.{u}", e=EM(r.choice(["socios@", "hola@", "info@"]) + dom),
         t=PH(phone(r, "es")), u=dom)
    return d


def es_turnos(r):
    d, tk = Doc(), []
    target = r.randrange(550, 1200)
    ngo = r.random() < 0.5
    org = r.choice(ES_NGOS)[0] if ngo else r.choice(ES_AGENCIES)[0]
    d.ln("{o} - Turnos {k}, semana del {x}", o=O(org), k="tienda solidaria" if ngo else "recogidas aeropuerto",
         x=fdate(r, "es", style=1))
    d.ln()
    d.ln("Día\tTurno\tVoluntario/a\tMóvil")
    i = 0
    while True:
        p = make_person(r, r.choice(["es", "es", "es", "pe", "bo", "co", "it"]), taken=tk)
        row = Doc()
        row.t("%s\t%s\t" % (DAYS_ES[i % 7], r.choice(["mañana", "tarde", "10-14h", "17-20h"] if ngo else ["T4 Barajas", "T1 Barajas", "Atocha", "6-10h", "tarde"])))
        nm = r.choice([p.surname().upper() + ", " + p.first(), p.inv(), p.full(), p.nick(r) + " " + p.sur1()])
        row.add(P(nm), "\t", PH(phone(r, "es")))
        if r.random() < 0.3:
            row.add(" (cambia con ", P(make_person(r, "es", taken=tk).first()), ")")
        row.t("\n")
        if d.n + row.n > target and d.n > 320:
            break
        merge(d, row)
        i += 1
    d.ln()
    d.ln("Llaves: {a}. Suplentes: {b} y {c}.", a=P(make_person(r, "es", taken=tk).first()),
         b=P(make_person(r, "es", taken=tk).short()), c=P(make_person(r, "es", taken=tk).short()))
    return d


def es_lista_donantes(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(ES_NGOS)
    target = r.randrange(650, 1400)
    d.ln("{o} - listado de socios/as con cuota activa (uso interno)", o=O(ngo))
    d.ln()
    while True:
        p = make_person(r, r.choice(["es", "es", "es", "bo", "pe", "gt", "ar", "jp", "it"]), taken=tk)
        row = Doc()
        if p.cult == "jp":
            row.add(P(p.surname().upper() + ", " + p.given))
        else:
            row.add(P(p.inv()))
        row.add(" - ", C(ref(r, "donor")), " - ", money(r, "€", 5, 50), "/", r.choice(["mes", "trim.", "año"]))
        if r.random() < 0.6:
            row.add(" - ", IB(iban(r, "es")))
        if r.random() < 0.4:
            row.add(" - ", N(dni(r) if p.cult == "es" else nie(r)))
        if r.random() < 0.3:
            row.add(" - ", EM(email_for(r, p)))
        row.t("\n")
        if d.n + row.n > target and d.n > 300:
            break
        merge(d, row)
    return d


def es_seguro(r):
    d, tk = Doc(), []
    ag, dom = r.choice(ES_AGENCIES)
    ins = r.choice(["Mapfre", "Sanitas", "DKV Seguros", "Adeslas", "Intermundial Seguros", "Chapka"])
    staff = make_person(r, "es", taken=tk)
    st = make_person(r, r.choice(STUDENT_CULTS), taken=tk)
    tram = make_person(r, "es", taken=tk)
    hdr(d, r, "es", (P(staff.full()), email_for(r, staff, dom)), [(P(tram.full()) if r.random() < 0.5 else O(ins), "siniestros@" + slug(ins)[:10] + ".es")],
        ["Parte de asistencia - ", P(st.full()), " - póliza ", C(ref(r, "policy"))])
    if r.random() < 0.5:
        d.ln("Buenos días, {n}:", n=P(tram.first()))
    else:
        d.ln("Buenos días:")
    d.ln()
    sk, sv = student_id(r, st)
    sk = {"passport": "pasaporte"}.get(sk, sk)
    d.ln("Os comunico que {s} ({k} {v}), " + ("alumna" if st.female() else "alumno") + " de nuestro curso {c}, fue " + ("atendida" if st.female() else "atendido") + " el {x} en el {h} por una "
         "caída en bicicleta. El número de episodio es {e}.", s=P(st.full()), k=sk, v=N(sv),
         c=r.choice(CURSOS), x=fdate(r, "es", style=1), h=O(r.choice(HEALTH[1:5])), e=C("EP" + digits(r, 8)))
    d.ln("Adjunto el informe de urgencias y la factura de la farmacia. El reembolso debe hacerse a la cuenta de "
         "{s2}: {i}.", s2=P(st.first()), i=IB(iban(r, r.choice(["es", "it"]))))
    d.ln("Su familia de acogida, {t} {f}, puede confirmar los hechos en el {p}.", t=r.choice(["la Sra.", "D.ª", "doña"]),
         f=P(make_person(r, "es", "F", tk).full()), p=PH(phone(r, "es")))
    d.ln()
    signature(d, r, "es", staff, ag, "Bienestar del estudiante", ph=phone(r, "es"))
    return d


def es_voluntariado(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(ES_NGOS)
    v = make_person(r, r.choice(["es", "es", "es", "ar", "co"]), taken=tk, nick=r.random() < 0.8)
    d.ln("SOLICITUD DE VOLUNTARIADO INTERNACIONAL - {o}", o=O(ngo))
    d.ln("Nº de solicitud: {c}    Fecha: {x}", c=C(ref(r, "application")), x=fdate(r, "es", style=0))
    d.ln()
    d.ln("Nombre: {n}", n=P(v.given))
    d.ln("Apellidos: {s}", s=P(v.surname()))
    d.ln("Cómo quieres que te llamemos: {n}", n=P(v.nick(r)))
    k, val = ("DNI", dni(r)) if v.cult == "es" else ("NIE", nie(r))
    d.ln("{k}: {v}", k=k, v=N(val))
    d.ln("Domicilio: {a}", a=A(es_address(r)))
    d.ln("Móvil: {p}    Correo: {e}", p=PH(phone(r, "es")), e=EM(email_for(r, v)))
    cc = r.choice(LA_CC)
    d.ln("Destino preferido: {t} ({c}), con {pa}", t=r.choice(TOWNS[cc]), c=COUNTRY_ES[cc], pa=O(r.choice(PARTNERS[cc])))
    d.ln()
    d.ln("Certificado negativo del {r} (nº {n}) y certificado de antecedentes penales del {m}: adjuntos.",
         r=O("Registro Central de Delincuentes Sexuales"), n=C(ref(r, "case")), m=O("Ministerio de Justicia"))
    rf = make_person(r, "es", taken=tk)
    d.ln("Referencia: {n}, {o}, {e}", n=P(rf.full()), o=O(r.choice(UNIS_ES + CHURCHES[1:2] + ["Cruz Roja Española", "Cáritas Diocesana"])),
         e=EM(email_for(r, rf)))
    em = make_person(r, v.cult, taken=tk)
    d.ln("Contacto de emergencia: {n} ({p}), {t}", n=P(em.full()), p=r.choice(["madre", "pareja", "hermana"] if em.female() else ["padre", "pareja", "hermano"]),
         t=PH(phone(r, v.cc())))
    d.ln("Alergias / observaciones: ninguna")
    return d


def es_wa_grupo(r):
    d, tk = Doc(), []
    cc = r.choice(LA_CC)
    ngo, dom = r.choice(ES_NGOS)
    vols = [fav_person(r, "es", tk) for _ in range(2)] + [make_person(r, "es", taken=tk, nick=True)]
    loc = fav_person(r, "pe" if cc == "pe" else "bo", tk) if cc != "gt" else make_person(r, "gt", taken=tk, nick=True)
    y, m, dd = rdate(r)
    dmy, clk, sty = (dd, m, y), Clock(r), "ios"
    vn = [P(v.nick(r)) for v in vols]
    ln = P(loc.nick(r) + " " + loc.sur1()) if r.random() < 0.5 else P(loc.nick(r))
    comm = r.choice(COMMUNITIES[cc])
    ing = make_person(r, cc, "M", tk)
    sra = make_person(r, cc, "F", tk)
    d.t(wa_prefix(sty, dmy, clk.tick(), 0))
    d.add(P(vols[0].full()), " creó el grupo \u201cVoluntariado ", r.choice(TOWNS[cc]), " ", str(y), "\u201d\n")
    wa(d, r, sty, dmy, clk, ln, "Buenas chicos, mañana salimos a las 6 a ", comm, ". Lleven agua y protector")
    wa(d, r, sty, dmy, clk, vn[0], "Perfecto ", P(loc.nick(r)), "! Alguien tiene el número del ", ing.title("es", r), " ", P(ing.sur1()), "?")
    wa(d, r, sty, dmy, clk, vn[1], PH(phone(r, cc)))
    wa(d, r, sty, dmy, clk, vn[2], "La señora ", P(sra.full()), " nos invitó a almorzar el domingo 😍")
    wa(d, r, sty, dmy, clk, vn[0], "Yo me quedé sin saldo, ", P(vols[1].first()), " me prestas tu móvil luego?")
    wa(d, r, sty, dmy, clk, ln, "Recuerden que el seguro es con ", O(r.choice(["Mapfre", "Intermundial Seguros", "Chapka", "DKV Seguros"])),
       ", póliza ", C(ref(r, "policy")), ", por si acaso")
    wa(d, r, sty, dmy, clk, vn[1], "Una cosa, ", P(vols[2].first()), " dejó su pasaporte en la casa de la familia ",
       P(make_person(r, cc, taken=tk).sur1()), ", ya lo recogí")
    wa(d, r, sty, dmy, clk, vn[2], "Graciaaas ", vn[1], " ❤️")
    return d


def es_informe_subvencion(r):
    d, tk = Doc(), []
    ngo, dom = r.choice(ES_NGOS)
    cc = r.choice(LA_CC)
    fund = r.choice(FUNDERS[4:7] + FUNDERS[9:] + ["Ayuntamiento de Bilbao", "Diputación de Salamanca"])
    tec = make_person(r, "es", taken=tk)
    rep = make_person(r, cc, taken=tk)
    soc = make_person(r, cc, "F", tk)
    d.ln("INFORME DE SEGUIMIENTO TÉCNICO - Convocatoria de cooperación al desarrollo, {f}", f=O(fund))
    d.ln("Entidad: {o}. Persona de contacto: {n} ({e} · {t})", o=O(ngo), n=P(tec.full()), e=EM(email_for(r, tec, dom)),
         t=PH(phone(r, "es")))
    rt = rep.title("es", r)
    d.ln("Contraparte local: {pa}, representada por {t} {n}", pa=O(r.choice(PARTNERS[cc])), t=rt, n=P(rep.full()))
    d.ln()
    d.ln("1. Actividades. Se han celebrado {k} talleres en {c} y {c2}, con la participación de {h} mujeres. "
         "La promotora {p} lleva el registro de asistencia.", k=r.randrange(4, 15), c=r.choice(COMMUNITIES[cc]),
         c2=r.choice(TOWNS[cc]), h=r.randrange(20, 120), p=P(make_person(r, cc, "F", tk).full()))
    d.ln("2. Testimonio. \"Antes vendíamos la lana a cualquier precio; ahora con la cooperativa decidimos juntas\", "
         "explica {n}, socia desde {y}. Su hijo {h} es ahora tesorero del comité.", n=P(soc.full()),
         y=r.randrange(2015, 2024), h=P(make_person(r, cc, "M", tk).first()))
    d.ln("3. Ejecución presupuestaria: {x} ejecutados de {y} concedidos.", x=money(r, "€", 9000, 25000), y=money(r, "€", 25000, 60000))
    d.ln("4. Incidencias: retraso de tres semanas por bloqueos de carretera; {t} {n} gestionó el permiso con la municipalidad.",
         t=rt, n=P(rep.sur1()))
    d.ln()
    d.ln("Fdo.: {n}, " + ("técnica" if tec.female() else "técnico") + " de proyectos · {x}", n=P(tec.short()), x=fdate(r, "es", style=1))
    return d


ES_TEMPLATES = [es_email_nie, es_reenviado, es_wa_android, es_wa_ios_campo, es_notas,
                es_csv_semicolon, es_lista_familias, es_sepa_caps, es_certificado, es_factura,
                es_queja, es_buzon_voz, es_sms, es_carta, es_acta, es_informe_campo,
                es_boletin, es_turnos, es_lista_donantes, es_seguro, es_voluntariado,
                es_wa_grupo, es_informe_subvencion]


# ================================================================ generate
MIN_LEN, MAX_LEN = 300, 1500


def build(fn, seed):
    d = None
    for k in range(60):
        d = fn(random.Random(seed + 7919 * k))
        txt = d.text.rstrip()
        if MIN_LEN <= len(txt) <= MAX_LEN:
            return txt, d.spans
    raise RuntimeError("could not fit %s into the length window" % fn.__name__)


def generate():
    master = random.Random(SEED)
    seeds = [master.randrange(1, 2 ** 31) for _ in range(120)]
    rows = []
    for li, (lang, temps) in enumerate((("en", EN_TEMPLATES), ("es", ES_TEMPLATES))):
        order = [temps[i % len(temps)] for i in range(60)]
        master.shuffle(order)
        for i in range(60):
            text, spans = build(order[i], seeds[li * 60 + i])
            spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
            rows.append({"id": "d10-%s-%03d" % (lang, i), "text": text, "lang": lang,
                         "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
    return rows


# -------------------------------------------------------------- self-check

def _dni_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if re.fullmatch(r"\d{8}[A-Z]", s):
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", s):
        return DNI_LETTERS[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]
    return None


def _cpf_ok(s):
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", s):
        return None
    dg = [int(c) for c in re.sub(r"\D", "", s)]
    c1 = (sum((10 - i) * x for i, x in enumerate(dg[:9])) * 10) % 11 % 10
    c2 = (sum((11 - i) * x for i, x in enumerate(dg[:10])) * 10) % 11 % 10
    return dg[9] == c1 and dg[10] == c2


def self_check(rows):
    assert len(rows) == 120
    assert len({r["id"] for r in rows}) == 120
    assert len({r["text"] for r in rows}) == 120, "duplicate texts"
    assert sum(r["lang"] == "en" for r in rows) == 60
    for row in rows:
        t = row["text"]
        assert MIN_LEN <= len(t) <= MAX_LEN, (row["id"], len(t))
        prev = 0
        for sp in row["spans"]:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            assert lab in LABELS, (row["id"], sp)
            assert 0 <= prev <= s < e <= len(t), (row["id"], sp)
            x = t[s:e]
            assert x == x.strip(), (row["id"], x)
            if lab == "IBAN":
                assert iban_ok(x), (row["id"], x)
            if lab == "NATIONAL_ID":
                assert _dni_ok(x) is not False, (row["id"], x)
                assert _cpf_ok(x) is not False, (row["id"], x)
            prev = e


def summary(rows):
    labs = {}
    for row in rows:
        for sp in row["spans"]:
            key = sp["label"]
            labs.setdefault(key, {"en": 0, "es": 0})
            labs[key][row["lang"]] += 1
    persons = []
    seen = {}
    for row in rows:
        for sp in row["spans"]:
            if sp["label"] == "PERSON":
                x = row["text"][sp["start"]:sp["end"]]
                if x not in seen:
                    seen[x] = 1
                    persons.append(x)
    lines = ["%-12s %5s %5s %6s" % ("label", "en", "es", "total")]
    tot = {"en": 0, "es": 0}
    for lab in LABELS:
        c = labs.get(lab, {"en": 0, "es": 0})
        tot["en"] += c["en"]
        tot["es"] += c["es"]
        lines.append("%-12s %5d %5d %6d" % (lab, c["en"], c["es"], c["en"] + c["es"]))
    lines.append("%-12s %5d %5d %6d" % ("all", tot["en"], tot["es"], tot["en"] + tot["es"]))
    lines.append("documents: en %d, es %d; distinct PERSON strings: %d" % (
        sum(r["lang"] == "en" for r in rows), sum(r["lang"] == "es" for r in rows), len(persons)))
    return "\n".join(lines), len(persons)


if __name__ == "__main__":
    rows = generate()
    self_check(rows)
    text, n_person = summary(rows)
    assert n_person >= 350, n_person
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev10.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))
    print(text)
