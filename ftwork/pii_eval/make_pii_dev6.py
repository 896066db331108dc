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
  * Multi-line postal addresses in letter heads are one ADDRESS span.  In
    tabular exports where postcode and town have their own columns, only the
    street cell is ADDRESS; a postcode or town cell on its own is unlabelled.
    Given-name and surname columns are separate PERSON spans.
  * Contact names in WhatsApp headers and speaker labels in call transcripts
    are PERSON; bare phone numbers used as WhatsApp senders are PHONE.
  * Short and long variants of a document kind are spread over its five
    occurrences by slot (DocRandom.slot), so lengths vary from one line to
    about forty.

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


class DocRandom(random.Random):
    """random.Random that also knows which occurrence (slot 0-4) of its
    document kind it is generating, so that short and long variants are
    spread evenly instead of by chance."""

    slot = 0


def vary(rng, n):
    """Variant number: the occurrences of a kind cycle through n variants."""
    return getattr(rng, "slot", 0) % n


def is_short(rng, n):
    """True for the first n occurrences of a document kind."""
    return getattr(rng, "slot", 0) < n


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


ES_BANK_CODES = [("2100", "CaixaBank"), ("0049", "Banco Santander"), ("0182", "BBVA"),
                 ("0081", "Banco Sabadell"), ("0128", "Bankinter"), ("2085", "Ibercaja"),
                 ("3058", "Cajamar"), ("2095", "Kutxabank"), ("2080", "Abanca"),
                 ("1465", "ING"), ("3035", "Laboral Kutxa"), ("0239", "EVO Banco"),
                 ("3008", "Caja Rural de Navarra"), ("2103", "Unicaja"), ("0073", "Openbank")]
GB_BANK_CODES = [("NWBK", "NatWest"), ("BARC", "Barclays"), ("LOYD", "Lloyds Bank plc"),
                 ("HBUK", "HSBC UK"), ("MONZ", "Monzo"), ("SRLG", "Starling Bank"),
                 ("NAIA", "Nationwide"), ("ULSB", "Ulster Bank"), ("DABA", "Danske Bank")]
IE_BANK_CODES = [("AIBK", "AIB"), ("BOFI", "Bank of Ireland"), ("IPBS", "PTSB"),
                 ("AIBK", "Allied Irish Banks"), ("BOFI", "Bank of Ireland")]


def es_bank_iban(rng, style=None):
    code, name = pick(rng, ES_BANK_CODES)
    return name, iban_es(rng, style, bank=code)


def en_bank_iban(rng, country, style=None):
    code, name = pick(rng, IE_BANK_CODES if country == "IE" else GB_BANK_CODES)
    ib = _fmt_iban(rng, "IE" if country == "IE" else "GB", code + digits(rng, 6) + digits(rng, 8), style)
    return name, ib


def iban_es(rng, style=None, bank=None):
    bank = bank or pick(rng, [c for c, _ in ES_BANK_CODES])
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
    d = pick(rng, ["6", "6", "6", "7"])
    d = d + (pick(rng, "1234") if d == "7" else str(rng.randint(0, 9))) + digits(rng, 7)
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


def split_postcode(addr, country):
    """Split a freshly generated address (not document text) into the part
    before the postcode/Eircode and the postcode itself."""
    if country == "IE":
        m = re.search(r"[, ]+([A-Z][0-9W][0-9W] [0-9A-Z]{4})$", addr)
    else:
        m = re.search(r"[, ]+([A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2})$", addr)
    if not m:
        return addr, ""
    return addr[:m.start()], m.group(1)


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
    return eur_cents(rng.randint(lo * 100, hi * 100))


def eur_cents(cents):
    s = "%d.%02d" % (cents // 100, cents % 100)
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

COMUNIDAD_JOBS = [("Ascensores Tresa S.A.", "la modernización del ascensor"),
                  ("Fontanería Hermanos Rial", "la reparación de la bajante"),
                  ("Limpiezas Brillo S.L.", "la limpieza de zonas comunes"),
                  ("Jardinería Los Álamos", "el mantenimiento del jardín"),
                  ("Extintores Vega S.L.", "la revisión de extintores"),
                  ("Securitas Direct", "la instalación de cámaras en el portal"),
                  ("Iberdrola", "el cambio de contrato de la luz de la escalera")]

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
PET_INS = {
    "IE": ["FBD Insurance", "Allianz", "Emerald Isle Assurance DAC", "Petplan", "Agria Pet Insurance",
           "Greenhall Insurance plc", "ManyPets"],
    "UK": ["Petplan", "Animal Friends", "Agria Pet Insurance", "ManyPets", "Brightwater Pet Cover Ltd",
           "Thistle Mutual", "Greenhall Insurance plc"],
}
MOTOR_INS = {
    "IE": ["FBD Insurance", "AXA Insurance DAC", "Zurich Insurance plc", "Liberty Insurance", "Aviva",
           "Allianz", "RSA", "Greenhall Insurance plc"],
    "UK": ["Direct Line", "Admiral", "Churchill", "Hastings Direct", "Aviva", "Brightwater Motor Ltd",
           "Greenhall Insurance plc", "LV Motor"],
}


def pet_ins(rng, country):
    return pick(rng, PET_INS["IE" if country == "IE" else "UK"])


def motor_ins(rng, country):
    return pick(rng, MOTOR_INS["IE" if country == "IE" else "UK"])


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


def breed_of(sig):
    for b in DOG_BREEDS + CAT_BREEDS + OTHER_PETS:
        if sig.startswith(b + " "):
            return b
    return sig.split()[0]


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


# ==========================================================================
# Spanish documents: the gestoría
# ==========================================================================

def es_company(rng, region="es"):
    return pick(rng, {"pe": PE_COMPANIES, "cl": CL_COMPANIES, "mx": MX_COMPANIES,
                      "ar": AR_COMPANIES, "co": CO_COMPANIES}.get(region, ES_COMPANIES))


def es_child(rng, father, mother, gender=None):
    gender = gender or pick(rng, ["f", "m"])
    gf, gm, _ = _ES_REGION_POOLS.get(father.region, _ES_REGION_POOLS["es"])
    if chance(rng, 0.4):
        gf, gm = ES_GIVEN_F, ES_GIVEN_M
    given = pick(rng, gf if gender == "f" else gm)
    return Person(given, father.sur1 + " " + mother.sur1, gender, father.region,
                  sur1=father.sur1)


def couple(rng, region=None):
    h = es_person(rng, region, gender="m")
    w = es_person(rng, region or h.region, gender="f")
    return h, w


def catastral(rng):
    return (digits(rng, 7) + "".join(pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
            + digits(rng, 4) + pick(rng, "NS") + digits(rng, 4)
            + "".join(pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)))


def short_name(p):
    return p.given + " " + p.sur1


def id_for_resident(rng, p):
    """(kind, value) of the Spanish document a resident would give."""
    if p.region in ("pe", "co", "cl", "mx", "ar") and chance(rng, 0.75):
        return "NIE", nie(rng)
    return pick(rng, ["DNI", "NIF", "DNI"]), dni(rng)


def es_portal(rng):
    d = Doc()
    c = es_person(rng)
    st = pick(rng, ES_STAFF[:6])
    firm = pick(rng, FIRM_SHORT)
    ncli = cid_es(rng, "cliente")
    v = vary(rng, 4)
    if v == 0:
        d.w(f"Portal del cliente · {O(firm)} · {es_date(rng)} {hhmm(rng)}\n",
            f"{P(c.full)} (cliente {C(ncli)}): subo el justificante del recibo de autónomos de octubre. "
            f"Mi móvil nuevo es el {T(es_mobile(rng))}, el fijo ya no lo uso.\n")
    elif v == 1:
        bank, ib = es_bank_iban(rng)
        d.w(f"PORTAL CLIENTES · {O(firm.upper())}\n",
            f"Nº cliente: {C(ncli)}    Usuario: {E(email_for(rng, c))}\n",
            "Asunto: cambio de cuenta y de domicilio\n\n",
            f"Hola {P(st.call)}:\n\n",
            f"A partir de enero quiero que las cuotas y los impuestos se carguen en mi cuenta nueva de {O(bank)}: {I(ib)}. ",
            f"{ga(c, 'El titular', 'La titular')} sigo siendo yo, {P(c.full)}, NIF {N(dni(rng))}.\n",
            f"También me he mudado; la dirección nueva es {A(es_address(rng))}. ",
            f"La antigua ({A(es_address(rng, short=True))}) ya no sirve para notificaciones.\n\n",
            f"Un saludo y gracias,\n{P(c.call)}\n\n",
            f"— Respuesta de {P(st.full)} ({O(pick(rng, FIRM_SHORT))}), {es_date(rng)}:\n",
            f"Buenos días, {P(c.call)}. Anotado. Comunicaremos el cambio de domicilio a la {O('Agencia Tributaria')} "
            f"(modelo 036) y el de cuenta a la {O('TGSS')}. Si te llega algo a la dirección antigua, avísanos.\n")
    elif v == 2:
        h, w = couple(rng, c.region if c.region in ("es", "cat", "eus", "gal") else "es")
        me, other = (w, h) if chance(rng, 0.6) else (h, w)
        son = es_child(rng, h, w, "m")
        d.w(f"Mensaje #{C(cid_es(rng, 'ticket'))} · {es_date(rng)} · {O(firm)}\n",
            f"De: {P(me.inverted)} · cliente {C(ncli)}\n\n",
            f"Buenas tardes. No entiendo la factura {C(cid_es(rng, 'factura'))} de octubre: me cobráis la declaración de la renta de mi hijo "
            f"{P(son.given)}, pero él ya la hizo por su cuenta con la app de {O('Hacienda')}. ",
            f"¿Podéis llamarme al {T(es_mobile(rng))} a partir de las cinco? Si no estoy, preguntad por mi "
            f"{ga(me, 'mujer', 'marido')}, {P(other.full)}.\n",
            f"Gracias, {P(me.call)}\n")
    else:
        h, w = couple(rng, pick(rng, ["es", "es", "gal", "cat"]))
        kid = es_child(rng, h, w)
        bank = pick(rng, ES_BANKS)
        d.w(f"{O(firm)} · portal · {C(ncli)} · {es_date(rng)}\n",
            "Asunto: papeles renta de mi madre\n\n",
            f"{P(st.call)}, te subo lo que me pediste para la declaración de mi madre, {w.es_title(True)} {P(w.full)} "
            f"(DNI {N(dni(rng))}): el certificado de la pensión de viudedad del {O('INSS')}, el recibo del IBI de la casa "
            f"de {A(es_address(rng))} y el certificado de retenciones de {O(bank)}.\n",
            f"Mi madre es viuda de {P(h.full)} desde 2019, por si hace falta. La referencia catastral que sale en el recibo es "
            f"{catastral(rng)}.\n",
            f"Cualquier cosa me llamáis a mí, {P(kid.full)}, al {T(es_mobile(rng))}, que ella no oye bien el teléfono.\n")
    return d


def es_email_thread(rng):
    d = Doc()
    full, short, dom = es_company(rng)
    boss = es_person(rng)
    st = pick(rng, [ES_STAFF[1], ES_STAFF[2]])
    w1 = es_person(rng, pick(rng, ["pe", "co", "es", "gal", "es", "cl"]))
    w2 = es_person(rng)
    bmail = boss.local(rng) + "@" + dom
    m = boss.maria(rng)
    if m and chance(rng, 0.8):
        disp = '"' + P(boss.last + ", " + m) + '"'
    else:
        disp = pick(rng, ['"' + P(boss.inverted) + '"', P(boss.full), '"' + P(boss.inverted.upper()) + '"'])
    mes = pick(rng, ["octubre", "noviembre"])
    idk, idv = id_for_resident(rng, w1)
    if is_short(rng, 2):
        d.w("---------- Mensaje reenviado ---------\n",
            f"De: {P(w1.full)} <{E(email_for(rng, w1))}>\n",
            f"Date: {pick(rng, DIAS)}, {es_date(rng, 'long')}\nSubject: nomina\nTo: {E(bmail)}\n\n",
            f"buenas, no me ha llegado la nomina de {mes}, me la podeis mandar? gracias\n\n",
            f"{P(st.call)}, ¿puedes mirarlo tú? — {P(boss.call)}\n")
        return d
    d.w(f"De: {disp} <{E(bmail)}>\n",
        f"Enviado: {pick(rng, DIAS)}, {es_date(rng, 'long')} {hhmm(rng)}\n",
        f"Para: {P(st.full)} <{E(st.email)}>\n",
        f"CC: {E('administracion@' + dom)}\n",
        f"Asunto: RE: Nóminas {mes} - {O(short)}\n\n",
        f"{P(st.call)}, lo de {ga(w1, 'el chico nuevo', 'la chica nueva')}: empieza el lunes 10. Te paso sus datos:\n",
        f"{P(w1.full)}\n",
        f"{idk} {N(idv)} / nº afiliación {N(nuss(rng))}\n",
        f"Domicilio: {A(es_address(rng))}\n",
        f"Móvil {T(es_mobile(rng))}\n",
        f"Cuenta para la nómina: {I(iban_es(rng))}\n\n",
        f"Y {P(w2.call)} se va el día 15, baja voluntaria; ya ha firmado la carta.\n\n",
        f"Un saludo,\n{P(boss.call)}\n{O(full)}\nTel. {T(es_land(rng))}\n\n")
    r = rng.random()
    if r < 0.35:
        return d
    if r < 0.7:
        d.w(f"El {pick(rng, ['lun', 'mar', 'mié', 'jue'])}, {rng.randint(1, 28)} {mes[:3]} 2026 a las {hhmm(rng)}, "
            f"{P(st.full)} <{E(st.email)}> escribió:\n",
            f"> Buenas tardes, {P(boss.call)}:\n",
            f"> Te adjunto las nóminas y los seguros sociales de {mes}. Para dar de alta a la persona nueva necesito copia del DNI o NIE,\n",
            "> número de afiliación y cuenta bancaria.\n",
            f"> Me dice {P(ES_STAFF[3].call)} que la {O('Agencia Tributaria')} os ha dejado un requerimiento del modelo 111 en la DEH; lo vemos el jueves.\n",
            f"> Un saludo,\n> {P(st.full)}\n> {O(pick(rng, FIRM_SHORT))} · {T(FIRM_PHONE['MAD'])}\n")
    else:
        d.w("-----Mensaje original-----\n",
            f"De: {P(st.full)} [mailto:{E(st.email)}]\n",
            f"Enviado el: {pick(rng, DIAS)}, {es_date(rng, 'long')} {hhmm(rng)}\n",
            f"Para: '{P(boss.full)}'\n",
            f"Asunto: Nóminas {mes} - {O(short)}\n\n",
            f"Hola {P(boss.call)}, ¿quién entra este mes? Recuerda que {P(w2.full)} tenía vacaciones pendientes para el finiquito.\n",
            f"Saludos,\n{P(st.call)}\n")
    return d


def es_incidencias(rng):
    d = Doc()
    full, short, dom = es_company(rng)
    st = ES_STAFF[2]
    mes = pick(rng, ["OCTUBRE", "NOVIEMBRE"])
    d.w(f"INCIDENCIAS NÓMINA {mes} 2026 — {O(pick(rng, [full, short.upper()]))}\n",
        f"Cliente nº {C(cid_es(rng, 'cliente'))} · Gestora: {P(pick(rng, [st.call, st.full]))} · exportado de A3nom el {es_date(rng)}\n\n")
    items = sample(rng, ["alta", "baja", "it", "embargo", "anticipo", "cambio"], 1 if is_short(rng, 2) else 2)
    if "alta" not in items and chance(rng, 0.6):
        items[0] = "alta"
    for n, it in enumerate(items, 1):
        w = es_person(rng)
        if it == "alta":
            w = es_person(rng, pick(rng, ES_REGIONS))
            idk, idv = id_for_resident(rng, w)
            d.w(f"{n}) ALTA\n",
                f"   Trabajador/a: {nv_es(rng, w, ['upper_inv', 'inverted', 'full'])}\n",
                f"   {idk}: {N(idv)}    NUSS: {N(nuss(rng))}\n",
                f"   Fecha de alta: {es_date(rng, 'num')} · contrato 100 · grupo de cotización {rng.randint(1, 10)}\n",
                f"   Domicilio: {A(es_address(rng))}\n",
                f"   Tel.: {T(es_mobile(rng))} · e-mail: {E(email_for(rng, w))}\n",
                f"   IBAN nómina: {I(iban_es(rng))}\n")
        elif it == "baja":
            d.w(f"{n}) BAJA\n   {nv_es(rng, w, ['full', 'inverted', 'upper'])} — baja voluntaria con efectos "
                f"{es_date(rng, 'num')}. Finiquito pendiente de firma. NUSS {N(nuss(rng))}.\n")
        elif it == "it":
            d.w(f"{n}) IT (baja médica)\n   {P(short_name(w))} sigue de baja desde el {es_date(rng, 'short')} "
                f"(contingencia común). Último parte de confirmación recibido el {es_date(rng, 'short')}. "
                f"Mutua: {O(pick(rng, ES_MUTUAS))}.\n")
        elif it == "embargo":
            juz = pick(rng, ["Juzgado de Primera Instancia nº 4 de Getafe", "Juzgado de lo Social nº 2 de Sevilla",
                             "Juzgado de Primera Instancia e Instrucción nº 1 de Navalmoral de la Mata",
                             "Juzgado de Primera Instancia nº 12 de Valencia"])
            d.w(f"{n}) EMBARGO\n   Oficio del {O(juz)}, procedimiento {C(cid_es(rng, 'judicial'))}, contra "
                f"{nv_es(rng, w, ['title_full', 'full'])}. Retener según la escala del art. 607 LEC.\n")
        elif it == "anticipo":
            enc = es_person(rng)
            d.w(f"{n}) ANTICIPO\n   {eur(rng, 150, 600)} a {P(w.call)} (descontar en la nómina de {mes.lower()}). "
                f"Lo pidió por WhatsApp al encargado, {P(enc.call)}.\n")
        else:
            bank, ib = es_bank_iban(rng)
            d.w(f"{n}) CAMBIO DE CUENTA\n   {P(w.full)}: nueva cuenta {I(ib)} ({O(bank)}).\n")
    d.w(f"\nDudas: {P(st.call)} · {E(st.email)} · {T(FIRM_PHONE['MAD'])} ext. 3\n")
    return d


def es_baja(rng):
    d = Doc()
    full, short, dom = es_company(rng)
    boss = es_person(rng)
    st = ES_STAFF[2]
    w = es_person(rng)
    w2 = es_person(rng)
    mutua = pick(rng, ES_MUTUAS)
    if vary(rng, 2) == 0:
        d.w(f"Asunto: baja de {P(w.call)}\n",
            f"De: {P(boss.full)} <{E(boss.local(rng) + '@' + dom)}>\n",
            f"Para: {E(st.email)}\n\n",
            f"Hola {P(st.call)}, te cuento: {P(w.full)} (DNI {N(dni(rng))}) se ha cogido la baja hoy; dice que tiene dolores "
            "en la espalda desde la mudanza. El médico de cabecera le ha dado el parte y me lo ha mandado en foto. ",
            f"¿Hay que comunicarlo a {O(mutua)} o lo hacéis vosotros por el Sistema RED?\n",
            f"Su teléfono, por si necesitáis algo: {T(es_mobile(rng))}.\n",
            f"Otra cosa: a {P(w2.call)} le han citado de la mutua para revisión el día {rng.randint(15, 28)}; "
            "¿le tengo que dar el día libre?\n\n",
            f"{P(boss.call)}\n{O(short)}\n\n",
            f"--- Respuesta de {P(st.full)}, {es_date(rng)} ---\n",
            f"Lo comunicamos nosotros, no te preocupes. Hemos abierto el expediente {C(cid_es(rng, 'exp'))}. ",
            f"Sobre {P(w2.call)}: sí, cuenta como tiempo de trabajo; que pida justificante en {O(mutua)}.\n")
    else:
        d.w(f"Portal del empleado · {O(short)} · {es_date(rng)}\n",
            f"Soy {P(w.full)}, trabajo en el almacén de {O(full)}. Estoy de baja desde el {es_date(rng, 'short')} "
            f"por una operación de rodilla. Mi NUSS es {N(nuss(rng))} y mi {pick(rng, ['DNI', 'NIF'])} {N(dni(rng))}.\n",
            f"Me dicen en {O(pick(rng, ['INSS', 'Fremap', 'Asepeyo']))} que la empresa tiene que enviar el certificado de empresa. "
            f"¿Lo podéis mandar? Mi {ga(boss, 'jefe', 'jefa')}, {P(boss.given + ' ' + boss.sur1)}, me ha dicho que os escriba a vosotros.\n",
            f"Mi correo es {E(email_for(rng, w))}. Gracias.\n")
    return d


def es_autonomo(rng):
    d = Doc()
    c = es_person(rng)
    st = ES_STAFF[3]
    tri = pick(rng, ["3T", "3er trimestre", "T3"])
    v = vary(rng, 3)
    if v == 0:
        spouse = es_person(rng, gender="m" if c.gender == "f" else "f")
        cli1, cli2 = sample(rng, ES_COMPANIES, 2)
        act = pick(rng, ["fontanería (IAE 504.2)", "peluquería (IAE 972.1)", "traducción (IAE 774)",
                         "taxi (IAE 721.2)", "diseño gráfico (IAE 844)", "fisioterapia (IAE 841)"])
        d.w(f"AUTÓNOMOS · cierre {tri} 2026 · revisado por {P(st.call)}\n",
            f"Cliente: {nv_es(rng, c, ['inverted', 'upper_inv', 'full'])} · NIF {N(dni(rng))} · nº cliente {C(cid_es(rng, 'cliente'))}\n",
            f"Actividad: {act}\n",
            f"- Modelo 303 {tri}: resultado {eur(rng, 80, 2400)} a ingresar → domiciliado en {I(iban_es(rng))}\n",
            f"- Modelo 130 {tri}: {eur(rng, 50, 900)}\n",
            f"- Facturas emitidas: de la {C(cid_es(rng, 'factura'))} a la {C(cid_es(rng, 'factura'))}; "
            f"falta la de {O(cli1[1])} y la rectificativa de {O(cli2[0])}\n",
            f"- Cuota RETA: {eur(rng, 230, 530)} (tramo {rng.randint(2, 9)})\n",
            f"Notas: ha llamado su {ga(c, 'mujer', 'marido')}, {P(spouse.full)}, para decir que la furgoneta ({es_plate(rng)}) "
            f"se vendió en septiembre; darla de baja en el inventario. Tel. {T(es_mobile(rng))}\n")
    elif v == 1:
        cli1, cli2 = sample(rng, ES_COMPANIES, 2)
        cu = es_person(rng)
        d.w(f"De: {P(c.full)} <{E(email_for(rng, c))}>\n",
            f"Para: {P(st.full)} <{E(st.email)}>\n",
            f"Asunto: facturas {tri}\n\n",
            f"Hola {P(st.call)}:\n",
            f"Te mando las facturas del trimestre. La de {O(cli1[0])} (nº {C(cid_es(rng, 'factura'))}) todavía no me la han pagado, ",
            f"y la de {O(cli2[1])} la emití dos veces sin querer (la buena es la {C(cid_es(rng, 'factura'))}).\n",
            f"Los tickets de gasolina van en el sobre que te dejó mi {pick(rng, [ga(cu, 'cuñado', 'cuñada'), ga(cu, 'hermano', 'hermana')])}, {P(cu.call)}, el martes.\n",
            f"¿Me dices cuánto me sale el 303? Si sale mucho, prefiero aplazarlo.\n\n",
            f"{P(c.call)}\n{T(es_mobile(rng))}\n")
    else:
        d.w(f"{P(c.full)} ({N(dni(rng))}) · {es_date(rng)}: adjunto libro de ingresos y gastos del {tri}. Sin cambios.\n")
    return d


def es_herencia(rng):
    d = Doc()
    if is_short(rng, 3):
        h, w = couple(rng)
        kid = es_child(rng, h, w)
        sib = es_child(rng, h, w)
        st = ES_STAFF[4]
        if rng.slot == 0:
            d.w("Asunto: herencia de mi padre\n\n",
                f"Buenos días, {P(st.call)}:\n",
                f"Mi padre, {P(h.full)}, falleció el {es_date(rng, 'long')}. Somos dos hermanos, mi {ga(sib, 'hermano', 'hermana')} "
                f"{P(sib.given)} y yo, y mi madre, {P(w.full)}, sigue viviendo en {A(es_address(rng))}. ",
                "Nos han dicho que hay que pedir el certificado de últimas voluntades e ir al notario. ¿Cuánto cobráis por llevarlo todo? ",
                f"El banco ({O(pick(rng, ES_BANKS))}) nos ha bloqueado la cuenta.\n\n",
                f"{P(kid.full)}\nDNI {N(dni(rng))} · {T(es_mobile(rng))}\n")
        elif rng.slot == 1:
            d.w(f"[{es_date(rng, 'short')}, 11:02:45] {P(w.call)} {P(h.sur1)}: buenos dias soy la viuda de {P(h.sur1)}, "
                f"{P(h.given.lower())} que en paz descanse. mi hijo {P(kid.given)} me dice que les mande el libro de familia\n",
                f"[{es_date(rng, 'short')}, 11:20:03] {P(st.call)} {O('L&B')}: Buenos días, {P(w.call)}. Sí, y el DNI de "
                f"{P(h.given)}. Su expediente es el {C(cid_es(rng, 'exp'))}. Le acompaño en el sentimiento.\n")
        else:
            d.w(f"HERENCIAS – ficha rápida ({P(st.call)})\n",
                f"Causante: {P(h.inverted.upper())} · herederos: {P(w.given + ' ' + w.sur1)} (viuda) e hijos de {P(h.sur1)}: "
                f"{P(kid.given)}, {P(sib.given)}. Notario: {P(es_person(rng).full)}. Plazo del 650: {es_date(rng)}.\n")
        return d
    region = pick(rng, ["es", "es", "gal", "eus", "cat"])
    h, w = couple(rng, region)
    dec, spouse = (h, w) if chance(rng, 0.7) else (w, h)
    kids = [es_child(rng, h, w) for _ in range(rng.randint(2, 3))]
    dead = kids[-1]
    dead_sp = es_person(rng, gender="f" if dead.gender == "m" else "m")
    if dead.gender == "m":
        nietos = [es_child(rng, dead, dead_sp) for _ in range(2)]
    else:
        nietos = [es_child(rng, dead_sp, dead) for _ in range(2)]
    notary = es_person(rng)
    old_notary = es_person(rng)
    st = ES_STAFF[4]
    bank, bank_ib = es_bank_iban(rng)
    cp, town, prov = pick(rng, ES_TOWNS)
    d.w(f"EXPEDIENTE DE HERENCIA {C(cid_es(rng, 'exp'))}\n",
        f"Responsable: {P(st.full)} ({O(pick(rng, FIRM_SHORT))})   Apertura: {es_date(rng)}\n\n",
        f"CAUSANTE: {dec.es_title(True)} {P(dec.full)}, DNI {N(dni(rng))}, {ga(dec, 'fallecido', 'fallecida')} en {town} "
        f"el {es_date(rng)}. Último domicilio: {A(es_address(rng, region=region))}.\n",
        f"CÓNYUGE: {P(spouse.full)} (DNI {N(dni(rng))}), tel. {T(es_land(rng))}; en la documentación del banco figura como "
        f"\"{ga(spouse, 'viudo de', 'viuda de')} {P(dec.sur1)}\".\n",
        f"TESTAMENTO: otorgado en {rng.randint(1998, 2021)} ante {ga(old_notary, 'el notario', 'la notaria')} {old_notary.es_title(True)} {P(old_notary.full)}. "
        "Usufructo universal al cónyuge; nuda propiedad a los hijos por partes iguales.\n\n",
        "HEREDEROS:\n")
    for i, k in enumerate(kids[:-1], 1):
        contact = pick(rng, [f"tel. {T(es_mobile(rng))}", f"{E(email_for(rng, k))}",
                             f"domicilio {A(es_address(rng))}"])
        d.w(f"  {i}. {P(k.full)} — DNI {N(dni(rng))} — {contact}\n")
    d.w(f"  {len(kids)}. {P(dead.full)} ({ga(dead, 'premuerto', 'premuerta')}, {ga(dead, 'fallecido', 'fallecida')} en 2019). "
        f"Le representan sus hijos, nietos del causante: {P(nietos[0].full)} (DNI {N(dni(rng))}) y {P(nietos[1].call)}, "
        f"menor de edad, a quien representa su {ga(dead_sp, 'padre', 'madre')}, {P(dead_sp.full)}.\n\n",
        f"NOTARÍA PARA LA ACEPTACIÓN: {notary.es_title(True)} {P(notary.full)}, {A(es_address(rng))}. Tel. {T(es_land(rng))}. "
        f"Cita: {es_date(rng, 'long')}, 10:30 h.\n\n",
        "BIENES:\n",
        f" - Vivienda en {A(es_address(rng, region=region))} — ref. catastral {catastral(rng)}\n",
        f" - Cuenta en {O(bank)} {I(bank_ib)} (titulares: causante y {P(spouse.call)})\n",
        f" - Plan de pensiones en {O(pick(rng, ES_INSURERS))}, póliza {C(cid_es(rng, 'poliza'))}\n",
        f" - Turismo matrícula {es_plate(rng)} (valor según tablas de {O('Hacienda')})\n\n",
        "PENDIENTE: modelo 650 (plazo de seis meses), certificado de últimas voluntades, nota simple del "
        f"{O('Registro de la Propiedad nº ' + str(rng.randint(1, 9)) + ' de ' + town)}.\n",
        f"Hablé con {ga(kids[0], 'el hijo', 'la hija')}, {P(kids[0].given)}, el {es_date(rng, 'short')}: dice que nadie quiere "
        f"quedarse la casa y que {P(dead_sp.call)} está de acuerdo con vender.\n")
    if rng.slot >= 3:
        log = [f"llamada de {P(kids[0].given)}: pregunta por el plazo del 650 y si se puede pedir prórroga.",
               f"enviada carta a {O(bank)} solicitando certificado de saldos a fecha de fallecimiento.",
               f"recibido certificado de últimas voluntades (testamento de {rng.randint(1998, 2021)}).",
               "pedida nota simple; pendiente de pago (9,02 €).",
               f"{P(spouse.call)} trae las escrituras originales y el recibo del IBI.",
               f"cita en notaría confirmada con {P(notary.sur1)}; avisados todos los herederos por correo.",
               f"tasación de la vivienda: {rng.randint(90, 260)}.000 €.",
               f"{P(dead_sp.full)} firmará como representante del menor; pedir autorización judicial si hay venta."]
        d.w("\nSEGUIMIENTO:\n")
        picked = log[:8 if rng.slot == 4 else 4]
        days = sorted(rng.sample(range(0, 80), len(picked)))
        for day, line in zip(days, picked):
            mm, dd = (9, day + 1) if day < 28 else ((10, day - 27) if day < 55 else (11, day - 54))
            d.w(f"  {dd:02d}/{mm:02d}/2026 – {line}\n")
    return d


def es_comunidad(rng):
    d = Doc()
    region = pick(rng, ["es", "es", "es", "gal", "cat"])
    cp, town, prov = pick(rng, {"gal": GAL_TOWNS, "cat": CAT_TOWNS}.get(region, ES_TOWNS))
    typ, name = pick(rng, {"gal": GAL_STREETS, "cat": CAT_STREETS}.get(region, ES_STREETS))
    comaddr = f"{typ} {name}, {rng.randint(1, 90)}, {cp} {town}"
    st = pick(rng, [ES_STAFF[0], ES_STAFF[1], ES_STAFF[5]])
    sup = pick(rng, ES_SUPPLIERS)
    if is_short(rng, 2):
        pres = es_person(rng, region)
        d.w(f"CONVOCATORIA – COMUNIDAD DE PROPIETARIOS {A(comaddr)}\n\n",
            f"Se convoca a los propietarios a junta extraordinaria el {es_date(rng, 'long')} a las 19:00 en el portal.\n",
            f"Orden del día: 1. Derrama para la reparación de la fachada (presupuesto de "
            f"{O(pick(rng, ['Rehabilitaciones Moya S.L.', 'Fachadas Levante S.L.', 'Construcciones Aljarafe 2004 S.L.', 'Reformas Etxeberria e Hijos S.L.']))}). "
            "2. Ruegos y preguntas.\n\n",
            f"El presidente, {P(pres.full)}.   El administrador, {O(pick(rng, FIRM_SHORT))} ({T(FIRM_PHONE['MAD'])}).\n")
        return d
    d.w("ACTA DE LA JUNTA GENERAL ORDINARIA\n",
        f"COMUNIDAD DE PROPIETARIOS {A(comaddr)}\n\n",
        f"En {town}, a {es_date(rng, 'long')}, siendo las 19:30 horas y en segunda convocatoria, se reúnen en el portal "
        f"los propietarios que se relacionan, con la asistencia del administrador, {P(st.full)}, de {O(pick(rng, FIRM_SHORT))}.\n\n",
        "ASISTENTES:\n")
    owners = []
    flats = ["Bajo A", "Bajo B", "1º A", "1º B", "2º A", "2º B", "3º A", "3º B", "4º A", "Ático"]
    nflats = 10 if rng.slot == 4 else rng.randint(4, 7)
    for fl in flats[:nflats]:
        o = es_person(rng, pick(rng, [region, region, "es", "pe", "co"]))
        owners.append((fl, o))
        stt = rng.random()
        if stt < 0.45:
            status = "(presente)"
        elif stt < 0.65:
            son = es_child(rng, o, es_person(rng)) if o.gender == "m" else es_child(rng, es_person(rng), o)
            status = f"(representad{ga(o, 'o', 'a')} por su {ga(son, 'hijo', 'hija')}, {P(son.given)})"
        elif stt < 0.8:
            status = f"(representad{ga(o, 'o', 'a')} por {P(es_person(rng).full)}, con autorización escrita)"
        else:
            status = "(ausente)"
        d.w(f"- {fl} – {nv_es(rng, o, ['title_full', 'title_full', 'full', 'upper_inv', 'maria'])} {status}\n")
    pres, moroso, queja = sample(rng, owners, 3)
    sup, job = pick(rng, COMUNIDAD_JOBS)
    pet = pick(rng, ["Toby", "Lola", "Rocky", "Chispa", "Canela", "Max", "Bruno"])
    cbank, cib = es_bank_iban(rng)
    d.w("\nORDEN DEL DÍA\n1. Aprobación de cuentas 2025-2026.\n",
        f"2. Presupuesto de {O(sup)} para {job}.\n3. Deudores.\n4. Ruegos y preguntas.\n\n",
        "ACUERDOS\n",
        f"1. Se aprueban las cuentas por unanimidad. Se nombra {ga(pres[1], 'presidente', 'presidenta')} a {P(pres[1].full)} ({pres[0]}) y se mantiene como "
        f"secretario-administrador a {O(pick(rng, FIRM_SHORT))}.\n",
        f"2. Se aprueba el presupuesto de {O(sup)} por {eur(rng, 900, 14000)}. {P(queja[1].call)} pide que conste su voto en contra.\n",
        f"3. Se acuerda reclamar por vía judicial a {P(moroso[1].full)} ({moroso[0]}) la deuda de {eur(rng, 300, 4200)}. "
        f"Cuenta de la comunidad: {I(cib)} ({O(cbank)}).\n",
        f"4. {queja[1].es_title()} {P(queja[1].sur1)} se queja de que el perro del {pick(rng, flats[:nflats])}, {pet}, ladra por las noches. "
        f"{P(pres[1].call)} hablará con los vecinos.\n\n",
        *([f"5. {P(pick(rng, owners)[1].call)} pregunta por la luz del garaje, que lleva un mes fundida.\n",
           f"6. {P(pick(rng, owners)[1].full)} solicita copia de las facturas de {O(pick(rng, ES_SUPPLIERS))}; se le enviarán por correo.\n",
           "7. Se recuerda que los patinetes no pueden dejarse en el portal.\n",
           f"8. {ga(queja[1], 'El vecino', 'La vecina')} del {queja[0]} entrega escrito de queja por humedades, que se adjunta al acta.\n",
           f"9. Se faculta al administrador para contratar un seguro nuevo con {O(pick(rng, ES_INSURERS))} si mejora el precio.\n",
           "10. Próxima junta: mayo de 2027.\n\n"] if rng.slot == 4 else ["\n"]),
        "Sin más asuntos, se levanta la sesión a las 21:05.\n\n",
        f"Vº Bº {ga(pres[1], 'El presidente', 'La presidenta')}: {P(pres[1].full)}        El secretario-administrador: {P(st.full)}\n")
    return d


def es_notaria(rng):
    d = Doc()
    notary = es_person(rng)
    o1 = es_person(rng)
    o2 = es_person(rng, pick(rng, ["pe", "co", "cl", "ar", "es"]))
    oficial = es_person(rng)
    asunto = pick(rng, ["aceptación y adjudicación de herencia", "compraventa de vivienda", "poder general",
                        "constitución de sociedad limitada", "capitulaciones matrimoniales"])
    if vary(rng, 3) != 1:
        nmail = "citas@notaria" + slug(notary.sur1.split()[-1]) + ".es"
        d.w(f"Notaría de {notary.es_title(True)} {P(notary.full)}\n",
            f"{A(es_address(rng))} · Tel. {T(es_land(rng))} · {E(nmail)}\n\n",
            f"Le confirmamos la cita para el {pick(rng, DIAS[:5])} {es_date(rng, 'long')} a las {hhmm(rng)} h.\n",
            f"Asunto: {asunto}.\nOtorgantes:\n",
            f"  - {P(o1.full)}, con DNI {N(dni(rng))}\n",
            f"  - {P(o2.full)}, con NIE {N(nie(rng))}\n")
        if asunto.startswith("constitución"):
            d.w(f"Denominación social reservada: {O(pick(rng, ['Servicios Integrales Ocaña', 'Distribuciones Mamani', 'Reformas Altamira', 'Txoko Berri']) + ' S.L.')} "
                f"(certificación del {O('Registro Mercantil Central')}).\n")
        d.w(f"Su referencia: {C(cid_es(rng, 'exp'))} ({O(pick(rng, FIRM_SHORT))}).\n",
            "Deberán aportar el documento de identidad original en vigor. ",
            f"Para cualquier cambio, pregunten por {P(oficial.call)} en el {T(es_land(rng))}.\n")
    else:
        d.w(f"nota interna · {es_date(rng)} · {P(ES_STAFF[4].call)}\n",
            f"Cita notaría {notary.es_title()} {P(notary.sur1)} el jueves a las 12 para {asunto} de {P(o1.full)}. ",
            f"Va también {P(o2.given)} con el pasaporte ({N(es_passport(rng) if o2.region == 'es' else pick(rng, ['PE', 'AR', 'CO']) + digits(rng, 7))}) "
            "porque el NIE lo tiene caducado. ",
            f"Expediente {C(cid_es(rng, 'exp'))}. Avisar a {P(ES_STAFF[5].call)} para que prepare la provisión de fondos.\n")
    return d


def es_whatsapp(rng):
    d = Doc()
    c = es_person(rng, pick(rng, ["es", "pe", "co", "es", "gal", "eus"]))
    st = pick(rng, [ES_STAFF[1], ES_STAFF[2], ES_STAFF[3], ES_STAFF[5]])
    spouse = es_person(rng, c.region, gender="f" if c.gender == "m" else "m")
    ios = chance(rng, 0.5)
    day = "%02d/11/26" % rng.randint(2, 27)
    secs = [rng.randint(0, 59) for _ in range(12)]

    def ts(i, hh, mm):
        return f"[{day}, {hh}:{mm:02d}:{secs[i]:02d}] " if ios else f"{day} {hh}:{mm:02d} - "

    me_label = P(st.call) + " " + O(pick(rng, ["L&B Asesores", "Lozano & Barrientos"])) if chance(rng, 0.5) else P(st.call + " " + st.sur1)
    c_label = pick(rng, [P(c.call + " " + c.sur1), P(c.call), T(es_mobile(rng)), P(c.full)])
    sp_phone = T(es_mobile(rng))
    idk, idv = id_for_resident(rng, c)
    idv = idv.lower() if chance(rng, 0.3) else idv
    bank, wa_ib = es_bank_iban(rng, pick(rng, ['compact', 'lower', 'grp']))
    if is_short(rng, 3):
        d.w(f"{ts(0, 17, 2)}{c_label}: hola {P(st.call)}, ya tengo el certificado de la "
            f"{O(pick(rng, ['TGSS', 'Agencia Tributaria', 'Seguridad Social']))}. te lo mando mañana\n",
            f"{ts(1, 17, 5)}{me_label}: Genial, gracias. Si puedes, mándalo a {E(st.email)}\n")
        return d
    d.w(f"{ts(0, 9, 41)}{me_label}: Buenos días {P(c.call)}, soy {P(st.call)} de la gestoría. ¿Me mandas foto del {idk} "
        "por las dos caras y el empadronamiento?\n",
        f"{ts(1, 9, 52)}{c_label}: hola buenas\n",
        f"{ts(2, 9, 52)}{c_label}: <adjunto: 000000{rng.randint(10, 99)}-PHOTO-2026-11-{day[:2]}.jpg>\n",
        f"{ts(3, 9, 53)}{c_label}: ahi va. el numero es {N(idv)}\n",
        f"{ts(4, 10, 5)}{me_label}: Gracias. ¿Y la cuenta para la nómina?\n",
        f"{ts(5, 10, 31)}{c_label}: {I(wa_ib)} es de {O(bank)}\n",
        f"{ts(6, 12, 2)}{sp_phone}: hola soy {P(spouse.call.lower() if chance(rng, 0.5) else spouse.call)}, "
        f"la {ga(spouse, 'marido', 'mujer')} de {P(c.call)}, {ga(c, 'él', 'ella')} esta trabajando. dice q la direccion es "
        f"{A(es_address(rng).lower())}\n" if spouse.gender == "f" else
        f"{ts(6, 12, 2)}{sp_phone}: hola soy {P(spouse.call)}, el marido de {P(c.call)}, ella esta en el trabajo. "
        f"la direccion es {A(es_address(rng).lower())}\n",
        f"{ts(7, 12, 15)}{me_label}: Perfecto, {P(spouse.call)}. Se lo paso a {P(ES_STAFF[1].call)} para el alta.\n",
        f"{ts(8, 12, 16)}{c_label}: Este mensaje fue eliminado\n",
        f"{ts(9, 12, 40)}{c_label}: 👍 gracias {P(st.call.lower())}\n")
    return d


def es_llamadas(rng):
    d = Doc()
    st = pick(rng, ES_STAFF[:6])
    d.w(f"NOTAS LLAMADAS – {P(st.call.lower())} – {es_date(rng, 'short')}\n")
    notes = sample(rng, list(range(7)), rng.randint(1, 3))
    for k in sorted(notes):
        t = hhmm(rng)
        a = es_person(rng)
        if k == 0:
            d.w(f"- {t} llama {P(a.full.lower())} ({ga(a, 'hijo', 'hija')} del sr. {P(a.sur1.lower())}), dice q no le a llegado "
                f"la carta de {O('hacienda')} de la paralela del 2024. le dije a {P(a.call.lower())} q nos la mande escaneada a "
                f"{E(email_for(rng, a))}. tlf {T(es_mobile(rng).replace(' ', ''))}. dni del padre {N(dni(rng, 'lower'))}\n")
        elif k == 1:
            full, short, dom = es_company(rng)
            kid = es_person(rng)
            d.w(f"- {t} {P(a.call.lower())} de {O(short.lower())} pregunta x las nominas, q {ga(kid, 'el chico nuevo', 'la chica nueva')} "
                f"({P(kid.call.lower())}) no tiene contrato todavia. exp {C(cid_es(rng, 'exp'))}. volver a llamar dsp de las 5 al {T(es_land(rng))}\n")
        elif k == 2:
            d.w(f"- {t} llamada de la {O('tgss')} (unidad de recaudacion) x el aplazamiento de {P(a.full)}, nº expediente "
                f"{C(cid_es(rng, 'exp'))}. q les mandemos el justificante a {E('ure28.recaudacion@seg-social.es')}\n")
        elif k == 3:
            bro = es_person(rng)
            d.w(f"- {t} {P(a.full.lower())} quiere cita con {P(ES_STAFF[4].call.lower())} para lo de la herencia de su padre; "
                f"dice q su {ga(bro, 'hermano', 'hermana')} {P(bro.call.lower())} vive en {pick(rng, ['alcorcon', 'zaragoza', 'lima', 'vigo'])} y no puede venir. "
                "le he dado el jueves 11h\n")
        elif k == 4:
            d.w(f"- {t} no contesta {P(a.given.lower() + ' ' + a.sur1.lower())}, dejo msj en el buzon. movil {T(es_mobile(rng))}\n")
        elif k == 5:
            d.w(f"- {t} {a.es_title().lower()} {P(a.sur1.lower())} (cliente {C(cid_es(rng, 'cliente'))}) enfadad{ga(a, 'o', 'a')} "
                f"xq le han cargado dos veces la cuota en {O(pick(rng, ES_BANKS).lower())}. mirar con {P(ES_STAFF[3].call.lower())} mñn\n")
        else:
            d.w(f"- {t} {P(a.call)} ({ga(a, 'el', 'la')} de {O(es_company(rng)[1])}) q ya tiene el certificado digital, q no hace falta cl@ve. "
                "ok\n")
    return d


def es_csv(rng):
    d = Doc()
    sep = ";"
    if vary(rng, 2) == 0:
        d.w("cod_cliente;nombre;apellidos;nif;telefono;email;direccion;cp;poblacion;iban\n")
        for _ in range(1 if is_short(rng, 2) else rng.randint(2, 3)):
            p = es_person(rng)
            cp, town, prov = pick(rng, ES_TOWNS + CAT_TOWNS + GAL_TOWNS)
            street = es_address(rng, short=True)
            tel = es_mobile(rng).replace(" ", "") if chance(rng, 0.6) else es_land(rng)
            mail = E(email_for(rng, p)) if chance(rng, 0.55) else ""
            ib = I(iban_es(rng, "compact")) if chance(rng, 0.4) else ""
            idv = dni(rng, "plain") if chance(rng, 0.8) else nie(rng, "plain")
            g = P(p.given) if chance(rng, 0.8) else P(p.given.upper())
            d.w(sep.join([C(cid_es(rng, "cliente")), g, P(p.last), N(idv), T(tel), mail, A(street), cp, town, ib]) + "\n")
    else:
        d.w("Razón social;CIF;Persona de contacto;Teléfono;Email;Domicilio fiscal;Gestor\n")
        for _ in range(1 if is_short(rng, 2) else rng.randint(2, 3)):
            full, short, dom = es_company(rng)
            p = es_person(rng)
            gestor = pick(rng, ES_STAFF[:4])
            d.w(sep.join([O(full), cif_company(rng, pick(rng, "BBBA"), False), P(p.full) if chance(rng, 0.7) else P(p.inverted),
                          T(es_land(rng)), E(pick(rng, ["info@", "administracion@", p.local(rng) + "@"]) + dom),
                          '"' + A(es_address(rng)) + '"', P(gestor.call)]) + "\n")
    return d


def es_tsv(rng):
    d = Doc()
    tab = "\t"
    if vary(rng, 2) == 0:
        full, short, dom = es_company(rng, "pe")
        d.w(f"PLANILLA {pick(rng, ['OCTUBRE', 'NOVIEMBRE'])} 2026 – {O(full)}\n",
            "apellidos y nombres\tDNI\tcargo\tfecha ingreso\tsueldo\tcelular\tcorreo\n")
        for _ in range(rng.randint(2, 3)):
            p = es_person(rng, "pe")
            name = P(p.last.upper() + ", " + p.given) if chance(rng, 0.7) else P(p.full.upper())
            d.w(tab.join([name, N(pe_dni(rng)), pick(rng, ["asistente contable", "operario", "chofer", "vendedora", "almacenero", "jefe de planta"]),
                          es_date(rng, "num"), "S/ %d,%03d.00" % (rng.randint(1, 6), rng.randint(0, 999)),
                          T(pe_mobile(rng)), E(email_for(rng, p)) if chance(rng, 0.7) else ""]) + "\n")
        d.w(f"Enviado por: {P(es_person(rng, 'pe').full)} (RR.HH.) – revisar con {P(ES_STAFF[6].call)}\n")
    else:
        full, short, dom = es_company(rng, "cl")
        d.w(f"Nómina trabajadores {O(short)} – {pick(rng, ['octubre', 'noviembre'])} 2026\n",
            "Nombre\tRUT\tAFP\tSalud\tDirección\tFono\n")
        for _ in range(rng.randint(1, 2)):
            p = es_person(rng, "cl")
            d.w(tab.join([P(p.full), N(rut(rng)), O(pick(rng, ["AFP Habitat", "AFP Provida", "AFP Modelo", "AFP Capital", "AFP Cuprum"])),
                          O(pick(rng, ["Fonasa", "Fonasa", "Isapre Colmena", "Isapre Cruz Blanca", "Banmédica"])),
                          A(cl_address(rng)), T(cl_mobile(rng))]) + "\n")
        d.w(f"(pegado desde Excel por {P(ES_STAFF[7].call)})\n")
    return d


def es_carta(rng):
    d = Doc()
    c = es_person(rng, pick(rng, ["es", "es", "gal", "eus", "cat"]))
    st = pick(rng, [ES_STAFF[0], ES_STAFF[1], ES_STAFF[4]])
    exp = cid_es(rng, "exp")
    rcpt_addr = es_address(rng, multiline=True, province=True)
    m = c.maria(rng)
    rname = (m + " " + c.last) if (m and chance(rng, 0.5)) else c.full
    d.w(f"{O(FIRM_FULL.upper())}\n",
        (f"{A(FIRM_ADDR['MAD'])} · Tel. {T(FIRM_PHONE['MAD'])} · {E('info@lozanobarrientos.es')}\n\n"
         if chance(rng, 0.4) else f"{A(FIRM_ADDR['MAD'])}\n\n"),
        f"{c.es_title()} {c.es_title(True)} {P(rname)}\n{A(rcpt_addr)}\n\n",
        f"Madrid, {es_date(rng, 'long')}\n",
        f"N/Ref.: {C(exp)}\n\n")
    v = vary(rng, 3)
    if v == 0:
        d.w(f"Asunto: requerimiento de la {O('Agencia Tributaria')} – IRPF 2024\n\n",
            f"{ga(c, 'Estimado Sr.', 'Estimada Sra.')} {P(c.sur1)}:\n\n",
            f"Le informamos de que la {O('AEAT')} ha emitido un requerimiento relativo a su declaración del IRPF 2024 "
            f"(NIF {N(dni(rng))}), en el que solicita justificación de las deducciones por alquiler de la vivienda de "
            f"{A(es_address(rng, short=True))}. El plazo para contestar es de diez días hábiles.\n",
            f"Le rogamos que nos haga llegar los recibos del alquiler y el contrato firmado con {P(es_person(rng).full)}, "
            "arrendador del inmueble.\n\n")
    elif v == 1:
        d.w("Asunto: cambio de gestor asignado\n\n",
            f"{ga(c, 'Estimado', 'Estimada')} {P(c.call)}:\n\n",
            f"Desde el 1 de diciembre sus asuntos laborales pasarán a llevarlos {P(ES_STAFF[2].full)} "
            f"({E(ES_STAFF[2].email)}). Su número de cliente ({C(cid_es(rng, 'cliente'))}) y las domiciliaciones en "
            f"{O(pick(rng, ES_BANKS))} no cambian.\n\n")
    else:
        sup = pick(rng, ES_SUPPLIERS + [x[0] for x in ES_COMPANIES])
        d.w(f"Asunto: reclamación a {O(sup)} – factura {C(cid_es(rng, 'factura'))}\n\n",
            f"{ga(c, 'Estimado Sr.', 'Estimada Sra.')} {P(c.sur1)}:\n\n",
            f"Hemos remitido a {O(sup)} un burofax reclamando el importe de {eur(rng, 200, 5000)}, con copia a su "
            f"abogado, {P(es_person(rng).full)}. Si no hay respuesta en quince días, presentaremos la reclamación ante "
            f"{O(pick(rng, ['la Junta Arbitral de Consumo de la Comunidad de Madrid', 'el Ayuntamiento de Getafe', 'la OMIC de Alcorcón']))}.\n\n")
    d.w("Sin otro particular, reciba un cordial saludo.\n\n",
        f"Fdo.: {P(st.full)}\n{st.role[0].upper() + st.role[1:]}\n{O(FIRM_FULL)}\n")
    return d


def es_factura(rng):
    d = Doc()
    fnum = cid_es(rng, "factura")
    d.w(f"FACTURA Nº {C(fnum)}        Fecha: {es_date(rng, 'num')}\n\n",
        f"Emisor: {O(FIRM_FULL)} · CIF {FIRM_CIF}\n{A(FIRM_ADDR['MAD'])} · {T(FIRM_PHONE['MAD'])} · {E('facturacion@lozanobarrientos.es')}\n\n")
    if chance(rng, 0.5):
        full, short, dom = es_company(rng)
        cont = es_person(rng)
        d.w(f"Cliente: {O(full)} · CIF {cif_company(rng)}\n",
            f"Domicilio: {A(es_address(rng))}\n",
            f"Att.: {nv_es(rng, cont, ['title_full', 'full'])} · Cód. cliente {C(cid_es(rng, 'cliente'))}\n\n")
        lines = [("Iguala mensual asesoría fiscal y contable", 90, 250),
                 ("Confección de nóminas (%d trabajadores)" % rng.randint(2, 25), 40, 400),
                 ("Presentación modelos 111 y 115, 3T", 20, 60),
                 ("Alta de trabajador en Sistema RED", 15, 30)]
    else:
        c = es_person(rng)
        d.w(f"Cliente: {P(c.full)} · NIF {N(dni(rng))}\n",
            f"Domicilio: {A(es_address(rng))}\n",
            f"Nº cliente: {C(cid_es(rng, 'cliente'))}\n\n")
        lines = [("Declaración de la renta 2025", 60, 120), ("Modelos 303 y 130, 3T", 45, 90),
                 ("Gestión de herencia – provisión de fondos", 200, 900), ("Certificado digital", 15, 25)]
    fbank, fib = es_bank_iban(rng, "grp")
    d.w("Concepto | Importe\n")
    base = 0
    for txt, lo, hi in sample(rng, lines, rng.randint(2, len(lines))):
        cents = rng.randint(lo * 100, hi * 100)
        base += cents
        d.w(f"{txt} | {eur_cents(cents)}\n")
    iva = (base * 21 + 50) // 100
    d.w(f"Base imponible: {eur_cents(base)} · IVA 21 %: {eur_cents(iva)} · TOTAL: {eur_cents(base + iva)}\n\n",
        f"Forma de pago: transferencia a {O(fbank)} {I(fib)} indicando el número de factura.\n")
    if chance(rng, 0.4):
        d.w(f"Pedido/encargo: {C(cid_es(rng, 'pedido'))}. Dudas sobre esta factura: {P(ES_STAFF[5].full)}, {T(FIRM_PHONE['MAD'])}.\n")
    return d


def es_peru(rng):
    d = Doc()
    full, short, dom = es_company(rng, "pe")
    cont = es_person(rng, "pe", gender="f")
    ger = es_person(rng, "pe", gender="m")
    soc = es_person(rng, "pe")
    jh = ES_STAFF[6]
    if not is_short(rng, 3):
        dni_soc = pe_dni(rng)
        d.w(f"De: {P(cont.full)} <{E(cont.local(rng) + '@' + dom)}>\n",
            f"Para: {P(jh.full)} <{E(jh.email)}>\n",
            f"CC: {P(ger.full)} <{E(ger.local(rng) + '@' + dom)}>\n" if chance(rng, 0.4) else "",
            f"Asunto: Notificación {O('SUNAT')} – {O(short)}\n\n",
            f"Estimado {P(jh.call)}:\n\n",
            f"Le escribo de parte de {O(full)}. La {O('SUNAT')} nos ha notificado una orden de pago "
            f"(valor nº {C('%03d-%03d-%07d' % (rng.randint(1, 999), rng.randint(1, 999), rng.randint(1, 9999999)))}) por el IGV de agosto. ",
            f"Nuestro gerente general, el Ing. {P(ger.full)} (DNI {N(pe_dni(rng))}), quiere saber si podemos acogernos al fraccionamiento.\n",
            f"Le adjunto también la ficha RUC del socio {P(soc.full)} (DNI {N(dni_soc)}, RUC {N(ruc_persona(rng, dni_soc))}), "
            "porque lo vamos a inscribir como representante legal.\n",
            f"Cualquier consulta, a mi celular {T(pe_mobile(rng))} o a la oficina {T(pe_land(rng))}.\n\n",
            f"Atentamente,\n\n{P(cont.full)}\nCPC – Contadora\n{O(full)}\n{A(pe_address(rng))}\n")
    elif rng.slot == 0:
        w = es_person(rng, "pe")
        d.w(f"Consulta oficina Lima · {es_date(rng)} · atendió {P(jh.call)}\n",
            f"{P(w.full)} (DNI peruano {N(pe_dni(rng))}, pasaporte {N(pick(rng, ['1', '5', '6']) + digits(rng, 8))}) se va a trabajar a "
            f"España con {O(es_company(rng)[0])}. Pregunta por el NIE y si tiene que darse de baja en {O('EsSalud')}.\n",
            f"Su {ga(w, 'esposa', 'esposo')}, {P(es_person(rng, 'pe', gender='f' if w.gender == 'm' else 'm').full)}, se queda en "
            f"{A(pe_address(rng))}. Cel. {T(pe_mobile(rng))}. Derivado a {P(ES_STAFF[1].full)} (Madrid).\n")
    elif rng.slot == 1:
        d.w(f"{P(cont.call)} ({O(short)}): {P(jh.call)}, ya pagamos la detracción al {O('Banco de la Nación')}; la constancia "
            f"la mandé a {E(jh.email)}. El RUC del Sr. {P(ger.sur1)} es {N(ruc_persona(rng))}, por si lo piden.\n")
    else:
        d.w(f"WhatsApp · {P(soc.full)} · {T(pe_mobile(rng))}\n",
            f"buenas tardes joven {P(jh.call.lower())}, la sunat me mando una esquela a mi casa de {A(pe_address(rng))}, "
            f"le paso foto. mi dni es {N(pe_dni(rng))}\n")
    return d


def es_latam(rng):
    d = Doc()
    v = vary(rng, 4)
    if v == 0:
        c = es_person(rng, "cl")
        soc = es_person(rng, "cl")
        full, short, dom = es_company(rng, "cl")
        mf = ES_STAFF[7]
        d.w(f"De: {P(c.full)} <{E(email_for(rng, c))}>\nPara: {E(mf.email)}\n",
            f"Asunto: Operación renta – {O(full)}\n\n",
            f"Hola {P(mf.call)}, te escribo desde {pick(rng, ['Santiago', 'Concepción', 'Viña'])}. El {O('SII')} me pide "
            f"rectificar la declaración porque no cuadra la boleta de honorarios nº {C(str(rng.randint(100, 999)))}.\n",
            f"Mi RUT es {N(rut(rng))} y el de mi socio, {P(soc.full)}, {N(rut(rng))}. La sociedad es {O(short)}, "
            f"con la cuenta en {O(pick(rng, CL_BANKS))}.\n",
            f"Dirección para las notificaciones: {A(cl_address(rng))}. Fono {T(cl_mobile(rng))}.\n",
            f"Saludos,\n{P(c.call)}\n")
    elif v == 1:
        w = es_person(rng, "mx")
        full, short, dom = es_company(rng)
        y, mth, dd = rng.randint(1975, 2003), rng.randint(1, 12), rng.randint(1, 28)
        d.w(f"ALTA TRABAJADOR EXTRANJERO – {O(short)} – {es_date(rng)}\n",
            f"Nombre: {P(w.full)}\nNacionalidad: mexicana\n",
            f"CURP: {N(curp(rng, w, (y, mth, dd)))}\nRFC: {N(rfc_persona(rng, w, (y, mth, dd)))}\n",
            f"Pasaporte: {N(pick(rng, ['G', 'N']) + digits(rng, 8))}\nNIE: en trámite (cita en extranjería {es_date(rng)})\n",
            f"Domicilio en España: {A(es_address(rng))}\n",
            f"Teléfono: {T(mx_phone(rng))} / {T(es_mobile(rng))}\nCorreo: {E(email_for(rng, w))}\n",
            f"Contacto de emergencia: {P(es_person(rng, 'mx').full)} ({T(mx_phone(rng))})\n",
            f"Tramita: {P(ES_STAFF[1].full)}\n")
    elif v == 2:
        c = es_person(rng, "ar")
        d.w(f"Consulta web · {O(pick(rng, FIRM_SHORT))}\n",
            f"Nombre: {P(c.full)}\nEmail: {E(email_for(rng, c))}\nTeléfono: {T(ar_phone(rng))}\n",
            f"Mensaje: Hola, soy argentino, vivo en Madrid desde marzo. Tengo DNI argentino {N(ar_dni(rng))} y CUIT "
            f"{N(cuit(rng, c.gender))}; el NIE me lo dieron la semana pasada ({N(nie(rng))}). Sigo facturando a "
            f"{O(pick(rng, AR_COMPANIES)[0])} desde acá, ¿me tengo que dar de alta de autónomo o alcanza con la "
            f"{O('AFIP')}? Vivo en {A(es_address(rng))}.\n")
    else:
        w = es_person(rng, "co")
        boss = es_person(rng)
        full, short, dom = es_company(rng)
        d.w(f"Asunto: contrato de {P(w.given)}\n\n",
            f"{P(ES_STAFF[2].call)}, te mando los datos de {P(w.full)} para el contrato de camarer{ga(w, 'o', 'a')}: cédula "
            f"colombiana {N(co_cedula(rng))}, NIE {N(nie(rng))}, nº de la Seguridad Social {N(nuss(rng))}. ",
            f"Vive con su prima en {A(es_address(rng))}. Móvil {T(es_mobile(rng))} (también tiene WhatsApp en el {T(co_phone(rng))}).\n",
            f"Gracias,\n{P(boss.call)} – {O(full)}\n")
    return d


ES_KINDS = [es_portal, es_email_thread, es_incidencias, es_baja, es_autonomo, es_herencia,
            es_comunidad, es_notaria, es_whatsapp, es_llamadas, es_csv, es_tsv, es_carta,
            es_factura, es_peru, es_latam]


# ==========================================================================
# English documents: veterinary group, pet-insurance desk, garage
# ==========================================================================

def insurer_domain(name, country):
    base = name
    for suf in [" Pet Insurance", " Pet Cover Ltd", " Insurance plc", " Insurance DAC",
                " Assurance DAC", " Motor Ltd", " Motor", " Insurance", " plc", " Ltd"]:
        if base.endswith(suf):
            base = base[:-len(suf)]
            break
    base = slug(base)
    return base + (".ie" if country == "IE" else ".co.uk")


def he_she(pet_female):
    return ("her", "she") if pet_female else ("his", "he")


def vet_reason(rng, country):
    r = rng.randrange(18)
    fixed = ["booster", "lame RF", "vomiting x2d", "post-op check (spay)", "nails + anal glands",
             "itchy ears", "dental assessment", "weight clinic w/ nurse", "limping LH since Sat",
             "lump on flank", "repeat Apoquel script", "microchip + first vacc", "Bravecto + weigh",
             "PU/PD ?diabetic"]
    if r < len(fixed):
        return fixed[r]
    if r == 14:
        return f"2nd opinion – ref. from {O(pick(rng, ['Ashgrove Vet Clinic', 'Riverside Vets', 'Oakwood Animal Hospital', 'Petcare Ballymena Ltd']))}"
    if r == 15:
        kid = en_person(rng, country=country)
        return f"euth – {P(kid.call)} (son) to attend"
    if r == 16:
        return f"insurance pre-auth ({O(pet_ins(rng, country))})"
    return f"collect ashes – paid, see {P(pick(rng, RECEPTION).call)}"


def en_appointments(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    vet = pick(rng, VETS)
    d.w(f"{O(pick(rng, VET_ORG))} – {br['town']} – Consult list {en_date(rng)} – Vet: "
        f"{pick(rng, ['Dr ' + P(vet.last), P(vet.full), P(vet.call)])}\n",
        "TIME | PATIENT | SIGNALMENT | OWNER | CONTACT | REC NO | REASON\n")
    t = 8 * 60 + 50
    for _ in range(rng.randint(2, 6)):
        t += pick(rng, [10, 15, 15, 20, 30])
        tm = "%02d:%02d" % (t // 60, t % 60)
        if chance(rng, 0.1):
            d.w(f"{tm} | -- | -- | -- | -- | -- | BLOCKED – Dr {P(pick(rng, VETS).last)} in theatre\n")
            continue
        own = en_person(rng, country=ctry)
        rend = nv_en(rng, own, ["full", "title_last", "inverted", "initial", "upper", "title_full"])
        ph = uk_or_ie_mobile(rng, ctry) if chance(rng, 0.8) else uk_or_ie_land(rng, ctry)
        d.w(f"{tm} | {pick(rng, PETS)} | {signalment(rng)} | {rend} | {T(ph)} | {C(cid_en(rng, 'patient'))} | "
            f"{vet_reason(rng, ctry)}\n")
    d.w(f"Printed {hhmm(rng)} by {P(pick(rng, RECEPTION).call)}\n")
    return d


def en_clinical(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    own = en_person(rng, country=ctry)
    sp = en_person(rng, country=ctry, gender="m" if own.gender == "f" else "f")
    pet = pick(rng, PETS)
    sig = signalment(rng)
    fem = "F" in sig.split()[-2] if len(sig.split()) > 2 else chance(rng, 0.5)
    his, he = he_she(fem)
    vet = pick(rng, VETS)
    nurse = pick(rng, NURSES)
    ins = pet_ins(rng, ctry)
    owner_in = pick(rng, [P(own.full), P(own.full), own.en_title(rng) + " " + P(own.last), P(own.full.lower())])
    d.w(f"{en_date(rng)} {hhmm(rng)} – {pick(rng, ['Dr ' + P(vet.last), P(vet.full)])}\n",
        f"pt {pet} (owner {owner_in}) {sig}. ",
        f"presented w/ {pick(rng, ['vomiting', 'diarrhoea', 'inappetence', 'lameness LF', 'head shaking', 'coughing'])} x{rng.randint(1, 5)}d. "
        f"O reports {he} got into the bin on Sat. ",
        "T 38.9, HR 120, mm pink, CRT <2s. abdo palp mildly uncomfortable cranially, no FB palpable.\n",
        f"A: ?dietary indiscretion ddx pancreatitis, FB. P: maropitant SC, bland diet 3d, bloods sent to {O(pick(rng, ['IDEXX', 'Carrick Lab Services Ltd']))}. "
        f"call {P(own.call)} on {T(uk_or_ie_mobile(rng, ctry))} w/ results.\n")
    if chance(rng, 0.75):
        d.w(f"Added by {P(nurse.call)} (RVN) {hhmm(rng)}: O rang back, {ga(own, 'wife', 'husband') if chance(rng, 0.7) else 'partner'} "
            f"{P(sp.call)} will collect {pet} at 5. {P(own.call)}'s mobile is off – use landline {T(uk_or_ie_land(rng, ctry))}. "
            f"Insured with {O(ins)}, policy {C(cid_en(rng, 'policy'))}; claim form given.\n")
    if chance(rng, 0.5):
        d.w(f"Rec no. {C(cid_en(rng, 'patient'))} · acct {C(cid_en(rng, 'client'))} · {O(pick(rng, VET_ORG))} {br['town']}\n")
    return d


def en_claim_caps(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    own = en_person(rng, country=ctry)
    vet = pick(rng, VETS)
    ins = pet_ins(rng, ctry)
    pet = pick(rng, PETS)
    sig = signalment(rng)
    ib = iban_ie(rng, "grp") if ctry == "IE" else iban_gb(rng, "grp")
    d.w(f"{O(ins.upper())} – PET INSURANCE CLAIM FORM\n",
        "SECTION A – POLICYHOLDER\n",
        f"POLICYHOLDER NAME: {P(own.full.upper())}\n",
        f"ADDRESS: {A(en_address(rng, ctry).upper())}\n",
        f"TELEPHONE: {T(uk_or_ie_mobile(rng, ctry))}    EMAIL: {E(email_for(rng, own, country=ctry).upper())}\n",
        f"POLICY NUMBER: {C(cid_en(rng, 'policy'))}\n",
        f"PET NAME: {pet.upper()}    SPECIES: {species_word(sig).upper()}    BREED: {breed_of(sig).upper()}\n",
        f"DATE SIGNS FIRST NOTICED: {en_date(rng, 'num')}\n",
        f"DESCRIPTION: {pick(rng, ['LIMPING AFTER WALK, WORSE NEXT DAY', 'VOMITING AND NOT EATING', 'SWOLLEN EYE', 'ATE A SOCK'])}\n\n",
        "SECTION B – VETERINARY PRACTICE\n",
        f"PRACTICE NAME: {O('HARBOURVIEW VETERINARY GROUP LTD')} ({br['town'].upper()})\n",
        f"PRACTICE ADDRESS: {A(br['addr'].upper())}\n",
        f"VET IN CHARGE: DR {P(vet.full.upper())} {'MVB' if ctry == 'IE' else 'MRCVS'}\n",
        f"PRACTICE CLIENT NO: {C(cid_en(rng, 'client'))}    INVOICE NO(S): {C(cid_en(rng, 'invoice'))}"
        + (f", {C(cid_en(rng, 'invoice'))}\n" if chance(rng, 0.4) else "\n"),
        f"TOTAL CLAIMED: {money_en(rng, 90, 3200, '€' if ctry == 'IE' else '£')}\n\n",
        "SECTION C – PAYMENT\n",
        *(("PAY: [X] POLICYHOLDER   [ ] VET PRACTICE\n", f"ACCOUNT NAME: {P(own.full.upper())}    IBAN: {I(ib)}\n")
          if chance(rng, 0.5) else ("PAY: [ ] POLICYHOLDER   [X] VET PRACTICE\n",)),
        f"SIGNED: {P((own.first[0] + ' ' + own.last).upper())}    DATE: {en_date(rng, 'num')}\n")
    return d


def en_insurer_email(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    own = en_person(rng, country=ctry)
    handler = en_person(rng, country=ctry)
    desk = pick(rng, DESK)
    ins = pet_ins(rng, ctry)
    dom = insurer_domain(ins, ctry)
    pet = pick(rng, PETS)
    claim = cid_en(rng, "claim")
    policy = cid_en(rng, "policy")
    desk_mail = "insurance@" + br["dom"]
    if is_short(rng, 2):
        if rng.slot == 0:
            d.w(f"From: {E('noreply@' + dom)}\nTo: {E(desk_mail)}\nSubject: Claim {C(claim)} settled\n\n",
                f"Claim {C(claim)} ({pet}) has been settled: {money_en(rng, 80, 2500, '€' if ctry == 'IE' else '£')} paid to the vet practice. "
                f"Please do not reply to this e-mail – {O(ins)}\n")
        else:
            d.w(f"From: {P(handler.first)} at {O(ins)} <{E('petclaims@' + dom)}>\nTo: {E(desk_mail)}\n",
                f"Subject: FW: {pet} – missing history\n\nHi {P(desk.call)}, still waiting on the history for policy "
                f"{C(policy)}. Thanks, {P(handler.first)}\n")
        return d
    d.w(f"From: {P(handler.full)} <{E(handler.local(rng) + '@' + dom)}>\n",
        f"Sent: {pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, {en_date(rng, 'long')} {hhmm(rng)}\n",
        f"To: Insurance Desk – {O('Harbourview Vets')} <{E(desk_mail)}>\n",
        f"Subject: RE: Claim {C(claim)} – {pet} – {P(own.last.upper())}\n\n",
        f"Dear {P(desk.call)},\n\n",
        f"Thank you for the invoices for {pet} ({own.en_title(rng)} {P(own.last)}'s {pick(rng, ['dog', 'cat'])}). Before we can settle claim "
        f"{C(claim)} we need the full clinical history from {en_date(rng, 'long')} and the referral letter from "
        f"{O(pick(rng, ['Ashgrove Vet Clinic', 'Riverside Vets', 'Oakwood Animal Hospital']))}. ",
        f"Please note the policy excess of {money_en(rng, 60, 150, '€' if ctry == 'IE' else '£')} will be deducted and payment made "
        "directly to the policyholder, as requested on the form.\n\n",
        f"Kind regards,\n{P(handler.full)}\nClaims Handler, {O(ins)}\nDirect line {T(uk_or_ie_land(rng, ctry))}\n\n")
    if chance(rng, 0.5):
        return d
    d.w(f"From: {P(desk.full)} <{E(desk_mail)}>\n",
        f"Sent: {en_date(rng, 'num')} {hhmm(rng)}\n",
        f"To: {E('claims@' + dom)}\n",
        f"Subject: Claim {C(claim)} – {pet}\n\n",
        f"> Hi, please find attached invoices for {pet}, policy {C(policy)}, policyholder {P(own.full)}, "
        f"{A(en_address(rng, ctry))}. Our client no. is {C(cid_en(rng, 'client'))}.\n",
        f"> Thanks, {P(desk.call)}\n")
    return d


def en_sms_log(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    d.w("sent_at,to,status,message\n")
    for i in range(rng.randint(1, 5)):
        own = en_person(rng, country=ctry)
        pet = pick(rng, PETS)
        when = "2026-11-%02d %s:%02d" % (rng.randint(1, 28), hhmm(rng), rng.randint(0, 59))
        to = T(uk_or_ie_mobile(rng, ctry).replace(" ", "") if chance(rng, 0.6) else uk_or_ie_mobile(rng, ctry))
        status = pick(rng, ["DELIVERED", "DELIVERED", "DELIVERED", "FAILED", "QUEUED"])
        k = rng.randrange(6)
        if k == 0:
            msg = (f"Hi {P(own.call)}, {pet} is due {pick(rng, ['his', 'her'])} annual booster at {O('Harbourview Vets')} "
                   f"{br['town']}. Reply YES to book or call {T(br['phone'])}.")
        elif k == 1:
            msg = (f"Reminder: {pet}'s appointment with Dr {P(pick(rng, VETS).last)} tomorrow at {hhmm(rng)}. "
                   f"To cancel call {T(br['phone'])}. {O('Harbourview')}")
        elif k == 2:
            msg = f"Hi {P(own.call)}, {pet} is ready for collection from 4pm. {P(pick(rng, NURSES).call)} (RVN)"
        elif k == 3:
            msg = (f"Your claim {C(cid_en(rng, 'claim'))} with {O(pet_ins(rng, ctry))} has been submitted. "
                   f"Ref for queries: {C(cid_en(rng, 'ourref'))}. Harbourview Insurance Desk")
        elif k == 4:
            msg = (f"Payment of {money_en(rng, 20, 600, '€' if ctry == 'IE' else '£')} received for invoice "
                   f"{C(cid_en(rng, 'invoice'))}. Thank you, {P(own.given)}!")
        else:
            msg = (f"Dear {own.en_title(rng)} {P(own.last)}, {pet}'s repeat prescription is ready. "
                   f"Please bring {pet} for a weigh-in before the next one.")
        d.w(f'{when},{to},{status},"{msg}"\n')
    return d


def en_reviews(rng):
    d = Doc()
    garage = vary(rng, 5) in (1, 3)
    g = pick(rng, GARAGES)
    br = pick(rng, VET_BRANCHES)
    ctry = g["country"] if garage else br["country"]
    cur = "€" if ctry == "IE" else "£"
    used = []
    for _ in range(rng.randint(2, 3)):
        rv = en_person(rng, country=ctry)
        who = pick(rng, [P(rv.first + " " + rv.last[0] + "."), P(rv.full), P(rv.first), P(rv.full.lower())])
        good = chance(rng, 0.55)
        stars = pick(rng, ["★★★★★", "★★★★☆"]) if good else pick(rng, ["★☆☆☆☆", "★★☆☆☆"])
        choices = [i for i in range(3) if (good, i) not in used] or [0, 1, 2]
        t = pick(rng, choices)
        used.append((good, t))
        if garage:
            st = pick(rng, GARAGE_STAFF)
            ins = motor_ins(rng, ctry)
            body = [
                [f"{P(st.call)} and the lads at {O(g['short'])} sorted my clutch in a day and dealt with {O(ins)} for me. Will use again.",
                 f"Honest mechanics. {P(st.full)} showed me the old brake pads and didn't charge for the diagnostic.",
                 f"After the crash {O(ins)} wanted me to go to their own repairer; glad I insisted on {O(g['short'])}. Ask for {P(st.call)}."],
                [f"Car sat in {O(g['short'])} for three weeks waiting on parts. To be frank nobody rang me back; {P(st.call)} kept saying tomorrow.",
                 f"Quoted {cur}380, paid {cur}610. When I asked, {P(st.call)} said the bolts were seized. Mark my words, never again.",
                 "Booked in for a service, they forgot about it and the car wasn't touched till the next day."],
            ][0 if good else 1][t]
        else:
            st = pick(rng, RECEPTION + NURSES)
            vet = pick(rng, VETS)
            pet = pick(rng, PETS)
            body = [
                [f"Can't fault them. {P(st.call)} on reception squeezed {pet} in and Dr {P(vet.last)} was so gentle.",
                 f"{P(vet.call)} has looked after {pet} for years. {P(st.call)} rang the next morning to check on her. Grace period on the bill too when I was short.",
                 f"Brilliant with our nervous rescue – thank you {P(st.call)} and Dr {P(vet.last)}, {pet} actually wagged going in!"],
                [f"Charged {cur}{rng.randint(200, 900)} for {pet}'s dental and nobody mentioned the extractions. Asked for Dr {P(vet.last)} and got a locum.",
                 f"Rang three times about {pet}'s bloods. {P(st.call)} said someone would call back – nobody did. Will be moving practice.",
                 f"Prices have gone mad since the group took over {br['town']}. Ask for {P(vet.call)} if you go, the others rush you."],
            ][0 if good else 1][t]
        d.w(f"{stars}  {who} · {rng.randint(1, 11)} {pick(rng, ['weeks', 'months', 'days'])} ago\n{body}\n")
        if chance(rng, 0.4):
            mgr = GARAGE_STAFF[0] if garage else VET_STAFF[13]
            if good:
                d.w(f"↳ Reply from the owner: Thanks {P(rv.first)}, we've passed this on to {P(st.call)}. – {P(mgr.call)}\n")
            else:
                phone = g["phone"] if garage else br["phone"]
                d.w(f"↳ Reply from the owner: Hi {P(rv.first)}, sorry to read this. Please ring {P(mgr.call)} on {T(phone)} so we can sort it out.\n")
        d.w("\n")
    return d


def en_complaint(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    own = en_person(rng, country=ctry)
    vet = pick(rng, VETS)
    rec = pick(rng, RECEPTION)
    mgr = VET_STAFF[13]
    pet = pick(rng, PETS)
    ins = pet_ins(rng, ctry)
    cur = "€" if ctry == "IE" else "£"
    reg = "Veterinary Council of Ireland" if ctry == "IE" else "RCVS"
    rel = en_person(rng, country=ctry)
    if is_short(rng, 2):
        if rng.slot == 0:
            d.w(f"COMPLAINT LOG {en_date(rng, 'num')} – taken by {P(rec.call)}\n",
                f"{P(own.full)} rang, unhappy about invoice {C(cid_en(rng, 'invoice'))} for {pet}. Wants a call back from "
                f"{P(mgr.call)} on {T(uk_or_ie_mobile(rng, ctry))}.\n")
        else:
            d.w(f"Web form – 'Contact us' – {en_date(rng)}\nName: {P(own.full.lower())}\n",
                f"Message: waited 50 mins past our appointment time with {pet} and nobody said sorry. the girl on the desk "
                f"just said ring {P(mgr.call)}. not good enough\n")
        return d
    d.w(f"From: {P(own.full)} <{E(email_for(rng, own, country=ctry))}>\n",
        f"To: {E('practicemanager@' + br['dom'])}\n",
        f"Subject: Formal complaint – account {C(cid_en(rng, 'client'))}\n\n",
        f"Dear {pick(rng, [P(mgr.call), 'Ms ' + P(mgr.last)])},\n\n",
        f"I am writing to complain about how our {pick(rng, ['cat', 'dog'])}, {pet}, was treated at your {br['town']} branch on "
        f"{en_date(rng, 'long')}. We were told by Dr {P(vet.last)} that the procedure would be about {cur}400; the invoice "
        f"({C(cid_en(rng, 'invoice'))}) came to {money_en(rng, 900, 2400, cur)}. ",
        f"When I queried it, the receptionist ({P(rec.call)}) said {ga(rec, 'he', 'she')} would ask {P(vet.call)} to ring me. Nobody did.\n\n",
        f"On top of this, {O(ins)} have rejected claim {C(cid_en(rng, 'claim'))} because the clinical notes were never sent. ",
        f"To be frank, I expected better. If this is not resolved in 14 days I will contact the {O(reg)}.\n\n",
        f"My address is {A(en_address(rng, ctry))} and I can be reached on {T(uk_or_ie_mobile(rng, ctry))} after 6pm, "
        f"or you can speak to my {pick(rng, [ga(rel, 'husband', 'wife'), ga(rel, 'son', 'daughter')])}, {P(rel.call)}.\n\n",
        f"Yours sincerely,\n{P(own.full)}\n")
    return d


def en_call_transcript(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    own = en_person(rng, country=ctry)
    sp = en_person(rng, country=ctry, gender="m" if own.gender == "f" else "f")
    desk = pick(rng, DESK)
    rec = pick(rng, RECEPTION)
    pet = pick(rng, PETS)
    ins = pet_ins(rng, ctry)
    ag = pick(rng, ["AGENT", P(desk.call.upper())])
    cl = pick(rng, ["CALLER", "CALLER", P(own.call.upper())])
    if is_short(rng, 2):
        if rng.slot == 0:
            d.w(f"VOICEMAIL {en_date(rng, 'num')} {hhmm(rng)} from {T(uk_or_ie_mobile(rng, ctry))} (auto-transcribed)\n",
                f"\"hi it's {P(own.full.lower())} ringing about {pet.lower()}'s claim, {P(rec.call.lower())} said you'd ring me back, "
                "thanks bye\"\n")
        else:
            d.w(f"Missed call {hhmm(rng)} – {T(uk_or_ie_land(rng, ctry))} – {own.en_title(rng)} {P(own.last)} "
                f"re {pet}, wants to know if {O(ins)} paid yet. Call back before 5 – {P(desk.call)}\n")
        return d
    d.w(f"CALL TRANSCRIPT – inbound – {en_date(rng)} {hhmm(rng)} – agent: {P(desk.call)} (insurance desk) – call ref {C(cid_en(rng, 'ticket'))}\n\n",
        f"{ag}: Harbourview insurance desk, {P(desk.call)} speaking.\n",
        f"{cl}: Hi, it's {P(own.full)}, I'm ringing about {pet}'s claim.\n",
        f"{ag}: No problem. Can I take the policy number?\n",
        f"{cl}: It's {C(cid_en(rng, 'policy'))}.\n",
        *((f"{ag}: And the first line of the address and the postcode?\n", f"{cl}: {A(en_address(rng, ctry))}.\n")
          if chance(rng, 0.6) else
          (f"{ag}: And your date of birth?\n", f"{cl}: {rng.randint(1, 28)} {pick(rng, MONTHS)} {rng.randint(1948, 2001)}.\n")),
        f"{ag}: Lovely, thanks {P(own.call)}. So {O(ins)} have asked for the receipts from the out-of-hours visit.\n",
        f"{cl}: My {ga(sp, 'husband', 'wife')} {P(sp.call)} dropped them in on Tuesday, {ga(sp, 'he', 'she')} gave them to {P(rec.call)}?\n",
        f"{ag}: I'll check with {ga(rec, 'him', 'her')}. What's the best email for the confirmation?\n",
        f"{cl}: {E(email_for(rng, own, country=ctry))}. Or text me on {T(uk_or_ie_mobile(rng, ctry))}.\n",
        f"{ag}: Perfect. If you need us, my direct line is {T(uk_or_ie_land(rng, ctry))}. Bye now.\n")
    return d


def en_form(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    own = en_person(rng, country=ctry)
    sp = en_person(rng, country=ctry)
    friend = en_person(rng, country=ctry)
    caps = chance(rng, 0.35)

    def f(s):
        return s.upper() if caps else s
    u = "_" * rng.randint(2, 5)
    pet = pick(rng, PETS)
    sig = signalment(rng)
    d.w(f"{O('HARBOURVIEW VETS')} – NEW CLIENT REGISTRATION (please print clearly)\n\n",
        f"Owner name: {u}{P(f(own.full))}{u * 3}\n",
        (f"Second owner / authorised person: {u}{P(f(sp.full))} ({pick(rng, ['partner', ga(sp, 'husband', 'wife'), ga(sp, 'dad', 'mum'), 'lodger'])}){u}\n")
        if chance(rng, 0.5) else "Second owner / authorised person: " + "_" * 20 + "\n",
        f"Address: {u}{A(f(en_address(rng, ctry)))}{u}\n",
        f"Tel (home): {'_' * 12}   Mobile: {u}{T(uk_or_ie_mobile(rng, ctry))}{u}\n",
        f"Email: {u}{E(email_for(rng, own, country=ctry))}{u}\n",
        f"Pet's name: {u}{f(pet)}{u}  Species: {u}{species_word(sig)}{u}  Breed: {u}{breed_of(sig)}{u}  DOB: approx {rng.randint(2010, 2025)}\n",
        f"Insured?  Y / N   Insurer: {u}{O(f(pet_ins(rng, ctry)))}{u}   Policy no: {u}{C(cid_en(rng, 'policy'))}{u}\n",
        f"Previous vet: {u}{O(f(pick(rng, ['Ashgrove Vet Clinic', 'Riverside Vets', 'Vets4Pets', 'Medivet'])))}{u}\n",
        f"How did you hear about us? {u}friend – {P(f(friend.call))}{u}\n" if chance(rng, 0.4) else
        f"How did you hear about us? {u}{pick(rng, ['walked past', 'online', 'moved to area'])}{u}\n",
        f"Signed: {u}{P(own.first[0] + '. ' + own.last)}{u}    Date: {en_date(rng, 'num')}\n\n",
        f"-- office use --  client no. {C(cid_en(rng, 'client'))}   entered by {P(pick(rng, RECEPTION).call)}\n")
    return d


def en_csv(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    d.w("client_id,title,first_name,last_name,email,mobile,address,postcode,pet_name,species,insurer,policy_no\n")
    for _ in range(rng.randint(1, 2)):
        own = en_person(rng, country=ctry)
        street, pc = split_postcode(en_address(rng, ctry), ctry)
        addr_cell = '"' + A(street) + '"' if "," in street else A(street)
        sig = signalment(rng)
        ins = pick(rng, PET_INS[ctry] + ["", ""])
        d.w(",".join([C(cid_en(rng, "client")), own.en_title(rng), P(own.given), P(own.last),
                      E(email_for(rng, own, country=ctry)) if chance(rng, 0.85) else "",
                      T(uk_or_ie_mobile(rng, ctry)), addr_cell, pc, pick(rng, PETS), species_word(sig),
                      O(ins) if ins else "", C(cid_en(rng, "policy")) if ins else ""]) + "\n")
    return d


def en_garage_estimate(rng):
    d = Doc()
    g = pick(rng, GARAGES)
    ctry = g["country"]
    cust = en_person(rng, country=ctry)
    assessor = en_person(rng, country=ctry)
    ins = motor_ins(rng, ctry)
    plate = ie_plate(rng) if ctry == "IE" else uk_plate(rng)
    cur = "€" if ctry == "IE" else "£"
    d.w(f"{O(g['name'].upper())} – Body & Mechanical Repairs\n",
        f"{A(g['addr'])} · {T(g['phone'])} · {E('accounts@' + g['dom'])}\n\n",
        f"ESTIMATE No. {C(cid_en(rng, 'estimate'))}    Job card {C(cid_en(rng, 'job'))}    Date {en_date(rng, 'num')}\n",
        f"Customer: {nv_en(rng, cust, ['title_full', 'full', 'upper'])}    Tel {T(uk_or_ie_mobile(rng, ctry))}\n",
        f"Vehicle: {pick(rng, ['2019 VW Golf 1.6 TDI', '2021 Toyota Yaris Hybrid', '2017 Ford Focus 1.0', '2020 Skoda Octavia Estate', '2018 Nissan Qashqai'])}  "
        f"Reg {plate}  VIN {vin(rng)}  Mileage {rng.randint(20, 180)},{rng.randint(100, 999)}\n",
        f"Insurer: {O(ins)}   Claim no. {C(cid_en(rng, 'claim'))}   Assessor: {P(assessor.full)}\n\n",
        "Parts\n")
    for part in sample(rng, ["rear bumper cover 5G6-807-421", "tail lamp LH 5G0-945-095", "parking sensor 5Q0-919-275",
                             "bonnet 1K0-823-031", "headlamp unit RH 81130-0D440", "wing mirror glass 3G0-857-522"], rng.randint(2, 4)):
        d.w(f"  {part} ... {money_en(rng, 40, 650, cur)}\n")
    d.w(f"Labour {rng.randint(3, 14)}.{pick(rng, ['0', '5'])} hrs @ {cur}62.00 · Paint & materials {money_en(rng, 80, 400, cur)}\n",
        f"TOTAL (ex VAT) {money_en(rng, 600, 4200, cur)}\n\n",
        f"Prepared by {P(pick(rng, GARAGE_STAFF).full)}. Estimate valid 30 days. Excess payable by customer.\n")
    return d


def en_invoice(rng):
    d = Doc()
    if chance(rng, 0.5):
        br = pick(rng, VET_BRANCHES)
        ctry = br["country"]
        own = en_person(rng, country=ctry)
        cur = "€" if ctry == "IE" else "£"
        pet = pick(rng, PETS)
        bk, ib = en_bank_iban(rng, ctry)
        d.w(f"{O('Harbourview Veterinary Group Ltd')} – {br['town']}\n{A(br['addr'])} · {T(br['phone'])}\n\n",
            f"INVOICE {C(cid_en(rng, 'invoice'))}    Date {en_date(rng)}\n",
            f"Client: {nv_en(rng, own, ['title_full', 'full', 'inverted'])}  (acct {C(cid_en(rng, 'client'))})\n",
            f"{A(en_address(rng, ctry, multiline=chance(rng, 0.4)))}\n",
            f"Patient: {pet} – rec. {C(cid_en(rng, 'patient'))}\n\n")
        for item in sample(rng, ["Consultation", "Vaccination (DHPPi + L4)", "Metacam 1.5mg/ml 32ml", "Bloods – in-house",
                                 "Dental scale & polish", "GA + monitoring", "Bravecto 500mg", "Nail clip"], rng.randint(2, 5)):
            d.w(f"  {item} ... {money_en(rng, 8, 420, cur)}\n")
        d.w(f"TOTAL {money_en(rng, 40, 1500, cur)} (incl. VAT)\n",
            f"Pay by transfer to {O(bk)}, IBAN {I(ib)}, quoting the invoice number.\n",
            f"Insurance direct claim handled by {P(pick(rng, DESK).full)}.\n")
    else:
        g = pick(rng, GARAGES)
        ctry = g["country"]
        cust = en_person(rng, country=ctry)
        cur = "€" if ctry == "IE" else "£"
        plate = ie_plate(rng) if ctry == "IE" else uk_plate(rng)
        bk, ib = en_bank_iban(rng, ctry)
        d.w(f"{O(g['name'])}\n{A(g['addr'])}\n{T(g['phone'])} · {E('accounts@' + g['dom'])}\n\n",
            f"INVOICE No {C(cid_en(rng, 'invoice'))}    Job {C(cid_en(rng, 'job'))}\n",
            f"Bill to: {nv_en(rng, cust, ['full', 'title_full', 'upper'])}\n{A(en_address(rng, ctry))}\n",
            f"Vehicle {plate} – {pick(rng, ['service + brake pads', 'clutch kit', 'timing belt', 'NCT/MOT prep', 'windscreen'])}\n",
            f"Amount due {money_en(rng, 120, 2300, cur)} · Paid by {O(motor_ins(rng, ctry))} (claim {C(cid_en(rng, 'claim'))}) "
            f"less excess {money_en(rng, 150, 500, cur)}\n",
            f"Bank: {O(bk)} · IBAN {I(ib)}\n")
    return d


def en_rota(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    mgr = VET_STAFF[13]
    vets = sample(rng, VETS, 3)
    nurses = sample(rng, NURSES, 2)
    recs = sample(rng, RECEPTION, 2)
    desk = pick(rng, DESK)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    if is_short(rng, 2):
        d.w(f"[{O('Harbourview')} {br['town']} – staff group]\n")
        if rng.slot == 0:
            d.w(f"{P(vets[0].call)}: running 10 late, stuck behind a tractor – can someone tell {P(recs[0].call)} to warn my 9:10\n",
                f"{P(recs[0].call)}: will do 👍\n")
        else:
            d.w(f"{P(nurses[0].call)}: who took the last box of gloves from kennels?? Frank (the collie in kennel 3) needs his meds at 2\n",
                f"{P(desk.call)}: not me but {P(mgr.call)} is ordering from {O('Covetrus')} today\n")
        return d
    d.w(f"[{O('Harbourview')} {br['town']} – staff group]\n",
        f"{P(mgr.call + ' K-B')}: Hi all, rota for w/c {rng.randint(1, 24)} Nov below. Shout if there are problems 🙂\n")
    for day in sample(rng, days, rng.randint(1, 2)):
        a, b = sample(rng, vets, 2)
        d.w(f"{day} – {P(a.call)} (consults), {P(b.call)} (ops), {P(pick(rng, nurses).call)} (nurse), "
            f"{P(pick(rng, recs).call)} (reception)\n")
    oohn = T(uk_or_ie_mobile(rng, br["country"]))
    if chance(rng, 0.6):
        d.w(f"{P(recs[0].call)}: can I swap Thurs late with {P(recs[1].call)}? dentist at 5\n",
            f"{P(recs[1].call)}: grand with me\n")
    if chance(rng, 0.5):
        nid = ppsn(rng) if br["country"] == "IE" else ni_number(rng)
        d.w(f"{P(mgr.call)}: @{P(recs[1].call)} payroll still don't have your {'PPS' if br['country'] == 'IE' else 'NI'} no. – "
            f"is it {N(nid)}? just reply here or DM me\n")
    d.w(f"{P(nurses[0].call)}: {P(vets[0].call)}'s covering OOH Sat so {P(vets[1].call)} is on call Sun – OOH mobile is {oohn}\n")
    if chance(rng, 0.5):
        d.w(f"{P(mgr.call)}: also reminder {O(pick(rng, ['Covetrus', 'MWI Animal Health', 'Henry Schein']))} delivery Weds, "
            f"{O(pick(rng, EN_COURIERS))} usually before 10. {P(desk.call)} won't be in till 11 so will someone open the desk post.\n")
    return d


def en_desk_notes(rng):
    d = Doc()
    desk = pick(rng, DESK)
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    d.w(f"insurance desk – {en_date(rng, 'num')} – {P(desk.call.lower())}\n")
    for k in sorted(sample(rng, list(range(7)), rng.randint(2, 4))):
        own = en_person(rng, country=ctry)
        pet = pick(rng, PETS).lower()
        if k == 0:
            dau = en_person(rng, country=ctry, gender="f")
            d.w(f"- rang {P(own.call)} about it – {O(pet_ins(rng, ctry).lower())} want hist from prev vet for {pet}, "
                f"claim {C(cid_en(rng, 'claim'))}. she'll ask her daughter {P(dau.call.lower())} to drop it in. mob {T(uk_or_ie_mobile(rng, ctry))}\n")
        elif k == 1:
            omb = "FSPO" if ctry == "IE" else "Financial Ombudsman Service"
            d.w(f"- {P(own.full.lower())} – direct claim declined, pre-existing (ears). told {ga(own, 'him', 'her')} {ga(own, 'he', 'she')} "
                f"can go to the {O(omb)}. pol {C(cid_en(rng, 'policy'))}\n")
        elif k == 2:
            d.w(f"- {O('petplan')} portal down again, sent {pet}'s claim by email to {E('vetclaims@' + insurer_domain('Petplan', ctry))}\n")
        elif k == 3:
            d.w(f"- {P(own.first + ' ' + own.last)} paid excess {money_en(rng, 50, 150, '€' if ctry == 'IE' else '£')} by card, receipt "
                f"{C(cid_en(rng, 'invoice'))}\n")
        elif k == 4:
            d.w(f"- left vm for {P(own.full.lower())}, {T(uk_or_ie_land(rng, ctry))} – will try again tmrw\n")
        elif k == 6:
            bk, ib = en_bank_iban(rng, ctry, pick(rng, ["compact", "grp", "lower"]))
            d.w(f"- refund of overpaid excess to {P(own.full)} – {O(bk)} {I(ib)} (confirmed by phone, pls double check)\n")
        else:
            d.w(f"- {P(pick(rng, VETS).call)} says {pet} ({P(own.last)}) needs pre-auth before the MRI; emailed "
                f"{O(pet_ins(rng, ctry))} + told {P(pick(rng, RECEPTION).call)} at front desk\n")
    return d


def en_new_starter(rng):
    d = Doc()
    br = pick(rng, VET_BRANCHES)
    ctry = br["country"]
    reg = pick(rng, ["eng", "irl", "pol", "rou", "nga", "ind", "bra", "sco", "irl_ga", "pak", "vnm", "gha"])
    p = en_person(rng, region=reg, country=ctry)
    ec = en_person(rng, region=reg if reg not in ("irl_ga",) else "irl", country=ctry)
    mgr = VET_STAFF[13]
    if reg in ("pol", "rou", "bra", "nga", "ind", "vnm", "pak", "gha"):
        pp_label = {"pol": "Polish", "rou": "Romanian", "bra": "Brazilian", "nga": "Nigerian", "ind": "Indian",
                    "vnm": "Vietnamese", "pak": "Pakistani", "gha": "Ghanaian"}[reg] + " passport"
        ppno = pick(rng, ["EA", "ER", "FJ", "A0", "B"]) + digits(rng, 7)
    else:
        pp_label = "Passport"
        ppno = ie_passport(rng) if ctry == "IE" else uk_passport(rng)
    if ctry == "IE":
        idline = f"PPS number: {N(ppsn(rng))}"
    else:
        idline = f"NI number: {N(ni_number(rng))}"
    bk, ib = en_bank_iban(rng, ctry)
    if reg in ("pol", "rou", "bra") and chance(rng, 0.4):
        ib = {"pol": iban_pl, "rou": iban_ro, "bra": iban_pt}[reg](rng)
        bk = {"pol": "PKO Bank Polski", "rou": "Banca Transilvania", "bra": "Caixa Geral de Depósitos"}[reg]
    pref = p.nick if p.nick != p.given else pick(rng, [p.call, p.first])
    if is_short(rng, 2):
        d.w(f"From: {P(mgr.full)} <{E('hr@' + br['dom'])}>\n",
            f"To: {E('payroll@' + pick(rng, ['brightwaterpayroll', 'finchpayroll', 'mccannaccountants']) + ('.ie' if ctry == 'IE' else '.co.uk'))}\n",
            f"Subject: starters / leavers {pick(rng, ['Nov', 'November'])} – {br['town']}\n\n",
            "Hi, please set up the following for this month's run:\n")
        for _ in range(rng.randint(2, 3)):
            q = en_person(rng, country=ctry)
            nid = ppsn(rng) if ctry == "IE" else ni_number(rng)
            d.w(f"- {P(q.full)}, {'PPSN' if ctry == 'IE' else 'NI'} {N(nid)}, starts {en_date(rng, 'num')}\n")
        lv = en_person(rng, country=ctry)
        d.w(f"Leaver: {P(lv.full)} (last day {en_date(rng, 'num')}) – P45 please.\nThanks, {P(mgr.call)}\n")
        return d
    d.w(f"{O('Harbourview Veterinary Group Ltd')} – NEW STARTER FORM (HR / payroll – confidential)\n\n",
        f"Full name: {P(p.full)}    Preferred name: {P(pref)}\n",
        f"Role: {pick(rng, ['Veterinary Surgeon', 'RVN', 'Receptionist', 'Animal Care Assistant', 'Insurance Administrator'])}    "
        f"Branch: {br['town']}    Start date: {en_date(rng, 'num')}\n",
        f"Home address: {A(en_address(rng, ctry))}\n",
        f"Mobile: {T(uk_or_ie_mobile(rng, ctry))}    Personal email: {E(email_for(rng, p, country=ctry))}\n",
        f"{idline}\n",
        f"{pp_label} no. (right-to-work check): {N(ppno)}\n",
        f"Previous employer: {O(pick(rng, EN_EMPLOYERS))}    {'P45' if ctry == 'UK' else 'Revenue employment ID'} received: Y\n",
        f"Bank: {O(bk)}    IBAN: {I(ib)}\n",
        f"Emergency contact: {P(ec.full)} ({pick(rng, [ga(ec, 'father', 'mother'), 'partner', ga(ec, 'brother', 'sister'), ga(ec, 'husband', 'wife')])}) {T(uk_or_ie_mobile(rng, ctry))}\n",
        f"Checked by: {P(mgr.full)}    Date: {en_date(rng, 'num')}\n")
    return d


def en_garage_claim(rng):
    d = Doc()
    g = pick(rng, GARAGES)
    ctry = g["country"]
    staff = pick(rng, GARAGE_STAFF)
    eng = en_person(rng, country=ctry)
    cust = en_person(rng, country=ctry)
    tp = en_person(rng, country=ctry)
    pas = en_person(rng, country=ctry)
    ins = motor_ins(rng, ctry)
    tpins = motor_ins(rng, ctry)
    dom = insurer_domain(ins, ctry)
    plate = ie_plate(rng) if ctry == "IE" else uk_plate(rng)
    bk, ib = en_bank_iban(rng, ctry)
    if is_short(rng, 2):
        if rng.slot == 0:
            d.w(f"From: {E('motorclaims@' + dom)}\nTo: {E(slug(staff.first) + '@' + g['dom'])}\n",
                f"Subject: Acknowledgement – claim {C(cid_en(rng, 'claim'))}\n\n",
                f"We have received your estimate for {plate}. An engineer, {P(eng.full)}, will contact {O(g['short'])} within "
                f"two working days. – {O(ins)} Motor Claims\n")
        else:
            d.w(f"job sheet note {en_date(rng, 'num')}: {plate} in for bodywork, {O(ins)} approved, claim {C(cid_en(rng, 'claim'))}. "
                f"customer {P(cust.full.lower())} collecting Fri, ring {T(uk_or_ie_mobile(rng, ctry))} when done – {P(staff.call)}\n")
        return d
    d.w(f"From: {P(staff.full)} <{E(slug(staff.first) + '@' + g['dom'])}>\n",
        f"To: {P(eng.full)} <{E(eng.local(rng) + '@' + dom)}>\n",
        f"Subject: Your ref {C(cid_en(rng, 'claim'))} / our job {C(cid_en(rng, 'job'))} – {plate}\n\n",
        f"Dear {P(eng.first)},\n\n",
        f"Further to your inspection on {en_date(rng, 'long')}, please find attached our revised estimate "
        f"{C(cid_en(rng, 'estimate'))} for your insured, {cust.en_title(rng)} {P(cust.full)}, vehicle reg {plate}.\n",
        (f"Third party details as given by your insured: {P(tp.full)}, {A(en_address(rng, ctry))}, tel {T(uk_or_ie_mobile(rng, ctry))}, "
         f"insured with {O(tpins)} (policy {C(cid_en(rng, 'policy'))}).") if chance(rng, 0.6) else
        "The third party's details were passed to you by phone.",
        f" Passenger in your insured's car: {P(pas.full)}.\n" if chance(rng, 0.4) else "\n",
        (f"{P(cust.call)} has asked about a courtesy car; we have none free until Friday, so "
         f"{O(pick(rng, ['Enterprise Rent-A-Car', 'Hertz', 'Irish Car Rentals']))} may be the quicker option.\n") if chance(rng, 0.5) else "",
        f"Please remit payment to {O(g['name'])}, {O(bk)}, IBAN {I(ib)}.\n\n" if chance(rng, 0.5) else "\n",
        f"Regards,\n{P(staff.full)}\n{O(g['short'])} · {T(g['phone'])}\n")
    return d


EN_KINDS = [en_appointments, en_clinical, en_claim_caps, en_insurer_email, en_sms_log, en_reviews,
            en_complaint, en_call_transcript, en_form, en_csv, en_garage_estimate, en_invoice,
            en_rota, en_desk_notes, en_new_starter, en_garage_claim]


# ==========================================================================
# assembly
# ==========================================================================

def _plan(kinds, salt):
    order = [kinds[i % len(kinds)] for i in range(N_PER_LANG)]
    random.Random(SEED * 10 + salt).shuffle(order)
    return order


def generate():
    rows = []
    for lang, kinds, salt in (("en", EN_KINDS, 1), ("es", ES_KINDS, 2)):
        seen = {}
        for i, fn in enumerate(_plan(kinds, salt)):
            rng = DocRandom(SEED * 1000 + salt * 100 + i)
            rng.slot = seen.get(fn.__name__, 0)
            seen[fn.__name__] = rng.slot + 1
            doc = fn(rng)
            text, spans = doc.finish()
            rows.append({"id": "d6-%s-%03d" % (lang, i), "text": text, "lang": lang, "spans": spans})
    return rows


def _summary(rows):
    out = []
    langs = ["en", "es"]
    counts = {(l, lab): 0 for l in langs for lab in LABEL_ORDER}
    persons = []
    seen = {}
    for r in rows:
        for s in r["spans"]:
            counts[(r["lang"], s["label"])] += 1
            if s["label"] == "PERSON":
                v = r["text"][s["start"]:s["end"]]
                if v not in seen:
                    seen[v] = True
                    persons.append(v)
    out.append("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for lab in LABEL_ORDER:
        a, b = counts[("en", lab)], counts[("es", lab)]
        out.append("%-12s %6d %6d %6d" % (lab, a, b, a + b))
    ten = sum(counts[("en", l)] for l in LABEL_ORDER)
    tes = sum(counts[("es", l)] for l in LABEL_ORDER)
    out.append("%-12s %6d %6d %6d" % ("ALL", ten, tes, ten + tes))
    nd = {l: sum(1 for r in rows if r["lang"] == l) for l in langs}
    out.append("documents: en=%d es=%d; spans/doc: %.2f; distinct PERSON strings: %d"
               % (nd["en"], nd["es"], (ten + tes) / float(len(rows)), len(persons)))
    return "\n".join(out)


def main():
    rows = generate()
    assert len(rows) == 2 * N_PER_LANG
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev6.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))
    print(_summary(rows))


if __name__ == "__main__":
    main()
