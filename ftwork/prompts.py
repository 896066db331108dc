"""How an example and its prompt are built – in exactly one place, for training, evaluation and export.

Stage 03 turns a record into {"id", "prompt", "completion", "label"}; stages 05 and 06 score and
verify on the stored `prompt` of each example (every turn of a conversation included), and the
prompted baseline differs from it only in its system turn (`contender_prompt`).
"""

from __future__ import annotations

import json
from collections import Counter

from .engagement import Settings
from .errors import DatasetError

PRIORITY_SEPARATOR = " / "


# ---------------------------------------------------------------------------------------------
# Extraction schema
# ---------------------------------------------------------------------------------------------
_TYPES = {
    "str": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "list": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "any": lambda v: True,
}


def parse_schema(schema: dict | str | None) -> dict[str, str]:
    """A schema as {"field": "type|type"}; a JSON string is accepted (the notebook parameter)."""
    if not schema:
        return {}
    if isinstance(schema, str):
        try:
            schema = json.loads(schema)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"The extraction schema is not valid JSON ({exc.msg}): {schema[:80]!r}. "
                               'Write it as {"invoice_number": "str", "total": "number", "iban": "str|null"}.') from exc
    if not isinstance(schema, dict):
        raise DatasetError("The extraction schema must be a JSON object of field → type.")
    out = {}
    for key, types in schema.items():
        names = [t.strip() for t in str(types).split("|") if t.strip()]
        unknown = [t for t in names if t not in _TYPES]
        if unknown or not names:
            raise DatasetError(f"Extraction schema, field '{key}': unknown type {unknown or types!r}. "
                               f"Use {', '.join(_TYPES)} (combine with |, e.g. \"str|null\").")
        out[str(key)] = "|".join(names)
    return out


def _type_name(value) -> str:
    for name in ("null", "bool", "int", "number", "str", "list", "object"):
        if _TYPES[name](value):
            return "number" if name == "int" else name
    return "any"


def infer_schema(targets: list) -> dict[str, str]:
    """A starting schema from the data: keys present in more than half the targets, with every type seen.
    Print it, correct it, and pass it back as the schema: the data should follow the consultant, not
    the other way round."""
    objs = []
    for t in targets:
        if isinstance(t, str):
            try:
                t = json.loads(t)
            except json.JSONDecodeError:
                continue
        if isinstance(t, dict):
            objs.append(t)
    counts: Counter = Counter(k for o in objs for k in o)
    schema = {}
    for key in dict.fromkeys(k for o in objs for k in o):
        if counts[key] * 2 > len(objs):
            seen = list(dict.fromkeys(_type_name(o[key]) for o in objs if key in o))
            schema[key] = "|".join(sorted(seen, key=lambda t: (t == "null", t)))
    return schema


def validate_target(value: dict, schema: dict[str, str]) -> list[str]:
    """Problems of one extraction target against the schema: missing or unexpected keys, wrong types."""
    problems = [f"missing key '{k}'" for k in schema if k not in value]
    problems += [f"unexpected key '{k}'" for k in value if k not in schema]
    for key, types in schema.items():
        if key in value and not any(_TYPES[t](value[key]) for t in types.split("|")):
            problems.append(f"'{key}' is {_type_name(value[key])} ({json.dumps(value[key], ensure_ascii=False)[:40]}), "
                            f"expected {types}")
    return problems


# ---------------------------------------------------------------------------------------------
# Task templates
# ---------------------------------------------------------------------------------------------
def target_text(value, task: str, schema: dict | None = None) -> str:
    """The assistant answer for one record: a label, a reply, or a compact JSON object."""
    if task == "extraction":
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"extraction target is not valid JSON ({exc.msg}): {value[:80]!r}") from exc
        if not isinstance(value, dict):
            raise DatasetError(f"extraction target must be a JSON object, not {type(value).__name__}: {str(value)[:80]!r}")
        if schema:
            problems = validate_target(value, schema)
            if problems:
                raise DatasetError("extraction target does not match the schema: " + "; ".join(problems))
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value).strip()


def make_prompt(text: str, system_prompt: str = "") -> list[dict]:
    """The prompt turns for one query; evaluation builds prompts with the same function."""
    turns = [{"role": "system", "content": system_prompt}] if system_prompt else []
    return turns + [{"role": "user", "content": str(text).strip()}]


def _turns(value, where: str) -> list[dict]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: the conversation is not valid JSON ({exc.msg}).") from exc
    if not isinstance(value, list) or not value:
        raise DatasetError(f"{where}: a conversation must be a non-empty list of {{'role', 'content'}} turns.")
    turns = []
    for n, turn in enumerate(value):
        if not isinstance(turn, dict) or turn.get("role") not in ("system", "user", "assistant"):
            raise DatasetError(f"{where}, turn {n}: each turn needs a role (system, user or assistant) and a content.")
        turns.append({"role": turn["role"], "content": str(turn.get("content") or "").strip()})
    return turns


def to_example(record: dict, settings: Settings, idx: int, *, priority_column: str = "", conversation_column: str = "",
               id_column: str = "", schema: dict | None = None) -> dict:
    """One prompt–completion example from one record, with the task template of `settings.task`."""
    rid = str(record.get(id_column) if id_column else (record.get("id") or record.get("ticket_id") or idx))
    where = f"record {idx} (id {rid})"
    if conversation_column and record.get(conversation_column):
        turns = _turns(record[conversation_column], where)
        if turns[-1]["role"] != "assistant" or not turns[-1]["content"]:
            raise DatasetError(f"{where}: the conversation must end with a non-empty assistant turn (the answer to learn).")
        system = [t for t in turns if t["role"] == "system"]
        rest = [t for t in turns if t["role"] != "system"]
        head = system or ([{"role": "system", "content": settings.system_prompt}] if settings.system_prompt else [])
        prompt = head + rest[:-1]
        if not any(t["role"] == "user" for t in prompt):
            raise DatasetError(f"{where}: the conversation has no user turn before the answer.")
        answer = rest[-1]["content"]
    else:
        answer = target_text(record.get(settings.label_column), settings.task, schema)
        if settings.task == "classification" and priority_column:
            priority = str(record.get(priority_column) or "").strip()
            if not priority:
                raise DatasetError(f"{where}: empty '{priority_column}' (the priority).")
            answer = f"{answer}{PRIORITY_SEPARATOR}{priority}"
        prompt = make_prompt(record.get(settings.text_column) or "", settings.system_prompt)
    return {
        "id": rid,
        "prompt": prompt,
        "completion": [{"role": "assistant", "content": answer}],
        "label": answer if settings.task == "classification" else "",
    }


def query_text(ex: dict) -> str:
    """The text a near-duplicate or language check looks at: every user turn of the prompt."""
    return "\n".join(t["content"] for t in ex["prompt"] if t["role"] == "user")


# ---------------------------------------------------------------------------------------------
# Prompts of the contenders in 05 and the verification in 06
# ---------------------------------------------------------------------------------------------
def prompting_baseline_prompt(settings: Settings) -> str:
    """The client's long instruction prompt, or – if none was given – the task instruction plus the label list."""
    if settings.client_prompt.strip():
        return settings.client_prompt
    if settings.task == "classification" and settings.labels:
        return (f"{settings.system_prompt} Answer with exactly one of these categories and nothing else: "
                + ", ".join(settings.labels) + ".").strip()
    return settings.system_prompt


def with_system(prompt: list[dict], system_prompt: str) -> list[dict]:
    """The same turns with `system_prompt` as the system turn (added, replaced, or removed when empty)."""
    rest = [dict(t) for t in prompt if t["role"] != "system"]
    return ([{"role": "system", "content": system_prompt}] if system_prompt else []) + rest


def few_shot_prompt(prompt: list[dict], demonstrations: list[dict]) -> list[dict]:
    """The stored prompt with solved examples shown first as earlier user/assistant turns of the same chat
    (the retrieval few-shot contender): the query's system turn, each demonstration's own turns and
    answer, then the query's turns."""
    system = [dict(t) for t in prompt if t["role"] == "system"]
    shown = [dict(t) for demo in demonstrations for t in list(demo["prompt"]) + list(demo["completion"]) if t["role"] != "system"]
    return system + shown + [dict(t) for t in prompt if t["role"] != "system"]


def contender_prompt(example: dict, contender: str, settings: Settings) -> list[dict]:
    """What one contender of stage 05 is asked: the example's stored prompt, every turn included; the
    prompted baseline gets the client's long instruction (or the label list) as its system turn."""
    if contender == "prompted_base":
        return with_system(example["prompt"], prompting_baseline_prompt(settings))
    return [dict(t) for t in example["prompt"]]
