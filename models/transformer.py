"""What every decoder-only model here shares: the KV cache, the symbolic sequence Vars, and the jitted
prefill / decode / greedy-decode plumbing.

The sequence dims are symbolic, so each path compiles once:
  * prefill takes `n` new tokens (Var n) ending at position `m` (Var m): the tokens sit at positions
    m-n .. m-1. Writing the past as `m - n` instead of a third Var keeps every slice provably inside the
    cache (`past + n <= max_ctx` cannot be proven from two independent Vars' bounds).
  * decode takes one token at position `past` (Var past), so m = past + 1.
Each layer keeps a preallocated, realized KV cache of shape [kv_heads, max_ctx, head_dim]; new keys/values
are written with `assign` into `cache[:, past:m]` and attention reads `cache[:, :m]` with the causal
offset m - n. Grouped-query attention (fewer key/value heads than query heads) groups the queries as
[kv_heads, group, n, head_dim] and broadcasts each key/value head over its group: a view, no copy.

All three paths run through `minic.jit`: the first two calls are scheduled by Python and recorded, later
calls replay the recorded launches with the new token buffer and Var values. A model subclasses
`CausalLM` and writes only its embedding, its layers and its head.
"""
from __future__ import annotations

from collections.abc import Collection, Iterator

import numpy as np

import minic
from minic import Tensor, Var
from minic.jit import Bound, jit

CHAIN = (4, 64)  # CPU greedy steps a native call runs (greedy_tokens): the first call's, doubling up to the last


class KVCache:
    """Per-layer key and value caches, [kv_heads, max_ctx, head_dim] each, realized once and written in place."""

    def __init__(self, n_layer: int, kv_heads: int, max_ctx: int, head_dim: int, dtype, device: str):
        shape = (kv_heads, max_ctx, head_dim)
        self.k = [Tensor.zeros(*shape, dtype=dtype, device=device).realize() for _ in range(n_layer)]
        self.v = [Tensor.zeros(*shape, dtype=dtype, device=device).realize() for _ in range(n_layer)]

    def attend(self, layer: int, q: Tensor, k: Tensor, v: Tensor, past, m, vals: dict, window: int | None = None,
               softcap: float | None = None) -> Tensor:
        """Write this step's k, v [kv_heads, n, d] at positions past..m-1, then causal attention of q
        [heads, n, d] over positions 0..m-1 (the last `window` of them for each query, with a window):
        [heads, n, d]. q, k and v may be views of one lazy product (the fused QKV): realized together with the
        cache writes, they are all stored by the product's kernel."""
        q, _, _ = minic.realize(q, self.k[layer][:, past:m].bind(**vals).assign(k, now=False),
                                self.v[layer][:, past:m].bind(**vals).assign(v, now=False))
        keys = self.k[layer][:, :m].bind(**vals)
        values = self.v[layer][:, :m].bind(**vals)
        n = q.shape[-2]
        mask = None if window is None else within_window(Tensor.arange(m, device=q.device)[m - n:], m, window)
        return grouped_attention(q, keys, values, mask, softcap)


def within_window(positions: Tensor, span, window: int) -> Tensor:
    """[n, span] booleans: key position t is at or before query position positions[i] and fewer than `window`
    positions back (a sliding window's causal mask: each query sees itself and window - 1 positions before)."""
    col = Tensor.arange(span, device=positions.device).reshape(1, span)
    row = positions.reshape(positions.shape[0], 1)
    return (col <= row) & (col > row - window)


def grouped_attention(q: Tensor, keys: Tensor, values: Tensor, mask: Tensor | None = None,
                      softcap: float | None = None) -> Tensor:
    """Attention of q [..., heads, n, d] over keys/values [..., kv_heads, m, d]: causal (the last n of the m
    positions are the queries'), or where `mask` allows (boolean, [..., n, m]: one row per query position, shared
    by the heads; the paged cache's rows through a block table, a sliding window). With fewer kv heads, each serves
    heads / kv_heads queries, broadcast rather than copied. `softcap`: the scores' soft cap
    (nn.scaled_dot_product_attention).

    One query row per head (decode): [..., kv, group, 1, d] queries against [..., kv, 1, m, d] keys, the shape the
    Attention rule takes. Several (prefill): a kv head's group of heads is one run of group * n rows,
    [..., kv, group * n, d], so that each product has one row axis, as the matmul rules need (with two, group and
    n, the CPU ran both as row reductions: a quarter of SmolLM2's prefill); row i's mask is query i % n's."""
    *lead, heads, n, d = q.shape
    kv_heads, m = keys.shape[-3], keys.shape[-2]
    group = heads // kv_heads
    if heads == kv_heads:
        how = {"causal": True} if mask is None else {"mask": mask}
        return q.scaled_dot_product_attention(keys, values, softcap=softcap, **how)
    if n == 1:
        q = q.reshape(*lead, kv_heads, group, n, d)
        how = {"causal": True} if mask is None else {"mask": mask.unsqueeze(-3)}
        att = q.scaled_dot_product_attention(keys.unsqueeze(-3), values.unsqueeze(-3), softcap=softcap, **how)
        return att.reshape(*lead, heads, n, d)
    if mask is None:
        at = Tensor.arange(m, device=q.device)
        positions = at[m - n:].reshape(1, n).expand(group, n).reshape(group * n, 1)  # each row's own position
        allowed = at.reshape(1, m) <= positions
    else:
        outer = mask.shape[:-2]
        allowed = mask.unsqueeze(-3).expand(*outer, group, n, m).reshape(*outer, group * n, m)
    att = q.reshape(*lead, kv_heads, group * n, d).scaled_dot_product_attention(keys, values, mask=allowed,
                                                                               softcap=softcap)
    return att.reshape(*lead, heads, n, d)


class CausalLM:
    """A decoder-only LM with its KV cache: host ids in, host logits (or a greedy id) out.

    Subclasses set `vocab_size`, call `_setup` and define `_blocks(tokens, past, m, vals) -> [n, dim]` (the
    embedding and the layers for tokens at positions past..m-1, their attention through `cached_attention`)
    and `_head(x) -> float32 logits`.
    """

    vocab_size: int

    def _setup(self, n_layer: int, kv_heads: int, head_dim: int, max_ctx: int, device: str | None,
               dtype: str) -> None:
        self.device = device or "LLVM"
        if dtype not in ("float32", "float16"):
            raise minic.DTypeError(f"model dtype must be 'float32' or 'float16', got {dtype!r}")
        self.dtype = minic.float16 if dtype == "float16" else minic.float32
        self.max_ctx = max_ctx
        self.cache = KVCache(n_layer, kv_heads, max_ctx, head_dim, self.dtype, self.device)
        self.n = Var("n", 1, max_ctx)
        self.m = Var("m", 1, max_ctx)
        self.past = Var("past", 0, max_ctx - 1)
        self._prefill = jit(self._prefill_graph)
        self._decode = jit(self._decode_graph)
        self._greedy = jit(self._greedy_graph)

    @property
    def records(self) -> int:
        """Calls that were scheduled and recorded by Python (the rest were replays)."""
        return self._prefill.records + self._decode.records + self._greedy.records

    # --- public: host ids in, host logits out ---------------------------------------------
    def prefill(self, ids, start: int = 0, all_logits: bool = False) -> np.ndarray:
        """Run `ids` at positions start.. (filling the cache); logits of the last token, or of all with all_logits."""
        ids = self._check_ids(ids)
        if not 1 <= len(ids) or start < 0 or start + len(ids) > self.max_ctx:
            raise minic.IndexOutOfRange(f"prefill of {len(ids)} tokens at position {start} does not fit the "
                                        f"context of {self.max_ctx} tokens")
        tokens = Tensor(ids, device=self.device, shape=(self.n,))
        logits = self._prefill(tokens, Bound(self.m, start + len(ids)), all_logits).numpy()
        return logits if all_logits else logits[0]

    def decode(self, token: int, pos: int) -> np.ndarray:
        """Logits after feeding one token at position `pos` (the cache must hold positions < pos)."""
        return self._decode(*self._decode_args(token, pos)).numpy()[0]

    def decode_greedy(self, token: int, pos: int) -> int:
        """The next token under greedy decoding (as `decode(token, pos).argmax()`): the argmax runs on the device
        inside the replay, so one id comes back to the host instead of the vocabulary's logits."""
        return int(self._greedy(*self._decode_args(token, pos)).numpy()[0])

    def greedy_tokens(self, token: int, pos: int, count: int, stop: Collection[int] = ()) -> Iterator[int]:
        """Up to `count` greedy tokens after feeding `token` at `pos` (the same ids as `decode_greedy` step by
        step), the last of them the first that is in `stop` (end-of-text ids), if any is.
        On a GPU the device runs one step ahead of the host: step i+1 is launched on step i's id while that id is
        still on the device, and only then is step i's id read back (Tensor.numpy_async), so the host's work for
        a token overlaps the device's. On a CPU, runs of steps are one native call each (`jit.chain`: each step
        feeds its id to the next without coming back to Python, and a stop id ends the run), the first run
        CHAIN[0] steps long (the first tokens come soon), each next one twice as long up to CHAIN[1] (Python's
        share per token shrinks). A caller that stops taking tokens early wastes at most the steps already
        launched (one on a GPU, the rest of the run on a CPU); their cache entries lie past the last position
        the caller uses."""
        if count <= 0:
            return
        if pos + count > self.max_ctx:
            raise minic.IndexOutOfRange(f"{count} greedy tokens from position {pos} run past the context of "
                                        f"{self.max_ctx} tokens")
        stop = frozenset(int(t) for t in stop)
        if not minic.get_device(self.device).target.gpu:
            fed, done, run = token, 0, CHAIN[0]
            while done < count:
                ids = self._greedy.chain(min(run, count - done), 0, *self._decode_args(fed, pos + done), stop=stop)
                yield from ids[:, 0].tolist()
                fed, done, run = int(ids[-1, 0]), done + len(ids), min(2 * run, CHAIN[1])
                if fed in stop:
                    return
            return
        ids = self._greedy(*self._decode_args(token, pos))
        pending = ids.numpy_async()
        try:
            for i in range(1, count):
                ids = self._greedy(ids, Bound(self.past, pos + i))
                ready, pending = pending, ids.numpy_async()
                got = int(ready()[0])
                yield got
                if got in stop:
                    return
        finally:  # a caller that stops early (an end token) still collects the copy in flight
            pending()
        yield int(pending()[0])

    def _decode_args(self, token: int, pos: int) -> tuple:
        ids = np.array([token], np.int32) if type(token) is int and 0 <= token < self.vocab_size \
            else self._check_ids([token])  # (a plain int in range, every step of a decode loop, costs no check)
        if not 0 <= pos < self.max_ctx:
            raise minic.IndexOutOfRange(f"decode position {pos} is outside the context of {self.max_ctx} tokens")
        return Tensor(ids, device=self.device), Bound(self.past, pos)

    def _check_ids(self, ids) -> np.ndarray:
        arr = np.asarray(ids)
        if arr.ndim != 1 or not np.issubdtype(arr.dtype, np.integer) and arr.size:
            raise minic.DTypeError(f"token ids must be a 1-D list of ints, got {arr.dtype} with shape {arr.shape}")
        bad = np.flatnonzero((arr < 0) | (arr >= self.vocab_size))
        if bad.size:
            i = int(bad[0])
            raise minic.IndexOutOfRange(f"token id {int(arr[i])} at position {i} is out of range for the "
                                        f"vocabulary of {self.vocab_size} tokens")
        return arr.astype(np.int32)

    # --- graphs (run under minic.jit) ---------------------------------------------------------
    def _prefill_graph(self, tokens: Tensor, m: Bound, all_logits: bool) -> Tensor:
        n = self.n
        x = self._blocks(tokens, m.var - n, m.var, {m.var.name: m.value})
        if not all_logits:
            x = x[n - 1:n]
        return self._head(x)

    def _decode_graph(self, tokens: Tensor, past: Bound) -> Tensor:
        return self._head(self._blocks(tokens, past.var, past.var + 1, {past.var.name: past.value}))

    def _greedy_graph(self, tokens: Tensor, past: Bound) -> Tensor:
        logits = self._decode_graph(tokens, past)
        with minic.scope("head"):
            return logits.argmax(-1).realize()

    def cached_attention(self, past, m, vals: dict):
        """`attend(i, q, k, v, window=None, softcap=None)` for tokens at positions past..m-1: layer i's attention
        over this model's cache (q [heads, n, d], k and v [kv_heads, n, d], out [heads, n, d]; KVCache.attend). A
        model's `layers(x, attend)` takes it, or a paged cache's (models/paged.py)."""
        return lambda i, q, k, v, **options: self.cache.attend(i, q, k, v, past, m, vals, **options)

    def _blocks(self, tokens: Tensor, past, m, vals: dict) -> Tensor:
        raise NotImplementedError

    def _head(self, x: Tensor) -> Tensor:
        raise NotImplementedError
