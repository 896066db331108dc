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
