"""OpenCL replay: a whole jit recording enqueued with nothing but the enqueues left in Python per kernel.

OpenCL kernel arguments are state of a `cl.Kernel` object, so every step gets a kernel object of its own and
the arguments of a step that never changes (weights, KV caches, temporaries from an `Arena` sized for the Vars'
bounds) are set once, when the replay is built. A call updates only the steps that take Vars or the call's
argument and output buffers (outputs get fresh buffers each call, so a returned tensor is never overwritten by
a later call), computes the grids that grow with a Var, and enqueues every kernel on the in-order queue
without waiting in between. The per-kernel view (MINIC_DEBUG, a profiler) stays with the launch list.

A step that changes gets all its arguments in one typed `set_args` (`set_scalar_arg_dtypes`): pyopencl's
`set_arg(i, np.int32(v))` is an order of magnitude slower per scalar (it tries an SVM cast and catches the
failure) than a typed `set_args` of a whole step. The enqueue itself is the driver's. OpenCL's way to go
further, a command buffer (cl_khr_command_buffer), freezes arguments and grids, so it would need kernels that
read Var values from a buffer and grids launched at the Vars' bounds, as the CUDA Graph replay has; pyopencl
does not wrap it.
"""
from __future__ import annotations

import numpy as np

from minic.ir.symbolic import evaluate
from minic.runtime.buffer import Buffer
from minic.runtime.opencl import ndrange
from minic.runtime.replay import Arena, Recording


class OpenCLReplay:
    """A recording enqueued from kernel objects whose fixed arguments are set once (see the module docstring)."""

    def __init__(self, dev, rec: Recording):
        self.dev, self.rec = dev, rec
        self.outs = rec.temp_outputs
        self.arena = Arena(rec, keep=set(), skip=set(self.outs))  # kept: the kernels' arguments point into it
        # a call's changing values, in one list: its argument buffers, its fresh outputs, the Var values
        source = {("slot", s): spec[1] for s, spec in enumerate(rec.slots) if spec[0] == "arg"}
        source.update({("slot", s): len(rec.arg_shapes) + j for j, s in enumerate(self.outs)})
        self.var_names = rec.var_names
        source.update({("var", nm): len(rec.arg_shapes) + len(self.outs) + j for j, nm in enumerate(self.var_names)})
        self.kernels = []
        self.changing: list[tuple] = []  # (kernel, its argument list, [(position, source index)]) per step to update
        self.dims: list[tuple | None] = []  # per step: (global size, local size); None: set per call from `grown`
        exprs: dict = {}  # distinct grid expressions over the Vars -> their index in self.exprs
        self.grown: list[tuple[int, int, int]] = []  # (step, expression, threads) for grids that change with Vars
        for i, st in enumerate(rec.steps):
            k = st.prog.kernel
            kernel = dev.cl.Kernel(st.prog.extra["program"], k.name)
            argv = [spec[1].handle if spec[0] == "fixed" else None if ("slot", s) in source
                    else self.arena.buffers[s].handle for s, spec in ((s, rec.slots[s]) for s in st.slots)]
            fills = [(j, source[("slot", s)]) for j, s in enumerate(st.slots) if ("slot", s) in source]
            fills += [(len(st.slots) + j, source[("var", nm)]) for j, nm in enumerate(st.var_names)]
            if fills:
                # typed scalars: pyopencl's untyped set_arg fails an SVM cast first (see the module docstring)
                kernel.set_scalar_arg_dtypes([None] * len(st.slots) + [np.int32] * len(st.var_names))
                self.changing.append((kernel, argv + [0] * len(st.var_names), fills))
            else:
                kernel.set_args(*argv)
            self.kernels.append(kernel)
            g, threads = k.global_size[0], int(k.local_size[0])
            self.dims.append(ndrange(g, threads) if isinstance(g, int) else None)
            if not isinstance(g, int):
                self.grown.append((i, exprs.setdefault(g, len(exprs)), threads))
        self.exprs = list(exprs)

    def run(self, args: list[Buffer], env: dict) -> list:
        fresh = [self.rec.new_output(s, env) for s in self.outs]
        values = [a.handle for a in args] + [b.handle for b in fresh] + [env[nm] for nm in self.var_names]
        for kernel, argv, fills in self.changing:
            for j, v in fills:
                argv[j] = values[v]
            kernel.set_args(*argv)
        dims = self.dims.copy()
        counts = [int(evaluate(g, env)) for g in self.exprs]
        for i, e, threads in self.grown:
            dims[i] = ndrange(counts[e], threads)
        enqueue, queue = self.dev.cl.enqueue_nd_range_kernel, self.dev.queue
        for kernel, (glob, local) in zip(self.kernels, dims):
            if glob[0]:
                enqueue(queue, kernel, glob, local)
        return self.rec.results(dict(zip(self.outs, fresh)), args)
