"""East Asian names as the UK and Spain write them in Latin letters, where the lists of single words cannot see them:
a Hong Kong given name of two syllables written as two words ("Wing Yan Leung", "CHAN TAI MAN", "Ka-wai Ho") and
a Korean one joined by a hyphen ("Min-jun", "Seo-yeon Kim").

Each syllable alone is as often an English word ("Wing", "Man", "Kit"), so a syllable pair is a name only beside a
Chinese surname; a Korean hyphenated pair is a name by its shape, both halves being syllables of Korean names."""

from __future__ import annotations

import re

from . import Hit
from .lexicon import _EAST_ASIAN_SURNAMES, fold, zipf

# Hong Kong (Cantonese) romanisations of the syllables given names are made of
_CANTONESE = frozenset("""
chi chun ching chak cheuk chin ching chiu choi chuen chung fai fat fei fong fu fung ha hang hau hei hin hiu ho hoi
hon hong hui hung kai kam kar ka kei keung kin king kit kiu kong kuen kwai kwan kwok kwong lai lam lap lee lik lin
ling lok long lui lun lung man mei ming mo mui nam nga ngai ngan oi on pak po pui sai sam san sang sau shan shek
shing shu shuk shun sin sing siu sum sun sze suet tai tak tat tin ting to tsz tsun tung wa wah wai wan wing wun yan yat
yee yi yin ying yip yiu yu yuen yuk yung yee fan chit kwun mang nok""".split())
# Revised-romanisation syllables of Korean given names
_KOREAN = frozenset("""
a ae ah bin bo bok bum beom chan cheol chul da do dong eun eon ga geun gi gyu gyeong ha hae han hee hye hyo hyun
hyeon hwa hwan ho hoon hun il in ja jae jeong jin ji jo joo joon ju jun jung ki kwang kyu kyung mi min mo myung
myeong na nam ok ra ram rin ryeong sang se seo seok seon seong seung si so sol som song soo sook su suk sun sung
tae u uk ung woo won wook woong ye yeol yeon yeong yong yoo yoon young yu yun""".split())
_KOREAN_SURNAMES = frozenset("kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon "
                             "hong ko moon yang son baek heo nam yoo".split())
_CHINESE_SURNAMES = frozenset(_EAST_ASIAN_SURNAMES[:_EAST_ASIAN_SURNAMES.index("phan")]) | frozenset(
    "ho lee lo law lui ko to so yu wu ma mok tong tang kong hung yuen sze ngan au yau cheng tam tai wan shek fok choy "
    "chu hui chau kam ling mui tsoi".split())

_WORD = r"[A-Za-z]+"
_HK_RE = re.compile(rf"(?<![\w@.\-'’])(?P<a>{_WORD})(?P<s1>[ \-])(?P<b>{_WORD})(?P<s2>[ \-])(?P<c>{_WORD})(?![\w@\-'’])")
_KOREAN_RE = re.compile(rf"(?<![\w@.\-'’])(?:(?P<sur>{_WORD})[ ])?(?P<g>(?P<x>{_WORD})-(?P<y>{_WORD}))"
                        rf"(?:[ ](?P<sur2>{_WORD}))?(?![\w@\-'’])")


def _one_case(words: list[str]) -> bool:
    """Every word capitalised ("Wing Yan Leung") or every word in capitals ("CHAN TAI MAN")."""
    return all(w[:1].isupper() and (w[1:].islower() or w.isupper()) for w in words) and (
        len({w.isupper() for w in words if len(w) > 1}) <= 1)


def _hk_name(words: list[str]) -> tuple[int, int] | None:
    """Which of three words make one name: a Chinese surname before or after two given-name syllables."""
    f = [w.casefold() for w in words]
    if f[0] in _CHINESE_SURNAMES and f[1] in _CANTONESE and f[2] in _CANTONESE:
        return 0, 3
    if f[2] in _CHINESE_SURNAMES and f[0] in _CANTONESE and f[1] in _CANTONESE:
        return 0, 3
    return None


def east_asian_names(text: str) -> list[Hit]:
    """Hong Kong names with a two-syllable given name, and Korean hyphenated given names with their surname."""
    hits = []
    pos = 0
    while True:
        m = _HK_RE.search(text, pos)
        if not m:
            break
        words = list(m.group("a", "b", "c"))
        # the second half of "Ka-wai" may be in lower case
        seen = [words[0], *(w.capitalize() if sep == "-" and w.islower() else w
                            for w, sep in zip(words[1:], m.group("s1", "s2")))]
        # three words of one case, not all of them ordinary words ("Man On To"), one of them a surname; one hyphen
        if _one_case(seen) and _hk_name(words) and min(zipf(w) for w in words) < 4.5 and (
                m.group("s1") + m.group("s2")).count("-") <= 1:
            hits.append((m.start(), m.end(), "PERSON", 0.7))
            pos = m.end()
        else:
            pos = m.start() + len(m.group("a")) + 1
    for m in _KOREAN_RE.finditer(text):
        x, y = m.group("x"), m.group("y")
        if x.casefold() == y.casefold() or x.casefold() not in _KOREAN or y.casefold() not in _KOREAN or not (
                x[:1].isupper() and (y.islower() or y[:1].isupper())) or len(x + y) < 4:
            continue
        start, end = m.start("g"), m.end("g")
        if m.group("sur") and fold(m.group("sur")) in _KOREAN_SURNAMES and m.group("sur")[:1].isupper():
            start = m.start("sur")
        if m.group("sur2") and fold(m.group("sur2")) in _KOREAN_SURNAMES and m.group("sur2")[:1].isupper():
            end = m.end("sur2")
        hits.append((start, end, "PERSON", 0.7))
    return hits
