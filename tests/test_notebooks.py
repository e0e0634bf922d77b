"""The teaching notebooks run top to bottom on the CPU backends and match notebooks/build.py.

Each notebook is executed in a fresh python3 kernel with nbclient (cwd notebooks/, as a reader would
open it, with this checkout on PYTHONPATH). GPU cells inside print a note and skip themselves when no GPU is present."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install nbformat)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install nbclient)")
if importlib.util.find_spec("ipykernel") is None:
    pytest.skip("ipykernel is not installed, so no python3 kernel can run the notebooks", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def load_build():
    spec = importlib.util.spec_from_file_location("notebooks_build", NOTEBOOKS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = load_build()


@pytest.mark.parametrize("name", sorted(BUILD.NOTEBOOKS))
def test_notebook_is_built_from_build_py_and_stripped(name):
    stored = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert stored == BUILD.build(BUILD.NOTEBOOKS[name]), f"run `python notebooks/build.py` to regenerate {name}"
    assert all(not c.get("outputs") for c in stored.cells if c.cell_type == "code")


@pytest.mark.parametrize("name", sorted(BUILD.NOTEBOOKS))
def test_notebook_executes(name, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the kernel imports this checkout's minic and models
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError with the failing cell and its traceback
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "Traceback" not in text
