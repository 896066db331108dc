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
