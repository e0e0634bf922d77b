"""`minic devices`: every backend, whether it runs here, and why not where it does not."""
from __future__ import annotations

from minic.runtime.registry import BACKENDS, devices, get_device


def describe(name: str) -> str:
    """One line about an available device: what it runs on and the target facts rules read."""
    dev = get_device(name)
    t = dev.target
    what = dev.describe() if hasattr(dev, "describe") else ""
    facts = (f"{t.max_threads} threads/group, warp {t.warp}, {t.shared_bytes // 1024} KiB group memory, "
             f"fp16 {'yes' if t.fp16 else 'no'}") if t.gpu else f"{t.cpu_cores} cores, {t.vector_bytes * 8}-bit vectors"
    return f"{what}; {facts}" if what else facts


def format_devices() -> str:
    """A table of BACKENDS: 'ok' with a description, or the reason the backend is unavailable."""
    status = devices()
    width = max(len(n) for n in BACKENDS)
    lines = []
    for name in BACKENDS:
        why = status[name]
        if why == "ok":
            try:
                lines.append(f"{name:<{width}}  ok    {describe(name)}")
            except Exception as e:  # a description must never hide an available device
                lines.append(f"{name:<{width}}  ok    ({type(e).__name__}: {e})")
        else:
            lines.append(f"{name:<{width}}  no    {why}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_devices())
