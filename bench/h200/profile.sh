#!/bin/bash
# Profiles that say where time goes (fifteenth session): the turn-by-turn greedy token's host part, the decode
# attention kernel's settings on GPT-2 and SmolLM2 shapes, the quantized GEMV, and WebGPU's per-dispatch times.
#   bash bench/h200/profile.sh host        # bench/greedy_turn.py, GPT-2 small and XL on CUDA
#   bash bench/h200/profile.sh attention   # bench/attention.py: SmolLM2's cases, then a sweep of AttentionSettings
#   bash bench/h200/profile.sh quant       # bench/quant.py: Q4_1 / Q8_0 GEMV kernel time
#   bash bench/h200/profile.sh webgpu      # bench/webgpu_dispatches.py at several MINIC_WEBGPU_MULTIPROCESSORS
#                                          # ($MPS), then bench/replay.py (carry .gl as well: the Vulkan loader)
#   bash bench/h200/profile.sh webgpu-decode   # bench/gpt2.py on WEBGPU, small and XL (turn by turn and ahead)
#   bash bench/h200/profile.sh prefill         # CUPTI: where a 128-token prefill's kernel time goes
#   bash bench/h200/profile.sh prefill-tiles   # the same for each tensor-core tile of a symbolic row count
#   bash bench/h200/profile.sh webgpu-runs     # WebGPU dispatch times at GpuGemvSettings.element_run 1, 2, 4, 8
#   bash bench/h200/profile.sh prefill-split   # (sixteenth session) MmaSettings.var_split: K over warps and groups
#   bash bench/h200/profile.sh prefill-e2e     # bench/gpt2.py: small against reduce-overhead, XL alone
#   bash bench/h200/profile.sh int-dot         # (twenty-seventh session) bench/gemv_int_dot.py: hand Q4_0 GEMVs
# The wheels in .whl travel with `carry: [".whl"]`.
set -e
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site $(ls .whl/*.whl | grep -v hypothesis)
export PYTHONPATH=$PWD:/tmp/site
for mode in "$@"; do
case "$mode" in
host)
  python3 bench/greedy_turn.py --size small --profile 25
  python3 bench/greedy_turn.py --size xl --reps 100
  ;;
attention)
  python3 bench/attention.py --device CUDA --cases smollm2 --markdown
  python3 bench/attention.py --device CUDA --cases smollm2 --markdown --variant "" \
    --variant "AttentionSettings.splits=4" --variant "AttentionSettings.splits=8" \
    --variant "AttentionSettings.splits=16" --variant "AttentionSettings.split_threads=64" \
    --variant "AttentionSettings.split_threads=128" --variant "AttentionSettings.score_lanes=4" \
    --variant "AttentionSettings.score_lanes=32" --variant "AttentionSettings.groups_per_multiprocessor=1" \
    --variant "AttentionSettings.split_threads=64;AttentionSettings.splits=8" \
    --variant "AttentionSettings.split_threads=128;AttentionSettings.splits=8"
  python3 bench/attention.py --device CUDA --cases "gpt2-xl decode" --markdown --variant "" \
    --variant "AttentionSettings.split_threads=64" --variant "AttentionSettings.split_threads=128" \
    --variant "AttentionSettings.splits=8"
  ;;
int-dot)
  python3 bench/gemv_int_dot.py --reps 0
  python3 bench/gemv_int_dot.py --markdown
  ;;
quant)
  python3 bench/quant.py --devices CUDA --formats f16,q8_0,q4_1 --shapes 1536x576,576x1536,8192x8192
  ;;
webgpu)
  for f in .gl/*.deb; do dpkg -x $f /; done
  ldconfig
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  for mp in ${MPS:-1 32 64 132}; do
    MINIC_WEBGPU_MULTIPROCESSORS=$mp python3 bench/webgpu_dispatches.py --size small --rows 10
  done
  python3 bench/webgpu_dispatches.py --size small --rows 10 --set AttentionSettings.max_gpu_rows=64
  python3 bench/replay.py --size small --device WEBGPU --dtype float16 --new 64
  python3 bench/replay.py --size small --device WEBGPU --dtype float16 --new 64 --set AttentionSettings.max_gpu_rows=64
  ;;
webgpu-runs)
  for f in .gl/*.deb; do dpkg -x $f /; done
  ldconfig
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  for run in 1 2 4 8; do
    python3 bench/webgpu_dispatches.py --size small --rows 6 --set GpuGemvSettings.element_run=$run
  done
  ;;
webgpu-decode)
  for f in .gl/*.deb; do dpkg -x $f /; done
  ldconfig
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  python3 bench/gpt2.py --size small --device WEBGPU --dtype float16 --markdown --peers ''
  python3 bench/gpt2.py --size xl --device WEBGPU --dtype float16 --markdown --peers ''
  python3 bench/webgpu_dispatches.py --size xl --rows 10
  ;;
prefill)
  python3 bench/decode_kernels.py --model small --prefill 128 --rows 14
  python3 bench/decode_kernels.py --model xl --prefill 128 --rows 14
  ;;
prefill-tiles)
  for model in xl small; do
    python3 bench/decode_kernels.py --model $model --prefill 128 --rows 6 --variant '' \
      --variant "MmaSettings.var_rows=((64, 64), 4)" --variant "MmaSettings.var_rows=((32, 64), 4)" \
      --variant "MmaSettings.var_rows=((32, 32), 4)" --variant "MmaSettings.var_rows=((64, 128), 3)"
  done
  ;;
prefill-split)
  for model in small xl; do
    python3 bench/decode_kernels.py --model $model --prefill 128 --rows 5 --variant '' \
      --variant "MmaSettings.var_split=(2, 4, 128, 1)" --variant "MmaSettings.var_split=(2, 4, 128, 2)" \
      --variant "MmaSettings.var_split=(2, 4, 64, 4)"
  done
  ;;
prefill-e2e)
  python3 bench/gpt2.py --size small --device CUDA --dtype float16 --markdown --peers reduce-overhead
  python3 bench/gpt2.py --size xl --device CUDA --dtype float16 --markdown --peers ''
  ;;
esac
done
