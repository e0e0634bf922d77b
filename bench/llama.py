"""SmolLM2-135M-Instruct Q4_1: minic's prefill and decode tok/s against transformers float32 and llama.cpp.

    PYTHONPATH=. python bench/llama.py --markdown                     # CPU (LLVM), every peer it can run
    PYTHONPATH=. python bench/llama.py --device CUDA --markdown       # GPU machine
    PYTHONPATH=. python bench/llama.py --build-llama-cpp              # build llama-bench first (minutes)
    PYTHONPATH=. python bench/llama.py --perplexity README.md --max-tokens 512 --window 128   # vs transformers
    PYTHONPATH=. python bench/llama.py --scales-ab 8        # float16- vs float32-held block scales, interleaved
    PYTHONPATH=. python bench/llama.py --prefetch-ab 8      # the packed GEMV without / with its prefetch
    PYTHONPATH=. python bench/llama.py --int-dot-ab 8       # the packed GEMV's float / integer products
    PYTHONPATH=. python bench/llama.py --device CUDA --dtype float16 --gpu-int-dot-ab 8   # the same on a GPU
    PYTHONPATH=. python bench/llama.py --pair-dot-ab 8      # ... its integer products one by one / pairwise (dot2)

The shape is llama-bench's `-p 128 -n 128`: prefill of 128 tokens, then 128 decode steps.
  * minic: the GGUF's Q4_1 matrices stay packed (their dequant is the GEMV/GEMM prologue); prefill is
    timed once it replays (the jit records two calls), decode is greedy steps (`decode_greedy`: the argmax
    runs on the device, one step per host turn), after two recorded steps; the "host one step ahead" row
    decodes the same positions again with `greedy_tokens` (on a GPU step i+1 is launched before step i's id is
    read back; on a CPU runs of steps are one native call each). On a CPU the turn-by-turn row also gives the
    native replay's own time per step (its driver's clock: the kernels and the worker team's joins), so the
    wall time less it is the host's Python per token.
  * transformers: the same file dequantized to float32 (what it loads GGUF as), its own KV cache, greedy;
    torch gets as many threads as llama.cpp (`--threads`).
  * llama.cpp: `llama-bench -m FILE -p 128 -n 128 -t THREADS -o json` (`-ngl 99` on a GPU; its decode starts at
    position 0, unless --llama-cpp-depth runs it after the prompt with `-d 128`), found on PATH,
    in $LLAMA_BENCH, or built by --build-llama-cpp from the llama.cpp sources inside the llama-cpp-python
    sdist (cmake; add CUDA with --device CUDA). Without one, that peer is skipped with a note.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.default_model import default_weights, models_dir  # noqa: E402
from models.families import load_checkpoint  # noqa: E402
from models.perplexity import perplexity  # noqa: E402

LLAMA_CPP_DIR = models_dir().parent / "llama.cpp"


def minic_run(path: Path, device: str, p: int, n: int, repeats: int, dtype: str = "float32") -> dict:
    ck = load_checkpoint(str(path), device)
    model = ck.build(dtype=dtype, max_ctx=p + 2 * n + 1)
    prompt = [int(x) for x in np.random.default_rng(0).integers(100, 40000, p)]
    for _ in range(2):  # record twice: later calls replay
        model.prefill(prompt)
    prefill = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        logits = model.prefill(prompt)
        prefill.append(time.perf_counter() - t0)
    first = tok = int(np.argmax(logits))
    steps, native, replay = [], [], None
    for k in range(n):
        t0 = time.perf_counter()
        tok = model.decode_greedy(tok, p + k)
        if k >= 2:
            steps.append(time.perf_counter() - t0)
            replay = replay or model._greedy.replayer()
            if hasattr(replay, "last_run_seconds"):  # a native CPU replay clocks its own run
                native.append(replay.last_run_seconds())
    # the same steps again with the host one step ahead of the device (CausalLM.greedy_tokens), at the same
    # positions (attention's cost grows with them; greedy ids are the same, so the cache's entries are rewritten
    # with what they held)
    t0 = time.perf_counter()
    count = sum(1 for _ in model.greedy_tokens(first, p, n))
    ahead = count / (time.perf_counter() - t0)
    return {"prefill": p / statistics.median(prefill), "decode": len(steps) / sum(steps), "ahead": ahead,
            "native_ms": 1e3 * sum(native) / len(native) if native else None}


def scales_ab(path: Path, device: str, p: int, rounds: int) -> None:
    """minic with its CPU default (block scales held as float32, minic.quant.weight) against the same model with
    the file's float16 scales."""
    import minic.quant.weight as qweight
    import models.gguf_loader as gguf_loader
    default = qweight._widens_scales

    def scales(widen):
        def configure():
            qweight._widens_scales = widen
            gguf_loader._opened.clear()  # re-read, so the weights are packed under this choice
            return lambda: setattr(qweight, "_widens_scales", default)
        return configure
    ab_run(path, device, p, rounds, "scales", {"float16 scales": scales(lambda device: False),
                                                "float32 scales (default)": scales(default)})


def gemv_ab(path: Path, device: str, p: int, rounds: int, field: str, choices: dict, gpu: bool = False,
            dtype: str = "float32") -> None:
    """minic's packed GEMV under each value of one CpuGemvSettings field (`gpu`: GpuGemvSettings) (`choices`: name
    -> value)."""
    from minic.runtime.registry import get_device
    from minic.sched.rules.cpu_gemv import CpuGemvSettings
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    from minic.sched.rules.settings import tune
    dev = get_device(device)
    cls = GpuGemvSettings if gpu else CpuGemvSettings

    def configure_for(value):
        def configure():
            saved, dev.target = dev.target, tune(dev.target, cls, **{field: value})
            return lambda: setattr(dev, "target", saved)
        return configure
    ab_run(path, device, p, rounds, field, {name: configure_for(v) for name, v in choices.items()}, dtype)


def ab_run(path: Path, device: str, p: int, rounds: int, what: str, variants: dict, dtype: str = "float32") -> None:
    """Each variant's model (its `configure()` applied while it is built and recorded; it returns the undo), in
    one process: `rounds` alternating rounds of a prefill and 16 decode steps each, so a loaded machine's changes
    hit every variant alike; medians."""
    prompt = [int(x) for x in np.random.default_rng(0).integers(100, 40000, p)]
    runs = {}
    for name, configure in variants.items():
        undo = configure()
        try:
            model = load_checkpoint(str(path), device).build(dtype=dtype, max_ctx=p + 16 * rounds + 3)
            for _ in range(2):  # record twice: later calls replay (the setting is in the recorded programs)
                logits = model.prefill(prompt)
            tok = int(np.argmax(logits))
            for k in range(2):
                tok = model.decode_greedy(tok, p + k)
        finally:
            undo()
        runs[name] = {"model": model, "tok": tok, "pos": p + 2, "prefill": [], "decode": []}
    for _ in range(rounds):
        for r in runs.values():
            t0 = time.perf_counter()
            r["model"].prefill(prompt)
            r["prefill"].append(time.perf_counter() - t0)
            for _ in range(16):
                t0 = time.perf_counter()
                r["tok"] = r["model"].decode_greedy(r["tok"], r["pos"])
                r["decode"].append(time.perf_counter() - t0)
                r["pos"] += 1
    print(f"{path.name}, device {device}, prefill {p} tokens, {rounds} rounds, load average {os.getloadavg()[0]:.1f}")
    print(f"| {what} | prefill tok/s | decode tok/s |\n|---|---|---|")
    for name, r in runs.items():
        print(f"| {name} | {p / statistics.median(r['prefill']):.1f} | {1 / statistics.median(r['decode']):.1f} |")


def torch_run(path: Path, device: str, p: int, n: int, repeats: int, threads: int) -> dict:
    import torch
    import transformers
    torch.set_num_threads(threads)
    dev = "cuda" if device == "CUDA" else "cpu"
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name,
                                                           dtype=torch.float32).eval().to(dev)
    prompt = torch.tensor([[int(x) for x in np.random.default_rng(0).integers(100, 40000, p)]], device=dev)

    def sync():
        if dev == "cuda":
            torch.cuda.synchronize()

    with torch.no_grad():
        prefill = []
        for k in range(repeats + 1):
            sync()
            t0 = time.perf_counter()
            out = hf(prompt, use_cache=True)
            sync()
            if k:  # the first call warms up
                prefill.append(time.perf_counter() - t0)
        cache, tok, steps = out.past_key_values, out.logits[:, -1:].argmax(-1), []
        for k in range(n):
            sync()
            t0 = time.perf_counter()
            out = hf(tok, past_key_values=cache, use_cache=True)
            cache, tok = out.past_key_values, out.logits[:, -1:].argmax(-1)
            sync()
            if k >= 2:
                steps.append(time.perf_counter() - t0)
    return {"prefill": p / statistics.median(prefill), "decode": len(steps) / sum(steps)}


def find_llama_bench() -> Path | None:
    for cand in (os.environ.get("LLAMA_BENCH"), shutil.which("llama-bench"), LLAMA_CPP_DIR / "build/bin/llama-bench"):
        if cand and Path(cand).is_file():
            return Path(cand)
    return None


def build_llama_bench(cuda: bool) -> Path:
    """llama-bench from the llama.cpp sources vendored in the llama-cpp-python sdist (only that sdist is fetched,
    never installed)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "llama-cpp-python", "-d", tmp], check=True)
        sdist = next(Path(tmp).glob("llama_cpp_python-*.tar.gz"))
        with tarfile.open(sdist) as tar:
            tar.extractall(tmp, filter="data")
        src = next(Path(tmp).glob("llama_cpp_python-*/vendor/llama.cpp"))
        if LLAMA_CPP_DIR.exists():
            shutil.rmtree(LLAMA_CPP_DIR)
        shutil.copytree(src, LLAMA_CPP_DIR)
    flags = ["-DCMAKE_BUILD_TYPE=Release", "-DLLAMA_CURL=OFF", *_cpu_flags()]
    if cuda:
        flags += ["-DGGML_CUDA=ON", "-DCMAKE_CUDA_ARCHITECTURES=90"]
    subprocess.run(["cmake", "-S", str(LLAMA_CPP_DIR), "-B", str(LLAMA_CPP_DIR / "build"), *flags], check=True)
    subprocess.run(["cmake", "--build", str(LLAMA_CPP_DIR / "build"), "--target", "llama-bench", "-j",
                    str(os.cpu_count() or 2)], check=True)
    return LLAMA_CPP_DIR / "build/bin/llama-bench"


def _cpu_flags() -> list[str]:
    """llama.cpp's CPU build: native, except on CPUs with AMX, where its AMX kernels (which -march=native turns
    on) crashed on this GGUF's Q4_1 matrices (SIGSEGV in ggml::cpu::amx, llama-cpp-python 0.3.x's sources, a
    2-core Xeon with amx_int8 granted by the kernel): there every AVX-512 extension is named instead, VNNI
    included, which is what its Q4_1 x Q8_1 dot products use."""
    try:
        cpu = Path("/proc/cpuinfo").read_text()
    except OSError:
        cpu = ""
    if "amx_int8" not in cpu:
        return ["-DGGML_NATIVE=ON"]
    return ["-DGGML_NATIVE=OFF", "-DGGML_AVX=ON", "-DGGML_AVX2=ON", "-DGGML_FMA=ON", "-DGGML_F16C=ON",
            "-DGGML_BMI2=ON", "-DGGML_AVX_VNNI=ON", "-DGGML_AVX512=ON", "-DGGML_AVX512_VBMI=ON",
            "-DGGML_AVX512_VNNI=ON", "-DGGML_AVX512_BF16=ON"]


def llama_cpp_run(bench: Path, path: Path, device: str, p: int, n: int, threads: int, at_depth: bool) -> dict:
    """llama-bench's prefill of p tokens and decode of n. Its decode starts from an empty context; with
    `at_depth`, a second run decodes after p tokens (`-d p`), the positions minic's decode row runs at."""
    common = ["-t", str(threads), "-o", "json", "-ngl", "99" if device == "CUDA" else "0"]
    runs = [["-p", str(p), "-n", "0" if at_depth else str(n)]] + ([["-p", "0", "-n", str(n), "-d", str(p)]]
                                                                  if at_depth else [])
    speed, commands = {}, []
    for run in runs:
        cmd = [str(bench), "-m", str(path), *run, *common]
        rows = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        speed.update({("prefill" if r["n_prompt"] else "decode"): r["avg_ts"] for r in rows})
        commands.append(" ".join(cmd))
    return {**speed, "command": "; ".join(commands)}


def perplexity_pair(path: Path, device: str, text: Path, max_tokens: int, window: int) -> None:
    """Perplexity of minic (packed weights) and of transformers (the same file in float32) on the same ids and
    windows (stride window / 2): `minic perplexity` must agree within 0.1%."""
    import torch
    import transformers
    ck = load_checkpoint(str(path), device)
    ids = ck.tokenizer.encode(text.read_text(encoding="utf-8"))[:max_tokens]
    model = ck.build(max_ctx=window)
    mine = perplexity(lambda w: model.prefill(w, all_logits=True), ids, window, window // 2)
    hf = transformers.AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name,
                                                           dtype=torch.float32).eval()
    with torch.no_grad():
        ref = perplexity(lambda w: hf(torch.tensor([w])).logits[0].numpy(), ids, window, window // 2)
    print(f"perplexity on {text.name}, {mine.tokens} tokens scored, window {window}, stride {window // 2}: "
          f"minic {mine.value:.4f}, transformers float32 {ref.value:.4f}, relative difference "
          f"{abs(mine.value / ref.value - 1):.2e}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weights", default=None, help="a GGUF file (default: the pinned SmolLM2 Q4_1)")
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("-p", "--prompt-tokens", type=int, default=128)
    ap.add_argument("-n", "--new-tokens", type=int, default=128)
    ap.add_argument("--repeats", type=int, default=3, help="timed prefills (median)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2, help="CPU threads for the peers")
    ap.add_argument("--peers", default="torch,llama.cpp")
    ap.add_argument("--build-llama-cpp", action="store_true")
    ap.add_argument("--dtype", default="float32",
                    help="minic's activations and KV cache (comma-separated: one row each; ratios to the first)")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--llama-cpp-depth", action="store_true",
                    help="llama.cpp decodes after the prompt's tokens (-d P), where minic decodes, not from position 0")
    ap.add_argument("--perplexity", type=Path, default=None, help="compare perplexity on this text file instead")
    ap.add_argument("--max-tokens", type=int, default=512, help="with --perplexity: the text's first N tokens")
    ap.add_argument("--window", type=int, default=128, help="with --perplexity: tokens per window")
    ap.add_argument("--scales-ab", type=int, default=0, metavar="ROUNDS",
                    help="compare float16- and float32-held block scales instead (minic only)")
    ap.add_argument("--prefetch-ab", type=int, default=0, metavar="ROUNDS",
                    help="compare the packed CPU GEMV without and with its weight prefetch instead (minic only)")
    ap.add_argument("--int-dot-ab", type=int, default=0, metavar="ROUNDS",
                    help="compare the packed CPU GEMV with float and with integer products instead (minic only)")
    ap.add_argument("--gpu-int-dot-ab", type=int, default=0, metavar="ROUNDS",
                    help="compare the GPU GEMV's float products with its integer ones (rules/gpu_int_dot.py)")
    ap.add_argument("--pair-dot-ab", type=int, default=0, metavar="ROUNDS",
                    help="compare the packed CPU GEMV's integer products one by one and pairwise instead (minic only)")
    args = ap.parse_args()
    path = Path(args.weights) if args.weights else default_weights()
    if args.scales_ab:
        scales_ab(path, args.device, args.prompt_tokens, args.scales_ab)
        return 0
    if args.prefetch_ab:
        gemv_ab(path, args.device, args.prompt_tokens, args.prefetch_ab, "prefetch_rows",
                {"no prefetch": 0, "8 rows ahead (default)": 8})
        return 0
    if args.int_dot_ab:
        gemv_ab(path, args.device, args.prompt_tokens, args.int_dot_ab, "int_dot",
                {"float products": False, "int16 x, integer products (default)": True})
        return 0
    if args.gpu_int_dot_ab:
        gemv_ab(path, args.device, args.prompt_tokens, args.gpu_int_dot_ab, "int_dot",
                {"float products (default)": "", "int16 x, dp2a products": "native"}, gpu=True,
                dtype=args.dtype.split(",")[0])
        return 0
    if args.pair_dot_ab:
        gemv_ab(path, args.device, args.prompt_tokens, args.pair_dot_ab, "pair_dot",
                {"integer products one by one": False, "two planes a pairwise multiply-add (default)": True})
        return 0
    if args.perplexity is not None:
        perplexity_pair(path, args.device, args.perplexity, args.max_tokens, args.window)
        return 0
    p, n = args.prompt_tokens, args.new_tokens
    rows, notes, mine = {}, [], None
    for dtype in args.dtype.split(","):  # activations and cache; the weights stay as the GGUF stores them
        run = minic_run(path, args.device, p, n, args.repeats, dtype)
        name = "minic" if dtype == "float32" else f"minic {dtype}"
        rows[name], rows[f"{name}, host one step ahead"] = run, {**run, "decode": run["ahead"]}
        mine = mine or run
    peers = [x for x in args.peers.split(",") if x]
    if "torch" in peers:
        rows["transformers float32"] = torch_run(path, args.device, p, n, args.repeats, args.threads)
    if "llama.cpp" in peers:
        bench = build_llama_bench(args.device == "CUDA") if args.build_llama_cpp else find_llama_bench()
        if bench is None:
            notes.append("llama.cpp skipped: no llama-bench on PATH, in $LLAMA_BENCH or "
                         f"{LLAMA_CPP_DIR}/build/bin (run with --build-llama-cpp to build it)")
        else:
            rows["llama.cpp"] = llama_cpp_run(bench, path, args.device, p, n, args.threads, args.llama_cpp_depth)
            notes.append(f"llama.cpp: `{rows['llama.cpp'].pop('command')}`")
    head = ["engine", "prefill tok/s", "decode tok/s", "decode wall ms/tok", "in the native replay ms/tok",
            "minic prefill x", "minic decode x"]
    table = [[name, f"{r['prefill']:.1f}", f"{r['decode']:.1f}", f"{1e3 / r['decode']:.3f}",
              f"{r['native_ms']:.3f}" if r.get("native_ms") and "ahead" not in name else "-",
              f"{mine['prefill'] / r['prefill']:.2f}", f"{mine['decode'] / r['decode']:.2f}"]
             for name, r in rows.items()]
    print(f"{path.name}, device {args.device}, prefill {p} tokens, decode {n} tokens, "
          f"peer threads {args.threads}, load average {os.getloadavg()[0]:.1f}")
    if args.markdown:
        print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
        for r in table:
            print("| " + " | ".join(r) + " |")
    else:
        for r in [head, *table]:
            print("  ".join(f"{c:>16}" for c in r))
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
