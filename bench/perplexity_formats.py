"""SmolLM2-135M-Instruct's perplexity per quantization format, on a fixed public-domain text.

    PYTHONPATH=. python bench/perplexity_formats.py --markdown
    PYTHONPATH=. python bench/perplexity_formats.py --formats q8_0,q4_k,iq4_xs --text bench/texts/founding_documents.txt

The text (bench/texts/founding_documents.txt) is the Gettysburg Address, the Preamble of the United States
Constitution, the second paragraph of the Declaration of Independence and the First Amendment: public domain,
in the repository, so every run scores the same ids. `minic perplexity`'s sliding windows (models/perplexity.py:
--window tokens a window, stride half of it).

The model is the pinned SmolLM2 GGUF (its projections Q4_1, its tied embedding and head Q8_0): no float
checkpoint is available offline, so every row re-quantizes the layer projections *as shipped* (Q4_1's values)
to the format, keeping the embedding and head as the file has them. The first row is the file itself; a row's
perplexity above it is the format's error on top of Q4_1's (`weight error`: the projections' RMS change from
the file's values over their RMS; Q4_1 itself takes them back exactly). Where a format's block does not divide a
projection's input dim (576 for all but down_proj: the K-quants' super-blocks are 256), that projection takes the
format llama.cpp falls back to (FALLBACK); `bits/weight` counts the projections' bytes as they are.
"""
from __future__ import annotations

import argparse
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minic import quant  # noqa: E402
from minic.errors import ShapeError  # noqa: E402
from minic.quant.weight import QuantizedWeight  # noqa: E402
from models.default_model import default_weights  # noqa: E402
from models.families import load_checkpoint  # noqa: E402
from models.perplexity import perplexity  # noqa: E402

TEXT = Path(__file__).resolve().parent / "texts" / "founding_documents.txt"
FORMATS = "q8_0,q6_k,q5_k,q5_1,q5_0,q4_k,q4_1,q4_0,iq4_xs,iq4_nl,nf4,q4g32,q3_k,q2_k"
# a K-quant whose 256-wide blocks do not divide a weight's rows: the type llama.cpp's quantizer picks instead
FALLBACK = {"q2_k": "iq4_nl", "q3_k": "iq4_nl", "iq4_xs": "iq4_nl", "q4_k": "q5_0", "q5_k": "q5_1", "q6_k": "q8_0"}


def projections(params: dict) -> dict:
    """The layer projections: the weights a format is applied to."""
    return {k: w for k, w in params.items() if isinstance(w, QuantizedWeight) and k.endswith("_proj.weight")}


def requantized(params: dict, fmt: str) -> tuple[dict, list]:
    """`params` with every layer projection re-quantized to `fmt` (or its fallback), and the fallback's uses."""
    out, fallbacks = dict(params), []
    for name, w in projections(params).items():
        values = w.numpy()
        try:
            out[name] = quant.quantize(values, fmt, device=w.device)
        except ShapeError:
            if fmt not in FALLBACK:
                raise
            out[name] = quant.quantize(values, FALLBACK[fmt], device=w.device)
            fallbacks.append(name)
    return out, fallbacks


def bits_per_weight(params: dict) -> float:
    """The projections' bits a weight as their format stores them (a file's bytes: a CPU device widens float16
    scales to float32 in memory)."""
    ws = projections(params).values()
    return sum(w.format.bits_per_weight(w.shape[1]) * w.shape[0] * w.shape[1] for w in ws) / \
        sum(w.shape[0] * w.shape[1] for w in ws)


def weight_error(params: dict, shipped: dict) -> float:
    """RMS of the projections' change from the file's values, over their RMS."""
    new, old = projections(params), projections(shipped)
    diff = sum(float(((new[k].numpy() - old[k].numpy()) ** 2).sum()) for k in old)
    return (diff / sum(float((old[k].numpy() ** 2).sum()) for k in old)) ** 0.5


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weights", default=None, help="a GGUF file (default: the pinned SmolLM2 Q4_1)")
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--text", type=Path, default=TEXT)
    ap.add_argument("--formats", default=FORMATS)
    ap.add_argument("--window", type=int, default=128)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    path = Path(args.weights) if args.weights else default_weights()
    ck = load_checkpoint(str(path), args.device)
    ids = ck.tokenizer.encode(args.text.read_text(encoding="utf-8"))
    shipped = dict(ck.params)
    rows = []
    for fmt in ["(the file)"] + args.formats.split(","):
        t0 = time.perf_counter()
        ck.params, fallbacks = (shipped, []) if fmt == "(the file)" else requantized(shipped, fmt)
        bpw, err = bits_per_weight(ck.params), weight_error(ck.params, shipped)
        model = ck.build(max_ctx=args.window)
        ppl = perplexity(partial(model.prefill, all_logits=True), ids, args.window, args.window // 2)
        note = f"{len(fallbacks)} of the projections as {FALLBACK[fmt]}" if fallbacks else ""
        rows.append((fmt, bpw, err, ppl.value, note))
        print(f"{fmt}: perplexity {ppl.value:.4f} over {ppl.tokens} tokens, {bpw:.2f} bits/weight, error {err:.4f}, "
              f"{time.perf_counter() - t0:.1f} s {note}", file=sys.stderr, flush=True)
    base = rows[0][3]
    print(f"SmolLM2-135M-Instruct ({path.name}), {args.text.name}: {len(ids)} tokens, window {args.window}, "
          f"stride {args.window // 2}, {args.device}")
    if args.markdown:
        print("\n| projections as | bits/weight | weight error | perplexity | vs the file | note |\n"
              "|---|---|---|---|---|---|")
    for fmt, bpw, err, value, note in rows:
        cells = (fmt, f"{bpw:.2f}", f"{err:.4f}", f"{value:.3f}", f"{value / base:.4f}", note)
        print("| " + " | ".join(cells) + " |" if args.markdown else "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
