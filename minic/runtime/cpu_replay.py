"""Native replay on the CPU: one call into compiled code runs a whole jit recording.

A replayed decode step on LLVM or C is a table of launches, each a kernel address, a trampoline (which
unpacks an int64 argument array into the kernel's parameters, see runtime/cpu.py) and its argument words,
which hold fixed buffer addresses and are built once. What changes per call (the argument and output buffer
addresses, the Var values) sits in a small `values` array; a patch list says which word takes which value.
`replay(header)`, a function generated once in LLVM IR, writes the patches, then walks the table: a serial
kernel is called on this thread, a parallel one is posted to the worker team and joined, as
`Team.run` does, without coming back to Python between kernels.

Temporaries come from an `Arena` sized for the Vars' bounds; outputs get fresh memory each call (their
addresses are patched in), so a returned tensor is never overwritten by a later call. That memory is carved from
blocks whose address is known (`OutputBlocks`): an output costs a slice, not an allocation and an address
look-up, which counts when a whole decode step's Python is tens of microseconds.
"""
from __future__ import annotations

import ctypes
import threading
import time

import numpy as np
from llvmlite import binding as llvm
from llvmlite import ir

from minic.dtype import int32
from minic.errors import ShapeError
from minic.ir.node import toposort
from minic.ir.view import prod
from minic.runtime.buffer import Buffer
from minic.runtime.cpu import BYTES, I32, I64, TRAMPOLINE, WORDS, _trampoline, address
from minic.runtime.replay import Arena, Recording, elements, largest
from minic.scope import qualified

# header words of one replay: the team's control block, team_post, team_join, spin count and cores, and the
# OS's sched_yield; the launch table (4 words a launch: kernel, trampoline, argument words, parallel), the patch
# list (2 words a patch: address of an argument word, index into values) and the values; the OS's clock_gettime
# and its clock id, and two timespecs (2 words each) it fills as the replay starts and ends; then a chain's
# words (NativeReplay.run_chain): how many runs, the int32 elements each feeds back (0: none), the values indices
# of the output fed back, of the argument it feeds and of the Var that counts up, where the outputs collect, and
# the chain's own memory the fed argument moves to after the first run (the caller's tensor is never written);
# the stop values (int32) and how many: a run whose output elements are all among them is the chain's last; and
# the runs the driver made (its answer)
CTRL, POST, JOIN, SPINS, CORES, YIELD, NLAUNCH, LAUNCHES, NPATCH, PATCHES, VALUES, CLOCK, CLOCK_ID = range(13)
T0, T1 = 13, 15
RUNS, FEED_WORDS, FEED_FROM, FEED_TO, COUNT_VAR, COLLECT, FEED_MEMORY, STOPS, NSTOPS, RAN = range(17, 27)
STAMPS = 27  # 0, or where each launch's end time goes (a timespec, 2 words, a launch), then the run's start:
#             NativeReplay.time_launches
HEADER_WORDS = 28
I1 = ir.IntType(1)
POST_T = ir.FunctionType(I64, [WORDS, I64, I64, I64, I64, I64])
JOIN_T = ir.FunctionType(I64, [WORDS, I64, I32])
YIELD_T = ir.FunctionType(I32, [])
CLOCK_T = ir.FunctionType(I32, [I32, WORDS])  # clock_gettime(clock id, struct timespec *): two 64-bit words
# a parallel kernel with fewer elements of work than this (at the Vars' bounds) runs on the calling thread alone:
# posting it to the team and joining costs about what splitting it saves, and on a busy machine a worker descheduled
# in the middle of its share holds up the join (bench/README.md: tiny GPT-2's decode, all of whose kernels are less)
TEAM_MIN_WORK = 1 << 15


def _driver_module() -> ir.Module:
    """replay(header): apply the patches, then run every launch of the table in order, between two readings of
    the clock (so a caller can tell the native run's time from its own); RUNS times over, each run after the
    first taking the previous run's output as an argument and the counting Var one higher (a chain), up to a run
    whose output is all stop values; RAN says how many ran."""
    mod = ir.Module("minic_replay")
    fn = ir.Function(mod, ir.FunctionType(ir.VoidType(), [WORDS]), "minic_replay")
    (head,) = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))

    def word(base, i):
        return b.load(b.gep(base, [i if isinstance(i, ir.Value) else I64(i)]))

    def table(i):
        return b.inttoptr(word(head, i), WORDS)

    def slot(ty):  # a stack slot made once, in the entry block, however often the code using it runs
        with b.goto_entry_block():
            return b.alloca(ty)

    def counted_loop(count, body):
        """for i in range(count): body(i); a body that returns an i1 leaves the loop after an i where it is true.
        Returns how many times the body ran."""
        i_p = slot(I64)
        b.store(I64(0), i_p)
        test, run, done = (fn.append_basic_block(x) for x in ("test", "body", "done"))
        b.branch(test)
        b.position_at_end(test)
        i = b.load(i_p)
        b.cbranch(b.icmp_signed("<", i, count), run, done)
        b.position_at_end(run)
        leave = body(i)
        b.store(b.add(b.load(i_p), I64(1)), i_p)
        if leave is None:
            b.branch(test)
        else:
            b.cbranch(leave, done, test)
        b.position_at_end(done)
        return b.load(i_p)

    patches, values, launches = table(PATCHES), table(VALUES), table(LAUNCHES)

    def clock(at, base=None):
        read = b.inttoptr(word(head, CLOCK), CLOCK_T.as_pointer())
        b.call(read, [b.trunc(word(head, CLOCK_ID), I32), b.gep(head if base is None else base, [at])])

    def patch(i):
        at = b.mul(i, I64(2))
        target = b.inttoptr(word(patches, at), WORDS)
        b.store(word(values, word(patches, b.add(at, I64(1)))), target)

    def launch(i):
        at = b.mul(i, I64(4))
        kernel = b.inttoptr(word(launches, at), BYTES)
        tramp_word = word(launches, b.add(at, I64(1)))
        args_word = word(launches, b.add(at, I64(2)))
        parallel = b.icmp_signed("!=", word(launches, b.add(at, I64(3))), I64(0))
        with b.if_else(parallel) as (team, alone):
            with team:
                ctrl, cores = table(CTRL), word(head, CORES)
                post = b.inttoptr(word(head, POST), POST_T.as_pointer())
                b.call(post, [ctrl, tramp_word, b.ptrtoint(kernel, I64), args_word, cores, b.sub(cores, I64(1))])
                join = b.inttoptr(word(head, JOIN), JOIN_T.as_pointer())
                claim_p = slot(I32)
                b.store(I32(1), claim_p)
                wait, again, joined = (fn.append_basic_block(x) for x in ("join", "again", "joined"))
                b.branch(wait)
                b.position_at_end(wait)
                left = b.call(join, [ctrl, word(head, SPINS), b.load(claim_p)])
                b.cbranch(b.icmp_signed("!=", left, I64(0)), again, joined)
                b.position_at_end(again)
                b.store(I32(0), claim_p)  # shares still run on a worker: keep joining, claim nothing more
                b.call(b.inttoptr(word(head, YIELD), YIELD_T.as_pointer()), [])  # it may be descheduled: let it run
                b.branch(wait)
                b.position_at_end(joined)
            with alone:
                tramp = b.inttoptr(tramp_word, TRAMPOLINE.as_pointer())
                b.call(tramp, [kernel, b.inttoptr(args_word, WORDS), I32(0), I32(1)])
        with b.if_then(b.icmp_signed("!=", word(head, STAMPS), I64(0))):
            clock(b.mul(i, I64(2)), table(STAMPS))

    def feed_back(run, stop_p):
        """The run's output to the results and into the next run's argument; the Var counts up; `stop_p` says
        whether every element of the output is a stop value (no stop values: never)."""
        count = word(head, FEED_WORDS)
        src = b.inttoptr(word(values, word(head, FEED_FROM)), I32.as_pointer())
        dst = b.inttoptr(word(head, FEED_MEMORY), I32.as_pointer())
        b.store(word(head, FEED_MEMORY), b.gep(values, [word(head, FEED_TO)]))  # the argument is the chain's now
        collect = b.inttoptr(word(head, COLLECT), I32.as_pointer())
        stops = b.inttoptr(word(head, STOPS), I32.as_pointer())
        b.store(b.icmp_signed("!=", word(head, NSTOPS), I64(0)), stop_p)
        found_p = slot(I1)

        def element(i):
            v = b.load(b.gep(src, [i]))
            b.store(v, b.gep(dst, [i]))
            b.store(v, b.gep(collect, [b.add(b.mul(run, count), i)]))
            b.store(I1(0), found_p)

            def compare(j):
                b.store(b.or_(b.load(found_p), b.icmp_signed("==", v, b.load(b.gep(stops, [j])))), found_p)
            counted_loop(word(head, NSTOPS), compare)
            b.store(b.and_(b.load(stop_p), b.load(found_p)), stop_p)
        counted_loop(count, element)
        var = b.gep(values, [word(head, COUNT_VAR)])
        b.store(b.add(b.load(var), I64(1)), var)

    def one_run(run):
        with b.if_then(b.icmp_signed("!=", word(head, STAMPS), I64(0))):  # each run's own start (a chain has many)
            clock(b.mul(word(head, NLAUNCH), I64(2)), table(STAMPS))
        counted_loop(word(head, NPATCH), patch)
        counted_loop(word(head, NLAUNCH), launch)
        stop_p = slot(I1)
        b.store(I1(0), stop_p)
        with b.if_then(b.icmp_signed("!=", word(head, FEED_WORDS), I64(0))):
            feed_back(run, stop_p)
        return b.load(stop_p)

    clock(I64(T0))
    b.store(counted_loop(word(head, RUNS), one_run), b.gep(head, [I64(RAN)]))
    clock(I64(T1))
    b.ret_void()
    return mod


class _Native:
    """One JIT engine for the replay driver and the trampolines it calls (made once per process)."""
    _instance: _Native | None = None

    def __init__(self):
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        tm = llvm.Target.from_default_triple().create_target_machine(opt=2, jit=True)
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
        self.driver = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(self._add(_driver_module(), "minic_replay"))
        self.trampolines: dict = {}

    @classmethod
    def get(cls) -> _Native:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def _add(self, mod: ir.Module, name: str) -> int:
        self.engine.add_module(llvm.parse_assembly(str(mod)))
        self.engine.finalize_object()
        return self.engine.get_function_address(name)

    def trampoline(self, nbufs: int, nvars: int) -> int:
        key = (nbufs, nvars)
        if key not in self.trampolines:
            self.trampolines[key] = self._add(_trampoline(nbufs, nvars), f"tramp_{nbufs}_{nvars}")
        return self.trampolines[key]


def _work_at_bounds(kg) -> int:
    """A kernel's work with every Var at its bound: the most elements any of its operations computes (a reduction:
    the elements it reads)."""
    work = 1
    for n in toposort([kg.root]):
        if n.op == "REDUCE":
            work = max(work, largest(prod(n.src[0].shape)))
        elif n.op not in ("BUFFER", "CONST", "VIEW"):
            work = max(work, largest(prod(n.shape)))
    return work


def _libc_address(name: str) -> int:
    return ctypes.cast(getattr(ctypes.CDLL(None), name), ctypes.c_void_p).value


def _words(values: list[int]) -> np.ndarray:
    return np.array(values, dtype=np.int64)


class OutputBlocks:
    """Fresh host memory for replay outputs, carved in order from BLOCK-byte blocks (a larger output gets its own).
    A piece is a view of its block, so a block lives while any output carved from it does; pieces start on
    ALIGN-byte boundaries, as aligned as an allocation of their own."""

    BLOCK, ALIGN = 1 << 16, 64

    def __init__(self):
        self.block, self.base, self.used = None, 0, self.BLOCK

    def take(self, nbytes: int) -> tuple[np.ndarray, int]:
        """(a fresh uint8 array of at least `nbytes`, its address)."""
        size = -(-max(nbytes, 16) // self.ALIGN) * self.ALIGN
        if size > self.BLOCK:
            mem = np.empty(size + self.ALIGN, np.uint8)
            skip = -address(mem) % self.ALIGN
            return mem[skip:skip + size], address(mem) + skip
        if self.used + size > self.BLOCK:
            self.block = np.empty(self.BLOCK + self.ALIGN, np.uint8)
            self.used = -address(self.block) % self.ALIGN
            self.base = address(self.block)
        at = self.used
        self.used = at + size
        return self.block[at:at + size], self.base + at


class NativeReplay:
    """A recording as a launch table run by one native call (see the module docstring)."""

    kind = "native"

    def __init__(self, device, rec: Recording):
        self.device, self.rec = device, rec
        native = _Native.get()
        team = device.team
        self.outs = rec.temp_outputs
        self.arena = Arena(rec, keep=set(), skip=set(self.outs))
        self.nargs = sum(1 for spec in rec.slots if spec[0] == "arg")
        # values: [argument slot addresses..., output slot addresses..., Var values...]
        value_of: dict = {}
        for s, spec in enumerate(rec.slots):
            if spec[0] == "arg":
                value_of[("slot", s)] = spec[1]
        for j, s in enumerate(self.outs):
            value_of[("slot", s)] = self.nargs + j
        self.var_names = rec.var_names
        for j, nm in enumerate(self.var_names):
            value_of[("var", nm)] = self.nargs + len(self.outs) + j
        self.values = np.zeros(self.nargs + len(self.outs) + len(self.var_names), dtype=np.int64)
        self.arg_words: list[np.ndarray] = []  # kept alive: the table points into them
        launches, patches = [], []
        for st in rec.steps:
            words = np.zeros(len(st.slots) + len(st.var_names), dtype=np.int64)
            for j, s in enumerate(st.slots):
                spec = rec.slots[s]
                if spec[0] == "fixed":
                    words[j] = spec[1].handle.ctypes.data
                elif ("slot", s) in value_of:
                    patches += [words.ctypes.data + 8 * j, value_of[("slot", s)]]
                else:
                    words[j] = self.arena.buffers[s].handle.ctypes.data
            for j, nm in enumerate(st.var_names):
                patches += [words.ctypes.data + 8 * (len(st.slots) + j), value_of[("var", nm)]]
            self.arg_words.append(words)
            parallel = (bool(st.prog.extra.get("parallel")) and team is not None
                        and _work_at_bounds(st.sk.graph) >= TEAM_MIN_WORK)
            launches += [ctypes.cast(st.prog.fn, ctypes.c_void_p).value,
                         native.trampoline(len(st.slots), len(st.var_names)), words.ctypes.data, int(parallel)]
        self.launches, self.patches = _words(launches), _words(patches)
        self.header = np.zeros(HEADER_WORDS, dtype=np.int64)
        if team is not None:
            self.header[CTRL:YIELD + 1] = [team.ctrl_p, team.engine.get_function_address("team_post"),
                                           team.engine.get_function_address("team_join"), team.spins, team.cores,
                                           _libc_address("sched_yield")]
        self.header[NLAUNCH:CLOCK_ID + 1] = [len(rec.steps), self.launches.ctypes.data, len(self.patches) // 2,
                                             self.patches.ctypes.data, self.values.ctypes.data,
                                             _libc_address("clock_gettime"), time.CLOCK_MONOTONIC]
        self.header[RUNS] = 1
        self.header_p = self.header.ctypes.data
        self.driver = native.driver
        # per output: (its values index, its slot, its element count: an int, else an expression over the Vars,
        # its dtype, device): what run() needs, read off the slots once
        self.out_specs = [(self.nargs + j, s, elements(size, {}) if isinstance(size, int) else size, dtype, device)
                          for j, s in enumerate(self.outs) for _, size, dtype, device in [rec.slots[s]]]
        # whether the function returns exactly its fresh outputs, in order (a decode step's logits): run() then
        # returns them without Recording.results' lookups
        self.fresh_only = rec.out_slots == self.outs
        self.var_at = list(enumerate(self.var_names, self.nargs + len(self.outs)))
        self.value_words = memoryview(self.values)  # an item store through it is quicker than through the array
        self.blocks = OutputBlocks()
        # one lock covers a whole run (the values it patches, the arena, the team's control block): the team's,
        # as each parallel launch needs it anyway, so that minic.jit need not take another (serialized)
        self.lock = team.lock if team is not None else threading.Lock()
        self.team = team
        self.feed_memory: np.ndarray | None = None  # run_chain's fed argument after its first run
        self.stamps: np.ndarray | None = None  # where the driver clocks each launch's end (time_launches)

    serialized = True  # run() holds self.lock throughout: callers need no lock of their own

    def run(self, args: list[Buffer], env: dict) -> list:
        fresh = []
        with self.lock:
            values = self.value_words
            for i, a in enumerate(args):
                values[i] = address(a.handle)
            take = self.blocks.take
            for at, _, size, dtype, device in self.out_specs:
                buf = Buffer(device, size if type(size) is int else elements(size, env), dtype)
                buf._handle, values[at] = take(buf.size * dtype.itemsize)  # its kernel writes all of it
                fresh.append(buf)
            for at, nm in self.var_at:
                values[at] = env[nm]
            if self.team is not None:
                self.team.wake_sleepers()
            self.driver(self.header_p)
        if self.fresh_only:
            return fresh
        return self.rec.results({s: buf for (_, s, *_), buf in zip(self.out_specs, fresh)}, args)

    def chain_check(self, feed_arg: int, var: str) -> str | None:
        """Why this recording cannot run as a chain feeding its output back as argument `feed_arg` with `var`
        counting up (None: it can): it must return one fresh int32 output the argument's size."""
        if not self.fresh_only or len(self.out_specs) != 1:
            return "the function does not return exactly one fresh tensor"
        if var not in self.var_names:
            return f"the recording takes no Var {var!r}"
        if not 0 <= feed_arg < self.nargs:
            return f"argument {feed_arg} is not one of the recording's {self.nargs} arguments"
        _, _, size, dtype, _ = self.out_specs[0]
        arg = next(spec for spec in self.rec.slots if spec[0] == "arg" and spec[1] == feed_arg)
        if dtype != int32 or type(size) is not int or arg[2] != dtype:
            return "its output and the fed argument are not both int32, the output of a fixed size"
        return None

    def run_chain(self, args: list[Buffer], env: dict, runs: int, feed_arg: int, var: str,
                  stop: np.ndarray | None = None) -> np.ndarray:
        """`runs` replays in one native call, each after the first taking the previous one's output as argument
        `feed_arg` and Var `var` one higher (a greedy decode: the token it picked, at the next position); a run
        whose output elements are all among `stop` (int32) is the last. Returns the outputs, one row a run made.
        The arguments are only read: the fed one moves to the replay's own memory after the first run.
        chain_check must pass."""
        size = self.out_specs[0][2]
        if args[feed_arg].size != size:
            raise ShapeError(f"a chain feeds an output of {size} elements back into argument {feed_arg}, which "
                             f"holds {args[feed_arg].size}")
        collected = np.empty((runs, size), np.int32)
        stop = np.zeros(0, np.int32) if stop is None else np.ascontiguousarray(stop, np.int32)
        with self.lock:
            if self.feed_memory is None:
                self.feed_memory = np.empty(size, np.int32)
            values = self.value_words
            for i, a in enumerate(args):
                values[i] = address(a.handle)
            at = self.out_specs[0][0]
            # one buffer for every run (each is collected first), held by `output` until the run is over
            output, values[at] = self.blocks.take(size * 4)
            for k, nm in self.var_at:
                values[k] = env[nm]
            self.header[RUNS:NSTOPS + 1] = [runs, size, at, feed_arg, dict((nm, k) for k, nm in self.var_at)[var],
                                            collected.ctypes.data, self.feed_memory.ctypes.data, stop.ctypes.data,
                                            stop.size]
            if self.team is not None:
                self.team.wake_sleepers()
            try:
                self.driver(self.header_p)
                ran = int(self.header[RAN])
            finally:
                self.header[RUNS:NSTOPS + 1] = [1, 0, 0, 0, 0, 0, 0, 0, 0]
                del output
        return collected[:ran]

    def time_launches(self, on: bool = True) -> None:
        """From the next run on (off: no longer), the driver reads the clock as each launch ends, for
        launch_seconds: a clock read a launch (about 20 ns through the vDSO) and no other change to the run."""
        self.stamps = np.zeros(2 * len(self.rec.steps) + 2, np.int64) if on else None
        self.header[STAMPS] = self.stamps.ctypes.data if on else 0

    def launch_seconds(self) -> list[tuple[str, float]]:
        """(scope.kernel, seconds) of each launch of the last run (of a chain: its last run), as the run went:
        from the end of the launch before (the run's start, for the first: its patches are the first's) to the
        end of this one, so a parallel kernel's post to the worker team and its join are its own, and the sum is
        the run's time. minic.profile times each kernel alone, from Python, with caches as that leaves them; this
        is the replay itself. time_launches must have been on for the run."""
        if self.stamps is None:
            raise RuntimeError("launch_seconds() needs time_launches() before the run")
        times = self.stamps[0::2] + self.stamps[1::2] * 1e-9  # each launch's end, then the run's start
        edges = np.concatenate([times[-1:], times[:-1]])
        return [(qualified(st.at, st.sk.name), float(d)) for st, d in zip(self.rec.steps, np.diff(edges))]

    def last_run_seconds(self) -> float:
        """How long the last run's native part took (the patches and every launch), by the clock it read itself:
        a replay's wall time less this is what its Python cost (bench/replay.py)."""
        (s0, ns0), (s1, ns1) = self.header[T0:T0 + 2].tolist(), self.header[T1:T1 + 2].tolist()
        return (s1 - s0) + (ns1 - ns0) * 1e-9
