"""Kernels per transformer layer at decode and prefill, each with its rule and the reason fusion cut there.

GPT-2 and a LLaMA-family model (grouped-query attention) on the CPU (LLVM) and with GPU schedules (OpenCL, the
same rules as CUDA; WebGPU, without device scratch, keeps attention as three kernels, see rules/attention.py). The
lists are the contract issue 13's kernel-count target is measured by; a change in fusion that adds a kernel, or
cuts one for another reason, shows up here first. Reasons: `REQUESTED` the layer's output or a value the model
realizes; `ASSIGN` a KV-cache write; `SPREAD_CUT` a result several copies read, computed once by a kernel that
stores the copies too (the QKV product: q's copy and both cache writes; LLaMA's with RoPE applied on GPUs, its
rotation on the CPU); `TWICE` a reduction read at two indices (the split attention's scores, read by the softmax's
max and its sum; LLaMA's QKV product on the CPU, read by RoPE at two columns); `INSIDE` a reduction that another
one's loop would recompute (the MLP's hidden row inside the down projection's).
"""
from __future__ import annotations

import numpy as np
import pytest
from conftest import require

import minic
import models.llama as llama
from minic.intermediates import kernels
from minic.quant import quantize
from minic.sched.fuse import ATTENTION_CUT, SPREAD_CUT
from models.gpt2 import GPT2, GPT2Config
from models.gpt2 import param_shapes as gpt2_shapes

REQUESTED = "requested output"
ASSIGN = "assign writes into an existing buffer"
TWICE = "reduction cut out: its result is read at two different indices"
INSIDE = "reduction cut out: it would be recomputed inside another reduction's loop"


def _params(shapes: dict) -> dict:
    rng = np.random.default_rng(0)
    return {k: (rng.standard_normal(s) * 0.05).astype(np.float32) for k, s in shapes.items()}


def _gpt2(device: str) -> GPT2:
    cfg = GPT2Config(n_layer=2, n_head=2, n_embd=64, vocab_size=256, n_positions=64)
    return GPT2(cfg, _params(gpt2_shapes(cfg)), device=device)


def _llama(device: str, dtype: str = "float32", interleaved: bool = False, packed: str = "") -> llama.Llama:
    """A tiny LLaMA; with `packed` (a format name) its projections are quantized to that format."""
    cfg = llama.LlamaConfig(n_layer=2, dim=64, n_head=4, n_kv_head=2, ffn_dim=128, vocab_size=256,
                            rope_interleaved=interleaved)
    params = _params(llama.param_shapes(cfg))
    if packed:
        params = {k: quantize(v, packed, device) if k.endswith("_proj.weight") else v for k, v in params.items()}
    return llama.Llama(cfg, params, device=device, dtype=dtype, max_ctx=64)


def _layer(cap, prefix: str) -> list[tuple[str, str, str]]:
    """(kernel name, rule, cut reason) of every launch in scopes under `prefix` (one layer), in order."""
    return [(c.name.rsplit(".", 1)[-1].split("#")[0], c.kernel.rule, c.kernel.why)
            for c in cap.kernels if c.name.startswith(prefix)]


ATTENTION_FUSED = [("attention", "Attention", ATTENTION_CUT)]
ATTENTION_SPLIT = [("gemv_scale", "GEMV", TWICE), ("softmax", "Reduction", INSIDE), ("gemv", "GEMV", INSIDE)]
GPT2_QKV = [("layer_norm_gemv_bias", "GEMV", SPREAD_CUT)]
GPT2_REST = [("gemv_bias_add", "GEMV", REQUESTED), ("layer_norm_gemv_bias_gelu", "GEMV", INSIDE),
             ("gemv_bias_add", "GEMV", REQUESTED)]
LLAMA_QKV_CPU = [("rms_norm_gemv", "GEMV", TWICE), ("where_mul", "Elementwise", SPREAD_CUT)]
LLAMA_QKV_GPU = [("rms_norm_gemv", "GEMV", SPREAD_CUT)]
LLAMA_REST = [("gemv_add", "GEMV", REQUESTED), ("rms_norm_gemv", "GEMV", INSIDE), ("gemv_add", "GEMV", REQUESTED)]


@pytest.mark.parametrize("device", ["LLVM", "CL", "WEBGPU"])
def test_decode_kernels_per_layer(device):
    """GPT-2: 5 kernels a layer on the CPU and on GPUs that split attention's keys across groups (device
    scratch: CUDA, OpenCL C 2.0), 7 where attention stays three kernels (WebGPU) (the norms fused into the GEMVs
    after them; the QKV GEMV stores q and both cache writes itself, computed once for those copies: SPREAD_CUT).
    LLaMA: the same on GPUs, where the GEMV of the fused q/k/v projection applies RoPE in its epilogue (each
    column's partner computed there too, matmul_plan.Partner) and stores q and both cache writes; 6 on the CPU,
    which reads the weights once: the product is stored (RoPE reads it at two columns), and one kernel rotates
    it and stores q and the cache writes."""
    require(device)
    target = minic.get_device(device).target
    attention = ATTENTION_FUSED if not target.gpu or target.device_scratch else ATTENTION_SPLIT
    llama_qkv = LLAMA_QKV_GPU if target.gpu else LLAMA_QKV_CPU
    gpt2_layer, llama_layer = GPT2_QKV + attention + GPT2_REST, llama_qkv + attention + LLAMA_REST
    for model, layer, first in ((_gpt2(device), gpt2_layer, "h.0."), (_llama(device), llama_layer, "layers.0.")):
        model.prefill([1, 2, 3])
        cap = kernels(model.decode_greedy, 5, 3)
        assert _layer(cap, first) == layer
        norm = "layer_norm_gemv" if first == "h.0." else "rms_norm_gemv"
        assert _layer(cap, "head.") == [(norm, "GEMV", REQUESTED), ("argmax", "Reduction", REQUESTED)]
        assert len(cap.kernels) == 1 + 2 * len(layer) + 2  # the embedding, two layers, the head


@pytest.mark.parametrize("device, packed", [("LLVM", ""), ("CL", ""), ("CL", "q4_1")])
def test_llama_float16_decode_kernels_per_layer(device, packed):
    """A float16 model with GGUF's interleaved pairs, float or quantized projections: RoPE returns its input's
    dtype, and a quantized weight takes its input's dtype (float16), so q, k and v stay copies of one result
    (float32 angle tables, or a float32 quantized product, made each copy a cast of it: three rotation kernels a
    layer, the product stored). (A CPU reads a packed GEMV's normalised row from memory: a layout of its own.)"""
    require(device)
    model, reference = _llama(device, "float16", True, packed), _llama(device, interleaved=True, packed=packed)
    np.testing.assert_allclose(model.prefill([1, 2, 3]), reference.prefill([1, 2, 3]), atol=2e-3, rtol=0)
    layer = LLAMA_QKV_GPU if minic.get_device(device).target.gpu else LLAMA_QKV_CPU
    got = _layer(kernels(model.decode_greedy, 5, 3), "layers.0.")
    want = layer + ATTENTION_FUSED + LLAMA_REST
    if packed:  # a packed weight's product is named after its dequant's ops: compare rules and reasons
        got, want = ([(rule, why) for _, rule, why in ks] for ks in (got, want))
    assert got == want
    if packed:  # at prefill the attention's output reaches o_proj in float16: P @ V stays a Matmul (cast to a
        # float32 operand, it fell to the row-reduction rule)
        prefill = _layer(kernels(model.prefill, [1, 2, 3, 4]), "layers.0.")
        assert [rule for name, rule, _ in prefill if name.startswith("matmul")] == ["Matmul", "Matmul"]
    reference.decode_greedy(5, 3)  # both caches hold token 5 at position 3 now
    np.testing.assert_allclose(model.decode(5, 4), reference.decode(5, 4), atol=3e-3, rtol=0)


def test_prefill_kernels_per_layer():
    """At prefill (a symbolic number of rows) the norms are kernels of their own that the matmuls read."""
    from minic.sched.rules.matmul_plan import PROLOGUE_CUT
    m = _gpt2("LLVM")
    cap = kernels(m.prefill, list(range(1, 8)))
    layer = _layer(cap, "h.0.")
    assert [(name, why) for name, _, why in layer if "layer_norm" in name] == [("layer_norm", PROLOGUE_CUT)] * 2
    assert [rule for _, rule, _ in layer].count("Matmul") >= 4 and len(layer) <= 11
    assert _layer(cap, "head.") == [("layer_norm_gemv", "GEMV", REQUESTED)]  # the last row only: one GEMV
