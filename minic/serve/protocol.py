"""The OpenAI request bodies minic serves, checked field by field into a `Request`.

Every check raises BadRequest naming the field, what it expected and what it got; the server turns it into
a 400 in OpenAI's error shape ({"error": {"message", "type", "param", "code"}}), which the openai client
raises as BadRequestError with that message.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from minic.errors import MinicError
from models.generate import Sampling


class BadRequest(MinicError):
    """A request the server refuses with a 400; `param` names the offending field."""
    status, code = 400, None

    def __init__(self, message: str, param: str | None = None):
        super().__init__(message)
        self.param = param


class ModelNotFound(BadRequest):
    """A model id this server does not serve: a 404, as OpenAI answers (the openai client's NotFoundError)."""
    status, code = 404, "model_not_found"


# OpenAI fields minic does not implement, with the value that means "off": another value is a 400 naming the
# field, never silently ignored (a client asking for a penalty would get answers without one)
UNSUPPORTED = {"frequency_penalty": (None, 0, 0.0), "presence_penalty": (None, 0, 0.0), "logit_bias": (None, {}),
               "echo": (None, False), "suffix": (None, ""),
               "best_of": (None, 1), "tools": (None, []), "functions": (None, []), "tool_choice": (None, "none"),
               "function_call": (None, "none")}
RESPONSE_FORMATS = (None, {"type": "text"})


@dataclass(frozen=True)
class Request:
    model: str
    max_tokens: int | None  # None: as many as the context (and the page pool) hold after the prompt
    sampling: Sampling
    stop: tuple
    stream: bool
    n: int = 1  # answers to the same prompt (choices 0..n-1)
    include_usage: bool = False  # stream_options.include_usage: a last chunk with the token counts
    top_logprobs: int | None = None  # None: no logprobs; k: each token's log probability and the k likeliest


MAX_TOP_LOGPROBS = {False: 5, True: 20}  # OpenAI's limits: completions' logprobs, chat's top_logprobs


def parse(body, served: str, default_max_tokens: int | None, max_n: int = 1, chat: bool = False) -> Request:
    """The fields every generation endpoint shares. `served` is the one model id this server answers to; `max_n`
    the most answers one request may ask for (the batch: they decode together); `chat` says which endpoint's
    logprobs fields to read."""
    if not isinstance(body, dict):
        raise BadRequest(f"the request body must be a JSON object, got {type(body).__name__}")
    model = body.get("model")
    if model != served:
        raise ModelNotFound(f"model {model!r} is not served here; this server serves {served!r} (GET /v1/models "
                            f"lists it)", "model")
    for name, off in UNSUPPORTED.items():
        if name in body and body[name] not in off:
            raise BadRequest(f"{name} is not supported by minic serve (got {_short(body[name])}); leave it out",
                             name)
    if body.get("response_format") not in RESPONSE_FORMATS:
        raise BadRequest(f"only text answers are served: response_format must be {{\"type\": \"text\"}}, got "
                         f"{_short(body['response_format'])}", "response_format")
    # max_completion_tokens is OpenAI's current name and max_tokens the deprecated one: the current one wins where
    # both are set, and a field sent as null is unset (the openai client sends max_tokens=None as null)
    field_name = next((f for f in ("max_completion_tokens", "max_tokens") if body.get(f) is not None), "max_tokens")
    max_tokens = body.get(field_name)
    max_tokens = default_max_tokens if max_tokens is None else max_tokens
    if max_tokens is not None and (not _is_int(max_tokens) or max_tokens < 1):
        raise BadRequest(f"{field_name} must be a positive integer, got {max_tokens!r}", field_name)
    temperature = _number(body, "temperature", 1.0)
    if temperature < 0:
        raise BadRequest(f"temperature must be >= 0, got {temperature}", "temperature")
    top_p = _number(body, "top_p", 1.0)
    if not 0 < top_p <= 1:
        raise BadRequest(f"top_p must be in (0, 1], got {top_p}", "top_p")
    top_k = body.get("top_k", 0)  # not OpenAI's, but vLLM's and llama.cpp's servers take it
    if not _is_int(top_k) or top_k < 0:
        raise BadRequest(f"top_k must be a non-negative integer (0: off), got {top_k!r}", "top_k")
    seed = body.get("seed")
    if seed is not None and (not _is_int(seed) or seed < 0):
        raise BadRequest(f"seed must be a non-negative integer, got {seed!r}", "seed")
    n = body.get("n", 1)
    if n is None:
        n = 1
    if not _is_int(n) or not 1 <= n <= max_n:
        raise BadRequest(f"n must be an integer from 1 to {max_n} (the server's --max-batch), got {n!r}", "n")
    stop = body.get("stop")
    stops = () if stop is None else (stop,) if isinstance(stop, str) else stop
    if not isinstance(stops, (list, tuple)) or not all(isinstance(s, str) and s for s in stops) or len(stops) > 4:
        raise BadRequest(f"stop must be a non-empty string or a list of up to 4 of them, got {stop!r}", "stop")
    stream = body.get("stream", False)
    if stream is None:
        stream = False
    if not isinstance(stream, bool):
        raise BadRequest(f"stream must be true or false, got {stream!r}", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict) or not isinstance(options.get("include_usage", False), bool):
        raise BadRequest(f"stream_options must be an object like {{\"include_usage\": true}}, got {_short(options)}",
                         "stream_options")
    if options and not stream:
        raise BadRequest("stream_options is only allowed with stream: true", "stream_options")
    sampling = Sampling(temperature=temperature, top_k=top_k, top_p=top_p, seed=seed)
    return Request(model, max_tokens, sampling, tuple(stops), stream, n, bool(options.get("include_usage")),
                   _top_logprobs(body, chat))


def _top_logprobs(body: dict, chat: bool) -> int | None:
    """Completions: `logprobs` is the count of alternatives (0..5). Chat: `logprobs` true, and `top_logprobs`
    the count (0..20)."""
    most = MAX_TOP_LOGPROBS[chat]
    name = "top_logprobs" if chat else "logprobs"
    if chat:
        on = body.get("logprobs")
        if on is not None and not isinstance(on, bool):  # 1 == True in Python, but not in JSON
            raise BadRequest(f"logprobs must be true or false, got {_short(on)}", "logprobs")
        if not on:
            if body.get("top_logprobs") not in (None, 0):
                raise BadRequest("top_logprobs needs logprobs: true", "top_logprobs")
            return None
    count = body.get(name, 0 if chat else None)
    if count is None:
        return None
    if not _is_int(count) or not 0 <= count <= most:
        raise BadRequest(f"{name} must be an integer from 0 to {most}, got {_short(count)}", name)
    return count


def prompt_of(body: dict, vocab_size: int) -> str | list[int]:
    """/v1/completions' prompt: a string (the caller tokenizes it as the model expects a plain prompt: after the BOS
    token a LLaMA-family checkpoint asks for, as llama.cpp's and transformers' tokenizers do), or a list of token
    ids (one prompt: batches of prompts are refused)."""
    prompt = body.get("prompt")
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, list) and prompt and all(_is_int(t) for t in prompt):
        bad = [t for t in prompt if not 0 <= t < vocab_size]
        if bad:
            raise BadRequest(f"prompt token id {bad[0]} is outside the vocabulary of {vocab_size} tokens", "prompt")
        return list(prompt)
    raise BadRequest(f"prompt must be a string or a non-empty list of token ids, got {_short(prompt)}", "prompt")


# a message's role -> the role its chat template sees: OpenAI's "developer" (what newer clients send for the
# instructions) is the system prompt of a model's template
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}


def messages_of(body: dict) -> list[dict]:
    """/v1/chat/completions' messages: a non-empty list of {"role": str, "content": str}. Content may also be a
    list of text parts ([{"type": "text", "text": ...}], as the openai client's typed messages send it): their
    texts are joined."""
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        raise BadRequest(f"messages must be a non-empty list, got {_short(msgs)}", "messages")
    out = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str) or "content" not in m:
            raise BadRequest(f"messages[{i}] must be an object with a string role and a content, got {_short(m)}",
                             "messages")
        if m["role"] not in ROLES:
            raise BadRequest(f"messages[{i}].role must be one of {', '.join(ROLES)}, got {m['role']!r}", "messages")
        out.append({**m, "role": ROLES[m["role"]], "content": _content(m["content"], i)})
    return out


def _content(content, i: int) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(isinstance(p, dict) and isinstance(p.get("type"), str) for p in content):
        kinds = {p["type"] for p in content}
        if kinds <= {"text"} and all(isinstance(p.get("text"), str) for p in content):
            return "".join(p["text"] for p in content)
        raise BadRequest(f"messages[{i}].content: only text parts are served, got parts of type "
                         f"{sorted(map(str, kinds - {'text'}))}", "messages")
    raise BadRequest(f"messages[{i}].content must be a string or a list of text parts, got {_short(content)}",
                     "messages")


def _number(body: dict, name: str, default: float) -> float:
    v = body.get(name)
    if v is None:
        return default
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise BadRequest(f"{name} must be a number, got {v!r}", name)
    if not math.isfinite(v):  # json.loads reads NaN and Infinity: a NaN temperature would kill the batcher
        raise BadRequest(f"{name} must be a finite number, got {v!r}", name)
    return float(v)


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _short(v) -> str:
    text = repr(v)
    return text if len(text) <= 80 else text[:77] + "..."
