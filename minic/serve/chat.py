"""The served model's chat template: which template (a file, the checkpoint's, or none) and its special tokens.

Rendering is models/chat.py's, the one `minic generate --chat` uses (sandboxed Jinja with loopcontrols,
`tojson`, `raise_exception`, `strftime_now`): a template renders the same prompt in both.
"""
from __future__ import annotations

import json
from pathlib import Path

from models.chat import compile_template, render


class ChatTemplate:
    def __init__(self, source: str, bos_token: str = "", eos_token: str = ""):
        compile_template(source)  # a template that does not parse stops the server when it starts
        self.source, self.bos_token, self.eos_token = source, bos_token, eos_token

    def render(self, messages: list[dict]) -> str:
        """The prompt text for `messages`, ending where the assistant's answer begins."""
        return render(self.source, messages, bos_token=self.bos_token, eos_token=self.eos_token)

    @staticmethod
    def find(checkpoint, file: str | None = None) -> ChatTemplate | None:
        """The template in `file`, else the checkpoint's own (GGUF metadata, chat_template.jinja or
        tokenizer_config.json), else None. `checkpoint` is a models.families.Checkpoint."""
        tokens = {k: v or "" for k, v in checkpoint.special_tokens.items()}
        if file is not None:
            return ChatTemplate(Path(file).read_text(encoding="utf-8"), **tokens)
        source = checkpoint.chat_template
        config = Path(checkpoint.source) / "tokenizer_config.json"
        if source is None and config.is_file():  # a GPT-2 folder: families reads only LLaMA folders' templates
            data = json.loads(config.read_text(encoding="utf-8"))
            source = data.get("chat_template")
            tokens = {k: _token_text(data.get(k)) for k in ("bos_token", "eos_token")}
        if isinstance(source, list):  # several named templates: the default one
            source = next((t["template"] for t in source if t.get("name") == "default"), None)
        return ChatTemplate(source, **tokens) if source else None


def _token_text(token) -> str:
    return token.get("content", "") if isinstance(token, dict) else token or ""
