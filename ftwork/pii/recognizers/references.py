"""Order, invoice, customer and case references introduced by a keyword ("pedido nº 48213", "Invoice INV-…")."""

from __future__ import annotations

import re

from . import Hit

REF_KEYWORDS = {
    "CUSTOMER_ID": r"customer|client|account|member|membership|socio|cliente|abonado|usuario|user",
    "ORDER_ID": r"order|pedido|booking|reserva|reservation|shipment|consignment|tracking|env[ií]o|albar[aá]n|parcel|paquete|"
                r"delivery note|nota de entrega|albar[aá]n de entrega|delivery|entrega|pal[eé]|pallet|po|purchase order|"
                r"your po|su pedido",
    "INVOICE_ID": r"invoice|factura|receipt|recibo|credit note|abono",
    "REFERENCE_ID": r"ticket|case|incident|incidencia|claim|reclamaci[oó]n|policy|p[oó]liza|contract|contrato|expediente|"
                    r"file|ref|reference|referencia|localizador",
}
_REF_RE = re.compile(r"(?i)(?<![\w])(?P<kw>" + "|".join(f"(?P<{k}>{v})" for k, v in REF_KEYWORDS.items()) + r")"
                     r"(?:[ \t]+(?:no|n[º°o]|num|number|n[uú]mero|id|code|c[oó]digo|ref))?\.?[ \t]*[:#]?[ \t]*"
                     r"(?P<code>(?-i:[A-Z0-9][A-Za-z0-9\-/_.]*[A-Z0-9]|\d{5,}))(?![\w\-/])")
_DATE_LIKE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{4}|\d{1,2}:\d{2}")


def find_references(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _REF_RE.finditer(text):
        code = m.group("code")
        if len(code) < 4 or not re.search(r"\d", code) or _DATE_LIKE.fullmatch(code):
            continue
        if code.isdigit() and len(code) < 5:
            continue
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?", code):  # an amount
            continue
        label = next(k for k in REF_KEYWORDS if m.group(k))
        hits.append((m.start("code"), m.end("code"), label, 0.7))
    return hits


def ref_family(label: str) -> str:
    """"REF" for every kind of reference (ORDER_ID, INVOICE_ID, REFERENCE…): one code is one value whatever
    keyword came before it."""
    return "REF" if label.endswith("_ID") and label != "NATIONAL_ID" or label == "REFERENCE" else label
