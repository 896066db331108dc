"""Order, invoice, customer and case references: a code after a word that says what it is ("pedido nº 48213",
"expediente EXP/2023/0045", "account acc-55102"), a table cell that is only a code, an unmistakable code shape."""

from __future__ import annotations

import re

from . import Hit

REF_KEYWORDS = {
    "CUSTOMER_ID": r"customer|client|account|acct|a/c|cust|member|membership|socio|cliente|abonado|usuario|user|"
                   r"cuenta de cliente|student|alumn[oa]|matr[ií]cula|employee|employee code|emplead[oa]|staff|payroll|"
                   r"n[óo]mina|candidate|candidat[oa]|patient|paciente|historia cl[ií]nica|tenant|inquilin[oa]|"
                   r"candidate id|worker|trabajador[a]?|contractor|historia|logged as|registrad[oa] como|socio/a|soci[oa]|"
                   r"voluntari[oa]|volunteer|volunteer id|alumn[oa]/a|donor|donante|cas|cas number|certificate|cert|"
                   r"certificado|certificate number|pick-up|pickup|recogida|cta|record(?=[ \t]+(?:no|number|n[º°o])\b)|patient record|"
                   r"mprn|mpan|gprn|cups",  # the numbers of a client's electricity and gas supply
    "ORDER_ID": r"order|pedido|booking|reserva|reservation|shipment|consignment|tracking|env[ií]o|albar[aá]n|parcel|paquete|"
                r"delivery note|nota de entrega|albar[aá]n de entrega|delivery|entrega|pal[eé]|pallet|po|purchase order|gu[ií]a|"
                r"your po|su pedido|quote|quotation|estimate|presupuesto|cotizaci[oó]n|rma|return|devoluci[oó]n|"
                r"awb|air waybill|waybill|pedimento|duca|dua",
    "INVOICE_ID": r"invoice|factura|receipt|recibo|credit note|abono",
    "REFERENCE_ID": r"ticket|case|incident|incidencia|claim|reclamaci[oó]n|policy|p[oó]liza|contract|contrato|expediente|"
                    r"file|ref|reference|referencia|localizador|warranty|garant[ií]a|n[º°]|n\.[º°]|nro|folio|"
                    r"your ref|our ref|su referencia|nuestra referencia|tr[aá]mite|solicitud|request|expte|exp|"
                    r"siniestro|parte|n[uú]m|nro|no|job|reclamo|ficha|work order|orden|orden de trabajo|"
                    r"member no|membership no|loyalty|fidelizaci[oó]n|tarjeta de socio|id|identificador|c[oó]digo|"
                    r"procedimiento|autos|job card|herencia|boleta(?: de honorarios)?|encargo|rec\.",
}
# "order no.", "nº de cliente", "Order # is", "mi pedido es el": the words between a keyword and its code.
_NUMBER_WORD = r"(?:no|n[º°o]|n\.[º°]|num|nr|number|n[uú]mero|id|code|c[oó]digo|ref|reference|#)"
_BETWEEN = (rf"(?:['’]s)?(?:[ \t]+{_NUMBER_WORD}\.?)?(?:[ \t]+(?:de(?:l)?[ \t]+)?(?:cliente|pedido|socio|factura|expediente|contrato|p[oó]liza|customer|client|order|account))?"
            r"(?:[ \t]+(?:intern[oa]|internal|extern[oa]|external|assigned|asignad[oa]|anterior|previous|original|"
            r"nuev[oa]|new|del cliente|de cliente))?"
            r"(?:[ \t]*\([^()\n]{1,24}\))?"  # "ACCOUNT NO (OFFICE USE): BW42-08495"
            r"\.?[ \t]*[:#]?[ \t]*(?:(?:is|es(?:[ \t]+el)?|=|was|era(?:[ \t]+el)?)[ \t]*:?[ \t]+)?"
            r"[(\[«\"“'‘¿]?")  # "account (ACC-19F3870)", "(¿ACC-24Z8997?)"
# A code: letters and digits joined by - / _ . (any case: "lm/4471/b", "acc-55102"), or letter groups and digit
# groups separated by single spaces ("ALB 2024 3321"); it holds a digit, so "order. incident YN-0915-N" is tried
# again at "incident".
_CODE = (r"[A-Z]{1,5}(?:[ ]\d{2,}(?:/\d{2,4})?){1,3}(?![\w\-/])|\d{4}(?:[ ]\d{4}){1,3}(?![ ]?\d)(?![\w\-/])"  # "Póliza: 8782 0699 8634"
         r"|\d{3}(?:[ ]\d{3}){2,3}(?![ ]?\d)(?![\w\-/])"  # "Policy no.: 383 894 687"
         r"|[A-Za-z0-9](?:[A-Za-z0-9]|[\-/_.](?=[A-Za-z0-9]))*")
_REF_RE = re.compile(r"(?i)(?<![\w])(?P<kw>" + "|".join(f"(?P<{k}>{v})" for k, v in REF_KEYWORDS.items()) + r")(?![^\W\d_])"
                     + _BETWEEN + rf"(?P<code>(?-i:(?=[A-Z]{{1,5}}(?:[ ]\d{{2,}}(?:/\d{{2,4}})?){{1,3}}(?![\w\-/])|\S*\d)(?:{_CODE})))(?![\w\-/])")
# Without a keyword, only an unmistakable shape: an upper-case prefix, a separator and at least five digits.
# Or a prefix, digits and a suffix ("PEN/6461/T"), or a prefix and a run of digits and letters ("ACC-24Z8997",
# "KV/L941").
_SHAPE_RE = re.compile(r"(?<![\w\-/.])(?!(?:ISO|EN|UNE|DIN|IEC|BS|COVID|SARS|MP|USB|HDMI)[\-/])(?:[A-Z]{2,5}(?:[\-/][A-Z]{1,4})?[\-/]\d{2,}(?:[\-/.]\d{2,})*(?:[\-/][A-Z0-9]{1,3})?"
                       r"|[A-Z]{2,5}[\-/](?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,10}|[A-Z]{2,5}/[A-Z]\d{3,})(?![\w\-/]|\.\w)")
# A code after "#" ("#73992", "#MX57871", "#CS-65387"), or letters then five digits or more ("CND47128",
# "OL1163367", "R542141B"): a customer's or an order's code wherever it stands.
_HASH_RE = re.compile(r"(?<![\w#&])#(?:[A-Z]{1,4}-?\d{4,}|\d{5,})[A-Z]?(?![\w\-/])")
_LETTERS_DIGITS_RE = re.compile(r"(?<![\w\-/.#])(?:[A-Z]{1,4}\d{5,}[A-Z]{0,2}"
                                r"|(?!CP |PO |NO |TEL |BOX |EXT |ES |GB )[A-Z]{2,4} \d{5,7}"  # "HC 019873", not "CP 28001"
                                r"|[A-Z]{1,4}\d{1,3}[\-/]\d{3,}"  # "UF15-0201", "CV26/6336"
                                r"|[A-Z]-\d{5,})(?![\w\-/]|\.\w)")  # "C-05465", "R-97633"
_AFFIXED_RE = re.compile(r"(?<![\w\-/.])[A-Z]{1,5}([/\-])\d{3,}\1[A-Z0-9]{1,3}(?![\w\-/]|\.\w)")  # "T-5331-A", "TEN-1013-LDS"
_YEAR = re.compile(r"(?:19|20)\d{2}")
# digits in groups of three after a keyword: "policy 383 894 687", "Policy no.: 81.471.425" (an amount has a currency)
_GROUPED = re.compile(r"\d{3}(?:[ ]\d{3}){2,3}|\d{1,3}(?:\.\d{3}){2,}")
_DATE_LIKE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{4}|\d{1,2}:\d{2}")
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?")


# Not codes: an Irish registration ("231-D-13880", "222-WW-25140"), a Spanish one ("2872 FZN"), hours in a rota
# ("10-18", "17-close")
_IRISH_REG = re.compile(r"\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW)-\d{1,6}")
_HOURS = re.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?[-–](?:\d{1,2}(?:[:.]\d{2})?|close|late|cierre)")


def _is_code(code: str) -> bool:
    digits = sum(ch.isdigit() for ch in code)
    if _IRISH_REG.fullmatch(code) or (_HOURS.fullmatch(code) and all(int(n) <= 24 for n in re.findall(r"\d+", code)
                                                                    if len(n) <= 2)):
        return False
    if len(code) < 4 or not digits or _DATE_LIKE.fullmatch(code) or (code.isdigit() and len(code) < 5) or re.fullmatch(
            r"(?i)\d{1,2}[.:]\d{2}(?:am|pm|h|hrs)", code):  # "7.30pm" is a time
        return False
    # an amount ("1.250,00"), unless it is three or more groups of three digits ("450.728.531")
    return not (_AMOUNT.fullmatch(code) and not re.fullmatch(r"\d{3}(?:\.\d{3}){2,}", code))


_CURRENCY_AFTER = re.compile(r"[ \t]*(?:€|\$|£|eur|euros?|usd|soles|pesos|clp|gbp|%|h\b|horas|hours|min)", re.I)


def _short_number(text: str, m: re.Match, code: str) -> bool:
    """Three or four digits ("Cliente nº 4371", "boleta de honorarios nº 638") or thousands written with a dot
    ("cliente 8.927", "nº cliente 3.370") after a customer's keyword or a number word: a client's number, not an
    amount (no currency after it) and not a year."""
    if not (re.fullmatch(r"\d{3,4}|\d{1,3}\.\d{3}", code) and not _YEAR.fullmatch(code)):
        return False
    between = text[m.end("kw"):m.start("code")]
    # a keyword that names the thing ("boleta", "cliente"), not a bare "Nº" ("Registro Notarial Nº 590")
    named = not re.fullmatch(rf"(?i){_NUMBER_WORD}|n\.[º°]|nro|n[uú]m", m.group("kw"))
    strong = m.group("CUSTOMER_ID") or (named and re.search(rf"(?i)(?<![\w]){_NUMBER_WORD}(?![\w])", between))
    return bool(strong) and not _CURRENCY_AFTER.match(text, m.start("code") + len(code))


# A table cell that is nothing but a code ("| acc-48121 |", tab-separated columns): what else would it be.
_CELL_RE = re.compile(r"(?m)(?:(?<=\|)|(?<=\t))[ ]*(?P<code>[A-Za-z]{0,5}[\-/.]?\d[A-Za-z0-9\-/.]{3,}|[A-Za-z]{1,5}\d[A-Za-z0-9]{2,})"
                      r"[ ]*(?=\||\t|$)")


# A cell of a comma- or semicolon-separated row that also holds an e-mail or a phone number, when the cell is a
# code of letters and digits: the row is somebody's record and the code names them ("Iyer, Dafydd,dafydd@…,
# +44 113 553 3696,cli808222"). Codes of digits only stay (postcodes, quantities).
_CONTACT = re.compile(r"@[\w\-]+\.|\+?\d[\d ()\-]{7,}\d")
_ROW_CODE = re.compile(r"[A-Za-z0-9]+(?:[\-/_.][A-Za-z0-9]+)*")


def _row_codes(text: str) -> list[Hit]:
    hits = []
    for line in re.finditer(r"[^\n]+", text):
        row = line.group()
        if not _CONTACT.search(row):
            continue
        for delim in (",", ";"):
            cells, pos = row.split(delim), line.start()
            for cell in cells if len(cells) >= 3 else ():
                code = cell.strip()
                if (_ROW_CODE.fullmatch(code) and _is_code(code) and sum(ch.isdigit() for ch in code) >= 2
                        and any(ch.isalpha() for ch in code)):
                    start = pos + cell.index(code)
                    hits.append((start, start + len(code), "REFERENCE_ID", 0.55))
                pos += len(cell) + 1
    return hits


def find_references(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _REF_RE.finditer(text):
        code = m.group("code").rstrip(".")
        hashed = text[m.start("code") - 1] == "#" and re.fullmatch(r"\d{4}", code) and not _YEAR.fullmatch(code)
        if re.fullmatch(r"[\d\-]+", code) and re.match(r"[ ]\d", text[m.start("code") + len(code):]):
            continue  # "his no. 07718 373864": the first group of a longer number (a phone), not a code
        grouped = _GROUPED.fullmatch(code) and not _CURRENCY_AFTER.match(text, m.start("code") + len(code))
        if _is_code(code) or hashed or _short_number(text, m, code) or grouped:
            label = next(k for k in REF_KEYWORDS if m.group(k))
            # "RMA 90-4341-Q": a keyword in capitals right before a code of digits is part of the code
            start = m.start("kw") if (m.group("kw").isupper() and len(m.group("kw")) <= 4 and code[:1].isdigit()
                                      and m.start("code") - m.end("kw") == 1) else m.start("code")
            hits.append((start, m.start("code") + len(code), label, 0.7))
    for m in _CELL_RE.finditer(text):
        if _is_code(m.group("code")) and sum(ch.isdigit() for ch in m.group("code")) >= 2 and len(m.group("code")) >= 5:
            hits.append((m.start("code"), m.end("code"), "REFERENCE_ID", 0.55))
    hits += _row_codes(text)
    for m in _SHAPE_RE.finditer(text):
        if _IRISH_REG.fullmatch(m.group()):
            continue
        groups = re.findall(r"\d+", m.group())
        # five digits, or four that are not a year ("LL-0839", "MNT-8791"; not "FY-2024")
        if (sum(map(len, groups)) >= 5 or (sum(map(len, groups)) == 4 and not any(_YEAR.fullmatch(g) for g in groups))
                or re.fullmatch(r"[A-Z]{2,5}/[A-Z]\d{3,}", m.group())) \
                and not _DATE_LIKE.fullmatch(m.group()):
            hits.append((m.start(), m.end(), "REFERENCE_ID", 0.55))
    hits += [(m.start(), m.end(), "REFERENCE_ID", 0.55) for m in _AFFIXED_RE.finditer(text)]
    hits += [(m.start(), m.end(), "REFERENCE_ID", 0.6) for m in _HASH_RE.finditer(text)]
    hits += [(m.start(), m.end(), "REFERENCE_ID", 0.5) for m in _LETTERS_DIGITS_RE.finditer(text)]
    # a "#" written against the code is part of it: "order #82267"; one hit per span, the first rule's
    out, seen = [], set()
    for s, e, label, score in hits:
        s = s - 1 if s and text[s - 1] == "#" else s
        if (s, e) not in seen:
            seen.add((s, e))
            out.append((s, e, label, score))
    return out


def ref_family(label: str) -> str:
    """"REF" for every kind of reference (ORDER_ID, INVOICE_ID, REFERENCE…): one code is one value whatever
    keyword came before it."""
    return "REF" if label.endswith("_ID") and label != "NATIONAL_ID" or label == "REFERENCE" else label
