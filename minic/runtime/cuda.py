"""CUDA: NVRTC compiles the rendered CUDA C++ to machine code, the driver API runs it.

Everything goes through `cuda-python` (`cuda.bindings.driver` and `cuda.bindings.nvrtc`);
kernels run on one stream, and `time_launch` times a kernel with CUDA events.
`compile_ptx(source)` needs only NVRTC (no GPU, no driver): CI uses it to
check that every CUDA kernel compiles on a machine without a GPU.
"""
from __future__ import annotations

import ctypes
import weakref
from collections.abc import Callable

import numpy as np

from minic.codegen.cuda import CUDARenderer, dynamic_shared_bytes
from minic.errors import CompileError, DeviceError
from minic.ir.symbolic import evaluate
from minic.runtime import cache
from minic.runtime.cuda_readback import PinnedReadback
from minic.runtime.device import Device, Program, packed_arguments
from minic.sched.loopir import LoopKernel
from minic.sched.target import Target

PINNED_READ_BYTES = 1 << 20  # reads up to this size go through a kept pinned block (PinnedReadback.read)
MAX_GRID_X = 65535  # kernels fold larger grids into y (see minic.sched.rules.nest.grid)


def fold_grid(groups: int) -> tuple[int, int]:
    """(grid x, grid y) for `groups` groups: beyond MAX_GRID_X they fold into y (kernels use the flat index)."""
    return min(groups, MAX_GRID_X), (groups + MAX_GRID_X - 1) // MAX_GRID_X if groups else 0


def _nvrtc():
    from cuda.bindings import nvrtc
    return nvrtc


def nvrtc_version() -> str:
    err, major, minor = _nvrtc().nvrtcVersion()
    return f"{major}.{minor}"


def _compile(source: str, arch: str, name: str = "minic.cu", options: tuple[str, ...] = ()) -> tuple[bytes, str]:
    """Compile with NVRTC for `arch` (compute_XX gives PTX, sm_XX a cubin) with further NVRTC `options`; returns
    (binary, log)."""
    nv = _nvrtc()
    ok = nv.nvrtcResult.NVRTC_SUCCESS
    err, prog = nv.nvrtcCreateProgram(source.encode(), name.encode(), 0, [], [])
    if err != ok:
        raise CompileError(f"nvrtcCreateProgram failed: {err}")
    try:
        opts = [f"--gpu-architecture={arch}".encode(), b"--std=c++17", *(o.encode() for o in options)]
        (err,) = nv.nvrtcCompileProgram(prog, len(opts), opts)
        # NVRTC writes into these buffers: they must be bytearrays. b" " * 1 is CPython's shared one-byte
        # b" " object, and an empty log (size 1) overwrote it with NUL for the whole process
        _, size = nv.nvrtcGetProgramLogSize(prog)
        log = bytearray(size)
        nv.nvrtcGetProgramLog(prog, log)
        log_text = log.decode(errors="replace").rstrip("\x00 \n")
        if err != ok:
            raise CompileError(f"NVRTC rejected the kernel for {arch}:\n{log_text}\n--- source ---\n{source}")
        cubin = arch.startswith("sm_")
        _, size = (nv.nvrtcGetCUBINSize if cubin else nv.nvrtcGetPTXSize)(prog)
        out = bytearray(size)
        (nv.nvrtcGetCUBIN if cubin else nv.nvrtcGetPTX)(prog, out)
        return bytes(out), log_text
    finally:
        nv.nvrtcDestroyProgram(prog)


def compile_ptx(source: str, arch: str = "compute_80") -> str:
    """PTX text for `source`; needs only the NVRTC library (`pip install cuda-python nvidia-cuda-nvrtc`)."""
    return _compile(source, arch)[0].rstrip(b"\x00").decode()


def _check(result):
    """cuda-python returns (CUresult, *values): raise on error, else return the values. (CUresult is an int enum,
    CUDA_SUCCESS is 0: the test imports nothing, a replay makes several of these calls a token.)"""
    err, rest = result[0], result[1:]
    if err:
        from cuda.bindings import driver as cu
        _, name = cu.cuGetErrorName(err)
        raise DeviceError(f"CUDA driver error {name.decode() if isinstance(name, bytes) else name}")
    return rest[0] if len(rest) == 1 else rest


class CUDABuffer:
    """Device memory; handed back to its device's pool when the minic Buffer that holds it is collected."""

    def __init__(self, ptr, nbytes: int, release):
        self.ptr, self.nbytes, self.address = ptr, nbytes, int(ptr)
        self._free = weakref.finalize(self, release, ptr, nbytes)


class MemoryPool:
    """Freed device memory kept by size for the next allocation of that size. cuMemFree waits for the whole
    device, so freeing each replay's outputs would stall the stream once a token; and a decode step allocates
    the same few sizes every call. Reuse is safe because every kernel and copy runs on one stream, in order."""

    def __init__(self, cu, ctx):
        self.cu, self.ctx, self.free = cu, ctx, {}

    def take(self, nbytes: int):
        ptrs = self.free.get(nbytes)
        if ptrs:
            return ptrs.pop()
        _check(self.cu.cuCtxSetCurrent(self.ctx))  # this thread may not have the context current yet
        err, ptr = self.cu.cuMemAlloc(nbytes)
        if err == self.cu.CUresult.CUDA_ERROR_OUT_OF_MEMORY and self.free:
            self.trim()  # memory kept for other sizes may be what this one needs
            err, ptr = self.cu.cuMemAlloc(nbytes)
        return _check((err, ptr))

    def give(self, ptr, nbytes: int) -> None:
        self.free.setdefault(nbytes, []).append(ptr)

    def trim(self) -> None:
        for ptrs in self.free.values():
            for ptr in ptrs:
                self.cu.cuMemFree(ptr)
        self.free.clear()


class CUDADevice(Device):
    name = "CUDA"
    renderer = CUDARenderer()

    def __init__(self, ordinal: int = 0):
        from cuda.bindings import driver as cu  # ImportError: the registry says what to install
        self.cu = cu
        _check(cu.cuInit(0))
        if _check(cu.cuDeviceGetCount()) <= ordinal:
            raise DeviceError("the NVIDIA driver is present but reports no GPU")
        self.dev = _check(cu.cuDeviceGet(ordinal))
        self.ctx = _check(cu.cuDevicePrimaryCtxRetain(self.dev))
        _check(cu.cuCtxSetCurrent(self.ctx))
        self.stream = _check(cu.cuStreamCreate(0))
        self.pool = MemoryPool(cu, self.ctx)
        self.readback: PinnedReadback | None = None  # made by the first copyout_async
        self.cc = (self.attr("COMPUTE_CAPABILITY_MAJOR"), self.attr("COMPUTE_CAPABILITY_MINOR"))
        self.arch = f"sm_{self.cc[0]}{self.cc[1]}"
        super().__init__()

    def attr(self, name: str) -> int:
        a = getattr(self.cu.CUdevice_attribute, "CU_DEVICE_ATTRIBUTE_" + name)
        return int(_check(self.cu.cuDeviceGetAttribute(a, self.dev)))

    def make_target(self) -> Target:
        try:  # theoretical bandwidth: memory clock (kHz) x bus width (bits) x 2 (DDR)
            gbps = self.attr("MEMORY_CLOCK_RATE") * 1e3 * self.attr("GLOBAL_MEMORY_BUS_WIDTH") / 8 * 2 / 1e9
        except Exception:
            gbps = 0.0
        return Target(name=self.name, gpu=True, max_threads=self.attr("MAX_THREADS_PER_BLOCK"),
                      warp=self.attr("WARP_SIZE"), lane_shuffles=True,
                      shared_bytes=self.attr("MAX_SHARED_MEMORY_PER_BLOCK_OPTIN"),
                      fp16=True, max_buffers=64, multiprocessors=self.attr("MULTIPROCESSOR_COUNT"), peak_gbps=gbps,
                      multiprocessor_threads=self.attr("MAX_THREADS_PER_MULTIPROCESSOR"),
                      multiprocessor_groups=self.attr("MAX_BLOCKS_PER_MULTIPROCESSOR"),
                      mma=self.cc >= (8, 0), wide_copy_bytes=16, device_scratch=True,
                      byte_dot="native" if self.cc >= (6, 1) else "")

    # --- compile and launch ---------------------------------------------------------
    def build(self, source: str, kernel: LoopKernel) -> Program:
        key = cache.key_of("cuda", self.arch, nvrtc_version(), source)
        cubin = cache.cached(key, lambda: _compile(source, self.arch)[0], ".cubin")
        _check(self.cu.cuCtxSetCurrent(self.ctx))
        module = _check(self.cu.cuModuleLoadData(cubin))
        fn = _check(self.cu.cuModuleGetFunction(module, kernel.name.encode()))
        shared = dynamic_shared_bytes(kernel)
        if shared:
            attribute = self.cu.CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
            _check(self.cu.cuFuncSetAttribute(fn, attribute, shared))
        return Program(kernel.name, source, fn, kernel, {"module": module, "cubin": cubin, "shared": shared})

    def launch_dims(self, kernel: LoopKernel, var_values: list[int]) -> tuple[int, int, int]:
        """(grid x, grid y, threads): groups beyond MAX_GRID_X fold into grid y."""
        vals = {s.name: v for s, v in zip(kernel.vars, var_values)}
        groups = int(evaluate(kernel.global_size[0], vals)) if not isinstance(kernel.global_size[0], int) \
            else kernel.global_size[0]
        return (*fold_grid(groups), int(kernel.local_size[0]))

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        def pack() -> tuple:  # the grid and the argument pointers: a replayed launch is one driver call
            gx, gy, threads = self.launch_dims(prog.kernel, var_values)
            args = [ctypes.c_uint64(h.address) for h in handles] + [ctypes.c_int(int(v)) for v in var_values]
            ptrs = (ctypes.c_void_p * len(args))(*[ctypes.addressof(a) for a in args])
            return gx, gy, threads, ptrs, args  # `args` keeps what `ptrs` points at alive
        key = (tuple(h.address for h in handles), tuple(var_values))
        gx, gy, threads, ptrs = packed_arguments(prog, key, pack)[:4]
        if gx == 0:
            return
        _check(self.cu.cuLaunchKernel(prog.fn, gx, gy, 1, threads, 1, 1, prog.extra["shared"], self.stream,
                                      ctypes.addressof(ptrs), 0))

    def free_bytes(self) -> int | None:
        free, _ = _check(self.cu.cuMemGetInfo())
        return int(free) + sum(n * len(ptrs) for n, ptrs in self.pool.free.items())  # the pool's blocks are free too

    def replayer(self, recording) -> tuple:
        """One CUDA Graph launch per replay: runtime/cuda_graph.py."""
        from minic.runtime.cuda_graph import CUDAGraphReplay
        return CUDAGraphReplay.make(self, recording)

    def time_launch(self, prog: Program, handles: list, var_values: list[int], reps: int = 10,
                    warmup: int = 2) -> float:
        """Seconds per launch of `prog`, measured with CUDA events around `reps` back-to-back launches."""
        for _ in range(warmup):
            self.launch(prog, handles, var_values)
        start, end = _check(self.cu.cuEventCreate(0)), _check(self.cu.cuEventCreate(0))
        try:
            _check(self.cu.cuEventRecord(start, self.stream))
            for _ in range(reps):
                self.launch(prog, handles, var_values)
            _check(self.cu.cuEventRecord(end, self.stream))
            _check(self.cu.cuEventSynchronize(end))
            ms = _check(self.cu.cuEventElapsedTime(start, end))
        finally:
            self.cu.cuEventDestroy(start)
            self.cu.cuEventDestroy(end)
        return ms / 1e3 / reps

    # --- memory -----------------------------------------------------------------------
    def alloc(self, nbytes: int) -> CUDABuffer:
        nbytes = -(-nbytes // 256) * 256  # sizes in 256-byte steps: more of them find a kept block
        return CUDABuffer(self.pool.take(nbytes), nbytes, self.pool.give)

    def copyin(self, handle: CUDABuffer, data: np.ndarray) -> None:
        data = np.ascontiguousarray(data)
        _check(self.cu.cuMemcpyHtoDAsync(handle.ptr, data.ctypes.data, data.nbytes, self.stream))
        _check(self.cu.cuStreamSynchronize(self.stream))  # `data` may be a temporary

    def copyout(self, out: np.ndarray, handle: CUDABuffer) -> None:
        if out.nbytes <= PINNED_READ_BYTES:  # a token id, a row of logits: through a kept pinned block
            self._readback().read(out, handle.ptr)
            return
        _check(self.cu.cuMemcpyDtoHAsync(out.ctypes.data, handle.ptr, out.nbytes, self.stream))
        _check(self.cu.cuStreamSynchronize(self.stream))

    def copyout_async(self, out: np.ndarray, handle: CUDABuffer) -> Callable[[], np.ndarray]:
        return self._readback().start(out, handle.ptr)

    def _readback(self) -> PinnedReadback:
        if self.readback is None:
            self.readback = PinnedReadback(self.cu, self.stream, _check)
        return self.readback

    def synchronize(self) -> None:
        _check(self.cu.cuStreamSynchronize(self.stream))
