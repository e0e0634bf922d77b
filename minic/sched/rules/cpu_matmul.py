"""The CPU Matmul schedule: a register-blocked micro-kernel.

The output is cut into tiles of `rows` x `cols` (CpuMatmulSettings); each tile keeps rows*cols scalar
accumulators that LLVM's SLP vectoriser packs into SIMD registers (cpu_tile.py), loops over K once (one
broadcast of A per row, cols contiguous values of B, FMAs), then applies the epilogue and stores. Tiles are
numbered column-major (all row tiles of one column panel are consecutive) and the column loop is `parallel`.
With a static K, each core first packs its column panel of B (K x cols, the prologue applied) into contiguous
stack scratch, whichever way B is laid out, and every row tile reads that: weight rows N floats apart would put
each K step on another page. Tiles that overhang M or N take a guarded path one row at a time, so any M (also
a symbolic n) and any N are correct. Without packing, when B is contiguous along K (x @ W.T, W [N, K]) the tile
keeps a small block of dot products whose K loop LLVM's loop vectoriser vectorises.

`build_cpu` makes the kernel of either product rule on the CPU: the GEMV schedule (cpu_gemv.py) for the row
counts matmul_plan.route gives it, this schedule above, or the integer tiles (cpu_int_tile.py) where a packed
weight's products can be integer ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.ir.node import Node, toposort
from minic.ir.symbolic import Sint, bounds, ceil_div, sdiv
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, LocalArray, LoopKernel, Store, all_of, cond
from minic.sched.lower import Emitter
from minic.sched.rules.cpu_gemv import GemvTile, emit_gemv, gemv_text, gemv_tile
from minic.sched.rules.cpu_int_dot import int_dot_fits
from minic.sched.rules.cpu_int_tile import emit_int_matmul, int_tile, int_tile_text
from minic.sched.rules.cpu_tile import Panel, Tile, fit_width
from minic.sched.rules.matmul_plan import (
    Plan,
    ProductSettings,
    Route,
    close_k,
    divides,
    k_planes,
    open_k,
    split_text,
    style,
    unrounded_weights,
)
from minic.sched.rules.nest import masked_operand, new_emitter
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class CpuMatmulSettings(RuleSettings):
    rows: int = 6  # register tile height: rows of A broadcast per K step
    vectors: int = 4  # register tile width in SIMD vectors (x vector_bytes/4 float columns)
    pack_bytes: int = 512 << 10  # a core copies B's K x tile-width panel contiguous when it fits this (0: never)
    panel_k_split: bool = False  # the tiles' K loop over a packed panel in B's blocks, as before: the panel is
    #                              dequantized already, and Q6_K's 16 planes of 16 written out per block ran its
    #                              tiles 2.3-4x slower (bench/README.md, twenty-ninth session)
    aliased_rows: int = 12  # the tallest tile a long K's narrowing makes where A's rows sit a multiple of 4 KB apart
    #                         (K = 8,192 floats: they share L1 sets) and B is float or copied along K: 24-row tiles
    #                         ran K-quant and float products 1.4-3x slower; blocks of 32 copied across the columns
    #                         were 1.3-1.7x faster with them from 128 rows and keep them
    aliased_pack_bytes: int = 1 << 20  # ... the wider panel such a tile reads is packed up to this size, else dot
    #                                    tiles read B as it is (faster at 32 rows, 1.8-3.2x slower from 128 rows)
    #                                    (bench/README.md, twenty-ninth session)
    dot_rows: int = 6  # tile when B is contiguous along K (x @ W.T) and not packed: rows x cols dot products
    dot_cols: int = 4
    float_along_k: tuple = (512, 2048)  # a float B contiguous along K (x @ W.T) is copied column by column too
    #                                     where K is a multiple of the first up to the second (1.3-2.8x faster
    #                                     prefill products at K = 1,024-2,048, where the copy across the columns
    #                                     reads rows a power-of-two stride apart; 0.8-1.05x at K = 576-768 and
    #                                     2,560-8,192: bench/README.md, twenty-ninth session); () never
    pack_along_k_block: int = 64  # a packed B contiguous along K, of blocks at least this long (the K-quants, IQ4_XS,
    #                               NF4), is copied into the panel column by column, its codes read along K (1.3-3x
    #                               faster prefill products); blocks of 32 (Q4_0, Q4_1, Q5_0, Q8_0, int4 groups of 32)
    #                               are copied row by row across the columns, 2-2.6x faster for them (0: never along K)

    @classmethod
    def defaults(cls, target: Target) -> CpuMatmulSettings:
        """A register tile whose accumulators, B's vectors and A's broadcast fit the SIMD registers: 6 x 4
        vectors in AVX-512's 32, 6 x 2 in AVX2's 16, where 6 x 4 spills every K step (bench/README.md, "CPU,
        ninth session")."""
        return cls() if target.vector_registers >= 32 else cls(vectors=2)


@dataclass(frozen=True)
class MatmulTile:
    """The Matmul path's register tile on this target and product."""
    style: str  # "outer" or "dot" (matmul_plan.style)
    rows: int
    cols: int
    lanes: int  # float32 lanes of a SIMD vector
    kkind: str  # the K loop's kind
    pack: bool  # each core packs its column panel of B first ...
    pack_along_k: bool = False  # ... a packed B column by column, its codes read along K (pack_along_k_block)
    panel_k_split: bool = False  # ... the tiles' K loop over the panel still in B's blocks (panel_k_split)


def matmul_tile(plan: Plan, target: Target) -> MatmulTile:
    """The register tile of the Matmul path on this target."""
    s = settings(CpuMatmulSettings, target)
    lanes = max(1, target.vector_bytes // 4)
    st = style(plan)
    mr, vecs = s.rows, s.vectors
    K = bounds(plan.K)[1]
    float_along = bool(s.float_along_k) and isinstance(plan.K, int) and \
        plan.K % s.float_along_k[0] == 0 and plan.K <= s.float_along_k[1]
    along_k = plan.b_stride_k == 1 and (
        (not plan.k_split and float_along) or
        (bool(plan.k_split) and bool(s.pack_along_k_block) and
         (plan.k_split[0] >= s.pack_along_k_block or _position_factor(plan.b))))
    stride = plan.a_stride_m * plan.a.dtype.itemsize if isinstance(plan.a_stride_m, int) else 0  # None: no one stride
    aliased = stride > 0 and stride % 4096 == 0 and (along_k or not plan.k_split)
    capped = False  # the narrowing stopped at aliased_rows: its panel may be packed up to aliased_pack_bytes
    while vecs > 1 and K * vecs * lanes * 4 > target.l2_bytes // 2:  # a long K: narrower panel, taller tile
        if aliased and mr * 2 > s.aliased_rows:
            capped = True
            break
        vecs, mr = vecs // 2, mr * 2
    nr = fit_width(plan.N, vecs * lanes, lanes)
    M = plan.M
    if isinstance(M, int) and M % mr:  # a static M: prefer a tile height that divides it
        for cand in range(mr, max(2, mr // 2) - 1, -1):
            if M % cand == 0:
                mr = cand
                break
    # packing spreads column tiles over the cores: where the width (at its bound, for the attention scores' symbolic
    # context length) gives every core a tile. The scores' keys are K-contiguous: unpacked, every tile element is a
    # vector dot product ending in a horizontal sum (SmolLM2's prefill scores ran 4.6x slower so, bench/README.md)
    pack = isinstance(plan.K, int) and plan.K * nr * 4 <= max(s.pack_bytes, s.aliased_pack_bytes * capped) and \
        ceil_div(bounds(plan.N)[1], nr) >= target.cpu_cores
    if st == "dot" and not pack:  # B's K-contiguous rows read as they are: vector dot products along K
        return MatmulTile(st, s.dot_rows, s.dot_cols, lanes, "vector", False)
    return MatmulTile(st, mr, nr, lanes, "novector", pack, along_k, s.panel_k_split)


def _position_factor(b: Node) -> bool:
    """Whether B's dequant multiplies an integer by a factor that depends on the position along K alone (Q5_0's
    fifth bits, `ops.bits_of`): copied along K, a vector of such factors is one constant, copied across the columns
    each element computes its own and gathers its word (bench/README.md, twenty-eighth session: Q5_0's panel 1.6-1.8x
    faster along K, where Q4_0's is 1.6-2.3x slower)."""
    def position_only(n: Node) -> bool:
        leaves = [x for x in toposort([n]) if not x.src]
        return any(x.op == "INDEX" for x in leaves) and all(x.op in ("INDEX", "CONST") for x in leaves)
    return any(n.op == "mul" and not n.dtype.is_float and any(position_only(x) for x in n.src)
               for n in toposort([b]))


def emit_matmul_tiles(em: Emitter, tile: Tile, plan: Plan, p: MatmulTile, parallel: bool, locals_: list) -> None:
    """All (row tile, column tile) pairs, column-major, across cores. With p.pack, a core first copies its
    column tile's K x width panel of B into contiguous scratch (the prologue applied once per element) and runs
    every row tile against it: a weight row is N floats apart in memory, so without the copy each K step of a
    micro-kernel lands on another page, out of reach of the prefetchers."""
    mr, nr, M, N = p.rows, p.cols, plan.M, plan.N
    ntm, ntn = ceil_div(M, mr), ceil_div(N, nr)
    kind = "parallel" if parallel else "serial"
    panel = None
    if p.pack:
        j = em.open_loop(em.fresh("t"), ntn, kind)
        n0 = j * nr
        panel = pack_panel(em, tile, plan, n0, (mr, nr), locals_, p.pack_along_k, p.panel_k_split)
        m0 = em.open_loop(em.fresh("i"), ntm) * mr
    else:
        t = em.open_loop(em.fresh("t"), ntm * ntn, kind)
        m0, n0 = (t % ntm) * mr, (t // ntm) * nr
    full = all_of([None if divides(M, mr) else cond(m0, 0, M - mr + 1),
                   None if divides(N, nr) else cond(n0, 0, N - nr + 1)])
    if full is not None:
        em.open_if(full)
    tile.emit([m0 + r for r in range(mr)], [n0 + c for c in range(nr)], False, p.kkind, panel)
    if full is not None:
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))  # an edge tile: row by row, columns guarded
        row = em.open_loop(em.fresh("r"), m0 + mr, "serial", start=m0)
        em.open_if(cond(row, 0, M))
        tile.emit([row], [n0 + c for c in range(nr)], not divides(N, nr), p.kkind, panel)
        em.close()
        em.close()
        em.close()
    em.close()
    if panel is not None:
        em.close()


def pack_panel(em: Emitter, tile: Tile, plan: Plan, n0: Sint, shape: tuple, locals_: list, along_k: bool,
               k_split: bool = False) -> Panel:
    """B[:, n0:n0 + width] into a K x width scratch array in compute precision (the prologue applied once)."""
    acc_t = plan.reduce.dtype.compute
    rows, width = shape
    panel = Panel(em.fresh("Bp"), width, em.fresh("Ct"), k_split)
    locals_ += [LocalArray(panel.array, acc_t, plan.K * width), LocalArray(panel.sums, acc_t, rows * width)]
    def store(kv: Sint, c: Sint) -> None:  # element (kv, c) of the panel; columns past N are zeros
        inside = None if divides(plan.N, width) else cond(n0 + c, 0, plan.N)
        em.emit(Store(panel.array, kv * width + c, masked_operand(
            em, plan.b, plan.b_index(tile.base_idx, kv, n0 + c), [inside], acc_t)))

    if along_k:  # a packed B along K (MatmulTile.pack_along_k): each column's codes read contiguously
        c = em.open_loop(em.fresh("c"), width)
        k0 = open_k(em, plan.K, plan.k_split, "vector")
        for off in k_planes(plan.k_split):
            store(k0 + off, c)
        close_k(em, plan.k_split)
    else:
        kv = em.open_loop(em.fresh("k"), plan.K)
        store(kv, em.open_loop(em.fresh("c"), width, "vector"))
        em.close()
    em.close()
    return panel


def build_cpu(graph: KernelGraph, plan: Plan, target: Target, route: Route) -> LoopKernel:
    """The kernel of a product on the CPU: batch loops, then exact-size GEMV variants for the row counts up to
    route.gemv_rows (a symbolic count branches at run time), for a Matmul route the GEMV schedule again over
    chunks of gemv_rows rows up to ProductSettings.gemv_chunk_rows, and the tiles above."""
    em = new_emitter(graph)
    locals_: list = []
    parallel = target.cpu_cores > 1
    base = [0] * len(plan.mul.shape)
    out_base: list = [0] * len(graph.root.shape)
    for ax, d in plan.batch:  # batch dims: plain loops outside the tiles
        v = em.open_loop(em.fresh("bat"), plan.mul.shape[ax])
        base[ax], out_base[d] = v, v
    tile = Tile(em, graph, plan, base, out_base, locals_)
    gemv = unrounded_weights(plan)  # the GEMV strips read a packed weight unrounded (see unrounded_weights)
    strip = Tile(em, graph, gemv, base, out_base, locals_)
    M = plan.M
    lo, hi = bounds(M)
    G = route.gemv_rows
    few = gemv_tile(gemv, target, graph)
    if isinstance(M, int) and M <= G:
        emit_gemv(em, strip, gemv, few, M, parallel)
    else:
        # a symbolic row count branches at run time: exact-size GEMV tiles for few rows
        for r in range(max(lo, 1), min(hi, G) + 1):
            em.open_if(cond(M, r, r + 1))
            emit_gemv(em, strip, gemv, few, r, parallel)
            em.close()
        chunked = _chunked_rows(graph, plan, target, route)
        if chunked:
            em.open_if(cond(M, max(lo, G + 1), chunked + 1))
            _emit_gemv_chunks(em, strip, gemv, few, M, G, parallel)
            em.close()
        if route.rule == "Matmul" and hi > max(G, chunked):
            big = cond(M, max(G, chunked) + 1, hi + 1) if lo <= max(G, chunked) else None
            if big is not None:
                em.open_if(big)
            ints = int_tile(graph, gemv, target)
            if ints is not None:
                emit_int_matmul(em, strip, gemv, ints, parallel, locals_)
            else:
                emit_matmul_tiles(em, tile, plan, matmul_tile(plan, target), parallel, locals_)
            if big is not None:
                em.close()
    for _ in plan.batch:
        em.close()
    return em.finish(locals=locals_)


def _emit_gemv_chunks(em: Emitter, strip: Tile, plan: Plan, p: GemvTile, M: Sint, G: int, parallel: bool) -> None:
    """M rows (more than G) as GEMVs of G rows each, then one of the M % G rows left: each chunk reads the weight
    again (from the caches, for a weight that fits them), where the Matmul tiles would dequantize and pack the
    whole weight per core first, a cost that does not shrink with the rows (bench/README.md, twenty-seventh
    session: 8 rows of a Q4 4096 x 4096 product 7x faster)."""
    full = sdiv(M, G)
    chunk = em.open_loop(em.fresh("rc"), full, "serial")
    emit_gemv(em, strip, plan, p, G, parallel, first=chunk * G)
    em.close()
    left = M - full * G
    for r in range(1, G):
        em.open_if(cond(left, r, r + 1))
        emit_gemv(em, strip, plan, p, r, parallel, first=full * G)
        em.close()


def matmul_text(graph: KernelGraph, plan: Plan, target: Target, route: Route) -> str:
    """What the CPU Matmul kernel does, for `describe`."""
    ints = int_tile(graph, unrounded_weights(plan), target)
    p = matmul_tile(plan, target)
    text = (f"matmul M={plan.M} N={plan.N} K={plan.K}: {int_tile_text(ints, plan)}" if ints else
            f"matmul M={plan.M} N={plan.N} K={plan.K} ({p.style}): {p.rows}x{p.cols} register tiles, "
            f"K loop {p.kkind}, tiles column-major across {target.cpu_cores} cores, edge tiles row by row"
            + (f"; each column tile's K x {p.cols} panel of B packed per core" if p.pack else "")
            + (" (copied column by column, B read along K)" if p.pack and p.pack_along_k else "")
            + split_text(plan))
    if not isinstance(plan.M, int) and route.gemv_rows and bounds(plan.M)[0] <= route.gemv_rows:
        text += f"; when {plan.M} <= {route.gemv_rows} at run time: GEMV path ({gemv_text(plan, target, graph)})"
    chunked = _chunked_rows(graph, plan, target, route)
    if chunked:
        text += f"; when {plan.M} <= {chunked}: the GEMV path over chunks of {route.gemv_rows} rows"
    return text


def _plain_pairs(graph: KernelGraph, plan: Plan, target: Target) -> bool:
    """Whether the GEMV schedule's products over this weight are plain pairwise integer ones (cpu_int_dot.py: one
    scale for all of a block's planes, two planes a dot2), probed without emitting."""
    gemv = unrounded_weights(plan)
    tile = gemv_tile(gemv, target, graph)
    if not (tile.int_dot and tile.pair_dot):
        return False
    fit = int_dot_fits(new_emitter(graph), gemv, [0] * len(plan.mul.shape), False)
    return fit is not None and not fit.folded


def _chunked_rows(graph: KernelGraph, plan: Plan, target: Target, route: Route) -> int:
    """Up to how many rows the kernel runs the GEMV schedule over chunks of route.gemv_rows (0: it does not): the
    settings' gemv_chunk_rows, or int_chunk_rows where that schedule's products are plain pairwise integer ones
    (_plain_pairs) and K is at least int_chunk_min_k."""
    if route.rule != "Matmul" or isinstance(plan.M, int) or not route.gemv_rows:
        return 0
    s = settings(ProductSettings, target)
    limit = s.gemv_chunk_rows
    if s.int_chunk_rows > limit and isinstance(plan.K, int) and plan.K >= s.int_chunk_min_k and \
            _plain_pairs(graph, plan, target):
        limit = s.int_chunk_rows
    most = min(bounds(plan.M)[1], limit)
    return most if most > route.gemv_rows else 0
