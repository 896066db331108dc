"""The registries every stage reads: tasks, training methods, trackers, export types.

A leaf: it imports nothing of ftwork. A task exists when it is listed here, and everything a
stage needs to know about it (its template, its primary metric, what the report plots, its
default instruction) comes from this one entry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Task:
    name: str
    primary_metric: str  # the metric stage 05 ranks contenders by and stage 06 verifies
    plot_metrics: tuple[str, ...]  # what the report's comparison plot shows
    default_prompt: str  # the system prompt `ftwork new` writes when none is given
    summary: str  # one line for `ftwork new --help` and the assessment
    allowed_at_new: bool = True  # `ftwork new --task NAME` accepts it
    labelled: bool = False  # answers come from a closed label set


TASKS: dict[str, Task] = {
    t.name: t
    for t in (
        Task("classification", "accuracy", ("accuracy", "macro_f1"),
             "Classify the customer message into one category.",
             "route tickets or e-mails into the company's own categories", labelled=True),
        Task("extraction", "field_f1", ("valid_json", "field_f1", "exact_match"),
             "Extract the fields of this document as a JSON object.",
             "fill the company's JSON fields from invoices, delivery notes, contracts"),
        Task("writing", "chrf", ("chrf", "rouge_l", "house_style"),
             "Write the company's reply to this customer message.",
             "write in the house style (replies, proposals, reports)"),
        Task("qa", "chrf", ("chrf", "rouge_l"),
             "Answer the question in the company's way.",
             "answer questions in the company's format and tone (the facts belong in retrieval)"),
    )
}
TASK_NAMES = tuple(TASKS)
NEW_TASKS = tuple(name for name, t in TASKS.items() if t.allowed_at_new)


def task(name: str) -> Task:
    """The registry entry of `name`, or a ValueError that lists the tasks there are."""
    try:
        return TASKS[name]
    except KeyError:
        raise ValueError(f"Unknown task '{name}'. Choose one of {', '.join(TASK_NAMES)} (settings.json `task`).") from None


METHODS = ("lora", "dora", "qlora", "full")  # training methods stage 04 offers
REPORT_TO = ("none", "tensorboard", "mlflow")  # trackers: local stores only, nothing is sent anywhere
ACCELERATE_KINDS = ("ddp", "deepspeed", "fsdp", "cpu")
CONTENDERS = ("base", "prompted_base", "few_shot", "tuned")  # what stage 05 compares; few_shot: base + retrieved training cases
CHEAP_CONTENDERS = ("base", "prompted_base", "few_shot")  # the alternatives to fine-tuning
CONVERTER_TYPES = ("f32", "f16", "bf16", "q8_0")  # GGUF types llama.cpp's converter writes directly
QUANTIZE_TYPES = {"q6_k": "Q6_K", "q5_k_m": "Q5_K_M", "q4_k_m": "Q4_K_M", "q4_0": "Q4_0"}  # llama.cpp's quantizer
GGUF_TYPES = CONVERTER_TYPES + tuple(QUANTIZE_TYPES)
