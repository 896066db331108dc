"""Retrieval few-shot: the cheap alternative a sceptical client names before fine-tuning.

The base model is shown the k solved TRAINING cases most like the new one (BM25 from the
`rank-bm25` package over the user turns), as earlier user/assistant turns of the same chat
(`prompts.few_shot_prompt`). The index only ever holds the examples it is built from – stages 01
and 05 build it from the training split alone, so no held-out answer can leak into a
demonstration (tests/test_retrieval.py). k is the largest number of demonstrations, up to a cap,
that keeps the prompt within the model's context (less the answer's tokens) and an optional
token budget.
"""

from __future__ import annotations

import re

from .errors import EvaluationError
from .prompts import few_shot_prompt, query_text

DEFAULT_K = 4  # demonstrations per query at most (EvalConfig.few_shot_k)
_WORD = re.compile(r"\w+", re.UNICODE)


def bm25_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (any script) for BM25."""
    return _WORD.findall(str(text).casefold())


class FewShotIndex:
    """BM25 over the user turns of solved examples (`{"id", "prompt", "completion"}` rows)."""

    def __init__(self, examples) -> None:
        from rank_bm25 import BM25Okapi

        self.examples = [dict(ex) for ex in examples]
        if not self.examples:
            raise EvaluationError("Retrieval few-shot needs solved training examples, and the training split is empty: "
                                  "rebuild the dataset in 03_build_dataset, or drop the 'few_shot' contender.")
        docs = [bm25_tokens(query_text(ex)) or ["<empty>"] for ex in self.examples]
        self._bm25 = BM25Okapi(docs)

    def __len__(self) -> int:
        return len(self.examples)

    def search(self, query: str, k: int) -> list[dict]:
        """The k examples most like `query`, best first (ties: the order they were given in)."""
        tokens = bm25_tokens(query)
        if k <= 0:
            return []
        scores = self._bm25.get_scores(tokens) if tokens else [0.0] * len(self.examples)
        ranked = sorted(range(len(self.examples)), key=lambda i: (-scores[i], i))
        return [self.examples[i] for i in ranked[:k]]


def context_budget(tokenizer, model_config=None, max_new_tokens: int = 0, cap: int = 0) -> int:
    """Prompt tokens a query may use: the model's context less the answer's tokens, and at most `cap` (> 0)."""
    context = 0
    for name in ("max_position_embeddings", "n_positions", "max_sequence_length"):
        context = context or int(getattr(model_config, name, 0) or 0)
    tok_max = int(getattr(tokenizer, "model_max_length", 0) or 0)
    if 0 < tok_max < 10**7:  # transformers' "no limit" sentinel is ~1e30
        context = min(context, tok_max) if context else tok_max
    budget = (context - max_new_tokens) if context else 0
    if cap > 0:
        budget = min(budget, cap) if budget > 0 else cap
    return max(budget, 0)


def prompt_tokens(tokenizer, prompt: list[dict]) -> int:
    """Tokens of a chat prompt as the model sees it (chat template and generation prompt included)."""
    text = tokenizer.apply_chat_template(prompt, tokenize=False, add_generation_prompt=True)
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


def few_shot_prompts(index: FewShotIndex, examples, tokenizer, k: int = DEFAULT_K, budget: int = 0) -> tuple[list[list[dict]], list[int]]:
    """For each example, its stored prompt preceded by up to k retrieved demonstrations that fit `budget`
    prompt tokens (0 = no limit); returns the prompts and the number of demonstrations each got."""
    prompts, shots = [], []
    for ex in examples:
        demos = index.search(query_text(ex), k)
        prompt = few_shot_prompt(ex["prompt"], demos)
        while demos and budget and prompt_tokens(tokenizer, prompt) > budget:
            demos = demos[:-1]  # drop the least similar one until it fits
            prompt = few_shot_prompt(ex["prompt"], demos)
        prompts.append(prompt)
        shots.append(len(demos))
    return prompts, shots
