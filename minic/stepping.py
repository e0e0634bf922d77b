"""Step through a kernel with pdb: `minic.step(t)` on the PY device.

The PY backend renders every kernel as a plain Python function whose local
names are the loop IR's (`i0`, `acc2`, `v11`, buffers `b0`, `b1`, ...) and
registers its source with linecache, so pdb lists it and tracebacks point
into it. `step` realizes `t` and stops pdb at the first line of each chosen
kernel: `n`/`s` step, `p acc2` prints, `ll` lists the kernel, `c` runs on to
the next chosen kernel.

Without this helper: create tensors with `device="PY"` (or run with
MINIC_DEVICE=PY) and put `breakpoint()` before `.numpy()`; step into
`engine.launch` -> `PythonDevice.launch` -> the kernel.
"""
from __future__ import annotations

import pdb

from minic import engine
from minic.errors import DeviceError
from minic.ir.node import Node
from minic.runtime.registry import get_device
from minic.tensor import Tensor


def step(t: Tensor, kernel: str | int | None = None, debugger: pdb.Pdb | None = None) -> Tensor:
    """Realize `t`, stopping in pdb at the start of each kernel (or only the one named or numbered `kernel`).

    `debugger` is the pdb.Pdb to use (a fresh one on the terminal by default); tests pass one that reads
    commands from a string."""
    if t.device != "PY":
        raise DeviceError(f"step() needs a tensor on the PY device, this one is on {t.device}: create its inputs "
                          f"with device='PY' or run with MINIC_DEVICE=PY")
    kernels = t.schedule()
    names = [sk.name for sk in kernels]
    if kernel is not None and not (kernel in names or isinstance(kernel, int) and -len(names) <= kernel < len(names)):
        raise KeyError(f"no kernel {kernel!r} in this schedule; its kernels are {names}")
    chosen = set(range(len(kernels))) if kernel is None else \
        {kernel % len(names) if isinstance(kernel, int) else names.index(kernel)}
    dbg = debugger or pdb.Pdb()
    dev = get_device("PY")
    for i, sk in enumerate(kernels):
        if i not in chosen:
            engine.launch(sk, sk.graph.buffers, t.var_vals)
            continue
        prog = dev.compile(sk.source, sk.loop)  # the program engine.launch will run (compile is cached)
        fn = prog.fn
        prog.fn = lambda *args, fn=fn: dbg.runcall(fn, *args)
        try:
            engine.launch(sk, sk.graph.buffers, t.var_vals)
        finally:
            prog.fn = fn
    produced = {sk.graph.source_node: sk.graph.output for sk in kernels}
    if t.node in produced:
        t.node = Node("BUFFER", (), produced[t.node], t.dtype, t.shape)
    return t
