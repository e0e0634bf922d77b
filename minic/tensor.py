"""minic.Tensor: a lazy, numpy-like tensor.

Every operation records a Node; nothing runs until `.realize()`, `.numpy()` or `.item()`. This file is the Tensor
core: creation, elementwise ops, reductions and movement. Its other methods are functions in their own modules,
installed on Tensor when `minic` is imported: minic/nn.py (softmax, layer_norm, matmul, attention, activations,
...) and minic/indexing.py (`x[key]`, cat, split, ...); minic/binding.py holds the Var-binding checks.

Symbolic shapes: a dim may be a `Var` (or an expression of Vars). Values are bound per tensor, either explicitly
(`t.bind(n=7)`) or from data (`Tensor(array, shape=(n, 768))` binds n to the array's first dim). Bindings travel
with every tensor computed from it (a realized buffer keeps those of its shape); the graph itself never holds the
values, which is why one compiled kernel serves every value of a Var.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from minic import dtype as dt
from minic.binding import bind_from_data, check_ready, fmt_shape, graph_syms, merge, shape_arg
from minic.dtype import DType, to_dtype
from minic.errors import BoundError, IndexOutOfRange, MinicError, ShapeError
from minic.ir.node import Node
from minic.ir.symbolic import Sint, Var, sdiv
from minic.ir.view import ViewStack, prod
from minic.runtime.buffer import Buffer
from minic.runtime.registry import canonical, default_device, get_device

Scalar = int | float | bool



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
            raise ShapeError(f"cannot {what} shapes {fmt_shape(a)} and {fmt_shape(b)}: dim {i - n} is {x} in the first "
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
            var_vals = bind_from_data(shape, arr.shape)
        get_device(device)
        buf = Buffer(device, max(host.size, 1), target)
        if host.size:
            buf.load(host)
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
                vals = merge(vals, o.var_vals)
        return Tensor._of(node, vals, self.device)

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
        return f"<Tensor {self.dtype.name}{fmt_shape(self.shape)} on {self.device}{binding}: {self.node.op}>"

    def __hash__(self) -> int:
        return id(self)

    def bind(self, **values: int) -> Tensor:
        """Bind symbolic dims by name: `t.bind(n=7)`; each value is checked against its Var's bounds."""
        syms = {s.name: s for s in graph_syms(self.node)}
        for name, v in values.items():
            if name not in syms:
                raise BoundError(f"this tensor has no Var named {name!r} (it has {sorted(syms) or 'none'})")
            s = syms[name]
            Var(s.name, s.lo, s.hi).check(v)
        return Tensor._of(self.node, merge(self.var_vals, values), self.device)

    # --- running ------------------------------------------------------------------------------
    def schedule(self) -> list:
        """The kernels that would compute this tensor (each with .rule, .why, .ir, .source)."""
        from minic.engine import schedule
        self._check_bound()
        return schedule([self.node], self.var_vals, self.device)

    def realize(self) -> Tensor:
        return realize(self)[0]

    def _hold(self, buf: Buffer) -> None:
        """Become the realized `buf`, keeping only the Var values its shape needs (a token id made at past=7 can
        feed a step at past=8)."""
        node = self.node
        self.node = Node("BUFFER", (), buf, node.dtype, node.shape, node.site)
        if self.var_vals:
            kept = {s.name for s in graph_syms(self.node)}
            self.var_vals = {k: v for k, v in self.var_vals.items() if k in kept}

    def _check_bound(self) -> None:
        check_ready(self.node, self.var_vals)

    def contiguous(self) -> Tensor:
        return self._new(Node("CONTIGUOUS", (self.node,), None, self.dtype, self.shape))

    def numpy(self) -> np.ndarray:
        flat, shape = self._read(Buffer.numpy)
        return self._host_view(flat, shape)

    def numpy_async(self) -> Callable[[], np.ndarray]:
        """`numpy()` in two halves: the copy is queued now, after the work launched so far; the returned function
        waits for it alone (a greedy loop launches step i+1 before it reads step i's token back)."""
        wait, shape = self._read(Buffer.numpy_async)
        return lambda: self._host_view(wait(), shape)

    def _read(self, read: Callable) -> tuple:
        from minic.engine import concrete
        node = self.node if self.node.op == "BUFFER" else self.realize().node
        shape = concrete(node.shape, self.var_vals)
        return read(node.arg, math.prod(shape)), shape

    def _host_view(self, flat: np.ndarray, shape: tuple) -> np.ndarray:
        data = flat.reshape(shape)
        if self.dtype == dt.bfloat16:
            from minic.runtime.host import bfloat16_to_float32
            return bfloat16_to_float32(data)
        return data

    def item(self) -> Scalar:
        from minic.engine import numel
        n = numel(self.shape, self.var_vals) if self._bound_ok() else None
        if n != 1:
            raise ShapeError(f"item() needs a tensor with exactly one element, got shape {fmt_shape(self.shape)}"
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

    def assign(self, value, now: bool = True) -> Tensor | PendingAssign:
        """Write `value` into this tensor's memory (a realized buffer or a slice of one), now; or, with
        `now=False`, return the write for `minic.realize` to do together with other work, so that it can be
        merged into the kernel that computes `value` (a KV-cache write of a product's columns).

        The memory is shared, not copied: a lazy tensor made from this one before the write and realized after it
        reads the new values (`y = x + 1; x.assign(0); y.numpy()` is 1s). Realize such a tensor first where it
        must see the old ones."""
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
        vals = merge(self.var_vals, v.var_vals)
        if not now:
            return PendingAssign(self, node, vals)
        realize([node], vals, self.device, lambda: check_ready(node, vals))
        return self

    def assign_rows(self, rows: Tensor, value, now: bool = True) -> Tensor | PendingAssign:
        """Write value[i] into row rows[i] of this realized tensor, now (or, with `now=False`, when `minic.realize`
        does it with other work): a scatter (a paged KV cache stores a step's new keys in the rows its block
        tables name). A row id outside [0, rows of this tensor) writes nothing, so -1 marks a row to skip; when two
        ids are equal, which value lands is unspecified."""
        from minic.engine import realize
        if self.node.op != "BUFFER":
            raise MinicError("assign_rows() writes into a realized tensor (a whole buffer, not a slice or a "
                             "computed graph); call .realize() first")
        if not isinstance(rows, Tensor) or rows.ndim != 1 or rows.dtype.is_float or rows.dtype == dt.bool_:
            got = f"{rows.dtype.name} tensor of shape {fmt_shape(rows.shape)}" if isinstance(rows, Tensor) else \
                type(rows).__name__
            raise MinicError(f"assign_rows() takes row ids as a 1-D integer tensor, got a {got}")
        if self.ndim < 1:
            raise ShapeError("assign_rows() needs a tensor with at least one dim (its rows)")
        v = value if isinstance(value, Tensor) else Tensor.full((), value, self.dtype, self.device)
        for t in (rows, v):
            if t.device != self.device:
                raise MinicError(f"assign_rows() of a tensor on {t.device} into one on {self.device}")
        v = v.cast(self.dtype)._broadcast_to((rows.shape[0], *self.shape[1:]), "assign_rows")
        ids = rows.cast(dt.int32)
        node = Node("SCATTER", (self.node, v.node, ids.node), None, self.dtype, v.shape)
        vals = merge(self.var_vals, merge(v.var_vals, ids.var_vals))
        if not now:
            return PendingAssign(self, node, vals)
        realize([node], vals, self.device, lambda: check_ready(node, vals))
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

    def __bool__(self) -> bool:
        """A one-element tensor's truth (computed now); any other is ambiguous, as numpy says: `if x > 0:` on a
        whole tensor, or `list.index` and `in` (which compare elementwise), would otherwise always be true."""
        static = all(isinstance(d, int) for d in self.shape)
        values = None if static and prod(self.shape) != 1 else self.numpy()  # computed only when it may be one
        if values is None or values.size != 1:
            raise ShapeError(f"the truth value of a tensor of shape {fmt_shape(self.shape)} is ambiguous: reduce it "
                             f"first (.max(), .min(), .sum()) or compare .numpy()")
        return bool(values.reshape(-1)[0])

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
        big = self.shape[ax]
        if big == 0:
            raise ShapeError(f"argmax over axis {ax} of shape {fmt_shape(self.shape)}: the axis is empty")
        m = self.max(ax, keepdim=True)
        pos = Tensor._of(Node("INDEX", (), ax, dt.int32, self.shape), {}, self.device)
        hits = self == m
        if self.dtype.is_float:  # a NaN is the maximum (max propagates it), and equals nothing: numpy takes the first
            hits = hits | (self != self)
        candidates = hits.where(pos, Tensor._of(Node("CONST", (), big, dt.int32, ()), {}, self.device)
                                if isinstance(big, int) else _count(self, big).cast(dt.int32))
        return candidates.min(ax, keepdim)

    def argmin(self, axis: int | None = None, keepdim: bool = False) -> Tensor:
        """Index of the first minimum along `axis`: argmax of an order-reversing map of the values that cannot
        overflow (-x wraps for an unsigned type and for an integer type's most negative value)."""
        if self.dtype.is_float:
            return (-self).argmax(axis, keepdim)
        if self.dtype == dt.bool_:
            return self.logical_not().argmax(axis, keepdim)
        info = np.iinfo(self.dtype.np)
        return ((info.max - self) if info.min == 0 else (-1 - self)).argmax(axis, keepdim)

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
        shape = list(shape_arg(shape))
        if shape.count(-1) > 1:
            raise ShapeError(f"reshape to {fmt_shape(tuple(shape))}: only one dim may be -1")
        if -1 in shape:
            rest = prod(s for s in shape if not (isinstance(s, int) and s == -1))
            if isinstance(rest, int) and rest == 0:  # numpy's rule: the -1 cannot be inferred next to a 0
                raise ShapeError(f"cannot reshape {fmt_shape(self.shape)} to {fmt_shape(tuple(shape))}: the -1 is "
                                 f"ambiguous next to a dim of size 0")
            shape[shape.index(-1)] = sdiv(self.numel(), rest)
        shape = tuple(shape)
        if not _same(prod(shape), self.numel()):
            raise ShapeError(f"cannot reshape {fmt_shape(self.shape)} ({self.numel()} elements) to {fmt_shape(shape)} "
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

    def flip(self, *axes: int) -> Tensor:
        """The elements in reverse order along `axes` (every axis when none is given), as numpy.flip: a view, no
        copy (RoPE's partner of each interleaved pair is x.reshape(..., d // 2, 2).flip(-1))."""
        if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
            axes = tuple(axes[0])
        if any(not isinstance(a, (int, np.integer)) or isinstance(a, bool) for a in axes):
            raise TypeError(f"flip takes integer axes, got {axes}")
        axes = tuple(sorted({_norm_axis(int(a), self.ndim) for a in axes})) if axes else tuple(range(self.ndim))
        return self._view("flip", axes, self.shape) if axes else self

    @property
    def T(self) -> Tensor:
        return self.permute(*reversed(range(self.ndim)))

    def _broadcast_to(self, shape: tuple, what: str = "broadcast") -> Tensor:
        if self.shape == tuple(shape):
            return self
        full = broadcast_shapes(self.shape, shape, what)
        if full != tuple(shape):
            raise ShapeError(f"cannot {what} {fmt_shape(self.shape)} to {fmt_shape(tuple(shape))}")
        if self.node.op == "CONST":  # a constant is the same everywhere: one node of the new shape, no views
            return self._new(Node("CONST", (), self.node.arg, self.dtype, full))
        x = self.reshape(*((1,) * (len(shape) - self.ndim) + self.shape)) if self.ndim < len(shape) else self
        return x._view("expand", full, full)

    def expand(self, *shape) -> Tensor:
        shape = shape_arg(shape)
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

# --- helpers -------------------------------------------------------------------------------------
_BOOL_ARITH = {"add": "or", "mul": "and", "max": "or", "min": "and"}


class PendingAssign:
    """A write that `Tensor.assign(value, now=False)` describes and `minic.realize` does."""
    __slots__ = ("target", "node", "var_vals")

    def __init__(self, target: Tensor, node: Node, var_vals: dict):
        self.target, self.node, self.var_vals = target, node, var_vals

    @property
    def device(self) -> str:
        return self.target.device

    def __repr__(self) -> str:
        return f"<pending assign into a {fmt_shape(self.target.shape)} {self.target.dtype.name} tensor>"


def realize(*items: Tensor | PendingAssign) -> tuple[Tensor, ...]:
    """Realize tensors and do pending assigns in one schedule, so that kernels merge across them: a KV-cache write
    of a product's columns (`cache[:, past:m].assign(k, now=False)`, k a slice of the product) is stored by the
    product's own kernel instead of a copy kernel of its own. Returns each item realized (an assign: its target)."""
    from minic.engine import realize as run
    for it in items:
        if not isinstance(it, (Tensor, PendingAssign)):
            raise TypeError(f"minic.realize() takes Tensors and pending assigns (Tensor.assign(value, now=False)), "
                            f"got {type(it).__name__}")
    work = [it for it in items if isinstance(it, PendingAssign) or it.node.op != "BUFFER"]
    if work:
        devices = sorted({it.device for it in work})
        if len(devices) > 1:
            raise MinicError(f"minic.realize() of tensors on different devices ({', '.join(devices)}): realize "
                             f"each device's tensors in a call of its own")
        vals: dict = {}
        for it in work:
            vals = merge(vals, it.var_vals)
        nodes = list(dict.fromkeys(it.node for it in work))
        bufs = run(nodes, vals, devices[0], lambda: any([check_ready(n, vals) for n in nodes]))
        for it in work:
            if isinstance(it, Tensor) and it.node.op != "BUFFER":
                it._hold(bufs[it.node])
    return tuple(it.target if isinstance(it, PendingAssign) else it for it in items)


def _count(like: Tensor, value: Sint) -> Tensor:
    """A float scalar tensor holding `value`, which may be symbolic (read from the bound Var at run time)."""
    d = like.dtype if like.dtype.is_float else dt.float32
    return Tensor._of(Node("CONST", (), value if not isinstance(value, int) else float(value), d, ()), {}, like.device)


def where(c: Tensor, a, b) -> Tensor:
    """c ? a : b elementwise, as numpy.where."""
    return c.where(a, b)


def _py(value, d: DType):
    if d.is_float:
        return float(value)
    if d == dt.bool_:
        return bool(value)
    return int(value)
