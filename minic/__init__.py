"""minic: a small, hackable ML compiler. Start with `minic.Tensor`."""
from minic.debugging import debug
from minic.dtype import bfloat16, bool_, float16, float32, int8, int32, int64, uint8
from minic.engine import ScheduledKernel, clear_overrides, override
from minic.errors import BoundError, CompileError, DeviceError, DTypeError, IndexOutOfRange, MinicError, ShapeError
from minic.explain import explain
from minic.ir.symbolic import Var
from minic.runtime.registry import devices, get_device
from minic.sched import rules
from minic.tensor import Tensor, cat, manual_seed, stack, where

__all__ = ["Tensor", "explain", "Var", "cat", "stack", "where", "manual_seed", "debug", "override", "clear_overrides",
           "ScheduledKernel", "devices", "get_device", "rules", "float32", "float16", "bfloat16", "int64", "int32",
           "int8", "uint8", "bool_", "MinicError", "ShapeError", "BoundError", "DTypeError", "DeviceError",
           "CompileError", "IndexOutOfRange"]
