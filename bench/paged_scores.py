"""The paged attention scores kernel (`gemv_scale_mask`) under GpuGemvSettings.k_per_lane values, on CUDA.

    python3 bench/paged_scores.py 2 4 8 16 64

A 2-layer model of GPT-2 XL's attention shape (25 heads of 64, width 1,600, random weights, float16) behind
models/paged.py's PagedLM: for each k_per_lane value, the mean CUPTI time of one scores launch (torch.profiler)
in a batched step of 16 sequences at past ~150, and in a step of one sequence at past ~200. k_per_lane 2 gives
a whole warp to each 64-element key, 4 half a warp, 64 one lane (bench/README.md has the eighth session's sweep).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402
from decode_kernels import tune_device  # noqa: E402

from minic import engine  # noqa: E402
from models.gpt2 import GPT2, GPT2Config  # noqa: E402
from models.paged import PagedLM, Sequence  # noqa: E402
from models.weights import random_params  # noqa: E402


def kernel_us(step, name: str, steps: int = 6) -> tuple[float, int]:
    """(mean us of one launch of kernel `name`, launches seen) over `steps` calls of `step`, after two warm ones."""
    step()
    step()
    with torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CUDA]) as prof:
        for _ in range(steps):
            step()
        torch.cuda.synchronize()
    times = [e.device_time for e in prof.events() if e.device_type == torch.autograd.DeviceType.CUDA and name in e.name]
    return sum(times) / max(len(times), 1), len(times)


def main() -> None:
    cfg = GPT2Config(n_layer=2, n_head=25, n_embd=1600, n_positions=512, vocab_size=1000)
    model = GPT2(cfg, random_params(cfg, 0), device="CUDA", dtype="float16", max_ctx=512)
    for k in sys.argv[1:] or ["2", "4"]:
        tune_device(f"GpuGemvSettings.k_per_lane={k}")
        engine.clear_schedule_cache()
        eng = PagedLM(model, pages=16 * 32 + 2, page_size=16, max_batch=16)
        seqs = [Sequence() for _ in range(16)]
        for i, s in enumerate(seqs):
            eng.extend(s, [(i * 131 + t) % 900 + 1 for t in range(150)])
        batched, n = kernel_us(lambda eng=eng, seqs=seqs: eng.decode(seqs, [5] * 16), "gemv_scale_mask")
        one = [Sequence()]
        eng.extend(one[0], list(range(1, 200)))
        single, n1 = kernel_us(lambda eng=eng, one=one: eng.decode(one, [5]), "gemv_scale_mask")
        print(f"k_per_lane={k}: paged B=16 past ~150 scores {batched:.2f} us/launch ({n}); "
              f"paged B=1 past ~200 {single:.2f} us ({n1})", flush=True)


if __name__ == "__main__":
    main()
