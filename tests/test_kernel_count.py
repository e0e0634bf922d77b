"""Kernels per transformer layer at decode and prefill, each with its rule and the reason fusion cut there.

GPT-2 and a LLaMA-family model (grouped-query attention) on the CPU (LLVM) and with GPU schedules (OpenCL, the
same rules as CUDA: a GPU keeps attention as three kernels, see rules/attention.py). The lists are the contract
issue 13's kernel-count target is measured by; a change in fusion that adds a kernel, or cuts one for another
reason, shows up here first. Reasons: `REQUESTED` the layer's output or a value the model realizes; `ASSIGN` a
KV-cache write; `SHARED` a product several kernels read (GPT-2's QKV: its q, k and v copies, the two of them cache
writes, are merged into its kernel as side stores); `TWICE` a reduction read at two indices (the GPU's scores,
read by the softmax's max and its sum; LLaMA's QKV, read by RoPE at two columns); `SPREAD_CUT` an elementwise
result several copies read (LLaMA's RoPE of q and k together: q's copy and the keys' cache write become its side
stores); `INSIDE` a reduction that
another one's loop would recompute (the MLP's hidden row inside the down projection's).
"""
from __future__ import annotations

import numpy as np
import pytest
from conftest import require

import minic
import models.llama as llama
from minic.intermediates import kernels
from minic.sched.fuse import ATTENTION_CUT, SPREAD_CUT
from models.gpt2 import GPT2, GPT2Config
from models.gpt2 import param_shapes as gpt2_shapes

REQUESTED = "requested output"
ASSIGN = "assign writes into an existing buffer"
TWICE = "reduction cut out: its result is read at two different indices"
SHARED = "reduction cut out: needed by several kernels"
INSIDE = "reduction cut out: it would be recomputed inside another reduction's loop"


def _params(shapes: dict) -> dict:
    rng = np.random.default_rng(0)
    return {k: (rng.standard_normal(s) * 0.05).astype(np.float32) for k, s in shapes.items()}


def _gpt2(device: str) -> GPT2:
    cfg = GPT2Config(n_layer=2, n_head=2, n_embd=64, vocab_size=256, n_positions=64)
    return GPT2(cfg, _params(gpt2_shapes(cfg)), device=device)


def _llama(device: str) -> llama.Llama:
    cfg = llama.LlamaConfig(n_layer=2, dim=64, n_head=4, n_kv_head=2, ffn_dim=128, vocab_size=256)
    return llama.Llama(cfg, _params(llama.param_shapes(cfg)), device=device, max_ctx=64)


def _layer(cap, prefix: str) -> list[tuple[str, str, str]]:
    """(kernel name, rule, cut reason) of every launch in scopes under `prefix` (one layer), in order."""
    return [(c.name.rsplit(".", 1)[-1].split("#")[0], c.kernel.rule, c.kernel.why)
            for c in cap.kernels if c.name.startswith(prefix)]


GPT2_DECODE_CPU = [("layer_norm_gemv_bias", "GEMV", SHARED), ("attention", "Attention", ATTENTION_CUT),
                   ("gemv_bias_add", "GEMV", REQUESTED), ("layer_norm_gemv_bias_gelu", "GEMV", INSIDE),
                   ("gemv_bias_add", "GEMV", REQUESTED)]
GPT2_DECODE_GPU = GPT2_DECODE_CPU[:1] + [("gemv_scale_mask", "GEMV", TWICE), ("softmax", "Reduction", INSIDE),
                                         ("gemv", "GEMV", INSIDE)] + GPT2_DECODE_CPU[2:]
LLAMA_DECODE_CPU = [("rms_norm_gemv", "GEMV", TWICE), ("add_mul", "Elementwise", SPREAD_CUT),
                    ("attention", "Attention", ATTENTION_CUT), ("gemv_add", "GEMV", REQUESTED),
                    ("rms_norm_gemv", "GEMV", INSIDE), ("gemv_add", "GEMV", REQUESTED)]
LLAMA_DECODE_GPU = LLAMA_DECODE_CPU[:2] + [("gemv_scale_mask", "GEMV", TWICE), ("softmax", "Reduction", INSIDE),
                                           ("gemv", "GEMV", INSIDE)] + LLAMA_DECODE_CPU[3:]


@pytest.mark.parametrize("device", ["LLVM", "CL", "WEBGPU"])
def test_decode_kernels_per_layer(device):
    """GPT-2: 5 kernels a layer on the CPU and on GPUs that split attention's keys across groups (device
    scratch: CUDA, OpenCL C 2.0), 7 where attention stays three kernels (WebGPU) (the norms fused into the GEMVs
    after them; the QKV GEMV stores q and both cache writes itself); LLaMA: 6 and 8 (q, k and v are one GEMV of the
    fused projection, which stores the values' cache write too; RoPE reads two columns a value, so q and k are
    rotated together by one kernel, which stores q and the keys' cache write)."""
    require(device)
    target = minic.get_device(device).target
    fused = not target.gpu or target.device_scratch
    gpt2_layer, llama_layer = (GPT2_DECODE_CPU, LLAMA_DECODE_CPU) if fused else (GPT2_DECODE_GPU, LLAMA_DECODE_GPU)
    for model, layer, first in ((_gpt2(device), gpt2_layer, "h.0."), (_llama(device), llama_layer, "layers.0.")):
        model.prefill([1, 2, 3])
        cap = kernels(model.decode_greedy, 5, 3)
        assert _layer(cap, first) == layer
        norm = "layer_norm_gemv" if first == "h.0." else "rms_norm_gemv"
        assert _layer(cap, "head.") == [(norm, "GEMV", REQUESTED), ("argmax", "Reduction", REQUESTED)]
        assert len(cap.kernels) == 1 + 2 * len(layer) + 2  # the embedding, two layers, the head


def test_prefill_kernels_per_layer():
    """At prefill (a symbolic number of rows) the norms are kernels of their own that the matmuls read."""
    from minic.sched.rules.matmul_plan import PROLOGUE_CUT
    m = _gpt2("LLVM")
    cap = kernels(m.prefill, list(range(1, 8)))
    layer = _layer(cap, "h.0.")
    assert [(name, why) for name, _, why in layer if "layer_norm" in name] == [("layer_norm", PROLOGUE_CUT)] * 2
    assert [rule for _, rule, _ in layer].count("Matmul") >= 4 and len(layer) <= 11
    assert _layer(cap, "head.") == [("layer_norm_gemv", "GEMV", REQUESTED)]  # the last row only: one GEMV
