#!/usr/bin/env python3
"""Hand-built labelled PII test set "dev11" (restaurants + car dealership/rental).

Provenance
----------
Built on 2026-12-04 by a separate author (a helper agent) who was given only
the label conventions and the two domains below.  The author read neither the
detector's recognizers nor any of the other labelled sets, and did not run the
detector, so the blind spots of this set should differ from the detector's.

Domains
-------
1. A small restaurant group (Grupo Tres Mareas) with sites in Spain, the UK
   and Peru: table reservations and no-shows, private-event bookings, allergy
   notes, staff rotas and payroll queries, supplier orders and invoices (fish,
   wine, produce), health-inspection visits, customer reviews and complaints,
   gift vouchers.
2. A car dealership and rental/repair business in Spain, Mexico and Ireland:
   service bookings, test drives, finance applications, rental agreements and
   damage reports, insurance claims, fines passed on to drivers, trade-in
   valuations, customer follow-up calls.

Document kinds (both languages)
-------------------------------
E-mails with headers (From/To/Sent/Subject; De/Enviado/Para/Asunto), forwarded
and quoted threads, signatures; WhatsApp exports (Android
"12/03/2026, 10:15 - Name: text" and iOS "[12/03/26, 10:15:02] Name: text");
booking-system / CRM / workshop notes typed fast in lower case with typos and
no accents; CSV, semicolon and tab-separated exports with header rows; ALL-CAPS
forms; staff rotas and reservation lists with surname-first entries; invoices;
Google/TripAdvisor-style reviews with reviewer names and complaints; voicemail
transcripts; SMS logs; formal letters.

Labels
------
PERSON       every mention of a person by name (full, given only, surname after
             a title, nicknames/diminutives, ALL CAPS, lower case,
             "Surname, Given" as one span, e-mail display names, chat senders,
             reviewer handles such as "Carlos M." or "Siobhan_D").  Titles
             (Mr, Ms, Dr, Sr., Sra., D., Dña., Lic., Ing. ...) are outside the
             span.  Names inside business names are part of the ORG instead.
ORG          companies, restaurants, suppliers, dealerships, car makers as
             companies, finance companies, insurers, banks, councils, health
             and traffic authorities, booking platforms; legal suffix inside
             the span when present.
ADDRESS      a postal address as one span (may run over several lines).
CUSTOMER_ID  reservation, customer, account, voucher, invoice, work-order,
             job, rental-agreement, finance-application, claim and fine
             (multa / expediente) references.
PHONE, EMAIL, IBAN (valid mod-97 check digits, with/without spaces)
NATIONAL_ID  Spanish DNI/NIE (valid letter), Peruvian DNI, Mexican CURP/RFC,
             Chilean RUT (valid check digit), Colombian cedula, Dominican
             cedula (valid Luhn digit), Irish PPSN (valid check letter), UK NI
             numbers, driving-licence and passport numbers.

Left unlabelled on purpose: dates, times, amounts, table numbers, towns or
countries on their own, URLs, vehicle registrations, VINs, car models, dish,
drink and product names (Tarta de Santiago, Pisco Sour, Beef Wellington),
pets, card endings.  A person's name inside a business name (Grúas Paco
Romero, Pescadería Don Lucho) is part of the ORG span; a street named after a
person is part of the ADDRESS span.  Company tax numbers (CIF/RUC) are not
emitted at all.

Counts
------
120 documents: 60 English ("en", ids d11-en-000..059) and 60 Spanish ("es",
ids d11-es-000..059, Spain and Latin America: Peru, Mexico, Colombia, Chile,
Dominican Republic).  Each text is 300-1500 characters.  Label counts and the
number of distinct PERSON strings are printed by the self-check when the
script runs.  Figures at build time (also in COUNTS_AT_BUILD below):

    label          en     es   total
    PERSON        485    516    1001
    ORG           188    190     378
    ADDRESS        36     35      71
    CUSTOMER_ID   130    139     269
    PHONE         136    152     288
    EMAIL         111     97     208
    IBAN           13      6      19
    NATIONAL_ID    24     36      60
    all          1123   1171    2294

    distinct PERSON strings: 767; text length 427-1310 (mean 835).
Name pools: 472 given names and 389 surnames (Spanish incl. Basque, Catalan,
Galician; Peruvian incl. Japanese- and Chinese-Peruvian; Mexican, Colombian,
Chilean, Dominican; Irish incl. Irish-language forms; British; Pakistani;
Filipino; Eastern European; West African), about 250 organisation names.

Determinism
-----------
random.Random with SEED = 20261211; one integer seed per document is drawn
from it up front (plus a fixed retry offset when a draft falls outside the
length window).  No set is ever iterated and no hash() is used, so the output
is byte-identical across runs and PYTHONHASHSEED values.  Offsets are recorded
while each text is assembled from segments (Doc class), never by searching.

How to run
----------
From /work/main:  python3 ftwork/pii_eval/make_pii_dev11.py
Writes pii_dev11.jsonl next to this script and prints counts.  generate()
returns the same list of row dicts without writing anything.  Standard
library only.
"""

import json
import os
import random
import sys
import unicodedata

SEED = 20261211
N_PER_LANG = 60
MIN_LEN, MAX_LEN = 300, 1500
COUNTS_AT_BUILD = {"PERSON": (485, 516), "ORG": (188, 190), "ADDRESS": (36, 35),
                   "CUSTOMER_ID": (130, 139), "PHONE": (136, 152), "EMAIL": (111, 97),
                   "IBAN": (13, 6), "NATIONAL_ID": (24, 36), "distinct_person": 767}

LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL",
          "IBAN", "NATIONAL_ID")


# ---------------------------------------------------------------------------
# Document builder: offsets are recorded while the text is assembled.
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self._parts = []
        self._n = 0
        self.spans = []

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                s, label = it
                if not s or s != s.strip():
                    raise ValueError("bad span text %r" % (s,))
                if label not in LABELS:
                    raise ValueError("bad label %r" % (label,))
                if self.spans and self.spans[-1]["end"] >= self._n and self._n > 0:
                    # adjacent spans would be ambiguous; require a separator
                    raise ValueError("adjacent spans at %d" % self._n)
                self.spans.append({"start": self._n,
                                   "end": self._n + len(s),
                                   "label": label})
                self._parts.append(s)
                self._n += len(s)
            else:
                self._parts.append(it)
                self._n += len(it)
        return self

    @property
    def text(self):
        return "".join(self._parts)

    def __len__(self):
        return self._n


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


def E(s):
    return (s, "EMAIL")


def IB(s):
    return (s, "IBAN")


def N(s):
    return (s, "NATIONAL_ID")


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def fold(s):
    """Strip accents (as people typing fast do)."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out).replace("ł", "l").replace("Ł", "L").replace("ø", "o")


def low(s):
    return fold(s).lower()


def digits(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def letters(rng, k, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(k))


def chance(rng, p):
    return rng.random() < p


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------------------
# National IDs with valid check characters
# ---------------------------------------------------------------------------
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng):
    n = rng.randint(10000000, 79999999)
    s = "%08d" % n
    L = DNI_LETTERS[n % 23]
    style = rng.randint(0, 3)
    if style == 0:
        return s + L
    if style == 1:
        return s + "-" + L
    if style == 2:
        return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], L)
    return s + " " + L


def es_nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    v = int(str("XYZ".index(p)) + "%07d" % n)
    L = DNI_LETTERS[v % 23]
    style = rng.randint(0, 2)
    if style == 0:
        return "%s%07d%s" % (p, n, L)
    if style == 1:
        return "%s-%07d-%s" % (p, n, L)
    return "%s %07d %s" % (p, n, L)


def rut_dv(n):
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))


def cl_rut(rng):
    n = rng.randint(6000000, 26999999)
    dv = rut_dv(n)
    style = rng.randint(0, 3)
    if style == 0:
        return "{:,}".format(n).replace(",", ".") + "-" + dv
    if style == 1:
        return "%d-%s" % (n, dv)
    if style == 2:
        return "{:,}".format(n).replace(",", ".") + "-" + dv.lower()
    return "%d%s" % (n, dv)


def pe_dni(rng):
    return "%08d" % rng.randint(10000000, 79999999)


def co_cedula(rng):
    if chance(rng, 0.6):
        n = rng.randint(1000000000, 1152999999)
    else:
        n = rng.randint(10000000, 99999999)
    if chance(rng, 0.5):
        return "{:,}".format(n).replace(",", ".")
    return str(n)


def do_cedula(rng):
    base = rng.choice(["001", "402", "223", "031", "047", "026", "225"]) + digits(rng, 7)
    tot = 0
    for i, ch in enumerate(base):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    chk = (10 - tot % 10) % 10
    if chance(rng, 0.75):
        return "%s-%s-%d" % (base[:3], base[3:], chk)
    return "%s%d" % (base, chk)


PPS_ALPHA = "WABCDEFGHIJKLMNOPQRSTUV"


def ie_ppsn(rng):
    ds = [rng.randint(0, 9) for _ in range(7)]
    second = rng.choice(["", "", "A", "A", "W"])
    tot = sum(d * w for d, w in zip(ds, range(8, 1, -1)))
    if second == "A":
        tot += 9 * 1
    chk = PPS_ALPHA[tot % 23]
    s = "".join(map(str, ds)) + chk + second
    return s if chance(rng, 0.8) else s[:7] + " " + s[7:]


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def uk_ni(rng):
    while True:
        pre = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if pre not in NI_BAD:
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if chance(rng, 0.55):
        return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
    return pre + d + suf


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
PARTICLES = ("de", "del", "la", "las", "los", "y", "De", "Del", "La", "Los")


def _main_word(s):
    words = [w for w in s.replace("-", " ").split() if w not in PARTICLES]
    return fold(words[0]).upper() if words else "X"


def _first_internal(word, vowels=True):
    for ch in word[1:]:
        if (ch in "AEIOU") == vowels and ch.isalpha():
            return ch
    return "X"


def mx_curp(rng, given, sur1, sur2, female, year=None):
    s1, s2 = _main_word(sur1), (_main_word(sur2) if sur2 else "X")
    gw = [w for w in given.split() if w not in PARTICLES]
    if len(gw) > 1 and gw[0] in ("José", "María", "Ma.", "J."):
        g = fold(gw[1]).upper()
    else:
        g = fold(gw[0]).upper()
    year = year or rng.randint(1962, 2004)
    head = s1[0] + _first_internal(s1, True) + s2[0] + g[0]
    date = "%02d%02d%02d" % (year % 100, rng.randint(1, 12), rng.randint(1, 28))
    state = rng.choice(["DF", "JC", "NL", "PL", "GT", "MC", "VZ", "YN", "QT",
                        "CH", "SL", "BC", "OC", "MN"])
    cons = (_first_internal(s1, False) + _first_internal(s2, False)
            + _first_internal(g, False))
    homo = str(rng.randint(0, 9)) if year < 2000 else rng.choice("ABCD")
    s17 = head + date + ("M" if female else "H") + state + cons + homo
    tot = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(s17))
    return s17 + str((10 - tot % 10) % 10), year


def mx_rfc(rng, curp):
    return curp[:10] + letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + str(rng.randint(0, 9))


def uk_licence(rng, surname, given, female):
    sw = "".join(ch for ch in fold(surname).upper() if ch.isalpha())
    if sw.startswith("MAC"):
        sw = "MC" + sw[3:]
    sw = (sw + "99999")[:5]
    y = rng.randint(1958, 2003)
    m = rng.randint(1, 12) + (50 if female else 0)
    ini = "".join(w[0] for w in fold(given).upper().split())[:2]
    ini = (ini + "9")[:2]
    return "%s%d%02d%02d%d%s9%s" % (sw, (y // 10) % 10, m, rng.randint(1, 28), y % 10,
                                     ini, letters(rng, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def ie_licence(rng):
    return digits(rng, 9) if chance(rng, 0.5) else "%03d %03d %03d" % (
        rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999))


def passport(rng, country):
    if country == "ES":
        return letters(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 6)
    if country == "IE":
        return rng.choice(["P", "L", "T", "R"]) + letters(rng, 1) + digits(rng, 7)
    if country == "UK":
        return str(rng.randint(1, 5)) + digits(rng, 8)
    if country == "MX":
        return rng.choice("GNE") + digits(rng, 8)
    return digits(rng, 9)


# ---------------------------------------------------------------------------
# IBAN with valid mod-97 check digits (and valid Spanish CCC control digits)
# ---------------------------------------------------------------------------
def _ccc_dc(s):
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    r = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
    return "0" if r == 11 else ("1" if r == 10 else str(r))


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def iban(rng, country, spaced=None):
    if country == "ES":
        ent = rng.choice(["2100", "0049", "0182", "0081", "2085", "0128", "1465", "3058", "0075"])
        off = digits(rng, 4)
        acct = digits(rng, 10)
        bban = ent + off + _ccc_dc("00" + ent + off) + _ccc_dc(acct) + acct
    elif country == "GB":
        bban = rng.choice(["BARC", "LOYD", "NWBK", "MIDL", "HBUK", "MONZ", "SRLG"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif country == "DO":
        bban = rng.choice(["BRRD", "BPDO", "BCBH"]) + digits(rng, 20)
    else:
        raise ValueError(country)
    s = country + iban_check(country, bban) + bban
    if spaced is None:
        spaced = chance(rng, 0.6)
    return grp(s, [4] * 8) if spaced else s


# ---------------------------------------------------------------------------
# Name lists (hand-written; "|"-separated so compound names stay together)
# ---------------------------------------------------------------------------
def _L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


GIVEN = {
    # culture: (male, female)
    "es": (_L("Baldomero|Custodio|Eulogio|Saturnino|Teodoro|Leandro|Casimiro|Florencio|"
              "Marcelino|Anselmo|Fermín|Gonzalo|Ignacio|Manuel|Francisco|José|Fernando|"
              "Enrique|Ramón|Gregorio|Antonio|Jesús|José María|Rafael|Álvaro|Sergio|Rubén|"
              "Borja|Jacobo|Tomás|Ezequiel|Eladio|Bernardo|Evaristo|Celestino|Juan Carlos|"
              "Cristóbal|Hilario|Nicanor|Alfonso"),
           _L("Encarnación|Remedios|Inmaculada|Rocío|Macarena|Consuelo|Amparo|Sagrario|"
              "Milagros|Fuensanta|Herminia|Maribel|Rosario|Concepción|Pilar|Mercedes|"
              "Dolores|María José|Mari Carmen|Esperanza|Soledad|Purificación|Covadonga|"
              "Almudena|Reyes|Trinidad|Leonor|Olvido|Piedad|Lucía|Marta|Paloma|Begoña|"
              "Yolanda|Vanesa|Estíbaliz|Montserrat|Teresa")),
    "eus": (_L("Iker|Unai|Aitor|Xabier|Eneko|Gorka|Iñaki|Jon|Koldo|Mikel|Asier|Ander"),
            _L("Ainhoa|Itziar|Garazi|Nerea|Amaia|Leire|Maialen|Edurne|Arantxa|Miren|Nahia|Irati")),
    "cat": (_L("Jordi|Pau|Oriol|Arnau|Quim|Marc|Pol|Ferran|Xavier|Joan|Roger|Biel"),
            _L("Núria|Meritxell|Roser|Laia|Mireia|Neus|Carme|Aina|Berta|Queralt|Montse|Anna")),
    "gal": (_L("Xoán|Breixo|Iago|Brais|Anxo|Xurxo|Uxío|Roi"),
            _L("Uxía|Antía|Xiana|Sabela|Noa|Iria|Lúa|Olalla")),
    "pe": (_L("Wilfredo|Edwin|Yuri|Jhon|Jhonatan|Percy|Walter|Richard|Teófilo|Hernán|"
              "Alipio|Ciro|Eusebio|Nilton|Roly|Juvenal|Américo|Melquiades"),
           _L("Yesenia|Flor de María|Nilda|Gianella|Lizbeth|Ruth|Yeni|Roxana|Maritza|"
              "Deysi|Shirley|Nelly|Gladys|Ketty|Rosmery|Fiorella|Kiara|Milagros")),
    "pejp": (_L("Kenji|Hiroshi|Yoshiro|Takeshi|Tetsuo|Jorge|Augusto"),
             _L("Akemi|Naomi|Emiko|Sachiko|Mayumi|Rosa|Chieko")),
    "mx": (_L("Cuauhtémoc|Ulises|Octavio|Rigoberto|Jesús|Guillermo|Alberto|Eduardo|"
              "Heriberto|Efraín|Isidro|Jacinto|Abundio|Nazario|Aurelio|Everardo|Ramiro|"
              "Juan Pablo|José de Jesús"),
           _L("Guadalupe|Citlali|Xóchitl|Itzel|Ximena|Nayeli|Yadira|Brenda|Arely|"
              "Maricruz|Socorro|Araceli|Getsemaní|Dulce María|Zyanya|Marisol|Concepción")),
    "co": (_L("Jhon Jairo|Yeison|Dairo|Fredy|Wilmer|Duván|Arley|Jhonny|Albeiro|Hernando|"
              "Edilberto|Brayan"),
           _L("Yurani|Leidy|Marleny|Nini Johana|Luz Marina|Yesica|Dayana|Sandra Milena|"
              "Ingrid|Lorena|Yuliana|Eliana")),
    "cl": (_L("Benjamín|Matías|Vicente|Cristóbal|Agustín|Bastián|Maximiliano|Nibaldo|"
              "Patricio|Fabián|Renato"),
           _L("Millaray|Ayelén|Catalina|Javiera|Constanza|Rayén|Antonella|Francisca|"
              "Fernanda|Belén|Valentina")),
    "do": (_L("Wascar|Anyelo|Frandy|Darlin|Ramfis|Leomar|Wandy|Yunior|Franklyn|Eury|"
              "Starlin|Wilkin|Juan de Dios|Nelson"),
           _L("Yokasta|Yaneisy|Franchesca|Rosanna|Yuberkis|Yohanny|Nairoby|Ysmaelis|"
              "Yiraldi|Altagracia|Mayelin|Yeimy|Anabelis|Dilenia")),
    "ie": (_L("Cathal|Declan|Oisín|Ciarán|Pádraig|Tadhg|Darragh|Cian|Ronan|Eoin|Fergal|"
              "Donal|Colm|Lorcan|Dermot|Barry|Kevin|Patrick|Michael|Seán|Diarmuid|Cormac|"
              "Fiachra|Ruairí"),
           _L("Siobhan|Aoife|Niamh|Saoirse|Eimear|Róisín|Caoimhe|Fionnuala|Gráinne|"
              "Clodagh|Orla|Sinéad|Bríd|Mairéad|Sharon|Margaret|Deirdre|Úna|Ailbhe|"
              "Muireann|Treasa")),
    "uk": (_L("Callum|Jordan|Rhys|Gareth|Dylan|Hamish|Lachlan|Ewan|Craig|Wayne|Darren|"
              "Gary|Shane|Alfie|Reece|Tobias|Jasper|Kieran|Nathaniel|Ieuan|Oliver"),
           _L("Gemma|Kirsty|Bethany|Tamsin|Hollie|Jodie|Bryony|Imogen|Ffion|Morag|Stacey|"
              "Leanne|Kelly|Rebecca|Harriet|Poppy|Philippa|Elspeth|Carys|Lowri")),
    "pk": (_L("Asif|Imran|Bilal|Usman|Farhan|Shoaib|Tariq|Hamza|Zeeshan|Waqas|Adeel"),
           _L("Saima|Nadia|Zainab|Ayesha|Mehwish|Rukhsana|Sana|Amna|Hira|Bushra|Iqra")),
    "ph": (_L("Jericho|Jhun|Arnel|Jomar|Rodel|Ariel|Reynaldo|Jayson|Mark Anthony"),
           _L("Maricel|Rowena|Rizalyn|Marites|Analyn|Jocelyn|Lovely|Cherry Mae|Girlie|Mary Grace")),
    "ee": (_L("Paweł|Tomasz|Grzegorz|Bartosz|Mykola|Bogdan|Ionuț|Vasile|Radu|Lucian|"
              "Miroslav|Dragan|Nikola|Andrii|Marek|Jakub"),
           _L("Agnieszka|Katarzyna|Dorota|Oksana|Olena|Mihaela|Andreea|Jana|Petra|Zuzana|"
              "Milica|Snežana|Iryna|Ewelina|Alina")),
    "wa": (_L("Chidi|Oluwaseun|Kwame|Emeka|Babajide|Kofi"),
           _L("Ngozi|Temitope|Abena|Chiamaka|Folasade|Adaeze")),
}

SURN = {
    "es": _L("Beltrán|Sepúlveda|Cifuentes|Alcántara|Benavente|Carrasco|Escudero|Villalobos|"
             "Montesinos|Palomares|Quintanilla|Rebollo|Tejada|Valbuena|Zamorano|Cañizares|"
             "Peñalver|Moratalla|Gallardo|Lozano|Barroso|Cuadrado|Hidalgo|Merino|Moya|Rubio|"
             "Saura|Arjona|Bermejo|Calatrava|Delgado|Espinosa|Garrido|Jurado|Luque|Maldonado|"
             "Nieto|Ordóñez|Pastor|Quesada|Serrano|Toledano|Vallejo|Yagüe|Cobo|de la Fuente|"
             "del Río|de Castro|de la Torre|del Valle|Ruiz de Alda|Montoro|Aguado|Briones|"
             "Plasencia|Olmedo"),
    "eus": _L("Etxeberria|Goikoetxea|Arrizabalaga|Urkiza|Aranburu|Zubizarreta|Agirre|"
              "Mendizabal|Olabarrieta|Larrañaga|Ibarguren|Errasti|Azkue|Uriarte|"
              "Otxoa de Eribe|Bengoetxea"),
    "cat": _L("Vilanova|Casals|Ferrer|Roig|Soler|Bosch|Rovira|Puigvert|Vilaró|Camps|Riera|"
              "Sabaté|Font|Llobet|Batlle|Capdevila|Vallverdú|Oms"),
    "gal": _L("Outeiro|Castiñeira|Pazos|Otero|Rodicio|Barreiro|Souto|Lamas|Carballo|Piñeiro|"
              "Vilariño|Doval|Seoane|Bouzas|Fandiño|Regueiro"),
    "pe": _L("Quispe|Mamani|Huamán|Condori|Ccori|Huanca|Apaza|Chambi|Ticona|Cusi|Paucar|"
             "Yupanqui|Inga|Villanueva|Vilca|Ccahuana|Choque|Huillca|Palomino|Tafur|Saavedra|"
             "Zevallos|Urquizo|Bedoya|Orihuela|Chumpitaz|Alarcón|Curo|Llerena|Mendoza|Ríos"),
    "pejp": _L("Higa|Nakamura|Tamashiro|Kanashiro|Oshiro|Yamashiro|Arakaki|Shimabukuro|"
               "Chinen|Miyashiro|Tokumori|Uehara|Kohatsu|Nakandakari|Yonamine"),
    "pecn": _L("Chang|Chiang|Wong|Chong|Lau|Fung|Tang|Chu|Lam|Yong|Chiong|Chuy|Kuong|Ayón|Sialer"),
    "mx": _L("Zúñiga|Galindo|Villegas|Olivares|Bustamante|Cárdenas|Tapia|Sotomayor|Figueroa|"
             "Cienfuegos|Arreola|Ochoa|Echeverría|Anaya|Zavala|Velázquez|Treviño|Garza|Cantú|"
             "Elizondo|Barragán|Cuevas|Tlatelpa|Xicoténcatl|Huerta|Pacheco|Saldívar|Montemayor|"
             "Ibarra|Lozada|de la Garza"),
    "co": _L("Arango|Restrepo|Londoño|Ospina|Jaramillo|Cardona|Echeverry|Henao|Mejía|Betancur|"
             "Zuluaga|Giraldo|Valencia|Agudelo|Montoya|Castaño|Quintero|Úsuga|Correa"),
    "cl": _L("Araya|Contreras|Muñoz|Soto|Riquelme|Valenzuela|Huenchullán|Catrileo|Painemal|"
             "Fuenzalida|Urrutia|Aravena|Cáceres|Pizarro|Leiva|Yáñez|Quezada|Antileo|Ñancupil"),
    "do": _L("Almonte|de los Santos|Encarnación|Santana|Taveras|Peguero|Polanco|Ventura|"
             "Hiraldo|Matos|Mercedes|Paulino|Rosario|Tejeda|Féliz|Batista|Abreu|Pichardo|"
             "Then|Ureña|Frías|Germán|Brito"),
    "ie": _L("O'Neill|McCarthy|Fitzgerald|Kavanagh|Brennan|Doherty|Gallagher|Moloney|"
             "Cullinane|Hennessy|Tierney|Dunne|Phelan|Quigley|Scanlon|Nolan|Flood|Gilsenan|"
             "Keogh|Mulcahy|Twomey|Breathnach|O'Sullivan|Ní Bhriain|Ó Ceallaigh|Mac Lochlainn"),
    "uk": _L("Ashworth|Pemberton|Thwaite|Holroyd|Blenkinsop|Whitlock|Marchant|Catterall|"
             "Penhaligon|Trelawney|Pryce|Llewellyn|Bevan|Cadwaladr|Macleod|Drummond|"
             "Sutherland|Cruickshank|Haworth|Stubbs|Pickering|Featherstone|Lumb|Entwistle|"
             "Gaskell|Rowntree|Pilkington|Braithwaite|Tennant"),
    "pk": _L("Chaudhry|Qureshi|Malik|Rashid|Siddiqui|Butt|Mirza|Hussain|Akhtar|Raza|Iqbal|"
             "Sheikh|Bhatti|Anwar"),
    "ph": _L("Dela Cruz|Bautista|Macaraeg|Dimaculangan|Pangilinan|Manalo|Tolentino|"
             "Villareal|Magbanua|Dizon|Sarmiento|Panganiban|Ocampo"),
    "ee": _L("Kowalczyk|Popescu|Ionescu|Dumitrescu|Moldovan|Horváth|Novák|Dvořák|Shevchenko|"
             "Kovalenko|Petrović|Jovanović|Bondarenko|Ciobanu|Lungu|Wójcik|Mazur|Kaczmarek|Stoica"),
    "wa": _L("Okonkwo|Adeyemi|Mensah|Obi|Nwosu|Boateng|Okafor|Adebayo|Asante"),
}

# gendered surname forms (Irish-language and Polish)
SURN_M = {"ie": _L("Ó Ceallaigh|Mac Giolla Bhríde|Ó Súilleabháin|Ó Briain|Mac Lochlainn|Ó Dochartaigh"),
          "ee": _L("Zieliński|Nowakowski|Wiśniewski|Dąbrowski")}
SURN_F = {"ie": _L("Nic Aodha|Ní Bhriain|Ní Dhomhnaill|Ní Chonaill|Nic Giolla Phádraig|Ní Mhurchú"),
          "ee": _L("Zielińska|Nowakowska|Wiśniewska|Dąbrowska")}

SECOND_GIVEN_M = _L("Antonio|José|Luis|Miguel|Alberto|Andrés|Javier|Ignacio|de Jesús|Ángel|Esteban")
SECOND_GIVEN_F = _L("Lucía|Isabel|Teresa|Elena|Victoria|Fernanda|Alejandra|del Carmen|"
                    "de los Ángeles|Luisa|Paz|del Pilar")

NICK = {
    "Manuel": "Manolo", "Rosario": "Charo", "Francisco": "Paco", "José": "Pepe",
    "Jesús": "Chucho", "Fernando": "Nando", "Guadalupe": "Lupe", "Concepción": "Conchi",
    "Pilar": "Pili", "Mercedes": "Merche", "Enrique": "Quique", "José María": "Chema",
    "Ignacio": "Nacho", "Dolores": "Loli", "Antonio": "Toño", "Guillermo": "Memo",
    "Alberto": "Beto", "Eduardo": "Lalo", "Gregorio": "Goyo", "Ramón": "Moncho",
    "Encarnación": "Encarni", "Inmaculada": "Inma", "Purificación": "Puri",
    "Remedios": "Reme", "Montserrat": "Montse", "Xabier": "Xabi",
    "Juan Carlos": "Juanca", "José de Jesús": "Chuy", "Socorro": "Coco",
    "Altagracia": "Tatica", "Franklyn": "Frank", "Yunior": "Juni",
    "Declan": "Dec", "Sharon": "Shaz", "Gary": "Gaz", "Barry": "Baz", "Dermot": "Dermo",
    "Michael": "Mick", "Kevin": "Kev", "Margaret": "Mags", "Rebecca": "Becks",
    "Oliver": "Ollie", "Patrick": "Paddy", "Philippa": "Pippa", "Nathaniel": "Nat",
    "Pádraig": "Podge", "Fionnuala": "Nuala", "Katarzyna": "Kasia", "Agnieszka": "Aga",
    "Tomasz": "Tomek", "Oluwaseun": "Seun", "Temitope": "Tope", "Mark Anthony": "Macoy",
    "Benjamín": "Benja", "Maximiliano": "Maxi", "Cristóbal": "Tobal", "Fabián": "Fabi",
}

# region -> culture weights
REGION = {
    "spain": [("es", 10), ("eus", 3), ("cat", 3), ("gal", 3), ("pe", 2), ("co", 2),
              ("do", 2), ("ee", 1), ("ph", 1), ("pk", 1)],
    "uk": [("uk", 9), ("ie", 3), ("pk", 3), ("ee", 3), ("wa", 2), ("ph", 2), ("es", 1), ("pe", 1)],
    "peru": [("pe", 10), ("pejp", 3), ("pecn", 3), ("es", 1)],
    "mexico": [("mx", 12), ("es", 1), ("co", 1)],
    "ireland": [("ie", 10), ("uk", 2), ("ee", 3), ("pk", 1), ("ph", 2), ("wa", 2)],
    "latam": [("co", 4), ("cl", 4), ("do", 4), ("mx", 2), ("pe", 2)],
    "colombia": [("co", 1)], "chile": [("cl", 1)], "dominican": [("do", 1)],
}

HISPANIC = ("es", "eus", "cat", "gal", "pe", "pejp", "pecn", "mx", "co", "cl", "do")
COMPOUND_KEEP = ("María José", "José María", "Mari Carmen", "Flor de María", "Jhon Jairo",
                 "Juan Carlos", "Juan Pablo", "Luz Marina", "Nini Johana", "Sandra Milena",
                 "Dulce María", "José de Jesús", "Juan de Dios", "Cherry Mae", "Mary Grace",
                 "Mark Anthony")


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    acc = 0
    for v, w in pairs:
        acc += w
        if r <= acc:
            return v
    return pairs[-1][0]


class Person:
    def __init__(self, given, sur1, sur2, female, culture, middle=""):
        self.given, self.sur1, self.sur2 = given, sur1, sur2
        self.female, self.culture, self.middle = female, culture, middle
        g0 = given if given in COMPOUND_KEEP else given.split()[0]
        self.g1 = g0
        self.nick = NICK.get(given) or NICK.get(g0)

    def full(self):
        return " ".join(x for x in (self.given, self.middle, self.sur1, self.sur2) if x)

    def short(self):
        return self.g1 + " " + self.sur1

    def sur(self):
        return self.sur1 + (" " + self.sur2 if self.sur2 else "")

    def call(self, rng=None):
        if self.nick and (rng is None or chance(rng, 0.7)):
            return self.nick
        return self.g1

    def comma(self):
        return self.sur() + ", " + self.given

    def caps_comma(self):
        return self.sur().upper() + ", " + self.given

    def initial(self):
        main = [w for w in self.sur1.split() if w not in PARTICLES]
        return self.g1 + " " + (main[-1][0] if main else self.sur1[0]) + "."

    def handle(self, rng):
        m = [w for w in fold(self.sur1).replace("'", "").split() if w not in PARTICLES]
        s = m[-1] if m else "x"
        k = rng.randint(0, 4)
        if k == 0:
            return fold(self.g1).replace(" ", "") + "_" + s[0].upper()
        if k == 1:
            return low(self.g1).replace(" ", "") + low(s) + str(rng.randint(70, 99))
        if k == 2:
            return fold(self.g1).replace(" ", "") + s
        if k == 3:
            return self.initial()
        return self.g1 + " " + self.sur1

    def sur_title(self, lang, rng):
        if lang == "en":
            return self.title(lang, rng)
        return "Sra." if self.female else "Sr."

    def title(self, lang, rng):
        if lang == "en":
            return rng.choice(["Ms", "Mrs", "Ms."]) if self.female else rng.choice(["Mr", "Mr."])
        if self.female:
            return rng.choice(["Sra.", "Sra.", "Dña.", "Doña", "Srta."])
        return rng.choice(["Sr.", "Sr.", "D.", "Don"])


def make_person(rng, culture, female=None):
    if female is None:
        female = chance(rng, 0.5)
    pool = GIVEN["pe" if culture == "pecn" else culture][1 if female else 0]
    if culture == "pejp" and chance(rng, 0.4):
        pool = GIVEN["pe"][1 if female else 0]
    given = rng.choice(pool)
    if culture in HISPANIC and given not in COMPOUND_KEEP and chance(rng, 0.25):
        second = rng.choice(SECOND_GIVEN_F if female else SECOND_GIVEN_M)
        if second not in given:
            given = given + " " + second
    if culture in HISPANIC:
        base = "pe" if culture in ("pejp", "pecn") else culture
        if culture in ("pejp", "pecn"):
            s1 = rng.choice(SURN[culture])
        elif culture in ("eus", "cat", "gal"):
            s1 = rng.choice(SURN[culture] if chance(rng, 0.8) else SURN["es"])
        else:
            s1 = rng.choice(SURN[culture])
        other = SURN[base] if chance(rng, 0.6) else SURN["es"]
        if culture == "pejp" and chance(rng, 0.4):
            other = SURN["pejp"]
        s2 = rng.choice(other)
        while s2 == s1:
            s2 = rng.choice(SURN["es"])
        return Person(given, s1, s2, female, culture)
    pool = list(SURN[culture])
    gsp = SURN_F if female else SURN_M
    if culture in gsp and chance(rng, 0.3):
        s1 = rng.choice(gsp[culture])
    else:
        s1 = rng.choice(pool)
        if culture == "ie" and s1 == "Ní Bhriain" and not female:
            s1 = "Ó Briain"
        if culture == "ie" and s1 in ("Ó Ceallaigh", "Mac Lochlainn") and female:
            s1 = "Ní Cheallaigh" if s1 == "Ó Ceallaigh" else "Nic Lochlainn"
    middle = ""
    if culture == "ph" and chance(rng, 0.4):
        middle = rng.choice(SURN["ph"])[0] + "."
    if culture == "pk" and not female and chance(rng, 0.3):
        given = "Muhammad " + given
    return Person(given, s1, "", female, culture, middle)


class Cast:
    """Draws distinct people for one document."""

    def __init__(self, rng, region):
        self.rng, self.region, self.seen = rng, region, []

    def __call__(self, female=None, culture=None, region=None):
        for _ in range(40):
            cul = culture or wpick(self.rng, REGION[region or self.region])
            p = make_person(self.rng, cul, female)
            if p.full() not in self.seen and p.sur1 not in self.seen and p.g1 not in self.seen:
                break
        self.seen.extend([p.full(), p.sur1, p.g1])
        return p


# ---------------------------------------------------------------------------
# Organisations (well-known and invented; many without suffixes)
# ---------------------------------------------------------------------------
GROUP_ES = "Grupo Tres Mareas S.L."
SITES = {
    "spain": ["Tres Mareas Chamberí", "Tres Mareas Ruzafa"],
    "uk": ["Three Tides Bristol"],
    "peru": ["Tres Mareas Barranco"],
}
SITE_LEGAL = {"spain": "Grupo Tres Mareas S.L.", "uk": "Three Tides Kitchen Ltd",
              "peru": "Tres Mareas Perú S.A.C."}
DEALER = {
    "spain": ["Alameda Motor S.L.", "Alameda Motor", "Alameda Rent"],
    "mexico": ["Automotriz Alameda del Bajío S.A. de C.V.", "Alameda Automotriz", "Alameda Renta de Autos"],
    "ireland": ["Kilbride Motors Ltd", "Kilbride Motors", "Kilbride Car & Van Hire"],
}
SUPPLIERS = {
    "spain": _L("Pescados Lareo S.L.|Mariscos Hermanos Outeiro|Bodegas Valdemonte|"
                "Frutas y Verduras Eloy|Mercamadrid|Makro|Carnes Selectas Gredos S.L.|"
                "Conservas Ortiz|Bodegas Muga|Quesos Cerrato|Panadería La Espiga|"
                "Distribuciones Ferrándiz S.A.|Huevos Pazo de Vilane|Aceites Castillo de Canena"),
    "uk": _L("Direct Seafoods|Bidfood|Brakes|Matthew Clark|Booker Wholesale|Wessex Fish Ltd|"
             "Avon Valley Produce Ltd|Hobbs House Bakery|Severn & Wye Smokery|"
             "Bristol Dairy Co.|Buxton Butchers Ltd|Corkers Wine Merchants"),
    "peru": _L("Distribuidora Pacífico Sur S.A.C.|Makro Perú|Viña Tacama|Santiago Queirolo S.A.C.|"
               "Agroexportadora Huaral E.I.R.L.|Pescadería Don Lucho|Backus|"
               "Inversiones Marinas Chorrillos S.A.C.|Lácteos Cajamarca S.R.L.|Avícola San Fernando"),
}
FISH = {"spain": _L("Pescados Lareo S.L.|Mariscos Hermanos Outeiro|Mercamadrid|Makro"),
        "uk": _L("Direct Seafoods|Wessex Fish Ltd|Severn & Wye Smokery"),
        "peru": _L("Distribuidora Pacífico Sur S.A.C.|Inversiones Marinas Chorrillos S.A.C.|Pescadería Don Lucho|"
                   "Terminal Pesquero de Villa María del Triunfo")}
PLATFORMS = _L("TheFork|OpenTable|ResDiary|Tripadvisor|Google|CoverManager|Deliveroo|Glovo|"
               "Rappi|PedidosYa|Just Eat|Uber Eats|Smartbox|Wonderbox|Groupon|SevenRooms")
AUTH = {
    "spain": _L("Ayuntamiento de Madrid|Madrid Salud|Ayuntamiento de Valencia|"
                "Conselleria de Sanitat|Agencia Tributaria|"
                "Tesorería General de la Seguridad Social|Ayuntamiento de Sevilla|"
                "Dirección General de Tráfico|DGT|Servicio Andaluz de Salud"),
    "uk": _L("Bristol City Council|Food Standards Agency|HMRC|North Somerset Council|DVLA"),
    "peru": _L("DIGESA|Municipalidad de Barranco|SUNAT|Municipalidad de Miraflores|SUNAFIL|"
               "Ministerio de Salud"),
    "ireland": _L("An Garda Síochána|eFlow|Transport Infrastructure Ireland|Kildare County Council|"
                  "Revenue|Department of Social Protection|HSE Environmental Health Service|"
                  "Dublin City Council|Road Safety Authority"),
    "mexico": _L("SEMOVI|Secretaría de Seguridad Ciudadana|SAT|Gobierno de Jalisco|"
                 "Secretaría de Movilidad de la CDMX|IMSS|Profeco"),
}
BANKS = {
    "spain": _L("BBVA|Banco Santander|CaixaBank|Bankinter|Banco Sabadell|Unicaja|ING|Abanca|Kutxabank"),
    "uk": _L("Barclays|Lloyds Bank|NatWest|Monzo|Starling Bank|HSBC UK|Nationwide"),
    "ireland": _L("Bank of Ireland|AIB|PTSB|Revolut|An Post Money"),
    "peru": _L("Interbank|BCP|Scotiabank Perú|BBVA Perú|Caja Arequipa|Yape"),
    "mexico": _L("Banorte|BBVA México|Banamex|Banco Azteca|Santander México|Mercado Pago"),
    "latam": _L("Bancolombia|Banco de Chile|Banreservas|Banco Popular Dominicano|BancoEstado|Davivienda"),
}
FINANCE = {
    "spain": _L("Santander Consumer Finance|Cetelem|BNP Paribas Personal Finance|"
                "Volkswagen Financial Services|Toyota Financial Services|Financiera El Corte Inglés"),
    "ireland": _L("Bank of Ireland Finance|First Citizen Finance DAC|Finance Ireland|"
                  "Close Brothers Motor Finance|Kia Finance|Toyota Financial Services Ireland"),
    "mexico": _L("Crédito Automotriz Ágil S.A. de C.V.|NR Finance México|GM Financial de México|"
                 "Financiera Autofin México S.A. de C.V.|Banorte|Kavak"),
}
INSURERS = {
    "spain": _L("Mapfre|Mutua Madrileña|Línea Directa|AXA|Allianz|Reale Seguros|Pelayo|Generali|MAPFRE"),
    "ireland": _L("FBD Insurance|Aviva|Zurich Insurance|Liberty Insurance|AXA Insurance DAC|"
                  "AA Ireland|Allianz plc|Chubb European Group"),
    "mexico": _L("Qualitas|GNP Seguros|Seguros Atlas|HDI Seguros|AXA Seguros S.A. de C.V.|Chubb Seguros México"),
}
MAKERS = {
    "spain": _L("Toyota España|Hyundai Motor España S.L.U.|SEAT S.A.|Renault España|Kia Iberia|Stellantis"),
    "ireland": _L("Hyundai Ireland|Kia Ireland|Toyota Ireland|MG Motor Ireland|Škoda Ireland|Stellantis"),
    "mexico": _L("Nissan Mexicana S.A. de C.V.|Volkswagen de México|Kia México|General Motors de México|Toyota Motor Sales de México"),
}
RENTAL = _L("Europcar|Sixt|Hertz|Enterprise|Goldcar|Centauro|Record go|Dan Dooley|Avis|Budget|Alamo")
REPAIR = {
    "spain": _L("Taller Hermanos Ruiz|Chapa y Pintura Castañeda|Carglass|Norauto|Midas|"
                "Neumáticos Soledad S.L.|Grúas Paco Romero|Talleres Ugarte e Hijos S.L."),
    "ireland": _L("Kwik Fit|Halfords Autocentre|Kirwan & Daughters Motor Factors Ltd|"
                  "Naas Road Panel Beaters|Carglass Ireland|Mick Doyle Recovery"),
    "mexico": _L("Autoservicio Lupita|Taller Mecánico El Güero|Hojalatería y Pintura Hermanos Tapia|"
                 "Llantas y Servicios Don Chema|Grúas Monterrey Express"),
}
MISC = _L("Correos|SEUR|MRW|DHL|An Post|Royal Mail|Wise|Stripe|SumUp|Holded|Sage|Xero|"
          "Factorial|Deputy|Rotaready|Bizum|Serpost|Olva Courier|Oxxo|DoneDeal|Carzone|"
          "coches.net|Wallapop|Ganvam|Experian|Equifax")


def pick(rng, seq):
    return rng.choice(seq)


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
ES_CITIES = [("Madrid", "280", _L("Calle de Alonso Cano|Calle del Doctor Fourquet|Calle de Ponzano|"
                                  "Calle de Santa Engracia|Calle de Fuencarral|Paseo de la Castellana|"
                                  "Calle de Galileo|Calle del Marqués de Urquijo")),
             ("Valencia", "460", _L("Calle Cuba|Calle Sueca|Calle de Literato Azorín|Avenida del Puerto|"
                                    "Calle de Doctor Sumsi")),
             ("Sevilla", "410", _L("Calle Feria|Calle Asunción|Calle Pureza|Ronda de Triana|"
                                   "Avenida de la Constitución|Calle San Jacinto")),
             ("Vigo", "362", _L("Rúa do Príncipe|Travesía de Vigo|Rúa de Urzaiz|Rúa Venezuela")),
             ("Bilbao", "480", _L("Calle Licenciado Poza|Calle Ercilla|Calle Autonomía")),
             ("Barcelona", "080", _L("Carrer de Verdi|Carrer del Comte Borrell|Carrer de Sants|Carrer de Provença"))]
UK_STREETS = _L("Gloucester Road|Stokes Croft|North Street|Whiteladies Road|Cheltenham Road|"
                "Coronation Road|Wells Road|St Michael's Hill|Picton Street|Chandos Road|Ashley Down Road")
IE_PLACES = [("Naas", "Co. Kildare", "W91"), ("Newbridge", "Co. Kildare", "W12"),
             ("Celbridge", "Co. Kildare", "W23"), ("Clane", "Co. Kildare", "W91"),
             ("Dublin 8", "", "D08"), ("Dublin 12", "", "D12"), ("Dublin 6", "", "D06"),
             ("Tallaght, Dublin 24", "", "D24")]
IE_STREETS = _L("Main Street|Sallins Road|Ranelagh Road|Dolphin's Barn|Old Naas Road|Kilcullen Road|"
                "Church Avenue|Ashgrove Lawn|Beech Park|The Paddocks|Millbrook Court")
PE_STREETS = _L("Av. Pedro de Osma|Jr. Junín|Calle Berlín|Av. José Larco|Av. Benavides|Av. Angamos Oeste|"
                "Jr. Ica|Av. Grau|Calle Colina|Av. Bolognesi|Jr. Huallaga")
PE_DISTRICTS = _L("Barranco|Miraflores|Santiago de Surco|San Isidro|Cercado de Lima|Chorrillos|"
                  "San Borja|Lince|Jesús María|Magdalena del Mar|Los Olivos")
MX_STREETS = _L("Calle Colima|Calle Durango|Av. Álvaro Obregón|Calle Morelos|Calle Hidalgo|"
                "Av. Revolución|Calle Tonalá|Calle Zacatecas|Av. Chapultepec|Calle Manzanillo")
MX_COLONIAS = [("Roma Norte", "Cuauhtémoc", "06700", "Ciudad de México"),
               ("Condesa", "Cuauhtémoc", "06140", "CDMX"),
               ("Del Valle", "Benito Juárez", "03100", "Ciudad de México"),
               ("Narvarte Poniente", "Benito Juárez", "03020", "CDMX"),
               ("Americana", "", "44160", "Guadalajara, Jal."),
               ("Chapalita", "", "44500", "Guadalajara, Jal."),
               ("Jardines del Moral", "", "37160", "León, Gto.")]


def address(rng, country, multiline=False):
    sep = "\n" if multiline else ", "
    if country == "spain":
        city, cp, streets = pick(rng, ES_CITIES)
        st = pick(rng, streets)
        if chance(rng, 0.4):
            st = st.replace("Calle de ", "C/ ").replace("Calle del ", "C/ ").replace("Calle ", "C/ ")
        num = str(rng.randint(1, 140))
        flat = pick(rng, ["", ", %dº %s" % (rng.randint(1, 7), pick(rng, "ABCD")), ", bajo",
                          ", %dº izq." % rng.randint(1, 5), ", esc. 2, %dº dcha." % rng.randint(1, 6)])
        first = st + (" " if chance(rng, 0.5) else ", ") + num + flat
        return first + sep + cp + "%02d" % rng.randint(1, 50) + " " + city
    if country == "uk":
        pc = "BS%d %d%s" % (rng.randint(1, 16), rng.randint(1, 9), letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"))
        first = "%d %s" % (rng.randint(2, 220), pick(rng, UK_STREETS))
        if chance(rng, 0.35):
            first = "Flat %d, %s" % (rng.randint(1, 9), first)
        return first + sep + "Bristol" + sep + pc if multiline else first + ", Bristol " + pc
    if country == "ireland":
        town, county, ek = pick(rng, IE_PLACES)
        code = ek + " " + letters(rng, 1, "ACDEFHKNPRTVWXY") + digits(rng, 1) + letters(rng, 2, "ACDEFHKNPRTVWXY")
        first = "%d %s" % (rng.randint(1, 88), pick(rng, IE_STREETS))
        if chance(rng, 0.3):
            first = "Apt %d, %s" % (rng.randint(1, 40), first)
        parts = [first, town] + ([county] if county else []) + [code]
        return sep.join(parts)
    if country == "peru":
        dist = pick(rng, PE_DISTRICTS)
        if chance(rng, 0.25):
            first = "Mz. %s Lt. %d, Urb. %s" % (pick(rng, "ABCDEFGHJK"), rng.randint(1, 30),
                                               pick(rng, ["Los Pinos", "Santa Rosa", "El Trébol", "Las Praderas"]))
        else:
            first = "%s %d" % (pick(rng, PE_STREETS), rng.randint(100, 1999))
            if chance(rng, 0.4):
                first += pick(rng, [", dpto. %d0%d" % (rng.randint(1, 9), rng.randint(1, 4)),
                                    " int. %d" % rng.randint(1, 12), ", of. %d" % rng.randint(201, 905)])
        return first + sep + dist + sep + "Lima" + (" 150%02d" % rng.randint(1, 99) if chance(rng, 0.6) else "")
    if country == "mexico":
        col, alc, cp, city = pick(rng, MX_COLONIAS)
        first = "%s %d" % (pick(rng, MX_STREETS), rng.randint(10, 2400))
        if chance(rng, 0.4):
            first += " int. %d" % rng.randint(1, 12)
        parts = [first, "Col. " + col] + ([alc] if alc and chance(rng, 0.6) else [])
        parts.append(("C.P. " if chance(rng, 0.5) else "") + cp + " " + city)
        return sep.join(parts)
    if country == "colombia":
        via = pick(rng, ["Carrera", "Cra.", "Calle", "Cl.", "Diagonal", "Transversal"])
        first = "%s %d%s # %d-%d" % (via, rng.randint(1, 120), pick(rng, ["", "A", "B", " Sur"]),
                                     rng.randint(1, 99), rng.randint(1, 99))
        if chance(rng, 0.5):
            first += ", apto %d0%d" % (rng.randint(1, 15), rng.randint(1, 4))
        return first + sep + pick(rng, ["El Poblado, Medellín", "Chapinero, Bogotá", "Laureles, Medellín",
                                        "Bogotá D.C.", "Cali, Valle del Cauca"])
    if country == "chile":
        first = "%s %d" % (pick(rng, ["Av. Providencia", "Pasaje Los Aromos", "Calle Condell", "Av. Irarrázaval",
                                      "Av. Vicuña Mackenna", "Los Carrera"]), rng.randint(100, 4999))
        if chance(rng, 0.5):
            first += ", depto %d" % rng.randint(101, 1804)
        return first + sep + pick(rng, ["Providencia, Santiago", "Ñuñoa, Santiago", "Maipú, Santiago",
                                        "Valparaíso", "Concepción"])
    if country == "dominican":
        first = "%s %s" % (pick(rng, ["C/ El Conde", "Av. Abraham Lincoln", "Calle 3", "Av. Juan Pablo Duarte",
                                      "C/ Padre Billini", "Av. 27 de Febrero"]),
                           pick(rng, ["#%d" % rng.randint(1, 300), str(rng.randint(1, 1500))]))
        return first + sep + pick(rng, ["Zona Colonial, Santo Domingo", "Ensanche Piantini, Santo Domingo",
                                        "Los Alcarrizos", "Santiago de los Caballeros", "Villa Mella, Santo Domingo Norte"])
    raise ValueError(country)


# ---------------------------------------------------------------------------
# Phones and e-mails
# ---------------------------------------------------------------------------
def phone(rng, country, mobile=None):
    if mobile is None:
        mobile = chance(rng, 0.75)
    k = rng.randint(0, 4)
    if country == "spain":
        d = (("6" + digits(rng, 8)) if chance(rng, 0.85) else ("7" + pick(rng, "1234") + digits(rng, 7))) if mobile else (pick(rng, ["91", "96", "95", "93", "986"]) + digits(rng, 7))[:9]
        return [lambda: "+34 " + grp(d, [3, 3, 3]), lambda: d, lambda: grp(d, [3, 2, 2, 2]),
                lambda: "(+34) " + grp(d, [3, 2, 2, 2], "-"), lambda: "0034 " + grp(d, [3, 3, 3], ".")][k]()
    if country == "uk":
        if not mobile:
            d = digits(rng, 7)
            return pick(rng, ["0117 " + grp(d, [3, 4]), "(0117) " + grp(d, [3, 4]), "+44 117 " + grp(d, [3, 4]),
                              "0117" + d, "+44 (0)117 " + grp(d, [3, 4])])
        d = "7" + pick(rng, ["700", "712", "824", "908", "956", "441"]) + digits(rng, 6)
        return [lambda: "+44 " + grp(d, [4, 6]), lambda: "0" + grp(d, [4, 6]), lambda: "0" + grp(d, [4, 3, 3]),
                lambda: "+44 (0)" + grp(d, [4, 6]), lambda: "0" + d][k]()
    if country == "ireland":
        d = (pick(rng, ["83", "85", "86", "87", "89"]) + digits(rng, 7)) if mobile else ("45" + digits(rng, 6))
        return [lambda: "+353 " + grp(d, [2, 3, 4]), lambda: "0" + d[:2] + "-" + grp(d[2:], [3, 4]),
                lambda: "0" + grp(d, [2, 3, 4]), lambda: "+353 (0)" + grp(d, [2, 7]), lambda: "0" + d][k]()
    if country == "peru":
        d = ("9" + digits(rng, 8)) if mobile else ("1" + digits(rng, 7))
        if not mobile:
            return pick(rng, ["(01) " + grp(d[1:], [3, 4], "-"), "01 " + grp(d[1:], [3, 4]), "+51 1 " + grp(d[1:], [3, 4])])
        return [lambda: "+51 " + grp(d, [3, 3, 3]), lambda: d, lambda: grp(d, [3, 3, 3]),
                lambda: "+51" + d, lambda: grp(d, [3, 3, 3], "-")][k]()
    if country == "mexico":
        area = pick(rng, ["55", "33", "81", "477", "442"])
        d = area + digits(rng, 10 - len(area))
        return [lambda: "+52 " + grp(d, [len(area), 4, 4] if len(area) == 2 else [3, 3, 4]),
                lambda: "(" + area + ") " + grp(d[len(area):], [4, 4] if len(area) == 2 else [3, 4]),
                lambda: "+52 1 " + grp(d, [len(area), 4, 4] if len(area) == 2 else [3, 3, 4]),
                lambda: grp(d, [len(area), 4, 4] if len(area) == 2 else [3, 3, 4], "-"), lambda: d][k]()
    if country == "colombia":
        d = "3" + pick(rng, ["00", "10", "15", "20", "01"]) + digits(rng, 7)
        return [lambda: "+57 " + grp(d, [3, 3, 4]), lambda: grp(d, [3, 7]), lambda: d,
                lambda: "(+57) " + grp(d, [3, 3, 4], "-"), lambda: "+57" + d][k]()
    if country == "chile":
        d = "9" + digits(rng, 8)
        return [lambda: "+56 9 " + grp(d[1:], [4, 4]), lambda: "+569" + d[1:], lambda: "9 " + grp(d[1:], [4, 4]),
                lambda: "(+56) 9 " + grp(d[1:], [4, 4], "-"), lambda: "09-" + d[1:]][k]()
    if country == "dominican":
        a = pick(rng, ["809", "829", "849"])
        d = digits(rng, 7)
        return [lambda: "+1 " + a + " " + grp(d, [3, 4]), lambda: a + "-" + grp(d, [3, 4], "-"),
                lambda: "(" + a + ") " + grp(d, [3, 4], "-"), lambda: a + "." + grp(d, [3, 4], "."),
                lambda: "1-" + a + "-" + grp(d, [3, 4], "-")][k]()
    raise ValueError(country)


MAIL_DOMAINS = {
    "spain": _L("gmail.com|hotmail.es|yahoo.es|outlook.es|telefonica.net|icloud.com"),
    "uk": _L("gmail.com|btinternet.com|hotmail.co.uk|outlook.com|sky.com|yahoo.co.uk"),
    "ireland": _L("gmail.com|eircom.net|hotmail.com|outlook.ie|icloud.com"),
    "peru": _L("gmail.com|hotmail.com|outlook.com|yahoo.es"),
    "mexico": _L("gmail.com|hotmail.com|yahoo.com.mx|outlook.com|prodigy.net.mx"),
    "latam": _L("gmail.com|hotmail.com|yahoo.com|outlook.com|claro.net.do"),
}


def email(rng, p, domain=None, region="spain"):
    m = [w for w in low(p.sur1).replace("'", "").split() if w not in PARTICLES]
    s1 = "".join(m) if m else "x"
    m2 = [w for w in low(p.sur2).split() if w not in PARTICLES] if p.sur2 else []
    s2 = m2[0] if m2 else ""
    g = low(p.g1).replace(" ", "")
    k = rng.randint(0, 5)
    local = [g + "." + s1, g[0] + s1, s1 + (s2[:1] if s2 else "") + str(rng.randint(70, 99)),
             g + "_" + s1[:4] + str(rng.randint(1, 30)), g + s1 + (s2 if s2 else ""),
             (low(p.nick) if p.nick else g) + "." + s1][k]
    local = "".join(ch for ch in local if ch.isalnum() or ch in "._")
    dom = domain or pick(rng, MAIL_DOMAINS.get(region, MAIL_DOMAINS["spain"]))
    return local + "@" + dom


# ---------------------------------------------------------------------------
# Case / customer references (CUSTOMER_ID) in many formats
# ---------------------------------------------------------------------------
def ref(rng, kind, cc=None):
    y = pick(rng, ["2026", "26"])
    k = rng.randint(0, 4)
    if kind == "res":
        return [lambda: "RSV-2026-%05d" % rng.randint(1, 99999),
                lambda: "TM-%s-%04d" % (pick(rng, ["MAD", "VLC", "BRS", "LIM"]), rng.randint(1, 9999)),
                lambda: "%06d" % rng.randint(100000, 999999),
                lambda: "TF" + letters(rng, 6, "ABCDEFGHJKMNPQRSTVWXYZ23456789"),
                lambda: "R" + digits(rng, 7)][k]()
    if kind == "cust":
        return [lambda: "CLI-%06d" % rng.randint(1, 99999), lambda: "C-%05d" % rng.randint(1, 99999),
                lambda: "ACC %06d" % rng.randint(1, 999999), lambda: "KM-CUST-%04d" % rng.randint(1, 9999),
                lambda: "%05d" % rng.randint(10000, 99999)][k]()
    if kind == "voucher":
        return [lambda: "GV-%s-%s" % (letters(rng, 4, "ABCDEFGHJKMNPQRSTVWXYZ23456789"),
                                      letters(rng, 4, "ABCDEFGHJKMNPQRSTVWXYZ23456789")),
                lambda: "TM-VAL-2026-%04d" % rng.randint(1, 9999),
                lambda: "BONO %s-%02d" % (letters(rng, 4, "0123456789ABCDEFGHJK"), rng.randint(1, 99)),
                lambda: "VCH%05d" % rng.randint(1, 99999),
                lambda: "3T-%s" % letters(rng, 8, "ABCDEFGHJKMNPQRSTVWXYZ23456789")][k]()
    if kind == "inv":
        return [lambda: "FAC %s/%04d" % (y, rng.randint(1, 9999)), lambda: "INV-%05d" % rng.randint(1, 99999),
                lambda: "F-%s/%04d" % (y[-2:], rng.randint(1, 9999)),
                lambda: "F%03d-%08d" % (rng.randint(1, 3), rng.randint(1, 99999)),
                lambda: "A-2026-%06d" % rng.randint(1, 999999)][k]()
    if kind == "wo":
        return [lambda: "OT-26-%05d" % rng.randint(1, 99999), lambda: "OR 2026-%04d" % rng.randint(1, 9999),
                lambda: "JOB %05d" % rng.randint(10000, 99999), lambda: "WO/%s/26/%04d" % (cc or "IE", rng.randint(1, 9999)),
                lambda: "%06d" % rng.randint(100000, 999999)][k]()
    if kind == "rental":
        return [lambda: "RA %07d" % rng.randint(1, 9999999), lambda: "AL-%s-%06d" % (cc or "MX", rng.randint(1, 999999)),
                lambda: "%s-RA-26-%04d" % ({"IE": "KCH", "ES": "ALR", "MX": "AAB"}.get(cc, "KCH"), rng.randint(1, 9999)), lambda: "CTO-ALQ-2026/%04d" % rng.randint(1, 9999),
                lambda: "ARS%s%05d" % (y[-2:], rng.randint(1, 99999))][k]()
    if kind == "fin":
        return [lambda: "FIN/%s/2026/%04d" % (cc or "IE", rng.randint(1, 9999)), lambda: "SOL-FIN-%05d" % rng.randint(1, 99999),
                lambda: "APP-2026-%06d" % rng.randint(1, 999999), lambda: "2026/FN/%04d" % rng.randint(1, 9999),
                lambda: "FA%s.%04d.%02d" % (y[-2:], rng.randint(1, 9999), rng.randint(1, 99))][k]()
    if kind == "claim":
        return [lambda: "SIN-2026-%06d" % rng.randint(1, 999999), lambda: "CLM %07d" % rng.randint(1, 9999999),
                lambda: "%04d-%s-%03d" % (rng.randint(1000, 9999), y[-2:], rng.randint(1, 999)),
                lambda: "%02d/2026/%06d" % (rng.randint(1, 60), rng.randint(1, 999999)),
                lambda: "AU-%07d" % rng.randint(1, 9999999)][k]()
    if kind == "fine":
        return [lambda: "2026/ML/%05d" % rng.randint(1, 99999),
                lambda: "%02d-%03d-%07d-%d" % (rng.randint(1, 52), rng.randint(1, 999), rng.randint(1, 9999999), rng.randint(0, 9)),
                lambda: "%010d" % rng.randint(1, 9999999999),
                lambda: "TOL-2026-%06d" % rng.randint(1, 999999),
                lambda: "SSC-2026-%07d" % rng.randint(1, 9999999)][k]()
    if kind == "ticket":
        return [lambda: "TKT-%04d" % rng.randint(1, 9999), lambda: "#%05d" % rng.randint(1, 99999),
                lambda: "CS-%s-%04d" % (y[-2:], rng.randint(1, 9999)), lambda: "INC%06d" % rng.randint(1, 999999),
                lambda: "Q-%05d" % rng.randint(1, 99999)][k]()
    if kind == "emp":
        return [lambda: "EMP-%04d" % rng.randint(1, 9999), lambda: "TM%04d" % rng.randint(1, 9999),
                lambda: "%05d" % rng.randint(10000, 99999), lambda: "NOM-%03d" % rng.randint(1, 999),
                lambda: "P-%04d" % rng.randint(1, 9999)][k]()
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# Unlabelled look-alikes: vehicles, dishes, drinks, pets
# ---------------------------------------------------------------------------
MODELS = _L("Seat León|Kia Ceed|Toyota Corolla|Hyundai Tucson|Renault Clio|Nissan Micra|Ford Puma|"
            "Cupra Formentor|VW Polo|Škoda Octavia|Dacia Sandero|Kia Sorento|Seat Ibiza|Mazda CX-30|"
            "Nissan Leaf|Hyundai Kona|Toyota Hilux|Chevrolet Aveo|Nissan Versa|VW Jetta|Kia Rio|"
            "Mercedes Vito|Toyota Yaris Cross|MG ZS|Hyundai i30|Ford Transit Custom|Nissan March")
DISHES_ES = _L("Tarta de Santiago|pulpo a la gallega|croquetas de jamón|arroz negro|crema catalana|"
               "lomo saltado|ají de gallina|causa limeña|ceviche clásico|tiradito nikkei|chupe de camarones|"
               "suspiro a la limeña|leche de tigre|pizza Margarita|huevos rotos|rabo de toro|"
               "torrija caramelizada|tortilla de Betanzos|pimientos de Padrón|arroz con pato")
DISHES_EN = _L("Beef Wellington|Eggs Benedict|Caesar salad|Peach Melba|Pavlova|fish pie|Sunday roast|"
               "sticky toffee pudding|Eton mess|Tarta de Santiago|pulpo a la gallega|ceviche|"
               "lomo saltado|Cornish crab on toast|Arnold Palmer")
DRINKS = _L("Pisco Sour|Chilcano|Albariño|Rioja Reserva|Bloody Mary|Tom Collins|Margarita|Bellini|"
            "Verdejo|Inca Kola|chicha morada|Aperol Spritz")
PETS = _L("Toby|Luna|Rocky|Canela|Bruno|Lola|Milo|Nala|Coco|Simba")


def plate(rng, country):
    if country == "spain":
        return "%04d %s" % (rng.randint(0, 9999), letters(rng, 3, "BCDFGHJKLMNPRSTVWXYZ"))
    if country == "uk":
        return "%s%02d %s" % (letters(rng, 2, "ABCDEFGHKLMNOPRSVWY"), rng.randint(10, 74), letters(rng, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ"))
    if country == "ireland":
        return "%s-%s-%d" % (pick(rng, ["231", "232", "222", "191", "242", "251"]),
                             pick(rng, ["KE", "D", "MH", "WW", "C"]), rng.randint(1, 29999))
    if country == "mexico":
        return "%s-%03d-%s" % (letters(rng, 1, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(1, 999), letters(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"))
    return "%s-%03d" % (letters(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(1, 999))


def vin(rng):
    return pick(rng, ["VSS", "KNA", "JTD", "TMA", "WVW", "3N1", "VF1", "SJN"]) + letters(rng, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def money(rng, cur, lo, hi):
    v = rng.randint(lo * 100, hi * 100) / 100.0
    if cur == "EUR":
        return ("{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")) + " €"
    if cur == "GBP":
        return "£{:,.2f}".format(v)
    if cur == "PEN":
        return "S/ {:,.2f}".format(v)
    if cur == "MXN":
        return "${:,.2f} MXN".format(v)
    return "€{:,.2f}".format(v)


def date(rng, fmt="dmy", year=2026):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if fmt == "dmy":
        return "%02d/%02d/%d" % (d, m, year)
    if fmt == "iso":
        return "%d-%02d-%02d" % (year, m, d)
    if fmt == "short":
        return "%02d/%02d/%02d" % (d, m, year % 100)
    return "%d/%d" % (d, m)


def hhmm(rng, lo=8, hi=23):
    return "%02d:%02d" % (rng.randint(lo, hi), pick(rng, [0, 0, 15, 30, 45, 5, 10, 50]))


# ---------------------------------------------------------------------------
# Shared formatting pieces
# ---------------------------------------------------------------------------
EN_DAYS = _L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
ES_DAYS = _L("lunes|martes|miércoles|jueves|viernes|sábado|domingo")
EN_MONTHS = _L("January|February|March|April|May|June|July|August|September|October|November|December")
ES_MONTHS = _L("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")


def long_date(rng, lang):
    d, m = rng.randint(1, 28), rng.randint(0, 11)
    if lang == "en":
        return "%s, %d %s 2026" % (pick(rng, EN_DAYS), d, EN_MONTHS[m])
    return "%s, %d de %s de 2026" % (pick(rng, ES_DAYS), d, ES_MONTHS[m])


def mail_header(d, rng, lang, sender, s_mail, to, t_mail, subject_items, cc=None):
    """sender/to: Person or plain string (role mailbox)."""
    lab = ("From", "Sent", "To", "Cc", "Subject") if lang == "en" else \
        pick(rng, [("De", "Enviado", "Para", "CC", "Asunto"), ("De", "Fecha", "Para", "Cc", "Asunto")])

    def who(x, m):
        if isinstance(x, Person):
            nm = x.full() if chance(rng, 0.6) else x.short()
            if chance(rng, 0.2):
                return [P(nm), " <", E(m), ">"] if lang == "en" else ["'", P(nm), "' <", E(m), ">"]
            return [P(nm), " <", E(m), ">"]
        if x:
            return [x, " <", E(m), ">"]
        return [E(m)]

    d(lab[0] + ": ", *who(sender, s_mail))
    d("\n" + lab[1] + ": " + long_date(rng, lang) + " " + hhmm(rng))
    d("\n" + lab[2] + ": ", *who(to, t_mail))
    if cc:
        d("\n" + lab[3] + ": ")
        for i, (cp, cm) in enumerate(cc):
            if i:
                d("; ")
            d(*who(cp, cm))
    d("\n" + lab[4] + ": ", *subject_items)
    d("\n\n")


def clock(rng, lo=7, hi=11):
    return {"day": rng.randint(1, 25), "mon": rng.randint(1, 12), "min": rng.randint(lo * 60, hi * 60)}


def wa_line(d, rng, style, clk, sender, *msg):
    """style 'android' or 'ios'; clk from clock(); sender is an item tuple or plain str."""
    clk["min"] += rng.randint(1, 35)
    if clk["min"] >= 24 * 60:
        clk["min"] -= 24 * 60 - 7 * 60
        clk["day"] += 1
    t = "%02d:%02d" % divmod(clk["min"], 60)
    if style == "android":
        d("%02d/%02d/2026, %s - " % (clk["day"], clk["mon"], t), sender, ": ", *msg)
    else:
        d("[%02d/%02d/26, %s:%02d] " % (clk["day"], clk["mon"], t, rng.randint(0, 59)), sender, ": ", *msg)
    d("\n")


def cur_of(region):
    return {"spain": "EUR", "uk": "GBP", "peru": "PEN", "mexico": "MXN", "ireland": "IEUR"}.get(region, "EUR")


# ---------------------------------------------------------------------------
# English templates (part A)
# ---------------------------------------------------------------------------
def en_noshow_email(rng):
    region = pick(rng, ["uk", "uk", "spain", "peru"])
    site = pick(rng, SITES[region])
    cast = Cast(rng, "uk" if region != "peru" else "peru")
    mgr = cast(culture="uk" if region == "uk" else ("pe" if region == "peru" else "es"))
    cust = cast(region="uk")
    friend = cast(region="uk")
    staff = cast()
    dom = "threetides.co.uk" if region == "uk" else ("tresmareas.pe" if region == "peru" else "tresmareas.es")
    r = ref(rng, "res")
    cover = rng.randint(6, 14)
    d = Doc()
    mail_header(d, rng, "en", mgr, email(rng, mgr, dom), cust, email(rng, cust, region="uk"),
                ["RE: No-show charge - booking ", C(r)], cc=[("Reservations", "bookings@" + dom)])
    d("Dear " + cust.title("en", rng) + " ", P(cust.sur1), ",\n\n")
    plat = pick(rng, ["ResDiary", "OpenTable", "SevenRooms", "TheFork"])
    d("Thank you for getting back to us. As stated when the table for %d was confirmed through " % cover,
      O(plat), ", our policy for groups of six or more is a %s charge per guest for no-shows. " %
      money(rng, cur_of(region), 10, 25).replace(".00", ""))
    d("I have checked the call log: there is no record of ", P(friend.g1), " ringing to cancel, and ",
      P(staff.g1), ", who was on the phones that Friday, does not remember the call either. ")
    d("That said, as a gesture of goodwill we have refunded half of the charge to the card used for the deposit.\n\n")
    d(pick(rng, ["Kind regards,", "Best wishes,", "Many thanks,"]), "\n", P(mgr.full()), "\n",
      pick(rng, ["Front of House Manager", "General Manager", "Reservations Lead"]), " | ", O(site), "\n")
    if chance(rng, 0.6):
        d(O(SITE_LEGAL[region]), ", ", A(address(rng, region)), "\n")
    d("T: ", PH(phone(rng, region, mobile=False)), "\n\n")
    d("-----Original Message-----\nFrom: ", P(cust.full()), " <", E(email(rng, cust, region="uk")), ">\n")
    d("Sent: ", long_date(rng, "en"), " ", hhmm(rng, 18, 23), "\nTo: ", E("bookings@" + dom), "\n")
    d("Subject: No-show charge??\n\n")
    d("Hi, I have just seen a charge on my statement for booking ", C(r), ". My friend ", P(friend.full()),
      " rang on the Friday to cancel and spoke to ", ("a girl called " if staff.female else "a lad called ") if chance(rng, 0.5) else "someone called ",
      P(staff.g1), ". This is not on. Please refund or I'll be leaving a review on ", O(pick(rng, ["Tripadvisor", "Google"])), ".\n\n")
    d(P(cust.call(rng)), "\n", PH(phone(rng, "uk", mobile=True)), "\n")
    return d


def en_staff_whatsapp(rng):
    region = pick(rng, ["uk", "uk", "spain"])
    cast = Cast(rng, "uk" if region == "uk" else "spain")
    boss = cast()
    people = [cast() for _ in range(4)]
    d = Doc()
    clk = clock(rng)
    day, mon = clk["day"], clk["mon"]
    style = "android"
    names = [P(boss.full())] + [P(p.nick or p.g1) if chance(rng, 0.6) else P(p.short()) for p in people]
    unknown = PH(phone(rng, region, mobile=True))
    site = pick(rng, SITES[region])
    inspector = cast(region="uk" if region == "uk" else "spain")
    wa_line(d, rng, style, clk, names[0], "morning all, rota for w/c %d/%d is up on " % (day + 5, mon), O(pick(rng, ["Rotaready", "Deputy", "7shifts"])))
    wa_line(d, rng, style, clk, names[1], "can someone swap my thurs PM? hospital appt")
    wa_line(d, rng, style, clk, unknown, "I can do it ", P(people[0].call(rng)), " if ", P(people[1].g1), " covers my brunch sunday")
    wa_line(d, rng, style, clk, names[2], "👍 fine by me")
    wa_line(d, rng, style, clk, names[0], "ok swap confirmed. btw the ", pick(rng, ["Eggs Benedict", "Beef Wellington", "fish pie", "Pavlova"]),
            " is off till ", O(pick(rng, SUPPLIERS[region])), " deliver on wed")
    wa_line(d, rng, style, clk, names[3], "<Media omitted>")
    wa_line(d, rng, style, clk, names[3], "who's on close fri? ", inspector.title("en", rng), " ", P(inspector.sur1), " from ",
            O(pick(rng, AUTH["uk"][:2] if region == "uk" else AUTH["spain"][:2])), " is coming back tues for the follow up")
    wa_line(d, rng, style, clk, names[4], "me and ", P(people[1].g1 if people[1].g1 != people[0].g1 else people[2].g1), ". also can whoever has ",
            P(people[2].nick or people[2].g1), "'s number send it to me, new phone")
    wa_line(d, rng, style, clk, names[0], P(people[2].short()), " ", PH(phone(rng, region, mobile=True)))
    if chance(rng, 0.6):
        wa_line(d, rng, style, clk, names[2], "payslips still wrong for me, ", P(boss.g1), " who do I ask? ",
                "the holiday pay is missing again")
        wa_line(d, rng, style, clk, names[0], "email ", P(cast().full()), " at ", E("payroll@" + ("threetides.co.uk" if region == "uk" else "tresmareas.es")),
                " and put your payroll no. (", C(ref(rng, "emp")), ") in the subject")
    return d


def en_dealer_crm(rng):
    cast = Cast(rng, "ireland")
    cust = cast()
    spouse = cast(female=not cust.female, culture=cust.culture)
    kid = cast(culture=cust.culture)
    ins = cast()
    d = Doc()
    dealer = pick(rng, DEALER["ireland"][:2])
    cid = ref(rng, "cust")
    d(O(low(dealer) if chance(rng, 0.5) else dealer), " - crm notes - cust ", C(cid), "\n")
    nm = low(cust.sur1) if chance(rng, 0.6) else cust.sur1
    model = low(pick(rng, MODELS))
    ins_org = pick(rng, INSURERS["ireland"])
    d("%s %s rang %s " % (date(rng, "dm"), hhmm(rng), cust.title("en", rng).lower().rstrip(".")), P(nm),
      " re nct + service on %s (%s), bookd thurs 9am, courtesy car req. wo " % (plate(rng, "ireland"), model),
      C(ref(rng, "wo", "IE")), "\n")
    d("%s %s " % (date(rng, "dm"), hhmm(rng)), P(low(ins.g1)), " at ", O(low(ins_org)), " rang abt claim ", C(ref(rng, "claim")),
      " - needs photos of rear bumper, sent to ", E("claims@" + low(ins_org).split()[0].replace(".", "") + ".ie"), "\n")
    d("%s %s cust %s (" % (date(rng, "dm"), hhmm(rng), "wife" if spouse.female else "husband"), P(low(spouse.nick or spouse.g1)),
      ") dropped keys, said brakes squeeking too. ph ", PH(phone(rng, "ireland", True)), "\n")
    d("%s %s test drive bookd for %s %s " % (date(rng, "dm"), hhmm(rng), "her" if cust.female else "his", "daughter" if kid.female else "son"), P(low(kid.g1)), ", %s, sat 11am, licence " % low(pick(rng, MODELS)),
      N(ie_licence(rng)), " copied to file\n")
    fin = pick(rng, FINANCE["ireland"])
    d("%s %s finance app " % (date(rng, "dm"), hhmm(rng)), C(ref(rng, "fin", "IE")), " sent to ", O(low(fin) if chance(rng, 0.5) else fin),
      " - ppsn ", N(ie_ppsn(rng)), " on file, proof of addr still outstanding\n")
    if chance(rng, 0.7):
        sales = cast(culture="ie")
        d("%s %s follow up call by " % (date(rng, "dm"), hhmm(rng)), P(low(sales.nick or sales.g1)),
          " - no answer, left vm. try mobile ", PH(phone(rng, "ireland", True)), " after 6\n")
    d("addr on file: ", A(low(address(rng, "ireland")) if chance(rng, 0.4) else address(rng, "ireland")), "\n")
    return d


def en_res_csv(rng):
    region = pick(rng, ["uk", "uk", "peru", "spain"])
    cast = Cast(rng, "uk" if region == "uk" else ("peru" if region == "peru" else "spain"))
    d = Doc()
    sep = pick(rng, [",", ",", "\t"])
    d(sep.join(["booking_ref", "date", "time", "covers", "guest_name", "phone", "email", "source", "notes"]), "\n")
    notes_pool = ["nut allergy", "birthday - candle on %s" % pick(rng, ["Pavlova", "Tarta de Santiago", "Peach Melba", "suspiro a la limeña"]),
                  "coeliac", "high chair x1", "window table pls", "regular", "shellfish allergy (guest 2)", "anniversary", "",
                  "no-show last time", "wheelchair access", "vegan x2"]
    for _ in range(rng.randint(4, 7)):
        p = cast(region=None if chance(rng, 0.6) else "uk")
        nm = pick(rng, ["comma", "full", "full", "caps"])
        name = p.comma() if nm == "comma" else (p.full() if nm == "full" else p.full().upper())
        q = '"' if (sep == "," and "," in name) else ""
        note = pick(rng, notes_pool)
        row = [C(ref(rng, "res")), sep + date(rng, "iso") + sep + hhmm(rng, 12, 22) + sep + str(rng.randint(1, 10)) + sep + q,
               P(name), q + sep, PH(phone(rng, region if chance(rng, 0.7) else "uk")), sep]
        if chance(rng, 0.7):
            row += [E(email(rng, p, region="uk" if region == "uk" else "peru")), sep]
        else:
            row += [sep]
        row += [O(pick(rng, ["OpenTable", "ResDiary", "TheFork", "Google"])), sep]
        if chance(rng, 0.25):
            other = cast()
            qn = '"' if sep == "," else ""
            row += [qn + "with ", P(other.g1), (" - " + note if note else "") + qn]
        else:
            row += [('"%s"' % note) if (sep == "," and note) else note]
        d(*row)
        d("\n")
    return d


def en_kitchen_rota(rng):
    region = pick(rng, ["uk", "uk", "spain", "peru"])
    cast = Cast(rng, "uk" if region == "uk" else ("peru" if region == "peru" else "spain"))
    site = pick(rng, SITES[region])
    d = Doc()
    d(O(site.upper()), " - KITCHEN & FOH ROTA w/c %s\n" % date(rng, "dmy"))
    d("Name\tRole\tMon\tTue\tWed\tThu\tFri\tSat\tSun\n")
    roles = ["Head Chef", "Sous Chef", "CDP", "KP", "FOH", "Bar", "Supervisor", "Commis"]
    staff = []
    shifts = ["10-18", "12-23", "OFF", "17-close", "8-16", "OFF", "11-15", "HOL"]
    for i in range(rng.randint(5, 8)):
        p = cast()
        staff.append(p)
        nm = p.caps_comma() if chance(rng, 0.4) else p.comma()
        d(P(nm), "\t" + roles[i % len(roles)] + "\t" + "\t".join(pick(rng, shifts) for _ in range(7)) + "\n")
    a, b, c = staff[0], staff[1], staff[2]
    d("\nNotes: ", P(a.g1), " off Thu pm (dentist), ", P(b.nick or b.g1), " covering. If ", P(c.g1),
      " is sick again ring ", "her" if c.female else "him", " on ", PH(phone(rng, region, True)),
      " before 9. Payroll queries to ")
    pay = cast()
    dom = "threetides.co.uk" if region == "uk" else ("tresmareas.pe" if region == "peru" else "tresmareas.es")
    d(P(pay.full()), " (", E(email(rng, pay, dom)), "). Fish delivery from ", O(pick(rng, FISH[region])),
      " moves to 7am Tue - ", P(staff[-1].g1), " to sign for it.\n")
    return d


def en_fish_invoice(rng):
    region = pick(rng, ["uk", "uk", "spain"])
    sup = pick(rng, SUPPLIERS["uk"][:2] + ["Wessex Fish Ltd", "Severn & Wye Smokery"]) if region == "uk" else pick(rng, ["Pescados Lareo S.L.", "Mariscos Hermanos Outeiro"])
    cast = Cast(rng, region)
    contact = cast()
    chef = cast()
    cur = cur_of(region)
    d = Doc()
    d("INVOICE\n", O(sup), "\n", A(address(rng, region, multiline=chance(rng, 0.5))), "\n")
    d("Tel ", PH(phone(rng, region, False)), "  |  ", E("accounts@" + "".join(ch for ch in low(sup).split()[0] if ch.isalnum()) + (".co.uk" if region == "uk" else ".es")), "\n\n")
    d("Invoice no: ", C(ref(rng, "inv")), "\nCustomer account: ", C(ref(rng, "cust")), "\nDate: %s\n" % date(rng, "dmy"))
    d("Bill to: ", O(SITE_LEGAL[region]), " t/a ", O(pick(rng, SITES[region])), "\n", A(address(rng, region)), "\n")
    d("Attn: ", P(chef.full()), "\n\n")
    items = ["John Dory", "Dover sole", "Cornish crab (dressed)", "lemon sole", "hake loins", "octopus (Galician)",
             "Scottish langoustines", "St Peter's fish", "monkfish tails", "king scallops"]
    rng.shuffle(items)
    tot = 0.0
    for it in items[:rng.randint(3, 6)]:
        kg = rng.randint(2, 15)
        pr = rng.randint(900, 4200) / 100.0
        tot += kg * pr
        d("%-28s %3d kg @ %.2f\n" % (it, kg, pr))
    d("Total due: %.2f %s\n\n" % (tot, "GBP" if region == "uk" else "EUR"))
    d("Payment by bank transfer to ", O(pick(rng, BANKS["uk" if region == "uk" else "spain"])), ", IBAN ", IB(iban(rng, "GB" if region == "uk" else "ES")),
      ", quoting the invoice number. Queries: ", P(contact.full()), " ", PH(phone(rng, region, True)), ".\n")
    d("Delivered and signed by ", P(pick(rng, [chef.g1, cast().full()])), ".\n")
    return d


# ---------------------------------------------------------------------------
# English templates (part B)
# ---------------------------------------------------------------------------
def en_voicemail(rng):
    cast = Cast(rng, "ireland")
    d = Doc()
    dealer = pick(rng, DEALER["ireland"])
    d(O(dealer), " - voicemail transcripts (auto), sales & service line\n\n")
    n = rng.randint(3, 4)
    for i, k in enumerate(rng.sample(range(4), n)):
        c = cast()
        staff = cast(culture="ie")
        src = phone(rng, "ireland", True)
        d("Message %d - %s %s - from " % (i + 1, date(rng, "dmy"), hhmm(rng, 8, 19)), PH(src), " (0:%02d)\n" % rng.randint(15, 59))
        if k == 0:
            d("\"Hi, this is, eh, ", P(c.full()), ", I'd a test drive booked for the %s on Saturday with " % pick(rng, MODELS),
              P(staff.nick or staff.g1), " I think? Can't make it, can someone ring me back on ", PH(phone(rng, "ireland", True)), ", thanks.\"\n")
        elif k == 1:
            d("\"Hello, it's ", c.title("en", rng) + " ", P(c.sur1),
              " calling about the finance application, reference ", C(ref(rng, "fin", "IE")), ". ",
              O(pick(rng, FINANCE["ireland"])), " are asking for a payslip, I emailed it to ", P(staff.g1),
              " yesterday from ", E(email(rng, c, region="ireland")), ". Call me back.\"\n")
        elif k == 2:
            d("\"Yeah hi, ", P(c.call(rng)), " here, the %s I rented - agreement " % pick(rng, MODELS), C(ref(rng, "rental", "IE")),
              " - the warning light is on again. I'm on the M7 near Naas. Tell ", P(staff.g1), " to call me.\"\n")
        else:
            d("\"Hi it's ", P(c.g1), " from ", O(pick(rng, INSURERS["ireland"])), ", claims department, about your customer ",
              P(cast().full()), ", claim ", C(ref(rng, "claim")), ". The assessor is out Thursday. Extension ", str(rng.randint(2000, 4999)), ".\"\n")
        d("\n")
    return d


def en_sms_log(rng):
    region = pick(rng, ["ireland", "ireland", "spain"])
    cast = Cast(rng, "ireland" if region == "ireland" else "uk")
    cust = cast()
    agent = cast(culture="ie" if region == "ireland" else "es")
    d = Doc()
    agr = ref(rng, "rental", "IE" if region == "ireland" else "ES")
    org = DEALER[region][2]
    d("SMS log - ", O(org), " - agreement ", C(agr), "\n")
    num = phone(rng, region if region == "ireland" else "uk", True)
    model = pick(rng, MODELS)
    reg = plate(rng, region)
    site_addr = address(rng, region)
    msgs = [
        ("OUT", ["Hi ", P(cust.call(rng)), ", your %s (%s) is ready for collection from 09:00 at " % (model, reg), A(site_addr), ". Bring your licence + card. ", P(agent.g1), " @ ", O(org)]),
        ("IN", ["great thanks, my partner ", P(cast().full()), " will be 2nd driver, is that ok"]),
        ("OUT", ["Yes, add-on driver is %s/day. We need a photo of the licence, email it to " % money(rng, "IEUR" if region == "ireland" else "EUR", 8, 15), E("hire@" + ("kilbridemotors.ie" if region == "ireland" else "alamedamotor.es"))]),
        ("IN", ["sent. also parked in a loading bay by mistake, got a ticket"]),
        ("OUT", ["Thanks. Any fine will be passed on with a %s admin fee under clause 14 of the agreement. Ref " % money(rng, "IEUR" if region == "ireland" else "EUR", 20, 40), C(ref(rng, "fine"))]),
        ("IN", ["ok. will be back sat eve, ", P(agent.g1), " said key drop is fine"]),
        ("OUT", ["Confirmed. Damage check on return by ", P(cast(culture="ie" if region == "ireland" else "es").full()), ". Any questions call ", PH(phone(rng, region, False))]),
    ]
    clk = clock(rng, 8, 10)
    for direction, body in msgs[:rng.randint(5, 7)]:
        clk["min"] += rng.randint(3, 180)
        if clk["min"] >= 22 * 60:
            clk["min"] -= 13 * 60
            clk["day"] += 1
        d("2026-%02d-%02d %02d:%02d %s %s " % ((clk["mon"], clk["day"]) + divmod(clk["min"], 60) + (direction, "to" if direction == "OUT" else "from")),
          PH(num), ": ", *body)
        d("\n")
    return d


def en_fine_letter(rng):
    region = pick(rng, ["ireland", "ireland", "spain"])
    cast = Cast(rng, "ireland" if region == "ireland" else "uk")
    cust = cast()
    sig = cast(culture="ie" if region == "ireland" else "es")
    org = DEALER[region][2]
    d = Doc()
    d(O(org), "\n", A(address(rng, region, multiline=True)), "\n\n")
    d(cust.title("en", rng), " ", P(cust.full()), "\n", A(address(rng, pick(rng, ["ireland", "uk"]), multiline=True)), "\n\n")
    d("%s\n\n" % long_date(rng, "en").split(", ", 1)[1])
    d("Our ref: ", C(ref(rng, "rental", "IE" if region == "ireland" else "ES")), "\nYour customer no.: ", C(ref(rng, "cust")), "\n\n")
    d("Dear ", cust.title("en", rng), " ", P(cust.sur1), ",\n\n")
    if region == "ireland":
        auth = pick(rng, ["An Garda Síochána", "eFlow", "Dublin City Council"])
    else:
        auth = pick(rng, ["Dirección General de Tráfico", "Ayuntamiento de Sevilla", "Ayuntamiento de Madrid"])
    d("We have received a notice from ", O(auth), " (notice no. ", C(ref(rng, "fine")), ") relating to the %s, registration %s, " % (pick(rng, MODELS), plate(rng, region)),
      "which was on hire to you on %s. Under the rental terms you accepted, we have provided your details as the driver: " % date(rng, "dmy"),
      "driving licence ", N(uk_licence(rng, cust.sur1, cust.given, cust.female) if chance(rng, 0.5) else ie_licence(rng)))
    if chance(rng, 0.5):
        d(", passport ", N(passport(rng, pick(rng, ["IE", "UK"]))))
    d(".\n\nAn administration fee of %s has been charged to the card on file. " % money(rng, "IEUR" if region == "ireland" else "EUR", 25, 45))
    d("If you believe this is in error, please contact ", P(pick(rng, [sig.full(), sig.short()])), " on ", PH(phone(rng, region, False)),
      " or at ", E(email(rng, sig, "kilbridemotors.ie" if region == "ireland" else "alamedamotor.es")), " within 14 days.\n\n")
    d("Yours sincerely,\n\n", P(sig.full()), "\nRentals Administrator, ", O(org), "\n")
    return d


def en_caps_form(rng):
    cast = Cast(rng, "ireland")
    c = cast()
    d = Doc()
    kind = pick(rng, ["VEHICLE FINANCE APPLICATION", "RENTAL AGREEMENT - DRIVER DETAILS"])
    d(O(pick(rng, DEALER["ireland"][:2]).upper()), " - ", kind, "\n")
    d("APPLICATION NO: ", C(ref(rng, "fin" if "FINANCE" in kind else "rental", "IE")), "\n")
    d("SURNAME: ", P(c.sur1.upper()), "    FORENAME(S): ", P(c.given.upper()), "\n")
    d("DATE OF BIRTH: %02d/%02d/%d    PPSN: " % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1958, 2002)), N(ie_ppsn(rng)), "\n")
    d("ADDRESS: ", A(address(rng, "ireland").upper()), "\n")
    d("YEARS AT ADDRESS: %d    MOBILE: " % rng.randint(1, 20), PH(phone(rng, "ireland", True)), "\n")
    d("EMAIL: ", E(email(rng, c, region="ireland").upper() if chance(rng, 0.3) else email(rng, c, region="ireland")), "\n")
    emp = pick(rng, ["INTEL IRELAND", "KILDARE COUNTY COUNCIL", "PRIMARK", "HSE", "DUNNES STORES", "KERRY GROUP", "SELF-EMPLOYED"])
    if emp == "SELF-EMPLOYED":
        d("EMPLOYER: SELF-EMPLOYED\n")
    else:
        d("EMPLOYER: ", O(emp), "    GROSS SALARY: %s\n" % money(rng, "IEUR", 28000, 90000))
    d("DRIVING LICENCE NO: ", N(ie_licence(rng)), "\n")
    d("BANK: ", O(pick(rng, BANKS["ireland"]).upper()), "    IBAN: ", IB(iban(rng, "IE")), "\n")
    d("VEHICLE: %s  REG: %s  VIN: %s\n" % (pick(rng, MODELS).upper(), plate(rng, "ireland"), vin(rng)))
    if chance(rng, 0.6):
        s2 = cast()
        d("SECOND DRIVER / CO-APPLICANT: ", P(s2.full().upper()), "  PPSN: ", N(ie_ppsn(rng)), "\n")
    if chance(rng, 0.5):
        d("INSURER: ", O(pick(rng, INSURERS["ireland"]).upper()), "  POLICY HOLDER: ", P(c.full().upper()), "\n")
    sales = cast(culture="ie")
    d("SALES EXEC: ", P(sales.short().upper()), "    SIGNED: ", P(c.short().upper()), "\n")
    return d


def en_event_ios(rng):
    region = pick(rng, ["spain", "peru", "uk"])
    cast = Cast(rng, "uk")
    cust = cast()
    mgr = Cast(rng, region if region != "uk" else "uk")()
    d = Doc()
    clk = clock(rng, 9, 12)
    cn, mn = P(cust.full()), P(mgr.short())
    site = pick(rng, SITES[region])
    wa_line(d, rng, "ios", clk, cn, "Hi ", P(mgr.g1), "! Following up on the private dining room at ", O(site), " for ", P(cast().g1), "'s 40th")
    wa_line(d, rng, "ios", clk, mn, "Hello ", P(cust.g1), ", yes the room is held for you until Friday. 24 guests, set menu B with the ", pick(rng, DESSERTS_EN), " to finish")
    wa_line(d, rng, "ios", clk, cn, "perfect. allergies: ", P(cast().g1), " is coeliac and ", P(cast().full()), " can't have shellfish")
    wa_line(d, rng, "ios", clk, mn, "Noted on booking ", C(ref(rng, "res")), ". Deposit is %s by transfer: " % money(rng, cur_of(region), 200, 600), IB(iban(rng, "GB" if region == "uk" else "ES")),
            " (", O(pick(rng, BANKS["uk" if region == "uk" else "spain"])), "), reference your surname please")
    wa_line(d, rng, "ios", clk, cn, "‎image omitted")
    wa_line(d, rng, "ios", clk, cn, "done! paid from my husband's account, name on it is ", P(cast(female=False, culture=cust.culture).full()))
    wa_line(d, rng, "ios", clk, mn, "Received, thank you. If anything changes call me on ", PH(phone(rng, region, True)), " or ", E(email(rng, mgr, "threetides.co.uk" if region == "uk" else "tresmareas.es")))
    if chance(rng, 0.6):
        wa_line(d, rng, "ios", clk, cn, "one more thing, can we bring a cake from ", O(pick(rng, ["Hobbs House Bakery", "Panadería La Espiga", "Pastelería San Antonio", "Joe's Bakery"])), "?")
        wa_line(d, rng, "ios", clk, mn, "Of course, small cakeage fee. ", P(cast(region=region if region != "uk" else "uk").g1), " will be your host on the night")
    return d


# ---------------------------------------------------------------------------
# English templates (part C)
# ---------------------------------------------------------------------------
def en_claim_forward(rng):
    cast = Cast(rng, "ireland")
    adv = cast(culture="ie")
    handler = cast()
    cust = cast()
    tp = cast()
    ins = pick(rng, INSURERS["ireland"])
    insdom = low(ins).split()[0].replace(".", "") + ".ie"
    claim = ref(rng, "claim")
    d = Doc()
    mail_header(d, rng, "en", adv, email(rng, adv, "kilbridemotors.ie"), handler, email(rng, handler, insdom),
                ["FW: Damage report - ", C(claim), " - %s" % plate(rng, "ireland")])
    d("Hi ", P(handler.g1), ",\n\nForwarding the customer's report below plus the bodyshop estimate from ",
      O(pick(rng, REPAIR["ireland"])), " (job ", C(ref(rng, "wo", "IE")), "). Photos to follow.\n\n")
    d(P(adv.short()), "\nService Advisor | ", O("Kilbride Motors Ltd"), " | ", PH(phone(rng, "ireland", False)), "\n\n")
    d("---------- Forwarded message ---------\nFrom: ", P(cust.full()), " <", E(email(rng, cust, region="ireland")), ">\n")
    d("Date: %s\nSubject: accident report\nTo: " % long_date(rng, "en"), P(adv.full()), " <", E(email(rng, adv, "kilbridemotors.ie")), ">\n\n")
    d("Hi ", P(adv.g1), ", as discussed. On %s at about %s I was reversing out of the car park at %s when a van hit the rear passenger door. " %
      (date(rng, "dmy"), hhmm(rng), pick(rng, ["the train station", "the GAA club", "the school on the Sallins road", "my office"])))
    d("The other driver was ", P(tp.full()), ", mobile ", PH(phone(rng, "ireland", True)), ", insured with ", O(pick(rng, INSURERS["ireland"])),
      ". Garda ", P(cast(culture="ie").sur1), " from Naas station took details, incident no. ", C(ref(rng, "ticket")), ".\n")
    if chance(rng, 0.6):
        d("My policy is in my wife's name, ", P(cast(female=True, culture=cust.culture).full()), ", policy under the same address: ", A(address(rng, "ireland")), ".\n")
    d("Thanks,\n", P(cust.call(rng)), "\n")
    return d


def en_payroll(rng):
    region = pick(rng, ["uk", "uk", "spain"])
    cast = Cast(rng, "uk" if region == "uk" else "spain")
    emp = cast()
    pay = cast()
    mgr = cast()
    dom = "threetides.co.uk" if region == "uk" else "tresmareas.es"
    d = Doc()
    mail_header(d, rng, "en", emp, email(rng, emp, region="uk" if region == "uk" else "spain"), pay, email(rng, pay, dom),
                ["Payslip query - %s - payroll no. " % EN_MONTHS[rng.randint(0, 11)], C(ref(rng, "emp"))],
                cc=[(mgr, email(rng, mgr, dom))])
    d("Hi ", P(pay.g1), ",\n\nMy payslip for last month is short by %s. I worked the extra shifts on the 14th and 15th covering for " % money(rng, cur_of(region), 60, 240),
      P(cast().g1), " (", P(mgr.g1), " signed them off on ", O(pick(rng, ["Rotaready", "Deputy", "Factorial"])), ").\n")
    if region == "uk":
        d("Also my tax code looks wrong - ", O("HMRC"), " say my NI number is ", N(uk_ni(rng)), " but the payslip shows an old one.\n")
        d("Could you pay the difference into my new account? ", O(pick(rng, BANKS["uk"])), ", IBAN ", IB(iban(rng, "GB")), ".\n")
    else:
        idn = es_nie(rng) if chance(rng, 0.6) else es_dni(rng)
        d("Also the nómina still has my old NIE/DNI, it should be ", N(idn), ", and ", O(pick(rng, ["Seguridad Social", "Tesorería General de la Seguridad Social"])), " need it to match.\n")
        d("Please pay into my new account at ", O(pick(rng, BANKS["spain"])), ": ", IB(iban(rng, "ES")), ".\n")
    d("\nThanks a million,\n", P(emp.full()), "\n", PH(phone(rng, region, True)), "\n")
    if chance(rng, 0.6):
        d("\nOn %s, " % date(rng, "dmy"), P(pay.full()), " wrote:\n> Hi all, payslips are now on ", O(pick(rng, ["Sage", "Xero", "Factorial", "Holded"])),
          ". Any queries, reply to this e-mail with your payroll number.\n> ", P(pay.g1), "\n")
    return d


def en_inspection(rng):
    region = pick(rng, ["uk", "uk", "peru"])
    cast = Cast(rng, region)
    off1 = cast()
    off2 = cast()
    mgr = cast()
    chef = cast()
    site = pick(rng, SITES[region])
    auth = pick(rng, ["Bristol City Council", "Food Standards Agency"]) if region == "uk" else pick(rng, ["DIGESA", "Municipalidad de Barranco"])
    d = Doc()
    d("INSPECTION VISIT NOTE - ", O(site), "\nDate: %s  Time in: %s  Out: %s\n" % (date(rng, "dmy"), hhmm(rng, 9, 11), hhmm(rng, 12, 15)))
    d("Inspecting officer(s): ", P(off1.full()), pick(rng, [" (EHO)", " (Senior EHO)", ""]), ", ", P(off2.full()), " - ", O(auth), "\n")
    d("Case ref: ", C(ref(rng, "ticket")), "\nPresent for the business: ", P(mgr.full()), " (GM), ", P(chef.full()), " (Head Chef)\n\n")
    d("Summary: walk-in fridge at 7.5C, probe logs missing for 3 days. ", off1.title("en", rng), " ", P(off1.sur1),
      " asked for the pest-control contract (", O(pick(rng, ["Rentokil", "Anticimex", "Ecolab"])), ") and allergen matrix. ")
    d("The %s and %s were checked against the matrix - OK. " % (pick(rng, DISHES_EN), pick(rng, DISHES_EN)))
    d(P(chef.g1), " to retrain ", P(cast().g1), " and ", P(cast().g1), " on cooling logs by Friday.\n")
    d("Expected rating: %d. Follow-up letter to be sent to " % rng.randint(2, 5), A(address(rng, region)), ".\n")
    d("Officer contact: ", E(email(rng, off1, "bristol.gov.uk" if region == "uk" else "digesa.minsa.gob.pe")), " / ", PH(phone(rng, region, False)), "\n")
    return d


def en_tradein_export(rng):
    cast = Cast(rng, "ireland")
    d = Doc()
    d("lead_ref;received;customer;mobile;email;current_vehicle;reg;mileage;offer;interested_in;sales_exec\n")
    execs = [cast(culture="ie") for _ in range(2)]
    for _ in range(rng.randint(4, 6)):
        c = cast()
        nm = pick(rng, [c.full(), c.comma(), c.short(), low(c.short())])
        ex = pick(rng, execs)
        d(C(ref(rng, pick(rng, ["cust", "ticket"]))), ";%s;" % date(rng, "iso"), P(nm), ";", PH(phone(rng, "ireland", True)), ";")
        if chance(rng, 0.6):
            d(E(email(rng, c, region="ireland")))
        d(";%s;%s;%d;%s;%s;" % (pick(rng, MODELS), plate(rng, "ireland"), rng.randint(18000, 190000),
                                money(rng, "IEUR", 1500, 19000), pick(rng, MODELS)), P(ex.g1 if chance(rng, 0.5) else ex.short()), "\n")
    d("# source: ", O(pick(rng, ["DoneDeal", "Carzone"])), " + walk-ins. valuations checked with ", O(pick(rng, ["Cartell", "Motorcheck", "Experian"])), "\n")
    return d


def en_voucher_complaint(rng):
    region = pick(rng, ["spain", "uk", "peru"])
    cast = Cast(rng, "uk")
    cust = cast()
    giver = cast()
    staff = Cast(rng, region)()
    site = pick(rng, SITES[region])
    dom = "threetides.co.uk" if region == "uk" else ("tresmareas.pe" if region == "peru" else "tresmareas.es")
    d = Doc()
    v = ref(rng, "voucher")
    mail_header(d, rng, "en", cust, email(rng, cust, region="uk"), "Customer Care", "hola@" + dom,
                ["Gift voucher not accepted - ", C(v)])
    d("To whom it may concern,\n\nMy ", pick(rng, ["sister", "colleague", "mother-in-law", "friend"]) if giver.female else pick(rng, ["brother", "colleague", "father-in-law", "friend"]), ", ", P(giver.full()),
      ", bought me a tasting-menu voucher (code ", C(v), ") through ", O(pick(rng, ["Smartbox", "Wonderbox", "Groupon"])),
      " for %s. When we went to " % money(rng, cur_of(region), 80, 180), O(site), " on %s the waiter, " % date(rng, "dmy"), P(staff.g1),
      ", said it had expired and we paid in full, including two glasses of ", pick(rng, DRINKS), ".\n\n")
    d("The voucher clearly says valid until %s. Our table was booked under my name, reservation " % date(rng, "dmy", 2027), C(ref(rng, "res")),
      ". I would like a refund to my card or a new voucher.\n\n")
    d("Regards,\n", P(cust.full()), "\n", A(address(rng, pick(rng, ["uk", "ireland"]))), "\n", PH(phone(rng, pick(rng, ["uk", "ireland"]), True)), "\n")
    if chance(rng, 0.5):
        d("\n-- internal note added by ", P(Cast(rng, region)().g1), ": voucher was issued by ", O(SITE_LEGAL[region]),
          ", customer account ", C(ref(rng, "cust")), ". OK to reissue.\n")
    return d


def en_booking_notes(rng):
    region = pick(rng, ["uk", "uk", "spain", "peru"])
    cast = Cast(rng, "uk" if region == "uk" else ("peru" if region == "peru" else "spain"))
    d = Doc()
    d(O(low(pick(rng, ["ResDiary", "OpenTable", "SevenRooms", "CoverManager"]))), " guest notes export - ", O(low(pick(rng, SITES[region])) if chance(rng, 0.5) else pick(rng, SITES[region])), "\n")
    for k in rng.sample(range(6), rng.randint(4, 6)):
        g = cast(region=None if chance(rng, 0.5) else "uk")
        other = cast()
        d("- ")
        if k == 0:
            d(P(low(g.short())), ": severe nut allergy!! epipen in bag. husband ", P(low(other.g1)), " ok w everything. tbl 12 pref")
        elif k == 1:
            d(P(low(g.full())), " - no show x2 (", C(ref(rng, "res")), "), take card details next time. mob ", PH(phone(rng, region, True)))
        elif k == 2:
            d(P(g.caps_comma() if chance(rng, 0.5) else g.comma()), " - regular, likes the ", pick(rng, DISHES_EN).lower(), ", wine ", pick(rng, ["albariño", "rioja reserva", "verdejo", "malbec"]),
              ". asks for ", P(low(other.g1)), " as waiter")
        elif k == 3:
            d("mr/mrs ", P(low(g.sur1)), " coeliac + lactose. bday on the 14th, cake from ", O(low(pick(rng, ["Hobbs House Bakery", "Panadería La Espiga", "Pastelería San Antonio"]))))
        elif k == 4:
            d(P(low(g.call(rng))), " (", E(email(rng, g, region="uk")), ") complained re corkage, ", P(low(other.g1)), " comped dessert. voucher ", C(ref(rng, "voucher")))
        else:
            d("vip - ", P(g.full()), " from ", O(pick(rng, ["Deloitte", "Airbus", "Rolls-Royce", "Interbank", "Telefónica", "Aardman"])), ", always books via pa ", P(low(other.short())), " ", PH(phone(rng, region, False)))
        d("\n")
    return d




# ---------------------------------------------------------------------------
# Spanish templates (part A)
# ---------------------------------------------------------------------------
def site_dom(region):
    return {"uk": "threetides.co.uk", "peru": "tresmareas.pe"}.get(region, "tresmareas.es")


def es_reserva_email(rng):
    region = pick(rng, ["spain", "spain", "peru"])
    site = pick(rng, SITES[region])
    cast = Cast(rng, region)
    mgr = cast()
    cust = cast(region=pick(rng, [region, "latam"]))
    amiga = cast()
    staff = cast()
    dom = site_dom(region)
    r = ref(rng, "res")
    d = Doc()
    mail_header(d, rng, "es", mgr, email(rng, mgr, dom), cust, email(rng, cust, region="latam"),
                ["RE: Cargo por no presentarse - reserva ", C(r)])
    d("Estimad%s %s " % ("a" if cust.female else "o", cust.sur_title("es", rng)), P(cust.sur1 if chance(rng, 0.5) else cust.sur()), ":\n\n")
    d("Gracias por su mensaje. Según las condiciones aceptadas al reservar en ", O(pick(rng, ["TheFork", "CoverManager"])),
      ", para grupos de más de 8 personas se cobra %s por comensal si no se cancela con 24 horas. " % money(rng, "PEN" if region == "peru" else "EUR", 10, 30))
    d("He revisado el registro: no consta ninguna llamada de ", P(amiga.g1 + " " + amiga.sur1), ", y ", P(staff.nick or staff.g1),
      ", que estaba en sala esa noche, tampoco la recuerda. Aun así le devolvemos el 50 %% a la tarjeta de la fianza.\n\n".replace("%%", "%"))
    d(pick(rng, ["Un saludo,", "Atentamente,", "Saludos cordiales,"]), "\n\n", P(mgr.full()), "\n", pick(rng, ["Jefa de sala" if mgr.female else "Jefe de sala", "Gerente", "Responsable de reservas"]), " · ", O(site), "\n")
    d(A(address(rng, region)), " · ", PH(phone(rng, region, False)), "\n\n")
    d("El %s, %d %s 2026 a las %s, " % (pick(rng, ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]), rng.randint(1, 28), pick(rng, ES_MONTHS)[:3], hhmm(rng, 18, 23)),
      P(cust.full()), " (<", E(email(rng, cust, region="latam")), ">) escribió:\n")
    d("> Buenas noches, me han cobrado %s de la reserva " % money(rng, "PEN" if region == "peru" else "EUR", 80, 250), C(r),
      ". Mi amig%s " % ("a" if amiga.female else "o"), P(amiga.full()),
      " llamó el viernes para cancelar y habló con %s que se llamaba " % ("una chica" if staff.female else "un chico"), P(staff.g1), ".\n")
    d("> Si no me lo devuelven pongo una reseña en ", O(pick(rng, ["Google", "Tripadvisor"])), ". Mi teléfono es ", PH(phone(rng, region, True)), ".\n> ", P(cust.call(rng)), "\n")
    return d


def es_whatsapp_cocina(rng):
    region = pick(rng, ["spain", "spain", "peru"])
    cast = Cast(rng, region)
    style = pick(rng, ["android", "ios"])
    crew = [cast() for _ in range(5)]
    snd = [P(p.nick) if p.nick else (P(p.g1) if chance(rng, 0.5) else P(p.short())) for p in crew]
    clk = clock(rng, 8, 11)
    pareja = cast(female=True, culture="es" if region == "spain" else "pe")
    pareja2 = cast(female=False, culture=pareja.culture)
    d = Doc()
    unk = PH(phone(rng, region, True))
    dish = pick(rng, DISHES_ES)
    sup = pick(rng, FISH[region])
    auth = pick(rng, ["Madrid Salud", "Ayuntamiento de Valencia", "Conselleria de Sanitat"]) if region == "spain" else pick(rng, ["DIGESA", "Municipalidad de Barranco"])
    wa_line(d, rng, style, clk, snd[0], "buenos dias familia, hoy no llega el pescado de ", O(sup), " hasta las 12")
    wa_line(d, rng, style, clk, snd[1], "pues sin %s hasta que llegue" % dish)
    wa_line(d, rng, style, clk, snd[2], "ojo que a las 14:30 viene la reserva de ", P(pareja.nick or pareja.g1), " y ", P((pareja2.nick or pareja2.g1) + " " + pareja2.sur1),
            ", la mesa 7, ella es celiaca")
    nuevo = cast()
    wa_line(d, rng, style, clk, unk, "hola soy ", P(nuevo.g1), " %s de office, me paso " % ("la nueva" if nuevo.female else "el nuevo"), P(crew[3].nick or crew[3].g1), " este numero. a que hora entro mañana?")
    wa_line(d, rng, style, clk, snd[3], "a las 9 con ", P(crew[4].nick or crew[4].g1), ". trae el DNI y el numero de la seguridad social para el contrato" if region == "spain" else ". trae tu DNI para el contrato")
    wa_line(d, rng, style, clk, snd[0], "‎<Multimedia omitido>" if style == "android" else "‎imagen omitida")
    wa_line(d, rng, style, clk, snd[4], "chicos el jueves viene otra vez la inspectora de ", O(auth), ", la ", pick(rng, ["sra.", "señora", "dra."]), " ", P(cast().sur1),
            ". que este todo etiquetado")
    wa_line(d, rng, style, clk, snd[1], "vale. ", P(crew[0].nick or crew[0].g1), " me pasas el telefono de ", P(cast().short()), " de la bodega? que nos falta ", pick(rng, ["albariño", "verdejo", "Pisco Sour premezcla", "rioja"]))
    wa_line(d, rng, style, clk, snd[0], PH(phone(rng, region, True)), " ese es, dile que vas de mi parte")
    return d


def es_taller_notas(rng):
    region = pick(rng, ["spain", "mexico", "mexico"])
    cast = Cast(rng, region)
    c = cast()
    hijo = cast(culture=c.culture)
    tec = cast()
    asesor = cast()
    d = Doc()
    org = DEALER[region][1]
    d(O(low(org)), " - notas taller - exp cliente ", C(ref(rng, "cust")), "\n")
    tit = low(c.title("es", rng)).rstrip(".")
    nm = low(c.nick or c.g1) + " " + low(c.sur1)
    model = low(pick(rng, MODELS))
    d("%s %s llamo %s " % (date(rng, "dm"), hhmm(rng), tit), P(nm), " x la %s del %s %s, cita jueves 8:30, pide coche de sustitucion. orden " %
      ("itv" if region == "spain" else "verificacion", model, plate(rng, region)), C(ref(rng, "wo", "ES" if region == "spain" else "MX")), "\n")
    d("%s %s dejo el coche su %s " % (date(rng, "dm"), hhmm(rng), "hija" if hijo.female else "hijo"), P(low(hijo.nick or hijo.g1)), ", dice q hace ruido al frenar. tlf ", PH(phone(rng, region, True)), "\n")
    rep = pick(rng, REPAIR[region])
    d("%s %s presupuesto chapa mandado a " % (date(rng, "dm"), hhmm(rng)), O(low(rep)), " , lo revisa ", P(low(tec.g1)), ". pieza pedida a ",
      O(low(pick(rng, MAKERS[region]))), "\n")
    ins = pick(rng, INSURERS["spain" if region == "spain" else "mexico"])
    d("%s %s llama perito de " % (date(rng, "dm"), hhmm(rng)), O(low(ins)), " (", P(low(cast().short())), ") siniestro ", C(ref(rng, "claim")),
      ", necesita fotos antes del viernes a ", E("peritaciones@" + low(ins).split()[0].replace(".", "") + (".es" if region == "spain" else ".com.mx")), "\n")
    if region == "spain":
        d("%s %s cliente pide financiar la reparacion, solicitud " % (date(rng, "dm"), hhmm(rng)), C(ref(rng, "fin", "ES")), " con ",
          O(low(pick(rng, FINANCE["spain"]))), ", dni ", N(es_dni(rng).lower() if chance(rng, 0.3) else es_dni(rng)), "\n")
    else:
        curp, _ = mx_curp(rng, c.given, c.sur1, c.sur2, c.female)
        d("%s %s cliente quiere financiamiento p/ auto nuevo, solicitud " % (date(rng, "dm"), hhmm(rng)), C(ref(rng, "fin", "MX")), " con ",
          O(low(pick(rng, FINANCE["mexico"]))), ", curp ", N(curp), "\n")
    d("%s %s seguimiento: " % (date(rng, "dm"), hhmm(rng)), P(low(asesor.nick or asesor.g1)), " llamo, no contesta. mandar whatsapp al ", PH(phone(rng, region, True)), "\n")
    d("direccion fiscal: ", A(low(address(rng, region)) if chance(rng, 0.5) else address(rng, region)), "\n")
    return d


def es_reservas_csv(rng):
    region = pick(rng, ["peru", "spain", "peru"])
    cast = Cast(rng, region)
    d = Doc()
    d("localizador;fecha;hora;pax;cliente;telefono;email;canal;observaciones\n")
    obs = ["alergia frutos secos", "celiaca", "cumpleaños - vela en el postre (%s)" % pick(rng, ["suspiro a la limeña", "Tarta de Santiago", "crema catalana"]),
           "trona", "terraza si hay", "cliente habitual", "intolerancia lactosa", "", "sin gluten x2", "mesa 4 o 5",
           "vegano", "no-show anterior, pedir tarjeta"]
    for _ in range(rng.randint(4, 7)):
        p = cast(region=None if chance(rng, 0.7) else "latam")
        k = rng.randint(0, 3)
        name = [p.caps_comma(), p.full(), p.comma(), p.short().upper()][k]
        row = [C(ref(rng, "res")), ";%s;%s;%d;" % (date(rng, "dmy"), hhmm(rng, 12, 22), rng.randint(1, 12)), P(name), ";",
               PH(phone(rng, region if chance(rng, 0.8) else pick(rng, ["colombia", "chile", "dominican"]))), ";"]
        if chance(rng, 0.7):
            row += [E(email(rng, p, region="peru" if region == "peru" else "spain"))]
        row += [";", O(pick(rng, ["TheFork", "CoverManager", "Google", "Rappi", "PedidosYa"] if region == "peru" else ["TheFork", "CoverManager", "Google"])), ";"]
        if chance(rng, 0.25):
            o = cast()
            row += ["viene con ", P(o.g1), " " + pick(rng, obs)]
        else:
            row += [pick(rng, obs)]
        d(*row)
        d("\n")
    return d


def es_cuadrante(rng):
    region = pick(rng, ["spain", "peru", "spain"])
    cast = Cast(rng, region)
    site = pick(rng, SITES[region])
    d = Doc()
    d("CUADRANTE SEMANAL - ", O(site.upper()), " - semana del %s\n" % date(rng, "dmy"))
    d("Empleado\tPuesto\tL\tM\tX\tJ\tV\tS\tD\n")
    puestos = ["Jefe cocina", "2º cocina", "Partida", "Office", "Sala", "Barra", "Encargado/a", "Ayudante"]
    turnos = ["M", "T", "P", "L", "L", "VAC", "M", "T", "BAJA"]
    staff = []
    for i in range(rng.randint(5, 8)):
        p = cast(region=None if chance(rng, 0.75) else "latam")
        staff.append(p)
        d(P(p.caps_comma() if chance(rng, 0.6) else p.comma()), "\t" + puestos[i % len(puestos)] + "\t" + "\t".join(pick(rng, turnos) for _ in range(7)) + "\n")
    d("\nM = 8-16 / T = 16-24 / P = partido\n")
    a, b, c = staff[0], staff[1], staff[2]
    d("Notas: ", P(a.nick or a.g1), " cambia el jueves con ", P(b.nick or b.g1), ". ", P(c.g1), " de baja hasta nuevo aviso, dudas de nómina a ")
    rr = cast()
    d(P(rr.full()), " (", E(email(rng, rr, site_dom(region))), " / ", PH(phone(rng, region, False)), "). ")
    d("Pedido de ", O(pick(rng, SUPPLIERS[region])), " lo recibe ", P(staff[-1].g1), " el martes a las 7.\n")
    return d


def es_factura(rng):
    region = pick(rng, ["spain", "peru", "spain"])
    cast = Cast(rng, region)
    sup = pick(rng, SUPPLIERS[region][:4] if region == "spain" else ["Distribuidora Pacífico Sur S.A.C.", "Inversiones Marinas Chorrillos S.A.C.", "Santiago Queirolo S.A.C.", "Agroexportadora Huaral E.I.R.L."])
    comercial = cast()
    chef = cast()
    d = Doc()
    d("FACTURA" if region == "spain" else "FACTURA ELECTRÓNICA", "\n", O(sup), "\n", A(address(rng, region)), "\n")
    d("Tel. ", PH(phone(rng, region, False)), " - ", E("administracion@" + low(sup).split()[0] + (".es" if region == "spain" else ".com.pe")), "\n\n")
    d("Nº factura: ", C(ref(rng, "inv")), "\nNº cliente: ", C(ref(rng, "cust")), "\nFecha: %s\n" % date(rng, "dmy"))
    d("Cliente: ", O(SITE_LEGAL[region]), " (", O(pick(rng, SITES[region])), ")\n", "Dirección de entrega: ", A(address(rng, region)), "\n")
    d("A la atención de: ", P(chef.full()), "\n\n")
    items = (["pulpo cocido", "merluza de pincho", "lubina salvaje", "almejas de Carril", "percebes", "pez de San Pedro",
              "centollo", "rape", "Albariño Martín Códax (caja 6)", "gambas de Huelva"] if region == "spain" else
             ["corvina", "pulpo", "conchas negras", "lenguado", "pesca del día", "langostinos", "ají limo (kg)",
              "Pisco Queirolo Quebranta (caja 6)", "camote amarillo", "choclo"])
    rng.shuffle(items)
    tot = 0.0
    for it in items[:rng.randint(3, 6)]:
        q = rng.randint(1, 20)
        pr = rng.randint(400, 4500) / 100.0
        tot += q * pr
        d("%-36s %3d x %8.2f\n" % (it, q, pr))
    if region == "spain":
        d("Base imponible: %.2f €  IVA 10%%: %.2f €  TOTAL: %.2f €\n\n" % (tot, tot * 0.1, tot * 1.1))
        d("Forma de pago: transferencia a ", O(pick(rng, BANKS["spain"])), " ", IB(iban(rng, "ES")), ". ")
    else:
        d("Op. gravada: S/ %.2f  IGV 18%%: S/ %.2f  TOTAL: S/ %.2f\n\n" % (tot, tot * 0.18, tot * 1.18))
        d("Pago: depósito en ", O(pick(rng, BANKS["peru"][:4])), " o ", O("Yape"), " al ", PH(phone(rng, "peru", True)), ". ")
    d("Comercial: ", P(comercial.full()), " ", PH(phone(rng, region, True)), ".\nRecibido por: ", P(pick(rng, [chef.g1, cast().full()])), "\n")
    return d


# ---------------------------------------------------------------------------
# Spanish templates (part B)
# ---------------------------------------------------------------------------
MAINS_EN = _L("fish pie|Caesar salad|ceviche|lomo saltado|Sunday roast|hake special|risotto")
MAINS_ES = _L("lomo saltado|arroz negro|ají de gallina|tiradito nikkei|rabo de toro|arroz con pato|ceviche clásico")
DESSERTS_EN = _L("Pavlova|Peach Melba|sticky toffee pudding|Eton mess|Tarta de Santiago|suspiro a la limeña")
DESSERTS_ES = _L("Tarta de Santiago|suspiro a la limeña|crema catalana|torrija caramelizada|picarones|tres leches|"
                 "mazamorra morada|Tarta de Santiago")


def en_reviews(rng):
    region = pick(rng, ["uk", "peru", "spain", "uk"])
    site = pick(rng, SITES[region])
    cast = Cast(rng, "uk")
    staff_cast = Cast(rng, region)
    d = Doc()
    plat = pick(rng, ["Tripadvisor", "Google"])
    d(O(plat), " reviews - ", O(site), " (export %s)\n\n" % date(rng, "dmy"))
    for stars in rng.sample([5, 4, 3, 2, 1], rng.randint(3, 4)):
        rv = cast(region=pick(rng, ["uk", "ireland", "uk"]))
        waiter = staff_cast()
        nm = rv.handle(rng)
        d("★" * stars + "☆" * (5 - stars) + "  ", P(nm), " - %s\n" % pick(rng, ["2 weeks ago", "a month ago", date(rng, "dmy"),
                                                                           "Date of visit: " + EN_MONTHS[rng.randint(0, 11)] + " 2026"]))
        dish, v = pick(rng, DISHES_EN), rng.randint(0, 2)
        if stars >= 4 and v == 0:
            d("\"Lovely evening. The %s was outstanding and our waiter " % dish, P(waiter.g1),
              " could not have been nicer. Booked via ", O(pick(rng, ["OpenTable", "TheFork", "ResDiary"])),
              " with no fuss. Will be back with ", P(cast().g1), ".\"\n")
        elif stars >= 4 and v == 1:
            d("\"Came for ", P(cast().g1), "'s birthday and ", P(waiter.g1), " sorted a candle on the %s without us asking. " % pick(rng, DESSERTS_EN),
              "Best %s I've had in ages.\"\n" % dish)
        elif stars >= 4:
            d("\"Solid brunch. Ask for ", P(waiter.full() if chance(rng, 0.4) else waiter.g1), ", knows the wine list inside out. Parking is a pain though.\"\n")
        elif stars == 3 and v != 1:
            d("\"Food good (try the %s), service slow. We waited 40 min for mains and the manager, " % dish,
              P(waiter.full() if chance(rng, 0.3) else waiter.g1), ", just shrugged.\"\n")
        elif stars == 3:
            d("\"Mixed. Starters great, mains lukewarm. ", P(waiter.g1), " was apologetic and took the %s off the bill.\"\n" % pick(rng, DRINKS))
        elif v == 0:
            d("\"Used a gift voucher (", C(ref(rng, "voucher")), ") and was told it had already been redeemed. ",
              "Complained at the time to ", P(waiter.g1), ". Still waiting for the refund promised by e-mail.\"\n")
        elif v == 1:
            d("\"Booked for six through ", O(pick(rng, ["OpenTable", "TheFork", "ResDiary"])), ", arrived to find no table. ", P(waiter.g1),
              " said booking ", C(ref(rng, "res")), " had been cancelled - not by us!\"\n")
        else:
            d("\"My partner ", P(cast().g1), " has a shellfish allergy, we told ", P(waiter.g1), " twice and the %s still came with prawns. Never again.\"\n" % pick(rng, MAINS_EN))
        if chance(rng, 0.6):
            mgr = staff_cast()
            d("  Response from the owner: Dear ", P(rv.g1 if "_" not in nm and " " in nm else nm), ", thank you for your feedback. ")
            if stars <= 2:
                d("Please contact me directly on ", E(email(rng, mgr, site_dom(region))),
                  " or ", PH(phone(rng, region, False)), " so we can sort this out. - ", P(mgr.g1), ", General Manager\n")
            else:
                if stars == 3:
                    d("Sorry the wait spoiled it - I have spoken to ", P(waiter.g1), " and the kitchen team. - ", P(mgr.full()), "\n")
                else:
                    d("We'll pass your kind words on to ", P(waiter.g1), ". - ", P(mgr.full()), "\n")
        d("\n")
    return d


def es_resenas(rng):
    region = pick(rng, ["spain", "peru", "peru", "spain"])
    site = pick(rng, SITES[region])
    cast = Cast(rng, region)
    d = Doc()
    plat = pick(rng, ["Google", "Tripadvisor"])
    d("Reseñas de ", O(plat), " - ", O(site), " - exportado %s\n\n" % date(rng, "dmy"))
    for st in rng.sample([5, 4, 3, 2, 1], rng.randint(3, 4)):
        rv = cast(region=pick(rng, [region, "latam", region]))
        mozo = cast()
        nm = rv.handle(rng)
        d("%d/5  " % st, P(nm), " · %s\n" % pick(rng, ["hace 2 semanas", "hace un mes", date(rng, "dmy"), "Local Guide · %d reseñas" % rng.randint(3, 250)]))
        plato, v = pick(rng, DISHES_ES + DRINKS), rng.randint(0, 2)
        waiter = ("moza" if region == "peru" else "camarera") if mozo.female else ("mozo" if region == "peru" else "camarero")
        if st >= 4 and v == 0:
            d("\"Todo buenísimo, el %s espectacular. La atención de " % plato, P(mozo.g1), " (%s) de diez. Reservamos por " % waiter,
              O(pick(rng, ["TheFork", "CoverManager", "Google"])), " sin problema. Volveremos con ", P(cast().g1), ".\"\n")
        elif st >= 4 and v == 1:
            d("\"Celebramos el cumple de mi vieja y ", P(mozo.g1), " nos sacó la %s con vela sin pedirlo. Un amor. " % pick(rng, DESSERTS_ES),
              "Pregunten por ", P(mozo.g1 if chance(rng, 0.5) else mozo.short()), ".\"\n")
        elif st >= 4:
            d("\"Muy buena comida y buena carta de vinos. ", P(mozo.full()), " nos recomendó un %s buenísimo.\"\n" % pick(rng, ["Albariño", "Verdejo", "Rioja Reserva", "Tannat"]))
        elif st == 3 and v != 1:
            d("\"Comida rica (pidan el %s) pero lentísimos. El encargado, " % plato, P(mozo.g1 if chance(rng, 0.6) else mozo.short()), ", ni se disculpó.\"\n")
        elif st == 3:
            d("\"Ni fu ni fa. Los entrantes bien, el principal frío. ", P(mozo.g1), " nos invitó al postre, eso sí.\"\n")
        elif v == 0:
            d("\"Fuimos con un bono regalo (", C(ref(rng, "voucher")), ") y nos dijeron que ya estaba canjeado. Se lo dijimos a ", P(mozo.g1),
              " y quedó en llamarnos. Nada.\"\n")
        elif v == 1:
            d("\"Reservamos por ", O(pick(rng, ["TheFork", "CoverManager"])), " (localizador ", C(ref(rng, "res")), ") y al llegar no había mesa. ",
              P(mozo.g1), " nos dijo que la habíamos cancelado. Mentira.\"\n")
        else:
            al = cast()
            d("\"Avisamos de que ", P(al.g1), " es alérgic%s al marisco" % ("a" if al.female else "o"), " y el %s vino con langostinos. " % pick(rng, MAINS_ES), P(mozo.g1), " se encogió de hombros.\"\n")
        if chance(rng, 0.65):
            dueno = cast()
            saludo = P(rv.g1) if (" " in nm and "_" not in nm) else P(nm)
            d("  Respuesta del propietario: Hola ", saludo, ", gracias por tu opinión. ")
            if st <= 2:
                d("Escríbenos a ", E(email(rng, dueno, site_dom(region))), " o llama al ", PH(phone(rng, region, False)),
                  " y lo solucionamos. ", P(dueno.g1), ", gerente\n")
            else:
                d("Se lo diremos a ", P(mozo.g1), ". ", P(dueno.full()), "\n")
        d("\n")
    return d


def es_buzon_voz(rng):
    cast = Cast(rng, "mexico")
    d = Doc()
    org = pick(rng, DEALER["mexico"][:2])
    d(O(org), " - transcripción automática del buzón de voz (ventas y servicio)\n\n")
    for i, k in enumerate(rng.sample(range(4), rng.randint(3, 4))):
        c = cast()
        ases = cast()
        d("Mensaje %d · %s %s · de " % (i + 1, date(rng, "dmy"), hhmm(rng, 8, 19)), PH(phone(rng, "mexico", True)), " · 0:%02d\n" % rng.randint(15, 59))
        if k == 0:
            d("\"Buenas tardes, habla ", P(c.full()), ", tenía prueba de manejo del %s el sábado con " % pick(rng, MODELS),
              P(ases.nick or ases.g1), ", pero no voy a poder. Me regresan la llamada al ", PH(phone(rng, "mexico", True)), ", gracias.\"\n")
        elif k == 1:
            d("\"Qué tal, soy ", ("la " if c.female else "el ") + pick(rng, ["Lic. ", "Ing. ", "C.P. "]),
              P(c.short()), " de ", O(pick(rng, INSURERS["mexico"])), ", le llamo por el siniestro ", C(ref(rng, "claim")), " de su cliente ",
              P(cast().full()), ". El ajustador pasa el jueves. Mi extensión es la %d.\"\n" % rng.randint(100, 999))
        elif k == 2:
            d("\"Oiga, soy ", P(c.nick or c.g1), ", %s del %s gris. Ya me llegó lo de la fotocívica de " % ("la" if c.female else "el", pick(rng, MODELS)), O(pick(rng, ["SEMOVI", "Secretaría de Movilidad de la CDMX"])),
              ", folio ", C(ref(rng, "fine")), ", y yo ni manejaba ese día, lo traía mi cuñado ", P(cast(female=False).g1), ". Llámenme.\"\n")
        else:
            d("\"Hola buen día, le hablo de parte de ", P(c.full()), ", es sobre la solicitud de crédito ", C(ref(rng, "fin", "MX")), " con ",
              O(pick(rng, FINANCE["mexico"])), ". Ya mandé el comprobante de domicilio al correo de ", P(ases.g1), ", ", E(email(rng, c, region="mexico")), ".\"\n")
        d("\n")
    return d


def es_sms(rng):
    region = pick(rng, ["spain", "spain", "mexico"])
    cast = Cast(rng, "chile" if region == "spain" else "mexico")
    cust = cast()
    agent = Cast(rng, region)()
    org = DEALER[region][2]
    agr = ref(rng, "rental", "ES" if region == "spain" else "MX")
    num = phone(rng, "chile" if region == "spain" else "mexico", True)
    d = Doc()
    d("Historial SMS · ", O(org), " · contrato ", C(agr), "\n")
    model = pick(rng, MODELS)
    msgs = [
        ("ENV", ["Hola ", P(cust.call(rng)), ", tu %s (%s) está listo para recoger en " % (model, plate(rng, region)), A(address(rng, region)),
                 ". Trae licencia/permiso y tarjeta. ", P(agent.g1), " - ", O(org)]),
        ("REC", ["perfecto gracias! mi %s " % (("pololo" if cust.female else "polola") if region == "spain" else ("novio" if cust.female else "novia")), P(cast(female=not cust.female).full()), " va a manejar tambien, hay problema?"]),
        ("ENV", ["Sin problema, conductor adicional %s/día. Mándanos foto del permiso a " % (money(rng, "EUR", 6, 15) if region == "spain" else money(rng, "MXN", 150, 400)),
                 E("alquiler@" + ("alamedamotor.es" if region == "spain" else "alamedaautomotriz.com.mx"))]),
        ("REC", ["listo enviado. tambien el rut: ", N(cl_rut(rng))] if region == "spain" else ["listo. mi curp por si la piden: ", N(mx_curp(rng, cust.given, cust.sur1, cust.sur2, cust.female)[0])]),
        ("ENV", ["Gracias. Si llega alguna multa se te repercute con %s de gestión (cláusula 9). Ref. " % (money(rng, "EUR", 20, 40) if region == "spain" else money(rng, "MXN", 350, 800)), C(ref(rng, "fine"))]),
        ("REC", ["ok. lo devolvemos el domingo, ", P(agent.g1), " dijo que se puede dejar en el buzón de llaves"]),
        ("ENV", ["Confirmado. Revisión de daños a la vuelta con ", P(Cast(rng, region)().full()), ". Cualquier cosa: ", PH(phone(rng, region, False))]),
    ]
    clk = clock(rng, 8, 10)
    for direction, body in msgs[:rng.randint(5, 7)]:
        clk["min"] += rng.randint(3, 200)
        if clk["min"] >= 22 * 60:
            clk["min"] -= 13 * 60
            clk["day"] += 1
        d("%02d/%02d/2026 %02d:%02d %s " % ((clk["day"], clk["mon"]) + divmod(clk["min"], 60) + (direction,)), PH(num), ": ", *body)
        d("\n")
    return d


def es_carta_multa(rng):
    region = pick(rng, ["spain", "spain", "mexico"])
    cast = Cast(rng, region if chance(rng, 0.6) else "latam")
    c = cast()
    firm = Cast(rng, region)()
    org = DEALER[region][2] if region == "spain" else DEALER[region][0]
    d = Doc()
    d(O(org), "\n", A(address(rng, region, multiline=True)), "\n\n")
    d(c.title("es", rng), " ", P(c.full()), "\n", A(address(rng, region, multiline=True)), "\n\n")
    d("%s, %s\n\n" % ("Sevilla" if region == "spain" else "León, Gto.", long_date(rng, "es").split(", ", 1)[1]))
    d("Ref.: contrato de alquiler ", C(ref(rng, "rental", "ES" if region == "spain" else "MX")), " / cliente ", C(ref(rng, "cust")), "\n\n")
    d("Estimad%s %s " % ("a" if c.female else "o", c.sur_title("es", rng)), P(c.sur1), ":\n\n")
    if region == "spain":
        auth = pick(rng, ["Dirección General de Tráfico", "Ayuntamiento de Sevilla", "Ayuntamiento de Madrid"])
        d("Hemos recibido de ", O(auth), " la notificación del expediente ", C(ref(rng, "fine")),
          " por una infracción cometida el %s con el %s matrícula %s, alquilado a su nombre. " % (date(rng, "dmy"), pick(rng, MODELS), plate(rng, "spain")))
        idn = es_dni(rng) if c.culture in ("es", "eus", "cat", "gal") else es_nie(rng)
        d("Conforme a la cláusula 9 del contrato, le hemos identificado como conductor ante el organismo con su ",
          "DNI " if idn[0].isdigit() else "NIE ", N(idn))
        if c.culture not in ("es", "eus", "cat", "gal") and chance(rng, 0.6):
            d(" y pasaporte ", N(passport(rng, "ES" if chance(rng, 0.3) else "XX")))
        d(".\n\n")
    else:
        auth = pick(rng, ["SEMOVI", "Secretaría de Seguridad Ciudadana", "Gobierno de Jalisco"])
        d("Le informamos que ", O(auth), " emitió la infracción con folio ", C(ref(rng, "fine")),
          " el %s para el %s placas %s, rentado a su nombre. " % (date(rng, "dmy"), pick(rng, MODELS), plate(rng, "mexico")))
        curp, _ = mx_curp(rng, c.given, c.sur1, c.sur2 or "X", c.female)
        d("Hemos proporcionado sus datos como conductor (CURP ", N(curp), ", licencia ", N(letters(rng, 1) + digits(rng, 8)), ").\n\n")
    d("Se ha cargado a la tarjeta registrada un importe de %s en concepto de gestión. " % (money(rng, "EUR", 20, 60) if region == "spain" else money(rng, "MXN", 350, 900)))
    d("Para cualquier aclaración puede dirigirse a ", P(firm.full() if chance(rng, 0.5) else firm.short()), " en el ", PH(phone(rng, region, False)),
      " o en ", E(email(rng, firm, "alamedamotor.es" if region == "spain" else "alamedaautomotriz.com.mx")), ".\n\n")
    d("Atentamente,\n\n", P(firm.full()), "\nDpto. de Alquileres - ", O(org), "\n")
    return d


def es_formulario_mayus(rng):
    cast = Cast(rng, "mexico")
    c = cast()
    d = Doc()
    d(O(DEALER["mexico"][0].upper()), "\nSOLICITUD DE CRÉDITO AUTOMOTRIZ   FOLIO: ", C(ref(rng, "fin", "MX")), "\n")
    d("APELLIDO PATERNO: ", P(c.sur1.upper()), "   MATERNO: ", P(c.sur2.upper()), "   NOMBRE(S): ", P(c.given.upper()), "\n")
    curp, year = mx_curp(rng, c.given, c.sur1, c.sur2, c.female)
    d("FECHA DE NAC.: %s/%02d/%d   CURP: " % (curp[8:10], int(curp[6:8]), year), N(curp), "   RFC: ", N(mx_rfc(rng, curp)), "\n")
    d("DOMICILIO: ", A(address(rng, "mexico").upper()), "\n")
    d("TEL. CELULAR: ", PH(phone(rng, "mexico", True)), "   CORREO: ", E(email(rng, c, region="mexico").upper()), "\n")
    emp = pick(rng, ["PEMEX", "BIMBO", "FEMSA", "LIVERPOOL", "GRUPO MODELO", "TELMEX", "IMSS"])
    d("EMPRESA DONDE LABORA: ", O(emp), "   ANTIGÜEDAD: %d AÑOS   INGRESO MENSUAL: %s\n" % (rng.randint(1, 25), money(rng, "MXN", 15000, 80000)))
    d("BANCO DE NÓMINA: ", O(pick(rng, BANKS["mexico"][:5]).upper()), "\n")
    d("VEHÍCULO: %s   VIN: %s   ENGANCHE: %s\n" % (pick(rng, MODELS).upper(), vin(rng), money(rng, "MXN", 30000, 120000)))
    d("REFERENCIAS PERSONALES:\n")
    for i in range(2):
        r = cast(region=pick(rng, ["mexico", "mexico", "latam"]))
        d("%d) " % (i + 1), P(r.full().upper()), " - ", pick(rng, ["HERMANO(A)", "COMPADRE", "AMIGO(A)", "CUÑADO(A)"]), " - ", PH(phone(rng, "mexico", True)), "\n")
    if chance(rng, 0.5):
        av = cast()
        d("AVAL / OBLIGADO SOLIDARIO: ", P(av.full().upper()), "   CURP: ", N(mx_curp(rng, av.given, av.sur1, av.sur2, av.female)[0]), "\n")
    ases = cast()
    d("ASESOR: ", P(ases.short().upper()), "   FIRMA DEL SOLICITANTE: ", P(c.short().upper()), "\n")
    return d


def es_evento_ios(rng):
    region = pick(rng, ["peru", "peru", "spain"])
    cast = Cast(rng, region)
    cli = cast(region=pick(rng, [region, "latam"]))
    mgr = cast()
    d = Doc()
    clk = clock(rng, 9, 12)
    cn, mn = P(cli.full() if chance(rng, 0.5) else cli.short()), P(mgr.g1 + " " + mgr.sur1[0] + ".") if chance(rng, 0.4) else P(mgr.short())
    site = pick(rng, SITES[region])
    hom = cast()
    wa_line(d, rng, "ios", clk, cn, "Hola ", P(mgr.g1), "! te escribo por el privado de ", O(site), " para el bautizo de ", P(hom.g1))
    wa_line(d, rng, "ios", clk, mn, "Hola ", P(cli.call(rng)), ", sí, lo tenemos bloqueado hasta el viernes. 30 personas, menú degustación con %s de postre" % pick(rng, DESSERTS_ES))
    cel = cast()
    wa_line(d, rng, "ios", clk, cn, "genial. alergias: mi suegra ", P(cast(female=True).full()), " no puede mariscos y ", P(cel.g1), " es celíac%s" % ("a" if cel.female else "o"))
    wa_line(d, rng, "ios", clk, mn, "Anotado en la reserva ", C(ref(rng, "res")), ". El adelanto es %s" % money(rng, "PEN" if region == "peru" else "EUR", 300, 900))
    if region == "peru":
        d("Para la boleta necesito nombre completo y DNI, o RUC si es factura\n")
        wa_line(d, rng, "ios", clk, cn, P(cli.full()), ", DNI ", N(pe_dni(rng)))
        wa_line(d, rng, "ios", clk, mn, "Perfecto. Puedes pagar por ", O("Yape"), " al ", PH(phone(rng, "peru", True)), " o transferencia ", O(pick(rng, ["BCP", "Interbank"])))
    else:
        wa_line(d, rng, "ios", clk, mn, "Transferencia a ", IB(iban(rng, "ES")), " (", O(pick(rng, BANKS["spain"])), ") y en el concepto tu apellido")
        wa_line(d, rng, "ios", clk, cn, "hecho, sale a nombre de mi marido ", P(cast(female=False).full()), " con ", O("Bizum"), " no me dejaba")
    wa_line(d, rng, "ios", clk, cn, "‎imagen omitida")
    wa_line(d, rng, "ios", clk, mn, "Recibido 🙌 cualquier cosa al ", PH(phone(rng, region, True)), " o ", E(email(rng, mgr, site_dom(region))),
            ". Esa noche os atiende " if region == "spain" else ". Esa noche los atiende ", P(cast().g1))
    return d


# ---------------------------------------------------------------------------
# Spanish templates (part C)
# ---------------------------------------------------------------------------
def es_siniestro_reenviado(rng):
    region = pick(rng, ["spain", "mexico"])
    cast = Cast(rng, region)
    ases, trami, cli, contrario = cast(), cast(), cast(), cast()
    ins = pick(rng, INSURERS[region])
    insdom = low(ins).split()[0].replace(".", "") + (".es" if region == "spain" else ".com.mx")
    dealer_dom = "alamedamotor.es" if region == "spain" else "alamedaautomotriz.com.mx"
    claim = ref(rng, "claim")
    d = Doc()
    mail_header(d, rng, "es", ases, email(rng, ases, dealer_dom), trami, email(rng, trami, insdom),
                ["RV: Parte de daños - siniestro ", C(claim)])
    d("Hola ", P(trami.g1), ":\n\nTe reenvío el parte del cliente y el presupuesto de ", O(pick(rng, REPAIR[region])), " (OR ", C(ref(rng, "wo", "ES" if region == "spain" else "MX")),
      "). Las fotos van en otro correo.\n\nUn saludo,\n", P(ases.short()), "\nAsesor%s de servicio · " % ("a" if ases.female else ""), O(DEALER[region][0]), " · ", PH(phone(rng, region, False)), "\n\n")
    d("---------- Mensaje reenviado ---------\nDe: ", P(cli.full()), " <", E(email(rng, cli, region=region if region == "mexico" else "spain")), ">\n")
    d("Fecha: %s\nAsunto: parte accidente\nPara: " % long_date(rng, "es"), E(email(rng, ases, dealer_dom)), "\n\n")
    lugar = (pick(rng, ["el parking del polideportivo", "la rotonda de la salida 12", "la gasolinera de la entrada del pueblo"]) if region == "spain"
             else pick(rng, ["la glorieta de Insurgentes", "el estacionamiento del hospital", "la caseta de cobro"]))
    d("Buenas, ", P(ases.nick or ases.g1), ", como hablamos por teléfono. El %s sobre las %s, saliendo %s, una furgoneta me dio en la puerta trasera. " % (date(rng, "dmy"), hhmm(rng), ("del " + lugar[3:]) if lugar.startswith("el ") else "de " + lugar))
    d("El conductor contrario es ", P(contrario.full()), ", tel. ", PH(phone(rng, region, True)), ", asegurado en ", O(pick(rng, INSURERS[region])), ". ")
    if region == "spain":
        d("Rellenamos el parte amistoso; su DNI es ", N(es_dni(rng)), ". Vino la ", O(pick(rng, ["Policía Local", "Guardia Civil"])), " y el agente ", P(cast().sur1),
          " tomó nota (atestado ", C(ref(rng, "ticket")), ").\n")
    else:
        d("Llegó el ajustador, el Ing. ", P(cast(female=False).short()), ", y levantó el reporte ", C(ref(rng, "ticket")), ". La licencia del otro conductor es ",
          N(letters(rng, 1) + digits(rng, 8)), ".\n")
    if chance(rng, 0.6):
        tom = cast(female=not cli.female)
        d("La póliza está a nombre de mi %s, " % (pick(rng, ["mujer", "esposa"]) if tom.female else pick(rng, ["marido", "esposo"])), P(tom.full()), ", con domicilio en ", A(address(rng, region)), ".\n")
    d("Gracias,\n", P(cli.call(rng)), "\n")
    return d


def es_nomina(rng):
    region = pick(rng, ["spain", "spain", "peru"])
    cast = Cast(rng, region)
    if region == "spain":
        emp = cast(region=pick(rng, ["dominican", "colombia", "peru", "spain"]))
    else:
        emp = cast()
    rrhh, jefe = cast(), cast()
    dom = site_dom(region)
    d = Doc()
    mail_header(d, rng, "es", emp, email(rng, emp, region="latam"), rrhh, email(rng, rrhh, dom),
                ["Consulta nómina de %s - nº empleado " % pick(rng, ES_MONTHS), C(ref(rng, "emp"))], cc=[(jefe, email(rng, jefe, dom))])
    d("Hola ", P(rrhh.nick or rrhh.g1), ":\n\nEn la nómina de este mes me faltan %s de las horas extra del puente, las que hice cubriendo a " % money(rng, "EUR" if region == "spain" else "PEN", 40, 260),
      P(cast().nick or cast().g1), " (me las firmó ", P(jefe.g1), " en ", O(pick(rng, ["Factorial", "Holded", "Sesame HR", "A3Nom"])), ").\n")
    if region == "spain":
        d("Además sigue saliendo mi NIE antiguo. El bueno es ", N(es_nie(rng)), ", y en ", O(pick(rng, ["Seguridad Social", "Tesorería General de la Seguridad Social"])),
          " me dicen que tiene que coincidir. ")
        if emp.culture == "do":
            d("Para el expediente de extranjería os adjunto también la cédula dominicana ", N(do_cedula(rng)), ". ")
        elif emp.culture == "co":
            d("Os adjunto también la cédula colombiana ", N(co_cedula(rng)), " para el expediente. ")
        elif emp.culture == "pe":
            d("Os adjunto también el DNI peruano ", N(pe_dni(rng)), " por si hace falta. ")
        d("\nCambié de banco, por favor ingresadla en ", O(pick(rng, BANKS["spain"])), ": ", IB(iban(rng, "ES")), ".\n")
    else:
        d("Tampoco me llegó el depósito de la CTS. Mi DNI es ", N(pe_dni(rng)), " y la cuenta sigue siendo la de ", O(pick(rng, ["BCP", "Interbank", "Scotiabank Perú", "BBVA Perú"])), ".\n")
    d("\nGracias,\n", P(emp.full()), "\n", PH(phone(rng, region, True)), "\n")
    if chance(rng, 0.6):
        d("\nEl %s, " % date(rng, "dmy"), P(rrhh.full()), " <", E(email(rng, rrhh, dom)), "> escribió:\n> Buenas a todos, las nóminas ya están subidas al portal. Dudas a este correo con vuestro número de empleado.\n> ", P(rrhh.g1), "\n")
    return d


def es_inspeccion(rng):
    region = pick(rng, ["spain", "peru", "spain"])
    cast = Cast(rng, region)
    ins1, ins2, enc, chef = cast(), cast(), cast(), cast()
    site = pick(rng, SITES[region])
    auth = pick(rng, ["Madrid Salud", "Ayuntamiento de Valencia", "Conselleria de Sanitat"]) if region == "spain" else pick(rng, ["DIGESA", "Municipalidad de Barranco", "Ministerio de Salud"])
    d = Doc()
    d("ACTA DE INSPECCIÓN SANITARIA - ", O(auth), "\nEstablecimiento: ", O(site), " (titular: ", O(SITE_LEGAL[region]), ")\n")
    d("Domicilio: ", A(address(rng, region)), "\nNº de acta: ", C(ref(rng, "ticket")), "   Fecha: %s   Hora: %s\n\n" % (date(rng, "dmy"), hhmm(rng, 9, 13)))
    d("Inspectores actuantes: ", P(ins1.full()), " y ", P(ins2.full()), "\nComparece por la empresa: ", enc.title("es", rng), " ", P(enc.full()))
    if region == "spain":
        d(", con DNI ", N(es_dni(rng)), ", en calidad de encargad%s.\n\n" % ("a" if enc.female else "o"))
    else:
        d(", DNI ", N(pe_dni(rng)), ", administrador%s.\n\n" % ("a" if enc.female else ""))
    d("Observaciones: cámara de refrigeración a 7 ºC; faltan registros de temperatura de tres días. ",
      pick(rng, ["La Sra. ", "La inspectora "]) if ins1.female else pick(rng, ["El Sr. ", "El inspector "]))
    d(P(ins1.sur1), " solicita el contrato de control de plagas (", O(pick(rng, ["Rentokil", "Anticimex", "Ecolab", "Lokimica"])), ") y la matriz de alérgenos. ")
    d("Se revisan %s y %s: correcto. " % (pick(rng, DISHES_ES), pick(rng, DISHES_ES)))
    d("La jefa de cocina, " if chef.female else "El jefe de cocina, ", P(chef.g1 + " " + chef.sur1), ", se compromete a formar a ", P(cast().g1), " y ", P(cast().g1), " antes del viernes.\n")
    d("Contacto del inspector: ", E(email(rng, ins1, {"Madrid Salud": "madrid.es", "Ayuntamiento de Valencia": "valencia.es", "Conselleria de Sanitat": "gva.es"}.get(auth, "minsa.gob.pe"))), " / ", PH(phone(rng, region, False)), "\n")
    return d


def es_tasacion(rng):
    region = pick(rng, ["spain", "mexico"])
    cast = Cast(rng, region)
    d = Doc()
    d("\t".join(["ref_lead", "fecha", "cliente", "movil", "email", "vehiculo_actual", "matricula", "km", "oferta", "interes", "comercial"]), "\n")
    coms = [cast() for _ in range(2)]
    for _ in range(rng.randint(4, 6)):
        c = cast(region=None if chance(rng, 0.8) else "latam")
        nm = pick(rng, [c.full(), c.caps_comma(), c.short(), low(c.short()), c.comma()])
        d(C(ref(rng, pick(rng, ["cust", "ticket"]))), "\t%s\t" % date(rng, "dmy"), P(nm), "\t", PH(phone(rng, region, True)), "\t")
        if chance(rng, 0.6):
            d(E(email(rng, c, region=region)))
        com = pick(rng, coms)
        d("\t%s\t%s\t%d\t%s\t%s\t" % (pick(rng, MODELS), plate(rng, region), rng.randint(15000, 220000),
                                      money(rng, "EUR" if region == "spain" else "MXN", 1500, 22000) if region == "spain" else money(rng, "MXN", 40000, 380000), pick(rng, MODELS)),
          P(com.nick or com.g1), "\n")
    d("# fuente: ", O(pick(rng, ["coches.net", "Wallapop", "Autocasión"] if region == "spain" else ["Kavak", "Mercado Libre", "Seminuevos.com"])),
      " + exposición. tasaciones contrastadas con ", O("Ganvam" if region == "spain" else pick(rng, ["Libro Azul", "Guía EBC"])), "\n")
    return d


def es_alergias(rng):
    region = pick(rng, ["spain", "spain", "peru"])
    cast = Cast(rng, region)
    d = Doc()
    d(O(low(pick(rng, ["CoverManager", "TheFork Manager", "Restoo"]))), " - notas de clientes - ", O(low(pick(rng, SITES[region]))), "\n")
    for k in rng.sample(range(7), rng.randint(5, 6)):
        a = cast()
        b = cast(female=not a.female, culture=a.culture)
        d("- ")
        if k == 0:
            pa, pb = (a, b) if a.female else (b, a)
            d(P(low(pa.nick or pa.g1)), " y ", P(low(pb.nick or pb.g1) + " " + low(pb.sur1)), ": ella celiaca, el sin lactosa. siempre mesa 3, piden el ", low(pick(rng, DISHES_ES)))
        elif k == 1:
            d(P(low(a.full())), " no show x2 (", C(ref(rng, "res")), "), pedir tarjeta. movil ", PH(phone(rng, region, True)))
        elif k == 2:
            d(P(a.caps_comma()), " - alergia severa frutos secos!! lleva adrenalina. su %s " % ("mujer" if b.female else "marido"), P(low(b.g1)), " sin restricciones")
        elif k == 3:
            d("sr/sra ", P(low(a.sur1)), " cumple el 14, tarta de ", O(low(pick(rng, ["Pastelería Mallorca", "Panadería La Espiga", "Pastelería San Antonio", "La Ducha Dulce"]))), ", traen ellos")
        elif k == 4:
            d(P(low(a.call(rng))), " (", E(email(rng, a, region="spain" if region == "spain" else "peru")), ") se quejo del descorche, ", P(low(b.g1)), " invito al postre. bono ", C(ref(rng, "voucher")))
        elif k == 5:
            d("vip - ", P(a.full()), " de ", O(pick(rng, ["Telefónica", "Iberdrola", "Inditex", "Interbank", "Alicorp", "Mapfre"])), ", reserva siempre su asistente ", P(low(b.short())), " ", PH(phone(rng, region, False)))
        else:
            d("bono regalo ", C(ref(rng, "voucher")), " a nombre de ", P(a.full()), ", lo regalo ", P(b.g1 + " " + b.sur1), ". valido hasta %s" % date(rng, "dmy", 2027))
        d("\n")
    return d


def es_seguimiento(rng):
    region = pick(rng, ["mexico", "spain", "mexico"])
    cast = Cast(rng, region)
    ases = cast()
    d = Doc()
    d("Llamadas de seguimiento post-servicio · ", O(DEALER[region][1]), " · asesor: ", P(ases.full()), "\n\n")
    for i in range(rng.randint(4, 5)):
        c = cast(region=None if chance(rng, 0.75) else "latam")
        res = pick(rng, ["satisfecho", "no contesta", "pide cita", "queja", "interesado en cambio"])
        d("%d. " % (i + 1), P(c.caps_comma() if chance(rng, 0.4) else c.full()), " · ", PH(phone(rng, region, True)), " · OR ", C(ref(rng, "wo", "ES" if region == "spain" else "MX")),
          " · %s · %s" % (pick(rng, MODELS), res))
        if res == "queja":
            d(" - dice que ", P(cast().g1), " le cobró el lavado y no se hizo. Escalar a ", P(cast().short()))
        elif res == "interesado en cambio":
            d(" - quiere tasación de su %s, ofrecer prueba de %s con " % (pick(rng, MODELS), "manejo" if region == "mexico" else "conducción"), P(cast().g1))
        elif res == "pide cita":
            d(" - cita %s %s, recoge su %s " % (date(rng, "dm"), hhmm(rng, 8, 12), pick(rng, ["esposa", "esposo", "hija", "hijo"])), P(cast().g1))
        elif res == "no contesta" and chance(rng, 0.6):
            d(" - mandar correo a ", E(email(rng, c, region=region)))
        d("\n")
    return d


def es_contrato_alquiler(rng):
    cast = Cast(rng, "latam")
    c = cast()
    d = Doc()
    d(O(DEALER["spain"][2].upper()), " - CONTRATO DE ALQUILER Nº ", C(ref(rng, "rental", "ES")), "\n")
    d("CONDUCTOR PRINCIPAL: ", P(c.full().upper()), "\n")
    cul = c.culture
    if cul == "cl":
        d("DOCUMENTO: RUT ", N(cl_rut(rng)))
        pais = "chile"
    elif cul == "co":
        d("DOCUMENTO: C.C. ", N(co_cedula(rng)))
        pais = "colombia"
    elif cul == "do":
        d("DOCUMENTO: CÉDULA ", N(do_cedula(rng)))
        pais = "dominican"
    elif cul == "mx":
        d("DOCUMENTO: CURP ", N(mx_curp(rng, c.given, c.sur1, c.sur2, c.female)[0]))
        pais = "mexico"
    else:
        d("DOCUMENTO: DNI ", N(pe_dni(rng)))
        pais = "peru"
    d("   PASAPORTE: ", N(passport(rng, "MX" if cul == "mx" else "XX")), "\n")
    d("DOMICILIO EN ORIGEN: ", A(address(rng, pais).upper()), "\n")
    d("TELÉFONO: ", PH(phone(rng, pais, True)), "   EMAIL: ", E(email(rng, c, region="latam")), "\n")
    d("VEHÍCULO: %s  MATRÍCULA: %s  KM SALIDA: %d\n" % (pick(rng, MODELS).upper(), plate(rng, "spain"), rng.randint(5000, 90000)))
    if chance(rng, 0.6):
        c2 = cast(culture=cul)
        d("CONDUCTOR ADICIONAL: ", P(c2.caps_comma()), "\n")
    d("RESERVA VÍA: ", O(pick(rng, ["Rentalcars", "Booking.com", "Expedia", "DoYouSpain"]).upper()), "   BONO: ", C(ref(rng, "voucher")), "\n")
    d("DAÑOS A LA SALIDA: rayón paragolpes trasero, llanta delantera dcha.\n")
    ag = Cast(rng, "spain")()
    d("ENTREGADO POR: ", P(ag.short().upper()), "   FIRMA CLIENTE: ", P(c.short().upper()), "\n")
    return d


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
EN_TEMPLATES = [en_noshow_email, en_staff_whatsapp, en_dealer_crm, en_res_csv, en_kitchen_rota,
                en_fish_invoice, en_reviews, en_voicemail, en_sms_log, en_fine_letter, en_caps_form,
                en_event_ios, en_claim_forward, en_payroll, en_inspection, en_tradein_export,
                en_voucher_complaint, en_booking_notes]
ES_TEMPLATES = [es_reserva_email, es_whatsapp_cocina, es_taller_notas, es_reservas_csv, es_cuadrante,
                es_factura, es_resenas, es_buzon_voz, es_sms, es_carta_multa, es_formulario_mayus,
                es_evento_ios, es_siniestro_reenviado, es_nomina, es_inspeccion, es_tasacion,
                es_alergias, es_seguimiento, es_contrato_alquiler]

RETRY_STEP = 7919  # draft k of a document uses Random(doc_seed + RETRY_STEP * k)


def build(template, seed):
    for attempt in range(500):
        d = template(random.Random(seed + RETRY_STEP * attempt))
        n = len(d.text.rstrip())
        if MIN_LEN <= n <= MAX_LEN:
            return d
    raise RuntimeError("no draft of %s within length window" % template.__name__)


def generate():
    master = random.Random(SEED)
    rows = []
    for lang, temps in (("en", EN_TEMPLATES), ("es", ES_TEMPLATES)):
        order = [temps[i % len(temps)] for i in range(N_PER_LANG)]
        master.shuffle(order)
        seeds = [master.randrange(1, 2 ** 31) for _ in range(N_PER_LANG)]
        for i in range(N_PER_LANG):
            d = build(order[i], seeds[i])
            text = d.text.rstrip()
            spans = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in d.spans]
            rows.append({"id": "d11-%s-%03d" % (lang, i), "text": text, "lang": lang, "spans": spans})
    return rows


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------
TITLE_WORDS = ("Mr", "Mrs", "Ms", "Dr", "Sr.", "Sra.", "Srta.", "D.", "Dña.", "Don", "Doña", "Lic.", "Ing.", "Dra.")


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _dni_ok(s):
    t = s.replace(".", "").replace("-", "").replace(" ", "").upper()
    if len(t) == 9 and t[:8].isdigit() and t[8].isalpha():
        return DNI_LETTERS[int(t[:8]) % 23] == t[8]
    if len(t) == 9 and t[0] in "XYZ" and t[1:8].isdigit() and t[8].isalpha():
        return DNI_LETTERS[int(str("XYZ".index(t[0])) + t[1:8]) % 23] == t[8]
    return None


def _rut_ok(s):
    t = s.replace(".", "").replace("-", "").upper()
    if 8 <= len(t) <= 9 and t[:-1].isdigit() and (t[-1].isdigit() or t[-1] == "K"):
        return rut_dv(int(t[:-1])) == t[-1]
    return None


def self_check(rows):
    problems = []
    texts = []
    for r in rows:
        t = r["text"]
        if not (MIN_LEN <= len(t) <= MAX_LEN):
            problems.append("%s length %d" % (r["id"], len(t)))
        prev_end = 0
        for s in r["spans"]:
            a, b, lab = s["start"], s["end"], s["label"]
            seg = t[a:b]
            if not (0 <= a < b <= len(t)) or a < prev_end:
                problems.append("%s bad/overlapping span %r" % (r["id"], s))
            if seg != seg.strip() or not seg:
                problems.append("%s whitespace span %r" % (r["id"], seg))
            if lab not in LABELS:
                problems.append("%s label %s" % (r["id"], lab))
            if lab == "PERSON" and seg.split()[0] in TITLE_WORDS:
                problems.append("%s title inside PERSON %r" % (r["id"], seg))
            if lab == "IBAN" and not _iban_ok(seg):
                problems.append("%s bad IBAN %r" % (r["id"], seg))
            if lab == "NATIONAL_ID":
                oks = [x for x in (_dni_ok(seg), _rut_ok(seg) if ("-" in seg or "." in seg) else None) if x is not None]
                if oks and not any(oks):
                    problems.append("%s bad check char %r" % (r["id"], seg))
            prev_end = b
        texts.append(t)
    if len(sorted(texts)) != len(dict.fromkeys(texts)):
        problems.append("duplicate texts")
    ids = [r["id"] for r in rows]
    if len(ids) != len(dict.fromkeys(ids)):
        problems.append("duplicate ids")
    return problems


def counts(rows):
    by = {}
    for r in rows:
        for s in r["spans"]:
            key = (s["label"], r["lang"])
            by[key] = by.get(key, 0) + 1
    persons = sorted(dict.fromkeys(r["text"][s["start"]:s["end"]] for r in rows for s in r["spans"] if s["label"] == "PERSON"))
    return by, persons


if __name__ == "__main__":
    rows = generate()
    probs = self_check(rows)
    if probs:
        for p in probs[:50]:
            print("PROBLEM:", p)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev11.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by, persons = counts(rows)
    langs = ("en", "es")
    print("wrote %s: %d rows (%s)" % (out, len(rows), ", ".join("%s=%d" % (l, sum(1 for r in rows if r["lang"] == l)) for l in langs)))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for lab in LABELS:
        e, s = by.get((lab, "en"), 0), by.get((lab, "es"), 0)
        print("%-12s %6d %6d %6d" % (lab, e, s, e + s))
    tot_e = sum(v for (l, g), v in by.items() if g == "en")
    tot_s = sum(v for (l, g), v in by.items() if g == "es")
    print("%-12s %6d %6d %6d" % ("ALL", tot_e, tot_s, tot_e + tot_s))
    print("distinct PERSON strings: %d" % len(persons))
    lens = [len(r["text"]) for r in rows]
    print("text length min/mean/max: %d/%d/%d" % (min(lens), sum(lens) // len(lens), max(lens)))
    same = all(COUNTS_AT_BUILD[lab] == (by.get((lab, "en"), 0), by.get((lab, "es"), 0)) for lab in LABELS) \
        and COUNTS_AT_BUILD["distinct_person"] == len(persons)
    print("counts match COUNTS_AT_BUILD: %s" % ("yes" if same else "NO (script was edited after the build)"))
    print("self-check: OK")
