"""The CPU register tile that the Matmul and GEMV schedules share (cpu_matmul.py, cpu_gemv.py).

A tile of rows x cols outputs keeps one scalar accumulator per output, which LLVM's SLP vectoriser packs into
SIMD registers; the K loop broadcasts A once per row and reads cols values of B (from B itself or from a
core's packed panel of it), then the epilogue (bias, activation, residual) runs on each accumulator before
its store.
"""
from __future__ import annotations

from typing import NamedTuple

from minic.ir.symbolic import Sint, ceil_div
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Load, Ref, Store, Update, cond
from minic.sched.lower import Emitter
from minic.sched.rules.matmul_plan import Plan, close_k, k_planes, open_k


class Panel(NamedTuple):
    """A core's packed column panel of B (K x width, zeros past N) and the rows x width tile its row tiles hand
    their sums to the epilogue through (see Tile.epilogue_from_scratch)."""
    array: str
    width: int
    sums: str


class Tile:
    """Emit one register tile: accumulators, the K loop, the epilogue and stores."""

    def __init__(self, em: Emitter, graph: KernelGraph, plan: Plan, base_idx: list, out_base: list):
        self.em, self.graph, self.plan = em, graph, plan
        self.base_idx, self.out_base = base_idx, out_base  # mul-shaped and output-shaped index, batch dims set

    def emit(self, rows: list, cols: list, col_guard: bool, kkind: str, panel: Panel | None = None) -> None:
        """rows, cols: index expressions of the tile's rows and columns (all rows exist);
        col_guard: columns may overhang N; kkind: the K loop's kind; panel: B's columns cols[0].. packed by
        pack_panel, read instead of B."""
        em, plan = self.em, self.plan
        acc_t = plan.reduce.dtype.compute
        accs = {(r, c): em.accumulator(acc_t) for r in range(len(rows)) for c in range(len(cols))}
        k0 = open_k(em, plan.K, plan.k_split, kkind)
        mul_t = plan.mul.dtype.compute
        for kv in (k0 + off for off in k_planes(plan.k_split)):
            avals = [em.value(plan.a, plan.a_index(self.base_idx, row, kv)) for row in rows]
            bvals = [Load(acc_t, panel.array, kv * panel.width + c) if panel is not None else
                     em.value(plan.b, plan.b_index(self.base_idx, kv, col), cond(col, 0, plan.N) if col_guard else None)
                     for c, col in enumerate(cols)]
            for r in range(len(rows)):
                for c in range(len(cols)):
                    em.emit(Update(accs[(r, c)], "sum", Alu(mul_t, "mul", (avals[r], bvals[c]))))
        close_k(em, plan.k_split)
        if panel is not None:
            self.epilogue_from_scratch(rows, cols, col_guard, accs, panel.sums)
            return
        # epilogue: the root at each tile element, with the reduction read from its accumulator
        for r, row in enumerate(rows):
            for c, col in enumerate(cols):
                self.store(row, col, Ref(acc_t, accs[(r, c)]), col_guard)

    def store(self, row: Sint, col: Sint, total, col_guard: bool) -> None:
        """The epilogue and store of output (row, col) from the reduction's value `total`."""
        guard = cond(col, 0, self.plan.N) if col_guard else None
        self.em.store_output(self.plan.out_index(self.out_base, row, col), reduced=total, guard=guard)

    def epilogue_from_scratch(self, rows: list, cols: list, col_guard: bool, accs: dict, scratch: str) -> None:
        """The accumulators go to a row-major tile in scratch, and the epilogue runs as a vector loop over each
        row. Written per element, LLVM's SLP vectoriser regroups the K loop's accumulators to suit the epilogue
        (bias, residual) and gathers and spills inside that loop, several times slower on the packed micro-kernel
        (bench/README.md, "Measurements quoted by the rules")."""
        em, acc_t = self.em, self.plan.reduce.dtype.compute
        for (r, c), name in accs.items():
            em.emit(Store(scratch, r * len(cols) + c, Ref(acc_t, name)))
        for r, row in enumerate(rows):
            cv = em.open_loop(em.fresh("c"), len(cols), "vector")
            self.store(row, cols[0] + cv, Load(acc_t, scratch, r * len(cols) + cv), col_guard)
            em.close()


def fit_width(N: Sint, cols: int, lanes: int) -> int:
    """Tile width: `cols`, or fewer whole vectors when a static N is narrower."""
    if isinstance(N, int) and N < cols:
        return max(lanes, ceil_div(N, lanes) * lanes) if N > lanes else N
    return cols
