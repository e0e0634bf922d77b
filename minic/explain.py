"""minic.explain: why each kernel of a computation looks the way it does.

For every kernel: where fusion cut it, the schedule rule that won with its
parameters (tile sizes, vector widths, cores), and for each rule tried before
it the reason it declined. Rules can be switched off to compare
(`minic.rules.disable("GEMV")` or MINIC_DISABLE_RULES=GEMV,Matmul); a
disabled rule shows up here as "disabled by the user".
"""
from __future__ import annotations

import sys
from typing import TextIO


def explain(tensors, file: TextIO | None = sys.stdout) -> str:
    """Schedule `tensors` (a Tensor or a list of them) without running anything; print and return the report."""
    from minic.engine import schedule
    from minic.ir.node import toposort

    ts = list(tensors) if isinstance(tensors, (list, tuple)) else [tensors]
    lines = []
    for t in ts:
        t._check_bound()
        kernels = schedule([t.node], t.var_vals, t.device)
        lines.append(f"{len(kernels)} kernel{'s' if len(kernels) != 1 else ''} on {t.device} for "
                     f"{t.dtype.name}[{', '.join(str(s) for s in t.shape)}]")
        for sk in kernels:
            ops = sorted({n.op for n in toposort([sk.graph.root]) if n.op not in ("BUFFER", "VIEW", "CONST")})
            lines.append(f"  {sk.name}  [{', '.join(str(s) for s in sk.graph.root.shape)}]  ops: {' '.join(ops)}")
            lines.append(f"    cut: {sk.why}")
            lines.append(f"    rule: {sk.rule}: {sk.rule_why}")
            for name, reason in sk.decision.declined:
                lines.append(f"    declined {name}: {reason}")
    text = "\n".join(lines)
    if file is not None:
        print(text, file=file)
    return text
