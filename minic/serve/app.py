"""The OpenAI-compatible HTTP API on Starlette, feeding a Batcher.

Routes: GET /health, GET /v1/models, POST /v1/completions, POST /v1/chat/completions (when the model has a
chat template). `stream: true` answers with server-sent events (`data: {chunk}` lines, then `data: [DONE]`).
Each request is a batcher Job whose tokens come back from the batcher thread through an asyncio queue. A
stream whose client goes away is cancelled by Starlette; the generator's `finally` cancels the job, and the
batcher frees its pages at the next step. Shutting down (uvicorn on Ctrl-C) stops accepting connections, lets
running responses finish, then stops the batcher.
"""
from __future__ import annotations

import asyncio
import functools
import hmac
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import aclosing, asynccontextmanager
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request as HTTPRequest
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from minic.errors import MinicError
from minic.serve.batcher import Batcher, Job, Unavailable
from minic.serve.chat import ChatTemplate
from minic.serve.protocol import BadRequest, ModelNotFound, Request, messages_of, parse, prompt_of
from minic.serve.text import StopText


@dataclass
class Service:
    """What the routes need: the served model's id, its tokenizer, its chat template (or None) and the batcher."""
    name: str
    tokenizer: object
    batcher: Batcher
    chat_template: ChatTemplate | None = None
    stop_ids: frozenset = frozenset()  # ids that end an answer (Checkpoint.stop_ids); they have no text
    api_key: str | None = None  # when set, /v1 routes need `Authorization: Bearer <api_key>`
    # an answer without max_tokens gets at most this many tokens (finish_reason "length" says when it stopped
    # there): pages are reserved up front, so an unbounded default would give each such request the whole pool
    # and serve the openai client's chats (no max_tokens by default) one at a time
    default_max_tokens: int = 1024

    @property
    def max_ctx(self) -> int:
        return self.batcher.engine.max_ctx

    @property
    def max_n(self) -> int:
        return self.batcher.engine.max_batch

    @property
    def vocab_size(self) -> int:
        return self.batcher.engine.model.cfg.vocab_size

    @functools.cached_property
    def longest_token_bytes(self) -> int:
        """The most bytes one token's text takes: a text longer than max_ctx times this cannot fit the context."""
        return max(len(self.tokenizer.decode_bytes([i])) for i in range(self.vocab_size))

    async def tokenized(self, text: str, encode) -> list[int]:
        """`encode(text)` on a worker thread, so a long prompt does not hold up the other requests' streams; a text
        too long for the context however it splits is refused before it is tokenized."""
        def checked() -> list[int]:
            size, longest = len(text.encode("utf-8", "surrogatepass")), self.longest_token_bytes
            if size > self.max_ctx * longest:
                raise BadRequest(f"the prompt is {size} bytes: at least {size // longest} tokens (no token is "
                                 f"longer than {longest} bytes); the context holds {self.max_ctx} tokens, prompt "
                                 f"and answer together", "prompt")
            return encode(text)
        return await asyncio.to_thread(checked)


def create_app(service: Service) -> Starlette:
    @asynccontextmanager
    async def lifespan(app):
        yield
        await asyncio.get_running_loop().run_in_executor(None, service.batcher.stop)

    async def health(request: HTTPRequest) -> JSONResponse:
        status = "ok" if service.batcher.error is None else f"error: {service.batcher.error}"
        return JSONResponse({"status": status, "model": service.name, **service.batcher.stats()})

    card = {"id": service.name, "object": "model", "created": 0, "owned_by": "minic"}

    async def models(request: HTTPRequest) -> JSONResponse:
        return JSONResponse({"object": "list", "data": [card]})

    async def model(request: HTTPRequest) -> JSONResponse:
        name = request.path_params["model"]
        if name != service.name:
            raise ModelNotFound(f"model {name!r} is not served here; this server serves {service.name!r}", "model")
        return JSONResponse(card)

    async def completions(request: HTTPRequest):
        body = await _json(request)
        req = parse(body, service.name, default_max_tokens=16, max_n=service.max_n)  # 16: OpenAI's default
        prompt = prompt_of(body, service.vocab_size)
        if isinstance(prompt, str):
            prompt = await service.tokenized(prompt, service.tokenizer.encode_prompt)
        return await _generate(service, request, req, prompt, chat=False)

    async def chat_completions(request: HTTPRequest):
        body = await _json(request)
        req = parse(body, service.name, default_max_tokens=None, max_n=service.max_n, chat=True)
        if service.chat_template is None:
            raise BadRequest(f"model {service.name!r} has no chat template (GPT-2 was not trained for chat): "
                             f"use /v1/completions, or start the server with --chat-template FILE")
        text = service.chat_template.render(messages_of(body))
        prompt = await service.tokenized(text, service.tokenizer.encode)
        return await _generate(service, request, req, prompt, chat=True)

    async def bad_request(request: HTTPRequest, exc: Exception) -> JSONResponse:
        return _error(str(exc), getattr(exc, "status", 400), getattr(exc, "param", None), getattr(exc, "code", None))

    async def unavailable(request: HTTPRequest, exc: Exception) -> JSONResponse:
        return _error(str(exc), 503)

    async def http_error(request: HTTPRequest, exc: HTTPException) -> JSONResponse:
        """An unknown path or method, in OpenAI's error shape (clients parse it) rather than Starlette's text."""
        return _error(f"{exc.detail}: {request.method} {request.url.path} (minic serve has GET /v1/models, "
                      f"POST /v1/completions, POST /v1/chat/completions, GET /health)", exc.status_code)

    routes = [Route("/health", health), Route("/v1/models", models), Route("/v1/models/{model:path}", model),
              Route("/v1/completions", completions, methods=["POST"]),
              Route("/v1/chat/completions", chat_completions, methods=["POST"])]
    handlers = {MinicError: bad_request, Unavailable: unavailable, HTTPException: http_error}
    middleware = [] if service.api_key is None else [Middleware(RequireKey, key=service.api_key)]
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers, middleware=middleware)


class RequireKey:
    """ASGI middleware: /v1 requests without `Authorization: Bearer <key>` get a 401 (the openai client's
    AuthenticationError); /health stays open for load balancers."""

    def __init__(self, app, key: str):
        self.app, self.key = app, key.encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith("/v1"):
            scheme, _, token = dict(scope["headers"]).get(b"authorization", b"").partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(token.strip(), self.key):  # RFC 7235
                response = _error("a valid API key is required: send Authorization: Bearer <key> (the server's "
                                  "--api-key)", 401, code="invalid_api_key")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _json(request: HTTPRequest):
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as e:
        raise BadRequest(f"the request body is not valid JSON: {e}") from None


def _error(message: str, status: int, param: str | None = None, code: str | None = None) -> JSONResponse:
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return JSONResponse({"error": {"message": message, "type": kind, "param": param, "code": code}},
                        status_code=status)


async def _generate(service: Service, http: HTTPRequest, req: Request, prompt: list[int], chat: bool):
    if not prompt:
        raise BadRequest("the prompt is empty (no tokens): give it some text", "messages" if chat else "prompt")
    if len(prompt) >= service.max_ctx:
        raise BadRequest(f"the prompt has {len(prompt)} tokens; the context holds {service.max_ctx} tokens, "
                         f"prompt and answer together", "prompt")
    max_tokens = req.max_tokens if req.max_tokens is not None else \
        min(service.default_max_tokens, service.batcher.most_tokens(len(prompt)))
    if max_tokens < 1:
        raise BadRequest(f"the prompt has {len(prompt)} tokens: it leaves no room for an answer in the KV-cache "
                         f"pool (start the server with more --pages)", "prompt")
    loop, queue = asyncio.get_running_loop(), asyncio.Queue()

    def post(choice: int, kind: str, value) -> None:  # called on the batcher thread
        try:
            loop.call_soon_threadsafe(queue.put_nowait, (choice, kind, value))
        except RuntimeError:  # the event loop is closed: nobody is listening any more
            pass

    jobs = [Job(list(prompt), max_tokens, req.sampling, emit=lambda t, i=i: post(i, "token", t),
                finish=lambda r, i=i: post(i, "end", r), stop_ids=service.stop_ids, choice=i,
                top_logprobs=req.top_logprobs) for i in range(req.n)]
    for job in jobs[1:]:
        job.leader = jobs[0]  # one prefill for the n answers
    try:
        for job in jobs:
            service.batcher.check(job)  # all or none: a request the context cannot hold starts no job
    except MinicError as e:
        raise BadRequest(str(e), "max_tokens" if req.max_tokens is not None else "prompt") from None
    try:
        for job in jobs:
            service.batcher.submit(job)
    except Unavailable:
        for job in jobs:
            job.cancel()
        raise
    texts = [StopText(service.tokenizer, req.stop) for _ in jobs]
    pieces = _pieces(jobs, queue, texts)
    ident, created = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}", int(time.time())

    def usage() -> dict:
        done = sum(t.tokens for t in texts)
        return {"prompt_tokens": len(prompt), "completion_tokens": done, "total_tokens": len(prompt) + done}

    logprobs = None if req.top_logprobs is None else LogProbs(service.tokenizer, chat)
    if req.stream:
        head = {"id": ident, "created": created, "model": req.model}
        return StreamingResponse(_sse(pieces, head, chat, req.n, usage if req.include_usage else None, logprobs),
                                 media_type="text/event-stream")
    collect = asyncio.ensure_future(_collect(pieces, req.n))
    gone = asyncio.ensure_future(_disconnected(http))
    await asyncio.wait({collect, gone}, return_when=asyncio.FIRST_COMPLETED)
    gone.cancel()
    if not collect.done():  # the client left before the answer: cancelling the collection cancels the jobs
        collect.cancel()
        return _error("the client disconnected", 499)
    choices = []
    for i, (text, reason, tokens) in enumerate(collect.result()):
        lp = logprobs.format(tokens, 0) if logprobs is not None else None
        choices.append({"index": i, "message": {"role": "assistant", "content": text}, "logprobs": lp,
                        "finish_reason": reason} if chat else
                       {"index": i, "text": text, "logprobs": lp, "finish_reason": reason})
    return JSONResponse({"id": ident, "object": "chat.completion" if chat else "text_completion",
                         "created": created, "model": req.model, "choices": choices, "usage": usage()})


async def _collect(pieces: AsyncIterator, n: int) -> list[tuple[str, str, list]]:
    """Each choice's whole text, finish reason and tokens with their log probabilities (a non-streamed response)."""
    text: list[list[str]] = [[] for _ in range(n)]
    reasons: list[str] = [""] * n
    tokens: list[list] = [[] for _ in range(n)]
    async with aclosing(pieces):
        async for i, piece, reason, scored in pieces:
            text[i].append(piece)
            reasons[i] = reason or reasons[i]
            tokens[i] += scored
    return [("".join(t), r, s) for t, r, s in zip(text, reasons, tokens)]


async def _disconnected(http: HTTPRequest) -> None:
    """Returns when the client of a request whose body was read closes its connection."""
    while (await http.receive())["type"] != "http.disconnect":
        pass


async def _pieces(jobs: list[Job], queue: asyncio.Queue, texts: list[StopText]) -> AsyncIterator[tuple]:
    """(choice, text, None, scored) per piece of text, and (choice, text, finish_reason, scored) once per choice as
    it ends, until every choice has ended; `scored` lists the tokens whose text the piece completes, each
    (id, logprob, [(id, logprob)] alternatives), when the job records log probabilities (else it is empty).
    Cancels every job however it ends (a stop string, a client gone, a server error), so their pages are freed
    at the batcher's next step."""
    running = set(range(len(jobs)))
    seen = [0] * len(jobs)  # tokens received per choice: the index of the next one's log probabilities
    held: list[list] = [[] for _ in jobs]  # scored tokens whose text is held back (a possible stop string)
    try:
        while running:
            i, kind, value = await queue.get()
            if i not in running:  # tokens of a choice that a stop string ended, made before it was cancelled
                continue
            job, text = jobs[i], texts[i]
            if kind == "token":
                k, seen[i] = seen[i], seen[i] + 1
                if value in job.stop_ids:  # ends the answer (the batcher finishes it next); no text of its own
                    continue
                if job.top_logprobs is not None:
                    held[i].append((value, *job.logprobs[k]))
                piece, stopped = text.feed(value)
                if stopped:
                    running.discard(i)
                    job.cancel()
                    yield i, piece, "stop", held[i]
                elif piece:
                    yield i, piece, None, held[i]
                    held[i] = []
            else:
                if value == "error":
                    raise Unavailable("the model failed while generating (see the server log)")
                running.discard(i)
                yield i, text.flush(), value, held[i]
    finally:
        for job in jobs:
            job.cancel()


class LogProbs:
    """Scored tokens in OpenAI's shapes: chat's {"content": [{token, logprob, bytes, top_logprobs}]}, completions'
    {"tokens", "token_logprobs", "top_logprobs", "text_offset"} (offsets into the choice's text)."""

    def __init__(self, tokenizer, chat: bool):
        self.tokenizer, self.chat = tokenizer, chat

    def _token(self, i: int) -> tuple[str, bytes]:
        raw = self.tokenizer.decode_bytes([i])
        return raw.decode("utf-8", errors="replace"), raw

    def format(self, scored: list, offset: int) -> dict:
        if self.chat:
            def entry(i: int, lp: float) -> dict:
                text, raw = self._token(i)
                return {"token": text, "logprob": lp, "bytes": list(raw)}
            return {"content": [{**entry(i, lp), "top_logprobs": [entry(j, b) for j, b in top]}
                                for i, lp, top in scored]}
        tokens = [self._token(i)[0] for i, _, _ in scored]
        offsets = [offset + sum(len(t) for t in tokens[:k]) for k in range(len(tokens))]
        return {"tokens": tokens, "token_logprobs": [lp for _, lp, _ in scored],
                "top_logprobs": [{self._token(j)[0]: b for j, b in top} for _, _, top in scored],
                "text_offset": offsets}


async def _sse(pieces: AsyncIterator, head: dict, chat: bool, n: int, usage,
               logprobs: LogProbs | None) -> AsyncIterator[str]:
    """Server-sent events: a chunk per piece of text (chat: a role chunk first per choice) with its tokens' log
    probabilities when asked for, a chunk with each choice's finish reason, with `usage` a last chunk of token
    counts and no choices, then [DONE]."""
    obj = "chat.completion.chunk" if chat else "text_completion"
    sent = [0] * n  # characters sent per choice: completions' text_offset

    def chunk(choices: list, **extra) -> str:
        return f"data: {json.dumps({**head, 'object': obj, 'choices': choices, **extra})}\n\n"

    def choice(i: int, text: str | None, reason: str | None, scored: list = (), role: bool = False) -> dict:
        lp = logprobs.format(scored, sent[i]) if logprobs is not None and scored else None
        if chat:
            delta = {"role": "assistant", "content": ""} if role else {"content": text} if text else {}
            return {"index": i, "delta": delta, "logprobs": lp, "finish_reason": reason}
        return {"index": i, "text": text or "", "logprobs": lp, "finish_reason": reason}

    async with aclosing(pieces):  # entered first: a client gone before the first chunk still cancels its jobs
        if chat:
            for i in range(n):
                yield chunk([choice(i, None, None, role=True)])
        async for i, text, reason, scored in pieces:
            if text or scored:
                yield chunk([choice(i, text, None, scored)])
                sent[i] += len(text)
            if reason is not None:
                yield chunk([choice(i, None, reason)])
    if usage is not None:
        yield chunk([], usage=usage())
    yield "data: [DONE]\n\n"
