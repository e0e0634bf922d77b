"""Byte-level BPE tokenizers (LLaMA 3, SmolLM, Qwen2, ...) built with the `tokenizers` library.

From a `tokenizer.json` (the Hugging Face layout), or from a GGUF file's `tokenizer.ggml.*` metadata: the
tokens (ids in order), the merges and the token types. A GGUF has no pre-tokenizer regex, only a name
(`tokenizer.ggml.pre`); the known names map to their split patterns and anything else gets GPT-2's, which is
what transformers does when it loads the same file. Control tokens (`<|im_start|>`) become special tokens,
so they stay whole in a chat prompt.
"""
from __future__ import annotations

from pathlib import Path

from models.tokenizer import TokenizerError, byte_alphabet

_LLAMA3_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
                 r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
_QWEN2_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"
                r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
PRE_SPLITS = {"llama3": _LLAMA3_SPLIT, "llama-v3": _LLAMA3_SPLIT, "llama-bpe": _LLAMA3_SPLIT,
              "smaug-bpe": _LLAMA3_SPLIT, "qwen2": _QWEN2_SPLIT, "deepseek-r1-qwen": _QWEN2_SPLIT}
CONTROL = 3  # llama.cpp's token type of a control token


class HFTokenizer:
    """encode/decode text <-> ids; decode_bytes gives a token's raw bytes (a UTF-8 character may span tokens)."""

    def __init__(self, tok, source: str):
        from tokenizers import decoders
        self.tok, self.source = tok, source
        self.n_vocab = tok.get_vocab_size(with_added_tokens=True)
        self.byte_level = isinstance(tok.decoder, decoders.ByteLevel)
        self._bytes_of = byte_alphabet()
        self._added = set(tok.get_added_tokens_decoder())  # special tokens: their text, not byte characters

    def encode(self, text: str) -> list[int]:
        """Ids of `text`; special tokens written in it (`<|im_start|>`) are single ids; no BOS is added."""
        return self.tok.encode(text, add_special_tokens=False).ids

    def decode_bytes(self, ids: list[int]) -> bytes:
        bad = [i for i in ids if not 0 <= int(i) < self.n_vocab]
        if bad:
            raise TokenizerError(f"token id {bad[0]} is out of range for the tokenizer's {self.n_vocab} tokens")
        if not self.byte_level:
            return self.tok.decode([int(i) for i in ids], skip_special_tokens=False).encode()
        out = bytearray()
        for i in ids:
            piece = self.tok.id_to_token(int(i))
            out += piece.encode() if int(i) in self._added else bytes(self._bytes_of[ch] for ch in piece)
        return bytes(out)

    def decode(self, ids: list[int]) -> str:
        return self.decode_bytes(ids).decode("utf-8", errors="replace")

    def token_id(self, text: str) -> int | None:
        return self.tok.token_to_id(text)


def from_tokenizer_json(f: Path) -> HFTokenizer:
    from tokenizers import Tokenizer
    try:
        return HFTokenizer(Tokenizer.from_file(str(f)), str(f))
    except Exception as e:  # tokenizers raises its own Exception type on bad JSON
        raise TokenizerError(f"{f} is not a tokenizer.json the tokenizers library reads ({e})") from None


def from_gguf_metadata(md: dict, source: str) -> HFTokenizer:
    """The tokenizer a GGUF file's metadata describes (only byte-level BPE: `tokenizer.ggml.model` 'gpt2')."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, pre_tokenizers
    kind = md.get("tokenizer.ggml.model")
    if kind != "gpt2":
        raise TokenizerError(f"{source}: tokenizer model {kind!r} is not supported (minic builds byte-level BPE, "
                             f"'gpt2'); pass token ids with --prompt-ids")
    tokens, merges = md.get("tokenizer.ggml.tokens"), md.get("tokenizer.ggml.merges")
    if not tokens or merges is None:
        raise TokenizerError(f"{source}: the GGUF metadata has no tokenizer.ggml.tokens / tokenizer.ggml.merges")
    alphabet = set(byte_alphabet())
    vocab, specials = {}, []
    types = md.get("tokenizer.ggml.token_type") or [1] * len(tokens)
    for i, (t, kind) in enumerate(zip(tokens, types)):
        vocab[t] = i
        if kind == CONTROL and set(t) <= alphabet:
            specials.append(AddedToken(t, special=True, normalized=False))
    bpe = models.BPE(vocab=vocab, merges=[tuple(m.split(" ", 1)) for m in merges], ignore_merges=False)
    tok = Tokenizer(bpe)
    split = PRE_SPLITS.get(md.get("tokenizer.ggml.pre"))
    prefix = bool(md.get("tokenizer.ggml.add_space_prefix", False))
    tok.pre_tokenizer = (pre_tokenizers.ByteLevel(add_prefix_space=prefix) if split is None else
                         pre_tokenizers.Sequence([pre_tokenizers.Split(Regex(split), behavior="isolated"),
                                                  pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)]))
    tok.decoder = decoders.ByteLevel()
    tok.add_special_tokens(specials)
    return HFTokenizer(tok, source)

