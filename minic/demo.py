"""`python -m minic.demo`: one fused kernel from expression to source to result."""
from __future__ import annotations

import numpy as np

import minic
from minic import Tensor, Var


def main() -> None:
    n = Var("n", 1, 1024)
    rng = np.random.default_rng(0)
    w = Tensor(rng.standard_normal((64, 32), dtype=np.float32))
    b = Tensor(rng.standard_normal(32, dtype=np.float32))
    for rows in (3, 17):
        x = Tensor(rng.standard_normal((rows, 64), dtype=np.float32), shape=(n, 64))
        y = (x @ w + b).gelu()
        kernels = y.schedule()
        if rows == 3:
            for k in kernels:
                print(f"kernel {k.name}: rule {k.rule} ({k.rule_why}); cut because {k.why}\n")
                print(k.ir, "\n")
                print(k.source)
        ref = x.numpy() @ w.numpy() + b.numpy()
        ref = 0.5 * ref * (1 + np.tanh(np.sqrt(2 / np.pi) * (ref + 0.044715 * ref ** 3)))
        err = float(np.abs(y.numpy() - ref).max())
        print(f"n = {rows}: max |minic - numpy| = {err:.2e}; programs compiled so far: "
              f"{minic.get_device(y.device).compiles}")


if __name__ == "__main__":
    main()
