#!/usr/bin/env python
"""Generate the development labelled PII set `pii_dev.jsonl` (seeded, deterministic, all data fake).

    python ftwork/pii_eval/make_pii_dev.py           # rewrite pii_dev.jsonl beside this script

The third set, for generalizing the recognizers without touching the held-out one: its own client
(an online furniture shop and its trade customers), its own templates and name lists, written
without looking at pii_holdout.jsonl or its generator's lists. It stresses what real files hold:
English, Spanish and Latin-American given names (compound ones too) and two surnames with particles
(de, del, de la, y, hyphens), names in upper and lower case and as "Surname, Given name", with and
without titles (Sr., Sra., Dña., Dr., Lic., Mr, Ms...); companies with and without a legal form
(S.L., S.A., S.L.U., S.A. de C.V., Ltd, LLC, GmbH, Inc., "Grupo ...", "... y Asociados", acronyms);
references of many shapes after a word that says what they are ("ref.", "nº", "pedido",
"expediente", "cliente", "account", "case"...), including lower-case prefixes.

Row format and gold conventions are those of make_pii_eval.py (PERSON without the title, ORG with
its legal form, every reference labelled CUSTOMER_ID). Scored with pii_dev_config.json.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_pii_eval import (check_spans, digits, dni, iban, nie, phone, render, rows_from_templates,  # noqa: E402
                           strip_accents, write_rows)

SEED = 31337
N_PER_LANG = 80

GIVEN_EN = ["Abigail", "Benedict", "Cormac", "Delphine", "Ewan", "Fiona", "Gwendolyn", "Hamish", "Isla", "Jerome",
            "Kirsty", "Lachlan", "Mairead", "Nathaniel", "Ophelia", "Percival", "Rowena", "Seamus", "Tabitha",
            "Wilfred", "Yvonne", "Zachary", "Aaliyah", "Desmond", "Tariq", "Ngozi", "Sunita", "Brandon", "Kayleigh",
            "Duncan", "Morag", "Ellis", "Maeve", "Lorcan", "Esther", "Vikram", "Anneliese", "Connor", "Tamsin"]
SURNAME_EN = ["Abbott", "Bramley", "Cartwright", "Drummond", "Ellison", "Featherstone", "Goodwin", "Hartley",
              "Ingram", "Jarvis", "Kingsley", "Lockhart", "Merriweather", "Northcott", "Oduya", "Prendergast",
              "Radcliffe", "Sutherland", "Tennant", "Underwood", "Vickers", "Wainwright", "Yardley", "Achebe",
              "Banerjee", "Nwosu", "Kaczmarek", "McAllister", "Donnelly", "Ó Súilleabháin", "Carver-Holt", "Baker",
              "Fletcher", "Mason", "Marsh"]
GIVEN_ES = ["Ximena", "Valentina", "Camila", "Mateo", "Santiago", "Thiago", "Renata", "Florencia", "Agustina",
            "Benjamín", "Emiliano", "Guadalupe", "Itzel", "Jimena", "Rigoberto", "Eduviges", "Wilmer", "Yesenia",
            "Dayana", "Nicanor", "Rosalba", "Leonor", "Araceli", "Maximiliano", "Ignacio", "Fátima", "Anselmo",
            "Luis Miguel", "María del Carmen", "José Manuel", "Ana Sofía", "Juan Carlos", "Francisco Javier",
            "Mari Carmen", "María de los Ángeles", "Miguel Ángel", "Sofía Alejandra", "Juan de Dios", "Pedro Pablo",
            "Marta Elena", "Jesús María"]
SURNAME_ES = ["Arellano", "Bermúdez", "Cárdenas", "Echeverría", "Fajardo", "Galindo", "Hinojosa", "Ibarra",
              "Jaramillo", "Lozano", "Maldonado", "Noriega", "Ocampo", "Pacheco", "Quiroga", "Rentería", "Sepúlveda",
              "Tapia", "Urrutia", "Velasco", "Zamora", "Chávez", "Quispe", "Mamani", "Huanca", "Villalobos",
              "Ponce de León", "García-Prieto", "de los Santos", "del Valle", "de la Cruz", "Montes de Oca",
              "Moreno", "Castillo", "Rey", "Pastor", "Cordero", "Prado", "Cabello", "Toro", "Lobo", "Luna", "Mesa",
              "Cano", "Alegría", "Salas", "Aguirre", "Benítez", "Carvajal", "Olea", "Iturbide", "Cienfuegos"]


class Person:
    """A fake person and the ways documents write them (names drawn from the class's lists)."""

    given_en, surname_en, given_es, surname_es = GIVEN_EN, SURNAME_EN, GIVEN_ES, SURNAME_ES

    def __init__(self, rng: random.Random, lang: str):
        self.lang = lang
        if lang == "en":
            self.first = rng.choice(self.given_en)
            self.last = rng.choice(self.surname_en)
            if rng.random() < 0.15:
                self.last = f"{self.last}-{rng.choice(self.surname_en)}" if "-" not in self.last else self.last
            self.title = rng.choice(["Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Prof."])
        else:
            self.first = rng.choice(self.given_es)
            one, two = rng.choice(self.surname_es), rng.choice(self.surname_es)
            r = rng.random()
            if two == one or r < 0.25:
                self.last = one
            elif r < 0.35:
                self.last = f"{one} y {two}"
            else:
                self.last = f"{one} {two}"
            self.last = self.last[0].upper() + self.last[1:]  # "De la Cruz" at the start of the surnames
            self.title = rng.choice(["Sr.", "Sra.", "D.", "Dña.", "Dr.", "Dra.", "Lic.", "Ing."])
        self.full = f"{self.first} {self.last}"
        self.initial = rng.choice("ABCDEFGHJLMPRST") + "."
        self.inv = f"{self.last}, {self.first}"
        self.upper = self.full.upper()
        self.lower = self.full.lower()
        self.surname = self.last.split(" y ")[0] if " y " in self.last else self.last.split()[0] if not \
            self.last.lower().startswith(("de ", "del ", "ponce", "montes")) else self.last

    def email(self, rng: random.Random) -> str:
        f = re.sub(r"[^a-z]", "", strip_accents(self.first.split()[0]).lower())
        la = re.sub(r"[^a-z]", "", strip_accents(self.last.split()[-1]).lower())
        domain = rng.choice(["gmail.com", "icloud.com", "outlook.com", "hotmail.com", "yahoo.com.mx", "live.com.ar"])
        return f"{rng.choice([f'{f}.{la}', f'{f[0]}{la}', f'{la}{rng.randint(1, 99)}', f'{f}-{la}'])}@{domain}"


ORG_HEAD_ES = ["Distribuciones", "Construcciones", "Transportes", "Instalaciones", "Suministros", "Servicios",
               "Talleres", "Gestoría", "Inmobiliaria", "Comercial", "Carpintería", "Reformas", "Maderas", "Tapicerías",
               "Ferretería", "Hostelería", "Clínica"]
ORG_TAIL_ES = ["Albarrán", "del Sur", "Montejo", "Hermanos Gil", "Costa Brava", "La Alcarria", "Norteña", "Guadiana",
               "Ortiz", "Ebro", "del Pacífico", "Andina", "Miramar", "Los Pinos", "Rivera", "Sotomayor"]
ORG_SUFFIX_ES = ["S.L.", "S.A.", "S.L.U.", "SL", "SA", "S.A. de C.V.", "S.A.S.", "Ltda.", "S.R.L.", "S. Coop.", "SAC"]
ORG_HEAD_EN = ["Bright", "Harbour", "Granite", "Silverline", "Oakridge", "Northwind", "Redwood", "Bluebell",
               "Kingfisher", "Summit", "Larkspur", "Ashford", "Meridian", "Copperleaf"]
ORG_TAIL_EN = ["Logistics", "Joinery", "Analytics", "Dental", "Builders", "Consulting", "Catering", "Print", "Solar",
               "Interiors", "Removals", "Upholstery", "Timber"]
ORG_SUFFIX_EN = ["Ltd", "Ltd.", "LLC", "Inc.", "GmbH", "plc", "LLP", "Limited", "Corp.", "Pty Ltd"]


def org(rng: random.Random, lang: str, suffix: bool | None = None) -> str:
    """A company: a legal form or not, a "Grupo"/"y Asociados"/"& Sons" shape, or an acronym."""
    suffix = rng.random() < 0.5 if suffix is None else suffix
    kind = rng.random()
    if lang == "es":
        if kind < 0.15:
            base = f"Grupo {rng.choice(ORG_TAIL_ES + ['Iberfrío', 'Valdés', 'Solaz'])}"
        elif kind < 0.3:
            base = f"{rng.choice(SURNAME_ES[:30])} y Asociados"
        elif kind < 0.42:
            base = "".join(rng.choice("BCDFGLMNPRSTV") for _ in range(3)) + rng.choice([" Logística", " Ibérica", ""])
        else:
            base = f"{rng.choice(ORG_HEAD_ES)} {rng.choice(ORG_TAIL_ES)}"
        return f"{base} {rng.choice(ORG_SUFFIX_ES)}" if suffix else base
    if kind < 0.15:
        base = f"{rng.choice(SURNAME_EN[:25])} & Sons"
    elif kind < 0.27:
        base = f"{rng.choice(SURNAME_EN[:25])} and Partners"
    elif kind < 0.4:
        base = "".join(rng.choice("BCDFGHKLMNPRSTW") for _ in range(3)) + rng.choice([" Group", " Holdings", ""])
    else:
        base = f"{rng.choice(ORG_HEAD_EN)} {rng.choice(ORG_TAIL_EN)}"
    return f"{base} {rng.choice(ORG_SUFFIX_EN)}" if suffix else base


def _letters(rng, k, upper=True):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ" if upper else "abcdefghjkmnpqrstuvwxyz") for _ in range(k))


def reference(rng: random.Random) -> str:
    """A reference code: letters and digits, dashes, slashes, dots, lower-case prefixes, or digits only."""
    d = lambda k: digits(rng, k)  # noqa: E731
    year = rng.choice(["2023", "2024", "2025"])
    return rng.choice([
        f"{_letters(rng, 2)}-{d(4)}-{_letters(rng, 1)}", f"{year}/{d(5)}", f"PED-{d(6)}", f"EXP/{year}/{d(4)}",
        f"C-{d(5)}", f"acc-{d(5)}", f"CS{d(6)}", f"TK.{year}.{d(4)}", f"{d(4)}-{d(4)}", f"{d(8)}",
        f"INC{d(7)}", f"CTR-ES-{d(6)}", f"{d(4)}-{d(6)}-{d(2)}", f"{_letters(rng, 2)}{d(1)}{_letters(rng, 1)}{d(1)}{_letters(rng, 1)}",
        f"lm/{d(4)}/{_letters(rng, 1, False)}", f"RMA-{d(5)}", f"ALB {year} {d(4)}", f"ped-{year}-{d(4)}",
        f"{_letters(rng, 3)}{d(5)}", f"Q{d(2)}-{_letters(rng, 2)}{d(3)}", f"{d(3)}.{d(3)}.{d(3)}", f"cli{d(6)}",
    ])


REF_WORDS = {"en": ["order", "order no.", "Order #", "account", "account no.", "case", "case ref.", "ticket", "ref.",
                    "ref", "Your ref:", "incident", "customer no.", "customer ID", "booking ref", "RMA", "contract",
                    "claim", "policy no.", "quote"],
             "es": ["pedido", "pedido nº", "nº", "n.º", "ref.", "referencia", "expediente", "cliente", "nº de cliente",
                    "n.º cliente", "incidencia", "ticket", "albarán", "contrato", "póliza", "localizador",
                    "presupuesto", "reclamación", "socio nº", "su referencia:"]}

# {LABEL:key} is gold, {key} is not. Keys: p, q, r (people: .first .last .last_only .surname .initial .inv .upper .lower .title),
# e (e-mail of p), ph, ph2, iban, dni, nie, org / org_s / org_n (any / with / without a legal form), ref, ref2, kw, kw2
# (a reference word of the text's language), own, prod, day.
EN = [
    "Hi {PERSON:p.first},\nthanks for the order. {kw} {CUSTOMER_ID:ref} ships on {day}; the {prod} comes flat-packed.\n"
    "Cheers,\n{PERSON:q}",
    "Complaint logged by {PERSON:p} ({EMAIL:e}) about {kw} {CUSTOMER_ID:ref}: the {prod} arrived scratched. "
    "{p.title} {PERSON:p.last} wants a replacement, not a refund.",
    "Trade account opened for {ORG:org_s}. Buyer: {PERSON:p}, tel {PHONE:ph}. Invoices to be paid into {IBAN:iban}.",
    "Delivery driver from {ORG:org_n} called: nobody home at the address of {PERSON:p}. {PERSON:p.first} will ring "
    "back on {PHONE:ph}. {kw} {CUSTOMER_ID:ref}.",
    "CUSTOMER: {PERSON:p.upper}\nACCOUNT: {CUSTOMER_ID:ref}\nCOMPANY: {ORG:org_s}\nPHONE: {PHONE:ph}",
    "[chat] {PERSON:p.lower}: hi my {kw} is {CUSTOMER_ID:ref} and the sofa legs are missing\n[chat] agent {PERSON:q.first}: "
    "sorry about that, sending them today",
    "Name: {PERSON:p.inv}\nEmployer: {ORG:org}\nE-mail: {EMAIL:e}\nNotes: prefers morning deliveries.",
    "Meeting with {ORG:org_n} and {ORG:org_s} on {day}. Present: {PERSON:p}, {PERSON:q} and {PERSON:r}. "
    "{PERSON:q.first} to send the samples.",
    "Please cancel {kw} {CUSTOMER_ID:ref} and {kw2} {CUSTOMER_ID:ref2}. I ordered twice by mistake. {PERSON:p}",
    "{p.title} {PERSON:p.last} from {ORG:org} asked for a quote for 40 {prod} chairs for their new office.",
    "Our {prod} range is back in stock from Monday. Showroom opening hours in London and Madrid stay the same; "
    "the Spring catalogue goes out in March with 120 new items.",
    "Returns policy reminder: items must be unused and in the original packaging. Refunds take 5 to 10 working "
    "days. The Oak and Walnut finishes cannot be returned once assembled.",
    "Good morning {PERSON:p},\nyour {kw} {CUSTOMER_ID:ref} has been escalated to {PERSON:q} in our trade team.\n"
    "Best regards,\n{PERSON:r}\n{own}",
    "Supplier update: {ORG:org_s} will take over the upholstery work from {ORG:org_n}. Contact {PERSON:p} on {EMAIL:e}.",
    "Spoke with {PERSON:p.first} {PERSON:p.last_only} yesterday; she confirmed the invoice address. {kw} {CUSTOMER_ID:ref}.",
    "Warranty claim {CUSTOMER_ID:ref}: customer {PERSON:p}, DOB withheld, phone {PHONE:ph}. Assigned to {PERSON:q.first}.",
    "From: {PERSON:p} <{EMAIL:e}>\nTo: {PERSON:q}\nCC: {PERSON:r.first} {PERSON:r.last_only}\nSubject: {kw} {CUSTOMER_ID:ref}",
    "Refund approved by {PERSON:q} on {day}; reported by {PERSON:p.first} {PERSON:p.initial} {PERSON:p.last_only} of {ORG:org_s}.",
    "{PERSON:p.first}'s sofa was collected by our driver ({PERSON:q}). {PERSON:q.first} says the frame is fine.",
    "| {PERSON:p} | {PHONE:ph} | {CUSTOMER_ID:ref} |\n| {PERSON:q} | {PHONE:ph2} | {CUSTOMER_ID:ref2} |",
    "Yesterday {PERSON:p} visited the showroom with her partner {PERSON:q.first}. They liked the {prod} in grey.",
]
ES = [
    "Hola {PERSON:p.first}:\nya tenemos tu {kw} {CUSTOMER_ID:ref}; el {prod} sale del almacén el {day}.\nUn saludo,\n{PERSON:q}",
    "Reclamación de {p.title} {PERSON:p} (DNI {NATIONAL_ID:dni}) por el {kw} {CUSTOMER_ID:ref}: la mesa llegó rota. "
    "Pide que la llamen al {PHONE:ph}.",
    "Alta de cliente profesional: {ORG:org_s}, persona de contacto {PERSON:p}, correo {EMAIL:e}. "
    "Domiciliación en {IBAN:iban}.",
    "El transportista de {ORG:org_n} no encontró a nadie en casa de {PERSON:p}. {PERSON:p.first} volverá a llamar "
    "al {PHONE:ph}. {kw} {CUSTOMER_ID:ref}.",
    "CLIENTE: {PERSON:p.upper}\nNIE: {NATIONAL_ID:nie}\nEMPRESA: {ORG:org_s}\nTELÉFONO: {PHONE:ph}",
    "[whatsapp] {PERSON:p.lower}: buenas, mi {kw} es el {CUSTOMER_ID:ref} y faltan las patas del sofá\n"
    "[whatsapp] {PERSON:q.first}: perdona, te las mandamos hoy",
    "Apellidos y nombre: {PERSON:p.inv}\nEmpresa: {ORG:org}\nCorreo: {EMAIL:e}\nObservaciones: entregar por la mañana.",
    "Reunión con {ORG:org_n} y {ORG:org_s} el {day}. Asisten {PERSON:p}, {PERSON:q} y {PERSON:r}. "
    "{PERSON:q.first} enviará las muestras.",
    "Por favor anulen el {kw} {CUSTOMER_ID:ref} y el {kw2} {CUSTOMER_ID:ref2}, lo pedí dos veces. Gracias, {PERSON:p}",
    "{p.title} {PERSON:p.last} de {ORG:org} solicita presupuesto para 40 sillas {prod} para su nueva oficina.",
    "La colección {prod} vuelve a estar disponible el lunes. Los horarios de la tienda de Sevilla y de Valencia no "
    "cambian; el catálogo de Primavera sale en marzo con 120 novedades.",
    "Recordatorio de devoluciones: el artículo debe estar sin usar y en su embalaje. El reembolso tarda de 5 a 10 "
    "días hábiles. Los acabados Roble y Nogal no se aceptan una vez montados.",
    "Buenos días, {PERSON:p}:\nsu {kw} {CUSTOMER_ID:ref} ha pasado a {PERSON:q}, del equipo de empresas.\n"
    "Atentamente,\n{PERSON:r}\n{own}",
    "Cambio de proveedor: {ORG:org_s} se encarga de la tapicería en lugar de {ORG:org_n}. Contacto: {PERSON:p}, {EMAIL:e}.",
    "Ayer hablé con {PERSON:p.first} {PERSON:p.last_only}; confirmó la dirección de facturación. {kw} {CUSTOMER_ID:ref}.",
    "Garantía {CUSTOMER_ID:ref}: cliente {PERSON:p}, móvil {PHONE:ph}. La gestiona {PERSON:q.first} {PERSON:q.surname}.",
    "De: {PERSON:p} <{EMAIL:e}>\nPara: {PERSON:q}\nCC: {PERSON:r.first} {PERSON:r.last_only}\nAsunto: {kw} {CUSTOMER_ID:ref}",
    "Devolución aprobada por {PERSON:q} el {day}; la comunicó {PERSON:p.first} {PERSON:p.initial} {PERSON:p.last_only}, de {ORG:org_s}.",
    "El sofá de {PERSON:p.first} lo recogió nuestro transportista ({PERSON:q}). Según {PERSON:q.first}, la estructura está bien.",
    "| {PERSON:p} | {PHONE:ph} | {CUSTOMER_ID:ref} |\n| {PERSON:q} | {PHONE:ph2} | {CUSTOMER_ID:ref2} |",
    "Ayer vino a la tienda {PERSON:p} con su pareja, {PERSON:q.first}. Les gustó el {prod} en gris.",
]
OWN = {"en": ["Lumbre Furniture", "Lumbre"], "es": ["Muebles Lumbre", "Lumbre"]}
PRODUCTS = ["SofaFlex", "Nido", "Arce Plus"]
PHONES = {"en": ["UK", "UK", "UK", "US", "ES", "FR"], "es": ["ES", "ES", "ES", "ES", "PT", "FR", "UK"]}


def fill(template: str, lang: str, rng: random.Random, person=Person, own=OWN, products=PRODUCTS) -> dict:
    """One row of `template`: fresh people (`person(rng, lang)`), companies, references and numbers."""
    people = {k: person(rng, lang) for k in "pqr"}
    while len({people[k].first for k in "pqr"}) < 3 or len({people[k].surname for k in "pqr"}) < 3:
        people["q"], people["r"] = person(rng, lang), person(rng, lang)
    cache: dict[str, str] = {}

    def value(key: str) -> str:
        if key in cache:
            return cache[key]
        if "." in key:
            who, attr = key.split(".")
            v = people[who].last if attr == "last_only" else getattr(people[who], attr)
        elif key in "pqr":
            v = people[key].full
        elif key == "e":
            v = people["p"].email(rng)
        elif key in ("ph", "ph2"):
            v = phone(rng, rng.choice(PHONES[lang]))
        elif key == "iban":
            v = iban(rng, rng.choice(["ES", "ES", "GB", "DE", "FR", "PT"]))
        elif key in ("dni", "nie"):
            v = {"dni": dni, "nie": nie}[key](rng)
        elif key.startswith("org"):
            v = org(rng, lang, {"org": None, "org_s": True, "org_n": False}[key])
            while key != "org" and v in cache.values():
                v = org(rng, lang, key == "org_s")
        elif key in ("ref", "ref2"):
            v = reference(rng)
        elif key in ("kw", "kw2"):
            v = rng.choice(REF_WORDS[lang])
        elif key == "own":
            v = rng.choice(own[lang])
        elif key == "prod":
            v = rng.choice(products)
        elif key == "day":
            v = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
        else:
            raise KeyError(key)
        cache[key] = v
        return v

    text, spans = render(template, value)
    return {"text": text, "lang": lang, "spans": spans}


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows = rows_from_templates(rng, {"en": EN, "es": ES}, N_PER_LANG, fill, prefix="d-")
    check_spans(rows)
    return rows


def main() -> None:
    write_rows(build(), HERE / "pii_dev.jsonl")


if __name__ == "__main__":
    main()
