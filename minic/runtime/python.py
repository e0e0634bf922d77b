"""PY: kernels as plain Python functions, registered with linecache so pdb and
tracebacks show their source. Slow by design: it exists to be read and stepped."""
from __future__ import annotations

import linecache

import numpy as np

from minic.codegen import pyhelpers
from minic.codegen.python import PythonRenderer
from minic.errors import CompileError
from minic.runtime.cpu import CPUDevice
from minic.runtime.device import Device, Program


class PythonDevice(CPUDevice):
    name = "PY"
    compiled = False
    renderer = PythonRenderer()
    replayer = Device.replayer  # kernels are Python functions: a replay launches them one by one, steppable

    def build(self, source: str, kernel) -> Program:
        filename = f"<minic kernel {kernel.name} #{len(self.programs)}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = {k: getattr(pyhelpers, k) for k in dir(pyhelpers) if not k.startswith("_")}
        try:
            exec(compile(source, filename, "exec"), namespace)
        except SyntaxError as e:
            raise CompileError(f"Python rejected kernel {kernel.name}: {e}\n--- source ---\n{source}") from None
        return self.program(source, kernel, namespace[kernel.name], filename=filename)

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        arrays = [h.view(b.dtype.np) if b.dtype.name != "bool" else h.view(np.uint8) for h, b in
                  zip(handles, prog.kernel.bufs)]
        with np.errstate(all="ignore"):  # integer wrap-around and inf/nan behave as in C, silently
            prog.fn(*arrays, *var_values, 0, 1)
