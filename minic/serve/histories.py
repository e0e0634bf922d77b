"""Conversations by id over a paged cache: create, extend, generate, fork, offload, save, restore, switch.

A History keeps every id of its conversation, its sampling generator's state and, while it is on the device,
a Sequence whose cache holds every id but the newest (the next step feeds the newest first). Offloaded, its
keys and values sit in host memory instead; saved, in a .npz file with the ids and the generator state. Using
a history that is not on the device brings it back first, so switching between conversations is just using
another id. Its keys and values come back bit for bit and its generator where it stopped, so a restored
history continues with exactly the ids it would have produced.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from minic.errors import MinicError
from models.generate import Sampling, sample
from models.paged import PagedLM, Sequence


class HistoryFileError(MinicError):
    """A history file that cannot be read, or that was saved for another model."""


@dataclass
class History:
    ids: list
    rng: np.random.Generator
    seq: Sequence | None = field(default_factory=Sequence)  # None while offloaded
    host: np.ndarray | None = None  # the offloaded keys and values


class Histories:
    def __init__(self, engine: PagedLM):
        self.engine = engine
        self.by_id: dict[str, History] = {}

    def create(self, hid: str, ids: list[int], seed: int | None = None) -> None:
        if hid in self.by_id:
            raise MinicError(f"history {hid!r} exists already")
        if not ids:
            raise MinicError("a history starts from at least one token")
        self._check_ids(ids)
        self.by_id[hid] = History(list(ids), np.random.default_rng(seed))

    def append(self, hid: str, ids: list[int]) -> None:
        """Add ids (a user's turn) after the history; they are fed at the next generate."""
        history = self._get(hid)
        self._check_ids(ids)  # before they join: a bad id kept would fail every later generate
        history.ids.extend(ids)

    def _check_ids(self, ids: list[int]) -> None:
        vocab = self.engine.model.cfg.vocab_size
        bad = next((t for t in ids if not isinstance(t, (int, np.integer)) or not 0 <= t < vocab), None)
        if bad is not None:
            raise MinicError(f"token id {bad!r} is not in the vocabulary of {vocab} tokens")

    def generate(self, hid: str, n: int, sampling: Sampling | None = None) -> list[int]:
        """n new ids after the history (its own generator draws them), appended to it."""
        if n < 0:
            raise MinicError(f"a history generates n >= 0 new tokens, got {n}")
        h = self._on_device(hid)
        sampling = sampling or Sampling()
        self.engine.reserve(h.seq, len(h.ids) - 1 + n)
        new = []
        for _ in range(n):
            pending = h.ids[h.seq.length:]
            logits = (self.engine.decode([h.seq], pending)[0] if len(pending) == 1
                      else self.engine.extend(h.seq, pending))
            new.append(sample(logits, sampling, h.rng))
            h.ids.append(new[-1])
        return new

    def fork(self, src: str, dst: str) -> None:
        """A copy of history `src` that shares its pages until one of them writes (copy on write)."""
        if dst in self.by_id:
            raise MinicError(f"history {dst!r} exists already")
        h = self._on_device(src)
        rng = np.random.default_rng()
        rng.bit_generator.state = h.rng.bit_generator.state
        self.by_id[dst] = History(list(h.ids), rng, self.engine.fork(h.seq))

    def offload(self, hid: str) -> None:
        """Move the history's keys and values to host memory, freeing its pages."""
        h = self._get(hid)
        if h.seq is not None:
            h.host, h.seq = self.engine.offload(h.seq), None

    def save(self, hid: str, path: str | Path) -> None:
        """Write the history (ids, generator state, keys and values) to a .npz file; it stays usable."""
        h = self._get(hid)
        host = h.host if h.seq is None else self._read(h)
        np.savez(path, ids=np.array(h.ids, np.int64), kv=host, rng=json.dumps(h.rng.bit_generator.state))

    def load(self, hid: str, path: str | Path) -> None:
        """A history saved by `save`, offloaded until it is used."""
        if hid in self.by_id:
            raise MinicError(f"history {hid!r} exists already")
        ids, kv, rng = self._read_file(Path(path))
        self.by_id[hid] = History(ids, rng, None, kv)

    def _read_file(self, path: Path) -> tuple[list[int], np.ndarray, np.random.Generator]:
        """A saved history's ids, keys and values and generator, checked against this engine's model."""
        e = self.engine
        want = (f"a history saved by minic's Histories.save: a .npz with ids [length] (integers), kv [layers="
                f"{e.model.cfg.n_layer}, 2, cached < length, {e.kv_width}] and rng (a numpy generator state)")
        try:
            with np.load(path, allow_pickle=False) as f:
                missing = {"ids", "kv", "rng"} - set(f.files)
                if missing:
                    raise HistoryFileError(f"{path} has no {', '.join(sorted(missing))}; expected {want}")
                ids, kv, state = f["ids"], f["kv"], json.loads(str(f["rng"]))
            rng = np.random.default_rng()
            rng.bit_generator.state = state
        except HistoryFileError:
            raise
        except OSError as err:
            raise HistoryFileError(f"cannot read {path}: {err}; expected {want}") from None
        except (ValueError, KeyError, TypeError, zipfile.BadZipFile) as err:  # not a .npz, a pickle, a bad state
            raise HistoryFileError(f"{path} is not a saved history ({type(err).__name__}: {err}); expected "
                                   f"{want}") from None
        if ids.ndim != 1 or not np.issubdtype(ids.dtype, np.integer) or not ids.size or kv.ndim != 4 or \
                kv.shape[:2] != (e.model.cfg.n_layer, 2) or kv.shape[3] != e.kv_width or kv.shape[2] >= ids.size:
            raise HistoryFileError(f"{path} holds ids {ids.dtype}{list(ids.shape)} and kv {list(kv.shape)}; "
                                   f"expected {want}")
        return ids.tolist(), kv, rng

    def drop(self, hid: str) -> None:
        h = self.by_id.pop(hid, None)
        if h is not None and h.seq is not None:
            self.engine.free(h.seq)

    def _read(self, h: History) -> np.ndarray:
        """The keys and values of a history on the device, copied to the host (it stays on the device)."""
        shadow = self.engine.fork(h.seq)
        return self.engine.offload(shadow)  # frees only the fork's references

    def _on_device(self, hid: str) -> History:
        h = self._get(hid)
        if h.seq is None:
            h.seq, h.host = self.engine.bring_back(h.host), None
        return h

    def _get(self, hid: str) -> History:
        if hid not in self.by_id:
            raise MinicError(f"no history {hid!r}; known: {sorted(self.by_id)}")
        return self.by_id[hid]
