"""Street addresses of Spain and its neighbours (street type first), of the UK/US (number first), German
ones, and postcodes with their city."""

from __future__ import annotations

import functools
import re

from . import Hit

_CAPW = r"[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÇ][\wáéíóúñüàèìòùç'’\-]*"
_CAPW_ABBR = rf"(?:{_CAPW}|[A-Z][a-z]{{0,3}}\.)"
_ES_CONNECT = r"(?:de|del|la|las|los|el|y|i|d'|l'|dels|da|do|dos)"
_ES_STREET_TYPES = (r"Calle|C/|C\.|Cl\.|Avenida|Avda\.?|Av\.|Paseo|Pº|P\.º|Plaza|Pza\.?|Pl\.|Camino|Ronda|Travesía|"
                    r"Carrer|Rúa|Rua|Glorieta|Carretera|Ctra\.|Urbanización|Urb\.|Pasaje|Callejón|Bulevar|Vía|Via|Vial|"
                    r"Cuesta|Rambla|Passeig|Avinguda|Plaça|Travessera|Costa|Camí|Alameda|Cañada|Acceso|Pasadizo|Senda|"
                    r"Polígono|Pol\.|Barrio|Bajada|Subida|Partida|Vereda|Parque|Travessa|Largo|Praça|Viale|Piazza|"
                    r"Strada|Vicolo|Corso|Rue|rue|Avenue|avenue|Boulevard|boulevard|Chemin|chemin|Allée|allée")
_ES_POSTCODE_CITY = (rf"(?<!\d)(?:0[1-9]|[1-4]\d|5[0-2])\d{{3}}(?!\d)[ ]*,?[ ]*{_CAPW}"
                     rf"(?:[ ]+(?:{_ES_CONNECT}[ ]+)?{_CAPW}){{0,3}}(?:[ ]*\({_CAPW}(?:[ ]+{_CAPW})?\))?")
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
                            r"[ ]+\d{1,4}[a-z]?,?[ ]+\d{5}[ ]+[A-ZÄÖÜ][\wäöüß\-]*(?:[ ]+[A-ZÄÖÜ][\wäöüß\-]*)?")


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
        (?<![\w])(?:{_ES_STREET_TYPES})[ ]*
        (?:{_ES_CONNECT}[ ]+)*{_CAPW_ABBR}(?:[ ]+(?:{_ES_CONNECT}[ ]+)*{_CAPW_ABBR}){{0,5}}
        [ ]*,?[ ]*(?:n\.?[ºo°]\.?[ ]*|núm\.?[ ]*|número[ ]*)?
        (?:\d{{1,4}}(?:[ ]?[A-Za-z](?![\w]))?|s/n)
        (?:[ ]*,?[ ]*(?:\d{{1,2}}[ºª°](?:[ ]*(?:[A-Z](?![\w])|izq(?:da|uierda)?\.?|dcha\.?|derecha|centro|ctro\.?))?
            |bajo|entlo\.?|entresuelo|ático|[Pp]iso[ ]*\d+|[Pp]lanta[ ]*\d+|[Pp]uerta[ ]*\w+|[Ee]sc(?:alera)?\.?[ ]*\w+
            |[Bb]loque[ ]*\w+|[Pp]ortal[ ]*\w+|[Ll]ocal[ ]*\w+|[Aa]pt(?:o|do)?\.?[ ]*\d+\w?)){{0,3}}
        (?P<pc>(?:[ ]*[,\n\-–][ ]*|[ ]+){_ES_POSTCODE_CITY})?
    """, re.X)
    en = re.compile(rf"""
        (?<![\w/\-.])
        (?:(?:Flat|Apartment|Apt\.?|Unit|Suite)[ ]*\d+[A-Za-z]?,?[ ]+)?
        \d{{1,5}}[A-Za-z]?,?[ ]+(?:{_CAPW}[ ]+){{0,3}}(?:{en_suffix})\.?(?![\w])
        (?:,?[ ]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|\#)[ ]*\#?\w+)?
        (?P<tail>
          (?:,?[ ]*(?:\n[ ]*)?(?:{_CAPW}(?:[ ]+{_CAPW}){{0,2}}[ ]*,?[ ]*)?
             (?:(?:{_US_STATES})[ ]+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})(?![\w]))
          |(?:,[ ]*{_CAPW}(?:[ ]+{_CAPW}){{0,2}}(?=[ ]*(?:[\n.;)]|,[ ]*(?:[A-Z]{{2}}|UK|USA|United|England|Scotland|Wales)\b|$)))
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
