"""Serving: a continuous batcher over the paged KV cache (models/paged.py) and the OpenAI-compatible HTTP
API of `minic serve` (minic/commands/serve.py).

    batcher.py   Jobs in, one batched decode step at a time, tokens out
    protocol.py  request bodies checked into Requests (BadRequest -> HTTP 400)
    text.py      ids -> text with stop strings cut off, the same streamed or not
    chat.py      chat templates (Jinja, sandboxed)
    app.py       the Starlette routes
    histories.py conversations by id: fork, offload to host, save/load, switch
Speculative decoding is models/speculative.py (it needs only the paged model, not the server).
"""
