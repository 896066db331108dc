"""Companies: with a legal form (S.L., S.A. de C.V., Ltd, GmbH…), named by their trade ("Grupo …", "… Logistics"),
or on a form line ("Empresa: …"), without the sentence or the writer in front of them."""

from __future__ import annotations

import re

from . import Hit
from .lexicon import fold, is_common, is_place_any, lexicon, rare
from .names import DETERMINERS as DETS, NAME_WORD, _known_token

ORG_SUFFIX = (r"Unlimited[ ]Company|UNLIMITED[ ]COMPANY|D\.?A\.?C\.?|CLG|S\.A\.A\.?|SAA|S\.?[ ]?C\.?[ ]?R\.?[ ]?L\.?|"
               r"S\.?[ ]?A\.?[ ]de[ ]C\.?[ ]?V\.?|S\.?[ ]?de[ ]R\.?[ ]?L\.?(?:[ ]de[ ]C\.?[ ]?V\.?)?|S\.A\.[ ]?S\.?|S\.A\.[ ]?C\.?|"
               r"S\.R\.L\.?|S\.A\.[ ]?U\.?|S\.L\.P\.?|SLP|S\.?[ ]?L\.?[ ]?U\.?|S\.?[ ]?L\.?[ ]?L\.?|S\.?[ ]?L\.?[ ]?N\.?[ ]?E\.?|S\.[ ]?L\.?|SL|"
               r"S\.[ ]?A\.?|SA|SAC|SAS|SRL|SLU|S\.?[ ]?Coop\.?|Ltda\.?|E\.?I\.?R\.?L\.?|Pty\.?[ ]Ltd\.?|"
               r"Ltd\.?|LTD\.?|Limited|LIMITED|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|Corporation|GmbH|AG|KG|SARL|S\.p\.A\.?|SpA|"
               r"S\.r\.l\.?|Srl|Lda\.?|B\.?V\.?|N\.?V\.?|PLC|plc|ApS|AB|Oy|&[ ]Co\.?|y[ ]Cía\.?|&[ ]Sons|&[ ]Son|&[ ]Daughters|"
               r"e[ ]Hijos|e[ ]Hijas|y[ ]Familia|"
               r"y[ ]Asociados|&[ ]Asociados|and[ ]Partners|&[ ]Partners|Hermanos|Hnos\.?")
_ORG_WORD = r"(?:[A-ZÁÉÍÓÚÑ0-9][\w&'’.\-áéíóúñ]*|&)"
_ORG_RE = re.compile(rf"""
    (?<![\w])
    (?P<name>{_ORG_WORD}(?:[ ](?:(?:&|and|y|e|de|del|la|los|las|of|the|für|und|di)[ ]){{0,2}}
        [A-ZÁÉÍÓÚÑ0-9][\w&'’.\-áéíóúñ]*){{0,5}}(?:[ ]\([A-ZÁÉÍÓÚÑ][\w ]{{1,20}}\))?)
    ,?[ ](?:{ORG_SUFFIX})(?![\w])
""", re.X)
_LEAD_NAME_RE = re.compile(rf"({NAME_WORD})[ \t]+(?:de|of|from|en|at|y|and)[ \t]+")
# Words of a company's name are apart by one space, never a tab or a run of spaces (those end a cell or a field).
# Companies without a legal form are named by what they do: a Spanish name starts with the trade
# ("Grupo", "Transportes", "Clínica"...), an English one ends with it ("... Logistics", "... Dental"), and so
# do Spanish professional firms ("... Abogados", "... Gestión").
_ES_TRADES = ("Grupo|Corporación|Industrias|Laboratorios|Talleres|Construcciones|Distribuciones|Transportes|Suministros|"
              "Instalaciones|Servicios|Comercial|Inmobiliaria|Gestoría|Asesoría|Consultora|Consultoría|Clínica|Ferretería|"
              "Carpintería|Reformas|Maderas|Bodegas|Conservas|Autocares|Excavaciones|Electricidad|Fontanería|Panadería|"
              "Pastelería|Restaurante|Farmacia|Academia|Editorial|Agencia|Despacho|Fundación|Cooperativa|Tapicerías|"
              "Hostelería|Frutas|Cerámicas|Muebles|Limpiezas|Seguros|Automóviles|Recambios|Aluminios|Cristalería|"
              "Imprenta|Gráficas|Artes Gráficas|Estructuras|Promociones|Viveros|Lácteos|Cárnicas|Embutidos|Hierros|"
              "Mármoles|Neumáticos|Talleres Mecánicos|Óptica|Papelería|Librería|Droguería|Almacenes|Calzados|Confecciones|"
              "Traslados|Trasteros|Guardamuebles|Mudanzas|Idiomas|Centro|Colegio|Escuela|Instituto|Odontología|"
              "Fisioterapia|Paquetería|Mensajería|Logística|Administración de Fincas|Fincas|Residencia|Hotel|Hostal|Banco|"
              "Ayuntamiento|Universidad|Mutua|Caja|Vidriería|Cerrajería|Plomería|Pinturas|Laboratorio|"
              "Peluquería|Barbería|Carnicería|Pescadería|Frutería|Floristería|Lavandería|Tintorería|Joyería|Zapatería|"
              "Perfumería|Cafetería|Heladería|Marisquería|Autoescuela|Gimnasio|Guardería|Clínica Veterinaria|Veterinaria|"
              "Catering|Viajes|Eventos|Fotografía|Floristas|Banquetes|Aseguradora|Correduría de Seguros|Hospital|"
              "Centro de Salud|Consultorio|Cesfam|Policlínico|Sanatorio|Alquería|Arrocería|Masia|Masía|Finca|Hostería|"
              "Hacienda|Parrilla|Bodega|Posada|Parador|Foto Estudio|Estudio de Fotografía|Club Deportivo|Club Natación|"
              "Club Acuático|Club Náutico|Club de Fútbol|Club de Tenis|Club Atlético|Alcaldía|Intendencia|Unidad Educativa|"
              "Centro de Idiomas|Ortopedia|Aeroexpresos|Expreso|Autos|Sociedad Deportiva|Asociación|Federación|"
              "Real Federación|Sistema Nacional de|Hoteles|CD|SD|UD|CF|UE|RCD|Municipalidad Distrital de|Municipalidad|"
              "Consulado General de España en|Consulado|Embajada de|Embajada|Ministerio de|Ministerio|Iglesia|Parroquia de|"
              "Parroquia|Comisaría|Red de Salud|Dirección General de|Fundació|Cooperativa Agraria|Taller Mecánico|Taller|"
              "Grúas|Financiera|University of|Universidad de|Escuela Oficial")
_EN_TRADES = ("Logistics|Joinery|Analytics|Dental|Builders|Building|Consulting|Consultants|Catering|Print|Printing|Solar|"
              "Interiors|Removals|Upholstery|Timber|Solutions|Systems|Services|Technologies|Technology|Associates|Holdings|"
              "Group|Industries|Engineering|Construction|Foods|Freight|Haulage|Transport|Motors|Garage|Properties|"
              "Estates|Studios|Media|Design|Labs|Pharma|Pharmaceuticals|Electrical|Plumbing|Roofing|Landscaping|"
              "Cleaning|Security|Recruitment|Insurance|Capital|Ventures|Trading|Supplies|Packaging|Manufacturing|"
              "Logística|Ibérica|Bakery|Brewery|Distillery|Pharmacy|Clinic|Surgery|Accountants|Architects|Solicitors|"
              "Plastics|Metals|Textiles|Furniture|Kitchens|Windows|Glazing|Scaffolding|Couriers|Express|Networks|Software|"
              "Management|Lettings|Agency|Brokers|Brokerage|Realty|Homes|Healthcare|Care|Hotels|Travel|Energy|Telecom|"
              "Finance|Investments|Lawyers|Legal|Partners|Advisors|Advisers|Developments|Automotive|"
              "Gestión|Abogados|Asesores|Consultores|Ingenieros|Arquitectos|Inversiones|Seguros|Correduría|Inmobiliaria|"
              "Hermanos|Hnos|Practice|Dental Practice|Council|City Council|Utilities|Water|Bank|Health|Staffing|Personnel|Physio|Physiotherapy|Orthodontics|Opticians|Storage|Moving|Movers|"
              "Estate Agents|Property|Language School|Language Centre|Language Center|School of English|Academy|College|"
              "Drains|Drainage|Vets|Veterinary Group|Locksmiths|Flooring|Decorators|Electrics|Heating|Plumbers|Tyres|"
              "Salon|Barbers|Florists|Events|Weddings|Photography|Tours|Coaches|Taxis|Loss Adjusters|Adjusters|Barn|"
              "Tithe Barn|Films|DJs|Hotel|Medical Centre|Medical Practice|Health Centre|Infirmary|Hospital|"
              "University Hospital|Swimming Club|SC|ASC|FC|AFC|RFC|Juniors|Juniors FC|League|Advocacy|Floristería|CIO|CIC|"
              "Trust|Charitable Trust|Foundation|Building Society|University|Parish|Mission|Airlines|Airways|Meeting|"
              "Smokery|Homestays|Kitchen|Kitchen Ltd")
_TRADE_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’\-]+|[A-Z]{2,6}"
_ES_TRADE_RE = re.compile(rf"(?<![\w])(?:{_ES_TRADES})(?:[ ](?:(?:de|del|de la|de los|y|e)[ ])?(?:{_TRADE_WORD})){{1,3}}(?![\w])")
_EN_TRADE_RE = re.compile(rf"(?<![\w])(?:(?:{_TRADE_WORD})[ ](?:(?:&|and|of|y|e)[ ])?){{1,3}}(?:{_EN_TRADES})(?![\w])")
# ... and the same written in capitals where a form's value ends: "DR OIKONOMOU, HIGH STREET DENTAL⏎" (not the
# heading "MID-TERM PROPERTY INSPECTION")
_EN_TRADE_UPPER_RE = re.compile(rf"(?<![\w])(?:(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’\-]+)[ ](?:(?:&|AND|OF)[ ])?){{1,3}}"
                                rf"(?:{_EN_TRADES.upper()})(?=[ \t]*(?:$|[,;|(–—])|[ \t]{{2,}})", re.M)
# Words that say a company's name follows: NER's ORG spans are kept after them even without a legal form.
ORG_CONTEXT = re.compile(r"(?i)(?<![\w])(?:empresa|compa[ñn][ií]a|company|firm|supplier|proveedor[a]?|vendor|contractor|"
                         r"contratista|subcontrata|agencia|agency|broker|corredur[ií]a|aseguradora|insurer|bank|banco|"
                         r"employer|worked with|work with|trabajamos con|trabaja en|works at|works for|employed by|"
                         r"empleado de|empleada de|client company|our client|nuestro cliente|la gestor[ií]a|gestor[ií]a|"
                         r"el distribuidor|distributor|carrier|transportista|courier|mensajer[ií]a)[ \t]*:?[ \t]+$")
# "Empresa: ...", "Employer: ..." on a line of their own.
_ORG_FIELD_RE = re.compile(r"(?im)(?:^|(?<=[ \t]{2})|(?<=\t)|(?<=[A-ZÁÉÍÓÚÑ] ))[ \t]*(?:company|company name|employer|empresa|raz[oó]n social|proveedor|supplier|"
                           r"bank|banco|entidad bancaria|courier|carrier|empleador|empleador actual|current employer|"
                           r"eps|arl|afp|fondo de pensiones|fondo pensiones|caja de compensación|cuenta nómina|"
                           r"transportista|mensajer[ií]a|insurer|insurance|(?:previous |current |usual )?vets?|"
                           r"veterinary practice|cl[ií]nica veterinaria|isapre|previsi[oó]n|salud|"
                           r"aseguradora|seguro|mutua|agency|agencia|school|university|universidad|colegio|client company|"
                           r"organi[sz]ation|compa[ñn][ií]a|entidad|firm|business|vendor|customer company|cliente empresa|"
                           r"(?:current |previous )?(?:landlord ?/ ?|letting |estate )agent|(?:current|previous) agent|inmobiliaria)"
                           r"[ \t]*:[ \t]*(?P<name>[^\n@:]{2,60}?)[ \t]*(?:$|[ \t]{2}|\t|\||(?=[ ](?:[–—\-][ ])?(?:[A-ZÁÉÍÓÚÑ]+[ ])*[A-ZÁÉÍÓÚÑ]+:))")


_SUFFIX_END = re.compile(rf",?[ \t]+(?:{ORG_SUFFIX})$")
_TRADE_END = re.compile(rf"(?i)[ \t]+(?:(?:&|and|y|e|de|del|of)[ \t]+)?(?:{_EN_TRADES}|{_ES_TRADES}|School|Centre|Center|Language|"
                        r"Languages|English|Spanish|Removals|Storage|Moving|Lettings|Dental|Clinic|Group|UK|GB|España|"
                        r"Iberia|Ibérica|Europe|Europa|México|Mexico|Colombia|Argentina|Chile|Perú|International|"
                        r"Internacional|Global|Worldwide)$")
_TRADE_START = re.compile(rf"^(?:{_ES_TRADES})[ \t]+(?:(?:de|del|de la|de los)[ \t]+)?")


_TRADE_WORDS = re.compile(rf"(?i)(?:{_EN_TRADES}|{_ES_TRADES})")


def org_short_forms(name: str) -> list[str]:
    """The shorter names a company goes by once its full name is known: "Penhallow Moving Ltd" is also
    "Penhallow Moving" and "Penhallow"; "Crossley & Vane Removals Ltd" is "Crossley & Vane"; "Traslados Miño
    S.L." is "Traslados Miño". A short form of one word must be no ordinary word and no person's name."""
    lex = lexicon()
    out = []
    bare = _SUFFIX_END.sub("", name).strip()
    if bare != name and len(bare) >= 4:
        out.append(bare)
    core = bare
    while _TRADE_END.search(core):  # one trade word at a time: "Kensal English School", "Kensal English"
        core = _TRADE_END.sub("", core).strip()
        if len(core) >= 4:
            out.append(core)
    lead = _TRADE_START.sub("", core).strip()  # "Clínica Mirasol" is "Mirasol" too
    if lead != core and len(lead) >= 4 and len(lead.split()) == 1 and rare(lead) and fold(lead) not in lex.first_any \
            and fold(lead) not in lex.last_any:
        out.append(lead)
    # the one rare word of a longer name is its brand: "Grupo Clínico Mirasol" is "Mirasol" (and "Mirasol Marbella",
    # a branch, through branch_end)
    brand = [w for w in lead.split() if len(w) >= 5 and w[:1].isupper() and rare(w) and fold(w) not in lex.first_any
             and fold(w) not in lex.last_any and not is_place_any(w) and not _TRADE_WORDS.fullmatch(w)]
    if len(lead.split()) >= 2 and len(brand) == 1:
        out += [x for x in (lead, brand[0]) if x not in out and x != name]  # "Inmobiliaria Lamarca & Ríos S.A."
    words = core.split()
    if len(words) == 1 and (fold(core) in lex.common or fold(core) in lex.first_any or fold(core) in lex.last_any
                            or not rare(core)):
        out = [o for o in out if o != core]
    return [o for o in out if not all(fold(w) in lex.common for w in o.split())]


# A company named by what is done there or with it: "shifts at Calderbank", "5 yrs at Teleperformance", "spoke to
# Matthew @ Calderbank", "sent with Royal Mail", "account is with Barclays", "trabajó 3 años en Postobón".
_AT_COMPANY_RE = re.compile(
    r"(?:(?<![\w])(?:worked|works|working|work|shifts?|nights|days|yrs|years|months|experience|recently|previously|"
    r"studied|placement|contract|role|booked|employed|based|started|trial shift|temping|trabaj[óée]|trabaja|"
    r"estudi[óé]|años|meses|turnos?|prácticas|contratad[oa])(?:[ \t]+\w+){0,2}[ \t]+(?:at|en|in|for|para|con)"
    r"|[ \t]@|(?<![\w])(?:sent with|shipped with|sent by|collected by|collection with|claim with|delivered by|"
    r"is with|banks with|insured with|asegurad[oa] con|enviad[oa] con|enviad[oa] por|recogid[oa] por|"
    r"contract with|contrato con|the [\w]+ contract at|el último en|la última en|en misión en|salió con|"
    r"incidencia con|reclamación con|recogida a|estudié en(?: el| la)?|trabajé en|trabajaba en|volverá a|"
    r"most recently at|currently at|previously at|employed at|placed at|placement at|dispute with(?: the)?|"
    r"protected with(?: the)?|registered with(?: the)?|se encarga a|se cambia de laboratorio a|se cambia a|"
    r"(?:account|cuenta)(?:[ \t]+\w+){0,3}[ \t]+(?:at|with|en|con)|\((?:currently|actualmente|now|ahora)[ \t]+)"
    r"|(?<![\w])(?:luz|gas|agua|electricidad|electricity|water|internet|broadband|energy|energía|fibra|"
    r"currently|suministro|insurer|insurance|aseguradora|seguro|mutua|bank|banco)[ \t]*\()[ \t]*"
    r"(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w&'’.\-áéíóúñ]*|[A-Z]{2,})(?:[ ](?:(?:&|and|y|de|del|of)[ ])?(?:[A-ZÁÉÍÓÚÑ][\w'’.\-áéíóúñ]*|[A-Z]{2,})){0,4})")


# The bank before an account number: "to my account: HSBC UK, IBAN GB68…", "transferencia a Abanca ES42 2080…"
_BANK_BEFORE_IBAN_RE = re.compile(r"(?<![\w&.\-])(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w&.\-]*)(?:[ ][A-ZÁÉÍÓÚÑ][\w&.\-]*){0,2}),?[ ]"
                                  r"(?:IBAN\b(?![ \t]*:)|[A-Z]{2}\d{2}[ ]?\d{4}[ ]?\d{4})")  # not the label "PAYROLL BANK IBAN:"


def _context_hits(text: str) -> list[Hit]:
    lex = lexicon()
    hits = []
    for m in _BANK_BEFORE_IBAN_RE.finditer(text):
        words = m.group("name").split()
        # not a holder's name ("Ana Ruiz, IBAN …") nor a label ("Account IBAN", "Bank details IBAN")
        if is_common(words[0], lex) or any(not w.isupper() and (is_common(w, lex) or not rare(w)) for w in words) or all(
                fold(w) in lex.first_any or fold(w) in lex.last_any for w in words):
            continue
        hits.append((m.start("name"), m.end("name"), "ORG", 0.6))
    for m in _AT_COMPANY_RE.finditer(text):
        name = re.split(r"\.[ ]", m.group("name"))[0].rstrip(".,")  # "en Textiles Guatapé. Llamo por…"
        words = name.split()
        # not a person ("at Ana's", "with Ana Ruiz"), a town or an ordinary word ("at Home", "in March")
        if is_common(words[0], lex) or is_place_any(name) or is_place_any(words[0]) or (
                fold(words[0]) in lex.first and len(words) <= 3) or (len(words) == 1 and _known_token(name, lex)
                                                                     and not name.isupper()):
            continue
        if len(words) == 1 and not rare(name) and not name.isupper():
            continue
        if name.endswith("'s"):
            continue
        hits.append((m.start("name"), m.start("name") + len(name), "ORG", 0.6))
    return hits


_BRANCH_WORD = re.compile(rf"[ ](?:San|Sant|Santa|Sta\.)?[ ]?(?:{_EN_TRADES}|{_ES_TRADES}|[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’\-]+)")


def branch_end(text: str, end: int) -> int:
    """Where a company's name ends when its branch follows it: "Mirasol| Marbella", "Mirasol| Dental Mérida",
    "Mirasol| Fisioterapia Sant Gervasi" – trade words and towns, up to three words."""
    lex = lexicon()
    new, pos = end, end
    for _ in range(3):
        m = _BRANCH_WORD.match(text, pos)
        if not m:
            break
        word = m.group().strip()
        last = word.split()[-1]
        trade = re.fullmatch(rf"(?:{_EN_TRADES}|{_ES_TRADES})", last) is not None
        if is_common(last, lex) or not (trade or is_place_any(last) or word.startswith(("San ", "Sant ", "Santa "))) or (
                not trade and fold(last) in lex.first_any):  # "Mirasol| Juan Ruiz" is a person after it
            break
        pos = new = m.end()
    return new


def _trade_hits(text: str) -> list[Hit]:
    lex = lexicon()
    hits = []
    for rx in (_ES_TRADE_RE, _EN_TRADE_RE, _EN_TRADE_UPPER_RE):
        for m in rx.finditer(text):
            words = m.group().split()
            # "Dear Hiring Manager Services" or "Sevilla Solutions" are not what this is for: a word in front
            # that is common ("The", "Our", "Customer") starts the sentence, not the name.
            while len(words) > 2 and fold(words[0]) in lex.common:
                words = words[1:]
            if fold(words[0]) in lex.common:
                continue
            start = m.end() - len(" ".join(words)) if rx is not _ES_TRADE_RE else m.start()
            if re.match(r"[ \t]+(?:number|no[.:]|(?-i:NO)\b|n[º°]|card|policy|premium|cover|renewal|claim|form|quote|desk)",
                        text[m.end():m.end() + 10], re.I):
                continue  # "National Insurance number", "Your Business Insurance renewal": what it is, not who
            hits.append((start, m.end(), "ORG", 0.6))
    for m in _ORG_FIELD_RE.finditer(text):
        if re.search(r"[A-ZÁÉÍÓÚÑ]", m.group("name")) and not re.fullmatch(r"[\d\W]+", m.group("name")) and not all(
                is_common(w, lex) for w in m.group("name").split()):  # "INSURANCE: PRIVATE"
            hits.append((m.start("name"), m.end("name"), "ORG", 0.7))
    return hits


# Bodies every company deals with, named the same by all: tax and social-security agencies, courts, registries and
# town halls, Spain's mutuas, Chile's AFP and Isapre, the banks of the countries served. Not personal data, but a
# company's counterpart all the same; NER misses most of them in a note ("comunicarlo a Asepeyo", "la tgss").
_BODIES = (r"Agencia Tributaria|Agencia Estatal de Administración Tributaria|AEAT|Hacienda|Tesorería General de la "
           r"Seguridad Social|TGSS|Seguridad Social|INSS|SEPE|DGT|SUNAT|SUNARP|EsSalud|ONP|SII|Fonasa|AFIP|ANSES|IMSS|"
           r"INFONAVIT|HMRC|DVLA|DWP|FSPO|RCVS|HSE(?:[ ](?:West|South|East|North|Mid[ ]West|Dublin[ ]North[ ]East))?|Tusla|"
           r"SAMU|IMSERSO|Imserso|Revenue Commissioners|Companies House|Veterinary Council of Ireland|"
           r"Asepeyo|Fremap|FREMAP|Ibermutua|Mutua Universal|MC Mutual|Umivale|Solimat|Mutua Montañesa|Mutua Navarra|"
           r"Mutua Balear|Mutua Intercomarcal|Egarsat|Activa Mutua|Unión de Mutuas|Mutualia|Cesma|"
           r"Banco Santander|BBVA|CaixaBank|La Caixa|Bankinter|Banco Sabadell|Ibercaja|Unicaja|Kutxabank|Abanca|Cajamar|"
           r"EVO Banco|ING|Openbank|Caja Rural|Interbank|BCP|Scotiabank|BancoEstado|Banco de Chile|Banco Estado|AIB|"
           r"Bank of Ireland|PTSB|Barclays|HSBC(?:[ ]UK)?|Lloyds Bank|NatWest|Santander UK|Monzo|Revolut|"
           # the companies every client names: airlines, coach lines, banks and insurers of Spain, Latin America, the UK
           # and Ireland, the big retailers and payment services
           r"Iberia Express|Iberia|Air Europa|Vueling|Volotea|Binter|Aeroméxico|Aeromexico|Volaris|Viva Aerobus|LATAM Airlines|LATAM|"
           r"LOT Polish Airlines|ITA Airways|TheFork|OpenTable|CoverManager|ResDiary|SevenRooms|Tripadvisor|TripAdvisor|"
           r"Rappi|Uber|Cabify|Glovo|Just Eat|Deliveroo|Xero|Wallapop|Telefónica|Smartbox|Carzone|DoneDeal|Seminuevos\.com|"
           r"Banrural|BancoSol|Banco Azteca|BANCO AZTECA|Banco Pichincha|Comic Relief|Oxfam|Cáritas|"
           r"Home Office|Disclosure and Barring Service|Nationwide Building Society|The Co-operative Bank|"
           r"Avianca|Copa Airlines|Aerolíneas Argentinas|JetSMART|Sky Airline|Ryanair|easyJet|Aer Lingus|British Airways|"
           r"Jet2|ALSA|Alsa|Monbus|ADO|ETN|Flecha Bus|Cruz del Sur|Renfe|Ouigo|Iryo|Bus Éireann|Irish Rail|"
           r"National Express|Banorte|Banamex|BBVA México|Davivienda|Bancolombia|Banco de Bogotá|Nequi|Bancoppel|"
           r"Coopeuch|Banco Nación|Banco Galicia|Brubank|Mercado Pago|Yape|Plin|PayPal|ParentPay|"
           r"Mapfre|Allianz(?:[ ]Partners)?|AXA(?:[ ]Assistance)?|Generali|Chubb|Aviva|Direct Line|"
           r"Columbus Direct|Sanitas|Adeslas|Asisa|DKV|Mutua Madrileña|Línea Directa|Caser|Ocaso|Pelayo|Sura|"
           r"Seguros Bolívar|Mercantil Andina|Federación Patronal|Rimac|Pacífico Seguros|Hiscox|Petplan|ManyPets|"
           r"Iberdrola|Endesa|Naturgy|Repsol|Movistar|Vodafone|Telcel|Decathlon|El Corte Inglés|Mercadona|"
           r"Carrefour|Amazon|Sports Direct|Tesco|Sainsbury's|Osakidetza|SERGAS|Osasunbidea|"
           r"BPS|MIDES|FONASA|HIQA|ABRSM|NH Collection|Meliá|Paradores|Iberostar|Barceló|Booking\.com|Airbnb")
# "el Ing. Elmer Huarcaya": a title, not the bank; "n.º Seguridad Social 1123…", "Seguridad Social 41 63…": the
# number's name, not the body
_BODY_AS_WORD = re.compile(r"\.[ ]+[A-ZÁÉÍÓÚÑ]|[ ]+\d")
_NUMBER_OF = re.compile(r"(?i)n\.?[º°o]\.?[ ]+(?:de[ ]+la[ ]+)?$")
_BODIES_RE = re.compile(rf"(?<![\w@.\-])(?:{_BODIES}|(?:AFP|Isapre)[ ][A-ZÁÉÍÓÚÑ][\wáéíóúñ]+|"
                        r"(?:Juzgado|Registro (?:de la Propiedad|Mercantil|Civil)|Notaría)(?:[ ](?:de|del|la|e|y|"
                        r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+|n[º°o]\.?[ ]?\d+))*?[ ]n[º°o]\.?[ ]?\d+[ ]de[ ][A-ZÁÉÍÓÚÑ][\wáéíóúñ]+"
                        r"(?:[ ](?:de la|de las|de los|de|del|la)[ ][A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*|"
                        r"Ayuntamiento de[ ][A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[ ](?:de la|de las|de los|de|del|la)[ ][A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)"
                        r"(?![\w@\-])"
                        r"|(?<![\w@.\-])(?:tgss|aeat|sunat|sepe|inss|hmrc|fspo|covermanager|thefork|opentable|sevenrooms|"
                        r"tripadvisor|barclays|aviva|avianca|mapfre|sanitas|allianz|iberdrola|naturgy|endesa|movistar|vodafone|"
                        r"booking\.com|airbnb|wallapop|glovo|deliveroo)(?![\w@\-])")


def find_orgs(text: str, lang: str = "en") -> list[Hit]:
    lex = lexicon()
    hits = []
    for m in _ORG_RE.finditer(text):
        start = m.start()
        # "Iker de Talleres Ruiz S.L.": a first name joined by a connector is the writer, not the company.
        lead = _LEAD_NAME_RE.match(m.group("name"))
        if lead and fold(lead.group(1)) in lex.first:
            start = m.start() + lead.end()
        # Drop sentence-initial words such as "The", "Yesterday", "Dear" in front of the name.
        mid = re.search(r"[a-záéíóúñ,][ \t]+$", text[max(0, start - 3):start]) is not None
        for tok in re.finditer(r"\S+", text[start:m.end("name")]):
            word = fold(tok.group().strip(".,"))
            if word in lex.common and word not in ("the",) and not (mid and tok.start() == 0 and word not in DETS):
                continue
            start += tok.start()
            break
        else:
            continue
        while start < m.end() and text[start] in " \t":
            start += 1
        if m.end() - start > 4 and (text[start].isupper() or text[start].isdigit()):
            hits.append((start, m.end(), "ORG", 0.75))
    hits += [(m.start(), m.end(), "ORG", 0.8) for m in _BODIES_RE.finditer(text) if not _BODY_AS_WORD.match(text, m.end())
             and not _NUMBER_OF.search(text, 0, m.start())]
    return hits + _trade_hits(text) + _context_hits(text)
