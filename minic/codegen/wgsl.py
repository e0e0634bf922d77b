"""WGSL for WebGPU: no pointers, explicit conversions, `select(f, t, c)`, buffers and
group memory declared at module scope, Var values read from a uniform struct.

WGSL has no 8- or 16-bit integers and no 64-bit ones: bool, int8 and uint8
buffers are stored widened to i32 (the WebGPU runtime widens and narrows on
copy), bfloat16 is stored as u32 bits, float16 needs the `shader-f16` feature,
and int64 raises a DTypeError."""
from __future__ import annotations

import math

import numpy as np

from minic.codegen.cstyle import CStyle
from minic.dtype import DType, bfloat16, bool_, float16, float32, int8, int32, int64, uint8
from minic.errors import DTypeError
from minic.ir.ops import names
from minic.sched.loopir import LocalArray, LoopKernel

HELPERS = {
    # inf and NaN as bits: WGSL evaluates a bitcast of a literal when the shader is created, where a value that is
    # not finite is an error (Chromium's Tint rejects `bitcast<f32>(0xff800000u)`; naga accepts it); a call to a
    # function of our own is not a constant expression, so the bits are converted at run time
    "bits": ["fn f32_bits(u: u32) -> f32 { return bitcast<f32>(u); }"],
    bfloat16: ["fn bf16_to_f32(b: u32) -> f32 { return bitcast<f32>(b << 16u); }",
               "fn f32_to_bf16(f: f32) -> u32 {",
               "  let u = bitcast<u32>(f);",
               "  if ((u & 0x7fffffffu) > 0x7f800000u) { return (u >> 16u) | 0x40u; }  // keep NaN a NaN",
               "  return (u + 0x7fffu + ((u >> 16u) & 1u)) >> 16u;",
               "}"],
    # WGSL has no erf: Abramowitz & Stegun 7.1.26, |error| < 1.5e-7
    "erf": ["fn erf_f32(x: f32) -> f32 {",
            "  let t = 1.0f / (1.0f + 0.3275911f * abs(x));",
            "  let p = ((((1.061405429f * t - 1.453152027f) * t + 1.421413741f) * t - 0.284496736f) * t",
            "           + 0.254829592f) * t;",
            "  let y = 1.0f - p * exp(-x * x);",
            "  return select(-y, y, x >= 0.0f);",
            "}"],
    # WGSL's pow is undefined for x < 0 (lavapipe returns NaN): C's powf semantics for a negative base with an
    # integral exponent, and pow(x, 0) == 1 for every x
    "pow": ["fn pow_f32(x: f32, y: f32) -> f32 {",
            "  if (y == 0.0f) { return 1.0f; }",
            "  let m = exp2(y * log2(abs(x)));",
            "  if (x >= 0.0f) { return m; }",
            "  if (floor(y) != y) { return f32_bits(0x7fc00000u); }",
            "  return select(m, -m, abs(y) % 2.0f == 1.0f);",
            "}"],
}
SPECIAL = {"group": "gid", "ngroups": "ngroups", "local": "lid"}
SUBGROUP = {"sum": "subgroupAdd", "max": "subgroupMax", "min": "subgroupMin"}


class WGSLRenderer(CStyle):
    lang = "wgsl"
    # WGSL's keywords and reserved words (a Var named `new` broke a kernel), and the entry point's own names
    reserved = frozenset("""alias break case const const_assert continue continuing default diagnostic discard else
        enable false fn for if let loop override requires return struct switch true var while NULL Self abstract
        active alignas alignof as asm async attribute auto await become cast catch class co_await co_return
        co_yield coherent column_major common compile compile_fragment concept const_cast consteval constexpr
        constinit crate debugger decltype delete demote demote_to_helper do dynamic_cast enum explicit export
        extends extern external fallthrough filter final finally friend from fxgroup get goto groupshared highp
        impl implements import inline instanceof interface layout lowp macro macro_rules match mediump meta mod
        module move mut mutable namespace new nil noexcept noinline nointerpolation noperspective null nullptr of
        operator package packoffset partition pass patch pixelfragment precise precision premerge priv protected
        pub public readonly ref regardless register reinterpret_cast require resource restrict self set shared
        sizeof smooth snorm static static_assert static_cast std subroutine super target template this
        thread_local throw trait try type typedef typeid typename typeof union unless unorm unsafe unsized use
        using varying virtual volatile wgsl where with writeonly yield vars gid lid ngroups""".split())
    types = {float32: "f32", int32: "i32", int8: "i32", uint8: "i32", bool_: "bool", float16: "f16", bfloat16: "u32"}
    bits16 = {bfloat16: ("bf16_to_f32", "f32_to_bf16")}
    # WGSL lacks erf and a pow with C's edge cases (HELPERS brings both) and names abs/max/min plainly
    math = names("generic", erf="erf_f32", pow="pow_f32", abs="abs", max="max", min="min")

    def __init__(self, f16: bool = True, subgroups: bool = False):
        self.f16, self.subgroups = f16, subgroups

    def type_name(self, dtype: DType) -> str:
        if dtype == int64:
            raise DTypeError("WGSL has no 64-bit integers: int64 tensors cannot run on WEBGPU (use int32)")
        if dtype == float16:
            if not self.f16:
                raise DTypeError("this WebGPU adapter lacks the shader-f16 feature: float16 cannot run on WEBGPU "
                                 "here (use float32 or bfloat16)")
            self.needed.dtypes.add(float16)  # `enable f16;`
        return self.types[dtype]

    def storage_type(self, dtype: DType) -> str:
        return "i32" if dtype == bool_ else self.type_name(dtype)

    def prelude(self, k: LoopKernel) -> list[str]:
        lines = ["enable f16;"] if float16 in self.needed.dtypes else []
        for i, b in enumerate(k.bufs):
            access = "read_write" if b.writable else "read"
            elem = self.storage_type(b.dtype)
            lines.append(f"@group(0) @binding({i}) var<storage, {access}> {b.name}: array<{elem}>;")
        if k.vars:
            lines.append(f"struct Vars {{ {', '.join(f'{self.var_name(s)}: i32' for s in k.vars)} }}")
            lines.append(f"@group(0) @binding({len(k.bufs)}) var<uniform> vars: Vars;")
        lines += [f"var<workgroup> {a.name}: array<{self.types[a.dtype]}, {a.size}>;" for a in k.locals]
        for key in ("bits", bfloat16, "erf", "pow"):
            lines += HELPERS[key] if key in self.needed.helpers | self.needed.dtypes else []
        return lines

    def signature(self, k: LoopKernel) -> str:
        return (f"@compute @workgroup_size({k.local_size[0]}) fn {k.name}(@builtin(workgroup_id) gid: vec3<u32>, "
                f"@builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>)")

    def body_prelude(self, k: LoopKernel) -> list[str]:
        return [f"let {self.var_name(s)}: i32 = vars.{self.var_name(s)};" for s in k.vars]

    def special(self, kind: str, axis: int) -> str:
        return f"i32({SPECIAL[kind]}.{'xyz'[axis]})"

    def barrier(self) -> str:
        return "workgroupBarrier();"

    def local_decl(self, a: LocalArray) -> str:
        return ""  # declared at module scope by the prelude

    def decl(self, dtype: DType, name: str, mutable: bool) -> str:
        return f"{'var' if mutable else 'let'} {name}: {self.type_name(dtype)}"

    def loop_header(self, var: str, start: str, end: str, step: str) -> str:
        return f"for (var {var}: i32 = {start}; {var} < {end}; {var} += {step}) {{"

    def plain_cast(self, dtype: DType, text: str, src: DType) -> str:
        return f"{self.type_name(dtype)}({text})"

    def store_convert(self, dtype: DType, text: str) -> str:
        return f"i32({text})" if dtype == bool_ else text

    def float_const(self, value: float, dtype: DType) -> str:
        if math.isinf(value):
            self.needed.helpers.add("bits")
            return f"f32_bits({'0xff800000u' if value < 0 else '0x7f800000u'})"
        if math.isnan(value):
            self.needed.helpers.add("bits")
            return "f32_bits(0x7fc00000u)"
        if dtype == bfloat16:  # raw bits (a guarded load's zero)
            from minic.runtime.host import float32_to_bfloat16
            return f"{int(float32_to_bfloat16(np.array([value], np.float32))[0])}u"
        return f"{float(value)!r}{'h' if dtype == float16 else 'f'}"

    def int_const(self, value: int, dtype: DType) -> str:
        self.type_name(dtype)  # int64 raises
        return f"{int(value)}" if value >= 0 else f"({int(value)})"

    def bool_const(self, b: bool) -> str:
        return "true" if b else "false"

    def binary(self, op: str, a: str, b: str, dtype: DType) -> str:
        if dtype == bool_ and op in ("cmplt", "cmple"):  # WGSL orders numbers only: false < true as 0 < 1
            a, b = f"i32({a})", f"i32({b})"
        return super().binary(op, a, b, dtype)

    def select(self, c: str, a: str, b: str) -> str:
        return f"select({b}, {a}, {c})"

    def call(self, fn: str, args: list[str], dtype: DType) -> str:
        if dtype == bool_ and fn in ("max", "min"):
            return f"({args[0]} {'||' if fn == 'max' else '&&'} {args[1]})"
        if fn in ("erf", "pow"):
            self.needed.helpers.update((fn, "bits") if fn == "pow" else (fn,))
        if fn == "tanh":  # some drivers overflow exp() inside tanh for large |x|
            return f"tanh(clamp({args[0]}, -15.0f, 15.0f))"
        return f"{self.math[fn]}({', '.join(args)})"

    def warp_reduce(self, op: str, text: str, width: int, dtype: DType) -> str:
        if not self.subgroups:
            raise NotImplementedError("this WebGPU adapter has no fixed-size subgroups")
        return f"{SUBGROUP[op]}({text})"
