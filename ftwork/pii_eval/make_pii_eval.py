#!/usr/bin/env python
"""Generate the labelled PII evaluation set `pii_eval.jsonl` (seeded, deterministic, all data fake).

    python ftwork/pii_eval/make_pii_eval.py          # rewrite pii_eval.jsonl beside this script

Each row is {"id", "text", "lang", "spans": [{"start", "end", "label"}]} with exact gold spans.
The fictional client is "Nordhaven Logistics" (a haulage company), so the templates (HR notes,
delivery complaints, contracts, chat logs, minutes, bank mandates, incident reports...) differ
from the Brisa Bikes sample data. Names, e-mails and numbers come from hand-written lists below,
not from Faker, so the evaluation does not reward a detector for sharing its generator's name list.

Gold conventions: PERSON excludes titles (Mr, Sra., Dr.) but keeps particles (de la, van);
PHONE includes the country prefix; ADDRESS spans street, number, floor, postcode and town;
ORG includes the legal form; CUSTOMER_ID covers customer, order, shipment and invoice references.
The client's own name, products and role mailboxes appear too and are *not* gold: see
pii_eval_config.json (the --allow / --pattern / --deny-list options to score this file with).
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 4242
N_PER_LANG = 105

# ----------------------------------------------------------------------------- people
FIRST_EN = ["Olivia", "Liam", "Amelia", "Noah", "Priya", "Tomasz", "Chidi", "Aoife", "Siobhan", "Mohammed",
            "Hannah", "Grace", "Callum", "Imogen", "Rhys", "Bethany", "Declan", "Niamh", "Yusuf", "Harriet",
            "Oluwaseun", "Freya", "Archie", "Saoirse", "Kwame", "Eleanor", "Dominic", "Zara", "Ravi", "Megan",
            "Eilidh", "Jasper", "Keisha", "Gareth", "Annika", "Theo", "Bronwen", "Marcus", "Ifeoma", "Stanley"]
LAST_EN = ["Whitfield", "Okafor", "Nakamura", "Brennan", "Hargreaves", "Patel", "Kowalski", "O'Connor",
           "Fitzgerald", "Ashworth", "Blackwood", "Thornton", "Gallagher", "MacLeod", "Pemberton", "Adeyemi",
           "Lindqvist", "Mensah", "Holloway", "Crawshaw", "Szymanski", "Achterberg", "Llewellyn", "Dunmore",
           "Abernathy", "Quigley", "Rutherford", "Oyelaran", "Haddad", "Fairbairn"]
FIRST_ES = ["Lucía", "Martín", "Nerea", "Iker", "Ainhoa", "Unai", "Rocío", "Álvaro", "Begoña", "Íñigo",
            "Maite", "Xabier", "Montserrat", "Jordi", "Yolanda", "Fermín", "Ariadna", "Guillermo", "Inmaculada",
            "María José", "José Luis", "Leire", "Gonzalo", "Aitana", "Txema", "Nuria", "Sebastián", "Candela",
            "Eneko", "Macarena", "Bernat", "Itziar", "Rodrigo", "Paloma", "Adrián", "Covadonga", "Joaquín",
            "Marisol", "Iratxe", "Baltasar"]
LAST_ES = ["Etxeberria", "Goikoetxea", "Sánchez", "Ortega", "Villanueva", "Castells", "Prieto", "Quintana",
           "Muñoz", "Iglesias", "Ruiz de Alda", "de la Fuente", "Fernández-Vega", "Arrieta", "Bustamante",
           "Zubizarreta", "Llorente", "Cifuentes", "Olmedo", "Sarasola", "Valverde", "Carrasco", "Echávarri",
           "Mendizábal", "Peñalver", "Urquijo", "Benavides", "Soler", "Gaztelu", "Roldán"]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng: random.Random, lang: str):
        if lang == "en":
            self.first, self.last = rng.choice(FIRST_EN), rng.choice(LAST_EN)
            self.full = f"{self.first} {self.last}"
        else:
            self.first = rng.choice(FIRST_ES)
            self.last = rng.choice(LAST_ES)
            second = rng.choice(LAST_ES)
            self.full = f"{self.first} {self.last} {second}" if rng.random() < 0.6 and second != self.last \
                else f"{self.first} {self.last}"
        self.title = rng.choice(["Mr", "Ms", "Mrs", "Dr"]) if lang == "en" else rng.choice(["Sr.", "Sra.", "D.", "Dña."])
        self.lang = lang

    def email(self, rng: random.Random) -> str:
        f = re.sub(r"[^a-z]", "", strip_accents(self.first.split()[0]).lower())
        la = re.sub(r"[^a-z]", "", strip_accents(self.last.split()[-1]).lower())
        domain = rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "btinternet.com"] if self.lang == "en"
                            else ["gmail.com", "hotmail.es", "outlook.es", "telefonica.net", "yahoo.es"])
        local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}{rng.randint(1, 99)}", f"{la}.{f}", f"{f}{rng.randint(70, 99)}"])
        return f"{local}@{domain}"


# ----------------------------------------------------------------------------- numbers
def digits(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def phone(rng, country):
    d = lambda k: digits(rng, k)  # noqa: E731
    if country == "ES":
        m = rng.choice("67") + d(8)
        land = "9" + rng.choice("1345") + d(7)
        return rng.choice([f"{m[:3]} {m[3:6]} {m[6:]}", f"+34 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", m,
                           f"{land[:2]} {land[2:5]} {land[5:7]} {land[7:]}", f"0034 {m}", f"+34 {land[:3]} {land[3:6]} {land[6:]}"])
    if country == "UK":
        return rng.choice([f"07{rng.randint(400, 999)} {d(6)}", f"+44 7{rng.randint(400, 999)} {d(6)}", f"020 {rng.randint(3, 8)}{d(3)} {d(4)}",
                           f"0161 {rng.randint(2, 9)}{d(2)} {d(4)}", f"+44 (0)113 {rng.randint(2, 9)}{d(2)} {d(4)}"])
    if country == "US":
        a, e = f"{rng.randint(2, 9)}{d(2)}", f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({a}) {e}-{d(4)}", f"{a}-{e}-{d(4)}", f"+1 {a} {e} {d(4)}", f"{a}.{e}.{d(4)}"])
    if country == "FR":
        return rng.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"07{d(8)}"])
    if country == "DE":
        return rng.choice([f"+49 30 {d(8)}", f"0171 {d(7)}", f"089 {d(7)}", f"+49 151 {d(8)}"])
    if country == "IT":
        return rng.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"])
    if country == "PT":
        return rng.choice([f"+351 9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}", f"21{d(1)} {d(3)} {d(3)}", f"9{rng.choice('1236')}{d(7)}"])
    raise ValueError(country)


IBAN_FORMATS = {"ES": "n20", "GB": "a4n14", "DE": "n18", "FR": "n23", "IT": "a1n22", "PT": "n21", "NL": "a4n10"}


def iban(rng, country):
    bban = ""
    for kind, k in re.findall(r"([an])(\d+)", IBAN_FORMATS[country]):
        bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(int(k))) if kind == "a" else digits(rng, int(k))
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(num) % 97:02d}{bban}"
    return compact if rng.random() < 0.3 else " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randint(10_000_000, 79_999_999)
    return rng.choice(["{}{}", "{}-{}", "{} {}"]).format(n, DNI_LETTERS[n % 23])


def nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(1_000_000, 9_999_999)
    return f"{p}{n}{DNI_LETTERS[int('XYZ'.index(p) * 10_000_000 + n) % 23]}"


def cif(rng):
    first = rng.choice("ABB")
    body = digits(rng, 7)
    even = sum(int(body[i]) for i in (1, 3, 5))
    odd = sum(sum(divmod(2 * int(body[i]), 10)) for i in (0, 2, 4, 6))
    return f"{first}{body}{(10 - (even + odd) % 10) % 10}"


def nino(rng):
    return f"{rng.choice(['AB', 'CE', 'JG', 'NP', 'SW', 'RT'])} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def ssn(rng):
    return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


# ----------------------------------------------------------------------------- addresses, orgs, references
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Paseo de Gracia", "Calle Uría",
              "Avda. de Andalucía", "C/ San Vicente Mártir", "Calle Real", "Ronda de Poniente", "Plaza del Pilar",
              "Calle Doctor Fleming", "Camino de Ronda"]
ES_TOWNS = [("28014", "Madrid"), ("41001", "Sevilla"), ("08007", "Barcelona"), ("33003", "Oviedo"), ("50003", "Zaragoza"),
            ("46002", "Valencia"), ("18009", "Granada"), ("48001", "Bilbao"), ("15001", "A Coruña"), ("37002", "Salamanca")]
UK_STREETS = ["Harrow Lane", "Elm Grove", "Victoria Road", "Castle Street", "Mill Close", "Kingsway", "Orchard Drive",
              "Station Road", "Beech Crescent", "Albion Terrace"]
UK_TOWNS = [("Leeds", "LS6 2QT"), ("Bristol", "BS7 8PU"), ("Manchester", "M14 5RG"), ("Cardiff", "CF24 3AA"),
            ("Glasgow", "G12 8QQ"), ("York", "YO10 5DD"), ("Norwich", "NR2 4TJ"), ("Brighton", "BN1 6AF")]
US_STREETS = ["Maple Avenue", "Cedar St", "Lakeview Drive", "Pine Street", "Willow Road", "Oak Blvd"]
US_TOWNS = [("Springfield", "IL", "62704"), ("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Columbus", "OH", "43215")]


def address(rng, country):
    if country == "ES":
        pc, town = rng.choice(ES_TOWNS)
        floor = rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", f", {rng.randint(1, 6)}º izq.", ", bajo"])
        return f"{rng.choice(ES_STREETS)} {rng.randint(1, 180)}{floor}, {pc} {town}"
    if country == "UK":
        town, pc = rng.choice(UK_TOWNS)
        flat = rng.choice(["", f"Flat {rng.randint(1, 12)}, "])
        return f"{flat}{rng.randint(1, 240)} {rng.choice(UK_STREETS)}, {town} {pc}"
    town, st, z = rng.choice(US_TOWNS)
    apt = rng.choice(["", f", Apt {rng.randint(1, 20)}{rng.choice('ABC')}"])
    return f"{rng.randint(100, 9999)} {rng.choice(US_STREETS)}{apt}, {town}, {st} {z}"


ORGS_EN = ["Harbourline Freight Ltd", "Quantix Solutions GmbH", "Beacon & Finch LLP", "Marlow Fresh Produce Ltd",
           "Ironbridge Packaging Ltd", "Sorensen Cold Chain ApS", "Kestrel Haulage", "Pinecrest Foods Inc."]
ORGS_ES = ["Talleres Ruiz S.L.", "Distribuciones Levante S.A.", "Conservas Arriola S.L.", "Frutas Huerta Baja S.L.",
           "Grupo Marván", "Bodegas Arlanza", "Transportes Ibarguren S.L.U.", "Cerámicas del Turia S.A."]


def customer_ref(rng):
    return rng.choice([f"NH-C{digits(rng, 5)}", f"SHP-{rng.choice(['2023', '2024'])}-{digits(rng, 5)}",
                       f"INV/{rng.choice(['2023', '2024'])}/{digits(rng, 4)}"])


# ----------------------------------------------------------------------------- templates
# {label:key} marks a gold span; {key} alone inserts non-gold text.  Keys: p, q, r (people; .first/.last/.title),
# e (e-mail of p), ph, ph2, iban, id, addr, org, ref, ref2, own (allowed company text), prod, mail, day, time.
EN = [
    "HR note {day}: return-to-work meeting with {PERSON:p} after sick leave. Agreed a phased return over four weeks. "
    "{PERSON:p.first} can be reached on {PHONE:ph} or {EMAIL:e}. Payroll stays with account {IBAN:iban}.",
    "Hi, this is {PERSON:p.first} again. My parcel {CUSTOMER_ID:ref} was supposed to arrive at {ADDRESS:addr} on Tuesday "
    "but the driver left it with a neighbour I have never met. Please ring me on {PHONE:ph}.",
    "TENANCY AGREEMENT. This agreement is made between {ORG:org} (the Landlord) and {PERSON:p} (the Tenant), "
    "National Insurance number {NATIONAL_ID:nino}, for the property at {ADDRESS:addr}. Rent is paid monthly into {IBAN:iban}.",
    "[{time}] {PERSON:p.first}: hey, any news on {CUSTOMER_ID:ref}?\n[{time}] {PERSON:q.first} (Nordhaven): Hi {PERSON:p.first}, "
    "it left the Leeds depot this morning.\n[{time}] {PERSON:p.first}: great, you can text me on {PHONE:ph} when it's close",
    "To whom it may concern: {PERSON:p} worked for {ORG:org} as a forklift operator from 2019 to 2023 and was "
    "reliable and punctual. Feel free to call me on {PHONE:ph}.\n{PERSON:q}, Operations Manager",
    "FYI - {PERSON:p} ({EMAIL:e}) from {ORG:org} asked us to change their billing contact to {PERSON:q}, "
    "direct line {PHONE:ph}. Their customer number is {CUSTOMER_ID:ref}.",
    "Minutes, {day}. Attendees: {PERSON:p}, {PERSON:q} ({ORG:org}), {PERSON:r}. Actions: {PERSON:q.first} to send the "
    "revised quote by Friday; {PERSON:r.first} to book the {prod} demo.",
    "Customer {CUSTOMER_ID:ref} says the {prod} app logs them out every few minutes since the last update. "
    "Asked them to write to {mail} with screenshots. Nothing else needed from them.",
    "Reminder: the Madrid and Leeds depots close at 18:00 on 24/12 and reopen on 27/12. The {prod} 2.3 release notes "
    "are on the intranet; 1,250 units were shipped in Q3, up 12% on last year.",
    "Please move my direct debit to IBAN {IBAN:iban}. Account holder: {PERSON:p}. Customer number {CUSTOMER_ID:ref}. "
    "Thanks, {PERSON:p.first}",
    "Dear Hiring Manager,\n\nMy name is {PERSON:p} and I would like to apply for the warehouse supervisor role. "
    "You can reach me at {EMAIL:e} or on {PHONE:ph}.\n\nKind regards,\n{PERSON:p}",
    "Incident report: driver {PERSON:p} reported a minor collision on the M62 with a van belonging to {ORG:org}. "
    "Third party: {PERSON:q}, tel. {PHONE:ph}, lives at {ADDRESS:addr}.",
    "Claim form\nClaimant: {PERSON:p}\nSSN: {NATIONAL_ID:ssn}\nAddress: {ADDRESS:us_addr}\nPhone: {PHONE:us_ph}\nE-mail: {EMAIL:e}",
    "Spoke to {p.title} {PERSON:p.last} today about invoice {CUSTOMER_ID:ref}. {p.title} {PERSON:p.last} disputes the fuel "
    "surcharge and wants a call back from {PERSON:q.first} on {PHONE:ph}.",
    "Dear {p.title} {PERSON:p.last},\n\nThank you for choosing {own}. Your booking {CUSTOMER_ID:ref} is confirmed for "
    "Monday. If anything changes, contact {mail}.\n\nBest wishes,\n{PERSON:q}",
    "Our {prod} subscription renews on 1 March at 49.90 GBP per vehicle. Questions about the plan go to {mail}; "
    "there is nothing to do if you are happy with the current tier.",
    "Expense claim rejected: {PERSON:p} submitted a receipt for 86.40 GBP from {ORG:org} without a VAT number. "
    "Refund will go to {IBAN:iban} once corrected.",
    "Subject: keys for unit 4\n{PERSON:p} will pick up the keys on Thursday. If she is late, call her partner "
    "{PERSON:q} on {PHONE:ph}. Post for her should go to {ADDRESS:addr}.",
]
ES = [
    "Nota de RR. HH. ({day}): reunión con {PERSON:p} (DNI {NATIONAL_ID:dni}) sobre su reincorporación tras la baja. "
    "Teléfono de contacto: {PHONE:ph}. La nómina se seguirá ingresando en la cuenta {IBAN:iban}.",
    "Buenas tardes, soy {PERSON:p}. El envío {CUSTOMER_ID:ref} tenía que llegar a {ADDRESS:addr} el martes y el "
    "repartidor no apareció. Mi móvil es el {PHONE:ph}.",
    "CONTRATO DE ARRENDAMIENTO. De una parte, {p.title} {PERSON:p}, mayor de edad, con NIE {NATIONAL_ID:nie} y domicilio en "
    "{ADDRESS:addr}; y de otra, {ORG:org}, con CIF {NATIONAL_ID:cif}, representada por {PERSON:q}.",
    "[{time}] {PERSON:p.first}: hola, ¿sabéis algo del pedido {CUSTOMER_ID:ref}?\n[{time}] {PERSON:q.first} (Nordhaven): "
    "Hola {PERSON:p.first}, salió ayer del almacén de Zaragoza.\n[{time}] {PERSON:p.first}: genial, avisadme al {PHONE:ph}",
    "Acta de la reunión del {day}. Asistentes: {PERSON:p}, {PERSON:q} ({ORG:org}) y {PERSON:r}. {PERSON:q.first} enviará el "
    "presupuesto revisado a {EMAIL:e} antes del viernes.",
    "Solicito domiciliar los recibos en la cuenta {IBAN:iban}. Titular: {PERSON:p}, DNI {NATIONAL_ID:dni}. "
    "Número de cliente {CUSTOMER_ID:ref}. Gracias.",
    "Estimados señores:\n\nMe llamo {PERSON:p} y me interesa el puesto de jefe de almacén en Zaragoza. Pueden "
    "contactarme en {EMAIL:e} o en el {PHONE:ph}.\n\nUn saludo,\n{PERSON:p}",
    "Parte de incidencia: el conductor {PERSON:p} comunicó un golpe leve en la A-2 con una furgoneta de {ORG:org}. "
    "Datos del tercero: {PERSON:q}, tel. {PHONE:ph}, domicilio en {ADDRESS:addr}.",
    "Recordatorio: el almacén de Valencia cierra a las 15:00 el 31/12. La versión 4.1 de {prod} ya está disponible "
    "y el 85 % de los camiones la usa. Dudas, a {mail}.",
    "Factura {CUSTOMER_ID:ref} emitida a {ORG:org} (CIF {NATIONAL_ID:cif}), {ADDRESS:addr}. Forma de pago: transferencia "
    "a {IBAN:iban}. Vencimiento a 30 días.",
    "Hola {PERSON:p.first}, te paso el contacto de {PERSON:q} de {ORG:org}: {EMAIL:e2}, {PHONE:ph}. Dile que vas de "
    "parte de {PERSON:r.first}.",
    "Hablé con {p.title} {PERSON:p.last} sobre el pedido {CUSTOMER_ID:ref}. {p.title} {PERSON:p.last} pide que le llamemos "
    "al {PHONE:ph} por la tarde.",
    "Estimado/a {PERSON:p}:\n\nGracias por confiar en {own}. Su reserva {CUSTOMER_ID:ref} queda confirmada para el lunes. "
    "Para cualquier cambio escriba a {mail}.\n\nAtentamente,\n{PERSON:q}",
    "Hoja de gastos rechazada: {PERSON:p} presentó un tique de 86,40 € de {ORG:org} sin NIF. El reembolso irá a "
    "{IBAN:iban} cuando lo corrija.",
    "Cambio de domicilio: {PERSON:p} (NIE {NATIONAL_ID:nie}) nos informa de que a partir del 1 de marzo vive en "
    "{ADDRESS:addr}. Nuevo teléfono: {PHONE:ph}.",
    "El cliente francés {PERSON:p} llamó desde el {PHONE:fr_ph} para reclamar el palé {CUSTOMER_ID:ref}; habla un poco de "
    "español. Su correo: {EMAIL:e}.",
    "Quick note in English for the UK team: {PERSON:p} ({EMAIL:e}) confirmó la recogida del envío {CUSTOMER_ID:ref} "
    "mañana a las 9:00. Contact on site: {PERSON:q}, {PHONE:ph}.",
    "Las tarifas de {prod} para 2025 suben un 3 %. El equipo comercial de {own} enviará el detalle a los clientes "
    "antes del 15 de enero; no hace falta responder a este aviso.",
]
OWN = {"en": ["Nordhaven Logistics", "Nordhaven"], "es": ["Nordhaven Logística", "Nordhaven"]}
PRODUCTS = ["FleetTrack", "RutaPlus", "FleetTrack Pro"]
MAILBOXES = {"en": ["support@nordhaven.example", "hr@nordhaven.example"],
             "es": ["soporte@nordhaven.example", "rrhh@nordhaven.example"]}
PHONE_COUNTRIES = {"en": ["UK"] * 5 + ["US"] * 2 + ["FR", "DE", "IT", "PT", "ES"],
                   "es": ["ES"] * 6 + ["PT", "FR", "DE", "IT", "UK", "US"]}


def fill(template: str, lang: str, rng: random.Random) -> dict:
    people = {k: Person(rng, lang) for k in "pqr"}
    while len({people[k].first for k in "pqr"}) < 3:
        people["r"] = Person(rng, lang)
        people["q"] = Person(rng, lang)
    cache: dict[str, str] = {}

    def value(key: str) -> str:
        if key in cache:
            return cache[key]
        if "." in key:
            who, attr = key.split(".")
            v = getattr(people[who], attr)
        elif key in "pqr":
            v = people[key].full
        elif key == "e":
            v = people["p"].email(rng)
        elif key == "e2":
            v = people["q"].email(rng)
        elif key in ("ph", "ph2"):
            v = phone(rng, rng.choice(PHONE_COUNTRIES[lang]))
        elif key == "us_ph":
            v = phone(rng, "US")
        elif key == "fr_ph":
            v = phone(rng, "FR")
        elif key == "iban":
            v = iban(rng, rng.choice(["ES", "ES", "GB", "DE", "FR", "IT", "PT", "NL"] if lang == "es"
                                     else ["GB", "GB", "ES", "DE", "FR", "IT", "PT", "NL"]))
        elif key in ("dni", "nie", "cif", "nino", "ssn"):
            v = globals()[key](rng)
        elif key == "addr":
            v = address(rng, "ES" if lang == "es" else rng.choice(["UK", "UK", "US"]))
        elif key == "us_addr":
            v = address(rng, "US")
        elif key == "org":
            v = rng.choice(ORGS_EN if lang == "en" else ORGS_ES)
        elif key in ("ref", "ref2"):
            v = customer_ref(rng)
        elif key == "own":
            v = rng.choice(OWN[lang])
        elif key == "prod":
            v = rng.choice(PRODUCTS)
        elif key == "mail":
            v = rng.choice(MAILBOXES[lang])
        elif key == "day":
            v = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2024"
        elif key == "time":
            v = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
        else:
            raise KeyError(key)
        if key != "time":
            cache[key] = v
        return v

    text, spans = render(template, value)
    return {"text": text, "lang": lang, "spans": spans}


def render(template: str, value, labels: dict | None = None) -> tuple[str, list[dict]]:
    """The text of `template` with each `{LABEL:key}` filled by `value(key)`, and the gold spans of the
    labelled ones; `labels` gives a label to keys the template leaves unlabelled."""
    text, spans = "", []
    for literal, label, key in _parse(template):
        text += literal
        if key is None:
            continue
        v = value(key)
        label = label or (labels or {}).get(key)
        if label:
            spans.append({"start": len(text), "end": len(text) + len(v), "label": label})
        text += v
    return text, spans


def _parse(template: str):
    pos = 0
    for m in re.finditer(r"\{(?:([A-Z_]+):)?([a-z_0-9.]+)\}", template):
        yield template[pos:m.start()], m.group(1), m.group(2)
        pos = m.end()
    yield template[pos:], None, None


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows = rows_from_templates(rng, {"en": EN, "es": ES}, N_PER_LANG, fill)
    # Edge cases: empty text, text that is nothing but PII, a very short one.
    rows.append({"id": "edge-001", "text": "", "lang": "en", "spans": []})
    p = Person(rng, "es")
    row = fill("{PERSON:p}\n{EMAIL:e}\n{PHONE:ph}", "es", rng)
    rows.append({"id": "edge-002", **row})
    rows.append({"id": "edge-003", "text": "ok, thanks!", "lang": "en", "spans": []})
    del p
    check_spans(rows)
    return rows


def rows_from_templates(rng: random.Random, templates: dict, n_per_lang: int, fill_one, prefix: str = "") -> list[dict]:
    """n_per_lang rows per language: the templates cycled, shuffled, each filled in with fresh values."""
    rows = []
    for lang, pool in templates.items():
        order = [pool[i % len(pool)] for i in range(n_per_lang)]
        rng.shuffle(order)
        for i, t in enumerate(order):
            rows.append({"id": f"{prefix}{lang}-{i + 1:03d}", **fill_one(t, lang, rng)})
    return rows


def check_spans(rows: list[dict]) -> None:
    """Self-check of a generated set: every span is exact (no surrounding blanks) and none overlap."""
    for row in rows:
        last = 0
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            assert s["start"] >= last and row["text"][s["start"]:s["end"]].strip() == row["text"][s["start"]:s["end"]]
            last = s["end"]


def main() -> None:
    write_rows(build(), HERE / "pii_eval.jsonl")


def write_rows(rows: list[dict], out: Path) -> None:
    """The set as JSONL, and a count of its spans by label."""
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    n: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            n[s["label"]] = n.get(s["label"], 0) + 1
    print(f"wrote {len(rows)} rows to {out}: {dict(sorted(n.items()))}")


if __name__ == "__main__":
    main()
