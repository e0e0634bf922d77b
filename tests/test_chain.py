"""jit.chain: calls that feed their output back as the next call's argument, the Var one higher (greedy decode).
On LLVM and C the calls after the recordings run as one native call (NativeReplay.run_chain); on GPUs, under
MINIC_JIT_VERIFY and for recordings that do not fit, one call at a time. Either way the ids equal decode_greedy's
step by step; bad chains are refused with the reason."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import require

import minic
from minic import Tensor
from minic.jit import Bound, JitError
from minic.runtime.cpu_replay import NativeReplay
from models.gpt2 import GPT2, GPT2Config
from models.weights import random_params

CFG = GPT2Config(n_layer=2, n_embd=32, n_head=2, vocab_size=97, n_positions=64)
PROMPT = [5, 17, 3, 44, 9]


def model(device: str, varied: bool = False) -> GPT2:
    """The tiny GPT-2, the prompt prefilled; `varied`: its position embedding 20x larger, so that its greedy ids
    keep changing (a random model's settle on one token within a few steps, and stop ids need new ones)."""
    params = random_params(CFG, 3)
    if varied:
        params["wpe.weight"] = params["wpe.weight"] * 20
    m = GPT2(CFG, params, device=device, max_ctx=64)
    m.prefill(PROMPT)
    return m


def step_by_step(device: str, tok: int, count: int, varied: bool = False) -> list[int]:
    m, ids = model(device, varied), []
    for pos in range(len(PROMPT), len(PROMPT) + count):
        tok = m.decode_greedy(tok, pos)
        ids.append(tok)
    return ids


def ids_of(device: str, tok: int) -> Tensor:
    return Tensor(np.array([tok], np.int32), device=device)


@pytest.mark.parametrize("device", ["LLVM", "C", "CL", "WEBGPU", "CUDA"])
def test_chain_equals_step_by_step(device, monkeypatch):
    """20 greedy steps as one chain: the ids decode_greedy gives one step at a time; on LLVM and C all but the
    two recording calls run in one native call."""
    require(device)
    native_runs = []
    real = NativeReplay.run_chain
    monkeypatch.setattr(NativeReplay, "run_chain", lambda self, *a: native_runs.append(a[2]) or real(self, *a))
    tok = 7
    want = step_by_step(device, tok, 20)
    m = model(device)
    got = m._greedy.chain(20, 0, ids_of(device, tok), Bound(m.past, len(PROMPT)))
    assert got.shape == (20, 1) and got[:, 0].tolist() == want
    assert native_runs == ([18] if device in ("LLVM", "C") else [])
    assert m._greedy.records == 2 and m._greedy.replays == 18
    # replayed already: the next chain is one native call from its first step, on a copy of the argument
    m.prefill(PROMPT)
    start = ids_of(device, tok)
    again = m._greedy.chain(5, 0, start, Bound(m.past, len(PROMPT)))
    assert again[:, 0].tolist() == want[:5] and start.numpy().tolist() == [tok]
    assert native_runs == ([18, 5] if device in ("LLVM", "C") else [])


def test_greedy_tokens_on_the_cpu_chain_in_blocks(monkeypatch):
    """greedy_tokens on a CPU runs its steps as native chains, each twice as long as the one before up to
    CHAIN[1], stopping exactly at count."""
    from models.transformer import CHAIN
    assert CHAIN == (4, 64)
    native_runs = []
    real = NativeReplay.run_chain
    monkeypatch.setattr(NativeReplay, "run_chain", lambda self, *a: native_runs.append(a[2]) or real(self, *a))
    count = 4 + 8 + 16 + 27  # the cache holds 64 positions
    want = step_by_step("LLVM", 11, count)
    m = model("LLVM")
    assert list(m.greedy_tokens(11, len(PROMPT), count)) == want
    assert m._greedy.records == 2
    assert native_runs == [2, 8, 16, 27]  # the first chain's first two calls are the recordings


def first_new(ids: list[int], at_least: int) -> int:
    """The first index from `at_least` whose id did not occur before it (a stop id that ends the chain there)."""
    return next(i for i in range(at_least, len(ids)) if ids[i] not in ids[:i])


@pytest.mark.parametrize("device", ["LLVM", "C", "CL"])
def test_a_chain_ends_after_a_stop_id(device, monkeypatch):
    """A call whose output is a stop id is the chain's last: natively on LLVM and C (the driver compares each
    output with the stop ids), call by call elsewhere; an id that never comes changes nothing."""
    require(device)
    want = step_by_step(device, 9, 20, varied=True)
    end = first_new(want, 6)
    m = model(device, varied=True)
    assert m._greedy.chain(20, 0, ids_of(device, 9), Bound(m.past, len(PROMPT)))[:, 0].tolist() == want
    for stop in ({want[end]}, {want[end], 10_000}, {want[end], -3}):
        m.prefill(PROMPT)
        replays = m._greedy.replays
        got = m._greedy.chain(20, 0, ids_of(device, 9), Bound(m.past, len(PROMPT)), stop=stop)
        assert got[:, 0].tolist() == want[:end + 1]
        assert m._greedy.replays - replays == end + 1  # nothing ran past the stop
    never = {t for t in range(CFG.vocab_size) if t not in want}
    m.prefill(PROMPT)
    assert m._greedy.chain(20, 0, ids_of(device, 9), Bound(m.past, len(PROMPT)),
                           stop=never)[:, 0].tolist() == want


@pytest.mark.parametrize("device", ["LLVM", "CL"])
def test_greedy_tokens_end_at_a_stop_id(device):
    """greedy_tokens' last token is the first stop id it meets, with the host chaining (CPU) or one step ahead
    (OpenCL, as on every GPU); the first token may be the stop id."""
    require(device)
    want = step_by_step(device, 13, 40, varied=True)
    m = model(device, varied=True)
    for end in (0, first_new(want, 3), first_new(want, 30)):
        m.prefill(PROMPT)
        assert list(m.greedy_tokens(13, len(PROMPT), 40, stop=[want[end]])) == want[:end + 1]


def test_chain_under_jit_verify_goes_one_call_at_a_time(monkeypatch):
    """MINIC_JIT_VERIFY re-traces every call: the chain then makes each call, so each is verified."""
    monkeypatch.setenv("MINIC_JIT_VERIFY", "1")
    monkeypatch.setattr(NativeReplay, "run_chain", lambda *a: pytest.fail("a native chain under MINIC_JIT_VERIFY"))
    want = step_by_step("LLVM", 4, 6)
    m = model("LLVM")
    assert m._greedy.chain(6, 0, ids_of("LLVM", 4), Bound(m.past, len(PROMPT)))[:, 0].tolist() == want


def test_bad_chains_are_refused():
    m = model("LLVM")
    tok = ids_of("LLVM", 3)
    with pytest.raises(JitError, match="one Bound argument"):
        m._greedy.chain(3, 0, tok, len(PROMPT))  # the position as a constant: nothing counts up
    with pytest.raises(JitError, match="Tensor argument 1 of 1"):
        m._greedy.chain(3, 1, tok, Bound(m.past, len(PROMPT)))
    with pytest.raises(minic.errors.BoundError):  # the last call's position past the Var's bound
        m._greedy.chain(70, 0, tok, Bound(m.past, len(PROMPT)))
    with pytest.raises(JitError, match="count of calls, got -1"):
        m._greedy.chain(-1, 0, tok, Bound(m.past, len(PROMPT)))
    with pytest.raises(JitError, match="feeds the output back"):  # logits are not token ids
        m._decode.chain(3, 0, tok, Bound(m.past, len(PROMPT)))


def test_a_chain_after_a_weight_swap_records_afresh():
    """The guards are checked before a native chain: a weight replaced in the dict the function reads makes the
    chain's first step a normal call that records afresh, and the ids are the new weights' ids."""
    m = model("LLVM")
    m._greedy.chain(4, 0, ids_of("LLVM", 2), Bound(m.past, len(PROMPT)))
    other = random_params(CFG, 4)
    fresh = GPT2(CFG, other, device="LLVM", max_ctx=64)
    m.w = {**m.w, "wte.weight": fresh.w["wte.weight"], "wpe.weight": fresh.w["wpe.weight"]}
    mixed = {**random_params(CFG, 3), "wte.weight": other["wte.weight"], "wpe.weight": other["wpe.weight"]}
    ref = GPT2(CFG, mixed, device="LLVM", max_ctx=64)
    for x in (m, ref):
        x.prefill(PROMPT)
    want, t = [], 2
    for pos in range(len(PROMPT), len(PROMPT) + 6):
        t = ref.decode_greedy(t, pos)
        want.append(t)
    records = m._greedy.records
    assert m._greedy.chain(6, 0, ids_of("LLVM", 2), Bound(m.past, len(PROMPT)))[:, 0].tolist() == want
    assert m._greedy.records > records


def test_launch_times_of_a_chain_are_its_last_run():
    """time_launches over a native chain: launch_seconds are the last run's launches, timed from that run's own
    start, so they add up to about one run's share of the chain, not to the whole chain."""
    m = model("LLVM")
    m._greedy.chain(3, 0, ids_of("LLVM", 7), Bound(m.past, len(PROMPT)))  # recorded, replayed once
    replay = m._greedy.replayer()
    replay.time_launches()
    m.prefill(PROMPT)
    m._greedy.chain(40, 0, ids_of("LLVM", 7), Bound(m.past, len(PROMPT)))
    got = replay.launch_seconds()
    assert len(got) == len(replay.rec.steps) and all(s >= 0 for _, s in got)
    assert 0 < sum(s for _, s in got) < replay.last_run_seconds() / 8  # one run of 40, with room for noise
