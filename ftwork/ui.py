"""Widgets for the notebooks: the only module that touches ipywidgets, imported lazily.

Every helper returns ``(widget, getter)``. The widget starts at the notebook parameter's value and
the getter returns the current value, so a later cell reads the choice the same way whether the
widget was shown (``INTERACTIVE = True``) or not (a headless papermill run)::

    w, get_q = ui.questionnaire_widget(Questionnaire(queries_per_day=QUERIES_PER_DAY, ...))
    if INTERACTIVE:
        ui.show(w)
    ...
    q = get_q()
"""

from __future__ import annotations

import builtins
import dataclasses
import html
import re
from pathlib import Path
from typing import Any, Callable

from . import hardware
from .anonymize import apply_review, review_items
from .assess import DATA_QUALITY, HARDWARE, KNOWLEDGE_CHANGES, PRIVACY, QUESTIONNAIRE_TASKS
from .configs import Questionnaire
from .engagement import Engagement
from .models import model_table
from .pii.engine import AnonymizationResult
from .plans import plans_that_fit
from .tasks import METHODS, REPORT_TO


def _w():
    import ipywidgets

    return ipywidgets


_STYLE = {"description_width": "180px"}
_LAYOUT = {"width": "520px"}


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def show(widget) -> None:
    """Display a widget (or anything) in the notebook.

    A widget's output also carries a readable text of what it showed (labels and values), which
    `strip_widget_views` leaves in a saved notebook: reopened without a kernel, it reads as that text
    instead of "Error displaying widget: model not found"."""
    from IPython.display import display

    data = _bundle(widget)
    if data is None:
        display(widget)
        return
    handle = display(data, raw=True, display_id=True)
    _SHOWN.append((handle, widget, data["text/plain"]))
    del _SHOWN[:-50]  # the forms of the last cells run are enough
    _refresh_before_each_cell()


_SHOWN: list = []  # (display handle, widget, its text as last published)


def _bundle(widget) -> dict | None:
    make = getattr(widget, "_repr_mimebundle_", None)
    data = make() if callable(make) and hasattr(widget, "model_id") else None
    if not isinstance(data, dict) or WIDGET_VIEW not in data:
        return None
    text = static_text(widget) or type(widget).__name__
    return {**data, "text/plain": f"{text}\n(the form as it was used; run this cell again for the live one)"}


def _refresh_before_each_cell() -> None:
    """Before each cell runs (the moment a later cell reads the choices), re-publish the text of every form whose
    values changed, so the text a saved notebook keeps is what was used, not what was first shown."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None or _refresh in shell.events.callbacks.get("pre_run_cell", []):
        return
    shell.events.register("pre_run_cell", _refresh)


def _refresh(*_) -> None:
    for k, (handle, widget, text) in enumerate(_SHOWN):
        data = _bundle(widget)
        if data is not None and data["text/plain"] != text:
            handle.update(data, raw=True)
            _SHOWN[k] = (handle, widget, data["text/plain"])


def static_text(widget) -> str:
    """What a widget shows, as lines of "label: value" (boxes walked in order, HTML as text)."""
    children = getattr(widget, "children", None)
    if children is not None:
        return "\n".join(t for t in (static_text(c) for c in children) if t)
    label = getattr(widget, "description", "") or ""
    value = getattr(widget, "value", None)
    if type(widget).__name__ in ("HTML", "Label", "HTMLMath"):
        return html.unescape(re.sub(r"<[^>]+>", "", str(value or ""))).strip()
    if type(widget).__name__ == "Button":
        return f"[{label}]"
    if value is None:
        return label
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    return f"{label}: {value}" if label else str(value)


def strip_widget_views(model: dict, **_) -> None:
    """A Jupyter server pre-save hook (`ContentsManager.pre_save_hook = "ftwork.ui.strip_widget_views"`):
    a saved notebook keeps no widget state and no widget views – only each view's text (see `show`), so it
    reads as text when reopened without a kernel instead of "Error displaying widget: model not found"."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    nb = model["content"]
    nb.get("metadata", {}).pop("widgets", None)
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []) or []:
            data = out.get("data")
            if isinstance(data, dict) and WIDGET_VIEW in data:
                data.pop(WIDGET_VIEW)
                data.setdefault("text/plain", "(a widget: run this cell to show it)")


def column(widgets: list) -> object:
    """Several widgets as one form, displayed as one output."""
    return _w().VBox(list(widgets))


def table(values, columns: tuple[str, str] = ("setting", "value")):
    """A dataclass or a flat dict as a two-column table (a pandas DataFrame) instead of its repr.

    Values are shown as text, so a count stays 3 (not 3.0) and a missing value reads "–" (not NaN/None).
    """
    import pandas as pd

    items = dataclasses.asdict(values) if dataclasses.is_dataclass(values) else dict(values)
    rows = [(k, _cell(v)) for k, v in items.items()]
    return pd.DataFrame(rows, columns=list(columns)).set_index(columns[0])


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value) or "–"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items()) or "–"
    return str(value)


def choice(label: str, options, default, description: str | None = None) -> tuple[object, Callable]:
    """A dropdown; `default` is kept as an option even when it is not among `options`."""
    w = _w()
    options = list(options)
    if default not in options:
        options = [default] + options
    widget = w.Dropdown(options=options, value=default, description=label, style=_STYLE,
                        layout=w.Layout(**_LAYOUT), description_allow_html=False)
    if description:
        widget.tooltip = description
    return widget, lambda: widget.value


def number(label: str, default: float, min: float | None = None, max: float | None = None,
           step: float | None = None) -> tuple[object, Callable]:
    """An integer or float box (by the type of `default`), bounded when min/max are given."""
    w = _w()
    is_int = isinstance(default, int) and not isinstance(default, bool)
    kwargs = {"value": default, "description": label, "style": _STYLE, "layout": w.Layout(**_LAYOUT)}
    if step is not None:
        kwargs["step"] = step
    if min is not None or max is not None:
        cls = w.BoundedIntText if is_int else w.BoundedFloatText
        lo = min if min is not None else (-(2**31) if is_int else -1e18)
        hi = max if max is not None else (2**31 - 1 if is_int else 1e18)
        # a default outside the bounds is kept visible rather than silently clipped
        kwargs.update(min=lo if default >= lo else default, max=hi if default <= hi else default)
        widget = cls(**kwargs)
    else:
        widget = (w.IntText if is_int else w.FloatText)(**kwargs)
    return widget, lambda: widget.value


def text(label: str, default: str = "", multiline: bool = False) -> tuple[object, Callable]:
    w = _w()
    cls = w.Textarea if multiline else w.Text
    widget = cls(value=default or "", description=label, style=_STYLE, layout=w.Layout(**_LAYOUT))
    return widget, lambda: widget.value


def checkbox(label: str, default: bool = False) -> tuple[object, Callable]:
    w = _w()
    widget = w.Checkbox(value=bool(default), description=label, indent=False, layout=w.Layout(width="auto"))
    return widget, lambda: bool(widget.value)


def slider(label: str, default: float, min: float = 0.0, max: float = 1.0, step: float = 0.05) -> tuple[object, Callable]:
    w = _w()
    # widen the range rather than clip a default outside it
    widget = w.FloatSlider(value=default, min=builtins.min(min, default), max=builtins.max(max, default), step=step,
                           description=label, style=_STYLE, layout=w.Layout(**_LAYOUT), readout_format=".2f")
    return widget, lambda: widget.value


def tags(label: str, default: list[str], allowed: list[str] | None = None) -> tuple[object, Callable]:
    """A list of short strings (e.g. language codes)."""
    w = _w()
    widget = w.TagsInput(value=list(default or []), allowed_tags=list(allowed) if allowed else [],
                         allow_duplicates=False)
    box = w.HBox([w.Label(label, layout=w.Layout(width="184px")), widget])
    return box, lambda: list(widget.value)


_QUESTION_LABELS = {
    "queries_per_day": "Queries per day",
    "knowledge_changes": "Knowledge changes",
    "task": "Task",
    "examples_available": "Examples available",
    "data_quality": "Data quality",
    "prompting_score": "Prompting gets right",
    "privacy": "Privacy",
    "hardware": "Hardware",
    "languages": "Languages",
}


def questionnaire_widget(defaults) -> tuple[object, Callable]:
    """The decision guide as a form; the getter returns a `Questionnaire`."""
    w = _w()
    getters, rows = {}, []
    d = defaults
    specs = [
        ("queries_per_day", lambda: number(_QUESTION_LABELS["queries_per_day"], _as_int(d.queries_per_day), min=0)),
        ("knowledge_changes", lambda: choice(_QUESTION_LABELS["knowledge_changes"], KNOWLEDGE_CHANGES, d.knowledge_changes)),
        ("task", lambda: choice(_QUESTION_LABELS["task"], QUESTIONNAIRE_TASKS, d.task)),
        ("examples_available", lambda: number(_QUESTION_LABELS["examples_available"], _as_int(d.examples_available), min=0)),
        ("data_quality", lambda: choice(_QUESTION_LABELS["data_quality"], DATA_QUALITY, d.data_quality)),
        ("prompting_score", lambda: slider(_QUESTION_LABELS["prompting_score"], _as_float(d.prompting_score))),
        ("privacy", lambda: choice(_QUESTION_LABELS["privacy"], PRIVACY, d.privacy)),
        ("hardware", lambda: choice(_QUESTION_LABELS["hardware"], HARDWARE, d.hardware)),
        ("languages", lambda: tags(_QUESTION_LABELS["languages"], list(d.languages or []))),
    ]
    for name, make in specs:
        widget, get = make()
        rows.append(widget)
        getters[name] = get
    form = w.VBox([w.HTML("<b>Decision guide</b>")] + rows)
    return form, lambda: Questionnaire(**{k: g() for k, g in getters.items()})


def _as_int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _as_float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def model_picker(default_id: str, machine: dict | None = None, seq_len: int = 512, batch_size: int = 8,
                 languages: list[str] | None = None) -> tuple[object, Callable]:
    """Filter the catalogue (licence, commercial use, fits this machine, languages) and pick a base model.

    The getter returns the chosen hub id; the default stays available whatever the filters hide.
    """
    w = _w()
    rows = model_table(machine, seq_len, batch_size, plans_that_fit=plans_that_fit)
    by_id = {r["hub_id"]: r for r in rows}
    licences = sorted({r["licence"] for r in rows})
    all_langs = sorted({lang for r in rows for lang in r["languages"].split(", ")})

    commercial = w.Checkbox(value=False, description="Commercial use allowed", indent=False)
    fits = w.Checkbox(value=machine is not None, description="Fits this hardware", indent=False,
                      disabled=machine is None)
    licence = w.Dropdown(options=["any"] + licences, value="any", description="Licence", style=_STYLE,
                         layout=w.Layout(**_LAYOUT))
    langs = w.SelectMultiple(options=all_langs, value=tuple(x for x in (languages or []) if x in all_langs),
                             description="Languages (all of)", style=_STYLE, rows=4)
    # wide enough that the closed dropdown shows a whole label (id, size, licence, what fits)
    dropdown = w.Dropdown(description="Base model", style=_STYLE, layout=w.Layout(width="100%", max_width="1000px"))
    info = w.HTML()

    def label(row) -> str:
        fit = f" – fits: {row['fits']}" if "fits" in row else ""
        return f"{row['hub_id']} ({row['params_b']:g}B, {row['licence']}{fit})"

    def visible() -> list[str]:
        out = []
        for r in rows:
            if commercial.value and not r["commercial"]:
                continue
            if fits.value and r.get("fits") == "no":
                continue
            if licence.value != "any" and r["licence"] != licence.value:
                continue
            if langs.value and not set(langs.value) <= set(r["languages"].split(", ")):
                continue
            out.append(r["hub_id"])
        return out

    def refresh(*_):
        current = dropdown.value or default_id
        ids = visible()
        if default_id not in ids:
            ids = [default_id] + ids  # the default is always there
        dropdown.options = [(label(by_id[i]) if i in by_id else f"{i} (not in the catalogue)", i) for i in ids]
        dropdown.value = current if current in ids else default_id
        describe()

    def describe(*_):
        row = by_id.get(dropdown.value)
        if row is None:
            info.value = f"<i>{dropdown.value}: not in the catalogue; its facts are read from its config.json.</i>"
            return
        machine_line = f"<br>On {hardware.describe(machine)}: {row.get('fits', '?')}" if machine is not None else ""
        info.value = (f"<b>{row['hub_id']}</b>: {row['params_b']:g}B parameters, licence {row['licence']} "
                      f"(commercial use: {'yes' if row['commercial'] else 'no'}), gated: {'yes' if row['gated'] else 'no'}, "
                      f"languages {row['languages']}, context {row['context']:,} tokens. {row['notes']}{machine_line}")

    for control in (commercial, fits, licence, langs):
        control.observe(refresh, names="value")
    dropdown.observe(describe, names="value")
    dropdown.value = None
    refresh()
    box = w.VBox([w.HTML("<b>Base model</b>"), w.HBox([commercial, fits]), licence, langs, dropdown, info])
    return box, lambda: dropdown.value or default_id


_SETTINGS_FORM = (  # TrainConfig field, label, kind
    ("method", "Method", "method"),
    ("learning_rate", "Learning rate", "number"),
    ("epochs", "Epochs", "number"),
    ("batch_size", "Batch size (per device)", "number"),
    ("grad_accum", "Gradient accumulation", "number"),
    ("lora_r", "LoRA rank", "number"),
    ("lora_alpha", "LoRA alpha", "number"),
    ("target_modules", "Target modules", "text"),
    ("adapter_layers", "Adapter layers (from the top)", "number"),
    ("max_length", "Max length (tokens)", "number"),
    ("gradient_checkpointing", "Gradient checkpointing", "bool"),
    ("packing", "Packing", "bool"),
    ("early_stopping_patience", "Early stopping patience", "number"),
    ("early_stopping_metric", "Early stopping on", "stop"),
    ("report_to", "Tracking", "report"),
)


def settings_form(preset, chosen: dict) -> tuple[list, Callable]:
    """Widgets for stage 04's tunable settings, starting at the resolved values of `preset` (a
    `ftwork.presets.Preset`) with the overrides `chosen`.

    Returns the widgets and a getter for the overrides, to pass to `preset.config(**getter())`.
    """
    start = dataclasses.asdict(preset.config(**chosen))
    widgets, getters = [], {}
    for name, label, kind in _SETTINGS_FORM:
        value = start[name]
        if kind == "method":
            w, get = choice(label, METHODS, value)
        elif kind == "report":
            w, get = choice(label, REPORT_TO, value)
        elif kind == "stop":
            w, get = choice(label, ["loss", "exact_match"], value)
        elif kind == "bool":
            w, get = choice(label, [True, False], bool(value))
        elif kind == "text":
            w, get = text(label, str(value))
        else:
            w, get = number(label, value, min=0)
        widgets.append(w)
        getters[name] = get
    passthrough = {k: v for k, v in chosen.items() if k not in getters}
    return widgets, lambda: {**passthrough, **{k: g() for k, g in getters.items()}}


def run_choice(run: str, redo: bool = False) -> tuple[object, Callable]:
    """Stage 04's run name and REDO; the getter returns `(run, redo)`."""
    w = _w()
    name, get_name = text("Run name", run)
    again = w.Checkbox(value=bool(redo), description="REDO: replace this run if it exists", indent=False)
    box = w.VBox([name, w.HBox([w.Label("", layout=w.Layout(width="184px")), again])])
    return box, lambda: ((get_name() or run).strip(), bool(again.value))


def review_widget(source, *, on_change: Callable[[dict], None] | None = None):
    """Stage 02: accept or fix the flagged (held-back) documents, one at a time, seeing and editing every
    field that goes to training (the document and each string of its structured target).

    `source`: an AnonymizationResult (edits go into `result.texts`), an Engagement, or the path of
    anonymized/quarantine.jsonl (decisions are applied with `apply_review` as you click).
    """
    w = _w()
    items, eng = _review_items(source)
    state = {"k": 0}
    title, shown, status = w.HTML(), w.HTML(), w.HTML()
    boxes: dict[str, Any] = {}
    editors = w.VBox()
    accept_b = w.Button(description="Accept as is", button_style="success")
    save_b = w.Button(description="Save my edit", button_style="primary")
    skip_b = w.Button(description="Skip")

    def show():
        if state["k"] >= len(items):
            title.value = "<b>No flagged documents left.</b>"
            shown.value, editors.children = "", ()
            for b in (accept_b, save_b, skip_b):
                b.disabled = True
            return
        item = items[state["k"]]
        title.value = f"<b>Flagged document {state['k'] + 1} of {len(items)}</b> (id {html.escape(item['id'])})"
        shown.value = "".join(f"<p><i>{html.escape(fl)}</i></p>" + _marked_html(t, item["flags"].get(fl, []))
                              for fl, t in item["fields"].items())
        boxes.clear()
        for fl, t in item["fields"].items():
            boxes[fl] = w.Textarea(value=t, description=fl, layout=w.Layout(width="100%", height="120px"))
        editors.children = tuple(boxes.values())

    def decide(action: str):
        item = items[state["k"]]
        if isinstance(source, AnonymizationResult):
            i = int(item["id"])
            if action == "edit":
                source.texts[i] = boxes["text"].value
            source.residual[i] = []
            out = {"id": item["id"], "action": action}
        elif action == "edit":
            out = apply_review(eng, edits={item["id"]: {fl: b.value for fl, b in boxes.items()}})
        else:
            out = apply_review(eng, accept=[item["id"]])
        status.value = f"{html.escape(item['id'])}: {action}" + (
            f" – {html.escape('; '.join(out.get('warnings', [])))}" if out.get("warnings") else "")
        if on_change:
            on_change(out)
        state["k"] += 1
        show()

    def skip(_):
        state["k"] += 1
        show()

    accept_b.on_click(lambda _: decide("accept"))
    save_b.on_click(lambda _: decide("edit"))
    skip_b.on_click(skip)
    show()
    return w.VBox([title, shown, editors, w.HBox([accept_b, save_b, skip_b]), status])


def _review_items(source) -> tuple[list[dict], Engagement | None]:
    """The flagged documents of `source` as {"id", "fields": {field: text}, "flags": {field: [flag]}},
    and the engagement whose quarantine they come from (None for an AnonymizationResult)."""
    if isinstance(source, AnonymizationResult):
        return [{"id": str(i), "fields": {"text": source.texts[i]}, "flags": {"text": source.residual[i]}}
                for i in source.flagged], None
    if isinstance(source, Engagement):
        eng = source
    else:
        path = Path(source)
        eng = Engagement(path.parent.parent if path.name == "quarantine.jsonl" else path)
    return review_items(eng), eng  # every field that goes to training, structured targets leaf by leaf


def _marked_html(text: str, flags: list[dict]) -> str:
    """`text` as HTML with the flagged spans highlighted."""
    out, pos = [], 0
    for f in sorted(flags, key=lambda f: f["start"]):
        out += [html.escape(text[pos:f["start"]]), f"<mark title='{f['kind']}'>",
                html.escape(text[f["start"]:f["end"]]), "</mark>"]
        pos = max(pos, f["end"])
    out.append(html.escape(text[pos:]))
    return "<pre style='white-space:pre-wrap'>" + "".join(out) + "</pre>"
