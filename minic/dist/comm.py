"""What every communicator shares: the collective call a kernel launches, and its bookkeeping.

A collective kernel's program is a `Call`; the communicator's `launch(prog, handles, var_values)` has the
signature of `Device.launch`, so the engine and a jit replay launch a collective like any kernel. Handles are
(output, input), as for every kernel.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from minic.dtype import DType
from minic.ir.symbolic import evaluate

KINDS = ("allreduce", "allgather", "reduce_scatter")


@dataclass(frozen=True)
class Call:
    """One collective: `kind` over `numel` input elements of `dtype` (an expression over `var_names`)."""
    kind: str
    dtype: DType
    numel: object  # int | Expr
    var_names: tuple

    def count(self, var_values: list[int]) -> int:
        """Input elements at these Var values."""
        if isinstance(self.numel, int):
            return self.numel
        return int(evaluate(self.numel, dict(zip(self.var_names, var_values))))


class Communicator:
    """Runs Calls for one kind of buffer; counts the calls, the bytes each rank sends and the wall time."""
    name = "?"

    def __init__(self, group):
        self.group = group
        self.calls = 0
        self.nbytes = 0
        self.seconds = 0.0

    def launch(self, prog, handles: list, var_values: list[int]) -> None:
        call: Call = prog.fn
        n = call.count(var_values)
        t0 = time.perf_counter()
        self.run(call, handles[0], handles[1], n)
        self.seconds += time.perf_counter() - t0
        self.calls += 1
        self.nbytes += n * call.dtype.itemsize

    def run(self, call: Call, out, inp, n: int) -> None:
        raise NotImplementedError

    def wait(self, done: Callable[[], bool], call: Call, n: int, spins: int, pause: float,
             give_up: Callable[[], None] | None = None) -> None:
        """Poll `done()` until it is true: `spins` polls back to back first (a decode step's collective is over in
        microseconds), then one every `pause` seconds, for at most MINIC_DIST_TIMEOUT seconds; then `give_up()`
        (abort the library's communicator) and fail the group: a rank that died or hangs ends the job with an
        error instead of hanging every other rank."""
        from minic.dist.group import timeout_seconds
        for _ in range(spins):
            if done():
                return
        limit = timeout_seconds()
        deadline = time.monotonic() + limit
        while not done():
            if time.monotonic() > deadline:
                if give_up is not None:
                    give_up()
                raise self.group.fail(f"{self.name} {call.kind} of {n} {call.dtype.name} waited {limit:g} s for the "
                                      f"other ranks: a rank died or hangs (MINIC_DIST_TIMEOUT sets the limit)")
            time.sleep(pause)

    def reset_stats(self) -> None:
        self.calls, self.nbytes, self.seconds = 0, 0, 0.0

    def describe(self) -> str:
        return f"{self.name}, {self.group.size} rank{'s' if self.group.size != 1 else ''}"
