"""minic.Tensor: a lazy, numpy-like tensor.

Every operation records a Node; nothing runs until `.realize()`, `.numpy()` or
`.item()`. The nn helpers (softmax, layer_norm, attention, ...) are written
here from primitives, so the scheduler sees their structure and can fuse it.

Symbolic shapes: a dim may be a `Var` (or an expression of Vars). Values are
bound per tensor, either explicitly (`t.bind(n=7)`) or from data
(`Tensor(array, shape=(n, 768))` binds n to the array's first dim). Bindings
travel with every tensor computed from it; the graph itself never holds the
values, which is why one compiled kernel serves every value of a Var.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from minic import dtype as dt
from minic.dtype import DType, to_dtype
from minic.errors import BoundError, IndexOutOfRange, MinicError, ShapeError
from minic.ir.node import Node
from minic.ir.symbolic import Expr, Sint, Var, bounds, free_syms, sdiv
from minic.ir.view import ViewStack, prod
from minic.runtime.buffer import Buffer
from minic.runtime.registry import canonical, default_device, get_device

Scalar = int | float | bool
_rng = np.random.default_rng(0)


def manual_seed(seed: int) -> None:
    """Seed Tensor.rand / Tensor.randn."""
    global _rng
    _rng = np.random.default_rng(seed)


def _fmt(shape: tuple) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


def _same(a: Sint, b: Sint) -> bool:
    return a == b


def broadcast_shapes(a: tuple, b: tuple, what: str = "broadcast") -> tuple:
    n = max(len(a), len(b))
    pa, pb = (1,) * (n - len(a)) + tuple(a), (1,) * (n - len(b)) + tuple(b)
    out = []
    for i, (x, y) in enumerate(zip(pa, pb)):
        if _same(x, y) or y == 1:
            out.append(x)
        elif x == 1:
            out.append(y)
        else:
            raise ShapeError(f"cannot {what} shapes {_fmt(a)} and {_fmt(b)}: dim {i - n} is {x} in the first "
                             f"and {y} in the second")
    return tuple(out)


def _norm_axis(axis: int, ndim: int) -> int:
    if not -ndim <= axis < max(ndim, 1):
        raise IndexOutOfRange(f"axis {axis} is out of range for a tensor with {ndim} dims")
    return axis % max(ndim, 1)


class Tensor:
    __slots__ = ("node", "var_vals", "device", "__weakref__")
    __array_priority__ = 1000  # numpy scalars on the left defer to Tensor's operators

    def __init__(self, data, dtype=None, device: str | None = None, shape: tuple | None = None):
        device = canonical(device) if device is not None else default_device()
        if isinstance(data, Tensor):
            data = data.numpy()
        arr = np.asarray(data)
        target = to_dtype(dtype) if dtype is not None else to_dtype(arr.dtype)
        if target == dt.bfloat16:
            from minic.runtime.host import float32_to_bfloat16
            host = float32_to_bfloat16(arr.astype(np.float32))
        else:
            host = arr.astype(target.np, copy=False)
        var_vals: dict = {}
        if shape is None:
            shape = arr.shape
        else:
            shape = tuple(shape)
            var_vals = _bind_from_data(shape, arr.shape)
        get_device(device)
        buf = Buffer(device, max(host.size, 1), target)
        if host.size:
            buf.copyin(host)
        self.node = Node("BUFFER", (), buf, target, tuple(shape))
        self.var_vals, self.device = var_vals, device

    @classmethod
    def _of(cls, node: Node, var_vals: dict, device: str) -> Tensor:
        t = object.__new__(cls)
        t.node, t.var_vals, t.device = node, var_vals, device
        return t

    def _new(self, node: Node, *others: Tensor) -> Tensor:
        vals = self.var_vals
        for o in others:
            if o.var_vals:
                vals = _merge(vals, o.var_vals)
        return Tensor._of(node, vals, self.device)

    # --- creation ---------------------------------------------------------------------
    @staticmethod
    def full(shape, value: Scalar, dtype=None, device: str | None = None) -> Tensor:
        shape = _shape_arg(shape)
        d = to_dtype(dtype) if dtype is not None else (dt.bool_ if isinstance(value, bool) else
                                                        dt.default_int if isinstance(value, int) else dt.default_float)
        dev = canonical(device) if device else default_device()
        return Tensor._of(Node("CONST", (), _py(value, d), d, shape), {}, dev)

    @staticmethod
    def zeros(*shape, dtype=None, device: str | None = None) -> Tensor:
        return Tensor.full(shape, 0.0, dtype or dt.default_float, device)

    @staticmethod
    def ones(*shape, dtype=None, device: str | None = None) -> Tensor:
        return Tensor.full(shape, 1.0, dtype or dt.default_float, device)

    @staticmethod
    def empty(*shape, dtype=None, device: str | None = None) -> Tensor:
        shape = _shape_arg(shape)
        d = to_dtype(dtype or dt.default_float)
        dev = canonical(device) if device else default_device()
        size = prod(bounds(s)[1] if not isinstance(s, int) else s for s in shape)
        return Tensor._of(Node("BUFFER", (), Buffer(dev, max(size, 1), d), d, shape), {}, dev)

    @staticmethod
    def arange(start: Sint, stop: Sint | None = None, step: int = 1, dtype=None,
               device: str | None = None) -> Tensor:
        if stop is None:
            start, stop = 0, start
        floaty = any(isinstance(x, float) for x in (start, stop, step))
        if step == 0:
            raise ShapeError("arange step must not be zero")
        if floaty:
            n = max(math.ceil((stop - start) / step), 0)
        else:
            n = sdiv(stop - start + step - 1, step) if step > 0 else sdiv(start - stop - step - 1, -step)
        d = to_dtype(dtype) if dtype else (dt.default_float if floaty else dt.default_int)
        dev = canonical(device) if device else default_device()
        idx = Tensor._of(Node("INDEX", (), 0, dt.int32, (n,)), {}, dev)
        if floaty:
            idx = idx.cast(d)
        out = idx * step + start if (step != 1 or start != 0) else idx
        return out.cast(d)

    @staticmethod
    def rand(*shape, dtype=None, device: str | None = None) -> Tensor:
        return Tensor(_rng.random(_shape_arg(shape), dtype=np.float32), dtype=dtype or dt.float32, device=device)

    @staticmethod
    def randn(*shape, dtype=None, device: str | None = None) -> Tensor:
        return Tensor(_rng.standard_normal(_shape_arg(shape), dtype=np.float32), dtype=dtype or dt.float32,
                      device=device)

    # --- properties -------------------------------------------------------------------------
    @property
    def shape(self) -> tuple:
        return self.node.shape

    @property
    def dtype(self) -> DType:
        return self.node.dtype

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def numel(self) -> Sint:
        return prod(self.shape)

    def __len__(self) -> int:
        if not self.shape or not isinstance(self.shape[0], int):
            raise TypeError("len() of a scalar or symbolic-length tensor")
        return self.shape[0]

    def __repr__(self) -> str:
        binding = f", bound {self.var_vals}" if self.var_vals else ""
        return f"<Tensor {self.dtype.name}{_fmt(self.shape)} on {self.device}{binding}: {self.node.op}>"

    def __hash__(self) -> int:
        return id(self)

    def bind(self, **values: int) -> Tensor:
        """Bind symbolic dims by name: `t.bind(n=7)`; each value is checked against its Var's bounds."""
        syms = {s.name: s for s in _graph_syms(self.node)}
        for name, v in values.items():
            if name not in syms:
                raise BoundError(f"this tensor has no Var named {name!r} (it has {sorted(syms) or 'none'})")
            s = syms[name]
            Var(s.name, s.lo, s.hi).check(v)
        return Tensor._of(self.node, _merge(self.var_vals, values), self.device)

    # --- running ------------------------------------------------------------------------------
    def schedule(self) -> list:
        """The kernels that would compute this tensor (each with .rule, .why, .ir, .source)."""
        from minic.engine import schedule
        self._check_bound()
        return schedule([self.node], self.var_vals, self.device)

    def realize(self) -> Tensor:
        from minic.engine import realize
        node, vals = self.node, self.var_vals
        if node.op == "BUFFER":
            return self
        buf = realize([node], vals, self.device, lambda: _check_ready(node, vals))[node]
        self.node = Node("BUFFER", (), buf, node.dtype, node.shape, node.site)
        return self

    def _check_bound(self) -> None:
        _check_ready(self.node, self.var_vals)

    def contiguous(self) -> Tensor:
        return self._new(Node("CONTIGUOUS", (self.node,), None, self.dtype, self.shape))

    def numpy(self) -> np.ndarray:
        from minic.engine import concrete
        t = self.realize()
        shape = concrete(self.shape, self.var_vals)
        data = t.node.arg.numpy(math.prod(shape)).reshape(shape)
        if self.dtype == dt.bfloat16:
            from minic.runtime.host import bfloat16_to_float32
            return bfloat16_to_float32(data)
        return data

    def item(self) -> Scalar:
        from minic.engine import numel
        n = numel(self.shape, self.var_vals) if self._bound_ok() else None
        if n != 1:
            raise ShapeError(f"item() needs a tensor with exactly one element, got shape {_fmt(self.shape)}"
                             + (f" ({n} elements)" if n is not None else ""))
        return self.numpy().reshape(()).item()

    def _bound_ok(self) -> bool:
        self._check_bound()
        return True

    def tolist(self):
        return self.numpy().tolist()

    def to(self, device: str) -> Tensor:
        device = canonical(device)
        if device == self.device:
            return self
        out = Tensor(self.numpy() if self.dtype != dt.bfloat16 else self.numpy(), dtype=self.dtype, device=device)
        if self.var_vals:
            out.node = Node("BUFFER", (), out.node.arg, self.dtype, self.shape)
            out.var_vals = dict(self.var_vals)
        return out

    def assign(self, value) -> Tensor:
        """Write `value` into this tensor's memory (a realized buffer or a slice of one), now."""
        from minic.engine import realize
        base, stack = self.node, ViewStack.contiguous(self.shape)
        if base.op == "VIEW" and base.src[0].op == "BUFFER":
            base, stack = base.src[0], base.arg
        if base.op != "BUFFER":
            raise MinicError("assign() needs a realized tensor or a slice of one; call .realize() first")
        v = value if isinstance(value, Tensor) else Tensor.full((), value, self.dtype, self.device)
        if v.device != self.device:
            raise MinicError(f"assign() of a tensor on {v.device} into one on {self.device}")
        v = v.cast(self.dtype)._broadcast_to(self.shape, "assign")
        node = Node("ASSIGN", (base, v.node), stack, self.dtype, self.shape)
        vals = _merge(self.var_vals, v.var_vals)
        realize([node], vals, self.device, lambda: _check_ready(node, vals))
        return self

    # --- elementwise ------------------------------------------------------------------------
    def _const_like(self, value: Scalar, d: DType) -> Tensor:
        return Tensor._of(Node("CONST", (), _py(value, d), d, ()), {}, self.device)

    def _binary(self, op: str, other, reverse: bool = False, out_dtype: DType | None = None) -> Tensor:
        if isinstance(other, Tensor):
            if other.device != self.device:
                raise MinicError(f"{op}: tensors are on different devices ({self.device} and {other.device}); "
                                 f"move one with .to()")
            d = dt.promote(self.dtype, other.dtype)
            o = other
        else:
            if isinstance(other, np.generic):
                other = other.item()
            d = dt.promote(self.dtype, dt.scalar_dtype(other, self.dtype))
            o = self._const_like(other, d)
        a, b = (o, self) if reverse else (self, o)
        a, b = a.cast(d), b.cast(d)
        if d == dt.bool_ and op in _BOOL_ARITH:  # numpy: True + True is True
            op = _BOOL_ARITH[op]
        shape = broadcast_shapes(a.shape, b.shape)
        a, b = a._broadcast_to(shape), b._broadcast_to(shape)
        res = out_dtype or d
        return a._new(Node(op, (a.node, b.node), None, res, shape), b)

    def _unary(self, op: str, float_only: bool = True) -> Tensor:
        x = self.float() if float_only and not self.dtype.is_float else self
        return x._new(Node(op, (x.node,), None, x.dtype, x.shape))

    def cast(self, dtype) -> Tensor:
        d = to_dtype(dtype)
        if d == self.dtype:
            return self
        return self._new(Node("cast", (self.node,), d, d, self.shape))

    def float(self) -> Tensor:
        return self.cast(dt.float32)

    def half(self) -> Tensor:
        return self.cast(dt.float16)

    def __add__(self, o):
        return self._binary("add", o)

    def __radd__(self, o):
        return self._binary("add", o, True)

    def __sub__(self, o):
        return self._binary("sub", o)

    def __rsub__(self, o):
        return self._binary("sub", o, True)

    def __mul__(self, o):
        return self._binary("mul", o)

    def __rmul__(self, o):
        return self._binary("mul", o, True)

    def __truediv__(self, o):
        a = self if self.dtype.is_float or (isinstance(o, Tensor) and o.dtype.is_float) or isinstance(o, float) \
            else self.float()
        return a._binary("div", o)

    def __rtruediv__(self, o):
        a = self if self.dtype.is_float else self.float()
        return a._binary("div", o, True)

    def __pow__(self, o):
        if isinstance(o, (int, float)) and not isinstance(o, bool):
            if o == 2:
                return self * self
            if o == 1:
                return self
            if o == 0.5:
                return self.sqrt()
            if o == -1:
                return self.reciprocal()
        return self.float()._binary("pow", o) if not self.dtype.is_float else self._binary("pow", o)

    def __rpow__(self, o):
        return (self if self.dtype.is_float else self.float())._binary("pow", o, True)

    def __neg__(self):
        return self._new(Node("neg", (self.node,), None, self.dtype, self.shape)) if self.dtype != dt.bool_ \
            else self.logical_not()

    def __lt__(self, o):
        return self._binary("cmplt", o, out_dtype=dt.bool_)

    def __le__(self, o):
        return self._binary("cmple", o, out_dtype=dt.bool_)

    def __gt__(self, o):
        return self._binary("cmplt", o, True, out_dtype=dt.bool_)

    def __ge__(self, o):
        return self._binary("cmple", o, True, out_dtype=dt.bool_)

    def __eq__(self, o):  # noqa: D105 - elementwise, like numpy
        return self._binary("cmpeq", o, out_dtype=dt.bool_)

    def __ne__(self, o):
        return self._binary("cmpne", o, out_dtype=dt.bool_)

    def __and__(self, o):
        return self._logic("and", o)

    def __or__(self, o):
        return self._logic("or", o)

    def __xor__(self, o):
        return self._logic("xor", o)

    def _logic(self, op: str, o) -> Tensor:
        if self.dtype != dt.bool_ or (isinstance(o, Tensor) and o.dtype != dt.bool_):
            raise dt.DTypeError(f"{op} needs bool tensors, got {self.dtype.name}"
                                + (f" and {o.dtype.name}" if isinstance(o, Tensor) else ""))
        return self._binary(op, o)

    def logical_not(self) -> Tensor:
        return self.cast(dt.bool_)._new(Node("not", (self.cast(dt.bool_).node,), None, dt.bool_, self.shape))

    def __invert__(self):
        return self.logical_not()

    def exp(self):
        return self._unary("exp")

    def log(self):
        return self._unary("log")

    def sqrt(self):
        return self._unary("sqrt")

    def rsqrt(self):
        return self.sqrt().reciprocal()

    def sin(self):
        return self._unary("sin")

    def cos(self):
        return self._unary("cos")

    def tanh(self):
        return self._unary("tanh")

    def erf(self):
        return self._unary("erf")

    def floor(self):
        return self._unary("floor") if self.dtype.is_float else self

    def reciprocal(self):
        return self._unary("recip")

    def abs(self):
        return self._unary("abs", float_only=False)

    def sigmoid(self):
        return 1.0 / (1.0 + (-self.float() if not self.dtype.is_float else -self).exp())

    def relu(self):
        return self.maximum(0)

    def silu(self):
        return self * self.sigmoid()

    def gelu(self, approximate: str = "tanh"):
        """GELU; approximate='tanh' (GPT-2's) or 'none'/'erf' (exact)."""
        x = self if self.dtype.is_float else self.float()
        if approximate == "tanh":
            return 0.5 * x * (1.0 + (math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)).tanh())
        if approximate in ("none", "erf"):
            return 0.5 * x * (1.0 + (x * (1.0 / math.sqrt(2.0))).erf())
        raise MinicError(f"gelu approximate must be 'tanh' or 'erf', got {approximate!r}")

    def maximum(self, o):
        return self._binary("max", o)

    def minimum(self, o):
        return self._binary("min", o)

    def clip(self, lo, hi):
        return self.maximum(lo).minimum(hi)

    def where(self, a, b) -> Tensor:
        """self ? a : b, elementwise with broadcasting."""
        c = self.cast(dt.bool_)
        ta = a if isinstance(a, Tensor) else None
        tb = b if isinstance(b, Tensor) else None
        if ta is None and tb is None:
            d = dt.default_float if isinstance(a, float) or isinstance(b, float) else dt.default_int
        elif ta is not None and tb is not None:
            d = dt.promote(ta.dtype, tb.dtype)
        else:
            known = ta if ta is not None else tb
            d = dt.promote(known.dtype, dt.scalar_dtype(b if ta is not None else a, known.dtype))
        ta = (ta if ta is not None else c._const_like(a, d)).cast(d)
        tb = (tb if tb is not None else c._const_like(b, d)).cast(d)
        shape = broadcast_shapes(broadcast_shapes(c.shape, ta.shape), tb.shape)
        c, ta, tb = c._broadcast_to(shape), ta._broadcast_to(shape), tb._broadcast_to(shape)
        return c._new(Node("where", (c.node, ta.node, tb.node), None, d, shape), ta, tb)

    # --- reductions ---------------------------------------------------------------------------
    def _axes(self, axis) -> tuple:
        if axis is None:
            return tuple(range(self.ndim))
        axes = (axis,) if isinstance(axis, int) else tuple(axis)
        return tuple(sorted(set(_norm_axis(a, self.ndim) for a in axes)))

    def _reduce(self, op: str, axis, keepdim: bool) -> Tensor:
        x = self
        if op == "sum" and self.dtype.kind in "bu" or (op == "sum" and self.dtype == dt.int8):
            x = self.cast(dt.int32)
        axes = x._axes(axis)
        if not axes:
            return x
        kshape = tuple(1 if i in axes else s for i, s in enumerate(x.shape))
        out = x._new(Node("REDUCE", (x.node,), (op, axes), x.dtype, kshape))
        if keepdim:
            return out
        return out.reshape(*[s for i, s in enumerate(x.shape) if i not in axes])

    def sum(self, axis=None, keepdim: bool = False):
        return self._reduce("sum", axis, keepdim)

    def max(self, axis=None, keepdim: bool = False):
        return self._reduce("max", axis, keepdim)

    def min(self, axis=None, keepdim: bool = False):
        return self._reduce("min", axis, keepdim)

    def mean(self, axis=None, keepdim: bool = False):
        x = self if self.dtype.is_float else self.float()
        count = prod(x.shape[a] for a in x._axes(axis))
        return x.sum(axis, keepdim) / _count(x, count)

    def var(self, axis=None, keepdim: bool = False, correction: int = 0):
        x = self if self.dtype.is_float else self.float()
        count = prod(x.shape[a] for a in x._axes(axis))
        diff = x - x.mean(axis, keepdim=True)
        return (diff * diff).sum(axis, keepdim) / _count(x, count - correction if correction else count)

    def std(self, axis=None, keepdim: bool = False, correction: int = 0):
        return self.var(axis, keepdim, correction).sqrt()

    def argmax(self, axis: int | None = None, keepdim: bool = False) -> Tensor:
        """Index of the first maximum along `axis` (int32; flattened when axis is None)."""
        if axis is None:
            flat = self.reshape(-1).argmax(0)
            return flat.reshape(*([1] * self.ndim)) if keepdim else flat
        ax = _norm_axis(axis, self.ndim)
        m = self.max(ax, keepdim=True)
        pos = Tensor._of(Node("INDEX", (), ax, dt.int32, self.shape), {}, self.device)
        big = self.shape[ax]
        candidates = (self == m).where(pos, Tensor._of(Node("CONST", (), big, dt.int32, ()), {}, self.device)
                                       if isinstance(big, int) else _count(self, big).cast(dt.int32))
        return candidates.min(ax, keepdim)

    def argmin(self, axis: int | None = None, keepdim: bool = False) -> Tensor:
        return (-self).argmax(axis, keepdim)

    # --- movement ------------------------------------------------------------------------------
    def _view(self, op: str, arg, shape: tuple) -> Tensor:
        src, stack = self.node, None
        if src.op == "VIEW":
            src, stack = src.src[0], src.arg
        if stack is None:
            stack = ViewStack.contiguous(src.shape)
        stack = stack.movement(op, arg)
        if stack.is_contiguous and stack.shape == src.shape:
            return self._new(src)
        return self._new(Node("VIEW", (src,), stack, self.dtype, shape))

    def reshape(self, *shape) -> Tensor:
        shape = list(_shape_arg(shape))
        if shape.count(-1) > 1:
            raise ShapeError(f"reshape to {_fmt(tuple(shape))}: only one dim may be -1")
        if -1 in shape:
            rest = prod(s for s in shape if not (isinstance(s, int) and s == -1))
            shape[shape.index(-1)] = sdiv(self.numel(), rest)
        shape = tuple(shape)
        if not _same(prod(shape), self.numel()):
            raise ShapeError(f"cannot reshape {_fmt(self.shape)} ({self.numel()} elements) to {_fmt(shape)} "
                             f"({prod(shape)} elements)")
        if shape == self.shape:
            return self
        return self._view("reshape", shape, shape)

    view = reshape

    def permute(self, *order) -> Tensor:
        order = tuple(order[0]) if len(order) == 1 and isinstance(order[0], (tuple, list)) else order
        order = tuple(_norm_axis(int(o), self.ndim) for o in order)
        if sorted(order) != list(range(self.ndim)):
            raise ShapeError(f"permute order {order} is not a permutation of {self.ndim} dims")
        if order == tuple(range(self.ndim)):
            return self
        return self._view("permute", order, tuple(self.shape[o] for o in order))

    def transpose(self, a: int = -2, b: int = -1) -> Tensor:
        order = list(range(self.ndim))
        a, b = _norm_axis(a, self.ndim), _norm_axis(b, self.ndim)
        order[a], order[b] = order[b], order[a]
        return self.permute(*order)

    @property
    def T(self) -> Tensor:
        return self.permute(*reversed(range(self.ndim)))

    def _broadcast_to(self, shape: tuple, what: str = "broadcast") -> Tensor:
        if self.shape == tuple(shape):
            return self
        full = broadcast_shapes(self.shape, shape, what)
        if full != tuple(shape):
            raise ShapeError(f"cannot {what} {_fmt(self.shape)} to {_fmt(tuple(shape))}")
        if self.node.op == "CONST":  # a constant is the same everywhere: one node of the new shape, no views
            return self._new(Node("CONST", (), self.node.arg, self.dtype, full))
        x = self.reshape(*((1,) * (len(shape) - self.ndim) + self.shape)) if self.ndim < len(shape) else self
        return x._view("expand", full, full)

    def expand(self, *shape) -> Tensor:
        shape = _shape_arg(shape)
        lead = len(shape) - self.ndim
        shape = tuple(self.shape[i - lead] if (isinstance(s, int) and s == -1) else s for i, s in enumerate(shape))
        return self._broadcast_to(shape, "expand")

    broadcast_to = expand

    def squeeze(self, axis: int | None = None) -> Tensor:
        if axis is None:
            return self.reshape(*[s for s in self.shape if s != 1])
        ax = _norm_axis(axis, self.ndim)
        if self.shape[ax] != 1:
            return self
        return self.reshape(*(self.shape[:ax] + self.shape[ax + 1:]))

    def unsqueeze(self, axis: int) -> Tensor:
        ax = axis if axis >= 0 else axis + self.ndim + 1
        if not 0 <= ax <= self.ndim:
            raise IndexOutOfRange(f"unsqueeze axis {axis} is out of range for {self.ndim} dims")
        return self.reshape(*(self.shape[:ax] + (1,) + self.shape[ax:]))

    def flatten(self, start: int = 0, end: int = -1) -> Tensor:
        if self.ndim == 0:
            return self.reshape(1)
        s, e = _norm_axis(start, self.ndim), _norm_axis(end, self.ndim)
        return self.reshape(*(self.shape[:s] + (prod(self.shape[s:e + 1]),) + self.shape[e + 1:]))

    def shrink(self, arg: Sequence) -> Tensor:
        """Keep [begin, end) of each dim (None keeps the whole dim)."""
        arg = tuple((0, s) if a is None else tuple(a) for a, s in zip(arg, self.shape))
        if all(b == 0 and _same(e, s) for (b, e), s in zip(arg, self.shape)):
            return self
        return self._view("shrink", arg, tuple(e - b for b, e in arg))

    def pad(self, pads: Sequence, value: Scalar = 0) -> Tensor:
        """Pad each dim by (before, after); pads has one pair per dim (None for no padding)."""
        pads = tuple((0, 0) if p is None else tuple(p) for p in pads)
        if len(pads) != self.ndim:
            raise ShapeError(f"pad needs one (before, after) pair per dim: {self.ndim} dims, got {len(pads)}")
        if all(b == 0 and a == 0 for b, a in pads):
            return self
        shape = tuple(s + b + a for s, (b, a) in zip(self.shape, pads))
        out = self._view("pad", pads, shape)
        if value == 0:
            return out
        inside = Tensor.ones(*self.shape, dtype=dt.bool_, device=self.device)._view("pad", pads, shape)
        return inside.where(out, value)

    def __getitem__(self, key) -> Tensor:
        if isinstance(key, Tensor):
            return self._gather(key)
        if not isinstance(key, tuple):
            key = (key,)
        if sum(1 for k in key if k is Ellipsis) > 1:  # identity: `==` on a Tensor key is elementwise
            raise IndexOutOfRange("an index can only have a single ellipsis")
        n_real = sum(1 for k in key if k is not None and k is not Ellipsis)
        if n_real > self.ndim:
            raise IndexOutOfRange(f"too many indices: tensor has {self.ndim} dims, index has {n_real}")
        if any(k is Ellipsis for k in key):
            i = next(j for j, k in enumerate(key) if k is Ellipsis)
            key = key[:i] + (slice(None),) * (self.ndim - n_real) + key[i + 1:]
        else:
            key = key + (slice(None),) * (self.ndim - n_real)
        shrink, steps, out_shape, dim = [], [], [], 0
        squeeze, insert = [], []
        for k in key:
            if k is None:
                insert.append(len(out_shape))
                out_shape.append(1)
                continue
            size = self.shape[dim]
            if isinstance(k, (int, np.integer)) and not isinstance(k, bool):
                k = int(k)
                if isinstance(size, int) and not -size <= k < size:
                    raise IndexOutOfRange(f"index {k} is out of range for dim {dim} of size {size}")
                if not isinstance(size, int) and k < 0:
                    raise IndexOutOfRange(f"negative index {k} into symbolic dim {size}")
                b = k % size if isinstance(size, int) else k
                shrink.append((b, b + 1))
                steps.append(1)
                squeeze.append(len(out_shape))
                out_shape.append(1)
            elif isinstance(k, Expr):
                _check_in(k, 0, size, f"index {k} for dim {dim} of size {size}", upper_inclusive=False)
                shrink.append((k, k + 1))
                steps.append(1)
                squeeze.append(len(out_shape))
                out_shape.append(1)
            elif isinstance(k, slice):
                b, e, st = _slice_bounds(k, size, dim)
                shrink.append((b, e))
                steps.append(st)
                out_shape.append(e - b if st == 1 else sdiv(e - b + st - 1, st))
            else:
                raise IndexOutOfRange(f"unsupported index {k!r} ({type(k).__name__})")
            dim += 1
        x = self.shrink(shrink)
        if any(s != 1 for s in steps):
            x = x._view("step", tuple(steps), tuple(s if st == 1 else sdiv(s + st - 1, st)
                                                    for s, st in zip(x.shape, steps)))
        # x has one dim per real index: drop the integer-indexed ones, add the None ones
        target = [s for i, s in enumerate(out_shape) if i not in squeeze]
        return x.reshape(*target) if tuple(target) != x.shape else x

    def _gather(self, ids: Tensor) -> Tensor:
        """self[ids] for an integer tensor: rows of self picked by ids (an embedding lookup)."""
        if ids.dtype.is_float or ids.dtype == dt.bool_:
            raise dt.DTypeError(f"index tensors must be integers, got {ids.dtype.name}")
        table = self.realize() if self.node.op not in ("BUFFER",) else self
        if table.node.op != "BUFFER":
            table = self.contiguous().realize()
        shape = ids.shape + table.shape[1:]
        node = Node("GATHER", (table.node, ids.cast(dt.int32).node), None, table.dtype, shape)
        return table._new(node, ids)

    def cat(self, *others: Tensor, axis: int = 0) -> Tensor:
        return cat([self, *others], axis)

    def split(self, sizes, axis: int = 0) -> list:
        ax = _norm_axis(axis, self.ndim)
        total = self.shape[ax]
        if isinstance(sizes, int):
            if not isinstance(total, int):
                raise ShapeError(f"split of symbolic dim {total} needs explicit sizes")
            sizes = [sizes] * (total // sizes) + ([total % sizes] if total % sizes else [])
        if not sum(sizes) == total:
            raise ShapeError(f"split sizes {list(sizes)} do not add up to dim {ax} of size {total}")
        out, start = [], 0
        for s in sizes:
            arg = [None] * self.ndim
            arg[ax] = (start, start + s)
            out.append(self.shrink(arg))
            start = start + s
        return out

    def chunk(self, n: int, axis: int = 0) -> list:
        size = self.shape[_norm_axis(axis, self.ndim)]
        return self.split(sdiv(size + n - 1, n) if not isinstance(size, int) else -(-size // n), axis)

    def _tri(self, k: int, upper: bool) -> Tensor:
        if self.ndim < 2:
            raise ShapeError(f"triu/tril need at least 2 dims, got {_fmt(self.shape)}")
        row = Tensor._of(Node("INDEX", (), self.ndim - 2, dt.int32, self.shape), {}, self.device)
        col = Tensor._of(Node("INDEX", (), self.ndim - 1, dt.int32, self.shape), {}, self.device)
        keep = (col - row >= k) if upper else (col - row <= k)
        return keep.where(self, self._const_like(0, self.dtype))

    def triu(self, k: int = 0) -> Tensor:
        return self._tri(k, True)

    def tril(self, k: int = 0) -> Tensor:
        return self._tri(k, False)

    # --- nn ------------------------------------------------------------------------------------
    def matmul(self, other: Tensor) -> Tensor:
        a, b = self, other
        if a.ndim == 0 or b.ndim == 0:
            raise ShapeError("matmul needs tensors with at least 1 dim")
        va, vb = a.ndim == 1, b.ndim == 1
        if va:
            a = a.unsqueeze(0)
        if vb:
            b = b.unsqueeze(-1)
        k1, k2 = a.shape[-1], b.shape[-2]
        if not _same(k1, k2):
            raise ShapeError(f"matmul: {_fmt(self.shape)} @ {_fmt(other.shape)}: contracted dims differ "
                             f"({k1} vs {k2})")
        prod_ = a.unsqueeze(-1) * b.unsqueeze(-3)  # [..., M, K, N]
        out = prod_.sum(-2)
        if va:
            out = out.squeeze(-2)
        if vb:
            out = out.squeeze(-1)
        return out

    __matmul__ = matmul

    def __rmatmul__(self, other):
        return Tensor(other, device=self.device).matmul(self)

    def linear(self, weight: Tensor, bias: Tensor | None = None) -> Tensor:
        out = self @ weight
        return out + bias if bias is not None else out

    def softmax(self, axis: int = -1) -> Tensor:
        x = self if self.dtype.is_float else self.float()
        e = (x - x.max(axis, keepdim=True)).exp()
        return e / e.sum(axis, keepdim=True)

    def log_softmax(self, axis: int = -1) -> Tensor:
        x = self if self.dtype.is_float else self.float()
        shifted = x - x.max(axis, keepdim=True)
        return shifted - shifted.exp().sum(axis, keepdim=True).log()

    def layer_norm(self, weight: Tensor | None = None, bias: Tensor | None = None, eps: float = 1e-5,
                   axis: int = -1) -> Tensor:
        x = self if self.dtype.is_float else self.float()
        mean = x.mean(axis, keepdim=True)
        diff = x - mean
        out = diff * ((diff * diff).mean(axis, keepdim=True) + eps).rsqrt()
        if weight is not None:
            out = out * weight
        return out + bias if bias is not None else out

    def rms_norm(self, weight: Tensor | None = None, eps: float = 1e-6, axis: int = -1) -> Tensor:
        x = self if self.dtype.is_float else self.float()
        out = x * ((x * x).mean(axis, keepdim=True) + eps).rsqrt()
        return out * weight if weight is not None else out

    def embedding(self, ids: Tensor) -> Tensor:
        """Rows of this [vocab, dim] table for integer `ids` (any shape)."""
        if self.ndim != 2:
            raise ShapeError(f"embedding table must be 2-D [vocab, dim], got {_fmt(self.shape)}")
        return self[ids]

    def scaled_dot_product_attention(self, key: Tensor, value: Tensor, mask: Tensor | None = None,
                                     causal: bool = False, scale: float | None = None) -> Tensor:
        """softmax(q @ k^T * scale + mask) @ v over the last two dims; `self` is q [..., n, d].

        causal=True lets query i see keys j <= i + (m - n), the KV-cache convention where the
        n queries are the last n of the m keys."""
        q, k, v = self, key, value
        d = q.shape[-1]
        if not isinstance(d, int):
            raise ShapeError(f"attention head dim must be static, got {d}")
        scores = (q @ k.transpose(-2, -1)) * (scale if scale is not None else 1.0 / math.sqrt(d))
        if mask is not None:
            scores = mask.where(scores, float("-inf")) if mask.dtype == dt.bool_ else scores + mask
        if causal:
            n, m = q.shape[-2], k.shape[-2]
            row = Tensor._of(Node("INDEX", (), scores.ndim - 2, dt.int32, scores.shape), {}, self.device)
            col = Tensor._of(Node("INDEX", (), scores.ndim - 1, dt.int32, scores.shape), {}, self.device)
            offset = m - n
            allowed = col <= (row + offset if isinstance(offset, int) else row + _count(self, offset).cast(dt.int32))
            scores = allowed.where(scores, float("-inf"))
        return scores.softmax(-1) @ v


# --- helpers -------------------------------------------------------------------------------------
_BOOL_ARITH = {"add": "or", "mul": "and", "max": "or", "min": "and"}


def cat(tensors: Sequence[Tensor], axis: int = 0) -> Tensor:
    """Concatenate along `axis`: each piece is padded to the full size and the pieces summed."""
    if not tensors:
        raise ShapeError("cat needs at least one tensor")
    first = tensors[0]
    ax = _norm_axis(axis, first.ndim)
    d = tensors[0].dtype
    for t in tensors[1:]:
        d = dt.promote(d, t.dtype)
        if t.ndim != first.ndim or any(not _same(a, b) for i, (a, b) in enumerate(zip(t.shape, first.shape))
                                       if i != ax):
            raise ShapeError(f"cat along dim {ax}: shapes {_fmt(first.shape)} and {_fmt(t.shape)} differ "
                             f"outside that dim")
    total = sum((t.shape[ax] for t in tensors[1:]), tensors[0].shape[ax])
    out, start = None, 0
    for t in tensors:
        pads = [(0, 0)] * t.ndim
        pads[ax] = (start, total - start - t.shape[ax])
        piece = t.cast(d if d != dt.bool_ else dt.int32).pad(pads)
        out = piece if out is None else out + piece
        start = start + t.shape[ax]
    return out.cast(d)


def stack(tensors: Sequence[Tensor], axis: int = 0) -> Tensor:
    return cat([t.unsqueeze(axis) for t in tensors], axis)


def where(c: Tensor, a, b) -> Tensor:
    return c.where(a, b)


def _count(like: Tensor, value: Sint) -> Tensor:
    """A float scalar tensor holding `value`, which may be symbolic (read from the bound Var at run time)."""
    d = like.dtype if like.dtype.is_float else dt.float32
    return Tensor._of(Node("CONST", (), value if not isinstance(value, int) else float(value), d, ()), {}, like.device)


def _py(value, d: DType):
    if d.is_float:
        return float(value)
    if d == dt.bool_:
        return bool(value)
    return int(value)


def _merge(a: dict, b: dict) -> dict:
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for k, v in b.items():
        if k in out and out[k] != v:
            raise BoundError(f"Var {k!r} is bound to {out[k]} in one operand and {v} in the other")
        out[k] = v
    return out


def _shape_arg(shape) -> tuple:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    out = []
    for s in shape:
        if isinstance(s, (int, np.integer)) and not isinstance(s, bool):
            if s < -1:
                raise ShapeError(f"negative dim {s} in shape {tuple(shape)}")
            out.append(int(s))
        elif isinstance(s, Expr):
            out.append(s)
        else:
            raise ShapeError(f"shape entries must be ints or Vars, got {s!r} in {tuple(shape)}")
    return tuple(out)


def _bind_from_data(shape: tuple, actual: tuple) -> dict:
    if len(shape) != len(actual):
        raise ShapeError(f"data has shape {actual} but shape {_fmt(shape)} was given")
    vals: dict = {}
    for i, (s, a) in enumerate(zip(shape, actual)):
        if isinstance(s, int):
            if s != a:
                raise ShapeError(f"data dim {i} is {a}, expected {s}")
        elif isinstance(s, Var):
            s.check(a)
            if vals.get(s.name, a) != a:
                raise BoundError(f"Var {s.name!r} is {vals[s.name]} in one dim and {a} in another")
            vals[s.name] = a
        else:
            raise ShapeError(f"dim {i} of a data-bound shape must be an int or a plain Var, got {s}")
    return vals


def _graph_syms(node: Node) -> set:
    from minic.sched.fuse import view_syms
    syms: set = set()
    for n in node.toposort():
        for s in n.shape:
            syms |= free_syms(s)
        if n.op == "VIEW" or n.op == "ASSIGN":
            syms |= view_syms(n.arg)
        if n.op == "CONST" and isinstance(n.arg, Expr):
            syms |= free_syms(n.arg)
    return syms


def _check_in(x: Sint, lo: int, size: Sint, what: str, upper_inclusive: bool) -> None:
    """Reject an index that is out of range for every value of its Vars; the rest is
    checked with the bound values when the graph runs (see check_views)."""
    xlo, xhi = bounds(x)
    if xhi < lo:
        raise IndexOutOfRange(f"{what}: {x} is at most {xhi}, below {lo}")
    slack = (Expr.of(size) - x) if not isinstance(size, int) or not isinstance(x, int) else size - x
    if bounds(slack)[1] < (0 if upper_inclusive else 1):
        raise IndexOutOfRange(f"{what}: {x} always exceeds the dim (at least {xlo}, dim {size})")


def _check_ready(node: Node, var_vals: dict) -> bool:
    """Every Var bound and every view in bounds: what a graph needs before it may run. Returns whether the
    graph has Vars at all (without them, a graph that passed once always passes: see engine.realize)."""
    syms = _graph_syms(node)
    missing = sorted(s.name for s in syms if s.name not in var_vals)
    if missing:
        raise BoundError(f"Var{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                         f"{'are' if len(missing) > 1 else 'is'} not bound; use .bind({missing[0]}=...)")
    check_views(node, var_vals)
    return bool(syms)


def check_views(node: Node, var_vals: dict) -> None:
    """Every view must stay inside its source at the bound Var values: a kernel never reads
    or writes out of bounds, whatever the binding."""
    from minic.engine import numel
    from minic.ir.view import reach
    for n in node.toposort():
        if n.op not in ("VIEW", "ASSIGN"):
            continue
        src = n.src[0]
        sizes = [numel(src.shape, var_vals)] + [numel(v.shape, var_vals) for v in n.arg.views[:-1]]
        for v, size in zip(n.arg.views, sizes):
            r = reach(v, var_vals)
            if r is not None and (r[0] < 0 or r[1] >= size):
                raise IndexOutOfRange(
                    f"a view of shape {_fmt(v.shape)} reads elements {r[0]}..{r[1]} of a tensor with {size} "
                    f"(shape {_fmt(src.shape)}) at {', '.join(f'{k}={x}' for k, x in sorted(var_vals.items()))}; "
                    f"it was created at {n.site}")


def _slice_bounds(k: slice, size: Sint, dim: int) -> tuple:
    st = 1 if k.step is None else k.step
    if not isinstance(st, int) or st <= 0:
        raise IndexOutOfRange(f"slice step must be a positive int, got {k.step!r}")
    b, e = k.start, k.stop
    if isinstance(size, int) and all(isinstance(v, (int, type(None))) for v in (b, e)):
        b, e, _ = slice(b, e, st).indices(size)
        return b, max(e, b), st
    b = 0 if b is None else b
    e = size if e is None else e
    for v in (b, e):
        if isinstance(v, int) and v < 0:
            raise IndexOutOfRange(f"negative slice bound {v} into symbolic dim {size}")
    _check_in(e, 0, size, f"slice end for dim {dim} of size {size}", upper_inclusive=True)
    return b, e, st


for _name in ("exp", "log", "sqrt", "rsqrt", "sin", "cos", "tanh", "sigmoid", "relu", "silu", "gelu", "softmax",
              "log_softmax", "layer_norm", "rms_norm", "maximum", "minimum", "matmul", "triu", "tril", "abs"):
    globals()[_name] = getattr(Tensor, _name)
