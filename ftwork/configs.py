"""Every stage's typed configuration: one dataclass per notebook, each field also a papermill parameter.

A leaf: it imports nothing of ftwork but the registries in `ftwork.tasks`. Stage modules take
one of these and return plain results.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .tasks import CONTENDERS

# Labels stage 02 replaces by default (a client's own pattern labels are added to these).
DEFAULT_ENTITIES = ("PERSON", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID", "ADDRESS", "ORG", "CUSTOMER_ID",
                    "ORDER_ID", "INVOICE_ID", "REFERENCE_ID", "CARD_NUMBER")


@dataclass
class Questionnaire:
    """The decision guide's answers; each field is also a papermill parameter of 01_assess."""

    queries_per_day: int = 1000  # requests the model would serve per day
    knowledge_changes: str = "yearly"  # how often the facts it needs change: never|yearly|monthly|weekly|daily
    task: str = "classification"  # classification|extraction|writing|qa|general
    examples_available: int = 2000  # labelled examples the company has
    data_quality: str = "clean"  # clean|mixed|poor
    prompting_score: float = 0.70  # share of cases prompting gets right today, 0..1
    privacy: str = "on_premise"  # cloud_ok|on_premise (data may not leave the company)
    hardware: str = "auto"  # auto (detect)|cpu|gpu16|gpu24|gpu80|multi_gpu
    languages: list[str] = field(default_factory=lambda: ["en"])


@dataclass
class AnonymizeConfig:
    """What to detect and how to replace it (every field is also a notebook parameter)."""

    languages: list[str] = field(default_factory=lambda: ["en", "es"])  # "es" NER only if its model is installed
    mode: str = "placeholder"  # "placeholder" (<PERSON_1>) or "surrogate" (realistic fake values)
    allow: list[str] = field(default_factory=list)  # the company's own name, products, role mailboxes
    patterns: dict[str, str] = field(default_factory=dict)  # LABEL -> regex for the client's references
    deny_list: str | None = None  # CSV `value,label` of known client companies and contacts
    use_ner: bool = True  # spaCy NER on top of the rules
    score_threshold: float = 0.5
    entities: list[str] = field(default_factory=lambda: list(DEFAULT_ENTITIES))  # labels to replace (+ pattern labels)
    ner_org: bool = False  # trust bare NER ORG spans (noisy with small models); legal-form companies are always found
    mask_locations: bool = False  # also replace bare place names found by NER (cities are rarely personal)
    pii_columns: dict[str, str] | None = None  # column -> label of columns that are pure PII; None = guess by name
    residual_scan: bool = True
    seed: int = 0  # surrogates are reproducible
    default_language: str = "en"  # for texts too short to tell
    batch_size: int = 64
    progress: bool = True

    def __post_init__(self):
        if self.mode not in ("placeholder", "surrogate"):
            raise ValueError(f"AnonymizeConfig.mode must be 'placeholder' or 'surrogate', not {self.mode!r}")
        unknown = [lang for lang in self.languages if lang not in ("en", "es")]
        if unknown or not self.languages:
            raise ValueError(f"AnonymizeConfig.languages supports 'en' and 'es', got {self.languages!r}")
        for label, rx in (self.patterns or {}).items():
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", label):
                raise ValueError(f"Pattern label {label!r} must be UPPER_CASE, e.g. CUSTOMER_ID")
            try:
                re.compile(rx)
            except re.error as exc:
                raise ValueError(f"Pattern for {label} is not a valid regular expression: {exc}") from exc

    @classmethod
    def from_company(cls, company: dict, **overrides) -> "AnonymizeConfig":
        """Build from a samples.json-style entry {"name", "allow": [...], "patterns": {...}}."""
        allow = list(dict.fromkeys([company.get("name", ""), *company.get("allow", [])]))
        return cls(allow=[a for a in allow if a], patterns=dict(company.get("patterns", {})), **overrides)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class DatasetConfig:
    """Choices of 03_build_dataset; blank mapping fields fall back to settings.json."""

    eval_fraction: float = 0.2
    test_fraction: float = 0.0  # > 0 holds out a third split, "test"
    seed: int = 42
    min_examples: int = 10
    min_eval: int = 2  # fewer held-out examples than this cannot tell models apart
    near_dup_threshold: float = 0.8
    drop_near_duplicates: bool = False  # False: keep them, but on one side of the split
    max_train: int = 0  # 0 = all; SMOKE runs cap it
    max_eval: int = 0
    override_gate: bool = False
    text_column: str = ""
    label_column: str = ""
    id_column: str = ""
    priority_column: str = ""  # classification: answer "category / priority"
    conversation_column: str = ""  # a column holding whole threads as [{"role", "content"}, ...]
    system_prompt: str | None = None  # None keeps settings.json
    schema: dict | str = field(default_factory=dict)  # extraction: {"field": "type"}; empty infers it from the data
    max_length: int = 0  # tokens per example in training; 0 = TrainConfig.max_length
    drop_cut_answers: bool = True  # drop examples whose answer max_length would cut (a cut JSON teaches broken JSON)
    max_blank_share: float = 0.5  # more blank answers than this share: the mapping is wrong, stop
    canaries: int = 0  # > 0 plants that many canary examples in train (ftwork.canaries.plant_canaries)
    extra: dict = field(default_factory=dict)


@dataclass
class TrainConfig:
    """Settings of one training run; every field is also a notebook parameter (see ftwork.presets)."""

    method: str = "lora"  # lora | dora | qlora | full
    learning_rate: float = 1e-3  # high for LoRA on a tiny model; presets lower it for bigger ones
    epochs: float = 3.0
    batch_size: int = 8  # per device
    grad_accum: int = 1
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0  # dropout costs ~20% of a CPU step and barely helps over 3 epochs
    target_modules: str = "all-linear"
    adapter_layers: int = 0  # > 0: adapters on the top N decoder layers only, the frozen ones below computed once per example
    max_length: int = 512
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    seed: int = 42
    max_steps: int = -1  # > 0 caps the steps (SMOKE runs)
    logging_steps: int = 5
    save_steps: int = 50
    eval_each_epoch: bool = True
    early_stopping_patience: int = 0  # > 0: stop after this many evaluations without a better early_stopping_metric
    early_stopping_metric: str = "loss"  # loss (eval loss) | exact_match (held-out answers greedy decoding gets exactly right)
    gradient_checkpointing: bool = False  # small models on CPU: recomputation costs more than it saves
    packing: bool = False  # TRL packing (best-fit decreasing); pays off on a GPU with flash-attention
    group_by_length: bool = False  # batches of similar length: less padding per batch
    optim: str = ""  # "" = adamw_torch, or paged_adamw_8bit for QLoRA on a GPU
    bf16: bool | None = None  # None: on a GPU that supports it, and on a CPU with AMX/AVX512-BF16 (autocast)
    report_to: str = "none"  # "tensorboard" or "mlflow", stored in the run folder; nothing is sent anywhere
    check_memory: bool = True  # refuse a plan the memory estimate says cannot fit
    num_threads: int = 0  # CPU threads per process; 0: the cores this process may use, shared between processes


@dataclass
class EvalConfig:
    max_eval: int = 0  # 0 = the whole eval split
    batch_size: int = 32  # prompts per generate call: sorted by length, shared prefix computed once
    max_new_tokens: int = 0  # 0 = chosen by task
    max_new_tokens_cap: int = 0  # > 0 caps the task's choice (SMOKE runs: answers cut short, metrics meaningless)
    contenders: tuple[str, ...] = CONTENDERS
    few_shot_k: int = 4  # few_shot contender: retrieved training cases shown per query, at most (fewer when the prompt would not fit)
    few_shot_max_prompt_tokens: int = 0  # few_shot contender: prompt token budget; 0 = the model's context less the answer
    merge_tuned: bool = True  # answer and time the tuned model merged (as deployed; a second copy of the weights in memory)
    latency_cases: int = 8  # cases each contender also answers one at a time, for the single-query latency; 0 = skip
    judge_model: str = ""  # a local chat model (id or folder) to compare answers pairwise; "" = no judge
    judge_cases: int = 40  # held-out cases the judge sees (each in both orders)
    canaries: bool = True  # check the canaries stage 03 planted, when there are any
    canary_candidates: int = 31  # random secrets each real one is ranked among (exposure); 0 = skip that part
    pii_scan: bool = True  # scan every answer with stage 02's detectors
    regression: bool = True  # general prompts answered by base and tuned side by side
    regression_max_new_tokens: int = 64
    examples: int = 3  # best / worst / random examples in the report
    seed: int = 0


@dataclass
class ExportConfig:
    dtype: str = "float16"  # merged safetensors: float16 | bfloat16 | float32
    verify_examples: int = 8  # eval cases on which every exported file must answer like the evaluated model
    gguf: tuple[str, ...] = ("f16",)  # f16 | bf16 | f32 | q8_0 | q6_k | q5_k_m | q4_k_m | q4_0; () = no GGUF
    llama_cpp_check: bool = True  # run the GGUF in llama.cpp when llama-cpp-python is installed
    quant_tolerance: float = 0.05  # a quantized file losing more than this on the primary metric is flagged
    model_name: str = ""  # name in the GGUF metadata, the card and Ollama; "" = <engagement>-<run>
    archive: bool = False  # also write runs/<run>/<name>-export.tar.gz
    strict: bool = False  # raise (and keep nothing) when a verification fails, instead of reporting it
    context: int = 2048  # llama.cpp context for the check and the Modelfile (num_ctx)



@dataclass
class AssessConfig:
    """What 01_assess works from besides the engagement; each field is also a notebook parameter."""

    questionnaire: Questionnaire = field(default_factory=Questionnaire)  # the decision guide's answers
    base_model: str = ""  # hub id or local folder; "" = settings.json base_model
    method: str = "auto"  # auto | lora | dora | qlora | full; auto: the best that fits the machine
    client_prompt: str | None = None  # the system prompt the client pays for today; None = settings.json client_prompt
    price_per_million_tokens: float = 2.50  # input tokens of a hosted mid/large model, until the client's real price
    gpu_price_per_hour: float = 2.00  # a rented 24-80 GB GPU
    training_gpu_hours: float | None = None  # None: estimated from the data, the model and the method
    other_costs: float = 0.0  # one-off costs besides the GPU: people's time, data preparation
    seq_len: int | None = None  # tokens per example for the memory plan; None: from the longest example
    batch_size: int = 8  # per device, for the memory plan
    epochs: float = 3.0  # for the training-time estimate
    update_settings: bool = True  # write the chosen base model and method to settings.json
    confirm_model: bool = True  # also a new model not on this machine or with a NO-GO (01's picker: its checkbox)
    plot: bool = True  # write assess/roi.png
    probe_cases: int = 0  # > 0: the quick probe – prompted base and retrieval few-shot on this many labelled rows (minutes on a CPU)
    probe_k: int = 4  # the quick probe: similar labelled rows shown per case, at most
