"""Companies with a legal form (S.L., Ltd, GmbH…), without the sentence or the writer in front of them."""

from __future__ import annotations

import re

from . import Hit
from .persons import NAME_WORD, fold, lexicon

ORG_SUFFIX = (r"S\.?[ ]?L\.?[ ]?U\.?|S\.?[ ]?L\.?[ ]?L\.?|S\.[ ]?L\.?|SL|S\.?[ ]?A\.?[ ]?U\.?|S\.[ ]?A\.?|SA|S\.?[ ]?Coop\.?|"
               r"Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|Corporation|GmbH|AG|KG|SARL|SAS|S\.p\.A\.?|SpA|"
               r"S\.r\.l\.?|Srl|Lda\.?|B\.?V\.?|N\.?V\.?|PLC|plc|ApS|AB|Oy|& Co\.?|y Cía\.?")
_ORG_RE = re.compile(rf"""
    (?<![\w])
    (?P<name>(?:[A-ZÁÉÍÓÚÑ0-9][\w&'’.\-áéíóúñ]*|&)(?:[ \t]+(?:(?:&|and|y|e|de|del|la|los|las|of|the|für|und|di)[ \t]+)?
        [A-ZÁÉÍÓÚÑ0-9][\w&'’.\-áéíóúñ]*){{0,5}})
    ,?[ \t]+(?:{ORG_SUFFIX})(?![\w])
""", re.X)


def find_orgs(text: str, lang: str = "en") -> list[Hit]:
    lex = lexicon()
    hits = []
    for m in _ORG_RE.finditer(text):
        start = m.start()
        # "Iker de Talleres Ruiz S.L.": a first name joined by a connector is the writer, not the company.
        lead = re.match(rf"({NAME_WORD})[ \t]+(?:de|of|from|en|at|y|and)[ \t]+", m.group("name"))
        if lead and fold(lead.group(1)) in lex.first:
            start = m.start() + lead.end()
        # Drop sentence-initial words such as "The", "Yesterday", "Dear" in front of the name.
        for tok in re.finditer(r"\S+", text[start:m.end("name")]):
            word = fold(tok.group().strip(".,"))
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
