"""Megatron-style tensor parallelism for a transformer: a shard plan for the weights, collectives at two places.

Each rank holds 1/N of every large matrix:
  * column-parallel (QKV, MLP-up): each rank computes whole attention heads / a slice of the MLP's hidden units,
    no communication;
  * row-parallel (attention-out, MLP-down): each rank multiplies its slice of the inputs by its rows of the
    weight, a partial sum of the full output: ONE allreduce per layer output, then the bias (added once);
  * the vocabulary: the embedding looks up only the rows a rank holds (others give 0) and allreduces; the tied
    head computes the logits of those rows and allgathers them.
So a layer costs two allreduces of [tokens, width] and a forward pass one embedding allreduce and one logits
allgather. A model calls `TensorParallel` at those points; with one rank every call is the identity, so the
one-rank graph is exactly the unsharded model's.

A `ShardPlan` says which parameters split along which axis; `load_shards` reads only this rank's slice of each
from a safetensors file (the numpy API reads a slice without touching the rest of the tensor), and
models/gguf_loader.py reads the same plan's slices from a memory-mapped GGUF file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from minic.dist.group import Group
from minic.dist.ops import allgather, allreduce
from minic.errors import MinicError, ShapeError
from minic.tensor import Tensor


class TensorParallel:
    """The calls a sharded model makes (rank `rank` of `size`); each is the identity for a single rank."""

    def __init__(self, group: Group | None = None):
        self.group = group
        self.rank, self.size = (group.rank, group.size) if group is not None else (0, 1)

    @staticmethod
    def start(tp: int | None) -> TensorParallel:
        """What `--tp` asks for: one rank without it, else the launcher's `tp` ranks (checked: minic.dist.init)."""
        from minic.dist.group import init
        return TensorParallel() if tp is None else TensorParallel(init(tp))

    def part(self, count: int, what: str) -> int:
        """This rank's share of `count` whole units (attention heads, hidden units); `what` names the dimension
        in the error when it does not divide."""
        if count % self.size:
            raise ShapeError(f"{what}={count} does not divide by --tp {self.size}: each rank takes an equal number "
                             f"of them (use a --tp that divides {count})")
        return count // self.size

    def reduce(self, partial: Tensor) -> Tensor:
        """A row-parallel layer's output: the sum of every rank's partial product."""
        return partial if self.size == 1 else allreduce(partial, self.group)

    def embed(self, table: Tensor, ids: Tensor) -> Tensor:
        """Rows of a vocab-parallel table (each rank holds `table.shape[0]` rows of the padded vocabulary, in rank
        order): each rank looks up the ids it holds (0 for the others) and the rows are summed over the ranks."""
        if self.size == 1:
            return table.embedding(ids)
        first, rows = table.shape[0] * self.rank, table.shape[0]
        local = ids - first
        mine = (local >= 0) & (local < rows)
        found = table.embedding(mine.where(local, 0)) * mine.cast(table.dtype).unsqueeze(-1)
        return allreduce(found, self.group)

    def vocab_logits(self, local: Tensor, vocab: int) -> Tensor:
        """Every rank's logits for its vocabulary rows, gathered along the last axis (padding dropped)."""
        if self.size == 1:
            return local
        full = allgather(local, axis=-1, group=self.group)
        return full[..., :vocab]


@dataclass(frozen=True)
class Split:
    """How one parameter is sharded: along `axis`, as `blocks` equal blocks (GPT-2's fused [q | k | v]: 3), each
    split evenly across the ranks; `pad` rounds the axis up to a multiple of the ranks (a vocabulary)."""
    axis: int
    blocks: int = 1
    pad: bool = False

    def local_shape(self, shape: tuple, size: int) -> tuple:
        """The shape of one rank's piece of a parameter of `shape` (checked by `piece`)."""
        axis = self.axis % len(shape)
        return tuple(-(-d // size) if i == axis and self.pad else d // size if i == axis else d
                     for i, d in enumerate(shape))

    def piece(self, read, shape: tuple, rank: int, size: int, name: str) -> np.ndarray:
        """This rank's piece; `read(index)` reads a slice of the stored tensor."""
        axis = self.axis % len(shape)
        dim = shape[axis]
        if self.pad:
            rows = -(-dim // size)
            lo, hi = min(rank * rows, dim), min((rank + 1) * rows, dim)
            got = read(_index(len(shape), axis, lo, hi))
            width = [(0, 0)] * len(shape)
            width[axis] = (0, rows - (hi - lo))
            return np.pad(got, width)
        block = dim // self.blocks
        if dim % self.blocks or block % size:
            blocks = f" = {self.blocks} blocks of {block}" if self.blocks > 1 else ""
            raise ShapeError(f"{name}: dim {axis} ({dim}{blocks}) does not split evenly across --tp {size}")
        part = block // size
        return np.concatenate([read(_index(len(shape), axis, b * block + rank * part, b * block + (rank + 1) * part))
                               for b in range(self.blocks)], axis=axis)


def _index(ndim: int, axis: int, lo: int, hi: int) -> tuple:
    return tuple(slice(lo, hi) if i == axis else slice(None) for i in range(ndim))


class ShardPlan:
    """Parameter name patterns (regular expressions, searched) -> Split; parameters no pattern names are
    replicated on every rank (norms, position embeddings, row-parallel biases)."""

    def __init__(self, splits: dict[str, Split]):
        self.splits = [(re.compile(p), s) for p, s in splits.items()]

    def split(self, name: str) -> Split | None:
        return next((s for p, s in self.splits if p.search(name)), None)

    def local_shapes(self, shapes: dict[str, tuple], size: int) -> dict[str, tuple]:
        """The shapes of one rank's pieces of parameters of full `shapes` (by name)."""
        return {k: s if (split := self.split(k)) is None else split.local_shape(s, size) for k, s in shapes.items()}


# GPT-2 stores its Conv1D weights [in, out]: column-parallel splits the outputs (last axis), row-parallel the
# inputs (axis 0). c_attn's outputs are [q | k | v], each split by heads.
GPT2_PLAN = ShardPlan({
    r"attn\.c_attn\.(weight|bias)$": Split(-1, blocks=3),
    r"mlp\.c_fc\.(weight|bias)$": Split(-1),
    r"(attn|mlp)\.c_proj\.weight$": Split(0),
    r"^wte\.weight$": Split(0, pad=True),
})

# LLaMA in the Hugging Face layout (nn.Linear weights [out, in]): q/k/v and gate/up split their outputs (axis
# 0), o_proj and down_proj their inputs (axis 1); the embedding and the untied head by vocabulary rows.
LLAMA_PLAN = ShardPlan({
    r"self_attn\.(q|k|v)_proj\.(weight|bias)$": Split(0),
    r"mlp\.(gate|up)_proj\.weight$": Split(0),
    r"self_attn\.o_proj\.weight$": Split(1),
    r"mlp\.down_proj\.weight$": Split(1),
    r"(embed_tokens|lm_head)\.weight$": Split(0, pad=True),
})


def safetensors_files(directory: Path) -> list[Path]:
    """The safetensors files of a checkpoint directory: model.safetensors, or the files its
    model.safetensors.index.json names (a checkpoint split into several files)."""
    single, index = directory / "model.safetensors", directory / "model.safetensors.index.json"
    if single.exists():
        return [single]
    if index.exists():
        return [directory / f for f in sorted(set(json.loads(index.read_text())["weight_map"].values()))]
    raise MinicError(f"{directory} holds neither model.safetensors nor model.safetensors.index.json: sharded "
                     f"loading (--tp) reads each rank's slices from safetensors (convert a pytorch_model.bin)")


def load_shards(directory: Path, shapes: dict[str, tuple], plan: ShardPlan, tp: TensorParallel,
                rename=lambda name: name) -> dict[str, np.ndarray]:
    """This rank's piece of every parameter in `shapes` (full shapes, by model name) from the safetensors of
    `directory`, as float32; `rename` maps a stored name to the model's name (None: ignore it)."""
    try:
        from safetensors import safe_open
    except ImportError:
        raise MinicError("sharded loading reads safetensors files: pip install safetensors") from None
    out: dict[str, np.ndarray] = {}
    for path in safetensors_files(directory):
        with safe_open(str(path), framework="numpy") as fh:
            for stored in fh.keys():
                name = rename(stored)
                if name is None or name in out:
                    continue
                if name not in shapes:
                    raise MinicError(f"{path}: unexpected tensor {stored!r}")
                sl = fh.get_slice(stored)
                shape = tuple(sl.get_shape())
                if shape != tuple(shapes[name]):
                    raise MinicError(f"{path}: tensor {stored!r} has shape {shape}, expected {tuple(shapes[name])}")
                split = plan.split(name)
                arr = sl[:] if split is None else split.piece(lambda i, s=sl: s[i], shape, tp.rank, tp.size, name)
                out[name] = np.asarray(arr, dtype=np.float32)
    missing = sorted(set(shapes) - set(out))
    if missing:
        raise MinicError(f"{directory}: tensor {missing[0]!r} is missing (expected shape {shapes[missing[0]]})")
    return out
