"""Device names -> backends, loaded on first use, with the reason when one is absent."""
from __future__ import annotations

import importlib
import os

from minic.errors import DeviceError

BACKENDS = {
    "LLVM": ("minic.runtime.llvm", "LLVMDevice", "llvmlite"),
    "C": ("minic.runtime.clang", "CDevice", "a C compiler (clang or gcc)"),
    "PY": ("minic.runtime.python", "PythonDevice", "nothing"),
    "CUDA": ("minic.runtime.cuda", "CUDADevice",
             "cuda-python + nvidia-cuda-nvrtc and an NVIDIA driver (pip install 'minic[cuda]')"),
    "CL": ("minic.runtime.opencl", "CLDevice", "pyopencl (pip install 'minic[opencl]')"),
    "WEBGPU": ("minic.runtime.webgpu", "WebGPUDevice",
               "wgpu and a Vulkan, Metal or DX12 adapter (pip install 'minic[webgpu]')"),
}
# which backends run on the host's cores and which on an accelerator: tests and bench build their device
# matrices from these, so a new backend is one BACKENDS row plus its kind here
CPU_DEVICES = ("LLVM", "C", "PY")
GPU_DEVICES = tuple(name for name in BACKENDS if name not in CPU_DEVICES)
# MINIC_CUDA_LAUNCHER=pycuda: the CUDA backend launches through pycuda (NVRTC still compiles)
PYCUDA = ("minic.runtime.cuda_pycuda", "PyCUDADevice",
          "pycuda (pip install 'minic[pycuda]') and cuda-python's NVRTC (pip install 'minic[cuda]')")
_devices: dict = {}
_failures: dict = {}


def canonical(name: str) -> str:
    up = str(name).upper().split(":")[0]
    aliases = {"CPU": "LLVM", "PYTHON": "PY", "GPU": "CUDA", "OPENCL": "CL", "WGPU": "WEBGPU", "CLANG": "C"}
    up = aliases.get(up, up)
    if up not in BACKENDS:
        raise DeviceError(f"unknown device {name!r}: expected one of {', '.join(BACKENDS)}")
    return up


def default_device() -> str:
    return canonical(os.environ.get("MINIC_DEVICE", "LLVM"))


def get_device(name: str):
    dev = _devices.get(name)  # the common case: a canonical name of a device already made
    if dev is not None:
        return dev
    name = canonical(name)
    dev = _devices.get(name)
    if dev is not None:
        return dev
    if name in _failures:
        raise DeviceError(_failures[name])
    module, cls, needs = BACKENDS[name]
    if name == "CUDA" and os.environ.get("MINIC_CUDA_LAUNCHER", "cuda-python") == "pycuda":
        module, cls, needs = PYCUDA
    try:
        dev = getattr(importlib.import_module(module), cls)()
    except DeviceError as e:
        _failures[name] = f"device {name} is unavailable: {e}"
        raise DeviceError(_failures[name]) from None
    except Exception as e:  # a missing package or driver
        _failures[name] = f"device {name} is unavailable ({type(e).__name__}: {e}); it needs {needs}"
        raise DeviceError(_failures[name]) from None
    _devices[name] = dev
    return dev


def devices() -> dict[str, str]:
    """Every backend with 'ok' or the reason it cannot run here."""
    out = {}
    for name in BACKENDS:
        try:
            get_device(name)
            out[name] = "ok"
        except DeviceError as e:
            out[name] = str(e)
    return out
