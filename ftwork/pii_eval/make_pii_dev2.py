#!/usr/bin/env python
"""Generate the second development labelled PII set `pii_dev2.jsonl` (seeded, deterministic, all data fake).

    python ftwork/pii_eval/make_pii_dev2.py          # rewrite pii_dev2.jsonl beside this script

A fourth set, for generalizing the person and company recognizers further without touching the
held-out one: its own client (a chain of veterinary clinics and the owners of its patients), its own
templates (appointment reminders, voicemail transcripts, forwarded mails, rota notes, CSV lines,
names after verbs, in parentheses, after roles) and names chosen from outside the lexicon the
recognizers know (Faker's locales): Basque, Catalan, Galician, Andean, Romanian, Moroccan, Chinese,
Welsh, Irish, Nigerian and Polish given names and surnames as they are written in Spain, Latin America,
Britain and Ireland, and Spanish surnames that are also ordinary words (Bueno, Campos, Peña). Written
without looking at pii_holdout.jsonl or its generator's lists. Row format and gold conventions are
those of make_pii_eval.py; persons, companies and references are drawn as in make_pii_dev.py.
Scored with pii_dev2_config.json.
"""
from __future__ import annotations

import functools
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_pii_dev import Person, fill  # noqa: E402
from make_pii_eval import check_spans, rows_from_templates, write_rows  # noqa: E402

SEED = 2718
N_PER_LANG = 80

GIVEN_EN = ["Oluwaseun", "Chiamaka", "Niamh", "Caoimhe", "Saoirse", "Tadhg", "Ruairí", "Bartosz", "Agnieszka",
            "Wojciech", "Xiaoling", "Jian", "Meiling", "Arjun", "Lakshmi", "Raghav", "Anushka", "Kwame", "Adaeze",
            "Emeka", "Hollis", "Marigold", "Thaddeus", "Rhiannon", "Bronwen", "Dafydd", "Iolo", "Eilidh", "Ruaridh",
            "Farah", "Yusuf", "Zainab", "Imogen", "Jago", "Clementine", "Oisín", "Aisling", "Folasade", "Tendai"]
SURNAME_EN = ["Adeyemi", "Okonkwo", "Eze", "Nowakowski", "Wiśniewska", "Zhang", "Venkataraman", "Iyer", "Chaudhry",
              "Mensah", "Boateng", "Pryce", "Llewellyn", "MacLeod", "Fairbairn", "Thistlewood", "Ashdown",
              "Pennington", "Crowther", "Garside", "Blackwood", "Hollingsworth", "Tregear", "Penhaligon", "Hussain",
              "Rahman", "Greenhalgh", "Marsh-Whitley", "Ní Bhriain", "Mac Giolla Phádraig", "Oyelaran", "Mutasa",
              "Przybylski", "Ferreira-Lund", "Baptiste", "Kaur"]
GIVEN_ES = ["Aitana", "Iratxe", "Nahia", "Garazi", "Eneko", "Ander", "Oihane", "Jordi", "Montserrat", "Núria", "Pau",
            "Arnau", "Meritxell", "Xoán", "Uxía", "Brais", "Antía", "Iago", "Yaretzi", "Citlali", "Xóchitl", "Nayeli",
            "Ixchel", "Wayra", "Illari", "Ionela", "Mihai", "Florin", "Youssef", "Fatima Zahra", "Mohamed Amine",
            "Yanet", "Yeferson", "Brayan", "Dayanara", "Maricruz", "Juan Bautista", "María Inmaculada", "Rosa Elvira",
            "José Antonio", "Ana Belén", "María Pilar", "Luz Amparo", "Carlos Alberto", "Xabier", "Ainara"]
SURNAME_ES = ["Arrizabalaga", "Urkiola", "Zubizarreta", "Olaizola", "Puigdomènech", "Casademunt", "Vilaró", "Bosch",
              "Outeiriño", "Fariña", "Lamas", "Barreiro", "Huamán", "Condori", "Yupanqui", "Ccama", "Popescu",
              "Ionescu", "El Amrani", "Benali", "Chen", "Bueno", "Campos", "Blanco", "Iglesias", "Caballero", "Guerra",
              "Santos", "Cruz", "Flores", "Nieto", "Palomo", "Peña", "Soler", "Rubio", "Delgado", "Manzano",
              "Olivares", "Higueras", "de Miguel", "de la Fuente", "del Río", "San Martín", "Sáenz de Ugarte",
              "Fernández de Córdoba", "Díaz-Cañabate", "Txurruka", "Goñi", "Anguita", "Espinosa de los Monteros"]


class Dev2Person(Person):
    """make_pii_dev's person with this set's name lists."""

    given_en, surname_en, given_es, surname_es = GIVEN_EN, SURNAME_EN, GIVEN_ES, SURNAME_ES


# {LABEL:key} is gold, {key} is not; the keys are make_pii_dev.py's.
EN = [
    "Reminder: {PERSON:p.first}, the booster for your dog is due on {day}. Reply YES to confirm. Azahar Vets",
    "Voicemail 09:14 – caller said her name was {PERSON:p}, calling about {kw} {CUSTOMER_ID:ref}, please ring "
    "back on {PHONE:ph}. She mentioned that {PERSON:q.first} had already spoken to her.",
    "---------- Forwarded message ----------\nFrom: {PERSON:p} <{EMAIL:e}>\nDate: {day}\nSubject: Re: {kw} "
    "{CUSTOMER_ID:ref}\n\n{PERSON:q.first}, can you deal with this one? Thanks, {PERSON:r.first}",
    "Rota for {day}: surgery – {PERSON:p}; consults – {PERSON:q.first} {PERSON:q.last_only}; reception – "
    "{PERSON:r.first}.",
    "{PERSON:p.inv},{EMAIL:e},{PHONE:ph},{CUSTOMER_ID:ref}",
    "Seen today: the cat of {PERSON:p} (owner since 2021). Referred by {p.title} {PERSON:q.last} at {ORG:org_s}.",
    "Called {PERSON:p.first} {PERSON:p.initial} {PERSON:p.last_only} twice, no answer. Left a message with her "
    "husband {PERSON:q.first}. {kw} {CUSTOMER_ID:ref}.",
    "Invoice query from {ORG:org} (contact: {PERSON:p}). They say {kw} {CUSTOMER_ID:ref} was paid into "
    "{IBAN:iban} last week.",
    "Dear {p.title} {PERSON:p.last},\nwe are sorry to hear about your loss. {PERSON:q.first} and the team at "
    "{own} are thinking of you.\n{PERSON:q}, practice manager",
    "Signed for by {PERSON:p.upper} at 14:02. Courier: {ORG:org_n}.",
    "Per {PERSON:p.first}'s note, the lab results for {kw} {CUSTOMER_ID:ref} go to {PERSON:q} ({EMAIL:e}), "
    "not to the practice.",
    "Our new opening hours start on Monday: Saturdays 9 to 1, no appointments needed for nail clipping. "
    "Parking at the back is free for clients.",
    "Complaint: {PERSON:p} says {PERSON:q.first} {PERSON:q.last_only} was rude at the front desk. Manager "
    "{PERSON:r} will call her on {PHONE:ph}.",
    "Attn: {PERSON:p}\nRe: {kw} {CUSTOMER_ID:ref}\nPlease find the vaccination certificate attached.",
    "Locum cover agreed with {ORG:org_s}: {PERSON:p} (Tue, Thu) and {PERSON:q} (Fri).",
    "new client {PERSON:p.lower} – phone {PHONE:ph} – prefers text messages",
]
ES = [
    "Recordatorio: {PERSON:p.first}, la vacuna de tu perro toca el {day}. Responde SÍ para confirmar. Clínica Azahar",
    "Buzón de voz 09:14 – dice que se llama {PERSON:p}, llama por el {kw} {CUSTOMER_ID:ref}, que le devuelvan la "
    "llamada al {PHONE:ph}. Comenta que ya habló con {PERSON:q.first}.",
    "---------- Mensaje reenviado ----------\nDe: {PERSON:p} <{EMAIL:e}>\nFecha: {day}\nAsunto: RE: {kw} "
    "{CUSTOMER_ID:ref}\n\n{PERSON:q.first}, ¿te encargas tú? Gracias, {PERSON:r.first}",
    "Turnos del {day}: quirófano – {PERSON:p}; consultas – {PERSON:q.first} {PERSON:q.last_only}; recepción – "
    "{PERSON:r.first}.",
    "{PERSON:p.inv};{EMAIL:e};{PHONE:ph};{CUSTOMER_ID:ref}",
    "Visto hoy: el gato de {PERSON:p} (cliente desde 2021). Lo deriva {p.title} {PERSON:q.last}, de {ORG:org_s}.",
    "Llamé dos veces a {PERSON:p.first} {PERSON:p.initial} {PERSON:p.last_only}, sin respuesta. Dejé recado a su "
    "marido, {PERSON:q.first}. {kw} {CUSTOMER_ID:ref}.",
    "Consulta de facturación de {ORG:org} (contacto: {PERSON:p}). Dicen que el {kw} {CUSTOMER_ID:ref} se pagó en "
    "{IBAN:iban} la semana pasada.",
    "Estimado/a {p.title} {PERSON:p.last}:\nsentimos mucho su pérdida. {PERSON:q.first} y todo el equipo de "
    "{own} le acompañamos.\n{PERSON:q}, gerente de la clínica",
    "Firmado por {PERSON:p.upper} a las 14:02. Mensajería: {ORG:org_n}.",
    "Según la nota de {PERSON:p.first}, los análisis del {kw} {CUSTOMER_ID:ref} se envían a {PERSON:q} "
    "({EMAIL:e}), no a la clínica.",
    "El nuevo horario empieza el lunes: sábados de 9 a 13, sin cita para cortar uñas. El aparcamiento de atrás es "
    "gratuito para los clientes.",
    "Queja: {PERSON:p} dice que {PERSON:q.first} {PERSON:q.last_only} la atendió mal en recepción. La "
    "responsable, {PERSON:r}, la llamará al {PHONE:ph}.",
    "A/A: {PERSON:p}\nRef.: {kw} {CUSTOMER_ID:ref}\nLe adjuntamos el certificado de vacunación. DNI del titular: "
    "{NATIONAL_ID:dni}.",
    "Sustituciones acordadas con {ORG:org_s}: {PERSON:p} (martes y jueves) y {PERSON:q} (viernes).",
    "cliente nuevo {PERSON:p.lower} – tlf {PHONE:ph} – prefiere whatsapp",
]
OWN = {"en": ["Azahar Vets", "Azahar"], "es": ["Clínica Azahar", "Azahar"]}
PRODUCTS = ["Vetalia", "Dentivet"]


def build() -> list[dict]:
    rng = random.Random(SEED)
    fill_one = functools.partial(fill, person=Dev2Person, own=OWN, products=PRODUCTS)
    rows = rows_from_templates(rng, {"en": EN, "es": ES}, N_PER_LANG, fill_one, prefix="d2-")
    check_spans(rows)
    return rows


def main() -> None:
    write_rows(build(), HERE / "pii_dev2.jsonl")


if __name__ == "__main__":
    main()
