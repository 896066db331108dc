"""Ollama: a Modelfile whose TEMPLATE is derived from the model's own chat template, and checked.

Ollama does not run Jinja chat templates: a Modelfile carries a Go `text/template` instead, and
when none is given Ollama guesses one – the classic way an exported model starts answering
badly. `derive_structure` probes the tokenizer's chat template with sentinel conversations and
recovers its per-message structure (ChatML, Llama 3, Gemma-like: a header with the role, the
content, an end-of-turn marker; an optional default system block; a generation prompt).
A template that names no role and wraps user turns in markers instead (Mistral's `[INST] … [/INST]`,
the system prompt folded into the first one) is recovered as a `WrappedStructure`.
`go_template` writes that structure as an Ollama template over `.Messages`, and
`render_go_template` – a faithful implementation of the few Go-template constructs that template
uses – renders it for conversations so `check_template` can compare it with `apply_chat_template`
character for character, the way Ollama would feed the model.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_SENTINELS = {"system": "FTWSYSAAA", "user": "FTWUSRBBB", "assistant": "FTWASTCCC", "user2": "FTWUSRDDD"}


class TemplateNotSupported(ValueError):
    """The chat template does not have a structure a static Ollama template can reproduce."""


@dataclass(frozen=True)
class ChatStructure:
    """A chat template seen as: [bos] [default system] (pre ROLE mid CONTENT end)* generation."""

    bos: str  # text the template puts first (e.g. <|begin_of_text|>); llama.cpp / Ollama add the BOS token themselves
    pre: str  # before the role name, e.g. "<|im_start|>"
    mid: str  # between role name and content, e.g. "\n"
    end: str  # after the content, e.g. "<|im_end|>\n"
    generation: str  # the assistant header added for a new answer, e.g. "<|im_start|>assistant\n"
    default_system: str  # rendered when the conversation does not start with a system message
    role_names: tuple[tuple[str, str], ...] = (("system", "system"), ("user", "user"), ("assistant", "assistant"))
    system_fold: str = ""  # set when the system prompt opens the first user turn (Gemma 3): the text after it

    @property
    def stop(self) -> str:
        """The end-of-turn marker (without trailing whitespace): Ollama must stop there."""
        return self.end.strip()


def _render(tokenizer, messages: list[dict], generation: bool) -> str:
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=generation)


def _common_token_prefix(tokenizer, texts: list[str]) -> str:
    """The longest start the texts share in whole tokens (so "<|end|>" is not cut to "<|"), as text of texts[0]."""
    encs = [tokenizer(t, add_special_tokens=False, return_offsets_mapping=True) for t in texts]
    ids = [e["input_ids"] for e in encs]
    n = 0
    while all(len(i) > n for i in ids) and len({i[n] for i in ids}) == 1:
        n += 1
    return texts[0][:encs[0]["offset_mapping"][n - 1][1]] if n else ""


def _end_of_turn(tokenizer, full: str, with_gen: str, after_user2: int, gap_asst_user: str) -> tuple[str, str]:
    """(end-of-turn text, closing text): what follows a message, and what a template adds once at the very
    end of a conversation rendered without a generation prompt (Phi-3's eos)."""
    tail = full[after_user2:]
    if with_gen.startswith(full):
        return tail, ""
    if with_gen[:after_user2] != full[:after_user2]:
        raise TemplateNotSupported("add_generation_prompt changes earlier text")
    end = _common_token_prefix(tokenizer, [tail, with_gen[after_user2:], gap_asst_user])
    return end, tail[len(end):]


def _role_name(head: str, pre: str, mid: str, role: str) -> tuple[str, str]:
    """(role name, text before the header) of a message header `head` shaped like pre ROLE mid."""
    if not (head.endswith(mid) and pre in head):
        raise TemplateNotSupported(f"the {role} header is not shaped like the user header")
    idx = head.rfind(pre)
    return head[idx + len(pre):len(head) - len(mid)], head[:idx]


@dataclass(frozen=True)
class WrappedStructure:
    """A chat template without role names (Mistral): [bos] (user_open [system fold] USER user_close
    assistant_open ANSWER end)*, the system prompt folded into the first user turn."""

    bos: str  # e.g. "<s>"; llama.cpp / Ollama add the BOS token themselves
    user_open: str  # e.g. " [INST] "
    user_close: str  # e.g. " [/INST]"
    assistant_open: str  # e.g. " ": what the answer starts with (the model writes it)
    end: str  # e.g. "</s>"
    generation: str  # what add_generation_prompt adds after the last user turn (Mistral: nothing)
    system_fold: str  # between the system prompt and the first user message, e.g. "\n\n"

    @property
    def stop(self) -> str:
        return self.end.strip()


def _sentinel_renders(tokenizer) -> tuple[str, str, str, dict]:
    """(full chat, with generation prompt, a lone user message, sentinel positions in the full chat)."""
    s = _SENTINELS
    chat = [{"role": "system", "content": s["system"]}, {"role": "user", "content": s["user"]},
            {"role": "assistant", "content": s["assistant"]}, {"role": "user", "content": s["user2"]}]
    try:
        full = _render(tokenizer, chat, False)
        with_gen = _render(tokenizer, chat, True)
        no_system = _render(tokenizer, chat[1:2], False)
    except Exception as exc:  # jinja raises for conversations a template refuses (e.g. no system role)
        raise TemplateNotSupported(f"the chat template refuses a system/user/assistant conversation ({exc})") from exc
    pos = {k: full.find(v) for k, v in s.items()}
    if min(pos.values()) < 0 or not pos["system"] < pos["user"] < pos["assistant"] < pos["user2"]:
        raise TemplateNotSupported("the chat template drops or reorders messages")
    return full, with_gen, no_system, pos


def _derive_wrapped(tokenizer, full: str, with_gen: str, no_system: str, pos: dict) -> WrappedStructure:
    """The structure of a template that wraps user turns in markers and names no role (Mistral's [INST])."""
    s = _SENTINELS
    u = no_system.find(s["user"])
    bos = tokenizer.bos_token if tokenizer.bos_token and no_system.startswith(tokenizer.bos_token) else ""
    user_open, user_close = no_system[len(bos):u], no_system[u + len(s["user"]):]
    gap_user = full[pos["user"] + len(s["user"]):pos["assistant"]]
    gap_asst = full[pos["assistant"] + len(s["assistant"]):pos["user2"]]
    if not (user_open.strip() and user_close.strip() and gap_user.startswith(user_close)
            and gap_asst.endswith(user_open) and len(gap_asst) > len(user_open)):
        raise TemplateNotSupported("the user header does not name the role plainly, and user turns are not wrapped "
                                   "in markers either")
    structure = WrappedStructure(bos=bos, user_open=user_open, user_close=user_close,
                                 assistant_open=gap_user[len(user_close):], end=gap_asst[:-len(user_open)],
                                 generation=with_gen[len(full):] if with_gen.startswith(full) else "\0",
                                 system_fold=full[pos["system"] + len(s["system"]):pos["user"]])
    expected = (bos + user_open + s["system"] + structure.system_fold + s["user"] + user_close + structure.assistant_open
                + s["assistant"] + structure.end + user_open + s["user2"] + user_close)
    if full != expected or structure.generation == "\0" or not structure.stop:
        raise TemplateNotSupported("the chat template wraps user turns but renders a conversation in another shape")
    if any("{{" in p or '"""' in p for p in (user_open, user_close, structure.assistant_open, structure.end,
                                              structure.system_fold, structure.generation)):
        raise TemplateNotSupported("the template's text contains '{{' or '\"\"\"', which a Modelfile cannot quote")
    return structure


def derive_structure(tokenizer) -> ChatStructure | WrappedStructure:
    """Recover the per-message structure of `tokenizer.chat_template` by rendering sentinel chats."""
    if not getattr(tokenizer, "chat_template", None):
        raise TemplateNotSupported("the tokenizer has no chat template")
    s = _SENTINELS
    full, with_gen, no_system, pos = _sentinel_renders(tokenizer)
    if full[:pos["system"]].count("system") == 0 and full[pos["user"]:pos["user2"]].count("user") == 0:
        return _derive_wrapped(tokenizer, full, with_gen, no_system, pos)  # no role is named anywhere
    gap_asst_user = full[pos["assistant"] + len(s["assistant"]):pos["user2"]]
    end, closing = _end_of_turn(tokenizer, full, with_gen, pos["user2"] + len(s["user2"]), gap_asst_user)
    if not end.strip():
        raise TemplateNotSupported("the chat template has no end-of-turn marker after a message")
    if not gap_asst_user.startswith(end):
        raise TemplateNotSupported("assistant and user messages end differently")
    header_user = gap_asst_user[len(end):]
    if header_user.count("user") != 1:
        raise TemplateNotSupported("the user header does not name the role plainly")
    pre, mid = header_user.split("user")
    system_name, bos = _role_name(full[:pos["system"]], pre, mid, "system")
    gap_sys_user = full[pos["system"] + len(s["system"]):pos["user"]]
    fold = ""
    if not gap_sys_user.startswith(end):
        if system_name != "user" or pre in gap_sys_user or not gap_sys_user.strip() == "":
            raise TemplateNotSupported("the system message is neither a turn of its own nor the start of the first user turn")
        fold = gap_sys_user  # Gemma 3 style: the system prompt opens the first user turn
    elif gap_sys_user[len(end):] != header_user:
        raise TemplateNotSupported("the template puts text between messages")
    gap = full[pos["user"] + len(s["user"]):pos["assistant"]]
    if not gap.startswith(end):
        raise TemplateNotSupported(f"user messages do not end with {end!r}")
    assistant_name, between = _role_name(gap[len(end):], pre, mid, "assistant")
    if between:
        raise TemplateNotSupported("the template puts text between messages")
    core = full[:len(full) - len(closing)]
    if not with_gen.startswith(core):
        raise TemplateNotSupported("add_generation_prompt changes earlier text")
    u = no_system.find(s["user"])
    lead = no_system[:u - len(pre) - len("user") - len(mid)] if u >= 0 else ""
    if not lead.startswith(bos) or not no_system.endswith(s["user"] + end + closing):
        raise TemplateNotSupported("a conversation without a system message renders differently")
    structure = ChatStructure(bos=bos, pre=pre, mid=mid, end=end, generation=with_gen[len(core):],
                              default_system=lead[len(bos):], system_fold=fold,
                              role_names=(("system", system_name), ("user", "user"), ("assistant", assistant_name)))
    for part in (structure.pre, structure.mid, structure.end, structure.generation, structure.default_system, structure.bos):
        if "{{" in part or '"""' in part:
            raise TemplateNotSupported("the template's text contains '{{' or '\"\"\"', which a Modelfile cannot quote")
    return structure


def _go_wrapped(st: WrappedStructure) -> str:
    """Mistral-style: user turns wrapped in markers, the system prompt opening the first one."""
    first = "(index $.Messages 0)"
    return (f'{{{{- range $i, $m := .Messages }}}}{{{{ if eq .Role "user" }}}}{st.user_open}'
            f'{{{{ if and (eq $i 1) (eq {first}.Role "system") }}}}{{{{ {first}.Content }}}}{st.system_fold}{{{{ end }}}}'
            f'{{{{ .Content }}}}{st.user_close}{{{{ else if eq .Role "assistant" }}}}{st.assistant_open}{{{{ .Content }}}}'
            f"{st.end}{{{{ end }}}}{{{{ end }}}}{st.generation}")


def go_template(structure: ChatStructure | WrappedStructure) -> str:
    """The Ollama TEMPLATE (Go text/template over .Messages) for a derived chat structure.

    The BOS text is left out: Ollama's runner (llama.cpp) adds the BOS token itself.
    """
    if isinstance(structure, WrappedStructure):
        return _go_wrapped(structure)
    role = "{{ .Role }}"
    renamed = [(r, n) for r, n in structure.role_names if r != n]
    if renamed:  # e.g. Gemma says "model" where the API says "assistant"
        parts = "".join(f'{{{{ if eq .Role "{r}" }}}}{n}{{{{ else }}}}' for r, n in renamed)
        role = parts + "{{ .Role }}" + "{{ end }}" * len(renamed)
    lines = []
    if structure.default_system:
        lines.append('{{- if or (not .Messages) (ne (index .Messages 0).Role "system") }}'
                     f"{structure.default_system}{{{{ end }}}}")
    if structure.system_fold:  # no system turn: its content opens the first user message
        first = "(index $.Messages 0)"
        lines.append(f'{{{{- range $i, $m := .Messages }}}}{{{{ if ne .Role "system" }}}}{structure.pre}{role}{structure.mid}'
                     f'{{{{ if and (eq $i 1) (eq {first}.Role "system") }}}}{{{{ {first}.Content }}}}{structure.system_fold}'
                     f"{{{{ end }}}}{{{{ .Content }}}}{structure.end}{{{{ end }}}}{{{{ end }}}}{structure.generation}")
        return "\n".join(lines)
    lines.append(f"{{{{- range .Messages }}}}{structure.pre}{role}{structure.mid}{{{{ .Content }}}}{structure.end}{{{{ end }}}}"
                 f"{structure.generation}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# A small Go text/template renderer: text, {{- -}} trimming, fields, if / else if / else / range,
# variables, and the functions eq ne not and or index len slice. Enough to render Ollama chat templates.
# ---------------------------------------------------------------------------------------------
_ACTION = re.compile(r"\{\{(-\s)?(.*?)(\s-)?\}\}", re.S)
_TOKEN = re.compile(r'\s*(\(|\)|:=|,|"(?:[^"\\]|\\.)*"|-?\d+|\$?[A-Za-z_][\w]*|\$|(?:\.[A-Za-z_]\w*)+|\.)')


class GoTemplateError(ValueError):
    pass


def _lex(template: str) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    pos = 0
    trim_next = False
    for m in _ACTION.finditer(template):
        text = template[pos:m.start()]
        if trim_next:
            text = text.lstrip()
        if m.group(1):
            text = text.rstrip()
        if text:
            items.append(("text", text))
        items.append(("action", m.group(2).strip()))
        trim_next = bool(m.group(3))
        pos = m.end()
    text = template[pos:]
    if trim_next:
        text = text.lstrip()
    if text:
        items.append(("text", text))
    return items


def _parse(items: list[tuple[str, str]], i: int = 0, stop: tuple[str, ...] = ()) -> tuple[list, int, str]:
    nodes: list = []
    while i < len(items):
        kind, value = items[i]
        if kind == "text":
            nodes.append(("text", value))
            i += 1
            continue
        word = value.split(None, 1)[0] if value else ""
        if word in stop or (value.startswith("else") and "else" in stop):
            return nodes, i, value
        if word == "if":
            branches, i = [], i
            cond = value[2:].strip()
            while True:
                body, i, ended = _parse(items, i + 1, ("end", "else"))
                branches.append((cond, body))
                if ended == "end":
                    break
                if ended.startswith("else if"):
                    cond = ended[len("else if"):].strip()
                else:  # plain else
                    body, i, _ = _parse(items, i + 1, ("end",))
                    branches.append((None, body))
                    break
            nodes.append(("if", branches))
            i += 1
        elif word == "range":
            body, i, _ = _parse(items, i + 1, ("end",))
            nodes.append(("range", value[5:].strip(), body))
            i += 1
        elif word in ("end", "else"):
            raise GoTemplateError(f"unexpected {{{{ {value} }}}}")
        else:
            nodes.append(("action", value))
            i += 1
    if stop:
        raise GoTemplateError(f"missing {{{{ end }}}} (expected one of {stop})")
    return nodes, i, ""


def _truth(value) -> bool:
    return bool(value) if value is not None else False


def _field(value, name: str):
    if isinstance(value, dict):
        if name in value:
            return value[name]
        lower = name[0].lower() + name[1:]
        return value.get(lower)
    return getattr(value, name, None)


class _Expr:
    def __init__(self, text: str, scope: dict, dot):
        self.tokens = [t for t in _TOKEN.findall(text)]
        if "".join(self.tokens).replace(" ", "") != text.replace(" ", "").replace("\n", ""):
            raise GoTemplateError(f"cannot parse {text!r}")
        self.i, self.scope, self.dot = 0, scope, dot

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def pipeline(self, run: bool = True):
        """A command: a function with arguments, or a single operand. `run=False` only parses."""
        first = self.peek()
        if first in _FUNCS:
            self.take()
            args, decided = [], False
            while self.peek() not in (None, ")"):
                # `and` / `or` stop evaluating at the first falsy / truthy argument, as in Go 1.18+
                value = self.operand(run and not decided)
                args.append(value)
                if first in ("and", "or") and run and not decided and _truth(value) == (first == "or"):
                    decided = True
            if not run:
                return None
            if first in ("and", "or"):
                return next((a for a in args if _truth(a) == (first == "or")), args[-1]) if decided else args[-1]
            return _FUNCS[first](*args)
        value = self.operand(run)
        if self.peek() not in (None, ")"):
            raise GoTemplateError(f"unexpected {self.peek()!r}")
        return value

    def operand(self, run: bool = True):
        tok = self.take()
        if tok == "(":
            value = self.pipeline(run)
            if self.take() != ")":
                raise GoTemplateError("unbalanced parentheses")
        elif not run:
            value = None
        elif tok.startswith('"'):
            value = json.loads(tok)  # Go and JSON share the escapes used in templates
        elif re.fullmatch(r"-?\d+", tok):
            value = int(tok)
        elif tok == ".":
            value = self.dot
        elif tok.startswith("."):
            value = self.dot
            for name in tok[1:].split("."):
                value = _field(value, name)
        elif tok.startswith("$"):
            if tok != "$" and tok not in self.scope:
                raise GoTemplateError(f"undefined variable {tok}")
            value = self.scope[tok]
        else:
            raise GoTemplateError(f"unknown function or value {tok!r}")
        # field access on the result: (index .Messages 0).Role, $.Messages
        while self.peek() and self.peek().startswith(".") and self.peek() != ".":
            names = self.take()[1:].split(".")
            if run:
                for name in names:
                    value = _field(value, name)
        return value


_FUNCS = {
    "eq": lambda a, *b: any(a == x for x in b),
    "ne": lambda a, b: a != b,
    "not": lambda a: not _truth(a),
    "and": None,  # evaluated lazily in _Expr.pipeline
    "or": None,
    "index": lambda a, *keys: _index(a, keys),
    "len": lambda a: len(a),
    "slice": lambda a, *ij: a[ij[0]:ij[1]] if len(ij) == 2 else a[ij[0]:] if ij else a,
}


def _index(value, keys):
    for k in keys:
        value = value[k]
    return value


def _eval(text: str, scope: dict, dot):
    return _Expr(text, scope, dot).pipeline()


def _exec(nodes: list, scope: dict, dot, out: list[str]) -> None:
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "action":
            m = re.fullmatch(r"(\$\w+)\s*:=\s*(.+)", node[1], re.S)
            if m:
                scope[m.group(1)] = _eval(m.group(2), scope, dot)
            else:
                value = _eval(node[1], scope, dot)
                out.append("" if value is None else str(value))
        elif node[0] == "if":
            for cond, body in node[1]:
                if cond is None or _truth(_eval(cond, scope, dot)):
                    _exec(body, dict(scope), dot, out)
                    break
        elif node[0] == "range":
            m = re.fullmatch(r"(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:=\s*)?(.+)", node[1], re.S)
            first, second, expr = m.groups()
            seq = _eval(expr, scope, dot) or []
            for i, item in enumerate(seq):
                inner = dict(scope)
                if first and second:
                    inner[first], inner[second] = i, item
                elif first:
                    inner[first] = item
                _exec(node[2], inner, item, out)


def render_go_template(template: str, data: dict) -> str:
    """Render `template` with `data` (e.g. {"Messages": [{"Role": ..., "Content": ...}]})."""
    nodes, _, _ = _parse(_lex(template))
    out: list[str] = []
    _exec(nodes, {"$": data}, data, out)
    return "".join(out)


def render_like_ollama(template: str, messages: list[dict], system: str = "") -> str:
    """The prompt Ollama builds for a chat: the Modelfile's SYSTEM goes first unless the chat has one."""
    msgs = [{"Role": m["role"], "Content": m["content"]} for m in messages]
    if system and (not msgs or msgs[0]["Role"] != "system"):
        msgs.insert(0, {"Role": "system", "Content": system})
    return render_go_template(template, {"Messages": msgs, "System": system})


def sample_conversations(system_prompt: str, queries: list[str]) -> list[list[dict]]:
    """Conversations to check a template on: with and without a system message, multi-turn, awkward text."""
    q = (queries + ["Where is my order?", "¿Dónde está mi pedido?"])[:2]
    convs = [[{"role": "user", "content": q[0]}],
             [{"role": "user", "content": q[0]}, {"role": "assistant", "content": "A reply."}, {"role": "user", "content": q[1]}],
             [{"role": "user", "content": 'Braces {{ .Role }} and "quotes"\n  indented line\n'}]]
    if system_prompt:
        convs = [[{"role": "system", "content": system_prompt}] + c for c in convs] + convs[:1]
    return convs


def check_template(tokenizer, template: str, conversations: list[list[dict]], system: str = "",
                   bos: str = "") -> dict:
    """Compare, per conversation, Ollama's prompt from `template` with `apply_chat_template` (BOS text aside)."""
    results = []
    for conv in conversations:
        expected = _render(tokenizer, conv, True)
        if system and conv[0]["role"] != "system":  # Ollama inserts the Modelfile's SYSTEM
            expected = _render(tokenizer, [{"role": "system", "content": system}] + conv, True)
        expected = expected[len(bos):] if bos and expected.startswith(bos) else expected
        got = render_like_ollama(template, conv, system)
        case = {"roles": [m["role"] for m in conv], "identical": got == expected}
        if got != expected:  # a template that trims message content (Llama 3, Gemma) where Go cannot
            trimmed = [dict(m, content=m["content"].strip()) for m in conv]
            case.update(expected=expected, ollama=got,
                        whitespace_only=render_like_ollama(template, trimmed, system) == expected)
        results.append(case)
    return {"conversations": len(results), "identical": sum(r["identical"] for r in results), "cases": results}


def _quote(text: str) -> str:
    if '"""' in text:
        raise TemplateNotSupported('a Modelfile cannot quote text containing """')
    return f'"""{text}"""'


def modelfile(gguf_name: str, template: str | None, system: str, stops: list[str], licence: str,
              parameters: dict[str, Any] | None = None, note: str = "") -> str:
    """The Modelfile text. `template=None` leaves TEMPLATE out (with a comment saying it must be written)."""
    lines = [f"# Ollama Modelfile written by ftwork. {note}".rstrip(), f"FROM ./{gguf_name}", ""]
    if template is None:
        lines += ["# TEMPLATE could not be derived from the model's chat template: write it by hand before", "# `ollama create`, or Ollama will guess one.", ""]
    else:
        lines += [f"TEMPLATE {_quote(template)}", ""]
    if system:
        lines += [f"SYSTEM {_quote(system)}", ""]
    for stop in stops:
        lines.append(f'PARAMETER stop "{stop}"')
    for key, value in (parameters or {}).items():
        lines.append(f"PARAMETER {key} {value}")
    lines += ["", f"LICENSE {_quote(licence)}", ""]
    return "\n".join(lines)


def parse_modelfile(text: str) -> dict:
    """Read back the instructions of a Modelfile we wrote (FROM, TEMPLATE, SYSTEM, PARAMETER, LICENSE)."""
    out: dict = {"PARAMETER": []}
    for m in re.finditer(r'^(FROM|TEMPLATE|SYSTEM|PARAMETER|LICENSE) (?:"""(.*?)"""|([^\n]*))$', text, re.S | re.M):
        key, value = m.group(1), m.group(2) if m.group(2) is not None else m.group(3)
        if key == "PARAMETER":
            out["PARAMETER"].append(value)
        else:
            out[key] = value
    return out
