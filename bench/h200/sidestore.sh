#!/bin/bash
# issue 13 (five kernels a layer): the QKV product's kernel stores q and both KV-cache writes itself (side
# stores, minic/sched/side_store.py): GPT-2 decodes in 5 kernels a layer (63 a token for small).
#   bash bench/h200/sidestore.sh tests   # the CUDA (and WebGPU on the NVIDIA Vulkan driver) test matrix
#   bash bench/h200/sidestore.sh bench   # CUPTI kernel time per decode step, WebGPU replay, bench/gpt2.py vs reduce-overhead
# The wheels in .whl (wgpu, rendercanvas, gguf, pytest-xdist) travel with `carry: [".whl"]`.
set -e
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site $(ls .whl/*.whl | grep -v hypothesis)
export PYTHONPATH=$PWD:/tmp/site
case "$1" in
tests)
  MINIC_TEST_DEVICES=CUDA,WEBGPU python3 -m pytest -q -n 8 -p no:cacheprovider tests/test_side_store.py \
    tests/test_kernel_count.py
  MINIC_TEST_DEVICES=CUDA python3 -m pytest -q -n 8 -p no:cacheprovider tests/test_gpt2.py tests/test_replay.py \
    tests/test_jit.py tests/test_paged.py tests/test_llama.py tests/test_fusion.py tests/test_gpu_backends.py
  ;;
bench)
  python3 bench/decode_kernels.py --model small --rows 12
  python3 bench/decode_kernels.py --model xl --rows 12
  python3 bench/replay.py --size small --device WEBGPU --dtype float16 --new 64
  python3 bench/replay.py --size small --device WEBGPU --dtype float16 --new 64 --set AttentionSettings.max_gpu_rows=64
  ;;
peers)
  python3 bench/gpt2.py --size small --device CUDA --dtype float16 --markdown --peers reduce-overhead
  python3 bench/gpt2.py --size xl --device CUDA --dtype float16 --markdown --peers reduce-overhead
  ;;
esac
