"""The LLaMA family's other members and layouts against transformers, on tiny random checkpoints built by
transformers itself: grouped-query ratios 1, 2 and 4, tied and untied heads, Mistral's sliding window, Qwen3's
q/k norms, Gemma (GELU, scaled embedding, 1 + w norms), Gemma 2 (sandwich norms, soft caps, sliding and full
layers), Gemma 3 (q/k norms, the sliding layers' own RoPE), Phi-3's fused projections; and a GGUF of every tensor
type minic reads, compared with transformers reading the same file."""
from __future__ import annotations

import json

import numpy as np
import pytest

from tests.test_llama import PROMPT, _parity, write_gguf

torch = pytest.importorskip("torch", reason="parity tests compare with transformers, which needs torch")
transformers = pytest.importorskip("transformers", reason="parity tests compare with transformers' models")
gguf = pytest.importorskip("gguf", reason="the GGUF path reads files with the gguf package")

from minic.quant import QuantizedWeight  # noqa: E402
from models.families import load_checkpoint  # noqa: E402
from models.weights import WeightsError  # noqa: E402

# test_llama.py's tiny widths (96 wide, 6 query heads of 16, 2 key/value heads), so most kernels are compiled already;
# one layer (test_llama.py runs two): every kernel of a layer is there, at half the scheduling time
SMALL = dict(vocab_size=300, hidden_size=96, intermediate_size=160, num_hidden_layers=1, num_attention_heads=6,
             num_key_value_heads=2, max_position_embeddings=64, rms_norm_eps=1e-5, bos_token_id=1, eos_token_id=2)


def hf_model(kind: str, **extra):
    """A small random model of transformers' class for `kind`, every parameter perturbed (gains start at 1 and
    biases at 0 otherwise, which would hide a missing term). Eager attention, transformers' reference: some of its
    versions run Gemma 2 through SDPA by default, which leaves the scores' soft cap out."""
    torch.manual_seed(0)
    name = {"llama": "Llama", "mistral": "Mistral", "qwen3": "Qwen3", "gemma": "Gemma", "gemma2": "Gemma2",
            "gemma3": "Gemma3", "phi3": "Phi3", "granite": "Granite", "smollm3": "SmolLM3"}[kind]
    pad = {"pad_token_id": 0} if kind in ("phi3", "smollm3") else {}  # their default pad ids: past a tiny vocabulary
    config = "Gemma3TextConfig" if kind == "gemma3" else f"{name}Config"
    cfg = getattr(transformers, config)(**{**SMALL, **pad, **extra}, attn_implementation="eager")
    model = getattr(transformers, f"{name}ForCausalLM")(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    return model


# GQA ratios 1, 2 and 6 here (3 in test_llama.py); the same widths everywhere, so the variants share most kernels
HF_VARIANTS = {
    "mha-untied": dict(kind="llama", num_key_value_heads=6),
    "gqa2": dict(kind="llama", num_key_value_heads=3),
    "gqa6": dict(kind="llama", num_key_value_heads=1),
    "mistral-window": dict(kind="mistral", sliding_window=5),  # the 8-token prompt and its steps pass the window
    "qwen3-qk_norm-tied": dict(kind="qwen3", head_dim=16, tie_word_embeddings=True),
    "gemma": dict(kind="gemma", head_dim=16, num_key_value_heads=1),
    # a sliding layer (window 4: the prompt outgrows it) then a full one; soft caps small enough to bend the scores
    "gemma2": dict(kind="gemma2", num_hidden_layers=2, head_dim=16, sliding_window=4, query_pre_attn_scalar=24,
                   attn_logit_softcapping=2.0, final_logit_softcapping=3.0),
    "gemma3": dict(kind="gemma3", num_hidden_layers=2, head_dim=16, sliding_window=4, query_pre_attn_scalar=24,
                   layer_types=["sliding_attention", "full_attention"], rope_parameters={
                       "sliding_attention": {"rope_type": "default", "rope_theta": 100.0},
                       "full_attention": {"rope_type": "linear", "factor": 2.0, "rope_theta": 5000.0}}),
    "smollm3-nope": dict(kind="smollm3", num_hidden_layers=4, tie_word_embeddings=True),  # layer 3 has no RoPE
    "phi3-fused": dict(kind="phi3"),
    "granite": dict(kind="granite", embedding_multiplier=3.0, attention_multiplier=0.11, residual_multiplier=0.5,
                    logits_scaling=4.0),
    "phi3-longrope": dict(kind="phi3", original_max_position_embeddings=32, rope_parameters={
        "rope_type": "longrope", "rope_theta": 10000.0, "original_max_position_embeddings": 32,
        "short_factor": [1.0, 1.1, 1.3, 1.6, 2.0, 2.5, 3.1, 4.0], "long_factor": [2.0] * 8}),
}


@pytest.mark.parametrize("variant", list(HF_VARIANTS))
def test_hf_family_matches_transformers(variant, tmp_path):
    """save_pretrained (safetensors) -> minic: prefill logits of every position, then decode steps."""
    hf = hf_model(**HF_VARIANTS[variant])
    hf.save_pretrained(str(tmp_path))
    ck = load_checkpoint(str(tmp_path))
    if variant == "phi3-longrope":
        assert ck.n_positions == 32  # every position inside the pretrained length: exact
    _parity(ck, hf, PROMPT, steps=2, atol=1e-4)


@pytest.mark.parametrize("variant", ["gemma2", "gemma3"])
def test_gemma_on_gpu_schedules_matches_transformers(variant, gpu_device, tmp_path):
    """The GPU rules on Gemma's switches: the sliding layer's mask and the soft caps inside the split decode
    attention, the norms after attention and MLP, Gemma 3's q/k norms with two RoPE tables."""
    hf = hf_model(**HF_VARIANTS[variant])
    hf.save_pretrained(str(tmp_path))
    _parity(load_checkpoint(str(tmp_path), gpu_device), hf, PROMPT[:6], steps=3, atol=1e-4)


def test_gemma3_config_of_earlier_transformers_reads_the_same():
    """A Gemma 3 config.json as transformers 4 wrote it (rope_theta, rope_local_base_freq, rope_scaling and
    sliding_window_pattern, no layer_types): the same model as transformers 5's per-layer-type form."""
    from models.llama import LlamaConfig
    base = dict(architectures=["Gemma3ForCausalLM"], num_hidden_layers=7, hidden_size=96, num_attention_heads=2,
                num_key_value_heads=1, head_dim=32, intermediate_size=64, vocab_size=50, sliding_window=8,
                query_pre_attn_scalar=32)
    old = LlamaConfig.from_hf({**base, "rope_theta": 1e6, "rope_local_base_freq": 1e4, "sliding_window_pattern": 6,
                               "rope_scaling": {"rope_type": "linear", "factor": 8.0}})
    new = LlamaConfig.from_hf({**base, "layer_types": ["sliding_attention"] * 5 + ["full_attention",
                                                                                   "sliding_attention"],
                               "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 1e4},
                                                   "full_attention": {"rope_type": "linear", "factor": 8.0,
                                                                      "rope_theta": 1e6}}})
    assert old == new
    assert [old.window(i) for i in range(7)] == [8] * 5 + [None, 8]
    assert old.sliding_rope_theta == 1e4 and old.rope_scaling == {"rope_type": "linear", "factor": 8.0}
    assert old.qk_norm and old.sandwich_norms and old.attention_scale == 32 ** -0.5
    with pytest.raises(Exception, match="layer_types must name each of the 7 layers"):
        LlamaConfig.from_hf({**base, "layer_types": ["sliding_attention"] * 6})
    # no "architectures" (or null, as a config saved from a model transformers loaded from GGUF): its model_type
    for unnamed in ({"architectures": None}, {}):
        cfg = {**{k: v for k, v in base.items() if k != "architectures"}, **unnamed, "model_type": "gemma3_text"}
        assert LlamaConfig.from_hf({**cfg, "rope_theta": 1e6, "rope_local_base_freq": 1e4, "sliding_window_pattern": 6,
                                    "rope_scaling": {"rope_type": "linear", "factor": 8.0}}) == old
    with pytest.raises(Exception, match="sliding layers' rope_type 'yarn' is not supported"):
        LlamaConfig.from_hf({**base, "rope_parameters": {"sliding_attention": {"rope_type": "yarn"},
                                                         "full_attention": {"rope_theta": 1e6}}})


def test_unsupported_config_fields_are_named(tmp_path):
    hf = hf_model("phi3")
    hf.save_pretrained(str(tmp_path))
    cfg = json.loads((tmp_path / "config.json").read_text())
    rope = {**cfg["rope_parameters"], "partial_rotary_factor": 0.5}
    (tmp_path / "config.json").write_text(json.dumps({**cfg, "rope_parameters": rope}))
    with pytest.raises(Exception, match="partial_rotary_factor=0.5 is not supported"):
        load_checkpoint(str(tmp_path))
    (tmp_path / "config.json").write_text(json.dumps({**cfg, "hidden_act": "relu2"}))
    with pytest.raises(Exception, match="hidden_act 'relu2' is not supported"):
        load_checkpoint(str(tmp_path))
    (tmp_path / "config.json").write_text(json.dumps({**cfg, "architectures": ["Gemma3ForConditionalGeneration"],
                                                      "text_config": {}}))
    with pytest.raises(Exception, match="architecture 'Gemma3ForConditionalGeneration' is not a LLaMA-family model.*"
                                        "vision-language checkpoint: minic runs its text model from the GGUF"):
        load_checkpoint(str(tmp_path))


# --- GGUF ------------------------------------------------------------------------------------------------------------
def _from_gguf(folder, name: str):
    return transformers.AutoModelForCausalLM.from_pretrained(str(folder), gguf_file=name, dtype=torch.float32).eval()


# what a file of each architecture does not say, as transformers assumes it: a qwen3 file's head_dim is its config's
# default (128); a Gemma 2/3 file's query_pre_attn_scalar is 256 (minic, as llama.cpp, takes the head dim: 256 here),
# Gemma 2's soft caps 50 and 30 (the file has them), Gemma 3's sliding layers one in 6 with a RoPE base of 10,000
GGUF_FAMILIES = {
    "qwen3": dict(num_attention_heads=2, num_key_value_heads=1, head_dim=128),
    "phi3": {},
    "gemma2": dict(num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=1, head_dim=256, sliding_window=4),
    "gemma3": dict(num_hidden_layers=6, num_attention_heads=2, num_key_value_heads=1, head_dim=256, sliding_window=4),
}


@pytest.mark.parametrize("kind", list(GGUF_FAMILIES))
def test_gguf_family_matches_transformers(kind, tmp_path):
    """qwen3 (attn_q_norm / attn_k_norm), phi3 (fused attn_qkv and gate/up ffn_up, split by rows while packed),
    gemma2 and gemma3 (post_attention_norm, ffn_norm before the MLP, post_ffw_norm; sliding layers) against
    transformers reading the same file (F32 matrices: packed as minic's `f32` format)."""
    write_gguf(tmp_path / "m.gguf", hf_model(kind, **GGUF_FAMILIES[kind]), arch=kind, qtype="F32")
    ck = load_checkpoint(str(tmp_path / "m.gguf"))
    assert isinstance(ck.params["layers.0.self_attn.k_proj.weight"], QuantizedWeight)
    _parity(ck, _from_gguf(tmp_path, "m.gguf"), PROMPT, steps=1, atol=1e-4)


def test_a_gguf_without_eot_id_stops_at_its_end_of_turn_token():
    """Gemma's GGUF files name <eos> as eos and no eot_token_id, yet a chat reply ends with <end_of_turn>: its
    control token is a stop id; a text token spelled the same is not."""
    from models.families import end_of_turn_ids
    tokens = ["<pad>", "<eos>", "<end_of_turn>", "hello", "<|im_end|>"]
    assert end_of_turn_ids(tokens, [3, 3, 3, 1, 1]) == (2,)
    assert end_of_turn_ids(tokens, None) == (2, 4)


def test_granite_gguf_matches_the_model_it_was_written_from(tmp_path):
    """Granite's four multipliers as llama.cpp's converter writes them (embedding, residual and logit scales,
    attention.scale), q/k rows permuted as for LLaMA; transformers reads no granite GGUF, so the oracle is the model
    the file was written from."""
    hf = hf_model(**HF_VARIANTS["granite"])
    c = hf.config
    write_gguf(tmp_path / "g.gguf", hf, arch="granite", qtype="F32", extra={
        "granite.embedding_scale": c.embedding_multiplier, "granite.residual_scale": c.residual_multiplier,
        "granite.logit_scale": c.logits_scaling, "granite.attention.scale": c.attention_multiplier})
    ck = load_checkpoint(str(tmp_path / "g.gguf"))
    assert ck.cfg.rope_interleaved and ck.cfg.attention_scale == pytest.approx(0.11)
    _parity(ck, hf, PROMPT, steps=1, atol=1e-4)


def test_gemma_gguf_matches_transformers(tmp_path):
    """transformers reads no `gemma` GGUF, so the oracle is the model the file was written from (with llama.cpp's
    1 + w norm gains): what a Gemma GGUF from llama.cpp's converter holds."""
    hf = hf_model(**HF_VARIANTS["gemma"])
    write_gguf(tmp_path / "g.gguf", hf, arch="gemma", qtype="F32")
    ck = load_checkpoint(str(tmp_path / "g.gguf"))
    assert ck.cfg.hidden_act == "gelu_pytorch_tanh" and ck.cfg.embed_scale == pytest.approx(96 ** 0.5)
    _parity(ck, hf, PROMPT, steps=1, atol=1e-4)


# tensor types minic reads from a GGUF: the packed ones keep GGUF's bytes (their dequant runs inside the matmul,
# tests/test_quant.py runs each format's kernels against gguf's dequantization; Q8_0 runs a whole model in
# test_llama.py), the others are dequantized at load (IQ3_S here; the other IQ types but IQ4 the same way).
# K-quants need rows of 256, so this model is 256 wide.
GGUF_TYPES = ("F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K",
              "IQ4_NL", "IQ4_XS", "IQ3_S")
PACKED = {"F32", "F16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K", "IQ4_NL",
          "IQ4_XS"}


@pytest.fixture(scope="module")
def wide_llama():
    return hf_model("llama", hidden_size=256, intermediate_size=256, num_attention_heads=4)


@pytest.mark.parametrize("qtype", GGUF_TYPES)
def test_gguf_tensor_types_load_as_transformers(qtype, wide_llama, tmp_path):
    """Every matrix of a file whose matrices are all `qtype` is, dequantized, bit for bit the weight transformers
    loads from the same file (q/k rows in llama.cpp's order, which minic keeps and rotates to match)."""
    import warnings
    write_gguf(tmp_path / "t.gguf", wide_llama, qtype=qtype)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ck = load_checkpoint(str(tmp_path / "t.gguf"))
    widened = [str(w.message) for w in caught if "load as float32" in str(w.message)]
    assert bool(widened) == (qtype not in PACKED), widened  # a silent 8x of memory is a surprise
    if widened:
        assert f"stored as {qtype} " in widened[0] and "MiB instead of" in widened[0]
    ref = {k.removeprefix("model."): v.numpy() for k, v in _from_gguf(tmp_path, "t.gguf").state_dict().items()}
    for name in ("layers.0.mlp.down_proj.weight", "layers.0.self_attn.v_proj.weight", "lm_head.weight"):
        w = ck.params[name]
        assert isinstance(w, QuantizedWeight) == (qtype in PACKED)
        if qtype in PACKED:
            assert w.format.gguf_type.name == qtype
        np.testing.assert_array_equal(w.numpy() if qtype in PACKED else w, ref[name])


def test_gguf_longrope_matches_the_model_it_was_written_from(tmp_path):
    """A Phi-3 128k / Phi-3.5 file: LongRoPE's factors as rope_factors_short/long tensors, the pretrained length and
    the cos/sin factor as metadata (llama.cpp's converter). transformers' GGUF reader drops them, so the oracle is the
    model the file was written from; minic runs its short factors within the pretrained length."""
    hf = hf_model(**HF_VARIANTS["phi3-longrope"])
    rope = hf.config.rope_parameters
    factor = 64 / 32
    attention = float(np.sqrt(1 + np.log(factor) / np.log(32)))
    write_gguf(tmp_path / "long.gguf", hf, arch="phi3", qtype="F32",
               extra={"phi3.rope.scaling.original_context_length": 32, "phi3.rope.scaling.attn_factor": attention},
               extra_tensors={"rope_factors_short.weight": np.float32(rope["short_factor"]),
                              "rope_factors_long.weight": np.float32(rope["long_factor"])})
    ck = load_checkpoint(str(tmp_path / "long.gguf"))
    assert ck.cfg.rope_type == "longrope" and ck.n_positions == 32
    _parity(ck, hf, PROMPT, steps=2, atol=1e-4)
    write_gguf(tmp_path / "half.gguf", hf, arch="phi3", qtype="F32",
               extra_tensors={"rope_factors_long.weight": np.float32(rope["long_factor"])})
    with pytest.raises(WeightsError, match="LongRoPE needs both .* rope_factors_short.weight is missing"):
        load_checkpoint(str(tmp_path / "half.gguf"))


# --- SentencePiece vocabularies in GGUF (LLaMA 2, Mistral, TinyLlama): tokenizer.ggml.model 'llama' ------------------
def _write_sentencepiece_gguf(path, arch: str = "llama") -> None:
    """A GGUF holding only a SentencePiece vocabulary (tokens with scores, byte fallback, no merges) and a config."""
    sp = "\u2581"
    pieces = [sp, "h", "e", "l", "o", "w", "r", "d", "a", "b", "\u00e9", sp + "h", "he", "ll", sp + "he", "llo",
              sp + "hello", sp + "w", "or", sp + "wor", "ld", sp + "world", "ab", sp + "a", sp + sp, "[", "]", "I",
              "N", "S", "T", "/"]
    tokens = ["<unk>", "<s>", "</s>", *(f"<0x{b:02X}>" for b in range(256)), *pieces]
    w = gguf.GGUFWriter(str(path), arch)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores([0.0] * 259 + [-float(i) for i in range(len(pieces))])
    w.add_token_types([2, 3, 3] + [6] * 256 + [1] * len(pieces))
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_unk_token_id(0)
    for add in (w.add_block_count, w.add_context_length, w.add_embedding_length, w.add_feed_forward_length,
                w.add_head_count):
        add(8)
    w.add_layer_norm_rms_eps(1e-5)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.mark.parametrize("arch", ["llama", "phi3"])
def test_sentencepiece_gguf_tokenizer_matches_transformers(arch, tmp_path):
    """Merges rebuilt from the scores, the prefix space (Phi-3: before every piece of text between special
    tokens), byte fallback for characters outside the vocabulary, control tokens kept whole, BOS before a plain
    prompt; decoding gives the text back."""
    from models.gguf_loader import open_gguf
    from models.hf_tokenizer import from_gguf_metadata
    _write_sentencepiece_gguf(tmp_path / "sp.gguf", arch)
    tok = from_gguf_metadata(open_gguf(tmp_path / "sp.gguf").metadata, "sp.gguf")
    ref = transformers.AutoTokenizer.from_pretrained(str(tmp_path), gguf_file="sp.gguf")
    for text in ("hello world", " hello  world", "hello\nworld \u00e9 \u00fc \u4e2d", "<s>[INST] hello [/INST]",
                 "ab abab a", "  ", "hello</s>world"):
        ids = tok.encode(text)
        assert ids == ref(text, add_special_tokens=False)["input_ids"], text
        assert tok.decode(ids) == ref.decode(ids)
    assert tok.encode("hello world") == [tok.token_id("\u2581hello"), tok.token_id("\u2581world")]
    assert tok.decode(tok.encode("hello\n\u4e2d")) == "hello\n\u4e2d"  # byte fallback both ways
    assert tok.encode_prompt("hello") == ref("hello")["input_ids"] == [1, tok.token_id("\u2581hello")]
    assert b"".join(tok.decode_bytes([i]) for i in tok.encode("hello world")) == b" hello world"  # streaming


def test_generation_stops_at_the_end_of_a_turn(tmp_path):
    """config.json may list several eos ids (LLaMA 3.1: end of text first); a chat reply ends with the tokenizer's
    eos_token (<|eot_id|>), which is what generation stops at, as transformers' tokenizer.eos_token_id says."""
    from tokenizers import Tokenizer, models
    hf = hf_model("llama", eos_token_id=[5, 7])
    hf.save_pretrained(str(tmp_path))
    vocab = {f"<t{i}>": i for i in range(300) if i not in (5, 7)} | {"<|end_of_text|>": 5, "<|eot_id|>": 7}
    Tokenizer(models.WordLevel(vocab, unk_token="<t0>")).save(str(tmp_path / "tokenizer.json"))
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({"eos_token": "<|eot_id|>"}))
    ck = load_checkpoint(str(tmp_path))
    assert ck.cfg.eos_token_id == 5 and ck.eos_id == 7 and ck.stop_ids == {5, 7}


def test_generation_stops_at_any_stop_id(tmp_path):
    """generation_config.json lists more stop ids (LLaMA 3 instruct: <|end_of_text|>, <|eom_id|>, <|eot_id|>):
    generation stops at whichever comes first, not only at the chat template's eos."""
    from models.generate import generate
    hf = hf_model("llama", eos_token_id=[5, 7])
    hf.save_pretrained(str(tmp_path))
    (tmp_path / "generation_config.json").write_text(json.dumps({"eos_token_id": [5, 7, 9]}))
    ck = load_checkpoint(str(tmp_path))
    assert ck.stop_ids == {5, 7, 9}
    model = ck.build()
    free, stats = generate(model, [1, 2, 3], 6)  # greedy, nothing stops it
    assert stats.stop == "max tokens" and len(free) == 6
    stop = free[2]
    ids, stats = generate(model, [1, 2, 3], 6, stop_ids={stop, 9})
    assert ids == free[:free.index(stop) + 1] and stats.stop == "end of text"
    (tmp_path / "generation_config.json").write_text(json.dumps({"eos_token_id": ["<|eot_id|>"]}))
    with pytest.raises(WeightsError, match="eos_token_id must be a token id or a list of ids, got"):
        load_checkpoint(str(tmp_path))


def test_a_config_eos_that_is_not_an_id_is_a_clear_error():
    """config.json's eos_token_id goes through the same check as generation_config.json's (models/llama.eos_ids)."""
    from models.llama import LlamaConfig
    d = {**hf_model("llama").config.to_dict(), "architectures": ["LlamaForCausalLM"]}
    d["eos_token_id"] = [2, "</s>"]
    with pytest.raises(WeightsError, match="config.json: eos_token_id must be a token id or a list of ids, got"):
        LlamaConfig.from_hf(d)
    d["eos_token_id"] = [2, 3]
    assert LlamaConfig.from_hf(d).eos_token_ids == (2, 3)


ROPES = [{"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 16},
         {"rope_type": "yarn", "factor": 8.0, "original_max_position_embeddings": 32, "beta_fast": 16, "beta_slow": 2,
          "mscale": 0.707, "mscale_all_dim": 1.0},
         {"rope_type": "longrope", "original_max_position_embeddings": 16, "short_factor": [1.0, 1.5, 2.0, 3.0],
          "long_factor": [4.0] * 4},
         {"rope_type": "dynamic", "factor": 2.0}]


@pytest.mark.parametrize("rope", ROPES, ids=lambda r: r["rope_type"] + str(len(r)))
def test_rope_scaling_matches_transformers(rope):
    """YaRN (with and without mscale), LongRoPE and dynamic NTK: the frequencies and the cos/sin factor transformers
    computes, and the context stops where transformers would change them."""
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    from models.llama import LlamaConfig, rope_attention_factor, rope_inv_freq
    hf_cfg = transformers.LlamaConfig(hidden_size=16, num_attention_heads=2, max_position_embeddings=64,
                                      rope_parameters={"rope_theta": 5000.0, **rope})
    kind = rope["rope_type"]
    cfg = LlamaConfig.from_hf({**hf_cfg.to_dict(), "architectures": ["LlamaForCausalLM"]})
    ref, attention = ROPE_INIT_FUNCTIONS[kind](hf_cfg, "cpu", seq_len=cfg.context)  # at the longest context minic runs
    np.testing.assert_allclose(rope_inv_freq(cfg), ref.numpy(), rtol=1e-6)
    assert rope_attention_factor(cfg) == pytest.approx(attention, rel=1e-6)
    assert cfg.context == rope.get("original_max_position_embeddings", 64) if kind != "yarn" else cfg.context == 64


# chat templates in the styles of the families (written here, using the jinja features theirs use)
TEMPLATES = {
    "llama3": ("{{ bos_token }}{% set ns = namespace(system='') %}{% if messages[0]['role'] == 'system' %}"
               "{% set ns.system = messages[0]['content'] | trim %}{% set messages = messages[1:] %}{% endif %}"
               "<|start_header_id|>system<|end_header_id|>\n\nToday: {{ strftime_now('%d %b %Y')[:0] }}"
               "{{ ns.system }}<|eot_id|>{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>"
               "\n\n{{ m['content'] | trim }}<|eot_id|>{% endfor %}{% if add_generation_prompt %}"
               "<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"),
    "mistral": ("{{ bos_token }}{% for m in messages %}{% if (m['role'] == 'user') != (loop.index0 % 2 == 0) %}"
                "{{ raise_exception('roles must alternate user/assistant') }}{% endif %}{% if m['role'] == 'user' %}"
                "{{ '[INST] ' + m['content'] + ' [/INST]' }}{% else %}{{ m['content'] + eos_token }}{% endif %}"
                "{% endfor %}"),
    "qwen3": ("{%- for m in messages %}{%- if m.role == 'assistant' and '</think>' in m.content %}"
              "{%- set content = m.content.split('</think>')[-1].lstrip('\\n') %}{%- else %}"
              "{%- set content = m.content %}{%- endif %}{{- '<|im_start|>' + m.role + '\\n' + content + "
              "'<|im_end|>\\n' }}{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
              "{%- if enable_thinking is defined and enable_thinking is false %}{{- '<think>\\n\\n</think>\\n\\n' }}"
              "{%- endif %}{%- endif %}"),
}


@pytest.mark.parametrize("style", list(TEMPLATES))
def test_chat_templates_render_as_transformers(style, tmp_path):
    """models/chat.render gives the text transformers' apply_chat_template gives for the same template and messages
    (namespace, slicing, filters, loop variables, string methods, raise_exception)."""
    from models.chat import ChatTemplateError, render
    _write_sentencepiece_gguf(tmp_path / "sp.gguf")
    ref = transformers.AutoTokenizer.from_pretrained(str(tmp_path), gguf_file="sp.gguf")
    ref.chat_template = TEMPLATES[style]
    messages = [{"role": "user", "content": "hello "}, {"role": "assistant", "content": "<think>x</think>\nhi"},
                {"role": "user", "content": "world"}]
    if style == "llama3":
        messages = [{"role": "system", "content": " be brief "}, *messages]
    special = {"bos_token": "<s>", "eos_token": "</s>"}
    want = ref.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert render(TEMPLATES[style], messages, True, **special) == want
    if style == "mistral":
        with pytest.raises(ChatTemplateError, match="roles must alternate"):
            render(TEMPLATES[style], messages[1:], True, **special)
