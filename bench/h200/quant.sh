#!/bin/bash
# issue 14 (quant): on the H200, the fused dequant GEMV/GEMM on CUDA against numpy (every format), the
# dequant bit for bit, then the kernel time of the Q4 GEMVs (CUDA events) as GB/s of packed bytes against a
# copy's GB/s (issue target: >= 70% of copy bandwidth). Run from the repo root. Prints results.
set -u
export PYTHONPATH=$PWD
python3 -m pip install -q gguf 2>/dev/null || true
python3 - <<'PY'
import numpy as np
import minic
from minic import Tensor, quant
from minic.runtime.registry import get_device

print(minic.devices()["CUDA"])
dev = get_device("CUDA")
rng = np.random.default_rng(0)
W = (rng.standard_normal((384, 1024)) * 0.05).astype(np.float32)
fails = 0
for fmt in quant.FORMATS:
    w = quant.quantize(W, fmt, device="CUDA")
    ref = w.numpy()
    exact = np.array_equal(w.dequant().numpy().view(np.uint32), ref.view(np.uint32))
    for rows in (1, 4, 64, 300):
        x = Tensor(rng.standard_normal((rows, 1024)).astype(np.float32), device="CUDA")
        y = quant.linear(x, w)
        ks = y.schedule()
        want = x.numpy() @ ref.T
        err = np.abs(y.numpy() - want).max() / np.abs(want).max()
        ok = exact and len(ks) == 1 and err < 1e-4
        fails += not ok
        print(f"{fmt:7s} rows={rows:3d} kernels={len(ks)} rule={ks[-1].rule:8s} dequant_exact={exact} "
              f"rel_err={err:.1e} {'ok' if ok else 'FAIL'}")
print("correctness:", "all ok" if not fails else f"{fails} FAILED")


def kernel_seconds(t: Tensor) -> tuple:
    (k,) = t.schedule()
    prog = k.compile(dev)
    bufs = k.graph.buffers
    return dev.time_launch(prog, [b.handle for b in bufs], [k.var_vals[s.name] for s in k.loop.vars], reps=50), k


x = Tensor(np.zeros(64 * 2**20, dtype=np.float32), device="CUDA")
copy_s, _ = kernel_seconds(x + 0.0)
copy = 2 * x.numel() * 4 / copy_s / 1e9
print(f"copy: {copy:.0f} GB/s (x + 0 over 256 MiB, read + write)")
for out, cols in ((4096, 4096), (8192, 8192), (14336, 4096), (49152, 576), (1536, 576)):
    Wb = rng.standard_normal((out, cols)).astype(np.float32)
    for fmt in ("f16", "q8_0", "q4_0", "q4_1", "q4g128", "q4_k"):
        if cols % quant.get_format(fmt).block_size(cols):
            continue
        w = quant.quantize(Wb, fmt, device="CUDA")
        xv = Tensor(rng.standard_normal((1, cols)).astype(np.float32), device="CUDA")
        s, k = kernel_seconds(quant.linear(xv, w))
        gbps = (w.nbytes + 4 * (cols + out)) / s / 1e9
        print(f"GEMV {out}x{cols} {fmt:6s} {s * 1e6:8.1f} us {gbps:7.0f} GB/s = {gbps / copy:.2f} of copy  "
              f"[{k.rule}: {k.rule_why}]")
PY
