"""Figures shown in the notebooks and saved beside each stage's outputs (PNG)."""

from __future__ import annotations

from pathlib import Path


def _plt():
    import matplotlib

    if matplotlib.get_backend().lower() in {"agg", ""} or not _in_notebook():
        matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython

        return get_ipython() is not None and "IPKernelApp" in get_ipython().config
    except Exception:
        return False


def _save(fig, path: str | Path | None):
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.tmp.png")
        fig.savefig(tmp, dpi=110, bbox_inches="tight")
        tmp.replace(path)
        # a figure written to a file is shown from that file: closed, so the inline backend does not show it
        # a second time at the end of the cell (the figure object stays usable)
        _plt().close(fig)
    return fig


def label_distribution_plot(label_counts: dict, path=None):
    """Horizontal bars of examples per label, train and eval side by side."""
    plt = _plt()
    labels = sorted(set(label_counts.get("train", {})) | set(label_counts.get("eval", {})))
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(labels) + 1.2))
    y = range(len(labels))
    ax.barh([i - 0.2 for i in y], [label_counts.get("train", {}).get(l, 0) for l in labels], height=0.4, label="train")
    ax.barh([i + 0.2 for i in y], [label_counts.get("eval", {}).get(l, 0) for l in labels], height=0.4, label="eval")
    ax.set_yticks(list(y), labels)
    ax.set_xlabel("examples")
    ax.set_title("Examples per label")
    ax.legend()
    fig.tight_layout()
    return _save(fig, path)


def loss_plot(history: list[dict], path=None, ax=None):
    """Training and evaluation loss against the step."""
    plt = _plt()
    fig = None
    if ax is None:
        fig, ax = plt.subplots(figsize=(7, 3.5))
    train = [(h["step"], h["loss"]) for h in history if "loss" in h]
    evals = [(h["step"], h["eval_loss"]) for h in history if "eval_loss" in h]
    if train:
        ax.plot(*zip(*train), label="train loss")
    if evals:
        ax.plot(*zip(*evals), "o-", label="eval loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss (answer tokens)")
    ax.set_title("Training curves")
    if train or evals:
        ax.legend()
    ax.grid(alpha=0.3)
    fig = fig or ax.figure
    fig.tight_layout()
    return _save(fig, path)


def confusion_plot(labels: list[str], gold: list[str], pred: list[str], path=None, title="Confusion matrix (tuned)"):
    """Rows: true label; columns: predicted label, with 'other' for answers that are no label."""
    plt = _plt()
    cols = labels + ["(invalid)"]
    index = {l: i for i, l in enumerate(labels)}
    matrix = [[0] * len(cols) for _ in labels]
    for g, p in zip(gold, pred):
        if g in index:
            matrix[index[g]][index.get(p, len(labels))] += 1
    size = max(4, 0.45 * len(cols) + 2)
    fig, ax = plt.subplots(figsize=(size + 1, size))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(cols)), cols, rotation=60, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, v, ha="center", va="center", fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(title)
    fig.tight_layout()
    return _save(fig, path)


def comparison_plot(scores: dict[str, dict], metric_names: list[str], path=None, title="Held-out evaluation"):
    """Grouped bars: one group per metric, one bar per contender."""
    plt = _plt()
    contenders = list(scores)
    fig, ax = plt.subplots(figsize=(1.8 + 1.6 * len(metric_names), 3.5))
    width = 0.8 / max(1, len(contenders))
    for k, name in enumerate(contenders):
        xs = [i + (k - (len(contenders) - 1) / 2) * width for i in range(len(metric_names))]
        vals = [scores[name].get(m) or 0.0 for m in metric_names]
        bars = ax.bar(xs, vals, width=width, label=name)
        ax.bar_label(bars, fmt="%.2f", fontsize=8)
    ax.set_xticks(range(len(metric_names)), metric_names)
    ax.set_ylim(0, 1.1)
    ax.set_title(title)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return _save(fig, path)


def token_length_plot(lengths: list[tuple[int, int]], max_length: int | None = None, path=None):
    """Histogram of prompt and answer lengths in tokens, with the training max_length marked."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 3.5))
    prompts = [p for p, _ in lengths]
    answers = [t - p for p, t in lengths]
    totals = [t for _, t in lengths]
    top = max(totals + [max_length or 0, 1])
    bins = list(range(0, top + max(1, top // 40) + 1, max(1, top // 40)))
    ax.hist(prompts, bins=bins, alpha=0.6, label="prompt")
    ax.hist(answers, bins=bins, alpha=0.6, label="answer (loss)")
    ax.hist(totals, bins=bins, histtype="step", color="black", label="prompt + answer")
    if max_length:
        ax.axvline(max_length, color="red", linestyle="--", label=f"max_length {max_length}")
    ax.set_xlabel("tokens (with the model's chat template)")
    ax.set_ylabel("training examples")
    ax.set_title("Example lengths")
    ax.legend()
    fig.tight_layout()
    return _save(fig, path)


def cost_plot(by_name: dict[str, dict], path=None):
    """Prompt tokens and seconds per query, one bar per contender (keyed by its display name)."""
    plt = _plt()
    names = list(by_name)
    fig, axes = plt.subplots(1, 2, figsize=(8, 3.2))
    for ax, key, title in ((axes[0], "prompt_tokens_mean", "Prompt tokens per query"),
                           (axes[1], "latency_s_mean", "Seconds per query")):
        bars = ax.bar(names, [by_name[n].get(key, 0) for n in names], color=["#999", "#d98c3f", "#6aa84f", "#3f7fd9"][: len(names)])
        ax.bar_label(bars, fmt="%.1f" if key == "prompt_tokens_mean" else "%.3f", fontsize=8)
        ax.set_title(title)
        ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout()
    return _save(fig, path)


def runs_comparison_plot(table: list[dict], contenders: dict[str, str], path=None):
    """Primary metric per run, one bar per contender (`contenders`: column of `table` → legend name)."""
    plt = _plt()
    runs = [r["run"] for r in table]
    fig, ax = plt.subplots(figsize=(2.2 + 1.4 * max(1, len(runs)), 3.5))
    cs = [c for c in contenders if any(r.get(c) is not None for r in table)]
    width = 0.8 / max(1, len(cs))
    for k, c in enumerate(cs):
        xs = [i + (k - (len(cs) - 1) / 2) * width for i in range(len(runs))]
        bars = ax.bar(xs, [r.get(c) or 0.0 for r in table], width=width, label=contenders[c])
        ax.bar_label(bars, fmt="%.2f", fontsize=7)
    ax.set_xticks(range(len(runs)), runs)
    metric = table[0]["primary_metric"] if table else ""
    ax.set_ylabel(metric)
    ax.set_ylim(0, 1.1)
    ax.set_title("Held-out score across runs")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return _save(fig, path)


def roi_plot(roi_dict: dict, path: str | Path | None = None):
    """Cumulative savings against the one-off cost, month by month (stage 01's `roi`); saves a PNG when `path` is given."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 3.8))
    months, saved = roi_dict["months"], roi_dict["cumulative_savings"]
    cost = roi_dict["one_off_cost"]
    ax.plot(months, saved, marker="o", markersize=3, label="cumulative savings")
    ax.axhline(cost, color="tab:red", linestyle="--", label=f"one-off cost ({cost:,.0f})")
    be = roi_dict.get("break_even_months")
    if be is not None and be <= months[-1]:
        ax.axvline(be, color="tab:green", linestyle=":", label=f"break-even: {roi_dict.get('break_even_text') or f'{be:.1f} months'}")
    ax.set_xlabel("months after deployment")
    ax.set_ylabel("money (same currency as the prices)")
    ax.set_title(f"{roi_dict['tokens_saved_per_day']:,.0f} tokens saved a day → {roi_dict['monthly_savings']:,.0f} a month")
    ax.legend(loc="upper left")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return _save(fig, path)


def save_loss_plot(history: list[dict], path: str | Path) -> None:
    """`loss_plot` saved as a PNG and closed (so it is not shown again under a live plot)."""
    _plt().close(loss_plot(history, path))


def show_loss_plot(history: list[dict], handle=None):
    """Draw the loss curve in the notebook in place of the one `handle` shows; returns the handle for the next update."""
    from IPython.display import display

    fig = loss_plot(history)
    if handle is None:
        handle = display(fig, display_id=True)
    else:
        handle.update(fig)
    _plt().close(fig)
    return handle
