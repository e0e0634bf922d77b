#!/bin/bash
# issue 15 (serving) on the H200, from the repo root, no carry (random weights are made in process). Three
# runs, each under the 10-minute command limit (XL's random weights are made once per run):
#   bash bench/h200/serve.sh decode        # paged CUDA float16 correctness + XL batched decode B=1,4,16,64
#   bash bench/h200/serve.sh concurrency   # XL: the batcher at 1,4,16,64 concurrent requests vs sequential
#   bash bench/h200/serve.sh speculative   # XL: prompt lookup and a GPT-2 small draft vs plain greedy
# The issue's GPU target: batched decode at B=16 >= 8x the tok/s of B=1 (the "decode" table's "vs B=1").
set -eu
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1
stage=${1:-decode}
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
python3 -c "import minic; print('CUDA:', minic.devices()['CUDA'])"
XL="python3 bench/serve.py --size xl --device CUDA --dtype float16 --markdown"
case $stage in
decode)
  echo "== paged decode/extend on CUDA float16 vs GPT-2's dense cache (float32, LLVM)"
  timeout 200 python3 - <<'PY'
import numpy as np
from models.gpt2 import GPT2, GPT2Config
from models.weights import random_params
from models.paged import PagedLM, Sequence
cfg = GPT2Config(n_layer=2, n_head=2, n_embd=64, n_positions=128, vocab_size=500)
p = {k: v * 20 if v.ndim == 2 else v for k, v in random_params(cfg, 0).items()}
ref = GPT2(cfg, p)
pg = PagedLM(GPT2(cfg, p, device="CUDA", dtype="float16"), pages=24, page_size=4, max_batch=8)
pg.warm_up()
prompts = [[1, 2, 3, 4, 5], [9, 8, 7, 6, 5, 4, 3, 2, 1], [10, 11, 12]]
seqs = [Sequence() for _ in prompts]
last = [pg.extend(s, q) for s, q in zip(seqs, prompts)]
out = pg.decode(seqs, [7, 8, 9])
worst = 0.0
for q, l, o, t in zip(prompts, last, out, [7, 8, 9]):
    r = ref.prefill(q)
    r2 = ref.decode(t, len(q))
    worst = max(worst, np.abs(r - l).max() / np.abs(r).max(), np.abs(r2 - o).max() / np.abs(r2).max())
print(f"worst relative logit error {worst:.2e}:", "OK" if worst < 1e-2 else "FAIL")
PY
  echo "== $XL --prompt 128 --new 32 --levels 1 --decode-batches 1,4,16,64 --sections decode"
  timeout 360 $XL --prompt 128 --new 32 --levels 1 --decode-batches 1,4,16,64 --sections decode ;;
concurrency)
  echo "== $XL --prompt 128 --new 32 --levels 1,4,16,64 --decode-batches 1 --sections concurrency"
  timeout 560 $XL --prompt 128 --new 32 --levels 1,4,16,64 --decode-batches 1 --sections concurrency ;;
speculative)
  echo "== $XL --prompt 128 --new 64 --levels 1 --decode-batches 1 --sections speculative --draft small"
  timeout 560 $XL --prompt 128 --new 64 --levels 1 --decode-batches 1 --sections speculative --draft small ;;
*) echo "stage must be decode, concurrency or speculative"; exit 2 ;;
esac
