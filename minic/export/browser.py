"""Open an exported page in headless Chromium: what the tests, the benchmark and the README screenshot share.

The page is served from its directory over a localhost HTTP server (WebGPU needs a secure context, and
localhost is one); Chromium runs WebGPU on the CPU through SwiftShader. Playwright drives the system
`chromium` (no browser download)."""
from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from minic.export.capture import ExportError

CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--enable-unsafe-webgpu", "--use-webgpu-adapter=swiftshader"]


def chromium() -> str | None:
    """The system Chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """An HTTP server for `directory` on a free localhost port while inside; its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class PageResult:
    ids: str
    error: str
    stats: str
    status: str


@contextmanager
def browser(directory: Path) -> Iterator[Callable[..., PageResult]]:
    """Chromium and a server for `directory` while inside; yields `open_page(query, timeout_s=120, webgpu=True,
    screenshot=None, path="index.html")`, which opens `path`?`query` (relative to `directory`) in a new tab and
    waits until it writes #minic-ids or #minic-error. `webgpu=False` hides navigator.gpu, as a browser without
    WebGPU has none."""
    from playwright.sync_api import sync_playwright
    exe = chromium()
    if exe is None:
        raise ExportError("no chromium on PATH (apt-get install chromium)")
    with serve(directory) as base, sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)

        def open_page(query: str, timeout_s: float = 120, webgpu: bool = True,
                      screenshot: Path | None = None, path: str = "index.html") -> PageResult:
            page = chrome.new_page(viewport={"width": 900, "height": 640})
            try:
                if not webgpu:
                    page.add_init_script("Object.defineProperty(Navigator.prototype, 'gpu', {get: () => undefined})")
                page.goto(f"{base}{path}?{query}")
                page.wait_for_function("document.getElementById('minic-ids').textContent || "
                                       "document.getElementById('minic-error').textContent", timeout=timeout_s * 1000)
                text = {k: page.inner_text(f"#minic-{k}") for k in ("ids", "error", "stats", "status")}
                if screenshot is not None:
                    page.screenshot(path=str(screenshot), full_page=True)
            finally:
                page.close()
            return PageResult(**text)

        try:
            yield open_page
        finally:
            chrome.close()


def run_page(directory: Path, query: str, **options) -> PageResult:
    """One page opened in its own browser (see `browser` for the options)."""
    with browser(directory) as open_page:
        return open_page(query, **options)
