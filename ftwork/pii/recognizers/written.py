"""Names as they are written outside sentences: a full name typed in lower case in a note, "SURNAMES, GIVEN" in
capitals on a register's line, "Surnames, Given" after a header's From:."""

from __future__ import annotations

import re

from . import Hit
from .lexicon import _DEVOTIONAL_RE, _LOW, _UP, Lexicon, fold, is_common, is_place, is_place_any, misspelt, rare, wordlike, zipf
from .names import (_SURNAME_GIVEN, EMAIL_LOCAL, FULL_NAME, NAME_WORD, STARS, address_parts, after_determiner, bare_article,
                    is_particle, name_handle)

# "GIL SIERRA, JOSÉ LUIS", "RENTERÍA RESTREPO, ANA MILENA": surnames, a comma and given names, all in capitals, as
# registers, minutes and payroll forms write a person anywhere on a line; and "Navarro Ruiz de Velasco, José Manuel"
# after a header's "De:" / "From:".
_UPW = rf"[{_UP}]{{2,}}(?:['’\-][{_UP}]+)*"
_UPPER_SURNAME_GIVEN_RE = re.compile(
    rf"(?<![\w,])(?P<name>{_UPW}(?:[ ](?:(?:DE|DEL|DE LA|DE LOS|DE LAS|Y|I)[ ])?{_UPW}){{0,3}},[ ]?{_UPW}(?:[ ]{_UPW}){{0,2}})"
    r"(?![\w,])")
_HEADER_SURNAME_GIVEN_RE = re.compile(rf"(?im)^[ \t]*(?:de|from|para|to|remitente|sender)[ \t]*:[ \t]*"
                                      rf"(?P<name>{_SURNAME_GIVEN})(?=[ \t]*(?:[·|(<\-–—]|$))")


# A full name typed in lower case anywhere in a note: a given name the lists know (not one that is a word) and one
# to three surnames they know or rare words ("salvador romero reyes quiere cita", "- jacky wong – direct claim",
# "pere ferrer i vilaseca"); particles inside. The same in capitals on a form or a list ("1) JACINTO ARREOLA GARZA -
# HERMANO(A)", "ENTREGADO POR: EVARISTO ESCUDERO"), where a given name that is a word too never opens one.
_LOWER_RUN_RE = re.compile(rf"(?<![\w@.\-/])(?=(?P<run>[{_LOW}]{{2,}}(?:[ ](?:(?:de|del|de la|de los|i|y|ní|nic|ó|van|von|da|"
                           rf"dos)[ ])?[{_LOW}]{{2,}}(?:['’\-][{_LOW}]+)?){{1,4}})(?![\w@\-]))")  # tried at every word
_UPPER_RUN_RE = re.compile(rf"(?<![\w@.\-/])(?=(?P<run>[{_UP}]{{2,}}(?:[ ](?:(?:DE|DEL|DE LA|DE LOS|DE LAS|I|Y)[ ])?"
                           rf"[{_UP}]{{2,}}(?:['’\-][{_UP}]+)?){{1,4}})(?![\w@\-]))")


def lower_full_names(text: str, lex: Lexicon) -> list[Hit]:
    hits = []
    for run_re in (_LOWER_RUN_RE, _UPPER_RUN_RE):
        taken = 0
        caps = run_re is _UPPER_RUN_RE
        for m in run_re.finditer(text):
            if m.start() < taken:
                continue
            words = [(w.start() + m.start(), w.end() + m.start(), w.group().casefold())
                     for w in re.finditer(r"\S+", m.group("run"))]
            end = _one_case_name(words, lex, caps, _TITLED.search(text, max(0, m.start() - 8), m.start()) is not None)
            if end and not is_place(text[m.start():end], lex):
                hits.append((m.start(), end, "PERSON", 0.7))
                taken = end
    return hits


_TITLED = re.compile(r"(?<![\w.])(?:[Ss]r|[Ss]ra|[Ss]rta|[Dd]ña|[Dd]r|[Dd]ra|[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]on|[Dd]oña)\.?[ ]$")


def _one_case_name(words: list, lex: Lexicon, caps: bool, titled: bool = False) -> int | None:
    """Where a name of one case (lower or capitals) that opens words ends, or None; after a title ("Sra. ESTRELLA
    SÁENZ-DÍEZ GUERRERO") any given name opens one."""
    first = words[0][2]
    # a given name that is a word too ("salvador", "rob") only before two surnames, and never in capitals
    devotion = _DEVOTIONAL_RE.match(fold(" ".join(w[2] for w in words[1:4]))) if fold(first) in lex.first_any else None
    devoted = devotion is not None and len(words) > len(devotion.group().split()) + 1  # a surname after "del pilar"
    need = 2 if fold(first) in lex.first or titled or devoted else 0 if caps else 3 if (
        fold(first) in lex.first_any or fold(first) in lex.ambiguous) else 0
    # a given name no list has and no word is like, before two surnames they know: "zenaida ccori vilca"
    unknown = not need and len(first) >= 4 and rare(first) and not wordlike(first) and not misspelt(first) and len(
        words) >= 3 and all(fold(w[2]) in lex.last and not is_common(w[2], lex) for w in words[1:3])
    need = 3 if unknown else need
    if not need or (not titled and (zipf(first) >= 5.5 or is_common(first, lex))) or fold(first) in lex.common_exact:
        return None
    end, names = words[0][1], 1
    for k, (s2, e2, w) in enumerate(words[1:], 1):
        if devoted and k <= len(devotion.group().split()):
            end = e2  # the devotion is the given name's: "rocío del pilar"
            continue
        if bare_article([v[2] for v in words], k):
            break  # "nicolás la renovacion": an article with no "de" before it starts the next phrase
        if is_particle(w) or w in ("i", "y", "ní", "nic", "ó"):
            continue
        after_particle = k >= 2 and is_particle(words[k - 1][2])  # "MARÍA DEL CARMEN TORO DE SALES"
        if names >= 2 and fold(w) in lex.last_any and not is_particle(w) and (zipf(w) < 5.0 or after_particle):
            end, names = e2, names + 1  # a second surname that is a word too: "ROCÍO DEL PILAR ALONSO MORA"
            continue
        if is_common(w, lex) or not (fold(w) in lex.last_any or fold(w) in lex.first or (
                len(w) >= 4 and rare(w) and not misspelt(w))):
            break
        end, names = e2, names + 1
    return end if names >= need else None


def surname_given(text: str, lex: Lexicon) -> list[Hit]:
    hits, rest = [], []
    for m in (*_UPPER_SURNAME_GIVEN_RE.finditer(text), *_HEADER_SURNAME_GIVEN_RE.finditer(text)):
        surnames, given = m.group("name").split(",", 1)
        sur = [w for w in surnames.split() if not is_particle(w.casefold())]
        giv = given.split()
        # a given name the lists know, or a rare word after a surname they know ("NOYA LOUZAO, MARUXA")
        known = (fold(giv[0]) in lex.first_any and any(fold(w) in lex.last_any or rare(w) for w in sur)) or (
            rare(giv[0]) and len(giv[0]) >= 3 and any(fold(w) in lex.last for w in sur)) or (
            len(sur) >= 2 and all(rare(w) and len(w) >= 3 for w in sur + giv[:1]))  # two rare surnames, a rare given name
        ordinary = any(is_common(w.title(), lex) for w in sur + giv) or is_place_any(surnames.strip())
        if known and not ordinary:
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
        elif not ordinary:
            rest.append((m.start("name"), m.end("name"), "PERSON", 0.7))
    # one more of a list whose other items are people: "GUESTS: SALA SALVADOR, QUIM; ZUBIZARRETA UGARTE, MIREN"
    for h in rest:
        if any(re.fullmatch(r"[ \t]*;[ \t]*", text[min(h[1], k[1]):max(h[0], k[0])]) for k in hits):
            hits.append(h)
    return hits


# The author's name signed at the end of a note's line: "…cb tmrw am. - gareth", "…rent to him again." - Rob".
_SIGNED_LINE_RE = re.compile(rf"(?m)(?<=[.!?\"”])[ \t]+[-–—~][ \t]*(?P<name>[{_UP}{_LOW}][{_LOW}'’\-]{{2,}})[ \t]*$")
# A title typed in lower case before a surname: "cald ms nwosu re pet policy", "sra. etxeberria llamó".
_LOWER_TITLE_RE = re.compile(rf"(?<![\w.])(?:mr/mrs|mrs/mr|sr/sra|sra/sr|sr\./sra|mr|mrs|ms|miss|dr|dra|sr|sra|srta|dña|doña|d\.|dª)\.?[ ]+"
                             rf"(?P<name>[{_LOW}]{{3,}}(?:['’\-][{_LOW}]+)?(?:[ ](?:de[ ]|del[ ]|de[ ]la[ ])?[{_LOW}]{{3,}}){{0,2}})"
                             r"(?![\w@])")
# "Surnames, Given" after a title or a field's label: "Dr. Crespo Moreno, Bienvenido (4º A)",
# "Asegurado: Ferrari, Milagros (CUIT …)", "Landlord: Hill, Frank".
_LABELLED_SURNAME_GIVEN_RE = re.compile(
    rf"(?:(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Dra|Sr|Sra|Srta|D|Dña|Prof)\.?[ ]+|(?m:^)[ \t]*[{_UP}][{_LOW}]+(?:[ ][{_LOW}]+)?"
    rf"(?:[ ]\([^)\n]{{1,20}}\))?[ \t]*:[ \t]*)(?P<name>{_SURNAME_GIVEN})(?=[ \t]*(?:[(,;|\n\t]|$))")
# Spanish puts "a" before a person who is the object, and a pronoun repeats it: "a Xoán le han citado".
_PERSONAL_A_RE = re.compile(rf"(?<![\w])a[ ](?P<name>{FULL_NAME})[ ](?:le|les|lo|la|los|las|se)[ ]|"
                            rf"(?<=[{_LOW}][aeií]r[ ])a[ ](?P<asked>{FULL_NAME})[ ]que[ ]|"  # "pedir a Uxía que…"
                            rf"(?<=[{_LOW}][aeií]r[ ])a[ ](?P<low>[{_LOW}]{{3,}})(?![\w@])")  # "llamar a teodoro a gritos"
# An initial and a surname alone in a table's cell: "PED-441306\t16/05/2026\tY. Colmenares\t14016"
_CELL_INITIAL_FIRST_RE = re.compile(rf"(?m)(?:^|(?<=[|\t;]))[ ]*(?P<name>[{_UP}]\.[ ]?{NAME_WORD}(?:[ ]{NAME_WORD})?)[ ]*(?=[|\t;]|$)")
# A passenger as airlines and tour operators write one: "MACLEOD/PHILIPPA MISS", "PAUCAR APAZA/JHONATAN"
_PNR_NAME_RE = re.compile(rf"(?<![\w/])(?P<name>{_UPW}(?:[ \-]{_UPW}){{0,2}}/{_UPW}(?:[ ]{_UPW}){{0,2}}?)"
                          r"(?=[ ]+(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b|[ ]*(?:[).,;\n]|$))")
# A chat export's sender, one word, whatever it is when it is no ordinary word: "23/05/2026, 11:43 - Shiv: Yes!!"
_CHAT_SENDER_RE = re.compile(r"(?m)^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?\]?(?:[ ][-–])?[ ]"
                             rf"(?P<name>[{_UP}][{_LOW}]{{2,}}):[ ]")
# A short name before the full one in brackets: "Inma (Inmaculada Montilla)", "Bex (Rebecca Wilding)"
_NICK_RE = re.compile(rf"(?<![\w@.])(?P<name>{NAME_WORD})[ ]\((?P<full>{NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}})\)")
# A shift and a carer's surname in a rota's cell: "AM Buckley", "AM+PM Ní Cheallaigh", "tea Fennelly", "N Ortega"
_SHIFT_CELL_RE = re.compile(rf"(?m)(?:^|(?<=[\t|;]))[ ]*(?:AM\+PM|AM|PM|tea|eve|night|early|late|M|T|N|mañana|tarde|noche)[ ]"
                            rf"(?P<name>(?:(?:Ó|Ní|Nic|Mac|Mc|De|Van|Di)[ ])?{NAME_WORD})[ ]*(?=[\t|;]|$)")
# A reviewer's handle after the stars: "★☆☆☆☆  Encarnacion_M - 03/05/2026", "★★★☆☆  ShoaibHussain - 11/01/2026"
_HANDLE_RE = re.compile(rf"(?m)^[ \t]*{STARS}[ \t]+(?P<name>[{_UP}][{_LOW}]+(?:_[{_UP}{_LOW}0-9]+|[{_UP}][{_LOW}]+))"
                        r"[ \t]*(?=[-–—·(]|$)")
# A row of an export in lower case whose e-mail spells the name: "KM-CUST-8851;2026-08-03;lovely sarmiento;086-533 3972;
# lovely_sarm3@icloud.com"
_LOW_WORD_RE = re.compile(rf"(?<![\w@.\-])[{_LOW}]{{3,}}(?:['’][{_LOW}]+)?(?![\w@\-])")
# "MACLEOD, Malcolm", "ISHIKAWA, Kaede", "BEGUM, Jasvinder": the surname in capitals, the given name as written
_CAPS_SURNAME_GIVEN_RE = re.compile(rf"(?<![\w,])(?P<name>{_UPW}(?:[ ](?:DE[ ]|DEL[ ]|DA[ ]|Y[ ])?{_UPW}){{0,2}},[ ]"
                                    rf"{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})(?![\w'’\-])")
# A surname spelled out: "My surname is spelled D-E-L-E-O-N"
_SPELLED_RE = re.compile(r"(?i:spelled|spelt|spells|se escribe|deletreo|deletreado)[ :]+(?:(?i:is|as|es|como)[ ]+)?"
                         r"(?P<name>[A-ZÁÉÍÓÚÑ](?:[-.][A-ZÁÉÍÓÚÑ]){2,})")
# A role in a meeting's minutes, a colon, a name: "El secretario: Roi Vilas", "Treasurer: Aoife Ní Bhriain".
_ROLE_RE = re.compile(rf"(?i:(?:el|la|the)[ ])?(?i:secretari[oa]|president[ea]|vicepresident[ea]|tesorer[oa]|vocal|"
                      rf"administrador[a]?|chair(?:person|man|woman)?|secretary|treasurer|minute[- ]taker)[ \t]*:[ \t]*"
                      rf"(?P<name>{FULL_NAME})")


def _spelled_lower(text: str, lex: Lexicon) -> list[Hit]:
    """Lower-case words of a row that its e-mail address spells: "lovely sarmiento;…;lovely_sarm3@icloud.com",
    "- baldomero (baldomero_berm10@outlook.com)"."""
    hits = []
    for line in re.finditer(r"[^\n]+", text):
        # the pieces of an address that are a name and more ("baldomero_berm10"), not a mailbox ("recaudacion@")
        parts = [p for e in EMAIL_LOCAL.finditer(line.group()) if re.search(r"[._+\-\d]", e.group(1))
                 for p in address_parts(e.group(1).casefold())]
        if not parts:
            continue
        emails = [(e.start(), e.end()) for e in EMAIL_LOCAL.finditer(line.group())]
        for w in _LOW_WORD_RE.finditer(line.group()):
            f = fold(w.group())
            if any(a <= w.start() < b for a, b in emails) or is_common(w.group(), lex) or zipf(f) >= 4.5 or (
                    wordlike(w.group()) and f not in lex.first_any):  # "ure28.recaudacion@…" is a mailbox
                continue
            if any(p == f or (len(p) >= 4 and f.startswith(p)) or (len(f) >= 4 and p.startswith(f)) for p in parts):
                hits.append((line.start() + w.start(), line.start() + w.end(), "PERSON", 0.75))
    return hits


# "james called", "brenda says", "percy invito al postre": a lower-case given name the lists know, doing what people do;
# "lo revisa xochitl": done by one
LOWER_DOES_RE = re.compile(rf"(?<![\w@.\-])(?P<name>[{_LOW}]{{3,}})[ \t]+(?:called|rang|phoned|says|said|asked|wants|"
                           r"emailed|texted|comped|covered|booked|cancelled|canceled|confirmed|complained|dice|dijo|llamó|llamo|"
                           r"pregunta|preguntó|quiere|escribió|me llama|me llamó|devuelve|me dijo|le dijo|confirma|confirmó|"
                           r"invitó|invito|avisó|aviso|revisó|reviso|atendió|atendio|canceló|cancelo|reservó|reservo|pidió|pidio|"
                           r"to call back|to ring back|to call|to ring|will call|will ring|will drop|will send|will bring|will pick|"
                           r"moved|lost|paid|arrived|left|missed|forgot|collected|needs|cambia|cambió|cambio de|no avisa|avisa|"
                           r"llega|llegó|perdió|pagó|necesita|va a llamar|llamará|pasará)(?![\w])")
# "booked ekow for thurs", "escalate to arasy", "ask for bryn": a lower-case given name the lists know, booked or asked for
LOWER_ASKED_RE = re.compile(rf"(?<![\w@.\-])(?:booked|escalate to|escalated to|ask for|asked for|asking for|pass to|passed to|"
                            rf"hand over to|handed to|cover for|covering for|swap with|swapped with|contact is|contact was|"
                            rf"spoke to|spoke with|speak to|talked to|hablé con|hable con|hablar con|hablo con|contacto es)[ ]+"
                            rf"(?P<name>[{_LOW}]{{3,}})(?=[ ]+(?:for|on|at|re|about|tomorrow|today|asap|to|en|el|al|por|mañana|"
                            rf"hoy)\b|[ \t]*[.,;:!?\n]|[ \t]*$)")
# "serafin (hidalgo fonseca)", "victor (flores rivera)": a given name and, in brackets, two surnames the lists know (one
# alone is a role as often: "Nahuel Vitale (pareja)", "(portero)")
_GIVEN_SURNAMES_RE = re.compile(rf"(?<![\w@.\-])(?P<name>[{_LOW}]{{3,}}|[{_UP}][{_LOW}]{{2,}})[ ]\((?P<sur>[{_LOW}{_UP}][{_LOW}]{{2,}}"
                                rf"(?:[ ][{_LOW}{_UP}][{_LOW}]{{2,}}){{0,2}})\)")
LOWER_DONE_BY_RE = re.compile(rf"(?<![\w@.\-])(?:lo|la|le|los|las)[ ](?:revisa|revisó|reviso|atiende|atendió|atendio|lleva|"
                              rf"llevó|llevo|firmó|firmo|recoge|recogió|recogio|gestiona|gestionó|gestiono)[ ]+"
                              rf"(?P<name>[{_LOW}]{{3,}})(?![\w@\-])")


def lower_doers(text: str, lex: Lexicon) -> list[Hit]:
    """The lower-case names of LOWER_DOES_RE, LOWER_DONE_BY_RE and LOWER_ASKED_RE: a given name the lists know, or
    a rare word not built like one ("misaki says", "- tommaso moved host fam"), never a place; and a given name in
    either case before its two surnames in brackets (_GIVEN_SURNAMES_RE)."""
    hits = []
    for rx in (LOWER_DOES_RE, LOWER_DONE_BY_RE, LOWER_ASKED_RE):
        for m in rx.finditer(text):
            w = m.group("name")
            if is_common(w, lex) or is_place(w, lex):
                continue
            # after "spoke to", "hablé con" a role often stands ("portero", "pareja"): only a name no word is like
            spoke = rx is LOWER_ASKED_RE and re.match(r"contact|spoke|speak|talked|habl", m.group())
            if (fold(w) in lex.first and zipf(w) < (3.3 if spoke else 5.5)) or (
                    len(w) >= 4 and zipf(w) < 2.5 and not misspelt(w) and not wordlike(
                    w) and not w.endswith(("ly", "nt", "ers"))):  # not "provisionally", "hassnt", "installers"
                hits.append((m.start("name"), m.end("name"), "PERSON", 0.65))
    for m in _GIVEN_SURNAMES_RE.finditer(text):
        w, sur = m.group("name"), m.group("sur").split()
        if len(sur) >= 2 and not is_common(w, lex) and (fold(w) in lex.first_any or rare(w)) and all(
                fold(x) in lex.last and not is_common(x, lex) for x in sur):
            hits += [(m.start("name"), m.end("name"), "PERSON", 0.7), (m.start("sur"), m.end("sur"), "PERSON", 0.7)]
    return hits
# "- herminia (hmontoro@hotmail.es) se quejó", "marc (mllobet@gmail.com)": a name and, in brackets, an address of its own
_NAME_THEN_ADDRESS_RE = re.compile(rf"(?<![\w@.\-])(?P<name>[{_UP}{_LOW}][{_LOW}'’\-]{{2,}}(?:[ ][{_UP}{_LOW}][{_LOW}'’\-]{{2,}}){{0,2}})"
                                   r"[ \t]*\((?P<local>[\w.+\-]+)@[\w\-]+\.[\w.]+\)")


# "★★★☆☆  ShoaibHussain - 11/01/2026", "4/5  josevallejo79 · 13/06/2026", "5/5  Jhonatan_V · hace 2 semanas": a
# review export's line, the rating, the reviewer's name or handle, the date
_RATING = rf"(?:{STARS}|\d(?:[.,]\d)?[ ]?/[ ]?(?:5|10))"
_HANDLE = rf"(?P<name>[\w.'’\-]{{3,32}}|[{_UP}][{_LOW}]+(?:[ ][{_UP}][{_LOW}]*\.?){{1,2}})"
_RATED_HANDLE_RE = re.compile(rf"(?m)^[ \t]*{_RATING}[ \t]+(?:[·|–—\-][ \t]+)?{_HANDLE}[ \t]+[·|–—\-][ \t]+"
                              r"(?=\d|hace |a |an |ayer|yesterday|last |\w+ ago|local guide|gu[ií]a local)"
                              # "aoifekenned — 5/5 — Sep 11, 2026": the name first
                              rf"|^[ \t]*{_HANDLE.replace('P<name>', 'P<first>')}[ \t]+[·|–—\-][ \t]+{_RATING}[ \t]+[·|–—\-]", re.I)
# "Actioned by: Phil_M", "CHECKED BY: RYAN_H", "exported … by hamish.n": a given name and an initial as a user's name
_GIVEN_HANDLE_RE = re.compile(r"(?<![\w@.\-])(?P<given>[A-Za-z][a-z]{2,}|[A-Z]{3,})[._](?P<initial>[A-Za-z]{1,2})(?![\w@\-]|\.\w)")


# "25/01 12:18 gl: pt called…": a note's author by initials after its date and time, when they sign more than one line
_DATED_INITIALS_RE = re.compile(r"(?m)^[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?:[ \t]+[-–])?[ \t]+"
                                r"(?P<name>[a-z]{2}|[A-Z]{2})[ \t]*:[ \t]")
_NOT_INITIALS = frozenset("re fw cc pt ok to am pm nb ps no na vm tx rx sv dd hi mr ms dr".split())


def note_handles(text: str, lex: Lexicon) -> list[Hit]:
    """Reviewers' names and handles by their ratings, users' handles ("Phil_M", "hamish.n"), notes' initials."""
    hits = []
    initials = [m for m in _DATED_INITIALS_RE.finditer(text) if m.group("name").casefold() not in _NOT_INITIALS]
    hits += [(m.start("name"), m.end("name"), "PERSON", 0.75) for m in initials
             if sum(n.group("name") == m.group("name") for n in initials) >= 2]
    for m in _RATED_HANDLE_RE.finditer(text):
        key = "name" if m.group("name") else "first"
        name = m.group(key)
        letters = re.sub(r"[\W\d_]+", "", name)
        if len(letters) >= 3 and not (name.isalpha() and is_common(name, lex)) and not re.fullmatch(r"[\d.\-]+", name):
            hits.append((m.start(key), m.end(key), "PERSON", 0.7))
    for m in _GIVEN_HANDLE_RE.finditer(text):
        if fold(m.group("given")) in lex.first_any and not is_common(m.group("given"), lex):
            hits.append((m.start(), m.end(), "PERSON", 0.7))
    return hits


# "amy wrote:", "GALBRAITH, Charlotte wrote:", "Victoria Ellis & June wrote:": who wrote a quoted message or a
# condolence-book entry, alone on its line; "★★☆☆☆ sorchamccarthy70", "★★★★☆ ORLA Ó CEALLAIGH": a reviewer alone after
# the stars
_WROTE_RE = re.compile(r"(?m)^[ \t]*(?P<who>[^\n:<>@\d]{2,70}?)[ \t]+(?:wrote|escribió|ha escrito|escribe):[ \t]*$")
_DOTTED_HANDLE_RE = re.compile(rf"(?:@|(?<![\w])(?:by|por|from|to|para|cc|ping|ask)[ ]+)(?P<name>[{_LOW}]{{1,20}}[._][{_LOW}]{{2,20}})"
                               r"(?![\w@\-]|\.\w)")  # "@daniel.rose can you ring her", "generado por k.benhaddou el"
# "Ming, Branch Manager", "Ana, responsable de tienda": a given name signing with its role
_NAME_ROLE_RE = re.compile(rf"(?m)(?:^|(?<=[.!?] ))[ \t]*(?P<name>{NAME_WORD})[ ]?,[ ]?(?:(?:Branch|Store|Practice|Office|Sales|Area|"
                           r"General|Assistant|Deputy|Customer Service|Operations|Service)[ ])?(?:Manager|Director|Supervisor|"
                           r"Coordinator|Pharmacist|Optometrist|Receptionist|Team Leader|Owner|gerente|encargad[oa]|"
                           r"responsable|coordinador[a]?|director[a]?|supervisor[a]?|farmacéutic[oa]|óptic[oa])\b")
# "HABLÉ CON LEDYS Y NO ME DIO…", "SPOKE TO ALINA,": a complaint in capitals, the person spoken to
_CAPS_SPOKE_RE = re.compile(r"(?<![\w])(?:HABLÉ CON|HABLE CON|ME ATENDIÓ|ME ATENDIO|ME ATENDIERON|SPOKE TO|SPOKE WITH|"
                            rf"SERVED BY|ATENDIDO POR|ATENDIDA POR)[ ]+(?P<name>[{_UP}]{{3,}})(?=[ ,.;:!?]|$)")
_STARS_ALONE_RE = re.compile(rf"(?m)^[ \t]*{STARS}[ \t]+(?P<name>[{_LOW}{_UP}][\w.\-]{{4,31}}|{_UPW}(?:[ ](?:[{_UP}][ ])?{_UPW}){{1,3}})"
                             r"[ \t]*$")


def _name_words(words: list[str], lex: Lexicon) -> bool:
    """Words that can all be a name's: none an ordinary word (a given name the lists know may be one: "June"), each a
    name of the lists, a particle or a rare word."""
    return bool(words) and all(is_particle(w) or (fold(w) in lex.first_any and zipf(w) < 5.5) or (
        not is_common(w, lex) and (fold(w) in lex.last_any or rare(w))) for w in words)


def _quoted_authors(text: str, lex: Lexicon) -> list[Hit]:
    hits = []
    for m in _WROTE_RE.finditer(text):
        pos, line = m.start("who"), []
        for piece in re.split(r"([ \t]+(?:&|and|y|e)[ \t]+)", m.group("who")):
            words = piece.replace(",", " ").split()
            if words and not re.fullmatch(r"[ \t]+(?:&|and|y|e)[ \t]+", piece):
                if len(words) > 4 or not _name_words([w.title() if w.isupper() or w.islower() else w for w in words], lex):
                    line = []  # one piece that is no name ("The team"): not who wrote
                    break
                line.append((pos, pos + len(piece.rstrip()), "PERSON", 0.75))
            pos += len(piece)
        hits += line
    for m in _STARS_ALONE_RE.finditer(text):
        name = m.group("name")
        words = name.split()
        if len(words) == 1 and not (re.search(r"\d", name) or name_handle(name, lex) or any(
                fold(p) in lex.first_any or fold(p) in lex.last for p in address_parts(fold(name)))):
            continue
        if len(words) > 1 and not _name_words([w.title() for w in words if len(w) > 1], lex):
            continue
        if is_common(words[0].title(), lex) and len(words) == 1:
            continue
        hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for rx in (_NAME_ROLE_RE, _CAPS_SPOKE_RE):
        for m in rx.finditer(text):
            w = m.group("name").title()
            if not is_common(w, lex) and (fold(w) in lex.first_any or rare(w)) and not is_place_any(w):
                hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _DOTTED_HANDLE_RE.finditer(text):
        given, surname = re.split(r"[._]", m.group("name"))
        if (len(given) == 1 or (fold(given) in lex.first_any and not is_common(given, lex))) and (
                fold(surname) in lex.last_any or fold(surname) in lex.first_any or (len(surname) >= 4 and rare(surname))):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    return hits


def _caps_surname_given(text: str, lex: Lexicon) -> list[Hit]:
    """"GALBRAITH, Charlotte", "ROCHA DE PAULA, Renan", "TOLENTINO, Lovely": surnames in capitals, a comma, a given name."""
    hits = []
    for m in _CAPS_SURNAME_GIVEN_RE.finditer(text):
        surnames, given = m.group("name").split(",", 1)
        giv = given.split()[0]
        sur = [w for w in surnames.split() if w.casefold() not in ("de", "del", "da", "y")]
        if (fold(giv) in lex.first_any or (not is_common(giv, lex) and (rare(giv) or (zipf(giv) < 4.0 and all(
                rare(w) or fold(w) in lex.last_any for w in sur)) or (zipf(giv) < 5.0 and all(  # "TOLENTINO, Lovely"
                fold(w) in lex.last for w in sur))))) and not any(
                is_common(w.title(), lex) for w in sur) and not (is_place_any(surnames) and not all(  # "ISHIKAWA, Kaede"
                fold(w) in lex.last_any for w in sur)) and not (is_place_any(given.strip()) and fold(giv) not in lex.first_any):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    return hits


def signed_and_titled(text: str, lex: Lexicon) -> list[Hit]:
    """Names written where notes and minutes put them: signed after a note's last sentence, after a title typed
    in lower case, as "Surnames, Given" after a title or a label, after a role in the minutes."""
    hits = []
    for m in _SIGNED_LINE_RE.finditer(text):
        w = m.group("name")
        if (fold(w) in lex.first_any or fold(w) in lex.ambiguous) and not (is_common(w, lex) and fold(w) not in lex.ambiguous):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _LOWER_TITLE_RE.finditer(text):
        end = m.start("name")  # the name's words, up to the first that is none: "sr/sra bedoya cumple el 14"
        for w in re.finditer(r"\S+", m.group("name")):
            x = w.group()
            if not is_particle(x) and not (fold(x) in lex.last_any or (not is_common(x, lex) and (
                    fold(x) in lex.first_any or (rare(x) and not misspelt(x))))):  # "sr/sra font", "mrs lane"
                break
            end = m.start("name") + w.end() if not is_particle(x) else end
        if end > m.start("name"):
            hits.append((m.start("name"), end, "PERSON", 0.75))
    for m in _NAME_THEN_ADDRESS_RE.finditer(text):
        words = m.group("name").split()
        if m.group("local")[:1].casefold() == fold(words[0])[:1] and all(
                not is_common(w, lex) and (fold(w) in lex.first_any or fold(w) in lex.last_any or rare(w)) for w in words):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.7))
    for m in _LABELLED_SURNAME_GIVEN_RE.finditer(text):
        surnames, given = m.group("name").split(",", 1)
        sur = [w for w in surnames.split() if not is_particle(w)]
        giv = given.split()
        # a given name that is a word too ("Bienvenido") after surnames the lists know
        if fold(giv[0]) in lex.first_any and (not is_common(giv[0], lex) or all(fold(w) in lex.last for w in sur)) and all(
                fold(w) in lex.last_any or rare(w) for w in sur) and not is_place_any(surnames.strip()):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    for m in _PERSONAL_A_RE.finditer(text):
        group = "name" if m.group("name") else "asked" if m.group("asked") else "low"
        w = m.group(group).split()[0]
        known = fold(w) in lex.first if group == "low" else (fold(w) in lex.first_any or rare(w))
        if not is_common(w, lex) and known and not is_place_any(m.group(group)):
            hits.append((m.start(group), m.end(group), "PERSON", 0.75))
    for m in _PNR_NAME_RE.finditer(text):
        words = [w for w in re.split(r"[ /\-]", m.group("name")) if w.casefold() not in ("ni", "nic", "mac", "de", "del")]
        if not any(is_common(w.title(), lex) for w in words) and any(
                fold(w) in lex.first_any or fold(w) in lex.last_any or rare(w) for w in words):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    for m in _CHAT_SENDER_RE.finditer(text):
        w = m.group("name")
        if not is_common(w, lex) and zipf(w) < 4.5 and not is_place_any(w):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _NICK_RE.finditer(text):
        full = m.group("full").split()
        if fold(full[0]) in lex.first and not is_common(m.group("name"), lex) and fold(m.group("name")) not in fold(
                m.group("full")).split():
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _SHIFT_CELL_RE.finditer(text):
        w = m.group("name").split()[-1]
        if not is_common(w, lex) and (fold(w) in lex.last_any or fold(w) in lex.first_any or rare(w)):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _HANDLE_RE.finditer(text):
        handle = m.group("name")
        first = re.split(r"_|(?<=[a-z])(?=[A-Z])", handle)[0]
        if fold(first) in lex.first_any or (rare(first) and not is_common(first, lex)):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    hits += _spelled_lower(text, lex) + _quoted_authors(text, lex)
    hits += _caps_surname_given(text, lex)
    hits += [(m.start("name"), m.end("name"), "PERSON", 0.8) for m in _SPELLED_RE.finditer(text)]
    for m in _CELL_INITIAL_FIRST_RE.finditer(text):
        words = m.group("name").split(".", 1)[1].split()
        if all(not is_common(w, lex) and (fold(w) in lex.last_any or zipf(w) < 4.0) for w in words):  # not "B. Total"
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _ROLE_RE.finditer(text):
        words = [w for w in m.group("name").split() if not is_particle(w)]
        if not any(is_common(w, lex) for w in words) and not is_place(m.group("name"), lex):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    return hits


# A given name, or two, before the initial of a surname: "Grace N.", "Sunny S., 09/01/2025", "Firma Marco Antonio Q."
_GIVEN_INITIAL_RE = re.compile(rf"(?<![\w@.'’\-])(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD})?)[ ](?=[{_UP}]\.(?![\w.]))")


def given_initial(text: str, lex: Lexicon) -> list[Hit]:
    """Given names the lists know followed by a surname's initial; the initial is taken along by with_initial.
    Even given names that are ordinary words ("Grace", "Sunny"): the initial says a person is meant."""
    hits = []
    for m in _GIVEN_INITIAL_RE.finditer(text):
        words = m.group("name").split()
        if all(fold(w) in lex.first_any for w in words) and not after_determiner(text, m.start()):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    return hits


_TRAILING_INITIAL = re.compile(rf"[ \t]+[{_UP}]\.(?![\w])(?![ \t]*[{_UP}][{_LOW}])")


def with_initial(text: str, hits: list[Hit]) -> list[Hit]:
    """A name followed by the initial of its surname takes it along: "Xiaoling C. – Arrived late", "Seun O."."""
    out = []
    for s, e, label, score in hits:
        m = _TRAILING_INITIAL.match(text, e)
        out.append((s, m.end() if m else e, label, score))
    return out


_LOWER_NEXT = re.compile(rf"[ ](?P<w>[{_LOW}]{{3,}}(?:['’\-][{_LOW}]+)?)(?![\w@\-])")


def lower_tail(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """A given name typed in lower case takes the surnames typed after it that the lists know and no language
    has as a word: "llamo yeuri cevallos pujol", "user siobhán mcallister locked out"."""
    out = []
    for s, e, label, score in hits:
        if text[s:e].islower():
            for _ in range(2):
                m = _LOWER_NEXT.match(text, e)
                w = m.group("w") if m else ""
                if not m or is_common(w, lex) or not (fold(w) in lex.last or zipf(w) < 3.3 and not wordlike(w) and
                                                      not misspelt(w)):
                    break
                e = m.end()
        out.append((s, e, label, score))
    return out


_SURNAMES_BEFORE = re.compile(rf"(?:^|(?<=[\n:;(])|(?<=[.:;] ))[ \t]*(?P<sur>{NAME_WORD}(?:[ ](?:de[ ]|del[ ]|de la[ ])?{NAME_WORD})?),[ ]$")


_MARIA_TAIL = re.compile(r"[ ](?:Mª|M\.ª|Ma\.)(?!\w)")


def surnames_before(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """A given name found after "Surnames, " at the head of a list's item takes its surnames along: "Vacaciones:
    Paredes Sifontes, Maikel.", "Baja médica: Mancini Sosa, Valeria" – surnames the lists know or no word is like."""
    out = []
    for s, e, label, score in hits:
        m = _SURNAMES_BEFORE.search(text, max(0, s - 60), s) if " " not in text[s:e] else None
        if m:
            sur = [w for w in m.group("sur").split() if not is_particle(w)]
            if all(not is_common(w, lex) and (fold(w) in lex.last_any or rare(w)) for w in sur) and not is_place_any(
                    m.group("sur")):
                s = m.start("sur")
                e = _MARIA_TAIL.match(text, e).end() if _MARIA_TAIL.match(text, e) else e  # "…, José Mª"
        out.append((s, e, label, score))
    return out


_RARE_LEAD = re.compile(rf"(?:^|(?<=[\s(\[\"“·:,;–—\-]))(?P<w>[{_UP}][{_LOW}]{{2,}})[ ]$")


def rare_lead(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """A given name no list has and no word is like, just before a person found by the names after it, is the
    person's: "(Ambiorix Ventura Tavárez, solicitud …)" – a person of two words or more ("Škoda Octavia" is a car)."""
    out = []
    for s, e, label, score in hits:
        m = _RARE_LEAD.search(text, max(0, s - 24), s)
        w = m.group("w") if m else ""
        if m and rare(w) and not wordlike(w) and not misspelt(w) and fold(w) not in lex.common and not is_place_any(
                w) and " " in text[s:e].strip() and not text[s:e].islower() and not text[s:e].isupper():
            s = m.start("w")
        out.append((s, e, label, score))
    return out
