"""GPU time as CUPTI reports it, through torch.profiler: the benches' one way to read kernel durations
(bench/gpt2.py, attention.py, gemv_gpu.py, decode_kernels.py).

torch.profiler sees every kernel in the process (minic's own launches and CUDA-graph replays too), so kernel time
is measured the same way for minic and for its torch peers, apart from each side's Python launch cost.
"""
from __future__ import annotations

from collections.abc import Callable


def cuda_events(run: Callable[[], object], reps: int = 1, copies: bool = False) -> list[tuple[str, float]]:
    """(name, microseconds) of each kernel `run()` launches, over `reps` calls, after the device finished them;
    `copies`: the memory copies and fills instead (kineto names them Memcpy..., Memset...)."""
    import torch
    from torch.autograd import DeviceType
    from torch.profiler import ProfilerActivity, profile
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        for _ in range(reps):
            run()
        torch.cuda.synchronize()
    return [(e.name, e.time_range.elapsed_us()) for e in prof.events()
            if e.device_type == DeviceType.CUDA and e.name.startswith(("Memcpy", "Memset")) == copies]
