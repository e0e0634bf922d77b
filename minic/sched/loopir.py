"""Loop IR: what a scheduled kernel is, before it becomes source text.

Values (`Val`) are small expression trees; statements place them in loops.
Every renderer walks exactly these classes, and `to_text` prints them as the
pseudo-code users see at MINIC_DEBUG=3.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from minic.dtype import DType, bool_, int32
from minic.ir.symbolic import Sint, Sym, bounds, ceil_div, free_syms, render_py


# --- values --------------------------------------------------------------------------
@dataclass(frozen=True)
class Val:
    dtype: DType


@dataclass(frozen=True)
class Const(Val):
    value: object


@dataclass(frozen=True)
class Idx(Val):
    """An integer index expression used as a value (arange, masks, bounds checks)."""
    expr: Sint


@dataclass(frozen=True)
class Ref(Val):
    name: str


@dataclass(frozen=True)
class Load(Val):
    """buf[index + dyn * dyn_stride]; `dyn` is a runtime integer (a gathered token id)."""
    buf: str
    index: Sint
    valid: Val | None = None  # when false, the load is skipped and reads zero
    dyn: Val | None = None
    dyn_stride: Sint = 1


@dataclass(frozen=True)
class Alu(Val):
    op: str
    srcs: tuple


SHIFT_OPS = ("shr",)  # Alu op on int32: shr(a, b) = a >> b (arithmetic). "and" / "or" / "xor" on integers are bitwise
#                      (on bools, logical): C-style renderers and LLVM alike
BYTE_DOT_OPS = ("dot2lo", "dot2hi")  # Alu ops on int32 words: dot2lo(a, b, c) = c + lo16(a) * byte0(b) + hi16(a) *
#                                    byte1(b), dot2hi the same with b's bytes 2 and 3 (int16 halves and bytes signed;
#                                    CUDA's __dp2a_lo/_hi). Only where Target.byte_dot says the renderer has them
#                                    (rules/gpu_int_dot.py)


@dataclass(frozen=True)
class Cast(Val):
    src: Val


@dataclass(frozen=True)
class WarpReduce(Val):
    """Reduce `src` across the lanes of a warp/subgroup with `op`; every lane gets the result."""
    op: str
    src: Val
    width: int


def cond(expr: Sint, lo: Sint, hi: Sint) -> Val:
    """The boolean value lo <= expr < hi, with trivially true halves dropped."""
    parts = []
    if not (isinstance(lo, int) and bounds(expr)[0] >= lo):
        parts.append(Alu(bool_, "cmple", (Idx(int32, lo), Idx(int32, expr))))
    if not (isinstance(hi, int) and bounds(expr)[1] < hi):
        parts.append(Alu(bool_, "cmplt", (Idx(int32, expr), Idx(int32, hi))))
    return all_of(parts)


def all_of(parts: list) -> Val | None:
    out = None
    for p in parts:
        if p is None:
            continue
        out = p if out is None else Alu(bool_, "and", (out, p))
    return out


def truth(v: Val) -> bool | None:
    """True or False when the bounds of the variables in `v` decide it, else None."""
    if isinstance(v, Const):
        return bool(v.value)
    if not isinstance(v, Alu):
        return None
    if v.op in ("cmplt", "cmple") and all(isinstance(s, Idx) for s in v.srcs):
        lo, hi = bounds(v.srcs[0].expr - v.srcs[1].expr)
        if hi < 0 or (hi == 0 and v.op == "cmple"):
            return True
        if lo > 0 or (lo == 0 and v.op == "cmplt"):
            return False
        return None
    if v.op == "not":
        t = truth(v.srcs[0])
        return None if t is None else not t
    if v.op == "and":
        ts = [truth(s) for s in v.srcs]
        return False if False in ts else True if all(ts) else None
    return None


def val_syms(v: Val) -> set[Sym]:
    """Index variables a value depends on (used to hoist it out of loops)."""
    if isinstance(v, Idx):
        return free_syms(v.expr)
    if isinstance(v, Load):
        out = free_syms(v.index) | (val_syms(v.valid) if v.valid is not None else set())
        return out | (val_syms(v.dyn) | free_syms(v.dyn_stride) if v.dyn is not None else set())
    if isinstance(v, Alu):
        out: set = set()
        for s in v.srcs:
            out |= val_syms(s)
        return out
    if isinstance(v, (Cast, WarpReduce)):
        return val_syms(v.src)
    return set()


# --- statements ------------------------------------------------------------------------
@dataclass
class Let:
    name: str
    val: Val


@dataclass
class Acc:
    """A mutable accumulator (reductions)."""
    name: str
    dtype: DType
    init: Val


@dataclass
class Update:
    name: str
    op: str
    val: Val


@dataclass
class Store:
    """buf[index + dyn * dyn_stride] = val; `dyn` is a runtime integer (the row a scatter writes)."""
    buf: str
    index: Sint
    val: Val
    dyn: Val | None = None
    dyn_stride: Sint = 1


class LoopKind(str, enum.Enum):
    """How a Loop runs. A str enum: printed IR shows the plain name."""
    SERIAL = "serial"
    PARALLEL = "parallel"  # split across CPU cores by the runtime (each core runs its share)
    VECTOR = "vector"  # backends ask the compiler to vectorise it
    NOVECTOR = "novector"  # the body is already wide (a register tile): backends must not vectorise the loop
    UNROLL = "unroll"
    REDUCE = "reduce"  # a reduction's loop

    def __str__(self) -> str:
        return self.value


@dataclass
class Loop:
    """for var in range(start, extent, step), run as its LoopKind says."""
    var: Sym
    extent: Sint
    kind: LoopKind = LoopKind.SERIAL
    body: list = field(default_factory=list)
    start: Sint = 0
    step: Sint = 1


@dataclass
class If:
    cond: Val
    body: list = field(default_factory=list)


@dataclass
class Barrier:
    pass


@dataclass
class AtomicAdd:
    """name = buf[index]; buf[index] += val, as one atomic step every group of the launch sees (a DeviceArray's
    counter: the last group of several to arrive learns that it is the last)."""
    name: str
    buf: str
    index: Sint
    val: Val


@dataclass
class Fence:
    """This thread's earlier writes to device memory are visible to every group before its later ones (a
    partial result before the counter that announces it)."""


@dataclass
class Prefetch:
    """A hint that `buf[index]` is read soon: a CPU schedule streaming a weight asks for the bytes some way ahead
    of its loads (on a packed weight the hardware prefetcher alone falls behind: bench/README.md). Nothing is
    read; an index past the buffer's end is harmless. Backends without such a hint render nothing."""
    buf: str
    index: Sint


@dataclass
class Mma:
    """One warp-wide tensor-core step (PTX mma.m16n8k16): a 16 x 8 output tile += A (16 x 16) @ B (16 x 8).

    Both operands are read from group memory of `dtype`. A has K contiguous: row r starts at
    a_buf[a_index + r * a_stride]. B has K contiguous too (column c starts at b_buf[b_index + c * b_stride]),
    or with `b_kmajor` N contiguous (row k starts at b_buf[b_index + k * b_stride]), the layout of a weight
    stored [K, N], which is then staged without a transpose. `acc` names this lane's
    four float32 accumulators; lane 4g + q holds the outputs at (row g, columns 2q, 2q+1) and
    (row g + 8, columns 2q, 2q+1) of the tile (`mma_fragment` gives them)."""
    acc: tuple
    dtype: DType
    a_buf: str
    a_index: Sint
    a_stride: int
    b_buf: str
    b_index: Sint
    b_stride: int
    b_kmajor: bool = False


@dataclass
class Copy:
    """dst[dst_index + i * dst_stride] = src[src_index + i] for i < width, moved as one wide load (and one wide
    store when dst_stride is 1), or zeros where `valid` is false. Rules use it to stage raw operands into group
    memory; the rule that emits it has proved both ends aligned to width * itemsize bytes. An `asynchronous`
    copy (dst_stride 1 only) lands in the background: it is complete only after the next AwaitCopies, which lets
    a rule fetch the next K panel while it computes on the current one."""
    dst: str
    dst_index: Sint
    dst_stride: int
    src: str
    src_index: Sint
    width: int
    dtype: DType
    valid: Val | None = None
    asynchronous: bool = False


@dataclass
class WideLoad:
    """name = src[index : index + width], read as one wide load into this thread's registers (zeros where `valid`
    is false); `Load(dtype, name, i)` for a constant i then reads element i. A memory-bound kernel that loads an
    element at a time keeps too few bytes in flight: the GPU GEMV reads its weight rows this way. The rule that
    emits it has proved `index` a multiple of `width` and the elements consecutive in memory. A `Load` of a wider
    integer dtype reads the registers as elements of that size (element i of int32: bytes 4i .. 4i + 3), as the
    GPU GEMV's integer products take four codes bytes a word (rules/gpu_int_dot.py)."""
    name: str
    src: str
    index: Sint
    width: int
    dtype: DType
    valid: Val | None = None
    local: bool = False  # `src` is group memory (a LocalArray), not a kernel buffer


@dataclass
class CommitCopies:
    """Close a batch: the asynchronous Copies issued since the last CommitCopies form one group to wait for."""


@dataclass
class AwaitCopies:
    """Wait until at most `pending` of this thread's committed batches are still in flight (a Barrier after it
    makes the landed ones visible to the whole group)."""
    pending: int = 0


def mma_fragment(lane: Sint) -> list[tuple[Sint, Sint]]:
    """(row, column) in the 16 x 8 tile of each of a lane's four Mma accumulators."""
    g, q = lane // 4, (lane % 4) * 2
    return [(g, q), (g, q + 1), (g + 8, q), (g + 8, q + 1)]


@dataclass
class LocalArray:
    """Group-shared (GPU) scratch memory."""
    name: str
    dtype: DType
    size: int


def group_memory(arrays: list) -> tuple[dict, int]:
    """Where each LocalArray sits when they share one block of group memory (16-byte aligned, for Copy), and the
    block's bytes."""
    offsets, total = {}, 0
    for a in arrays:
        offsets[a.name] = total
        total += ceil_div(a.size * a.dtype.itemsize, 16) * 16
    return offsets, total


@dataclass
class DeviceArray:
    """Device-global scratch that outlives a launch: zero when the program loads, and a kernel that uses it leaves
    it as it found it (a counter the last group puts back to zero). Groups of one launch hand each other partial
    results through it without a second kernel (the split attention, rules/attention.py). Only targets with
    `Target.device_scratch` render it; launches of one program share it, which is safe because a device runs its
    launches in order on one stream."""
    name: str
    dtype: DType
    size: int


@dataclass
class BufParam:
    name: str
    dtype: DType
    writable: bool


@dataclass
class LoopKernel:
    """A complete kernel: parameters, body and how it is launched.

    CPU kernels take (bufs..., vars..., core, ncores); GPU kernels are launched
    with `global_size` groups of `local_size` threads (each a 3-tuple of Sint)."""
    name: str
    bufs: list
    vars: list  # list[Sym], passed as int32 arguments in this order
    body: list
    global_size: tuple = (1, 1, 1)
    local_size: tuple = (1, 1, 1)
    gpu: bool = False
    specials: list = field(default_factory=list)  # [(Sym, 'group'|'local'|'ngroups', axis)]
    locals: list = field(default_factory=list)  # [LocalArray] group-shared scratch
    device_arrays: list = field(default_factory=list)  # [DeviceArray] device-global scratch shared by the groups
    wave_groups: int = 0  # GPU: groups each multiprocessor should hold at once, so the launch runs as one wave (0: no
    #                       ask); CUDA hands it to ptxas as __launch_bounds__' minimum, which caps the registers

    def __post_init__(self):
        self.body = drop_dead_lets(prune_guards(self.body))

    def to_text(self) -> str:
        params = ", ".join(("out " if b.writable else "") + f"{b.dtype.name}* {b.name}" for b in self.bufs)
        head = f"kernel {self.name}({params}"
        head += "".join(f", int {s.name}" for s in self.vars) + ")"
        if self.gpu:
            head += f"  grid={tuple(map(render_py, self.global_size))} block={tuple(map(render_py, self.local_size))}"
        lines = [head + ":"]
        lines += [f"  {sym.name} = {kind}_id.{'xyz'[axis]}" for sym, kind, axis in self.specials]
        _text(self.device_arrays + self.locals + self.body, 1, lines)
        return "\n".join(lines)


def drop_dead_lets(body: list) -> list:
    """`body` without the named values nothing reads. A rule may evaluate an operand to inspect how it is computed
    and then read it another way (the CPU GEMV's integer products read a weight's codes, not its dequantized
    value: rules/cpu_int_dot.py); what it no longer reads goes here, not in each backend's compiler."""
    while True:
        read: set = set()
        _reads(body, read)
        dead = [False]
        kept = _without_lets(body, read, dead)
        if not dead[0]:
            return kept
        body = kept


def _reads(x, out: set) -> None:
    """The names of the values (Refs) that `x` (statements, values, or lists of them) reads."""
    if isinstance(x, Ref):
        out.add(x.name)
    elif isinstance(x, (list, tuple)):
        for y in x:
            _reads(y, out)
    elif hasattr(x, "__dataclass_fields__"):
        for name in x.__dataclass_fields__:
            if not (isinstance(x, Let) and name == "name"):
                _reads(getattr(x, name), out)


def _without_lets(body: list, read: set, dropped: list) -> list:
    out = []
    for s in body:
        if isinstance(s, Let) and s.name not in read:
            dropped[0] = True
            continue
        if isinstance(s, (Loop, If)):
            s.body = _without_lets(s.body, read, dropped)
        out.append(s)
    return out


def prune_guards(body: list) -> list:
    """`body` without the guards that the bounds of their variables decide: a guard that never holds goes
    with its statements, one that always holds leaves its statements in place. Rules write guards for the
    general case (a full tile next to an edge tile, a branch per small value of a Var); once tile sizes
    and the Vars' bounds are known many are dead (`t*64 < -31` with t in range(1)), and every kernel
    passes here so neither the printed loop IR nor any backend's source carries them."""
    out: list = []
    for s in body:
        if isinstance(s, Loop):
            s.body = prune_guards(s.body)
        elif isinstance(s, If):
            known = truth(s.cond)
            if known is False:
                continue
            s.body = prune_guards(s.body)
            if known:
                out += s.body
                continue
        out.append(s)
    return out


def val_text(v: Val) -> str:
    if isinstance(v, Const):
        return repr(v.value)
    if isinstance(v, Idx):
        return render_py(v.expr)
    if isinstance(v, Ref):
        return v.name
    if isinstance(v, Load):
        dyn = f" + {val_text(v.dyn)}*{render_py(v.dyn_stride)}" if v.dyn is not None else ""
        text = f"{v.buf}[{render_py(v.index)}{dyn}]"
        return text if v.valid is None else f"({text} if {val_text(v.valid)} else 0)"
    if isinstance(v, Alu):
        return f"{v.op}({', '.join(val_text(s) for s in v.srcs)})"
    if isinstance(v, Cast):
        return f"{v.dtype.name}({val_text(v.src)})"
    if isinstance(v, WarpReduce):
        return f"warp_{v.op}({val_text(v.src)})"
    raise TypeError(v)


def _text(body: list, depth: int, lines: list) -> None:
    pad = "  " * depth
    for s in body:
        if isinstance(s, Let):
            lines.append(f"{pad}{s.name} = {val_text(s.val)}")
        elif isinstance(s, Acc):
            lines.append(f"{pad}{s.name}: {s.dtype.name} = {val_text(s.init)}")
        elif isinstance(s, Update):
            lines.append(f"{pad}{s.name} = {s.op}({s.name}, {val_text(s.val)})")
        elif isinstance(s, Store):
            dyn = f" + {val_text(s.dyn)}*{render_py(s.dyn_stride)}" if s.dyn is not None else ""
            lines.append(f"{pad}{s.buf}[{render_py(s.index)}{dyn}] = {val_text(s.val)}")
        elif isinstance(s, Loop):
            rng = render_py(s.extent) if s.start == 0 and s.step == 1 else \
                f"{render_py(s.start)}, {render_py(s.extent)}, {render_py(s.step)}"
            lines.append(f"{pad}for {s.var.name} in range({rng}):  # {s.kind}")
            _text(s.body, depth + 1, lines)
        elif isinstance(s, If):
            lines.append(f"{pad}if {val_text(s.cond)}:")
            _text(s.body, depth + 1, lines)
        elif isinstance(s, Barrier):
            lines.append(f"{pad}barrier()")
        elif isinstance(s, Prefetch):
            lines.append(f"{pad}prefetch({s.buf}[{render_py(s.index)}])")
        elif isinstance(s, Copy):
            guard = f" if {val_text(s.valid)} else 0" if s.valid is not None else ""
            dst, src = render_py(s.dst_index), render_py(s.src_index)
            lines.append(f"{pad}{s.dst}[{dst} + i*{s.dst_stride}] = {s.src}[{src} + i]{guard}  for i < {s.width}"
                         + ("  # async" if s.asynchronous else ""))
        elif isinstance(s, WideLoad):
            guard = f" if {val_text(s.valid)} else 0" if s.valid is not None else ""
            lines.append(f"{pad}{s.name}[i] = {s.src}[{render_py(s.index)} + i]{guard}  for i < {s.width}  # one load")
        elif isinstance(s, CommitCopies):
            lines.append(f"{pad}commit_copies()")
        elif isinstance(s, AwaitCopies):
            lines.append(f"{pad}await_copies(pending={s.pending})")
        elif isinstance(s, Mma):
            b_step = "k" if s.b_kmajor else "col"
            lines.append(f"{pad}{', '.join(s.acc)} += mma_16x8x16({s.a_buf}[{render_py(s.a_index)} + row*{s.a_stride}] "
                         f"@ {s.b_buf}[{render_py(s.b_index)} + {b_step}*{s.b_stride}])")
        elif isinstance(s, LocalArray):
            lines.append(f"{pad}local {s.name}: {s.dtype.name}[{s.size}]")
        elif isinstance(s, DeviceArray):
            lines.append(f"{pad}device {s.name}: {s.dtype.name}[{s.size}]  # zero at load, left zero")
        elif isinstance(s, AtomicAdd):
            lines.append(f"{pad}{s.name} = atomic_add({s.buf}[{render_py(s.index)}], {val_text(s.val)})")
        elif isinstance(s, Fence):
            lines.append(f"{pad}fence()")
        else:
            raise TypeError(s)
