"""What the CPU backends share: host memory and running a kernel on every core.

A kernel's `parallel` loop takes (share, shares) and does that share; the
runtime runs `cores` shares on the calling thread and a `Team` of cores - 1
worker threads. A Python thread pool costs as much per launch (waking a
sleeping thread, then the GIL) as a decode GEMV's whole share (bench/README.md
has the numbers), so the workers live in native code: after a job each spins for a while on a
generation counter and joins the next job without Python or the OS; a worker
idle for `Team.SPIN_US` sleeps. On Linux it sleeps in native code too, on a
futex over the generation counter that posting a job wakes, so a worker never
needs the GIL again: one that went back to Python to sleep on an Event had to
win the GIL from the thread that launches (which holds it but for the native
calls) before it could rejoin, and on a busy machine it lost, leaving every
share to the calling thread. Elsewhere, and at exit, it sleeps on an Event.
Shares are claimed from a counter by whichever thread comes first, so a launch
never waits for a worker that is asleep or descheduled to start.
"""
from __future__ import annotations

import atexit
import ctypes
import os
import platform
import sys
import threading
import time

import numpy as np
from llvmlite import binding as llvm
from llvmlite import ir

from minic.runtime.device import Device, Program, has_parallel_loop, packed_arguments
from minic.sched.target import Target, cpu_target

I32, I64 = ir.IntType(32), ir.IntType(64)
BYTES = ir.IntType(8).as_pointer()
WORDS = I64.as_pointer()
TRAMPOLINE = ir.FunctionType(ir.VoidType(), [BYTES, WORDS, I32, I32])  # (kernel, args, core, ncores)
# control block (int64 words): the job's generation, its shares not yet finished, the next share to claim, its
# trampoline, kernel, argument array and share count, and whether idle workers sleep in native code (on a
# futex; else they return to Python); worker w's "asleep" flag at 8 * (w + 1), a cache line apart
GEN, PENDING, NEXT, TRAMP, FN, ARGS, NCORES, NATIVE_SLEEP = range(8)
POLL_S = 1e-4  # seconds between looks at the workers while waiting for them to leave native code
# the futex system call on little-endian Linux (the generation's low 32 bits are its first 4 bytes): its number
# per machine, and the operations on a futex private to this process
FUTEX_NR = {"x86_64": 202, "aarch64": 98} if sys.platform.startswith("linux") and sys.byteorder == "little" else {}
FUTEX_WAIT_PRIVATE, FUTEX_WAKE_PRIVATE = 128, 129


def _word(b: ir.IRBuilder, ctrl, i) -> ir.Value:
    return b.gep(ctrl, [i if isinstance(i, ir.Value) else I64(i)])


def _claim_shares(b: ir.IRBuilder, ctrl) -> None:
    """Claim shares of the posted job one at a time and run them until none is left. Any thread may run any
    share, so a job never waits for a worker that is asleep or descheduled to start."""
    fn = b.function
    head, run, done = (fn.append_basic_block(x) for x in ("claim", "share", "claimed"))
    b.branch(head)
    b.position_at_end(head)
    share = b.atomic_rmw("add", _word(b, ctrl, NEXT), I64(1), "seq_cst")
    n = b.load(_word(b, ctrl, NCORES))
    b.cbranch(b.icmp_signed("<", share, n), run, done)
    b.position_at_end(run)
    tramp = b.inttoptr(b.load(_word(b, ctrl, TRAMP)), TRAMPOLINE.as_pointer())
    b.call(tramp, [b.inttoptr(b.load(_word(b, ctrl, FN)), BYTES), b.inttoptr(b.load(_word(b, ctrl, ARGS)), WORDS),
                   b.trunc(share, I32), b.trunc(n, I32)])
    b.atomic_rmw("sub", _word(b, ctrl, PENDING), I64(1), "seq_cst")
    b.branch(head)
    b.position_at_end(done)


def _team_module(futex: tuple[int, int] | None) -> ir.Module:
    """work(ctrl, worker, seen, spins) -> seen: a worker's loop (returns when it goes to sleep in Python);
    post(ctrl, tramp, fn, args, shares) -> bit w set where worker w sleeps in Python and needs waking;
    join(ctrl, spins, claim) -> shares still running: claims shares when `claim`, then spins for the rest;
    wake(ctrl): wakes the workers sleeping in native code.
    `futex`: (the address of libc's syscall(), the futex call's number), where idle workers can sleep in native
    code while the control block's NATIVE_SLEEP is set. The sleep handshake is Dekker's: a worker raises its flag
    then re-reads the generation, post bumps the generation then reads the flags (both sequentially consistent),
    so one of them sees the other; a futex wait also returns at once when the generation moved."""
    mod = ir.Module("minic_team")
    pause = None
    if platform.machine().lower() in ("x86_64", "amd64", "i686", "x86"):
        pause = ir.Function(mod, ir.FunctionType(ir.VoidType(), []), "llvm.x86.sse2.pause")

    def relax(b):
        if pause is not None:
            b.call(pause, [])

    def atomic_load(b, p):
        return b.load_atomic(p, "seq_cst", 8)

    def futex_call(b, ctrl, op, value):
        syscall_t = ir.FunctionType(I64, [I64], var_arg=True)
        syscall = b.inttoptr(I64(futex[0]), syscall_t.as_pointer())
        b.call(syscall, [I64(futex[1]), b.ptrtoint(_word(b, ctrl, GEN), I64), I64(op), value, I64(0), I64(0),
                         I64(0)])

    def sleeps_natively(b, ctrl):
        return b.icmp_signed("!=", atomic_load(b, _word(b, ctrl, NATIVE_SLEEP)), I64(0))

    work = ir.Function(mod, ir.FunctionType(I64, [WORDS, I32, I64, I64]), "team_work")
    ctrl, worker, seen0, spins = work.args
    b = ir.IRBuilder(work.append_basic_block("entry"))
    flag = _word(b, ctrl, b.mul(b.add(b.sext(worker, I64), I64(1)), I64(8)))
    seen_p, i_p = b.alloca(I64), b.alloca(I64)
    b.store(seen0, seen_p)
    b.store(I64(0), i_p)
    b.store_atomic(I64(0), flag, "seq_cst", 8)
    loop, run, idle, sleep, out = (work.append_basic_block(n) for n in ("loop", "run", "idle", "sleep", "out"))
    b.branch(loop)
    b.position_at_end(loop)
    gen = atomic_load(b, _word(b, ctrl, GEN))
    b.cbranch(b.icmp_unsigned("!=", gen, b.load(seen_p)), run, idle)
    b.position_at_end(run)
    b.store(gen, seen_p)
    _claim_shares(b, ctrl)
    b.store(I64(0), i_p)
    b.branch(loop)
    b.position_at_end(idle)
    relax(b)
    i = b.add(b.load(i_p), I64(1))
    b.store(i, i_p)
    b.cbranch(b.icmp_signed("<", i, spins), loop, sleep)
    b.position_at_end(sleep)
    b.store_atomic(I64(1), flag, "seq_cst", 8)
    late = b.icmp_unsigned("!=", atomic_load(b, _word(b, ctrl, GEN)), b.load(seen_p))
    with b.if_then(late):  # a job came while the flag went up: lower it and take part
        b.store_atomic(I64(0), flag, "seq_cst", 8)
        b.store(I64(0), i_p)
        b.branch(loop)
    if futex is not None:
        with b.if_then(sleeps_natively(b, ctrl)):  # until post moves the generation past `seen`
            futex_call(b, ctrl, FUTEX_WAIT_PRIVATE, b.and_(b.load(seen_p), I64(0xFFFFFFFF)))
            b.store_atomic(I64(0), flag, "seq_cst", 8)
            b.store(I64(0), i_p)
            b.branch(loop)
    b.branch(out)
    b.position_at_end(out)
    b.ret(b.load(seen_p))

    post = ir.Function(mod, ir.FunctionType(I64, [WORDS, I64, I64, I64, I64, I64]), "team_post")
    ctrl, tramp, fn, args, n, workers = post.args
    b = ir.IRBuilder(post.append_basic_block("entry"))
    for slot, v in ((TRAMP, tramp), (FN, fn), (ARGS, args), (NCORES, n), (PENDING, n)):
        b.store(v, _word(b, ctrl, slot))
    b.store_atomic(I64(0), _word(b, ctrl, NEXT), "seq_cst", 8)  # the job's fields are in place before this
    b.atomic_rmw("add", _word(b, ctrl, GEN), I64(1), "seq_cst")
    mask_p, w_p = b.alloca(I64), b.alloca(I64)
    b.store(I64(0), mask_p)
    b.store(I64(1), w_p)
    head, body, done = (post.append_basic_block(x) for x in ("head", "body", "done"))
    b.branch(head)
    b.position_at_end(head)
    w = b.load(w_p)
    b.cbranch(b.icmp_signed("<=", w, workers), body, done)
    b.position_at_end(body)
    asleep = atomic_load(b, _word(b, ctrl, b.mul(b.add(w, I64(1)), I64(8))))
    b.store(b.or_(b.load(mask_p), b.shl(asleep, w)), mask_p)
    b.store(b.add(w, I64(1)), w_p)
    b.branch(head)
    b.position_at_end(done)
    if futex is not None:
        with b.if_then(b.and_(b.icmp_signed("!=", b.load(mask_p), I64(0)), sleeps_natively(b, ctrl))):
            futex_call(b, ctrl, FUTEX_WAKE_PRIVATE, I64(2**31 - 1))
            b.ret(I64(0))  # nobody for Python to wake
    b.ret(b.load(mask_p))

    wake = ir.Function(mod, ir.FunctionType(ir.VoidType(), [WORDS]), "team_wake")
    b = ir.IRBuilder(wake.append_basic_block("entry"))
    if futex is not None:
        futex_call(b, wake.args[0], FUTEX_WAKE_PRIVATE, I64(2**31 - 1))
    b.ret_void()

    join = ir.Function(mod, ir.FunctionType(I64, [WORDS, I64, I32]), "team_join")
    ctrl, spins, claim = join.args
    b = ir.IRBuilder(join.append_basic_block("entry"))
    with b.if_then(b.icmp_signed("!=", claim, I32(0))):
        _claim_shares(b, ctrl)
    i_p = b.alloca(I64)
    b.store(I64(0), i_p)
    head, body, done = (join.append_basic_block(x) for x in ("head", "body", "done"))
    b.branch(head)
    b.position_at_end(head)
    left = atomic_load(b, _word(b, ctrl, PENDING))
    i = b.load(i_p)
    b.cbranch(b.and_(b.icmp_signed(">", left, I64(0)), b.icmp_signed("<", i, spins)), body, done)
    b.position_at_end(body)
    relax(b)
    b.store(b.add(i, I64(1)), i_p)
    b.branch(head)
    b.position_at_end(done)
    b.ret(left)
    return mod


def _trampoline(nbufs: int, nvars: int) -> ir.Module:
    """tramp(kernel, args, core, ncores): calls a kernel taking `nbufs` pointers and `nvars` ints (then core,
    ncores) with its arguments read from an int64 array, so one worker loop can run any kernel."""
    mod = ir.Module("minic_tramp")
    fn = ir.Function(mod, TRAMPOLINE, f"tramp_{nbufs}_{nvars}")
    kernel, args, core, n = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    ktype = ir.FunctionType(ir.VoidType(), [BYTES] * nbufs + [I32] * (nvars + 2))
    vals = [b.load(b.gep(args, [I64(j)])) for j in range(nbufs + nvars)]
    vals = [b.inttoptr(v, BYTES) for v in vals[:nbufs]] + [b.trunc(v, I32) for v in vals[nbufs:]]
    b.call(b.bitcast(kernel, ktype.as_pointer()), vals + [core, n])
    b.ret_void()
    return mod


# A worker's stack: kernels keep their scratch there (a core's packed weight panel, an integer tile's rows of x: a
# few MB at most, rules/cpu_matmul.py and cpu_int_tile.py), which a platform's default thread stack may not hold
# (512 KB on macOS); the calling thread, which runs a share too, has the process's (8 MB on Linux by default).
WORKER_STACK_BYTES = 16 << 20


class Team:
    """cores - 1 worker threads that run kernels' shares in native code (see the module docstring)."""
    SPIN_US = 300  # a worker idle this long sleeps (where it sleeps in Python, the next launch wakes it: slow)

    def __init__(self, cores: int):
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        tm = llvm.Target.from_default_triple().create_target_machine(opt=2, jit=True)
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
        self.cores = cores
        self.ctrl = np.zeros(8 * (cores + 1), dtype=np.int64)
        self.ctrl_p = self.ctrl.ctypes.data
        nr = FUTEX_NR.get(platform.machine())
        futex = None if nr is None else (ctypes.cast(ctypes.CDLL(None).syscall, ctypes.c_void_p).value, nr)
        self._work = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_int32, ctypes.c_int64,
                                      ctypes.c_int64)(self._compile(_team_module(futex), "team_work"))
        self._post = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                      ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64)(
            self.engine.get_function_address("team_post"))  # the same module as team_work
        self._join = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64,
                                      ctypes.c_int32)(self.engine.get_function_address("team_join"))
        self._wake_native = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(self.engine.get_function_address("team_wake"))
        self.trampolines: dict = {}
        self.spins = self._calibrate()
        self.lock = threading.Lock()  # one launch at a time owns the control block
        self.wake = [threading.Event() for _ in range(cores)]
        self.parked = [threading.Event() for _ in range(cores)]  # worker w is in Python, out of the JIT's code
        self.ctrl[NATIVE_SLEEP] = futex is not None
        self._asleep = memoryview(self.ctrl)[8:8 * (cores + 1):8]  # live: _asleep[w] is worker w's flag
        # the workers that may sleep in Python, where a launch must wake them (none while they sleep natively)
        self._sleep_in_python = range(1, cores) if futex is None else range(0)
        before = threading.stack_size(WORKER_STACK_BYTES)  # kernels keep their scratch on the stack
        try:
            for w in range(1, cores):
                threading.Thread(target=self._worker, args=(w,), daemon=True, name=f"minic-core{w}").start()
        finally:
            threading.stack_size(before)
        atexit.register(self._quiesce)

    def _quiesce(self, timeout_s: float = 0.05) -> None:
        """At exit, bring every worker back to Python (it returns within SPIN_US of the last launch, or of being
        woken from its native sleep): the engine that holds the workers' code is freed during interpreter
        shutdown, under a worker still in it a crash on the way out."""
        self.ctrl[NATIVE_SLEEP] = 0
        self._sleep_in_python = range(1, self.cores)
        self._wake_native(self.ctrl_p)
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline and not all(self.parked[w].is_set() for w in range(1, self.cores)):
            time.sleep(POLL_S)

    def _compile(self, mod: ir.Module, name: str) -> int:
        """Add `mod` to the JIT; the address of its function `name`."""
        self.engine.add_module(llvm.parse_assembly(str(mod)))
        self.engine.finalize_object()
        return self.engine.get_function_address(name)

    def _calibrate(self) -> int:
        """Spin iterations in SPIN_US: time an idle worker loop on a control block nobody posts to."""
        idle = np.zeros(16, dtype=np.int64)
        n = 20000
        t0 = time.perf_counter()
        self._work(idle.ctypes.data, 0, 0, n)
        per_us = n / max((time.perf_counter() - t0) * 1e6, 1e-3)
        return max(1000, int(per_us * self.SPIN_US))

    def _worker(self, w: int) -> None:
        seen = 0
        while True:
            seen = self._work(self.ctrl_p, w, seen, self.spins)
            self.parked[w].set()
            self.wake[w].wait()
            self.wake[w].clear()
            self.parked[w].clear()

    def trampoline(self, nbufs: int, nvars: int) -> int:
        key = (nbufs, nvars)
        if key not in self.trampolines:
            self.trampolines[key] = self._compile(_trampoline(nbufs, nvars), f"tramp_{nbufs}_{nvars}")
        return self.trampolines[key]

    def wake_sleepers(self) -> None:
        """Wake the workers that went to sleep in Python, so that they join the next jobs (native code cannot
        wake them; where they sleep natively, posting a job does)."""
        asleep = self._asleep  # read through a memoryview: no array is made per call
        for w in self._sleep_in_python:
            if asleep[w]:
                self.wake[w].set()

    def run(self, fn: int, tramp: int, words: ctypes.Array) -> None:
        """Run kernel `fn` (at this address) with its arguments `words` (int64s) on every core; returns when all
        shares are done."""
        with self.lock:
            asleep = self._post(self.ctrl_p, tramp, fn, ctypes.addressof(words), self.cores, self.cores - 1)
            for w in range(1, self.cores):
                if asleep >> w & 1:
                    self.wake[w].set()  # it joins late, claiming what this thread has not taken yet
            claim = 1
            while self._join(self.ctrl_p, self.spins, claim):
                claim = 0
                time.sleep(0)  # a worker was descheduled in the middle of a share: let it run


def address(handle: np.ndarray) -> int:
    """Where a CPU buffer's memory starts; 4x quicker than `ndarray.ctypes.data`, which builds an object each time
    (it counts on a replayed or eager launch). CPU handles are writable arrays the device allocated."""
    return ctypes.addressof(ctypes.c_char.from_buffer(handle))


class CPUDevice(Device):
    compiled = True  # kernels run as machine code (PY: as Python)
    pair_dot = False  # the renderer has the loop IR's dot2 (Target.pair_dot)

    def make_target(self) -> Target:
        return cpu_target(self.name, self.compiled, self.pair_dot)

    def __init__(self):
        super().__init__()
        self.team = Team(self.target.cpu_cores) if self.target.cpu_cores > 1 else None

    def alloc(self, nbytes: int):
        return np.zeros(nbytes, dtype=np.uint8)

    def copyin(self, handle, data: np.ndarray) -> None:
        handle[:data.nbytes] = data.view(np.uint8).reshape(-1)

    def copyout(self, out: np.ndarray, handle) -> None:
        out.view(np.uint8).reshape(-1)[:] = handle[:out.nbytes]

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        args = [address(h) for h in handles] + list(var_values)
        if not prog.extra.get("parallel") or self.team is None:
            prog.fn(*args, 0, 1)
            return
        tramp = prog.extra.get("trampoline")
        if tramp is None:
            tramp = prog.extra["trampoline"] = self.team.trampoline(len(handles), len(var_values))
            prog.extra["address"] = ctypes.cast(prog.fn, ctypes.c_void_p).value
        words = packed_arguments(prog, tuple(args), lambda: (ctypes.c_int64 * len(args))(*args))
        self.team.run(prog.extra["address"], tramp, words)

    def free_bytes(self) -> int | None:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")

    def replayer(self, recording) -> tuple:
        """One native call per replay: runtime/cpu_replay.py."""
        from minic.runtime.cpu_replay import NativeReplay
        return NativeReplay(self, recording), ""

    @staticmethod
    def cfunc(address: int, prog_kernel) -> ctypes._CFuncPtr:
        argtypes = [ctypes.c_void_p] * len(prog_kernel.bufs) + [ctypes.c_int] * (len(prog_kernel.vars) + 2)
        return ctypes.CFUNCTYPE(None, *argtypes)(address)

    def program(self, source: str, kernel, fn, **extra) -> Program:
        return Program(kernel.name, source, fn, kernel, {"parallel": has_parallel_loop(kernel.body), **extra})
