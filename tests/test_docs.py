"""The model-level recipes in docs/hack-and-teach.md run as written: every ```python block after the marker, each as
its own script, in a folder holding the random GPT-2 weights that the doc's ``` command makes."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "hack-and-teach.md"
MARKER = "<!-- test_docs:"


def _section() -> str:
    text = DOC.read_text()
    start = text.index(MARKER)
    end = text.find("\n## ", start)
    return text[text.rindex("\n## ", 0, start):end if end != -1 else len(text)]


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", _section(), re.S | re.M)


def _run(args: list[str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def weights_dir(tmp_path_factory) -> Path:
    """A folder where the doc's command made `gpt2-random`."""
    (command,) = [b.strip() for b in _blocks("") if b.strip().startswith("minic ")]
    cwd = tmp_path_factory.mktemp("docs")
    r = _run([sys.executable, "-c", "import sys; from minic.cli import main; sys.exit(main(sys.argv[1:]))",
              *shlex.split(command)[1:]], cwd)
    assert r.returncode == 0, r.stderr
    return cwd


RECIPES = _blocks("python")


def test_the_section_has_the_three_recipes():
    assert len(RECIPES) == 3
    assert all('"h.3.attn.attention"' in b for b in RECIPES)


@pytest.mark.parametrize("i", range(len(RECIPES)), ids=["print", "override", "step"][:len(RECIPES)])
def test_recipe_runs(i, weights_dir):
    """Each recipe exits 0; the step recipe is fed pdb commands on stdin, as a user would type them."""
    if "device=\"C\"" in RECIPES[i]:
        require("C")
    script = weights_dir / f"recipe{i}.py"
    script.write_text(RECIPES[i])
    r = _run([sys.executable, str(script)], weights_dir, stdin="ll\np n, m\nc\n")
    assert r.returncode == 0, f"recipe {i} failed:\n{RECIPES[i]}\n--- stderr ---\n{r.stderr[-3000:]}"
    out = r.stdout
    if i == 0:
        assert "h.3.attn.attention" in out and "void layer_norm(" in out and "rule: Attention" in out
    elif i == 1:
        assert "layer 3 changed, layer 2 did not" in out
    else:
        assert "def attention(b0, b1, b2, b3, m, n" in out and "(Pdb) (5, 5)" in out
        assert "stepped into ['h.3.attn.attention']" in out
