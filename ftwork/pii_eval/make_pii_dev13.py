#!/usr/bin/env python3
"""pii_dev13 -- hand-built labelled PII test set (English and Spanish business documents).

Provenance: built 2026-12-04 by a separate author given only the label conventions
and the domains.  The author did not read the detector, its tests, its docs, its
data samples or any other pii_*.jsonl / make_pii_*.py file.  All name pools,
address pools, reference formats and templates below were written for this set.

Domains:
  1. A courier and customs broker ("Condor Express", agencia de carga y agente
     aduanal) operating in Mexico, Guatemala, Colombia, Cuba, the Dominican
     Republic, Chile and Paraguay.  Spanish documents, plus English documents for
     English-language shipments (foreign shippers / consignees).
  2. An optician and pharmacy chain ("Iris") with branches in Spain (Spanish
     documents) and in London, Birmingham, Leicester, Manchester and Glasgow
     (English documents).

Document kinds:
  Domain 1: tracking-query e-mails with quoted replies, customs-hold notices with
  the documents requested, ALL-CAPS consignee/shipper forms, WhatsApp exports
  (Android and iOS) with drivers, driver route sheets (tab separated), COD /
  contra-entrega reconciliations (semicolon CSV), damaged-goods claims,
  lower-case CRM notes with typos and no accents, importer registrations, SMS
  logs, voicemail transcripts, reviews, forwarded internal threads, proofs of
  delivery, broker fee invoices; English: tracking e-mails, customs-hold
  notices, claim forms, shipment CSV exports, WhatsApp chats, failed-delivery
  cards, driver notes.
  Domain 2: eye-test booking e-mails / SMS, prescription-ready SMS logs,
  repeat-prescription requests, contact-lens subscriptions with direct-debit /
  SEPA mandates, complaints and replies, staff shift-swap WhatsApp groups,
  surname-first rotas, supplier orders, NHS GOS / exemption paperwork and
  Seguridad Social paperwork (alta / baja), reviews, CRM notes, voicemail
  transcripts, appointment exports.

Labels:
  PERSON, ORG, ADDRESS, CUSTOMER_ID, PHONE, EMAIL, IBAN, NATIONAL_ID, following
  the conventions of the brief.  Choices made for this set:
  - courier waybill / guia numbers, customs file numbers (pedimento, expediente,
    DUCA / DUA references), claim, ticket, COD batch, importer-registration,
    booking, patient-record, prescription-token and subscription references
    are CUSTOMER_ID;
  - NATIONAL_ID covers Spanish DNI/NIE (valid letter) and NUSS (valid mod-97),
    Mexican CURP (valid check digit), Guatemalan DPI/CUI (valid check digit),
    Colombian cedula, Cuban carne de identidad, Dominican cedula (valid Luhn),
    Chilean RUN (valid mod-11), Paraguayan cedula, UK NHS numbers and
    Scottish CHI numbers (valid mod-11), National Insurance numbers (person
    receiving benefit on GOS forms), UK driving licences (DVLA layout) and
    passports;
  - IBAN: ES (with valid bank control digits), GB, DO and GT IBANs, all with
    valid mod-97 check digits, with or without spaces;
  - a person's name inside a business name ("Ferreteria Hermanos Cux",
    "Farmacia Lda. ...") is part of the ORG span.

Left unlabelled on purpose: dates, times, amounts, towns or countries on their
own, URLs, vehicle registrations, product names, HS tariff codes, GPS
coordinates, odometer readings, route numbers, card endings, Direct Debit
service-user numbers (an originator identifier), opening hours, dates of birth.
Company tax numbers (RFC/NIT/RUC/CIF/RUT of companies) are not emitted at all.

Counts (filled in after the run):
  label            en     es  total
  PERSON          395    348    743
  ORG             127    111    238
  ADDRESS          52     64    116
  CUSTOMER_ID     166    142    308
  PHONE           113    128    241
  EMAIL            75     67    142
  IBAN              8      9     17
  NATIONAL_ID      36     43     79
  all spans       972    912   1884
  documents        60     60    120
  distinct PERSON strings: 569
  documents by domain: en = 18 courier (English shipments) + 42 UK
  optician/pharmacy; es = 40 courier (7 countries) + 20 Spanish branches.
  name pools: 867 distinct given names, 790 distinct surnames.

Determinism: a single random.Random(SEED) drives everything; no set iteration,
no hash(), no time or environment input.  Spans are recorded while the text is
assembled from segments by the Doc builder, never by searching the text.
Output is byte-identical across runs and PYTHONHASHSEED values.

How to run:
  python3 /work/main/ftwork/pii_eval/make_pii_dev13.py
  (writes /work/main/ftwork/pii_eval/pii_dev13.jsonl and prints the counts)
"""
import datetime
import json
import random
import re
import sys
import unicodedata

SEED = 20261213
NN = "13"
OUT_PATH = "/work/main/ftwork/pii_eval/pii_dev13.jsonl"
LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL", "IBAN",
          "NATIONAL_ID")


# ---------------------------------------------------------------- Doc builder
class Doc:
    """Assemble a text from plain strings and (text, LABEL) tuples."""

    def __init__(self):
        self._parts = []
        self._n = 0
        self.spans = []

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, list):
                self.add(*s)
            elif isinstance(s, tuple):
                t, lab = s
                if lab not in LABELS:
                    raise ValueError("bad label %r" % (lab,))
                if not t:
                    raise ValueError("empty span")
                self.spans.append((self._n, self._n + len(t), lab))
                self._parts.append(t)
                self._n += len(t)
            elif isinstance(s, str):
                if s.startswith(".") and not s.startswith("..") and self._parts and self._parts[-1].endswith("."):
                    s = s[1:]
                    if not s:
                        continue
                self._parts.append(s)
                self._n += len(s)
            else:
                raise TypeError(repr(s))
        return self

    def text(self):
        return "".join(self._parts)

    def __len__(self):
        return self._n


def _map_segs(segs, fn):
    out = []
    for s in segs:
        if s is None:
            continue
        if isinstance(s, list):
            out.append(_map_segs(s, fn))
        elif isinstance(s, tuple):
            out.append((fn(s[0]), s[1]))
        else:
            out.append(fn(s))
    return out


def up(*segs):
    """ALL-CAPS version of segments (labels kept)."""
    return _map_segs(list(segs), lambda x: x.upper())


def low(*segs):
    """lower case, accents dropped (fast CRM typing)."""
    return _map_segs(list(segs), lambda x: strip_accents(x).lower())


def per(s):
    return (s, "PERSON")


def org(s):
    return (s, "ORG")


def adr(s):
    return (s, "ADDRESS")


def cid(s):
    return (s, "CUSTOMER_ID")


def tel(s):
    return (s, "PHONE")


def eml(s):
    return (s, "EMAIL")


def ibn(s):
    return (s, "IBAN")


def nid(s):
    return (s, "NATIONAL_ID")


# ---------------------------------------------------------------- text utils
_TRANS = {"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d"}


def strip_accents(s):
    s = "".join(_TRANS.get(ch, ch) for ch in s)
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def ascii_low(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- ID checks
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(n):
    return DNI_LETTERS[n % 23]


def make_dni(rng):
    n = rng.randint(1000000, 79999999)
    num = "%08d" % n
    letter = dni_letter(n)
    return wpick(rng, [(num + letter, 5), (num + "-" + letter, 2),
                       ("%s.%s.%s-%s" % (num[:2], num[2:5], num[5:], letter), 1),
                       (num + " " + letter, 1)])


def make_nie(rng):
    p = pick(rng, "XYZ")
    n = rng.randint(0, 9999999)
    letter = dni_letter(int(str("XYZ".index(p)) + "%07d" % n))
    body = "%07d" % n
    return wpick(rng, [(p + body + letter, 4), (p + "-" + body + "-" + letter, 2),
                       (p + body + "-" + letter, 1)])


def dni_nie_valid(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", t)
    if not m:
        return None
    pre, num, let = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = str("XYZ".index(pre)) + num
    elif len(num) != 8:
        return None
    return dni_letter(int(num)) == let


def iban_make(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(s):
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    rearr = t[4:] + t[:4]
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return int(num) % 97 == 1


def iban_fmt(rng, s):
    if rng.random() < 0.7:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _es_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(d10)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def es_iban(rng):
    bank = pick(rng, ["2100", "0049", "0182", "0081", "0128", "2085", "3058",
                      "1465", "0075", "2080", "0487", "2103"])
    branch = "%04d" % rng.randint(1, 9999)
    acct = digits(rng, 10)
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct))
    return iban_fmt(rng, iban_make("ES", bank + branch + dc + acct))


def gb_iban(rng):
    bank = pick(rng, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"])
    return iban_fmt(rng, iban_make("GB", bank + digits(rng, 6) + digits(rng, 8)))


def do_iban(rng):
    bank = pick(rng, ["BRRD", "BPDO", "BCBH", "BAGR"])
    return iban_fmt(rng, iban_make("DO", bank + digits(rng, 20)))


def gt_iban(rng):
    bank = pick(rng, ["INDL", "TRAJ", "BRRL", "AGRO"])
    return iban_fmt(rng, iban_make("GT", bank + digits(rng, 20)))


def gt_cui(rng):
    dm = pick(rng, [("01", "01"), ("09", "01"), ("16", "01"), ("04", "01"),
                    ("08", "01"), ("07", "01"), ("01", "08"), ("13", "01"),
                    ("14", "01"), ("16", "09"), ("05", "01"), ("01", "15")])
    while True:
        base = "%08d" % rng.randint(1000000, 39999999)
        v = sum(int(d) * (i + 2) for i, d in enumerate(base)) % 11
        if v < 10:
            break
    s = base + str(v) + dm[0] + dm[1]
    return wpick(rng, [(s[:4] + " " + s[4:9] + " " + s[9:], 5), (s, 2),
                       (s[:4] + "-" + s[4:9] + "-" + s[9:], 1)])


def gt_cui_valid(s):
    t = re.sub(r"[\s\-]", "", s)
    if not re.fullmatch(r"\d{13}", t):
        return False
    return sum(int(d) * (i + 2) for i, d in enumerate(t[:8])) % 11 == int(t[8])


def do_cedula(rng):
    mun = pick(rng, ["001", "402", "031", "223", "047", "026", "028", "056",
                     "093", "225", "037"])
    body = mun + "%07d" % rng.randint(0, 9999999)
    s = 0
    for i, d in enumerate(body):
        x = int(d) * (1 if i % 2 == 0 else 2)
        s += x // 10 + x % 10
    chk = (10 - s % 10) % 10
    return wpick(rng, [("%s-%s-%d" % (mun, body[3:], chk), 5),
                       ("%s%d" % (body, chk), 1)])


def cl_run(rng, lo=5000000, hi=26500000):
    n = rng.randint(lo, hi)
    s, m = 0, 2
    for d in reversed(str(n)):
        s += int(d) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    ds = "{:,}".format(n).replace(",", ".")
    return wpick(rng, [(ds + "-" + dv, 5), ("%d-%s" % (n, dv), 2)])


def run_valid(s):
    m = re.fullmatch(r"(\d{1,2}(?:\.?\d{3}){2})-([\dK])", s.strip())
    if not m:
        return False
    n = m.group(1).replace(".", "")
    t, w = 0, 2
    for d in reversed(n):
        t += int(d) * w
        w = 2 if w == 7 else w + 1
    r = 11 - t % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    return dv == m.group(2)


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 7)
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return wpick(rng, [(s[:3] + " " + s[3:6] + " " + s[6:], 6), (s, 2),
                           (s[:3] + "-" + s[3:6] + "-" + s[6:], 1)])


def nhs_valid(s):
    t = re.sub(r"[\s\-]", "", s)
    if not re.fullmatch(r"\d{10}", t):
        return False
    c = 11 - sum(int(t[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(t[9])


def ni_number(rng):
    al = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(rng, al) + pick(rng, al)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "XX"):
            break
    n = digits(rng, 6)
    suf = pick(rng, "ABCD")
    return wpick(rng, [("%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], suf), 3),
                       (p + n + suf, 2)])


def nuss(rng):
    prov = pick(rng, ["28", "08", "41", "46", "29", "48", "50", "30", "15",
                      "03", "18", "35"])
    num = "%08d" % rng.randint(10000000, 99999999)
    chk = "%02d" % (int(prov + num) % 97)
    return wpick(rng, [(prov + "/" + num + "/" + chk, 3), (prov + num + chk, 2),
                       (prov + " " + num + " " + chk, 1)])


def cu_ci(rng, g):
    y = rng.randint(1952, 1999)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    sex = pick(rng, "02468") if g == "m" else pick(rng, "13579")
    return "%02d%02d%02d%d%s%s%s" % (y % 100, m, d, rng.randint(0, 5),
                                     digits(rng, 2), sex, digits(rng, 1))


def co_cc(rng, g):
    r = rng.random()
    if r < 0.45:
        n = rng.randint(1000000000, 1152999999)
    elif g == "m":
        n = rng.randint(70000000, 98999999)
    else:
        n = rng.randint(20000000, 52999999)
    s = "{:,}".format(n).replace(",", ".")
    return wpick(rng, [(s, 3), (str(n), 2)])


def py_ci(rng):
    n = rng.randint(800000, 7600000)
    s = "{:,}".format(n).replace(",", ".")
    return wpick(rng, [(s, 3), (str(n), 2)])


def uk_passport(rng):
    return str(rng.randint(1, 9)) + digits(rng, 8)


def es_passport(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "PA" + pick(rng, al) + digits(rng, 6)


# ---------------------------------------------------------------- name pools
# Each culture: m / f given names, sur = surnames, style of full name.
C = {}
C["mx"] = dict(style="hisp", m=[
    "José Luis", "Juan Carlos", "Miguel Ángel", "Jesús", "Francisco", "Alejandro",
    "Arturo", "Rigoberto", "Eduardo", "Héctor", "Raúl", "Gerardo", "Ulises",
    "Octavio", "Jorge", "Rodrigo", "Efraín", "Saúl", "Emiliano", "Cuauhtémoc",
    "Joaquín", "Ignacio", "Marco Antonio", "Juan de Dios", "José Guadalupe",
    "Guillermo", "Roberto", "Isidro", "Tonatiuh", "Abundio", "Jacinto", "Heriberto"],
    f=["Guadalupe", "María Guadalupe", "Verónica", "Alejandra", "Itzel", "Xóchitl",
       "Ximena", "Mariana", "Leticia", "Rocío", "Araceli", "Yolanda", "Norma",
       "Citlali", "Socorro", "Dulce María", "Maricruz", "Esperanza", "Lizbeth",
       "Nayeli", "Alondra", "María de Jesús", "Perla", "Azucena", "Concepción",
       "Yareli", "Marisol", "Teresa de Jesús"],
    sur=["Hernández", "García", "Martínez", "López", "González", "Pérez",
         "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales",
         "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz",
         "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez",
         "Chávez", "Rivera", "Juárez", "Domínguez", "Villarreal", "Zamora",
         "Cervantes", "Ochoa", "Trejo", "Cuevas", "Salinas", "Zúñiga",
         "Bautista", "Galindo", "Tapia", "Garza", "Treviño", "Cantú", "Xolalpa",
         "Tlacuilo", "Coyotl", "Cuautle", "Ixtepan", "Huerta", "de la Garza",
         "de los Santos", "Mondragón", "Ibarra", "Alcántara"])
C["gt"] = dict(style="hisp", m=[
    "Byron", "Édgar", "Erick", "Otto", "Selvin", "Mynor", "Wálter", "Kevin",
    "Elmer", "Fredy", "Juan José", "Rudy", "Estuardo", "Pedro Pablo", "Baltazar",
    "Gaspar", "Diego", "Carlos Humberto", "Oswaldo", "Brayan", "Rony", "Ervin"],
    f=["Ana Lucía", "Heidy", "Sindy", "Floridalma", "Brenda Azucena", "Marleny",
       "Yesenia", "Ilse", "Glendy", "Rosa Amalia", "Candelaria", "Evelyn",
       "Lesbia", "Astrid", "Mildred", "Karla Vanessa", "Dora Elizabeth"],
    sur=["Pérez", "López", "García", "Hernández", "Morales", "Juárez", "Ramírez",
         "Ordóñez", "Barrios", "Castillo", "de León", "Monterroso", "Arévalo",
         "Sandoval", "Véliz", "Orellana", "Samayoa", "Girón", "Cifuentes",
         "Marroquín", "Solórzano", "Escobar", "Paiz", "Quiñónez", "Chinchilla",
         "Mazariegos", "Recinos", "Alvarado"])
C["maya"] = dict(style="hisp", m=[
    "Tecún", "Balam", "Kawoq", "Ajpop", "B'alam", "Kame", "Tojil", "Juan",
    "Pedro", "Sebastián", "Domingo", "Manuel", "Tomás", "Francisco", "Santos",
    "Lucas", "Cristóbal"],
    f=["Ixchel", "Nikté", "Ixmucané", "Sak'ik", "Ixkik'", "Q'anil", "Ixb'alam",
       "Petrona", "Tomasa", "Juana", "Micaela", "Catarina", "Rosario", "Isabela",
       "María Ixchel", "Lucía", "Manuela", "Ixmukane"],
    sur=["Tzul", "Ixcoy", "Tambriz", "Xiloj", "Us", "Chach", "Sic", "Tum",
         "Ajanel", "Batz", "Quiej", "Ixchop", "Cotiy", "Tax", "Tzoc", "Guarchaj",
         "Quiacaín", "Yax", "Ixcaquic", "Xajil", "Cúmez", "Sotz", "Xicará",
         "Chicol", "Boch", "Sutuj", "Cuxil", "Tubac", "Chiroy", "Socop", "Ajú",
         "Coyoy", "Xinico", "Cumes", "Cuxe", "Chalí", "Caal", "Choc", "Pop",
         "Tiul", "Xol", "Chub", "Ical", "Maquin", "Tut", "Cuc", "Pacay", "Quej",
         "Botzoc", "Coc", "Cucul", "Bol", "Xuc", "Sub", "Chiquín", "Tzi",
         "Ajcuc", "Mucía", "Yat", "Saquic", "Coj", "Ixtuc"])
C["co"] = dict(style="hisp", m=[
    "Jhon Jairo", "Yeferson", "Yesid", "Wilmar", "Deiby", "Arley", "Duván",
    "Sneyder", "Eider", "Ferney", "Jhonatan", "Dairon", "John Fredy",
    "Jorge Eliécer", "Hernán Darío", "Luis Fernando", "Andrés Felipe",
    "Juan Sebastián", "Carlos Mario", "Harold", "Fredy Alexander", "Yimmy",
    "Estiven", "Yeison", "Libardo", "Aristóbulo", "Manuel Antonio", "Jhoan",
    "Nelson Enrique", "Darwin", "Edwar"],
    f=["Yurley", "Leidy Johanna", "Yuliana", "Luz Dary", "Maryuri", "Yamileth",
       "Yorladis", "Luz Mery", "Nini Johana", "Sandra Milena", "Diana Marcela",
       "Paola Andrea", "Ana Milena", "Yenny", "Ledys", "Eulalia", "Nubia",
       "Francia Elena", "Yeimy", "Kelly Johana", "Marelvis", "Zuleima",
       "Ingrid Tatiana", "Luz Estella", "Deisy", "Yiceth", "Mayerli",
       "María Fernanda", "Gloria Inés"],
    sur=["Mosquera", "Rentería", "Palacios", "Cuesta", "Murillo", "Asprilla",
         "Valencia", "Caicedo", "Hinestroza", "Perea", "Lozano", "Mena",
         "Córdoba", "Panesso", "Chalá", "Quiñones", "Angulo", "Riascos", "Cuero",
         "Valoyes", "Ibargüen", "Copete", "Restrepo", "Londoño", "Arango",
         "Zapata", "Giraldo", "Ospina", "Cardona", "Vélez", "Castaño", "Osorio",
         "Rodríguez", "Patiño", "Quintero", "Bermúdez", "Bedoya", "Jaramillo",
         "Agudelo", "Montoya", "Betancur", "Moreno", "Cortés", "Sinisterra",
         "Grueso", "Arboleda", "Rivas", "Lemus"])
C["cu"] = dict(style="hisp", m=[
    "Yoandri", "Yunieski", "Yasmany", "Osmany", "Yoelkis", "Yuniel", "Maikel",
    "Leonel", "Yordan", "Alexei", "Yosvany", "Reinier", "Eusebio", "Raúl Ernesto",
    "Yaniel", "Liván", "Yusniel", "Adonis", "Yanquiel", "Orestes", "Dagoberto"],
    f=["Yusimí", "Dayana", "Yordanka", "Yanelis", "Odalys", "Yaimé", "Usnavy",
       "Dianelys", "Yaquelín", "Arletys", "Yudeisy", "Mailén", "Yanet", "Niurka",
       "Marisleydis", "Yoanka", "Daimarelis", "Lisandra", "Idalmis", "Yuleisy",
       "Mirtha", "Caridad"],
    sur=["Pérez", "Rodríguez", "Hernández", "Fonseca", "Batista", "Cabrera",
         "Leyva", "Ochoa", "Ravelo", "Castellanos", "Pupo", "Almaguer",
         "Borrego", "Escalona", "Guerra", "Quesada", "Sosa", "Valdés", "Ricardo",
         "Peña", "Betancourt", "Cisneros", "Labrada", "Milanés", "Garcés",
         "Carralero", "Hechavarría", "Céspedes", "Proenza", "Zaldívar"])
C["do"] = dict(style="hisp", m=[
    "Wander", "Yeuri", "Darlin", "Anyelo", "Yefri", "Wilkin", "Jansel", "Eddy",
    "Fausto", "Elvin", "Raysel", "Franklin", "Ramón Antonio", "Juan Bautista",
    "Yonatan", "Starlin", "Welinton", "Kelvin", "Robinson", "Argenis", "Yohan",
    "Rafael Leónidas", "Ángel Miguel", "Nelson"],
    f=["Yokasta", "Franchesca", "Rosanny", "Yulissa", "Nairobi", "Johanny",
       "Cleiry", "Yaniris", "Altagracia", "Mercedes", "Dilenia", "Yudelka",
       "Anyelina", "Nikauris", "Ruth Esther", "Yanilsa", "Glenny", "Miosotis",
       "Yaritza", "Santa", "Ana Julia", "Wendolyn"],
    sur=["Peralta", "Almonte", "Tavárez", "Polanco", "Then", "Batista", "Rosario",
         "Ventura", "de la Rosa", "Santana", "Tejada", "Paulino", "Mercedes",
         "Encarnación", "Brito", "Florentino", "Jiménez", "Guzmán", "Abreu",
         "Féliz", "Reynoso", "Cuevas", "Pujols", "Ulloa", "Castillo", "Vólquez",
         "Marte", "de Jesús", "Frías", "Bonilla"])
C["cl"] = dict(style="hisp", m=[
    "Pablo Andrés", "Cristóbal", "Matías", "Benjamín", "Víctor Hugo", "Patricio",
    "Felipe", "Sebastián", "Manuel Jesús", "Juan Pablo", "Osvaldo", "Ignacio",
    "Tomás", "Vicente", "Alonso", "Nicolás", "Luis Alberto", "Gonzalo",
    "Jorge Andrés"],
    f=["Antonella", "Catalina", "Javiera", "Constanza", "Francisca", "Valentina",
       "Macarena", "Daniela", "Paz", "Soledad", "Karina", "Isidora", "Trinidad",
       "María José", "Camila", "Bárbara", "Fernanda"],
    sur=["González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Silva",
         "Sepúlveda", "Morales", "Fuentes", "Araya", "Espinoza", "Valenzuela",
         "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Carrasco",
         "Vergara", "Bustos", "Alarcón", "Aravena", "Saavedra", "Riquelme",
         "Cárcamo", "Sandoval", "Figueroa", "Henríquez", "Ulloa"])
C["mapuche"] = dict(style="hisp", m=[
    "Nahuel", "Lautaro", "Aukan", "Antu", "Galvarino", "Lefxaru", "Kallfu",
    "Ñancu", "Huenu", "Pedro Segundo", "José Segundo", "Juan Carlos", "Eliseo",
    "Cristian"],
    f=["Ayelén", "Millaray", "Rayén", "Amancay", "Relmu", "Pilmaiquén",
       "Llanquiray", "Anahí", "Licanray", "Ailín", "Aylin", "Maite", "Rosa Elvira",
       "Berta", "Margarita"],
    sur=["Huenchullán", "Painemal", "Catrileo", "Millapán", "Ñancupil",
         "Huaiquimilla", "Llancaqueo", "Quilapán", "Curiñir", "Antileo",
         "Calfucura", "Nahuelpán", "Lincopi", "Marileo", "Queupumil",
         "Huenchumilla", "Cayuqueo", "Paillal", "Ancamil", "Colipí", "Huenupi",
         "Curipán", "Lienlaf", "Millanao", "Coliqueo", "Raín", "Pichún",
         "Caniupán", "Llanquileo", "Aillapán"])
C["py"] = dict(style="hisp", m=[
    "Derlis", "Nery", "Ever", "Hugo Javier", "Blas", "Celso", "Rubén Darío",
    "Librado", "Rolando", "Aldo", "Néstor", "Crispín", "Fidel", "Cristhian",
    "Osmar", "Wilfrido", "Gustavo", "Kuarahy", "Arandú", "Tupã", "Fernando Ramón",
    "Lorenzo", "Anselmo"],
    f=["Arami", "Jasy", "Mainumby", "Ñasaindy", "Yvoty", "Araí", "Arasy", "Mirna",
       "Liz", "Ninfa", "Perla", "Fátima", "Zully", "Nilda", "Rossana", "Dahiana",
       "Mirta", "Ramona", "Gladys", "Lourdes", "Aracely", "Porã", "Celeste",
       "Rocío Belén"],
    sur=["Benítez", "Giménez", "Ayala", "Aquino", "Cáceres", "Ortiz", "Chamorro",
         "Riquelme", "Duarte", "Villalba", "Ocampos", "Ramoa", "Cabañas", "Vera",
         "Insfrán", "Núñez", "Amarilla", "Zaracho", "Ferreira", "Ovelar",
         "Rotela", "Aranda", "Acosta", "Ojeda", "Sanabria", "Paredes",
         "Caballero", "Báez", "Galeano", "Cardozo", "Friesen", "Penner", "Wiebe",
         "Meza", "Alvarenga", "Cantero", "Fretes", "Irala", "Candia", "Arévalos"])
C["es"] = dict(style="hisp", m=[
    "José Antonio", "Juan de Dios", "Francisco Javier", "José María", "Antonio",
    "Manuel", "Jesús", "Pablo", "Jordi", "Iñaki", "Xabier", "Íker", "Pau",
    "Sergio", "Álvaro", "Rubén", "Andrés", "Gonzalo", "Borja", "Marcos",
    "Enrique", "Ignacio", "Miguel", "Luis", "Fermín", "Domingo", "Ángel", "Blas",
    "Rosendo", "Joan", "Xoán", "Aitor", "Francisco", "Juan Manuel", "Clemente",
    "Modesto", "Amador", "Salvador", "Josep Maria", "Unai"],
    f=["María del Carmen", "Rocío del Pilar", "María de los Ángeles", "María José",
       "María Teresa", "Dolores", "Rosario", "Inmaculada", "Montserrat", "Nuria",
       "Amparo", "Begoña", "Itziar", "Ainhoa", "Lucía", "Paula", "Cristina",
       "Encarnación", "Consuelo", "Pilar", "Remedios", "Almudena", "Macarena",
       "Sonia", "Raquel", "Esther", "Carla", "Alba", "Marta", "Laia", "Uxía",
       "Mercedes", "Leire", "Aránzazu", "Luz", "Rosa", "Blanca", "Paloma",
       "Victoria", "Soledad", "María Isabel", "Isabel", "Milagros", "Maite",
       "Rocío", "Candela", "Triana", "Covadonga"],
    sur=["García", "Fernández", "González", "Rodríguez", "López", "Martínez",
         "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández",
         "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
         "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano",
         "Blanco", "Molina", "Suárez", "Ortega", "Delgado", "Rubio", "Marín",
         "Sanz", "Iglesias", "Medina", "Garrido", "Cortés", "Santos", "Lozano",
         "Guerrero", "Cano", "Prieto", "Méndez", "Calvo", "Gallego", "Herrera",
         "Márquez", "Peña", "Vidal", "Campos", "León", "Pascual", "Herrero",
         "Montero", "Lorenzo", "Hidalgo", "Ibáñez", "Ferrer", "Durán", "Benítez",
         "Mora", "Vicente", "Arias", "Carmona", "Crespo", "Román", "Pastor",
         "Sáez", "Velasco", "Moya", "Soler", "Parra", "Esteban", "Bravo",
         "Gallardo", "Pardo", "Merino", "Izquierdo", "Rivas", "Casado",
         "Arroyo", "Redondo", "Camacho", "Rey", "Otero", "Luque", "Galán",
         "Montes", "Sierra", "Segura", "Carrillo", "Soriano", "de la Fuente",
         "del Río", "de los Santos", "de la Cruz", "del Valle", "de Castro",
         "García-Prieto", "Ruiz de Alda", "Díaz de Mera", "Fernández de Córdoba",
         "Sáenz de Santamaría", "López de Haro", "Etxeberria", "Goikoetxea",
         "Arrieta", "Zubizarreta", "Urkiola", "Aranburu", "Puig", "Vilaró",
         "Serra", "Pujol", "Roca", "Casals", "Bosch", "Castiñeira", "Louzao",
         "Pazos", "Souto", "Figueroa", "Piñeiro", "Lobato", "Cordero", "Conejo",
         "Caballero", "Palomo", "Toledano", "Sevilla"])
C["latam"] = dict(style="hisp", m=[
    "Segundo", "Jefferson", "Wilson", "Percy", "Edwin", "Luis Alfonso", "Yorman",
    "Wilfredo", "Facundo", "Agustín", "Jhonny", "Washington", "Alcides",
    "Richard"],
    f=["Mayra", "Jessenia", "Milagros", "Rosmery", "Yesenia", "Yusmary", "Oriana",
       "Génesis", "Dayerlin", "Fidelia", "Eulogia", "Agustina", "Florencia",
       "Nancy Maribel", "Betty", "Lidia Rosa", "Kelly"],
    sur=["Quishpe", "Guamán", "Chiluisa", "Zambrano", "Cedeño", "Intriago",
         "Quispe", "Mamani", "Huamán", "Condori", "Chávez", "Colmenares",
         "Briceño", "Carrero", "Choque", "Villca", "Ticona", "Apaza", "Loor",
         "Macías", "Pilco", "Tumbaco", "Sarmiento", "Herrera", "Farías"])
C["ph"] = dict(style="ph", m=[
    "Jhun", "Bong", "Rodel", "Arnel", "Romeo", "Junel", "Jericho", "Edilberto",
    "Dindo", "Renato", "Ferdinand", "Rommel", "Jun-Jun", "Mark Anthony"],
    f=["Maricel", "Rowena", "Ma. Luisa", "Jocelyn", "Marivic", "Lovely",
       "Precious", "Rhea", "Ma. Cristina", "Lorna", "Mylene", "Jonalyn",
       "Rhodora", "Girlie", "Joy", "Cherry Mae", "Analyn", "Mary Grace"],
    sur=["Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva",
         "Macaraeg", "Pangilinan", "Dimaculangan", "Manalo", "Lacson",
         "Tolentino", "Ocampo", "Dizon", "Panganiban", "Mercado", "delos Reyes",
         "Mangubat", "Quiambao", "Magbanua", "Aquino", "Gatdula", "Cabanilla",
         "Evangelista", "Dimagiba", "Sison", "Buenaventura"])
C["ng"] = dict(style="one", m=[
    "Chukwuemeka", "Oluwaseun", "Adebayo", "Chidi", "Babatunde", "Babajide",
    "Obinna", "Kelechi", "Tobi", "Ayodele", "Olumide", "Chinonso", "Godwin",
    "Uchenna", "Segun", "Emmanuel", "Femi", "Ikechukwu"],
    f=["Ngozi", "Folasade", "Yetunde", "Ifeoma", "Temitope", "Adaeze",
       "Oluwafunmilayo", "Chiamaka", "Nneka", "Damilola", "Blessing", "Funke",
       "Ebere", "Abimbola", "Omolara", "Chidinma", "Bukola"],
    sur=["Okonkwo", "Adeyemi", "Okafor", "Balogun", "Oyelaran", "Nwosu", "Eze",
         "Adewale", "Ogunleye", "Afolabi", "Olatunji", "Ibekwe", "Akinola",
         "Oduya", "Adeleke", "Nwachukwu", "Obi", "Okoro", "Ogundipe", "Fashola",
         "Ezeani", "Onuoha", "Adebisi", "Oyinlola", "Anozie", "Bakare"])
C["gh"] = dict(style="one", m=[
    "Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku", "Kwesi", "Fiifi", "Ekow",
    "Selasi", "Elikem", "Nii Armah"],
    f=["Ama", "Akosua", "Abena", "Adwoa", "Efua", "Nana Yaa", "Afua", "Esi", "Yaa",
       "Akua", "Araba", "Dzifa", "Naa Adjeley", "Maame"],
    sur=["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Agyeman", "Appiah",
         "Ofori", "Darko", "Amoah", "Quaye", "Addo", "Tetteh", "Acheampong",
         "Asamoah", "Ansah", "Frimpong", "Sarpong", "Adjei", "Ankrah", "Bonsu",
         "Gyamfi", "Lartey", "Aidoo", "Kufuor"])
C["so"] = dict(style="one", m=[
    "Abdirahman", "Mohamed", "Abdiaziz", "Liban", "Khadar", "Abdullahi",
    "Mustafe", "Abdiqani", "Mahad", "Hassan", "Guled", "Bashir"],
    f=["Hodan", "Faadumo", "Ayaan", "Hibaaq", "Sahra", "Ikran", "Farhiya", "Ubah",
       "Deeqa", "Nasteexo", "Hamdi", "Sagal", "Muna", "Caawo", "Khadra", "Idil",
       "Ilhan"],
    sur=["Warsame", "Farah", "Hassan", "Abdi", "Jama", "Nur", "Ali", "Osman",
         "Guled", "Omar", "Yusuf", "Egal", "Duale", "Hirsi", "Aden", "Mohamud",
         "Ismail", "Samatar", "Elmi", "Gedi", "Dahir", "Haji", "Barre", "Shire"])
C["in"] = dict(style="one", m=[
    "Rajesh", "Vikram", "Bhavesh", "Jaswinder", "Sanjay", "Arjun", "Dhruv",
    "Alpesh", "Nilesh", "Hemant", "Kamlesh", "Parminder", "Sukhwinder",
    "Ravinder", "Venkatesh", "Rohan", "Mayur", "Jignesh", "Harpreet", "Kiran"],
    f=["Priya", "Anjali", "Gurpreet", "Sunita", "Deepa", "Hetal", "Manpreet",
       "Nisha", "Pooja", "Meera", "Jayshree", "Rupal", "Lakshmi", "Ananya",
       "Chetna", "Daksha", "Kiran", "Harpreet", "Hansa", "Bhavna", "Simran"],
    sur=["Patel", "Mistry", "Sharma", "Singh", "Kaur", "Gill", "Sandhu",
         "Chauhan", "Lad", "Parmar", "Solanki", "Nair", "Iyer", "Pillai", "Reddy",
         "Gupta", "Joshi", "Desai", "Kotecha", "Thakrar", "Chudasama", "Bhatt",
         "Pandya", "Dhaliwal", "Sidhu", "Grewal", "Rai", "Varma", "Menon",
         "Shah", "Mehta", "Lakhani", "Ruparelia", "Vaghela", "Makwana"])
C["pk"] = dict(style="one", m=[
    "Imran", "Bilal", "Asif", "Faisal", "Tariq", "Usman", "Hamza", "Zubair",
    "Kashif", "Amjad", "Adeel", "Irfan", "Waqas", "Javed", "Nabeel", "Shahid"],
    f=["Ayesha", "Zainab", "Nadia", "Saima", "Rukhsana", "Shabana", "Mehwish",
       "Nasreen", "Sadia", "Parveen", "Sumaira", "Farzana", "Uzma", "Shazia",
       "Iqra", "Amina"],
    sur=["Khan", "Hussain", "Akhtar", "Iqbal", "Mahmood", "Chaudhry", "Raja",
         "Butt", "Malik", "Qureshi", "Shah", "Rashid", "Bibi", "Anwar", "Aslam",
         "Sadiq", "Mirza", "Bashir", "Nawaz", "Zaman", "Siddiqui", "Riaz",
         "Yousaf", "Arshad", "Latif", "Hanif", "Saleem", "Abbasi"])
C["bd"] = dict(style="one", m=[
    "Rahim", "Shamim", "Mizanur", "Rashed", "Abul", "Mahbub", "Delwar",
    "Habibur", "Shahidul", "Jamal", "Tanvir", "Kamrul", "Abdul Karim"],
    f=["Nusrat", "Farhana", "Sultana", "Tahmina", "Jahanara", "Runa", "Shirin",
       "Anwara", "Rokeya", "Monowara", "Fahmida", "Mumtaz", "Shahana", "Rubina",
       "Sabina", "Nazma"],
    sur=["Miah", "Uddin", "Rahman", "Begum", "Chowdhury", "Ahmed", "Islam",
         "Hoque", "Khatun", "Talukdar", "Sarker", "Bhuiyan", "Mollah", "Hossain",
         "Alam", "Karim", "Sheikh", "Biswas", "Majumder", "Akter", "Kabir"])
C["pl"] = dict(style="one", m=[
    "Krzysztof", "Wojciech", "Paweł", "Grzegorz", "Łukasz", "Bartosz", "Tomasz",
    "Jarosław", "Marcin", "Przemysław", "Piotr", "Michał", "Sławomir",
    "Kamil", "Dariusz"],
    f=["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Zofia", "Magdalena",
       "Dorota", "Ewa", "Beata", "Justyna", "Aleksandra", "Iwona", "Monika",
       "Halina", "Renata"],
    sur=["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski",
         "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawlak",
         "Michalski", "Król", "Wieczorek", "Jabłoński", "Nowicki", "Majewski",
         "Olszewski", "Stępień", "Chmielewski", "Sikora", "Baran"])
C["ro"] = dict(style="one", m=[
    "Ionuț", "Mihai", "Florin", "Bogdan", "Gheorghe", "Vasile", "Ștefan", "Răzvan",
    "Adrian", "Marius", "Ciprian", "Dragoș", "Sorin", "Costel", "Valentin"],
    f=["Andreea", "Ioana", "Alexandra", "Cătălina", "Cristina", "Daniela", "Elena",
       "Oana", "Mirela", "Loredana", "Roxana", "Corina", "Alina", "Iulia",
       "Nicoleta", "Georgiana"],
    sur=["Popescu", "Ionescu", "Dumitru", "Stoica", "Constantin", "Munteanu",
         "Gheorghiu", "Stan", "Rusu", "Moldovan", "Marin", "Tudor", "Lazăr",
         "Popa", "Radu", "Ene", "Dobre", "Florea", "Matei", "Ciobanu", "Barbu",
         "Nistor", "Bălan", "Sârbu", "Oprea", "Toma", "Cozma", "Pîrvu"])
C["cn"] = dict(style="cn", m=[
    "Wei", "Xiaoming", "Jun", "Zhi Hao", "Siu Ming", "Ka Wai", "Chun Kit", "Jian",
    "Hao", "Lei", "Ming", "Kwok Keung", "Zihan", "Kelvin", "Tony", "Wai Man"],
    f=["Li Na", "Mei Ling", "Hui", "Yan", "Wing Yan", "Xiu Ying", "Yu Ting", "Fang",
       "Jing", "Xin Yi", "Mandy", "Winnie", "Suk Fan", "Yuqi"],
    sur=["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Wong", "Chan", "Cheung",
         "Lam", "Ng", "Ho", "Tsang", "Yip", "Lau", "Zhou", "Xu", "Zhao", "Wu",
         "Lin", "Yang", "Sun", "Hu", "Guo", "Tang", "Leung", "Kwok"])
C["en"] = dict(style="one", m=[
    "Oliver", "Callum", "Fraser", "Hamish", "Gareth", "Darren", "Graham", "Nigel",
    "Jack", "Alfie", "Ewan", "William", "Robert", "Christopher", "Lee", "Wayne",
    "Paul", "Keith", "Craig", "Iain", "Rhys", "Frank", "Dean", "Sean", "Declan",
    "Stuart", "Gordon", "Malcolm", "Barry", "Tom", "Harry", "George", "Reece"],
    f=["Charlotte", "Siobhan", "Eilidh", "Morag", "Kirsty", "Bethan", "Stacey",
       "Beverley", "Gemma", "Poppy", "Harriet", "Margaret", "Elizabeth",
       "Katherine", "Susan", "Dawn", "Tracey", "Sharon", "Lorraine", "Ailsa",
       "Catriona", "Bronwen", "Grace", "Amber", "Hope", "Joy", "Heather", "Holly",
       "Ivy", "Niamh", "Aoife", "Jean", "Pauline", "Chloe", "Megan", "Lauren"],
    sur=["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
         "Davies", "Robertson", "Campbell", "MacDonald", "McLeod", "Fraser",
         "Stewart", "Thomson", "Murray", "Hughes", "Wright", "Walker", "Clarke",
         "Ashworth", "Ramsbottom", "Fletcher", "O'Neill", "McAllister",
         "Fitzgerald", "Baker", "Cook", "Mason", "Butler", "Shepherd", "Fox",
         "Wood", "Hill", "Marsh", "Bell", "Young", "King", "Green", "Lord",
         "Sykes", "Pickering", "Holt", "Whitehead", "Crawford", "Docherty",
         "Gallacher", "MacKenzie", "Sinclair", "Rose", "Love", "Bird", "Moss",
         "Little", "Rich", "Sweet", "Church", "O'Brien", "McCann", "Kaye",
         "Hargreaves", "Platt", "Bradshaw", "Dunn", "Quinn", "Ferguson"])

NICK = {
    "Francisco": ["Paco", "Pancho", "Curro"], "José Antonio": ["Josean"],
    "Jesús": ["Chucho", "Chuy"], "Guadalupe": ["Lupita", "Lupe"],
    "María Guadalupe": ["Lupita"], "Dolores": ["Lola", "Loli"],
    "Ignacio": ["Nacho"], "Manuel": ["Manolo", "Manu"], "Rosario": ["Charo"],
    "Enrique": ["Quique"], "Roberto": ["Beto"], "Guillermo": ["Memo"],
    "Mercedes": ["Merche"], "Consuelo": ["Chelo"], "Isabel": ["Chabela"],
    "Socorro": ["Coco"], "Concepción": ["Conchita"], "Inmaculada": ["Inma"],
    "Encarnación": ["Encarni"], "Remedios": ["Reme"], "Montserrat": ["Montse"],
    "María del Carmen": ["Maricarmen", "Mari Carmen"], "María José": ["Majo"],
    "Francisco Javier": ["Javi", "Fran"], "Juan de Dios": ["Juande"],
    "Elizabeth": ["Liz", "Beth"], "William": ["Bill", "Will"],
    "Margaret": ["Maggie"], "Robert": ["Rob", "Bob"], "Christopher": ["Chris"],
    "Katherine": ["Kate", "Kath"], "Oluwaseun": ["Seun"],
    "Babatunde": ["Tunde"], "Chukwuemeka": ["Emeka"],
    "Oluwafunmilayo": ["Funmi"], "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"],
    "Aleksandra": ["Ola"], "Wojciech": ["Wojtek"], "Bartosz": ["Bartek"],
    "Abdirahman": ["Abdi"], "Temitope": ["Tope"], "Yokasta": ["Yoka"],
    "Yunieski": ["Yuni"], "Rigoberto": ["Rigo"], "Santiago": ["Santi"],
    "Gheorghe": ["Gică"], "Alejandro": ["Álex"], "Yuliana": ["Yuli"],
    "Leidy Johanna": ["Leidy"], "Jhon Jairo": ["Jhon"], "Franchesca": ["Franchi"],
    "Altagracia": ["Tatá"], "Ramona": ["Mona"], "Cristóbal": ["Cristo"],
    "Ionuț": ["Nelu"], "Mihai": ["Mișu"], "Abdullahi": ["Abdi"],
    "Adebayo": ["Bayo"], "Folasade": ["Sade"], "Damilola": ["Dami"],
    "Mary Grace": ["Grace"], "Ma. Luisa": ["Malou"], "Yordanka": ["Yorda"],
    "Sebastián": ["Sebas"], "Juan José": ["Juanjo"], "Josep Maria": ["Pep"],
    "Jorge Eliécer": ["Coco"], "Mohamed": ["Moe"], "Stuart": ["Stu"],
    "Kwame": ["Kay"], "Bhavesh": ["Bav"], "Harpreet": ["Harry"],
}

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sr", "Sra", "Srta", "D", "Dña", "Dª",
          "Lic", "Ing", "Lcda", "Lcdo", "Prof", "Don", "Doña", "Mx", "Arq", "Dra")

PARTICLES = ("de", "del", "la", "las", "los", "y", "i", "delos", "da", "di")


# ---------------------------------------------------------------- persons
def _core_word(surname):
    ws = [w for w in surname.replace("-", " ").split() if w.lower() not in PARTICLES]
    return ws[-1] if ws else surname


class Person:
    def __init__(self, given, surn, cult, g, sep=" "):
        self.given = given
        self.surn = surn
        self.cult = cult
        self.g = g
        self.sep = sep

    @property
    def first(self):
        return self.given[0]

    def givens(self):
        return " ".join(self.given)

    def last(self):
        return self.sep.join(self.surn)

    def full(self):
        return self.givens() + " " + self.last()

    def short(self):
        return self.first + " " + self.surn[0]

    def sfirst(self):
        return self.last() + ", " + self.givens()

    def initial(self):
        return self.first + " " + _core_word(self.surn[0])[0].upper() + "."

    def nick(self, rng):
        ns = NICK.get(self.first)
        if ns:
            return pick(rng, ns)
        return self.first

    def handle(self, rng):
        f = ascii_low(self.first)
        s = ascii_low(self.surn[0])
        return wpick(rng, [(self.first.split()[0] + "_" + _core_word(self.surn[0])[0], 2),
                           (f + "." + s[:4], 1), (f + s[:1] + digits(rng, 2), 1),
                           (self.first.split()[0] + " " + _core_word(self.surn[0])[0] + ".", 2),
                           (f + "_" + s, 1)])

    def abbrev(self, rng):
        """Spanish abbreviations of compound given names, else full."""
        g = self.givens()
        reps = [("María José", ["Mª José", "M.ª José", "Mª Jose"]),
                ("María Teresa", ["Mª Teresa", "M.ª Teresa"]),
                ("María del Carmen", ["Mª del Carmen", "M.ª del Carmen", "Mª Carmen"]),
                ("María de los Ángeles", ["Mª de los Ángeles", "Mª Ángeles"]),
                ("María Isabel", ["Mª Isabel", "Maribel"]),
                ("María de Jesús", ["Ma. de Jesús", "Mª de Jesús"]),
                ("María Guadalupe", ["Ma. Guadalupe", "Ma Guadalupe"]),
                ("Francisco Javier", ["Fco. Javier", "Fco Javier", "F. Javier"]),
                ("José María", ["Jose Mª", "José Mª", "J. María"]),
                ("José Luis", ["J. Luis", "Jose Luis"]),
                ("Juan Carlos", ["J. Carlos", "Juan C."]),
                ("Josep Maria", ["Josep Mª"])]
        for k, vs in reps:
            if g.startswith(k):
                return pick(rng, vs) + g[len(k):] + " " + self.last()
        return self.full()


def title_es(p, rng, formal=False):
    if formal:
        return pick(rng, ["D.", "Don"]) if p.g == "m" else pick(rng, ["Dña.", "Dª", "Doña"])
    return "Sr." if p.g == "m" else pick(rng, ["Sra.", "Sra.", "Srta."])


def title_en(p, rng):
    return pick(rng, ["Mr", "Mr."]) if p.g == "m" else pick(rng, ["Mrs", "Ms", "Miss", "Ms."])


def _fem_pl(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


FEMALE_ONLY = ("Begum", "Khatun", "Akter", "Bibi", "Kaur")
CATALAN = ["Puig", "Vilaró", "Serra", "Pujol", "Roca", "Casals", "Bosch", "Vidal", "Ferrer", "Soler", "Font", "Riera", "Sala",
           "Canals", "Mas", "Batlle", "Coll", "Vilanova"]


def make_person(rng, cult, g=None):
    d = C[cult]
    g = g or pick(rng, "mf")
    gp = d[g]
    given = [pick(rng, gp)]
    style = d["style"]
    if style == "hisp":
        if " " not in given[0] and rng.random() < 0.22:
            g2 = pick(rng, gp)
            if g2 != given[0] and " " not in g2:
                given.append(g2)
        if cult == "maya":
            r = rng.random()
            a = pick(rng, d["sur"])
            b = pick(rng, d["sur"]) if r < 0.55 else pick(rng, C["gt"]["sur"])
            surn = [a, b] if rng.random() < 0.7 else [b, a]
        elif cult == "gt" and rng.random() < 0.25:
            surn = [pick(rng, d["sur"]), pick(rng, C["maya"]["sur"])]
        else:
            surn = [pick(rng, d["sur"]), pick(rng, d["sur"])]
        while surn[1] == surn[0]:
            surn[1] = pick(rng, d["sur"] if cult != "maya" else C["maya"]["sur"])
        sep = " "
        if cult == "es" and rng.random() < 0.08:
            surn = [pick(rng, CATALAN), pick(rng, CATALAN)]
            while surn[1] == surn[0]:
                surn[1] = pick(rng, CATALAN)
            sep = " i "
        if rng.random() < 0.06:
            surn = surn[:1]
        return Person(given, surn, cult, g, sep)
    if style == "ph":
        if rng.random() < 0.4:
            given.append(_core_word(pick(rng, d["sur"]))[0] + ".")
        return Person(given, [pick(rng, d["sur"])], cult, g)
    sur = pick(rng, d["sur"])
    while g == "m" and sur in FEMALE_ONLY:
        sur = pick(rng, d["sur"])
    if cult == "pl" and g == "f":
        sur = _fem_pl(sur)
    if cult != "cn" and rng.random() < 0.14:
        g2 = pick(rng, gp)
        if g2 != given[0] and not set(g2.split()) & set(given[0].split()):
            given.append(g2)
    if cult == "en" and rng.random() < 0.06:
        s2 = pick(rng, d["sur"])
        if s2 != sur and "'" not in s2:
            sur = sur + "-" + s2
    return Person(given, [sur], cult, g)


CULT_BY_PLACE = {
    "MX": [("mx", 1)], "GT": [("gt", 5), ("maya", 5)], "CO": [("co", 1)],
    "CU": [("cu", 1)], "DO": [("do", 1)], "CL": [("cl", 6), ("mapuche", 4)],
    "PY": [("py", 1)],
    "ES": [("es", 12), ("latam", 4), ("ph", 1), ("ro", 2), ("cn", 1), ("pk", 1),
           ("en", 1), ("pl", 1), ("in", 0.5), ("co", 1)],
    "London": [("en", 4), ("ng", 3), ("gh", 2), ("bd", 2), ("pl", 2), ("ro", 1),
               ("so", 1), ("in", 1), ("pk", 1), ("cn", 1), ("ph", 1), ("latam", 0.5)],
    "Birmingham": [("pk", 4), ("en", 3), ("bd", 2), ("in", 2), ("ng", 2), ("so", 1),
                   ("pl", 1), ("ro", 1), ("cn", 0.5), ("gh", 0.5)],
    "Leicester": [("in", 5), ("en", 3), ("so", 2), ("pk", 1), ("pl", 1), ("ng", 1),
                  ("bd", 0.5), ("cn", 0.5), ("ro", 0.5)],
    "Manchester": [("en", 4), ("pk", 3), ("so", 1.5), ("cn", 1.5), ("ng", 1),
                   ("pl", 1), ("bd", 1), ("ro", 0.5), ("in", 1), ("gh", 0.5)],
    "Glasgow": [("en", 6), ("pk", 2), ("pl", 1.5), ("cn", 1), ("in", 1), ("ng", 0.5),
                ("ro", 0.5), ("ph", 0.5)],
    "INTL": [("en", 5), ("in", 1), ("cn", 1), ("pl", 1), ("ng", 1), ("ph", 1)],
}


def mkp(rng, place, g=None):
    return make_person(rng, wpick(rng, CULT_BY_PLACE[place]), g)


def people(rng, place, n):
    """n persons with distinct full names."""
    out, seen = [], []
    while len(out) < n:
        p = mkp(rng, place)
        if p.full() in seen or p.first in [q.first for q in out]:
            continue
        seen.append(p.full())
        out.append(p)
    return out


WEBMAIL = {
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx", "live.com.mx"],
    "GT": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.es", "tigo.com.gt"],
    "CO": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "une.net.co"],
    "CU": ["nauta.cu", "gmail.com", "nauta.co.cu", "infomed.sld.cu", "yahoo.es"],
    "DO": ["gmail.com", "hotmail.com", "claro.net.do", "outlook.com", "yahoo.com"],
    "CL": ["gmail.com", "hotmail.com", "vtr.net", "yahoo.es", "outlook.cl"],
    "PY": ["gmail.com", "hotmail.com", "tigo.com.py", "yahoo.com.ar", "outlook.es"],
    "ES": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
    "UK": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com",
           "icloud.com", "live.co.uk", "sky.com"],
    "INTL": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"],
}


def email_for(rng, p, key):
    f = ascii_low(p.first)
    s = ascii_low(p.surn[0])
    s2 = ascii_low(p.surn[1]) if len(p.surn) > 1 else ""
    local = wpick(rng, [(f + "." + s, 4), (f + s + digits(rng, 2), 3), (f[0] + "." + s, 2),
                        (f + "_" + s, 1), (s + "." + f, 1), (f + digits(rng, 4), 1),
                        (f + "." + s + "." + (s2 or s)[:1], 1),
                        (ascii_low(p.nick(rng)) + "_" + s[:3], 1)])
    return local + "@" + pick(rng, WEBMAIL[key])


def corp_email(rng, p, dom):
    f = ascii_low(p.first.split()[0])
    s = ascii_low(p.surn[0])
    return wpick(rng, [(f + "." + s, 4), (f[0] + s, 3), (f, 1)]) + "@" + dom


def nm_em(rng, p, e, form=None):
    form = form or wpick(rng, [("full", 5), ("short", 3), ("comma", 1), ("bare", 1)])
    if form == "full":
        return [per(p.full()), " <", eml(e), ">"]
    if form == "short":
        return [per(p.short()), " <", eml(e), ">"]
    if form == "comma":
        return ['"', per(p.sfirst()), '" <', eml(e), ">"]
    return [eml(e)]


# ---------------------------------------------------------------- CURP
_CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _cu(s):
    s = s.upper().replace("Ñ", "X")
    return re.sub(r"[^A-Z]", "", strip_accents(s))


def curp_for(rng, p):
    s1 = _cu(_core_word(p.surn[0]))
    s2 = _cu(_core_word(p.surn[1])) if len(p.surn) > 1 else "X"
    gl = " ".join(p.given).split()
    if len(gl) > 1 and _cu(gl[0]) in ("JOSE", "MARIA", "MA", "J"):
        gl = gl[1:]
    gl = [w for w in gl if w.lower() not in PARTICLES]
    gn = _cu(gl[0])

    def vow(x):
        for ch in x[1:]:
            if ch in "AEIOU":
                return ch
        return "X"

    def cons(x):
        for ch in x[1:]:
            if ch not in "AEIOU":
                return ch
        return "X"
    y = rng.randint(1958, 1999)
    body = (s1[0] + vow(s1) + s2[0] + gn[0] + "%02d%02d%02d" % (y % 100, rng.randint(1, 12), rng.randint(1, 28))
            + ("H" if p.g == "m" else "M")
            + pick(rng, ["DF", "NL", "JC", "PL", "VZ", "OC", "CS", "YN", "GR", "MC", "GT", "MN", "BC"])
            + cons(s1) + cons(s2) + cons(gn) + str(rng.randint(0, 9)))
    tot = sum(_CURP_AL.index(ch) * (18 - i) for i, ch in enumerate(body))
    dv = (10 - tot % 10) % 10
    return body + str(dv)


def curp_valid(s):
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", s):
        return False
    tot = sum(_CURP_AL.index(ch) * (18 - i) for i, ch in enumerate(s[:17]))
    return (10 - tot % 10) % 10 == int(s[17])


# ---------------------------------------------------------------- dates
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rdate(rng):
    return datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))


def rtime(rng, lo=7, hi=20):
    return "%02d:%02d" % (rng.randint(lo, hi), rng.randint(0, 59))


def d_es_long(d):
    return "%s, %d de %s de %d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year)


def d_num(d, sep="/", yy=False):
    return "%02d%s%02d%s%s" % (d.day, sep, d.month, sep, ("%02d" % (d.year % 100)) if yy else d.year)


def d_en_long(d):
    return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)


def d_en_short(d):
    return "%s %d %s %d" % (DAYS[d.weekday()][:3], d.day, MONTHS[d.month - 1][:3], d.year)


def plus(d, n):
    return d + datetime.timedelta(days=n)


# ---------------------------------------------------------------- phones
def phone(rng, c, mob=False, land=False):
    if c == "MX":
        a = pick(rng, ["55", "33", "81", "222", "951", "664", "999", "442", "477"])
        n = digits(rng, 10 - len(a))
        h = len(n) // 2
        return wpick(rng, [("+52 %s %s %s" % (a, n[:h], n[h:]), 3), ("%s %s %s" % (a, n[:h], n[h:]), 3),
                           ("(%s) %s-%s" % (a, n[:h], n[h:]), 2), (a + n, 1)])
    if c == "GT":
        n = pick(rng, "345") + digits(rng, 7)
        if not mob and rng.random() < 0.2:
            n = "2" + digits(rng, 7)
        return wpick(rng, [("+502 %s-%s" % (n[:4], n[4:]), 3), ("%s %s" % (n[:4], n[4:]), 3),
                           ("(502) %s %s" % (n[:4], n[4:]), 1), (n, 1)])
    if c == "CO":
        if mob or rng.random() < 0.8:
            n = "3" + pick(rng, ["00", "01", "04", "10", "12", "13", "15", "17", "20", "23", "50", "502"])[:2] + digits(rng, 7)
            return wpick(rng, [("+57 %s %s %s" % (n[:3], n[3:6], n[6:]), 3), ("%s %s %s" % (n[:3], n[3:6], n[6:]), 3),
                               (n, 2), ("%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), 1)])
        a = pick(rng, ["601", "604", "602", "605"])
        n = digits(rng, 7)
        return wpick(rng, [("(%s) %s %s" % (a, n[:3], n[3:]), 2), ("%s %s" % (a, n), 1)])
    if c == "CU":
        if mob or rng.random() < 0.8:
            n = "5" + digits(rng, 7)
            return wpick(rng, [("+53 %s %s %s" % (n[0], n[1:4], n[4:]), 3), (n, 3), ("+53 " + n, 2),
                               ("%s %s" % (n[:4], n[4:]), 1)])
        n = digits(rng, 7)
        return wpick(rng, [("7 %s %s" % (n[:3], n[3:]), 2), ("+53 7 " + n, 1)])
    if c == "DO":
        a = pick(rng, ["809", "829", "849"])
        n = str(rng.randint(2, 9)) + digits(rng, 6)
        return wpick(rng, [("(%s) %s-%s" % (a, n[:3], n[3:]), 3), ("%s-%s-%s" % (a, n[:3], n[3:]), 3),
                           ("+1 %s %s %s" % (a, n[:3], n[3:]), 2), ("%s.%s.%s" % (a, n[:3], n[3:]), 1)])
    if c == "CL":
        if mob or rng.random() < 0.8:
            n = digits(rng, 8)
            return wpick(rng, [("+56 9 %s %s" % (n[:4], n[4:]), 4), ("9 %s %s" % (n[:4], n[4:]), 2),
                               ("+569" + n, 1)])
        a = pick(rng, ["2", "45", "41", "32"])
        n = digits(rng, 9 - len(a))
        return wpick(rng, [("(%s) %s %s" % (a, n[:-4], n[-4:]), 2), ("+56 %s %s %s" % (a, n[:-4], n[-4:]), 1)])
    if c == "PY":
        if mob or rng.random() < 0.8:
            p = pick(rng, ["981", "982", "983", "971", "972", "975", "991", "994", "961"])
            n = digits(rng, 6)
            return wpick(rng, [("+595 %s %s %s" % (p, n[:3], n[3:]), 3), ("0%s %s %s" % (p, n[:3], n[3:]), 3),
                               ("0%s-%s-%s" % (p, n[:3], n[3:]), 1), ("0%s%s" % (p, n), 1)])
        n = digits(rng, 6)
        return wpick(rng, [("(021) %s %s" % (n[:3], n[3:]), 2), ("021 %s %s" % (n[:3], n[3:]), 1)])
    if c == "ES":
        if not land and (mob or rng.random() < 0.7):
            n = pick(rng, "67") + digits(rng, 8)
            return wpick(rng, [("%s %s %s" % (n[:3], n[3:6], n[6:]), 4), ("+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), 2),
                               (n, 2), ("%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), 2)])
        a = pick(rng, ["91", "93", "954", "96", "94", "976", "952", "981"])
        n = a + digits(rng, 9 - len(a))
        return wpick(rng, [("%s %s %s" % (n[:3], n[3:6], n[6:]), 2), ("%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), 2),
                           ("+34 " + n, 1)])
    # UK: c is a city name or "UK"
    if not land and (mob or rng.random() < 0.6 or c == "UK"):
        n = "7" + pick(rng, ["4", "5", "7", "8", "9"]) + digits(rng, 8)
        return wpick(rng, [("0%s %s" % (n[:4], n[4:]), 5), ("+44 %s %s" % (n[:4], n[4:]), 2),
                           ("0%s %s %s" % (n[:4], n[4:7], n[7:]), 1), ("0" + n, 1)])
    code = {"London": "020", "Birmingham": "0121", "Leicester": "0116", "Manchester": "0161",
            "Glasgow": "0141"}[c]
    if code == "020":
        return "020 %s%s %s" % (pick(rng, "378"), digits(rng, 3), digits(rng, 4))
    return "%s %s %s" % (code, digits(rng, 3), digits(rng, 4))


# ---------------------------------------------------------------- addresses
def address(rng, c, ml=False):
    """Return a postal address string; ml=True allows line breaks."""
    n = rng.randint(2, 3999)
    sep = "\n" if ml else ", "
    if c == "MX":
        st = pick(rng, ["Av. Insurgentes Sur", "Calle Morelos", "Av. Revolución", "Calle Hidalgo",
                        "Av. Vallarta", "Calle 5 de Mayo", "Privada Las Palmas", "Av. Juárez",
                        "Calle Zaragoza", "Calz. de Tlalpan", "Calle Aldama", "Andador Tulipanes",
                        "Calle Nezahualcóyotl", "Av. Constitución"])
        col = pick(rng, ["Col. Centro", "Col. Del Valle", "Col. Narvarte Poniente", "Col. Obrera",
                         "Col. Americana", "Col. Mitras Centro", "Fracc. Las Quintas", "Col. Reforma",
                         "Col. Jardines del Bosque", "Col. Santa María la Ribera", "Barrio de Jalatlaco"])
        city, cp = pick(rng, [("Benito Juárez, Ciudad de México", "031"), ("Monterrey, N.L.", "640"),
                              ("Guadalajara, Jal.", "441"), ("Puebla, Pue.", "720"),
                              ("Oaxaca de Juárez, Oax.", "680"), ("Tijuana, B.C.", "220"),
                              ("Mérida, Yuc.", "970"), ("Cuauhtémoc, CDMX", "067"),
                              ("Querétaro, Qro.", "760"), ("León, Gto.", "370")])
        inner = pick(rng, ["", "", " Int. %d" % rng.randint(1, 12), " Depto. %d0%d" % (rng.randint(1, 6), rng.randint(1, 4)),
                           " Mz. %d Lt. %d" % (rng.randint(1, 40), rng.randint(1, 30))])
        return "%s %d%s%s%s%sC.P. %s%02d, %s" % (st, n % 900 + 1, inner, ", ", col, sep, cp, rng.randint(0, 99), city)
    if c == "GT":
        z = rng.randint(1, 18)
        r = rng.random()
        if r < 0.45:
            return "%da. Avenida %d-%02d, Zona %d%sCiudad de Guatemala" % (rng.randint(1, 14), rng.randint(1, 30), rng.randint(1, 80), z, sep)
        if r < 0.7:
            return "%da. Calle %d-%02d Zona %d%s%s" % (rng.randint(1, 12), rng.randint(1, 20), rng.randint(1, 60), rng.randint(1, 8), sep,
                                                      pick(rng, ["Quetzaltenango", "Mixco", "Villa Nueva", "Chimaltenango", "Huehuetenango"]))
        if r < 0.85:
            return "Barrio %s, %da. Calle %d-%02d%s%s" % (pick(rng, ["El Calvario", "San Vicente", "La Libertad", "Santo Domingo"]),
                                                         rng.randint(1, 8), rng.randint(1, 12), rng.randint(1, 40), sep,
                                                         pick(rng, ["Cobán, Alta Verapaz", "San Pedro Carchá, A.V.", "Totonicapán", "Sololá"]))
        return "Lote %d, Manzana %s, Colonia %s%s%s" % (rng.randint(1, 40), pick(rng, "ABCDEFGH"),
                                                       pick(rng, ["El Maestro", "Lo de Coy", "Primero de Julio", "Bethania"]), sep,
                                                       pick(rng, ["Mixco, Guatemala", "Zona 7, Ciudad de Guatemala", "Villa Canales"]))
    if c == "CO":
        via = pick(rng, ["Calle", "Carrera", "Cra.", "Cl.", "Diagonal", "Transversal", "Av. Calle"])
        num = "%d%s" % (rng.randint(1, 140), pick(rng, ["", "", "A", "B", " Sur", "Bis"]))
        extra = pick(rng, ["", "", ", Apto %d0%d" % (rng.randint(1, 18), rng.randint(1, 6)), ", Torre %d Apto %d" % (rng.randint(1, 6), rng.randint(101, 1504)),
                           ", Casa %d" % rng.randint(1, 60)])
        city = pick(rng, ["Bogotá D.C.", "Medellín, Antioquia", "Cali, Valle del Cauca", "Quibdó, Chocó",
                          "Barranquilla, Atlántico", "Buenaventura, Valle", "Cartagena, Bolívar", "Pereira, Risaralda",
                          "Bucaramanga, Santander", "Tumaco, Nariño"])
        barrio = pick(rng, ["barrio Kennedy", "barrio Pandeyuca", "barrio El Poblado", "barrio Los Almendros",
                            "barrio La Esmeralda", "barrio San Vicente", "", ""])
        s = "%s %s # %d-%02d%s" % (via, num, rng.randint(1, 120), rng.randint(1, 99), extra)
        if barrio:
            s += ", " + barrio
        return s + sep + city
    if c == "CU":
        r = rng.random()
        if r < 0.5:
            return "Calle %s No. %d e/ %s y %s%s%s, %s" % (pick(rng, ["23", "19", "10", "Línea", "Calzada", "San Lázaro", "Neptuno", "Obispo"]),
                                                           rng.randint(2, 1200), pick(rng, ["L", "12", "Galiano", "A", "Paseo"]),
                                                           pick(rng, ["M", "14", "Belascoaín", "B", "2"]), sep,
                                                           pick(rng, ["Vedado, Plaza de la Revolución", "Centro Habana", "Habana Vieja", "Cerro"]),
                                                           "La Habana")
        if r < 0.7:
            return "Edificio %d, Apto %d, Zona %d%sAlamar, Habana del Este, La Habana" % (rng.randint(1, 180), rng.randint(1, 24), rng.randint(1, 12), sep)
        return "Calle %s No. %d e/ %s y %s%s%s" % (pick(rng, ["Maceo", "Aguilera", "Martí", "Cisneros", "Frexes"]), rng.randint(2, 600),
                                                  pick(rng, ["Reloj", "Gómez", "Libertad", "Fomento"]), pick(rng, ["Clarín", "Agramonte", "Narciso López", "Cuba"]),
                                                  sep, pick(rng, ["Santiago de Cuba", "Holguín", "Camagüey", "Matanzas", "Bayamo, Granma"]))
    if c == "DO":
        st = pick(rng, ["Calle El Conde", "Av. 27 de Febrero", "Av. Abraham Lincoln", "C/ Duarte", "Calle Padre Billini",
                        "Av. Independencia", "Calle 3ra", "Calle Respaldo Los Mártires", "Av. Estrella Sadhalá",
                        "Calle María Trinidad Sánchez"])
        sect = pick(rng, ["Zona Colonial", "Ensanche Evaristo Morales", "Los Jardines", "Villa Consuelo", "Los Mina",
                          "Residencial Las Américas", "Gazcue", "Cienfuegos", "Villa Mella", "Bella Vista"])
        city = pick(rng, ["Santo Domingo, D.N.", "Santiago de los Caballeros", "Santo Domingo Este", "San Pedro de Macorís",
                          "La Romana", "Higüey", "Puerto Plata"])
        return "%s #%d, %s%s%s" % (st, rng.randint(1, 450), sect, sep, city)
    if c == "CL":
        r = rng.random()
        if r < 0.5:
            st = pick(rng, ["Av. Providencia", "Av. Grecia", "Los Aromos", "Pasaje Los Copihues", "Av. Alemania",
                            "Calle Caupolicán", "Av. Matta", "San Diego", "Av. Pedro de Valdivia", "Calle Lautaro"])
            dep = pick(rng, ["", "", ", depto. %d0%d" % (rng.randint(1, 22), rng.randint(1, 8)), ", casa %s" % pick(rng, "ABCD")])
            comuna = pick(rng, ["Providencia, Santiago", "Ñuñoa, Región Metropolitana", "Temuco", "Padre Las Casas",
                                "Puente Alto", "Valparaíso", "Concepción", "Maipú, Santiago", "Villarrica"])
            return "%s %d%s%s%s" % (st, n, dep, sep, comuna)
        if r < 0.75:
            return "Villa %s, Pasaje %s %d%s%s" % (pick(rng, ["Esperanza", "Los Volcanes", "El Bosque", "Lanín"]),
                                                   pick(rng, ["Rucamanque", "Los Boldos", "Huequén", "Las Quilas"]), rng.randint(100, 2400), sep,
                                                   pick(rng, ["Temuco", "Padre Las Casas", "Angol", "Lautaro"]))
        return "Comunidad %s, sector %s, km %d%s%s" % (pick(rng, ["Juan Painemal", "Pascual Coña", "José Millalén", "Antonio Cayupán"]),
                                                       pick(rng, ["Coihueco", "Maquehue", "Chomío", "Rengalil"]), rng.randint(3, 28), sep,
                                                       pick(rng, ["Padre Las Casas, Región de La Araucanía", "Cholchol", "Nueva Imperial"]))
    if c == "PY":
        r = rng.random()
        if r < 0.55:
            st = pick(rng, ["Avda. Mariscal López", "Tte. Fariña", "Yegros", "Avda. España", "Eligio Ayala",
                            "Avda. Eusebio Ayala", "Dr. Eusebio Lillo", "Cerro Corá", "Mcal. Estigarribia"])
            cruce = pick(rng, [" c/ Cruz del Chaco", " casi Brasil", " e/ 25 de Mayo y Cerro Corá", " c/ Perú", ""])
            return "%s %d%s%sAsunción" % (st, n, cruce, sep)
        if r < 0.8:
            return "Barrio %s, calle %s %d%s%s" % (pick(rng, ["San Pedro", "San Blas", "Obrero", "Santa Ana", "Itá Enramada"]),
                                                  pick(rng, ["14 de Mayo", "Caballero", "Independencia Nacional", "Pa'i Pérez"]),
                                                  rng.randint(10, 2600), sep, pick(rng, ["Encarnación", "Luque", "Lambaré", "Ciudad del Este", "San Lorenzo"]))
        return "Ruta %s km %d, %s%s%s" % (pick(rng, ["PY02", "PY01", "PY06"]), rng.randint(8, 40),
                                         pick(rng, ["compañía Yukyty", "barrio Loma Clavel", "frente a la escuela"]), sep,
                                         pick(rng, ["Capiatá", "Itauguá", "Caaguazú", "Coronel Oviedo"]))
    if c == "ES":
        st = pick(rng, ["C/ Alcalá", "Avda. de la Constitución", "Calle Mayor", "C/ Real", "Paseo de la Castellana",
                        "Carrer de Mallorca", "Gran Vía", "C/ San Fernando", "Avda. del Puerto", "C/ Uría",
                        "Rúa do Franco", "C/ Sierpes", "C/ Ancha", "Ronda de Outeiro", "Avda. Blasco Ibáñez",
                        "C/ Doctor Fleming", "Calle de Bravo Murillo", "Carrer de Sants", "C/ Pintor Sorolla"])
        piso = pick(rng, [", %dº %s" % (rng.randint(1, 9), pick(rng, "ABCD")), ", bajo", ", %dº izda." % rng.randint(1, 6),
                          ", %dt %da" % (rng.randint(1, 6), rng.randint(1, 4)), ", ático", ""])
        city, cp = pick(rng, [("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"),
                              ("Bilbao", "480"), ("Zaragoza", "500"), ("Málaga", "290"), ("A Coruña", "150"),
                              ("Murcia", "300"), ("Alcalá de Henares", "288"), ("Getafe", "289"),
                              ("L'Hospitalet de Llobregat", "089")])
        return "%s, %d%s%s%s%02d %s" % (st, n % 300 + 1, piso, sep, cp, rng.randint(1, 52), city)
    return uk_address(rng, c, ml)


UK_STREETS = {
    "London": (["Green Street", "Romford Road", "Whitechapel Road", "Brick Lane", "Rye Lane", "Old Kent Road",
                "Ilford Lane", "Walworth Road", "Seven Sisters Road", "Kilburn High Road", "Lewisham Way"],
               [("Forest Gate", "E7 8"), ("Stepney", "E1 1"), ("Peckham", "SE15 4"), ("Walworth", "SE17 1"),
                ("Ilford", "IG1 2"), ("Tottenham", "N15 5"), ("Kilburn", "NW6 7"), ("New Cross", "SE14 6"),
                ("Plaistow", "E13 9")]),
    "Birmingham": (["Soho Road", "Stratford Road", "Ladypool Road", "Coventry Road", "Alum Rock Road", "Bristol Road",
                    "Washwood Heath Road", "Lozells Road", "Church Road"],
                   [("Handsworth", "B21 9"), ("Sparkhill", "B11 4"), ("Balsall Heath", "B12 8"), ("Small Heath", "B10 0"),
                    ("Alum Rock", "B8 1"), ("Selly Oak", "B29 6"), ("Saltley", "B8 2"), ("Lozells", "B19 2")]),
    "Leicester": (["Belgrave Road", "Melton Road", "Narborough Road", "St Saviours Road", "Evington Road",
                   "Green Lane Road", "Uppingham Road", "Loughborough Road", "Gipsy Lane"],
                  [("Belgrave", "LE4 5"), ("Rushey Mead", "LE4 7"), ("Braunstone", "LE3 0"), ("Highfields", "LE5 3"),
                   ("Evington", "LE5 5"), ("Humberstone", "LE5 4"), ("Spinney Hills", "LE5 2")]),
    "Manchester": (["Wilmslow Road", "Stockport Road", "Cheetham Hill Road", "Oldham Road", "Princess Road",
                    "Moss Lane East", "Dickenson Road", "Ladybarn Lane"],
                   [("Rusholme", "M14 5"), ("Longsight", "M13 0"), ("Cheetham Hill", "M8 9"), ("Newton Heath", "M40 7"),
                    ("Moss Side", "M16 7"), ("Hulme", "M15 4"), ("Fallowfield", "M14 6"), ("Levenshulme", "M19 3")]),
    "Glasgow": (["Allison Street", "Victoria Road", "Dumbarton Road", "Paisley Road West", "Great Western Road",
                 "Pollokshaws Road", "Maryhill Road", "Duke Street", "Calder Street"],
                [("Govanhill", "G42 8"), ("Govanhill", "G42 7"), ("Partick", "G11 6"), ("Ibrox", "G51 1"),
                 ("Hillhead", "G12 8"), ("Shawlands", "G41 3"), ("Maryhill", "G20 7"), ("Dennistoun", "G31 1")]),
}


def uk_address(rng, city, ml=False):
    sts, areas = UK_STREETS[city]
    st = pick(rng, sts)
    area, pc = pick(rng, areas)
    pc = pc + pick(rng, "ABDEFGHJLNPQRSTUWXYZ") + pick(rng, "ABDEFGHJLNPQRSTUWXYZ")
    num = str(rng.randint(1, 420))
    if city == "Glasgow" and rng.random() < 0.5:
        num = "Flat %d/%d, %s" % (rng.randint(0, 3), rng.randint(1, 2), num)
    elif rng.random() < 0.2:
        num = "Flat %d, %s" % (rng.randint(1, 12), num)
    elif rng.random() < 0.1:
        num = "%s%s" % (num, pick(rng, "ab"))
    sep = "\n" if ml else ", "
    if rng.random() < 0.5:
        return "%s %s%s%s%s%s %s" % (num, st, sep, area, sep, city, pc)
    return "%s %s%s%s %s" % (num, st, sep, city, pc)


# ---------------------------------------------------------------- references
def s10(rng, cc):
    d = digits(rng, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(x) * w[i] for i, x in enumerate(d)) % 11
    c = 0 if c == 10 else (5 if c == 11 else c)
    return pick(rng, ["CE", "CP", "EE", "RR"]) + d + str(c) + cc


def guia(rng, c):
    return wpick(rng, [("CX%s26%s" % (c, digits(rng, 8)), 3),
                       ("%s-26%02d-%s" % (c, rng.randint(1, 11), digits(rng, 5)), 2),
                       ("%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4)), 2),
                       (s10(rng, c), 1), ("CDX%s" % digits(rng, 9), 2)])


def expediente(rng, c):
    if c == "MX" and rng.random() < 0.6:
        return "26 %s %s %s" % (pick(rng, ["47", "24", "43", "16", "07", "48"]), digits(rng, 4), "6" + digits(rng, 6))
    if c == "GT" and rng.random() < 0.5:
        return "DUCA-D GT26%s" % digits(rng, 8)
    if c == "DO" and rng.random() < 0.5:
        return "DUA %s-2026-IM-%s" % (digits(rng, 4), digits(rng, 6))
    return wpick(rng, [("EXP-%s-2026-%s" % (c, digits(rng, 5)), 3), ("AD/%s/26/%s" % (c, digits(rng, 4)), 2),
                       ("EXP %s%s" % (digits(rng, 2), digits(rng, 6)), 1)])


def claim_ref(rng):
    return wpick(rng, [("RCL-26-%s" % digits(rng, 5), 3), ("SIN-%s" % digits(rng, 6), 2),
                       ("REC%s" % digits(rng, 7), 1), ("CLM/26/%s" % digits(rng, 4), 1)])


def ticket_ref(rng):
    return wpick(rng, [("#%s" % digits(rng, 6), 2), ("TK-%s" % digits(rng, 5), 2), ("INC%s" % digits(rng, 7), 1),
                       ("CAS-%s-%s" % (digits(rng, 5), pick(rng, ["Q1X", "B7M", "K2P", "Z9T"])), 1)])


def client_ref(rng):
    return wpick(rng, [("CLI-%s" % digits(rng, 6), 3), ("CTA %s" % digits(rng, 5), 1), ("C%s" % digits(rng, 7), 1),
                       ("CE-%s-%s" % (digits(rng, 3), digits(rng, 4)), 1)])


def cod_batch(rng, d):
    return "LIQ-%02d%02d%02d-%s" % (d.year % 100, d.month, d.day, digits(rng, 2))


def invoice_ref(rng, c="X"):
    return wpick(rng, [("F%s-%s" % (c, digits(rng, 6)), 2), ("001-00%d-%s" % (rng.randint(1, 4), digits(rng, 7)), 1),
                       ("FAC %s/%s" % (digits(rng, 4), "26"), 1), ("A-%s" % digits(rng, 8), 1)])


# ---------------------------------------------------------------- courier config
CTRY = {
    "MX": dict(pais="México", sub="Cóndor Express México, S.A. de C.V.", dom="condorexpress.com.mx",
               broker=["Agencia Aduanal Cóndor, S.C.", "Despachos Aduanales Villarreal y Asociados, S.C."],
               aut=[("la ", "ANAM"), ("el ", "SAT"), ("", "COFEPRIS"), ("", "SENASICA"),
                    ("la ", "Agencia Nacional de Aduanas de México")],
               bank=["BBVA México", "Banorte", "Santander México", "Banco Azteca", "HSBC México"],
               ins=["Seguros Atlas", "GNP Seguros", "Qualitas", "AXA Seguros México"],
               carrier=["Estafeta", "Paquetexpress", "Redpack", "99 Minutos"],
               suf=["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V.", ""], cur="MXN", idn="CURP",
               pkg="paquete", un="un paquete", el="el paquete", city=["CDMX", "Monterrey", "Guadalajara", "Puebla", "Oaxaca", "Tijuana"]),
    "GT": dict(pais="Guatemala", sub="Cóndor Express Guatemala, S.A.", dom="condorexpress.com.gt",
               broker=["Agencia Aduanera Cóndor, S.A.", "Servicios Aduaneros Tzul y Compañía"],
               aut=[("la ", "SAT"), ("la ", "Superintendencia de Administración Tributaria"), ("el ", "MAGA"),
                    ("", "Aduana Central"), ("el ", "Ministerio de Salud Pública y Asistencia Social")],
               bank=["Banco Industrial", "Banrural", "BAM", "BAC Credomatic", "G&T Continental"],
               ins=["Seguros El Roble", "Seguros G&T", "Aseguradora Rural"],
               carrier=["Cargo Expreso", "Guatex", "Correos de Guatemala"],
               suf=["S.A.", "Sociedad Anónima", ""], cur="Q", idn="DPI",
               pkg="encomienda", un="una encomienda", el="la encomienda", city=["Quetzaltenango", "Cobán", "Mixco", "Chimaltenango", "Totonicapán"]),
    "CO": dict(pais="Colombia", sub="Cóndor Express Colombia S.A.S.", dom="condorexpress.com.co",
               broker=["Agencia de Aduanas Cóndor S.A.S. Nivel 1", "Agencia de Aduanas Palacios & Mena S.A.S."],
               aut=[("la ", "DIAN"), ("el ", "INVIMA"), ("el ", "ICA"), ("la ", "Policía Fiscal y Aduanera")],
               bank=["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi", "Daviplata"],
               ins=["Seguros Bolívar", "Sura", "Seguros del Estado", "Allianz Colombia"],
               carrier=["Servientrega", "Coordinadora", "Interrapidísimo", "Envía"],
               suf=["S.A.S.", "Ltda.", "S.A.S.", ""], cur="COP", idn="C.C.",
               pkg="envío", un="un envío", el="el envío", city=["Quibdó", "Medellín", "Cali", "Buenaventura", "Bogotá"]),
    "CU": dict(pais="Cuba", sub="Envíos Cóndor Cuba, S.R.L.", dom="condorcuba.com",
               broker=["Envíos Cóndor Cuba, S.R.L.", "Agencia Aduanal Caribe Cargo"],
               aut=[("la ", "Aduana General de la República"), ("la ", "AGR"), ("", "Correos de Cuba")],
               bank=["Banco Metropolitano", "BANDEC", "Banco Popular de Ahorro"],
               ins=["ESEN", "Seguros Internacionales de Cuba"],
               carrier=["Correos de Cuba", "Cubapack", "Transcargo"],
               suf=["S.R.L.", "S.R.L.", ""], cur="CUP", idn="CI",
               pkg="paquete", un="un paquete", el="el paquete", city=["La Habana", "Santiago de Cuba", "Holguín", "Camagüey", "Matanzas"]),
    "DO": dict(pais="República Dominicana", sub="Cóndor Express Dominicana, S.R.L.", dom="condorexpress.com.do",
               broker=["Cóndor Aduanas Dominicana, S.R.L.", "Agencia de Aduanas Almonte & Asociados"],
               aut=[("la ", "DGA"), ("la ", "Dirección General de Aduanas"), ("", "Pro Consumidor"), ("la ", "DGII")],
               bank=["Banreservas", "Banco Popular Dominicano", "Banco BHD", "Asociación Popular de Ahorros y Préstamos"],
               ins=["Seguros Universal", "Mapfre BHD", "Seguros Reservas"],
               carrier=["Vimenpaq", "Caribe Express", "EPS", "Domex"],
               suf=["S.R.L.", "S.A.S.", "SRL", ""], cur="RD$", idn="cédula",
               pkg="paquete", un="un paquete", el="el paquete", city=["Santiago", "San Pedro de Macorís", "La Romana", "Higüey", "Puerto Plata"]),
    "CL": dict(pais="Chile", sub="Cóndor Express Chile SpA", dom="condorexpress.cl",
               broker=["Agencia de Aduanas Cóndor Ltda.", "Agencia de Aduanas Huenchullán y Cía. Ltda."],
               aut=[("el ", "Servicio Nacional de Aduanas"), ("el ", "SAG"), ("el ", "ISP"), ("el ", "SII")],
               bank=["BancoEstado", "Banco de Chile", "Banco Santander Chile", "BCI", "Mach"],
               ins=["BCI Seguros", "HDI Seguros", "Mapfre Chile", "Consorcio"],
               carrier=["Chilexpress", "Starken", "Blue Express", "Correos de Chile"],
               suf=["SpA", "Ltda.", "E.I.R.L.", ""], cur="CLP", idn="RUN",
               pkg="encomienda", un="una encomienda", el="la encomienda", city=["Temuco", "Santiago", "Padre Las Casas", "Valparaíso", "Concepción"]),
    "PY": dict(pais="Paraguay", sub="Cóndor Express Paraguay S.A.", dom="condorexpress.com.py",
               broker=["Despachos Cóndor S.R.L.", "Despachante de Aduanas Benítez & Ayala"],
               aut=[("la ", "DNIT"), ("la ", "Dirección Nacional de Ingresos Tributarios"), ("el ", "SENAVE"),
                    ("la ", "DINAVISA")],
               bank=["Banco Itaú Paraguay", "ueno bank", "Banco Basa", "Visión Banco", "Tigo Money"],
               ins=["Mapfre Paraguay", "Seguros Chaco", "Aseguradora Tajy"],
               carrier=["AEX", "Correo Paraguayo", "Pronto Envíos"],
               suf=["S.A.", "S.R.L.", "E.I.R.L.", ""], cur="Gs.", idn="C.I.",
               pkg="encomienda", un="una encomienda", el="la encomienda", city=["Encarnación", "Luque", "Ciudad del Este", "San Lorenzo", "Capiatá"]),
}

SHOPS = ["Amazon", "Shein", "Temu", "eBay", "Mercado Libre", "AliExpress", "Walmart", "Best Buy", "Zara",
         "Apple Store", "Nike", "Etsy", "Costco", "Home Depot", "Carter's"]
FOREIGN_SHIPPERS = ["Pacific Rim Traders LLC", "Northgate Medical Supplies Inc.", "Bramley & Cole Ltd",
                    "Miami Freight Consolidators Corp.", "Hudson Valley Auto Parts Inc.",
                    "Albion Textiles Ltd", "Sunbelt Electronics Wholesale LLC", "Kessler Industrial GmbH",
                    "Lakeshore Coffee Roasters", "Maple Leaf Pharma Distribution Inc."]


def nat_id(rng, c, p):
    """(label shown in documents, value) for a person of country c."""
    if c == "MX":
        return pick(rng, ["CURP", "CURP"]), curp_for(rng, p)
    if c == "GT":
        return pick(rng, ["DPI", "CUI", "DPI (CUI)"]), gt_cui(rng)
    if c == "CO":
        return pick(rng, ["C.C.", "cédula", "CC"]), co_cc(rng, p.g)
    if c == "CU":
        return pick(rng, ["CI", "carné de identidad", "No. de identidad"]), cu_ci(rng, p.g)
    if c == "DO":
        return pick(rng, ["cédula", "Cédula No.", "cédula de identidad"]), do_cedula(rng)
    if c == "CL":
        return pick(rng, ["RUN", "RUT", "C.I."]), cl_run(rng)
    if c == "PY":
        return pick(rng, ["C.I.", "CI N°", "cédula"]), py_ci(rng)
    if c == "ES":
        if p.cult in ("es",) or rng.random() < 0.3:
            return "DNI", make_dni(rng)
        return "NIE", make_nie(rng)
    raise ValueError(c)


def biz(rng, c, p=None):
    """A local business name (may contain a person's name; whole thing is ORG)."""
    cf = CTRY[c]
    if p is None:
        p = mkp(rng, c)
    suf = pick(rng, cf["suf"])
    s = p.surn[0]
    pat = pick(rng, ["Ferretería Hermanos %s" % s, "Distribuidora %s e Hijos" % s, "Comercial %s" % p.first.split()[0],
                     "Abarrotes %s" % pick(rng, ["La Güerita", "El Porvenir", "San Judas", "Doña " + p.first.split()[0]]),
                     "Importadora %s" % pick(rng, ["Del Caribe", "Los Andes", "Ñandutí", "Tikal", "Pacífico Sur"]),
                     "Textiles %s" % s, "Repuestos %s" % pick(rng, ["El Chino", "La Curva", "Santa Fe", s]),
                     "Artesanías %s" % s, "Agroexportadora %s" % pick(rng, ["Santa Elena", "El Mirador", "Valle Verde"]),
                     "Farmacia %s" % pick(rng, ["San Rafael", "La Económica", "del Pueblo", s]),
                     "Grupo %s" % pick(rng, ["Kukulkán", "Ceiba", "Araucaria", "Yvyra", "Caoba", "Tainos"]),
                     "Taller %s" % s, "Cafetería %s" % pick(rng, ["El Portal", "Los Arcos", "La Esquina"])])
    return (pat + " " + suf).strip() if suf else pat


# ================================================================ templates: courier (es)
def dot(s):
    return "" if s.endswith(".") else "."


def sub_org(c):
    return org(CTRY[c]["sub"])


def sig_es(rng, p, c, role, dom=None, full=True):
    cf = CTRY[c]
    out = ["\n", per(p.full() if full else p.short()), "\n", role, " | ", org(pick(rng, [cf["sub"], "Cóndor Express"])), "\n"]
    if rng.random() < 0.8:
        out += ["Tel. ", tel(phone(rng, c)), pick(rng, ["", " ext. %d" % rng.randint(100, 399)]), "\n"]
    if rng.random() < 0.6:
        out += [eml(corp_email(rng, p, dom or cf["dom"])), "\n"]
    return out


CIERRE = {"MX": ["Quedo atento.", "Saludos cordiales.", "Quedo a sus órdenes."],
          "GT": ["Atentamente,", "Feliz día.", "Saludos cordiales,"],
          "CO": ["Cordialmente,", "Quedamos atentos.", "Cordial saludo,"],
          "CU": ["Saludos cordiales,", "Un saludo,", "Atentamente,"],
          "DO": ["Saludos cordiales,", "Bendiciones,", "Atentamente,"],
          "CL": ["Saludos cordiales,", "Atte.,", "Saludos,"],
          "PY": ["Saludos cordiales,", "Atte.,", "Muchas gracias,"]}


def t_es_rastreo(rng, c):
    cf = CTRY[c]
    cust, ag = people(rng, c, 2)
    ce = email_for(rng, cust, c)
    g = guia(rng, c)
    d0 = rdate(rng)
    shop = pick(rng, SHOPS)
    a = address(rng, c)
    ph = phone(rng, c)
    doc = Doc()
    subj = wpick(rng, [(["RE: Consulta guía ", cid(g)], 3), (["RE: ¿Dónde está mi ", cf["pkg"], "?"], 1),
                       (["RE: envío ", cid(g), " sin movimiento"], 2)])
    doc.add("De: ", nm_em(rng, ag, corp_email(rng, ag, cf["dom"]), "full"), "\nEnviado: ", d_es_long(plus(d0, 3)), " ",
            rtime(rng), "\nPara: ", nm_em(rng, cust, ce), "\nAsunto: ", subj, "\n\n")
    doc.add(pick(rng, ["Buen día, ", "Estimado/a ", "Buenas tardes, "]), title_es(cust, rng), " ", per(cust.surn[0]), ":\n\n")
    st = rng.random()
    if st < 0.5:
        doc.add("Le confirmamos que su ", cf["pkg"], " con guía ", cid(g), " se encuentra en nuestra bodega de ",
                pick(rng, cf["city"]), " desde el ", d_num(plus(d0, 2)), ". El primer intento de entrega no se concretó "
                "porque nadie atendió en la dirección registrada (", adr(a), "). Programamos un segundo intento para "
                "mañana entre 9:00 y 13:00; si prefiere, puede retirarlo en ventanilla presentando su ", cf["idn"],
                " y el número de guía.\n\n")
    else:
        art, au = pick(rng, cf["aut"])
        doc.add("Revisamos la guía ", cid(g), ": el envío quedó en revisión ", ("del " if art == "el " else "de " + art), org(au), " y fue liberado hoy. Lo entregará nuestro aliado ", org(pick(rng, cf["carrier"])),
                " a la dirección ", adr(a), " en 24-48 horas.\n\n")
    doc.add("Si el número de contacto ", tel(ph), " no es correcto, respóndanos con uno actualizado.\n\n",
            pick(rng, CIERRE[c]), "\n", per(ag.full()), "\nServicio al Cliente | ", sub_org(c), "\n")
    doc.add("\n-----Mensaje original-----\nDe: ", nm_em(rng, cust, ce, "full"), "\nEnviado el: ", d_es_long(d0),
            "\nPara: ", eml("atencion@" + cf["dom"]), "\nAsunto: Consulta guía ", cid(g), "\n\n")
    doc.add(pick(rng, ["Buenas,", "Hola buenas tardes", "Buen día:"]), " compré en ", org(shop), " hace ",
            str(rng.randint(8, 30)), " días y la guía ", cid(g), " sigue diciendo \"en tránsito\". ",
            pick(rng, ["Vivo en ", "Mi dirección es ", "La dirección de entrega es "]), adr(a), dot(a), " Mi cel es ", tel(ph),
            ". ", pick(rng, ["¿Me pueden decir qué pasa?", "Necesito saber cuándo llega, es un regalo.",
                             "Ya llamé dos veces y nadie sabe nada."]), "\nGracias\n",
            per(pick(rng, [cust.first, cust.short(), cust.nick(rng)])), "\n")
    return doc


def t_es_retencion(rng, c):
    cf = CTRY[c]
    cust, ag, apod = people(rng, c, 3)
    g = guia(rng, c)
    e = expediente(rng, c)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, c, cust)
    art, aut = pick(rng, cf["aut"])
    doc = Doc()
    doc.add(org(pick(rng, cf["broker"])), "\n", pick(rng, ["AVISO DE RETENCIÓN EN ADUANA", "NOTIFICACIÓN DE MERCANCÍA RETENIDA",
                                                         "Aviso de retención — documentos pendientes"]), "\n\n")
    doc.add("Fecha: ", d_num(d0), "\nExpediente: ", cid(e), "\nGuía: ", cid(g), "\n")
    doc.add("Consignatario: ", title_es(cust, rng), " ", per(cust.full()), "\n", idl, ": ", nid(idv), "\n")
    doc.add("Dirección: ", adr(address(rng, c, ml=rng.random() < 0.5)), "\n\n")
    doc.add(pick(rng, ["Estimado(a) ", "Apreciable ", "Estimado/a "]), per(pick(rng, [cust.first, cust.full()])), ":\n\n")
    doc.add("Le informamos que su envío procedente de ", pick(rng, ["Miami", "Madrid", "Houston", "Shenzhen", "Panamá"]),
            " fue retenido por ", art, org(aut), " para revisión documental. Para continuar con el despacho necesitamos, "
            "en un plazo de ", str(pick(rng, [5, 10, 15])), " días hábiles:\n")
    items = [["Factura comercial o comprobante de compra (", org(pick(rng, SHOPS)), ")."],
             ["Copia legible de su ", cf["idn"], " por ambos lados."],
             ["Carta poder firmada si otra persona hará el trámite (indicó a ", per(apod.full()), ")."],
             ["Ficha técnica del producto (", pick(rng, ["suplementos", "cosméticos", "repuestos usados", "semillas", "medicamentos"]), ")."],
             ["Declaración de valor firmada por el remitente."]]
    rng.shuffle(items)
    for i, it in enumerate(items[:rng.randint(3, 5)]):
        doc.add("  ", str(i + 1), ". ", it, "\n")
    doc.add("\nPuede enviar los documentos a ", eml(corp_email(rng, ag, cf["dom"])), " o por WhatsApp al ", tel(phone(rng, c)),
            ", indicando el expediente ", cid(e), ". Vencido el plazo, la mercancía podrá declararse en abandono.\n\n")
    doc.add(pick(rng, CIERRE[c]), "\n\n", pick(rng, ["Lic. ", "Ing. ", ""]), per(ag.full()), "\nEjecutiv", "o" if ag.g == "m" else "a",
            " de Cuenta — Aduanas\n", sub_org(c), "\n")
    return doc


CONTENIDO = ["ROPA USADA Y ZAPATOS", "MEDICAMENTOS Y VITAMINAS", "REPUESTOS DE MOTO", "CELULAR Y ACCESORIOS",
             "ALIMENTOS NO PERECEDEROS", "ARTÍCULOS DE ASEO", "JUGUETES", "HERRAMIENTAS", "LIBROS Y CUADERNOS",
             "PAÑALES Y LECHE EN POLVO"]
REFER = ["PORTÓN NEGRO FRENTE A LA TIENDA", "CASA ESQUINERA COLOR VERDE", "A LA PAR DE LA IGLESIA", "TOCAR FUERTE",
         "DEJAR CON EL PORTERO", "ATRÁS DEL COLMADO", "SEGUNDO PISO, ESCALERA AL FONDO", "PREGUNTAR EN LA FARMACIA"]


def t_es_form(rng, c):
    cf = CTRY[c]
    rem_c = wpick(rng, [("ES", 3), (c, 2)])
    rem = mkp(rng, c)
    con = mkp(rng, c)
    g = guia(rng, c)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, c, con)
    segs = ["CÓNDOR EXPRESS — FORMATO DE DATOS REMITENTE / CONSIGNATARIO\n", "GUÍA No.: ", cid(g), "    FECHA: ", d_num(d0), "\n",
            "CUENTA CLIENTE: ", cid(client_ref(rng)), "\n\n" if rng.random() < 0.5 else "\n",
            "== REMITENTE ==\nNOMBRE: ", per(rem.full()), "\nDIRECCIÓN: ", adr(address(rng, rem_c)), "\n",
            "TELÉFONO: ", tel(phone(rng, rem_c)), "\n"]
    if rng.random() < 0.6:
        segs += ["CORREO: ", eml(email_for(rng, rem, rem_c)), "\n"]
    segs += ["\n== CONSIGNATARIO ==\nNOMBRE: ", per(con.full()), "\n", idl, ": ", nid(idv), "\n",
             "DIRECCIÓN: ", adr(address(rng, c)), "\n", "TELÉFONO: ", tel(phone(rng, c))]
    if rng.random() < 0.5:
        segs += [" / ", tel(phone(rng, c))]
    segs += ["\nREFERENCIA: ", pick(rng, REFER), "\n", "AUTORIZADO A RECIBIR: ", per(mkp(rng, c).full()), "\n",
             "\nCONTENIDO DECLARADO: ", pick(rng, CONTENIDO), "    VALOR: USD ", str(rng.randint(40, 900)), "\n",
             "PESO: ", str(rng.randint(1, 30)), ",", str(rng.randint(0, 9)), " KG    BULTOS: ", str(rng.randint(1, 4)), "\n",
             "FIRMA REMITENTE: ____________  FIRMA AGENTE: ", per(mkp(rng, c).initial()), "\n"]
    return Doc().add(up(*segs))


def t_es_wa_android(rng, c):
    cf = CTRY[c]
    cust, drv = people(rng, c, 2)
    g = guia(rng, c)
    d0 = rdate(rng)
    dd = d_num(d0, yy=True)
    dph = phone(rng, c, mob=True)
    h, m = rng.randint(8, 12), rng.randint(0, 40)
    doc = Doc()

    def line(who, *txt):
        nonlocal m, h
        m += rng.randint(1, 6)
        if m > 59:
            h, m = h + 1, m - 60
        doc.add(dd, ", %02d:%02d - " % (h, m), who, ": ", list(txt), "\n")
    doc.add(dd, ", %02d:%02d - " % (h, m), "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera "
            "de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.\n")
    D = tel(dph)
    Cn = per(cust.first if rng.random() < 0.5 else cust.short())
    line(D, "Buenas, le habla ", per(drv.first), " de ", org("Cóndor Express"), ", traigo ", cf["un"], " a nombre de ",
         per(cust.full()), ", guía ", cid(g))
    line(D, "Estoy afuera de la dirección ", adr(address(rng, c)), " y nadie sale")
    line(Cn, pick(rng, ["Ay no, ando en el trabajo", "Perdón no estoy en casa", "Ya voy saliendo, espéreme 10 min porfa"]))
    if rng.random() < 0.6:
        rel, rg = pick(rng, [("vecina", "f"), ("hermana", "f"), ("cuñado", "m"), ("mamá", "f"), ("primo", "m")])
        o = mkp(rng, c, rg)
        line(Cn, "Se lo puede dejar a mi ", rel, " ", per(o.first), ", vive al lado. "
             "Su número es ", tel(phone(rng, c)))
        line(D, "Tiene que mostrar ", cf["idn"], " y firmar. Si es contra entrega son ", cf["cur"], " ", str(rng.randint(150, 2500)))
        line(Cn, "Sí, paga al recibir. Mi ", cf["idn"], " es ", nid(nat_id(rng, c, cust)[1]), " por si se lo piden")
    else:
        line(D, "Ok, lo dejo en ruta para mañana. O puede retirarlo en la sucursal con el número de guía")
        line(Cn, "Mejor mañana, ¿a qué hora más o menos?")
        line(D, "Entre 9 y 1. Cualquier cosa escríbale a mi supervisor ", per(mkp(rng, c).short()), " al ", tel(phone(rng, c)))
    line(Cn, pick(rng, ["Gracias 🙏", "Listo, gracias joven", "Mil gracias", "Ok gracias"]))
    line(D, pick(rng, ["<Multimedia omitido>", "A la orden", "👍"]))
    return doc


def t_es_wa_ios(rng, c):
    cf = CTRY[c]
    sen, rec = people(rng, c, 2)
    g = guia(rng, c)
    d0 = rdate(rng)
    doc = Doc()
    hh, mm, ss = rng.randint(7, 20), rng.randint(0, 30), rng.randint(0, 59)
    deco = pick(rng, ["", " 💕", " 🇪🇸", ""])
    nm_s = [per(sen.first), deco]
    nm_r = per(pick(rng, [rec.short(), rec.first, rec.nick(rng)]))

    def line(who, *txt):
        nonlocal hh, mm, ss
        mm += rng.randint(1, 9)
        ss = rng.randint(0, 59)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        doc.add("[", d_num(d0, yy=True), ", %02d:%02d:%02d] " % (hh, mm, ss), who, ": ", list(txt), "\n")
    line(nm_s, "Ya te mandé ", cf["el"], " por ", org("Cóndor Express"), " desde ", pick(rng, ["Madrid", "Barcelona", "Murcia", "Valencia", "Bilbao"]))
    line(nm_s, "La guía es ", cid(g), ", dice que llega en ", str(rng.randint(10, 25)), " días")
    line(nm_r, pick(rng, ["Ay qué bien, gracias", "Gracias mi amor", "Ok, ¿y qué mandaste?"]))
    line(nm_s, "Puse tu dirección ", adr(address(rng, c)), ", ¿está bien así?")
    line(nm_r, "Sí pero ponle también el teléfono de ", per(mkp(rng, c).first), " por si no estoy: ", tel(phone(rng, c)))
    line(nm_s, "Me pidieron tu ", cf["idn"], ", mándame el número otra vez que no lo encuentro")
    line(nm_r, nid(nat_id(rng, c, rec)[1]))
    if rng.random() < 0.5:
        line(nm_s, "Si te llaman de la aduana dice la señora de la agencia que escribas a ", eml(corp_email(rng, mkp(rng, c), cf["dom"])))
    line(nm_r, pick(rng, ["Ok 👍", "Dale", "Gracias, cuídate mucho", "Bendiciones"]))
    return doc


def plate(rng, c):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c == "MX":
        return "%s%s%s-%02d-%02d" % (pick(rng, L), pick(rng, L), pick(rng, L), rng.randint(0, 99), rng.randint(0, 99))
    if c == "GT":
        return "%s-%03d%s%s%s" % (pick(rng, "PCM"), rng.randint(1, 999), pick(rng, L), pick(rng, L), pick(rng, L))
    if c == "CO":
        return "%s%s%s %03d" % (pick(rng, L), pick(rng, L), pick(rng, L), rng.randint(1, 999))
    if c == "CU":
        return "P %03d %03d" % (rng.randint(1, 999), rng.randint(1, 999))
    if c == "DO":
        return "L%06d" % rng.randint(1, 999999)
    if c == "CL":
        return "%s%s%s%s-%02d" % (pick(rng, L), pick(rng, L), pick(rng, L), pick(rng, L), rng.randint(10, 99))
    return "%s%s%s%s %03d" % (pick(rng, L), pick(rng, L), pick(rng, L), pick(rng, L), rng.randint(1, 999))


def money(rng, c, lo=10, hi=900):
    cur = CTRY[c]["cur"]
    if c in ("CO", "PY", "CL"):
        v = rng.randint(lo, hi) * 1000
        return "%s %s" % (cur, "{:,}".format(v).replace(",", "."))
    return "%s %d.%02d" % (cur, rng.randint(lo, hi), pick(rng, [0, 0, 50, 90]))


def t_es_hoja_ruta(rng, c):
    cf = CTRY[c]
    drv, aux, sup = people(rng, c, 3)
    d0 = rdate(rng)
    doc = Doc()
    doc.add("HOJA DE RUTA — ", sub_org(c), "\nSucursal: ", pick(rng, cf["city"]), "\tFecha: ", d_num(d0), "\tRuta ",
            str(rng.randint(1, 40)), "\n")
    idl, idv = nat_id(rng, c, drv)
    doc.add("Conductor: ", per(pick(rng, [drv.sfirst(), drv.full().upper(), drv.full()])), "\t", idl, " ", nid(idv), "\n")
    doc.add("Unidad: ", plate(rng, c), "\tAuxiliar: ", per(pick(rng, [aux.first, aux.nick(rng), aux.short()])), "\n\n")
    doc.add("#\tGuía\tConsignatario\tDirección\tTel.\tCOD\tObs.\n")
    for i in range(rng.randint(3, 5)):
        p = mkp(rng, c)
        cod = money(rng, c) if rng.random() < 0.6 else "-"
        obs = pick(rng, ["", "entregado", "no está, dejar aviso", "llamar antes", "portón azul", "cliente molesto",
                         "recibe vecino", "rechazado"])
        doc.add(str(i + 1), "\t", cid(guia(rng, c)), "\t", per(pick(rng, [p.full(), p.short(), p.sfirst()])), "\t",
                adr(address(rng, c)), "\t", tel(phone(rng, c)), "\t", cod, "\t", obs, "\n")
    doc.add("\nKm inicial: ", str(rng.randint(10000, 99999)), "\tKm final: ____\n",
            "Supervisor: ", per(sup.short()), "\tFirma conductor: ________\n")
    return doc


def t_es_cod(rng, c):
    cf = CTRY[c]
    drv, sup = people(rng, c, 2)
    d0 = rdate(rng)
    doc = Doc()
    b = cod_batch(rng, d0)
    doc.add("Conciliación contra entrega (COD) — lote ", cid(b), "\n", "Sucursal ", pick(rng, cf["city"]), " | Repartidor: ",
            per(drv.full()), " | ", d_num(d0), "\n\n")
    doc.add("fecha;guia;consignatario;telefono;monto_cod;cobrado;estado\n")
    n = rng.randint(5, 7)
    diffs = []
    for i in range(n):
        p = mkp(rng, c)
        m = money(rng, c)
        st = wpick(rng, [("COBRADO", 6), ("PENDIENTE", 1), ("DEVUELTO", 1), ("PARCIAL", 1)])
        cob = m if st == "COBRADO" else ("0" if st != "PARCIAL" else money(rng, c, 5, 50))
        if st != "COBRADO":
            diffs.append(p)
        doc.add(d_num(d0), ";", cid(guia(rng, c)), ";", per(pick(rng, [p.full().upper(), p.full(), p.short()])), ";",
                tel(phone(rng, c)), ";", m, ";", cob, ";", st, "\n")
    doc.add("\nDepósito en ", org(pick(rng, cf["bank"])), " el ", d_num(plus(d0, 1)), ".\n")
    if diffs:
        p = diffs[0]
        doc.add("Obs.: la diferencia corresponde a ", per(p.short()), pick(rng, [" (no tenía efectivo, pidió reprogramar)",
                " (dice que ya pagó por transferencia)", " (rechazó el paquete)"]), ". Revisar con ", per(sup.first), " antes del cierre.\n")
    else:
        doc.add("Sin diferencias. Validado por ", per(sup.initial()), ".\n")
    return doc


def t_es_reclamo(rng, c):
    cf = CTRY[c]
    cust, ag = people(rng, c, 2)
    g = guia(rng, c)
    cr = claim_ref(rng)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, c, cust)
    doc = Doc()
    doc.add(pick(rng, ["FORMULARIO DE RECLAMO POR DAÑO O FALTANTE", "Reclamo por mercancía dañada",
                       "SOLICITUD DE INDEMNIZACIÓN"]), "\n", sub_org(c), "\n\n")
    doc.add("No. de reclamo: ", cid(cr), "\nGuía: ", cid(g), "\nFecha de recepción: ", d_num(d0), "\n")
    doc.add("Aseguradora: ", org(pick(rng, cf["ins"])), " — póliza de carga ", cid("POL-%s-%s" % (digits(rng, 4), digits(rng, 6))), "\n\n")
    doc.add("Reclamante: ", per(cust.full()), "\n", idl, ": ", nid(idv), "\nTeléfono: ", tel(phone(rng, c)), "\nCorreo: ",
            eml(email_for(rng, cust, c)), "\nDirección: ", adr(address(rng, c)), "\n\n")
    dano = pick(rng, ["la caja llegó mojada y aplastada; el televisor tiene la pantalla rota",
                      "faltan 2 de los 4 bultos declarados", "la licuadora llegó con la jarra quebrada",
                      "el empaque estaba abierto y faltan dos celulares", "las botellas de vino llegaron rotas"])
    doc.add("Descripción: ", dano, ". Se adjuntan fotos tomadas al momento de la entrega por ",
            *[[("el repartidor " if rp.g == "m" else "la repartidora "), per(rp.first)] for rp in [mkp(rng, c)]], ".\nValor reclamado: ", money(rng, c, 50, 900), "\n\n")
    if c in ("DO", "GT"):
        doc.add("Datos para reembolso: ", org(pick(rng, cf["bank"])), ", titular ", per(cust.full().upper() if rng.random() < 0.4 else cust.full()),
                ", IBAN ", ibn(do_iban(rng) if c == "DO" else gt_iban(rng)), "\n")
    elif c == "CO":
        doc.add("Datos para reembolso: ", org("Nequi"), " al celular ", tel(phone(rng, c, mob=True)), " a nombre de ", per(cust.short()), "\n")
    else:
        doc.add("Datos para reembolso: transferencia a ", org(pick(rng, cf["bank"])), ", tarjeta terminación ", digits(rng, 4), "\n")
    doc.add("\nRecibió: ", per(ag.full()), " — ", pick(rng, ["Atención al Cliente", "Siniestros", "Reclamos"]), "\n",
            "Plazo de respuesta: 15 días hábiles.\n")
    return doc


def t_es_crm(rng, c):
    cf = CTRY[c]
    cust = mkp(rng, c)
    ags = people(rng, c, 2)
    g = guia(rng, c)
    tk = ticket_ref(rng)
    d0 = rdate(rng)
    doc = Doc()
    h1 = [ag.first.split()[0].lower() + pick(rng, ["", " " + _core_word(ag.surn[0])[0].lower()]) for ag in ags]
    segs = ["ticket ", cid(tk), " | guia ", cid(g), " | cliente: ", per(cust.full()), "\n"]
    segs += [d_num(d0)[:5], " ", rtime(rng, 8, 11), " ", per(h1[0]), ": ",
             pick(rng, ["cliente llamo, dice q el paquete llego roto, caja mojada. pide reclamo",
                        "cliente reclama q no le han entregado, dice q estuvo en casa todo el dia",
                        ("llamo la sra X muy molesta, el repartidor no llego" if cust.g == "f" else
                         "llamo el sr X muy molesto, el repartidor no llego")]), "\n"]
    if "X" in segs[-2]:
        tx = segs[-2]
        segs[-2] = [tx.split("X")[0], per(_core_word(cust.surn[0])), tx.split("X")[1]]
    ph = phone(rng, c)
    segs += [d_num(d0)[:5], " ", rtime(rng, 11, 14), " ", per(h1[1]), ": llame al ", tel(ph), " no contesta, deje msj. ",
             pick(rng, ["se escalo a supervision", "pendiente foto del empaque", "se verifica direccion con cliente"]), "\n"]
    segs += [d_num(plus(d0, 1))[:5], " ", rtime(rng, 8, 17), " ", per(h1[0]), ": ", per(cust.first), " devolvio llamada desde otro numero ",
             tel(phone(rng, c)), ", confirma direccion ", adr(address(rng, c)), ". ",
             pick(rng, ["manda fotos a", "dice q escribio desde", "correo para respuesta:"]), " ", eml(email_for(rng, cust, c)), "\n"]
    if rng.random() < 0.6:
        idl, idv = nat_id(rng, c, cust)
        segs += [d_num(plus(d0, 1))[:5], " ", rtime(rng, 15, 19), " ", per(h1[1]), ": abierto reclamo ", cid(claim_ref(rng)),
                 ", ", idl, " ", nid(idv), " verificado. ", pick(rng, ["pasa a", "asignado a", "ver con"]), " ",
                 per(mkp(rng, c).first), " de siniestros\n"]
    else:
        segs += [d_num(plus(d0, 2))[:5], " ", rtime(rng, 9, 12), " ", per(h1[1]), ": entregado ok, recibio ",
                 per(mkp(rng, c).first), " (", pick(rng, ["hija", "esposo", "vecina", "portero"]), "). cerrar ticket\n"]
    doc.add(low(*segs))
    return doc


def biz_email(rng, company, c):
    base = ascii_low(" ".join(w for w in company.split() if not w.endswith(".") and w not in ("de", "e", "y", "SpA", "Ltda", "S.A.S.")))[:18]
    tld = {"MX": "com.mx", "GT": "com.gt", "CO": "com.co", "CU": "cu", "DO": "com.do", "CL": "cl", "PY": "com.py"}[c]
    return pick(rng, ["ventas", "info", "administracion", "compras", "contabilidad"]) + "@" + base + "." + tld


def t_es_registro(rng, c):
    cf = CTRY[c]
    rep, con, rev = people(rng, c, 3)
    company = biz(rng, c, rep if rng.random() < 0.5 else None)
    d0 = rdate(rng)
    doc = Doc()
    doc.add(sub_org(c), "\n", pick(rng, ["SOLICITUD DE REGISTRO DE IMPORTADOR", "ALTA DE CLIENTE IMPORTADOR",
                                         "Registro de importador — actualización de datos"]), "\n\n")
    doc.add("No. de registro interno: ", cid("RI-%s-%s" % (c, digits(rng, 5))), "\tFecha: ", d_num(d0), "\n")
    doc.add("Razón social: ", org(company), "\n")
    idl, idv = nat_id(rng, c, rep)
    doc.add("Representante legal: ", per(rep.full()), "\n", idl, " del representante: ", nid(idv), "\n")
    doc.add("Domicilio: ", adr(address(rng, c)), "\n", "Teléfono: ", tel(phone(rng, c)), "    Correo: ", eml(biz_email(rng, company, c)), "\n")
    doc.add("Contacto operativo: ", per(pick(rng, [con.full(), con.short()])), " — ", tel(phone(rng, c, mob=True)), " — ",
            eml(email_for(rng, con, c)), "\n")
    if c == "MX":
        doc.add("Padrón de Importadores (", org("SAT"), "): ", pick(rng, ["activo", "en trámite", "suspendido — en aclaración"]), "\n")
    if c in ("DO", "GT"):
        doc.add("Cuenta para anticipos y devoluciones: ", org(pick(rng, cf["bank"])), " — IBAN ",
                ibn(do_iban(rng) if c == "DO" else gt_iban(rng)), "\n")
    else:
        doc.add("Banco: ", org(pick(rng, cf["bank"])), " (datos completos en archivo)\n")
    doc.add("Mercancía habitual: ", pick(rng, ["repuestos automotrices", "textiles y calzado", "insumos médicos",
                                                "electrodomésticos", "café y cacao (exportación)", "cosméticos"]), "\n")
    doc.add("\nDocumentos recibidos:\n[x] Escritura / acta constitutiva\n[x] Identificación del representante\n",
            pick(rng, ["[ ]", "[x]"]), " Comprobante de domicilio\n", pick(rng, ["[ ]", "[x]"]), " Poder o encargo conferido\n")
    doc.add("\nRevisó: ", per(rev.initial()), "    Autorizó: ", pick(rng, ["Lic. ", "Ing. ", ""]), per(mkp(rng, c).full()), "\n")
    return doc


def t_es_sms(rng, c):
    cf = CTRY[c]
    d0 = rdate(rng)
    doc = Doc()
    doc.add("Registro de SMS — ", sub_org(c), " — ", d_num(d0), "\nhora | numero | dir | mensaje\n")
    h = rng.randint(7, 9)
    m = rng.randint(0, 30)
    for i in range(rng.randint(4, 6)):
        p = mkp(rng, c)
        ph = phone(rng, c, mob=True)
        m += rng.randint(1, 14)
        if m > 59:
            h, m = h + 1, m - 60
        g = guia(rng, c)
        msg = pick(rng, [["CONDOR EXPRESS: Hola ", per(strip_accents(p.first)), ", su envio ", cid(g), " sera entregado hoy entre 9 y 13 h. "
                          "Para reprogramar responda 2."],
                         ["CONDOR EXPRESS: ", per(strip_accents(p.full()).upper()), ", su paquete ", cid(g), " esta retenido en aduana. "
                          "Envie su documento a ", eml("aduanas@" + cf["dom"])],
                         ["CONDOR: intentamos entregar ", cid(g), " y no encontramos a nadie. Retire en sucursal con ", cf["idn"], "."],
                         ["CONDOR EXPRESS: Cobro contra entrega pendiente guia ", cid(g), ". Consultas al ", tel(phone(rng, c))]])
        doc.add("%02d:%02d" % (h, m), " | ", tel(ph), " | OUT | ", msg, "\n")
        if rng.random() < 0.45:
            rep = pick(rng, [["quien es? no espero nada"], ["2"], ["soy la hija de ", per(p.first), ", ella no esta hasta las 5"],
                             ["ok gracias"], ["dejelo con ", per(mkp(rng, c).first), " en la tienda de al lado"],
                             ["ya lo pague por transferencia"]])
            doc.add("%02d:%02d" % (h, m + 1 if m < 59 else m), " | ", tel(ph), " | IN  | ", rep, "\n")
    return doc


def t_es_buzon(rng, c):
    cf = CTRY[c]
    p = mkp(rng, c)
    d0 = rdate(rng)
    ph = phone(rng, c, mob=True)
    g = guia(rng, c)
    doc = Doc()
    doc.add("Transcripción automática — buzón de voz ", pick(rng, ["Atención al Cliente", "Aduanas", "Sucursal " + pick(rng, cf["city"])]),
            "\nRecibido: ", d_num(d0), " ", rtime(rng), "   De: ", tel(ph), "   Duración: 0:", str(rng.randint(25, 59)), "\n\n")
    idl, idv = nat_id(rng, c, p)
    doc.add("\"", pick(rng, ["Hola, buenas tardes", "Aló, buenos días", "Sí, buenas", "Buenas, mire"]), ", le habla ", per(p.full()),
            ", eh, le llamo por la guía ", cid(g), pick(rng, [", que dice entregado pero a mí no me ha llegado nada",
                                                           ", que lleva dos semanas en aduana",
                                                           ", me dijeron que faltaba un documento"]),
            ". Mi ", idl, " es ", nid(idv), ". ", pick(rng, ["Vivo en ", "La dirección es ", "Estoy en "]),
            adr(address(rng, c)), pick(rng, [". Me", ", eh, me", "... me"]), " puede llamar a este mismo número o al ", tel(phone(rng, c)),
            pick(rng, [", pregunte por mí o por mi ", ", y si no contesto hable con mi "]),
            [[w, per(mkp(rng, c, gg).first)] for w, gg in [pick(rng, [("esposo ", "m"), ("hermana ", "f"), ("hijo ", "m"), ("suegra ", "f")])]][0],
            ". Gracias, ", pick(rng, ["bendiciones", "hasta luego", "que tenga buen día"]), ".\"\n")
    doc.add("\n[Confianza de transcripción: ", str(rng.randint(62, 94)), "%] Asignado a: ", per(mkp(rng, c).short()), "\n")
    return doc


def t_es_resenas(rng, c):
    cf = CTRY[c]
    city = pick(rng, cf["city"])
    owner = mkp(rng, c)
    doc = Doc()
    doc.add("Reseñas — ", org("Cóndor Express"), " ", city, " (", str(rng.randint(80, 900)), " opiniones)\n\n")
    for i in range(rng.randint(3, 4)):
        p = mkp(rng, c)
        drv = mkp(rng, c)
        stars = rng.randint(1, 5)
        doc.add("★" * stars + "☆" * (5 - stars), "  ", per(p.handle(rng)), " · ", pick(rng, ["hace 2 semanas", "hace 1 mes", "hace 3 días", "hace 5 meses"]), "\n")
        if stars >= 4:
            doc.add(pick(rng, ["Muy buen servicio, el repartidor ", "Todo llegó bien. Gracias a ", "Excelente atención de "]),
                    per(pick(rng, [drv.first, drv.short()])), pick(rng, [", muy amable y puntual.", " que me ayudó con el trámite de aduana.",
                                                                          ", 100% recomendados."]), "\n\n")
        else:
            doc.add(pick(rng, ["Pésimo. Mi paquete ", "Me cobraron doble el envío ", "Tres semanas esperando "]), cid(guia(rng, c)),
                    pick(rng, [" y nadie responde. ", " y en ventanilla me trataron mal. ", " y dicen que está en aduana. "]),
                    (pick(rng, ["La señorita ", "Una tal ", "La muchacha "]) if drv.g == "f" else pick(rng, ["El señor ", "Un tal ", "El muchacho "])), per(drv.first), pick(rng, [" me colgó.", " no sabía nada.", " me dio otro número."]), "\n")
            if rng.random() < 0.7:
                doc.add("  ↳ Respuesta del propietario: Hola ", per(p.first),
                        ", lamentamos lo ocurrido. Escríbanos a ", eml("reclamos@" + cf["dom"]), " o llame al ", tel(phone(rng, c)),
                        " y ", per(owner.first), " revisará su caso. ", org(pick(rng, [cf["sub"], "Cóndor Express"])), "\n\n")
            else:
                doc.add("\n")
    return doc


BROKER_DOM = {
    "Agencia Aduanal Cóndor, S.C.": "aacondor.com.mx", "Despachos Aduanales Villarreal y Asociados, S.C.": "villarrealaduanas.mx",
    "Agencia Aduanera Cóndor, S.A.": "aduanascondor.com.gt", "Servicios Aduaneros Tzul y Compañía": "tzuladuanas.com",
    "Agencia de Aduanas Cóndor S.A.S. Nivel 1": "aduanascondor.co", "Agencia de Aduanas Palacios & Mena S.A.S.": "palaciosmena.com.co",
    "Envíos Cóndor Cuba, S.R.L.": "condorcuba.com", "Agencia Aduanal Caribe Cargo": "caribecargo.cu",
    "Cóndor Aduanas Dominicana, S.R.L.": "condoraduanas.com.do", "Agencia de Aduanas Almonte & Asociados": "almonteasociados.com.do",
    "Agencia de Aduanas Cóndor Ltda.": "aduanascondor.cl", "Agencia de Aduanas Huenchullán y Cía. Ltda.": "huenchullanaduanas.cl",
    "Despachos Cóndor S.R.L.": "despachoscondor.com.py", "Despachante de Aduanas Benítez & Ayala": "benitezayala.com.py",
}
DECL = {"MX": "pedimento ", "GT": "DUCA ", "CO": "declaración de importación ", "DO": "DUA ", "CL": "DIN ",
        "PY": "despacho ", "CU": "declaración "}
GEO = {"MX": (19.4, -99.1), "GT": (14.6, -90.5), "CO": (5.7, -76.6), "CU": (23.1, -82.4), "DO": (18.5, -69.9),
       "CL": (-38.7, -72.6), "PY": (-25.3, -57.6)}


def fmt_money(c, v):
    cur = CTRY[c]["cur"]
    if c in ("CO", "PY", "CL"):
        return "%s %s" % (cur, "{:,}".format(int(v)).replace(",", "."))
    return "%s %s" % (cur, "{:,.2f}".format(v))


def t_es_reenviado(rng, c):
    cf = CTRY[c]
    a, b, cust, ext = people(rng, c, 4)
    d0 = rdate(rng)
    g = guia(rng, c)
    e = expediente(rng, c)
    dom = cf["dom"]
    ea, eb = corp_email(rng, a, dom), corp_email(rng, b, dom)
    broker = pick(rng, cf["broker"])
    ee = corp_email(rng, ext, BROKER_DOM[broker])
    art, aut = pick(rng, cf["aut"])
    doc = Doc()
    doc.add("De: ", nm_em(rng, b, eb, "full"), "\nEnviado: ", d_es_long(plus(d0, 1)), " ", rtime(rng), "\nPara: ",
            nm_em(rng, a, ea, "short"), "\nAsunto: RE: RV: guía ", cid(g), " retenida\n\n")
    doc.add(per(a.first), ", ya hablé con ", per(ext.first), ": falta la carta poder y la factura. Le escribo hoy mismo a ",
            per(cust.short()), " al ", tel(phone(rng, c, mob=True)), ". Si no responde lo pasamos a abandono el ",
            d_num(plus(d0, 12)), ".\n\n", per(b.first), "\n\n")
    doc.add("---------- Mensaje reenviado ---------\nDe: ", nm_em(rng, a, ea, "full"), "\nFecha: ", d_es_long(d0), "\nAsunto: RV: guía ",
            cid(g), " retenida\nPara: ", nm_em(rng, b, eb, "full"), "\n\n")
    doc.add(per(pick(rng, [b.first, b.nick(rng)])), ", te reenvío lo del agente aduanal. El cliente es ", per(cust.full()),
            " (cuenta ", cid(client_ref(rng)), "). ¿Puedes darle seguimiento? Yo estoy de vacaciones desde mañana.\n\n")
    doc.add("> De: ", nm_em(rng, ext, ee, "full"), "\n> Para: ", eml(ea), "\n> Asunto: Expediente ", cid(e), "\n>\n")
    doc.add("> Buen día. El expediente ", cid(e), " fue observado por ", art, org(aut), ". Requerimos factura comercial y carta poder "
            "del consignatario con copia de su ", cf["idn"], ". Sin esto no podemos presentar la declaración.\n> Saludos,\n> ",
            per(ext.full()), "\n> ", org(broker), "\n")
    return doc


def t_es_pod(rng, c):
    cf = CTRY[c]
    cust, drv = people(rng, c, 2)
    rg = pick(rng, "mf")
    rec = mkp(rng, c, rg)
    rel = pick(rng, ["titular", "titular", "vecina" if rg == "f" else "vecino", "hija" if rg == "f" else "hijo",
                     "empleada" if rg == "f" else "portero"])
    if rel == "titular":
        rec = cust
    d0 = rdate(rng)
    idl, idv = nat_id(rng, c, rec)
    segs = [pick(rng, ["COMPROBANTE DE ENTREGA (POD)", "PRUEBA DE ENTREGA", "CONSTANCIA DE ENTREGA"]), "\n", cf["sub"].upper(), "\n\n",
            "Guía: ", cid(guia(rng, c)), "\n", "Fecha y hora: ", d_num(d0), " ", rtime(rng), "\n",
            "Consignatario: ", per(cust.full()), "\n", "Dirección de entrega: ", adr(address(rng, c)), "\n",
            "Recibido por: ", per(rec.full() if rel != "titular" else pick(rng, [rec.full(), rec.short()])), " (", rel, ")\n",
            idl, ": ", nid(idv), "\n", "Bultos: ", str(rng.randint(1, 3)), "    Cobro COD: ",
            pick(rng, ["no aplica", money(rng, c)]), "\n", "Firma: [firma digital capturada]\n",
            "Coordenadas: ", "%.5f, %.5f" % (GEO[c][0] + rng.uniform(-0.3, 0.3), GEO[c][1] + rng.uniform(-0.3, 0.3)), "\n",
            "Repartidor: ", per(pick(rng, [drv.full(), drv.short(), drv.sfirst()])), " — unidad ", plate(rng, c), "\n",
            "Observaciones: ", pick(rng, ["caja en buen estado", "caja con golpe en una esquina, cliente acepta con reserva",
                                          "se entregó en portería", "cliente revisó contenido frente al repartidor"]), "\n"]
    if rng.random() < 0.4:
        segs += ["Contacto: ", tel(phone(rng, c)), "\n"]
    d = Doc()
    d.add(segs)
    return d


def t_es_factura(rng, c):
    cf = CTRY[c]
    cust, cob = people(rng, c, 2)
    broker = pick(rng, cf["broker"])
    d0 = rdate(rng)
    doc = Doc()
    doc.add(org(broker), "\n", pick(rng, ["FACTURA DE SERVICIOS", "NOTA DE COBRO", "FACTURA"]), " No. ", cid(invoice_ref(rng, c)),
            "\nFecha: ", d_num(d0), "    Vence: ", d_num(plus(d0, 15)), "\n\n")
    if rng.random() < 0.5:
        doc.add("Cliente: ", org(biz(rng, c)), "\nAtención: ", per(cust.full()), "\n")
    else:
        doc.add("Cliente: ", per(cust.full().upper()), "\n")
    doc.add("Cuenta: ", cid(client_ref(rng)), "\nDirección: ", adr(address(rng, c)), "\n",
            "Referencia: ", pick(rng, [DECL[c], "expediente "]), cid(expediente(rng, c)), " / guía ", cid(guia(rng, c)), "\n\n")
    lines = [("Honorarios agente aduanal", 60, 400), ("Almacenaje (%d días)" % rng.randint(2, 12), 10, 120),
             ("Maniobras y revisión previa", 15, 90), ("Flete aéreo Miami", 40, 300), ("Seguro de carga", 5, 40),
             ("Gestión de permiso sanitario", 30, 150)]
    rng.shuffle(lines)
    doc.add("Concepto\tImporte\n")
    mult = 1000 if c in ("CO", "PY", "CL") else (10 if c in ("MX", "DO", "CU") else 1)
    tot = 0
    for nm, lo, hi in lines[:rng.randint(3, 5)]:
        v = rng.randint(lo, hi) * mult + (0 if mult > 1 else pick(rng, [0, 0.5, 0.9]))
        tot += v
        doc.add(nm, "\t", fmt_money(c, v), "\n")
    if c == "MX":
        doc.add("IVA 16%\t", fmt_money(c, round(tot * 0.16, 2)), "\n")
        tot = round(tot * 1.16, 2)
    doc.add("TOTAL\t", fmt_money(c, tot), "\n\n")
    if c in ("DO", "GT"):
        doc.add("Pago por transferencia a ", org(pick(rng, cf["bank"])), ", IBAN ", ibn(do_iban(rng) if c == "DO" else gt_iban(rng)),
                ", a nombre de ", org(broker), dot(broker), "\n")
    else:
        doc.add("Pago por depósito o transferencia a ", org(pick(rng, cf["bank"])), " indicando el número de factura.\n")
    doc.add("Cobranza: ", per(cob.full()), " — ", eml(corp_email(rng, cob, cf["dom"])), " — ", tel(phone(rng, c)), "\n")
    return doc


ES_COURIER = [t_es_rastreo, t_es_retencion, t_es_form, t_es_wa_android, t_es_wa_ios, t_es_hoja_ruta, t_es_cod,
              t_es_reclamo, t_es_crm, t_es_registro, t_es_sms, t_es_buzon, t_es_resenas, t_es_reenviado, t_es_pod,
              t_es_factura]


# ================================================================ templates: courier (en)
def ordn(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def us_address(rng, ml=False):
    sep = "\n" if ml else ", "
    return pick(rng, [
        "%d NW %s Ave%sDoral, FL 331%02d" % (rng.randint(1200, 9800), ordn(rng.randint(20, 99)), sep, rng.randint(10, 99)),
        "%d W %s St, Apt %d%s%sNew York, NY 100%02d" % (rng.randint(100, 600), ordn(rng.randint(14, 99)), rng.randint(1, 20), pick(rng, "ABCDE"), sep, rng.randint(1, 40)),
        "%d Harwin Dr, Suite %d%sHouston, TX 770%02d" % (rng.randint(5000, 9900), rng.randint(100, 400), sep, rng.randint(10, 99)),
        "%d Bergenline Ave%sUnion City, NJ 07087" % (rng.randint(3000, 5999), sep),
        "%d S Broadway%sLos Angeles, CA 900%02d" % (rng.randint(200, 9000), sep, rng.randint(1, 70))])


def us_phone(rng):
    a = pick(rng, ["305", "786", "212", "718", "713", "832", "201", "213", "323"])
    n = str(rng.randint(2, 9)) + digits(rng, 2)
    return wpick(rng, [("(%s) %s-%s" % (a, n, digits(rng, 4)), 3), ("+1 %s %s %s" % (a, n, digits(rng, 4)), 2),
                       ("%s-%s-%s" % (a, n, digits(rng, 4)), 1)])


def shipper(rng):
    """(person, company or None, address, phone, mail key) of an English-speaking shipper."""
    where = wpick(rng, [("US", 4), ("London", 1), ("Birmingham", 1), ("Manchester", 1), ("Glasgow", 1), ("Leicester", 1)])
    p = mkp(rng, "INTL" if where == "US" else where)
    comp = pick(rng, FOREIGN_SHIPPERS) if rng.random() < 0.5 else None
    if where == "US":
        return p, comp, us_address(rng), us_phone(rng), "INTL"
    return p, comp, uk_address(rng, where), phone(rng, where), "UK"


ID_EN = {"MX": "CURP", "GT": "DPI number", "CO": "cédula (C.C.)", "CU": "Cuban ID (carné)", "DO": "cédula",
         "CL": "RUN", "PY": "cédula (C.I.)"}


def t_en_tracking(rng, c):
    cf = CTRY[c]
    sp, comp, sa, sph, mk = shipper(rng)
    ag = mkp(rng, c)
    con = mkp(rng, c) if rng.random() < 0.7 else make_person(rng, "en")
    g = guia(rng, c)
    d0 = rdate(rng)
    se = email_for(rng, sp, mk)
    doc = Doc()
    doc.add("From: ", nm_em(rng, ag, corp_email(rng, ag, cf["dom"]), "full"), "\nSent: ", d_en_long(plus(d0, 1)), " ", rtime(rng),
            "\nTo: ", nm_em(rng, sp, se), "\nSubject: RE: Shipment ", cid(g), " to ", cf["pais"] if c != "DO" else "Dominican Republic", "\n\n")
    ph1, ph2 = pick(rng, [(" cleared customs this morning and is out for delivery with our partner ", "."),
                          (" is currently held pending a valid ID number for the consignee; our local partner ", " will deliver once released.")])
    doc.add("Dear ", title_en(sp, rng), " ", per(sp.surn[-1]), ",\n\n", "Thank you for your patience. Shipment ", cid(g),
            ph1, org(pick(rng, cf["carrier"])), ph2, " The consignee, ", per(con.full()), ", can be reached on ",
            tel(phone(rng, c, mob=True)), " and the delivery address on file is ", adr(address(rng, c)), ".\n\n")
    doc.add("If anything changes please reply quoting the waybill number.\n\nKind regards,\n", per(ag.full()),
            "\nInternational Desk | ", sub_org(c), "\n\n")
    doc.add("-----Original Message-----\nFrom: ", nm_em(rng, sp, se, "full"), "\nSent: ", d_en_long(d0), "\nTo: ",
            eml("international@" + cf["dom"]), "\nSubject: Shipment ", cid(g), "\n\n", pick(rng, ["Hi,", "Hello,", "Good morning,"]),
            " I sent a parcel to ", per(con.first), pick(rng, [" (my mother-in-law)" if con.g == "f" else " (my father-in-law)", " (a client)",
                                                               " (my sister)" if con.g == "f" else " (my brother)", ""]),
            " on ", d_en_short(plus(d0, -9)), " and tracking hasn't moved for a week. ")
    if comp:
        doc.add("We ship with you regularly from ", org(comp), ", account ", cid(client_ref(rng)), ". ")
    doc.add("My address is ", adr(sa), " and my number is ", tel(sph), ".\n\nThanks,\n", per(pick(rng, [sp.first, sp.full()])), "\n")
    return doc


def t_en_hold(rng, c):
    cf = CTRY[c]
    sp, comp, sa, sph, mk = shipper(rng)
    con = mkp(rng, c)
    ag = mkp(rng, c)
    g = guia(rng, c)
    e = expediente(rng, c)
    art, aut = pick(rng, cf["aut"])
    d0 = rdate(rng)
    idl, idv = nat_id(rng, c, con)
    doc = Doc()
    doc.add("CUSTOMS HOLD NOTICE\n", sub_org(c), "\n\nDate: ", d_en_short(d0), "\nWaybill: ", cid(g), "\nCustoms file: ", cid(e), "\n")
    doc.add("Shipper: ", org(comp) if comp else per(sp.full()), "\n", "Shipper address: ", adr(sa), "\n")
    doc.add("Consignee: ", per(con.full()), " (", ID_EN[c], " ", nid(idv), ")\n", "Delivery address: ", adr(address(rng, c)), "\n\n")
    doc.add("Your shipment has been held by ", "the " if art else "", org(aut), " pending the following:\n")
    items = ["- Commercial invoice showing unit values (pro-forma not accepted)",
             "- Signed letter of authorisation from the consignee",
             "- Import permit / sanitary registration for the supplements",
             "- Proof of payment (bank or card statement)",
             "- Consignee's tax status confirmation"]
    rng.shuffle(items)
    doc.add("\n".join(items[:rng.randint(2, 4)]), "\n\n")
    doc.add("Please send the documents to ", eml(corp_email(rng, ag, cf["dom"])), " within ", str(pick(rng, [5, 7, 10])),
            " working days. Storage charges apply from day ", str(pick(rng, [4, 6])), ". For questions call ", per(ag.full()),
            " on ", tel(phone(rng, c)), ".\n")
    if comp:
        doc.add("\ncc: ", per(sp.full()), " <", eml(email_for(rng, sp, mk)), ">\n")
    return doc


def t_en_claim(rng, c):
    cf = CTRY[c]
    sp, comp, sa, sph, mk = shipper(rng)
    con = mkp(rng, c)
    d0 = rdate(rng)
    doc = Doc()
    doc.add(pick(rng, ["LOSS / DAMAGE CLAIM FORM", "Cargo claim form", "CLAIM FOR DAMAGED GOODS"]), " — ", org("Cóndor Express"), "\n\n")
    doc.add("Claim no.: ", cid(claim_ref(rng)), "\nWaybill: ", cid(guia(rng, c)), "\nDate of delivery: ", d_en_short(d0), "\n\n")
    doc.add("CLAIMANT\nName: ", per(sp.full()), "\n")
    if comp:
        doc.add("Company: ", org(comp), "\n")
    doc.add("Address: ", adr(sa), "\nPhone: ", tel(sph), "\nEmail: ", eml(email_for(rng, sp, mk)), "\n\n")
    doc.add("CONSIGNEE\nName: ", per(con.full()), "\nPhone: ", tel(phone(rng, c)), "\nAddress: ", adr(address(rng, c)), "\n\n")
    doc.add("Description of loss: ", pick(rng, ["outer carton crushed, 3 of 12 ceramic mugs broken",
                                                "one of two boxes missing on delivery", "laptop screen cracked, box showed forklift damage",
                                                "liquid damage to clothing, bottle inside had leaked"]), "\n")
    doc.add("Declared value: USD ", str(rng.randint(80, 2400)), "    Amount claimed: USD ", str(rng.randint(50, 900)), "\n")
    if mk == "UK" and rng.random() < 0.8:
        doc.add("Refund to: ", per(sp.full()), ", IBAN ", ibn(gb_iban(rng)), "\n")
    else:
        doc.add("Refund to: original card (ending ", digits(rng, 4), ")\n")
    doc.add("\nInsurer: ", org(pick(rng, cf["ins"])), " — policy ", cid("CRG-%s/%s" % (digits(rng, 5), digits(rng, 2))), "\nHandled by: ",
            per(mkp(rng, c).full()), "\n")
    return doc


def t_en_csv(rng, c):
    cf = CTRY[c]
    comp = pick(rng, FOREIGN_SHIPPERS)
    d0 = rdate(rng)
    doc = Doc()
    doc.add("# export: shipments by account ", cid(client_ref(rng)), " (", org(comp), ") — ", d_num(d0, "-"), "\n")
    doc.add("awb,ship_date,consignee,dest_city,phone,email,status\n")
    for i in range(rng.randint(4, 6)):
        p = mkp(rng, c)
        nm = pick(rng, [p.full(), p.short(), p.sfirst()])
        q = '"' if "," in nm else ""
        st = pick(rng, ["DELIVERED", "IN TRANSIT", "CUSTOMS HOLD", "RETURNED", "OUT FOR DELIVERY"])
        doc.add(cid(guia(rng, c)), ",", d_num(plus(d0, -rng.randint(1, 20)), "-"), ",", q, per(nm), q, ",", pick(rng, cf["city"]), ",",
                tel(phone(rng, c, mob=True)), ",", eml(email_for(rng, p, c)) if rng.random() < 0.7 else "", ",", st, "\n")
    doc.add("# generated by ", per(make_person(rng, "en").initial()), " — contact ", eml("accounts@" + cf["dom"]), "\n")
    return doc


def t_en_whatsapp(rng, c):
    cf = CTRY[c]
    cust = make_person(rng, wpick(rng, [("en", 4), ("ng", 1), ("in", 1), ("pl", 1)]))
    ag = mkp(rng, c)
    g = guia(rng, c)
    d0 = rdate(rng)
    doc = Doc()
    biz_name = "Cóndor Express " + pick(rng, cf["city"])
    h, m = rng.randint(9, 15), rng.randint(0, 30)

    def line(who, *txt):
        nonlocal h, m
        m += rng.randint(1, 7)
        if m > 59:
            h, m = h + 1, m - 60
        doc.add(d_num(d0), ", %02d:%02d - " % (h, m), who, ": ", list(txt), "\n")
    B = org(biz_name)
    Cn = per(pick(rng, [cust.full(), cust.first, cust.short()]))
    line(Cn, "Hi, do you speak English? I have a parcel stuck, waybill ", cid(g))
    line(B, "Hello! Yes, this is ", per(ag.first), ". Let me check for you")
    line(B, "It is held at customs, they need your ", ID_EN[c], " or passport number")
    line(Cn, "I'm a resident, my ", pick(rng, [ID_EN[c], "ID"]), " is ", nid(nat_id(rng, c, cust)[1]))
    if rng.random() < 0.5:
        line(Cn, "Passport is ", nid(uk_passport(rng)), " if that's easier")
    line(B, "Perfect, thank you. Is the delivery address still ", adr(address(rng, c)), "?")
    if rng.random() < 0.35:
        line(Cn, "No, please send it to my office instead: ", adr(address(rng, c)))
    else:
        line(Cn, pick(rng, ["Yes that's right", "Yes, but call my partner first", "Yes 👍"]))
    line(Cn, "You can reach me on ", tel(phone(rng, c, mob=True)), " or email ", eml(email_for(rng, cust, "INTL")))
    line(B, "Noted. Our driver ", per(mkp(rng, c).first), " will call before delivery. Anything else, ", per(cust.first), "?")
    line(Cn, pick(rng, ["No that's all, gracias!", "Great, thanks a lot", "Thank you 🙏"]))
    return doc


def t_en_missed(rng, c):
    cf = CTRY[c]
    con = mkp(rng, c) if rng.random() < 0.6 else make_person(rng, "en")
    drv = mkp(rng, c)
    d0 = rdate(rng)
    doc = Doc()
    segs = ["SORRY WE MISSED YOU\n", cf["sub"], "\n\n", "Waybill: ", cid(guia(rng, c)), "\n", "Date: ", d_en_short(d0), "   Time: ",
            rtime(rng), "\n", "For: ", per(pick(rng, [con.full(), con.short(), con.full().upper()])), "\n",
            "At: ", adr(address(rng, c)), "\n", "Driver: ", per(drv.first), "\n\n",
            pick(rng, ["[x] Nobody home   [ ] Address incomplete   [ ] Refused\n",
                       "[ ] Nobody home   [x] Address incomplete   [ ] Refused\n",
                       "[x] Nobody home   [ ] Address incomplete   [x] Payment (COD) not available\n"]),
            "Amount to pay on delivery: ", pick(rng, ["none", "USD %d" % rng.randint(12, 90), money(rng, c)]), "\n\n",
            "Next attempt: ", d_en_short(plus(d0, 1)), " (9am-1pm)\n",
            "Or collect from our branch: ", adr(address(rng, c)), " with photo ID and this card.\n",
            "Questions: ", tel(phone(rng, c)), " / ", eml("help@" + cf["dom"]), "\n"]
    if rng.random() < 0.6:
        nb = mkp(rng, c)
        segs += ["Note from driver: ", pick(rng, ["neighbour ", "guard ", "shop owner "]), per(nb.first), " said you are back after 6pm.\n"]
    return Doc().add(segs)


def t_en_ops(rng, c):
    cf = CTRY[c]
    staff = people(rng, c, 2)
    sp, comp, sa, sph, mk = shipper(rng)
    con = mkp(rng, c)
    g = guia(rng, c)
    d0 = rdate(rng)
    hs = [s.first.split()[0].lower() for s in staff]
    segs = ["intl desk log — ", cf["pais"].lower(), " — awb ", cid(g), "\n"]
    segs += [d_num(d0)[:5], " ", rtime(rng, 8, 10), " ", per(hs[0]), ": shipper ", per(sp.full()), " called from ", tel(sph),
             ", wants eta. told ", "him" if sp.g == "m" else "her", " customs hold, waiting on consignee id\n"]
    segs += [d_num(d0)[:5], " ", rtime(rng, 10, 13), " ", per(hs[1]), ": called consignee ", per(con.short()), " on ", tel(phone(rng, c, mob=True)),
             ", no answer. whatsapp sent\n"]
    idl, idv = nat_id(rng, c, con)
    segs += [d_num(plus(d0, 1))[:5], " ", rtime(rng, 8, 12), " ", per(hs[1]), ": ", per(con.first), " replied, sent ", idl.lower(), " ",
             nid(idv), ". new addr ", adr(address(rng, c)), "\n"]
    segs += [d_num(plus(d0, 1))[:5], " ", rtime(rng, 13, 18), " ", per(hs[0]), ": docs submitted to broker, file ", cid(expediente(rng, c)),
             ". emailed shipper at ", eml(email_for(rng, sp, mk)), pick(rng, [" w/ update", ", no reply yet", ""]), "\n"]
    if comp:
        segs += [d_num(plus(d0, 2))[:5], " ", rtime(rng, 9, 17), " ", per(hs[0]), ": acct ", cid(client_ref(rng)), " (", org(comp), ") asked for storage fee waiver, escalate to ", per(mkp(rng, c).first), "\n"]
    return Doc().add(low(*segs))


def t_en_invoice(rng, c):
    cf = CTRY[c]
    sp, comp, sa, sph, mk = shipper(rng)
    con = mkp(rng, c)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, c, con)
    doc = Doc()
    doc.add("COMMERCIAL INVOICE\n\nInvoice no.: ", cid(invoice_ref(rng, "EX")), "    Date: ", d_en_short(d0), "\nWaybill: ",
            cid(guia(rng, c)), "    Carrier: ", org("Cóndor Express"), "\n\n")
    doc.add("SHIPPER / EXPORTER\n")
    if comp:
        doc.add(org(comp), "\nAttn: ", per(sp.full()), "\n")
    else:
        doc.add(per(sp.full()), "\n")
    doc.add(adr(sa if rng.random() < 0.5 else sa.replace(", ", "\n")), "\nTel: ", tel(sph), "\n\n")
    doc.add("CONSIGNEE\n", per(con.full().upper() if rng.random() < 0.4 else con.full()), "\n", ID_EN[c], ": ", nid(idv), "\n",
            adr(address(rng, c, ml=True)), "\nTel: ", tel(phone(rng, c)), "\n\n")
    doc.add("Qty  Description                     HS code     Unit USD   Total\n")
    tot = 0
    for desc, hsc in pick(rng, [[("Cotton T-shirts", "6109.10"), ("Denim jeans", "6203.42")],
                                [("Vitamin supplements", "2106.90"), ("Protein powder", "2106.10")],
                                [("Brake pads (used)", "8708.30"), ("Oil filters", "8421.23")],
                                [("Mobile phone", "8517.13"), ("Phone cases", "3926.90")]]):
        q = rng.randint(1, 12)
        u = rng.randint(5, 120)
        tot += q * u
        doc.add("%-4d %-31s %-11s %-10s %d\n" % (q, desc, hsc, "%d.00" % u, q * u))
    doc.add("\nTotal value: USD ", str(tot), ".00   Incoterm: DAP   Reason for export: ", pick(rng, ["gift", "sale", "personal effects"]), "\n")
    doc.add("I declare the above information is true and correct.\nSigned: ", per(sp.full()), "\n")
    return doc


EN_COURIER = [t_en_tracking, t_en_hold, t_en_claim, t_en_csv, t_en_whatsapp, t_en_missed, t_en_ops, t_en_invoice]


# ================================================================ templates: optician / pharmacy (UK, en)
UK = {
    "London": dict(gp=["Green Street Medical Centre", "The Lewisham Medical Practice", "Kilburn Park Surgery",
                       "Ilford Lane Surgery", "Whitechapel Health Centre"],
                   hosp=["Moorfields Eye Hospital", "The Royal London Hospital"], icb="NHS North East London",
                   branch=["Green Street", "Rye Lane", "Kilburn High Road", "Walworth Road"]),
    "Birmingham": dict(gp=["Soho Road Health Centre", "Sparkhill Medical Practice", "Alum Rock Medical Centre",
                           "Bristol Road Surgery"],
                       hosp=["Birmingham and Midland Eye Centre", "Queen Elizabeth Hospital Birmingham"],
                       icb="NHS Birmingham and Solihull ICB", branch=["Soho Road", "Stratford Road", "Ladypool Road"]),
    "Leicester": dict(gp=["Belgrave Medical Centre", "Highfields Surgery", "Rushey Mead Health Centre",
                          "Evington Medical Practice"],
                      hosp=["Leicester Royal Infirmary"], icb="Leicester, Leicestershire and Rutland ICB",
                      branch=["Belgrave Road", "Narborough Road", "Melton Road"]),
    "Manchester": dict(gp=["Rusholme Health Centre", "Longsight Medical Practice", "Cheetham Hill Primary Care Centre",
                           "Hulme Medical Centre"],
                       hosp=["Manchester Royal Eye Hospital"], icb="NHS Greater Manchester",
                       branch=["Wilmslow Road", "Cheetham Hill", "Stockport Road"]),
    "Glasgow": dict(gp=["Govanhill Health Centre", "Partick Medical Practice", "Maryhill Health Centre",
                        "Shawlands Surgery"],
                    hosp=["Gartnavel General Hospital", "Queen Elizabeth University Hospital"],
                    icb="NHS Greater Glasgow and Clyde", branch=["Allison Street", "Dumbarton Road", "Byres Road"]),
}
UK_CITIES = ["London", "Birmingham", "Leicester", "Manchester", "Glasgow"]
UK_SUPPLIERS = ["CooperVision UK Ltd", "Johnson & Johnson Vision Care", "Bausch + Lomb UK Ltd", "Hoya Lens UK Ltd",
                "Essilor Ltd", "Rodenstock UK Ltd", "Alliance Healthcare", "AAH Pharmaceuticals Ltd",
                "Phoenix Medical Supplies Ltd", "Sigma Pharmaceuticals plc", "Norchem Healthcare Ltd",
                "Safilo UK Ltd"]
UK_BANKS = ["Barclays", "HSBC UK", "NatWest", "Lloyds Bank", "Monzo", "Santander UK", "Nationwide",
            "Royal Bank of Scotland", "Bank of Scotland", "Starling Bank"]
UK_DOM = "irishealth.co.uk"
UK_CO = "Iris Eyecare & Pharmacy Ltd"
MEDS = ["Amlodipine 5mg tablets", "Metformin 500mg tablets", "Atorvastatin 20mg tablets", "Ramipril 2.5mg capsules",
        "Salbutamol 100mcg inhaler", "Levothyroxine 50mcg tablets", "Omeprazole 20mg capsules", "Sertraline 50mg tablets",
        "Latanoprost 50mcg/ml eye drops", "Hypromellose 0.3% eye drops", "Gliclazide 80mg tablets", "Lansoprazole 15mg capsules"]


def branch(rng, city):
    return "Iris " + pick(rng, UK[city]["branch"])


def patient_ref(rng):
    return wpick(rng, [("PT-%s" % digits(rng, 7), 3), ("IRS%s" % digits(rng, 6), 2), ("%s-%s" % (digits(rng, 3), digits(rng, 5)), 1)])


def booking_ref(rng, city):
    return wpick(rng, [("%s-BK-%s" % (city[:3].upper(), digits(rng, 6)), 3), ("BK%s" % digits(rng, 7), 2),
                       ("APT/%s/%s" % (digits(rng, 2), digits(rng, 4)), 1)])


def sig_uk(rng, p, city, role):
    out = ["\n", per(pick(rng, [p.full(), p.short()])), "\n", role, "\n", org(branch(rng, city)), " | ", org(UK_CO), "\n"]
    if rng.random() < 0.7:
        out += ["T: ", tel(phone(rng, city, land=True)), "\n"]
    if rng.random() < 0.5:
        out += ["E: ", eml(corp_email(rng, p, UK_DOM)), "\n"]
    return out


def t_uk_booking(rng, city):
    pt, st = people(rng, city, 2)
    d0 = rdate(rng)
    bk = booking_ref(rng, city)
    pe = email_for(rng, pt, "UK")
    doc = Doc()
    doc.add("From: ", nm_em(rng, pt, pe), "\nSent: ", d_en_long(plus(d0, 1)), " ", rtime(rng), "\nTo: ",
            eml(ascii_low(city) + "@" + UK_DOM), "\nSubject: RE: Your eye test booking ", cid(bk), "\n\n")
    doc.add(pick(rng, ["Hi,", "Hello,", "Dear Sir/Madam,"]), " can I move this to ", pick(rng, ["the Saturday", "next week", "any morning"]),
            "? ", pick(rng, ["I've got a hospital appointment at ", "My son has a check-up at ", "I'm on a course that day near "]),
            org(pick(rng, UK[city]["hosp"])), ". Also I think my mobile on your system is wrong, it should be ", tel(phone(rng, city, mob=True)),
            ".\n\n", pick(rng, ["Thanks", "Many thanks", "Cheers"]), "\n", per(pick(rng, [pt.first, pt.full(), pt.nick(rng)])), "\n\n")
    doc.add("> On ", d_en_short(d0), ", ", org(branch(rng, city)), " <", eml("noreply@" + UK_DOM), "> wrote:\n")
    doc.add("> Dear ", per(pt.first), ",\n> Your NHS eye test is booked for ", d_en_short(plus(d0, rng.randint(5, 20))), " at ", rtime(rng, 9, 17),
            " with ", pick(rng, ["optometrist ", "our optometrist ", ""]), per(st.full()), ".\n")
    doc.add("> Booking ref: ", cid(bk), "\n> Patient no.: ", cid(patient_ref(rng)), "\n")
    doc.add("> Branch: ", adr(uk_address(rng, city)), "\n")
    doc.add("> Please bring your current glasses, a list of medication and proof of entitlement (e.g. HC2 certificate or "
            "benefit letter). To change your appointment call ", tel(phone(rng, city, land=True)), ".\n")
    return doc


def t_uk_sms(rng, city):
    d0 = rdate(rng)
    br = branch(rng, city)
    doc = Doc()
    doc.add("SMS outbox — ", org(br), " — ", d_num(d0), "\n")
    h, m = 9, rng.randint(0, 20)
    for i in range(rng.randint(4, 6)):
        p = mkp(rng, city)
        ph = phone(rng, city, mob=True)
        m += rng.randint(2, 15)
        if m > 59:
            h, m = h + 1, m - 60
        msg = pick(rng, [["Hi ", per(p.first), ", your prescription is ready to collect from ", org(br), ". Ref ", cid("RX" + digits(rng, 6)),
                          ". Please bring your exemption card if you have one."],
                         ["Dear ", title_en(p, rng), " ", per(p.surn[-1]), ", your new glasses are ready. Order ", cid("ORD-" + digits(rng, 6)), "."],
                         ["Reminder: ", per(p.first), ", eye test tomorrow ", rtime(rng, 9, 17), ". Reply C to cancel. Ref ", cid(booking_ref(rng, city))],
                         ["Your contact lenses (plan ", cid("CLP-" + digits(rng, 6)), ") have been dispatched with ", org(pick(rng, ["Royal Mail", "DPD", "Evri"])), "."]])
        doc.add("%02d:%02d" % (h, m), "  ", tel(ph), "  ", msg, "\n")
        if rng.random() < 0.4:
            rep = pick(rng, [["C"], ["can my husband ", per(mkp(rng, city, "m").first), " pick it up?"], ["thank you x"],
                             ["wrong number, this is not ", per(p.first)], ["is it paid? I have HC2"]])
            doc.add("%02d:%02d" % (h, min(59, m + 3)), "  ", tel(ph), "  [reply] ", rep, "\n")
    return doc


def t_uk_repeat(rng, city):
    pt = mkp(rng, city)
    car = mkp(rng, city)
    d0 = rdate(rng)
    doc = Doc()
    doc.add("ONLINE REPEAT PRESCRIPTION REQUEST\nSubmitted: ", d_num(d0), " ", rtime(rng), "   Request ID: ", cid("RPT-" + digits(rng, 6)), "\n\n")
    doc.add("Patient name: ", per(pt.full()), "\nDate of birth: ", "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 1995)),
            "\nNHS number: ", nid(nhs_number(rng)), "\nAddress: ", adr(uk_address(rng, city)), "\nMobile: ", tel(phone(rng, city, mob=True)),
            "\nEmail: ", eml(email_for(rng, pt, "UK")), "\nGP practice: ", org(pick(rng, UK[city]["gp"])), "\n\n")
    doc.add("Items requested:\n")
    ms = MEDS[:]
    rng.shuffle(ms)
    for mname in ms[:rng.randint(2, 4)]:
        doc.add("  [x] ", mname, "\n")
    doc.add("\nCollection or delivery: ", pick(rng, ["Collect from ", "Deliver — "]), org(branch(rng, city)), "\n")
    doc.add("Exemption: ", pick(rng, ["aged 60 or over", "medical exemption certificate", "Universal Credit", "pays — prepayment certificate"]), "\n")
    rel = pick(rng, ["daughter " if car.g == "f" else "son ", "neighbour ", "carer "])
    doc.add("Someone else collecting? ", pick(rng, ["Yes — my ", "Yes, "]), rel, per(car.full()), "\n")
    doc.add("Notes: ", pick(rng, ["ran out of eye drops last week, please hurry", "same as last month", "dr said to increase dose, check with surgery",
                                  "I'm away from the 12th"]), "\n")
    if rng.random() < 0.5:
        doc.add("\n[staff] checked by ", per(mkp(rng, city).initial()), ", sent to surgery via EPS\n")
    return doc


def t_uk_cl_sub(rng, city):
    pt = mkp(rng, city)
    d0 = rdate(rng)
    doc = Doc()
    doc.add(org(UK_CO), "\nCONTACT LENS PLAN — DIRECT DEBIT INSTRUCTION\n\n")
    doc.add("Plan number: ", cid("CLP-" + digits(rng, 6)), "\nPatient: ", per(pt.full()), "   Patient no. ", cid(patient_ref(rng)), "\n")
    doc.add("Address: ", adr(uk_address(rng, city, ml=rng.random() < 0.4)), "\nPhone: ", tel(phone(rng, city)), "\nEmail: ", eml(email_for(rng, pt, "UK")), "\n\n")
    doc.add("Lenses: ", pick(rng, ["MyDay daily", "Acuvue Oasys 1-Day", "Dailies Total1", "Biofinity Toric"]), ", ",
            pick(rng, ["90-day", "6-month", "monthly"]), " supply\nMonthly fee: £", str(rng.randint(12, 39)), ".", pick(rng, ["00", "50", "99"]),
            " (includes aftercare with ", org(branch(rng, city)), ")\n\n")
    ah = pt if rng.random() < 0.7 else mkp(rng, city)
    doc.add("Account holder: ", per(ah.full()), "\nBank: ", org(pick(rng, UK_BANKS)), "\nIBAN: ", ibn(gb_iban(rng)), "\n")
    doc.add("Service user number: ", digits(rng, 6), "   Reference: ", cid("IRIS" + digits(rng, 8)), "\n\n")
    doc.add("Instruction to your bank: please pay ", org(UK_CO), " Direct Debits from the account detailed in this instruction subject "
            "to the safeguards assured by the Direct Debit Guarantee.\n\nSigned: ", per(ah.full()), "    Date: ", d_num(d0), "\n")
    return doc


def t_uk_complaint(rng, city):
    pt, mgr, st = people(rng, city, 3)
    d0 = rdate(rng)
    doc = Doc()
    doc.add("From: ", nm_em(rng, mgr, corp_email(rng, mgr, UK_DOM), "full"), "\nTo: ", nm_em(rng, pt, email_for(rng, pt, "UK")),
            "\nDate: ", d_en_long(plus(d0, 3)), "\nSubject: Your complaint ", cid("CMP-" + digits(rng, 5)), "\n\n")
    doc.add("Dear ", title_en(pt, rng), " ", per(pt.surn[-1]), ",\n\nThank you for taking the time to write to us. I have spoken to ", per(st.first),
            " and looked at the records for order ", cid("ORD-" + digits(rng, 6)), ". ", pick(rng, [
                "You are right that the varifocals were made up with the wrong PD, and we will remake them free of charge.",
                "I am sorry that you waited over an hour for your prescription; we were short-staffed that afternoon.",
                "I apologise that your NHS voucher was not applied at the till; a refund of £39.00 has been issued."]),
            *([[" As requested, the refund for the frames will go to the account you gave us (IBAN ", ibn(gb_iban(rng)), ")."]]
              if rng.random() < 0.4 else []),
            "\n\nIf you are not satisfied with this response you can contact ", org(pick(rng, ["NHS England", UK[city]["icb"], "the Optical Consumer Complaints Service"])),
            ".\n\nYours sincerely,\n", per(mgr.full()), "\nBranch Manager, ", org(branch(rng, city)), "\n\n")
    doc.add("-----Original message-----\n", pick(rng, ["I am writing to complain about ", "I want to make a formal complaint about "]),
            pick(rng, ["my visit on ", "my glasses collected on "]), d_en_short(d0), ". The member of staff (I think ", "her" if st.g == "f" else "his", " name was ", per(st.first),
            ") was rude and ", pick(rng, ["told me to come back tomorrow", "would not listen", "charged me twice"]), ". I have been a customer for ",
            str(rng.randint(3, 15)), " years. My details: ", per(pt.full()), ", ", adr(uk_address(rng, city)), ", tel ", tel(phone(rng, city)), ".\n")
    return doc


def t_uk_shift_wa(rng, city):
    staff = people(rng, city, 4)
    d0 = rdate(rng)
    doc = Doc()
    hh, mm = rng.randint(7, 20), rng.randint(0, 20)
    nm = [per(pick(rng, [p.first, p.short(), p.first + " " + p.surn[0][0] + "."])) for p in staff]

    def line(i, *txt):
        nonlocal hh, mm
        mm += rng.randint(1, 9)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        doc.add("[", d_num(d0), ", %02d:%02d:%02d] " % (hh, mm, rng.randint(0, 59)), nm[i], ": ", list(txt), "\n")
    doc.add("[", d_num(d0), ", %02d:%02d:00] " % (hh, mm), org(branch(rng, city)), " staff 👓💊: ", per(staff[0].first), " created group\n")
    line(1, "Can anyone swap Saturday ", str(rng.randint(1, 28)), "th? I've got a family thing 🙏")
    line(2, "I can do Sat if you take my Tuesday late (till 8)")
    line(1, "Deal! Thanks ", per(staff[2].first), " ❤️")
    line(0, "Fine by me but make sure there's a pharmacist on. ", per(mkp(rng, city).first), " from ", org(branch(rng, city)), " can cover the morning")
    rep = mkp(rng, city)
    line(3, "Also reminder the ", org(pick(rng, UK_SUPPLIERS)), " rep comes Thursday 10am, ", per(rep.full()), ", ", "her" if rep.g == "f" else "his", " number is ",
         tel(phone(rng, city, mob=True)))
    line(2, pick(rng, ["👍", "ok", "noted"]))
    line(0, "I'll update the rota. ", per(staff[1].first), " please put it on the swap sheet too")
    return doc


def uk_dl(rng, p):
    sur = re.sub(r"[^A-Z]", "", strip_accents(_core_word(p.surn[-1])).upper())[:5].ljust(5, "9")
    y = rng.randint(1950, 2002)
    m = rng.randint(1, 12) + (50 if p.g == "f" else 0)
    ini = "".join(w[0] for w in " ".join(p.given).replace("-", " ").split() if w[0].isalpha()).upper()
    ini = strip_accents(ini)[:2].ljust(2, "9")
    s = "%s%d%02d%02d%d%s9%s%s" % (sur, (y // 10) % 10, m, rng.randint(1, 28), y % 10, ini,
                                    pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ"), pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ"))
    return wpick(rng, [(s, 3), (s[:5] + " " + s[5:11] + " " + s[11:], 1)])


def chi_number(rng):
    while True:
        dob = "%02d%02d%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 99))
        d = [int(x) for x in dob + digits(rng, 3)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


def t_uk_rota(rng, city):
    staff = people(rng, city, rng.randint(5, 7))
    d0 = rdate(rng)
    mon = plus(d0, -d0.weekday())
    br = branch(rng, city)
    doc = Doc()
    doc.add(up(org(br)), " — STAFF ROTA w/c ", d_num(mon), "\n")
    doc.add("Name\tRole\tMon\tTue\tWed\tThu\tFri\tSat\n")
    roles = ["Optometrist", "Pharmacist", "Dispensing Optician", "Pharmacy Technician", "Optical Assistant", "Counter Assistant",
             "Pre-reg Pharmacist", "Delivery Driver"]
    rng.shuffle(roles)
    for i, p in enumerate(staff):
        nm = pick(rng, [p.last().upper() + ", " + p.first, p.sfirst(), p.surn[-1] + " " + p.first[0] + "."])
        sh = [pick(rng, ["9-5:30", "9-1", "1-8", "OFF", "8:30-5", "10-6", "AL", "OFF"]) for _ in range(6)]
        doc.add(per(nm), "\t", roles[i % len(roles)], "\t", "\t".join(sh), "\n")
    loc = mkp(rng, city)
    doc.add("\nLocum cover Wed: ", per(loc.full()), " via ", org(pick(rng, ["Locate a Locum", "Team Locum Ltd", "Optical Locums UK"])), "\n")
    mg = staff[0]
    doc.add("Manager on call: ", per(mg.first), " ", tel(phone(rng, city, mob=True)), "\n")
    doc.add("Swaps must be agreed with ", per(pick(rng, [mg.first, mg.short()])), " and written on the sheet. AL = annual leave.\n")
    return doc


def t_uk_supplier(rng, city):
    st, rep = people(rng, city, 2)
    sup = pick(rng, UK_SUPPLIERS)
    sdom = ascii_low(sup.split()[0]) + ".co.uk"
    d0 = rdate(rng)
    po = "PO-%s-%s" % (city[:3].upper(), digits(rng, 5))
    acct = "%s%s" % (pick(rng, ["IRI", "A", "CUST"]), digits(rng, 6))
    doc = Doc()
    doc.add("From: ", nm_em(rng, st, corp_email(rng, st, UK_DOM), "full"), "\nTo: ", eml("orders@" + sdom), "\nCc: ", nm_em(rng, rep, corp_email(rng, rep, sdom), "short"),
            "\nDate: ", d_en_short(d0), " ", rtime(rng), "\nSubject: Order ", cid(po), " — account ", cid(acct), "\n\n")
    doc.add("Hi ", per(rep.first), ",\n\nPlease can you send the following to ", org(branch(rng, city)), ", ", adr(uk_address(rng, city)), ":\n\n")
    items = [("Biofinity toric -2.25/-0.75x180", "6 boxes"), ("MyDay -1.50", "12 x 90pk"), ("Hoya 1.6 SV blanks", "20 pairs"),
             ("Hypromellose 0.3% 10ml", "24"), ("Blue-light lens cloths", "200"), ("Amlodipine 5mg 28", "30 packs"),
             ("Sodium chloride 0.9% minims", "5 boxes"), ("Frame repair kits", "10")]
    rng.shuffle(items)
    for a, b in items[:rng.randint(3, 5)]:
        doc.add("  - ", a, " — ", b, "\n")
    doc.add("\nOur account number is ", cid(acct), " and the PO is ", cid(po), ". ", pick(rng, [
        "Last delivery came with two boxes damaged — credit note still outstanding on invoice ",
        "Please don't send substitutes without asking. Invoice query on ",
        "Could you also chase the back order from invoice "]), cid("INV" + digits(rng, 7)), ".\n")
    doc.add("Goods in is open 9-4, ask for ", per(mkp(rng, city).first), " if I'm not in.\n\nThanks,", sig_uk(rng, st, city, pick(rng, ["Dispensing Optician", "Pharmacy Technician", "Branch Manager"])))
    return doc


def t_uk_gos(rng, city):
    pt = mkp(rng, city)
    ben = mkp(rng, city) if rng.random() < 0.5 else pt
    optom = mkp(rng, city)
    d0 = rdate(rng)
    scot = city == "Glasgow"
    segs = [("NHS SCOTLAND — EYE EXAMINATION AND VOUCHER CLAIM\n" if scot else "GOS1 — NHS SIGHT TEST — PATIENT'S DECLARATION\n"),
            "CONTRACTOR: ", org(UK_CO), " (", org(branch(rng, city)), ")\n\n",
            "SURNAME: ", per(pt.last()), "   FIRST NAME(S): ", per(pt.givens()), "\n",
            "ADDRESS: ", adr(uk_address(rng, city)), "\n",
            "DATE OF BIRTH: ", "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2015)), "\n",
            ("CHI NUMBER: " if scot else "NHS NUMBER: "), nid(chi_number(rng) if scot else nhs_number(rng)), "\n\n",
            "ELIGIBILITY (TICK ONE):\n",
            pick(rng, ["[X] UNIVERSAL CREDIT  [ ] PENSION CREDIT GUARANTEE  [ ] HC2\n",
                       "[ ] UNIVERSAL CREDIT  [X] PENSION CREDIT GUARANTEE  [ ] HC2\n",
                       "[ ] UNIVERSAL CREDIT  [ ] INCOME SUPPORT  [X] INCOME-BASED JSA\n"]),
            "NAME OF PERSON RECEIVING BENEFIT: ", per(ben.full()), "\n",
            "THEIR NATIONAL INSURANCE NUMBER: ", nid(ni_number(rng)), "\n\n",
            "I DECLARE THAT THE INFORMATION I HAVE GIVEN IS CORRECT AND COMPLETE.\n",
            "SIGNED: ", per(pt.full()), "   DATE: ", d_num(d0), "\n\n",
            "PERFORMER: ", per(optom.full()), "   TEST DATE: ", d_num(d0), "\n",
            "CLAIM REF: ", cid("GOS-%s-%s" % (digits(rng, 4), digits(rng, 5))), "\n"]
    return Doc().add(up(*segs))


def t_uk_reviews(rng, city):
    br = branch(rng, city)
    mgr = mkp(rng, city)
    doc = Doc()
    doc.add(pick(rng, ["Google reviews — ", "Trustpilot — "]), org(br), " (", "%.1f" % rng.uniform(3.2, 4.8), "★, ", str(rng.randint(60, 700)), " reviews)\n\n")
    for i in range(rng.randint(3, 4)):
        p = mkp(rng, city)
        s = mkp(rng, city)
        stars = rng.randint(1, 5)
        hn = pick(rng, [p.handle(rng), p.full(), p.short()])
        doc.add("★" * stars + "☆" * (5 - stars), " ", per(hn), " · ", pick(rng, ["Local Guide · ", ""]), pick(rng, ["2 weeks ago", "a month ago", "3 days ago", "5 months ago"]), "\n")
        if stars >= 4:
            doc.add(pick(rng, ["Lovely staff. ", "Quick and friendly. ", "Brilliant with my mum who has dementia. "]),
                    pick(rng, ["The optometrist ", "", "Pharmacist "]), per(pick(rng, [s.first, s.full()])),
                    pick(rng, [" explained everything.", " sorted my prescription the same day.", " was really patient with my kids."]), "\n\n")
        else:
            doc.add(pick(rng, ["Waited 40 minutes for a prescription that was supposedly ready. ", "Glasses came back wrong twice. ",
                               "Nobody answers the phone. "]), pick(rng, ["Asked for ", "Spoke to "]), per(s.first), pick(rng, [", no help at all.", " who just shrugged."]), "\n")
            if rng.random() < 0.7:
                doc.add("Response from the owner: Hi ", per(p.first), ", sorry to hear this. Please email ", eml(ascii_low(city) + "@" + UK_DOM),
                        " or call ", tel(phone(rng, city, land=True)), " and ask for me. ", per(mgr.first), ", Branch Manager\n\n")
            else:
                doc.add("\n")
    return doc


def t_uk_crm(rng, city):
    pt = mkp(rng, city)
    rel = mkp(rng, city)
    sts = people(rng, city, 2)
    ini = ["".join(w[0] for w in (s.first.split()[0], _core_word(s.surn[-1]))).lower() for s in sts]
    d0 = rdate(rng)
    segs = ["patient record ", cid(patient_ref(rng)), " — ", per(pt.full()), "\n"]
    segs += [d_num(d0)[:5], " ", rtime(rng, 9, 12), " ", per(ini[0]), ": pt called re glasses not ready, order ", cid("ORD-" + digits(rng, 6)),
             " delayed at ", org(pick(rng, ["Hoya", "Essilor", "Rodenstock"])), " lab. offered loan frames, pt not happy\n"]
    rw = pick(rng, ["daughter" if rel.g == "f" else "son", "wife" if rel.g == "f" else "husband", "carer"])
    segs += [d_num(d0)[:5], " ", rtime(rng, 13, 17), " ", per(ini[1]), ": spoke to ", rw, " ", per(rel.first), " (", tel(phone(rng, city, mob=True)),
             "), ok to collect on behalf, consent on file\n"]
    segs += [d_num(plus(d0, 1))[:5], " ", rtime(rng, 9, 12), " ", per(ini[0]), ": nhs no ", nid(nhs_number(rng)), " checked on pds, address updated to ",
             adr(uk_address(rng, city)), "\n"]
    segs += [d_num(plus(d0, 2))[:5], " ", rtime(rng, 9, 17), " ", per(ini[1]), ": ", pick(rng, [
        "collected by " + "@", "pt collected, paid balance", "referral letter sent to " + "#"]), "\n"]
    last = segs[-2]
    if "@" in last:
        segs[-2] = ["collected by ", per(rel.first), " — id checked"]
    elif "#" in last:
        segs[-2] = ["referral letter sent to ", org(pick(rng, UK[city]["hosp"])), ", copy to ", org(pick(rng, UK[city]["gp"]))]
    segs += ["email on file: ", eml(email_for(rng, pt, "UK")), "\n"]
    if rng.random() < 0.4:
        segs += ["dd for cl plan moved to new bank, iban ", ibn(gb_iban(rng)), ", mandate ref ", cid("IRIS" + digits(rng, 8)), "\n"]
    return Doc().add(low(*segs))


def t_uk_voicemail(rng, city):
    p = mkp(rng, city)
    mum = mkp(rng, city, "f")
    d0 = rdate(rng)
    ph = phone(rng, city, mob=True)
    doc = Doc()
    doc.add("Voicemail — ", org(branch(rng, city)), " pharmacy line\nReceived: ", d_en_short(d0), " ", rtime(rng), "  From: ", tel(ph), "  Length: 0:",
            str(rng.randint(30, 59)), "\n\n")
    doc.add("\"", pick(rng, ["Hiya", "Hello, hi", "Yeah hi, good morning", "Hello there"]), ", it's ", per(pick(rng, [p.full(), p.first])),
            ", I'm calling about my mum's prescription, ", per(mum.full()), pick(rng, [", she's", ", um, she's"]), " with ", org(pick(rng, UK[city]["gp"])),
            ". Her NHS number is ", nid(nhs_number(rng)), ". ", pick(rng, [
                "The surgery said they sent it over on Monday but the app says it's not been received. ",
                "She's run out of her eye drops and she's in a lot of discomfort. ",
                "We were told it'd be delivered but nobody came. "]),
            "Her address is ", adr(uk_address(rng, city)), ". Can someone call me back on ", tel(phone(rng, city, mob=True)),
            pick(rng, [", or my brother ", ", or her neighbour "]), per(mkp(rng, city, "m").first), pick(rng, [" has a key. ", " can collect. "]),
            "Thanks, bye.\"\n\n")
    doc.add("Actioned by: ", per(mkp(rng, city).initial()), " — ", pick(rng, ["called back, left message", "chased surgery", "delivery rebooked"]), "\n")
    return doc


def t_uk_appts(rng, city):
    d0 = rdate(rng)
    opts = people(rng, city, 2)
    doc = Doc()
    doc.add("appointment_id,date,time,patient,patient_no,type,optom,phone,status\n")
    for i in range(rng.randint(5, 7)):
        p = mkp(rng, city)
        nm = pick(rng, [p.full(), p.sfirst(), p.short()])
        q = '"' if "," in nm else ""
        o = pick(rng, opts)
        doc.add(cid(booking_ref(rng, city)), ",", d_num(d0, "-"), ",", rtime(rng, 9, 17), ",", q, per(nm), q, ",", cid(patient_ref(rng)), ",",
                pick(rng, ["NHS sight test", "Private eye exam", "CL aftercare", "Glaucoma repeat", "Kids test", "Dispense"]), ",",
                per(o.short()), ",", tel(phone(rng, city, mob=True)), ",", pick(rng, ["booked", "arrived", "DNA", "cancelled", "completed"]), "\n")
    doc.add("# exported from ", org(branch(rng, city)), " diary by ", per(mkp(rng, city).handle(rng)), "\n")
    return doc


def t_uk_cd(rng, city):
    d0 = rdate(rng)
    br = branch(rng, city)
    ph = people(rng, city, 2)
    doc = Doc()
    doc.add("CONTROLLED DRUG COLLECTION LOG — ", org(br), "\nSchedule 2/3 collections — photo ID must be seen\n\n")
    doc.add("Date\tPatient\tRx ref\tCollected by\tID type\tID number\tIssued by\n")
    for i in range(rng.randint(3, 5)):
        pt = mkp(rng, city)
        same = rng.random() < 0.5
        col = pt if same else mkp(rng, city)
        idt = pick(rng, ["Driving licence", "Passport", "Driving licence"])
        idn = uk_dl(rng, col) if idt == "Driving licence" else uk_passport(rng)
        doc.add(d_num(plus(d0, i)), "\t", per(pick(rng, [pt.full(), pt.sfirst()])), "\t", cid("RX" + digits(rng, 6)), "\t",
                "patient" if same else per(col.full()), "\t", idt, "\t", nid(idn), "\t", per(pick(rng, ph).initial()), "\n")
    doc.add("\nRI pharmacist: ", per(ph[0].full()), "   Checked: ", per(ph[1].full()), "\n")
    return doc


UK_TEMPLATES = [t_uk_booking, t_uk_sms, t_uk_repeat, t_uk_cl_sub, t_uk_complaint, t_uk_shift_wa, t_uk_rota, t_uk_supplier,
                t_uk_gos, t_uk_reviews, t_uk_crm, t_uk_voicemail, t_uk_appts, t_uk_cd]


# ================================================================ templates: optician / pharmacy (Spain, es)
ES_CITIES = {
    "Madrid": ("280", [("el ", "SERMAS"), ("el ", "Servicio Madrileño de Salud")]),
    "Barcelona": ("080", [("el ", "CatSalut"), ("el ", "Servei Català de la Salut")]),
    "Sevilla": ("410", [("el ", "SAS"), ("el ", "Servicio Andaluz de Salud")]),
    "Málaga": ("290", [("el ", "SAS"), ("el ", "Servicio Andaluz de Salud")]),
    "Valencia": ("460", [("la ", "Conselleria de Sanitat"), ("la ", "Conselleria de Sanitat Universal i Salut Pública")]),
    "Bilbao": ("480", [("", "Osakidetza")]),
    "Zaragoza": ("500", [("el ", "Servicio Aragonés de Salud"), ("el ", "SALUD")]),
    "A Coruña": ("150", [("el ", "Sergas"), ("el ", "Servizo Galego de Saúde")]),
}
ES_CITY_LIST = ["Madrid", "Barcelona", "Sevilla", "Málaga", "Valencia", "Bilbao", "Zaragoza", "A Coruña"]
ES_STREETS = {
    "Madrid": ["C/ Alcalá", "Calle de Bravo Murillo", "Paseo de la Castellana", "C/ Doctor Fleming", "Calle de Embajadores", "C/ Illescas"],
    "Barcelona": ["Carrer de Mallorca", "Carrer de Sants", "Via Augusta", "Carrer de Pujades", "Rambla del Raval"],
    "Sevilla": ["C/ Sierpes", "Avda. de la Constitución", "C/ San Jacinto", "Avda. Kansas City"],
    "Málaga": ["C/ Larios", "Avda. de Andalucía", "C/ Carretería", "Paseo de los Tilos"],
    "Valencia": ["Avda. Blasco Ibáñez", "C/ Pintor Sorolla", "C/ de Cuba", "Avda. del Puerto"],
    "Bilbao": ["C/ Uría", "Gran Vía de Don Diego López de Haro", "C/ Autonomía", "C/ San Francisco"],
    "Zaragoza": ["Paseo Independencia", "C/ Delicias", "Avda. de Madrid", "C/ Conde de Aranda"],
    "A Coruña": ["Rúa do Franco", "Ronda de Outeiro", "Rúa Real", "Avda. Finisterre"],
}
ES_DOM = "irisoptica.es"
ES_CO = "Iris Salud Visual S.L."
ES_SUPPLIERS = ["Cofares", "Bidafarma", "Hefame", "Alliance Healthcare España", "Indo Optical S.L.U.", "Prats",
                "Essilor España S.A.", "Hoya Lens Iberia S.A.", "CooperVision Spain", "Bausch + Lomb S.A.", "Conóptica S.L.U."]
ES_BANKS = ["CaixaBank", "BBVA", "Banco Santander", "Banco Sabadell", "Bankinter", "ING", "Unicaja", "Ibercaja", "Kutxabank",
            "Abanca"]
MEDS_ES = ["Omeprazol 20 mg cápsulas", "Enalapril 10 mg comprimidos", "Metformina 850 mg", "Simvastatina 20 mg",
           "Levotiroxina 75 mcg (Eutirox)", "Sintrom 4 mg", "Paracetamol 1 g", "Adiro 100 mg", "Lágrimas artificiales monodosis",
           "Xalatan colirio", "Insulina Lantus SoloStar", "Ventolin inhalador"]


def es_addr(rng, city, ml=False):
    st = pick(rng, ES_STREETS[city])
    piso = pick(rng, [", %dº %s" % (rng.randint(1, 9), pick(rng, "ABCD")), ", bajo", ", %dº izda." % rng.randint(1, 6),
                      ", %dº dcha." % rng.randint(1, 6), ", ático", ""])
    if city == "Barcelona" and rng.random() < 0.6:
        piso = ", %dº %dª" % (rng.randint(1, 6), rng.randint(1, 4))
    sep = "\n" if ml else ", "
    return "%s, %d%s%s%s%02d %s" % (st, rng.randint(1, 240), piso, sep, ES_CITIES[city][0], rng.randint(1, 52), city)


def es_branch(rng, city):
    ws = pick(rng, ES_STREETS[city]).split()[1:]
    while ws and ws[0].lower() in ("de", "del", "la", "los", "las", "do", "da", "dos", "das"):
        ws = ws[1:]
    if len(ws) > 3:
        ws = ws[-3:]
    return "Iris Óptica " + " ".join(ws)


def farmacia(rng, city):
    p = make_person(rng, "es")
    return pick(rng, ["Farmacia Lda. " if p.g == "f" else "Farmacia Ldo. ", "Farmacia "]) + p.full()


def es_person(rng, g=None):
    return mkp(rng, "ES", g)


def t_es2_cita(rng, city):
    pt = es_person(rng)
    op = es_person(rng)
    d0 = rdate(rng)
    bk = "CITA-%s-%s" % (ascii_low(city)[:3].upper(), digits(rng, 5))
    pe = email_for(rng, pt, "ES")
    br = es_branch(rng, city)
    doc = Doc()
    doc.add("De: ", nm_em(rng, pt, pe), "\nEnviado el: ", d_es_long(plus(d0, 1)), " ", rtime(rng), "\nPara: ", eml("citas@" + ES_DOM),
            "\nAsunto: RE: Confirmación de su cita ", cid(bk), "\n\n")
    doc.add(pick(rng, ["Hola buenas,", "Buenos días:", "Hola,"]), " ")
    r = rng.random()
    if r < 0.4:
        m = es_person(rng, "f")
        doc.add("confirmo la cita. Iré con mi madre, ¿le podéis mirar la vista también a ella? Se llama ", per(m.full()), ".")
    elif r < 0.7:
        doc.add("¿la revisión entra con el seguro de ", org(pick(rng, ["Sanitas", "Adeslas", "DKV", "Asisa", "Mapfre Salud"])),
                "? Mi número de póliza es ", cid(digits(rng, 10)), ".")
    else:
        doc.add("no puedo ir ese día, ¿me la podéis cambiar al jueves por la tarde?")
    doc.add(" Mi móvil es ", tel(phone(rng, "ES", mob=True)), ".\n\n", pick(rng, ["Gracias", "Un saludo", "Saludos"]), "\n",
            per(pick(rng, [pt.first, pt.abbrev(rng), pt.nick(rng)])), "\n\n")
    doc.add("El ", d_num(d0), ", a las ", rtime(rng), ", ", org(br), " <", eml("noreply@" + ES_DOM), "> escribió:\n")
    doc.add("> Estimado/a ", per(pt.full()), ":\n> Le confirmamos su cita de revisión visual el ", d_es_long(plus(d0, rng.randint(4, 15))), " a las ",
            rtime(rng, 10, 20), " con ", ("el óptico-optometrista " if op.g == "m" else "la óptica-optometrista "), per(op.full()), ".\n> Localizador: ", cid(bk),
            "\n> Dirección: ", adr(es_addr(rng, city)), "\n> Si necesita cambiarla llame al ", tel(phone(rng, "ES", land=True)),
            " o responda a este correo.\n")
    return doc


def t_es2_wa(rng, city):
    pt = es_person(rng)
    fam = es_person(rng)
    st = es_person(rng)
    far = farmacia(rng, city)
    d0 = rdate(rng)
    dd = d_num(d0)
    h, m = rng.randint(9, 13), rng.randint(0, 30)
    doc = Doc()

    def line(who, *txt):
        nonlocal h, m
        m += rng.randint(1, 12)
        if m > 59:
            h, m = h + 1, m - 60
        doc.add(dd, " %d:%02d - " % (h, m), who, ": ", list(txt), "\n")
    F = org(far)
    P = per(pick(rng, [pt.full(), pt.short(), pt.first]))
    line(P, "Buenos días, ¿tenéis ya el ", pick(rng, MEDS_ES), " que encargué ayer?")
    line(F, "Buenos días ", per(pt.first), ", sí, llegó esta mañana con ", org(pick(rng, ["Cofares", "Bidafarma", "Hefame"])), ". Está a su nombre")
    rw = "mi marido" if fam.g == "m" else pick(rng, ["mi hija", "mi mujer", "mi vecina"])
    line(P, "No puedo ir yo, va ", rw, " ", per(fam.first), ". ¿Necesita algo?")
    idl, idv = nat_id(rng, "ES", fam)
    line(F, "Que traiga la tarjeta sanitaria de usted y su ", idl, ", por favor")
    line(P, "Vale. Su ", idl, " es ", nid(idv), " por si acaso")
    if rng.random() < 0.6:
        kid = mkp(rng, "ES", "m")
        line(P, "Y otra cosa, la graduación de las gafas de ", pick(rng, ["mi hijo ", "mi nieto "]), per(kid.first),
             " la hizo ", per(st.full()), " en otra óptica, ¿os la paso?")
        line(F, "Sí, mándela por aquí o a ", eml("optica." + ascii_low(city)[:6] + "@" + ES_DOM))
    line(F, pick(rng, ["Perfecto, hasta luego 😊", "De acuerdo. Abrimos hasta las 21:30", "Le esperamos"]))
    return doc


def t_es2_renovacion(rng, city):
    pt = es_person(rng)
    d0 = rdate(rng)
    art, sal = pick(rng, ES_CITIES[city][1])
    idl, idv = nat_id(rng, "ES", pt)
    doc = Doc()
    doc.add("Formulario web — Encargo de medicación crónica / renovación de tratamiento\nEnviado: ", d_num(d0), " ", rtime(rng),
            "   Nº solicitud: ", cid("ENC-%s" % digits(rng, 6)), "\n\n")
    doc.add("Nombre y apellidos: ", per(pick(rng, [pt.full(), pt.abbrev(rng)])), "\n", idl, ": ", nid(idv), "\n")
    if rng.random() < 0.5:
        doc.add("Nº afiliación Seguridad Social: ", nid(nuss(rng)), "\n")
    doc.add("Teléfono: ", tel(phone(rng, "ES")), "\nCorreo: ", eml(email_for(rng, pt, "ES")), "\nDomicilio (para envío): ", adr(es_addr(rng, city)), "\n")
    doc.add("Farmacia de recogida: ", org(farmacia(rng, city)), "\n\nMedicamentos:\n")
    ms = MEDS_ES[:]
    rng.shuffle(ms)
    for mm in ms[:rng.randint(2, 4)]:
        doc.add(" - ", mm, "\n")
    k = rng.randint(0, 3)
    doc.add("\nObservaciones: ")
    if k == 0:
        doc.add("La receta electrónica caducó, ya he pedido cita con mi médica de cabecera, la Dra. ", per(es_person(rng, "f").surn[0]), ".\n")
    elif k == 1:
        doc.add("Soy pensionista, aportación del 10%. Recoge mi hijo ", per(es_person(rng, "m").first), ".\n")
    elif k == 2:
        doc.add("Me lo dispensaron mal el mes pasado (me dieron otra marca).\n")
    else:
        doc.add("Paciente de ", art, org(sal), ", el visado de inspección está pendiente.\n")
    doc.add("\n☑ Acepto la política de privacidad de ", org(ES_CO), "\n")
    return doc


def t_es2_sepa(rng, city):
    pt = es_person(rng)
    tit = pt if rng.random() < 0.7 else es_person(rng)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, "ES", tit)
    segs = ["ORDEN DE DOMICILIACIÓN DE ADEUDO DIRECTO SEPA\n", "Referencia de la orden de domiciliación: ", cid("MND-%s-%s" % (digits(rng, 4), digits(rng, 6))), "\n\n",
            "Acreedor: ", org(ES_CO), "\n", "Dirección: ", adr(es_addr(rng, city)), "\n\n",
            "Plan: ", pick(rng, ["Lentillas diarias 6 meses", "Plan Lentes Mensuales", "Suscripción lentillas + líquido"]), " — cuota ",
            str(rng.randint(15, 45)), ",", pick(rng, ["00", "90", "50"]), " €/mes — nº suscripción ", cid("SUS-%s" % digits(rng, 7)), "\n",
            "Usuario/a de las lentes: ", per(pt.full()), "\n\n",
            "Nombre del deudor/titular de la cuenta: ", per(tit.full().upper() if rng.random() < 0.5 else tit.full()), "\n",
            idl, ": ", nid(idv), "\n",
            "Dirección del deudor: ", adr(es_addr(rng, city, ml=rng.random() < 0.3)), "\n",
            "Número de cuenta - IBAN: ", ibn(es_iban(rng)), "\n",
            "Entidad: ", org(pick(rng, ES_BANKS)), "\n",
            "Tipo de pago: recurrente\n", "Fecha - Localidad: ", d_num(d0), " - ", city, "\n",
            "Firma del deudor: ", per(tit.full()), "\n\n",
            "Mediante la firma de esta orden de domiciliación, el deudor autoriza al acreedor a enviar instrucciones a la entidad del "
            "deudor para adeudar su cuenta.\n"]
    return Doc().add(segs)


def t_es2_reclamacion(rng, city):
    pt = es_person(rng)
    st = es_person(rng)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, "ES", pt)
    br = es_branch(rng, city)
    segs = ["HOJA DE RECLAMACIONES — Nº ", cid("HR-%s/%s" % (digits(rng, 5), "26")), "\n\n",
            "DATOS DEL RECLAMANTE\n", "Nombre y apellidos: ", per(pt.full()), "\n", idl, "/PASAPORTE: ", nid(idv), "\n",
            "Domicilio: ", adr(es_addr(rng, city)), "\n", "Teléfono: ", tel(phone(rng, "ES")), "   Email: ", eml(email_for(rng, pt, "ES")), "\n\n",
            "DATOS DEL ESTABLECIMIENTO\n", "Nombre: ", org(br), " (", org(ES_CO), ")\n", "Dirección: ", adr(es_addr(rng, city)), "\n\n",
            "HECHOS: ", pick(rng, [
                "ENCARGUÉ UNAS GAFAS PROGRESIVAS HACE 5 SEMANAS Y TODAVÍA NO ESTÁN. ",
                "ME COBRARON LA REVISIÓN QUE ME DIJERON QUE ERA GRATIS. ",
                "LAS LENTILLAS DE LA SUSCRIPCIÓN LLEGARON CON LA GRADUACIÓN EQUIVOCADA. "]),
            pick(rng, ["ME ATENDIÓ ", "HABLÉ CON "]), per(st.first), pick(rng, [", QUE ME DIJO QUE NO ERA SU PROBLEMA.", " Y NO ME DIO NINGUNA SOLUCIÓN.",
                                                                                 ", QUE SE NEGÓ A DARME LA HOJA AL PRINCIPIO."]), "\n",
            "PRETENSIÓN: ", *([["DEVOLUCIÓN DEL IMPORTE EN LA CUENTA ", ibn(es_iban(rng))]] if rng.random() < 0.5 else
                              [pick(rng, ["DEVOLUCIÓN DEL IMPORTE", "ENTREGA INMEDIATA O ANULACIÓN DEL PEDIDO", "CAMBIO SIN COSTE"])]), "\n\n",
            "Fecha: ", d_num(d0), "   Firma reclamante / Firma y sello establecimiento\n",
            "Atendido por: ", per(es_person(rng).full()), "\n"]
    return Doc().add(up(*segs))


def t_es2_turnos(rng, city):
    staff = [es_person(rng) for _ in range(4)]
    d0 = rdate(rng)
    doc = Doc()
    hh, mm = rng.randint(8, 21), rng.randint(0, 20)
    nm = [per(pick(rng, [p.first, p.nick(rng), p.short()])) for p in staff]

    def line(i, *txt):
        nonlocal hh, mm
        mm += rng.randint(1, 9)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        doc.add("[", d_num(d0, yy=True), ", %d:%02d:%02d] " % (hh, mm, rng.randint(0, 59)), nm[i], ": ", list(txt), "\n")
    line(0, "Chicas/os, ¿alguien me cambia el turno de tarde del sábado? Tengo boda 💒")
    line(1, "Yo te lo hago si tú me coges el lunes de mañana")
    line(0, "Hecho!! Gracias ", per(staff[1].first), " 😘")
    line(2, "Recordad que el sábado tiene que haber un farmacéutico. ", per(es_person(rng).first), " de la ", org(farmacia(rng, city)), " puede venir de 10 a 14")
    line(3, "Ok. Por cierto, ha llamado la comercial de ", org(pick(rng, ES_SUPPLIERS)), ", ", per(es_person(rng, "f").full()), ", que vuelve el jueves. Su móvil ",
         tel(phone(rng, "ES", mob=True)))
    line(2, "Lo apunto en el cuadrante. ", per(staff[0].first), ", firma el cambio en la hoja, que luego la gestoría pregunta")
    line(1, "👍")
    return doc


def t_es2_pedido(rng, city):
    st = es_person(rng)
    rep = es_person(rng)
    sup = pick(rng, ES_SUPPLIERS)
    sdom = ascii_low(sup.split()[0]) + ".es"
    d0 = rdate(rng)
    ped = "PED-%s-%s" % (ascii_low(city)[:3].upper(), digits(rng, 5))
    cli = "%s" % digits(rng, 6)
    doc = Doc()
    doc.add("De: ", nm_em(rng, st, corp_email(rng, st, ES_DOM), "full"), "\nPara: ", eml("pedidos@" + sdom), "\nCC: ", nm_em(rng, rep, corp_email(rng, rep, sdom)),
            "\nFecha: ", d_num(d0), " ", rtime(rng), "\nAsunto: Pedido ", cid(ped), " — nº cliente ", cid(cli), "\n\n")
    doc.add("Hola ", per(rep.first), ":\n\nOs paso el pedido semanal para ", org(es_branch(rng, city)), " (", adr(es_addr(rng, city)), "):\n\n")
    items = [("Lentes Hoya 1.6 monofocal", "10 pares"), ("Dailies Total1 -2.00", "6 cajas"), ("Solución única 360 ml", "24 uds"),
             ("Monturas infantiles surtidas", "15 uds"), ("Colirio lubricante monodosis", "30 cajas"), ("Estuches rígidos", "50 uds"),
             ("Test de antígenos", "40 uds")]
    rng.shuffle(items)
    for a, b in items[:rng.randint(3, 5)]:
        doc.add("  · ", a, " — ", b, "\n")
    doc.add("\nLa factura ", cid("F26-%s" % digits(rng, 5)), pick(rng, [" venía con un abono pendiente.", " tiene un error en el precio de las monodosis.",
                                                                        " ya está pagada."]), " Entrega por la mañana, preguntad por ",
            per(es_person(rng).first), ".\n\nGracias,\n", per(st.full()), "\n",
            (pick(rng, ["Óptica-optometrista", "Técnica de farmacia", "Encargada de tienda"]) if st.g == "f" else
             pick(rng, ["Óptico-optometrista", "Técnico de farmacia", "Encargado de tienda"])),
            " | ", org(ES_CO), "\nTel. ", tel(phone(rng, "ES", land=True)), "\n")
    return doc


GESTORIAS = [("Gestoría Martín & Asociados", "gestoriamartin.es"), ("Asesoría Laboral Pazos S.L.", "asesoriapazos.com"),
             ("Gestoría Administrativa Roca i Casals", "rocaicasals.cat"), ("Asesores Laborales del Sur S.L.", "alsur.es"),
             ("Gestoría Etxeberria", "gestoriaetxeberria.eus")]
MUTUAS = ["Fremap", "Asepeyo", "Ibermutua", "MC Mutual", "Mutua Universal"]


def t_es2_ss(rng, city):
    mg, ge, nw, bj = [es_person(rng) for _ in range(4)]
    gname, gdom = pick(rng, GESTORIAS)
    d0 = rdate(rng)
    idl, idv = nat_id(rng, "ES", nw)
    doc = Doc()
    doc.add("De: ", nm_em(rng, mg, corp_email(rng, mg, ES_DOM), "full"), "\nPara: ", nm_em(rng, ge, corp_email(rng, ge, gdom)),
            "\nEnviado el: ", d_es_long(d0), " ", rtime(rng), "\nAsunto: Alta ", pick(rng, ["trabajadora", "nueva incorporación", "SS"]), " + baja IT ",
            per(bj.first), "\n\n")
    doc.add("Hola ", per(ge.first), ":\n\nTe paso los datos para tramitar el alta en la ", org("Seguridad Social"), " de la nueva incorporación en ",
            org(es_branch(rng, city)), ", que empieza el ", d_num(plus(d0, rng.randint(3, 10))), ":\n\n")
    doc.add("- Nombre: ", per(nw.full()), "\n- ", idl, ": ", nid(idv), "\n- NUSS: ", nid(nuss(rng)), "\n- Domicilio: ", adr(es_addr(rng, city)),
            "\n- Móvil: ", tel(phone(rng, "ES", mob=True)), "\n- IBAN para la nómina: ", ibn(es_iban(rng)), "\n- Puesto: ",
            pick(rng, ["auxiliar de óptica", "técnico/a en farmacia", "óptico-optometrista", "dependiente/a"]), ", ", str(pick(rng, [20, 30, 40])),
            " h/semana, contrato ", pick(rng, ["indefinido", "temporal por sustitución", "fijo discontinuo"]), "\n\n")
    art, sal = pick(rng, ES_CITIES[city][1])
    doc.add("Por otro lado, ", per(bj.full()), " está de baja desde el ", d_num(plus(d0, -2)), " (IT por contingencia común). El parte lo ha emitido ",
            "su médico de cabecera ", "del " if art == "el " else "de " + art, org(sal), " y ya lo tiene ", org(pick(rng, MUTUAS)),
            ". Su NUSS es ", nid(nuss(rng)), ", por si no lo tenéis actualizado.\n\n")
    doc.add("Cualquier cosa me llamas al ", tel(phone(rng, "ES")), ".\n\nUn saludo,\n", per(pick(rng, [mg.first, mg.full(), mg.abbrev(rng)])), "\n",
            org(ES_CO), "\n")
    return doc


def t_es2_resenas(rng, city):
    br = es_branch(rng, city)
    mg = es_person(rng)
    doc = Doc()
    doc.add("Opiniones de Google — ", org(br), " · ", "%.1f" % rng.uniform(3.4, 4.9), " ★ (", str(rng.randint(40, 600)), ")\n\n")
    for i in range(rng.randint(3, 4)):
        p = es_person(rng)
        s = es_person(rng)
        stars = rng.randint(1, 5)
        doc.add(per(pick(rng, [p.handle(rng), p.short(), p.initial()])), " — ", "★" * stars, "☆" * (5 - stars), " — ",
                pick(rng, ["hace una semana", "hace 2 meses", "hace 4 días", "hace un año"]), "\n")
        if stars >= 4:
            doc.add(pick(rng, ["Muy profesionales. ", "Trato de diez. ", "Me hicieron la revisión en 20 minutos. "]),
                    per(pick(rng, [s.first, s.short(), s.nick(rng)])), pick(rng, [" me explicó todo con paciencia.", " nos atendió genial a mi madre y a mí.",
                                                                             " encontró las lentillas que me iban bien."]), "\n\n")
        else:
            doc.add(pick(rng, ["Tardaron un mes en darme las gafas. ", "Me cobraron de más. ", "No cogen el teléfono nunca. "]),
                    pick(rng, ["Pregunté por ", "Me atendió "]), per(s.first), pick(rng, [" y ni caso.", ", muy borde.", " y me mandó a otra tienda."]), "\n")
            if rng.random() < 0.7:
                doc.add("Respuesta del propietario: Hola ", per(p.first), ", sentimos mucho tu experiencia. Escríbenos a ",
                        eml("atencion@" + ES_DOM), " o llámanos al ", tel(phone(rng, "ES", land=True)), " y lo revisamos. ", per(mg.first), ", encargad",
                        "a" if mg.g == "f" else "o", ".\n\n")
            else:
                doc.add("\n")
    return doc


def t_es2_cuadrante(rng, city):
    staff = [es_person(rng) for _ in range(rng.randint(5, 7))]
    d0 = rdate(rng)
    mon = plus(d0, -d0.weekday())
    br = es_branch(rng, city)
    doc = Doc()
    doc.add("CUADRANTE DE TURNOS — ", org(br), " — semana del ", d_num(mon), " al ", d_num(plus(mon, 5)), "\n")
    doc.add("apellidos_nombre;puesto;L;M;X;J;V;S\n")
    roles = ["Óptico-optometrista", "Auxiliar óptica", "Farmacéutica adjunta", "Técnico farmacia", "Audioprotesista", "Dependiente", "Taller"]
    rng.shuffle(roles)
    for i, p in enumerate(staff):
        nm = pick(rng, [p.last().upper() + ", " + p.givens(), p.sfirst(), p.last().upper() + " " + p.first.upper()])
        sh = [pick(rng, ["M", "T", "M", "T", "L", "V", "MT"]) for _ in range(6)]
        doc.add(per(nm), ";", roles[i % len(roles)], ";", ";".join(sh), "\n")
    doc.add("\nM = mañana (9:30-14:00) · T = tarde (16:30-20:30) · L = libre · V = vacaciones\n")
    doc.add("Responsable: ", per(staff[0].abbrev(rng)), " · Móvil de guardia: ", tel(phone(rng, "ES", mob=True)), "\n")
    doc.add("Los cambios se comunican a ", per(staff[0].first), " por escrito. ", per(staff[-1].first), " cubre la farmacia de ", org(farmacia(rng, city)),
            " el sábado.\n")
    return doc


def t_es2_crm(rng, city):
    pt = es_person(rng)
    fam = es_person(rng)
    sts = [es_person(rng) for _ in range(2)]
    ini = [s.first.split()[0].lower()[:4] for s in sts]
    d0 = rdate(rng)
    idl, idv = nat_id(rng, "ES", pt)
    segs = ["ficha cliente ", cid("CLI-%s" % digits(rng, 6)), " · ", per(pt.full()), " · ", idl, " ", nid(idv), "\n"]
    segs += [d_num(d0)[:5], " ", per(ini[0]), ": revision completa, sube miopia od -0.50. presupuesto progresivos ", cid("PRE-%s" % digits(rng, 5)),
             " pendiente aprobar ", org(pick(rng, ["Sanitas", "Adeslas", "DKV", "Asisa"])), "\n"]
    rw = pick(rng, ["hija", "mujer", "vecina"]) if fam.g == "f" else pick(rng, ["hijo", "marido", "yerno"])
    segs += [d_num(plus(d0, 2))[:5], " ", per(ini[1]), ": llama su ", rw, " ", per(fam.first), " (", tel(phone(rng, "ES", mob=True)),
             ") pregunta si ya estan las gafas. le digo q la semana q viene\n"]
    segs += [d_num(plus(d0, 6))[:5], " ", per(ini[0]), ": cambia domicilio a ", adr(es_addr(rng, city)), ", email nuevo ", eml(email_for(rng, pt, "ES")), "\n"]
    if rng.random() < 0.5:
        segs += [d_num(plus(d0, 7))[:5], " ", per(ini[1]), ": nueva cuenta para la domiciliacion de lentillas ", ibn(es_iban(rng)),
                 " (titular ", per(pick(rng, [pt.full(), fam.full()])), ")\n"]
    segs += [d_num(plus(d0, 9))[:5], " ", per(ini[1]), ": entregadas. ", pick(rng, ["pago con tarjeta acabada en " + digits(rng, 4),
                                                                                    "pago bizum", "pendiente 40 eur"]), ". ",
             pick(rng, ["muy contenta", "se queja del precio", "volver en 6 meses"]), "\n"]
    return Doc().add(low(*segs))


def t_es2_buzon(rng, city):
    p = es_person(rng)
    d0 = rdate(rng)
    br = es_branch(rng, city)
    doc = Doc()
    doc.add("Buzón de voz — ", org(br), "\nRecibido: ", d_num(d0), " ", rtime(rng), " · Número: ", tel(phone(rng, "ES", mob=True)), " · 0:",
            str(rng.randint(20, 59)), "\n\nTranscripción:\n")
    idl, idv = nat_id(rng, "ES", p)
    doc.add("\"", pick(rng, ["Hola, buenas", "Sí, hola, buenas tardes", "Buenos días, mire"]), ", soy ", per(pick(rng, [p.full(), p.short()])),
            ", ", pick(rng, ["llamaba por las gafas de mi " + ("marido" if p.g == "f" else "mujer"), "llamo por la receta de mi madre",
                       "es por la suscripción de las lentillas"]),
            pick(rng, [", que me dijeron que estarían el martes y nada. ", ", que me han cobrado dos veces este mes. ", ", que necesito cambiar la cita. "]),
            "Por si lo necesitan, mi ", idl, " es ", nid(idv), ". Me pueden llamar a este número o al fijo, ", tel(phone(rng, "ES", land=True)),
            ". ", pick(rng, ["Pregunten por mí o por ", "Si no estoy, que les atienda "]), per(es_person(rng).first), ". Gracias, adiós.\"\n\n")
    doc.add("Nota: devuelto por ", per(es_person(rng).first), " el ", d_num(plus(d0, 1)), pick(rng, [", sin respuesta.", ", resuelto.", ", se le da cita."]), "\n")
    return doc


ES2_TEMPLATES = [t_es2_cita, t_es2_wa, t_es2_renovacion, t_es2_sepa, t_es2_reclamacion, t_es2_turnos, t_es2_pedido, t_es2_ss,
                 t_es2_resenas, t_es2_cuadrante, t_es2_crm, t_es2_buzon]


# ================================================================ assembly
COUNTRIES = ["MX", "GT", "CO", "CU", "DO", "CL", "PY"]


def _plan():
    es = [(ES_COURIER[i % len(ES_COURIER)], COUNTRIES[i % len(COUNTRIES)]) for i in range(40)]
    es += [(ES2_TEMPLATES[i % len(ES2_TEMPLATES)], ES_CITY_LIST[i % len(ES_CITY_LIST)]) for i in range(20)]
    en = [(EN_COURIER[i % len(EN_COURIER)], COUNTRIES[i % len(COUNTRIES)]) for i in range(18)]
    en += [(UK_TEMPLATES[i % len(UK_TEMPLATES)], UK_CITIES[i % len(UK_CITIES)]) for i in range(42)]
    return en, es


def _build(rng, fn, arg, seen):
    for _ in range(60):
        d = fn(rng, arg)
        t = d.text()
        t2 = t.rstrip()
        spans = sorted(d.spans)
        if spans and spans[-1][1] > len(t2):
            continue
        if 300 <= len(t2) <= 1500 and t2 not in seen:
            return t2, spans
    raise RuntimeError("could not build %s(%s) within length limits" % (fn.__name__, arg))


def generate():
    rng = random.Random(SEED)
    en, es = _plan()
    rng.shuffle(en)
    rng.shuffle(es)
    rows = []
    seen = []
    for lang, plan in (("en", en), ("es", es)):
        for k, (fn, arg) in enumerate(plan):
            t, spans = _build(rng, fn, arg, seen)
            seen.append(t)
            rows.append({"id": "d%s-%s-%03d" % (NN, lang, k), "text": t, "lang": lang,
                         "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in spans]})
    return rows


_TITLE_RE = re.compile(r"^(%s)(\.|\s|$)" % "|".join(sorted(TITLES, key=len, reverse=True)), re.IGNORECASE)


def self_check(rows):
    errs = []
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")
    for lang in ("en", "es"):
        n = sum(1 for r in rows if r["lang"] == lang)
        if n != 60:
            errs.append("%s count %d" % (lang, n))
    for r in rows:
        t = r["text"]
        if list(r.keys()) != ["id", "text", "lang", "spans"]:
            errs.append("%s key order" % r["id"])
        if not (300 <= len(t) <= 1500):
            errs.append("%s length %d" % (r["id"], len(t)))
        prev_end = 0
        prev = None
        for sp in r["spans"]:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            if prev is not None and (s, e) < prev:
                errs.append("%s spans not sorted" % r["id"])
            prev = (s, e)
            if not (0 <= s < e <= len(t)):
                errs.append("%s span out of range %r" % (r["id"], sp))
                continue
            if s < prev_end:
                errs.append("%s overlapping span at %d" % (r["id"], s))
            prev_end = max(prev_end, e)
            v = t[s:e]
            if v != v.strip():
                errs.append("%s whitespace at span edge %r" % (r["id"], v))
            if lab not in LABELS:
                errs.append("%s bad label %s" % (r["id"], lab))
            if lab == "PERSON" and _TITLE_RE.match(v):
                errs.append("%s title inside PERSON %r" % (r["id"], v))
            if lab == "IBAN" and not iban_valid(v):
                errs.append("%s bad IBAN %r" % (r["id"], v))
            if lab == "NATIONAL_ID":
                ok = dni_nie_valid(v)
                if ok is False and not run_valid(v):
                    errs.append("%s bad DNI/NIE %r" % (r["id"], v))
                if re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", v.upper()) and not curp_valid(v.upper()):
                    errs.append("%s bad CURP %r" % (r["id"], v))
    if errs:
        raise SystemExit("self_check failed:\n  " + "\n  ".join(errs[:50]))
    return True


def counts(rows):
    tab = {}
    for r in rows:
        for sp in r["spans"]:
            key = (sp["label"], r["lang"])
            tab[key] = tab.get(key, 0) + 1
    persons = sorted({r["text"][sp["start"]:sp["end"]] for r in rows for sp in r["spans"] if sp["label"] == "PERSON"})
    lines = ["  %-12s %6s %6s %6s" % ("label", "en", "es", "total")]
    for lab in LABELS:
        a, b = tab.get((lab, "en"), 0), tab.get((lab, "es"), 0)
        lines.append("  %-12s %6d %6d %6d" % (lab, a, b, a + b))
    ta = sum(v for (l, g), v in tab.items() if g == "en")
    tb = sum(v for (l, g), v in tab.items() if g == "es")
    lines.append("  %-12s %6d %6d %6d" % ("all spans", ta, tb, ta + tb))
    lines.append("  %-12s %6d %6d %6d" % ("documents", sum(1 for r in rows if r["lang"] == "en"),
                                          sum(1 for r in rows if r["lang"] == "es"), len(rows)))
    lines.append("  distinct PERSON strings: %d" % len(persons))
    return "\n".join(lines)


def main():
    rows = generate()
    self_check(rows)
    print(counts(rows))
    ng = len(sorted({n for k in C for n in C[k]["m"] + C[k]["f"]}))
    ns = len(sorted({n for k in C for n in C[k]["sur"]} | set(CATALAN)))
    print("  name pools: %d given names, %d surnames" % (ng, ns))
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT_PATH))


if __name__ == "__main__":
    main()
