"""CUDA Graph replay: a whole jit recording is one `cuGraphLaunch`.

The graph is captured once, from the recorded launches, so that one graph serves every later call:

  * Var values (`past`, `m`, `n`): each kernel that takes Vars runs in its graph form
    (`codegen.cuda.CUDAGraphRenderer`), which reads them from a small device int32 buffer; a call writes
    that buffer with one asynchronous copy on the stream, ahead of the graph.
  * grids that grow with a Var are launched at the Var's bound; the graph form sends the groups beyond
    this call's count home at once.
  * buffers: a graph's addresses are fixed, so temporaries come from an `Arena` sized for the bounds, and
    the call's argument buffers are copied into graph-owned ones (device to device, on the stream), outputs
    copied out into fresh buffers (a returned tensor is never overwritten by a later call). An argument a
    kernel writes is copied back.

Per call that is a handful of driver calls, whatever the number of kernels.
"""
from __future__ import annotations

import ctypes

import numpy as np

from minic.codegen.cuda import CUDAGraphRenderer
from minic.dtype import int32
from minic.errors import DeviceError
from minic.ir.symbolic import bounds
from minic.ir.view import prod
from minic.runtime.buffer import Buffer
from minic.runtime.cuda import _check, fold_grid
from minic.runtime.replay import Arena, Recording, largest
from minic.sched.loopir import LoopKernel

GRAPH_RENDERER = CUDAGraphRenderer()


def graph_form(k: LoopKernel) -> bool:
    """Whether a kernel needs its graph form: it takes Vars, or its grid depends on them."""
    return bool(k.vars) or not isinstance(k.global_size[0], int)


class CUDAGraphReplay:
    """A recording captured as one CUDA Graph (see the module docstring)."""

    kind = "cuda graph"

    @classmethod
    def make(cls, dev, rec: Recording) -> tuple[CUDAGraphReplay | None, str]:
        """The replay, or (None, why a graph cannot serve this recording)."""
        for st in rec.steps:
            if graph_form(st.sk.loop) and st.overridden:
                return None, (f"kernel {st.sk.name} has an overridden source and takes Vars: its graph form "
                              f"cannot be derived from hand-edited source")
        return cls(dev, rec), ""

    def __init__(self, dev, rec: Recording):
        self.dev, self.rec, cu = dev, rec, dev.cu
        self.outs = rec.temp_outputs
        self.arena = Arena(rec, keep=set(self.outs))
        # graph-owned copies of the arguments, each sized for its shape at the Vars' bounds
        arg_buf: dict[int, Buffer] = {}
        self.arg_copies: list[tuple[int, Buffer]] = []  # (argument index, its graph-owned buffer)
        self.write_back: list[tuple[int, Buffer]] = []  # the same, for arguments a kernel writes
        written = rec.written_slots()
        for s, spec in enumerate(rec.slots):
            if spec[0] == "arg":
                arg_buf[s] = Buffer(dev.name, largest(prod(rec.arg_shapes[spec[1]])), spec[2])
                self.arg_copies.append((spec[1], arg_buf[s]))
                if s in written:
                    self.write_back.append((spec[1], arg_buf[s]))
        # one int32 run of Var values per kernel that takes Vars; `gather` picks each from the call's values
        self.var_names = rec.var_names
        index = {nm: i for i, nm in enumerate(self.var_names)}
        gather, offsets = [], []
        for st in rec.steps:
            offsets.append(len(gather))
            gather += [index[nm] for nm in st.var_names]
        self.gather = np.array(gather, dtype=np.int64)
        self.var_buf = Buffer(dev.name, max(len(gather), 1), int32)
        self.kernels = len(rec.steps)
        launches = []
        for st, offset in zip(rec.steps, offsets):
            k = st.sk.loop
            prog = dev.compile(GRAPH_RENDERER.render(k), k) if graph_form(k) else st.prog
            handles = [(rec.slots[s][1] if rec.slots[s][0] == "fixed" else arg_buf[s] if s in arg_buf
                        else self.arena.buffers[s]).handle for s in st.slots]
            words = [ctypes.c_uint64(h.address) for h in handles]
            if k.vars:
                words.append(ctypes.c_uint64(self.var_buf.handle.address + 4 * offset))
            groups = k.global_size[0] if isinstance(k.global_size[0], int) else bounds(k.global_size[0])[1]
            launches.append((prog, fold_grid(groups), int(k.local_size[0]), words))
        self._keep = launches  # the argument words the graph's launches were captured from
        self.graph, self.exec = self._capture(cu, launches)

    def _capture(self, cu, launches: list) -> tuple:
        dev = self.dev
        _check(cu.cuCtxSetCurrent(dev.ctx))
        dev.synchronize()
        mode = cu.CUstreamCaptureMode.CU_STREAM_CAPTURE_MODE_THREAD_LOCAL
        _check(cu.cuStreamBeginCapture(dev.stream, mode))
        try:
            for prog, (gx, gy), threads, words in launches:
                if gx == 0:
                    continue
                ptrs = (ctypes.c_void_p * len(words))(*[ctypes.addressof(w) for w in words])
                _check(cu.cuLaunchKernel(prog.fn, gx, gy, 1, threads, 1, 1, prog.extra["shared"], dev.stream,
                                         ctypes.addressof(ptrs), 0))
        finally:
            graph = _check(cu.cuStreamEndCapture(dev.stream))
        return graph, _check(cu.cuGraphInstantiate(graph, 0))

    def run(self, args: list[Buffer], env: dict) -> list:
        cu, stream = self.dev.cu, self.dev.stream
        for i, owned in self.arg_copies:
            a = args[i]
            if a.nbytes > owned.nbytes:
                raise DeviceError(f"{self.rec.name}: argument {i} holds {a.size} elements, more than its shape "
                                  f"allows at the Vars' bounds ({owned.size})")
            _check(cu.cuMemcpyDtoDAsync(owned.handle.ptr, a.handle.ptr, a.nbytes, stream))
        if len(self.gather):
            values = np.array([env[nm] for nm in self.var_names], dtype=np.int32)[self.gather]
            _check(cu.cuMemcpyHtoDAsync(self.var_buf.handle.ptr, values.ctypes.data, values.nbytes, stream))
        _check(cu.cuGraphLaunch(self.exec, stream))
        for i, owned in self.write_back:
            _check(cu.cuMemcpyDtoDAsync(args[i].handle.ptr, owned.handle.ptr, args[i].nbytes, stream))
        fresh = {}
        for s in self.outs:
            buf = fresh[s] = self.rec.new_output(s, env)
            _check(cu.cuMemcpyDtoDAsync(buf.handle.ptr, self.arena.buffers[s].handle.ptr, buf.nbytes, stream))
        return self.rec.results(fresh, args)

    def __del__(self):
        try:
            self.dev.cu.cuGraphExecDestroy(self.exec)
            self.dev.cu.cuGraphDestroy(self.graph)
        except Exception:  # interpreter shutdown: the driver may be gone
            pass
