"""Hack-and-teach tools: debug levels, pictures, pdb stepping, profiler, intermediates.

Everything runs on the PY device (always present) with tiny shapes, so the file takes seconds."""
from __future__ import annotations

import io
import pdb
import re
import shutil
import xml.etree.ElementTree as ET

import numpy as np
import pytest

import minic
from minic import Tensor
from minic import debugging as dbg
from minic.examples import EXAMPLES, attention, gpt2_layer
from minic.intermediates import capture, tap
from minic.jit import jit
from minic.profiler import profile
from minic.stepping import step
from minic.viz import Picture, main_viz, viz

RNG = np.random.default_rng(0)
X = RNG.standard_normal((4, 6)).astype(np.float32)


def softmax_ref(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def run_at(level: int, capsys, fn) -> str:
    capsys.readouterr()
    with minic.debug(level):
        fn()
    return capsys.readouterr().err


# --- debug levels -----------------------------------------------------------------------------
NUM = r"[\d.]+(?:e[+-]?\d+)?"
LAUNCH = re.compile(rf"^(\S+)\s+PY\s+{NUM} us\s+{NUM} GB/s.*\s+{NUM} GFLOP/s\s+\[(\w+)\]$", re.M)


def test_debug_levels_print_what_they_promise(capsys):
    x = Tensor(X, device="PY")
    y = (x * 2).softmax(-1)
    kernels = y.schedule()
    outputs = {lvl: run_at(lvl, capsys, lambda: (x * 2).softmax(-1).numpy()) for lvl in range(6)}
    assert outputs[0] == ""
    # 1: one line per launch with name, backend, time, GB/s, GFLOP/s and the rule
    launches = LAUNCH.findall(outputs[1])
    assert [(name, rule) for name, rule in launches] == [(k.name, k.rule) for k in kernels]
    assert "cut because" not in outputs[1]
    # 2: the fusion cut and the rule's decision, with the rules that declined
    assert f"{kernels[0].name}: cut because requested output; rule {kernels[0].rule}" in outputs[2]
    assert "declined:" in outputs[2] and kernels[0].ir not in outputs[2]
    # 3: the loop IR; 4: the source; 5: the graph
    assert kernels[0].ir in outputs[3] and kernels[0].source not in outputs[3]
    assert kernels[0].ir in outputs[4] and kernels[0].source in outputs[4]
    assert "graph:" not in outputs[4]
    assert "graph:" in outputs[5] and "REDUCE(" in outputs[5]
    for lvl in range(1, 6):
        assert len(LAUNCH.findall(outputs[lvl])) == len(kernels), lvl  # every level keeps the launch lines
        assert "\033[" not in outputs[lvl]  # not a terminal: no colour


def test_debug_env_var_and_nesting(monkeypatch, capsys):
    monkeypatch.setenv("MINIC_DEBUG", "1")
    capsys.readouterr()
    Tensor(X, device="PY").exp().numpy()
    assert len(LAUNCH.findall(capsys.readouterr().err)) == 1
    with minic.debug(0):  # a block silences the environment
        Tensor(X, device="PY").exp().numpy()
    assert capsys.readouterr().err == ""


def test_colour_only_on_a_terminal(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True
    monkeypatch.setattr("sys.stderr", Tty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert dbg.bold("x") == "\033[1mx\033[0m"
    monkeypatch.setenv("NO_COLOR", "1")
    assert dbg.bold("x") == "x"


# --- pictures ------------------------------------------------------------------------------------
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's `dot` program is not installed "
                               "(apt install graphviz); the HTML fallback is tested without it")


@needs_dot
def test_viz_svg_is_valid_and_names_kernels_and_rules():
    t = attention("PY")
    pic = viz(t, title="attention")
    kernels = t.schedule()
    root = ET.fromstring(pic.svg())
    assert root.tag.endswith("svg")
    text = " ".join(e.text or "" for e in root.iter())
    for k in kernels:
        assert k.name in text and f"rule: {k.rule}" in text
    clusters = [e for e in root.iter() if e.get("class") == "cluster"]
    assert len(clusters) == len(kernels)
    assert pic._repr_svg_() == pic.svg() and "<svg" in pic._repr_html_()


def test_viz_html_without_graphviz(monkeypatch, tmp_path):
    t = Tensor(X, device="PY").softmax(-1)
    pic = viz(t.schedule())
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert pic._repr_svg_() is None
    page = pic.html()
    assert page == pic.cards_html() and "<svg" not in page
    assert "rule <b>Reduction</b>" in page and "max over axis 1" in page
    ET.fromstring(page.replace("&mdash;", "-"))  # well-formed markup
    assert "<!doctype html>" in pic.save(tmp_path / "g.html").read_text()
    with pytest.raises(RuntimeError, match="needs Graphviz"):
        pic.save(tmp_path / "g.svg")


@needs_dot
def test_viz_save_and_command_line(tmp_path, capsys):
    pic = viz(EXAMPLES["layernorm"]("PY"))
    assert pic.save(tmp_path / "g.dot").read_text().startswith("digraph minic {")
    ET.parse(pic.save(tmp_path / "g.svg"))
    assert main_viz(["--expr", "gpt2-layer", "--device", "PY", "--out", str(tmp_path / "layer.svg")]) == 0
    assert "wrote" in capsys.readouterr().out
    svg = ET.parse(tmp_path / "layer.svg").getroot()
    assert len([e for e in svg.iter() if e.get("class") == "cluster"]) == len(gpt2_layer("PY").schedule())
    assert main_viz(["--expr", "softmax", "--device", "PY", "--out", "-"]) == 0
    assert capsys.readouterr().out.startswith("digraph")


def test_viz_is_a_picture_of_what_runs():
    t = EXAMPLES["mlp"]("PY")
    assert isinstance(viz(t), Picture) and repr(viz(t)).startswith("<minic.viz of 2 kernels")


# --- stepping with pdb ---------------------------------------------------------------------------
def test_step_through_a_py_kernel_with_pdb():
    x = Tensor(X[:2, :3], device="PY")
    y = x.softmax(-1)
    sk = y.schedule()[0]
    acc = re.search(r"(acc\d+): float32 = -inf", sk.ir).group(1)  # the running max, named in the loop IR
    line = sk.source.splitlines().index(f"        {acc} = -INF") + 1  # ... and in the PY source
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO(f"ll\nn\nuntil {line + 1}\np {acc}\nc\n"), stdout=out)
    debugger.use_rawinput = False
    step(y, debugger=debugger)
    text = out.getvalue()
    assert f"<minic kernel {sk.name}" in text  # pdb is inside the generated function
    assert f"def {sk.name}(b0, b1" in text  # `ll` lists the kernel's source
    assert "(Pdb) -inf" in text  # `p acc2` printed the accumulator right after its initialisation
    np.testing.assert_allclose(y.numpy(), softmax_ref(X[:2, :3]), rtol=1e-5)


def test_step_one_kernel_by_name_and_errors():
    t = gpt2_layer("PY")
    names = [k.name for k in t.schedule()]
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO("c\n"), stdout=out)
    debugger.use_rawinput = False
    step(t, kernel=names[-1], debugger=debugger)
    assert f"<minic kernel {names[-1]}" in out.getvalue() and names[0] not in out.getvalue()
    with pytest.raises(KeyError):
        step(attention("PY"), kernel="nope")
    with pytest.raises(minic.DeviceError):
        step(Tensor(X, device="LLVM").exp())


# --- profiler ------------------------------------------------------------------------------------
def test_profiler_counts_launches_and_rates():
    x = Tensor(X, device="PY")
    with profile() as prof:
        for _ in range(3):
            (x * 2).softmax(-1).numpy()
        attention("PY").numpy()
    n_att = len(attention("PY").schedule())
    assert sum(s.launches for s in prof.kernels.values()) == len(prof.launches) == 3 + n_att
    d = prof.as_dict()
    assert max(v["launches"] for v in d.values()) == 3
    for v in d.values():
        assert v["seconds"] > 0 and v["gbps"] > 0 and v["gflops"] > 0 and v["bytes"] > 0
    assert abs(prof.total_seconds - sum(s for _, s, _, _ in prof.launches)) < 1e-12
    text = str(prof)
    assert "GB/s" in text and text.splitlines()[-1].startswith("total") and str(3 + n_att) in text.splitlines()[-1]
    buf = io.StringIO()
    prof.print(file=buf)
    assert "launches" in buf.getvalue()
    assert "<table>" in prof._repr_html_()
    (x + 1).numpy()  # outside the block: not recorded
    assert len(prof.launches) == 3 + n_att


# --- intermediates --------------------------------------------------------------------------------
def test_capture_kernel_outputs_and_taps():
    x = Tensor(X, device="PY")
    w = Tensor(RNG.standard_normal((6, 5)).astype(np.float32), device="PY")
    with capture() as cap:
        h = tap(x @ w, "hidden")
        y = h.relu().softmax(-1).numpy()
    ref_h = X @ w.numpy()
    np.testing.assert_allclose(cap["hidden"], ref_h, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(y, softmax_ref(np.maximum(ref_h, 0)), rtol=1e-5)
    assert [c.value.shape for c in cap.kernels] == [(4, 5), (4, 5)]
    np.testing.assert_allclose(cap.kernels[-1].value, y)
    assert cap.kernels[0].name in cap and cap.names()[0] == "hidden"
    with pytest.raises(KeyError, match="nothing captured"):
        cap["nope"]
    z = x.exp()
    assert tap(z, "outside") is z and z.node.op != "BUFFER"  # outside capture: untouched, still lazy


def test_capture_sees_jit_replays():
    f = jit(lambda t: (t * 2).softmax(-1))
    for _ in range(2):
        f(Tensor(X, device="PY"))
    with capture() as cap:
        out = f(Tensor(X + 1, device="PY")).numpy()
    assert f.replays == 1 and len(cap.kernels) == 1
    np.testing.assert_allclose(cap.kernels[0].value, out)
    np.testing.assert_allclose(out, softmax_ref((X + 1) * 2), rtol=1e-5)


def test_tools_are_exported_as_documented():
    assert (minic.viz, minic.profile, minic.capture, minic.tap, minic.step) == (viz, profile, capture, tap, step)
    from minic.debugging import check_finite
    from minic.intermediates import kernels
    from minic.scope import scope
    from minic.stepping import step_into
    assert (minic.kernels, minic.step_into, minic.check_finite, minic.scope) == (kernels, step_into, check_finite,
                                                                                 scope)
