"""A paged KV cache and batched decode for GPT-2 and the LLaMA family, on minic's public API.

Keys and values of every sequence live in one pool per layer: a realized
[pages * page_size, kv_heads * head_dim] tensor whose rows are handed out a
page (page_size rows) at a time (grouped-query models store only their
key/value heads). A sequence's block table lists its pages; position p lives
in pool row `table[p // page_size] * page_size + p % page_size`. Page 0 is
never handed out: it is the row padding points at, and the mask hides it.

Both steps run through `minic.jit`, compiled once for every size up to the bounds:
  * decode: B sequences (Var `batch`), one token each, each at its own position
    (a [B] buffer); attention reads each sequence's keys and values through
    its block table ([B, P] pages, Var `pages`: the longest in the step) by a
    gather of rows `table[b, j] * page_size + r`, and masks the positions
    past each sequence's own (the padding, page 0, included). The batch Var
    comes in buckets (2-4, 5-16, 17-64 sequences: `batch_buckets`), each
    compiled once, because GPU kernels are made for their Var's bound (tiles,
    grids launched at the bound in a CUDA graph); one sequence has a step of
    its own, with static shapes.
  * extend: n tokens (Var `new_tokens`) of one sequence, attending through its
    block table [P] to the positions at or before each token's own; this is
    the prefill (the head runs on the last token only), and, with every token's
    logits, the k+1-token verification pass of speculative decoding
    (models/speculative.py).
A step stores its new keys and values with a scatter (`Tensor.assign_rows`):
token i's row goes to pool row `at[i]`, computed on the host from the block
table, so a step writes its B rows and touches no other.

Host bookkeeping (which pages are free, shared or owned) is in `PagePool`; a
page referenced by two histories (a fork) is copied before either writes into
it (copy on write), so rows already written are never changed under a reader.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np

import minic
from minic import Tensor, Var
from minic.errors import MinicError
from minic.jit import Bound, jit
from models.gpt2 import GPT2
from models.llama import Llama
from models.transformer import grouped_attention, within_window


class PoolFull(MinicError):
    """The page pool has fewer free pages than a sequence needs (callers queue, they do not truncate)."""


class PagePool:
    """Which pages are free, and how many histories reference each one (host side only)."""

    def __init__(self, pages: int, page_size: int):
        if pages < 2 or page_size < 1:
            raise MinicError(f"a page pool needs at least 2 pages (page 0 is the padding page) of at least 1 row, "
                             f"got {pages} pages of {page_size} rows")
        self.pages, self.page_size = pages, page_size
        self.refs = np.zeros(pages, np.int64)
        self.refs[0] = 1  # the padding page is never handed out
        self._free = list(range(1, pages))  # a heap: the lowest free page first keeps the pages in use together

    @property
    def free(self) -> int:
        return len(self._free)

    @property
    def used(self) -> int:
        return self.pages - 1 - len(self._free)

    def pages_for(self, tokens: int) -> int:
        return -(-tokens // self.page_size)

    def alloc(self, count: int) -> list[int]:
        if count > len(self._free):
            raise PoolFull(f"{count} pages wanted, {len(self._free)} of {self.pages - 1} free")
        got = [heapq.heappop(self._free) for _ in range(count)]
        self.refs[got] = 1
        return got

    def share(self, pages: list[int]) -> None:
        for p in pages:
            self.refs[p] += 1

    def release(self, pages: list[int]) -> None:
        for p in pages:
            if self.refs[p] <= 0 or p == 0:
                raise MinicError(f"page {p} released but not held")
            self.refs[p] -= 1
            if self.refs[p] == 0:
                heapq.heappush(self._free, p)


@dataclass
class Sequence:
    """One history in the cache: its block table and how many positions are written."""
    pages: list = field(default_factory=list)
    length: int = 0


class PagedLM:
    """A model's weights and layers (models/gpt2.py's GPT2 or models/llama.py's Llama, on one device) over a paged
    KV cache, decoding many sequences per step."""

    def __init__(self, model, pages: int = 64, page_size: int = 16, max_batch: int = 16):
        if not isinstance(model, (GPT2, Llama)):
            raise MinicError(f"the paged KV cache runs GPT2 and Llama models (models/gpt2.py, models/llama.py), "
                             f"got a {type(model).__name__}")
        if model.tp.size > 1:
            raise MinicError(f"the paged KV cache runs a model on one device; this {type(model).__name__} is split "
                             f"over {model.tp.size} ranks (--tp): serve it with --tp 1")
        self.model, cfg = model, model.cfg
        if max_batch < 1:
            raise MinicError(f"max_batch (sequences per decode step) must be >= 1, got {max_batch}")
        self.max_ctx, self.max_batch, self.page_size = model.max_ctx, max_batch, page_size
        self.pool = PagePool(pages, page_size)
        self.heads, self.kv_heads = model.heads, getattr(model, "kv_heads", model.heads)
        self.kv_width = self.kv_heads * cfg.head_dim  # a pool row: one position's keys (or values), every kv head
        rows = pages * page_size
        self.k_pool = [Tensor.zeros(rows, self.kv_width, dtype=model.dtype, device=model.device).realize()
                       for _ in range(cfg.n_layer)]
        self.v_pool = [Tensor.zeros(rows, self.kv_width, dtype=model.dtype, device=model.device).realize()
                       for _ in range(cfg.n_layer)]
        # a batch Var per range of batch sizes (batch_buckets): a step's kernels are made for its Var's bound, so a
        # step of 16 in an engine that batches up to 64 gets the kernels of an engine that batches up to 16
        self.batches = [Var("batch", lo, hi) for lo, hi in batch_buckets(max_batch)]
        self.new = Var("new_tokens", 1, self.max_ctx)  # not "new": a reserved word in WGSL
        self.table_pages = Var("pages", 1, -(-self.max_ctx // page_size))
        self._decode = jit(self._decode_graph)
        self._extend = jit(self._extend_graph)
        self._copy_page = jit(self._copy_page_graph)
        self._load = jit(self._load_graph)
        self._page_src, self._page_dst = (Var(name, 0, (pages - 1) * page_size) for name in ("src", "dst"))

    @property
    def records(self) -> int:
        """Calls that were scheduled and recorded by Python (the rest replayed)."""
        return self._decode.records + self._extend.records + self._copy_page.records + self._load.records

    def warm_up(self) -> None:
        """Record the steps now (extend; decode of one sequence; decode of a batch) with two calls each that differ
        in every Var (token count, batch, block-table pages), so the first requests replay instead
        of recording: a Var that two recordings did not vary is not proven free, and a call with another value of
        it records again (minic/jit.py)."""
        ps = self.page_size
        # `a` spans two pages (three and more after its second extend) where the context and pool allow, `b` one;
        # `a` then takes a decode step of its own and one in each batch bucket's first step, within the context
        long = max(1, min(ps + 1, (self.max_ctx - 1 - len(self.batches)) // 2, (self.pool.free - 2) * ps // 2))
        a, b = Sequence(), Sequence()
        for all_logits in (False, True):  # the last token's logits (prefill), every token's (speculative checks)
            self.extend(a, [0] * long, all_logits)
            self.extend(b, [0], all_logits)
        self.decode([a], [0])  # one sequence: its own step (static batch, see decode), recorded twice
        self.decode([b], [0])
        ones = [b]  # one-page sequences, as many as the largest bucket's calls need and the pool allows
        while self.batches and len(ones) < min(self.batches[-1].lo + 1, self.max_batch) and self.pool.free:
            ones.append(Sequence())
            self.extend(ones[-1], [0])
        for var in self.batches:  # each batch bucket's step, with every Var varied: batch and pages
            first, second = [a, *ones[:var.lo - 1]], ones[:min(var.hi, var.lo + 1)]
            if len(first) == var.lo and len(second) > var.lo:
                self.decode(first, [0] * len(first))
                self.decode(second, [0] * len(second))
        for s in ones[1:]:
            self.free(s)
        self.free(a)
        self.free(b)

    # --- sequences ---------------------------------------------------------------------------
    def reserve(self, seq: Sequence, tokens: int) -> None:
        """Give `seq` pages for `tokens` positions in all (raises PoolFull, changing nothing, if they are not free)."""
        if tokens > self.max_ctx:
            raise MinicError(f"{tokens} positions do not fit the context of {self.max_ctx} tokens")
        more = self.pool.pages_for(tokens) - len(seq.pages)
        if more > 0:
            seq.pages.extend(self.pool.alloc(more))

    def free(self, seq: Sequence) -> None:
        """Give the sequence's pages back (shared pages stay with their other holders)."""
        self.pool.release(seq.pages)
        seq.pages, seq.length = [], 0

    def fork(self, seq: Sequence) -> Sequence:
        """A second history with the same prefix: its pages are shared until one of the two writes into them."""
        self.pool.share(seq.pages)
        return Sequence(list(seq.pages), seq.length)

    def fork_prefix(self, seq: Sequence, length: int) -> Sequence:
        """A new sequence holding `seq`'s first `length` positions in shared pages (copy on write), whatever `seq`
        holds after them: n answers to one prompt share its prefill."""
        if length > seq.length:
            raise MinicError(f"a prefix of {length} positions from a sequence of {seq.length}")
        pages = seq.pages[:self.pool.pages_for(length)]
        self.pool.share(pages)
        fork = Sequence(list(pages), length)
        if length % self.page_size:  # its first write lands in the shared, partly filled last page: copy it now,
            self._own(fork, length, length + 1)  # while the caller's free-page check covers it, not mid-decode
        return fork

    def _own(self, seq: Sequence, start: int, stop: int) -> None:
        """Copy every shared page that positions start..stop-1 write into (copy on write)."""
        ps = self.page_size
        for j in range(start // ps, min(-(-stop // ps), len(seq.pages))):
            page = seq.pages[j]
            if self.pool.refs[page] > 1:
                (fresh,) = self.pool.alloc(1)
                self._copy_page(Bound(self._page_src, page * ps), Bound(self._page_dst, fresh * ps))
                self.pool.release([page])
                seq.pages[j] = fresh

    def offload(self, seq: Sequence) -> np.ndarray:
        """The sequence's keys and values copied to host memory, [layers, 2 (keys, values), length, kv_width], and
        its pages freed."""
        if seq.length == 0:
            host = np.zeros((self.model.cfg.n_layer, 2, 0, self.kv_width), np.float32)
        else:
            rows = Tensor(self.rows(seq, seq.length), device=self.model.device)
            host = np.stack([np.stack([pool[rows].numpy() for pool in pools])
                             for pools in zip(self.k_pool, self.v_pool)])
        self.free(seq)
        return host

    def bring_back(self, host: np.ndarray) -> Sequence:
        """A sequence holding keys and values that `offload` returned, in freshly reserved pages (PoolFull if
        they are not free)."""
        cfg = self.model.cfg
        if host.ndim != 4 or host.shape[:2] != (cfg.n_layer, 2) or host.shape[3] != self.kv_width:
            raise MinicError(f"offloaded keys and values must be [{cfg.n_layer}, 2, length, {self.kv_width}], "
                             f"got {list(host.shape)}")
        seq = Sequence()
        if host.shape[2] == 0:
            return seq
        self.reserve(seq, host.shape[2])
        data = Tensor(np.ascontiguousarray(host), dtype=self.model.dtype, device=self.model.device,
                      shape=(cfg.n_layer, 2, self.new, self.kv_width))
        self._load(data, Tensor(self.rows(seq, host.shape[2]), device=self.model.device, shape=(self.new,)))
        seq.length = host.shape[2]
        return seq

    def rows(self, seq: Sequence, length: int, start: int = 0) -> np.ndarray:
        """The pool row of each position start..length-1 of `seq`."""
        pos = np.arange(start, length)
        table = np.asarray(seq.pages, np.int64)
        if length > len(seq.pages) * self.page_size:
            raise MinicError(f"position {length - 1} is past the {len(seq.pages)} pages reserved for the sequence")
        return (table[pos // self.page_size] * self.page_size + pos % self.page_size).astype(np.int32)

    # --- steps (host ids in, host logits out) ----------------------------------------------
    def extend(self, seq: Sequence, ids, all_logits: bool = False) -> np.ndarray:
        """Feed `ids` after the sequence's cached positions; the last token's logits [vocab] (the head runs on that
        token only), or with `all_logits` every token's [len(ids), vocab]."""
        ids = self.model._check_ids(ids)
        start, stop = seq.length, seq.length + len(ids)
        if not len(ids):
            raise MinicError("extend needs at least one token")
        self.reserve(seq, stop)
        self._own(seq, start, stop)
        dev = self.model.device
        table = np.array(seq.pages[:self.pool.pages_for(stop)], np.int32)
        logits = self._extend(Tensor(ids, device=dev, shape=(self.new,)),
                              Tensor(np.arange(start, stop, dtype=np.int32), device=dev, shape=(self.new,)),
                              Tensor(table, device=dev, shape=(self.table_pages,)),
                              Tensor(self.rows(seq, stop, start), device=dev, shape=(self.new,)), all_logits).numpy()
        seq.length = stop
        return logits if all_logits else logits[0]

    def decode(self, seqs: list[Sequence], tokens: list[int]) -> np.ndarray:
        """One token for each sequence, each at its own next position: logits [len(seqs), vocab]."""
        if not 1 <= len(seqs) <= self.max_batch or len(tokens) != len(seqs):
            raise MinicError(f"decode takes 1..{self.max_batch} sequences with one token each, got "
                             f"{len(seqs)} sequences and {len(tokens)} tokens")
        ids = self.model._check_ids(tokens)
        pages = [self.pool.pages_for(s.length + 1) for s in seqs]
        table = np.zeros((len(seqs), max(pages)), np.int32)  # padding is page 0, masked out
        written = np.empty(len(seqs), np.int32)
        for j, s in enumerate(seqs):
            self.reserve(s, s.length + 1)
            self._own(s, s.length, s.length + 1)
            table[j, :pages[j]] = s.pages[:pages[j]]
            written[j] = s.pages[s.length // self.page_size] * self.page_size + s.length % self.page_size
        pos = np.array([s.length for s in seqs], np.int32)
        dev = self.model.device
        # one sequence gets a step of its own, with a batch of 1 in its shapes: its products are GEMVs and its grids
        # hold one sequence, where a batched step launches (in a CUDA graph) grids for its bucket's bound
        batch = 1 if len(seqs) == 1 else next(var for var in self.batches if len(seqs) <= var.hi)
        logits = self._decode(Tensor(ids, device=dev, shape=(batch,)),
                              Tensor(pos, device=dev, shape=(batch,)),
                              Tensor(table, device=dev, shape=(batch, self.table_pages)),
                              Tensor(written, device=dev, shape=(batch,))).numpy()
        for s in seqs:
            s.length += 1
        return logits

    # --- graphs (run under minic.jit) --------------------------------------------------------
    def _blocks(self, tokens: Tensor, pos: Tensor, attend) -> Tensor:
        """The model's embedding and layers for `tokens` at positions `pos` (a buffer: each row its own), with
        attention through `attend`: rows [n, dim]."""
        m = self.model
        if isinstance(m, Llama):
            return m.layers(m.embed(tokens), attend, m.rope_rows(pos))
        with minic.scope("embed"):
            x = (m.w["wte.weight"].embedding(tokens) + m.w["wpe.weight"].embedding(pos)).realize()
        return m.layers(x, attend)

    def _write_kv(self, i: int, q: Tensor, k: Tensor, v: Tensor, at: Tensor) -> Tensor:
        """Store a step's new keys and values ([kv_heads, n, head_dim]) of layer i, token j's in pool row at[j],
        and realize q with them: all three may be views of one lazy product (the fused QKV), computed once."""
        n = k.shape[1]
        q, _, _ = minic.realize(q, *(pool.assign_rows(at, new.permute(1, 0, 2).reshape(n, self.kv_width), now=False)
                                     for pool, new in ((self.k_pool[i], k), (self.v_pool[i], v))))
        return q

    def _load_graph(self, data: Tensor, at: Tensor) -> None:
        for i, pools in enumerate(zip(self.k_pool, self.v_pool)):
            for j, pool in enumerate(pools):
                pool.assign_rows(at, data[i, j])

    def _rows(self, table: Tensor) -> Tensor:
        """Block table [..., P] -> the pool row of each position [..., P * page_size]."""
        ps = self.page_size
        offsets = Tensor.arange(ps, device=self.model.device)
        return (table.unsqueeze(-1) * ps + offsets).reshape(*table.shape[:-1], table.shape[-1] * ps).realize()

    def _allowed(self, pos: Tensor, span, window: int | None) -> Tensor:
        """[n, span]: key position t is at or before query position pos[i] (later ones and padding masked), and
        with a window fewer than `window` positions back (transformer.within_window)."""
        if window is not None:
            return within_window(pos, span, window)
        col = Tensor.arange(span, device=self.model.device).reshape(1, span)
        return col <= pos.reshape(pos.shape[0], 1)

    def _decode_graph(self, tokens: Tensor, pos: Tensor, table: Tensor, at: Tensor) -> Tensor:
        h, kvh, d = self.heads, self.kv_heads, self.model.cfg.head_dim
        b = table.shape[0]
        rows = self._rows(table)  # [B, span]
        span = rows.shape[1]
        allowed = {}  # window -> mask [b, 1, 1, span], made once for the layers that share it

        def attend(i: int, q: Tensor, k: Tensor, v: Tensor, window: int | None = None,
                   softcap: float | None = None) -> Tensor:
            q = self._write_kv(i, q, k, v, at)
            keys, values = (pool[rows].reshape(b, span, kvh, d).permute(0, 2, 1, 3)
                            for pool in (self.k_pool[i], self.v_pool[i]))
            if window not in allowed:
                allowed[window] = self._allowed(pos, span, window).reshape(b, 1, 1, span)
            att = grouped_attention(q.permute(1, 0, 2).reshape(b, h, 1, d), keys, values, allowed[window], softcap)
            return att.reshape(b, h, d).permute(1, 0, 2)

        return self.model._head(self._blocks(tokens, pos, attend))

    def _extend_graph(self, tokens: Tensor, pos: Tensor, table: Tensor, at: Tensor, all_logits: bool) -> Tensor:
        kvh, d = self.kv_heads, self.model.cfg.head_dim
        rows = self._rows(table)  # [span]
        span = rows.shape[0]
        allowed = {}  # window -> mask [n, span], broadcast over heads

        def attend(i: int, q: Tensor, k: Tensor, v: Tensor, window: int | None = None,
                   softcap: float | None = None) -> Tensor:
            q = self._write_kv(i, q, k, v, at)
            keys, values = (pool[rows].reshape(span, kvh, d).permute(1, 0, 2)
                            for pool in (self.k_pool[i], self.v_pool[i]))
            if window not in allowed:
                allowed[window] = self._allowed(pos, span, window)
            return grouped_attention(q, keys, values, allowed[window], softcap)

        x = self._blocks(tokens, pos, attend)
        return self.model._head(x if all_logits else x[self.new - 1:self.new])

    def _copy_page_graph(self, src: Bound, dst: Bound) -> None:
        ps = self.page_size
        for pool in (*self.k_pool, *self.v_pool):
            pool[dst.var:dst.var + ps].bind(**{dst.name: dst.value}).assign(
                pool[src.var:src.var + ps].bind(**{src.name: src.value}))


BATCH_BUCKET_GROWTH = 4  # each batch Var's bound is this many times the one before


def batch_buckets(max_batch: int) -> list[tuple[int, int]]:
    """(lo, hi) batch sizes of each batch Var: 2-4, 5-16, 17-64, ..., the last ending at max_batch (a batch of 1
    has a step of its own). Few Vars, each recorded once, and no step runs kernels sized for more than
    BATCH_BUCKET_GROWTH times its batch."""
    buckets, lo = [], 2
    while lo <= max_batch:
        hi = min(BATCH_BUCKET_GROWTH * (lo - 1), max_batch)
        buckets.append((lo, hi))
        lo = hi + 1
    return buckets
