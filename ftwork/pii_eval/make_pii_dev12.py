#!/usr/bin/env python3
"""Hand-built labelled PII dev set no. 12 (English + Spanish business documents).

Provenance
----------
Built 2026-12-04 by a separate author who was given only the label
conventions and the two domains below.  No detector output, no other
pii_*.jsonl file and no other generator script was read or used.  All name
pools, street lists, company names, reference formats and document templates
were written by hand for this file.

Domains
-------
1. A property manager of residents' associations (administrador de fincas /
   comunidades de propietarios) with offices in Bilbao, Donostia, Barcelona,
   Girona, Vigo, A Coruna, Santa Cruz de Tenerife, Las Palmas and Madrid.
   Spanish documents, plus some English ones written by foreign owners.
   Names: Basque, Catalan, Galician, Canarian, Castilian, and owners from
   Latin America, Morocco, Romania and China.
2. A plumbing, heating and solar-panel installer working in Wales, Scotland,
   the North of England and Ireland.  English documents, plus some Spanish
   ones from Spanish-speaking customers or staff.  Names: Welsh, Scottish
   (incl. Scottish Gaelic forms), Irish (incl. Irish-language forms),
   English, British Nigerian, Ghanaian, Pakistani, Polish, Somali.

Document kinds
--------------
es (domain 1): convocatoria de junta with owners list, acta de junta,
requerimiento de pago / burofax, plan de pagos, insurance-claim e-mail thread
(RE:/reenviado, signatures), WhatsApp exports (Android and iOS formats), CRM
notes typed fast without accents, semicolon CSV export of returned receipts,
supplier quote, neighbour complaint, caretaker rota (tab separated,
surname-first), voicemail transcript, SMS gateway log, supplier invoice
(IVA/IGIC), Google-style reviews, ALL-CAPS owner form, notice of works.
es (domain 2): Spanish e-mails from customers in the UK/Ireland, Spanish job
sheets written by engineers, Spanish WhatsApp chat between engineers.
en (domain 2): job sheets, PV / heat-pump quotes, service reminder letters
(some bilingual Welsh), SEAI grant application summaries, Ofgem BUS / ECO4 /
Home Energy Scotland applications, landlord gas safety records, complaint
threads with forwards, engineer rotas (TSV, surname-first), supplier
invoices, WhatsApp exports, CRM notes, CSV export of service reminders,
voicemail transcripts, SMS logs, reviews, ALL-CAPS new-starter forms,
letters to landlords.
en (domain 1): e-mails from foreign owners to the property manager, and
forwarded English threads about claims / arrears.

Labels
------
PERSON, ORG, ADDRESS, CUSTOMER_ID, PHONE, EMAIL, IBAN, NATIONAL_ID, as in the
label conventions.  Titles (Sr., Sra., D., Dna., Mr, Mrs, Ms, Dr, ...) are
outside PERSON spans; a person's name inside a company name is part of the
ORG.  NATIONAL_ID covers Spanish DNI/NIE (valid letter), Spanish NSS, UK
National Insurance numbers, UK driving licences, UK passports, Irish PPSN
(valid check letter), Irish driving licences, Polish PESEL and ID cards,
Romanian CNP, Moroccan CIN, Chinese passports, Latin-American cedulas / DNIs,
Pakistani CNIC, Nigerian NIN and Ghana Card numbers.  CUSTOMER_ID covers
community codes, expedientes, receipts, invoices, quotes, claims, policies,
jobs, accounts, MPRNs, grant application references and tickets.

Left unlabelled on purpose
--------------------------
Dates, times, amounts, towns / provinces / countries on their own, flat
designators on their own ("3o B", "Flat 2"), URLs, vehicle registrations,
product and model names (boilers, inverters, software), pets, card endings,
BIC codes, job titles, WhatsApp attachment file names.  Company tax numbers
(CIF, VAT numbers, company registration numbers) are never emitted.

Counts (filled in after the run)
--------------------------------
Run of 2026-12-04 (SEED = 20261212); 120 documents (60 en, 60 es).

    label            en     es  total
    PERSON          356    421    777
    ORG              95    137    232
    ADDRESS          96     58    154
    CUSTOMER_ID     101    135    236
    PHONE           124     94    218
    EMAIL            76     69    145
    IBAN             17     28     45
    NATIONAL_ID      14     26     40
    all spans       879    968   1847

    distinct PERSON strings: 605
    name pools: 874 distinct given names, 690 distinct surnames
    documents by domain: es = 54 domain 1 + 6 domain 2;
                         en = 54 domain 2 + 6 domain 1

Determinism
-----------
A single random.Random(SEED) drives everything; no set iteration, no hash(),
no time or environment input; spans are recorded while the text is assembled
from segments (Doc builder), never by searching the finished text.  Output is
byte-identical across runs and PYTHONHASHSEED values.

How to run
----------
    python3 make_pii_dev12.py        # writes pii_dev12.jsonl next to it
generate() returns the rows without writing; self_check(rows) validates them.
"""

import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261212
OUT_PATH = "/work/main/ftwork/pii_eval/pii_dev12.jsonl"
SET_NO = "12"
LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL",
          "IBAN", "NATIONAL_ID")


# ---------------------------------------------------------------- builder
class Doc(object):
    """Accumulates text segments; tuples (text, LABEL) become spans."""

    def __init__(self):
        self.buf = []
        self.spans = []
        self.n = 0

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
            else:
                t, lab = it
                if lab is None:
                    self.buf.append(t)
                    self.n += len(t)
                    continue
                self.spans.append((self.n, self.n + len(t), lab))
                self.buf.append(t)
                self.n += len(t)
        return self

    def ln(self, *items):
        self.add(*items)
        self.add("\n")
        return self

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


def PH(t):
    return (t, "PHONE")


def E(t):
    return (t, "EMAIL")


def IB(t):
    return (t, "IBAN")


def N(t):
    return (t, "NATIONAL_ID")


# ---------------------------------------------------------------- text utils
_EXTRA = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss",
          "æ": "ae", "œ": "oe", "ı": "i"}


def strip_acc(s):
    s = "".join(_EXTRA.get(ch, ch) for ch in s)
    nf = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in nf if not unicodedata.combining(ch))


def slug(s):
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- national ids
DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randint(1000000, 79999999)
    s = "%08d" % n
    L = DNI_LET[n % 23]
    f = rng.randint(0, 5)
    if f == 0:
        return s + "-" + L
    if f == 1:
        return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], L)
    if f == 2:
        return s + " " + L
    return s + L


def nie(rng):
    k = rng.randint(0, 2)
    pre = "XYZ"[k]
    body = "%07d" % rng.randint(0, 9999999)
    L = DNI_LET[int(str(k) + body) % 23]
    f = rng.randint(0, 4)
    if f == 0:
        return "%s-%s-%s" % (pre, body, L)
    if f == 1:
        return "%s %s %s" % (pre, body, L)
    return pre + body + L


def nss(rng):
    prov = rng.choice(["48", "20", "08", "17", "36", "15", "38", "35", "28"])
    num = "%08d" % rng.randint(0, 99999999)
    cc = int(prov + num) % 97
    if rng.random() < 0.5:
        return "%s/%s/%02d" % (prov, num, cc)
    return "%s %s %02d" % (prov, num, cc)


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino(rng):
    while True:
        pre = rng.choice(NINO_A) + rng.choice(NINO_B)
        if pre not in NINO_BAD:
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
    return pre + d + suf


def ppsn(rng):
    d = digits(rng, 7)
    tot = sum(int(c) * w for c, w in zip(d, (8, 7, 6, 5, 4, 3, 2)))
    second = ""
    if rng.random() < 0.6:
        second = "A"
        tot += 9 * 1
    r = tot % 23
    chk = "W" if r == 0 else chr(64 + r)
    return d + chk + second


def pesel(rng, sex):
    y = rng.randint(1960, 2004)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    ser = digits(rng, 3)
    g = rng.choice("13579" if sex == "m" else "02468")
    body = "%02d%02d%02d%s%s" % (y % 100, mm, dd, ser, g)
    w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + str((10 - s % 10) % 10)


def pl_idcard(rng):
    while True:
        ser = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        rest = digits(rng, 5)
        vals = [ord(c) - 55 for c in ser] + [int(c) for c in rest]
        w = (7, 3, 1, 7, 3, 1, 7, 3)
        chk = sum(v * k for v, k in zip(vals, w)) % 10
        return "%s %d%s" % (ser, chk, rest)


def cnp(rng, sex):
    y = rng.randint(1960, 2003)
    if y >= 2000:
        s = 5 if sex == "m" else 6
    else:
        s = 1 if sex == "m" else 2
    body = "%d%02d%02d%02d%02d%03d" % (s, y % 100, rng.randint(1, 12),
                                       rng.randint(1, 28), rng.randint(1, 46),
                                       rng.randint(1, 999))
    w = "279146358279"
    t = sum(int(a) * int(b) for a, b in zip(body, w)) % 11
    return body + ("1" if t == 10 else str(t))


def uk_licence(rng, surname, given, sex):
    core = re.sub(r"[^A-Z]", "", strip_acc(surname).upper())
    if core.startswith("MAC"):
        core = "MC" + core[3:]
    core = (core + "99999")[:5]
    y = rng.randint(1960, 2003)
    m = rng.randint(1, 12) + (50 if sex == "f" else 0)
    d = rng.randint(1, 28)
    ini = re.sub(r"[^A-Z]", "", strip_acc(given).upper())[:1] + "9"
    chk = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    base = "%s%d%02d%02d%d%s9%s" % (core, (y // 10) % 10, m, d, y % 10, ini, chk)
    if rng.random() < 0.4:
        return base + " " + "%02d" % rng.randint(1, 19)
    return base


def latam_id(rng):
    k = rng.randint(0, 4)
    if k == 0:   # Colombian cedula
        n = "%010d" % rng.randint(1000000000, 1099999999)
        return "%s.%s.%s.%s" % (n[0], n[1:4], n[4:7], n[7:])
    if k == 1:   # Venezuelan
        n = "%08d" % rng.randint(10000000, 29999999)
        return "V-%s.%s.%s" % (n[:2], n[2:5], n[5:])
    if k == 2:   # Peruvian DNI
        return "%08d" % rng.randint(40000000, 79999999)
    if k == 3:   # Argentine DNI
        n = "%08d" % rng.randint(20000000, 45999999)
        return "%s.%s.%s" % (n[:2], n[2:5], n[5:])
    return "%d%s" % (rng.randint(1, 9), digits(rng, 6)) + " " + rng.choice(["LP", "SC", "CB"])


def other_id(rng, cul, sex, surname="", given=""):
    """A national id suited to a person's background: (kind, value)."""
    if cul in ("eus", "cat", "gal", "can", "cas"):
        r = rng.random()
        if r < 0.8:
            return ("DNI", dni(rng))
        if r < 0.9:
            return ("NSS", nss(rng))
        return ("pasaporte", "P" + rng.choice("AB") + rng.choice("ABCDEFG") + digits(rng, 6))
    if cul == "lat":
        if rng.random() < 0.6:
            return ("NIE", nie(rng))
        return ("cédula", latam_id(rng))
    if cul == "mar":
        if rng.random() < 0.6:
            return ("NIE", nie(rng))
        return ("CIN", rng.choice(["B", "BE", "BK", "K", "T", "A", "CD"]) + digits(rng, 6))
    if cul == "rom":
        if rng.random() < 0.5:
            return ("NIE", nie(rng))
        return ("CNP", cnp(rng, sex))
    if cul == "chn":
        if rng.random() < 0.6:
            return ("NIE", nie(rng))
        return ("pasaporte", "E" + digits(rng, 8))
    if cul in ("iri", "ga"):
        if rng.random() < 0.75:
            return ("PPSN", ppsn(rng))
        return ("driving licence", digits(rng, 9))
    if cul == "pol":
        if rng.random() < 0.5:
            return ("PESEL", pesel(rng, sex))
        return ("ID card", pl_idcard(rng))
    if cul == "nga" and rng.random() < 0.35:
        return ("NIN", digits(rng, 11))
    if cul == "gha" and rng.random() < 0.35:
        return ("Ghana Card", "GHA-%s-%d" % (digits(rng, 9), rng.randint(0, 9)))
    if cul == "pak" and rng.random() < 0.35:
        return ("CNIC", "%s-%s-%d" % (rng.choice(["35202", "37405", "42101", "61101"]),
                                      digits(rng, 7), rng.randint(1, 9)))
    r = rng.random()
    if r < 0.6:
        return ("NI number", nino(rng))
    if r < 0.85 and surname:
        return ("driving licence", uk_licence(rng, surname, given or "X", sex))
    return ("passport", "%d%s" % (rng.randint(1, 9), digits(rng, 8)))


# ---------------------------------------------------------------- iban
def _num36(s):
    return "".join(str(int(c, 36)) for c in s)


def mk_iban(country, bban):
    cd = 98 - int(_num36(bban + country + "00")) % 97
    return country + "%02d" % cd + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s):
        return False
    return int(_num36(s[4:] + s[:4])) % 97 == 1


def _es_dc(ten):
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * k for c, k in zip(ten, w)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


ES_BANKS = [("Kutxabank", "2095"), ("BBVA", "0182"), ("CaixaBank", "2100"),
            ("Abanca", "2080"), ("Banco Sabadell", "0081"),
            ("Banco Santander", "0049"), ("Laboral Kutxa", "3035"),
            ("Cajamar", "3058"), ("Ibercaja", "2085"), ("Unicaja", "2103"),
            ("Caja Rural de Canarias", "3076"), ("Bankinter", "0128"),
            ("ING", "1465"), ("Caixa Rural Galega", "3070")]
GB_BANKS = [("NatWest", "NWBK", "60"), ("Barclays", "BARC", "20"),
            ("Lloyds Bank", "LOYD", "30"), ("HSBC UK", "HBUK", "40"),
            ("Monzo", "MONZ", "04"), ("Nationwide", "NAIA", "07"),
            ("Royal Bank of Scotland", "RBOS", "83"),
            ("Bank of Scotland", "BOFS", "80"), ("Starling Bank", "SRLG", "60"),
            ("Santander UK", "ABBY", "09")]
IE_BANKS = [("Bank of Ireland", "BOFI", "90"), ("AIB", "AIBK", "93"),
            ("PTSB", "IPBS", "99")]


def es_bank(rng, city):
    """A Spanish bank plausible for the city: (name, code)."""
    basque = city in ("Bilbao", "Donostia")
    galician = city in ("Vigo", "A Coruña")
    canary = city in ("Santa Cruz de Tenerife", "Las Palmas")
    opts = []
    for b in ES_BANKS:
        if b[0] in ("Kutxabank", "Laboral Kutxa") and not basque:
            continue
        if b[0] in ("Caixa Rural Galega", "Abanca") and not galician:
            continue
        if b[0] == "Caja Rural de Canarias" and not canary:
            continue
        opts.append(b)
    return rng.choice(opts)


def fmt_iban(rng, raw):
    if rng.random() < 0.55:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def es_iban(rng, code=None):
    if code is None:
        code = rng.choice(ES_BANKS)[1]
    branch = digits(rng, 4)
    acct = digits(rng, 10)
    dc = "%d%d" % (_es_dc("00" + code + branch), _es_dc(acct))
    return fmt_iban(rng, mk_iban("ES", code + branch + dc + acct))


def gb_iban(rng, bank=None):
    b = bank or rng.choice(GB_BANKS)
    bban = b[1] + b[2] + digits(rng, 4) + digits(rng, 8)
    return fmt_iban(rng, mk_iban("GB", bban))


def ie_iban(rng, bank=None):
    b = bank or rng.choice(IE_BANKS)
    bban = b[1] + b[2] + digits(rng, 4) + digits(rng, 8)
    return fmt_iban(rng, mk_iban("IE", bban))


# ---------------------------------------------------------------- phones
ES_LAND = {"Bilbao": ["944", "946"], "Donostia": ["943"], "Barcelona": ["93"],
           "Girona": ["972"], "Vigo": ["986"], "A Coruña": ["981"],
           "Santa Cruz de Tenerife": ["922"], "Las Palmas": ["928"],
           "Madrid": ["91"]}


def es_mobile(rng):
    n = (rng.choice("6") + digits(rng, 8)) if rng.random() < 0.8 else ("7" + rng.choice("1234") + digits(rng, 7))
    f = rng.randint(0, 6)
    if f == 0:
        return n
    if f == 1:
        return "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if f == 2:
        return "+34%s" % n
    if f == 3:
        return "0034 %s %s %s" % (n[:3], n[3:6], n[6:])
    if f == 4:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def es_land(rng, city):
    pre = rng.choice(ES_LAND.get(city, ["91"]))
    rest = digits(rng, 9 - len(pre))
    n = pre + rest
    f = rng.randint(0, 3)
    if len(pre) == 2:
        if f == 0:
            return "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        if f == 1:
            return "+34 %s %s %s" % (n[:2], n[2:5], n[5:])
        return "%s %s %s" % (n[:2], n[2:5], n[5:])
    if f == 0:
        return "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if f == 1:
        return "+34 %s %s %s" % (n[:3], n[3:6], n[6:])
    if f == 2:
        return n
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def uk_mobile(rng):
    n = "07" + rng.choice("45789") + digits(rng, 8)
    f = rng.randint(0, 4)
    if f == 0:
        return n
    if f == 1:
        return "+44 %s %s" % (n[1:5], n[5:])
    if f == 2:
        return "+44 (0)%s %s %s" % (n[1:5], n[5:8], n[8:])
    return "%s %s" % (n[:5], n[5:])


def uk_land(rng, code):
    if code in ("029", "0113", "0114", "0131", "0141", "0151", "0161", "0191"):
        if code == "029":
            return "029 %s %s" % (rng.choice(["20", "21"]) + digits(rng, 2), digits(rng, 4))
        return "%s %s %s" % (code, digits(rng, 3), digits(rng, 4))
    return "%s %s" % (code, digits(rng, 6))


def ie_mobile(rng):
    pre = rng.choice(["83", "85", "86", "87", "89"])
    n = digits(rng, 7)
    f = rng.randint(0, 3)
    if f == 0:
        return "0%s %s %s" % (pre, n[:3], n[3:])
    if f == 1:
        return "+353 %s %s %s" % (pre, n[:3], n[3:])
    if f == 2:
        return "0%s%s" % (pre, n)
    return "(0%s) %s %s" % (pre, n[:3], n[3:])


def ie_land(rng, code):
    if code == "01":
        return rng.choice(["01 %s %s" % (digits(rng, 3), digits(rng, 4)),
                           "+353 1 %s %s" % (digits(rng, 3), digits(rng, 4))])
    return "%s %s %s" % (code, digits(rng, 3), digits(rng, 4))


# ---------------------------------------------------------------- name pools
# Entries are separated by ";".  "Canon|alt|alt" gives alternative forms
# (nicknames, abbreviations, unaccented spellings) of the same given name.
def _pool(s):
    out = []
    for part in s.split(";"):
        part = " ".join(part.split())
        if part:
            out.append([x.strip() for x in part.split("|")])
    return out


GIVEN = {
    "eus": {
        "m": _pool("""Iñaki|Iñaki|Inaki; Aitor; Jon; Mikel; Unai; Gorka; Xabier|Xabi;
            Koldo; Ander; Asier; Iker; Eneko; Ibon; Joseba|Josu; Imanol; Patxi;
            Ekaitz; Julen; Oier; Haritz; Igor; Jon Ander|Jonan; Kepa; Aritz;
            Txomin; Andoni; Beñat; Urko; Gaizka; Josu Mirena|Josu"""),
        "f": _pool("""Ainhoa; Amaia; Arantxa|Arantza; Edurne; Garazi; Idoia; Itziar;
            Maite; Miren; Nerea; Leire; Olatz; Nekane; Irati; Itsaso; Maialen;
            Uxue; Izaro; Ane; Saioa; Begoña|Bego; Arrate; Iratxe; Josune; Garbiñe;
            Miren Josune|Miren; Ainara; Elixabete|Eli; Zuriñe; Alaitz"""),
    },
    "cat": {
        "m": _pool("""Jordi; Josep|Pep; Joan; Pere; Pau; Martí|Marti; Arnau; Oriol; Jaume;
            Xavier|Xavi; Marc; Ferran; Lluís|Lluis; Narcís|Narcis; Joaquim|Quim;
            Albert; Roger; Sergi; Biel; Joan Josep|Joanjo; Guillem; Enric; Jaume
            Miquel; Eudald; Quirze; Bernat; Ramon; Salvador|Salva; Pol; Genís"""),
        "f": _pool("""Montserrat|Montse; Núria|Nuria; Mireia; Laia; Meritxell|Txell; Roser;
            Anna; Marta; Neus; Carme; Mercè|Merce; Glòria|Gloria; Júlia|Julia;
            Aina; Berta; Ona; Queralt; Elisenda; Assumpta; Maria Dolors|Dolors;
            Rosa Maria|Rosa; Judit; Clàudia|Claudia; Sílvia|Silvia; Imma; Aurora;
            Marta Rosa; Lourdes; Griselda; Mariona"""),
    },
    "gal": {
        "m": _pool("""Xosé|Xosé|Xose; Xoán|Xoan; Brais; Anxo; Uxío|Uxio; Iago; Roi; Xurxo;
            Breixo; Antón|Anton; Ramón|Ramon; Xosé Manuel|Xosé M.|Xosema; Manuel|Manolo;
            Lois; Fiz; Bieito; Martiño; Xabier; Adrián|Adrian; Xacobe; Alexandre;
            Tomé; Cibrán; Xoel"""),
        "f": _pool("""Uxía|Uxia; Antía|Antia; Iria; Sabela; Noa; Xiana; Rosalía|Rosalia; Olalla;
            Lúa|Lua; Maruxa; Branca; Alba; Erea; Xoana; Icía|Icia; Carme; Mariña;
            Tareixa; Uxía María|Uxía; Vitoria; Aldara; Sabela María; Ledicia; Eva"""),
    },
    "can": {
        "m": _pool("""Yeray; Acoidan; Jonay; Airam; Ayoze; Tinerfe; Echedey; Aday; Yone; Adexe;
            Cristo; Juan Cristóbal|Juan Cristobal; Nauzet; Heriberto; Ancor; Benigno;
            Tanausú|Tanausu; Bentor; Agoney; Eloy; Domingo|Mingo; Tomás Ignacio"""),
        "f": _pool("""Yaiza; Idaira; Guacimara; Nayra; Candelaria|Candela|Cande; Chaxiraxi;
            Atteneri; Yurena; Cathaysa; Dácil|Dacil; Tara; Ariadna; Yurena del Pino;
            María del Pino|Mª del Pino|Pino; Nieves; Guayarmina; Iballa; Yanira;
            Carmen Delia; Ruth Elena; Anaís|Anais"""),
    },
    "cas": {
        "m": _pool("""José Luis|Jose Luis|J. Luis|Joselu; Juan Carlos|Juanca|J. Carlos;
            Francisco Javier|Fco. Javier|Javier|Javi; Juan de Dios; José María|Jose Mª|José Mª|Chema;
            Antonio|Toni; Manuel|Manolo|Manu; Francisco|Paco|Fco.; Jesús|Jesus|Chus; Ángel|Angel;
            Alfonso; Santiago|Santi; Álvaro|Alvaro; Gonzalo; Rodrigo; Fermín|Fermin;
            Tomás|Tomas; Ignacio|Nacho; Eusebio; Cándido|Candido; Bienvenido; Severino;
            Ceferino; Modesto; Inocencio; Amador; Leandro; Jacinto; Enrique|Quique;
            Pedro José; Miguel Ángel|Miguel Angel|Miguelo; José|Pepe|Jose; Luis Miguel;
            Julián|Julian; Rafael|Rafa; Ricardo; Emilio; Vicente; Andrés|Andres; Félix;
            Sebastián|Sebas; Marcos; Raúl|Raul; Diego; Hugo; Mario; Víctor|Victor;
            Agustín|Agustin; Lorenzo; Isidro; Valentín; Jose Antonio|J. Antonio|Josean"""),
        "f": _pool("""María del Carmen|Mª del Carmen|M.ª del Carmen|Maricarmen|Mari Carmen|Carmen;
            María José|Mª José|Marijose|Majo; Ana Belén|Ana Belen; Rocío del Pilar|Rocío;
            María de los Ángeles|Mª de los Ángeles|Marian|Angeles; María Jesús|Mª Jesús|Chus;
            Pilar|Pili; Rosa; Paz; Luz; Dolores|Lola|Loli; Mercedes|Merche; Concepción|Concha|Conchi;
            Amparo; Consuelo|Chelo; Remedios|Reme; Inmaculada|Inma; Encarnación|Encarna;
            Esperanza; Soledad|Sole; Rocío|Rocio; Milagros|Mila; Purificación|Puri;
            Ascensión|Chon; Rosario|Charo; Guadalupe|Lupe; Lucía|Lucia; Marta; Cristina|Cris;
            Beatriz|Bea; Raquel; Sonia; Elena; Patricia|Patri; Eva María; Alicia;
            Teresa|Tere; Isabel|Isa|Chabeli; Montserrat|Montse; Sara; Irene; Natalia;
            Almudena; Yolanda; Begoña; María Luisa|Mª Luisa|Marisa; Ana Isabel; Victoria|Vicky;
            Estrella; Aurora; Nuria; Rebeca; Susana; Virginia"""),
    },
    "lat": {
        "m": _pool("""Wilmer; Jhon Fredy|Jhon; Brayan; Juan Pablo; Luis Fernando; Carlos Andrés|Carlos Andres;
            Edwin; Nelson; Óscar Iván|Oscar Ivan; Wilson; Jairo; Jhonatan; Cristian David;
            Luis Alberto; Jorge Eliécer; Yefferson; Anderson; Franklin; Darwin; Gustavo Adolfo;
            Héctor|Hector; Eliseo; Ronald; Kevin Alexis; Walter; Freddy; Henry"""),
        "f": _pool("""Yesenia; Yuliana; Dayana; Leidy Johana|Leidy; Maryuri; Ximena; Guadalupe|Lupita;
            Ana Lucía|Ana Lucia; Mayra Alejandra|Mayra; Yamileth; Karina; María Fernanda|Mafe;
            Valentina; Camila; Luz Marina; Gladys; Yessica; Lizeth; Marisol; Rosa Elvira;
            Francia Elena; Deisy; Katherine|Kathe; Milagros del Rosario|Milagros; Nelly"""),
    },
    "mar": {
        "m": _pool("""Mohamed|Mohammed|Mohamed; Ahmed; Youssef|Yusuf; Hamza; Rachid; Said; Karim;
            Mustapha|Mustafa; Abdelkader; Hicham; Nabil; Omar; Adil; Khalid; Mohamed Amine|Amine;
            Abdelilah; Driss; Soufiane; Brahim; Mourad; Jamal; Aziz; Zakaria|Zakariae"""),
        "f": _pool("""Fatima; Fatima Zahra|Fatima; Khadija; Naima; Samira; Hanane; Malika; Zineb;
            Salma; Imane; Latifa; Nadia; Houda; Rachida; Siham; Meriem; Asmae; Hafsa;
            Ilham; Soukaina; Karima; Loubna; Nawal"""),
    },
    "rom": {
        "m": _pool("""Ionuț|Ionut|Ionuț; Andrei; Mihai; Alexandru|Alex; Florin; Gheorghe|Ghiță;
            Vasile; Cristian; Bogdan; Marius; Ionel; Costel; Dorin; Adrian; Răzvan|Razvan;
            Sorin; Cătălin|Catalin; Ioan Alexandru|Ioan; Ștefan|Stefan; Liviu; Valentin;
            Nicolae|Nicu; Emil; Tiberiu"""),
        "f": _pool("""Mihaela; Elena; Ioana; Andreea; Alina; Gabriela; Ana-Maria|Ana Maria;
            Florentina; Nicoleta; Raluca; Daniela; Roxana; Cristina; Lăcrămioara|Lacramioara;
            Simona; Violeta; Mădălina|Madalina; Oana; Loredana; Corina; Georgiana; Luminița"""),
    },
    "chn": {
        "m": _pool("""Wei; Jian; Lei; Qiang; Tao; Jun; Xiaoming; Haoran; Yiming; Bo; Zhiwei;
            Jianguo; Hao; Ming; Yong; Xin"""),
        "f": _pool("""Fang; Xiaoling; Hong; Jing; Min; Yan; Hui; Lili; Mei; Yu; Zihan; Shu;
            Na; Xiaoyan; Ying; Qian; Lin"""),
    },
    "wel": {
        "m": _pool("""Rhys; Dafydd|Dai|Dafs; Gethin; Iwan; Geraint; Aled; Huw; Emrys; Owain;
            Ieuan; Tomos|Tom; Cai; Gruffydd|Guto; Llŷr|Llyr; Bryn; Hywel; Meirion; Dylan;
            Osian; Steffan; Gareth|Gaz; Rhodri; Alun; Idris; Elfed; Caradog; Deiniol"""),
        "f": _pool("""Siân|Sian; Cerys; Gwenllian|Gwen; Nia; Ffion; Eleri; Angharad; Bethan|Beth;
            Carys; Lowri; Mali; Elin; Rhiannon; Seren; Heledd; Catrin; Mererid; Non;
            Llinos; Menna; Delyth; Glenys; Myfanwy; Eirlys; Nerys"""),
    },
    "sco": {
        "m": _pool("""Hamish; Ewan; Callum; Struan; Fraser; Alasdair|Ali; Lachlan|Lachie; Murdo;
            Angus|Gus; Iain; Euan; Robert|Rab|Rabbie; Craig; Ross; Kenneth|Kenny; Finlay;
            Grant; Duncan; Alistair|Ally; Douglas|Dougie"""),
        "f": _pool("""Eilidh; Kirsty; Isla; Mhairi; Ishbel; Shona; Fiona; Ailsa; Iona; Rhona;
            Kirsteen; Morag; Catriona|Cat; Margaret|Maggie|Peggy; Jean; Lorna; Elspeth;
            Fenella; Innes; Agnes|Nessa"""),
    },
    "gae": {
        "m": _pool("""Seumas; Dòmhnall|Domhnall; Ruairidh; Calum; Tormod; Fionnlagh; Coinneach;
            Aonghas; Uilleam; Iain Ruadh|Iain; Eòghann|Eoghann; Niall; Alasdair; Murchadh"""),
        "f": _pool("""Mòrag|Morag; Catrìona|Catriona; Seonaid; Peigi; Floraidh|Flora; Màiri|Mairi;
            Ealasaid; Oighrig; Raonaid; Ceitidh|Katie; Sìne|Sine; Anna"""),
    },
    "iri": {
        "m": _pool("""Seán|Sean; Pádraig|Padraig|Paddy; Ciarán|Ciaran; Cathal; Oisín|Oisin;
            Darragh; Eoin; Donncha; Tadhg; Fionn; Colm; Diarmuid; Ruairí|Ruairi; Cian;
            Micheál|Micheal|Mick; Dónal|Donal; Séamus|Seamus; Rónán|Ronan; Eoghan;
            Conor; Declan; Fergal; Brendan; Liam"""),
        "f": _pool("""Siobhán|Siobhan; Aoife; Niamh; Caoimhe; Saoirse; Róisín|Roisin; Orla;
            Clodagh; Gráinne|Grainne; Ciara; Sinéad|Sinead; Méabh|Meabh; Aisling; Bríd|Brid|Bridie;
            Úna|Una; Éabha|Eabha; Dearbhla; Máire|Maire; Nóra|Nora; Deirdre; Fiadh"""),
    },
    "ga": {
        "m": _pool("""Seán; Pádraig; Ciarán; Tadhg; Donnchadh; Cathal; Diarmuid; Colm; Micheál;
            Peadar; Tomás; Eoghan; Caoimhín; Ruairí"""),
        "f": _pool("""Siobhán; Aoife; Niamh; Gráinne; Bríd; Máire; Úna; Caitríona; Sadhbh;
            Róisín; Nóirín; Aoibheann"""),
    },
    "eng": {
        "m": _pool("""Jack; Oliver|Ollie; Harry; George; Thomas|Tom|Tommy; James|Jim|Jamie;
            William|Bill|Will; Ben; Daniel|Dan|Danny; Matthew|Matt; Luke; Darren; Gary;
            Wayne; Lee; Stephen|Steve; Paul; Kevin|Kev; Neil; Mark; Robin; Colin; Keith;
            Barry; Graham; Trevor; Dean; Ryan; Carl; Nathan; Stuart; Philip|Phil"""),
        "f": _pool("""Emma; Sophie; Charlotte|Charlie; Hannah; Lauren; Chloe; Jessica|Jess;
            Rebecca|Becky; Gemma; Kerry; Hayley; Joanne|Jo; Tracey; Michelle|Shell;
            Deborah|Debbie; Sandra; Joy; Hope; Grace; Faith; Rose; Amber; Summer; Holly;
            Dawn; Pauline; Lesley; Janet; Christine|Chris; Karen; Julie; Abigail|Abbie"""),
    },
    "nga": {
        "m": _pool("""Oluwaseun|Seun; Chinedu; Emeka; Tunde|Babatunde; Babajide|Jide; Olumide;
            Ikechukwu|Ike; Obinna; Femi|Oluwafemi; Segun; Adebayo; Kayode; Chukwuemeka|Emeka;
            Damilola|Dami; Tobiloba|Tobi; Uchenna; Ayodele"""),
        "f": _pool("""Chiamaka|Amaka; Ngozi; Folake; Adaeze|Ada; Funmilayo|Funmi; Yetunde|Yemi;
            Nneka; Temitope|Tope; Bukola|Bukky; Chioma; Ifeoma|Ify; Omolara|Lara; Abimbola|Bimbo;
            Oluwatoyin|Toyin; Adaora"""),
    },
    "gha": {
        "m": _pool("""Kwame; Kofi; Kwabena; Yaw; Kwaku; Kojo; Kwesi; Nana Kwame|Nana; Fiifi;
            Kwadwo; Ekow; Selorm"""),
        "f": _pool("""Akosua; Ama; Abena; Efua; Adwoa; Afua; Esi; Akua; Yaa; Maame; Adjoa; Serwaa"""),
    },
    "pak": {
        "m": _pool("""Muhammad Imran|Imran; Bilal; Faisal; Usman; Asif; Tariq; Zahid; Naveed;
            Shahid; Kamran; Adnan; Zeeshan; Waqas; Muhammad Ali|Ali; Haris; Junaid; Rizwan;
            Sajid; Arslan"""),
        "f": _pool("""Ayesha; Sana; Saima; Rabia; Uzma; Shazia; Mehwish; Farah; Nasreen; Hina;
            Iqra; Zainab; Rukhsana; Samina; Amna; Sidra; Fozia; Nabila"""),
    },
    "pol": {
        "m": _pool("""Krzysztof|Krzysiek; Paweł|Pawel; Tomasz|Tomek; Piotr; Marcin; Łukasz|Lukasz;
            Michał|Michal; Grzegorz|Grzesiek; Wojciech|Wojtek; Jakub|Kuba; Mateusz; Kamil;
            Bartosz|Bartek; Dariusz|Darek; Zbigniew|Zbyszek; Sławomir|Slawek; Przemysław|Przemek"""),
        "f": _pool("""Małgorzata|Gosia|Malgorzata; Agnieszka|Aga; Katarzyna|Kasia; Joanna|Asia;
            Magdalena|Madzia; Ewa; Beata; Dorota; Aleksandra|Ola; Monika; Justyna; Urszula|Ula;
            Grażyna|Grazyna; Żaneta|Zaneta; Paulina; Bożena|Bozena; Weronika"""),
    },
    "som": {
        "m": _pool("""Abdirahman; Mohamed|Maxamed; Abdullahi; Hassan; Ahmed; Abdi; Mahad; Yusuf;
            Abdiqadir; Liban; Guled; Farah; Mukhtar; Said; Ismail; Jama; Osman; Nur; Aden"""),
        "f": _pool("""Hodan; Faduma|Fadumo; Amina; Sahra; Ifrah; Ubah; Hibo; Deeqa; Nimco; Ayan;
            Sagal; Filsan; Khadra; Asha; Idil; Hamdi"""),
    },
}


def _list(s):
    return [" ".join(x.split()) for x in s.split(";") if x.strip()]


SURN = {
    "eus": _list("""Etxeberria; Goikoetxea; Agirre; Arrieta; Urrutia; Zubizarreta; Larrañaga;
        Arregi; Bengoetxea; Elorza; Garmendia; Iturbe; Mendizabal; Olabarria; Uriarte;
        Zabala; Ibarra; Aranburu; Lizarralde; Txurruka; Unzueta; Azkue; Egaña; Goñi;
        Aldekoa; Oyarzabal; Ugalde; Arrizabalaga; Basterretxea; Eizagirre; Lasa;
        Gorostiza; Atxa; Etxaniz; Izagirre; Sarasola; Zuloaga; Bilbao; Ormaetxea;
        Iriondo; Landa; Ezeiza; Urkiola; Artetxe; Goiri; Mugica; Aguirrezabala"""),
    "cat": _list("""Puig; Vila; Serra; Soler; Ferrer; Roig; Pujol; Casals; Font; Riera; Bosch;
        Sala; Vidal; Camps; Mas; Planas; Rovira; Coll; Batlle; Prats; Vilanova; Sureda;
        Carbonell; Garriga; Comas; Bonet; Oliveras; Puigdomènech; Tarragó; Giralt;
        Fàbregas; Roca; Amat; Llobet; Sabaté; Vives; Castells; Pujadas; Escudé; Masó;
        d'Ors; Vilaró; Canals; Xirau; Farré; Guàrdia; Sunyer; Bassols; Torrent"""),
    "gal": _list("""Castro; Otero; Varela; Lago; Vázquez; Rivas; Seoane; Carballo; Figueroa;
        Pazos; Outeiro; Barreiro; Mosquera; Souto; Rial; Porto; Noya; Bouzas; Cid; Lema;
        Pena; Teixeira; Piñeiro; Loureiro; Couceiro; Castiñeira; Vilariño; Fraga;
        Rodríguez; Iglesias; Sanmartín; Freire; Caamaño; Regueiro; Quintela; Bermúdez"""),
    "can": _list("""Hernández; Rodríguez; González; Perdomo; Cabrera; Déniz; Santana; Suárez;
        Trujillo; Afonso; Brito; Cubas; Medina; Padrón; Quintana; Melián; Betancor;
        Dorta; Febles; Bencomo; Mendoza; Alemán; Falcón; Armas; Hormiga; Ojeda;
        Pestano; Cruz; Marrero; Sosa; Castellano; Acosta; Viera"""),
    "cas": _list("""García; Martínez; López; Sánchez; Pérez; Gómez; Martín; Jiménez; Ruiz;
        Díaz; Moreno; Muñoz; Álvarez; Romero; Alonso; Gutiérrez; Navarro; Torres;
        Domínguez; Gil; Serrano; Blanco; Molina; Morales; Ortega; Delgado; Castillo;
        Rubio; Marín; Sanz; Núñez; Garrido; Cortés; Lozano; Guerrero; Cano; Prieto;
        Méndez; Calvo; Gallego; León; Herrera; Peña; Flores; Campos; Vega; Fuentes;
        Carrasco; Díez; Caballero; Reyes; Nieto; Aguilar; Pascual; Santos; Herrero;
        Lorenzo; Montero; Hidalgo; Giménez; Ibáñez; Durán; Benítez; Mora; Vicente;
        Vargas; Arias; Carmona; Crespo; Román; Pastor; Soto; Sáez; Velasco; Moya;
        Parra; Esteban; Bravo; Gallardo; Rojas; de la Fuente; del Río; de los Santos;
        de la Torre; del Olmo; de Miguel; de Castro; Sáenz-Díez; López-Cózar;
        Fernández-Arias; Ruiz de Alda; Martín-Peñasco; Cordero; Lobo; Rey; Mesa;
        Leal; Bueno; Salvador; Manzano; Barrios; Escudero; Izquierdo; Palomo"""),
    "lat": _list("""Quispe; Mamani; Huamán; Cárdenas; Villca; Condori; Chávez; Salazar; Mejía;
        Restrepo; Ospina; Zuluaga; Londoño; Arango; Cifuentes; Zambrano; Montoya;
        Palacios; Valencia; Pacheco; Ochoa; Rincón; Cedeño; Villalobos; Saavedra;
        Benavides; Castañeda; Urdaneta; Guzmán; Paredes; Orellana; Espinoza; Tapia"""),
    "mar": _list("""El Amrani; Benali; Ait Ouali; El Idrissi; Bennani; Alaoui; Tazi; Ouchen;
        Boukhari; Haddad; El Khattabi; Zerrouki; Chakir; Lahlou; Ouahbi; Belhaj;
        El Fassi; Bouzid; Azzouzi; Mansouri; Ziani; El Mahdi; Ait Benhaddou; Berrada;
        El Ouardi; Benjelloun; Aouad"""),
    "rom": _list("""Popescu; Ionescu; Popa; Dumitru; Stan; Stoica; Gheorghe; Matei; Constantin;
        Munteanu; Rusu; Marin; Tudor; Dobre; Lungu; Moldovan; Ciobanu; Șerban; Nistor;
        Bălan; Vasilescu; Răducanu; Enache; Ene; Barbu; Cojocaru; Mocanu; Oprea;
        Dragomir; Neagu"""),
    "chn": _list("""Wang; Li; Zhang; Liu; Chen; Yang; Huang; Zhao; Wu; Zhou; Xu; Sun; Ma;
        Zhu; Hu; Guo; Lin; He; Gao; Luo; Zheng; Ye; Jiang; Pan"""),
    "wel": _list("""Jones; Williams; Davies; Evans; Thomas; Roberts; Hughes; Lewis; Morgan;
        Griffiths; Pritchard; Llewellyn; Price; Powell; Bowen; Parry; Pugh; Vaughan;
        Prosser; Rees; Jenkins; Owen; Howells; Lloyd; Meredith; Cadwaladr; ap Iorwerth;
        ap Gwilym; Gruffudd; Pryce; Bevan; Watkins; Probert; Beynon; Morgan-Jones;
        Pugh-Evans; Wyn; Prydderch"""),
    "sco": _list("""MacLeod; MacDonald; Mackenzie; Campbell; Stewart; Fraser; Robertson;
        MacLean; Munro; Ross; Murray; Morrison; Mackay; Sutherland; Buchanan; Grant;
        Cameron; Ferguson; McIntyre; Drummond; Urquhart; Gillies; MacAulay; Matheson;
        Macaskill; Nicolson; Paterson; Menzies; Dalziel; McGregor; Kerr; Lindsay"""),
    "iri": _list("""Murphy; Kelly; O'Sullivan; Walsh; O'Brien; Byrne; Ryan; O'Connor; O'Neill;
        Doyle; McCarthy; Gallagher; Kennedy; Lynch; Quinn; Brennan; Fitzgerald; Moran;
        Nolan; Keane; Daly; Dunne; Ó Sé; O'Donovan; Mac Gearailt; Cullinane; Hegarty;
        Ní Dhuibhir; Flanagan; Tierney; Costello"""),
    "eng": _list("""Smith; Taylor; Brown; Wilson; Johnson; Walker; Wright; Robinson; Thompson;
        Hall; Green; Wood; Baker; Mason; Turner; Hill; Cooper; Ward; Marsh; Fox;
        Pickering; Armstrong; Heslop; Dobson; Crossley; Butterworth; Ackroyd; Sutcliffe;
        Hargreaves; Lumb; Barraclough; Holroyd; Shackleton; Bell; Charlton; Milburn;
        Fenwick; Robson; Pearson; Atkinson; Heaton-Shaw"""),
    "nga": _list("""Adeyemi; Okafor; Nwosu; Eze; Adebayo; Okonkwo; Balogun; Ogunleye; Olawale;
        Onyeka; Obi; Uche; Nwachukwu; Afolabi; Oyelaran; Oladipo; Akinola; Ibekwe;
        Okoro; Adeleke; Adebayo-Ogunleye; Oyewole"""),
    "gha": _list("""Mensah; Boateng; Asante; Owusu; Darko; Osei; Agyeman; Appiah; Ofori; Amoah;
        Acheampong; Frimpong; Quaye; Addo; Tetteh; Ansah; Bonsu; Asamoah"""),
    "pak": _list("""Qureshi; Siddiqui; Chaudhry; Malik; Raza; Hussain; Khan; Ahmed; Iqbal;
        Akhtar; Butt; Mahmood; Rashid; Shah; Anwar; Aslam; Javed; Mirza; Bhatti;
        Rehman; Sheikh; Abbasi; D'Souza"""),
}
# Polish surnames: (male, female) forms.
SURN_POL = [tuple(x.split("/")) for x in _list("""Nowak/Nowak; Kowalczyk/Kowalczyk;
    Wiśniewski/Wiśniewska; Zieliński/Zielińska; Wójcik/Wójcik; Kamiński/Kamińska;
    Lewandowski/Lewandowska; Dąbrowski/Dąbrowska; Szymański/Szymańska; Woźniak/Woźniak;
    Kozłowski/Kozłowska; Jankowski/Jankowska; Mazur/Mazur; Krawczyk/Krawczyk;
    Piotrowski/Piotrowska; Grabowski/Grabowska; Pawlak/Pawlak; Michalski/Michalska;
    Król/Król; Wieczorek/Wieczorek; Jabłoński/Jabłońska; Majewski/Majewska;
    Olszewski/Olszewska; Stępień/Stępień; Dudek/Dudek; Zając/Zając; Sikora/Sikora;
    Kaczmarek/Kaczmarek; Górecki/Górecka; Sobczak/Sobczak; Wróblewski/Wróblewska""")]
# Gaelic (Scottish) and Irish-language surnames: (male, female) forms.
SURN_GAE = [tuple(x.split("/")) for x in _list("""MacLeòid/NicLeòid;
    MacDhòmhnaill/NicDhòmhnaill; MacAoidh/NicAoidh; MacCoinnich/NicCoinnich;
    Caimbeul/Chaimbeul; MacIllEathain/NicIllEathain; Moireach/Mhoireach;
    MacAmhlaigh/NicAmhlaigh; Rothach/Rothach; MacNeacail/NicNeacail;
    Mac a' Ghobhainn/Nic a' Ghobhainn; Dòmhnallach/Dhòmhnallach""")]
SURN_GA = [tuple(x.split("/")) for x in _list("""Ó Súilleabháin/Ní Shúilleabháin;
    Ó Briain/Ní Bhriain; Mac Cárthaigh/Nic Cárthaigh; Ó Murchú/Ní Mhurchú;
    Ó Ceallaigh/Ní Cheallaigh; Ó Dónaill/Ní Dhónaill; Mac Giolla Phádraig/Nic Giolla Phádraig;
    Ó Néill/Ní Néill; Ó Conchúir/Ní Chonchúir; Breathnach/Bhreathnach; de Búrca/de Búrca;
    Ó Fearghail/Ní Fhearghail; Mac Mathúna/Nic Mhathúna; Ó Riain/Ní Riain;
    Ó hAodha/Ní Aodha; Ó Dubhghaill/Ní Dhubhghaill; Ó Loingsigh/Ní Loingsigh""")]

ES_TWO = ("eus", "cat", "gal", "can", "cas", "lat")
UK_CULTS = ("wel", "sco", "gae", "iri", "ga", "eng", "nga", "gha", "pak", "pol", "som")


def pool_sizes():
    g = []
    for cul in sorted(GIVEN):
        for sx in ("m", "f"):
            for e in GIVEN[cul][sx]:
                g.append(e[0])
    s = []
    for cul in sorted(SURN):
        s.extend(SURN[cul])
    for pair in SURN_POL + SURN_GAE + SURN_GA:
        s.extend(pair)
    return len(sorted(dict.fromkeys(g))), len(sorted(dict.fromkeys(s)))


# ---------------------------------------------------------------- persons
def mk_person(rng, cul, sex=None):
    if sex is None:
        sex = rng.choice("mf")
    ent = rng.choice(GIVEN[cul][sex])
    p = {"cul": cul, "sex": sex, "g": ent[0],
         "gv": [x for x in ent[1:] if x != ent[0]], "sj": " ", "order": "gs",
         "mid": ""}
    if cul in ES_TWO:
        own = SURN[cul]
        s1 = rng.choice(own) if rng.random() < 0.7 else rng.choice(SURN["cas"])
        while True:
            s2 = rng.choice(own) if rng.random() < 0.55 else rng.choice(SURN["cas"])
            if s2 != s1:
                break
        p["s"] = [s1, s2]
        if cul == "cat" and rng.random() < 0.2:
            p["sj"] = " i "
        elif cul == "cas" and rng.random() < 0.04:
            p["sj"] = " y "
        if cul == "lat" and rng.random() < 0.15:
            p["s"] = [s1]
    elif cul == "chn":
        p["s"] = [rng.choice(SURN["chn"])]
        if rng.random() < 0.25:
            e2 = rng.choice(GIVEN["cas"][sex])
            p["g"], p["gv"] = e2[0], []
        else:
            p["order"] = "sg"
    elif cul in ("mar", "rom"):
        p["s"] = [rng.choice(SURN[cul])]
    elif cul == "pol":
        pair = rng.choice(SURN_POL)
        p["s"] = [pair[0] if sex == "m" else pair[1]]
    elif cul == "gae":
        pair = rng.choice(SURN_GAE)
        p["s"] = [pair[0] if sex == "m" else pair[1]]
    elif cul == "ga":
        pair = rng.choice(SURN_GA)
        p["s"] = [pair[0] if sex == "m" else pair[1]]
    elif cul == "som":
        f1 = rng.choice(GIVEN["som"]["m"])[0]
        while True:
            f2 = rng.choice(GIVEN["som"]["m"])[0]
            if f2 != f1 and f1 != p["g"]:
                break
            f1 = rng.choice(GIVEN["som"]["m"])[0]
        p["s"] = [f1, f2]
    else:
        p["s"] = [rng.choice(SURN[cul])]
        if rng.random() < 0.18:
            m = rng.choice(GIVEN[cul][sex])[0]
            if m != p["g"] and " " not in p["g"]:
                p["mid"] = m
    return p


def es_cult(rng, city, mix=0.25):
    r = rng.random()
    if r < mix:
        return rng.choice(["lat", "lat", "mar", "rom", "chn"])
    loc = {"Bilbao": "eus", "Donostia": "eus", "Barcelona": "cat", "Girona": "cat",
           "Vigo": "gal", "A Coruña": "gal", "Santa Cruz de Tenerife": "can",
           "Las Palmas": "can", "Madrid": "cas"}.get(city, "cas")
    if rng.random() < 0.6:
        return loc
    return "cas"


def uk_cult(rng, region, mix=0.3):
    if rng.random() < mix:
        return rng.choice(["nga", "gha", "pak", "pol", "som", "pol", "pak", "eng"])
    if region == "wales":
        return rng.choice(["wel", "wel", "wel", "eng"])
    if region == "scotland":
        return rng.choice(["sco", "sco", "gae", "eng"])
    if region == "ireland":
        return rng.choice(["iri", "iri", "ga"])
    return rng.choice(["eng", "eng", "eng", "iri", "sco"])


def full(p):
    if p["order"] == "sg":
        return p["s"][0] + " " + p["g"]
    g = p["g"] + (" " + p["mid"] if p["mid"] else "")
    return g + " " + p["sj"].join(p["s"])


def short(p):
    if p["order"] == "sg":
        return full(p)
    return p["g"] + " " + p["s"][0]


def given(p, rng=None):
    if rng is not None and p["gv"] and rng.random() < 0.45:
        return rng.choice(p["gv"])
    if p["order"] == "sg":
        return p["g"]
    return p["g"]


def sur(p, both=False):
    if p["cul"] == "som":
        return p["s"][-1]
    if both:
        return p["sj"].join(p["s"])
    return p["s"][0]


def rev(p, both=True):
    if p["order"] == "sg":
        return p["s"][0] + ", " + p["g"]
    return sur(p, both) + ", " + p["g"]


def _core_initial(s):
    parts = s.split(" ")
    parts = [x for x in parts if x not in ("Ó", "Ní", "Nic", "Mac", "de", "del", "la",
                                           "los", "ap", "El", "Ait", "a'", "Uí")]
    w = parts[0] if parts else s
    w = w.replace("d'", "")
    return strip_acc(w)[:1].upper()


def handle(p, rng):
    g0 = given(p, rng).split(" ")[0]
    ini = _core_initial(p["s"][0])
    k = rng.randint(0, 4)
    if k == 0:
        return "%s %s." % (g0, ini)
    if k == 1:
        return "%s_%s" % (strip_acc(g0), ini)
    if k == 2:
        return "%s%s" % (strip_acc(g0).lower(), slug(p["s"][0])[:6])
    if k == 3:
        return "%s %s" % (g0, p["s"][0])
    return "%s.%s" % (strip_acc(g0).lower(), strip_acc(p["s"][0][0]).lower())


def any_form(rng, p, es=True):
    """A random everyday mention of a person (no title)."""
    k = rng.randint(0, 9)
    if k <= 3:
        return full(p)
    if k <= 5:
        return short(p)
    if k == 6:
        return rev(p, both=rng.random() < 0.6)
    if k == 7:
        return full(p).upper()
    if k == 8:
        return strip_acc(full(p))
    return given(p, rng) + " " + p["sj"].join(p["s"]) if p["order"] == "gs" else full(p)


def title_es(p, rng):
    if p["sex"] == "m":
        return rng.choice(["Sr.", "D.", "don", "Sr. D."])
    return rng.choice(["Sra.", "Dña.", "D.ª", "doña", "Sra. Dña."])


def title_en(p, rng):
    if p["sex"] == "m":
        return "Dr" if rng.random() < 0.07 else rng.choice(["Mr", "Mr.", "Mr"])
    return "Dr" if rng.random() < 0.05 else rng.choice(["Mrs", "Ms", "Miss", "Ms.", "Mrs"])


ES_MAILS = ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "euskaltel.net",
            "outlook.es", "icloud.com", "hotmail.es", "movistar.es", "gmail.com", "live.com",
            "r.cable.es"]
UK_MAILS = ["btinternet.com", "sky.com", "outlook.com", "hotmail.co.uk", "eircom.net",
            "gmail.com", "yahoo.co.uk", "icloud.com", "virginmedia.com", "talktalk.net",
            "gmail.com", "hotmail.com"]


def email_of(rng, p, domain=None, uk=False):
    g = slug(p["g"].split(" ")[0] if p["order"] == "gs" else p["g"])
    s = slug(p["s"][0])
    s2 = slug(p["s"][1]) if len(p["s"]) > 1 else ""
    k = rng.randint(0, 6)
    if k == 0:
        loc = "%s.%s" % (g, s)
    elif k == 1:
        loc = "%s%s" % (g[:1], s)
    elif k == 2:
        loc = "%s%s%s" % (g, s[:1], rng.randint(60, 99))
    elif k == 3 and s2:
        loc = "%s.%s.%s" % (g, s, s2[:3])
    elif k == 4:
        loc = "%s_%s%d" % (s, g, rng.randint(1, 99))
    elif k == 5:
        loc = "%s.%s" % (g[:1], s)
    else:
        loc = "%s%s" % (g, s)
    if domain is None:
        domain = rng.choice(UK_MAILS if uk else ES_MAILS)
    return loc + "@" + domain


# ---------------------------------------------------------------- domain 1: orgs, places
ES_CO_FORMS = ["Arrieta & Roig Administración de Fincas, S.L.",
               "Arrieta & Roig Administración de Fincas S.L.", "Arrieta & Roig",
               "Arrieta & Roig", "Arrieta y Roig", "A&R Fincas", "ARRIETA & ROIG"]
ES_CO_DOM = "arrietaroig.es"
ES_CITIES = ["Bilbao", "Donostia", "Barcelona", "Girona", "Vigo", "A Coruña",
             "Santa Cruz de Tenerife", "Las Palmas", "Madrid"]
ES_CITY_CODE = {"Bilbao": "BIO", "Donostia": "DSS", "Barcelona": "BCN", "Girona": "GRO",
                "Vigo": "VGO", "A Coruña": "COR", "Santa Cruz de Tenerife": "TFE",
                "Las Palmas": "LPA", "Madrid": "MAD"}
OFFICES = {
    "Bilbao": ("Alameda de Recalde, 27, 2º dcha., 48009 Bilbao", "944 23 61 70", "bilbao"),
    "Donostia": ("Calle Prim, 19, bajo, 20006 Donostia-San Sebastián", "943 42 18 55", "donostia"),
    "Barcelona": ("Carrer d'Aragó, 281, pral. 2a, 08009 Barcelona", "93 487 22 10", "barcelona"),
    "Girona": ("Carrer de Joan Maragall, 12, 1r, 17002 Girona", "972 20 41 36", "girona"),
    "Vigo": ("Rúa de Colón, 18, 3º, 36201 Vigo", "986 43 27 19", "vigo"),
    "A Coruña": ("Rúa Fernando Macías, 8, entrechán, 15004 A Coruña", "981 12 45 90", "coruna"),
    "Santa Cruz de Tenerife": ("Calle Villalba Hervás, 5, 2º, 38002 Santa Cruz de Tenerife",
                               "922 24 81 33", "tenerife"),
    "Las Palmas": ("Calle Venegas, 44, 1º, 35003 Las Palmas de Gran Canaria", "928 36 02 71",
                   "laspalmas"),
    "Madrid": ("Calle de Santa Engracia, 112, 4º izda., 28003 Madrid", "91 441 30 62", "madrid"),
}
# city -> (streets, cp prefix, cp range, town forms, province)
ES_STREETS = {
    "Bilbao": (["Calle Licenciado Poza", "Calle Autonomía", "Alameda Urquijo",
                "Calle Iparraguirre", "Calle Zabalbide", "Avenida Sabino Arana",
                "Calle Hurtado de Amézaga", "Calle Ercilla", "Calle Fik", "Calle Gordóniz",
                "Calle Santutxu", "Calle Zamakola"], "480", (1, 15), ["Bilbao", "BILBAO"], "Bizkaia"),
    "Donostia": (["Calle Urbieta", "Avenida de la Libertad", "Calle Easo", "Paseo de Colón",
                  "Calle San Francisco", "Calle Matia", "Paseo de Heriz",
                  "Calle Segundo Izpizua", "Nagusia kalea", "Calle Gran Vía",
                  "Paseo de Errondo"], "200", (1, 18),
                 ["Donostia", "Donostia-San Sebastián", "San Sebastián"], "Gipuzkoa"),
    "Barcelona": (["Carrer de Provença", "Carrer de Mallorca", "Carrer del Consell de Cent",
                   "Passeig de Sant Joan", "Carrer de Sants", "Carrer de Verdi",
                   "Carrer de Pujades", "Avinguda Meridiana", "Travessera de Gràcia",
                   "Carrer de la Diputació", "Carrer de Bailèn"], "080", (1, 42),
                  ["Barcelona"], "Barcelona"),
    "Girona": (["Carrer de la Força", "Carrer de Santa Eugènia", "Carrer Nou",
                "Avinguda de Jaume I", "Carrer del Migdia", "Carrer de la Rutlla",
                "Passeig d'Olot", "Carrer de Barcelona", "Carrer de Pompeu Fabra"], "170", (1, 7),
               ["Girona"], "Girona"),
    "Vigo": (["Rúa do Príncipe", "Rúa Urzaiz", "Avenida de García Barbón",
              "Rúa de López Mora", "Rúa Torrecedeira", "Rúa de Venezuela",
              "Travesía de Vigo", "Rúa Pizarro", "Rúa de Romil", "Rúa Sanjurjo Badía"],
             "362", (1, 15), ["Vigo"], "Pontevedra"),
    "A Coruña": (["Rúa Real", "Rúa San Andrés", "Avenida de Finisterre",
                  "Rúa Ramón Cabanillas", "Rúa Juan Flórez", "Ronda de Outeiro",
                  "Rúa Barcelona", "Avenida do Porto", "Rúa Pintor Sotomayor"], "150", (1, 11),
                 ["A Coruña", "La Coruña"], "A Coruña"),
    "Santa Cruz de Tenerife": (["Calle del Castillo", "Rambla de Santa Cruz",
                                "Calle Méndez Núñez", "Avenida de Anaga",
                                "Calle San Sebastián", "Calle Pérez Galdós",
                                "Avenida Tres de Mayo", "Calle Ramón y Cajal",
                                "Calle Doctor Guigou"], "380", (1, 10),
                               ["Santa Cruz de Tenerife", "S/C de Tenerife"],
                               "Santa Cruz de Tenerife"),
    "Las Palmas": (["Calle León y Castillo", "Avenida José Mesa y López", "Calle Galicia",
                    "Paseo de Tomás Morales", "Calle Secretario Artiles",
                    "Calle Luis Doreste Silva", "Calle Pi y Margall", "Calle Portugal",
                    "Calle Alfredo L. Jones"], "350", (1, 19),
                   ["Las Palmas de Gran Canaria", "Las Palmas de G.C.", "Las Palmas"], "Las Palmas"),
    "Madrid": (["Calle de Alcalá", "Calle de Bravo Murillo", "Calle de Embajadores",
                "Paseo de las Delicias", "Calle de Arturo Soria", "Calle de Toledo",
                "Calle del Doctor Esquerdo", "Calle de Fuencarral", "Avenida de la Albufera",
                "Calle de López de Hoyos", "Calle de Francos Rodríguez"], "280", (1, 53),
               ["Madrid"], "Madrid"),
}
CAT_FLOORS = ["1r 1a", "2n 2a", "3r 1a", "4t 2a", "pral. 1a", "entl. 2a", "5è 3a", "àtic 1a",
              "baixos", "6è 1a"]
ES_FLOORS = ["1º A", "2º B", "3º C", "4º D", "2º izda.", "3º dcha.", "5º izq.", "bajo A",
             "4.º D", "6º C", "ático", "entreplanta", "1º dcha.", "7º B", "8º A", "2º esq.",
             "3º F", "9º 2"]


def es_flat(rng, city):
    if city in ("Barcelona", "Girona") and rng.random() < 0.75:
        return rng.choice(CAT_FLOORS)
    return rng.choice(ES_FLOORS)


def es_building(rng, city):
    streets, cpp, rg, towns, prov = ES_STREETS[city]
    st = rng.choice(streets)
    num = str(rng.randint(1, 160))
    if rng.random() < 0.12:
        num += rng.choice(["bis", " B", "-A"])
    cp = cpp + "%02d" % rng.randint(rg[0], rg[1])
    return {"street": st, "num": num, "cp": cp, "town": rng.choice(towns), "prov": prov,
            "city": city}


def es_addr(rng, b, flat=None, style=None):
    if style is None:
        style = rng.randint(0, 5)
    st, num, cp, town, prov = b["street"], b["num"], b["cp"], b["town"], b["prov"]
    fl = (", " + flat) if flat else ""
    if style == 0:
        return "%s, %s%s, %s %s" % (st, num, fl, cp, town)
    if style == 1:
        s2 = st
        for pre in ("Calle de ", "Calle del ", "Calle ", "Carrer de ", "Carrer del ", "Rúa de ",
                    "Rúa do ", "Rúa "):
            if s2.startswith(pre):
                s2 = ("C/ " if pre.startswith("Calle") or pre.startswith("Carrer") else "R/ ") + s2[len(pre):]
                break
        return "%s nº %s%s - %s %s" % (s2, num, (" " + flat) if flat else "", cp, town.upper())
    if style == 2:
        return "%s, %s%s\n%s %s (%s)" % (st, num, (" - " + flat) if flat else "", cp, town, prov)
    if style == 3:
        return "%s %s%s, %s" % (st, num, (" " + flat) if flat else "", town)
    if style == 4:
        return "%s, %s%s\n%s %s" % (st, num, fl, cp, town)
    return "%s %s%s, %s %s (%s)" % (st, num, fl, cp, town, prov)


ES_COMM_NAMES = {
    "Bilbao": ["Residencial Txurdinaga Berri", "Edificio Artagan", "Residencial Los Tilos"],
    "Donostia": ["Edificio Miracruz", "Residencial Aiete Goena"],
    "Barcelona": ["Edifici Les Voltes", "Finca Sant Antoni 22"],
    "Girona": ["Edifici Els Pins", "Residencial Montilivi"],
    "Vigo": ["Edificio Atlántico", "Residencial As Camelias"],
    "A Coruña": ["Edificio Riazor Mar", "Residencial Os Castros"],
    "Santa Cruz de Tenerife": ["Edificio Teide", "Residencial Anaga Park"],
    "Las Palmas": ["Residencial Las Canteras", "Edificio Guanarteme Sol"],
    "Madrid": ["Residencial Parque Arganzuela", "Edificio Vallehermoso 80"],
}


def es_comm(rng, city):
    b = es_building(rng, city)
    org = None
    if rng.random() < 0.35:
        nm = rng.choice(ES_COMM_NAMES[city])
        org = rng.choice(["Comunidad de Propietarios ", "C.P. ", "CC.PP. ", "Comunidad "]) + nm
        if city in ("Barcelona", "Girona") and rng.random() < 0.5:
            org = "Comunitat de Propietaris " + nm
    code = rng.choice(["CP-%s-%04d" % (ES_CITY_CODE[city], rng.randint(1, 2999)),
                       "COM%05d" % rng.randint(100, 99999),
                       "%s/%03d" % (ES_CITY_CODE[city], rng.randint(1, 999)),
                       "C%d-%s" % (rng.randint(100, 999), ES_CITY_CODE[city])])
    return {"org": org, "b": b, "code": code, "city": city}


def comm_ref(c, rng, mode="cp"):
    """Segments naming a community: its ORG name, or a generic word + ADDRESS.
    mode 'none': bare name/address; 'cp': 'Comunidad de Propietarios ...';
    'la': 'la comunidad de ...' (after a preposition)."""
    a = es_addr(rng, c["b"], None, rng.choice([0, 3, 5]))
    if c["org"]:
        return (["la ", O(c["org"])] if mode == "la" else [O(c["org"])])
    if mode == "none":
        return [A(a)]
    if mode == "la":
        return [rng.choice(["la comunidad de ", "la Comunidad de Propietarios de ", "la C.P. "]), A(a)]
    return [rng.choice(["Comunidad de Propietarios ", "C.P. ", "CC.PP. "]), A(a)]


ES_INSURERS = ["Mapfre", "Allianz Seguros", "Mutua de Propietarios", "Zurich Seguros",
               "Generali España, S.A. de Seguros y Reaseguros", "Catalana Occidente",
               "Reale Seguros", "Caser Seguros", "Plus Ultra Seguros", "Santalucía",
               "Línea Directa Aseguradora, S.A.", "AXA Seguros", "Occident", "Pelayo Mutua"]
ES_LIFTS = ["Orona", "Schindler, S.A.", "Otis", "Kone Elevadores, S.A.", "TK Elevator",
            "Ascensores Larrañaga, S.L.", "Elevadores Atlántico Galicia S.L.",
            "Ascensores Teide Canarias, S.L.", "Ascensors Garrotxa SL"]
ES_WORKS = ["Fachadas y Rehabilitaciones Miño, S.L.", "Reformes Vila i Serra, SL",
            "Impermeabilizaciones Teide, S.L.", "Construcciones Uribarri Hermanos, S.L.",
            "Rehabilitaciones Nervión S.L.", "Pintures Empordà SCCL", "Obras y Reformas Atlántida",
            "Construcciones Peña Guerrero, S.A.", "Cubiertas Donosti S.L.L.",
            "Rehabitec Madrid, S.L.", "Andamios Gran Canaria, S.L.", "Ekin Berrikuntza S.Coop.",
            "Talleres y Cubiertas Lema", "Reformas Ahmed Benali"]
ES_SERVICES = ["Limpiezas Ondarroa, S.L.", "Jardinería Guanche S.L.", "Cerrajería Txindoki",
               "Fontanería Hermanos Castro", "Desatascos Exprés 24h", "Netejes Montjuïc, S.L.",
               "Limpezas Ría de Vigo S.L.", "Clece, S.A.", "Antenas y Porteros Ruiz S.L.",
               "Anticimex", "Extintores Zubiaur S.L.", "Electricidad Brito e Hijos S.L.",
               "Fontanería Popescu", "Multiservicios Wang", "Serveis Integrals Puig i Coll"]
BASQUE, CATAL, GALIC, CANAR = ("Bilbao", "Donostia"), ("Barcelona", "Girona"), ("Vigo", "A Coruña"), \
    ("Santa Cruz de Tenerife", "Las Palmas")
SUP_REGION = [("Miño", GALIC), ("Atlántico Galicia", GALIC), ("Lema", GALIC), ("Ría de Vigo", GALIC),
              ("Castro", GALIC), ("Teide", CANAR), ("Gran Canaria", CANAR), ("Guanche", CANAR),
              ("Brito", CANAR), ("Nervión", ("Bilbao",)), ("Uribarri", ("Bilbao",)),
              ("Donosti", ("Donostia",)), ("Ekin", BASQUE), ("Larrañaga", BASQUE), ("Ondarroa", BASQUE),
              ("Txindoki", BASQUE), ("Zubiaur", BASQUE), ("Empordà", CATAL), ("Vila i Serra", CATAL),
              ("Garrotxa", CATAL), ("Montjuïc", ("Barcelona",)), ("Puig i Coll", CATAL),
              ("Rehabitec Madrid", ("Madrid",))]


def es_pick(rng, lst, city):
    """Choose a supplier whose regional name (if any) fits the city."""
    ok = []
    for x in lst:
        fit = True
        for key, cities in SUP_REGION:
            if key in x and city not in cities:
                fit = False
        if fit:
            ok.append(x)
    return rng.choice(ok or lst)


ES_PUBLIC = {
    "Bilbao": ["Ayuntamiento de Bilbao", "Bilboko Udala", "Diputación Foral de Bizkaia",
               "Juzgado de Primera Instancia nº 4 de Bilbao", "Gobierno Vasco"],
    "Donostia": ["Ayuntamiento de Donostia-San Sebastián", "Donostiako Udala",
                 "Diputación Foral de Gipuzkoa", "Juzgado de Primera Instancia nº 2 de Donostia"],
    "Barcelona": ["Ajuntament de Barcelona", "Consorci de l'Habitatge de Barcelona",
                  "Agència de l'Habitatge de Catalunya",
                  "Jutjat de Primera Instància núm. 38 de Barcelona"],
    "Girona": ["Ajuntament de Girona", "Generalitat de Catalunya",
               "Jutjat de Primera Instància núm. 3 de Girona"],
    "Vigo": ["Concello de Vigo", "Xunta de Galicia", "Instituto Galego da Vivenda e Solo",
             "Xulgado de Primeira Instancia nº 5 de Vigo"],
    "A Coruña": ["Concello da Coruña", "Xunta de Galicia",
                 "Xulgado de Primeira Instancia nº 1 da Coruña"],
    "Santa Cruz de Tenerife": ["Ayuntamiento de Santa Cruz de Tenerife", "Cabildo de Tenerife",
                               "Gobierno de Canarias",
                               "Juzgado de Primera Instancia nº 3 de Santa Cruz de Tenerife"],
    "Las Palmas": ["Ayuntamiento de Las Palmas de Gran Canaria", "Cabildo de Gran Canaria",
                   "Gobierno de Canarias", "Juzgado de Primera Instancia nº 7 de Las Palmas"],
    "Madrid": ["Ayuntamiento de Madrid", "Comunidad de Madrid",
               "Juzgado de Primera Instancia nº 61 de Madrid", "Canal de Isabel II"],
}
ES_UTIL = ["Iberdrola", "Naturgy", "Endesa", "Movistar", "Aqualia", "Agbar", "EMALSA",
           "Repsol", "Orange", "Euskaltel", "R Cable"]


# ---------------------------------------------------------------- domain 2: orgs, places
UK_CO_FORMS = ["Pritchard & Brennan Heating and Renewables Ltd",
               "Pritchard & Brennan Heating & Renewables Ltd", "Pritchard & Brennan",
               "Pritchard & Brennan", "P&B Heating", "P&B Heating and Renewables",
               "PRITCHARD & BRENNAN HEATING AND RENEWABLES LTD"]
IE_CO = "Pritchard & Brennan (Ireland) Ltd"
DEPOTS = {
    "Cardiff": ("Unit 7, Parc Tŷ Glas, Llanishen, Cardiff CF14 5DU", "029 2076 4410", "wales"),
    "Bangor": ("Unit 3, Llandygai Industrial Estate, Bangor LL57 4YH", "01248 351882", "wales"),
    "Glasgow": ("14 Carmyle Avenue, Glasgow G32 8DL", "0141 778 2204", "scotland"),
    "Inverness": ("Unit 2, 9 Carsegate Road, Inverness IV3 8EX", "01463 225170", "scotland"),
    "Leeds": ("Unit 11, Sheepscar Court, Leeds LS7 2BB", "0113 262 9031", "north"),
    "Manchester": ("41 Ashton Old Road, Manchester M12 6LP", "0161 273 5518", "north"),
    "Newcastle": ("Unit 5, Hawick Crescent Industrial Estate, Newcastle upon Tyne NE6 1AS",
                  "0191 265 0473", "north"),
    "Dublin": ("Unit 14, Ballymount Industrial Estate, Dublin 12, D12 W2K7", "01 456 2290", "ireland"),
    "Galway": ("Unit 6, Ballybrit Business Park, Galway, H91 T6P2", "091 755 318", "ireland"),
}
UK_TOWNS = [
    ("Cardiff", "wales", "CF", [10, 11, 14, 23, 24, 5, 3], "029",
     ["Heol y Felin", "Cathedral Road", "Albany Road", "Penylan Road", "Heol Llanishen Fach",
      "Clive Road", "Ninian Road", "Whitchurch Road"], ["Rhiwbina", "Canton", "Roath", "Llandaff"]),
    ("Swansea", "wales", "SA", [1, 2, 3, 4, 5], "01792",
     ["Mumbles Road", "Walter Road", "Heol Gwyrosydd", "Bryn Road", "Carmarthen Road"],
     ["Sketty", "Uplands", "Morriston", "Townhill"]),
    ("Bangor", "wales", "LL", [57], "01248",
     ["Ffordd Penrhos", "Lôn Las", "Ffordd Caergybi", "Holyhead Road", "Glynne Road"],
     ["Upper Bangor", "Hirael", "Penrhosgarnedd"]),
    ("Caernarfon", "wales", "LL", [55], "01286",
     ["Stryd Fawr", "Ffordd Llanberis", "Lôn Eifion", "Stryd y Llyn"], ["Twthill"]),
    ("Wrexham", "wales", "LL", [11, 12, 13], "01978",
     ["Chester Road", "Rhosddu Road", "Ffordd Garnedd"], ["Acton", "Rhosnesni"]),
    ("Aberystwyth", "wales", "SY", [23], "01970",
     ["Heol y Wig", "Ffordd Llanbadarn", "North Parade"], ["Penparcau", "Llanbadarn Fawr"]),
    ("Glasgow", "scotland", "G", [11, 12, 20, 31, 41, 42, 3], "0141",
     ["Dumbarton Road", "Great Western Road", "Paisley Road West", "Duke Street",
      "Victoria Road", "Maryhill Road", "Cathcart Road"],
     ["Partick", "Dennistoun", "Shawlands", "Govanhill", "Hyndland"]),
    ("Edinburgh", "scotland", "EH", [6, 7, 10, 11, 3, 9], "0131",
     ["Leith Walk", "Easter Road", "Comiston Road", "Dalry Road", "Marchmont Road", "Ferry Road"],
     ["Leith", "Morningside", "Gorgie", "Marchmont"]),
    ("Inverness", "scotland", "IV", [1, 2, 3], "01463",
     ["Culduthel Road", "Kenneth Street", "Old Edinburgh Road", "Tomnahurich Street"],
     ["Crown", "Dalneigh", "Hilton"]),
    ("Stornoway", "scotland", "HS", [1, 2], "01851",
     ["Francis Street", "Keith Street", "Matheson Road", "Sandwick Road", "Bayhead"], []),
    ("Portree", "scotland", "IV", [51], "01478",
     ["Bosville Terrace", "Somerled Square", "Viewfield Road"], []),
    ("Aberdeen", "scotland", "AB", [10, 11, 15, 24, 25], "01224",
     ["King Street", "Holburn Street", "Great Northern Road", "Union Grove"],
     ["Rosemount", "Torry", "Kittybrewster"]),
    ("Leeds", "north", "LS", [6, 7, 8, 9, 11, 12], "0113",
     ["Harehills Lane", "Ashgrove Terrace", "Roundhay Road", "Cardigan Road", "Dewsbury Road",
      "Chapeltown Road"], ["Headingley", "Harehills", "Beeston", "Chapel Allerton"]),
    ("Manchester", "north", "M", [14, 16, 19, 20, 8, 40], "0161",
     ["Wilmslow Road", "Oldham Road", "Burton Road", "Cheetham Hill Road", "Stockport Road",
      "Barlow Moor Road"], ["Rusholme", "Levenshulme", "Didsbury", "Moss Side", "Longsight"]),
    ("Newcastle upon Tyne", "north", "NE", [2, 4, 6, 5, 15], "0191",
     ["Chillingham Road", "Shields Road", "Westgate Road", "Jesmond Road", "Heaton Road"],
     ["Heaton", "Jesmond", "Benwell", "Byker"]),
    ("Bradford", "north", "BD", [3, 7, 8, 9], "01274",
     ["Manningham Lane", "Toller Lane", "Leeds Road", "Great Horton Road"],
     ["Manningham", "Heaton", "Girlington"]),
    ("Sheffield", "north", "S", [7, 8, 10, 11], "0114",
     ["Ecclesall Road", "Abbeydale Road", "Crookesmoor Road", "London Road"],
     ["Nether Edge", "Crookes", "Walkley"]),
    ("Liverpool", "north", "L", [7, 8, 15, 17, 18], "0151",
     ["Smithdown Road", "Lodge Lane", "Allerton Road", "Lark Lane"],
     ["Wavertree", "Toxteth", "Aigburth"]),
    ("Carlisle", "north", "CA", [1, 2, 3], "01228",
     ["Warwick Road", "Botchergate", "Dalston Road"], ["Stanwix", "Denton Holme"]),
]
IE_TOWNS = [
    ("Dublin", "D", ["01", "03", "04", "06", "07", "08", "09", "12", "14", "24"], "01",
     ["Clonskeagh Road", "Ballyfermot Road", "Glenageary Avenue", "Rathmines Road Lower",
      "Drumcondra Road Upper", "Sráid an Mhuilinn", "Harold's Cross Road", "Collins Avenue"], [], "Dublin"),
    ("Cork", "T", ["12", "23"], "021",
     ["Douglas Road", "Wellington Road", "Boreenmanna Road", "Blarney Street",
      "Sunday's Well Road"], ["Douglas", "Ballincollig", "Blackrock"], "Cork"),
    ("Galway", "H", ["91"], "091",
     ["Bóthar na Trá", "Newcastle Road", "College Road", "Bóthar Uí Eithir", "Taylor's Hill"],
     ["Salthill", "Knocknacarra", "Renmore"], "Galway"),
    ("Limerick", "V", ["94"], "061",
     ["O'Connell Avenue", "Ennis Road", "Mary Street", "Father Russell Road"],
     ["Raheen", "Castletroy"], "Limerick"),
    ("Sligo", "F", ["91"], "071", ["Pearse Road", "Strandhill Road", "John Street"], [], "Sligo"),
    ("Letterkenny", "F", ["92"], "074", ["Port Road", "Ard O'Donnell", "Bóthar an Phoirt"], [],
     "Donegal"),
    ("Tralee", "V", ["92"], "066", ["Boherbee", "Ballyard Road", "Oakpark Road"], [], "Kerry"),
]
IE_RURAL = [("An Spidéal", "Galway", "H91"), ("Gaoth Dobhair", "Donegal", "F92"),
            ("Baile an Fheirtéaraigh", "Kerry", "V92"), ("Carraroe", "Galway", "H91"),
            ("Dingle", "Kerry", "V92"), ("Rosscarbery", "Cork", "P85")]
HOUSE_NAMES = {"wales": ["Bryn Awel", "Tŷ Gwyn", "Hafod", "Min y Môr", "Y Bwthyn", "Gorwel"],
               "scotland": ["Tigh na Mara", "Taigh a' Bhàird", "Ardlui", "Rowanbank", "Seaview"],
               "north": ["The Laurels", "Rose Cottage", "Fell View"],
               "ireland": ["Cnoc an Óir", "Teach na Coille", "Radharc na Mara", "Ard Mhuire"]}
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"


def uk_town(rng, region=None):
    opts = [t for t in UK_TOWNS if region is None or t[1] == region]
    return rng.choice(opts)


def uk_pc(rng, t):
    return "%s%d %d%s%s" % (t[2], rng.choice(t[3]), rng.randint(1, 9), rng.choice(PC_LET),
                            rng.choice(PC_LET))


def uk_addr(rng, t=None, region=None, multiline=None, caps=False):
    if t is None:
        t = uk_town(rng, region)
    town, reg = t[0], t[1]
    st = rng.choice(t[5])
    num = rng.randint(1, 240)
    parts = []
    r = rng.random()
    if r < 0.18:
        if town == "Glasgow" or (reg == "scotland" and rng.random() < 0.5):
            parts.append("Flat %d/%d, %d %s" % (rng.randint(0, 3), rng.randint(1, 2), num, st))
        else:
            parts.append("Flat %d, %d %s" % (rng.randint(1, 12), num, st))
    elif r < 0.30 and reg in HOUSE_NAMES:
        parts.append(rng.choice(HOUSE_NAMES[reg]))
        parts.append("%d %s" % (num, st))
    else:
        parts.append("%d %s" % (num, st))
    if t[6] and rng.random() < 0.5:
        parts.append(rng.choice(t[6]))
    pc = uk_pc(rng, t)
    if multiline is None:
        multiline = rng.random() < 0.3
    if multiline:
        s = "\n".join(parts + [town.upper() if rng.random() < 0.5 else town, pc])
    else:
        s = ", ".join(parts) + ", " + town + " " + pc
    return (s.upper() if caps else s), t


def eircode(rng, key, dd=None):
    rk = key + (dd if dd else "%02d" % rng.randint(1, 99))
    return rk + " " + "".join(rng.choice(EIR) for _ in range(4))


def ie_addr(rng, t=None, multiline=None, caps=False, rural=True):
    if t is None:
        t = rng.choice(IE_TOWNS)
    if rural and rng.random() < 0.15:
        vil, county, key = rng.choice(IE_RURAL)
        parts = [rng.choice(HOUSE_NAMES["ireland"]), vil, "Co. " + county]
        ec = key + " " + "".join(rng.choice(EIR) for _ in range(4))
    else:
        st = rng.choice(t[4])
        num = rng.randint(1, 180)
        first = "%d %s" % (num, st)
        if rng.random() < 0.2:
            first = "Apt %d, %s Court, %s" % (rng.randint(1, 40),
                                               rng.choice(["Harbour", "Abbey", "Millbrook",
                                                           "Cois Abhann", "Ashfield"]), first)
        parts = [first]
        if t[0] == "Dublin":
            dd = rng.choice(t[2])
            parts.append("Dublin %d" % int(dd))
            ec = eircode(rng, "D", dd)
        else:
            if t[5] and rng.random() < 0.6:
                parts.append(rng.choice(t[5]))
            parts.append(t[0] if rng.random() < 0.5 else "Co. " + t[6])
            ec = eircode(rng, t[1], rng.choice(t[2]))
    if multiline is None:
        multiline = rng.random() < 0.3
    s = ("\n" if multiline else ", ").join(parts + [ec])
    return (s.upper() if caps else s), t


UK_SUPPLIERS = ["Plumb Center", "City Plumbing Supplies", "Screwfix", "Toolstation",
                "Graham Plumbers' Merchant", "Wolseley UK Ltd", "Travis Perkins plc",
                "Midsummer Energy Ltd", "Segen Ltd", "Dee Valley Pipe & Fittings Ltd",
                "Highland Boiler Spares", "Tyne Solar Wholesale Ltd", "Clyde Heating Supplies",
                "Heatmerchants", "Chadwicks", "Morgan's Plumbing Supplies Ltd",
                "Okoro Electrical Wholesale", "Khan Brothers Trade Centre"]
UK_AGENTS = ["Castle Lettings Ltd", "Harbour Estates", "Taff Valley Homes", "Clydeside Property Management",
             "Moorside Lettings", "Quayside Residential Ltd", "Lettings by Nkechi", "Anwar & Co Estate Agents",
             "Hebridean Housing Partnership", "Cartrefi Conwy", "Leeds Federated Housing Association",
             "Tyneside Lettings Hub"]
IE_AGENTS = ["Sherry FitzGerald", "DNG", "Ray Cooke Auctioneers", "Ardmore Property Services",
             "Ó Murchú Lettings", "Clúid Housing", "Galway Bay Properties Ltd"]


def agent_for(rng, ie):
    return rng.choice(IE_AGENTS if ie else UK_AGENTS)
UK_PUBLIC = {"wales": ["Cardiff Council", "Cyngor Gwynedd", "Swansea Council",
                       "Welsh Government", "Energy Saving Trust"],
             "scotland": ["Glasgow City Council", "Comhairle nan Eilean Siar", "Highland Council",
                          "Home Energy Scotland", "City of Edinburgh Council"],
             "north": ["Leeds City Council", "Manchester City Council", "Newcastle City Council",
                       "Bradford Council", "Citizens Advice"],
             "ireland": ["SEAI", "Dublin City Council", "Galway County Council",
                         "Cork City Council", "ESB Networks", "Gas Networks Ireland"]}
UK_OTHERS = ["Ofgem", "Gas Safe Register", "HomeServe plc", "Aviva", "Direct Line",
             "British Gas", "Octopus Energy", "OVO Energy", "Northern Powergrid",
             "SP Energy Networks", "FBD Insurance", "Zurich Insurance", "Checkatrade",
             "Trustpilot", "Energy Saving Trust", "MCS", "Which? Trusted Traders", "Bord Gáis Energy"]


# ---------------------------------------------------------------- references, dates
def cid(rng, kind, city=None):
    r = rng.randint
    L = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    f = {
        "exp": ["EXP-%s-2026/%04d" % (ES_CITY_CODE.get(city) or rng.choice(list(ES_CITY_CODE.values())), r(1, 999)),
                "26/%04d" % r(1, 2999), "AR-MOR-%05d" % r(1, 99999), "M%d/%02d" % (r(100, 999), r(20, 26))],
        "rec": ["R26-%05d" % r(1, 99999), "REC/2026/%02d/%04d" % (r(1, 12), r(1, 9999)),
                "%d%06d" % (r(1, 9), r(0, 999999)), "RB-%s%04d" % (L(2), r(0, 9999))],
        "sin": ["%010d" % r(10 ** 8, 10 ** 10 - 1), "SIN-2026-%06d" % r(1, 999999),
                "2026/MU/%07d" % r(1, 9999999), "%s-%d-%s" % (L(2), r(100000, 999999), L(1)),
                "S26%08d" % r(0, 99999999)],
        "pol": ["%04d-%05d-%d" % (r(1, 9999), r(1, 99999), r(0, 9)), "%s%08d" % (L(3), r(0, 99999999)),
                "POL/%s/%06d" % (L(2), r(1, 999999)), "%09d" % r(0, 999999999)],
        "pre": ["PRE/26/%03d" % r(1, 999), "P-2026-%04d" % r(1, 9999), "PTO%05d" % r(1, 99999),
                "OF-%s-%03d" % (L(3), r(1, 999))],
        "fac": ["F2026-%04d" % r(1, 9999), "FV26/%05d" % r(1, 99999), "A-%06d" % r(1, 999999),
                "FRA %d/2026" % r(1, 3000), "2026-%s-%04d" % (L(1), r(1, 9999))],
        "inc": ["INC-2026-%05d" % r(1, 99999), "#%05d" % r(10000, 99999), "TK%06d" % r(1, 999999),
                "AV-%04d" % r(1, 9999)],
        "job": ["PB-26-%05d" % r(1, 99999), "JOB%06d" % r(1, 999999),
                "J/%s/%05d" % (rng.choice(["CDF", "BNG", "GLA", "INV", "LDS", "MAN", "NCL", "DUB", "GWY"]),
                               r(1, 99999)), "WO-%d-%s" % (r(10000, 99999), L(2))],
        "quote": ["QT-%05d" % r(1, 99999), "Q26%04d-R%d" % (r(1, 9999), r(1, 4)), "PBQ/%06d" % r(1, 999999)],
        "inv": ["INV/2026/%05d" % r(1, 99999), "SI-%07d" % r(1, 9999999), "%08d" % r(10 ** 7, 10 ** 8 - 1),
                "INV-%s-%05d" % (L(2), r(1, 99999))],
        "acc": ["ACC-%06d" % r(1, 999999), "%08d" % r(10 ** 7, 10 ** 8 - 1), "PB%s%05d" % (L(1), r(1, 99999)),
                "CUST-%05d" % r(1, 99999)],
        "sup": ["PBH%04d" % r(1, 9999), "%s%06d" % (L(3), r(1, 999999)), "T%07d" % r(1, 9999999)],
        "seai": ["SEAI-%07d" % r(1, 9999999), "BEH-2026-%06d" % r(1, 999999), "SPV%07d" % r(1, 9999999),
                 "HH-%s-%05d" % (L(2), r(1, 99999))],
        "mprn": ["10%09d" % r(0, 999999999)],
        "bus": ["BUS%07d" % r(1, 9999999), "BUS-ENG-%05d" % r(1, 99999), "BUS/W/%06d" % r(1, 999999)],
        "eco": ["GBIS-%s-%06d" % (L(3), r(1, 999999)), "ECO4-%06d-%s" % (r(1, 999999), L(2))],
        "hes": ["HES-%06d-%s" % (r(1, 999999), L(1)), "HESGL%07d" % r(1, 9999999)],
        "cp12": ["LGSR-%06d" % r(1, 999999), "CP12/%05d" % r(1, 99999), "GSR%s%05d" % (L(1), r(1, 99999))],
        "cmp": ["CMP-%04d" % r(1, 9999), "C%06d" % r(1, 999999), "COMPL/26/%03d" % r(1, 999)],
    }[kind]
    return rng.choice(f)


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rdate(rng, y=2026):
    return (rng.randint(1, 28), rng.randint(1, 12), y)


def es_date(rng, d=None, style=None):
    d = d or rdate(rng)
    style = rng.randint(0, 3) if style is None else style
    if style == 0:
        return "%02d/%02d/%d" % d
    if style == 1:
        return "%d de %s de %d" % (d[0], MESES[d[1] - 1], d[2])
    if style == 2:
        return "%d/%d/%02d" % (d[0], d[1], d[2] % 100)
    return "%02d-%02d-%d" % d


def en_date(rng, d=None, style=None):
    d = d or rdate(rng)
    style = rng.randint(0, 3) if style is None else style
    if style == 0:
        return "%02d/%02d/%d" % d
    if style == 1:
        return "%d %s %d" % (d[0], MONTHS[d[1] - 1], d[2])
    if style == 2:
        return "%s %d, %d" % (MONTHS[d[1] - 1][:3], d[0], d[2])
    return "%d-%02d-%02d" % (d[2], d[1], d[0])


def hm(rng, a=7, b=20):
    return "%02d:%02d" % (rng.randint(a, b), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]))


def money(rng, a, b, es=True):
    v = rng.randint(a * 100, b * 100) / 100.0
    s = "{:,.2f}".format(v)
    if es:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def es_phone(rng, city, mob=0.6):
    return es_mobile(rng) if rng.random() < mob else es_land(rng, city)


def uk_phone(rng, t=None, mob=0.65, ireland=False):
    if ireland:
        if rng.random() < mob or t is None:
            return ie_mobile(rng)
        return ie_land(rng, t[3])
    if rng.random() < mob or t is None:
        return uk_mobile(rng)
    return uk_land(rng, t[4])


def staff_es(rng, city):
    p = mk_person(rng, es_cult(rng, city, mix=0.08))
    return p


def staff_mail_es(rng, p):
    g = slug(p["g"].split(" ")[0])
    s = slug(p["s"][0])
    return rng.choice(["%s.%s" % (g, s), "%s%s" % (g[:1], s), g]) + "@" + ES_CO_DOM


def staff_mail_uk(rng, p, ie=False):
    g = slug(p["g"].split(" ")[0] if p["order"] == "gs" else p["g"])
    s = slug(p["s"][-1] if p["cul"] == "som" else p["s"][0])
    return rng.choice(["%s.%s" % (g, s), "%s%s" % (g[:1], s), g]) + "@" + (
        "pbheating.ie" if ie else "pbheating.co.uk")


def es_co(rng):
    return rng.choice(ES_CO_FORMS)


def uk_co(rng, ie=False):
    if ie and rng.random() < 0.5:
        return IE_CO
    return rng.choice(UK_CO_FORMS)


def place_uk(rng, region=None):
    """(address, town-tuple, is_ireland) for a customer site."""
    if region == "ireland" or (region is None and rng.random() < 0.25):
        a, t = ie_addr(rng)
        return a, t, True
    a, t = uk_addr(rng, region=region)
    return a, t, False


def region_of(t, ireland):
    return "ireland" if ireland else t[1]


def uk_person(rng, region, mix=0.3):
    return mk_person(rng, uk_cult(rng, region, mix))


# ================================================================ templates: es, domain 1
ES_SHOPS = ["Farmacia Zubizarreta", "Bar Txoko Zaharra", "Peluquería Rizos y Más",
            "Frutas Ahmed", "Bazar Hua Xing", "Autoescuela Nervión", "Forn de Pa Cal Pujol",
            "Taberna O Lar", "Papelería Guanche", "Locutorio Quispe e Hijos",
            "Clínica Dental Otero Lema, S.L.P.", "Carnicería Hermanos Ibarra"]
OBRAS = ["instalación de ascensor", "rehabilitación de fachada", "impermeabilización de cubierta",
         "sustitución de bajantes", "renovación del portero automático",
         "adecuación de accesibilidad del portal", "reparación de la cubierta y canalones"]


def pres_word(p):
    return "Presidente" if p["sex"] == "m" else "Presidenta"


def es_owner_rows(rng, city, n, style):
    rows = []
    for i in range(n):
        fl = es_flat(rng, city)
        r = rng.random()
        segs = []
        if r < 0.08:
            segs = ["Local %d" % rng.randint(1, 3), O(rng.choice(ES_SHOPS))]
        else:
            p = mk_person(rng, es_cult(rng, city))
            nm = rev(p) if style != 2 else full(p)
            if style == 0:
                nm = nm.upper()
            segs = [fl]
            if r < 0.16:
                segs += ["Herederos de ", P(nm)]
            elif r < 0.3:
                q = mk_person(rng, es_cult(rng, city))
                nq = rev(q) if style != 2 else full(q)
                nq = nq.upper() if style == 0 else nq
                segs += [P(nm), " y ", P(nq)]
            else:
                segs += [P(nm)]
        rows.append(segs)
    return rows


def t_es_convocatoria(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    off = OFFICES[city]
    c = es_comm(rng, city)
    pres = mk_person(rng, es_cult(rng, city))
    adm = staff_es(rng, city)
    d = Doc()
    d.ln(O(es_co(rng)), " · Oficina de ", city)
    d.ln(A(off[0]), " · Tel. ", PH(off[1]), " · ", E(off[2] + "@" + ES_CO_DOM))
    d.ln()
    kind = rng.choice(["ORDINARIA", "EXTRAORDINARIA"])
    d.ln("CONVOCATORIA DE JUNTA GENERAL ", kind)
    d.add("Comunidad: ")
    d.add(*comm_ref(c, rng, rng.choice(["none", "cp"])))
    d.ln("  (código ", C(c["code"]), ")")
    d.ln()
    d.ln("Por indicación ", "del Presidente" if pres["sex"] == "m" else "de la Presidenta", " de la Comunidad, ", title_es(pres, rng), " ",
         P(rng.choice([full(pres), short(pres)])), ", se le convoca a la Junta General ",
         kind.lower(), " que tendrá lugar el ", es_date(rng, style=1), " a las ", hm(rng, 17, 19),
         " h en primera convocatoria y media hora después en segunda, en ",
         rng.choice(["el portal del edificio", "el local social de la comunidad",
                     "nuestra oficina", "los salones de la parroquia"]), ".")
    d.ln()
    obra = rng.choice(OBRAS)
    fam = ES_LIFTS if "ascensor" in obra else ES_WORKS
    sup1 = es_pick(rng, fam, city)
    sup2 = es_pick(rng, [x for x in fam if x != sup1], city)
    d.ln("ORDEN DEL DÍA")
    d.ln("1. Aprobación, si procede, de las cuentas del ejercicio 2025.")
    d.ln("2. Presupuesto para 2026 y cuotas.")
    d.ln("3. ", obra.capitalize(), ": presupuestos de ", O(sup1), " y ", O(sup2), ".")
    d.ln("4. Situación de deudores y, en su caso, autorización para reclamar judicialmente.")
    d.ln("5. Nombramiento de cargos. 6. Ruegos y preguntas.")
    d.ln()
    style = rng.randint(0, 2)
    d.ln("Relación de propietarios:")
    sep = rng.choice(["\t", " — ", " | "])
    for segs in es_owner_rows(rng, city, max(2, int(rng.randint(4, 8) * size)), style):
        d.add(segs[0], sep, *segs[1:])
        if rng.random() < 0.5:
            d.add(sep, "%d,%02d %%" % (rng.randint(1, 9), rng.randint(0, 99)))
        d.ln()
    d.ln()
    d.ln("Se recuerda que los propietarios que no estén al corriente de pago no podrán votar "
         "(art. 15.2 LPH). Puede delegar su voto por escrito.")
    d.ln(city, ", ", es_date(rng, style=1))
    d.add("El administrador: ", P(full(adm)), " – ", E(staff_mail_es(rng, adm)))
    return d


def t_es_acta(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    pres = mk_person(rng, es_cult(rng, city))
    adm = staff_es(rng, city)
    moroso = mk_person(rng, es_cult(rng, city, 0.4))
    quej = mk_person(rng, es_cult(rng, city))
    d = Doc()
    d.add("ACTA DE LA JUNTA GENERAL ", rng.choice(["ORDINARIA", "EXTRAORDINARIA"]),
          " DE LA ")
    if c["org"]:
        d.ln(O(c["org"].upper() if rng.random() < 0.5 else c["org"]))
    else:
        d.ln("COMUNIDAD DE PROPIETARIOS DE ", A(es_addr(rng, c["b"], None, 3).upper()))
    d.ln()
    d.ln("En ", city, ", a ", es_date(rng, style=1), ", siendo las ", hm(rng, 18, 20),
         " horas, se reúnen en segunda convocatoria los propietarios que se relacionan, "
         "presentes o representados:")
    n = max(2, int(rng.randint(3, 6) * size))
    for i in range(n):
        p = mk_person(rng, es_cult(rng, city))
        d.add("- ", P(rng.choice([full(p), rev(p), short(p)])), " (", es_flat(rng, city), ")")
        if rng.random() < 0.3:
            q = mk_person(rng, es_cult(rng, city))
            d.add(", representado/a por ", P(rng.choice([full(q), short(q)])))
        d.ln()
    d.ln("Preside ", title_es(pres, rng), " ", P(full(pres)), " y actúa como secretario-"
         "administrador ", P(short(adm)), ", de ", O(es_co(rng)), ".")
    d.ln()
    obra = rng.choice(OBRAS)
    sup = es_pick(rng, ES_LIFTS if "ascensor" in obra else ES_WORKS, city)
    d.ln("PRIMERO. Se aprueban las cuentas de 2025 por unanimidad.")
    d.ln("SEGUNDO. Se aprueba la ", obra, " según el presupuesto nº ", C(cid(rng, "pre")),
         " de ", O(sup), ", por ", money(rng, 8000, 90000), " €, mediante derrama en ",
         str(rng.randint(6, 24)), " mensualidades. Se solicitará la ayuda a ",
         O(rng.choice([x for x in ES_PUBLIC[city] if x.split(" ")[0] not in ("Juzgado", "Jutjat", "Xulgado")
                       and "Canal" not in x])), ".")
    d.ln("TERCERO. Se declara deudor a ", title_es(moroso, rng), " ", P(full(moroso)), " (",
         es_flat(rng, city), ") por ", money(rng, 300, 6000), " € y se faculta al "
         "administrador para iniciar el monitorio (expediente ", C(cid(rng, "exp", city)), ").")
    d.ln("CUARTO. Ruegos: ", P(rng.choice([short(quej), given(quej, rng)])),
         " pide que se revise el horario del conserje, ",
         P(given(mk_person(rng, es_cult(rng, city)), rng)), ", y que se avise antes de cortar el agua.")
    d.ln()
    d.ln("Sin más asuntos, se levanta la sesión.")
    d.ln("Vº Bº ", pres_word(pres).upper(), "\t\tEL SECRETARIO")
    d.add(P(full(pres).upper() if rng.random() < 0.4 else full(pres)), "\t\t", P(full(adm)))
    return d


def t_es_requerimiento(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    off = OFFICES[city]
    c = es_comm(rng, city)
    p = mk_person(rng, es_cult(rng, city, 0.35))
    adm = staff_es(rng, city)
    bank = es_bank(rng, city)
    kind, nid = other_id(rng, p["cul"], p["sex"])
    fl = es_flat(rng, city)
    d = Doc()
    if rng.random() < 0.4:
        d.ln("BUROFAX CON ACUSE DE RECIBO Y CERTIFICACIÓN DE TEXTO")
    d.ln(O(es_co(rng)))
    d.ln(A(off[0]))
    d.ln()
    d.ln(title_es(p, rng), " ", P(full(p) if rng.random() < 0.6 else full(p).upper()))
    if rng.random() < 0.6:
        own_b, own_fl = c["b"], fl
    else:
        own_b = es_building(rng, rng.choice(ES_CITIES))
        own_fl = es_flat(rng, own_b["city"])
    d.ln(A(es_addr(rng, own_b, own_fl, rng.choice([2, 4]))))
    d.ln()
    d.ln(city, ", ", es_date(rng, style=1))
    d.ln()
    d.ln("Asunto: requerimiento de pago de cuotas – Expte. ", C(cid(rng, "exp", city)))
    d.ln()
    d.ln("Muy ", "señor mío" if p["sex"] == "m" else "señora mía", ":")
    d.add("Como administradores de ")
    d.add(*comm_ref(c, rng, "la"))
    nrec = rng.randint(1, 3)
    d.add(", le comunicamos que, según la liquidación aprobada en junta, mantiene una deuda de ",
          money(rng, 150, 4800), " € correspondiente a los recibos ")
    for i in range(nrec):
        if i:
            d.add(", " if i < nrec - 1 else " y ")
        d.add(C(cid(rng, "rec")))
    d.ln(".")
    d.ln("Le rogamos que la abone en el plazo de diez días naturales en la cuenta de la "
         "comunidad en ", O(bank[0]), ", ", IB(es_iban(rng, bank[1])), ", indicando su ",
         kind if kind in ("DNI", "NIE") else "documento", " (", N(nid), ") y el piso (", fl, ").")
    d.ln("En caso contrario se iniciará el procedimiento monitorio ante el ",
         O(rng.choice([x for x in ES_PUBLIC[city] if x.split(" ")[0] in ("Juzgado", "Jutjat", "Xulgado")])),
         ", conforme al artículo 21 de la Ley de Propiedad Horizontal.")
    d.ln("Para cualquier aclaración puede llamar a ", P(rng.choice([full(adm), short(adm)])),
         " al ", PH(off[1] if rng.random() < 0.5 else es_mobile(rng)), " o escribir a ",
         E(staff_mail_es(rng, adm)), ".")
    d.ln()
    d.ln("Atentamente,")
    d.add(P(full(adm)), "\nAdministrador/a de fincas")
    return d


def t_es_plan_pagos(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    p = mk_person(rng, es_cult(rng, city, 0.4))
    pres = mk_person(rng, es_cult(rng, city))
    adm = staff_es(rng, city)
    kind, nid = other_id(rng, p["cul"], p["sex"])
    bank = es_bank(rng, city)
    fl = es_flat(rng, city)
    d = Doc()
    d.ln("ACUERDO DE RECONOCIMIENTO DE DEUDA Y PLAN DE PAGOS")
    d.ln("Expediente: ", C(cid(rng, "exp", city)), "   Comunidad: ", C(c["code"]))
    d.ln()
    d.ln("REUNIDOS")
    d.ln("De una parte, ", title_es(p, rng), " ", P(full(p)), ", con ", kind, " ", N(nid),
         ", propietario/a de la vivienda ", fl, " del inmueble sito en ",
         A(es_addr(rng, c["b"], None, rng.choice([0, 5]))), ".")
    d.ln("De otra parte, ", title_es(pres, rng), " ", P(full(pres)), ", ", pres_word(pres),
         " de la comunidad, asistido/a por ", P(short(adm)), " de ", O(es_co(rng)), ".")
    d.ln()
    total = rng.randint(6, 40) * 100
    nq = rng.choice([4, 6, 8, 10, 12])
    d.ln("ACUERDAN")
    d.ln("1. El/la deudor/a reconoce adeudar ", money(rng, total, total), " € por cuotas "
         "ordinarias y derrama de ", rng.choice(OBRAS), ".")
    d.ln("2. Se abonará en ", str(nq), " plazos mensuales mediante domiciliación en la cuenta ",
         IB(es_iban(rng, bank[1])), " (", O(bank[0]), "), titularidad del deudor/a.")
    d.ln("3. El impago de dos plazos dará por vencido el acuerdo.")
    d.ln()
    d.ln("Plazo\tVencimiento\tImporte")
    for i in range(min(nq, max(2, int(4 * size)))):
        d.ln(str(i + 1), "\t", "05/%02d/2026" % ((i + 3) % 12 + 1), "\t",
             money(rng, total // nq, total // nq), " €")
    d.ln("...")
    d.ln()
    d.ln("Contacto del deudor: ", PH(es_mobile(rng)), " / ", E(email_of(rng, p)))
    d.add("Firmado: ", P(full(p)), "\t", P(full(pres)))
    return d


PERITOS = ["Gabinete Pericial Cantábrico S.L.", "Peritaciones Atlántico", "Crawford & Company",
           "Peritos Canarios Asociados", "Gabinet Tècnic Pericial Roca", "Ibérica de Peritaciones, S.A."]


def disp_es(rng, p):
    k = rng.randint(0, 4)
    if k == 0:
        return rev(p, both=False)
    if k == 1:
        return full(p).upper()
    return rng.choice([full(p), short(p)])


def es_hdr(rng, d, who, mail, to_mail, subj, cc=None, when=None):
    d.add("De: ")
    if who is not None:
        d.add(P(disp_es(rng, who)), " <", E(mail), ">")
    else:
        d.add(E(mail))
    d.ln()
    dd = rdate(rng)
    d.ln("Enviado el: ", DIAS[rng.randint(0, 6)], ", ", es_date(rng, dd, 1), " ", hm(rng))
    d.ln("Para: ", E(to_mail))
    if cc:
        d.ln("CC: ", E(cc))
    d.add("Asunto: ")
    d.add(*subj)
    d.ln()
    d.ln()


def t_es_siniestro(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    off = OFFICES[city]
    c = es_comm(rng, city)
    adm = staff_es(rng, city)
    tram = mk_person(rng, rng.choice(["cas", "cas", "cat", "eus", "gal"]))
    owner = mk_person(rng, es_cult(rng, city, 0.3))
    up = mk_person(rng, es_cult(rng, city, 0.3))
    perito = mk_person(rng, rng.choice(["cas", "gal", "eus", "can"]))
    ins = rng.choice(ES_INSURERS)
    ins2 = rng.choice([x for x in ES_INSURERS if x != ins])
    sin = cid(rng, "sin")
    pol = cid(rng, "pol")
    fl, fl2 = es_flat(rng, city), es_flat(rng, city)
    insdom = slug(ins.split(",")[0].split(" ")[0]) + rng.choice([".es", ".com"])
    tram_mail = rng.choice(["siniestros", "hogar.comunidades", slug(tram["g"].split(" ")[0]) + "." + slug(tram["s"][0])]) + "@" + insdom
    adm_mail = staff_mail_es(rng, adm)
    own_mail = email_of(rng, owner)
    subj = ["Siniestro ", C(sin), " – daños por ", rng.choice(["agua", "filtración", "rotura de tubería", "humedad"]), " ", fl, " – "]
    subj_tail = comm_ref(c, rng, "none") if c["org"] else [c["b"]["street"] + " " + c["b"]["num"]]
    d = Doc()
    es_hdr(rng, d, adm, adm_mail, tram_mail, ["RE: "] + subj + subj_tail, cc=own_mail)
    d.ln("Buenos días, ", P(given(tram, rng)), ":")
    d.ln("Te confirmo que ", "el vecino afectado" if owner["sex"] == "m" else "la vecina afectada",
         ", ", P(short(owner)), ", estará en casa el ", DIAS[rng.randint(0, 4)],
         " por la mañana para la visita del perito. Su móvil es el ", PH(es_mobile(rng)), ".")
    d.ln("El piso de arriba (", fl2, ") es de ", title_es(up, rng), " ", P(sur(up, rng.random() < 0.5)),
         ", que ya ha dado parte a su compañía (", O(ins2), ", póliza ", C(cid(rng, "pol")), ").")
    d.ln()
    d.ln("Un saludo,")
    d.ln(P(full(adm)))
    d.ln(O(es_co(rng)), " | Oficina de ", city, " | T. ", PH(off[1]))
    d.ln()
    d.ln("-----Mensaje original-----")
    es_hdr(rng, d, tram, tram_mail, adm_mail, subj + subj_tail)
    d.ln(rng.choice(["Buenas tardes:", "Estimados señores:", "Hola:"]))
    d.ln("Hemos abierto el siniestro ", C(sin), " con cargo a la póliza ", C(pol),
         " de la comunidad. El perito asignado es ", P(full(perito)), " (", O(rng.choice(PERITOS)),
         "), que contactará con ustedes en 48-72 h. Necesitamos fotos de los daños y el "
         "presupuesto del fontanero.")
    d.ln()
    d.ln(P(full(tram)))
    d.add("Tramitación de Siniestros Hogar y Comunidades – ", O(ins))
    return d


def wa_sender_es(rng, p):
    k = rng.randint(0, 4)
    if k == 0:
        return [P(full(p))]
    if k == 1:
        return [P(given(p, rng))]
    if k == 2:
        return [P(given(p, rng)), " " + rng.choice(["3ºB", "2ºA", "bajo", "5ºD", "Portal 2", "ático"])]
    if k == 3:
        return [P(short(p))]
    return [PH(es_mobile(rng))]


def wa_msgs_es(rng, city, people, adm, conserje):
    lift = es_pick(rng, ES_LIFTS, city)
    other = people[rng.randint(0, len(people) - 1)]
    pool = [
        ["Buenas, alguien sabe si viene hoy el técnico de ", O(lift), "? El ascensor lleva parado desde el sábado"],
        ["He llamado a la oficina y me ha dicho ", P(given(adm, rng)), " que vienen el jueves"],
        ["El conserje, " if conserje["sex"] == "m" else "La conserje, ", P(given(conserje, rng)), ", dice que la puerta del garaje no cierra bien"],
        ["Os paso el teléfono del fontanero que vino a mi casa: ", PH(es_mobile(rng))],
        ["El del 4º sigue sin pagar la derrama... ", P(sur(other)), " se llama, por si alguien lo ve"],
        ["<Multimedia omitido>"],
        ["Se eliminó este mensaje"],
        (rng.randint(1, 3), [P(given(people[0], rng)), " gracias!!"]),
        ["La junta es el martes a las 19h en el portal. Si no podéis ir, firmad la delegación"],
        (3, ["Mi correo por si alguien me quiere mandar el acta: ", E(email_of(rng, people[-1]))]),
        ["Otra vez sin agua caliente en el 2º, habrá que avisar a ", O(es_pick(rng, ES_SERVICES, city))],
        ["Ya he hablado con ", P(rng.choice([full(adm), short(adm)])), " de ", O(es_co(rng)), ", dice que mandan a alguien"],
        ["jajaja"], ["Ok 👍"],
        ["Han dejado bolsas de basura en el portal otra vez. ", P(given(conserje, rng)), " ya lo ha recogido"],
    ]
    rng.shuffle(pool)
    return [x if isinstance(x, tuple) else (None, x) for x in pool]


def t_es_wa_android(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    b = es_building(rng, city)
    people = [mk_person(rng, es_cult(rng, city)) for _ in range(4)]
    adm = staff_es(rng, city)
    conserje = mk_person(rng, es_cult(rng, city, 0.3))
    snd = [wa_sender_es(rng, p) for p in people]
    dd = rdate(rng)
    d = Doc()
    ds = "%02d/%02d/%02d" % (dd[0], dd[1], dd[2] % 100)
    msgs = wa_msgs_es(rng, city, people, adm, conserje)
    n = min(max(4, int(rng.randint(6, 10) * size)), len(msgs))
    ts = times(rng, n + 4, 8, 23)
    d.ln(ds, ", ", ts[0], " - Los mensajes y las llamadas están cifrados de extremo a extremo.")
    d.ln(ds, ", ", ts[1], " - ", *(snd[0] + [" creó el grupo \"Vecinos ", b["street"].split(" ")[-1],
                                             " ", b["num"], "\""]))
    d.ln(ds, ", ", ts[2], " - ", *(snd[0] + [" añadió a ", P(full(people[1]))]))
    for i in range(n):
        k = rng.randint(0, 3)
        if msgs[i][0] is not None:
            k = msgs[i][0]
        d.add(ds, ", ", ts[i + 3], " - ")
        d.add(*snd[k])
        d.add(": ")
        d.ln(*msgs[i][1])
    d.add(ds, ", ", ts[-1], " - ", *(snd[2] + [" salió del grupo"]))
    return d


def t_es_wa_ios(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    adm = staff_es(rng, city)
    other = mk_person(rng, es_cult(rng, city, 0.3))
    tenant = mk_person(rng, es_cult(rng, city, 0.4))
    c = es_comm(rng, city)
    a_nm = [P(rng.choice([short(adm), given(adm, rng) + " " + rng.choice(["Oficina", "Admin"]), full(adm)]))]
    if a_nm[0][0].endswith(" Oficina") or a_nm[0][0].endswith(" Admin"):
        nm = a_nm[0][0].rsplit(" ", 1)
        a_nm = [P(nm[0]), " " + nm[1]]
    o_nm = [rng.choice(["Conserje ", ""]), P(given(other, rng))]
    if o_nm[0] == "":
        o_nm = [P(short(other))]
    dd = rdate(rng)
    t = [rng.randint(7, 9), rng.randint(0, 50), 0]
    lines = [
        (o_nm, ["Buenos días, ya está aquí el de ", O(es_pick(rng, ES_SERVICES, city)), " para la avería"]),
        (a_nm, ["Perfecto. Que te dé el parte firmado con el nº de aviso ", C(cid(rng, "inc"))]),
        (o_nm, ["\u200e<adjunto: %08d-PHOTO-%d-%02d-%02d.jpg>" % (rng.randint(1, 99), dd[2], dd[1], dd[0])]),
        (o_nm, ["El inquilino del ", es_flat(rng, city), ", ", P(rng.choice([full(tenant), given(tenant, rng)])),
                ", pregunta si puede dejar las bicis en el cuarto de contadores"]),
        (a_nm, ["Dile que no, que lo prohíben los estatutos. Si insiste que me llame al ", PH(OFFICES[city][1])]),
        (o_nm, ["Vale. Otra cosa, la llave del cuarto de basuras la tiene ", P(given(mk_person(rng, es_cult(rng, city)), rng)),
                " del bajo"]),
        (a_nm, ["Ok. Mañana paso por ", *comm_ref(c, rng, "la")]),
        (o_nm, ["👍"]),
        (a_nm, ["Y recuérdale a ", P(full(tenant)), " que el propietario tiene que firmar la autorización"]),
    ]
    n = max(4, int(len(lines) * size))
    d = Doc()
    for who, msg in lines[:n]:
        t[2] += rng.randint(5, 50)
        t[1] += t[2] // 60
        t[2] %= 60
        t[0] += t[1] // 60
        t[1] %= 60
        d.add("[%d/%d/%02d, %d:%02d:%02d] " % (dd[0], dd[1], dd[2] % 100, t[0], t[1], t[2]))
        d.add(*who)
        d.add(": ")
        d.ln(*msg)
    return d


def low(s):
    return strip_acc(s).lower()


def t_es_crm(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    staff = [staff_es(rng, city) for _ in range(2)]
    p = mk_person(rng, es_cult(rng, city, 0.35))
    per = mk_person(rng, "cas")
    fl = es_flat(rng, city)
    bank = es_bank(rng, city)[0]
    st_tag = [[P(rng.choice([handle(s, rng), low(given(s, rng)), given(s, rng)]))] for s in staff]
    d = Doc()
    d.add("EXPTE ", C(cid(rng, "exp", city)), " | ")
    if c["org"]:
        d.ln(O(low(c["org"])))
    else:
        d.ln(A(low(es_addr(rng, c["b"], None, 3))))
    d.ln("-" * 30)
    dd = rdate(rng)
    notes = [
        ["llama ", rng.choice(["el sr " if p["sex"] == "m" else "la sra ", ""]), P(low(rng.choice([short(p), full(p), sur(p)]))),
         " (", fl, ") q no le ha llegado la convocatoria. confirmo direccion: ",
         A(low(es_addr(rng, c["b"], fl, rng.choice([0, 3]))))],
        ["tlf nuevo ", PH(es_mobile(rng)), " y mail ", E(email_of(rng, p)), " , actualizado en ficha"],
        ["devuelto recibo ", C(cid(rng, "rec")), " x ", O(low(bank)), ", le mando sms"],
        ["hablo con ", O(low(rng.choice(ES_INSURERS).split(",")[0])), " siniestro ", C(cid(rng, "sin")),
         ", el perito ", P(low(short(per))), " viene el lunes a las 10"],
        ["pendiente llamar a ", P(low(given(p, rng))), " mañana, dice q esta trabajando hasta las 3"],
        ["vuelve a llamar, muy enfadad", "o" if p["sex"] == "m" else "a",
         ", dice q el presi no le coje el telefono. le paso con ", P(low(given(staff[1], rng)))],
        ["enviado burofax, pendiente acuse. doc q nos dio: ", N(other_id(rng, p["cul"], p["sex"])[1])],
    ]
    n = max(3, int(rng.randint(4, 7) * size))
    for i in range(min(n, len(notes))):
        k = rng.randint(0, 1)
        d.add("[%02d/%02d %s] " % (min(28, dd[0] + i), dd[1], hm(rng)))
        d.add(*st_tag[k])
        d.add(": ")
        d.ln(*notes[i])
    return d


def t_es_csv(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    d = Doc()
    d.ln("# Exportación GesFincas 5.1 – recibos devueltos – remesa ", "%02d/2026" % rng.randint(1, 12))
    cols = rng.choice([0, 1])
    if cols == 0:
        d.ln("ref_recibo;comunidad;piso;titular;nif;iban;importe;estado")
    else:
        d.ln("REF;COD_COM;VIVIENDA;TITULAR;DOC;CUENTA;TOTAL;MOTIVO")
    n = max(2, int(rng.randint(4, 7) * size))
    for i in range(n):
        p = mk_person(rng, es_cult(rng, city, 0.3))
        nm = rev(p) if rng.random() < 0.6 else full(p)
        if cols == 1:
            nm = strip_acc(nm).upper()
        d.add(C(cid(rng, "rec")), ";", C(c["code"]), ";", es_flat(rng, city), ";", P(nm), ";")
        if rng.random() < 0.85:
            d.add(N(other_id(rng, p["cul"], p["sex"])[1]))
        d.add(";", IB(es_iban(rng).replace(" ", "")), ";", money(rng, 40, 380), ";")
        d.ln(rng.choice(["DEVUELTO", "AC04 cuenta cancelada", "MD06 devuelto por el titular",
                         "PENDIENTE", "AM04 fondos insuficientes"]))
    d.add("# total registros: ", str(n))
    return d


def t_es_presupuesto(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    adm = staff_es(rng, city)
    jefe = mk_person(rng, es_cult(rng, city, 0.3))
    obra = rng.choice(OBRAS)
    sup = es_pick(rng, ES_LIFTS if "ascensor" in obra else ES_WORKS, city)
    sb = es_building(rng, city)
    sw = [w for w in sup.split(",")[0].split(" ") if w not in ("S.L.", "S.A.", "SL", "SCCL", "S.L.L.", "S.Coop.", "y", "de", "i")]
    sdom = slug(" ".join(sw[1:] if len(sw) > 1 else sw))[:18] + rng.choice([".es", ".com", ".es", ".eus" if city in ("Bilbao", "Donostia") else ".es",
                                                                          ".cat" if city in ("Barcelona", "Girona") else ".com",
                                                                          ".gal" if city in ("Vigo", "A Coruña") else ".es"])
    d = Doc()
    d.ln(O(sup))
    d.ln(A(es_addr(rng, sb, rng.choice([None, "nave 4", "local 2"]), rng.choice([0, 5]))), " · Tel. ",
         PH(es_land(rng, city)), " · ", E(rng.choice(["info", "obras", "presupuestos", "oficina"]) + "@" + sdom))
    d.ln()
    d.ln("PRESUPUESTO Nº ", C(cid(rng, "pre")), "    Fecha: ", es_date(rng))
    d.add("Cliente: ")
    d.add(*comm_ref(c, rng))
    d.ln()
    d.ln("A/A: ", title_es(adm, rng), " ", P(rng.choice([full(adm), short(adm)])), " (", O(es_co(rng)), ")")
    d.ln("Obra: ", obra)
    d.ln()
    common = [("Gestión de residuos y contenedor", 300, 1200),
              ("Licencia municipal y tasas (estimado)", 400, 2500),
              ("Dirección técnica y coordinación de seguridad", 900, 3500)]
    if "ascensor" in obra:
        spec = [("Suministro e instalación de cabina y maniobra", 15000, 38000),
                ("Obra civil de hueco y foso", 4000, 14000), ("Legalización e inspección inicial (OCA)", 600, 1500)]
    elif "portero" in obra:
        spec = [("Placa de calle y monitores (ud.)", 900, 3000), ("Cableado y canalización", 400, 1800)]
    elif "bajantes" in obra:
        spec = [("Sustitución de bajante de PVC 110 mm (ml)", 1200, 5000), ("Apertura y cierre de patinillos", 800, 3000)]
    else:
        spec = [("Montaje y desmontaje de andamio homologado", 2500, 9000),
                ("Picado y saneado de revestimiento en mal estado", 1500, 6000),
                ("Impermeabilización con lámina asfáltica", 3000, 12000),
                ("Pintura de fachada, dos manos", 2000, 8000)]
    rng.shuffle(spec)
    rng.shuffle(common)
    items = spec + common
    for i, it in enumerate(items[:max(2, int(rng.randint(3, 5) * size))]):
        d.ln("%d. %s ........ %s €" % (i + 1, it[0], money(rng, it[1], it[2])))
    tax = "IGIC 7 %" if city in ("Santa Cruz de Tenerife", "Las Palmas") else "IVA 10 %"
    d.ln("Impuestos: ", tax, " no incluido.")
    d.ln("Validez de la oferta: 30 días. Forma de pago: 30 % a la aceptación, resto por certificaciones.")
    d.ln()
    d.add("Persona de contacto: ", P(full(jefe)), ", ", "jefe" if jefe["sex"] == "m" else "jefa", " de obra – móvil ", PH(es_mobile(rng)))
    return d


def t_es_queja(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    adm = staff_es(rng, city)
    me = mk_person(rng, es_cult(rng, city, 0.3))
    nb = mk_person(rng, es_cult(rng, city, 0.3))
    cons = mk_person(rng, es_cult(rng, city))
    fl, fl2 = es_flat(rng, city), es_flat(rng, city)
    pet = rng.choice(["Toby", "Luna", "Rocky", "Kira", "Txiki", "Bimba"])
    d = Doc()
    d.ln("Para: ", E(staff_mail_es(rng, adm)))
    d.ln("Asunto: ", rng.choice(["Queja ruidos ", "Otra vez el vecino del ", "QUEJA VECINO "]), fl2)
    d.ln()
    d.ln("Buenas tardes, ", title_es(adm, rng), " ", P(sur(adm)), ":")
    d.ln()
    d.ln("Le escribo de nuevo por el problema con el vecino del ", fl2, ", ", P(rng.choice([full(nb), short(nb)])),
         ". Desde hace semanas hay música y golpes hasta las 3 de la mañana y el perro (", pet,
         ") ladra todo el día cuando no están.")
    d.ln("Ya lo hablé con ", "el conserje, " if cons["sex"] == "m" else "la conserje, ", P(given(cons, rng)), ", y con el ", pres_word(mk_person(rng, "cas", "m")).lower(),
         ", pero no se ha hecho nada. La semana pasada tuve que llamar a la policía y tengo el número de la denuncia (",
         C("ATR-%d-%s" % (rng.randint(1000, 9999), "2026")), ").")
    if rng.random() < 0.6:
        d.ln("Además ", P(given(nb, rng)), " deja la moto en el portal y el otro día mi madre, que tiene 84 años, casi se cae.")
    d.ln("Les pido que lo incluyan en el orden del día de la próxima junta y que le envíen un requerimiento formal "
         "según el artículo 7.2 de la LPH.")
    d.ln()
    d.ln("Un saludo,")
    d.ln(P(rng.choice([full(me), short(me)])))
    d.add(fl, " – ")
    d.ln(A(es_addr(rng, c["b"], None, rng.choice([0, 3]))))
    d.add("Tel. ", PH(es_mobile(rng)))
    return d


def t_es_cuadrante(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    comms = [es_comm(rng, city) for _ in range(3)]
    crew = [mk_person(rng, es_cult(rng, city, 0.35)) for _ in range(5)]
    clean = es_pick(rng, ["Limpiezas Ondarroa, S.L.", "Netejes Montjuïc, S.L.", "Limpezas Ría de Vigo S.L.",
                          "Clece, S.A.", "Serveis Integrals Puig i Coll", "Multiservicios Wang"], city)
    d = Doc()
    d.ln("CUADRANTE CONSERJES Y LIMPIEZA – ", city.upper(), " – SEMANAS ", str(rng.randint(10, 40)), "-",
         str(rng.randint(41, 50)))
    d.ln("Comunidad\tTurno mañana\tTurno tarde\tSuplente")
    for cm in comms:
        pick = [crew[j] for j in rng.sample(range(5), 3)]
        d.add(C(cm["code"]), "\t")
        for j, q in enumerate(pick):
            nm = rev(q, both=rng.random() < 0.5)
            if rng.random() < 0.4:
                nm = nm.upper()
            d.add(P(nm))
            d.add("\t" if j < 2 else "\n")
    d.ln()
    v = crew[rng.randint(0, 4)]
    w = crew[rng.randint(0, 4)]
    d.ln("Vacaciones: ", P(short(v)), " del ", str(rng.randint(1, 14)), " al ", str(rng.randint(15, 28)),
         " de ", rng.choice(MESES), "; cubre personal de ", O(clean), ".")
    d.ln("Baja médica: ", P(given(w, rng)), " (parte entregado). Contacto de guardia: ", PH(es_mobile(rng)))
    d.ln("Teléfonos:")
    for q in crew[:max(2, int(4 * size))]:
        d.ln("  ", P(rng.choice([short(q), full(q), given(q) + " " + q["s"][0][0] + "."])), ": ", PH(es_mobile(rng)))
    d.add("Responsable: ", P(full(staff_es(rng, city))), " – ", O(es_co(rng)))
    return d


def t_es_buzon(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    p = mk_person(rng, es_cult(rng, city, 0.35))
    adm = staff_es(rng, city)
    num = es_mobile(rng)
    d = Doc()
    d.ln("Buzón de voz – ", O(es_co(rng)), " (oficina de ", city, ")")
    d.ln("Mensaje 1 de ", str(rng.randint(1, 4)), " · Llamada de ", PH(num), " · ", es_date(rng, style=0), " ",
         hm(rng), " · Duración 0:", "%02d" % rng.randint(20, 59))
    d.ln("Transcripción automática (puede contener errores):")
    d.add("\"Hola, buenos días, llamo de parte de ")
    d.add(P(low(full(p)) if rng.random() < 0.4 else full(p)))
    d.add(", soy ", "el propietario" if p["sex"] == "m" else "la propietaria", " del ", es_flat(rng, city), " de ")
    if c["org"]:
        d.add(O(c["org"]))
    else:
        d.add(A(es_addr(rng, c["b"], None, 3)))
    d.add(". Es que me han devuelto el recibo, el ", C(cid(rng, "rec")), ", y no entiendo por qué, porque yo tengo "
          "la domiciliación en ", O(es_bank(rng, city)[0]), ". Quería hablar con ", P(given(adm, rng)),
          " que es quien me lleva esto. ")
    if rng.random() < 0.6:
        d.add("Mi número es el ", PH(es_mobile(rng)), ", pero por las mañanas mejor al fijo, ",
              PH(es_land(rng, city)), ". ")
    else:
        d.add("Me podéis llamar a este mismo número o escribirme a ", E(email_of(rng, p)), ". ")
    d.add("Gracias, eh, hasta luego.\"")
    d.ln()
    d.add("Asignado a: ", P(short(adm)), " · Estado: pendiente")
    return d


def t_es_sms(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    off = OFFICES[city]
    d = Doc()
    d.ln("Informe de envíos SMS – cuenta ", O(es_co(rng)), " – remitente: ARRIETAROIG")
    d.ln("fecha_envio;destinatario;estado;texto")
    n = max(2, int(rng.randint(3, 5) * size))
    for i in range(n):
        p = mk_person(rng, es_cult(rng, city, 0.3))
        d.add("2026-%02d-%02d %s;" % (rng.randint(1, 12), rng.randint(1, 28), hm(rng)))
        d.add(PH(es_mobile(rng).replace(" ", "")), ";", rng.choice(["ENTREGADO", "ENTREGADO", "FALLIDO", "PENDIENTE"]), ";")
        k = rng.randint(0, 2)
        if k == 0:
            d.ln("\"Estimad", "o" if p["sex"] == "m" else "a", " ", P(given(p, rng)), ", le recordamos que el recibo ",
                 C(cid(rng, "rec")), " está pendiente. Info: ", PH(off[1]), "\"")
        elif k == 1:
            d.ln("\"", P(rng.choice([full(p), short(p)])), ": corte de agua el ", es_date(rng, style=2),
                 " de 9 a 14h por obras en ", A(es_addr(rng, c["b"], None, 3)), ". Disculpen las molestias\"")
        else:
            d.ln("\"Convocatoria de junta enviada a su email. Si no la recibe llame a ", PH(off[1]), ". ",
                 O(rng.choice(["A&R Fincas", "Arrieta & Roig"])), "\"")
    d.add("Total: ", str(n), " mensajes")
    return d


def t_es_factura(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    tech = mk_person(rng, es_cult(rng, city, 0.3))
    sup = es_pick(rng, ES_SERVICES, city)
    bank = es_bank(rng, city)
    d = Doc()
    d.ln("FACTURA")
    d.ln(O(sup))
    d.ln(A(es_addr(rng, es_building(rng, city), rng.choice([None, "bajo", "local 3"]), rng.choice([2, 4]))))
    d.ln("Tel. ", PH(es_phone(rng, city, 0.4)))
    d.ln()
    d.ln("Factura nº: ", C(cid(rng, "fac")), "\tFecha: ", es_date(rng, style=0))
    d.add("Cliente: ")
    if c["org"]:
        d.add(O(c["org"]))
    else:
        d.add("Comunidad de Propietarios ", A(es_addr(rng, c["b"], None, 3)))
    d.ln("\tCód. cliente: ", C(cid(rng, "acc")))
    d.ln("Administrador: ", O(es_co(rng)))
    d.ln()
    d.ln("Concepto\tCant.\tPrecio\tImporte")
    lines = [("Desatasco de bajante general con máquina", 1, 90, 260),
             ("Sustitución de bombín puerta garaje", 1, 45, 120),
             ("Limpieza de portal y escaleras (mes)", 1, 180, 420),
             ("Mano de obra oficial 1ª (h)", rng.randint(1, 6), 28, 45),
             ("Desplazamiento", 1, 20, 40), ("Material según albarán", 1, 15, 180)]
    rng.shuffle(lines)
    for it in lines[:max(2, int(rng.randint(2, 4) * size))]:
        d.ln(it[0], "\t", str(it[1]), "\t", money(rng, it[2], it[3]), "\t", money(rng, it[2], it[3] * it[1]))
    canary = city in ("Santa Cruz de Tenerife", "Las Palmas")
    d.ln("Base imponible: ", money(rng, 100, 900), " €   ", "IGIC 7 %" if canary else "IVA 21 %", ": ",
         money(rng, 7, 190), " €")
    d.ln("TOTAL: ", money(rng, 120, 1100), " €")
    d.ln()
    d.ln("Técnico: ", P(rng.choice([full(tech), short(tech), given(tech, rng)])), "  Parte de trabajo ", C(cid(rng, "inc")))
    d.add("Pago por transferencia a ", IB(es_iban(rng, bank[1])), " (", O(bank[0]), ") antes de 30 días.")
    return d


def t_es_resenas(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    staff = [staff_es(rng, city) for _ in range(2)]
    d = Doc()
    d.ln(O(es_co(rng)), " – Oficina ", city, " · ", str(rng.randint(3, 4)), ",", str(rng.randint(0, 9)),
         " ★ · ", str(rng.randint(20, 140)), " reseñas")
    d.ln()
    n = max(2, int(rng.randint(2, 4) * size))
    for i in range(n):
        rv = mk_person(rng, es_cult(rng, city, 0.3))
        h = handle(rv, rng)
        stars = rng.randint(1, 5)
        d.ln(P(h), " · ", rng.choice(["Local Guide · ", ""]), str(rng.randint(1, 60)), " reseñas")
        d.ln("★" * stars + "☆" * (5 - stars), " hace ", str(rng.randint(1, 11)), " ", rng.choice(["meses", "semanas"]))
        s = staff[rng.randint(0, 1)]
        if stars >= 4:
            d.ln(rng.choice(["Muy buena gestión de la obra del ascensor. ", "Nos cambiamos a ellos hace un año y bien. "]),
                 P(given(s, rng)), " siempre contesta rápido y explica todo.")
        else:
            d.ln(rng.choice(["Tardan semanas en contestar los correos. ", "Nos cobraron dos veces la derrama. "]),
                 "Pregunté por ", P(rng.choice([short(s), given(s, rng)])), " y nadie sabía nada. ",
                 rng.choice(["No lo recomiendo.", "Cambiaremos de administrador en la próxima junta."]))
        if rng.random() < 0.6:
            d.ln("Respuesta del propietario: Hola, ", P(h.split(" ")[0].split("_")[0].split(".")[0] if " " in h or "_" in h or "." in h else h),
                 ", gracias por tu opinión. Escríbenos a ", E(OFFICES[city][2] + "@" + ES_CO_DOM), " y lo revisamos.")
        d.ln()
    return d


def t_es_ficha(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    p = mk_person(rng, es_cult(rng, city, 0.35))
    q = mk_person(rng, es_cult(rng, city, 0.2))
    ten = mk_person(rng, es_cult(rng, city, 0.4))
    notary = mk_person(rng, es_cult(rng, city, 0.0))
    bank = es_bank(rng, city)
    d = Doc()
    d.ln("FICHA DE DATOS DE PROPIETARIO – ", rng.choice(["ALTA", "CAMBIO DE TITULARIDAD"]))
    d.add("COMUNIDAD: ")
    if c["org"]:
        d.add(O(c["org"].upper()))
    else:
        d.add(A(es_addr(rng, c["b"], None, 3).upper()))
    d.ln("   CÓDIGO: ", C(c["code"]))
    d.ln("VIVIENDA: ", es_flat(rng, city).upper(), "   PLAZA GARAJE: ", str(rng.randint(1, 60)))
    kd, nv = other_id(rng, p["cul"], p["sex"])
    d.ln("TITULAR 1: ", P(full(p).upper()), "   ", kd.upper(), ": ", N(nv))
    if rng.random() < 0.6:
        d.ln("TITULAR 2: ", P(full(q).upper()), "   DNI/NIE: ", N(dni(rng) if q["cul"] in ES_TWO[:5] else nie(rng)))
    d.ln("DOMICILIO A EFECTOS DE NOTIFICACIONES:")
    ob = es_building(rng, rng.choice(ES_CITIES))
    d.ln(A(es_addr(rng, ob, es_flat(rng, ob["city"]), rng.choice([0, 2, 4])).upper()))
    d.ln("TELÉFONO: ", PH(es_mobile(rng)), "   EMAIL: ", E(email_of(rng, p).upper() if rng.random() < 0.3 else email_of(rng, p)))
    d.ln("DOMICILIACIÓN: ", IB(es_iban(rng, bank[1])), "   ENTIDAD: ", O(bank[0].upper()))
    if rng.random() < 0.7:
        d.ln("INQUILINO (SI PROCEDE): ", P(full(ten).upper()), "   TEL. ", PH(es_mobile(rng)))
    d.ln("FECHA ESCRITURA: ", es_date(rng, (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1998, 2025)), 0),
         "   NOTARIO: ", P(full(notary).upper()))
    d.ln("PROTECCIÓN DE DATOS: ACEPTA [X]")
    rc = staff_es(rng, city)
    d.add("FIRMA: ______________   RECIBIDO POR: ", P(rng.choice([short(rc), handle(rc, rng), given(rc, rng) + " " + rc["s"][0][:1] + "."]).upper()))
    return d


def t_es_aviso_obras(rng, size=1.0):
    city = rng.choice(ES_CITIES)
    c = es_comm(rng, city)
    adm = staff_es(rng, city)
    enc = mk_person(rng, es_cult(rng, city, 0.4))
    obra = rng.choice(OBRAS)
    sup = es_pick(rng, ES_LIFTS if "ascensor" in obra else ES_WORKS, city)
    d = Doc()
    d.ln("AVISO A LOS VECINOS")
    d.add("Comunidad: ")
    d.add(*comm_ref(c, rng))
    d.ln()
    d.ln()
    d.ln("Les informamos de que el próximo ", es_date(rng, style=1), " comenzarán los trabajos de ", obra,
         ", adjudicados en junta a ", O(sup), ". Duración estimada: ", str(rng.randint(2, 16)), " semanas.")
    d.ln("El encargado de obra será ", P(rng.choice([full(enc), short(enc)])), " (tel. ", PH(es_mobile(rng)),
         "). Horario de trabajo de 8:00 a 17:00, sin ruidos antes de las 9:00.")
    if "ascensor" in obra or rng.random() < 0.5:
        d.add("Durante la obra el ascensor estará fuera de servicio. Según la lista facilitada por la presidencia, "
              "se ofrecerá ayuda a los vecinos con movilidad reducida: ")
        k = max(1, int(rng.randint(1, 3) * size))
        for i in range(k):
            q = mk_person(rng, es_cult(rng, city, 0.2))
            if i:
                d.add("; ")
            d.add(rng.choice([title_es(q, rng) + " ", ""]), P(rng.choice([full(q), short(q)])), " (", es_flat(rng, city), ")")
        d.ln(".")
    d.ln("Rogamos retiren macetas y toldos de las fachadas y balcones antes del inicio.")
    d.ln()
    d.ln("Para cualquier consulta: ", P(full(adm)), ", ", E(staff_mail_es(rng, adm)), ", ", PH(OFFICES[city][1]), ".")
    d.add(O(es_co(rng)), " – Expte. de obra ", C(cid(rng, "exp", city)))
    return d


# ================================================================ templates: es, domain 2
BOILERS = ["Worcester Greenstar 30i", "Vaillant ecoTEC plus 835", "Baxi 800 Combi", "Ideal Logic Max C30",
           "Viessmann Vitodens 100-W", "Grant Vortex Pro 26", "Firebird Enviromax Combi", "Glow-worm Energy 30c"]
HEATPUMPS = ["Mitsubishi Ecodan 8.5kW", "Daikin Altherma 3 H", "Vaillant aroTHERM plus 7kW", "Samsung EHS Mono 12kW"]


def t_es_d2_email(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    addr, t, ie = place_uk(rng, region)
    cust = mk_person(rng, rng.choice(["lat", "lat", "cas", "gal", "cat", "eus"]))
    eng = uk_person(rng, region_of(t, ie))
    staff = mk_person(rng, rng.choice(["cas", "lat", "gal", "can"]))
    landlord = uk_person(rng, region_of(t, ie), 0.2)
    job = cid(rng, "job")
    d = Doc()
    cmail = email_of(rng, cust)
    smail = staff_mail_uk(rng, staff, ie)
    d.ln("De: ", P(rng.choice([full(cust), short(cust)])), " <", E(cmail), ">")
    d.ln("Para: ", E(("info@pbheating.ie" if ie else "service@pbheating.co.uk")))
    d.ln("Asunto: ", rng.choice(["Caldera sin agua caliente", "Problema con la instalación", "Re: cita técnico"]),
         " – trabajo ", C(job))
    d.ln()
    d.ln("Hola, buenos días:")
    d.ln("Me llamo ", P(full(cust)), " y vivo en ", A(addr), ". Perdonen que escriba en español, mi inglés no es muy bueno.")
    d.ln("El ", DIAS[rng.randint(0, 4)], " vino su técnico, ", P(rng.choice([given(eng, rng), short(eng)])),
         ", a revisar la caldera (", rng.choice(BOILERS), ") pero desde entonces no tenemos agua caliente y sale "
         "un código de error en la pantalla. Tengo dos niños pequeños.")
    d.ln("El piso es de alquiler; ", "el casero es " if landlord["sex"] == "m" else "la casera es ",
         title_en(landlord, rng), " ", P(sur(landlord)), " de ",
         O(agent_for(rng, ie)), ", ya le he avisado.")
    d.ln("Mi móvil es ", PH(uk_phone(rng, t, 1.0, ie)), ". Estoy en casa por las tardes.")
    d.ln()
    d.ln("Gracias, ", P(given(cust, rng)))
    d.ln()
    d.ln("---- Respuesta ----")
    d.ln("Hola ", P(given(cust, rng)), ", soy ", P(short(staff)), ", del equipo de atención al cliente de ",
         O(uk_co(rng, ie)), " (hablo español). He reservado una nueva visita sin coste para el ",
         es_date(rng, style=1), " por la tarde con ", P(short(eng)), ". Le mandaremos un SMS con la hora.")
    d.add("Un saludo, ", P(given(staff, rng)), " – ", E(smail), " – ", PH(DEPOTS[rng.choice(list(DEPOTS))][1]))
    return d


def t_es_d2_parte(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region_of(t, ie))
    eng = mk_person(rng, rng.choice(["cas", "gal", "eus", "lat", "cat", "can"]))
    mate = uk_person(rng, region_of(t, ie), 0.4)
    d = Doc()
    d.ln("PARTE DE TRABAJO – ", O(uk_co(rng, ie)))
    d.ln("Nº trabajo: ", C(cid(rng, "job")), "   Fecha: ", es_date(rng, style=0))
    d.ln("Técnico: ", P(full(eng)), "   Ayudante: ", P(short(mate)))
    d.ln("Cliente: ", title_en(cust, rng), " ", P(rng.choice([full(cust), short(cust)])), "   Tel: ",
         PH(uk_phone(rng, t, 0.7, ie)))
    d.ln("Dirección: ", A(addr))
    d.ln("Cuenta cliente: ", C(cid(rng, "acc")))
    d.ln()
    kind = rng.randint(0, 2)
    if kind == 0:
        d.ln("Trabajo: revisión anual de caldera ", rng.choice(BOILERS), ".")
        d.ln("- Análisis de combustión correcto, CO/CO2 dentro de rango.")
        d.ln("- Presión del vaso de expansión baja, recargado a 1 bar.")
        d.ln("- Cambiado el sifón de condensados (tenía fuga).")
    elif kind == 1:
        d.ln("Trabajo: instalación de ", str(rng.randint(8, 16)), " paneles solares e inversor, tejado orientación sur.")
        d.ln("- Andamio montado por ", O(rng.choice(["Highland Scaffolding Ltd", "Tyne Access Ltd", "Ó Murchú Scaffolding",
                                                     "Taff Scaffolding"])), ".")
        d.ln("- Falta el permiso de conexión de ", O(rng.choice(["ESB Networks", "SP Energy Networks", "Northern Powergrid",
                                                                   "National Grid"])), "; pendiente.")
    else:
        d.ln("Trabajo: fuga bajo el fregadero, cambiada la válvula y 1 m de tubo de cobre de 15 mm.")
        d.ln("- Material de ", O(rng.choice(UK_SUPPLIERS)), ", albarán ", C(cid(rng, "sup")), ".")
    d.ln()
    d.ln("Notas: la clienta/el cliente deja la llave con ", P(rng.choice([given(mk_person(rng, uk_cult(rng, region_of(t, ie))), rng),
                                                                       short(mk_person(rng, uk_cult(rng, region_of(t, ie))))])),
         ", vecino/a del nº ", str(rng.randint(1, 90)), ". Aparcar en la parte de atrás.")
    d.ln("Tiempo: ", str(rng.randint(1, 7)), " h. Material: ", money(rng, 10, 300, es=True), " ", "€" if ie else "£")
    d.add("Firma del cliente: ", P(full(cust)))
    return d


def t_es_d2_wa(rng, size=1.0):
    region = rng.choice(["ireland", "north", "scotland", "wales"])
    a = mk_person(rng, rng.choice(["eus", "cas", "gal", "lat"]), "m")
    b = mk_person(rng, rng.choice(["cas", "can", "cat", "lat"]))
    boss = uk_person(rng, region, 0.2)
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region_of(t, ie))
    dd = rdate(rng)
    ds = "%02d/%02d/%d" % dd
    an = [P(given(a, rng))]
    bn = [P(rng.choice([short(b), given(b, rng)]))]
    lines = [
        (an, ["tío, el cliente de esta mañana, ", title_en(cust, rng), " ", P(sur(cust)), ", no está en casa"]),
        (bn, ["llámale, el número está en el parte: ", PH(uk_phone(rng, t, 1.0, ie))]),
        (an, ["ya, no lo coge. la dirección es ", A(addr), " no?"]),
        (bn, ["sí. dice ", P(given(boss, rng)), " que si no aparece en 20 min lo marques como 'no access'"]),
        (an, ["vale. oye, el job ", C(cid(rng, "job")), " de la tarde lo hago yo o ", P(given(mk_person(rng, uk_cult(rng, region)), rng)), "?"]),
        (bn, ["tú, que él está con lo de las placas en ", rng.choice(["Salthill", "Leith", "Headingley", "Canton", "Byker"])]),
        (an, ["<Multimedia omitido>"]),
        (an, ["mira, ya ha salido ", P(given(cust, rng)), ", que estaba en el jardín 😂"]),
        (bn, ["jajaja vale, avisa cuando acabes"]),
    ]
    d = Doc()
    n = max(5, int(len(lines) * size))
    ts = times(rng, n, 8, 17)
    for i, (who, msg) in enumerate(lines[:n]):
        d.add(ds, ", ", ts[i], " - ")
        d.add(*who)
        d.add(": ")
        d.ln(*msg)
    return d


# ================================================================ templates: en, domain 2
def times(rng, n, a=7, b=21):
    ts = sorted(rng.randint(a * 60, b * 60 + 59) for _ in range(n))
    return ["%02d:%02d" % (x // 60, x % 60) for x in ts]


def en_name(rng, p):
    k = rng.randint(0, 5)
    if k <= 2:
        return full(p)
    if k == 3:
        return short(p)
    if k == 4:
        return full(p).upper()
    return rev(p)


def t_en_jobsheet(rng, size=1.0):
    depot = rng.choice(list(DEPOTS))
    dep = DEPOTS[depot]
    region = dep[2]
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region)
    eng = uk_person(rng, region, 0.35)
    neigh = uk_person(rng, region)
    d = Doc()
    d.ln(O(uk_co(rng, ie).upper()), " — JOB SHEET")
    d.ln("Depot: ", depot, " | ", A(dep[0]), " | ", PH(dep[1]))
    d.ln("Job No: ", C(cid(rng, "job")), "    Date: ", en_date(rng, style=0), "    Engineer: ", P(en_name(rng, eng)))
    d.ln("Customer: ", title_en(cust, rng), " ", P(rng.choice([full(cust), short(cust), sur(cust)])),
         "    Tel: ", PH(uk_phone(rng, t, 0.7, ie)))
    d.ln("Site address: ", A(addr))
    if rng.random() < 0.6:
        d.ln("Account: ", C(cid(rng, "acc")))
    d.ln()
    app = rng.choice(BOILERS + HEATPUMPS)
    d.ln("Appliance: ", app, "   Location: ", rng.choice(["kitchen cupboard", "loft", "garage", "utility room", "airing cupboard"]))
    kind = rng.randint(0, 3)
    work = [["Annual service. Flue gas analysis OK, condensate trap cleaned, expansion vessel re-pressurised to 1 bar."],
            ["No hot water. Diverter valve seized, replaced (part from ", O(rng.choice(UK_SUPPLIERS)), "). Tested OK."],
            ["Leak on primary return. Replaced 22mm compression fitting, system refilled and inhibitor added."],
            ["Power flush of ", str(rng.randint(6, 14)), " radiators, magnetic filter fitted. Radiators balanced."]][kind]
    d.ln("Work carried out: ", *work)
    d.ln("Parts used: ", rng.choice(["1 x diverter valve cartridge", "2 x 22mm elbows, PTFE", "expansion vessel 8L",
                                     "condensate trap, seals", "none"]))
    d.ln("Time on site: ", str(rng.randint(1, 6)), "h ", str(rng.choice([0, 15, 30, 45])), "m")
    d.ln()
    d.ln("Notes: ", rng.choice(["Key left with neighbour ", "Customer not home, let in by neighbour "]),
         P(rng.choice([given(neigh, rng), full(neigh)])), " at no. ", str(rng.randint(1, 99)), ". ",
         rng.choice(["Dog in back garden.", "Park on the lane, not the drive.", "Tenant requests text before arrival.",
                     "Customer elderly, please ring twice."]))
    if rng.random() < 0.5:
        d.ln("Follow-up booked with ", P(given(uk_person(rng, region, 0.35), rng)), " for ", en_date(rng, style=1), ".")
    d.add("Customer signature: ", P(full(cust)), "    Engineer signature: ", P(short(eng)))
    return d


def t_en_quote(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland", "ireland"])
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region_of(t, ie))
    sv = uk_person(rng, region_of(t, ie), 0.3)
    cur = "€" if ie else "£"
    d = Doc()
    d.ln(O(uk_co(rng, ie)))
    d.ln("QUOTATION ", C(cid(rng, "quote")), "    Valid for 30 days from ", en_date(rng, style=1))
    d.ln()
    d.ln("Prepared for: ", P(rng.choice([full(cust), short(cust)])))
    d.ln(A(addr if rng.random() < 0.5 else (ie_addr(rng, t, True)[0] if ie else uk_addr(rng, t, multiline=True)[0])))
    d.ln("Prepared by: ", P(full(sv)), ", Renewables Surveyor — ", E(staff_mail_uk(rng, sv, ie)), " — ",
         PH(uk_mobile(rng) if not ie else ie_mobile(rng)))
    d.ln()
    kind = rng.randint(0, 1)
    if kind == 0:
        kwp = rng.choice(["3.6", "4.1", "4.8", "5.4", "6.2"])
        d.ln("System: ", kwp, " kWp solar PV, ", str(rng.randint(9, 15)), " x 430W panels, hybrid inverter, ",
             rng.choice(["5.2", "9.5", "10"]), " kWh battery.")
        if ie:
            d.ln("Grant: the price below assumes the ", O("SEAI"), " Solar PV grant (", cur, "1,800) is approved "
                 "before works start. Your MPRN (", C(cid(rng, "mprn")), ") is needed for the application.")
        else:
            d.ln("Export: we will register the system for the Smart Export Guarantee with ",
                 O(rng.choice(["Octopus Energy", "OVO Energy", "British Gas", "EDF"])), ".")
    else:
        d.ln("System: air source heat pump (", rng.choice(HEATPUMPS), "), 200L cylinder, ", str(rng.randint(3, 7)),
             " radiators upsized.")
        if ie:
            d.ln("Grant: ", O("Sustainable Energy Authority of Ireland"), " heat pump grant subject to a BER "
                 "assessment by ", P(full(uk_person(rng, "ireland", 0.1))), ".")
        else:
            d.ln("Grant: Boiler Upgrade Scheme voucher (", cur, "7,500) administered by ", O("Ofgem"),
                 "; we apply on your behalf.")
    d.ln()
    tot = rng.randint(6, 16) * 1000
    d.ln("Total installed price: ", cur, "{:,}".format(tot), ".00 (", "VAT 0%" if not ie else "VAT 9%", ")")
    bk = rng.choice(IE_BANKS if ie else GB_BANKS)
    d.ln("Deposit 25% on acceptance. Bank: ", O(bk[0]), " IBAN ", IB(ie_iban(rng, bk) if ie else gb_iban(rng, bk)))
    dep = rng.choice([k for k in DEPOTS if DEPOTS[k][2] == region_of(t, ie)])
    d.add("Quote ref. must be quoted with payment. Questions: ", PH(DEPOTS[dep][1]))
    return d


def t_en_reminder(rng, size=1.0):
    depot = rng.choice(list(DEPOTS))
    dep = DEPOTS[depot]
    region = dep[2]
    ie = region == "ireland"
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region)
    co = uk_person(rng, region, 0.3)
    d = Doc()
    d.ln(O(uk_co(rng, ie)))
    d.ln(A(dep[0]))
    d.ln()
    ti = title_en(cust, rng)
    d.ln(ti, " ", P(full(cust)))
    d.ln(A(ie_addr(rng, t, True)[0] if ie else uk_addr(rng, t, multiline=True)[0]))
    d.ln()
    d.ln(en_date(rng, style=1))
    d.ln("Customer ref: ", C(cid(rng, "acc")))
    d.ln()
    welsh = region == "wales" and rng.random() < 0.6
    if welsh:
        d.ln("Annwyl ", ti, " ", P(sur(cust)), " / Dear ", ti, " ", P(sur(cust)), ",")
        d.ln("Mae eich gwasanaeth boeler blynyddol yn ddyledus. Ffoniwch ni i drefnu apwyntiad.")
    else:
        d.ln("Dear ", ti, " ", P(sur(cust)), ",")
    d.ln("Our records show that the annual service of your ", rng.choice(BOILERS), " is due in ",
         rng.choice(MONTHS), ". Regular servicing keeps your manufacturer's warranty valid and your home safe.")
    d.ln("To book, call ", PH(dep[1]), ", reply to ", E(rng.choice(["service", "bookings"]) + "@pbheating." + ("ie" if ie else "co.uk")),
         " or text SERVICE to ", PH(uk_mobile(rng) if not ie else ie_mobile(rng)), ".")
    if rng.random() < 0.5:
        d.ln("If you are a tenant, please pass this letter to your landlord or agent (",
             O(agent_for(rng, ie)), ").")
    d.ln()
    d.ln("Yours sincerely,")
    d.ln(P(full(co)))
    d.add("Service Co-ordinator")
    return d


def t_en_seai(rng, size=1.0):
    t = rng.choice(IE_TOWNS)
    addr, t = ie_addr(rng, t)
    app = mk_person(rng, rng.choice(["iri", "iri", "ga", "ga", "pol", "nga"]))
    ber = mk_person(rng, rng.choice(["iri", "ga"]))
    co = mk_person(rng, rng.choice(["iri", "iri", "pol", "eng"]))
    d = Doc()
    d.ln(O("SEAI"), " ", rng.choice(["Better Energy Homes", "Solar PV Scheme", "Heat Pump Systems Grant"]),
         " — Application Summary")
    d.ln("Application ID: ", C(cid(rng, "seai")), "    Status: ", rng.choice(["Submitted", "Grant offer issued", "Awaiting documents"]))
    d.ln()
    d.ln("Applicant: ", P(full(app)))
    kd, nv = ("PPSN", ppsn(rng)) if app["cul"] in ("iri", "ga") or rng.random() < 0.8 else other_id(rng, app["cul"], app["sex"])
    d.ln(kd + ": ", N(nv))
    d.ln("Property: ", A(addr))
    d.ln("MPRN: ", C(cid(rng, "mprn")), "    Year built: ", str(rng.randint(1930, 2005)))
    d.ln("Contact: ", PH(ie_mobile(rng)), " / ", E(email_of(rng, app, uk=True)))
    d.ln()
    d.ln("Registered contractor: ", O(IE_CO), ", ", A(DEPOTS[rng.choice(["Dublin", "Galway"])][0]))
    d.ln("Contractor contact: ", P(short(co)), " ", PH(rng.choice([DEPOTS["Dublin"][1], DEPOTS["Galway"][1]])))
    d.ln("BER assessor: ", P(full(ber)), rng.choice([" (post-works BER booked)", ""]))
    d.ln()
    d.ln("Measures: ", rng.choice(["attic insulation 300mm; heating controls upgrade",
                                   "solar PV 4.2 kWp with diverter", "air to water heat pump, 3 radiators replaced"]))
    d.ln("Grant value: €", "{:,}".format(rng.choice([1500, 1800, 2100, 6500])), ".00")
    bk = rng.choice(IE_BANKS)
    d.ln("Payment to applicant's account: ", IB(ie_iban(rng, bk)), " (", O(bk[0]), ")")
    d.add("Declaration signed by ", P(rng.choice([full(app), short(app)])), " on ", en_date(rng, style=0))
    return d


def t_en_scheme(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north"])
    addr, t = uk_addr(rng, region=region)
    own = uk_person(rng, region)
    inst = uk_person(rng, region, 0.3)
    d = Doc()
    if region == "scotland" and rng.random() < 0.6:
        d.ln(O("Home Energy Scotland"), " — Grant and Loan application (installer copy)")
        d.ln("Reference: ", C(cid(rng, "hes")), "    Advisor: ", P(short(uk_person(rng, "scotland", 0.1))))
    elif rng.random() < 0.5:
        d.ln("Boiler Upgrade Scheme — voucher application (", O("Ofgem"), ")")
        d.ln("Voucher ref: ", C(cid(rng, "bus")), "    Submitted: ", en_date(rng, style=0))
    else:
        d.ln("ECO4 / Great British Insulation Scheme — referral form")
        d.ln("Referral ref: ", C(cid(rng, "eco")), "    Obligated supplier: ",
             O(rng.choice(["British Gas", "Octopus Energy", "E.ON Next", "Scottish Power", "OVO Energy"])))
    d.ln()
    d.ln("Property owner: ", P(en_name(rng, own)))
    d.ln("Installation address: ", A(addr))
    d.ln("Telephone: ", PH(uk_phone(rng, t, 0.6)), "   Email: ", E(email_of(rng, own, uk=True)))
    if rng.random() < 0.6:
        kd, nv = other_id(rng, "eng", own["sex"], own["s"][0], own["g"])
        d.ln("Proof of identity seen: ", kd, " ", N(nv))
    d.ln("Tenure: ", rng.choice(["owner-occupier", "private landlord", "owner-occupier (joint with spouse)"]))
    if rng.random() < 0.5:
        sp = uk_person(rng, region)
        d.ln("Joint owner: ", P(full(sp)))
    d.ln()
    d.ln("Existing heating: ", rng.choice(["oil boiler (1998)", "LPG boiler", "electric storage heaters", "gas combi, 15 yrs"]))
    d.ln("Proposed: ", rng.choice(HEATPUMPS), ", new hot water cylinder, smart controls.")
    d.ln("Installer: ", O(uk_co(rng)), " — lead installer ", P(full(inst)), ", ", E(staff_mail_uk(rng, inst)))
    d.ln("Customer account: ", C(cid(rng, "acc")))
    d.ln()
    d.add("Consent: I confirm the information is correct. Signed ", P(full(own)), ", ", en_date(rng, style=1))
    return d


def t_en_cp12(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "north"])
    addr, t = uk_addr(rng, region=region)
    eng = uk_person(rng, region, 0.35)
    ll = uk_person(rng, region, 0.35)
    ten = uk_person(rng, region, 0.45)
    agent = rng.choice(UK_AGENTS)
    d = Doc()
    d.ln("LANDLORD GAS SAFETY RECORD (CP12)    Record no. ", C(cid(rng, "cp12")))
    d.ln("Issued by: ", O(uk_co(rng)), ", ", A(DEPOTS[rng.choice(["Cardiff", "Glasgow", "Leeds", "Manchester", "Newcastle"])][0]))
    d.ln()
    d.add("Landlord / agent: ", P(en_name(rng, ll)))
    if rng.random() < 0.6:
        d.add(" c/o ", O(agent))
    d.ln()
    la, _ = uk_addr(rng, region=region)
    d.ln("Landlord address: ", A(la))
    d.ln("Tenant: ", P(full(ten)), "    Tel: ", PH(uk_mobile(rng)))
    d.ln("Installation address: ", A(addr))
    d.ln()
    d.ln("Location\tAppliance\tMake/Model\tFlue\tSafe to use")
    defect = rng.random() < 0.5
    rows = [("Kitchen", "Combi boiler", rng.choice(BOILERS), "RS", "Yes"),
            ("Lounge", "Gas fire", rng.choice(["Valor Dream", "Baxi Bermuda", "Gazco Logic HE"]), "OF", "No" if defect else "Yes"),
            ("Kitchen", "Hob", rng.choice(["Beko HIAG64225", "Hotpoint HAGS61"]), "N/A", "Yes"),
            ("Utility", "Tumble dryer", "Crane gas dryer", "FL", "Yes")]
    for r in rows[:max(2, int(rng.randint(2, 4) * size))]:
        d.ln("\t".join(r))
    d.ln()
    if defect:
        d.ln("Defects: gas fire spillage test failed — appliance capped, warning notice (AR) issued to tenant ",
             P(given(ten, rng)), ".")
    else:
        d.ln("Defects: none identified. CO alarm present and tested in kitchen.")
    d.ln("Engineer: ", P(full(eng)), "    Next check due by: ", en_date(rng, (rng.randint(1, 28), rng.randint(1, 12), 2027), 1))
    d.add("Received by: ", P(rng.choice([full(ten), short(ten), sur(ten)])), " (tenant)")
    return d


def en_hdr(rng, d, who, mail, to, subj, cc=None, fwd=False):
    if fwd:
        d.ln("---------- Forwarded message ---------")
        d.add("From: ")
        if who:
            d.add(P(rng.choice([full(who), short(who), rev(who)])), " <", E(mail), ">")
        else:
            d.add(E(mail))
        d.ln()
        d.ln("Date: ", DAYS[rng.randint(0, 6)][:3], ", ", en_date(rng, style=1), " at ", hm(rng))
        d.add("Subject: ")
        d.add(*subj)
        d.ln()
        d.ln("To: ", E(to))
        d.ln()
        return
    d.add("From: ")
    if who:
        d.add(P(rng.choice([full(who), short(who), rev(who)])), " <", E(mail), ">")
    else:
        d.add(E(mail))
    d.ln()
    d.ln("Sent: ", DAYS[rng.randint(0, 6)], ", ", en_date(rng, style=1), " ", hm(rng))
    d.ln("To: ", E(to))
    if cc:
        d.ln("Cc: ", E(cc))
    d.add("Subject: ")
    d.add(*subj)
    d.ln()
    d.ln()


def t_en_complaint(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region_of(t, ie), 0.35)
    eng = uk_person(rng, region_of(t, ie), 0.35)
    cs = uk_person(rng, region_of(t, ie), 0.3)
    mgr = uk_person(rng, region_of(t, ie), 0.2)
    job = cid(rng, "job")
    cmail = email_of(rng, cust, uk=True)
    d = Doc()
    subj = ["Complaint – job ", C(job), " – still no heating"]
    en_hdr(rng, d, cs, staff_mail_uk(rng, cs, ie), staff_mail_uk(rng, mgr, ie), ["FW: "] + subj,
           cc=("complaints@pbheating.ie" if ie else "complaints@pbheating.co.uk"))
    d.ln("Hi ", P(given(mgr, rng)), ",")
    d.ln("Forwarding the below from ", P(short(cust)), ". I've logged it as ", C(cid(rng, "cmp")),
         ". Can you give ", "him" if cust["sex"] == "m" else "her", " a ring on ", PH(uk_phone(rng, t, 1.0, ie)),
         " today? ", P(given(eng, rng)), " is off until Thursday.")
    d.ln("Thanks, ", P(given(cs, rng)))
    d.ln()
    en_hdr(rng, d, cust, cmail, "service@pbheating." + ("ie" if ie else "co.uk"), subj, fwd=True)
    d.ln(rng.choice(["To whom it may concern,", "Hello,", "Dear Sir/Madam,"]))
    v = rng.randint(0, 2)
    if v == 0:
        d.ln("I am writing to complain about the work carried out at ", A(addr), " on ", en_date(rng, style=1),
             ". Your engineer, ", P(rng.choice([given(eng, rng), full(eng)])), ", replaced the ",
             rng.choice(["diverter valve", "PCB", "fan", "pump"]), " but the boiler has been locking out every night since "
             "and we have a ", str(rng.randint(1, 4)), "-year-old in the house.")
    elif v == 1:
        d.ln("Your installers left our roof at ", A(addr), " with two cracked slates after fitting the solar panels, and "
             "water is now coming through the bedroom ceiling. ", P(rng.choice([given(eng, rng), full(eng)])),
             " promised someone would come back 'early next week' and nobody has.")
    else:
        d.ln("I booked a boiler service for ", A(addr), " and took a day off work. The engineer (", P(given(eng, rng)),
             ") arrived at 4pm, stayed twenty minutes and left the cover off the boiler. My ", rng.choice(["mother", "father", "neighbour"]),
             " ", P(given(uk_person(rng, region_of(t, ie)), rng)), " had to put it back on.")
    d.ln("I have already paid invoice ", C(cid(rng, "inv")), " in full (", "€" if ie else "£", money(rng, 90, 480, es=False),
         "). Three calls to your office have gone unanswered.")
    d.ln("If this is not resolved by Friday I will be contacting ",
         "the " if ie else "",
         O(rng.choice(["Gas Safe Register", "Citizens Advice", "Which? Trusted Traders", "Checkatrade"]) if not ie
           else rng.choice(["Competition and Consumer Protection Commission", "Register of Gas Installers of Ireland"])), ".")
    d.ln()
    d.add(P(full(cust)), "\n", PH(uk_phone(rng, t, 0.3, ie)))
    return d


def t_en_rota(rng, size=1.0):
    depot = rng.choice([k for k in DEPOTS if k not in ("Bangor",)])
    region = DEPOTS[depot][2]
    crew = [uk_person(rng, region, 0.4) for _ in range(6)]
    sep = rng.choice(["\t", ","])
    d = Doc()
    d.ln("ON-CALL ROTA — ", depot.upper(), " DEPOT — w/c ", en_date(rng, style=0))
    d.ln(sep.join(["Day", "Engineer", "Mobile", "Backup"]))
    for day in DAYS[:max(3, int(7 * size))]:
        a = crew[rng.randint(0, 5)]
        b = crew[rng.randint(0, 5)]
        an = rev(a, both=False)
        if rng.random() < 0.5:
            an = an.upper()
        d.add(day[:3], sep)
        if sep == ",":
            d.add("\"", P(an), "\"")
        else:
            d.add(P(an))
        d.ln(sep, PH(uk_mobile(rng).replace(" ", "") if rng.random() < 0.5 else uk_mobile(rng)), sep,
             P(rng.choice([given(b, rng), sur(b), short(b)])))
    d.ln()
    xi, yi = rng.sample(range(6), 2)
    x, y = crew[xi], crew[yi]
    d.ln("Notes: ", P(short(x)), " on annual leave from ", en_date(rng, style=1),
         " — swap agreed with ", P(given(y, rng)), ". Van ", rng.choice(["YG21 KXP", "SN70 HZB", "201-D-4471", "LS19 TRW"]),
         " in for MOT Wed.")
    sup = uk_person(rng, region, 0.2)
    d.add("Supervisor: ", P(full(sup)), " ", PH(DEPOTS[depot][1]), " / ", E(staff_mail_uk(rng, sup, region == "ireland")))
    return d


def t_en_invoice(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    ie = region == "ireland"
    sup = rng.choice(UK_SUPPLIERS[-3:-2] + ["Heatmerchants", "Chadwicks"] if ie else
                     [x for x in UK_SUPPLIERS if x not in ("Heatmerchants", "Chadwicks")])
    if ie:
        baddr, bt = ie_addr(rng, rural=False)
        saddr, st = ie_addr(rng)
    else:
        baddr, bt = uk_addr(rng, region=region)
        saddr, st = uk_addr(rng, region=region)
    rep = uk_person(rng, region, 0.3)
    site = uk_person(rng, region, 0.35)
    depot = rng.choice([k for k in DEPOTS if (DEPOTS[k][2] == "ireland") == ie])
    cur = "€" if ie else "£"
    d = Doc()
    d.ln(O(sup), " — ", rng.choice(["Trade Counter", "Branch"]), ": ", A(baddr))
    d.ln("Tel ", PH(ie_land(rng, bt[3]) if ie else uk_land(rng, bt[4])), "   Email ", E("accounts@" + slug(sup)[:16] + (".ie" if ie else ".co.uk")))
    d.ln()
    d.ln("TAX INVOICE")
    d.ln("Invoice No: ", C(cid(rng, "inv")), "   Date: ", en_date(rng, style=0))
    d.ln("Account No: ", C(cid(rng, "sup")), "   Your order ref: ", C(cid(rng, "job")))
    d.ln("Invoice to: ", O(uk_co(rng, ie)), ", ", A(DEPOTS[depot][0]))
    d.ln("Deliver to: ", A(saddr), " — attn ", P(rng.choice([short(site), given(site, rng), full(site)])))
    d.ln()
    d.ln("Qty\tCode\tDescription\tNet")
    items = [("22mm copper tube 3m", 8, 60), ("Magnetic system filter 22mm", 60, 120), (rng.choice(BOILERS), 900, 1700),
             ("Solar mounting rail 3.3m", 20, 45), ("Hybrid inverter 5kW", 700, 1300), ("Inhibitor 500ml", 9, 20),
             ("Expansion vessel 12L", 30, 70), ("Push-fit elbow 15mm (bag 10)", 8, 20)]
    rng.shuffle(items)
    for it in items[:max(2, int(rng.randint(3, 5) * size))]:
        d.ln(str(rng.randint(1, 12)), "\t", "%s%05d" % (rng.choice("ABCDKPT"), rng.randint(1, 99999)), "\t", it[0], "\t",
             cur, money(rng, it[1], it[2], es=False))
    d.ln("VAT @ ", "23%" if ie else "20%", "   TOTAL DUE: ", cur, money(rng, 200, 4000, es=False))
    d.ln()
    bk = rng.choice(IE_BANKS if ie else GB_BANKS)
    d.ln("Payment terms 30 days EOM. Pay by transfer to ", O(bk[0]), ", IBAN ",
         IB(ie_iban(rng, bk) if ie else gb_iban(rng, bk)), ", quoting the invoice number.")
    d.add("Your account manager: ", P(full(rep)), ", ", PH(ie_mobile(rng) if ie else uk_mobile(rng)))
    return d


def t_en_wa(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    crew = [uk_person(rng, region, 0.45) for _ in range(4)]
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region)
    ios = rng.random() < 0.5
    dd = rdate(rng)
    nm = [P(rng.choice([full(p), given(p, rng), short(p)])) for p in crew]
    lines = [
        (0, ["Morning all. ", P(given(crew[1], rng)), " can you take the ", t[0].split(" ")[0], " job, ", C(cid(rng, "job")), "?"]),
        (1, ["Aye no bother. Address?" if region == "scotland" else "Yeah ok. Address?"]),
        (0, [A(addr)]),
        (0, ["Customer is ", title_en(cust, rng), " ", P(sur(cust)), ", ", PH(uk_phone(rng, t, 1.0, ie)),
             ". Says the rads upstairs are stone cold"]),
        (2, ["I was there in Jan, it's the zone valve. There's one in the van"]),
        (1, ["\u200eimage omitted" if ios else "<Media omitted>"]),
        (3, ["Who's got the flue analyser? ", P(given(crew[2], rng)), " I think you had it last"]),
        (2, ["Back at the depot with ", P(rng.choice([given(uk_person(rng, region, 0.3), rng)])), " on reception"]),
        (1, ["Done at ", P(sur(cust)), "'s. Zone valve head replaced, all good 👍"]),
        (0, ["Nice one. Don't forget the job sheet"]),
    ]
    n = max(6, int(len(lines) * size))
    ts = times(rng, n, 7, 17)
    d = Doc()
    for i, (k, msg) in enumerate(lines[:n]):
        if ios:
            d.add("[%02d/%02d/%d, %s:%02d] " % (dd[0], dd[1], dd[2], ts[i], rng.randint(0, 59)))
        else:
            d.add("%02d/%02d/%d, %s - " % (dd[0], dd[1], dd[2], ts[i]))
        d.add(nm[k], ": ")
        d.ln(*msg)
    return d


def t_en_crm(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    addr, t, ie = place_uk(rng, region)
    cust = uk_person(rng, region_of(t, ie), 0.35)
    staff = [uk_person(rng, region_of(t, ie), 0.3) for _ in range(2)]
    eng = uk_person(rng, region_of(t, ie), 0.35)
    tags = [P(rng.choice([handle(s, rng), low(given(s, rng))])) for s in staff]
    rk = rng.choice(["spouse", "daughter", "son", "partner"])
    if rk == "spouse":
        rs = "f" if cust["sex"] == "m" else "m"
        rw = "his wife" if cust["sex"] == "m" else "her husband"
    else:
        rs = {"daughter": "f", "son": "m"}.get(rk, rng.choice("mf"))
        rw = rk
    rel = (rw, mk_person(rng, cust["cul"] if cust["cul"] != "ga" else "iri", rs))
    d = Doc()
    d.ln("CUSTOMER ", C(cid(rng, "acc")), " — ", P(low(full(cust)) if rng.random() < 0.5 else full(cust)))
    d.ln("=" * 28)
    notes = [
        ["cust rang re leak under boiler at ", A(low(addr).replace("\n", ", ")), ". water on floor, advised isolate at stopcock"],
        ["booked ", P(low(given(eng, rng))), " for thurs am, job ", C(cid(rng, "job"))],
        ["cust says call ", rel[0], " ", P(low(given(rel[1], rng))), " on ", PH(uk_phone(rng, t, 1.0, ie)), " if no answer"],
        ["eng on site, PRV passing, needs new part. quote ", C(cid(rng, "quote")), " emailed to ", E(email_of(rng, cust, uk=True))],
        ["cust complained re price, spoke to ", P(low(short(staff[1]))), ", 10% off agreed"],
        ["paid by card over phone, ending %d. inv " % rng.randint(1000, 9999), C(cid(rng, "inv"))],
        (["grant form: pps no ", N(ppsn(rng)), " and mprn ", C(cid(rng, "mprn")), " taken over phone"] if ie else
         ["BUS form: cust gave NI no ", N(nino(rng)), ", EPC to follow"]),
        ["landlord is ", P(low(full(uk_person(rng, region_of(t, ie), 0.3)))), " via ", O(low(agent_for(rng, ie))),
         ", needs copy of cert"],
    ]
    n = max(3, int(rng.randint(4, 7) * size))
    dd = rdate(rng)
    for i in range(min(n, len(notes))):
        d.add("%02d/%02d %s " % (min(28, dd[0] + i), dd[1], hm(rng)))
        d.add(tags[rng.randint(0, 1)], ": ")
        d.ln(*notes[i])
    return d


def t_en_csv(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    d = Doc()
    d.ln("customer_id,name,address,phone,email,boiler,last_service,due")
    n = max(2, int(rng.randint(3, 6) * size))
    for i in range(n):
        addr, t, ie = place_uk(rng, region)
        p = uk_person(rng, region, 0.35)
        nm = rng.choice([full(p), rev(p), short(p)])
        d.add(C(cid(rng, "acc")), ",")
        if "," in nm:
            d.add("\"", P(nm), "\"")
        else:
            d.add(P(nm))
        d.add(",\"", A(addr.replace("\n", ", ")), "\",", PH(uk_phone(rng, t, 0.6, ie).replace(" ", "")), ",")
        if rng.random() < 0.8:
            d.add(E(email_of(rng, p, uk=True)))
        d.ln(",", rng.choice(BOILERS), ",", en_date(rng, style=3), ",", rng.choice(["Y", "N", ""]))
    d.add("# exported ", en_date(rng, style=3), " by ", P(handle(uk_person(rng, region, 0.2), rng)))
    return d


def t_en_voicemail(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    addr, t, ie = place_uk(rng, region)
    p = uk_person(rng, region_of(t, ie), 0.35)
    eng = uk_person(rng, region_of(t, ie), 0.35)
    d = Doc()
    num = uk_phone(rng, t, 0.7, ie)
    d.ln("Voicemail — ", O(uk_co(rng, ie)), " out-of-hours line")
    d.ln("From: ", PH(num), "   Received: ", en_date(rng, style=1), " ", hm(rng, 0, 23), "   Length: 0:", str(rng.randint(21, 59)))
    d.ln("Transcript:")
    opener = {"scotland": "Aye hiya, ", "ireland": "Hi there, how're you, ", "wales": "Hiya, ", "north": "Alright, "}[region_of(t, ie)]
    d.add("\"", opener, "it's ", P(rng.choice([full(p), given(p, rng), short(p)])), " here, ")
    d.add("from ", A(addr.replace("\n", ", ")), ". ")
    d.add("Your lad " if eng["sex"] == "m" else "Your engineer ", P(given(eng, rng)), " was out on ", DAYS[rng.randint(0, 4)], " for the ",
          rng.choice(["boiler service", "solar panels", "leak", "radiator"]), ", job number ", C(cid(rng, "job")),
          ", and now there's ", rng.choice(["a drip coming from the pipe under the sink", "an error light flashing on the inverter",
                                            "no heat at all upstairs", "a funny smell from the flue"]), ". ")
    if rng.random() < 0.5:
        d.add("Could someone ring me back on ", PH(uk_phone(rng, t, 1.0, ie)), ", that's my mobile. ")
    else:
        d.add("Or email me, it's ", E(email_of(rng, p, uk=True)), ". ")
    d.ln("Cheers, bye.\"")
    d.add("Actioned by: ", P(handle(uk_person(rng, region_of(t, ie), 0.2), rng)), " — callback logged")
    return d


def t_en_sms(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    ie = region == "ireland"
    d = Doc()
    d.ln("SMS gateway log — sender ID: PBHEATING — ", en_date(rng, style=3))
    d.ln("time | to | status | message")
    n = max(2, int(rng.randint(3, 5) * size))
    for i in range(n):
        p = uk_person(rng, region, 0.35)
        eng = uk_person(rng, region, 0.35)
        d.add(hm(rng), " | ", PH(ie_mobile(rng) if ie else uk_mobile(rng)), " | ",
              rng.choice(["DELIVERED", "DELIVERED", "FAILED", "QUEUED"]), " | ")
        k = rng.randint(0, 2)
        if k == 0:
            d.ln("Hi ", P(given(p, rng)), ", your ", O(rng.choice(["P&B", "Pritchard & Brennan"])), " engineer ",
                 P(given(eng, rng)), " is on the way, ETA ", hm(rng, 8, 17), ". Job ", C(cid(rng, "job")), ". Reply STOP to opt out")
        elif k == 1:
            d.ln("Reminder: boiler service for ", A(uk_addr(rng, region=region)[0] if not ie else ie_addr(rng, multiline=False)[0]),
                 " is due. Call ", PH(DEPOTS["Dublin" if ie else rng.choice(["Leeds", "Cardiff", "Glasgow"])][1]), " to book.")
        else:
            d.ln(P(rng.choice([full(p), short(p)])), ", we missed you today. Please call ", PH(uk_mobile(rng) if not ie else ie_mobile(rng)),
                 " to rebook ref ", C(cid(rng, "job")), ".")
    return d


def t_en_reviews(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north", "ireland"])
    platform = rng.choice(["Checkatrade", "Trustpilot", "Google", "Which? Trusted Traders"])
    d = Doc()
    d.ln(O(uk_co(rng)), " — reviews on ", O(platform))
    d.ln()
    n = max(2, int(rng.randint(2, 4) * size))
    for i in range(n):
        rv = uk_person(rng, region, 0.35)
        eng = uk_person(rng, region, 0.4)
        app = uk_person(rng, region, 0.4)
        h = handle(rv, rng)
        stars = rng.randint(1, 5)
        d.ln(P(h), " — ", str(stars), "/5 — ", en_date(rng, style=2))
        if stars >= 4:
            d.ln(P(given(eng, rng)), " and ", rng.choice(["his" if eng["sex"] == "m" else "her", "the"]), " apprentice ", P(given(app, rng)),
                 " fitted our ", rng.choice(["new combi", "solar panels and battery", "heat pump"]), " in ", rng.choice(["two", "three"]),
                 " days. Tidy, polite, explained the controls. Would use again.")
        else:
            d.ln("Booked a service, nobody turned up twice. Rang and got ", P(rng.choice([given(eng, rng), full(eng)])),
                 " who said the diary was wrong. ", rng.choice(["Still waiting.", "Went elsewhere.", "Not impressed."]))
        if rng.random() < 0.6:
            rp = uk_person(rng, region, 0.2)
            first = h.split(" ")[0].split("_")[0].split(".")[0]
            d.add("Reply from ", P(given(rp, rng)), " at ", O(rng.choice(["P&B Heating", "Pritchard & Brennan"])), ": ")
            if stars >= 4:
                d.ln("Thanks ", P(first), ", glad it went well!")
            else:
                d.ln("Sorry about this, ", P(first), ". Please email ", E("customercare@pbheating.co.uk"),
                     " with your postcode and we'll sort it.")
        d.ln()
    return d


def t_en_starter(rng, size=1.0):
    depot = rng.choice(list(DEPOTS))
    region = DEPOTS[depot][2]
    ie = region == "ireland"
    p = uk_person(rng, region, 0.45)
    ec = uk_person(rng, region, 0.2) if p["cul"] not in ("pol", "pak", "nga", "gha", "som") else mk_person(rng, p["cul"])
    d = Doc()
    d.ln(O(uk_co(rng, ie).upper()), " — NEW STARTER FORM (CONFIDENTIAL)")
    d.ln("DEPOT: ", depot.upper(), "   START DATE: ", en_date(rng, style=0), "   ROLE: ",
         rng.choice(["GAS ENGINEER", "APPRENTICE PLUMBER", "PV INSTALLER", "ELECTRICIAN", "SERVICE CO-ORDINATOR"]))
    d.ln("FULL NAME: ", P(full(p).upper()))
    if p["gv"] and rng.random() < 0.7:
        d.ln("KNOWN AS: ", P(rng.choice(p["gv"]).upper()))
    d.ln("HOME ADDRESS: ", A((ie_addr(rng, caps=True)[0] if ie else uk_addr(rng, region=region, caps=True)[0])))
    d.ln("MOBILE: ", PH(ie_mobile(rng) if ie else uk_mobile(rng)), "   PERSONAL EMAIL: ", E(email_of(rng, p, uk=True).upper()))
    if ie:
        d.ln("PPS NUMBER: ", N(ppsn(rng)))
    else:
        d.ln("NI NUMBER: ", N(nino(rng)))
    if rng.random() < 0.7:
        if ie:
            d.ln("DRIVING LICENCE NO: ", N(digits(rng, 9)))
        else:
            d.ln("DRIVING LICENCE NO: ", N(uk_licence(rng, p["s"][-1] if p["cul"] == "som" else p["s"][0], p["g"], p["sex"])))
    if p["cul"] == "pol":
        d.ln("RIGHT TO WORK: POLISH ID CARD ", N(pl_idcard(rng)), "   PESEL ", N(pesel(rng, p["sex"])))
    elif p["cul"] in ("nga", "gha", "pak") and rng.random() < 0.6:
        kd, nv = other_id(rng, p["cul"], p["sex"])
        if kd in ("NIN", "Ghana Card", "CNIC"):
            d.ln("RIGHT TO WORK: BRP SEEN. ", kd.upper(), ": ", N(nv))
        else:
            d.ln("RIGHT TO WORK: UK PASSPORT ", N("%d%s" % (rng.randint(1, 9), digits(rng, 8))))
    else:
        d.ln("RIGHT TO WORK: ", "IRISH PASSPORT " if ie else "UK PASSPORT ", N(("P" + rng.choice("ABCDEFGHJKLMNPRTVWXY") + digits(rng, 7)) if ie else "%d%s" % (rng.randint(1, 9), digits(rng, 8))))
    bank = rng.choice(IE_BANKS if ie else GB_BANKS)
    d.ln("BANK: ", O(bank[0].upper()), "   IBAN: ", IB(ie_iban(rng, bank) if ie else gb_iban(rng, bank)))
    d.ln("EMERGENCY CONTACT: ", P(full(ec).upper()), " (", rng.choice(["HUSBAND", "FATHER", "PARTNER", "BROTHER"] if ec["sex"] == "m"
                                                                      else ["WIFE", "MOTHER", "PARTNER", "SISTER"]), ") ",
         PH(ie_mobile(rng) if ie else uk_mobile(rng)))
    d.ln("PREVIOUS EMPLOYER: ", O(rng.choice(["BRITISH GAS", "HOMESERVE PLC", "CITY PLUMBING SUPPLIES", "BORD GÁIS ENERGY",
                                              "CARTREFI CONWY", "OCTOPUS ENERGY", "WOLSELEY UK LTD"])))
    d.add("CHECKED BY: ", P(handle(uk_person(rng, region, 0.2), rng).upper()))
    return d


def t_en_landlord(rng, size=1.0):
    region = rng.choice(["wales", "scotland", "north"])
    addr, t = uk_addr(rng, region=region)
    ll = uk_person(rng, region, 0.4)
    ten = uk_person(rng, region, 0.45)
    sig = uk_person(rng, region, 0.3)
    agent = rng.choice(UK_AGENTS)
    agp = uk_person(rng, region, 0.3)
    d = Doc()
    d.ln(O(uk_co(rng)))
    dep = DEPOTS[rng.choice(["Cardiff", "Bangor"] if region == "wales" else (["Glasgow", "Inverness"] if region == "scotland" else ["Leeds", "Manchester", "Newcastle"]))]
    d.ln(A(dep[0]), " | ", PH(dep[1]))
    d.ln()
    d.ln(title_en(ll, rng), " ", P(full(ll)))
    d.ln(A(uk_addr(rng, region=region, multiline=True)[0]))
    d.ln()
    d.ln(en_date(rng, style=1))
    d.ln()
    d.ln("Re: ", A(addr), " — annual gas safety check, job ", C(cid(rng, "job")))
    d.ln()
    d.ln("Dear ", title_en(ll, rng), " ", P(sur(ll)), ",")
    d.ln("We have tried to gain access to the above property on three occasions to carry out the annual landlord gas "
         "safety check. Your tenant, ", P(rng.choice([full(ten), short(ten)])), ", was not at home on any of the booked dates "
         "and has not responded to calls to ", PH(uk_mobile(rng)), ".")
    d.ln("As the current record expires on ", en_date(rng, style=1), ", we recommend that you or your agent, ",
         P(short(agp)), " at ", O(agent), ", arrange access as soon as possible. Further attempts are chargeable under "
         "account ", C(cid(rng, "acc")), ".")
    d.ln()
    d.ln("Yours sincerely,")
    d.ln(P(full(sig)))
    d.add("Compliance Team — ", E("compliance@pbheating.co.uk"))
    return d


# ================================================================ templates: en, domain 1
RO_BANKS = [("Banca Transilvania", "BTRL"), ("BCR", "RNCB"), ("BRD", "BRDE"), ("ING Bank România", "INGB")]
FOREIGN_HOME = {"eng": ["Manchester", "Leeds", "Newcastle"], "sco": ["Glasgow", "Aberdeen"], "wel": ["Cardiff", "Swansea"],
                "iri": ["Cork", "Dublin"], "rom": ["Bucharest", "Cluj-Napoca", "Iași"], "chn": ["Wenzhou", "Qingtian", "Shanghai"],
                "mar": ["Tangier", "Nador"], "lat": ["Bogotá", "Lima", "Quito"]}
KEYHOLDERS = {"Santa Cruz de Tenerife": ["Tenerife Key Holding S.L.", "Anaga Home Care"],
              "Las Palmas": ["Canary Rentals & Care S.L.", "Las Canteras Keys"],
              "Girona": ["Costa Brava Home Watch", "Gironès Property Care SL"],
              "Barcelona": ["BCN Keys & Care, S.L.", "Mirador Holiday Homes"],
              "Madrid": ["Madrid Home Services", "Mirador Holiday Homes"]}


def ro_iban(rng):
    b = rng.choice(RO_BANKS)
    bban = b[1] + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    return b[0], fmt_iban(rng, mk_iban("RO", bban))


def foreign_owner(rng):
    cul = rng.choice(["eng", "eng", "sco", "wel", "iri", "rom", "rom", "chn", "mar", "lat"])
    return mk_person(rng, cul), cul


def owner_bank(rng, cul):
    if cul in ("eng", "sco", "wel"):
        b = rng.choice(GB_BANKS)
        return b[0], gb_iban(rng, b)
    if cul == "iri":
        b = rng.choice(IE_BANKS)
        return b[0], ie_iban(rng, b)
    if cul == "rom" and rng.random() < 0.6:
        return ro_iban(rng)
    b = rng.choice(ES_BANKS)
    return b[0], es_iban(rng, b[1])


def owner_phone(rng, cul):
    if cul in ("eng", "sco", "wel"):
        return uk_mobile(rng)
    if cul == "iri":
        return ie_mobile(rng)
    if cul == "rom" and rng.random() < 0.5:
        n = "7" + digits(rng, 8)
        return "+40 %s %s %s" % (n[:3], n[3:6], n[6:])
    return es_mobile(rng)


def t_en_d1_owner(rng, size=1.0):
    city = rng.choice(["Santa Cruz de Tenerife", "Las Palmas", "Girona", "Barcelona", "Madrid", "Vigo", "Bilbao", "Donostia", "A Coruña"])
    c = es_comm(rng, city)
    own, cul = foreign_owner(rng)
    adm = staff_es(rng, city)
    nb = mk_person(rng, es_cult(rng, city))
    fl, fl2 = es_flat(rng, city), es_flat(rng, city)
    bank, ib = owner_bank(rng, cul)
    exp = cid(rng, "exp", city)
    omail = email_of(rng, own, uk=cul in ("eng", "sco", "wel", "iri"))
    d = Doc()
    d.ln("From: ", P(rng.choice([full(own), short(own), rev(own)])), " <", E(omail), ">")
    d.ln("To: ", E(OFFICES[city][2] + "@" + ES_CO_DOM))
    d.ln("Subject: Flat ", fl, " – arrears letter ref ", C(exp))
    d.ln()
    d.ln("Dear ", title_en(adm, rng), " ", P(sur(adm)), ",")
    d.ln("I own flat ", fl, " at ", A(es_addr(rng, c["b"], None, rng.choice([0, 5]))), " but I live in ",
         rng.choice(FOREIGN_HOME[cul]), " most of the year, so please excuse me for writing in English.")
    d.ln("I have received your letter (ref. ", C(exp), ") saying that I owe ", money(rng, 200, 3000, es=False),
         " EUR for the derrama for the ", rng.choice(["lift", "façade works", "roof repair", "new entry phone"]),
         ". I paid this on ", en_date(rng, style=1), " by transfer from my ", O(bank), " account ", IB(ib),
         " to the community account. I attach the receipt.")
    if rng.random() < 0.7:
        kd, nv = ("NIE", nie(rng)) if rng.random() < 0.7 else other_id(rng, cul, own["sex"], own["s"][0], own["g"])
        d.ln("My ", kd, " is ", N(nv), " in case you need it for your records.")
    d.ln("I cannot attend the junta on ", en_date(rng, style=1), ". I authorise my neighbour ",
         P(rng.choice([full(nb), short(nb)])), " (", fl2, ") to vote on my behalf.")
    d.ln("You can reach me on ", PH(owner_phone(rng, cul)), rng.choice([".", " (texts are fine too).", ", any time after 6pm Spanish time."]))
    d.ln()
    d.ln("Kind regards,")
    d.add(P(full(own)))
    if rng.random() < 0.5:
        d.add("\n")
        d.add(A(uk_addr(rng, multiline=False)[0] if cul in ("eng", "sco", "wel") else
                (ie_addr(rng, multiline=False)[0] if cul == "iri" else es_addr(rng, es_building(rng, rng.choice(ES_CITIES)), None, 0))))
    return d


def t_en_d1_thread(rng, size=1.0):
    city = rng.choice(["Santa Cruz de Tenerife", "Las Palmas", "Girona", "Barcelona", "Madrid"])
    c = es_comm(rng, city)
    own, cul = foreign_owner(rng)
    adm = staff_es(rng, city)
    adj = mk_person(rng, es_cult(rng, city, 0.0))
    below = mk_person(rng, es_cult(rng, city, 0.3))
    kh = mk_person(rng, es_cult(rng, city, 0.4))
    ins = rng.choice(ES_INSURERS)
    sin = cid(rng, "sin")
    omail = email_of(rng, own, uk=True)
    amail = staff_mail_es(rng, adm)
    fl = es_flat(rng, city)
    d = Doc()
    d.ln("From: ", P(rng.choice([full(adm), rev(adm, both=False)])), " <", E(amail), ">")
    d.ln("Sent: ", DAYS[rng.randint(0, 4)], ", ", en_date(rng, style=1), " ", hm(rng))
    d.ln("To: ", E(omail))
    d.ln("Subject: RE: Water leak from flat ", fl, " – claim ", C(sin))
    d.ln()
    d.ln("Dear ", title_en(own, rng), " ", P(sur(own)), ",")
    d.ln("As discussed on the phone, the loss adjuster appointed by ", O(ins), ", ", P(full(adj)), ", will visit on ",
         en_date(rng, style=1), " at ", hm(rng, 9, 13), ". The owner below, ", P(rng.choice([short(below), full(below)])),
         ", has already reported ceiling damage in the bathroom.")
    d.ln("Please ask your key holder, ", P(short(kh)), " (", O(rng.choice(KEYHOLDERS[city])), ", ", PH(es_mobile(rng)),
         "), to open the flat for the plumber.")
    d.ln()
    d.ln("Best regards,")
    d.ln(P(full(adm)))
    d.ln(O(es_co(rng)), " – ", A(OFFICES[city][0]))
    d.ln()
    d.ln("> From: ", P(rng.choice([full(own), short(own)])), " <", E(omail), ">")
    d.ln("> Sent: ", en_date(rng, style=1))
    d.ln("> Subject: Water leak from flat ", fl)
    d.ln(">")
    d.ln("> Hello ", P(given(adm, rng)), ", the guests staying in my apartment at ", A(es_addr(rng, c["b"], fl, 0)),
         " say water is coming from under the washing machine.")
    d.ln("> My own home insurance is with ", O(rng.choice(["Aviva", "Direct Line", "Admiral", "Zurich Insurance", "FBD Insurance"])),
         ", policy ", C(cid(rng, "pol")), ". My mobile is ", PH(owner_phone(rng, cul)), ".")
    d.add("> Thanks, ", P(given(own, rng)))
    return d


# ================================================================ driver
PLAN = {
    "es": [(t_es_convocatoria, 4), (t_es_acta, 4), (t_es_requerimiento, 4), (t_es_plan_pagos, 3),
           (t_es_siniestro, 4), (t_es_wa_android, 3), (t_es_wa_ios, 3), (t_es_crm, 4), (t_es_csv, 3),
           (t_es_presupuesto, 3), (t_es_queja, 3), (t_es_cuadrante, 2), (t_es_buzon, 3), (t_es_sms, 2),
           (t_es_factura, 2), (t_es_resenas, 2), (t_es_ficha, 3), (t_es_aviso_obras, 2),
           (t_es_d2_email, 3), (t_es_d2_parte, 2), (t_es_d2_wa, 1)],
    "en": [(t_en_jobsheet, 4), (t_en_quote, 4), (t_en_reminder, 3), (t_en_seai, 3), (t_en_scheme, 3),
           (t_en_cp12, 4), (t_en_complaint, 4), (t_en_rota, 3), (t_en_invoice, 3), (t_en_wa, 3),
           (t_en_crm, 4), (t_en_csv, 3), (t_en_voicemail, 3), (t_en_sms, 2), (t_en_reviews, 3),
           (t_en_starter, 3), (t_en_landlord, 2), (t_en_d1_owner, 4), (t_en_d1_thread, 2)],
}
MIN_LEN, MAX_LEN = 300, 1500


def _finish(doc):
    """Trim trailing whitespace of the text (spans never reach it)."""
    text = doc.text()
    t2 = text.rstrip()
    spans = [s for s in doc.spans]
    return t2, spans


def build_one(rng, fn, seen):
    size = 1.0
    for attempt in range(80):
        doc = fn(rng, size)
        text, spans = _finish(doc)
        if len(text) > MAX_LEN:
            size = max(0.3, size * 0.8)
            continue
        if len(text) < MIN_LEN:
            size = min(2.5, size * 1.25)
            continue
        if text in seen:
            continue
        return text, spans
    raise RuntimeError("could not build %s within length limits" % fn.__name__)


def generate():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    for lang in ("en", "es"):
        jobs = []
        for fn, k in PLAN[lang]:
            jobs.extend([fn] * k)
        assert len(jobs) == 60, (lang, len(jobs))
        rng.shuffle(jobs)
        for i, fn in enumerate(jobs):
            text, spans = build_one(rng, fn, seen)
            seen[text] = 1
            sp = sorted(spans)
            rows.append({"id": "d%s-%s-%03d" % (SET_NO, lang, i), "text": text, "lang": lang,
                         "spans": [{"start": s, "end": e, "label": l} for s, e, l in sp]})
    return rows


TITLE_RE = re.compile(r"^(sr|sra|srta|d|dña|dª|d\.ª|don|doña|mr|mrs|ms|miss|dr|lic|ing|prof|sir)\.?(\s|$)", re.I)


def _dni_ok(v):
    s = re.sub(r"[\s.\-]", "", v).upper()
    m = re.match(r"^(\d{8})([A-Z])$", s)
    if m:
        return DNI_LET[int(m.group(1)) % 23] == m.group(2)
    m = re.match(r"^([XYZ])(\d{7})([A-Z])$", s)
    if m:
        return DNI_LET[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)
    return None


def _ppsn_ok(v):
    m = re.match(r"^(\d{7})([A-W])(A?)$", v)
    if not m:
        return None
    tot = sum(int(c) * w for c, w in zip(m.group(1), (8, 7, 6, 5, 4, 3, 2)))
    if m.group(3):
        tot += 9
    r = tot % 23
    return ("W" if r == 0 else chr(64 + r)) == m.group(2)


def self_check(rows):
    errs = []
    ids, texts = {}, {}
    langs = {"en": 0, "es": 0}
    for r in rows:
        if list(r.keys()) != ["id", "text", "lang", "spans"]:
            errs.append("%s: key order" % r["id"])
        if r["id"] in ids:
            errs.append("duplicate id %s" % r["id"])
        ids[r["id"]] = 1
        if r["text"] in texts:
            errs.append("duplicate text %s" % r["id"])
        texts[r["text"]] = 1
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        t = r["text"]
        if not (MIN_LEN <= len(t) <= MAX_LEN):
            errs.append("%s: length %d" % (r["id"], len(t)))
        prev = -1
        last = None
        for s in r["spans"]:
            a, b, lab = s["start"], s["end"], s["label"]
            if lab not in LABELS:
                errs.append("%s: bad label %s" % (r["id"], lab))
            if not (0 <= a < b <= len(t)):
                errs.append("%s: span out of range %r" % (r["id"], s))
                continue
            if last is not None and (a, b) < last:
                errs.append("%s: spans not sorted" % r["id"])
            last = (a, b)
            if a < prev:
                errs.append("%s: overlap at %d" % (r["id"], a))
            prev = b
            v = t[a:b]
            if v != v.strip():
                errs.append("%s: whitespace in span %r" % (r["id"], v))
            if lab == "PERSON" and TITLE_RE.match(v):
                errs.append("%s: title inside PERSON %r" % (r["id"], v))
            if lab != "ADDRESS" and "\n" in v:
                errs.append("%s: line break inside %s %r" % (r["id"], lab, v))
            if lab == "IBAN" and not iban_ok(v):
                errs.append("%s: bad IBAN %r" % (r["id"], v))
            if lab == "NATIONAL_ID":
                ok = _dni_ok(v)
                if ok is None:
                    ok = _ppsn_ok(v)
                if ok is False:
                    errs.append("%s: bad DNI/NIE/PPSN %r" % (r["id"], v))
            if lab == "EMAIL" and ("@" not in v or " " in v):
                errs.append("%s: bad email %r" % (r["id"], v))
            if lab == "PHONE" and len(re.sub(r"\D", "", v)) < 9:
                errs.append("%s: short phone %r" % (r["id"], v))
    if langs.get("en") != 60 or langs.get("es") != 60:
        errs.append("language counts %r" % langs)
    return errs


def stats(rows):
    tab = {}
    persons = {}
    for r in rows:
        for s in r["spans"]:
            key = (s["label"], r["lang"])
            tab[key] = tab.get(key, 0) + 1
            if s["label"] == "PERSON":
                persons[r["text"][s["start"]:s["end"]]] = 1
    lines = ["%-12s %6s %6s %6s" % ("label", "en", "es", "total")]
    te = ts = 0
    for lab in LABELS:
        a, b = tab.get((lab, "en"), 0), tab.get((lab, "es"), 0)
        te += a
        ts += b
        lines.append("%-12s %6d %6d %6d" % (lab, a, b, a + b))
    lines.append("%-12s %6d %6d %6d" % ("all spans", te, ts, te + ts))
    lines.append("documents: en %d, es %d; distinct PERSON strings: %d" % (
        sum(1 for r in rows if r["lang"] == "en"), sum(1 for r in rows if r["lang"] == "es"), len(persons)))
    return "\n".join(lines)


if __name__ == "__main__":
    rows = generate()
    problems = self_check(rows)
    if problems:
        for p_ in problems[:50]:
            print("SELF-CHECK:", p_)
        sys.exit(1)
    print(stats(rows))
    g, s = pool_sizes()
    print("name pools: %d given names, %d surnames" % (g, s))
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT_PATH))
