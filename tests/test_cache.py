"""Compile cache on disk: a second process reuses the first one's builds, and a corrupt entry is rebuilt."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import require

import minic
from minic import Tensor, Var
from minic.runtime import cache

ROOT = Path(__file__).resolve().parents[1]

# Runs a few kernels on one device and prints their results as JSON. With MINIC_TEST_NO_COMPILER=1
# the backend's compiler is replaced by one that fails, so success proves every build came from disk.
SCRIPT = r'''
import json, os, sys
import numpy as np
dev = sys.argv[1]
if os.environ.get("MINIC_TEST_NO_COMPILER"):
    from minic.runtime import clang, llvm
    def refuse(*a, **k):
        raise RuntimeError("compiler called although the disk cache should have served this kernel")
    clang.CDevice._compile = refuse
    llvm.LLVMDevice._object_code = refuse
import minic
from minic import Tensor, Var
x = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
t = Tensor(x, device=dev)
n = Var("n", 1, 8)
out = {
    "softmax": t.softmax(-1).numpy().tolist(),
    "matmul": (t @ t.T + 1).numpy().tolist(),
    "sym": (Tensor(x, shape=(n, 4), device=dev).sum(0) * 3).numpy().tolist(),
}
print(json.dumps(out))
'''


def expected() -> dict:
    x = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    e = np.exp(x - x.max(-1, keepdims=True))
    return {"softmax": e / e.sum(-1, keepdims=True), "matmul": x @ x.T + 1, "sym": x.sum(0) * 3}


def run(tmp_path: Path, device: str, cache_dir: Path, no_compiler: bool = False, **extra_env) -> dict:
    script = tmp_path / "cache_script.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "MINIC_CACHE": str(cache_dir), "PYTHONPATH": str(ROOT), **extra_env}
    env.pop("MINIC_DISABLE_DISK_CACHE", None)
    if no_compiler:
        env["MINIC_TEST_NO_COMPILER"] = "1"
    r = subprocess.run([sys.executable, str(script), device], capture_output=True, text=True, env=env, timeout=240)
    assert r.returncode == 0, f"subprocess failed:\n{r.stderr[-4000:]}"
    got = json.loads(r.stdout.strip().splitlines()[-1])
    for k, ref in expected().items():
        np.testing.assert_allclose(np.array(got[k]), ref, rtol=1e-5, atol=1e-6, err_msg=k)
    return got


def valid(blob: bytes) -> bool:
    """The entry format: MAGIC, sha256 of the payload, payload."""
    import hashlib
    head, digest, payload = blob[:len(cache.MAGIC)], blob[len(cache.MAGIC):len(cache.MAGIC) + 32], \
        blob[len(cache.MAGIC) + 32:]
    return head == cache.MAGIC and hashlib.sha256(payload).digest() == digest and len(payload) > 0


def entries(d: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if not p.name.startswith(".tmp")}


@pytest.fixture(params=["LLVM", "C"])
def compiled_device(request) -> str:
    return require(request.param)


def test_disk_cache_hit_across_processes(tmp_path, compiled_device):
    d = tmp_path / "cache"
    run(tmp_path, compiled_device, d)
    first = entries(d)
    assert first, "the first process wrote nothing to the cache"
    for blob in first.values():
        assert valid(blob)
    run(tmp_path, compiled_device, d, no_compiler=True)  # every kernel must come from disk
    assert entries(d) == first, "a cache hit must not rewrite entries"


@pytest.mark.parametrize("damage", ["truncate", "garble", "empty", "bad_magic"])
def test_corrupt_entry_is_rebuilt(tmp_path, compiled_device, damage):
    d = tmp_path / "cache"
    run(tmp_path, compiled_device, d)
    good = entries(d)
    for name, blob in good.items():
        p = d / name
        if damage == "truncate":
            p.write_bytes(blob[:len(blob) // 2])
        elif damage == "garble":
            b = bytearray(blob)
            for i in range(len(cache.MAGIC) + 40, len(b), 97):
                b[i] ^= 0xFF
            p.write_bytes(bytes(b))
        elif damage == "empty":
            p.write_bytes(b"")
        else:
            p.write_bytes(b"XXXXXX" + blob[6:])
    run(tmp_path, compiled_device, d)  # results still correct
    now = entries(d)
    assert set(now) == set(good), "every corrupt entry should be rebuilt under its key"
    for name, blob in now.items():
        assert valid(blob), f"entry {name} is still corrupt after the rebuild"
    run(tmp_path, compiled_device, d, no_compiler=True)


def test_compiler_flags_are_part_of_the_key(tmp_path):
    require("C")
    d = tmp_path / "cache"
    run(tmp_path, "C", d)
    first = set(entries(d))
    run(tmp_path, "C", d, MINIC_CFLAGS="-O1")
    assert set(entries(d)) > first, "a build with other flags must not reuse the old library"


def test_disable_disk_cache(tmp_path):
    d = tmp_path / "cache"
    run(tmp_path, "LLVM", d)  # sanity: a normal run writes
    assert entries(d)
    d2 = tmp_path / "cache2"
    script_env = {"MINIC_DISABLE_DISK_CACHE": "1"}
    script = tmp_path / "cache_script.py"
    env = {**os.environ, "MINIC_CACHE": str(d2), "PYTHONPATH": str(ROOT), **script_env}
    r = subprocess.run([sys.executable, str(script), "LLVM"], capture_output=True, text=True, env=env, timeout=240)
    assert r.returncode == 0, r.stderr[-4000:]
    assert not d2.exists() or not any(d2.iterdir())


# --- the cache module in-process --------------------------------------------------------------------------
@pytest.fixture
def cache_in(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("MINIC_CACHE", str(tmp_path / "c"))
    monkeypatch.delenv("MINIC_DISABLE_DISK_CACHE", raising=False)
    return tmp_path / "c"


def test_cached_builds_once(cache_in):
    calls = []
    build = lambda: calls.append(1) or b"payload-bytes"  # noqa: E731
    key = cache.key_of("test", "source text")
    assert cache.cached(key, build, ".bin") == b"payload-bytes"
    assert cache.cached(key, build, ".bin") == b"payload-bytes"
    assert len(calls) == 1
    assert (cache_in / (key + ".bin")).exists()


def test_read_rejects_corruption(cache_in):
    key = cache.key_of("x")
    cache.write(key, b"0123456789" * 10)
    assert cache.read(key) == b"0123456789" * 10
    p = cache_in / (key + ".bin")
    blob = p.read_bytes()
    p.write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))
    assert cache.read(key) is None
    p.write_bytes(blob[:10])
    assert cache.read(key) is None
    assert cache.read(cache.key_of("never written")) is None


def test_keys_differ():
    assert cache.key_of("c", "gcc", "-O3", "src") != cache.key_of("c", "gcc", "-O1", "src")
    assert cache.key_of("a", "bc") != cache.key_of("ab", "c")
    assert cache.key_of("same") == cache.key_of("same")


def test_unwritable_cache_dir_only_costs_a_rebuild(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("MINIC_CACHE", str(blocker / "sub"))
    monkeypatch.delenv("MINIC_DISABLE_DISK_CACHE", raising=False)
    assert cache.cached(cache.key_of("y"), lambda: b"built") == b"built"


# --- schedules on disk (minic/sched/stored.py) ------------------------------------------------------------
def _fresh_memory(monkeypatch):
    from minic import engine
    monkeypatch.setattr(engine, "_schedule_cache", {})


def test_schedules_come_back_from_disk(cache_in, monkeypatch):
    """A second process (here: an emptied in-memory cache) takes rule decisions and sources from disk:
    the rules are not run, and the answers are right for graphs that differ only in operand order."""
    from minic.sched import rules
    _fresh_memory(monkeypatch)  # other tests may have scheduled these kernels already (then nothing is written)
    a, b = np.arange(6, dtype=np.float32), np.full(6, 10, np.float32)
    (Tensor(a, device="LLVM") - Tensor(b, device="LLVM")).numpy()
    (Tensor(b, device="LLVM") - Tensor(a, device="LLVM")).numpy()
    assert list(cache_in.glob("*.sched"))
    _fresh_memory(monkeypatch)
    monkeypatch.setattr(rules, "choose", lambda *a, **k: pytest.fail("rules ran although the schedule was stored"))
    np.testing.assert_array_equal((Tensor(b, device="LLVM") - Tensor(a, device="LLVM")).numpy(), b - a)
    np.testing.assert_array_equal((Tensor(a, device="LLVM") - Tensor(b, device="LLVM")).numpy(), a - b)


def test_stored_schedule_keys_cover_bounds_and_rules(cache_in, monkeypatch):
    from minic.sched import rules, stored
    from minic.sched.fuse import fuse

    def text(t):
        (kg,) = fuse([t.node], t.device, t.var_vals)
        return stored.canonical(kg, "LLVM", minic.get_device("LLVM").target)

    x = np.ones((3, 4), np.float32)
    small, big = Var("n", 1, 8), Var("n", 1, 64)
    assert text(Tensor(x, shape=(small, 4)).sum(1)) != text(Tensor(x, shape=(big, 4)).sum(1))
    plain = text(Tensor(x).exp())
    rules.disable("Elementwise")
    try:
        assert text(Tensor(x).exp()) != plain
    finally:
        rules.enable("Elementwise")

    class Mine(rules.Rule):
        name = "Mine"

        def why_not(self, graph, target):
            return "never"

    rules.register(Mine())
    try:
        assert text(Tensor(x).exp()) is None  # a user's rule in play: nothing is stored or served
    finally:
        rules.unregister("Mine")
