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
from typing import Callable


def _w():
    import ipywidgets

    return ipywidgets


_STYLE = {"description_width": "180px"}
_LAYOUT = {"width": "520px"}


def show(widget) -> None:
    """Display a widget (or anything) in the notebook."""
    from IPython.display import display

    display(widget)


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
    from .assess import (DATA_QUALITY, HARDWARE, KNOWLEDGE_CHANGES, PRIVACY, TASKS, Questionnaire)

    w = _w()
    getters, rows = {}, []
    d = defaults
    specs = [
        ("queries_per_day", lambda: number(_QUESTION_LABELS["queries_per_day"], _as_int(d.queries_per_day), min=0)),
        ("knowledge_changes", lambda: choice(_QUESTION_LABELS["knowledge_changes"], KNOWLEDGE_CHANGES, d.knowledge_changes)),
        ("task", lambda: choice(_QUESTION_LABELS["task"], TASKS, d.task)),
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
    from . import hardware
    from .assess import model_table

    w = _w()
    rows = model_table(machine, seq_len, batch_size) if machine is not None else model_table(None)
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
    dropdown = w.Dropdown(description="Base model", style=_STYLE, layout=w.Layout(width="620px"))
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


def method_picker(default: str = "auto") -> tuple[object, Callable]:
    return choice("Method", ["auto", "lora", "dora", "qlora", "full"], default)
