#!/bin/bash
# issue 14 (llama): SmolLM2-135M-Instruct Q4_1 on the H200's CUDA backend: the correctness tests (prefill logits
# within 1e-3 of transformers' float32 model of the same GGUF, greedy ids equal for 32 new tokens on chat
# prompts, France -> Paris), then bench/llama.py (prefill 128 / decode 128 tok/s vs transformers float32 on the
# GPU). The GPU machine has no network and a call carries at most 64 MiB, while the model is 98 MB: the file
# travels in two halves (split -b 48M), on two calls to the same warm machine:
#
#   run 1: carry ["bench/h200/llama_a"]   command: bash bench/h200/llama.sh stage
#   run 2: carry ["bench/h200/llama_b"]   command: bash bench/h200/llama.sh
#
# llama_a holds part.aa plus the gguf and accelerate wheels (pure Python; transformers needs both to read a
# GGUF); llama_b holds part.ab. llama.cpp's CUDA llama-bench in the same run: bench/h200/llama_cuda.sh.
set -u
if [ "${1:-}" = stage ]; then
  mkdir -p /tmp/llama && cp bench/h200/llama_a/* /tmp/llama/ && ls -la /tmp/llama
  exit
fi
GGUF=/tmp/llama/SmolLM2-135M-Instruct.Q4_1.gguf
cat /tmp/llama/part.aa bench/h200/llama_b/part.ab > $GGUF || { echo "run 1 (stage) has not run on this machine"; exit 1; }
echo "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53  $GGUF" | sha256sum -c || exit 1
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site /tmp/llama/*.whl || exit 1
export PYTHONPATH=$PWD:/tmp/site MINIC_MODELS=/tmp/llama PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
python3 -c "import minic; print('CUDA:', minic.devices()['CUDA'])"
echo "== correctness: tests/test_llama.py SmolLM2 on CUDA"
MINIC_TEST_DEVICES=CUDA MINIC_TEST_TIMEOUT=300 python3 -m pytest -q -p no:cacheprovider tests/test_llama.py \
  -k "smollm2_matches" 2>&1 | tail -25
echo "== bench: python3 bench/llama.py --device CUDA --markdown --peers torch"
python3 bench/llama.py --device CUDA --markdown --peers torch --threads 16
