"""CUDA with pycuda as the launcher (MINIC_CUDA_LAUNCHER=pycuda, extra `pycuda`).

NVRTC still compiles each kernel (the same cubin, the same disk cache as the
default cuda-python backend); pycuda owns the context, the memory, the stream
and the launches. Useful where a project already runs on pycuda and wants
minic's kernels on the same context.
"""
from __future__ import annotations

import atexit

import numpy as np

from minic.codegen.cuda import dynamic_shared_bytes
from minic.errors import DeviceError
from minic.runtime import cache
from minic.runtime.cuda import CUDADevice, _compile, nvrtc_version
from minic.runtime.device import Device, Program
from minic.sched.loopir import LoopKernel


class PyCUDABuffer:
    def __init__(self, alloc, nbytes: int):
        self.alloc, self.nbytes, self.address = alloc, nbytes, int(alloc)


class PyCUDADevice(CUDADevice):
    name = "CUDA"

    replayer = Device.replayer  # pycuda has no CUDA Graph API to build on: its replays launch kernel by kernel

    def __init__(self, ordinal: int = 0):
        import pycuda.driver as drv  # ImportError: the registry says what to install
        drv.init()
        if drv.Device.count() <= ordinal:
            raise DeviceError("the NVIDIA driver is present but reports no GPU")
        self.drv = drv
        self.dev = drv.Device(ordinal)
        self.ctx = self.dev.retain_primary_context()
        self.ctx.push()
        atexit.register(self._release)  # pycuda aborts the process if a context is still pushed at exit
        self.stream = drv.Stream()
        self.cc = self.dev.compute_capability()
        self.arch = f"sm_{self.cc[0]}{self.cc[1]}"
        Device.__init__(self)

    def _release(self) -> None:
        self.synchronize()
        self.ctx.pop()

    def attr(self, name: str) -> int:
        return int(self.dev.get_attribute(getattr(self.drv.device_attribute, name)))

    def describe(self) -> str:
        return f"{self.dev.name()} through pycuda"

    def build(self, source: str, kernel: LoopKernel) -> Program:
        key = cache.key_of("cuda", self.arch, nvrtc_version(), source)
        cubin = cache.cached(key, lambda: _compile(source, self.arch)[0], ".cubin")
        module = self.drv.module_from_buffer(cubin)
        fn, shared = module.get_function(kernel.name), dynamic_shared_bytes(kernel)
        if shared:
            fn.set_attribute(self.drv.function_attribute.MAX_DYNAMIC_SHARED_SIZE_BYTES, shared)
        return Program(kernel.name, source, fn, kernel, {"module": module, "shared": shared})

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        gx, gy, threads = self.launch_dims(prog.kernel, var_values)
        if gx == 0:
            return
        prog.fn(*[h.alloc for h in handles], *[np.int32(v) for v in var_values], block=(threads, 1, 1),
                grid=(gx, gy), stream=self.stream, shared=prog.extra["shared"])

    def time_launch(self, prog: Program, handles: list, var_values: list[int], reps: int = 10,
                    warmup: int = 2) -> float:
        for _ in range(warmup):
            self.launch(prog, handles, var_values)
        start, end = self.drv.Event(), self.drv.Event()
        start.record(self.stream)
        for _ in range(reps):
            self.launch(prog, handles, var_values)
        end.record(self.stream)
        end.synchronize()
        return start.time_till(end) / 1e3 / reps

    def alloc(self, nbytes: int) -> PyCUDABuffer:
        return PyCUDABuffer(self.drv.mem_alloc(nbytes), nbytes)

    def copyin(self, handle: PyCUDABuffer, data: np.ndarray) -> None:
        self.drv.memcpy_htod_async(handle.alloc, np.ascontiguousarray(data), self.stream)
        self.stream.synchronize()  # `data` may be a temporary

    def copyout(self, out: np.ndarray, handle: PyCUDABuffer) -> None:
        self.drv.memcpy_dtoh_async(out, handle.alloc, self.stream)
        self.stream.synchronize()

    def synchronize(self) -> None:
        self.stream.synchronize()
