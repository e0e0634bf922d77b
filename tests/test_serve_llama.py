"""`minic serve` on a LLaMA-family GGUF (grouped-query attention, Q8_0 matrices, the file's own byte-level
tokenizer and chat template) through the official openai client: the server answers what the dense model
loaded from the same file generates (tests/test_llama.py checks that model against transformers)."""
from __future__ import annotations

import numpy as np
import pytest

openai = pytest.importorskip("openai", reason="the server tests use the official openai client (pip install openai)")
gguf = pytest.importorskip("gguf", reason="writing a GGUF file needs the gguf package (pip install 'minic[llama]')")
pytest.importorskip("jinja2", reason="chat templates need jinja2")
pytest.importorskip("tokenizers", reason="the GGUF's tokenizer is built with tokenizers")

from test_serve import Server  # noqa: E402

# a template with a loop control (skips system messages), as real chat templates have
TEMPLATE = ("{% for m in messages %}{% if m['role'] == 'system' %}{% continue %}{% endif %}"
            "{{ '<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>\n' }}{% endfor %}"
            "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}")
DIM, HEADS, KV_HEADS, FFN, LAYERS, VOCAB, CTX = 64, 4, 2, 96, 2, 300, 128
POOL_PAGES = 11  # of 8 positions: 88, fewer than the context (one more page is the padding page)
DEFAULT_MAX_TOKENS = 20  # the server's --default-max-tokens


def write_tiny_llama(path) -> None:
    """Random weights (large enough that greedy decoding wanders), Q8_0 matrices, tied embeddings."""
    from models.tokenizer import byte_alphabet
    rng = np.random.default_rng(0)
    hd = DIM // HEADS
    w = gguf.GGUFWriter(str(path), "llama")
    for add, value in ((w.add_block_count, LAYERS), (w.add_context_length, CTX), (w.add_embedding_length, DIM),
                       (w.add_feed_forward_length, FFN), (w.add_head_count, HEADS), (w.add_head_count_kv, KV_HEADS),
                       (w.add_rope_dimension_count, hd), (w.add_vocab_size, VOCAB)):
        add(value)
    w.add_rope_freq_base(1000.0)
    w.add_layer_norm_rms_eps(1e-5)
    chars = sorted(byte_alphabet(), key=lambda ch: byte_alphabet()[ch])
    merges = ["h e", "l l", "he ll", "Ġ w", "o r"]
    tokens = ["<|im_start|>", "<|im_end|>", *chars, *(m.replace(" ", "") for m in merges)]
    tokens += [f"<unused{i}>" for i in range(VOCAB - len(tokens))]
    w.add_tokenizer_model("gpt2")
    w.add_token_list(tokens)
    w.add_token_merges(merges)
    w.add_token_types([3, 3] + [1] * (len(tokens) - 2))
    w.add_bos_token_id(0)
    w.add_add_bos_token(True)  # a plain prompt starts with it (chat templates write their own)
    w.add_eos_token_id(1)
    w.add_chat_template(TEMPLATE)
    shapes = {"token_embd.weight": (VOCAB, DIM), "output_norm.weight": (DIM,)}
    for i in range(LAYERS):
        shapes.update({f"blk.{i}.attn_norm.weight": (DIM,), f"blk.{i}.ffn_norm.weight": (DIM,),
                       f"blk.{i}.attn_q.weight": (DIM, DIM), f"blk.{i}.attn_k.weight": (KV_HEADS * hd, DIM),
                       f"blk.{i}.attn_v.weight": (KV_HEADS * hd, DIM), f"blk.{i}.attn_output.weight": (DIM, DIM),
                       f"blk.{i}.ffn_gate.weight": (FFN, DIM), f"blk.{i}.ffn_up.weight": (FFN, DIM),
                       f"blk.{i}.ffn_down.weight": (DIM, FFN)})
    for name, shape in shapes.items():
        if len(shape) == 1:
            w.add_tensor(name, (1 + 0.1 * rng.standard_normal(shape)).astype(np.float32))
        else:
            q8 = gguf.GGMLQuantizationType.Q8_0
            w.add_tensor(name, gguf.quants.quantize((rng.standard_normal(shape) * 0.4).astype(np.float32), q8),
                         raw_dtype=q8)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.fixture(scope="module")
def gguf_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve-llama") / "tiny-llama.gguf"
    write_tiny_llama(path)
    return path


@pytest.fixture(scope="module")
def server(gguf_file):
    srv = Server(gguf_file, "--page-size", "8", "--pages", str(POOL_PAGES + 1), "--max-batch", "4",
                 "--default-max-tokens", str(DEFAULT_MAX_TOKENS), model_name=None)
    yield srv
    srv.stop()


def test_serves_a_gguf_with_its_template_as_the_dense_model_generates(server, gguf_file):
    from models.chat import render
    from models.families import load_checkpoint
    from models.generate import generate
    assert [m.id for m in server.client.models.list().data] == ["tiny-llama"]  # the file's name
    msgs = [{"role": "system", "content": "skipped"}, {"role": "user", "content": "hello world"}]
    ck = load_checkpoint(str(gguf_file))
    prompt = ck.tokenizer.encode(render(ck.chat_template, msgs, True, **ck.special_tokens))
    ids, _ = generate(ck.build(), prompt, 12, eos_id=ck.eos_id)
    ids = ids[:-1] if ids and ids[-1] == ck.eos_id else ids
    assert len(set(ids)) > 3  # a varied answer: the comparison says something
    r = server.client.chat.completions.create(model="tiny-llama", messages=msgs, temperature=0, max_tokens=12)
    assert r.usage.prompt_tokens == len(prompt) and r.choices[0].message.content == ck.tokenizer.decode(ids)
    streamed = "".join(c.choices[0].delta.content or "" for c in server.client.chat.completions.create(
        model="tiny-llama", messages=msgs, temperature=0, max_tokens=12, stream=True))
    assert streamed == r.choices[0].message.content
    assert server.health()["pages_used"] == 0


def test_a_chat_without_max_tokens_gets_the_default_or_what_the_pool_holds(server):
    """Without max_tokens an answer gets at most --default-max-tokens (its pages are reserved up front: an
    unbounded default would give each request the whole pool); where the pool holds less, what the pool holds
    instead of a 400; a prompt that leaves no room is a 400."""
    chat = server.client.chat.completions.create
    r = chat(model="tiny-llama", messages=[{"role": "user", "content": "hello"}], temperature=0,
             extra_body={"stop": None})
    assert r.choices[0].finish_reason == "length"  # (these weights never draw the end token here)
    assert r.usage.completion_tokens == DEFAULT_MAX_TOKENS
    r = chat(model="tiny-llama", messages=[{"role": "user", "content": "x" * 55}], temperature=0,
             extra_body={"stop": None})
    assert r.usage.completion_tokens < DEFAULT_MAX_TOKENS
    assert r.usage.prompt_tokens + r.usage.completion_tokens == POOL_PAGES * 8
    with pytest.raises(openai.BadRequestError, match="no room for an answer in the KV-cache pool"):
        chat(model="tiny-llama", messages=[{"role": "user", "content": "x" * 90}])


def test_a_text_prompt_starts_with_the_bos_the_checkpoint_asks_for(server, gguf_file):
    """/v1/completions tokenizes a text prompt as a plain prompt: the GGUF's BOS first (the file's add_bos_token
    asks for it), as `minic generate --prompt` does; a prompt of ids is taken as given."""
    from models.families import load_checkpoint
    tok = load_checkpoint(str(gguf_file)).tokenizer
    ids = tok.encode_prompt("hello world")
    assert ids[0] == 0 and ids[1:] == tok.encode("hello world")
    text = server.client.completions.create(model="tiny-llama", prompt="hello world", temperature=0, max_tokens=6)
    as_ids = server.client.completions.create(model="tiny-llama", prompt=ids, temperature=0, max_tokens=6)
    assert text.usage.prompt_tokens == len(ids) and text.choices[0].text == as_ids.choices[0].text
