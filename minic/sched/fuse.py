"""Fusion: cut the lazy graph into kernels.

Everything fuses into its consumer unless that would recompute work:
  * requested outputs, `contiguous()` and assigns always end a kernel;
  * a collective (ALLREDUCE, ALLGATHER, REDUCE_SCATTER: minic/dist) is a kernel of
    its own that a communicator runs, on a realized input buffer;
  * a reduction is cut out (realized to its own buffer) when lowering finds it
    would be recomputed inside another reduction's loop, read at two different
    indices (unless the caller's `second_site` lets the kernel compute it at
    both: RoPE reading a product's column and its partner, in a GPU GEMV), or
    needed by two kernels (unless the caller's `recomputes` says each of them
    computes it cheaply itself: a norm's statistics in the prologue of LLaMA's
    q, k and v GEMVs);
  * attention, softmax(scores) @ values (minic/sched/attention.py), ends a kernel that
    holds all of it, when the caller's `keep_attention` says the target's rule
    will take it; lowering it as one online softmax proves it needs no cut inside;
  * several reductions in one kernel (LLaMA's silu(x @ Wg) * (x @ Wu); a norm
    in a product's prologue) stay together unless the caller's `target_cuts`
    names nodes to cut out (the target has no schedule that runs them together
    at that size).
A kernel that would only copy a view of an earlier kernel's result (a KV-cache
write of a product's columns, a realized slice of it) is merged into that kernel
as a side store (minic/sched/side_store.py): it stores those elements twice. A
result that several such copies read (a QKV product, RoPE applied to it) is
realized once for them, so that they merge too.
Elementwise chains, a reduction's prologue and epilogue, and reductions over
the same rows (softmax, layer norm) therefore land in one kernel. Lowering
itself detects the recompute cases (NeedsRealize), so fusion and codegen can
never disagree about what a kernel computes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from minic.ir.node import ELEMENTWISE, Node, toposort
from minic.ir.symbolic import Sint, Sym, bounds, evaluate, free_syms
from minic.ir.view import ViewStack, prod
from minic.naming import describe
from minic.runtime.buffer import Buffer
from minic.sched.attention import (
    AttentionMatch,
    build_cpu_attention,
    find_attention,
    is_reshape,
    match_attention,
    outer_reductions,
)
from minic.sched.lower import Emitter, NeedsRealize, spatial_dims
from minic.sched.side_store import SideStore, copy_view

COLLECTIVES = ("ALLREDUCE", "ALLGATHER", "REDUCE_SCATTER")  # ops a communicator runs (arg: its minic.dist Group)


@dataclass(frozen=True)
class Scatter:
    """Where a scatter kernel writes: row i of its values goes to row `rows[i]` of an output of `shape`."""
    rows: Node  # the kernel's BUFFER node of int32 row ids
    shape: tuple


@dataclass
class KernelGraph:
    """One kernel's worth of graph: `root` over BUFFER leaves, written to `output`."""
    root: Node
    output: Buffer
    out_view: ViewStack | None
    inputs: list
    var_syms: list
    why: str
    name: str = ""
    source_node: Node | None = None
    reduces: list = field(default_factory=list)
    recomputes: set = field(default_factory=set)  # of `reduces`, those it computes itself even if others need them
    scatter: Scatter | None = None  # a scatter kernel (Tensor.assign_rows) writes rows picked at run time
    side_stores: list = field(default_factory=list)  # copies of views of its result it stores too (side_store.py)
    partnered: set = field(default_factory=set)  # reductions it reads at two indices, computing each twice
    #                                             (Fuser's `second_site`: RoPE's partner column on a GPU GEMV)

    @property
    def writes_into(self) -> bool:
        """An assign or a scatter: the kernel writes part of an existing buffer, not a result of its own."""
        return self.out_view is not None or self.scatter is not None

    @property
    def writes(self) -> list:
        """The buffers it stores into: its output, then each side store's."""
        return [self.output] + [s.buffer for s in self.side_stores]

    @property
    def stores(self) -> list[tuple[Buffer, Node, Sint | None]]:
        """Per written buffer: (the buffer, the node whose value it holds, its elements when the kernel makes it
        (an expression over the Vars), None when it writes into an existing buffer)."""
        own = None if self.writes_into else prod(self.root.shape)
        return [(self.output, self.source_node, own)] + [
            (s.buffer, s.source_node, None if s.out_view is not None else prod(s.shape)) for s in self.side_stores]

    @property
    def buffers(self) -> list:
        """Its parameters: the buffers it writes, then the ones it only reads."""
        writes = self.writes
        return writes + [b for b in self.inputs if all(b is not w for w in writes)]


def graph_syms(root: Node, out_view: ViewStack | None) -> list[Sym]:
    syms: set = set()
    for n in toposort([root]):
        for s in n.shape:
            syms |= free_syms(s)
        if n.op == "VIEW":
            syms |= view_syms(n.arg)
    if out_view is not None:
        syms |= view_syms(out_view)
    return sorted(syms, key=lambda s: s.name)


def view_syms(stack: ViewStack) -> set:
    out: set = set()
    for v in stack.views:
        for x in v.shape + v.strides + (v.offset,) + sum(v.mask or (), ()):
            out |= free_syms(x)
    return out


def alloc_size(shape: tuple, var_vals: dict) -> int:
    """Elements needed for `shape` at the bound Var values (at least 1)."""
    size = prod(shape)
    if not isinstance(size, int):
        size = evaluate(size, var_vals) if var_vals else bounds(size)[1]
    return max(int(size), 1)


def kernel_name(root: Node, assigns: bool) -> str:
    """What the kernel computes, read from its graph (minic/naming.py): `softmax`, `matmul_bias_gelu`, `allreduce`;
    `assigns`: it writes into a slice of an existing buffer."""
    return root.op.lower() if root.op in COLLECTIVES else describe(root, assigns)


ATTENTION_CUT = "attention: softmax(scores) @ values in one kernel (an online softmax, no score matrix)"
SPREAD_CUT = "computed once for several kernels that copy views of it, which it then stores itself"


class Fuser:
    def __init__(self, roots: list[Node], device: str, var_vals: dict,
                 keep_attention: Callable[[AttentionMatch], bool] | None = None,
                 target_cuts: Callable[[KernelGraph], list[tuple[Node, str]]] | None = None,
                 recomputes: Callable[[KernelGraph], list[Node]] | None = None, max_buffers: int = 64,
                 second_site: Callable[[Node], bool] | None = None):
        self.roots, self.device, self.var_vals = roots, device, var_vals
        self.max_buffers = max_buffers
        self.target_cuts, self.recomputes, self.second_site = target_cuts, recomputes, second_site
        self.realize: dict[Node, str] = {}
        for n in toposort(roots):
            if n.op == "CONTIGUOUS":
                self.realize[n] = "contiguous() asks for its own buffer"
            elif n.op == "ASSIGN":
                self.realize[n] = "assign writes into an existing buffer"
            elif n.op == "SCATTER":
                self.realize[n] = "a scatter writes rows of an existing buffer"
                if n.src[2].op != "BUFFER":
                    self.realize.setdefault(n.src[2], "a scatter reads its row ids from a buffer")
            elif n.op in COLLECTIVES:
                self.realize[n] = f"{n.op.lower()} is a collective: a communicator runs it between kernels"
                if n.src[0].op != "BUFFER":
                    self.realize.setdefault(n.src[0], f"feeds {n.op.lower()}: a collective reads a whole buffer")
        for r in roots:
            if r.op != "BUFFER":
                self.realize.setdefault(r, "requested output")
        self.buffers: dict[Node, Buffer] = {}
        self.consumers: dict[Node, list] = {}
        for n in toposort(roots):
            for src in n.src:
                self.consumers.setdefault(src, []).append(n)
        self.attention_cuts: set = set()
        if keep_attention is not None:
            self._keep_attention(keep_attention)

    def _keep_attention(self, keep: Callable[[AttentionMatch], bool]) -> None:
        """End a kernel after each attention the target's rule takes (and its elementwise epilogue), unless
        something inside it (the softmax, its max or sum) is an output of its own."""
        for n in toposort(self.roots):
            if n.op != "REDUCE":
                continue
            match = match_attention(n)
            if not isinstance(match, AttentionMatch) or not keep(match):
                continue
            inside = set(toposort([match.probs])) - set(toposort([match.scores]))
            if inside & self.realize.keys():
                continue
            cut = n
            while cut not in self.realize:
                users = self.consumers.get(cut, [])
                if len(users) != 1 or not (users[0].op in ELEMENTWISE or is_reshape(users[0])):
                    break
                cut = users[0]
            self.realize.setdefault(cut, ATTENTION_CUT)
            self.attention_cuts.add(cut)
            for r in outer_reductions(match.values, self.realize):
                self.realize.setdefault(self.cut_point(r), "reduction cut out: attention reads its values at "
                                                           "every query row")

    def lift(self, node: Node, path: tuple) -> Node:
        """Cut above the reduction's elementwise epilogue (bias, gelu, scale, mask, softmax...):
        walking up the chain of nodes that led to it, keep every elementwise op or reshape, so
        the epilogue runs once per element in its own kernel instead of once per use."""
        cut = node
        for n in reversed(path[:-1] if path and path[-1] is node else path):
            if n in self.realize or not (n.op in ELEMENTWISE or self._reshapes(n)):
                break
            cut = n
        return self.cut_point(cut)

    @staticmethod
    def _reshapes(n: Node) -> bool:
        return n.op == "VIEW" and prod(n.shape) == prod(n.src[0].shape) and n.arg.views[-1].mask is None

    def cut_point(self, node: Node) -> Node:
        """Where to cut when `node` must be realized: after its elementwise epilogue (bias, gelu),
        so the epilogue runs once per element here rather than once per use in the consumer."""
        while True:
            users = self.consumers.get(node, [])
            if len(users) != 1 or users[0] in self.realize:
                return node
            u = users[0]
            if u.op not in ELEMENTWISE and not self._reshapes(u):
                return node
            node = u

    def run(self) -> list[KernelGraph]:
        while True:
            try:
                kernels = self._build()
            except NeedsRealize as e:
                at = self.lift(e.node, e.path) if e.lift else self.cut_point(e.node)
                self.realize[at] = f"reduction cut out: {e.why}"
                continue
            users: dict[Node, list] = {}
            for k in kernels:
                for r in k.reduces:
                    users.setdefault(r, []).append(k)
            spread = [n for n, ks in self.copied.items() if len(ks) > 1 and n not in self.realize]
            if spread:  # before shared reductions: the node is computed once, and its copies merge into its kernel
                for n in spread:
                    self.realize[n] = SPREAD_CUT
                continue
            if any([self._target_cuts(kg, origin) for kg, origin in self.deferred]):  # a lone copy: its own kernel
                continue
            shared = [r for r, ks in users.items() if len(ks) > 1 and r not in self.realize and
                      not all(r in k.recomputes for k in ks)]
            if not shared:
                return merge_copies(kernels, self.max_buffers)
            inner: set = set()  # shared only because an outer shared one contains them: cutting that one suffices
            for r in shared:
                inner |= set(toposort([r])) - {r}
            for r in shared:
                if r not in inner:
                    self.realize[self.cut_point(r)] = "reduction cut out: needed by several kernels"

    def buffer_of(self, node: Node) -> Buffer:
        if node.op in ("ASSIGN", "SCATTER"):
            return node.src[0].arg
        if node not in self.buffers:
            self.buffers[node] = Buffer(self.device, alloc_size(node.shape, self.var_vals), node.dtype)
        return self.buffers[node]

    def _target_cuts(self, kg: KernelGraph, origin: dict) -> bool:
        """Realize what `target_cuts` names in a kernel of several reductions, or of one read at two indices;
        True when it named something."""
        if not (len(kg.reduces) > 1 or kg.partnered) or self.target_cuts is None:
            return False
        cut = self.target_cuts(kg)
        for at, why in cut:
            self.realize[self.cut_point(origin[at])] = why
        return bool(cut)

    def _build(self) -> list[KernelGraph]:
        kernels = []
        names: dict[str, int] = {}
        self.copied: dict[Node, list[KernelGraph]] = {}  # a computed node -> the kernels that only copy views of it
        self.deferred: list = []  # (kernel, origin): copies of a node that reads a reduction twice (see run)
        for node in toposort(self.roots):
            if node not in self.realize:
                continue
            origin: dict[Node, Node] = {}
            scatter = None
            if node.op in ("ASSIGN", "SCATTER"):
                target, value = node.src[:2]
                root, inputs = self._rebuild(value, origin, skip=None)
                if target.arg in inputs and value.op != "BUFFER":
                    self.realize[value] = f"{node.op.lower()} reads the buffer it writes"
                    raise _Restart()
                out_view = node.arg
                if node.op == "SCATTER":
                    scatter = self._scatter(node, value, root, inputs)
            else:
                src = node.src[0] if node.op == "CONTIGUOUS" else node
                root, inputs = self._rebuild(src, origin, skip=node)
                out_view = None
            out = self.buffer_of(node)
            kg = KernelGraph(root, out, out_view, inputs, graph_syms(root, out_view), self.realize[node],
                             source_node=node, scatter=scatter)
            attention = find_attention(root) if node in self.attention_cuts else None
            kg.reduces = [] if root.op in COLLECTIVES else \
                self._dry_run(kg, origin, attention if isinstance(attention, AttentionMatch) else None)
            copied = self._copies(kg, origin)
            if kg.partnered and copied is not None:  # it may yet be realized for its copies (run): ask then
                self.deferred.append((kg, origin))
            elif self._target_cuts(kg, origin):
                raise _Restart()
            if self.recomputes is not None:
                kg.recomputes = {origin[r] for r in self.recomputes(kg)}
            if copied is not None:
                self.copied.setdefault(copied, []).append(kg)
            base = "scatter" if scatter is not None else kernel_name(root, out_view is not None)
            names[base] = names.get(base, -1) + 1
            kg.name = base if names[base] == 0 else f"{base}_{names[base]}"
            kernels.append(kg)
        return kernels

    @staticmethod
    def _copies(kg: KernelGraph, origin: dict) -> Node | None:
        """The node `kg` copies a view of, when that is all it does and a kernel computing the node could store the
        copy as a side store (LLaMA's q, k and v with RoPE applied, which q's copy and the two cache writes read
        in parts; GPT-2's q, k and v, a product's columns); else None."""
        if kg.scatter is not None or kg.root.op != "VIEW" or len(kg.root.arg.views) != 1:
            return None
        node = kg.root.src[0]
        if node.op == "BUFFER":
            return None
        if SideStore.of(kg.root.arg.views[0], node.shape, kg.output, kg.out_view, kg.source_node) is None:
            return None
        return origin[node]

    def _scatter(self, node: Node, value: Node, root: Node, inputs: list) -> Scatter:
        """Where a SCATTER node's kernel writes. Its values are computed by a kernel of their own when they reduce
        (every rule but Elementwise writes a plain output), which costs nothing where they come from a product:
        the product under the values' views, so that the scatter copies a view of it (and can ride on its
        kernel as a side store)."""
        if any(n.op == "REDUCE" for n in toposort([root])):
            base = value
            while base.op == "VIEW":
                base = base.src[0]
            self.realize[base] = "a scatter copies rows: their values are computed by a kernel of their own"
            raise _Restart()
        target, _, rows = node.src
        buf = rows.arg if rows.op == "BUFFER" else self.buffer_of(rows)
        if buf not in inputs:
            inputs.append(buf)
        return Scatter(Node("BUFFER", (), buf, rows.dtype, rows.shape), target.shape)

    def _rebuild(self, node: Node, origin: dict, skip: Node | None) -> tuple[Node, list]:
        """Copy node's graph with realized nodes replaced by loads of their buffers
        (the walk stops there: what feeds a realized node belongs to another kernel)."""
        inputs: list = []
        memo: dict[int, Node] = {}

        def cut(n: Node) -> bool:
            return n.op == "BUFFER" or (n in self.realize and n is not skip)

        order, seen, stack = [], set(), [(node, False)]
        while stack:
            n, done = stack.pop()
            if done:
                order.append(n)
            elif id(n) not in seen:
                seen.add(id(n))
                stack.append((n, True))
                if not cut(n):
                    stack.extend((s, False) for s in reversed(n.src))
        for n in order:
            if cut(n):
                buf = n.arg if n.op == "BUFFER" else self.buffer_of(n)
                new = n if n.op == "BUFFER" else Node("BUFFER", (), buf, n.dtype, n.shape)
                if buf not in inputs:
                    inputs.append(buf)
            else:
                new = Node(n.op, tuple(memo[id(s)] for s in n.src), n.arg, n.dtype, n.shape)
            memo[id(n)] = new
            origin[new] = n
        return memo[id(node)], inputs

    def _dry_run(self, kg: KernelGraph, origin: dict, attention: AttentionMatch | None) -> list[Node]:
        """Lower with plain loops (an attention as its online softmax) to find recompute hazards; return the
        reductions inside. A reduction read at a second index that `second_site` allows joins kg.partnered."""
        def second_site(node: Node) -> bool:
            if self.second_site is None or not self.second_site(origin[node]):
                return False
            kg.partnered.add(node)
            return True
        try:
            if attention is not None:
                build_cpu_attention(kg, attention, parallel=False)
            else:
                em = Emitter(kg, second_site=second_site)
                idx: list = [0] * len(kg.root.shape)
                for d in spatial_dims(kg.root.shape):
                    idx[d] = em.open_loop(f"i{d}", kg.root.shape[d])
                em.value(kg.root, idx)
        except NeedsRealize as e:
            path = tuple(origin.get(n, n) for n in e.path)
            raise NeedsRealize(origin.get(e.node, e.node), e.why, path, e.lift) from None
        return [origin[n] for n in toposort([kg.root]) if n.op == "REDUCE"]


def merge_copies(kernels: list[KernelGraph], max_buffers: int = 64) -> list[KernelGraph]:
    """Hand each kernel that only copies a view of an earlier kernel's result (a KV-cache write of a product's
    columns, a realized slice) to that kernel as a side store, where nothing in between touches what the copy
    reads or writes, so the earlier store changes nothing another kernel sees, and where the kernel may bind one
    more buffer (`max_buffers`: WebGPU allows 8 by default)."""
    out: list[KernelGraph] = []
    for kg in kernels:
        side = _as_side_store(kg, out, max_buffers)
        if side is None:
            out.append(kg)
            continue
        producer, store = side
        producer.side_stores.append(store)
        producer.var_syms = sorted(set(producer.var_syms) | set(kg.var_syms), key=lambda s: s.name)
    return out


def _as_side_store(kg: KernelGraph, done: list[KernelGraph], max_buffers: int) -> tuple[KernelGraph, object] | None:
    """(the kernel that makes what `kg` copies, the side store doing the copy there), or None. A scatter's copy
    also brings its row ids, which the kernel then reads."""
    copy = copy_view(kg.root)
    rows = [] if kg.scatter is None else [kg.scatter.rows.arg]
    if copy is None or len(kg.inputs) != 1 + len(rows) or kg.inputs[0] is not copy[1].arg or \
            any(a is not b for a, b in zip(kg.inputs[1:], rows)):
        return None
    view, source = copy
    at = next((i for i, p in enumerate(done) if p.output is source.arg), None)
    if at is None:
        return None
    producer = done[at]
    more = 1 + sum(all(r is not b for b in producer.buffers) for r in rows)
    if len(producer.buffers) + more > max_buffers or producer.writes_into or producer.root.op in COLLECTIVES or \
            producer.output.dtype != kg.output.dtype:
        return None
    if any(b is kg.output for b in producer.buffers) or any(
            any(b is kg.output for b in later.buffers) or any(w is source.arg or w in rows for w in later.writes)
            for later in done[at + 1:]):
        return None
    store = SideStore.of(view, source.shape, kg.output, kg.out_view, kg.source_node, kg.name)
    if store is None:
        return None
    if kg.scatter is not None:
        store = replace(store, scatter=kg.scatter)
        producer.inputs += [r for r in rows if all(r is not b for b in producer.inputs)]
    return producer, store


class _Restart(Exception):
    """An assign had to realize its value first; build the kernel list again."""


def fuse(roots: list[Node], device: str, var_vals: dict,
         keep_attention: Callable[[AttentionMatch], bool] | None = None,
         target_cuts: Callable[[KernelGraph], list[tuple[Node, str]]] | None = None,
         recomputes: Callable[[KernelGraph], list[Node]] | None = None,
         max_buffers: int = 64, second_site: Callable[[Node], bool] | None = None) -> list[KernelGraph]:
    """The kernels computing `roots`; `keep_attention(match)` says whether an attention stays one kernel (the
    target has a rule for it; default: no, the generic cuts apply); `target_cuts(kernel)` names nodes of a kernel
    with several reductions to realize on their own, each with the reason (default: none); `recomputes(kernel)`
    names its reductions that it may compute itself though other kernels need them too (default: none);
    `max_buffers`: the most buffers a kernel may bind, which merged copies must respect; `second_site(reduction)`
    whether a kernel may compute a reduction it reads at two indices twice rather than cut it out (default: no;
    a kernel doing so names it in KernelGraph.partnered, and `target_cuts` still sees it)."""
    f = Fuser(roots, device, var_vals, keep_attention, target_cuts, recomputes, max_buffers, second_site)
    while True:
        try:
            return f.run()
        except _Restart:
            continue
