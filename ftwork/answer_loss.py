"""The loss stage 04 trains with: TRL's SFTTrainer with the output layer run on answer positions only,
and – with adapters on the top layers only – the frozen lower layers computed once per example
(`ftwork.layercache`)."""

from __future__ import annotations

from .layercache import LowerLayerCache


def answer_only_trainer_class():
    """SFTTrainer whose loss runs the output layer only where the loss is taken.

    With the loss on the answer only, most positions carry no loss, yet the stock loss projects
    every position onto the whole vocabulary (49k wide for SmolLM2) – the largest single cost of
    a CPU step on a small model. Here the decoder runs once, the hidden states of answer
    positions are picked out, and only those go through `lm_head`. Same loss, less work. Falls
    back to TRL's own loss for multi-process runs (DDP syncs gradients in its own forward) and
    for models without the usual `model` + `lm_head` layout.
    """
    import torch
    import torch.nn.functional as F
    from trl import SFTTrainer

    class AnswerOnlySFTTrainer(SFTTrainer):
        lower_layers = 0  # > 0: LoRA on the layers above only, these computed once per example (ftwork.layercache)
        layer_cache = None

        def _hidden(self, lm, input_ids, attention_mask, position_ids):
            """The decoder's last hidden state: through the lower-layer cache where set up and verified."""
            if self.lower_layers > 0 and self.layer_cache is None:
                self.layer_cache = LowerLayerCache(lm, self.lower_layers)
            cache = self.layer_cache
            if cache is not None and cache.verified is None:
                cache.verify(input_ids, attention_mask, position_ids)
                if not cache.verified:
                    print(f"ftwork: the lower layers are recomputed each step – {cache.fallback}.", flush=True)
            if cache is not None and cache.verified:
                return cache.hidden(input_ids, attention_mask, position_ids)
            return lm.model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                            use_cache=False).last_hidden_state

        def _causal_lm(self, model):
            if self.accelerator.num_processes > 1:
                return None
            inner = self.accelerator.unwrap_model(model)
            if hasattr(inner, "get_base_model"):
                inner = inner.get_base_model()
            ok = hasattr(inner, "lm_head") and hasattr(inner, "model") and callable(getattr(inner, "model", None))
            return inner if ok else None

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            lm = None if return_outputs or "labels" not in inputs else self._causal_lm(model)
            if lm is None:
                return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
            mode = "train" if model.training else "eval"
            labels = inputs["labels"]
            target = labels[:, 1:]
            keep = target != -100
            # accelerate's mixed precision wraps the top-level forward only; this calls the decoder itself
            with self.accelerator.autocast():
                hidden = self._hidden(lm, inputs["input_ids"], inputs.get("attention_mask"), inputs.get("position_ids"))
                logits = lm.lm_head(hidden[:, :-1][keep]).float()
            cap = getattr(lm.config, "final_logit_softcapping", None)
            if cap:
                logits = torch.tanh(logits / cap) * cap
            gold = target[keep]
            n = keep.sum() if num_items_in_batch is None else num_items_in_batch
            loss = F.cross_entropy(logits, gold, reduction="sum") / torch.as_tensor(n).clamp(min=1)
            with torch.no_grad():
                valid = max(int(keep.sum()), 1)
                right = logits.argmax(-1) == gold
                self._metrics[mode]["mean_token_accuracy"].append(right.sum().item() / valid)
                if mode == "eval":
                    self._metrics[mode]["answer_exact_match"].extend(answer_exact_match(keep, right))
                if mode == "train" and "attention_mask" in inputs:
                    self._total_train_tokens += int(inputs["attention_mask"].sum())
                elif mode == "train":  # packed (padding-free) batches carry no padding, hence no mask
                    self._total_train_tokens += int(inputs["input_ids"].numel())
                self._metrics[mode]["num_tokens"] = [self._total_train_tokens]
            return loss

    return AnswerOnlySFTTrainer


def answer_exact_match(keep, right) -> list[float]:
    """Per row with an answer: 1.0 when every answer token (its end token included) is the model's top
    choice given the gold tokens before it – exactly when greedy decoding writes the gold answer."""
    import torch

    rows = keep.nonzero()[:, 0]
    wrong = torch.zeros(keep.shape[0]).index_add_(0, rows, (~right).float())
    has = keep.any(dim=1)
    return [float(w == 0) for w, h in zip(wrong.tolist(), has.tolist()) if h]


def use_layer_cache(trainer, peft_config) -> None:
    """Adapters on the top layers only: the answer-only trainer computes the ones below once per example."""
    if peft_config is not None and peft_config.layers_to_transform:
        trainer.lower_layers = min(peft_config.layers_to_transform)
