#!/usr/bin/env python3
"""Hand-built labelled PII test set "dev8" (travel agency + wedding planner).

Provenance
----------
Built on 2026-12-04 by a separate author (a helper agent) who was given only
the label conventions and the two domains below.  The author read neither the
detector's recognizers nor any of the other labelled sets, and did not run the
detector.  Blind spots are therefore meant to differ from the detector's own.

Domains
-------
1. A small travel agency / tour operator with offices in Spain (Madrid) and
   Mexico (Merida): "Rumbo Quetzal Viajes".  Clients from Spain, Latin America
   (Mexico, Peru, Argentina, Colombia, Chile), the UK, Ireland and the US.
   Booking confirmations, passenger manifests and rooming lists for group
   tours, hotel vouchers, visa/passport paperwork, flight changes, refund and
   complaint threads, travel-insurance claims, supplier e-mails (hotels, coach
   firms, local guides).
2. A wedding and events planner with offices in Spain (Valencia), the UK (Bath)
   and Argentina (Mendoza): "Azahar y Lino".  Guest lists and RSVPs, seating
   plans, supplier contracts and quotes (caterers, florists, photographers,
   DJs, venues), deposit reminders, WhatsApp groups with the couple and
   families, run-of-day sheets, invoices.

Document kinds (both languages)
-------------------------------
E-mails with headers (From/To/Sent/Subject; De/Enviado/Para/Asunto), forwarded
and quoted threads, signatures; WhatsApp exports in Android
("12/03/2026, 10:15 - Name: text") and iOS ("[12/03/26, 10:15:02] Name: text")
style; fast lower-case CRM / call notes with typos and no accents; CSV,
semicolon- and tab-separated exports with header rows; ALL-CAPS forms;
passenger manifests with surname-first entries ("GARCIA LOPEZ, Maria Jose",
"SMITH/JOHN MR"); invoices and quotes; reviews and complaints; voicemail
transcripts; SMS logs; formal letters (Estimada Sra., D./Dna., Lic., Ing.,
Dear Mr ...); seating plans and run-of-day sheets.

Labels
------
PERSON       every mention of a real person by name (full, given only, surname
             after a title, nicknames / diminutives, ALL CAPS, lower case,
             "Surname, Given" and "SURNAME/GIVEN" as one span, e-mail display
             names, chat sender names).  Titles (Mr, Mrs, Ms, Dr, Sr., Sra.,
             Srta., D., Dna., Don, Dona, Lic., Ing., Prof.) are outside the
             span.  Spanish compound names incl. particles are one span.
ORG          companies, shops, hotels, airlines, coach firms, venues,
             restaurants, banks, insurers, public bodies, clubs; the legal
             suffix (S.L., S.A. de C.V., S.R.L., SAS, Ltd, LLP, Inc.) is inside
             the span when present.  A person name inside a company name is
             part of the ORG span only.
ADDRESS      a full postal address as one span.
CUSTOMER_ID  booking references, PNR locators, file / invoice / quote numbers,
             customer numbers, policy / claim numbers, membership numbers.
PHONE        phone numbers as people write them.
EMAIL        e-mail addresses.
IBAN         IBANs with valid mod-97 check digits, with or without spaces.
NATIONAL_ID  Spanish DNI/NIE (valid letter), Mexican CURP/RFC, Peruvian DNI,
             Argentine DNI and CUIT/CUIL, Colombian cedula, Chilean RUT (valid
             check digit), passport numbers, UK NI numbers, Irish PPSN (valid
             check letter), US SSN.

Deliberately left unlabelled
----------------------------
Dates, times, amounts, towns / cities / countries on their own, URLs, flight
numbers, vehicle registrations, product and menu names, room and table
numbers, pets' names, relationship words used as chat senders ("Mamá",
"Mum"), street names outside a full address, job titles.

Counts
------
120 documents: 60 English (lang "en", ids d8-en-000..059) and 60 Spanish
(lang "es", ids d8-es-000..059).  Each text is 300-1500 characters (actual
477-1079, mean 786).  17 English and 17 Spanish document templates, used in
rotation.  Span counts as generated (en / es / total):

    PERSON       585 / 482 / 1067   (742 distinct PERSON strings)
    ORG          193 / 197 /  390
    ADDRESS       22 /  43 /   65
    CUSTOMER_ID  108 / 117 /  225
    PHONE        103 / 138 /  241
    EMAIL         55 /  60 /  115
    IBAN           8 /  16 /   24
    NATIONAL_ID   66 /  89 /  155

Name lists: 370 distinct given names, 325 distinct surnames, about 190
organisations.  The script prints these counts again when run.

Determinism
-----------
All random choices come from random.Random instances: SEED = 20261208 feeds a
master generator that draws one integer seed per document.  No set iteration
and no hash-order dependence; output is byte-identical across runs and
PYTHONHASHSEED values.  Span offsets are recorded while each text is assembled
from segments (Doc.add), never by searching the finished text.

How to run
----------
    cd /work/main && python3 ftwork/pii_eval/make_pii_dev8.py

writes ftwork/pii_eval/pii_dev8.jsonl beside this script, self-checks every
span and prints counts.  generate() returns the same list of row dicts.
Only the Python standard library is used.
"""
import json
import os
import random
import sys
import unicodedata

SEED = 20261208
N_PER_LANG = 60
LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL",
          "IBAN", "NATIONAL_ID")


# ---------------------------------------------------------------------------
# Document builder: offsets are recorded while segments are appended.
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self._parts = []
        self._len = 0
        self.spans = []

    def _plain(self, s):
        self._parts.append(s)
        self._len += len(s)

    def add(self, *items):
        """Append items: a str is plain text, a (label, value) tuple is a
        labelled segment (label None = plain)."""
        for it in items:
            if isinstance(it, tuple):
                label, value = it
                if label is None:
                    self._plain(value)
                    continue
                if label not in LABELS:
                    raise ValueError("bad label %r" % (label,))
                if not value or value != value.strip():
                    raise ValueError("bad labelled value %r" % (value,))
                start = self._len
                self._plain(value)
                self.spans.append({"start": start, "end": self._len,
                                   "label": label})
            else:
                self._plain(it)
        return self

    def text(self):
        return "".join(self._parts)

    def __len__(self):
        return self._len


def P(x):
    return ("PERSON", x)


def O(x):
    return ("ORG", x)


def A(x):
    return ("ADDRESS", x)


def C(x):
    return ("CUSTOMER_ID", x)


def PH(x):
    return ("PHONE", x)


def E(x):
    return ("EMAIL", x)


def IB(x):
    return ("IBAN", x)


def N(x):
    return ("NATIONAL_ID", x)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def fold(s):
    """ASCII-fold: strip accents, keep letters/digits/spaces/'-."""
    s = s.replace("ñ", "n").replace("Ñ", "N").replace("ß", "ss")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    out = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def chance(rng, p):
    return rng.random() < p


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


ALNUM_NO_AMBIG = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# ---------------------------------------------------------------------------
# Check-digit algorithms
# ---------------------------------------------------------------------------
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_es(rng):
    n = rng.randrange(1000000, 99999999)
    body = "%08d" % n
    letter = DNI_LETTERS[n % 23]
    f = rng.randrange(4)
    if f == 0:
        return body + letter
    if f == 1:
        return body + "-" + letter
    if f == 2:
        return "%s.%s.%s-%s" % (body[:2], body[2:5], body[5:], letter)
    return body + " " + letter


def nie_es(rng):
    p = rng.randrange(3)
    n = rng.randrange(0, 9999999)
    letter = DNI_LETTERS[int(str(p) + "%07d" % n) % 23]
    pre = "XYZ"[p]
    if chance(rng, 0.3):
        return "%s-%07d-%s" % (pre, n, letter)
    return "%s%07d%s" % (pre, n, letter)


def rut_cl(rng):
    n = rng.randrange(5000000, 26000000)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    body = str(n)
    if chance(rng, 0.7):
        body = "{:,}".format(n).replace(",", ".")
    return body + "-" + dv


def cuit_ar(rng, dni=None, person=False):
    while True:
        pre = rng.choice(["20", "27", "23", "24"] + ([] if person else ["30"]))
        d = dni if dni else "%08d" % rng.randrange(20000000, 45000000)
        base = pre + d
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(a) * b for a, b in zip(base, w))
        r = 11 - s % 11
        if r == 10:
            dni = None
            continue
        dv = "0" if r == 11 else str(r)
        if chance(rng, 0.75):
            return "%s-%s-%s" % (pre, d, dv)
        return base + dv


def dni_ar(rng):
    n = rng.randrange(18000000, 46000000)
    if chance(rng, 0.6):
        return "{:,}".format(n).replace(",", ".")
    return str(n)


def dni_pe(rng):
    return digits(rng, 8, first_nonzero=True)


def cedula_co(rng):
    if chance(rng, 0.5):
        n = rng.randrange(1000000000, 1150000000)
    else:
        n = rng.randrange(10000000, 99999999)
    if chance(rng, 0.6):
        return "{:,}".format(n).replace(",", ".")
    return str(n)


PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_ie(rng):
    d = digits(rng, 7)
    s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    second = ""
    if chance(rng, 0.4):
        second = "A"
        s += 9 * 1
    return d + PPS_LETTERS[s % 23] + second


def ni_uk(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ".replace("O", "")
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if chance(rng, 0.5):
        return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
    return pre + d + suf


def ssn_us(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def passport(rng, country):
    if country == "ES":
        return rng.choice(UPPER) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 6)
    if country == "MX":
        return rng.choice("GNE") + digits(rng, 8)
    if country in ("GB", "US"):
        return digits(rng, 9, first_nonzero=True)
    if country == "IE":
        return rng.choice(["P", "L", "T"]) + rng.choice(UPPER) + digits(rng, 7)
    if country == "AR":
        return "AA" + rng.choice("ABCDEFG") + digits(rng, 6)
    if country == "PE":
        return digits(rng, 9, True)
    if country == "CO":
        return rng.choice(["AT", "AQ", "PE"]) + digits(rng, 6)
    if country == "CL":
        return rng.choice(["F", "P"]) + digits(rng, 8)
    return rng.choice(UPPER) + digits(rng, 8)


def _mod97(s):
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban(rng, country="ES", spaced=None):
    if country == "ES":
        bban = rng.choice(["2100", "0049", "0182", "2080", "0081", "1465",
                           "0128", "3058"]) + digits(rng, 16)
    elif country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "MONZ"]
                          if country == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + digits(rng, 14)
    elif country == "PT":
        bban = digits(rng, 21)
    elif country == "FR":
        bban = digits(rng, 23)
    else:
        country = "DE"
        bban = digits(rng, 18)
    chk = 98 - _mod97(bban + country + "00")
    code = country + "%02d" % chk + bban
    assert _mod97(code[4:] + code[:4]) == 1
    if spaced is None:
        spaced = chance(rng, 0.65)
    if spaced:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code


# ---------------------------------------------------------------------------
# Phone numbers, as people write them
# ---------------------------------------------------------------------------
def phone(rng, cc, kind=None):
    f = rng.randrange(6)
    if cc == "ES":
        if kind == "land" or (kind is None and chance(rng, 0.25)):
            n = rng.choice(["91", "93", "96", "95", "94", "98"]) + digits(rng, 7)
            return [("+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])),
                    ("%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])),
                    ("%s %s %s" % (n[:3], n[3:6], n[6:])),
                    ("(+34) %s" % n), ("%s.%s.%s" % (n[:3], n[3:6], n[6:])),
                    n][f]
        n = ("6" + digits(rng, 8)) if chance(rng, 0.75) else \
            ("7" + rng.choice("1234") + digits(rng, 7))
        return ["+34 %s %s %s" % (n[:3], n[3:6], n[6:]),
                "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                n, "+34%s" % n, "(+34) %s-%s-%s" % (n[:3], n[3:6], n[6:]),
                "0034 %s %s %s" % (n[:3], n[3:6], n[6:])][f]
    if cc == "MX":
        area = rng.choice(["55", "33", "81", "999", "998", "222", "442", "951"])
        n = area + digits(rng, 10 - len(area), True)
        a, rest = n[:len(area)], n[len(area):]
        mid = len(rest) - 4
        return ["+52 %s %s %s" % (a, rest[:mid], rest[mid:]),
                "%s-%s-%s" % (a, rest[:mid], rest[mid:]),
                "+52 1 %s %s %s" % (a, rest[:mid], rest[mid:]),
                "(%s) %s %s" % (a, rest[:mid], rest[mid:]),
                "%s.%s.%s" % (a, rest[:mid], rest[mid:]),
                "+52 (%s) %s-%s" % (a, rest[:mid], rest[mid:])][f]
    if cc == "AR":
        area = rng.choice(["11", "261", "351", "341", "221"])
        rest = digits(rng, 10 - len(area), True)
        m = len(rest) - 4
        return ["+54 9 %s %s-%s" % (area, rest[:m], rest[m:]),
                "%s %s-%s" % (area, rest[:m], rest[m:]),
                "(0%s) %s-%s" % (area, rest[:m], rest[m:]),
                "15-%s-%s" % (rest[:m], rest[m:]),
                "+549%s%s" % (area, rest),
                "0%s 15 %s %s" % (area, rest[:m], rest[m:])][f]
    if cc == "PE":
        n = "9" + digits(rng, 8)
        l = digits(rng, 7, True)
        return ["+51 %s %s %s" % (n[:3], n[3:6], n[6:]), n,
                "(01) %s %s" % (l[:3], l[3:]), "+51 1 %s-%s" % (l[:3], l[3:]),
                "%s %s %s" % (n[:3], n[3:6], n[6:]), "+51%s" % n][f]
    if cc == "CO":
        n = "3" + rng.choice(["10", "15", "20", "04", "12"]) + digits(rng, 7)
        l = digits(rng, 7, True)
        return ["+57 %s %s %s" % (n[:3], n[3:6], n[6:]),
                "%s %s" % (n[:3], n[3:]), n,
                "+57 (604) %s %s" % (l[:3], l[3:]),
                "(601) %s %s" % (l[:3], l[3:]),
                "+57 %s-%s-%s" % (n[:3], n[3:6], n[6:])][f]
    if cc == "CL":
        n = digits(rng, 8, True)
        return ["+56 9 %s %s" % (n[:4], n[4:]), "9 %s %s" % (n[:4], n[4:]),
                "+56 2 %s %s" % (n[:4], n[4:]), "(2) %s %s" % (n[:4], n[4:]),
                "+569%s" % n, "09-%s-%s" % (n[:4], n[4:])][f]
    if cc == "GB":
        if kind == "land" or (kind is None and chance(rng, 0.3)):
            c = rng.choice([("020", 8), ("0161", 7), ("0117", 7), ("0131", 7),
                            ("01225", 6), ("0113", 7)])
            n = digits(rng, c[1], True)
            h = len(n) // 2
            return ["%s %s %s" % (c[0], n[:h], n[h:]),
                    "+44 %s %s %s" % (c[0][1:], n[:h], n[h:]),
                    "+44 (0)%s %s" % (c[0][1:], n),
                    "%s %s" % (c[0], n), "(%s) %s %s" % (c[0], n[:h], n[h:]),
                    "%s-%s" % (c[0], n)][f]
        n = "7" + rng.choice(["7", "8", "9", "4", "5"]) + digits(rng, 8)
        return ["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]),
                "+44 (0)%s %s %s" % (n[:4], n[4:7], n[7:]),
                "0%s" % n, "+44%s" % n, "0%s %s %s" % (n[:4], n[4:7], n[7:])][f]
    if cc == "IE":
        if kind == "land" or (kind is None and chance(rng, 0.25)):
            c = rng.choice(["01", "021", "091", "061", "066"])
            n = digits(rng, 7 if c == "01" else 6, True)
            return ["(%s) %s %s" % (c, n[:3], n[3:]),
                    "+353 %s %s %s" % (c[1:], n[:3], n[3:]),
                    "%s %s %s" % (c, n[:3], n[3:]), "%s-%s" % (c, n),
                    "+353 (0)%s %s" % (c[1:], n), "%s %s" % (c, n)][f]
        n = "8" + rng.choice("35679") + digits(rng, 7)
        return ["0%s %s %s" % (n[:2], n[2:5], n[5:]),
                "+353 %s %s %s" % (n[:2], n[2:5], n[5:]),
                "0%s-%s" % (n[:2], n[2:]), "+353 (0)%s %s" % (n[:2], n[2:]),
                "0%s" % n, "+353%s" % n][f]
    # US
    area = rng.choice(["617", "415", "212", "305", "512", "312", "720", "404",
                       "919", "503"])
    ex = str(rng.randrange(201, 999))
    ln = digits(rng, 4)
    return ["(%s) %s-%s" % (area, ex, ln), "+1 %s %s %s" % (area, ex, ln),
            "%s.%s.%s" % (area, ex, ln), "1-%s-%s-%s" % (area, ex, ln),
            "+1 (%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln)][f]


# ---------------------------------------------------------------------------
# Mexican CURP / RFC built from a person's name (valid CURP check digit)
# ---------------------------------------------------------------------------
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
MX_STATES = ["DF", "JC", "NL", "YN", "QR", "OC", "PL", "GT", "MC", "VZ", "CS"]
VOWELS = "AEIOU"
PARTICLES = ("DE", "DEL", "LA", "LAS", "LOS", "Y", "MC", "MAC", "VAN", "VON")


def _core(word):
    w = fold(word).upper().replace("'", "").replace("-", " ")
    parts = [x for x in w.split() if x not in PARTICLES]
    return "".join(parts) if parts else "X"


def _first_vowel(w):
    for ch in w[1:]:
        if ch in VOWELS:
            return ch
    return "X"


def _first_cons(w):
    for ch in w[1:]:
        if ch.isalpha() and ch not in VOWELS:
            return ch
    return "X"


def _curp_letters(p):
    s1 = _core(p["sur"][0])
    s2 = _core(p["sur"][1]) if len(p["sur"]) > 1 else "X"
    gs = fold(p["given"]).upper().split()
    g = gs[1] if len(gs) > 1 and gs[0] in ("MARIA", "JOSE", "MA", "J") else gs[0]
    return s1, s2, g


def curp(rng, p):
    s1, s2, g = _curp_letters(p)
    yy = rng.randrange(1955, 2006)
    date = "%02d%02d%02d" % (yy % 100, rng.randrange(1, 13), rng.randrange(1, 29))
    sex = "M" if p["g"] == "f" else "H"
    body = (s1[0] + _first_vowel(s1) + s2[0] + g[0] + date + sex +
            rng.choice(MX_STATES) + _first_cons(s1) + _first_cons(s2) +
            _first_cons(g) + (str(rng.randrange(10)) if yy < 2000
                              else rng.choice(UPPER)))
    total = sum(CURP_CHARS.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def rfc_person(rng, p):
    s1, s2, g = _curp_letters(p)
    date = "%02d%02d%02d" % (rng.randrange(55, 100), rng.randrange(1, 13),
                             rng.randrange(1, 29))
    homo = rng.choice(ALNUM_NO_AMBIG) + rng.choice(ALNUM_NO_AMBIG) + \
        rng.choice("0123456789A")
    return s1[0] + _first_vowel(s1) + s2[0] + g[0] + date + homo


def rfc_company(rng, name):
    w = [x for x in _core(name)]
    letters = "".join(w[:3]).ljust(3, "X")
    date = "%02d%02d%02d" % (rng.randrange(90, 100) if chance(rng, 0.5)
                             else rng.randrange(0, 24), rng.randrange(1, 13),
                             rng.randrange(1, 29))
    return letters + date + rng.choice(ALNUM_NO_AMBIG) + \
        rng.choice(ALNUM_NO_AMBIG) + rng.choice("0123456789A")


def national_id(rng, p, kind=None):
    """A national id appropriate to the person's country."""
    c = p["country"]
    if kind == "passport":
        return passport(rng, c)
    if c == "ES":
        return nie_es(rng) if p["cult"] in ("eeu", "arab", "cn", "us") else dni_es(rng)
    if c == "MX":
        return curp(rng, p) if kind != "rfc" else rfc_person(rng, p)
    if c == "AR":
        return cuit_ar(rng) if kind == "cuit" else dni_ar(rng)
    if c == "PE":
        return dni_pe(rng)
    if c == "CO":
        return cedula_co(rng)
    if c == "CL":
        return rut_cl(rng)
    if c == "GB":
        return ni_uk(rng)
    if c == "IE":
        return ppsn_ie(rng)
    return ssn_us(rng)


# ---------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------
MAIL_DOMAINS = {
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es",
           "telefonica.net", "icloud.com"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx",
           "outlook.com"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
    "PE": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"],
    "CO": ["gmail.com", "hotmail.com", "une.net.co", "outlook.com"],
    "CL": ["gmail.com", "vtr.net", "hotmail.cl", "outlook.cl"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com",
           "yahoo.co.uk", "sky.com"],
    "IE": ["gmail.com", "eircom.net", "icloud.com", "hotmail.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com"],
}


def _slug(s):
    s = fold(s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def email_for(rng, p, domain=None):
    g = _slug(p["given"].split()[0])
    s = _slug(p["sur"][0])
    s2 = _slug(p["sur"][1]) if len(p["sur"]) > 1 else ""
    f = rng.randrange(8)
    if f == 0:
        local = "%s.%s" % (g, s)
    elif f == 1:
        local = "%s%s" % (g[0], s)
    elif f == 2:
        local = "%s_%s%d" % (g, s, rng.randrange(70, 100))
    elif f == 3:
        local = "%s%s%s" % (g, s, s2[:1] if s2 else str(rng.randrange(1, 99)))
    elif f == 4:
        local = "%s.%s%s" % (s, g, str(rng.randrange(1, 30)))
    elif f == 5:
        local = "%s%d" % (g, rng.randrange(1960, 2004))
    elif f == 6:
        local = "%s.%s" % (g[0], s + (s2 if s2 else ""))
    else:
        local = "%s-%s" % (g, s)
    if domain is None:
        domain = rng.choice(MAIL_DOMAINS[p["country"]])
    return local + "@" + domain


def work_email(rng, p, domain):
    g = _slug(p["given"].split()[0])
    s = _slug(p["sur"][0])
    f = rng.randrange(3)
    local = ["%s.%s" % (g, s), "%s%s" % (g[0], s), g][f]
    return local + "@" + domain


# ---------------------------------------------------------------------------
# Hand-written name lists by culture: (female given, male given, surnames)
# ---------------------------------------------------------------------------
def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


NAMES = {
    "es": (L("Lucía|Remedios|Inmaculada|Begoña|Rocío|Almudena|Macarena|Pilar|"
             "Encarnación|Consuelo|Nieves|Rosario|Amparo|Yolanda|Esperanza|"
             "Sagrario|Marisol|Noelia|Vanesa|Soledad|Trinidad|Azucena|Candela|"
             "Aitana|Paloma|Mercedes|Dolores|Concepción|Beatriz|Cristina|"
             "María Teresa|María José|María del Carmen|Ana Belén|María Ángeles|"
             "Eulalia|Reyes|Casilda|Leonor|Rebeca|Ana"),
           L("Fermín|Baltasar|Eusebio|Gonzalo|Leandro|Rogelio|Teodoro|Salvador|"
             "Mariano|Nicanor|Ignacio|Rafael|Francisco|José|Enrique|Santiago|"
             "Jacinto|Lorenzo|Marcelino|Óscar|Rubén|Borja|Álvaro|Ramón|Manuel|"
             "Antonio|Daniel|Juan José|José María|Juan Carlos|Luis Miguel|"
             "Francisco Javier|Miguel Ángel|José Antonio|Ginés|Tomás|Emilio|"
             "Adolfo|Casimiro|Alejandro"),
           L("Echeverría|Villalobos|Peñalver|Sarmiento|Carvajal|Olmedo|"
             "Cifuentes|Bustamante|Mondragón|Escribano|Valdepeñas|Moreno|"
             "Gallardo|Cuadrado|Alarcón|Benavente|Montilla|Cañizares|Quesada|"
             "Arjona|Trujillo|Marín|Nieto|Sanchís|Lozano|Rubio|Expósito|Galindo|"
             "Palomares|Herrera|Caballero|Pacheco|Lucena|Barrionuevo|Carrasco|"
             "Valverde|Zamora|Hidalgo|Toledano|Almagro|Ruiz de la Fuente|"
             "del Pozo|de la Vega|del Río|Fernández de Córdoba|Gil|Sáez|Ortuño|"
             "Rosales|Calatayud|López|Martín")),
    "cat": (L("Montserrat|Núria|Laia|Mireia|Queralt|Meritxell|Roser|Aina|Berta|"
              "Gemma"),
            L("Jordi|Pau|Oriol|Arnau|Josep|Joan|Xavier|Marc|Quim|Ferran"),
            L("Puig|Soler|Vilaró|Casals|Riera|Bosch|Roig|Pujadas|Comas|Farré|"
              "Llobet|Masferrer|Vilanova|Sabaté|Grau|Rovira|Tarragó|Bonet|"
              "Castellví|Sunyer")),
    "eus": (L("Itziar|Nerea|Ane|Amaia|Garazi|Edurne|Leire|Ainhoa|Miren|Irati"),
            L("Iñaki|Aitor|Unai|Koldo|Xabier|Gorka|Ibai|Jon|Asier|Mikel"),
            L("Goikoetxea|Etxeberria|Zubizarreta|Arregi|Urkiola|Agirre|"
              "Olabarrieta|Larrañaga|Azkarate|Elorza|Iturbe|Garmendia|Zabaleta|"
              "Ormaetxea|Urrutikoetxea")),
    "gal": (L("Uxía|Antía|Iria|Xiana|Sabela|Noa|Carme"),
            L("Xoán|Breixo|Brais|Anxo|Roi|Xurxo|Iago"),
            L("Outeiro|Seoane|Lamas|Pazos|Carballo|Vilar|Figueiras|Regueiro|"
              "Novoa|Castiñeira|Lois|Barreiro|Mosquera|Bouzas")),
    "mx": (L("Guadalupe|Ximena|Itzel|Citlali|Fernanda|Yareli|Xóchitl|Araceli|"
             "Maricruz|Dulce María|Abril|Nayeli|Marisela|Lorena|Valentina"),
           L("Jesús|Rodrigo|Guillermo|Alberto|Cuauhtémoc|Eduardo|Héctor|"
             "Gerardo|Efraín|Octavio|Jorge Luis|José Luis|Ulises|Rigoberto|"
             "Emiliano|Francisco"),
           L("Zárate|Arellano|Ochoa|Bañuelos|Quintanilla|Treviño|Elizondo|"
             "Cervantes|Garza|Tapia|Villaseñor|Cuevas|Montiel|Salgado|Tzab|"
             "Canul|Pech|Chan|Dzul|Barragán|Olvera|Ávalos|Maldonado|Ruvalcaba|"
             "Hernández")),
    "ar": (L("Agustina|Micaela|Florencia|Milagros|Candela|Julieta|Celeste|"
             "Romina|Antonella|Yanina"),
           L("Facundo|Lautaro|Nahuel|Valentino|Ezequiel|Gastón|Maximiliano|"
             "Thiago|Joaquín|Luis"),
           L("Bianchi|Ferraro|Lombardi|Pellegrini|Basile|Sosa|Acuña|Benítez|"
             "Giménez|Mastrángelo|Cabrera|Ledesma|Rinaldi|Funes|Ayala|"
             "Gorosito|Pereyra|Villafañe|Scarpelli|Di Lorenzo")),
    "pe": (L("Yesenia|Rosa Elena|Maribel|Kiara|Nathaly|Flor de María|Delia"),
           L("Wilfredo|Percy|Jhonatan|Alipio|Edwin|Teófilo|Walter"),
           L("Quispe|Mamani|Huamán|Condori|Ccori|Paucar|Yupanqui|Tello|Vilca|"
             "Ticona|Sulca|Apaza|Huaracha|Nakamura|Rojas|Chávez")),
    "co": (L("Yuliana|Luz Dary|Leidy|Marcela|Paola Andrea|Natalia|Lina María"),
           L("Andrés Felipe|Jhon Jairo|Yeison|Duván|Hernán Darío|Camilo|Wilmer"),
           L("Restrepo|Arango|Uribe|Londoño|Ospina|Botero|Echavarría|Cardona|"
             "Giraldo|Zuluaga|Mejía|Betancur|Henao|Ríos")),
    "cl": (L("Catalina|Javiera|Constanza|Francisca|Isidora|Josefa"),
           L("Matías|Benjamín|Renato|Cristóbal|Vicente|Bastián"),
           L("Undurraga|Larraín|Errázuriz|Vial|Riquelme|Fuentealba|Saavedra|"
             "Huenchumilla|Painemal|Sepúlveda|Valenzuela|Cárcamo|Manríquez")),
    "uk": (L("Harriet|Imogen|Fiona|Rebecca|Margaret|Elizabeth|Kerry|Bethan|"
             "Philippa|Chloe|Tamsin|Lorna|Jodie|Heather|Rosalind"),
           L("Callum|Rhys|Gareth|Oliver|Jonathan|Douglas|Alistair|Hamish|"
             "Lewis|Dominic|Toby|Nigel|Stuart|Ewan|Barnaby"),
           L("Whitmore|Pryce-Jones|Ashworth|Pennington|Fairbrother|Hollis|"
             "Thackeray|Ridley|Blakemore|Cartwright|Haworth|Greenhalgh|"
             "Llewellyn|Featherstone|Dunmore|MacLeod|Abernethy|Sutcliffe|Oakes|"
             "Bramwell|Stanhope|Tennant|Crowther|Wilding|Maddox|Baker|Hunt")),
    "ie": (L("Siobhán|Niamh|Aoife|Saoirse|Dervla|Gráinne|Orla|Clodagh|Caoimhe|"
             "Róisín"),
           L("Ciarán|Oisín|Pádraig|Patrick|Gerard|Cathal|Donncha|Eoin|Tadhg|"
             "Fionn"),
           L("O'Sullivan|McGrath|Brennan|Kavanagh|Fitzgerald|Doherty|Mulcahy|"
             "Breathnach|Geraghty|Lynch|Hennessy|Coughlan|Twomey|O'Dwyer")),
    "ukasian": (L("Priya|Aisha|Harpreet|Nadia|Amrit|Kiran|Shabnam|Zainab|"
                  "Anjali|Rukhsana"),
                L("Rajesh|Imran|Sunil|Tariq|Jaswinder|Vikram|Arjun|Faisal|"
                  "Sanjay|Mohammed"),
                L("Chaudhry|Begum|Qureshi|Sandhu|Mistry|Hussain|Dhillon|Patel|"
                  "Bhattacharya|Rahman|Gill|Malik|Parmar|Iqbal|Ahluwalia|"
                  "Chowdhury")),
    "eeu": (L("Katarzyna|Agnieszka|Ivana|Lenka|Oksana|Bogdana|Małgorzata|Irina|"
              "Zuzana|Elżbieta"),
            L("Tomasz|Dragoș|Oleksandr|Mihai|Bogdan|Piotr|Vasile|Marek|Dmytro|"
              "Grzegorz"),
            L("Nowak|Wójcik|Kowalczyk|Popescu|Horvat|Kovalenko|Ionescu|"
              "Szymczak|Petrenko|Marinescu|Babić|Kuzmenko|Stoica|Jankowiak|"
              "Bondarenko|Lupu|Vukić")),
    "arab": (L("Fatima Zahra|Leila|Rania|Samira|Nour|Khadija|Yasmina|Amal|Hind|"
               "Salma"),
             L("Youssef|Omar|Karim|Hassan|Mehdi|Rachid|Tarek|Bilal|Nabil|Anas"),
             L("El Amrani|Benali|Haddad|Mansour|Bensaïd|Al-Masri|Abdallah|"
               "El Idrissi|Bouzid|Chaoui|Tahiri|Ziani|Aït Ouali|Belkacem|Saleh")),
    "cn": (L("Na|Mei|Jiahui|Xiaoyu|Ling|Yan|Xinyi|Hui"),
           L("Wei|Yang|Hao|Jun|Zhiwei|Tao|Lei|Bo"),
           L("Zhang|Li|Chen|Liu|Huang|Wang|Xu|Lin|Zhou|Guo|Tang|Deng|Ye|Luo|"
             "Cai")),
    "us": (L("Madison|Brianna|Kaitlyn|LaToya|Savannah|Shelby|Kayla|Destiny|"
             "Allison|Marisa"),
           L("Tyler|DeShawn|Jaxon|Hunter|Cody|Brandon|Travis|Garrett|Dwayne|"
             "Chase"),
           L("Kowalski|Delgado|Washington|Nguyen|Schaefer|Oyelaran|Whitfield|"
             "Brubaker|Castellanos|Jefferson|Lindqvist|Hargrove|McAllister|"
             "Pruitt|Yoder|Dombrowski|Okafor|Rasmussen|Baptiste|Villarreal")),
}

# Irish-language surnames with gendered forms (male, female)
IRISH_GAELIC = [("Ó Briain", "Ní Bhriain"), ("Mac Cárthaigh", "Nic Cárthaigh"),
                ("Ó Súilleabháin", "Ní Shúilleabháin"),
                ("Mac Giolla Bhríde", "Nic Giolla Bhríde"),
                ("Ó Dónaill", "Ní Dhónaill"), ("Mac Suibhne", "Nic Suibhne")]

NICKS = {
    "José": "Pepe", "María Teresa": "Maite", "Juan José": "Juanjo",
    "Francisco": "Paco", "Ignacio": "Nacho", "José María": "Chema",
    "Enrique": "Quique", "Rosario": "Charo", "Mercedes": "Merche",
    "Dolores": "Loli", "Pilar": "Pili", "Concepción": "Concha",
    "Santiago": "Santi", "Rafael": "Rafa", "Beatriz": "Bea",
    "Francisco Javier": "Javi", "Guadalupe": "Lupita", "Guillermo": "Memo",
    "Alberto": "Beto", "Luis": "Lucho", "Agustina": "Agus", "Facundo": "Facu",
    "Micaela": "Mica", "Lautaro": "Lauti", "Florencia": "Flor",
    "Gareth": "Gaz", "Fiona": "Fi", "Rebecca": "Bex", "Margaret": "Mags",
    "Oliver": "Ollie", "Harriet": "Hattie", "Patrick": "Paddy",
    "Gerard": "Ger", "Siobhán": "Shiv", "Jonathan": "Jonno",
    "Douglas": "Dougie", "Elizabeth": "Lizzie", "Kerry": "Kez",
    "Dominic": "Dom", "Alistair": "Ali", "Rajesh": "Raj",
    "Katarzyna": "Kasia", "Oleksandr": "Sasha", "Małgorzata": "Gosia",
    "Tomasz": "Tomek", "Mohammed": "Mo", "Brianna": "Bri",
    "Manuel": "Manolo", "Antonio": "Toño", "Jesús": "Chuy",
    "Cristina": "Cris", "Montserrat": "Montse", "Josep": "Pep",
    "Inmaculada": "Inma", "Encarnación": "Encarni", "Ramón": "Moncho",
    "Alejandro": "Álex", "Valentina": "Vale", "Fernanda": "Fer",
    "Joaquín": "Joaco", "Maximiliano": "Maxi", "Ezequiel": "Eze",
    "Jhonatan": "Jhona", "Catalina": "Cata", "Francisca": "Pancha",
    "Cristóbal": "Cristo", "Xabier": "Xabi", "Gorka": "Gorka",
    "Itziar": "Itzi", "Miguel Ángel": "Miguel", "Juan Carlos": "Juanca",
    "Dulce María": "Dulce", "Hamish": "Hamish", "Callum": "Cal",
    "Philippa": "Pippa", "Barnaby": "Barney", "Padraig": "Podge",
    "Pádraig": "Podge", "Donncha": "Donnacha", "Tadhg": "Tadhg",
}

CULT_COUNTRY = {"es": "ES", "cat": "ES", "eus": "ES", "gal": "ES",
                "mx": "MX", "ar": "AR", "pe": "PE", "co": "CO", "cl": "CL",
                "uk": "GB", "ukasian": "GB", "ie": "IE", "us": "US"}
HISPANIC = ("es", "cat", "eus", "gal", "mx", "ar", "pe", "co", "cl")


def make_person(rng, cult, country=None, g=None):
    fem, mal, surs = NAMES[cult]
    if g is None:
        g = "f" if chance(rng, 0.5) else "m"
    given = rng.choice(fem if g == "f" else mal)
    if cult in HISPANIC:
        # occasionally a Spain-wide surname mix for regional cultures
        pool2 = surs + (NAMES["es"][2] if cult in ("cat", "eus", "gal") else [])
        s1 = rng.choice(surs)
        s2 = rng.choice(pool2)
        while s2 == s1:
            s2 = rng.choice(pool2)
        sur = [s1] if (cult == "ar" and chance(rng, 0.6)) else [s1, s2]
        # compound given names for some
        if " " not in given and chance(rng, 0.12):
            extra = rng.choice(fem if g == "f" else mal)
            if " " not in extra and extra != given:
                given = given + " " + extra
    elif cult == "ie" and chance(rng, 0.35):
        m, f = rng.choice(IRISH_GAELIC)
        sur = [f if g == "f" else m]
    else:
        sur = [rng.choice(surs)]
        if cult == "uk" and chance(rng, 0.1):
            sur = [rng.choice(surs) + "-" + rng.choice(surs)]
            if sur[0].count("-") > 1 or sur[0].split("-")[0] == sur[0].split("-")[1]:
                sur = [rng.choice(surs)]
    if country is None:
        country = CULT_COUNTRY.get(cult) or rng.choice(["ES", "GB", "IE", "US",
                                                        "ES", "MX"])
    return {"given": given, "sur": sur, "g": g, "cult": cult,
            "country": country, "nick": NICKS.get(given),
            "sfirst": cult == "cn" and chance(rng, 0.5)}


def crowd(rng, cults, n, country=None):
    """n distinct people drawn from the given cultures (a list, may repeat)."""
    out, seen = [], []
    guard = 0
    while len(out) < n and guard < 500:
        guard += 1
        p = make_person(rng, rng.choice(cults), country)
        key = full(p)
        if key in seen:
            continue
        seen.append(key)
        out.append(p)
    return out


# ---------------------------------------------------------------------------
# Rendering a person in the ways people write names
# ---------------------------------------------------------------------------
def full(p):
    if p.get("sfirst"):
        return " ".join(p["sur"]) + " " + p["given"]
    return p["given"] + " " + " ".join(p["sur"])


def short(p):
    """Given name + first surname (how Spaniards usually sign)."""
    if p.get("sfirst"):
        return full(p)
    return p["given"] + " " + p["sur"][0]


def first(p):
    return p["given"]


def call(p, rng=None):
    """The name friends use: nickname if any (sometimes), else given."""
    if p["nick"] and (rng is None or chance(rng, 0.7)):
        return p["nick"]
    return p["given"].split()[0] if (rng is not None and chance(rng, 0.3)) \
        else p["given"]


def surname(p, both=True):
    s = p["sur"] if both else p["sur"][:1]
    return " ".join(s)


def sur_first(p, caps_sur=True, caps_all=False):
    s = " ".join(p["sur"])
    g = p["given"]
    if caps_all:
        return (s + ", " + g).upper()
    return (s.upper() if caps_sur else s) + ", " + g


def airline(p, squash=False):
    s = fold(" ".join(p["sur"])).upper().replace("'", "")
    g = fold(p["given"]).upper()
    if squash:
        s, g = s.replace(" ", "").replace("-", ""), g.replace(" ", "")
    return s + "/" + g


def lower(p, rng, accents=False):
    x = short(p) if chance(rng, 0.6) else full(p)
    x = x.lower()
    return x if accents else fold(x)


def title(rng, p, lang, formal=False):
    if lang == "en":
        if p["g"] == "m":
            return rng.choice(["Mr", "Mr.", "Mr", "Dr"])
        return rng.choice(["Mrs", "Ms", "Ms.", "Miss", "Dr", "Mrs"])
    if p["g"] == "m":
        opts = ["Sr.", "D.", "Don", "Sr.", "Lic.", "Ing.", "Dr."]
    else:
        opts = ["Sra.", "Dña.", "Doña", "Srta.", "Sra.", "Lic.", "Dra."]
    if formal:
        opts = opts[:2]
    return rng.choice(opts)


def rel(rng, p, male_opts, female_opts):
    return rng.choice(male_opts if p["g"] == "m" else female_opts)


def salutation_es(p):
    return "Estimada" if p["g"] == "f" else "Estimado"


# ---------------------------------------------------------------------------
# Organisations (well-known and invented; many without legal suffix)
# ---------------------------------------------------------------------------
AGENCY_ES = "Rumbo Quetzal Viajes S.L."
AGENCY_MX = "Rumbo Quetzal México S.A. de C.V."
AGENCY = "Rumbo Quetzal"
PLANNER_ES = "Azahar y Lino Bodas S.L."
PLANNER_UK = "Azahar & Lino Weddings Ltd"
PLANNER_AR = "Azahar y Lino Eventos S.R.L."
PLANNER = "Azahar y Lino"

AIRLINES = L("Iberia|Aer Lingus|Aeroméxico|Vueling|Air Europa|LATAM|Ryanair|"
             "British Airways|Volaris|Aerolíneas Argentinas|Avianca|JetSMART|"
             "Sky Airline|Iberia Express|Viva Aerobus|American Airlines|"
             "easyJet|Binter|Copa Airlines|United Airlines")
HOTELS = L("Hotel Casa Valdés|Hostal La Pérgola|Posada Los Arcos|"
           "Hotel Mirador del Alba|Hacienda San Telmo|Hotel Boutique Casa Azulejo|"
           "Parador de Ronda|NH Collection Eurobuilding|Meliá Sevilla|"
           "Barceló Maya Palace|Iberostar Selection Cancún|Hotel Xcanatún Garden|"
           "Casa Tikinmul|Hotel Colonial San Cristóbal|Premier Inn Dublin Airport|"
           "The Shelbourne|Hotel Costa Verde Miraflores|Hostería Las Quebradas|"
           "Hotel Alto Atacama|Cusco Plaza Inca Hotel|Hotel Casa Quintana|"
           "The Lansdowne Arms|Hotel Plaza Grande Mérida|Posada Jacarandas|"
           "Hotel Palacio de Santa Paula|Hostal Rural Peña Blanca|"
           "The Royal Crescent Hotel|Hotel Dos Aguas Valencia")
HOTELS_MX = L("Posada Los Arcos|Hacienda San Telmo|Barceló Maya Palace|"
              "Iberostar Selection Cancún|Hotel Xcanatún Garden|Casa Tikinmul|"
              "Hotel Colonial San Cristóbal|Hotel Plaza Grande Mérida|"
              "Posada Jacarandas|Hotel Boutique Casa Azulejo")
COACHES = L("Autocares Hermanos Pino S.L.|"
            "Transportes Turísticos del Bajío S.A. de C.V.|Kerry Coaches Ltd|"
            "Autobuses Sierra Nevada|Coaches of Bath Ltd|Yucatán Express Tours|"
            "Autocares Julià|ALSA|ADO|Flecha Bus|Cruz del Sur|Turbus|"
            "Trans Andes Traslados S.A.S.|Autocares Oroel S.L.")
GUIDES = L("Guías del Sol Cusco E.I.R.L.|Mayan Roots Excursiones|"
           "Andes Treks SAC|Cartagena Walks SAS|Wild Atlantic Guiding Ltd|"
           "Ruta Puuc Guías|Patagonia Sur Expediciones SpA")
INSURERS = L("Mapfre|Intermundial|AXA Assistance|Allianz Partners|Chubb|Aviva|"
             "Seguros SURA|Rimac Seguros|Europ Assistance|Mutua Madrileña|"
             "Staysure|Columbus Direct|Seguros Atlas|Zurich Insurance plc")
BANKS = L("BBVA|Banco Santander|CaixaBank|Banorte|Banco Galicia|Bancolombia|"
          "Interbank|Revolut|Barclays|AIB|Bank of Ireland|Wells Fargo|"
          "Banco de Chile|Unicaja|Kutxabank|Abanca|Monzo|Nationwide|Ibercaja|"
          "Banco Sabadell")
PUBLIC = L("Consulado General de México en Barcelona|Embajada de España en Lima|"
           "Ayuntamiento de Sevilla|UK Visas and Immigration|HM Passport Office|"
           "Instituto Nacional de Migración|Department of Foreign Affairs|"
           "U.S. Embassy Madrid|Consulado de Colombia en Madrid|Policía Nacional|"
           "Ajuntament de Barcelona|Registro Civil de Valencia|"
           "Cancillería de Colombia|Superintendencia Nacional de Migraciones|"
           "Bath & North East Somerset Council|Ayuntamiento de Valencia")
VENUES = L("Finca El Robledal|Masia Can Pujol|Quinta Los Álamos|Hatherley Barn|"
           "The Old Rectory Weddings Ltd|Estancia La Candelaria|"
           "Bodega Los Cerezos|Alquería La Rosella|Elmscott Tithe Barn|"
           "Finca Son Mir|Castell de Peralada|Real Club Náutico de Valencia|"
           "Salón Los Olivos|The Pump Room")
CATERERS = L("Catering Sabores de Huerta S.L.|Delicias Malbec Catering|"
             "The Hungry Fig Ltd|Restaurante Casa Montaña|Arrocería La Marítima|"
             "Grazing Goat Catering|Parrilla Don Julio|Cocina de Aldea S.L.")
FLORISTS = L("Flores de Nácar|Petal & Stem|La Violeta Floristería|"
             "Bloom & Bramble Ltd|Florería Jacarandá|Floristería Mimosa")
PHOTO = L("Fotografía Ana Berrocal|Lens & Lace Photography|Estudio Luz de Tarde|"
          "Harry Lomas Photography Ltd|Foto Estudio Andino|Golden Hour Films")
DJS = L("DJ Sonora Eventos|Groove Theory DJs|Sonido Pampa|Beat Bazaar Ltd|"
        "Sonorizaciones Turia S.L.|Mariachi Real de Jalisco")
OTHER_WED = L("Pastelería Dulce Azahar|Autos Clásicos Levante|"
              "Confetti & Co Events Ltd|Sí Quiero Bodas S.L.|"
              "Eventos Malbec S.R.L.|Carpas del Turia S.L.|Hire Society Ltd|"
              "Papelería La Pluma|Maquillaje Olivia Nieto|Bridal Belles Bath")
MISC = L("Booking.com|Expedia|TripAdvisor|El Corte Inglés|Correos|DHL|"
         "Western Union|PayPal|Stripe|Amazon|Google|Bizum|Mercado Pago|"
         "Rotary Club of Bath|Club de Golf El Saler|Hertz|Europcar|Uber")

ORG_DOMAIN = {}


def org_domain(org):
    """A plausible web domain for an organisation (deterministic)."""
    if org in ORG_DOMAIN:
        return ORG_DOMAIN[org]
    base = org
    for suf in (" S.A. de C.V.", " S.L.", " S.R.L.", " S.A.S.", " SAS", " Ltd",
                " SAC", " E.I.R.L.", " SpA", " plc", " Inc."):
        if base.endswith(suf):
            base = base[:-len(suf)]
    words = [w for w in _slug_words(base) if w not in ("hotel", "the", "de",
                                                       "del", "la", "los", "y")]
    d = "".join(words)[:18] or "empresa"
    return d


def _slug_words(s):
    s = fold(s).lower().replace("&", " ")
    return ["".join(ch for ch in w if ch.isalnum()) for w in s.split()]


def org_email(rng, org, tld, local=None):
    if local is None:
        local = rng.choice(["reservas", "info", "bookings", "hola", "eventos",
                            "admin", "ventas", "contacto", "accounts"])
    return "%s@%s.%s" % (local, org_domain(org), tld)


# ---------------------------------------------------------------------------
# Postal addresses by country (street names may contain person names: the
# whole address is ADDRESS, never PERSON)
# ---------------------------------------------------------------------------
ES_STREETS = L("Calle Mayor|C/ Doctor Fleming|Avda. de la Constitución|"
               "Calle de Hernán Cortés|Carrer de Provença|"
               "Carrer del Comte d'Urgell|Rúa do Franco|Kale Nagusia|"
               "Paseo de la Castellana|C/ Alcalá|Av. Blasco Ibáñez|"
               "Calle Luis Morote|C/ Sierpes|Gran Vía de Colón|"
               "Calle Emilio Castelar|Camino de Vera|C/ Santa Clara|"
               "Calle Reyes Católicos|Avda. Rosalía de Castro|"
               "C/ Pintor Sorolla|Plaza del Doctor Collado|Carrer de Sant Pere")
ES_TOWNS = [("28013", "Madrid"), ("41004", "Sevilla"), ("08008", "Barcelona"),
            ("46021", "Valencia"), ("15704", "Santiago de Compostela"),
            ("48005", "Bilbao"), ("18009", "Granada"),
            ("35001", "Las Palmas de Gran Canaria"), ("29016", "Málaga"),
            ("03001", "Alicante"), ("33003", "Oviedo"), ("50001", "Zaragoza"),
            ("07001", "Palma"), ("46183", "L'Eliana"), ("20003", "Donostia")]
MX_ADDR = [
    ("Av. Insurgentes Sur", "Col. Crédito Constructor, Benito Juárez",
     "03940 Ciudad de México, CDMX"),
    ("Calle 5 de Mayo", "Centro", "68000 Oaxaca de Juárez, Oax."),
    ("Av. Chapultepec", "Col. Americana", "44160 Guadalajara, Jal."),
    ("Calle Hidalgo", "Zona Centro", "37700 San Miguel de Allende, Gto."),
    ("Av. Miguel Ángel de Quevedo", "Col. Chimalistac",
     "01070 Ciudad de México"),
    ("Calle Real de Guadalupe", "Barrio de Guadalupe",
     "29230 San Cristóbal de las Casas, Chis."),
    ("Av. Vasconcelos Ote.", "Col. Del Valle", "66220 San Pedro Garza García, N.L."),
]
GB_TOWNS = [("Bath", "BA1"), ("Bath", "BA2"), ("Manchester", "M20"),
            ("Bristol", "BS8"), ("Leeds", "LS6"), ("Edinburgh", "EH10"),
            ("Cardiff", "CF11"), ("London", "SW11"), ("London", "N16"),
            ("Birmingham", "B13"), ("Leicester", "LE2"), ("Frome", "BA11")]
GB_STREETS = L("Alderney Road|Gay Street|Church Lane|Ormeau Avenue|"
               "Widcombe Hill|Lansdown Crescent|Victoria Park Road|"
               "Wellington Terrace|Queen's Drive|Shakespeare Avenue|"
               "Mill Lane|Ladysmith Road|Beechen Cliff Road|Clarence Street")
IE_PLACES = [("Ballincollig, Co. Cork", "P31"), ("Dublin 8", "D08"),
             ("Dingle, Co. Kerry", "V92"), ("Galway", "H91"),
             ("Rathmines, Dublin 6", "D06"), ("Ennis, Co. Clare", "V95"),
             ("Killarney, Co. Kerry", "V93"), ("Naas, Co. Kildare", "W91")]
IE_STREETS = L("Ashgrove Park|Bow Lane|Main Street|Father Griffin Road|"
               "Castlewood Avenue|Ard na Gréine|Oakpark Drive|Sráid an Droichid")
US_PLACES = [("Brookline, MA", "02446"), ("Houston, TX", "77098"),
             ("New York, NY", "10012"), ("Chicago, IL", "60622"),
             ("Austin, TX", "78704"), ("Portland, OR", "97214"),
             ("Miami, FL", "33133"), ("Denver, CO", "80206")]
US_STREETS = L("Maple Ave|Westheimer Rd|Bleecker St|N Damen Ave|S Congress Ave|"
               "SE Belmont St|Grand Ave|E Colfax Ave|Harvard St")


def _eircode_tail(rng):
    return "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))


def _uk_inward(rng):
    return str(rng.randrange(1, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + \
        rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def address(rng, country, multiline=False):
    sep = "\n" if multiline else ", "
    n = rng.randrange(1, 240)
    if country == "ES":
        pc, town = rng.choice(ES_TOWNS)
        st = rng.choice(ES_STREETS)
        floor = rng.choice(["", ", 3º B", ", 2º izda.", ", 1º 2ª", ", bajo",
                            ", 5ºA", ", esc. 2, 4º D", ", 2n 1a"])
        num = rng.choice([" %d" % n, ", %d" % n, " nº %d" % n])
        return st + num + floor + sep + pc + " " + town
    if country == "MX":
        if chance(rng, 0.3):
            c = rng.randrange(40, 72)
            return ("Calle %d No. %d x %d y %d" % (c, rng.randrange(100, 600),
                                                   c - 11, c - 9)
                    + sep + "Centro" + sep + "97000 Mérida, Yuc.")
        st, col, city = rng.choice(MX_ADDR)
        inner = rng.choice(["", " Int. 5", " Depto. 302", " Local 4"])
        return "%s %d%s%s%s%s%s" % (st, rng.randrange(10, 2000), inner, sep,
                                    col, sep, city)
    if country == "AR":
        return rng.choice([
            "Av. Corrientes %d, piso 6 dpto. B, C1045AAA CABA" % (n * 7),
            "San Martín %d, M5500 Mendoza" % (n * 5),
            "Belgrano %d, 5° A, X5000 Córdoba" % (n + 100),
            "Av. Arístides Villanueva %d, Ciudad de Mendoza" % (n + 200),
            "Bv. Oroño %d, S2000 Rosario, Santa Fe" % (n * 4),
            "Calle Olascoaga %d, Luján de Cuyo, Mendoza" % (n * 3)])
    if country == "PE":
        return rng.choice([
            "Av. José Larco %d, Miraflores, Lima 15074" % (n * 5),
            "Jr. Ucayali %d, Cercado de Lima" % (n + 300),
            "Calle Plateros %d, Cusco 08002" % (n + 100),
            "Av. Ejército %d, Yanahuara, Arequipa" % (n * 3),
            "Calle Los Cedros %d, San Isidro, Lima 15073" % (n + 40)])
    if country == "CO":
        return rng.choice([
            "Carrera 7 # %d-%d, Bogotá" % (n % 90 + 10, rng.randrange(10, 99)),
            "Calle 10 # 43E-%d, El Poblado, Medellín" % rng.randrange(10, 99),
            "Cra. 43A No. %d Sur-100, Medellín" % (n % 30 + 1),
            "Calle del Arsenal # 10-%d, Cartagena" % rng.randrange(10, 99)])
    if country == "CL":
        return rng.choice([
            "Av. Providencia %d, depto %d, Providencia, Santiago" % (
                n * 6, rng.randrange(101, 1505)),
            "Calle Almirante Montt %d, Valparaíso" % (n + 200),
            "Av. Vitacura %d, of. 302, Vitacura, Región Metropolitana" % (
                n * 13)])
    if country == "GB":
        town, out = rng.choice(GB_TOWNS)
        pre = rng.choice(["", "Flat 3, ", "The Old Forge, ", "Apartment 12, ",
                          ""])
        lines = [pre + "%d %s" % (n % 90 + 1, rng.choice(GB_STREETS)),
                 town + " " + out + " " + _uk_inward(rng)]
        return sep.join(lines)
    if country == "IE":
        place, rk = rng.choice(IE_PLACES)
        pre = rng.choice(["", "Apt 12, ", "", "Unit 4, "])
        return sep.join([pre + "%d %s" % (n % 60 + 1, rng.choice(IE_STREETS)),
                         place, rk + " " + _eircode_tail(rng)])
    place, zipc = rng.choice(US_PLACES)
    apt = rng.choice(["", ", Apt 3B", " #5F", ", Unit 210"])
    return "%d %s%s%s%s %s" % (n * 9, rng.choice(US_STREETS), apt, sep, place,
                               zipc)


# ---------------------------------------------------------------------------
# Client / case references (CUSTOMER_ID) in many formats
# ---------------------------------------------------------------------------
def pnr(rng):
    while True:
        s = "".join(rng.choice(ALNUM_NO_AMBIG) for _ in range(6))
        if sum(ch.isalpha() for ch in s) >= 3:
            return s


def booking_ref(rng):
    y = rng.choice(["2026", "26"])
    return rng.choice([
        "RQ-%s-%05d" % (y, rng.randrange(1, 99999)),
        "RQV/%s/%04d" % (y[-2:], rng.randrange(1, 9999)),
        "RQ%s-%d" % (y[-2:], rng.randrange(1000, 9999)),
        "EXP-%s-%03d" % (y, rng.randrange(1, 999)),
        "MX.%s.%04d" % (y[-2:], rng.randrange(1, 9999)),
        "%d" % rng.randrange(10000, 999999),
        "BK%s%s" % (y[-2:], digits(rng, 5))])


def invoice_no(rng):
    return rng.choice([
        "FAC-2026-%04d" % rng.randrange(1, 9999),
        "F26/%05d" % rng.randrange(1, 99999),
        "INV-%d" % rng.randrange(10000, 99999),
        "AL-2026/%03d" % rng.randrange(1, 999),
        "2026-FV-%04d" % rng.randrange(1, 9999),
        "A-%06d" % rng.randrange(1, 999999),
        "26.%04d" % rng.randrange(1, 9999)])


def quote_no(rng):
    return rng.choice([
        "PRE-26-%03d" % rng.randrange(1, 999),
        "Q2026-%03d" % rng.randrange(1, 999),
        "PRES.2026.%03d" % rng.randrange(1, 999),
        "QT/AL/%04d" % rng.randrange(1, 9999),
        "COT-%d" % rng.randrange(1000, 9999)])


def customer_no(rng):
    return rng.choice([
        "CL-%06d" % rng.randrange(1, 999999),
        "%05d" % rng.randrange(10000, 99999),
        "CLI.%05d" % rng.randrange(1, 99999),
        "C-%d" % rng.randrange(10000, 99999),
        "%06d" % rng.randrange(100000, 999999)])


def policy_no(rng):
    return rng.choice([
        "%04d-%05d" % (rng.randrange(1000, 9999), rng.randrange(1, 99999)),
        "IM-ESP-%07d" % rng.randrange(1, 9999999),
        "AXA/TRV/%07d" % rng.randrange(1, 9999999),
        "PL-%08d" % rng.randrange(1, 99999999),
        "%04d %04d %02d" % (rng.randrange(1000, 9999), rng.randrange(0, 9999),
                            rng.randrange(0, 99)),
        "TRV%s%s" % (rng.choice(UPPER), digits(rng, 7))])


def claim_no(rng):
    return rng.choice([
        "SIN-2026-%06d" % rng.randrange(1, 999999),
        "CLM/%d" % rng.randrange(100000, 999999),
        "2026-R-%05d" % rng.randrange(1, 99999),
        "EXP/SIN/%05d" % rng.randrange(1, 99999),
        "CL%s-%s" % (digits(rng, 4), rng.choice(UPPER) + rng.choice(UPPER))])


def member_no(rng):
    return rng.choice([
        "SOC-%05d" % rng.randrange(1, 99999),
        "%08d" % rng.randrange(10000000, 99999999),
        "AE%s" % digits(rng, 9),
        "FF-%s-%s" % (digits(rng, 3), digits(rng, 4))])


def event_no(rng):
    return rng.choice([
        "AL-B-2026-%03d" % rng.randrange(1, 999),
        "BODA-%02d%02d-%s" % (rng.randrange(1, 29), rng.randrange(1, 13),
                              rng.choice(["PV", "VLC", "MZA", "BTH", "CS"])),
        "EV/2026/%s/%02d" % (rng.choice(["MZA", "VLC", "BTH"]),
                             rng.randrange(1, 99)),
        "W26-%d" % rng.randrange(100, 999),
        "%s%s-26" % (rng.choice(UPPER), rng.choice(UPPER)) + "%02d" % rng.randrange(1, 99)])


def voucher_no(rng):
    return rng.choice(["VCH-%d" % rng.randrange(100000, 999999),
                       "BONO %d-%s" % (rng.randrange(10000, 99999),
                                       rng.choice(UPPER)),
                       "HV%s" % digits(rng, 7)])


AIRLINE_CODES = {"Iberia": "IB", "Aer Lingus": "EI", "Aeroméxico": "AM",
                 "Vueling": "VY", "Air Europa": "UX", "LATAM": "LA",
                 "Ryanair": "FR", "British Airways": "BA", "Volaris": "Y4",
                 "Aerolíneas Argentinas": "AR", "Avianca": "AV",
                 "JetSMART": "JA", "Sky Airline": "H2", "Iberia Express": "I2",
                 "Viva Aerobus": "VB", "American Airlines": "AA",
                 "easyJet": "U2", "Binter": "NT", "Copa Airlines": "CM",
                 "United Airlines": "UA"}


def flight_no(rng, airline=None):
    code = AIRLINE_CODES.get(airline) or rng.choice(
        ["IB", "EI", "AM", "VY", "UX", "LA", "FR", "BA", "Y4", "AR", "AV",
         "JA", "H2"])
    return rng.choice(["%s%d", "%s %d", "%s%04d"]) % (code, rng.randrange(10, 7000))


def money(rng, cur, lo, hi):
    v = rng.randrange(lo, hi)
    c = rng.randrange(0, 100) if chance(rng, 0.4) else 0
    if cur == "EUR":
        s = "{:,}".format(v).replace(",", ".")
        return rng.choice(["%s,%02d €" % (s, c), "%s€" % s, "EUR %s,%02d" % (s, c)])
    if cur == "GBP":
        return "£{:,}".format(v) + (".%02d" % c if c else "")
    if cur == "USD":
        return "US$ {:,}".format(v) if chance(rng, 0.5) else "${:,}".format(v)
    if cur == "MXN":
        return "${:,} MXN".format(v)
    if cur == "ARS":
        return "$ " + "{:,}".format(v * 100).replace(",", ".")
    return "{:,}".format(v) + " " + cur


MONTHS_EN = L("January|February|March|April|May|June|July|August|September|"
              "October|November|December")
MONTHS_ES = L("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
              "octubre|noviembre|diciembre")
DAYS_EN = L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
DAYS_ES = L("lunes|martes|miércoles|jueves|viernes|sábado|domingo")


def date_parts(rng):
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.choice([2026, 2027])


# ---------------------------------------------------------------------------
# Template helpers
# ---------------------------------------------------------------------------
def en_datetime(rng):
    d, m, y = date_parts(rng)
    return "%s, %d %s %d %02d:%02d" % (rng.choice(DAYS_EN), d, MONTHS_EN[m - 1],
                                       y, rng.randrange(7, 23), rng.randrange(60))


def es_datetime(rng):
    d, m, y = date_parts(rng)
    return "%s, %d de %s de %d %d:%02d" % (rng.choice(DAYS_ES), d,
                                           MONTHS_ES[m - 1], y,
                                           rng.randrange(7, 23), rng.randrange(60))


def times_sorted(rng, n, lo=8, hi=23):
    """n increasing (hour, minute) pairs within [lo, hi)."""
    mins = sorted(rng.sample(range(lo * 60, hi * 60), n))
    return [(x // 60, x % 60) for x in mins]


def hhmm(rng, lo=7, hi=23):
    return "%02d:%02d" % (rng.randrange(lo, hi), rng.randrange(60))


def header_en(d, rng, frm, frm_mail, to, to_mail, subject, cc=None):
    """frm/to are display-name items (tuple or str or None)."""
    d.add("From: ")
    if frm:
        d.add(frm, " <", E(frm_mail), ">\n")
    else:
        d.add(E(frm_mail), "\n")
    d.add("Sent: " + en_datetime(rng) + "\n", "To: ")
    if to:
        d.add(to, " <", E(to_mail), ">\n")
    else:
        d.add(E(to_mail), "\n")
    if cc:
        d.add("Cc: ", *cc)
        d.add("\n")
    d.add("Subject: ", *subject)
    d.add("\n\n")


def header_es(d, rng, frm, frm_mail, to, to_mail, subject, cc=None):
    d.add("De: ")
    if frm:
        d.add(frm, " <", E(frm_mail), ">\n")
    else:
        d.add(E(frm_mail), "\n")
    d.add("Enviado: " + es_datetime(rng) + "\n", "Para: ")
    if to:
        d.add(to, " <", E(to_mail), ">\n")
    else:
        d.add(E(to_mail), "\n")
    if cc:
        d.add("CC: ", *cc)
        d.add("\n")
    d.add("Asunto: ", *subject)
    d.add("\n\n")


def staff(rng, office):
    """A staff member of the agency / planner office."""
    cult = {"MAD": ["es", "es", "cat", "gal", "eus"], "MID": ["mx"],
            "VLC": ["es", "cat"], "BTH": ["uk", "uk", "ie", "ukasian"],
            "MZA": ["ar"]}[office]
    country = {"MAD": "ES", "MID": "MX", "VLC": "ES", "BTH": "GB",
               "MZA": "AR"}[office]
    return make_person(rng, rng.choice(cult), country)


AGENCY_DOM = {"MAD": "rumboquetzal.es", "MID": "rumboquetzal.mx"}
PLANNER_DOM = {"VLC": "azaharylino.es", "BTH": "azaharylino.co.uk",
               "MZA": "azaharylino.com.ar"}


def add_people(d, items, last_sep=" and "):
    """Append a list of already-built items joined like natural language."""
    for i, it in enumerate(items):
        if i:
            d.add(last_sep if i == len(items) - 1 else ", ")
        d.add(it)


EN_CLIENT_CULTS = ["uk", "uk", "ie", "ie", "us", "us", "ukasian", "eeu",
                   "cn", "arab"]
ES_CLIENT_CULTS = ["es", "es", "cat", "eus", "gal", "mx", "mx", "ar", "pe",
                   "co", "cl"]


# ---------------------------------------------------------------------------
# English documents
# ---------------------------------------------------------------------------
def en_booking_confirmation(rng):
    d = Doc()
    office = rng.choice(["MAD", "MID"])
    st = staff(rng, office)
    cl = make_person(rng, rng.choice(EN_CLIENT_CULTS))
    comp = make_person(rng, rng.choice(EN_CLIENT_CULTS))
    ref = booking_ref(rng)
    loc = pnr(rng)
    tour = rng.choice(["Yucatán & Chiapas small group tour",
                       "Andalusia Highlights", "Mexico City & Oaxaca",
                       "Peru: Lima, Cusco & the Sacred Valley",
                       "Northern Spain Pilgrim Week"])
    header_en(d, rng, P(full(st)), work_email(rng, st, AGENCY_DOM[office]),
              P(full(cl)), email_for(rng, cl),
              ["Booking confirmation ", C(ref), " – " + tour])
    d.add("Dear ", title(rng, cl, "en"), " ", P(surname(cl)), ",\n\n")
    d.add("Thank you for booking with ", O(AGENCY), ". Your reservation ",
          C(ref), " is now confirmed for 2 travellers: you and ",
          P(full(comp)), ".\n\n")
    air = rng.choice(AIRLINES)
    d.add("Flights: ", flight_no(rng, air), " on %d %s, airline locator " % (
        rng.randrange(1, 29), rng.choice(MONTHS_EN[3:9])), C(loc), " (",
        O(air), ").\n")
    h1, h2 = rng.sample(HOTELS, 2)
    d.add("Hotels: %d nights at " % rng.randrange(2, 5), O(h1), ", then ",
          "%d nights at " % rng.randrange(2, 4), O(h2), ".\n")
    bank = rng.choice(["BBVA", "Banco Santander", "CaixaBank"])
    d.add("The balance of %s is due by %d %s. You can pay by bank transfer "
          "to " % (money(rng, "EUR", 600, 4000), rng.randrange(1, 29),
                   rng.choice(MONTHS_EN)),
          IB(iban(rng, "ES")), " (", O(bank), "), quoting ", C(ref),
          " as the reference.\n\n")
    d.add("Please reply with a scan of both passports (the name must match "
          "exactly, e.g. ", P(airline(cl)), "). If ", P(call(comp, rng)),
          " has a middle name, include it too.\n\n")
    d.add("Kind regards,\n", P(short(st)), "\nReservations | ",
          O(AGENCY_MX if office == "MID" else AGENCY_ES), "\n",
          A(address(rng, "MX" if office == "MID" else "ES")), "\n",
          "Tel. ", PH(phone(rng, "MX" if office == "MID" else "ES", "land")),
          " | WhatsApp ", PH(phone(rng, "ES")), "\nwww.", 
          AGENCY_DOM[office], "\n")
    return d


def en_rooming_csv(rng):
    d = Doc()
    hotel = rng.choice(HOTELS)
    ref = booking_ref(rng)
    d.add("Rooming list – group ", C(ref), " – ", O(hotel),
          " – arr %02d/%02d/2026, %d nights\n" % (rng.randrange(1, 29),
                                                   rng.randrange(4, 11),
                                                   rng.randrange(2, 6)))
    d.add("Tour leader: ")
    lead = make_person(rng, rng.choice(["uk", "ie"]))
    d.add(P(full(lead)), " (", PH(phone(rng, lead["country"])), ")\n\n")
    d.add("room_type,surname,first_name,nationality,passport_no,dob,notes\n")
    people = crowd(rng, EN_CLIENT_CULTS, rng.randrange(6, 10))
    notes = ["", "", "veg", "anniversary", "ground floor pls", "nut allergy",
             "late arrival", "", "coeliac", "twin beds!"]
    i = 0
    while i < len(people):
        rt = rng.choice(["DBL", "TWN", "SGL"]) if i + 1 < len(people) else "SGL"
        occ = people[i:i + (1 if rt == "SGL" else 2)]
        for p in occ:
            nat = {"GB": "GBR", "IE": "IRL", "US": "USA"}.get(p["country"], "ESP")
            pc = {"GBR": "GB", "IRL": "IE", "USA": "US"}.get(nat, "ES")
            d.add(rt + ",", P(surname(p).upper() if chance(rng, 0.5)
                              else surname(p)),
                  ",", P(first(p)), ",%s," % nat, N(passport(rng, pc)),
                  ",%02d/%02d/%d," % (rng.randrange(1, 29), rng.randrange(1, 13),
                                       rng.randrange(1948, 2004)),
                  rng.choice(notes) + "\n")
        i += len(occ)
    d.add("\nPlease confirm to ", E(org_email(rng, AGENCY, "es", "grupos")),
          " – thanks!\n")
    return d


def en_manifest(rng):
    d = Doc()
    loc = pnr(rng)
    fl = flight_no(rng)
    d.add("PASSENGER MANIFEST   PNR ", C(loc), "   ", fl, "   %02d%s   " % (
        rng.randrange(1, 29), rng.choice(["APR", "MAY", "JUN", "SEP", "OCT"])),
        rng.choice(["MAD-MEX", "DUB-MAD", "LHR-LIM", "MAD-CUN", "JFK-MAD"]),
        "\nAGENT: ", O(AGENCY_ES.upper()), "  IATA 78212345\n\n")
    people = crowd(rng, EN_CLIENT_CULTS, rng.randrange(7, 11))
    for i, p in enumerate(people):
        t = rng.choice(["MR", "MRS", "MS", "MISS"] if p["g"] == "f"
                       else ["MR", "MSTR" if chance(rng, 0.1) else "MR"])
        if p["g"] == "f":
            t = rng.choice(["MRS", "MS", "MISS"])
        d.add("%02d  " % (i + 1), P(airline(p, squash=chance(rng, 0.4))),
              " " + t)
        ssr = rng.choice(["", "", "  SSR VGML", "  SSR WCHR", "  SSR DOCS"])
        if ssr == "  SSR DOCS" or chance(rng, 0.4):
            cc = p["country"] if p["country"] in ("GB", "IE", "US") else "GB"
            d.add("  PPT ", N(passport(rng, cc)), "/", cc)
            ssr = ""
        d.add(ssr + "\n")
    gl = people[0]
    d.add("\nGROUP CONTACT: ", P(full(gl).upper()), "  ",
          PH(phone(rng, gl["country"])), "\n", "EMERG CONTACT ON GROUND: ",
          P(full(staff(rng, "MID"))), " ", PH(phone(rng, "MX")), "\n")
    return d


def en_whatsapp_wedding(rng):
    d = Doc()
    bride = make_person(rng, rng.choice(["uk", "ie", "ukasian"]), g="f")
    groom = make_person(rng, rng.choice(["uk", "ie", "es", "us"]), g="m")
    planner = staff(rng, "BTH")
    mum_g = make_person(rng, groom["cult"], g="f")
    b, gname = call(bride, rng), call(groom, rng)
    pl = first(planner)
    venue = rng.choice(["Hatherley Barn", "Elmscott Tithe Barn", "The Pump Room",
                        "The Old Rectory Weddings Ltd"])
    flor = rng.choice(["Petal & Stem", "Bloom & Bramble Ltd"])
    dj = rng.choice(["Groove Theory DJs", "Beat Bazaar Ltd"])
    day, mon = rng.randrange(1, 29), rng.randrange(1, 13)
    clock = times_sorted(rng, 8, 9, 23)
    senders = [(P(b), None), (P(gname), None), (P(pl), O("Azahar & Lino")),
               ("Mum", None), (P(first(mum_g)), P(gname))]

    def line(k, *msg):
        h, mi = clock.pop(0)
        d.add("%02d/%02d/2026, %02d:%02d - " % (day, mon, h, mi))
        who, extra = senders[k]
        if k == 2:
            d.add(who, " - ", extra)
        elif k == 4:
            d.add(who, " (", extra, "'s mum)")
        else:
            d.add(who)
        d.add(": ", *msg)
        d.add("\n")
    d.add("%02d/%02d/2026, 09:01 - Messages and calls are end-to-end "
          "encrypted.\n" % (day, mon))
    line(2, "Morning both! Final numbers for ", O(venue),
         " are due Friday – I've got 86 adults + 4 kids so far")
    line(0, "Yes!! 88 now, ", P(rng.choice(NAMES["uk"][0])), " and her "
         "partner said yes last night")
    line(3, "Did you ask ", P(first(mum_g)), " about the readings?")
    line(4, "I'm doing the Corinthians one, ", P(gname), " asked me ages ago x")
    line(1, "Can someone call the florist? ", O(flor), " number is ",
         PH(phone(rng, "GB")))
    line(2, "On it. Also ", O(dj), " need the first dance song by the 1st. "
         "And Biscuit (the dog!) is on the table plan as ring bearer 😂")
    line(0, "Haha yes. Deposit for the cake went to ", O("Bridal Belles Bath"),
         " yesterday, ref ", C(invoice_no(rng)))
    line(2, "Perfect. Invoice for our balance will come from ",
         E("accounts@" + PLANNER_DOM["BTH"]), " x")
    return d


def en_crm_notes(rng):
    d = Doc()
    c = make_person(rng, rng.choice(["ie", "uk", "us"]), g="f")
    sis = make_person(rng, c["cult"], c["country"], g="f")
    ag = staff(rng, "MAD")
    ref = customer_no(rng)
    d.add("CRM > Client ", C(ref), " > Notes\n\n")
    d.add("%02d/%02d %s  " % (rng.randrange(1, 29), rng.randrange(1, 13),
                              hhmm(rng)), P(fold(first(ag)).lower()),
          ": call w/ ", title(rng, c, "en").lower().rstrip("."), " ",
          P(fold(surname(c)).lower()),
          " re bkg ", C(booking_ref(rng)), " - wants to add her sister ",
          P(fold(first(sis)).lower()), " (", P(lower(sis, rng)),
          ") to the oct trip, same room?? told her twin supp is %s. "
          % money(rng, "EUR", 80, 400))
    d.add("pp no for sis is ", N(passport(rng, sis["country"])),
          " - need scan. she flies ", rng.choice(["aer lingus", "ba",
                                                   "ryanair"]),
          " not w/ group\n")
    d.add("%02d/%02d %s  " % (rng.randrange(1, 29), rng.randrange(1, 13),
                              hhmm(rng)), P(fold(first(ag)).lower()),
          ": rang back on ", PH(phone(rng, c["country"])),
          " no answer, left vm. emailed ", E(email_for(rng, c)), "\n")
    ins = rng.choice(["mapfre", "intermundial", "axa assistance"])
    d.add("%02d/%02d %s  " % (rng.randrange(1, 29), rng.randrange(1, 13),
                              hhmm(rng)), "ops: insurance w/ ", O(ins),
          " pol ", C(policy_no(rng)), " - cover ok for both. ",
          O(rng.choice(HOTELS).lower()), " confirmd extra bed, asked for "
          "quiet rm (not 1st floor)\n")
    d.add("TODO: ", P(fold(first(ag)).lower()), " to send final docs by fri. "
          "client prefers whatsapp, NOT calls before 10am\n")
    return d


def en_insurance_letter(rng):
    d = Doc()
    ins = rng.choice(["Aviva", "Staysure", "Columbus Direct", "Allianz Partners",
                      "Zurich Insurance plc", "AXA Assistance"])
    c = make_person(rng, rng.choice(["uk", "uk", "ie", "ukasian"]))
    handler = make_person(rng, rng.choice(["uk", "ukasian", "ie"]))
    pol, clm = policy_no(rng), claim_no(rng)
    d.add(O(ins), "\nTravel Claims Department\n\n", title(rng, c, "en"), " ",
          P(full(c)), "\n", A(address(rng, c["country"], multiline=True)),
          "\n\n%d %s 2026\n\n" % (rng.randrange(1, 29), rng.choice(MONTHS_EN)))
    d.add("Policy number: ", C(pol), "\nClaim reference: ", C(clm), "\n\n")
    d.add("Dear ", title(rng, c, "en"), " ", P(surname(c)), ",\n\n")
    hotel = rng.choice(HOTELS)
    air = rng.choice(AIRLINES)
    d.add("Thank you for your claim regarding the cancelled ", O(air),
          " flight ", flight_no(rng, air), " and the extra night at ", O(hotel),
          ". To process the payment we need the following:\n")
    d.add("  1. A letter from ", O(AGENCY_ES), " confirming the amount not "
          "refunded under booking ", C(booking_ref(rng)), ";\n")
    idname = "National Insurance number" if c["country"] == "GB" else \
        "PPS number"
    d.add("  2. Confirmation of your ", idname, " (we hold ",
          N(ni_uk(rng) if c["country"] == "GB" else ppsn_ie(rng)),
          " – please tell us if this is wrong);\n")
    d.add("  3. The passport of the second traveller, ",
          P(full(make_person(rng, c["cult"]))),
          ", or its number if you prefer (e.g. ",
          N(passport(rng, c["country"])), ").\n\n")
    d.add("Payment will be made to the account ending 4471 unless you give us "
          "a new IBAN. You can reach me directly on ",
          PH(phone(rng, "GB", "land")), " or at ",
          E(work_email(rng, handler, org_domain(ins) + ".co.uk")), ".\n\n")
    d.add("Yours sincerely,\n\n", P(full(handler)), "\nClaims Handler\n")
    return d


def en_review(rng):
    d = Doc()
    c1 = make_person(rng, "us", g="m")
    c2 = make_person(rng, "us", c1["country"], g="f")
    c2["sur"] = c1["sur"]
    guide = make_person(rng, rng.choice(["mx", "pe"]), g="m")
    st = staff(rng, "MID")
    coach = rng.choice(["ADO", "Yucatán Express Tours", "Cruz del Sur",
                        "Transportes Turísticos del Bajío S.A. de C.V."])
    stars = rng.choice(["★☆☆☆☆", "★★☆☆☆"])
    d.add(stars, "  \"Great guide, shambolic logistics\"\n")
    d.add("Reviewed %s %d, 2026 – travelled as a couple\n\n" % (
        rng.choice(MONTHS_EN), rng.randrange(1, 29)))
    d.add("We booked the 10-day tour with ", O(AGENCY),
          " (booking ", C(booking_ref(rng)), "). Our guide ",
          P(first(guide)), " was fantastic – knowledgeable, funny, and he "
          "went out of his way when Kayak, our friends' dog, got mentioned "
          "in every story (long story). ", P(call(guide)),
          ", if you read this: thank you!\n\n")
    d.add("The problems: the ", O(coach), " transfer never showed up at the "
          "airport, we waited two hours in the heat. The hotel (",
          O(rng.choice(HOTELS)), ") had no record of us. I called the "
          "emergency number and spoke to ", P(first(st)),
          " who was polite but said she would 'escalate it'. Nothing.\n\n")
    d.add("We have asked for a partial refund of ", money(rng, "USD", 300, 900),
          ". Three weeks later, still waiting. Manager ",
          P(full(make_person(rng, "es", "ES"))),
          " promised a reply by Friday.\n\n— ", P(first(c1)), " & ",
          P(full(c2)), ", ", rng.choice(["Austin", "Denver", "Portland"]),
          "\n\nResponse from the owner:\nDear ", P(first(c2)),
          ", we are so sorry. Please email ",
          E(org_email(rng, AGENCY, "mx", "atencion")),
          " with your reference so we can resolve this today.\n")
    return d


def en_supplier_thread(rng):
    d = Doc()
    coach = rng.choice(["Coaches of Bath Ltd", "Kerry Coaches Ltd",
                        "Autocares Hermanos Pino S.L.", "Autocares Oroel S.L."])
    drv = make_person(rng, rng.choice(["uk", "ie", "eeu"]), g="m")
    ops = make_person(rng, rng.choice(["uk", "ie", "ukasian"]))
    pl = staff(rng, "BTH")
    q = quote_no(rng)
    reg = rng.choice(["WX19 KTE", "OU68 BHZ", "4821 KJM", "YN21 CSV"])
    d.add("---------- Forwarded message ---------\n", "From: ",
          P(full(ops)), " <", E(work_email(rng, ops, org_domain(coach) +
                                           ".co.uk")), ">\n",
          "Date: " + en_datetime(rng) + "\n", "Subject: Re: Quote ", C(q),
          " – 49-seater, wedding shuttle\n", "To: ", P(full(pl)), " <",
          E(work_email(rng, pl, PLANNER_DOM["BTH"])), ">\n\n")
    d.add("Hi ", P(first(pl)), ",\n\nConfirmed for the 14th. Driver will be ",
          P(call(drv, rng)), " (", P(full(drv)), "), mobile ",
          PH(phone(rng, "GB", "mob")), ". Vehicle reg ", reg,
          " – silver Plaxton with ribbons as requested.\n")
    venue = rng.choice(["Hatherley Barn", "Elmscott Tithe Barn",
                        "The Royal Crescent Hotel"])
    d.add("Pick-ups: 14:15 ", O(venue), ", 23:30 and 00:30 return. Total ",
          money(rng, "GBP", 480, 1200), " + VAT, 25% deposit on our invoice ",
          C(invoice_no(rng)), ".\n\nCheers,\n", P(first(ops)), "\n",
          O(coach), " | ", PH(phone(rng, "GB", "land")), "\n\n")
    d.add("> On %d %s, " % (rng.randrange(1, 29), rng.choice(MONTHS_EN)),
          P(full(pl)), " wrote:\n> Hi ", P(first(ops)),
          ", can you hold the coach for the ", P(surname(make_person(rng, "uk"))),
          " wedding? Bride is ", P(full(make_person(rng, "uk", g="f"))),
          ", she'd like the\n> driver to wait at ", O(venue),
          ". Thanks!\n\n", "Fwd to the couple – ", P(first(pl)), "\n")
    return d


def en_wedding_invoice(rng):
    d = Doc()
    a = make_person(rng, rng.choice(["uk", "ie", "ukasian"]))
    b = make_person(rng, rng.choice(["uk", "es", "us", "eeu"]))
    inv = invoice_no(rng)
    ev = event_no(rng)
    d.add(O(PLANNER_UK), "\n", A(address(rng, "GB")), "\n",
          E("accounts@" + PLANNER_DOM["BTH"]), " · ", PH(phone(rng, "GB", "land")),
          "\n\nINVOICE ", C(inv), "\nDate: %02d/%02d/2026\nEvent file: " % (
              rng.randrange(1, 29), rng.randrange(1, 13)), C(ev), "\n\n")
    d.add("Bill to:\n", P(full(a)), " & ", P(full(b)), "\n",
          A(address(rng, a["country"], multiline=True)), "\n\n")
    items = [("Full planning package (balance)", 1800, 4200),
             ("Florals – ", 600, 2200), ("Photography – ", 900, 2400),
             ("DJ & sound – ", 400, 1100), ("Marquee hire – ", 1200, 3500),
             ("Stationery – ", 150, 500)]
    rng.shuffle(items)
    sup = {"Florals – ": FLORISTS, "Photography – ": PHOTO,
           "DJ & sound – ": DJS, "Marquee hire – ": ["Hire Society Ltd"],
           "Stationery – ": ["Papelería La Pluma", "Confetti & Co Events Ltd"]}
    for label, lo, hi in items[:rng.randrange(3, 6)]:
        d.add("  ", label)
        if label in sup:
            d.add(O(rng.choice(sup[label])))
        d.add("  " + money(rng, "GBP", lo, hi) + "\n")
    d.add("\nLess deposit received  -" + money(rng, "GBP", 500, 1500) +
          "\nVAT 20% included\n\nPayment within 14 days to:\nAccount name: ",
          O(PLANNER_UK), "\nBank: ", O(rng.choice(["Barclays", "Monzo",
                                                   "Nationwide"])),
          "\nIBAN: ", IB(iban(rng, "GB")), "\nPlease quote ", C(inv),
          ". Questions: ", P(first(staff(rng, "BTH"))), " on ",
          PH(phone(rng, "GB")), "\n")
    return d


def en_voicemail(rng):
    d = Doc()
    c = make_person(rng, rng.choice(["uk", "ie", "us", "ukasian"]))
    nick = c["nick"] or first(c)
    num = phone(rng, c["country"])
    d.add("Voicemail – from ", PH(num), " – %s – 0:%02d\n" % (
        en_datetime(rng), rng.randrange(20, 59)),
        "Transcription (automatic, may contain errors):\n\n")
    d.add("\"Hi, um, it's ", P(nick), " – ", P(full(c)),
          " – calling for ", P(first(staff(rng, "BTH" if chance(rng, 0.5)
                                          else "MAD"))),
          "? About the, uh, the hen weekend in ",
          rng.choice(["Seville", "Valencia", "Lisbon", "Bath"]),
          ". My booking number is ")
    ref = booking_ref(rng)
    d.add(C(ref), ", I think, or it might be the other one ",
          "on the email. So there'll be nine of us now, not eight, because ",
          P(call(make_person(rng, c["cult"], g="f"))),
          " can come after all, brilliant. Can you add her to the villa? "
          "Oh and ", P(full(make_person(rng, rng.choice(["uk", "ie"]),
                                        g="f"))),
          " is paying for her so the invoice should go to her, not me. ")
    d.add("You can get me on this number or the landline, ",
          PH(phone(rng, c["country"], "land")),
          ", or email me, it's ", E(email_for(rng, c)),
          ". Okay. Thanks, bye. Bye.\"\n")
    return d


def en_sms_log(rng):
    d = Doc()
    st = staff(rng, "MID")
    guests = crowd(rng, EN_CLIENT_CULTS, rng.randrange(4, 7))
    drv = make_person(rng, "mx", g="m")
    day = rng.randrange(1, 29)
    d.add("SMS log – transfer desk ", O(AGENCY_MX), " – %02d/%02d/2026\n" % (
        day, rng.randrange(1, 13)))
    d.add("time | to | message\n")
    clock = times_sorted(rng, len(guests) + 2, 6, 22)
    for p in guests:
        h, m = clock.pop(0)
        d.add("%02d:%02d | " % (h, m), PH(phone(rng, p["country"], "mob")),
              " | ")
        f = rng.randrange(3)
        if f == 0:
            d.add("Hi ", P(first(p)), ", your driver ", P(first(drv)),
                  " is waiting at exit B with a sign. Ref ", C(pnr(rng)), "\n")
        elif f == 1:
            d.add("Dear ", title(rng, p, "en"), " ", P(surname(p)),
                  ", pick-up moved to 07:40, lobby of ", O(rng.choice(HOTELS)),
                  ".\n")
        else:
            d.add(P(first(p)), " – reply YES to confirm the cenote tour "
                  "tomorrow (", money(rng, "USD", 40, 120), ")\n")
    h, m = clock.pop(0)
    d.add("%02d:%02d | " % (h, m), PH(phone(rng, "MX")), " | ",
          P(first(drv)), " pls bring 2 child seats, family ",
          P(surname(guests[0])), "\n")
    h, m = clock.pop(0)
    d.add("%02d:%02d | " % (h, m), PH(phone(rng, guests[-1]["country"])),
          " | Sorry, ", P(call(guests[-1], rng)), " here – running late, "
          "call ", P(first(st)), " on ", PH(phone(rng, "MX")), "\n")
    return d


def en_guest_list(rng):
    d = Doc()
    ev = event_no(rng)
    d.add("Guest list export – ", C(ev), " – generated by ", O(PLANNER_UK),
          "\n")
    d.add("Guest\tSide\tRSVP\tMeal\tTable\tNotes\n")
    people = crowd(rng, ["uk", "uk", "ie", "ukasian", "us", "eeu", "es"],
                   rng.randrange(8, 12))
    for i, p in enumerate(people):
        f = rng.randrange(5)
        if f == 0 and p["g"] == "m":
            d.add(rng.choice(["Mr & Mrs ", "Mr and Mrs ", "Dr & Mr "]),
                  P(full(p)))
        elif f == 1:
            d.add(P(sur_first(p, caps_sur=False)))
        elif f == 2:
            d.add(P(full(p)), " +1")
        elif f == 3:
            d.add(rel(rng, p, ["Uncle", "Grandpa", "Cousin"],
                      ["Auntie", "Nana", "Cousin"]), " ", P(call(p, rng)))
        else:
            d.add(P(full(p)))
        d.add("\t" + rng.choice(["Bride", "Groom", "Both"]) + "\t" +
              rng.choice(["Yes", "Yes", "No", "Maybe", "Yes"]) + "\t" +
              rng.choice(["Beef", "Fish", "Veg", "Vegan", "Kids", ""]) +
              "\t%d\t" % rng.randrange(1, 14))
        n = rng.randrange(6)
        if n == 0:
            d.add("plus-one is ", P(call(make_person(rng, "uk"), rng)))
        elif n == 1:
            d.add("wheelchair – near exit")
        elif n == 2:
            d.add("mob ", PH(phone(rng, p["country"], "mob")))
        elif n == 3:
            d.add("staying at ", O(rng.choice(["The Royal Crescent Hotel",
                                               "The Lansdowne Arms",
                                               "Premier Inn Dublin Airport"])))
        d.add("\n")
    d.add("Total confirmed: %d adults\n" % rng.randrange(60, 140))
    return d


def en_seating_plan(rng):
    d = Doc()
    bride = make_person(rng, rng.choice(["uk", "ie"]), g="f")
    groom = make_person(rng, rng.choice(["uk", "ukasian", "es"]), g="m")
    venue = rng.choice(VENUES[:9])
    d.add("SEATING PLAN – ", P(first(bride)), " & ", P(first(groom)),
          " – ", O(venue), "\n\n")
    d.add("Top table: ", P(full(bride)), ", ", P(full(groom)), ", ")
    best = make_person(rng, bride["cult"], g="f")
    while best["given"] == bride["given"]:
        best = make_person(rng, bride["cult"], g="f")
    d.add(P(call(best, rng)), " (maid of honour), ",
          P(full(make_person(rng, groom["cult"], g="m"))), " (best man)\n")
    for t in range(1, rng.randrange(4, 7)):
        d.add("Table %d – " % t)
        fam = crowd(rng, [bride["cult"], groom["cult"], "uk", "us", "eeu"],
                    rng.randrange(3, 6))
        for i, p in enumerate(fam):
            if i:
                d.add(", ")
            f = rng.randrange(4)
            if f == 0:
                d.add(P(first(p)), " & ", P(full(make_person(rng, p["cult"]))))
            elif f == 1:
                d.add(rel(rng, p, ["Uncle", "Grandad"], ["Aunt", "Granny"]),
                      " ", P(call(p, rng)))
            elif f == 2:
                d.add(title(rng, p, "en"), " ", P(surname(p)))
            else:
                d.add(P(full(p)))
        d.add("\n")
    d.add("Kids' table: ", P(first(make_person(rng, "uk"))), ", ",
          P(first(make_person(rng, "ie"))), " and the ",
          P(surname(make_person(rng, "uk"))), " twins\n")
    d.add("NB keep ", P(call(best, rng)), " away from table 3 (ex!!)\n")
    return d


def en_run_of_day(rng):
    d = Doc()
    pl = staff(rng, "BTH")
    venue = rng.choice(["Hatherley Barn", "Elmscott Tithe Barn",
                        "The Pump Room", "The Old Rectory Weddings Ltd"])
    fl = make_person(rng, "uk", g="f")
    ph_ = make_person(rng, rng.choice(["uk", "ukasian"]), g="m")
    dj = make_person(rng, rng.choice(["uk", "ie"]), g="m")
    couple = (make_person(rng, "uk", g="f"), make_person(rng, "ie", g="m"))
    d.add("RUN OF DAY – ", P(first(couple[0]).upper()), " & ",
          P(first(couple[1]).upper()), " – %d %s 2026\n" % (
              rng.randrange(1, 29), rng.choice(MONTHS_EN[4:9])))
    d.add("Venue: ", O(venue), ", ", A(address(rng, "GB")), "\n",
          "Planner on the day: ", P(full(pl)), " ", PH(phone(rng, "GB")), "\n\n")
    fsup = rng.choice(FLORISTS[1:4:2])
    rows = [
        ("10:00", ["Florist arrives (", O(fsup), " – ", P(first(fl)), " ",
                   PH(phone(rng, "GB")), ")"]),
        ("11:30", ["Hair & make-up at bride's parents'; ",
                   P(first(couple[0])), "'s mum ", P(first(make_person(
                       rng, "uk", g="f"))), " has the key"]),
        ("13:00", ["Photographer ", P(full(ph_)), " (",
                   O(rng.choice(["Lens & Lace Photography", "Golden Hour Films",
                                 "Harry Lomas Photography Ltd"])), ")"]),
        ("14:00", ["Ceremony – registrar from ",
                   O("Bath & North East Somerset Council")]),
        ("15:15", ["Drinks reception, canapés by ",
                   O(rng.choice(["The Hungry Fig Ltd", "Grazing Goat Catering"]))]),
        ("17:30", ["Speeches: father of the bride, ", P(first(make_person(rng, "uk", g="m"))),
                   ", then best man"]),
        ("19:30", ["DJ set up – ", P(call(dj, rng)), " from ",
                   O(rng.choice(["Groove Theory DJs", "Beat Bazaar Ltd"]))]),
        ("23:45", ["Carriages – coach from ", O("Coaches of Bath Ltd"),
                   ", driver on ", PH(phone(rng, "GB"))]),
    ]
    for t, items in rows:
        d.add(t + "  ", *items)
        d.add("\n")
    d.add("\nIf anything goes wrong call ", P(first(pl)), " first, NOT the "
          "couple.\n")
    return d


def en_caps_form(rng):
    d = Doc()
    c = make_person(rng, rng.choice(["us", "uk", "ie", "us"]))
    d.add("TRAVELLER INFORMATION FORM – ", O(AGENCY_MX.upper()), "\n",
          "BOOKING REF: ", C(booking_ref(rng)), "\n\n")
    d.add("SURNAME: ", P(" ".join(fold(x).upper() for x in c["sur"])), "\n",
          "GIVEN NAMES: ", P(fold(first(c)).upper()), "\n",
          "DATE OF BIRTH: %02d/%02d/%d\n" % (rng.randrange(1, 29),
                                             rng.randrange(1, 13),
                                             rng.randrange(1950, 2003)),
          "PASSPORT NO: ", N(passport(rng, c["country"])),
          "   ISSUING COUNTRY: ", {"US": "USA", "GB": "UNITED KINGDOM",
                                   "IE": "IRELAND"}.get(c["country"], "USA"),
          "\n")
    if c["country"] == "US":
        d.add("SSN (FOR INSURANCE BILLING ONLY): ", N(ssn_us(rng)), "\n")
    elif c["country"] == "GB":
        d.add("NI NUMBER: ", N(ni_uk(rng)), "\n")
    else:
        d.add("PPSN: ", N(ppsn_ie(rng)), "\n")
    d.add("HOME ADDRESS: ", A(address(rng, c["country"]).upper()), "\n",
          "PHONE: ", PH(phone(rng, c["country"])), "   EMAIL: ",
          E(email_for(rng, c).upper() if chance(rng, 0.3)
            else email_for(rng, c)), "\n")
    emp = rng.choice(["WELLS FARGO", "BARCLAYS", "AIB", "DELOITTE LLP",
                      "KAISER PERMANENTE", "NHS BLOOD AND TRANSPLANT"])
    d.add("EMPLOYER: ", O(emp), "\n")
    ec = make_person(rng, c["cult"], c["country"])
    d.add("EMERGENCY CONTACT: ", P(full(ec).upper()), " (",
          rel(rng, ec, ["SPOUSE", "FATHER", "BROTHER", "FRIEND"],
              ["SPOUSE", "SISTER", "MOTHER", "FRIEND"]), ") ",
          PH(phone(rng, ec["country"])), "\n",
          "INSURER / POLICY: ", O(rng.choice(INSURERS).upper()), " / ",
          C(policy_no(rng)), "\n",
          "DIETARY: NONE   MEDICAL: ASTHMA (INHALER)\n",
          "SIGNED: ", P(full(c)), "\n")
    return d


def en_refund_thread(rng):
    d = Doc()
    c = make_person(rng, rng.choice(["us", "uk", "ie", "cn", "arab"]))
    st = staff(rng, rng.choice(["MAD", "MID"]))
    dom = AGENCY_DOM["MAD" if st["country"] == "ES" else "MID"]
    ref = booking_ref(rng)
    air = rng.choice(AIRLINES)
    header_en(d, rng, P(full(st)), work_email(rng, st, dom), P(full(c)),
              email_for(rng, c), ["RE: RE: Refund request – ", C(ref)])
    d.add("Dear ", P(first(c)), ",\n\nI have now heard back from ", O(air),
          ". The refund for the cancelled leg (", flight_no(rng, air), ") is ",
          money(rng, "EUR", 150, 900), " and will go back to the card "
          "used for payment within 10 working days. ",
          "The hotel part is handled by us: our accounts team (",
          P(full(staff(rng, "MAD"))), ") issued credit note ",
          C(invoice_no(rng)), " today.\n\nBest,\n", P(first(st)), "\n\n")
    d.add("On ", en_datetime(rng), ", ", P(full(c)), " <",
          E(email_for(rng, c)), "> wrote:\n")
    d.add("> Hi ", P(first(st)), ", any news? It has been a month. My "
          "partner ", P(full(make_person(rng, c["cult"]))),
          " is also waiting for\n> the refund on his booking ",
          C(booking_ref(rng)), ". If I don't hear by Friday I'll go to ",
          O(rng.choice(["Trading Standards", "the Better Business Bureau",
                        "the European Consumer Centre"])), ".\n> ",
          P(first(c)), "\n>\n")
    d.add(">> On ", en_datetime(rng), ", ", P(full(st)), " wrote:\n",
          ">> Dear ", title(rng, c, "en"), " ", P(surname(c)),
          ", we have raised the claim with the airline (case ",
          C(claim_no(rng)), ").\n")
    return d


def en_whatsapp_ios_group(rng):
    d = Doc()
    guide = make_person(rng, rng.choice(["mx", "pe", "co"]), g="m")
    group = crowd(rng, EN_CLIENT_CULTS, 4)
    dd, mm = rng.randrange(1, 29), rng.randrange(1, 13)
    clock = times_sorted(rng, 9, 6, 23)
    hotel = rng.choice(HOTELS_MX)

    def head(who):
        h, m = clock.pop(0)
        d.add("[%02d/%02d/26, %02d:%02d:%02d] " % (dd, mm, h, m,
                                                   rng.randrange(60)))
        d.add(*who)
        d.add(": ")
    gname = [P(short(guide)), " (guide)"]
    head(gname)
    d.add("Good morning team! Breakfast 7, bus 7:45 at the door of ",
          O(hotel), ". Bring passports for the checkpoint\n")
    head([P(full(group[0]))])
    d.add("Morning ", P(first(guide)), "! Is ", P(first(group[1])),
          " feeling better?\n")
    head([P(call(group[1], rng))])
    d.add("Much better thanks 🙏 the pharmacy near the zócalo was great\n")
    head(["~", P(first(group[2]))])
    d.add("Can someone send me the number for the insurance? ",
          O(rng.choice(INSURERS)), " I think\n")
    head(gname)
    d.add("Sure: ", PH(phone(rng, "ES", "land")), " – your policy is on the "
          "voucher, starts with ", C(policy_no(rng)), "\n")
    head([PH(phone(rng, group[3]["country"]))])
    d.add("This is ", P(full(group[3])), " – new phone, please save 😅\n")
    head([P(full(group[0]))])
    d.add("Tip collection for ", P(first(guide)), " and the driver ",
          P(first(make_person(rng, guide["cult"], g="m"))),
          " tonight, cash in the envelope\n")
    head(gname)
    d.add("‎<attached: 00000031-PHOTO-2026-%02d-%02d.jpg>\n" % (mm, dd))
    head([P(call(group[1], rng))])
    d.add("Amazing day!! Thank you ", O(AGENCY), " 🇲🇽\n")
    return d


# ---------------------------------------------------------------------------
# Spanish documents
# ---------------------------------------------------------------------------
def es_confirmacion(rng):
    d = Doc()
    office = rng.choice(["MAD", "MID"])
    st = staff(rng, office)
    cults = ["es", "cat", "eus", "gal"] if office == "MAD" else ["mx", "mx", "co"]
    cl = make_person(rng, rng.choice(cults), g="f")
    acomp = make_person(rng, rng.choice(cults), cl["country"], g="m")
    ref = booking_ref(rng)
    circuito = rng.choice(["Perú Andino", "Riviera Maya y Yucatán",
                           "Andalucía Monumental", "Buenos Aires y Mendoza",
                           "Colombia Cafetera", "Chiapas Mágico"])
    header_es(d, rng, P(full(st)), work_email(rng, st, AGENCY_DOM[office]),
              P(short(cl)), email_for(rng, cl),
              ["Confirmación reserva ", C(ref), " – circuito " + circuito])
    t = title(rng, cl, "es", formal=True)
    d.add(salutation_es(cl), " ", t, " ",
          P(short(cl) if t == "Dña." else surname(cl, both=chance(rng, 0.5))),
          ":\n\n")
    t2 = title(rng, acomp, "es", formal=True)
    d.add("Le confirmamos la reserva ", C(ref), " del circuito «", circuito,
          "» para usted y ", "el " + t2 if t2 == "Sr." else t2, " ",
          P(full(acomp)), ". ")
    air = rng.choice(["Iberia", "Aeroméxico", "LATAM", "Air Europa", "Avianca"])
    d.add("Localizador de la aerolínea: ", C(pnr(rng)), " (", O(air),
          "), vuelo ", flight_no(rng, air), " del %d de %s.\n\n" % (
              rng.randrange(1, 29), rng.choice(MONTHS_ES)))
    if cl["country"] == "ES":
        d.add("Según nuestros datos, su DNI es ", N(dni_es(rng)),
              "; el de su acompañante, ", N(dni_es(rng)),
              ". Si no es correcto, avísenos antes de emitir los billetes.\n\n")
        d.add("El pago pendiente (", money(rng, "EUR", 400, 3000),
              ") puede hacerse por transferencia a ", IB(iban(rng, "ES")),
              " (", O(rng.choice(["CaixaBank", "BBVA", "Banco Sabadell",
                                  "Unicaja"])), ") indicando ", C(ref),
              ", o por Bizum al ", PH(phone(rng, "ES")), ".\n\n")
    else:
        doc = "la CURP" if cl["country"] == "MX" else "el número de cédula"
        d.add("Para la reserva necesitamos ", doc, " de ambos; tenemos ",
              N(national_id(rng, cl)), " para usted. Falta " + doc.split()[0] + " de ",
              P(first(acomp)), ".\n\nEl saldo (", money(rng, "MXN", 9000, 60000),
              ") puede liquidarse en ", O(rng.choice(["Banorte", "BBVA"])),
              " o con tarjeta en nuestra oficina.\n\n")
    d.add("Un saludo cordial,\n\n", P(short(st)), "\nDepartamento de Grupos\n",
          O(AGENCY_ES if office == "MAD" else AGENCY_MX), "\n",
          A(address(rng, "ES" if office == "MAD" else "MX")), "\nTel. ",
          PH(phone(rng, "ES" if office == "MAD" else "MX", "land")), "\n")
    return d


def es_lista_pasajeros(rng):
    d = Doc()
    coach = rng.choice(["Autocares Hermanos Pino S.L.", "Autocares Julià",
                        "Autobuses Sierra Nevada", "ALSA", "Autocares Oroel S.L."])
    exp = booking_ref(rng)
    d.add("LISTADO DE PASAJEROS – Expediente ", C(exp), " – Circuito ",
          rng.choice(["Andalucía", "Galicia y Asturias", "Castilla",
                      "Pirineo Aragonés"]), " – Transporte: ", O(coach), "\n")
    d.add("Apellidos, Nombre;Tipo doc.;Nº documento;F. nac.;Nacionalidad;"
          "Teléfono;Observaciones\n")
    people = crowd(rng, ES_CLIENT_CULTS + ["eeu", "arab", "cn"],
                   rng.randrange(7, 11), country=None)
    obs = ["", "", "celíaca", "asiento delantero", "viaja con su hija",
           "silla de ruedas", "", "habitación individual", "sin lactosa"]
    for p in people:
        spanish = p["cult"] in ("es", "cat", "eus", "gal")
        resident = p["cult"] in ("eeu", "arab", "cn")
        d.add(P(sur_first(p, caps_sur=chance(rng, 0.7),
                          caps_all=chance(rng, 0.2))), ";")
        if spanish:
            d.add("DNI;", N(dni_es(rng)))
        elif resident:
            d.add("NIE;", N(nie_es(rng)))
        else:
            d.add("PAS;", N(passport(rng, p["country"])))
        nat = "ESP" if spanish else {"MX": "MEX", "AR": "ARG", "PE": "PER",
                                     "CO": "COL", "CL": "CHL"}.get(
                                         p["country"], {"eeu": rng.choice(
                                             ["ROU", "UKR", "POL"]),
                                             "arab": "MAR", "cn": "CHN"}.get(
                                                 p["cult"], "ESP"))
        d.add(";%02d/%02d/%d;%s;" % (rng.randrange(1, 29), rng.randrange(1, 13),
                                     rng.randrange(1940, 2008), nat))
        if chance(rng, 0.7):
            d.add(PH(phone(rng, "ES")))
        d.add(";" + rng.choice(obs) + "\n")
    d.add("Guía acompañante: ", P(short(staff(rng, "MAD"))), " – móvil ",
          PH(phone(rng, "ES", "mob")), "\n")
    return d


def es_bono_hotel(rng):
    d = Doc()
    mx = chance(rng, 0.6)
    hotel = rng.choice(HOTELS_MX if mx else ["Parador de Ronda", "Meliá Sevilla",
                                              "Hotel Casa Valdés",
                                              "Hostal La Pérgola",
                                              "Hotel Palacio de Santa Paula",
                                              "Hostal Rural Peña Blanca"])
    tit = make_person(rng, rng.choice(["mx", "es", "co", "pe", "ar"]))
    d.add("BONO DE ALOJAMIENTO / HOTEL VOUCHER   Nº ", C(voucher_no(rng)), "\n",
          "EMITIDO POR: ", O(AGENCY_MX.upper() if mx else AGENCY_ES.upper()),
          "\n\nHOTEL: ", O(hotel.upper()), "\nDIRECCIÓN: ",
          A(address(rng, "MX" if mx else "ES").upper()), "\nTEL. HOTEL: ",
          PH(phone(rng, "MX" if mx else "ES", "land")), "\n\n")
    d.add("TITULAR: ", title(rng, tit, "es", formal=True).upper(), " ",
          P(full(tit).upper()), "\n")
    others = crowd(rng, [tit["cult"]], rng.randrange(1, 4))
    d.add("ACOMPAÑANTES: ")
    for i, p in enumerate(others):
        if i:
            d.add(" / ")
        d.add(P(sur_first(p, caps_all=True)))
        if chance(rng, 0.3):
            d.add(" (MENOR, %d AÑOS)" % rng.randrange(2, 12))
    day_in, mon_in, nights = rng.randrange(1, 20), rng.randrange(1, 13), \
        rng.randrange(2, 8)
    d.add("\nLOCALIZADOR: ", C(pnr(rng)), "   EXPEDIENTE: ", C(booking_ref(rng)),
          "\nENTRADA: %02d/%02d/2026   SALIDA: %02d/%02d/2026   NOCHES: %d\n" % (
              day_in, mon_in, day_in + nights, mon_in, nights),
          "RÉGIMEN: ", rng.choice(["AD", "MP", "TI", "SA"]),
          "   HABITACIÓN: 1 DOBLE + CAMA SUPLETORIA\n",
          "OBSERVACIONES: LLEGADA TARDÍA (VUELO ", flight_no(rng), "). "
          "CLIENTE CELEBRA ANIVERSARIO.\n",
          "SERVICIOS PAGADOS POR LA AGENCIA. EXTRAS A CARGO DEL CLIENTE.\n"
          "EMERGENCIAS 24H: ", PH(phone(rng, "MX" if mx else "ES")), "\n")
    return d


def es_whatsapp_boda_ar(rng):
    d = Doc()
    novia = make_person(rng, "ar", "AR", g="f")
    novio = make_person(rng, rng.choice(["ar", "ar", "es", "cl"]), "AR", g="m")
    flor = staff(rng, "MZA")
    nv, nn = call(novia, rng), call(novio, rng)
    dd, mm = rng.randrange(1, 29), rng.randrange(1, 13)
    clock = times_sorted(rng, 9, 8, 24)
    venue = rng.choice(["Quinta Los Álamos", "Estancia La Candelaria",
                        "Bodega Los Cerezos"])
    cat = rng.choice(["Delicias Malbec Catering", "Parrilla Don Julio"])

    def head(*who):
        h, m = clock.pop(0)
        d.add("[%02d/%02d/26, %02d:%02d:%02d] " % (dd, mm, h, m,
                                                   rng.randrange(60)))
        d.add(*who)
        d.add(": ")
    head(P(nv), " 💍")
    d.add("Chicos, ya hablé con ", O(venue), ", la seña está paga 🙌\n")
    head(P(first(flor)), " - ", O(PLANNER))
    d.add("Genial ", P(nv), "! Les paso el contacto de ", O(cat), ": ",
          P(full(make_person(rng, "ar", "AR"))), ", ", PH(phone(rng, "AR")),
          ". Pidan la degustación para el jueves\n")
    head("Mamá ", P(nn))
    d.add("Y el ", P("Tincho"), "? Confirmó que viene de Córdoba con ",
          P(first(make_person(rng, "ar", g="f"))), "?\n")
    head(P(nn))
    d.add("Sí ma, vienen los dos. ", P(rng.choice(["Maxi", "Eze", "Joaco",
                                                   "Lauti"])),
          " no sabe todavía\n")
    head(P(first(flor)), " - ", O(PLANNER))
    d.add("Les dejo la factura de la seña: ", C(invoice_no(rng)),
          ". Cualquier cosa me escriben a ",
          E(work_email(rng, flor, PLANNER_DOM["MZA"])), "\n")
    head(P(nv), " 💍")
    d.add("Gracias ", P(call(flor, rng)), "!! ", P("Vale"),
          " también quiere ir a la prueba del vestido 😅\n")
    head("Mamá ", P(nn))
    d.add("Para el DJ hablen con ", O("Sonido Pampa"),
          ", los de la boda de ", P(first(make_person(rng, "ar", g="f"))),
          " y ", P(full(make_person(rng, "ar", g="m"))), ". Un lujo\n")
    head(P(nn))
    d.add("Dale. ", P(first(flor)), " nos mandás la dirección de la quinta? "
          "Para el GPS de los de Buenos Aires\n")
    head(P(first(flor)), " - ", O(PLANNER))
    d.add(A(address(rng, "AR")), " 📍\n")
    return d


def es_notas_crm(rng):
    d = Doc()
    ag = staff(rng, "MAD")
    a = make_person(rng, rng.choice(["es", "eus", "gal", "cat"]), "ES", g="f")
    r = make_person(rng, a["cult"], "ES", g="m")
    r["sur"] = a["sur"][:1] + r["sur"][1:]
    exp = customer_no(rng)
    agn = fold(call(ag, rng)).lower()
    d.add("NOTAS EXPEDIENTE ", C(exp), "\n")
    d.add("%02d/%02d %s " % (rng.randrange(1, 29), rng.randrange(1, 13),
                             hhmm(rng, 9, 14)), P(agn),
          " - llama la sra ", P(fold(a["sur"][0]).lower()), " (",
          P(fold(first(a)).lower()), ") x la reserva ", C(booking_ref(rng)),
          ", quiere cambiar vuelo ", rng.choice(["iberia", "air europa",
                                                 "vueling"]),
          " del 14 al 16, le digo q hay penalizacion 75e. viajan ",
          P(fold(first(a)).lower()), " y ", P(lower(r, rng)),
          ", el tiene movilidad reducida (pedir asistencia)\n")
    d.add("   dni de ella ", N(dni_es(rng)), " / de el ", N(dni_es(rng)),
          " (comprobar, lo dicto por tlf)\n")
    d.add("   tlf ", PH(phone(rng, "ES")), " o fijo ", PH(phone(rng, "ES", "land")),
          ", mail ", E(email_for(rng, a).lower()), "\n")
    d.add("%02d/%02d %s: " % (rng.randrange(1, 29), rng.randrange(1, 13),
                              hhmm(rng, 9, 20)), P(agn), " - hablo con ",
          O(fold(rng.choice(["Hotel Casa Valdés", "Meliá Sevilla",
                              "Parador de Ronda"])).lower()),
          ", ok cambio de fechas sin coste. pendiente seguro ",
          O(rng.choice(["mapfre", "intermundial", "europ assistance"])),
          " poliza ", C(policy_no(rng)), "\n")
    d.add("%02d/%02d %s: " % (rng.randrange(1, 29), rng.randrange(1, 13),
                              hhmm(rng, 9, 20)),
          P(fold(first(staff(rng, "MAD"))).lower()),
          " - cliente vuelve a llamar, pregunta x ", P(agn),
          ". le paso nota. q la llamen despues de las 17h!!\n")
    return d


def es_carta_aseguradora(rng):
    d = Doc()
    c = make_person(rng, rng.choice(["es", "cat", "gal", "eus"]), "ES", g="m")
    esp = make_person(rng, rng.choice(["es", "eeu", "arab"]), "ES", g="f")
    ins = rng.choice(["Mapfre", "Intermundial", "Mutua Madrileña",
                      "Europ Assistance", "Allianz Partners"])
    addr = address(rng, "ES")
    d.add("D. ", P(full(c)), "\n", A(addr.replace(", 0", "\n0").replace(
        ", 1", "\n1").replace(", 2", "\n2").replace(", 3", "\n3")
        .replace(", 4", "\n4")),
          "\n\nA la atención de ", O(ins), " – Departamento de Siniestros\n\n")
    sin, pol = claim_no(rng), policy_no(rng)
    d.add("Asunto: Reclamación siniestro ", C(sin), " – póliza ", C(pol), "\n\n",
          "Muy señores míos:\n\n")
    d.add(P(full(c)), ", mayor de edad, con DNI ", N(dni_es(rng)),
          " y domicilio a efectos de notificaciones en ", A(addr),
          ", titular de la póliza arriba indicada contratada a través de ",
          O(AGENCY_ES), " (expediente ", C(booking_ref(rng)), "), EXPONE:\n\n")
    air = rng.choice(["Iberia", "Aeroméxico", "LATAM", "Air Europa"])
    d.add("Primero.– Que el vuelo ", flight_no(rng, air), " de ", O(air),
          " fue cancelado y tuvimos que pernoctar en ",
          O(rng.choice(HOTELS_MX)), ".\n")
    esp_id = nie_es(rng) if esp["cult"] != "es" else dni_es(rng)
    d.add("Segundo.– Que mi esposa, Dña. ", P(full(esp)), ", con ",
          "NIE " if esp["cult"] != "es" else "DNI ", N(esp_id),
          ", fue atendida en ", O(rng.choice(["Hospital Galenia",
                                              "Clínica Santa Elena",
                                              "Hospital Ángeles"])),
          " por una gastroenteritis.\n\n")
    d.add("SOLICITA el reembolso de ", money(rng, "EUR", 300, 2500),
          " en la cuenta ", IB(iban(rng, "ES")), ".\n\n")
    d.add("En %s, a %d de %s de 2026.\n\nFdo.: " % (
        rng.choice(["Sevilla", "Madrid", "Bilbao", "Vigo"]),
        rng.randrange(1, 29), rng.choice(MONTHS_ES)), P(full(c)), "\n",
          "Tel. ", PH(phone(rng, "ES")), " · ", E(email_for(rng, c)), "\n")
    return d


def es_factura_boda(rng):
    d = Doc()
    a = make_person(rng, rng.choice(["es", "cat"]), "ES", g="f")
    b = make_person(rng, rng.choice(["es", "cat", "eus", "uk"]), "ES", g="m")
    fac = invoice_no(rng)
    d.add(O(PLANNER_ES), "\n", A(address(rng, "ES")), "\n",
          "Tel. ", PH(phone(rng, "ES", "land")), " · ",
          E("facturacion@" + PLANNER_DOM["VLC"]), "\n\n")
    d.add("FACTURA Nº ", C(fac), "\nFecha: %02d/%02d/2026\n" % (
        rng.randrange(1, 29), rng.randrange(1, 13)),
          "Expediente boda: ", C(event_no(rng)), "\n\n")
    d.add("CLIENTE\n", title(rng, a, "es", formal=True), " ", P(full(a)),
          "  NIF ", N(dni_es(rng)), "\n", title(rng, b, "es", formal=True),
          " ", P(full(b)), "  ")
    if b["cult"] == "uk":
        d.add("NIE ", N(nie_es(rng)))
    else:
        d.add("NIF ", N(dni_es(rng)))
    d.add("\nDomicilio: ", A(address(rng, "ES")), "\n\n")
    d.add("CONCEPTO                                   IMPORTE\n")
    lines = [("Coordinación integral del día", None, 1500, 3200),
             ("Decoración floral ceremonia y banquete – ",
              ["Flores de Nácar", "La Violeta Floristería",
               "Floristería Mimosa"], 900, 2600),
             ("Reportaje fotográfico – ", ["Fotografía Ana Berrocal",
                                          "Estudio Luz de Tarde"], 1200, 2800),
             ("Música y DJ – ", ["DJ Sonora Eventos",
                                 "Sonorizaciones Turia S.L."], 600, 1500),
             ("Tarta nupcial – ", ["Pastelería Dulce Azahar"], 300, 700),
             ("Coche clásico – ", ["Autos Clásicos Levante"], 250, 600),
             ("Carpa jardín – ", ["Carpas del Turia S.L."], 1200, 4000)]
    rng.shuffle(lines)
    for txt, pool, lo, hi in lines[:rng.randrange(3, 6)]:
        d.add(txt)
        if pool:
            d.add(O(rng.choice(pool)))
        d.add("   " + money(rng, "EUR", lo, hi) + "\n")
    d.add("\nBase imponible: ", money(rng, "EUR", 4000, 9000),
          "\nIVA 21%: ", money(rng, "EUR", 800, 1900),
          "\nA cuenta (señal): -", money(rng, "EUR", 500, 1500), "\n\n",
          "Forma de pago: transferencia a ", IB(iban(rng, "ES")), " (",
          O(rng.choice(["CaixaBank", "Banco Sabadell", "Ibercaja", "BBVA"])),
          ") antes del %d de %s. Concepto: " % (rng.randrange(1, 29),
                                                 rng.choice(MONTHS_ES)),
          C(fac), "\n", "Dudas: ", P(call(staff(rng, "VLC"), rng)), ", ",
          PH(phone(rng, "ES")), "\n")
    return d


def es_presupuesto_reenviado(rng):
    d = Doc()
    pl = staff(rng, "VLC")
    cat = rng.choice(["Catering Sabores de Huerta S.L.", "Arrocería La Marítima",
                      "Restaurante Casa Montaña", "Cocina de Aldea S.L."])
    chef = make_person(rng, rng.choice(["es", "cat"]), "ES")
    novia = make_person(rng, rng.choice(["cat", "es"]), "ES", g="f")
    novio = make_person(rng, rng.choice(["cat", "es", "arab"]), "ES", g="m")
    q = quote_no(rng)
    d.add("De: ", P(full(pl)), " <", E(work_email(rng, pl, PLANNER_DOM["VLC"])),
          ">\nEnviado: " + es_datetime(rng) + "\nPara: ", P(short(novia)),
          " <", E(email_for(rng, novia)), ">; ", P(short(novio)), " <",
          E(email_for(rng, novio)), ">\nAsunto: RV: Presupuesto ", C(q),
          " boda ", P(first(novia)), " y ", P(first(novio)), "\n\n")
    d.add("Hola chicos, os reenvío lo que nos manda ", P(call(chef, rng)),
          " del catering. A mí me cuadra, pero ojo con el tema del "
          "sin gluten para la tía de ", P(first(novio)), ".\n",
          P(first(pl)), "\n\n")
    d.add("-----Mensaje original-----\nDe: ", P(full(chef)), " <",
          E(work_email(rng, chef, org_domain(cat) + ".es")), ">\n",
          "Enviado el: " + es_datetime(rng) + "\nPara: ",
          E(work_email(rng, pl, PLANNER_DOM["VLC"])), "\nAsunto: ",
          "Presupuesto ", C(q), "\n\n")
    d.add("Buenos días ", P(first(pl)), ":\n\nAdjunto presupuesto para ",
          "%d comensales en " % rng.randrange(90, 220),
          O(rng.choice(["Alquería La Rosella", "Finca El Robledal",
                        "Masia Can Pujol", "Real Club Náutico de Valencia"])),
          ": cóctel de bienvenida, paella valenciana a la vista, ",
          "menú infantil y barra libre 3 h. Precio por cubierto ",
          money(rng, "EUR", 85, 160), " + IVA.\n")
    d.add("Para reservar la fecha necesitamos una señal del 30 % a nuestra "
          "cuenta ", IB(iban(rng, "ES")), " indicando ", C(q), ".\n\n")
    d.add("Un saludo,\n", P(short(chef)), "\nJefe de eventos – ", O(cat), "\n",
          "Móvil ", PH(phone(rng, "ES", "mob")), "\n")
    return d


def es_buzon_voz(rng):
    d = Doc()
    c = make_person(rng, "mx", "MX", g="f")
    h = rng.choice(HOTELS_MX)
    num = phone(rng, "MX")
    d.add("Mensaje de voz – ", PH(num), " – ", es_datetime(rng), " – 0:%02d\n" %
          rng.randrange(25, 59), "Transcripción automática:\n\n")
    d.add("«Buenas tardes, habla la licenciada ", P(full(c)), " de ", O(h),
          ", le llamo para ", P(first(staff(rng, "MID"))),
          " de parte de reservas de grupos. Es sobre el grupo de la señora ",
          P(short(make_person(rng, "es", "ES", g="f"))),
          ", el localizador ", C(booking_ref(rng)),
          ". Eh... nos faltan los nombres de dos habitaciones, la doble de ",
          "los señores ", P(surname(make_person(rng, "es"), both=False)),
          " y la triple, y necesitamos también el RFC para la factura, ",
          "si la quieren a nombre de persona física, creo que es ")
    rf = make_person(rng, "mx", "MX")
    d.add(N(rfc_person(rng, rf)), ", de ", P(full(rf)),
          ", pero confírmenmelo. Me puede regresar la llamada al ",
          PH(phone(rng, "MX", "land")), " extensión 214, o al celular ",
          PH(phone(rng, "MX")), ", o escribirme a ",
          E(work_email(rng, c, org_domain(h) + ".com.mx")),
          ". Gracias, que tenga buena tarde.»\n")
    return d


def es_sms_log(rng):
    d = Doc()
    country = rng.choice(["PE", "CO", "CL"])
    cult = {"PE": "pe", "CO": "co", "CL": "cl"}[country]
    guia = make_person(rng, cult, country)
    guide_org = {"PE": "Guías del Sol Cusco E.I.R.L.",
                 "CO": "Cartagena Walks SAS",
                 "CL": "Patagonia Sur Expediciones SpA"}[country]
    clientes = crowd(rng, ["es", "es", "cat", "mx", "ar", cult], rng.randrange(4, 6))
    local_hotels = {"PE": ["Cusco Plaza Inca Hotel", "Hotel Costa Verde Miraflores"],
                    "CO": ["Hotel Casa San Agustín", "Hotel Casa del Coliseo"],
                    "CL": ["Hotel Alto Atacama", "Hostería Las Quebradas"]}[country]
    bus = {"PE": "Cruz del Sur", "CO": "Trans Andes Traslados S.A.S.",
           "CL": "Turbus"}[country]
    d.add("Registro SMS – ", O(guide_org), " – salidas del %02d/%02d\n" % (
        rng.randrange(1, 29), rng.randrange(1, 13)))
    d.add("hora;destinatario;texto\n")
    clock = times_sorted(rng, len(clientes) + 2, 5, 21)
    for p in clientes:
        h, m = clock.pop(0)
        d.add("%02d:%02d;" % (h, m), PH(phone(rng, p["country"], "mob")), ";")
        f = rng.randrange(3)
        if f == 0:
            d.add("Hola ", P(call(p, rng)), ", le recogemos a las 05:30 en ",
                  O(rng.choice(local_hotels)), ". Guía: ", P(first(guia)), "\n")
        elif f == 1:
            d.add(salutation_es(p), " ", title(rng, p, "es"), " ",
                  P(surname(p, both=False)), ": traslado confirmado, ref. ",
                  C(voucher_no(rng)), "\n")
        else:
            d.add(P(first(p)), ", recuerde llevar su documento (",
                  N(national_id(rng, p, "passport")), ") para el control\n")
    h, m = clock.pop(0)
    d.add("%02d:%02d;" % (h, m), PH(phone(rng, country, "mob")), ";",
          P(first(guia)), ", el bus de ", O(bus),
          " sale con 20 min de retraso\n")
    h, m = clock.pop(0)
    d.add("%02d:%02d;" % (h, m), PH(phone(rng, "ES", "mob")), ";Soy ",
          P(full(clientes[0])), ", no me encuentro bien, ¿me puede llamar ",
          P(first(guia)), "?\n")
    return d


def es_formulario(rng):
    d = Doc()
    country = rng.choice(["PE", "MX", "AR", "CL", "CO"])
    cult = country.lower()
    p = make_person(rng, cult, country)
    if len(p["sur"]) < 2:
        p["sur"].append(rng.choice(NAMES[cult][2]))
    d.add("FORMULARIO DE DATOS DEL VIAJERO – ", O(AGENCY_MX.upper()), "\n",
          "CIRCUITO: ", rng.choice(["ANDES Y ALTIPLANO", "MUNDO MAYA",
                                    "PATAGONIA", "EJE CAFETERO"]),
          "   EXPEDIENTE: ", C(booking_ref(rng)), "\n\n")
    d.add("APELLIDO PATERNO: ", P(p["sur"][0].upper()), "\n",
          "APELLIDO MATERNO: ", P(p["sur"][1].upper()), "\n",
          "NOMBRE(S): ", P(p["given"].upper()), "\n",
          "FECHA DE NACIMIENTO: %02d/%02d/%d\n" % (rng.randrange(1, 29),
                                                    rng.randrange(1, 13),
                                                    rng.randrange(1950, 2004)))
    if country == "MX":
        d.add("CURP: ", N(curp(rng, p)), "\nRFC: ", N(rfc_person(rng, p)), "\n")
    elif country == "AR":
        d.add("DNI: ", N(dni_ar(rng)), "\nCUIT/CUIL: ",
              N(cuit_ar(rng, person=True)), "\n")
    elif country == "CL":
        d.add("RUT: ", N(rut_cl(rng)), "\n")
    elif country == "PE":
        d.add("DNI: ", N(dni_pe(rng)), "\n")
    else:
        d.add("C.C.: ", N(cedula_co(rng)), "\n")
    d.add("PASAPORTE: ", N(passport(rng, country)), "\n",
          "DOMICILIO: ", A(address(rng, country).upper()), "\n",
          "CELULAR: ", PH(phone(rng, country)), "   CORREO: ",
          E(email_for(rng, p)), "\n")
    ec = make_person(rng, cult, country)
    d.add("CONTACTO DE EMERGENCIA: ", P(full(ec).upper()), " – ",
          rel(rng, ec, ["ESPOSO", "PADRE", "HERMANO", "HIJO"],
              ["ESPOSA", "MADRE", "HERMANA", "HIJA"]), " – ",
          PH(phone(rng, country)), "\n",
          "SEGURO: ", O(rng.choice(["RIMAC SEGUROS", "SEGUROS SURA",
                                    "SEGUROS ATLAS", "MAPFRE",
                                    "ALLIANZ PARTNERS"])),
          "  PÓLIZA: ", C(policy_no(rng)), "\n",
          "ALERGIAS: PENICILINA\nFIRMA: ", P(short(p)), "\n")
    return d


def es_resena(rng):
    d = Doc()
    c = make_person(rng, rng.choice(["es", "ar", "co", "cl", "mx"]))
    pareja = make_person(rng, c["cult"], c["country"])
    guia = make_person(rng, rng.choice(["pe", "mx"]), g="f")
    st = staff(rng, rng.choice(["MAD", "MID"]))
    d.add(P(short(c)), "\n", rng.choice(["Local Guide · 23 reseñas",
                                         "4 reseñas", "Opinión verificada"]),
          "\n", rng.choice(["★☆☆☆☆", "★★☆☆☆", "★★★★☆"]),
          " hace %d semanas\n\n" % rng.randrange(2, 9))
    d.add("Contratamos con ", O(AGENCY), " el viaje de novios (expediente ",
          C(booking_ref(rng)), ") y la experiencia fue una montaña rusa. ",
          "Lo bueno: la guía ", P(first(guia)), " ", P(surname(guia, False)),
          " en Cusco, un amor, y el hotel ", O(rng.choice(["Cusco Plaza Inca Hotel",
                                                          "Hotel Costa Verde Miraflores",
                                                          "Hostería Las Quebradas"])),
          ". Lo malo: ", O(rng.choice(["LATAM", "Avianca", "JetSMART",
                                       "Sky Airline"])),
          " nos cambió el vuelo y nadie de la agencia nos avisó. ")
    d.add("Llamamos mil veces al ", PH(phone(rng, "ES", "land")),
          " y al final nos atendió ", P(first(st)),
          ", muy amable pero sin solución. Mi pareja (", P(first(pareja)),
          ") tuvo que pagar un taxi de su bolsillo.\n\n")
    d.add("Respuesta del propietario:\nHola ", P(first(c)), ", lamentamos lo "
          "ocurrido. Hemos abierto la incidencia ", C(claim_no(rng)),
          " y ", P(short(staff(rng, "MAD"))), ", de atención al cliente, ",
          "le escribirá por privado esta semana; también puede escribir a ",
          E(org_email(rng, AGENCY, "es", "atencion")), ". ",
          "Gracias por confiar en nosotros.\n")
    return d


def es_lista_invitados(rng):
    d = Doc()
    ev = event_no(rng)
    ar = chance(rng, 0.4)
    cults = ["ar", "ar", "es", "cl"] if ar else ["es", "cat", "es", "gal", "eus"]
    d.add("Invitados boda – ", C(ev), " – exportado de la app de ",
          O(PLANNER), "\n")
    d.add("Nombre\tInvitado de\tConfirma\tMenú\tMesa\tObservaciones\n")
    people = crowd(rng, cults + ["uk", "arab"], rng.randrange(8, 12),
                   country="AR" if ar else "ES")
    for p in people:
        f = rng.randrange(6)
        if f == 0:
            d.add(rel(rng, p, ["Tío", "Abuelo", "Primo"],
                      ["Tía", "Abuela", "Prima"]), " ", P(call(p, rng)))
        elif f == 1:
            d.add(P(sur_first(p, caps_sur=False)))
        elif f == 2:
            o = make_person(rng, p["cult"], p["country"])
            d.add(P(first(o)), " y ", P(full(p)))
        elif f == 3:
            d.add(P(full(p)), " + acompañante")
        elif f == 4:
            d.add(P(call(p, rng)), " (", P(short(p)), ")")
        else:
            d.add(P(full(p)))
        d.add("\t" + rng.choice(["Novia", "Novio", "Ambos"]) + "\t" +
              rng.choice(["Sí", "Sí", "No", "Pendiente", "sí"]) + "\t" +
              rng.choice(["Carne", "Pescado", "Vegetariano", "Infantil",
                          "Sin gluten", ""]) + "\t%d\t" % rng.randrange(1, 20))
        n = rng.randrange(6)
        if n == 0:
            d.add("tel ", PH(phone(rng, p["country"])))
        elif n == 1:
            d.add("viene con bebé")
        elif n == 2:
            d.add("alojado en ", O(rng.choice(["Hotel Dos Aguas Valencia",
                                               "Finca Son Mir",
                                               "Posada Jacarandas"] if not ar else
                                              ["Estancia La Candelaria",
                                               "Bodega Los Cerezos"])))
        elif n == 3:
            d.add("no poner con ", P(call(make_person(rng, p["cult"]), rng)))
        d.add("\n")
    d.add("Confirmados: %d / %d\n" % (rng.randrange(80, 150),
                                       rng.randrange(150, 220)))
    return d


def es_cambio_vuelo(rng):
    d = Doc()
    st = staff(rng, "MID")
    cl = make_person(rng, rng.choice(["mx", "co", "es", "pe"]))
    air = rng.choice(["Aeroméxico", "Volaris", "Viva Aerobus", "Iberia",
                      "Avianca"])
    loc = pnr(rng)
    header_es(d, rng, P(full(st)), work_email(rng, st, AGENCY_DOM["MID"]),
              None, email_for(rng, cl),
              ["Cambio de itinerario – localizador ", C(loc), " – ",
               P(airline(cl))])
    t = title(rng, cl, "es")
    d.add(salutation_es(cl), " ", t, " ",
          P(first(cl) if t in ("Don", "Doña") else surname(cl, both=False)),
          ":\n\n")
    d.add(O(air), " nos informa de un cambio operativo en su vuelo ",
          flight_no(rng, air), ". La nueva salida es a las ", hhmm(rng),
          " h (antes ", hhmm(rng), " h). Su localizador ", C(loc),
          " se mantiene; el número de reserva con nosotros sigue siendo ",
          C(booking_ref(rng)), ".\n\n")
    d.add("Si la nueva hora no le conviene, tiene derecho a cambio sin coste o "
          "reembolso. Para ello necesitamos su pasaporte (tenemos ",
          N(passport(rng, cl["country"])), ") y el de ",
          P(full(make_person(rng, cl["cult"], cl["country"]))), ".\n\n")
    d.add("El traslado con ", O(rng.choice(["ADO", "Yucatán Express Tours",
                                            "Transportes Turísticos del Bajío S.A. de C.V."])),
          " ya está reprogramado; su conductor será ",
          P(first(make_person(rng, "mx", g="m"))), " (", PH(phone(rng, "MX")),
          ").\n\nAtentamente,\n\n", title(rng, st, "es").replace("Sr.", "Lic.")
          .replace("Sra.", "Lic."), " ", P(full(st)),
          "\nEjecutiv" + ("a" if st["g"] == "f" else "o") + " de cuenta · ",
          O(AGENCY_MX), "\n",
          A(address(rng, "MX")), "\nTel. ", PH(phone(rng, "MX", "land")),
          " · WhatsApp ", PH(phone(rng, "MX")), "\n")
    return d


def es_escaleta(rng):
    d = Doc()
    ar = chance(rng, 0.5)
    off = "MZA" if ar else "VLC"
    cc = "AR" if ar else "ES"
    pl = staff(rng, off)
    novia = make_person(rng, "ar" if ar else rng.choice(["es", "cat"]), cc, g="f")
    novio = make_person(rng, "ar" if ar else rng.choice(["es", "gal", "uk"]), cc,
                        g="m")
    venue = rng.choice(["Quinta Los Álamos", "Estancia La Candelaria",
                        "Bodega Los Cerezos"] if ar else
                       ["Alquería La Rosella", "Finca El Robledal",
                        "Masia Can Pujol", "Finca Son Mir"])
    d.add("ESCALETA – BODA ", P(first(novia).upper()), " & ",
          P(first(novio).upper()), " – ", O(venue), "\n")
    d.add("Dirección: ", A(address(rng, cc)), "\n",
          "Coordinadora: ", P(full(pl)), " (", PH(phone(rng, cc)), ")\n\n")
    fot = make_person(rng, "ar" if ar else "es", cc)
    ofic = make_person(rng, "ar" if ar else "es", cc)
    rows = [
        ("12:00", ["Montaje floral – ", O(rng.choice(["Florería Jacarandá"] if ar
                                                      else ["Flores de Nácar",
                                                            "La Violeta Floristería",
                                                            "Floristería Mimosa"]))]),
        ("16:30", ["Llega ", P(first(fot)), " (", O(rng.choice(
            ["Foto Estudio Andino", "Estudio Luz de Tarde"] if ar else
            ["Fotografía Ana Berrocal", "Estudio Luz de Tarde"])), ") – fotos "
            "de preparativos en casa de la novia"]),
        ("18:00", ["Ceremonia civil – oficia ", title(rng, ofic, "es"), " ",
                   P(full(ofic))]),
        ("18:45", ["Cóctel. ", P(call(make_person(rng, "ar" if ar else "es", cc,
                                                  g="m"), rng)),
                   " (hermano del novio) tiene los anillos"]),
        ("20:30", ["Cena – ", O(rng.choice(["Delicias Malbec Catering",
                                            "Parrilla Don Julio"] if ar else
                                           CATERERS[:2] + CATERERS[4:5]))]),
        ("23:00", ["Fiesta – ", O(rng.choice(["Sonido Pampa", "DJ Sonora Eventos"]
                                             if ar else
                                             ["Sonorizaciones Turia S.L.",
                                              "DJ Sonora Eventos"])),
                   "; responsable ", P(first(make_person(rng, "es"))),
                   " ", PH(phone(rng, cc))]),
        ("03:30", ["Traslado invitados – ", O(rng.choice(["Flecha Bus"] if ar
                                                         else ["Autocares Hermanos Pino S.L.",
                                                               "ALSA"]))]),
    ]
    for t, items in rows:
        d.add(t + "  ", *items)
        d.add("\n")
    d.add("\nIncidencias: llamar a ", P(first(pl)), "; NUNCA a los novios. "
          "Madre de la novia: ", P(first(make_person(rng, novia["cult"], g="f"))),
          ", ", PH(phone(rng, cc)), "\n")
    return d


def es_whatsapp_viaje(rng):
    d = Doc()
    guia = make_person(rng, rng.choice(["pe", "co", "cl"]), g="m")
    group = crowd(rng, ["es", "cat", "eus", "gal"], 5, country="ES")
    dd, mm = rng.randrange(1, 29), rng.randrange(1, 13)
    clock = times_sorted(rng, 9, 6, 23)

    def head(*who):
        h, m = clock.pop(0)
        d.add("%02d/%02d/2026, %02d:%02d - " % (dd, mm, h, m))
        d.add(*who)
        d.add(": ")
    head(P(short(guia)), " Guía")
    d.add("Buenos días familia 🌄 hoy salida 6:00 al Valle Sagrado, desayuno "
          "a las 5:30 en ", O(rng.choice(["Cusco Plaza Inca Hotel",
                                          "Hotel Alto Atacama",
                                          "Hostería Las Quebradas"])), "\n")
    head(P(call(group[0], rng)))
    d.add("Ok ", P(first(guia)), "! ", P(first(group[1])),
          " y yo bajamos puntuales\n")
    head(P(full(group[2])))
    d.add("Alguien tiene el teléfono del seguro? Creo que es ",
          O(rng.choice(["Intermundial", "Mapfre", "Europ Assistance"])), "\n")
    head(P(short(guia)), " Guía")
    d.add("Sí: ", PH(phone(rng, "ES", "land")), " y el número de póliza es ",
          C(policy_no(rng)), ". Si es urgente me llaman a mí, ",
          PH(phone(rng, guia["country"])), "\n")
    head(P(call(group[3], rng)))
    d.add("Gracias!! Por cierto ", P(call(group[4], rng)),
          " se dejó la chaqueta en el bus de ",
          O(rng.choice(["Cruz del Sur", "Turbus", "Flecha Bus"])), "\n")
    head(P(full(group[2])))
    d.add("<Multimedia omitido>\n")
    head(P(call(group[4], rng)))
    d.add("Qué desastre soy 🙈 Mañana se lo digo a ", P(first(guia)), "\n")
    head(PH(phone(rng, "ES")))
    d.add("Hola, soy ", P(short(staff(rng, "MAD"))), " de ", O(AGENCY),
          " Madrid, me añado al grupo para lo que necesitéis 👋\n")
    head(P(call(group[0], rng)))
    d.add("Bienvenida! Todo genial de momento 😊\n")
    return d


def es_contrato(rng):
    d = Doc()
    prov = rng.choice(["Sonorizaciones Turia S.L.", "Fotografía Ana Berrocal",
                       "Catering Sabores de Huerta S.L.", "Carpas del Turia S.L.",
                       "Cocina de Aldea S.L."])
    rep = make_person(rng, rng.choice(["es", "cat"]), "ES")
    a = make_person(rng, rng.choice(["es", "cat", "gal"]), "ES", g="f")
    b = make_person(rng, rng.choice(["es", "eus", "arab"]), "ES", g="m")
    d.add("CONTRATO DE PRESTACIÓN DE SERVICIOS – Ref. ", C(quote_no(rng)),
          "\n\nREUNIDOS\n\nDe una parte, ", title(rng, rep, "es", formal=True),
          " ", P(full(rep)), ", mayor de edad, con DNI ", N(dni_es(rng)),
          ", en nombre y representación de ", O(prov), ", con domicilio en ",
          A(address(rng, "ES")), " (en adelante, EL PROVEEDOR).\n\n")
    d.add("De otra parte, Dña. ", P(full(a)), ", con DNI ", N(dni_es(rng)),
          ", y D. ", P(full(b)), ", con ",
          "NIE " if b["cult"] == "arab" else "DNI ",
          N(nie_es(rng) if b["cult"] == "arab" else dni_es(rng)),
          ", ambos con domicilio en ", A(address(rng, "ES")),
          " (en adelante, LOS CLIENTES), con el asesoramiento de ",
          O(PLANNER_ES), ", planificadora del evento.\n\n")
    d.add("ACUERDAN\n\nPrimero.– EL PROVEEDOR prestará sus servicios el día %d "
          "de %s de 2026 en " % (rng.randrange(1, 29), rng.choice(MONTHS_ES)),
          O(rng.choice(["Alquería La Rosella", "Finca El Robledal",
                        "Real Club Náutico de Valencia", "Salón Los Olivos"])),
          ".\nSegundo.– Precio total: ", money(rng, "EUR", 900, 6000),
          " IVA incluido. Señal del 40 % a la firma en ", IB(iban(rng, "ES")),
          ".\nTercero.– Cancelación con menos de 60 días: la señal no se "
          "devuelve.\n\nY en prueba de conformidad firman en Valencia.\n\n",
          "Fdo. ", P(short(rep)), "        Fdo. ", P(short(a)), "        Fdo. ",
          P(short(b)), "\n")
    return d


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
EN_TEMPLATES = [en_booking_confirmation, en_rooming_csv, en_manifest,
                en_whatsapp_wedding, en_crm_notes, en_insurance_letter,
                en_review, en_supplier_thread, en_wedding_invoice,
                en_voicemail, en_sms_log, en_guest_list, en_seating_plan,
                en_run_of_day, en_caps_form, en_refund_thread,
                en_whatsapp_ios_group]
ES_TEMPLATES = [es_confirmacion, es_lista_pasajeros, es_bono_hotel,
                es_whatsapp_boda_ar, es_notas_crm, es_carta_aseguradora,
                es_factura_boda, es_presupuesto_reenviado, es_buzon_voz,
                es_sms_log, es_formulario, es_resena, es_lista_invitados,
                es_cambio_vuelo, es_escaleta, es_whatsapp_viaje, es_contrato]
MIN_LEN, MAX_LEN = 300, 1500


def generate():
    """Return the list of row dicts (deterministic)."""
    master = random.Random(SEED)
    rows, seen = [], []
    for lang, templates in (("en", EN_TEMPLATES), ("es", ES_TEMPLATES)):
        for i in range(N_PER_LANG):
            doc_seed = master.randrange(1, 2 ** 31)
            tmpl = templates[i % len(templates)]
            for attempt in range(200):
                rng = random.Random(doc_seed + attempt * 1000003)
                doc = tmpl(rng)
                text = doc.text()
                if MIN_LEN <= len(text) <= MAX_LEN and text not in seen:
                    break
            else:
                raise RuntimeError("could not build %s %d" % (lang, i))
            seen.append(text)
            rows.append({"id": "d8-%s-%03d" % (lang, i), "text": text,
                         "lang": lang,
                         "spans": [dict(s) for s in doc.spans]})
    return rows


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------
def _check_dni_like(s):
    """True if s looks like a Spanish DNI/NIE and its letter is right;
    None if it does not look like one."""
    t = s.replace(".", "").replace("-", "").replace(" ", "").upper()
    if len(t) == 9 and t[0] in "XYZ" and t[1:8].isdigit() and t[8].isalpha():
        return DNI_LETTERS[int(str("XYZ".index(t[0])) + t[1:8]) % 23] == t[8]
    if len(t) == 9 and t[:8].isdigit() and t[8] in DNI_LETTERS and \
            ("-" in s or " " in s or "." in s or s[-1].isalpha()):
        return DNI_LETTERS[int(t[:8]) % 23] == t[8]
    return None


def _check_rut(s):
    if not (("-" in s) and s.replace(".", "").split("-")[0].isdigit()):
        return None
    body, dv = s.replace(".", "").split("-")
    if len(body) < 7 or len(body) > 8 or len(dv) != 1 or "." not in s and \
            len(body) != 8 and len(body) != 7:
        return None
    if not (dv.isdigit() or dv == "K"):
        return None
    sm, m = 0, 2
    for ch in reversed(body):
        sm += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - sm % 11
    exp = "0" if r == 11 else ("K" if r == 10 else str(r))
    return exp == dv


def self_check(rows):
    assert len(rows) == 2 * N_PER_LANG, len(rows)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(sorted(set(ids))), "duplicate ids"
    dumps = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]
    assert len(dumps) == len(sorted(set(dumps))), "duplicate rows"
    texts = [r["text"] for r in rows]
    assert len(texts) == len(sorted(set(texts))), "duplicate texts"
    for r in rows:
        t = r["text"]
        assert r["lang"] in ("en", "es")
        assert MIN_LEN <= len(t) <= MAX_LEN, (r["id"], len(t))
        prev_end = 0
        for sp in r["spans"]:
            a, b, lab = sp["start"], sp["end"], sp["label"]
            assert lab in LABELS, (r["id"], lab)
            assert 0 <= a < b <= len(t), (r["id"], sp)
            assert a >= prev_end, ("overlap/unsorted", r["id"], sp)
            frag = t[a:b]
            assert frag == frag.strip() and frag, (r["id"], frag)
            prev_end = b
            if lab == "IBAN":
                c = frag.replace(" ", "")
                assert _mod97(c[4:] + c[:4]) == 1, (r["id"], frag)
            if lab == "NATIONAL_ID":
                ok = _check_dni_like(frag)
                assert ok is not False, ("bad DNI/NIE letter", r["id"], frag)
                if ok is None and "-" in frag and "." in frag:
                    ok2 = _check_rut(frag)
                    assert ok2 is not False, ("bad RUT", r["id"], frag)
    return True


def counts(rows):
    by = {}
    for r in rows:
        for sp in r["spans"]:
            key = (sp["label"], r["lang"])
            by[key] = by.get(key, 0) + 1
    persons = sorted(set(r["text"][s["start"]:s["end"]] for r in rows
                         for s in r["spans"] if s["label"] == "PERSON"))
    return by, persons


if __name__ == "__main__":
    rows = generate()
    self_check(rows)
    again = generate()
    assert [json.dumps(r, ensure_ascii=False) for r in rows] == \
        [json.dumps(r, ensure_ascii=False) for r in again], "not deterministic"
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "pii_dev8.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by, persons = counts(rows)
    print("wrote %d rows to %s" % (len(rows), out))
    print("docs: en=%d es=%d" % (sum(r["lang"] == "en" for r in rows),
                                 sum(r["lang"] == "es" for r in rows)))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for lab in LABELS:
        en, es = by.get((lab, "en"), 0), by.get((lab, "es"), 0)
        print("%-12s %6d %6d %6d" % (lab, en, es, en + es))
    print("distinct PERSON strings: %d" % len(persons))
    lens = [len(r["text"]) for r in rows]
    print("text length: min %d max %d mean %.0f" % (min(lens), max(lens),
                                                    sum(lens) / len(lens)))
    sys.exit(0)
