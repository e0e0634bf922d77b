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

    def __init__(self, message: str, param: str | None = None):
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class Request:
    model: str
    max_tokens: int | None  # None: as many as the context holds after the prompt
    sampling: Sampling
    stop: tuple
    stream: bool


def parse(body, served: str, default_max_tokens: int | None) -> Request:
    """The fields every generation endpoint shares. `served` is the one model id this server answers to."""
    if not isinstance(body, dict):
        raise BadRequest(f"the request body must be a JSON object, got {type(body).__name__}")
    model = body.get("model")
    if model != served:
        raise BadRequest(f"model {model!r} is not served here; this server serves {served!r}", "model")
    max_tokens = body.get("max_tokens", body.get("max_completion_tokens", default_max_tokens))
    if max_tokens is not None and (not _is_int(max_tokens) or max_tokens < 1):
        raise BadRequest(f"max_tokens must be a positive integer, got {max_tokens!r}", "max_tokens")
    temperature = _number(body, "temperature", 1.0)
    if temperature < 0:
        raise BadRequest(f"temperature must be >= 0, got {temperature}", "temperature")
    top_p = _number(body, "top_p", 1.0)
    if not 0 < top_p <= 1:
        raise BadRequest(f"top_p must be in (0, 1], got {top_p}", "top_p")
    seed = body.get("seed")
    if seed is not None and (not _is_int(seed) or seed < 0):
        raise BadRequest(f"seed must be a non-negative integer, got {seed!r}", "seed")
    n = body.get("n", 1)
    if n != 1:
        raise BadRequest(f"only n = 1 is served, got n = {n!r}", "n")
    stop = body.get("stop")
    stops = () if stop is None else (stop,) if isinstance(stop, str) else stop
    if not isinstance(stops, (list, tuple)) or not all(isinstance(s, str) and s for s in stops) or len(stops) > 4:
        raise BadRequest(f"stop must be a non-empty string or a list of up to 4 of them, got {stop!r}", "stop")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise BadRequest(f"stream must be true or false, got {stream!r}", "stream")
    return Request(model, max_tokens, Sampling(temperature=temperature, top_p=top_p, seed=seed), tuple(stops),
                   stream)


def prompt_of(body: dict, tokenizer, vocab_size: int) -> list[int]:
    """/v1/completions' prompt: a string, or a list of token ids (one prompt: batches of prompts are refused)."""
    prompt = body.get("prompt")
    if isinstance(prompt, str):
        return tokenizer.encode(prompt)
    if isinstance(prompt, list) and prompt and all(_is_int(t) for t in prompt):
        bad = [t for t in prompt if not 0 <= t < vocab_size]
        if bad:
            raise BadRequest(f"prompt token id {bad[0]} is outside the vocabulary of {vocab_size} tokens", "prompt")
        return list(prompt)
    raise BadRequest(f"prompt must be a string or a non-empty list of token ids, got {_short(prompt)}", "prompt")


def messages_of(body: dict) -> list[dict]:
    """/v1/chat/completions' messages: a non-empty list of {"role": str, "content": str}."""
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        raise BadRequest(f"messages must be a non-empty list, got {_short(msgs)}", "messages")
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str) or not isinstance(m.get("content"), str):
            raise BadRequest(f"messages[{i}] must be an object with a string role and string content, got "
                             f"{_short(m)}", "messages")
    return msgs


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
