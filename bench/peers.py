"""The peers bench/ops.py times minic against: numpy on the host, or PyTorch on a CUDA GPU (see ops.py's
docstring for why numpy always computes in float32)."""
from __future__ import annotations

import functools

import numpy as np

from minic.runtime.registry import GPU_DEVICES


class NumpyPeer:
    """numpy on the host, always in float32 (see the module docstring); also computes every reference result."""

    name, itemsize, xp = "numpy", 4, np

    def __init__(self, dtype: str):
        self.label = f"numpy {np.__version__}" + ("" if dtype == "float32" else ", computing in float32")

    @staticmethod
    def put(arr: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(arr, dtype=np.float32)

    @staticmethod
    def empty(shape: tuple) -> np.ndarray:
        return np.empty(shape, np.float32)

    @staticmethod
    def sync() -> None:
        pass

    @staticmethod
    def copy(dst, src):
        np.copyto(dst, src)
        return dst

    @staticmethod
    def softmax(a, out):
        """Three passes writing into `out`: numpy has no fused softmax."""
        np.subtract(a, a.max(-1, keepdims=True), out=out)
        np.exp(out, out=out)
        return np.divide(out, out.sum(-1, keepdims=True), out=out)

    @staticmethod
    def layer_norm(a, out):
        mu = a.mean(-1, keepdims=True)
        np.subtract(a, mu, out=out)
        var = np.einsum("ij,ij->i", out, out)[:, None] / a.shape[-1]
        return np.divide(out, np.sqrt(var + 1e-5), out=out)


class TorchPeer:
    """PyTorch on the CUDA GPU in the run's dtype: its fused kernels, and cuBLAS for `@`. Launches are
    asynchronous, so every sample ends in torch.cuda.synchronize()."""

    name = "torch"

    def __init__(self, dtype: str):
        import torch
        self.xp, self.dt = torch, getattr(torch, dtype)
        self.itemsize = self.dt.itemsize
        self.label = f"torch {torch.__version__} on {torch.cuda.get_device_name()}, {dtype}; `@` is cuBLAS"

    def put(self, arr: np.ndarray):
        return self.xp.from_numpy(np.ascontiguousarray(arr)).to("cuda", self.dt)

    def empty(self, shape: tuple):
        return self.xp.empty(shape, dtype=self.dt, device="cuda")

    def sync(self) -> None:
        self.xp.cuda.synchronize()

    @staticmethod
    def copy(dst, src):
        return dst.copy_(src)

    def softmax(self, a, out):
        return self.xp.softmax(a, -1)

    def layer_norm(self, a, out):
        return self.xp.nn.functional.layer_norm(a, a.shape[-1:])


@functools.cache
def torch_cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


@functools.cache
def peer_for(dev: str, dtype: str) -> NumpyPeer | TorchPeer:
    """PyTorch on CUDA next to a minic GPU device when torch sees an NVIDIA GPU, else numpy."""
    return TorchPeer(dtype) if dev in GPU_DEVICES and torch_cuda() else NumpyPeer(dtype)
