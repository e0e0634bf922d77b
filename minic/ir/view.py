"""Views: how an index into a tensor maps onto its source's memory.

Movement ops (reshape, permute, expand, slice, pad, flip) never copy: they
rewrite a View (shape, strides, offset, mask). A mask marks where a padded
view reads zero instead of memory. When a reshape cannot be expressed as one
View (say, reshaping a transposed tensor), a second View is stacked on top;
lowering walks the stack, so every movement stays correct and free.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from minic.ir.symbolic import Sint, bounds, evaluate, sdiv, smax, smin, smod


def prod(xs) -> Sint:
    out: Sint = 1
    for x in xs:
        out = out * x
    return out


@functools.lru_cache(maxsize=4096)
def contiguous_strides(shape: tuple) -> tuple:
    """Row-major strides (0 for size-1 dims); cached: every movement op asks for them, often several times."""
    strides, acc = [], 1
    for s in reversed(shape):
        strides.append(0 if s == 1 else acc)
        acc = acc * s
    return tuple(reversed(strides))


def unravel(linear: Sint, shape: tuple) -> list:
    """Row-major multi-index of `linear` in `shape` (div/mod fold away where provable)."""
    idx = []
    for i, s in enumerate(shape):
        inner = prod(shape[i + 1:])
        q = sdiv(linear, inner)
        idx.append(0 if s == 1 else (smod(q, s) if i > 0 else q))
    return idx


Mask = tuple | None  # tuple of (lo, hi) per dim, or None for "everything valid"


@dataclass(frozen=True)
class View:
    shape: tuple
    strides: tuple
    offset: Sint = 0
    mask: Mask = None

    @staticmethod
    def contiguous(shape: tuple) -> View:
        return View(tuple(shape), contiguous_strides(tuple(shape)))

    @property
    def is_contiguous(self) -> bool:
        return self.offset == 0 and self.mask is None and all(
            st == cs or s == 1 for s, st, cs in zip(self.shape, self.strides, contiguous_strides(self.shape)))

    def index(self, idx: list) -> tuple[Sint, list]:
        """(linear position in the source, [(expr, lo, hi), ...] conditions for validity)."""
        lin: Sint = self.offset
        for i, st in zip(idx, self.strides):
            if st != 0:
                lin = lin + i * st
        valid = []
        if self.mask is not None:
            for i, s, (lo, hi) in zip(idx, self.shape, self.mask):
                if not (lo == 0 and hi == s):
                    valid.append((i, lo, hi))
        return lin, valid

    # --- movement ---------------------------------------------------------------
    def permute(self, order: tuple) -> View:
        return View(tuple(self.shape[o] for o in order), tuple(self.strides[o] for o in order), self.offset,
                    None if self.mask is None else tuple(self.mask[o] for o in order))

    def expand(self, shape: tuple) -> View:
        strides = tuple(st if s == ns else 0 for s, ns, st in zip(self.shape, shape, self.strides))
        mask = None if self.mask is None else tuple(
            m if s == ns else ((0, ns) if m == (0, 1) else (0, 0)) for s, ns, m in zip(self.shape, shape, self.mask))
        return View(tuple(shape), strides, self.offset, mask)

    def shrink(self, arg: tuple) -> View:
        offset = self.offset
        for (b, _), st in zip(arg, self.strides):
            offset = offset + b * st
        mask = None
        if self.mask is not None:
            mask = tuple((smax(lo - b, 0), smin(hi - b, e - b)) for (lo, hi), (b, e) in zip(self.mask, arg))
        return View(tuple(e - b for b, e in arg), self.strides, offset, mask)

    def pad(self, arg: tuple) -> View:
        offset = self.offset
        for (b, _), st in zip(arg, self.strides):
            offset = offset - b * st
        old = self.mask or tuple((0, s) for s in self.shape)
        mask = tuple((lo + b, hi + b) for (lo, hi), (b, _) in zip(old, arg))
        return View(tuple(s + b + a for s, (b, a) in zip(self.shape, arg)), self.strides, offset, mask)

    def flip(self, axes: tuple) -> View:
        offset, strides, mask = self.offset, list(self.strides), list(self.mask) if self.mask else None
        for a in axes:
            offset = offset + (self.shape[a] - 1) * strides[a]
            strides[a] = -strides[a]
            if mask is not None:
                lo, hi = mask[a]
                mask[a] = (self.shape[a] - hi, self.shape[a] - lo)
        return View(self.shape, tuple(strides), offset, tuple(mask) if mask else None)

    def step(self, steps: tuple) -> View | None:
        if self.mask is not None:
            return None
        shape = tuple(s if k == 1 else sdiv(s + k - 1, k) for s, k in zip(self.shape, steps))
        return View(shape, tuple(st * k for st, k in zip(self.strides, steps)), self.offset)

    def reshape(self, shape: tuple) -> View | None:
        """The same memory seen with a new shape, or None when one View cannot say it."""
        if tuple(shape) == self.shape:
            return self
        if self.is_contiguous:
            return View.contiguous(shape)
        if self.mask is not None:
            return None
        old = [(s, st) for s, st in zip(self.shape, self.strides) if s != 1]
        new_strides: list = []
        i = 0
        for ns in shape:
            if ns == 1:
                new_strides.append(0)
                continue
            if i < len(old) and old[i][0] == ns:
                new_strides.append(old[i][1])
                i += 1
                continue
            if i < len(old) and type(ns) is int and type(old[i][0]) is int and old[i][0] % ns == 0:
                # split an old dim: this new dim takes its outer part (a slice of fused columns into heads)
                size, st = old[i]
                new_strides.append(st * (size // ns))
                old[i] = (size // ns, st)
                continue
            # merge a run of old dims that are laid out back to back
            size, j = old[i][0] if i < len(old) else None, i
            while size is not None and size != ns and j + 1 < len(old) and old[j][1] == old[j + 1][1] * old[j + 1][0]:
                j += 1
                size = size * old[j][0]
            if size is None or size != ns:
                return None
            new_strides.append(old[j][1])
            i = j + 1
        if i != len(old):
            return None
        return View(tuple(shape), tuple(new_strides), self.offset)


@dataclass(frozen=True)
class ViewStack:
    """Views applied innermost-first: views[0] reads the source, views[-1] is what users see."""
    views: tuple

    @staticmethod
    def contiguous(shape: tuple) -> ViewStack:
        return ViewStack((View.contiguous(tuple(shape)),))

    @property
    def shape(self) -> tuple:
        return self.views[-1].shape

    @property
    def is_contiguous(self) -> bool:
        return len(self.views) == 1 and self.views[0].is_contiguous

    def _with_last(self, v: View) -> ViewStack:
        return ViewStack(self.views[:-1] + (v,))

    def movement(self, op: str, arg) -> ViewStack:
        last = self.views[-1]
        if op == "reshape":
            v = last.reshape(arg)
            return self._with_last(v) if v is not None else ViewStack(self.views + (View.contiguous(arg),))
        if op == "step":
            v = last.step(arg)
            if v is None:
                return ViewStack(self.views + (View.contiguous(last.shape).step(arg),))
            return self._with_last(v)
        return self._with_last(getattr(last, op)(arg))

    def index(self, idx: list, src_shape: tuple) -> tuple[list, list]:
        """Map an output multi-index to the source's multi-index, plus validity conditions."""
        valid: list = []
        for k in range(len(self.views) - 1, -1, -1):
            idx, v = _step(self.views[k], idx, self.views[k - 1].shape if k > 0 else src_shape)
            valid = v + valid
        return idx, valid

    def linear(self, idx: list) -> tuple[Sint, list]:
        """Map an output multi-index to a flat element offset into a buffer."""
        valid: list = []
        for k in range(len(self.views) - 1, 0, -1):
            idx, v = _step(self.views[k], idx, self.views[k - 1].shape)
            valid = v + valid
        lin, v = self.views[0].index(idx)
        return lin, v + valid


def _step(view: View, idx: list, src_shape: tuple) -> tuple[list, list]:
    """`view` at `idx` as an index into a source of `src_shape` it reads row-major, plus validity conditions.
    A view that only inserts and broadcasts axes of a contiguous source (an unsqueeze, an expand) maps axis to
    axis; the general way, unravelling the linear position, would divide by the source's extents, which nothing
    simplifies when they are symbolic (keys [h, past + 1, d] broadcast over query rows would read
    k[(j + h*(past + 1)) % (past + 1)] instead of k[j])."""
    if view.mask is None and view.offset == 0:
        src_strides = contiguous_strides(src_shape)
        src_axes = [a for a, st in enumerate(src_strides) if st != 0]
        out_axes = [a for a, st in enumerate(view.strides) if st != 0]
        if [view.strides[a] for a in out_axes] == [src_strides[a] for a in src_axes] and \
                all(bounds(src_shape[a] - view.shape[o])[0] >= 0 for o, a in zip(out_axes, src_axes)):
            out: list = [0] * len(src_shape)
            for o, a in zip(out_axes, src_axes):
                out[a] = idx[o]
            return out, []
    lin, valid = view.index(idx)
    return unravel(lin, src_shape), valid


def reach(v: View, env: dict) -> tuple[int, int] | None:
    """The smallest and largest source position `v` reads at these Var values (None: reads nothing)."""
    def val(x: Sint) -> int:
        return x if isinstance(x, int) else evaluate(x, env)
    lo = hi = val(v.offset)
    for d, (s, st) in enumerate(zip(v.shape, v.strides)):
        first, last = (0, val(s) - 1) if v.mask is None else (val(v.mask[d][0]), val(v.mask[d][1]) - 1)
        first, last = max(first, 0), min(last, val(s) - 1)
        if last < first:
            return None
        st = val(st)
        lo += min(st * first, st * last)
        hi += max(st * first, st * last)
    return lo, hi
