"""People's user names, as IT logs, helpdesk tickets, chat exports and offboarding sheets write them: after a log's
key ("user=ayeshaq", "target=joanne.pope", "Username: glamb"), after a Windows domain ("HELPDESK\\jmacaraeg"), as a
timestamped chat speaker ("[09:48] osianb:"), a given name or initial dotted to a surname ("luana.teixeira",
"k.appiah") anywhere, and, after words that hand work to someone ("Paged obowen", "assigned to mtran2"), an initial
run into a surname ("afitzpatrick") or a given name into an initial ("sorinp").

A user name identifies its person as surely as the name does; service accounts ("svc-automation", "jenkins-agent",
"admin") are not people's."""

from __future__ import annotations

import re

from . import Hit
from .lexicon import Lexicon, fold, is_common, rare, wordlike, zipf

_HANDLE = r"[a-z][a-z0-9]*(?:[._\-][a-z0-9]+){0,2}"
_SERVICE = re.compile(r"(?i)(?:svc|srv|service|admin|administrator|root|system|sys|jenkins|automation|auto|bot|noreply|"
                      r"no-reply|helpdesk|servicedesk|support|backup|scanner|scan2email|sync|test|tester|guest|user|"
                      r"default|api|app|daemon|cron|monitor|nagios|zabbix|ansible|github|gitlab|jira|slackbot|teams|"
                      r"printer|kiosk|reception|info|office|accounts|payroll|it|sa|dev|ops|sql|web|www|mail|relay|"
                      r"agent|runner|deploy|build|batch|task|job|unknown|none|null|n/a)(?:[._\-\d].*)?")
# "user=ayeshaq", "by=HELPDESK\jmacaraeg", "Username:  glamb", "assignee: m.mendoza"
_KEY_RE = re.compile(rf"(?i)(?<![\w\-])(?:user|username|user ?name|user_?id|uid|login|logon|target|owner|assignee|"
                     rf"assigned_to|actor|requester|requested_by|samaccountname|upn|account ?name|by(?==))[ \t]*[=:][ \t]*\"?"
                     rf"(?:[A-Za-z][\w\-]*\\)?(?-i:(?P<name>{_HANDLE}))(?![\w@\\]|\.[a-z])")
# "Usuario en el sistema de ventas: libradagim", "(usuario rosangela.p)", "login jdoe2"
_USER_WORDS_RE = re.compile(rf"(?<![\w\-])(?i:usuario|username|user name|login|user id)(?:[ ](?:en|de|del|in|on|for)[ ]"
                            rf"[^\n:=]{{1,30}}?[ \t]*[:=]|[ \t]*[:=]?)[ \t]+(?P<name>{_HANDLE})(?![\w@\\]|\.[a-z])")
_DOMAIN_RE = re.compile(rf"(?<![\w\\])[A-Z][A-Z0-9\-]{{1,20}}\\(?P<name>{_HANDLE})(?![\w@\\]|\.[a-z])")
_SPEAKER_RE = re.compile(rf"(?m)^[ \t]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]+(?P<name>{_HANDLE}):")
_DOTTED_RE = re.compile(r"(?:(?<=[\s(]@)|(?<![\w@.\-/\\]))(?P<name>(?P<a>[a-z]{1,20})\.(?P<b>[a-z]{1,25})\d{0,2})(?![\w@\-]|\.[a-z])")
_HANDED_RE = re.compile(rf"(?<![\w\-])(?i:paged|page|assigned to|assign to|reassigned to|escalated to|handed to|passed to|keyed by|"
                        rf"checked by|approved by|owned by|raised by|closed by|ping|pinged|cc|leaver|starter|account created[ \t]*[–—\-:]|"
                        rf"account disabled[ \t]*[–—\-:]|created for|disabled for|unlocked|reset for)[ \t]+\(?"
                        rf"(?P<name>{_HANDLE})(?![\w@\\]|\.[a-z])")
_GLUE = frozenset("del las los por para con sin the and for was not has had are you your que una uno".split())
_NOT_SURNAMES = frozenset("com org net edu gov co uk es ie io js py txt pdf doc docx xls xlsx csv json xml html htm png jpg "
                          "jpeg gif zip exe log msi cfg ini yml yaml md sh bat ps local lan internal intranet eu us mx ar "
                          "cl pe am pm eg ie nb ps etc vs".split())


def _name_part(word: str, lex: Lexicon) -> bool:
    """A given name or surname the lists know, or a word of four letters or more that no language has."""
    f = fold(word)
    return f in lex.first_any or f in lex.last_any or (len(word) >= 4 and rare(word) and not wordlike(word))


def _dotted(a: str, b: str, lex: Lexicon) -> bool:
    """"luana.teixeira", "k.appiah", "a.konstantinou", "ngoc.dang": an initial or a given name, then a surname."""
    if b in _NOT_SURNAMES or (len(a) == 1 and len(b) < 3) or (len(b) < 2 and not (  # "rosangela.p", "erick.d"
            len(a) >= 3 and fold(a) in lex.first_any and not is_common(a, lex))):
        return False
    if len(a) == 1:
        return _name_part(b, lex) and not (is_common(b, lex) and fold(b) not in lex.last_any)
    return (fold(a) in lex.first_any or _name_part(a, lex)) and (_name_part(b, lex) or len(b) == 1) and not (
        is_common(a, lex) and is_common(b, lex))


def _run_together(word: str, lex: Lexicon) -> bool:
    """"afitzpatrick", "taslam" (an initial and a surname), "sorinp", "emelitam" (a given name and an initial),
    "reesr" (a surname and an initial), "mtran2": none of them a word."""
    w = word.rstrip("0123456789")
    if not w.isalpha() or len(w) < 4 or zipf(w) >= 2.0:
        return False
    head, tail = w[1:], w[:-1]
    return fold(head) in lex.last_any and len(head) >= 3 or (
        (fold(tail) in lex.first_any or fold(tail) in lex.last_any) and len(tail) >= 3)


def user_name(cell: str, lex: Lexicon) -> bool:
    """A table cell under "By" / "Account" / "User" that is a person's user name: "paulw", "k.appiah", "phuong"
    (not "svc_backup", "remove user", "#748", "Latitude 7440")."""
    if not re.fullmatch(_HANDLE, cell) or _SERVICE.fullmatch(cell) or len(cell) < 3:
        return False
    if "." in cell:
        return cell.count(".") == 1 and _dotted(*cell.split("."), lex)
    return not is_common(cell, lex) and (fold(cell) in lex.first_any or _run_together(cell, lex) or (
        rare(cell) and not wordlike(cell)))


def find_handles(text: str, lex: Lexicon) -> list[Hit]:
    """People's user names in logs, chat exports, tickets and sheets (see the module's docstring)."""
    if not re.search(r"[a-z][._\\=:]|\[\d|(?i:paged|assign|escalat|keyed|owned|ping|leaver|created|disabled|unlocked|reset|usuario|login)", text):
        return []
    hits = []
    for rx, any_handle in ((_KEY_RE, True), (_USER_WORDS_RE, True), (_DOMAIN_RE, True), (_SPEAKER_RE, True),
                           (_HANDED_RE, False)):
        for m in rx.finditer(text):
            name = m.group("name")
            if _SERVICE.fullmatch(name) or len(name) < 3 or name in _GLUE:
                continue
            plain = "." not in name and "_" not in name and "-" not in name
            if any_handle and plain and (is_common(name, lex) or zipf(name) >= 3.0) and fold(name) not in lex.first_any:
                continue  # "by=phone", "user: none", "Usuario del servicio: pendiente"
            if not any_handle and not (_run_together(name, lex) or not plain or (
                    fold(name) in lex.first_any and not is_common(name, lex))):
                continue
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    for m in _DOTTED_RE.finditer(text):
        if _dotted(m.group("a"), m.group("b"), lex):
            hits.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    return hits
