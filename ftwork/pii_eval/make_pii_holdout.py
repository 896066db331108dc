#!/usr/bin/env python
"""Generate the held-out labelled PII set `pii_holdout.jsonl` (seeded, deterministic, all data fake).

    python ftwork/pii_eval/make_pii_holdout.py       # rewrite pii_holdout.jsonl beside this script

Written once, before any tuning against it, and never used for tuning: recognizers are tuned on
`pii_eval.jsonl` only; this file measures how that tuning carries over. It differs from both the
samples and pii_eval.jsonl on purpose: a fictional property-management and insurance broker
("Alcor Gestión"), Spanish and Latin-American compound names (two given names, two surnames,
particles such as "de la" and "del", surnames that are ordinary words: Plaza, Bueno, Campos),
companies with and without a legal form (S.L., S.A. de C.V., S.A.C., SpA, LLP or none), and
reference formats that no deny list or pattern of its config knows (policy, claim, file numbers).
Row format and gold conventions are those of make_pii_eval.py.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_pii_eval import (check_spans, cif, digits, dni, iban, nie, nino, phone, render,  # noqa: E402
                           rows_from_templates, strip_accents, write_rows)

SEED = 90210
N_PER_LANG = 70

GIVEN_ES = ["María Fernanda", "Juan Pablo", "Luz Marina", "José Antonio", "Ana Belén", "Carlos Andrés", "Rosa María",
            "Francisco Javier", "Lucía", "Mateo", "Valentina", "Santiago", "Ximena", "Emiliano", "Guadalupe", "Ramiro",
            "Dolores", "Agustín", "Florencia", "Nahuel", "Yesenia", "Wilmer", "Maricruz", "Eusebio", "Milagros",
            "Jesús María", "Pilar", "Hernán", "Soledad", "Leonel"]
SURNAMES_ES = ["Quispe", "Mamani", "Huamán", "Chávez", "Córdova", "Montoya", "Villalobos", "Sepúlveda", "Pineda", "Ocampo",
               "Bermúdez", "Altamirano", "Zúñiga", "Barrientos", "Plaza", "Bueno", "Campos", "Prado", "Montes", "Llanos",
               "Rey", "Nieto", "Calle", "Rosales", "de la Cruz", "del Valle", "de los Santos", "Iturbide", "Echenique",
               "Saavedra", "Mas", "Sales", "Cano", "Lozano", "Vidal", "Arenas"]
GIVEN_EN = ["Eamon", "Tilly", "Rajesh", "Oksana", "Fergus", "Delphine", "Kofi", "Marisa", "Ewan", "Ingrid", "Bartholomew",
            "Precious", "Lachlan", "Wren", "Anouk", "Desmond"]
SURNAMES_EN = ["Smith-Jones", "McAllister", "O'Driscoll", "Venkataraman", "Hollingsworth", "Nwosu", "Carmichael",
               "Featherstone", "Van der Berg", "Ramírez", "Threlfall", "Oduya", "Kilbride", "Marchetti"]


class Person:
    def __init__(self, rng: random.Random, lang: str):
        if lang == "es" or rng.random() < 0.25:  # Spanish-speaking clients write in English too
            self.first = rng.choice(GIVEN_ES)
            a, b = rng.sample(SURNAMES_ES, 2)
            self.last = a
            self.full = f"{self.first} {a} {b}" if rng.random() < 0.8 else f"{self.first} {a}"
        else:
            self.first, self.last = rng.choice(GIVEN_EN), rng.choice(SURNAMES_EN)
            self.full = f"{self.first} {self.last}"
        self.title = rng.choice(["Mr", "Ms", "Dr"]) if lang == "en" else rng.choice(["Sr.", "Sra.", "Lic.", "Ing.", "Dña."])
        self.lang = lang

    def email(self, rng: random.Random) -> str:
        f = re.sub(r"[^a-z]", "", strip_accents(self.first.split()[0]).lower())
        la = re.sub(r"[^a-z]", "", strip_accents(self.last.split()[-1]).lower())
        domain = rng.choice(["gmail.com", "yahoo.com.mx", "hotmail.com", "outlook.com", "icloud.com", "live.com.ar",
                             "correo.example.pe"])
        return f"{rng.choice([f'{f}.{la}', f'{f[0]}.{la}', f'{la}{f[0]}', f'{f}{la}{rng.randint(1, 9)}'])}@{domain}"


def latam_phone(rng: random.Random) -> str:
    return rng.choice([f"+52 55 {digits(rng, 4)} {digits(rng, 4)}", f"+57 3{digits(rng, 2)} {digits(rng, 7)}",
                       f"+54 9 11 {digits(rng, 4)}-{digits(rng, 4)}", f"+56 9 {digits(rng, 4)} {digits(rng, 4)}"])


ORGS = ["Inmobiliaria Costa Azahar S.L.", "Construcciones Hermanos Pardo", "Ferretería El Martillo", "Bluewater Analytics",
        "Northgate Partners LLP", "Grupo Alimentario Sierra Madre S.A. de C.V.", "Distribuidora Andina S.A.C.",
        "Comercial Patagonia SpA", "Oakridge Lettings Ltd", "Reformas Integrales Turia", "Talleres Mecánicos Olmo S.L.U.",
        "Kingfisher Dental Group"]


def reference(rng: random.Random) -> str:
    return rng.choice([f"PL-{digits(rng, 2)}/{rng.choice(['2023', '2024'])}-{digits(rng, 4)}",
                       f"EXP-{rng.choice(['2023', '2024'])}/{digits(rng, 5)}",
                       f"CLM-{digits(rng, 4)}-{rng.choice('ABCDEF')}", f"{digits(rng, 5)}-{rng.choice('HJKLM')}"])


ES_ADDR = [("Calle del Prado", "28014 Madrid"), ("Avenida Blasco Ibáñez", "46010 Valencia"),
           ("Calle Ancha de San Bernardo", "18002 Granada"), ("Paseo de la Castellana", "28046 Madrid"),
           ("Calle de la Merced", "30001 Murcia")]
UK_ADDR = [("Tannery Lane", "Leicester LE2 7PX"), ("Regent Street", "Cambridge CB2 1AB"), ("Wharf Road", "Bath BA2 3QT")]


def address(rng: random.Random, lang: str) -> str:
    if lang == "es":
        street, town = rng.choice(ES_ADDR)
        return f"{street} {rng.randint(2, 120)}{rng.choice(['', ', 3º B', ', 1º dcha.', ' Piso 4'])}, {town}"
    street, town = rng.choice(UK_ADDR)
    return f"{rng.randint(1, 99)} {street}, {town}"


# {LABEL:key} marks a gold span; keys: p, q (people; .title/.last), e, ph, lph, iban, dni, nie, cif, nino, addr, org,
# org2, ref, own (the broker, allowed), day.
EN = [
    "Claim {CUSTOMER_ID:ref} was opened by {PERSON:p} after the leak at {ADDRESS:addr}. Call back on {PHONE:ph}.",
    "From: {PERSON:p} <{EMAIL:e}>\nTo: claims team\nSubject: policy {CUSTOMER_ID:ref}\n\nPlease send the renewal to my new e-mail.",
    "{org_o} asked {own} to quote for their office; the contact there is {PERSON:q}.",
    "Tenant {PERSON:p} (NIE {NATIONAL_ID:nie}) moved out on {day}. Deposit refund to {IBAN:iban}.",
    "Hi {p.first},\nthanks for the documents. {ORG:org} confirmed the repair. Regards, {PERSON:q}",
    "Landlord: {PERSON:p}, {ADDRESS:addr}, tel. {PHONE:lph}. Managing agent: {own}.",
    "Meeting notes – attendees: {PERSON:p}, {PERSON:q}. Action: {q.title} {PERSON:q.last} to chase {ORG:org}.",
    "Direct debit mandate signed by {PERSON:p}, account {IBAN:iban}, NI number {NATIONAL_ID:nino}.",
    "Our supplier {ORG:org} has changed its address; invoices for file {CUSTOMER_ID:ref} go to {EMAIL:e}.",
    "The quarterly report of {own} is attached. Occupancy rose to 94% and no claims were rejected.",
    "Voicemail from {PERSON:p} ({PHONE:lph}) about the boiler at {ADDRESS:addr}.",
    "{q.title} {PERSON:q.last} wrote from {EMAIL:e} to dispute claim {CUSTOMER_ID:ref}.",
]
ES = [
    "El inquilino {PERSON:p}, con DNI {NATIONAL_ID:dni}, comunica una fuga en {ADDRESS:addr}. Teléfono: {PHONE:ph}.",
    "De: {PERSON:p} <{EMAIL:e}>\nAsunto: póliza {CUSTOMER_ID:ref}\n\nLes ruego que me envíen el recibo de este año.",
    "Estimada {PERSON:q}:\nle confirmamos que {ORG:org} hará la reparación el {day}. Atentamente, {own}.",
    "Propietario: {PERSON:p} · NIE {NATIONAL_ID:nie} · cuenta {IBAN:iban}",
    "Reunión con {ORG:org} y {ORG:org2}: asistieron {PERSON:p} y {PERSON:q}. Queda pendiente el expediente {CUSTOMER_ID:ref}.",
    "Llamó {p.title} {PERSON:p.last} desde {PHONE:lph} para preguntar por el siniestro {CUSTOMER_ID:ref}.",
    "Cliente: {PERSON:p}\nCIF empresa: {NATIONAL_ID:cif}\nDomicilio: {ADDRESS:addr}",
    "{own} publica su memoria anual: 1.240 viviendas gestionadas y un 3% menos de impagos.",
    "Hola {p.first}, te reenvío el presupuesto de {ORG:org}. Un saludo, {PERSON:q}",
    "La factura del proveedor {ORG:org} debe pagarse en {IBAN:iban} antes del {day}.",
    "Parte de siniestro firmado por {PERSON:p} ({EMAIL:e}), vivienda en {ADDRESS:addr}.",
    "Contacto en {ORG:org}: {PERSON:q}, móvil {PHONE:ph}.",
]
OWN = {"en": ["Alcor Gestión", "Alcor"], "es": ["Alcor Gestión", "Alcor"]}
PHONE_COUNTRIES = {"en": ["UK", "UK", "UK", "US", "ES", "IT"], "es": ["ES", "ES", "ES", "ES", "PT", "FR"]}


def fill(template: str, lang: str, rng: random.Random) -> dict:
    people = {"p": Person(rng, lang), "q": Person(rng, lang)}
    while people["q"].first == people["p"].first:
        people["q"] = Person(rng, lang)
    cache: dict[str, str] = {}
    makers = {"e": lambda: people["p"].email(rng), "ph": lambda: phone(rng, rng.choice(PHONE_COUNTRIES[lang])),
              "lph": lambda: latam_phone(rng) if rng.random() < 0.5 else phone(rng, rng.choice(PHONE_COUNTRIES[lang])),
              "iban": lambda: iban(rng, rng.choice(["ES", "ES", "GB", "PT", "IT"])), "dni": lambda: dni(rng),
              "nie": lambda: nie(rng), "cif": lambda: cif(rng), "nino": lambda: nino(rng),
              "addr": lambda: address(rng, lang), "org": lambda: rng.choice(ORGS), "ref": lambda: reference(rng),
              "own": lambda: rng.choice(OWN[lang]), "day": lambda: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2024"}
    makers["org2"] = lambda: rng.choice([o for o in ORGS if o != cache.get("org")])
    makers["org_o"] = makers["org"]

    def value(key: str) -> str:
        if key not in cache:
            if "." in key:
                who, attr = key.split(".")
                cache[key] = getattr(people[who], attr)
            elif key in people:
                cache[key] = people[key].full
            else:
                cache[key] = makers[key]()
        return cache[key]

    # an organisation at the start of a sentence ({org_o}) is gold too
    text, spans = render(template, value, labels={"org_o": "ORG"})
    return {"text": text, "lang": lang, "spans": spans}


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows = rows_from_templates(rng, {"en": EN, "es": ES}, N_PER_LANG, fill, prefix="h-")
    check_spans(rows)
    return rows


def main() -> None:
    write_rows(build(), HERE / "pii_holdout.jsonl")


if __name__ == "__main__":
    main()
