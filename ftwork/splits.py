"""The split and its near-duplicates: which examples are copies of each other, and which side each lands on.

Similarity is measured on the query text alone (`near_duplicate_pairs`); near-duplicates form
clusters (`clusters`), and the seeded, label-stratified split keeps a whole cluster on one side
(`split_indices`), so evaluation never sees a paraphrase of a training example.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict

__all__ = ["clusters", "near_duplicate_pairs", "norm_text", "split_indices", "stratified_split"]

# ---------------------------------------------------------------------------------------------
# Near-duplicates
# ---------------------------------------------------------------------------------------------
_STOP = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been it its this that these those i "
    "me my we our you your he she they them his her their do does did have has had not no so than then there here what "
    "which who how when where why can could would should will may might must am please hi hello dear thanks thank "
    "regards kind best el la los las de del y o que en un una por para con es mi me se lo le al su sus le les du des "
    "et est une pour der die das und ist ein eine zu il di che per".split()
)


def norm_text(text: str) -> str:
    """Lower case, every run of non-word characters one space: the text two copies share."""
    return re.sub(r"\W+", " ", str(text).lower()).strip()


def _char_grams(text: str, n: int = 5) -> frozenset:
    s = f" {norm_text(text)} "
    return frozenset(s[i : i + n] for i in range(max(1, len(s) - n + 1)))


def _content_words(text: str) -> frozenset:
    # order-free content words, cut to 5 letters (a cheap stemmer: arrived/arrive, invoices/invoice)
    return frozenset(w[:5] for w in norm_text(text).split() if w not in _STOP)


def _jaccard_join(sets_a: list[frozenset], sets_b: list[frozenset], threshold: float, same: bool) -> dict:
    """All pairs with Jaccard ≥ threshold, exactly, by prefix filtering (rare tokens first)."""
    freq = Counter(t for s in (sets_a if same else sets_a + sets_b) for t in s)

    def prefix(s):
        toks = sorted(s, key=lambda t: (freq[t], t))
        return toks[: len(toks) - math.ceil(threshold * len(toks) - 1e-9) + 1]

    index: dict = defaultdict(list)
    for j, s in enumerate(sets_b):
        if s:
            for t in prefix(s):
                index[t].append(j)
    found = {}
    for i, s in enumerate(sets_a):
        if not s:
            continue
        candidates = {j for t in prefix(s) for j in index.get(t, ())}
        for j in candidates:
            if same and j <= i:
                continue
            other = sets_b[j]
            if min(len(s), len(other)) < threshold * max(len(s), len(other)):
                continue
            inter = len(s & other)
            jac = inter / (len(s) + len(other) - inter)
            if jac >= threshold:
                found[(i, j)] = jac
    return found


def near_duplicate_pairs(texts_a: list[str], texts_b: list[str] | None = None, threshold: float = 0.8) -> list[tuple[int, int, float]]:
    """Pairs (i, j, similarity) with similarity ≥ threshold, within `texts_a` or across a and b.

    Similarity is the larger of two Jaccard scores: on character 5-grams (catches copies with small
    edits) and on the set of content words (catches reworded copies: reordered clauses, changed
    function words). Texts written from one template with other names and products stay below 0.8.
    """
    same = texts_b is None
    texts_b = texts_a if same else texts_b
    found: dict = {}
    for shingle in (_char_grams, _content_words):
        sa = [shingle(t) for t in texts_a]
        sb = sa if same else [shingle(t) for t in texts_b]
        for key, jac in _jaccard_join(sa, sb, threshold, same).items():
            found[key] = max(jac, found.get(key, 0.0))
    return sorted((i, j, round(s, 3)) for (i, j), s in found.items())


def clusters(n: int, pairs: list[tuple[int, int, float]]) -> list[int]:
    """Cluster id per item (union–find over the pairs): near-duplicates share an id."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(n)]


# ---------------------------------------------------------------------------------------------
# Split
# ---------------------------------------------------------------------------------------------
def _groups_by_label(labels: list[str], groups: list) -> tuple[dict, dict[str, list]]:
    """(members of each group, the groups of each label): a group counts under the label most of its members carry."""
    members: dict = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    by_label: dict[str, list] = defaultdict(list)
    for g, idx in members.items():
        by_label[Counter(labels[i] for i in idx).most_common(1)[0][0]].append(g)
    return members, by_label


def _pick_groups(gs: list, members: dict, want: int) -> list:
    """The groups (in shuffled order) dealt to one held-out split until it holds `want` rows."""
    got, picked = 0, []
    for g in gs:  # groups that fit in the share; a big cluster goes to training instead of swamping eval
        if len(gs) - len(picked) <= 1 or got >= want:  # always leave one group for training
            break
        if got + len(members[g]) <= want:
            picked.append(g)
            got += len(members[g])
    if not picked and len(gs) > 1:  # every group is bigger than the share: the smallest one
        picked = [min(gs, key=lambda g: len(members[g]))]
    return picked


def split_indices(labels: list[str], fractions: dict[str, float], seed: int, groups: list | None = None) -> dict[str, list[int]]:
    """Indices per split ("train" takes the rest), stratified by label, whole groups kept together.

    Groups (near-duplicate clusters) are shuffled within their label with a fixed seed and dealt to
    the held-out splits until each holds its share of that label's rows; every label with at least
    two groups gets one group in each held-out split with a positive fraction.
    """
    rng = random.Random(seed)
    groups = list(range(len(labels))) if groups is None else list(groups)
    members, by_label = _groups_by_label(labels, groups)
    out: dict[str, list[int]] = {name: [] for name in fractions}
    out["train"] = []
    for label in sorted(by_label):
        gs = sorted(by_label[label], key=str)
        rng.shuffle(gs)
        n_rows = sum(len(members[g]) for g in gs)
        for name, frac in fractions.items():
            if frac <= 0 or len(gs) < 2:
                continue
            picked = _pick_groups(gs, members, max(1, round(n_rows * frac)))
            for g in picked:
                out[name] += members[g]
            gs = [g for g in gs if g not in set(picked)]
        for g in gs:
            out["train"] += members[g]
    return {k: sorted(v) for k, v in out.items()}


def stratified_split(labels: list[str], eval_fraction: float, seed: int, groups: list | None = None) -> tuple[list[int], list[int]]:
    """Indices for train and eval, stratified by label (every label with ≥2 rows gets one in eval);
    rows sharing a group id (near-duplicates) stay on the same side."""
    parts = split_indices(labels, {"eval": eval_fraction}, seed, groups)
    return parts["train"], parts["eval"]
