#!/usr/bin/env python3
"""Hand-built labelled PII evaluation set "pii_dev4" (160 documents, en + es).

Provenance
----------
Built on 2026-12-02 by a separate author (a helper agent) who was given only
the label conventions and the two domains, and who read neither the
recognizers nor the other labelled sets.  Name lists, address pieces,
organisation names and all sentence templates below are hand-written here;
no package is imported beyond the Python standard library.

Domains
-------
1. A private dental and physiotherapy clinic group ("Mirasol") with practices
   in Spain (Madrid, Valencia, Barcelona, Marbella, Javea, Bilbao) and Mexico
   (CDMX, Merida, Playa del Carmen), including English-speaking expat patients.
2. A property letting / property management business in the UK (Leeds,
   Manchester, Bradford, Sheffield) and in Argentina (Buenos Aires, Rosario,
   La Plata, Cordoba): tenants, landlords, guarantors, repairs, deposits.

Document kinds: e-mails with headers/quotes/signatures, WhatsApp (Android and
iOS) and Telegram exports, lower-case CRM / call notes with typos, appointment
lists and CSV / semicolon / tab (pasted from Excel) exports with header rows,
ALL-CAPS scanned forms, meeting minutes with attendee lists, voicemail
transcripts, reviews and complaints, invoices and estimates, tenancy and
"contrato de locacion" excerpts, SMS reminder logs, referral letters and
clinical reports, inspection reports, referencing / rental application forms.

Labels: PERSON, ORG, EMAIL, PHONE, IBAN, NATIONAL_ID, CUSTOMER_ID, ADDRESS.

Determinism
-----------
Every random choice comes from random.Random(seed) with a fixed seed (one
integer seed per document derived from SEED); no set or hash order is ever
iterated, so the output is byte-identical across runs and across
PYTHONHASHSEED values.

Offsets
-------
Offsets are computed while assembling: each text is built by appending
segments, and a labelled segment records its start/end at the moment it is
appended.  Offsets are never searched for in the finished text.

Usage (from /work/main):  python3 ftwork/pii_eval/make_pii_dev4.py
writes ftwork/pii_eval/pii_dev4.jsonl beside this script.
"""

import datetime as _dt
import json
import os
import random
import unicodedata
from datetime import timedelta

SEED = 20261202
LABELS = ("PERSON", "ORG", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID",
          "CUSTOMER_ID", "ADDRESS")


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    """Text assembled from segments; labelled segments record offsets."""

    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.n = 0
        self.spans = []

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
            elif isinstance(it, list):
                self.add(*it)
            else:
                s, lab = it
                if lab is None:
                    self.parts.append(s)
                    self.n += len(s)
                    continue
                assert lab in LABELS, lab
                assert s and s == s.strip(), (s, lab)
                self.spans.append({"start": self.n, "end": self.n + len(s),
                                   "label": lab})
                self.parts.append(s)
                self.n += len(s)
        return self

    def text(self):
        return "".join(self.parts)


def P(s):
    return (s, "PERSON")


def O(s):
    return (s, "ORG")


def EM(s):
    return (s, "EMAIL")


def PH(s):
    return (s, "PHONE")


def IB(s):
    return (s, "IBAN")


def NI(s):
    return (s, "NATIONAL_ID")


def CI(s):
    return (s, "CUSTOMER_ID")


def AD(s):
    return (s, "ADDRESS")


def ch(rng, *opts):
    """Pick one option; callables are called (lazy segment lists)."""
    o = rng.choice(opts)
    return o() if callable(o) else o


def maybe(rng, p, x):
    if rng.random() < p:
        return x() if callable(x) else x
    return ""


def deacc(s):
    s = (s.replace("ł", "l").replace("Ł", "L").replace("đ", "d")
         .replace("Đ", "D").replace("ı", "i").replace("ß", "ss")
         .replace("ø", "o").replace("æ", "ae"))
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def dg(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


TYPO_SKIP = ("http", "@")


def typo(rng, s, p=0.07):
    """Light keyboard noise for unlabelled note text only."""
    out = []
    for w in s.split(" "):
        if (len(w) > 4 and w.isalpha() and rng.random() < p):
            i = rng.randrange(1, len(w) - 1)
            if rng.random() < 0.5:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------------------
# dates, times, money
# ---------------------------------------------------------------------------
MON_EN = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
          "Saturday", "Sunday"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
          "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DAY_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
          "domingo"]


def rdate(rng, start=(2024, 1, 8), days=690):
    return _dt.date(*start) + timedelta(days=rng.randrange(days))


def rdob(rng, y0=1942, y1=2008):
    return _dt.date(y0, 1, 1) + timedelta(days=rng.randrange((y1 - y0) * 365))


def rtime(rng, h0=8, h1=20):
    return "%02d:%s" % (rng.randrange(h0, h1),
                        rng.choice(["00", "15", "30", "45", "00", "30", "10",
                                    "20", "40", "50"]))


def fd(rng, d, lang, style=None):
    if style is None:
        style = rng.randrange(6)
    if lang == "en":
        return [
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MON_EN[d.month - 1], d.year),
            "%s %d %s" % (DAY_EN[d.weekday()], d.day, MON_EN[d.month - 1]),
            "%02d/%02d/%02d" % (d.day, d.month, d.year % 100),
            d.isoformat(),
            "%d %s %d" % (d.day, MON_EN[d.month - 1][:3], d.year),
        ][style]
    return [
        "%02d/%02d/%d" % (d.day, d.month, d.year),
        "%d de %s de %d" % (d.day, MON_ES[d.month - 1], d.year),
        "%s %d de %s" % (DAY_ES[d.weekday()], d.day, MON_ES[d.month - 1]),
        "%d/%d/%02d" % (d.day, d.month, d.year % 100),
        d.isoformat(),
        "%d-%s-%d" % (d.day, MON_ES[d.month - 1][:3], d.year),
    ][style]


def dmy(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def eur(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"


def gbp(x):
    return "£{:,.2f}".format(x)


def mxn(x):
    return "${:,.2f}".format(x)


def ars(x):
    return "$ " + "{:,.0f}".format(x).replace(",", ".")


# ---------------------------------------------------------------------------
# hand-written name lists  ("Given|nick1,nick2"; surnames "masc|fem")
# ---------------------------------------------------------------------------
ES_F = ["María del Carmen|Maricarmen,Mari Carmen,Mari", "María José|Marijose,Majo",
        "María Teresa|Maite,Tere", "Ana Belén", "Rosa", "Paz", "Dolores|Lola",
        "Victoria|Vicky", "Amparo", "Luz", "Rocío|Ro", "Pilar|Pili", "Sol",
        "Lourdes", "Concepción|Concha,Conchi", "Rosario|Charo",
        "Consuelo|Chelo", "Inmaculada|Inma", "Encarnación|Encarna",
        "Remedios|Reme", "Mercedes|Merche", "Macarena|Maca", "Esperanza",
        "Soledad|Sole", "Asunción|Asun", "Lucía", "Marta", "Elena",
        "Cristina|Cris", "Raquel", "Beatriz|Bea", "Patricia|Patri", "Silvia",
        "Yolanda|Yoli", "Almudena", "Isabel|Isa", "Nieves", "Milagros|Mila",
        "Purificación|Puri", "Manuela|Manoli", "Josefa|Pepa,Pepi",
        "Francisca|Paqui", "Marina", "Alba", "Irene", "Noelia",
        "Rosa María|Rosamari", "María de los Ángeles|Marián", "Fuensanta|Fuen",
        "Begoña"]
ES_M = ["José Luis|Pepe,Joselu", "Juan Carlos|Juanca", "Francisco Javier|Javi,Fran",
        "Miguel Ángel|Migue", "José Manuel|Chema", "José María|Chema",
        "Jesús|Chus", "Álvaro", "Fernando|Fer,Nando", "Ignacio|Nacho",
        "Francisco|Paco,Curro", "Alejandro|Álex", "Eduardo|Edu",
        "Santiago|Santi", "Manuel|Manolo,Manu", "Antonio|Toni", "Rafael|Rafa",
        "Guillermo|Guille", "Enrique|Quique", "Gonzalo", "Jaime", "Ramón",
        "Joaquín|Quino", "Salvador|Salva", "Domingo", "Mariano", "Tomás",
        "Andrés", "Pablo", "Sergio", "Rubén", "Adrián", "Hugo", "Íñigo",
        "Juan", "Luis", "Carlos", "Alberto", "Roberto|Rober", "Vicente",
        "Emilio", "Agustín|Agus", "Ángel", "Borja", "Juan José|Juanjo"]
ES_SUR = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez",
          "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz",
          "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
          "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
          "Serrano", "Blanco", "Molina", "Ortega", "Delgado", "Castro",
          "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Núñez", "Medina",
          "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero",
          "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal",
          "León", "Herrera", "Márquez", "Peña", "Flores", "Cabrera", "Campos",
          "Vega", "Fuentes", "Carrasco", "Diez", "Caballero", "Reyes",
          "Nieto", "Aguilar", "Pascual", "Santana", "Herrero", "Lorenzo",
          "Montero", "Hidalgo", "Giménez", "Ibáñez", "Durán", "Santiago",
          "Benítez", "Mora", "Vicente", "Vargas", "Arias", "Carmona",
          "Crespo", "Román", "Pastor", "Soto", "Sáez", "Velasco", "Moya",
          "Parra", "Esteban", "Bravo", "Gallardo", "Rojas", "Baena",
          "Escobar", "Luque", "Cuesta", "Palomo", "Sotomayor", "Bermúdez"]
ES_COMPOUND = ["Ruiz de la Peña", "Fernández de Córdoba", "García-Valdecasas",
               "Sánchez-Arjona", "López de Haro", "Martínez de Irujo",
               "Pérez de Guzmán", "Gómez-Acebo", "Díaz de Rada",
               "Ortiz de Zárate", "Sáenz de Santamaría", "de la Fuente",
               "del Río", "de los Santos", "del Valle", "de Miguel",
               "de Castro", "Fernández-Cid", "Martín-Lunas", "de la Torre"]
CAT_F = ["Montserrat|Montse", "Núria", "Mireia", "Laia", "Meritxell|Txell",
         "Roser", "Neus", "Aina", "Carme", "Mercè", "Berta", "Ona"]
CAT_M = ["Jordi", "Pau", "Oriol", "Xavier|Xavi", "Joan", "Pere", "Arnau",
         "Joaquim|Quim", "Jaume", "Marc", "Josep|Pep", "Ferran", "Lluís"]
CAT_SUR = ["Puig", "Vilanova", "Soler", "Ferrer", "Pujol", "Roca", "Casals",
           "Bosch", "Font", "Riera", "Serra", "Mas", "Vila", "Camps", "Grau",
           "Balaguer", "Torras", "Oller", "Sabaté", "Comas", "Vendrell",
           "Rovira", "Castells", "Bonet", "Pons", "Sala"]
EUS_F = ["Ainhoa", "Itziar", "Nerea", "Amaia", "Arantxa", "Garazi", "Edurne",
         "Miren", "Maialen", "Irati", "Leire"]
EUS_M = ["Iñaki", "Iker", "Unai", "Gorka", "Aitor", "Mikel", "Koldo",
         "Xabier", "Ander", "Joseba", "Asier", "Jon"]
EUS_SUR = ["Etxeberria", "Goikoetxea", "Agirre", "Urrutia", "Zubizarreta",
           "Arrieta", "Olabarria", "Iturralde", "Larrañaga", "Egaña",
           "Garaikoetxea", "Uriarte", "Elorza", "Aramburu", "Otxoa",
           "Zabaleta", "Mendizabal", "Arrizabalaga"]
GAL_F = ["Uxía", "Antía", "Iria", "Xiana", "Noela", "Sabela", "Olalla",
         "Brenda"]
GAL_M = ["Xosé|Pepe", "Brais", "Anxo", "Xurxo", "Breogán", "Roi", "Iago",
         "Xoán", "Manuel|Manolo"]
GAL_SUR = ["Otero", "Castiñeira", "Souto", "Rivas", "Pazos", "Vilariño",
           "Regueiro", "Seoane", "Louzao", "Mosquera", "Outeiral", "Figueiras",
           "Barreiro", "Lamas", "Carballo", "Freire"]

MX_F = ["María Guadalupe|Lupita,Lupe", "Guadalupe|Lupe", "Ximena", "Itzel",
        "Xóchitl", "Citlali", "Nayeli", "Yaretzi", "Ana Sofía",
        "Fernanda|Fer", "Valeria|Vale", "Brenda", "Eréndira", "Karla",
        "Araceli|Chely", "Socorro|Coco", "Dulce María", "Luz María",
        "Alondra", "Marisol", "Rosa María", "María de Jesús|Chuyita",
        "Yesenia", "Leticia|Lety", "Ofelia", "Maricruz", "Paulina|Pau",
        "Montserrat|Montse"]
MX_M = ["Juan Pablo", "José Ángel", "Cuauhtémoc|Temo", "Tenoch",
        "Jesús|Chuy", "Roberto|Beto", "Guillermo|Memo", "Francisco|Pancho,Paco",
        "José|Pepe", "Luis Fernando", "Emiliano", "Diego", "Rigoberto|Rigo",
        "Alejandro|Alex", "Ricardo|Richi", "Eduardo|Lalo", "Gerardo|Gera",
        "Jorge|Coque", "Héctor", "Ulises", "Isidro", "Moisés", "Octavio",
        "Jesús Alberto", "Raúl", "Efraín", "Marco Antonio"]
MX_SUR = ["Hernández", "García", "Martínez", "López", "González", "Pérez",
          "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez",
          "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz",
          "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno",
          "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera",
          "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro",
          "Vargas", "Guzmán", "Velázquez", "Muñoz", "Rojas", "Contreras",
          "Salazar", "Luna", "Ortega", "Santiago", "Guerrero", "Estrada",
          "Bautista", "Cortés", "Soto", "Alvarado", "Espinoza", "Lara",
          "Ávila", "Ríos", "Cervantes", "Sandoval", "Zúñiga", "Cuevas",
          "Treviño", "Villarreal", "Garza", "Olvera", "Xicoténcatl"]
MX_COMPOUND = ["de la Cruz", "de León", "Montes de Oca", "de la Garza",
               "Ponce de León", "de la Rosa", "Mier y Terán", "de Alba"]
MAYA_SUR = ["Canul", "Chan", "Pech", "Uc", "May", "Balam", "Ek", "Kú", "Poot",
            "Chi", "Dzul", "Tzab", "Cocom", "Euán", "Xool", "Cauich", "Tun",
            "Noh", "Chablé", "Koyoc"]

AR_F = ["Florencia|Flor", "Agustina|Agus", "Micaela|Mica", "Milagros|Mili",
        "Camila|Cami", "Lucía|Lu", "Sofía|Sofi", "Valentina|Vale,Valen",
        "Delfina|Delfi", "Rocío|Ro", "Luciana|Luli", "Carolina|Caro",
        "Norma", "Marta", "Beatriz|Bea", "Silvia", "Mónica|Moni",
        "Victoria|Vicky", "Paz", "Josefina|Jose,Jo", "Antonella|Anto",
        "Celeste", "Graciela|Grachu", "María Laura", "María Eugenia|Maru",
        "Natalia|Nati", "Romina|Romi", "Mercedes|Mecha", "Soledad|Sole",
        "Dolores|Lola"]
AR_M = ["Juan Martín|Juanma", "Facundo|Facu", "Nicolás|Nico", "Santiago|Santi",
        "Lautaro|Lauti", "Bautista|Bauti", "Gonzalo|Gonza", "Matías|Mati",
        "Tomás|Tomi", "Joaquín|Joaco", "Gastón", "Ezequiel|Eze", "Franco",
        "Sergio|Checho", "Horacio", "Osvaldo|Osvi", "Rubén", "Patricio|Pato",
        "Federico|Fede", "Ignacio|Nacho", "Maximiliano|Maxi", "Hernán",
        "Leandro|Lea", "Emanuel|Ema", "Juan Ignacio|Juani", "Alejandro|Ale",
        "Rodolfo|Rody", "Claudio", "Néstor"]
AR_SUR = ["Fernández", "Gómez", "Díaz", "Pereyra", "Sosa", "Acosta",
          "Benítez", "Medina", "Herrera", "Aguirre", "Giménez", "Suárez",
          "Ledesma", "Cabrera", "Ojeda", "Paz", "Ponce", "Quiroga",
          "Figueroa", "Villalba", "Godoy", "Luna", "Molina", "Ríos", "Sotelo",
          "Iturbe", "Mansilla", "Rossi", "Ferrari", "Bianchi", "Romano",
          "Colombo", "Ricci", "Russo", "Lombardi", "Bertolini", "Marchetti",
          "Greco", "Bruno", "Costa", "Bustos", "Ibarra", "Arce", "Miranda",
          "Vera", "Coronel", "Maldonado", "Zárate", "Peralta", "Rinaldi",
          "Cattaneo", "Pagano", "Lucero", "Correa", "Funes", "Echeverría"]
AR_ARM = ["Kasabian", "Nazarian", "Boyadjian", "Kechichian", "Tchilingirian",
          "Manukian"]
AR_JEW = ["Goldberg", "Rosenthal", "Szulman", "Kohan", "Finkelstein",
          "Gurevich", "Waisman", "Schvartzman", "Grinberg"]
AR_LEB = ["Saab", "Haddad", "Nasif", "Yunes", "Chaya", "Jalil", "Abdala"]
MAPU_F = ["Ayelén|Aye", "Millaray", "Rayén", "Amancay", "Ailén", "Malén"]
MAPU_M = ["Nahuel", "Lautaro", "Pehuén", "Ñancul", "Calfú"]
MAPU_SUR = ["Huenchullán", "Painemal", "Catrileo", "Llancaqueo", "Curaqueo",
            "Nahuelpán", "Millapán", "Quilapán", "Huaiquil", "Ancalao"]
AND_F = ["Yessenia", "Maribel", "Felícitas", "Nina", "Killa", "Sumaq",
         "Wayra", "Rosalía", "Eulogia", "Marleni", "Justina"]
AND_M = ["Wilber", "Edwin", "Inti", "Fortunato", "Teodoro", "Efraín",
         "Wálter", "Yuri", "Percy", "Hilario", "Fidel"]
AND_SUR = ["Quispe", "Mamani", "Condori", "Huamán", "Choque", "Apaza",
           "Ccori", "Huanca", "Ticona", "Cusi", "Chambi", "Limachi",
           "Coaquira", "Callisaya", "Yupanqui", "Huarachi", "Ccahuana"]
PY_F = ["Arami", "Jazmín", "Mirna", "Liz", "Nidia", "Perla", "Ramona"]
PY_M = ["Derlis", "Osmar", "Edgar", "Celso", "Nery", "Arnaldo"]
PY_SUR = ["Benítez", "Ayala", "Cáceres", "Ocampos", "Báez", "Britez",
          "Galeano", "Villalba", "Ortellado", "Riquelme", "Cardozo"]

GB_F = ["Sophie", "Emily", "Charlotte|Lottie", "Amelia|Millie", "Olivia|Liv",
        "Hope", "Grace", "Faith", "Chelsea", "Brooklyn", "Sky", "Jordan",
        "Poppy", "Isla", "Freya", "Harriet|Hattie", "Elizabeth|Liz,Beth",
        "Margaret|Maggie,Peggy", "Rebecca|Becky", "Jennifer|Jen",
        "Katherine|Kate,Katie", "Victoria|Vicky", "Summer", "Dawn", "April",
        "Holly", "Daisy", "Gillian|Gill", "Susan|Sue", "Joanne|Jo",
        "Christine|Chris", "Lauren", "Kirsty", "Rhiannon", "Carys", "Eilidh"]
GB_M = ["Oliver|Ollie", "Harry", "George", "Jack", "Charlie", "Thomas|Tom",
        "James|Jim,Jamie", "William|Will,Bill", "Henry", "Edward|Ed,Ted",
        "Mark", "Dean", "Frank", "Robert|Rob,Bob", "Richard|Rich",
        "Stephen|Steve", "Michael|Mike", "Christopher|Chris",
        "Matthew|Matt", "Daniel|Dan", "Alfie", "Reggie", "Archie", "Jordan",
        "Brooklyn", "Rhys", "Gareth", "Dafydd", "Iwan", "Callum", "Hamish",
        "Nigel", "Trevor", "Graham", "Ian", "Kieran", "Jason"]
GB_SUR = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
          "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
          "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
          "Clarke", "Baker", "Cook", "Mason", "Booth", "Fox", "Winter",
          "Hughes", "Edwards", "Lewis", "Harris", "Pritchard", "Ashworth",
          "Fairbrother", "Whitfield", "Pennington", "Hargreaves", "Blackwood",
          "Summers", "Lovell", "Ramsbottom", "Smythe", "Llewellyn",
          "MacLeod", "McIntyre", "Fraser", "Campbell", "Sutcliffe",
          "Holroyd", "Barraclough", "Hayes", "Marsh", "Nash", "Bird",
          "Street", "Sharp"]
IE_F = ["Siobhán", "Aoife", "Niamh", "Caoimhe", "Saoirse", "Róisín",
        "Gráinne", "Sinéad", "Orla", "Deirdre", "Bríd", "Eimear"]
IE_M = ["Seán", "Pádraig|Paddy", "Cian", "Oisín", "Ciarán", "Eoin", "Dara",
        "Tadhg", "Diarmuid", "Colm", "Dermot", "Declan", "Fergal"]
IE_SUR = ["O'Brien", "O'Sullivan", "McCarthy", "MacNamara", "Fitzgerald",
          "Kavanagh", "Doyle", "Murphy", "Byrne", "Gallagher", "McLoughlin",
          "O'Neill", "O'Connor", "Ó Súilleabháin|Ní Shúilleabháin",
          "Ó Ceallaigh|Ní Cheallaigh", "Mac Giolla Phádraig|Nic Giolla Phádraig",
          "Ó Briain|Ní Bhriain", "Ó Dónaill|Ní Dhónaill", "MacSweeney",
          "Mulcahy", "O'Donoghue"]
SA_F = ["Ayesha", "Fatima", "Zainab", "Sana", "Priya", "Ananya", "Sunita",
        "Harpreet", "Gurpreet", "Nusrat", "Shabnam", "Anjali", "Rukhsana",
        "Parveen"]
SA_M = ["Muhammad", "Imran", "Bilal", "Hamza", "Arjun", "Rohan", "Deepak",
        "Rajinder|Raj", "Sandeep|Sandy", "Tariq", "Asif", "Vikram|Vik",
        "Sanjay", "Zubair", "Naveed"]
SA_SUR = ["Khan", "Ahmed", "Hussain", "Iqbal", "Chaudhry", "Malik", "Butt",
          "Qureshi", "Patel", "Sharma", "Singh|Kaur", "Gupta", "Reddy",
          "Iyer", "Nair", "Krishnan", "Mehta", "Desai", "Chatterjee",
          "Bhatti", "Rahman|Begum", "Mirza", "Akhtar", "Sandhu", "Gill"]
WA_F = ["Ngozi", "Funmilayo|Funmi", "Chiamaka|Amaka", "Yetunde|Yetty", "Ama",
        "Akosua", "Efua", "Abena", "Adaeze|Ada", "Folake", "Blessing",
        "Precious", "Comfort", "Nneka"]
WA_M = ["Chinedu", "Oluwaseun|Seun", "Adebayo|Bayo", "Emeka", "Tunde",
        "Kwame", "Kofi", "Yaw", "Kwabena", "Obinna", "Godwin", "Femi",
        "Chukwuemeka|Emeka", "Babatunde|Tunde"]
WA_SUR = ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu",
          "Ogunleye", "Mensah", "Asante", "Owusu", "Boateng", "Osei",
          "Agyeman", "Appiah", "Oduro", "Adjei", "Olawale", "Nwachukwu",
          "Owusu-Ansah", "Adekunle", "Obi", "Danso"]
CN_F = ["Mei", "Jing", "Xiaoling", "Xinyi", "Yuqing", "Jiahui", "Li Na",
        "Wing Yan", "Mei Ling", "Hui"]
CN_M = ["Xiaoming", "Wei", "Hao", "Jun", "Yifan", "Zihan", "Zhiwei",
        "Ka Wai", "Siu Ming", "Jianguo"]
CN_EN_F = ["Grace", "Jenny", "Vivian", "Cherry", "Winnie"]
CN_EN_M = ["Kevin", "Jason", "Eric", "Tony", "Ken"]
CN_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
          "Wu", "Zhou", "Xu", "Lin", "Wong", "Cheung", "Leung", "Lau", "Ho",
          "Chan"]
VN_SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Thanh"]
VN_MID_M = ["Văn", "Đức", "Quốc", "Minh", "Hữu"]
VN_F = ["Hương", "Lan", "Hà", "Mai", "Linh", "Trang", "Thảo", "Ngân"]
VN_M = ["Minh", "Tuấn", "Bảo", "Anh", "Dũng", "Hùng", "Khoa", "Long"]
KR_SUR = ["Kim", "Park", "Lee", "Choi", "Jung", "Kang"]
KR_F = ["Ji-woo", "Seo-yeon", "Min-seo", "Ha-eun", "Soo-jin"]
KR_M = ["Min-jun", "Ji-hoon", "Seo-jun", "Dong-hyun", "Sung-min"]
IT_F = ["Francesca", "Giulia", "Chiara", "Alessandra", "Federica", "Elena",
        "Serena"]
IT_M = ["Giuseppe|Beppe,Peppe", "Alessandro|Sandro", "Matteo", "Lorenzo",
        "Davide", "Marco", "Gianluca", "Pierpaolo"]
IT_SUR = ["Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
          "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini",
          "Di Stefano", "Lo Bianco", "D'Angelo", "Ferraro", "Santoro"]
DE_F = ["Sabine", "Ute", "Katrin", "Anneliese", "Birgit", "Heike", "Jutta",
        "Ingrid"]
DE_M = ["Jürgen", "Klaus", "Lukas", "Maximilian|Max", "Wolfgang", "Dieter",
        "Stefan", "Uwe"]
DE_SUR = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
          "Wagner", "Becker", "Schäfer", "Koch", "Bauer", "von Bülow", "Groß",
          "Weiß", "Hoffmann", "Krüger"]
NL_F = ["Sanne", "Annelies", "Marieke", "Femke", "Lotte"]
NL_M = ["Jan-Willem", "Pieter", "Joost", "Maarten", "Bram"]
NL_SUR = ["de Vries", "van der Berg", "van den Heuvel", "Jansen", "Bakker",
          "Visser", "de Jong", "van Dijk"]
PT_F = ["Inês", "Beatriz|Bia", "Luana", "Rafaela|Rafa", "Fernanda|Nanda",
        "Maria Inês", "Joana", "Thaís"]
PT_M = ["João", "Gonçalo", "Thiago", "Caio", "Rodrigo", "Paulo",
        "João Pedro", "Luiz Henrique"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa",
          "Carvalho", "Almeida", "Gonçalves", "Rodrigues", "da Silva",
          "dos Santos", "Magalhães", "Conceição", "Ferreira", "Nascimento"]
PL_F = ["Agnieszka|Aga", "Małgorzata|Gosia", "Katarzyna|Kasia", "Zofia|Zosia",
        "Joanna|Asia", "Ewa", "Magdalena|Magda"]
PL_M = ["Paweł", "Łukasz", "Krzysztof", "Wojciech|Wojtek", "Grzegorz",
        "Tomasz|Tomek", "Piotr"]
PL_SUR = ["Kowalski|Kowalska", "Nowak", "Wiśniewski|Wiśniewska", "Wójcik",
          "Kowalczyk", "Kamiński|Kamińska", "Lewandowski|Lewandowska",
          "Zieliński|Zielińska", "Szymański|Szymańska", "Woźniak",
          "Dąbrowski|Dąbrowska", "Brzęczyszczykiewicz", "Grabowski|Grabowska"]
UA_F = ["Olena", "Iryna", "Yuliia", "Oksana", "Nataliia", "Tetiana",
        "Halyna"]
UA_M = ["Oleksandr|Sasha", "Mykola", "Taras", "Dmytro", "Bohdan", "Andrii",
        "Serhii", "Volodymyr"]
UA_SUR = ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko",
          "Melnyk", "Oliinyk", "Hrytsenko", "Savchuk", "Lysenko", "Boiko",
          "Koval"]
TR_F = ["Ayşe", "Fatma", "Elif", "Zeynep", "Çağla", "Emine"]
TR_M = ["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Hakan", "Murat"]
TR_SUR = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk",
          "Aydın", "Arslan", "Doğan", "Kılıç"]
GR_F = ["Eleni", "Ioanna", "Vasiliki|Vaso", "Sofia", "Katerina", "Despina"]
GR_M = ["Georgios|Giorgos", "Dimitrios|Dimitris", "Konstantinos|Kostas",
        "Nikolaos|Nikos", "Panagiotis|Panos", "Christos"]
GR_SUR = ["Papadopoulos|Papadopoulou", "Georgiou", "Konstantinidis|Konstantinidou",
          "Christodoulou", "Nikolaidis|Nikolaidou", "Vlachos|Vlachou",
          "Karagiannis|Karagianni", "Oikonomou", "Pappas"]
ARB_F = ["Fatima", "Khadija", "Layla", "Nour", "Salma", "Amina", "Yasmina",
         "Zineb", "Houda", "Samira", "Rania"]
ARB_M = ["Mohammed", "Ahmed", "Youssef", "Omar", "Karim", "Samir", "Rachid",
         "Hicham", "Ibrahim", "Hassan", "Abdelkader", "Said", "Tarek"]
ARB_SUR = ["al-Rashid", "Al-Mansouri", "El Amrani", "El Idrissi", "Ben Ali",
           "Benjelloun", "Abu-Hamdan", "Haddad", "Saleh", "Khalil", "Bouazza",
           "Benhaddou", "Ait Ouali", "El Fassi", "Abu Saleh", "Ben Youssef",
           "al-Hashimi", "El Khatib", "Bennani", "Ouazzani"]
RO_F = ["Ioana", "Andreea", "Mihaela", "Elena"]
RO_M = ["Andrei", "Mihai", "Ionuț", "Florin"]
RO_SUR = ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantinescu",
          "Munteanu"]

# origin -> (female givens, male givens, surname pool, style, 2nd-surname pool)
ORIG = {
    "es": (ES_F, ES_M, ES_SUR, "hisp", ES_SUR),
    "cat": (CAT_F + ES_F[:12], CAT_M + ES_M[:10], CAT_SUR, "hisp", CAT_SUR + ES_SUR[:30]),
    "eus": (EUS_F, EUS_M, EUS_SUR, "hisp", EUS_SUR + ES_SUR[:30]),
    "gal": (GAL_F + ES_F[:10], GAL_M, GAL_SUR, "hisp", GAL_SUR + ES_SUR[:20]),
    "mx": (MX_F, MX_M, MX_SUR, "hisp", MX_SUR),
    "maya": (MX_F, MX_M, MAYA_SUR, "hisp", MAYA_SUR + MX_SUR[:20]),
    "ar": (AR_F, AR_M, AR_SUR, "ar", AR_SUR),
    "arm": (AR_F, AR_M, AR_ARM, "ar", AR_SUR),
    "jew": (AR_F, AR_M, AR_JEW, "ar", AR_SUR),
    "leb": (AR_F, AR_M, AR_LEB, "ar", AR_SUR),
    "mapu": (MAPU_F + AR_F[:6], MAPU_M + AR_M[:5], MAPU_SUR, "hisp", AR_SUR + MAPU_SUR),
    "andean": (AND_F, AND_M, AND_SUR, "hisp", AND_SUR),
    "py": (PY_F, PY_M, PY_SUR, "hisp", PY_SUR),
    "gb": (GB_F, GB_M, GB_SUR, "single", None),
    "ie": (IE_F, IE_M, IE_SUR, "single", None),
    "sa": (SA_F, SA_M, SA_SUR, "single", None),
    "wa": (WA_F, WA_M, WA_SUR, "single", None),
    "cn": (CN_F, CN_M, CN_SUR, "cn", None),
    "vn": (VN_F, VN_M, VN_SUR, "vn", None),
    "kr": (KR_F, KR_M, KR_SUR, "kr", None),
    "it": (IT_F, IT_M, IT_SUR, "single", None),
    "de": (DE_F, DE_M, DE_SUR, "single", None),
    "nl": (NL_F, NL_M, NL_SUR, "single", None),
    "pt": (PT_F, PT_M, PT_SUR, "pt", PT_SUR),
    "pl": (PL_F, PL_M, PL_SUR, "single", None),
    "ua": (UA_F, UA_M, UA_SUR, "single", None),
    "tr": (TR_F, TR_M, TR_SUR, "single", None),
    "gr": (GR_F, GR_M, GR_SUR, "single", None),
    "arb": (ARB_F, ARB_M, ARB_SUR, "single", None),
    "ro": (RO_F, RO_M, RO_SUR, "single", None),
}

STAFF = {"es": ["es"] * 6 + ["cat", "cat", "eus", "eus", "gal", "gal", "ar"],
         "mx": ["mx"] * 6 + ["maya", "maya"]}
PAT = {"es": ["es"] * 8 + ["cat", "eus", "gal"] * 2 +
       ["arb", "arb", "ua", "cn", "andean", "ro", "mx", "ar", "pt", "it"],
       "mx": ["mx"] * 8 + ["maya"] * 3 + ["andean", "ar", "kr", "es"]}
EXPAT = ["gb"] * 7 + ["ie"] * 3 + ["de", "nl", "sa", "wa", "pl", "it", "cn",
                                  "vn", "gr", "tr", "ua", "arb", "pt", "gb"]
UKLET = ["gb"] * 9 + ["ie"] * 2 + ["sa"] * 3 + ["wa"] * 3 + ["pl"] * 2 + [
    "cn", "vn", "it", "gr", "tr", "arb", "arb", "pt", "ua", "es", "kr", "ro"]
ARLET = ["ar"] * 11 + ["mapu", "mapu", "andean", "andean", "py", "py", "arm",
                       "jew", "leb", "kr", "cn", "pt", "it", "es"]
SHARE_OK = ("gb", "ie", "de", "nl", "it", "sa", "wa", "ua", "tr", "arb", "ro")


def parse_given(e):
    if "|" in e:
        a, b = e.split("|", 1)
        return a, b.split(",")
    return e, []


class Person:
    def __init__(self, given, surnames, gender, origin, nicks=(),
                 eastern=False, callname=None, middle=None, conj=" ",
                 raw=""):
        self.given = given
        self.surnames = list(surnames)
        self.gender = gender
        self.origin = origin
        self.nicks = list(nicks)
        self.eastern = eastern
        self.callname = callname or given
        self.middle = middle
        self.conj = conj
        self.raw = raw

    def hisp(self):
        return ORIG[self.origin][3] in ("hisp", "ar", "pt")

    def sur(self):
        return self.surnames[0]

    def surs(self):
        return self.conj.join(self.surnames)

    def full(self):
        if self.eastern:
            return self.surs() + " " + self.given
        return self.given + " " + self.surs()

    def fuller(self):
        if self.middle and not self.eastern:
            return self.given + " " + self.middle + " " + self.surs()
        return self.full()

    def short(self):
        if self.eastern:
            return self.surnames[0] + " " + self.given
        return self.given + " " + self.surnames[0]

    def first(self):
        return self.callname

    def nick(self, rng):
        return rng.choice(self.nicks) if self.nicks else self.callname

    def sur_formal(self, rng):
        if len(self.surnames) > 1 and rng.random() < 0.35:
            return self.surs()
        return self.surnames[0]

    def table(self):
        g = self.given + (" " + self.middle if self.middle else "")
        return self.surs() + ", " + g

    def init(self, rng):
        words = [w for w in self.given.replace("-", " ").split()
                 if w[:1].isupper()]
        if self.eastern or not words:
            return self.short()
        letters = [w[0] + "." for w in words]
        if len(letters) > 1:
            ini = rng.choice([" ", ""]).join(letters)
        else:
            ini = letters[0]
        if rng.random() < 0.15:
            ini = ini.replace(".", "")
        return ini + " " + self.surnames[0]

    def sur_init(self):
        return self.callname + " " + self.surnames[0][0] + "."

    def form(self, rng, kind):
        if kind == "full":
            return self.full()
        if kind == "short":
            return self.short()
        if kind == "first":
            return self.first()
        if kind == "nick":
            return self.nick(rng)
        if kind == "init":
            return self.init(rng)
        if kind == "table":
            return self.table()
        if kind == "sur":
            return self.sur()
        raise ValueError(kind)


def mkp(rng, origin, gender=None, used=None):
    F, M, SUR, style, SUR2 = ORIG[origin]
    for _ in range(60):
        g = gender or rng.choice("fm")
        given, nicks = parse_given(rng.choice(F if g == "f" else M))
        raw = ""

        def pick(pool):
            s = rng.choice(pool)
            if "|" in s:
                a, b = s.split("|")
                return (a if g == "m" else b), s
            return s, s

        eastern = False
        callname = None
        middle = None
        conj = " "
        if style == "hisp":
            if origin in ("es", "mx") and rng.random() < 0.12:
                s1 = rng.choice(ES_COMPOUND if origin == "es" else MX_COMPOUND)
            else:
                s1 = pick(SUR)[0]
            s2 = rng.choice(SUR2)
            while s2 == s1:
                s2 = rng.choice(SUR2)
            surs = [s1, s2]
            if origin == "es" and rng.random() < 0.06:
                conj = " y "
            if origin == "cat" and rng.random() < 0.25:
                conj = " i "
        elif style == "ar":
            s1 = pick(SUR)[0]
            surs = [s1]
            if rng.random() < 0.3:
                s2 = rng.choice(SUR2)
                if s2 != s1:
                    surs.append(s2)
        elif style == "pt":
            s1 = rng.choice(SUR)
            surs = [s1]
            if rng.random() < 0.6:
                s2 = rng.choice(SUR)
                if s2 != s1:
                    surs = [s2, s1]
        elif style == "cn":
            s1 = rng.choice(SUR)
            surs = [s1]
            if rng.random() < 0.25:
                given = rng.choice(CN_EN_F if g == "f" else CN_EN_M)
            else:
                eastern = rng.random() < 0.5
        elif style == "vn":
            mid = rng.choice(VN_MID_F if g == "f" else VN_MID_M)
            surs = [rng.choice(SUR)]
            callname = given
            given = mid + " " + given
            eastern = True
        elif style == "kr":
            surs = [rng.choice(SUR)]
            eastern = rng.random() < 0.6
        else:
            s1, raw = pick(SUR)
            surs = [s1]
            if origin == "gb" and rng.random() < 0.07:
                s2 = rng.choice(SUR)
                if s2 != s1:
                    surs = [s1 + "-" + s2]
            if origin in ("gb", "ie", "de", "it") and rng.random() < 0.3:
                mg, _ = parse_given(rng.choice(F if g == "f" else M))
                if mg != given and " " not in mg:
                    middle = mg
        p = Person(given, surs, g, origin, nicks, eastern, callname, middle,
                   conj, raw)
        if used is not None:
            key = p.full()
            if key in used or p.callname in used:
                continue
            used.append(key)
            used.append(p.callname)
        return p
    raise RuntimeError("could not make a distinct person")


class Cast:
    """Distinct people for one document."""

    def __init__(self, rng):
        self.rng = rng
        self.used = []

    def new(self, origins, gender=None):
        o = origins if isinstance(origins, str) else self.rng.choice(origins)
        return mkp(self.rng, o, gender, self.used)

    def spouse(self, p, share=None):
        rng = self.rng
        g = "m" if p.gender == "f" else "f"
        q = self.new(p.origin, g)
        if share is None:
            share = rng.random() < 0.55
        if share and p.origin in SHARE_OK and "|" not in p.raw:
            q.surnames = p.surnames[:]
        return q

    def child(self, p, other=None):
        q = self.new(p.origin)
        if p.origin in SHARE_OK and "|" not in p.raw:
            q.surnames = p.surnames[:]
        elif p.hisp() and other is not None and other.hisp():
            q.surnames = [p.surnames[0], other.surnames[0]]
        q.middle = None
        return q


def ttl(rng, p, lang, doctor=False):
    """Title before a name; Mrs/Miss/Ms (Sra./Srta.) is fixed per person."""
    if lang == "en":
        if doctor:
            return rng.choice(["Dr ", "Dr. ", "Dr "])
        if p.gender == "m":
            return rng.choice(["Mr ", "Mr ", "Mr. "])
        if not hasattr(p, "t_en"):
            p.t_en = rng.choice(["Ms", "Mrs", "Miss", "Ms"])
        return p.t_en + rng.choice([" ", " ", ". "]) if p.t_en != "Miss" else "Miss "
    if doctor:
        return "Dr. " if p.gender == "m" else rng.choice(["Dra. ", "Dra. ", "Dra "])
    if p.gender == "m":
        return rng.choice(["Sr. ", "D. ", "Sr "])
    if not hasattr(p, "t_es"):
        p.t_es = rng.choice(["Sra", "Dña", "Sra", "Srta"])
    return p.t_es + rng.choice([". ", ". ", " "])


def his(p):
    return "his" if p.gender == "m" else "her"


def he(p):
    return "he" if p.gender == "m" else "she"


def rel_en(p):
    return "husband" if p.gender == "m" else "wife"


def rel_es(p):
    return "marido" if p.gender == "m" else "mujer"


def oa(p):
    """Spanish gender ending o/a."""
    return "o" if p.gender == "m" else "a"


# ---------------------------------------------------------------------------
# identifiers with real check digits
# ---------------------------------------------------------------------------
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_es(rng):
    n = rng.randrange(10000000, 79999999)
    s = "%08d" % n
    L = DNI_LETTERS[n % 23]
    return rng.choice([s + L, s + L, s + "-" + L,
                       "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], L), s + " " + L])


def nie_es(rng):
    p = rng.choice("XXYYZ")
    n = rng.randrange(0, 9999999)
    L = DNI_LETTERS[int(str("XYZ".index(p)) + "%07d" % n) % 23]
    return rng.choice(["%s%07d%s" % (p, n, L), "%s%07d%s" % (p, n, L),
                       "%s-%07d-%s" % (p, n, L), "%s %07d %s" % (p, n, L)])


NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino(rng):
    while True:
        pre = rng.choice(NINO_1) + rng.choice(NINO_2)
        if pre not in NINO_BAD:
            break
    d = dg(rng, 6)
    suf = rng.choice("ABCD")
    return rng.choice(["%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf),
                       pre + d + suf, "%s%s %s" % (pre, d, suf),
                       "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)])


def passport(rng, kind):
    if kind == "gb":
        return str(rng.randrange(1, 10)) + dg(rng, 8)
    if kind == "ie":
        return rng.choice(["P", "L", "F"]) + rng.choice("ABCDEFGHJKLMNPRTVWXY") + dg(rng, 7)
    if kind == "es":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + dg(rng, 6)
    if kind == "mx":
        return rng.choice("GNE") + dg(rng, 8)
    if kind == "ar":
        return "AA" + rng.choice("ABCDEFG") + dg(rng, 6)
    if kind == "ng":
        return "A" + dg(rng, 8)
    if kind == "de":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if kind == "us":
        return str(rng.randrange(5, 6)) + dg(rng, 8)
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + dg(rng, 7)


PARTICLES = ("DE", "LA", "DEL", "LOS", "LAS", "Y", "I", "MC", "MAC", "VAN",
             "VON", "DA", "DAS", "DO", "DOS")
CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
VOW = "AEIOU"


def _w(s):
    ws = [w for w in deacc(s).upper().replace("-", " ").replace("'", "").split()
          if w not in PARTICLES]
    return ws[0] if ws else "X"


def _given_for_id(p):
    ws = [w for w in deacc(p.given).upper().split() if w not in PARTICLES]
    if len(ws) > 1 and ws[0] in ("MARIA", "JOSE", "MA", "J"):
        return ws[1]
    return ws[0] if ws else "X"


def _first_internal(s, vowels):
    for c in s[1:]:
        if (c in VOW) == vowels:
            return c
    return "X"


def mx_base4(p):
    a = _w(p.surnames[0])
    b = _w(p.surnames[1]) if len(p.surnames) > 1 else "X"
    g = _given_for_id(p)
    return a[0] + _first_internal(a, True) + b[0] + g[0], a, b, g


def curp(rng, p, dob):
    b4, a, b, g = mx_base4(p)
    sex = "H" if p.gender == "m" else "M"
    st = rng.choice(["DF", "YN", "QR", "JC", "NL", "PL", "GT", "VZ", "OC",
                     "CS", "MC", "BC"])
    cons = (_first_internal(a, False) + _first_internal(b, False) +
            _first_internal(g, False))
    hom = str(rng.randrange(10)) if dob.year < 2000 else rng.choice("ABCDEFGH")
    s = "%s%02d%02d%02d%s%s%s%s" % (b4, dob.year % 100, dob.month, dob.day,
                                    sex, st, cons, hom)
    tot = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def rfc(rng, p, dob):
    b4 = mx_base4(p)[0]
    hc = "".join(rng.choice("123456789ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2))
    s = "%s%02d%02d%02d%s" % (b4, dob.year % 100, dob.month, dob.day, hc)
    tot = sum(RFC_DICT.index(c) * (13 - i) for i, c in enumerate(s))
    r = tot % 11
    if r == 0:
        dv = "0"
    else:
        dv = 11 - r
        dv = "A" if dv == 10 else str(dv)
    return s + dv


def dni_ar_num(rng, dob=None):
    if dob is not None:
        # roughly tracks year of birth, as real DNI numbers do
        base = max(4000000, min(47000000, int((dob.year - 1935) * 640000)))
        return base + rng.randrange(0, 600000)
    return rng.randrange(12000000, 46000000)


def fmt_ar_dni(rng, n):
    s = "{:,}".format(n).replace(",", ".")
    return rng.choice([s, s, str(n)])


def cuit(rng, n, gender):
    prefs = ["20"] if gender == "m" else ["27"]
    for pref in prefs + ["23", "24"]:
        base = "%s%08d" % (pref, n)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(base[i]) * w[i] for i in range(10))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return rng.choice(["%s-%s-%d" % (base[:2], base[2:], r),
                           "%s-%s-%d" % (base[:2], base[2:], r),
                           "%s%d" % (base, r)])
    return None


def rut(rng):
    n = rng.randrange(5000000, 26000000)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    return "{:,}".format(n).replace(",", ".") + "-" + dv


def cedula_co(rng):
    n = rng.choice([rng.randrange(10000000, 99999999),
                    rng.randrange(1000000000, 1199999999)])
    return rng.choice(["{:,}".format(n).replace(",", "."), str(n)])


def dni_pe(rng):
    return "%08d" % rng.randrange(10000000, 79999999)


def es_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * w[i] for i, c in enumerate(d10)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def iban_make(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(ch_, 36)) for ch_ in s))
    chk = 98 - num % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    t = ib[4:] + ib[:4]
    assert int("".join(str(int(c, 36)) for c in t)) % 97 == 1
    return ib


def iban(rng, cc="ES", spaced=None):
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2080", "0128",
                           "1465", "2103", "0030"])
        br = dg(rng, 4)
        acc = dg(rng, 10)
        bban = bank + br + "%d%d" % (es_dc("00" + bank + br), es_dc(acc)) + acc
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "SRLG",
                           "MONZ", "NAIA"]) + dg(rng, 6) + dg(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(rng, 6) + dg(rng, 8)
    elif cc == "DE":
        bban = dg(rng, 18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(rng, 10)
    elif cc == "PT":
        bban = dg(rng, 21)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + dg(rng, 10) + dg(rng, 12)
    else:
        raise ValueError(cc)
    ib = iban_make(cc, bban)
    if spaced is None:
        spaced = rng.random() < 0.7
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def passport_for(rng, p):
    return passport(rng, {"gb": "gb", "ie": "ie", "de": "de", "wa": "ng", "es": "es",
                          "mx": "mx", "maya": "mx", "ar": "ar"}.get(p.origin, "x"))


BANK_CODE = {"Barclays": ("GB", "BARC"), "NatWest": ("GB", "NWBK"), "HSBC UK": ("GB", "HBUK"),
             "Lloyds Bank": ("GB", "LOYD"), "Monzo": ("GB", "MONZ"), "Nationwide": ("GB", "NAIA"),
             "Santander UK": ("GB", "ABBY"), "Starling Bank": ("GB", "SRLG"),
             "CaixaBank": ("ES", "2100"), "BBVA": ("ES", "0182"), "Banco Sabadell": ("ES", "0081"),
             "Banco Santander": ("ES", "0049"), "Bankinter": ("ES", "0128"), "Abanca": ("ES", "2080"),
             "Unicaja": ("ES", "2103")}


def bank_iban(rng, bankname, spaced=None):
    cc, code = BANK_CODE[bankname]
    if cc == "GB":
        ib = iban_make("GB", code + dg(rng, 6) + dg(rng, 8))
    else:
        br = dg(rng, 4)
        acc = dg(rng, 10)
        ib = iban_make("ES", code + br + "%d%d" % (es_dc("00" + code + br), es_dc(acc)) + acc)
    if spaced is None:
        spaced = rng.random() < 0.7
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib


def bank_and_iban(rng, region):
    b = rng.choice(BANK[region])
    return b, bank_iban(rng, b)


def iban_for(rng, p):
    return iban(rng, {"gb": "GB", "ie": "IE", "de": "DE", "nl": "NL",
                      "pt": "PT", "it": "IT"}.get(p.origin, "GB"))


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def ph_es(rng, mobile=None, prefix=None):
    if mobile is None:
        mobile = rng.random() < 0.65
    if mobile:
        a = rng.choice("67") + dg(rng, 8)
        return rng.choice([
            "%s %s %s" % (a[:3], a[3:6], a[6:]), a,
            "+34 %s %s %s" % (a[:3], a[3:6], a[6:]),
            "+34 %s %s %s %s" % (a[:3], a[3:5], a[5:7], a[7:]),
            "0034 %s" % a, "(+34) %s-%s-%s" % (a[:3], a[3:6], a[6:]),
            "%s.%s.%s" % (a[:3], a[3:6], a[6:]), "+34%s" % a])
    p = prefix or rng.choice(["91", "93", "96", "95", "94", "981", "965", "952", "963"])
    a = p + dg(rng, 9 - len(p))
    if len(p) == 2:
        return rng.choice(["%s %s %s %s" % (a[:2], a[2:5], a[5:7], a[7:]),
                           "+34 %s %s %s %s" % (a[:2], a[2:5], a[5:7], a[7:]),
                           a])
    return rng.choice(["%s %s %s %s" % (a[:3], a[3:5], a[5:7], a[7:]),
                       "%s %s %s" % (a[:3], a[3:6], a[6:]),
                       "+34 %s %s %s" % (a[:3], a[3:6], a[6:]), a])


def ph_mx(rng, area=None):
    area = area or rng.choice(["55", "55", "33", "81", "999", "998", "984"])
    a = area + dg(rng, 10 - len(area))
    if len(area) == 2:
        return rng.choice(["%s %s %s" % (a[:2], a[2:6], a[6:]),
                           "+52 %s %s %s" % (a[:2], a[2:6], a[6:]),
                           "+52 1 %s %s %s" % (a[:2], a[2:6], a[6:]),
                           "(%s) %s-%s" % (a[:2], a[2:6], a[6:]), a,
                           "044 %s %s %s" % (a[:2], a[2:6], a[6:])])
    return rng.choice(["(%s) %s-%s" % (a[:3], a[3:6], a[6:]),
                       "%s %s %s" % (a[:3], a[3:6], a[6:]),
                       "+52 %s %s %s" % (a[:3], a[3:6], a[6:]),
                       "%s-%s-%s-%s" % (a[:3], a[3:6], a[6:8], a[8:]), a])


def ph_uk(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.7
    if mobile:
        a = "07" + rng.choice(["7", "8", "9", "4", "5"]) + dg(rng, 8)
        return rng.choice([
            "%s %s" % (a[:5], a[5:]), "%s %s %s" % (a[:5], a[5:8], a[8:]),
            "+44 %s %s" % (a[1:5], a[5:]), "+44 (0)%s %s" % (a[1:5], a[5:]),
            a, "%s-%s-%s" % (a[:5], a[5:8], a[8:]), "+44%s" % a[1:],
            "0044 %s %s" % (a[1:5], a[5:])])
    c = rng.choice(["0113", "0161", "01274", "0114", "020"])
    rest = dg(rng, 11 - len(c))
    if c == "020":
        s = "020 %s %s" % (rest[:4], rest[4:])
    elif len(c) == 4:
        s = "%s %s %s" % (c, rest[:3], rest[3:])
    else:
        s = "%s %s" % (c, rest)
    s = rng.choice([s, s, "(%s) %s" % (c, s[len(c) + 1:]),
                    "+44 %s" % s[1:]])
    if rng.random() < 0.15:
        s += rng.choice([" ext. ", " ext ", " x"]) + str(rng.randrange(100, 400))
    return s


def ph_ar(rng, area="11"):
    if area == "11":
        a = dg(rng, 8)
        return rng.choice(["+54 9 11 %s-%s" % (a[:4], a[4:]),
                           "11 %s-%s" % (a[:4], a[4:]),
                           "15-%s-%s" % (a[:4], a[4:]),
                           "(011) 15 %s-%s" % (a[:4], a[4:]),
                           "+54911%s" % a, "11%s" % a,
                           "(011) 4%s-%s" % (a[1:4], a[4:])])
    a = dg(rng, 7)
    return rng.choice(["+54 %s %s-%s" % (area, a[:3], a[3:]),
                       "(0%s) 15-%s-%s" % (area, a[:3], a[3:]),
                       "0%s-4%s" % (area, a[1:])])


def ph_ie(rng):
    a = "08" + rng.choice("35679") + dg(rng, 7)
    return rng.choice(["+353 %s %s %s" % (a[1:3], a[3:6], a[6:]),
                       "%s %s %s" % (a[:3], a[3:6], a[6:])])


def ph_us(rng):
    a = rng.choice(["312", "415", "512", "617", "720"]) + "555" + dg(rng, 4)
    return rng.choice(["+1 (%s) %s-%s" % (a[:3], a[3:6], a[6:]),
                       "%s-%s-%s" % (a[:3], a[3:6], a[6:]),
                       "+1 %s %s %s" % (a[:3], a[3:6], a[6:])])


def ph_de(rng):
    return "+49 1%s %s" % (rng.choice(["51", "60", "71", "76"]), dg(rng, 7))


def ph_home(rng, p):
    """Phone a person would give: expats often keep a home number."""
    o = p.origin
    if o == "ie":
        return ph_ie(rng)
    if o == "de":
        return ph_de(rng)
    return ph_uk(rng, mobile=True)


# ---------------------------------------------------------------------------
# e-mail addresses
# ---------------------------------------------------------------------------
DOM_EN = ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk",
          "hotmail.co.uk", "icloud.com", "sky.com", "virginmedia.com",
          "live.co.uk", "protonmail.com"]
DOM_ES = ["gmail.com", "hotmail.com", "hotmail.es", "yahoo.es",
          "telefonica.net", "outlook.es", "icloud.com"]
DOM_MX = ["gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx",
          "yahoo.com.mx"]
DOM_AR = ["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar",
          "outlook.com.ar", "live.com.ar"]


def _clean(s):
    return (deacc(s).lower().replace("'", "").replace(" ", "")
            .replace("-", ""))


def email_for(rng, p, domains):
    g = _clean(p.callname.split()[0])
    s = _clean(p.surnames[0])
    s2 = _clean(p.surnames[1]) if len(p.surnames) > 1 else ""
    yy = str(rng.randrange(60, 100)) if rng.random() < 0.5 else str(rng.randrange(1, 30))
    local = rng.choice([g + "." + s, g[0] + s, g + s, s + "." + g,
                        g + "_" + s + yy, g + yy, g + "." + s + s2,
                        g[0] + "." + s, g + s[:3] + yy])
    return local + "@" + rng.choice(domains)


def staff_email(rng, p, domain):
    g = _clean(p.callname.split()[0])
    s = _clean(p.surnames[0])
    return rng.choice([g[0] + "." + s, g + "." + s, g])[:40] + "@" + domain


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------
UK_AREAS = [("Leeds", "LS", [2, 4, 5, 6, 7, 8, 11, 12, 17]),
            ("Manchester", "M", [13, 14, 16, 19, 20, 21]),
            ("Bradford", "BD", [3, 7, 8, 9]),
            ("Sheffield", "S", [7, 10, 11]),
            ("Salford", "M", [5, 6, 50])]
UK_STREETS = ["Cardigan Road", "Hyde Park Road", "Ashville Grove",
              "Brudenell Street", "Harehills Lane", "Victoria Road",
              "Mark Lane", "Winter Street", "Booth Street", "Baker Street",
              "Mason Street", "Fox Street", "Dean Road", "Grace Street",
              "Hope Road", "Chelsea Close", "Brooklyn Terrace",
              "Kirkstall Lane", "Headingley Mount", "Royal Park Avenue",
              "Burley Road", "Wilmslow Road", "Platt Lane", "Moseley Road",
              "Claremont Avenue", "Granby Grove", "Manor Drive",
              "Oak Tree Crescent", "Norwood Terrace", "St Michael's Lane",
              "Queen's Road", "Albert Grove", "Church Lane", "Mill Street",
              "Ecclesall Road", "Great Horton Road", "Beech Grove"]
PC_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc(rng, area, dists):
    return "%s%d %d%s%s" % (area, rng.choice(dists), rng.randrange(1, 10),
                            rng.choice(PC_L), rng.choice(PC_L))


class Addr:
    def __init__(self, one, short, multi=None, town="", street=""):
        self.one = one
        self.short = short
        self.multi = multi or one
        self.town = town
        self.street = street


def uk_addr(rng, flat=None):
    town, area, dists = rng.choice(UK_AREAS)
    num = str(rng.randrange(1, 240))
    if rng.random() < 0.08:
        num += rng.choice("ab")
    st = rng.choice(UK_STREETS)
    pc = uk_pc(rng, area, dists)
    if flat is None:
        flat = rng.random() < 0.45
    fl = rng.choice(["Flat 2, ", "Flat 4B, ", "Flat 11, ", "Apartment 3, ",
                     "Flat 1, ", "Flat 6, ", "Ground Floor Flat, ",
                     "Flat C, "]) if flat else ""
    short = fl + num + " " + st
    one = rng.choice(["%s, %s %s" % (short, town, pc),
                      "%s, %s, %s" % (short, town, pc),
                      "%s, %s" % (short, pc)])
    multi = "%s\n%s\n%s" % (short.replace(", ", "\n"), town, pc)
    return Addr(one, short, multi, town, st)


ES_TOWNS = [("Madrid", "280", 1, 50, ""), ("Barcelona", "080", 1, 40, ""),
            ("Valencia", "460", 1, 26, ""), ("Málaga", "290", 1, 18, ""),
            ("Marbella", "2960", 1, 4, "(Málaga)"),
            ("Jávea", "0373", 0, 1, "(Alicante)"),
            ("Bilbao", "480", 1, 15, "(Bizkaia)"),
            ("Santiago de Compostela", "157", 1, 6, ""),
            ("Sevilla", "410", 1, 20, ""), ("Alicante", "030", 1, 16, ""),
            ("Benidorm", "035", 1, 4, "(Alicante)"),
            ("Torrevieja", "0318", 1, 3, "(Alicante)")]
ES_STREETS = ["C/ Mayor", "C/ Doctor Fleming", "C/ Hermanos Álvarez Quintero",
              "Avda. Reina Victoria", "C/ Virgen del Pilar",
              "C/ Nuestra Señora de los Dolores", "C/ del Sol",
              "Plaza de la Paz", "C/ Rosa Chacel", "Avda. de la Constitución",
              "C/ San Vicente Ferrer", "Avda. Ramón y Cajal",
              "C/ Pintor Sorolla", "Avda. de Lourdes", "C/ Amparo Usera",
              "C/ Santiago Ramón y Cajal", "C/ Pilar de Zaragoza"]
TOWN_STREETS = {"Madrid": ["Calle de Alcalá", "Pº de la Castellana", "C/ Santa Engracia", "C/ Rosario Pino"],
                "Barcelona": ["Carrer de Pau Claris", "Carrer de Mallorca", "Carrer de Santiago Rusiñol", "Ronda de Sant Pere"],
                "Valencia": ["Avda. Blasco Ibáñez", "C/ de Cuba", "C/ Amparo Iturbi"],
                "Málaga": ["Calle Larios", "C/ Victoria", "Pasillo de Santa Isabel"],
                "Bilbao": ["Gran Vía Don Diego López de Haro", "C/ Doctor Areilza", "Alameda de Mazarredo"],
                "Santiago de Compostela": ["Rúa do Vilar", "Rúa da Rosa", "Rúa do Franco"],
                "Sevilla": ["C/ Luis Montoto", "C/ Esperanza Macarena", "Avda. de la Palmera"]}
ES_FLOORS = ["1º A", "2º B", "3º izda.", "4º dcha.", "bajo", "ático",
             "5º 2ª", "entlo. 1ª", "2º C", "1º 3ª", "pta. 12", "esc. B, 3º D",
             "bajo B", "7º"]
URBS = ["Urb. El Montgó, ", "Urb. Nueva Andalucía, ", "Urb. La Zenia, ",
        "Urb. Los Naranjos, ", "Urbanización Cap Martí, "]


def es_addr(rng, expat=False):
    towns = ES_TOWNS
    if expat and rng.random() < 0.7:
        towns = [t for t in ES_TOWNS if t[0] in ("Marbella", "Jávea", "Benidorm", "Torrevieja", "Alicante", "Málaga")]
    town, pre, lo, hi, prov = rng.choice(towns)
    if len(pre) == 3:
        pc = pre + "%02d" % rng.randrange(lo, hi)
    else:
        pc = pre + str(rng.randrange(lo, hi + 1) if hi > 1 else 0)
    if town in TOWN_STREETS and rng.random() < 0.65:
        st = rng.choice(TOWN_STREETS[town])
    else:
        st = rng.choice(ES_STREETS)
    num = str(rng.randrange(1, 190))
    fl = rng.choice(ES_FLOORS) if rng.random() < 0.75 else ""
    urb = rng.choice(URBS) if expat and town in ("Marbella", "Jávea", "Benidorm", "Torrevieja") and rng.random() < 0.6 else ""
    provs = (" " + prov) if prov and rng.random() < 0.5 else ""
    if rng.random() < 0.5:
        short = "%s%s, %s%s" % (urb, st, num, (", " + fl) if fl else "")
    else:
        short = "%s%s %s%s" % (urb, st, num, (", " + fl) if fl else "")
    one = "%s, %s %s%s" % (short, pc, town, provs)
    multi = "%s\n%s %s%s" % (short, pc, town, provs)
    return Addr(one, short, multi, town, st)


def mx_addr(rng):
    n = rng.randrange(10, 990)
    k = rng.randrange(8)
    a = rng.randrange(20, 70)
    if k == 0:
        one = "Av. Presidente Masaryk %d, Int. %d, Col. Polanco V Sección, Miguel Hidalgo, C.P. 11560, Ciudad de México" % (n, rng.randrange(1, 12))
        short = "Av. Presidente Masaryk %d" % n
    elif k == 1:
        one = "Calle Córdoba %d, Col. Roma Norte, Cuauhtémoc, 06700 CDMX" % n
        short = "Calle Córdoba %d" % n
    elif k == 2:
        one = "Calle %d No. %d x %d y %d, Col. Centro, 97000 Mérida, Yuc." % (a, n, a - 3, a - 1)
        short = "Calle %d No. %d x %d y %d" % (a, n, a - 3, a - 1)
    elif k == 3:
        one = "Calle %d No. %d-A por %d y %d, Col. García Ginerés, 97070 Mérida, Yucatán" % (a, n, a + 1, a + 3)
        short = "Calle %d No. %d-A" % (a, n)
    elif k == 4:
        one = "Av. 10 Norte Mz. %d Lt. %d, Col. Centro, 77710 Playa del Carmen, Q. Roo" % (rng.randrange(1, 40), rng.randrange(1, 20))
        short = one.split(", Col.")[0]
    elif k == 5:
        one = "Calle Benito Juárez %d, Zona Centro, 37700 San Miguel de Allende, Gto." % n
        short = "Calle Benito Juárez %d" % n
    elif k == 6:
        one = "Av. Vasco de Quiroga %d, Col. Santa Fe, Álvaro Obregón, 01219 Ciudad de México" % (n + 1000)
        short = "Av. Vasco de Quiroga %d" % (n + 1000)
    else:
        one = "Privada Jacarandas %d, Fracc. Los Pinos, 77500 Cancún, Q. Roo" % (n % 90 + 1)
        short = "Privada Jacarandas %d" % (n % 90 + 1)
    multi = one.replace(", Col.", "\nCol.", 1)
    return Addr(one, short, multi, "", "")


AR_STREETS = ["Av. Santa Fe", "Güemes", "Juan B. Justo", "Av. Rivadavia",
              "Av. Cabildo", "Bartolomé Mitre", "Sarmiento", "Lavalle",
              "Av. Callao", "Uriarte", "Thames", "Gorriti", "Honduras",
              "Costa Rica", "Av. Corrientes", "Av. Belgrano", "Billinghurst",
              "Av. Díaz Vélez", "Juncal", "Malabia", "Av. Juan de Garay",
              "Humahuaca", "Yatay", "Av. Scalabrini Ortiz", "Paraguay",
              "Soler", "Olleros", "Conde", "Virrey Loreto", "Moldes"]
AR_BARRIOS = ["Palermo", "Villa Crespo", "Caballito", "Almagro", "Belgrano",
              "Colegiales", "Recoleta", "Boedo", "Núñez", "Villa Urquiza",
              "San Telmo", "Balvanera"]


def ar_addr(rng):
    k = rng.randrange(6)
    n = rng.randrange(100, 6000)
    piso = rng.randrange(1, 13)
    dep = rng.choice("ABCDEFGH")
    cpa = "C%d%s" % (rng.randrange(1000, 1500),
                     "".join(rng.choice("ABCDEFGHJKLNPQRSTUVWXYZ") for _ in range(3)))
    if k <= 2:
        st = rng.choice(AR_STREETS)
        short = rng.choice(["%s %d, %d° %s" % (st, n, piso, dep),
                            "%s %d %dº \"%s\"" % (st, n, piso, dep),
                            "%s %d, piso %d, depto. %s" % (st, n, piso, dep),
                            "%s %d PB %d" % (st, n, rng.randrange(1, 6))])
        one = rng.choice(["%s, %s, CABA" % (short, rng.choice(AR_BARRIOS)),
                          "%s (%s) CABA" % (short, cpa),
                          "%s, Ciudad Autónoma de Buenos Aires" % short,
                          "%s, %s" % (short, rng.choice(AR_BARRIOS))])
    elif k == 3:
        short = "Bv. Oroño %d, %d° %s" % (n % 3000 + 100, piso, dep)
        one = short + ", S2000 Rosario, Santa Fe"
    elif k == 4:
        short = "Calle %d N° %d" % (rng.randrange(1, 70), n % 2000 + 100)
        one = short + ", B1900 La Plata"
    else:
        short = "Av. Colón %d, %d° %s" % (n % 2500 + 100, piso, dep)
        one = short + ", X5000 Córdoba"
    multi = one.replace(", ", "\n", 1) if "," in one else one
    return Addr(one, short, multi, "", "")


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------
SITES = {
    "es": [
        ("Clínica Mirasol Chamberí", "C/ de Santa Engracia 102, 1º izda., 28003 Madrid", "recepcion.chamberi", "91"),
        ("Clínica Mirasol Ruzafa", "C/ de Cuba 18, bajo, 46006 Valencia", "ruzafa", "963"),
        ("Mirasol Fisioterapia Sant Gervasi", "Carrer de Muntaner 412, entl. 2a, 08006 Barcelona", "fisio.santgervasi", "93"),
        ("Clínica Mirasol Marbella", "Avda. Ricardo Soriano 22, 1ª planta, 29601 Marbella", "marbella", "952"),
        ("Clínica Mirasol Jávea", "Avda. del Pla 45, local 3, 03730 Jávea", "javea", "965"),
        ("Clínica Mirasol Indautxu", "C/ Doctor Areilza 30, 48010 Bilbao", "indautxu", "94"),
    ],
    "mx": [
        ("Clínica Mirasol Polanco", "Av. Presidente Masaryk 201, Piso 3, Col. Polanco V Sección, Miguel Hidalgo, 11560 Ciudad de México", "polanco", "55"),
        ("Mirasol Dental Mérida", "Calle 60 No. 491-A x 57 y 59, Col. Centro, 97000 Mérida, Yuc.", "merida", "999"),
        ("Clínica Mirasol Playa del Carmen", "Av. 10 Norte Mz. 12 Lt. 3, Col. Centro, 77710 Playa del Carmen, Q. Roo", "playa", "984"),
        ("Mirasol Fisio Roma Norte", "Calle Córdoba 74, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México", "romanorte", "55"),
    ],
}
LEGAL = {"es": ["Mirasol Salud Dental S.L.", "Mirasol Fisioterapia S.L.P.",
                "Grupo Clínico Mirasol S.L."],
         "mx": ["Clínicas Mirasol México S.A. de C.V.",
                "Mirasol Dental del Sureste S.A. de C.V."]}
CIF = {"es": ["B87451236", "B-98314570", "B66120984"],
       "mx": ["CMM180305KQ2", "MDS190722HT8"]}


class Site:
    def __init__(self, rng, reg):
        name, addr, mail, pre = rng.choice(SITES[reg])
        self.reg = reg
        self.name = name
        self.addr = addr
        self.short = name.replace("Clínica ", "").replace("Mirasol Fisioterapia", "Mirasol")
        self.domain = "clinicamirasol." + ("es" if reg == "es" else "mx")
        self.mail = mail + "@" + self.domain
        self.legal = rng.choice(LEGAL[reg])
        self.cif = rng.choice(CIF[reg])
        if reg == "es":
            self.town = addr.split(", ")[-1].split(" ", 1)[1]
        else:
            self.town = ("Mérida" if "Mérida" in addr else
                         "Playa del Carmen" if "Playa" in addr else "Ciudad de México")
        if reg == "es":
            self.tel = ph_es(rng, mobile=False, prefix=pre)
            self.mob = ph_es(rng, mobile=True)
        else:
            self.tel = ph_mx(rng, pre)
            self.mob = ph_mx(rng, pre)


INS_ES = ["Sanitas", "Adeslas", "DKV Seguros", "Asisa", "Mapfre Salud",
          "Caser Seguros", "Cigna España"]
INS_MX = ["GNP Seguros", "AXA Seguros", "MetLife México",
          "Seguros Monterrey New York Life", "Plan Seguro"]
INS_INTL = ["Bupa Global", "Cigna Global", "Allianz Care", "AXA Health",
            "Vitality", "Aetna International", "Now Health International"]
LABS = {"es": ["Laboratorio Dental Turia S.L.", "DentaLab Norte",
               "Prótesis Dentales Arrieta S.L.", "Ortolab Levante"],
        "mx": ["Laboratorio Dental Tlalpan S.A. de C.V.",
               "Cerámica Dental Uxmal", "Ortho Lab del Bajío"]}
SUPPL = ["Henry Schein España", "Proclinic", "Dental Express",
         "Casa Schmidt", "Dentaltix"]
HOSP = {"es": ["Hospital Quirónsalud Marbella", "Hospital Vithas Xanit Internacional",
               "Hospital Clínica Benidorm", "Hospital HM Montepríncipe",
               "Hospital IMED Levante"],
        "mx": ["Hospital Ángeles Pedregal", "Médica Sur",
               "Hospital Star Médica Mérida", "Hospiten Cancún",
               "Hospital Galenia"]}
BANK = {"es": ["CaixaBank", "BBVA", "Banco Sabadell", "Banco Santander",
               "Bankinter", "Abanca", "Unicaja"],
        "mx": ["BBVA México", "Banorte", "Citibanamex", "Santander México",
               "HSBC México"],
        "uk": ["Barclays", "NatWest", "HSBC UK", "Lloyds Bank", "Monzo",
               "Nationwide", "Santander UK", "Starling Bank"],
        "ar": ["Banco Galicia", "Banco Nación", "Banco Macro",
               "Banco Santander Argentina", "Brubank", "Banco Ciudad",
               "BBVA Argentina"]}
UK_AGENCY = [("Kestrel & Vane Lettings Ltd", "Kestrel & Vane", "kestrelvane.co.uk"),
             ("Northgate Property Management Ltd", "Northgate Property", "northgatepm.co.uk"),
             ("Ashby Moss Residential Ltd", "Ashby Moss", "ashbymoss.co.uk")]
UK_LLCO = ["Pennine Homes (Leeds) Ltd", "Cathedral Quarter Estates Ltd",
           "Blue Anchor Properties LLP", "Redbrick Student Lets Ltd",
           "Aire Valley Investments Ltd", "Holloway Family Trust"]
UK_CONTR = ["Fox Plumbing & Heating Ltd", "Mason & Cook Electrical Ltd",
            "Baker Bros Roofing", "Brightside Cleaning Co.",
            "A1 Locksmiths Leeds", "Damp Doctor Ltd", "Pennine Pest Control",
            "KeyFix Glazing Ltd", "Winter & Booth Building Services"]
UK_UTIL = ["British Gas", "Octopus Energy", "Yorkshire Water",
           "United Utilities", "E.ON Next"]
UK_EMPL = ["Leeds Teaching Hospitals NHS Trust", "University of Leeds",
           "Sainsbury's", "Arup", "Asda", "Manchester Metropolitan University",
           "Leeds Building Society", "Deloitte", "Greggs", "Bradford Council"]
UK_COUNCIL = ["Leeds City Council", "Manchester City Council",
              "Bradford Council", "Sheffield City Council"]
AR_AGENCY = [("Paraná Propiedades S.R.L.", "Paraná Propiedades", "paranapropiedades.com.ar"),
             ("Inmobiliaria Lamarca & Ríos S.A.", "Lamarca & Ríos", "lamarcarios.com.ar"),
             ("Administración Villalba Hnos.", "Administración Villalba", "admvillalba.com.ar")]
AR_UTIL = ["Edesur", "Edenor", "Metrogas", "AySA", "Naturgy BAN"]
AR_GAR = ["Finaer", "Sancor Seguros", "Seguros Rivadavia", "La Caja Seguros",
          "Fianzas y Crédito S.A.", "Hoggax"]
AR_CONTR = ["Plomería El Tano", "Cerrajería Palermo 24 hs",
            "Gas Norte Instalaciones", "Pinturas Ituzaingó S.R.L.",
            "Ascensores Boedo S.A.", "Vidriería Caballito"]
AR_EMPL = ["Hospital Italiano de Buenos Aires", "Globant", "Techint",
           "Universidad de Buenos Aires", "Laboratorios Bagó", "Arcos Dorados",
           "Colegio Nacional de Buenos Aires", "Banco Galicia"]


# ---------------------------------------------------------------------------
# customer / case references (invented formats)
# ---------------------------------------------------------------------------
def cid_pat(rng, reg):
    y = rng.choice([2019, 2021, 2022, 2023, 2024, 2025])
    n = rng.randrange(100, 99999)
    if reg == "es":
        return rng.choice(["PAC-%d-%05d" % (y, n), "HC-%06d" % n,
                           "HC %06d" % n, "CHB-%05d" % n, "MRB-%05d" % n,
                           "JAV/%d" % n, "P%07d" % n])
    return rng.choice(["EXP-PLN-%04d" % (n % 10000), "MX%06d" % n,
                       "EXP-MER-%04d" % (n % 10000), "PDC-%05d" % n,
                       "%d-%d" % (y, n)])


def cid_inv(rng, reg):
    n = rng.randrange(1, 9999)
    y = rng.choice([2024, 2025])
    if reg == "es":
        return rng.choice(["FAC-%d/%04d" % (y, n), "F%02d-%05d" % (y % 100, n),
                           "A-%d-%04d" % (y, n)])
    return rng.choice(["A-%d" % (n + 1000), "MX-F-%05d" % n])


def cid_pol(rng, ins=""):
    return rng.choice(["%s-%s" % (dg(rng, 7), dg(rng, 2)),
                       "POL/ES/%s" % dg(rng, 7), "BG-%s-01" % dg(rng, 7),
                       "%s%s" % (rng.choice(["H", "S", "AX"]), dg(rng, 9)),
                       "%s %s %s" % (dg(rng, 4), dg(rng, 4), dg(rng, 4))])


def cid_uk(rng, kind="tenant"):
    if kind == "tenant":
        return rng.choice(["KV/%s" % dg(rng, 5), "TEN-%s-%s" % (dg(rng, 4), rng.choice(["LDS", "MCR", "BFD"])),
                           "T-%s-%s" % (dg(rng, 4), rng.choice("ABCDEFG")),
                           "NG%s" % dg(rng, 6), "AM-T%s" % dg(rng, 4)])
    if kind == "landlord":
        return rng.choice(["LL-%s" % dg(rng, 4), "KV/L%s" % dg(rng, 3),
                           "LAN%s" % dg(rng, 5)])
    if kind == "ticket":
        return rng.choice(["MNT-%s" % dg(rng, 4), "#%s" % dg(rng, 5),
                           "JOB-%s" % dg(rng, 6), "WO%s" % dg(rng, 5)])
    if kind == "invoice":
        return rng.choice(["INV-%s" % dg(rng, 5), "INV/%s/%s" % (rng.choice(["24", "25"]), dg(rng, 4)),
                           "%s" % dg(rng, 6)])
    if kind == "deposit":
        return rng.choice(["DPS%s" % dg(rng, 8), dg(rng, 7),
                           "TDS-%s" % dg(rng, 7)])
    raise ValueError(kind)


def cid_ar(rng, kind="contrato"):
    y = rng.choice([2022, 2023, 2024, 2025])
    if kind == "contrato":
        return rng.choice(["CTR-BA-%d-%s" % (y, dg(rng, 3)),
                           "LEG-%s" % dg(rng, 4), "LOC-%s/%d" % (dg(rng, 4), y % 100),
                           "%s/%d" % (dg(rng, 3), y)])
    if kind == "inquilino":
        return rng.choice(["INQ-%s" % dg(rng, 5), "UF%d-%s" % (rng.randrange(1, 40), dg(rng, 4)),
                           "C-%s" % dg(rng, 5), "CLI%s" % dg(rng, 5)])
    if kind == "reclamo":
        return rng.choice(["R-%s" % dg(rng, 5), "REC-%d-%s" % (y, dg(rng, 4)),
                           "#%s" % dg(rng, 4)])
    if kind == "poliza":
        return rng.choice(["%s" % dg(rng, 8), "PC-%s" % dg(rng, 7),
                           "%s/%s" % (dg(rng, 6), dg(rng, 2))])
    raise ValueError(kind)

# ---------------------------------------------------------------------------
# chat exports
# ---------------------------------------------------------------------------
E2E = {"en": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
       "es": "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información."}
MEDIA = {"and_en": "<Media omitted>", "and_es": "<Multimedia omitido>",
         "and_mx": "<Multimedia omitido>", "and_ar": "<Multimedia omitido>",
         "ios_en": "\u200eimage omitted", "ios_es": "\u200eimagen omitida",
         "ios_us": "\u200eimage omitted", "tg": "[Photo]"}
DELETED = {"en": "This message was deleted", "es": "Se eliminó este mensaje"}


def ts_prefix(fmt, t):
    d, m, y = t.day, t.month, t.year
    H, M, S = t.hour, t.minute, t.second
    h12 = H % 12 or 12
    if fmt == "and_en":
        return "%02d/%02d/%d, %02d:%02d - " % (d, m, y, H, M)
    if fmt == "and_es":
        return "%d/%d/%02d %d:%02d - " % (d, m, y % 100, H, M)
    if fmt == "and_mx":
        return "%d/%d/%02d, %d:%02d %s - " % (d, m, y % 100, h12, M,
                                             "a. m." if H < 12 else "p. m.")
    if fmt == "and_ar":
        return "%d/%d/%d %02d:%02d - " % (d, m, y, H, M)
    if fmt == "ios_en":
        return "[%02d/%02d/%d, %02d:%02d:%02d] " % (d, m, y, H, M, S)
    if fmt == "ios_es":
        return "[%d/%d/%02d, %d:%02d:%02d] " % (d, m, y % 100, H, M, S)
    if fmt == "ios_us":
        return "[%d/%d/%02d, %d:%02d:%02d %s] " % (m, d, y % 100, h12, M, S,
                                                  "AM" if H < 12 else "PM")
    raise ValueError(fmt)


def render_chat(d, rng, fmt, lang, title, msgs, start):
    """msgs: list of (speaker segments | 'sys', body segments)."""
    t = _dt.datetime(start.year, start.month, start.day, rng.randrange(8, 12),
                     rng.randrange(60), rng.randrange(60))
    if fmt == "tg":
        d.add("Telegram · ", title, "\n\n")
    elif fmt.startswith("and"):
        d.add(ts_prefix(fmt, t), E2E[lang], "\n")
    else:
        d.add(ts_prefix(fmt, t), title, ": \u200e", E2E[lang], "\n")
    for who, body in msgs:
        step = rng.choice([0, 1, 1, 2, 3, 4, 7, 12, 25, 48, 95, 180, 420])
        t = t + timedelta(minutes=step, seconds=rng.randrange(1, 59))
        if t.hour >= 23 or t.hour < 7:
            t = (t + timedelta(hours=10)).replace(hour=rng.randrange(7, 10))
        if who == "sys":
            if fmt == "tg":
                continue
            if fmt.startswith("and"):
                d.add(ts_prefix(fmt, t), body, "\n")
            else:
                d.add(ts_prefix(fmt, t), title, ": \u200e", body, "\n")
            continue
        if body == "MEDIA":
            body = MEDIA[fmt]
        if fmt == "tg":
            d.add(who, ", [", "%02d.%02d.%02d %02d:%02d" % (t.day, t.month, t.year % 100, t.hour, t.minute), "]\n", body, "\n\n")
        else:
            d.add(ts_prefix(fmt, t), who, ": ", body, "\n")
    return d


def speaker(rng, p, forms=("full", "first", "nick", "full", "short"), emoji=True):
    f = rng.choice(forms)
    s = p.form(rng, f)
    out = [P(s)]
    if emoji and rng.random() < 0.18:
        out.append(" " + rng.choice(["🌸", "🏠", "😊", "🦷", "⚽", "🌻", "💙", "🇦🇷", "🇬🇧", "🇪🇸", "✨"]))
    return out


def crm_next(rng, t):
    """Next note time: later the same working day or a following morning."""
    nt = t + timedelta(minutes=rng.randrange(15, 320))
    if nt.hour >= 20 or nt.date() != t.date():
        nt = (t + timedelta(days=rng.choice([1, 1, 2, 3]))).replace(hour=rng.randrange(8, 12), minute=rng.randrange(60))
    return nt


def run_msgs(rng, items, scale=0.55):
    """items: (probability, builder); builders return (who, body) or a list.
    Optional items (p < 1) are thinned by `scale`."""
    out = []
    for p, b in items:
        if rng.random() < (p if p >= 1 else p * scale):
            r = b()
            if isinstance(r, list):
                out.extend(r)
            else:
                out.append(r)
    return out


def csv_cell(segs, sep, quote):
    """Wrap a cell in quotes when it contains the separator (plain quotes)."""
    txt = "".join(s if isinstance(s, str) else s[0] for s in segs)
    if quote and (sep in txt or quote == "always"):
        return ['"'] + segs + ['"']
    return segs


def add_row(d, cells, sep, quote=False):
    for i, c in enumerate(cells):
        if i:
            d.add(sep)
        if isinstance(c, (str, tuple)):
            c = [c]
        d.add(csv_cell(c, sep, quote))
    d.add("\n")


def person_disp(rng, p, lang="en"):
    """Display name in a To:/From: header (segments incl. trailing space)."""
    k = rng.randrange(6)
    if k == 0:
        return ['"', P(p.table()), '" ']
    if k == 1:
        return [P(p.full().lower()), " "]
    if k == 2:
        return [P(p.full().upper()), " "]
    if k == 3:
        return []
    return [P(p.full()), " "]


def email_date(rng, day, lang, tz=None):
    t = "%02d:%02d:%02d" % (rng.randrange(7, 22), rng.randrange(60), rng.randrange(60))
    if lang == "en":
        return "%s, %d %s %d %s %s" % (DAY_EN[day.weekday()][:3], day.day, MON_EN[day.month - 1][:3], day.year, t, tz or rng.choice(["+0100", "+0000"]))
    return "%s, %d %s %d %s" % (DAY_ES[day.weekday()][:3], day.day, MON_ES[day.month - 1][:3], day.year, t[:5])


TREAT_EN = ["hygiene", "check-up", "crown prep 26", "root canal 36",
            "implant review", "Invisalign review", "whitening", "filling 14",
            "extraction 48", "physio - lumbar", "physio - shoulder",
            "physio - knee rehab", "dry needling", "TMJ physio",
            "bridge fit", "night guard impressions", "scale & polish"]
TREAT_ES = ["revisión", "limpieza", "endodoncia 36", "implante 46",
            "corona 26", "empaste 14", "extracción 38", "ortodoncia control",
            "Invisalign - entrega alineadores", "blanqueamiento",
            "fisio lumbar", "fisio cervical", "punción seca",
            "rehabilitación rodilla", "suelo pélvico", "férula descarga",
            "periodoncia (curetaje)", "valoración ATM", "RX panorámica"]


# ===========================================================================
# CLINIC - ENGLISH (expat patients of Spanish / Mexican practices)
# ===========================================================================
def clinic_people(rng, reg, expat=True):
    c = Cast(rng)
    pat = c.new(EXPAT if expat else PAT[reg])
    sp = c.spouse(pat)
    dent = c.new(STAFF[reg])
    phys = c.new(STAFF[reg])
    rec = c.new(STAFF[reg], "f" if rng.random() < 0.8 else "m")
    return c, pat, sp, dent, phys, rec


def ins_for(rng, reg, expat):
    if expat and rng.random() < 0.7:
        return rng.choice(INS_INTL)
    return rng.choice(INS_ES if reg == "es" else INS_MX)


def t_cl_email_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    pid = cid_pat(rng, reg)
    pmail = email_for(rng, pat, DOM_EN)
    day = rdate(rng)
    appt = day + timedelta(days=rng.randrange(2, 12))
    while appt.weekday() > 4:
        appt += timedelta(days=1)
    t1, t2 = rtime(rng, 9, 13), rtime(rng, 16, 20)
    scen = rng.choice(["confirm", "resched", "plan", "insur"])
    ins = ins_for(rng, reg, True)
    pol = cid_pol(rng)
    d.add("From: ")
    if rng.random() < 0.5:
        d.add(O(site.name))
    else:
        d.add(P(rec.full()), rng.choice([" | ", " - ", " · "]), O(site.name))
    d.add(" <", EM(site.mail), ">\n")
    d.add("To: ", person_disp(rng, pat), "<", EM(pmail), ">\n")
    if rng.random() < 0.4:
        d.add("Cc: ", P(dent.full()), " <", EM(staff_email(rng, dent, site.domain)), ">\n")
    d.add("Date: ", email_date(rng, day, "en", "-0600" if reg == "mx" else rng.choice(["+0100", "+0200"])), "\n")
    subj = {"confirm": ["Appointment confirmation – ", CI(pid)],
            "resched": ["Re: change of appointment - ", P(pat.full())],
            "plan": ["Treatment plan and estimate (patient no. ", CI(pid), ")"],
            "insur": ["Pre-authorisation ", O(ins), " – policy ", CI(pol)]}[scen]
    d.add("Subject: ", subj, "\n\n")
    shared = sp.surnames == pat.surnames
    g = rng.randrange(4)
    if g == 0:
        d.add("Dear ", ttl(rng, pat, "en"), P(pat.sur()), ",\n\n")
    elif g == 1 and shared:
        d.add("Dear ", ttl(rng, sp, "en").strip(), " and ", ttl(rng, pat, "en"), P(pat.sur()), ",\n\n")
    elif g == 2:
        d.add(rng.choice(["Hi ", "Hello "]), P(pat.first()), ",\n\n")
    else:
        d.add("Good morning ", P(pat.first()), " and ", P(sp.first()), ",\n\n")
    if scen in ("confirm", "resched"):
        if scen == "resched":
            d.add("No problem at all, we have moved your appointment. ")
        else:
            d.add(rng.choice(["Thank you for calling us this morning. ", "Thanks for your message. ", "Thank you for choosing us. "]))
        d.add("I can confirm your appointment with ", ttl(rng, dent, "en", True), P(dent.sur()), " on ", fd(rng, appt, "en", 2), " at ", t1,
              " at ", O(site.name), ", ", AD(site.addr), ".")
        if rng.random() < 0.7:
            d.add(" I have also booked ", P(sp.first()), " in with our physiotherapist, ", P(phys.short()), ", at ", t2, " for ", his(sp), " ",
                  rng.choice(["lower back", "shoulder", "knee", "neck"]), ".")
        d.add("\n\n")
        d.add(rng.choice(["We hope the new time suits you both. ", "Please arrive 10 minutes early to fill in the medical history form. ",
                          "Parking is available in the square opposite the clinic. "]))
        d.add(rng.choice(["Please note there is a 24-hour grace period for cancellations; after that a fee of 30 € is added to the bill.",
                          "If you have any questions about the bill for your last visit, just ask at reception.",
                          "Remember to bring your insurance card and passport or NIE."]), "\n\n")
    elif scen == "plan":
        d.add("Following your visit on ", fd(rng, day, "en", 1), ", ", ttl(rng, dent, "en", True), P(dent.short()),
              " has prepared the treatment plan below.\n\n")
        tot = 0
        for item, price in rng.sample([("Implant (Straumann) 36", 1150), ("Zirconia crown on implant 36", 690),
                                       ("Root canal 46", 280), ("Scale & polish", 65), ("CBCT scan", 90),
                                       ("Composite filling 15", 75), ("Night guard", 240), ("Physio session x4", 180)], 4):
            d.add("  - ", item, ": ", eur(price), "\n")
            tot += price
        d.add("  Total: ", eur(tot), "\n\n")
        bk, ib = bank_and_iban(rng, "es")
        d.add("You can pay by card at reception or by transfer to ", O(site.legal), ", IBAN ", IB(ib),
              " (", O(bk), "), quoting your patient number ", CI(pid), ".\n\n")
        d.add("I hope this is clear; to be frank the implant is the best long-term option for that tooth.\n\n")
    else:
        d.add("We have sent the pre-authorisation request for your ", rng.choice(["crown", "implant", "physiotherapy course", "root canal treatment"]),
              " to ", O(ins), " under policy ", CI(pol), ". ", O(ins), " usually reply within five working days.\n\n")
        d.add("As soon as we hear back, ", P(rec.first()), " will call you on ", PH(ph_home(rng, pat)), " to book the first session with ",
              ttl(rng, dent, "en", True), P(dent.sur()), ".\n\n")
    if scen == "resched" or rng.random() < 0.3:
        d.add("If you need anything else, reply to this e-mail or call us on ", PH(site.tel), ". You can also WhatsApp us on ", PH(site.mob), ".\n\n")
    d.add(rng.choice(["Kind regards,", "Best wishes,", "Un saludo,", "Warm regards,"]), "\n\n")
    d.add(P(rec.first() if rng.random() < 0.5 else rec.full()), "\n", rng.choice(["Reception", "Patient coordinator", "Front desk"]), " – ", O(site.name), "\n")
    if rng.random() < 0.6:
        d.add(O(site.legal), " · ", AD(site.addr), "\n")
    d.add("Tel. ", PH(site.tel), "\n")
    if scen == "resched":
        d.add("\n", "On ", fd(rng, day, "en", 5), " at ", rtime(rng), ", ", P(pat.full()), " <", EM(pmail), "> wrote:\n")
        d.add("> Hello, I'm afraid we have to change ", rng.choice(["my", "our"]), " appointment as our flight back from ",
              rng.choice(["Manchester", "Dublin", "Bristol", "Glasgow", "Cork", "Düsseldorf", "Houston"]),
              " has been moved.\n> Could we come later in the week?\n> Many thanks,\n> ", P(pat.first()), "\n")
    return d


def t_cl_referral_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    ext = c.new(EXPAT)
    pid = cid_pat(rng, reg)
    dob = rdob(rng, 1940, 1990)
    day = rdate(rng)
    home = uk_addr(rng) if pat.origin not in ("ie",) else None
    d.add(O(site.name), "\n", AD(site.addr), "\nTel. ", PH(site.tel), " · ", EM(site.mail), "\n\n")
    d.add(site.town, ", ", fd(rng, day, "en", 1), "\n\n")
    extorg = rng.choice(["Harbour Dental Practice", "Riverside Physiotherapy Clinic", "Castle Street Surgery",
                         "Greenbank Dental Care", "The Alma Road Practice", "Dunmore Medical Centre"])
    d.add(ttl(rng, ext, "en", True), P(ext.full()), "\n", O(extorg), "\n")
    if home:
        d.add(AD(uk_addr(rng, False).multi), "\n\n")
    else:
        d.add(AD("%d Quay Street, Galway H91 %s" % (rng.randrange(1, 60), rng.choice(["X2C4", "FK83", "T2W9", "A6E2"]))), "\n\n")
    d.add("Re: ", ttl(rng, pat, "en"), P(pat.fuller()), ", DOB ", dmy(dob), ", our ref. ", CI(pid), "\n")
    if rng.random() < 0.6:
        kind = rng.choice(["passport", "NIE"])
        d.add("Passport no. " if kind == "passport" else "NIE: ", NI(passport_for(rng, pat) if kind == "passport" else nie_es(rng)), "\n")
    d.add("\nDear ", ttl(rng, ext, "en", True), P(ext.sur()), ",\n\n")
    d.add("I saw ", ttl(rng, pat, "en"), P(pat.sur()), " on ", fd(rng, day - timedelta(days=rng.randrange(2, 20)), "en", 1), " with ",
          rng.choice(["pain in the right temporomandibular joint", "a fractured upper left first molar (26)", "recurrent gingival bleeding",
                      "chronic lower back pain after a fall", "limited mouth opening and clicking"]), ". ")
    d.add(he(pat).capitalize(), " reports that the symptoms are worse in winter and first thing in the morning. ")
    d.add("An OPG was taken and I have attached the images and my notes.\n\n")
    d.add("During the course of treatment ", he(pat), " was also seen by our physiotherapist ", P(phys.full()), ", who recommends ",
          rng.choice(["six further sessions", "a home exercise programme", "soft-tissue work and a night guard"]), ". ")
    d.add(P(pat.first()), " and ", his(pat), " ", rel_en(sp), " ", P(sp.first()), " are returning to ",
          rng.choice(["the UK", "Ireland", "England", "Scotland"]), " on ", fd(rng, day + timedelta(days=rng.randrange(5, 40)), "en", 1),
          " and I would be grateful if you could continue care.\n\n")
    if rng.random() < 0.5:
        d.add("Please do not hesitate to contact me on ", PH(site.tel), " or at ", EM(staff_email(rng, dent, site.domain)), ".\n\n")
    d.add("Yours sincerely,\n\n\n", ttl(rng, dent, "en", True), P(dent.full()), "\n", rng.choice(["Dental surgeon", "Clinical director", "Orthodontist", "Prosthodontist"]),
          ", ", O(site.name), "\n")
    if rng.random() < 0.5:
        d.add("cc: ", P(pat.full()), " (patient)", maybe(rng, 0.4, lambda: [", ", P(phys.full())]), "\n")
    return d


def t_cl_chat_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    friend = c.new(EXPAT, "f")
    pid = cid_pat(rng, reg)
    fmt = rng.choice(["and_en", "ios_en", "ios_en", "and_en", "ios_us" if reg == "mx" else "tg"])
    if rng.random() < 0.5:
        # exported from the clinic's WhatsApp Business: patient saved with ref
        k = rng.randrange(3)
        if k == 0:
            A = [P(pat.full()), " (", CI(pid), ")"]
        elif k == 1:
            A = [PH(ph_home(rng, pat))]
        else:
            A = [P(pat.short())]
        C = [O(site.name)] if rng.random() < 0.5 else [P(rec.first()), " ", O(site.short)]
        title = A
    else:
        A = speaker(rng, pat, ("full", "short", "first"))
        C = [O(rng.choice([site.name, site.short, "Mirasol Dental"]))]
        title = C
    day1 = rng.choice(DAY_EN[:5])
    day2 = rng.choice([x for x in DAY_EN[:5] if x != day1])
    dob = rdob(rng, 1945, 1985)
    ins = ins_for(rng, reg, True)

    def b_spouse():
        m = [(A, [rng.choice(["Perfect", "Brilliant", "That's great", "lovely"]), ". Can my ", rel_en(sp), " ", P(sp.first()),
                  " come in for a check-up too? ", he(sp).capitalize(), " hasn't been since we left ",
                  rng.choice(["Leeds", "Cork", "Norwich", "Swansea", "Texas", "Hamburg"])]),
             (C, ["Of course! I just need ", his(sp), " full name, date of birth and NIE or passport please 😊"]),
             (A, [P(sp.fuller()), ", ", dmy(dob), ", passport ", NI(passport_for(rng, sp))])]
        if rng.random() < 0.5:
            m += [(A, "MEDIA"), (A, ["That's ", his(sp), " insurance card, it's with ", O(ins)])]
        m.append((C, ["Thanks! ", P(sp.first()), " is booked with ", ttl(rng, dent, "en", True), P(dent.sur()), " and then ",
                      P(phys.first()), " (physio) for the shoulder. You'll get an SMS reminder the day before."]))
        return m

    msgs = run_msgs(rng, [
        (1, lambda: [(A, ["Hi, is this the clinic? It's ", P(pat.short()), " here. I've got an appointment with Dr ", P(dent.sur()),
                          " on ", day1, " but our flight's been moved 🙈"]),
                     (C, ["Hola ", P(pat.first()), "! Yes, this is ", O(site.short), ". No problem, would ", day2, " at ", rtime(rng), " work?"])]),
        (0.6, b_spouse),
        (0.5, lambda: [(A, ["will ", P(sp.first()), " need to fill in the form again or is it online?"]),
                       (C, ["We'll send the link to your email. Is it still ", EM(email_for(rng, pat, DOM_EN)), "?"]),
                       (A, ["yes that's right"])]),
        (0.35, lambda: [(A, ["oh and my friend ", P(friend.full()), " from the ", rng.choice(["urbanisation", "choir", "golf club", "book club"]),
                             " wants to register, can I give her your number?"]),
                        (C, ["Sure, she can call ", PH(site.tel), " or write to ", EM(site.mail), " 🙂"])]),
        (0.25, lambda: [(A, DELETED["en"])]),
        (0.5, lambda: [(A, ["sorry running 10 mins late, parking is a nightmare!!"])]),
        (1, lambda: [(C, [rng.choice(["No worries", "Don't worry", "Perfect"]), ", see you soon. ", P(rec.first())])]),
        (0.6, lambda: [(A, [rng.choice(["Thanks ", "Gracias ", "Cheers "]), P(rec.first().lower() if rng.random() < 0.4 else rec.first()), " x"])]),
    ], scale=1)
    render_chat(d, rng, fmt, "en", title, msgs, rdate(rng))
    return d

def t_cl_crm_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    hyg = c.new(STAFF[reg], "f")
    rec2 = c.new(STAFF[reg])
    friend = c.new(EXPAT)
    pid = cid_pat(rng, reg)
    day = rdate(rng)
    ins = ins_for(rng, reg, True)
    d.add(rng.choice(["CRM export – patient notes\n", "Call log – ", "Notes / Comentarios - "]))
    d.add(O(site.name), "\n", "Patient: ", P(pat.table() if rng.random() < 0.5 else pat.full()), " | ID ", CI(pid), "\n\n")
    L = lambda s: typo(rng, s)
    ent = []
    ent.append(lambda: [L("rang pt re "), rng.choice(TREAT_EN), L(", wants to move to "), rng.choice(["thurs", "fri", "mon", "next wk"]),
                        L(", offered "), rtime(rng), L(" w/ dr "), P(dent.sur().lower()), L(" - ok")])
    ent.append(lambda: [P(pat.first().lower()), L(" called, pain lower right since wkend, booked emergency slot tmrw 9am w "),
                        P(dent.first().lower())])
    ent.append(lambda: [L("her ") if pat.gender == "f" else L("his "), rel_en(sp), " ", P(sp.first().lower()),
                        L(" also wants cleaning, booked w "), P(hyg.first().lower()), L(" after")])
    ent.append(lambda: [L("insurance "), O(ins.lower()), L(" policy "), CI(cid_pol(rng)), L(" preauth pending, chase fri")])
    ent.append(lambda: [L("left vm on "), PH(ph_home(rng, pat)), L(" no answer")])
    ent.append(lambda: [L("emailed estimate to "), EM(email_for(rng, pat, DOM_EN))])
    ent.append(lambda: [L("says "), P(friend.full().lower() if rng.random() < 0.5 else friend.first().lower()), L(" recommended us")])
    ent.append(lambda: [L("no show again!! 3rd time. "), P(dent.first().lower()), L(" says charge the fee")])
    ent.append(lambda: [L("new address in spain " if reg == "es" else "new address in mexico "), AD(es_addr(rng, True).one.lower() if reg == "es" else mx_addr(rng).one.lower())])
    ent.append(lambda: [L("wants invoice in name of ltd co for reimbursement, send to "), P(sp.full().lower())])
    ent.append(lambda: [L("pt v anxious, likes "), P(phys.first()), L(" best, try to keep same physio")])
    ent.append(lambda: [L("cb req - "), PH(site.mob), L(" is our mobile, gave it to her")])
    ent.append(lambda: [L("hope to finish the bridge before winter, pt travels to jordan in dec")])
    ent.append(lambda: [L("mark on crown 21 - lab to check, "), O(rng.choice(LABS[reg]).lower()), L(" collected")])
    rng.shuffle(ent)
    t = _dt.datetime(day.year, day.month, day.day, 9, 0)
    role = rng.choice(["reception", "front desk", "admin"]) if rng.random() < 0.45 else None
    for e in ent[:rng.randrange(3, 7)]:
        t = crm_next(rng, t)
        staff = rng.choice([rec, rec2])
        tag = role if role else [P(staff.first().lower())]
        d.add("%02d/%02d %02d:%02d " % (t.day, t.month, t.hour, t.minute), tag, " - ", e(), "\n")
    return d


def t_cl_csv_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c = Cast(rng)
    pracs = [(c.new(STAFF[reg]), True) for _ in range(2)] + [(c.new(STAFF[reg]), False)]
    day = rdate(rng)
    style = rng.randrange(3)
    sep = [",", "\t", ";"][style]
    quote = sep == ","
    d.add(rng.choice(["Appointments export ", "Day list ", "agenda_"]), O(site.short), " ", dmy(day), "\n")
    rooms = rng.random() < 0.4
    add_row(d, ["date", "time", "patient", "surgery" if rooms else "practitioner", "treatment", "phone", "patient_id", "notes"], sep)
    times = sorted(rtime(rng) for _ in range(rng.randrange(3, 7)))
    for tm in times:
        p = c.new(EXPAT if rng.random() < 0.7 else PAT[reg])
        pr, doc_ = rng.choice(pracs)
        k = rng.randrange(4)
        pc = [P(p.table())] if k < 2 else ([P(p.full())] if k == 2 else [P(p.full().upper())])
        if rooms:
            prc = [rng.choice(["Surgery 1", "Surgery 2", "Room 3", "Physio room", "Gab. 4"])]
        elif doc_:
            prc = ["Dr ", P(pr.sur())] if rng.random() < 0.6 else [P(pr.table())]
        else:
            prc = [P(pr.first()), " (physio)"]
        phone = [PH(ph_home(rng, p) if p.origin in EXPAT else (ph_es(rng, True) if reg == "es" else ph_mx(rng)))] if rng.random() < 0.85 else [""]
        note = rng.choice([[""], [""], [""], ["speaks only English"], ["bring x-rays"], ["wife of ", P(c.new(EXPAT, "m").full())] if p.gender == "f" else ["husband of ", P(c.new(EXPAT, "f").full())],
                           ["insurer: ", O(rng.choice(INS_INTL))], ["paid deposit"], ["friend of ", P(c.new(EXPAT).first())], ["Invisalign"], ["no show 12/02"],
                           ["translator: ", P(c.new(STAFF[reg]).first())]])
        add_row(d, [dmy(day), tm, pc, prc, rng.choice(TREAT_EN), phone, [CI(cid_pat(rng, reg))], note], sep, quote)
    return d


def t_cl_review_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    if rng.random() < 0.6:
        stars = rng.choice(["★★★★★", "★★★★★", "★★★★☆"])
        d.add(rng.choice([P(pat.sur_init()), P(pat.full()), P(pat.first())]), " · ", rng.choice(["Local Guide · 41 reviews", "3 reviews", "12 reviews · 8 photos"]), "\n")
        d.add(stars, " ", rng.choice(["2 months ago", "a week ago", "3 weeks ago", "Edited a year ago"]), "\n")
        d.add(rng.choice(["Fantastic clinic. ", "Can't recommend them enough! ", "Really professional team. "]))
        d.add(ttl(rng, dent, "en", True), P(dent.sur()), " explained everything in perfect English and the team on reception (shout out to ", P(rec.first()), "!) sorted out our insurance paperwork. ")
        d.add("My ", rel_en(sp), " ", P(sp.first()), " had physio with ", P(phys.first()), " for ", his(sp), " knee and is walking the dog again. ")
        d.add(rng.choice(["I hope they open a branch nearer Benidorm.", "Great value compared to what we paid back home.", "Book early, they're busy in winter."]), "\n\n")
        d.add("Response from the owner\n", "Thank you so much ", P(pat.first()), "! We're delighted ", P(sp.first()), " is back on ", his(sp), " feet. See you both at your next check-up. – ",
              ttl(rng, dent, "en", True), P(dent.full()), ", ", O(site.name), "\n")
    else:
        day = rdate(rng)
        d.add("Subject: Formal complaint – ", P(pat.full()), " (", CI(cid_pat(rng, reg)), ")\n\n")
        d.add("To the Clinical Director, ", O(site.name), "\n\n")
        d.add("I am writing to complain about my treatment on ", fd(rng, day, "en", 1), ". I was kept waiting for over an hour and then ",
              ttl(rng, dent, "en", True), P(dent.sur()), " told me the crown would have to be redone at my own expense. ")
        d.add("When I asked to speak to the manager, ", P(rec.first()), " said she was not in. To be frank, I felt I was being fobbed off.\n\n")
        d.add("I have been a patient since ", str(rng.randrange(2012, 2022)), " and have recommended you to many friends including ", P(c.new(EXPAT).full()), " and ",
              P(c.new(EXPAT).full()), ". I would like a full refund of ", eur(rng.randrange(300, 900)), " to my account ", IB(iban_for(rng, pat)), " or a new crown free of charge.\n\n")
        d.add("My contact details: ", PH(ph_home(rng, pat)), ", ", EM(email_for(rng, pat, DOM_EN)), ", ", AD(es_addr(rng, True).one if reg == "es" else mx_addr(rng).one), ".\n\n")
        d.add("Yours faithfully,\n", P(pat.fuller()), "\n")
    return d


def t_cl_invoice_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    day = rdate(rng)
    d.add(O(site.legal.upper() if rng.random() < 0.5 else site.legal), " – ", "CIF " if reg == "es" else "RFC ", site.cif, "\n")
    d.add(O(site.name), " · ", AD(site.addr), " · ", PH(site.tel), "\n\n")
    d.add(rng.choice(["INVOICE", "INVOICE / FACTURA", "RECEIPT"]), " No. ", CI(cid_inv(rng, reg)), "    Date: ", dmy(day), "\n\n")
    d.add("Patient: ", ttl(rng, pat, "en"), P(pat.fuller()), "\n")
    d.add("Patient no.: ", CI(cid_pat(rng, reg)), "\n")
    idk = rng.randrange(3)
    if idk == 0:
        d.add("NIE: ", NI(nie_es(rng)), "\n")
    elif idk == 1:
        d.add("Passport: ", NI(passport_for(rng, pat)), "\n")
    d.add("Address: ", AD(es_addr(rng, True).one if reg == "es" else mx_addr(rng).one), "\n")
    d.add("Practitioner: ", ttl(rng, dent, "en", True), P(dent.full()), "\n\n")
    d.add("Description                          Qty   Amount\n")
    tot = 0
    for item, price in rng.sample([("Consultation & examination", 45), ("Scale and polish", 65), ("Composite filling 24", 80),
                                   ("Root canal treatment 36", 310), ("Periapical X-ray", 20), ("Physiotherapy session (45 min)", 50),
                                   ("Night guard", 240), ("Teeth whitening (home kit)", 290)], rng.randrange(2, 5)):
        q = rng.choice([1, 1, 1, 2])
        d.add("%-36s %3d   %s\n" % (item, q, eur(price * q) if reg == "es" else mxn(price * q * 20)))
        tot += price * q
    d.add("\nTOTAL: ", eur(tot) if reg == "es" else mxn(tot * 20), rng.choice(["  (VAT exempt – art. 20.1.3 LIVA)", "", "  IVA incluido"]), "\n")
    d.add("Paid by: ", rng.choice(["card", "bank transfer", "cash"]), maybe(rng, 0.5, lambda: [" – payer ", P(sp.full())]), "\n")
    if reg == "es" and rng.random() < 0.7:
        bk, ib = bank_and_iban(rng, "es")
        d.add("Bank details: ", O(bk), ", IBAN ", IB(ib), "\n")
    d.add("\nThank you, ", P(pat.first()), "! Please keep this invoice for your insurer (", O(ins_for(rng, reg, True)), ").\n")
    return d


def t_cl_form_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    gp = c.new(EXPAT)
    ref = c.new(EXPAT, "f")
    dob = rdob(rng, 1940, 1995)
    U = lambda s: s.upper()
    d.add(U(site.name), " – PATIENT REGISTRATION FORM / FICHA DE PACIENTE\n", "=" * 52, "\n")
    d.add("SURNAME(S): ", P(U(pat.surs())), "\n")
    d.add("FIRST NAME(S): ", P(U(pat.given + (" " + pat.middle if pat.middle else ""))), "\n")
    d.add("DATE OF BIRTH: ", dmy(dob), "    SEX: ", "M" if pat.gender == "m" else "F", "\n")
    k = rng.randrange(3)
    if k == 0:
        d.add("NIE / PASSPORT No.: ", NI(nie_es(rng)), "\n")
    elif k == 1:
        d.add("NIE / PASSPORT No.: ", NI(passport(rng, {"ie": "ie", "de": "de"}.get(pat.origin, "gb"))), "\n")
    else:
        d.add("NATIONAL INSURANCE No. (UK): ", NI(nino(rng)), "\n")
    d.add("ADDRESS IN ", "SPAIN" if reg == "es" else "MEXICO", ": ", AD(U(es_addr(rng, True).one if reg == "es" else mx_addr(rng).one)), "\n")
    if rng.random() < 0.6:
        d.add("HOME ADDRESS (UK/IRL): ", AD(U(uk_addr(rng).one)), "\n")
    d.add("MOBILE: ", PH(ph_home(rng, pat)), "   LOCAL: ", PH(ph_es(rng, True) if reg == "es" else ph_mx(rng)), "\n")
    d.add("EMAIL: ", EM(U(email_for(rng, pat, DOM_EN))), "\n")
    d.add("EMERGENCY CONTACT: ", P(U(sp.full())), " (", U(rel_en(sp)), ") ", PH(ph_home(rng, sp)), "\n")
    gpo = rng.choice(["BAKER & MASON DENTAL CARE", "HIGH STREET DENTAL", "ST JOHN'S SURGERY", "THE MALL DENTAL PRACTICE"])
    d.add("GP / DENTIST AT HOME: DR ", P(U(gp.short())), ", ", O(gpo), "\n")
    ins = ins_for(rng, reg, True)
    d.add("INSURANCE: ", O(U(ins)), "    POLICY No: ", CI(cid_pol(rng)), "\n")
    d.add("HOW DID YOU HEAR ABOUT US: ", rng.choice([["FRIEND (", P(U(ref.full())), ")"], ["GOOGLE"], ["FACEBOOK GROUP"], ["NEIGHBOUR - ", P(U(ref.first()))]]), "\n")
    d.add("MEDICAL HISTORY: ", rng.choice(["ASTHMA, PENICILLIN ALLERGY", "NONE", "HIGH BLOOD PRESSURE - TAKES AMLODIPINE", "DIABETES TYPE 2"]), "\n")
    d.add("SIGNATURE: ________   NAME: ", P(U(pat.init(rng))), "   DATE: ", dmy(rdate(rng)), "\n")
    d.add("-- office use --  PATIENT ID: ", CI(cid_pat(rng, reg)), "  ENTERED BY: ", P(U(rec.first())), "\n")
    return d


def t_cl_voicemail_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "mx", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = clinic_people(rng, reg)
    order = rng.sample(range(3), 3)
    for i in range(rng.randrange(2, 4)):
        p = pat if i == 0 else c.new(EXPAT)
        num = ph_us(rng) if (reg == "mx" and rng.random() < 0.5) else ph_home(rng, p)
        day = rdate(rng)
        d.add("Voicemail – ", O(site.name), " – ", dmy(day), " ", rtime(rng, 7, 22), " – from ", PH(num), " – ", "0:%02d" % rng.randrange(15, 59), "\n")
        d.add("Transcript (automatic): \"")
        d.add(rng.choice(["Hi, uh, good morning, this is ", "Hello, this is ", "Yeah hi, it's "]), P(p.full()), ", um, ")
        opt = order[i]
        if opt == 0:
            d.add("I had an appointment with Doctor ", P(dent.sur()), " on ", rng.choice(DAY_EN[:5]), " but I'm stuck in ",
                  rng.choice(["Cancun", "Houston", "Toronto", "Madrid"]), ". Could someone call me back on ", PH(num), "? ")
        elif opt == 1:
            who = sp if p is pat else c.new(EXPAT, "f")
            d.add("I'm calling for my ", rel_en(sp) if p is pat else "mother", ", ", P(who.first() if p is pat else who.full()),
                  ", ", he(who), " saw ", P(phys.first()), " last week and ", his(who), " back is much better, we'd like four more sessions. ")
        else:
            d.add("I think I was charged twice for the cleaning, the bill says ", eur(130) if reg == "es" else mxn(2600), ". My patient number is ",
                  CI(cid_pat(rng, reg)), ". ")
        d.add(rng.choice(["Thanks, bye.", "Okay, thank you, bye bye.", "Cheers."]), "\"\n")
        d.add(maybe(rng, 0.5, lambda: ["Assigned to: ", P(rec.first()), "  "]), "Status: ", rng.choice(["called back", "pending", "done"]), "\n\n")
    return d


def t_cl_sms_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c = Cast(rng)
    dents = [c.new(STAFF[reg]) for _ in range(2)]
    phys = c.new(STAFF[reg])
    day = rdate(rng)
    d.add("SMS outbox – ", O(site.name), " – sent ", dmy(day), "\n\n")
    for i in range(rng.randrange(3, 6)):
        p = c.new(EXPAT)
        num = ph_home(rng, p).replace(" ", "") if rng.random() < 0.5 else ph_home(rng, p)
        d.add("To: ", PH(num), " | ", "%02d:%02d" % (9, i * 3), " | ", rng.choice(["Delivered", "Sent", "Failed"]), "\n")
        who = rng.choice(dents)
        k = rng.randrange(3)
        if k == 0:
            d.add("Hi ", P(p.first()), ", reminder of your appointment with Dr ", P(who.sur()), " tomorrow at ", rtime(rng), " at ", O(site.name),
                  ". Reply C to confirm or call ", PH(site.tel), ".\n\n")
        elif k == 1:
            d.add("Dear ", ttl(rng, p, "en"), P(p.sur()), ", your physio session with ", P(phys.first()), " is on ", fd(rng, day + timedelta(days=2), "en", 2),
                  " at ", rtime(rng), ". Please bring comfortable clothes.\n\n")
        else:
            d.add(O(site.short), ": ", P(p.first()), ", your aligners are ready to collect. Ref ", CI(cid_pat(rng, reg)), ". Questions? WhatsApp ", PH(site.mob), "\n\n")
    return d


def t_cl_minutes_en(rng):
    d = Doc("en")
    reg = rng.choice(["es", "mx"])
    site = Site(rng, reg)
    c = Cast(rng)
    staff = [c.new(STAFF[reg]) for _ in range(4)]
    extra = c.new(["gb", "ie"])
    apol = [c.new(STAFF[reg]) for _ in range(rng.randrange(1, 3))]
    day = rdate(rng)
    pat = c.new(EXPAT)
    d.add("Minutes – practice meeting, ", O(site.name), " – ", fd(rng, day, "en", 1), "\n\n")
    d.add("Present: ")
    for i, s in enumerate(staff):
        if i:
            d.add(", ")
        if i == 0:
            d.add("Dr ", P(s.full()), " (chair)")
        else:
            d.add(P(s.full() if rng.random() < 0.7 else s.short()))
    d.add(", ", P(extra.full()), " (practice manager)\n")
    d.add("Apologies: ", [[", " if i else "", P(a.full())] for i, a in enumerate(apol)], "\n\n")
    d.add("1. Complaints. ", ttl(rng, pat, "en"), P(pat.sur()), " (", CI(cid_pat(rng, reg)), ") has complained about waiting times. ", P(extra.first()), " to reply by Friday.\n")
    s1, s2 = rng.sample(SUPPL, 2)
    d.add("2. Suppliers. ", O(s1), " deliveries delayed again; ", P(staff[1].first()), " to get quotes from ", O(s2), ".\n")
    d.add("3. Rota. ", P(staff[2].first()), " is off 17–21 March; ", P(staff[-1].first()), " will cover reception. Summer hours from June.\n")
    d.add("4. Lab. Remakes from ", O(rng.choice(LABS[reg])), " up to 6 this month – ", P(staff[0].first()), " to raise at the next visit.\n")
    d.add("5. AOB. Thanks to ", P(staff[3].first() if len(staff) > 3 else staff[1].first()), " for organising the open day. The sky-blue uniforms arrive next week.\n\n")
    d.add("Next meeting: ", fd(rng, day + timedelta(days=28), "en", 1), ". Minutes taken by ", P(rng.choice(staff[1:]).full()), ".\n")
    return d


# ===========================================================================
# LETTING - UK (English)
# ===========================================================================
AG_OFFICE = {"Kestrel & Vane Lettings Ltd": ("3 Park Row, Leeds LS1 5HD", "0113"),
             "Northgate Property Management Ltd": ("41 Deansgate, Manchester M3 2BW", "0161"),
             "Ashby Moss Residential Ltd": ("12 Manningham Lane, Bradford BD1 3EA", "01274")}


class Agency:
    def __init__(self, rng):
        self.legal, self.short, self.domain = rng.choice(UK_AGENCY)
        self.office, self.code = AG_OFFICE[self.legal]
        rest = dg(rng, 11 - len(self.code))
        self.tel = "%s %s %s" % (self.code, rest[:3], rest[3:]) if len(self.code) == 4 else "%s %s" % (self.code, rest)
        self.mail = rng.choice(["lettings", "info", "maintenance", "accounts", "hello"]) + "@" + self.domain

    def name(self, rng):
        return rng.choice([self.legal, self.short, self.short])


def uk_people(rng, n_ten=2):
    c = Cast(rng)
    tens = [c.new(UKLET) for _ in range(n_ten)]
    ll = c.new(UKLET)
    agent = c.new(["gb", "gb", "gb", "ie", "sa", "wa", "pl"])
    return c, tens, ll, agent


def t_le_tenancy_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, rng.choice([1, 2, 2, 3]))
    gua = c.new(UKLET)
    wit = c.new(["gb", "ie", "sa"])
    prop = uk_addr(rng)
    start = rdate(rng)
    rent = rng.choice([650, 725, 795, 850, 925, 1050, 1150, 1295, 1450])
    ref = cid_uk(rng, "tenant")
    d.add("ASSURED SHORTHOLD TENANCY AGREEMENT\n(Housing Act 1988 as amended by the Housing Act 1996)\n\n")
    d.add("Agreement reference: ", CI(ref), "    Date: ", fd(rng, start - timedelta(days=rng.randrange(5, 30)), "en", 1), "\n\n")
    llco = rng.random() < 0.35
    if llco:
        co = rng.choice(UK_LLCO)
        d.add("THE LANDLORD: ", O(co), " (company no. 0", dg(rng, 7), ") whose registered office is at ", AD(uk_addr(rng, False).one), "\n")
    else:
        d.add("THE LANDLORD: ", ttl(rng, ll, "en"), P(ll.fuller()), " of ", AD(uk_addr(rng, False).one), "\n")
    d.add("THE AGENT: ", O(ag.legal), ", ", AD(ag.office), ". Tel ", PH(ag.tel), ", ", EM(ag.mail), "\n")
    d.add("THE TENANT(S):\n")
    for i, t in enumerate(tens):
        d.add("  (%d) " % (i + 1), ttl(rng, t, "en"), P(t.fuller()), ", date of birth ", dmy(rdob(rng, 1970, 2005)))
        if rng.random() < 0.5:
            d.add(", passport no. ", NI(passport_for(rng, t)))
        d.add("\n")
    d.add("THE PROPERTY: ", AD(prop.one), rng.choice(["", " (excluding the loft and the garage)", " together with the use of the rear garden"]), "\n")
    d.add("TERM: ", rng.choice(["12", "6", "24"]), " months commencing on ", fd(rng, start, "en", 1), "\n")
    d.add("RENT: ", gbp(rent), " per calendar month, payable in advance on the ", rng.choice(["1st", "15th", "28th"]), " of each month by standing order to:\n")
    if rng.random() < 0.6:
        bk, ib = bank_and_iban(rng, "uk")
        d.add("  Account name: ", O(ag.legal), " Client Account\n  Bank: ", O(bk), "\n  IBAN: ", IB(ib), "\n")
    else:
        d.add("  Account name: ", ttl(rng, ll, "en").strip(), " ", P(ll.init(rng)), "\n  IBAN: ", IB(iban(rng, "GB")), "\n")
    dep = round(rent * 12 / 52 * 5, 2)
    scheme = rng.choice(["Deposit Protection Service", "TDS", "mydeposits"])
    d.add("DEPOSIT: ", gbp(dep), ", protected with the ", O(scheme), " within 30 days; deposit ID ", CI(cid_uk(rng, "deposit")), ".\n")
    if rng.random() < 0.6:
        d.add("GUARANTOR: ", ttl(rng, gua, "en"), P(gua.full()), " of ", AD(uk_addr(rng, False).one), ", telephone ", PH(ph_uk(rng)),
              ", who guarantees the obligations of ", P(tens[0].full()), ".\n")
    d.add("\nSPECIAL CONDITIONS\n")
    d.add("1. No pets without the prior written consent of the Landlord, such consent not to be unreasonably withheld.\n")
    d.add("2. The Tenant(s) will be responsible for the gas and electricity (currently ", O(rng.choice(UK_UTIL[:2] + UK_UTIL[4:])), "), water (",
          O(rng.choice(UK_UTIL[2:4])), ") and council tax (", O(rng.choice(UK_COUNCIL)), ") bills.\n")
    d.add("3. The Worcester Bosch combi boiler is serviced annually by ", O(rng.choice(UK_CONTR[:2])), "; the Tenant will allow access on 24 hours' notice.\n")
    d.add("4. A grace period of five days applies before late payment interest is charged.\n\n")
    d.add("SIGNED by ", P(agent.full()), " for and on behalf of ", O(ag.legal), " (agent for the Landlord)  ..................\n")
    for t in tens:
        d.add("SIGNED by the Tenant  ", P(t.init(rng)), "  ..................\n")
    if rng.random() < 0.5:
        d.add("WITNESS: ", P(wit.full()), ", ", AD(uk_addr(rng).one), "\n")
    return d


def t_le_repair_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 2)
    eng = c.new(["pl", "gb", "gb", "ua", "ro"], "m")
    t0 = tens[0]
    prop = uk_addr(rng, True)
    ticket = cid_uk(rng, "ticket")
    contr = None
    tmail = email_for(rng, t0, DOM_EN)
    amail = staff_email(rng, agent, ag.domain)
    day = rdate(rng)
    issue = rng.choice([("Boiler not working", "the Worcester Bosch boiler is showing EA229 again and we have no hot water or heating since Sunday"),
                        ("Leak from bathroom ceiling", "water is coming through the light fitting in the bathroom ceiling from the flat above"),
                        ("Mould in bedroom", "the black mould in the back bedroom has come back, it's all over the wall behind the IKEA wardrobe"),
                        ("Front door lock", "the front door lock is sticking and last night we couldn't get in for half an hour"),
                        ("Washing machine broken", "the Hotpoint washing machine has stopped mid-cycle and won't drain")])
    contr = {"Boiler not working": "Fox Plumbing & Heating Ltd", "Leak from bathroom ceiling": rng.choice(["Fox Plumbing & Heating Ltd", "Baker Bros Roofing"]),
             "Mould in bedroom": "Damp Doctor Ltd", "Front door lock": rng.choice(["A1 Locksmiths Leeds", "KeyFix Glazing Ltd"]),
             "Washing machine broken": rng.choice(["Mason & Cook Electrical Ltd", "Winter & Booth Building Services"])}[issue[0]]
    d.add("From: ", person_disp(rng, t0), "<", EM(tmail), ">\n")
    d.add("To: ", rng.choice([[EM("maintenance@" + ag.domain)], [P(agent.full()), " <", EM(amail), ">"]]), "\n")
    if len(tens) > 1 and rng.random() < 0.5:
        d.add("Cc: ", EM(email_for(rng, tens[1], DOM_EN)), "\n")
    d.add("Subject: Re: ", issue[0], " – ", AD(prop.short), " [Ticket ", CI(ticket), "]\n")
    d.add("Date: ", email_date(rng, day + timedelta(days=1), "en"), "\n\n")
    d.add(rng.choice(["Hi ", "Hello ", "Dear "]), P(agent.first()), ",\n\n")
    d.add("Sorry to chase again but ", issue[1], ". ")
    d.add(rng.choice(["We have a baby in the flat so this is urgent. ", "My flatmate ", "It's getting worse every day. "]))
    if d.text().endswith("My flatmate "):
        d.add(P(tens[1].first()), " works nights and has been trying to sleep in the lounge. ")
    d.add("I hope someone can come ", rng.choice(["tomorrow", "before the weekend", "this week"]), ". ")
    d.add("I'm in all day ", rng.choice(DAY_EN[:5]), " or you can call me on ", PH(ph_uk(rng, True)), ".\n\n")
    d.add(rng.choice(["Thanks,", "Many thanks,", "Regards,", "Cheers,"]), "\n", P(t0.first() if rng.random() < 0.6 else t0.full()), "\n")
    d.add(rng.choice(["Sent from my iPhone\n", "Sent from Outlook for Android\n", ""]))
    d.add("\nOn ", fd(rng, day, "en", 5), " at ", rtime(rng), ", ", P(agent.full()), " <", EM(amail), "> wrote:\n")
    d.add("> Hi ", P(t0.first()), ",\n> \n> Thanks for reporting this. I've asked ", O(contr), " to attend and ",
          rng.choice([["their engineer ", P(eng.first())], ["they"]]), " will call you on the number we have on file to arrange access.\n")
    d.add("> If nobody is home they will collect the keys from our office at ", AD(ag.office), ".\n")
    if rng.random() < 0.5:
        d.add("> I have also let the landlord, ", ttl(rng, ll, "en"), P(ll.sur()), ", know.\n")
    d.add("> \n> Kind regards,\n> ", P(agent.first()), "\n> Property Manager | ",
          O(ag.legal), "\n> T: ", PH(ag.tel), " | M: ", PH(ph_uk(rng, True)), "\n")
    return d


def t_le_chat_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 3)
    prop = uk_addr(rng, True)
    fmt = rng.choice(["and_en", "ios_en", "tg", "and_en", "ios_en"])
    group = rng.random() < 0.7
    spk = [speaker(rng, t, ("first", "full", "nick", "first", "short")) for t in tens]
    if rng.random() < 0.45:
        spk[2] = [PH(ph_uk(rng, True))]
    A = [P(agent.first()), " ", O(ag.short)] if rng.random() < 0.5 else [P(agent.full())]
    title = ([prop.street, " house 🏠"] if group else spk[0])
    eng = c.new(["pl", "gb"], "m")
    t0, t1, t2 = tens[:3]
    low = lambda p: p.first().lower()
    msgs = []
    if group and fmt != "tg" and rng.random() < 0.5:
        msgs.append(("sys", [P(agent.full()), " created group \"", prop.street, " house 🏠\""]))
        msgs.append(("sys", [P(agent.first()), " added ", P(t0.first()), ", ", P(t1.first()), " and ", P(t2.full())]))

    def b_bill():
        m = [(spk[1], ["has anyone paid the electric bill?? ", O(rng.choice(UK_UTIL[:2])), " keep emailing me"]),
             (spk[2], ["I did mine. ", P(low(t0)), " owes ", gbp(rng.randrange(20, 90)), " 😅"])]
        if rng.random() < 0.6:
            m.append((spk[0], ["will pay tonight sorry"]))
        return m

    def b_plumber():
        m = [(A, ["The plumber from ", O(rng.choice(["Fox Plumbing & Heating Ltd", "Winter & Booth Building Services"])), " is coming ", rng.choice(DAY_EN[:5]), " 8-12. His name is ", P(eng.first()), "."])]
        if rng.random() < 0.6:
            m.append((spk[1], ["@", P(t2.first()), " can u move ur bike out of the hall before then"]))
        if rng.random() < 0.5:
            m += [(spk[2], "MEDIA"), (spk[2], ["there's a fox getting into the bins again lol"])]
        return m

    msgs += run_msgs(rng, [
        (1, lambda: [(A, ["Hi all, ", P(agent.first()), " from ", O(ag.short), " here. This group is for anything to do with the house at ",
                          AD(prop.short), ". Please report repairs here or on ", PH(ag.tel)]),
                     (spk[0], ["hi ", P(agent.first().lower() if rng.random() < 0.5 else agent.first()), " thanks. the shower is still dripping btw"])]),
        (0.5, b_bill),
        (0.5, b_plumber),
        (0.4, lambda: [(spk[0], ["also there's a black mark on the ceiling above the shower, is that mould?"]),
                       (A, ["Thanks, I'll ask ", ttl(rng, ll, "en"), P(ll.sur()), " if we can get ", O(rng.choice(["Damp Doctor Ltd", "Brightside Cleaning Co."])), " to treat it."])]),
        (0.35, lambda: [(spk[1], ["my mum ", P(c.new(t1.origin, "f").first()), " is visiting at the weekend fyi, she'll be on the sofa"])]),
        (0.25, lambda: [(spk[0], DELETED["en"])]),
        (0.35, lambda: [(spk[2], ["when do we get the deposit back from last year? I moved from ", AD(uk_addr(rng).short), " and still nothing"]),
                        (A, ["That's with your old agent I'm afraid, ", P(low(t2) if rng.random() < 0.5 else t2.first()), ". Your new tenancy ref is ", CI(cid_uk(rng, "tenant"))])]),
        (1, lambda: [(spk[1], ["ok thanks " + ("x" if rng.random() < 0.5 else "👍")])]),
    ], scale=1)
    render_chat(d, rng, fmt, "en", title, msgs, rdate(rng))
    return d

def t_le_rentroll_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c = Cast(rng)
    sep = rng.choice(["\t", "\t", ","])
    quote = sep == ","
    month = rdate(rng)
    d.add(rng.choice(["Rent roll", "Arrears report", "Tenancy schedule"]), " – ", O(ag.short), " – ", MON_EN[month.month - 1], " ", str(month.year), "\n")
    add_row(d, ["Tenant ref", "Property", "Tenant(s)", "Landlord", "Rent pcm", "Paid", "Arrears", "Notes"], sep)
    for _ in range(rng.randrange(3, 5)):
        tens = [c.new(UKLET) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
        tcell = []
        for i, t in enumerate(tens):
            if i:
                tcell.append("; " if sep == "," or rng.random() < 0.5 else " & ")
            tcell.append(P(t.table() if sep != "," or rng.random() < 0.5 else t.full()))
        if rng.random() < 0.3:
            llc = [O(rng.choice(UK_LLCO))]
        else:
            ll = c.new(UKLET)
            llc = [P(rng.choice([ll.table(), ll.sur() + ", " + ll.callname[0] + ".", ll.init(rng)]))]
        rent = rng.choice([550, 625, 700, 795, 850, 950, 1100, 1250])
        arr = rng.choice([0, 0, 0, rent, rent // 2, 120])
        note = rng.choice([[""], [""], [""], ["guarantor ", P(c.new(UKLET).full())], ["s21 served"], ["paid by ", O(rng.choice(UK_COUNCIL)), " (UC)"],
                           ["call ", PH(ph_uk(rng, True))], ["bill for boiler repair disputed"], ["renewal due"], ["spoke to ", P(tens[0].first())]])
        add_row(d, [[CI(cid_uk(rng, "tenant"))], [AD(uk_addr(rng).one if sep == "\t" else uk_addr(rng).short)], tcell, llc, gbp(rent),
                    dmy(month) if arr == 0 else "", gbp(arr), note], sep, quote)
    return d


def t_le_deposit_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 1)
    t0 = tens[0]
    clerk = c.new(["gb", "gb", "ie"], "f")
    home = uk_addr(rng)
    prop = uk_addr(rng, True)
    ref = cid_uk(rng, "tenant")
    d.add(P(t0.full()), "\n", AD(home.multi), "\n", EM(email_for(rng, t0, DOM_EN)), "\n\n")
    d.add(O(ag.legal), "\n", "FAO: ", ttl(rng, agent, "en"), P(agent.full()), ", Property Manager\n", AD(ag.office), "\n\n")
    d.add(fd(rng, rdate(rng), "en", 1), "\n\n")
    d.add("Dear ", ttl(rng, agent, "en"), P(agent.sur()), ",\n\n")
    d.add("Re: Deposit for ", AD(prop.short), " – tenancy ref ", CI(ref), ", deposit ID ", CI(cid_uk(rng, "deposit")), "\n\n")
    d.add("I am writing to dispute the proposed deductions of ", gbp(rng.randrange(180, 900)), " from my deposit. ")
    d.add("The mark on the living room carpet was already recorded on the check-in inventory prepared by ", ttl(rng, clerk, "en"), P(clerk.full()),
          " of ", O(rng.choice(["Inventory Hive Ltd", "No Letting Go", "Inventory Base"])), " (page 7, photo 23). ")
    d.add("The condensation mould in the bedroom appeared in winter because the extractor fan never worked, which I reported to ", P(agent.first()),
          " on three occasions.\n\n")
    d.add("To be frank, I have acted in good faith throughout and left the property professionally cleaned by ", O(rng.choice(["Brightside Cleaning Co.", "Sparkle Leeds Ltd"])),
          " (receipt attached). If we cannot agree I will raise a dispute with the ", O(rng.choice(["Deposit Protection Service", "TDS", "mydeposits"])), ".\n\n")
    bk, ib = bank_and_iban(rng, "uk")
    d.add("Please return the balance to my account: ", O(bk), ", IBAN ", IB(ib), ".\n\n")
    if rng.random() < 0.5:
        d.add("My former landlord, ", ttl(rng, ll, "en"), P(ll.full()), ", is happy to confirm the condition of the flat when I moved in.\n\n")
    d.add("Yours sincerely,\n\n", P(t0.full()), "\n", PH(ph_uk(rng, True)), "\n")
    return d


def t_le_minutes_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c = Cast(rng)
    staff = [c.new(UKLET) for _ in range(rng.randrange(3, 5))]
    apol = [c.new(UKLET) for _ in range(rng.randrange(1, 3))]
    day = rdate(rng)
    kind = rng.choice(["staff", "landlord"])
    if kind == "staff":
        d.add(O(ag.short), " – weekly lettings meeting – MINUTES\nDate: ", dmy(day), "   Location: ", rng.choice(["office / Teams", "Park Row office", "Zoom"]), "\n\n")
    else:
        d.add("Minutes of the Landlords' Forum hosted by ", O(ag.legal), " – ", fd(rng, day, "en", 1), "\n\n")
    d.add("Present: ", [[", " if i else "", P(s.full())] for i, s in enumerate(staff)], "\n")
    d.add("Apologies: ", [[", " if i else "", P(a.full() if rng.random() < 0.6 else a.short())] for i, a in enumerate(apol)], "\n")
    if kind == "landlord":
        d.add("In attendance: ", P(c.new(["gb"]).full()), " (", O(rng.choice(UK_COUNCIL)), " private rented sector team)\n")
    d.add("\n")
    t1, t2 = c.new(UKLET), c.new(UKLET)
    d.add("1. Arrears. ", P(staff[1].first()), " reported that ", ttl(rng, t1, "en"), P(t1.sur()), " at ", AD(uk_addr(rng).short), " is two months behind (",
          CI(cid_uk(rng, "tenant")), "). Agreed to offer a payment plan before serving notice.\n")
    d.add("2. Repairs. Boiler at ", AD(uk_addr(rng).short), " replaced by ", O(rng.choice(UK_CONTR[:1] + UK_CONTR[7:])), ". ", P(staff[2].first()),
          " to chase the invoice ", CI(cid_uk(rng, "invoice")), ".\n")
    d.add("3. Licensing. The HMO licence for ", AD(uk_addr(rng).short), " expires in ", MON_EN[(day.month + 2) % 12], "; ", P(staff[0].first()), " will apply to ",
          O(rng.choice(UK_COUNCIL)), ".\n")
    d.add("4. Complaints. ", P(t2.full()), " complained about the noise from the baker's downstairs at 5am. ", P(staff[-1].first()), " to write to the landlord, ",
          P(c.new(UKLET).full()), ".\n")
    d.add("5. AOB. Thanks for covering the Booth Street viewings. Will everyone please update Rightmove listings by Friday.\n\n")
    if rng.random() < 0.4:
        d.add("Actions: ", P(staff[1].first()), " – payment plan; ", P(staff[2].first()), " – invoice; ", P(staff[0].first()), " – licence.\n")
    d.add("Next meeting: ", fd(rng, day + timedelta(days=7), "en", 2), ".\n")
    return d


def t_le_voicemail_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 3)
    d.add(rng.choice(["Voicemail transcripts", "Out-of-hours line – transcripts"]), " – ", O(ag.short), "\n\n")
    order = rng.sample(range(4), 4)
    for i in range(rng.randrange(2, 4)):
        t = tens[i]
        num = ph_uk(rng, True)
        d.add("[", dmy(rdate(rng)), " ", rtime(rng, 6, 23), "] from ", PH(num), " (", rng.choice(["withheld name", "unknown", "mobile"]), ")\n")
        k = order[i]
        d.add("\"")
        if k == 0:
            d.add("hi yeah it's ", P(t.first().lower()), " ", P(t.sur().lower()), " from ", AD(uk_addr(rng, True).short.lower()), " um the lights have gone off in the whole flat and there's a smell of burning, can someone call me back on ",
                  PH(num), " please, thanks")
        elif k == 1:
            d.add("Hello, this is ", ttl(rng, t, "en"), P(t.sur()), ", I'm the guarantor for my son ", P(c.new(t.origin, "m").first()), ". I want to know why I've had a letter about arrears, the tenancy reference is ",
                  CI(cid_uk(rng, "tenant")), ". My number is ", PH(num), ".")
        elif k == 2:
            d.add("Hi ", P(agent.first()), ", it's ", P(ll.full()), ", the landlord at ", AD(uk_addr(rng).short), ". Just to say I'll be away in Jordan until the end of the month so if anything comes up email me at ",
                  EM(email_for(rng, ll, DOM_EN)), ". Cheers.")
        else:
            d.add("Hiya, it's ", P(t.first()), ", I'll be frank, nobody has turned up about the leak, it's the third time. Will someone ring me? It's oh seven ", "...", " sorry, ", PH(num), ".")
        d.add("\"\n", "Action: ", P(agent.first()), " – ")
        act = rng.choice(["called back", "passed", "logged"])
        if act == "passed" and k in (0, 3):
            d.add("passed to ", O("Mason & Cook Electrical Ltd" if k == 0 else "Fox Plumbing & Heating Ltd"))
        elif act != "called back":
            d.add("logged as ", CI(cid_uk(rng, "ticket")))
        else:
            d.add("called back")
        d.add("\n\n")
    return d


def t_le_inspection_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, rng.choice([1, 2]))
    prop = uk_addr(rng)
    day = rdate(rng)
    d.add("MID-TERM PROPERTY INSPECTION REPORT\n\n")
    d.add("Property: ", AD(prop.one), "\n")
    shared = len(tens) == 2 and tens[1].surnames == tens[0].surnames
    if len(tens) == 2 and rng.random() < 0.5 and tens[0].origin in SHARE_OK:
        tens[1].surnames = tens[0].surnames[:]
        shared = True
    if shared:
        d.add("Tenant(s): ", ttl(rng, tens[0], "en").strip(), " & ", ttl(rng, tens[1], "en"), P(tens[0].sur()), "\n")
    else:
        d.add("Tenant(s): ", [[" / " if i else "", P(t.full())] for i, t in enumerate(tens)], "\n")
    if rng.random() < 0.4:
        d.add("Landlord: ", O(rng.choice(UK_LLCO)), "\n")
    else:
        d.add("Landlord: ", ttl(rng, ll, "en"), P(ll.init(rng)), " (", CI(cid_uk(rng, "landlord")), ")\n")
    d.add("Inspected by: ", P(agent.full()), " (", O(ag.short), ") on ", dmy(day), "\n\n")
    kid = c.child(tens[0], tens[-1])
    rooms = [
        ["Kitchen: generally clean. Hotpoint oven needs a deep clean. Samsung fridge seal split – landlord to replace."],
        ["Bathroom: black mould on ceiling above the bath, typical winter condensation; tenants advised to use the extractor."],
        ["Bedroom 2: small mark on the wall where a picture was removed. ", P(kid.first()), "'s cot in this room."],
        ["Lounge: Sky box and router left by previous tenant, ", P(c.new(UKLET).full()), " – collect?"],
        ["Garden: fence panel down after storm; a fox has dug under the shed."],
        ["Hall: smoke alarm tested OK. CO alarm tested OK next to the Baxi boiler."],
    ]
    rng.shuffle(rooms)
    for r in rooms[:rng.randrange(4, 7)]:
        d.add("- ", r, "\n")
    d.add("\nComments from tenant: ", rng.choice([["\"", P(agent.first()), " was very helpful, the sink is still slow.\""], ["none"],
                                                   ["asked whether ", P(c.new(UKLET).first()), " (partner) can be added to the tenancy."]]), "\n")
    d.add("Next inspection due: ", fd(rng, day + timedelta(days=180), "en", 1), "\n")
    return d


def t_le_sms_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c = Cast(rng)
    agent = c.new(["gb", "sa", "ie"])
    day = rdate(rng)
    d.add("Bulk SMS log – ", O(ag.short), " – ", dmy(day), "\n\n")
    for _ in range(rng.randrange(3, 5)):
        t = c.new(UKLET)
        num = ph_uk(rng, True)
        d.add(dmy(day), " ", rtime(rng, 9, 11), " → ", PH(num), maybe(rng, 0.5, lambda: [" (", P(t.full() if rng.random() < 0.6 else t.table()), ")"]), "\n")
        k = rng.randrange(3)
        if k == 0:
            d.add("Hi ", P(t.first()), ", this is ", O(ag.short), ". Your rent of ", gbp(rng.choice([650, 795, 850, 950])), " for ", AD(uk_addr(rng).short),
                  " was due on 01/", "%02d" % day.month, ". Please pay quoting ref ", CI(cid_uk(rng, "tenant")), ". Thanks, ", P(agent.first()), "\n\n")
        elif k == 1:
            d.add("Reminder: gas safety check at your property tomorrow 8am-12pm by ", O(rng.choice(UK_CONTR[:1] + ["British Gas"])), ". If you can't give access reply or call ",
                  PH(ag.tel), ". ", O(ag.short), "\n\n")
        else:
            d.add("Dear ", ttl(rng, t, "en"), P(t.sur()), ", we will be carrying out an inspection on ", fd(rng, day + timedelta(days=5), "en", 2),
                  ". ", P(agent.full()), ", ", O(ag.legal), "\n\n")
    return d


def t_le_crm_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 2)
    gua = c.new(UKLET, "f")
    ag2 = c.new(["gb", "sa"])
    L = lambda s: typo(rng, s)
    t0, t1 = tens
    d.add("Tenant notes – ", P(t0.table()), " / ", P(t1.table()), " – ", CI(cid_uk(rng, "tenant")), "\n\n")
    ent = [
        lambda: [L("spoke to mrs "), P(gua.sur().lower()), L(" (guarantor for "), P(t0.first().lower()), L(") re arrears "), gbp(rng.randrange(400, 2500)),
                 L(", she says will pay fri. told her we will serve s8 if not")],
        lambda: [L("email from "), EM(email_for(rng, gua, DOM_EN)), L(" confirming payment plan")],
        lambda: [P(t1.first().lower()), L(" rang, bill for boiler callout disputed, says it was the landlords fault")],
        lambda: [L("ll "), P(ll.full().lower()), L(" happy to wait til end of month, call him on "), PH(ph_uk(rng, True))],
        lambda: [L("passed to "), P(ag2.first().lower()), L(" for check out, keys in safe")],
        lambda: [L("tenant moving to "), AD(uk_addr(rng).one.lower()), L(" - forwarding address for deposit")],
        lambda: [L("pd £300 via bank transfer ref "), CI(cid_uk(rng, "tenant"))],
        lambda: [L("nobody in at inspection, left card. neighbour "), P(c.new(UKLET).first().lower()), L(" says they work nights")],
        lambda: [L("contractor "), O(rng.choice(UK_CONTR).lower()), L(" booked for thurs, job "), CI(cid_uk(rng, "ticket"))],
        lambda: [L("tenant asked if mark from the sofa will come off the deposit - told him we will see at check out")],
        lambda: [L("council ("), O(rng.choice(UK_COUNCIL).lower()), L(") paying housing element direct from next month")],
    ]
    rng.shuffle(ent)
    day = rdate(rng)
    t = _dt.datetime(day.year, day.month, day.day, 9, 0)
    role = rng.choice(['lettings', 'prop mgmt', 'accounts']) if rng.random() < 0.45 else None
    for e in ent[:rng.randrange(3, 6)]:
        t = crm_next(rng, t)
        who = rng.choice([agent, ag2])
        tag = role if role else [P(who.first().lower() if rng.random() < 0.6 else who.first())]
        d.add("%02d/%02d/%02d " % (t.day, t.month, t.year % 100), tag, ": ", e(), "\n")
    return d


def t_le_review_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 1)
    t0 = tens[0]
    ag2 = c.new(["gb", "wa", "sa"])
    good = rng.random() < 0.5
    d.add(rng.choice(["Google review", "Trustpilot", "allAgents review"]), " of ", O(ag.legal), "\n")
    d.add(rng.choice([P(t0.full()), P(t0.sur_init()), P(t0.first())]), " – ", "★★★★★" if good else "★☆☆☆☆", " – ", rng.choice(["2 weeks ago", "4 months ago", "a year ago"]), "\n")
    if good:
        d.add(P(agent.first()), " and ", P(ag2.first()), " at ", O(ag.short), " were brilliant from viewing to move-in. When the boiler packed up in winter ",
              P(agent.first()), " had ", O(rng.choice(UK_CONTR[:1])), " round the same day. Our landlord ", ttl(rng, ll, "en"), P(ll.sur()), " even sent a card when our daughter ",
              P(c.child(t0).first()), " was born. Would recommend.\n\n")
    else:
        d.add("Avoid. Six weeks and still no sign of my deposit. ", P(agent.full()), " stopped answering my emails and ", P(ag2.first()),
              " told me to \"be patient\". I hope nobody else has to go through this. The flat at ", AD(uk_addr(rng).short), " had damp from day one.\n\n")
    d.add("Reply from ", O(ag.short), ": ", "Thank you " if good else "We're sorry to read this, ", P(t0.first()), ". ",
          "We'll pass this on to the team." if good else ["Please contact ", P(c.new(["gb"]).full()), " on ", PH(ag.tel), " quoting ", CI(cid_uk(rng, "tenant")), " so we can look into it."], "\n")
    return d


def t_le_refform_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 1)
    t0 = tens[0]
    nok = c.new(t0.origin)
    mgr = c.new(UKLET)
    prevll = c.new(UKLET)
    U = lambda s: s.upper()
    d.add(U(ag.legal), "\nTENANT APPLICATION & REFERENCING FORM\n\n")
    d.add("TITLE: ", U(ttl(rng, t0, "en").strip().rstrip(".")), "   FULL NAME: ", P(U(t0.fuller())), "\n")
    d.add("PREVIOUS NAMES: ", rng.choice([["N/A"], ["NONE"], [P(U(t0.given + " " + c.new(t0.origin).sur()))]]), "\n")
    d.add("DATE OF BIRTH: ", dmy(rdob(rng, 1965, 2004)), "\n")
    d.add("NATIONAL INSURANCE NO: ", NI(nino(rng)), "\n")
    nat = {"gb": "BRITISH", "ie": "IRISH", "wa": rng.choice(["NIGERIAN", "GHANAIAN", "BRITISH"]), "pl": "POLISH", "sa": rng.choice(["BRITISH", "PAKISTANI", "INDIAN"]),
           "cn": "CHINESE", "vn": "VIETNAMESE", "it": "ITALIAN", "gr": "GREEK", "tr": "TURKISH", "arb": rng.choice(["MOROCCAN", "BRITISH"]), "pt": "PORTUGUESE",
           "ua": "UKRAINIAN", "es": "SPANISH", "kr": "SOUTH KOREAN", "ro": "ROMANIAN"}.get(t0.origin, "BRITISH")
    d.add("PASSPORT NO / NATIONALITY: ", NI(passport_for(rng, t0) if nat != "BRITISH" else passport(rng, "gb")), " / ", nat, "\n")
    d.add("CURRENT ADDRESS: ", AD(U(uk_addr(rng).one)), "   TIME AT ADDRESS: ", str(rng.randrange(1, 9)), " YRS\n")
    d.add("MOBILE: ", PH(ph_uk(rng, True)), "   EMAIL: ", EM(U(email_for(rng, t0, DOM_EN))), "\n")
    emp = rng.choice(UK_EMPL)
    pos = {"Leeds Teaching Hospitals NHS Trust": ["STAFF NURSE", "HEALTHCARE ASSISTANT", "RADIOGRAPHER"], "University of Leeds": ["LECTURER", "RESEARCH ASSISTANT"],
           "Sainsbury's": ["STORE MANAGER", "CUSTOMER ASSISTANT"], "Arup": ["ENGINEER", "ANALYST"], "Asda": ["WAREHOUSE OPERATIVE", "DEPARTMENT MANAGER"],
           "Manchester Metropolitan University": ["LECTURER", "ADMINISTRATOR"], "Leeds Building Society": ["MORTGAGE ADVISER", "ANALYST"],
           "Deloitte": ["ANALYST", "CONSULTANT"], "Greggs": ["SHIFT LEADER", "BAKER"], "Bradford Council": ["SOCIAL WORKER", "ADMINISTRATOR"]}[emp]
    d.add("EMPLOYER: ", O(U(emp)), "   POSITION: ", rng.choice(pos), "\n")
    d.add("LINE MANAGER / HR CONTACT: ", rng.choice(["SISTER ", "MS ", "MRS ", ""] if mgr.gender == "f" else ["MR ", "", "DR "]), P(U(mgr.full())), "  TEL ", PH(ph_uk(rng, False)), "\n")
    d.add("CURRENT LANDLORD / AGENT: ", rng.choice([[O(U(rng.choice(["Harcourt Homes", "Moorside Lettings", "Parklane Residential"])))], ["PRIVATE"]]),
          " – CONTACT: ", P(U(prevll.init(rng))), " ", PH(ph_uk(rng, True)), "\n")
    d.add("NEXT OF KIN: ", P(U(nok.full())), " (", rng.choice(["MOTHER", "SISTER", "PARTNER"] if nok.gender == "f" else ["BROTHER", "FATHER", "PARTNER"]), ") ", PH(ph_uk(rng, True)), "\n")
    bk, ib = bank_and_iban(rng, "uk")
    d.add("BANK: ", O(U(bk)), "   IBAN: ", IB(ib), "\n")
    d.add("PETS: ", rng.choice(["NO", "1 CAT", "NONE"]), "   SMOKER: NO\n")
    d.add("DECLARATION: I CONFIRM THE ABOVE IS TRUE.  SIGNED: ", P(U(t0.init(rng))), "   DATE: ", dmy(rdate(rng)), "\n")
    d.add("\nFOR OFFICE USE – APPLICANT REF ", CI(cid_uk(rng, "tenant")), " – CHECKED BY ", P(U(agent.first())), "\n")
    return d


def t_le_contrinv_en(rng):
    d = Doc("en")
    ag = Agency(rng)
    c, tens, ll, agent = uk_people(rng, 1)
    eng = c.new(["pl", "gb", "ua", "ro", "ie"], "m")
    co = rng.choice(UK_CONTR)
    prop = uk_addr(rng, True)
    day = rdate(rng)
    d.add(O(co.upper()), "\n", AD(rng.choice(["Unit %d, Kirkstall Industrial Park, Leeds LS5 3BF", "Unit %d, Trafford Park Road, Manchester M17 1HH",
                                              "%d Canal Road, Bradford BD2 1AR"]) % rng.randrange(2, 30)), "\n")
    d.add("Tel ", PH(ph_uk(rng, False)), " · ", EM("accounts@" + _clean(co.split()[0]) + rng.choice(["plumbing.co.uk", "-services.co.uk", "ltd.co.uk"])), "\n\n")
    d.add("INVOICE ", CI(cid_uk(rng, "invoice")), "      Date: ", dmy(day), "\n")
    d.add("Your ref: ", CI(cid_uk(rng, "ticket")), "\n\n")
    d.add("Bill to: ", O(ag.legal), ", ", AD(ag.office), "\n")
    d.add("On behalf of landlord: ", ttl(rng, ll, "en"), P(ll.init(rng)), "\n")
    d.add("Site: ", AD(prop.one), " – tenant ", ttl(rng, tens[0], "en"), P(tens[0].init(rng)), ", tel ", PH(ph_uk(rng, True)), "\n\n")
    work = rng.choice([
        "Attended to no hot water. Replaced diverter valve on Worcester Bosch Greenstar 30i combi (part 87161095140). Tested and commissioned.",
        "Traced leak to failed seal on shower tray waste (Mira shower). Resealed tray, replaced waste trap.",
        "Supplied and fitted new Yale euro cylinder to front door, 3 keys cut.",
        "Treated black mould in rear bedroom with fungicidal wash, fitted Vent-Axia extractor to bathroom.",
        "Replaced consumer unit RCD, issued EICR certificate."])
    d.add("Work carried out: ", work, "\n")
    d.add("Engineer: ", P(eng.full()), "\n\n")
    lab, parts = rng.randrange(60, 240), rng.randrange(20, 300)
    d.add("Labour      ", gbp(lab), "\nParts       ", gbp(parts), "\nVAT 20%     ", gbp((lab + parts) * 0.2), "\nTOTAL       ", gbp((lab + parts) * 1.2), "\n\n")
    bk, ib = bank_and_iban(rng, "uk")
    d.add("Payment within 14 days to ", O(bk), ", IBAN ", IB(ib), ". Thank you for your business.\n")
    return d


# ===========================================================================
# CLINIC - SPANISH (Spain and Mexico)
# ===========================================================================
FOREIGN_ES = ("arb", "ua", "cn", "andean", "ro", "mx", "ar", "pt", "it")


def id_es_patient(rng, p, reg, dob=None):
    """(label text before, id) for a patient of a Spanish or Mexican clinic."""
    if reg == "mx":
        if p.origin in ("mx", "maya"):
            if rng.random() < 0.75:
                return "CURP: ", curp(rng, p, dob or rdob(rng))
            return "RFC: ", rfc(rng, p, dob or rdob(rng))
        if p.origin == "andean":
            return "DNI (Perú): ", dni_pe(rng)
        if p.origin == "ar":
            return "DNI (Argentina): ", fmt_ar_dni(rng, dni_ar_num(rng, dob))
        return "Pasaporte: ", passport(rng, "x")
    if p.origin in FOREIGN_ES:
        k = rng.random()
        if p.origin == "andean" and k < 0.3:
            return "DNI peruano: ", dni_pe(rng)
        if p.origin == "ar" and k < 0.3:
            return "DNI argentino: ", fmt_ar_dni(rng, dni_ar_num(rng, dob))
        if k < 0.75:
            return "NIE: ", nie_es(rng)
        return "Pasaporte: ", passport(rng, "x")
    return rng.choice(["DNI: ", "DNI: ", "D.N.I. ", "NIF: "]), dni_es(rng)


def es_people(rng, reg):
    c = Cast(rng)
    pat = c.new(PAT[reg])
    sp = c.spouse(pat)
    dent = c.new(STAFF[reg])
    phys = c.new(STAFF[reg])
    rec = c.new(STAFF[reg], "f" if rng.random() < 0.8 else "m")
    return c, pat, sp, dent, phys, rec


def usted(rng, reg):
    return reg == "mx" or rng.random() < 0.5


def t_cl_email_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    kid = c.child(pat if pat.gender == "m" else sp, pat if pat.gender == "f" else sp)
    pid = cid_pat(rng, reg)
    dom = DOM_ES if reg == "es" else DOM_MX
    pmail = email_for(rng, pat, dom)
    day = rdate(rng)
    appt = day + timedelta(days=rng.randrange(2, 10))
    while appt.weekday() > 4:
        appt += timedelta(days=1)
    ins = rng.choice(INS_ES if reg == "es" else INS_MX)
    d.add("De: ", rng.choice([[O(site.name)], [P(rec.full()), " (", O(site.short), ")"]]), " <", EM(site.mail), ">\n")
    d.add("Para: ", person_disp(rng, pat, "es"), "<", EM(pmail), ">\n")
    d.add("Fecha: ", email_date(rng, day, "es"), "\n")
    scen = rng.choice(["cita", "cita", "docs", "cambio"])
    subj = {"cita": ["Confirmación de su cita – ", CI(pid)], "docs": ["Documentación para ", O(ins), " – ", P(pat.full())],
            "cambio": ["RE: cambio de cita ", P(kid.first())]}[scen]
    d.add("Asunto: ", subj, "\n\n")
    formal = usted(rng, reg)
    if formal:
        d.add("Estimado " if pat.gender == "m" else "Estimada ", ttl(rng, pat, "es"),
              P(pat.sur_formal(rng) if rng.random() < 0.6 else pat.full()), ":\n\n")
    else:
        d.add("Hola ", P(pat.nick(rng) if rng.random() < 0.5 else pat.first()), ",\n\n")
    if scen in ("cita", "cambio"):
        d.add("Le confirmamos" if formal else "Te confirmamos", " la cita con ", ttl(rng, dent, "es", True), P(dent.sur()), " el ", fd(rng, appt, "es", 2), " a las ",
              rtime(rng), " en ", O(site.name), " (", AD(site.addr), ").")
        if rng.random() < 0.7:
            d.add(" A continuación ", P(kid.first()), " tiene sesión con ", rng.choice(["nuestra fisioterapeuta ", "la fisio "]), P(phys.first()),
                  " para la revisión de ", rng.choice(["la escoliosis", "la rodilla", "los dolores de espalda", "la ortodoncia"]), ".")
        d.add("\n\n")
        d.add(rng.choice(["Recuerde traer la tarjeta de ", "Acuérdate de traer la tarjeta de "]) if not formal else "Recuerde traer la tarjeta de ", O(ins),
              " y ", rng.choice(["una identificación oficial (INE)", "la INE", "la última radiografía"] if reg == "mx" else ["el DNI", "el DNI o NIE", "la última radiografía"]), ".\n")
        d.add(rng.choice(["Si antes de la cita tiene dolores fuertes o inflamación, llámenos al ",
                          "Para cualquier cambio puede llamarnos al ", "Si no puedes venir, avísanos al "]), PH(site.tel),
              maybe(rng, 0.6, lambda: [" o escríbanos por WhatsApp al ", PH(site.mob)]), ".\n\n")
    else:
        d.add("Para tramitar la autorización con ", O(ins), " necesitamos copia de ", rng.choice(["la póliza", "la INE"] if reg == "mx" else ["su DNI", "la póliza", "su NIE"]),
              " y el número de póliza, que según nuestra ficha es ", CI(cid_pol(rng)), ". ")
        d.add("Si la póliza está a nombre de su ", rel_es(sp), ", ", P(sp.full()), ", indíquenoslo por favor.\n\n")
        if reg == "es":
            d.add("El importe no cubierto (", eur(rng.randrange(60, 600)), ") puede abonarlo por transferencia a ", O(site.legal), ", IBAN ", IB(iban(rng, "ES")),
                  ", indicando en el concepto su número de historia ", CI(pid), ".\n\n")
    d.add(rng.choice(["Un cordial saludo,", "Saludos cordiales,", "Un abrazo,", "Atentamente,"]), "\n\n", P(rec.first() if rng.random() < 0.5 else rec.full()), "\n",
          rng.choice(["Recepción", "Atención al paciente", "Coordinación"]), " · ", O(site.name), "\n", "Tel. ", PH(site.tel), "\n")
    if scen == "cambio":
        d.add("\n-----Mensaje original-----\nDe: ", P(pat.full()), " <", EM(pmail), ">\nEnviado el: ", fd(rng, day, "es", 1), "\n")
        d.add("Buenas, ", P(kid.first().lower() if rng.random() < 0.3 else kid.first()), " tiene examen el ", rng.choice(DAY_ES[:5]),
              " por la mañana, ¿podemos pasar su cita a la tarde? Gracias, ", P(pat.nick(rng)), "\n")
    return d


def t_cl_informe_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    dob = rdob(rng, 1945, 2010)
    fisio = rng.random() < 0.6
    d.add(rng.choice(["INFORME DE FISIOTERAPIA", "INFORME CLÍNICO", "HOJA DE DERIVACIÓN"]) if fisio else "INFORME ODONTOLÓGICO", "\n")
    d.add("Centro: ", O(site.name), " – ", AD(site.addr), "\n\n")
    d.add("Paciente: ", ttl(rng, pat, "es"), P(pat.full()), "\n")
    lab, idv = id_es_patient(rng, pat, reg, dob)
    d.add(lab, NI(idv), "      Nº historia: ", CI(cid_pat(rng, reg)), "\n")
    d.add("Fecha de nacimiento: ", dmy(dob), "\n")
    refd = dent if fisio else c.new(STAFF[reg])
    d.add("Remitido por: ", ttl(rng, refd, "es", True), P(refd.full()), " (", rng.choice(["odontología", "ortodoncia", "cirugía maxilofacial", "medicina de familia"]), ")\n")
    if reg == "mx" and rng.random() < 0.5:
        d.add("Aseguradora: ", O(rng.choice(INS_MX)), "   Póliza: ", CI(cid_pol(rng)), "\n")
    d.add("\nMotivo de consulta: ")
    d.add(rng.choice(["dolor cervical y cefaleas tensionales de tres meses de evolución; refiere dolores más intensos por la mañana.",
                      "bruxismo nocturno con dolor en ATM derecha y chasquido a la apertura.",
                      "lumbalgia mecánica tras esfuerzo; dolores irradiados a glúteo izquierdo.",
                      "gonalgia derecha tras caída en el trabajo.",
                      "sangrado gingival y movilidad del 41; encía rosa pálida en sector anterior."]), "\n")
    d.add("Exploración: ", rng.choice(["contractura de trapecio superior bilateral, puntos gatillo activos en maseteros.",
                                       "apertura bucal limitada a 28 mm con desviación a la derecha.",
                                       "Lasègue negativo, dolor a la palpación de L4-L5.",
                                       "bolsas de 5-6 mm en sector anteroinferior."]), "\n")
    d.add("Tratamiento: ", rng.choice(["8 sesiones de terapia manual y punción seca; ejercicios domiciliarios con TheraBand.",
                                       "férula de descarga Michigan y 6 sesiones de fisioterapia de ATM.",
                                       "raspado y alisado radicular por cuadrantes; control en 3 meses.",
                                       "electroterapia (Compex) y ejercicio terapéutico."]), "\n")
    d.add("Evolución: ", rng.choice(["favorable; refiere que ya duerme en paz.", "buena respuesta, disminución del dolor a EVA 3/10.",
                                     "lenta; persisten dolores al final del día.", "%s está content%s, una pequeña victoria tras meses de molestias." % ("el paciente" if pat.gender == "m" else "la paciente", oa(pat))]), " ")
    d.add("Acude acompañad", oa(pat), " de su ", rel_es(sp), ", ", P(sp.first()), ".\n")
    d.add("Recomendaciones: ", rng.choice([["evitar cargas, calor local, pausas activas en el trabajo."],
                                           ["dieta blanda dos semanas y evitar chicle."],
                                           ["control con ", ttl(rng, dent, "es", True), P(dent.sur()), " en un mes."]]))
    d.add("\n\n")
    d.add(site.town, ", ", fd(rng, rdate(rng), "es", 1), "\n\n")
    d.add("Fdo.: ", P(phys.full() if fisio else dent.full()), "\n", "Fisioterapeuta" if fisio else rng.choice(["Odontóloga" if dent.gender == "f" else "Odontólogo", "Periodoncista"]), " – ", O(site.name), "\n")
    if reg == "mx":
        d.add("Cédula profesional en trámite. Contacto: ", EM(staff_email(rng, phys if fisio else dent, site.domain)), "\n")
    return d


def t_cl_chat_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    kid = c.child(pat if pat.gender == "m" else sp, pat if pat.gender == "f" else sp)
    mom = c.new(pat.origin, "f")
    fmt = rng.choice(["and_es", "ios_es", "tg"] if reg == "es" else ["and_mx", "ios_es", "and_mx"])
    if rng.random() < 0.5:
        A = speaker(rng, pat, ("full", "nick", "first", "short"))
        C = [O(rng.choice([site.name, site.short, "Mirasol Dental"]))]
        title = C
    else:
        A = [P(pat.full()), " ", CI(cid_pat(rng, reg))] if rng.random() < 0.4 else [PH(ph_es(rng, True) if reg == "es" else ph_mx(rng))]
        C = [P(rec.first()), " ", O(site.short)] if rng.random() < 0.5 else [O(site.name)]
        title = A
    mx = reg == "mx"
    dia = rng.choice(DAY_ES[:5])
    dia2 = rng.choice([x for x in DAY_ES[:5] if x != dia])
    ins = rng.choice(INS_ES if reg == "es" else INS_MX)
    nk = pat.nick(rng)

    def b_docs():
        m = [(C, ["Apuntad" + oa(kid) + " 😊 ¿Viene con la tarjeta de ", O(ins), "? Necesitamos también ",
                  "su CURP" if mx else "el DNI de la madre o del padre", "."]),
             (A, "MEDIA"),
             (A, ["es esa, está a nombre de ", "mi marido " if pat.gender == "f" else "mi mujer ", P(sp.full().lower() if rng.random() < 0.3 else sp.full())])]
        if rng.random() < 0.5:
            m.append((A, ["y su ", "CURP es " if mx else "DNI es ", NI(curp(rng, kid, rdob(rng, 2008, 2019)) if mx else dni_es(rng))]))
        return m

    msgs = run_msgs(rng, [
        (1, lambda: [(A, [rng.choice(["Hola buenas", "Buenos días", "Hola qué tal", "buenas tardes"]), ", soy ", P(pat.short() if rng.random() < 0.6 else nk),
                          ". ", rng.choice(["Quería saber si hay hueco para ", "Me pueden dar cita para ", "¿Tienen disponibilidad para "]),
                          P(kid.first()), " con ", ttl(rng, dent, "es", True).lower() if rng.random() < 0.4 else ttl(rng, dent, "es", True), P(dent.sur()), "?"]),
                     (C, ["Hola ", P(nk if rng.random() < 0.5 else pat.first()), "! ", "Claro que sí. " if mx else "Sí, claro. ",
                          "Tenemos el ", dia, " a las ", rtime(rng, 16, 20), " o el ", dia2, " a primera hora."]),
                     (A, [rng.choice(["el ", "El "]), dia, " perfecto", rng.choice(["", "!!", " 👍", ". gracias"])])]),
        (0.4, b_docs),
        (0.4, lambda: [(C, ["Perfecto, gracias. Por cierto, ", ttl(rng, dent, "es", True), P(dent.sur()), " pregunta si siguen los dolores de muelas de ", P(kid.first()), "."]),
                       (A, ["ya no, desde que le quitaron el aparato está en paz jaja"])]),
        (0.3, lambda: [(A, ["ah y mi madre ", P(mom.full()), " también quiere revisión, ¿le paso vuestro número?" if not mx else " también quiere revisión, ¿le paso su número?"]),
                       (C, ["Sí claro, que llame al ", PH(site.tel), " o que escriba aquí 🙂"])]),
        (0.25, lambda: [(A, DELETED["es"])]),
        (0.45, lambda: [(A, rng.choice([["llegamos 10 min tarde, se ha ido la luz en el portal y no abre el garaje 🙈"],
                                        ["vamos tarde, hay un tráfico horrible en ", rng.choice(["Insurgentes", "Periférico", "la Castellana", "la M-30", "el centro"])]]))]),
        (1, lambda: [(C, [rng.choice(["Sin problema", "No pasa nada", "Ok, sin problema"]), ", os esperamos. " if not mx else ", aquí los esperamos. ", P(rec.first())])]),
        (0.6, lambda: [(A, ["gracias ", P(rec.first().lower() if rng.random() < 0.5 else rec.nick(rng)), rng.choice([" 😘", "!", " 🙏", ""])])]),
    ], scale=1)
    render_chat(d, rng, fmt, "es", title, msgs, rdate(rng))
    return d

def t_cl_crm_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    rec2 = c.new(STAFF[reg], "f")
    kid = c.child(pat, sp)
    L = lambda s: typo(rng, s)
    low = lambda s: deacc(s).lower() if rng.random() < 0.5 else s.lower()
    d.add(rng.choice(["Notas de llamadas – ", "Registro CRM · ", "Observaciones paciente - "]), P(pat.table().upper() if rng.random() < 0.4 else pat.full()), " – ",
          CI(cid_pat(rng, reg)), "\n\n")
    ent = [
        lambda: [L("llama la sra " if pat.gender == "f" else "llama el sr "), P(low(pat.sur())), L(" x su cita del martes, dice q no puede, reprogramar con dra "), P(low(dent.sur()))],
        lambda: [L("pac. refiere dolores en la muela 36 desde el finde, le doy hueco urgencias mñn 9h")],
        lambda: [L("su hijo " if kid.gender == "m" else "su hija "), P(low(kid.first())), L(" tb quiere cita de orto, le paso con la dra " if dent.gender == "f" else " tb quiere cita de orto, le paso con el dr "), P(low(dent.sur()))],
        lambda: [L("no contesta al "), PH(ph_es(rng, True) if reg == "es" else ph_mx(rng)), L(" - dejo msj en buzon")],
        lambda: [L("envio presupuesto a "), EM(email_for(rng, pat, DOM_ES if reg == "es" else DOM_MX))],
        lambda: [L("dice que viene recomendada por "), P(low(c.new(PAT[reg]).full()))],
        lambda: [L("aseguradora "), O(rng.choice(INS_ES if reg == "es" else INS_MX).lower()), L(" rechaza autorizacion, poliza "), CI(cid_pol(rng))],
        lambda: [L("cambio de domicilio: "), AD(low(es_addr(rng).one if reg == "es" else mx_addr(rng).one))],
        lambda: [L("el marido (" if sp.gender == "m" else "la mujer ("), P(low(sp.first())), L(") pregunta si se puede fraccionar el pago del implante")],
        lambda: [L("se queja de q la ultima vez "), P(low(phys.first())), L(" llego tarde, ofrecer cambio de fisio")],
        lambda: [L("pago 200 en efvo, resta 350, recibo a nombre de "), P(low(sp.full()))],
        lambda: [L("paciente se va de viaje a "), rng.choice(["Lourdes", "Florencia", "Santiago", "La Paz", "Victoria"]), L(" dos semanas, retomar a la vuelta")],
        lambda: [L("no tiene dni todavia, "), rng.choice(["nie en tramite", "trae pasaporte"]), L(", apunto el de la madre "), NI(dni_es(rng) if reg == "es" else curp(rng, sp, rdob(rng)))],
        lambda: [L("recordar: el salon de espera da mucho sol por la tarde, bajar estor")],
    ]
    rng.shuffle(ent)
    day = rdate(rng)
    t = _dt.datetime(day.year, day.month, day.day, 9, 0)
    role = rng.choice(['recepción', 'RECEP2', 'admin']) if rng.random() < 0.45 else None
    for e in ent[:rng.randrange(3, 7)]:
        t = crm_next(rng, t)
        who = rng.choice([rec, rec2])
        d.add("%d/%d %02d:%02d " % (t.day, t.month, t.hour, t.minute))
        if role:
            d.add(role, " - ")
        elif rng.random() < 0.5:
            d.add("[", P(low(who.first())), "] ")
        else:
            d.add(P(low(who.first())), " - ")
        d.add(e(), "\n")
    return d


def t_cl_agenda_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c = Cast(rng)
    pros = [c.new(STAFF[reg]) for _ in range(3)]
    day = rdate(rng)
    sep = rng.choice([";", ";", "\t", ","])
    quote = sep == ","
    rooms = rng.random() < 0.4
    while day.weekday() == 6:
        day = day + timedelta(days=1)
    d.add("Agenda ", O(site.name), " – ", fd(rng, day, "es", 2), "\n")
    if reg == "mx":
        add_row(d, ["Fecha", "Hora", "Paciente", "Consultorio" if rooms else "Doctor(a)", "Tratamiento", "Celular", "Expediente", "Observaciones"], sep)
    else:
        add_row(d, ["Fecha", "Hora", "Paciente", "Gabinete" if rooms else "Profesional", "Tratamiento", "Teléfono", "Nº Historia", "Observaciones"], sep)
    for tm in sorted(rtime(rng) for _ in range(rng.randrange(3, 7))):
        p = c.new(PAT[reg])
        pr = rng.choice(pros)
        k = rng.randrange(5)
        pc = [P([p.table(), p.full(), p.full().upper(), p.table().upper(), p.short()][k])]
        if rooms:
            prc = [rng.choice(["Gabinete 1", "Gab. 2", "Box 3", "Sala fisio", "Consultorio 4"])]
        else:
            prc = [ttl(rng, pr, "es", True).strip() + " ", P(pr.sur())] if rng.random() < 0.6 else [P(pr.first())]
        ph = [PH(ph_es(rng, True) if reg == "es" else ph_mx(rng))] if rng.random() < 0.85 else [""]
        obs = rng.choice([[""], [""], [""], ["viene con su madre ", P(c.new(p.origin, "f").first())], ["paga ", O(rng.choice(INS_ES if reg == "es" else INS_MX))],
                          ["alergia látex"], ["llamar antes, no oye bien"], ["hermano de " if p.gender == "m" else "hermana de ", P(c.new(p.origin, "m").full())], ["primera visita"], ["dolores fuertes"],
                          ["derivado por ", ttl(rng, pr, "es", True), P(c.new(STAFF[reg]).sur())], ["NO SHOW x2"]])
        add_row(d, [dmy(day), tm, pc, prc, rng.choice(TREAT_ES), ph, [CI(cid_pat(rng, reg))], obs], sep, quote)
    return d


def t_cl_resena_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    if rng.random() < 0.55:
        k = rng.randrange(3)
        d.add(rng.choice([P(pat.full()), P(pat.sur_init()), P(pat.nick(rng))]), "\n", ["★★★★★", "★★★★☆", "★★★☆☆"][k], " · ",
              rng.choice(["hace 3 semanas", "hace un mes", "hace 2 días"]), "\n")
        d.add(["Muy content%s con el trato. " % oa(pat), "Genial todo el equipo. ", "Experiencia regular. "][k], ttl(rng, dent, "es", True), P(dent.sur()),
              " me explicó todo con mucha paciencia y ", P(rec.first()), " en recepción es un amor. ")
        d.add("Mi ", rel_es(sp), " ", P(sp.first()), " fue a fisio con ", P(phys.first()), " por los dolores de espalda y ha mejorado muchísimo. ")
        d.add(rng.choice(["La sala de espera es luminosa, da el sol toda la mañana.", "Lo único, el precio de la limpieza.", "Se nota que tienen vocación."]), "\n\n")
        d.add("Respuesta del propietario: ¡Gracias, ", P(pat.first()), "! Un abrazo para ", P(sp.first()), ". – Equipo ", O(site.short), "\n")
    else:
        day = rdate(rng)
        d.add("HOJA DE RECLAMACIÓN" if reg == "es" else "QUEJA PROFEPA / ATENCIÓN A CLIENTES", "\n")
        d.add("Establecimiento: ", O(site.legal), " (", O(site.name), ") – ", AD(site.addr), "\n")
        d.add("Reclamante: ", P(pat.full().upper() if rng.random() < 0.5 else pat.full()), "   ")
        lab, idv = id_es_patient(rng, pat, reg)
        d.add(lab, NI(idv), "\n")
        d.add("Domicilio: ", AD(es_addr(rng).one if reg == "es" else mx_addr(rng).one), "   Tel.: ", PH(ph_es(rng) if reg == "es" else ph_mx(rng)), "\n")
        d.add("Hechos: El día ", dmy(day), " acudí a una revisión con ", ttl(rng, dent, "es", True), P(dent.full()), " y se me cobró una endodoncia que no se realizó. ")
        d.add("Al pedir explicaciones, ", "la" if rec.gender == "f" else "el", " recepcionista (", P(rec.first()), ") me dijo que hablara con ",
              "la" if phys.gender == "f" else "el", " gerente, ", ttl(rng, phys, "es"), P(phys.sur()), ", que nunca está. ")
        d.add("Solicito la devolución de ", eur(rng.randrange(150, 500)) if reg == "es" else mxn(rng.randrange(2000, 9000)))
        if reg == "es":
            d.add(" en mi cuenta ", IB(iban(rng, "ES")))
        d.add(".\n")
        d.add("Nº historia / factura: ", CI(cid_pat(rng, reg)), " / ", CI(cid_inv(rng, reg)), "\n")
        d.add("Firma del reclamante: ", P(pat.init(rng)), "\n")
    return d


def t_cl_factura_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    day = rdate(rng)
    dob = rdob(rng)
    if reg == "es":
        d.add(O(site.legal), " · CIF ", site.cif, "\n", O(site.name), " · ", AD(site.addr), " · Tel. ", PH(site.tel), "\n\n")
        d.add(rng.choice(["FACTURA", "FACTURA SIMPLIFICADA", "FACTURA Nº"]), " ", CI(cid_inv(rng, reg)), "    Fecha: ", dmy(day), "\n\n")
        d.add("Cliente: ", P(pat.full().upper() if rng.random() < 0.4 else pat.full()), "\n")
        lab, idv = id_es_patient(rng, pat, reg, dob)
        d.add(lab, NI(idv), "\n", "Domicilio: ", AD(es_addr(rng).one), "\n", "Nº historia: ", CI(cid_pat(rng, reg)), "\n\n")
    else:
        d.add("CFDI 4.0 – Comprobante fiscal digital\nEmisor: ", O(site.legal), "  RFC emisor: ", site.cif, "  Régimen 601\n")
        cp = [w for w in site.addr.replace(",", " ").split() if len(w) == 5 and w.isdigit()]
        d.add("Lugar de expedición (C.P.): ", cp[0] if cp else "97000", "\n")
        d.add("Folio: ", CI(cid_inv(rng, reg)), "   Fecha: ", day.isoformat(), "T", rtime(rng), ":00\n\n")
        d.add("Receptor: ", P(pat.full().upper()), "\nRFC receptor: ", NI(rfc(rng, pat, dob)), "   Uso CFDI: D01 Honorarios médicos, dentales y gastos hospitalarios\n")
        d.add("Domicilio fiscal receptor: ", AD(mx_addr(rng).one), "\n", "Expediente: ", CI(cid_pat(rng, reg)), "\n\n")
    d.add("Concepto                                  Importe\n")
    tot = 0
    for it, pr in rng.sample([("Revisión y diagnóstico", 40), ("Limpieza bucal", 60), ("Empaste composite", 70), ("Endodoncia molar", 290),
                              ("Radiografía panorámica", 35), ("Sesión fisioterapia 50 min", 45), ("Punción seca", 30), ("Férula de descarga", 220)], rng.randrange(2, 5)):
        val = pr if reg == "es" else pr * 20
        d.add("%-40s  %s\n" % (it, eur(val) if reg == "es" else mxn(val)))
        tot += val
    if reg == "es":
        d.add("\nTotal: ", eur(tot), "  (Exento de IVA, art. 20.Uno.3º Ley 37/1992)\n")
        fp = rng.choice(["tarjeta", "transferencia", "transferencia", "Bizum", "efectivo", "domiciliación"])
        d.add("Forma de pago: ", fp)
        if fp == "transferencia":
            bk, ib = bank_and_iban(rng, "es")
            d.add(" a ", O(bk), " ", IB(ib))
        elif fp == "domiciliación":
            d.add(" en cuenta ", IB(iban(rng, "ES")))
        d.add("\n")
        if rng.random() < 0.5:
            d.add("Pagado por: ", P(sp.full()), " (", rel_es(sp), ")\n")
        d.add("Profesional: ", ttl(rng, dent, "es", True), P(dent.full()), "\n")
    else:
        d.add("\nSubtotal: ", mxn(tot), "   IVA exento   Total: ", mxn(tot), " MXN\n")
        d.add("Forma de pago: 04 Tarjeta de crédito   Método: PUE\n")
        d.add("Atendió: ", ttl(rng, dent, "es", True), P(dent.full()), "\n")
    return d


def t_cl_ficha_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    dob = rdob(rng, 1940, 2012)
    tutor = None
    if dob.year > 2007:
        tutor = c.new(pat.origin, "f")
    U = lambda s: s.upper()
    d.add(U(site.name), " – FICHA DE PACIENTE / ALTA\n", "-" * 44, "\n")
    if rng.random() < 0.5:
        d.add("NOMBRE: ", P(U(pat.given)), "\n", "PRIMER APELLIDO: ", P(U(pat.surnames[0])), "\n")
        if len(pat.surnames) > 1:
            d.add("SEGUNDO APELLIDO: ", P(U(pat.surnames[1])), "\n")
    else:
        d.add("APELLIDOS Y NOMBRE: ", P(U(pat.table())), "\n")
    d.add("FECHA NAC.: ", dmy(dob), "   SEXO: ", "H" if pat.gender == "m" else "M", "\n")
    lab, idv = id_es_patient(rng, pat, reg, dob)
    d.add(U(lab), NI(idv), "\n")
    d.add("DOMICILIO: ", AD(U(es_addr(rng).one if reg == "es" else mx_addr(rng).one)), "\n")
    d.add("TELÉFONO: ", PH(ph_es(rng) if reg == "es" else ph_mx(rng)), "   MÓVIL: ", PH(ph_es(rng, True) if reg == "es" else ph_mx(rng)), "\n")
    d.add("E-MAIL: ", EM(U(email_for(rng, pat, DOM_ES if reg == "es" else DOM_MX))), "\n")
    if tutor:
        d.add("TUTOR/A LEGAL: ", P(U(tutor.full())), "  (MADRE)  ", "DNI " if reg == "es" else "CURP ", NI(dni_es(rng) if reg == "es" else curp(rng, tutor, rdob(rng, 1970, 1990))), "\n")
    d.add("PERSONA DE CONTACTO: ", P(U(sp.full())), " – ", PH(ph_es(rng, True) if reg == "es" else ph_mx(rng)), "\n")
    d.add("MUTUA / ASEGURADORA: " if reg == "es" else "ASEGURADORA: ", O(U(rng.choice(INS_ES if reg == "es" else INS_MX))), "   Nº PÓLIZA: ", CI(cid_pol(rng)), "\n")
    d.add("¿CÓMO NOS CONOCIÓ?: ", rng.choice([["RECOMENDACIÓN DE ", P(U(c.new(PAT[reg]).full()))], ["INTERNET"], ["DOCTORALIA"], ["PASABA POR LA CALLE"]]), "\n")
    d.add("ANTECEDENTES: ", rng.choice(["HTA, ALERGIA A PENICILINA", "NINGUNO", "DIABETES TIPO 2", "ANTICOAGULADO (SINTROM)", "EMBARAZO 20 SEM."]), "\n")
    if reg == "es":
        d.add("DOMICILIACIÓN BANCARIA (IBAN): ", IB(iban(rng, "ES")), "   TITULAR: ", P(U(pat.full() if rng.random() < 0.6 else sp.full())), "\n")
    d.add("FIRMA: ________   ", P(U(pat.init(rng))), "\n")
    d.add("USO INTERNO – Nº HISTORIA: ", CI(cid_pat(rng, reg)), "  ALTA POR: ", P(U(rec.first())), "  PROF. ASIGNADO: ", ttl(rng, dent, "es", True).upper(), P(U(dent.sur())), "\n")
    return d


def t_cl_buzon_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    d.add("Buzón de voz – ", O(site.name), " – transcripción automática\n\n")
    order = rng.sample(range(4), 4)
    for i in range(rng.randrange(2, 4)):
        p = pat if i == 0 else c.new(PAT[reg])
        num = ph_es(rng) if reg == "es" else ph_mx(rng)
        d.add("[", dmy(rdate(rng)), " ", rtime(rng, 7, 22), "] ", PH(num), "\n\"")
        k = order[i]
        if k == 0:
            d.add("Hola buenos días, soy ", P(p.full()), ", eh, llamaba porque tenía cita con ", rng.choice(["el doctor ", "la doctora "]), P(dent.sur()),
                  " el ", rng.choice(DAY_ES[:5]), " y no voy a poder ir, me llaman al ", PH(num), ", gracias.")
        elif k == 1:
            d.add("Sí, hola, mire, le llamo de parte de mi madre, ", P(c.new(p.origin, "f").full()), ", que tiene muchos dolores desde que le pusieron la corona, a ver si la puede ver ",
                  P(dent.first()), " esta semana. Su número de paciente es el ", CI(cid_pat(rng, reg)), ". Gracias.")
        elif k == 2:
            d.add("Buenas tardes, hablo de ", O(rng.choice(LABS[reg])), ", para ", P(rec.first()), ", que ya tenemos listo el trabajo de ", ttl(rng, p, "es"), P(p.sur()),
                  ", pasamos mañana a dejarlo. Hasta luego.")
        else:
            d.add("Qué tal, habla ", P(p.nick(rng)), " ", P(p.sur()), ", oiga, me llegó un cobro doble en la tarjeta, ", eur(95) if reg == "es" else mxn(1850),
                  " dos veces, a ver si me pueden regresar uno. Mi correo es ", EM(email_for(rng, p, DOM_ES if reg == "es" else DOM_MX)), ". Gracias.")
        d.add("\"\n", maybe(rng, 0.5, lambda: ["Asignado a: ", P(rec.first()), " – "]), rng.choice(["devuelta la llamada", "pendiente", "resuelto"]), "\n\n")
    return d


def t_cl_sms_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "mx"])
    site = Site(rng, reg)
    c = Cast(rng)
    pros = [c.new(STAFF[reg]) for _ in range(2)]
    day = rdate(rng)
    d.add("Recordatorios SMS enviados – ", O(site.short), " – ", dmy(day), "\n")
    add_row(d, ["destinatario", "nombre", "estado", "mensaje"], ";")
    for _ in range(rng.randrange(3, 6)):
        p = c.new(PAT[reg])
        pr = rng.choice(pros)
        num = (ph_es(rng, True) if reg == "es" else ph_mx(rng)).replace(" ", "")
        k = rng.randrange(3)
        if k == 0:
            msg = [O(site.short), ": Hola ", P(p.first()), ", le recordamos su cita mañana a las ", rtime(rng), " con ", ttl(rng, pr, "es", True), P(pr.sur()),
                   ". Responda SI para confirmar."]
        elif k == 1:
            msg = ["Estimad", oa(p), " ", ttl(rng, p, "es"), P(p.sur()), ", su cita del ", fd(rng, day + timedelta(days=3), "es", 3), " ha sido confirmada. ",
                   O(site.name), " ", PH(site.tel)]
        else:
            msg = [P(p.nick(rng)), ", tus alineadores ya están listos 😁 Pásate cuando quieras. Ref ", CI(cid_pat(rng, reg))]
        add_row(d, [[PH(num)], [P(p.table() if rng.random() < 0.5 else p.full())], rng.choice(["ENTREGADO", "ENVIADO", "ERROR"]), msg], ";")
    return d


def t_cl_acta_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c = Cast(rng)
    asis = [c.new(STAFF[reg]) for _ in range(rng.randrange(4, 5))]
    exc = [c.new(STAFF[reg]) for _ in range(rng.randrange(1, 3))]
    day = rdate(rng)
    pat = c.new(PAT[reg])
    d.add("ACTA DE REUNIÓN – ", O(site.name), "\nFecha: ", fd(rng, day, "es", 1), "   Hora: ", rtime(rng, 13, 16), "\n\n")
    d.add("Asistentes: ")
    for i, a in enumerate(asis):
        d.add(", " if i else "", ttl(rng, a, "es", True) if i < 2 else "", P(a.full() if rng.random() < 0.7 else a.short()))
    d.add("\nExcusan asistencia: " if reg == "es" else "\nAusentes: ", [[", " if i else "", P(e.full())] for i, e in enumerate(exc)], "\n")
    d.add("Invitado: ", P(c.new(STAFF[reg]).full()), " (", O(rng.choice(SUPPL)), ")\n\n")
    tp = ttl(rng, pat, "es")
    d.add("Orden del día\n1. Reclamación ", "de " if tp.startswith(("D.", "Dña")) else ("del " if pat.gender == "m" else "de la "), tp, P(pat.full()), " (", CI(cid_pat(rng, reg)), "). ", P(asis[0].first()),
          " explica lo sucedido; se acuerda ofrecer la revisión gratuita. Responde ", P(asis[1].first()), ".\n")
    d.add("2. Turnos de verano. ", P(asis[2].first()), " pide vacaciones del 1 al 15 de agosto; le sustituye ", P(asis[3].first()), ".\n")
    d.add("3. Proveedores. Se cambia de laboratorio a ", O(rng.choice(LABS[reg])), " por los retrasos. Presupuesto de ", O(rng.choice(SUPPL)), " aprobado.\n")
    d.add("4. Instalaciones. Se funde la luz del gabinete 3 con frecuencia; ", P(asis[-1].first()), " llamará al electricista. Se ha agrietado el pilar de la entrada.\n")
    d.add("5. Ruegos y preguntas. Se felicita al equipo por la jornada de puertas abiertas.\n\n")
    d.add("Sin más asuntos, se levanta la sesión. Redacta el acta: ", P(rng.choice(asis).full()), ".\n")
    return d


def t_cl_presupuesto_es(rng):
    d = Doc("es")
    reg = rng.choice(["es", "es", "mx"])
    site = Site(rng, reg)
    c, pat, sp, dent, phys, rec = es_people(rng, reg)
    ins = rng.choice(INS_ES if reg == "es" else INS_MX)
    day = rdate(rng)
    d.add(O(site.name), "\nPRESUPUESTO Nº ", CI("PRE-%d-%04d" % (day.year, rng.randrange(1, 9999))), "   Fecha: ", dmy(day), "   Validez: 3 meses\n\n")
    d.add("Paciente: ", ttl(rng, pat, "es"), P(pat.full()), "   Nº historia: ", CI(cid_pat(rng, reg)), "\n")
    d.add("Aseguradora: ", O(ins), "   Póliza: ", CI(cid_pol(rng)), "   Titular: ", P(sp.full() if rng.random() < 0.5 else pat.full()), "\n")
    d.add("Doctor/a: ", ttl(rng, dent, "es", True), P(dent.full()), "\n\n")
    tot = 0
    for pieza, tr, pr in rng.sample([("46", "Implante + corona", 1290), ("36", "Endodoncia", 280), ("21", "Carilla de porcelana", 420), ("-", "Ortodoncia invisible (Invisalign)", 3600),
                                     ("15", "Reconstrucción", 85), ("-", "Blanqueamiento", 300), ("-", "Fisioterapia ATM x6", 270)], 3):
        val = pr if reg == "es" else pr * 19
        d.add("Pieza %-3s  %-34s %s\n" % (pieza, tr, eur(val) if reg == "es" else mxn(val)))
        tot += val
    d.add("\nTotal: ", eur(tot) if reg == "es" else mxn(tot), "   Cubierto por ", O(ins), ": ", eur(tot * 0.2) if reg == "es" else mxn(tot * 0.2), "\n")
    d.add("Financiación: 12 meses sin intereses.")
    if reg == "es" and rng.random() < 0.6:
        d.add(" Cuotas domiciliadas en la cuenta ", IB(iban(rng, "ES")), " (titular: ", P(pat.full() if rng.random() < 0.5 else sp.full()), ").")
    d.add("\n\n")
    lab, idv = id_es_patient(rng, pat, reg)
    d.add("Acepto el presupuesto: ", P(pat.full()), "  ", lab, NI(idv), "\n")
    return d


# ===========================================================================
# LETTING - ARGENTINA (Spanish, rioplatense)
# ===========================================================================
class AgAR:
    def __init__(self, rng):
        self.legal, self.short, self.domain = rng.choice(AR_AGENCY)
        self.office = ar_addr(rng).one
        self.tel = ph_ar(rng)
        self.mail = rng.choice(["administracion", "alquileres", "info", "reclamos"]) + "@" + self.domain


def ar_ids(rng, p, dob=None):
    """List of (label text, id) for a person in an Argentine file."""
    if p.origin in ("py", "andean", "kr", "cn") or (p.origin == "pt" and rng.random() < 0.5):
        n = rng.randrange(92000000, 96500000)
        out = [("DNI ", fmt_ar_dni(rng, n))]
        cu = cuit(rng, n, p.gender)
        if cu:
            out.append((rng.choice(["CUIL ", "CUIT "]), cu))
        return out
    if p.origin == "es" and rng.random() < 0.6:
        return [("Pasaporte español ", passport(rng, "es"))]
    if p.origin == "mapu" and rng.random() < 0.3:
        return [("RUT (Chile) ", rut(rng))]
    for _ in range(20):
        n = dni_ar_num(rng, dob)
        cu = cuit(rng, n, p.gender)
        if cu:
            return [("DNI ", fmt_ar_dni(rng, n)), (rng.choice(["CUIT ", "CUIL ", "CUIT/CUIL "]), cu)]
    return [("DNI ", fmt_ar_dni(rng, n))]


def ar_people(rng, n_ten=1):
    c = Cast(rng)
    tens = [c.new(ARLET) for _ in range(n_ten)]
    ll = c.new(["ar", "ar", "it", "arm", "jew", "leb", "es"])
    adm = c.new(["ar", "ar", "ar", "mapu", "py"])
    return c, tens, ll, adm


def t_ar_contrato(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, rng.choice([1, 1, 2]))
    gar = c.new(ARLET)
    esc = c.new(["ar", "jew", "it"], "f")
    prop = ar_addr(rng)
    day = rdate(rng)
    rent = rng.choice([380000, 450000, 520000, 610000, 700000, 850000])
    d.add("CONTRATO DE LOCACIÓN DE INMUEBLE CON DESTINO A VIVIENDA\n", "Expediente interno: ", CI(cid_ar(rng, "contrato")), "\n\n")
    d.add("En la Ciudad Autónoma de Buenos Aires, a los ", str(day.day), " días del mes de ", MON_ES[day.month - 1], " de ", str(day.year), ", entre ")
    U = rng.random() < 0.5
    d.add(ttl(rng, ll, "es"), P(ll.full().upper() if U else ll.full()))
    for lab, v in ar_ids(rng, ll, rdob(rng, 1945, 1975)):
        d.add(", ", lab, NI(v))
    d.add(", con domicilio en ", AD(ar_addr(rng).one), ", en adelante \"EL LOCADOR\", representado en este acto por ", O(ag.legal), ", y ")
    for i, t in enumerate(tens):
        if i:
            d.add(" y ")
        d.add(ttl(rng, t, "es"), P(t.full().upper() if U else t.full()))
        for lab, v in ar_ids(rng, t, rdob(rng, 1975, 2002)):
            d.add(", ", lab, NI(v))
    d.add(", con domicilio constituido en el inmueble locado, en adelante \"LA PARTE LOCATARIA\", convienen lo siguiente:\n\n")
    d.add("PRIMERA – OBJETO: EL LOCADOR da en locación el inmueble sito en ", AD(prop.one), ", con destino exclusivo de vivienda familiar.\n")
    d.add("SEGUNDA – PLAZO: ", rng.choice(["dos (2) años", "tres (3) años", "veinticuatro (24) meses"]), " a partir del ", fd(rng, day + timedelta(days=rng.randrange(1, 20)), "es", 1), ".\n")
    d.add("TERCERA – PRECIO: ", ars(rent), " mensuales, ajustables cada ", rng.choice(["tres", "cuatro", "seis"]), " meses según ", rng.choice(["ICL", "IPC (INDEC)", "Casa Propia"]),
          ", pagaderos del 1 al 10 de cada mes en las oficinas de la administradora, ", AD(ag.office), ", o por transferencia a la cuenta del LOCADOR en ", O(rng.choice(BANK["ar"])), ".\n")
    d.add("CUARTA – DEPÓSITO: la suma equivalente a un mes de alquiler, que será devuelta al finalizar la locación.\n")
    if rng.random() < 0.55:
        d.add("QUINTA – GARANTÍA: se constituye en fiador solidario ", ttl(rng, gar, "es"), P(gar.full()))
        for lab, v in ar_ids(rng, gar, rdob(rng, 1950, 1985)):
            d.add(", ", lab, NI(v))
        d.add(", propietari", oa(gar), " del inmueble de ", AD(ar_addr(rng).one), ".\n")
    else:
        g = rng.choice(AR_GAR)
        d.add("QUINTA – GARANTÍA: seguro de caución emitido por ", O(g), ", póliza Nº ", CI(cid_ar(rng, "poliza")), ".\n")
    d.add("SEXTA – SERVICIOS: serán a cargo de la parte locataria los servicios de luz (", O(rng.choice(AR_UTIL[:2])), "), gas (", O(rng.choice(["Metrogas", "Naturgy BAN"])),
          "), agua (", O("AySA"), ") y las expensas ordinarias.\n")
    d.add("SÉPTIMA – El inmueble se entrega con termotanque Rheem y cocina Longvie en funcionamiento. La locataria declara conocer que el living tiene buen sol por la tarde y un pilar estructural que no puede ser modificado.\n\n")
    d.add("En prueba de conformidad se firman tres ejemplares de un mismo tenor.\n\n")
    d.add("_____________  ", P(ll.init(rng).upper()), " (LOCADOR)\n")
    for t in tens:
        d.add("_____________  ", P(t.init(rng).upper() if U else t.init(rng)), " (LOCATARIA)\n" if t.gender == "f" else " (LOCATARIO)\n")
    d.add("Certifico las firmas: Esc. ", P(esc.full()), ", titular del Registro Notarial Nº ", str(rng.randrange(100, 2000)), "\n")
    d.add("Gestor: ", P(adm.full()), " – ", O(ag.short), " – ", PH(ag.tel), "\n")
    return d


def t_ar_reclamo(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, 1)
    t0 = tens[0]
    vec = c.new(ARLET)
    plom = c.new(["ar", "py", "it"], "m")
    prop = ar_addr(rng)
    rec = cid_ar(rng, "reclamo")
    tmail = email_for(rng, t0, DOM_AR)
    amail = staff_email(rng, adm, ag.domain)
    day = rdate(rng)
    prob = rng.choice([("Pérdida de agua en el baño", "sigue la pérdida de agua en el baño, ya se hinchó el parquet del pasillo"),
                       ("Calefón no enciende", "el calefón Orbis no prende desde el domingo y estamos sin agua caliente"),
                       ("Humedad en dormitorio", "la humedad del dormitorio volvió a aparecer, está todo el placard manchado"),
                       ("Portero eléctrico", "el portero eléctrico no funciona y no escuchamos el timbre"),
                       ("Corte de luz", "se corta la luz cada vez que prendemos el aire, salta la térmica")])
    d.add("De: ", person_disp(rng, t0, "es"), "<", EM(tmail), ">\n", "Para: ", EM(ag.mail), "\n")
    d.add("CC: ", P(adm.full()), " <", EM(amail), ">\n")
    d.add("Asunto: ", prob[0], " – ", AD(prop.short), " (reclamo ", CI(rec), ")\n\n")
    d.add(rng.choice(["Hola ", "Buenas ", "Buen día "]), P(adm.first() if rng.random() < 0.6 else adm.nick(rng)), ", ¿cómo estás?\n\n")
    d.add("Te escribo otra vez porque ", prob[1], ". ")
    d.add("La vecina del " if vec.gender == "f" else "El vecino del ", str(rng.randrange(1, 9)), "° (", ttl(rng, vec, "es"), P(vec.sur()),
          ") dice que a ", "ella" if vec.gender == "f" else "él", " también le pasa.\n")
    d.add(rng.choice(["Mañana estoy todo el día", "El jueves estoy desde las 14", "Estoy de home office toda la semana"]), ", mi celular es ", PH(ph_ar(rng)), ".\n")
    if rng.random() < 0.5:
        d.add("Espero que lo puedan resolver antes del fin de semana porque viene mi ", rng.choice(["vieja", "hermana", "suegra"]), " ", P(c.new(t0.origin, "f").first()), " de ",
              rng.choice(["Rosario", "Córdoba", "Santiago del Estero", "Paraná", "Mendoza"]), ".\n")
    d.add("\n")
    d.add(rng.choice(["Saludos,", "Gracias!", "Abrazo,", "Quedo atenta," if t0.gender == "f" else "Quedo atento,"]), "\n", P(t0.nick(rng) if rng.random() < 0.5 else t0.full()), "\n")
    d.add("\nEl ", fd(rng, day, "es", 1), ", a las ", rtime(rng), ", ", P(adm.full()), " <", EM(amail), "> escribió:\n")
    d.add("> Hola ", P(t0.first()), ", ya le avisé a ", O(rng.choice(AR_CONTR[:3])), ". Va a ir ", P(plom.first()), " el ", rng.choice(DAY_ES[:5]), " entre las 9 y las 13.\n")
    if rng.random() < 0.5:
        d.add("> Si no estás, dejale las llaves al encargado, ", P(c.new(["ar", "py"], "m").first()), ".\n")
    else:
        d.add("> Le informo también al propietario, ", ttl(rng, ll, "es"), P(ll.sur()), ".\n")
    d.add("> Saludos,\n> ", P(adm.first()), "\n> ", O(ag.legal), " | ", PH(ag.tel), "\n")
    return d


def t_ar_chat(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, 2)
    t0, t1 = tens
    prop = ar_addr(rng)
    fmt = rng.choice(["and_ar", "ios_es", "and_ar", "tg"])
    owner_chat = rng.random() < 0.5
    A = speaker(rng, t0, ("nick", "first", "full", "nick"))
    B = [P(ll.full())] if owner_chat else ([P(adm.first()), " ", O(ag.short)] if rng.random() < 0.5 else [P(adm.full())])
    if rng.random() < 0.3:
        A = [PH(ph_ar(rng))]
    title = B if rng.random() < 0.6 else A
    nk = t0.nick(rng)

    def b_fix():
        m = []
        if rng.random() < 0.6:
            m.append((A, "MEDIA"))
        m += [(B, ["Uh qué macana. Le paso tu número a ", P(c.new(["ar", "py"], "m").nick(rng)), " de ", O(rng.choice(AR_CONTR)), ", ¿te parece?"]),
              (A, ["dale, el mío es ", PH(ph_ar(rng))])]
        return m

    def b_rent():
        m = [(A, ["y otra cosa, este mes el alquiler lo transfiere ", P(t1.first().lower() if rng.random() < 0.5 else t1.first()), " porque yo ando con el sueldo atrasado"]),
             (B, ["No hay drama. Acordate que con el ajuste queda en ", ars(rng.choice([480000, 560000, 640000])), " a partir de ", MON_ES[rng.randrange(12)]])]
        if rng.random() < 0.4:
            m.append((A, ["sí sí, me avisó ", P(c.new(ARLET).first()), " de la inmobiliaria"]))
        if rng.random() < 0.6:
            m.append((B, ["Mandame el comprobante a ", EM(ag.mail if not owner_chat else email_for(rng, ll, DOM_AR)), " así lo cargo con tu código ", CI(cid_ar(rng, "inquilino"))]))
        return m

    msgs = run_msgs(rng, [
        (1, lambda: [(A, [rng.choice(["Hola ", "Buenas ", "hola "]), P(ll.first() if owner_chat else adm.first()), ", ", rng.choice(["cómo andás?", "todo bien?", "disculpá la hora"]),
                          " te escribo por el depto de ", AD(prop.short)]),
                     (B, ["Hola ", P(nk if rng.random() < 0.5 else t0.first()), "! Decime"]),
                     (A, [rng.choice(["el calefón no anda de nuevo 😩", "se cortó la luz en todo el piso", "hay una mancha de humedad enorme en el techo del baño",
                                      "el ascensor está parado desde el viernes"])])]),
        (0.75, b_fix),
        (0.55, b_rent),
        (0.4, lambda: [(A, ["ah, la vecina del 4° B, la señora ", P(c.new(ARLET, "f").sur()), ", pregunta si se alquila la cochera"]),
                       (B, ["Que me llame al ", PH(ph_ar(rng)), " y lo vemos"])]),
        (0.25, lambda: [(B, [DELETED["es"]])]),
        (1, lambda: [(A, [rng.choice(["gracias!!", "mil gracias", "genial, gracias", "👍"])])]),
        (0.5, lambda: [(B, ["De nada ", P(nk.lower() if rng.random() < 0.4 else nk), ", que tengan buen fin de semana. Aprovechen que sale el sol ☀️"])]),
    ], scale=1)
    render_chat(d, rng, fmt, "es", title, msgs, rdate(rng))
    return d

def t_ar_planilla(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c = Cast(rng)
    sep = rng.choice(["\t", "\t", ";"])
    d.add(O(ag.short), " – planilla de contratos vigentes (", MON_ES[rng.randrange(12)], ")\n")
    add_row(d, ["Código", "Inmueble", "Inquilino/a", "DNI/CUIT", "Garante", "Propietario", "Alquiler", "Vto. contrato", "Obs."], sep)
    for _ in range(rng.randrange(3, 5)):
        t = c.new(ARLET)
        ids = ar_ids(rng, t)
        idv = ids[-1][1] if len(ids) > 1 and rng.random() < 0.5 else ids[0][1]
        g = rng.random()
        if g < 0.35:
            gc = [P(c.new(ARLET).table())]
        elif g < 0.8:
            gc = ["caución ", O(rng.choice(AR_GAR))]
        else:
            gc = [""]
        ll = c.new(["ar", "it", "arm", "jew", "leb"])
        tc = [P(rng.choice([t.table(), t.full(), t.full().upper()]))]
        obs = rng.choice([[""], [""], [""], [""], ["debe expensas"], ["tel. ", PH(ph_ar(rng))], ["renueva"], ["mascota (perro)"], ["hablar con ", P(c.new(ARLET).first())], ["UF 12 – cochera"], ["paga ", P(c.new(ARLET).full())]])
        add_row(d, [[CI(cid_ar(rng, "inquilino"))], [AD(ar_addr(rng).short)], tc, [NI(idv)], gc, [P(ll.table() if rng.random() < 0.6 else ll.full())],
                    ars(rng.choice([350000, 420000, 480000, 530000, 690000])), dmy(rdate(rng, (2025, 3, 1), 800)), obs], sep)
    return d


def t_ar_acta(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c = Cast(rng)
    prop = ar_addr(rng)
    pres = [c.new(ARLET) for _ in range(4)]
    aus = [c.new(ARLET) for _ in range(rng.randrange(1, 3))]
    adm = c.new(["ar"])
    day = rdate(rng)
    bld = "%s %d, %s, CABA" % (rng.choice(AR_STREETS), rng.randrange(100, 6000), rng.choice(AR_BARRIOS))
    ufs = rng.sample(range(1, 40), 12)
    d.add("ACTA DE ASAMBLEA ORDINARIA DE PROPIETARIOS\nEdificio: ", AD(bld), "\nAdministración: ", O(ag.legal), "\n\n")
    d.add("En la Ciudad de Buenos Aires, a los ", str(day.day), " días de ", MON_ES[day.month - 1], " de ", str(day.year), ", siendo las 19:30 horas, se reúnen en el SUM del edificio los siguientes propietarios:\n")
    d.add("Presentes: ")
    for i, p in enumerate(pres):
        d.add(", " if i else "", P(p.full() if rng.random() < 0.7 else p.table()), " (UF ", str(ufs[i]), ")")
    d.add("\nAusentes con aviso: ", [[", " if i else "", P(a.full())] for i, a in enumerate(aus)], "\n")
    d.add("Preside: ", ttl(rng, pres[0], "es"), P(pres[0].sur()), ". Actúa como secretari", oa(pres[1]), ": ", P(pres[1].full()), ". Por la administración: ", rng.choice(["Cdor. " if adm.gender == "m" else "Cdora. ", "Lic. ", "Sr. " if adm.gender == "m" else "Sra. "]), P(adm.full()), ".\n\n")
    d.add("1) Expensas. ", P(adm.first()), " informa una deuda de ", ars(rng.randrange(300000, 2500000)), " de la UF ", str(ufs[-1]), " (", P(c.new(ARLET).full()), "). Se aprueba iniciar gestión de cobro.\n")
    d.add("2) Ascensor. Se aprueba el presupuesto de ", O(rng.choice(["Ascensores Boedo S.A.", "Ascensores Coln S.R.L."])), ". ", P(pres[2].first()), " pide que se pinte también el palier.\n")
    d.add("3) Encargado. Se informa que ", P(c.new(["ar", "py", "andean"], "m").full()), " toma licencia; lo reemplaza ", P(c.new(["ar", "py"]).first()), ".\n")
    d.add("4) Seguridad. ", ttl(rng, pres[3], "es"), P(pres[3].sur()), " propone cambiar la cerradura de la puerta de entrada; se encarga a ", O(rng.choice(AR_CONTR[1:2] + AR_CONTR[5:])), ".\n")
    d.add("5) Varios. Se deja constancia de que los corredores no tienen luz desde hace una semana (", O(rng.choice(AR_UTIL[:2])), " reclamo Nº ", CI(cid_ar(rng, "reclamo")), ").\n\n")
    d.add("No habiendo más temas, se levanta la sesión a las 21:10. Firman: ", P(pres[0].init(rng)), ", ", P(pres[1].init(rng)), ".\n")
    return d


def t_ar_crm(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, 1)
    t0 = tens[0]
    adm2 = c.new(["ar"])
    adm3 = c.new(["ar", "ar", "py"])
    gar = c.new(ARLET)
    L = lambda s: typo(rng, s)
    low = lambda s: deacc(s).lower() if rng.random() < 0.5 else s.lower()
    d.add("Seguimiento inquilino – ", P(t0.table()), " – ", CI(cid_ar(rng, "inquilino")), "\n\n")
    ent = [
        lambda: [L("llamo "), P(low(t0.nick(rng))), L(" x la perdida del baño, mando a "), O(low(rng.choice(AR_CONTR[:3])))],
        lambda: [L("hable con el garante "), P(low(gar.full())), L(", dice q el viernes transfiere la diferencia")],
        lambda: [L("prop. "), P(low(ll.sur())), L(" no quiere pagar el arreglo del calefon, q lo pague el inquilino")],
        lambda: [L("mando recibo de "), MON_ES[rng.randrange(12)], L(" a "), EM(email_for(rng, t0, DOM_AR))],
        lambda: [L("no atiende el "), PH(ph_ar(rng)), L(", le dejo audio x wsp")],
        lambda: [L("se muda a "), AD(low(ar_addr(rng).one)), L(", pide devolucion del deposito")],
        lambda: [L("reclamo "), CI(cid_ar(rng, "reclamo")), L(" cerrado, el tano cambio el flexible")],
        lambda: [L("la madre ("), P(low(c.new(t0.origin, "f").first())), L(") viene a dejar el efectivo el lunes")],
        lambda: [L("pasarle a "), P(low(adm3.first())), L(" la renovacion, vence en "), MON_ES[rng.randrange(12)]],
        lambda: [L("inquilino dice q hay un ruido terrible del vecino del 5, sra "), P(low(c.new(ARLET, "f").sur()))],
        lambda: [L("se fue la luz en todo el edificio, avise a "), O(low(rng.choice(AR_UTIL[:2])))],
        lambda: [L("poliza caucion "), O(low(rng.choice(AR_GAR))), L(" nro "), CI(cid_ar(rng, "poliza")), L(" vence el mes q viene")],
    ]
    rng.shuffle(ent)
    day = rdate(rng)
    t = _dt.datetime(day.year, day.month, day.day, 9, 0)
    role = rng.choice(['ADMIN', 'alquileres', 'mostrador']) if rng.random() < 0.45 else None
    for e in ent[:rng.randrange(3, 7)]:
        t = crm_next(rng, t)
        who = rng.choice([adm, adm2])
        tag = role if role else [P(who.first().upper() if rng.random() < 0.3 else low(who.first()))]
        d.add("%02d/%02d %02d:%02d " % (t.day, t.month, t.hour, t.minute), tag, ": ", e(), "\n")
    return d


def t_ar_buzon(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, 3)
    d.add("Mensajes de voz – ", O(ag.short), " (transcripción)\n\n")
    order = rng.sample(range(3), 3)
    for i in range(rng.randrange(2, 4)):
        t = tens[i]
        num = ph_ar(rng)
        d.add(dmy(rdate(rng)), " ", rtime(rng, 8, 22), " – ", PH(num), "\n\"")
        k = order[i]
        if k == 0:
            d.add("Hola, sí, habla ", P(t.full()), ", del departamento de ", AD(ar_addr(rng).short), ", eh, quería avisar que no tenemos gas desde ayer, si me pueden llamar al ", PH(num), ", gracias.")
        elif k == 1:
            d.add("Buenas tardes, soy ", ttl(rng, ll, "es"), P(ll.sur()), ", el propietario de " if ll.gender == "m" else ", la propietaria de ", AD(ar_addr(rng).short), ", necesito hablar con ", P(adm.first()),
                  " por la renovación del contrato ", CI(cid_ar(rng, "contrato")), ". Me voy a Florencia a fin de mes así que cuanto antes mejor.")
        else:
            d.add("Hola ", P(adm.nick(rng)), ", es ", P(t.nick(rng)), ", te dejo el mensaje porque no me atendés, el encargado ", P(c.new(["ar", "py"], "m").first()),
                  " dice que el plomero no vino, bueno, llamame, chau.")
        d.add("\"\n", maybe(rng, 0.5, lambda: ["Atendido por: ", P(rng.choice([adm.first(), c.new(["ar"]).first()])), "\n"]), "\n")
    return d


def t_ar_resena(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, 1)
    t0 = tens[0]
    good = rng.random() < 0.5
    d.add("Opiniones de Google – ", O(ag.legal), "\n")
    d.add(rng.choice([P(t0.full()), P(t0.sur_init()), P(t0.nick(rng))]), " · ", "★★★★★" if good else "★☆☆☆☆", " · hace ", rng.choice(["2 semanas", "un mes", "3 meses"]), "\n")
    if good:
        d.add("Excelente atención de ", P(adm.first()), " y de ", P(c.new(["ar"]).first()), ". Cuando se rompió el termotanque en pleno invierno lo solucionaron en el día. ",
              "El dueño, ", ttl(rng, ll, "es"), P(ll.sur()), ", un señor muy amable. Súper recomendables.\n\n")
    else:
        d.add("Un desastre. Hace dos meses que reclamo la devolución del depósito y ", P(adm.full()), " no contesta. La señora ", P(c.new(ARLET, "f").sur()),
              " de administración me cortó el teléfono. No alquilen con ", O(ag.short), ".\n\n")
    d.add("Respuesta del propietario: ", "¡Gracias " if good else "Hola ", P(t0.first()), "!" if good else ", lamentamos tu experiencia. Escribinos a ", "" if good else EM(ag.mail), "" if good else [" con tu código de inquilino ", CI(cid_ar(rng, "inquilino")), "."], "\n")
    return d


def t_ar_recordatorio(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c = Cast(rng)
    adm = c.new(["ar"])
    d.add("Envíos automáticos – vencimiento de alquiler – ", O(ag.short), "\n\n")
    for _ in range(rng.randrange(3, 5)):
        t = c.new(ARLET)
        d.add("→ ", PH(ph_ar(rng)), " | ", P(t.full() if rng.random() < 0.6 else t.table()), " | ", rng.choice(["enviado", "leído", "no entregado"]), "\n")
        k = rng.randrange(3)
        if k == 0:
            d.add("Hola ", P(t.first()), ", te recordamos que el alquiler de ", AD(ar_addr(rng).short), " vence el día 10. Importe: ", ars(rng.choice([420000, 510000, 575000])),
                  ". Código de pago ", CI(cid_ar(rng, "inquilino")), ". Saludos, ", P(adm.first()), " (", O(ag.short), ")\n\n")
        elif k == 1:
            d.add(ttl(rng, t, "es"), P(t.sur()), ": registramos un saldo pendiente de expensas. Por consultas: ", PH(ag.tel), " o ", EM(ag.mail), ".\n\n")
        else:
            d.add(P(t.nick(rng)), ", mañana pasa el gasista de ", O(rng.choice(AR_CONTR[2:3] + AR_CONTR[:1])), " entre 8 y 12 hs. ¡Gracias!\n\n")
    return d


def t_ar_solicitud(rng):
    d = Doc("es")
    ag = AgAR(rng)
    c, tens, ll, adm = ar_people(rng, 1)
    t0 = tens[0]
    gar = c.new(ARLET)
    ref = c.new(ARLET)
    U = lambda s: s.upper()
    dob = rdob(rng, 1970, 2003)
    d.add(U(ag.legal), "\nSOLICITUD DE ALQUILER – DATOS DEL POSTULANTE Y GARANTE\n\n")
    d.add("APELLIDO Y NOMBRES: ", P(U(t0.table())), "\n")
    for lab, v in ar_ids(rng, t0, dob):
        d.add(U(lab.strip()), ": ", NI(v), "\n")
    d.add("FECHA DE NACIMIENTO: ", dmy(dob), "   ESTADO CIVIL: ", rng.choice(["SOLTERA" if t0.gender == "f" else "SOLTERO", "CASADA" if t0.gender == "f" else "CASADO", "UNIÓN CONVIVENCIAL"]), "\n")
    d.add("DOMICILIO ACTUAL: ", AD(U(ar_addr(rng).one)), "\n")
    d.add("CELULAR: ", PH(ph_ar(rng)), "   E-MAIL: ", EM(U(email_for(rng, t0, DOM_AR))), "\n")
    d.add("EMPLEADOR: ", O(U(rng.choice(AR_EMPL))), "   ANTIGÜEDAD: ", str(rng.randrange(1, 15)), " AÑOS\n")
    d.add("INGRESOS NETOS: ", ars(rng.randrange(900000, 4000000)), "\n")
    d.add("GRUPO CONVIVIENTE: ", rng.choice([[P(U(c.new(t0.origin).full())), " (PAREJA)"], ["SOLA" if t0.gender == "f" else "SOLO"], [P(U(c.new(t0.origin).first())), " (HIJA, 6 AÑOS)"]]), "\n")
    d.add("REFERENCIA PERSONAL: ", P(U(ref.full())), " – ", PH(ph_ar(rng)), "\n\n")
    d.add("GARANTE: ", P(U(gar.full())), "\n")
    for lab, v in ar_ids(rng, gar):
        d.add(U(lab.strip()), ": ", NI(v), "\n")
    d.add("INMUEBLE EN GARANTÍA: ", AD(U(ar_addr(rng).one)), "   MATRÍCULA FR ", str(rng.randrange(1, 20)), "-", dg(rng, 5), "\n")
    d.add("\nFIRMA: ________  ACLARACIÓN: ", P(U(t0.init(rng))), "\n")
    d.add("USO INTERNO: recibió ", P(adm.first()), " – legajo ", CI(cid_ar(rng, "contrato")), "\n")
    return d


# ===========================================================================
# plan, validation, output
# ===========================================================================
PLAN_EN = [
    (t_cl_email_en, 5), (t_cl_referral_en, 3), (t_cl_chat_en, 3),
    (t_cl_crm_en, 3), (t_cl_csv_en, 2), (t_cl_review_en, 3),
    (t_cl_invoice_en, 4), (t_cl_form_en, 3), (t_cl_voicemail_en, 2),
    (t_cl_sms_en, 3), (t_cl_minutes_en, 1),
    (t_le_tenancy_en, 4), (t_le_repair_en, 5), (t_le_chat_en, 3),
    (t_le_rentroll_en, 3), (t_le_deposit_en, 5), (t_le_minutes_en, 2),
    (t_le_voicemail_en, 3), (t_le_inspection_en, 4), (t_le_sms_en, 3),
    (t_le_crm_en, 4), (t_le_review_en, 3), (t_le_refform_en, 4),
    (t_le_contrinv_en, 5),
]
PLAN_ES = [
    (t_cl_email_es, 5), (t_cl_informe_es, 5), (t_cl_chat_es, 4),
    (t_cl_crm_es, 4), (t_cl_agenda_es, 4), (t_cl_resena_es, 3),
    (t_cl_factura_es, 5), (t_cl_ficha_es, 4), (t_cl_buzon_es, 3),
    (t_cl_sms_es, 3), (t_cl_acta_es, 2), (t_cl_presupuesto_es, 5),
    (t_ar_contrato, 4), (t_ar_reclamo, 4), (t_ar_chat, 4),
    (t_ar_planilla, 3), (t_ar_acta, 2), (t_ar_crm, 4), (t_ar_buzon, 3),
    (t_ar_resena, 3), (t_ar_recordatorio, 2), (t_ar_solicitud, 4),
]

BAD_START = "(\"'<,;:. \n\t-"
BAD_END = ",;:(<' \n\t-"


def check(row):
    text, spans = row["text"], row["spans"]
    prev = 0
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        assert lab in LABELS, row["id"]
        assert 0 <= s < e <= len(text), (row["id"], sp)
        frag = text[s:e]
        assert frag and frag == frag.strip(), (row["id"], frag)
        assert s >= prev, ("overlap/unsorted", row["id"], sp)
        assert frag[0] not in BAD_START or (lab == "PHONE" and frag[0] == "("), (row["id"], lab, frag)
        assert frag[-1] not in BAD_END, (row["id"], lab, frag)
        if lab != "ADDRESS":
            assert '"' not in frag[-1:], (row["id"], lab, frag)
        prev = e


def generate():
    rows = []
    for lang, plan, base in (("en", PLAN_EN, 0), ("es", PLAN_ES, 500)):
        jobs = []
        for fn, n in plan:
            jobs.extend([fn] * n)
        assert len(jobs) == 80, (lang, len(jobs))
        random.Random(SEED + base).shuffle(jobs)
        for i, fn in enumerate(jobs):
            rng = random.Random(SEED * 1000 + base + i)
            d = fn(rng)
            assert d.lang == lang, fn.__name__
            row = {"id": "d4-%s-%03d" % (lang, i), "text": d.text(),
                   "lang": lang,
                   "spans": sorted(d.spans, key=lambda x: (x["start"], x["end"]))}
            check(row)
            rows.append(row)
    return rows


def main():
    rows = generate()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev4.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    docs = {}
    for r in rows:
        docs[r["lang"]] = docs.get(r["lang"], 0) + 1
        for sp in r["spans"]:
            k = (sp["label"], r["lang"])
            counts[k] = counts.get(k, 0) + 1
    print("wrote %s (%d docs: %s)" % (out, len(rows), ", ".join("%s=%d" % (k, docs[k]) for k in sorted(docs))))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for lab in LABELS:
        en, es = counts.get((lab, "en"), 0), counts.get((lab, "es"), 0)
        print("%-12s %6d %6d %6d" % (lab, en, es, en + es))
    te = sum(v for (l, g), v in counts.items() if g == "en")
    ts = sum(v for (l, g), v in counts.items() if g == "es")
    print("%-12s %6d %6d %6d" % ("ALL", te, ts, te + ts))


if __name__ == "__main__":
    main()
