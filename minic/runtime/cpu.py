"""What the CPU backends share: host memory and running a kernel on every core.

A kernel's `parallel` loop takes (core, ncores) and does its share; the
runtime calls it once per core from a thread pool. ctypes drops the GIL
during the call, so the cores really run at once.
"""
from __future__ import annotations

import ctypes
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from minic.runtime.device import Device, Program, has_parallel_loop
from minic.sched.target import Target, cpu_target


class CPUDevice(Device):
    def make_target(self) -> Target:
        return cpu_target(self.name)

    def __init__(self):
        super().__init__()
        self.pool = ThreadPoolExecutor(max_workers=max(1, self.target.cores - 1))

    def alloc(self, nbytes: int):
        return np.zeros(nbytes, dtype=np.uint8)

    def copyin(self, handle, data: np.ndarray) -> None:
        handle[:data.nbytes] = data.view(np.uint8).reshape(-1)

    def copyout(self, out: np.ndarray, handle) -> None:
        out.view(np.uint8).reshape(-1)[:] = handle[:out.nbytes]

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        args = [h.ctypes.data for h in handles] + list(var_values)
        fn = prog.fn
        if not prog.extra.get("parallel"):
            fn(*args, 0, 1)
            return
        n = self.target.cores
        futures = [self.pool.submit(fn, *args, c, n) for c in range(1, n)]
        fn(*args, 0, n)
        for f in futures:
            f.result()

    @staticmethod
    def cfunc(address: int, prog_kernel) -> ctypes._CFuncPtr:
        argtypes = [ctypes.c_void_p] * len(prog_kernel.bufs) + [ctypes.c_int] * (len(prog_kernel.vars) + 2)
        return ctypes.CFUNCTYPE(None, *argtypes)(address)

    def program(self, source: str, kernel, fn, **extra) -> Program:
        return Program(kernel.name, source, fn, kernel, {"parallel": has_parallel_loop(kernel.body), **extra})
