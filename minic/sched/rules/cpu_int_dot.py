"""Integer dot products for the CPU GEMV over a packed weight (rules/cpu_gemv.py, "dot" style).

A 4- or 8-bit format's dequant is, inside one block of K, an affine map of an integer code per bit plane (a run of
the block): w = scale * q + offset (GGUF's Q4_1: d * q + m; Q4_0: d * (q - 8); Q8_0: d * q; int4 groups:
s * q - z * s), where a K-quant's sub-blocks (its planes) scale by a small integer of their own: Q4_K's
w = d * sc_j * q - dmin * m_j, Q3_K's d * sc_j * q. With the integer scale folded into the code (q' = sc_j * q,
at most 7,905 in magnitude for GGUF's formats: Q5_K) every plane shares the float scale, and

    sum_k x_k * w_k = scale * sum_k x_k * q'_k + sum_j offset_j * sum_{k in plane j} x_k

and with x quantized per block to int16 (x_k ~ dx * xq_k, dx = max|x| / 32767: a relative error of 2^-16 of the
block's largest element) the block's products are integer products of int16 and small integer codes summed in
int32, which x86 computes 16 at a time (vpmaddwd) where float needs a conversion, a dequant FMA and a product FMA
per weight. Each core quantizes x once before its tasks (stage_ints, with the sum of every plane's x); the K loop
sums each run position's products over the block's bit planes in int32, converts once and scales by scale * dx
into the run-wide float lanes (cpu_tile.Tile._emit_lanes), and adds offset_j * sum(x) per plane. Where the
renderer has the loop IR's pair ops (LLVM), x is staged in pair words of two planes and a block's planes are
multiplied two at a time (`dot2`), a K-quant's two integer scales folded into the word of the two planes' codes
half by half (`mul2`, `code_word`). bench/README.md has what it buys.

Nothing here knows a format: `affine_code` finds the form in the dequant's loop IR (a cast of an 8-bit integer
to float, then products and sums with values the same for the whole plane), and `block_forms` the integer factor
of each plane's scale (a cast of an 8-bit integer in a product); code fields summed in float join into one
integer code (Q6_K's low four and high two bits). A format that is not affine per plane (NF4's and IQ4's
codebooks) keeps the float loop, as does one whose folded codes could overflow int32 (`fits_int32`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from minic.dtype import bool_, float32, int8, int16, int32, uint8
from minic.ir.symbolic import Sint, Sym, substitute
from minic.sched.loopir import Alu, Cast, Const, Idx, Load, LocalArray, Ref, Store, Update, Val
from minic.sched.lower import Emitter
from minic.sched.rules.matmul_plan import Plan, k_planes

XQ_MAX = 32767  # int16 codes of x: -XQ_MAX..XQ_MAX
XQ_MAX_BYTES = 127  # int8 codes of x (quad words, dot4): -XQ_MAX_BYTES..XQ_MAX_BYTES


@dataclass(frozen=True)
class AffineCode:
    """A weight value as scale * code + offset: `code` an 8-bit integer (as int32) that varies along the run, its
    values within `span`; `scale` and `offset` (None: 1 and 0) the same for the whole plane."""
    code: Val
    span: tuple
    scale: Val | None = None
    offset: Val | None = None


@dataclass(frozen=True)
class BlockForms:
    """One column's weight over a block's bit planes: plane j is scale * (codes[j] + constant) + offsets[j], `codes`
    int32 values (`raw[j]` times the plane's integer scale `factors[j]`, where it has one), `scale` (None: 1) the
    same for every plane, `offsets` one a plane (None: 0)."""
    raw: list  # each plane's code, int32
    factors: list  # each plane's integer scale (int32; None: 1), folded into its code
    scale: Val | None
    offsets: list
    constant: int = 0  # an integer every plane's code adds, left out of `raw` (code_and_constant; planes not folded)
    span: tuple = (0, 0)  # the smallest and the largest code (its integer scale folded in, its constant left out)

    @property
    def bound(self) -> int:
        """The largest magnitude of a code."""
        return max(abs(v) for v in self.span)

    @property
    def folded(self) -> bool:
        """Some plane's integer scale is in its code."""
        return any(f is not None for f in self.factors)

    @property
    def codes(self) -> list:
        return [c if f is None else Alu(int32, "mul", (c, f)) for c, f in zip(self.raw, self.factors)]


@dataclass(frozen=True)
class IntRows:
    """The staged activations: `codes` int16 [rows * K], per block of `block` positions its scale dx (`scales`,
    float32 [rows * K / block]), and per run of `run` positions (a bit plane of a block) the sum of its x (`sums`,
    float32 [rows * K / run]). With `per_word` 2 (a block of an even number of planes) `codes` is int32
    [rows * K / 2] instead: the word of planes 2j and 2j + 1 at one run position holds their two int16 codes (low
    half: plane 2j), what the loop IR's `dot2` multiplies with a word of the two planes' weight codes (pairwise
    int16 multiply-adds: vpmaddwd full, 16 products an AVX2 instruction). With `per_word` 4 x is rounded to int8
    and a word holds four codes, `quad_positions` in order, which `dot4` multiplies with four byte codes of the
    weight (vpdpbusd: 64 products an AVX-512 instruction)."""
    codes: str
    scales: str
    sums: str
    code_sums: str  # float32 [rows * K / block]: each block's sum of integer codes (exact below 2^24) times its dx
    block: int
    K: int
    run: int
    per_word: int = 1

    @property
    def row(self) -> int:
        """Elements of `codes` from one row to the next."""
        return self.K // self.per_word

    @property
    def pairs(self) -> bool:
        return self.per_word == 2

    @property
    def xq_max(self) -> int:
        """The largest magnitude of x's codes."""
        return XQ_MAX_BYTES if self.per_word == 4 else XQ_MAX


def quad_positions(block: int, run: int, word: int) -> list[int]:
    """The four positions in a block (of runs of `run` positions, an even number of them) whose codes quad word
    `word` holds, lowest byte first: two planes' codes at one run position, then theirs half a run further on.
    Word j * run / 2 + p takes planes 2j and 2j + 1 at positions p and p + run / 2, so a vector loop over p reads
    each plane's codes contiguously when it packs them."""
    half = run // 2
    j, p = divmod(word, half)
    return [(2 * j + h) * run + p + q * half for q in (0, 1) for h in (0, 1)]


def affine_code(em: Emitter, v: Val, lane: Sym, fields: bool = False) -> AffineCode | None:
    """`v` (a packed weight's value at run position `lane`) as scale * code + offset, or None; `fields`: see
    affine_codes."""
    form = affine_codes(em, [v], lambda xs: lane not in em.deps(xs[0]), fields)
    return form and AffineCode(form.codes[0], form.span, form.scale, form.offset)


@dataclass(frozen=True)
class AffineCodes:
    """A plane's values at several positions as scale * codes[i] + offset (see AffineCode)."""
    codes: list
    span: tuple
    scale: Val | None = None
    offset: Val | None = None


def affine_codes(em: Emitter, vals: list, uniform, fields: bool = False) -> AffineCodes | None:
    """`vals` (a packed weight's values at positions of one bit plane) as scale * codes[i] + offset, or None: the
    walk goes down the values' expressions side by side; a part is the same for the plane where `uniform` says so
    of its values at the positions (a value's dependence on the position's loop variable, or the parts being one
    expression at every position), and the codes are casts of 8-bit integers to float. With `fields` (the integer
    products) code fields summed in float join into one integer code, and an integer constant added to a bare
    code joins it (Q6_K's low + 16 * high - 32: one code of -32..31, _joined); the float loop keeps such a weight
    as it is (its forms staged per block ran Q6_K's GEMV 1.3x slower: bench/README.md, twenty-seventh session)."""
    lets = em.bindings()

    def resolved(x: Val) -> Val:
        while isinstance(x, Ref) and x.name in lets:
            x = lets[x.name]
        return x

    def split(xs: list):
        if uniform(xs):
            return xs[0]  # the same for the whole plane
        xs = [resolved(x) for x in xs]
        if all(isinstance(x, Cast) and x.dtype.is_float and x.src.dtype in (int8, uint8) for x in xs):
            widened = [widened_span(x.src, lets) for x in xs]
            return AffineCodes([c for c, _ in widened], (min(lo for _, (lo, _) in widened),
                                                         max(hi for _, (_, hi) in widened)))
        x = xs[0]
        if not isinstance(x, Alu) or x.op not in ("mul", "add", "sub") or not x.dtype.is_float or \
                any(not isinstance(y, Alu) or y.op != x.op for y in xs):
            return None
        a, b = (split([y.srcs[i] for y in xs]) for i in range(2))
        if a is None or b is None:
            return None
        if x.op == "mul":
            form, c = (a, b) if isinstance(a, AffineCodes) else (b, a)
            if isinstance(c, AffineCodes):
                return None
            offset = _times(form.offset, c) if form.offset else None
            return AffineCodes(form.codes, form.span, _times(form.scale, c), offset)
        if isinstance(a, AffineCodes) and isinstance(b, AffineCodes):
            return _joined(a, b, x.op) if fields else None
        if not isinstance(a, AffineCodes):
            return None  # c - form: not needed by any format yet
        if fields and a.scale is None and a.offset is None and isinstance(b, Const) and float(b.value).is_integer():
            shift = int(b.value) if x.op == "add" else -int(b.value)  # in the code: its products then stay small
            return AffineCodes([Alu(int32, "add", (code, Const(int32, shift))) for code in a.codes],
                               (a.span[0] + shift, a.span[1] + shift))
        c = b if x.op == "add" else Alu(float32, "neg", (b,))
        return AffineCodes(a.codes, a.span, a.scale, c if a.offset is None else Alu(float32, "add", (a.offset, c)))

    form = split(list(vals))
    return form if isinstance(form, AffineCodes) else None


def _joined(a: AffineCodes, b: AffineCodes, op: str) -> AffineCodes | None:
    """a + b or a - b of two code fields, each an integer times its code (Q6_K's low four bits plus sixteen times its
    high two, summed in float): one code, computed in int32, where both scales are integer constants (None: 1) and
    neither has an offset; else None."""
    def factor(scale: Val | None) -> int | None:
        if scale is None:
            return 1
        if isinstance(scale, Const) and float(scale.value).is_integer():
            return int(scale.value)
        return None
    fa, fb = factor(a.scale), factor(b.scale)
    if fa is None or fb is None or a.offset is not None or b.offset is not None:
        return None
    fb = fb if op == "add" else -fb
    ends = [fa * p + fb * q for p in a.span for q in b.span]
    codes = [Alu(int32, "add", (Alu(int32, "mul", (ca, Const(int32, fa))) if fa != 1 else ca,
                                Alu(int32, "mul", (cb, Const(int32, fb))) if fb != 1 else cb))
             for ca, cb in zip(a.codes, b.codes)]
    return AffineCodes(codes, (min(ends), max(ends)))


def shared_constant(codes: list) -> tuple[list, int]:
    """`codes` as (their values without a constant they all add, that constant), or (codes, 0) where they share
    none (code_and_constant)."""
    raws = [code_and_constant(c) for c in codes]
    c = raws[0][1]
    if not c or any(k != c for _, k in raws):
        return codes, 0
    return [u for u, _ in raws], c


def code_and_constant(code: Val) -> tuple[Val, int]:
    """`code` as (a value, an integer constant it adds): (u, c) for u + c, c + u or u - (-c), else (code, 0). Q4_0's
    codes are q - 8: the products take the raw nibbles (their words cost the fewest operations) and add c times
    the sum of x's integer codes, an exact integer identity (moving c * scale into the float offset instead would
    double the error of x's int16 rounding, each product then of a code of up to 15, not 8)."""
    if isinstance(code, Alu) and code.op in ("add", "sub") and isinstance(code.srcs[1], Const):
        return code.srcs[0], int(code.srcs[1].value) * (1 if code.op == "add" else -1)
    if isinstance(code, Alu) and code.op == "add" and isinstance(code.srcs[0], Const):
        return code.srcs[1], int(code.srcs[0].value)
    return code, 0


RANGES = {int8: (-128, 127), uint8: (0, 255), int16: (-32768, 32767), int32: (-(1 << 31), (1 << 31) - 1)}


def widened_span(v: Val, lets: dict) -> tuple[Val, tuple]:
    """The 8-bit integer `v` as an int32 value computed in int32 from its loads on, and its range: unpacking codes
    in bytes makes LLVM shift and mask byte vectors and widen them twice, 30% of the loop (bench/README.md); in
    int32 a byte load widens once (vpmovzxbd) and the masks and shifts run on the wide lanes. Only operations whose
    result is the same in int32 are rewritten: integer division and remainder by positive constants, and
    sums, differences and products whose range (from the loads' types) fits the type they had."""
    def walk(x: Val):
        """-> (x in int32, its range) or None where x is left as it is."""
        while isinstance(x, Ref) and x.name in lets:
            x = lets[x.name]
        if x.dtype not in RANGES:
            return None
        if isinstance(x, Const):
            return Const(int32, int(x.value)), (int(x.value), int(x.value))
        if isinstance(x, Load):
            return Cast(int32, x), RANGES[x.dtype]
        if isinstance(x, Cast):
            inner = walk(x.src)
            if inner is None or not _fits(inner[1], x.dtype):
                return None
            return inner
        if not isinstance(x, Alu) or len(x.srcs) != 2 or x.op not in ("idiv", "mod", "add", "sub", "mul"):
            return None
        a, b = walk(x.srcs[0]), walk(x.srcs[1])
        if a is None or b is None:
            return None
        (va, (alo, ahi)), (vb, (blo, bhi)) = a, b
        if x.op in ("idiv", "mod"):
            if not isinstance(vb, Const) or vb.value <= 0 or alo < 0:
                return None
            span = (alo // vb.value, ahi // vb.value) if x.op == "idiv" else (0, min(ahi, vb.value - 1))
        else:
            corners = [op(p, q) for p in (alo, ahi) for q in (blo, bhi)
                       for op in [{"add": int.__add__, "sub": int.__sub__, "mul": int.__mul__}[x.op]]]
            span = (min(corners), max(corners))
        if not _fits(span, x.dtype):
            return None
        return Alu(int32, x.op, (va, vb)), span

    out = walk(v)
    return out if out is not None else (Cast(int32, v), RANGES[v.dtype])


def _fits(span: tuple, dtype) -> bool:
    lo, hi = RANGES[dtype]
    return lo <= span[0] and span[1] <= hi


def _times(a: Val | None, b: Val) -> Val:
    return b if a is None else Alu(float32, "mul", (a, b))


def expanded(em: Emitter, v: Val | None) -> Val | None:
    """`v` with every named value replaced by what it names: two planes' scales compare equal when they are."""
    lets = em.bindings()

    def walk(x):
        if isinstance(x, Ref) and x.name in lets:
            return walk(lets[x.name])
        if isinstance(x, Alu):
            return Alu(x.dtype, x.op, tuple(walk(s) for s in x.srcs))
        if isinstance(x, Cast):
            return Cast(x.dtype, walk(x.src))
        return x
    return None if v is None else walk(v)


def block_forms(em: Emitter, planes: list, lane: Sym, fold: bool = True) -> BlockForms | None:
    """The affine forms of one column's bit planes (`planes`: its values at the plane offsets) with one float scale
    for all: with `fold`, each plane's scale split into that scale times an 8-bit integer of its own (a K-quant's
    sub-block scale), which joins the plane's code; None where a plane is not affine or the scales differ
    otherwise."""
    forms = [affine_code(em, v, lane, True) for v in planes]
    if any(f is None for f in forms):
        return None
    scales = [expanded(em, f.scale) for f in forms]
    if all(s == scales[0] for s in scales[1:]):
        split = [(scales[0], None)] * len(forms)  # one scale: the codes as they are
    elif not fold:
        return None
    else:
        lets = em.bindings()
        split = [integer_factor(s, lets) for s in scales]
        if any(common != split[0][0] for common, _ in split[1:]):
            return None
    codes, spans, constant = [f.code for f in forms], [f.span for f in forms], 0
    if all(factor is None for _, factor in split):  # a folded code's constant would scale with its factor
        codes, constant = shared_constant(codes)
        spans = [(lo - constant, hi - constant) for lo, hi in spans]
    ends = []
    for span, (_, factor) in zip(spans, split):
        ends += span if factor is None else [a * b for a in span for b in factor[1]]
    if not fits_int32(max(abs(v) for v in ends), len(planes)):
        return None
    return BlockForms(codes, [factor and factor[0] for _, factor in split], split[0][0],
                      [expanded(em, f.offset) for f in forms], constant, (min(ends), max(ends)))


def integer_factor(scale: Val | None, lets: dict) -> tuple[Val | None, tuple | None]:
    """`scale` as (float part, (8-bit integer factor as int32, its range) or None): a product with a cast of an
    8-bit integer to float is split there (Q4_K's d * sc_j), anything else is all float part."""
    if isinstance(scale, Cast) and scale.src.dtype in (int8, uint8):
        return None, widened_span(scale.src, lets)
    if isinstance(scale, Alu) and scale.op == "mul":
        for a, b in (scale.srcs, scale.srcs[::-1]):
            if isinstance(b, Cast) and b.src.dtype in (int8, uint8):
                return a, widened_span(b.src, lets)
    return scale, None


def fits_int32(bound: int, planes: int) -> bool:
    """Whether a run position's products over a block's planes stay inside int32 (and each folded code inside
    int16, a half of a pair word): |x code| <= XQ_MAX, |code| <= `bound`."""
    return bound <= XQ_MAX and planes * XQ_MAX * bound < 1 << 31


def stage_ints(em: Emitter, locals_: list, rows: int, K: int, block: int, run: int, x_at,
               per_word: int = 1, code_sums: bool = False, staged_if=None) -> IntRows:
    """Quantize `rows` rows of x (x_at(r, k): row r's value at K position k) per block of `block` positions into
    integer scratch arrays of the kernel, with each block's scale and the sum of each of its runs of `run` positions
    (a bit plane's): each core does it once before its tasks. `per_word`: 1 int16 codes, 2 int16 pair words, 4
    int8 quad words (see IntRows); `code_sums`: each block's sum of codes too (for a constant the weight's codes
    add). `staged_if`: rows in a loop rather than written out one by one, only those where staged_if(r) holds (a
    run-time condition)."""
    staged = IntRows(em.fresh("xq"), em.fresh("dx"), em.fresh("xsum"), em.fresh("xqsum"), block, K, run, per_word)
    blocks, xq_max = K // block, staged.xq_max
    locals_ += [LocalArray(staged.codes, int32 if per_word > 1 else int16, rows * staged.row),
                LocalArray(staged.scales, float32, rows * blocks), LocalArray(staged.sums, float32, rows * K // run),
                *([LocalArray(staged.code_sums, float32, rows * blocks)] if code_sums else [])]
    for r in range(rows) if staged_if is None else [em.open_loop(em.fresh("r"), rows, "serial")]:
        if staged_if is not None:
            em.open_if(staged_if(r))
        b = em.open_loop(em.fresh("b"), blocks, "serial")
        top, total = em.accumulator(float32, "max"), em.accumulator(float32)
        k = em.open_loop(em.fresh("k"), block, "vector")
        em.emit(Update(top, "max", Alu(float32, "abs", (x_at(r, b * block + k),))))
        em.close()
        for j in range(block // run):
            part = em.accumulator(float32)
            k = em.open_loop(em.fresh("k"), run, "vector")
            em.emit(Update(part, "sum", x_at(r, b * block + j * run + k)))
            em.close()
            em.emit(Store(staged.sums, r * (K // run) + b * (block // run) + j, Ref(float32, part)))
            em.emit(Update(total, "sum", Ref(float32, part)))
        top_v = Ref(float32, top)
        total_v = Ref(float32, total)  # a NaN or an infinity in x makes the sum one; the max skips a NaN, whose
        #                                int16 code would be garbage, so such a block's scale is the sum itself (a
        #                                select: fast-math may not reassociate it away)
        finite = Alu(bool_, "cmple", (Alu(float32, "abs", (total_v,)), Const(float32, 3.4028234663852886e38)))
        em.emit(Store(staged.scales, r * blocks + b, Alu(float32, "where", (
            finite, Alu(float32, "mul", (top_v, Const(float32, 1.0 / xq_max))), total_v))))
        inverse = em.named(Alu(float32, "where", (Alu(bool_, "cmplt", (Const(float32, 0.0), top_v)),
                                                  Alu(float32, "div", (Const(float32, float(xq_max)), top_v)),
                                                  Const(float32, 0.0))), "inv")
        if per_word == 4:
            for j in range(block // 4 // (run // 2)):
                p = em.open_loop(em.fresh("p"), run // 2, "vector")
                at = [b * block + pos for pos in quad_positions(block, run, j * (run // 2))]  # at p = 0
                codes = [_x_code(x_at(r, k + p), inverse, int32) for k in at]
                em.emit(Store(staged.codes, r * staged.row + b * (block // 4) + j * (run // 2) + p, quad_word(codes)))
                em.close()
        elif per_word == 2:
            for j in range(block // run // 2):
                k = em.open_loop(em.fresh("k"), run, "vector")
                lo, hi = (_x_code(x_at(r, b * block + (2 * j + h) * run + k), inverse, int32) for h in (0, 1))
                em.emit(Store(staged.codes, r * staged.row + b * (block // 2) + j * run + k, pair_word(lo, hi)))
                em.close()
        else:
            k = em.open_loop(em.fresh("k"), block, "vector")
            code = _x_code(x_at(r, b * block + k), inverse, int16)
            em.emit(Store(staged.codes, r * staged.row + b * block + k, code))
            em.close()
        if code_sums:  # the block's sum of codes times its scale, for a constant the codes add
            codes = em.accumulator(float32)
            k = em.open_loop(em.fresh("k"), block, "vector")
            em.emit(Update(codes, "sum", Cast(float32, _x_code(x_at(r, b * block + k), inverse, int32))))
            em.close()
            em.emit(Store(staged.code_sums, r * blocks + b, Alu(float32, "mul", (Ref(float32, codes), Load(
                float32, staged.scales, r * blocks + b)))))
        em.close()
        if staged_if is not None:
            em.close()
            em.close()
    return staged


def _x_code(x: Val, inverse: Val, dtype) -> Val:
    """x's integer code: x * inverse rounded to the nearest integer."""
    return Cast(dtype, Alu(float32, "floor", (Alu(float32, "add", (Alu(float32, "mul", (x, inverse)),
                                                                   Const(float32, 0.5))),)))


def quad_word(codes: list) -> Val:
    """Four byte-ranged int32 values (unsigned 0..255 or signed -128..127) as one int32 word, codes[0] in the lowest
    byte. The top byte is added as a signed one (the same eight bits), so no sum leaves int32."""
    def low_byte(v: Val) -> Val:
        return Alu(int32, "and", (v, Const(int32, 255)))
    top = Alu(int32, "sub", (low_byte(Alu(int32, "add", (codes[3], Const(int32, 128)))), Const(int32, 128)))
    word = Alu(int32, "mul", (top, Const(int32, 1 << 24)))
    for i in (2, 1, 0):
        word = Alu(int32, "add", (word, Alu(int32, "mul", (low_byte(codes[i]), Const(int32, 1 << (8 * i))))))
    return word


def pair_word(lo: Val, hi: Val) -> Val:
    """Two int16-ranged int32 values as one int32 word: `lo` in the low half, `hi` in the high half. The two
    nibbles of one byte (v mod 16, v // 16: a 4-bit format's two planes) make (v + v * 2^12) & 0xF000F, two
    operations where the general word takes four."""
    byte = _byte_nibbles(lo, hi)
    if byte is not None:
        spread = Alu(int32, "add", (byte, Alu(int32, "mul", (byte, Const(int32, 1 << 12)))))
        return Alu(int32, "and", (spread, Const(int32, 0x000F000F)))
    low = Alu(int32, "and", (lo, Const(int32, 0xFFFF)))
    return Alu(int32, "add", (low, Alu(int32, "mul", (hi, Const(int32, 1 << 16)))))


def _byte_nibbles(lo: Val, hi: Val) -> Val | None:
    """v where `lo` is v mod 16 and `hi` is v // 16 of one unsigned byte v (widened to int32), else None."""
    if not (isinstance(lo, Alu) and lo.op == "mod" and isinstance(hi, Alu) and hi.op == "idiv"):
        return None
    v = lo.srcs[0]
    if hi.srcs[0] != v or lo.srcs[1] != Const(int32, 16) or hi.srcs[1] != Const(int32, 16):
        return None
    if isinstance(v, Cast) and isinstance(v.src, Load) and v.src.dtype == uint8:
        return v
    return None


def int_products(staged: IntRows, r: int, kb: Sint, lane: Sint, kv: list, forms: BlockForms) -> Val:
    """Row r's products with one column over the bit planes of block `kb` (its index) at run position `lane` (K
    positions `kv`, one per plane), summed in int32: pairwise (dot2) when x is staged in pair words."""
    codes = forms.codes
    if staged.pairs:
        run = staged.run
        words = [Alu(int32, "dot2", (Load(int32, staged.codes, r * staged.row + kb * (staged.block // 2) +
                                          j * run + lane), code_word(forms, 2 * j)))
                 for j in range(len(codes) // 2)]
        return functools.reduce(lambda a, b: Alu(int32, "add", (a, b)), words)
    total = None
    for k, code in zip(kv, codes):
        product = Alu(int32, "mul", (Cast(int32, Load(int16, staged.codes, r * staged.row + k)), code))
        total = product if total is None else Alu(int32, "add", (total, product))
    return total


def code_word(forms: BlockForms, j: int) -> Val:
    """The pair word of planes j and j + 1's codes. Folded, the word of their codes times the word of their integer
    scales, half by half (`mul2`: 16-bit products, which hold a folded code): one product for two weights where
    each folded code alone took a 32-bit one."""
    if not forms.folded:
        return pair_word(*forms.raw[j:j + 2])
    one = Const(int32, 1)
    factors = [f if f is not None else one for f in forms.factors[j:j + 2]]
    return Alu(int32, "mul2", (pair_word(*forms.raw[j:j + 2]), pair_word(*factors)))


def block_scale(staged: IntRows, r: int, kb: Sint, forms: BlockForms) -> Val:
    """What row r's int32 products in block `kb` (its index) are multiplied by: the weight's scale times x's."""
    dx = Load(float32, staged.scales, r * (staged.K // staged.block) + kb)
    return dx if forms.scale is None else Alu(float32, "mul", (forms.scale, dx))


def block_offsets(staged: IntRows, r: int, kb: Sint, forms: BlockForms) -> list:
    """Each plane's offset times the sum of row r's x over that plane of block `kb` (its index); planes without an
    offset are left out. A constant the codes add (BlockForms.constant) adds one more term."""
    per_block = staged.block // staged.run
    at = r * (staged.K // staged.run) + kb * per_block
    terms = [Alu(float32, "mul", (off, Load(float32, staged.sums, at + j)))
             for j, off in enumerate(forms.offsets) if off is not None]
    if forms.constant:  # the constant's products at the block's scale
        factor = Const(float32, float(forms.constant))
        terms.append(constant_term(staged, r, kb, factor if forms.scale is None else Alu(float32, "mul", (
            forms.scale, factor))))
    return terms


def constant_term(staged: IntRows, r: int, kb: Sint, factor: Val) -> Val:
    """`factor` times row r's x codes summed over block `kb`, at x's scale (staged code_sums): the products of a
    constant every weight code adds (factor: the constant, times the weight's scale where it is not applied
    after)."""
    return Alu(float32, "mul", (factor, Load(float32, staged.code_sums, r * (staged.K // staged.block) + kb)))


def at_block(v: Val, where: dict[Sym, Sint]) -> Val:
    """`v`, a value of a block (its loop variables the keys of `where`) with its named values expanded
    (`expanded`), at the block `where` maps them to: a block's scale and offset computed again in a loop of their
    own over the blocks (Tile._emit_lanes), where they are vector loads, not one scalar (or a gather of the
    columns' scalars) per block in the K loop."""
    def walk(x: Val) -> Val:
        if isinstance(x, Load):
            return replace(x, index=substitute(x.index, where), valid=x.valid and walk(x.valid),
                           dyn=x.dyn and walk(x.dyn))
        if isinstance(x, Idx):
            return replace(x, expr=substitute(x.expr, where))
        if isinstance(x, Alu):
            return replace(x, srcs=tuple(walk(s) for s in x.srcs))
        if isinstance(x, Cast):
            return replace(x, src=walk(x.src))
        return x
    return walk(v)


@dataclass(frozen=True)
class IntDotFit:
    """How a packed GEMV's weights take integer products (int_dot_fits)."""
    folded: bool  # some weight's planes need their integer scales folded into the codes
    constant: bool  # some weight's codes add a constant (Q4_0's q - 8): x's code sums are staged for it
    bound: int  # the largest magnitude of any weight's code (BlockForms.bound)
    byte_shift: int | None = None  # what makes every code an unsigned byte (0 for Q4_0's nibbles, 128 for Q8_0's
    #                                signed bytes; dot4 takes the weight's bytes unsigned), None where none does


def int_dot_fits(em: Emitter, plan: Plan, base_idx: list, fold: bool) -> IntDotFit | None:
    """Whether every product's weight (`plan`: a packed GEMV's, with a K split) is affine per block, its planes
    sharing their scale or, with `fold`, their integer scales folded into the codes; None where not. Probed at a
    column of the K loop, nothing emitted."""
    block, run = plan.k_split
    with em.taken_back():
        col = em.open_loop(em.fresh("n"), plan.N, "serial")
        kb = em.open_loop(em.fresh("kb"), plan.K // block, "serial", scope_kind="reduce") * block
        lane = em.open_loop(em.fresh("k"), run, "vector", scope_kind="reduce")
        forms = [block_forms(em, [em.value(b, plan.b_index(base_idx, kb + off + lane, col))
                                  for off in k_planes(plan.k_split)], em.loop_sym(), fold)
                 for _, b in plan.products]
        for _ in range(3):
            em.close()
    if any(f is None for f in forms):
        return None
    return IntDotFit(any(f.folded for f in forms), any(f.constant for f in forms), max(f.bound for f in forms),
                     byte_shift(forms))


def byte_shift(forms: list) -> int | None:
    """The shift (0 or 128) that makes every code of `forms` (BlockForms) an unsigned byte, or None: a folded code
    (its integer scale multiplied in) can exceed a byte, and so can a code of more than 8 bits."""
    if any(f.folded for f in forms):
        return None
    low, high = min(f.span[0] for f in forms), max(f.span[1] for f in forms)
    for shift in (0, 128):
        if 0 <= low + shift and high + shift <= 255:
            return shift
    return None
