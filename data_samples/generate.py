#!/usr/bin/env python
"""Generate the Brisa Bikes S.L. sample data (all personal data is fake).

    python data_samples/generate.py            # rewrite the files next to this script
    python data_samples/generate.py --out DIR  # write them somewhere else

Seeded and deterministic: with the same Faker version (see GENERATED_WITH_FAKER) every run
produces byte-identical files. Each output file has its own seed, so changing one generator
does not reshuffle the others. Texts and catalogues live in templates.py.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
import unicodedata
from pathlib import Path

from faker import Faker

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import templates as T  # noqa: E402

GENERATED_WITH_FAKER = "40.54.0"  # the committed files were generated with this Faker version
SEED = 20240607
N_TICKETS, N_EMAILS, N_INVOICES = 400, 120, 120
CATEGORIES = ["billing", "shipping_delay", "returns_refunds", "damaged_item",
              "product_question", "order_change", "account_access", "warranty_repair"]
PRIORITIES = ["low", "normal", "high", "urgent"]
BASE_PRIORITY = {"billing": 1, "shipping_delay": 1, "returns_refunds": 1, "damaged_item": 2,
                 "product_question": 0, "order_change": 1, "account_access": 1, "warranty_repair": 1}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
# locale, country, weight
LOCALES = [("en_GB", "UK", 38), ("es_ES", "ES", 36), ("en_US", "US", 7), ("fr_FR", "FR", 5),
           ("de_DE", "DE", 5), ("it_IT", "IT", 5), ("pt_PT", "PT", 4)]
MAIL_DOMAINS = {"UK": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"],
                "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
                "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
                "FR": ["orange.fr", "free.fr", "gmail.com"], "DE": ["gmx.de", "web.de", "t-online.de"],
                "IT": ["libero.it", "gmail.com", "virgilio.it"], "PT": ["sapo.pt", "gmail.com"]}
CLIENTS = [("Ciclos Turia S.L.", "ES"), ("Pedalea Alicante S.L.", "ES"), ("Rueda Norte Bicicletas S.L.", "ES"),
           ("Mallorca Bike Tours S.L.", "ES"), ("Bristol Wheelworks Ltd", "UK"), ("Hebden Bridge Bike Hub Ltd", "UK")]
SUPPLIERS = [("Levante Ciclo Distribución S.A.", "ES", "F{y}/{n:04d}"), ("Recambios Ciclistas Vélez S.L.", "ES", "A-{yy}-{n:03d}"),
             ("Northgate Cycle Distribution Ltd", "UK", "SI-{n:05d}"), ("Rheinrad Komponenten GmbH", "DE", "{y}-RK-{n:04d}")]

# ----------------------------------------------------------------------------- checksums & IDs
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def make_dni(rng):
    n = rng.randint(10_000_000, 99_999_999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def make_nie(rng):
    p, n = rng.choice("XYZ"), digits(rng, 7)
    return f"{p}{n}{DNI_LETTERS[int(str('XYZ'.index(p)) + n) % 23]}"


def make_cif(rng, letter="B"):
    d = digits(rng, 7)
    total = sum(int(c) for c in d[1::2]) + sum(sum(divmod(int(c) * 2, 10)) for c in d[0::2])
    return f"{letter}{d}{(10 - total % 10) % 10}"


def make_uk_vat(rng):
    d = digits(rng, 7)
    return f"GB{d}{(-sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))) % 97:02d}"


def iban_from_bban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def make_iban(country, rng):
    if country == "ES":
        bank = rng.choice(["2100", "0049", "0182", "2038", "0081", "3058"]) + digits(rng, 4)
        acc = digits(rng, 10)
        dc = lambda s: (lambda r: 0 if r == 11 else 1 if r == 10 else r)(  # noqa: E731
            11 - sum(int(c) * w for c, w in zip(s, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11)
        return iban_from_bban("ES", f"{bank}{dc('00' + bank)}{dc(acc)}{acc}")
    if country == "FR":
        bank, branch, acc = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        return iban_from_bban("FR", f"{bank}{branch}{acc}{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}")
    if country == "PT":
        b = digits(rng, 19)
        return iban_from_bban("PT", f"{b}{98 - int(b) * 100 % 97:02d}")
    if country == "DE":
        return iban_from_bban("DE", digits(rng, 18))
    if country == "IT":
        return iban_from_bban("IT", rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 22))
    return iban_from_bban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + digits(rng, 14))


def spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_phone(country, rng):
    d = lambda k: digits(rng, k)  # noqa: E731
    fmts = {"ES": [lambda: f"6{d(2)} {d(3)} {d(3)}", lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
                   lambda: f"+34 7{d(8)}", lambda: f"96{d(1)} {d(2)} {d(2)} {d(2)}"],
            "UK": [lambda: f"07{d(3)} {d(6)}", lambda: f"+44 7{d(3)} {d(6)}", lambda: f"020 {d(4)} {d(4)}",
                   lambda: f"0161 {d(3)} {d(4)}"],
            "US": [lambda: f"({d(3)}) 555-01{d(2)}", lambda: f"+1 {d(3)}-555-01{d(2)}"],
            "FR": [lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "DE": [lambda: f"+49 151 {d(8)}", lambda: f"0176 {d(8)}"],
            "IT": [lambda: f"+39 3{d(2)} {d(3)} {d(4)}", lambda: f"3{d(2)} {d(7)}"],
            "PT": [lambda: f"+351 9{d(2)} {d(3)} {d(3)}", lambda: f"9{d(2)} {d(3)} {d(3)}"]}[country]
    return rng.choice(fmts)()


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


# ----------------------------------------------------------------------------- formatting
def fmt_num(x, lang):
    s = f"{x:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".") if lang == "es" else s


def fmt_money(x, cur, lang, rng):
    if lang == "es":
        return f"{fmt_num(x, 'es')} {'€' if cur == 'EUR' else '£'}"
    sym = {"GBP": "£", "EUR": "€"}[cur]
    return rng.choice([f"{sym}{fmt_num(x, 'en')}", f"{sym}{fmt_num(x, 'en')}", f"{fmt_num(x, 'en')} {cur}"])


def fmt_day(d, lang, rng):  # a date inside running text
    if lang == "es":
        return rng.choice([f"{d.day} de {ES_MONTHS[d.month - 1]}", f"{d:%d/%m}"])
    return rng.choice([f"{d.day} {EN_MONTHS[d.month - 1]}", f"{d.day} {EN_MONTHS[d.month - 1][:3]}", f"{d:%d/%m}"])


def fmt_date(d, style):  # a full date on a document
    return {"iso": f"{d:%Y-%m-%d}", "slash": f"{d:%d/%m/%Y}", "dash": f"{d:%d-%m-%Y}",
            "en_long": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
            "es_long": f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"}[style]


def rand_date(rng, start=dt.date(2024, 1, 8), end=dt.date(2025, 6, 27)):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


# ----------------------------------------------------------------------------- people
class People:
    """Fake customers. One Faker per locale, each seeded, plus one random.Random for the rest."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fakers = {}
        for i, (loc, _, _) in enumerate(LOCALES):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed * 10 + i)
            for prov in self.fakers[loc].get_providers():  # it_IT builds its city list from a set: hash-seed dependent
                if isinstance(getattr(prov, "cities", None), list):
                    prov.cities = sorted(prov.cities)
        self.cust_ids: set[str] = set()

    def cust_id(self):
        while (c := f"CUST-{self.rng.randint(1000, 99999):06d}") in self.cust_ids:
            pass
        self.cust_ids.add(c)
        return c

    def address(self, loc):
        """A one-line postal address in the local format, and its city."""
        f = self.fakers[loc]
        street = " ".join(f.street_address().replace("\n", ", ").split())
        if loc == "en_GB":
            city = f.city()
            return f"{street}, {city}, {f.postcode()}", city
        if loc == "en_US":
            city = f.city()
            return f"{street}, {city}, {f.state_abbr()} {f.postcode()}", city
        postcode, city = f.postcode(), f.city()
        return f"{street}, {postcode} {city}", city

    def person(self, loc=None, lives_in_spain=None):
        rng = self.rng
        if loc is None:
            loc = rng.choices([x[0] for x in LOCALES], [x[2] for x in LOCALES])[0]
        country = dict((x[0], x[1]) for x in LOCALES)[loc]
        f = self.fakers[loc]
        male = rng.random() < 0.5
        first = f.first_name_male() if male else f.first_name_female()
        last = f.last_name()
        name = f"{first} {last} {f.last_name()}" if loc == "es_ES" else f"{first} {last}"
        if lives_in_spain is None:
            lives_in_spain = loc == "es_ES" or rng.random() < 0.12
        address, city = self.address("es_ES" if lives_in_spain else loc)
        fl, ll = fold(first.split()[0]), fold(last)
        dom = rng.choice(MAIL_DOMAINS[country])
        email = rng.choice([f"{fl}.{ll}@{dom}", f"{fl[0]}{ll}@{dom}", f"{fl}{ll}{rng.randint(1, 99)}@{dom}",
                            f"{ll}.{fl}@{dom}", f"{fl}_{ll}{rng.randint(60, 99)}@{dom}"])
        idnum = make_dni(rng) if loc == "es_ES" and rng.random() < 0.85 else make_nie(rng)
        if loc == "es_ES":
            title = "Sr." if male else "Sra."
        else:
            title = "Dr" if rng.random() < 0.05 else "Mr" if male else rng.choice(["Ms", "Ms", "Mrs"])
        email2 = f"{fl}.{ll}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS[country])}"
        # people living in Spain (expats) often have a Spanish phone and bank account
        phone = make_phone("ES" if lives_in_spain and rng.random() < 0.5 else country, rng)
        bank = "ES" if lives_in_spain and rng.random() >= 0.3 else {"US": "GB"}.get(country, country)
        return {"first": first, "surname": last, "name": name, "male": male, "title": title, "email": email,
                "email2": email2, "phone": phone, "address": address, "city": city,
                "country": "ES" if lives_in_spain else country, "iban": make_iban(bank, rng),
                "idnum": idnum, "idlabel": "DNI" if idnum[0].isdigit() else "NIE", "cust": self.cust_id(),
                "lang": "es" if loc == "es_ES" else "en", "org": None}

    def clients(self):
        out = []
        for org, country in CLIENTS:
            p = self.person("es_ES" if country == "ES" else "en_GB", lives_in_spain=country == "ES")
            slug = fold(org.replace(" S.L.", "").replace(" Ltd", ""))
            p.update(org=org, email=f"{fold(p['first'].split()[0])}.{fold(p['surname'])}@{slug}.example",
                     idnum=make_cif(self.rng) if country == "ES" else make_uk_vat(self.rng), idlabel="CIF")
            out.append(p)
        return out


def gbp(eur):  # shop prices in pounds end in .99
    return round(round(eur * 0.86) - 0.01, 2)


def slots(rng, p, when, lang, text=""):
    """Every value a template may ask for, for person p around date `when`; {amount} follows what `text` mentions."""
    cur = "GBP" if p["country"] == "UK" else "EUR"
    bike, part, part2 = rng.choice(T.BIKES), rng.choice(T.PARTS), rng.choice(T.PARTS)
    (c1, c1es), (c2, c2es) = rng.sample(T.COLORS, 2)
    s1, s2 = rng.sample(T.SIZES, 2)
    y = when.year if when.month > 1 or rng.random() < 0.5 else when.year - 1
    price = bike[2] if "{product}" in text else part[2] if "{part}" in text else rng.choice([bike[2], part[2]])
    price = gbp(price) if cur == "GBP" else price
    es = lang == "es"
    return {"product": bike[1] if es else bike[0], "part": part[1] if es else part[0], "part2": part2[0],
            "order": f"ORD-{y}-{rng.randint(100, 48000):05d}", "order2": f"ORD-{y}-{rng.randint(100, 48000):05d}",
            "inv": f"INV-{when.year}-{rng.randint(1, 2400):04d}", "amount": fmt_money(price, cur, lang, rng),
            "date": fmt_day(when - dt.timedelta(days=rng.randint(2, 25)), lang, rng), "days": rng.randint(3, 21),
            "months": rng.randint(3, 22), "courier": rng.choice(T.COURIERS.get(p["country"], T.COURIERS["EU"])),
            "code": rng.choice(T.DISCOUNT_CODES), "size": s1, "size2": s2, "color": c1es if es else c1,
            "color2": c2es if es else c2, "bike_spec": rng.choice(T.BIKE_SPECS[lang]), "err": rng.choice(T.ERRORS),
            "height": f"1,{rng.randint(55, 95)} m" if es
            else rng.choice([f"1.{rng.randint(55, 95)} m", f"5'{rng.randint(3, 11)}\""]),
            "iban": rng.choice([p["iban"], spaced(p["iban"])]), **{k: p[k] for k in
            ("name", "first", "email", "email2", "phone", "address", "city", "idnum", "idlabel", "cust")}}


def pick_free(rng, options, used_text):
    """Choose an option whose placeholders do not repeat ones already used in used_text."""
    free = [o for o in options if not any("{" + k + "}" in used_text for k in
                                          ("order", "phone", "email", "cust", "name", "first") if "{" + k + "}" in o)]
    return rng.choice(free or [""])


# ----------------------------------------------------------------------------- tickets.csv
def gen_tickets(clients):
    people, rng = People(SEED + 1), random.Random(SEED + 1)
    weights = [rng.uniform(0.8, 1.2) for _ in CATEGORIES]
    counts = [round(N_TICKETS * w / sum(weights)) for w in weights]
    counts[0] += N_TICKETS - sum(counts)
    cats = [c for c, n in zip(CATEGORIES, counts) for _ in range(n)]
    rng.shuffle(cats)
    start = dt.datetime(2024, 1, 8, 8, 0)
    times = sorted(start + dt.timedelta(minutes=rng.randint(0, 537 * 24 * 60)) for _ in cats)
    spanish = set(rng.sample(range(N_TICKETS), N_TICKETS // 10))  # exactly 10% written in Spanish
    rows, seen = [], set()
    for i, (cat, when) in enumerate(zip(cats, times)):
        lang = "es" if i in spanish else "en"
        b2b = rng.random() < 0.06
        p = clients[i % len(clients)] if b2b else people.person("es_ES" if lang == "es" else None)
        if b2b and lang == "es" and p["lang"] != "es":
            b2b, p = False, people.person("es_ES")
        while True:
            tpl = rng.choice((T.TICKETS_ES if lang == "es" else T.TICKETS_EN)[cat])
            body = tpl.lstrip("+-")
            bump = tpl[:len(tpl) - len(body)].count("+") - tpl[:len(tpl) - len(body)].count("-")
            extra, ebump = ("", 0)
            if rng.random() < 0.45:
                extra, ebump = rng.choice([e for e in T.EXTRAS[lang] if not any(
                    "{" + k + "}" in e[0] and "{" + k + "}" in body for k in ("order", "phone", "email", "cust"))
                    and (cat != "product_question" or (e[1] <= 0 and "disappointed" not in e[0]))])
            closer = f"{p['name']}, {p['org']}" if b2b else pick_free(rng, T.CLOSERS[lang], body + extra)
            opener = rng.choice(T.OPENERS[lang])
            if opener.endswith(",") and not body.startswith(("{", "I ", "I'")):
                body = body[0].lower() + body[1:] if body[0] != "¿" else "¿" + body[1].lower() + body[2:]
            v = slots(rng, p, when.date(), lang, body)
            text = " ".join(x for x in (opener, body, extra, closer) if x).format(**v)
            if len(text.split()) <= 65 and text not in seen:
                break
        seen.add(text)
        level = BASE_PRIORITY[cat] + bump + ebump + (rng.choice([-1, 1]) if rng.random() < 0.12 else 0)
        en_subj, es_subj = T.TICKET_SUBJECTS[cat]
        subject = rng.choice(es_subj if lang == "es" else en_subj).format(**v)
        rows.append({"ticket_id": f"TCK-{10001 + i}", "created": f"{when:%Y-%m-%d %H:%M}", "customer_name": p["name"],
                     "customer_email": p["email"], "subject": subject, "text": text, "category": cat,
                     "priority": PRIORITIES[max(0, min(3, level))]})
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


# ----------------------------------------------------------------------------- emails.jsonl
def gen_emails(clients):
    people, rng = People(SEED + 2), random.Random(SEED + 2)
    scen = list(T.EMAIL_SCENARIOS)
    plan = [(s, "es" if k < 2 else "en") for s in scen for k in range(N_EMAILS // len(scen))]
    rng.shuffle(plan)
    rows = []
    for i, (key, lang) in enumerate(plan):
        sc = T.EMAIL_SCENARIOS[key]
        b2b = lang == "en" and key in ("vat_invoice", "late_delivery", "double_charge") and rng.random() < 0.4
        p = clients[i % len(clients)] if b2b else people.person("es_ES" if lang == "es" else
                                                               rng.choice(["en_GB"] * 6 + ["en_US", "fr_FR", "de_DE", "it_IT", "pt_PT"]))
        when = rand_date(rng)
        core = rng.choice(sc["in_" + lang])
        v = slots(rng, p, when, lang, core)
        signoff = rng.choice(T.IN_SIGNOFFS[lang]) + (f"\n{p['org']}" if b2b else "")
        incoming = f"{rng.choice(T.IN_GREETINGS[lang])}\n\n{core}\n\n{signoff}".format(**v)
        if lang == "es":
            hello = f"{'Estimado' if p['male'] else 'Estimada'} {p['title']} {p['surname']}:"
        else:
            hello = f"Dear {({'Sr.': 'Mr', 'Sra.': 'Ms'}).get(p['title'], p['title'])} {p['surname']},"
        for _ in range(100):
            body = rng.choice(sc["re_" + lang])
            openers = [o for o in T.REPLY_OPENERS[lang] if "{order}" not in o or ("{order}" in core and "{order}" not in body)]
            closers = [x for x in T.REPLY_CLOSERS[lang] if key != "assembly" or not ("apolog" in x or "disculpas" in x)]
            reply = (f"{hello}\n\n{rng.choice(openers)} {body}\n\n"
                     f"{rng.choice(closers)}\n\n{T.SIGNOFF[lang]}").format(**v)
            if 60 <= len(reply.split()) <= 120:
                break
        else:
            raise RuntimeError(f"no reply of the right length for {key}/{lang}")
        subject = sc["subject"][2] if lang == "es" else rng.choice(sc["subject"][:2])
        rows.append({"id": f"EM-{i + 1:04d}", "from_name": p["name"], "from_email": p["email"],
                     "subject": subject.format(**v), "incoming": incoming, "reply": reply})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ----------------------------------------------------------------------------- invoices.jsonl
COMPANY = {"name": "Brisa Bikes S.L.", "address": "Carrer de Sueca 42, 46006 València", "phone": "+34 961 23 45 67",
           "email": "billing@brisabikes.example", "web": "brisabikes.example"}


def company_ids():
    rng = random.Random(SEED)
    return make_cif(rng), make_iban("ES", rng)


def item_name(item, lang):  # catalogue entry -> name on a document (Spanish part names lose their article)
    return item[0] if lang != "es" else item[1].split(" ", 1)[1] if item in T.PARTS else item[1]


def money_rows(items, lang, width=44):
    return [f"{q:>3}  {d[:width - 16]:<{width - 16}}{fmt_num(q * u, lang):>12}" for q, d, u in items]


def inv_en(c):  # Brisa sales invoice, English
    return [COMPANY["name"], f"{COMPANY['address']}, Spain  ·  CIF {c['own_cif']}",
            f"{COMPANY['email']}  ·  {COMPANY['phone']}", "", f"INVOICE                     No. {c['number']}",
            f"Date: {c['date_s']}      Order: {c['order']}", f"Bill to: {c['cust_name']}" + (f" (Attn: {c['contact']})" if c["contact"] else ""),
            f"         {c['cust_addr']}", f"Tax ID: {c['tax_id']}", "", f"{'Qty':>3}  {'Description':<28}{'Amount':>12}",
            *money_rows(c["items"], "en"), f"Subtotal{fmt_num(c['net'], 'en'):>37}",
            f"VAT {c['vat_label']}{fmt_num(c['vat'], 'en'):>{41 - len(c['vat_label'])}}",
            f"TOTAL {c['cur']}{fmt_num(c['total'], 'en'):>{39 - len(c['cur'])}}",
            f"Payment by bank transfer to IBAN {c['iban_s']}" if c["iban"] else "Paid by card - thank you for your order."]


def inv_es(c):  # Brisa factura, Spanish
    return ["FACTURA", f"{COMPANY['name']} - CIF {c['own_cif']}", COMPANY["address"],
            f"Nº factura: {c['number']}    Fecha: {c['date_s']}", f"Cliente: {c['cust_name']}",
            f"NIF/CIF: {c['tax_id']}", f"Dirección: {c['cust_addr']}", "-" * 45, f"{'Uds':>3}  {'Concepto':<28}{'Importe':>12}",
            *money_rows(c["items"], "es"), f"Base imponible: {fmt_num(c['net'], 'es')}",
            f"IVA {c['vat_label']}: {fmt_num(c['vat'], 'es')}", f"TOTAL: {fmt_num(c['total'], 'es')} €",
            f"Forma de pago: transferencia a {c['iban_s']}" if c["iban"] else "Forma de pago: tarjeta (cobrado)"]


def inv_supplier_en(c):  # supplier invoice to Brisa, English, pipe table
    return [c["supplier"], c["sup_addr"], f"VAT Reg: {c['sup_tax']}", f"| INVOICE        | {c['number']} |",
            f"| Invoice date   | {c['date_s']} |", f"| Customer       | {c['cust_name']} |", f"| Customer VAT   | {c['tax_id']} |",
            f"| Your PO        | PO-{c['po']} |", "| Qty | Item | Line total |",
            *[f"| {q} | {d} | {fmt_num(q * u, 'en')} |" for q, d, u in c["items"]],
            f"| VAT {c['vat_label']} | {fmt_num(c['vat'], 'en')} |", f"| Total due | {c['cur']} {fmt_num(c['total'], 'en')} |",
            f"Please pay within 30 days to IBAN {c['iban_s']}"]


def inv_supplier_es(c):  # supplier factura to Brisa, Spanish
    return [f"{c['supplier']}    CIF {c['sup_tax']}", c["sup_addr"], "", f"FACTURA Nº {c['number']}",
            f"Fecha factura: {c['date_s']}", f"Datos del cliente: {c['cust_name']} · CIF {c['tax_id']}",
            f"Su pedido: PO-{c['po']}", *money_rows(c["items"], "es"), f"Base imponible ....... {fmt_num(c['net'], 'es')}",
            f"IVA {c['vat_label']} ........... {fmt_num(c['vat'], 'es')}", f"Total a pagar ....... {fmt_num(c['total'], 'es')} EUR",
            f"Vencimiento 30 días. Transferencia a: {c['iban_s']}"]


def dn_en(c):  # Brisa delivery note, English
    return ["BRISA BIKES - DELIVERY NOTE", f"Delivery note: DN-{c['dn']}", f"Dispatch date: {c['date_s']}",
            f"Order: {c['order']}    Invoice: {c['number']}", f"Deliver to: {c['cust_name']}" + (f", attn. {c['contact']}" if c["contact"] else ""),
            f"            {c['cust_addr']}", f"Customer tax ID: {c['tax_id']}", "Items:",
            *[f" - {q} x {d}" for q, d, _ in c["items"]], f"Value of goods (incl. VAT): {c['cur']} {fmt_num(c['total'], 'en')}",
            f"Carrier: {c['courier']}    Parcels: {len(c['items'])}", "Received in good condition: ____________",
            f"{COMPANY['name']} · CIF {c['own_cif']} · {COMPANY['web']}"]


def dn_es(c):  # albarán, Spanish
    return [f"ALBARÁN DE ENTREGA  ALB-{c['dn']}", f"{COMPANY['name']} · {COMPANY['address']}", f"Fecha: {c['date_s']}",
            f"Pedido {c['order']} / Factura {c['number']}", f"Destinatario: {c['cust_name']}", f"NIF: {c['tax_id']}",
            f"Dirección de entrega: {c['cust_addr']}", *[f"  {q} ud.  {d}" for q, d, _ in c["items"]],
            f"Valor de la mercancía (IVA incl.): {fmt_num(c['total'], 'es')} €", f"Transportista: {c['courier']}",
            "Firma del cliente: ______________    Página 1 de 1"]


def inv_ocr(c):  # bilingual compact invoice, scanned look
    return [f"BRISA  BIKES  S.L.      CIF:{c['own_cif']}", f"FRA./INVOICE N. {c['number']}   {c['date_s']}",
            f"CLIENTE/CUSTOMER: {c['cust_name']}", f"NIF/VAT: {c['tax_id']}", f"{c['cust_addr']}", ". . . . . . . . . . . . . . . .",
            *[f"{d.upper()}  x{q}   {fmt_num(q * u, c['lang'])}" for q, d, u in c["items"]],
            f"IVA/VAT {c['vat_label']}   {fmt_num(c['vat'], c['lang'])}", f"TOTAL  {fmt_num(c['total'], c['lang'])} {c['cur']}",
            (f"IBAN: {c['iban_s']}" if c["iban"] else "PAGADO / PAID"), f"{COMPANY['name']} · gracias · thank you"]


LAYOUTS = {"inv_en": (inv_en, "en", "brisa_en", ["en_long", "slash", "iso"]),
           "inv_es": (inv_es, "es", "brisa_es", ["slash", "es_long", "dash"]),
           "supplier_en": (inv_supplier_en, "en", "supplier_intl", ["iso", "en_long", "slash"]),
           "supplier_es": (inv_supplier_es, "es", "supplier_es", ["es_long", "slash"]),
           "dn_en": (dn_en, "en", "brisa_en", ["slash", "en_long"]),
           "dn_es": (dn_es, "es", "brisa_es", ["slash", "dash"]),
           "ocr": (inv_ocr, None, "brisa_any", ["dash", "slash"])}


def make_suppliers(rng, people):
    out = []
    for name, ctry, number_fmt in SUPPLIERS:
        tax = (make_cif(rng, "A" if name.endswith("S.A.") else "B") if ctry == "ES"
               else make_uk_vat(rng) if ctry == "UK" else f"DE{digits(rng, 9)}")
        out.append({"name": name, "country": ctry, "number_fmt": number_fmt, "tax": tax, "iban": make_iban(ctry, rng),
                    "address": people.address({"ES": "es_ES", "UK": "en_GB", "DE": "de_DE"}[ctry])[0]})
    return out


def purchase_side(c, rng, sup, lang, when, own_cif):
    """A supplier invoicing Brisa Bikes: fills c, returns the VAT rate."""
    gb = sup["country"] == "UK"
    c.update(supplier=sup["name"], sup_tax=sup["tax"], sup_addr=sup["address"], cust_name=COMPANY["name"],
             tax_id=own_cif if sup["country"] == "ES" else f"ES{own_cif}", iban=sup["iban"], cur="GBP" if gb else "EUR",
             number=sup["number_fmt"].format(y=when.year, yy=when.year % 100, n=rng.randint(1, 20000)))
    items = [(rng.randint(2, 20), rng.choice(T.PARTS)) for _ in range(rng.randint(1, 3))]
    c["items"] = [(q, item_name(it, lang), round(it[2] * 0.55 * (0.86 if gb else 1), 2)) for q, it in items]
    rate = 21 if sup["country"] == "ES" else 0
    c["vat_label"] = f"{rate}%" if rate else ("0% (export)" if gb else "0% reverse charge")
    return rate


def sales_customer(rng, people, clients, party, b2b_i):
    """Who Brisa Bikes invoices: a B2B client (taken in turn) or a person living in Spain."""
    kind = rng.choice(["b2b", "expat"] if party == "brisa_en" else ["ind", "ind", "b2b"])
    if kind == "b2b":
        pool = clients if party == "brisa_any" else [p for p in clients if (p["country"] == "ES") == (party == "brisa_es")]
        return pool[b2b_i % len(pool)], True
    spanish = kind == "ind" and (party == "brisa_es" or rng.random() < 0.6)
    return people.person("es_ES" if spanish else "en_GB", lives_in_spain=True), False


def sales_side(c, rng, p, b2b, lang, when, own_iban, used):
    """Brisa Bikes invoicing customer p: fills c, returns the VAT rate."""
    uk = p["country"] == "UK"
    number = f"INV-{when.year}-{rng.randint(1, 2400):04d}"
    while number in used:
        number = f"INV-{when.year}-{rng.randint(1, 2400):04d}"
    c.update(supplier=COMPANY["name"], cust_name=p["org"] or p["name"], contact=p["name"] if p["org"] else None,
             cust_addr=p["address"], tax_id=p["idnum"], iban=own_iban if b2b else None, cur="GBP" if uk else "EUR",
             courier=rng.choice(T.COURIERS["UK" if uk else "ES"]), number=number)
    if b2b:
        items = [(rng.randint(1, 6), rng.choice(T.BIKES + T.PARTS)) for _ in range(rng.randint(1, 4))]
    else:
        items = [(1, rng.choice(T.BIKES))] + [(rng.randint(1, 2), rng.choice(T.PARTS)) for _ in range(rng.randint(0, 2))]
    c["items"] = [(q, item_name(it, lang), gbp(it[2]) if uk else it[2]) for q, it in items]
    c["vat_label"] = "0% (export)" if uk else "21%"
    return 0 if uk else 21


def gen_invoices(clients):
    people, rng = People(SEED + 3), random.Random(SEED + 3)
    own_cif, own_iban = company_ids()
    suppliers = make_suppliers(rng, people)
    plan = [k for k in LAYOUTS for _ in range(N_INVOICES // len(LAYOUTS) + 1)][:N_INVOICES]
    rng.shuffle(plan)
    used, rows, b2b_i = set(), [], 0
    for i, layout in enumerate(plan):
        fn, lang, party, date_styles = LAYOUTS[layout]
        when = rand_date(rng)
        c = {"own_cif": own_cif, "date_s": fmt_date(when, rng.choice(date_styles)), "contact": None,
             "order": f"ORD-{when.year}-{rng.randint(100, 48000):05d}", "po": rng.randint(1000, 9999),
             "dn": f"{when.year}-{rng.randint(1, 3000):04d}"}
        if party.startswith("supplier"):
            sup = rng.choice([s for s in suppliers if (s["country"] == "ES") == (party == "supplier_es")])
            rate = purchase_side(c, rng, sup, lang, when, own_cif)
        else:
            p, b2b = sales_customer(rng, people, clients, party, b2b_i)
            b2b_i += b2b
            if party == "brisa_any":
                lang = "es" if p["country"] == "ES" else "en"
            rate = sales_side(c, rng, p, b2b, lang, when, own_iban, used)
        used.add(c["number"])
        c["lang"] = lang
        c["net"] = round(sum(round(q * u, 2) for q, _, u in c["items"]), 2)
        c["vat"] = round(c["net"] * rate / 100, 2)
        c["total"] = round(c["net"] + c["vat"], 2)
        c["iban_s"] = spaced(c["iban"]) if c["iban"] and rng.random() < 0.7 else c["iban"]
        if layout.startswith("dn"):
            c["iban"] = None
        doc = "\n".join(fn(c))
        rows.append({"id": f"DOC-{i + 1:04d}", "document": doc, "fields": {
            "invoice_number": c["number"], "date": f"{when:%Y-%m-%d}", "supplier": c["supplier"], "customer_name": c["cust_name"],
            "customer_tax_id": c["tax_id"], "total": c["total"], "currency": c["cur"], "iban": c["iban"]}})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ----------------------------------------------------------------------------- deny list & registry
def gen_deny_list(clients):
    rows = [(p["org"], "ORG") for p in clients] + [(p["name"], "PERSON") for p in clients]
    return "value,label\n" + "".join(f"{v},{label}\n" for v, label in rows)


def gen_registry():
    own_cif, own_iban = company_ids()
    allow = ["Brisa Bikes", "Brisa Bikes S.L.", "BRISA BIKES", "brisabikes.example", "support@brisabikes.example",
             "billing@brisabikes.example", "Brisa Bikes Customer Care Team", "Atención al Cliente de Brisa Bikes",
             own_cif, f"ES{own_cif}", own_iban, spaced(own_iban), COMPANY["address"], COMPANY["phone"], "Valencia", "València",
             *sorted({b[0].split(" ")[0] + " " + b[0].split(" ")[1] for b in T.BIKES}), *[s[0] for s in SUPPLIERS]]
    reg = {"company": {"name": COMPANY["name"], "allow": allow,
                       "patterns": {"CUSTOMER_ID": r"\bCUST-\d{6}\b", "ORDER_ID": r"\bORD-\d{4}-\d{5}\b",
                                    "INVOICE_ID": r"\bINV-\d{4}-\d{4}\b"}}}
    for key, meta in T.SAMPLES.items():
        reg[key] = meta
    return json.dumps(reg, ensure_ascii=False, indent=2) + "\n"


def generate(out: Path) -> dict[str, str]:
    clients = People(SEED).clients()
    files = {"tickets.csv": gen_tickets(clients), "emails.jsonl": gen_emails(clients),
             "invoices.jsonl": gen_invoices(clients), "deny_list.csv": gen_deny_list(clients),
             "samples.json": gen_registry()}
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    args = ap.parse_args(argv)
    import faker
    if faker.VERSION != GENERATED_WITH_FAKER:
        print(f"note: Faker {faker.VERSION} differs from {GENERATED_WITH_FAKER}; output may differ from the committed files",
              file=sys.stderr)
    for name, text in generate(args.out).items():
        print(f"{args.out / name}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
