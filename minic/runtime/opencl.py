"""OpenCL through pyopencl: any OpenCL 1.2+ device (a GPU, or PoCL on the CPU).

$MINIC_CL_DEVICE picks a device by a substring of its name; otherwise the first
GPU is used, else the first device of any kind. Kernels run on one in-order
queue with profiling on, so `time_launch` reads event timestamps."""
from __future__ import annotations

import os
from collections.abc import Callable

import numpy as np

from minic.codegen.opencl import OpenCLRenderer
from minic.errors import CompileError, DeviceError
from minic.ir.symbolic import evaluate
from minic.runtime.device import Device, Program
from minic.sched.loopir import LoopKernel
from minic.sched.target import Target

MAX_GRID_X = 65535


def ndrange(groups: int, threads: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """Global and local work sizes for `groups` work groups of `threads` (x holds at most MAX_GRID_X groups;
    kernels fold y back in)."""
    return (min(groups, MAX_GRID_X) * threads, -(-groups // MAX_GRID_X)), (threads, 1)


def pick_device(cl):
    try:
        devices = [d for p in cl.get_platforms() for d in p.get_devices()]
    except cl.Error as e:
        raise DeviceError(f"no OpenCL platform is installed ({e}); on Debian/Ubuntu: apt-get install "
                          "pocl-opencl-icd for the CPU, or your GPU vendor's OpenCL driver") from None
    want = os.environ.get("MINIC_CL_DEVICE")
    if want:
        devices = [d for d in devices if want.lower() in d.name.lower()]
    if not devices:
        raise DeviceError("no OpenCL device found" + (f" matching MINIC_CL_DEVICE={want!r}" if want else ""))
    gpus = [d for d in devices if d.type & cl.device_type.GPU]
    return (gpus or devices)[0]


class CLDevice(Device):
    name = "CL"

    def __init__(self):
        # PoCL's default work-group method ("loopvec") miscompiles a strided loop after barriers inside a
        # group-uniform `if` (PoCL 3.1: threads past the loop bound store); the plain "loops" method is correct
        os.environ.setdefault("POCL_WORK_GROUP_METHOD", "loops")
        import pyopencl as cl  # ImportError: the registry says what to install
        self.cl = cl
        self.dev = pick_device(cl)
        self.ctx = cl.Context([self.dev])
        self.queue = cl.CommandQueue(self.ctx, properties=cl.command_queue_properties.PROFILING_ENABLE)
        self.fp16 = "cl_khr_fp16" in self.dev.extensions
        self.renderer = OpenCLRenderer(fp16=self.fp16)
        super().__init__()

    def make_target(self) -> Target:
        # float16 always works: natively with cl_khr_fp16, else stored as bits and widened to float
        return Target(name=self.name, gpu=True, max_threads=self.dev.max_work_group_size, warp=1,
                      shared_bytes=self.dev.local_mem_size, fp16=True, max_buffers=64,
                      multiprocessors=self.dev.max_compute_units, wide_copy_bytes=16, byte_dot="emulated",
                      uniform_exit_barriers=False,  # PoCL miscompiles them (rules/gpu_small_batch.py)
                      device_scratch=self.program_scope_globals())

    def program_scope_globals(self) -> bool:
        """Whether a program-scope global array with atomics (DeviceArray, OpenCL C 2.0) compiles here: a probe,
        since devices do not report it alike (PoCL runs them and reports no room for them; NVIDIA's rejects
        them)."""
        probe = ("volatile __global int minic_probe[1];\n"
                 "__kernel void probe(__global int* out) { out[0] = atomic_add(&minic_probe[0], 0); }")
        try:
            self.cl.Program(self.ctx, probe).build(options=["-cl-std=CL2.0"])
        except self.cl.Error:
            return False
        return True

    def describe(self) -> str:
        return f"{self.dev.name} ({self.dev.platform.name}){', cl_khr_fp16' if self.fp16 else ''}"

    def build(self, source: str, kernel: LoopKernel) -> Program:
        try:
            options = ["-cl-std=CL2.0"] if kernel.device_arrays else []  # program-scope arrays need C 2.0
            prog = self.cl.Program(self.ctx, source).build(options=options)
        except self.cl.RuntimeError as e:
            raise CompileError(f"OpenCL rejected kernel {kernel.name}:\n{e}\n--- source ---\n{source}") from None
        return Program(kernel.name, source, getattr(prog, kernel.name), kernel, {"program": prog})

    def launch_dims(self, kernel: LoopKernel, var_values: list[int]) -> tuple[tuple[int, int], tuple[int, int]]:
        """The global and local work sizes of a launch at these Var values."""
        vals = {s.name: v for s, v in zip(kernel.vars, var_values)}
        g = kernel.global_size[0]
        return ndrange(g if isinstance(g, int) else int(evaluate(g, vals)), int(kernel.local_size[0]))

    def launch(self, prog: Program, handles: list, var_values: list[int]):
        glob, local = self.launch_dims(prog.kernel, var_values)
        if glob[0] == 0:
            return None
        prog.fn.set_args(*handles, *[np.int32(v) for v in var_values])
        return self.cl.enqueue_nd_range_kernel(self.queue, prog.fn, glob, local)

    def replayer(self, recording) -> tuple:
        """Kernel objects with their fixed arguments set once, enqueued back to back: runtime/opencl_replay.py."""
        from minic.runtime.opencl_replay import OpenCLReplay
        return OpenCLReplay(self, recording), ""

    def time_launch(self, prog: Program, handles: list, var_values: list[int], reps: int = 10,
                    warmup: int = 2) -> float:
        """Seconds per launch from the events' start/end timestamps."""
        for _ in range(warmup):
            self.launch(prog, handles, var_values)
        events = [self.launch(prog, handles, var_values) for _ in range(reps)]
        self.queue.finish()
        events = [e for e in events if e is not None]
        return sum(e.profile.end - e.profile.start for e in events) / 1e9 / max(len(events), 1)

    def alloc(self, nbytes: int):
        return self.cl.Buffer(self.ctx, self.cl.mem_flags.READ_WRITE, nbytes)

    def copyin(self, handle, data: np.ndarray) -> None:
        self.cl.enqueue_copy(self.queue, handle, np.ascontiguousarray(data), is_blocking=True)

    def copyout(self, out: np.ndarray, handle) -> None:
        self.cl.enqueue_copy(self.queue, out, handle, is_blocking=True)

    def copyout_async(self, out: np.ndarray, handle) -> Callable[[], np.ndarray]:
        """The read is enqueued now, after the work queued so far, and waited for (its event alone) when the
        returned function is called: a greedy loop enqueues step i+1 before it reads step i's id."""
        done = self.cl.enqueue_copy(self.queue, out, handle, is_blocking=False)

        def wait() -> np.ndarray:
            done.wait()
            return out
        return wait

    def synchronize(self) -> None:
        self.queue.finish()
