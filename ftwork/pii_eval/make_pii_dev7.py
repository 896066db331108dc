#!/usr/bin/env python3
"""Hand-built labelled PII dev set no. 7 (pii_dev7.jsonl).

Built on 2026-12-03 by a separate author (a helper agent) who was given only
the label conventions and the domains, and who read neither the recognizers
nor the other labelled sets.  Names, companies, street pieces and templates
are hand-written here.

Domains
  1. A small insurance brokerage (home, motor, life, pet, landlord and
     business policies) in Spain and Latin America (Mexico, Colombia,
     Argentina) with English-speaking expat clients.
  2. A property-management / lettings agency in the UK and in Spain
     (community of owners, tenants, landlords, guarantors, maintenance
     contractors).

Document kinds
  claim notification e-mails with quoted threads and forwarded headers,
  policy renewal letters, call notes typed fast in lower case with typos,
  WhatsApp exports, adjuster reports, repair quotes and invoices, tenancy
  applications and references, ALL-CAPS forms, CSV / semicolon / tab exports
  with header rows, minutes of a community of owners with attendee lists and
  proxies, complaint letters and reviews, voicemail transcripts, SMS logs.

Labels: PERSON, ORG, EMAIL, PHONE, IBAN, NATIONAL_ID, CUSTOMER_ID, ADDRESS.
Pet names, vehicle registrations, cadastral references, dates, amounts,
towns alone, URLs and product names are deliberately left unlabelled.

120 documents: 60 English ("en") and 60 Spanish ("es": Spain, Mexico,
Colombia, Argentina).  Span offsets are recorded while the text is assembled
from segments (never by searching the finished text).

Deterministic: every random choice comes from random.Random seeded from
SEED = 20261207 (one derived integer seed per document); no set iteration or
hash order is used, so the output is byte-identical across runs and
PYTHONHASHSEED values.  Run from the repository root:

    python3 ftwork/pii_eval/make_pii_dev7.py
"""
import json
import os
import unicodedata

import random

SEED = 20261207
LABELS = ("PERSON", "ORG", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID",
          "CUSTOMER_ID", "ADDRESS")
OUT_NAME = "pii_dev7.jsonl"


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.segs = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, s, label):
        assert label in LABELS, label
        assert s and s == s.strip(), repr(s)
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label})
        self.segs.append(s)
        self.buf.append(s)
        self.n += len(s)
        return self

    def P(self, s): return self.e(s, "PERSON")
    def O(self, s): return self.e(s, "ORG")
    def E(self, s): return self.e(s, "EMAIL")
    def PH(self, s): return self.e(s, "PHONE")
    def IB(self, s): return self.e(s, "IBAN")
    def NI(self, s): return self.e(s, "NATIONAL_ID")
    def C(self, s): return self.e(s, "CUSTOMER_ID")
    def A(self, s): return self.e(s, "ADDRESS")

    def finish(self):
        text = "".join(self.buf)
        prev_end = -1
        for sp, seg in zip(self.spans, self.segs):
            assert sp["start"] < sp["end"]
            assert sp["start"] >= prev_end, "overlap/unsorted"
            assert text[sp["start"]:sp["end"]] == seg
            assert seg == seg.strip()
            prev_end = sp["end"]
        return text, [dict(s) for s in self.spans]


# --------------------------------------------------------------------------
# names (hand-written)
# --------------------------------------------------------------------------
# origin: (female given, male given, surnames)
NAMES = {
    "es": (["María del Carmen", "María José", "Ana Belén", "Rocío", "Pilar", "Dolores",
            "Amparo", "Consuelo", "Luz", "Paz", "Rosa", "Mercedes", "Inmaculada",
            "Remedios", "Soledad", "Macarena", "Encarnación", "Asunción",
            "María de los Ángeles", "Milagros", "Esperanza", "Victoria", "Blanca",
            "Nieves", "Reyes", "Rosario", "Aurora", "Estrella", "M.ª José",
            "M.ª Luisa", "Begoña", "Cruz"],
           ["José Antonio", "Juan Carlos", "Francisco Javier", "Jesús", "Ángel",
            "Salvador", "Álvaro", "Borja", "Fermín", "Manuel", "Pedro Luis", "Rafael",
            "Ramón", "José Mª", "Tomás", "Jacinto", "Inocencio", "Amador",
            "Bienvenido", "Modesto", "J. A.", "Paco", "Curro", "Pepe"],
           ["García", "Fernández", "Blanco", "Moreno", "Prado", "Iglesias",
            "Ruiz de la Fuente", "del Río", "de la Torre", "Sánchez-Vizcaíno",
            "López de Haro", "Gil", "Bermúdez", "Castro", "Vázquez", "Martínez",
            "Delgado", "Cortés", "Calvo", "Serrano", "Rey", "Santos", "Soto", "Bravo",
            "Lobo", "Cordero", "Pastor", "Herrero", "Campos", "Montes", "Peña",
            "Villa", "de Miguel", "Casado", "Crespo", "Marín", "Cano", "Toro", "Ríos",
            "Navarro", "Domínguez", "Ortega", "de los Santos", "Núñez de Arce",
            "Torres", "Ruiz", "Pérez", "Alonso"]),
    "cat": (["Montserrat", "Núria", "Meritxell", "Laia", "Mireia", "Roser", "Neus",
             "Montse", "Carme"],
            ["Jordi", "Xavier", "Pau", "Oriol", "Josep Maria", "Lluís", "Joan", "Marc",
             "Pere", "Quim"],
            ["Puig", "Ferrer", "Soler", "Vila", "Casals", "Roca", "Pujol", "Bosch",
             "Riera", "Comas", "Vilaró", "Sabaté", "Font", "Camps"]),
    "eus": (["Ainhoa", "Itziar", "Iratxe", "Nerea", "Maite", "Arantxa", "Edurne",
             "Garazi", "Aránzazu", "Uxue"],
            ["Iñaki", "Aitor", "Unai", "Íñigo", "Koldo", "Xabier", "Gorka", "Ander",
             "Joseba"],
            ["Etxeberria", "Goikoetxea", "Arrizabalaga", "Otxoa de Eribe", "Aguirre",
             "Zubizarreta", "Urkiola", "Larrañaga", "Agirre", "Elorza", "Mendizabal",
             "Bengoetxea"]),
    "gal": (["Uxía", "Xiana", "Antía", "Iria", "Sabela", "Noa", "Rosalía"],
            ["Xosé Manuel", "Anxo", "Brais", "Xoán", "Iago", "Roi", "Breixo", "Manel"],
            ["Carballo", "Outeiro", "Lamas", "Piñeiro", "Seoane", "Rivas", "Nogueira",
             "Fraga", "Vilas", "Otero", "Barreiro", "Souto"]),
    "mx": (["Guadalupe", "Xóchitl", "Itzel", "Citlali", "Ximena", "María Fernanda",
            "Yesenia", "Lupita", "Alejandra", "Nayeli", "Brenda", "Araceli",
            "Ma. Guadalupe"],
           ["Édgar", "Jesús Alberto", "José Luis", "Juan Pablo", "Cuauhtémoc",
            "Eleuterio", "Rigoberto", "Heriberto", "Luis Ángel", "Emiliano", "Aldo",
            "Chuy"],
           ["Hernández", "Ramírez", "Xicoténcatl", "Tlatelpa", "Cuevas", "Galindo",
            "Santillán", "Garza", "Treviño", "Maldonado", "Cervantes", "Zavala",
            "de la Garza", "Ortiz", "Espinoza", "Chávez", "Olvera", "Castañeda",
            "Villaseñor"]),
    "co": (["Yessenia", "Kelly Johana", "Leidy Tatiana", "Dayana", "Yuliana",
            "Luz Marina", "Marisol", "Ruth Nelly", "Yurani", "Luz Dary", "Yolima",
            "Diana Marcela", "Sandra Milena", "Paola Andrea"],
           ["Wilmer", "Jhon Fredy", "Yeison", "Brayan Stiven", "Nelson Enrique",
            "Deivis", "Jhonatan", "Duván", "Edwin Alexis", "John Jairo", "Fabio Nelson",
            "Wilson"],
           ["Montoya", "Quintero", "Cárdenas", "Ocampo", "Zuluaga", "Restrepo", "Henao",
            "Londoño", "Gaviria", "Arango", "Giraldo", "Mosquera", "Palacios",
            "Rentería", "Cuesta"]),
    "ar": (["Agustina", "Florencia", "Milagros", "Valentina", "Yamila", "Micaela",
            "Luciana", "Rocío Belén", "Soledad", "Nahiara"],
           ["Facundo", "Nahuel", "Gonzalo", "Lautaro", "Juan Cruz", "Héctor Hugo",
            "Matías", "Ezequiel", "Santino", "Gastón", "Leandro"],
           ["Gómez", "Rossi", "Bianchi", "Giménez", "Pereyra", "Scaglione", "Kowalczyk",
            "Ledesma", "Acuña", "Sosa", "Ferrari", "Benítez", "Iturralde",
            "Di Stéfano", "Lombardi"]),
    "uk": (["Penny", "Holly", "Grace", "Hope", "Faith", "Rose", "Dawn", "Joy", "June",
            "Ivy", "Eleanor", "Harriet", "Philippa", "Bethany", "Gemma", "Kerry-Ann",
            "Mandy", "Sandy"],
           ["Will", "Bill", "Frank", "Mark", "Rob", "Pat", "Chris", "Gareth", "Rhys",
            "Alistair", "Callum", "Nigel", "Barry", "Dean", "Jack", "Norman", "Guy"],
           ["Brown", "Baker", "Cook", "Fletcher", "Shepherd", "Mason", "Marsh", "Wood",
            "Hill", "Field", "Bishop", "Little", "Young", "King", "Church",
            "Smith-Jones", "Taylor-Whyte", "Hughes", "Pryce", "Llewellyn", "Moss",
            "Snow", "Frost", "Grant", "Rose", "Savage", "Sellers"]),
    "ie": (["Siobhan", "Niamh", "Aoife", "Saoirse", "Dervla", "Róisín"],
           ["Ciarán", "Pádraig", "Eoin", "Cathal", "Donal"],
           ["O'Brien", "O'Sullivan", "McAllister", "Fitzgerald", "MacNamara",
            "Ó Ceallaigh", "O'Dwyer", "Kavanagh"]),
    "ng": (["Oluwaseun", "Chiamaka", "Ngozi", "Folake", "Chidinma", "Blessing",
            "Precious", "Funmilayo"],
           ["Ikechukwu", "Adebayo", "Emeka", "Tunde", "Godswill", "Olumide", "Chinedu"],
           ["Okonkwo", "Adeyemi", "Nwosu", "Eze", "Okafor", "Balogun", "Ogunleye",
            "Chukwuemeka", "Adeleke"]),
    "gh": (["Akosua", "Ama", "Abena", "Efua", "Adwoa"],
           ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
           ["Mensah", "Boateng", "Owusu", "Asante", "Agyeman", "Osei", "Appiah"]),
    "in": (["Priya", "Lakshmi", "Deepika", "Ananya", "Kavitha", "Sunita"],
           ["Arjun", "Sandeep", "Aarav", "Rajesh", "Venkatesh", "Harpreet"],
           ["Patel", "Sharma", "Iyer", "Venkataraman", "Reddy", "Nair", "Banerjee",
            "Gupta", "Krishnamurthy"]),
    "pk": (["Ayesha", "Zainab", "Sana", "Hira", "Mehwish"],
           ["Imran", "Bilal", "Faisal", "Usman", "Tariq"],
           ["Khan", "Chaudhry", "Qureshi", "Malik", "Butt", "Siddiqui", "Raja"]),
    "pl": (["Wiktoria", "Małgorzata", "Agnieszka", "Zofia", "Katarzyna"],
           ["Grzegorz", "Paweł", "Krzysztof", "Łukasz", "Wojciech"],
           ["Nowak", "Wiśniewski", "Wójcik", "Zieliński", "Szymańska", "Kamińska",
            "Kowalczyk", "Lewandowski"]),
    "ro": (["Ioana", "Mihaela", "Ileana", "Cristina", "Roxana"],
           ["Andrei", "Florin", "Bogdan", "Radu", "Mihai"],
           ["Popescu", "Ionescu", "Dumitrescu", "Constantin", "Stoica", "Munteanu"]),
    "cn": (["Xiaoling", "Mei", "Lihua", "Yan", "Xiu"],
           ["Wei", "Jun", "Hao", "Zhiwei", "Jianguo"],
           ["Zhang", "Li", "Chen", "Wang", "Liu", "Huang", "Zhou"]),
    "vn": (["Thi Huong", "Thi Linh", "Phuong", "Thi Mai"],
           ["Van Minh", "Duc", "Quang", "Thanh"],
           ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"]),
    "pt": (["Conceição", "Luiza", "Rafaela", "Graça", "Fernanda"],
           ["João", "Gonçalo", "Thiago", "Vinícius", "Rui"],
           ["Silva", "Santos", "Gonçalves", "Ferreira", "Carvalho", "Sousa",
            "da Costa", "dos Santos"]),
    "arab": (["Fatima", "Layla", "Nour", "Mariam", "Rania", "Amal"],
             ["Ahmed", "Youssef", "Omar", "Khalid", "Karim", "Said"],
             ["Al-Hashimi", "El-Amin", "Haddad", "Mansour", "Abdullah", "Al Nuaimi",
              "Ben Salah", "Bouzid"]),
}
ES_ORIGINS = ["es", "es", "es", "cat", "eus", "gal"]
EN_ORIGINS = ["uk", "uk", "uk", "ie", "ng", "gh", "in", "pk", "pl", "ro", "cn", "vn",
              "pt", "arab"]
TWO_SURNAMES = ("es", "cat", "eus", "gal", "mx", "co", "ar")


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ª", "a").replace("º", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, rng, origin):
        f, m, sur = NAMES[origin]
        self.origin = origin
        self.g = rng.choice("fm")
        self.given = rng.choice(f if self.g == "f" else m)
        self.s1 = rng.choice(sur)
        if origin == "pl":
            if self.g == "f" and self.s1.endswith("ski"):
                self.s1 = self.s1[:-1] + "a"
            elif self.g == "m" and self.s1.endswith("ska"):
                self.s1 = self.s1[:-1] + "i"
        self.s2 = None
        self.join = " "
        if origin in TWO_SURNAMES:
            s2 = rng.choice(sur if rng.random() < 0.7 else NAMES["es"][2])
            if s2 != self.s1:
                self.s2 = s2
            if origin == "cat" and self.s2 and rng.random() < 0.5:
                self.join = " i "
            if origin == "ar" and rng.random() < 0.6:
                self.s2 = None
        elif origin in ("uk", "pt", "ng") and rng.random() < 0.15:
            # double-barrelled / extra surname
            s2 = rng.choice(sur)
            if s2 != self.s1 and "-" not in s2 and "-" not in self.s1 and " " not in s2:
                self.s2 = s2
                self.join = "-" if origin != "pt" else " "

    @property
    def sur(self):
        return self.s1 + (self.join + self.s2 if self.s2 else "")

    @property
    def full(self):
        if self.origin == "vn":
            return self.s1 + " " + self.given
        return self.given + " " + self.sur

    @property
    def short(self):
        if self.origin == "vn":
            return self.given.split()[-1] + " " + self.s1
        return self.given.split()[0] + " " + self.s1 if self.origin in TWO_SURNAMES \
            else self.given + " " + self.s1

    @property
    def first(self):
        if self.origin == "vn":
            return self.given.split()[-1]
        return self.given

    def inv(self):
        return self.sur + ", " + self.given

    def title_es(self, rng):
        return rng.choice(["Sra. ", "Dña. ", "D.ª ", "Lic. ", "Dra. "] if self.g == "f"
                          else ["Sr. ", "D. ", "Lic. ", "Ing. ", "Dr. "])

    def title_en(self, rng):
        return rng.choice(["Mrs ", "Ms ", "Miss ", "Dr ", "Mrs. "] if self.g == "f"
                          else ["Mr ", "Mr. ", "Dr "])

    def email(self, rng, domain=None):
        g = fold(self.first.split()[0]).lower().replace("'", "").replace(".", "")
        s = fold(self.s1).lower().replace("'", "").replace(" ", "").replace("-", "")
        if domain is None:
            domain = rng.choice(["gmail.com", "hotmail.com", "yahoo.co.uk", "outlook.es",
                                 "icloud.com", "btinternet.com", "hotmail.es",
                                 "gmail.com", "live.com.mx", "yahoo.com.ar",
                                 "protonmail.com"])
        k = rng.randint(0, 5)
        if k == 0:
            loc = g + "." + s
        elif k == 1:
            loc = g[0] + s
        elif k == 2:
            loc = s + "." + g + str(rng.randint(1, 99))
        elif k == 3:
            loc = g + "_" + s + str(rng.randint(60, 99))
        elif k == 4:
            loc = g + s[:3] + str(rng.randint(1000, 9999))
        else:
            loc = g + "." + s
        return loc + "@" + domain


def person(rng, origin=None, lang="en", country=None):
    if origin is None:
        if country == "ES":
            origin = rng.choice(ES_ORIGINS)
        elif country in ("MX", "CO", "AR"):
            origin = country.lower()
        else:
            origin = rng.choice(EN_ORIGINS)
    return Person(rng, origin)


# --------------------------------------------------------------------------
# organisations (hand-written; some contain person names - still ORG)
# --------------------------------------------------------------------------
BROKER_ES = ["Correduría Albarán Seguros S.L.", "Albarán Seguros", "Correduría Albarán",
             "ALBARÁN SEGUROS"]
BROKER_EN = ["Albaran Insurance Brokers", "Albarán Seguros", "Albaran Brokers S.L."]
INS = {
    "ES": ["Mapfre", "Seguros Ocaso S.A.", "Mutua Madrileña", "Línea Directa Aseguradora",
           "Allianz Seguros", "AXA Seguros Generales S.A.", "Generali España", "Reale Seguros",
           "Caser", "Pelayo Mutua de Seguros", "Santa Lucía S.A.", "Helvetia Seguros",
           "Aseguradora Cierzo S.A.", "Mutualidad Levantina", "Plus Ultra Seguros"],
    "MX": ["GNP Seguros", "Qualitas Compañía de Seguros", "AXA Seguros México",
           "Seguros Monterrey New York Life", "Seguros Atlas", "Chubb México",
           "Aseguradora Tepeyac S.A. de C.V."],
    "CO": ["Seguros Bolívar", "Sura", "Seguros del Estado S.A.", "Allianz Colombia",
           "Previsora Seguros", "La Equidad Seguros", "Aseguradora Solidaria de Colombia"],
    "AR": ["La Caja", "Sancor Seguros", "Federación Patronal", "San Cristóbal Seguros",
           "Mercantil Andina", "Rivadavia Seguros", "Seguros Río Uruguay"],
    "UK": ["Aviva", "Direct Line", "Hiscox", "Zurich", "Legal & General", "Ageas",
           "Petplan", "RSA", "NFU Mutual", "Homelet", "Let Alliance Ltd"],
}
BANKS = {
    "ES": ["CaixaBank", "BBVA", "Banco Sabadell", "Bankinter", "Kutxabank", "Abanca",
           "Unicaja", "Ibercaja", "Banco Santander", "Cajamar"],
    "MX": ["BBVA México", "Banorte", "Banamex", "Banco Azteca"],
    "CO": ["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi"],
    "AR": ["Banco Galicia", "Banco Nación", "Banco Macro", "Brubank"],
    "UK": ["NatWest", "Barclays", "Lloyds Bank", "Monzo", "HSBC UK", "Nationwide",
           "Santander UK"],
}
ADJUSTERS = {
    "ES": ["Peritaciones Levante S.L.", "Gabinete Pericial Ortega y Asociados",
           "Peritajes Nogueira Castro S.L.", "Crawford & Company", "Sedgwick",
           "Tasaciones Hermanos Rubio"],
    "MX": ["Ajustadores Garza y Treviño S.C.", "Ajustes Profesionales del Bajío",
           "Crawford & Company"],
    "CO": ["Ajustes Técnicos del Valle Ltda.", "Ajustadores Londoño & Cía.", "Sedgwick"],
    "AR": ["Estudio Pericial Bianchi & Asociados", "Liquidadores del Plata S.R.L.",
           "Crawford & Company"],
    "UK": ["Cunningham Lindsey", "Crawford & Company", "Sedgwick", "Lindsey Morden",
           "Harrison Beale Loss Adjusters Ltd"],
}
REPAIRERS = {
    "ES": ["Talleres Hermanos Gil S.L.", "Reformas Paco Durán", "Fontanería Quiroga e Hijos S.L.",
           "Cerrajería Rubén", "Pinturas Etxeberria", "Cristalería Montse",
           "Electricidad Hermanos Ocampo", "Multiservicios Levante Express S.L.",
           "Desatascos Rosa", "Instalaciones Amparo Gil S.L.", "Carpintería Sant Jordi"],
    "MX": ["Plomería Don Chuy", "Impermeabilizaciones Olvera S.A. de C.V.",
           "Taller Mecánico Hermanos Zavala", "Herrería Lupita"],
    "CO": ["Multiservicios Yessenia", "Ferretería y Plomería El Paisa",
           "Taller Automotriz Wilmer Henao", "Mantenimientos Rentería S.A.S."],
    "AR": ["Plomería Scaglione", "Gasista Matriculado Héctor Acuña",
           "Vidriería Don Lautaro", "Refacciones Lombardi S.R.L."],
    "UK": ["Pete's Plumbing Ltd", "Baker & Sons Roofing", "A1 Drains", "Holly Tree Joinery Ltd",
           "Dave Mason Electrical", "Northern Damp Solutions", "K. Boateng Building Services",
           "Frank Hill Glazing", "Sparks & Co Electrical Ltd"],
}
AGENCY_UK = ["Hallam & Pryce Lettings Ltd", "Hallam & Pryce", "Brightmoor Lettings Ltd",
             "Brightmoor Lettings", "Foxtons", "Castle Keys Property Management"]
AGENCY_ES = ["Fincas Miralbueno S.L.", "Administración de Fincas Calvo y Heredia S.L.",
             "Gestión Inmobiliaria Bermúdez", "Fincas Costa Dorada", "Inmobiliaria Paz y Sol S.L."]
AGENCY_LATAM = {"MX": ["Inmobiliaria Garza Sada Bienes Raíces", "Century 21 Santillán"],
                "CO": ["Inmobiliaria Londoño Arango S.A.S.", "Arrendamientos Yolima Henao"],
                "AR": ["Pereyra Propiedades", "Inmobiliaria Di Stéfano & Hijos S.R.L."]}
EMPLOYERS = ["Tesco", "NHS Leeds Teaching Hospitals", "Deloitte", "Amazon UK Services Ltd",
             "Greggs plc", "Arup", "Accenture", "University of Bristol", "Sky", "Ocado",
             "Mercadona", "Telefónica", "Inditex", "Iberdrola", "Indra Sistemas",
             "Ryanair", "Glovo", "Cabify"]
VETS = ["Clínica Veterinaria San Antón", "Hospital Veterinario Puchol", "Vets4Pets",
        "Medivet", "Clínica Veterinaria Dra. Nieves Soto"]


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randint(1000000, 79999999)
    num = "%08d" % n
    let = DNI_LETTERS[n % 23]
    k = rng.randint(0, 3)
    if k == 0:
        return num + let
    if k == 1:
        return "%s.%s.%s-%s" % (num[:2], num[2:5], num[5:], let)
    if k == 2:
        return num + "-" + let
    return num + let.lower() if rng.random() < 0.3 else num + " " + let


def nie(rng):
    p = rng.randint(0, 2)
    n = rng.randint(0, 9999999)
    let = DNI_LETTERS[int("%d%07d" % (p, n)) % 23]
    pre = "XYZ"[p]
    if rng.random() < 0.6:
        return "%s%07d%s" % (pre, n, let)
    return "%s-%07d-%s" % (pre, n, let)


def nss(rng):
    prov = rng.randint(1, 52)
    num = rng.randint(0, 99999999)
    ctrl = (prov * 100000000 + num) % 97
    if rng.random() < 0.5:
        return "%02d/%08d/%02d" % (prov, num, ctrl)
    return "%02d%08d%02d" % (prov, num, ctrl)


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino(rng):
    while True:
        pre = rng.choice(NI_A) + rng.choice(NI_B)
        if pre not in NI_BAD:
            break
    d = "%06d" % rng.randint(0, 999999)
    suf = rng.choice("ABCD")
    if rng.random() < 0.6:
        return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
    return pre + d + suf


def passport(rng, kind):
    if kind == "UK":
        return "%09d" % rng.randint(100000000, 999999999)
    if kind == "ES":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + \
            "%06d" % rng.randint(0, 999999)
    if kind == "NG":
        return "A" + "%08d" % rng.randint(0, 99999999)
    if kind == "IN":
        return rng.choice("JKLMNPRSTUVZ") + "%07d" % rng.randint(0, 9999999)
    return rng.choice("CEFG") + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ")
                                       for _ in range(8))


def _letters(s):
    s = fold(s).upper()
    return "".join(c for c in s if "A" <= c <= "Z")


def _first_inner(s, vowels=True):
    for c in s[1:]:
        if (c in "AEIOU") == vowels:
            return c
    return "X"


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
MX_STATES = ["DF", "JC", "NL", "PL", "VZ", "MC", "GT", "YN", "QT", "CS", "OC", "BC"]


def curp_rfc(rng, p):
    s1 = _letters(p.s1.split()[-1]) or "X"
    s2 = _letters(p.s2.split()[-1]) if p.s2 else "X"
    gv = p.given.split()
    g = _letters(gv[1] if len(gv) > 1 and gv[0] in ("José", "María", "Ma.", "J.") else gv[0]) or "X"
    yy = rng.randint(55, 103)
    year = 1900 + yy
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    date = "%02d%02d%02d" % (yy % 100, mm, dd)
    head = s1[0] + _first_inner(s1) + s2[0] + g[0]
    sex = "M" if p.g == "f" else "H"
    st = rng.choice(MX_STATES)
    cons = _first_inner(s1, False) + _first_inner(s2, False) + _first_inner(g, False)
    hk = str(rng.randint(0, 9)) if year < 2000 else rng.choice("ABCDEFGHIJ")
    c17 = head + date + sex + st + cons + hk
    tot = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(c17))
    curp = c17 + str((10 - tot % 10) % 10)
    r12 = head + date + "".join(rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    tot = sum(RFC_DICT.index(c) * (13 - i) for i, c in enumerate(r12))
    r = tot % 11
    dig = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    return curp, r12 + dig


def cuit(rng, p):
    while True:
        pre = "27" if p.g == "f" else "20"
        if rng.random() < 0.15:
            pre = "23"
        n = "%08d" % rng.randint(12000000, 44999999)
        base = pre + n
        s = sum(int(a) * b for a, b in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return n, (pre + "-" + n + "-" + str(r)) if rng.random() < 0.7 else base + str(r)


def dots(n):
    s = str(n)
    out = []
    while s:
        out.insert(0, s[-3:])
        s = s[:-3]
    return ".".join(out)


def national_id(rng, country, p):
    """Returns (cue, id)."""
    if country == "ES":
        k = rng.randint(0, 5)
        if k <= 2:
            return rng.choice(["DNI", "D.N.I.", "NIF", "DNI nº", "con DNI"]), dni(rng)
        if k <= 4:
            return rng.choice(["NIE", "N.I.E.", "NIE nº"]), nie(rng)
        return rng.choice(["nº afiliación SS", "NSS", "n.º Seguridad Social"]), nss(rng)
    if country == "MX":
        curp, rfc = curp_rfc(rng, p)
        if rng.random() < 0.55:
            return "CURP", curp
        return "RFC", rfc
    if country == "CO":
        n = rng.randint(1000000, 1999999999) if rng.random() < 0.5 else rng.randint(10000000, 99999999)
        return rng.choice(["C.C.", "cédula", "CC", "cédula de ciudadanía No."]), \
            dots(n) if rng.random() < 0.6 else str(n)
    if country == "AR":
        n, c = cuit(rng, p)
        if rng.random() < 0.5:
            return rng.choice(["DNI", "D.N.I. Nº"]), dots(int(n)) if rng.random() < 0.6 else str(int(n))
        return rng.choice(["CUIT", "CUIL", "C.U.I.T."]), c
    # UK
    if rng.random() < 0.7:
        return rng.choice(["NI number", "National Insurance no.", "NINO", "NI no"]), nino(rng)
    return "passport no.", passport(rng, "UK")


def iban_raw(rng, cc):
    def digs(k):
        return "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2038", "0128", "2095", "0075", "1465", "3058"])
        br = digs(4)
        acct = digs(10)

        def ccd(x):
            s = sum(int(a) * w for a, w in zip(x, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]))
            r = 11 - s % 11
            return 0 if r == 11 else (1 if r == 10 else r)
        bban = bank + br + "%d%d" % (ccd("00" + bank + br), ccd(acct)) + acct
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "NAIA"]) + digs(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digs(14)
    elif cc == "PT":
        bban = digs(21)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "FR":
        bban = digs(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digs(10)
    else:
        bban = digs(20)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(conv) % 97) + bban


def iban(rng, cc):
    raw = iban_raw(rng, cc)
    k = rng.random()
    if k < 0.65:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if k < 0.9:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()


def phone(rng, country):
    def d(k):
        return "".join(rng.choice("0123456789") for _ in range(k))
    k = rng.randint(0, 4)
    if country == "ES":
        m = "6" + d(8) if rng.random() < 0.8 else "7" + rng.choice("1234") + d(7)
        l = "9" + rng.choice("1345678") + d(7)
        return [("+34 %s %s %s" % (m[:3], m[3:6], m[6:])),
                ("%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:])),
                m,
                ("(+34) %s-%s-%s" % (m[:3], m[3:6], m[6:])),
                ("%s %s %s %s" % (l[:2], l[2:5], l[5:7], l[7:]))][k]
    if country == "UK":
        m = "7" + rng.choice("45789") + d(8)
        return [("0%s %s" % (m[:4], m[4:])), ("+44 (0)%s %s %s" % (m[:4], m[4:7], m[7:])),
                ("+44" + m), ("020 7946 0%s" % d(3)), ("(0113) 496 0%s" % d(3))][k]
    if country == "MX":
        return [("+52 55 %s %s" % (d(4), d(4))), ("(33) %s %s" % (d(4), d(4))),
                ("81-%s-%s" % (d(4), d(4))), ("+52 1 55 %s %s" % (d(4), d(4))),
                ("55" + d(8))][k]
    if country == "CO":
        return [("+57 3%s %s %s" % (d(2), d(3), d(4))), ("3%s %s" % (d(2), d(7))),
                ("(601) %s %s" % (d(3), d(4))), ("3" + d(9)), ("+57 (604) %s %s" % (d(3), d(4)))][k]
    # AR
    return [("+54 9 11 %s-%s" % (d(4), d(4))), ("(011) %s-%s" % (d(4), d(4))),
            ("11 15 %s-%s" % (d(4), d(4))), ("0351 %s-%s" % (d(3), d(4))),
            ("+5493414" + d(6))][k]


# --------------------------------------------------------------------------
# addresses (hand-written pieces; streets may contain person names)
# --------------------------------------------------------------------------
ES_STREETS = ["Calle de Alcalá", "C/ Isabel la Católica", "Avda. de Rosa Chacel",
              "Calle Doctor Esquerdo", "C/ Pilar de Zaragoza", "Gran Vía", "Calle Almirante Cadarso",
              "C/ Consuelo Berges", "Calle Juan de Austria", "Rúa Emilia Pardo Bazán",
              "Carrer de Mallorca", "Avda. Santiago Ramón y Cajal", "Calle Blas de Otero",
              "Plaza de Dolores Ibárruri", "Paseo de la Castellana", "Carrer de Pau Claris",
              "Calle Virgen del Rocío", "C/ Amparo Iturbi", "Avenida Ricardo Soriano",
              "Calle Nuestra Señora de la Paz", "Camí de la Creu", "Kale Nagusia",
              "Calle Mayor", "Urb. Las Lomas, calle Jacaranda"]
ES_TOWNS = [("28009", "Madrid"), ("46021", "València"), ("08013", "Barcelona"),
            ("48011", "Bilbao"), ("15003", "A Coruña"), ("29602", "Marbella"),
            ("03181", "Torrevieja"), ("38660", "Adeje"), ("07001", "Palma"),
            ("41003", "Sevilla"), ("36202", "Vigo"), ("29640", "Fuengirola"),
            ("03503", "Benidorm"), ("30730", "San Javier"), ("20004", "Donostia")]
MX_ADDR = ["Av. Insurgentes Sur {n}, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México",
           "Calle Miguel Hidalgo {n} int. {f}, Col. Centro, C.P. 44100, Guadalajara, Jal.",
           "Av. Constitución {n} Pte., Col. Obispado, 64060 Monterrey, N.L.",
           "Calle Sor Juana Inés de la Cruz {n}, Col. Tlacopac, 01049 CDMX",
           "Privada Guadalupe Victoria {n}, Fracc. Las Ánimas, 91190 Xalapa, Ver.",
           "Calle 60 No. {n} x 47 y 49, Centro, 97000 Mérida, Yuc."]
CO_ADDR = ["Carrera 15 # {a}-{b}, Bogotá", "Calle {a} No. {b}-34, apto {f}, Bogotá D.C.",
           "Cra. 43A # {a} Sur-{b}, Medellín", "Avenida Santander # {a}-{b}, Manizales",
           "Calle 5 # {a}-{b}, barrio San Fernando, Cali",
           "Diagonal {a} # {b}-12 Torre 2 Apto {f}, Envigado"]
AR_ADDR = ["Av. Corrientes {n}, piso {f} dpto. B, C1043AAZ CABA",
           "Av. Rivadavia {n} {f}° A, Caballito, Buenos Aires",
           "Bv. Oroño {n}, S2000 Rosario, Santa Fe", "Calle Sarmiento {n}, X5000 Córdoba",
           "Juana Azurduy {n}, Núñez, CABA", "Av. Hipólito Yrigoyen {n}, Lomas de Zamora"]
UK_STREETS = ["Albert Road", "Hope Street", "Mary Street", "Frank Street", "Grace Street",
              "Victoria Road", "Holly Lane", "Rose Hill", "Baker Street", "Cook Close",
              "Penny Lane", "Church Road", "Station Road", "Marsh Lane", "Fletcher Way",
              "King Edward Avenue", "St Margaret's Road", "Nelson Mandela Place",
              "Emmeline Pankhurst Way", "Dawn Crescent"]
UK_TOWNS = ["Leeds LS6 2AB", "Manchester M14 5RT", "Bristol BS3 1QP", "London SE15 4NX",
            "Liverpool L17 8UE", "Sheffield S10 2HW", "Cardiff CF24 3DQ", "Edinburgh EH6 5JL",
            "Nottingham NG7 1FB", "Brighton BN2 1RE", "Leicester LE2 0QA", "Bath BA1 5LR"]


def address(rng, country):
    n = rng.randint(1, 240)
    f = rng.randint(1, 9)
    if country == "ES":
        st = rng.choice(ES_STREETS)
        cp, town = rng.choice(ES_TOWNS)
        floor = rng.choice(["%dº %s" % (f, rng.choice("ABCD")), "%dº izda." % f, "bajo",
                            "%d-%dª" % (f, rng.randint(1, 4)), "esc. 2, %dº D" % f,
                            "portal 3, %dºB" % f, "ático"])
        k = rng.randint(0, 3)
        if k == 0:
            return "%s %d, %s, %s %s" % (st, n, floor, cp, town)
        if k == 1:
            return "%s, %d - %s - %s %s" % (st, n, floor, cp, town)
        if k == 2:
            return "%s nº %d, %s" % (st, n, floor)
        return "%s %d, %s (%s)" % (st, n, cp, town)
    if country == "MX":
        return rng.choice(MX_ADDR).format(n=n * 7, f=f)
    if country == "CO":
        return rng.choice(CO_ADDR).format(a=rng.randint(2, 120), b=rng.randint(10, 99),
                                          f=f * 100 + rng.randint(1, 4))
    if country == "AR":
        return rng.choice(AR_ADDR).format(n=n * 13, f=f)
    st = rng.choice(UK_STREETS)
    town = rng.choice(UK_TOWNS)
    k = rng.randint(0, 3)
    if k == 0:
        return "Flat %d, %d %s, %s" % (f, n, st, town)
    if k == 1:
        return "%d %s, %s" % (n, st, town)
    if k == 2:
        return "Flat %d%s, %s Court, %d %s, %s" % (f, rng.choice("ab"), rng.choice(["Victoria", "Mercer", "Holly", "Albion"]), n, st, town)
    return "%d%s %s, %s" % (n, rng.choice(["", "A", "B"]), st, town)


# --------------------------------------------------------------------------
# customer references (many formats)
# --------------------------------------------------------------------------
def cid(rng, kind):
    r = rng.randint
    yy = rng.choice([24, 25, 26])
    year = 2000 + yy
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    if kind == "policy":
        return rng.choice([
            "%04d-%d-%d" % (r(1, 99), r(100, 999), r(10, 99)),
            "%d" % r(100000000, 999999999),
            "HOG%06d" % r(0, 999999),
            "%s%s-%07d" % (rng.choice("ABCDEHMPR"), rng.choice("ABCDEHMPR"), r(0, 9999999)),
            "%d.%d.%d" % (r(10, 99), r(100, 999), r(100, 999)),
            "POL/%d/%05d" % (year, r(1, 99999)),
            "A%d/%06d" % (r(10, 99), r(0, 999999)),
            "".join(rng.choice(al) for _ in range(8)),
            "%d %d %d" % (r(100, 999), r(100, 999), r(100, 999)),
            "LH%d%s" % (r(1000000, 9999999), rng.choice("ABC")),
        ])
    if kind == "claim":
        return rng.choice([
            "%d/%06d" % (yy, r(1, 99999)),
            "%d" % r(10000, 99999),
            "S%d%06d" % (yy, r(0, 999999)),
            "CLM %d-%d" % (r(1000, 9999), r(10, 99)),
            "%d-SN-%05d" % (year, r(1, 99999)),
            "%d" % r(1000000, 9999999),
            "%d.%d" % (r(100, 999), r(1000, 9999)),
            "EXP %d/%d" % (r(100, 9999), year),
        ])
    if kind == "client":
        return rng.choice([
            "".join(rng.choice(al) for _ in range(6)),
            "C%07d" % r(1, 999999),
            "%05d" % r(100, 99999),
            "CL-%d" % r(1000, 9999),
            "%d-%s" % (r(1000, 99999), rng.choice("ABCDEFGH")),
        ])
    if kind == "quote":
        return rng.choice(["%d" % r(1000, 9999), "COT-%d-%d" % (yy, r(100, 999)),
                           "Q%d" % r(10000, 99999), "P%d/%d" % (yy, r(10, 999)),
                           "%d/%d" % (r(100, 999), yy)])
    if kind == "contract":
        return rng.choice(["LA/%d/%d" % (year, r(10, 999)), "TEN-%04d" % r(1, 9999),
                           "AST/%d/%d" % (r(10, 99), year), "ARR-%d-%d" % (r(100, 999), yy),
                           "%d/%d" % (r(10, 99), year), "T%05d" % r(1, 99999),
                           "%s%d" % ("".join(rng.choice(al) for _ in range(2)), r(1000, 9999))])
    # invoice
    return rng.choice(["F-%d/%04d" % (year, r(1, 999)), "FAC %06d" % r(100, 99999),
                       "INV-%d" % r(10000, 99999), "%d-%04d" % (year, r(1, 999)),
                       "A-%d" % r(100, 9999), "%d" % r(1000, 99999), "FV%d%05d" % (yy, r(1, 99999))])


# hard negatives (never labelled)
def plate_es(rng):
    return "%04d %s" % (rng.randint(0, 9999), "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)))


def plate_uk(rng):
    return "%s%s%02d %s" % (rng.choice("ABDFGHKLMNPRSVWY"), rng.choice("ABCDEFGHJKLMNPRSTUVWXY"),
                            rng.choice([19, 21, 22, 70, 71, 72, 23, 73]),
                            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))


def catastro(rng):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "%07d%s%s%04d%s%04d%s%s" % (rng.randint(0, 9999999), rng.choice(al), rng.choice(al),
                                       rng.randint(0, 9999), rng.choice(al), rng.randint(1, 9999),
                                       rng.choice(al), rng.choice(al))


def date_es(rng):
    return "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026]))


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def date_en(rng):
    return "%d %s 2026" % (rng.randint(1, 28), rng.choice(MONTHS_EN))


def date_long_es(rng):
    return "%d de %s de 2026" % (rng.randint(1, 28), rng.choice(MONTHS_ES))


def money(rng, cur="€"):
    v = rng.randint(80, 9800)
    c = rng.randint(0, 99)
    if cur == "€":
        return "%s,%02d €" % (dots(v), c)
    if cur == "£":
        return "£%s.%02d" % ("{:,}".format(v), c)
    return "$%s" % dots(v * rng.choice([10, 100]))


def cap_first(s):
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------
# ENGLISH templates
# --------------------------------------------------------------------------
def en_claim_email(rng, d):
    c = person(rng)
    sp = person(rng, c.origin)
    staff = person(rng, rng.choice(["es", "cat", "uk", "gal"]))
    nb = person(rng, "es")
    ins = rng.choice(INS["ES"])
    rep = rng.choice(REPAIRERS["ES"])
    adj = rng.choice(ADJUSTERS["ES"])
    pol, clm = cid(rng, "policy"), cid(rng, "claim")
    d.t("From: \"").P(c.inv()).t("\" <").E(c.email(rng)).t(">\nSent: %s 09:%02d\nTo: " % (date_en(rng), rng.randint(0, 59)))
    d.E("siniestros@albaran-seguros.es").t("\nSubject: RE: escape of water - policy ").C(pol).t("\n\nHi ")
    d.P(staff.first).t(",\n\nSorry to chase again. The leak from the flat above (")
    d.t(nb.title_en(rng)).P(nb.s1).t("'s place) is still dripping into our kitchen. The plumber from ")
    d.O(rep).t(" came on Tuesday but he said he needs the OK from ").O(ins)
    d.t(" before he opens the ceiling. We hope this can be sorted before the weekend. My ")
    d.t("husband " if sp.g == "m" else "wife ").P(sp.first).t(" can be reached on ").PH(phone(rng, "ES"))
    d.t(" if I'm not around.\n\nThe address again is ").A(address(rng, "ES")).t(".\n\nThanks,\n").P(c.first)
    d.t("\n\n-----Original Message-----\nFrom: ").P(staff.full).t(" <").E(staff.email(rng, "albaran-seguros.es"))
    d.t(">\nSent: %s\nSubject: escape of water - policy " % date_en(rng)).C(pol)
    d.t("\n\nDear ").t(c.title_en(rng)).P(c.s1).t(",\n\nThank you for letting us know. We have opened claim ")
    d.C(clm).t(" with ").O(ins).t(" and the loss adjusters, ").O(adj)
    d.t(", will call you to arrange a visit. Please have photos ready and quote our reference ")
    d.C(cid(rng, "client")).t(" in any reply.\n\nKind regards\n").P(staff.full)
    d.t("\nClaims Team | ").O(rng.choice(BROKER_EN)).t("\nTel. ").PH(phone(rng, "ES")).t("\n")


def en_renewal(rng, d):
    c = person(rng)
    staff = person(rng, rng.choice(["uk", "es", "ie"]))
    uk = rng.random() < 0.5
    country = "UK" if uk else "ES"
    ins = rng.choice(INS[country])
    d.O(rng.choice(BROKER_EN) if not uk else rng.choice(AGENCY_UK[:4])).t("\n")
    d.t(date_en(rng) + "\n\n").t(c.title_en(rng)).P(c.full).t("\n").A(address(rng, country)).t("\n\n")
    kind = rng.choice(["Landlord", "Home", "Buildings and Contents", "Business"])
    d.t("Your %s Insurance renewal - policy number " % kind).C(cid(rng, "policy")).t("\n\nDear ")
    d.P(c.first if rng.random() < 0.4 else c.s1).t(",\n\nYour policy with ").O(ins)
    d.t(" renews on %s. The renewal premium is %s, an increase of %d%% on last year, mainly because of the escape of water claim (our ref. " % (date_en(rng), money(rng, "£" if uk else "€"), rng.randint(3, 19)))
    d.C(cid(rng, "claim")).t(") at the property let to ")
    tn = person(rng)
    d.P(tn.full).t(". There is a grace period of 14 days. If you pay by direct debit from account ")
    d.IB(iban(rng, "GB" if uk else rng.choice(["ES", "GB", "IE", "NL"])))
    d.t(" you need do nothing.\n\nIf you would like us to look at other insurers, for example ")
    d.O(rng.choice(INS[country])).t(", just reply or ring ").P(staff.first).t(" on ").PH(phone(rng, country))
    d.t(".\n\nYours sincerely,\n\n").P(staff.full).t("\nAccount Executive\n").E(staff.email(rng, "albaran-seguros.es" if not uk else "hallampryce.co.uk")).t("\n")


def en_call_notes(rng, d):
    c = person(rng)
    o = person(rng, c.origin)
    staff = person(rng, "uk")
    ins = rng.choice(INS["UK"] + ["Petplan", "Santa Lucía S.A."])
    pet = rng.choice(["Biscuit", "Luna", "Coco", "Rufus", "Pepper", "Nala"])
    d.t("%s %02d:%02d - " % (date_es(rng), rng.randint(8, 18), rng.randint(0, 59))).P(staff.first.lower())
    d.t("\ncald ").t(rng.choice(["mrs ", "mr ", "", "ms "])).P(c.s1.lower()).t(" re pet policy ").C(cid(rng, "policy"))
    d.t(" - dog (%s) had op at vets, wants to claim. vet is " % pet).O(rng.choice(VETS))
    d.t(". her no. " if c.g == "f" else ". his no. ").PH(phone(rng, rng.choice(["UK", "ES"]))).t(" , partner ").P(o.first.lower())
    d.t(" will email reciepts to us from ").E(o.email(rng)).t(". told excess is %s. " % money(rng, "£"))
    d.t("insurer ").O(ins.lower() if rng.random() < 0.5 else ins).t(" need claim form + invoice, claim no when issued. ")
    d.t("said bill for op was approx %s. " % money(rng, "£"))
    d.t("also asked abt moving home contents cover to new flat at ").A(address(rng, "UK").lower())
    d.t(" from next month, quote ").C(cid(rng, "quote")).t(" sent 2 wks ago - chase. cb tmrw am. - ")
    d.P(staff.first.lower()).t("\n")


def en_whatsapp(rng, d):
    ll = person(rng, "uk")
    tn = person(rng)
    tn2 = person(rng)
    ag = person(rng, "uk")
    con = person(rng, rng.choice(["uk", "gh", "pl", "ro"]))
    rep = rng.choice(REPAIRERS["UK"])
    dd = "%02d/%02d/2026" % (rng.randint(1, 28), rng.randint(1, 12))

    def line(name, hh, mm):
        d.t("[%s, %02d:%02d] " % (dd, hh, mm)).P(name).t(": ")
    line(tn.full, 18, 42)
    d.t("hi is that ").P(ag.first).t(" from ").O(rng.choice(AGENCY_UK)).t("? boiler gone again, no hot water since sat\n")
    line(ag.full, 18, 50)
    d.t("Hi ").P(tn.first).t(", sorry to hear. I've asked ").P(con.first).t(" at ").O(rep)
    d.t(" to come tomorrow between 8-12. Can you or ").P(tn2.first).t(" be in?\n")
    line(tn.full, 18, 53)
    d.t("me no, im working. ").P(tn2.first).t(" will be home. %s number is " % ("her" if tn2.g == "f" else "his")).PH(phone(rng, "UK")).t("\n")
    line(ag.full, 19, 2)
    d.t("Great. Also the landlord, ").t(ll.title_en(rng)).P(ll.s1).t(", asked me to remind you the rent for tenancy ")
    d.C(cid(rng, "contract")).t(" is now paid into %s new account " % ("her" if ll.g == "f" else "his")).IB(iban(rng, "GB")).t(" 👍\n")
    line(tn.full, 19, 5)
    d.t("ok will tell ").P(tn2.first.lower()).t(". thanks ").P(ag.first.lower()).t("\n")
    line(ag.full, 21, 17)
    d.t("<Media omitted>\n")


def en_adjuster(rng, d):
    uk = rng.random() < 0.5
    country = "UK" if uk else "ES"
    ins = rng.choice(INS[country])
    adj = rng.choice(ADJUSTERS[country])
    c = person(rng)
    tn = person(rng)
    ad = person(rng, "uk" if uk else rng.choice(["es", "uk", "gal"]))
    rep = rng.choice(REPAIRERS[country])
    d.t("LOSS ADJUSTER'S PRELIMINARY REPORT\n").O(adj).t("\n\nInsurer: ").O(ins).t("\nInsured: ")
    d.t(c.title_en(rng)).P(c.full).t("\nPolicy no.: ").C(cid(rng, "policy")).t("\nClaim no.: ").C(cid(rng, "claim"))
    d.t("\nRisk address: ").A(address(rng, country)).t("\nDate of loss: %s\n\n" % date_en(rng))
    d.t("1. Attendance\nWe attended on %s and met the insured together with the tenant, " % date_en(rng))
    d.P(tn.full).t(". ").P(tn.first).t(" explained that water had been coming through the ceiling for several days. ")
    d.t("Brown staining was visible in the hall and a rose pattern wallpaper had lifted.\n\n2. Cause\n")
    d.t("Failed seal on the shower tray of the flat above. The upstairs owner, ")
    nb = person(rng)
    d.P(nb.full).t(", has been asked to notify ").P(nb.first if rng.random() < 0.5 else nb.s1).t("'s own insurer.\n\n")
    d.t("3. Reserve\nWe recommend a reserve of %s. A repair estimate from " % money(rng, "£" if uk else "€"))
    d.O(rep).t(" (quote ").C(cid(rng, "quote")).t(") appears reasonable.\n\n")
    d.t("Vehicle %s parked in the drive is not part of this claim.\n\n" % (plate_uk(rng) if uk else plate_es(rng)))
    d.P(ad.full).t(" ACII\nfor and on behalf of ").O(adj).t("\nDirect line ").PH(phone(rng, country)).t("\n")


def en_invoice(rng, d):
    rep = rng.choice(REPAIRERS["UK"])
    ll = person(rng, rng.choice(["uk", "in", "cn", "ng"]))
    tn = person(rng)
    eng = person(rng, rng.choice(["uk", "pl", "ro", "gh"]))
    d.t("INVOICE\n").O(rep).t("\nVAT Reg. GB 2%02d 4%03d 19\n" % (rng.randint(0, 99), rng.randint(0, 999)))
    d.t("Invoice no: ").C(cid(rng, "invoice")).t("    Date: %s\n\n" % date_en(rng))
    d.t("Bill to: ").O(rng.choice(AGENCY_UK)).t(" on behalf of landlord ").t(ll.title_en(rng)).P(ll.full)
    d.t("\nProperty: ").A(address(rng, "UK")).t("\nTenant contact: ").P(tn.full).t(" ").PH(phone(rng, "UK"))
    d.t("\nWorks order ref: ").C(cid(rng, "contract")).t("\n\n")
    d.t("Attended leak under kitchen sink, replaced waste trap and isolation valve.  %s\n" % money(rng, "£"))
    d.t("Engineer: ").P(eng.first).t("\nTotal due: %s\n\n" % money(rng, "£"))
    d.t("Please pay within 14 days to ").O(rng.choice(BANKS["UK"])).t(", IBAN ").IB(iban(rng, "GB"))
    d.t("\nQueries: ").E("accounts@" + _letters(rep)[:12].lower() + ".co.uk").t("\n")


def en_tenancy_app(rng, d):
    a = person(rng)
    g = person(rng, a.origin if rng.random() < 0.6 else None)
    prev = person(rng, "uk")
    emp = rng.choice(EMPLOYERS)
    d.t("TENANCY APPLICATION - ").O(rng.choice(AGENCY_UK)).t("\nProperty applied for: ").A(address(rng, "UK"))
    d.t("\nApplication ref: ").C(cid(rng, "contract")).t("\n\nApplicant\nFull name: ").P(a.full)
    d.t("\nEmail: ").E(a.email(rng)).t("\nMobile: ").PH(phone(rng, "UK"))
    cue, ni = national_id(rng, "UK", a)
    d.t("\n%s: " % cue).NI(ni).t("\nEmployer: ").O(emp).t(" (%s a year)\n" % money(rng, "£"))
    d.t("Current address: ").A(address(rng, "UK")).t("\n\nPrevious landlord reference\n")
    d.t("Landlord/agent: ").P(prev.full).t(", ").PH(phone(rng, "UK")).t("\n")
    d.t("Comments: \"").P(a.first).t(" always paid on time and left the flat spotless. I'd rent to ")
    d.t("him" if a.g == "m" else "her").t(" again.\" - ").P(prev.first).t("\n\nGuarantor\nName: ")
    d.P(g.inv() if rng.random() < 0.5 else g.full).t("\nRelationship: %s\n" % rng.choice(["father", "mother", "aunt", "uncle", "employer"]))
    d.t("Passport: ").NI(passport(rng, rng.choice(["UK", "NG", "IN", "ES", "XX"]))).t("\nAddress: ").A(address(rng, rng.choice(["UK", "ES"])))
    d.t("\n")


def en_csv(rng, d):
    sep = rng.choice([",", "\t"])
    cols = ["tenant_name", "email", "phone", "property", "tenancy_ref", "landlord", "rent"]
    d.t(sep.join(cols) + "\n")
    for _ in range(rng.randint(2, 3)):
        tn = person(rng)
        ll = person(rng, "uk")
        ad = address(rng, "UK")
        q = sep == "," and "," in ad
        d.P(tn.full).t(sep).E(tn.email(rng)).t(sep).PH(phone(rng, "UK")).t(sep + ('"' if q else ""))
        d.A(ad).t(('"' if q else "") + sep).C(cid(rng, "contract")).t(sep)
        lname = ll.inv() if rng.random() < 0.5 else ll.full
        if sep == "," and "," in lname:
            d.t('"').P(lname).t('"')
        else:
            d.P(lname)
        d.t(sep + "%d\n" % (rng.randint(6, 24) * 50))


def en_caps(rng, d):
    c = person(rng)
    country = rng.choice(["UK", "ES"])
    d.t("MOTOR INSURANCE PROPOSAL FORM\nBROKER: ").O(rng.choice(BROKER_EN).upper()).t("\n\n")
    d.t("SURNAME: ").P(c.sur.upper()).t("\nFORENAME(S): ").P(c.given.upper()).t("\n")
    d.t("DATE OF BIRTH: %02d/%02d/19%d\n" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99)))
    d.t("ADDRESS: ").A(address(rng, country).upper()).t("\nTEL: ").PH(phone(rng, country)).t("\nE-MAIL: ")
    d.E(c.email(rng).upper()).t("\n")
    if country == "ES":
        d.t("NIE: ").NI(nie(rng))
    else:
        d.t("NI NUMBER: ").NI(nino(rng))
    d.t("\nVEHICLE REG: %s\n" % (plate_es(rng) if country == "ES" else plate_uk(rng)))
    n2 = person(rng, c.origin)
    d.t("NAMED DRIVER: ").P(n2.full.upper()).t(" (SPOUSE)\nPREVIOUS INSURER: ").O(rng.choice(INS[country]).upper())
    d.t("\nPREVIOUS POLICY NO: ").C(cid(rng, "policy")).t("\nCLIENT NO: ").C(cid(rng, "client"))
    d.t("\nSIGNED: ").P(c.short.upper()).t("\n")


def en_complaint(rng, d):
    c = person(rng)
    ag1 = person(rng, "uk")
    ag2 = person(rng, "uk")
    agency = rng.choice(AGENCY_UK)
    if rng.random() < 0.5:
        d.t("★☆☆☆☆ Review by ").P(c.short).t("\nAvoid ").O(agency).t("! Our deposit is still not back after 9 weeks. ")
        d.P(ag1.first).t(" at the branch was lovely but %s manager " % ("her" if ag1.g == "f" else "his")).P(ag2.full)
        d.t(" ignored every email. The flat at ").A(address(rng, "UK")).t(" was left with mould and ")
        d.O(rng.choice(REPAIRERS["UK"])).t(" never turned up. Tenancy ").C(cid(rng, "contract"))
        d.t(" if anyone from ").O(agency.split(" Lettings")[0] if "Lettings" in agency else agency).t(" reads this. Can't say I'd recommend, sorry ").P(ag1.first).t(".\n")
    else:
        d.t("Dear Sir or Madam,\n\nComplaint - claim ").C(cid(rng, "claim")).t(" / policy ").C(cid(rng, "policy"))
        d.t("\n\nI am writing to complain about how ").O(rng.choice(BROKER_EN)).t(" and ").O(rng.choice(INS["ES"]))
        d.t(" handled my burglary claim. I spoke with ").P(ag1.full).t(" on three occasions and each time was promised a call from ")
        d.P(ag2.first).t(". When I finally spoke to ").t(ag2.title_en(rng)).P(ag2.s1)
        d.t(" I was told the file had been passed to ").O(rng.choice(ADJUSTERS["ES"]))
        d.t(" without my knowledge. My neighbour ").P(person(rng, "es").full)
        d.t(" witnessed the break-in and is happy to confirm.\n\nPlease reply to ").E(c.email(rng)).t(" or ")
        d.PH(phone(rng, "ES")).t(".\n\nYours faithfully,\n").P(c.full).t("\n").A(address(rng, "ES")).t("\n")


def en_voicemail(rng, d):
    c = person(rng)
    staff = person(rng, rng.choice(["es", "uk"]))
    if rng.random() < 0.5:
        d.t("Voicemail transcript (auto) - received %s\n\n" % date_en(rng))
        d.t("\"Hello, er, this message is for ").P(staff.first).t(", it's ").P(c.full).t(". I'm calling about my ")
        d.t("life policy, the number is ").C(cid(rng, "policy")).t(". ")
        d.t("Er, my bank ").O(rng.choice(BANKS["ES"] + BANKS["UK"])).t(" says the direct debit bounced, so maybe use my new account, I'll text it. ")
        d.t("You can call me back on ").PH(phone(rng, rng.choice(["ES", "UK"]))).t(", or my ")
        rel = person(rng, c.origin)
        d.t("daughter " if rel.g == "f" else "son ").P(rel.first)
        d.t(" on ").PH(phone(rng, "UK")).t(". Thank you, bye bye.\"\n")
    else:
        d.t("SMS log export\n")
        for _ in range(3):
            p = person(rng)
            d.t("%s %02d:%02d  from " % (date_es(rng), rng.randint(7, 22), rng.randint(0, 59))).PH(phone(rng, rng.choice(["UK", "ES"])))
            d.t("  \"Hi it's ").P(p.first).t(", ")
            k = rng.randint(0, 2)
            if k == 0:
                d.t("my claim ref is ").C(cid(rng, "claim")).t(" pls call back, ask for ").P(p.first).t(" or ").P(person(rng).first).t("\"\n")
            elif k == 1:
                d.t("new bank details for rent: ").IB(iban(rng, rng.choice(["GB", "ES", "PT"]))).t(" thx\"\n")
            else:
                d.t("the key is with ").P(person(rng).full).t(" at no. %d, cheers\"\n" % rng.randint(2, 90))
        d.t("%s  to all: \"" % date_es(rng)).O(rng.choice(AGENCY_UK)).t(": gas safety checks next week. Reply STOP to opt out\"\n")


EN_TEMPLATES = [en_claim_email, en_renewal, en_call_notes, en_whatsapp, en_adjuster,
                en_invoice, en_tenancy_app, en_csv, en_caps, en_complaint, en_voicemail]


# --------------------------------------------------------------------------
# SPANISH templates
# --------------------------------------------------------------------------
MOVIL = {"ES": "móvil", "MX": "celular", "CO": "celular", "AR": "celular"}
CUR = {"ES": "€", "MX": "$", "CO": "$", "AR": "$"}


def broker_es(rng):
    return rng.choice(BROKER_ES)


def es_claim_email(rng, d, cc):
    c = person(rng, country=cc)
    staff = person(rng, country="ES")
    tr = person(rng, country=cc)
    ins = rng.choice(INS[cc])
    adj = rng.choice(ADJUSTERS[cc])
    sin = cid(rng, "claim")
    d.t("De: ").P(staff.full).t(" <").E(staff.email(rng, "albaran-seguros.es")).t(">\nPara: ")
    d.P(c.short).t(" <").E(c.email(rng)).t(">\nAsunto: RV: Apertura siniestro ").C(sin).t("\n\nBuenos días ")
    d.P(c.first).t(":\n\nLe reenvío la confirmación de ").O(ins).t(". El perito asignado es de ")
    d.O(adj).t(" y le llamará al ").PH(phone(rng, cc)).t(" que nos indicó.\n\nUn saludo,\n").P(staff.first)
    d.t("\n\n---------- Mensaje reenviado ----------\nDe: Tramitación Siniestros <")
    d.E("tramitacion@" + fold(ins.split()[0]).lower() + ".com").t(">\nFecha: %s\nAsunto: Apertura siniestro " % date_es(rng))
    d.C(sin).t("\n\nEstimados señores de ").O(broker_es(rng)).t(":\n\nHemos dado de alta el siniestro ")
    d.C(sin).t(" de la póliza ").C(cid(rng, "policy")).t(", tomador ").t(c.title_es(rng)).P(c.full)
    d.t(", por daños por agua en ").A(address(rng, cc)).t(". Tramitador: ").P(tr.full)
    d.t(".\n\n> El %s, " % date_es(rng)).P(c.first).t(" escribió:\n> hola, se ha roto la tubería del baño y ha caído agua al vecino de abajo, ")
    nb = person(rng, country=cc)
    d.t("la señora " if nb.g == "f" else "el señor ").P(nb.sur).t(". el fontanero de ")
    d.O(rng.choice(REPAIRERS[cc])).t(" dice que hay que levantar el suelo\n")


def es_renewal(rng, d, cc):
    c = person(rng, country=cc)
    staff = person(rng, country="ES" if rng.random() < 0.6 else cc)
    ins = rng.choice(INS[cc])
    d.O(broker_es(rng)).t("\n").A(address(rng, "ES" if cc == "ES" else cc)).t("\n\n")
    d.t(c.title_es(rng)).P(c.full).t("\n").A(address(rng, cc)).t("\n\n%s, a %s\n\n" % (rng.choice(["Madrid", "Ciudad de México", "Bogotá", "Buenos Aires", "Alicante"]), date_long_es(rng)))
    ramo = rng.choice(["Hogar", "Automóvil", "Vida", "Comunidades", "Comercio", "Mascotas", "Impago de alquiler"])
    d.t("Asunto: Renovación de su seguro de %s, póliza " % ramo).C(cid(rng, "policy")).t("\n\n")
    d.t(rng.choice(["Estimada ", "Apreciada ", "Querida "]) if c.g == "f" else rng.choice(["Estimado ", "Apreciado "]))
    d.P(c.first).t(":\n\nLe informamos de que su póliza con ").O(ins)
    d.t(" se renueva el próximo %s. La prima total será de %s. " % (date_long_es(rng), money(rng, CUR[cc])))
    d.t("El recibo se cargará en la cuenta que nos facilitó")
    if cc == "ES":
        d.t(", ").IB(iban(rng, "ES")).t(", ")
    else:
        d.t(" en ").O(rng.choice(BANKS[cc])).t(", ")
    d.t("salvo que nos indique lo contrario. Como cliente nº ").C(cid(rng, "client"))
    d.t(" dispone de un 5% de descuento. Si desea incluir como beneficiario a ")
    b = person(rng, c.origin)
    d.P(b.full).t(", le rogamos nos remita copia de su documento (")
    cue, nid = national_id(rng, cc, b)
    d.t(cue + " ").NI(nid).t(").\n\nPara cualquier duda, puede contactar con ").P(staff.full).t(" en el ")
    d.PH(phone(rng, "ES")).t(" o en ").E(staff.email(rng, "albaran-seguros.es")).t(".\n\nAtentamente,\n\n")
    d.P(staff.full.upper() if rng.random() < 0.3 else staff.full).t("\nDpto. Renovaciones\n")


def es_call_notes(rng, d, cc):
    c = person(rng, country=cc)
    h = person(rng, c.origin)
    me = person(rng, country="ES")
    d.t("%s - nota llamada (%s)\n" % (date_es(rng), me.first.lower().split()[0]))
    d.t("llama ").P(c.short.lower()).t(" , q tiene el coche en ").O(rng.choice(REPAIRERS[cc]))
    d.t(" desde el lunes y nadie le dice nada. matricula %s. sin. " % (plate_es(rng) if cc == "ES" else "ABC-%03d" % rng.randint(0, 999)))
    d.C(cid(rng, "claim")).t(" de ").O(rng.choice(INS[cc]).lower()).t(". dice q el perito (")
    d.P(person(rng, country=cc).s1.lower()).t("?) no ha pasado. su hij")
    d.t("o " if h.g == "m" else "a ").P(h.first.lower()).t(" tb llamo ayer, tlf ").PH(phone(rng, cc))
    d.t(". le digo q lo miro con ").P(person(rng, country="ES").first).t(" y le llamamos. ")
    d.t("tb pregunta x la poliza de hogar ").C(cid(rng, "policy")).t(" q vence el mes q viene, quiere ")
    d.t("cambiar la cuenta: ").IB(iban(rng, "ES").lower() if rng.random() < 0.5 else iban(rng, "ES"))
    d.t(" . pendiente mandarle cotizacion ").C(cid(rng, "quote")).t(" x mail a ").E(c.email(rng)).t("\n")


def es_whatsapp(rng, d, cc):
    c = person(rng, country=cc)
    ag = person(rng, country="ES")
    x = person(rng, country=cc)
    y = person(rng, rng.choice(["ng", "pl", "ro", "cn", "uk", "pk"]))
    dd = "%d/%d/26" % (rng.randint(1, 28), rng.randint(1, 12))

    def line(name, hh, mm):
        d.t("%s, %d:%02d - " % (dd, hh, mm)).P(name).t(": ")
    line(c.short, 9, 12)
    d.t("Buenos días ").P(ag.first).t(", le escribo por el parte del robo\n")
    line(ag.full, 9, 20)
    d.t("Hola ").P(c.first).t(" 😊 Ya lo tengo abierto con ").O(rng.choice(INS[cc])).t(", número ").C(cid(rng, "claim")).t("\n")
    line(c.short, 9, 22)
    d.t("Genial. Estábamos en casa ").P(x.first).t(", ").P(y.first).t(" y yo, se lo digo por si lo piden\n")
    line(ag.full, 9, 25)
    d.t("Perfecto. Me manda la denuncia y el ")
    cue, nid = national_id(rng, cc, c)
    d.t("su " + cue + ", por favor?").t("\n")
    line(c.short, 9, 40)
    d.t("Mi " + cue + " es ").NI(nid).t(" . La denuncia se la manda mi cuñad")
    d.t("a " if x.g == "f" else "o ").P(x.first).t(" desde ").E(x.email(rng)).t("\n")
    line(c.short, 9, 41)
    d.t("<Multimedia omitido>\n")
    line(ag.full, 10, 3)
    d.t("Recibido, gracias. Cualquier cosa al ").PH(phone(rng, "ES")).t("\n")


def es_adjuster(rng, d, cc):
    adj = rng.choice(ADJUSTERS[cc])
    ins = rng.choice(INS[cc])
    c = person(rng, country=cc)
    per = person(rng, country=cc)
    vec = person(rng, country=cc)
    d.t("INFORME PERICIAL\n").O(adj).t("\n\nCompañía: ").O(ins).t("\nExpediente: ").C(cid(rng, "claim"))
    d.t("\nPóliza: ").C(cid(rng, "policy")).t("\nAsegurado: ").P(c.inv() if rng.random() < 0.4 else c.full)
    cue, nid = national_id(rng, cc, c)
    d.t(" (" + cue + " ").NI(nid).t(")\nRiesgo: ").A(address(rng, cc))
    if cc == "ES":
        d.t("\nRef. catastral: %s" % catastro(rng))
    d.t("\nFecha de visita: %s\n\nANTECEDENTES\nEl asegurado comunica daños por filtración. En la visita nos atiende " % date_es(rng))
    w = person(rng, country=cc)
    d.t(rng.choice(["su esposa, " if w.g == "f" else "su esposo, ",
                    "su inquilina, " if w.g == "f" else "su inquilino, "])).P(w.full)
    d.t(". Según manifiesta ").P(c.first).t(", el origen está en la vivienda superior, propiedad de ")
    d.t(vec.title_es(rng)).P(vec.full).t(", asegurada en ").O(rng.choice(INS[cc])).t(".\n\n")
    d.t("VALORACIÓN\nDaños en pintura color rosa palo y parquet: %s. Se adjunta presupuesto de " % money(rng, CUR[cc]))
    d.O(rng.choice(REPAIRERS[cc])).t(" nº ").C(cid(rng, "quote")).t(".\n\nFdo.: ").P(per.full)
    d.t("\nPerito tasador\n").PH(phone(rng, cc)).t(" · ").E(per.email(rng, fold(adj.split()[0]).lower() + ".es")).t("\n")


def es_invoice(rng, d, cc):
    rep = rng.choice(REPAIRERS[cc])
    cl = person(rng, country=cc)
    op = person(rng, country=cc)
    pres = rng.random() < 0.5
    d.t("PRESUPUESTO" if pres else "FACTURA").t("\n").O(rep).t("\n").A(address(rng, cc)).t(" · Tel. ").PH(phone(rng, cc))
    d.t("\n\n%s nº " % ("Presupuesto" if pres else "Factura")).C(cid(rng, "quote" if pres else "invoice")).t("    Fecha: %s\n" % date_es(rng))
    d.t("Cliente: ").t(cl.title_es(rng)).P(cl.full).t("\n")
    cue, nid = national_id(rng, cc, cl)
    d.t(cue.replace("con ", "") + ": ").NI(nid).t("\nDirección de la obra: ").A(address(rng, cc))
    d.t("\nRef. siniestro: ").C(cid(rng, "claim")).t(" (").O(rng.choice(INS[cc])).t(")\n\n")
    d.t("Concepto                                    Importe\n")
    d.t("Sustitución de bajante y reposición de alicatado   %s\n" % money(rng, CUR[cc]))
    d.t("Mano de obra oficial (").P(op.first).t(") 6 h              %s\n" % money(rng, CUR[cc]))
    d.t("TOTAL                                       %s\n\n" % money(rng, CUR[cc]))
    if cc == "ES":
        d.t("Forma de pago: transferencia a ").O(rng.choice(BANKS["ES"])).t(" ").IB(iban(rng, "ES")).t("\n")
    else:
        d.t("Forma de pago: transferencia a ").O(rng.choice(BANKS[cc])).t(", titular ").P(person(rng, country=cc).full).t("\n")


def es_minutes(rng, d, cc):
    word = {"ES": ("JUNTA GENERAL ORDINARIA DE LA COMUNIDAD DE PROPIETARIOS", "propietarios"),
            "MX": ("ASAMBLEA ORDINARIA DE CONDÓMINOS", "condóminos"),
            "CO": ("ASAMBLEA GENERAL DE COPROPIETARIOS", "copropietarios"),
            "AR": ("ASAMBLEA ORDINARIA DEL CONSORCIO DE PROPIETARIOS", "propietarios")}[cc]
    ps = [person(rng, country=cc) for _ in range(7)]
    ps.append(person(rng, rng.choice(["uk", "ng", "pl", "ro", "arab"])))
    admin = person(rng, country=cc)
    d.t("ACTA DE LA %s DEL INMUEBLE SITO EN " % word[0]).A(address(rng, cc).upper()).t("\n\n")
    d.t("En la fecha indicada, en segunda convocatoria, se reúnen los %s que a continuación se relacionan:\n\n" % word[1])
    d.t("- ").t(ps[0].title_es(rng)).P(ps[0].full).t(" (1º A), presidente\n")
    d.t("- ").t(ps[1].title_es(rng)).P(ps[1].full).t(" (2º B)\n")
    d.t("- ").P(ps[2].full).t(" (3º C), representad" + ("a" if ps[2].g == "f" else "o") + " por ")
    d.P(ps[3].full).t(" mediante delegación escrita\n")
    d.t("- ").t(ps[4].title_es(rng)).P(ps[4].inv()).t(" (4º A), representad" + ("a" if ps[4].g == "f" else "o") + " por su hij")
    d.t("a " if ps[5].g == "f" else "o ").P(ps[5].first).t("\n- ").P(ps[7].full).t(" (4º D), inquilino con poder del propietario\n\n")
    d.t("Actúa como secretario-administrador ").P(admin.full).t(", de ").O(rng.choice(AGENCY_ES)).t(".\n\n")
    d.t("1. Derrama por la reparación de la fachada. Se presentan presupuestos de ")
    reps = rng.sample(REPAIRERS[cc if cc != "ES" else "ES"], 2)
    d.O(reps[0]).t(" y de ").O(reps[1]).t(". ").P(ps[1].first).t(" pregunta si el seguro de ")
    d.O(rng.choice(INS[cc])).t(" (póliza ").C(cid(rng, "policy")).t(") cubre parte de la obra. ")
    d.t("El Sr. " if ps[0].g == "m" else "La Sra. ").P(ps[0].s1).t(" responde que se abrió el siniestro ")
    d.C(cid(rng, "claim")).t(" y está pendiente.\n\n2. Morosidad. %s del 5º B, " % ("La propietaria" if ps[6].g == "f" else "El propietario"))
    d.P(ps[6].full).t(", adeuda %s; se acuerda reclamar judicialmente.\n\n" % money(rng, CUR[cc]))
    d.t("3. Ruegos y preguntas. ").P(ps[7].first).t(" pide que las convocatorias se envíen también a ")
    d.E(ps[7].email(rng)).t(". Se acuerda.\n\nLas cuotas se ingresarán en ")
    if cc == "ES":
        d.IB(iban(rng, "ES"))
    else:
        d.t("la cuenta de ").O(rng.choice(BANKS[cc]))
    d.t(".\n\nVº Bº El presidente: ").P(ps[0].short).t("     El secretario: ").P(admin.short).t("\n")


def es_csv(rng, d, cc):
    d.t("nombre;apellidos;%s;telefono;email;poliza;ramo;direccion\n" % ("dni" if cc in ("ES", "AR") else ("curp" if cc == "MX" else "cedula")))
    for _ in range(rng.randint(2, 3)):
        p = person(rng, country=cc)
        d.P(p.given).t(";").P(p.sur).t(";")
        cue, nid = national_id(rng, cc, p)
        d.NI(nid).t(";").PH(phone(rng, cc)).t(";").E(p.email(rng)).t(";").C(cid(rng, "policy"))
        d.t(";%s;" % rng.choice(["HOGAR", "AUTO", "VIDA", "MASCOTAS", "COMERCIO"])).A(address(rng, cc)).t("\n")


def es_caps(rng, d, cc):
    c = person(rng, country=cc)
    d.t("SOLICITUD DE SEGURO DE VIDA - ").O(broker_es(rng).upper()).t("\n\n")
    d.t("TOMADOR: ").P(c.full.upper()).t("\n")
    cue, nid = national_id(rng, cc, c)
    d.t(cue.upper().replace("CON ", "") + ": ").NI(nid.upper()).t("\nDOMICILIO: ").A(address(rng, cc).upper())
    d.t("\nTELÉFONO: ").PH(phone(rng, cc)).t("\nCORREO: ").E(c.email(rng).upper())
    b1 = person(rng, c.origin)
    b2 = person(rng, c.origin)
    d.t("\nBENEFICIARIOS: ").P(b1.full.upper()).t(" (50%) Y ").P(b2.full.upper()).t(" (50%)\n")
    d.t("COMPAÑÍA: ").O(rng.choice(INS[cc]).upper()).t("\nNº SOLICITUD: ").C(cid(rng, "quote"))
    d.t("\nMEDIADOR: ").P(person(rng, country="ES").full.upper()).t("\nFIRMA DEL TOMADOR: ").P(c.short.upper()).t("\n")


def es_complaint(rng, d, cc):
    c = person(rng, country=cc)
    a1 = person(rng, country=cc)
    a2 = person(rng, country=cc)
    if rng.random() < 0.5:
        d.t("Reseña ★★☆☆☆ - ").P(c.short).t("\n")
        d.t("Contraté el seguro de hogar con ").O(broker_es(rng)).t(" y al principio todo bien, ").P(a1.first)
        d.t(" me atendió de maravilla. Pero cuando tuve el siniestro ").C(cid(rng, "claim")).t(" nadie cogía el teléfono. ")
        d.t("Al final ").P(a2.full).t(" me dijo que ").O(rng.choice(INS[cc])).t(" no cubría la rotura. Un desastre, la verdad. ")
        d.t("Eso sí, gracias a ").P(a1.first).t(" y a ").P(person(rng, country=cc).first).t(" por la paciencia.\n")
    else:
        d.t("A la atención del Servicio de Atención al Cliente de ").O(rng.choice(INS[cc])).t("\n\n")
        d.t("Yo, ").P(c.full).t(", con ")
        cue, nid = national_id(rng, cc, c)
        d.t(cue.replace("con ", "") + " ").NI(nid).t(" y domicilio en ").A(address(rng, cc))
        d.t(", presento reclamación en relación con la póliza ").C(cid(rng, "policy"))
        d.t(".\n\nEl día %s comuniqué el siniestro a mi corredor, " % date_es(rng)).O(broker_es(rng))
        d.t(", a través de ").P(a1.full).t(". Desde entonces ni ").P(a1.first).t(" ni su compañer")
        d.t("a " if a2.g == "f" else "o ").P(a2.first).t(" me han dado respuesta. ")
        d.t("Solicito que se me contacte en el ").PH(phone(rng, cc)).t(" o en ").E(c.email(rng)).t(".\n\nAtentamente,\n").P(c.full).t("\n")


def es_voicemail(rng, d, cc):
    if rng.random() < 0.5:
        c = person(rng, country=cc)
        d.t("Transcripción buzón de voz - %s\n\n\"Hola, buenas tardes, soy " % date_es(rng)).P(c.first).t(", ").P(c.full)
        d.t(", llamo por lo del seguro de la perrita, la póliza es la ").C(cid(rng, "policy"))
        d.t(", eh, quería saber si ya pagaron la factura del veterinario, de ").O(rng.choice(VETS))
        rel = person(rng, c.origin)
        d.t(". Si no estoy llamen a mi %s, " % rng.choice(["marido", "hermano"] if rel.g == "m" else ["mujer", "hermana"]))
        d.P(rel.first).t(", al ").PH(phone(rng, cc)).t(". Mi número es el ").PH(phone(rng, cc))
        d.t(". Gracias, ").P(person(rng, country="ES").first).t(", hasta luego.\"\n")
    else:
        d.t("Registro SMS\n")
        for _ in range(3):
            p = person(rng, country=cc)
            d.t("%s  " % date_es(rng)).PH(phone(rng, cc)).t("  \"")
            k = rng.randint(0, 2)
            if k == 0:
                d.t("Soy ").P(p.first).t(". El nº de siniestro es ").C(cid(rng, "claim")).t(" xfa llamar a ").P(person(rng, country=cc).first).t("\"\n")
            elif k == 1:
                d.t("Hola, soy ").P(p.short).t(", mi nuevo ").t("DNI" if cc == "ES" else "documento")
                cue, nid = national_id(rng, cc, p)
                d.t(" es ").NI(nid).t(" gracias\"\n")
            else:
                d.t("Las llaves las tiene ").P(p.full).t(", en el bajo. Saludos\"\n")
        d.t("%s  enviado: \"" % date_es(rng)).O(broker_es(rng)).t(": le recordamos el pago del recibo de su póliza ").C(cid(rng, "policy")).t("\"\n")


def es_tenancy(rng, d, cc):
    t = person(rng, country=cc if rng.random() < 0.6 else None)
    g = person(rng, country=cc)
    ll = person(rng, country=cc)
    d.t("SOLICITUD DE ARRENDAMIENTO - ").O(rng.choice(AGENCY_ES if cc == "ES" else AGENCY_LATAM[cc])).t("\nInmueble: ").A(address(rng, cc))
    d.t("\nContrato previsto: ").C(cid(rng, "contract")).t("\n\nSOLICITANTE\nNombre y apellidos: ").P(t.full)
    if t.origin in TWO_SURNAMES:
        cue, nid = national_id(rng, cc, t)
    elif cc == "ES":
        cue, nid = "NIE", nie(rng)
    else:
        cue, nid = "Pasaporte", passport(rng, rng.choice(["UK", "NG", "IN", "XX"]))
    d.t("\n" + cue.replace("con ", "") + ": ").NI(nid).t("\nTeléfono: ").PH(phone(rng, cc)).t("\nEmail: ").E(t.email(rng))
    d.t("\nEmpresa: ").O(rng.choice(EMPLOYERS)).t("\n\nAVALISTA\n").P(g.inv() if rng.random() < 0.5 else g.full)
    cue, nid = national_id(rng, cc, g)
    d.t(", " + cue.replace("con ", "") + " ").NI(nid).t(", con domicilio en ").A(address(rng, cc)).t("\n\n")
    d.t("Observaciones del agente (").P(person(rng, country=cc).first)
    if ll.g == "f":
        d.t("): la propietaria, ").P(ll.full)
    else:
        d.t("): el propietario, ").t(ll.title_es(rng)).P(ll.s1)
    d.t(", quiere fianza de dos meses. El seguro de impago se contrataría con ").O(rng.choice(INS[cc]))
    if cc == "ES":
        d.t(". Ingreso de la reserva en ").IB(iban(rng, "ES")).t(".\n")
    else:
        d.t(". Reserva por transferencia a ").O(rng.choice(BANKS[cc])).t(".\n")


ES_TEMPLATES = [es_claim_email, es_renewal, es_call_notes, es_whatsapp, es_adjuster,
                es_invoice, es_minutes, es_csv, es_caps, es_complaint, es_voicemail, es_tenancy]
ES_COUNTRIES = ["ES", "MX", "ES", "CO", "ES", "AR"]


# --------------------------------------------------------------------------
def generate():
    rows = []
    for i in range(60):
        rng = random.Random(SEED * 1000 + i)
        d = Doc()
        EN_TEMPLATES[i % len(EN_TEMPLATES)](rng, d)
        text, spans = d.finish()
        rows.append({"id": "d7-en-%03d" % i, "text": text, "lang": "en", "spans": spans})
    for i in range(60):
        rng = random.Random(SEED * 1000 + 500 + i)
        d = Doc()
        cc = ES_COUNTRIES[(i + i // len(ES_TEMPLATES)) % len(ES_COUNTRIES)]
        ES_TEMPLATES[i % len(ES_TEMPLATES)](rng, d, cc)
        text, spans = d.finish()
        rows.append({"id": "d7-es-%03d" % i, "text": text, "lang": "es", "spans": spans})
    return rows


def main():
    rows = generate()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, OUT_NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    persons = []
    for r in rows:
        for s in r["spans"]:
            key = (s["label"], r["lang"])
            counts[key] = counts.get(key, 0) + 1
            if s["label"] == "PERSON":
                persons.append(r["text"][s["start"]:s["end"]])
    distinct = len(sorted(dict.fromkeys(persons)))
    assert distinct >= 300, distinct
    total = sum(counts.values())
    print("wrote %s: %d docs, %d spans (%.1f/doc), %d distinct person strings"
          % (path, len(rows), total, total / len(rows), distinct))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "all"))
    for lab in LABELS:
        en = counts.get((lab, "en"), 0)
        es = counts.get((lab, "es"), 0)
        print("%-12s %6d %6d %6d" % (lab, en, es, en + es))


if __name__ == "__main__":
    main()
