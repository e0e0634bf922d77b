"""LLVM IR: the loop IR rendered through llvmlite's IR builder, for the JIT.

The text is real LLVM IR (`kernel.source`), so a user can read or edit it and
hand it back with `minic.override`. Loops are phi-based; accumulators live in
entry-block allocas that LLVM promotes to registers. Float math carries the
`reassoc contract` flags so reductions vectorise and fuse into FMAs while
infinities and NaNs keep their meaning.
"""
from __future__ import annotations

from llvmlite import ir

from minic.codegen import llvm_pair_dot
from minic.dtype import DType, bfloat16, bool_, float16, float32, int8, int16, int32, int64, uint8
from minic.ir.ops import names
from minic.ir.symbolic import Sint, fold
from minic.sched.loopir import (
    Acc,
    Alu,
    Cast,
    Const,
    Idx,
    If,
    Let,
    Load,
    Loop,
    LoopKernel,
    LoopKind,
    Prefetch,
    Ref,
    Store,
    Update,
    Val,
)

I1, I8, I16, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(16), ir.IntType(32), ir.IntType(64)
F32, F16 = ir.FloatType(), ir.HalfType()
FAST = ("reassoc", "contract")
COMPUTE = {float32: F32, int32: I32, int64: I64, int16: I16, int8: I8, uint8: I8, bool_: I1, float16: F16}
STORAGE = {**COMPUTE, bool_: I8, bfloat16: I16}
INTRINSIC = {op: fn for op, fn in names("llvm").items() if fn.startswith("llvm.")}
INTRINSIC.update(maxnum="llvm.maxnum", minnum="llvm.minnum")  # max and min that drop a NaN: one x86 instruction
LIBM = {op: fn for op, fn in names("llvm").items() if not fn.startswith("llvm.")}  # no LLVM intrinsic: call libm
FCMP = {"cmplt": "<", "cmple": "<=", "cmpeq": "==", "cmpne": "!="}


class LLVMRenderer:
    lang = "llvm"

    def render(self, k: LoopKernel) -> str:
        self.kernel = k
        self.module = ir.Module(name=k.name)
        args = [ir.PointerType(STORAGE[b.dtype]) for b in k.bufs] + [I32] * (len(k.vars) + 2)
        fn = ir.Function(self.module, ir.FunctionType(ir.VoidType(), args), name=k.name)
        for a, b in zip(fn.args, k.bufs):
            a.name = b.name
            a.add_attribute("noalias")
        self.syms = {}
        for a, s in zip(fn.args[len(k.bufs):], k.vars):
            a.name = s.name
            self.syms[s.name] = a
        self.core, self.ncores = fn.args[-2], fn.args[-1]
        self.core.name, self.ncores.name = "core", "ncores"
        self.bufs = {b.name: (a, b.dtype) for a, b in zip(fn.args, k.bufs)}
        self.fn = fn
        entry = fn.append_basic_block("entry")
        self.alloca_builder = ir.IRBuilder(entry)
        for a in k.locals:  # scratch (a packed weight panel): on this core's stack
            ptr = self.alloca_builder.alloca(STORAGE[a.dtype], size=I64(a.size), name=a.name)
            ptr.align = 64
            self.bufs[a.name] = (ptr, a.dtype)
        body = fn.append_basic_block("body")
        self.b = ir.IRBuilder(body)
        self.env: dict = {}
        self.accs: dict = {}
        self.stmts(k.body)
        self.b.ret_void()
        self.alloca_builder.branch(body)
        text = str(self.module)
        if any(llvm_pair_dot.function(op) in self.module.globals for op in llvm_pair_dot.OPS):
            text = llvm_pair_dot.with_helpers(text)  # their declarations become the helpers' definitions
        return text

    # --- statements ---------------------------------------------------------------
    def stmts(self, body: list) -> None:
        for s in body:
            if isinstance(s, Let):
                v = self.val(s.val)
                self.env[s.name] = v
            elif isinstance(s, Acc):
                ptr = self.alloca_builder.alloca(COMPUTE[s.dtype], name=s.name)
                self.accs[s.name] = (ptr, s.dtype)
                self.b.store(self.val(s.init), ptr)
            elif isinstance(s, Update):
                ptr, dt = self.accs[s.name]
                cur = self.b.load(ptr)
                self.b.store(self.binary(s.op, cur, self.val(s.val), dt), ptr)
            elif isinstance(s, Store):
                self.store(s)
            elif isinstance(s, Prefetch):
                self.prefetch(s)
            elif isinstance(s, Loop):
                self.loop(s)
            elif isinstance(s, If):
                then = self.fn.append_basic_block("then")
                after = self.fn.append_basic_block("endif")
                self.b.cbranch(self.val(s.cond), then, after)
                self.b.position_at_end(then)
                self.stmts(s.body)
                self.b.branch(after)
                self.b.position_at_end(after)
            else:
                raise TypeError(f"the CPU LLVM backend cannot render {s!r}")

    def loop(self, s: Loop) -> None:
        if s.kind == LoopKind.PARALLEL:  # this core's share of [0, extent)
            ext = self.index(s.extent)
            chunk = self.b.sdiv(self.b.add(ext, self.b.sub(self.ncores, I32(1))), self.ncores)
            start = self.b.mul(self.core, chunk)
            end = self.b.add(start, chunk)
            end = self.b.select(self.b.icmp_signed("<", end, ext), end, ext)
            step = I32(1)
        else:
            start, end, step = self.index(s.start), self.index(s.extent), self.index(s.step)
        pre = self.b.block
        head = self.fn.append_basic_block(f"{s.var.name}.head")
        body = self.fn.append_basic_block(f"{s.var.name}.body")
        done = self.fn.append_basic_block(f"{s.var.name}.done")
        self.b.branch(head)
        self.b.position_at_end(head)
        i = self.b.phi(I32, name=s.var.name)
        i.add_incoming(start, pre)
        self.b.cbranch(self.b.icmp_signed("<", i, end), body, done)
        self.b.position_at_end(body)
        self.syms[s.var.name] = i
        self.stmts(s.body)
        i.add_incoming(self.b.add(i, step, flags=("nsw",)), self.b.block)
        back = self.b.branch(head)
        if s.kind == LoopKind.NOVECTOR:  # the body is already wide: keep LLVM's loop vectoriser off it
            off = self.module.add_metadata([ir.MetaDataString(self.module, "llvm.loop.vectorize.enable"), I1(0)])
            loop_id = ir.values.MDValue(self.module, [], name=str(len(self.module.metadata)))
            loop_id.operands = (loop_id, off)  # a loop ID names itself
            back.set_metadata("llvm.loop", loop_id)
        self.b.position_at_end(done)

    def store(self, s: Store) -> None:
        ptr, dt = self.bufs[s.buf]
        v = self.val(s.val)
        self.b.store(self.to_storage(v, s.val.dtype, dt), self.b.gep(ptr, [self.element(s)]))

    def prefetch(self, s: Prefetch) -> None:
        """llvm.prefetch(address, read, keep in every cache level, data)."""
        ptr, _ = self.bufs[s.buf]
        at = self.b.bitcast(self.b.gep(ptr, [self.address(s.index)]), I8.as_pointer())
        fnty = ir.FunctionType(ir.VoidType(), [I8.as_pointer(), I32, I32, I32])
        fn = self.module.globals.get("llvm.prefetch.p0") or ir.Function(self.module, fnty, name="llvm.prefetch.p0")
        self.b.call(fn, [at, I32(0), I32(3), I32(1)])

    # --- values -------------------------------------------------------------------
    def address(self, x: Sint) -> ir.Value:
        """Element offsets in 64-bit, no-wrap arithmetic: lets LLVM see that b[k*N + j + c]
        for consecutive c are consecutive (contiguous vector loads instead of gathers)."""
        b = self.b
        return fold(x, lambda s: b.sext(self.syms[s.name], I64), lambda c: I64(c),
                    lambda p, q: b.add(p, q, flags=("nsw",)), lambda p, q: b.mul(p, q, flags=("nsw",)),
                    lambda p, q: b.sdiv(p, q), lambda p, q: b.srem(p, q))

    def element(self, access: Load | Store) -> ir.Value:
        """The element offset a load or store reaches: its index, plus its gathered (or scattered) row."""
        idx = self.address(access.index)
        if access.dyn is None:
            return idx
        return self.b.add(idx, self.b.mul(self.b.sext(self.val(access.dyn), I64), self.address(access.dyn_stride)))

    def index(self, x: Sint) -> ir.Value:
        b = self.b
        return fold(x, lambda s: self.syms[s.name], lambda c: I32(c), lambda p, q: b.add(p, q),
                    lambda p, q: b.mul(p, q), lambda p, q: b.sdiv(p, q), lambda p, q: b.srem(p, q))

    def val(self, v: Val) -> ir.Value:
        b = self.b
        if isinstance(v, Const):
            value = v.value
            if v.dtype.is_float:
                return ir.Constant(COMPUTE[v.dtype], float(value))
            return ir.Constant(COMPUTE[v.dtype], int(value))
        if isinstance(v, Idx):
            return self.index(v.expr)
        if isinstance(v, Ref):
            if v.name in self.accs:
                return b.load(self.accs[v.name][0])
            return self.env[v.name]
        if isinstance(v, Load):
            ptr, dt = self.bufs[v.buf]
            idx = self.element(v)
            if v.valid is None:
                return self.from_storage(b.load(b.gep(ptr, [idx])), dt)
            ok = self.val(v.valid)
            raw = b.load(b.gep(ptr, [b.select(ok, idx, I64(0))]))
            loaded = self.from_storage(raw, dt)
            return b.select(ok, loaded, ir.Constant(loaded.type, 0))
        if isinstance(v, Cast):
            return self.cast(self.val(v.src), v.src.dtype, v.dtype)
        if isinstance(v, Alu):
            return self.alu(v)
        raise TypeError(f"the CPU LLVM backend cannot render {v!r}")

    def from_storage(self, raw: ir.Value, dt: DType) -> ir.Value:
        return self.b.icmp_unsigned("!=", raw, I8(0)) if dt == bool_ else raw

    def to_storage(self, v: ir.Value, src: DType, dt: DType) -> ir.Value:
        return self.b.zext(v, I8) if dt == bool_ else v

    def bf16_to_f32(self, bits: ir.Value) -> ir.Value:
        return self.b.bitcast(self.b.shl(self.b.zext(bits, I32), I32(16)), F32)

    def f32_to_bf16(self, v: ir.Value) -> ir.Value:
        """Round to nearest even; a NaN stays a NaN."""
        b = self.b
        u = b.bitcast(v, I32)
        rounded = b.lshr(b.add(b.add(u, I32(0x7FFF)), b.and_(b.lshr(u, I32(16)), I32(1))), I32(16))
        nan_bits = b.or_(b.lshr(u, I32(16)), I32(0x40))
        return b.trunc(b.select(b.fcmp_unordered("uno", v, v), nan_bits, rounded), I16)

    def cast(self, v: ir.Value, src: DType, dst: DType) -> ir.Value:
        b = self.b
        if src == dst:
            return v
        if dst == bfloat16:  # bfloat16 values are their raw bits
            return self.f32_to_bf16(self.cast(v, src, float32))
        if src == bfloat16:
            return self.cast(self.bf16_to_f32(v), float32, dst)
        to = COMPUTE[dst]
        if dst == bool_:
            return b.fcmp_unordered("!=", v, ir.Constant(v.type, 0.0)) if src.is_float else \
                b.icmp_unsigned("!=", v, ir.Constant(v.type, 0))
        if src.is_float and dst.is_float:
            return b.fpext(v, to) if src.itemsize < dst.itemsize else b.fptrunc(v, to)
        if src.is_float:
            return b.fptoui(v, to) if dst.kind == "u" else b.fptosi(v, to)
        unsigned = src.kind in "ub"
        if dst.is_float:
            return b.uitofp(v, to) if unsigned else b.sitofp(v, to)
        if v.type.width == to.width:
            return v
        if v.type.width > to.width:
            return b.trunc(v, to)
        return b.zext(v, to) if unsigned else b.sext(v, to)

    def exp(self, v: ir.Value) -> ir.Value:
        """e**v inline, so loops over it vectorise (a libm call would stay scalar).

        v = k*ln2 + r with |r| <= ln2/2; e**r by a degree-7 polynomial (about 1 ulp); 2**k
        built in the exponent bits. NaN stays NaN, overflow gives inf, underflow 0. An input below the
        underflow bound (a masked score's -inf) is computed as 0 and its result replaced: clamped to the bound,
        its 2**k halves made a denormal product, which x86 multiplies in microcode, about a hundred cycles each
        (a causal softmax spent most of its time there: bench/README.md, fifteenth session)."""
        b, c = self.b, lambda x: ir.Constant(F32, x)
        under = b.fcmp_ordered("<", v, c(-103.9))
        x = self.intrinsic("minnum", [self.intrinsic("maxnum", [v, c(-103.9)], F32), c(88.8)], F32)  # NaN: below
        x = b.select(under, c(0.0), x)
        k = self.intrinsic("floor", [b.fadd(b.fmul(x, c(1.4426950408889634)), c(0.5))], F32)
        r = b.fsub(b.fsub(x, b.fmul(k, c(0.693145751953125))), b.fmul(k, c(1.428606765330187e-06)))
        p = c(1 / 5040)
        for coef in (1 / 720, 1 / 120, 1 / 24, 1 / 6, 0.5, 1.0, 1.0):
            p = b.fadd(b.fmul(p, r), c(coef))
        ki = b.fptosi(k, I32)  # 2**k in two halves so neither leaves the exponent range
        k1 = b.ashr(ki, I32(1))
        for half in (k1, b.sub(ki, k1)):
            p = b.fmul(p, b.bitcast(b.shl(b.add(half, I32(127)), I32(23)), F32))
        out = b.select(b.fcmp_ordered(">", v, c(88.7228)), c(float("inf")), p)
        out = b.select(under, c(0.0), out)
        return b.select(b.fcmp_unordered("uno", v, v), v, out)

    def tanh(self, v: ir.Value) -> ir.Value:
        """tanh through the inline exp: 1 - 2 / (e**(2v) + 1), exact at the saturated ends."""
        b, c = self.b, lambda x: ir.Constant(F32, x)
        e = self.exp(b.fmul(v, c(2.0)))
        return b.fsub(c(1.0), b.fdiv(c(2.0), b.fadd(e, c(1.0))))

    def intrinsic(self, name: str, args: list, ty) -> ir.Value:
        if name in LIBM:
            fname, fnty = LIBM[name], ir.FunctionType(ty, [ty])
        else:
            fname, fnty = f"{INTRINSIC[name]}.{'f32' if ty == F32 else 'f16'}", ir.FunctionType(ty, [ty] * len(args))
        fn = self.module.globals.get(fname) or ir.Function(self.module, fnty, name=fname)
        return self.b.call(fn, args)

    def binary(self, op: str, a: ir.Value, c: ir.Value, dt: DType) -> ir.Value:
        b = self.b
        if op == "sum":
            op = "add"
        if dt.is_float:
            if op in ("add", "sub", "mul", "div"):
                return getattr(b, {"add": "fadd", "sub": "fsub", "mul": "fmul", "div": "fdiv"}[op])(a, c, flags=FAST)
            if op in ("max", "min", "pow"):
                return self.intrinsic(op, [a, c], a.type)
            if op == "mod":
                return b.frem(a, c)
            if op in FCMP:
                return b.fcmp_unordered("!=", a, c) if op == "cmpne" else b.fcmp_ordered(FCMP[op], a, c)
        signed = dt.kind == "i"
        if op in ("add", "sub", "mul"):
            return getattr(b, op)(a, c)
        if op in ("div", "idiv"):
            return b.sdiv(a, c) if signed else b.udiv(a, c)
        if op == "mod":
            return b.srem(a, c) if signed else b.urem(a, c)
        if op in ("max", "min"):
            cmp = b.icmp_signed if signed else b.icmp_unsigned
            return b.select(cmp(">" if op == "max" else "<", a, c), a, c)
        if op in FCMP:
            return (b.icmp_signed if signed else b.icmp_unsigned)(FCMP[op], a, c)
        if op in ("and", "or", "xor"):
            return getattr(b, op + "_" if op in ("and", "or") else op)(a, c)
        if op == "shr":
            return b.ashr(a, c) if signed else b.lshr(a, c)
        raise TypeError(f"no LLVM lowering for {op} on {dt.name}")

    def alu(self, v: Alu) -> ir.Value:
        b = self.b
        args = [self.val(s) for s in v.srcs]
        op, dt = v.op, v.srcs[0].dtype
        if op == "where":
            return b.select(*args)
        if op == "neg":
            return b.fneg(args[0]) if dt.is_float else b.neg(args[0])
        if op == "not":
            return b.xor(args[0], I1(1))
        if op == "recip":
            return b.fdiv(ir.Constant(args[0].type, 1.0), args[0], flags=FAST)
        if op == "abs" and not dt.is_float:
            return b.select(b.icmp_signed("<", args[0], ir.Constant(args[0].type, 0)), b.neg(args[0]), args[0])
        if op in llvm_pair_dot.OPS:  # pairwise int16 products (codegen/llvm_pair_dot.py)
            name = llvm_pair_dot.function(op)
            fn = self.module.globals.get(name) or ir.Function(
                self.module, ir.FunctionType(I32, [I32] * llvm_pair_dot.ARITY[op]), name=name)
            return b.call(fn, args)
        if op in ("exp", "tanh") and args[0].type == F32:
            return getattr(self, op)(args[0])
        if op in INTRINSIC or op in LIBM:
            if len(args) == 1:
                return self.intrinsic(op, args, args[0].type)
        return self.binary(op, args[0], args[1], dt)
