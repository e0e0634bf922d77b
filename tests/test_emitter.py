"""The emitter API rules build kernels with: accumulators and named values stay in the scope that owns them,
misuse raises a LoweringError naming the mistake, and the output is stored through the emitter (no rule
names the output buffer). No device is needed: the loop IR is inspected directly."""
from __future__ import annotations

import numpy as np
import pytest

from minic import Tensor
from minic.sched.fuse import fuse
from minic.sched.loopir import Acc, Alu, Const, Let, Loop, Ref, Store, Update
from minic.sched.lower import Emitter, LoweringError


def row_sum_graph():
    t = Tensor(np.ones((3, 5), np.float32), device="PY").sum(-1)
    (kg,) = fuse([t.node], t.device, t.var_vals)
    return kg


def test_accumulator_reads_are_not_hoisted_above_its_loop():
    kg = row_sum_graph()
    em = Emitter(kg)
    em.open_loop("i", 3)
    acc = em.accumulator(kg.root.dtype.compute)
    em.open_loop("k", 5)
    em.emit(Update(acc, "sum", Const(kg.root.dtype.compute, 1.0)))
    em.close()
    # depends on no loop variable by its own text, but on i through the accumulator
    doubled = em.let(Alu(kg.root.dtype.compute, "add", (Ref(kg.root.dtype.compute, acc), Const(kg.root.dtype, 1.0))))
    em.close()
    (loop,) = [s for s in em.body if isinstance(s, Loop)]
    assert not any(isinstance(s, Let) for s in em.body), "hoisted out of the loop its accumulator lives in"
    assert isinstance(loop.body[0], Acc) and any(isinstance(s, Let) and s.name == doubled.name for s in loop.body)


def test_unknown_ref_is_a_clear_error():
    kg = row_sum_graph()
    em, f32 = Emitter(kg), kg.root.dtype
    em.open_loop("i", 3)
    with pytest.raises(LoweringError, match="mine is not a value this emitter named"):
        em.let(Alu(f32, "add", (Ref(f32, "mine"), Const(f32, 1.0))))


def test_scopes_left_open_are_errors():
    em = Emitter(row_sum_graph())
    with pytest.raises(LoweringError, match="close"):
        em.close()
    with pytest.raises(LoweringError, match="left 1 scope"):
        with em.at_level(0):
            em.open_loop("k", 4)
    em.open_loop("i", 3)
    with pytest.raises(LoweringError, match="still open"):
        em.finish()


def test_store_output_reads_the_reduction_from_the_rule():
    """store_output(reduced=...) computes the epilogue on the rule's own total and stores into the output
    parameter the emitter named (b0), leaving the reduction strategy as it was."""
    kg = row_sum_graph()
    em = Emitter(kg)
    i = em.open_loop("i", 3)
    total = em.named(Const(kg.root.dtype, 7.0))
    em.store_output([i, 0], reduced=total)
    em.close()
    kernel = em.finish()
    (loop,) = kernel.body
    (store,) = [s for s in loop.body if isinstance(s, Store)]
    assert store.buf == em.output == kernel.bufs[0].name and store.val == total
    assert not any(isinstance(s, Acc) for s in loop.body), "the serial reduction ran although the rule gave one"
