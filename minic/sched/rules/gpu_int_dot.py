"""Integer dot products for the GPU GEMV over a packed weight (rules/gpu_gemv.py, "dot" style reading runs).

A 4- or 8-bit format's dequant is, along one bit plane of a block, an affine map of an integer code (GGUF's Q4_1:
w = d * q + m; Q4_K: d * sc_j * q - dmin * m_j; rules/cpu_int_dot.py says more). A thread of the float GEMV spends
about seven instructions a weight on that map and its product (the code extracted, converted, scaled, offset,
multiplied, added), so at LLaMA's sizes the kernel is bound by issue slots, not by memory (bench/gemv_int_dot.py:
0.37-0.40 of copy bandwidth). Here x is quantized instead, and a thread's products are integer ones:

    sum_k x_k * w_k = scale * dx * sum_k xq_k * q_k + offset * sum_k x_k        (k over a run of one plane)

* **Staging.** Before the K loop the group quantizes its rows of x (the normalised rows where a norm comes first)
  into group memory, one run of the weight's bit planes (Plan.k_split's innermost: 16 or 32 positions) a thread at
  a time: int16 codes xq (dx = max|x| / 32767: a relative error of 2^-16 of the run's largest element) two to an
  int32 word, and each run's dx and sum of x.
* **The K loop.** A thread reads P consecutive positions of a plane in one wide load (gpu_gemv._packed_run); the
  positions' codes go four to a word of signed bytes (`byte_word`: a word of the wide load itself, masked to its
  nibbles), each word against two words of x (read from group memory 16 bytes at a time) by the loop IR's
  `dot2lo` / `dot2hi` (two int16 x int8 products added to an int32 an instruction: CUDA's __dp2a_lo/_hi). A
  constant every code adds (Q4_0's q - 8) comes back as c times the run's sum of x's codes, in the same int32
  sum. The sum is converted once, times scale * dx, and the thread that reads a run's first positions adds
  offset * sum(x) for the run. 1.3-3.6 instructions a weight at LLaMA's shapes, the float loop's 6.2-9.7
  (bench/gemv_sass.py).

Nothing here knows a format: `affine_codes` (cpu_int_dot.py) finds the map in the dequant's loop IR, and `fits`
refuses a weight whose codes leave the signed byte (or that is not affine per plane: NF4's codebook, Q6_K's two
code fields summed in float), which keeps the float loop. bench/README.md has what it buys.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from minic.dtype import bool_, float32, int8, int32, uint8
from minic.ir.symbolic import Sint
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Barrier, Cast, Const, Idx, Load, LocalArray, LoopKind, Store, Val, WideLoad
from minic.sched.lower import Emitter
from minic.sched.rules.cpu_int_dot import XQ_MAX, AffineCodes, affine_code, affine_codes, expanded, shared_constant
from minic.sched.rules.matmul_plan import Plan, k_planes
from minic.sched.rules.nest import new_emitter

BYTE = (-128, 127)  # the codes a signed byte of dot2lo / dot2hi holds
LINE_WORDS, PAD_WORDS = 16, 4  # x's codes keep PAD_WORDS unused words after every LINE_WORDS: lanes reading their
#                                runs in 16-byte loads LINE_WORDS words apart (Q4_1: a lane a block of 32 positions)
#                                would hit the same banks of group memory, 80 bytes apart they do not
WIDE_WORDS = 4  # words of x one load of group memory reads (16 bytes)


@dataclass(frozen=True)
class StagedX:
    """x's rows in group memory (see the module's doc): `words` int32 codes, `scales` (dx) and `sums` float32 and
    `code_sums` int32 one a run of `run` positions, for `rows` rows of K."""
    words: str
    scales: str
    sums: str
    code_sums: str  # int32 one a run: the sum of its codes (what a constant every weight code adds multiplies)
    K: int
    run: int

    @property
    def row_words(self) -> int:
        return row_words(self.K)

    def word(self, r: int, w: Sint) -> Sint:
        """Where row r's word w (positions 2w and 2w + 1) is: PAD_WORDS after every LINE_WORDS."""
        return r * self.row_words + w + w // LINE_WORDS * PAD_WORDS

    def run_at(self, r: int, k: Sint) -> Sint:
        """Row r's run that holds position k, in `scales` and `sums`."""
        return r * (self.K // self.run) + k // self.run


def row_words(K: int) -> int:
    """Words of group memory one row of x's codes takes (StagedX.word's padding included)."""
    return K // 2 + K // 2 // LINE_WORDS * PAD_WORDS


def fits(graph: KernelGraph, plan: Plan, positions: int, rows: int, shared_bytes: int) -> bool:
    """Whether the K loop of `plan` (a packed GEMV whose threads read `positions` consecutive positions of a plane a
    step) can take integer products: whole words of four codes a thread, x's staged rows in a quarter of the group
    memory, and every product's weight affine per bit plane with codes that fit a signed byte (probed at a column of
    a K loop, nothing emitted)."""
    if not plan.k_split or positions % 4 or positions > 2 * LINE_WORDS or not isinstance(plan.K, int) or \
            plan.reduce.dtype.compute != float32:
        return False
    run = plan.k_split[-1]
    if rows * (row_words(plan.K) + 3 * plan.K // run) * 4 > shared_bytes // 4:
        return False
    em = new_emitter(graph)
    base = [0] * len(plan.mul.shape)
    col = em.open_loop(em.fresh("n"), plan.N, LoopKind.SERIAL)
    kb = em.open_loop(em.fresh("kb"), plan.K // plan.k_split[0], LoopKind.SERIAL) * plan.k_split[0]
    lane = em.open_loop(em.fresh("k"), run, LoopKind.SERIAL)
    forms = [affine_code(em, em.value(b, plan.b_index(base, kb + off + lane, col)), em.loop_sym())
             for _, b in plan.products for off in k_planes(plan.k_split)]
    return all(f is not None and BYTE[0] <= f.span[0] and f.span[1] <= BYTE[1] for f in forms)


def stage_x(em: Emitter, plan: Plan, base: list, rows: int, row_ok: list, lid, threads: int, locals_: list,
            wide_bytes: int) -> StagedX:
    """Quantize the group's `rows` rows of x into group memory (StagedX), a run a thread; ends with a barrier."""
    K, run = plan.K, plan.k_split[-1]
    names = em.fresh("xq"), em.fresh("dx"), em.fresh("xsum"), em.fresh("xqsum")
    staged = StagedX(*names, K, run)
    locals_ += [LocalArray(staged.words, int32, rows * staged.row_words),
                LocalArray(staged.scales, float32, rows * K // run), LocalArray(staged.sums, float32, rows * K // run),
                LocalArray(staged.code_sums, int32, rows * K // run)]
    for r in range(rows):
        c = em.open_loop(em.fresh("c"), K // run, LoopKind.SERIAL, start=lid, step=threads)
        xs = [em.named(v if v.dtype == float32 else Cast(float32, v), "x")
              for v in em.run_values(plan.a, lambda i, r=r, c=c: plan.a_index(base, r, c * run + i), run, row_ok[r],
                                     wide_bytes)]
        top = em.named(functools.reduce(lambda a, b: Alu(float32, "max", (a, b)),
                                        [Alu(float32, "abs", (x,)) for x in xs]), "top")
        total = em.named(functools.reduce(lambda a, b: Alu(float32, "add", (a, b)), xs), "total")
        # a NaN or an infinity in x makes the sum one; the max skips a NaN, whose code would be garbage, so such a
        # run's scale is the sum itself (as rules/cpu_int_dot.stage_ints does)
        finite = Alu(bool_, "cmple", (Alu(float32, "abs", (total,)), Const(float32, 3.4028234663852886e38)))
        em.emit(Store(staged.scales, staged.run_at(r, c * run), Alu(float32, "where", (
            finite, Alu(float32, "mul", (top, Const(float32, 1.0 / XQ_MAX))), total))))
        em.emit(Store(staged.sums, staged.run_at(r, c * run), total))
        inverse = em.named(Alu(float32, "where", (Alu(bool_, "cmplt", (Const(float32, 0.0), top)),
                                                  Alu(float32, "div", (Const(float32, float(XQ_MAX)), top)),
                                                  Const(float32, 0.0))), "inv")
        codes = [em.named(Cast(int32, Alu(float32, "floor", (Alu(float32, "add", (Alu(float32, "mul", (x, inverse)),
                                                                                  Const(float32, 0.5))),))), "q")
                 for x in xs]
        em.emit(Store(staged.code_sums, staged.run_at(r, c * run),
                      functools.reduce(lambda a, b: Alu(int32, "add", (a, b)), codes)))
        for t in range(run // 2):
            em.emit(Store(staged.words, staged.word(r, c * (run // 2) + t), _half_word(codes[2 * t], codes[2 * t + 1])))
        em.close()
    em.emit(Barrier())
    return staged


def _half_word(lo: Val, hi: Val) -> Val:
    """Two int16-ranged int32 values as one int32 word, `lo` in the low half (no product past int32)."""
    low = Alu(int32, "and", (lo, Const(int32, 0xFFFF)))
    return Alu(int32, "or", (low, Alu(int32, "mul", (hi, Const(int32, 1 << 16)))))


NIBBLES = 0x0F0F0F0F  # the low nibble of each byte of a word


def byte_word(em: Emitter, codes: list, signed: bool) -> Val:
    """Four codes in a signed byte's range as one int32 word, code i in byte i. Four consecutive bytes of a wide
    load (a word of it, aligned), taken as they are or each its low or high nibble, are that word read at once
    (masked: one or two instructions for four codes); anything else is built in Horner's form, no product past int32
    (a negative code's low byte is its byte, (c + 256) % 256; the top byte keeps its sign)."""
    word = _word_of_bytes(em, codes)
    if word is not None:
        return word

    def low(c: Val) -> Val:
        return Alu(int32, "mod", (Alu(int32, "add", (c, Const(int32, 256))), Const(int32, 256))) if signed else c
    word = codes[3]
    for c in reversed(codes[:3]):
        word = Alu(int32, "add", (low(c), Alu(int32, "mul", (word, Const(int32, 256)))))
    return word


def _word_of_bytes(em: Emitter, codes: list) -> Val | None:
    """The word of `codes` read from a wide load (see byte_word), or None where they are not bytes i..i+3 of one,
    i a multiple of 4, each taken whole (a signed byte) or as its low / high nibble."""
    parts = []
    for c in codes:
        part = "whole"
        if isinstance(c, Alu) and c.op in ("mod", "idiv") and c.srcs[1] == Const(int32, 16):
            part, c = "low" if c.op == "mod" else "high", c.srcs[0]
        if not (isinstance(c, Cast) and isinstance(c.src, Load) and isinstance(c.src.index, int)) or \
                c.src.valid is not None or c.src.dtype not in ((int8,) if part == "whole" else (uint8,)):
            return None
        parts.append((part, c.src.buf, c.src.index))
    (part, buf, first), rest = parts[0], parts[1:]
    if first % 4 or not em.is_wide(buf) or rest != [(part, buf, first + i) for i in range(1, 4)]:
        return None
    word = Load(int32, buf, first // 4)
    if part == "high":
        word = Alu(int32, "shr", (word, Const(int32, 4)))
    return word if part == "whole" else Alu(int32, "and", (word, Const(int32, NIBBLES)))


def plane_form(em: Emitter, vals: list) -> AffineCodes | None:
    """A plane's weights at a thread's consecutive positions (as its K loop computed them) as scale * codes +
    offset: a part is the plane's where it is one expression at every position."""
    def uniform(xs: list) -> bool:
        first = expanded(em, xs[0])
        return all(expanded(em, x) == first for x in xs[1:])
    form = affine_codes(em, vals, uniform)
    return form if form is not None and BYTE[0] <= form.span[0] and form.span[1] <= BYTE[1] else None


def plane_products(em: Emitter, staged: StagedX, r: int, ks: list, form: AffineCodes) -> Val:
    """Row r's float32 sum of x times one column's weights at positions `ks` (consecutive, of one plane, a multiple
    of four from a multiple of four) whose weights are `form`."""
    k0, run = ks[0], staged.run
    codes, span, constant = form.codes, form.span, 0
    if len(ks) == run:  # Q4_0's q - 8: the raw nibbles' words, then -8 times the run's sum of x's codes
        codes, constant = shared_constant(codes)
        span = (span[0] - constant, span[1] - constant)
    words = [byte_word(em, codes[i:i + 4], span[0] < 0) for i in range(0, len(ks), 4)]
    at = staged.word(r, k0 // 2)  # a thread's words of x sit in one line (fits: at most 2 * LINE_WORDS positions)
    xw = []
    for first in range(0, len(ks) // 2, WIDE_WORDS):  # aligned: k0 is a multiple of len(ks), rows of whole lines
        width, name = min(WIDE_WORDS, len(ks) // 2 - first), em.fresh("xw")
        em.emit(WideLoad(name, staged.words, at + first, width, int32, local=True))
        xw += [Load(int32, name, i) for i in range(width)]
    isum: Val = Const(int32, 0)
    for q, word in enumerate(words):  # one chain: each product adds the sum so far (dp2a's accumulator)
        for h, op in enumerate(("dot2lo", "dot2hi")):
            isum = Alu(int32, op, (xw[2 * q + h], word, isum))
    if constant:
        xq_sum = Load(int32, staged.code_sums, staged.run_at(r, k0))
        isum = Alu(int32, "add", (isum, Alu(int32, "mul", (xq_sum, Const(int32, constant)))))
    dx = Load(float32, staged.scales, staged.run_at(r, k0))
    scale = dx if form.scale is None else Alu(float32, "mul", (form.scale, dx))
    total = Alu(float32, "mul", (Cast(float32, isum), scale))
    if form.offset is None:
        return total
    offset = Alu(float32, "mul", (form.offset, Load(float32, staged.sums, staged.run_at(r, k0))))
    if len(ks) < run:  # the run's other threads add nothing for it
        offset = Alu(float32, "where", (Alu(bool_, "cmpeq", (Idx(int32, k0 % run), Const(int32, 0))), offset,
                                        Const(float32, 0.0)))
    return Alu(float32, "add", (total, offset))
