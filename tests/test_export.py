"""`minic export`: the C project and the WebGPU page compute the ids minic's Python path does.

The model is a tiny random GPT-2 with weights large enough that greedy decoding does not settle on one token
(GPT-2's N(0, 0.02) init repeats one id forever, which a wrong kernel order would reproduce too)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

from minic import Tensor
from models.generate import generate
from models.gpt2 import GPT2, GPT2Config
from models.weights import random_params, save

CFG = GPT2Config(n_layer=2, n_head=2, n_embd=64, vocab_size=100, n_positions=64)
PROMPTS = ([1, 2, 3], [5, 17, 42, 99, 3])
NEW_TOKENS = 16


def varied_params(cfg: GPT2Config) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(1)
    out = {}
    for k, v in random_params(cfg, 0).items():
        scale = 0.3 if v.ndim == 2 else 0.1
        gain = 1.0 if k.endswith(("ln_1.weight", "ln_2.weight", "ln_f.weight")) else 0.0
        out[k] = (rng.standard_normal(v.shape) * scale + gain).astype(np.float32)
    return out


@pytest.fixture(scope="module")
def weights(tmp_path_factory):
    path = tmp_path_factory.mktemp("gpt2-tiny")
    params = varied_params(CFG)
    save(str(path), CFG, params)
    return path, params


def python_ids(params: dict, device: str, prompts=PROMPTS) -> list[list[int]]:
    model = GPT2(CFG, params, device=device)
    return [generate(model, p, NEW_TOKENS)[0] for p in prompts]


# --- C ---------------------------------------------------------------------------------------------------
def _need_c() -> None:
    from minic.runtime.clang import find_compiler
    if find_compiler() is None or shutil.which("make") is None:
        pytest.skip("the C export needs a C compiler and make (apt-get install clang make)")


@pytest.fixture(scope="module")
def c_project(weights, tmp_path_factory):
    _need_c()
    from minic.export import export
    out = export(str(weights[0]), "c", tmp_path_factory.mktemp("c-export"))
    r = subprocess.run(["make", "-s", "-C", str(out), "-j2"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out


def run_generate(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(project / "generate"), *args], capture_output=True, text=True, timeout=60)


def test_c_export_generates_what_python_does(weights, c_project):
    expected = python_ids(weights[1], "C")
    assert len({tuple(e) for e in expected}) == 2 and all(len(set(e)) > 4 for e in expected)  # a varied oracle
    for prompt, want in zip(PROMPTS, expected):
        r = run_generate(c_project, "--prompt-ids", ",".join(map(str, prompt)), "--max-new-tokens", str(NEW_TOKENS))
        assert r.returncode == 0, r.stderr
        assert [int(x) for x in r.stdout.strip().split(",")] == want


def test_c_export_layout(c_project):
    """The kernels are the C backend's sources, the weights file is what weights.json documents."""
    import json
    kernels = sorted((c_project / "kernels").glob("*.c"))
    assert kernels and all("void " + k.stem + "(" in k.read_text() for k in kernels)
    manifest = json.loads((c_project / "weights.json").read_text())
    names = {w["name"] for w in manifest["weights"]}
    assert {"wte.weight", "h.1.mlp.c_proj.weight", "ln_f.bias"} <= names and not any("cache" in n for n in names)
    data = (c_project / "weights.bin").read_bytes()
    assert data[:7] == b"MINICW1"
    wte = next(w for w in manifest["weights"] if w["name"] == "wte.weight")
    got = np.frombuffer(data, np.float32, wte["elements"], wte["offset"])
    np.testing.assert_array_equal(got, varied_params(CFG)["wte.weight"].reshape(-1))


def test_c_export_bad_input(c_project, tmp_path):
    long = ",".join(["1"] * (CFG.n_positions + 1))
    r = run_generate(c_project, "--prompt-ids", long)
    assert r.returncode != 0 and f"the prompt has {CFG.n_positions + 1} tokens; the context holds 64" in r.stderr
    r = run_generate(c_project, "--prompt-ids", "1,100")
    assert r.returncode != 0 and "token id 100 at position 1 is out of range" in r.stderr
    for flags in (["--max-new-tokens", "abc"], ["--max-new-tokens", "-2"], ["--prompt-ids", "1,99999999999"]):
        r = run_generate(c_project, *(["--prompt-ids", "1,2"] if flags[0] != "--prompt-ids" else []), *flags)
        assert r.returncode == 2 and "usage: generate" in r.stderr, (flags, r.stderr)
    r = run_generate(c_project, "--prompt-ids", ",".join(["1"] * (CFG.n_positions - 2)), "--max-new-tokens", "9")
    assert r.returncode == 0 and len(r.stdout.splitlines()[0].split(",")) == 3  # 2 positions left: 3 new ids
    assert "the context of 64 tokens is full" in r.stderr
    r = run_generate(c_project, "--prompt-ids", "1,2", "--weights", str(tmp_path / "missing.bin"))
    assert r.returncode != 0 and "cannot open the weights file" in r.stderr and "missing.bin" in r.stderr
    short = tmp_path / "short.bin"
    short.write_bytes((c_project / "weights.bin").read_bytes()[:1000])
    r = run_generate(c_project, "--prompt-ids", "1,2", "--weights", str(short))
    assert r.returncode != 0 and "is not this model's weights file" in r.stderr


def foreign_weights(good: bytes) -> bytes:
    """A weights file of the right size and magic whose header counts one weight more: another model's."""
    bad = bytearray(good)
    bad[16:24] = (int.from_bytes(good[16:24], "little") + 1).to_bytes(8, "little")
    return bytes(bad)


def test_c_export_refuses_another_models_weights(c_project, tmp_path):
    other = tmp_path / "other.bin"
    other.write_bytes(foreign_weights((c_project / "weights.bin").read_bytes()))
    r = run_generate(c_project, "--prompt-ids", "1,2", "--weights", str(other))
    assert r.returncode != 0 and "is not this model's weights file: expected" in r.stderr


def test_written_buffers_holding_data_are_refused():
    """A buffer the exported kernels write starts zeroed in the export: one that holds data (not declared state,
    as a KV cache is) is refused by name instead of silently zeroed."""
    from minic.export.capture import ExportError as CaptureError
    from minic.export.capture import build
    from minic.export.gpt2 import recording_of
    from minic.jit import jit

    def recorded(start: np.ndarray):
        total = Tensor(start).realize()

        def step(x: Tensor) -> Tensor:
            total.assign(total + x)
            return (total * 2).realize()
        f = jit(step)
        for _ in range(2):
            f(Tensor(np.ones(4, np.float32)))
        return recording_of(f, "step"), total

    rec, total = recorded(np.arange(4, dtype=np.float32))
    names = {id(total.node.arg): "total"}
    with pytest.raises(CaptureError, match=r"step: buffer total \(float32, 4 elements\) is written by kernel .* "
                                           r"holds 4 nonzero values"):
        build("LLVM", [("step", rec, {})], names, lambda d: d.np)
    ex = build("LLVM", [("step", rec, {})], names, lambda d: d.np, state=frozenset(names))
    assert [m.kind for m in ex.memory if m.name == "total"] == ["state"]


def test_export_cli_bad_arguments(weights, tmp_path):
    r = subprocess.run([sys.executable, "-m", "minic.cli", "export", "--weights", str(weights[0]), "--target", "c",
                        "--out", str(tmp_path), "--max-ctx", "1000"], capture_output=True, text=True)
    assert r.returncode != 0 and "--max-ctx 1000 is outside 2..64" in r.stderr
    r = subprocess.run([sys.executable, "-m", "minic.cli", "export", "--weights", str(tmp_path / "nope"),
                        "--target", "c", "--out", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode != 0 and "no such folder" in r.stderr


def test_export_refuses_what_it_cannot_write(tmp_path):
    """Another model family, a weights file instead of a folder, and --out naming a file: each said at once."""
    from minic.export import ExportError, export
    llama = tmp_path / "llama"
    llama.mkdir()
    (llama / "config.json").write_text('{"model_type": "llama"}')
    with pytest.raises(ExportError, match="is a 'llama' model: minic export writes GPT-2 models only"):
        export(str(llama), "c", tmp_path / "out")
    (tmp_path / "model.gguf").write_bytes(b"GGUF")
    with pytest.raises(ExportError, match="is a file: minic export takes a GPT-2 model's Hugging Face folder"):
        export(str(tmp_path / "model.gguf"), "c", tmp_path / "out")
    (tmp_path / "taken").write_text("")
    with pytest.raises(ExportError, match="--out .* is a file: export writes a folder"):
        export(str(llama), "c", tmp_path / "taken")


# --- WebGPU ----------------------------------------------------------------------------------------------
def _need_page() -> None:
    from minic.export.browser import chromium
    if chromium() is None:
        pytest.skip("the page test needs the system chromium (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the page test drives chromium with playwright")
    from minic.errors import DeviceError
    from minic.runtime.registry import get_device
    try:
        get_device("WEBGPU")
    except DeviceError as e:
        pytest.skip(f"exporting to WebGPU records on minic's WEBGPU device: {e}")


@pytest.fixture(scope="module")
def page(weights, tmp_path_factory):
    _need_page()
    from minic.export import export
    return export(str(weights[0]), "webgpu", tmp_path_factory.mktemp("webgpu-export"))


@pytest.fixture(scope="module")
def open_page(page):
    from minic.export.browser import browser
    with browser(page) as open_page:
        yield open_page


def test_page_generates_what_python_does(weights, open_page):
    from minic.export.webgpu_target import browser_limits
    with browser_limits():  # the kernels the page runs
        (want,) = python_ids(weights[1], "WEBGPU", PROMPTS[1:])
    got = open_page(f"prompt_ids={','.join(map(str, PROMPTS[1]))}&max_new_tokens={NEW_TOKENS}")
    assert got.error == ""
    assert [int(x) for x in got.ids.split(",")] == want
    assert "tok/s" in got.stats


def test_page_kernels_fit_browser_limits(page):
    import re
    for k in (page / "kernels").glob("*.wgsl"):
        src = k.read_text()
        assert len(re.findall(r"var<storage", src)) <= 8, k.name
        assert all(int(n) <= 256 for n in re.findall(r"@workgroup_size\((\d+)", src)), k.name
        assert "subgroup" not in src


def test_page_bad_input(open_page):
    r = open_page("prompt_ids=1,2,3", webgpu=False)
    assert r.ids == "" and r.error.startswith("no WebGPU")
    r = open_page(f"prompt_ids={','.join(['1'] * (CFG.n_positions + 1))}")
    assert r.ids == "" and "the prompt has 65 tokens; the context holds 64" in r.error
    r = open_page("prompt_ids=1,100")
    assert "token id 100 at position 1 is out of range" in r.error
    r = open_page("prompt_ids=1,x")
    assert "prompt_ids takes comma-separated integers" in r.error


def test_page_refuses_another_models_weights(page, open_page):
    """The page checks the weights file's header as the C loader does: magic, size and weight count (a copy of
    the page in a subfolder, served beside it, with another model's weights file)."""
    copy = page / "foreign"
    shutil.copytree(page, copy, ignore=shutil.ignore_patterns("foreign"))
    try:
        (copy / "weights.bin").write_bytes(foreign_weights((page / "weights.bin").read_bytes()))
        r = open_page("prompt_ids=1,2", path="foreign/index.html")
    finally:
        shutil.rmtree(copy)
    assert r.ids == "" and "is not this model's weights file: expected" in r.error, r.error


def test_tokenizer_bundle_is_self_contained_gpt2_bpe(tmp_path):
    """The page's tokenizer, as bundled, loads on its own and encodes GPT-2's ids (Hello=15496, ' world'=995)."""
    from minic.export import tokenizer
    if shutil.which("node") is None:
        pytest.skip("checking the bundle needs node (apt-get install nodejs)")
    try:
        entry = tokenizer.bundle(tmp_path)
    except tokenizer.TokenizerUnavailable as e:
        pytest.skip(f"the tokenizer could not be fetched: {e}")
    script = (f"import {{encode, decode}} from '{tmp_path / entry}'; "
              f"console.log(JSON.stringify([encode('Hello world'), decode([15496, 11, 616, 1438])]))")
    r = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == '[[15496,995],"Hello, my name"]'
    assert not (tmp_path / "tokenizer" / "main.js").exists()  # only what the encoding imports
