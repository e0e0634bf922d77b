"""What bounds a decode GEMV on a GPU: minic's kernel against variants of it, CUPTI kernel time on decode shapes.

The variants are experiments, not schedules minic makes: edits of minic's own CUDA source (`launch-bounds`: the
groups a multiprocessor must hold in one wave as __launch_bounds__' second argument, so ptxas caps the registers;
`l2-prefetch`: each group first asks the L2 for its columns' weight rows) and two hand-written q4g32 kernels that
test where the packed GEMV's time goes (`two-rows`: two rows a warp, every load of a lane issued before any
arithmetic, the block's scale applied to its dot product once; `dp4a`: the activations quantized per block of 32
to int16 by each group into shared memory, the product as integer dot products of four bytes, `__dp4a`, scaled
per block). bench/README.md ("Twenty-first session") has the tables and what they say.

    python3 bench/gemv_gpu_variants.py --sizes xl,smollm2 minic two-rows dp4a
    python3 bench/gemv_gpu_variants.py --format float16 --norm minic launch-bounds l2-prefetch
"""
from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gemv_gpu import SHAPES, copy_gbs, kernel_us, operands  # noqa: E402  (bench/gemv_gpu.py, beside this script)

import minic  # noqa: E402
from minic import engine  # noqa: E402
from minic.runtime.buffer import Buffer  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402

HELPERS = r"""
static __device__ inline float h2f(unsigned short h) {
  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
static __device__ inline unsigned short f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }
"""

# two rows a warp (R), a lane a block of 32 codes per step (T steps), all loads first; dot(x, q) * scale per block
TWO_ROWS = HELPERS + r"""
static __device__ inline float nib(unsigned int v) { return __int_as_float(0x4B000000 | v) - 8388608.0f; }
extern "C" __global__ void __launch_bounds__(256) NAME(ARGS) {
  const int lane = threadIdx.x & 31, row0 = (blockIdx.x * 8 + (threadIdx.x >> 5)) * R;
  uint4 q[R][T]; float s[R][T], z[R][T], acc[R];
  #pragma unroll
  for (int r = 0; r < R; r++) {
    acc[r] = 0.0f;
    #pragma unroll
    for (int t = 0; t < T; t++) {
      int kb = lane + 32 * t, n = row0 + r;
      q[r][t] = make_uint4(0, 0, 0, 0); s[r][t] = 0.0f; z[r][t] = 0.0f;
      if (kb < NB && n < N) {
        q[r][t] = *(const uint4*)(codes + ((size_t)n * NB + kb) * 16);
        s[r][t] = SCALE(scale[(size_t)n * NB + kb]);
        z[r][t] = (float)zero[(size_t)n * NB + kb];
      }
    }
  }
  #pragma unroll
  for (int t = 0; t < T; t++) {
    int kb = lane + 32 * t;
    if (kb >= NB) break;
    float xf[32], xs = 0.0f;
    #pragma unroll
    for (int v = 0; v < 4; v++) {
      uint4 xv = *(const uint4*)(x + kb * 32 + v * 8);
      const unsigned short* xh = (const unsigned short*)&xv;
      #pragma unroll
      for (int i = 0; i < 8; i++) { xf[v * 8 + i] = h2f(xh[i]); xs += xf[v * 8 + i]; }
    }
    #pragma unroll
    for (int r = 0; r < R; r++) {
      const unsigned int* w = (const unsigned int*)&q[r][t];
      float d = 0.0f;
      #pragma unroll
      for (int j = 0; j < 16; j++) {
        unsigned int b = (w[j / 4] >> (8 * (j % 4))) & 255u;
        d = fmaf(xf[j], nib(b & 15u), d);
        d = fmaf(xf[j + 16], nib(b >> 4), d);
      }
      acc[r] = fmaf(s[r][t], d - z[r][t] * xs, acc[r]);
    }
  }
  #pragma unroll
  for (int r = 0; r < R; r++) {
    float a = acc[r];
    for (int o = 16; o > 0; o >>= 1) a += __shfl_xor_sync(0xffffffffu, a, o);
    if (lane == 0 && row0 + r < N) out[row0 + r] = f2h(a);
  }
}
"""

# the group quantizes x per block to int16 (low bytes unsigned, high bytes signed) in shared memory, then each warp
# takes R rows: per block, sum(q * x16) = 256 * dp4a(q, high) + dp4a(q, low), minus zero * sum(x16), times
# scale * x's block scale
DP4A = HELPERS + r"""
extern "C" __global__ void __launch_bounds__(256) NAME(ARGS) {
  __shared__ __align__(16) unsigned int xlo[NB * 8], xhi[NB * 8];
  __shared__ float xd[NB];
  __shared__ int xsum[NB];
  const int lane = threadIdx.x & 31, wid = threadIdx.x >> 5, row0 = (blockIdx.x * 8 + wid) * R;
  uint4 q[R][T]; float s[R][T], acc[R]; int z[R][T];
  #pragma unroll
  for (int r = 0; r < R; r++) {
    acc[r] = 0.0f;
    #pragma unroll
    for (int t = 0; t < T; t++) {
      int kb = lane + 32 * t, n = row0 + r;
      q[r][t] = make_uint4(0, 0, 0, 0); s[r][t] = 0.0f; z[r][t] = 0;
      if (kb < NB && n < N) {
        q[r][t] = *(const uint4*)(codes + ((size_t)n * NB + kb) * 16);
        s[r][t] = SCALE(scale[(size_t)n * NB + kb]);
        z[r][t] = zero[(size_t)n * NB + kb];
      }
    }
  }
  for (int kb = wid; kb < NB; kb += 8) {
    float v = h2f(x[kb * 32 + lane]), mx = fabsf(v);
    for (int o = 16; o > 0; o >>= 1) mx = fmaxf(mx, __shfl_xor_sync(0xffffffffu, mx, o));
    int qx = mx > 0.0f ? __float2int_rn(v * (32767.0f / mx)) : 0, sum = qx;
    for (int o = 16; o > 0; o >>= 1) sum += __shfl_xor_sync(0xffffffffu, sum, o);
    ((unsigned char*)xlo)[kb * 32 + lane] = (unsigned char)(qx & 255);
    ((signed char*)xhi)[kb * 32 + lane] = (signed char)(qx >> 8);
    if (lane == 0) { xd[kb] = mx / 32767.0f; xsum[kb] = sum; }
  }
  __syncthreads();
  #pragma unroll
  for (int t = 0; t < T; t++) {
    int kb = lane + 32 * t;
    if (kb >= NB) break;
    const uint4* l4 = (const uint4*)xlo + kb * 2;
    const uint4* h4 = (const uint4*)xhi + kb * 2;
    unsigned int xl[8] = {l4[0].x, l4[0].y, l4[0].z, l4[0].w, l4[1].x, l4[1].y, l4[1].z, l4[1].w};
    int xh[8] = {(int)h4[0].x, (int)h4[0].y, (int)h4[0].z, (int)h4[0].w,
                 (int)h4[1].x, (int)h4[1].y, (int)h4[1].z, (int)h4[1].w};
    #pragma unroll
    for (int r = 0; r < R; r++) {
      const unsigned int* w = (const unsigned int*)&q[r][t];
      unsigned int lo = 0; int hi = 0;
      #pragma unroll
      for (int i = 0; i < 4; i++) {
        unsigned int cl = w[i] & 0x0F0F0F0Fu, ch = (w[i] >> 4) & 0x0F0F0F0Fu;
        lo = __dp4a(cl, xl[i], lo); lo = __dp4a(ch, xl[4 + i], lo);
        hi = __dp4a((int)cl, xh[i], hi); hi = __dp4a((int)ch, xh[4 + i], hi);
      }
      acc[r] = fmaf(s[r][t] * xd[kb], (float)(hi * 256 + (int)lo - z[r][t] * xsum[kb]), acc[r]);
    }
  }
  #pragma unroll
  for (int r = 0; r < R; r++) {
    float a = acc[r];
    for (int o = 16; o > 0; o >>= 1) a += __shfl_xor_sync(0xffffffffu, a, o);
    if (lane == 0 && row0 + r < N) out[row0 + r] = f2h(a);
  }
}
"""

HAND = {"two-rows": (TWO_ROWS, 2), "dp4a": (DP4A, 4)}  # variant -> (template, rows a warp)


def hand_kernel(variant: str, name: str, K: int, N: int, inputs: list, scale_dtype) -> tuple[str, int]:
    """A hand-written q4g32 kernel's source for minic's parameter order (the output, then `inputs`), and its
    groups of 256."""
    template, rows = HAND[variant]
    roles = ["out"] + ["x" if b.size == K else "codes" if b.size == N * K // 2 else
                       "zero" if b.dtype == minic.uint8 else "scale" for b in inputs]
    types = {"out": "unsigned short*", "x": "const unsigned short*", "codes": "const unsigned char*",
             "zero": "const unsigned char*",
             "scale": "const unsigned short*" if scale_dtype == minic.float16 else "const float*"}
    values = {"NAME": name, "ARGS": ", ".join(f"{types[r]} __restrict__ {r}" for r in roles), "R": rows,
              "T": -(-K // 32 // 32), "NB": K // 32, "N": N, "SCALE": "h2f" if scale_dtype == minic.float16 else ""}
    src = template
    for key, value in values.items():
        src = re.sub(rf"\b{key}\b", str(value), src)
    return src, -(-N // (8 * rows))


def edited(variant: str, sk, weights: list, multiprocessors: int) -> str:
    """minic's source with a launch-bounds hint or an L2 prefetch of the group's weight rows."""
    groups, threads = sk.loop.global_size[0], sk.loop.local_size[0]
    if variant == "launch-bounds":
        per_sm = -(-groups // multiprocessors)
        return sk.source.replace(f"__launch_bounds__({threads})", f"__launch_bounds__({threads}, {per_sm})") \
            if per_sm * threads <= 2048 else sk.source
    lines = []
    for i, b in enumerate(sk.graph.inputs):
        if b in weights:  # the group's columns are one stretch of the buffer: its rows are contiguous along K
            per = b.size * b.dtype.itemsize // groups
            lines.append(f'  for (int o = lidx0 * 128; o < {per}; o += {threads * 128}) asm volatile('
                         f'"prefetch.global.L2 [%0];" :: "l"((const char*)b{i + 1} + '
                         f'(size_t)(gidx0 + gidx1*ngroups0) * {per} + o));')
    anchor = "  int lidx0 = (int)threadIdx.x;\n"
    return sk.source.replace(anchor, anchor + "\n".join(lines) + "\n", 1)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("variants", nargs="+", choices=["minic", "launch-bounds", "l2-prefetch", *HAND])
    p.add_argument("--sizes", default="xl,smollm2")
    p.add_argument("--format", default="q4g32", help="q4g32, or float16 (minic's source and its edits only)")
    p.add_argument("--norm", action="store_true", help="a LayerNorm before the product (fused into the GEMV)")
    args = p.parse_args()
    dev = get_device("CUDA")
    copy = copy_gbs()
    print(f"copy bandwidth {copy:.0f} GB/s; us per kernel (of copy), CUPTI medians; weights rotate past the L2")
    print("| shape (KxN) | weight | MB | " + " | ".join(args.variants) + " |\n|" + "---|" * (3 + len(args.variants)))
    fmt = "" if args.format == "float16" else args.format
    for size in args.sizes.split(","):
        for K, N, label in SHAPES[size]:
            x, ws = operands(K, N, fmt)
            rng = np.random.default_rng(1)
            g = minic.Tensor(rng.standard_normal(K).astype(np.float32), device="CUDA").cast(minic.float16).realize()
            t = (x.layer_norm(g, g) if args.norm else x) @ ws[0].float16.T
            kernels = t.schedule()
            if len(kernels) != 1:
                print(f"| {K}x{N} | {size} {label} | - | {len(kernels)} kernels: not timed |")
                continue
            sk = kernels[0]
            out = Buffer("CUDA", N, minic.float16)
            weights = ws[0].buffers
            handles = [[out.handle] + [w.buffers[weights.index(b)].handle if b in weights else b.handle
                                       for b in sk.graph.inputs] for w in ws]
            xr = x.numpy().astype(np.float32)
            if args.norm:
                xr = (xr - xr.mean()) / np.sqrt(xr.var() + 1e-5) * g.numpy().astype(np.float32) + \
                    g.numpy().astype(np.float32)
            want = (xr @ ws[0].reference().T)[0]
            cells = []
            for v in args.variants:
                if v in HAND:
                    if fmt != "q4g32" or args.norm:
                        cells.append("-")
                        continue
                    scale = next(b.dtype for b in sk.graph.inputs if b.dtype not in (minic.uint8,) and b.size != K)
                    src, groups = hand_kernel(v, sk.loop.name, K, N, sk.graph.inputs, scale)
                    prog = dev.build(src, dataclasses.replace(sk.loop, global_size=(groups, 1, 1),
                                                              local_size=(256, 1, 1)))
                else:
                    prog = dev.build(sk.source if v == "minic" else
                                     edited(v, sk, weights, dev.target.multiprocessors), sk.loop)
                turn, vargs = [0], engine.var_args(sk.loop, sk.var_vals)

                def run(prog=prog, vargs=vargs, turn=turn, handles=handles):
                    dev.launch(prog, handles[turn[0] % len(handles)], vargs)
                    turn[0] += 1
                us = kernel_us(run, 4 * len(ws))
                dev.launch(prog, handles[0], vargs)
                err = float(np.abs(out.numpy()[:N].astype(np.float32) - want).max() / np.abs(want).max())
                cells.append(f"{us:.2f} ({ws[0].nbytes / 1e3 / us / copy:.2f})" +
                             ("" if err < 2e-2 else f" WRONG (rel err {err:.1e})"))
            print(f"| {K}x{N} | {size} {label} | {ws[0].nbytes / 1e6:.1f} | " + " | ".join(cells) + " |",
                  flush=True)


if __name__ == "__main__":
    main()
