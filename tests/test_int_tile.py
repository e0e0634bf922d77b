"""The CPU Matmul's integer tiles over packed weights (rules/cpu_int_tile.py): which products take them, and that
every row, column, chunk and edge matches numpy within x's int16 rounding."""
from __future__ import annotations

import numpy as np
import pytest

from minic import Tensor, Var, quant
from minic.engine import kernel_graphs
from minic.runtime.registry import get_device
from minic.sched import rules
from minic.sched.rules import cpu_int_dot
from minic.sched.rules.cpu_int_tile import CpuIntTileSettings
from minic.sched.rules.settings import tune
from tests.test_int_dot import close, int_error_bound

rng = np.random.default_rng(31)
K = 2048  # ProductSettings.int_chunk_min_k: shorter rows keep the float tiles
# (Q8_0's one bit plane a block: the block's two halves pair up in the words, cpu_int_tile.paired)
INT_TILES = ["q4_0", "q4_1", "q8_0", "q4g32", "q4_k", "q5_k", "q3_k", "q2_k", "q6_k"]


@pytest.fixture
def llvm():
    """The LLVM device with the integer tiles on: by default only with AVX-512 (CpuIntTileSettings.defaults, for
    speed), but they compute the same on any CPU with pairwise integer products, which these tests check."""
    dev = get_device("LLVM")
    if not (dev.target.int_dot and dev.target.pair_dot):
        pytest.skip("this CPU's target has no pairwise integer products (Target.int_dot, pair_dot)")
    base = dev.target
    dev.target = tune(base, CpuIntTileSettings, enabled=True)
    yield dev
    dev.target = base


def product(fmt: str, rows: int, out: int = 40, cols: int = K, device: str = "LLVM", x: np.ndarray | None = None):
    """(minic's x @ w.T over a symbolic row count, numpy's of the dequantized weight, the error bound of each
    output, what the kernel's rule says it does)."""
    w = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), fmt, device=device)
    x = rng.standard_normal((rows, cols)).astype(np.float32) if x is None else x
    y = quant.linear(Tensor(x, shape=(Var("n", 1, 512), cols), device=device), w)
    dev = get_device(device)
    (kg,) = kernel_graphs([y.node], y.var_vals, y.device, dev.target)
    text = rules.choose(kg, dev.target).rule.describe(kg, dev.target)
    want = x @ w.numpy().T
    return y.numpy(), want, int_error_bound(x, w.numpy(), w.format.block, xq_max(text)), text


def xq_max(text: str) -> int:
    """x's largest code in the tiles `text` (a rule's describe) says: int8 with byte products (dot4), else int16."""
    return cpu_int_dot.XQ_MAX_BYTES if "x rounded to int8" in text else cpu_int_dot.XQ_MAX


BYTE_CODES = {"q4_0": "", "q4_1": "", "q8_0": ", shifted by 128", "q4g32": ""}  # the rest fold sub-block scales


@pytest.mark.parametrize("fmt", INT_TILES)
def test_formats_take_integer_tiles(llvm, fmt):
    """45 rows (past the GEMV chunks' 32, a partial last tile of 6) by 40 columns (a partial panel of 32): by
    default int16 pair words (x's byte rounding is opt-in: CpuIntTileSettings.quad_dot)."""
    got, want, bound, text = product(fmt, 45)
    assert "integer tiles" in text and "pairwise multiply-adds (dot2)" in text, text
    close(got, want, bound)


@pytest.mark.parametrize("fmt", INT_TILES)
def test_byte_products_where_the_codes_are_bytes(llvm, fmt):
    """CpuIntTileSettings.quad_dot on, with AVX512-VNNI: a weight of byte codes takes byte products (dot4, x in
    int8: checked within int8's rounding), a K-quant's folded codes keep the pairs."""
    if not llvm.target.quad_dot:
        pytest.skip("this CPU has no AVX512-VNNI (Target.quad_dot): no dot4")
    llvm.target = tune(llvm.target, CpuIntTileSettings, quad_dot=True)
    got, want, bound, text = product(fmt, 45)
    quads = fmt in BYTE_CODES
    assert ("byte multiply-adds (dot4)" in text) == quads and "integer tiles" in text, text
    if quads:
        assert f"four byte codes a word{BYTE_CODES[fmt]}," in text and "x rounded to int8" in text, text
    close(got, want, bound)


@pytest.mark.parametrize("fmt", INT_TILES)
def test_largest_sums_stay_inside_int32(llvm, fmt):
    """x all ones (every code of x the largest, 32767) against weights all positive near their block's top (a
    K-quant's sub-block scales near their largest): a block's 256 products of Q4_K's folded codes (up to 15 x 63)
    would overflow int32, so the tile converts every few pair steps (steps_between_conversions)."""
    w = quant.quantize(rng.uniform(0.5, 1.0, (40, K)).astype(np.float32), fmt, device="LLVM")
    x = np.ones((45, K), np.float32)
    y = quant.linear(Tensor(x, shape=(Var("n", 1, 512), K)), w)
    close(y.numpy(), x @ w.numpy().T, int_error_bound(x, w.numpy(), w.format.block))


@pytest.mark.parametrize("rows", [33, 47, 100])
def test_rows_in_several_chunks(llvm, rows):
    """Staging 12 rows at a time: M in equal chunks (each packs the panels again), the last one partial."""
    llvm.target = tune(llvm.target, CpuIntTileSettings, staged_bytes=2 * K * 12)
    got, want, bound, text = product("q4_0", rows, out=70)
    assert "in chunks of 12 rows" in text, text
    close(got, want, bound)


@pytest.mark.parametrize("fmt,cols", [("q4_0", 1024), ("nf4", K), ("iq4_nl", K)])
def test_others_keep_the_float_tiles(llvm, fmt, cols):
    """Rows shorter than int_chunk_min_k (a small model's prefill keeps the float tiles' precision), dequants that
    are not affine per plane (NF4's and IQ4_NL's codebooks)."""
    got, want, _, text = product(fmt, 45, cols=cols)
    assert "integer tiles" not in text and "register tiles" in text, text
    close(got, want, 1e-5)


def test_setting_off_and_c_keep_the_float_tiles(llvm):
    """`CpuIntTileSettings(enabled=False)`, and C (its renderer has no pairwise multiply-add)."""
    llvm.target = tune(llvm.target, CpuIntTileSettings, enabled=False)
    got, want, _, text = product("q4_1", 45)
    assert "integer tiles" not in text, text
    close(got, want, 1e-5)
    if get_device("C").target.pair_dot:
        pytest.fail("C is not expected to render dot2")
    got, want, _, text = product("q4_1", 45, device="C")
    assert "integer tiles" not in text, text
    close(got, want, 1e-5)


def test_non_finite_x_stays_in_its_row(llvm):
    """A NaN in one row makes that row's outputs NaN and leaves the other rows exact (a row's blocks are scaled on
    their own); an all-zero row gives zeros."""
    x = rng.standard_normal((45, K)).astype(np.float32)
    x[7, 100] = np.nan
    x[20] = 0.0
    got, want, bound, text = product("q4_0", 45, x=x)
    assert "integer tiles" in text
    assert np.isnan(got[7]).all()
    keep = np.arange(45) != 7
    assert (got[20] == 0).all()
    close(got[keep], want[keep], bound[keep])


def test_bias_and_activation_epilogue(llvm):
    """The tile's epilogue: a bias, then ReLU, fused into the product's kernel."""
    w = quant.quantize((rng.standard_normal((40, K)) * 0.05).astype(np.float32), "q4_1", device="LLVM")
    bias = rng.standard_normal(40).astype(np.float32)
    x = rng.standard_normal((50, K)).astype(np.float32)
    y = quant.linear(Tensor(x, shape=(Var("n", 1, 512), K)), w, bias=Tensor(bias)).relu()
    (kernel,) = y.schedule()
    text = kernel.loop.to_text()
    assert "iacc" in text  # the integer tiles' accumulators
    want = np.maximum(x @ w.numpy().T + bias, 0)
    xq = cpu_int_dot.XQ_MAX_BYTES if "dot4" in text else cpu_int_dot.XQ_MAX
    close(y.numpy(), want, int_error_bound(x, w.numpy(), 32, xq))


def test_on_by_default_with_avx512_only():
    """The integer tiles are on by default with 16-lane vectors (AVX-512, VNNI's vpdpwssd) only: with 8 lanes a
    product pair is two instructions, the float tiles' rate, untimed (CpuIntTileSettings.defaults)."""
    import dataclasses

    from minic.sched.rules.settings import settings
    target = get_device("LLVM").target
    assert settings(CpuIntTileSettings, dataclasses.replace(target, vector_bytes=64, tuning=())).enabled
    assert not settings(CpuIntTileSettings, dataclasses.replace(target, vector_bytes=32, tuning=())).enabled


def test_rows_too_long_for_the_stack_keep_the_float_tiles(llvm):
    """A panel whose K would not fit a core's stack (here: a limit set below K = 2,048's) keeps the float tiles."""
    llvm.target = tune(llvm.target, CpuIntTileSettings, panel_bytes=2 * K * 38 - 1)
    got, want, _, text = product("q4_0", 45)
    assert "integer tiles" not in text, text
    close(got, want, 1e-5)
