"""Export a compiled model out of Python: a standalone C project or a static WebGPU page.

`export(weights, target, out)` builds the model on the target's device, records its prefill and greedy decode
through `minic.jit` (minic/export/gpt2.py), lays the recordings out as plain data (minic/export/capture.py)
and writes them with the target's runtime (minic/export/c_target.py, minic/export/webgpu_target.py). The
kernels written are the sources minic generated and ran in Python: an export computes what the Python path
does, without Python.
"""
from __future__ import annotations

from pathlib import Path

from minic.export.capture import ExportError

TARGETS = ("c", "webgpu")

__all__ = ["TARGETS", "ExportError", "export"]


def export(weights: str, target: str, out: str | Path, dtype: str = "float32", max_ctx: int | None = None) -> Path:
    """Write `weights` (a GPT-2 in the Hugging Face layout) as a `target` project into `out`; returns `out`."""
    from models.gpt2 import GPT2
    from models.weights import load
    if target not in TARGETS:
        raise ExportError(f"--target must be one of {', '.join(TARGETS)}, got {target!r}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ExportError(f"--out {out} is a file: export writes a folder (a new one, or one it wrote before)")
    _check_gpt2_folder(Path(weights))
    cfg, params, _ = load(weights)
    if max_ctx is not None and not 2 <= max_ctx <= cfg.n_positions:
        raise ExportError(f"--max-ctx {max_ctx} is outside 2..{cfg.n_positions} (the model's n_positions)")
    out.mkdir(parents=True, exist_ok=True)
    if target == "c":
        from minic.export import c_target, gpt2
        from minic.runtime.registry import get_device
        model = GPT2(cfg, params, device="C", dtype=dtype, max_ctx=max_ctx)
        ex = gpt2.capture(model, lambda d: d.np)
        dev = get_device("C")
        c_target.write(ex, out, cfg, model.max_ctx, dev.cc, dev.flags)
    else:
        from minic.export import webgpu_target
        webgpu_target.export(cfg, params, out, dtype, max_ctx)
    return out


def _check_gpt2_folder(path: Path) -> None:
    """Export writes GPT-2 models (its programs are GPT-2's kernels): anything else is refused, saying so."""
    import json
    if path.is_file():
        raise ExportError(f"{path} is a file: minic export takes a GPT-2 model's Hugging Face folder (config.json "
                          f"and its weights), not a GGUF or a weights file")
    config = path / "config.json"
    if config.is_file():
        try:
            model_type = json.loads(config.read_text()).get("model_type")
        except (ValueError, AttributeError):
            return  # models.weights.load says what is wrong with it
        if model_type not in (None, "gpt2"):
            raise ExportError(f"{path} is a {model_type!r} model: minic export writes GPT-2 models only (LLaMA-family "
                              f"models run through `minic generate`)")
