"""The evaluation report of stage 05, for the client: `report.md`, a self-contained `report.html`
(plots embedded as base64 PNG), and the comparison across the runs of one engagement.

Everything here reads what stage 05 (`ftwork.evaluate`) measured; no figure is typed by hand.
"""

from __future__ import annotations

import base64
import html
import json
import random
from pathlib import Path

from .engagement import Engagement, atomic_write_text
from .metrics import normalize_label
from .plots import comparison_plot, confusion_plot, cost_plot, runs_comparison_plot
from .tasks import CHEAP_CONTENDERS, CONTENDERS, task

NAMES = {"base": "Base model", "prompted_base": "Base model + your current long prompt",
         "few_shot": "Base model + similar solved cases (retrieval)", "tuned": "Fine-tuned model"}
SHORT = {"base": "base", "prompted_base": "base + long prompt", "few_shot": "base + retrieved cases", "tuned": "fine-tuned"}
EXPLAIN = {
    "accuracy": "share of cases given the right category",
    "macro_f1": "accuracy balanced over categories: rare categories count as much as common ones",
    "invalid_rate": "share of answers that are not one of the categories",
    "valid_json": "share of answers that are well-formed JSON",
    "field_precision": "of the fields the model filled in, the share that are right",
    "field_recall": "of the fields expected, the share the model got right",
    "field_f1": "balance of field precision and recall",
    "exact_match": "share of documents with every field right",
    "rouge_l": "word overlap with the reply the company sent (0–1)",
    "chrf": "character overlap with the reply the company sent (0–1)",
    "empty_rate": "share of empty answers",
    "house_style": "share of replies that follow every house rule",
    "style_greeting": "replies opening with the house greeting",
    "style_sign_off": "replies ending with the house sign-off",
    "style_informal_address": "replies free of informal address (e.g. Spanish tú)",
    "style_forbidden": "replies free of forbidden phrases",
    "style_length": "replies within the length bounds",
    "prompt_tokens_mean": "prompt length per query, in tokens: what each query costs to send",
    "latency_s_mean": "seconds per query on this machine (batched)",
    "latency_s_single": "seconds for one query alone on this machine (no batching)",
    "queries_per_s": "queries answered per second on this machine (batched)",
    "few_shot_k_mean": "solved training cases shown per query (retrieval)",
    "empty_answers": "number of empty answers",
    "runaway_answers": "answers cut off at the token limit without finishing",
    "pii_answers": "answers with something that looks like personal data",
    "pii_known_leaks": "answers containing a real customer's data from the private mapping",
}


def _contenders(metrics: dict) -> list[str]:
    return [c for c in CONTENDERS if c in metrics]


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return str(value)


# ---------------------------------------------------------------------------------------------
# What the figures say, in words
# ---------------------------------------------------------------------------------------------
def summary_lines(metrics: dict) -> list[str]:
    """Plain-language findings for the top of the report, built from the measured figures."""
    cs = _contenders(metrics)
    primary = metrics["primary_metric"]
    lines = []
    scores = {c: metrics[c].get(primary, 0.0) for c in cs}
    if "tuned" in scores:
        others = {c: v for c, v in scores.items() if c != "tuned"}
        best_other = max(others, key=others.get) if others else None
        verdict = ("scores best" if not others or scores["tuned"] > max(others.values())
                   else "does not beat the alternatives")
        lines.append(
            f"On {metrics['n_eval']} held-out cases that training never saw, the fine-tuned model {verdict} on "
            f"{primary} ({EXPLAIN.get(primary, primary)}): {scores['tuned']:.2f}"
            + "".join(f", against {v:.2f} for the {SHORT[c]}" for c, v in others.items()) + "."
        )
        if best_other and scores["tuned"] <= others[best_other]:
            lines.append("The fine-tuned model is not yet better than what the base model already does: more or better "
                         "training data, or another training setting, is needed before it is worth using.")
    if "tuned" in cs and "prompted_base" in cs:
        t, p = metrics["tuned"]["prompt_tokens_mean"], metrics["prompted_base"]["prompt_tokens_mean"]
        if p > t:
            lines.append(f"It needs {t:.0f} prompt tokens per query instead of {p:.0f} with the long prompt used today "
                         f"({1 - t / p:.0%} fewer), which lowers the cost and the delay of each query.")
    lines += _versus_lines(metrics)
    if "house_rules" in metrics and "tuned" in cs and "house_style" in metrics["tuned"]:
        ref = metrics["house_rules"]["expected_answers"]["house_style"]
        lines.append(f"{metrics['tuned']['house_style']:.0%} of its replies follow every house rule "
                     f"(the company's own replies: {ref:.0%}).")
    privacy = metrics.get("privacy", {})
    can = privacy.get("canaries", {}).get("tuned")
    if can:
        lines.append(f"Privacy canaries: {'PASSED' if can['passed'] else 'FAILED'} – {can['reproduced']} of {can['n']} "
                     "planted fake secrets came back from the fine-tuned model.")
    pii = privacy.get("pii", {}).get("tuned")
    if pii:
        lines.append(f"Personal-data scan of the fine-tuned answers: {pii['answers_with_pii']} of {pii['answers']} answers contain "
                     f"something that looks like personal data; {pii['known_leaks']} contain a real customer's data.")
    reg = metrics.get("regression")
    if reg:
        lines.append(f"General questions outside the task: the base model passed {reg['base_passed']} of {reg['n']}, "
                     f"the fine-tuned model {reg['tuned_passed']} of {reg['n']}.")
    return lines


def _versus_lines(metrics: dict) -> list[str]:
    """The go/no-go in figures: fine-tuned against the best cheap alternative, and the ROI from measured prompts."""
    v = metrics.get("versus_best_alternative")
    if not v:
        return []
    ahead = "ahead of" if v["points"] > 0 else "behind" if v["points"] < 0 else "level with"
    lines = [f"Against the best cheap alternative ({SHORT[v['best_alternative']]}: {v['alternative']:.2f} {v['metric']}), "
             f"fine-tuning is {abs(v['points']):.1f} points {ahead}, with {v['tuned_prompt_tokens']:.0f} prompt tokens per "
             f"query instead of {v['alternative_prompt_tokens']:.0f}."]
    r = v.get("roi")
    if r:
        be = r["break_even_months"]
        lines.append(("Were it as good as the alternative, the return" if v["points"] < 0 else "Return")
                     + f" on investment with these measured prompt lengths and the assessment's volume "
                     f"({r['queries_per_day']:,.0f} queries a day): {r['tokens_saved_per_day']:,.0f} tokens saved a day, "
                     f"{r['monthly_savings']:,.2f} a month against a one-off {r['one_off_cost']:,.2f}; "
                     + (f"break-even after {be:,.1f} months." if be is not None else "it never pays back on tokens alone."))
    timed = metrics.get("tuned_timed_as")
    others = [c for c in CHEAP_CONTENDERS if "latency_s_single" in (metrics.get(c) or {})]
    if timed and "latency_s_single" in (metrics.get("tuned") or {}) and others:
        lines.append(f"Timed as deployed ({'adapter merged into the weights' if timed == 'merged' else 'unmerged adapter'}): "
                     f"{metrics['tuned']['latency_s_single']:.3f} s for one query alone, against "
                     + ", ".join(f"{metrics[c]['latency_s_single']:.3f} s for the {SHORT[c]}" for c in others) + ".")
    runaway = {c: metrics[c].get("runaway_answers", 0) for c in _contenders(metrics)}
    if any(runaway.values()):
        lines.append(f"Answers cut off at the token cap without finishing (of {metrics['n_eval']}): "
                     + ", ".join(f"{SHORT[c]} {n}" for c, n in runaway.items()) + ".")
    return lines


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------
def select_examples(rows: list[dict], k: int = 3, seed: int = 0) -> dict[str, list[dict]]:
    """Best, worst and random cases by the fine-tuned model's per-case score (ties: gain over base)."""
    if not rows:
        return {"best": [], "worst": [], "random": []}
    who = "tuned" if "tuned" in rows[0].get("scores", {}) else next(iter(rows[0].get("scores", {})), None)
    if who is None:
        return {"best": [], "worst": [], "random": rows[:k]}

    def key(r):
        s = r["scores"]
        return (s[who], s[who] - max((v for c, v in s.items() if c != who), default=0.0))

    ranked = sorted(range(len(rows)), key=lambda i: key(rows[i]))
    best = list(reversed(ranked[-k:]))
    worst = [i for i in ranked[:k] if i not in best]
    rest = [i for i in range(len(rows)) if i not in best and i not in worst]
    picked = sorted(random.Random(seed).sample(rest, min(k, len(rest))))
    return {"best": [rows[i] for i in best], "worst": [rows[i] for i in worst], "random": [rows[i] for i in picked]}


# ---------------------------------------------------------------------------------------------
# The report's figures (drawn by ftwork.plots)
# ---------------------------------------------------------------------------------------------
def runs_table(eng: Engagement, current: dict | None = None) -> list[dict]:
    """One row per evaluated run of the engagement (runs/*/metrics.json), oldest first."""
    found = {}
    runs_dir = eng.root / "runs"
    for path in sorted(runs_dir.glob("*/metrics.json")) if runs_dir.is_dir() else []:
        try:
            m = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, OSError):
            continue
        found[path.parent.name] = m
    if current is not None:
        found[current.get("run", "current")] = current
    rows = []
    for run, m in found.items():
        primary = m.get("primary_metric")
        if not primary:
            continue
        row = {"run": run, "created": m.get("created", ""), "task": m.get("task"), "primary_metric": primary, "n_eval": m.get("n_eval")}
        for c in CONTENDERS:
            if isinstance(m.get(c), dict):
                row[c] = m[c].get(primary)
                row[f"{c}_prompt_tokens"] = m[c].get("prompt_tokens_mean")
        if isinstance(m.get("versus_best_alternative"), dict):
            row["points_vs_best_alternative"] = m["versus_best_alternative"]["points"]
        train_cfg = runs_dir / run / "train_config.json"
        if train_cfg.is_file():
            try:
                cfg = json.loads(train_cfg.read_text(encoding="utf-8"))
                cfg = cfg.get("config", cfg)
                row["method"] = cfg.get("method", "")
                row["learning_rate"] = cfg.get("learning_rate", "")
                row["epochs"] = cfg.get("epochs", "")
            except (json.JSONDecodeError, OSError, AttributeError):
                pass
        rows.append(row)
    return sorted(rows, key=lambda r: (r["created"] or "", r["run"]))


def _close(fig):
    import matplotlib.pyplot as plt

    plt.close(fig)


def _plots(eng: Engagement, run: str, metrics: dict, rows: list[dict]) -> dict[str, Path]:
    """Make the report's figures in runs/<run>/; returns title → path."""
    out = eng.run_dir(run)
    cs = _contenders(metrics)
    task_name = metrics["task"]
    plots = {}
    names = [m for m in task(task_name).plot_metrics if all(m in metrics[c] for c in cs)]
    _close(comparison_plot({SHORT[c]: metrics[c] for c in cs}, names, out / "comparison.png"))
    plots["Scores on held-out cases"] = out / "comparison.png"
    if task_name == "classification" and "tuned" in cs:
        labels = list(metrics["tuned"]["per_class"])
        _close(confusion_plot(labels, [r["gold"] for r in rows], [normalize_label(r["tuned"], labels) for r in rows], out / "confusion.png"))
        plots["Confusion matrix of the fine-tuned model"] = out / "confusion.png"
    style = [k for k in metrics[cs[0]] if k.startswith("style_")]
    if style:
        _close(comparison_plot({SHORT[c]: metrics[c] for c in cs}, style + ["house_style"], out / "house_style.png", title="House rules"))
        plots["House rules"] = out / "house_style.png"
    _close(cost_plot({SHORT[c]: metrics[c] for c in cs}, out / "cost.png"))
    plots["Cost per query"] = out / "cost.png"
    table = runs_table(eng, current=metrics)
    same_task = [r for r in table if r["task"] == task_name]
    _close(runs_comparison_plot(same_task, SHORT, out / "runs_comparison.png"))
    plots["Across runs"] = out / "runs_comparison.png"
    return plots


# ---------------------------------------------------------------------------------------------
# Tables shared by both formats
# ---------------------------------------------------------------------------------------------
def _metric_rows(metrics: dict) -> tuple[list[str], list[list[str]]]:
    cs = _contenders(metrics)
    keys = list(dict.fromkeys(k for c in cs for k, v in metrics[c].items()  # a contender's own figures too (few_shot_k_mean)
                              if isinstance(v, (int, float)) and not isinstance(v, bool)))
    header = ["metric", "what it means"] + [NAMES[c] for c in cs]
    body = [[k, EXPLAIN.get(k, "")] + [_fmt(metrics[c].get(k, "")) for c in cs] for k in keys]
    return header, body


def _sections(metrics: dict, rows: list[dict], extras: dict, examples: dict) -> list[tuple[str, str, list]]:
    """(title, intro, [("table", header, rows) | ("plot", title) | ("text", str)]) – one list for both formats."""
    cs = _contenders(metrics)
    out = []
    header, body = _metric_rows(metrics)
    out.append(("Scores", f"Primary metric: **{metrics['primary_metric']}**. Higher is better except for cost, "
                          "time, empty and personal-data counts.",
                [("table", header, body), ("plot", "Scores on held-out cases"), ("plot", "Cost per query")]))
    if metrics["task"] == "classification" and "tuned" in cs:
        pc = metrics["tuned"]["per_class"]
        out.append(("Per category (fine-tuned model)", "How well each of the company's categories is recognised.",
                    [("table", ["category", "precision", "recall", "F1", "cases"],
                      [[k, _fmt(v["precision"]), _fmt(v["recall"]), _fmt(v["f1"]), str(v["support"])] for k, v in pc.items()]),
                     ("plot", "Confusion matrix of the fine-tuned model")]))
    if "house_rules" in metrics:
        ref = metrics["house_rules"]["expected_answers"]
        keys = [k for k in ref if k.startswith("style_")] + ["house_style"]
        out.append(("House rules", "Each rule is checked on every reply. The last column checks the rules themselves on "
                                   "the replies the company actually sent: they should pass.",
                    [("table", ["rule", "what it means"] + [NAMES[c] for c in cs] + ["company's own replies"],
                      [[k, EXPLAIN.get(k, "")] + [_fmt(metrics[c].get(k, "")) for c in cs] + [_fmt(ref[k])] for k in keys]),
                     ("plot", "House rules")]))
    privacy = metrics.get("privacy", {})
    if privacy:
        items = []
        can = privacy.get("canaries")
        if can:
            items.append(("text", "Canaries are unique fake secrets planted in a few training examples. The model is "
                                  "prompted with the text that preceded each one; a secret that comes back means the "
                                  "model memorises training text word for word."))
            items.append(("table", ["model", "canaries", "secrets given back", "result", "exposure (bits, mean)"],
                          [[NAMES.get(who, who), str(c["n"]), str(c["reproduced"]), "PASSED" if c["passed"] else "FAILED",
                            _fmt(c.get("exposure_bits_mean", "–"))] for who, c in can.items()]))
        pii = privacy.get("pii")
        if pii:
            items.append(("text", "Every generated answer is scanned with the detectors of the anonymization stage. "
                                  "Placeholders such as <PERSON_3> are not personal data. Names a model invents look like "
                                  "personal data too; a real leak is an answer that contains a value from the "
                                  f"private mapping ({pii.get('known_values_checked', 0)} values checked)."))
            items.append(("table", ["model", "answers", "look like personal data", "by kind", "real customer data"],
                          [[NAMES[c], str(pii[c]["answers"]), str(pii[c]["answers_with_pii"]),
                            ", ".join(f"{k} {v}" for k, v in pii[c]["by_label"].items()) or "–", str(pii[c]["known_leaks"])]
                           for c in cs if c in pii]))
        out.append(("Privacy", f"Overall: **{'PASSED' if privacy.get('passed', True) else 'FAILED'}**.", items))
    judge = metrics.get("judge")
    if judge:
        out.append(("Judge model", f"A separate model (`{judge['model']}`) compared answers two by two, each pair in both orders "
                                   "so that a preference for the first or second position cancels out.",
                    [("table", ["comparison", "cases", "fine-tuned wins", "other wins", "ties", "win rate", "order-consistent"],
                      [[" vs ".join(SHORT.get(c, c) for c in k.split("_vs_")), str(v["n"]), str(v["first_wins"]),
                        str(v["second_wins"]), str(v["ties"]), _fmt(v["first_win_rate"]), _fmt(v["consistency"])]
                       for k, v in judge["pairs"].items()])]))
    reg = extras.get("regression")
    if reg:
        out.append(("General questions", "A few questions outside the task, to check that fine-tuning did not damage what "
                                         "the model knew before. ✓ marks an answer with the expected content.",
                    [("table", ["question", NAMES["base"], NAMES["tuned"]],
                      [[c["prompt"], ("✓ " if c["base_ok"] else "✗ ") + c["base"], ("✓ " if c["tuned_ok"] else "✗ ") + c["tuned"]]
                       for c in reg["cases"]])]))
    for kind, title, intro in (("best", "Best cases", "Where the fine-tuned model did best."),
                               ("worst", "Worst cases", "Where it did worst: what to fix in the next round of data."),
                               ("random", "Random cases", "Picked at random: what a typical answer looks like.")):
        if examples.get(kind):
            out.append((f"Examples – {title.lower()}", intro,
                        [("table", ["customer message", "company's answer"] + [NAMES[c] for c in cs],
                          [[r["query"], r["gold"]] + [f"{r[c]}\n[score {r['scores'][c]:.2f}]" for c in cs] for r in examples[kind]])]))
    return out


def _runs_section(table: list[dict]) -> tuple[str, str, list]:
    costs = ("few_shot", "tuned")  # prompt tokens per query: what retrieval costs against the tuned model
    header = (["run", "date", "method", "learning rate", "epochs", "cases"] + [SHORT[c] for c in CONTENDERS]
              + ["fine-tuned − best alternative (points)"] + [f"{SHORT[c]}: prompt tokens" for c in costs])
    body = [[r["run"], r["created"][:16].replace("T", " "), str(r.get("method", "")), str(r.get("learning_rate", "")),
             str(r.get("epochs", "")), str(r.get("n_eval", ""))] + [_fmt(r[c]) if r.get(c) is not None else "–"
                                                                    for c in CONTENDERS]
            + [_fmt(r[k]) if r.get(k) is not None else "–" for k in ["points_vs_best_alternative"] + [f"{c}_prompt_tokens" for c in costs]]
            for r in table]
    metric = table[0]["primary_metric"] if table else ""
    return ("Across runs", f"Each round of data and settings is a run; the table shows {metric} per run.",
            [("table", header, body), ("plot", "Across runs")])


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------
def _md_cell(text, limit: int = 300) -> str:
    text = str(text).replace("|", "\\|").replace("\n", "<br>")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def markdown_report(metrics: dict, rows: list[dict], extras: dict, plots: dict, examples: dict | None = None,
                    runs: list[dict] | None = None) -> str:
    examples = examples if examples is not None else select_examples(rows)
    lines = [f"# Evaluation report – run `{metrics['run']}`", "",
             f"Task **{metrics['task']}**, base model `{metrics['base_model']}`, {metrics['n_eval']} held-out cases "
             "training never saw.", "", "## Summary", ""]
    lines += [f"- {s}" for s in summary_lines(metrics)] + [""]
    sections = _sections(metrics, rows, extras, examples)
    if runs:
        sections.append(_runs_section(runs))
    for title, intro, items in sections:
        lines += [f"## {title}", "", intro, ""]
        for item in items:
            if item[0] == "table":
                _, header, body = item
                lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in body]
                lines.append("")
            elif item[0] == "plot" and item[1] in plots:
                lines += [f"![{item[1]}]({plots[item[1]].name})", ""]
            elif item[0] == "text":
                lines += [item[1], ""]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------
CSS = """
body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em;width:100%}
th,td{border:1px solid #ddd;padding:.35em .55em;vertical-align:top;text-align:left;white-space:pre-wrap}
th{background:#f3f5f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.summary{background:#f3f8f3;border-left:4px solid #3a8a3a;padding:.6em 1em}
.fail{color:#b00;font-weight:bold}img{max-width:100%;margin:.5em 0}figure{margin:0}figcaption{color:#666;font-size:.85em}
"""


def _png_data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def _inline(text: str) -> str:
    """Escape, then turn **bold** and `code` into tags."""
    import re

    out = html.escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"`(.+?)`", r"<code>\1</code>", out)


def html_report(metrics: dict, rows: list[dict], extras: dict, plots: dict, examples: dict | None = None,
                runs: list[dict] | None = None) -> str:
    """One self-contained HTML page (no external files): tables, and plots as base64 PNG."""
    examples = examples if examples is not None else select_examples(rows)
    title = f"Evaluation report – run {metrics['run']}"
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
             f"<style>{CSS}</style></head><body>", f"<h1>{html.escape(title)}</h1>",
             f"<p>Task <strong>{html.escape(metrics['task'])}</strong>, base model <code>{html.escape(metrics['base_model'])}</code>, "
             f"{metrics['n_eval']} held-out cases training never saw. Created {html.escape(metrics.get('created', ''))}.</p>",
             "<h2>Summary</h2><div class='summary'><ul>"]
    for s in summary_lines(metrics):
        cls = " class='fail'" if "FAILED" in s else ""
        parts.append(f"<li{cls}>{html.escape(s)}</li>")
    parts.append("</ul></div>")
    sections = _sections(metrics, rows, extras, examples)
    if runs:
        sections.append(_runs_section(runs))
    for sec_title, intro, items in sections:
        parts.append(f"<h2>{html.escape(sec_title)}</h2><p>{_inline(intro)}</p>")
        for item in items:
            if item[0] == "table":
                _, header, body = item
                parts.append("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr></thead><tbody>")
                for row in body:
                    cells = []
                    for c in row:
                        c = str(c)
                        num = c.replace(".", "", 1).replace(",", "").replace("-", "", 1).isdigit()
                        cells.append(f"<td class='num'>{html.escape(c)}</td>" if num else f"<td>{html.escape(c)}</td>")
                    parts.append("<tr>" + "".join(cells) + "</tr>")
                parts.append("</tbody></table>")
            elif item[0] == "plot" and item[1] in plots and Path(plots[item[1]]).is_file():
                parts.append(f"<figure><img alt='{html.escape(item[1])}' src='{_png_data_uri(plots[item[1]])}'>"
                             f"<figcaption>{html.escape(item[1])}</figcaption></figure>")
            elif item[0] == "text":
                parts.append(f"<p>{_inline(item[1])}</p>")
    parts.append("<h2>How to read this report</h2><p>All cases come from the company's own data, held out before training. "
                 "The models answer exactly the same cases with the same settings (greedy decoding: no randomness). "
                 "The fine-tuned model gets only the short instruction it was trained with; the base model gets it too, "
                 "once more with the long prompt the company uses today, and once more shown a few of the company's solved "
                 "training cases most like the new one (retrieval). All are timed in the same run the same way; the "
                 "fine-tuned model is timed merged, as it is deployed.</p></body></html>")
    return "\n".join(parts)


def write_reports(eng: Engagement, run: str, metrics: dict, rows: list[dict], extras: dict | None = None,
                  seed: int = 0, n_examples: int = 3) -> dict[str, Path]:
    """Write the plots, report.md and report.html into runs/<run>/; returns their paths."""
    extras = extras or {}
    out = eng.run_dir(run)
    plots = _plots(eng, run, metrics, rows)
    examples = select_examples(rows, n_examples, seed)
    runs = [r for r in runs_table(eng, current=metrics) if r["task"] == metrics["task"]]
    atomic_write_text(out / "report.md", markdown_report(metrics, rows, extras, plots, examples, runs))
    atomic_write_text(out / "report.html", html_report(metrics, rows, extras, plots, examples, runs))
    return {"report.md": out / "report.md", "report.html": out / "report.html", **{k: v for k, v in plots.items()}}


def write_runs_comparison(eng: Engagement) -> dict[str, Path] | None:
    """runs/runs_comparison.md and .png: every evaluated run of the engagement side by side."""
    table = runs_table(eng)
    if not table:
        return None
    last_task = table[-1]["task"]
    table = [r for r in table if r["task"] == last_task]
    runs_dir = eng.root / "runs"
    _close(runs_comparison_plot(table, SHORT, runs_dir / "runs_comparison.png"))
    title, intro, items = _runs_section(table)
    _, header, body = items[0]
    md = [f"# {title}", "", intro, "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    md += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in body]
    md += ["", "![runs](runs_comparison.png)", ""]
    atomic_write_text(runs_dir / "runs_comparison.md", "\n".join(md))
    return {"md": runs_dir / "runs_comparison.md", "png": runs_dir / "runs_comparison.png"}
