"""One renderer for every C-like language.

`CStyle` walks the loop IR once; C, CUDA, OpenCL C and WGSL subclass it and
override only what differs: type names, qualifiers, how a thread finds its
index, barriers, group memory, math function names and half-precision
conversion. Each subclass is a page; the walk lives here alone.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from minic.dtype import DType, bfloat16, bool_, float16, float32, int8, int16, int32, int64, uint8
from minic.ir.ops import INFIX, MATH_CALLS, names
from minic.ir.symbolic import Sint, render
from minic.sched.loopir import (
    BYTE_DOT_OPS,
    SHIFT_OPS,
    Acc,
    Alu,
    AtomicAdd,
    AwaitCopies,
    Barrier,
    Cast,
    CommitCopies,
    Const,
    Copy,
    DeviceArray,
    Fence,
    Idx,
    If,
    Let,
    Load,
    LocalArray,
    Loop,
    LoopKernel,
    LoopKind,
    Mma,
    Prefetch,
    Ref,
    Store,
    Update,
    Val,
    WarpReduce,
    WideLoad,
)

# words a user's Var name may not be in generated C: the language's keywords and the kernel's own parameters
C_RESERVED = frozenset("""auto break case char const continue default do double else enum extern float for goto
    if inline int long register restrict return short signed sizeof static struct switch typedef union unsigned
    void volatile while bool true false core ncores""".split())


BIT_OPS = {"and": "&", "or": "|", "xor": "^"}  # on integers (on bools: the logical operators, ops.INFIX)


@dataclass
class Needs:
    """What one kernel's walk used that its prelude must define (filled by the walk, read by prelude())."""
    dtypes: set = field(default_factory=set)  # 16-bit float DTypes: their conversion helpers or extension
    helpers: set = field(default_factory=set)  # names of helper blocks ("shared helpers", "bits", "erf", ...)
    warp_reductions: set = field(default_factory=set)  # (op, type name) of each warp reduction function
    mmas: set = field(default_factory=set)  # (B k-major, type name) of each tensor-core product function


class CStyle:
    lang = "c"
    reserved = C_RESERVED  # a Var named like one of these is renamed `name_` in the source (see var_name)
    indent = "  "
    # compute-type names; storage of half types may differ (see storage_type)
    types = {float32: "float", int32: "int", int64: "long long", int16: "short", int8: "signed char",
             uint8: "unsigned char", bool_: "bool", float16: "_Float16", bfloat16: "unsigned short"}
    # 16-bit float types this language keeps as raw bits, with (to float, from float) converters
    bits16 = {bfloat16: ("bf16_to_f32", "f32_to_bf16")}
    math = names("c")  # op -> function name (minic/ir/ops.py)

    # --- hooks subclasses override --------------------------------------------------
    def prelude(self, k: LoopKernel) -> list[str]:
        return []

    def body_prelude(self, k: LoopKernel) -> list[str]:
        """Statements at the top of the kernel body, before the thread indices (WGSL reads its Vars here)."""
        return []

    def storage_type(self, dtype: DType) -> str:
        return self.types[uint8] if dtype == bool_ else self.type_name(dtype)

    def type_name(self, dtype: DType) -> str:
        return "unsigned short" if dtype in self.bits16 else self.types[dtype]

    def signature(self, k: LoopKernel) -> str:
        params = [f"{'' if b.writable else 'const '}{self.storage_type(b.dtype)}* restrict {b.name}" for b in k.bufs]
        params += [f"int {self.var_name(s)}" for s in k.vars] + ["int core", "int ncores"]
        return f"void {k.name}({', '.join(params)})"

    def special(self, kind: str, axis: int) -> str:
        raise NotImplementedError(f"{self.lang} has no GPU thread indices")

    def barrier(self) -> str:
        raise NotImplementedError

    def local_decl(self, a: LocalArray) -> str:
        raise NotImplementedError

    def device_array_decl(self, a: DeviceArray) -> str:
        """A DeviceArray at program scope (only targets with Target.device_scratch get kernels that use one)."""
        raise NotImplementedError(f"{self.lang} has no device-global scratch")

    def atomic_add(self, s: AtomicAdd) -> str:
        raise NotImplementedError(f"{self.lang} has no device-scope atomics here")

    def fence(self) -> str:
        raise NotImplementedError(f"{self.lang} has no device-scope fence here")

    def scratch_load(self, buf: str, address: str) -> str:
        """A load of a DeviceArray element another group wrote during this launch."""
        return f"{buf}[{address}]"

    def decl(self, dtype: DType, name: str, mutable: bool) -> str:
        return f"{self.type_name(dtype)} {name}"

    def cast(self, dtype: DType, text: str, src: DType) -> str:
        """16-bit floats kept as raw bits convert through float32 with helper functions."""
        if dtype in self.bits16:
            self.needed.dtypes.add(dtype)
            return f"{self.bits16[dtype][1]}({text if src == float32 else self.cast(float32, text, src)})"
        if src in self.bits16:
            self.needed.dtypes.add(src)
            text = f"{self.bits16[src][0]}({text})"
            return text if dtype == float32 else self.plain_cast(dtype, text, float32)
        return self.plain_cast(dtype, text, src)

    def plain_cast(self, dtype: DType, text: str, src: DType) -> str:
        return f"(({self.types[dtype]})({text}))"

    def load_convert(self, dtype: DType, text: str) -> str:
        """A loaded element as the loop IR sees it (its storage type; bools stored as bytes)."""
        return text

    def store_convert(self, dtype: DType, text: str) -> str:
        return f"(({self.types[uint8]})({text}))" if dtype == bool_ else text

    def float_const(self, value: float, dtype: DType) -> str:
        if math.isinf(value):
            return ("-" if value < 0 else "") + "INFINITY"
        if math.isnan(value):
            return "NAN"
        return f"{float(value)!r}f"

    def int_const(self, value: int, dtype: DType) -> str:
        return f"{int(value)}" + ("LL" if dtype == int64 else "")

    def select(self, c: str, a: str, b: str) -> str:
        return f"({c} ? {a} : {b})"

    def call(self, fn: str, args: list[str], dtype: DType) -> str:
        if fn in ("max", "min") and not dtype.is_float:
            a, b = args
            return f"(({a}) {'>' if fn == 'max' else '<'} ({b}) ? ({a}) : ({b}))"
        if fn == "abs" and not dtype.is_float:
            return f"(({args[0]}) < 0 ? -({args[0]}) : ({args[0]}))"
        return f"{self.math[fn]}({', '.join(args)})"

    def warp_reduce(self, op: str, text: str, width: int, dtype: DType) -> str:
        raise NotImplementedError(f"{self.lang} has no warp shuffles")

    def mma(self, s: Mma) -> str:
        raise NotImplementedError(f"{self.lang} has no tensor-core instructions")

    def byte_dot(self, op: str, a: str, b: str, c: str) -> str:
        """The loop IR's dot2lo / dot2hi (loopir.BYTE_DOT_OPS) in integer arithmetic: `c` plus the int16 halves of
        `a` times the signed bytes 0 and 1 (lo) or 2 and 3 (hi) of `b`."""
        first, second = (f"({b})", f"(({b}) >> 8)") if op == "dot2lo" else (f"(({b}) >> 16)", f"(({b}) >> 24)")
        return (f"({c} + (int)(short)({a}) * (int)({self.types[int8]})({first}) + "
                f"(({a}) >> 16) * (int)({self.types[int8]})({second}))")

    def async_copy(self, s: Copy) -> list[str]:
        raise NotImplementedError(f"{self.lang} has no asynchronous copies")

    def commit_copies(self) -> str:
        raise NotImplementedError(f"{self.lang} has no asynchronous copies")

    def await_copies(self, pending: int) -> str:
        raise NotImplementedError(f"{self.lang} has no asynchronous copies")

    def prefetch(self, s: Prefetch) -> list[str]:
        """A prefetch hint, where the language has one (none: a hint may be dropped)."""
        return []

    vectors: dict = {}  # bytes -> (a vector type of that size, its zero) where the language has them (4, 8, 16)

    def pointer(self, space: str, type_text: str) -> str:
        """A pointer type to `type_text` in `space` ('global' or 'local') memory."""
        return f"{type_text}*"

    def wide_copy(self, s: Copy) -> list[str]:
        """One 16-byte vector load, stored whole or, into a strided destination, element by element."""
        load = self.vector_load(s.src, s.src_index, s.valid, s.width * s.dtype.itemsize)
        if s.dst_stride == 1:
            return [f"*({self.pointer('local', self.vectors[16][0])})({s.dst} + {self.index(s.dst_index)}) = {load};"]
        lines = ["{"] + ["  " + line for line in self.unpacked(s.dtype, "e", "w", load, 16)]
        lines += [f"  {s.dst}[{self.index(s.dst_index + i * s.dst_stride)}] = e[{i}];" for i in range(s.width)]
        return lines + ["}"]

    def wide_load(self, s: WideLoad) -> list[str]:
        """A WideLoad: the vector, and `s.name` pointing at its elements (the compilers keep both in registers
        when every element is read at a constant position)."""
        nbytes = s.width * s.dtype.itemsize
        self.wide_elements[s.name] = s.dtype
        load = self.vector_load(s.src, s.index, s.valid, nbytes, "local" if s.local else "global")
        return self.unpacked(s.dtype, s.name, s.name + "_v", load, nbytes)

    def vector_load(self, src: str, index: Sint, valid: Val | None, nbytes: int, space: str = "global") -> str:
        """One `nbytes` vector read from `space` memory at element `index` of `src` (zeros where `valid` is false),
        refused unless the language has a vector of that size."""
        if nbytes not in self.vectors:
            raise NotImplementedError(f"{self.lang} has no {nbytes}-byte vector loads")
        vec, zero = self.vectors[nbytes]
        load = f"*({self.pointer(space, 'const ' + vec)})({src} + {self.index(index)})"
        return load if valid is None else self.select(self.val(valid), load, zero)

    def unpacked(self, dtype: DType, name: str, vector: str, load: str, nbytes: int) -> list[str]:
        """`vector` = load (a vector of `nbytes`), and `name` an array of its `dtype` elements."""
        t = self.type_name(dtype)
        return [f"{self.vectors[nbytes][0]} {vector} = {load};", f"const {t}* {name} = (const {t}*)&{vector};"]

    index_type = "int"  # loop variables; the host C compiler gets `long` (see c.py)

    def loop_header(self, var: str, start: str, end: str, step: str) -> str:
        inc = f"{var}++" if step == "1" else f"{var} += {step}"
        return f"for ({self.index_type} {var} = {start}; {var} < {end}; {inc}) {{"

    def var_name(self, s) -> str:
        """A Var's name in this language: as the user wrote it, unless the language reserves the word or a math
        function the kernel may call has that name (a parameter `exp` would hide OpenCL's exp)."""
        clash = s.name in self.reserved or s.name in self.math.values()
        if clash and any(v.name == s.name for v in self.kernel.vars):  # loop indices are minic's own names
            return f"{s.name}_"
        return s.name

    def index(self, x: Sint) -> str:
        return render(x, self.var_name)

    # --- the walk ---------------------------------------------------------------------
    def render(self, k: LoopKernel) -> str:
        self.kernel = k
        self.needed = Needs()  # what the walk used: the prelude defines it
        self.wide_elements: dict = {}  # a WideLoad's name -> its elements' dtype
        body: list[str] = self.body_prelude(k)
        for sym, kind, axis in k.specials:
            body.append(f"{self.decl(int32, sym.name, False)} = {self.special(kind, axis)}{self.statement_end()}")
        body += [self.local_decl(a) for a in k.locals if self.local_decl(a)]
        self.stmts(k.body, body, 0)
        lines = self.prelude(k) + [self.device_array_decl(a) for a in k.device_arrays]
        lines.append(self.signature(k) + " {")
        lines += [self.indent + line for line in body]
        lines.append("}")
        return "\n".join(self.postlude(k, lines)) + "\n"

    def postlude(self, k: LoopKernel, lines: list[str]) -> list[str]:
        return lines

    def stmts(self, body: list, out: list[str], depth: int) -> None:
        pad, end = self.indent * depth, self.statement_end()
        for s in body:
            if isinstance(s, Let):
                out.append(f"{pad}{self.decl(s.val.dtype, s.name, False)} = {self.val(s.val)}{end}")
            elif isinstance(s, Acc):
                out.append(f"{pad}{self.decl(s.dtype, s.name, True)} = {self.val(s.init)}{end}")
            elif isinstance(s, Update):
                out.append(f"{pad}{s.name} = {self.binary(s.op, s.name, self.val(s.val), s.val.dtype)}{end}")
            elif isinstance(s, Store):
                out.append(f"{pad}{s.buf}[{self.address(s)}] = {self.store_value(s)}{end}")
            elif isinstance(s, Loop):
                self.loop(s, out, depth)
            elif isinstance(s, If):
                out.append(f"{pad}{self.if_header(self.val(s.cond))}")
                self.stmts(s.body, out, depth + 1)
                out.extend(pad + c for c in self.block_end())
            elif isinstance(s, Barrier):
                out.append(f"{pad}{self.barrier()}")
            elif isinstance(s, AtomicAdd):
                out.append(f"{pad}{self.decl(s.val.dtype, s.name, False)} = {self.atomic_add(s)}{end}")
            elif isinstance(s, Fence):
                out.append(f"{pad}{self.fence()}")
            elif isinstance(s, Prefetch):
                out.extend(pad + line for line in self.prefetch(s))
            elif isinstance(s, Mma):
                out.append(f"{pad}{self.mma(s)}{end}")
            elif isinstance(s, Copy):
                out.extend(pad + line for line in (self.async_copy(s) if s.asynchronous else self.wide_copy(s)))
            elif isinstance(s, WideLoad):
                out.extend(pad + line for line in self.wide_load(s))
            elif isinstance(s, CommitCopies):
                out.append(f"{pad}{self.commit_copies()}")
            elif isinstance(s, AwaitCopies):
                out.append(f"{pad}{self.await_copies(s.pending)}")
            else:
                raise TypeError(f"cannot render {s!r}")

    def address(self, access: Load | Store) -> str:
        """The element a load or store reaches: its index, plus its gathered (or scattered) row."""
        index = self.index(access.index)
        if access.dyn is None:
            return index
        return f"{index} + {self.val(access.dyn)} * {self.index(access.dyn_stride)}"

    def store_value(self, s: Store) -> str:
        dtype = self._buf_dtype(s.buf)
        text = self.val(s.val)
        return self.store_convert(dtype, text) if dtype is not None else text

    def _buf_dtype(self, name: str):
        for b in self.kernel.bufs:
            if b.name == name:
                return b.dtype
        return None  # group-shared scratch holds compute values

    def loop(self, s: Loop, out: list[str], depth: int) -> None:
        pad, end = self.indent * depth, self.statement_end()
        v = s.var.name
        if s.kind == LoopKind.PARALLEL:  # this core's share of the range
            ext = self.index(s.extent)
            chunk = self.int_div(f'({ext} + ncores - 1)', 'ncores')
            out.append(f"{pad}{self.index_decl(v + '_chunk')} = {chunk}{end}")
            out.append(f"{pad}{self.index_decl(v + '_end')} = "
                       f"{self.call('min', [f'(core + 1) * {v}_chunk', ext], int32)}{end}")
            out.append(pad + self.loop_header(v, f"core * {v}_chunk", f"{v}_end", "1"))
        else:
            pragmas = {LoopKind.VECTOR: self.vector_pragma, LoopKind.NOVECTOR: self.novector_pragma,
                       LoopKind.UNROLL: self.unroll_pragma}.get(s.kind)
            out.extend(pad + p for p in (pragmas() if pragmas else []))
            out.append(pad + self.loop_header(v, self.index(s.start), self.index(s.extent), self.index(s.step)))
        self.stmts(s.body, out, depth + 1)
        out.extend(pad + c for c in self.block_end())

    def index_decl(self, name: str) -> str:
        return self.decl(int32, name, False) if self.index_type == "int" else f"{self.index_type} {name}"

    def int_div(self, a: str, b: str) -> str:
        return f"({a} / {b})"

    def if_header(self, c: str) -> str:
        return f"if ({c}) {{"

    def block_end(self) -> list[str]:
        return ["}"]

    def statement_end(self) -> str:
        return ";"

    def vector_pragma(self) -> list[str]:
        return []

    def novector_pragma(self) -> list[str]:
        return []

    def unroll_pragma(self) -> list[str]:
        """What asks the compiler to unroll a loop of LoopKind.UNROLL (a static trip count) whole."""
        return []

    def binary(self, op: str, a: str, b: str, dtype: DType) -> str:
        if op in ("sum", "add"):
            return f"({a} + {b})"
        if op in ("max", "min", "pow"):
            return self.call(op, [a, b], dtype)
        return f"({a} {INFIX[op]} {b})"

    def val(self, v: Val) -> str:
        if isinstance(v, Const):
            if v.dtype == bool_:
                return self.bool_const(bool(v.value))
            if v.dtype.is_float:
                return self.float_const(float(v.value), v.dtype)
            return self.int_const(int(v.value), v.dtype)
        if isinstance(v, Idx):
            return self.index(v.expr)
        if isinstance(v, Ref):
            return v.name
        if isinstance(v, Load) and self.wide_elements.get(v.buf, v.dtype) != v.dtype:  # a WideLoad's bytes as words
            return f"((const {self.type_name(v.dtype)}*){v.buf})[{self.address(v)}]"
        if isinstance(v, Load):
            scratch = any(a.name == v.buf for a in self.kernel.device_arrays)
            text = self.scratch_load(v.buf, self.address(v)) if scratch else \
                self.load_convert(self._buf_dtype(v.buf) or v.dtype, f"{v.buf}[{self.address(v)}]")
            if v.dtype == bool_ and self._buf_dtype(v.buf) is not None:
                text = self.cast(bool_, text, uint8)
            if v.valid is None:
                return text
            zero = self.val(Const(v.dtype, False if v.dtype == bool_ else 0))
            return self.guarded_load(self.val(v.valid), text, zero, v)
        if isinstance(v, Cast):
            return self.cast(v.dtype, self.val(v.src), v.src.dtype)
        if isinstance(v, WarpReduce):
            return self.warp_reduce(v.op, self.val(v.src), v.width, v.dtype)
        if isinstance(v, Alu):
            return self.alu(v)
        raise TypeError(f"cannot render {v!r}")

    def guarded_load(self, c: str, load: str, zero: str, v: Load) -> str:
        return self.select(c, load, zero)

    def bool_const(self, b: bool) -> str:
        return "1" if b else "0"

    def alu(self, v: Alu) -> str:
        args = [self.val(s) for s in v.srcs]
        op, dt = v.op, v.srcs[0].dtype
        if op == "where":
            return self.select(*args)
        if op == "neg":
            return f"(-{args[0]})"
        if op == "not":
            return f"(!{args[0]})"
        if op == "recip":
            return f"({self.float_const(1.0, v.dtype)} / {args[0]})"
        if op in MATH_CALLS and len(args) == 1:
            return self.call(op, args, v.dtype)
        if op in BYTE_DOT_OPS:
            return self.byte_dot(op, *args)
        if op in SHIFT_OPS or (op in BIT_OPS and v.dtype != bool_):  # integer bit operations (loopir)
            return f"({args[0]} {BIT_OPS.get(op, '>>')} {args[1]})"
        return self.binary(op, args[0], args[1], dt)
