"""`with minic.profile() as prof:` — what each kernel cost, and how close it came to the device's peak.

The engine times every launch while a listener is subscribed (it synchronises
the device around the launch), so the numbers are wall-clock per kernel,
including launch overhead; bytes and ops are the engine's estimate from the
kernel's graph (`engine.cost`). Kernels are grouped by their generated source:
two launches of the same program are one row, even across models or calls; its
`where` column lists the scopes it ran at (minic.scope), with layer numbers
folded (`h.*.attn` for the 12 layers of GPT-2). `minic.profile(by="site")` gives
one row per launch site instead (`h.3.attn.attention`).

    with minic.profile() as prof:
        y.numpy()
    print(prof)            # a table (rich when installed and on a terminal)
    prof.as_dict()         # {kernel: {launches, seconds, gbps, gflops, ...}} for notebooks
"""
from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from minic import engine
from minic.runtime.registry import get_device
from minic.scope import qualified


@dataclass
class KernelStats:
    """Every launch of one program."""
    name: str
    device: str
    rule: str
    launches: int = 0
    seconds: float = 0.0
    nbytes: int = 0
    ops: int = 0
    peak_gbps: float = 0.0
    peak_gflops: float = 0.0
    scopes: dict = field(default_factory=dict)  # the scopes it was launched at, in first-launch order

    @property
    def where(self) -> str:
        """The scopes it ran at, numbers folded: `h.*.attn` for every layer's attention; '-' outside any scope."""
        folded = dict.fromkeys(re.sub(r"(?<=\.)\d+(?=\.|$)|^\d+(?=\.)", "*", s) if s else "-" for s in self.scopes)
        return ", ".join(folded)

    @property
    def gbps(self) -> float:
        return self.nbytes / self.seconds / 1e9 if self.seconds else 0.0

    @property
    def gflops(self) -> float:
        return self.ops / self.seconds / 1e9 if self.seconds else 0.0

    @property
    def pct_bandwidth(self) -> float | None:
        """Achieved bandwidth as % of the device peak; None when the peak is unknown (CPU: MINIC_CPU_PEAK_GBPS)."""
        return 100 * self.gbps / self.peak_gbps if self.peak_gbps else None

    @property
    def pct_flops(self) -> float | None:
        return 100 * self.gflops / self.peak_gflops if self.peak_gflops else None


@dataclass
class Profile:
    """Launch statistics collected inside a `minic.profile()` block, slowest kernel first."""
    kernels: dict = field(default_factory=dict)  # (device, source) or (device, scope.kernel) -> KernelStats
    launches: list = field(default_factory=list)  # (scope.kernel name, seconds, bytes, ops), in launch order
    by: str = "program"  # "program": a row per source; "site": a row per scope.kernel

    def _record(self, sk, buffers, var_vals, seconds: float, nbytes: int, ops: int, at: str = "") -> None:
        site = qualified(at, sk.name)
        key = (sk.device, site if self.by == "site" else engine.source_at(sk, at))
        st = self.kernels.get(key)
        if st is None:
            target = get_device(sk.device).target
            base = site if self.by == "site" else sk.name
            names = {s.name for s in self.kernels.values()}
            name = base if base not in names else f"{base}#{len(self.kernels)}"
            st = self.kernels[key] = KernelStats(name, sk.device, sk.rule, peak_gbps=target.peak_gbps,
                                                 peak_gflops=target.peak_gflops)
        st.scopes[at] = None
        st.launches += 1
        st.seconds += seconds
        st.nbytes += nbytes
        st.ops += ops
        self.launches.append((site, seconds, nbytes, ops))

    @property
    def rows(self) -> list[KernelStats]:
        return sorted(self.kernels.values(), key=lambda s: -s.seconds)

    @property
    def total_seconds(self) -> float:
        return sum(s.seconds for s in self.kernels.values())

    def as_dict(self) -> dict[str, dict]:
        """{kernel name: its numbers} in table order, plain Python values (ready for pandas.DataFrame.from_dict)."""
        return {s.name: {"device": s.device, "rule": s.rule, "where": s.where, "launches": s.launches,
                         "seconds": s.seconds, "bytes": s.nbytes, "ops": s.ops, "gbps": s.gbps, "gflops": s.gflops,
                         "pct_peak_bandwidth": s.pct_bandwidth, "pct_peak_flops": s.pct_flops} for s in self.rows}

    HEADER = ("kernel", "where", "device", "rule", "launches", "total ms", "mean us", "GB/s", "GFLOP/s", "% peak BW",
              "% peak FLOP/s")

    def table(self) -> list[tuple[str, ...]]:
        """The table's rows as strings, a total row last."""
        def pct(x):
            return "-" if x is None else f"{x:.1f}"
        out = [(s.name, s.where, s.device, s.rule, str(s.launches), f"{s.seconds * 1e3:.3f}",
                f"{s.seconds / s.launches * 1e6:.1f}", f"{s.gbps:.2f}", f"{s.gflops:.2f}", pct(s.pct_bandwidth),
                pct(s.pct_flops)) for s in self.rows]
        n = sum(s.launches for s in self.kernels.values())
        out.append(("total", "", "", "", str(n), f"{self.total_seconds * 1e3:.3f}", "", "", "", "", ""))
        return out

    def __str__(self) -> str:
        rows = [self.HEADER] + self.table()
        widths = [max(len(r[i]) for r in rows) for i in range(len(self.HEADER))]
        lines = ["  ".join(c.ljust(w) if i < 4 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                 for r in rows]
        lines.insert(1, "-" * len(lines[0]))
        lines.insert(len(lines) - 1, "-" * len(lines[0]))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def print(self, file=None) -> None:
        """Print the table: with rich on a terminal when it is installed, plain text otherwise."""
        file = file or sys.stdout
        try:
            from rich.console import Console
            from rich.table import Table
        except ImportError:
            print(self, file=file)
            return
        t = Table(title=f"minic profile: {sum(s.launches for s in self.kernels.values())} launches")
        for i, h in enumerate(self.HEADER):
            t.add_column(h, justify="left" if i < 4 else "right")
        body = self.table()
        for r in body[:-1]:
            t.add_row(*r)
        t.add_row(*body[-1], style="bold")
        Console(file=file).print(t)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.HEADER)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in self.table())
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


@contextmanager
def profile(by: str = "program") -> Iterator[Profile]:
    """Collect per-kernel launches, time, GB/s and GFLOP/s for everything launched inside the block: a row per
    program (`by="program"`), or per launch site, `scope.kernel` (`by="site"`)."""
    if by not in ("program", "site"):
        raise ValueError(f"profile(by=...) takes 'program' or 'site', got {by!r}")
    prof = Profile(by=by)
    engine._launch_listeners.append(prof._record)
    try:
        yield prof
    finally:
        engine._launch_listeners.remove(prof._record)
