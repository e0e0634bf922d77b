#!/bin/bash
# issue 10 (fastpath): the jit replay's host path after the trimming commits (96143d9..a0a2dc9).
# Python us/token of a replayed decode call on the H200 machine: CUDA (small, fp16) and its CPU (tiny, LLVM, 16 cores).
# Compare with bench/README.md's replay section (CUDAGraphReplay 73.9 us, NativeReplay 39.2 us at c5f29d5).
set -e
export PYTHONPATH=$PWD
python bench/replay.py --size small --device CUDA --dtype float16
python bench/replay.py --size tiny --device LLVM --prompt 16 --new 64
