#!/bin/bash
# issue 14 (llama): llama.cpp's CUDA llama-bench, built on the GPU machine, against minic on the same GGUF
# (SmolLM2-135M-Instruct Q4_1) in one call: bench/llama.py --device CUDA --peers llama.cpp. The machine has no
# network and a call carries at most 64 MiB, so three calls to the same warm machine:
#
#   run 1: carry ["bench/h200/llama_a"]          command: bash bench/h200/llama_cuda.sh build
#   run 2: carry ["bench/h200/llama_b"]          command: bash bench/h200/llama_cuda.sh stage
#   run 3: carry ["bench/h200/llama_c", ".whl"]  command: bash bench/h200/llama_cuda.sh
#
# llama_a: llama_cpp_src.tgz (vendor/llama.cpp of the llama-cpp-python 0.3.36 sdist, without models/, docs/,
# benches/, tests/ and the server's web assets: 11.5 MB) and the cmake and ninja wheels; llama_b/part.b and
# llama_c/part.c: the GGUF's first 48 MiB and the rest (cat them); .whl: the gguf wheel minic's loader needs.
set -u
W=/tmp/llama
GGUF=$W/SmolLM2-135M-Instruct.Q4_1.gguf
case "${1:-run}" in
build)
  mkdir -p $W && tar xzf bench/h200/llama_a/llama_cpp_src.tgz -C $W || exit 1
  if ! command -v cmake >/dev/null; then
    python3 -m pip install -q --no-index --no-deps --target $W/tools bench/h200/llama_a/*.whl || exit 1
    export PATH=$W/tools/bin:$PATH PYTHONPATH=$W/tools
  fi
  [ -d /usr/local/cuda/bin ] && export PATH=$PATH:/usr/local/cuda/bin
  cmake --version | head -1; nvcc --version | tail -1; nproc
  cmake -S $W/llama.cpp -B $W/build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF -DGGML_CUDA=ON \
    -DCMAKE_CUDA_ARCHITECTURES=90 -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF \
    > $W/configure.log 2>&1 || { tail -30 $W/configure.log; exit 1; }
  # a build that outlives this call's limit goes on where it stopped: run `build` again
  time timeout 500 cmake --build $W/build --target llama-bench -j "$(nproc)" 2>&1 | tail -5
  ls -la $W/build/bin/llama-bench
  ;;
stage)
  cp bench/h200/llama_b/part.b $W/ && ls -la $W/part.b
  ;;
run)
  cat $W/part.b bench/h200/llama_c/part.c > $GGUF || { echo "runs 1 and 2 have not run on this machine"; exit 1; }
  echo "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53  $GGUF" | sha256sum -c || exit 1
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/gguf-*.whl || exit 1
  export PYTHONPATH=$PWD:/tmp/site MINIC_MODELS=$W LLAMA_BENCH=$W/build/bin/llama-bench PYTHONUNBUFFERED=1
  nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
  echo "== python3 bench/llama.py --device CUDA --dtype float32,float16 --markdown --peers llama.cpp"
  python3 bench/llama.py --device CUDA --dtype float32,float16 --markdown --peers llama.cpp --threads 16
  ;;
esac
