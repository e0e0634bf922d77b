"""A GGUF of a real model's shapes with random weights, under llama.cpp's tensor names and metadata, for comparing
minic with llama.cpp on an architecture no model file offline has (no model hub here: SmolLM2 is the only real
GGUF). Both engines read the same file; the numbers say nothing about the model's text, only its speed.

    PYTHONPATH=. python bench/random_gguf.py gemma3-270m /tmp/gemma3-270m-q8_0.gguf --type Q8_0
    PYTHONPATH=. python bench/random_gguf.py qwen2.5-0.5b /tmp/qwen-q4_k.gguf --type Q4_K --fallback Q5_0
    PYTHONPATH=. python bench/random_gguf.py llama3.2-1b /tmp/l32-q4_k_m.gguf --q4-k-m
    PYTHONPATH=. python bench/llama.py --weights /tmp/gemma3-270m-q8_0.gguf --markdown --peers llama.cpp -p 128 -n 32

Types the gguf package quantizes (Q8_0, Q4_0, Q4_1, Q5_0, Q5_1) are written by it, the K-quants and IQ4 types by
minic's quantizer (their bytes are GGUF's); --fallback takes the matrices whose input dim the type's block does
not divide (what llama.cpp's quantizer does for Qwen2's 896-wide rows). The tokenizer is byte-level BPE over the
256 byte characters, padded with unused tokens to the vocabulary size.
"""
from __future__ import annotations

import argparse

import numpy as np

# architecture, layers, width, query heads, key/value heads, head dim, MLP width, vocabulary, context, RoPE base,
# sliding window (Gemma 3: five sliding layers, then a full one), q/k/v biases (as the model's config.json has them)
SHAPES = {
    "qwen2.5-0.5b": dict(arch="qwen2", layers=24, dim=896, heads=14, kv_heads=2, head_dim=64, ffn=4864, vocab=151936,
                         context=32768, theta=1e6, bias=True),
    "llama3.2-1b": dict(arch="llama", layers=16, dim=2048, heads=32, kv_heads=8, head_dim=64, ffn=8192,
                        vocab=128256, context=131072, theta=5e5),
    "gemma3-270m": dict(arch="gemma3", layers=18, dim=640, heads=4, kv_heads=1, head_dim=256, ffn=2048,
                        vocab=262144, context=32768, theta=1e6, window=512),
    "gemma3-1b": dict(arch="gemma3", layers=26, dim=1152, heads=4, kv_heads=1, head_dim=256, ffn=6912,
                      vocab=262144, context=32768, theta=1e6, window=512),
}
# per-layer vectors beyond LLaMA's two norms, by architecture
EXTRA_NORMS = {"gemma3": ("post_attention_norm", "post_ffw_norm")}


def byte_vocab(size: int) -> tuple[list[str], list[str]]:
    """Byte-level BPE tokens (GPT-2's byte characters and two merges), two control tokens first, unused tokens up
    to `size`; and the merges."""
    from models.tokenizer import byte_alphabet
    chars = sorted(byte_alphabet(), key=lambda ch: byte_alphabet()[ch])
    merges = ["h e", "l l"]
    tokens = ["<pad>", "<eos>", *chars, *(m.replace(" ", "") for m in merges)]
    return tokens + [f"<unused{i}>" for i in range(size - len(tokens))], merges


def stored(a: np.ndarray, qtype: str):
    """A float32 matrix as GGUF's bytes of `qtype`, and that type: the gguf package's quantizer where it has one,
    else minic's (K-quants, IQ4)."""
    import gguf
    t = getattr(gguf.GGMLQuantizationType, qtype)
    try:
        return gguf.quants.quantize(a, t), t
    except NotImplementedError:
        from minic.quant import get_format
        fmt = get_format(qtype.lower())
        return fmt.to_gguf(fmt.quantize(a)), t


def config(shape: dict):
    """The shape as models/llama.py's LlamaConfig (its metadata is written as `minic quantize` writes a model's)."""
    from models.llama import LlamaConfig
    s = shape
    window = s.get("window")
    return LlamaConfig(
        n_layer=s["layers"], dim=s["dim"], n_head=s["heads"], n_kv_head=s["kv_heads"], ffn_dim=s["ffn"],
        vocab_size=s["vocab"], n_positions=s["context"], head_dim=s["head_dim"], rms_eps=1e-6, rope_theta=s["theta"],
        sliding_window=window, tie_embeddings=True, bos_token_id=0, eos_token_id=1,
        layer_types=tuple("full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(s["layers"]))
        if window else ())


def more_bits(layer: int, layers: int) -> bool:
    """llama.cpp's Q4_K_M rule for which layers' attn_v and ffn_down get Q6_K: the first and last eighth, and every
    third layer between."""
    return layer < layers // 8 or layer >= 7 * layers // 8 or (layer - layers // 8) % 3 == 2


def write(shape: dict, out: str, qtype: str, fallback: str | None = None, seed: int = 0, mix: bool = False) -> None:
    import gguf

    from models.gguf_writer import write_llama_metadata
    rng = np.random.default_rng(seed)
    s, arch = shape, shape["arch"]
    w = gguf.GGUFWriter(out, arch)
    write_llama_metadata(w, config(shape), arch)
    tokens, merges = byte_vocab(s["vocab"])
    w.add_tokenizer_model("gpt2")
    w.add_token_list(tokens)
    w.add_token_merges(merges)
    w.add_token_types([3, 3] + [1] * (len(tokens) - 2))

    def matrix(name: str, rows: int, cols: int, kind: str = "") -> None:
        a = rng.standard_normal((rows, cols), dtype=np.float32) * 0.02
        kind = kind or qtype
        block = gguf.GGML_QUANT_SIZES[getattr(gguf.GGMLQuantizationType, kind)][0]
        data, t = stored(a, kind if cols % block == 0 or fallback is None else fallback)
        w.add_tensor(name, data, raw_dtype=t)

    def vector(name: str, n: int) -> None:
        w.add_tensor(name, (1 + 0.1 * rng.standard_normal(n)).astype(np.float32))

    c, q, kv = s["dim"], s["heads"] * s["head_dim"], s["kv_heads"] * s["head_dim"]
    matrix("token_embd.weight", s["vocab"], c, "Q6_K" if mix else "")
    vector("output_norm.weight", c)
    for i in range(s["layers"]):
        p = f"blk.{i}."
        for norm in ("attn_norm", "ffn_norm", *EXTRA_NORMS.get(arch, ())):
            vector(p + norm + ".weight", c)
        if arch == "gemma3":
            vector(p + "attn_q_norm.weight", s["head_dim"])
            vector(p + "attn_k_norm.weight", s["head_dim"])
        if s.get("bias"):
            for name, n in (("attn_q", q), ("attn_k", kv), ("attn_v", kv)):
                w.add_tensor(p + name + ".bias", (0.02 * rng.standard_normal(n)).astype(np.float32))
        for name, rows, cols in (("attn_q", q, c), ("attn_k", kv, c), ("attn_v", kv, c), ("attn_output", c, q),
                                 ("ffn_gate", s["ffn"], c), ("ffn_up", s["ffn"], c), ("ffn_down", c, s["ffn"])):
            six = mix and name in ("attn_v", "ffn_down") and more_bits(i, s["layers"])
            matrix(p + name + ".weight", rows, cols, "Q6_K" if six else "")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shape", choices=sorted(SHAPES))
    ap.add_argument("out")
    ap.add_argument("--type", default="Q8_0", help="GGUF type of every matrix (Q8_0, Q4_0, Q4_K, ...)")
    ap.add_argument("--fallback", default=None, help="the type of matrices whose rows --type's block does not divide")
    ap.add_argument("--q4-k-m", action="store_true", help="Q4_K_M's mix: Q4_K, with Q6_K for the embedding (the "
                    "tied head) and, in llama.cpp's layers for more bits, attn_v and ffn_down")
    args = ap.parse_args()
    qtype = "Q4_K" if args.q4_k_m else args.type
    write(SHAPES[args.shape], args.out, qtype, args.fallback, mix=args.q4_k_m)
    print(f"wrote {args.out}: random {args.shape} weights as {'Q4_K_M' if args.q4_k_m else qtype}"
          + (f" ({args.fallback} where its block does not fit)" if args.fallback else ""))


if __name__ == "__main__":
    main()
