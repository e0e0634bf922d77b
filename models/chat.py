"""Chat templates: a model's jinja2 template turns messages into its prompt text, rendered as transformers
renders it (`apply_chat_template`): a sandboxed environment with trim_blocks and lstrip_blocks, the
loopcontrols extension, a `tojson` filter that keeps non-ASCII text, and the `raise_exception` and
`strftime_now` helpers templates call; bos_token / eos_token are passed as variables.
"""
from __future__ import annotations

import functools
import json
from datetime import datetime

from minic.errors import MinicError


class ChatTemplateError(MinicError):
    """A chat template that does not parse, or that raised while rendering (it says why)."""


def render(template: str, messages: list[dict], add_generation_prompt: bool = True, **special_tokens: str) -> str:
    """The prompt text for `messages` ([{'role': 'user', 'content': ...}, ...])."""
    import jinja2
    try:
        return compile_template(template).render(messages=messages, add_generation_prompt=add_generation_prompt,
                                                  **special_tokens)
    except jinja2.TemplateError as e:
        raise ChatTemplateError(f"the chat template does not render ({type(e).__name__}: {e})") from None


@functools.lru_cache(maxsize=8)
def compile_template(template: str):
    """The template parsed once in its sandboxed environment (a server renders it per request); a template that
    does not parse raises ChatTemplateError here, so a server can refuse it when it starts."""
    import jinja2
    from jinja2.ext import loopcontrols
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str):
        raise ChatTemplateError(f"the chat template refused the messages: {message}")

    def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    try:
        return env.from_string(template)
    except jinja2.TemplateError as e:
        raise ChatTemplateError(f"the chat template does not render: it does not parse ({type(e).__name__}: {e})") \
            from None
