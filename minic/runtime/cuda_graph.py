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
  * small arguments (a decode step's token id): their graph-owned copies sit right after the Var values in
    the same device buffer, so an argument still on the host (Buffer.load) travels with the Var values in
    the call's one upload: no allocation, copy or wait of its own.

Per call that is a handful of driver calls, whatever the number of kernels.
"""
from __future__ import annotations

import ctypes

import numpy as np

from minic.codegen.cuda import CUDAGraphRenderer
from minic.dtype import uint8
from minic.ir.symbolic import bounds
from minic.ir.view import prod
from minic.runtime.buffer import Buffer
from minic.runtime.cuda import _check, fold_grid
from minic.runtime.replay import Arena, Recording, largest
from minic.sched.loopir import LoopKernel

GRAPH_RENDERER = CUDAGraphRenderer()
SMALL_ARG_BYTES = 256  # an argument at most this large at the Vars' bounds travels in the call's one upload
SMALL_ALIGN = 16  # its offset there: aligned for the widest load a kernel makes


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
        # the call's upload: one int32 run of Var values per kernel that takes Vars (`places`: where each Var's
        # value goes), then the graph-owned copies of small arguments, SMALL_ALIGN-aligned
        gather_names, offsets = [], []
        for st in rec.steps:
            offsets.append(len(gather_names))
            gather_names += st.var_names
        self.places = [(nm, np.array([i for i, g in enumerate(gather_names) if g == nm]))
                       for nm in dict.fromkeys(gather_names)]
        upload = 4 * len(gather_names)
        # graph-owned copies of the arguments, each sized for its shape at the Vars' bounds
        owned: dict[int, Buffer | int] = {}  # slot -> its own buffer, or its byte offset in the upload
        self.arg_copies: list[tuple[int, Buffer]] = []  # (argument index, its graph-owned buffer)
        self.small_args: list[tuple[int, int, int]] = []  # (argument index, byte offset in the upload, bytes)
        self.write_back: list[tuple[int, Buffer | int]] = []  # the same, for arguments a kernel writes
        written = rec.written_slots()
        for s, spec in enumerate(rec.slots):
            if spec[0] == "arg":
                size = largest(prod(rec.arg_shapes[spec[1]]))
                if size * spec[2].itemsize <= SMALL_ARG_BYTES:
                    upload = -(-upload // SMALL_ALIGN) * SMALL_ALIGN
                    owned[s] = upload
                    self.small_args.append((spec[1], upload, size * spec[2].itemsize))
                    upload += size * spec[2].itemsize
                else:
                    owned[s] = Buffer(dev.name, size, spec[2])
                    self.arg_copies.append((spec[1], owned[s]))
                if s in written:
                    self.write_back.append((spec[1], owned[s]))
        self.staging = np.zeros(max(upload, 4), np.uint8)  # the upload's host side, rewritten each call
        self.var_values = self.staging[:4 * len(gather_names)].view(np.int32)
        self.upload = Buffer(dev.name, max(upload, 4), uint8)
        base = self.upload.handle.address

        def address(s: int) -> int:
            spec = rec.slots[s]
            if spec[0] == "fixed":
                return spec[1].handle.address
            if s in owned:
                return base + owned[s] if isinstance(owned[s], int) else owned[s].handle.address
            return self.arena.buffers[s].handle.address
        self.kernels = len(rec.steps)
        launches = []
        for st, offset in zip(rec.steps, offsets):
            k = st.sk.loop
            prog = dev.compile(GRAPH_RENDERER.render(k), k) if graph_form(k) else st.prog
            words = [ctypes.c_uint64(address(s)) for s in st.slots]
            if k.vars:
                words.append(ctypes.c_uint64(base + 4 * offset))
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
        cu, stream, staging = self.dev.cu, self.dev.stream, self.staging
        for i, owned in self.arg_copies:
            a = args[i]
            self.rec.check_argument(i, a, owned.size)
            _check(cu.cuMemcpyDtoDAsync(owned.handle.ptr, a.handle.ptr, a.nbytes, stream))
        on_device = []  # small arguments already on the device: copied over their part of the upload after it
        for i, at, nbytes in self.small_args:
            a = args[i]
            self.rec.check_argument(i, a, nbytes // a.dtype.itemsize)
            host = a.host_pending
            if host is None:
                on_device.append((at, a))
            else:
                staging[at:at + host.nbytes] = host.view(np.uint8)
        values = self.var_values
        for nm, at in self.places:
            values[at] = env[nm]
        if self.places or len(on_device) < len(self.small_args):
            _check(cu.cuMemcpyHtoDAsync(self.upload.handle.ptr, staging.ctypes.data, staging.nbytes, stream))
        for at, a in on_device:
            _check(cu.cuMemcpyDtoDAsync(self.upload.handle.address + at, a.handle.ptr, a.nbytes, stream))
        _check(cu.cuGraphLaunch(self.exec, stream))
        for i, owned in self.write_back:
            src = self.upload.handle.address + owned if isinstance(owned, int) else owned.handle.ptr
            _check(cu.cuMemcpyDtoDAsync(args[i].handle.ptr, src, args[i].nbytes, stream))
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
