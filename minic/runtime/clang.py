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

# The same freedom LLVM's `reassoc contract` flags give: reductions vectorise, inf and NaN keep their meaning
FLAGS = ["-O3", "-march=native", "-fPIC", "-shared", "-ffp-contract=fast", "-fno-math-errno", "-std=c11",
         "-fassociative-math", "-fno-signed-zeros", "-fno-trapping-math"]


def find_compiler() -> str | None:
    for cc in (os.environ.get("CC"), "clang", "gcc", "cc"):
        if cc and shutil.which(cc):
            return shutil.which(cc)
    return None


def vector_libm(cc: str) -> list[str]:
    """clang can call glibc's vector math (libmvec) so loops over expf vectorise; probe that it links."""
    if "clang" not in os.path.basename(cc):
        return []
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "p.c")
        with open(src, "w") as f:
            f.write("#include <math.h>\nvoid p(float* x, int n) { for (int i = 0; i < n; i++) x[i] = expf(x[i]); }\n")
        flags = ["-fveclib=libmvec", "-lmvec"]
        r = subprocess.run([cc, *FLAGS, flags[0], src, "-o", os.path.join(d, "p.so"), flags[1], "-lm"],
                           capture_output=True)
        return flags if r.returncode == 0 else []


class CDevice(CPUDevice):
    name = "C"
    renderer = CRenderer()

    def __init__(self):
        self.cc = find_compiler()
        if self.cc is None:
            raise DeviceError("the C device needs a C compiler: none of $CC, clang, gcc, cc is on PATH "
                              "(install one, e.g. apt-get install clang)")
        super().__init__()
        wide = ["-mprefer-vector-width=512"] if self.target.vector_bytes >= 64 else []  # as the rules assume
        self.flags = FLAGS + wide + vector_libm(self.cc) + [f for f in os.environ.get("MINIC_CFLAGS", "").split() if f]

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
            libs = [f for f in self.flags if f.startswith("-l")]  # libraries after the source, or the linker drops them
            opts = [f for f in self.flags if not f.startswith("-l")]
            r = subprocess.run([self.cc, *opts, src, "-o", out, *libs, "-lm"], capture_output=True, text=True)
            if r.returncode != 0:
                raise CompileError(f"{self.cc} rejected kernel {kernel.name}:\n{r.stderr}\n--- source ---\n{source}")
            with open(out, "rb") as f:
                return f.read()
