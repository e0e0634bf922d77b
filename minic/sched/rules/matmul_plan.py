"""The matmul plan: what a product kernel is, found once, shared by every rule that schedules products.

`analyze(graph)` recognises sum_k A(.., k) * B(k, ..) on structure only: the kernel's single REDUCE(sum) over
one axis K has a `mul` as its source; one operand does not depend on an axis N (it is broadcast along it),
the other does not depend on an axis M, and the kernel's output is indexed by M and N directly (other axes
are batch). Anything elementwise may sit before the operands (casts, dequantisation) or after the reduction
(bias, gelu, residual). The result is a `Plan` (or the reason it is not a product), cached per kernel graph,
so GEMV, Matmul and TensorCoreMatmul (CPU and GPU) ask once.

This is a leaf: it imports no rule. The schedules import it (cpu_*.py, gpu_*.py), and so do the rules
(gemv.py, matmul.py); `route` is the one place that decides GEMV, Matmul, or Matmul with a GEMV branch.
"""
from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field, replace

from minic.ir.node import Node, below_views, toposort
from minic.ir.symbolic import Div, Expr, Mod, Sint, Sym, affine_coefficient, bounds, free_syms, substitute
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Const, Load
from minic.sched.lower import output_index, spatial_dims
from minic.sched.rules.base import is_disabled
from minic.sched.rules.nest import new_emitter
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class Partner:
    """A product the epilogue reads at a second column besides the output's own (RoPE: x[j] * cos + x[partner(j)]
    * sin over a product x): a GEMV computes it there too, reading that column's weights a second time, instead of
    a kernel of its own storing x for an elementwise one to read (fuse.Fuser's `second_site`)."""
    reduce: Node
    b: Node
    column: Sint  # the partner's column, over the output loop symbols `out_syms`
    out_syms: tuple  # ((output dim, Sym), ...)
    read_first: bool  # the epilogue reaches this read before the one at the output's own column

    def column_at(self, out_idx: list) -> Sint:
        """The partner's column where the kernel stores output index `out_idx`."""
        return substitute(self.column, {sym: out_idx[d] for d, sym in self.out_syms})


@dataclass
class Plan:
    """What `analyze` found: axes of the mul (reduce source) and of the output."""
    reduce: Node
    mul: Node
    a: Node  # operand broadcast along n (depends on m, k)
    b: Node  # operand broadcast along m (depends on k, n)
    k: int  # reduce axis, in the mul's shape
    m: int | None  # row axis in the mul's shape (None: no row axis, a vector times a matrix)
    n: int  # column axis in the mul's shape
    out_m: int | None  # the output dim indexing m
    out_n: tuple  # ((output dim, stride), ...): n = sum of dim * stride; several dims where the output splits n
    #               (a product of 192 columns stored as 3 heads x 64: ((0, 64), (2, 1)))
    batch: list = field(default_factory=list)  # [(mul axis, output dim)]
    b_stride_n: Sint = 0  # element stride of B's load along n (1: contiguous columns)
    b_stride_k: Sint = 0
    a_stride_k: Sint = 0
    a_stride_m: Sint = 0
    a_k_split: bool = False  # A's own layout needs that cut (else only B's does: a packed weight's blocks)
    k_split: tuple = ()  # the K loop's cut into blocks (see k_split): the strides above are within the innermost
    siblings: tuple = ()  # (reduce, b) of further products of the same A in this kernel (see _siblings)
    partners: tuple = ()  # Partner: a product the epilogue also reads at another column (see _partner)
    prologue: tuple = ()  # reductions inside A (a norm's statistics per row), dependencies first (see _prologue)

    @property
    def M(self) -> Sint:
        return 1 if self.m is None else self.mul.shape[self.m]

    @property
    def N(self) -> Sint:
        return self.mul.shape[self.n]

    @property
    def K(self) -> Sint:
        return self.mul.shape[self.k]

    @property
    def batches(self) -> int:
        """How many products the batch axes hold (attention's heads), at the bounds of symbolic extents."""
        return prod(bounds(self.mul.shape[ax])[1] for ax, _ in self.batch)

    @property
    def products(self) -> list[tuple[Node, Node]]:
        """(reduce, B) of every product in the kernel: this one, then its siblings (they all read this A)."""
        return [(self.reduce, self.b), *self.siblings]

    def reads(self, out_idx: list, n: Sint) -> list[tuple[Node, Node, Sint]]:
        """(reduce, B, column) of every product the kernel computes for output column `n` at output index
        `out_idx`: `products` at `n`, then each partner at its own column."""
        return [(red, b, n) for red, b in self.products] + [(p.reduce, p.b, p.column_at(out_idx))
                                                            for p in self.partners]

    def totals(self, sums: list) -> dict:
        """What Emitter.store_output's `reduced` takes, from one sum per entry of `reads` (in its order): a
        partnered reduction maps to its two sums in the order the epilogue reads them."""
        out: dict = dict(zip((red for red, _ in self.products), sums))
        for p, total in zip(self.partners, sums[len(self.products):]):
            out[p.reduce] = (total, out[p.reduce]) if p.read_first else (out[p.reduce], total)
        return out

    def a_index(self, base: list, m: Sint, k: Sint) -> list:
        """The mul-shaped index at which A is read for row `m`, K position `k` (`base`: the batch coordinates;
        A does not depend on n, so n is 0)."""
        idx = list(base)
        idx[self.k], idx[self.n] = k, 0
        if self.m is not None:
            idx[self.m] = m
        return idx

    def b_index(self, base: list, k: Sint, n: Sint) -> list:
        """The mul-shaped index at which B is read for K position `k`, column `n` (m is 0: B does not depend on it)."""
        idx = list(base)
        idx[self.k], idx[self.n] = k, n
        if self.m is not None:
            idx[self.m] = 0
        return idx

    def out_index(self, out_base: list, m: Sint, n: Sint) -> list:
        """The output index of row `m`, column `n` (`out_base`: the batch coordinates in the output's dims)."""
        idx = list(out_base)
        if self.out_m is not None:
            idx[self.out_m] = m
        if len(self.out_n) == 1:
            idx[self.out_n[0][0]] = n
            return idx
        outer = None  # the stride of the digit above (out_n is outermost first)
        for d, stride in self.out_n:
            idx[d] = n // stride if outer is None else (n % outer) // stride
            outer = stride
        return idx


def _stride(em, v, sym: Sym) -> Sint | None:
    """Element stride along `sym` of the buffer loads an operand value is made of (None: not one affine stride).
    A gathered load (rows picked by a loaded id: keys read through a paged cache's block table) has one where its
    id does not move with `sym`: along a row, the gather is a plain strided read."""
    loads = em.loads(v)
    if not loads or any(ld.dyn is not None and sym in em.deps(ld.dyn) for ld in loads):
        return None
    strides = {affine_coefficient(ld.index, sym) for ld in loads}
    moving = strides - {0}  # a per-row scale or a bias along another axis does not decide the layout
    if not moving:
        return 0
    return moving.pop() if len(moving) == 1 else None


def _atoms(x: Sint):
    """Every floor division and modulo inside an index expression, nested ones too."""
    if isinstance(x, int):
        return
    for mono in x.terms:
        for a in mono:
            if not isinstance(a, Sym):
                yield a
                yield from _atoms(a.num)


def _index_exprs(em, v):
    """The integer index expressions an operand value is computed from (load indices, arange values)."""
    return [x.index if isinstance(x, Load) else x.expr for x in em.leaves(v)]


def _run(atom, sym: Sym) -> tuple | None:
    """(run, slope) of an index atom in k: within aligned runs of `run` consecutive k it is affine in k with that
    slope (k % 32: runs of 32, slope 1; k // 32: runs of 32, slope 0; (k % 32) // 16: runs of 16, slope 0).
    None when k enters it other than linearly."""
    if not isinstance(atom.den, int):
        return None
    run, slope = 0, 0
    for mono, c in Expr.of(atom.num).terms.items():
        if not mono or sym not in free_syms(Expr({mono: 1})):
            continue
        if len(mono) != 1 or not isinstance(c, int):
            return None
        if mono[0] == sym:
            slope += c
            continue
        inner = _run(mono[0], sym)
        if inner is None:
            return None
        run, slope = math.gcd(run, inner[0]), slope + c * inner[1]
    if slope:
        run = math.gcd(run, atom.den // math.gcd(slope, atom.den))
    return run, (0 if isinstance(atom, Div) and not isinstance(atom, Mod) else slope)


def k_split(em, vals: list, sym: Sym, K: Sint) -> tuple:
    """How to cut the K loop so that every index of the operands is affine in the innermost loop: a packed
    weight indexes its codes and scales with k // 32, (k % 32) // 16, k % 16 and the like (the format's blocks
    and bit planes). Returns (block, run), e.g. (32, 16) for GGUF's Q4_0: k = kb * 32 + plane offset + l with
    l < 16, inside which the loads are plain strides (contiguous vector loads); () when the indices are affine
    already or the cut does not fit K."""
    block, run = 1, 0
    for v in vals:
        for e in _index_exprs(em, v):
            if isinstance(e, int):
                continue
            for mono in e.terms:
                for atom in mono:
                    if isinstance(atom, Sym) or sym not in free_syms(Expr({(atom,): 1})):
                        continue
                    r = _run(atom, sym)
                    if r is None or r[0] == 0:
                        return ()
                    run = math.gcd(run, r[0])
                    if affine_coefficient(atom.num, sym):  # a direct division of k: the block the pattern repeats with
                        block = math.lcm(block, atom.den)
    if run <= 1 or not isinstance(K, int) or K % block or block % run:
        return ()
    return (block, run)


def _affine_in(em, vals: list, sym: Sym) -> bool:
    """No index of `vals` has `sym` inside a division or modulo."""
    return not any(sym in free_syms(a.num) for v in vals for e in _index_exprs(em, v) for a in _atoms(e))


def open_k(em, K: Sint, split: tuple, kind: str, prefix: str = "k") -> Sint:
    """Open the K loop: one `kind` loop, or with a split (see k_split) a serial loop over the blocks and the `kind`
    loop over a run's positions, whose body then takes each bit plane at k + offset for the offsets of
    `k_planes` (written out, so a loaded byte of codes serves all its planes and the vector loop stays
    innermost); close with close_k."""
    if not split:
        return em.open_loop(em.fresh(prefix), K, kind, scope_kind="reduce")
    k = em.open_loop(em.fresh(prefix + "b"), K // split[0], "serial", scope_kind="reduce") * split[0]
    return k + em.open_loop(em.fresh(prefix), split[-1], kind, scope_kind="reduce")


def k_planes(split: tuple) -> list:
    """Offsets of the runs of a block (the bit planes) for a split (block, run): [0] without a split."""
    return list(range(0, split[0], split[1])) if split else [0]


def close_k(em, split: tuple) -> None:
    for _ in range(2 if split else 1):
        em.close()


_plans: dict[int, Plan | str] = {}  # id(graph) -> its analysis, dropped when the graph dies


def analyze(graph: KernelGraph) -> Plan | str:
    """A Plan when the kernel is a (batched) matmul with elementwise prologue/epilogue, else the reason.
    Found once per kernel graph: every product rule asks, in why_not, build and describe."""
    found = _plans.get(id(graph))
    if found is not None:
        return found
    try:
        found = _analyze(graph)
    except Exception as e:  # a rule never raises: anything unexpected is a decline
        found = f"the kernel's structure could not be analysed ({type(e).__name__}: {e})"
    _plans[id(graph)] = found
    weakref.finalize(graph, _plans.pop, id(graph), None)
    return found


def _analyze(graph: KernelGraph) -> Plan | str:
    nodes = toposort([graph.root])
    reduces = [n for n in nodes if n.op == "REDUCE"]
    inner = {r for red in reduces for r in toposort([red.src[0]]) if r.op == "REDUCE"}
    outer = [r for r in reduces if r not in inner]  # the kernel's products; `inner` feed them
    if len(outer) != 1 and not (outer and all(_is_product(r) for r in outer)):
        return f"it has {len(outer)} reductions, a matmul has exactly one (or several products of one operand)"
    found = _output_site(graph)
    if isinstance(found, str):
        return found
    osyms, sites = found
    primary = _primary_site(graph, outer, osyms, sites)
    if isinstance(primary, str):
        return primary
    plans = []
    for red in outer:
        plan = _product(graph, red, (osyms, primary))
        if isinstance(plan, str):
            return plan if len(outer) == 1 else f"of its {len(outer)} products, one is not a matmul: {plan}"
        plans.append(plan)
    plan = plans[0] if len(plans) == 1 else _siblings(plans)
    if isinstance(plan, str):
        return plan
    partners = [_partner(plan, red, osyms, primary, sites[id(red)]) for red in outer if len(sites[id(red)]) == 2]
    if any(isinstance(p, str) for p in partners):
        return next(p for p in partners if isinstance(p, str))
    plan = replace(plan, partners=tuple(partners))
    return plan if not inner else _prologue(plan, [r for r in reduces if r in inner])


def _primary_site(graph: KernelGraph, outer: list, osyms: dict, sites: dict) -> list | str:
    """The index every product is read at for the output's own element: the one site of a product read once,
    else the first of a partnered product's two sites that indexes the output directly."""
    singles = [ss[0] for ss in sites.values() if len(ss) == 1]
    if singles:
        return singles[0] if all(s == singles[0] for s in singles) else \
            "its products are read at different indices (siblings share one)"
    first, pair = next(iter(sites.items()))
    red = next(r for r in outer if id(r) == first)
    for site in pair:
        if not isinstance(_product(graph, red, (osyms, site)), str):
            return site
    return pair[0]


def _partner(plan: Plan, red: Node, osyms: dict, primary: list, pair: list) -> Partner | str:
    """Product `red`'s read at its second site as a Partner, or why it cannot be one: the site must differ from
    the output's own in the column alone (the same rows, batch and K)."""
    if primary not in pair:
        return "a product is read at two indices, neither the output's own"
    other = pair[1] if pair[0] == primary else pair[0]
    if any(other[ax] != primary[ax] for ax in range(len(primary)) if ax != plan.n):
        return "a product is read at a second index that differs in more than its column"
    if plan.out_m is not None and free_syms(osyms[plan.out_m]) & free_syms(other[plan.n]):
        return "a product's second column depends on the row"
    b = next(b for r, b in plan.products if r is red)
    out_syms = tuple((d, next(iter(free_syms(v)))) for d, v in osyms.items())
    return Partner(red, b, other[plan.n], out_syms, read_first=pair[0] is other)


def _is_product(red: Node) -> bool:
    rop, axes = red.arg
    return rop == "sum" and len(axes) == 1 and red.src[0].op == "mul"


def _siblings(plans: list[Plan]) -> Plan | str:
    """Several products in one kernel (LLaMA's silu(x @ Wg) * (x @ Wu)) are one Plan when they share the operand
    A, the axes and the layout of B: a schedule then reads A once for all of them (`Plan.siblings`)."""
    first = plans[0]
    same = ("a", "k", "m", "n", "out_m", "out_n", "batch", "k_split", "b_stride_n", "b_stride_k")
    for p in plans[1:]:
        differ = [f for f in same if getattr(p, f) != getattr(first, f)]
        if p.a is not first.a:
            return "its products do not share an operand (sibling products read one input)"
        if differ or p.mul.shape != first.mul.shape or p.reduce.dtype != first.reduce.dtype:
            return f"its products differ in {', '.join(differ) or 'shape or type'} (siblings must match)"
    return replace(first, siblings=tuple((p.reduce, p.b) for p in plans[1:]))


def _prologue(plan: Plan, inner: list[Node]) -> Plan | str:
    """Reductions inside a product's operand A (x @ W after a LayerNorm or RMSNorm: the row's mean and variance)
    are its prologue: a schedule computes them once per row before the K loop (Emitter.precompute), and the K
    loop reads them. Fusion left them in the kernel only where they do not depend on K (else lowering would have
    recomputed them per K step and cut them out), so what is left to check is that they feed A alone."""
    in_b = {n for _, b in plan.products for n in toposort([b])}
    if any(r in in_b for r in inner) or not set(inner) <= set(toposort([plan.a])):
        return "a reduction inside the product feeds its weight side (only the input side may have a prologue)"
    return replace(plan, prologue=tuple(inner))


def _output_site(graph: KernelGraph) -> tuple | str:
    """The output-shaped loop symbols and, per reduction (by id), the indices it is read at in the order the
    epilogue reads them: one, or two for a reduction fusion let the kernel compute twice (KernelGraph.partnered)."""
    sites: dict = {}

    def record(em2, node, ridx, guard, kk):
        seen = sites.setdefault(id(node), [])
        if list(ridx) not in seen:  # an epilogue may read the result several times at one index (gelu)
            seen.append(list(ridx))
        return Const(node.dtype.compute, 0.0)

    em2 = new_emitter(graph, record)
    oidx: list = [0] * len(graph.root.shape)
    osyms: dict = {}
    for d in spatial_dims(graph.root.shape):
        oidx[d] = em2.open_loop(f"o{d}", graph.root.shape[d])
        osyms[d] = oidx[d]
    em2.value(graph.root, oidx)
    output_index(graph, oidx)
    if any(len(ss) > 1 for ss in sites.values()) and not graph.partnered:
        return "the reduction is read more than once per output element"
    return osyms, sites


def _product(graph: KernelGraph, red: Node, output_site: tuple) -> Plan | str:
    """The Plan of one reduction `red` read at `output_site` (see _output_site), or why it is not a matmul."""
    rop, axes = red.arg
    if rop != "sum" or len(axes) != 1:
        return "its reduction is not a sum over one axis"
    mul = red.src[0]
    if mul.op != "mul":
        return f"the reduction sums a {mul.op}, not a product"
    if not red.dtype.is_float:
        return "integer matmuls are left to the row reduction"
    k = axes[0]
    # which axes does each operand depend on? lower both at symbolic indices and look
    em, va, vb, syms = _lower_operands(graph, mul, k, ())
    ksym = next(s for s, d in syms.items() if d == k)
    split = k_split(em, [va, vb], ksym, mul.shape[k])
    own_split = [bool(k_split(em, [v], ksym, mul.shape[k])) for v in (va, vb)]  # which operand's layout needs it
    if split:  # strides are read within the innermost run of K
        em2, va2, vb2, syms2 = _lower_operands(graph, mul, k, split)
        inner = next(s for s, d in syms2.items() if d == k)
        if _affine_in(em2, [va2, vb2], inner):  # affine inside every run: use it
            em, va, vb, syms = em2, va2, vb2, syms2
        else:
            split = ()
    deps_a = {syms[s] for s in em.deps(va) if s in syms}
    deps_b = {syms[s] for s in em.deps(vb) if s in syms}
    if k not in deps_a or k not in deps_b:
        return "one operand of the product does not vary along the reduced axis"
    only_a, only_b = deps_a - deps_b - {k}, deps_b - deps_a - {k}
    if not only_a and not only_b:
        return "neither operand is broadcast along an axis of the other (an elementwise product)"
    if len(only_a) > 1 or len(only_b) > 1:
        return "an operand has more than one axis of its own"
    swap = not only_b  # the operand with its own contiguous column axis becomes B
    if swap:
        va, vb, deps_a, deps_b, only_a, only_b = vb, va, deps_b, deps_a, only_b, only_a
        a_node, b_node = mul.src[1], mul.src[0]
    else:
        a_node, b_node = mul.src[0], mul.src[1]
    m = next(iter(only_a)) if only_a else None
    n = next(iter(only_b))
    inv = {d: s for s, d in syms.items()}
    # pick as N the side that is contiguous along its own axis when both have one
    sb_n = _stride(em, vb, inv[n])
    if m is not None:
        sa_m = _stride(em, va, inv[m])
        if sb_n != 1 and sa_m == 1:
            a_node, b_node, va, vb, m, n = b_node, a_node, vb, va, n, m
            sb_n = sa_m
    a_split = bool(split) and own_split[0 if a_node is mul.src[0] else 1]
    plan_strides = dict(k_split=split, a_k_split=a_split, b_stride_n=sb_n, b_stride_k=_stride(em, vb, inv[k]),
                        a_stride_k=_stride(em, va, inv[k]),
                        a_stride_m=_stride(em, va, inv[m]) if m is not None else 0)
    # the output must be indexed by the rows and columns directly
    osyms, site = output_site

    def out_dim(ax: int) -> int | None:
        for d, v in osyms.items():
            if site[ax] == v:
                return d
        return None

    out_n = _radix_dims(site[n], osyms, graph.root.shape, mul.shape[n])
    out_m = out_dim(m) if m is not None else None
    if out_n is None or (m is not None and out_m is None) or out_m in {d for d, _ in out_n}:
        return "the output is not indexed by the product's rows and columns directly"
    batch = []
    used = {d for d, _ in out_n} | {out_m}
    for ax in spatial_dims(mul.shape):
        if ax in (k, m, n):
            continue
        d = out_dim(ax)
        if d is None or d in used:
            return "a batch axis of the product does not map onto one output dim"
        used.add(d)
        batch.append((ax, d))
    if any(d not in used for d in osyms):
        return "the output has dims the product does not have"
    return Plan(red, mul, a_node, b_node, k, m, n, out_m, out_n, batch, **plan_strides)


def _radix_dims(at: Sint, osyms: dict, shape: tuple, N: Sint) -> tuple | None:
    """How the output's dims index the columns: `at` (where the reduction is read along n, over the output loops
    `osyms`) is one output dim, ((d, 1),), or output dims read as the digits of n (the innermost with stride 1,
    each next stride the previous one times its dim's size: a reshape of n into heads x head size), else None."""
    for d, v in osyms.items():
        if at == v:
            return ((d, 1),)
    if not isinstance(at, Expr) or () in at.terms:
        return None
    dim_of = {next(iter(v.terms))[0]: d for d, v in osyms.items()}
    digits = []
    for mono, stride in at.terms.items():
        if len(mono) != 1 or mono[0] not in dim_of or not isinstance(stride, int):
            return None
        digits.append((dim_of[mono[0]], stride))
    digits.sort(key=lambda ds: ds[1])
    expect = 1
    for d, stride in digits:
        if stride != expect:
            return None
        expect = stride * shape[d] if isinstance(shape[d], int) else None
        if expect is None and (d, stride) != digits[-1]:
            return None
    last_d, last_stride = digits[-1]
    return tuple(reversed(digits)) if (last_stride * shape[last_d]) == N else None


def _lower_operands(graph: KernelGraph, mul: Node, k: int, split: tuple) -> tuple:
    """Both operands of the product at loop indices (K cut by `split`, see open_k); the loop symbols map to the
    mul's axes (the innermost K symbol stands for K)."""
    em = new_emitter(graph)
    idx: list = [0] * len(mul.shape)
    syms: dict = {}
    for d in spatial_dims(mul.shape):
        idx[d] = open_k(em, mul.shape[d], split, "serial", f"a{d}") if d == k else em.open_loop(f"a{d}", mul.shape[d])
        syms[em.loop_sym()] = d  # K's: the position in a run
    va, vb = em.value(mul.src[0], idx), em.value(mul.src[1], idx)
    for off in k_planes(split)[1:]:  # every plane must be affine in the run too (k_split checks them all)
        at = list(idx)
        at[k] = idx[k] + off
        va = Alu(va.dtype, "add", (va, em.value(mul.src[0], at)))
        vb = Alu(vb.dtype, "add", (vb, em.value(mul.src[1], at)))
    return em, va, vb, syms


def divides(x: Sint, d: int) -> bool:
    return isinstance(x, int) and x % d == 0


def style(plan: Plan) -> str | None:
    """outer: B contiguous along N (x @ W): broadcast A, vector loads of B rows, SLP packs the tile.
    dot: B contiguous along K (x @ W.T): packed like outer when it fits (cpu_matmul.matmul_tile), else the K loop is
    vectorised, one vector dot product per tile element."""
    if plan.b_stride_n == 1:
        return "outer"
    if plan.b_stride_k == 1:
        return "dot"
    return None



@dataclass(frozen=True)
class ProductSettings(RuleSettings):
    """Where GEMV ends and Matmul begins, on every target."""
    gemv_max_rows: int = 4  # a product of at most this many rows (static, or a Var's bound) is a GEMV; a symbolic
    #                         row count above it gets a Matmul kernel that runs the GEMV schedule up to it ...
    gemv_chunk_rows: int = 0  # ... and, on a CPU, runs it over chunks of gemv_max_rows rows up to this many rows
    #                           (batched decode, speculative decoding's check, a short prompt), where the tiles
    #                           would first pack (and dequantize) the whole weight per core (bench/README.md) ...
    int_chunk_rows: int = 0  # ... or up to this many rows where the weight's GEMV takes plain pairwise integer
    #                          products (Q4_0, Q4_1: cpu_int_dot.py) and K is at least int_chunk_min_k: below about
    #                          40 rows they beat the integer tiles (cpu_int_tile.py), whose panels each core packs
    #                          whatever the rows (bench/README.md, thirty-first session; 0: never) ...
    int_chunk_min_k: int = 2048  # ... where K is at least this (the integer tiles too): those rows then carry the
    #                              int16 rounding of x that decode's GEMVs have (a Llama-3.2-1B-shaped Q4_0
    #                              prefill's logits: at most 1.9e-4 of the largest), where the float tiles keep a
    #                              small model's prefill logits within 1e-3 of transformers' (SmolLM2, K = 576-1,536:
    #                              issue 14)
    packed_gemv_prologue: bool = True  # a GEMV over packed (block-quantized) weights computes the norm before it
    #     (its prologue) itself: a GPU group stages the normalised row once, a CPU core once before its tasks
    #     (cpu_tile.Tile.stage_rows). False: the norm is a kernel of its own, which the CPU measured 7% faster when
    #     every task normalised its share of the row again inside its K loop; staged, SmolLM2's Q4_1 decode is
    #     faster fused (bench/README.md). Over float weights a GEMV always fuses the norm ...
    prologue_max_columns: int = 0  # ... unless it has more output columns than this (0: any number): every group
    #     of a GPU GEMV computes the row's statistics again, so their cost grows with the columns. On GPUs a
    #     vocabulary-wide head reads its normalised row from memory, one small kernel more (bench/README.md)
    partner_max_weights: int = 0  # a GEMV whose epilogue reads it at a second column (RoPE's partner: Partner)
    #     computes that column too where its weights are at most this many elements (0: never), reading them
    #     twice rather than storing the product for a kernel of its own; on GPUs 4M, the size whose second read
    #     takes about what a launch costs (SmolLM2's q, k and v: 553k)

    @classmethod
    def defaults(cls, target: Target) -> ProductSettings:
        return cls(prologue_max_columns=16384 if target.gpu else 0,
                   partner_max_weights=1 << 22 if target.gpu else 0, gemv_chunk_rows=0 if target.gpu else 16,
                   int_chunk_rows=0 if target.gpu else 32)


@dataclass(frozen=True)
class Route:
    """Which rule takes a product and what its kernel holds: `rule` is "GEMV" or "Matmul"; the kernel runs the
    GEMV schedule for row counts up to `gemv_rows` (0: never) and, for a Matmul, the Matmul schedule above."""
    rule: str
    gemv_rows: int

    def branches(self, plan: Plan) -> bool:
        """A symbolic row count on both sides of gemv_rows: the Matmul kernel branches at run time."""
        lo, hi = bounds(plan.M)
        return self.rule == "Matmul" and self.gemv_rows > 0 and not isinstance(plan.M, int) and \
            lo <= self.gemv_rows < hi


def route(plan: Plan, target: Target) -> Route:
    """The one decision between the GEMV and Matmul schedules: GEMV up to ProductSettings.gemv_max_rows rows
    (the bound of a symbolic count), Matmul above with the GEMV schedule as a run-time branch for few rows.
    With GEMV switched off (minic.rules.disable, the ablation) Matmul takes every product, with no branch."""
    rows = settings(ProductSettings, target).gemv_max_rows
    if is_disabled("GEMV"):
        return Route("Matmul", 0)
    return Route("GEMV" if bounds(plan.M)[1] <= rows else "Matmul", rows)


PRODUCT_CUT = "product cut out: the target runs sibling products of one input side by side only as a GEMV"
PROLOGUE_CUT = "operand cut out: a matmul reads rows that a reduction makes (a norm) from memory, once per row"
GEMV_PROLOGUE_CUT = "operand cut out: on this target a GEMV over packed weights reads a norm's rows from memory"
WIDE_PROLOGUE_CUT = ("operand cut out: a GEMV with this many columns reads a norm's rows from memory rather than "
                     "compute its statistics again in every group")


TWICE_CUT = "reduction cut out: its result is read at two different indices"


def computes_twice(red: Node, target: Target) -> bool:
    """The fuser's `second_site`: whether a kernel on `target` may compute reduction `red` at a second index
    (RoPE's partner column) rather than cut it out: a product of at most ProductSettings.partner_max_weights
    elements (rows times weights; fusion_cuts still cuts it where no GPU GEMV takes the kernel)."""
    most = settings(ProductSettings, target).partner_max_weights
    return _is_product(red) and prod(bounds(d)[1] for d in red.src[0].shape) <= most


def fusion_cuts(graph: KernelGraph, target: Target) -> list[tuple[Node, str]]:
    """The fuser's question for a kernel with several reductions: which nodes to realize on their own, and why.
    Only the GEMV schedules run sibling products side by side and a prologue's row reductions before the K loop;
    where matmul_plan.route gives the product to Matmul (more rows than a GEMV takes, or GEMV switched off):
    sibling products are cut apart (all but the last), and a prologue is cut off with the operand it makes (the
    normalised rows, realized once for the whole matmul rather than per output tile). A product read at two
    columns (KernelGraph.partnered) is cut out unless a GEMV takes the kernel (Plan.partners)."""
    plan = analyze(graph)
    if graph.partnered and (not target.gpu or isinstance(plan, str) or decline_common(plan, target) or
                            route(plan, target).rule != "GEMV"):
        return [(red, TWICE_CUT) for red in graph.partnered]
    if isinstance(plan, str):
        return []
    if route(plan, target).rule == "GEMV":
        if not plan.prologue or _fuses_prologue(plan, target):
            return []
        return [(below_views(plan.a), WIDE_PROLOGUE_CUT if _too_wide(plan, target) else GEMV_PROLOGUE_CUT)]
    if plan.siblings:
        return [(red, PRODUCT_CUT) for red, _ in plan.products[:-1]]
    return [(below_views(plan.a), PROLOGUE_CUT)] if plan.prologue else []


def recomputable(graph: KernelGraph, target: Target) -> list[Node]:
    """The reductions a kernel may compute itself though other kernels need them too: a GEMV's prologue. A norm's
    statistics over one row are a re-read of K activations from the cache; the kernel a cut adds costs a launch
    (LLaMA's fused q/k and a v stored in another format both read the input norm: recomputed, that is two
    kernels rather than three)."""
    plan = analyze(graph)
    if isinstance(plan, str) or route(plan, target).rule != "GEMV" or not _fuses_prologue(plan, target):
        return []
    return list(plan.prologue)


def _fuses_prologue(plan: Plan, target: Target) -> bool:
    """Whether a GEMV computes its prologue itself on `target` (ProductSettings.packed_gemv_prologue and
    prologue_max_columns)."""
    return not _too_wide(plan, target) and (not plan.k_split or settings(ProductSettings, target).packed_gemv_prologue)


def _too_wide(plan: Plan, target: Target) -> bool:
    most = settings(ProductSettings, target).prologue_max_columns
    return bool(most) and bounds(plan.N)[1] * plan.batches > most


def emit_prologue(em, plan: Plan, base: list, rows: list, guards: list | None = None) -> None:
    """Compute the prologue reductions of each row (Plan.prologue, e.g. a norm's mean and variance) here, before
    the K loop opens, with the emitter's reduction strategy: A is evaluated at K position 0, which places each
    reduction in the outermost scope its index allows, and the K loop then reuses it. (The element of A computed
    on the way is dead code the compilers drop.) `guards[i]`: row i exists (a symbolic row count)."""
    if not plan.prologue:
        return
    for i, row in enumerate(rows):
        em.precompute(plan.a, plan.a_index(base, row, 0), guards[i] if guards else None)


def unrounded_weights(plan: Plan) -> Plan:
    """`plan` with each packed weight's operand read at the float32 its dequant computes, where the graph rounds
    it to the activations' narrower float (quant.linear casts the dequantized weight to a float16 model's dtype so
    that the model stays float16 between kernels). A GEMV multiplies in float32 anyway, so the round trip through
    float16 is two conversions per weight and a rounding, nothing else: on CUDA two of a packed GEMV's ~10
    instructions a weight (bench/README.md). The GEMV schedules (CPU and GPU) read this plan; the Matmul tiles
    keep the rounding (tensor cores take float16 operands). Unpacked weights (no k_split) are left alone: theirs
    is the stored dtype."""
    if not plan.k_split:
        return plan
    return replace(plan, b=_unrounded(plan.b), siblings=tuple((red, _unrounded(b)) for red, b in plan.siblings),
                   partners=tuple(replace(p, b=_unrounded(p.b)) for p in plan.partners))


def _unrounded(b: Node) -> Node:
    """b's views over the source of a float-narrowing cast under them, or b itself when there is none."""
    views, node = [], b
    while node.op == "VIEW":
        views.append(node)
        node = node.src[0]
    if node.op != "cast" or not (node.dtype.is_float and node.src[0].dtype.is_float) or \
            node.src[0].dtype.itemsize <= node.dtype.itemsize:
        return b
    out = node.src[0]
    for v in reversed(views):
        out = Node("VIEW", (out,), v.arg, out.dtype, v.shape)
    return out


def decline_common(plan, target: Target) -> str | None:
    if isinstance(plan, str):
        return plan
    if style(plan) is None:
        return "neither operand is contiguous along the columns or along K"
    return None


def split_text(plan: Plan) -> str:
    """The K loop's cut, for `describe` (empty when K is one loop)."""
    if not plan.k_split:
        return ""
    block, run = plan.k_split
    planes = f" ({block // run} x {run})" if block != run else ""
    return (f"; K in blocks of {block}{planes} to follow the packed operand's blocks: its dequant runs in the K loop,"
            f" contiguous loads inside")


def prologue_text(plan: Plan, how: str) -> str:
    """The prologue's reductions, for `describe` (empty without one); `how`: who computes them."""
    if not plan.prologue:
        return ""
    return f"; {len(plan.prologue)} row reduction(s) of the input (a norm) computed before the K loop {how}"


def sibling_text(plan: Plan) -> str:
    """The products a kernel computes side by side, for `describe` (empty for one product)."""
    text = f"; {len(plan.products)} sibling products of one input side by side (its loads shared)" \
        if plan.siblings else ""
    if plan.partners:
        text += (f"; {len(plan.partners)} product(s) also computed at the partner column the epilogue reads "
                 f"(RoPE), their weights read twice instead of a kernel more")
    return text
