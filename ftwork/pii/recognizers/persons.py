"""People: names found by titles, greetings, sign-offs, self-introductions, chat speakers,
notes, reviews and first names (the shapes of names are in `names`, the words they stand on in `lexicon`,
form fields in `forms`, names written outside sentences in `written`)."""

from __future__ import annotations

import re
from typing import Sequence

from . import Hit
from .asian import east_asian_names
from .handles import find_handles
from .forms import _FIELD_RE, _form_names, _name_like
from .lexicon import (_AMBIGUOUS_NAMES, _LATIN, _LOW, _UP, Lexicon, _hand_common, fold, is_common, is_place,
                      is_place_any, keeps_surname, lexicon, misspelt, rare, tokens, wordlike, zipf)
from .names import (_FULLNAME_RE, _INITIAL, _INNER_PARTICLES, _LOWER_TITLES, _NOTE_WORDS, _PLAIN_GIVEN, _SURNAME_GIVEN,
                    _TITLE_RE, EMAIL_LOCAL, FULL_NAME, MARIA_SHORT, NAME_WORD, STARS, TITLES, _ambiguous_given, _known_token,
                    DETERMINERS, address_parts, after_determiner, after_title, bare_article, given_before_surname, given_then_surname,
                    inner_particle, is_particle, name_handle, not_a_name)
from .written import (given_initial, lower_doers, lower_full_names, lower_tail, note_handles, rare_lead,
                      signed_and_titled, surname_given, surnames_before, with_initial)

__all__ = ["brand_context", "find_persons", "fold", "is_particle", "lexicon", "name_span", "rare", "tokens"]


_GREETINGS = (r"dear|hi|hello|hey|hiya|morning|good morning|good afternoon|hola|buenas|buenos días|buenas tardes|buen día|"
              r"buenas noches|estimad[oa]s?|estimado/a|querid[oa]|apreciad[oa]|bonjour|hallo|ciao|olá|caro|cara")
_GREETING_RE = re.compile(rf"(?<![\w])(?i:{_GREETINGS})[ \t]*,?[ \t]+(?:{TITLES}\.?[ \t]+)?(?P<name>{FULL_NAME})(?![\w@])")
_SIGNOFFS = (r"regards|kind regards|best regards|warm regards|best wishes|best|many thanks|thanks|thank you|cheers|"
             r"sincerely|yours sincerely|yours faithfully|yours|talk soon|un saludo|saludos|saludos cordiales|"
             r"atentamente|cordialmente|gracias|muchas gracias|un abrazo|abrazos|besos|hasta pronto|"
             r"quedo a la espera|quedo a su disposición|cordiali saluti|mit freundlichen grüßen|cumprimentos|cordialement")
_SIGNOFF_RE = re.compile(
    rf"(?<![\w])(?i:{_SIGNOFFS})[ \t]*[,.!]*[ \t]*(?:(?:\r?\n[ \t]*){{1,2}}(?:--?[ \t]*)?|[ \t]*[,–-][ \t]*)(?P<name>{FULL_NAME})(?![\w@])")
_INTROS = (r"my name is|my name's|i am|i'm|this is|it's|name|full name|nombre|nombre completo|me llamo|mi nombre es|soy|"
           r"le saluda|le escribe|les escribe|habla|spoke to|spoke with|talked to|speaking with|speak to|hablé con|"
           r"he hablado con|atendido por|atendida por|contact person|contact|persona de contacto|contacto|attn|a/a|att|"
           r"signed by|firmado por|firmado|titular|account holder|holder|employee|empleado|empleada|trabajador|"
           r"trabajadora|candidate|candidato|candidata|tenant|inquilin[oa]|arrendatari[oa]|arrendador[a]?|landlord|"
           r"driver|conductor[a]?|repartidor[a]?|courier|claimant|reclamante|patient|paciente|colleague|"
           r"compañer[oa]|partner|pareja|husband|wife|marido|esposa|esposo|representad[oa] por|represented by|"
           r"on behalf of|en nombre de|de parte de|call back from|ask for|pregunte por|preguntar por|attendees|"
           r"asistentes|participants|participantes|third party|tercero|cc|from|de parte|beneficiary|beneficiario|"
           r"recipient|destinatari[oa]|addressee|remitente|sender|customer|client|cliente|clienta|buyer|comprador[a]?|"
           r"agent|agente|assigned to|asignad[oa] a|escalated to|handled by|gestionad[oa] por|la gestiona|lo gestiona|"
           r"ha pasado a|passed to|present|presentes|asisten|address of|casa de|a nombre de|in the name of|"
           r"usuario|user|socio|member|propietari[oa]|owner|responsable|firma|apellidos y nombre|nombre y apellidos|"
           r"policyholder|insured|asegurad[oa]|tomador[a]?|solicitante|applicant|guest|hu[eé]sped|passenger|pasajer[oa]|"
           r"student|alumn[oa]|estudiante|técnico|técnica|technician|engineer|ingenier[oa]|adjuster|perito|"
           r"interesad[oa]|afectad[oa]|denunciante|testigo|witness|visitor|visitante|vecin[oa]|neighbour|neighbor|"
           r"se llama|dice llamarse|her name was|his name was|their name was|signed for by|received by|recibido por|"
           r"seen by|visto por|atendid[oa] hoy|new client|new customer|cliente nuev[oa]|nuev[oa] cliente|referred by|"
           r"derivad[oa] por|lo deriva|la deriva|la nota de|the note of|dueñ[oa]|message from|mensaje de|"
           r"recado de|recado a|message for|caller|llamante|cust|apologies|apologies from|disculpas|excusan|minutes by|"
           r"minute taker|chaired by|presidida por|sister in law|brother in law|mother in law|father in law|cuñad[oa]|"
           r"suegr[oa]|the ex|mi ex|rang|teacher|profesor[a]?|tutor[a]?|surveyor|tasador[a]?|mover|mozo|signed for by|"
           r"encargad[oa]|mi prim[oa]|su prim[oa]|mi herman[oa]|su herman[oa]|mi hij[oa]|su hij[oa]|mi sobrin[oa]|"
           r"mi amig[oa]|su amig[oa]|mi tí[oa]|my son|my daughter|my cousin|my friend|my nephew|my niece|my aunt|"
           r"my uncle|his son|her son|his daughter|her daughter|hablo con|hablamos con|llamé a|llamo a|avisé a|"
           r"avisar a|le dije a|escribí a|diligenciado por|diligenciada por")
_ROLES = r"(?:agent|agente|operator|operador[a]?|asesor[a]?|support|soporte|advisor|rep)"
_INTRO_RE = re.compile(rf"(?<![\w])(?i:{_INTROS})[ \t]*:?[ \t]+(?:{TITLES}\.?[ \t]+)?(?P<name>{FULL_NAME})(?![\w@])")
_SPEAKER_RE = re.compile(
    rf"(?m)^[ \t]*(?P<tag>\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*[-–]?[ \t]*|\[[^\]\n]{{1,25}}\][ \t]*)?"
    rf"(?:{_ROLES}[ \t]+)?(?P<name>{FULL_NAME})(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]*:")
# The same in lower case, as people type in chats: "[chat] brandon mason: hi" (the first word a known name).
_LOWER_SPEAKER_RE = re.compile(
    rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*|(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?,?[ \t]+)?\d{{1,2}}:\d{{2}}[ \t]*[-–]?[ \t]*|"
    rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?[ \t]+)(?:{_ROLES}[ \t]+)?"
    rf"(?P<name>[{_LOW}][{_LOW}'’\-]+(?:[ \t]+[{_LOW}][{_LOW}'’\-]*){{0,7}})[ \t]*(?::|[-–](?=[ \t]))")
# the date (and time) a note line starts with: "19/07/25 ", "21/11 11:08 "
# (and a chat export's "19/08/2026, 07:23 - ")
_NOTE_DATE = r"(?m)^[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?,?(?:[ \t]+\d{1,2}:\d{2}:?)?(?:[ \t]+[-–])?[ \t]+"
# "19/07/25 Jordan: spoke to…", "21/11 11:08 Brenda - …": a note's author after its date
_DATED_SPEAKER_RE = re.compile(
    rf"{_NOTE_DATE}(?P<name>{FULL_NAME})[ \t]*(?::|[-–](?=[ \t]))")
# "20/03 10:22 asier - …", "15/12 12:35 ROMINA: …": one given name in any case as the dated note's author
_DATED_GIVEN_RE = re.compile(
    rf"{_NOTE_DATE}(?P<name>[{_UP}{_LOW}]{{3,}})[ \t]*(?::|[-–](?=[ \t])|$)")
# "13/12 12:31 [breogán] llama…": the author in brackets after the date
_BRACKET_AUTHOR_RE = re.compile(rf"{_NOTE_DATE}\[(?P<name>[{_UP}{_LOW}][{_LOW}{_UP}'’\-]+)\]")
# a display name before an address in a header line: "Para: ARNAU CASALS I SABATÉ <arnaucas28@…>"
_HEADER_NAME_RE = re.compile(r"(?im)^[ \t]*(?:from|to|cc|de|para|reply-to|responder a)[ \t]*:[ \t]*(?P<name>[^<>\n@\"]{2,60}?)[ \t]*<(?P<local>[^<>@\s]+)@")
# "- caoimhe 15/06: cust rang…", "- juan carlos: vuelve a llamar": a note's author after a bullet
_BULLET_AUTHOR_RE = re.compile(rf"(?m)^[ \t]*[-*•·][ \t]+(?P<name>[{_LOW}][{_LOW}'’\-]+(?:[ ][{_LOW}][{_LOW}'’\-]+){{0,3}})"
                               r"(?:[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[ \t]*:")
# "- Sunny S., 09/01/2025", "— ángeles, compra verificada": the signature of a review
_REVIEWER_RE = re.compile(rf"(?m)^[ \t]*[-–—][ \t]*(?P<name>[{_UP}{_LOW}][{_LOW}'’\-]+(?:[ ](?:[{_UP}]\.|[{_UP}][{_LOW}'’\-]+)){{0,2}})"
                          r",[ \t]+(?:\d{1,2}/\d{1,2}/\d{2,4}|verified|compra verificada|comprador[a]? verificad[oa]|"
                          r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+,[ \t]+\d)")
# "★★★★☆ Dafydd (Google) – Good value", "★★☆☆☆ Higinio B. – En secretaría…": the reviewer after the stars
_STARS_RE = re.compile(rf"(?m)^[ \t]*{STARS}[ \t]+(?P<name>[{_UP}][{_LOW}'’\-]+(?:[ ](?:[{_UP}{_LOW}]\.|[{_UP}][{_LOW}'’\-]+)){{0,2}})"
                       r"[ \t]*(?=\(|[-–—·]|$)")
# "Inti · ★☆☆☆☆ · hace 2 semanas", "Osmar A. · ★★★★★": the reviewer before the stars of a review export
_NAME_STARS_RE = re.compile(rf"(?m)^[ \t]*(?P<name>[{_UP}][{_LOW}'’\-]+(?:[ ](?:[{_UP}]\.|[{_UP}][{_LOW}'’\-]+)){{0,2}})"
                            rf"[ \t]*[·|–—\-][ \t]*{STARS}")
# "…os esperamos. Arantxa⏎⏎", "See you soon. Neus⏎": a given name alone after the last sentence of a message
_SIGNOFF_GIVEN_RE = re.compile(rf"(?m)(?<=[.!?] )(?P<name>[{_UP}][{_LOW}'’\-]{{2,}})[ \t]*(?:x{{1,3}})?[ \t]*(?=\n[ \t]*\n|\n?\Z|\n\[)")
# the answer to "What's your name?" in a chat: "You: khalid el khattabi"
_ASKED_NAME_RE = re.compile(r"(?im)(?:your name|te llamas|su nombre|tu nombre|name please)\??[^\n]*\n[ \t]*"
                            r"[^:\n]{1,20}:[ \t]*(?P<name>[^\n]{2,60}?)[ \t]*$")
# A title in capitals before a name in capitals: "DR PANAGIOTIS CHRISTODOULOU, HIGH STREET DENTAL", "SRA. DE LA CRUZ"
_UPPER_TITLE_RE = re.compile(rf"(?<![\w.])(?:DR|DRA|MR|MRS|MS|MISS|SR|SRA|SRTA|DÑA|DON|DOÑA|PROF|LIC|ING)\.?[ ]+"
                             rf"(?P<name>[{_UP}][{_UP}'’\-]+(?:[ ][{_UP}][{_UP}'’\-]*){{0,5}})")
# A name alone in brackets: "→ 0044 7518 343076 (Nguyễn Minh Hùng)", "FRIEND (GRACE WOOD)", "la madre (yessenia)"
_PAREN_NAME_RE = re.compile(r"\((?P<name>[^()\n\d@/:;]{2,60})\)")
# "@Murat can u move…": a mention in a chat
_MENTION_RE = re.compile(rf"(?<![\w.@])@(?P<name>{NAME_WORD}|[{_LOW}]{{3,}})(?![\w@.\-])")
# "Will Akinola: Will will sit the C1…", "Frank Best: Frank is…": a line that opens with a person's full name and
# a colon, and goes on with the same given name, is about that person (even when the name is a word too)
_NAME_AGAIN_RE = re.compile(rf"(?m)^[ \t]*(?P<full>(?P<given>[{_UP}][{_LOW}'’\-]+)(?:[ ][{_UP}][{_LOW}'’\-]+){{1,2}}):"
                            r"[ \t]+(?P<again>(?P=given))(?![\w'’\-])")
_CUE_END = re.compile(rf"(?i:{_INTROS})[ \t]*:?[ \t]*$")
# A name in capitals or in lower case after words that say a name follows: "Firmado por ANA RUIZ", "new client ana ruiz".
# In notes typed in lower case, kin and the words of a call log say a name follows too: "his son oisín ó briain
# will…", "su casera garazi tiene las llaves", "llamada 13:29 juan ignacio medina…", "not rui".
_KIN = (r"son|daughter|mum|mom|mother|dad|father|brother|sister|wife|husband|partner|ex|landlord|landlady|"
        r"neighbour|neighbor|boss|flatmate|hijo|hija|madre|padre|hermano|hermana|marido|mujer|esposo|esposa|novio|"
        r"novia|casero|casera|vecino|vecina|primo|prima|tío|tía|abuelo|abuela|nieto|nieta|jefe|jefa|cuñado|cuñada|"
        r"suegro|suegra|sobrino|sobrina|encargado|encargada|compañero|compañera|amigo|amiga|friend|cousin|niece|nephew|"
        r"aunt|uncle|manager|supervisor|colleague|flatmate|housemate|familia")
_KIN_WORDS = frozenset(_KIN.split("|"))
_GREETS = (r"hi|hello|hey|hiya|dear|thanks|thank you|thx|ta|cheers|hola|buenas|gracias|querida|querido|"
           r"nice to meet you|pleased to meet you|encantad[oa]|mucho gusto")
# weak cues: only a given name the lists know follows them ("booked w valeria", "guarantor for rajinder")
_WEAK_CUES = r"w|w/|with|for|told|tell|ask|asked|says|said|con|para|dice|dijo|by|de parte de|ver a|cc"
_WEAK_WORDS = frozenset(_WEAK_CUES.split("|"))
_NOTE_CUES = (rf"{_KIN}|{_GREETS}|{_WEAK_CUES}|llamada|llamada de|call|call from|voicemail from|phoned|spoke w|llamó|"
              r"ha llamado|hablar con|not|no por|spoke to|speak to|spoke with|talked to|rang|called|llama|llamo|"
              r"recomendad[oa] por|recommended by|viene de parte de|paso con|le paso con|pasar con|reprogramar con|"
              r"cita con|appointment with|booked with|see|ver")
_CLITIC_CUE = rf"[{_LOW}]+r(?:le|les)[ ]a"  # a verb that takes a person: "pasarle a nicolás", "decirles a"
# the note cues only in lower case: "Nieto", "Son" and "Ex" are surnames too
_CASED_CUES = "|".join([f"(?i:{c})" if c in _INTROS.split("|") else c for c in sorted(
    {*_INTROS.split("|"), *_NOTE_CUES.split("|")}, key=len, reverse=True)] + [_CLITIC_CUE])
# a lookahead, so that the next cue on the line is tried too: "preguntar por iker no por wiesława"
_CASED_INTRO_RE = re.compile(rf"(?<![\w])(?P<cue>{_CASED_CUES})[ \t]*[:–—]?[ \t]+(?:\d{{1,2}}[:.h]\d{{2}}[ \t]+)?"
                             rf"(?=(?P<name>[^\n]{{2,80}}))")  # the longest cue first: "cliente nuevo", not "cliente"
# "Iyer, Dafydd,dafydd@…" or "Ana Ruiz;ana@…" at the start of a line: a name, then its e-mail after a delimiter.
_NAME_THEN_EMAIL_RE = re.compile(rf"(?m)^[ \t]*(?P<name>{FULL_NAME}(?:,[ \t]*{FULL_NAME})?)[ \t]*[,;\t|][ \t]*[\w.+\-]+@[\w\-]+\.")
# A capitalised word the name lists do not know is a name by what surrounds it: spoken to ("Zainab, can you deal
# with this?", "Recordatorio: Brais, la vacuna de tu perro…"), owning something a person owns ("Per Xiaoling's
# note"), or doing what people do ("Anushka called", "Brais dice que"). The word must be rare (not an ordinary word).
_VOCATIVE_RE = re.compile(rf"(?:^|(?<=[\n.!?:;¡¿]))[ \t]*(?P<name>{NAME_WORD})[ \t]*,[ \t]+(?P<rest>[^\n]{{0,48}})")
_ADDRESSED = re.compile(r"(?i)(?<!\w)(?:you|your|yours|please|pls|thanks|thank you|te|tu|tus|ti|usted|ustedes|su|sus|"
                        r"puedes|podrías|podrias|pueden|podéis|quieres|tienes|por favor|gracias|¿)(?!\w)")
_PERSON_THINGS = (r"note|notes|message|messages|e-?mail|emails|call|voicemail|request|question|comment|comments|reply|answer|"
                  r"complaint|appointment|booking|visit|shift|rota|desk|office|team|account|file|case|claim|policy|order|"
                  r"invoice|house|flat|home|car|dog|cat|pet|puppy|kitten|horse|rabbit|parrot|mother|father|mum|mom|dad|"
                  r"wife|husband|partner|son|daughter|brother|sister|family|signature|details|address|number")
_POSSESSIVE_RE = re.compile(rf"(?<![\w@.])(?P<name>{NAME_WORD})['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:{_PERSON_THINGS})(?![\w])")
_DOES_RE = re.compile(rf"(?<![\w@.])(?P<name>{NAME_WORD})[ \t]+(?:"
                      r"said|says|called|rang|phoned|asked|wrote|emailed|mentioned|confirmed|replied|explained|complained|"
                      r"will call|will ring|is off|is away|is on leave|and the team|and the rest of the team|"
                      r"dice|dijo|llamó|llamo|ha llamado|pregunta|preguntó|escribió|escribe|confirma|confirmó|comenta|comentó|"
                      r"explica|explicó|se queja|está de baja|esta de baja|y (?:todo )?el equipo|y el resto del equipo|"
                      r"reported|reports|handles|covers|agreed|has been absent|is absent|will sit|will speak|informa|"
                      r"informó|deja|dejó|avisa|avisó|pide|pidió|reporta|reportó|se encarga|cubre|sustituye)(?![\w])")
# Things people own, buy and move: a capitalised word right before one of these in English ("Bosch washing
# machine", "Vespa scooter", "Smeg fridge") or right after one in Spanish ("cafetera Nespresso", "piano vertical
# Yamaha", "lavabo Roca") is a brand, not a person.
_PRODUCT_NOUNS_EN = frozenset("""
machine machines fridge freezer fridge-freezer dishwasher washer dryer cooker oven hob microwave kettle toaster boiler
heater radiator vacuum hoover tv television telly laptop computer pc tablet phone smartphone printer monitor speaker
speakers headphones earbuds camera watch piano guitar drums drum bike bicycle scooter moped motorbike car van truck
lorry trainers shoes boots bag handbag suitcase suitcases trunk sofa couch bed mattress wardrobe bookcase shelf
shelving desk chair chairs table lamp drill saw mower tools toolkit cabinet dresser console router charger cable
printer cartridge toner pump tap sink basin toilet shower blender mixer coffee capsules pods frame cot pram buggy
stroller jacket coat jeans hoodie glasses lens range robot airfryer fryer iron jukebox basket baskets towel towels
candle candles cushion cushions duvet blanket throw mug mugs vase rug curtains bedding sheets pillow pillows
""".split())
_PRODUCT_NOUNS_ES = frozenset(fold(w) for w in """
frigorífico nevera congelador lavadora lavavajillas secadora horno microondas cafetera tostadora caldera calentador
radiador aspiradora televisor televisión tele portátil ordenador tableta móvil teléfono impresora monitor altavoz
altavoces auriculares cámara reloj piano guitarra batería bici bicicleta moto patinete coche furgoneta camión
zapatillas zapatos botas bolso maleta maletas sofá cama colchón armario estantería estante mueble escritorio silla
sillas mesa lámpara taladro cortacésped herramientas lavabo grifo inodoro ducha batidora cómoda cuna carrito
chaqueta abrigo vaqueros gafas plancha freidora robot router cargador cable
""".split())
_NEXT_WORDS = re.compile(r"[ ]([\w\-\"”']+)")
_MODEL = re.compile(r"(?:[A-Z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+\d*|\d+\")(?![/.:\-]\d)")  # "V11", "X5", '55"', not dates
_PREV_WORDS = re.compile(r"(?:([\w\-]+)[ \t]+)?([\w\-]+)[ \t]+$")


def brand_context(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a product: a product noun (or a model number: "Dyson V11", "55\" TV")
    within two words after it, or a Spanish product noun within two words before it."""
    pos = end
    for _ in range(3):
        m = _NEXT_WORDS.match(text, pos)
        if not m:
            break
        word = m.group(1).strip('"”\'')
        after = _NEXT_WORDS.match(text, m.end())
        if is_particle(word) and after and (after.group(1)[:1].isupper() or is_particle(after.group(1))):
            break  # "Lotte van der Berg", "Ana de la Cruz"
        if word.casefold() in _PRODUCT_NOUNS_EN or (pos == end and _MODEL.fullmatch(m.group(1))
                                                    and not _MODEL.fullmatch(m.group(1)).group().isdigit()):
            return True
        if (not word[:1].islower() and pos != end) or fold(word) in lexicon().common:  # "Tell Sam the machine…"
            break
        pos = m.end()
    m = _PREV_WORDS.search(text[max(0, start - 40):start])
    if not m:
        return False
    far, near = m.groups()
    # "cafetera Nespresso", "piano vertical Yamaha"; not "la bici de Ana"
    return fold(near) in _PRODUCT_NOUNS_ES or (far is not None and fold(far) in _PRODUCT_NOUNS_ES
                                               and near.islower() and fold(near) not in lexicon().common)


# Zipf level of the words that are too frequent to open a name NER found ("firma" 4.7, "signed" 4.9; given names
# no list knows are rarer: "comfort" 4.4, "temo" 4.1, "muhammad" 3.9)
_LABEL_ZIPF = 4.5


def _ordinary_word(word: str, lex: Lexicon) -> bool:
    """A very frequent English or Spanish word that is in no name list ("Firma", "Status"; not "Rosa", "Mas")."""
    w = fold(word.strip(".,:;"))
    return len(w) >= 4 and zipf(w) >= _LABEL_ZIPF and w not in lex.first_any and w not in lex.last_any and (
        w not in _AMBIGUOUS_NAMES)


def _titled_surname(word: str, lex: Lexicon) -> bool:
    return word[:1].isupper() and (fold(word.strip(".,")) in lex.last_any or fold(word.strip(".,")) in lex.first_any)


def name_span(text: str, start: int, end: int, lang: str, lex: Lexicon, allow_lead_unknown: bool = True,
              lead_particle: bool = False, trim_words: bool = False):
    """Trim a candidate name to the tokens that look like a name; None when nothing is left. lead_particle:
    a capitalised particle may open it (after a title: "Ing. De Miguel", "Sra. Del Valle"); trim_words: very
    frequent words no name list knows are cut off its front (NER's "Firma Adrián C")."""
    toks = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    k = 0
    while lead_particle and k < len(toks) - 1 and toks[k][2].casefold() in _INNER_PARTICLES | {"nic", "ni"}:
        k += 1
    lead, toks = (toks[:k], toks[k:]) if k and toks[k][2][:1].isupper() else ([], toks)
    while toks and (is_common(toks[0][2].strip(".,"), lex) or is_particle(toks[0][2])):
        if len(toks) >= 2 and given_before_surname(toks[0][2], toks[1][2], lex):  # "June Trelawney"
            break
        if len(toks) >= 2 and (_INITIAL.fullmatch(toks[0][2]) or (lead_particle and re.fullmatch(r"[A-Z]", toks[0][2]))):
            break  # "O. Hall", "Mr I Whitfield": an initial, not "o" or "I"
        if lead_particle and _titled_surname(toks[0][2], lex):
            break  # after a title a surname that is a word too: "Mr Tan", "la señora Mas", "Ms Lane"
        toks = toks[1:]
    # A very frequent word no name list knows does not open a name ("Firma Adrián C", "Signed Tomás Ruiz")
    while trim_words and len(toks) >= 2 and not lead and _ordinary_word(toks[0][2], lex) and (
            fold(toks[1][2]) in lex.first_any or _known_token(toks[1][2], lex)):
        toks = toks[1:]
    if lead and toks and toks[0][0] == lead[-1][1] + 1:
        toks = lead + toks
    while toks and (is_common(toks[-1][2].strip(".,"), lex) or is_particle(toks[-1][2])) and not keeps_surname(
            [t[2] for t in toks], len(toks) - 1, lex, lead_particle, lang) and not (lead_particle and len(toks) == 1 and _titled_surname(toks[0][2], lex)):
        toks = toks[:-1]
    # Cut at the first common or lower-case word inside ("Laura Street", "Hoja de gastos").
    words = [t[2] for t in toks]
    for i, t in enumerate(toks):
        if keeps_surname(words, i, lex, lead_particle, lang) or (0 < i < len(toks) - 1 and _INITIAL.fullmatch(t[2])):
            continue
        if i and not is_particle(t[2]) and not inner_particle(words, i) and (
                is_common(t[2].strip(".,"), lex) or not t[2][:1].isupper()):
            toks = toks[:i]
            break
    while toks and is_particle(toks[-1][2]):
        toks = toks[:-1]
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    word = text[s:e]
    if len(word) < 2 or not (word[0].isupper() or (lead and s == lead[0][0])) or re.search(r"[\d@]", word):
        return None
    return s, e


def find_persons(text: str, lang: str = "en") -> list[Hit]:
    """People from titles, greetings, sign-offs, self-introductions, chat speakers and first names."""
    lex = lexicon(lang)
    hits = []

    def add(m, score, need_known=False, whole=False, lead_particle=False, greeting=False):
        span = name_span(text, m.start("name"), m.end("name"), lang, lex, lead_particle=lead_particle)
        if not span and greeting and " " not in m.group("name") and fold(m.group("name")) in lex.first_any:
            span = (m.start("name"), m.end("name"))  # "Hola Julio:", "Hola Domingo,": a greeting's given name
        if not span or (whole and span[1] < m.end("name")):  # "Dear Hiring Manager" is a role, not a name
            return
        words = tokens(text[span[0]:span[1]])
        if need_known and fold(words[0].strip(".")) not in lex.first:
            return
        if len(words) == 1 and is_common(words[0], lex) and not ((lead_particle or greeting) and (
                fold(words[0]) in lex.last_any or fold(words[0]) in lex.first_any)):
            return
        hits.append((span[0], span[1], "PERSON", score))

    for m in _TITLE_RE.get(lang, _TITLE_RE["en"]).finditer(text):
        add(m, 0.85, lead_particle=True)
    for m in _GREETING_RE.finditer(text):
        add(m, 0.8, whole=True, greeting=True)
    for m in _SIGNOFF_RE.finditer(text):
        add(m, 0.75, whole=True, greeting=True)
    for m in _INTRO_RE.finditer(text):
        add(m, 0.7, whole=True)
    for m in _SPEAKER_RE.finditer(text):
        add(m, 0.7, need_known=not m.group("tag"))  # a timestamp or a [chat] tag says it is a speaker
    hits += _cased_names(text, lex) + _context_names(text, lex)
    hits += _rare_names(text, lex) + _mid_sentence_given(text, lex, lang)
    # Capitalised runs whose first word is a known first name: "Laura Gómez Prieto", "Laura".
    for m in _FULLNAME_RE.finditer(text):
        toks = [(t.start() + m.start(), t.end() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        for i, (s, e, w) in enumerate(toks):
            f = "maria" if re.fullmatch(MARIA_SHORT, w) else fold(w)
            rest = toks[i + 1:]
            # a first name that is also a word ("Autumn", "Rosa") only with a known name after it
            if f in lex.first or (f in lex.first_any and f not in lex.common and rest
                                  and not is_common(rest[0][2], lex) and not is_particle(rest[0][2])
                                  and (f not in lex.ambiguous or _known_token(rest[0][2], lex))) or (
                    rest and given_before_surname(w, rest[0][2], lex) and not after_determiner(
                        text, s, _ES_DET if lang == "es" else DETERMINERS) and not text[max(0, s - 2):s].strip(" ").isdigit()):
                end = e
                words = [t[2] for t in toks]
                for k, (s2, e2, w2) in enumerate(rest, i + 1):
                    if is_common(w2, lex) and not keeps_surname(words, k, lex, lang=lang) and not inner_particle(words, k):
                        break
                    end = e2
                span = name_span(text, s, end, lang, lex)
                if span and not is_place(text[span[0]:span[1]], lex):  # "Milton Keynes" is a town
                    hits.append((span[0], span[1], "PERSON", 0.75 if span[1] - span[0] > len(w) else 0.6))
                break
        else:
            hits += _unknown_given_name(text, toks, lang, lex)
    hits += _record_names(text, lex) + surname_given(text, lex) + lower_full_names(text, lex)
    hits += _form_names(text, lex) + given_initial(text, lex) + signed_and_titled(text, lex) + note_handles(text, lex)
    hits += east_asian_names(text) + find_handles(text, lex)
    hits = [h for h in hits if _plausible(text, h, lex)]
    hits += [h for h in _listed_after(text, hits, lang, lex) + _listed_before(text, hits, lex) if _plausible(text, h, lex)]
    best: dict = {}
    hits = rare_lead(text, surnames_before(text, lower_tail(text, hits, lex), lex), lex)
    for h in with_initial(text, hits):  # one hit per span, the surest
        best[h[:2]] = max(best.get(h[:2], h), h, key=lambda x: x[3])
    return list(best.values())


def _spelled_by(words: list, local: str) -> int:
    """How many of a header's words its address spells: "Cleiry Tavárez Then <cleiry.tavarez@…" (two)."""
    return sum(any(fold(w) in p or p in fold(w) for p in address_parts(fold(local))) for w in words)


_ES_DET = DETERMINERS - {"a", "an"}  # "a Domingo Barrios": the personal "a", no article
_CAMEL = re.compile(rf"[{_LOW}][{_UP}]")
_CAMEL_NAME = re.compile(rf"(?:Mc|Mac|Fitz|Nic|Mhic|De|Di|Da|Du|La|Le|Van|Von|Ó|O['’]|D['’])[{_UP}][{_LOW}]")
_IN_PLACE = re.compile(r"(?i)(?<![\w])(?:in|en|near|around|visiting|cerca de|desde)[ \t]+$")


def _plausible(text: str, hit: Hit, lex: Lexicon) -> bool:
    """A one-word name found without a title must not be an ordinary word no name list knows ("[10:03]
    Agent:", "CALLER: Yeah."), nor a town or country after "in" ("a year in Jordan", "un café en París")."""
    s, e, _, score = hit
    word = text[s:e]
    if not_a_name(text, s, e, lex):  # "Bill to:", "Species:", "Dpto. Renovaciones"
        return False
    if any(_CAMEL.search(w) and not _CAMEL_NAME.match(w) and not name_handle(w, lex) for w in tokens(word)):
        return False  # "OlivoBot", "HubSpot": a product's name ("McEvoy", "MacLeod", "DeShawn" are names)
    if score >= 0.75 or len(tokens(word)) != 1 or after_title(text, s):  # a title, a greeting, a sign-off
        return True
    if not _known_token(word, lex) and not rare(word):
        return False
    return not (_IN_PLACE.search(text[max(0, s - 14):s]) and is_place_any(word))


def _unknown_given_name(text: str, toks: list, lang: str, lex: Lexicon) -> list[Hit]:
    """A given name the lexicon does not know before known surnames: "Antía Delgado y Flores", "Wayra Guerra
    Urkiola". The first word must be neither an ordinary word nor only a surname, a later word a surname that
    is not also an ordinary word, and the run not an item with a quantity or a price beside it."""
    words = [t[2] for t in toks]
    first = fold(words[0].strip(".,"))
    if not 2 <= len(words) <= 6 or first in lex.common or (first in lex.last_any and first not in lex.first_any):
        return []
    later = [w for w in words[1:] if not is_particle(w) and not _INITIAL.fullmatch(w)]
    # a later word a surname the lists know, or every word rare ("Maricruz El Amrani Benali")
    all_rare = rare(words[0]) and all(rare(w) or inner_particle(words, k) for k, w in enumerate(words) if k and
                                      not is_particle(w) and not _INITIAL.fullmatch(w))
    if not all_rare and not any(fold(w.strip(".,")) in lex.last or any(fold(p) in lex.last for p in w.split("-"))
                                for w in later):
        return []
    # not an item of an invoice or a price list: "1 x Brisa Carrera road bike", "Brisa Serra 29 MTB   1.590,00"
    before = text[max(0, toks[0][0] - 40):toks[0][0]]
    if re.search(r"(?:\d|\bx|×)[ \t]*$", before) or re.match(r"[ \t]*\d", text[toks[-1][1]:]):
        return []
    # "bici de carretera Brisa Carrera": a product's name after its noun, as Spanish writes it (English puts
    # a verb there: "I'll send Owain Evans", "we met Zanele Evans")
    noun = _LOWER_WORD_END.search(before) if lang == "es" else None
    if noun and not is_common(noun.group(1), lex) and not _CUE_END.search(before):
        return []
    span = name_span(text, toks[0][0], toks[-1][1], lang, lex)
    if not span or span[0] != toks[0][0] or span[1] <= toks[1][0] or is_place(text[span[0]:span[1]], lex):
        return []
    return [(span[0], span[1], "PERSON", 0.6)]


# A capitalised given name that is also a word ("Will", "Grace", "Pilar"), in the middle of a sentence written in
# lower case: after a lower-case word, a comma or a bracket, before a word that is not capitalised. English and
# Spanish capitalise only names there ("entered by Will", "thank you Will and…", "(Will) said", "a Pilar le…");
# a month or a weekday stays, as do "the Grace", "la Luz", "del Sol" and "Grace Church".
_MID_GIVEN_RE = re.compile(rf"(?:(?<=[{_LOW}] )|(?<=[{_LOW}], )|(?<=\())(?P<name>[{_UP}][{_LOW}]+)"
                           rf"(?=[)?!.,;:]|[ \t]+(?:[{_LOW}]|\d|[&(\-–])|[ \t]*$)", re.M)
_CALENDAR = frozenset(fold(w) for w in """january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo junio julio agosto
septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo""".split())
_NOT_BEFORE_NAME = frozenset("de del of in en at on the la el los las al por".split())
_TO_PLACE = frozenset("reach reaches reached via towards hacia desde hasta llega llegar".split())


def _mid_sentence_given(text: str, lex: Lexicon, lang: str = "en") -> list[Hit]:
    hits = []
    for m in _MID_GIVEN_RE.finditer(text):
        w = m.group("name")
        f = fold(w)
        month = lang == "es" and f in _CALENDAR and f in lex.first_any  # Spanish writes months and days in lower case
        if (f in _CALENDAR and not month) or not (month or f in _PLAIN_GIVEN or (f in _ambiguous_given() and f in lex.first_any)):
            continue
        prev = re.search(r"(\w+)\W*$", text[max(0, m.start() - 30):m.start()])
        # a town that is a given name too ("Victoria", "León") stays a name unless a place word comes before it
        if (prev and (prev.group(1).casefold() in _NOT_BEFORE_NAME | _TO_PLACE or not prev.group(1).isalpha())) or (
                after_determiner(text, m.start())) or (  # "64b Holly Bank": a house number, then a street
                is_place(w, lex) or brand_context(text, m.start(), m.end())):
            continue
        hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    return hits


def _rare_names(text: str, lex: Lexicon) -> list[Hit]:
    """A single rare capitalised word spoken to, owning something or doing what people do (see _VOCATIVE_RE)."""
    hits = []

    def ok(word: str) -> bool:
        return len(word) >= 3 and not word.isupper() and not is_common(word, lex) and rare(word) and not is_place(word, lex)

    def given(word: str) -> bool:  # "Pilar informa…", "Precious reported…": a given name the lists know
        return len(word) >= 3 and not word.isupper() and not is_common(word, lex) and (
            (fold(word) in lex.first_any and zipf(word) < 5.0) or fold(word) in lex.ambiguous)

    for m in _VOCATIVE_RE.finditer(text):
        if ok(m.group("name")) and _ADDRESSED.search(m.group("rest")):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.6))
    for rx in (_POSSESSIVE_RE, _DOES_RE):
        for m in rx.finditer(text):
            name = m.group("name")
            if (ok(name) or (rx is _DOES_RE and given(name))) and not after_determiner(text, m.start()):  # not "the Garmin's"
                # a given name that is also a word passes `_plausible` only with a higher score
                hits.append((m.start("name"), m.end("name"), "PERSON", 0.75 if fold(name) in lex.ambiguous else 0.6))
    return hits


_LOWER_WORD_END = re.compile(rf"([{_LOW}]+)[ \t]+$")
_LOWER_WORD = re.compile(rf"[{_LOW}]{{3,}}")


_PET_BEFORE = re.compile(r"(?i)(?:pet|pet['’]s|animal['’]?s?|dog['’]s|cat['’]s|horse['’]s|mascota|perro|gato)[ \t]+$")


def _cue_run(after: str) -> tuple[list, bool]:
    """The run of words in one case after a cue, and whether a lower-case title opened it (then dropped)."""
    words: list = []
    for w in re.finditer(r"[^\s,;:()<>\[\]–—.!?]+(?:\.[^\s,;:()<>\[\]–—.!?]+)*", after):
        gap = after[words[-1].end():w.start()] if words else ""
        if words and (w.group().isupper() != words[0].group().isupper() or gap.strip() or "\t" in gap
                      or "  " in gap):  # a run of spaces ends a form's field: "PET NAME: ALFIE    SPECIES:"
            break
        words.append(w)
    titled = False
    while len(words) > 1 and words[0].group().islower() and (words[0].group().strip(".") in _LOWER_TITLES or (
            words[0].group() in ("el", "la", "the", "del", "al") and words[1].group().strip(".") in _LOWER_TITLES)):
        titled = titled or words[0].group().strip(".") in _LOWER_TITLES
        words = words[1:]  # "spoke to mrs oliinyk", "w/ dr vila", "llama el sr caballero"
    return words, titled


def _cased_names(text: str, lex: Lexicon) -> list[Hit]:
    """Names written all in capitals or all in lower case, or as "Surname, Given name", where the place says
    a name comes (a form field, a chat speaker); one of their words must be a known first name or surname."""
    hits = []
    for m in _FIELD_RE.finditer(text):
        name = m.group("name")
        words = [w for w in re.split(r"[ \t,]+", name) if w]
        if name.count(",") > 1 or any(is_common(w, lex) and not is_particle(w.casefold()) for w in words):
            continue
        cased = name.isupper() or name.islower() or "," in name
        if cased and any(_known_token(w, lex) for w in words if not is_particle(w.casefold())):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    for m in _NAME_THEN_EMAIL_RE.finditer(text):  # a contact line of an export: the e-mail says whose it is
        name = m.group("name")
        words = [w for w in re.split(r"[ \t,]+", name) if w]
        if 2 <= len(words) <= 7 and not any(is_common(w, lex) and not is_particle(w.casefold()) for w in words):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _CASED_INTRO_RE.finditer(text):
        if _PET_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "Pet's name: ____PIP____", "PET NAME: ALFIE": an animal
        after = m.group("name")
        words, titled = _cue_run(after)
        # the run ends at its first ordinary word: "tristan haversham acct hd-839-472", "iker no por wiesława"
        for k, w in enumerate(words):
            x = w.group()
            if is_particle(x.casefold()) or (0 < k < len(words) - 1 and inner_particle([v.group() for v in words], k)):
                continue
            kept = (k and fold(x) in lex.last_any and _known_token(words[k - 1].group(), lex)) or (
                titled and k == 0 and fold(x) in lex.last_any) or (  # "HELEN WALKER"; "el sr caballero"
                k == 0 and len(words) > 1 and given_then_surname(x, words[1].group(), lex))  # "it's rob clarke"
            # "a nicolás la renovacion": an article with no "de" before it, then a word no list knows – no surname
            after_particle = k and bare_article([v.group() for v in words], k - 1) and not (
                _known_token(x, lex) or fold(x) in lex.last_any)
            if not _LATIN.fullmatch(x) or fold(x) in _NOTE_WORDS or (is_common(x, lex) and not kept) or not (
                    _known_token(x, lex) or rare(x) or kept) or after_particle:
                words = words[:k]
                break
        while words and is_particle(words[-1].group().casefold()):
            words = words[:-1]
        if not words:
            continue
        if ":" not in m.group().split(m.group("cue"), 1)[-1] and re.match(
                r"[ \t]*:", after[words[-1].end():]) and words[0].group().islower():
            continue  # "Firma del reclamante: …": the rest of a label, not a name written in lower case
        plain = [w.group() for w in words]
        kin = m.group("cue").split()[-1].casefold() in _KIN_WORDS  # "the ex rocío will…": after kin, any given name
        weak = m.group("cue") in _WEAK_WORDS
        if weak and not titled and not (plain[0].islower() and (
                (fold(plain[0]) in lex.first and zipf(plain[0]) < 5.5) or (len(plain[0]) >= 5 and rare(plain[0]) and not wordlike(plain[0]) and not misspelt(plain[0])))):
            continue  # a given name the lists know, or a rare word of five letters ("w xiana", "for rajinder")
        if titled and len(plain) == 1 and plain[0].islower() and (_known_token(plain[0], lex) or rare(plain[0])):
            hits.append((m.start("name") + words[0].start(), m.start("name") + words[0].end(), "PERSON", 0.7))
            continue
        # (a name the lists know, unless it is one of the most frequent words: "caller said her name was…")
        if len(plain) == 1 and (_LOWER_WORD.fullmatch(plain[0]) or (kin and _LOWER_WORD.fullmatch(plain[0].casefold())
                                and plain[0].isupper())) and not is_common(plain[0], lex) and (  # "friend – VIKRAM"
                (fold(plain[0]) in lex.first and zipf(plain[0]) < 5.5) or (rare(plain[0]) and not wordlike(plain[0]))
                or (kin and fold(plain[0]) in lex.first_any and zipf(plain[0]) < 5.5)):
            # one word in lower case: a given name ("says a neighbour bisola will drop the keys")
            hits.append((m.start("name") + words[0].start(), m.start("name") + words[0].end(), "PERSON", 0.6))
            continue
        if len(plain) == 1 and m.group("cue").endswith(" a") and _coordinated_given(plain[0], lex):
            hits.append((m.start("name") + words[0].start(), m.start("name") + words[0].end(), "PERSON", 0.75))
            continue  # "decirle a Pilar que…": a given name that is also a word, after a verb that takes a person
        if len(plain) < 2 or not (all(x.isupper() for x in plain) or all(x.islower() for x in plain)):
            continue
        if any(is_common(x, lex) and not is_particle(x.casefold()) and not inner_particle(plain, k)
               and not (k and fold(x) in lex.last_any) and not (k == 0 and given_then_surname(x, plain[1], lex))
               for k, x in enumerate(plain)):
            continue
        # a known name among them, or two to five words none of them ordinary ("new client chiamaka adeyemi –")
        names = [x for k, x in enumerate(plain) if not is_particle(x.casefold()) and not inner_particle(plain, k)]
        if any(_known_token(x, lex) for x in names) or (len(names) <= 5 and all(rare(x) for x in names)):
            hits.append((m.start("name") + words[0].start(), m.start("name") + words[-1].end(), "PERSON", 0.7))
    return hits


def _dated_authors(text: str, lex: Lexicon) -> list[Hit]:
    """A note's or a chat export's author after its date: "21/11 11:08 Brenda -", "19/08/2026, 08:30 - April:",
    "20/03 10:22 asier -", "15/12 12:35 ROMINA:"."""
    hits = []
    for m in _DATED_SPEAKER_RE.finditer(text):
        span = name_span(text, m.start("name"), m.end("name"), "en", lex)
        if span and span[1] == m.end("name") and any(_known_token(w, lex) or rare(w) for w in tokens(text[span[0]:span[1]])):
            hits.append((span[0], span[1], "PERSON", 0.7))
        elif m.group("name").casefold() in _AMBIGUOUS_NAMES:  # "08:30 - April:": the author, not the month
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _DATED_GIVEN_RE.finditer(text):
        w = m.group("name")
        # a capitalised one ("Brenda") is _DATED_SPEAKER_RE's; in that place a name that is a word too ("may:"), and
        # a word too rare to be an ordinary one ("asier -")
        if (w[:1].isupper() and not w.isupper()) or fold(w) in _NOTE_WORDS:
            continue
        timed = re.search(r"\d:\d\d", m.group()) is not None  # after a date and a time: "03/05 15:33: santi -"
        if (fold(w) in lex.first_any and not is_common(w, lex)) or w.casefold() in _AMBIGUOUS_NAMES or (
                len(w) >= 4 and (rare(w) or (timed and zipf(w) < 4.0 and not wordlike(w))) and not is_common(w, lex) and _LATIN.fullmatch(w)):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _HEADING_AUTHOR_RE.finditer(text):
        group = "a" if m.group("a") else "b"
        words = m.group(group).split()
        if (fold(words[0]) in lex.first_any or fold(words[0]) in lex.ambiguous or (len(words[0]) >= 4 and rare(
                words[0]))) and not any(is_common(w, lex) or fold(w) in _NOTE_WORDS or (zipf(w) >= 4.5 and fold(
                    w) not in lex.first_any and fold(w) not in lex.last_any) for w in words):  # not "Tralee area"
            hits.append((m.start(group), m.end(group), "PERSON", 0.75))
    return hits


# A heading's author beside its date: "NOTAS LLAMADAS – luz marina – 3/11/26", "insurance desk – 08/11/2026 – ayesha"
_HEADING_NAME = rf"[{_UP}{_LOW}][{_LOW}'’\-]+(?:[ ][{_UP}{_LOW}][{_LOW}'’\-]+){{0,2}}"
_HEADING_AUTHOR_RE = re.compile(rf"(?m)(?:[–—\-][ \t]+(?P<a>{_HEADING_NAME})[ \t]+[–—\-][ \t]+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
                                rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}[ \t]+[–—\-][ \t]+(?P<b>{_HEADING_NAME}))[ \t]*$")


def _context_names(text: str, lex: Lexicon) -> list[Hit]:
    """Names where notes, chats, forms and reviews put them: a note's author after its date, a bullet or in
    brackets, a title in capitals, a name in brackets, a reviewer, the answer to "What's your name?", a display
    name before an address, a mention, a lower-case given name doing what people do, a chat speaker, a
    reviewer before the stars, a given name alone at a message's end, a line that names a person twice."""
    hits = _dated_authors(text, lex)
    for m in _PAREN_NAME_RE.finditer(text):
        name = m.group("name").strip()
        words = tokens(name)
        if not words or len(words) > 5 or is_place_any(name) or brand_context(text, m.start(), m.end()):
            continue
        one = len(words) == 1 and fold(words[0]) in lex.first and zipf(words[0]) < 5.5 and not is_common(words[0], lex)
        if one or (len(words) >= 2 and _name_like(words, lex) and (words[0][:1].isupper() or name.islower())):
            start = m.start("name") + m.group("name").index(name)
            hits.append((start, start + len(name), "PERSON", 0.65))
    for m in _UPPER_TITLE_RE.finditer(text):
        kept: list = []
        for w in re.finditer(r"\S+", m.group("name")):
            x = w.group()
            if x.casefold() in _INNER_PARTICLES:
                kept.append(w)
                continue
            prev_given = kept and fold(kept[-1].group()) in lex.first_any
            if is_common(x, lex) or fold(x) in _NOTE_WORDS or not (_known_token(x, lex) or rare(x) or (
                    prev_given and fold(x) not in _hand_common())):
                break
            kept.append(w)
        while kept and kept[-1].group().casefold() in _INNER_PARTICLES:
            kept.pop()
        if kept and len(kept[-1].group()) >= 2:
            hits.append((m.start("name") + kept[0].start(), m.start("name") + kept[-1].end(), "PERSON", 0.85))
    for m in _BULLET_AUTHOR_RE.finditer(text):
        words = m.group("name").split()
        if fold(words[0]) in lex.first_any and zipf(words[0]) < 5.5 and not any(
                is_common(w, lex) and not is_particle(w) for w in words):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.7))
    for m in _REVIEWER_RE.finditer(text):
        words = tokens(m.group("name"))
        if (_known_token(words[0], lex) or rare(words[0])) and not is_common(words[0], lex):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in (*_STARS_RE.finditer(text), *_NAME_STARS_RE.finditer(text)):
        words = tokens(m.group("name"))
        if not is_common(words[0], lex) and (_known_token(words[0], lex) or rare(words[0]) or (
                fold(words[0]) in lex.first_any and zipf(words[0]) < 5.0)):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _NAME_AGAIN_RE.finditer(text):
        given = m.group("given")
        if (fold(given) in lex.first_any or given.casefold() in _AMBIGUOUS_NAMES) and not is_place_any(m.group("full")):
            hits += [(m.start("full"), m.end("full"), "PERSON", 0.8), (m.start("again"), m.end("again"), "PERSON", 0.8)]
    for m in _SIGNOFF_GIVEN_RE.finditer(text):
        w = m.group("name")
        if (fold(w) in lex.first_any or w.casefold() in _AMBIGUOUS_NAMES or (len(w) >= 4 and rare(w))) and not is_common(
                w, lex) and not is_place_any(w):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _ASKED_NAME_RE.finditer(text):
        words = tokens(m.group("name"))
        if 1 <= len(words) <= 5 and _name_like([w.strip(".,!") for w in words], lex):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    for m in _BRACKET_AUTHOR_RE.finditer(text):
        w = m.group("name")
        if not is_common(w, lex) and (_known_token(w, lex) or rare(w)):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.7))
    for m in _HEADER_NAME_RE.finditer(text):
        name = m.group("name").strip().strip(",")
        words = tokens(name.replace(",", " "))
        if words and len(words) <= 6 and (_name_like(words, lex) or _spelled_by(words, m["local"]) >= 2):
            start = m.start("name") + m.group("name").index(name)
            hits.append((start, start + len(name), "PERSON", 0.75))
    for m in _MENTION_RE.finditer(text):
        w = m.group("name")
        if not is_common(w, lex) and ((fold(w) in lex.first and zipf(w) < 5.5) or rare(w) or fold(w) in lex.first_any):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.65))
    hits += lower_doers(text, lex)
    for m in _LOWER_SPEAKER_RE.finditer(text):
        words = m.group("name").split()
        if (fold(words[0]) in lex.first_any or len(words) > 1 and any(_known_token(w, lex) for w in words[1:])) and not any(
                is_common(w, lex) and not is_particle(w) for w in words):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.7))
    return hits


_LIST_NEXT = re.compile(rf"(?:[ \t]*,[ \t]*(?:(?:and|y|e)[ \t]+)?|[ \t]+(?:and|y|e|&)[ \t]+)(?P<name>{FULL_NAME})(?![\w@])")


def _listed_after(text: str, hits: list[Hit], lang: str, lex: Lexicon) -> list[Hit]:
    """The names that follow a found one in a list: "Kirsty Sutherland, Percival Donnelly and Jerome Abbott"."""
    out, seen = [], set()
    queue = sorted({h[1] for h in hits})
    while queue:
        end = queue.pop()
        m = _LIST_NEXT.match(text, end)
        if not m or m.start("name") in seen:
            continue
        seen.add(m.start("name"))
        span = name_span(text, m.start("name"), m.end("name"), lang, lex)
        words = tokens(text[span[0]:span[1]]) if span else []
        # two words or more, one of them a known name; one word alone only if it is a given name
        # ("Ana Ruiz, Sevilla" is a signature and a town, not two people)
        joined = m.group().strip()[:1] in "ay&e"  # "and", "y", "&": a given name that is a word is one here too
        if (len(words) >= 2 and any(_known_token(w, lex) for w in words)) or (
                len(words) == 1 and (fold(words[0]) in lex.first or (joined and _coordinated_given(words[0], lex)))):
            # a given name that is a word joined to a person stays (0.75 passes `_plausible`'s word check)
            out.append((span[0], span[1], "PERSON", 0.65 if len(words) > 1 or fold(words[0]) in lex.first else 0.75))
            queue.append(span[1])
    return out


_LIST_BEFORE = re.compile(rf"(?<![\w@.'’\-])(?P<name>{NAME_WORD})(?:[ \t]*,[ \t]*|[ \t]+(?:and|y|e|&)[ \t]+)$")


def _coordinated_given(word: str, lex: Lexicon) -> bool:
    """A capitalised given name, even one that is also a word, joined to a person: "April and Tomek"."""
    f = fold(word)
    return (word[:1].isupper() and not word.isupper() and (f in lex.first_any or f in lex.ambiguous)
            and not is_common(word, lex) and not is_place(word, lex))


def _listed_before(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """A given name just before a found person in a list: "April and Tomek", "Sunny and Craig", "Pilar y Luis"."""
    out = []
    for start in sorted({h[0] for h in hits}):
        m = _LIST_BEFORE.search(text, max(0, start - 40), start)
        if m and _coordinated_given(m.group("name"), lex) and not after_determiner(text, m.start("name")):
            out.append((m.start("name"), m.end("name"), "PERSON", 0.75))
    return out


def listed_with(text: str, people: Sequence[tuple[int, int]], lang: str = "en") -> list[Hit]:
    """The given names listed before or after people found by any recognizer (NER included)."""
    lex = lexicon()
    hits = [(s, e, "PERSON", 0.7) for s, e in people]
    return [h for h in _listed_after(text, hits, lang, lex) + _listed_before(text, hits, lex) if _plausible(text, h, lex)]


# Names in the rows of a table or an export: "| Huỳnh, Thu Thảo | L |", "LV-2533-V,\"Bellingham, William\",…",
# "Whitlock, Grace: Grace handles…" – "Surname, Given" alone in a cell or opening a line before a colon.
_CELL_NAME_RE = re.compile(rf"(?m)(?:^|(?<=[|\t\";/&(])|(?<=[–—] )|(?<=[ ]{{2}}))[ \t]*(?P<name>{_SURNAME_GIVEN})[ \t]*"
                           rf"(?=[|\t\";/&)–—]|[ ]{{2}}|$)|"
                           rf"^[ \t]*(?:[-*•·][ \t]+|\[[^\]\n]{{5,24}}\][ ][^:\n]{{1,30}}:[ ])?(?P<lead>{_SURNAME_GIVEN})[ \t]*"
                           rf"(?::|\((?=[^)\n]*\d)|[ ][-–—][ ]|,?[ ]+(?:CI|C\.I\.|DNI|DPI|NIE|CURP|RUT|RUN|CC)[ ]+\d)")
# A surname and the initial of the given name alone in a cell: "Stan, I.", |Okafor, C.|
_CELL_INITIAL_RE = re.compile(rf"(?m)(?:^|(?<=[|\t\";]))[ \t]*(?P<name>{NAME_WORD},[ ]?[{_UP}]\.)[ \t]*(?=[|\t\";]|$)")
# A display name in quotes before an address: From: "Nguyễn Thanh Hương" <hnguyen@…>
_DISPLAY_NAME_RE = re.compile(r"\"(?P<name>[^\"<>@\n]{2,60})\"[ \t]*<[^<>@\s]+@")
_WORD_RE = re.compile(rf"(?<![\w@.])[{_UP}][{_UP}{_LOW}'’\-]+(?![\w@])")



def _record_names(text: str, lex: Lexicon) -> list[Hit]:
    """Names in table cells and export rows: "Surname, Given" in a cell, a quoted display name, and the
    words of a row that its e-mail address spells ("BW24-95515;Ramsbottom;Hope;hope_ramsbottom@sky.com")."""
    hits = []
    for m in _CELL_NAME_RE.finditer(text):
        group = "name" if m.group("name") else "lead"
        words = [w.strip(",") for w in m.group(group).split() if not is_particle(w) and not _INITIAL.fullmatch(w)]
        named = sum(_known_token(w, lex) or rare(w) for w in words)
        common = sum(is_common(w, lex) and w.casefold() not in _INNER_PARTICLES for w in words)
        lead = next((w for w in words if w.casefold() not in _INNER_PARTICLES), words[0])  # "El Kadiri, Khadija"
        if (not is_common(lead, lex) or fold(lead) in lex.last_any) and (named > common or (  # not "Total, Amount"
                len(words) == 2 and named and (fold(words[1]) in lex.first_any or words[1].casefold() in _AMBIGUOUS_NAMES))):
            # "Hargreaves, May": after a surname and a comma in a cell, a given name that is a word too
            hits.append((m.start(group), m.end(group), "PERSON", 0.7))
    for m in _CELL_INITIAL_RE.finditer(text):
        word = m.group("name").split(",")[0]
        if not is_common(word, lex):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.7))
    for m in _DISPLAY_NAME_RE.finditer(text):
        name = m.group("name").strip()
        words = name.replace(",", " ").split()
        if 1 <= len(words) <= 6 and all(w[:1].isupper() or is_particle(w) for w in words) and not any(
                is_common(w, lex) for w in words if not is_particle(w)):
            start = m.start("name") + m.group("name").index(name)
            hits.append((start, start + len(name), "PERSON", 0.75))
    for line in re.finditer(r"[^\n]+", text):
        locals_ = {part for e in EMAIL_LOCAL.finditer(line.group()) for part in address_parts(fold(e.group(1)))}
        if not locals_:
            continue
        row_words = {fold(w.group()) for w in _WORD_RE.finditer(line.group())}

        def spelled(f: str) -> bool:  # "nellgethin45@…" spells GETHIN after Nell, "tange@…" TANG before Eric's e
            return f in locals_ or (len(f) >= 3 and any(
                (p.startswith(f) and (len(p) - len(f) == 1 or p[len(f):] in row_words)) or (
                    p.endswith(f) and (len(p) - len(f) == 1 or p[:-len(f)] in row_words)) for p in locals_))
        whole = {fold(e.group(1)) for e in EMAIL_LOCAL.finditer(line.group())}
        for w in _WORD_RE.finditer(line.group()):
            if spelled(fold(w.group())) and not is_common(w.group(), lex):
                # the word and more in the address ("hope_ramsbottom", "tange"): a name even if it is a word too;
                # the whole address ("info@…") only if it looks like a name
                score = 0.7 if fold(w.group()) in whole else 0.75
                hits.append((line.start() + w.start(), line.start() + w.end(), "PERSON", score))
    return hits
