#!/usr/bin/env python3
"""Hand-built labelled PII dev set no. 6  ->  pii_dev6.jsonl (written beside this file).

Built on 2026-12-03 by a separate author (a helper agent) who was given only the
label conventions and the list of domains, and who read neither the recognizers
nor any of the other labelled sets.  All name lists, companies, address pieces
and templates below were written by hand for this set; nothing is imported
except the Python standard library.

Rows: {"id": "d6-en-000", "text": ..., "lang": "en" | "es",
       "spans": [{"start", "end", "label"}, ...]}
160 documents: 80 English ("en"), 80 Spanish ("es", Spain and Latin America).
Labels: PERSON, ORG, EMAIL, PHONE, IBAN, NATIONAL_ID, CUSTOMER_ID, ADDRESS.

Domains and document kinds
--------------------------
es - a gestoria / asesoria (tax, payroll and legal paperwork) in Madrid with
     offices for clients in Peru and Chile (plus a few Mexican, Argentine and
     Colombian clients/employees):
     client-portal messages; e-mail threads with forwarded/quoted headers
     ("De: ... Enviado: ... Para: ... Asunto:"); payroll incident sheets
     (altas/bajas en la Seguridad Social, embargos); bajas medicas (IT);
     autonomos quarterly-filing notes; inheritance files (causante, viuda,
     hijos, nietos, notario); comunidad de propietarios minutes with attendee
     lists; notary appointment confirmations; WhatsApp exports; fast lower-case
     call notes with typos; Excel pastes (semicolon- and tab-separated);
     formal letters with D./Dna. and signature blocks; invoices; Peruvian
     client mail (SUNAT, RUC, DNI); Chilean / Mexican / Argentine / Colombian
     client and employee paperwork (RUT, CURP, RFC, CUIT, cedula).
en - a veterinary practice group with a pet-insurance desk (UK and Ireland)
     and a car-repair garage that handles insurance claims:
     consult lists; clinical notes; ALL-CAPS insurance claim forms; e-mails
     to/from insurers; SMS reminder logs; reviews; complaints; phone-call
     transcripts with speaker labels; handwritten-style registration forms;
     CSV exports; garage estimates; vet and garage invoices; staff rota
     messages; insurance-desk call notes; new-starter (HR) forms with NI
     numbers / PPSNs; garage <-> insurer accident-claim correspondence.

Label decisions taken by this author where the conventions leave room
(documented so that disagreements can be traced):
  * Titles/honorifics, job titles, post-nominals (MRCVS, RVN) and "'s" are
    outside PERSON spans; initials belonging to the name are inside.
  * Pet names are never labelled (many look like people's names).
  * Streets named after people are ADDRESS only.  A comunidad de propietarios
    named by its street address is written as the address (ADDRESS).
  * Public bodies (Agencia Tributaria, Hacienda, TGSS, Seguridad Social as
    the body, SUNAT, SII, HMRC, Revenue, DVLA, courts, registries) are ORG.
  * Company tax numbers (Spanish CIF "B-..." of a limited company) are NOT
    labelled; personal tax numbers (DNI/NIF of a sole trader, personal RUC
    "10...", RUT, CUIT, RFC of a person) are NATIONAL_ID.
  * Invoice, estimate, order, policy, claim, ticket, file, court-case,
    patient-record and booking numbers are CUSTOMER_ID; the cue word
    ("nº cliente", "claim no.", "Exp.", "#") stays outside the span unless it
    is glued into the code itself ("EXP-26-0417", "PT-00917").
  * Vehicle registrations, VINs, part numbers, product/article codes, tax
    form numbers (modelo 303, SA100), catastral references, dates, amounts,
    and towns on their own are left unlabelled.
  * Multi-line postal addresses in letter heads are one ADDRESS span.

Determinism: every random choice comes from random.Random seeded from
SEED = 20261203 (one derived integer seed per document); no set or dict is
iterated for output, nothing depends on hash order, and span offsets are
recorded while the text is being assembled from segments (the finished text
is never searched).  The output is byte-identical across runs and across
PYTHONHASHSEED values.
"""

import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261203
N_PER_LANG = 80

# --------------------------------------------------------------------------
# segment engine
# --------------------------------------------------------------------------

_OPEN, _CLOSE = "\u27e6", "\u27e7"
_MARK = re.compile(_OPEN + r"([A-Z])\|(.*?)" + _CLOSE, re.S)
LABELS = {
    "P": "PERSON", "O": "ORG", "E": "EMAIL", "T": "PHONE", "I": "IBAN",
    "N": "NATIONAL_ID", "C": "CUSTOMER_ID", "A": "ADDRESS",
}
LABEL_ORDER = ["PERSON", "ORG", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID",
               "CUSTOMER_ID", "ADDRESS"]


def _tag(code):
    def tag(value):
        value = str(value)
        if (not value or value != value.strip() or _OPEN in value
                or _CLOSE in value):
            raise ValueError("bad span value %r" % (value,))
        return _OPEN + code + "|" + value + _CLOSE
    return tag


P = _tag("P")
O = _tag("O")
E = _tag("E")
T = _tag("T")
I = _tag("I")
N = _tag("N")
C = _tag("C")
A = _tag("A")


class Doc:
    """Text assembled segment by segment; labelled segments record offsets."""

    def __init__(self):
        self._parts = []
        self._spans = []
        self._pos = 0

    def _raw(self, s):
        if _OPEN in s or _CLOSE in s:
            raise ValueError("unbalanced marker in %r" % (s,))
        self._parts.append(s)
        self._pos += len(s)

    def ent(self, value, label):
        start = self._pos
        self._raw(value)
        self._spans.append((start, self._pos, label, value))

    def w(self, *chunks):
        """Append chunks; marked pieces become labelled segments."""
        for chunk in chunks:
            i = 0
            for m in _MARK.finditer(chunk):
                self._raw(chunk[i:m.start()])
                self.ent(m.group(2), LABELS[m.group(1)])
                i = m.end()
            self._raw(chunk[i:])

    def finish(self):
        text = "".join(self._parts)
        end = len(text.rstrip())
        text = text[:end]
        spans = []
        prev_end = 0
        for start, stop, label, value in self._spans:
            assert 0 <= start < stop <= len(text), (start, stop, value)
            assert start >= prev_end, ("overlap/unsorted", value)
            assert text[start:stop] == value, (text[start:stop], value)
            assert value == value.strip() and value, value
            assert label in LABEL_ORDER
            spans.append({"start": start, "end": stop, "label": label})
            prev_end = stop
        assert _OPEN not in text and _CLOSE not in text
        return text, spans


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    return rng.sample(list(seq), k)


def chance(rng, p):
    return rng.random() < p


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    s = strip_accents(s).lower().replace("ł", "l").replace("đ", "d")
    return "".join(ch for ch in s if ch.isalnum())


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

NICK = {
    "Francisco": "Paco", "José": "Pepe", "Ignacio": "Nacho", "Dolores": "Loli",
    "María Dolores": "Loli", "Consuelo": "Chelo", "Manuel": "Manolo",
    "Jesús": "Chus", "Mercedes": "Merche", "Guadalupe": "Lupe",
    "Francisco Javier": "Javi", "María del Carmen": "Maricarmen",
    "María de los Ángeles": "Marián", "Asunción": "Susi",
    "Purificación": "Puri", "Encarnación": "Encarni", "Inmaculada": "Inma",
    "Remedios": "Reme", "Ascensión": "Chon", "Antonio": "Toño",
    "María Jesús": "Chus", "José Manuel": "Chema", "Rosa María": "Rosi",
    "William": "Bill", "Margaret": "Maggie", "Elizabeth": "Liz",
    "Robert": "Bob", "Patrick": "Paddy", "Penelope": "Penny",
    "Deborah": "Debbie", "Catherine": "Kate", "Christopher": "Chris",
    "Michael": "Mick", "Thomas": "Tom", "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka", "Małgorzata": "Gosia", "Alexandru": "Alex",
    "Oluwadamilola": "Dami", "Babajide": "Jide", "Donnchadh": "Donncha",
}


class Person:
    def __init__(self, given, last, gender, region, sur1=None,
                 family_first=False, email=None, role=None, call=None):
        self.given = given
        self.last = last
        self.gender = gender
        self.region = region
        self.sur1 = sur1 or last
        self.family_first = family_first
        self.email = email
        self.role = role
        self._call = call

    @property
    def full(self):
        if self.family_first:
            return self.last + " " + self.given
        return self.given + " " + self.last

    @property
    def inverted(self):
        return self.last + ", " + self.given

    @property
    def call(self):
        if self._call:
            return self._call
        if self.region == "vnm":
            return self.given.split()[-1]
        return self.given

    @property
    def nick(self):
        return NICK.get(self.given, self.call)

    @property
    def first(self):
        if self.region == "vnm":
            return self.given.split()[-1]
        return self.given.split()[0]

    def initials(self, dots=True, space=True):
        toks = [t for t in re.split(r"[ -]", self.given)
                if t and t not in ("de", "del", "la", "los", "las", "da", "do", "dos")]
        sep = " " if space else ""
        if dots:
            return sep.join(t[0] + "." for t in toks)
        return sep.join(t[0] for t in toks)

    def initial_name(self, dots=True):
        return self.initials(dots) + " " + self.sur1

    def maria(self, rng):
        """Mª / M.ª abbreviation of María-compound names (or None)."""
        if self.given.startswith("María "):
            return self.given.replace("María ", pick(rng, ["Mª ", "M.ª ", "Mª "]), 1)
        return None

    def es_title(self, formal=False):
        if self.gender == "f":
            return "Dña." if formal else "Sra."
        return "D." if formal else "Sr."

    def en_title(self, rng):
        if self.gender == "f":
            return pick(rng, ["Mrs", "Ms", "Miss", "Mrs", "Ms"])
        return pick(rng, ["Mr", "Mr", "Mr."])

    def local(self, rng):
        g = slug(self.first)
        s = slug(self.sur1.split()[-1] if not self.sur1.startswith(("de ", "del ")) else self.sur1)
        s2 = slug(self.last.split()[-1])
        ini = slug(self.initials(dots=False, space=False))
        y = rng.randint(60, 99)
        return pick(rng, [
            g + "." + s, g[0] + s, g + s + str(rng.randint(1, 99)), s + "." + g,
            g + "_" + s + str(y), ini + s, g + "." + s + "." + s2, g + s2,
            g[0] + "." + s, g + str(y),
        ])


# Spain ---------------------------------------------------------------------
ES_GIVEN_F = [
    "María Jesús", "Mari Carmen", "Ana Isabel", "María del Carmen",
    "María de los Ángeles", "María Dolores", "María José", "María del Pilar",
    "Rosa", "Pilar", "Dolores", "Amparo", "Consuelo", "Luz", "Sol", "Paz",
    "Cruz", "Rocío", "Remedios", "Inmaculada", "Encarnación", "Esperanza",
    "Soledad", "Mercedes", "Begoña", "Almudena", "Covadonga", "Macarena",
    "Azucena", "Nieves", "Lourdes", "Visitación", "Lucía", "Marta", "Elena",
    "Beatriz", "Raquel", "Noelia", "Yolanda", "Vanesa", "Sonia", "Ana Belén",
    "Rosa María", "Juana", "Asunción", "Milagros", "Candela", "Alba",
    "Paula", "Triana", "Reyes", "Blanca", "Estrella", "Ascensión",
    "Purificación", "Loreto", "Carmen", "Ángeles", "María Teresa",
    "Mari Luz", "Ana María", "Julia", "Olvido", "Fuensanta", "Araceli",
]
ES_GIVEN_M = [
    "José Luis", "Juan Carlos", "José Antonio", "Francisco Javier",
    "Miguel Ángel", "Juan Pablo", "José Manuel", "Juan José", "Luis Miguel",
    "Jesús", "Antonio", "Manuel", "Ángel", "Rubén", "Álvaro", "Sergio",
    "Iván", "Raúl", "Ernesto", "Eusebio", "Gregorio", "Fermín", "Santiago",
    "Cruz", "Rosendo", "Tomás", "Ramón", "Emilio", "Julián", "Ignacio",
    "Fernando", "Jacinto", "Celestino", "Bernardo", "Gonzalo", "Adrián",
    "Hugo", "Marcos", "Jaime", "Amador", "Prudencio", "Salvador", "Rafael",
    "Francisco", "Pedro", "Alfonso", "Domingo", "Vicente", "José",
    "Juan Ramón", "Pedro Pablo", "Andrés", "Benito", "Ceferino", "Modesto",
]
CAT_GIVEN_F = ["Montserrat", "Núria", "Meritxell", "Mireia", "Roser", "Carme",
               "Laia", "Gemma", "Mercè", "Neus", "Aina", "Montse", "Assumpta"]
CAT_GIVEN_M = ["Jordi", "Pau", "Oriol", "Arnau", "Joan", "Josep Maria",
               "Xavier", "Pere", "Jaume", "Marc", "Quim", "Sergi", "Albert",
               "Joan Ramon"]
EUS_GIVEN_F = ["Aitziber", "Nerea", "Ainhoa", "Itziar", "Garazi", "Miren",
               "Edurne", "Arantxa", "Amaia", "Leire", "Maite", "Izaskun",
               "Irati", "Miren Josune"]
EUS_GIVEN_M = ["Iñaki", "Unai", "Asier", "Ander", "Jon", "Koldo", "Gorka",
               "Aitor", "Xabier", "Mikel", "Joseba", "Eneko", "Imanol",
               "Jon Ander"]
GAL_GIVEN_F = ["Uxía", "Iria", "Antía", "Xiana", "Sabela", "Noa", "Carmiña",
               "Olalla", "Rosalía", "Maruxa", "Vitoria"]
GAL_GIVEN_M = ["Xoán", "Xosé Manuel", "Brais", "Breixo", "Roi", "Anxo",
               "Uxío", "Iago", "Xurxo", "Xabier", "Manuel Xosé"]
ES_SUR = [
    "García", "Fernández", "González", "Rodríguez", "López", "Martínez",
    "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández",
    "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez",
    "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado",
    "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias",
    "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Guerrero", "Cano",
    "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León",
    "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega",
    "Fuentes", "Carrasco", "Diez", "Caballero", "Reyes", "Nieto", "Aguilar",
    "Pascual", "Santana", "Herrero", "Lorenzo", "Montero", "Hidalgo",
    "Giménez", "Ibáñez", "Durán", "Benítez", "Mora", "Vicente", "Vargas",
    "Arias", "Carmona", "Crespo", "Román", "Pastor", "Soto", "Sáez",
    "Velasco", "Moya", "Parra", "Esteban", "Bravo", "Gallardo", "Rojas",
    "Prado", "Ocaña", "Olmedo", "Villalobos", "Quintanilla", "Escudero",
    "Zamora", "Toledano", "Bermejo", "Carretero", "Pizarro", "Salas",
    "Manzano", "Cuesta", "Robles", "Caro", "Maroto", "Palomo", "Cordero",
    "Tejedor", "Sierra", "Paz", "Pino", "Lobo", "Cid", "Amor", "Bueno",
    "Clemente", "Rey", "Conde", "Hierro", "Castaño", "Rosales",
]
ES_SUR_PART = ["de la Fuente", "del Río", "de los Santos", "de Miguel",
               "de la Cruz", "del Pozo", "de Juan", "de la Torre", "del Olmo",
               "de las Heras", "de Castro", "de Andrés", "de la Calle",
               "del Valle", "de la Rosa"]
ES_SUR_COMPOUND = ["Fernández-Cid", "Pérez-Llorca", "García-Valdecasas",
                   "Ruiz de la Prada", "Sáenz de Santamaría", "Martínez de Pisón",
                   "López de Haro", "Díaz-Cañabate", "Gómez-Acebo",
                   "Ruiz de Velasco", "Fernández de Córdoba", "Ortiz de Zárate",
                   "Martín-Artajo", "Sánchez-Arjona", "González de Linares"]
CAT_SUR = ["Puigdomènech", "Vilaseca", "Casals", "Ferrer", "Soler", "Font",
           "Riera", "Rovira", "Bosch", "Sabaté", "Puig", "Vilanova", "Canals",
           "Prats", "Roca", "Pujol", "Grau", "Mas", "Serra", "Coll", "Camps",
           "Miró", "Batlle", "Roig", "Sunyer", "Cardús", "Farré", "Llobet",
           "Vidal-Quadras", "Girbau"]
EUS_SUR = ["Etxeberria", "Goikoetxea", "Agirre", "Urrutia", "Zubizarreta",
           "Arrieta", "Larrañaga", "Olabarrieta", "Elizondo", "Aranburu",
           "Gabilondo", "Ibarguren", "Etxaniz", "Azkue", "Mendizabal",
           "Uriarte", "Aizpurua", "Garmendia", "Iturbe", "Lasa", "Otegi",
           "Zabaleta", "Bengoetxea", "Errazkin", "Arregi", "Lizarralde"]
GAL_SUR = ["Outeiro", "Castro", "Seoane", "Carballo", "Vilariño", "Pereiro",
           "Louzao", "Barreiro", "Vázquez", "Otero", "Rivas", "Lamas",
           "Fraga", "Souto", "Piñeiro", "Regueiro", "Cancela", "Noya",
           "Bouzas", "Lema", "Varela", "Mosquera", "Rial", "Fandiño", "Doval"]
# Latin America -------------------------------------------------------------
PE_GIVEN_F = ["Yessenia", "Milagros", "Rosa Elvira", "Flor de María",
              "Marleny", "Hermelinda", "Nilda", "Gladys", "Ruth", "Deyanira",
              "Yaneth", "Maribel", "Lizbeth", "Sheyla", "Roxana", "Kiara",
              "Fiorella", "Yolanda", "Haydée", "Nélida", "Luz Clarita",
              "Rosa Luz", "Jackeline"]
PE_GIVEN_M = ["Wilmer", "Percy", "Elmer", "Rómulo", "Teófilo", "Wálter",
              "Marco Antonio", "Luis Alberto", "Juan de Dios", "Edwin",
              "Jhonatan", "Brayan", "Alipio", "Fortunato", "Ayar", "Nilton",
              "Hernán", "Félix", "Wilber", "Yonatan", "Efraín", "Gílmer",
              "Richard Paul"]
PE_SUR = ["Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Choque",
          "Apaza", "Ticona", "Chambi", "Huanca", "Yupanqui", "Villanueva",
          "Chávez", "Paredes", "Salazar", "Vilca", "Cusi", "Espinoza", "Tapia",
          "Ayala", "Inga", "Taipe", "Pari", "Pacheco", "Zevallos", "Lozada",
          "Cárdenas", "Huarcaya", "Ccori", "Llamocca", "Ñaupari", "Soncco",
          "Alarcón", "Carhuamaca", "Sulca", "Ccopa"]
CL_GIVEN_F = ["Catalina", "Javiera", "Constanza", "Valentina", "Francisca",
              "Fernanda", "Camila", "Ignacia", "Maite", "Josefa", "Trinidad",
              "Antonia", "Macarena", "Daniela", "Paz", "Marisol", "Scarlett",
              "Marcela"]
CL_GIVEN_M = ["Benjamín", "Matías", "Vicente", "Agustín", "Tomás", "Bastián",
              "Cristóbal", "Joaquín", "Felipe", "Renato", "Maximiliano",
              "Patricio", "Rodrigo", "Claudio", "Héctor", "Osvaldo",
              "Juan Ignacio"]
CL_SUR = ["Fuenzalida", "Valdivia", "Araya", "Henríquez", "Riquelme",
          "Sepúlveda", "Contreras", "Carrasco", "Muñoz", "Soto", "Pizarro",
          "Aravena", "Cárcamo", "Huenchumilla", "Millapán", "Ñancupil",
          "Ancapán", "Vergara", "Bustos", "Yáñez", "Orellana", "Figueroa",
          "Quezada", "Jara", "Lagos", "Espinoza", "Gallardo", "Toro",
          "Valenzuela", "Leiva", "Catrileo", "Urzúa"]
MX_GIVEN_F = ["Guadalupe", "Ximena", "Itzel", "Citlali", "Xóchitl", "Brenda",
              "Maricela", "Araceli", "Montserrat", "Yareli", "María Guadalupe",
              "Dulce María"]
MX_GIVEN_M = ["Jesús Alberto", "José de Jesús", "Cuauhtémoc", "Arturo",
              "Rigoberto", "Jorge Armando", "Eduardo", "Ulises", "Octavio",
              "Juan Manuel", "Efrén"]
MX_SUR = ["Hernández", "Ramírez", "Cervantes", "Villaseñor", "Xicoténcatl",
          "Tlatoa", "Ochoa", "Zepeda", "Bautista", "Cuevas", "Arreola",
          "Gutiérrez", "Maldonado", "Carrillo", "Ibarra", "Moctezuma",
          "Velázquez", "Zaragoza"]
AR_GIVEN_F = ["Agustina", "Florencia", "Milagros", "Micaela", "Rocío",
              "Luciana", "Belén", "Sol", "Celeste", "María Sol"]
AR_GIVEN_M = ["Lautaro", "Facundo", "Santino", "Nahuel", "Gonzalo",
              "Ezequiel", "Leandro", "Thiago", "Mauricio", "Juan Cruz"]
AR_SUR = ["Bianchi", "Rossi", "Pereyra", "Sosa", "Lombardi", "Gutiérrez",
          "Acosta", "Benítez", "Giménez", "Ferraro", "Romano", "Domínguez",
          "Moretti", "Quiroga", "Ledesma", "Schwarz", "Iturralde"]
CO_GIVEN_F = ["Kelly Johana", "Leidy Tatiana", "Luz Marina", "Ana Milena",
              "Yuliana", "Maryuri", "Leidy", "Dayana", "Luz Dary",
              "Sandra Milena", "Yurani"]
CO_GIVEN_M = ["Jhon Fredy", "Yeison", "Duvan", "Jhon Jairo", "Wilson",
              "Edwin Alberto", "Brayan Stiven", "Luis Fernando", "Didier",
              "Jhon Édison"]
CO_SUR = ["Ospina", "Giraldo", "Cardona", "Zuluaga", "Arango", "Restrepo",
          "Mosquera", "Palacios", "Valencia", "Montoya", "Agudelo", "Córdoba",
          "Rentería", "Cuesta", "Quintero", "Londoño"]

_ES_REGION_POOLS = {
    "es": (ES_GIVEN_F, ES_GIVEN_M, ES_SUR),
    "cat": (CAT_GIVEN_F, CAT_GIVEN_M, CAT_SUR),
    "eus": (EUS_GIVEN_F, EUS_GIVEN_M, EUS_SUR),
    "gal": (GAL_GIVEN_F, GAL_GIVEN_M, GAL_SUR),
    "pe": (PE_GIVEN_F, PE_GIVEN_M, PE_SUR),
    "cl": (CL_GIVEN_F, CL_GIVEN_M, CL_SUR),
    "mx": (MX_GIVEN_F, MX_GIVEN_M, MX_SUR),
    "ar": (AR_GIVEN_F, AR_GIVEN_M, AR_SUR),
    "co": (CO_GIVEN_F, CO_GIVEN_M, CO_SUR),
}
ES_REGIONS = ["es", "es", "es", "es", "es", "cat", "eus", "gal", "pe", "cl",
              "es", "co"]


def _es_surname(rng, pool):
    r = rng.random()
    if r < 0.07:
        return pick(rng, ES_SUR_PART)
    if r < 0.12:
        return pick(rng, ES_SUR_COMPOUND)
    return pick(rng, pool)


def es_person(rng, region=None, gender=None):
    if region is None:
        region = pick(rng, ES_REGIONS)
    gender = gender or pick(rng, ["f", "m"])
    gf, gm, sp = _ES_REGION_POOLS[region]
    if region in ("cat", "eus", "gal") and chance(rng, 0.3):
        gf, gm = ES_GIVEN_F, ES_GIVEN_M
    if region in ("pe", "cl", "mx", "ar", "co") and chance(rng, 0.25):
        gf, gm = ES_GIVEN_F, ES_GIVEN_M
    given = pick(rng, gf if gender == "f" else gm)
    if region in ("cat", "eus", "gal", "pe", "cl") and chance(rng, 0.35):
        s1, s2 = pick(rng, sp), _es_surname(rng, ES_SUR)
        if chance(rng, 0.5):
            s1, s2 = s2, s1
    else:
        s1 = _es_surname(rng, sp)
        s2 = _es_surname(rng, sp)
    while s2 == s1:
        s2 = pick(rng, ES_SUR)
    if region == "ar" and chance(rng, 0.65):
        return Person(given, s1, gender, region, sur1=s1)
    joiner = " "
    if region == "es" and chance(rng, 0.06):
        joiner = " y "
    if region == "cat" and chance(rng, 0.25):
        joiner = " i "
    return Person(given, s1 + joiner + s2, gender, region, sur1=s1)


# UK / Ireland / elsewhere ----------------------------------------------------
EN_F = ["Penny", "Holly", "Grace", "Faith", "Rose", "Hope", "Poppy", "Chloe",
        "Emily", "Sophie", "Charlotte", "Hannah", "Gemma", "Kirsty", "Leanne",
        "Jade", "Megan", "Lauren", "Joanne", "Beverley", "Tracey", "Denise",
        "Elaine", "Maureen", "Brenda", "Margaret", "Elizabeth", "Penelope",
        "Deborah", "Catherine", "Harriet", "Imogen", "Jemima", "Philippa",
        "Daisy", "Amber", "Ruby", "Violet", "Summer", "Joy", "Dawn", "April",
        "Heather", "Ivy", "Pearl", "Robin", "Lily-Rose", "Mary-Kate",
        "Anne-Marie", "Kerry-Ann", "Jo"]
EN_M = ["James", "Oliver", "Harry", "George", "Thomas", "Jack", "William",
        "Will", "Bill", "Frank", "Mark", "Hunter", "Owen", "Nathan", "Ethan",
        "Stuart", "Graham", "Derek", "Nigel", "Clive", "Trevor", "Barry",
        "Robert", "Christopher", "Michael", "Rupert", "Giles", "Jasper",
        "Dean", "Wayne", "Lee", "Carl", "Gary", "Neil", "Ray", "Rob", "Guy",
        "Reed", "Miles", "Glen", "Dale", "Art", "Sonny"]
EN_SUR = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Baker", "Cook",
          "Hunter", "Rose", "Davies", "Wilson", "Roberts", "Johnson", "Walker",
          "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
          "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Turner",
          "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Watson",
          "Harrison", "Carter", "Shaw", "Bell", "Fletcher", "Marsh",
          "Holloway", "Pennington", "Ashworth", "Thistlethwaite",
          "Higginbottom", "Sidebottom", "Bird", "Fox", "Wolfe", "Little",
          "Long", "Gold", "Black", "Young", "Day", "Knight", "Bishop",
          "Church", "Parsons", "Mason", "Fisher", "Butler", "Sweet",
          "Goodchild", "Lamb", "Winter", "Summers", "Frost", "Snow", "Stone",
          "Banks", "Booth", "Ball", "Crook", "Gentle", "Pickering", "Nutter"]
EN_DBL = ["Hamilton-Smythe", "Carrington-Blake", "Wyndham-Price",
          "Fenwick-Clarke", "Pryce-Owen", "Stewart-Mackenzie", "Harcourt-Vane",
          "Dunmore-Reid", "O'Neill-Byrne", "Ashby-Cole", "Tennant-Hughes",
          "Forbes-Leith", "Llewellyn-Jones", "Baker-Cook", "Hunter-Rose",
          "Ogilvy-Grant", "Montague-Brown", "Fforde-Pym", "Lane-Fox"]
IRL_F = ["Siobhán", "Niamh", "Aoife", "Caoimhe", "Saoirse", "Róisín",
         "Clodagh", "Gráinne", "Orla", "Sinéad", "Eimear", "Deirdre", "Síle",
         "Bríd", "Máire", "Aisling", "Úna", "Méabh", "Nuala", "Ailbhe",
         "Bernadette", "Mairéad", "Fionnuala", "Treasa"]
IRL_M = ["Pádraig", "Ciarán", "Seán", "Eoin", "Cathal", "Donnchadh", "Oisín",
         "Tadhg", "Cormac", "Darragh", "Fionn", "Colm", "Diarmuid", "Ruairí",
         "Dónal", "Pat", "Mick", "Declan", "Fergal", "Brendan", "Séamus",
         "Éamonn", "Cillian", "Lorcan", "Pádraic", "Senan", "Aodhán"]
IRL_SUR = ["O'Sullivan", "O'Brien", "Murphy", "Kelly", "Byrne", "Ryan",
           "O'Connor", "Walsh", "McCarthy", "Doyle", "Gallagher", "O'Donnell",
           "Fitzgerald", "Kavanagh", "Brennan", "Quinn", "Moloney", "Duffy",
           "Nolan", "Keane", "O'Shaughnessy", "Mulcahy", "Tierney", "Geraghty",
           "Kiely", "Lenihan", "Whelan", "Dunne", "Hegarty", "Coughlan",
           "O'Mahony", "Cassidy", "Flanagan", "Kinsella", "Mac Mathúna",
           "D'Arcy", "de Paor", "Ó Dúill"]
IRL_GA_M = ["Ó Súilleabháin", "Mac an tSaoi", "Ó Briain", "Mac Carthaigh",
            "Ó Dónaill", "Ó Ceallaigh", "Ó Murchú", "Mac Giolla Phádraig",
            "Ó Laoghaire", "Ó Sé", "Ó Conchúir", "Mac Suibhne", "de Búrca",
            "Breathnach", "Ó hÉalaithe"]
IRL_GA_F = ["Ní Bhriain", "Ní Shúilleabháin", "Nic Carthaigh", "Ní Dhónaill",
            "Ní Cheallaigh", "Nic an tSaoi", "Ní Mhurchú", "Nic Giolla Phádraig",
            "Ní Laoghaire", "Ní Shé", "Ní Chonchúir", "Nic Shuibhne", "de Búrca",
            "Breathnach", "Ní Éalaithe"]
SCO_F = ["Morag", "Isla", "Ailsa", "Kirsty", "Eilidh", "Mhairi", "Catriona",
         "Fiona", "Shona", "Iona", "Kenna", "Lorna"]
SCO_M = ["Hamish", "Euan", "Fraser", "Callum", "Lachlan", "Ruaridh",
         "Alasdair", "Angus", "Duncan", "Murdo", "Torquil", "Struan", "Gregor"]
SCO_SUR = ["McAllister", "MacLeod", "Drummond", "Fraser", "Buchanan",
           "Urquhart", "Mackintosh", "MacDonald", "Campbell", "Robertson",
           "Sutherland", "Macpherson", "Gillespie", "MacKinnon", "McIntyre",
           "Cruickshank", "Farquharson", "Menzies", "Dalgleish", "McGillivray",
           "MacAulay", "Ross"]
WAL_F = ["Bethan", "Carys", "Sian", "Gwen", "Angharad", "Llinos", "Ffion",
         "Nia", "Cerys", "Eirlys"]
WAL_M = ["Rhys", "Gareth", "Dafydd", "Ieuan", "Owain", "Gruffydd", "Emrys",
         "Huw", "Iwan", "Geraint"]
WAL_SUR = ["Jones", "Evans", "Pryce", "Llewellyn", "Vaughan", "ap Rhys",
           "Bowen", "Griffiths", "Morgan", "Powell", "Prosser", "Lewis",
           "Rees", "Parry", "ap Gwynfor"]
NGA_F = ["Adaeze", "Ngozi", "Chiamaka", "Funmilayo", "Ifeoma", "Yetunde",
         "Oluwadamilola", "Folasade", "Chidinma", "Blessing", "Precious",
         "Temitope", "Nkechi"]
NGA_M = ["Chukwuemeka", "Oluwaseun", "Olumide", "Babajide", "Emeka",
         "Tobechukwu", "Obinna", "Adewale", "Chinedu", "Ikechukwu", "Godwin",
         "Segun", "Kelechi"]
NGA_SUR = ["Okonkwo", "Adeyemi", "Okafor", "Eze", "Nwosu", "Balogun",
           "Ogunleye", "Adebayo", "Okoro", "Onyekachi", "Obi", "Afolabi",
           "Ezeani", "Oyelaran", "Nwachukwu", "Adeleke", "Ibekwe", "Oladipo"]
GHA_F = ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Akua", "Esi", "Afua",
         "Yaa"]
GHA_M = ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku", "Kwesi", "Fiifi"]
GHA_SUR = ["Mensah", "Boateng", "Asante", "Owusu", "Appiah", "Osei",
           "Agyeman", "Ofori", "Acheampong", "Darko", "Amoah", "Quaye",
           "Antwi", "Bonsu", "Addo"]
IND_F = ["Priya", "Ananya", "Deepika", "Lakshmi", "Harpreet", "Gurpreet",
         "Meera", "Kavitha", "Nandini", "Sunita", "Aishwarya", "Jaspreet",
         "Divya", "Shreya"]
IND_M = ["Aarav", "Sanjeev", "Rajesh", "Vikram", "Arjun", "Suresh", "Harjit",
         "Manpreet", "Rohan", "Anil", "Pradeep", "Karthik", "Venkatesh"]
IND_SUR = ["Raghunathan", "Krishnamurthy", "Patel", "Sharma", "Iyer", "Nair",
           "Chatterjee", "Banerjee", "Reddy", "Gill", "Sandhu", "Menon",
           "Venkataraman", "Desai", "Joshi", "Kaur", "Singh", "Mukherjee",
           "Pillai", "Bhattacharya", "Grewal"]
PAK_F = ["Ayesha", "Zainab", "Fatima", "Sana", "Nadia", "Saima", "Rukhsana",
         "Mehreen", "Hina", "Samina", "Amna"]
PAK_M = ["Imran", "Bilal", "Usman", "Hamza", "Tariq", "Asif", "Zubair",
         "Faisal", "Waqas", "Kamran", "Adeel", "Shahid"]
PAK_SUR = ["Qureshi", "Siddiqui", "Chaudhry", "Malik", "Butt", "Hussain",
           "Akhtar", "Raza", "Shah", "Iqbal", "Mirza", "Anwar", "Rehman",
           "Khan", "Bhatti", "Javed"]
POL_F = ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Magdalena",
         "Zofia", "Dorota", "Ewa", "Beata", "Justyna", "Grażyna"]
POL_M = ["Krzysztof", "Wojciech", "Paweł", "Łukasz", "Grzegorz", "Michał",
         "Bartosz", "Tomasz", "Jarosław", "Przemysław", "Zbigniew"]
POL_SUR = [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
           ("Kowalczyk", "Kowalczyk"), ("Wójcik", "Wójcik"),
           ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
           ("Szymański", "Szymańska"), ("Dąbrowski", "Dąbrowska"),
           ("Nowak", "Nowak"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
           ("Grabowski", "Grabowska"), ("Pietrzak", "Pietrzak"),
           ("Jabłoński", "Jabłońska"), ("Woźniak", "Woźniak"),
           ("Szczepański", "Szczepańska"), ("Przybylski", "Przybylska")]
ROU_F = ["Ioana", "Andreea", "Elena", "Cristina", "Raluca", "Mădălina",
         "Alina", "Roxana", "Oana", "Georgiana", "Iulia"]
ROU_M = ["Mihai", "Alexandru", "Ionuț", "Bogdan", "Florin", "Ștefan",
         "Gheorghe", "Vasile", "Cătălin", "Adrian", "Răzvan"]
ROU_SUR = ["Popescu", "Ionescu", "Dumitrescu", "Popa", "Stoica",
           "Constantinescu", "Munteanu", "Ștefănescu", "Gheorghiu",
           "Rădulescu", "Lungu", "Moldovan", "Țurcanu", "Dobre", "Neagu",
           "Bălan"]
CHN_F = ["Wei", "Na", "Jing", "Hui", "Yan", "Mei Ling", "Xiaoyan", "Ka Wai",
         "Lingling", "Vivian", "Winnie", "Cherry"]
CHN_M = ["Wei", "Xiaoming", "Jun", "Lei", "Hao", "Siu Ming", "Zhiwei",
         "Jianguo", "Chi Keung", "Kevin", "Jacky", "Eric"]
CHN_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao",
           "Wu", "Zhou", "Xu", "Lin", "Wong", "Cheung", "Chan", "Leung", "Ng",
           "Ho", "Tang"]
VNM_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng",
           "Bùi", "Đỗ", "Hồ", "Ngô"]
VNM_MID_F = ["Thị", "Thu", "Ngọc", "Thanh"]
VNM_MID_M = ["Văn", "Quang", "Minh", "Đức", "Hữu"]
VNM_F = ["Lan", "Hà", "Mai", "Hồng", "Linh", "Phương", "Trang", "Hương"]
VNM_M = ["Minh", "Huy", "Long", "Tuấn", "Dũng", "Hải", "Nam", "Phúc"]
BRA_F = ["Maria da Conceição", "Ana Beatriz", "Inês", "Leonor", "Conceição",
         "Fernanda", "Luana", "Thaís", "Graça", "Maria João"]
BRA_M = ["João Pedro", "Luís Filipe", "Thiago", "Gonçalo", "Rui", "Vinícius",
         "Caio", "Joaquim", "Duarte", "José Carlos"]
BRA_SUR = ["Carvalho", "Ferreira", "Pereira", "Gonçalves", "dos Santos",
           "da Silva", "Rodrigues", "Sousa", "Magalhães", "Nogueira",
           "Figueiredo", "Azevedo", "Fonseca", "Cardoso", "Teixeira",
           "Bragança", "Conceição"]

EN_REGIONS_UK = ["eng", "eng", "eng", "eng", "sco", "wal", "dbl", "nga",
                 "gha", "ind", "pak", "pol", "rou", "chn", "vnm", "bra", "irl"]
EN_REGIONS_IE = ["irl", "irl", "irl", "irl", "irl_ga", "irl_ga", "eng",
                 "nga", "pol", "rou", "bra", "ind", "chn", "sco", "pak"]


def en_person(rng, region=None, gender=None, country=None):
    if region is None:
        region = pick(rng, EN_REGIONS_IE if country == "IE" else EN_REGIONS_UK)
    gender = gender or pick(rng, ["f", "m"])
    f = gender == "f"
    if region in ("eng", "dbl"):
        given = pick(rng, EN_F if f else EN_M)
        if region == "dbl" or chance(rng, 0.06):
            last = pick(rng, EN_DBL)
        else:
            last = pick(rng, EN_SUR)
        return Person(given, last, gender, region)
    if region == "irl":
        given = pick(rng, IRL_F if f else IRL_M)
        if chance(rng, 0.15):
            given = pick(rng, EN_F if f else EN_M)
        return Person(given, pick(rng, IRL_SUR), gender, region)
    if region == "irl_ga":
        return Person(pick(rng, IRL_F if f else IRL_M),
                      pick(rng, IRL_GA_F if f else IRL_GA_M), gender, region)
    if region == "sco":
        return Person(pick(rng, SCO_F if f else SCO_M), pick(rng, SCO_SUR),
                      gender, region)
    if region == "wal":
        return Person(pick(rng, WAL_F if f else WAL_M), pick(rng, WAL_SUR),
                      gender, region)
    if region == "nga":
        given = pick(rng, NGA_F if f else NGA_M)
        last = pick(rng, NGA_SUR)
        if chance(rng, 0.2):
            given = given + " " + pick(rng, NGA_F if f else NGA_M)
        return Person(given, last, gender, region)
    if region == "gha":
        return Person(pick(rng, GHA_F if f else GHA_M), pick(rng, GHA_SUR),
                      gender, region)
    if region == "ind":
        return Person(pick(rng, IND_F if f else IND_M), pick(rng, IND_SUR),
                      gender, region)
    if region == "pak":
        return Person(pick(rng, PAK_F if f else PAK_M), pick(rng, PAK_SUR),
                      gender, region)
    if region == "pol":
        s = pick(rng, POL_SUR)
        return Person(pick(rng, POL_F if f else POL_M), s[1] if f else s[0],
                      gender, region)
    if region == "rou":
        return Person(pick(rng, ROU_F if f else ROU_M), pick(rng, ROU_SUR),
                      gender, region)
    if region == "chn":
        return Person(pick(rng, CHN_F if f else CHN_M), pick(rng, CHN_SUR),
                      gender, region, family_first=chance(rng, 0.35))
    if region == "vnm":
        given = pick(rng, VNM_MID_F if f else VNM_MID_M) + " " + pick(rng, VNM_F if f else VNM_M)
        fam = pick(rng, VNM_FAM)
        if chance(rng, 0.3):
            given, fam = strip_accents(given).replace("Đ", "D"), strip_accents(fam).replace("Đ", "D")
        return Person(given, fam, gender, region, family_first=True)
    if region == "bra":
        s1, s2 = sample(rng, BRA_SUR, 2)
        last = s1 if chance(rng, 0.4) else s1 + " " + s2
        return Person(pick(rng, BRA_F if f else BRA_M), last, gender, region,
                      sur1=s1)
    raise ValueError(region)


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng, style=None, valid=True):
    n = rng.randint(1000000, 79999999)
    letter = DNI_LETTERS[n % 23]
    if not valid:
        letter = DNI_LETTERS[(n + rng.randint(1, 22)) % 23]
    s = "%08d" % n
    style = style or pick(rng, ["plain", "plain", "plain", "dash", "dots", "space", "plain"])
    if style == "dash":
        return s + "-" + letter
    if style == "dots":
        return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], letter)
    if style == "space":
        return s + " " + letter
    if style == "lower":
        return s + letter.lower()
    return s + letter


def nie(rng, style=None):
    pre = pick(rng, ["X", "Y", "Y", "Z"])
    body = digits(rng, 7)
    letter = DNI_LETTERS[int(str("XYZ".index(pre)) + body) % 23]
    style = style or pick(rng, ["plain", "plain", "dash", "space"])
    if style == "dash":
        return "%s-%s-%s" % (pre, body, letter)
    if style == "space":
        return "%s %s %s" % (pre, body, letter)
    if style == "lower":
        return (pre + body + letter).lower()
    return pre + body + letter


def nuss(rng, style=None):
    prov = "%02d" % pick(rng, [28, 28, 28, 8, 41, 46, 48, 15, 10, 29, 50, 47, 36, 30, 45, 7, 35])
    num = "%08d" % rng.randint(10000000, 99999999)
    cc = "%02d" % (int(prov + num) % 97)
    style = style or pick(rng, ["slash", "space", "plain", "dash", "space2"])
    if style == "slash":
        return "%s/%s/%s" % (prov, num, cc)
    if style == "space":
        return "%s %s %s" % (prov, num, cc)
    if style == "space2":
        return "%s %s%s" % (prov, num, cc)
    if style == "dash":
        return "%s-%s-%s" % (prov, num, cc)
    return prov + num + cc


_NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni_number(rng, style=None):
    while True:
        pre = pick(rng, _NI_FIRST) + pick(rng, _NI_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    suf = pick(rng, "ABCD")
    style = style or pick(rng, ["spaced", "plain", "spaced", "lower", "plain"])
    if style == "spaced":
        return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
    if style == "lower":
        return (pre + d + suf).lower()
    return pre + d + suf


def ppsn(rng):
    d = [rng.randint(0, 9) for _ in range(7)]
    second = pick(rng, ["", "", "A", "", "W"])
    total = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
    tab = "WABCDEFGHIJKLMNOPQRSTUV"
    if second:
        total += 9 * tab.index(second)
    return "".join(map(str, d)) + tab[total % 23] + second


def rut(rng, lo=5000000, hi=26000000, style=None):
    n = rng.randint(lo, hi)
    s, f = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * f
        f = 2 if f == 7 else f + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    style = style or pick(rng, ["dots", "dots", "dots", "plain", "lowerk"])
    ns = str(n)
    if style == "dots":
        grp = []
        while ns:
            grp.insert(0, ns[-3:])
            ns = ns[:-3]
        return ".".join(grp) + "-" + dv
    if style == "lowerk":
        return str(n) + "-" + dv.lower()
    return str(n) + "-" + dv


def pe_dni(rng):
    return "%08d" % rng.randint(10000000, 79999999)


def ruc_persona(rng, dni_str=None):
    base = "10" + (dni_str or pe_dni(rng))
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * x for c, x in zip(base, w)) % 11
    r = 0 if r == 10 else (1 if r == 11 else r)
    return base + str(r)


def cuit(rng, gender="m", style=None):
    while True:
        pre = "20" if gender == "m" else "27"
        n = "%08d" % rng.randint(20000000, 45999999)
        base = pre + n
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(c) * x for c, x in zip(base, w)) % 11
        if r == 10:
            continue
        r = 0 if r == 11 else r
        break
    style = style or pick(rng, ["dash", "dash", "plain"])
    if style == "dash":
        return "%s-%s-%d" % (pre, n, r)
    return base + str(r)


def ar_dni(rng):
    n = "%08d" % rng.randint(20000000, 45999999)
    return pick(rng, [n[:2] + "." + n[2:5] + "." + n[5:], n])


def co_cedula(rng):
    if chance(rng, 0.5):
        n = str(rng.randint(1000000000, 1150000000))
        return pick(rng, [n, "%s.%s.%s.%s" % (n[0], n[1:4], n[4:7], n[7:])])
    n = str(rng.randint(10000000, 99999999))
    return pick(rng, [n, "%s.%s.%s" % (n[:2], n[2:5], n[5:])])


_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_VOWELS = "AEIOU"


def _curp_clean(s):
    s = s.upper().replace("Ñ", "X")
    return "".join(ch for ch in strip_accents(s) if ch.isalpha() or ch == " ")


def _first_internal(s, vowels):
    for ch in s[1:]:
        if (ch in _VOWELS) == vowels and ch.isalpha():
            return ch
    return "X"


def curp(rng, p, birth):
    """birth = (yyyy, mm, dd)"""
    parts = _curp_clean(p.last).split()
    parts = [x for x in parts if x not in ("DE", "DEL", "LA", "LOS", "Y")]
    s1 = parts[0]
    s2 = parts[1] if len(parts) > 1 else "X"
    gparts = _curp_clean(p.given).split()
    gparts = [x for x in gparts if x not in ("DE", "DEL", "LA", "LOS")]
    g = gparts[1] if len(gparts) > 1 and gparts[0] in ("JOSE", "MARIA", "MA", "J") else gparts[0]
    y, m, dd = birth
    sex = "M" if p.gender == "f" else "H"
    state = pick(rng, ["DF", "JC", "NL", "PL", "VZ", "MC", "GT", "YN", "OC", "MN", "CH"])
    body = (s1[0] + _first_internal(s1, True) + s2[0] + g[0]
            + "%02d%02d%02d" % (y % 100, m, dd) + sex + state
            + _first_internal(s1, False) + _first_internal(s2, False)
            + _first_internal(g, False))
    body += str(rng.randint(0, 9)) if y < 2000 else pick(rng, "ABCDEFGH")
    total = sum(_CURP_ALPHA.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


_RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_persona(rng, p, birth):
    c = curp(rng, p, birth)[:10]
    homo = pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    base = c + homo
    total = sum(_RFC_ALPHA.index(ch) * (13 - i) for i, ch in enumerate(base))
    r = total % 11
    dv = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    return base + dv


def es_passport(rng):
    return pick(rng, ["PAA", "PAB", "XDA", "AAF", "PAF"]) + digits(rng, 6)


def uk_passport(rng):
    return str(rng.randint(1, 9)) + digits(rng, 8)


def ie_passport(rng):
    return pick(rng, ["P", "L", "T"]) + pick(rng, "ABCDEFGHKLMNPRTVWXY") + digits(rng, 7)


def cif_company(rng, letter="B", dash=None):
    d = digits(rng, 7)
    a = int(d[1]) + int(d[3]) + int(d[5])
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d[i]) * 2
        b += x // 10 + x % 10
    ctrl = (10 - (a + b) % 10) % 10
    dash = chance(rng, 0.4) if dash is None else dash
    return letter + ("-" if dash else "") + d + str(ctrl)


# IBAN ----------------------------------------------------------------------

def _iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def _fmt_iban(rng, cc, bban, style=None):
    raw = cc + _iban_check(cc, bban) + bban
    style = style or pick(rng, ["grp", "grp", "grp", "grp", "compact", "compact", "lower", "grp_lower"])
    grp = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if style == "compact":
        return raw
    if style == "lower":
        return raw.lower()
    if style == "grp_lower":
        return grp.lower()
    return grp


def _ccc_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(s10, w)) % 11
    return "0" if r == 11 else ("1" if r == 10 else str(r))


def iban_es(rng, style=None):
    bank = pick(rng, ["2100", "0049", "0182", "0081", "0128", "2085", "3058",
                      "2095", "2080", "0030", "1465", "0075", "3035", "0239",
                      "3008", "2103"])
    branch = digits(rng, 4)
    acct = digits(rng, 10)
    bban = bank + branch + _ccc_dc("00" + bank + branch) + _ccc_dc(acct) + acct
    return _fmt_iban(rng, "ES", bban, style)


def iban_gb(rng, style=None):
    bank = pick(rng, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG", "BUKB", "NAIA", "ULSB"])
    return _fmt_iban(rng, "GB", bank + digits(rng, 6) + digits(rng, 8), style)


def iban_ie(rng, style=None):
    bank = pick(rng, ["AIBK", "BOFI", "IPBS", "ULSB", "AIBK", "BOFI"])
    return _fmt_iban(rng, "IE", bank + digits(rng, 6) + digits(rng, 8), style)


def iban_de(rng, style=None):
    return _fmt_iban(rng, "DE", digits(rng, 8) + digits(rng, 10), style)


def iban_nl(rng, style=None):
    return _fmt_iban(rng, "NL", pick(rng, ["ABNA", "INGB", "RABO"]) + digits(rng, 10), style)


def iban_pt(rng, style=None):
    return _fmt_iban(rng, "PT", pick(rng, ["0035", "0033", "0007"]) + digits(rng, 17), style)


def iban_ro(rng, style=None):
    return _fmt_iban(rng, "RO", pick(rng, ["BTRL", "RNCB", "BRDE"]) + digits(rng, 16), style)


def iban_pl(rng, style=None):
    return _fmt_iban(rng, "PL", digits(rng, 24), style)


# phones --------------------------------------------------------------------

def es_mobile(rng):
    d = pick(rng, "6667") + digits(rng, 8)
    return pick(rng, [
        "%s %s %s" % (d[:3], d[3:6], d[6:]), d,
        "+34 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "+34" + d,
        "0034 %s %s %s" % (d[:3], d[3:6], d[6:]),
        "%s-%s-%s-%s" % (d[:3], d[3:5], d[5:7], d[7:]),
        "%s.%s.%s" % (d[:3], d[3:6], d[6:]),
        "(+34) %s %s %s" % (d[:3], d[3:6], d[6:]),
        "%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]),
        "%s %s %s" % (d[:3], d[3:6], d[6:]),
    ])


def es_land(rng):
    pre = pick(rng, ["91", "93", "95", "96", "94", "98", "976", "983", "985",
                     "954", "971", "928", "922", "948", "957", "927", "981"])
    d = pre + digits(rng, 9 - len(pre))
    if len(pre) == 2:
        opts = ["%s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]),
                "%s %s %s" % (d[:3], d[3:6], d[6:]), "+34 " + d,
                "%s-%s-%s-%s" % (d[:2], d[2:5], d[5:7], d[7:]), d]
    else:
        opts = ["%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]),
                "%s %s %s" % (d[:3], d[3:6], d[6:]), "+34 " + d, d,
                "(%s) %s %s" % (d[:3], d[3:6], d[6:])]
    return pick(rng, opts)


def pe_mobile(rng):
    d = "9" + digits(rng, 8)
    return pick(rng, ["%s %s %s" % (d[:3], d[3:6], d[6:]),
                      "+51 %s %s %s" % (d[:3], d[3:6], d[6:]), "+51" + d,
                      "%s-%s-%s" % (d[:3], d[3:6], d[6:]), d])


def pe_land(rng):
    if chance(rng, 0.7):
        d = digits(rng, 7)
        return pick(rng, ["(01) %s-%s" % (d[:3], d[3:]), "01 %s %s" % (d[:3], d[3:]),
                          "+51 1 %s %s" % (d[:3], d[3:]), "(01) " + d])
    d = digits(rng, 6)
    return pick(rng, ["(054) %s-%s" % (d[:2], d[2:]), "(084) %s %s" % (d[:3], d[3:]),
                      "+51 44 %s %s" % (d[:3], d[3:])])


def cl_mobile(rng):
    d = digits(rng, 8)
    return pick(rng, ["+56 9 %s %s" % (d[:4], d[4:]), "9 %s %s" % (d[:4], d[4:]),
                      "+569" + d, "(+56) 9 %s %s" % (d[:4], d[4:]), "09-" + d])


def cl_land(rng):
    d = digits(rng, 8)
    return pick(rng, ["+56 2 %s %s" % (d[:4], d[4:]), "(2) %s %s" % (d[:4], d[4:]),
                      "22 %s %s" % (d[1:4], d[4:]), "+56 41 2%s %s" % (d[:2], d[2:6])])


def mx_phone(rng):
    d = digits(rng, 8)
    return pick(rng, ["+52 55 %s %s" % (d[:4], d[4:]), "55 %s %s" % (d[:4], d[4:]),
                      "(33) %s-%s" % (d[:4], d[4:]), "+52 1 81 %s %s" % (d[:4], d[4:])])


def ar_phone(rng):
    d = digits(rng, 8)
    return pick(rng, ["+54 9 11 %s-%s" % (d[:4], d[4:]), "011 %s-%s" % (d[:4], d[4:]),
                      "(0351) 15-%s-%s" % (d[:3], d[3:7]), "+54 11 %s %s" % (d[:4], d[4:])])


def co_phone(rng):
    d = "3" + pick(rng, "0125") + digits(rng, 8)
    return pick(rng, ["+57 %s %s %s" % (d[:3], d[3:6], d[6:]), "%s %s" % (d[:3], d[3:]),
                      "(+57) " + d, "%s %s %s" % (d[:3], d[3:6], d[6:])])


def uk_mobile(rng):
    d = "7" + pick(rng, "4579") + digits(rng, 8)
    return pick(rng, ["0%s %s" % (d[:4], d[4:]), "0" + d, "+44 %s %s" % (d[:4], d[4:]),
                      "+44 (0)%s %s %s" % (d[:4], d[4:7], d[7:]),
                      "0%s-%s-%s" % (d[:4], d[4:7], d[7:]),
                      "0%s %s %s" % (d[:3], d[3:6], d[6:]), "+44" + d,
                      "0%s %s %s" % (d[:4], d[4:7], d[7:])])


def uk_land(rng):
    code, n = pick(rng, [("20", 8), ("161", 7), ("113", 7), ("117", 7), ("121", 7),
                         ("131", 7), ("141", 7), ("28", 8), ("29", 8), ("114", 7),
                         ("1632", 6), ("1904", 6), ("1225", 6), ("1273", 6)])
    d = digits(rng, n)
    if n == 8:
        loc = d[:4] + " " + d[4:]
    elif n == 7:
        loc = d[:3] + " " + d[3:]
    else:
        loc = d
    return pick(rng, ["0%s %s" % (code, loc), "(0%s) %s" % (code, loc),
                      "+44 %s %s" % (code, loc), "0%s %s" % (code, loc),
                      "0" + code + d])


def ie_mobile(rng):
    d = "8" + pick(rng, "35679") + digits(rng, 7)
    return pick(rng, ["0%s %s %s" % (d[:2], d[2:5], d[5:]), "0" + d,
                      "+353 %s %s %s" % (d[:2], d[2:5], d[5:]),
                      "+353 (0)%s %s %s" % (d[:2], d[2:5], d[5:]),
                      "0%s-%s" % (d[:2], d[2:]), "+353" + d,
                      "0%s %s %s" % (d[:2], d[2:5], d[5:])])


def ie_land(rng):
    code = pick(rng, ["1", "21", "91", "61", "51", "71", "56", "45", "66", "41", "1", "404"])
    d = digits(rng, 7 if code != "404" else 5)
    loc = d[:3] + " " + d[3:]
    return pick(rng, ["0%s %s" % (code, loc), "(0%s) %s" % (code, loc),
                      "+353 %s %s" % (code, loc), "+353 (0)%s %s" % (code, loc)])


def uk_or_ie_mobile(rng, country):
    return ie_mobile(rng) if country == "IE" else uk_mobile(rng)


def uk_or_ie_land(rng, country):
    return ie_land(rng) if country == "IE" else uk_land(rng)


def phone_for(rng, region):
    return {"pe": pe_mobile, "cl": cl_mobile, "mx": mx_phone, "ar": ar_phone,
            "co": co_phone}.get(region, es_mobile)(rng)


# e-mail --------------------------------------------------------------------
ES_MAIL_DOM = ["gmail.com", "gmail.com", "hotmail.com", "hotmail.es",
               "yahoo.es", "outlook.es", "telefonica.net", "icloud.com",
               "movistar.es", "ono.com"]
LATAM_MAIL_DOM = {"pe": ["gmail.com", "hotmail.com", "yahoo.com.pe", "outlook.com"],
                  "cl": ["gmail.com", "vtr.net", "hotmail.cl", "outlook.com"],
                  "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
                  "ar": ["gmail.com", "yahoo.com.ar", "fibertel.com.ar"],
                  "co": ["gmail.com", "hotmail.com", "une.net.co"]}
EN_MAIL_DOM = ["gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk",
               "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com",
               "protonmail.com", "live.co.uk"]
IE_MAIL_DOM = ["gmail.com", "gmail.com", "eircom.net", "outlook.ie", "live.ie",
               "hotmail.com", "icloud.com", "yahoo.ie"]


def email_for(rng, p, domain=None, country=None):
    if p.email and domain is None:
        return p.email
    if domain is None:
        if p.region in LATAM_MAIL_DOM:
            domain = pick(rng, LATAM_MAIL_DOM[p.region])
        elif p.region in ("es", "cat", "eus", "gal"):
            domain = pick(rng, ES_MAIL_DOM)
        elif country == "IE" or p.region in ("irl", "irl_ga"):
            domain = pick(rng, IE_MAIL_DOM)
        else:
            domain = pick(rng, EN_MAIL_DOM)
    return p.local(rng) + "@" + domain


# addresses -----------------------------------------------------------------
ES_STREETS = [
    ("Calle", "Doctor Fleming"), ("C/", "Doctor Fleming"),
    ("Avenida", "de José Antonio"), ("Avda.", "de José Antonio"),
    ("Calle", "Hermanos Álvarez Quintero"), ("C/", "Mayor"), ("Calle", "Real"),
    ("Plaza", "de la Constitución"), ("C/", "del Pilar"),
    ("Calle", "Santa Engracia"), ("C/", "San Bernardo"),
    ("Avda.", "de Alfonso XIII"), ("Paseo", "de Pérez Galdós"),
    ("C/", "Reyes Católicos"), ("Calle", "Juan de Austria"), ("C/", "Gran Vía"),
    ("C/", "Blas de Otero"), ("Calle", "Poeta Rafael Alberti"),
    ("Avenida", "de Federico García Lorca"), ("C/", "Marqués de Larios"),
    ("Calle", "Virgen del Rocío"), ("Pº", "de las Delicias"),
    ("Pza.", "de Colón"), ("Avda.", "Ramón y Cajal"),
    ("C/", "Cardenal Cisneros"), ("Calle", "Concepción Arenal"),
    ("C/", "Ramiro de Maeztu"), ("Ronda", "de Segovia"),
    ("Camino", "de los Vinateros"), ("Travesía", "del Conde Duque"),
    ("C/", "Isabel la Católica"), ("Avda.", "Menéndez Pelayo"),
    ("Calle", "Emilia Pardo Bazán"), ("C/", "Antonio Machado"),
    ("C/.", "Santa Rosa"), ("Calle", "Luz"), ("C/", "Amparo"),
    ("Urb.", "Los Olivos, calle Jara"), ("Avda.", "de la Paz"),
    ("Calle", "Pilar de Zaragoza"), ("C/", "Dolores Ibárruri"),
]
ES_TOWNS = [("28036", "Madrid", ""), ("28007", "Madrid", ""), ("41003", "Sevilla", ""),
            ("46021", "Valencia", ""), ("29015", "Málaga", ""), ("50008", "Zaragoza", ""),
            ("47003", "Valladolid", ""), ("30005", "Murcia", ""), ("28905", "Getafe", "Madrid"),
            ("03001", "Alicante", ""), ("14002", "Córdoba", ""), ("37002", "Salamanca", ""),
            ("45002", "Toledo", ""), ("10300", "Navalmoral de la Mata", "Cáceres"),
            ("35002", "Las Palmas de Gran Canaria", ""), ("07001", "Palma", ""),
            ("28921", "Alcorcón", "Madrid"), ("28802", "Alcalá de Henares", "Madrid"),
            ("23001", "Jaén", ""), ("06800", "Mérida", "Badajoz"), ("33201", "Gijón", "Asturias"),
            ("19001", "Guadalajara", ""), ("13700", "Tomelloso", "Ciudad Real"),
            ("41700", "Dos Hermanas", "Sevilla"), ("28400", "Collado Villalba", "Madrid")]
CAT_STREETS = [("Carrer", "de Sant Joan Baptista"), ("C/", "de la Riera"),
               ("Passeig", "de Gràcia"), ("Carrer", "Major"),
               ("Avinguda", "de Francesc Macià"), ("Rambla", "de Jaume I"),
               ("C/", "Pau Claris")]
CAT_TOWNS = [("08201", "Sabadell", ""), ("08008", "Barcelona", ""), ("17001", "Girona", ""),
             ("25002", "Lleida", ""), ("43001", "Tarragona", ""), ("08221", "Terrassa", ""),
             ("08500", "Vic", "Barcelona")]
EUS_STREETS = [("Kale", "Nagusia"), ("Calle", "Txurruka"), ("Avda.", "Lehendakari Aguirre"),
               ("C/", "San Prudencio"), ("Plaza", "Zuloaga"), ("Calle", "Iparraguirre")]
EUS_TOWNS = [("20800", "Zarautz", "Gipuzkoa"), ("48011", "Bilbao", ""), ("01001", "Vitoria-Gasteiz", ""),
             ("20001", "Donostia", ""), ("48200", "Durango", "Bizkaia"), ("20500", "Arrasate", "Gipuzkoa")]
GAL_STREETS = [("Rúa", "do Franco"), ("Rúa", "Rosalía de Castro"), ("Avda.", "de Castelao"),
               ("Rúa", "da Raíña"), ("Praza", "do Obradoiro"), ("Rúa", "Curros Enríquez")]
GAL_TOWNS = [("15705", "Santiago de Compostela", ""), ("36202", "Vigo", ""), ("27001", "Lugo", ""),
             ("32003", "Ourense", ""), ("15003", "A Coruña", ""), ("36002", "Pontevedra", "")]
ES_FLATS = ["", "", ", 3º B", ", 2º dcha.", ", bajo", ", 1º izq.", " - 4º 1ª",
            ", esc. 2, 5º C", ", ático", ", bajo A", ", 7º", " 2ºD", ", portal 3, 1º A",
            ", 1ºizq"]


def es_address(rng, short=False, region=None, province=None, multiline=False):
    region = region or pick(rng, ["es", "es", "es", "es", "cat", "eus", "gal"])
    streets, towns = {"es": (ES_STREETS, ES_TOWNS), "cat": (CAT_STREETS, CAT_TOWNS),
                      "eus": (EUS_STREETS, EUS_TOWNS), "gal": (GAL_STREETS, GAL_TOWNS)}.get(
                          region, (ES_STREETS, ES_TOWNS))
    typ, name = pick(rng, streets)
    n = rng.randint(1, 180)
    num = pick(rng, [str(n), str(n), "nº %d" % n, "n.º %d" % n, str(n), "%d" % n])
    if chance(rng, 0.03):
        num = "s/n"
    sep = pick(rng, [" ", ", ", ", ", " "])
    street = "%s %s%s%s%s" % (typ, name, sep, num, pick(rng, ES_FLATS))
    if short:
        return street
    cp, town, prov = pick(rng, towns)
    tail = "%s %s" % (cp, town)
    if prov and (province or chance(rng, 0.5)):
        tail += " (%s)" % prov
    return street + ("\n" if multiline else ", ") + tail


PE_STREETS = ["Av. Javier Prado Este", "Av. José Larco", "Av. Arequipa", "Jr. Huallaga",
              "Calle Los Pinos", "Calle Las Begonias", "Av. Salaverry", "Av. Angamos Oeste",
              "Av. Brasil", "Av. Ejército", "Calle Mercaderes", "Jr. Los Incas",
              "Av. Túpac Amaru", "Av. Próceres de la Independencia", "Jr. Ayacucho",
              "Calle Santa Rosa", "Av. Mariscal Cáceres"]
PE_DIST = ["Santiago de Surco, Lima", "Miraflores, Lima", "San Isidro", "Cercado de Lima",
           "Jesús María, Lima", "San Juan de Lurigancho", "Los Olivos, Lima",
           "Yanahuara, Arequipa", "Wanchaq, Cusco", "Trujillo", "Miraflores, Lima 15074",
           "San Borja, Lima 15036"]


def pe_address(rng):
    if chance(rng, 0.15):
        return "Mz. %s Lt. %d, Urb. %s, %s" % (pick(rng, "ABCDEFGHJK"), rng.randint(1, 30),
                                               pick(rng, ["San Gabriel", "Los Jardines", "Santa Rosa", "Pachacámac"]),
                                               pick(rng, ["Villa María del Triunfo", "Ate, Lima", "Comas", "Carabayllo"]))
    flat = pick(rng, ["", "", ", Dpto. %d" % rng.randint(101, 1204), ", of. %d" % rng.randint(201, 905),
                      " int. %d" % rng.randint(1, 12)])
    return "%s %d%s, %s" % (pick(rng, PE_STREETS), rng.randint(100, 4999), flat, pick(rng, PE_DIST))


CL_STREETS = ["Av. Providencia", "Pasaje Los Aromos", "Av. Arturo Prat", "Calle O'Higgins",
              "Los Carrera", "Av. Libertador Bernardo O'Higgins", "Av. Vicuña Mackenna",
              "Gabriela Mistral", "Av. Pedro de Valdivia", "Manuel Montt", "Av. Irarrázaval",
              "Calle Colo Colo"]
CL_COMUNAS = ["Providencia, Santiago", "Ñuñoa", "Las Condes", "Villa Alemana", "Iquique",
              "Concepción", "Quilpué", "Temuco", "Puerto Montt", "Valparaíso", "Maipú",
              "La Florida, Santiago"]


def cl_address(rng):
    flat = pick(rng, ["", "", ", depto. %d" % rng.randint(101, 2204), ", of. %d" % rng.randint(11, 902),
                      ", casa %s" % pick(rng, "ABCD")])
    return "%s %d%s, %s" % (pick(rng, CL_STREETS), rng.randint(10, 9999), flat, pick(rng, CL_COMUNAS))


def mx_address(rng):
    return pick(rng, [
        "Av. Insurgentes Sur %d, piso %d, Col. Crédito Constructor, 03940 Ciudad de México" % (rng.randint(100, 3000), rng.randint(1, 12)),
        "Calle Morelos %d, Col. Centro, 44100 Guadalajara, Jal." % rng.randint(10, 999),
        "Av. Constitución %d Pte., Col. Centro, 64000 Monterrey, N.L." % rng.randint(100, 2000),
        "Privada Hidalgo %d int. %d, Col. San Rafael, 06470 CDMX" % (rng.randint(1, 99), rng.randint(1, 9)),
    ])


def ar_address(rng):
    return pick(rng, [
        "Av. Corrientes %d, %dº %s, C1043AAZ CABA" % (rng.randint(100, 6000), rng.randint(1, 14), pick(rng, "ABCD")),
        "Bv. San Juan %d, X5000 Córdoba" % rng.randint(100, 1800),
        "Calle 7 nº %d, La Plata" % rng.randint(100, 1500),
        "Av. Pellegrini %d, S2000 Rosario" % rng.randint(100, 3000),
    ])


def co_address(rng):
    return pick(rng, [
        "Cra. %dA # %d-%d, Medellín" % (rng.randint(10, 80), rng.randint(1, 99), rng.randint(1, 99)),
        "Calle %d # %d-%d, apto %d, Bogotá" % (rng.randint(10, 170), rng.randint(1, 99), rng.randint(1, 99), rng.randint(101, 1802)),
        "Av. %d Norte # %d-%d, Cali" % (rng.randint(2, 9), rng.randint(10, 80), rng.randint(1, 99)),
    ])


def address_for(rng, region):
    return {"pe": pe_address, "cl": cl_address, "mx": mx_address, "ar": ar_address,
            "co": co_address}.get(region, lambda r: es_address(r, region=region))(rng)


UK_STREETS = ["Hawthorn Close", "St Mary's Road", "Victoria Road", "Shakespeare Avenue",
              "Nelson Street", "Church Lane", "Kennedy Road", "Beaconsfield Terrace",
              "Albert Drive", "Gladstone Street", "Wellington Crescent", "Orchard Way",
              "Meadowbank Gardens", "Ashfield Grove", "Kingsway", "Churchill Way",
              "Cromwell Road", "Queen Elizabeth Drive", "Darwin Close", "Brunel Way",
              "Rose Hill", "Holly Bank", "Baker Street", "Frank Lane", "Penny Lane"]
UK_TOWNS = [("Leeds", ["LS6", "LS8", "LS17"]), ("Bristol", ["BS8", "BS6", "BS3"]),
            ("Harrogate", ["HG1", "HG2"]), ("Belfast", ["BT15", "BT9", "BT7"]),
            ("Sheffield", ["S11", "S7", "S10"]), ("Manchester", ["M20", "M14"]),
            ("Edinburgh", ["EH6", "EH10"]), ("Glasgow", ["G12", "G41"]),
            ("Cardiff", ["CF24", "CF14"]), ("Bath", ["BA2", "BA1"]),
            ("York", ["YO31", "YO10"]), ("Ipswich", ["IP7", "IP4"])]
_PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_address(rng, multiline=False):
    town, outs = pick(rng, UK_TOWNS)
    pc = "%s %d%s%s" % (pick(rng, outs), rng.randint(1, 9), pick(rng, _PC_LET), pick(rng, _PC_LET))
    n = rng.randint(1, 214)
    street = pick(rng, UK_STREETS)
    first = pick(rng, ["%d %s" % (n, street), "%d %s" % (n, street),
                       "Flat %d, %d %s" % (rng.randint(1, 12), n, street),
                       "%d%s %s" % (n, pick(rng, "ab"), street),
                       "%s, %s" % (pick(rng, ["Rose Cottage", "The Old Forge", "Ivy House", "2 Mill Cottages"]), street)])
    sep = "\n" if multiline else ", "
    return first + sep + town + (sep if multiline else " ") + pc


IE_STREETS = ["Oakfield Park", "Fitzwilliam Court", "O'Connell Street", "Pearse Street",
              "Davitt Road", "Parnell Square", "Connolly Avenue", "Griffith Avenue",
              "Main Street", "Cois Abhainn", "Ard na Gréine", "Bóthar na Trá",
              "St Brigid's Terrace", "Father Griffin Road", "Seán Moylan Park",
              "Kennedy Park", "The Paddocks", "Castle View"]
IE_TOWNS = [("Ballincollig, Co. Cork", "P31"), ("Bray, Co. Wicklow", "A98"),
            ("Dublin 4", "D04"), ("Dublin 9", "D09"), ("Ennis, Co. Clare", "V95"),
            ("Mullingar, Co. Westmeath", "N91"), ("Galway", "H91"),
            ("Letterkenny, Co. Donegal", "F92"), ("Naas, Co. Kildare", "W91"),
            ("Tralee, Co. Kerry", "V92"), ("Kilkenny", "R95"), ("Douglas, Cork", "T12"),
            ("Greystones, Co. Wicklow", "A63")]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(rng, key):
    return key + " " + pick(rng, "ACDEFHKNPRTVWXY") + "".join(pick(rng, _EIR) for _ in range(3))


def ie_address(rng, multiline=False):
    town, key = pick(rng, IE_TOWNS)
    sep = "\n" if multiline else ", "
    if chance(rng, 0.12):
        return "%s%s%s%s%s" % (pick(rng, ["Rathmore", "Cloonfad", "Knockbrack", "Gortnahoe"]),
                               sep, pick(rng, ["Kilcullen, Co. Kildare", "Ballyhaunis, Co. Mayo",
                                               "Thurles, Co. Tipperary"]), sep, eircode(rng, pick(rng, ["R56", "F35", "E41"])))
    n = rng.randint(1, 160)
    street = pick(rng, IE_STREETS)
    first = pick(rng, ["%d %s" % (n, street), "%d %s" % (n, street),
                       "Apt %d, %s" % (rng.randint(1, 40), street),
                       "%d %s" % (n, street)])
    tail = town + (sep if chance(rng, 0.5) or multiline else " ") + eircode(rng, key)
    if chance(rng, 0.15):
        tail = town
    return first + sep + tail


def en_address(rng, country, multiline=False):
    return ie_address(rng, multiline) if country == "IE" else uk_address(rng, multiline)


# dates, amounts ------------------------------------------------------------
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def es_date(rng, style=None):
    dd, mm = rng.randint(1, 28), rng.choice([9, 10, 11, 11, 11])
    style = style or pick(rng, ["num", "num", "short", "long", "dash"])
    if style == "short":
        return "%d/%d/26" % (dd, mm)
    if style == "long":
        return "%d de %s de 2026" % (dd, MESES[mm - 1])
    if style == "dash":
        return "%02d-%02d-2026" % (dd, mm)
    return "%02d/%02d/2026" % (dd, mm)


def en_date(rng, style=None):
    dd, mm = rng.randint(1, 28), rng.choice([9, 10, 11, 11, 11])
    style = style or pick(rng, ["num", "num", "short", "long", "iso"])
    if style == "short":
        return "%d %s %s" % (dd, MONTHS[mm - 1][:3], pick(rng, ["2026", "26"]))
    if style == "long":
        return "%d %s 2026" % (dd, MONTHS[mm - 1])
    if style == "iso":
        return "2026-%02d-%02d" % (mm, dd)
    return "%02d/%02d/2026" % (dd, mm)


def hhmm(rng):
    return "%02d:%02d" % (rng.randint(8, 19), pick(rng, [0, 5, 10, 12, 15, 20, 25, 30, 34, 40, 45, 50, 55]))


def eur(rng, lo, hi):
    v = rng.randint(lo * 100, hi * 100) / 100.0
    s = "%.2f" % v
    ent, dec = s.split(".")
    if len(ent) > 3:
        ent = ent[:-3] + "." + ent[-3:]
    return "%s,%s €" % (ent, dec)


def money_en(rng, lo, hi, cur="£"):
    v = rng.randint(lo * 100, hi * 100) / 100.0
    return "%s%s" % (cur, "{:,.2f}".format(v))


# customer / case references ------------------------------------------------
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def alnum(rng, n=6):
    return "".join(pick(rng, _ALNUM) for _ in range(n))


def cid_es(rng, kind):
    r = rng.randint
    if kind == "cliente":
        return pick(rng, ["%06d" % r(1, 99999), "C%04d" % r(1, 9999), str(r(100, 9999)),
                          "%s%03d" % (pick(rng, ["MAD", "LIM", "SCL", "GTF"]), r(1, 999)),
                          "%04d/%s" % (r(1, 9999), pick(rng, "ABML")), "CL-%d" % r(10000, 99999),
                          "%d.%03d" % (r(1, 9), r(0, 999))])
    if kind == "exp":
        return pick(rng, ["2026/%04d" % r(1, 999), "%d/2026" % r(1, 999),
                          "EXP-26-%04d" % r(1, 9999), "H-%d/26" % r(10, 99),
                          "2026-%s-%03d" % (pick(rng, ["LAB", "FIS", "JUR", "HER"]), r(1, 999)),
                          "%d-%s" % (r(1000, 9999), pick(rng, "ABCDEFGHJK")),
                          "%d/%02d" % (r(100, 9999), r(24, 26))])
    if kind == "factura":
        return pick(rng, ["2026/%04d" % r(1, 1999), "F-2026-%04d" % r(1, 999),
                          "A-%03d/26" % r(1, 999), "26%05d" % r(1, 9999),
                          "FV26-%d" % r(100, 999), "%d/26" % r(1, 400)])
    if kind == "poliza":
        return pick(rng, ["%04d-%d-%d" % (r(0, 999), r(100, 999), r(10, 99)),
                          "%d-%d-%d" % (r(1, 9), r(1000000, 9999999), r(0, 9)),
                          str(r(10000000, 99999999)), "%d%s" % (r(100000, 999999), pick(rng, "ABCDX")),
                          "0%d/%d" % (r(10, 99), r(100000, 999999))])
    if kind == "siniestro":
        return pick(rng, ["26/%06d" % r(1, 999999), "S-2026-%d" % r(100000, 999999),
                          "%d" % r(10000000, 99999999)])
    if kind == "pedido":
        return pick(rng, ["%d-%d" % (r(10, 99), r(10000, 99999)), "PED26-%d" % r(1000, 9999),
                          "%d" % r(100000, 999999)])
    if kind == "ticket":
        return pick(rng, [str(r(10000, 99999)), alnum(rng, 6), "INC%d" % r(1000, 9999)])
    if kind == "judicial":
        return pick(rng, ["%d/2025" % r(100, 2999), "%d/2026" % r(100, 2999)])
    raise ValueError(kind)


def cid_en(rng, kind):
    r = rng.randint
    if kind == "client":
        return pick(rng, [str(r(10000, 39999)), "HV-%d" % r(10000, 39999), "%05d" % r(1, 9999),
                          "C/%04d" % r(1, 9999), "%s%d" % (pick(rng, ["BRY", "CRK", "BRS", "BFT"]), r(1000, 9999))])
    if kind == "patient":
        return pick(rng, ["PT-%05d" % r(1, 99999), "P%d" % r(10000, 99999), "%d-%d" % (r(10, 99), r(1000, 9999)),
                          str(r(100000, 999999)), "%d/%s" % (r(1000, 9999), pick(rng, "ABCK"))])
    if kind == "policy":
        return pick(rng, ["PP/%d/%s" % (r(1000000, 9999999), pick(rng, ["IE", "UK"])),
                          "AF-%d-%04d-%d" % (r(1000, 9999), r(1, 9999), r(10, 99)),
                          "MP%d" % r(10000000, 99999999), "AGR-%s-%d" % (pick(rng, ["IE", "GB"]), r(100000, 999999)),
                          "%d %d %d" % (r(100, 999), r(100, 999), r(1000, 9999)),
                          "%s%d%s" % (pick(rng, ["BWP", "TMP", "GH"]), r(100000, 999999), pick(rng, "ABKX")),
                          "POL/%d/%02d" % (r(10000, 99999), r(20, 26))])
    if kind == "claim":
        return pick(rng, ["CLM/26/%d" % r(10000, 99999), str(r(1000000, 9999999)),
                          "C26-%05d" % r(1, 99999), "CLM-%d-%s" % (r(1000, 9999), pick(rng, "KXRT")),
                          "%s/%d" % (alnum(rng, 3), r(100000, 999999)), "26CL%d" % r(10000, 99999)])
    if kind == "invoice":
        return pick(rng, ["INV-26-%04d" % r(1, 9999), str(r(100000, 199999)),
                          "HVG/INV/2026/%04d" % r(1, 9999), "%d/%d" % (r(1000, 9999), r(1, 99)),
                          "SI%06d" % r(1, 999999), "26-%d" % r(1000, 9999)])
    if kind == "job":
        return pick(rng, ["26-%d" % r(1000, 1999), "JC%d" % r(1000, 9999), "%d" % r(40000, 49999),
                          "W/O %d" % r(100, 999)])
    if kind == "estimate":
        return pick(rng, ["E26-%04d" % r(1, 9999), "EST/%d" % r(1000, 9999), "Q-%d" % r(10000, 99999)])
    if kind == "booking":
        return alnum(rng, pick(rng, [6, 6, 5, 7]))
    if kind == "ourref":
        return pick(rng, ["HVG/%s/%d" % (pick(rng, ["OW", "IN", "CL", "RD"]), r(1000, 9999)),
                          "KM/INS/%04d" % r(1, 9999), "%s-%d/%s" % (pick(rng, ["MOT", "ACC", "BOD"]), r(10, 99), alnum(rng, 2))])
    if kind == "ticket":
        return pick(rng, [str(r(10000, 99999)), "CS-%d" % r(100000, 999999), alnum(rng, 8)])
    raise ValueError(kind)


def es_plate(rng):
    return "%s %s" % (digits(rng, 4), "".join(pick(rng, "BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)))


def uk_plate(rng):
    return "%s%s%d %s" % (pick(rng, "ABCDEFGHKLMNOPRSVWY"), pick(rng, "ABCDEFGHJKLMNOPRSTUVWXY"),
                          pick(rng, [17, 18, 19, 20, 21, 68, 69, 70, 71, 72, 22, 23]),
                          "".join(pick(rng, "ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3)))


def ie_plate(rng):
    return "%d-%s-%d" % (pick(rng, [161, 171, 182, 191, 201, 212, 222, 231, 242]),
                         pick(rng, ["D", "C", "WW", "KE", "G", "L", "KK", "MH"]), rng.randint(1, 39999))


def vin(rng):
    return (pick(rng, ["WVWZZZ1K", "WF0XXXGC", "VF1RFB00", "TMBJJ7NE", "JTDKB20U"])
            + "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)))


# --------------------------------------------------------------------------
# organisations
# --------------------------------------------------------------------------

# (full name as registered, short name as people write it, mail domain)
ES_COMPANIES = [
    ("Talleres Hermanos Ocaña, S.L.", "Talleres Ocaña", "talleresocana.es"),
    ("Construcciones Aljarafe 2004 S.L.", "Construcciones Aljarafe", "aljarafe2004.com"),
    ("Panadería Ibáñez S.L.U.", "Panadería Ibáñez", "panaderiaibanez.es"),
    ("Distribuciones Txingudi, S.A.", "Txingudi", "txingudi.eus"),
    ("Bodegas Valdeolmos S.L.", "Bodegas Valdeolmos", "valdeolmos.es"),
    ("Ferretería Ocaña", "Ferretería Ocaña", "ferreteriaocana.com"),
    ("Clínica Dental Sonrisas Getafe S.L.P.", "Clínica Sonrisas", "sonrisasgetafe.es"),
    ("Inmobiliaria Costa Blanca, S.A.", "Inmobiliaria Costa Blanca", "icostablanca.es"),
    ("Reformas Etxeberria e Hijos S.L.", "Reformas Etxeberria", "reformasetxeberria.com"),
    ("Transportes Outeiro S.L.", "Transportes Outeiro", "transportesouteiro.gal"),
    ("Cafetería La Rosaleda", "La Rosaleda", "larosaleda.es"),
    ("Autoescuela Prado", "Autoescuela Prado", "autoescuelaprado.es"),
    ("Frutas Hermanos Moreno S.C.", "Frutas Moreno", "frutasmoreno.es"),
    ("Carpintería Puigdomènech S.L.", "Carpintería Puigdomènech", "fusteriapuigdomenech.cat"),
    ("Gráficas del Olmo, S.A.", "Gráficas del Olmo", "graficasdelolmo.com"),
    ("Limpiezas Amparo S.L.U.", "Limpiezas Amparo", "limpiezasamparo.es"),
    ("Instalaciones Eléctricas Vilariño S.L.", "Eléctricas Vilariño", "vilarino.gal"),
    ("Cooperativa Agrícola San Isidro de Tomelloso", "Cooperativa San Isidro", "coopsanisidro.es"),
    ("Peluquería Rizos", "Rizos", "peluqueriarizos.es"),
    ("Academia de Idiomas Babel S.L.", "Academia Babel", "academiababel.es"),
    ("Bar Restaurante El Cruce", "El Cruce", "elcruce.es"),
    ("Estructuras Metálicas del Henares S.A.", "Metálicas del Henares", "emhenares.es"),
    ("Óptica Mirasol S.L.", "Óptica Mirasol", "opticamirasol.es"),
    ("Mármoles Hermanos Castaño S.L.", "Mármoles Castaño", "marmolescastano.com"),
]
PE_COMPANIES = [
    ("Grupo Andino S.A.C.", "Grupo Andino", "grupoandino.com.pe"),
    ("Inversiones Huallaga E.I.R.L.", "Inversiones Huallaga", "ihuallaga.pe"),
    ("Textiles Chavín S.A.A.", "Textiles Chavín", "textileschavin.com.pe"),
    ("Agroexportadora Ica S.A.C.", "Agroexportadora Ica", "agroica.pe"),
    ("Transportes Mamani Hnos. S.R.L.", "Transportes Mamani", "tmamani.com.pe"),
    ("Corporación Qhapaq S.A.C.", "Qhapaq", "qhapaq.pe"),
    ("Panificadora Santa Rosa E.I.R.L.", "Panificadora Santa Rosa", "panisantarosa.pe"),
    ("Minera Condorcanqui S.A.", "Minera Condorcanqui", "condorcanqui.com"),
]
CL_COMPANIES = [
    ("Comercial Los Aromos SpA", "Los Aromos", "losaromos.cl"),
    ("Transportes Biobío Ltda.", "Transportes Biobío", "tbiobio.cl"),
    ("Servicios Mineros Atacama S.A.", "SM Atacama", "smatacama.cl"),
    ("Inversiones Valdivia y Cía. Ltda.", "Inversiones Valdivia", "invvaldivia.cl"),
    ("Constructora Cordillera SpA", "Constructora Cordillera", "ccordillera.cl"),
    ("Vinos del Maule SpA", "Vinos del Maule", "vinosdelmaule.cl"),
    ("Pesquera Chiloé S.A.", "Pesquera Chiloé", "pchiloe.cl"),
]
MX_COMPANIES = [("Distribuidora Tapatía S.A. de C.V.", "Distribuidora Tapatía", "tapatia.com.mx"),
                ("Grupo Xicoténcatl S. de R.L. de C.V.", "Grupo Xicoténcatl", "gxicotencatl.mx")]
AR_COMPANIES = [("Lombardi Hnos. S.R.L.", "Lombardi Hnos.", "lombardihnos.com.ar"),
                ("Agropecuaria La Pampa S.A.", "Agropecuaria La Pampa", "alpampa.com.ar")]
CO_COMPANIES = [("Confecciones Antioquia S.A.S.", "Confecciones Antioquia", "confantioquia.co"),
                ("Café La Palma Ltda.", "Café La Palma", "cafelapalma.co")]

ES_BANKS = ["Banco Santander", "BBVA", "CaixaBank", "Bankinter", "Unicaja", "Kutxabank",
            "Abanca", "Ibercaja", "Cajamar", "Banco Sabadell", "ING", "Caja Rural de Navarra",
            "Openbank", "la Caixa"]
PE_BANKS = ["BCP", "Banco de Crédito del Perú", "Interbank", "BBVA Perú", "Scotiabank Perú",
            "Caja Arequipa"]
CL_BANKS = ["BancoEstado", "Banco de Chile", "Banco Falabella", "Scotiabank Chile", "Banco BICE"]
ES_MUTUAS = ["Fremap", "Asepeyo", "Ibermutua", "Mutua Universal", "MC Mutual", "Umivale Activa"]
ES_INSURERS = ["Mapfre", "Mutua Madrileña", "Sanitas", "Asisa", "Línea Directa", "Santalucía",
               "Ocaso", "Generali", "Allianz Seguros", "Reale Seguros"]
ES_COURIERS = ["SEUR", "MRW", "Correos", "GLS", "Nacex"]
ES_SUPPLIERS = ["Ascensores Tresa S.A.", "Limpiezas Brillo S.L.", "Jardinería Los Álamos",
                "Endesa", "Iberdrola", "Canal de Isabel II", "Naturgy", "Securitas Direct",
                "Extintores Vega S.L.", "Fontanería Hermanos Rial"]
ES_PUBLIC_TAX = ["Agencia Tributaria", "AEAT", "Hacienda", "Agencia Tributaria"]
ES_PUBLIC_SS = ["TGSS", "Tesorería General de la Seguridad Social", "Seguridad Social", "INSS"]

FIRM_FULL = "Lozano & Barrientos Asesores, S.L."
FIRM_SHORT = ["Lozano & Barrientos", "Lozano & Barrientos Asesores", "Lozano y Barrientos",
              "L&B Asesores", "Lozano & Barrientos"]
FIRM_ADDR = {"MAD": "C/ Doctor Esquerdo 104, 2º dcha., 28007 Madrid",
             "LIM": "Av. José Larco 1150, of. 301, Miraflores, Lima",
             "SCL": "Av. Providencia 1208, of. 503, Providencia, Santiago"}
FIRM_PHONE = {"MAD": "91 402 77 15", "LIM": "+51 1 446 2210", "SCL": "+56 2 2946 1180"}
FIRM_CIF = "B-86123457"

ES_STAFF = [
    Person("Ana Isabel", "Lozano Prieto", "f", "es", sur1="Lozano",
           email="aisabel.lozano@lozanobarrientos.es", role="socia directora"),
    Person("Tomás", "Barrientos Gil", "m", "es", sur1="Barrientos",
           email="tbarrientos@lozanobarrientos.es", role="socio, área laboral"),
    Person("Mari Carmen", "Sáez Olmedo", "f", "es", sur1="Sáez",
           email="nominas@lozanobarrientos.es", role="técnico de nóminas"),
    Person("Rocío", "Villalobos Crespo", "f", "es", sur1="Villalobos",
           email="rvillalobos@lozanobarrientos.es", role="área fiscal"),
    Person("Iñaki", "Aranburu Lasa", "m", "eus", sur1="Aranburu",
           email="iaranburu@lozanobarrientos.es", role="abogado, herencias"),
    Person("Luz Marina", "Ospina Cardona", "f", "co", sur1="Ospina",
           email="recepcion@lozanobarrientos.es", role="administración"),
    Person("Jhonatan", "Huarcaya Soncco", "m", "pe", sur1="Huarcaya",
           email="jhuarcaya@lozanobarrientos.pe", role="oficina Lima"),
    Person("Macarena", "Fuenzalida Toro", "f", "cl", sur1="Fuenzalida",
           email="mfuenzalida@lozanobarrientos.cl", role="oficina Santiago"),
]

# English domain -------------------------------------------------------------
VET_ORG = ["Harbourview Veterinary Group Ltd", "Harbourview Vets", "Harbourview Vets",
           "Harbourview Veterinary Group", "Harbourview"]
VET_BRANCHES = [
    {"town": "Bray", "country": "IE", "phone": "01 286 4410",
     "addr": "Unit 2, Castle Street, Bray, Co. Wicklow A98 K2P6", "dom": "harbourviewvets.ie"},
    {"town": "Ballincollig", "country": "IE", "phone": "021 487 3390",
     "addr": "Main Street West, Ballincollig, Co. Cork P31 HX02", "dom": "harbourviewvets.ie"},
    {"town": "Bristol", "country": "UK", "phone": "0117 973 4402",
     "addr": "112 Whiteladies Road, Bristol BS8 2QX", "dom": "harbourviewvets.co.uk"},
    {"town": "Belfast", "country": "UK", "phone": "028 9066 1207",
     "addr": "47 Lisburn Road, Belfast BT9 6AA", "dom": "harbourviewvets.co.uk"},
]
VET_STAFF = [
    Person("Aoife", "Brennan", "f", "irl", role="vet"),
    Person("Chukwuemeka", "Okafor", "m", "nga", role="vet"),
    Person("Priya", "Raghunathan", "f", "ind", role="vet"),
    Person("Hamish", "McAllister", "m", "sco", role="vet"),
    Person("Małgorzata", "Zielińska", "f", "pol", role="vet", call="Gosia"),
    Person("Niamh", "Ní Chonchúir", "f", "irl_ga", role="RVN"),
    Person("Grace", "Appiah", "f", "gha", role="RVN"),
    Person("Holly", "Pennington", "f", "eng", role="RVN"),
    Person("Penny", "Ashworth", "f", "eng", role="reception"),
    Person("Will", "Kavanagh", "m", "irl", role="reception"),
    Person("Bill", "Okoro", "m", "nga", role="insurance desk"),
    Person("Róisín", "Fitzgerald", "f", "irl", role="insurance desk"),
    Person("Ayesha", "Siddiqui", "f", "pak", role="insurance desk"),
    Person("Deirdre", "Kavanagh-Byrne", "f", "irl", role="practice manager"),
    Person("Faith", "Mensah", "f", "gha", role="reception"),
    Person("Mark", "Dalgleish", "m", "sco", role="vet"),
]
VETS = [p for p in VET_STAFF if p.role == "vet"]
NURSES = [p for p in VET_STAFF if p.role == "RVN"]
RECEPTION = [p for p in VET_STAFF if p.role == "reception"]
DESK = [p for p in VET_STAFF if p.role == "insurance desk"]

GARAGES = [
    {"name": "Kilbride Motors & Sons", "short": "Kilbride Motors", "country": "IE",
     "addr": "Unit 4, Ballybrack Business Park, Bray, Co. Wicklow A98 X2F3",
     "phone": "01 282 9931", "dom": "kilbridemotors.ie"},
    {"name": "Hallam Road Garage Ltd", "short": "Hallam Road Garage", "country": "UK",
     "addr": "221 Hallam Road, Sheffield S10 3GT", "phone": "0114 268 4417",
     "dom": "hallamroadgarage.co.uk"},
    {"name": "Quinn Autocare Unlimited Company", "short": "Quinn Autocare", "country": "IE",
     "addr": "Dublin Road, Mullingar, Co. Westmeath N91 T2X4", "phone": "044 934 8820",
     "dom": "quinnautocare.ie"},
]
GARAGE_STAFF = [
    Person("Des", "Kilbride", "m", "irl", role="owner"),
    Person("Tomasz", "Wójcik", "m", "pol", role="technician"),
    Person("Leanne", "Pryce-Owen", "f", "wal", role="service adviser"),
    Person("Gary", "Hunter", "m", "eng", role="bodyshop"),
    Person("Kwabena", "Osei", "m", "gha", role="technician"),
    Person("Ruairí", "Quinn", "m", "irl", role="manager"),
]
PET_INSURERS = ["Petplan", "Animal Friends", "Agria Pet Insurance", "ManyPets",
                "Brightwater Pet Cover Ltd", "Thistle Mutual", "Emerald Isle Assurance DAC",
                "FBD Insurance", "Allianz", "Greenhall Insurance plc"]
MOTOR_INSURERS = ["Aviva", "Direct Line", "Admiral", "AXA Insurance DAC", "FBD Insurance",
                  "Zurich Insurance plc", "Liberty Insurance", "Churchill", "Hastings Direct",
                  "RSA", "Greenhall Insurance plc", "Brightwater Motor Ltd"]
EN_BANKS = ["Barclays", "NatWest", "Bank of Ireland", "AIB", "Monzo", "Lloyds Bank plc",
            "Ulster Bank", "PTSB", "Revolut", "Santander UK", "Danske Bank", "Nationwide"]
EN_SUPPLIERS = ["Covetrus", "MWI Animal Health", "Henry Schein", "Carrick Lab Services Ltd",
                "IDEXX", "Euro Car Parts", "GSF Car Parts", "Brightwater Ltd",
                "Mulligan & Sons Bodyshop Supplies", "Finch Veterinary Wholesale LLP"]
EN_COURIERS = ["DPD", "An Post", "Royal Mail", "Evri"]
EN_LAW = ["Corrigan Walsh LLP", "Hartley & Moss Solicitors", "Keane Dillon LLP"]
EN_EMPLOYERS = ["Pets at Home", "Medivet", "Vets4Pets", "Tesco", "Boots", "Greencross Kennels Ltd",
                "Lidl Ireland GmbH", "Dunnes Stores", "Sainsbury's", "Primark"]

PETS = ["Max", "Bella", "Lola", "Toby", "Luna", "Coco", "Milo", "Nala", "Rocky", "Simba",
        "Daisy", "Alfie", "Poppy", "Teddy", "Ruby", "Archie", "Oscar", "Molly", "Charlie",
        "Buster", "Biscuit", "Pickles", "Duke", "Maggie", "Rosie", "Frank", "Penny",
        "Holly", "Dolly", "Winston", "Murphy", "Bailey", "Hector", "Mr Darcy", "Princess",
        "Bonnie", "Sasha", "Pablo", "Ziggy", "Kevin", "Gerald", "Sooty", "Smudge",
        "Tigger", "Misty", "Shadow", "Jasper", "Bramble", "Pip", "Rolo", "Nacho", "Lady",
        "Sir Bertie", "Brian", "Dave", "Margaret", "Fionn", "Grace", "Hunter", "Will"]
DOG_BREEDS = ["Lab", "JRT", "cocker", "collie x", "cockapoo", "GSD", "springer", "bichon",
              "frenchie", "lurcher", "staffie", "Westie", "border terrier", "pug",
              "cavapoo", "golden retriever", "greyhound", "dachshund"]
CAT_BREEDS = ["DSH", "DLH", "Maine Coon", "Siamese", "BSH", "Ragdoll", "Bengal"]
OTHER_PETS = ["rabbit (lop)", "guinea pig", "budgie", "ferret", "bearded dragon"]


def signalment(rng):
    r = rng.random()
    sex = pick(rng, ["M", "MN", "F", "FN", "FN", "MN"])
    age = pick(rng, ["%dy" % rng.randint(1, 15), "%dm" % rng.randint(3, 11), "%dyo" % rng.randint(1, 16)])
    if r < 0.6:
        return "%s %s %s" % (pick(rng, DOG_BREEDS), sex, age)
    if r < 0.9:
        return "%s %s %s" % (pick(rng, CAT_BREEDS), sex, age)
    return "%s %s" % (pick(rng, OTHER_PETS), age)


def species_word(sig):
    for b in CAT_BREEDS:
        if sig.startswith(b):
            return "cat"
    for b in OTHER_PETS:
        if sig.startswith(b):
            return b.split()[0]
    return "dog"


# --------------------------------------------------------------------------
# name renderings (title and possessive always outside the span)
# --------------------------------------------------------------------------

def nv_es(rng, p, kinds=None):
    k = pick(rng, kinds or ["full", "full", "full", "title_full", "title_sur", "inverted",
                            "upper", "initials", "maria"])
    if k == "maria":
        m = p.maria(rng)
        if m:
            return P(m + " " + p.last)
        k = "full"
    if k == "title_full":
        return p.es_title(formal=True) + " " + P(p.full)
    if k == "title_sur":
        return p.es_title() + " " + P(p.sur1)
    if k == "inverted":
        return P(p.inverted)
    if k == "upper":
        return P(p.full.upper())
    if k == "upper_inv":
        return P(p.inverted.upper())
    if k == "initials":
        return P(p.initial_name())
    if k == "given":
        return P(p.call)
    if k == "lower":
        return P(p.full.lower())
    return P(p.full)


def nv_en(rng, p, kinds=None):
    k = pick(rng, kinds or ["full", "full", "full", "title_full", "title_last", "inverted",
                            "upper", "initial"])
    if k in ("initial", "initial_dot") and (p.family_first or p.region == "vnm"):
        k = "full"
    if k == "title_full":
        return p.en_title(rng) + " " + P(p.full)
    if k == "title_last":
        return p.en_title(rng) + " " + P(p.last)
    if k == "inverted":
        return P(p.inverted)
    if k == "upper":
        return P(p.full.upper())
    if k == "upper_inv":
        return P(p.last.upper() + " " + p.given.upper())
    if k == "initial":
        return P(p.first[0] + " " + p.last)
    if k == "initial_dot":
        return P(p.first[0] + ". " + p.last)
    if k == "given":
        return P(p.call)
    if k == "lower":
        return P(p.full.lower())
    return P(p.full)


def ga(p, masc, fem):
    return fem if p.gender == "f" else masc
