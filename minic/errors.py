"""minic's exceptions.

Every user-facing failure raises a subclass of :class:`MinicError`, so a caller
can catch one type, and every message says what was expected and what was given.
"""


class MinicError(Exception):
    """Base class of every error minic raises on purpose."""


class ShapeError(MinicError, ValueError):
    """Shapes do not fit together (broadcast, matmul, reshape, assign)."""


class BoundError(MinicError, ValueError):
    """A symbolic Var was bound to a value outside its bounds, or bound twice."""


class DTypeError(MinicError, TypeError):
    """An unknown dtype, or an operation a dtype cannot take."""


class DeviceError(MinicError, RuntimeError):
    """An unknown device, or a device whose runtime is absent on this machine."""


class CompileError(MinicError, RuntimeError):
    """A backend refused a kernel's source; the message carries the source."""


class IndexOutOfRange(MinicError, IndexError):
    """An index or slice lies outside a tensor's dimension."""
