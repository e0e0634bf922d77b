"""Neural-network functions written from Tensor primitives, as torch.nn.functional sits beside torch.Tensor.

Each is plain composition of elementwise ops, reductions and views, so the
scheduler sees the structure (a softmax is a max, an exp and a sum) and can fuse
and match it; nothing here is a kernel of its own. `Tensor` has a method for each
(`x.softmax(-1)` calls `softmax(x, -1)`).
"""
from __future__ import annotations

import math

from minic import dtype as dt
from minic.binding import fmt_shape
from minic.errors import MinicError, ShapeError
from minic.ir.node import Node
from minic.tensor import Tensor, _count


def _floating(x: Tensor) -> Tensor:
    return x if x.dtype.is_float else x.float()


# --- activations -----------------------------------------------------------------------------
def sigmoid(x: Tensor) -> Tensor:
    return 1.0 / (1.0 + (-_floating(x)).exp())


def relu(x: Tensor) -> Tensor:
    return x.maximum(0)


def silu(x: Tensor) -> Tensor:
    return x * sigmoid(x)


def gelu(x: Tensor, approximate: str = "tanh") -> Tensor:
    """GELU; approximate='tanh' (GPT-2's) or 'none'/'erf' (exact)."""
    x = _floating(x)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + (math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)).tanh())
    if approximate in ("none", "erf"):
        return 0.5 * x * (1.0 + (x * (1.0 / math.sqrt(2.0))).erf())
    raise MinicError(f"gelu approximate must be 'tanh' or 'erf', got {approximate!r}")


# --- normalisation ---------------------------------------------------------------------------
def softmax(x: Tensor, axis: int = -1) -> Tensor:
    x = _floating(x)
    e = (x - x.max(axis, keepdim=True)).exp()
    return e / e.sum(axis, keepdim=True)


def log_softmax(x: Tensor, axis: int = -1) -> Tensor:
    x = _floating(x)
    shifted = x - x.max(axis, keepdim=True)
    return shifted - shifted.exp().sum(axis, keepdim=True).log()


def layer_norm(x: Tensor, weight: Tensor | None = None, bias: Tensor | None = None, eps: float = 1e-5,
               axis: int = -1) -> Tensor:
    x = _floating(x)
    diff = x - x.mean(axis, keepdim=True)
    out = diff * ((diff * diff).mean(axis, keepdim=True) + eps).rsqrt()
    if weight is not None:
        out = out * weight
    return out + bias if bias is not None else out


def rms_norm(x: Tensor, weight: Tensor | None = None, eps: float = 1e-6, axis: int = -1) -> Tensor:
    x = _floating(x)
    out = x * ((x * x).mean(axis, keepdim=True) + eps).rsqrt()
    return out * weight if weight is not None else out


# --- products --------------------------------------------------------------------------------
def matmul(x: Tensor, other: Tensor) -> Tensor:
    """x @ other with numpy's rules for 1-D operands and batch dims: a broadcast product summed over K."""
    a, b = x, other
    if a.ndim == 0 or b.ndim == 0:
        raise ShapeError("matmul needs tensors with at least 1 dim")
    va, vb = a.ndim == 1, b.ndim == 1
    if va:
        a = a.unsqueeze(0)
    if vb:
        b = b.unsqueeze(-1)
    k1, k2 = a.shape[-1], b.shape[-2]
    if not k1 == k2:
        raise ShapeError(f"matmul: {fmt_shape(x.shape)} @ {fmt_shape(other.shape)}: contracted dims differ "
                         f"({k1} vs {k2})")
    out = (a.unsqueeze(-1) * b.unsqueeze(-3)).sum(-2)  # [..., M, K, N] summed over K
    if va:
        out = out.squeeze(-2)
    if vb:
        out = out.squeeze(-1)
    return out


def linear(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    out = x @ weight
    return out + bias if bias is not None else out


def embedding(table: Tensor, ids: Tensor) -> Tensor:
    """Rows of a [vocab, dim] table for integer `ids` (any shape)."""
    if table.ndim != 2:
        raise ShapeError(f"embedding table must be 2-D [vocab, dim], got {fmt_shape(table.shape)}")
    return table[ids]


def scaled_dot_product_attention(q: Tensor, key: Tensor, value: Tensor, mask: Tensor | None = None,
                                 causal: bool = False, scale: float | None = None,
                                 softcap: float | None = None) -> Tensor:
    """softmax(q @ k^T * scale + mask) @ v over the last two dims; q is [..., n, d].

    causal=True lets query i see keys j <= i + (m - n), the KV-cache convention where the
    n queries are the last n of the m keys. `softcap` bounds the scores before the mask, as Gemma 2 does:
    s -> softcap * tanh(s / softcap)."""
    d = q.shape[-1]
    if not isinstance(d, int):
        raise ShapeError(f"attention head dim must be static, got {d}")
    scores = (q @ key.transpose(-2, -1)) * (scale if scale is not None else 1.0 / math.sqrt(d))
    if softcap is not None:
        if not softcap > 0:
            raise ValueError(f"softcap must be a positive number, got {softcap!r}")
        scores = (scores / softcap).tanh() * softcap
    if mask is not None:
        scores = mask.where(scores, float("-inf")) if mask.dtype == dt.bool_ else scores + mask
    if causal and q.shape[-2] != 1:  # one query row (decode) is the last position: it sees every key
        n, m = q.shape[-2], key.shape[-2]
        row = Tensor._of(Node("INDEX", (), scores.ndim - 2, dt.int32, scores.shape), {}, q.device)
        col = Tensor._of(Node("INDEX", (), scores.ndim - 1, dt.int32, scores.shape), {}, q.device)
        offset = m - n
        allowed = col <= (row + offset if isinstance(offset, int) else row + _count(q, offset).cast(dt.int32))
        scores = allowed.where(scores, float("-inf"))
    return softmax(scores, -1) @ value


# installed as Tensor methods: x.softmax(-1) is softmax(x, -1)
for _fn in (sigmoid, relu, silu, gelu, softmax, log_softmax, layer_norm, rms_norm, matmul, linear, embedding,
            scaled_dot_product_attention):
    setattr(Tensor, _fn.__name__, _fn)


def _rmatmul(x: Tensor, other) -> Tensor:
    """array @ tensor: the array becomes a tensor on the same device."""
    return matmul(Tensor(other, device=x.device), x)


Tensor.__matmul__ = matmul
Tensor.__rmatmul__ = _rmatmul
