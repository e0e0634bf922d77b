"""C: the kernel's C source built by the system compiler into a shared library.

The compiler is $CC, else clang, else gcc. Libraries are cached on disk keyed
by (compiler, flags, source); a corrupt cached library is rebuilt."""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import tempfile

from minic.codegen.c import CRenderer
from minic.errors import CompileError, DeviceError
from minic.runtime import cache
from minic.runtime.cpu import CPUDevice
from minic.runtime.device import Program

FLAGS = ["-O3", "-march=native", "-fPIC", "-shared", "-ffp-contract=fast", "-fno-math-errno", "-std=c11"]


def find_compiler() -> str | None:
    for cc in (os.environ.get("CC"), "clang", "gcc", "cc"):
        if cc and shutil.which(cc):
            return shutil.which(cc)
    return None


class CDevice(CPUDevice):
    name = "C"
    renderer = CRenderer()

    def __init__(self):
        self.cc = find_compiler()
        if self.cc is None:
            raise DeviceError("the C device needs a C compiler: none of $CC, clang, gcc, cc is on PATH "
                              "(install one, e.g. apt-get install clang)")
        self.flags = FLAGS + [f for f in os.environ.get("MINIC_CFLAGS", "").split() if f]
        super().__init__()

    def build(self, source: str, kernel) -> Program:
        key = cache.key_of("c", self.cc, " ".join(self.flags), source)
        lib_bytes = cache.cached(key, lambda: self._compile(source, kernel), ".so")
        with tempfile.NamedTemporaryFile(suffix=".so", delete=False) as f:
            f.write(lib_bytes)
            path = f.name
        try:
            lib = ctypes.CDLL(path)
        except OSError:  # a corrupt cached library: rebuild and trust only the new one
            lib_bytes = self._compile(source, kernel)
            cache.write(key, lib_bytes, ".so")
            with open(path, "wb") as f:
                f.write(lib_bytes)
            lib = ctypes.CDLL(path)
        finally:
            os.unlink(path)
        fn = getattr(lib, kernel.name)
        return self.program(source, kernel, self.cfunc(ctypes.cast(fn, ctypes.c_void_p).value, kernel), lib=lib)

    def _compile(self, source: str, kernel) -> bytes:
        with tempfile.TemporaryDirectory() as d:
            src, out = os.path.join(d, "k.c"), os.path.join(d, "k.so")
            with open(src, "w") as f:
                f.write(source)
            r = subprocess.run([self.cc, *self.flags, src, "-o", out, "-lm"], capture_output=True, text=True)
            if r.returncode != 0:
                raise CompileError(f"{self.cc} rejected kernel {kernel.name}:\n{r.stderr}\n--- source ---\n{source}")
            with open(out, "rb") as f:
                return f.read()
