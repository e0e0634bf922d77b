"""The CPU worker team: a worker that went to sleep joins the next job, and a process exits cleanly after it slept.

On Linux an idle worker sleeps in native code (a futex) and posting a job wakes it there; the job below can only
finish early when a second thread runs its other share, so it fails if a sleeping worker is never woken."""
import ctypes
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from llvmlite import ir

import minic
from minic.runtime.cpu import FUTEX_NR, I32, I64, Team

WAIT_ROUNDS = 100_000_000  # share 0 gives up waiting for share 1 after this many polls (about five seconds: under
#                            a loaded test run the worker once took longer than one second to be scheduled)


def _handshake_kernel() -> ir.Module:
    """k(flags, core, ncores): share 1 raises flags[1]; share 0 waits for it and writes flags[0] = 1 when it came
    (run by another thread), 2 when it gave up."""
    mod = ir.Module("handshake")
    fn = ir.Function(mod, ir.FunctionType(ir.VoidType(), [I64.as_pointer(), I32, I32]), "handshake")
    flags, core, _ = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    waiter, raiser, done = (fn.append_basic_block(x) for x in ("waiter", "raiser", "done"))
    b.cbranch(b.icmp_signed("==", core, I32(0)), waiter, raiser)
    b.position_at_end(raiser)
    b.store_atomic(I64(1), b.gep(flags, [I64(1)]), "seq_cst", 8)
    b.branch(done)
    b.position_at_end(waiter)
    i_p = b.alloca(I64)
    b.store(I64(0), i_p)
    poll, again, came, gave_up = (fn.append_basic_block(x) for x in ("poll", "again", "came", "gave_up"))
    b.branch(poll)
    b.position_at_end(poll)
    i = b.add(b.load(i_p), I64(1))
    b.store(i, i_p)
    raised = b.icmp_signed("!=", b.load_atomic(b.gep(flags, [I64(1)]), "seq_cst", 8), I64(0))
    b.cbranch(raised, came, again)
    b.position_at_end(again)
    b.cbranch(b.icmp_signed("<", i, I64(WAIT_ROUNDS)), poll, gave_up)
    b.position_at_end(came)
    b.store(I64(1), b.gep(flags, [I64(0)]))
    b.branch(done)
    b.position_at_end(gave_up)
    b.store(I64(2), b.gep(flags, [I64(0)]))
    b.branch(done)
    b.position_at_end(done)
    b.ret_void()
    return mod


@pytest.fixture(scope="module")
def handshake() -> Callable[[], int]:
    """Runs the handshake kernel on the LLVM device's team; returns flags[0]."""
    team = minic.get_device("LLVM").team
    if team is None or team.cores != 2:
        pytest.skip("needs a team of exactly one worker (a 2-core target): the handshake has two shares")
    kernel, tramp = team._compile(_handshake_kernel(), "handshake"), team.trampoline(1, 0)

    def run() -> int:
        flags = np.zeros(2, np.int64)
        team.run(kernel, tramp, (ctypes.c_int64 * 1)(flags.ctypes.data))
        return int(flags[0])
    return run


def test_a_sleeping_worker_joins_the_next_job(handshake):
    team = minic.get_device("LLVM").team
    assert handshake() == 1  # awake: the two shares ran on two threads
    time.sleep(50 * Team.SPIN_US * 1e-6)  # idle well past the spin: the worker sleeps
    assert team._asleep[1] == 1
    if FUTEX_NR.get(platform.machine()):
        assert not team.parked[1].is_set()  # asleep in native code, not back in Python
    assert handshake() == 1  # woken by the post, it ran share 1


def test_exit_after_the_workers_slept():
    code = ("import time, numpy as np, minic\n"
            "a = minic.Tensor(np.ones((256, 256), np.float32))\n"
            "(a @ a).numpy(); time.sleep(0.05)\n"  # the worker goes to sleep
            "(a @ a).numpy()\n")  # woken, it spins when the interpreter starts to shut down
    env = {**os.environ, "PYTHONPATH": str(Path(minic.__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
