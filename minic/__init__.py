"""minic: a small, hackable ML compiler. Start with `minic.Tensor`.

Importing minic installs Tensor's methods from minic/nn.py, minic/indexing.py and minic/creation.py.
"""
from minic import nn
from minic.creation import manual_seed
from minic.debugging import check_finite, debug
from minic.dtype import bfloat16, bool_, float16, float32, int8, int32, int64, uint8
from minic.engine import ScheduledKernel, clear_overrides, override
from minic.errors import BoundError, CompileError, DeviceError, DTypeError, IndexOutOfRange, MinicError, ShapeError
from minic.explain import explain
from minic.indexing import cat, stack
from minic.intermediates import capture, kernels, tap
from minic.ir.symbolic import Var
from minic.jit import Bound, JitError, jit
from minic.profiler import profile
from minic.runtime.registry import devices, get_device
from minic.sched import rules
from minic.scope import scope
from minic.stepping import step, step_into
from minic.tensor import PendingAssign, Tensor, realize, where
from minic.viz import viz

__all__ = [
    "Tensor", "Var", "cat", "stack", "where", "realize", "PendingAssign", "manual_seed", "nn",
    "float32", "float16", "bfloat16", "int64", "int32", "int8", "uint8", "bool_",
    "debug", "explain", "override", "clear_overrides", "ScheduledKernel", "rules", "devices", "get_device",
    "jit", "Bound", "scope", "JitError", "viz", "step", "step_into", "profile", "capture", "kernels", "tap",
    "check_finite",
    "MinicError", "ShapeError", "BoundError", "DTypeError", "DeviceError", "CompileError", "IndexOutOfRange",
]
