"""What a Q4_0 GEMV could reach on a GPU with fewer instructions a weight: hand-written CUDA variants against
minic's generated kernel, kernel time (CUPTI) on LLaMA-3-8B's decode shapes. An experiment that decides what the
GEMV rule should generate next (issue 14: the Q4 GEMV at 70% of copy; minic's reads at 0.30-0.40).

    python3 bench/gemv_int_dot.py --markdown                         # 4096x4096, 4096x14336, 14336x4096
    python3 bench/gemv_int_dot.py --shapes 4096x4096 --reps 0        # compile, run once, check (no timing)

Why: minic's kernel spends about 7 instructions a weight (the float16 x converted, the nibble extracted, offset,
converted, scaled, multiplied), so at LLaMA sizes it is bound by issue slots, not by memory. The variants:

  * `dp2a staged`: each group quantizes x to int16 per block of 32 (scale and sum per block) into group memory,
    then a lane's block is 4 words of codes against 16 words of x: `dp2a` (two int16 x int8 products a
    instruction) sums a block in int32; one float multiply-add a block (the -8 offset from x's block sum). x's
    error is 2^-16 of its block's largest element (what minic's CPU integer path does, rules/cpu_int_dot.py).
  * `dp2a pre`: the same products, x quantized once by a separate kernel into device memory (its time is
    printed apart: a model would quantize x once for the several products that read it).
  * `dp4a pre`: llama.cpp's way, x quantized to int8 per block (error 2^-8 of the block's largest element), four
    products an instruction.
  * `float staged`: no integer products: x staged as float32 in group memory, each code made a float by one OR
    with an exponent (the magic number) and one subtract, the block's scale applied once a block.

Each variant: W warps a group, C columns a warp (one lane a block of 32, every code load issued first).
Weights rotate past the L2 as in bench/gemv_gpu.py; `of copy` counts the packed bytes.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gemv_gpu  # noqa: E402  (bench/gemv_gpu.py: operands, copy bandwidth, CUPTI timing)

import minic  # noqa: E402
from minic import engine  # noqa: E402
from minic.runtime.buffer import Buffer  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402

HEAD = r'''
static __device__ inline float f16_to_f32(unsigned short h) {
  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
static __device__ inline unsigned short f32_to_f16(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }
static __device__ inline float warp_sum(float x) {
  for (int o = 16; o > 0; o >>= 1) x += __shfl_xor_sync(0xffffffffu, x, o);
  return x; }
'''
# words a block of 32 x values takes in group or device memory: padded so that lanes reading consecutive blocks
# with 16-byte loads hit distinct banks (a block's stride of 20, 12 or 36 words puts 8 lanes on 8 bank quads)
PAD = {"int16": 20, "int8": 12, "float": 36}


def quantize_x(K: int, kind: str, threads: int, first: str, stride: int, dst: str, scales: str, sums: str) -> str:
    """CUDA statements: threads take runs of 8 x values (4 threads a block of 32: shuffles share the block's
    largest magnitude and sum), quantize them to `kind` (int16 or int8) and store their words, and the block's
    scale and code sum. The loop's trip count must be the same for every lane (K / 8 a multiple of `stride`)."""
    top, words = (32767, 4) if kind == "int16" else (127, 2)
    pack = ("w[0] = (q[0] & 0xffff) | (q[1] << 16); w[1] = (q[2] & 0xffff) | (q[3] << 16); "
            "w[2] = (q[4] & 0xffff) | (q[5] << 16); w[3] = (q[6] & 0xffff) | (q[7] << 16);") if kind == "int16" else \
        ("w[0] = __byte_perm(__byte_perm(q[0], q[1], 0x0040), __byte_perm(q[2], q[3], 0x0040), 0x5410); "
         "w[1] = __byte_perm(__byte_perm(q[4], q[5], 0x0040), __byte_perm(q[6], q[7], 0x0040), 0x5410);")
    store = f"*(uint4*)({dst} + (ch >> 2) * {PAD[kind]} + (ch & 3) * 4) = make_uint4(w[0], w[1], w[2], w[3]);" \
        if kind == "int16" else f"*(uint2*)({dst} + (ch >> 2) * {PAD[kind]} + (ch & 3) * 2) = make_uint2(w[0], w[1]);"
    return f'''
  for (int ch = {first}; ch < {K // 8}; ch += {stride}) {{
    uint4 v = *(const uint4*)(b1 + ch * 8);
    unsigned int u[4] = {{v.x, v.y, v.z, v.w}};
    float f[8]; float m = 0.f;
    #pragma unroll
    for (int j = 0; j < 4; j++) {{ f[2*j] = f16_to_f32(u[j] & 0xffff); f[2*j+1] = f16_to_f32(u[j] >> 16); }}
    #pragma unroll
    for (int j = 0; j < 8; j++) m = fmaxf(m, fabsf(f[j]));
    m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 1)); m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 2));
    float inv = m > 0.f ? {top}.f / m : 0.f;
    int q[8]; int s = 0; unsigned int w[{words}];
    #pragma unroll
    for (int j = 0; j < 8; j++) {{ q[j] = __float2int_rn(f[j] * inv); s += q[j]; }}
    s += __shfl_xor_sync(0xffffffffu, s, 1); s += __shfl_xor_sync(0xffffffffu, s, 2);
    {pack}
    {store}
    if ((ch & 3) == 0) {{ {scales}[ch >> 2] = m / {top}.f; {sums}[ch >> 2] = s; }}
  }}'''


def stage_float(K: int, threads: int) -> str:
    """CUDA statements: the group converts x to float32 into group memory, a block of 32 in PAD['float'] words."""
    return f'''
  for (int i = threadIdx.x; i < {K}; i += {threads}) xf[(i >> 5) * {PAD["float"]} + (i & 31)] = f16_to_f32(b1[i]);
  __syncthreads();'''


def block_products(mode: str, C: int) -> str:
    """CUDA statements: lane block `blk`'s products with the C columns' codes q[c][t] into acc[c]."""
    if mode == "float staged":
        return f'''
    const float4* xp = (const float4*)(xf + blk * {PAD["float"]});
    float x[32];
    #pragma unroll
    for (int i = 0; i < 8; i++) {{ float4 v = xp[i]; x[4*i] = v.x; x[4*i+1] = v.y; x[4*i+2] = v.z; x[4*i+3] = v.w; }}
    #pragma unroll
    for (int c = 0; c < {C}; c++) {{
      unsigned int ww[4] = {{q[c][t].x, q[c][t].y, q[c][t].z, q[c][t].w}};
      float s = 0.f;
      #pragma unroll
      for (int i = 0; i < 4; i++) {{
        #pragma unroll
        for (int b = 0; b < 4; b++) {{
          s = fmaf(x[4*i+b], __int_as_float(((ww[i] >> (8*b)) & 0xFu) | 0x4B000000u) - 8388616.f, s);
          s = fmaf(x[16+4*i+b], __int_as_float(((ww[i] >> (8*b+4)) & 0xFu) | 0x4B000000u) - 8388616.f, s);
        }}
      }}
      acc[c] = fmaf(d[c][t], s, acc[c]);
    }}'''
    if mode.startswith("dp4a"):
        return f'''
    const uint4* xp = (const uint4*)(xq + blk * {PAD["int8"]});
    uint4 x0 = xp[0], x1 = xp[1];
    int xw[8] = {{(int)x0.x, (int)x0.y, (int)x0.z, (int)x0.w, (int)x1.x, (int)x1.y, (int)x1.z, (int)x1.w}};
    float dx = xd[blk]; int sx = xs[blk];
    #pragma unroll
    for (int c = 0; c < {C}; c++) {{
      unsigned int ww[4] = {{q[c][t].x, q[c][t].y, q[c][t].z, q[c][t].w}};
      int si = 0;
      #pragma unroll
      for (int i = 0; i < 4; i++) {{
        si = __dp4a((int)(ww[i] & 0x0F0F0F0Fu), xw[i], si);
        si = __dp4a((int)((ww[i] >> 4) & 0x0F0F0F0Fu), xw[4 + i], si);
      }}
      acc[c] = fmaf(d[c][t] * dx, (float)(si - 8 * sx), acc[c]);
    }}'''
    return f'''
    const uint4* xp = (const uint4*)(xq + blk * {PAD["int16"]});
    uint4 x0 = xp[0], x1 = xp[1], x2 = xp[2], x3 = xp[3];
    int xw[16] = {{(int)x0.x, (int)x0.y, (int)x0.z, (int)x0.w, (int)x1.x, (int)x1.y, (int)x1.z, (int)x1.w,
                  (int)x2.x, (int)x2.y, (int)x2.z, (int)x2.w, (int)x3.x, (int)x3.y, (int)x3.z, (int)x3.w}};
    float dx = xd[blk]; int sx = xs[blk];
    #pragma unroll
    for (int c = 0; c < {C}; c++) {{
      unsigned int ww[4] = {{q[c][t].x, q[c][t].y, q[c][t].z, q[c][t].w}};
      int si = 0;
      #pragma unroll
      for (int i = 0; i < 4; i++) {{
        int lo = (int)(ww[i] & 0x0F0F0F0Fu), hi = (int)((ww[i] >> 4) & 0x0F0F0F0Fu);
        si = __dp2a_lo(xw[2 * i], lo, si); si = __dp2a_hi(xw[2 * i + 1], lo, si);
        si = __dp2a_lo(xw[8 + 2 * i], hi, si); si = __dp2a_hi(xw[9 + 2 * i], hi, si);
      }}
      acc[c] = fmaf(d[c][t] * dx, (float)(si - 8 * sx), acc[c]);
    }}'''


def gemv_kernel(mode: str, K: int, C: int, W: int) -> str:
    """x [K] float16 @ Q4_0 [N, K]: W warps a group, C columns a warp, lane l takes blocks l, l + 32, ..."""
    blocks, T = K // 32, K // 32 // 32
    pre = mode.endswith("pre")
    kind = "int8" if mode.startswith("dp4a") else "int16"
    args = "unsigned short* __restrict__ b0, const unsigned short* __restrict__ b1, " \
        "const unsigned char* __restrict__ b2, const unsigned short* __restrict__ b3"
    if pre:
        args += ", const int* __restrict__ xq, const float* __restrict__ xd, const int* __restrict__ xs"
        stage = ""
    elif mode == "float staged":
        stage = f"  __shared__ __align__(16) float xf[{blocks * PAD['float']}];\n" + stage_float(K, 32 * W)
    else:
        stage = f"  __shared__ __align__(16) int xq[{blocks * PAD[kind]}];\n" \
            f"  __shared__ float xd[{blocks}]; __shared__ int xs[{blocks}];\n" + \
            quantize_x(K, kind, 32 * W, "threadIdx.x", 32 * W, "xq", "xd", "xs") + "\n  __syncthreads();"
    loads = f'''
  const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
  const int col0 = (blockIdx.x * {W} + warp) * {C};
  uint4 q[{C}][{T}]; float d[{C}][{T}];
  #pragma unroll
  for (int c = 0; c < {C}; c++) {{
    #pragma unroll
    for (int t = 0; t < {T}; t++) {{
      q[c][t] = *(const uint4*)(b2 + (size_t)(col0 + c) * {K // 2} + (lane + 32 * t) * 16);
      d[c][t] = f16_to_f32(b3[(size_t)(col0 + c) * {blocks} + lane + 32 * t]);
    }}
  }}'''
    return HEAD + f'''
extern "C" __global__ void __launch_bounds__({32 * W}) gemv_q4_0({args}) {{{loads}
{stage}
  float acc[{C}];
  #pragma unroll
  for (int c = 0; c < {C}; c++) acc[c] = 0.f;
  #pragma unroll
  for (int t = 0; t < {T}; t++) {{
    const int blk = lane + 32 * t;{block_products(mode, C)}
  }}
  #pragma unroll
  for (int c = 0; c < {C}; c++) {{ float r = warp_sum(acc[c]); if (lane == 0) b0[col0 + c] = f32_to_f16(r); }}
}}
'''


def quant_kernel(K: int, kind: str) -> str:
    """x quantized once into device memory, 256 threads a group, one run of 8 values a thread."""
    args = "int* __restrict__ xq, const unsigned short* __restrict__ b1, float* __restrict__ xd, int* __restrict__ xs"
    body = quantize_x(K, kind, 256, "blockIdx.x * 256 + threadIdx.x", K, "xq", "xd", "xs")
    return HEAD + f'extern "C" __global__ void __launch_bounds__(256) quantize_x({args}) {{{body}\n}}\n'


MODES = ("dp2a staged", "dp2a pre", "dp4a pre", "float staged")


def variants(K: int, N: int) -> list[tuple[str, int, int]]:
    """(mode, C, W) worth running at this shape: the codes of C x T blocks a lane stay in registers (C * T <= 16);
    the float staging holds x in 48 KB of static group memory."""
    T = K // 1024
    out = []
    for mode in MODES:
        for C, W in ((1, 8), (2, 8), (4, 8), (2, 4)):
            staged_fits = mode != "float staged" or K // 32 * PAD["float"] * 4 <= 48 << 10
            if N % (C * W) == 0 and C * T <= 16 and staged_fits:
                out.append((mode, C, W))
    return out


def run_shape(K: int, N: int, reps: int, copy: float, markdown: bool) -> None:
    """Every variant at K x N: kernel time, fraction of copy, and error against the float reference."""
    dev = get_device("CUDA")
    x, ws = gemv_gpu.operands(K, N, "q4_0")
    ws = ws if reps else ws[:1]
    mb = ws[0].nbytes / 1e6
    want = (x.numpy().astype(np.float32) @ ws[0].reference().T)[0]
    out = Buffer("CUDA", N, minic.float16)
    base = [[out.handle, x.node.arg.handle, w.w.parts["qs"].node.arg.handle, w.w.parts["d"].node.arg.handle]
            for w in ws]
    (sk,) = (x @ ws[0].float16.T).schedule()
    staged = {kind: [Buffer("CUDA", K // 32 * PAD[kind], minic.int32), Buffer("CUDA", K // 32, minic.float32),
                     Buffer("CUDA", K // 32, minic.int32)] for kind in ("int16", "int8")}

    def timed(prog, handles: list, vals=()) -> tuple[float, np.ndarray]:
        out.copyin(np.full(N, np.nan, np.float16))  # a kernel that writes nothing reads as an error, not as the last
        dev.launch(prog, handles[0], list(vals))  # variant's result (report() checks the first launch's output)
        dev.synchronize()
        checked = out.numpy().copy()
        if not reps:
            return 0.0, checked
        turn = [0]

        def run():
            dev.launch(prog, handles[turn[0] % len(handles)], list(vals))
            turn[0] += 1
        return gemv_gpu.kernel_us(run, reps * len(handles)), checked

    def report(name: str, C, W, timing: tuple) -> None:
        us, got = timing[0], timing[1].astype(np.float32)
        err = float(np.abs(got - want).max() / np.abs(want).max())
        of_copy = mb * 1e3 / max(us, 1e-9) / copy
        cells = (f"{K}x{N}", name, str(C), str(W), f"{us:.2f}", f"{of_copy:.2f}", f"{err:.1e}")
        print("| " + " | ".join(cells) + " |" if markdown else "  ".join(cells), flush=True)

    generated = dev.compile(sk.source, sk.loop)
    handles = [[out.handle] + [w.buffers[ws[0].buffers.index(b)].handle if b in ws[0].buffers else b.handle
                               for b in sk.graph.inputs] for w in ws]
    report("minic's generated kernel", "-", "-", timed(generated, handles, engine.var_args(sk.loop, sk.var_vals)))
    for kind in ("int16", "int8"):
        qloop = dataclasses.replace(sk.loop, global_size=(K // 8 // 256, 1, 1), local_size=(256, 1, 1),
                                    wave_groups=0, name="quantize_x")
        xq, xd, xs = staged[kind]
        us, _ = timed(dev.compile(quant_kernel(K, kind), qloop), [[xq.handle, x.node.arg.handle, xd.handle, xs.handle]])
        print(f"  ({K}: x quantized to {kind} by its own kernel: {us:.2f} us)", flush=True)
    for mode, C, W in variants(K, N):
        loop = dataclasses.replace(sk.loop, global_size=(N // (C * W), 1, 1), local_size=(32 * W, 1, 1),
                                   wave_groups=0, name="gemv_q4_0")
        kind = "int8" if mode.startswith("dp4a") else "int16"
        extra = [b.handle for b in staged[kind]] if mode.endswith("pre") else []
        report(mode, C, W, timed(dev.compile(gemv_kernel(mode, K, C, W), loop), [h + extra for h in base]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default="4096x4096,4096x14336,14336x4096", help="KxN, comma-separated")
    ap.add_argument("--reps", type=int, default=4, help="timed launches per weight copy (0: run once, no timing)")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    copy = gemv_gpu.copy_gbs() if args.reps else 1.0
    print(f"copy bandwidth {copy:.0f} GB/s")
    if args.markdown:
        print("\n| shape (KxN) | variant | C | W | us | of copy | max error / max |\n|---|---|---|---|---|---|---|")
    for K, N in ((int(a), int(b)) for a, b in (s.split("x") for s in args.shapes.split(","))):
        assert K % 1024 == 0, "a lane takes whole blocks of 32: K must be a multiple of 1024"
        run_shape(K, N, args.reps, copy, args.markdown)


if __name__ == "__main__":
    main()
