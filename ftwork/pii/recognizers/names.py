"""The shapes of names shared by the person rules: name words, particles, titles, and the tests of a word
that say it is a given name or a surname (the lists they look in are in `lexicon`)."""

from __future__ import annotations

import functools
import re
from typing import Sequence

from .lexicon import (_AMBIGUOUS_NAMES, _INNER_PARTICLES, _LATIN, _LOW, _PARTICLES, _UP, Lexicon, _countries, fold, is_common,
                      is_place, rare, zipf)


NAME_WORD = rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[{_UP}]['’][{_UP}][{_LOW}]+)(?:-[{_UP}][{_LOW}]+)?"
_PARTICLE = r"(?:y[ ]+(?:de(?:[ ]+la|[ ]+las|[ ]+los)?|del)|[Dd]e(?:[ ]+la|[ ]+las|[ ]+los)?|[Dd]el|van(?:[ ]+der|[ ]+den)?|von|da|das|do|dos|di|du|le|la|y|i|Ó|Ní)"
# a middle initial between the words: "Imogen P. Okonkwo"
# "M.ª", "Mª", "Ma." are María written short: "M.ª José Casado Montes", "Ma. Guadalupe"
MARIA_SHORT = r"(?:M\.ª|Mª|Ma\.)"
FULL_NAME = rf"(?:{MARIA_SHORT}[ ]+|[{_UP}]\.[ ]*)?{NAME_WORD}(?:(?:[ ]+[{_UP}]\.)?[ ]+(?:{_PARTICLE}[ ]+)?{NAME_WORD}){{0,7}}"
_INITIAL = re.compile(rf"[{_UP}]\.")
_FULLNAME_RE = re.compile(rf"(?<![\w@.]){FULL_NAME}(?![\w@])")


def is_particle(word: str) -> bool:
    """Lower-case name particles (de, del, van...): "Ben" or "De" capitalised are names."""
    return word in _PARTICLES


def inner_particle(words: Sequence[str], i: int) -> bool:
    """A particle inside a name, in either case: "Fátima De los Santos", "Florencia Del Valle"."""
    return 0 < i < len(words) - 1 and words[i].casefold() in _INNER_PARTICLES


POSSESSIVES = frozenset("my your his her our their mi mis tu tus su sus nuestro nuestra nuestros nuestras".split())
DETERMINERS = set("the a an my your our his her their this that these those el la los las un una unos unas mi mis "
                  "tu tus su sus nuestro nuestra este esta estos estas ese esa".split())
# A particle that opens a surname after a title: "Mrs Ó Súilleabháin", "Ing. De Miguel", "Sr. van Dijk".
_LEAD = (r"(?:Ó|Ní|Ni|Nic|De|Del|De[ ]+la|De[ ]+los|De[ ]+las|Van|van|Von|von|Di|Da|Du|Dos|Das|Le|La|El|Al|Ben|Abu|"
         r"de|del|de[ ]+la|de[ ]+los|de[ ]+las|da|das|do|dos|di|du|le|el|al|van[ ]+der|van[ ]+den)")
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sr|Sra|Srta|Sres|D|Dña|Dª|Mme|Mlle|Herr|Frau|Sig|Sig\.ra|Sir|Dame)"
_ES_TITLES = rf"(?:{TITLES}\.?|(?:dr|dra|sr|sra|srta)\.|[Dd]on|[Dd]oña|[Ss]eñor|[Ss]eñora|[Ss]eñorita|Lic\.|Licda?\.|Ing\.|Arq\.|Abg\.)"
_TITLE_RE = {
    "en": re.compile(rf"(?<![\w.]){TITLES}\.?[ \t]+(?P<name>(?:{_LEAD}[ \t]+|[{_UP}][ \t]+(?=[{_UP}][{_LOW}]))?{FULL_NAME})(?![\w@])"),
    "es": re.compile(rf"(?<![\w.]){_ES_TITLES}[ \t]+(?P<name>(?:{_LEAD}[ \t]+|[{_UP}][ \t]+(?=[{_UP}][{_LOW}]))?{FULL_NAME})(?![\w@])"),
}
_TITLE_BEFORE = re.compile(rf"(?<![\w.]){_ES_TITLES}[ \t]+$")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def after_title(text: str, start: int) -> bool:
    """Whether a title stands just before text[start:] ("Ing. De Miguel")."""
    return _TITLE_BEFORE.search(text[max(0, start - 12):start]) is not None


def after_determiner(text: str, start: int, words=DETERMINERS) -> bool:
    """Whether a determiner stands just before text[start:]: "my Garmin Edge", "the Garmin's" are things."""
    before = _WORD_BEFORE.search(text[max(0, start - 12):start])
    return before is not None and fold(before.group(1)) in words


# Short forms in notes that end a name: "rang: tristan haversham acct hd-839-472".
_NOTE_WORDS = frozenset("acct cust ref prev fdo atte ppt ssr tel tlf tfno mob cel cc attn re fwd pls plz thx asap btw fyi tbc tbd aka ext "
                        "approx dept appt info msg vm".split())
_LOWER_TITLES = frozenset("mr mrs ms miss dr dra sr sra srta dña don doña prof lic ing".split())


# Words that make a capitalised pair a street, a building or a place rather than a name: "Holly Lane", "Hope Street".
_PLACE_NOUNS = frozenset(fold(w) for w in """
street road lane avenue close drive way court place square crescent terrace gardens garden park row mews grove walk
house church chapel station centre center school college academy university hospital clinic surgery hotel bar cafe
café restaurant farm mill bridge gate cottage lodge manor estate tower towers building block wharf quay market
arcade parade rise view vale bay beach island calle avenida plaza paseo camino carretera ronda travesía rúa carrer""".split())


@functools.lru_cache(maxsize=1)
def _ambiguous_given() -> frozenset:
    return frozenset(fold(w) for w in _AMBIGUOUS_NAMES)


def strong_surname(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is a surname and not an ordinary word, a street or a town: "Trelawney", "Mason"."""
    w = word.strip(".,;:")
    f = fold(w)
    return (len(w) >= 3 and w[:1].isupper() and not w.isupper() and f not in lex.common and f not in _PLACE_NOUNS
            and (f in lex.last or (rare(w) and _LATIN.fullmatch(w) is not None)) and not is_place(w, lex))


def given_before_surname(word: str, nxt: str, lex: Lexicon) -> bool:
    """A given name that is also an ordinary word ("June", "Will", "Amber", "Holly") is a name when a surname
    follows it: "June Trelawney", "Will Akinola", "Holly Blythe" (not "June 2025", "Holly Lane", "Will you")."""
    w = word.strip(".,;:")
    f = fold(w)
    n = nxt.strip(".,;:")
    # a surname the lists know that is a town somewhere too, after a given name they know: "Domingo Barrios"
    town_surname = (f in lex.first_any and fold(n) in lex.last and n[:1].isupper() and not n.isupper() and
                    fold(n) not in lex.common and fold(n) not in _PLACE_NOUNS and not is_place(f"{w} {n}", lex))
    return (w[:1].isupper() and not w.isupper() and (f in lex.first_any or f in _ambiguous_given())
            and (strong_surname(nxt, lex) or town_surname))


# Given names that are ordinary words as well, taken mid-sentence only (see persons._mid_sentence_given)
_PLAIN_GIVEN = frozenset("will pat sunny precious rob sue ray".split())


def given_then_surname(word: str, nxt: str, lex: Lexicon) -> bool:
    """A given name that is a word too ("rob", "will") before a surname that is not: "rob clarke"."""
    f = fold(word)
    return (f in lex.first_any or f in lex.ambiguous or f in _PLAIN_GIVEN) and fold(nxt) in lex.last and not is_common(
        nxt, lex) and zipf(nxt) < 5.0  # not "will power"


def name_handle(word: str, lex: Lexicon) -> bool:
    """A given name and a surname run together as a user's handle: "ShoaibHussain" (not "OlivoBot", "HubSpot",
    "MailChimp")."""
    parts = re.findall(rf"[{_UP}][{_LOW}]+", word)
    if len(parts) != 2 or "".join(parts) != word:
        return False
    given, surname = fold(parts[0]) in lex.first_any, fold(parts[1]) in lex.last and zipf(parts[1]) < 4.0
    # one half a name the lists know, the other one too or a rare word: "PetraKowalczyk", "ShoaibHussain"
    return (given and (surname or zipf(parts[1]) < 3.0)) or (surname and zipf(parts[0]) < 3.0)


def _known_token(word: str, lex: Lexicon) -> bool:
    return any(fold(part) in lex.first_any or fold(part) in lex.last for part in re.split(r"[\-'’]", word) if part)


# "Surname(s), Given name(s)": "Whitlock, Grace", "Ní Dhónaill, Gráinne Róisín", "Navarro Ruiz de Velasco, José Manuel"
_SURNAME_GIVEN = rf"(?:{_LEAD}[ ]+)?{NAME_WORD}(?:[ ]+(?:{_PARTICLE}[ ]+)?{NAME_WORD}){{0,3}},[ ]*{NAME_WORD}(?:[ ]+{NAME_WORD}){{0,2}}(?:[ ]+[{_UP}]\.)?"


def bare_article(words: Sequence[str], k: int) -> bool:
    """words[k] is "la", "las", "los" or "el" with no "de" or "y" before it: it opens the next phrase, not a
    surname ("nicolás la renovacion"; but "de la Torre", "y la Fuente")."""
    return words[k].casefold() in ("la", "las", "los", "el") and (k < 1 or words[k - 1].casefold() not in ("de", "y"))


# The stars of a review ("★★☆☆☆"), and an e-mail address's local part with the pieces a name may be written in
# ("hope_ramsbottom", "baldomero_berm10")
STARS = r"[★☆⭐✩✪]{1,5}"
EMAIL_LOCAL = re.compile(r"([\w.+\-]+)@[\w\-]+\.")


def address_parts(local: str) -> list[str]:
    """The pieces of three letters or more of an address's local part: "nellgethin45" -> ["nellgethin"]."""
    return [p for p in re.split(r"[._+\-\d]+", local) if len(p) >= 3]


# What stands where a name could: a form's field label ("Bill to:", "Species:", "Dudas:"), a department after
# "Dpto." ("Dpto. Renovaciones"), the "Vº Bº" of a signature.
_TO_LABEL = re.compile(r"[ \t]+to[ \t]*:")
_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*\S")
_FIELD_BEFORE = re.compile(r"(?:^|\n|[ ]{2}|\t|\|)[ \t_]*$")
_DEPARTMENT_BEFORE = re.compile(r"(?i)(?:dpto|depto|dept|departamento|department|área|sección|servicio de)\.?[ \t]+$")


# A line that lists medicines or allergies: "Medicación relevante: Adiro 100 y Enantyum", "Medication: Sinemet, Zimovane"
_MEDICINE_LINE = re.compile(r"(?im)^[ \t]*(?:medicaci[oó]n(?:[ ]\w+)?|medication|medicines|medicamentos|tratamiento|"
                            r"treatment|alergias|allergies|pauta)[ \t]*:[^\n]*?(?=\.[ ]|\n|$)")
_KIN_ALONE = frozenset("nan nana nanny gran granny grandma grandpa grandad mum mam mom dad auntie uncle".split())
# The makes of cars: "Kia Ceed", "Toyota Yaris Cross", "VW Polo", "Seat León" are cars ("Mercedes" is a given name too:
# a car only before a model the lists do not know as a surname)
_CAR_MAKES = frozenset(fold(w) for w in """toyota kia vw volkswagen seat cupra renault dacia ford peugeot citroen citroën opel
vauxhall nissan hyundai skoda škoda audi bmw mercedes mercedes-benz fiat mazda honda volvo tesla mg mitsubishi suzuki
chevrolet jeep land rover range mini porsche lexus jaguar byd chery alfa subaru ssangyong polestar""".split())
# A nationality column's codes ("BRA", "GUA", "MÉX") and the adjectives of nationality are no people
_COUNTRY_CODES = frozenset("""esp gbr irl usa bra arg mex méx col per chl bol gua gtm ita fra deu ger pol nga nig jpn chn
ind pak rou ukr prt por ven ecu ury uru pry cub dom hnd slv nic cri pan mar dza can aus nzl nld bel che aut swe nor dnk fin
grc tur rus phl kor vnm tha idn egy zaf gha ken""".split())
_NATIONALITIES = frozenset(fold(w) for w in """argentinian argentine brazilian bolivian chilean colombian peruvian mexican
venezuelan ecuadorian uruguayan paraguayan guatemalan cuban dominican spanish british irish english scottish welsh
american polish italian french german portuguese romanian ukrainian nigerian ghanaian japanese chinese korean indian
pakistani moroccan argentino argentina boliviano boliviana peruano peruana mexicano mexicana colombiano colombiana
chileno chilena venezolano venezolana guatemalteco guatemalteca español española británico británica""".split())
# diseases named after people: "tiene 90 años y Alzheimer"
_EPONYMS = frozenset("alzheimer parkinson crohn asperger hodgkin huntington tourette".split())


def not_a_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether text[start:end], found where a name could stand, is a label, a department, a mark, a note's
    abbreviation, a medicine or a disease instead."""
    piece = text[start:end]
    words = piece.split()
    if "º" in piece or "\t" in piece or _DEPARTMENT_BEFORE.search(text[max(0, start - 16):start]):
        return True
    if len(words) == 1 and (fold(piece) in _NATIONALITIES or (piece.isupper() and fold(piece) in _COUNTRY_CODES) or (
            fold(piece) in _countries() and fold(piece) not in lex.first_any)):
        return True
    if len(words) == 1 and (fold(piece.strip(".")) in _NOTE_WORDS or fold(piece) in _EPONYMS | _KIN_ALONE or (
            piece.isupper() and len(piece) <= 5 and text[start - 1:start] == "(")):  # "Fdo.", "(SAMU)"
        return True
    if fold(words[0]) in _CAR_MAKES and (fold(words[0]) not in lex.first_any or (len(words) > 1 and not any(
            fold(w) in lex.last for w in words[1:]) and not (len(words) >= 3 and all(
            w.isalpha() and w[:1].isupper() and not w.isupper() and (rare(w) or fold(w) in lex.first_any or
                                                                     fold(w) in lex.last_any) for w in words[1:])))):
        return True  # "Mercedes García", "Mercedes Dilenia Féliz Paulino" are people; "Mercedes Sprinter" is a van
    medicines = _MEDICINE_LINE.match(text, text.rfind("\n", 0, start) + 1)
    if medicines and end <= medicines.end() and not after_title(text, start):
        return True
    if len(words) == 1 and _TO_LABEL.match(text, end):  # "Bill to: …", "Ship to: …"
        return True
    # an ordinary word no list of given names knows, opening a line or a form's field, before a colon and a value:
    # "Species: dog", "Dudas: Mari Carmen" (not a note's author after its date: "20/12 13:27 may: ref from…")
    return len(words) == 1 and fold(piece) not in lex.first_any and fold(piece) not in lex.ambiguous and zipf(
        piece) >= 4.0 and bool(_LABEL_AFTER.match(text, end)) and bool(_FIELD_BEFORE.search(text, 0, start))
