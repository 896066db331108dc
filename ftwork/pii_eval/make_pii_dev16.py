#!/usr/bin/env python3
"""make_pii_dev16.py – hand-built labelled PII test set "dev16" (SEED = 16016).

Provenance
----------
Built 2026-12-04 by a separate author given only the label conventions and the domains; the author did not
read the detector, its tests, docs, data samples or any other pii_*.jsonl / make_pii_*.py file.  Every name
pool, address pool, company pool, reference format and template below was written by hand for this file
(Python standard library only, no Faker, no network).  Company names of the operators, shops, hotels and
sub-contractors are invented; banks, regulators, consumer bodies, couriers, OTAs and the like are real
public names used only as ORG mentions.  All personal data is synthetic.

Domains
-------
* Spanish half (60 docs, "lang": "es"): customer support of telecom / internet / mobile operators and their
  reseller shop networks in Spain, Mexico, Colombia, Argentina, the Dominican Republic, Peru and Venezuela.
  Names typical of each country (compound given names, two surnames, particles de / del / de la / de los,
  surnames that are ordinary words such as Campos, Rosa, Bueno, Calle, Familia, Mercedes, Paloma), Basque /
  Catalan / Galician names in Spain, Caribbean / Venezuelan invented given names (Yeuri, Yoselin, Yorgelis,
  Yonaiker, Wuilliams, Yusneidy, Anyelina, Starlin ...), Andean surnames (Quispe, Mamani, Ccori), Peruvian
  Nikkei / Tusán surnames, and immigrants (Romanian, Moroccan, Chinese, Ukrainian, Senegalese, Pakistani,
  Haitian, Central American, Paraguayan, Bolivian, Venezuelan ...).
* English half (60 docs, "lang": "en"): hotels, B&Bs and holiday parks in the UK, Ireland and the US, with
  guests and staff from many countries (Irish Gaelic, Scottish, Welsh, Nigerian, Polish, Indian, Filipino,
  Hong Kong Chinese with two-word given names such as "Wing Yan", mainland Chinese, Korean, Brazilian,
  Mexican, US names ...).

Document kinds
--------------
es: ticket e-mails with quoted replies and signatures; ALL-CAPS number-porting forms; SMS notification logs;
    Android WhatsApp exports with field technicians (incl. a number-only sender); iOS WhatsApp exports shop
    owner <-> channel manager; call-centre transcripts; complaint forms to consumer offices (OMIC, PROFECO,
    SIC, Defensa del Consumidor, Pro Consumidor, INDECOPI/OSIPTEL, SUNDDE); formal letters (baja, derecho de
    petición) with IBAN; hurried lower-case technician notes without accents; semicolon CSV exports with the
    name split into columns; internal fraud chat; voicemail transcripts; reseller meeting minutes with
    attendees and apologies; tab-separated installation agendas; staff onboarding sheets (NUSS, NSS IMSS,
    CUIL, cédula ...); "APELLIDOS, Nombre" duty rosters; forwarded e-mails; invoices with a handwritten note;
    ALL-CAPS work orders; web-chat transcripts with an Instagram handle.
en: reservation e-mails with quoted replies; complaint e-mails and GM replies; pipe-separated lost-property
    logs; tab-separated housekeeping rotas; online reviews signed "Name S." or a handle, with owner replies;
    rooming lists (CSV or TSV) with passport / PESEL columns; incident / accident reports (NI, NHS, PPS, SSN);
    Android staff WhatsApp groups; iOS owner chats; ALL-CAPS guest registration cards; voicemail transcripts;
    heads-of-department minutes; invoices / folios (CPF for Brazilian guests, hotel IBAN); SMS logs;
    new-starter forms; lower-case night-shift logs with typos; forwarded wedding-block e-mails; chargeback
    letters; arrivals lists; visa-support letters.

Labelling choices
-----------------
* PERSON: the name as written, without titles (Mr, Mrs, Ms, Miss, Sr., Sra., D., Dña., Don, Doña are outside
  the span).  "SURNAME, Given" and "SURNAMES, GIVEN" are ONE span including the comma; names split over CSV /
  form columns ("SURNAME:" / "FIRST NAME(S):", nombre;apellido1;apellido2) are one span per column.  Initials
  attached to a surname ("M. J. García", "S. Hong") are part of the span; "Name S." review signatures,
  lower-case names, nicknames (Paco, Lupita, Gosia, Seun) and user handles made from a person's name
  ("joaquinrom", "maria.g"; the "@" of a mention is outside) are PERSON.  Staff are persons.  WhatsApp sender
  columns are labelled; a saved-contact suffix such as "Técnico" / "Coord" is outside the span.  East-Asian
  names are written either surname-first or given-first; the whole name is one span.  Pet names are not
  labelled.  A person's name inside a business name ("Móviles Hermanos Quispe E.I.R.L.", "Taller Mecánico
  Hermanos Ruiz", "Celulares Don Wilmer") is part of the ORG span only.
* ORG: operators (full legal name and short name), reseller shops, sub-contractors, hotels and parent
  companies, banks, payment processors, insurers, consumer offices and regulators, police, hospitals,
  ambulance services, councils, couriers, OTAs and review sites (Booking.com, Expedia, Tripadvisor), taxi
  firms, suppliers, employers, tour operators, embassies (the city after the comma is outside).  The
  article "the" is outside the span.  Donor operators written in capitals (MOVISTAR, PERSONAL) are ORG.
* ADDRESS: a full street address written as one line (street + number, optional flat / floor / colonia /
  barrio, postcode, town), including hotels' own addresses and company addresses.  Lower-case and ALL-CAPS
  addresses too.  Never split over lines.
* CUSTOMER_ID: customer / account numbers, tickets, CUN, reclamos, expedientes and radicados of consumer
  offices, contracts, invoices (incl. Peruvian F001-/B002- series, Argentine 0003-0000xxxx, Dominican NCF),
  orders, porting requests, appointments, work orders, bookings (hotel refs, Booking.com / Expedia / Airbnb
  confirmation numbers), loyalty numbers, lost-property refs, incident refs, insurance claims, refund refs,
  chargeback case numbers, purchase-order numbers, group / wedding block refs.
* PHONE: any national or international format, including numbers used as WhatsApp senders, company lines.
* EMAIL: every e-mail address, including role mailboxes (info@, reservations@, privacidad@).
* IBAN: valid mod-97 check digits (Spanish ones also with valid CCC control digits), spaced or compact.
* NATIONAL_ID: Spanish DNI / NIE (valid letter), NUSS (valid mod 97), Mexican CURP (valid check digit) and NSS
  IMSS (Luhn), Colombian cédula / cédula de extranjería, Argentine DNI / CUIL (valid mod 11), Dominican cédula
  (Luhn), Peruvian DNI / carné de extranjería, Venezuelan cédula with its V- / E- prefix, UK NI number (valid
  prefixes), NHS number (valid mod 11), Irish PPSN (valid check letter), US SSN (valid ranges), Brazilian CPF
  (valid), Polish PESEL (valid), passport numbers.
Left unlabelled on purpose: dates, times, amounts, towns / countries / counties alone (Rosario, Soledad,
Florencia, Mercedes, Pilar, Santiago, Valencia, Kerry, Shannon, Beverley), months (May, June, April), URLs,
products and brands (router ZTE, Huawei, Nespresso, Kindle, Dell, Samsung, WhatsApp, Instagram), room /
lodge / pitch numbers, key-safe codes, ONT serial numbers, vehicle plates, card endings, dates of birth,
wing and suite names (Victoria Wing, Windsor Suite), interjections that are also surnames or operators
("Bueno, sí", "Claro."), company tax numbers (never emitted).

Counts (SEED 16016, as printed by self_check)
---------------------------------------------
label          en     es   total
PERSON         571    496    1067
ORG            177    190     367
ADDRESS         39     63     102
CUSTOMER_ID    117    132     249
PHONE          107    166     273
EMAIL           69     73     142
IBAN             6      4      10
NATIONAL_ID     32     62      94
TOTAL         1118   1186    2304
en: 60 docs, 423-1200 chars (avg 838), 13-29 spans (avg 18.6)
es: 60 docs, 536-1639 chars (avg 1010), 12-32 spans (avg 19.8)
Name pools: 1416 distinct given names, 1257 distinct surnames.

Determinism
-----------
One random.Random(SEED) drives everything and is re-seeded at the start of build(); pools are lists
(de-duplicated in order), nothing iterates over a set or dict of unknown order, no hash(), time or environment
input.  self_check() rebuilds the set and asserts that the output is identical; the file is byte-identical
across runs and PYTHONHASHSEED values.  Spans are recorded while the text is assembled from segments
(Doc.add with plain strings and (text, LABEL) tuples), never by searching the text afterwards.

How to run
----------
    python3 make_pii_dev16.py            # writes pii_dev16.jsonl next to this script
    python3 make_pii_dev16.py OUT.jsonl  # writes elsewhere
self_check() verifies span text, sorting, non-overlap, label set, IBAN mod 97, DNI / NIE letters and the
other check digits, ids d16-en-000 ... d16-es-059, 60 + 60 documents and determinism, then prints the counts.
"""

import datetime
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 16016
OUT_PATH = Path(__file__).with_name("pii_dev16.jsonl")
ID_PREFIX = "d16"
LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL", "IBAN", "NATIONAL_ID")

# One generator drives everything; build() re-seeds it so that repeated calls are identical.
rng = random.Random(SEED)


# ---------------------------------------------------------------------------
# Document builder: spans are recorded while the text is assembled.
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.buf = []
        self.pos = 0
        self.spans = []      # (start, end, label)
        self.kinds = []      # (start, end, kind) for NATIONAL_ID / IBAN validation
        self.stexts = []     # the labelled strings, kept to verify offsets afterwards

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, list):
                self.add(*s)
            elif isinstance(s, tuple):
                text, label = s[0], s[1]
                if label is None:
                    self._put(text)
                    continue
                if label not in LABELS:
                    raise ValueError("bad label %r" % (label,))
                if not text or text != text.strip():
                    raise ValueError("bad span text %r" % (text,))
                start = self.pos
                self._put(text)
                self.spans.append((start, self.pos, label))
                self.stexts.append(text)
                if len(s) > 2:
                    self.kinds.append((start, self.pos, s[2]))
            else:
                self._put(str(s))
        return self

    def line(self, *segs):
        self.add(*segs)
        self._put("\n")
        return self

    def _put(self, t):
        self.buf.append(t)
        self.pos += len(t)

    def text(self):
        return "".join(self.buf)


def P(t):
    return (t, "PERSON")


def O(t):
    return (t, "ORG")


def A(t):
    return (t, "ADDRESS")


def C(t):
    return (t, "CUSTOMER_ID")


def T(t):
    return (t, "PHONE")


def E(t):
    return (t, "EMAIL")


def I(t):
    return (t, "IBAN", "iban")


def N(t, kind):
    return (t, "NATIONAL_ID", kind)


# ---------------------------------------------------------------------------
# Small random helpers (all through the single rng)
# ---------------------------------------------------------------------------
def ch(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def pick(seq, k):
    return rng.sample(list(seq), k)


def dig(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nzdig(n):
    return str(rng.randint(1, 9)) + dig(n - 1)


def split_pool(s):
    out = []
    for x in s.replace("\n", ",").split(","):
        x = x.strip()
        if x and x not in out:
            out.append(x)
    return out


_SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}


def strip_accents(s):
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_local(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


# ---------------------------------------------------------------------------
# Identifier schemes with check digits
# ---------------------------------------------------------------------------
DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni():
    n = rng.randint(1000000, 79999999)
    s, L = "%08d" % n, DNI_L[n % 23]
    st = ch(["plain", "plain", "plain", "dash", "dots", "space"])
    if st == "plain":
        return s + L
    if st == "dash":
        return s + "-" + L
    if st == "dots":
        return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], L)
    return s + " " + L


def valid_dni(t):
    x = re.sub(r"[\s.\-]", "", t).upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", x)
    return bool(m) and DNI_L[int(m.group(1)) % 23] == m.group(2)


def gen_nie():
    p = ch("XYZ")
    n = rng.randint(0, 9999999)
    L = DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23]
    st = ch(["plain", "plain", "dash", "space"])
    if st == "plain":
        return "%s%07d%s" % (p, n, L)
    if st == "dash":
        return "%s-%07d-%s" % (p, n, L)
    return "%s %07d %s" % (p, n, L)


def valid_nie(t):
    x = re.sub(r"[\s.\-]", "", t).upper()
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", x)
    if not m:
        return False
    return DNI_L[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)


def gen_nuss():
    prov = rng.randint(1, 52)
    b = rng.randint(10000000, 99999999)
    d = int("%02d%08d" % (prov, b)) % 97
    st = ch(["slash", "space", "plain", "dash"])
    if st == "slash":
        return "%02d/%08d/%02d" % (prov, b, d)
    if st == "space":
        return "%02d %08d %02d" % (prov, b, d)
    if st == "dash":
        return "%02d-%08d-%02d" % (prov, b, d)
    return "%02d%08d%02d" % (prov, b, d)


def valid_nuss(t):
    x = re.sub(r"\D", "", t)
    if len(x) != 12:
        return False
    b = int(x[2:10])
    if b < 10000000:
        num = b + int(x[:2]) * 10000000
    else:
        num = int(x[:10])
    return num % 97 == int(x[10:])


NI_BAD1, NI_BAD2 = "DFIQUV", "DFIOQUV"
NI_BADP = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gen_nino():
    while True:
        a, b = ch(UPPER), ch(UPPER)
        if a in NI_BAD1 or b in NI_BAD2 or (a + b) in NI_BADP:
            continue
        break
    d = dig(6)
    s = ch("ABCD")
    if chance(0.5):
        return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s)
    return a + b + d + s


def valid_nino(t):
    x = t.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", x)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NI_BAD1 and b not in NI_BAD2 and (a + b) not in NI_BADP


def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def gen_nhs():
    while True:
        d9 = nzdig(9)
        c = nhs_check(d9)
        if c is not None:
            break
    x = d9 + str(c)
    if chance(0.7):
        return "%s %s %s" % (x[:3], x[3:6], x[6:])
    return x


def valid_nhs(t):
    x = re.sub(r"[\s\-]", "", t)
    return bool(re.fullmatch(r"\d{10}", x)) and nhs_check(x[:9]) == int(x[9])


def ppsn_check(d7, second=""):
    s = sum(int(c) * w for c, w in zip(d7, range(8, 1, -1)))
    if second:
        s += 9 * (0 if second == "W" else ord(second) - 64)
    r = s % 23
    return "W" if r == 0 else chr(64 + r)


def gen_ppsn():
    d7 = dig(7)
    sec = ch(["", "", "A"])
    return d7 + ppsn_check(d7, sec) + sec


def valid_ppsn(t):
    x = t.replace(" ", "").upper()
    m = re.fullmatch(r"(\d{7})([A-W])([AHW]?)", x)
    return bool(m) and ppsn_check(m.group(1), m.group(3)) == m.group(2)


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return "%03d-%02d-%04d" % (a, g, s)


def valid_ssn(t):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", t)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
CURP_STATES = ["AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC",
               "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ",
               "YN", "ZS"]
_PARTICLES = ("de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "mc", "mac")


def curp_check(c17):
    s = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(c17))
    return str((10 - s % 10) % 10)


def _curp_word(s):
    words = [w for w in s.replace("-", " ").split() if w.lower() not in _PARTICLES]
    w = words[-1] if words else s
    w = strip_accents(w.upper().replace("Ñ", "X"))
    return re.sub(r"[^A-Z]", "", w) or "X"


def gen_curp(person):
    s1 = _curp_word(person.sur[0])
    s2 = _curp_word(person.sur[1]) if len(person.sur) > 1 else "X"
    gw = person.given.split()
    g = gw[0]
    if len(gw) > 1 and strip_accents(g).upper().rstrip(".") in ("MARIA", "MA", "JOSE", "J"):
        g = gw[1]
    g = _curp_word(g)
    vowels, cons = "AEIOU", "BCDFGHJKLMNPQRSTVWXYZ"
    v1 = next((c for c in s1[1:] if c in vowels), "X")

    def fc(w):
        return next((c for c in w[1:] if c in cons), "X")

    y = rng.randint(1955, 2005)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    sex = "M" if person.female else "H"
    homo = str(rng.randrange(10)) if y < 2000 else ch("ABCDEFGHIJ")
    c17 = s1[0] + v1 + s2[0] + g[0] + "%02d%02d%02d" % (y % 100, m, d) + sex + ch(CURP_STATES) + \
        fc(s1) + fc(s2) + fc(g) + homo
    return c17 + curp_check(c17)


def valid_curp(t):
    return bool(re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", t)) and curp_check(t[:17]) == t[17]


def gen_cuil(female):
    while True:
        dni = rng.randint(18000000, 46999999)
        pre = "27" if female else "20"
        body = pre + "%08d" % dni
        s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return "%s-%08d-%d" % (pre, dni, r)


def valid_cuil(t):
    x = re.sub(r"\D", "", t)
    if len(x) != 11:
        return False
    s = sum(int(c) * w for c, w in zip(x[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r == int(x[10])


def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_valid(x):
    x = re.sub(r"\D", "", x)
    return len(x) > 1 and luhn_digit(x[:-1]) == x[-1]


def gen_cedula_do():
    p = ch(["001", "001", "402", "031", "223", "047", "056", "037", "026", "012", "225", "224"]) + dig(7)
    c = luhn_digit(p)
    if chance(0.8):
        return "%s-%s-%s" % (p[:3], p[3:], c)
    return p + c


def gen_nss_mx():
    p = "%02d%02d%02d%s" % (rng.randint(1, 99), rng.randint(0, 25), rng.randint(60, 99), dig(4))
    c = luhn_digit(p)
    if chance(0.5):
        return "%s %s %s %s %s" % (p[:2], p[2:4], p[4:6], p[6:], c)
    return p + c


def gen_cpf():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if len(set(d)) > 1:
            break
    s = sum(d[i] * (10 - i) for i in range(9))
    d.append((s * 10) % 11 % 10)
    s = sum(d[i] * (11 - i) for i in range(10))
    d.append((s * 10) % 11 % 10)
    x = "".join(map(str, d))
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])


def valid_cpf(t):
    x = re.sub(r"\D", "", t)
    if len(x) != 11:
        return False
    d = list(map(int, x))
    s = sum(d[i] * (10 - i) for i in range(9))
    if (s * 10) % 11 % 10 != d[9]:
        return False
    s = sum(d[i] * (11 - i) for i in range(10))
    return (s * 10) % 11 % 10 == d[10]


def gen_pesel(female):
    y = rng.randint(1968, 2004)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    serial = dig(3)
    sexd = ch("02468") if female else ch("13579")
    x = "%02d%02d%02d%s%s" % (y % 100, mm, d, serial, sexd)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(x, w)) % 10) % 10
    return x + str(c)


def valid_pesel(t):
    if not re.fullmatch(r"\d{11}", t):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(t, w)) % 10) % 10 == int(t[10])


def gen_passport(nat):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if nat == "GB":
        return nzdig(9)
    if nat == "US":
        return "A" + dig(8) if chance(0.4) else nzdig(9)
    if nat == "IE":
        return ch(["P", "L", "T"]) + ch(L) + dig(7)
    if nat == "CN":
        return "E" + ch(L) + dig(7) if chance(0.5) else "E" + dig(8)
    if nat == "HK":
        return ch(["K", "H"]) + dig(8)
    if nat == "KR":
        return "M" + dig(8)
    if nat == "IN":
        return ch(L) + dig(7)
    if nat == "NG":
        return ch(["A", "B"]) + dig(8)
    if nat == "PH":
        return "P" + dig(7) + ch("ABC")
    if nat == "BR":
        return ch(L) + ch(L) + dig(6)
    if nat == "PL":
        return ch(["E", "F"]) + ch(L) + dig(7)
    if nat == "ES":
        return ch(["PA", "PB", "AA", "XD"]) + ch(L) + dig(6)
    if nat == "MX":
        return ch(["G", "N"]) + dig(8)
    if nat == "FR":
        return dig(2) + ch(L) + ch(L) + dig(5)
    if nat == "IT":
        return ch(["Y", "Z"]) + ch(L) + dig(7)
    if nat == "DE":
        return "C" + "".join(ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if nat == "VE":
        return "%09d" % rng.randint(100000000, 199999999)
    return ch(L) + dig(8)


# IBAN -----------------------------------------------------------------------
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def valid_iban(t):
    x = t.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", x):
        return False
    return _iban_num(x[4:] + x[:4]) % 97 == 1


def ccc_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * w[i] for i, c in enumerate(d10)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def gen_iban(cc="ES"):
    if cc == "ES":
        bank = ch(["0049", "0075", "0081", "0182", "2100", "0128", "2080", "0238", "1465", "2095",
                   "3058", "0073", "2085", "0487", "3035"])
        branch, acct = dig(4), dig(10)
        dc = "%d%d" % (ccc_dc("00" + bank + branch), ccc_dc(acct))
        bban = bank + branch + dc + acct
    elif cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "ABBY", "RBOS", "SRLG", "MONZ", "NAIA", "TSBS"]) + \
            dig(6) + dig(8)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + dig(6) + dig(8)
    elif cc == "DO":
        bban = ch(["BRRD", "BPDO", "BHDR", "BCBH"]) + dig(20)
    elif cc == "PL":
        bban = dig(24)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "PT":
        bban = "00" + dig(19)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + dig(10)
    elif cc == "IT":
        bban = ch(UPPER) + dig(5) + dig(5) + dig(12)
    elif cc == "RO":
        bban = ch(["BTRL", "RNCB", "BRDE", "INGB"]) + "".join(ch(UPPER + "0123456789") for _ in range(16))
    elif cc == "FR":
        bank, guichet, acct = dig(5), dig(5), dig(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        bban = bank + guichet + acct + "%02d" % key
    else:
        raise ValueError(cc)
    iban = make_iban(cc, bban)
    if chance(0.65):
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


VALIDATORS = {
    "dni": valid_dni, "nie": valid_nie, "nuss": valid_nuss, "nino": valid_nino, "nhs": valid_nhs,
    "ppsn": valid_ppsn, "ssn": valid_ssn, "curp": valid_curp, "cuil": valid_cuil,
    "ced_do": luhn_valid, "nss_mx": luhn_valid, "cpf": valid_cpf, "pesel": valid_pesel, "iban": valid_iban,
}
PATTERN_ONLY = {
    "cc_co": r"\d{1,3}(\.\d{3}){2,3}|\d{7,10}",
    "ce_co": r"\d{1,3}(\.\d{3}){1,2}|\d{6,7}",
    "dni_ar": r"\d{1,2}\.\d{3}\.\d{3}|\d{7,8}",
    "dni_pe": r"\d{8}",
    "ce_pe": r"\d{9}",
    "ci_ve": r"[VE]-?\d{1,2}\.?\d{3}\.?\d{3}",
    "passport": r"[A-Z0-9]{6,10}",
}


# ---------------------------------------------------------------------------
# Name pools (written by hand for this set)
# ---------------------------------------------------------------------------
# --- Spain ---------------------------------------------------------------
ES_M = split_pool("""Antonio, Manuel, José, Francisco, David, Juan, Javier, Daniel, Carlos, Jesús, Alejandro, Miguel,
Rafael, Pablo, Pedro, Ángel, Sergio, Fernando, Jorge, Luis, Alberto, Álvaro, Adrián, Diego, Raúl, Enrique, Ramón,
Vicente, Iván, Rubén, Óscar, Andrés, Joaquín, Santiago, Eduardo, Víctor, Roberto, Jaime, Mario, Ignacio, Alfonso,
Salvador, Ricardo, Marcos, Emilio, Julián, Tomás, Agustín, Gonzalo, Félix, Hugo, Lucas, Martín, Nicolás, Borja,
Pelayo, Rodrigo, Gregorio, Benito, Arturo, Casimiro, Leandro, Ezequiel, Teodoro, Baltasar, Isidro, Eusebio,
Cayetano, Fermín, Ginés, Higinio, Lorenzo, Marcelino, Nazario, Primitivo, Saturnino, Valentín""")
ES_F = split_pool("""María, Carmen, Ana, Isabel, Laura, Cristina, Marta, Lucía, Pilar, Elena, Raquel, Sara, Paula,
Rosa, Beatriz, Silvia, Mercedes, Nuria, Patricia, Montserrat, Rocío, Inmaculada, Sonia, Alicia, Irene, Yolanda,
Esther, Noelia, Teresa, Encarnación, Concepción, Amparo, Dolores, Soledad, Remedios, Macarena, Lorena, Vanesa,
Tamara, Estefanía, Rebeca, Almudena, Consuelo, Milagros, Reyes, Trinidad, Visitación, Begoña, Olga, Carla, Alba,
Claudia, Julia, Candela, Jimena, Valeria, Abril, Triana, Marina, Susana, Gloria, Eva, Adela, Purificación,
Asunción, Fuensanta, Herminia, Leonor""")
EUS_M = split_pool("Íñigo, Unai, Aitor, Iker, Asier, Gorka, Mikel, Xabier, Jon, Ander, Eneko, Koldo, Oier, Joseba, Imanol, Urko, Julen, Aritz, Ibai, Endika")
EUS_F = split_pool("Ainhoa, Amaia, Nerea, Itziar, Leire, Maite, Edurne, Arantxa, Izaskun, Garazi, Miren, Idoia, Nahia, Irati, Uxue, Ane, Olatz, Ainara, Maialen, Josune")
CAT_M = split_pool("Jordi, Xavier, Pau, Marc, Oriol, Arnau, Joan, Pere, Quim, Roger, Gerard, Albert, Ferran, Jaume, Martí, Lluís, Sergi, Enric, Bernat, Guillem")
CAT_F = split_pool("Montse, Núria, Meritxell, Laia, Mireia, Roser, Neus, Aina, Ona, Queralt, Carme, Mercè, Montserrat, Anna, Marta, Glòria, Berta, Judit, Clàudia, Txell")
GAL_M = split_pool("Xosé, Brais, Iago, Anxo, Uxío, Breogán, Xurxo, Roi, Xoán, Xacobe, Antón, Manuel, Suso, Martiño, Fiz")
GAL_F = split_pool("Xiana, Uxía, Antía, Iria, Sabela, Noa, Maruxa, Lúa, Catuxa, Aldara, Rosalía, Uxía, Olaia, Xoana, Carme")
ES_SUR = split_pool("""García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez,
Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez,
Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz,
Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, Santos, Lozano, Guerrero, Cano, Prieto, Méndez, Cruz, Calvo,
Gallego, Vidal, León, Márquez, Herrera, Peña, Flores, Cabrera, Campos, Vega, Fuentes, Carrasco, Diez, Caballero,
Reyes, Nieto, Aguilar, Pascual, Santana, Herrero, Lorenzo, Montero, Hidalgo, Giménez, Ibáñez, Ferrer, Durán,
Benítez, Mora, Vicente, Vargas, Arias, Carmona, Crespo, Román, Pastor, Soto, Sáez, Velasco, Moya, Soler, Parra,
Esteban, Bravo, Gallardo, Rojas, Pardo, Merino, Franco, Espinosa, Izquierdo, Lara, Rivas, Silva, Rivera, Casado,
Arroyo, Redondo, Camacho, Rey, Vera, Otero, Luque, Galán, Montes, Ríos, Sierra, Segura, Carrillo, Marcos, Soriano,
Mendoza, Bueno, Rosa, Cordero, Prado, Palacios, Cuesta, Mayo, Pino, Robles, Toro, Salvador, Valiente, Cabello,
Leal, Escudero, Hierro, Aranda, Plaza, Peinado, Pozo, Rico, Calle, Barrio, Bello, Cid, Lobo, Palomo, Piñero, Sola,
Tierno, Cantero, Labrador, Pájaro, Cordón, Manzano, Olmo, Castaño, Paloma, Cuevas, Serna, Roldán, Villar, Alcalde""")
EUS_SUR = split_pool("""Etxeberria, Goikoetxea, Arrieta, Zubizarreta, Urquijo, Aguirre, Elorza, Arregui, Bengoetxea,
Olaizola, Uriarte, Iturbe, Garmendia, Lizarazu, Mendizábal, Aramburu, Irigoyen, Ugarte, Zabala, Agirre, Etxebarria,
Larrañaga, Otegi, Amezaga, Basterretxea, Gorostiza, Ibarra, Azkue, Ormaetxea, Txurruka""")
CAT_SUR = split_pool("""Puig, Vilanova, Casals, Pujol, Roca, Batlle, Masferrer, Font, Vila, Riera, Sala, Serra, Camps,
Bosch, Coll, Mas, Prat, Rovira, Llorens, Sabaté, Grau, Oliveras, Gispert, Tarrés, Bonet, Bertran, Canals, Codina,
Ventura, Roig, Fabregat, Pons, Vallverdú, Ribas, Solé""")
GAL_SUR = split_pool("""Souto, Varela, Lamas, Barreiro, Pazos, Castiñeira, Outeiro, Seoane, Carballo, Figueroa, Quintela,
Vilariño, Lois, Rial, Couto, Fraga, Mosquera, Pereiro, Regueiro, Sanmartín, Bouzas, Loureiro, Nogueira, Cendón,
Abal, Fandiño, Rodal, Piñeiro, Sueiro, Casal""")

# --- Mexico --------------------------------------------------------------
MX_M = split_pool("""Juan Pablo, José Luis, Jesús, Alejandro, Eduardo, Rogelio, Humberto, Gerardo, Héctor, Arturo,
Cuauhtémoc, Ulises, Efraín, Leonel, Aldo, Emiliano, Octavio, Armando, Rigoberto, Jaciel, Yahir, Kevin, Brandon,
Axel, Irving, Uriel, Osvaldo, Fidel, Pánfilo, Isaac, Josué, Abraham, Moisés, Érick, Israel, Saúl, Heriberto,
Gilberto, Edgar, Noé, Tonatiuh, Jonás, Omar""")
MX_F = split_pool("""Guadalupe, Itzel, Ximena, Xóchitl, Citlali, Nayeli, Yatziri, Maricruz, Araceli, Yesenia, Brenda,
Karla, Fernanda, Daniela, Mariana, Valeria, Monserrat, Jimena, Areli, Anahí, Belem, Rubí, Yadira, Zayra, Marisol,
Elvia, Socorro, Rosalba, Leticia, Norma, Maribel, Perla, Dulce, Esmeralda, Janeth, Itzayana, Citlalli, Getsemaní""")
MX_SUR = split_pool("""Hernández, García, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Cruz, Flores,
Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Moreno,
Castillo, Romero, Álvarez, Méndez, Chávez, Rivera, Juárez, Ramos, Domínguez, Herrera, Medina, Castro, Vargas,
Guzmán, Velázquez, Muñoz, Rojas, de la Cruz, Contreras, Salazar, Luna, Ortega, Santiago, Guerrero, Estrada,
Bautista, Cortés, Soto, Alvarado, Espinoza, Lara, Ávila, Ríos, Cervantes, Silva, Delgado, Vega, Márquez, Sandoval,
Fuentes, Carrillo, Solís, Cázares, Zúñiga, Quintanilla, Tlapale, Xicoténcatl, Cuevas, Olvera, Pacheco, Villaseñor,
Treviño, Garza, Elizondo, Cantú, Leal, Montemayor, Benavides, Zavala, Arreola, Becerra, Escobedo, Galindo, Huerta,
Ibarra, Lugo, Maldonado, Nava, Ochoa, Padilla, Quiroz, Rangel, Tapia, Uribe, Valdez, Yáñez, Zamora, Tzompa,
Cuautle, Itzcóatl, Moctezuma, Tecuapetla, Nezahualcóyotl""")

# --- Colombia ------------------------------------------------------------
CO_M = split_pool("""Yeison, Jhon Jairo, Jhonatan, Deiby, Marlon, Wilson, Yesid, Didier, Fredy, Nelson, Hernando,
Gustavo, Juan Camilo, Juan Esteban, Juan David, Andrés Felipe, Carlos Andrés, Sebastián, Mateo, Samuel, Ferney,
Duván, Arley, Edwin, Jairo, Albeiro, Alirio, Rubén Darío, Faber, Weimar, Yordy, Harold, Éider, Jhoan, Stiven""")
CO_F = split_pool("""Leidy, Yurani, Luz Marina, Luz Dary, Diana Marcela, Sandra Milena, Paola Andrea, Claudia Patricia,
Ángela María, Luisa Fernanda, María Camila, Valentina, Isabella, Yuliana, Lina, Natalia, Viviana, Johana, Yadira,
Yamile, Nidia, Omaira, Edilma, Yolima, Rubiela, Maryori, Dayanna, Yeimy, Yesica, Jenifer, Ledys, Nataly, Marleny""")
CO_SUR = split_pool("""Restrepo, Echeverri, Arango, Giraldo, Ospina, Uribe, Londoño, Gaviria, Zuluaga, Cardona, Montoya,
Henao, Betancur, Jaramillo, Mejía, Quintero, Osorio, Agudelo, Salazar, Valencia, Castaño, Marín, Vélez, Toro,
Correa, Bedoya, Cárdenas, Rincón, Suárez, Patiño, Mosquera, Palacios, Córdoba, Murillo, Caicedo, Perea, Hinestroza,
Angulo, Lozano, Pineda, Chaparro, Peña, Bermúdez, Buitrago, Ladino, Parra, Rozo, Sierra, Umaña, Villamil, Arias,
Gallo, Moncada, Tabares, Usme, Valderrama, Zapata, Rendón, Granada, Largo""")

# --- Argentina (incl. Italian, Basque, German, Levantine roots) ---------------
AR_M = split_pool("""Facundo, Agustín, Lautaro, Thiago, Bautista, Tomás, Joaquín, Nahuel, Ezequiel, Gastón, Leandro,
Maximiliano, Hernán, Mariano, Gonzalo, Matías, Emiliano, Julián, Santino, Franco, Dante, Federico, Ignacio,
Rodrigo, Horacio, Osvaldo, Claudio, Néstor, Rubén, Alfredo, Walter, Darío, Cristian, Luciano, Lisandro, Benjamín""")
AR_F = split_pool("""Florencia, Micaela, Agustina, Camila, Milagros, Luciana, Julieta, Sofía, Brenda, Romina, Yanina,
Gisela, Carolina, Belén, Ayelén, Lourdes, Celeste, Natalia, Antonella, Rocío, Daniela, Graciela, Silvina, Mirta,
Norma, Estela, Marisa, Verónica, Lorena, Aldana, Candela, Delfina, Malena, Jazmín, Pilar""")
AR_SUR = split_pool("""Fernández, Gómez, Rodríguez, Sosa, Acosta, Benítez, Medina, Herrera, Aguirre, Giménez, Pereyra,
Rojas, Molina, Ibáñez, Ledesma, Ponce, Coronel, Cabrera, Ferreyra, Luna, Peralta, Quiroga, Villalba, Bustos,
Toledo, Arce, Bianchi, Rossi, Ferraro, Russo, Romano, Colombo, Gianelli, Lombardi, Marchetti, Bruno, Gallo, Costa,
Fontana, Esposito, Caruso, Moretti, Barbieri, Sartori, Pellegrini, Mancini, Bonetti, Cattaneo, Giordano, Palumbo,
Rinaldi, Santoro, Schmidt, Müller, Kaplan, Goldberg, Haddad, Nasser, Yunes, Echeverría, Iturralde, Goñi,
Maidana, Chiappe, Domínguez, Farías, Correa, Paz""")
AR_NICK = {"Florencia": "Flor", "Micaela": "Mica", "Carolina": "Caro", "Maximiliano": "Maxi", "Ignacio": "Nacho",
           "Federico": "Fede", "Agustina": "Agus", "Gabriela": "Gaby", "Victoria": "Vicky", "Soledad": "Sole",
           "Lourdes": "Lulú", "Valentina": "Valen", "Mariano": "Marian"}

# --- Dominican Republic / Venezuela (Caribbean invented given names) -----------
DO_M = split_pool("""Yeuri, Maikel, Wilmer, Brayan, Yordanis, Starlin, Yunior, Dioni, Robinson, Wellington, Eddy,
Frandy, Joel, Yefri, Juan Miguel, Ramón Antonio, Deivi, Elvin, Anderson, Franklin, Wascar, Yoandri, Yandel,
Leury, Raylin, Frailin, Yerlin, Ambiorix, Radhamés, Nelsy, Yasser, Erickson, Winston, Odalis, Francis, Manny""")
DO_F = split_pool("""Yoselin, Dayana, Yulisa, Xiomara, Yohanny, Yanelis, Franchesca, Yairelis, Yokasta, Yudelka,
Anyelina, Rosmery, Yanilka, Willianny, Nairobi, Yaritza, Arisleidy, Massiel, Yamilet, Yanderis, Esmeldy, Kenia,
Yokaira, Yomaira, Lissette, Yaniris, Chabeli, Genesis, Carolain, Yerica, Miledys, Rosanny, Yinet, Altagracia,
Mercedes, Yasmín""")
DO_SUR = split_pool("""de los Santos, Peña, Almonte, Rosario, Tejada, Mejía, Polanco, Abreu, Guzmán, Batista, Pimentel,
Báez, Encarnación, Santana, Marte, Féliz, Ureña, Tavárez, Jiménez, Hichez, Paulino, Frías, Brito, de la Rosa,
Mercedes, Cuevas, Vólquez, Sosa, Veras, Núñez, Ventura, Lantigua, Taveras, Castillo, Bonilla, Custodio, Medrano,
Acevedo, Disla, Familia, Lebrón, Severino, Ogando, Mateo, Reynoso, Soriano, Contreras, Valdez, Rosado, Carrasco,
Espaillat, Fermín, Morillo, Cabral""")
VE_M = split_pool("""Yonaiker, Yeferson, Jeferson, Deivis, Endrick, Keiber, Yeiber, Yorman, Ender, Yohendry, Wuilliams,
Heberto, Nerio, Freddy, Richard, Jhonny, Darwin, Edixon, Reinaldo, Luis Alfredo, José Gregorio, Carlos Eduardo,
Maikel, Wilmer, Yorbis, Eliezer, Argenis, Yusbel, Anyelo, Jonathan, Oswaldo, Dixon, Neomar, Rafael Ángel""")
VE_F = split_pool("""Yorgelis, Yusmary, Yuleidy, Marbelys, Eglis, Nairoby, Yusneidy, Norkys, Andreína, Oriana,
Roxana, Mariángel, Génesis, María Alejandra, María Gabriela, María Fernanda, Ana Karina, Yelitza, Mileidy,
Zuleima, Yamileth, Lisbeth, Francys, Erimar, Yilmary, Dayana, Yoselin, Keila, Maryelis, Yetzabeth, Nathaly,
Rosangela, Deyanira, Yraima""")
VE_SUR = split_pool("""González, Rodríguez, Pérez, Hernández, Díaz, Morales, Rondón, Colmenares, Urdaneta, Briceño,
Chirinos, Parra, Zambrano, Materano, Villasmil, Finol, Fuenmayor, Arteaga, Bracho, Quintero, Chacón, Sulbarán,
Pirela, Añez, Bastidas, Linares, Mujica, Guevara, Salcedo, Escalona, Mendoza, Vielma, Rangel, Peraza, Montilla,
Lugo, Hurtado, Rivas, Blanco, Silva, Leal, Caldera, Uzcátegui, Carrasquel, Betancourt, Paredes, Marcano, Aponte,
Tovar, Sifontes, Gouveia, Fernandes, De Abreu, Di Giacomo, Capriles, Sarmiento, Guanipa, Mavárez""")

# --- Peru ----------------------------------------------------------------
PE_M = split_pool("""Jhon, Jhony, Percy, Wilber, Edison, Nilton, Elmer, Yony, Eusebio, Teófilo, Cirilo, Aurelio,
Gumercindo, Feliciano, Hipólito, Néstor, Marco Antonio, César Augusto, Jorge Luis, Renzo, Piero, Gianmarco,
Alessandro, Jhair, Frank, Kenyi, Ronald, Abel, Wilfredo, Américo, Efraín, Yuri, Vladimir, Lenin""")
PE_F = split_pool("""Rosa Luz, Maritza, Yaneth, Flor de María, Gladys, Nélida, Hilda, Zenaida, Katherine, Kiara,
Luz Clarita, Sheyla, Mayra, Wendy, Marilú, Yesenia, Roxana, Milagros, Delia, Ruth, Sonia, Celestina, Fortunata,
Yolanda, Ysabel, Nataly, Lucero, Mishell, Dayana, Fiorella, Alessandra, Pamela, Jackeline""")
PE_SUR = split_pool("""Quispe, Mamani, Huamán, Condori, Choque, Ccori, Yupanqui, Huanca, Apaza, Ccahuana, Ticona,
Chambi, Cusi, Huaranga, Llanos, Paucar, Puma, Sulca, Tupa, Villca, Ayala, Vilca, Rojas, Flores, Chávez, Ramos,
Torres, Mendoza, Castillo, Espinoza, Salas, Cárdenas, Zevallos, Alarcón, Benavides, Bustamante, Cabrera, Delgado,
Escobar, Farfán, Gamarra, Huertas, Lozada, Málaga, Nakamura, Oshiro, Higa, Tokeshi, Kanashiro, Wong, Chang, Lau,
Valdivia, Velarde, Zapata, Ccopa, Inga, Poma, Taipe, Arotoma, Mayta""")

# --- Other groups living in the Spanish-speaking countries ------------------
RO_M = split_pool("Ionuț, Mihai, Alexandru, Florin, Gheorghe, Vasile, Bogdan, Cătălin, Marius, Sorin, Cosmin, Adrian, Dorin, Ovidiu")
RO_F = split_pool("Andreea, Ioana, Cristina, Elena, Daniela, Raluca, Mihaela, Alina, Simona, Loredana, Roxana, Georgiana, Oana, Florentina")
RO_SUR = split_pool("Popescu, Ionescu, Dumitru, Stan, Stoica, Gheorghiu, Munteanu, Constantin, Moldovan, Lupu, Dobre, Barbu, Rusu, Preda, Matei, Ciobanu, Niculescu, Tudor")
MA_M = split_pool("Youssef, Mohamed, Hamza, Rachid, Karim, Said, Soufiane, Ilyas, Abdelkader, Mustapha, Hicham, Nabil, Anas, Driss")
MA_F = split_pool("Fatima Zahra, Khadija, Imane, Nadia, Salma, Hanane, Houda, Meryem, Samira, Naima, Zineb, Siham, Latifa, Asmae")
MA_SUR = split_pool("El Amrani, Benali, El Idrissi, Bouzid, Ouali, Tahiri, Ait Lahcen, Chaoui, El Fassi, Haddou, Mansouri, Zerouali, Bennani, Lahlou, Amrani, El Mokhtari")
CNES_M = split_pool("Wei, Hao, Lei, Jun, Xiaoming, Jian, Bo, Tao, Zhiqiang, Chenglong")
CNES_F = split_pool("Fang, Jing, Meiling, Xiaoyan, Yan, Li Na, Hong, Ying, Xiuying, Lili")
CNES_SUR = split_pool("Wang, Li, Zhang, Chen, Liu, Yang, Zhou, Huang, Zhao, Wu, Xu, Sun, Ye, Jin, Pan")
UA_M = split_pool("Oleksandr, Andriy, Dmytro, Taras, Bohdan, Yaroslav, Serhiy, Mykola, Vasyl, Ihor")
UA_F = split_pool("Olena, Iryna, Natalia, Yulia, Oksana, Tetiana, Halyna, Kateryna, Svitlana, Nadiya")
UA_SUR = split_pool("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Boyko, Moroz, Lysenko, Savchenko, Rudenko, Hrytsenko")
SN_M = split_pool("Mamadou, Ousmane, Cheikh, Ibrahima, Moussa, Abdoulaye, Lamine, Babacar, Modou, Pape")
SN_F = split_pool("Aminata, Fatou, Awa, Mariama, Khady, Ndeye, Coumba, Aissatou, Binta, Seynabou")
SN_SUR = split_pool("Diop, Ndiaye, Fall, Sow, Diallo, Sarr, Gueye, Ba, Cissé, Faye, Mbaye, Thiam, Seck, Niang")
PK_M = split_pool("Muhammad Asif, Imran, Bilal, Usman, Farhan, Tariq, Waqas, Shahid, Kashif, Zubair")
PK_F = split_pool("Ayesha, Sana, Fatima, Rabia, Nazia, Mehwish, Shazia, Hina, Saima, Zainab")
PK_SUR = split_pool("Khan, Iqbal, Butt, Chaudhry, Raza, Malik, Qureshi, Akhtar, Hussain, Mirza, Abbasi, Anwar")
HT_M = split_pool("Jean Robert, Mackenson, Dieudonné, Wilner, Jean-Baptiste, Fritzner, Ricot, Wisly, Jocelin, Lesly")
HT_F = split_pool("Wideline, Fabiola, Guerline, Nadège, Mirlande, Rose-Marie, Stéphanie, Youselande, Marjorie, Nicole")
HT_SUR = split_pool("Joseph, Pierre, Jean-Louis, Charles, Baptiste, Étienne, Desir, Louis-Jeune, Toussaint, Saint-Fleur, Dorval, Exantus, Jean-Pierre, Augustin")
CA_M = split_pool("Kevin Josué, Marvin, Selvin, Nery, Erick Osmín, Byron, Edvin, Wálter, Jeyson, Carlos Humberto")
CA_F = split_pool("Yeni, Wendy, Josselyn, Dania, Glenda, Heidy, Yessenia, Marleni, Ingrid, Delmy")
CA_SUR = split_pool("Xol, Tzul, Coc, Choc, Ajú, Lemus, Orellana, Maradiaga, Zelaya, Banegas, Chicas, Portillo, Alvarenga, Reyes")
PY_M = split_pool("Derlis, Osvaldo, Nery, Aníbal, Celso, Ramón, Blas, Sixto")
PY_F = split_pool("Nilda, Liz Carolina, Rossana, Mirna, Zunilda, Basilia, Librada, Ninfa")
PY_SUR = split_pool("Cáceres, Ayala, Ortellado, Duarte, Ovelar, Riquelme, Acuña, Insfrán, Aquino, Benítez, Giménez, Villalba")
BO_M = split_pool("Wilfredo, Jhonny, Félix, Eulogio, Freddy, Marcelino, Rolando, Edwin")
BO_F = split_pool("Eulogia, Remedios, Justina, Vilma, Nancy, Lidia, Primitiva, Rosmery")
BO_SUR = split_pool("Limachi, Quisbert, Nina, Copa, Mamani, Choque, Condori, Apaza, Huanca, Ticona, Callisaya, Laura")

# --- UK / Ireland / US and guests from everywhere -------------------------------
GB_M = split_pool("""James, Oliver, Harry, George, Jack, Thomas, William, Charlie, Alfie, Freddie, Archie, Henry,
Edward, Daniel, Samuel, Joseph, Benjamin, Matthew, Luke, Callum, Ryan, Liam, Connor, Jamie, Lewis, Kieran, Dean,
Wayne, Gary, Darren, Stuart, Neil, Graham, Nigel, Clive, Trevor, Derek, Keith, Colin, Barry, Malcolm, Rupert,
Giles, Hugo, Toby, Jasper, Crispin, Alistair, Dominic, Gareth, Rhys, Dylan, Owain, Iwan, Gethin, Dafydd, Emrys,
Aled, Huw, Reggie, Stanley, Albie, Ronnie, Jude, Theo, Elliot, Marcus, Nathan, Ashley, Lee""")
GB_F = split_pool("""Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Lily, Poppy, Charlotte, Jessica, Hannah, Lucy,
Chloe, Megan, Holly, Gemma, Kerry, Tracey, Sharon, Karen, Julie, Joanne, Nicola, Claire, Sarah, Rebecca, Hayley,
Danielle, Stacey, Leanne, Beverley, Pauline, Maureen, Brenda, Gillian, Harriet, Imogen, Philippa, Felicity,
Arabella, Tabitha, Rosalind, Cerys, Ffion, Bethan, Seren, Angharad, Carys, Sian, Nia, Lowri, Hollie, Jade, Kelly,
Shannon, Abigail, Evie, Millie, Rosie, Florence, April, June, Mavis, Doreen, Hilary""")
GB_SUR = split_pool("""Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Jackson, Wood, Turner,
Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James, Scott,
Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson,
Bailey, Collins, Bell, Shaw, Miller, Cox, Richards, Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Hunt, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd,
Butler, Russell, Barker, Fisher, Stevens, Jenkins, Dixon, Harvey, Pearson, Fletcher, Gibson, Howard, Andrews,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley,
Spencer, Dawson, Ball, Burton, Watts, Rose, Booth, Perry, Grant, Wells, Armstrong, Francis, Rees, Hart, Hudson,
Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone,
Holland, Hawkins, Harding, Porter, Newton, Oliver, Reed, Bird, Gardner, Shepherd, Dennis, Lane, Fowler, Weaver,
Sparrow, Swift, Frost, Winter, Summers, Bishop, Cross, Lamb, Moss, Friend, Goodwin, Sharp, Hope, Nightingale,
Trueman, Goodchild, Lovejoy, Ashby-Clarke, Fforde-Hughes, Bowen-Jones, Carter-Wright, Hamilton-Smythe,
Pryce-Jenkins, Lacey-Barnes, Holt-Ramsay, Wynn-Parry, Sutton-Price, Harcourt-Vane, Tate-Ellison, Fenwick-Hall,
Ap Rhys, Vaughan, Prosser, Meredith, Bevan, Pugh""")
IE_M = split_pool("""Oisín, Tadhg, Ciarán, Pádraig, Cian, Donncha, Cillian, Darragh, Eoin, Seán, Séamus, Fiachra,
Ruairí, Colm, Cathal, Diarmuid, Fergal, Peadar, Eoghan, Conor, Rónán, Senan, Donal, Dara, Lorcan, Setanta,
Tiernan, Declan, Brendan, Fintan, Noel, Gerry, Niall, Aidan, Kevin, Barry, Mícheál, Tomás, Odhrán, Caolán""")
IE_F = split_pool("""Niamh, Aoife, Caoimhe, Siobhán, Róisín, Éabha, Saoirse, Fionnuala, Clodagh, Sinéad, Gráinne,
Orla, Aisling, Méabh, Ailbhe, Síle, Deirdre, Bríd, Eimear, Órlaith, Muireann, Sadhbh, Aoibheann, Nuala, Mairéad,
Treasa, Úna, Dearbhla, Ciara, Aine, Emer, Grainne, Laoise, Cliodhna, Eibhlín""")
IE_SUR = split_pool("""Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle,
McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, McLoughlin, O'Carroll, Connolly, Daly, O'Connell,
Dunne, Brennan, Burke, Collins, Johnston, O'Farrell, Fitzgerald, Maguire, Nolan, Flynn, O'Callaghan, O'Donnell,
Duffy, Mahony, Boyle, Healy, O'Shea, Sweeney, Hayes, Kavanagh, Power, McGrath, Moran, Brady, Casey, Foley,
Fitzpatrick, O'Leary, McDonnell, MacMahon, Donnelly, Regan, Donovan, Ó Súilleabháin, Ó Briain, Mac Giolla Phádraig,
Ó Murchú, Ó Ceallaigh, Mac Cárthaigh, Ó Néill, Ó Dónaill, Coughlan, Tierney, Geraghty, Cullinane, Mulcahy,
Hennessy, Keane, Lenihan, Naughton, Cosgrave""")
IE_FSUR = split_pool("Ní Bhriain, Nic Aodha, Ní Chonaill, Ní Mhurchú, Ní Cheallaigh, Nic Gearailt")
SC_M = split_pool("Hamish, Calum, Ruaridh, Fraser, Alasdair, Angus, Murdo, Euan, Lachlan, Finlay, Gregor, Struan, Torquil, Innes, Ewan, Douglas, Duncan, Ross, Craig, Gordon, Jock, Kenny, Fergus, Niall, Sandy")
SC_F = split_pool("Ailsa, Morag, Eilidh, Iona, Kirsty, Catriona, Mhairi, Shona, Fiona, Rhona, Elspeth, Fenella, Morven, Lorna, Senga, Kenzie, Isla, Marsaili, Effie, Jeannie")
SC_SUR = split_pool("""MacLeod, Sinclair, Buchanan, Drummond, Urquhart, MacDonald, MacKenzie, Fraser, Cameron, Ross,
Paterson, Henderson, Ferguson, Grieve, Mackay, Munro, Gunn, Sutherland, Forbes, Menzies, Lennox, Galbraith,
McIntyre, Mackintosh, Crawford, Kerr, Hamilton, Moffat, Baird, Rennie, Lockhart, Ogilvie, Dalziel, Cruickshank,
Kilpatrick, McAllister, Nicolson, Matheson, Strachan, Robertson, Stewart, Campbell, Reid, Murray""")
NG_M = split_pool("""Oluwaseun, Adebayo, Emeka, Tunde, Chinedu, Obinna, Babatunde, Olumide, Chukwuemeka, Ikenna,
Uchenna, Kelechi, Kayode, Oluwadamilare, Tobi, Musa, Ibrahim, Efe, Osagie, Eghosa, Ejiro, Tamuno, Nnamdi, Segun""")
NG_F = split_pool("""Chidinma, Ngozi, Folake, Chiamaka, Ifeoma, Nkechi, Yetunde, Temitope, Funmilayo, Abimbola,
Adaeze, Amaka, Bolanle, Damilola, Zainab, Aisha, Halima, Ebere, Omolara, Titilayo, Oyinkansola, Ifeoluwa""")
NG_SUR = split_pool("""Okafor, Adeyemi, Nwosu, Balogun, Obi, Eze, Okonkwo, Ogunleye, Ogundipe, Olawale, Akinola, Bello,
Chukwu, Okeke, Ibekwe, Adeleke, Afolabi, Oyelaran, Ogbonna, Nwachukwu, Eboh, Igwe, Danjuma, Lawal, Abubakar,
Yusuf, Okoro, Emenike, Anyanwu, Omoregie, Edosomwan, Oshodi, Adewale, Onyeka""")
NG_NICK = {"Oluwaseun": "Seun", "Babatunde": "Tunde", "Chukwuemeka": "Emeka", "Oluwadamilare": "Dami",
           "Temitope": "Tope", "Oyinkansola": "Oyin", "Ifeoluwa": "Ife", "Funmilayo": "Funmi", "Abimbola": "Bimbo"}
PL_M = split_pool("Krzysztof, Wojciech, Piotr, Tomasz, Paweł, Michał, Grzegorz, Łukasz, Marcin, Bartosz, Jakub, Kamil, Mateusz, Mirosław, Zbigniew, Jarosław, Sławomir, Przemysław, Dariusz, Rafał")
PL_F = split_pool("Agnieszka, Małgorzata, Katarzyna, Joanna, Magdalena, Dorota, Ewa, Beata, Justyna, Zofia, Aleksandra, Monika, Sylwia, Jolanta, Urszula, Wiktoria, Oliwia, Bożena, Grażyna, Halina")
PL_SUR_M = split_pool("Kowalczyk, Zieliński, Nowak, Wójcik, Lewandowski, Dąbrowski, Jankowski, Mazur, Krawczyk, Piotrowski, Pawłowski, Król, Wieczorek, Wróbel, Majewski, Olszewski, Stępień, Jaworski, Adamczyk, Dudek, Sikora, Baran, Rutkowski, Kaczmarek, Błaszczyk, Szymański")
PL_SUR_F = split_pool("Wiśniewska, Kowalska, Kamińska, Kozłowska, Grabowska, Michalska, Jabłońska, Nowakowska, Malinowska, Górecka, Szczepańska, Zielińska, Nowak, Mazur, Wójcik, Kaczmarek, Woźniak, Lis")
PL_NICK = {"Małgorzata": "Gosia", "Katarzyna": "Kasia", "Aleksandra": "Ola", "Krzysztof": "Krzysiek",
           "Wojciech": "Wojtek", "Grzegorz": "Grzesiek", "Magdalena": "Magda", "Bartosz": "Bartek"}
IN_M = split_pool("Arjun, Siddharth, Rahul, Aditya, Vikram, Rohan, Amit, Sanjay, Rajesh, Venkatesh, Harpreet, Gurpreet, Manjit, Jaswinder, Ishaan, Aarav, Nikhil, Karthik, Raghav, Parminder, Balvinder, Hardeep, Navdeep, Suresh, Anand")
IN_F = split_pool("Priya, Ananya, Pooja, Kavya, Deepika, Sneha, Neha, Sunita, Lakshmi, Meera, Shreya, Divya, Anjali, Tanvi, Aishwarya, Diya, Simran, Rupinder, Nandini, Revathi, Padma")
IN_SUR = split_pool("""Iyer, Venkataraman, Patel, Chaudhary, Sharma, Gupta, Reddy, Nair, Menon, Pillai, Krishnan,
Subramanian, Rao, Joshi, Desai, Mehta, Shah, Kapoor, Malhotra, Bhatt, Banerjee, Chatterjee, Mukherjee, Das, Bose,
Ghosh, Sandhu, Gill, Dhillon, Grewal, Sidhu, Bains, Kulkarni, Deshpande, Naidu, Srinivasan, Agarwal, Saxena, Trivedi""")
PH_M = split_pool("Jericho, Jomar, Rodel, Arnel, Jhun, Rommel, Ronaldo, Dindo, Edgardo, Reynaldo, Jeric, Mark Anthony, John Paul, Jayson, Rey, Bong")
PH_F = split_pool("Maricel, Rowena, Marivic, Jonalyn, Mary Grace, Lovely, Princess, Cherry Mae, Jennelyn, Rhea, Analyn, Jocelyn, Marites, Kristine Joy, Ma. Theresa, Angelica, Rhodora, Joy, Liezel, Rizza")
PH_SUR = split_pool("""dela Cruz, Bautista, Manalo, Villanueva, Santos, Reyes, Garcia, Mendoza, Aquino, Ramos,
Mercado, Pascual, Dizon, Tan, Ocampo, Soriano, Gonzaga, Macaraeg, Magbanua, Dimaculangan, Panganiban, Lacson,
Salonga, Tolentino, Samonte, Estrella, Agbayani, Malonzo, Sison, Dimalanta, Tuazon, Lagman, delos Reyes, Catapang""")
HK_GIVEN = split_pool("""Wing Yan, Chun Kit, Ka Man, Hoi Ling, Siu Ming, Wai Kit, Ka Yee, Mei Ling, Tsz Ching, Pui Shan,
Ho Yin, Kwok Wai, Man Kit, Yuen Ting, Wing Sze, Chi Keung, Lok Yi, Hiu Tung, Sze Wan, Kin Wah, Ka Lok, Tsz Hin,
Pak Hei, Wai Man, Suet Ying""")
HK_FEM = ("Wing Yan", "Ka Man", "Hoi Ling", "Ka Yee", "Mei Ling", "Tsz Ching", "Pui Shan", "Yuen Ting",
          "Wing Sze", "Lok Yi", "Hiu Tung", "Sze Wan", "Suet Ying")
HK_SUR = split_pool("Chan, Wong, Lau, Cheung, Ng, Tsang, Leung, Ho, Lam, Yip, Chow, Kwok, Tang, Fung, Mak, Lai, Tse, Yeung, Chu, Kwan, Siu, Poon")
CN_M = split_pool("Haoran, Yuxuan, Jiaming, Zhiwei, Yichen, Junjie, Mingyu, Zihao, Tianyu, Wenbo")
CN_F = split_pool("Xinyi, Zihan, Xiaoling, Ruoxi, Shuang, Yutong, Jiayi, Mengqi, Siyu, Wanting")
CN_SUR = split_pool("Zhang, Wang, Li, Chen, Liu, Yang, Zhao, Huang, Zhou, Wu, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Gao, Deng, Cai")
KR_M = split_pool("Min-jun, Do-hyun, Ji-ho, Hyun-woo, Jae-won, Seung-min, Dong-hyun, Tae-yang, Jun-seo, Sung-ho")
KR_F = split_pool("Ji-woo, Seo-yeon, Ha-eun, Su-bin, Yu-na, Eun-ji, Ye-jin, Soo-ah, Na-yeon, Min-seo, Hye-jin, Ji-yeon")
KR_SUR = split_pool("Kim, Park, Choi, Jeong, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Yoo, Hong, Jeon, Ko, Moon, Bae, Baek")
BR_M = split_pool("João Pedro, Thiago, Gabriel, Lucas, Matheus, Rafael, Gustavo, Felipe, Bruno, Leonardo, Vinícius, Caio, Igor, Renan, Kauã, Wesley, Weverton, Cleiton, Davi, Enzo")
BR_F = split_pool("Larissa, Fernanda, Juliana, Camila, Bruna, Amanda, Letícia, Beatriz, Mariana, Thaís, Jéssica, Aline, Patrícia, Luana, Tainá, Maria Eduarda, Ana Clara, Gabriela, Rayssa, Gleice, Josiane")
BR_SUR = split_pool("""Carvalho, Nascimento, Ribeiro, Oliveira, Souza, Silva, Santos, Pereira, Ferreira, Almeida, Costa,
Rodrigues, Lima, Araújo, Barbosa, Rocha, Dias, Moreira, Cavalcanti, Monteiro, Cardoso, Teixeira, Correia, Mendes,
Freitas, Pinheiro, Azevedo, Macedo, Vasconcelos, Albuquerque, Siqueira, Guimarães, Brandão, Queiroz, Andrade""")
US_M = split_pool("""Tyler, DeShawn, Jaylen, Brandon, Cody, Dakota, Hunter, Austin, Logan, Mason, Caleb, Ethan, Jacob,
Noah, Aiden, Jayden, Marquise, Darnell, Terrell, Jamal, Dustin, Travis, Chad, Brett, Kyle, Trevor, Wyatt, Colton,
Bryce, Skyler, Hector, Xavier, Chase, Garrett, Tanner, Landon, Jaxon, Cole, Bryson, Trey, Dwayne, Earl, Clayton""")
US_F = split_pool("""Brittany, Madison, Ashley, Kayla, Tanisha, LaToya, Keisha, Shaniqua, Latasha, Destiny, Savannah,
Hailey, Brooke, McKenzie, Kaitlyn, Courtney, Chelsea, Tiffany, Amber, Heather, Peyton, Reagan, Harper, Avery,
Juanita, Esperanza, Rosalinda, Marisol, Luz, Jolene, Darlene, Tammy, Crystal, Kimberly, Shelby, Raelynn, Nevaeh, Aaliyah""")
US_SUR = split_pool("""Miller, Davis, Anderson, Jackson, Harris, Sanchez, Ramirez, Robinson, Young, Allen, Torres,
Nguyen, Flores, Nelson, Rivera, Campbell, Gomez, Diaz, Cruz, Reyes, Stewart, Gutierrez, Ortiz, Peterson, Kim,
Chavez, Alvarez, Castillo, Sanders, Myers, Long, Ross, Foster, Jimenez, Washington, Jefferson, Tran, Pham, Le,
Hoang, Kowalski, Schmidt, Schneider, Novak, Yazzie, Begay, Tsosie, Rosenberg, Goldstein, Friedman, Cohen,
O'Malley, Sullivan, Russo, Esposito, Greco, Lombardo, Hernandez, Brooks, Coleman, Jenkins, Perry, Powell,
Patterson, Hughes, Bryant, Alexander, Griffin, Hayes, Wallace, Woods, Henderson, Boyd, McCoy, Holloway, Pruitt""")

ALL_GIVEN_POOLS = [ES_M, ES_F, EUS_M, EUS_F, CAT_M, CAT_F, GAL_M, GAL_F, MX_M, MX_F, CO_M, CO_F, AR_M, AR_F,
                   DO_M, DO_F, VE_M, VE_F, PE_M, PE_F, RO_M, RO_F, MA_M, MA_F, CNES_M, CNES_F, UA_M, UA_F,
                   SN_M, SN_F, PK_M, PK_F, HT_M, HT_F, CA_M, CA_F, PY_M, PY_F, BO_M, BO_F, GB_M, GB_F, IE_M,
                   IE_F, SC_M, SC_F, NG_M, NG_F, PL_M, PL_F, IN_M, IN_F, PH_M, PH_F, HK_GIVEN, CN_M, CN_F,
                   KR_M, KR_F, BR_M, BR_F, US_M, US_F]
ALL_SUR_POOLS = [ES_SUR, EUS_SUR, CAT_SUR, GAL_SUR, MX_SUR, CO_SUR, AR_SUR, DO_SUR, VE_SUR, PE_SUR, RO_SUR,
                 MA_SUR, CNES_SUR, UA_SUR, SN_SUR, PK_SUR, HT_SUR, CA_SUR, PY_SUR, BO_SUR, GB_SUR, IE_SUR,
                 IE_FSUR, SC_SUR, NG_SUR, PL_SUR_M, PL_SUR_F, IN_SUR, PH_SUR, HK_SUR, CN_SUR, KR_SUR, BR_SUR,
                 US_SUR]

NICKS_ES = {"Francisco": "Paco", "José": "Pepe", "Dolores": "Lola", "Concepción": "Concha", "Ignacio": "Nacho",
            "Rafael": "Rafa", "Alejandro": "Álex", "Manuel": "Manolo", "Encarnación": "Encarni", "Inmaculada": "Inma",
            "Montserrat": "Montse", "Purificación": "Puri", "Remedios": "Reme", "Asunción": "Asun", "Rosario": "Charo",
            "Xosé": "Pepe", "Guillermo": "Guille", "Fernando": "Fer", "Cristina": "Cris", "Jesús": "Chus"}
NICKS_MX = {"Guadalupe": "Lupita", "Jesús": "Chuy", "Gerardo": "Lalo", "Eduardo": "Lalo", "Heriberto": "Beto",
            "Humberto": "Beto", "Rogelio": "Roy", "Alejandro": "Alex", "Araceli": "Chela", "Socorro": "Coco",
            "Francisco": "Pancho", "Ignacio": "Nacho"}
NICKS_CARIB = {"Rafael": "Rafelito", "Francisco": "Fran", "Ramón": "Moncho", "Altagracia": "Tata", "Juan Miguel": "Juanmi",
               "Wellington": "Welly", "Franchesca": "Franchi", "José Gregorio": "Goyo", "Rafael Ángel": "Rafa",
               "Luis Alfredo": "Luigi", "María Alejandra": "Male", "María Gabriela": "Gaby", "Carlos Eduardo": "Caedu"}
NICKS_EN = {"William": "Bill", "Robert": "Bob", "Thomas": "Tom", "Patrick": "Paddy", "Séamus": "Shay",
            "Rebecca": "Becky", "Nicola": "Nicky", "Elizabeth": "Liz", "Katherine": "Kate", "Samuel": "Sam",
            "Benjamin": "Ben", "Daniel": "Dan", "Matthew": "Matt", "Joseph": "Joe", "Alasdair": "Ali",
            "Alistair": "Ali", "Abigail": "Abby", "Philippa": "Pippa", "Felicity": "Fliss", "Mícheál": "Mick",
            "Pádraig": "Páidí", "Siddharth": "Sid", "Venkatesh": "Venky", "Mark Anthony": "Macky", "Jomar": "Jom",
            "Catriona": "Cat", "Alexander": "Sandy", "Kimberly": "Kim", "Christopher": "Chris", "Jennifer": "Jen",
            "Courtney": "Court", "Jacob": "Jake", "Anthony": "Tony", "Frederick": "Fred", "Margaret": "Maggie"}
NICKS_BY_CULT = {"es": NICKS_ES, "cat": NICKS_ES, "gal": NICKS_ES, "eus": NICKS_ES, "mx": NICKS_MX, "ca": NICKS_MX,
                 "ar": AR_NICK, "do": NICKS_CARIB, "ve": NICKS_CARIB, "co": NICKS_ES, "pe": NICKS_ES,
                 "gb": NICKS_EN, "sc": NICKS_EN, "wal": NICKS_EN, "ie": NICKS_EN, "us": NICKS_EN, "in": NICKS_EN,
                 "ph": NICKS_EN, "ng": NG_NICK, "pl": PL_NICK}
TRAD_GIVEN = set(ES_M) | set(ES_F) | {"Guadalupe", "Fernanda", "Alejandra", "Gabriela", "Camila", "Valentina", "Daniela",
                                      "Mariana", "Eduardo", "Alejandro", "Arturo", "Gerardo", "Humberto", "Octavio",
                                      "Armando", "Sebastián", "Mateo", "Samuel", "Natalia", "Luisa", "Agustín", "Tomás"}
COMPOUND_CULT = ("es", "mx", "co", "pe", "ar", "py", "bo", "ca")
# names already used in the document being built (reset per document) – avoids accidental repeats
_USED = {}


def reset_used():
    _USED.clear()


# culture -> (male pool, female pool, surname pool(s), number of surnames, second-surname pool)
CULTURE = {
    "es": (ES_M, ES_F, ES_SUR, 2, ES_SUR),
    "eus": (EUS_M, EUS_F, EUS_SUR, 2, ES_SUR + EUS_SUR),
    "cat": (CAT_M, CAT_F, CAT_SUR, 2, CAT_SUR + ES_SUR),
    "gal": (GAL_M, GAL_F, GAL_SUR, 2, GAL_SUR + ES_SUR),
    "mx": (MX_M, MX_F, MX_SUR, 2, MX_SUR),
    "co": (CO_M, CO_F, CO_SUR, 2, CO_SUR + ES_SUR),
    "ar": (AR_M, AR_F, AR_SUR, 1, AR_SUR),
    "do": (DO_M, DO_F, DO_SUR, 2, DO_SUR),
    "ve": (VE_M, VE_F, VE_SUR, 2, VE_SUR),
    "pe": (PE_M, PE_F, PE_SUR, 2, PE_SUR),
    "ro": (RO_M, RO_F, RO_SUR, 1, None),
    "ma": (MA_M, MA_F, MA_SUR, 1, None),
    "cnes": (CNES_M, CNES_F, CNES_SUR, 1, None),
    "ua": (UA_M, UA_F, UA_SUR, 1, None),
    "sn": (SN_M, SN_F, SN_SUR, 1, None),
    "pk": (PK_M, PK_F, PK_SUR, 1, None),
    "ht": (HT_M, HT_F, HT_SUR, 1, None),
    "ca": (CA_M, CA_F, CA_SUR, 2, CA_SUR),
    "py": (PY_M, PY_F, PY_SUR, 2, PY_SUR),
    "bo": (BO_M, BO_F, BO_SUR, 2, BO_SUR),
    "gb": (GB_M, GB_F, GB_SUR, 1, None),
    "wal": (split_pool("Rhys, Dylan, Owain, Iwan, Gethin, Dafydd, Emrys, Aled, Huw, Gareth"),
            split_pool("Cerys, Ffion, Bethan, Seren, Angharad, Carys, Sian, Nia, Lowri, Eluned"),
            split_pool("Jones, Williams, Davies, Evans, Thomas, Roberts, Hughes, Lewis, Morgan, Griffiths, Pugh, Prosser, Meredith, Bevan, Vaughan, Ap Rhys, Llewellyn, Price"), 1, None),
    "ie": (IE_M, IE_F, IE_SUR, 1, None),
    "sc": (SC_M, SC_F, SC_SUR, 1, None),
    "ng": (NG_M, NG_F, NG_SUR, 1, None),
    "pl": (PL_M, PL_F, PL_SUR_M, 1, None),
    "in": (IN_M, IN_F, IN_SUR, 1, None),
    "ph": (PH_M, PH_F, PH_SUR, 1, None),
    "hk": (HK_GIVEN, HK_GIVEN, HK_SUR, 1, None),
    "cn": (CN_M, CN_F, CN_SUR, 1, None),
    "kr": (KR_M, KR_F, KR_SUR, 1, None),
    "br": (BR_M, BR_F, BR_SUR, 1, BR_SUR),
    "us": (US_M + GB_M[:20], US_F + GB_F[:20], US_SUR + GB_SUR[:60], 1, None),
}
HISPANIC = ("es", "eus", "cat", "gal", "mx", "co", "ar", "do", "ve", "pe", "ca", "py", "bo")
COMPOUND_M = ("José", "Juan", "Luis", "Miguel", "Carlos", "Jesús")
COMPOUND_F = ("María", "Ana", "Rosa", "Luz", "María del", "María de los")
SECOND_M = ("Luis", "Antonio", "Manuel", "Carlos", "Ángel", "Ignacio", "Alberto", "Francisco", "David", "Ramón",
            "Enrique", "Pablo", "Esteban", "Andrés")
SECOND_F = ("José", "Isabel", "Elena", "Teresa", "Belén", "Laura", "Fernanda", "Eugenia", "Cristina", "Luisa",
            "Victoria", "Alejandra", "Gabriela", "Inés", "Pilar", "Jesús")
MARIA_DEL = ("Mar", "Carmen", "Pilar", "Rocío", "Rosario", "Socorro", "Consuelo", "Sol", "Valle")
MARIA_DE_LOS = ("Ángeles", "Remedios", "Dolores", "Milagros", "Reyes")


class Person:
    def __init__(self, given, sur, female, culture, east=False):
        self.given = given
        self.sur = list(sur)
        self.female = female
        self.culture = culture
        self.east = east   # surname-first display for Chinese / Korean names
        nk = NICKS_BY_CULT.get(culture, {})
        self.nick = (nk.get(given) or nk.get(given.split()[0])) if chance(0.5) else None

    @property
    def surnames(self):
        return " ".join(self.sur)

    @property
    def full(self):
        if self.east:
            return self.surnames + " " + self.given
        return self.given + " " + self.surnames

    @property
    def first(self):
        return self.given

    @property
    def call(self):
        if self.nick:
            return self.nick
        g = self.given.split()
        if len(g) > 1 and (g[0] in ("María", "José", "Juan", "Ma.", "Luz", "Ana", "Mary", "John", "Mark",
                                    "Rosa", "Flor", "Jean", "Fatima", "Li", "Liz", "Kristine", "Cherry")
                           or self.culture in ("hk", "co")):
            return self.given
        return g[0]

    @property
    def last(self):
        return self.sur[0]

    @property
    def short(self):
        if self.east:
            return self.sur[0] + " " + self.given
        return self.given.split()[0] + " " + self.sur[0] if self.culture != "hk" else self.given + " " + self.sur[0]

    @property
    def western(self):
        return self.given + " " + self.surnames

    @property
    def inv(self):
        return self.surnames + ", " + self.given

    @property
    def caps_inv(self):
        return self.surnames.upper() + ", " + self.given.upper()

    @property
    def initials(self):
        parts = re.split(r"[\s]+", self.given)
        ini = " ".join(p[0] + "." for p in parts if p[0].isalpha())
        return ini + " " + self.sur[0]

    @property
    def init_compact(self):
        parts = self.given.split()
        return "".join(p[0] + "." for p in parts) + " " + self.sur[0]

    @property
    def review_sig(self):
        s = self.sur[-1] if self.sur[0][0].islower() else self.sur[0]
        return self.given.split()[0] + " " + s.replace("Ó ", "Ó").replace("Ní ", "N")[0].upper() + "."

    @property
    def plain_lower(self):
        return strip_accents(self.short).lower()

    @property
    def handle(self):
        a = ascii_local(self.call)
        b = ascii_local(self.sur[0])
        return ch([a + "." + b[:1], a + "_" + b, a + b[:3], a + "." + b])

    def email_local(self):
        g = ascii_local(self.given.split()[0])
        g2 = ascii_local(self.given)
        s = ascii_local(self.sur[0])
        s2 = ascii_local(self.sur[1]) if len(self.sur) > 1 else ""
        yy = str(rng.randint(60, 99) if chance(0.5) else rng.randint(1, 23)).zfill(2)
        opts = [g + "." + s, g + s, g[0] + s, g + "_" + s + yy, s + "." + g, g + "." + s + s2[:1],
                g2 + yy, g[0] + s + s2[:1], g + "." + s + "." + yy, (self.nick and ascii_local(self.nick) or g) + s[:4] + yy]
        return ch(opts)


def make_person(culture, female=None):
    mp, fp, sp, nsur, sp2 = CULTURE[culture]
    if female is None:
        female = chance(0.5)
    for _try in range(12):
        if culture == "hk":
            given = ch([g for g in HK_GIVEN if (g in HK_FEM) == female])
        else:
            given = ch(fp if female else mp)
        if given not in _USED:
            break
    base = given
    if culture in COMPOUND_CULT and " " not in given and given in TRAD_GIVEN and chance(0.2):
        if female:
            pre = ch(COMPOUND_F)
            if pre == "María del":
                given = "María del " + ch(MARIA_DEL)
            elif pre == "María de los":
                given = "María de los " + ch(MARIA_DE_LOS)
            elif given != pre:
                given = pre + " " + given
        else:
            pre = ch(COMPOUND_M)
            if given != pre:
                given = pre + " " + given
    if culture == "pl" and female:
        pool = PL_SUR_F
    elif culture == "ie" and female and chance(0.15):
        pool = IE_FSUR
    else:
        pool = sp
    for _try in range(12):
        s1 = ch(pool)
        if s1 not in _USED:
            break
    sur = [s1]
    if nsur == 2 or (culture in ("ar", "br") and chance(0.3)):
        pool2 = sp2 or sp
        for _try in range(12):
            s2 = ch(pool2)
            if s2 != s1 and s2 not in _USED:
                break
        if s2 != s1:
            sur.append(s2)
    for x in [base] + sur:
        _USED[x] = True
    east = culture in ("hk", "cn", "kr") and chance(0.45)
    return Person(given, sur, female, culture, east)


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
# (postcode prefix, low, high, town, region)
ES_TOWNS = [("280", 1, 55, "Madrid", "es"), ("080", 1, 42, "Barcelona", "cat"), ("410", 1, 20, "Sevilla", "es"),
            ("460", 1, 26, "València", "es"), ("480", 1, 15, "Bilbao", "eus"), ("157", 1, 5, "Santiago de Compostela", "gal"),
            ("362", 1, 16, "Vigo", "gal"), ("500", 1, 18, "Zaragoza", "es"), ("290", 1, 18, "Málaga", "es"),
            ("030", 1, 16, "Alicante", "es"), ("300", 1, 12, "Murcia", "es"), ("330", 1, 13, "Oviedo", "es"),
            ("470", 1, 15, "Valladolid", "es"), ("180", 1, 15, "Granada", "es"), ("350", 1, 19, "Las Palmas de Gran Canaria", "es"),
            ("070", 1, 15, "Palma", "es"), ("310", 1, 15, "Pamplona", "eus"), ("200", 1, 18, "Donostia", "eus"),
            ("010", 1, 15, "Vitoria-Gasteiz", "eus"), ("289", 1, 7, "Getafe", "es"), ("289", 21, 25, "Alcorcón", "es"),
            ("089", 1, 8, "L'Hospitalet de Llobregat", "cat"), ("082", 1, 8, "Sabadell", "cat"), ("170", 1, 7, "Girona", "cat"),
            ("250", 1, 6, "Lleida", "cat"), ("430", 1, 7, "Tarragona", "cat"), ("270", 1, 4, "Lugo", "gal"),
            ("320", 1, 5, "Ourense", "gal"), ("150", 1, 11, "A Coruña", "gal"), ("390", 1, 12, "Santander", "es"),
            ("260", 1, 9, "Logroño", "es"), ("100", 1, 5, "Cáceres", "es"), ("060", 1, 11, "Badajoz", "es"),
            ("450", 1, 7, "Toledo", "es"), ("140", 1, 14, "Córdoba", "es"), ("230", 1, 9, "Jaén", "es"),
            ("110", 1, 12, "Cádiz", "es"), ("040", 1, 9, "Almería", "es"), ("288", 1, 7, "Alcalá de Henares", "es"),
            ("281", 0, 9, "Alcobendas", "es"), ("296", 0, 4, "Marbella", "es"), ("083", 1, 4, "Mataró", "cat"),
            ("483", 0, 0, "Gernika-Lumo", "eus"), ("380", 1, 10, "Santa Cruz de Tenerife", "es"), ("130", 1, 5, "Ciudad Real", "es")]
ES_STREETS = ["Calle Mayor", "Calle Real", "Calle de Alcalá", "Calle del Pilar", "Avda. de la Constitución",
              "Calle Francisco Silvela", "Calle Doctor Fleming", "Avenida Reyes Católicos", "Calle Blas de Otero",
              "Calle Ramón y Cajal", "Calle Federico García Lorca", "Calle Clara Campoamor", "Plaza de España",
              "Paseo de la Castellana", "C/ San Bernardo", "C/ Sagasta", "C/ Hernán Cortés", "Ronda de Segovia",
              "Avda. de Andalucía", "C/ Virgen del Carmen", "Calle Santa Teresa", "C/ Isaac Peral", "Calle Luna",
              "Calle Rosario", "Travesía del Olivo", "C/ Manuel de Falla", "Calle Antonio Machado", "Avda. de Portugal",
              "Calle Nueva", "C/ Labradores", "Calle Lope de Vega", "Avenida de la Paz", "Calle Pintor Rosales",
              "C/ Juan de Austria", "Camino de los Vinateros", "Calle Mercedes", "C/ Alfonso XIII", "Calle Cervantes",
              "Avda. Ciudad de Barcelona", "Calle Dolores Ibárruri", "Calle Esperanza", "C/ Almirante Cadarso"]
CAT_STREETS = ["Carrer de Mallorca", "Carrer de Sants", "Carrer Gran de Gràcia", "Passeig de Sant Joan", "Carrer de la Riera",
               "Rambla de Catalunya", "Carrer de Pere IV", "Carrer del Doctor Trueta", "Av. de Josep Tarradellas",
               "Carrer de Sant Pau", "Carrer Nou", "Carrer de Mossèn Jacint Verdaguer", "Carrer de la Rosa"]
EUS_STREETS = ["Kale Nagusia", "Calle Licenciado Poza", "Zumalakarregi etorbidea", "Calle Autonomía", "Euskal Herria kalea",
               "Calle Iparraguirre", "Urbieta kalea", "Avenida Sancho el Sabio", "Calle Dato", "Txurruka kalea",
               "Calle Santutxu", "Juan de Garay kalea"]
GAL_STREETS = ["Rúa do Vilar", "Rúa do Franco", "Rúa de Rosalía de Castro", "Avenida de Castelao", "Rúa Nova",
               "Rúa Curros Enríquez", "Rúa de San Pedro", "Rúa Príncipe", "Praza de Galicia", "Rúa Real", "Rúa do Hórreo"]
ES_FLATS = ["3º B", "2º izda.", "bajo", "5º 2ª", "ático", "1º D", "esc. 2, 4º A", "4º dcha.", "pta. 12", "entlo. 1ª",
            "7º C", "2º 1ª", "bajo A", "1º centro", "portal 3, 6º F"]


def addr_es(region=None, caps=False):
    cands = [t for t in ES_TOWNS if region is None or t[4] == region]
    pre, lo, hi, town, reg = ch(cands)
    cp = pre + "%02d" % rng.randint(lo, hi) if len(pre) == 3 else pre
    if reg == "cat":
        st = ch(CAT_STREETS)
        flat = ch(["4t 2a", "1r 1a", "baixos", "3r", "àtic", "2n 3a", "pral. 2a"])
    elif reg == "eus":
        st = ch(EUS_STREETS)
        flat = ch(["3º izda.", "2º B", "4.º dcha.", "bajo", "5 A", "1º"])
    elif reg == "gal":
        st = ch(GAL_STREETS)
        flat = ch(["2º A", "baixo", "3º esq.", "1º dta.", "5º C"])
    else:
        st = ch(ES_STREETS)
        flat = ch(ES_FLATS)
    num = str(rng.randint(1, 180))
    if chance(0.2):
        num += ch(["", " dup.", "A", "B"])
    sep = ch([", ", " ", ", nº ", " n.º "])
    parts = st + sep + num.strip()
    if chance(0.8):
        parts += ", " + flat
    s = parts + ", " + cp + " " + town
    return s.upper() if caps else s


MX_COLS = [("Col. Roma Norte", "06700", "Cuauhtémoc", "Ciudad de México"), ("Col. Narvarte Poniente", "03020", "Benito Juárez", "Ciudad de México"),
           ("Col. Del Valle Centro", "03100", "Benito Juárez", "CDMX"), ("Col. Condesa", "06140", "Cuauhtémoc", "CDMX"),
           ("Col. Doctores", "06720", "Cuauhtémoc", "CDMX"), ("Col. Industrial Vallejo", "02300", "Azcapotzalco", "CDMX"),
           ("Col. Guadalupe Insurgentes", "07870", "Gustavo A. Madero", "CDMX"), ("Col. Santa María la Ribera", "06400", "Cuauhtémoc", "CDMX"),
           ("Col. Americana", "44160", None, "Guadalajara, Jal."), ("Col. Providencia", "44630", None, "Guadalajara, Jal."),
           ("Col. Ladrón de Guevara", "44600", None, "Guadalajara, Jal."), ("Col. Centro", "64000", None, "Monterrey, N.L."),
           ("Col. Mitras Centro", "64460", None, "Monterrey, N.L."), ("Fracc. Las Américas", "55076", None, "Ecatepec de Morelos, Edo. Méx."),
           ("Col. La Paz", "72160", None, "Puebla, Pue."), ("Col. García Ginerés", "97070", None, "Mérida, Yuc."),
           ("Zona Río", "22010", None, "Tijuana, B.C."), ("Col. Centro", "76000", None, "Santiago de Querétaro, Qro."),
           ("Col. Jardines del Moral", "37160", None, "León, Gto."), ("Col. Reforma", "68050", None, "Oaxaca de Juárez, Oax."),
           ("Col. Chapultepec", "80040", None, "Culiacán, Sin."), ("Col. Benito Juárez", "57000", None, "Nezahualcóyotl, Edo. Méx.")]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Revolución", "Calle Zaragoza",
              "Calle Emiliano Zapata", "Av. Benito Juárez", "Calle Vicente Guerrero", "Calle Sor Juana Inés de la Cruz",
              "Av. López Mateos", "Calle 5 de Mayo", "Calle Allende", "Calle Aldama", "Privada de los Pinos",
              "Cerrada Tulipanes", "Av. Universidad", "Calle Orizaba", "Calle Medellín", "Calle Tonalá",
              "Calle Guadalupe Victoria", "Av. Vallarta", "Calle Pino Suárez", "Calle Niños Héroes", "Calle Matamoros"]


def addr_mx(caps=False):
    col, cp, alc, city = ch(MX_COLS)
    st = ch(MX_STREETS)
    if city.startswith("Ecatepec") or city.startswith("Nezahual"):
        num = "Mz. %d Lt. %d" % (rng.randint(1, 60), rng.randint(1, 40))
        s = "%s %s, %s, C.P. %s, %s" % (st, num, col, cp, city)
    else:
        num = ch(["No. %d", "#%d", "%d", "%d"]) % rng.randint(3, 2400)
        if chance(0.3):
            num += ch([" int. %d" % rng.randint(1, 12), " depto. %d0%d" % (rng.randint(1, 6), rng.randint(1, 4)), "-B"])
        if alc:
            s = "%s %s, %s, %s, C.P. %s, %s" % (st, num, col, ch(["Alc. ", "Alcaldía ", ""]) + alc, cp, city)
        else:
            s = "%s %s, %s, %s %s" % (st, num, col, ch(["C.P. ", "CP ", ""]) + cp, city)
    return s.upper() if caps else s


CO_CITIES = ["Bogotá", "Bogotá D.C.", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira",
             "Manizales", "Cúcuta", "Ibagué", "Santa Marta", "Villavicencio", "Pasto", "Armenia", "Neiva", "Bello", "Envigado"]


def addr_co(caps=False):
    t = ch(["Calle", "Carrera", "Cra.", "Cl.", "Av. Calle", "Transversal", "Diagonal", "Av. Carrera", "Kr"])
    n = str(rng.randint(1, 170)) + ch(["", "", "", "A", "B", " Bis", " Sur", "C"])
    a = str(rng.randint(1, 120)) + ch(["", "", "A", "B"])
    b = rng.randint(1, 99)
    s = "%s %s %s %s-%02d" % (t, n, ch(["#", "No.", "N°", "#"]), a, b)
    if chance(0.6):
        s += ", " + ch(["Apto %d0%d" % (rng.randint(1, 18), rng.randint(1, 4)), "Torre %d Apto %d0%d" % (rng.randint(1, 6), rng.randint(1, 20), rng.randint(1, 4)),
                        "Casa %d" % rng.randint(1, 80), "Int. %d" % rng.randint(1, 9), "Local %d" % rng.randint(101, 120)])
    if chance(0.35):
        s += ", Barrio " + ch(["Laureles", "Chapinero", "Kennedy", "Suba Rincón", "El Poblado", "San Fernando", "Manga",
                              "Cabecera del Llano", "Bosa La Libertad", "Engativá Centro", "Belén", "El Prado"])
    s += ", " + ch(CO_CITIES)
    return s.upper() if caps else s


AR_STREETS = ["Av. Corrientes", "Av. Santa Fe", "Av. Rivadavia", "Av. Cabildo", "Av. Callao", "Lavalle", "Tucumán",
              "Sarmiento", "Belgrano", "Av. Pueyrredón", "Güemes", "Thames", "Gorriti", "Av. Scalabrini Ortiz",
              "Juan B. Justo", "Av. Díaz Vélez", "Bv. Oroño", "Av. Colón", "Bv. San Juan", "Av. Pellegrini", "Mitre",
              "Av. San Martín", "Calle 50", "Calle 7", "Av. Mate de Luna", "Entre Ríos", "Dorrego", "Alsina"]
AR_CITIES = [("C", "CABA", "Ciudad Autónoma de Buenos Aires"), ("B", "La Plata", None), ("S", "Rosario", None),
             ("X", "Córdoba", None), ("M", "Mendoza", None), ("T", "San Miguel de Tucumán", None),
             ("B", "Mar del Plata", None), ("Q", "Neuquén", None), ("A", "Salta", None), ("B", "Quilmes", None),
             ("B", "Lomas de Zamora", None)]


def addr_ar(caps=False):
    letter, city, longcity = ch(AR_CITIES)
    st = ch(AR_STREETS)
    num = rng.randint(100, 5800)
    s = "%s %s%d" % (st, ch(["", "N° ", "nro. "]), num)
    if chance(0.6):
        s += ", " + ch(["piso %d depto. %s" % (rng.randint(1, 14), ch("ABCDEF")), "%d° %s" % (rng.randint(1, 12), ch("ABCD")),
                        "PB %s" % ch("ABC"), "dpto. %d" % rng.randint(1, 30)])
    if chance(0.6):
        cpa = "%s%04d%s" % (letter, rng.randint(1000, 9499), "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)))
        s += ", " + cpa + " " + city
    else:
        s += ", " + (longcity or city)
    return s.upper() if caps else s


DO_SECTORS = [("Zona Colonial", "Santo Domingo"), ("Ens. Piantini", "Santo Domingo, D.N."), ("Naco", "Santo Domingo"),
              ("Los Prados", "Santo Domingo"), ("Gazcue", "Santo Domingo"), ("Bella Vista", "Santo Domingo, D.N."),
              ("Villa Mella", "Santo Domingo Norte"), ("Los Alcarrizos", "Santo Domingo Oeste"), ("Los Mina", "Santo Domingo Este"),
              ("Cristo Rey", "Santo Domingo"), ("Villa Consuelo", "Santo Domingo"), ("Los Jardines Metropolitanos", "Santiago de los Caballeros"),
              ("Gurabo", "Santiago"), ("Centro", "San Pedro de Macorís"), ("Pueblo Nuevo", "La Romana"), ("El Millón", "Santo Domingo"),
              ("Villa Olga", "Santiago de los Caballeros"), ("Buenos Aires de Herrera", "Santo Domingo Oeste")]
DO_STREETS = ["Calle El Conde", "Av. 27 de Febrero", "Calle Duarte", "Calle Restauración", "Calle Mella",
              "Av. Estrella Sadhalá", "Av. Abraham Lincoln", "Calle Padre Billini", "Av. Winston Churchill",
              "Calle Las Mercedes", "Av. Máximo Gómez", "Calle Respaldo 3", "Calle Primera", "Calle Juan Pablo Duarte",
              "Av. Sarasota", "Calle Espaillat", "Av. San Vicente de Paúl"]


def addr_do(caps=False):
    sec, city = ch(DO_SECTORS)
    if chance(0.25):
        s = "Res. %s, Edif. %d, Apto %d%s, %s, %s" % (ch(["Las Praderas", "Don Alfonso", "Paraíso del Caribe", "Los Ríos II"]),
                                                    rng.randint(1, 30), rng.randint(1, 4), ch("ABCD"), sec, city)
    else:
        s = "%s %s%d, %s, %s" % (ch(DO_STREETS), ch(["#", "No. ", "#"]), rng.randint(1, 480), sec, city)
    return s.upper() if caps else s


PE_DISTRICTS = [("Lince", "Lima"), ("Miraflores", "Lima 15074"), ("San Juan de Lurigancho", "Lima"), ("Comas", "Lima"),
                ("Los Olivos", "Lima"), ("Santiago de Surco", "Lima"), ("San Borja", "Lima 15036"), ("La Molina", "Lima"),
                ("Jesús María", "Lima 15072"), ("Breña", "Lima"), ("Ate", "Lima"), ("Bellavista", "Callao"),
                ("Chorrillos", "Lima"), ("Pueblo Libre", "Lima"), ("San Miguel", "Lima 15087"), ("Yanahuara", "Arequipa"),
                ("Cayma", "Arequipa"), ("El Tambo", "Huancayo"), ("Víctor Larco Herrera", "Trujillo"), ("Wanchaq", "Cusco")]
PE_STREETS = ["Av. Arequipa", "Jr. de la Unión", "Calle Los Pinos", "Av. Ejército", "Jr. Junín", "Av. Larco",
              "Av. Brasil", "Jr. Huallaga", "Av. Javier Prado Este", "Calle Las Begonias", "Av. Túpac Amaru",
              "Jr. Ica", "Av. Universitaria", "Calle Santa Rosa", "Av. La Cultura", "Psje. San Martín", "Av. Próceres de la Independencia"]


def addr_pe(caps=False):
    dist, city = ch(PE_DISTRICTS)
    if chance(0.2):
        s = "Mz. %s Lt. %d, %s, %s, %s" % (ch("ABCDEFGHJK"), rng.randint(1, 40),
                                         ch(["AA.HH. Los Jazmines", "Urb. San Antonio", "Asoc. Viv. Santa Rosa", "Urb. Las Flores"]), dist, city)
    else:
        s = "%s %d" % (ch(PE_STREETS), rng.randint(100, 3400))
        if chance(0.5):
            s += ", " + ch(["dpto. %d0%d" % (rng.randint(1, 15), rng.randint(1, 4)), "int. %d" % rng.randint(1, 20), "piso %d" % rng.randint(2, 9)])
        s += ", %s, %s" % (dist, city)
    return s.upper() if caps else s


VE_PLACES = [("Los Palos Grandes", "Caracas 1060"), ("Chacao", "Caracas"), ("La Candelaria", "Caracas"),
             ("El Paraíso", "Caracas"), ("Sabana Grande", "Caracas 1050"), ("Petare", "Miranda"),
             ("Los Teques", "Miranda"), ("Tierra Negra", "Maracaibo"), ("Bella Vista", "Maracaibo, Zulia"),
             ("Prebo", "Valencia, Carabobo"), ("El Viñedo", "Valencia"), ("Centro", "Barquisimeto, Lara"),
             ("Santa Elena", "Mérida"), ("Lechería", "Anzoátegui"), ("Puerto Ordaz", "Bolívar"), ("Catia", "Caracas")]
VE_STREETS = ["Av. Francisco de Miranda", "Av. Bolívar Norte", "Calle Real de Sabana Grande", "Av. Libertador",
              "Calle 72", "Av. Las Delicias", "Av. Andrés Bello", "Calle Los Cedros", "Av. Urdaneta",
              "Av. Las Américas", "Calle Páez", "Av. Lara", "Carrera 19", "Av. 5 de Julio", "Calle El Carmen"]


def addr_ve(caps=False):
    sec, city = ch(VE_PLACES)
    st = ch(VE_STREETS)
    kind = rng.randrange(3)
    if kind == 0:
        s = "%s, Edif. %s, piso %d, apto %d-%s, %s, %s" % (st, ch(["Parque Cristal", "Lago Mar", "Residencias El Parral", "Torre Banaven", "Res. Los Andes", "Residencias Altamira"]),
                                                         rng.randint(1, 18), rng.randint(1, 18), ch("ABCD"), sec, city)
    elif kind == 1:
        s = "%s, Qta. %s, Nro. %d, %s, %s" % (st, ch(["La Milagrosa", "Mi Ranchito", "Doña Carmen", "Los Abuelos", "San José"]), rng.randint(1, 99), sec, city)
    else:
        s = "%s entre calles %d y %d, casa Nro. %d-%d, %s, %s" % (st, rng.randint(1, 40), rng.randint(41, 80), rng.randint(1, 99), rng.randint(1, 99), sec, city)
    return s.upper() if caps else s


# UK / Ireland / US / guests' home countries ---------------------------------------
UK_TOWNS = [("Harrogate", "HG1"), ("Harrogate", "HG2"), ("Glasgow", "G12"), ("Glasgow", "G20"), ("Edinburgh", "EH3"),
            ("Edinburgh", "EH10"), ("Manchester", "M14"), ("Manchester", "M20"), ("Leeds", "LS6"), ("Bristol", "BS6"),
            ("Bristol", "BS8"), ("Cardiff", "CF10"), ("Cardiff", "CF24"), ("York", "YO10"), ("York", "YO31"),
            ("Norwich", "NR2"), ("Bath", "BA1"), ("Inverness", "IV2"), ("Aberdeen", "AB10"), ("Belfast", "BT7"),
            ("Belfast", "BT9"), ("Birmingham", "B13"), ("Liverpool", "L17"), ("Leicester", "LE2"),
            ("Nottingham", "NG7"), ("Brighton", "BN1"), ("Brighton", "BN2"), ("Canterbury", "CT1"), ("Oxford", "OX4"),
            ("Cambridge", "CB1"), ("Penzance", "TR18"), ("Keswick", "CA12"), ("Whitby", "YO21"), ("Oban", "PA34"),
            ("Portree", "IV51"), ("Llandudno", "LL30"), ("Tenby", "SA70"), ("London", "SW11"), ("London", "N16"),
            ("London", "E8"), ("London", "SE15"), ("Sheffield", "S11"), ("Exeter", "EX4"), ("Derby", "DE22"),
            ("Swansea", "SA1"), ("Dundee", "DD4"), ("Stirling", "FK8"), ("Newquay", "TR7"), ("Beverley", "HU17")]
UK_STREETS = ["Marlborough Road", "Kelvin Drive", "Victoria Road", "Albert Street", "Elizabeth Avenue",
              "St Mary's Close", "Nelson Terrace", "Wellington Crescent", "Gladstone Place", "Church Lane",
              "Station Road", "Mill Lane", "The Green", "Hawthorn Way", "Beech Grove", "Queen's Drive",
              "Cromwell Road", "Harbour Street", "Kings Road", "Priory Walk", "Fisher Street", "Castle Wynd",
              "Baker Street", "Rose Hill", "Winston Gardens", "Florence Road", "Princess Street", "Sandy Lane",
              "Moorland View", "Byron Court", "Ashgrove Avenue", "Bramble Close", "Heron Way", "Bridge End",
              "Spencer Road", "Darwin Close", "Hamilton Terrace", "Jubilee Street", "Chapel Row", "Orchard Mews"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(area):
    return "%s %d%s%s" % (area, rng.randint(0, 9), ch(PC_IN), ch(PC_IN))


def addr_uk(caps=False):
    town, area = ch(UK_TOWNS)
    st = ch(UK_STREETS)
    s = "%d %s" % (rng.randint(1, 240), st)
    if chance(0.25):
        s = ch(["Flat %d, " % rng.randint(1, 12), "Flat %d%s, " % (rng.randint(1, 4), ch("ABC")), "Apartment %d, " % rng.randint(1, 40)]) + s
    elif chance(0.1):
        s = ch(["Rose Cottage", "The Old Forge", "Holly House", "2 The Paddocks", "Laurel Bank"]) + ", " + st
    pc = uk_postcode(area)
    s += ", " + town + ch([" ", ", "]) + pc
    return s.upper() if caps else s


IE_TOWNS = [("Dún Laoghaire, Co. Dublin", "A96"), ("Dublin 2", "D02"), ("Dublin 6", "D06"), ("Dublin 8", "D08"),
            ("Dublin 15", "D15"), ("Cork", "T12"), ("Ballincollig, Co. Cork", "P31"), ("Galway", "H91"),
            ("Limerick", "V94"), ("Dingle, Co. Kerry", "V92"), ("Westport, Co. Mayo", "F28"), ("Letterkenny, Co. Donegal", "F92"),
            ("Waterford", "X91"), ("Kilkenny", "R95"), ("Killarney, Co. Kerry", "V93"), ("Tuam, Co. Galway", "H54"),
            ("Athlone, Co. Westmeath", "N37"), ("Wicklow", "A67"), ("Sligo", "F91"), ("Ennis, Co. Clare", "V95"),
            ("Navan, Co. Meath", "C15"), ("Clonakilty, Co. Cork", "P85")]
IE_STREETS = ["Glenageary Park", "Main Street", "Bridge Street", "Strand Road", "Church View", "Abbey Lane",
              "The Crescent", "Mill Road", "St Brigid's Terrace", "O'Connell Street", "Castle Avenue",
              "Ashfield Drive", "Cois na hAbhann", "Bóthar na Trá", "Seafield Court", "Ard Mhuire", "Oakpark Grove"]
EIR = "0123456789ACDEFHKNPRTVWXY"


def eircode(rk):
    return rk + " " + "".join(ch(EIR) for _ in range(4))


def addr_ie(caps=False):
    town, rk = ch(IE_TOWNS)
    st = ch(IE_STREETS)
    if chance(0.2):
        s = "Apt %d, %s, %s" % (rng.randint(1, 60), ch(["The Maltings", "Harbour Court", "Kingsbridge House", "The Granary"]), st)
    else:
        s = "%d %s" % (rng.randint(1, 120), st)
    s += ", " + town + ch([", ", " "]) + eircode(rk)
    return s.upper() if caps else s


US_PLACES = [("Portland", "ME", "041"), ("Savannah", "GA", "314"), ("Lake Placid", "NY", "129"), ("Myrtle Beach", "SC", "295"),
             ("Sandwich", "MA", "025"), ("Gatlinburg", "TN", "377"), ("Asheville", "NC", "288"), ("San Diego", "CA", "921"),
             ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Chicago", "IL", "606"), ("Denver", "CO", "802"),
             ("Sacramento", "CA", "958"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Burlington", "VT", "054"),
             ("Jackson", "WY", "830"), ("Charleston", "SC", "294"), ("Bar Harbor", "ME", "046"), ("Flagstaff", "AZ", "860"),
             ("Brooklyn", "NY", "112"), ("Newark", "NJ", "071"), ("Orlando", "FL", "328"), ("Lincoln", "NE", "685")]
US_STREETS = ["Ocean Avenue", "Magnolia St", "Lakeshore Dr", "N Ocean Blvd", "Route 6A", "Pine Ridge Rd", "W Pike St",
              "Mission Bay Dr", "Elm Street", "Maple Ave", "Oak Hollow Ln", "Washington Blvd", "Jefferson St",
              "Lincoln Way", "Cedar Creek Rd", "Sunset Blvd", "Hickory Trail", "Bluebonnet Ln", "Sycamore Ct",
              "Martin Luther King Jr Blvd", "Cherokee Dr", "Dogwood Cir"]


def addr_us(caps=False):
    town, st_, z = ch(US_PLACES)
    s = "%d %s" % (rng.randint(10, 9800), ch(US_STREETS))
    if chance(0.3):
        s += ch([", Apt %d%s" % (rng.randint(1, 9), ch("ABCD")), " #%d" % rng.randint(100, 999), ", Unit %d" % rng.randint(1, 40)])
    s += ", %s, %s %s%02d" % (town, st_, z, rng.randint(1, 99))
    return s.upper() if caps else s


def addr_foreign(nat):
    if nat == "PL":
        return "ul. %s %d/%d, %02d-%03d %s" % (ch(["Marszałkowska", "Długa", "Piotrkowska", "Świętokrzyska", "Kwiatowa", "Mickiewicza"]),
                                          rng.randint(1, 150), rng.randint(1, 40), rng.randint(0, 99), rng.randint(0, 999),
                                          ch(["Warszawa", "Łódź", "Kraków", "Gdańsk", "Poznań", "Wrocław"]))
    if nat == "NG":
        return "%s %d, %s, %s" % (ch(["Plot", "No."]), rng.randint(1, 60), ch(["Admiralty Way, Lekki Phase 1", "Awolowo Road, Ikoyi", "Allen Avenue, Ikeja", "Aminu Kano Crescent, Wuse 2"]),
                                  ch(["Lagos", "Lagos", "Abuja"]))
    if nat == "IN":
        loc, city, pin = ch([("4th Cross, Indiranagar", "Bengaluru", 560038), ("Andheri West", "Mumbai", 400053),
                             ("Banjara Hills", "Hyderabad", 500034), ("Koregaon Park", "Pune", 411001),
                             ("Anna Nagar", "Chennai", 600040), ("Sector 15, Vasundhara", "Ghaziabad", 201012)])
        return "Flat %d, %s, %s, %s %d" % (rng.randint(101, 905), ch(["Sai Krupa Apartments", "Prestige Shantiniketan", "Lodha Paradise",
                                                                     "Green Park Residency"]), loc, city, pin)
    if nat == "BR":
        return "Rua %s, %d, apto %d, %s, %s, %05d-%03d" % (ch(["Oscar Freire", "das Laranjeiras", "Augusta", "Padre Chagas", "Sete de Setembro"]),
                                                          rng.randint(10, 2400), rng.randint(11, 184), ch(["Jardins", "Laranjeiras", "Moinhos de Vento", "Centro"]),
                                                          ch(["São Paulo - SP", "Rio de Janeiro - RJ", "Porto Alegre - RS", "Curitiba - PR"]),
                                                          rng.randint(1000, 99999), rng.randint(0, 999))
    if nat == "HK":
        return "Flat %s, %d/F, Tower %d, %s, Hong Kong" % (ch("ABCDEFGH"), rng.randint(2, 48), rng.randint(1, 8),
                                                          ch(["Laguna City, Kwun Tong, Kowloon", "Taikoo Shing, Quarry Bay", "Mei Foo Sun Chuen, Kowloon", "City One Shatin, New Territories"]))
    if nat == "PH":
        return "Blk %d Lot %d, %s, %s" % (rng.randint(1, 40), rng.randint(1, 30), ch(["Phase 2, Camella Homes", "Villa Verde Subd.", "Greenwoods Executive Village"]),
                                          ch(["Bacoor, Cavite", "Pasig City", "Cainta, Rizal", "Quezon City"]))
    if nat == "KR":
        return "%d, %s, %s, Seoul %05d" % (rng.randint(1, 400), ch(["Teheran-ro", "Olympic-ro", "Sejong-daero", "World Cup buk-ro"]),
                                           ch(["Gangnam-gu", "Songpa-gu", "Jung-gu", "Mapo-gu"]), rng.randint(1000, 8999))
    if nat == "CN":
        return "Room %d, No. %d %s, %s" % (rng.randint(101, 2505), rng.randint(1, 888), ch(["Nanjing Road West", "Zhongshan Road", "Tianhe North Road"]),
                                           ch(["Shanghai 200040", "Guangzhou 510620", "Nanjing 210005"]))
    if nat == "ES":
        return addr_es()
    if nat == "MX":
        return addr_mx()
    if nat == "US":
        return addr_us()
    if nat == "IE":
        return addr_ie()
    return addr_uk()


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def phone_es(mobile=True):
    if mobile:
        n = "6" + dig(8) if chance(0.8) else "7" + ch("1234") + dig(7)
        st = rng.randrange(6)
        if st == 0:
            return _g(n, [3, 3, 3])
        if st == 1:
            return n
        if st == 2:
            return "+34 " + _g(n, [3, 2, 2, 2])
        if st == 3:
            return "+34 " + n
        if st == 4:
            return "0034 " + _g(n, [3, 3, 3])
        return _g(n, [3, 2, 2, 2], "-")
    pre = ch(["91", "93", "94", "96", "95", "981", "986", "976", "948", "943", "985", "954", "952", "945"])
    n = pre + dig(9 - len(pre))
    st = rng.randrange(3)
    if st == 0:
        return _g(n, [2, 3, 2, 2]) if len(pre) == 2 else _g(n, [3, 3, 3])
    if st == 1:
        return "+34 " + _g(n, [3, 3, 3])
    return n


def phone_mx(mobile=True):
    area = ch(["55", "55", "33", "81", "222", "442", "999", "664", "477", "998", "56"])
    n = area + dig(10 - len(area))
    st = rng.randrange(5)
    if len(area) == 2:
        base = _g(n, [2, 4, 4])
    else:
        base = _g(n, [3, 3, 4])
    if st == 0:
        return base
    if st == 1:
        return "+52 " + base
    if st == 2:
        return ("+52 1 " if mobile else "+52 ") + base
    if st == 3:
        return "(%s) %s-%s" % (n[:len(area)], n[len(area):len(area) + (4 if len(area) == 2 else 3)], n[len(area) + (4 if len(area) == 2 else 3):])
    return n


def phone_co(mobile=True):
    if mobile:
        n = "3" + ch("0123515") + dig(8)
        st = rng.randrange(5)
        if st == 0:
            return _g(n, [3, 3, 4])
        if st == 1:
            return "+57 " + _g(n, [3, 7])
        if st == 2:
            return "(+57) " + _g(n, [3, 3, 4], "-")
        if st == 3:
            return n
        return "+57 " + _g(n, [3, 3, 4])
    n = "60" + ch("124567") + dig(7)
    return ch([_g(n, [3, 3, 4]), "(%s) %s %s" % (n[:3], n[3:6], n[6:]), "+57 " + _g(n, [3, 3, 4])])


def phone_ar(mobile=True):
    area, rest = ch([("11", 8), ("11", 8), ("351", 7), ("341", 7), ("261", 7), ("221", 7), ("381", 7), ("223", 7)])
    n = dig(rest)
    if not mobile:
        return "(0%s) %s-%s" % (area, n[:-4], n[-4:])
    st = rng.randrange(4)
    if st == 0:
        return "+54 9 %s %s-%s" % (area, n[:-4], n[-4:])
    if st == 1:
        return "0%s 15-%s-%s" % (area, n[:-4], n[-4:])
    if st == 2:
        return "%s %s-%s" % (area, n[:-4], n[-4:])
    return "+549%s%s" % (area, n)


def phone_do(mobile=True):
    a = ch(["809", "829", "849"])
    n = nzdig(1) + dig(6)
    st = rng.randrange(5)
    if st == 0:
        return "%s-%s-%s" % (a, n[:3], n[3:])
    if st == 1:
        return "(%s) %s-%s" % (a, n[:3], n[3:])
    if st == 2:
        return "+1 (%s) %s-%s" % (a, n[:3], n[3:])
    if st == 3:
        return a + n
    return "+1 %s %s %s" % (a, n[:3], n[3:])


def phone_pe(mobile=True):
    if mobile:
        n = "9" + dig(8)
        return ch([_g(n, [3, 3, 3]), "+51 " + _g(n, [3, 3, 3]), n, "+51" + n])
    return ch(["(01) %s-%s" % (dig(3), dig(4)), "01 %s" % dig(7), "(054) %s-%s" % (dig(2), dig(4)), "(044) %s" % dig(6)])


def phone_ve(mobile=True):
    if mobile:
        p = ch(["412", "414", "424", "416", "426"])
        n = dig(7)
        st = rng.randrange(5)
        if st == 0:
            return "0%s-%s.%s.%s" % (p, n[:3], n[3:5], n[5:])
        if st == 1:
            return "0%s-%s" % (p, n)
        if st == 2:
            return "+58 %s %s %s" % (p, n[:3], n[3:])
        if st == 3:
            return "+58 (%s) %s" % (p, n)
        return "0%s %s %s %s" % (p, n[:3], n[3:5], n[5:])
    p = ch(["212", "261", "241", "251", "274", "281"])
    n = dig(7)
    return ch(["(0%s) %s-%s-%s" % (p, n[:3], n[3:5], n[5:]), "0%s-%s" % (p, n), "+58 %s %s" % (p, n)])


def phone_uk(mobile=True):
    if mobile:
        n = "7" + ch("3456789") + dig(8)
        st = rng.randrange(5)
        if st == 0:
            return "0%s %s" % (n[:4], n[4:])
        if st == 1:
            return "+44 %s %s" % (n[:4], n[4:])
        if st == 2:
            return "+44 (0)%s %s %s" % (n[:4], n[4:7], n[7:])
        if st == 3:
            return "0" + n
        return "+44 %s %s %s" % (n[:4], n[4:7], n[7:])
    code = ch(["01423", "01463", "01224", "01736", "01947", "01631", "01478", "01492", "01834", "01225", "01904",
               "01603", "01227", "01865", "01223", "0131", "0141", "0161", "0113", "0117", "029", "020", "028", "017687"])
    rest = 10 - len(code) + 1
    n = dig(rest)
    if len(code) == 3:
        body = "%s %s" % (n[:4], n[4:])
    elif len(code) == 4:
        body = "%s %s" % (n[:3], n[3:])
    else:
        body = n
    if chance(0.25):
        return "+44 %s %s" % (code[1:], body)
    if chance(0.2):
        return "(%s) %s" % (code, body)
    return "%s %s" % (code, body)


def phone_ie(mobile=True):
    if mobile:
        p = "8" + ch("35679")
        n = dig(7)
        st = rng.randrange(4)
        if st == 0:
            return "0%s %s %s" % (p, n[:3], n[3:])
        if st == 1:
            return "+353 %s %s %s" % (p, n[:3], n[3:])
        if st == 2:
            return "+353 (0)%s %s" % (p, n)
        return "0%s%s" % (p, n)
    code, ln = ch([("01", 7), ("066", 7), ("098", 5), ("091", 6), ("021", 7), ("061", 6), ("064", 6), ("074", 6), ("051", 6)])
    n = dig(ln)
    body = "%s %s" % (n[:3], n[3:]) if ln > 5 else n
    if chance(0.3):
        return "+353 %s %s" % (code[1:], body)
    if chance(0.3):
        return "(%s) %s" % (code, body)
    return "%s %s" % (code, body)


def phone_us(mobile=True):
    a = ch(["207", "912", "518", "843", "508", "865", "828", "619", "512", "614", "312", "720", "916", "520",
            "608", "802", "307", "212", "973", "407", "402", "303", "404"])
    e = str(rng.randint(2, 9)) + dig(2)
    n = dig(4)
    st = rng.randrange(5)
    if st == 0:
        return "(%s) %s-%s" % (a, e, n)
    if st == 1:
        return "%s-%s-%s" % (a, e, n)
    if st == 2:
        return "+1 %s %s %s" % (a, e, n)
    if st == 3:
        return "%s.%s.%s" % (a, e, n)
    return "+1 (%s) %s-%s" % (a, e, n)


def phone_foreign(nat):
    if nat == "PL":
        return "+48 %s %s %s" % (ch("5678") + dig(2), dig(3), dig(3))
    if nat == "NG":
        return "+234 %s %s %s" % (ch(["803", "806", "813", "816", "703", "805"]), dig(3), dig(4))
    if nat == "IN":
        return "+91 %s %s" % (ch("6789") + dig(4), dig(5))
    if nat == "BR":
        return "+55 %s 9%s-%s" % (ch(["11", "21", "51", "41"]), dig(4), dig(4))
    if nat == "HK":
        return "+852 %s %s" % (ch("569") + dig(3), dig(4))
    if nat == "PH":
        return "+63 9%s %s %s" % (dig(2), dig(3), dig(4))
    if nat == "KR":
        return "+82 10-%s-%s" % (dig(4), dig(4))
    if nat == "CN":
        return "+86 1%s %s %s" % (ch("3589") + dig(1), dig(4), dig(4))
    if nat == "ES":
        return phone_es(True)
    if nat == "MX":
        return phone_mx(True)
    if nat == "US":
        return phone_us(True)
    if nat == "IE":
        return phone_ie(True)
    return phone_uk(True)


PERSONAL_DOMAINS = {
    "ES": ["gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com", "gmail.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx", "live.com.mx", "gmail.com"],
    "CO": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "une.net.co", "gmail.com"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "outlook.com.ar", "fibertel.com.ar", "gmail.com"],
    "DO": ["gmail.com", "hotmail.com", "outlook.com", "claro.net.do", "gmail.com", "yahoo.com"],
    "PE": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es", "gmail.com"],
    "VE": ["gmail.com", "hotmail.com", "cantv.net", "yahoo.com", "gmail.com"],
    "UK": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "icloud.com", "live.co.uk"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "gmail.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net"],
    "PL": ["wp.pl", "o2.pl", "interia.pl", "gmail.com"], "CN": ["qq.com", "163.com", "126.com"],
    "HK": ["yahoo.com.hk", "gmail.com", "netvigator.com"], "KR": ["naver.com", "daum.net", "gmail.com"],
    "PH": ["yahoo.com.ph", "gmail.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "BR": ["uol.com.br", "bol.com.br", "yahoo.com.br", "gmail.com"], "NG": ["yahoo.com", "gmail.com"],
}


def email_for(p, region, domain=None):
    return p.email_local() + "@" + (domain or ch(PERSONAL_DOMAINS.get(region, PERSONAL_DOMAINS["UK"])))


def staff_email(p, domain):
    g = ascii_local(p.given.split()[0])
    s = ascii_local(p.sur[0])
    return ch([g + "." + s, g[0] + "." + s, g + s[0], g, g[0] + s]) + "@" + domain


# ---------------------------------------------------------------------------
# Organisations (invented operators, shops, hotels; real banks, regulators, couriers)
# ---------------------------------------------------------------------------
OPERATORS = {
    "ES": [("Telvia Comunicaciones S.A.", "Telvia", "telvia.es"), ("Ondara Fibra S.L.", "Ondara Fibra", "ondarafibra.es"),
           ("Conectalia Móvil S.L.U.", "Conectalia", "conectalia.com")],
    "MX": [("Celumax S.A. de C.V.", "Celumax", "celumax.com.mx"), ("Fibranet del Bajío S.A. de C.V.", "Fibranet", "fibranet.mx")],
    "CO": [("Enlace Andino Telecomunicaciones S.A.S.", "Enlace Andino", "enlaceandino.com.co"),
           ("Conexión Caribe S.A.S. E.S.P.", "Conexión Caribe", "conexioncaribe.co")],
    "AR": [("Nodo Austral S.A.", "Nodo Austral", "nodoaustral.com.ar"), ("Pampanet S.R.L.", "Pampanet", "pampanet.com.ar")],
    "DO": [("FibraCaribe, SRL", "FibraCaribe", "fibracaribe.com.do"), ("Quisqueya Móvil, S.A.", "Quisqueya Móvil", "qmovil.do")],
    "PE": [("RedAndina Telecom S.A.C.", "RedAndina", "redandina.pe"), ("Inka Fibra S.A.C.", "Inka Fibra", "inkafibra.com.pe")],
    "VE": [("Onda Llanera Comunicaciones, C.A.", "Onda Llanera", "ondallanera.com.ve"),
           ("Telecaribe Digital, C.A.", "Telecaribe", "telecaribe.com.ve")],
}
DONORS = {
    "ES": ["Movistar", "Vodafone", "Orange", "Yoigo", "MásMóvil", "Digi", "Pepephone", "Lowi", "O2", "Simyo"],
    "MX": ["Telcel", "AT&T", "Movistar", "Bait", "Izzi", "Totalplay", "Megacable", "Telmex"],
    "CO": ["Claro", "Tigo", "Movistar", "WOM", "ETB"],
    "AR": ["Personal", "Claro", "Movistar", "Telecentro", "Fibertel"],
    "DO": ["Claro", "Altice", "Viva", "Wind Telecom"],
    "PE": ["Claro", "Entel", "Bitel", "Movistar", "Win"],
    "VE": ["Movilnet", "Digitel", "Movistar", "CANTV", "Inter", "NetUno"],
}
SHOPS = {
    "ES": ["Comunicaciones Etxeberria S.L.", "Tienda Conecta Getafe", "Móviles Sánchez e Hijos S.L.", "Phone House Alcorcón",
           "Telefonía Puig i Fills", "Multiservicios El Amrani", "Punto Móvil Triana", "Bazar Electrónico Wang",
           "Distribuciones Otero Lamas S.L.", "TecnoCentro Vallecas", "Locutorio Las Américas"],
    "MX": ["Celulares El Güero Ramírez", "Papelería y Celulares Lupita", "Comunicaciones del Bajío S.A. de C.V.",
           "Centro Celular Morelos", "Telefonía Hermanos Garza", "Accesorios y Recargas Doña Chela", "Movilandia Plaza Satélite"],
    "CO": ["Centro Celular Santa Fe S.A.S.", "Comunicaciones Giraldo & Cía", "Variedades Yuliana", "TecnoCel El Poblado",
           "Distribuidora Celular Mosquera S.A.S.", "Punto Enlace Chapinero", "Miscelánea y Minutos Don Ferney"],
    "AR": ["MóvilShop Rosario", "Celulares Bianchi Hnos.", "Agencia Oficial Palermo SRL", "Comunicaciones Del Sur S.A.",
           "Tecno Cabildo", "Kiosco y Recargas Lo de Tito", "Distribuidora Lombardi e Hijos"],
    "DO": ["Distribuidora Yulisa Tech SRL", "Cell Center La Esquina", "Variedades Yoselin", "Comunicaciones Almonte & Asociados",
           "Bancas y Celulares El Primo", "Centro de Pagos Los Mina", "TecnoCaribe Naco SRL"],
    "PE": ["Móviles Hermanos Quispe E.I.R.L.", "Multiservicios Huamán", "Tecnomóvil Bustamante S.A.C.", "Celulares Mamani & Hijos",
           "Comercial Gamarra Tech", "Punto RedAndina Mega Plaza", "Inversiones Ccori S.R.L."],
    "VE": ["Celulares Don Wilmer", "Agente Autorizado Inversiones Marcano C.A.", "Comunicaciones Rondón 2020, C.A.",
           "Multiservicios Yorgelis", "TecnoRed Zulia C.A.", "Recargas y Más Sabana Grande", "Inversiones Urdaneta & Finol"],
}
SUBCON = {
    "ES": ["Instalaciones Técnicas del Norte S.L.", "Montajes Fibra Sur S.L.", "Redes Pazos Barreiro S.L.", "Tendidos Levante S.L."],
    "MX": ["Instalaciones y Redes Treviño S.A. de C.V.", "Servicios Técnicos del Centro S.A. de C.V.", "Fibra y Cableado Nava"],
    "CO": ["Redes y Tendidos Quintero S.A.S.", "Ingeniería de Redes del Valle S.A.S.", "Conecta Instalaciones Londoño S.A.S."],
    "AR": ["Tendidos Patagónicos S.R.L.", "Instalaciones Ferraro S.A.", "Redes del Litoral S.R.L."],
    "DO": ["Servicios Técnicos Almonte SRL", "Instalaciones Cibao, SRL", "Redes del Este Polanco SRL"],
    "PE": ["Cableados Peruanos S.A.C.", "Servicios Técnicos Yupanqui E.I.R.L.", "Redes del Sur Andino S.A.C."],
    "VE": ["TecnoRed Zulia C.A.", "Instalaciones Briceño, C.A.", "Servicios de Fibra Oriente C.A."],
}
BANKS = {
    "ES": ["BBVA", "CaixaBank", "Banco Santander", "Banco Sabadell", "Bankinter", "Unicaja", "ABANCA", "Kutxabank",
           "Ibercaja", "Openbank", "ING"],
    "MX": ["BBVA México", "Banorte", "Banamex", "Banco Azteca", "Santander México", "HSBC México"],
    "CO": ["Bancolombia", "Davivienda", "Banco de Bogotá", "Banco Popular", "Nequi"],
    "AR": ["Banco Nación", "Banco Galicia", "Mercado Pago", "Banco Macro", "Banco Provincia"],
    "DO": ["Banreservas", "Banco Popular Dominicano", "Banco BHD", "Asociación Popular de Ahorros y Préstamos"],
    "PE": ["BCP", "Interbank", "BBVA Perú", "Scotiabank Perú", "Caja Arequipa"],
    "VE": ["Banesco", "Banco de Venezuela", "Mercantil Banco", "BNC", "Bancamiga"],
}
CONSUMER = {
    "ES": ["OMIC del Ayuntamiento de %s", "Oficina Municipal de Información al Consumidor de %s", "Junta Arbitral de Consumo de la Comunidad de Madrid",
           "Oficina de Atención al Usuario de Telecomunicaciones"],
    "MX": ["PROFECO", "Procuraduría Federal del Consumidor"],
    "CO": ["SIC", "Superintendencia de Industria y Comercio"],
    "AR": ["Dirección General de Defensa y Protección al Consumidor", "COPREC", "Defensa del Consumidor de la Ciudad"],
    "DO": ["Pro Consumidor", "INDOTEL"],
    "PE": ["INDECOPI", "OSIPTEL"],
    "VE": ["SUNDDE", "CONATEL"],
}
REGULATOR = {"ES": ["CNMC", "Secretaría de Estado de Telecomunicaciones"], "MX": ["IFT", "Instituto Federal de Telecomunicaciones"],
             "CO": ["CRC", "Comisión de Regulación de Comunicaciones"], "AR": ["ENACOM"], "DO": ["INDOTEL"],
             "PE": ["OSIPTEL"], "VE": ["CONATEL"]}
COURIERS = {"ES": ["Seur", "MRW", "Correos", "GLS", "Nacex"], "MX": ["Estafeta", "DHL", "Paquetexpress", "Redpack"],
            "CO": ["Servientrega", "Interrapidísimo", "Coordinadora", "Envía"], "AR": ["Andreani", "OCA", "Correo Argentino"],
            "DO": ["Vimenpaq", "Caribe Tours", "EPS"], "PE": ["Olva Courier", "Shalom", "Serpost"],
            "VE": ["MRW", "Zoom", "Tealca", "Domesa"]}
POLICE = {"ES": ["Policía Nacional", "Guardia Civil", "Mossos d'Esquadra", "Ertzaintza", "Policía Municipal de Madrid"],
          "MX": ["Fiscalía General de Justicia de la Ciudad de México", "Fiscalía del Estado de Jalisco"],
          "CO": ["Policía Nacional", "Fiscalía General de la Nación"], "AR": ["Policía de la Ciudad", "Policía Federal Argentina"],
          "DO": ["Policía Nacional", "Procuraduría General de la República"], "PE": ["Policía Nacional del Perú"],
          "VE": ["CICPC"]}
# Towns / places that are NOT labelled (many look like given names)
DISTRACT_PLACES = {"ES": ["Soria", "León", "Teruel", "Mérida", "Santiago", "Vitoria", "Ávila", "Lorca", "Elche", "Reus", "Benidorm"],
                   "MX": ["Guadalupe", "Zapopan", "Toluca", "Celaya", "Morelia", "Victoria", "Hermosillo", "Santa Catarina"],
                   "CO": ["Soledad", "Florencia", "Envigado", "Sincelejo", "Tunja", "Valledupar", "Girardot"],
                   "AR": ["Rosario", "Mercedes", "Pilar", "Dolores", "Bahía Blanca", "Lanús", "Tigre", "San Isidro"],
                   "DO": ["Higüey", "La Romana", "Baní", "Moca", "San Cristóbal", "Bonao", "Puerto Plata"],
                   "PE": ["Trujillo", "Chiclayo", "Piura", "Ica", "Tacna", "Huacho", "Juliaca", "Chimbote"],
                   "VE": ["Maracay", "Barinas", "Cumaná", "Valencia", "San Cristóbal", "Coro", "Guanare", "Carora"]}
COMPANY_PHONE = {"ES": lambda: ch(["900 %s %s" % (dig(3), dig(3)), "91 %s %s %s" % (dig(3), dig(2), dig(2)), "800 %s %s" % (dig(3), dig(3))]),
                 "MX": lambda: ch(["800 %s %s" % (dig(3), dig(4)), "55 %s %s" % (dig(4), dig(4))]),
                 "CO": lambda: ch(["01 8000 %s %s" % (dig(3), dig(3)), "601 %s %s" % (dig(3), dig(4))]),
                 "AR": lambda: ch(["0800-%s-%s" % (dig(3), dig(4)), "0810-%s-%s" % (dig(3), dig(4))]),
                 "DO": lambda: ch(["809-%s-%s" % (nzdig(3), dig(4)), "1-809-200-%s" % dig(4)]),
                 "PE": lambda: ch(["(01) %s-%s" % (dig(3), dig(4)), "0800-%s" % dig(5)]),
                 "VE": lambda: ch(["0500-%s" % dig(7), "0800-%s" % dig(7), "(0212) %s-%s" % (dig(3), dig(4))])}

ES_COUNTRY_NAME = {"ES": "España", "MX": "México", "CO": "Colombia", "AR": "Argentina", "DO": "República Dominicana",
                   "PE": "Perú", "VE": "Venezuela"}
LOCAL_CULT = {"ES": ["es", "es", "es", "es", "es", "es", "cat", "cat", "eus", "eus", "gal", "gal"],
              "MX": ["mx"], "CO": ["co"], "AR": ["ar"], "DO": ["do"], "PE": ["pe"], "VE": ["ve"]}
IMMIG_CULT = {"ES": (0.22, ["ro", "ma", "cnes", "ua", "sn", "pk", "ve", "co", "pe", "do", "ar", "ma", "ro"]),
              "MX": (0.08, ["ca"]), "CO": (0.10, ["ve"]), "AR": (0.14, ["py", "bo", "pe", "ve"]),
              "DO": (0.12, ["ht", "ht", "ve"]), "PE": (0.10, ["ve"]), "VE": (0.05, ["co"])}


def _idref(cc, kind):
    y = "2026"
    F = {
        "ES": {"cust": lambda: ch(["CL" + dig(8), "1" + dig(8), "CLI-" + dig(7)]), "ticket": lambda: "INC-%s-%s" % (y, dig(6)),
               "contract": lambda: "CT-" + dig(9), "invoice": lambda: ch(["FT26/" + dig(7), "F-2026-" + dig(6), "TV" + dig(10)]),
               "order": lambda: "PED" + dig(8), "port": lambda: "PTB-" + dig(10), "appt": lambda: "CITA-" + dig(5),
               "ot": lambda: "OT-" + dig(7), "consumer": lambda: ch(["HR-2026-%s" % dig(6), "OMIC/2026/%s" % dig(4), "JAC-28-2026-%s" % dig(5)])},
        "MX": {"cust": lambda: "CTA-" + dig(8), "ticket": lambda: "FOL-" + dig(7), "contract": lambda: "CTO-MX-" + dig(7),
               "invoice": lambda: ch(["A-" + dig(6), "FAC-" + dig(7)]), "order": lambda: "PED-MX-" + dig(6),
               "port": lambda: "PORT" + dig(8), "appt": lambda: "CITA-MX-" + dig(5), "ot": lambda: "OS-" + dig(7),
               "consumer": lambda: ch(["PFC-%s-2026-%s" % (ch(["CDMX", "QRO", "GDL", "MTY", "PUE"]), dig(5)), "PFC/%s/2026" % dig(5)])},
        "CO": {"cust": lambda: ch(["80" + dig(8), "CTA" + dig(9)]), "ticket": lambda: "4436-26-" + dig(10),
               "contract": lambda: "CTR-" + dig(8), "invoice": lambda: "FE-" + dig(7), "order": lambda: "PED-" + dig(8),
               "port": lambda: "SP-" + dig(9), "appt": lambda: "AG-" + dig(6), "ot": lambda: "OT" + dig(8),
               "consumer": lambda: "26-" + dig(6)},
        "AR": {"cust": lambda: "NC-" + dig(8), "ticket": lambda: "R-" + dig(8), "contract": lambda: "SOL-" + dig(7),
               "invoice": lambda: "%04d-%s" % (rng.randint(1, 12), dig(8)), "order": lambda: "ORD-" + dig(7),
               "port": lambda: "PORT-AR-" + dig(7), "appt": lambda: "TUR-" + dig(6), "ot": lambda: "OT-" + dig(6),
               "consumer": lambda: "EX-2026-%s-GCABA-DGDYPC" % dig(8)},
        "DO": {"cust": lambda: dig(9), "ticket": lambda: "TKT-" + dig(7), "contract": lambda: "CTR-RD-" + dig(6),
               "invoice": lambda: "B01" + dig(8), "order": lambda: "ORD-" + dig(6), "port": lambda: "PN-" + dig(8),
               "appt": lambda: "CITA-" + dig(5), "ot": lambda: "OT-" + dig(6), "consumer": lambda: "PC-2026-" + dig(5)},
        "PE": {"cust": lambda: dig(9), "ticket": lambda: "R-2026-" + dig(7), "contract": lambda: "CT-" + dig(8),
               "invoice": lambda: ch(["F001-", "B002-", "F003-"]) + dig(8), "order": lambda: "PED-" + dig(7),
               "port": lambda: "SPP-" + dig(8), "appt": lambda: "VT-" + dig(6), "ot": lambda: "OT" + dig(7),
               "consumer": lambda: ch(["0%s-2026/TRASU/ST-RA" % dig(5), "HR-%s-2026" % dig(6)])},
        "VE": {"cust": lambda: dig(8), "ticket": lambda: "CASO-" + dig(6), "contract": lambda: "CONT-" + dig(7),
               "invoice": lambda: "00" + dig(7), "order": lambda: "ORD-" + dig(6), "port": lambda: "SOL-" + dig(7),
               "appt": lambda: "CITA-" + dig(5), "ot": lambda: "OT-" + dig(6), "consumer": lambda: "SUNDDE-2026-" + dig(5)},
    }
    return F[cc][kind]()


class Ctx:
    """Country context for the Spanish half."""

    def __init__(self, cc):
        self.cc = cc
        self.op_full, self.op, self.dom = ch(OPERATORS[cc])

    def culture(self, local=False):
        p, imm = IMMIG_CULT[self.cc]
        if not local and chance(p):
            return ch(imm)
        return ch(LOCAL_CULT[self.cc])

    def person(self, female=None, local=False):
        return make_person(self.culture(local), female)

    def phone(self, mobile=True):
        return {"ES": phone_es, "MX": phone_mx, "CO": phone_co, "AR": phone_ar, "DO": phone_do, "PE": phone_pe,
                "VE": phone_ve}[self.cc](mobile)

    def cphone(self):
        return COMPANY_PHONE[self.cc]()

    def address(self, caps=False):
        if self.cc == "ES":
            return addr_es(caps=caps)
        return {"MX": addr_mx, "CO": addr_co, "AR": addr_ar, "DO": addr_do, "PE": addr_pe, "VE": addr_ve}[self.cc](caps)

    def email(self, p):
        return email_for(p, self.cc)

    def staff_email(self, p):
        return staff_email(p, self.dom)

    def ref(self, kind):
        return _idref(self.cc, kind)

    def nid(self, p):
        """(label word, value, kind) of a person's ID appropriate to the country and person."""
        cc, cu = self.cc, p.culture
        if cc == "ES":
            if cu in ("es", "cat", "eus", "gal"):
                return ("DNI", gen_dni(), "dni")
            return ("NIE", gen_nie(), "nie")
        if cc == "MX":
            return ("CURP", gen_curp(p), "curp")
        if cc == "CO":
            if cu == "ve":
                n = rng.randint(100000, 1999999)
                return ("C.E.", ch(["{:,}".format(n).replace(",", "."), str(n)]), "ce_co")
            n = rng.randint(1000000000, 1100999999) if chance(0.5) else rng.randint(10000000, 99999999)
            return ("C.C.", ch(["{:,}".format(n).replace(",", "."), str(n)]), "cc_co")
        if cc == "AR":
            cuil = gen_cuil(p.female)
            if chance(0.45):
                return ("CUIL", cuil, "cuil")
            n = int(cuil[3:11])
            return ("DNI", ch(["{:,}".format(n).replace(",", "."), str(n)]), "dni_ar")
        if cc == "DO":
            if cu == "ht":
                return ("pasaporte", ch(UPPER) + ch(UPPER) + dig(7), "passport")
            return ("cédula", gen_cedula_do(), "ced_do")
        if cc == "PE":
            if cu == "ve":
                return ("C.E.", "00" + dig(7), "ce_pe")
            return ("DNI", nzdig(8), "dni_pe")
        if cc == "VE":
            if cu == "co":
                n = rng.randint(81000000, 84999999)
                letter = "E"
            else:
                n = rng.randint(5000000, 31999999)
                letter = "V"
            num = "{:,}".format(n).replace(",", ".")
            return ("C.I.", ch(["%s-%s" % (letter, num), "%s%d" % (letter, n), "%s-%d" % (letter, n)]), "ci_ve")
        raise ValueError(cc)

    def consumer_body(self, town=None):
        x = ch(CONSUMER[self.cc])
        if "%s" in x:
            x = x % (town or ch(["Getafe", "Zaragoza", "Alcorcón", "Sevilla", "Vigo", "Bilbao", "Murcia", "Valladolid"]))
        return x


# --- English half: hotels, B&Bs and holiday parks ---------------------------------
HOTELS = {
    "UK": [("The Harbour View Hotel", "harbourviewwhitby.co.uk", "12 Pier Road, Whitby YO21 3PU", "Coastline Leisure Ltd"),
           ("Glenmorran House B&B", "glenmorranhouse.co.uk", "7 Corran Esplanade, Oban PA34 5AQ", None),
           ("Seacliff Holiday Park", "seacliffparks.co.uk", "Watergate Road, Newquay TR7 3LX", "Coastline Leisure Ltd"),
           ("The Old Rectory Inn", "oldrectoryinn.co.uk", "Borrowdale Road, Keswick CA12 5DE", None),
           ("Kingsmead Hotel & Spa", "kingsmeadhotel.com", "41 Kings Road, Harrogate HG1 5JX", "Heatherlea Hotels Ltd"),
           ("The Fisherman's Rest", "fishermansrest-tenby.co.uk", "3 Crackwell Street, Tenby SA70 7HA", None),
           ("Penmorvah Holiday Park", "penmorvah.co.uk", "Trevarrack Lane, Gulval, Penzance TR18 3AA", "Coastline Leisure Ltd"),
           ("Ravensworth Arms", "ravensworth-arms.co.uk", "26 Bootham, York YO30 7BZ", "Heatherlea Hotels Ltd"),
           ("Portree Bay Guest House", "portreebay.scot", "8 Bosville Terrace, Portree IV51 9DG", None)],
    "IE": [("Kilbarron Lodge", "kilbarronlodge.ie", "Muckross Road, Killarney, Co. Kerry V93 K2T8", "Kerrigan Hospitality Group"),
           ("The Seaview B&B", "seaviewdingle.ie", "Strand Street, Dingle, Co. Kerry V92 RX54", None),
           ("Dunmore Strand Hotel", "dunmorestrand.ie", "Strand Road, Dunmore East, Co. Waterford X91 H2E6", "Kerrigan Hospitality Group"),
           ("Ballyhale Manor Hotel", "ballyhalemanor.ie", "Ballyhale, Co. Kilkenny R95 T6C1", None),
           ("Clew Bay Holiday Homes", "clewbayhomes.ie", "The Quay, Westport, Co. Mayo F28 YW30", None),
           ("The Claddagh Arms Hotel", "claddagharms.ie", "14 Dominick Street Lower, Galway H91 X0A2", "Kerrigan Hospitality Group"),
           ("Ardnagashel House", "ardnagashel.ie", "Ardnagashel, Bantry, Co. Cork P75 AX20", None)],
    "US": [("Pinecrest Lakeside Resort", "pinecrestlakeside.com", "2281 Saranac Ave, Lake Placid, NY 12946", "Lakeview Hospitality LLC"),
           ("The Magnolia Inn", "magnoliainnsavannah.com", "118 E Gaston St, Savannah, GA 31401", None),
           ("Harborlight Motor Lodge", "harborlightlodge.com", "75 Eden St, Bar Harbor, ME 04609", None),
           ("Bluff Creek RV & Cabin Park", "bluffcreekpark.com", "3150 Parkway, Pigeon Forge, TN 37863", "Lakeview Hospitality LLC"),
           ("Seabreeze Suites", "seabreezesuitesmb.com", "2100 N Ocean Blvd, Myrtle Beach, SC 29577", "Grand Strand Lodging Inc."),
           ("Cedar Hollow Bed & Breakfast", "cedarhollowbnb.com", "47 Cumberland Cir, Asheville, NC 28801", None),
           ("The Driftwood Inn & Cottages", "driftwoodcapecod.com", "409 Route 6A, East Sandwich, MA 02537", None)],
}
OTAS = ["Booking.com", "Expedia", "Airbnb", "Hotels.com", "Vrbo", "Trip.com"]
REVIEW_SITES = ["Tripadvisor", "Booking.com", "Expedia"]
EN_SUPPLIERS = {"UK": ["Clydeside Linen Services Ltd", "Brakes", "Bidfood", "Rentokil", "Bunzl", "Screwfix", "Johnsons Stalbridge Linen"],
                "IE": ["Musgrave MarketPlace", "Celtic Linen", "Rentokil", "Pallas Foods", "Woodies", "Lyons Laundry Services Ltd"],
                "US": ["Sysco", "Cintas", "US Foods", "Orkin", "Home Depot", "Aramark"]}
EN_PUBLIC = {"UK": ["HMRC", "Police Scotland", "Devon and Cornwall Police", "North Yorkshire Police", "Cornwall Council", "Highland Council",
                    "Health and Safety Executive", "NHS 24", "Royal Cornwall Hospitals NHS Trust", "Harrogate and District NHS Foundation Trust",
                    "Scottish Ambulance Service", "Yorkshire Ambulance Service", "Environmental Health"],
             "IE": ["An Garda Síochána", "Revenue", "Kerry County Council", "Health and Safety Authority", "Fáilte Ireland",
                    "University Hospital Kerry", "University Hospital Galway", "HSE", "National Ambulance Service"],
             "US": ["Essex County Sheriff's Office", "Horry County Fire Rescue", "Sevier County Sheriff's Office", "OSHA",
                    "Maine Medical Center", "Mission Hospital", "Adirondack Medical Center", "Savannah Police Department"]}
EN_INSURERS = {"UK": ["Aviva", "Zurich Insurance", "Allianz", "Hiscox", "NFU Mutual"],
               "IE": ["FBD Insurance", "Aviva", "Allianz", "Zurich Insurance"],
               "US": ["State Farm", "Travelers", "Liberty Mutual", "The Hartford"]}
EN_BANKS = {"UK": ["Barclays", "NatWest", "Lloyds Bank", "HSBC", "Monzo", "Starling Bank", "Santander UK"],
            "IE": ["Bank of Ireland", "AIB", "PTSB", "Revolut"],
            "US": ["Chase", "Wells Fargo", "Bank of America", "TD Bank"]}
EN_COURIERS = {"UK": ["Royal Mail", "DPD", "Evri", "Parcelforce"], "IE": ["An Post", "DPD Ireland", "Fastway"],
               "US": ["USPS", "FedEx", "UPS"]}
EN_PROCESSORS = ["Stripe", "Worldpay", "Elavon", "Adyen", "Square", "Global Payments"]
TOUR_OPS = ["Emerald Isle Coach Tours Ltd", "Jade Dragon Travel", "Wawel Tours Sp. z o.o.", "Hanbit Travel Co., Ltd.",
            "Manila Bayside Travel & Tours Inc.", "Viagens Sol Nascente Ltda.", "Lagos Heritage Choir", "St Brigid's GAA Club",
            "University of Leeds Alumni Office", "Kerala Blue Holidays Pvt Ltd", "Highland Heritage Coaches", "Golden Harp Tours",
            "Keystone Senior Travel Club", "Seoul Leaders Exchange Programme"]
EN_EMPLOYERS = ["Kingfisher Analytics Ltd", "Dunmore Engineering", "Aldgate Legal LLP", "Harlow & Finch Solicitors",
                "Brightwater Pharma plc", "Northgate Civil Contractors", "Peregrine Software Inc.", "Ashdown Surveyors LLP",
                "Corrib Medical Devices", "Bluewater Logistics Ltd", "Tamarind Consulting", "Ferncliffe Architects",
                "Atlantic Wind Services Ltd", "Stoneybrook Accounting LLC", "Mercer Lane Events"]
STAFF_AGENCIES = {"UK": ["Premier Hospitality Staffing Ltd", "Coastal Recruitment", "Blue Arrow"],
                  "IE": ["Hospitality Jobs Ireland", "Ocean Staffing Ltd", "Grafton Recruitment"],
                  "US": ["Aramark Staffing", "PeopleReady", "Lakeside Temps LLC"]}
NAT_NAME = {"GB": "British", "IE": "Irish", "US": "American", "PL": "Polish", "NG": "Nigerian", "IN": "Indian",
            "PH": "Filipino", "HK": "Chinese (HK)", "CN": "Chinese", "KR": "South Korean", "BR": "Brazilian",
            "ES": "Spanish", "MX": "Mexican"}
NAT_CULT = {"GB": ["gb", "gb", "gb", "sc", "wal"], "IE": ["ie"], "US": ["us"], "PL": ["pl"], "NG": ["ng"], "IN": ["in"],
            "PH": ["ph"], "HK": ["hk"], "CN": ["cn"], "KR": ["kr"], "BR": ["br"], "ES": ["es", "cat", "eus"], "MX": ["mx"]}
STAFF_CULT = {"UK": ["gb", "gb", "gb", "sc", "wal", "pl", "pl", "ph", "ng", "in", "ro", "ie", "es", "br", "hk"],
              "IE": ["ie", "ie", "ie", "ie", "pl", "pl", "br", "ph", "ng", "in", "ro", "es", "ua"],
              "US": ["us", "us", "us", "us", "us", "mx", "ph", "kr", "ie", "pl", "ng", "cn", "in", "br"]}
GUEST_NATS = {"UK": ["GB", "GB", "GB", "GB", "IE", "US", "PL", "NG", "IN", "HK", "CN", "KR", "BR", "ES", "PH"],
              "IE": ["IE", "IE", "IE", "GB", "GB", "US", "US", "PL", "BR", "IN", "HK", "KR", "ES", "NG"],
              "US": ["US", "US", "US", "US", "US", "GB", "IE", "MX", "IN", "KR", "CN", "PH", "BR"]}


def hotel_prefix(name):
    words = [w for w in re.split(r"[\s&]+", name) if w and w not in ("The", "B&B", "&", "and", "at")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()[:3]


class RCtx:
    """Region context for the English half."""

    def __init__(self, region):
        self.region = region
        self.hotel, self.dom, self.haddr, self.parent = ch(HOTELS[region])
        self.pref = hotel_prefix(self.hotel)

    def guest(self, nat=None, female=None):
        nat = nat or ch(GUEST_NATS[self.region])
        p = make_person(ch(NAT_CULT[nat]), female)
        p.nat = nat
        return p

    def staff(self, female=None):
        p = make_person(ch(STAFF_CULT[self.region]), female)
        p.nat = None
        return p

    def phone(self, mobile=True, p=None):
        nat = getattr(p, "nat", None) if p is not None else None
        home = {"UK": "GB", "IE": "IE", "US": "US"}[self.region]
        local = {"UK": phone_uk, "IE": phone_ie, "US": phone_us}[self.region]
        if nat is None or nat == home:
            return local(mobile)
        if nat in ("GB", "IE", "US"):
            return {"GB": phone_uk, "IE": phone_ie, "US": phone_us}[nat](True)
        if chance(0.8):
            return phone_foreign(nat)
        return local(True)

    def hphone(self):
        return {"UK": phone_uk, "IE": phone_ie, "US": phone_us}[self.region](False)

    def address(self, p=None, caps=False):
        nat = getattr(p, "nat", None) if p is not None else None
        home = {"UK": "GB", "IE": "IE", "US": "US"}[self.region]
        if nat is None or nat == home:
            return {"UK": addr_uk, "IE": addr_ie, "US": addr_us}[self.region](caps)
        if nat in ("GB", "IE", "US"):
            return {"GB": addr_uk, "IE": addr_ie, "US": addr_us}[nat](caps)
        a = addr_foreign(nat)
        return a.upper() if caps else a

    def email(self, p):
        nat = getattr(p, "nat", None)
        reg = {"GB": "UK"}.get(nat, nat) if nat else self.region
        return email_for(p, reg if reg in PERSONAL_DOMAINS else self.region)

    def semail(self, p):
        return staff_email(p, self.dom)

    def booking(self):
        return "%s-%s" % (self.pref, dig(5))

    def ota_ref(self, ota):
        if ota == "Booking.com":
            return nzdig(10)
        if ota == "Expedia" or ota == "Hotels.com":
            return nzdig(13)
        if ota in ("Airbnb", "Vrbo"):
            return "HM" + "".join(ch("ABCDEFGHJKMNPQRSTWXYZ23456789") for _ in range(8))
        return nzdig(16)

    def nat_id(self, p):
        """an identity number for a guest/staff member: passport for foreigners, national scheme for locals."""
        nat = getattr(p, "nat", None) or {"UK": "GB", "IE": "IE", "US": "US"}[self.region]
        return ("passport", gen_passport(nat), "passport")


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ES_DOW = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Day:
    def __init__(self, m=None, d=None):
        self.m = m or rng.randint(1, 11)
        self.d = d or rng.randint(1, 28)
        self.dt = datetime.date(2026, self.m, self.d)

    def plus(self, n):
        x = self.dt + datetime.timedelta(days=n)
        dd = Day(x.month if x.year == 2026 else 12, x.day if x.year == 2026 else 28)
        return dd

    @property
    def dmy(self):
        return "%02d/%02d/2026" % (self.d, self.m)

    @property
    def dmy2(self):
        return "%02d/%02d/26" % (self.d, self.m)

    @property
    def mdy2(self):
        return "%d/%d/26" % (self.m, self.d)

    @property
    def iso(self):
        return "2026-%02d-%02d" % (self.m, self.d)

    @property
    def es_long(self):
        return "%d de %s de 2026" % (self.d, ES_MONTHS[self.m - 1])

    @property
    def es_dow(self):
        return ES_DOW[self.dt.weekday()]

    @property
    def en_long(self):
        return "%d %s 2026" % (self.d, EN_MONTHS[self.m - 1])

    @property
    def us_long(self):
        return "%s %d, 2026" % (EN_MONTHS[self.m - 1], self.d)

    @property
    def en_dow(self):
        return EN_DOW[self.dt.weekday()]

    @property
    def en_short(self):
        return "%s %d %s" % (EN_DOW[self.dt.weekday()][:3], self.d, EN_MONTHS[self.m - 1][:3])


def hm():
    return "%02d:%02d" % (rng.randint(7, 21), rng.randint(0, 59))


def hms():
    return "%02d:%02d:%02d" % (rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59))


# ---------------------------------------------------------------------------
# Spanish half: telecom operator customer support and reseller shop network
# ---------------------------------------------------------------------------
def tt(p):
    if p.culture in ("es", "cat", "eus", "gal"):
        return ch(["Sra. ", "Dña. ", "Doña ", "Sra. "]) if p.female else ch(["Sr. ", "D. ", "Don ", "Sr. "])
    return ch(["Sra. ", "Sra. ", "Doña "]) if p.female else ch(["Sr. ", "Sr. ", "Don "])


def kin(p, kind, female=None):
    """a relative of p: siblings, children and parents share p's first surname"""
    q = make_person(p.culture, female)
    if kind in ("sibling", "child", "parent", "nephew"):
        if p.culture in HISPANIC and len(p.sur) > 1:
            q.sur = [p.sur[0], p.sur[1]] if kind == "sibling" else [p.sur[0]] + q.sur[1:]
        else:
            q.sur = list(p.sur)
    return q



REL_ES = {"parent": ("padre", "madre"), "mom": ("papá", "mamá"), "spouse": ("esposo", "esposa"), "child": ("hijo", "hija"),
          "sibling": ("hermano", "hermana"), "inlaw": ("suegro", "suegra"), "cousin": ("primo", "prima"),
          "uncle": ("tío", "tía"), "neighbour": ("vecino", "vecina"), "bil": ("cuñado", "cuñada"),
          "grand": ("abuelo", "abuela"), "nephew": ("sobrino", "sobrina"), "partner": ("pareja", "pareja")}


def rel_es(p, *kinds):
    return REL_ES[ch(list(kinds))][1 if p.female else 0]


def el_ella(p):
    return "ella" if p.female else "él"


OKAY = {"ES": "Vale", "MX": "Órale, está bien", "CO": "Listo", "AR": "Dale", "DO": "Ok, perfecto", "PE": "Ya, está bien",
        "VE": "Ok, perfecto"}
CURRENCY = {"ES": "29,90 €", "MX": "$549.00 MXN", "CO": "$ 89.900", "AR": "$ 18.450", "DO": "RD$ 1,850.00", "PE": "S/ 79.90",
            "VE": "Bs. 612,40"}

def usted(cx, vos, ustedes):
    return vos if cx.cc == "ES" else ustedes


def es_ticket_email(cx):
    d = Doc("es")
    cu, ag, rel = cx.person(), cx.person(local=True), cx.person()
    ticket, appt, cno = cx.ref("ticket"), cx.ref("appt"), cx.ref("cust")
    sub = ch(SUBCON[cx.cc])
    day = Day()
    prev = day.plus(-3)
    relk = ch(["partner", "parent", "sibling", "bil", "inlaw", "uncle", "spouse"])
    rel = kin(cu, relk)
    relw = rel_es(rel, relk)
    w, idv, kind = cx.nid(rel)
    d.line("De: ", P(cu.full), " <", E(cx.email(cu)), ">")
    d.line("Para: ", E(ch(["atencion.cliente@", "soporte@", "incidencias@", "clientes@"]) + cx.dom))
    d.line("Asunto: RE: Incidencia ", C(ticket), " - ", ch(["sin servicio de fibra", "internet se corta cada hora",
                                                             "no funciona el fijo", "router sin luz de PON", "sigo sin línea"]))
    d.line("Fecha: ", day.es_dow, ", ", day.es_long, " ", hm())
    d.line()
    d.line(ch(["Hola ", "Buenas tardes, ", "Buenos días "]), P(ag.call), ",")
    d.line()
    d.add("Sigo igual desde el ", prev.es_dow, ". El técnico de ", O(sub), " no se presentó a la cita ", C(appt),
          " y nadie me avisó. ")
    d.line(ch(["Estuve toda la mañana esperando.", "Pedí el día libre en el trabajo para nada.",
               "Mi hija tenía clases en línea y se quedó sin conexión.", "Ya es la segunda vez que pasa."]))
    d.add(usted(cx, "Os recuerdo", "Les recuerdo"), " los datos: número de cliente ", C(cno), "; el contrato está a nombre de mi ",
          relw, ", ", P(rel.full), ", ", w, " ", N(idv, kind), ". ")
    d.line("La dirección de instalación es ", A(cx.address()), ".")
    if chance(0.5):
        d.line(usted(cx, "Podéis", "Pueden"), " llamarme al ", T(cx.phone()), " o al fijo ", T(cx.phone(False)),
               " a partir de las ", ch(["15:00", "16:30", "18:00"]), ".")
    else:
        d.line(usted(cx, "Podéis", "Pueden"), " llamarme al ", T(cx.phone()), " a cualquier hora.")
    if chance(0.5):
        d.line("Si no me lo solucionan esta semana pondré una reclamación en ", O(cx.consumer_body()), ".")
    d.line()
    d.line(ch(["Un saludo,", "Saludos,", "Gracias,"]))
    d.line(P(cu.call))
    d.line()
    d.line("El ", prev.es_dow, ", ", prev.dmy, " a las ", hm(), ", ", P(ag.full), " <", E(cx.staff_email(ag)), "> escribió:")
    d.line("> ", "Estimada " if cu.female else "Estimado ", tt(cu), P(cu.last), ":")
    d.line(">")
    d.line("> Hemos registrado su incidencia con el número ", C(ticket), " y hemos programado la visita de un técnico")
    d.line("> para el ", day.plus(-1).dmy, " en horario de mañana. Si necesita modificar la cita, responda a este correo.")
    d.line(">")
    d.line("> Atentamente,")
    d.line("> ", P(ag.full))
    d.line("> Departamento de Atención al Cliente | ", O(cx.op_full))
    d.line("> Tel. ", T(cx.cphone()), " | www.", cx.dom)
    return d


def es_port_form(cx):
    d = Doc("es")
    cu, aut, sel = cx.person(), cx.person(), cx.person(local=True)
    shop, port = ch(SHOPS[cx.cc]), cx.ref("port")
    w, idv, kind = cx.nid(cu)
    w2, idv2, k2 = cx.nid(aut)
    day = Day()
    d.line("SOLICITUD DE PORTABILIDAD ", ch(["MÓVIL", "NUMÉRICA", "DE NÚMERO MÓVIL"]), " – ", O(cx.op_full.upper()))
    d.line("Nº DE SOLICITUD: ", C(port), "          FECHA: ", day.dmy)
    d.line("PUNTO DE VENTA: ", O(shop.upper()))
    d.line()
    d.line("1. DATOS DEL TITULAR")
    d.line("NOMBRE Y APELLIDOS: ", P(cu.full.upper()))
    d.line("TIPO DE DOCUMENTO: ", w.upper(), "      NÚMERO: ", N(idv, kind))
    d.line("FECHA DE NACIMIENTO: %02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)))
    d.line("DOMICILIO: ", A(cx.address(caps=True)))
    d.line("TELÉFONO DE CONTACTO: ", T(cx.phone()))
    d.line("CORREO ELECTRÓNICO: ", E(cx.email(cu)))
    d.line()
    d.line("2. LÍNEAS A PORTAR")
    for i in range(rng.randint(1, 3)):
        d.line("  %d) NÚMERO: " % (i + 1), T(cx.phone()), "   OPERADOR DONANTE: ", O(ch(DONORS[cx.cc]).upper()),
               "   MODALIDAD: ", ch(["PREPAGO", "POSPAGO", "CONTRATO"]))
    d.line()
    d.line("3. FORMA DE PAGO")
    if cx.cc in ("ES", "DO"):
        d.line("DOMICILIACIÓN BANCARIA – IBAN: ", I(gen_iban(cx.cc)), "   ENTIDAD: ", O(ch(BANKS[cx.cc]).upper()))
    else:
        d.line("PAGO EN TIENDA / TARJETA TERMINADA EN ", dig(4), " (", ch(["VISA", "MASTERCARD"]), ")")
    d.line()
    d.line("4. PERSONA AUTORIZADA PARA RECOGER LA SIM: ", P(aut.full.upper()), " – ", w2.upper(), " ", N(idv2, k2))
    d.line()
    d.line("ATENDIDO POR: ", P(sel.short.upper()), "      FIRMA DEL TITULAR: ________________")
    d.line("EL TITULAR DECLARA QUE LOS DATOS SON CIERTOS Y AUTORIZA A ", O(cx.op.upper()),
           " A TRAMITAR LA BAJA EN EL OPERADOR DONANTE.")
    d.line("Puede ejercer sus derechos de protección de datos escribiendo a ", E("privacidad@" + cx.dom), ".")
    return d


def es_sms_log(cx):
    d = Doc("es")
    cu, tech, sis = cx.person(), cx.person(local=True), cx.person()
    ph, tph, sph = cx.phone(), cx.phone(), cx.phone()
    appt, order, inv, cno = cx.ref("appt"), cx.ref("order"), cx.ref("invoice"), cx.ref("cust")
    courier = ch(COURIERS[cx.cc])
    day = Day()
    relw = rel_es(sis, "sibling", "neighbour", "inlaw", "cousin", "bil")
    d.line("Registro de SMS – plataforma de notificaciones de ", O(cx.op), " – exportado por ", P(cx.person(local=True).handle))
    d.line("Cliente: ", P(cu.full), " | Línea: ", T(ph), " | Cuenta: ", C(cno))
    d.line("fecha       hora      sentido  texto")
    d.line(day.iso, "  09:14:03  SAL  \"Hola ", P(cu.call), ", tu pedido ", C(order), " ha salido con ", O(courier),
           ". Entrega prevista el ", day.plus(1).dmy, ".\"")
    d.line(day.plus(1).iso, "  18:02:44  SAL  \"Tu cita de instalación ", C(appt), " es el ", day.plus(3).dmy,
           " entre 9:00 y 13:00. Técnico asignado: ", P(tech.short), ", tel. ", T(tph), ". Para cambiarla responde CAMBIO.\"")
    d.line(day.plus(2).iso, "  21:37:10  ENT  \"CAMBIO. no voy a estar, puede atender mi ", relw, " ",
           P(sis.call.lower() if chance(0.4) else sis.call), "? su cel es ", T(sph), "\"")
    d.line(day.plus(2).iso, "  21:37:52  SAL  \"Hemos registrado que atenderá la visita ", P(sis.full),
           ". Deberá mostrar su documento de identidad al técnico.\"")
    if chance(0.6):
        d.line(day.plus(9).iso, "  08:00:31  SAL  \"Tu factura ", C(inv), " de ", ES_MONTHS[day.m % 12],
               " ya está disponible. Importe: ", CURRENCY[cx.cc], ".\"")
    d.line(day.plus(10).iso, "  12:45:09  SAL  \"Del 1 al 10, ¿cómo valoras la visita de ", P(tech.call), "? Responde con un número.\"")
    d.line(day.plus(10).iso, "  13:01:57  ENT  \"", ch(["9 muy amable el muchacho", "10", "5, llegó tarde",
                                                        "8 pero dejó cables por el suelo", "7"]), "\"")
    return d


def es_wa_android(cx):
    d = Doc("es")
    co, te, hp = cx.person(local=True), cx.person(local=True), cx.person(local=True)
    c1, c2, nb = cx.person(), cx.person(), cx.person(female=True)
    sp1 = make_person(c1.culture, female=not c1.female)
    ot1, ot2 = cx.ref("ot"), cx.ref("ot")
    w, idv, kind = cx.nid(sp1)
    dd = Day().dmy2
    ok = {"ES": "Adelante, procede", "MX": "Adelante, instálale", "CO": "Listo, dale", "AR": "Dale nomás",
          "DO": "Dale, tranquilo", "PE": "Ya, procede nomás", "VE": "Dale pues, instala"}[cx.cc]
    grp = ch(["Cuadrilla Norte", "Técnicos Zona Sur", "Instalaciones FTTH", "Equipo Oeste"])
    tsend = [P(te.call), " Técnico"] if chance(0.5) else [P(te.short)]
    coname = ch([co.short, co.call + " Coord"]) 
    cs = P(co.short) if " Coord" not in coname else [P(co.call), " Coord"]
    d.line(dd, ", 07:58 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.")
    d.line(dd, ", 07:58 - ", cs, " creó el grupo \"", grp, "\"")
    d.line(dd, ", 08:15 - ", cs, ": Buen día ", P(te.call), ", te paso la primera OT de hoy")
    d.line(dd, ", 08:15 - ", cs, ": OT ", C(ot1), " · ", P(c1.full), " · ", A(cx.address()), " · tel ", T(cx.phone()))
    if chance(0.5):
        d.line(dd, ", 08:31 - ", tsend, ": Recibido 👍 voy con ", P(hp.call))
    else:
        d.line(dd, ", 08:31 - ", tsend, ": Recibido 👍")
    d.line(dd, ", 09:47 - ", tsend, ": Llegamos. ", "La señora " if c1.female else "El señor ", P(c1.last),
           " dice que el contrato lo firmó su ", rel_es(sp1, "spouse"), " ", P(sp1.given.split()[0]), ", no le sale en el sistema?")
    d.line(dd, ", 09:49 - ", cs, ": Sí, titular ", P(sp1.full), ", ", w, " ", N(idv, kind), ". ", ok)
    if chance(0.5):
        d.line(dd, ", 10:30 - ", tsend, ": <Multimedia omitido>")
    d.line(dd, ", 10:31 - ", tsend, ": ONT instalada, potencia -19.8 dBm, router ZTE ok. ",
           ch(["Pide que la factura le llegue a ", "Quiere la factura electrónica en "]), E(cx.email(c1)))
    if chance(0.45):
        d.line(dd, ", 11:02 - ", cs, ": Anotado. Siguiente: OT ", C(ot2), " en ", A(cx.address()), ", preguntar por ",
               P(c2.call), " (", T(cx.phone()), "). Ojo que hay perro")
        if chance(0.6):
            newnum = cx.phone()
            d.line(dd, ", 11:40 - ", cs, " añadió a ", T(newnum))
            d.line(dd, ", 11:42 - ", T(newnum), ": Buenas, soy ", P(nb.call), ", vecina de ", P(c2.call), ". ",
                   el_ella(c2).capitalize(), " salió al médico, me dejó la llave, vengan nomás")
        d.line(dd, ", 13:05 - ", tsend, ": Cerrada. Quería otro punto de acceso en el cuarto de la hija, le dije que llame al ",
               T(cx.cphone()))
    else:
        d.line(dd, ", 11:02 - ", cs, ": Anotado. Después del almuerzo pasá por el almacén a buscar rosetas, que se acabaron" if cx.cc == "AR"
               else ": Anotado. Después del almuerzo pasa por el almacén a buscar rosetas, que se acabaron")
        d.line(dd, ", 11:05 - ", tsend, ": Ok. La camioneta hace un ruido raro, avisa a mantenimiento")
    d.line(dd, ", 13:06 - ", cs, ": ", ch(["👍", "Gracias crack", "Perfecto, buen trabajo"]))
    return d


def es_wa_ios(cx):
    d = Doc("es")
    am, own, c, partner = cx.person(local=True), cx.person(), cx.person(), cx.person()
    son = make_person(c.culture, female=False)
    son.sur = list(c.sur) if c.culture not in HISPANIC else [c.sur[0]] + son.sur[1:]
    shop, shop2 = pick(SHOPS[cx.cc], 2)
    w, idv, kind = cx.nid(c)
    contract, ticket = cx.ref("contract"), cx.ref("ticket")
    day = Day()
    amn, ownn = am.full, own.short

    def L(t, who, *msg):
        d.line("[", day.dmy2, ", ", t, "] ", P(who), ": ", *msg)

    L("09:12:40", amn, "Hola ", P(own.call), ", ¿me mandas los datos de la activación de ayer que salió rechazada?")
    L("09:20:02", ownn, "Claro. Cliente ", P(c.full), ", ", w, " ", N(idv, kind), ", línea ", T(cx.phone()))
    if chance(0.6):
        L("09:20:15", ownn, "Contrato ", C(contract))
    L("09:20:31", ownn, "‎imagen omitida")
    if cx.cc == "ES":
        L("09:31:55", amn, "Riesgos dice que el titular de la cuenta ", I(gen_iban("ES")), " no coincide con el cliente")
    else:
        L("09:31:55", amn, "Riesgos dice que la tarjeta con la que pagó no está a nombre del cliente")
    L("09:33:10", ownn, "Es que paga su hijo ", P(son.call), ". Te paso su correo: ", E(cx.email(son)))
    L("09:40:47", amn, ch(["Vale", "Ok", "Listo", "Dale"]), ", que venga a tienda con el titular. Lo dejo anotado en el ticket ",
      C(ticket), ".")
    L("10:02:13", ownn, "Otra cosa, el local de ", ch(DISTRACT_PLACES[cx.cc]), " lo cierro en ", ch(ES_MONTHS), ". Los clientes los va a atender ",
      P(partner.short), " desde ", O(shop2))
    L("10:05:29", amn, "Perfecto. Mándame la baja del punto de venta a ", E(cx.staff_email(am)), " y lo tramito con ",
      O(cx.op_full))
    if chance(0.5):
        d.line("[", day.dmy2, ", 10:06:30] ", P(ownn), ": ", O(shop), " · ", T(cx.phone(False)))
    else:
        L("10:06:02", ownn, "👍")
    return d


def es_call_transcript(cx):
    d = Doc("es")
    ag, cu, girl = cx.person(local=True), cx.person(), cx.person(female=True, local=True)
    dau = make_person(cu.culture, female=True)
    if cu.culture in HISPANIC and len(cu.sur) > 1:
        dau.sur = [cu.sur[0], dau.sur[-1]]
    else:
        dau.sur = list(cu.sur)
    inv, ticket = cx.ref("invoice"), cx.ref("ticket")
    w, idv, kind = cx.nid(cu)
    bpo = ch(["Konecta", "Atento", "Teleperformance", "Sitel", "Majorel"])
    day = Day()
    d.line("TRANSCRIPCIÓN AUTOMÁTICA – LLAMADA ENTRANTE")
    d.line("Plataforma: ", O(bpo), " para ", O(cx.op_full), " · Cola: FACTURACIÓN")
    d.line("Fecha: ", day.dmy, " ", hms(), " · Duración: 00:0%d:%02d" % (rng.randint(3, 9), rng.randint(0, 59)))
    d.line("Agente: ", P(ag.full), " (usuario ", P(ag.handle), ")")
    d.line()
    d.line("[00:00:02] AGENTE: ", O(cx.op), ", buenas tardes, le atiende ", P(ag.call), ". ¿En qué puedo ayudarle?")
    d.line("[00:00:07] CLIENTE: Hola, buenas. Mire, llamo por la factura ", C(inv), ", me cobraron dos veces el mismo mes.")
    d.line("[00:00:15] AGENTE: Para verificar su identidad, ¿me indica el nombre completo del titular?")
    d.line("[00:00:19] CLIENTE: Sí, ", P(cu.full), ".")
    d.line("[00:00:23] AGENTE: ¿Y el número de ", w, "?")
    d.line("[00:00:26] CLIENTE: ", N(idv, kind), ".")
    d.line("[00:00:40] AGENTE: Perfecto, ", tt(cu), P(cu.last), ". Veo la línea ", T(cx.phone()), " y la fibra en ",
           A(cx.address()), ". ¿Es correcto?")
    d.line("[00:00:49] CLIENTE: Bueno, sí, aunque ahí vive mi hija ", P(dau.call), ". Yo ahora estoy en ",
           ch(DISTRACT_PLACES[cx.cc]), ".")
    d.line("[00:01:30] AGENTE: Efectivamente veo un cargo duplicado. Le abro una reclamación, el número es ", C(ticket), ".")
    d.line("[00:01:41] CLIENTE: ¿Me lo puede mandar por correo? Es ", E(cx.email(cu)), ".")
    d.line("[00:02:05] AGENTE: Claro que sí. La resolución tarda unos diez días hábiles. Si no queda conforme, puede acudir a ",
           O(cx.consumer_body()), ".")
    if chance(0.5):
        d.line("[00:02:15] CLIENTE: ", OKAY[cx.cc], ". Otra cosa: en la tienda ", O(ch(SHOPS[cx.cc])), " me dijeron que esto ya estaba arreglado. La chica que me atendió, ",
               P(girl.call), " creo que se llamaba, me dio este número: ", T(cx.phone()), ".")
    else:
        d.line("[00:02:15] CLIENTE: ", OKAY[cx.cc], ". Otra cosa: en la tienda me dijeron que esto ya estaba arreglado y que no hacía falta llamar.")
    d.line("[00:02:40] AGENTE: Lo dejo anotado en la reclamación. ¿Algo más?")
    d.line("[00:02:44] CLIENTE: No, nada más. Gracias.")
    d.line("[00:02:46] AGENTE: Gracias a usted por llamar a ", O(cx.op), ". Le atendió ", P(ag.call), ". Buenas tardes.")
    return d


CONS_TITLE = {
    "ES": "HOJA DE RECLAMACIÓN – ",
    "MX": "FORMATO DE QUEJA – ",
    "CO": "DENUNCIA POR PROTECCIÓN AL CONSUMIDOR – ",
    "AR": "DENUNCIA EN MATERIA DE CONSUMO – ",
    "DO": "FORMULARIO DE RECLAMACIÓN – ",
    "PE": "RECLAMO ANTE ",
    "VE": "DENUNCIA – ",
}


def es_consumer_form(cx):
    d = Doc("es")
    cu, seller, ag1, ag2, off = cx.person(), cx.person(local=True), cx.person(local=True), cx.person(local=True), cx.person(local=True)
    body = cx.consumer_body()
    shop = ch(SHOPS[cx.cc])
    w, idv, kind = cx.nid(cu)
    contract, inv1, inv2, ticket, ref = cx.ref("contract"), cx.ref("invoice"), cx.ref("invoice"), cx.ref("ticket"), cx.ref("consumer")
    day = Day(m=rng.randint(3, 11))
    d.line(CONS_TITLE[cx.cc], O(body.upper() if chance(0.5) else body))
    d.line(ch(["Expediente Nº: ", "Nº de registro: ", "Radicado: ", "Referencia: "]), C(ref))
    d.line("Fecha de presentación: ", day.dmy)
    d.line()
    d.line("DATOS DEL CONSUMIDOR")
    d.line("Nombre y apellidos: ", P(cu.full))
    d.line(w[0].upper() + w[1:], ": ", N(idv, kind))
    d.line("Domicilio: ", A(cx.address()))
    d.line("Teléfono: ", T(cx.phone()), "    Correo electrónico: ", E(cx.email(cu)))
    d.line()
    d.line("DATOS DEL PROVEEDOR RECLAMADO")
    d.line("Razón social: ", O(cx.op_full))
    d.line("Domicilio: ", A(cx.address()))
    d.line("Establecimiento donde contrató: ", O(shop))
    d.line()
    d.line("HECHOS")
    d.add("El día ", day.plus(-60).es_long, " contraté en el establecimiento ", O(shop), " un paquete de fibra y móvil con el asesor ",
          P(seller.short), " (contrato ", C(contract), "). ")
    d.add("Me ofrecieron un precio promocional durante doce meses, pero en las facturas ", C(inv1), " y ", C(inv2),
          " me cobran la tarifa completa y un decodificador que nunca pedí. ")
    d.add("Llamé varias veces al servicio de atención; me atendieron ", P(ag1.call), " y un tal ", P(ag2.last),
          ", que abrieron la reclamación ", C(ticket), " sin darme ninguna solución. ")
    d.line("Adjunto copia de las facturas y del contrato firmado.")
    d.line()
    d.line("PRETENSIÓN")
    if cx.cc == "ES" and chance(0.7):
        d.line("Que se me reintegren las cantidades cobradas de más en la cuenta ", I(gen_iban("ES")),
               " y se anule el cargo del equipo.")
    else:
        d.line("Que se me reintegren las cantidades cobradas de más y se anule el cargo del equipo.")
    d.line()
    d.line("Firma del consumidor: ", P(cu.short))
    d.line("Recibido por: ", P(off.full), " – ", O(body))
    return d


def es_formal_letter(cx):
    d = Doc("es")
    cu = cx.person()
    w, idv, kind = cx.nid(cu)
    contract, cno, inv = cx.ref("contract"), cx.ref("cust"), cx.ref("invoice")
    day = Day()
    d.line(P(cu.full))
    d.line(A(cx.address()))
    d.line(w[0].upper() + w[1:], " ", N(idv, kind))
    d.line("Tel. ", T(cx.phone()), " · ", E(cx.email(cu)))
    d.line()
    if cx.cc == "CO":
        d.line("Señores")
        d.line(O(cx.op_full))
        d.line("Oficina de Peticiones, Quejas y Reclamos")
        d.line(A(cx.address()))
        d.line()
        d.line(ch(DISTRACT_PLACES["CO"] + ["Bogotá", "Medellín"]), ", ", day.es_long)
        d.line()
        d.line("Ref.: Derecho de petición – contrato ", C(contract))
        d.line()
        d.line("Respetados señores:")
    else:
        d.line("A la atención del Departamento de ", ch(["Bajas", "Atención al Cliente", "Reclamaciones"]))
        d.line(O(cx.op_full))
        d.line(A(cx.address()))
        d.line()
        d.line(ch(DISTRACT_PLACES[cx.cc]), ", a ", day.es_long)
        d.line()
        d.line("Asunto: solicitud de baja del contrato ", C(contract), " y devolución de importes")
        d.line()
        d.line(ch(["Muy señores míos:", "Estimados señores:", "A quien corresponda:"]))
    ph1, ph2 = cx.phone(), cx.phone()
    d.add("Por medio de la presente solicito la baja de todos los servicios asociados al número de cliente ", C(cno),
          ", incluidas las líneas ", T(ph1), " y ", T(ph2), ", con efectos desde la recepción de este escrito. ")
    if cx.cc == "ES":
        d.line("Asimismo, solicito la devolución del importe cobrado indebidamente en la factura ", C(inv),
               " mediante transferencia a la cuenta ", I(gen_iban("ES")), ", de la que soy titular.")
    else:
        d.line("Asimismo, solicito la devolución del importe cobrado indebidamente en la factura ", C(inv),
               " mediante abono en mi cuenta de ", O(ch(BANKS[cx.cc])), ".")
    d.line()
    kk = ch(["spouse", "child", "sibling"])
    rp = kin(cu, kk)
    d.line("El equipo en comodato (router y decodificador) quedará a disposición del técnico que designen; puede coordinar la recogida mi ",
           rel_es(rp, kk), " ", P(rp.full), " en el teléfono ", T(cx.phone()), ".")
    d.line("De no recibir respuesta en el plazo legal, acudiré a ", O(cx.consumer_body()), ".")
    d.line()
    d.line("Atentamente,")
    d.line()
    d.line(P(cu.full))
    d.line(w[0].upper() + w[1:], " ", N(idv, kind))
    return d


def es_visit_notes(cx):
    d = Doc("es")
    te, cu, tit, hp, sup = cx.person(local=True), cx.person(female=True), cx.person(), cx.person(local=True), cx.person(local=True)
    hus = make_person(cu.culture, False)
    ot, inv = cx.ref("ot").lower(), cx.ref("invoice")
    shop = ch(SHOPS[cx.cc])
    low = lambda s: strip_accents(s).lower()
    d.line("notas visita tecnica ", C(ot), " - ", P(low(te.short)))
    d.line("cliente: ", P(low(cu.full)), " (titular segun sistema: ", P(low(tit.full)), ")")
    d.line("dir: ", A(low(cx.address())))
    ph = cx.phone()
    d.line("tel: ", T(ph), " / alt ", T(cx.phone()))
    d.line("- llegue 10:40, no abria nadie. llame al ", T(ph), " y contesto la hija, dijo q la sra ", P(low(cu.last)),
           " estaba en el trabajo")
    d.line("- volvi 12:15, atendio ", P(low(cu.call)), ". cambio de ont, la vieja tenia el pon en rojo. serial nuevo ZTEG",
           "".join(ch("0123456789ABCDEF") for _ in range(8)))
    d.line("- dice q en la tienda ", O(low(shop)), " le prometieron 600 megas y tiene contratado 300, q lo revise comercial")
    d.line("- pide q la proxima vez llamen a su ", ch(["esposo", "marido", "hijo"]), " ", P(low(hus.call)), " al ", T(cx.phone()))
    d.line("- el vecino del ", ch(["2b", "3a", "bajo", "1c"]), " tambien quiere fibra, le deje tarjeta")
    d.line("- dejo firmado el parte. ayudante: ", P(low(hp.call)))
    d.line("prox accion: escalar a ", P(low(sup.call)), " por lo de la factura ", C(inv.lower()), ", cobran router 2 veces")
    return d


def es_shop_csv(cx):
    d = Doc("es")
    day = Day()
    shops = pick(SHOPS[cx.cc], 3)
    shop1 = ch(shops)
    d.line("# export activaciones ", O(cx.op), " – punto de venta: ", O(shop1), " – semana ", str(rng.randint(2, 48)))
    d.line("fecha;vendedor;nombre;apellido1;apellido2;tipo_doc;num_doc;telefono;email;contrato;plan")
    sellers = [cx.person(local=True) for _ in range(3)]
    for i in range(3 if chance(0.75) else 4):
        p = cx.person()
        w, idv, kind = cx.nid(p)
        s = ch(sellers)
        sname = ch([s.call, s.short, s.call + " " + s.sur[0][0] + "."])
        row = [day.plus(i).dmy, ";", P(sname), ";", P(p.given), ";", P(p.sur[0]), ";"]
        if len(p.sur) > 1:
            row += [P(p.sur[1])]
        row += [";", w, ";", N(idv, kind), ";", T(cx.phone()), ";"]
        if chance(0.75):
            row += [E(cx.email(p))]
        row += [";", C(cx.ref("contract")), ";", ch(["FIBRA 600 + MOVIL 50GB", "PREPAGO 15", "POSPAGO ILIMITADO", "FIBRA 300",
                                                      "MOVIL 25GB", "COMBO HOGAR TV"])]
        d.line(*row)
    return d


def es_fraud_chat(cx):
    d = Doc("es")
    a, b, c, v, seller, sup = (cx.person(local=True), cx.person(local=True), cx.person(local=True), cx.person(),
                               cx.person(local=True), cx.person(local=True))
    fake = cx.person()
    shop = ch(SHOPS[cx.cc])
    w, idv, kind = cx.nid(v)
    wf, idf, kf = cx.nid(fake)
    ticket, c1, c2 = cx.ref("ticket"), cx.ref("contract"), cx.ref("contract")
    day = Day()
    d.line("Canal #fraude-duplicados-sim · ", O(cx.op), " · ", day.dmy)
    d.line("[09:02] ", P(a.full), ": buenos días, tenemos otro duplicado de SIM sospechoso tramitado en ", O(shop))
    d.line("[09:03] ", P(a.full), ": titular real ", P(v.full), " (", w, " ", N(idv, kind), "), línea ", T(cx.phone()),
           ". Dice que ayer se quedó sin cobertura y esta mañana le vaciaron la cuenta de ", O(ch(BANKS[cx.cc])))
    d.line("[09:05] ", P(b.full), ": El duplicado lo pidió alguien con ", wf, " ", N(idf, kf), " que corresponde a ",
           P(fake.inv), ", no al titular")
    if chance(0.6):
        d.line("[09:07] ", P(b.full), ": lo tramitó el vendedor ", P(seller.short), " (usuario ", P(seller.handle), ")")
    else:
        d.line("[09:07] ", P(b.full), ": en la tienda dicen que el cliente traía la denuncia de pérdida del móvil, pero no la escanearon")
    d.line("[09:10] ", P(a.full), ": He bloqueado la SIM y abierto el caso ", C(ticket), ". El cliente va a denunciar en ",
           O(ch(POLICE[cx.cc])))
    if cx.cc == "ES":
        d.line("[09:12] ", P(c.full), ": ojo, el IBAN ", I(gen_iban(ch(["ES", "ES", "RO", "PT"]))), " aparece en dos altas más de esta semana")
    else:
        d.line("[09:12] ", P(c.full), ": ojo, el correo ", E(cx.email(fake)), " aparece en dos altas más de esta semana")
    if chance(0.5):
        d.line("[09:15] ", P(b.full), ": contratos ", C(c1), " y ", C(c2), ". Los suspendo")
    if chance(0.6):
        d.line("[09:20] ", P(a.full), ": @", P(c.call), " ¿avisas tú a ", P(sup.call), "? yo llamo a la tienda al ", T(cx.phone(False)))
    else:
        d.line("[09:20] ", P(a.full), ": yo llamo a la tienda")
    if chance(0.5):
        d.line("[09:21] ", P(c.full), ": hecho 👍")
    return d


def es_voicemail(cx):
    d = Doc("es")
    c1, te, c4 = cx.person(), cx.person(local=True), cx.person()
    mom = make_person(c4.culture, True)
    times = sorted(hm() for _ in range(4))
    appt, ot, contract = cx.ref("appt"), cx.ref("ot"), cx.ref("contract")
    sub = ch(SUBCON[cx.cc])
    day = Day()
    ph1, ph2 = cx.phone(), cx.phone()
    d.line("BUZÓN DE VOZ – Coordinación técnica ", O(cx.op), " – transcripción automática (puede contener errores)")
    d.line()
    d.line("Mensaje 1 · ", day.dmy, " ", times[0], " · De: ", T(ph1), " · 0:38")
    d.line("\"Buenas tardes, le habla ", P(c1.full), ", tengo una cita para hoy con el número ", C(appt),
           " y nadie ha venido. Mi dirección es ", A(cx.address()), ". Devuélvame la llamada al ", T(cx.phone()), ", por favor. Gracias.\"")
    d.line()
    d.line("Mensaje 2 · ", day.dmy, " ", times[1], " · De: ", T(ph2), " · 0:21")
    d.line("\"Qué tal, soy ", P(te.call), ", de ", O(sub), ". El cliente de la ", C(ot),
           " no estaba, dejé aviso de visita en la puerta. Llámame cuando puedas.\"")
    d.line()
    d.line("Mensaje 3 · ", day.plus(1).dmy, " ", times[2], " · De: Número privado · 1:05")
    d.line("\"Sí, buenas, llamo de parte de mi ", ch(["mamá", "madre", "abuela"]), ", ", P(mom.full),
           ", que no sabe usar esto. El contrato es el ", C(contract), ". Le cortaron el teléfono fijo y ella vive sola. Mi nombre es ",
           P(c4.call), " y mi celular es el ", T(cx.phone()), ". Ah, y el correo de ella es ", E(cx.email(mom)), ".\"")
    d.line()
    d.line("Mensaje 4 · ", day.plus(1).dmy, " ", times[3], " · De: ", T(ph1), " · 0:12")
    d.line("\"Soy ", P(c1.call), " otra vez. Ya llegó el técnico, olvídelo. Gracias.\"")
    return d


def es_minutes(cx):
    d = Doc("es")
    ps = [cx.person(local=True)] + [cx.person() for _ in range(6)]
    shops = pick(SHOPS[cx.cc], 5)
    cust = cx.person()
    port = cx.ref("port") if cx.cc != "VE" else cx.ref("ticket")
    day = Day()
    zone = ch(["NORTE", "SUR", "CENTRO", "ESTE", "OESTE", "METROPOLITANA"])
    d.line("ACTA DE REUNIÓN – RED DE DISTRIBUIDORES ", O(cx.op.upper()), " – ZONA ", zone)
    d.line("Fecha: ", day.dmy, " · Lugar: ", O(shops[0]), ", ", A(cx.address()))
    d.line()
    d.line("Asistentes:")
    d.line("- ", P(ps[0].full), " (", O(cx.op), ", responsable de canal)")
    d.line("- ", P(ps[1].full), " (", O(shops[0]), ")")
    d.line("- ", P(ps[2].full), " (", O(shops[1]), ")")
    d.line("- ", P(ps[3].initials), " (", O(shops[2]), ")")
    if chance(0.5):
        d.line("Excusan asistencia: ", P(ps[4].full), " (", O(shops[3]), ") y ", P(ps[5].short), ".")
    else:
        d.line("Excusa asistencia: ", P(ps[4].full), " (", O(shops[3]), ").")
    d.line()
    d.line("Orden del día: 1) comisiones de ", ch(ES_MONTHS), "; 2) incidencias de portabilidad; 3) fraude en duplicados de SIM.")
    d.line()
    d.line("1. ", tt(ps[0]).strip(), " ", P(ps[0].last), " informa de que las comisiones se abonarán el día 15. ",
           P(ps[1].call), " pide que se revisen las altas anuladas por impago.")
    d.line("2. ", P(ps[2].call), " expone el caso de un cliente (", P(cust.full), ", solicitud ", C(port),
           ") que lleva diez días sin línea. Se acuerda escalarlo a ", O(ch(REGULATOR[cx.cc]) if chance(0.3) else cx.op_full), " si no se resuelve.")
    if chance(0.6):
        d.line("3. Se recuerda que el contacto de seguridad es ", P(ps[6].full), " (", E(cx.staff_email(ps[6])), ", ", T(cx.phone()), ").")
    else:
        d.line("3. Fraude: se pide revisar con lupa los duplicados de SIM solicitados en fin de semana.")
    d.line()
    d.line("Acuerdos: ", P(ps[3].last) if chance(0.5) else "la responsable de canal", " enviará el listado de altas rechazadas antes del viernes.")
    d.line("Próxima reunión: en ", O(shops[4]), ", a las 10:00.")
    if chance(0.5):
        d.line("Redacta: ", P(ps[1].initials))
    return d


def es_tsv_agenda(cx):
    d = Doc("es")
    sub = ch(SUBCON[cx.cc])
    techs = [cx.person(local=True) for _ in range(3)]
    day = Day()
    d.line("Agenda de instalaciones\t", O(sub), "\tpara ", O(cx.op), "\t", day.dmy)
    d.line("franja\tOT\tcliente\tdirección\tteléfono\ttécnico\tobservaciones")
    for fr in sorted(pick(["08-10", "09-11", "10-12", "11-13", "13-15", "15-17", "16-18", "17-19"], 3 if chance(0.6) else 4)):
        p = cx.person()
        t = ch(techs)
        obs_kind = rng.randrange(6)
        row = [fr, "\t", C(cx.ref("ot")), "\t", P(ch([p.full, p.short, p.inv])), "\t", A(cx.address()), "\t",
               T(cx.phone()), "\t", P(t.call), "\t"]
        if obs_kind == 0:
            row += ["preguntar por ", P(cx.person().call)]
        elif obs_kind == 1:
            row += ["perro suelto, llamar antes"]
        elif obs_kind == 2:
            row += ["edificio sin ascensor; portería cierra a las 14"]
        elif obs_kind == 3:
            row += ["cliente VIP, ", ch(["reclamó en redes", "viene de ", "portado desde "]), O(ch(DONORS[cx.cc]))]
        elif obs_kind == 4:
            row += ["llave en la tienda ", O(ch(SHOPS[cx.cc]))]
        else:
            row += ["-"]
        d.line(*row)
    d.line("Coordinación: ", P(cx.person(local=True).short), " · ", T(cx.phone()))
    return d


def es_staff_onboarding(cx):
    d = Doc("es")
    emp, mgr = cx.person(), cx.person(local=True)
    ekind = ch(["parent", "partner", "sibling", "uncle"])
    emer = kin(emp, ekind)
    shop = ch(SHOPS[cx.cc])
    w, idv, kind = cx.nid(emp)
    day = Day()
    d.line("FICHA DE ALTA DE PERSONAL – ", O(shop))
    d.line("Distribuidor autorizado de ", O(cx.op_full))
    d.line()
    d.line("Nombre: ", P(emp.given), "    Apellidos: ", P(emp.surnames))
    d.line(w[0].upper() + w[1:], ": ", N(idv, kind))
    if cx.cc == "ES":
        d.line("Nº afiliación a la Seguridad Social: ", N(gen_nuss(), "nuss"))
        d.line("IBAN para la nómina: ", I(gen_iban("ES")))
    elif cx.cc == "MX":
        d.line("NSS (", O("IMSS"), "): ", N(gen_nss_mx(), "nss_mx"))
        d.line("Banco para nómina: ", O(ch(BANKS["MX"])))
    elif cx.cc == "CO":
        d.line("EPS: ", O(ch(["Sura EPS", "Nueva EPS", "Sanitas EPS", "Compensar EPS"])), "    Fondo de pensiones: ",
               O(ch(["Porvenir", "Protección", "Colfondos"])), "    ARL: ", O(ch(["Positiva", "ARL Sura", "Colmena Seguros"])))
    elif cx.cc == "AR":
        d.line("Obra social: ", O(ch(["OSECAC", "OSDE", "Swiss Medical"])), "    Alta temprana en ", O("AFIP"))
    elif cx.cc == "DO":
        d.line("AFP: ", O(ch(["AFP Popular", "AFP Reservas", "AFP Crecer"])), "    ARS: ", O(ch(["ARS Humano", "ARS Universal", "SeNaSa"])),
               "    Registro en ", O("TSS"))
    elif cx.cc == "PE":
        d.line("Sistema de pensiones: ", O(ch(["AFP Integra", "Prima AFP", "Profuturo AFP", "ONP"])), "    Seguro: ", O("EsSalud"))
    else:
        d.line("Inscripción en el ", O("IVSS"), " pendiente. Pago móvil a través de ", O(ch(BANKS["VE"])))
    d.line("Fecha de nacimiento: %02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1975, 2005)))
    d.line("Domicilio: ", A(cx.address()))
    d.line("Teléfono: ", T(cx.phone()), "    Correo: ", E(cx.email(emp)))
    d.line("Contacto de emergencia: ", P(emer.full), " (", rel_es(emer, ekind), ") – ",
           T(cx.phone()))
    d.line()
    d.line("Puesto: ", ch(["vendedor/a", "asesor/a comercial", "encargado/a de tienda", "técnico/a de campo"]),
           "    Fecha de incorporación: ", day.dmy)
    d.line("Usuario en el sistema de ventas: ", P(emp.handle), "    Responsable: ", P(mgr.short))
    d.line("Firma del trabajador: ", P(emp.initials), "        Firma de la empresa: ", P(mgr.initials))
    return d


def es_roster(cx):
    d = Doc("es")
    sub = ch(SUBCON[cx.cc])
    ps = [cx.person(local=True) for _ in range(8)]
    week = rng.randint(2, 50)
    zones = ["Norte", "Sur", "Centro", "Este", "Oeste", "Periferia"]
    d.line("CUADRANTE DE GUARDIAS – TÉCNICOS ", O(sub.upper()), " – SEMANA ", str(week))
    d.line("Servicio de averías 24 h para ", O(cx.op))
    d.line()
    for i, dow in enumerate(["LUNES", "MARTES", "MIÉRCOLES", "JUEVES", "VIERNES"]):
        p = ps[i]
        d.line(dow, ":  ", P(p.caps_inv), "  – zona ", ch(zones), " – ", T(cx.phone()))
    d.line("FIN DE SEMANA:  ", P(ps[5].caps_inv), " / ", P(ps[6].caps_inv))
    d.line()
    d.line("Supervisor de guardia: ", P(ps[7].full), " (", E(staff_email(ps[7], cx.dom)), ")")
    v = cx.person(local=True)
    d.line("Vacaciones: ", P(v.inv), ". Baja médica: ", P(cx.person(local=True).inv), ".")
    d.line("Los cambios de turno se comunican a ", P(ps[7].call), " con 48 h de antelación. Material: recoger en almacén de ",
           ch(DISTRACT_PLACES[cx.cc]), ".")
    return d


def es_forwarded(cx):
    d = Doc("es")
    own, am, c, seller = cx.person(), cx.person(local=True), cx.person(), cx.person(local=True)
    shop = ch(SHOPS[cx.cc])
    shopdom = ascii_local(shop.split()[0] + shop.split()[-1]) + ch([".com", ".es" if cx.cc == "ES" else ".com", ".net"])
    contract = cx.ref("contract")
    w, idv, kind = cx.nid(c)
    donor = ch(DONORS[cx.cc])
    day = Day()
    ph = cx.phone()
    d.line("De: ", P(own.full), " <", E(cx.email(own)), ">")
    d.line("Enviado el: ", day.es_dow, ", ", day.es_long, " ", hm())
    d.line("Para: ", P(am.full), " <", E(cx.staff_email(am)), ">")
    d.line("Asunto: RV: reclamación cliente ", P(c.full), " – contrato ", C(contract))
    d.line()
    d.line(P(am.call), ", te reenvío lo que nos ha mandado ", "esta clienta" if c.female else "este cliente",
           ". ¿Lo puedes mirar con ", O(cx.op), "? Gracias.")
    d.line()
    d.line(P(own.call))
    d.line(O(shop), " · ", A(cx.address()), " · ", T(cx.phone(False)))
    d.line()
    d.line("---------- Mensaje reenviado ---------")
    d.line("De: ", P(c.full), " <", E(cx.email(c)), ">")
    d.line("Fecha: ", day.plus(-1).dmy)
    d.line("Asunto: reclamacion")
    d.line("Para: ", E("info@" + shopdom))
    d.line()
    d.add("Buenos días, el mes pasado contraté en su tienda la portabilidad de mi número ", T(ph), " desde ", O(donor),
          ". Me atendió ", P(seller.call), " y me dijo que tardaría 24 horas, pero llevo una semana sin línea. ")
    d.line("Mi ", w, " es ", N(idv, kind), " por si lo necesitan. Necesito el teléfono para trabajar.")
    kk = ch(["spouse", "child", "sibling"])
    rp = kin(c, kk)
    if chance(0.5):
        d.line("Pueden llamar a mi ", rel_es(rp, kk), " ", P(rp.short), " al ", T(cx.phone()), ".")
    else:
        d.line("Espero su respuesta cuanto antes.")
    d.line()
    d.line(P(c.short))
    return d


def es_invoice(cx):
    d = Doc("es")
    cu, ag = cx.person(), cx.person(local=True)
    w, idv, kind = cx.nid(cu)
    inv, cno, contract, ticket = cx.ref("invoice"), cx.ref("cust"), cx.ref("contract"), cx.ref("ticket")
    day = Day()
    cur = {"ES": "€", "MX": "MXN", "CO": "COP", "AR": "ARS", "DO": "RD$", "PE": "S/", "VE": "Bs."}[cx.cc]
    d.line(O(cx.op_full))
    d.line(A(cx.address()))
    d.line()
    d.line("FACTURA Nº ", C(inv), "        Fecha de emisión: ", day.dmy)
    d.line("Periodo facturado: 01/%02d/2026 – 28/%02d/2026" % (day.m, day.m))
    d.line("Nº de cliente: ", C(cno), "    Nº de contrato: ", C(contract))
    d.line("Titular: ", P(cu.full), "    ", w, ": ", N(idv, kind))
    d.line("Dirección de facturación: ", A(cx.address()))
    d.line()
    d.line("CONCEPTOS")
    d.line("  Fibra ", ch(["300 Mb", "600 Mb", "1 Gb"]), " ............................ ", cur, " ", str(rng.randint(20, 900)))
    ph1, ph2 = cx.phone(), cx.phone()
    d.line("  Línea móvil ", T(ph1), " – tarifa ", ch(["25 GB", "ilimitada", "50 GB"]), " ....... ", cur, " ", str(rng.randint(10, 500)))
    d.line("  Línea móvil ", T(ph2), " – consumo fuera de tarifa (roaming ", ch(["Andorra", "Estados Unidos", "Brasil", "Aruba", "Chile"]),
           ") .. ", cur, " ", str(rng.randint(5, 300)))
    d.line("  Alquiler decodificador ............................. ", cur, " ", str(rng.randint(3, 80)))
    d.line()
    if cx.cc == "ES":
        d.line("Forma de pago: domiciliación en ", O(ch(BANKS["ES"])), " – IBAN ", I(gen_iban("ES")))
    else:
        d.line("Forma de pago: en agencias ", O(ch(BANKS[cx.cc])), " o en cualquier punto autorizado, por ejemplo ",
               O(ch(SHOPS[cx.cc])), ".")
    d.line("Atención al cliente: ", T(cx.cphone()), " · ", E("facturacion@" + cx.dom))
    d.line()
    d.line("[anotación manuscrita escaneada] reclamado por teléfono el ", day.plus(4).dmy2, ", ticket ", C(ticket),
           ", me atendió ", P(ag.call), " – ", P(cu.initials))
    return d


def es_work_order(cx):
    d = Doc("es")
    te, hp, cu = cx.person(local=True), cx.person(local=True), cx.person()
    rkind = ch(["child", "sibling", "nephew"])
    rec = kin(cu, rkind)
    ot = cx.ref("ot")
    sub = ch(SUBCON[cx.cc])
    w, idv, kind = cx.nid(cu)
    w2, idv2, k2 = cx.nid(rec)
    company = ch(["Panadería La Espiga", "Ferretería El Tornillo", "Clínica Dental Sonrisas", "Taller Mecánico Hermanos " + cx.person().last,
                  "Academia de Inglés Oxford Centre", "Farmacia San Judas", "Asesoría Contable " + cx.person().last + " y Asociados"])
    d.line("PARTE DE TRABAJO Nº ", C(ot))
    d.line("EMPRESA INSTALADORA: ", O(sub.upper()), " POR CUENTA DE ", O(cx.op.upper()))
    d.line("TÉCNICO: ", P(te.full.upper()), "     AYUDANTE: ", P(hp.full.upper()))
    d.line()
    d.line("CLIENTE: ", P(cu.caps_inv))
    d.line(w.upper(), ": ", N(idv, kind))
    d.line("DIRECCIÓN: ", A(cx.address(caps=True)))
    d.line("TELÉFONO: ", T(cx.phone()))
    d.line()
    d.line("TRABAJO REALIZADO: ", ch(["INSTALACIÓN FTTH", "CAMBIO DE ROUTER", "REPARACIÓN DE ACOMETIDA", "TRASLADO DE DOMICILIO"]))
    d.line("MATERIAL: ROSETA ÓPTICA, 25 M CABLE DROP, ROUTER ", ch(["ZTE F6640", "HUAWEI HG8145", "NOKIA G-2425"]),
           " S/N ", "".join(ch("0123456789ABCDEF") for _ in range(12)))
    d.line("HORA LLEGADA: ", hm(), "   HORA SALIDA: ", hm())
    d.line("OBSERVACIONES: EL CLIENTE SOLICITA QUE LAS FACTURAS SE EMITAN A NOMBRE DE SU NEGOCIO, ", O(company.upper()),
           ". SE LE INDICA QUE LO GESTIONE EN TIENDA.")
    d.line()
    d.line("RECIBÍ CONFORME: ", P(rec.full.upper()), " (", rel_es(rec, rkind).upper(), " DEL TITULAR)   ",
           w2.upper(), ": ", N(idv2, k2))
    return d


def es_webchat(cx):
    d = Doc("es")
    cu, ag, te = cx.person(), cx.person(local=True), cx.person(local=True)
    w, idv, kind = cx.nid(cu)
    inv, ticket = cx.ref("invoice"), cx.ref("ticket")
    day = Day()
    A_ = [P(ag.call)] if chance(0.4) else ["Asesor"]
    d.line("Chat web · ", O(cx.op), " · sesión iniciada ", day.dmy, " ", hm())
    d.line("Asistente virtual: ¡Hola! Soy el asistente virtual. ¿En qué te puedo ayudar?")
    d.line("Cliente: quiero hablar con una persona")
    d.line("Asistente virtual: Para identificarte, escribe tu ", w, " o tu número de cliente.")
    d.line("Cliente: ", N(idv, kind))
    d.line("Asistente virtual: Gracias, ", P(cu.call), ". Te paso con un asesor.")
    d.line(P(ag.call), " (", O(cx.op), "): Hola ", P(cu.call), ", soy ", P(ag.call), ". ¿En qué te ayudo?")
    d.line("Cliente: me llego una factura altisima y yo tengo contratada la tarifa de 300 megas. es la ", C(inv))
    d.line(A_, ": Déjame revisarlo. ¿Me confirmas el correo para enviarte el detalle?")
    d.line("Cliente: ", E(cx.email(cu)), ". tambien les escribi por instagram desde @", P(cu.handle), " y nadie contesto")
    d.line(A_, ": Disculpa la demora. Veo un cargo por visita técnica que no corresponde. He generado el ticket ", C(ticket),
           " para que lo anulen.")
    d.line("Cliente: ok. y el tecnico ", P(te.short.lower() if chance(0.5) else te.short), " que vino el ", ch(ES_DOW),
           " dejo el cable suelto en la fachada de ", A(cx.address()))
    d.line(A_, ": Lo añado al ticket y te llamarán al ", T(cx.phone()), ", ¿es correcto ese número?")
    d.line("Cliente: no, mejor al ", T(cx.phone()), ", es el de mi ", ch(["esposo", "hija", "trabajo", "hermano"]))
    d.line(A_, ": Anotado. ¿Te puedo ayudar con algo más?")
    d.line("Cliente: no gracias")
    d.line("Sesión finalizada. Valora la atención de ", P(ag.call), " del 1 al 5.")
    return d


ES_TEMPLATES = [
    (es_ticket_email, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_port_form, ["ES", "MX", "CO", "AR", "DO", "PE"]),
    (es_sms_log, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_wa_android, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_wa_ios, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_call_transcript, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_consumer_form, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_formal_letter, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_visit_notes, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_shop_csv, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_fraud_chat, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_voicemail, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_minutes, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_tsv_agenda, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_staff_onboarding, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_roster, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_forwarded, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_invoice, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_work_order, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
    (es_webchat, ["ES", "MX", "CO", "AR", "DO", "PE", "VE"]),
]


# ---------------------------------------------------------------------------
# English half: hotels, B&Bs and holiday parks (UK, Ireland, US)
# ---------------------------------------------------------------------------

REL_EN = {"spouse": ("husband", "wife"), "parent": ("father", "mother"), "child": ("son", "daughter"),
          "sibling": ("brother", "sister"), "partner": ("partner", "partner"), "friend": ("friend", "friend")}


def rel_en(p, *kinds):
    return REL_EN[ch(list(kinds))][1 if p.female else 0]


def he(p):
    return "she" if p.female else "he"


def his(p):
    return "her" if p.female else "his"


ISSUE_PLACE = {"PL": ["WARSAW", "KRAKÓW", "GDAŃSK"], "NG": ["LAGOS", "ABUJA"], "IN": ["MUMBAI", "BENGALURU", "CHENNAI", "DELHI"],
               "HK": ["HONG KONG"], "CN": ["BEIJING", "SHANGHAI", "GUANGDONG"], "KR": ["SEOUL", "BUSAN"],
               "BR": ["SÃO PAULO", "BRASÍLIA", "RIO DE JANEIRO"], "ES": ["MADRID", "BARCELONA", "BILBAO"],
               "PH": ["MANILA", "CEBU"], "MX": ["MEXICO CITY", "GUADALAJARA"], "IE": ["DUBLIN", "CORK"],
               "US": ["WASHINGTON", "NEW ORLEANS"], "GB": ["HM PASSPORT OFFICE"]}
HOTEL_LOCAL = {
    "The Harbour View Hotel": ("Yorkshire Ambulance Service", "Whitby Community Hospital", "North Yorkshire Council"),
    "Glenmorran House B&B": ("Scottish Ambulance Service", "Lorn and Islands Hospital", "Argyll and Bute Council"),
    "Seacliff Holiday Park": ("South Western Ambulance Service", "Royal Cornwall Hospital", "Cornwall Council"),
    "The Old Rectory Inn": ("North West Ambulance Service", "West Cumberland Hospital", "Cumberland Council"),
    "Kingsmead Hotel & Spa": ("Yorkshire Ambulance Service", "Harrogate District Hospital", "North Yorkshire Council"),
    "The Fisherman's Rest": ("Welsh Ambulance Service", "Withybush General Hospital", "Pembrokeshire County Council"),
    "Penmorvah Holiday Park": ("South Western Ambulance Service", "Royal Cornwall Hospital", "Cornwall Council"),
    "Ravensworth Arms": ("Yorkshire Ambulance Service", "York Hospital", "City of York Council"),
    "Portree Bay Guest House": ("Scottish Ambulance Service", "Broadford Hospital", "Highland Council"),
    "Kilbarron Lodge": ("National Ambulance Service", "University Hospital Kerry", "Kerry County Council"),
    "The Seaview B&B": ("National Ambulance Service", "University Hospital Kerry", "Kerry County Council"),
    "Dunmore Strand Hotel": ("National Ambulance Service", "University Hospital Waterford", "Waterford City and County Council"),
    "Ballyhale Manor Hotel": ("National Ambulance Service", "St Luke's General Hospital", "Kilkenny County Council"),
    "Clew Bay Holiday Homes": ("National Ambulance Service", "Mayo University Hospital", "Mayo County Council"),
    "The Claddagh Arms Hotel": ("National Ambulance Service", "University Hospital Galway", "Galway City Council"),
    "Ardnagashel House": ("National Ambulance Service", "Bantry General Hospital", "Cork County Council"),
    "Pinecrest Lakeside Resort": ("Lake Placid Volunteer Ambulance Service", "Adirondack Medical Center", "Essex County Health Department"),
    "The Magnolia Inn": ("Chatham Emergency Services", "Memorial Health University Medical Center", "Chatham County Health Department"),
    "Harborlight Motor Lodge": ("Bar Harbor Fire Department", "Mount Desert Island Hospital", "Town of Bar Harbor"),
    "Bluff Creek RV & Cabin Park": ("Sevier County EMS", "LeConte Medical Center", "Sevier County Health Department"),
    "Seabreeze Suites": ("Horry County Fire Rescue", "Grand Strand Medical Center", "City of Myrtle Beach"),
    "Cedar Hollow Bed & Breakfast": ("Buncombe County EMS", "Mission Hospital", "Buncombe County Health and Human Services"),
    "The Driftwood Inn & Cottages": ("Sandwich Fire Department", "Cape Cod Hospital", "Barnstable County Health Department"),
}

def et(p):
    if p.female:
        return ch(["Ms ", "Mrs ", "Ms ", "Miss "])
    return ch(["Mr ", "Mr ", "Mr. "])


def money(rc):
    return {"UK": "£", "IE": "€", "US": "$"}[rc.region]


def spouse_of(p, rc):
    s = make_person(p.culture, female=not p.female)
    s.nat = getattr(p, "nat", None)
    if chance(0.6) and p.culture not in ("hk", "cn", "kr", "es", "cat", "eus", "mx", "br", "ie"):
        s.sur = list(p.sur)
    return s


def relative_of(p, female=None):
    s = make_person(p.culture, female)
    s.nat = getattr(p, "nat", None)
    s.sur = list(p.sur)
    return s


def en_reservation_email(rc):
    d = Doc("en")
    g = rc.guest()
    sp, kid = spouse_of(g, rc), relative_of(g)
    mom = make_person(g.culture, True)
    mom.nat = g.nat
    own = rc.staff()
    ref = rc.booking()
    day = Day(m=rng.randint(3, 10))
    arr = day.plus(20)
    port = {"UK": ch(["Holyhead", "Cairnryan", "Dover", "the motorway"]), "IE": ch(["Rosslare", "Dublin Port", "Shannon"]),
            "US": ch(["JFK", "Logan", "the airport"])}[rc.region]
    d.line("From: ", P(g.full), " <", E(rc.email(g)), ">")
    d.line("To: ", E(ch(["stay@", "reservations@", "info@", "hello@"]) + rc.dom))
    d.line("Subject: Re: Booking ", C(ref), " – ", str(rng.randint(2, 7)), " nights from ", arr.en_long)
    d.line()
    d.line("Hi ", P(own.call), ",")
    d.line()
    d.line("Thanks for confirming. Just to let you know we'll now be arriving around 9pm as we're coming from ", port, ".")
    d.add("My ", "husband" if sp.female is False else "wife", " ", P(sp.call), " is coeliac, so a gluten-free breakfast would be great. ")
    d.line("Our ", rel_en(kid, "child"), " ", P(kid.call), " (", str(rng.randint(4, 15)), ") will share with us.",
           ch([" We're also bringing our spaniel, Bramble.", "", " Is the cot still available?"]))
    d.line("Could you add my mother, ", P(mom.full), ", to the booking? She'll need a ground-floor room if you have one.")
    d.line("If anything changes my mobile is ", T(rc.phone(p=g)), ".")
    d.line("Home address for the invoice: ", A(rc.address(g)))
    d.line()
    d.line(ch(["Many thanks,", "Cheers,", "Best,", "Kind regards,"]))
    d.line(P(g.call))
    d.line()
    d.line("On ", day.en_short, " 2026 at ", hm(), ", ", P(own.full), " <", E(rc.semail(own)), "> wrote:")
    d.line("> Dear ", et(g), P(g.last), ",")
    d.line("> Thank you for booking with ", O(rc.hotel), ". Your reservation ", C(ref), " is confirmed and a deposit of ",
           money(rc), str(rng.randint(50, 300)), " has been taken from the card ending ", dig(4), ".")
    d.line("> Check-in is from 3pm. Please let us know about any dietary requirements.")
    d.line("> Kind regards,")
    d.line("> ", P(own.full))
    d.line("> ", O(rc.hotel), " | ", A(rc.haddr), " | ", T(rc.hphone()))
    return d


def en_complaint_email(rc):
    d = Doc("en")
    g, gm, porter, dm, hk = rc.guest(), rc.staff(), rc.staff(), rc.staff(), rc.staff()
    ota = ch(OTAS[:4])
    oref = rc.ota_ref(ota)
    loyal = "%s%s-%s" % (ch(["GLD", "CLB", "VIP"]), dig(6), dig(1))
    day = Day()
    room = rng.randint(101, 340)
    d.line("Subject: Complaint – stay of ", day.en_long, " – ", ota, " confirmation ", C(oref))
    d.line("From: ", P(g.full), " <", E(rc.email(g)), ">")
    d.line("To: ", E(rc.semail(gm)))
    d.line()
    d.line("Dear ", et(gm), P(gm.last), ",")
    d.line()
    d.add("I booked a superior double through ", O(ota), " (confirmation ", C(oref), ") and was given room ", str(room),
          ", directly above the kitchen extractor. ")
    d.add("The shower ran cold both mornings and the Nespresso machine had not been cleaned. ")
    d.add("The night porter, ", P(porter.call), ", was lovely and tried to help, but the duty manager, a ", et(dm), P(dm.last),
          ", told me nothing could be done until the morning. ")
    d.line("I am a member of your loyalty club (no. ", C(loyal), ") and have stayed with ", O(rc.parent or rc.hotel),
           " many times.")
    d.line()
    d.line("I would like a partial refund. You can reach me on ", T(rc.phone(p=g)), ".")
    d.line()
    d.line(P(g.full))
    d.line(A(rc.address(g)))
    d.line()
    d.line("----- Reply -----")
    d.line("Dear ", P(g.call if chance(0.5) else g.full), ",")
    ibcc = {"PL": "PL", "ES": "ES", "IE": "IE", "GB": "GB"}.get(g.nat)
    if ibcc and chance(0.6):
        d.line("Thank you for taking the time to write to us, and I am sorry your stay fell short. I have spoken to ", P(hk.call),
               " in Housekeeping and to ", P(dm.full), ", and we have refunded one night by transfer to the account you gave us, ",
               I(gen_iban(ibcc)), " (refund ref. ", C("RF-" + dig(6)), ").")
    else:
        d.line("Thank you for taking the time to write to us, and I am sorry your stay fell short. I have spoken to ", P(hk.call),
               " in Housekeeping and to ", P(dm.full), ", and we have refunded one night to your card (refund ref. ", C("RF-" + dig(6)), ").")
    d.line("I would be delighted to welcome you back – please quote ", C(oref), " if you book directly.")
    d.line()
    d.line("Warm regards,")
    d.line(P(gm.full))
    d.line("General Manager, ", O(rc.hotel), (", " if rc.parent else ""), O(rc.parent) if rc.parent else "")
    return d


LP_ITEMS = ["Kindle in a blue case", "Apple Watch (rose gold)", "child's teddy – brown bear", "Ray-Ban sunglasses",
            "Barbour jacket, size M", "phone charger (Samsung)", "wedding ring, gold band", "laptop bag with Dell laptop",
            "pair of Hunter wellies", "passport wallet (empty)", "prescription glasses", "Nintendo Switch", "black North Face fleece",
            "hearing aid (left)", "envelope of euro notes", "toy scooter (pink)"]


def en_lost_property(rc):
    d = Doc("en")
    mgr = rc.staff()
    day = Day()
    staff = [rc.staff() for _ in range(3)]
    d.line("LOST PROPERTY LOG – ", O(rc.hotel), " – ", EN_MONTHS[day.m - 1], " 2026")
    d.line("Ref | Found | Location | Item | Found by | Guest / owner | Contact | Status")
    n = 0
    for i in range(rng.randint(4, 5)):
        ref = "LP-2026-%04d" % (rng.randint(100, 400) + i)
        g = rc.guest()
        loc = ch(["Room %d" % rng.randint(1, 60), "Breakfast room", "Lodge %d" % rng.randint(1, 30), "Car park",
                  "Pool changing room", "Bar", "Pitch %d" % rng.randint(1, 80), "Lobby"])
        row = [C(ref), " | ", day.plus(i).dmy[:5], " | ", loc, " | ", ch(LP_ITEMS), " | ", P(ch(staff).call), " | "]
        st = rng.randrange(4)
        if st == 3:
            row += ["unknown | – | held in office"]
        else:
            if chance(0.25):
                row += [et(g), P(g.last), " | "]
            else:
                row += [P(ch([g.full, g.inv])), " | "]
            if chance(0.5):
                row += [E(rc.email(g))]
            else:
                row += [T(rc.phone(p=g))]
            if st == 0:
                row += [" | posted via ", O(ch(EN_COURIERS[rc.region])), ", postage paid"]
            elif st == 1:
                row += [" | guest collecting ", day.plus(i + 3).dmy[:5]]
            else:
                row += [" | left voicemail x2"]
        d.line(*row)
        n += 1
    d.line()
    charity = ch(["Oxfam", "British Heart Foundation", "St Vincent de Paul", "Goodwill", "Salvation Army", "Barnardo's"])
    d.line("Unclaimed items after 3 months are donated to ", "the " if charity in ("British Heart Foundation", "Salvation Army") else "",
           O(charity), ".")
    d.line("Queries to ", P(mgr.full), " (front office), ext. 204 or ", E(rc.semail(mgr)), ".")
    return d


def en_housekeeping_rota(rc):
    d = Doc("en")
    staff = [rc.staff() for _ in range(7)]
    sup, agent, vip = rc.staff(), rc.staff(), rc.guest()
    day = Day()
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d.line("HOUSEKEEPING ROTA – w/c ", day.en_long, " – ", O(rc.hotel))
    d.line("Name\t" + "\t".join(days))
    for p in staff:
        name = ch([p.call, p.short, p.call + " " + p.sur[0][0] + ".", p.call])
        cells = [ch(["07:00-15:00", "08:00-14:00", "OFF", "09:00-17:00", "OFF", "07:00-12:00"]) for _ in days]
        d.line(P(name), "\t", "\t".join(cells))
    d.line()
    d.line("Supervisor: ", P(sup.full), " (", T(rc.phone()), ")")
    d.line("Agency cover Sat/Sun: ", O(ch(STAFF_AGENCIES[rc.region])), " – ask for ", P(agent.call), ", ", T(rc.phone(False)))
    d.line("Notes: Victoria Wing deep clean Tuesday. Windsor Suite VIP arrival Friday (", P(vip.last),
           " party, 3 rooms) – turndown + flowers. Deliveries from ", O(ch(EN_SUPPLIERS[rc.region])), " Mon & Thu.")
    d.line("Swaps must be agreed with ", P(sup.call), " by Wednesday. Holly and ivy for the lobby are in the store room.")
    return d


def en_reviews(rc):
    d = Doc("en")
    own = rc.staff()
    site = ch(REVIEW_SITES)
    d.line("Guest reviews – ", O(rc.hotel), " – exported from ", O(site))
    d.line()
    for k in range(2):
        g = rc.guest()
        sp = spouse_of(g, rc)
        st = rc.staff(female=True)
        stars, title = ch([("★★★★★", "Perfect base for the coast"), ("★★★★★", "Breakfast was the highlight"),
                           ("★★☆☆☆", "Would not return"), ("★★★☆☆", "Lovely staff, tired rooms"), ("★★★☆☆", "Noisy but friendly"),
                           ("★★★★☆", "Great value, lovely views"), ("★☆☆☆☆", "Booked a sea view, got the bins")])
        day = Day()
        sig = ch([g.review_sig, g.review_sig, g.handle])
        city = ch({"GB": ["Leeds", "Manchester", "Bristol", "Glasgow", "Norwich"], "IE": ["Cork", "Galway", "Athlone", "Sligo"],
                   "US": ["Boston", "Ohio", "Denver", "Chicago"], "PL": ["Kraków", "Wrocław"], "NG": ["Lagos", "Abuja"],
                   "IN": ["Pune", "Chennai", "Delhi"], "HK": ["Hong Kong"], "CN": ["Shanghai", "Shenzhen"], "KR": ["Seoul", "Busan"],
                   "BR": ["São Paulo", "Curitiba"], "ES": ["Madrid", "Bilbao"], "PH": ["Manila", "Cebu"], "MX": ["Monterrey", "Puebla"]}[g.nat])
        d.line(stars, " \"", title, "\" – ", P(sig), ", ", city, ", ", EN_MONTHS[day.m - 1], " 2026")
        d.add(ch(["Stayed three nights with my ", "Weekend away with my ", "Came for a wedding with my ", "Second visit with my "]),
              rel_en(sp, "spouse", "partner"), " ", P(sp.call), ". ")
        if chance(0.5):
            d.add(P(st.call), " at reception was brilliant and sorted a late checkout for us. ")
        else:
            d.add("The lady at breakfast (", P(st.call), " I think?) remembered our order every morning. ")
        d.line(ch(["The room was dated and the Wi-Fi kept dropping.", "The beds were so comfortable.",
                   "Parking was a nightmare on the Saturday.", "The spa was closed without warning.",
                   "Lovely walk down to the harbour, and the Full Irish was massive.", "Our room smelt of damp and the kettle was broken.",
                   "Great value for the area, would recommend to friends."]))
        d.line("Response from ", P(own.full), ", ", ch(["Owner", "General Manager", "Guest Relations Manager"]), ":")
        d.add("Dear ", P(g.call), ", thank you for your review. I have passed your kind words on to ", P(st.call), ". ")
        if stars.count("★") < 4:
            d.line("I'm sorry about the issues – please contact me directly at ", E(rc.semail(own)), " or on ", T(rc.hphone()),
                   " quoting ", C(rc.booking()), " so I can put things right.")
        else:
            d.line("We hope to see you both again soon!")
        d.line()
    return d


TOUR_NAT = {"Emerald Isle Coach Tours Ltd": "US", "Jade Dragon Travel": "HK", "Wawel Tours Sp. z o.o.": "PL",
            "Hanbit Travel Co., Ltd.": "KR", "Manila Bayside Travel & Tours Inc.": "PH", "Viagens Sol Nascente Ltda.": "BR",
            "Lagos Heritage Choir": "NG", "St Brigid's GAA Club": "IE", "University of Leeds Alumni Office": "GB",
            "Kerala Blue Holidays Pvt Ltd": "IN", "Highland Heritage Coaches": "GB", "Golden Harp Tours": "US",
            "Keystone Senior Travel Club": "US", "Seoul Leaders Exchange Programme": "KR"}


def en_rooming_list(rc):
    d = Doc("en")
    op = ch([t for t in TOUR_OPS if TOUR_NAT[t] not in ({"UK": "GB", "IE": "IE", "US": "US"}[rc.region],)])
    nat = TOUR_NAT[op]
    lead = rc.guest(nat)
    grp = "GRP-2026-%04d" % rng.randint(100, 999)
    day = Day()
    sep = "\t" if chance(0.4) else ","
    d.line("From: ", P(lead.full), " <", E(rc.email(lead)), "> on behalf of ", O(op))
    d.line("Rooming list – group ", C(grp), " – ", O(rc.hotel), " – arriving ", day.en_long)
    d.line("Tour leader: ", P(lead.full), ", mobile ", T(rc.phone(p=lead)), " (WhatsApp)")
    d.line()
    idcol = "PESEL" if nat == "PL" and chance(0.5) else "Passport No"
    d.line(sep.join(["Surname", "First name", "Nationality", idcol, "Room", "Sharing with", "Notes"]))
    people = []
    for _ in range(2 if chance(0.6) else 3):
        fem = chance(0.5)
        people += [rc.guest(nat, fem), rc.guest(nat, fem)]
    if chance(0.4):
        people.append(rc.guest(nat))
    for i, p in enumerate(people):
        if idcol == "PESEL":
            nid = N(gen_pesel(p.female), "pesel")
        else:
            nid = N(gen_passport(nat if nat != "HK" or chance(0.7) else "CN"), "passport")
        row = [P(p.surnames.upper() if chance(0.5) else p.surnames), sep, P(p.given), sep, NAT_NAME[nat], sep, nid, sep]
        if i % 2 == 0 and i + 1 < len(people):
            row += ["TWN", sep, P(people[i + 1].call)]
        elif i % 2 == 1:
            row += ["TWN", sep, P(people[i - 1].call)]
        else:
            row += ["SGL", sep, ""]
        row += [sep, ch(["", "vegetarian", "halal", "nut allergy", "no pork", "", "wheelchair", "birthday on 2nd night"])]
        d.line(*row)
    d.line()
    d.line("Coach driver (", O(ch(["Highland Heritage Coaches", "Golden Harp Tours", "Shamrock Coaches Ltd", "Atlantic Coachways"])), ") ",
           P(rc.staff().full), " needs a single room – please bill to ", O(op), ".")
    return d


def en_incident_report(rc):
    d = Doc("en")
    fa, mgr, rep = rc.staff(), rc.staff(), rc.staff()
    staff_inj = chance(0.5)
    inj = rc.staff() if staff_inj else rc.guest()
    w1, w2 = rc.guest(), rc.staff()
    ref = "IR-26-%03d" % rng.randint(1, 200)
    claim = ch(["CLM-" + dig(8), "%s-%s" % (dig(2), dig(7)), "PI/" + dig(6)])
    day = Day()
    public = EN_PUBLIC[rc.region]
    amb, hosp, _council = HOTEL_LOCAL[rc.hotel]
    d.line("INCIDENT / ACCIDENT REPORT FORM                Ref: ", C(ref))
    d.line("Property: ", O(rc.hotel), ", ", A(rc.haddr))
    d.line("Date/time of incident: ", day.dmy, " ", hm(), "      Location: ",
           ch(["pool area", "car park", "Lodge 14 decking", "main staircase", "kitchen", "breakfast room"]))
    d.line()
    if staff_inj:
        d.line("Injured person: ", P(inj.full), " (employee, ", ch(["kitchen porter", "housekeeper", "barista", "maintenance"]), ")")
        d.line("Home address: ", A(rc.address(inj)), "   Tel: ", T(rc.phone()))
        if rc.region == "UK":
            d.line("NI number: ", N(gen_nino(), "nino"), "   NHS number (from A&E letter): ", N(gen_nhs(), "nhs"))
        elif rc.region == "IE":
            d.line("PPS number: ", N(gen_ppsn(), "ppsn"))
        else:
            d.line("SSN (for workers' comp claim): ", N(gen_ssn(), "ssn"))
    else:
        d.line("Injured person: ", P(inj.full), " (guest, booking ", C(rc.booking()), ")")
        d.line("Home address: ", A(rc.address(inj)), "   Tel: ", T(rc.phone(p=inj)))
    d.line()
    d.line("Description: ", he(inj).capitalize(), " slipped on wet tiles near the ", ch(["entrance", "steps", "bar"]),
           " and ", ch(["hit " + his(inj) + " head. Conscious throughout; complained of wrist pain.",
                        "twisted " + his(inj) + " ankle. Unable to weight-bear.",
                        "cut " + his(inj) + " hand on broken glass. Bleeding controlled with pressure."]))
    d.line("First aid given by: ", P(fa.full), " (duty first aider) – ice pack, wrist supported.")
    d.line("Ambulance called: yes – ", O(amb), ". Taken to ", O(hosp), ".")
    d.line("Witnesses: ", P(w1.full), " (guest, ", T(rc.phone(p=w1)), "); ", P(w2.full), " (staff, bar)")
    d.line("Reported to: ", P(mgr.full), ". Insurer ", O(ch(EN_INSURERS[rc.region])), " notified, claim no. ", C(claim), ".")
    if rc.region != "US" and chance(0.6):
        d.line("RIDDOR / HSA notification considered: ", O(ch(["Health and Safety Executive", "Health and Safety Authority"])
                                                          if rc.region == "UK" else "Health and Safety Authority"), " – not reportable.")
    d.line("Form completed by: ", P(rep.initials), "   Signed: ", P(rep.short))
    return d


def en_staff_wa(rc):
    d = Doc("en")
    a, b, c, e, newb = rc.staff(), rc.staff(), rc.staff(), rc.staff(), rc.staff()
    g, g2 = rc.guest(), rc.guest(female=True)
    ref = rc.booking()
    lp = "LP-2026-%04d" % rng.randint(100, 400)
    dd = Day().dmy2
    newnum = rc.phone()
    an, bn, cn, en_ = a.short, b.call, c.full, e.call
    d.line(dd, ", 06:58 - ", P(an), " added ", T(newnum))
    d.line(dd, ", 07:02 - ", P(an), ": Morning all, ", P(b.call), " is off sick so can someone cover reception 2-10?")
    d.line(dd, ", 07:05 - ", P(cn), ": I can do 2-6 if ", P(e.call), " does 6-10")
    if chance(0.5):
        d.line(dd, ", 07:09 - ", P(en_), ": yeah ok 👍")
    d.line(dd, ", 07:10 - ", P(an), ": Lodge 14 (the ", P(g.last), " family) checking out late, they've paid – ref ", C(ref))
    d.line(dd, ", 08:30 - ", T(newnum), ": Hi all, this is ", P(newb.call), ", new on the bar team. ", P(a.call), " added me 😊")
    d.line(dd, ", 09:12 - ", P(en_), ": Guest in caravan 22 (", P(g2.full), ") says the hot water's gone again. She's on ",
           T(rc.phone(p=g2)), " if I'm not around")
    if chance(0.5):
        d.line(dd, ", 09:15 - ", P(an), ": I'll ring ", O(ch({"UK": ["Kernow Plumbing", "Atlantic Heating Ltd", "Dales Gas Services"], "IE": ["Murphy Plumbing & Heating", "Kingdom Heating Ltd"],
                                     "US": ["Roto-Rooter", "Blue Ridge Plumbing LLC", "Coastal Heating & Air"]}[rc.region])),
               ", can someone let them in")
    if chance(0.6):
        d.line(dd, ", 11:40 - ", P(cn), ": <Media omitted>")
        d.line(dd, ", 11:41 - ", P(cn), ": Lost & found: kids' scooter from pitch 9. Logged as ", C(lp))
    d.line(dd, ", 12:03 - ", P(bn), ": Feeling better, thanks ", P(a.call), " x back tomorrow")
    if chance(0.5):
        d.line(dd, ", 12:10 - ", P(an), ": 🙏 get well. Reminder: fire drill Thursday, ", P(rc.staff().full), " from ",
               O(ch({"UK": ["Cornwall Fire Safety Ltd", "Safeguard Fire Services"], "IE": ["Kerry Fire Protection", "Munster Fire Safety"],
                      "US": ["Cintas Fire Protection", "Summit Fire & Security"]}[rc.region])), " is coming in")
    else:
        d.line(dd, ", 12:10 - ", P(an), ": 🙏 get well soon")
    return d


def en_owner_ios(rc):
    d = Doc("en")
    o1, o2, cl, cl2 = rc.staff(), rc.staff(), rc.staff(), rc.staff(female=True)
    g, g2, enq = rc.guest(), rc.guest(), rc.guest()
    ref = rc.booking()
    day = Day()
    taxi = {"UK": ch(["Oban Taxis", "Keswick Cabs", "Whitby Taxis Ltd"]), "IE": ch(["Dingle Cabs", "Killarney Taxis", "Westport Cabs"]),
            "US": ch(["Yellow Cab", "Lake Placid Taxi", "Island Taxi"])}[rc.region]

    def L(t, who, *msg):
        d.line("[", day.dmy2, ", ", t, "] ", P(who), ": ", *msg)

    L("08:14:22", o1.call, "The ", P(g.last), " family in room 3 want breakfast at 7, they've a flight out of ",
      ch(["Kerry", "Shannon", "Inverness", "Newquay", "Portland"]), " at 10")
    L("08:15:03", o2.call, "grand. did the deposit come in for the ", P(g2.full), " booking? ", C(ref))
    if chance(0.5):
        L("08:15:40", o1.call, "yes, through ", O(ch(EN_PROCESSORS)), " last night")
    else:
        L("08:15:40", o1.call, "it did. all paid up")
    L("08:20:11", o2.call, P(cl.call), " can't do Thursday, I've asked ", P(cl2.full), " instead – her number is ", T(rc.phone()))
    L("08:31:56", o1.call, "The couple in 5 asked for a taxi at 6, I booked ", O(taxi))
    if chance(0.5):
        L("08:32:10", o2.call, "‎image omitted")
    L("09:02:44", o1.call, "New review from ", P(g.review_sig), " on ", O(ch(REVIEW_SITES)), " – 5 stars 🙌 mentions your scones ",
      P(o2.call))
    if chance(0.5):
        L("09:05:18", o2.call, "ha. reply to it will you")
    L("10:47:30", o1.call, "Enquiry from the website: ", P(enq.full), ", ", E(rc.email(enq)), ", 2 nights in August for 4, wants the family room")
    L("10:49:02", o2.call, "August is full except the 19th. Send them to ", O(ch(["The Seaview B&B", "Harbour Lights Guesthouse", "Rose Cottage B&B"])),
      " if they can't move")
    return d


def en_registration_card(rc):
    d = Doc("en")
    nat = ch([n for n in GUEST_NATS[rc.region] if n not in ("GB", "IE", "US")] + ["IE" if rc.region != "IE" else "PL"])
    g = rc.guest(nat)
    comp = rc.guest(nat)
    comp2 = relative_of(g)
    staff = rc.staff()
    ref = rc.booking()
    day = Day()
    d.line(O(rc.hotel.upper()), " – GUEST REGISTRATION CARD")
    d.line("RESERVATION NO: ", C(ref), "    ROOM: ", str(rng.randint(1, 320)), "    ARRIVAL: ", day.dmy, "    DEPARTURE: ",
           day.plus(rng.randint(1, 6)).dmy)
    d.line("SURNAME: ", P(g.surnames.upper()), "      FIRST NAME(S): ", P(g.given.upper()))
    d.line("NATIONALITY: ", NAT_NAME.get(nat, nat).upper())
    d.line("PASSPORT NO.: ", N(gen_passport(nat), "passport"), "    PLACE OF ISSUE: ", ch(ISSUE_PLACE.get(nat, ["-"])))
    d.line("HOME ADDRESS: ", A(rc.address(g, caps=True)))
    d.line("NEXT DESTINATION: ", ch(["EDINBURGH", "LONDON", "GALWAY", "NEW YORK", "PARIS", "HOME", "BELFAST", "BOSTON"]))
    d.line("MOBILE: ", T(rc.phone(p=g)), "    EMAIL: ", E(rc.email(g)))
    if chance(0.5):
        d.line("COMPANY (IF BUSINESS): ", O(ch(EN_EMPLOYERS).upper()))
    d.line("VEHICLE REG: ", ch(["YK21 HXN", "KY-181-D-4471", "NONE", "7GXN 412 (RENTAL)", "WX70 PLM", "N/A"]))
    d.line("ACCOMPANYING GUESTS: ", P(comp2.caps_inv), "; ", P(comp.caps_inv), " (PASSPORT ", N(gen_passport(nat), "passport"), ")")
    d.line("PAYMENT: VISA ENDING ", dig(4), "    DEPOSIT: PAID")
    d.line("SIGNATURE: ____________________    CHECKED IN BY: ", P(staff.call.upper()))
    if rc.region == "UK":
        d.line("Guests aged 16 or over who are not British or Irish citizens are required by the Immigration (Hotel Records) Order 1972 to give passport details.")
    else:
        d.line("We keep these details for 12 months in line with our privacy policy. Queries: ", E("privacy@" + rc.dom))
    return d


def en_voicemail(rc):
    d = Doc("en")
    c1, c2, c3 = rc.guest(), rc.guest(), rc.guest()
    c3sp = spouse_of(c3, rc)
    emp = ch(EN_EMPLOYERS)
    ota = ch(OTAS[:3])
    day = Day()
    d.line("Voicemail transcripts – Reservations line – ", O(rc.hotel))
    d.line()
    d.line("1) ", day.en_short, " ", hm(), " from ", T(rc.phone(p=c1)), " (0:46)")
    d.line("\"Hi, this is ", P(c1.full), ", I have a reservation through ", O(ota), ", confirmation number ", C(rc.ota_ref(ota)),
           ", for the fourteenth. We'll be late, maybe midnight. Could you call me back on ", T(rc.phone(p=c1)), "? Thanks.\"")
    d.line()
    d.line("2) ", day.en_short, " ", hm(), " from ", T(rc.phone(p=c2)), " (1:12)")
    d.line("\"Hey, it's ", P(c2.call + " " + c2.last if not c2.east else c2.short), " from ", O(emp),
           ". I'm trying to book a block of ten rooms for our sales conference in May – the twelfth to the fifteenth. You can email me at ",
           E(rc.email(c2)), ". Bye now.\"")
    d.line()
    d.line("3) ", day.plus(1).en_short, " ", hm(), " from Unknown (0:58)")
    d.line("\"Hello, I'm calling about a lost item. My name's ", P(c3.full), ". We stayed in room ", str(rng.randint(1, 40)),
           " under my ", "husband's" if not c3sp.female else "wife's", " name, ", P(c3sp.full), ", booking ", C(rc.booking()),
           ". I think I left a ", ch(["grey cardigan", "phone charger", "child's blanket", "watch"]), " in the wardrobe.\"")
    d.line()
    d.line("Actioned by ", P(rc.staff().call), " – callbacks logged.")
    return d


def en_hod_minutes(rc):
    d = Doc("en")
    ps = [rc.staff() for _ in range(7)]
    g = rc.guest()
    roles = ["General Manager", "Front Office", "Head Chef", "Housekeeping", "Maintenance", "Sales & Events", "Finance"]
    day = Day()
    d.line(O(rc.hotel), " – Heads of Department meeting – ", day.en_long)
    d.line("Present: ", P(ps[0].full), " (", roles[0], ", chair), ", P(ps[1].full), " (", roles[1], "), ", P(ps[2].full), " (",
           roles[2], "), ", P(ps[3].initials), " (", roles[3], "), ", P(ps[4].short), " (", roles[4], ")")
    if chance(0.5):
        d.line("Apologies: ", P(ps[5].full), " (", roles[5], "), ", P(ps[6].call), " (", roles[6], ")")
    else:
        d.line("Apologies: ", P(ps[5].full), " (", roles[5], ")")
    d.line()
    d.line("1. Occupancy & forecast – ", P(ps[1].call), " reported 84% for ", ch(EN_MONTHS), "; the group from ", O(ch(TOUR_OPS)),
           " has reduced from 22 to 18 rooms.")
    d.line("2. Guest feedback – complaint from ", P(g.full), " (booking ", C(rc.booking()), ") about noise from the function room. ",
           P(ps[1].last), " to call the guest on ", T(rc.phone(p=g)), ".")
    d.line("3. Health & safety – visit from ", O(HOTEL_LOCAL[rc.hotel][2]), " went well. ", P(ps[4].call),
           " to replace the fire door closer on the Victoria corridor.")
    d.line("4. Staffing – ", P(ps[3].call), " confirmed two housekeepers start in June via ", O(ch(STAFF_AGENCIES[rc.region])), ". ",
           P(ps[2].last), " still short a commis chef.")
    d.line("5. AOB – staff party at ", O(ch(["The Crown & Anchor", "The Brazen Head", "Murphy's Bar", "The Lamb and Flag", "Rusty Nail Tavern"])),
           " on the 12th. Ideas to ", E(rc.semail(ps[0])), ".")
    d.line()
    d.line("Actions: ", P(ps[1].initials), " – guest call; ", P(ps[4].initials), " – fire door; ", P(ps[0].initials),
           " – agency contract.")
    return d


def en_folio(rc):
    d = Doc("en")
    br = chance(0.4)
    g = rc.guest("BR") if br else rc.guest()
    ap, acct = make_person(ch(["gb", "ie", "us", "in", "pl"])), rc.staff()
    emp = ch(EN_EMPLOYERS)
    inv = "INV-%d" % rng.randint(10000, 99999)
    cur = money(rc)
    day = Day()
    d.line(O(rc.hotel))
    d.line(A(rc.haddr), " · ", T(rc.hphone()), " · ", E("accounts@" + rc.dom))
    d.line()
    d.line("INVOICE ", C(inv), "                     Date: ", day.en_long)
    d.line("Bill to: ", O(emp), ", Attn: ", P(ap.full), ", Accounts Payable, ", A(addr_uk() if rc.region == "UK" else (addr_ie() if rc.region == "IE" else addr_us())))
    d.line("Guest: ", P(g.full), "      Booking ref: ", C(rc.booking()), "      PO: ", C("PO-" + dig(6)))
    if br:
        d.line("Guest tax ID for nota fiscal (CPF): ", N(gen_cpf(), "cpf"))
    d.line("Arrival: ", day.plus(-3).en_long, "   Departure: ", day.en_long)
    d.line()
    n1 = rng.randint(90, 260)
    d.line("  Accommodation, 3 nights @ ", cur, str(n1), " ........ ", cur, str(3 * n1))
    d.line("  Dinner, restaurant ........................ ", cur, str(rng.randint(30, 140)))
    d.line("  Bar ........................................ ", cur, str(rng.randint(8, 60)))
    d.line("  Car park ................................... ", cur, str(rng.randint(10, 45)))
    d.line()
    if rc.region == "US":
        d.line("Payment by ACH to ", O(ch(EN_BANKS["US"])), ", quoting ", C(inv), ".")
    else:
        d.line("Payment by bank transfer to ", O(ch(EN_BANKS[rc.region])), ", IBAN ", I(gen_iban("GB" if rc.region == "UK" else "IE")),
               ", quoting ", C(inv), ".")
    d.line("Queries: ", P(acct.full), ", ", E(rc.semail(acct)))
    return d


def en_sms_log(rc):
    d = Doc("en")
    g, g2, staff = rc.guest(), rc.guest(), rc.staff()
    bro = relative_of(g, False)
    ref, ref2 = rc.booking(), rc.booking()
    day = Day()
    ph, ph2 = rc.phone(p=g), rc.phone(p=g2)
    d.line("SMS log – ", O(rc.hotel), " booking system – ", day.dmy)
    d.line("10:02 OUT to ", T(ph), " (", P(g.full), "): Hi ", P(g.call), ", your lodge is ready! Key safe code ", dig(4),
           ". Booking ", C(ref), ". Reply STOP to opt out.")
    d.line("10:05 IN from ", T(ph), ": thanks!! can my brother ", P(bro.call), " park his van on our pitch too")
    d.line("10:20 OUT to ", T(ph), ": Hi ", P(g.call), ", one vehicle per pitch I'm afraid – he can use the overflow car park. Any questions ask for ",
           P(staff.call), " at reception.")
    d.line("16:44 OUT to ", T(ph2), " (", P(g2.inv), "): Your balance of ", money(rc), str(rng.randint(80, 600)), " for booking ", C(ref2),
           " is due. Pay online or call ", T(rc.hphone()), ".")
    sp2 = spouse_of(g2, rc)
    d.line("16:59 IN from ", T(ph2), ": Paid just now, my ", rel_en(sp2, "spouse", "partner"), " ", P(sp2.call),
           " did it from ", his(sp2), " card")
    d.line("17:30 OUT to ", T(rc.phone()), " (", P(rc.guest().full), "): Reminder: check-out is 10am. Safe travels from all at ",
           O(rc.hotel), "!")
    return d


def en_staff_onboarding(rc):
    d = Doc("en")
    emp, ec, mgr, hr = rc.staff(), rc.staff(), rc.staff(), rc.staff()
    foreign = emp.culture in ("pl", "ph", "ng", "in", "ro", "br", "es", "hk", "ua", "mx", "cn", "kr")
    day = Day()
    d.line("NEW STARTER FORM – ", O(rc.hotel), (" (" if rc.parent else ""), O(rc.parent) if rc.parent else "", (")" if rc.parent else ""))
    d.line("Full name: ", P(emp.full), "      Preferred name: ", P(emp.call))
    d.line("Date of birth: %02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1970, 2006)))
    d.line("Address: ", A(rc.address()))
    d.line("Mobile: ", T(rc.phone()), "      Personal email: ", E(email_for(emp, rc.region)))
    if rc.region == "UK":
        d.line("National Insurance number: ", N(gen_nino(), "nino"))
        d.line("Bank: ", O(ch(EN_BANKS["UK"])), "   IBAN: ", I(gen_iban("GB")))
    elif rc.region == "IE":
        d.line("PPS number: ", N(gen_ppsn(), "ppsn"))
        d.line("Bank: ", O(ch(EN_BANKS["IE"])), "   IBAN: ", I(gen_iban("IE" if chance(0.7) else ch(["PL", "PT", "DE", "FR"]))))
    else:
        d.line("Social Security number: ", N(gen_ssn(), "ssn"))
        d.line("Direct deposit: ", O(ch(EN_BANKS["US"])), " (voided check attached)")
    if foreign:
        natc = {"pl": "PL", "ph": "PH", "ng": "NG", "in": "IN", "ro": "RO", "br": "BR", "es": "ES", "hk": "HK", "ua": "UA",
                "mx": "MX", "cn": "CN", "kr": "KR"}[emp.culture]
        d.line("Right to work checked: passport no. ", N(gen_passport(natc), "passport"), " – ", ch(["share code verified", "visa endorsement seen",
                                                                                            "EU settled status", "Stamp 4"]))
        if emp.culture == "pl" and chance(0.5):
            d.line("PESEL (for Polish tax certificate): ", N(gen_pesel(emp.female), "pesel"))
    d.line("Emergency contact: ", P(ec.full), " (", rel_en(ec, "partner", "parent", "sibling", "friend"), ") – ", T(rc.phone()))
    d.line()
    d.line("Start date: ", day.en_long, "   Department: ", ch(["Housekeeping", "Kitchen", "Front Office", "Bar", "Maintenance", "Spa"]),
           "   Line manager: ", P(mgr.full))
    d.line("Uniform: ", ch(["S", "M", "L", "XL"]), "   Locker: ", str(rng.randint(1, 80)))
    d.line("Signed: ", P(emp.initials), "      HR: ", P(hr.full), " (", E(rc.semail(hr)), ")")
    return d


def en_front_desk_log(rc):
    d = Doc("en")
    st, am = rc.staff(), rc.staff()
    gs = [rc.guest() for _ in range(5)]
    low = lambda s: strip_accents(s).lower()
    day = Day()
    sec = ch(["Securitas", "Mitie Security", "G4S", "Allied Universal"])
    taxi = ch(["Uber", "Lyft", "Free Now", "Lakeside Cabs", "A1 Taxis"])
    d.line("front desk log - nite shift ", day.dmy, " - ", P(low(st.short)))
    d.line("- 23:10 rm 312 ", P(low(gs[0].short)), " complained abt noise from 314. called 314 (", P(low(gs[1].last)),
           ") twice no answer, went up, music off by 23:40")
    d.line("- 00:40 walk in, ", P(low(gs[2].full)), ", no id, said ", he(gs[2]), " was w/ the ", O(low(ch(EN_EMPLOYERS))), " group - not on list, refused")
    d.line("- 01:15 ", O(low(sec)), " patrol checked car park, all ok")
    d.line("- 02:30 guest ", P(low(gs[3].call)), " lost key card, verified w/ dob + email ", E(rc.email(gs[3])), " - new card issued")
    d.line("- 05:50 ", P(low(gs[4].call)), " in 118 checkout early, ", O(taxi), " to airport, card on file, ref ", C(rc.booking().lower()))
    d.line("- handover to ", P(low(am.call)), ": 2 wake up calls (207 @ 6:30, 221 @ 7). call back ", P(low(gs[0].short)),
           " on ", T(rc.phone(p=gs[0])), " re refund for 1 nite")
    d.line("- ps the printer in back office is jammed again, told ", P(low(rc.staff().call)))
    return d


def en_wedding_fwd(rc):
    d = Doc("en")
    bride, coord, gm = rc.guest("IE" if rc.region == "IE" else None, True), rc.staff(), rc.staff()
    groom = rc.guest(bride.nat, False)
    dad = relative_of(bride, False)
    mam = relative_of(bride, True)
    uncle, friend, photog = rc.guest(bride.nat), rc.guest(), rc.guest()
    friend2 = spouse_of(friend, rc)
    grp = "WED-%s-%s" % (strip_accents(bride.last).upper().replace(" ", "").replace("'", "")[:5], dig(3))
    day = Day(m=rng.randint(5, 9))
    d.line(P(coord.call), ": FYI ", P(gm.call), " – room block for the ", P(bride.last), "/", P(groom.last), " wedding below. I've held 8 rooms.")
    d.line()
    d.line("---------- Forwarded message ---------")
    d.line("From: ", P(bride.full), " <", E(rc.email(bride)), ">")
    d.line("Date: ", day.plus(-40).en_short, " 2026, ", hm())
    d.line("Subject: Wedding block – ", P(bride.last), " / ", P(groom.last), " – ", day.en_long)
    d.line("To: ", P(coord.full), " <", E(rc.semail(coord)), ">")
    d.line()
    d.line("Hi ", P(coord.call), ", here's the list for the room block (ref ", C(grp), "):")
    d.line("- my parents, ", P(dad.full), " & ", P(mam.call), " – 2 nights")
    d.line("- ", P(uncle.full), " (wheelchair user, needs the accessible room)")
    d.line("- ", P(friend.full), " and ", "his" if not friend.female else "her", " partner ", P(friend2.call))
    d.line("- our photographer ", P(photog.full), " from ", O(ch(["Wildflower Photography", "Atlantic Light Studio", "Kelly & Rose Weddings", "Moments by Maeve"])),
           " needs a single on the Saturday")
    d.line("The deposit will be paid by my dad by bank transfer; he'll ring you on ", T(rc.phone(p=dad)), ".")
    if rc.region != "US" and chance(0.6):
        d.line("His IBAN for the refund of any balance: ", I(gen_iban("IE" if rc.region == "IE" else "GB")))
    d.line()
    d.line("Thanks a million,")
    d.line(P(bride.call))
    return d


def en_chargeback(rc):
    d = Doc("en")
    g, staff, mgr = rc.guest(), rc.staff(), rc.staff()
    sp = spouse_of(g, rc)
    proc = ch(EN_PROCESSORS)
    case = ch(["CB-" + dig(9), "DSP" + dig(10), dig(12)])
    ref = rc.booking()
    day = Day()
    d.line(O(rc.hotel))
    d.line(A(rc.haddr))
    d.line(day.us_long if rc.region == "US" else day.en_long)
    d.line()
    d.line(O(proc), " – Disputes Department")
    d.line("Re: Chargeback case ", C(case), " – cardholder ", P(g.full), " – reservation ", C(ref))
    d.line()
    d.line("To whom it may concern,")
    d.line()
    d.add("We are disputing the above chargeback (reason: \"services not provided\"). The cardholder, ", P(g.full), ", of ",
          A(rc.address(g)), ", booked two nights directly on our website and checked in on ", day.plus(-45).en_long, ". ")
    d.add("The registration card was signed and photo ID was checked by our front desk agent ", P(staff.full), ". ")
    d.line("During the stay the guest e-mailed us from ", E(rc.email(g)), " and called from ", T(rc.phone(p=g)),
           " to request late checkout, which we granted; ", et(sp).strip(), " ", P(sp.last), " signed for room-service charges on the second night.")
    d.line()
    d.line("Enclosed: folio, signed registration card, e-mail correspondence and key-card audit trail.")
    d.line()
    d.line("Sincerely,")
    d.line(P(mgr.full))
    d.line("General Manager, ", O(rc.hotel), (" (" if rc.parent else ""), O(rc.parent) if rc.parent else "", (")" if rc.parent else ""))
    d.line(E(rc.semail(mgr)), " | ", T(rc.hphone()))
    return d


def en_arrivals(rc):
    d = Doc("en")
    dm, hk = rc.staff(), rc.staff()
    day = Day()
    d.line("ARRIVALS – ", day.en_dow, " ", day.en_long, " – ", O(rc.hotel))
    d.line("Guest\tRoom\tNts\tRef\tSource\tNotes")
    for i in range(rng.randint(5, 6)):
        g = rc.guest()
        src_kind = rng.randrange(3)
        if src_kind == 0:
            ota = ch(OTAS[:4])
            src, ref = O(ota), rc.ota_ref(ota)
        elif src_kind == 1:
            src, ref = "Direct", rc.booking()
        else:
            src, ref = "Phone", rc.booking()
        nm = ch([g.caps_inv, g.inv, g.full])
        row = [P(nm), "\t", str(rng.randint(1, 330)), "\t", str(rng.randint(1, 7)), "\t", C(ref), "\t", src, "\t"]
        k = rng.randrange(5)
        if k == 0:
            row += ["VIP – anniversary, card from ", P(dm.call)]
        elif k == 1:
            row += ["sharing with ", P(spouse_of(g, rc).call)]
        elif k == 2:
            row += ["late arrival, called from ", T(rc.phone(p=g))]
        elif k == 3:
            row += ["billed to ", O(ch(EN_EMPLOYERS))]
        else:
            row += ["-"]
        d.line(*row)
    d.line()
    d.line("Duty manager: ", P(dm.full), "    Housekeeping: ", P(hk.call))
    return d


def en_visa_letter(rc):
    d = Doc("en")
    nat = ch(["NG", "IN", "PH", "CN", "BR", "NG", "IN"])
    g = rc.guest(nat)
    sp = spouse_of(g, rc)
    mgr = rc.staff()
    ref = rc.booking()
    day = Day()
    arr = day.plus(40)
    emb = {"UK": {"NG": ("British High Commission", "Abuja"), "IN": ("VFS Global", "Mumbai"), "PH": ("British Embassy", "Manila"),
                  "CN": ("UK Visa Application Centre", "Shanghai"), "BR": ("UK Visas and Immigration", None)},
           "IE": {"NG": ("Embassy of Ireland", "Abuja"), "IN": ("Embassy of Ireland", "New Delhi"), "PH": ("Irish Immigration Service Delivery", None),
                  "CN": ("Embassy of Ireland", "Beijing"), "BR": ("Embassy of Ireland", "Brasília")},
           "US": {"NG": ("U.S. Embassy", "Abuja"), "IN": ("U.S. Consulate General", "Mumbai"), "PH": ("U.S. Embassy", "Manila"),
                  "CN": ("U.S. Consulate General", "Guangzhou"), "BR": ("U.S. Consulate General", "São Paulo")}}[rc.region][nat]
    d.line(O(rc.hotel))
    d.line(A(rc.haddr))
    d.line(day.us_long if rc.region == "US" else day.en_long)
    d.line()
    d.line("To: The Visa Officer, ", O(emb[0]), (", " + emb[1]) if emb[1] else "")
    d.line()
    d.line("RE: Confirmation of reservation – ", P(g.full), ", passport no. ", N(gen_passport(nat), "passport"))
    d.line()
    d.add("This is to confirm that ", et(g), P(g.full), " of ", A(rc.address(g)), " holds a confirmed reservation (", C(ref),
          ") at ", O(rc.hotel), " from ", arr.en_long, " for ", str(rng.randint(3, 10)), " nights, together with ",
          "his wife" if sp.female else "her husband", " ", P(sp.full), " (passport ", N(gen_passport(nat), "passport"), "). ")
    d.line("The booking was made and prepaid by ", O(ch(EN_EMPLOYERS + TOUR_OPS[:6])), ".")
    d.line()
    d.line("Should you require further information, please contact me at ", E(rc.semail(mgr)), " or on ", T(rc.hphone()), ".")
    d.line()
    d.line("Yours faithfully,")
    d.line()
    d.line(P(mgr.full))
    d.line("Reservations Manager")
    return d


EN_TEMPLATES = [
    (en_reservation_email, ["UK", "IE", "US"]),
    (en_complaint_email, ["UK", "IE", "US"]),
    (en_lost_property, ["UK", "IE", "US"]),
    (en_housekeeping_rota, ["UK", "IE", "US"]),
    (en_reviews, ["UK", "IE", "US"]),
    (en_rooming_list, ["UK", "IE", "US"]),
    (en_incident_report, ["UK", "IE", "US"]),
    (en_staff_wa, ["UK", "IE", "US"]),
    (en_owner_ios, ["UK", "IE", "US"]),
    (en_registration_card, ["UK", "IE", "US"]),
    (en_voicemail, ["UK", "IE", "US"]),
    (en_hod_minutes, ["UK", "IE", "US"]),
    (en_folio, ["UK", "IE", "US"]),
    (en_sms_log, ["UK", "IE", "US"]),
    (en_staff_onboarding, ["UK", "IE", "US"]),
    (en_front_desk_log, ["UK", "IE", "US"]),
    (en_wedding_fwd, ["UK", "IE", "US"]),
    (en_chargeback, ["UK", "IE", "US"]),
    (en_arrivals, ["UK", "IE", "US"]),
    (en_visa_letter, ["UK", "IE", "US"]),
]


# ---------------------------------------------------------------------------
# Assembly, checks, output
# ---------------------------------------------------------------------------
def _schedule(templates, per_template):
    slots = []
    for fn, allowed in templates:
        slots.extend([(fn, allowed)] * per_template)
    rng.shuffle(slots)
    usage = {}
    for _, allowed in templates:
        for c in allowed:
            usage.setdefault(c, 0)
    out = []
    for fn, allowed in slots:
        m = min(usage[c] for c in allowed)
        cands = [c for c in allowed if usage[c] == m]
        c = ch(cands)
        usage[c] += 1
        out.append((fn, c))
    return out


def _record(doc_id, d):
    return {"id": doc_id, "text": d.text(), "lang": d.lang,
            "spans": [{"start": s, "end": e, "label": l} for (s, e, l) in d.spans],
            "_kinds": list(d.kinds), "_stexts": list(d.stexts)}


def build():
    """Build all 120 documents; returns a list of records (with private check fields)."""
    rng.seed(SEED)
    recs = []
    en_plan = _schedule(EN_TEMPLATES, 3)
    es_plan = _schedule(ES_TEMPLATES, 3)
    for i, (fn, region) in enumerate(en_plan):
        reset_used()
        d = fn(RCtx(region))
        r = _record("%s-en-%03d" % (ID_PREFIX, i), d)
        r["_tpl"], r["_where"] = fn.__name__, region
        recs.append(r)
    for i, (fn, cc) in enumerate(es_plan):
        reset_used()
        d = fn(Ctx(cc))
        r = _record("%s-es-%03d" % (ID_PREFIX, i), d)
        r["_tpl"], r["_where"] = fn.__name__, cc
        recs.append(r)
    return recs


def to_lines(recs):
    out = []
    for r in recs:
        obj = {"id": r["id"], "text": r["text"], "lang": r["lang"], "spans": r["spans"]}
        out.append(json.dumps(obj, ensure_ascii=False))
    return out


def self_check(recs, verbose=True):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 120, "ids"
    assert sum(1 for r in recs if r["lang"] == "en") == 60
    assert sum(1 for r in recs if r["lang"] == "es") == 60
    assert ids[0] == ID_PREFIX + "-en-000" and ids[-1] == ID_PREFIX + "-es-059"
    counts = {lang: {l: 0 for l in LABELS} for lang in ("en", "es")}
    lengths = {"en": [], "es": []}
    nspans = {"en": [], "es": []}
    for r in recs:
        t, sp = r["text"], r["spans"]
        lengths[r["lang"]].append(len(t))
        nspans[r["lang"]].append(len(sp))
        prev_end = -1
        for k, s in enumerate(sp):
            a, b, lab = s["start"], s["end"], s["label"]
            assert lab in LABELS, (r["id"], lab)
            assert 0 <= a < b <= len(t), (r["id"], s)
            assert a >= prev_end, ("overlap/unsorted", r["id"], s)
            prev_end = b
            frag = t[a:b]
            assert frag == r["_stexts"][k], (r["id"], frag, r["_stexts"][k])
            assert frag == frag.strip() and frag and "\n" not in frag and "\t" not in frag, (r["id"], frag)
            counts[r["lang"]][lab] += 1
        kinds = {(a, b): k for (a, b, k) in r["_kinds"]}
        for s in sp:
            if s["label"] in ("NATIONAL_ID", "IBAN"):
                key = (s["start"], s["end"])
                assert key in kinds, ("no kind recorded", r["id"], s)
                kind, frag = kinds[key], t[s["start"]:s["end"]]
                if s["label"] == "IBAN":
                    assert kind == "iban" and valid_iban(frag), (r["id"], frag)
                elif kind in VALIDATORS:
                    assert VALIDATORS[kind](frag), ("bad check digit", r["id"], kind, frag)
                else:
                    assert re.fullmatch(PATTERN_ONLY[kind], frag), ("bad pattern", r["id"], kind, frag)
        # DNI / NIE letters once more, independently of the recorded kinds
        for s in sp:
            frag = t[s["start"]:s["end"]]
            x = re.sub(r"[\s.\-]", "", frag).upper()
            if s["label"] == "NATIONAL_ID" and re.fullmatch(r"\d{8}[A-Z]", x):
                assert valid_dni(frag), (r["id"], frag)
            if s["label"] == "NATIONAL_ID" and re.fullmatch(r"[XYZ]\d{7}[A-Z]", x):
                assert valid_nie(frag), (r["id"], frag)
    # determinism: a second build must be identical
    again = to_lines(build())
    assert again == to_lines(recs), "non-deterministic output"
    if verbose:
        print("label          en     es   total")
        for lab in LABELS:
            print("%-12s %5d  %5d  %6d" % (lab, counts["en"][lab], counts["es"][lab], counts["en"][lab] + counts["es"][lab]))
        te, ts = sum(counts["en"].values()), sum(counts["es"].values())
        print("%-12s %5d  %5d  %6d" % ("TOTAL", te, ts, te + ts))
        for lang in ("en", "es"):
            L, S = lengths[lang], nspans[lang]
            print("%s: docs=%d  chars min/avg/max=%d/%d/%d  spans/doc min/avg/max=%d/%.1f/%d" % (
                lang, len(L), min(L), sum(L) // len(L), max(L), min(S), sum(S) / len(S), max(S)))
        given = []
        for pool in ALL_GIVEN_POOLS + [CULTURE["wal"][0], CULTURE["wal"][1]]:
            for g in pool:
                if g not in given:
                    given.append(g)
        sur = []
        for pool in ALL_SUR_POOLS + [CULTURE["wal"][2]]:
            for s in pool:
                if s not in sur:
                    sur.append(s)
        print("name pools: %d distinct given names, %d distinct surnames" % (len(given), len(sur)))
    return counts


def generate():
    """The rows of pii_dev16.jsonl, as written (the tests compare them with the committed file); build() re-seeds
    the generator, so every call gives the same rows."""
    return [{"id": r["id"], "text": r["text"], "lang": r["lang"], "spans": r["spans"]} for r in build()]


def main():
    recs = build()
    self_check(recs)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_PATH
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in to_lines(recs):
            f.write(line + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
