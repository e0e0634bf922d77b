"""WebGPU replay: a whole jit recording is one command encoder and one queue submit.

WebGPU has nothing like a CUDA Graph to capture, and what a kernel-by-kernel replay pays for is a submit (and a
bind group, and a uniform buffer) per dispatch. So everything a dispatch needs is made once, when the replay is
built, and a call only records dispatches into one encoder and submits it:

  * buffers: a bind group names its buffers, so temporaries get device memory sized for the Vars' bounds (an
    `Arena`, sized by the bytes WGSL stores: bool, int8 and uint8 take 4 bytes an element), and the call's
    arguments are copied into replay-owned buffers at the start of the encoder (one still on the host, a token
    id from Buffer.load, is written there by the queue instead), outputs copied out into fresh
    buffers at its end (a returned tensor is never overwritten by a later call); an argument a kernel writes is
    copied back.
  * Var values: every step that takes Vars reads its own region of one uniform buffer, bound once in its bind
    group; a call writes all regions with one `queue.write_buffer`, which the queue orders after the work
    submitted before it and before the submit that follows.
  * grids: the encoder is recorded anew each call, so a grid that grows with a Var is dispatched at this call's
    size; a step with no groups is left out.

Per dispatch a call does set_pipeline, set_bind_group and dispatch_workgroups, nothing else, and calls them on
wgpu-native's C functions directly (`_direct_pass`): wgpu-py's wrappers spend most of a dispatch's host time on
argument checks and a fresh cffi array per bind group, and a decode token has a hundred dispatches or more.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from minic.dtype import DType, int32
from minic.ir.symbolic import evaluate
from minic.ir.view import prod
from minic.runtime.buffer import Buffer
from minic.runtime.replay import Arena, Recording, largest
from minic.runtime.webgpu import grid, storage_np, stored_bytes, uniform_bytes


def _as_stored(spec: tuple) -> tuple:
    """A temporary's slot with a dtype as wide as its device storage, so that an `Arena` sizes blocks in device
    bytes (bool, int8, uint8 and bfloat16 are stored as 4-byte words)."""
    if spec[0] != "temp" or storage_np(spec[2].np).itemsize == spec[2].itemsize:
        return spec
    return (spec[0], spec[1], int32, spec[3])


def _direct_pass(dispatches: list) -> tuple | None:
    """wgpu-native's (SetPipeline, SetBindGroup, DispatchWorkgroups, NULL) and the raw (pipeline, bind group)
    handles of `dispatches`, or None where this wgpu has no such private module or handles (then the public
    methods encode the same commands). The replay holds the pipeline and bind group objects, so the raw handles
    stay alive."""
    try:
        from wgpu.backends.wgpu_native._ffi import ffi, lib
        handles = [(pipeline._internal, group._internal) for pipeline, group in dispatches]
        return (lib.wgpuComputePassEncoderSetPipeline, lib.wgpuComputePassEncoderSetBindGroup,
                lib.wgpuComputePassEncoderDispatchWorkgroups, ffi.NULL, handles)
    except (ImportError, AttributeError):
        return None


class WebGPUReplay:
    """A recording replayed as one encoder and one submit (see the module docstring)."""

    def __init__(self, dev, rec: Recording):
        self.dev, self.rec = dev, rec
        self.outs = rec.temp_outputs
        arena = Arena(replace(rec, slots=[_as_stored(spec) for spec in rec.slots]), keep=set(self.outs))
        blocks = {id(b): dev.storage_buffer(b.nbytes) for b in arena.buffers.values()}
        memory = self.memory = {s: blocks[id(b)] for s, b in arena.buffers.items()}  # each slot's device buffer
        # replay-owned copies of the arguments, each sized for its shape at the Vars' bounds
        self.arg_copies: list[tuple[int, DType, int, object]] = []  # (argument index, dtype, elements, buffer)
        self.write_back: list[tuple[int, DType, object]] = []  # (argument index, dtype, buffer): a kernel writes it
        written = rec.written_slots()
        for s, spec in enumerate(rec.slots):
            if spec[0] == "fixed":
                memory[s] = spec[1].handle.ensure(dev, spec[1].dtype.np)
            elif spec[0] == "arg":
                count = largest(prod(rec.arg_shapes[spec[1]]))
                memory[s] = dev.storage_buffer(stored_bytes(spec[2].np, count))
                self.arg_copies.append((spec[1], spec[2], count, memory[s]))
                if s in written:
                    self.write_back.append((spec[1], spec[2], memory[s]))
        # one uniform region per step that takes Vars, at the device's offset alignment; `gather` picks each i32 of
        # the buffer from the call's values (index len(var_names): a padding zero)
        self.var_names = rec.var_names
        index = {nm: i for i, nm in enumerate(self.var_names)}
        align = dev.device.limits.get("min-uniform-buffer-offset-alignment", 256)
        gather: list[int] = []
        offsets = []
        for st in rec.steps:
            offsets.append(4 * len(gather))
            if st.var_names:
                words = [index[nm] for nm in st.var_names]
                region = -(-uniform_bytes(st.prog.kernel) // align) * align
                gather += words + [len(self.var_names)] * (region // 4 - len(words))
        self.gather = np.array(gather, dtype=np.int64)
        self.uniforms = dev.device.create_buffer(size=max(16, 4 * len(gather)),
                                                 usage=dev.wgpu.BufferUsage.UNIFORM | dev.wgpu.BufferUsage.COPY_DST)
        # per step: its pipeline and bind group, and its workgroups (fixed, or from a grid expression per call)
        self.dispatches = []
        self.dims: list[tuple[int, int] | None] = []  # None: set per call from `grown`
        exprs: dict = {}  # distinct grid expressions over the Vars -> their index in self.exprs
        self.grown: list[tuple[int, int]] = []  # (step, expression) for every grid that changes with the Vars
        for i, (st, offset) in enumerate(zip(rec.steps, offsets)):
            k = st.prog.kernel
            uniform = (self.uniforms, offset) if k.vars else None
            self.dispatches.append((st.prog.fn, dev.bind_group(st.prog, [memory[s] for s in st.slots], uniform)))
            g = k.global_size[0]
            self.dims.append(grid(g) if isinstance(g, int) else None)
            if not isinstance(g, int):
                self.grown.append((i, exprs.setdefault(g, len(exprs))))
        self.exprs = list(exprs)
        self.direct = _direct_pass(self.dispatches)

    def run(self, args: list[Buffer], env: dict) -> list:
        dev = self.dev
        enc = dev.device.create_command_encoder()
        for i, dtype, count, owned in self.arg_copies:
            a = args[i]
            self.rec.check_argument(i, a, count)
            if a.host_pending is not None:  # still on the host (Buffer.load): written straight into the copy
                dev.write(owned, a.host_pending)
            else:
                enc.copy_buffer_to_buffer(a.handle.ensure(dev, dtype.np), 0, owned, 0, stored_bytes(dtype.np, a.size))
        if len(self.gather):
            values = np.array([env[nm] for nm in self.var_names] + [0], dtype=np.int32)[self.gather]
            dev.device.queue.write_buffer(self.uniforms, 0, values)
        dims = self.dims.copy()
        sizes = [grid(int(evaluate(g, env))) for g in self.exprs]
        for i, e in self.grown:
            dims[i] = sizes[e]
        cpass = enc.begin_compute_pass()
        if self.direct:
            set_pipeline, set_bind_group, dispatch, null, handles = self.direct
            raw = cpass._internal
            for (pipeline, group), (gx, gy) in zip(handles, dims):
                if gx:
                    set_pipeline(raw, pipeline)
                    set_bind_group(raw, 0, group, 0, null)
                    dispatch(raw, gx, gy, 1)
        else:
            for (pipeline, group), (gx, gy) in zip(self.dispatches, dims):
                if gx:
                    cpass.set_pipeline(pipeline)
                    cpass.set_bind_group(0, group)
                    cpass.dispatch_workgroups(gx, gy, 1)
        cpass.end()
        for i, dtype, owned in self.write_back:
            enc.copy_buffer_to_buffer(owned, 0, args[i].handle.ensure(dev, dtype.np), 0,
                                      stored_bytes(dtype.np, args[i].size))
        fresh = {}
        for s in self.outs:
            buf = fresh[s] = self.rec.new_output(s, env)
            enc.copy_buffer_to_buffer(self.memory[s], 0, buf.handle.ensure(dev, buf.dtype.np), 0,
                                      stored_bytes(buf.dtype.np, buf.size))
        dev.device.queue.submit([enc.finish()])
        return self.rec.results(fresh, args)
