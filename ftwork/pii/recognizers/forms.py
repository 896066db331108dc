"""Names in the fields of forms, minutes and records: "CLIENTE: ANA RUIZ SOLER", "SURNAME(S): WALKER",
"SIGNED: HELEN WALKER    DATE: …", "Present: June Trelawney (Director of Studies), Gurinder Bains"."""

from __future__ import annotations

import re
from typing import Sequence

from . import Hit
from .lexicon import _LATIN, _LOW, _UP, Lexicon, _hand_common, fold, is_common, is_place, is_place_any, rare, tokens, zipf
from .names import (_INITIAL, _INNER_PARTICLES, _LOWER_TITLES, _NOTE_WORDS, _known_token, given_before_surname,
                    inner_particle, is_particle)


# A name on a form line of its own, in any case and in either order: "CLIENTE: ANA RUIZ SOLER", "Name: Ruiz, Ana".
_FIELD_RE = re.compile(
    r"(?im)^[ \t]*(?:name|full name|customer|customer name|client|client name|cliente|nombre|nombre completo|"
    r"nombre del cliente|nombre y apellidos|apellidos y nombre|apellidos, nombre|titular|account holder|contact|"
    r"contacto|persona de contacto|employee|empleado|empleada|patient|paciente|tenant|inquilino|buyer|comprador|"
    r"attn|a/a|destinatario|recipient|firmado|signed|policyholder|insured|asegurado|asegurada|tomador|tomadora|"
    r"solicitante|applicant|guest|hu[eé]sped|passenger|pasajero|student|alumno|alumna|propietario|propietaria|owner|"
    r"beneficiario|beneficiaria|beneficiary|arrendatario|arrendataria|conductor|driver|técnico|technician|responsable|"
    r"owner name|second owner|joint owner|authori[sz]ed person|bill to|invoice to|ship to|deliver to|sold to|"
    r"facturar a|a nombre de)(?:[ \t]*/[ \t]*[\w ]{2,20}?)?[ \t]*:[ \t]*"
    rf"(?P<name>[{_UP}{_LOW}'’\-]+(?:,?[ \t]+[{_UP}{_LOW}'’\-]+){{1,6}})[ \t]*$")


# A form's or minutes' field whose value is people: "SURNAME(S): WALKER", "FIRST NAME(S): HELEN", "SIGNED: HELEN
# WALKER    DATE: …", "Apologies: Segun Ezeani", "Present: June Trelawney (Director of Studies), Gurinder Bains".
_FORM_LABELS = (r"surname\(s\)|surnames?|last names?|family names?|first name\(s\)|first names?|forenames?|"
                r"given names?|middle names?|apellidos?|apellido\(s\)|primer apellido|segundo apellido|apellido paterno|"
                r"apellido materno|nombres?|guía|guía acompañante|guide|tour guide|tour leader|acompañantes?|"
                r"parent/guardian(?:[ ]\d)?|parent(?:[ ]\d)?|guardian(?:[ ]\d)?|received by|recibido por|recibid[oa] por|"
                r"usuari[oa]/a|usuari[oa] del servicio|usuari[oa]|alta nueva|nueva alta|sales exec(?:utive)?|salesperson|"
                r"vendedor[a]?|asesor[a]? comercial|service advisor|mechanic|mecánic[oa]|hirer|renter|main driver|"
                r"conductor principal|waiter|camarer[oa]|booked by|reservado por|reservada por|reserva a nombre de|"
                r"c[oó]mo quieres que te llamemos|nombre preferido|apodo|nickname|"
                r"nombre\(s\)|nombre de pila|signed|signature|firma|firmado|emergency contact|contacto de emergencia|"
                r"next of kin|teacher|teachers|profesor[a]?|profesores|tutor[a]?|present|apologies|attendees|absent|"
                r"asistentes|ausentes|excusan|chair|secretary|minutes|presidente|secretari[oa]|crew|staff|equipo|"
                r"driver|drivers|conductor(?:es)?|porters?|técnicos?|panel|interviewers?|entrevistador(?:es)?|"
                r"full name|name|names|contact|contacto|contact name|hr contact|translator|interpreter|intérprete|traductor[a]?|"
                r"guarantor|referee|landlord|tenants?|patient|paciente|next of kin|dentist|doctor|doctora|médic[oa]|"
                r"physio|therapist|fisioterapeuta|odontólog[oa]|clinician|fiador[a]?|garante|avalista|inquilin[oa]s?|"
                r"locatari[oa]|locador[a]?|propietari[oa]|owner|agent|agente|recepcionista|"
                r"beneficiari[oa]s?|beneficiar(?:y|ies)|mediador[a]?|tramitador[a]?|perito|loss adjuster|adjuster|"
                r"named drivers?|additional drivers?|conductor habitual|conductores adicionales|"
                r"(?:entered|checked|prepared|inspected|completed|created|signed|approved|reviewed|seen|booked) by|"
                r"(?:atendid[oa]|registrad[oa]|revisad[oa]|preparad[oa]|firmad[oa]|gestionad[oa]) por|"
                r"apellido y nombres?|apellidos y nombres?|nombre y apellidos?|persona de contacto|garante|garantes|"
                r"referencia personal|referencias personales|grupo conviviente|aclaración|alta por|prof\. asignad[oa]|"
                r"profesional asignad[oa]|firman|firma del reclamante|firma del cliente|firma del paciente|known as|"
                r"also known as|preferred name|alias|forenames?\(s\)|tutor legal|legal guardian|parent|padre/madre|"
                r"asignad[oa] a|responsable|recipient|destinatari[oa]|candidate|candidat[oa]|recruiter|consultant|"
                r"reclutador[a]?|consultor[a]?|encargad[oa]|repartidor[a]?|courier driver|contacto emergencia|"
                r"nombres|apellidos|you|tú|usuario|visitor|customer name|nombre del cliente|customer|client|cliente|"
                r"clienta|titular|account holder|tomador|asegurad[oa]|policyholder|policy holder|insured|claimant|"
                r"reclamante|demandante|demandad[oa]|respondent|witness|testigo|applicant|solicitante|sponsor|heir|"
                r"herederos?|deceased|difunt[oa]|finad[oa]|fallecid[oa]|employee|emplead[oa]|worker|trabajador[a]?|"
                r"(?:signed|firmado) (?:for|on behalf of|por|en nombre de) [\w&'’ .\-]{2,40}?")  # "Signed for Penhallow: …"
# what a label may carry before its colon: "NOMBRE Y APELLIDOS DEL ALUMNO/A:", "EMERGENCY CONTACT (NOT PARENT):"
_LABEL_TAIL = r"(?:[ ](?:del|de la|of the)[ ][\w]+(?:/[ao])?)?(?:[ \t]*\([^()\n]{1,25}\))?"
# at the start of a line, or after a wide gap or a separator on it: "SIGNATURE: ____   NAME: M. CHEN   DATE: …"
_FORM_RE = re.compile(rf"(?im)(?:(?:^|(?<=[ \t]{{2}})|(?<=[|/–—\t])|(?<=[.!?] )|(?<=\w )(?=paciente|patient|tenant|cliente))"
                      rf"[ \t]*(?P<label>{_FORM_LABELS}){_LABEL_TAIL}(?:[ \t]*:|[ \t]+[-–][ \t]|(?<=by)[ \t]|(?<=por)[ \t]|(?<=[Ff]irma)[ ](?-i:(?=[{_UP}])))"
                      r"|_{3,}[ \t]+)"  # a signature line: "_____________  N. JALIL (LOCADOR)"
                      rf"[ \t]*(?=(?P<name>[^\n]+))")  # a lookahead: "SIGNATURE: ___   NAME: …" tries both


# Labels that name the name: what follows them is a name whatever its words ("SURNAME: LOCKWOOD", "FIRST NAME(S): TAREK")
_NAME_LABEL_RE = re.compile(r"(?i)(?:surname|last name|family name|first name|forename|given name|middle name|apellido|"
                            r"primer apellido|segundo apellido|apellido paterno|apellido materno|nombre|nombres|"
                            r"nombre de pila)(?:\(s\)|s)?")


def _named_by_label(words: Sequence[str], lex: Lexicon) -> bool:
    """1-4 words after a label that names the name: letters only, none an ordinary word or a note's."""
    return 1 <= len(words) <= 4 and all(
        _LATIN.fullmatch(w.strip(".,")) and (is_particle(w) or (not is_common(w.strip(".,"), lex) and (
            _known_token(w.strip(".,"), lex) or zipf(w.strip(".,")) < 4.0))) and  # not "PENDIENTE"
        fold(w.strip(".,")) not in _NOTE_WORDS for w in words)


def _name_like(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether a short run of words is a name by its words alone: each a known given name or surname, a rare
    word or a particle, and not all particles ("Segun Ezeani", "WALKER", "de la Torre y Plaza")."""
    if not 1 <= len(words) <= 7:
        return False
    named = 0
    for k, w in enumerate(words):
        x = w.strip(".,")
        if is_particle(x.casefold()) or (0 < k < len(words) - 1 and inner_particle(words, k)) or (
                k == 0 and len(words) > 1 and x.casefold() in _INNER_PARTICLES):  # "EL KHATIB"
            continue
        if _INITIAL.fullmatch(w) and len(words) > 1:
            continue
        f = fold(x)
        if not _LATIN.fullmatch(x) or f in _NOTE_WORDS:
            return False
        ok = (_known_token(x, lex) or rare(x)) and (not is_common(x, lex) or (k and f in lex.last_any)) or (
            k + 1 < len(words) and given_before_surname(x.title() if x.isupper() else x, words[k + 1].title(), lex))
        if not ok:
            return False
        named += 1
    return named > 0


def _all_caps_name(words: Sequence[str], lex: Lexicon) -> bool:
    """1-4 capitalised words, one of them a known or rare name-word, not all of them ordinary, none a note word."""
    if not 1 <= len(words) <= 4:
        return False
    xs = [w.strip(".,") for w in words]
    if not all(len(x) > 1 and x.isupper() and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", x) for x in xs):
        return False
    if xs[0].casefold() in ("na", "none", "yes", "no", "nil") or any(fold(x) in _NOTE_WORDS for x in xs) or \
            all(is_common(x, lex) for x in xs):
        return False
    return any(_known_token(x, lex) or rare(x) for x in xs)


def _form_names(text: str, lex: Lexicon) -> list[Hit]:
    hits = []
    for m in _FORM_RE.finditer(text):
        value, base = m.group("name"), m.start("name")
        # "HELEN WALKER    DATE: …", "ISIDORA SAAVEDRA VIAL – ESPOSA – +569…": the field ends at a wide gap or a dash
        end = re.search(r"[ \t]{2,}|\t|\||[ ][–—][ ]", value)
        value = value[:end.start()] if end else value
        # "PEREYRA VERA, MARÍA EUGENIA": one person written surname first, when a given name follows the comma
        sg = re.fullmatch(r"([^,;&+()\[\]/]+),[ ]*([^,;&+()\[\]/]+?)[ .]*", value)
        given = tokens(sg.group(2))[0] if sg and tokens(sg.group(2)) else ""
        whole = bool(given) and not _INITIAL.fullmatch(given) and (
            fold(given) in lex.first_any or (rare(given) and not is_place_any(given)))
        for n, piece in enumerate(re.finditer(r"[^;&+()\[\]/]+" if whole else r"[^,;&+()\[\]/]+|\([^()\n]*\)", value)):
            if piece.group().startswith("("):
                continue  # "(Director of Studies)"
            toks = [t for t in re.finditer(r"\S+", piece.group())]
            while len(toks) > 1 and toks[0].group().strip(".").casefold() in _LOWER_TITLES:
                toks = toks[1:]  # "DR PANAGIOTIS CHRISTODOULOU", "MRS AMA AGYEMAN"
            # a value written all in capitals is taken whole when a word of it is a name the lists know or a rare
            # one and not every word is ordinary: "AMA AGYEMAN", "SOO-JIN JUNG", "CHEUNG LI NA"
            caps = _all_caps_name([t.group() for t in toks], lex) or (
                _NAME_LABEL_RE.fullmatch(m.group("label") or "") is not None and _named_by_label([t.group() for t in toks], lex))
            # the name ends at its first word that is not one: "L LEÓN 07484 697 001", "Ana Ruiz (Director)"
            for k, t in enumerate([] if caps else toks):
                x = t.group().strip(".,")
                # after an initial or a given name the lists know, any capitalised word that is not an
                # ordinary one is a surname: "V. Colombo", "MANUEL FREIRE MUÑOZ"
                after_given = k and (re.fullmatch(r"[A-Z]\.?", toks[k - 1].group()) or
                                     fold(toks[k - 1].group().strip(".,")) in lex.first_any)
                # ... and a surname that is a word when it ends the field: "Cliente: Rosa Plaza", "Contact: Ana Mas"
                surname = after_given and x[:1].isupper() and _LATIN.fullmatch(x) and ((not is_common(x, lex) and fold(
                    x) not in _hand_common()) or (k == len(toks) - 1 and fold(x) in lex.last_any))
                if k and not surname and not _name_like([x] if not re.fullmatch(r"[A-Z]\.?", t.group()) else ["X."], lex) \
                        and not is_particle(t.group()) and t.group().casefold() not in _INNER_PARTICLES:
                    toks = toks[:k]
                    break
            while toks and (is_particle(toks[-1].group()) or re.fullmatch(r"[A-Z]\.?", toks[-1].group())):
                toks = toks[:-1]
            words = [("X." if re.fullmatch(r"[A-Z]", t.group()) else t.group().rstrip(",")) for t in toks]
            given_first = len(words) > 1 and (_INITIAL.fullmatch(words[0]) or fold(words[0]) in lex.first_any)
            # a town after the name is where it was signed: "Firmado: Ana Ruiz, Sevilla"; "APELLIDO: MORALES" is not
            # two or three capitalised words none of them ordinary, most of them rare: "Iria Antía Castiñeira"
            shaped = 2 <= len(words) <= 4 and all(w[:1].isupper() and not is_common(w, lex) and zipf(w) < 4.0 for w in words) and \
                sum(rare(w) or _known_token(w, lex) for w in words) >= len(words) - 1
            if toks and (caps or _name_like(words, lex) or given_first or shaped) and not (
                    n and is_place(" ".join(t.group() for t in toks), lex)):
                start, end = base + piece.start() + toks[0].start(), base + piece.start() + toks[-1].end()
                while end > start and text[end - 1] in ".,;:":
                    end -= 1
                if not _INITIAL.fullmatch(text[start:end]) and not re.fullmatch(r"[A-Z]\.?", text[start:end]):
                    hits.append((start, end, "PERSON", 0.75))
    return hits


