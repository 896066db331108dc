"""Adapters on the upper decoder layers only, the frozen lower layers computed once per example.

With `TrainConfig.adapter_layers = N` LoRA sits on the top N decoder layers. Nothing below them
trains, so for a given example their output cannot change between epochs: `LowerLayerCache`
runs the lower layers once per example (no gradient), keeps each row's hidden states in memory,
and every later pass – the next epochs, the eval loss – starts at the first adapted layer. The
backward pass stops there too. On a CPU, where a small model's step is compute-bound, that is
work not done rather than work done faster.

How, without copying any model family's forward: during a pass the lower layers of the model's
own `ModuleList` are swapped for stand-ins (the first returns the cached states, the others pass
them through), so the family's mask, rotary embeddings and per-layer attention types are built
as usual. Before the first use the split pass is compared with the whole model on a real batch;
a model where they differ (a family that transforms states between layers, dropout in the frozen
layers) trains the ordinary way, and `fallback` says why.

Rows are padded on the right (TRL's collator), so a row's real positions do not depend on the
batch it came in. The cache holds at most `budget_bytes`; rows beyond it are recomputed each time.
"""

from __future__ import annotations

import contextlib
import hashlib

DEFAULT_BUDGET_BYTES = 2 * 1024**3


def decoder_layers(causal_lm):
    """The decoder's `ModuleList` of layers (`model.layers`), or None for another layout."""
    layers = getattr(getattr(causal_lm, "model", None), "layers", None)
    return layers if layers is not None and hasattr(layers, "__setitem__") and len(layers) > 0 else None


def lower_layer_count(n_layers: int, adapter_layers: int) -> int:
    """How many bottom layers carry no adapter (0: every layer is adapted)."""
    if adapter_layers <= 0 or adapter_layers >= n_layers:
        return 0
    return n_layers - adapter_layers


def _stand_ins():
    import torch

    class PassThrough(torch.nn.Module):
        """A skipped decoder layer: hands its input on."""

        def forward(self, hidden_states, *args, **kwargs):
            return hidden_states

    class Inject(torch.nn.Module):
        """The first skipped layer: replaces the embeddings with the cached lower-layer states."""

        def __init__(self):
            super().__init__()
            self.states = None

        def forward(self, hidden_states, *args, **kwargs):
            return self.states.to(hidden_states.dtype) if self.states.dtype != hidden_states.dtype else self.states

    return PassThrough, Inject


class LowerLayerCache:
    """Runs `causal_lm`'s decoder from layer `n_lower` on, with the states below it cached per example."""

    def __init__(self, causal_lm, n_lower: int, budget_bytes: int = DEFAULT_BUDGET_BYTES):
        self.lm, self.n_lower, self.budget = causal_lm, n_lower, budget_bytes
        self.layers = decoder_layers(causal_lm)
        self.store: dict[bytes, object] = {}
        self.used = 0
        self.hits = self.misses = 0
        self.verified: bool | None = None
        self.fallback = ""

    # -- the two partial passes ---------------------------------------------------------------------
    @contextlib.contextmanager
    def _swapped(self, replace: dict):
        saved = {i: self.layers[i] for i in replace}
        try:
            for i, module in replace.items():
                self.layers[i] = module
            yield
        finally:
            for i, module in saved.items():
                self.layers[i] = module

    def lower(self, input_ids, attention_mask, position_ids=None):
        """Hidden states after the lower layers (no gradient; final norm not applied)."""
        import torch

        pass_through, _ = _stand_ins()
        inner = self.lm.model
        upper = {i: pass_through() for i in range(self.n_lower, len(self.layers))}
        norm = inner.norm
        with torch.no_grad(), self._swapped(upper):
            inner.norm = torch.nn.Identity()
            try:
                return inner(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                             use_cache=False).last_hidden_state
            finally:
                inner.norm = norm

    def upper(self, states, input_ids, attention_mask, position_ids=None):
        """The decoder's last hidden state (final norm applied), starting from `states` at layer n_lower."""
        pass_through, inject = _stand_ins()
        first = inject()
        first.states = states
        lower = {0: first, **{i: pass_through() for i in range(1, self.n_lower)}}
        with self._swapped(lower):
            return self.lm.model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                                 use_cache=False).last_hidden_state

    # -- the cache ------------------------------------------------------------------------------------
    @staticmethod
    def _right_padded(mask) -> bool:
        lengths = mask.sum(dim=1)
        ar = mask.new_tensor(range(mask.shape[1])).unsqueeze(0)
        return bool(((ar < lengths.unsqueeze(1)).to(mask.dtype) == mask).all())

    @staticmethod
    def _key(ids) -> bytes:
        return hashlib.blake2b(ids.cpu().numpy().tobytes(), digest_size=16).digest()

    def states(self, input_ids, attention_mask, position_ids=None):
        """Lower-layer states for the batch: cached rows looked up, the others computed (and kept while room)."""
        import torch

        if attention_mask is None or position_ids is not None and not self._default_positions(position_ids, attention_mask) \
                or not self._right_padded(attention_mask):
            self.misses += input_ids.shape[0]
            return self.lower(input_ids, attention_mask, position_ids)  # packed or left-padded: no reuse
        lengths = attention_mask.sum(dim=1).tolist()
        keys = [self._key(input_ids[r, :n]) for r, n in enumerate(lengths)]
        missing = [r for r, k in enumerate(keys) if k not in self.store]
        fresh = {}
        if missing:
            width = max(lengths[r] for r in missing)
            computed = self.lower(input_ids[missing, :width], attention_mask[missing, :width])
            for j, r in enumerate(missing):
                fresh[r] = computed[j, : lengths[r]]
        out = None
        for r, k in enumerate(keys):
            row = fresh.get(r)
            if row is None:
                row = self.store[k]
                self.hits += 1
            else:
                self.misses += 1
                size = row.numel() * row.element_size()
                if self.used + size <= self.budget:
                    self.store[k] = row.detach().clone()
                    self.used += size
            if out is None:
                out = torch.zeros(input_ids.shape[0], input_ids.shape[1], row.shape[-1], dtype=row.dtype)
            out[r, : row.shape[0]] = row
        return out

    @staticmethod
    def _default_positions(position_ids, attention_mask) -> bool:
        import torch

        ar = torch.arange(attention_mask.shape[1]).unsqueeze(0).expand_as(attention_mask)
        real = attention_mask.bool()
        return bool((position_ids[real] == ar[real]).all())

    def hidden(self, input_ids, attention_mask, position_ids=None):
        """The decoder's last hidden state via the cache (the caller checked `verify` first)."""
        return self.upper(self.states(input_ids, attention_mask, position_ids), input_ids, attention_mask, position_ids)

    def verify(self, input_ids, attention_mask, position_ids=None, tolerance: float = 1e-3) -> bool:
        """Whether the split pass equals the whole decoder on this batch (answer positions: all real ones)."""
        import torch

        if self.layers is None or not hasattr(self.lm.model, "norm"):
            self.verified, self.fallback = False, "the model has no model.layers / model.norm layout"
            return False
        try:
            with torch.no_grad():
                whole = self.lm.model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                                      use_cache=False).last_hidden_state
                split = self.upper(self.lower(input_ids, attention_mask, position_ids), input_ids, attention_mask,
                                   position_ids)
        except Exception as exc:  # a family whose layers take their input another way
            self.verified, self.fallback = False, f"the split pass failed ({type(exc).__name__}: {exc})"
            return False
        real = attention_mask.bool() if attention_mask is not None else torch.ones(whole.shape[:2], dtype=torch.bool)
        diff = (whole[real].float() - split[real].float()).abs().max().item()
        scale = whole[real].float().abs().max().item() or 1.0
        self.verified = diff <= tolerance * scale
        if not self.verified:
            self.fallback = f"the split pass differs from the whole model (max difference {diff:.3g} of {scale:.3g})"
        return self.verified

    def summary(self) -> dict:
        return {"lower_layers": self.n_lower, "verified": self.verified, "fallback": self.fallback,
                "cached_rows": len(self.store), "cache_mb": round(self.used / 2**20, 1),
                "hits": self.hits, "misses": self.misses}
