"""Tokenizers (byte-level BPE: LLaMA 3, SmolLM, Qwen2; SentencePiece BPE: LLaMA 2, Mistral, TinyLlama, Gemma)
built with the `tokenizers` library.

From a `tokenizer.json` (the Hugging Face layout), or from a GGUF file's `tokenizer.ggml.*` metadata:
  * `gpt2` (byte-level BPE): the tokens (ids in order), the merges and the token types. A GGUF has no
    pre-tokenizer regex, only a name (`tokenizer.ggml.pre`); the known names map to their split patterns and
    anything else gets GPT-2's, which is what transformers does when it loads the same file.
  * `llama` (SentencePiece BPE): the tokens and their scores; the merges are not stored, so they are rebuilt
    from the vocabulary (every split of a token into two tokens, best-scored token first); spaces are `▁`,
    a `▁` is put before the text, and bytes missing from the vocabulary fall back to `<0xAB>` tokens.
Control tokens (`<|im_start|>`, `<s>`) become special tokens, so they stay whole in a chat prompt.
"""
from __future__ import annotations

import re
from pathlib import Path

from models.tokenizer import TokenizerError, byte_alphabet

_LLAMA3_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
                 r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
_QWEN2_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"
                r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
PRE_SPLITS = {"llama3": _LLAMA3_SPLIT, "llama-v3": _LLAMA3_SPLIT, "llama-bpe": _LLAMA3_SPLIT,
              "smaug-bpe": _LLAMA3_SPLIT, "qwen2": _QWEN2_SPLIT, "deepseek-r1-qwen": _QWEN2_SPLIT}
CONTROL, USER_DEFINED = 3, 4  # llama.cpp's token types of a control token and an added (user-defined) one
SPACE = "\u2581"  # SentencePiece's space
_BYTE_PIECE = re.compile(r"<0x([0-9A-Fa-f]{2})>")


class HFTokenizer:
    """encode/decode text <-> ids; decode_bytes gives a token's raw bytes (a UTF-8 character may span tokens)."""

    def __init__(self, tok, source: str, bos_id: int | None = None):
        from tokenizers import decoders
        self.tok, self.source = tok, source
        self.bos_id = bos_id  # put before a plain prompt (a GGUF's add_bos_token); chat templates write their own
        self.n_vocab = tok.get_vocab_size(with_added_tokens=True)
        self.byte_level = isinstance(tok.decoder, decoders.ByteLevel)
        self._bytes_of = byte_alphabet()
        self._added = set(tok.get_added_tokens_decoder())  # special tokens: their text, not byte characters

    def encode(self, text: str) -> list[int]:
        """Ids of `text`; special tokens written in it (`<|im_start|>`) are single ids; no BOS is added."""
        return self.tok.encode(text, add_special_tokens=False).ids

    def encode_prompt(self, text: str) -> list[int]:
        """Ids of a plain (not chat) prompt as the model expects it: after the BOS a GGUF asks for, or with what
        a tokenizer.json's post-processor adds (LLaMA's `<s>`, LLaMA 3's `<|begin_of_text|>`), as transformers'
        `tokenizer(text)` and llama.cpp do."""
        if self.bos_id is not None:
            return [self.bos_id, *self.encode(text)]
        return self.tok.encode(text, add_special_tokens=True).ids

    def decode_bytes(self, ids: list[int]) -> bytes:
        bad = [i for i in ids if not 0 <= int(i) < self.n_vocab]
        if bad:
            raise TokenizerError(f"token id {bad[0]} is out of range for the tokenizer's {self.n_vocab} tokens")
        out = bytearray()
        for i in ids:
            piece = self.tok.id_to_token(int(i))
            if int(i) in self._added:
                out += piece.encode()
            elif self.byte_level:
                out += bytes(self._bytes_of[ch] for ch in piece)
            elif _BYTE_PIECE.fullmatch(piece):  # SentencePiece's byte fallback
                out.append(int(piece[3:5], 16))
            else:
                out += piece.replace(SPACE, " ").encode()
        return bytes(out)

    def decode(self, ids: list[int]) -> str:
        """The text of `ids` as the tokenizer's own decoder writes it (SentencePiece drops the space it put
        before the text); `decode_bytes` keeps every token's bytes, for streaming token by token."""
        if self.byte_level:
            return self.decode_bytes(ids).decode("utf-8", errors="replace")
        self.decode_bytes(ids)  # checks the ids
        return self.tok.decode([int(i) for i in ids], skip_special_tokens=False)

    def token_id(self, text: str) -> int | None:
        return self.tok.token_to_id(text)


def from_tokenizer_json(f: Path) -> HFTokenizer:
    return from_tokenizer_json_text(f.read_text(), str(f))


def from_tokenizer_json_text(text: str, source: str) -> HFTokenizer:
    """A tokenizer.json's text (a file's, or one `minic quantize` kept in a GGUF as `minic.tokenizer_json`)."""
    from tokenizers import Tokenizer
    try:
        return HFTokenizer(Tokenizer.from_str(text), source)
    except Exception as e:  # tokenizers raises its own Exception type on bad JSON
        raise TokenizerError(f"{source} is not a tokenizer.json the tokenizers library reads ({e})") from None


def from_gguf_metadata(md: dict, source: str) -> HFTokenizer:
    """The tokenizer a GGUF file's metadata describes: `tokenizer.ggml.model` 'gpt2' (byte-level BPE) or 'llama'
    (SentencePiece BPE)."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, pre_tokenizers
    kind = md.get("tokenizer.ggml.model")
    if kind == "llama":
        return _sentencepiece(md, source)
    if kind != "gpt2":
        raise TokenizerError(f"{source}: tokenizer model {kind!r} is not supported (minic builds 'gpt2' byte-level "
                             f"BPE and 'llama' SentencePiece BPE); pass token ids with --prompt-ids")
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
    return HFTokenizer(tok, source, _bos(md, default=False))


def _bos(md: dict, default: bool) -> int | None:
    """The BOS id a plain prompt starts with: when `tokenizer.ggml.add_bos_token` (llama.cpp's default: on for
    SentencePiece vocabularies, off for byte-level ones) and the file names one."""
    bos = md.get("tokenizer.ggml.bos_token_id")
    return int(bos) if bos is not None and md.get("tokenizer.ggml.add_bos_token", default) else None



def _sentencepiece(md: dict, source: str) -> HFTokenizer:
    """A SentencePiece BPE vocabulary (`tokenizer.ggml.model` 'llama': tokens and scores, no merges)."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, normalizers, pre_tokenizers
    tokens, scores = md.get("tokenizer.ggml.tokens"), md.get("tokenizer.ggml.scores")
    if not tokens or scores is None or len(scores) != len(tokens):
        raise TokenizerError(f"{source}: a 'llama' tokenizer needs tokenizer.ggml.tokens and as many "
                             f"tokenizer.ggml.scores")
    types = md.get("tokenizer.ggml.token_type") or [1] * len(tokens)
    vocab = {t: i for i, t in enumerate(tokens)}
    unk = md.get("tokenizer.ggml.unknown_token_id")
    bpe = models.BPE(vocab=vocab, merges=sentencepiece_merges(tokens, scores, types),
                     unk_token=tokens[int(unk)] if unk is not None else None, byte_fallback=True, fuse_unk=True)
    tok = Tokenizer(bpe)
    prefix = bool(md.get("tokenizer.ggml.add_space_prefix", True))
    if md.get("general.architecture") == "phi3":  # Phi-3's tokenizer.json: the prefix before every piece of text
        tok.normalizer = normalizers.Sequence([normalizers.Prepend(SPACE), normalizers.Replace(" ", SPACE)])
    else:
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=SPACE, split=False,
                                                     prepend_scheme="first" if prefix else "never")
    steps = [decoders.Replace(SPACE, " "), decoders.ByteFallback(), decoders.Fuse()]
    tok.decoder = decoders.Sequence(steps + ([decoders.Strip(" ", 1, 0)] if prefix else []))
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False)
                            for t, k in zip(tokens, types) if k == CONTROL])
    tok.add_tokens([AddedToken(t, special=False, normalized=False)
                    for t, k in zip(tokens, types) if k == USER_DEFINED])
    return HFTokenizer(tok, source, _bos(md, default=True))


def sentencepiece_merges(tokens: list[str], scores: list[float], types: list[int]) -> list[tuple[str, str]]:
    """The BPE merges a SentencePiece vocabulary implies: every way to write a normal token as two tokens,
    the merges of better-scored tokens first (SentencePiece merges the best-scored pair at each step)."""
    vocab = {t: i for i, t in enumerate(tokens)}
    found = []
    for token, score, kind in zip(tokens, scores, types):
        if kind not in (1, USER_DEFINED):  # normal tokens only: not control, unknown, unused or byte tokens
            continue
        for cut in range(1, len(token)):
            left, right = token[:cut], token[cut:]
            if left in vocab and right in vocab:
                found.append((-float(score), vocab[token], vocab[left], vocab[right], left, right))
    return [(left, right) for *_, left, right in sorted(found)]
