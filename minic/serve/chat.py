"""Chat templates: a model's Jinja template (Hugging Face's `chat_template`) turning messages into prompt text.

Templates come from the weights directory's tokenizer_config.json or from a file (`minic serve
--chat-template`). They are rendered in Jinja's sandbox: a template is data from a checkpoint, not code to trust.
"""
from __future__ import annotations

import json
from pathlib import Path

from minic.errors import MinicError


class ChatTemplate:
    def __init__(self, source: str, bos_token: str = "", eos_token: str = ""):
        from jinja2 import TemplateError
        from jinja2.sandbox import ImmutableSandboxedEnvironment
        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = _raise
        try:
            self.template = env.from_string(source)
        except TemplateError as e:
            raise MinicError(f"the chat template does not parse: {e}") from None
        self.bos_token, self.eos_token = bos_token, eos_token

    def render(self, messages: list[dict]) -> str:
        """The prompt text for `messages`, ending where the assistant's answer begins."""
        from jinja2 import TemplateError
        try:
            return self.template.render(messages=messages, add_generation_prompt=True, bos_token=self.bos_token,
                                        eos_token=self.eos_token)
        except TemplateError as e:
            raise MinicError(f"the chat template refused the messages: {e}") from None

    @staticmethod
    def find(weights_dir: Path, file: str | None = None) -> ChatTemplate | None:
        """The template in `file`, else the one in weights_dir/tokenizer_config.json, else None."""
        if file is not None:
            return ChatTemplate(Path(file).read_text(encoding="utf-8"))
        config = Path(weights_dir) / "tokenizer_config.json"
        if not config.exists():
            return None
        data = json.loads(config.read_text(encoding="utf-8"))
        source = data.get("chat_template")
        if isinstance(source, list):  # several named templates: the default one
            source = next((t["template"] for t in source if t.get("name") == "default"), None)
        if not source:
            return None
        return ChatTemplate(source, _token_text(data.get("bos_token")), _token_text(data.get("eos_token")))


def _token_text(token) -> str:
    return token.get("content", "") if isinstance(token, dict) else token or ""


def _raise(message: str):
    raise MinicError(f"the chat template refused the messages: {message}")
