"""GPT-2's two entry points, recorded for export: `prefill` (prompt ids -> the last token's logits) and `decode`
(one id at a position -> the greedy next id, argmax on the device).

The model's own jitted functions record them: two calls each with different Var values make a plan
(minic/jit.py), whose recording is what gets exported. The bindings say how the exported API's parameters
(`n` prompt tokens starting at position `start`; one token at `pos`) set the Vars the kernels take."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from minic.dtype import DType
from minic.export.capture import Exported, ExportError, build
from minic.jit import jit
from minic.runtime.replay import Recording

BINDINGS = {"prefill": {"n": "n", "m": "start + n"}, "decode": {"past": "pos"}}


def recording_of(step: jit, name: str) -> Recording:
    """The recording a jitted function's plan replays (its only one: an exported function is called with one key)."""
    plans = [st.plan for st in step.states.values() if st.plan is not None]
    if len(plans) != 1:
        raise ExportError(f"{name}: expected one recorded plan, found {len(plans)}")
    return plans[0].recording


def capture(model, stored: Callable[[DType], np.dtype]) -> Exported:
    """Record `model`'s (a models.gpt2.GPT2) prefill and greedy decode, and lay them out for export."""
    if model.max_ctx < 2:
        raise ExportError(f"export needs a context of at least 2 tokens (two recordings at different "
                          f"positions), got {model.max_ctx}")
    for n in (1, 2):  # two prompt lengths, two positions: the plans prove n, m and past are not baked in
        model.prefill(np.zeros(n, np.int32))
        model.decode_greedy(0, n - 1)
    recordings = [("prefill", recording_of(model._prefill, "prefill"), BINDINGS["prefill"]),
                  ("decode", recording_of(model._greedy, "decode"), BINDINGS["decode"])]
    names = {id(_buffer(t)): name for name, t in model.w.items()}
    for i, (k, v) in enumerate(zip(model.cache.k, model.cache.v)):
        names[id(k.node.arg)], names[id(v.node.arg)] = f"k_cache.{i}", f"v_cache.{i}"
    caches = frozenset(id(t.node.arg) for t in (*model.cache.k, *model.cache.v))  # written before read: zeroed
    return build(model.device, recordings, names, stored, state=caches)


def _buffer(t) -> object:
    """The device buffer under a weight: GPT-2 holds its Conv1D weights as a transposed view on a GPU."""
    node = t.node
    while node.op != "BUFFER":
        (node,) = node.src
    return node.arg


def check_outputs(ex: Exported, vocab: int) -> None:
    """The exported API returns the prefill's last logits (vocab float32) and decode's greedy id (one int32)."""
    pre, dec = ex.entries["prefill"], ex.entries["decode"]
    if pre.output_elements != vocab or dec.output_elements != 1:
        raise ExportError(f"prefill must return {vocab} logits and decode one id, got {pre.output_elements} and "
                          f"{dec.output_elements} elements")
    if pre.output_dtype.np != np.float32 or dec.output_dtype.np != np.int32:
        raise ExportError(f"prefill must return float32 logits and decode an int32 id, got "
                          f"{pre.output_dtype.name} and {dec.output_dtype.name}")
