"""The one language guesser of the package: common function words per language, counted.

Stage 01 reports the languages of the client's texts, stage 03 the languages of the examples and
stage 02 picks the spaCy model (English or Spanish) per text and notices mixed-language texts; all
three count the same words below.
"""

import re

# Frequent short words of each language; a word may belong to several (it then counts for each).
# English and Spanish are the longer lists stage 02 was tuned on (which spaCy model reads a text
# changes what it finds, so they stay as they are), the others are for reporting only. "de" is in
# no list: it is Spanish as much as French or Portuguese, and Spanish cannot take it.
WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "the and of to in is you that it for on with as was are this be have not your we our please thanks "
          "hi dear order from at by my would could can will has had been there any",
    "es": "el la los las del que en un una por para con es su al lo como pero sus le ya muy hola gracias saludos "
          "pedido factura usted nos este esta está han ha mi me se cuando también hemos tengo buenos buenas "
          "estimado estimada atentamente envío tiene puede sin sobre hay",
    "fr": "avec bonjour commande dans des est et la le les merci mon nous pas pour que sur une vous",
    "de": "auf bestellung bitte danke das der die ein eine für ich ist mit nicht sie und wir",
    "it": "che con del della di e gli grazie il lo mio non ordine per questo sono una è",
    "pt": "com da do e em encomenda está meu não o obrigado os para pela pelo que um uma você é",
}.items()}
LANGUAGES = tuple(WORDS)
SAMPLE_CHARS = 20_000  # the language of a text is read from its beginning; long documents cost nothing more
_WORD = re.compile(r"[^\W\d_]+")
_SPANISH_MARKS = re.compile(r"[ñ¿¡]|ción\b")  # letters and endings only Spanish writes, each worth two words


def word_hits(text: str, languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """How many words of `text` (its first SAMPLE_CHARS characters) are common words of each language.

    Spanish also scores two for each ñ, ¿, ¡ and word ending in -ción.
    """
    sample = str(text or "")[:SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    hits = {lang: sum(w in WORDS[lang] for w in words) for lang in languages}
    if "es" in hits:
        hits["es"] += 2 * len(_SPANISH_MARKS.findall(sample))
    return hits


def guess_language(text: str, min_hits: int = 1) -> str:
    """The language (en, es, fr, de, it, pt) whose common words appear most often in `text`, or 'unknown'.

    min_hits: how many common words the winning language needs at least (1 = any signal at all;
    2 = ignore a single stray word, as stage 03 does for short examples). The answer is also
    'unknown' when two languages tie for the most hits.
    """
    hits = word_hits(text)
    ranked = sorted(hits.values(), reverse=True)
    if ranked[0] < max(1, min_hits) or ranked[0] == ranked[1]:
        return "unknown"
    return max(hits, key=hits.get)


def detect_language(text: str, default: str = "en") -> tuple[str, bool]:
    """("en" or "es", mixed?) for stage 02's choice of spaCy model.

    default: the answer when `text` has fewer than 3 common words of either language. mixed is
    True when the minority language has at least 4 words and a quarter of the majority's.
    """
    hits = word_hits(text, ("en", "es"))
    en, es = hits["en"], hits["es"]
    if es + en < 3:
        return default, False
    lang = "es" if es > en else "en"
    return lang, min(es, en) >= 4 and min(es, en) >= 0.25 * max(es, en)
