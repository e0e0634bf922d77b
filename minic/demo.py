"""`python -m minic.demo`: fused kernels on a symbolic row count, results first, then one kernel's loop IR.

The output stays short (about 40 lines) so the results are what a newcomer sees; the full sources
(thousands of lines for a register-tiled matmul) are one MINIC_DEBUG level away.
"""
from __future__ import annotations

import numpy as np

import minic
from minic import Tensor, Var


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def main() -> None:
    n = Var("n", 1, 1024)
    rng = np.random.default_rng(0)
    w = rng.standard_normal((64, 32), dtype=np.float32)
    b = rng.standard_normal(32, dtype=np.float32)
    cases = {"softmax(x)": (lambda x: x.softmax(-1), _softmax),
             "gelu(x @ w + b)": (lambda x: (x @ Tensor(w) + Tensor(b)).gelu(), lambda x: _gelu(x @ w + b))}
    kernels, errors = {}, {name: [] for name in cases}
    for rows in (3, 17):
        x = rng.standard_normal((rows, 64), dtype=np.float32)
        for name, (build, reference) in cases.items():
            y = build(Tensor(x, shape=(n, 64)))
            kernels[name] = y.schedule()
            errors[name].append(f"n = {rows}: {np.abs(y.numpy() - reference(x)).max():.1e}")
    device = minic.get_device(y.device)
    print(f"minic demo on {device.name}: x is [n, 64] with n = Var('n', 1, 1024); max |minic - numpy|:")
    for name, errs in errors.items():
        print(f"  {name:<16} " + "   ".join(errs))
    print(f"programs compiled: {device.compiles} (one per kernel, reused for every n)\n")
    for name, ks in kernels.items():
        for k in ks:
            print(f"{name}: kernel {k.name}, rule {k.rule}, {len(k.ir.splitlines())} lines of loop IR, "
                  f"{len(k.source.splitlines())} of {device.name} source; it ends at: {k.why}")
    (soft,) = kernels["softmax(x)"]
    print(f"\nloop IR of {soft.name}, the fused softmax (two row reductions, then the output row):")
    print(soft.ir)
    print("\nsee every kernel's sources: MINIC_DEBUG=3 python -m minic.demo (loop IR), MINIC_DEBUG=4 (source),\n"
          "MINIC_DEBUG=2 (why each rule matched); in Python: y.schedule() gives kernels with .ir, .source, "
          ".rule_why")


if __name__ == "__main__":
    main()
