"""minic.explain: why each kernel of a computation looks the way it does.

For every kernel: where fusion cut it, the schedule rule that won with its
parameters (tile sizes, vector widths, cores), and for each rule tried before
it the reason it declined. Rules can be switched off to compare
(`minic.rules.disable("GEMV")` or MINIC_DISABLE_RULES=GEMV,Matmul); a
disabled rule shows up here as "disabled by the user".

Kernels are named `scope.kernel` when explained inside a `minic.scope` block;
a launch captured from a model (`cap.kernel("h.3.attn.attention")`, see
minic.capture) is explained with the scope it ran at.
"""
from __future__ import annotations

import sys
from typing import TextIO


def explain(tensors, file: TextIO | None = sys.stdout) -> str:
    """Schedule `tensors` (a Tensor or a list of them) without running anything, or take captured launches
    (`minic.capture`'s items); print and return the report."""
    from minic.engine import schedule
    from minic.scope import current

    ts = list(tensors) if isinstance(tensors, (list, tuple)) else [tensors]
    lines = []
    for t in ts:
        if hasattr(t, "kernel") and hasattr(t, "scope"):  # a captured launch
            lines.append(f"launch {t.step} of a capture on {t.kernel.device}")
            lines += _kernel_lines(t.kernel, t.scope)
            continue
        t._check_bound()
        kernels = schedule([t.node], t.var_vals, t.device)
        lines.append(f"{len(kernels)} kernel{'s' if len(kernels) != 1 else ''} on {t.device} for "
                     f"{t.dtype.name}[{', '.join(str(s) for s in t.shape)}]")
        for sk in kernels:
            lines += _kernel_lines(sk, current())
    text = "\n".join(lines)
    if file is not None:
        print(text, file=file)
    return text


def _kernel_lines(sk, at: str) -> list[str]:
    from minic.ir.node import toposort
    from minic.scope import qualified

    ops = sorted({n.op for n in toposort([sk.graph.root]) if n.op not in ("BUFFER", "VIEW", "CONST")})
    lines = [f"  {qualified(at, sk.name)}  [{', '.join(str(s) for s in sk.graph.root.shape)}]  ops: {' '.join(ops)}",
             f"    cut: {sk.why}",
             f"    rule: {sk.rule}: {sk.rule_why}"]
    lines += [f"    also stores {side.summary}" for side in sk.graph.side_stores]
    lines += [f"    declined {name}: {reason}" for name, reason in sk.decision.declined]
    return lines
