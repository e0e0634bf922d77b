"""The lazy graph: immutable, hash-consed Nodes over a small primitive op set.

Creating a Node with the same op, sources, argument, dtype and shape as a live
one returns that very object, so equal subgraphs are shared (CSE for free) and
the scheduler can use nodes as dictionary keys.

Ops:
  leaves       BUFFER (arg: Buffer), CONST (arg: Python scalar), INDEX (arg: axis;
               the position along that axis, for arange and masks)
  elementwise  UNARY, BINARY, "where", "cast" (arg: target dtype); minic/ir/ops.py is the table of them
  REDUCE       arg: (op in sum/max/min, axes); the output keeps reduced axes as size 1
  VIEW         arg: ViewStack; movement ops folded into one node
  CONTIGUOUS   forces its source into a fresh buffer (a kernel boundary)
"""
from __future__ import annotations

import functools
import os
import sys
import weakref

from minic.dtype import DType
from minic.ir.ops import BINARY, ELEMENTWISE, REDUCE_OPS, UNARY  # noqa: F401 (re-exported: the op names)

_MINIC_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def user_site() -> str:
    """file:line of the first caller outside minic, so errors point at the user's code."""
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename.startswith(_MINIC_DIR):
        f = f.f_back
    return f"{f.f_code.co_filename}:{f.f_lineno}" if f is not None else "<unknown>"


_live: dict = {}  # hash-consing key -> weak reference to the live Node (a plain dict: WeakValueDictionary is slower)


def _forget(key: tuple, ref: weakref.ref) -> None:
    """A Node died: drop its entry, unless an equal Node made since owns the key now."""
    newer = _live.pop(key, ref)
    if newer is not ref:
        _live[key] = newer


class Node:
    __slots__ = ("op", "src", "arg", "dtype", "shape", "site", "__weakref__")

    def __new__(cls, op: str, src: tuple, arg, dtype: DType, shape: tuple, site: str | None = None):
        """`site`: the user's line to blame, when the caller knows it (a jit replay's outputs keep the line that
        made them when recorded); else found on the stack."""
        if op == "BUFFER":
            same = id(arg)
        elif type(arg) is float:  # by bits too: 0.0 == -0.0, and x * -0.0 must not become x * 0.0
            same = arg.hex()
        else:
            same = arg
        key = (op, tuple(map(id, src)), same, id(dtype), shape)  # one object per dtype (dtype.py)
        ref = _live.get(key)
        if ref is not None:
            hit = ref()
            if hit is not None:
                return hit
        self = object.__new__(cls)
        self.op, self.src, self.arg, self.dtype, self.shape = op, tuple(src), arg, dtype, tuple(shape)
        self.site = site if site is not None else user_site()
        _live[key] = weakref.ref(self, functools.partial(_forget, key))
        return self

    def __repr__(self) -> str:
        return f"<Node {self.op} {self.dtype.name}{list(self.shape)}>"

    def toposort(self) -> list[Node]:
        return toposort([self])

    def pretty(self) -> str:
        """The graph as numbered lines, one node per line, sources first."""
        return pretty([self])


VIEWS_CASTS = ("VIEW", "cast")  # what may lie between a value and its reader without changing which value it is


def below_views(node: Node, ops: tuple = ("VIEW",)) -> Node:
    """What a chain of views (and of the other `ops`, casts for instance) reads from."""
    while node.op in ops:
        node = node.src[0]
    return node


def toposort(roots: list[Node]) -> list[Node]:
    order: list[Node] = []
    seen: set[int] = set()
    stack = [(r, False) for r in reversed(roots)]
    while stack:
        n, done = stack.pop()
        if done:
            order.append(n)
            continue
        if id(n) in seen:
            continue
        seen.add(id(n))
        stack.append((n, True))
        stack.extend((s, False) for s in reversed(n.src) if id(s) not in seen)
    return order


def describe_arg(n: Node) -> str:
    if n.op == "BUFFER":
        return repr(n.arg)
    if n.op == "VIEW":
        return " | ".join(f"shape={list(v.shape)} strides={list(v.strides)}"
                          + (f" offset={v.offset}" if v.offset else "")
                          + (f" mask={list(v.mask)}" if v.mask else "") for v in n.arg.views)
    if n.op == "cast":
        return n.arg.name
    return "" if n.arg is None else repr(n.arg)


def pretty(roots: list[Node]) -> str:
    order = toposort(roots)
    num = {id(n): i for i, n in enumerate(order)}
    lines = []
    for n in order:
        srcs = ", ".join(f"%{num[id(s)]}" for s in n.src)
        arg = describe_arg(n)
        lines.append(f"%{num[id(n)]} = {n.op}({srcs}{', ' if srcs and arg else ''}{arg}) : "
                     f"{n.dtype.name}[{', '.join(str(s) for s in n.shape)}]")
    return "\n".join(lines)
