"""Tensor parallelism: collectives as IR nodes, run by real MPI ranks (mpiexec), and sharded GPT-2.

Every multi-rank test starts `mpiexec -n 2 python WORKER` and reads what rank 0 reports; the oracle is numpy
(each rank can rebuild every other rank's input from its seed) or the unsharded model in one process.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("mpi4py", reason="mpi4py is not installed (pip install 'minic[dist]')")
MPIEXEC = shutil.which("mpiexec")
pytestmark = pytest.mark.skipif(MPIEXEC is None, reason="no mpiexec on PATH (pip install mpich)")

import minic  # noqa: E402
from minic import Tensor, Var, dist  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def mpirun(n: int, args: list[str], tmp_path: Path, timeout: float = 240, env: dict | None = None,
           check: bool = True) -> subprocess.CompletedProcess:
    """Run `args` on n ranks with mpiexec."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    p = subprocess.run([MPIEXEC, "-n", str(n), *args], cwd=tmp_path, capture_output=True, text=True,
                       timeout=timeout, env=full_env)
    if check and p.returncode != 0:
        raise AssertionError(f"mpiexec failed ({p.returncode}):\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


def worker(tmp_path: Path, body: str) -> str:
    path = tmp_path / "worker.py"
    path.write_text(textwrap.dedent(body))
    return str(path)


# --- collectives in the IR (one process: a group of one) ---------------------------------------------------
def test_collective_is_its_own_kernel_with_a_reason():
    x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
    y = dist.allreduce(x * 2) + 1
    kernels = y.schedule()
    assert [k.rule for k in kernels] == [kernels[0].rule, "Collective", kernels[2].rule]
    coll = kernels[1]
    assert "collective" in coll.why and "allreduce" in coll.source and "MPI" in coll.source
    assert "feeds allreduce" in kernels[0].why
    assert kernels[0].rule != "Collective" and kernels[2].rule != "Collective"
    text = minic.explain(y, file=None)
    assert "ALLREDUCE" in text and "rule: Collective" in text
    assert "allreduce" in minic.viz(y).dot
    np.testing.assert_array_equal(y.numpy(), np.arange(12, dtype=np.float32).reshape(3, 4) * 2 + 1)


def test_collectives_are_known_by_type_not_by_rule_name():
    """A collective launch is a CollectiveKernel (`collective`), which the segmented replay and override() go by;
    a generated kernel is not one, whatever its rule is called."""
    from minic.dist.replay import is_collective
    from minic.runtime.replay import Step
    x = Tensor(np.arange(8, dtype=np.float32))
    kernels = (dist.allreduce(x * 2) + 1).schedule()
    assert [k.collective for k in kernels] == [False, True, False]
    assert [is_collective(Step(k, None, None, [], [])) for k in kernels] == [False, True, False]
    with pytest.raises(TypeError, match="is a collective"):
        minic.override(kernels[1], "void f() {}")


def test_a_collective_that_never_completes_gives_up_after_the_timeout(monkeypatch):
    """The one poll loop both communicators wait with: polls, then sleeps, then gives up at MINIC_DIST_TIMEOUT,
    aborting the library's communicator (NCCL's ncclCommAbort) before the group fails with a message."""
    from minic import dtype as dt
    from minic.dist.comm import Call, Communicator
    from minic.dist.group import DistError, Group
    monkeypatch.setenv("MINIC_DIST_TIMEOUT", "0.2")
    comm, polls, aborted = Communicator(Group()), [], []
    t0 = time.monotonic()
    with pytest.raises(DistError, match=r"allreduce of 4 float32 waited 0.2 s for the other ranks"):
        comm.wait(lambda: polls.append(1) and False, Call("allreduce", dt.float32, 4, ()), 4, spins=50,
                  pause=0.01, give_up=lambda: aborted.append(True))
    assert 0.2 <= time.monotonic() - t0 < 5 and aborted == [True] and len(polls) > 50
    ready = iter([False, False, True])
    comm.wait(lambda: next(ready), Call("allgather", dt.int8, 4, ()), 4, spins=1, pause=0.001)  # returns


def test_profiler_lists_collectives():
    x = Tensor(np.ones((5, 4), np.float32), shape=(Var("n", 1, 10), 4))
    with minic.profile() as prof:
        dist.allreduce(x + 1).numpy()
    assert "Collective" in {row["rule"] for row in prof.as_dict().values()}


def test_reduce_scatter_needs_a_divisible_static_dim():
    x = Tensor(np.ones((5, 4), np.float32), shape=(Var("n", 1, 10), 4))
    with pytest.raises(minic.ShapeError, match="dim 0"):
        dist.reduce_scatter(x, axis=0)


def test_tp_without_a_launcher_is_a_clear_error(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in dist.group.LAUNCHER_VARS}
    p = subprocess.run([sys.executable, "-m", "minic.cli", "generate", "--weights", str(tmp_path),
                        "--prompt-ids", "1,2", "--tp", "2"], capture_output=True, text=True, cwd=ROOT, env=env,
                       timeout=120)
    assert p.returncode != 0
    assert "--tp 2 needs 2 ranks" in p.stderr and "mpiexec -n 2 minic generate" in p.stderr, p.stderr


# --- shard plans (no ranks needed: Split takes the rank) -----------------------------------------------------
def test_split_pieces_put_back_together():
    from minic.dist.megatron import Split
    w = np.arange(4 * 12, dtype=np.float32).reshape(4, 12)  # [in, q|k|v] with 4 columns each
    read = lambda idx: w[idx]  # noqa: E731
    qkv = [Split(-1, blocks=3).piece(read, w.shape, r, 2, "qkv") for r in range(2)]
    assert qkv[0].shape == (4, 6)
    np.testing.assert_array_equal(qkv[0], w[:, [0, 1, 4, 5, 8, 9]])  # heads 0..1 of q, k and v
    np.testing.assert_array_equal(qkv[1], w[:, [2, 3, 6, 7, 10, 11]])
    rows = [Split(0, pad=True).piece(read, w.shape, r, 3, "vocab") for r in range(3)]  # 4 rows -> 2 + 2 + 0 pad
    assert [x.shape for x in rows] == [(2, 12)] * 3
    np.testing.assert_array_equal(np.concatenate(rows)[:4], w)
    assert not rows[2].any()
    with pytest.raises(minic.ShapeError, match=r"qkv: dim 1 \(12 = 3 blocks of 4\) does not split evenly"):
        Split(-1, blocks=3).piece(read, w.shape, 0, 3, "qkv")


def test_load_shards_reads_an_index_of_files(tmp_path):
    from safetensors.numpy import save_file

    from minic.dist.megatron import GPT2_PLAN, TensorParallel, load_shards
    a, b = np.ones((4, 6), np.float32), np.arange(6, dtype=np.float32)
    save_file({"h.0.attn.c_attn.weight": a}, str(tmp_path / "part1.safetensors"))
    save_file({"h.0.attn.c_attn.bias": b}, str(tmp_path / "part2.safetensors"))
    (tmp_path / "model.safetensors.index.json").write_text(
        '{"weight_map": {"h.0.attn.c_attn.weight": "part1.safetensors", "h.0.attn.c_attn.bias": "part2.safetensors"}}')
    shapes = {"h.0.attn.c_attn.weight": (4, 6), "h.0.attn.c_attn.bias": (6,)}
    got = load_shards(tmp_path, shapes, GPT2_PLAN, TensorParallel())
    np.testing.assert_array_equal(got["h.0.attn.c_attn.bias"], b)
    with pytest.raises(minic.MinicError, match="has shape"):
        load_shards(tmp_path, {**shapes, "h.0.attn.c_attn.bias": (7,)}, GPT2_PLAN, TensorParallel())


# --- collectives on two real ranks -------------------------------------------------------------------------
COLLECTIVES_WORKER = """
import numpy as np
import minic
from minic import Tensor, Var, dist
from minic.dtype import ALL
from minic.runtime.host import bfloat16_to_float32, float32_to_bfloat16

g = dist.world()
R = g.size

def data(rank, shape, d):
    rng = np.random.default_rng(1000 + rank)
    x = rng.integers(-20, 20, size=shape) if d.kind in "iu" else rng.standard_normal(shape)
    if d.name == "uint8":
        x = np.abs(x)
    if d.name == "bool":
        x = rng.random(shape) < 0.3
    host = np.asarray(x).astype(np.float32 if d.name == "bfloat16" else d.np)
    return float32_to_bfloat16(host) if d.name == "bfloat16" else host

def as_float(a, d):
    return bfloat16_to_float32(a) if d.name == "bfloat16" else a

def summed(parts, d):
    if d.name == "bool":
        return np.logical_or.reduce(parts)
    if d.name in ("float16", "bfloat16"):  # math in float32, one rounding at the end
        total = np.sum([as_float(p, d).astype(np.float32) for p in parts], axis=0, dtype=np.float32)
        return total.astype(np.float16) if d.name == "float16" else bfloat16_to_float32(float32_to_bfloat16(total))
    return np.sum(parts, axis=0, dtype=d.np)

checked = 0
for d in ALL:
    for shape in [(6,), (4, 6), (2, 3, 4)]:
        parts = [data(r, shape, d) for r in range(R)]
        x = Tensor(parts[g.rank], dtype=d) if d.name != "bfloat16" else Tensor(as_float(parts[g.rank], d), dtype=d)
        got = dist.allreduce(x).numpy()
        np.testing.assert_array_equal(got, as_float(summed(parts, d), d) if d.name != "bfloat16" else summed(parts, d),
                                      err_msg=f"allreduce {d.name} {shape}")
        for axis in range(len(shape)):
            got = dist.allgather(x, axis=axis).numpy()
            want = np.concatenate([as_float(p, d) for p in parts], axis=axis)
            np.testing.assert_array_equal(got, want, err_msg=f"allgather {d.name} {shape} axis {axis}")
            if shape[axis] % R == 0:
                got = dist.reduce_scatter(x, axis=axis).numpy()
                total = summed(parts, d)
                total = as_float(total, d) if d.name != "bfloat16" else total
                want = np.split(total, R, axis=axis)[g.rank]
                np.testing.assert_array_equal(got, want, err_msg=f"reduce_scatter {d.name} {shape} axis {axis}")
            checked += 1

# a symbolic row count: one graph, several values of n
n = Var("n", 1, 16)
for rows in (1, 5, 16):
    parts = [np.random.default_rng(r * 7 + rows).standard_normal((rows, 8)).astype(np.float32) for r in range(R)]
    x = Tensor(parts[g.rank], shape=(n, 8))
    np.testing.assert_allclose(dist.allreduce(x * 2).numpy(), 2 * np.sum(parts, axis=0), rtol=1e-6)
    np.testing.assert_array_equal(dist.allgather(x, axis=1).numpy(), np.concatenate(parts, axis=1))
    checked += 1

# inside a jit recording: the collective is a step of the launch list, replayed with new inputs
w = Tensor(np.random.default_rng(5 + g.rank).standard_normal((8, 8)).astype(np.float32))
ws = [np.random.default_rng(5 + r).standard_normal((8, 8)).astype(np.float32) for r in range(R)]
step = minic.jit(lambda x: (dist.allreduce(x @ w) + 1.0).realize())
for rows in (3, 4, 9, 2):
    xs = np.random.default_rng(rows).standard_normal((rows, 8)).astype(np.float32)
    got = step(Tensor(xs, shape=(n, 8))).numpy()
    np.testing.assert_allclose(got, sum(xs @ wr for wr in ws) + 1.0, rtol=1e-5, atol=1e-5)
assert step.replays == 2, step.replays
plan = next(iter(step.states.values())).plan
assert plan._fast is not None and "1 collective(s) between 2 stretches" in plan.why_launch_list, plan.why_launch_list
assert "native" in plan.why_launch_list, plan.why_launch_list  # the stretches replay in one native call each
if g.rank == 0:
    print("checked", checked)
"""


def test_collectives_match_numpy_on_two_ranks(tmp_path):
    p = mpirun(2, [sys.executable, worker(tmp_path, COLLECTIVES_WORKER)], tmp_path)
    assert "checked 51" in p.stdout, p.stdout


DEAD_WORKER = """
import os, signal, sys, time
import numpy as np
from minic import Tensor, dist
g = dist.world()
if g.rank == 1:
    if sys.argv[1] == "killed":
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(600)  # hangs: only the collective's deadline can end rank 0's wait
dist.allreduce(Tensor(np.ones(4, np.float32))).numpy()
print("rank 0 finished an allreduce alone")
"""


@pytest.mark.parametrize("how", ["killed", "hang"])
def test_a_dead_rank_ends_the_job_with_an_error(tmp_path, how):
    t0 = time.monotonic()
    p = mpirun(2, [sys.executable, worker(tmp_path, DEAD_WORKER), how], tmp_path, timeout=120,
               env={"MINIC_DIST_TIMEOUT": "3"}, check=False)
    assert p.returncode != 0
    assert "finished an allreduce alone" not in p.stdout
    if how == "hang":  # the launcher sees nothing wrong: rank 0's deadline ends the job
        assert "allreduce of 4 float32 waited 3 s for the other ranks" in p.stderr, p.stderr[-2000:]
    assert time.monotonic() - t0 < 100


# --- sharded GPT-2 on two ranks ------------------------------------------------------------------------------
TINY = dict(n_layer=2, n_head=4, n_embd=64, vocab_size=251, n_positions=64)  # 251: the vocabulary pads to 252
PROMPT, FED = [3, 17, 5, 250, 9], [7, 1, 249]

GPT2_WORKER = """
import sys
from pathlib import Path
import numpy as np
import minic
from minic import dist
from minic.dist.megatron import GPT2_PLAN, TensorParallel, load_shards
from models.gpt2 import GPT2, GPT2Config, param_shapes
from models.weights import IGNORED_SUFFIXES, load_config

path, prompt, fed = Path(sys.argv[1]), eval(sys.argv[2]), eval(sys.argv[3])
cfg = load_config(path)
tp = TensorParallel(dist.init(2))
rename = lambda k: None if k.endswith(IGNORED_SUFFIXES) else k.removeprefix("transformer.")
params = load_shards(path, param_shapes(cfg), GPT2_PLAN, tp, rename)
assert params["h.0.attn.c_attn.weight"].shape == (64, 96) and params["wte.weight"].shape == (126, 64)
model = GPT2(cfg, params, max_ctx=32, tp=tp)
pre = model.prefill(prompt, all_logits=True)
dec = [model.decode(t, len(prompt) + i) for i, t in enumerate(fed)]
greedy = [model.decode_greedy(t, len(prompt) + len(fed) + i) for i, t in enumerate(fed)]
try:
    GPT2(GPT2Config(n_layer=1, n_head=3, n_embd=48, vocab_size=251, n_positions=64), {}, tp=tp)
except minic.ShapeError as e:
    bad = str(e)
if tp.rank == 0:
    np.savez(sys.argv[4], prefill=pre, decode=np.stack(dec), greedy=np.array(greedy))
    print("bad:", bad)
    print("replay:", next(iter(model._greedy.states.values())).plan.why_launch_list)
"""


def test_sharded_gpt2_matches_one_process(tmp_path):
    from models.gpt2 import GPT2, GPT2Config
    from models.weights import random_params, save
    cfg = GPT2Config(**TINY)
    params = random_params(cfg, seed=3)
    save(str(tmp_path / "tiny"), cfg, params)
    out = tmp_path / "out.npz"
    p = mpirun(2, ["-bind-to", "core", sys.executable, worker(tmp_path, GPT2_WORKER), str(tmp_path / "tiny"),
                   repr(PROMPT), repr(FED), str(out)], tmp_path)
    got = np.load(out)
    one = GPT2(cfg, params, max_ctx=32)
    np.testing.assert_allclose(got["prefill"], one.prefill(PROMPT, all_logits=True), rtol=0, atol=1e-5)
    np.testing.assert_allclose(got["decode"], [one.decode(t, len(PROMPT) + i) for i, t in enumerate(FED)],
                               rtol=0, atol=1e-5)
    start = len(PROMPT) + len(FED)
    assert list(got["greedy"]) == [one.decode_greedy(t, start + i) for i, t in enumerate(FED)]
    assert "n_head=3 does not divide by --tp 2" in p.stdout, p.stdout
    assert "replay: 6 collective(s) between 7 stretches of kernels, each replayed by the LLVM native" in p.stdout


def test_minic_generate_tp2_gives_the_ids_of_one_process(tmp_path):
    from models.gpt2 import GPT2Config
    from models.weights import random_params, save
    cfg = GPT2Config(**TINY)
    save(str(tmp_path / "tiny"), cfg, random_params(cfg, seed=4))
    cmd = [sys.executable, "-m", "minic.cli", "generate", "--weights", str(tmp_path / "tiny"), "--prompt-ids",
           "3,17,5,250", "--max-new-tokens", "6", "--print-ids", "--max-ctx", "32"]
    one = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=240,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert one.returncode == 0, one.stderr
    two = mpirun(2, ["-bind-to", "core", *cmd, "--tp", "2"], tmp_path)
    assert len(one.stdout.strip().splitlines()[-1].split(",")) == 6
    assert two.stdout == one.stdout  # rank 0 prints the same text and ids; the other rank prints nothing
    bad = mpirun(2, [*cmd, "--tp", "3"], tmp_path, check=False)
    assert bad.returncode != 0 and "--tp 3 needs 3 ranks, but the launcher started 2" in bad.stderr


LLAMA_WORKER = """
import sys
import numpy as np
from minic.dist.megatron import TensorParallel
from models.families import load_checkpoint
tp = TensorParallel.start(2)
out = {}
for i, weights in enumerate(sys.argv[2:]):
    ck = load_checkpoint(weights, None, tp)
    model = ck.build(max_ctx=32)
    assert (model.heads, model.kv_heads) == (ck.cfg.n_head // 2, ck.cfg.n_kv_head // 2)
    prompt = [5, 17, 200, 2, 99]
    out[f"prefill{i}"] = model.prefill(prompt, all_logits=True)
    out[f"decode{i}"] = np.stack([model.decode(t, len(prompt) + j) for j, t in enumerate([7, 1, 299])])
if tp.rank == 0:
    np.savez(sys.argv[1], **out)
"""


def _sharded_llamas_match_one_process(tmp_path, weights: list[str], atol: list[float]) -> None:
    """Two ranks load each checkpoint of `weights` sharded; their logits (prefill and decode) equal one process's
    within `atol`, and so do the greedy picks."""
    from models.families import load_checkpoint
    mpirun(2, ["-bind-to", "core", sys.executable, worker(tmp_path, LLAMA_WORKER), str(tmp_path / "out.npz"),
               *weights], tmp_path)
    got = np.load(tmp_path / "out.npz")
    prompt = [5, 17, 200, 2, 99]
    for i, (w, tol) in enumerate(zip(weights, atol)):
        one = load_checkpoint(w).build(max_ctx=32)
        want_prefill = one.prefill(prompt, all_logits=True)
        want_decode = [one.decode(t, len(prompt) + j) for j, t in enumerate([7, 1, 299])]
        np.testing.assert_allclose(got[f"prefill{i}"], want_prefill, rtol=0, atol=tol, err_msg=w)
        np.testing.assert_allclose(got[f"decode{i}"], want_decode, rtol=0, atol=tol, err_msg=w)
        assert got[f"prefill{i}"].argmax(-1).tolist() == np.argmax(want_prefill, -1).tolist()
        assert got[f"decode{i}"].argmax(-1).tolist() == np.argmax(want_decode, -1).tolist()


def test_sharded_llama_matches_one_process(tmp_path):
    transformers = pytest.importorskip("transformers", reason="the tiny LLaMA checkpoint is written by transformers")
    torch = pytest.importorskip("torch", reason="transformers needs torch to write a checkpoint")
    torch.manual_seed(0)
    cfg = transformers.LlamaConfig(vocab_size=300, hidden_size=96, intermediate_size=160, num_hidden_layers=2,
                                   num_attention_heads=6, num_key_value_heads=2, max_position_embeddings=64,
                                   attention_bias=True, tie_word_embeddings=True, bos_token_id=1, eos_token_id=2)
    hf = transformers.LlamaForCausalLM(cfg).eval()
    with torch.no_grad():
        for p in hf.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    hf.save_pretrained(str(tmp_path / "llama"))
    _sharded_llamas_match_one_process(tmp_path, [str(tmp_path / "llama")], [1e-5])


# a one-layer GQA LLaMA whose row-parallel inputs (o_proj: 4 heads x 32, down_proj: 128) leave 64 a rank: whole
# Q8_0 blocks
GGUF_LLAMA = dict(num_hidden_layers=1, hidden_size=128, num_attention_heads=4, num_key_value_heads=2,
                  intermediate_size=128)


def test_sharded_gguf_llama_matches_one_process(tmp_path):
    pytest.importorskip("gguf", reason="GGUF files are written with the gguf package")
    pytest.importorskip("transformers", reason="the tiny LLaMA is built by transformers")
    from tests.test_llama import _hf_model, write_gguf
    f32, q8 = tmp_path / "f32.gguf", tmp_path / "q8_0.gguf"
    # Qwen2 (q/k/v biases, tied head) in F32; LLaMA (q/k rows permuted by llama.cpp, its own head) in Q8_0
    write_gguf(f32, _hf_model("qwen2", tie_word_embeddings=True, **GGUF_LLAMA), arch="qwen2", qtype="F32")
    write_gguf(q8, _hf_model("llama", **GGUF_LLAMA), qtype="Q8_0")
    _sharded_llamas_match_one_process(tmp_path, [str(f32), str(q8)], [1e-5, 1e-4])


def test_sharded_gguf_names_a_cut_block(tmp_path):
    """o_proj's 96 inputs (6 heads x 16) leave 48 a rank, which cuts Q8_0's 32-value blocks: the error names the
    tensor, the block and --tp instead of reading garbage."""
    pytest.importorskip("gguf", reason="GGUF files are written with the gguf package")
    pytest.importorskip("transformers", reason="the tiny LLaMA is built by transformers")
    from tests.test_llama import _hf_model, write_gguf
    write_gguf(tmp_path / "tiny.gguf", _hf_model("llama"), qtype="Q8_0")
    cmd = [sys.executable, "-m", "minic.cli", "generate", "--weights", str(tmp_path / "tiny.gguf"), "--prompt-ids",
           "3,17", "--max-new-tokens", "2", "--print-ids", "--tp", "2"]
    bad = mpirun(2, cmd, tmp_path, check=False)
    assert bad.returncode != 0
    assert "--tp 2 splits 'blk.0.attn_output.weight' (Q8_0, 96 inputs) into 48 inputs a rank, which cuts the " \
           "32-value blocks of Q8_0" in bad.stderr, bad.stderr[-2000:]
