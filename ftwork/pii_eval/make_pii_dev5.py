#!/usr/bin/env python3
"""Hand-built labelled PII dev set no. 5 (pii_dev5.jsonl).

Built on 2026-12-02 by a separate author (a helper agent) who was given only
the label conventions and the domains, and who read neither the recognizers
nor the other labelled sets, so that its blind spots differ from those of the
detector's authors.

Domains (small-company data, realistic exports):
  1. A recruitment and temporary-staffing agency working in the UK, Spain and
     Colombia: candidate applications and CVs, ATS/CRM notes, shortlists and
     CSV exports, interview panel notes, references, payroll/payslip queries,
     right-to-work and ID checks, shift WhatsApp groups, phone-call
     transcripts, client complaints.
  2. Customer service of a small online shop (home textiles and ceramics)
     selling in Spain, Mexico and the UK: orders, returns (RMA), couriers and
     delivery exception reports, complaints with quoted replies, live-chat and
     chatbot transcripts, WhatsApp Business exports, reviews, refunds, CFDI
     invoice requests, phone-call transcripts, Excel pastes.

160 documents: 80 English (lang "en") and 80 Spanish (lang "es", Spain and
Latin-American Spanish).  Labels: PERSON, ORG, EMAIL, PHONE, IBAN,
NATIONAL_ID, CUSTOMER_ID, ADDRESS.

Deterministic: everything is drawn from random.Random(SEED) with a fixed seed,
no set is ever iterated, and output does not depend on PYTHONHASHSEED.
Offsets are computed while each text is assembled from segments (a labelled
segment records its start and end as it is appended); they are never searched
for in the finished text.

Usage (from the repository root):
    python3 ftwork/pii_eval/make_pii_dev5.py
writes ftwork/pii_eval/pii_dev5.jsonl beside this script.  generate() returns
the list of row dicts.
"""
import datetime as _dt
import json
import os
import random
import re
import unicodedata

SEED = 20261202
WORD_P = 0.12  # chance that a drawn person has a name that is also a word

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------


class Lab:
    __slots__ = ("text", "label")

    def __init__(self, text, label):
        self.text = text
        self.label = label


def P(s):
    return Lab(s, "PERSON")


def O(s):
    return Lab(s, "ORG")


def E(s):
    return Lab(s, "EMAIL")


def PH(s):
    return Lab(s, "PHONE")


def IB(s):
    return Lab(s, "IBAN")


def NI(s):
    return Lab(s, "NATIONAL_ID")


def CI(s):
    return Lab(s, "CUSTOMER_ID")


def AD(s):
    return Lab(s, "ADDRESS")


LABELS = ["PERSON", "ORG", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID",
          "CUSTOMER_ID", "ADDRESS"]
_PH_RE = re.compile(r"\{(\w+)\}")
_BAD_EDGE = ",;:<>\"[]\n\t "


class Doc:
    def __init__(self, did, lang):
        self.id = did
        self.lang = lang
        self.parts = []
        self.spans = []
        self.n = 0

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, (list, tuple)):
                self.add(*s)
            elif isinstance(s, Lab):
                assert s.text, "empty labelled segment"
                assert s.text == s.text.strip(), repr(s.text)
                self.spans.append({"start": self.n, "end": self.n + len(s.text),
                                   "label": s.label})
                self.parts.append(s.text)
                self.n += len(s.text)
            else:
                self.parts.append(s)
                self.n += len(s)
        return self

    def t(self, tpl, **kw):
        """Append a template; {key} placeholders take str, Lab or lists."""
        pos = 0
        for m in _PH_RE.finditer(tpl):
            self.add(tpl[pos:m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.add(tpl[pos:])
        return self

    def row(self):
        text = "".join(self.parts)
        assert len(text) == self.n
        prev = 0
        for sp in self.spans:
            seg = text[sp["start"]:sp["end"]]
            assert sp["start"] >= prev, (self.id, "overlap/unsorted", sp)
            assert seg and seg == seg.strip(), (self.id, repr(seg))
            assert seg[0] not in _BAD_EDGE and seg[-1] not in _BAD_EDGE, \
                (self.id, repr(seg))
            assert "\n" not in seg, (self.id, repr(seg))
            assert sp["label"] in LABELS
            prev = sp["end"]
        return {"id": self.id, "text": text, "lang": self.lang,
                "spans": [dict(s) for s in self.spans]}


def seg_quote(segs, prefix="> "):
    """Quote a list of segments (as in an e-mail reply), keeping labels."""
    out = [prefix]
    flat = []

    def _flat(x):
        for s in x:
            if s is None:
                continue
            if isinstance(s, (list, tuple)):
                _flat(s)
            else:
                flat.append(s)
    _flat(segs)
    for s in flat:
        if isinstance(s, Lab):
            out.append(s)
        else:
            out.append(s.replace("\n", "\n" + prefix))
    # drop a trailing dangling prefix
    if isinstance(out[-1], str) and out[-1].endswith("\n" + prefix):
        out[-1] = out[-1][:-len(prefix)]
    return out


def segs_of(tpl, **kw):
    """Like Doc.t but returns a segment list (for quoting / reuse)."""
    out = []
    pos = 0
    for m in _PH_RE.finditer(tpl):
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------


def fold(s):
    s = (s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
         .replace("đ", "d").replace("Đ", "D").replace("ı", "i")
         .replace("ø", "o"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def typo(rng, s, rate=0.05):
    """Introduce keyboard-ish typos into plain (unlabelled) text."""
    out = []
    for w in s.split(" "):
        if len(w) > 4 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 2)
            op = rng.randrange(3)
            if op == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
EN_MON_L = ["January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"]
ES_DAYS = ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."]
ES_DAYS_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
             "domingo"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept",
          "oct", "nov", "dic"]
ES_MON_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def rdate(rng, y0=2025, y1=2026):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 11, 28).toordinal()
    return _dt.date.fromordinal(rng.randrange(start, end))


def rtime(rng, h0=7, h1=20):
    return "%02d:%02d" % (rng.randrange(h0, h1), rng.randrange(60))


def dob(rng, y0=1962, y1=2005):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randrange(start, end))


def d_uk(d):
    return d.strftime("%d/%m/%Y")


def d_en_long(d):
    return "%s, %d %s %d" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year)


def d_es_long(d):
    return "%s, %d %s %d" % (ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1], d.year)


def d_es_words(d):
    return "%d de %s de %d" % (d.day, ES_MON_L[d.month - 1], d.year)


def d_en_words(d):
    return "%d %s %d" % (d.day, EN_MON_L[d.month - 1], d.year)


# ---------------------------------------------------------------------------
# Names (hand-written lists)
# ---------------------------------------------------------------------------

N = {
    "es": dict(
        m=["José Luis", "Juan Carlos", "Francisco Javier", "Antonio", "Manuel",
           "José", "Javier", "David", "Daniel", "Alejandro", "Pablo", "Sergio",
           "Jorge", "Álvaro", "Adrián", "Rubén", "Iván", "Raúl", "Enrique",
           "Ignacio", "Jesús", "José María", "Miguel Ángel", "Fernando",
           "Rodrigo", "Gonzalo", "Óscar", "Alberto", "Mario", "Hugo",
           "Francisco", "Juan Antonio", "Emilio", "Agustín"],
        f=["María del Carmen", "María José", "Ana Belén", "María", "Carmen",
           "Lucía", "Laura", "Marta", "Cristina", "Elena", "Paula", "Sara",
           "Raquel", "Pilar", "Dolores", "Rosa", "Paz", "Mercedes", "Consuelo",
           "Ángeles", "Sol", "Rocío", "Inmaculada", "Nuria", "Beatriz", "Irene",
           "Alba", "Noelia", "Yolanda", "Macarena", "María Jesús", "Rosario",
           "Concepción", "Begoña", "Encarnación", "Amparo", "Remedios",
           "María de la Paz", "Milagros"],
        s=["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
           "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
           "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro",
           "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez",
           "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega",
           "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias",
           "Núñez", "Medina", "Garrido", "Cortés", "Castillo", "Santos",
           "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo",
           "Gallego", "Vidal", "León", "Herrera", "Márquez", "Peña", "Cabrera",
           "Flores", "Campos", "Vega", "Fuentes", "Carrasco", "Caballero",
           "Reyes", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero",
           "Lorenzo", "Montero", "Hidalgo", "Giménez", "Ibáñez", "Ferrer",
           "Durán", "Benítez", "Mora", "Vicente", "Vargas", "Arias", "Carmona",
           "Crespo", "Román", "Pastor", "Soto", "Sáez", "Velasco", "Moya",
           "Parra", "Esteban", "Bravo", "Gallardo", "Rojas", "Paz", "Sol",
           "de la Cruz", "del Río", "de la Fuente", "de los Santos", "del Olmo",
           "de Miguel", "García-Lorente", "Fernández-Vega", "Ruiz-Jarabo",
           "Sáenz-Díez", "Martín-Portugués", "Ibáñez de Opacua",
           "Villanueva", "de Lucas", "Bermúdez de Castro"],
        nsur=2, conj=("y", 0.05)),
    "cat": dict(
        m=["Jordi", "Pere", "Joan", "Xavier", "Oriol", "Arnau", "Marc", "Pau",
           "Albert", "Josep Maria", "Quim", "Sergi"],
        f=["Montserrat", "Núria", "Meritxell", "Laia", "Mireia", "Roser",
           "Anna", "Marta", "Neus", "Glòria", "Montse", "Carme"],
        s=["Puig", "Vilanova", "Ferrer", "Soler", "Pujol", "Roca", "Casals",
           "Batlle", "Serra", "Font", "Sabaté", "Vidal", "Riera", "Bosch",
           "Coll", "Camps", "Mas", "Garriga", "Pons", "Torrents", "Puigdemunt",
           "Vilaró", "Rovira"],
        nsur=2, conj=("i", 0.3)),
    "eus": dict(
        m=["Iñaki", "Aitor", "Unai", "Iker", "Koldo", "Gorka", "Asier", "Mikel",
           "Xabier", "Jon", "Joseba"],
        f=["Itziar", "Ainhoa", "Garazi", "Nerea", "Edurne", "Amaia", "Leire",
           "Maite", "Arantxa", "Izaskun", "Miren"],
        s=["Etxeberria", "Goikoetxea", "Agirre", "Urrutia", "Zubizarreta",
           "Arrieta", "Garmendia", "Olabarria", "Uriarte", "Elizondo",
           "Otxoa de Eribe", "Iturralde", "Larrañaga", "Bengoetxea", "Azkarate",
           "Etxebarria", "Arregi"],
        nsur=2),
    "gal": dict(
        m=["Xosé", "Breixo", "Xoán", "Iago", "Brais", "Anxo", "Roi", "Martiño",
           "Xosé Manuel"],
        f=["Uxía", "Antía", "Sabela", "Iria", "Noa", "Xiana", "Lúa", "Maruxa",
           "Olalla"],
        s=["Otero", "Rivas", "Varela", "Fraga", "Lois", "Seoane", "Pazos",
           "Outeiro", "Vilariño", "Castro", "Loureiro", "Carballo", "Regueiro",
           "Souto", "Barreiro", "Piñeiro"],
        nsur=2),
    "co": dict(
        m=["Jhon Fredy", "Yeferson", "Brayan", "Jhonatan", "Wilmer", "Edwin",
           "Jhon Jairo", "Stiven", "Kevin Andrés", "Duvan", "Yeison",
           "Andrés Felipe", "Juan David", "Luis Fernando", "Jaider", "Harold",
           "Fredy Alexander", "Cristian Camilo", "Jhoan Sebastián", "Arley",
           "Yordi", "Jesús Alberto"],
        f=["Leidy Johana", "Yuliana", "Yesenia", "Deisy", "Yurany", "Luz Marina",
           "Luz Dary", "Nelly", "Maryuri", "Marcela", "Paola Andrea",
           "Sandra Milena", "Diana Carolina", "Yamile", "Angie Lorena",
           "Kelly Johana", "Ledys", "Nini Johana", "Luz Adriana", "Dayana",
           "Yenny Paola", "Consuelo"],
        s=["Restrepo", "Ospina", "Cárdenas", "Mosquera", "Valencia", "Quintero",
           "Arango", "Gaviria", "Zapata", "Londoño", "Betancur", "Giraldo",
           "Rendón", "Córdoba", "Palacios", "Murillo", "Cuesta", "Rincón",
           "Buitrago", "Cifuentes", "Hurtado", "Castaño", "Henao", "Agudelo",
           "Montoya", "Caicedo", "Perea", "Bedoya", "Muñoz", "Torres", "Gómez",
           "Rodríguez", "Vanegas", "Marulanda", "Usuga", "Chaverra"],
        nsur=2),
    "mx": dict(
        m=["Jesús", "José Guadalupe", "Cuauhtémoc", "Ernesto", "Juan Pablo",
           "Ulises", "Rigoberto", "Roberto", "Guillermo", "Eduardo",
           "Francisco", "Luis Ángel", "Jorge Alberto", "Héctor",
           "Marco Antonio", "Tonatiuh", "Refugio", "Alfonso", "Emiliano"],
        f=["Guadalupe", "María Guadalupe", "Ximena", "Itzel", "Citlali",
           "Xóchitl", "Alejandra", "Fernanda", "Araceli", "Yolanda", "Dolores",
           "Socorro", "Ma. de los Ángeles", "Brenda", "Mayra", "Luz María",
           "Maricruz", "Nayeli", "Rosa Isela"],
        s=["Hernández", "Ramírez", "Flores", "Mendoza", "Aguilar", "Juárez",
           "Villaseñor", "Zúñiga", "Treviño", "Garza", "Cervantes", "Ochoa",
           "Huerta", "Quezada", "Xicoténcatl", "Chávez", "Espinoza", "Olvera",
           "Velázquez", "Tapia", "Cuevas", "Rosales", "Solís", "Ibarra", "Luna",
           "Sandoval", "de la Garza", "de León", "Tlapanco", "Huitrón",
           "Coyotzi", "Moctezuma", "Pech", "Canul"],
        nsur=2),
    "ve": dict(
        m=["Yorman", "Wuilmer", "Keiber", "Jeancarlos", "Yonaiker",
           "Luis Alfredo", "Ender", "Johandry", "Franyer"],
        f=["Yusmary", "Oriana", "Génesis", "Yuleisy", "Rosángela", "Yetzibel",
           "Mariangel", "Dayana", "Yelitza", "Nohelia", "Marielys"],
        s=["Rondón", "Briceño", "Pernía", "Colmenares", "Urdaneta", "Salazar",
           "Guédez", "Mujica", "Chirinos", "Pacheco", "Bracho", "Villalobos",
           "Añez", "Parra", "Sulbarán"],
        nsur=2),
    "and": dict(
        m=["Wilfredo", "Amaru", "Inti", "Hilarión", "Teófilo", "Percy",
           "Washington", "Ronald", "Yupanqui"],
        f=["Sisa", "Killa", "Wayra", "Nina", "Micaela", "Florentina",
           "Rosmery", "Marisol", "Sumaq"],
        s=["Quispe", "Mamani", "Huamán", "Condori", "Choque", "Yupanqui",
           "Ccahuana", "Apaza", "Huanca", "Tupa", "Cusi", "Poma", "Chambi",
           "Ticona", "Layme", "Illanes", "Huarachi"],
        nsur=2),
    "cl": dict(
        m=["Lautaro", "Nahuel", "Benjamín", "Matías", "Vicente"],
        f=["Millaray", "Ayelén", "Antonella", "Javiera", "Catalina", "Rayén"],
        s=["Huenchumilla", "Catrileo", "Painemal", "Millapán", "Ñancupil",
           "Contreras", "Soto", "Muñoz", "Fuentealba", "Sepúlveda"],
        nsur=2),
    "arg": dict(
        m=["Facundo", "Agustín", "Santiago", "Matías", "Lisandro", "Gonzalo"],
        f=["Florencia", "Agustina", "Milagros", "Romina", "Belén", "Luciana"],
        s=["Fernández", "Gómez", "Ferreyra", "Bianchi", "Rossi", "Giménez",
           "Sosa", "Acosta", "Benítez", "Romero", "Lombardi", "Iturbe"],
        nsur=1),
    "en": dict(
        m=["James", "Oliver", "Thomas", "George", "Harry", "Jack", "Daniel",
           "Matthew", "Christopher", "Richard", "William", "Frank", "Clifford",
           "Dean", "Lee", "Craig", "Gary", "Jordan", "Ryan", "Jamie", "Will",
           "Bill", "Rich", "Cliff", "Stuart", "Nathan", "Kieran"],
        f=["Charlotte", "Emily", "Sophie", "Hannah", "Rebecca", "Jessica",
           "Lauren", "Chloe", "Hope", "Joy", "Grace", "Dawn", "April", "May",
           "June", "Chelsea", "Paris", "Dakota", "Amber", "Jade", "Stacey",
           "Kerry", "Gemma", "Leanne", "Margaret", "Elizabeth", "Jordan"],
        s=["Smith", "Taylor", "Wright", "Walker", "Hughes", "Edwards",
           "Roberts", "Thompson", "Harrison", "Barker", "Cartwright",
           "Ashworth", "Whitfield", "Pemberton", "Brown", "Green", "Hill",
           "Marsh", "Stone", "Wolf", "Ford", "Porsche", "Clarke", "Holloway",
           "Birch", "Sutcliffe", "Hargreaves", "Dawson", "Fletcher", "Bennett",
           "Marshall", "Lockwood", "Atkinson", "Pickering", "Baxter", "Nuttall",
           "Greenwood", "Booth", "Frost", "Summers", "Dyson", "Beckett"],
        nsur=1),
    "wel": dict(
        m=["Rhys", "Gareth", "Dafydd", "Owain", "Iwan", "Huw", "Aled", "Gethin"],
        f=["Sian", "Cerys", "Bethan", "Ffion", "Angharad", "Seren", "Nia",
           "Eirlys"],
        s=["Jones", "Williams", "Evans", "Davies", "Price", "Llewellyn",
           "Pritchard", "Morgan", "Griffiths", "Parry", "ap Rhys", "Bowen",
           "Vaughan", "Prosser"],
        nsur=1),
    "sco": dict(
        m=["Ewan", "Hamish", "Callum", "Ross", "Alistair", "Fraser", "Angus",
           "Euan", "Murdo"],
        f=["Fiona", "Morag", "Kirsty", "Isla", "Eilidh", "Ailsa", "Shona",
           "Catriona"],
        s=["MacLeod", "Campbell", "Fraser", "Sinclair", "Ferguson", "Murray",
           "Henderson", "MacDonald", "McKenzie", "Urquhart", "Buchanan",
           "Drummond", "Mackintosh", "Robertson"],
        nsur=1),
    "ir": dict(
        m=["Oisín", "Cian", "Ciarán", "Pádraig", "Eoin", "Seán", "Dara",
           "Donnacha", "Tadhg", "Colm"],
        f=["Siobhán", "Niamh", "Aoife", "Caoimhe", "Saoirse", "Róisín",
           "Clodagh", "Gráinne", "Sinéad", "Orla"],
        sm=["O'Sullivan", "O'Brien", "Ó Súilleabháin", "McCarthy", "MacNamara",
            "O'Connor", "Kavanagh", "Doherty", "Gallagher", "McGuinness",
            "O'Donoghue", "Mac Giolla Phádraig", "Ó Briain"],
        sf=["O'Sullivan", "O'Brien", "Ní Shúilleabháin", "McCarthy",
            "MacNamara", "O'Connor", "Kavanagh", "Doherty", "Gallagher",
            "Ní Bhriain", "O'Donoghue", "Nic Aodha", "Ní Dhomhnaill"],
        nsur=1),
    "sa": dict(
        m=["Rahul", "Arjun", "Sanjay", "Rajesh", "Venkatesh", "Imran", "Bilal",
           "Usman", "Rafiq", "Mohammed", "Abdul Karim", "Harpreet", "Gurpreet",
           "Sunny", "Vikram", "Aarav", "Tariq", "Shahid"],
        f=["Priya", "Ananya", "Deepika", "Lakshmi", "Ayesha", "Fatima",
           "Zainab", "Nusrat", "Tahmina", "Shahana", "Manpreet", "Harpreet",
           "Sunita", "Kavya", "Farzana", "Rukhsana"],
        s=["Patel", "Sharma", "Singh", "Kaur", "Gupta", "Iyer", "Reddy", "Nair",
           "Krishnamurthy", "Chatterjee", "Banerjee", "Khan", "Hussain",
           "Qureshi", "Chaudhry", "Malik", "Rahman", "Hossain", "Chowdhury",
           "Begum", "Uddin", "Islam", "Sandhu", "Gill", "Mistry", "Desai"],
        nsur=1),
    "waf": dict(
        m=["Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Tunde", "Kwame", "Kofi",
           "Yaw", "Abdirahman", "Mohamed", "Chukwuemeka", "Babatunde",
           "Kwabena", "Ayodele"],
        f=["Ngozi", "Funmilayo", "Chiamaka", "Ama", "Akosua", "Abena", "Efua",
           "Hodan", "Ayaan", "Faduma", "Hamdi", "Yetunde", "Adaeze", "Folasade",
           "Hope", "Joy", "Grace"],
        s=["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Obi", "Nwosu",
           "Adebayo", "Mensah", "Owusu", "Asante", "Boateng", "Osei", "Appiah",
           "Farah", "Abdi", "Warsame", "Hassan", "Jama", "Mohamud", "Oyelaran",
           "Akinola", "Nnamdi", "Agyeman"],
        nsur=1),
    "pl": dict(
        m=["Krzysztof", "Łukasz", "Grzegorz", "Wojciech", "Paweł", "Tomasz",
           "Michał"],
        f=["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Ewa",
           "Zofia"],
        sm=["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński",
            "Lewandowski", "Zieliński", "Dąbrowski", "Szymański", "Woźniak"],
        sf=["Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kamińska",
            "Lewandowska", "Zielińska", "Dąbrowska", "Szymańska", "Woźniak"],
        nsur=1),
    "ro": dict(
        m=["Ionuț", "Mihai", "Florin", "Andrei", "Bogdan", "Cătălin",
           "Gheorghe"],
        f=["Andreea", "Ioana", "Cristina", "Elena", "Mădălina", "Roxana",
           "Alina"],
        s=["Popescu", "Ionescu", "Dumitrescu", "Stan", "Stoica",
           "Constantinescu", "Munteanu", "Rădulescu", "Diaconu", "Moldovan"],
        nsur=1),
    "ua": dict(
        m=["Oleksandr", "Mykola", "Taras", "Andriy", "Dmytro", "Serhiy",
           "Bohdan"],
        f=["Olena", "Iryna", "Oksana", "Yulia", "Nataliya", "Khrystyna",
           "Svitlana"],
        s=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk",
           "Melnyk", "Boyko", "Hrytsenko", "Savchuk", "Lysenko"],
        nsur=1),
    "tr": dict(
        m=["Mehmet", "Emre", "Burak", "Çağrı", "Mustafa", "Onur", "Kerem"],
        f=["Ayşe", "Zeynep", "Elif", "Merve", "Gül", "Esra", "Büşra"],
        s=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın",
           "Arslan", "Doğan", "Koç"],
        nsur=1),
    "arab": dict(
        m=["Mohammed", "Youssef", "Khalid", "Omar", "Hicham", "Karim", "Said",
           "Rachid", "Ahmed", "Abdelaziz", "Mustapha"],
        f=["Fatima", "Layla", "Nour", "Rania", "Samira", "Khadija", "Salma",
           "Imane", "Hanane", "Yasmina", "Fatima Zahra"],
        s=["al-Hashimi", "El Amrani", "Ben Salah", "El-Sayed", "Al Mansouri",
           "Abu-Ghazaleh", "Haddad", "Benali", "El Idrissi", "Ben Youssef",
           "Bouzid", "El Khattabi", "Abu Hamdan", "Al-Najjar", "Tahiri",
           "Ouali"],
        nsur=1),
    "it": dict(
        m=["Giuseppe", "Alessandro", "Lorenzo", "Matteo", "Francesco",
           "Davide"],
        f=["Francesca", "Chiara", "Giulia", "Alessia", "Federica", "Martina"],
        s=["Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino",
           "Bianchi", "De Luca", "Di Stefano", "Lo Presti", "Dell'Acqua",
           "Greco"],
        nsur=1),
    "de": dict(
        m=["Jürgen", "Stefan", "Lukas", "Tobias", "Florian", "Matthias"],
        f=["Anke", "Katrin", "Sabine", "Jana", "Anja", "Miriam"],
        s=["Müller", "Schneider", "Fischer", "Weber", "Schäfer", "Hoffmann",
           "Großmann", "von Bülow", "Becker", "Krüger", "Wolf"],
        nsur=1),
    "nl": dict(
        m=["Daan", "Bram", "Joost", "Sander", "Pieter", "Ruud"],
        f=["Sanne", "Femke", "Maartje", "Lotte", "Eline", "Annelies"],
        s=["van der Berg", "de Vries", "van Dijk", "Bakker", "Janssen",
           "van den Heuvel", "Visser", "ter Horst", "van der Meer", "de Jong",
           "Smit", "van Leeuwen"],
        nsur=1),
    "pt": dict(
        m=["João", "Thiago", "Rodrigo", "Luís", "Gonçalo", "Vinícius",
           "Rafael", "João Pedro"],
        f=["Conceição", "Gabriela", "Luíza", "Inês", "Beatriz", "Fernanda",
           "Thaís", "Maria João"],
        s=["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Ferreira",
           "Gonçalves", "da Costa", "dos Santos", "Magalhães", "Carvalho",
           "Rodrigues", "Almeida", "da Silva"],
        nsur=(1, 2)),
    "fil": dict(
        m=["Jose Rizaldo", "Jun-Jun", "Rommel", "Arnel", "Mark Anthony",
           "Jayson", "Bong"],
        f=["Maria Cristina", "Mary Grace", "Rowena", "Marites", "Lovely",
           "Princess", "Jocelyn", "Joy"],
        s=["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan",
           "Mercado", "Manalo", "Pangilinan", "Reyes", "Santos", "Garcia",
           "Aquino"],
        nsur=1),
    "cn": dict(
        m=["Wei", "Haoran", "Lei", "Jun", "Yuxuan", "Zihan", "Jianguo"],
        f=["Fang", "Min", "Jing", "Xinyi", "Meiling", "Jiahui", "Tingting",
           "Yan"],
        s=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
           "Zhou", "Wu", "Xu", "Sun", "Lin", "He", "Guo"],
        nsur=1, eastern=True),
    "hk": dict(
        m=["Siu-ming", "Chi-keung", "Ka-ho", "Wai-lun"],
        f=["Ka-yan", "Wing-sze", "Mei-ling", "Hoi-yan"],
        s=["Chan", "Wong", "Cheung", "Leung", "Lau", "Ho", "Tsang"],
        nsur=1, eastern=True),
    "cnw": dict(
        m=["Kevin", "Jason", "Wei", "Ming", "Eric"],
        f=["Cherry", "Vivian", "Xiaoling", "Ivy", "Crystal"],
        s=["Zhang", "Li", "Chen", "Wang", "Huang", "Zhou", "Tan", "Lim"],
        nsur=1),
    "ko": dict(
        m=["Min-jun", "Ji-hoon", "Hyun-woo", "Seung-ho", "Do-yoon"],
        f=["Ji-woo", "Seo-yeon", "Yoon-ah", "Hae-in", "Su-bin", "Da-eun",
           "Eun-ji"],
        s=["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
           "Lim"],
        nsur=1, eastern=True),
    "vn": dict(
        m=["Văn Minh", "Quốc Bảo", "Đức Anh", "Minh Tuấn", "Hữu Dũng",
           "Thanh Khánh"],
        f=["Thị Hoa", "Thu Trang", "Thanh Hương", "Ngọc Linh", "Thị Phương",
           "Thị Thảo"],
        s=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
           "Huỳnh"],
        nsur=1, eastern=True),
}

# names usually written / called as a unit
KEEP = ["José Luis", "Juan Carlos", "María José", "Ana Belén", "José María",
        "Miguel Ángel", "María Jesús", "Jhon Fredy", "Jhon Jairo", "Luz Marina",
        "Luz Dary", "Juan David", "Juan Pablo", "Andrés Felipe",
        "Luis Fernando", "Josep Maria", "Mark Anthony", "Mary Grace", "Jun-Jun",
        "Luz María", "Luis Ángel", "Marco Antonio", "Fatima Zahra",
        "Abdul Karim", "Juan Antonio", "Luz Adriana", "Rosa Isela",
        "Maria Cristina", "Jose Rizaldo", "João Pedro", "Maria João",
        "Xosé Manuel", "Jesús Alberto", "Luis Alfredo", "Jhoan Sebastián",
        "María de la Paz"]
CALL = {"María del Carmen": "Mari Carmen", "Ma. de los Ángeles": "Ángeles",
        "Francisco Javier": "Javier", "María Guadalupe": "Guadalupe",
        "José Guadalupe": "José"}
NICK = {"José": ["Pepe"], "Guadalupe": ["Lupe", "Lupita"],
        "María Guadalupe": ["Lupe"], "José Guadalupe": ["Lupe"],
        "José María": ["Chema"], "Francisco": ["Paco", "Curro", "Pancho"],
        "Dolores": ["Lola"], "Concepción": ["Concha", "Conchi"],
        "Ignacio": ["Nacho"], "Manuel": ["Manolo"], "Enrique": ["Quique"],
        "Jesús": ["Chuy", "Chucho"], "Rosario": ["Charo"],
        "Mercedes": ["Merche"], "Pilar": ["Pili"], "Consuelo": ["Chelo"],
        "Montserrat": ["Montse"], "Daniel": ["Dani", "Dan"],
        "Alejandro": ["Álex"], "Cristina": ["Cris"], "Encarnación": ["Encarni"],
        "Inmaculada": ["Inma"], "Francisco Javier": ["Fran"],
        "Margaret": ["Maggie"], "William": ["Will", "Bill"],
        "Richard": ["Rich"], "Clifford": ["Cliff"], "Elizabeth": ["Liz", "Beth"],
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Oluwaseun": ["Seun"],
        "Funmilayo": ["Funmi"], "Oleksandr": ["Sasha"], "Alessandro": ["Sandro"],
        "Roberto": ["Beto"], "Alberto": ["Beto"], "Guillermo": ["Memo"],
        "Eduardo": ["Lalo"], "Refugio": ["Cuco"], "Socorro": ["Coco"],
        "Christopher": ["Chris"], "Matthew": ["Matt"], "Rebecca": ["Becky"],
        "Babatunde": ["Tunde"], "Chukwuemeka": ["Emeka"], "Ionuț": ["Ionuț"],
        "Wojciech": ["Wojtek"], "Gheorghe": ["Gică"], "Antonio": ["Toño", "Toni"],
        "Xosé": ["Pepiño"], "Jhonatan": ["Jhona"], "Yeferson": ["Yefer"],
        "Leidy Johana": ["Leidy"], "Jhon Fredy": ["Fredy"],
        "María Jesús": ["Chus"], "Jesús Alberto": ["Chucho"],
        "Milagros": ["Mila"], "Remedios": ["Reme"], "Amparo": ["Ampi"],
        "Emiliano": ["Emi"], "Cuauhtémoc": ["Temo"]}

MIX = {
    "uk": [("en", 30), ("wel", 6), ("sco", 6), ("ir", 7), ("sa", 12),
           ("waf", 10), ("pl", 5), ("ro", 4), ("ua", 3), ("cn", 2), ("hk", 1),
           ("cnw", 2), ("ko", 1), ("vn", 2), ("fil", 2), ("it", 2), ("pt", 2),
           ("tr", 2), ("arab", 3), ("es", 2), ("de", 1), ("nl", 1)],
    "es": [("es", 45), ("cat", 8), ("eus", 5), ("gal", 5), ("co", 6),
           ("ve", 5), ("mx", 2), ("and", 3), ("ro", 4), ("arab", 5), ("cn", 2),
           ("ua", 2), ("pt", 2), ("it", 2), ("cl", 1), ("arg", 2), ("de", 1),
           ("fil", 1)],
    "co": [("co", 76), ("ve", 14), ("and", 4), ("es", 3), ("arg", 1),
           ("arab", 1)],
    "mx": [("mx", 80), ("es", 5), ("ve", 4), ("and", 3), ("arg", 3), ("ko", 1),
           ("cn", 1), ("cl", 1)],
}

# people whose names are also ordinary words, places or brands
WORD_EN = [("Hope", ["Okafor"], "f", "waf"), ("Joy", ["Mensah"], "f", "waf"),
           ("Grace", ["Nwosu"], "f", "waf"), ("Will", ["Stone"], "m", "en"),
           ("Bill", ["Marsh"], "m", "en"), ("Frank", ["Hill"], "m", "en"),
           ("Rich", ["Brown"], "m", "en"), ("Cliff", ["Green"], "m", "en"),
           ("Dawn", ["Ford"], "f", "en"), ("April", ["Wolf"], "f", "en"),
           ("May", ["Hill"], "f", "en"), ("June", ["Porsche"], "f", "en"),
           ("Sunny", ["Sandhu"], "m", "sa"), ("Jordan", ["Green"], "m", "en"),
           ("Chelsea", ["Marsh"], "f", "en"), ("Paris", ["Stone"], "f", "en"),
           ("Dakota", ["Brown"], "f", "en"), ("Grace", ["Hill"], "f", "en"),
           ("Mercedes", ["Ford"], "f", "en"), ("Joy", ["Bautista"], "f", "fil"),
           ("Summer", ["Brown"], "f", "en"), ("Jack", ["Frost"], "m", "en"),
           ("Rose", ["Marsh"], "f", "en"), ("Dale", ["Green"], "m", "en")]
WORD_ES = [("Rosa", ["Blanco", "Pérez"], "f", "es"),
           ("Paz", ["Serrano", "Gil"], "f", "es"),
           ("Dolores", ["Fuentes", "Vega"], "f", "es"),
           ("Luz Dary", ["Mosquera", "Palacios"], "f", "co"),
           ("Sol", ["Marín", "Campos"], "f", "es"),
           ("Mercedes", ["Prieto", "Ramos"], "f", "es"),
           ("Consuelo", ["Vega", "Nieto"], "f", "es"),
           ("Jesús", ["Ortega", "Luna"], "m", "mx"),
           ("Ángeles", ["Rubio", "Cano"], "f", "es"),
           ("Luz", ["Paz", "Iglesias"], "f", "es"),
           ("Pilar", ["Sol", "Moreno"], "f", "es"),
           ("Esperanza", ["León", "Santos"], "f", "es"),
           ("Remedios", ["Cruz", "Campos"], "f", "es"),
           ("Socorro", ["Flores", "Tapia"], "f", "mx"),
           ("Rosario", ["del Río", "Mora"], "f", "es"),
           ("Amparo", ["Soto", "Vidal"], "f", "es"),
           ("Milagros", ["Rojas", "Quispe"], "f", "and"),
           ("Cruz", ["Vega", "Molina"], "f", "es"),
           ("Victoria", ["Sierra", "Luna"], "f", "es"),
           ("Mercedes", ["Salazar", "Briceño"], "f", "ve")]


class Person:
    def __init__(self, given, surs, gender, origin, eastern=False, conj=None,
                 call=None, nick=None):
        self.given = given
        self.surs = list(surs)
        self.gender = gender
        self.origin = origin
        self.eastern = eastern
        self.conj = conj
        if call:
            self.call = call
        elif origin == "vn":
            self.call = given.split(" ")[-1]
        elif eastern or given in KEEP:
            self.call = given
        else:
            self.call = CALL.get(given, given.split(" ")[0])
        self.nick = nick

    @property
    def surname(self):
        return self.surs[0]

    @property
    def surnames(self):
        j = (" %s " % self.conj) if self.conj else " "
        return j.join(self.surs)

    @property
    def full(self):
        if self.eastern:
            return "%s %s" % (self.surnames, self.given)
        return "%s %s" % (self.given, self.surnames)

    @property
    def short(self):
        if self.eastern:
            return self.full
        return "%s %s" % (self.call, self.surs[0])

    @property
    def initial(self):
        if self.eastern:
            return "%s %s." % (self.surs[0], self.given[0])
        gs = self.given.replace("-", " ").split(" ")
        if len(gs) > 1 and self.given in KEEP:
            ini = " ".join(g[0] + "." for g in gs if g[0].isupper())
        else:
            ini = gs[0][0] + "."
        return "%s %s" % (ini, self.surs[0])

    @property
    def table(self):
        return "%s, %s" % (self.surnames, self.given)

    @property
    def first_init(self):
        """'Lucía M.' style"""
        if self.eastern:
            return "%s %s." % (self.call, fold(self.surs[0])[0])
        s = self.surs[0]
        for part in s.split(" "):
            if part[:1].isupper():
                return "%s %s." % (self.call, part[0])
        return "%s %s." % (self.call, s[0].upper())

    @property
    def nickname(self):
        return self.nick or self.call

    def tit(self, lang, rng=None):
        if lang == "en":
            if self.gender == "m":
                return "Mr"
            if getattr(self, "_tit", None) is None and rng is not None:
                self._tit = rng.choice(["Ms", "Mrs", "Ms", "Miss"])
            return getattr(self, "_tit", None) or "Ms"
        return "Sr." if self.gender == "m" else "Sra."

    def pro(self, lang):
        if lang == "en":
            return "he" if self.gender == "m" else "she"
        return "él" if self.gender == "m" else "ella"

    def pos(self):
        return "his" if self.gender == "m" else "her"

    def obj(self):
        return "him" if self.gender == "m" else "her"

    def o(self, lang="es"):
        """Spanish gender ending: candidato/candidata"""
        return "o" if self.gender == "m" else "a"


def make_person(rng, origin, gender=None):
    spec = N[origin]
    g = gender or rng.choice(["m", "f"])
    given = rng.choice(spec[g])
    if "sm" in spec:
        pool = spec["sm"] if g == "m" else spec["sf"]
    else:
        pool = spec["s"]
    ns = spec.get("nsur", 1)
    if isinstance(ns, tuple):
        ns = rng.choice(list(ns))
    surs = []
    while len(surs) < ns:
        s = rng.choice(pool)
        if s not in surs:
            surs.append(s)
    conj = None
    if "conj" in spec and rng.random() < spec["conj"][1]:
        conj = spec["conj"][0]
    nick = rng.choice(NICK[given]) if given in NICK else None
    return Person(given, surs, g, origin, eastern=spec.get("eastern", False),
                  conj=conj, nick=nick)


def word_person(rng, ctx):
    pool = WORD_EN if ctx == "uk" else WORD_ES
    given, surs, g, origin = rng.choice(pool)
    nick = rng.choice(NICK[given]) if given in NICK else None
    return Person(given, surs, g, origin, nick=nick)


class People:
    """Draws distinct people for one document."""

    def __init__(self, rng):
        self.rng = rng
        self.used = []

    def __call__(self, ctx, gender=None, origin=None, word=None):
        rng = self.rng
        for _ in range(40):
            if word or (word is None and origin is None and rng.random() < WORD_P):
                p = word_person(rng, ctx)
                if gender and p.gender != gender:
                    continue
            else:
                p = make_person(rng, origin or wchoice(rng, MIX[ctx]), gender)
            key = p.full
            if key in self.used or p.call in [u.split(" ")[0] for u in self.used]:
                continue
            self.used.append(key)
            return p
        self.used.append(p.full)
        return p


# ---------------------------------------------------------------------------
# Contact details
# ---------------------------------------------------------------------------

def phone_uk(rng, kind=None):
    k = rng.randrange(11) if kind is None else kind
    m = "7" + rng.choice(["700", "701", "712", "723", "734", "745", "756",
                          "767", "778", "789", "800", "811", "824", "837",
                          "852", "886", "903", "944", "958", "971"]) + digits(rng, 6)
    if k == 0:
        return "0%s %s" % (m[:4], m[4:])
    if k == 1:
        return "0%s %s %s" % (m[:4], m[4:7], m[7:])
    if k == 2:
        return "+44 %s %s" % (m[:4], m[4:])
    if k == 3:
        return "+44 (0)%s %s" % (m[:4], m[4:])
    if k == 4:
        return "0" + m
    if k == 5:
        return "0%s-%s-%s" % (m[:4], m[4:7], m[7:])
    area, n = rng.choice([("113", 7), ("161", 7), ("121", 7), ("20", 8),
                          ("29", 8), ("141", 7), ("117", 7), ("1274", 6),
                          ("1472", 6), ("1924", 6), ("114", 7), ("28", 8)])
    num = digits(rng, n)
    if n == 8:
        local = "%s %s" % (num[:4], num[4:])
    elif n == 7:
        local = "%s %s" % (num[:3], num[3:])
    else:
        local = num
    if k == 6:
        return "0%s %s" % (area, local)
    if k == 7:
        return "(0%s) %s" % (area, local)
    if k == 8:
        return "+44 %s %s" % (area, local)
    if k == 9:
        return "0%s %s ext. %d" % (area, local, rng.randrange(100, 400))
    return "0%s %s x%d" % (area, local, rng.randrange(10, 99))


def phone_es(rng, kind=None):
    k = rng.randrange(11) if kind is None else kind
    m = rng.choice(["6", "6", "6", "7"]) + digits(rng, 8)
    if k == 0:
        return "%s %s %s" % (m[:3], m[3:6], m[6:])
    if k == 1:
        return "%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:])
    if k == 2:
        return "+34 %s %s %s" % (m[:3], m[3:6], m[6:])
    if k == 3:
        return "+34 %s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:])
    if k == 4:
        return "0034 " + m
    if k == 5:
        return "%s-%s-%s" % (m[:3], m[3:6], m[6:])
    if k == 6:
        return m
    if k == 7:
        return "(+34) %s %s %s" % (m[:3], m[3:6], m[6:])
    pre = rng.choice(["91", "93", "96", "95", "94", "98", "965", "954", "981",
                      "976", "968"])
    rest = digits(rng, 9 - len(pre))
    num = pre + rest
    if k == 8:
        if len(pre) == 2:
            return "%s %s %s %s" % (num[:2], num[2:5], num[5:7], num[7:])
        return "%s %s %s %s" % (num[:3], num[3:5], num[5:7], num[7:])
    if k == 9:
        return "+34 %s %s %s" % (num[:3], num[3:6], num[6:])
    return "%s %s %s" % (num[:3], num[3:6], num[6:])


def phone_co(rng, kind=None):
    k = rng.randrange(9) if kind is None else kind
    m = "3" + rng.choice(["00", "01", "04", "10", "11", "12", "13", "14", "15",
                          "16", "17", "18", "20", "21", "22", "23", "50", "05"]) + digits(rng, 7)
    if k == 0:
        return "%s %s %s" % (m[:3], m[3:6], m[6:])
    if k == 1:
        return "+57 %s %s %s" % (m[:3], m[3:6], m[6:])
    if k == 2:
        return m
    if k == 3:
        return "+57 " + m
    if k == 4:
        return "%s-%s-%s" % (m[:3], m[3:6], m[6:])
    if k == 5:
        return "(+57) %s %s" % (m[:3], m[3:])
    area = rng.choice(["601", "604", "602", "605", "606"])
    loc = digits(rng, 7)
    if k == 6:
        return "%s %s %s" % (area, loc[:3], loc[3:])
    if k == 7:
        return "(%s) %s %s" % (area, loc[:3], loc[3:])
    return "+57 %s %s ext. %d" % (area, loc, rng.randrange(100, 999))


def phone_mx(rng, kind=None):
    k = rng.randrange(10) if kind is None else kind
    area = rng.choice(["55", "55", "33", "81", "222", "999", "442", "998", "951"])
    rest = digits(rng, 10 - len(area))
    if len(area) == 2:
        a, b, c = area, rest[:4], rest[4:]
    else:
        a, b, c = area, rest[:3], rest[3:]
    if k == 0:
        return "%s %s %s" % (a, b, c)
    if k == 1:
        return "+52 %s %s %s" % (a, b, c)
    if k == 2:
        return "+52 1 %s %s %s" % (a, b, c)
    if k == 3:
        return "(%s) %s-%s" % (a, b, c)
    if k == 4:
        return "%s-%s-%s" % (a, b, c)
    if k == 5:
        return a + b + c
    if k == 6:
        return "+52 (%s) %s %s" % (a, b, c)
    if k == 7:
        return "044 %s %s %s" % (a, b, c)
    if k == 8:
        n = digits(rng, 7)
        return "800 %s %s" % (n[:3], n[3:])
    return "+52%s%s%s" % (a, b, c)


PHONE = {"uk": phone_uk, "es": phone_es, "co": phone_co, "mx": phone_mx}

FREEMAIL = {
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk",
           "btinternet.com", "icloud.com", "live.co.uk", "sky.com"],
    "es": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.es", "icloud.com",
           "telefonica.net", "hotmail.es"],
    "co": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "une.net.co"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx",
           "live.com.mx", "prodigy.net.mx"],
}


def email_of(rng, p, ctx, domain=None):
    c = slug(p.call.split(" ")[0]) or "x"
    s = slug(p.surname) or "y"
    s2 = slug(p.surs[1]) if len(p.surs) > 1 else ""
    if domain:
        k = rng.randrange(4)
        local = [c + "." + s, c[0] + s, c + s[0], c + "." + s + (("." + s2) if s2 else "")][k]
        return local + "@" + domain
    k = rng.randrange(9)
    if k == 0:
        local = c + "." + s
    elif k == 1:
        local = c + s + digits(rng, 2)
    elif k == 2:
        local = c[0] + "." + s
    elif k == 3:
        local = c + "_" + s + str(rng.randrange(70, 100))
    elif k == 4:
        local = s + "." + c
    elif k == 5:
        local = c + "." + s + (s2[:3] if s2 else digits(rng, 1))
    elif k == 6:
        local = rng.choice(["lamejor", "soy", "the", "mrs", "its", "la", "el", "x"]) + c + digits(rng, 4)
    elif k == 7:
        local = c + s + (s2 if s2 else "")
    else:
        local = c + "." + s[:4] + "." + digits(rng, 2)
    return local + "@" + rng.choice(FREEMAIL[ctx])


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------

UK_TOWNS = [("Leeds", "LS"), ("Bradford", "BD"), ("Manchester", "M"),
            ("Salford", "M"), ("Birmingham", "B"), ("Cardiff", "CF"),
            ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"),
            ("Bristol", "BS"), ("Hull", "HU"), ("Grimsby", "DN"),
            ("Sheffield", "S"), ("Liverpool", "L"), ("London", "E"),
            ("London", "SE"), ("Nottingham", "NG"), ("Leicester", "LE"),
            ("Belfast", "BT"), ("Wakefield", "WF"), ("Huddersfield", "HD")]
UK_STREETS = ["Marlborough Road", "Kingsway", "Albion Street", "Cavendish Close",
              "Victoria Terrace", "Brunswick Gardens", "Mill Lane",
              "Station Road", "Ashgrove Avenue", "Heol y Coed", "Queen Street",
              "Hawthorn Drive", "Chapel Street", "Beech Grove",
              "Clarendon Place", "Stanley Road", "Greenhill Crescent",
              "Low Lane", "Whitehall Road", "Kirkstall Road", "Barley Mow Court",
              "Hope Street", "Paradise Lane", "Windsor Walk", "Cemetery Road",
              "Harehills Lane", "Heol Llanishen Fach", "Dumbarton Road"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(rng, area):
    return "%s%d %d%s%s" % (area, rng.randrange(1, 28), rng.randrange(1, 10),
                           rng.choice(PC_LET), rng.choice(PC_LET))


def addr_uk(rng, lower=False, upper=False):
    town, area = rng.choice(UK_TOWNS)
    pc = uk_postcode(rng, area)
    n = rng.randrange(1, 240)
    st = rng.choice(UK_STREETS)
    k = rng.randrange(6)
    if k == 0:
        a = "%d %s, %s %s" % (n, st, town, pc)
    elif k == 1:
        a = "Flat %d, %d %s, %s %s" % (rng.randrange(1, 30), n, st, town, pc)
    elif k == 2:
        a = "%d%s %s, %s, %s" % (n, rng.choice("abc"), st, town, pc)
    elif k == 3:
        a = "Apartment %d, %s House, %d %s, %s %s" % (
            rng.randrange(1, 60), rng.choice(["Brunswick", "Albion", "Navigation", "Wharf"]),
            n, st, town, pc)
    elif k == 4:
        a = "%d %s, %s" % (n, st, town)
    else:
        dist = {"Leeds": "Headingley", "Cardiff": "Roath", "Birmingham": "Moseley", "Manchester": "Chorlton",
                "Glasgow": "Partick", "Nottingham": "Beeston", "Bristol": "Bedminster", "Sheffield": "Crookes"}.get(town, town)
        a = "%d %s, %s, %s" % (n, st, dist, pc)
    if lower:
        a = a.lower()
    if upper:
        a = a.upper()
    return a, pc, town


ES_TOWNS = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"),
            ("Sevilla", "410"), ("Málaga", "290"), ("Alicante", "030"),
            ("Murcia", "300"), ("Zaragoza", "500"), ("Bilbao", "480"),
            ("Donostia", "200"), ("Santiago de Compostela", "157"),
            ("Vigo", "362"), ("Granada", "180"), ("Getafe", "289"),
            ("Orihuela", "033"), ("Elche", "032"), ("Lleida", "250"),
            ("Valladolid", "470"), ("Córdoba", "140"), ("Gijón", "332")]
ES_STREETS = ["Calle Mayor", "C/ San Vicente", "Avda. de la Constitución", "Plaza del Pilar", "Calle Real",
              "Camino de Ronda", "Calle Doctor Fleming", "C/ Virgen de los Dolores", "Avda. de la Paz",
              "Calle Rosa Chacel", "C/ Sol", "Calle Luz", "Calle Nueva", "Avda. de Andalucía", "C/ Hernán Cortés",
              "Calle de la Esperanza", "Travesía de San Roque"]
ES_LOCAL = {"Madrid": ["Calle de Alcalá", "Paseo de la Castellana", "Travesía del Conde Duque", "Ronda de Segovia"],
            "Barcelona": ["Carrer de Sants", "Carrer del Consell de Cent", "Carrer de Mercaders"],
            "Valencia": ["Avenida Blasco Ibáñez", "Carrer de Cuba"],
            "Sevilla": ["Calle Sierpes", "Calle Jesús del Gran Poder"],
            "Málaga": ["Calle Larios"], "Santiago de Compostela": ["Rúa do Franco", "Rúa do Vilar"],
            "Vigo": ["Rúa do Príncipe"], "Donostia": ["Kale Nagusia"], "Bilbao": ["Kale Nagusia", "Calle Ercilla"],
            "Lleida": ["Carrer Major"], "Granada": ["Calle Recogidas"]}
ES_FLOORS = ["1º A", "2º B", "3º izda.", "4.º dcha.", "bajo", "5º 2ª", "2n 1a",
             "ático", "entlo. 3", "3º C", "1º dcha.", "portal 2, 4º D"]


def addr_es(rng, lower=False, upper=False):
    town, pre = rng.choice(ES_TOWNS)
    cp = pre + "%02d" % rng.randrange(1, 60)
    if town in ES_LOCAL and rng.random() < 0.6:
        st = rng.choice(ES_LOCAL[town])
    else:
        st = rng.choice(ES_STREETS)
    n = rng.randrange(1, 180)
    fl = rng.choice(ES_FLOORS)
    k = rng.randrange(5)
    if k == 0:
        a = "%s, %d, %s, %s %s" % (st, n, fl, cp, town)
    elif k == 1:
        a = "%s %d, %s, %s %s" % (st, n, fl, cp, town)
    elif k == 2:
        a = "%s nº %d %s - %s %s" % (st, n, fl, cp, town)
    elif k == 3:
        a = "%s %d, %s %s" % (st, n, cp, town)
    else:
        a = "%s, %d %s, %s" % (st, n, fl, town)
    if lower:
        a = a.lower()
    if upper:
        a = a.upper()
    return a, cp, town


MX_STREETS = ["Av. Insurgentes Sur", "Calle Morelos", "Calle Hidalgo",
              "Av. Juárez", "Privada de los Pinos", "Av. Revolución",
              "Calle Niños Héroes", "Blvd. Adolfo López Mateos",
              "Calle 5 de Mayo", "Av. Vallarta", "Calle Guadalupe Victoria",
              "Av. Constituyentes", "Calle Libertad"]
MX_COL = ["Col. Del Valle", "Col. Centro", "Col. Roma Norte", "Col. Narvarte",
          "Fracc. Las Cumbres", "Col. Americana", "Col. Chapultepec",
          "Col. Jardines del Bosque", "Col. Lindavista", "Col. San Rafael"]
MX_COL_OF = {"Ciudad de México": ["Col. Del Valle", "Col. Roma Norte", "Col. Narvarte", "Col. Lindavista",
                                   "Col. San Rafael", "Col. Centro"],
             "Guadalajara": ["Col. Americana", "Col. Chapultepec", "Col. Centro", "Col. Jardines del Bosque"],
             "Zapopan": ["Col. Jardines del Bosque", "Fracc. Puerta de Hierro", "Col. Centro"],
             "Monterrey": ["Fracc. Las Cumbres", "Col. Obispado", "Col. Centro"],
             "Puebla": ["Col. La Paz", "Col. Centro", "Fracc. Las Ánimas"],
             "Querétaro": ["Col. Centro", "Col. Jardines de la Hacienda"],
             "Oaxaca de Juárez": ["Col. Reforma", "Col. Centro"], "Toluca": ["Col. Centro", "Col. Universidad"]}
MX_CITY = [("Ciudad de México", "03100", "CDMX"), ("Guadalajara", "44100", "Jal."),
           ("Monterrey", "64619", "N.L."), ("Puebla", "72000", "Pue."),
           ("Querétaro", "76000", "Qro."), ("Zapopan", "45010", "Jal."),
           ("Oaxaca de Juárez", "68000", "Oax."), ("Ciudad de México", "06700", "CDMX"),
           ("Toluca", "50000", "Edo. Méx.")]


def addr_mx(rng, lower=False, upper=False):
    city, cp, state = rng.choice(MX_CITY)
    cp = cp[:3] + "%02d" % rng.randrange(0, 99)
    k = rng.randrange(5)
    n = rng.randrange(1, 2500)
    if city == "Mérida" or k == 4:
        a = "Calle %d No. %d x %d y %d, Centro, C.P. 97%03d, Mérida, Yuc." % (
            rng.choice([60, 62, 59, 57, 64]), rng.randrange(100, 600),
            rng.choice([55, 57, 61]), rng.choice([59, 63, 65]), rng.randrange(0, 300))
        city = "Mérida"
    else:
        st = rng.choice(MX_STREETS)
        col = rng.choice(MX_COL_OF.get(city, ["Col. Centro"]))
        intr = rng.choice(["", " Int. %d" % rng.randrange(1, 30), " int. %s" % rng.choice("ABC"), " Depto. %d" % rng.randrange(101, 904)])
        if k == 0:
            a = "%s %d%s, %s, C.P. %s, %s, %s" % (st, n, intr, col, cp, city, state)
        elif k == 1:
            a = "%s #%d%s, %s, %s %s, %s" % (st, n, intr, col, cp, city, state)
        elif k == 2:
            a = "%s No. %d%s, %s, %s" % (st, n, intr, col, city)
        else:
            a = "%s %d, %s, CP %s %s" % (st, n, col, cp, city)
    if lower:
        a = a.lower()
    if upper:
        a = a.upper()
    return a, cp, city


CO_CITY = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga",
           "Pereira", "Envigado", "Soacha", "Bello", "Manizales"]


def addr_co(rng, lower=False, upper=False):
    city = rng.choice(CO_CITY)
    via = rng.choice(["Calle", "Carrera", "Cra.", "Cl", "Diagonal", "Transversal",
                      "Av. Calle", "Kr", "Calle"])
    n1 = "%d%s" % (rng.randrange(1, 150), rng.choice(["", "", "", "A", "B", " Sur", "C"]))
    n2 = "%d%s" % (rng.randrange(1, 120), rng.choice(["", "", "A", "B", "FF"]))
    n3 = rng.randrange(1, 99)
    sep = rng.choice(["# ", "#", "No. ", "N° ", "nro "])
    extra = rng.choice(["", ", apto %d" % rng.randrange(101, 1504),
                        " Bloque %d Apto %d" % (rng.randrange(1, 9), rng.randrange(101, 504)),
                        " of. %d" % rng.randrange(201, 905), " casa %d" % rng.randrange(1, 60),
                        ", barrio %s" % rng.choice(["Buenos Aires", "La América", "Kennedy", "El Poblado", "Belén", "San Fernando"])])
    k = rng.randrange(3)
    if k == 0:
        a = "%s %s %s%s-%02d%s, %s" % (via, n1, sep, n2, n3, extra, city)
    elif k == 1:
        a = "%s %s %s%s-%02d%s %s" % (via, n1, sep, n2, n3, extra, city)
    else:
        a = "%s %s %s%s-%02d%s" % (via, n1, sep, n2, n3, extra)
    if lower:
        a = a.lower()
    if upper:
        a = a.upper()
    return a, "", city


ADDR = {"uk": addr_uk, "es": addr_es, "co": addr_co, "mx": addr_mx}


# ---------------------------------------------------------------------------
# Identity numbers (valid check characters where the format has them)
# ---------------------------------------------------------------------------

DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng, k=None):
    n = rng.randrange(10000000, 79999999)
    s = "%08d" % n
    L = DNI_LET[n % 23]
    k = rng.randrange(5) if k is None else k
    return [s + L, s + "-" + L, "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], L),
            s + " " + L, s + L.lower()][k]


def nie(rng, k=None):
    p = rng.choice("XYZ")
    n = rng.randrange(0, 10 ** 7)
    L = DNI_LET[int(str("XYZ".index(p)) + "%07d" % n) % 23]
    k = rng.randrange(4) if k is None else k
    return ["%s%07d%s" % (p, n, L), "%s-%07d-%s" % (p, n, L),
            "%s %07d %s" % (p, n, L), "%s%07d-%s" % (p, n, L)][k]


def nino(rng, k=None):
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = digits(rng, 6)
    c = rng.choice("ABCD")
    k = rng.randrange(4) if k is None else k
    return ["%s%s %s %s %s %s" % (a, b, n[:2], n[2:4], n[4:], c),
            "%s%s%s%s" % (a, b, n, c),
            "%s%s %s %s" % (a, b, n, c),
            ("%s%s%s%s" % (a, b, n, c)).lower()][k]


def uk_passport(rng):
    return str(rng.randrange(1, 6)) + digits(rng, 8)


def es_passport(rng):
    return rng.choice(["PAA", "PAB", "PAC", "PAD", "PAE", "PAF", "XDA"]) + digits(rng, 6)


def co_cedula(rng, k=None):
    if rng.random() < 0.7:
        n = rng.randrange(1000000000, 1130000000)
    else:
        n = rng.randrange(10000000, 99999999)
    s = str(n)
    k = rng.randrange(3) if k is None else k
    if k == 0:
        return s
    # dotted thousands
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    out = s + out
    return out if k == 1 else out.replace(".", " ")


def rut_dv(n):
    tot, m = 0, 2
    for ch in reversed(str(n)):
        tot += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - tot % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))


def rut(rng, k=None):
    n = rng.randrange(6000000, 26000000)
    dv = rut_dv(n)
    s = str(n)
    k = rng.randrange(3) if k is None else k
    if k == 0:
        return "%s.%s.%s-%s" % (s[:-6], s[-6:-3], s[-3:], dv)
    if k == 1:
        return "%s-%s" % (s, dv)
    return "%s.%s.%s-%s" % (s[:-6], s[-6:-3], s[-3:], dv.lower())


def ar_dni(rng):
    n = str(rng.randrange(20000000, 46000000))
    return rng.choice(["%s.%s.%s" % (n[:2], n[2:5], n[5:]), n])


def pe_dni(rng):
    return "%08d" % rng.randrange(10000000, 79999999)


def ve_cedula(rng):
    n = str(rng.randrange(10000000, 32000000))
    return rng.choice(["V-%s.%s.%s" % (n[:2], n[2:5], n[5:]), "V-" + n, "V%s" % n])


def mx_passport(rng):
    return rng.choice("GNE") + digits(rng, 8)


def co_passport(rng):
    return rng.choice(["AT", "AV", "PE", "AR"]) + digits(rng, 6)


_CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_PART = ["DE", "DEL", "LA", "LAS", "LOS", "Y", "MC", "MAC", "VON", "VAN", "DA", "DOS"]


def _curp_word(s, skip_first=False):
    s = s.upper().replace("Ñ", "X")
    s = fold(s).replace("-", " ").replace("'", "")
    toks = [t for t in s.split(" ") if t and t not in _PART]
    if skip_first and len(toks) > 1 and toks[0] in ("JOSE", "MARIA", "MA.", "MA", "J", "J."):
        toks = toks[1:]
    w = toks[0] if toks else "X"
    return re.sub(r"[^A-Z]", "", w) or "X"


def _iv(s):
    for c in s[1:]:
        if c in "AEIOU":
            return c
    return "X"


def _ic(s):
    for c in s[1:]:
        if c not in "AEIOU":
            return c
    return "X"


def curp(rng, p, born=None):
    s1 = _curp_word(p.surs[0])
    s2 = _curp_word(p.surs[1]) if len(p.surs) > 1 else "X"
    g = _curp_word(p.given, skip_first=True)
    born = born or dob(rng)
    sex = "H" if p.gender == "m" else "M"
    st = rng.choice(["AS", "BC", "CH", "DF", "GT", "GR", "HG", "JC", "MC", "MN",
                     "NL", "OC", "PL", "QT", "SL", "SR", "VZ", "YN", "TL", "CS"])
    body = (s1[0] + _iv(s1) + s2[0] + g[0] + born.strftime("%y%m%d") + sex + st +
            _ic(s1) + (_ic(s2) if s2 != "X" else "X") + _ic(g))
    body += str(rng.randrange(10)) if born.year < 2000 else rng.choice("ABCDEF")
    tot = sum(_CURP_CH.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


_RFC_CH = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(rng, p, born=None):
    s1 = _curp_word(p.surs[0])
    s2 = _curp_word(p.surs[1]) if len(p.surs) > 1 else "X"
    g = _curp_word(p.given, skip_first=True)
    born = born or dob(rng)
    body = s1[0] + _iv(s1) + s2[0] + g[0] + born.strftime("%y%m%d")
    body += rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    tot = sum(_RFC_CH.index(c) * (13 - i) for i, c in enumerate(body))
    r = tot % 11
    if r == 0:
        dv = "0"
    else:
        dv = "A" if 11 - r == 10 else str(11 - r)
    return body + dv


def _ccc_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return "0" if d == 11 else ("1" if d == 10 else str(d))


def _iban(cc, bban):
    x = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in x)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban(rng, cc="ES", spaced=None, bank=None):
    if cc == "ES":
        bank = bank or rng.choice(["2100", "0049", "0182", "0081", "2038", "1465", "0128", "3058"])
        branch = digits(rng, 4)
        acct = digits(rng, 10)
        bban = bank + branch + _ccc_dc("00" + bank + branch) + _ccc_dc(acct) + acct
    elif cc == "GB":
        bban = (bank or rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"])) + digits(rng, 14)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "PT":
        bban = digits(rng, 21)
    elif cc == "PL":
        bban = digits(rng, 24)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 10) + digits(rng, 12)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    else:
        bban = digits(rng, 16)
    s = _iban(cc, bban)
    if spaced is None:
        spaced = rng.random() < 0.65
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


BANK_CODES = {"GB": [("NatWest", "NWBK"), ("Barclays", "BARC"), ("Lloyds", "LOYD"), ("HSBC", "HBUK"),
                     ("Monzo", "MONZ"), ("Nationwide", "NAIA")],
              "ES": [("CaixaBank", "2100"), ("Santander", "0049"), ("BBVA", "0182"), ("Banco Sabadell", "0081"),
                     ("ING", "1465"), ("Unicaja", "2103"), ("Kutxabank", "2095"), ("Bankinter", "0128")]}


def bank_iban(rng, cc, spaced=None):
    """(bank name, IBAN) with the bank code matching the named bank"""
    name, code = rng.choice(BANK_CODES[cc])
    return name, iban(rng, cc, spaced, bank=code)


# ---------------------------------------------------------------------------
# Customer / candidate reference codes (invented formats)
# ---------------------------------------------------------------------------

def cand_id(rng):
    k = rng.randrange(5)
    if k == 0:
        return "CAND-%02d-%04d" % (rng.randrange(23, 27), rng.randrange(10000))
    if k == 1:
        return "C%06d" % rng.randrange(10 ** 6)
    if k == 2:
        return "HL-CAND-%05d" % rng.randrange(10 ** 5)
    if k == 3:
        return "CV%d/%04d" % (rng.randrange(24, 27), rng.randrange(10000))
    return "CND%05d" % rng.randrange(10 ** 5)


def emp_id(rng, ctx="uk"):
    k = rng.randrange(4)
    if k == 0:
        return "EMP/%04d" % rng.randrange(10000)
    if k == 1:
        return "EMP-%s-%04d" % (ctx.upper(), rng.randrange(10000))
    if k == 2:
        return "W%06d" % rng.randrange(10 ** 6)
    return "%d" % rng.randrange(1000, 99999)


def payroll_id(rng, lang="en"):
    if lang == "en":
        return rng.choice(["PR", "PAY-", "PY"]) + digits(rng, rng.choice([5, 6]))
    return rng.choice(["NOM-", "NOM-CO-", "N"]) + digits(rng, 5)


def order_id(rng, market):
    k = rng.randrange(3)
    if market == "uk":
        return ["#%d" % rng.randrange(70000, 99999), "OLUK-%06d" % rng.randrange(10 ** 6),
                "OL%07d" % rng.randrange(10 ** 7)][k]
    if market == "mx":
        return ["MX-%05d" % rng.randrange(10 ** 5), "OLM%07d" % rng.randrange(10 ** 7),
                "#MX%d" % rng.randrange(10000, 99999)][k]
    return ["PED-%06d" % rng.randrange(10 ** 6), "OL-ES-%06d" % rng.randrange(10 ** 6),
            "#%d" % rng.randrange(40000, 69999)][k]


def rma_id(rng):
    k = rng.randrange(4)
    if k == 0:
        return "RMA %02d-%04d-%s" % (rng.randrange(100), rng.randrange(10000), rng.choice("XYZKQ"))
    if k == 1:
        return "RMA-%06d" % rng.randrange(10 ** 6)
    if k == 2:
        return "DEV-2026-%04d" % rng.randrange(10000)
    return "R%d%s" % (rng.randrange(100000, 999999), rng.choice("ABC"))


def ticket_id(rng):
    k = rng.randrange(4)
    if k == 0:
        return "TKT-%05d" % rng.randrange(10 ** 5)
    if k == 1:
        return "#CS-%05d" % rng.randrange(10 ** 5)
    if k == 2:
        return "INC%07d" % rng.randrange(10 ** 7)
    return "%d" % rng.randrange(200000, 999999)


def invoice_id(rng, market):
    if market == "mx":
        return rng.choice(["A-%05d" % rng.randrange(10 ** 5), "FMX-%06d" % rng.randrange(10 ** 6)])
    if market == "uk":
        return "INV-%06d" % rng.randrange(10 ** 6)
    return rng.choice(["FAC-2026-%05d" % rng.randrange(10 ** 5), "F26/%05d" % rng.randrange(10 ** 5)])


def account_id(rng, market):
    return rng.choice(["CLI-%05d" % rng.randrange(10 ** 5), "CU%07d" % rng.randrange(10 ** 7),
                       "%s-%06d" % (market.upper(), rng.randrange(10 ** 6))])


def tracking(rng, courier):
    c = courier.lower()
    if "correos" in c:
        if rng.random() < 0.5:
            return "%s%09dES" % (rng.choice(["ZX", "PQ", "UA", "CX"]), rng.randrange(10 ** 9))
        return "PK%sBG%016d" % (rng.choice("1234"), rng.randrange(10 ** 16))
    if "royal" in c or "parcelforce" in c:
        return "%s%09dGB" % (rng.choice(["AB", "TT", "RN", "FQ", "JX"]), rng.randrange(10 ** 9))
    if "dpd" in c:
        return "155%011d" % rng.randrange(10 ** 11)
    if "evri" in c or "yodel" in c:
        return "H%02dA%sA%011d" % (rng.randrange(100), rng.choice("ABCDE"), rng.randrange(10 ** 11))
    if "dhl" in c:
        return "JJD%015d" % rng.randrange(10 ** 15)
    if "estafeta" in c:
        return "%022d" % rng.randrange(10 ** 21, 10 ** 22)
    if "fedex" in c:
        return "%012d" % rng.randrange(10 ** 12)
    if "seur" in c:
        return "%017d" % rng.randrange(10 ** 16, 10 ** 17)
    pre = {"mrw": "MRW", "gls": "GLS", "nacex": "NX", "ctt express": "CTT", "paquetexpress": "PX", "redpack": "RP",
           "99minutos": "99M"}.get(c, "TRK")
    return "%s%010d" % (pre, rng.randrange(10 ** 10))


def vacancy(rng, lang="en"):
    """job vacancy / requisition codes: NOT labelled"""
    if lang == "en":
        return rng.choice(["VAC-%04d" % rng.randrange(10000), "JOB-UK-%04d" % rng.randrange(10000),
                           "REQ%05d" % rng.randrange(10 ** 5)])
    return rng.choice(["OF-2026-%03d" % rng.randrange(1000), "VAC-%04d" % rng.randrange(10000),
                       "REQ%05d" % rng.randrange(10 ** 5)])


def sku(rng):
    """product codes: NOT labelled"""
    return rng.choice(["OLL-DUV-%s-%s" % (rng.choice(["SG", "DB", "KG"]), rng.choice(["STN", "RSP", "OLV", "TER"])),
                       "SKU %d" % rng.randrange(40000, 49999), "REF. %d" % rng.randrange(1000, 9999),
                       "TZ-TAL-%03d" % rng.randrange(1000)])


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

AG = {"uk": ("Harbourline Staffing Ltd", "Harbourline", "harbourline.co.uk"),
      "es": ("Harbourline Staffing ETT, S.L.", "Harbourline", "harbourline.es"),
      "co": ("Harbourline Colombia S.A.S.", "Harbourline", "harbourline.com.co")}
SHOP = {"uk": ("Olivo & Lino UK Ltd", "Olivo & Lino", "olivoandlino.co.uk"),
        "es": ("Olivo & Lino Home S.L.", "Olivo & Lino", "olivoylino.es"),
        "mx": ("Olivo y Lino México, S. de R.L. de C.V.", "Olivo y Lino", "olivoylino.mx")}
CLIENTS = {
    "uk": [("Calderbank Logistics Ltd", "Calderbank", "calderbank-logistics.co.uk"),
           ("Pennine Foods plc", "Pennine Foods", "penninefoods.com"),
           ("Aire Valley Cold Store Ltd", "Aire Valley", "airevalleycold.co.uk"),
           ("Northfield Care Homes", "Northfield", "northfieldcare.org.uk"),
           ("Severn Bridge Packaging Ltd", "Severn Bridge", "sbpack.co.uk"),
           ("Kingfisher Hotels Group", "Kingfisher", "kingfisherhotels.co.uk"),
           ("Moorgate Facilities Management", "Moorgate FM", "moorgatefm.com"),
           ("Ridgeway Print & Mail Ltd", "Ridgeway", "ridgewayprint.co.uk"),
           ("Tidewater Seafoods (Grimsby) Ltd", "Tidewater", "tidewaterseafoods.co.uk"),
           ("Bryn Celyn Dairies", "Bryn Celyn", "bryncelyn.wales")],
    "es": [("Frutas Vega Baja S.L.", "Frutas Vega Baja", "frutasvegabaja.es"),
           ("Hotel Miramar Alicante", "Hotel Miramar", "hotelmiramar.es"),
           ("Logística Henares S.A.", "Logística Henares", "logisticahenares.com"),
           ("Conservas Rías Baixas, S.L.", "Conservas Rías Baixas", "riasbaixas.gal"),
           ("Bodegas Ocaña e Hijos S.A.", "Bodegas Ocaña", "bodegasocana.es"),
           ("Clínica Dental Sonrisas", "Clínica Sonrisas", "clinicasonrisas.es"),
           ("Limpiezas Brillo Total S.L.", "Brillo Total", "brillototal.es"),
           ("Grupo Hostelero Triana", "Grupo Triana", "grupotriana.es"),
           ("Cárnicas del Segura S.A.", "Cárnicas del Segura", "carnicasdelsegura.es"),
           ("Almacenes Txingudi S.L.", "Txingudi", "txingudi.eus")],
    "co": [("Confecciones La Estrella S.A.S.", "Confecciones La Estrella", "laestrella.com.co"),
           ("Flores de la Sabana S.A.S.", "Flores de la Sabana", "floresdelasabana.co"),
           ("Call Center Andino Ltda.", "Call Center Andino", "ccandino.com.co"),
           ("Distribuidora El Progreso S.A.S.", "El Progreso", "elprogreso.com.co"),
           ("Café Alto de Mesa S.A.S.", "Café Alto de Mesa", "altodemesa.co"),
           ("Seguridad Atlas Ltda.", "Seguridad Atlas", "seguridadatlas.com.co"),
           ("Textiles Guatapé S.A.S.", "Textiles Guatapé", "textilesguatape.co")],
}
PREV_EMP = {
    "uk": ["Tesco", "Royal Mail", "Leeds Teaching Hospitals NHS Trust", "Brookline Retail",
           "Argos", "Whitbread", "Yorkshire Water", "Holloway & Dunn Solicitors",
           "Hollins Bakery Ltd", "Morrisons", "Primark", "Greencore"],
    "es": ["Mercadona", "Eroski", "El Corte Inglés", "Carrefour", "Inditex",
           "Hoteles Meliá", "Grupo Vips", "Lidl", "Frigoríficos Bermeo S.A.",
           "Talleres Hermanos Rubio"],
    "co": ["Grupo Éxito", "Alkosto", "Postobón", "Teleperformance", "Crepes & Waffles",
           "Almacenes Paraíso", "Tejidos Santa Fe S.A.S.", "Rappi"],
}
UNIS = {"uk": ["University of Leeds", "Cardiff University", "Leeds City College",
               "University of Salford", "Glasgow Caledonian University"],
        "es": ["Universidad de Sevilla", "Universitat de València", "Universidad Complutense de Madrid",
               "IES Miguel Hernández", "Universidad de Deusto"],
        "co": ["Universidad de Antioquia", "Universidad Nacional de Colombia", "SENA",
               "Universidad del Valle", "Politécnico Grancolombiano"]}
BANKS = {"uk": ["Barclays", "NatWest", "Lloyds", "Monzo", "Nationwide", "HSBC"],
         "es": ["Santander", "BBVA", "CaixaBank", "Banco Sabadell", "ING", "Unicaja", "Kutxabank"],
         "co": ["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi"],
         "mx": ["BBVA México", "Banorte", "Santander México", "Banamex"]}
COURIERS = {"uk": ["Royal Mail", "Evri", "DPD", "Parcelforce", "Yodel", "DHL"],
            "es": ["SEUR", "MRW", "Correos Express", "Correos", "GLS", "Nacex", "CTT Express"],
            "mx": ["Estafeta", "Paquetexpress", "DHL Express", "FedEx", "Redpack", "99minutos"]}
PRODUCTS_EN = ["washed linen duvet cover (king, Stone)", "linen napkins x4 (Sage)",
               "Talavera-style mug 350 ml", "waffle bath towel set", "linen cushion cover 45x45 (Terracotta)",
               "stoneware dinner plates x6", "beeswax candle trio", "linen tablecloth 160x250 (Olive)",
               "cotton throw 'Marsh Green'", "bedspread 'Sunny Days' (single)", "Chelsea storage basket"]
PRODUCTS_ES = ["funda nórdica lino lavado 150 (Rosa palo)", "juego de toallas Sol y Arena",
               "taza Talavera 350 ml", "mantel de lino 160x250 (Oliva)", "cojín de lino 45x45 (Teja)",
               "vajilla de gres 18 piezas", "velas de cera de abeja (pack 3)", "colcha 'Luz de Mayo' 180",
               "servilletas de lino x4 (Salvia)", "cesta de yute 'Paz'", "sábanas percal 90 (Blanco)"]


# ---------------------------------------------------------------------------
# Shared pieces: display names, quoted-reply headers, signatures
# ---------------------------------------------------------------------------

def disp(rng, p, em, org=None, k=None):
    k = rng.randrange(10) if k is None else k
    if k < 5:
        return [P(p.full if rng.random() < 0.5 else p.short), " <", E(em), ">"]
    if k < 7:
        nm = p.full if p.eastern else "%s, %s" % (p.surnames, p.call)
        return ['"', P(nm), '" <', E(em), ">"]
    if k < 8 and org:
        return [P(p.short), " (", O(org), ") <", E(em), ">"]
    if k < 9:
        return ["'", P(p.short), "' <", E(em), ">"]
    return [E(em)]


def quote_hdr_en(rng, p, em, dt):
    k = rng.randrange(4)
    if k == 0:
        return ["On %s at %s, " % (d_en_long(dt), rtime(rng)), P(p.short), " <", E(em), "> wrote:\n"]
    if k == 1:
        return ["On %s %s, " % (d_uk(dt), rtime(rng)), P(p.full), " wrote:\n"]
    if k == 2:
        return ["On %s, %s %d, %d at %s %s, " % (EN_DAYS[dt.weekday()], EN_MON[dt.month - 1], dt.day, dt.year,
                                             rtime(rng, 1, 12), rng.choice(["AM", "PM"])),
                P(p.call), " <", E(em), "> wrote:\n"]
    return None  # outlook style, handled by caller


def quote_hdr_es(rng, p, em, dt):
    k = rng.randrange(4)
    if k == 0:
        return ["El %s, %d %s %d a las %s, " % (ES_DAYS[dt.weekday()], dt.day, ES_MON[dt.month - 1], dt.year, rtime(rng)),
                P(p.short), " (<", E(em), ">) escribió:\n"]
    if k == 1:
        return ["El %s a las %s, " % (dt.strftime("%d/%m/%Y"), rtime(rng)), P(p.full), " escribió:\n"]
    if k == 2:
        return ["El %s, %d de %s de %d, %s, " % (ES_DAYS_L[dt.weekday()], dt.day, ES_MON_L[dt.month - 1], dt.year, rtime(rng)),
                P(p.short), " <", E(em), "> escribió:\n"]
    return None


def outlook_block(rng, lang, frm, frm_em, to, to_em, subj, dt):
    if lang == "en":
        return ["-----Original Message-----\nFrom: ", disp(rng, frm, frm_em, k=rng.randrange(7)),
                "\nSent: %s %s\nTo: " % (d_en_words(dt), rtime(rng)), disp(rng, to, to_em, k=rng.randrange(7)),
                "\nSubject: ", subj, "\n\n"]
    return ["De: ", disp(rng, frm, frm_em, k=rng.randrange(7)),
            "\nEnviado el: %s, %s %s\nPara: " % (ES_DAYS_L[dt.weekday()], d_es_words(dt), rtime(rng)),
            disp(rng, to, to_em, k=rng.randrange(7)), "\nAsunto: ", subj, "\n\n"]


def quoted(rng, lang, frm, frm_em, to, to_em, subj, dt, body):
    """Return segments for a quoted earlier message."""
    hdr = quote_hdr_en(rng, frm, frm_em, dt) if lang == "en" else quote_hdr_es(rng, frm, frm_em, dt)
    if hdr is None:
        return ["\n\n"] + outlook_block(rng, lang, frm, frm_em, to, to_em, subj, dt) + [body]
    return ["\n\n"] + hdr + seg_quote(body)


OFFICE = {"uk": ["Unit 4, Aire Street Works, 12 Aire Street, Leeds LS1 4PR",
                 "Suite 210, 3 Callaghan Square, Cardiff CF10 5BT",
                 "2nd Floor, 41 Bothwell Street, Glasgow G2 6NL"],
          "es": ["C/ Colón 44, 3º, 46004 Valencia", "Calle Orense 12, 1ª planta, 28020 Madrid",
                 "Avda. de Ansaldo 19, 03201 Elche"],
          "co": ["Calle 93 # 11A-28 of. 402, Bogotá", "Carrera 43A # 1 Sur-100, Medellín"],
          "mx": ["Av. Chapultepec 480 Int. 12, Col. Roma Norte, C.P. 06700, Ciudad de México, CDMX"]}
TITLES_EN = ["Recruitment Consultant", "Senior Recruitment Consultant", "Branch Manager",
             "Compliance Officer", "Payroll & Compliance Administrator", "Account Manager",
             "Resourcer", "On-site Manager"]
TITLES_ES = ["Consultora de Selección", "Técnico de Selección", "Responsable de Delegación",
             "Administración de Personal", "Coordinadora de Nóminas", "Gestor de Cuentas",
             "Analista de Talento Humano", "Coordinador de Operaciones"]


def sig_agency(rng, p, ctx, lang, em=None):
    full, short, dom = AG[ctx]
    em = em or email_of(rng, p, ctx, dom)
    title = rng.choice(TITLES_EN if lang == "en" else TITLES_ES)
    out = ["\n--\n" if rng.random() < 0.5 else "\n\n", P(p.full if rng.random() < 0.7 else p.short), "\n",
           title, " | ", O(full if rng.random() < 0.6 else short), "\n"]
    ph = PHONE[ctx](rng)
    if lang == "en":
        out += [rng.choice(["T: ", "Tel: ", "Direct: ", "M: "]), PH(ph)]
        if rng.random() < 0.5:
            out += [" | M: ", PH(PHONE[ctx](rng, rng.randrange(6)))]
    else:
        out += [rng.choice(["Tel.: ", "Móvil: ", "T. ", "Cel. "]), PH(ph)]
    out += ["\n", E(em)]
    if rng.random() < 0.6:
        out += ["\n", AD(rng.choice(OFFICE[ctx]))]
    if rng.random() < 0.35:
        if lang == "en":
            out += ["\n\n", O(full), " is registered in England and Wales, company no. %08d. "
                    "This e-mail and any attachments are confidential." % rng.randrange(10 ** 8)]
        else:
            out += ["\n\nAVISO LEGAL: este mensaje es confidencial. Responsable del tratamiento: ",
                    O(full), ", CIF B%08d." % rng.randrange(10 ** 8)]
    return out


def sig_shop(rng, p, market, lang):
    full, short, dom = SHOP[market]
    team = {"en": "Customer Care", "es": "Atención al cliente"}[lang]
    out = ["\n\n", P(p.call if rng.random() < 0.5 else p.short), "\n", team, " · ", O(short if rng.random() < 0.7 else full)]
    if rng.random() < 0.6:
        out += ["\n", PH(PHONE[market](rng, rng.choice([6, 7, 8, 9]) if market != "mx" else 8))]
    if rng.random() < 0.5:
        box = {"uk": "help", "es": "atencion", "mx": "hola"}[market]
        out += [" · ", E(box + "@" + dom)]
    return out


class Clock:
    """increasing HH:MM times within one conversation"""

    def __init__(self, rng, h0, h1=None):
        self.rng = rng
        self.t = h0 * 60 + rng.randrange(60)

    def __call__(self, step=25):
        self.t += self.rng.randrange(0, step)
        return "%02d:%02d" % ((self.t // 60) % 24, self.t % 60)


KIN = {"en": {"f": ["sister", "mum", "wife", "daughter", "partner", "neighbour", "mother-in-law", "friend"],
              "m": ["brother", "dad", "husband", "son", "partner", "neighbour", "father-in-law", "friend"]},
       "es": {"f": ["hermana", "madre", "mujer", "hija", "pareja", "vecina", "suegra", "cuñada", "tía"],
              "m": ["hermano", "padre", "marido", "hijo", "pareja", "vecino", "suegro", "cuñado", "tío"]},
       "EN": {"f": ["WIFE", "MOTHER", "SISTER", "PARTNER", "FRIEND", "DAUGHTER"],
              "m": ["HUSBAND", "FATHER", "BROTHER", "PARTNER", "FRIEND", "SON"]},
       "ES": {"f": ["MAMÁ", "ESPOSA", "HERMANA", "TÍA", "HIJA"], "m": ["PAPÁ", "ESPOSO", "HERMANO", "TÍO", "HIJO"]}}


def kin(rng, pp, ctx, lang, only=None):
    """a relative: (word, Person) with matching gender"""
    cands = [(w, g) for g in ("f", "m") for w in KIN[lang][g] if only is None or w in only]
    w, g = rng.choice(cands)
    return w, pp(ctx, gender=g)


def org_domain(org):
    for c in CLIENTS.values():
        for full, short, dom in c:
            if org in (full, short):
                return dom
    base = slug(re.sub(r"\b(S\.?A\.?S?\.?|S\.L\.|Ltd|plc|Ltda\.?|NHS|Trust|Group)\b", "", org))
    return (base[:18] or "empresa") + rng_tld(org)


def rng_tld(org):
    if any(w in org for w in ("S.A.S", "Ltda", "Éxito", "Postobón", "Alkosto", "Rappi", "Paraíso", "Crepes")):
        return ".com.co"
    if any(w in org for w in ("Tesco", "NHS", "Ltd", "plc", "Argos", "Water", "Retail", "Royal", "Primark", "Morrisons",
                              "Whitbread", "Greencore", "Solicitors")):
        return ".co.uk"
    return ".es"


def cap1(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# Recruitment agency, English
# ---------------------------------------------------------------------------

JOBS_EN = ["Warehouse Operative (nights)", "Care Assistant", "Forklift Driver (Counterbalance)",
           "Receptionist", "Kitchen Porter", "Payroll Administrator", "HGV Class 2 Driver",
           "Production Operative", "Customer Service Advisor", "Cleaner (early shifts)",
           "Food Packer", "Housekeeper"]


def r_en_application(rng, d):
    pp = People(rng)
    c, r = pp("uk"), pp("uk")
    cem = email_of(rng, c, "uk")
    rem = email_of(rng, r, "uk", AG["uk"][2])
    cl = rng.choice(CLIENTS["uk"])
    prev = rng.choice(PREV_EMP["uk"])
    job = rng.choice(JOBS_EN)
    vac = vacancy(rng)
    dt = rdate(rng)
    addr, pc, town = addr_uk(rng)
    ph = phone_uk(rng, rng.randrange(6))
    yrs = rng.randrange(2, 12)
    body = ["Hi ", P(r.call), ",\n\n" if rng.random() < 0.7 else ", \n\n"]
    body += segs_of(rng.choice([
        "I saw the {job} role on your website (ref {vac}) and would like to apply. ",
        "I'm interested in the {job} job advertised on Indeed, ref {vac}. ",
        "My friend {fr} said you were looking for a {job} ({vac}) so I am sending my CV. "]),
        job=job, vac=vac, fr=P(pp("uk").call))
    body += segs_of("I have {yrs} years' experience, most recently at {prev} where I reported to {mt} {ms}. ",
                    yrs=str(yrs), prev=O(prev), mt=rng.choice(["Mr", "Mrs", "Ms"]), ms=P(pp("uk").surname))
    if rng.random() < 0.5:
        body += ["I hold a valid forklift licence and I can start from %s. " % d_en_words(rdate(rng))]
    body += ["\n\nMy mobile is ", PH(ph), " and I'm currently living at ", AD(addr), ".\n"]
    if rng.random() < 0.35:
        body += ["My NI number is ", NI(nino(rng)), " if you need it for the registration.\n"]
    if rng.random() < 0.6:
        ref = pp("uk")
        rorg = rng.choice(PREV_EMP["uk"])
        body += ["My referee is ", P(ref.full), " at ", O(rorg), " (", PH(phone_uk(rng)), ").\n"]
    if rng.random() < 0.4:
        body += ["I can't do Sundays, I hope that is ok.\n"]
    body += ["\n", rng.choice(["Kind regards", "Many thanks", "Regards", "Thanks"]), ",\n",
             P(c.full if rng.random() < 0.6 else c.call)]
    subj = ["Application - ", job, " (", vac, ")"]
    if rng.random() < 0.5:
        cid = cand_id(rng)
        d.add("From: ", disp(rng, r, rem), "\nTo: ", disp(rng, c, cem, k=rng.randrange(5)),
              "\nSubject: RE: ", subj, "\nDate: %s %s\n\n" % (d_en_long(dt), rtime(rng)))
        d.add("Hi ", P(c.call), ",\n\nThanks for your application. I've registered you on our system - your candidate reference is ",
              CI(cid), ". ")
        d.add(rng.choice([
            ["Could you send proof of your right to work (passport or share code) before ",
             d_en_long(dt + _dt.timedelta(days=rng.randrange(2, 6))), "? "],
            ["Please bring your passport and a proof of address to the branch on ", EN_DAYS_L[(dt.weekday() + 2) % 7], ". "]]))
        d.add(O(cl[1]), rng.choice([" are interviewing next week and I think you'd be a great fit.",
                                   " have a start available on nights; I'll call you later today."]))
        if rng.random() < 0.5:
            col = pp("uk")
            d.add(" My colleague ", P(col.short), " will be in touch about the induction.")
        d.add(sig_agency(rng, r, "uk", "en", rem))
        d.add(quoted(rng, "en", c, cem, r, rem, subj, dt, body))
    else:
        d.add("From: ", disp(rng, c, cem), "\nTo: ", E(rem), "\nSubject: ", subj,
              "\nDate: %s %s\n\n" % (d_en_long(dt), rtime(rng)))
        d.add(body)
    d.add("\n")


def r_en_ats_notes(rng, d):
    pp = People(rng)
    c, r, r2 = pp("uk"), pp("uk"), pp("uk")
    cl = rng.choice(CLIENTS["uk"])
    contact = pp("uk")
    cid = cand_id(rng)
    dt = rdate(rng)
    lo = rng.random() < 0.7
    cn = (lambda s: s.lower()) if lo else (lambda s: s)
    d.add("Candidate: ", P(c.table if rng.random() < 0.5 else c.full.upper()), "  [", CI(cid), "]\n")
    if rng.random() < 0.5:
        d.add("Owner: ", P(r.short), "   ")
    d.add("Status: ", rng.choice(["Placed", "Interviewing", "Available", "On hold"]), "\n")
    d.add("Activity log (newest last)\n")
    lines = []
    day = dt
    who = rng.random() < 0.5

    def stamp():
        nonlocal day
        day = day + _dt.timedelta(days=rng.randrange(0, 3))
        return "%s %s " % (day.strftime("%d/%m"), rtime(rng))
    ph = phone_uk(rng, rng.choice([0, 4, 1]))
    lines.append([stamp(), P(cn(r.call)), ": ", typo(rng, rng.choice(["rang ", "called ", "tried "])),
                  P(cn(c.call)), typo(rng, " - no answer, left vm on "), PH(ph)])
    lines.append([stamp(), P(cn(r.call)), ": ", P(cn(c.call)), typo(rng, rng.choice([
        " called back. happy w nights at ", " rang back, ok with 6-2 shifts at "])), O(cn(cl[1])),
        typo(rng, rng.choice([". cant do weekends (childcare)", ", no car so needs bus route", ". may need flt refresher"])),
        typo(rng, rng.choice([". background check in progress", "", ". says cant start til june", ". wants min 30 hrs"]))])
    lines.append([stamp(), P(cn(r.call)), ": ", typo(rng, "spoke to "), P(cn(contact.full if rng.random() < 0.5 else contact.call)),
                  " @ ", O(cn(cl[1])), typo(rng, rng.choice([
                      " - wants " + c.obj() + " for trial shift mon 6am", " re start date, they said asap",
                      " - ok to interview thurs 2pm, ask for " ])), ])
    if lines[-1][-1].endswith("ask for "):
        lines[-1] += [P(cn(pp("uk").call)), " on reception"]
    pas = uk_passport(rng) if rng.random() < 0.5 else None
    if pas:
        lines.append([stamp(), P(cn(r2.call)), ": ", typo(rng, "RTW - " + c.pos() + " passport no "), NI(pas),
                      typo(rng, " checked, copy on file. share code not needed (british)")])
    else:
        lines.append([stamp(), P(cn(r2.call)), ": ", typo(rng, "NI no given as "), NI(nino(rng)),
                      rng.choice([[", ", O(cn("HMRC")), " letter seen"], [typo(rng, ", need p45 from last job")],
                                  [typo(rng, " - check spelling w candidate")]])])
    lines.append([stamp(), P(cn(r.call)), ": ", typo(rng, rng.choice([
        "started today. " + c.pro("en") + " says pay rate quoted by ",
        "timesheet query - " + c.pro("en") + " thinks the rate from "])), P(cn(r2.call)),
        typo(rng, " was 12.60 not 12.21?? check w payroll")])
    if rng.random() < 0.4:
        ref = pp("uk")
        lines.append([stamp(), P(cn(r2.call)), ": ", typo(rng, "ref from "), P(cn(ref.full)), " (",
                      O(cn(rng.choice(PREV_EMP["uk"]))), typo(rng, rng.choice([") back, v positive", ") - only dates confirmed", ") chased x2"]))])
    if rng.random() < 0.5:
        lines.append([stamp(), P(cn(r.call)), ": ", typo(rng, "new address "), AD(addr_uk(rng, lower=lo)[0]),
                      typo(rng, " - updated")])
    if rng.random() < 0.35:
        lines.append([stamp(), P(cn(r2.call)), ": ", typo(rng, "bank details rcvd, iban "),
                      IB(iban(rng, "GB", spaced=False).lower() if lo else iban(rng, "GB")), typo(rng, " - sent to payroll")])
    if rng.random() < 0.4:
        lines.append([stamp(), P(cn(r.call)), ": ", typo(rng, "payroll ref "), CI(payroll_id(rng)),
                      typo(rng, " set up, first pay fri")])
    for ln in lines:
        if not who:
            ln = [ln[0]] + ["- "] + ln[3:]
        d.add(ln, "\n")


def r_en_shortlist(rng, d):
    pp = People(rng)
    cl = rng.choice(CLIENTS["uk"])
    job = rng.choice(JOBS_EN)
    cons = [pp("uk") for _ in range(2)]
    dt = rdate(rng)
    d.add("Shortlist export - ", O(cl[0]), " - ", job, " (", vacancy(rng), ") - generated ", d_uk(dt), "\n")
    cols = rng.choice([
        ["candidate_id", "name", "email", "mobile", "postcode", "rtw", "status", "consultant"],
        ["Ref", "Candidate", "Mobile", "Email", "Postcode", "RTW check", "Stage", "Owner"]])
    with_ni = rng.random() < 0.5
    if with_ni:
        cols = cols[:4] + (["ni_number"] if cols[0] == "candidate_id" else ["NI No"]) + cols[4:]
    d.add(",".join(cols), "\n")
    n = rng.randrange(3, 6)
    for i in range(n):
        c = pp("uk")
        nm = "%s, %s" % (c.surnames, c.given) if not c.eastern else c.full
        if rng.random() < 0.25:
            nm = nm.upper()
        quote = "," in nm
        em = email_of(rng, c, "uk")
        mob = phone_uk(rng, rng.choice([0, 1, 2, 4]))
        pc = uk_postcode(rng, rng.choice(UK_TOWNS)[1])
        rtw = rng.choice(["Passport seen", "Share code verified", "Pending", "BRP expired", "EU settled status"])
        stg = rng.choice(["Interview booked", "CV sent", "Rejected", "Offer", "Withdrawn", "Placed"])
        own = rng.choice(cons)
        ownf = rng.choice([own.first_init, own.call, own.short])
        cells = {"id": [CI(cand_id(rng))], "name": (['"', P(nm), '"'] if quote else [P(nm)]),
                 "email": [E(em)], "mob": [PH(mob)], "pc": [pc], "rtw": [rtw], "stg": [stg], "own": [P(ownf)]}
        if rng.random() < 0.12:
            cells["email"] = [""]
        order = ["id", "name", "email", "mob", "pc", "rtw", "stg", "own"] if cols[0] == "candidate_id" else \
            ["id", "name", "mob", "email", "pc", "rtw", "stg", "own"]
        if with_ni:
            cells["ni"] = [NI(nino(rng, rng.choice([0, 1])))] if rng.random() < 0.85 else [""]
            order = order[:4] + ["ni"] + order[4:]
        for j, k in enumerate(order):
            if j:
                d.add(",")
            d.add(cells[k])
        d.add("\n")
    d.add("%d rows\n" % n)


def r_en_panel(rng, d):
    pp = People(rng)
    cl = rng.choice(CLIENTS["uk"])
    job = rng.choice(JOBS_EN)
    c = pp("uk")
    panel = [pp("uk") for _ in range(rng.choice([2, 2, 3]))]
    rec = pp("uk")
    dt = rdate(rng)
    d.add("INTERVIEW NOTES - ", job, " - ", O(cl[1]), "\n")
    d.add("Date: %s   Location: " % d_uk(dt), rng.choice(["Teams", "on site", [O(AG["uk"][1]), " branch, room 2"]]), "\n")
    d.add("Panel: ")
    roles = ["Shift Manager", "HR Business Partner", "Ops Director", "Site Lead", "Recruitment Consultant"]
    for i, pm in enumerate(panel):
        if i:
            d.add(", ")
        if rng.random() < 0.3:
            d.add(pm.tit("en", rng), " ")
        d.add(P(pm.full), " (", rng.choice(roles), ")")
    d.add("\nCandidate: ", P(c.full), " (", CI(cand_id(rng)), ")\n\n")
    d.add("Notes (", P(panel[0].call), "):\n")
    mgr = pp("uk")
    prev = rng.choice(PREV_EMP["uk"])
    d.add("- ", P(c.call), " explained gap in CV (2023-24): caring for ", c.pos(), " mother. Seemed genuine.\n")
    d.add("- Previously at ", O(prev), " under ", mgr.tit("en", rng), " ", P(mgr.surname), "; left because the site closed.\n")
    d.add("- Good answer on manual handling. ", rng.choice(["Will need a buddy for the first week.",
                                                        "Will be fine on the reach truck after induction.",
                                                        "May struggle with the 5am start (two buses)."]), "\n")
    if rng.random() < 0.6:
        d.add("- Asked about pay dates; ", P(panel[-1].call), " to confirm with payroll.\n")
    if rng.random() < 0.5:
        d.add("\nScores: ")
        for i, pm in enumerate(panel):
            if i:
                d.add(", ")
            d.add(P(pm.call if rng.random() < 0.6 else pm.first_init), " %d/5" % rng.randrange(2, 6))
    else:
        d.add("\nScore: %d/20" % rng.randrange(8, 20))
    d.add("\nOutcome: ", rng.choice(["Offer", "Second interview", "Reserve list", "Not progressed"]),
          ". Feedback to be given by ", P(rec.short), " (", O(AG["uk"][1]), ").\n")


def r_en_reference(rng, d):
    pp = People(rng)
    c, ref, rec = pp("uk"), pp("uk"), pp("uk")
    org = rng.choice(PREV_EMP["uk"] + [x[0] for x in CLIENTS["uk"]])
    dt = rdate(rng)
    d.add(O(org), "\n", AD(addr_uk(rng)[0]), "\n\n", d_en_words(dt), "\n\n")
    d.add("Dear ", rec.tit("en", rng), " ", P(rec.surname), ",\n\n")
    d.add("Re: ", P(c.full), " - reference request (your ref ", CI(cand_id(rng)), ")\n\n")
    y0 = rng.randrange(2015, 2023)
    d.add("I can confirm that ", c.tit("en", rng), " ", P(c.surname), " was employed by ", O(org),
          " from %s %d to %s %d as a %s, reporting to " % (rng.choice(EN_MON_L), y0, rng.choice(EN_MON_L), y0 + rng.randrange(1, 4),
                                                         rng.choice(["Team Leader", "Care Assistant", "Picker/Packer", "Receptionist", "Driver"])))
    mgr = pp("uk")
    d.add(P(mgr.full), ". ")
    d.add(cap1(c.pro("en")), rng.choice([" was reliable and punctual and ", " was a popular member of the team and "]),
          "I would re-employ ", c.obj(), ". ")
    if rng.random() < 0.5:
        d.add("To be frank, ", c.pos(), " sickness record in the last year was not perfect, but this was due to a family bereavement. ")
    d.add("During ", P(c.call), "'s time with us ", c.pro("en"), " also trained new starters, including ",
          P(pp("uk").full), ".\n\n")
    d.add("Please do not hesitate to contact me on ", PH(phone_uk(rng)), " or at ",
          E(email_of(rng, ref, "uk", org_domain(org))), " if you need anything further.\n\n")
    d.add("Yours sincerely,\n\n", P(ref.full), "\n", rng.choice(["HR Manager", "Operations Manager", "Registered Manager", "Owner"]),
          ", ", O(org), "\n")


def r_en_payslip(rng, d):
    pp = People(rng)
    w, pay, sup = pp("uk"), pp("uk"), pp("uk")
    cl = rng.choice(CLIENTS["uk"])
    wem = email_of(rng, w, "uk")
    pem = rng.choice(["payroll@harbourline.co.uk", email_of(rng, pay, "uk", "harbourline.co.uk")])
    dt = rdate(rng)
    wk = rng.randrange(1, 52)
    eid = emp_id(rng)
    k = rng.randrange(3)
    body = [["Hi payroll team,"], ["Hello,"], ["Hi ", P(pay.call), ","]][k]
    body += ["\n\n", typo(rng, "I think I've been underpaid for week %d. I worked 4 nights at " % wk), O(cl[1]),
             typo(rng, " but my payslip only shows 3. My supervisor "), P(sup.call if rng.random() < 0.5 else sup.short),
             typo(rng, " signed the timesheet on the Friday.\n\n")]
    body += ["My employee number is ", CI(eid), " and my NI number is ", NI(nino(rng)), ".\n"]
    if rng.random() < 0.8:
        cc = rng.choice(["GB", "GB", "GB", "PL", "RO", "PT"])
        if cc == "GB":
            bn, ib = bank_iban(rng, "GB")
            body += ["Also I have changed bank, please use ", IB(ib), " from next week (account is with ", O(bn), ")"]
        else:
            body += ["Also I have changed bank, please use ", IB(iban(rng, cc)), " from next week",
                     " (it's my account back home, is that ok?)"]
        body += [".\n"]
    body += ["\nThanks,\n", P(w.short if rng.random() < 0.5 else w.call), "\n", PH(phone_uk(rng, rng.randrange(6)))]
    if rng.random() < 0.5:
        d.add("From: ", disp(rng, pay, pem), "\nTo: ", disp(rng, w, wem), "\nSubject: RE: payslip wk %d\n\n" % wk)
        d.add("Hi ", P(w.call), ",\n\nThanks - I've checked with ", P(pp("uk").short), " at ", O(cl[1]),
              " and the 4th shift was approved late, so it will go through in week %d as arrears. " % (wk % 52 + 1))
        if rng.random() < 0.5:
            d.add("Your bank details have been updated; the first payment to the new account will show your payroll number ",
                  CI(payroll_id(rng)), " as the reference.")
        d.add("\n\nRegards,\n", P(pay.short), "\nPayroll, ", O(AG["uk"][0]))
        d.add(quoted(rng, "en", w, wem, pay, pem, "payslip wk %d" % wk, dt, body), "\n")
    else:
        d.add("From: ", disp(rng, w, wem), "\nTo: ", E(pem), "\nSubject: payslip wk %d\n\n" % wk)
        d.add(body, "\n")


NAT_OF = {"en": ["BRITISH"], "wel": ["BRITISH"], "sco": ["BRITISH"], "ir": ["IRISH", "BRITISH"],
          "sa": ["BRITISH", "BRITISH", "INDIAN", "PAKISTANI", "BANGLADESHI"],
          "waf": ["BRITISH", "NIGERIAN", "GHANAIAN", "SOMALI"], "pl": ["POLISH"], "ro": ["ROMANIAN"],
          "ua": ["UKRAINIAN"], "es": ["SPANISH"], "cat": ["SPANISH"], "eus": ["SPANISH"], "gal": ["SPANISH"],
          "co": ["COLOMBIAN"], "it": ["ITALIAN"], "pt": ["PORTUGUESE", "BRAZILIAN"], "tr": ["TURKISH", "BRITISH"],
          "arab": ["BRITISH", "MOROCCAN", "EGYPTIAN"], "cn": ["CHINESE", "BRITISH"], "hk": ["BRITISH", "CHINESE"],
          "cnw": ["BRITISH"], "ko": ["SOUTH KOREAN"], "vn": ["VIETNAMESE", "BRITISH"], "fil": ["FILIPINO"],
          "de": ["GERMAN"], "nl": ["DUTCH"]}


def r_en_rtw_form(rng, d):
    pp = People(rng)
    c = pp("uk")
    chk = pp("uk")
    up = lambda s: s.upper()
    d.add("RIGHT TO WORK CHECK - ", O(AG["uk"][0].upper()), "\n")
    d.add("SURNAME: ", P(up(c.surnames)), "\n")
    d.add("FORENAME(S): ", P(up(c.given)), "\n")
    if rng.random() < 0.4 and c.nick:
        d.add("KNOWN AS: ", P(up(c.nick)), "\n")
    d.add("DOB: %s\n" % d_uk(dob(rng)))
    nat = rng.choice(NAT_OF.get(c.origin, ["BRITISH"]))
    d.add("NATIONALITY: %s\n" % nat)
    if nat in ("BRITISH", "IRISH"):
        d.add("DOCUMENT: PASSPORT   NO: ", NI(uk_passport(rng)), "\n")
    elif nat == "SPANISH" and rng.random() < 0.5:
        d.add("DOCUMENT: PASSPORT (ESP)   NO: ", NI(es_passport(rng)), "\n")
    elif nat == "SPANISH":
        d.add("DOCUMENT: DNI   NO: ", NI(dni(rng, 0)), "   SHARE CODE: W%s %s %s\n" % (digits(rng, 2), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(rng, 3)))
    elif nat == "COLOMBIAN":
        d.add("DOCUMENT: PASSPORT   NO: ", NI(co_passport(rng)), "   SHARE CODE: PENDING\n")
    else:
        d.add("DOCUMENT: SHARE CODE W%s%s   PASSPORT NO: " % (digits(rng, 3), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))),
              NI(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)), "\n")
    d.add("NI NUMBER: ", NI(nino(rng, rng.choice([0, 1]))), "\n")
    if rng.random() < 0.6:
        cc = {"POLISH": "PL", "ROMANIAN": "RO", "SPANISH": "ES", "PORTUGUESE": "PT", "ITALIAN": "IT",
              "GERMAN": "DE"}.get(nat, "GB")
        d.add("PAYROLL BANK IBAN: ", IB(iban(rng, cc)), "\n")
    a = addr_uk(rng, upper=True)[0]
    d.add("HOME ADDRESS: ", AD(a), "\n")
    d.add("MOBILE: ", PH(phone_uk(rng, rng.randrange(6))), "\n")
    d.add("EMAIL: ", E(email_of(rng, c, "uk").upper() if rng.random() < 0.3 else email_of(rng, c, "uk")), "\n")
    d.add("CANDIDATE NO: ", CI(cand_id(rng)), "\n")
    kw, kp = kin(rng, pp, "uk", "EN")
    d.add("EMERGENCY CONTACT: ", P(up(kp.full)), " (", kw,
          ") ", PH(phone_uk(rng, rng.randrange(6))), "\n")
    d.add("CHECKED BY: ", P(up(chk.short)), "   DATE: %s\n" % d_uk(rdate(rng)))
    d.add("I CONFIRM THE ORIGINAL DOCUMENT WAS SEEN IN THE PRESENCE OF THE HOLDER.\n")


def r_en_whatsapp(rng, d):
    pp = People(rng)
    cl = rng.choice(CLIENTS["uk"])
    boss = pp("uk")
    ws = [pp("uk") for _ in range(4)]
    dt = rdate(rng)
    fmt = rng.randrange(2)

    labels = {}

    def ln(p, tm, *msg):
        if p.full not in labels:
            labels[p.full] = p.call if rng.random() < 0.7 else p.short
        nm = labels[p.full]
        if fmt == 0:
            d.add("%s, %s - " % (dt.strftime("%d/%m/%Y"), tm), P(nm), ": ", *msg, "\n")
        else:
            d.add("[%s, %s:%02d] " % (dt.strftime("%d/%m/%Y"), tm, rng.randrange(60)), P(nm), ": ", *msg, "\n")
    t = [rtime(rng, 5, 6), rtime(rng, 6, 7), rtime(rng, 7, 8), rtime(rng, 8, 9), rtime(rng, 9, 10), rtime(rng, 10, 11),
         rtime(rng, 11, 12), rtime(rng, 12, 13)]
    d.add("%s, %s - Messages and calls are end-to-end encrypted.\n" % (dt.strftime("%d/%m/%Y"), t[0]))
    if rng.random() < 0.5:
        d.add("%s, %s - " % (dt.strftime("%d/%m/%Y"), t[0]), P(boss.short), " created group \"", O(cl[1]), " nights wk%d\"\n" % rng.randrange(1, 52))
    ln(boss, t[1], "Morning all. Shifts for tonight: ", P(ws[0].call), " and ", P(ws[1].call),
       " on goods in. ", P(ws[3].call), " you're on dispatch with the lads from ", O(cl[1]), ".")
    ln(ws[0], t[2], typo(rng, rng.choice(["ok thanks", "👍", "can i swap with someone? got dentist"])))
    ln(ws[3], t[3], typo(rng, "is the minibus still picking up at the garage on "), AD(addr_uk(rng, lower=True)[0].split(",")[0]), "?")
    if rng.random() < 0.6:
        ln(boss, t[4], "Yes 9.15pm. Driver is ", P(pp("uk", gender="m").call), ", his number is ", PH(phone_uk(rng, rng.choice([0, 4]))))
    else:
        ln(boss, t[4], "Yes 9.15pm as usual.")
    if rng.random() < 0.5:
        ln(ws[1], t[5], typo(rng, "@"), P(ws[2].call), typo(rng, " can u give me a lift? will pay petrol"))
        ln(ws[2], t[6], typo(rng, rng.choice(["yh np", "sorry bro car in garage", "ok meet at the roundabout"])))
    if rng.random() < 0.4:
        ln(ws[-1], t[7], typo(rng, "my payslip says emp no "), CI(emp_id(rng)), typo(rng, " but my old one was different?? who do i ask"))
        ln(boss, t[7], "Email ", E("payroll@harbourline.co.uk"), " or ring ", P(pp("uk").call), " in the office on ", PH(phone_uk(rng, 6)))
    if rng.random() < 0.4:
        d.add("%s, %s - " % (dt.strftime("%d/%m/%Y"), t[7]), P(boss.short), " added ", P(pp("uk").short), "\n")


def r_en_call(rng, d):
    pp = People(rng)
    r, c = pp("uk"), pp("uk")
    cl = rng.choice(CLIENTS["uk"])
    dt = rdate(rng)
    R = r.call.upper()
    R_ = P(R) if rng.random() < 0.5 else "ADVISOR"
    d.add("Call recording transcript - %s %s - inbound\n" % (d_uk(dt), rtime(rng)))
    if rng.random() < 0.5:
        d.add("Agent: ", P(r.short), " | Caller: ", c.tit("en", rng), " ", P(c.surname), "\n\n")
    else:
        d.add("Agent: ", P(r.short), " | Caller: withheld number\n\n")
    lines = [
        [R_, ": Good morning, ", O(AG["uk"][1]), " Leeds, ", P(r.call), " speaking, how can I help?"],
        ["CALLER: Hi, yeah, it's ", P(c.full), ", I'm on the ", O(cl[1]), " contract. I'm ringing about my holiday pay."],
        [R_, ": No problem. Can I take your date of birth and the first line of your address?"],
        ["CALLER: ", d_uk(dob(rng)), ", and it's ", AD(addr_uk(rng)[0].split(",")[0] if rng.random() < 0.5 else addr_uk(rng)[0]), "."],
        [R_, ": Thanks", [", ", P(c.call)] if rng.random() < 0.5 else "", ". And do you have your employee number?"],
        ["CALLER: Er, I think it's ", CI(emp_id(rng)), ". ", rng.choice(["Or that might be the old one.", "It's on the app."])],
        [R_, ": That's fine, I've found you. So you've got 22 hours accrued. ", rng.choice(["Will you", "Do you"]),
         " want to book it for the week of the %d%s?" % (rng.randrange(1, 28), rng.choice(["th", "th", "st"]))],
        ["CALLER: Yeah. Also my manager said I need to tell you directly, not ", P(pp("uk").call), "."],
        [R_, ": That's right. I'll email you a confirmation. Is ", E(email_of(rng, c, "uk")), " still right?"],
        ["CALLER: Yes. Or text me on ", PH(phone_uk(rng, rng.choice([0, 1, 4]))), "."],
        [R_, ": Perfect. Anything else, ", c.tit("en", rng), " ", P(c.surname), "?"],
        ["CALLER: No, that's all. Cheers", [", ", P(r.call)] if rng.random() < 0.5 else "", "."],
    ]
    for ln in lines:
        d.add(ln, "\n")
    d.add("[call ended after %d min %02d s]\n" % (rng.randrange(3, 14), rng.randrange(60)))


def r_en_colombia(rng, d):
    pp = People(rng)
    uk, co_r = pp("uk"), pp("co")
    cl = rng.choice(CLIENTS["co"])
    cands = [pp("co") for _ in range(rng.choice([2, 2, 3]))]
    dt = rdate(rng)
    uem = email_of(rng, uk, "uk", "harbourline.co.uk")
    cem = email_of(rng, co_r, "co", "harbourline.com.co")
    d.add("From: ", disp(rng, co_r, cem), "\nTo: ", disp(rng, uk, uem), "\nCc: ", E("operaciones@harbourline.com.co"),
          "\nSubject: Bilingual agents for ", O(cl[1]), " - shortlist\n\n")
    d.add("Hi ", P(uk.call), ",\n\nAs discussed, here are the bilingual candidates for the ", O(cl[0]), " campaign in ",
          rng.choice(["Bogotá", "Medellín", "Cali"]), ":\n\n")
    for i, c in enumerate(cands):
        d.add("%d. " % (i + 1), P(c.full), " - C.C. ", NI(co_cedula(rng)), " - ", PH(phone_co(rng, rng.choice([0, 1, 2]))),
              " - B2 English, %d yrs at " % rng.randrange(1, 6), O(rng.choice(PREV_EMP["co"])), "\n")
        if rng.random() < 0.4:
            d.add("   Lives at ", AD(addr_co(rng)[0]), ", about 40 min from the site.\n")
    d.add("\n", P(cands[0].call), " is the strongest; ", cands[0].pro("en"), " studied at ", O(rng.choice(UNIS["co"])),
          " and did a year in ", rng.choice(["Paris", "Jordan", "London", "Sydney"]), ". ")
    d.add(P(cands[-1].call), " can only start in ", rng.choice(["May", "June", "April"]), " because of notice period.\n\n")
    d.add("Payroll here will be through ", O(AG["co"][0]), ", so each will get an employee code like ", CI(emp_id(rng, "co")),
          " once contracted.\n\nSaludos,\n", P(co_r.short))
    if rng.random() < 0.5:
        d.add("\n", PH(phone_co(rng, 6)))
    d.add("\n")


def r_en_teams(rng, d):
    pp = People(rng)
    a = pp("uk", word=True) if rng.random() < 0.6 else pp("uk")
    b = pp("uk")
    c1, c2, c3 = pp("uk"), pp("uk"), pp("uk", word=True)
    cl, cl2 = rng.sample(CLIENTS["uk"], 2)
    dt = rdate(rng)
    d.add("Teams chat export - %s\n" % d_uk(dt))

    clk = Clock(rng, 9)
    full_names = rng.random() < 0.5

    def ln(p, *msg):
        d.add("[", clk(50), "] ", P(p.short if full_names else p.call), ": ", *msg, "\n")
    ln(a, "have you got anyone for ", O(cl[1]), " tomorrow? they've lost two pickers")
    ln(b, "I've got ", P(c1.short), " and maybe ", P(c2.call), " - will check ", c2.pos(), " availability")
    ln(a, "great. Will ", P(c1.call), " need a hi-vis?")
    ln(b, "no, ", c1.pro("en"), " has one. ", P(c3.call), " from the Bradford branch said ", c1.pro("en"),
       " was brilliant at ", O(cl2[1]))
    if rng.random() < 0.6:
        ln(a, rng.choice(["ha, to be frank I'd take anyone at this point", "hope so, they're fussy",
                          "grace period on the background check is 2 weeks btw"]))
    if rng.random() < 0.5:
        ln(b, "also ", P(c2.call), "'s share code came back - ", NI(nino(rng, 2)), " is the NI no, can you add it to ",
           c2.pos(), " record ", CI(cand_id(rng)), "?")
    if rng.random() < 0.5:
        cov = pp("uk")
        ln(a, "done. who's covering ", P(cov.call), "'s desk while ", cov.pro("en"), "'s on leave in May?")
    if rng.random() < 0.5:
        ln(b, P(c3.short), " I think. or ", P(pp("uk").call))
    if rng.random() < 0.3:
        ln(a, "ok. ", P(c1.call), " can't drive btw, will need the minibus from ", AD(addr_uk(rng)[0]))


def r_en_client_complaint(rng, d):
    pp = People(rng)
    cl = rng.choice(CLIENTS["uk"])
    mgr, am = pp("uk"), pp("uk")
    w1, w2 = pp("uk"), pp("uk")
    mem = email_of(rng, mgr, "uk", cl[2])
    aem = email_of(rng, am, "uk", AG["uk"][2])
    dt = rdate(rng)
    subj = ["Temps on ", rng.choice(["B shift", "nights", "the Saturday overtime"]), " - ", d_uk(dt)]
    body = ["Hi ", P(am.call), ",\n\n",
            "I need to raise a couple of issues with the agency staff you sent us this week.\n\n",
            P(w1.full), " (your ref ", CI(emp_id(rng)), ") left at 3am without telling the shift lead. This is the second time. We don't want ", w1.obj(), " back on site.\n\n",
            P(w2.call), " on the other hand has been excellent - ",
            "our team leader ", P(pp("uk").call), " says ", w2.pro("en"), "'s the best picker we've had from ", O(AG["uk"][1]),
            ". Is there any chance of taking ", w2.obj(), " on permanently, and what would the transfer fee be?\n\n",
            "Also the invoice for week %d has the wrong rate for the forklift drivers.\n\n" % rng.randrange(1, 52),
            rng.choice(["Thanks", "Regards", "Cheers"]), ",\n", P(mgr.short), "\n",
            rng.choice(["Shift Manager", "Warehouse Manager", "HR Advisor"]), ", ", O(cl[0]), "\n", PH(phone_uk(rng, 6))]
    if rng.random() < 0.5:
        d.add("From: ", disp(rng, am, aem), "\nTo: ", disp(rng, mgr, mem, org=cl[1]), "\nSubject: RE: ", subj, "\n\n")
        d.add("Hi ", P(mgr.call), ",\n\nSorry about this. I've spoken to ", P(w1.call), " and ", w1.pro("en"),
              " won't be booked at ", O(cl[1]), " again. I'll send ", P(pp("uk").full), " as a replacement from Monday.\n\n")
        d.add("Really pleased to hear about ", P(w2.call), " - I'll check ", w2.pos(),
              " contract and come back to you on the fee. ", rng.choice(["I hope that helps.", "Will call you tomorrow."]))
        d.add(sig_agency(rng, am, "uk", "en", aem))
        d.add(quoted(rng, "en", mgr, mem, am, aem, subj, dt, body), "\n")
    else:
        d.add("From: ", disp(rng, mgr, mem, org=cl[1]), "\nTo: ", disp(rng, am, aem), "\nSubject: ", subj, "\n\n")
        d.add(body, "\n")


# ---------------------------------------------------------------------------
# Online shop, English
# ---------------------------------------------------------------------------

EN_DECOY = ["To be frank, I expected better packaging.", "I hope this can be sorted quickly.",
            "Will it be back in stock before May?", "The brown box was soaked.", "It's a rich, deep green.",
            "Is there a grace period for returns?", "Can you ship to Jordan?", "We're away in Paris until June.",
            "The bill came to more than the website said.", "The sunny yellow one is lovely.",
            "It was a joy to unpack, honestly.", "May I ask why the price changed?"]


def s_en_livechat(rng, d):
    pp = People(rng)
    ag, cu = pp("uk"), pp("uk")
    cour = rng.choice(COURIERS["uk"])
    oid = order_id(rng, "uk")
    dt = rdate(rng)
    addr, pc, town = addr_uk(rng, lower=rng.random() < 0.4)
    neigh = pp("uk")
    h = rng.randrange(8, 20)
    m = rng.randrange(0, 40)

    def ts():
        nonlocal m
        m += rng.randrange(0, 2)
        return "[%02d:%02d]" % (h, m)
    vis = cu.call.lower() if rng.random() < 0.4 else cu.short
    d.add("Live chat transcript - olivoandlino.co.uk\nStarted: %s %02d:%02d\n" % (d_uk(dt), h, m))
    d.add("Visitor: ", P(vis), "\nEmail: ", E(email_of(rng, cu, "uk")), "\nAgent: ", P(ag.call), "\n\n")
    if rng.random() < 0.5:
        A = lambda *x: d.add(ts(), " ", P(ag.call), " (", O(SHOP["uk"][1]), "): ", *x, "\n")
    else:
        A = lambda *x: d.add(ts(), " Agent: ", *x, "\n")
    if rng.random() < 0.5:
        V = lambda *x: d.add(ts(), " ", P(vis), ": ", *x, "\n")
    else:
        V = lambda *x: d.add(ts(), " Visitor: ", *x, "\n")
    A("Hi ", P(cu.call), ", thanks for waiting. How can I help?")
    V(typo(rng, "hi, my order "), CI(oid), typo(rng, " hasnt arrived, tracking says delivered to neighbour"))
    A("Sorry to hear that. Could you confirm the delivery address please?")
    V(AD(addr))
    A("Thanks. ", O(cour), " say it was left with ", neigh.tit("en", rng), " ", P(neigh.surname), " at no. %d. Have you been able to check?" % rng.randrange(1, 60))
    V(typo(rng, rng.choice(["no one called ", "theres nobody called "])), P(neigh.surname.lower() if rng.random() < 0.3 else neigh.surname),
      typo(rng, " on my street lol. "), rng.choice(EN_DECOY))
    A("I completely understand. I've opened a claim with ", O(cour), ", your reference is ", CI(ticket_id(rng)),
      ". The tracking number is ", CI(tracking(rng, cour)), ".")
    if rng.random() < 0.5:
        A("If it doesn't turn up in 48 hours I'll send a replacement of the ", rng.choice(PRODUCTS_EN), ".")
    V(typo(rng, rng.choice(["ok thanks ", "cheers ", "thank you "])), P(ag.call.lower() if rng.random() < 0.5 else ag.call))
    d.add("Chat ended by visitor.\n")


def s_en_complaint(rng, d):
    pp = People(rng)
    cu, ag = pp("uk"), pp("uk")
    cem = email_of(rng, cu, "uk")
    aem = "help@olivoandlino.co.uk"
    oid = order_id(rng, "uk")
    prod = rng.choice(PRODUCTS_EN)
    dt = rdate(rng)
    subj = ["Complaint - order ", CI(oid)]
    body = [rng.choice(["Hello,", "Dear Sir/Madam,", "Hi there,"]), "\n\n",
            "I ordered the ", prod, " on %s and it arrived damaged. " % d_en_words(dt),
            rng.choice(EN_DECOY), " ",
            rng.choice(["The courier just threw it over the gate.", "The box had clearly been opened.", "Two plates were in pieces."]),
            "\n\n"]
    if rng.random() < 0.5:
        kw, sp = kin(rng, pp, "uk", "en", ["sister", "mum", "husband", "partner", "dad", "wife"])
        body += ["It was a present for my ", kw, " ", P(sp.call),
                 " and I'm really embarrassed.\n\n"]
    body += ["I would like a full refund to my card. My address is ", AD(addr_uk(rng)[0]), " and my phone number is ",
             PH(phone_uk(rng)), ".\n\n"]
    if rng.random() < 0.3:
        body += ["If the card doesn't work, my IBAN is ", IB(iban(rng, "GB")), ".\n\n"]
    body += [ rng.choice(["Regards", "Thanks", "Yours faithfully"]), ",\n",
             cu.tit("en", rng) + " " if rng.random() < 0.3 else "", P(cu.full)]
    d.add("From: ", disp(rng, ag, aem), "\nTo: ", disp(rng, cu, cem, k=rng.randrange(7)), "\nSubject: RE: ", subj, "\n\n")
    d.add("Dear ", P(cu.call) if rng.random() < 0.6 else [cu.tit("en", rng), " ", P(cu.surname)], ",\n\n")
    d.add("I'm so sorry your order arrived like this. I've arranged a collection with ", O(rng.choice(COURIERS["uk"])),
          " and opened a return under ", CI(rma_id(rng)), ". ")
    d.add(rng.choice(["Your refund will be issued once it's back with us.", "I've refunded you in full today - it can take 3-5 working days.",
                      "As a goodwill gesture I've added a 15% discount code to your account."]))
    if rng.random() < 0.5:
        d.add(" My colleague ", P(pp("uk").call), " in the warehouse will check the packaging.")
    d.add(sig_shop(rng, ag, "uk", "en"))
    d.add(quoted(rng, "en", cu, cem, ag, aem, subj, dt, body), "\n")


def s_en_courier(rng, d):
    pp = People(rng)
    cour = rng.choice(["DPD", "Evri", "Royal Mail", "Yodel"])
    dt = rdate(rng)
    d.add(O(cour), " - delivery exceptions report - depot %04d - %s\n" % (rng.randrange(10000), d_uk(dt)))
    d.add("Account: ", O(SHOP["uk"][0]), "\n\n")
    n = rng.randrange(3, 5)
    for i in range(n):
        cu = pp("uk")
        a = addr_uk(rng, upper=rng.random() < 0.4)[0]
        nm = "%s %s %s" % (cu.tit("en", rng).upper(), cu.given[0], cu.surname.upper()) if rng.random() < 0.5 else None
        d.add("Parcel ", CI(tracking(rng, cour)), " | Order ", CI(order_id(rng, "uk")), " | Recipient: ")
        if nm:
            d.add(cu.tit("en", rng).upper(), " ", P("%s %s" % (cu.given[0], cu.surname.upper())))
        else:
            d.add(P(cu.full))
        d.add(" | ", AD(a), " | ")
        k = rng.randrange(7)
        nb = pp("uk")
        if k == 0:
            d.add("Left with neighbour at no. %d, %s " % (rng.randrange(1, 80), nb.tit("en", rng)), P(nb.surname))
        elif k == 1:
            d.add("Safe place: ", rng.choice(["green bin", "behind the brown gate", "porch", "shed"]))
        elif k == 2:
            d.add("Signed: ", P(nb.surname.upper()))
        elif k == 3:
            d.add("Carded - no answer. Customer rang, tel ", PH(phone_uk(rng, rng.choice([0, 4]))))
        elif k == 4:
            d.add("Handed to ", P(nb.call), " at reception (", O(rng.choice(CLIENTS["uk"])[1]), ")")
        elif k == 5:
            d.add("Address not found - wrong postcode?")
        else:
            d.add("Refused by recipient. Signed ", P(cu.first_init))
        drv = pp("uk")
        if rng.random() < 0.4:
            d.add(" | Driver: ", P(drv.call if rng.random() < 0.6 else drv.short))
        else:
            d.add(" | Route %d" % rng.randrange(10, 99))
        d.add("\n")


def s_en_reviews(rng, d):
    pp = People(rng)
    prod = rng.choice(PRODUCTS_EN)
    d.add("Customer reviews - ", prod, "\n\n")
    texts = ["Will definitely buy again. Rich colour and washes well.", "Such a joy to use. Arrived in May, two days early.",
             "Hope it lasts, the stitching looks a bit loose.", "Frank opinion: nice but overpriced.",
             "Brown paper packaging, no plastic. Love it.", "Colour is more grey than green.",
             "Lovely sunny yellow, brightens the kitchen.", "Bought it after seeing it in a cafe in Paris.",
             "A bit creased but a quick iron sorted it.", "Smaller than expected. Returned it."]
    n = rng.randrange(3, 5)
    picks = rng.sample(texts, n)
    for i in range(n):
        cu = pp("uk")
        stars = rng.randrange(2, 6)
        hl = {5: ["\"Gorgeous\"", "\"Perfect gift\""], 4: ["\"Good value\"", "\"Lovely\""], 3: ["\"OK\"", "\"Fine\""],
              2: ["\"Not for me\"", "\"Disappointed\""]}[stars]
        d.add("★" * stars + "☆" * (5 - stars), " ", rng.choice(hl), "\n")
        d.add(picks[i])
        if rng.random() < 0.35:
            kw, rel = kin(rng, pp, "uk", "en", ["daughter", "son", "neighbour", "mother-in-law", "sister", "brother"])
            d.add(" Got one for my ", kw, " ", P(rel.call), " too.")
        k = rng.randrange(4)
        sig = [cu.first_init, cu.call, cu.short, cu.call.lower()][k]
        d.add("\n- ", P(sig), rng.choice([", verified buyer", ", " + rng.choice(UK_TOWNS)[0], ""]), ", ", d_uk(rdate(rng)), "\n")
        if rng.random() < 0.3:
            ag = pp("uk")
            d.add("  Reply from ", O(SHOP["uk"][1]), ": Thanks ", P(cu.call), "! ", P(ag.call), " from the team.\n")
        d.add("\n")


def s_en_returns_csv(rng, d):
    pp = People(rng)
    d.add("returns_export_%s.csv\n" % rdate(rng).strftime("%Y%m%d"))
    hb = rng.random() < 0.5
    d.add("rma,order_id,customer,email,reason,courier,tracking,refund_gbp" + (",handled_by\n" if hb else "\n"))
    staff = [pp("uk"), pp("uk")]
    n = rng.randrange(3, 6)
    for i in range(n):
        cu = pp("uk")
        cour = rng.choice(COURIERS["uk"])
        nm = cu.full if rng.random() < 0.6 else "%s, %s" % (cu.surname, cu.call)
        d.add(CI(rma_id(rng)), ",", CI(order_id(rng, "uk")), ",")
        d.add(['"', P(nm), '"'] if "," in nm else P(nm))
        d.add(",", E(email_of(rng, cu, "uk")), ",", rng.choice(["damaged", "wrong size", "changed mind", "colour not as pictured", "late delivery", "faulty"]),
              ",", O(cour), ",", CI(tracking(rng, cour)), ",%d.%02d" % (rng.randrange(8, 180), rng.randrange(100)))
        if hb:
            sf = rng.choice(staff)
            d.add(",", P(sf.call.lower() if rng.random() < 0.5 else sf.call))
        d.add("\n")


def s_en_refund_iban(rng, d):
    pp = People(rng)
    cu, ag = pp("uk"), pp("uk")
    cem = email_of(rng, cu, "uk")
    oid = order_id(rng, "uk")
    dt = rdate(rng)
    cc = rng.choice(["GB", "GB", "ES", "IE", "DE", "PT"])
    cc = "GB" if cc == "IE" else cc
    d.add("From: ", disp(rng, cu, cem), "\nTo: ", E("help@olivoandlino.co.uk"), "\nSubject: Refund for ", CI(oid), "\nDate: %s\n\n" % d_en_long(dt))
    d.add("Hi ", O(SHOP["uk"][1]), " team,\n\n")
    d.add("Your colleague ", P(ag.call), " told me on the phone that the refund for my cancelled order could not go back to the card because it has expired. ")
    d.add("Please send it by bank transfer instead:\n\nAccount holder: ", P(cu.full if rng.random() < 0.5 else cu.full.upper()),
          "\nIBAN: ")
    if cc in ("GB", "ES"):
        bn, ib = bank_iban(rng, cc)
        d.add(IB(ib), "\nBank: ", O(bn))
    else:
        d.add(IB(iban(rng, cc)))
    d.add("\n\n")
    if rng.random() < 0.5:
        d.add("The return number was ", CI(rma_id(rng)), " and ", O(rng.choice(COURIERS["uk"])), " collected it on ",
              EN_DAYS_L[rng.randrange(5)], ".\n\n")
    if rng.random() < 0.5:
        kw, sp = kin(rng, pp, "uk", "en", ["wife", "husband", "partner"])
        d.add("If you need to call, my ", kw, " ", P(sp.call), " is usually in: ",
              PH(phone_uk(rng)), ".\n\n")
    d.add("Thanks,\n", P(cu.call), "\n")


def s_en_chatbot(rng, d):
    pp = People(rng)
    cu, ag = pp("uk"), pp("uk")
    oid = order_id(rng, "uk")
    dt = rdate(rng)
    d.add("Conversation started %s %s - channel: web widget\n\n" % (d_uk(dt), rtime(rng)))
    B = lambda *x: d.add("OlivoBot: ", *x, "\n")
    U = lambda *x: d.add("You: ", *x, "\n")
    B("Hi! I'm OlivoBot. What's your name?")
    nm = rng.choice([cu.call, cu.call.lower(), cu.full, cu.short.lower()])
    U(P(nm))
    B("Nice to meet you, ", P(nm), "! How can I help today? (Track order / Returns / Something else)")
    U(typo(rng, rng.choice(["where is my parcel", "track order", "i want to return something"])))
    B("Sure. Please type your order number (e.g. #70001) and the email you used.")
    U(CI(oid), " ", E(email_of(rng, cu, "uk")))
    cour = rng.choice(COURIERS["uk"])
    B("Thanks. Order ", CI(oid), " was sent with ", O(cour), ", tracking ", CI(tracking(rng, cour)), ".")
    U(typo(rng, "it says delivered but its not here. can i talk to a person"))
    B("I'm passing you to a member of our team now.")
    d.add("--- ", P(ag.short), " joined the chat ---\n")
    d.add(P(ag.call), ": Hi ", P(cu.call), ", I've got your order up. ", rng.choice(["Will you be in tomorrow?", "Hope you're OK."]),
          " I can see the driver left it at ", AD(addr_uk(rng)[0]), " - is that your address?\n")
    U(typo(rng, rng.choice(["no thats my old flat!!", "yes but theres nothing here", "that's next door"])))
    d.add(P(ag.call), ": I'm really sorry. I've raised ticket ", CI(ticket_id(rng)), " and we'll resend it today.\n")
    if rng.random() < 0.5:
        d.add("--- chat closed by ", P(ag.call), " ---\n")
    else:
        d.add("--- chat closed ---\n")


def s_en_call(rng, d):
    pp = People(rng)
    ag, cu = pp("uk"), pp("uk")
    oid = order_id(rng, "uk")
    d.add("Call notes / auto-transcript - Customer Care line ", PH(phone_uk(rng, 6)), "\n")
    d.add("Agent: ", P(ag.full), "   Duration: %d:%02d\n\n" % (rng.randrange(2, 12), rng.randrange(60)))
    L = [["AGENT: Thank you for calling ", O(SHOP["uk"][1]), ", you're speaking to ", P(ag.call), "."],
         ["CUSTOMER: Hi ", P(ag.call), ", it's ", cu.tit("en", rng), " ", P(cu.surname), " here, I rang yesterday and spoke to ", P(pp("uk").call), "."],
         ["AGENT: Let me find you. Is that ", P(cu.full), "?"],
         ["CUSTOMER: Yes, that's me. Order ", CI(oid), "."],
         ["AGENT: Thank you. Can you confirm the postcode?"],
         ["CUSTOMER: ", uk_postcode(rng, rng.choice(UK_TOWNS)[1]), "."],
         ["AGENT: Lovely. So the ", rng.choice(PRODUCTS_EN), " is out of stock until ", rng.choice(["May", "June", "April"]),
          ". Would you like to wait or have a refund?"],
         ["CUSTOMER: ", rng.choice(["Refund please. To be frank I'm fed up.", "I'll wait, it's for my daughter's wedding.", "Can I swap it for the green one?"])],
         ["AGENT: No problem. I'll email the confirmation to ", E(email_of(rng, cu, "uk")), " - reference ", CI(ticket_id(rng)), "."],
         ["CUSTOMER: Thanks ", P(ag.call), ", bye."]]
    for ln in L:
        d.add(ln, "\n")


def s_en_crm(rng, d):
    pp = People(rng)
    cu = pp("uk")
    ags = [pp("uk"), pp("uk"), pp("uk")]
    acct = account_id(rng, "uk")
    lo = rng.random() < 0.6
    f = (lambda s: s.lower()) if lo else (lambda s: s)
    d.add("Customer: ", P(cu.full), " | Account ", CI(acct), " | ", E(email_of(rng, cu, "uk")), "\nNotes:\n")
    dt = rdate(rng)
    cour = rng.choice(COURIERS["uk"])
    notes = [
        [P(f(ags[0].call)), " ", dt.strftime("%d/%m"), ": ", typo(rng, "cust rang re order "), CI(order_id(rng, "uk")),
         typo(rng, " - wrong colour sent (got stone instead of sage). rma raised "), CI(rma_id(rng))],
        [P(f(ags[1].call)), " ", (dt + _dt.timedelta(days=1)).strftime("%d/%m"), ": ", typo(rng, "label emailed. cust says "),
         O(f(cour)), typo(rng, " wont collect from flats, can drop at post office")],
        [P(f(ags[0].call)), " ", (dt + _dt.timedelta(days=3)).strftime("%d/%m"), ": ", typo(rng, "parcel back, checked by "),
         P(f(ags[2].call)), typo(rng, ", refund 34.50 done")],
    ]
    if rng.random() < 0.6:
        kw, other = kin(rng, pp, "uk", "en", ["husband", "wife", "neighbour", "son", "daughter"])
        notes.append([P(f(ags[1].call)), " ", (dt + _dt.timedelta(days=5)).strftime("%d/%m"), ": ",
                      typo(rng, "cust called again, says " + cu.pos() + " " + kw + " "),
                      P(f(other.call)), typo(rng, " took the parcel in, not " + cu.obj() + ". new addr for future orders: "),
                      AD(addr_uk(rng, lower=lo)[0])])
    if rng.random() < 0.5:
        notes.append([P(f(ags[2].call)), ": ", typo(rng, "vip - dont charge postage next time. mob "), PH(phone_uk(rng, 4))])
    for n_ in notes:
        d.add("- ", n_, "\n")


def s_en_tsv(rng, d):
    pp = People(rng)
    d.add("Order\tDate\tCustomer\tPostcode\tCourier\tTracking\tValue\tStatus\n")
    n = rng.randrange(3, 7)
    for i in range(n):
        cu = pp("uk")
        cour = rng.choice(COURIERS["uk"])
        nm = rng.choice([cu.full, cu.full.upper(), "%s %s" % (cu.given[0] + ".", cu.surname), cu.short])
        d.add(CI(order_id(rng, "uk")), "\t", d_uk(rdate(rng)), "\t", P(nm), "\t", uk_postcode(rng, rng.choice(UK_TOWNS)[1]),
              "\t", O(cour), "\t", CI(tracking(rng, cour)), "\t£%d.%02d\t" % (rng.randrange(12, 300), rng.randrange(100)),
              rng.choice(["Delivered", "In transit", "Exception", "Returned", "Awaiting collection"]), "\n")


def s_en_mexico(rng, d):
    pp = People(rng)
    cu = pp("uk")
    rc = pp("mx")
    ag = pp("mx")
    oid = order_id(rng, "mx")
    cem = email_of(rng, cu, "uk")
    dt = rdate(rng)
    body = ["Hello,\n\nI live in Leeds but I ordered a gift from your Mexican site for my friend ", P(rc.full),
            " in ", rng.choice(["Guadalajara", "Monterrey", "Puebla", "Mexico City"]), ". The order is ", CI(oid),
            ". It was supposed to go to ", AD(addr_mx(rng)[0]), " but ", O(rng.choice(COURIERS["mx"])),
            " say the address is incomplete.\n\n" + cap1(rc.pos()) + " phone is ", PH(phone_mx(rng, rng.choice([1, 2, 6]))),
            " if the courier needs it. Can you help?\n\nThanks,\n", P(cu.full)]
    d.add("From: ", disp(rng, ag, "hola@olivoylino.mx"), "\nTo: ", disp(rng, cu, cem), "\nSubject: RE: Gift order ", CI(oid), "\n\n")
    d.add("Hi ", P(cu.call), ",\n\nThanks for writing in English, no problem! I called ", P(rc.call), " and ", rc.pro("en"),
          " confirmed the interior number, so the parcel will be re-delivered on ", EN_DAYS_L[rng.randrange(5)], ".")
    if rng.random() < 0.5:
        d.add(" For the CFDI invoice we would need the recipient's RFC, but for a gift you can leave it blank.")
    d.add("\n\nBest regards,\n", P(ag.short), "\n", O(SHOP["mx"][0]), "\n", PH(phone_mx(rng, 8)))
    d.add(quoted(rng, "en", cu, cem, ag, "hola@olivoylino.mx", "Gift order", dt, body), "\n")


def s_en_b2b(rng, d):
    pp = People(rng)
    buyer = pp("uk")
    ag = pp("uk")
    shop = rng.choice(["The Linen Press Ltd", "Marsh & Green Interiors", "Hope Street Homeware", "Stone & Birch Ltd", "Frank's of Harrogate"])
    dom = slug(shop.split(" ")[0] + shop.split(" ")[-1]) + ".co.uk"
    bem = email_of(rng, buyer, "uk", dom)
    d.add("From: ", disp(rng, buyer, bem, org=shop), "\nTo: ", E("trade@olivoandlino.co.uk"), "\nSubject: Trade account - ", O(shop), "\n\n")
    d.add("Hi ", P(ag.call) if rng.random() < 0.6 else "there", ",\n\n")
    d.add("I run ", O(shop), ", an independent shop in ", rng.choice(["Harrogate", "Hebden Bridge", "Ludlow", "Stockbridge"]),
          ". We'd like to stock your linen napkins and the Talavera-style mugs (", sku(rng), ", ", sku(rng), ").\n\n")
    d.add("Our trade account number with you is ", CI(account_id(rng, "uk")), " (opened by my business partner ", P(pp("uk").full),
          "). Please send invoices to ", E("accounts@" + dom), " and deliveries to ", AD(addr_uk(rng)[0]), ".\n\n")
    d.add("Last invoice ", CI(invoice_id(rng, "uk")), " was paid twice by mistake - could you credit the difference?\n\n")
    d.add("Best,\n", P(buyer.full), "\nOwner, ", O(shop), "\n", PH(phone_uk(rng, 6)), "\n")


# ---------------------------------------------------------------------------
# Recruitment agency, Spanish (Spain and Colombia)
# ---------------------------------------------------------------------------

JOBS_ES = ["Mozo/a de almacén", "Carretillero/a", "Camarero/a de pisos", "Operario/a de envasado",
           "Auxiliar administrativo/a", "Peón agrícola (campaña de cítricos)", "Ayudante de cocina",
           "Teleoperador/a bilingüe", "Auxiliar de enfermería", "Conductor/a C+E", "Recepcionista de hotel",
           "Operario/a de confección"]


def es_ctx(rng):
    return "es" if rng.random() < 0.6 else "co"


def idnum(rng, p, ctx):
    """a plausible national id for a person drawn in context ctx"""
    o = p.origin
    if ctx == "es" and o in ("co", "ve", "arg", "cl", "and", "mx") and rng.random() < 0.6:
        return "NIE ", nie(rng)
    if ctx == "co" or o == "co":
        return "C.C. ", co_cedula(rng)
    if o == "ve":
        if rng.random() < 0.5:
            return "cédula venezolana ", ve_cedula(rng)
        return "pasaporte ", "%09d" % rng.randrange(10 ** 8, 10 ** 9)
    if o == "arg":
        return "DNI argentino ", ar_dni(rng)
    if o == "cl":
        return "RUT ", rut(rng)
    if o == "and":
        return "DNI peruano ", pe_dni(rng)
    if o == "mx":
        return "CURP ", curp(rng, p)
    if o in ("es", "cat", "eus", "gal"):
        return "DNI ", dni(rng)
    return "NIE ", nie(rng)


def idname(t):
    t = t.strip()
    return "cédula" if t == "C.C." else t


def r_es_candidatura(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    c, r = pp(ctx), pp(ctx)
    cem = email_of(rng, c, ctx)
    rem = email_of(rng, r, ctx, AG[ctx][2])
    cl = rng.choice(CLIENTS[ctx])
    job = rng.choice(JOBS_ES)
    of = vacancy(rng, "es")
    dt = rdate(rng)
    addr = ADDR[ctx](rng)[0]
    ph = PHONE[ctx](rng, rng.randrange(6))
    g = rng.choice(["Buenas ", "Hola ", "Buenos días, ", "Estimada ", "Cordial saludo "])
    if g == "Estimada " and r.gender == "m":
        g = "Estimado "
    body = [g, P(r.nickname if rng.random() < 0.3 else r.call), ",\n\n"]
    fr_ = pp(ctx)
    body += segs_of(rng.choice([
        "Les escribo por la oferta de {job} (ref. {of}) que vi en su página. ",
        "Me interesa la vacante de {job}, código {of}, que publicaron en Infojobs. ",
        "Mi prim{x} {fr} me dijo que buscaban {job} y les envío mi hoja de vida. "]),
        job=job, of=of, x=fr_.o(), fr=P(fr_.call))
    prev = rng.choice(PREV_EMP[ctx])
    jefe = pp(ctx)
    body += segs_of("Tengo {y} años de experiencia, el último en {prev}, donde mi {x} era {tt} {js}. ",
                    y=str(rng.randrange(2, 15)), prev=O(prev), x="jefe" if jefe.gender == "m" else "jefa",
                    tt=jefe.tit("es"), js=P(jefe.surname))
    if rng.random() < 0.5:
        body += [rng.choice(["Tengo carnet de carretillero y coche propio. ", "Puedo incorporarme de inmediato. ",
                             "Estudié en el ", "Hice el curso de manipulador de alimentos. "])]
        if body[-1] == "Estudié en el ":
            body += [O("SENA" if ctx == "co" else "IES Miguel Hernández"), ". "]
    t, n = idnum(rng, c, ctx)
    body += ["\n\nMis datos: ", t, NI(n), ", ", rng.choice(["teléfono ", "celular ", "móvil ", "tel. "]), PH(ph),
             ", ", rng.choice(["dirección ", "vivo en "]), AD(addr), ".\n"]
    if ctx == "es" and rng.random() < 0.35:
        body += ["Para la nómina, mi cuenta es ", IB(iban(rng, "ES")), ".\n"]
    if rng.random() < 0.4:
        body += ["No puedo trabajar domingos por la tarde, espero que no sea problema.\n"]
    body += ["\n", rng.choice(["Un saludo", "Gracias", "Quedo atent" + c.o(), "Atentamente", "Muchas gracias"]), ",\n",
             P(c.full if rng.random() < 0.6 else c.short)]
    subj = ["Candidatura ", job, " (", of, ")"]
    if rng.random() < 0.5:
        d.add("De: ", disp(rng, r, rem), "\nPara: ", disp(rng, c, cem, k=rng.randrange(5)), "\nAsunto: RE: ", subj,
              "\nFecha: %s %s\n\n" % (d_es_long(dt), rtime(rng)))
        d.add(rng.choice(["Hola ", "Buenas tardes, ", "Buenos días "]), P(c.call), ":\n\nGracias por tu candidatura. Te he dado de alta con el código ",
              CI(cand_id(rng)), ". ")
        d.add(rng.choice([
            ["¿Podrías traer el original del documento de identidad y la tarjeta sanitaria el ", ES_DAYS_L[(dt.weekday() + 2) % 7], "? "],
            ["Necesitamos tu número de cuenta y una copia del documento antes del ", dt.strftime("%d/%m"), ". "]]))
        d.add(O(cl[1]), rng.choice([" hace entrevistas la semana que viene y creo que encajas.",
                                   " necesita gente para el turno de noche; te llamo luego."]))
        if rng.random() < 0.5:
            col = pp(ctx)
            d.add(" Mi compañer", col.o(), " ", P(col.short), " te explicará la formación de PRL.")
        d.add(sig_agency(rng, r, ctx, "es", rem))
        d.add(quoted(rng, "es", c, cem, r, rem, subj, dt, body), "\n")
    else:
        d.add("De: ", disp(rng, c, cem), "\nPara: ", E(rem), "\nAsunto: ", subj, "\nFecha: %s %s\n\n" % (d_es_long(dt), rtime(rng)))
        d.add(body, "\n")


def r_es_notas(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    c, r, r2 = pp(ctx), pp(ctx), pp(ctx)
    cl = rng.choice(CLIENTS[ctx])
    con = pp(ctx)
    dt = rdate(rng)
    lo = rng.random() < 0.75
    f = (lambda s: s.lower()) if lo else (lambda s: s)
    d.add("Candidat", c.o(), ": ", P(c.full.upper() if rng.random() < 0.5 else c.table), " - ", CI(cand_id(rng)), "\n")
    if rng.random() < 0.5:
        d.add("Responsable: ", P(r.short), "\n")
    d.add("Histórico:\n")
    day = [dt]

    def st():
        day[0] = day[0] + _dt.timedelta(days=rng.randrange(0, 3))
        return day[0].strftime("%d/%m") + " "
    nick = c.nickname
    L = []
    L.append([st(), P(f(r.call)), ": ", typo(rng, rng.choice(["llamo a ", "llamé a ", "intento contactar con "])), P(f(nick)),
              typo(rng, ", no contesta. dejo whatsapp al "), PH(PHONE[ctx](rng, rng.choice([0, 2, 6])))])
    L.append([st(), P(f(r.call)), ": ", P(f(nick)), typo(rng, rng.choice([
        " devuelve llamada, ok con turno de noche en ", " me llama, le interesa lo de ", " confirma entrevista en "])), O(f(cl[1])),
        typo(rng, rng.choice([". no tiene coche", ". pide min 30h", ". tiene dolores de espalda, ojo con carga", ". puede empezar en mayo"]))])
    L.append([st(), P(f(r.call)), ": ", typo(rng, "hablo con "), P(f(con.full if rng.random() < 0.5 else con.call)), " de ",
              O(f(cl[1])), typo(rng, rng.choice([", quiere prueba el lunes 6h", ", dice q ya tienen a alguien", " - pasa a 2a entrevista"]))])
    t, n = idnum(rng, c, ctx)
    L.append([st(), P(f(r2.call)), ": ", typo(rng, "documentación ok, " + t.lower()), NI(n),
              typo(rng, rng.choice([" escaneado", " - caduca en 2027", ", falta foto por detrás"]))])
    if ctx == "es" and rng.random() < 0.6:
        bk, ib = bank_iban(rng, "ES", spaced=rng.random() < 0.5)
        L.append([st(), P(f(r2.call)), ": ", typo(rng, "iban para nómina "), IB(ib),
                  " (", O(f(bk)), ")"])
    L.append([st(), P(f(r.call)), ": ", typo(rng, "empieza hoy. dice que "), P(f(r2.call)),
              typo(rng, " le dijo 9,10€/h y el contrato pone 8,87 - revisar con nóminas")])
    if rng.random() < 0.5:
        L.append([st(), P(f(r.call)), ": ", typo(rng, "nueva dirección: "), AD(ADDR[ctx](rng, lower=lo)[0])])
    if rng.random() < 0.5:
        L.append([st(), P(f(r2.call)), ": ", typo(rng, "nº empleado asignado "), CI(emp_id(rng, ctx))])
    who = rng.random() < 0.5
    for ln in L:
        if not who:
            ln = [ln[0]] + ["- "] + ln[3:]
        d.add(ln, "\n")


def r_es_listado(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    cl = rng.choice(CLIENTS[ctx])
    cons = [pp(ctx), pp(ctx)]
    d.add("Listado candidatos - ", O(cl[0]), " - ", rng.choice(JOBS_ES), " - ", vacancy(rng, "es"), "\n")
    idcol = "DNI/NIE" if ctx == "es" else "Cédula"
    cons = cons[:1] if rng.random() < 0.5 else cons
    d.add("Cód.;Apellidos;Nombre;%s;Teléfono;Email;%s;Estado;Consultor\n" % (idcol, "CP" if ctx == "es" else "Ciudad"))
    n = rng.randrange(3, 5)
    for i in range(n):
        c = pp(ctx)
        up = rng.random() < 0.2
        sur = c.surnames.upper() if up else c.surnames
        giv = c.given.upper() if up else c.given
        if c.eastern:
            sur, giv = c.surnames, c.given
        if ctx == "es":
            idv = dni(rng, rng.choice([0, 1])) if c.origin in ("es", "cat", "eus", "gal") else nie(rng, rng.choice([0, 1]))
            loc = ES_TOWNS[rng.randrange(len(ES_TOWNS))][1] + "%02d" % rng.randrange(1, 60)
        else:
            idv = co_cedula(rng, rng.choice([0, 1]))
            loc = rng.choice(CO_CITY)
        cells = [[CI(cand_id(rng))], [P(sur)], [P(giv)], [NI(idv)], [PH(PHONE[ctx](rng, rng.choice([0, 1, 6, 2])))],
                 [E(email_of(rng, c, ctx))] if rng.random() < 0.85 else [""], [loc],
                 [rng.choice(["Entrevistado", "Pendiente doc.", "Descartado", "Contratado", "No contesta", "Baja voluntaria"])],
                 [P(rng.choice(cons).call)]]
        for j, cc in enumerate(cells):
            if j:
                d.add(";")
            d.add(cc)
        d.add("\n")


def r_es_entrevista(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    cl = rng.choice(CLIENTS[ctx])
    c = pp(ctx)
    panel = [pp(ctx) for _ in range(rng.choice([2, 2, 3]))]
    d.add("ACTA DE ENTREVISTA - ", rng.choice(JOBS_ES), " - ", O(cl[1]), "\n")
    d.add("Fecha: %s · Modalidad: %s\n" % (rdate(rng).strftime("%d/%m/%Y"), rng.choice(["presencial", "Teams", "videollamada por WhatsApp"])))
    d.add("Panel: ")
    for i, pm in enumerate(panel):
        if i:
            d.add("; " if rng.random() < 0.5 else ", ")
        if rng.random() < 0.35:
            d.add(rng.choice(["D. ", "Ing. ", "Sr. "]) if pm.gender == "m" else rng.choice(["Dña. ", "Lic. ", "Sra. "]))
        d.add(P(pm.full), " (", rng.choice(["RRHH", "jefe de turno", "dirección de operaciones", ["consultoría ", O(AG[ctx][1])]]), ")")
    d.add("\nCandidat", c.o(), ": ", P(c.full), " (", CI(cand_id(rng)), ")\n\nObservaciones de ", P(panel[0].call), ":\n")
    prev = rng.choice(PREV_EMP[ctx])
    mgr = pp(ctx)
    d.add("- ", P(c.call), " explica el hueco en el CV (2023-24): cuidado de un familiar. Parece sincer", c.o(), ".\n")
    d.add("- Trabajó en ", O(prev), " con ", mgr.tit("es"), " ", P(mgr.surname), "; salió por cierre del centro.\n")
    d.add("- ", rng.choice(["Buena actitud, pero le falta experiencia con SAP.", "Muy clar" + c.o() + " explicando los procesos de calidad.",
                            "Llega tarde, dice que el bus desde La Paz va fatal.", "Habla inglés nivel B1."]), "\n")
    if rng.random() < 0.6:
        d.add("- Pregunta por el día de cobro; ", P(panel[-1].call), " lo confirma con nóminas.\n")
    if rng.random() < 0.5:
        d.add("\nValoración: ")
        for i, pm in enumerate(panel):
            if i:
                d.add(", ")
            d.add(P(pm.call if rng.random() < 0.5 else pm.first_init), " %d/5" % rng.randrange(2, 6))
    else:
        d.add("\nValoración global: %d/20" % rng.randrange(8, 20))
    d.add("\nResultado: ", rng.choice(["apto", "segunda entrevista", "reserva", "no apto"]), ". Comunica: ",
          P(pp(ctx).short), " (", O(AG[ctx][0]), ").\n")


def r_es_referencia(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    c, ref, rec = pp(ctx), pp(ctx), pp(ctx)
    org = rng.choice(PREV_EMP[ctx] + [x[0] for x in CLIENTS[ctx]])
    dt = rdate(rng)
    town = rng.choice(["Valencia", "Madrid", "Murcia", "Sevilla"] if ctx == "es" else ["Bogotá", "Medellín", "Cali"])
    d.add(O(org), "\n", AD(ADDR[ctx](rng)[0]), "\n\n", "%s, %s\n\n" % (town, d_es_words(dt)))
    if ctx == "co":
        d.add("Señores\n", O(AG["co"][0]), "\nAtn. ", P(rec.full), "\n\nAsunto: Referencia laboral\n\n")
        t, n = idnum(rng, c, ctx)
        d.add("Por medio de la presente certificamos que ", "el señor " if c.gender == "m" else "la señora ",
              P(c.full.upper() if rng.random() < 0.5 else c.full), ", identificad", c.o(), " con cédula de ciudadanía No. ", NI(co_cedula(rng, 1)),
              ", laboró en nuestra empresa desde el %d de %s de %d hasta el %d de %s de %d, desempeñando el cargo de %s.\n\n" % (
                  rng.randrange(1, 28), rng.choice(ES_MON_L), rng.randrange(2015, 2021), rng.randrange(1, 28), rng.choice(ES_MON_L),
                  rng.randrange(2021, 2026), rng.choice(["Auxiliar de bodega", "Operaria de confección", "Asesora comercial", "Vigilante"]
                                                     if c.gender == "f" else ["Auxiliar de bodega", "Operario de confección",
                                                                              "Asesor comercial", "Vigilante"])))
    else:
        d.add("A la atención de ", rec.tit("es"), " ", P(rec.surname), " (", O(AG["es"][1]), ")\n\nAsunto: referencias de ", P(c.full), "\n\n")
        t, n = idnum(rng, c, ctx)
        d.add("D. " if c.gender == "m" else "Dña. ", P(c.full), ", con ", t, NI(n),
              ", trabajó con nosotros entre %d y %d como %s, a cargo de " % (rng.randrange(2014, 2020), rng.randrange(2020, 2026),
                                                                          rng.choice(["camarera de pisos", "ayudante de cocina", "administrativa", "operaria de envasado"]
                                                                                     if c.gender == "f" else
                                                                                     ["mozo de almacén", "ayudante de cocina", "administrativo",
                                                                                      "carretillero"])))
        d.add(P(pp(ctx).full), ".\n\n")
    d.add(rng.choice(["Es una persona responsable y puntual", "Siempre mostró buena disposición y compañerismo"]),
          "; ", P(c.call), rng.choice([" además formó a compañeros nuevos como ", " sustituyó durante meses a "]), P(pp(ctx).short), ". ")
    d.add("Lo volveríamos a contratar" if c.gender == "m" else "La volveríamos a contratar", " sin dudarlo.\n\n")
    d.add("Para cualquier consulta pueden contactar conmigo en el ", PH(PHONE[ctx](rng)), " o en ",
          E(email_of(rng, ref, ctx, org_domain(org))), ".\n\nAtentamente,\n\n", P(ref.full), "\n",
          rng.choice(["Jefa de Recursos Humanos", "Directora de Operaciones", "Gerente", "Coordinadora de Talento Humano"]
                     if ref.gender == "f" else ["Jefe de Recursos Humanos", "Director de Operaciones", "Gerente",
                                                "Coordinador de Talento Humano"]), "\n")


def r_es_nomina(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    w, nom, sup = pp(ctx), pp(ctx), pp(ctx)
    cl = rng.choice(CLIENTS[ctx])
    wem = email_of(rng, w, ctx)
    nem = rng.choice(["nominas@" + AG[ctx][2], email_of(rng, nom, ctx, AG[ctx][2])])
    dt = rdate(rng)
    mes = ES_MON_L[dt.month - 1]
    k = rng.randrange(3)
    body = [["Hola,"], ["Buenas tardes,"], ["Hola ", P(nom.nickname), ","]][k]
    doc = "nómina" if ctx == "es" else "desprendible de pago"
    body += ["\n\n", typo(rng, "Creo que en la %s de %s me faltan horas. Hice 4 noches en " % (doc, mes)), O(cl[1]),
             typo(rng, " y solo me pagan 3. Mi encargad" + sup.o() + " "), P(sup.nickname if rng.random() < 0.5 else sup.short),
             typo(rng, " firmó el parte de horas el viernes.\n\n")]
    t, n = idnum(rng, w, ctx)
    body += ["Mi número de empleado es ", CI(emp_id(rng, ctx)), " y mi ", idname(t), " es ", NI(n), ".\n"]
    if ctx == "es" and rng.random() < 0.9:
        cc = rng.choice(["ES", "ES", "ES", "RO", "PT"])
        if cc == "ES":
            bn, ib = bank_iban(rng, "ES")
            body += ["Además he cambiado de banco, a partir de ahora el IBAN es ", IB(ib), " (", O(bn), ")"]
        else:
            body += ["Además he cambiado de banco, a partir de ahora el IBAN es ", IB(iban(rng, cc)), ", es mi cuenta de allí"]
        body += [".\n"]
    elif ctx == "co":
        body += ["También quiero saber si ya pagaron la prima de junio, a mí no me ha llegado a ", O(rng.choice(BANKS["co"])), ".\n"]
    body += ["\nGracias,\n", P(w.short if rng.random() < 0.5 else w.call), "\n", PH(PHONE[ctx](rng, rng.randrange(6)))]
    subj = "%s %s" % (doc, mes)
    if rng.random() < 0.5:
        d.add("De: ", disp(rng, nom, nem), "\nPara: ", disp(rng, w, wem), "\nAsunto: RE: ", subj, "\n\n")
        d.add("Hola ", P(w.call), ":\n\nLo he revisado con ", P(pp(ctx).short), " de ", O(cl[1]),
              " y la cuarta noche se aprobó tarde; irá como atrasos en la ", doc, " del mes que viene. ")
        if rng.random() < 0.5:
            d.add("En el concepto de la transferencia verás tu código de nómina ", CI(payroll_id(rng, "es")), ".")
        d.add("\n\nUn saludo,\n", P(nom.short), "\nNóminas · ", O(AG[ctx][0]))
        d.add(quoted(rng, "es", w, wem, nom, nem, subj, dt, body), "\n")
    else:
        d.add("De: ", disp(rng, w, wem), "\nPara: ", E(nem), "\nAsunto: ", subj, "\n\n")
        d.add(body, "\n")


def r_es_formulario(rng, d):
    pp = People(rng)
    c = pp("co")
    chk = pp("co")
    U = lambda s: s.upper()
    d.add("FORMATO DE INGRESO DE PERSONAL - ", O(AG["co"][0].upper()), "\n")
    d.add("NOMBRES: ", P(U(c.given)), "\n")
    d.add("APELLIDOS: ", P(U(c.surnames)), "\n")
    d.add("TIPO DOC.: CC   NÚMERO: ", NI(co_cedula(rng, rng.choice([0, 1]))), "   EXPEDIDA EN: ", U(rng.choice(CO_CITY)), "\n")
    d.add("FECHA NAC.: %s\n" % dob(rng).strftime("%d/%m/%Y"))
    d.add("DIRECCIÓN: ", AD(addr_co(rng, upper=True)[0]), "\n")
    d.add("CELULAR: ", PH(phone_co(rng, rng.choice([0, 2, 4]))), "   FIJO: ", PH(phone_co(rng, 6)) if rng.random() < 0.5 else "N/A", "\n")
    d.add("CORREO: ", E(email_of(rng, c, "co")), "\n")
    d.add("EPS: ", O(rng.choice(["SURA", "SANITAS", "NUEVA EPS", "COMPENSAR"])), "   FONDO PENSIONES: ",
          O(rng.choice(["PORVENIR", "PROTECCIÓN", "COLPENSIONES"])), "\n")
    d.add("CUENTA NÓMINA: ", O(U(rng.choice(BANKS["co"]))), " AHORROS\n")
    kw, kp = kin(rng, pp, "co", "ES")
    d.add("CONTACTO EMERGENCIA: ", P(U(kp.full)), " (", kw, ") ",
          PH(phone_co(rng, rng.choice([0, 2]))), "\n")
    d.add("EMPRESA USUARIA: ", O(U(rng.choice(CLIENTS["co"])[0])), "\n")
    d.add("CÓDIGO EMPLEADO: ", CI(emp_id(rng, "co")), "\n")
    d.add("DILIGENCIADO POR: ", P(U(chk.short)), "\n")
    d.add("DECLARO QUE LA INFORMACIÓN SUMINISTRADA ES VERAZ.\n")


def r_es_whatsapp(rng, d):
    pp = People(rng)
    ctx = "co" if rng.random() < 0.6 else "es"
    cl = rng.choice(CLIENTS[ctx])
    boss = pp(ctx)
    ws = [pp(ctx) for _ in range(4)]
    dt = rdate(rng)
    ds = dt.strftime("%d/%m/%y")
    fmt = rng.randrange(2)

    clk = Clock(rng, 5)
    labels = {}

    def ln(p, *msg):
        if p.full not in labels:
            labels[p.full] = rng.choice([p.call, p.nickname, p.short])
        nm = labels[p.full]
        if fmt == 0:
            d.add("%s, %s - " % (ds, clk(60)), P(nm), ": ", *msg, "\n")
        else:
            d.add("[%s %s:%02d] " % (ds, clk(60), rng.randrange(60)), P(nm), ": ", *msg, "\n")
    if rng.random() < 0.5:
        d.add("%s, %s - " % (ds, clk(1)), P(boss.short), " creó el grupo \"Turnos ", O(cl[1]), "\"\n")
    else:
        d.add("%s, %s - Los mensajes y las llamadas están cifrados de extremo a extremo.\n" % (ds, clk(1)))
    ln(boss, "Buenos días. Turno de mañana: ", P(ws[0].nickname), " y ", P(ws[1].call),
       ". ", P(ws[3].call), " pasa a la tarde.")
    ln(ws[0], typo(rng, rng.choice(["ok gracias", "👍", "listo jefe", "me puedo cambiar? tengo cita en la EPS" if ctx == "co" else "me puedo cambiar? tengo médico"])))
    ln(ws[3], typo(rng, "la ruta todavía recoge en la "), AD(ADDR[ctx](rng, lower=True)[0]), "?")
    if rng.random() < 0.6:
        ln(boss, "Sí a las 5:15. El conductor es ", P(pp(ctx, gender="m").call), ", su número ", PH(PHONE[ctx](rng, rng.choice([0, 2, 6]))))
    else:
        ln(boss, "Sí a las 5:15, como siempre.")
    if rng.random() < 0.5:
        ln(ws[1], "@", P(ws[2].call), typo(rng, rng.choice([" me das jalón? pongo pa la gasolina", " me recoges? te pago la gasolina"])))
        ln(ws[2], typo(rng, rng.choice(["dale", "hoy no puedo, el carro está en el taller", "vale, en la rotonda de siempre"])))
    if rng.random() < 0.4:
        ln(ws[-1], typo(rng, "en el desprendible sale código " if ctx == "co" else "en la nómina sale el código "), CI(emp_id(rng, ctx)),
           typo(rng, " pero el mío era otro?? a quién le pregunto"))
        ln(boss, "Escríbele a ", P(pp(ctx).call), " de nómina al ", PH(PHONE[ctx](rng, 6)))
    if rng.random() < 0.5:
        ln(ws[0], typo(rng, rng.choice(["se fue la luz en la bodega 2", "hace un sol que no se aguanta", "paz y amor muchachos jaja"])))
    if rng.random() < 0.4:
        d.add("%s, %s - " % (ds, clk()), P(boss.short), " añadió a ", P(pp(ctx).short), "\n")


def r_es_llamada(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    r, c = pp(ctx), pp(ctx)
    cl = rng.choice(CLIENTS[ctx])
    R = r.call.upper()
    R_ = P(R) if rng.random() < 0.5 else "AGENTE"
    d.add("Transcripción automática - llamada entrante - %s %s\n" % (rdate(rng).strftime("%d/%m/%Y"), rtime(rng)))
    if rng.random() < 0.5:
        d.add("Agente: ", P(r.short), " · Llamante: ", c.tit("es"), " ", P(c.surname), "\n\n")
    else:
        d.add("Agente: ", P(r.short), " · Llamante: número oculto\n\n")
    t, n = idnum(rng, c, ctx)
    L = [[R_, ": ", O(AG[ctx][1]), ", buenos días, le atiende ", P(r.call), "."],
         ["LLAMANTE: Hola, soy ", P(c.full), ", estoy en misión en ", O(cl[1]), ". Llamo por las vacaciones."],
         [R_, ": Claro. ¿Me dice su ", idname(t), ", por favor?"],
         ["LLAMANTE: Sí, ", NI(n), "."],
         [R_, ": Gracias", [", ", P(c.nickname)] if rng.random() < 0.5 else "", ". ¿Y la dirección sigue siendo ", AD(ADDR[ctx](rng)[0]), "?"],
         ["LLAMANTE: ", rng.choice(["Sí, esa.", "No, ahora vivo con mi hermana, pero no lo he cambiado.", "Sí señor."])],
         [R_, ": Tiene 11 días pendientes. ¿Los quiere en ", rng.choice(["mayo", "junio", "agosto"]), "?"],
         ["LLAMANTE: En junio. Mi encargad", rng.choice(["o", "a"]), " dice que se lo pida a ustedes y no a ", P(pp(ctx).call), "."],
         [R_, ": Correcto. Le mando confirmación a ", E(email_of(rng, c, ctx)), ", ¿vale?"],
         ["LLAMANTE: Vale, o por WhatsApp al ", PH(PHONE[ctx](rng, rng.choice([0, 1, 2]))), "."],
         [R_, ": Perfecto, ", c.tit("es"), " ", P(c.surname), ". ¡Que tenga buen día!"],
         ["LLAMANTE: Gracias", [", ", P(r.call)] if rng.random() < 0.5 else "", ", igualmente."]]
    for ln in L:
        d.add(ln, "\n")


def r_es_tabla(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    cl = rng.choice(CLIENTS[ctx])
    d.add("Cuadrante semana %d - " % rng.randrange(1, 52), O(cl[0]), " (pegado de Excel)\n")
    d.add("Nombre y apellidos\tDNI/NIE\tTurno\tLun\tMar\tMié\tJue\tVie\tObservaciones\n" if ctx == "es" else
          "Nombre completo\tCédula\tTurno\tLun\tMar\tMié\tJue\tVie\tObservaciones\n")
    n = rng.randrange(3, 6)
    obs = ["", "", "baja IT", "vacaciones", "solo mañanas", "pide cambio con ", "formación PRL", "le falta EPI", "sustituye a "]
    for i in range(n):
        c = pp(ctx)
        nm = rng.choice([c.full, c.full.upper(), c.short])
        if ctx == "es":
            idv = dni(rng) if c.origin in ("es", "cat", "eus", "gal") else nie(rng)
        else:
            idv = co_cedula(rng)
        d.add(P(nm), "\t", NI(idv), "\t", rng.choice(["M", "T", "N"]))
        for _ in range(5):
            d.add("\t", rng.choice(["X", "X", "X", "", "L"]))
        o = rng.choice(obs)
        d.add("\t", o)
        if o.endswith(" "):
            d.add(P(pp(ctx).call))
        d.add("\n")


def r_es_incidencia(rng, d):
    pp = People(rng)
    ctx = es_ctx(rng)
    cl = rng.choice(CLIENTS[ctx])
    mgr, am = pp(ctx), pp(ctx)
    w1, w2 = pp(ctx), pp(ctx)
    mem = email_of(rng, mgr, ctx, cl[2])
    aem = email_of(rng, am, ctx, AG[ctx][2])
    dt = rdate(rng)
    subj = ["Incidencia personal en misión - ", d_es_words(dt)]
    tr = "trabajador" if ctx == "es" else "colaborador"
    env = "enviasteis" if ctx == "es" else "enviaron"
    body = ["Hola ", P(am.call), ",\n\nTe escribo por dos temas con el personal que nos %s esta semana.\n\n" % env,
            P(w1.full), " (vuestro código " if ctx == "es" else " (código ", CI(emp_id(rng, ctx)), ") se marchó a las 3 de la mañana sin avisar al jefe de turno. Es la segunda vez; no queremos que vuelva.\n\n",
            "En cambio ", P(w2.nickname), " está funcionando muy bien: nuestra supervisora ", P(pp(ctx, gender="f").call),
            " dice que es de lo mejor que nos ha mandado ", O(AG[ctx][1]), ". ¿Qué coste tendría ",
            ("pasarl" + w2.o() + " a plantilla") if ctx == "es" else ("vincularl" + w2.o() + " directamente"), "?\n\n",
            "Un saludo,\n", P(mgr.short), "\n", rng.choice(["Jefe de almacén", "Responsable de RRHH", "Director de planta"]
                                                          if mgr.gender == "m" else ["Jefa de almacén", "Responsable de RRHH",
                                                                                     "Gobernanta", "Directora de planta"]),
            " - ", O(cl[0]), "\n", PH(PHONE[ctx](rng, 8 if ctx == "es" else 6))]
    if rng.random() < 0.5:
        d.add("De: ", disp(rng, am, aem), "\nPara: ", disp(rng, mgr, mem, org=cl[1]), "\nAsunto: RE: ", subj, "\n\n")
        sub = pp(ctx)
        d.add("Hola ", P(mgr.call), ":\n\nDisculpa las molestias. He hablado con ", P(w1.call), " y no volverá a ", O(cl[1]),
              ". Desde el lunes ", "os mando" if ctx == "es" else "les envío", " a ", P(sub.full), " como sustitut", sub.o(), ".\n\n")
        d.add("Me alegra mucho lo de ", P(w2.call), "; reviso su contrato y te digo el coste. ",
              rng.choice(["Te llamo mañana.", "Un abrazo."]))
        d.add(sig_agency(rng, am, ctx, "es", aem))
        d.add(quoted(rng, "es", mgr, mem, am, aem, subj, dt, body), "\n")
    else:
        d.add("De: ", disp(rng, mgr, mem, org=cl[1]), "\nPara: ", disp(rng, am, aem), "\nAsunto: ", subj, "\n\n")
        d.add(body, "\n")


def r_es_extranjeria(rng, d):
    pp = People(rng)
    rec = pp("es")
    d.add("Revisión documentación - candidatos extranjeros - ", O(AG["es"][0]), "\nRevisado por: ", P(rec.full), "\n\n")
    kinds = rng.sample(["ve", "arg", "cl", "and", "mx", "co", "ro", "arab", "ua", "cn"], rng.randrange(3, 6))
    if "cl" not in kinds and rng.random() < 0.7:
        kinds[rng.randrange(len(kinds))] = "cl"
    for o in kinds:
        c = pp("es", origin=o)
        d.add("* ", P(c.full if rng.random() < 0.6 else c.table), " (", CI(cand_id(rng)), "): ")
        if o == "ve":
            d.add("pasaporte venezolano ", NI("%09d" % rng.randrange(10 ** 8, 10 ** 9)), " y cédula ", NI(ve_cedula(rng)),
                  "; solicitud de protección internacional en trámite, tarjeta roja ", NI(nie(rng, 0)), ".")
        elif o == "arg":
            d.add("DNI argentino ", NI(ar_dni(rng)), ", ciudadanía italiana en trámite. ")
            if rng.random() < 0.5:
                d.add("Sin NIE todavía.")
            else:
                d.add("NIE ", NI(nie(rng)), ".")
        elif o == "cl":
            d.add("RUT ", NI(rut(rng)), " y pasaporte chileno ", NI("P" + digits(rng, 8)), ". Visado de trabajo ok.")
        elif o == "and":
            d.add("DNI peruano ", NI(pe_dni(rng)), ". Residencia por arraigo, NIE ", NI(nie(rng)), ".")
        elif o == "mx":
            d.add("CURP ", NI(curp(rng, c)), ", pasaporte mexicano ", NI(mx_passport(rng)), ". Pendiente TIE.")
        elif o == "co":
            d.add("cédula colombiana ", NI(co_cedula(rng, 1)), ", NIE ", NI(nie(rng, rng.choice([0, 1]))), ".")
        else:
            d.add("NIE ", NI(nie(rng)), rng.choice([", ciudadana UE.", ", permiso de residencia y trabajo hasta 2027.", ", pasaporte caducado."]))
        d.add(" Tel. ", PH(phone_es(rng, rng.choice([0, 2, 6]))), "\n")
    d.add("\nPendiente: que ", P(pp("es").call), " confirme con la gestoría los casos de arraigo.\n")


# ---------------------------------------------------------------------------
# Online shop, Spanish (Spain and Mexico)
# ---------------------------------------------------------------------------

ES_DECOY = ["La quería en color rosa y llegó en beige.", "Menudo dolor de cabeza con el envío.",
            "La caja llegó empapada, con el sol que hacía no lo entiendo.", "Queda preciosa con la luz de la mañana.",
            "Lo dejaron junto al pilar del garaje.", "El repartidor llegó en una furgoneta Mercedes sin rotular.",
            "Al menos me queda el consuelo de que el resto llegó bien.", "Déjenme en paz con las encuestas, por favor.",
            "Mi tía vive en Los Ángeles y allí sí llega.", "Semana Santa no es excusa para tardar tanto."]
MX_DECOY = ["Ya me dio dolor de cabeza con la paquetería.", "El color rosa mexicano está precioso.",
            "Lo dejaron en la caseta de vigilancia, con el sol que hace.", "Vivo cerca del metro La Paz.",
            "Ni modo, ya pasó la quincena.", "Pedí el de flores y llegó el liso."]


def mk(rng):
    return "es" if rng.random() < 0.55 else "mx"


def s_es_chat(rng, d):
    pp = People(rng)
    m = mk(rng)
    ag, cu = pp(m), pp(m)
    cour = rng.choice(COURIERS[m])
    oid = order_id(rng, m)
    dt = rdate(rng)
    h, mi = rng.randrange(8, 21), rng.randrange(0, 40)

    def ts():
        nonlocal mi
        mi += rng.randrange(0, 2)
        return "%02d:%02d" % (h, mi)
    vis = rng.choice([cu.call.lower(), cu.short, cu.nickname, cu.full.lower()])
    d.add("Transcripción de chat - ", SHOP[m][2], "\nInicio: %s %02d:%02d\nVisitante: " % (dt.strftime("%d/%m/%Y"), h, mi),
          P(vis), "\nCorreo: ", E(email_of(rng, cu, m)), "\n\n")
    if rng.random() < 0.5:
        A = lambda *x: d.add(ts(), " ", P(ag.call), " (", O(SHOP[m][1]), "): ", *x, "\n")
    else:
        A = lambda *x: d.add(ts(), " Agente: ", *x, "\n")
    if rng.random() < 0.5:
        V = lambda *x: d.add(ts(), " ", P(vis), ": ", *x, "\n")
    else:
        V = lambda *x: d.add(ts(), " Cliente: ", *x, "\n")
    A(rng.choice(["¡Hola ", "Buenas ", "Hola, "]), P(cu.nickname if rng.random() < 0.5 else cu.call), ", soy ", P(ag.call), ". ¿En qué te puedo ayudar?")
    V(typo(rng, rng.choice(["hola buenas, mi pedido ", "q tal, el pedido ", "buenas tardes el pedido "])), CI(oid),
      typo(rng, rng.choice([" no ha llegado y pone entregado", " sigue sin llegar", " llegó roto"])))
    A("Vaya, lo siento. ¿Me confirmas la dirección de entrega?")
    V(AD(ADDR[m](rng, lower=rng.random() < 0.5)[0]))
    nb = pp(m)
    if m == "es":
        A("Gracias. ", O(cour), " indica que lo dejaron a ", "la vecina del 2º, " if nb.gender == "f" else "el vecino del 2º, ",
          nb.tit("es"), " ", P(nb.surname), ". ¿Has podido preguntar?")
    else:
        A("Gracias. ", O(cour), " dice que lo recibió ", P(nb.call), " en la caseta de vigilancia. ¿Lo conoces?")
    V(typo(rng, rng.choice(["ahí no vive nadie con ese nombre", "ni idea quién es", "ahh sí es mi vecin" + nb.o() + ", ya lo tengo"])),
      ". ", rng.choice(ES_DECOY if m == "es" else MX_DECOY))
    A("He abierto una incidencia con ", O(cour), ", número ", CI(ticket_id(rng)), ". El número de seguimiento es ",
      CI(tracking(rng, cour)), ".")
    V(typo(rng, rng.choice(["vale gracias ", "ok muchas gracias ", "gracias "])), P(ag.call.lower() if rng.random() < 0.5 else ag.call))
    d.add("El visitante ha cerrado el chat.\n")


def s_es_reclamacion(rng, d):
    pp = People(rng)
    m = mk(rng)
    cu, ag = pp(m), pp(m)
    cem = email_of(rng, cu, m)
    aem = {"es": "atencion@olivoylino.es", "mx": "hola@olivoylino.mx"}[m]
    oid = order_id(rng, m)
    prod = rng.choice(PRODUCTS_ES)
    dt = rdate(rng)
    subj = ["Reclamación pedido ", CI(oid)]
    body = [rng.choice(["Buenos días:", "Hola,", "A quien corresponda:", "Buenas tardes,"]), "\n\n",
            "El %s pedí %s y ha llegado " % (d_es_words(dt), prod), rng.choice(["rota", "manchada", "incompleta", "con otro color"]), ". ",
            rng.choice(ES_DECOY if m == "es" else MX_DECOY), "\n\n"]
    if rng.random() < 0.5:
        kw, rel = kin(rng, pp, m, "es", ["suegra", "madre", "hermana", "cuñada", "suegro", "hermano", "padre"])
        body += ["Era un regalo para mi ", kw, " ",
                 P(rel.nickname), " y me ha dado mucha vergüenza.\n\n"]
    body += ["Quiero la devolución del importe. Mi dirección es ", AD(ADDR[m](rng)[0]), " y mi teléfono ", PH(PHONE[m](rng)), ".\n\n"]
    if m == "es" and rng.random() < 0.4:
        body += ["Si es más fácil, hacedme una transferencia a ", IB(iban(rng, "ES")), ".\n\n"]
    if m == "mx" and rng.random() < 0.5:
        body += ["Pagué con tarjeta de ", O(rng.choice(BANKS["mx"])), ".\n\n"]
    body += [rng.choice(["Saludos", "Atentamente", "Gracias"]), ",\n", P(cu.full)]
    d.add("De: ", disp(rng, ag, aem), "\nPara: ", disp(rng, cu, cem, k=rng.randrange(7)), "\nAsunto: RE: ", subj, "\n\n")
    if rng.random() < 0.5:
        d.add("Estimad", cu.o(), " ", P(cu.full if m == "mx" else cu.call), ":\n\n")
    else:
        d.add(("Estimado " if cu.gender == "m" else "Estimada "), cu.tit("es"), " ", P(cu.surname), ":\n\n")
    d.add("Sentimos muchísimo lo ocurrido. Hemos solicitado la recogida a ", O(rng.choice(COURIERS[m])),
          " y abierto la devolución ", CI(rma_id(rng)), ". ")
    d.add(rng.choice(["El reembolso se hará en cuanto recibamos el artículo.", "Ya hemos emitido el reembolso completo; puede tardar de 3 a 5 días hábiles.",
                      "Como compensación le hemos añadido un cupón del 15 % a su cuenta."]))
    if rng.random() < 0.5:
        col = pp(m)
        d.add(" Mi compañer", col.o(), " ", P(col.call), " revisará el embalaje en el almacén.")
    d.add(sig_shop(rng, ag, m, "es"))
    d.add(quoted(rng, "es", cu, cem, ag, aem, subj, dt, body), "\n")


def s_es_reparto(rng, d):
    pp = People(rng)
    m = mk(rng)
    cour = rng.choice(COURIERS[m])
    dt = rdate(rng)
    d.add(O(cour), " - informe de incidencias de entrega - ruta %d - %s\nRemitente: " % (rng.randrange(100, 999), dt.strftime("%d/%m/%Y")),
          O(SHOP[m][0]), "\n\n")
    n = rng.randrange(3, 5)
    for i in range(n):
        cu = pp(m)
        d.add("Envío ", CI(tracking(rng, cour)), " | Ref. cliente ", CI(order_id(rng, m)), " | Destinatari", cu.o(), ": ")
        d.add(P(cu.full.upper() if rng.random() < 0.5 else cu.full), " | ", AD(ADDR[m](rng, upper=rng.random() < 0.4)[0]), " | ")
        nb = pp(m)
        k = rng.randrange(7)
        if k == 0:
            d.add("Entregado a vecin", nb.o(), " del %dº%s, " % (rng.randrange(1, 8), rng.choice("ABCD")), nb.tit("es"), " ", P(nb.surname))
        elif k == 1:
            d.add("Dejado en conserjería, firmó ", P(nb.call))
        elif k == 2:
            d.add("Firma: ", P(nb.surname.upper()))
        elif k == 3:
            d.add("Ausente. Aviso dejado. Cliente llama desde el ", PH(PHONE[m](rng, rng.choice([0, 5, 6]))))
        elif k == 4:
            d.add("Entregado en ", rng.choice(["la caseta de vigilancia", "la portería", "el bar de abajo"]), ", recibe ", P(nb.nickname))
        elif k == 5:
            d.add("Dirección incompleta - falta ", rng.choice(["número interior", "piso y puerta", "código postal"]))
        else:
            d.add("Rechazado por destinatario. Firma ", P(cu.first_init))
        drv = pp(m)
        if rng.random() < 0.4:
            d.add(" | Repartidor: ", P(drv.call if rng.random() < 0.6 else drv.short))
        else:
            d.add(" | Ruta %d" % rng.randrange(10, 99))
        d.add("\n")


def s_es_resenas(rng, d):
    pp = People(rng)
    m = mk(rng)
    prod = rng.choice(PRODUCTS_ES)
    d.add("Opiniones de clientes - ", prod, "\n\n")
    texts = ["Precioso, el color rosa es tal cual la foto.", "Sin dolores de cabeza: llegó en dos días.",
             "Da mucha luz al salón.", "Ideal para tomar el sol en la terraza.", "Lo volvería a comprar, aunque es caro.",
             "Llegó en mayo, un mes tarde.", "La tela destiñe un poco en el primer lavado.", "Mi madre está encantada.",
             "Regular, esperaba más calidad.", "Muy bonito, pero más pequeño de lo que parece."]
    n = rng.randrange(3, 5)
    picks = rng.sample(texts, n)
    for i in range(n):
        cu = pp(m)
        stars = rng.randrange(2, 6)
        hl = {5: ["«Precioso»", "«Perfecto para regalo»"], 4: ["«Muy bonito»", "«Buena compra»"], 3: ["«Normalito»", "«Correcto»"],
              2: ["«No me convence»", "«Decepcionante»"]}[stars]
        d.add("★" * stars + "☆" * (5 - stars), " ", rng.choice(hl), "\n")
        d.add(picks[i])
        if rng.random() < 0.35:
            kw, rel = kin(rng, pp, m, "es", ["hija", "hijo", "vecina", "vecino", "suegra", "hermano"])
            d.add(" Le compré otro a mi ", kw, " ", P(rel.nickname), ".")
        sig = [cu.first_init, cu.call, cu.nickname + ", " + rng.choice(["Zaragoza", "Sevilla", "Bilbao", "Guadalajara", "Monterrey"]),
               cu.call.lower()][rng.randrange(4)]
        if ", " in sig:
            a, b = sig.split(", ")
            d.add("\n— ", P(a), ", ", b)
        else:
            d.add("\n— ", P(sig))
        d.add(rng.choice([", compra verificada", ""]), ", ", rdate(rng).strftime("%d/%m/%Y"), "\n")
        if rng.random() < 0.3:
            d.add("  Respuesta de ", O(SHOP[m][1]), ": ¡Gracias, ", P(cu.call), "! Un abrazo de ", P(pp(m).call), " y todo el equipo.\n")
        d.add("\n")


def s_es_devoluciones(rng, d):
    pp = People(rng)
    m = mk(rng)
    staff = [pp(m), pp(m)]
    d.add("devoluciones_%s.csv\n" % rdate(rng).strftime("%Y%m%d"))
    hb = rng.random() < 0.5
    d.add("rma;pedido;cliente;email;telefono;motivo;transportista;importe" + (";gestiona\n" if hb else "\n"))
    n = rng.randrange(3, 6)
    for i in range(n):
        cu = pp(m)
        cour = rng.choice(COURIERS[m])
        nm = rng.choice([cu.full, cu.table, cu.full.upper()])
        d.add(CI(rma_id(rng)), ";", CI(order_id(rng, m)), ";", P(nm), ";", E(email_of(rng, cu, m)), ";",
              PH(PHONE[m](rng, rng.choice([0, 5, 6]))), ";",
              rng.choice(["roto", "talla incorrecta", "no me gusta", "color distinto", "llegó tarde", "defectuoso"]), ";",
              O(cour), ";%d,%02d" % (rng.randrange(8, 180), rng.randrange(100)))
        if hb:
            d.add(";", P(rng.choice(staff).call))
        d.add("\n")


def s_es_reembolso(rng, d):
    pp = People(rng)
    cu, ag = pp("es"), pp("es")
    cem = email_of(rng, cu, "es")
    oid = order_id(rng, "es")
    d.add("De: ", disp(rng, cu, cem), "\nPara: ", E("atencion@olivoylino.es"), "\nAsunto: Reembolso pedido ", CI(oid),
          "\nFecha: %s\n\n" % d_es_long(rdate(rng)))
    d.add(rng.choice(["Hola,", "Buenas,", "Buenos días,"]), "\n\nVuestr", ag.o(), " compañer", ag.o(), " ", P(ag.call),
          " me dijo por teléfono que el reembolso no se puede hacer a la tarjeta porque está caducada. Os paso los datos para la transferencia:\n\n")
    d.add("Titular: ", P(cu.full.upper() if rng.random() < 0.5 else cu.full), "\n")
    t, n = idnum(rng, cu, "es")
    bn, ib = bank_iban(rng, "ES")
    d.add(t.strip(), ": ", NI(n), "\nIBAN: ", IB(ib), "\nEntidad: ", O(bn), "\n\n")
    if rng.random() < 0.5:
        d.add("La devolución era la ", CI(rma_id(rng)), " y la recogió ", O(rng.choice(COURIERS["es"])), " el ",
              ES_DAYS_L[rng.randrange(5)], ".\n\n")
    if rng.random() < 0.5:
        kw, sp = kin(rng, pp, "es", "es", ["marido", "mujer", "pareja"])
        d.add("Si me llamáis y no lo cojo, mi ", kw, " ", P(sp.nickname), " está en el ",
              PH(phone_es(rng)), ".\n\n")
    d.add("Gracias,\n", P(cu.nickname), "\n")


def s_es_chatbot(rng, d):
    pp = People(rng)
    m = mk(rng)
    cu, ag = pp(m), pp(m)
    oid = order_id(rng, m)
    d.add("Conversación iniciada %s %s - canal: widget web\n\n" % (rdate(rng).strftime("%d/%m/%Y"), rtime(rng)))
    B = lambda *x: d.add("OlivoBot: ", *x, "\n")
    U = lambda *x: d.add("Tú: ", *x, "\n")
    B("¡Hola! Soy OlivoBot, el asistente virtual. ¿Cómo te llamas?")
    nm = rng.choice([cu.call, cu.call.lower(), cu.full, cu.nickname.lower()])
    U(P(nm))
    B("¡Encantado, ", P(nm), "! ¿En qué te ayudo? (Seguir pedido / Devoluciones / Otra consulta)")
    U(typo(rng, rng.choice(["donde esta mi paquete", "seguir pedido", "kiero devolver una cosa"])))
    B("Escribe tu número de pedido y el correo con el que compraste.")
    U(CI(oid), " ", E(email_of(rng, cu, m)))
    cour = rng.choice(COURIERS[m])
    B("Gracias. El pedido ", CI(oid), " salió con ", O(cour), ", seguimiento ", CI(tracking(rng, cour)), ".")
    U(typo(rng, "pone entregado pero no lo tengo. quiero hablar con una persona"))
    B("Te paso con una persona del equipo.")
    d.add("--- ", P(ag.short), " se ha unido al chat ---\n")
    d.add(P(ag.call), ": Hola ", P(cu.call), ", ya tengo tu pedido. Veo que el repartidor lo dejó en ", AD(ADDR[m](rng)[0]),
          ", ¿es tu dirección?\n")
    U(typo(rng, rng.choice(["no!! esa es mi casa anterior", "sí pero aquí no hay nada", "es la de al lado"])))
    d.add(P(ag.call), ": Lo siento mucho. He abierto la incidencia ", CI(ticket_id(rng)), " y te lo reenviamos hoy.\n")
    if rng.random() < 0.5:
        d.add("--- ", P(ag.call), " ha cerrado el chat ---\n")
    else:
        d.add("--- chat cerrado ---\n")


def s_es_whatsapp_mx(rng, d):
    pp = People(rng)
    cu, ag = pp("mx"), pp("mx")
    oid = order_id(rng, "mx")
    dt = rdate(rng)
    ds = dt.strftime("%d/%m/%y")
    nm_c = cu.nickname if rng.random() < 0.5 else cu.short
    d.add("Chat de WhatsApp con ", P(nm_c), "\n")
    d.add("%s, %s - Los mensajes y las llamadas están cifrados de extremo a extremo.\n" % (ds, rtime(rng, 7, 9)))
    clk = Clock(rng, 9)

    def C(*x):
        d.add("%s, %s - " % (ds, clk()), P(nm_c), ": ", *x, "\n")

    named = rng.random() < 0.4

    def A(*x):
        if named:
            d.add("%s, %s - " % (ds, clk()), O(SHOP["mx"][1]), " (", P(ag.call), "): ", *x, "\n")
        else:
            d.add("%s, %s - " % (ds, clk()), O(SHOP["mx"][1]), ": ", *x, "\n")
    C(typo(rng, rng.choice(["hola", "hola buen día", "qué tal", "buenas"])), ", ", typo(rng, "mi pedido "), CI(oid),
      typo(rng, " no llega y ya pasaron 10 días"))
    A("¡Hola ", P(cu.nickname), "! Déjame revisar. ¿Me confirmas tu dirección completa?")
    C(AD(addr_mx(rng, lower=rng.random() < 0.5)[0]))
    cour = rng.choice(COURIERS["mx"])
    A("Gracias. ", O(cour), " lo tiene en su centro de distribución, guía ", CI(tracking(rng, cour)), ". ",
      "Dicen que no encontraron a nadie.")
    kw, rel = kin(rng, pp, "mx", "es", ["suegra", "madre", "hermana", "tía", "hermano", "tío", "suegro"])
    kw = {"madre": "mamá"}.get(kw, kw)
    C(typo(rng, "ay no, estaba mi "), kw, " ", P(rel.nickname), typo(rng, " todo el día. "),
      rng.choice(MX_DECOY))
    A("Qué pena. Ya pedí que lo reprogramen para mañana. Si quieres deja a alguien autorizado, nombre completo por favor.")
    C(P(rel.full), ", ", typo(rng, "su cel es "), PH(phone_mx(rng, rng.choice([0, 4, 5]))))
    A("Listo", [", ", P(cu.call)] if rng.random() < 0.5 else "", ". Te aviso por aquí cualquier cosa 🙌")
    if rng.random() < 0.4:
        C("<Multimedia omitido>")
    C(typo(rng, rng.choice(["mil gracias", "gracias mija" if ag.gender == "f" else "gracias joven", "ok gracias"])))


def s_es_crm(rng, d):
    pp = People(rng)
    m = mk(rng)
    cu = pp(m)
    ags = [pp(m), pp(m), pp(m)]
    lo = rng.random() < 0.6
    f = (lambda s: s.lower()) if lo else (lambda s: s)
    d.add("Cliente: ", P(cu.full), " · Cuenta ", CI(account_id(rng, m)), " · ", E(email_of(rng, cu, m)), "\nNotas internas:\n")
    dt = rdate(rng)
    cour = rng.choice(COURIERS[m])
    N_ = [[P(f(ags[0].call)), " ", dt.strftime("%d/%m"), ": ", typo(rng, "clienta llama por pedido " if cu.gender == "f" else "cliente llama por pedido "),
           CI(order_id(rng, m)), typo(rng, " - le mandamos color piedra en vez de salvia. abro devolución "), CI(rma_id(rng))],
          [P(f(ags[1].call)), " ", (dt + _dt.timedelta(days=1)).strftime("%d/%m"), ": ", typo(rng, "etiqueta enviada. dice que "),
           O(f(cour)), typo(rng, " no sube a los pisos, lo deja en la oficina")],
          [P(f(ags[0].call)), " ", (dt + _dt.timedelta(days=3)).strftime("%d/%m"), ": ", typo(rng, "recibido, lo revisa "),
           P(f(ags[2].nickname)), typo(rng, ", reembolso 34,50 hecho")]]
    if rng.random() < 0.6:
        kw, other = kin(rng, pp, m, "es", ["hijo", "hija", "vecino", "vecina", "cuñado", "cuñada"])
        N_.append([P(f(ags[1].call)), ": ", typo(rng, "vuelve a llamar, dice que lo recogió su " + kw + " "),
                   P(f(other.nickname)), typo(rng, ". nueva dirección para próximos pedidos: "), AD(ADDR[m](rng, lower=lo)[0])])
    if rng.random() < 0.5:
        N_.append([P(f(ags[2].call)), ": ", typo(rng, "clienta vip, no cobrar envío. móvil " if cu.gender == "f" else "cliente vip, no cobrar envío. móvil "),
                   PH(PHONE[m](rng, rng.choice([0, 5, 6])))])
    for x in N_:
        d.add("- ", x, "\n")


def s_es_factura_mx(rng, d):
    pp = People(rng)
    cu, ag = pp("mx"), pp("mx")
    cem = email_of(rng, cu, "mx")
    oid = order_id(rng, "mx")
    dt = rdate(rng)
    born = dob(rng)
    subj = ["Solicitud de factura ", CI(oid)]
    body = ["Buenas tardes,\n\nMe pueden facturar el pedido ", CI(oid), " por favor. Mis datos fiscales:\n\n",
            "Nombre: ", P(cu.full.upper()), "\nRFC: ", NI(rfc(rng, cu, born)), "\nCURP: ", NI(curp(rng, cu, born)),
            "\nRégimen: 605 Sueldos y Salarios\nUso CFDI: G03 Gastos en general\nDomicilio fiscal: ", AD(addr_mx(rng)[0]),
            "\n\nGracias,\n", rng.choice(["Lic. ", "Ing. ", "", "Arq. "]), P(cu.full)]
    if rng.random() < 0.5:
        body += ["\n", PH(phone_mx(rng, rng.choice([0, 1, 3])))]
    d.add("De: ", disp(rng, ag, "facturacion@olivoylino.mx"), "\nPara: ", disp(rng, cu, cem), "\nAsunto: RE: ", subj, "\n\n")
    d.add("Hola ", P(cu.call), ",\n\nTe adjunto la factura ", CI(invoice_id(rng, "mx")), " (PDF y XML). ")
    if rng.random() < 0.5:
        d.add("Ojo: el RFC que nos pasaste no coincidía con el de la constancia del SAT, lo corregimos con la CURP. ")
    d.add("Cualquier cosa aquí estoy.\n\nSaludos,\n", P(ag.short), "\nFacturación · ", O(SHOP["mx"][0]))
    d.add(quoted(rng, "es", cu, cem, ag, "facturacion@olivoylino.mx", subj, dt, body), "\n")


def s_es_tsv(rng, d):
    pp = People(rng)
    m = mk(rng)
    d.add("Pedido\tFecha\tCliente\t%s\tTransportista\tSeguimiento\tImporte\tEstado\n" % ("CP" if m == "es" else "Ciudad"))
    n = rng.randrange(3, 7)
    for i in range(n):
        cu = pp(m)
        cour = rng.choice(COURIERS[m])
        nm = rng.choice([cu.full, cu.full.upper(), cu.initial, cu.short])
        loc = (rng.choice(ES_TOWNS)[1] + "%02d" % rng.randrange(1, 60)) if m == "es" else rng.choice(MX_CITY)[0]
        cur = "€" if m == "es" else " MXN"
        amt = ("%d,%02d" % (rng.randrange(12, 300), rng.randrange(100))) if m == "es" else ("%d.%02d" % (rng.randrange(300, 6000), rng.randrange(100)))
        d.add(CI(order_id(rng, m)), "\t", rdate(rng).strftime("%d/%m/%Y"), "\t", P(nm), "\t", loc, "\t", O(cour), "\t",
              CI(tracking(rng, cour)), "\t", amt + cur if m == "es" else "$" + amt + cur, "\t",
              rng.choice(["Entregado", "En tránsito", "Incidencia", "Devuelto", "En oficina"]), "\n")


def s_es_llamada(rng, d):
    pp = People(rng)
    m = mk(rng)
    ag, cu = pp(m), pp(m)
    oid = order_id(rng, m)
    d.add("Notas de llamada / transcripción - línea de atención ", PH(PHONE[m](rng, 8 if m == "mx" else 8)), "\n")
    d.add("Agente: ", P(ag.full), " · Duración: %d:%02d\n\n" % (rng.randrange(2, 12), rng.randrange(60)))
    L = [["AGENTE: ", O(SHOP[m][1]), ", le atiende ", P(ag.call), ", ¿en qué le puedo ayudar?"],
         ["CLIENTE: Hola ", P(ag.call), ", soy ", rng.choice(["la señora ", "la "]) if cu.gender == "f" else rng.choice(["el señor ", ""]),
          P(cu.surname), ", ayer hablé con ", P(pp(m).call), "."],
         ["AGENTE: Un momento que le busco... ¿", P(cu.full), "?"],
         ["CLIENTE: Sí, soy yo. El pedido ", CI(oid), "."],
         ["AGENTE: Gracias. ¿Me confirma el código postal?"],
         ["CLIENTE: ", (rng.choice(ES_TOWNS)[1] + "%02d" % rng.randrange(1, 60)) if m == "es" else rng.choice(MX_CITY)[1], "."],
         ["AGENTE: Perfecto. El artículo «", rng.choice(PRODUCTS_ES), "» no tiene stock hasta ", rng.choice(["mayo", "junio", "septiembre"]),
          ". ¿Prefiere esperar o el reembolso?"],
         ["CLIENTE: ", rng.choice(["El reembolso, que ya estoy hart" + cu.o() + ".", "Espero, es para la boda de mi hija.", "¿Me lo cambian por el de color rosa?"])],
         ["AGENTE: Sin problema. Le mando la confirmación a ", E(email_of(rng, cu, m)), " con la referencia ", CI(ticket_id(rng)), "."],
         ["CLIENTE: Gracias, ", P(ag.nickname), ", adiós."]]
    for ln in L:
        d.add(ln, "\n")


# ---------------------------------------------------------------------------
# Assembly of the set
# ---------------------------------------------------------------------------

EN_REC = [r_en_application, r_en_ats_notes, r_en_shortlist, r_en_panel, r_en_reference, r_en_payslip,
          r_en_rtw_form, r_en_whatsapp, r_en_call, r_en_colombia, r_en_teams, r_en_client_complaint]
EN_SHOP = [s_en_livechat, s_en_complaint, s_en_courier, s_en_reviews, s_en_returns_csv, s_en_refund_iban,
           s_en_chatbot, s_en_call, s_en_crm, s_en_tsv, s_en_mexico, s_en_b2b]
ES_REC = [r_es_candidatura, r_es_notas, r_es_listado, r_es_entrevista, r_es_referencia, r_es_nomina,
          r_es_formulario, r_es_whatsapp, r_es_llamada, r_es_tabla, r_es_incidencia, r_es_extranjeria]
ES_SHOP = [s_es_chat, s_es_reclamacion, s_es_reparto, s_es_resenas, s_es_devoluciones, s_es_reembolso,
           s_es_chatbot, s_es_whatsapp_mx, s_es_crm, s_es_factura_mx, s_es_tsv, s_es_llamada]
PER_DOMAIN = 40


def _schedule(rng, fns):
    k = PER_DOMAIN // len(fns)
    out = []
    for f in fns:
        out += [f] * k
    out += rng.sample(fns, PER_DOMAIN - len(out))
    return out


def generate():
    master = random.Random(SEED)
    rows = []
    for lang, groups in (("en", (EN_REC, EN_SHOP)), ("es", (ES_REC, ES_SHOP))):
        plan = []
        for g in groups:
            plan += _schedule(master, g)
        master.shuffle(plan)
        for i, fn in enumerate(plan):
            did = "d5-%s-%03d" % (lang, i)
            rng = random.Random("%d/%s/%s" % (SEED, did, fn.__name__))
            d = Doc(did, lang)
            fn(rng, d)
            rows.append(d.row())
    return rows


def stats(rows):
    out = {}
    for r in rows:
        for s in r["spans"]:
            key = (s["label"], r["lang"])
            out[key] = out.get(key, 0) + 1
    return out


def main():
    rows = generate()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "pii_dev5.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    st = stats(rows)
    langs = ["en", "es"]
    print("wrote %s: %d documents (%s)" % (path, len(rows), ", ".join(
        "%s=%d" % (lg, sum(1 for r in rows if r["lang"] == lg)) for lg in langs)))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for lab in LABELS:
        a, b = st.get((lab, "en"), 0), st.get((lab, "es"), 0)
        print("%-12s %6d %6d %6d" % (lab, a, b, a + b))
    te = sum(v for (l, g), v in st.items() if g == "en")
    ts = sum(v for (l, g), v in st.items() if g == "es")
    print("%-12s %6d %6d %6d" % ("all", te, ts, te + ts))


if __name__ == "__main__":
    main()
