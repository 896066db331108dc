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
(lang "es", ids d8-es-000..059).  Each text is 300-1500 characters.  Counts by
label and language are printed when the script runs (see __main__).

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


def cuit_ar(rng, dni=None):
    while True:
        pre = rng.choice(["20", "27", "23", "24", "30"])
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
        return digits(rng, 8, True) + rng.choice(["N", "A", "M"])
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
        n = rng.choice("67") + digits(rng, 8)
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


def flight_no(rng, airline=None):
    code = rng.choice(["IB", "EI", "AM", "VY", "UX", "LA", "FR", "BA", "Y4",
                       "AR", "AV", "JA", "H2"])
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
