"""WebGPU through the `wgpu` package (wgpu-native): Vulkan, Metal or D3D12 (not GL: see _prepare_instance), and
lavapipe on a machine without a GPU (apt-get install mesa-vulkan-drivers libvulkan1).

WGSL has no 8-bit or 16-bit integer types, so buffers of bool, int8 and uint8 are
stored widened to 32-bit integers and bfloat16 as u32 bits: `copyin` widens and
`copyout` narrows, and device memory for those dtypes is 4 bytes an element.
float16 needs the adapter's `shader-f16` feature; int64 is refused (DTypeError).
Var values travel in a small uniform buffer, one i32 each."""
from __future__ import annotations

import os
import time
from collections.abc import Callable

import numpy as np

from minic.codegen.wgsl import WGSLRenderer
from minic.dtype import DType
from minic.errors import CompileError, DeviceError, DTypeError
from minic.ir.symbolic import evaluate
from minic.runtime.device import Device, Program
from minic.sched.loopir import LoopKernel
from minic.sched.target import Target

MAX_GRID_X = 65535
WIDENED = {np.dtype("bool"): np.dtype("int32"), np.dtype("int8"): np.dtype("int32"),
           np.dtype("uint8"): np.dtype("int32"), np.dtype("uint16"): np.dtype("uint32")}  # uint16 = bfloat16 bits


def grid(groups: int) -> tuple[int, int]:
    """Workgroups along x and y for `groups` groups (x holds at most MAX_GRID_X; kernels fold y back in)."""
    return min(groups, MAX_GRID_X), -(-groups // MAX_GRID_X)


def uniform_bytes(kernel: LoopKernel) -> int:
    """Bytes of a kernel's Var uniform: one i32 a Var, in whole 16-byte rows."""
    return 16 * max(1, -(-len(kernel.vars) // 4))


def storage_np(host: np.dtype) -> np.dtype:
    """The numpy dtype a host dtype is stored as on the device."""
    host = np.dtype(host)
    if host == np.int64:
        raise DTypeError("WGSL has no 64-bit integers: int64 tensors cannot live on WEBGPU (use int32)")
    return WIDENED.get(host, host)


class WGPUBuffer:
    """Device memory for `nbytes` of host data; created on first use, once its element type is known."""

    def __init__(self, nbytes: int):
        self.nbytes, self.buf, self.host = nbytes, None, None

    def ensure(self, dev: WebGPUDevice, host: np.dtype):
        if self.buf is None:
            self.host = np.dtype(host)
            self.buf = dev.storage_buffer(self.nbytes // self.host.itemsize * storage_np(self.host).itemsize)
        return self.buf


def _host_dtype(d: DType) -> np.dtype:
    return d.np


def _prepare_instance() -> None:
    """Set up wgpu's process-wide instance before the first adapter request.

    Only the native GPU APIs (Vulkan, Metal, DX12), not GL: wgpu's GL backend starts EGL, and Mesa's EGL
    dlopens its DRI driver (swrast_dri.so, linked to the system's libLLVM) with RTLD_GLOBAL. Every library
    loaded later that exports LLVM symbols of its own then binds to that LLVM instead: triton's libtriton.so
    (imported by torch._dynamo, e.g. through transformers) crashes in its static constructors (SIGSEGV in
    llvm::DebugCounter). The Vulkan loader opens drivers RTLD_LOCAL, so lavapipe's LLVM stays private.

    With no display session (XDG_RUNTIME_DIR unset) Mesa's implicit device-select layer can only fail to ask
    a Wayland compositor which GPU it uses, and libwayland prints "error: XDG_RUNTIME_DIR is invalid or not
    set in the environment." on each try; NODEVICE_SELECT=1 (the layer's own switch) skips it then, unless
    MESA_VK_DEVICE_SELECT asks the layer for a device. A program that made wgpu's instance already keeps it."""
    if not os.environ.get("XDG_RUNTIME_DIR", "").startswith("/") and "MESA_VK_DEVICE_SELECT" not in os.environ:
        os.environ.setdefault("NODEVICE_SELECT", "1")
    from wgpu.backends.wgpu_native.extras import set_instance_extras
    try:
        set_instance_extras(backends=["Vulkan", "Metal", "DX12"])
    except RuntimeError:  # "Instance already exists"
        pass


# multiprocessors guessed per adapter type where WebGPU does not say (see `multiprocessors`)
GUESSED_MULTIPROCESSORS = {"DiscreteGPU": 64, "IntegratedGPU": 16}


def stored_bytes(host: np.dtype, count: int) -> int:
    """Device bytes of `count` elements of host dtype `host` in whole 4-byte words (what a buffer copy or read
    moves; bool and 8-bit integers are stored as 4-byte words)."""
    return -(-count * storage_np(host).itemsize // 4) * 4


def _fill(out: np.ndarray, raw) -> None:
    """`out` from the stored bytes `raw` (bool and 8-bit integers come back as 4-byte words)."""
    vals = np.frombuffer(raw, dtype=storage_np(out.dtype), count=out.size)
    out[...] = vals != 0 if out.dtype == np.bool_ else vals.astype(out.dtype)


def multiprocessors(info: dict) -> int:
    """The multiprocessor count the rules size grids by (a GEMV's warps per column, a long row's threads: both
    want enough groups to fill every multiprocessor). WebGPU does not report it, and taking 1 left GPT-2's decode
    GEMVs 48 to 192 groups and the argmax one group of 256 threads (bench/README.md, fifteenth session). So:
    $MINIC_WEBGPU_MULTIPROCESSORS when set; else a guess by adapter type (a discrete GPU's 64, an integrated
    GPU's 16, a software renderer's CPU cores). Guessing high costs a few idle warps; low, a GPU left waiting."""
    given = os.environ.get("MINIC_WEBGPU_MULTIPROCESSORS", "")
    if given:
        if not given.isdigit() or int(given) < 1:
            raise DeviceError(f"MINIC_WEBGPU_MULTIPROCESSORS must be a positive whole number, got {given!r}")
        return int(given)
    if info.get("adapter_type") == "CPU":
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return GUESSED_MULTIPROCESSORS.get(info.get("adapter_type", ""), 1)


class WebGPUDevice(Device):
    name = "WEBGPU"

    def __init__(self):
        import wgpu  # ImportError: the registry says what to install
        self.wgpu = wgpu
        _prepare_instance()
        adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
        if adapter is None:
            raise DeviceError("wgpu found no Vulkan, Metal or DX12 adapter (no GPU driver, and no Vulkan software "
                              "renderer such as lavapipe: apt-get install mesa-vulkan-drivers libvulkan1)")
        self.adapter = adapter
        info = dict(adapter.info)
        features = [f for f in ("shader-f16", "subgroup", "timestamp-query") if f in adapter.features]
        names = ("max-storage-buffers-per-shader-stage", "max-buffer-size", "max-storage-buffer-binding-size",
                 "max-compute-invocations-per-workgroup", "max-compute-workgroup-size-x",
                 "max-compute-workgroup-storage-size")
        limits = {k: adapter.limits[k] for k in names if k in adapter.limits}
        self.device = adapter.request_device_sync(required_features=features, required_limits=limits)
        self.limits, self.features, self.info = limits, set(features), info
        lo = info.get("subgroup_min_size", info.get("stackgroup_min_size", 0))
        hi = info.get("subgroup_max_size", info.get("stackgroup_max_size", 0))
        # a reduction tree needs the subgroup width at compile time: only a fixed width qualifies
        self.subgroup = lo if "subgroup" in self.features and lo and lo == hi else 1
        self.renderer = WGSLRenderer(f16="shader-f16" in self.features, subgroups=self.subgroup > 1)
        self._sync = None
        self._staging: dict[int, list] = {}  # mappable buffers of copyout_async, by size, for reuse
        self.staging_made = 0  # ... made so far: a caller that never waits would make this grow
        super().__init__()

    def make_target(self) -> Target:
        lim = self.limits
        return Target(name=self.name, gpu=True, multiprocessors=multiprocessors(self.info),
                      max_threads=min(lim.get("max-compute-invocations-per-workgroup", 256),
                                      lim.get("max-compute-workgroup-size-x", 256)),
                      warp=self.subgroup, shared_bytes=lim.get("max-compute-workgroup-storage-size", 16384),
                      fp16="shader-f16" in self.features,
                      max_buffers=lim.get("max-storage-buffers-per-shader-stage", 8))

    def describe(self) -> str:
        return f"{self.info.get('device', '?')} ({self.info.get('backend_type', '?')}); features: " \
               f"{', '.join(sorted(self.features)) or 'none'}"

    def storage_buffer(self, nbytes: int):
        """Untyped device memory for at least `nbytes` (whole 4-byte words, 16 bytes at least) that kernels bind
        and copies read and write."""
        usage = self.wgpu.BufferUsage.STORAGE | self.wgpu.BufferUsage.COPY_SRC | self.wgpu.BufferUsage.COPY_DST
        return self.device.create_buffer(size=max(16, -(-nbytes // 4) * 4), usage=usage)

    # --- compile and launch ---------------------------------------------------------
    def build(self, source: str, kernel: LoopKernel) -> Program:
        wgpu = self.wgpu
        if len(kernel.bufs) > self.target.max_buffers:
            raise DeviceError(f"kernel {kernel.name} binds {len(kernel.bufs)} buffers; this adapter allows "
                              f"{self.target.max_buffers} per shader")
        try:
            module = self.device.create_shader_module(code=source)
        except Exception as e:
            raise CompileError(f"WebGPU rejected kernel {kernel.name}:\n{e}\n--- source ---\n{source}") from None
        storage, ro = wgpu.BufferBindingType.storage, wgpu.BufferBindingType.read_only_storage
        entries = [{"binding": i, "visibility": wgpu.ShaderStage.COMPUTE,
                    "buffer": {"type": storage if b.writable else ro}} for i, b in enumerate(kernel.bufs)]
        if kernel.vars:
            entries.append({"binding": len(kernel.bufs), "visibility": wgpu.ShaderStage.COMPUTE,
                            "buffer": {"type": wgpu.BufferBindingType.uniform}})
        layout = self.device.create_bind_group_layout(entries=entries)
        pipeline = self.device.create_compute_pipeline(
            layout=self.device.create_pipeline_layout(bind_group_layouts=[layout]),
            compute={"module": module, "entry_point": kernel.name})
        return Program(kernel.name, source, pipeline, kernel, {"layout": layout})

    def launch_dims(self, kernel: LoopKernel, var_values: list[int]) -> tuple[int, int, int]:
        vals = {s.name: v for s, v in zip(kernel.vars, var_values)}
        g = kernel.global_size[0]
        return (*grid(g if isinstance(g, int) else int(evaluate(g, vals))), int(kernel.local_size[0]))

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        gx, gy, _ = self.launch_dims(prog.kernel, var_values)
        if gx == 0:
            return
        uniform = None
        if prog.kernel.vars:
            data = np.zeros(uniform_bytes(prog.kernel) // 4, dtype=np.int32)
            data[:len(var_values)] = var_values
            ubuf = self.device.create_buffer_with_data(data=data.tobytes(), usage=self.wgpu.BufferUsage.UNIFORM)
            uniform = (ubuf, 0)
        group = self.bind_group(prog, [h.ensure(self, _host_dtype(b.dtype)) for h, b in zip(handles, prog.kernel.bufs)],
                                uniform)
        enc = self.device.create_command_encoder()
        cpass = enc.begin_compute_pass()
        cpass.set_pipeline(prog.fn)
        cpass.set_bind_group(0, group)
        cpass.dispatch_workgroups(gx, gy, 1)
        cpass.end()
        self.device.queue.submit([enc.finish()])

    def bind_group(self, prog: Program, bufs: list, uniform: tuple | None):
        """A bind group of `prog`'s layout: the kernel's buffers, whole, then (when it takes Vars) the uniform
        buffer region (buffer, byte offset) its Var values are read from."""
        entries = [{"binding": i, "resource": {"buffer": b, "offset": 0, "size": b.size}} for i, b in enumerate(bufs)]
        if uniform is not None:
            entries.append({"binding": len(bufs), "resource": {"buffer": uniform[0], "offset": uniform[1],
                                                               "size": uniform_bytes(prog.kernel)}})
        return self.device.create_bind_group(layout=prog.extra["layout"], entries=entries)

    def replayer(self, recording) -> tuple:
        """One command encoder and one submit per replay: runtime/webgpu_replay.py."""
        from minic.runtime.webgpu_replay import WebGPUReplay
        return WebGPUReplay(self, recording), ""

    def time_launch(self, prog: Program, handles: list, var_values: list[int], reps: int = 10,
                    warmup: int = 2) -> float:
        """Seconds per launch: wall clock around `reps` submitted launches, waited for."""
        for _ in range(warmup):
            self.launch(prog, handles, var_values)
        self.synchronize()
        t0 = time.perf_counter()
        for _ in range(reps):
            self.launch(prog, handles, var_values)
        self.synchronize()
        return (time.perf_counter() - t0) / reps

    # --- memory -----------------------------------------------------------------------
    def alloc(self, nbytes: int) -> WGPUBuffer:
        return WGPUBuffer(nbytes)

    def copyin(self, handle: WGPUBuffer, data: np.ndarray) -> None:
        self.write(handle.ensure(self, data.dtype), data)

    def write(self, buf, data: np.ndarray) -> None:
        """Host `data` into wgpu buffer `buf` from its start, in device storage (queue-ordered: after the work
        submitted so far, before the next submit)."""
        raw = np.ascontiguousarray(data).astype(storage_np(data.dtype), copy=False).tobytes()
        raw += b"\0" * (-len(raw) % 4)  # writes are whole 4-byte words
        self.device.queue.write_buffer(buf, 0, raw)

    def copyout(self, out: np.ndarray, handle: WGPUBuffer) -> None:
        raw = self.device.queue.read_buffer(handle.ensure(self, out.dtype), 0, stored_bytes(out.dtype, out.size))
        _fill(out, raw)

    def copyout_async(self, out: np.ndarray, handle: WGPUBuffer) -> Callable[[], np.ndarray]:
        """`copyout` in two halves: a copy into a mappable staging buffer is submitted now and its mapping asked
        for; the returned function waits for that mapping alone (wgpu's poller thread completes it), so a greedy
        loop submits step i+1 before it reads step i's id (models/transformer.greedy_tokens). Read with
        `copyout`, the host waits for everything submitted, step i+1 included, and encodes step i+2 while the
        device idles: WebGPU's host time per step (encoding, wgpu's validation) would add to the device's."""
        size = stored_bytes(out.dtype, out.size)
        pool = self._staging.setdefault(size, [])
        if not pool:
            self.staging_made += 1
            pool.append(self.device.create_buffer(size=size, usage=self.wgpu.BufferUsage.MAP_READ |
                                                  self.wgpu.BufferUsage.COPY_DST))
        staging = pool.pop()
        enc = self.device.create_command_encoder()
        enc.copy_buffer_to_buffer(handle.ensure(self, out.dtype), 0, staging, 0, size)
        self.device.queue.submit([enc.finish()])
        mapped = staging.map_async(self.wgpu.MapMode.READ, 0, size)
        done: list[np.ndarray] = []

        def wait() -> np.ndarray:
            if not done:
                mapped.sync_wait()
                _fill(out, staging.read_mapped(0, size))
                staging.unmap()
                pool.append(staging)
                done.append(out)
            return out
        return wait

    def synchronize(self) -> None:
        # reading a buffer back waits for all work submitted before it (wgpu-py 0.32's
        # on_submitted_work_done_sync fails on a callback signature mismatch)
        if self._sync is None:
            usage = self.wgpu.BufferUsage.COPY_SRC | self.wgpu.BufferUsage.COPY_DST
            self._sync = self.device.create_buffer(size=16, usage=usage)
        self.device.queue.read_buffer(self._sync, 0, 4)
