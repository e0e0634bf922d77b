"""Generated ids to the text a client may see now, with `stop` strings cut off.

A streamed piece must never show text that a later token turns into a stop string, so the tail that could
still begin one is held back until the next token settles it; an unfinished UTF-8 character is held back
too (models/generate.TextStream). The final text is the same whether it is streamed or not.
"""
from __future__ import annotations

from models.generate import TextStream


class StopText:
    """feed(token) -> (text to send, stopped); flush() -> what is left once generation ends without a stop."""

    def __init__(self, tokenizer, stops: tuple):
        self.stops = stops
        self._decoded: list[str] = []
        self._stream = TextStream(tokenizer, self._decoded.append)
        self._held = ""
        self.tokens = 0  # tokens fed: the answer's length in tokens (up to the one completing a stop string)

    def feed(self, token: int) -> tuple[str, bool]:
        self.tokens += 1
        self._stream(token)
        self._held += "".join(self._decoded)
        self._decoded.clear()
        hits = [i for i in (self._held.find(s) for s in self.stops) if i >= 0]
        if hits:
            out, self._held = self._held[:min(hits)], ""
            return out, True
        keep = self._open_prefix()
        out = self._held[:len(self._held) - keep]
        self._held = self._held[len(self._held) - keep:]
        return out, False

    def flush(self) -> str:
        self._stream.flush()
        out = self._held + "".join(self._decoded)
        self._held, self._decoded[:] = "", []
        return out

    def _open_prefix(self) -> int:
        """Length of the longest tail of the held text that is a proper prefix of a stop string."""
        for k in range(min(len(self._held), max((len(s) for s in self.stops), default=1) - 1), 0, -1):
            tail = self._held[-k:]
            if any(s.startswith(tail) for s in self.stops):
                return k
        return 0
