"""Integer expressions over named, bounded variables.

Shapes, strides and index math are `int | Expr`. An Expr is kept in one
canonical form, a polynomial: a map from monomials (sorted tuples of atoms)
to integer coefficients. Atoms are variables, floor divisions and modulos.
Because the form is canonical, equal expressions compare and hash equal,
so `past + n` and `n + past` are the same dim and `(i*n + j) // n` folds
back to `i` when `j < n` is provable.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from typing import Union

from minic.errors import BoundError

Sint = Union[int, "Expr"]


class Sym:
    """A variable atom. `ub` is an optional exclusive upper bound as an expression
    (a loop over `range(n)` has ub=n), used to prove `i < n` for symbolic n."""

    __slots__ = ("name", "lo", "hi", "ub", "_key")

    def __init__(self, name: str, lo: int, hi: int, ub: Sint | None = None):
        self.name, self.lo, self.hi, self.ub = name, lo, hi, ub
        self._key = ("sym", name, lo, hi)

    def __eq__(self, other):
        return isinstance(other, Sym) and self._key == other._key

    def __hash__(self):
        return hash(self._key)

    def sort_key(self) -> str:
        return "0" + self.name

    def bounds(self) -> tuple[int, int]:
        return self.lo, self.hi


class Div:
    """floor(num / den) for num >= 0, den > 0 (all minic index math is non-negative)."""

    __slots__ = ("num", "den", "_key")
    op = "//"

    def __init__(self, num: Expr, den: Sint):
        self.num, self.den = num, den
        self._key = (self.op, num, den)

    def __eq__(self, other):
        return type(other) is type(self) and self._key == other._key

    def __hash__(self):
        return hash(self._key)

    def sort_key(self) -> str:
        return "1" + render_py(self.num) + self.op + render_py(self.den)

    def bounds(self) -> tuple[int, int]:
        nlo, nhi = bounds(self.num)
        dlo, dhi = bounds(self.den)
        return nlo // max(dhi, 1), nhi // max(dlo, 1)


class Mod(Div):
    op = "%"

    def bounds(self) -> tuple[int, int]:
        nlo, nhi = bounds(self.num)
        _, dhi = bounds(self.den)
        return (0, min(nhi, dhi - 1)) if nlo >= 0 else (0, dhi - 1)


Atom = Sym | Div | Mod
Monomial = tuple  # tuple[Atom, ...] sorted; () is the constant term


def _mono_key(m: Monomial) -> str:
    return ",".join(a.sort_key() for a in m)


class Expr:
    """A canonical integer polynomial. Build with Var(...) and arithmetic; never directly."""

    __slots__ = ("terms", "_hash")

    def __init__(self, terms: dict):
        self.terms = {m: c for m, c in sorted(terms.items(), key=lambda t: _mono_key(t[0])) if c != 0}
        self._hash = hash(tuple(self.terms.items()))

    # --- construction helpers -------------------------------------------------
    @staticmethod
    def of(x: Sint) -> Expr:
        if isinstance(x, Expr):
            return x
        if isinstance(x, (int,)) and not isinstance(x, bool):
            return Expr({(): x} if x else {})
        raise TypeError(f"not an integer expression: {x!r}")

    def norm(self) -> Sint:
        """An Expr that is a constant becomes a plain int."""
        if not self.terms:
            return 0
        if len(self.terms) == 1 and () in self.terms:
            return self.terms[()]
        return self

    # --- arithmetic -----------------------------------------------------------
    def __add__(self, other: Sint) -> Sint:
        o = Expr.of(other)
        t = dict(self.terms)
        for m, c in o.terms.items():
            t[m] = t.get(m, 0) + c
        return Expr(t).norm()

    __radd__ = __add__

    def __neg__(self) -> Sint:
        return Expr({m: -c for m, c in self.terms.items()}).norm()

    def __sub__(self, other: Sint) -> Sint:
        return self + (-Expr.of(other))

    def __rsub__(self, other: Sint) -> Sint:
        return Expr.of(other) + (-self)

    def __mul__(self, other: Sint) -> Sint:
        o = Expr.of(other)
        t: dict = {}
        for m1, c1 in self.terms.items():
            for m2, c2 in o.terms.items():
                m = tuple(sorted(m1 + m2, key=lambda a: a.sort_key()))
                t[m] = t.get(m, 0) + c1 * c2
        return Expr(t).norm()

    __rmul__ = __mul__

    def __floordiv__(self, other: Sint) -> Sint:
        return sdiv(self, other)

    def __rfloordiv__(self, other: Sint) -> Sint:
        return sdiv(other, self)

    def __mod__(self, other: Sint) -> Sint:
        return smod(self, other)

    def __rmod__(self, other: Sint) -> Sint:
        return smod(other, self)

    # --- identity ---------------------------------------------------------------
    def __eq__(self, other) -> bool:
        if isinstance(other, int):
            return False  # a normalised Expr is never constant
        return isinstance(other, Expr) and self.terms == other.terms

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return render_py(self)

    def __bool__(self) -> bool:
        return True

    def __index__(self):
        raise TypeError(f"symbolic value {self} has no fixed integer value; bind its Vars first")

    @property
    def syms(self) -> set[Sym]:
        return free_syms(self)


class Var(Expr):
    """A named symbolic dimension with inclusive bounds, e.g. Var("n", 1, 1024).

    Two Vars are the same dim only if name and bounds match: `n` and `m` never
    merge because their values happen to coincide."""

    __slots__ = ()

    def __init__(self, name: str, lo: int, hi: int):
        if not isinstance(name, str) or not name.isidentifier():
            raise BoundError(f"Var name must be an identifier, got {name!r}")
        if not (isinstance(lo, int) and isinstance(hi, int)) or lo > hi or lo < 0:
            raise BoundError(f"Var {name!r} needs integer bounds 0 <= lo <= hi, got lo={lo!r}, hi={hi!r}")
        super().__init__({(Sym(name, lo, hi),): 1})

    @property
    def sym(self) -> Sym:
        return next(iter(self.terms))[0]

    @property
    def name(self) -> str:
        return self.sym.name

    @property
    def lo(self) -> int:
        return self.sym.lo

    @property
    def hi(self) -> int:
        return self.sym.hi

    def __repr__(self) -> str:
        return f"Var({self.name!r}, {self.lo}, {self.hi})"

    def __str__(self) -> str:
        return self.name

    def check(self, value: int) -> int:
        """Validate a value for this Var; raise BoundError naming it otherwise."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise BoundError(f"Var {self.name!r} must be bound to an int, got {value!r}")
        if not self.lo <= value <= self.hi:
            raise BoundError(f"Var {self.name!r} = {value} is outside its bounds [{self.lo}, {self.hi}]")
        return value


def sym_expr(s: Sym) -> Expr:
    return Expr({(s,): 1})


def loop_var(name: str, extent: Sint) -> Expr:
    """The index variable of a loop over range(extent), with extent as its exclusive bound."""
    return sym_expr(Sym(name, 0, max(bounds(extent)[1] - 1, 0), ub=extent))


# --- queries -----------------------------------------------------------------------
def bounds(x: Sint) -> tuple[int, int]:
    """Inclusive integer interval of x over all values of its variables."""
    if isinstance(x, int):
        return x, x
    lo = hi = 0
    for m, c in x.terms.items():
        mlo, mhi = 1, 1
        for a in m:
            alo, ahi = a.bounds()
            cands = (mlo * alo, mlo * ahi, mhi * alo, mhi * ahi)
            mlo, mhi = min(cands), max(cands)
        lo, hi = lo + min(c * mlo, c * mhi), hi + max(c * mlo, c * mhi)
    return lo, hi


def free_syms(x: Sint) -> set[Sym]:
    if isinstance(x, int):
        return set()
    out: set[Sym] = set()
    for m in x.terms:
        for a in m:
            if isinstance(a, Sym):
                out.add(a)
            else:
                out |= free_syms(a.num) | free_syms(a.den)
    return out


def _lt(r: Sint, d: Sint) -> bool:
    """Prove r < d for non-negative r. Loop variables know their symbolic extent, so
    `i*n + j < n*n` holds when i < n and j < n: replace each variable by its largest
    value as an expression and check that the gap to d is non-negative everywhere."""
    if bounds(r)[1] < bounds(d)[0]:
        return True
    top = upper(r)
    return top is not None and bounds(Expr.of(d) - top - 1)[0] >= 0


def upper(x: Sint) -> Sint | None:
    """A symbolic upper bound of x (None if x has a negative coefficient)."""
    if isinstance(x, int):
        return x
    out: Sint = 0
    for m, c in x.terms.items():
        if c < 0:
            return None
        term: Sint = c
        for a in m:
            if isinstance(a, Sym):  # loop variables take their last value, Vars stay symbolic
                term = term * (a.ub - 1 if a.ub is not None else sym_expr(a))
            elif isinstance(a, Mod):
                term = term * (Expr.of(a.den) - 1)
            else:
                term = term * a.bounds()[1]
        out = out + term
    return out


def _le(a: Sint, b: Sint) -> bool:
    diff = Expr.of(b) - a
    return bounds(diff)[0] >= 0


def _split_multiples(x: Expr, d: Sint) -> tuple[Sint, Sint]:
    """x = d*q + r where q collects every term that is a multiple of d."""
    q: dict = {}
    r: dict = {}
    if isinstance(d, int):
        for m, c in x.terms.items():
            qc, rc = divmod(c, d)
            if rc == 0:
                q[m] = qc
            elif m == ():  # peel whole multiples off the constant
                q[()], r[()] = qc, rc
            else:
                r[m] = c
        return Expr(q).norm(), Expr(r).norm()
    dm = d.terms
    if len(dm) == 1:
        (datoms, dc), = dm.items()
        for m, c in x.terms.items():
            rest = list(m)
            ok = c % dc == 0
            for a in datoms:
                if ok and a in rest:
                    rest.remove(a)
                else:
                    ok = False
            if ok:
                q[tuple(rest)] = q.get(tuple(rest), 0) + c // dc
            else:
                r[m] = c
        return Expr(q).norm(), Expr(r).norm()
    # a divisor of several terms, e.g. (1 + past): every variable whose coefficient is exactly d is a
    # whole multiple, so o0 + o0*past + o2 = (1 + past)*o0 + o2
    quotient: Sint = 0
    rest: Sint = x
    for var in sorted({a for m in x.terms for a in m if isinstance(a, Sym)}, key=lambda v: v.name):
        if _coefficient(rest, var) == d:
            quotient = quotient + sym_expr(var)
            rest = rest - sym_expr(var) * d
    return quotient, rest


def _coefficient(x: Sint, var: Sym) -> Sint:
    """The polynomial c with x = c*var + (terms without var); terms with var twice count as not a multiple."""
    out: Sint = 0
    for m, c in Expr.of(x).terms.items():
        if m.count(var) == 1:
            term: Sint = c
            for a in m:
                if a is not var:
                    term = term * Expr({(a,): 1})
            out = out + term
    return out


def affine_coefficient(x: Sint, var: Sym) -> Sint | None:
    """The coefficient c of `var` in x = c*var + (terms without var) when x is affine in var: var never squared,
    never times a floor division or modulo, never inside one; else None."""
    for m in Expr.of(x).terms:
        if var in m and (m.count(var) > 1 or any(not isinstance(a, Sym) for a in m)):
            return None
        if any(not isinstance(a, Sym) and var in free_syms(Expr({(a,): 1})) for a in m):
            return None
    return _coefficient(x, var)


def ceil_div(a: Sint, b: int) -> Sint:
    """How many blocks of `b` cover a non-negative `a`: ceil(a / b), an int for ints, an expression for Vars.
    The one spelling of ceiling division for the rules (tiles, groups, K steps)."""
    return (a + b - 1) // b


def sdiv(a: Sint, b: Sint) -> Sint:
    """Floor division of non-negative index expressions, simplified."""
    if isinstance(b, int):
        if b == 1:
            return a
        if isinstance(a, int):
            return a // b
    if isinstance(a, int) and isinstance(b, Expr) and a == 0:
        return 0
    if isinstance(a, Expr) and isinstance(b, Expr) and a == b:
        return 1
    a = Expr.of(a)
    q, r = _split_multiples(a, b)
    if bounds(r)[0] < 0:
        # the remainder can be negative ((5 - i) // 2 split as 2 + (1 - i) // 2) where the whole numerator cannot:
        # the renderers divide truncating toward zero, so the numerator stays whole
        return _atom(Div, a, b)
    if bounds(r)[0] >= 0 and _lt(r, b):
        return q
    if isinstance(r, int):
        return q + r // b if isinstance(b, int) else q + _atom(Div, Expr.of(r), b)
    if isinstance(b, int):
        lo, hi = bounds(r)
        if lo >= 0 and lo // b == hi // b:
            return q + lo // b
    return q + _atom(Div, r, b)


def smod(a: Sint, b: Sint) -> Sint:
    """Modulo of non-negative index expressions, simplified."""
    if isinstance(b, int):
        if b == 1:
            return 0
        if isinstance(a, int):
            return a % b
    a = Expr.of(a)
    _, r = _split_multiples(a, b)
    if isinstance(b, int) and isinstance(r, Expr):
        r = Expr({m: c % b for m, c in r.terms.items()}).norm()
    if bounds(r)[0] >= 0 and _lt(r, b):
        return r
    if isinstance(r, int) and isinstance(b, int):
        return r % b
    inner = _single_atom(r)
    if isinstance(inner, Mod) and isinstance(inner.den, int) and isinstance(b, int) and inner.den % b == 0:
        return smod(inner.num, b)  # (x % 32) % 4 is x % 4: a lane's place in a warp, then in its column's run
    return _atom(Mod, Expr.of(r), b)


def _single_atom(x: Sint):
    """The atom x is, where x is one atom with coefficient 1 (x % 32), else None."""
    if isinstance(x, Expr) and len(x.terms) == 1:
        ((mono, coef),) = x.terms.items()
        if coef == 1 and len(mono) == 1:
            return mono[0]
    return None


def _atom(cls, num: Expr, den: Sint) -> Expr:
    return Expr({(cls(num, den),): 1})


def smax(a: Sint, b: Sint) -> Sint:
    """max(a, b) when it can be decided for every value of the Vars."""
    if isinstance(a, int) and isinstance(b, int):
        return max(a, b)
    if bounds(Expr.of(a) - b)[0] >= 0:
        return a
    if bounds(Expr.of(b) - a)[0] >= 0:
        return b
    raise ValueError(f"cannot decide max({a}, {b}) for every value of the Vars")


def smin(a: Sint, b: Sint) -> Sint:
    if isinstance(a, int) and isinstance(b, int):
        return min(a, b)
    if bounds(Expr.of(b) - a)[0] >= 0:
        return a
    if bounds(Expr.of(a) - b)[0] >= 0:
        return b
    raise ValueError(f"cannot decide min({a}, {b}) for every value of the Vars")


def substitute(x: Sint, mapping: dict[Sym, Sint]) -> Sint:
    """Replace variables by expressions or ints and re-simplify."""
    if isinstance(x, int):
        return x
    return fold(x, lambda s: mapping.get(s, sym_expr(s)), lambda c: c,
                lambda a, b: a + b, lambda a, b: a * b, sdiv, smod)


def evaluate(x: Sint, env: dict[str, int]) -> int:
    """The value of x with its variables bound by name."""
    if isinstance(x, int):
        return x
    return fold(x, lambda s: env[s.name], lambda c: c, lambda a, b: a + b, lambda a, b: a * b,
                lambda a, b: a // b, lambda a, b: a % b)


def fold(x: Sint, var: Callable, const: Callable, add: Callable, mul: Callable,
         div: Callable, mod: Callable):
    """Rebuild x bottom-up through callbacks: the one walk every renderer and evaluator uses."""
    if isinstance(x, int):
        return const(x)
    acc = None
    for m, c in x.terms.items():
        term = None
        for a in m:
            if isinstance(a, Sym):
                v = var(a)
            else:
                n = fold(a.num, var, const, add, mul, div, mod)
                d = fold(a.den, var, const, add, mul, div, mod)
                v = div(n, d) if type(a) is Div else mod(n, d)
            term = v if term is None else mul(term, v)
        if term is None:
            term = const(c)
        elif c != 1:
            term = mul(term, const(c))
        acc = term if acc is None else add(acc, term)
    return acc if acc is not None else const(0)


def render(x: Sint, name: Callable[[Sym], str] = lambda s: s.name, div: str = "/") -> str:
    """C-style text for x; `div` is the floor-division operator of the target language."""
    if isinstance(x, int):
        return str(x)
    parts = []
    for m, c in x.terms.items():
        factors = [name(a) if isinstance(a, Sym) else
                   f"({render(a.num, name, div)}{div if type(a) is Div else '%'}{_operand(a.den, name, div)})"
                   for a in m]
        if not factors:
            parts.append(str(c))
            continue
        if c == -1:
            parts.append("-" + "*".join(factors))
        else:
            parts.append("*".join(factors) + ("" if c == 1 else f"*{c}" if c > 0 else f"*({c})"))
    text = " + ".join(parts).replace("+ -", "- ")
    return text if len(parts) == 1 else f"({text})"


def _operand(x: Sint, name: Callable[[Sym], str], div: str) -> str:
    """x as the right operand of / or %: a product needs parentheses (i/(n*16), not i/n*16)."""
    text = render(x, name, div)
    return text if isinstance(x, int) or _wrapped(text) or text.isidentifier() else f"({text})"


def _wrapped(text: str) -> bool:
    """True when one pair of parentheses encloses all of `text` ("((a)/16)*12" is not wrapped)."""
    if not text.startswith("("):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i == len(text) - 1
    return False


def render_py(x: Sint) -> str:
    return render(x, div="//")


def gcd_of(x: Sint) -> int:
    if isinstance(x, int):
        return abs(x)
    return math.gcd(*x.terms.values())
