"""Passes over one document with the people already found in it: the columns of its tables whose header or whose
other cells say they hold people, companies or ID numbers (`table_names`), and the parts of a found name
wherever else they stand in the same text (`same_doc_names`)."""

from __future__ import annotations

import re
from typing import Sequence

from . import Hit
from .handles import user_name
from .lexicon import _LATIN, fold, is_common, is_place, is_place_any, lexicon, rare, tokens
from .names import (_INITIAL, _INNER_PARTICLES, _NOTE_WORDS, _WORD_BEFORE, _ambiguous_given, _known_token,
                    given_before_surname, is_particle)
from .persons import brand_context

_MONTH_CONTEXT = frozenset("in on of since until till by from through early late mid next last this every each "
                           "before after during de en desde hasta del el la a an the".split())
_PRONOUN_AFTER = re.compile(r"[ \t]+(?:you|we|i|they|he|she|it|there|this|that|u)\b", re.I)


def same_doc_names(text: str, people: Sequence[tuple[int, int]]) -> list[Hit]:
    """The parts of a full name found in a document, wherever else they stand in it: "June Trelawney … June
    will speak to her", "Segun Ezeani … covers Segun", "Gráinne Ní Bhriain … the Ní Bhriain job". A given
    name that is also an ordinary word is taken only capitalised and not where it reads as the word ("in
    June", "June 2025", "Will you…")."""
    lex = lexicon()
    looks: dict[str, bool] = {}  # surface -> guarded (an ordinary word too)
    for s, e in people:
        words = tokens(text[s:e])
        if len(words) < 2:
            continue
        for k, w in enumerate(words):
            w = w.strip(".,;:'’")
            f = fold(w)
            if len(w) < 3 or not w[:1].isupper() or is_particle(w) or _INITIAL.fullmatch(w):
                continue
            if k == 0 and (f in lex.common or f in _ambiguous_given()) and given_before_surname(w, words[1], lex):
                looks.setdefault(w, True)
            elif f not in lex.common and rare(w) and not is_place(w, lex) and _LATIN.fullmatch(w):
                looks.setdefault(w, False)
        for k in range(1, len(words) - 1):  # "Ní Bhriain", "de Sousa", "del Pozo" after the given name
            if (is_particle(words[k]) and len(words[k]) > 1) or words[k] in ("Ní", "Nic", "Ó", "Mac", "Van", "De", "Del"):
                looks.setdefault(" ".join(words[k:]).strip(".,;:"), False)
    if not looks:
        return []
    hits = []
    rx = re.compile(r"(?<![\w@.\-])(?:" + "|".join(re.escape(w) for w in sorted(looks, key=len, reverse=True)) + r")(?![\w@])")
    for m in rx.finditer(text):
        if any(s <= m.start() < e for s, e in people):
            continue
        if looks[m.group()]:
            before = _WORD_BEFORE.search(text[max(0, m.start() - 12):m.start()])
            after = text[m.end():m.end() + 12]
            if (before and fold(before.group(1)) in _MONTH_CONTEXT) or re.match(r"[ \t]*\d", after) or \
                    _PRONOUN_AFTER.match(after) or brand_context(text, m.start(), m.end()):
                continue
        hits.append((m.start(), m.end(), "PERSON", 0.6))
    return hits


_NAME_HEADER = re.compile(
    r"(?i)^[ \t]*(?:(?:full|client|customer|contact|patient|tenant|owner|deceased|employee|member|guest|primer|segundo|"
    r"1er|2do|[12][º°o])[ \t]+)?(?:name|names|customer|client|cliente|clienta|nombre|nombres|apellidos?|surnames?|"
    r"first[ \t]+names?|last[ \t]+names?|given[ \t]+names?|family[ \t]+names?|forenames?|teachers?|"
    r"profesor(?:a|es)?|tutor(?:a|es)?|students?|"
    r"alumn[oa]s?|staff|crew|drivers?|conductor(?:a|es)?|contacts?|contacto|employees?|emplead[oa]s?|candidates?|"
    r"candidat[oa]s?|patients?|pacientes?|tenants?|inquilin[oa]s?|landlords?|propietari[oa]s?|titular|owners?|"
    r"attendees?|asistentes?|persons?|personas?|responsables?|assigned[ \t]+to|agents?|agentes?|técnic[oa]s?|"
    r"technicians?|who|quién|trabajador(?:a|es)?|porters?|movers?|operari[oa]s?|recruiters?|consultants?|"
    r"reclutador(?:a|es)?|consultor(?:a|es)?|gestor(?:a|es)?|comercial(?:es)?|handled[ \t]+by|signed[ \t]+by|"
    r"firma|recipient|destinatari[oa]|reviewer|autor(?:a)?|author)"
    # "apellido paterno", "nombre finado", "surname 2", "nombre del titular", "name of deceased"
    r"(?:[ \t_.\-]?[12](?!\d)|[ \t]+(?:paterno|materno|primero|segundo|finad[oa]|fallecid[oa]|difunt[oa]|"
    r"deceased|completo|"
    r"(?:del?|of)[ \t]+(?:the[ \t]+)?(?:client[ea]?|customer|titular|finad[oa]|fallecid[oa]|difunt[oa]|deceased|"
    r"contacto|contact|paciente|patient|asegurad[oa]|tomador|alumn[oa]|soci[oa])))?"
    r"(?:[ \t]*\([^()]{0,20}\))?[ \t]*$")
_SURNAME_HEADER = re.compile(r"(?i)^[ \t]*(?:(?:primer|segundo|1er|2do|[12][º°o])[ \t]+)?(?:apellidos?|surnames?|"
                             r"last[ \t]+names?|family[ \t]+names?)(?![a-z])")
# what an export writes in an empty name cell
_BLANK_CELL = re.compile(r'(?i)[ \t"]*(?:n/?a|n/?d|s/?d|-+|none|null|nan|unknown|desconocid[oa]|sin datos|ninguno|'
                         r'tbc|tbd|x)[ \t"]*')
_HANDLE_HEADER = re.compile(r"(?i)^[ \t]*(?:by|done by|user|users|username|user name|user ?id|login|account|owner|"
                            r"assignee|assigned to|engineer|tech|technician|agent|actioned by|approved by|usuario)[ \t]*$")
_ORG_HEADER = re.compile(
    r"(?i)^[ \t]*(?:courier|carrier|company|companies|empresa|employer|client company|proveedor|supplier|insurer|"
    r"insurance|aseguradora|bank|banco|transportista|mensajer[ií]a|agency|agencia|school|university|universidad|"
    r"paqueter[ií]a|operador logístico|account(?: name)?|organi[sz]ation|organismo|entidad)s?(?:[ \t]*\([^()]{0,20}\))?[ \t]*$")
_ID_HEADER = re.compile(r"(?i)^[ \t]*(?:dni|nie|dni/nie|nif|c\.?c\.?|c[ée]dula|documento|doc\.?|n[º°]?[ ]?documento|passport|"
                        r"pasaporte|ni(?: no\.?| number)?|nino|rut|run|curp|cuit|cuil|id number|national id|ppt|doc id)"
                        r"(?:[ \t]+(?:no\.?|n[º°]\.?|number|n[uú]mero|num\.?|id))?[ \t]*$")
# A column of references: "donor_id", "booking ref", "Nº socio", "expediente" – its cells that hold a digit are codes
_REF_HEADER = re.compile(r"(?i)^[ \t]*(?:(?:donor|member|client|customer|student|booking|reservation|account|volunteer|"
                         r"case|file|policy|order|invoice|contract|tenancy|job)[ \t]*(?:id|no\.?|number|ref|reference|code|#)|"
                         r"id|ref|reference|booking|reservation|n[º°][ \t]*(?:de[ \t]+)?(?:socio|cliente|expediente|reserva|póliza)|"
                         r"c[oó]digo(?:[ \t]+(?:de[ \t]+)?cliente)?|expediente|socio|localizador)[ \t]*$")
_REF_CELL = re.compile(r"[ \t]*[A-Za-z]{0,5}[\-/.]?\d[A-Za-z0-9\-/.]{2,19}[ \t]*")
_ID_CELL = re.compile(r"[ \t]*(?:[A-Z]{0,3}[ \-]?)?\d[\d .\-]{4,14}[\dA-Za-z][ \t]*")
# header, cell, digits a cell needs, label, score
_CODE_COLUMNS = ((_ID_HEADER, _ID_CELL, 6, "NATIONAL_ID", 0.7), (_REF_HEADER, _REF_CELL, 3, "REFERENCE_ID", 0.6))
_SPLIT_PEOPLE = re.compile(r"[ \t]*(?:&|\+|/|,|;| and | y (?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+$))[ \t]*")


def _cells(line: str, delim: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    parts = line.split(delim)
    if delim == ",":  # a quoted cell may hold commas: "Ní Dhónaill, Gráinne Róisín"
        parts = _csv_split(line)
    for part in parts:
        out.append((pos, part))
        pos += len(part) + len(delim)
    if delim == "|":  # "| a | b |": the empty edges are not cells
        out = [c for k, c in enumerate(out) if not ((k == 0 or k == len(out) - 1) and not c[1].strip())]
    return out


def _csv_split(line: str) -> list[str]:
    """The cells of a comma-separated line as written (quotes kept), so that offsets add up."""
    cells, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    cells.append("".join(cur))
    return cells


def table_names(text: str, people: Sequence[tuple[int, int]]) -> list[Hit]:
    """The other names in a table column of people: a column whose header says so ("Nombre", "Teacher") or in
    which two or more cells (and 40 %) are people already found takes its other name-shaped cells: "| 4 | Seán
    Gallagher | ✓ |", "Room 3\tDot Oakes", "CLI-095697;CARRASCO PLAZA;ANA BELÉN;651 093 207".
    Tab-, pipe- and semicolon-separated rows of three cells or more, two rows or more."""
    lex = lexicon()
    return [h for delim, block in _blocks(text) for h in _table_block(block, delim, people, lex)]


def _blocks(text: str):
    """(delimiter, [(offset, line), …]) for each run of two lines or more of three cells or more."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for delim in ("\t", "|", ";", ","):
        block: list[tuple[int, str]] = []
        for start, line in lines + [(len(text), "")]:
            if len(_cells(line, delim)) >= 3 and (delim != "," or not block or len(_cells(line, ",")) == len(
                    _cells(block[0][1], ","))):
                block.append((start, line))
                continue
            if len(block) >= 2:
                yield delim, block
            block = []


def columns(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each table column as its header (the first row's cell, "" when it is not a header of names) and the spans
    of its cells' text, header row included."""
    out = []
    for delim, block in _blocks(text):
        rows = [[(start + off, cell) for off, cell in _cells(line, delim)] for start, line in block]
        for j in range(max(len(r) for r in rows)):
            spans = [(b + len(c) - len(c.lstrip()), b + len(c.rstrip())) for r in rows if len(r) > j
                     for b, c in [r[j]] if c.strip()]
            head = rows[0][j][1] if len(rows[0]) > j else ""
            out.append((head.strip() if _NAME_HEADER.match(head.replace("_", " ")) else "", spans))
    return out


def _listed_name(cell: str, lex) -> float:
    """1 for a cell that is a name: one to four words, a given name or a surname of the lists among them, none
    of them an ordinary word (a surname that is one beside a known one: "CARRASCO PLAZA"), no digit, and not a
    town or a country; 0.5 for a cell of rare words ("CHRAIBI"); 0 otherwise."""
    name = cell.strip().strip('"')
    words = [w for w in tokens(name) if not is_particle(w) and w.casefold() not in _INNER_PARTICLES]
    if not (1 <= len(words) <= 4) or re.search(r"[\d@#:/]", name) or not all(w[:1].isupper() for w in words) or (
            is_place_any(name) or any(fold(w) in _NOTE_WORDS for w in words)):
        return 0.0
    known = [w for w in words if _known_token(w, lex)]
    if known and all(not is_common(w, lex) or (fold(w) in lex.last_any and len(words) >= 2)
                     for w in words):
        return 1.0
    return 0.5 if all(rare(w) and not is_common(w, lex) for w in words) else 0.0


def _table_block(block, delim, people, lex) -> list[Hit]:
    rows = [[(start + off, cell) for off, cell in _cells(line, delim)] for start, line in block]
    # a header written as field names reads as words: "first_name", "last-name", "pet.name"
    rows[0] = [(b, c) if re.search(r"\d|@", c) else (b, re.sub(r"(?<=[a-z])[_.\-](?=[a-z])", " ", c)) for b, c in rows[0]]
    header = rows[0] if any(_NAME_HEADER.match(c) for _, c in rows[0]) or not any(
        re.search(r"\d|@", c) for _, c in rows[0]) else None
    hits = []
    for j in range(max(len(r) for r in rows)):
        col = [r[j] for r in (rows[1:] if header else rows) if len(r) > j and r[j][1].strip()]
        if not col:
            continue
        # a column of ID numbers ("C.C.": 1 078 205 319) or of references ("donor_id": D-1794, 223897)
        coded = [kind for kind in _CODE_COLUMNS if header and len(header) > j and kind[0].match(header[j][1])]
        if coded:
            _, cell_rx, digits, label, score = coded[0]
            for b, cell in col:
                if cell_rx.fullmatch(cell) and sum(ch.isdigit() for ch in cell) >= digits:
                    start = b + len(cell) - len(cell.lstrip())
                    hits.append((start, b + len(cell.rstrip()), label, score))
            continue
        if header and len(header) > j and _HANDLE_HEADER.match(header[j][1]):  # "By": paulw, k.appiah, lowrim
            hits += [(b + len(c) - len(c.lstrip()), b + len(c.rstrip()), "PERSON", 0.7) for b, c in col
                     if user_name(c.strip(), lex)]
        if header and len(header) > j and _ORG_HEADER.match(header[j][1]):  # "Courier": Royal Mail, DPD, Yodel
            for b, cell in col:
                name = cell.strip().strip('"')
                if name and not re.search(r"[@#:]|\d{3}", name) and len(name) <= 60 and name[:1].isupper() and not all(
                        is_common(w, lex) for w in tokens(name)):
                    start = b + cell.index(name)
                    hits.append((start, start + len(name), "ORG", 0.6))
            continue
        named = sum(any(s < b + len(c) and b < e for s, e in people) for b, c in col)
        by_header = bool(header and len(header) > j and _NAME_HEADER.match(header[j][1]))
        # under "apellido2" / "Surname" every capitalised word is a surname, ordinary words too ("Plaza", "Baker")
        surnames = by_header and bool(_SURNAME_HEADER.match(header[j][1]))
        # with no header and nothing found in it, a column of three cells or more, three quarters of them names the
        # lists know ("CARBALLO VÁZQUEZ", "ANA BELÉN"; a rare word counts half: "CHRAIBI") and no town ("LEÓN",
        # "LUGO"), is a column of people
        by_lists = len(col) >= 3 and sum(_listed_name(c, lex) for _, c in col) >= 0.75 * len(col)
        if not (by_header or by_lists or (named >= 2 and named >= 0.4 * len(col))):
            continue
        for b, cell in col:
            if _BLANK_CELL.fullmatch(cell):
                continue
            pos = 0
            one = re.fullmatch(r'[ \t"]*[^,;&+/"]+,[ ]?[^,;&+/"]+[ \t"]*', cell)  # "Ní Dhónaill, Gráinne Róisín"
            for piece in ([cell] if one else _SPLIT_PEOPLE.split(cell)):
                at = cell.index(piece, pos) if piece else pos
                pos = at + len(piece)
                name = piece.strip().strip('"')
                if not name:
                    continue
                words = tokens(name)
                start = b + cell.index(name, at)
                if not (1 <= len(words) <= 6) or re.search(r"[\d@#:]", name) or not all(
                        w[:1].isupper() or is_particle(w) or w.casefold() in _INNER_PARTICLES for w in words):
                    continue
                words = [w.rstrip(",") for w in words]
                plain = [w.strip(".,") for w in words if not is_particle(w) and not _INITIAL.fullmatch(w)]
                # a word of a name: known, or rare; in a column headed "Name" any word that is not ordinary
                if _NAME_HEADER.match(name) or not plain or (not surnames and (not any(
                        _known_token(w, lex) or rare(w) for w in plain) or all(
                        is_common(w, lex) for w in plain)) or max(map(len, plain)) < 2) or any(
                        fold(w.strip(".,")) in _NOTE_WORDS for w in words) or (is_place(name, lex) and not (
                        surnames or by_header and all(fold(w) in lex.last for w in plain))) or brand_context(
                        name, 0, len(name)):
                    continue
                hits.append((start, start + len(name), "PERSON", 0.6))
    return hits
