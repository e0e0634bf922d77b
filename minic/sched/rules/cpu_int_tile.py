"""Integer register tiles for the CPU Matmul over a packed weight (prefill on LLVM).

The float tiles (cpu_tile.Tile over a core's dequantized panel) run at the CPU's float32 peak, one product a lane
an FMA. Where the GEMV already takes integer products (cpu_int_dot.py: the weight affine per block, x rounded to
int16 per block, two bit planes a pair word), a tile can too, with the pairs running along K instead of along a
run's positions:

* each core rounds a chunk of A's rows to int16 pair words once (cpu_int_dot.stage_ints, the GEMV's staging
  over a loop of rows), with each block's scale dx and each run's sum of x;
* per column panel it packs B's codes as pair words, column-contiguous (word (block, pair position) of column c
  at [(block * block_len / 2 + pair position) * width + c]; a K-quant's integer sub-block scales folded in by
  `mul2` here, once a panel, not in the K loop), and each block's float scale and plane offsets per column;
* a rows x width tile keeps width-wide int32 accumulators per row: a pair step is one broadcast word of x per row
  and `dot2` (vpdpwssd: two products a lane an instruction) with the panel's words; after a block the int32 sums
  are converted once and scaled by scale * dx into float accumulators, and each plane's offset times x's run
  sum is added.

A block of 32 takes 16 pair steps per conversion, where the GEMV's lanes convert after every pair (a lane holds
one pair of a block). The tiles take products only from ProductSettings.int_chunk_min_k on, where the GEMV
chunks already carry x's rounding (a small model's prefill keeps its float tiles and their 1e-3 of
transformers' logits: bench/README.md).

Where every code of the weight is a byte (Q4_0, Q4_1, Q5_x, Q8_0, int4 groups; shifted by 128 where signed, the
shift coming back through x's code sums) and the target has `dot4` (AVX512-VNNI's vpdpbusd), x can be rounded to int8
instead (as llama.cpp rounds it) and a word holds four codes (cpu_int_dot.quad_positions): 8 word steps a block
of 32, four products a lane an instruction (CpuIntTileSettings.quad_dot, off by default: x's int8 rounding costs
perplexity; bench/README.md, thirty-third session). A K-quant's folded codes exceed a byte and keep the pairs.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from minic.dtype import float32, int32
from minic.ir.symbolic import Sint, bounds, ceil_div, sdiv
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Cast, Const, Load, LocalArray, Store, all_of, cond
from minic.sched.lower import Emitter, LoweringError
from minic.sched.rules.cpu_int_dot import (
    XQ_MAX,
    XQ_MAX_BYTES,
    BlockForms,
    IntDotFit,
    IntRows,
    block_forms,
    block_offsets,
    code_word,
    constant_term,
    int_dot_fits,
    quad_word,
    stage_ints,
)
from minic.sched.rules.cpu_tile import Tile
from minic.sched.rules.matmul_plan import Plan, ProductSettings, k_planes, style
from minic.sched.rules.nest import new_emitter
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class CpuIntTileSettings(RuleSettings):
    enabled: bool = True  # integer tiles where the weight allows (False: the float tiles); on by default with
    #                       AVX-512 only (see defaults)
    rows: int = 6  # tile height: rows of x broadcast per pair step
    vectors: int = 2  # tile width in SIMD vectors of int32 words (int32 and float32 accumulators: 2 x 6 x 2 of 32)
    staged_bytes: int = 2 << 20  # int16 rows of x a core stages at a time: this many bytes' worth (at least a tile;
    #                              on the stack: runtime/cpu.py's WORKER_STACK_BYTES). Each chunk packs the panels
    #                              again: 1 MB (60 rows at K = 8,192) ran a 128-row product 1.2-1.4x slower
    panel_bytes: int = 6 << 20  # the most a column panel and one tile's staged rows may take (K at most ~80,000 with
    #                             the defaults; a longer K keeps the float tiles, whose panels are bounded themselves)
    quad_dot: bool = False  # where the target has dot4 (AVX512-VNNI) and the weight's codes are bytes (not a
    #                         K-quant's folded ones): x rounded to int8, four products a lane an instruction. Off:
    #                         1.3-1.6x faster tiles, but int8's rounding of x raised SmolLM2's perplexity 4.3%
    #                         (int16's: unchanged) with the tiles forced on (bench/README.md, thirty-third session)

    @classmethod
    def defaults(cls, target: Target) -> CpuIntTileSettings:
        """Off below 64-byte vectors, where it is untimed: on AVX2 (`bench/cpu_asm.py --cpu znver2 --lanes 8`)
        the tile's loop takes the columns, but without VNNI each product pair is a vpmaddwd and a vpaddd (the float
        tiles' rate) and its 12 accumulators leave 16 registers short (21 moves a step), and no AVX2 machine was at
        hand to see which wins."""
        return cls(enabled=target.vector_bytes >= 64)


@dataclass(frozen=True)
class IntTile:
    """The integer tile on this target and product."""
    rows: int
    cols: int
    chunk: int  # rows of x staged at a time
    steps: int  # word steps summed in int32 before a conversion (steps_between_conversions)
    fit: IntDotFit
    per_word: int = 2  # codes a word: 2 (int16 pairs, dot2) or 4 (x's int8 and the weight's bytes, dot4)
    shift: int = 0  # with 4: what every weight code adds to be an unsigned byte (IntDotFit.byte_shift)


def int_tile(graph: KernelGraph, plan: Plan, target: Target) -> IntTile | None:
    """The integer tile for this product, or None where it keeps the float tiles: a packed B contiguous along K
    whose blocks have an even number of bit planes, all affine (cpu_int_dot.int_dot_fits, integer sub-block scales
    folded), float32 compute, a static K of at least int_chunk_min_k, a renderer with `dot2`."""
    s = settings(CpuIntTileSettings, target)
    if not (s.enabled and target.pair_dot and target.int_dot and plan.k_split and style(plan) == "dot" and
            isinstance(plan.K, int) and len(plan.products) == 1 and
            plan.mul.dtype.compute == float32 and plan.reduce.dtype.compute == float32 and
            plan.K >= settings(ProductSettings, target).int_chunk_min_k):
        return None
    plan = paired(plan)
    if len(k_planes(plan.k_split)) % 2:
        return None
    fit = int_dot_fits(new_emitter(graph), plan, [0] * len(plan.mul.shape), True)
    if fit is None:
        return None
    lanes = max(1, target.vector_bytes // 4)
    quads = s.quad_dot and target.quad_dot and fit.byte_shift is not None and plan.k_split[1] % 2 == 0
    per_word = 4 if quads else 2
    row_bytes = plan.K * 4 // per_word  # a row of x's words, or a column's codes
    if row_bytes * (s.vectors * lanes + s.rows) > s.panel_bytes:
        return None  # a panel and a tile's rows of x this long would not fit a core's stack
    chunk = max(s.rows, s.staged_bytes // row_bytes // s.rows * s.rows)
    bound = fit.bound + fit.byte_shift if quads else fit.bound
    return IntTile(s.rows, s.vectors * lanes, min(chunk, ceil_div(bounds(plan.M)[1], s.rows) * s.rows),
                   steps_between_conversions(plan.k_split[0], bound, per_word), fit, per_word,
                   fit.byte_shift if quads else 0)


def paired(plan: Plan) -> Plan:
    """`plan` with a block of one bit plane (Q8_0's 32 codes) cut into two runs, whose positions then pair up in the
    words as two planes' do: the affine form is the block's either way."""
    block, run = plan.k_split
    return replace(plan, k_split=(block, run // 2)) if run == block and run % 2 == 0 else plan


def int_tile_text(p: IntTile, plan: Plan) -> str:
    """What the integer tiles do, for `describe`."""
    block = plan.k_split[0]
    if p.per_word == 4:
        words, shift = "quad words (four byte codes a word", f", shifted by {p.shift}" if p.shift else ""
        products = "byte multiply-adds (dot4)"
    else:
        words, shift, products = "pair words (two bit planes a word", "", "pairwise multiply-adds (dot2)"
    return (f"integer tiles: {p.rows}x{p.cols}, x rounded to int{32 // p.per_word} per block of {block} in chunks "
            f"of {p.chunk} rows a core, each column panel's codes packed as {words}{shift}, the dequant applied at "
            f"packing), {products} summed in int32 over {p.steps} word steps, then scaled into float")


@dataclass(frozen=True)
class IntPanel:
    """A core's packed column panel: `codes` int32 pair words [K / 2 * width], `scales` float32 [blocks * width]
    (None: the weight's scale is 1), `offsets` float32 [blocks * planes with an offset * width] and which planes
    have one (`offset_planes`), and the weight's code constant (BlockForms.constant)."""
    codes: str
    scales: str | None
    offsets: str | None
    offset_planes: tuple
    constant: int
    width: int


def emit_int_matmul(em: Emitter, tile: Tile, plan: Plan, p: IntTile, parallel: bool, locals_: list) -> None:
    """All of M in equal chunks of at most p.chunk rows (each core stages a chunk's x, then walks its column panels:
    packs one and runs the chunk's row tiles against it). A chunk's last tile may run past M: its rows there are
    zeros (_zero_rows) and are not stored."""
    plan = paired(plan)
    block, run = plan.k_split
    M, N, K, R, mr, nr = plan.M, plan.N, plan.K, p.chunk, p.rows, p.cols
    chunks = ceil_div(M, R)
    size = ceil_div(sdiv(M + chunks - 1, chunks), mr) * mr  # M in equal chunks: each packs the panels again
    rc = em.open_loop(em.fresh("rc"), chunks, "serial")
    first = rc * size
    count = M - first  # rows left from this chunk on (more than `size` but for the last chunk)
    code_sums = p.fit.constant or p.shift != 0
    staged = stage_ints(em, locals_, R, K, block, run, lambda r, k: tile.a_value(0, first + r, k), p.per_word,
                        code_sums, lambda r: all_of([cond(r, 0, count), cond(r, 0, size)]))
    _zero_rows(em, staged, count, R, mr - 1, code_sums)
    j = em.open_loop(em.fresh("t"), ceil_div(N, nr), "parallel" if parallel else "serial")
    n0 = j * nr
    panel = _pack(em, tile, plan, n0, nr, locals_, p)
    i = em.open_loop(em.fresh("i"), R // mr, "serial")
    r0 = i * mr
    em.open_if(all_of([cond(r0, 0, count), cond(r0, 0, size)]))
    full = cond(r0, 0, count - mr + 1)
    em.open_if(full)
    _tile(em, tile, plan, staged, panel, [r0 + r for r in range(mr)], first, n0, locals_, p)
    em.close()
    em.open_if(Alu(full.dtype, "not", (full,)))  # the chunk's last rows: a whole tile over zeroed rows past M,
    _tile(em, tile, plan, staged, panel, [r0 + r for r in range(mr)], first, n0, locals_, p, count)  # to M
    for _ in range(5):
        em.close()


def _zero_rows(em: Emitter, staged: IntRows, count: Sint, rows: int, most: int, code_sums: bool) -> None:
    """Zero the staged rows from `count` on (up to `most` of them, within the `rows` staged): x's codes, scales and
    sums, so the chunk's last tile multiplies whole rows of zeros where its rows run past M."""
    K, blocks = staged.K, staged.K // staged.block
    arrays = [(staged.codes, int32, staged.row), (staged.scales, float32, blocks),
              (staged.sums, float32, K // staged.run)]
    if code_sums:
        arrays.append((staged.code_sums, float32, blocks))
    r = em.open_loop(em.fresh("r"), most, "serial")
    row = count + r
    em.open_if(cond(row, 0, rows))
    for name, dtype, width in arrays:
        k = em.open_loop(em.fresh("k"), width, "vector")
        em.emit(Store(name, row * width + k, Const(dtype, 0)))
        em.close()
    em.close()
    em.close()


def _pack(em: Emitter, tile: Tile, plan: Plan, n0: Sint, width: int, locals_: list, p: IntTile) -> IntPanel:
    """B[:, n0:n0 + width] as an IntPanel (columns past N: zero codes, scales and offsets). Block by block: each
    column's words along K into a small column-major scratch (vector loads of its codes, contiguous stores), then
    that scratch transposed into the panel's rows of `width` words (strided loads, contiguous stores), where
    writing the panel column by column stored every word on its own. Quad words (p.per_word 4) hold the four codes
    cpu_int_dot.quad_positions names, each shifted by p.shift into an unsigned byte."""
    block, run = plan.k_split
    blocks, planes, per_block = plan.K // block, len(k_planes(plan.k_split)), block // p.per_word
    codes, words = em.fresh("Bq"), em.fresh("Bt")
    locals_ += [LocalArray(codes, int32, plan.K // p.per_word * width), LocalArray(words, int32, width * per_block)]
    kb = em.open_loop(em.fresh("kb"), blocks, "serial")
    c = em.open_loop(em.fresh("c"), width, "serial")
    col = n0 + c
    guard = None if isinstance(plan.N, int) and plan.N % width == 0 else cond(col, 0, plan.N)
    span = run if p.per_word == 2 else run // 2  # run positions a word step covers
    lane = em.open_loop(em.fresh("k"), span, "vector")

    def forms_at(pos: Sint) -> BlockForms:
        vals = [em.value(plan.b, plan.b_index(tile.base_idx, kb * block + off + pos, col), guard)
                for off in k_planes(plan.k_split)]
        forms = block_forms(em, vals, em.loop_sym(), p.per_word == 2)
        if forms is None:
            raise LoweringError("the integer tiles were chosen for a weight whose dequant is not affine per bit "
                                "plane (cpu_int_dot.block_forms)")
        return forms
    forms = forms_at(lane)
    later = forms_at(lane + span) if p.per_word == 4 else None
    for jp in range(planes // 2):
        if later is None:
            word = code_word(forms, 2 * jp)
        else:
            shifted = [Alu(int32, "add", (f.raw[2 * jp + h], Const(int32, p.shift)))
                       for f in (forms, later) for h in (0, 1)]
            word = quad_word(shifted)
        em.emit(Store(words, c * per_block + jp * span + lane, word))
    em.close()
    scales = offsets = None
    offset_planes = tuple(jp for jp, off in enumerate(forms.offsets) if off is not None)
    if forms.scale is not None:
        scales = em.fresh("Bs")
        locals_.append(LocalArray(scales, float32, blocks * width))
        em.emit(Store(scales, kb * width + c, forms.scale))
    if offset_planes:
        offsets = em.fresh("Bo")
        locals_.append(LocalArray(offsets, float32, blocks * len(offset_planes) * width))
        for at, jp in enumerate(offset_planes):
            em.emit(Store(offsets, (kb * len(offset_planes) + at) * width + c, forms.offsets[jp]))
    em.close()
    pp = em.open_loop(em.fresh("p"), per_block, "serial")
    c = em.open_loop(em.fresh("c"), width, "vector")
    em.emit(Store(codes, (kb * per_block + pp) * width + c, Load(int32, words, c * per_block + pp)))
    em.close()
    em.close()
    em.close()
    return IntPanel(codes, scales, offsets, offset_planes, forms.constant - p.shift, width)


def steps_between_conversions(block: int, bound: int, per_word: int = 2) -> int:
    """Word steps a tile sums in int32 before converting: all of a block's where its products cannot overflow
    (`per_word` products a step, each at most x's largest code times `bound`, the weight's largest), else the most
    that divide the block's steps and cannot. The bound comes from the codes' types: Q4_K's sub-block scales, 6
    bits stored a byte each, bound its folded codes at 15 x 255, so it converts every 8 pair steps (Q5_K 4, Q6_K
    8), as fast as once a block at 64-128 rows (bench/README.md)."""
    steps, xq_max = block // per_word, XQ_MAX_BYTES if per_word == 4 else XQ_MAX
    while steps > 1 and per_word * steps * xq_max * bound >= 1 << 31:
        steps //= 2
    return steps


def _block_terms(staged: IntRows, panel: IntPanel, lr: Sint, kb: Sint, c: Sint, wscale, constant: int) -> list:
    """Row `lr`'s block `kb` terms besides the products at column vector position c (cpu_int_dot.block_offsets over
    the panel's offsets and scale): each plane's offset times x's sum over the plane, and `constant` (a constant
    every code adds, or 0 where the caller adds it) times x's code sum at the block's scale."""
    planes = staged.block // staged.run
    loaded = dict(zip(panel.offset_planes, range(len(panel.offset_planes))))
    offsets = [Load(float32, panel.offsets, (kb * len(loaded) + loaded[j]) * panel.width + c) if j in loaded else None
               for j in range(planes)]
    return block_offsets(staged, lr, kb, BlockForms([], [], wscale, offsets, constant))


def _add_to(em: Emitter, array: str, at: Sint, terms: list) -> None:
    """array[at] += the sum of `terms`."""
    total = functools.reduce(lambda a, b: Alu(float32, "add", (a, b)), terms)
    em.emit(Store(array, at, Alu(float32, "add", (Load(float32, array, at), total))))


def _tile(em: Emitter, tile: Tile, plan: Plan, staged: IntRows, panel: IntPanel, rows: list, first: Sint,
          n0: Sint, locals_: list, p: IntTile, count: Sint | None = None) -> None:
    """Rows `rows` (indices into the staged chunk, which starts at row `first`) x the panel's columns; with
    `count`, only the rows below it are stored."""
    block = plan.k_split[0]
    nr, blocks = panel.width, plan.K // block
    sums, ints = em.fresh("facc"), em.fresh("iacc")
    locals_ += [LocalArray(sums, float32, len(rows) * nr), LocalArray(ints, int32, len(rows) * nr)]
    z = em.open_loop(em.fresh("z"), len(rows) * nr, "vector")
    em.emit(Store(sums, z, Const(float32, 0.0)))
    em.close()
    per_block, steps = block // p.per_word, p.steps
    groups = per_block // steps
    kb = em.open_loop(em.fresh("kb"), blocks, "serial", scope_kind="reduce")
    g = em.open_loop(em.fresh("g"), groups, "serial", scope_kind="reduce") if groups > 1 else 0
    z = em.open_loop(em.fresh("z"), len(rows) * nr, "vector")
    em.emit(Store(ints, z, Const(int32, 0)))
    em.close()
    # the word steps stay a loop: LLVM vectorised them (gathering the panel's words) instead of the columns where
    # the column loop was 16 wide (AVX-512 with one vector of columns, AVX2 with two): 4-5x slower
    pp = kb * per_block + g * steps + em.open_loop(em.fresh("p"), steps, "novector", scope_kind="reduce")
    for r, lr in enumerate(rows):
        word = Load(int32, staged.codes, lr * staged.row + pp)
        c = em.open_loop(em.fresh("c"), nr, "vector")
        at, acc, codes = r * nr + c, Load(int32, ints, r * nr + c), Load(int32, panel.codes, pp * nr + c)
        summed = Alu(int32, "dot4", (acc, codes, word)) if p.per_word == 4 else \
            Alu(int32, "add", (acc, Alu(int32, "dot2", (word, codes))))
        em.emit(Store(ints, at, summed))
        em.close()
    em.close()
    # the int32 sums into float, at the block's scale (the weight's times x's). A constant the codes add comes in
    # at x's scale before the weight's, which then multiplies both: wscale * (sum * dx + constant * x's code sum),
    # per column vector one conversion and two multiply-adds (Q4_0's q - 8)
    constant = panel.constant if groups == 1 else 0
    for r, lr in enumerate(rows):
        dx = Load(float32, staged.scales, lr * blocks + kb)
        c = em.open_loop(em.fresh("c"), nr, "vector")
        wscale = Load(float32, panel.scales, kb * nr + c) if panel.scales else None
        inner = Alu(float32, "mul", (Cast(float32, Load(int32, ints, r * nr + c)), dx))
        if constant:
            inner = Alu(float32, "add", (inner, constant_term(staged, lr, kb, Const(float32, float(constant)))))
        terms = [inner if wscale is None else Alu(float32, "mul", (wscale, inner))]
        if groups == 1:
            terms += _block_terms(staged, panel, lr, kb, c, wscale, 0)
        _add_to(em, sums, r * nr + c, terms)
        em.close()
    if groups > 1:
        em.close()
        for r, lr in enumerate(rows):  # the block's offset terms, once
            c = em.open_loop(em.fresh("c"), nr, "vector")
            wscale = Load(float32, panel.scales, kb * nr + c) if panel.scales else None
            terms = _block_terms(staged, panel, lr, kb, c, wscale, panel.constant)
            if terms:
                _add_to(em, sums, r * nr + c, terms)
            em.close()
    em.close()
    guarded = not (isinstance(plan.N, int) and plan.N % nr == 0)
    for r, lr in enumerate(rows):
        if count is not None:
            em.open_if(cond(lr, 0, count))
        c = em.open_loop(em.fresh("c"), nr, "vector")
        tile.store(first + lr, n0 + c, Load(float32, sums, r * nr + c), guarded)
        em.close()
        if count is not None:
            em.close()
