#!/bin/bash
# issue 14 (the GPU Q4 GEMV at 70% of copy): the GEMV's integer products (rules/gpu_int_dot.py, switched on by
# GpuGemvSettings.int_dot="native") against its float loop on CUDA. Written in a session without a GPU: run it, and
# make "native" the default where it wins. One call, from the repo root (about 6 minutes):
#
#   command: bash bench/h200/int_dot.sh
#
# End to end on Llama-3.2-1B-shaped random GGUFs written on the machine (Q4_0, Q4_K; the gguf wheel travels):
#
#   carry: [".whl"]   command: bash bench/h200/int_dot.sh e2e
#
# SmolLM2 end to end needs its GGUF staged first (bench/h200/llama_cuda.sh's two staging calls), then:
#   python3 bench/llama.py --device CUDA --dtype float16 --gpu-int-dot-ab 8
set -u
export PYTHONPATH=$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
if [ "${1:-}" = e2e ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/gguf-*.whl || exit 1
  export PYTHONPATH=$PWD:/tmp/site
  for t in Q4_0 Q4_K; do
    timeout 150 python3 bench/random_gguf.py llama3.2-1b /tmp/l32_$t.gguf --type $t || continue
    echo "== Llama-3.2-1B shapes, $t, float16 activations: float products against integer ones, one process"
    timeout 200 python3 bench/llama.py --weights /tmp/l32_$t.gguf --device CUDA --dtype float16 --gpu-int-dot-ab 6
  done
  exit 0
fi
echo "== correctness: tests/test_gpu_int_dot.py on CUDA (dp2a), and the GEMV tests with the integer loop on"
MINIC_TEST_DEVICES=CUDA MINIC_TEST_TIMEOUT=200 timeout 200 python3 -m pytest -q -p no:cacheprovider \
  tests/test_gpu_int_dot.py 2>&1 | tail -8
echo "== kernel time (CUPTI), the float loop against the integer one, same process"
for spec in "llama q4_0" "llama q4_k" "smollm2 q4_1" "xl q4g32" "small q8_0"; do
  set -- $spec
  timeout 120 python3 bench/gemv_gpu.py --sizes "$1" --quant "$2" --sweep "int_dot='','native'" --markdown 2>&1 | tail -9
done
echo "== GPT-2 XL with q4g32 projections: a decode step's kernels, float loop then integer loop"
timeout 150 python3 bench/decode_kernels.py --model xl --quant q4g32 --rows 8 \
  --variant "GpuGemvSettings.int_dot=''" --variant "GpuGemvSettings.int_dot='native'" 2>&1 | tail -24
