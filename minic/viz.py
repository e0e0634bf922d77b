"""Pictures of a schedule: `minic.viz(t)` draws the graph with each fused kernel as a coloured group.

Each group is one kernel: its ops, its name, the rule that scheduled it and why
the kernel ends where it does. Kernels talk only through buffers, drawn as
grey boxes between the groups (inputs as cylinders). In a notebook the picture
displays inline: SVG laid out by Graphviz when the `dot` program is installed,
otherwise a self-contained HTML page of coloured kernel cards. `.save(path)`
writes .svg, .html, .dot (or .png/.pdf with dot).

    minic.viz(x.softmax(-1))                  # in a notebook
    minic.viz(y).save("graph.svg")
    minic viz --expr attention --out att.svg  # built-in examples, see minic/examples.py

Kernels are labelled `scope.kernel` (minic.scope): drawn inside a `minic.scope` block, or from launches a
capture recorded in a model (`minic.viz(cap.select("h.3.attn.*"))`).
"""
from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import textwrap
from pathlib import Path

from minic.engine import ScheduledKernel
from minic.ir.node import Node, describe_arg, toposort
from minic.scope import current, qualified
from minic.tensor import Tensor

FILL = ["#fde2c8", "#d4ecd5", "#d6e4f5", "#f6d5e5", "#e8e0f5", "#fff3c4", "#d2f0ee", "#f3dcd0"]
EDGE = ["#c77d3a", "#4d9a55", "#4a78b5", "#b5547f", "#7c62b5", "#b59a2a", "#3a9a92", "#a0644a"]


def op_label(n: Node) -> str:
    """A node's op in a few words (the full argument goes in the tooltip)."""
    if n.op == "REDUCE":
        return f"{n.arg[0]} over axis {', '.join(map(str, n.arg[1]))}"
    if n.op == "CONST":
        return f"const {n.arg:g}" if isinstance(n.arg, float) else f"const {n.arg}"
    if n.op == "INDEX":
        return f"index of dim {n.arg}"
    if n.op == "cast":
        return f"cast to {n.dtype.name}"
    return n.op.lower() if n.op.isupper() else n.op


def type_label(n: Node) -> str:
    return f"{n.dtype.name}[{', '.join(str(s) for s in n.shape)}]"


def _q(text: str) -> str:
    """A DOT double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _wrap(text: str, width: int = 48) -> list[str]:
    return textwrap.wrap(text, width) or [""]


class Picture:
    """A drawable schedule: `.dot` (Graphviz source), `.svg()`, `.html()`, `.save(path)`, inline in notebooks."""

    def __init__(self, kernels: list[ScheduledKernel], title: str = "", scopes: list[str] | None = None):
        self.kernels, self.title = kernels, title
        self.scopes = scopes or [""] * len(kernels)  # where each was (or will be) launched
        self._producer = {id(b): i for i, sk in enumerate(kernels) for b in sk.graph.writes}
        self._names: dict[int, str] = {}

    def label(self, i: int) -> str:
        """Kernel i's name with its scope: `h.3.attn.attention`."""
        return qualified(self.scopes[i], self.kernels[i].name)

    def buffer_name(self, buf) -> str:
        """`input N` for data the schedule reads, else the name of the kernel that writes it."""
        i = self._producer.get(id(buf))
        if i is not None:
            return self.label(i)
        return self._names.setdefault(id(buf), f"input {len(self._names)}")

    # --- Graphviz ----------------------------------------------------------------------
    @property
    def dot(self) -> str:
        out = ["digraph minic {", "  rankdir=TB; compound=true; newrank=true;",
               '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", fillcolor=white];',
               '  edge [color="#555555", arrowsize=0.6];']
        if self.title:
            out.append(f'  labelloc=t; label={_q(self.title)}; fontname="Helvetica";')
        buffers: dict[int, str] = {}
        top: list[str] = []  # buffer nodes live outside every kernel's group

        def buffer_node(buf, n: Node) -> str:
            if id(buf) not in buffers:
                bid = buffers[id(buf)] = f"buf{len(buffers)}"
                written = id(buf) in self._producer
                shape = "box" if written else "cylinder"
                top.append(f"  {bid} [label={_q(self.buffer_name(buf) + chr(10) + type_label(n))}, shape={shape}, "
                           f'style=filled, fillcolor="#eeeeee", color="#999999", fontsize=9];')
            return buffers[id(buf)]

        for sk in self.kernels:  # outputs first, so each gets the producer's node shape
            buffer_node(sk.graph.output, sk.graph.source_node.src[0] if sk.graph.writes_into
                        else sk.graph.source_node)
        edges: list[str] = []
        for i, sk in enumerate(self.kernels):
            fill, edge = FILL[i % len(FILL)], EDGE[i % len(EDGE)]
            title = f"<b>{html.escape(self.label(i))}</b><br/>rule: {html.escape(sk.rule)}<br/>" + \
                "<br/>".join(f"<i>{html.escape(line)}</i>" for line in _wrap("cut: " + sk.why))
            out += [f"  subgraph cluster_{i} {{", f"    label=<{title}>; fontsize=10; style=\"rounded,filled\"; "
                    f'fillcolor="{fill}"; color="{edge}"; penwidth=2; tooltip={_q(sk.rule_why)};']
            ids: dict[int, str] = {}
            root = sk.graph.root
            for j, n in enumerate(toposort([root])):
                if n.op == "BUFFER":
                    ids[id(n)] = buffer_node(n.arg, n)
                    continue
                nid = ids[id(n)] = f"k{i}n{j}"
                style = {"REDUCE": f'penwidth=2, color="{edge}"', "VIEW": 'fontcolor="#666666", color="#aaaaaa"',
                         "CONST": 'shape=plaintext, style=""'}.get(n.op, "")
                out.append(f"    {nid} [label={_q(op_label(n) + chr(10) + type_label(n))}, "
                           f"tooltip={_q(describe_arg(n) or n.op)}{', ' + style if style else ''}];")
                edges += [f"  {ids[id(s)]} -> {nid};" for s in n.src]
            if root.op == "BUFFER":  # a copy kernel: give the group a body
                nid = f"k{i}copy"
                out.append(f"    {nid} [label={_q('copy' + chr(10) + type_label(root))}];")
                edges.append(f"  {ids[id(root)]} -> {nid};")
                ids[id(root)] = nid
            out.append("  }")
            verb = "scatter" if sk.graph.scatter else "assign" if sk.graph.out_view is not None else "store"
            edges.append(f'  {ids[id(root)]} -> {buffers[id(sk.graph.output)]} [label="{verb}", fontsize=8, '
                         f'color="{edge}"];')
        return "\n".join(out + top + edges + ["}"])

    def svg(self) -> str | None:
        """The picture laid out by Graphviz, or None when the `dot` program is not installed."""
        if shutil.which("dot") is None:
            return None
        return self._dot_render("svg").decode()

    def _dot_render(self, fmt: str) -> bytes:
        try:
            import graphviz
        except ImportError:
            return subprocess.run(["dot", f"-T{fmt}"], input=self.dot.encode(), capture_output=True,
                                  check=True).stdout
        return graphviz.Source(self.dot).pipe(format=fmt)

    # --- HTML without Graphviz ---------------------------------------------------------------
    def cards_html(self) -> str:
        """Every kernel as a coloured card listing its ops: readable anywhere, no layout engine needed."""
        cards = []
        for i, sk in enumerate(self.kernels):
            order = toposort([sk.graph.root])
            num = {id(n): f"%{j}" for j, n in enumerate(order)}
            lines = []
            for n in order:
                if n.op == "BUFFER":
                    num[id(n)] = self.buffer_name(n.arg)
                    continue
                srcs = ", ".join(num[id(s)] for s in n.src)
                lines.append(f"{num[id(n)]} = {op_label(n)}({srcs}) : {type_label(n)}")
            reads = sorted({self.buffer_name(b) for b in sk.graph.inputs} - {self.label(i)})
            cards.append(
                f'<div style="background:{FILL[i % len(FILL)]};border:2px solid {EDGE[i % len(EDGE)]};'
                f'border-radius:8px;padding:6px 10px;margin:6px 0;font-family:Helvetica,sans-serif;font-size:12px">'
                f"<b>{html.escape(self.label(i))}</b> on {html.escape(sk.device)} &mdash; "
                f"rule <b>{html.escape(sk.rule)}</b>"
                f"<br/><i>cut: {html.escape(sk.why)}</i><br/><span style=\"color:#555\">"
                f"{html.escape(sk.rule_why)}</span><br/>reads: {html.escape(', '.join(reads) or 'nothing')}"
                f"<pre style=\"margin:4px 0;background:rgba(255,255,255,.6);padding:4px\">"
                f"{html.escape(chr(10).join(lines))}</pre></div>")
        head = f"<h3 style=\"font-family:Helvetica,sans-serif\">{html.escape(self.title)}</h3>" if self.title else ""
        return f'<div class="minic-viz">{head}{"".join(cards)}</div>'

    def html(self) -> str:
        """A self-contained HTML fragment: the SVG when Graphviz is installed, the kernel cards otherwise."""
        svg = self.svg()
        if svg is None:
            return self.cards_html()
        return f'<div class="minic-viz">{svg[svg.index("<svg"):]}</div>'

    def _repr_svg_(self) -> str | None:
        return self.svg()

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        names = ", ".join(self.label(i) for i in range(len(self.kernels)))
        return f"<minic.viz of {len(self.kernels)} kernels: {names}>"

    def save(self, path: str | Path) -> Path:
        """Write by suffix: .svg, .html (a whole page), .dot/.gv, or any format dot knows (.png, .pdf)."""
        path = Path(path)
        fmt = path.suffix.lstrip(".").lower()
        if fmt in ("dot", "gv"):
            path.write_text(self.dot)
        elif fmt in ("html", "htm"):
            path.write_text(f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(self.title)}"
                            f"</title></head><body>{self.html()}</body></html>\n")
        elif shutil.which("dot") is None:
            raise RuntimeError(f"writing .{fmt} needs Graphviz's `dot` program; save as .html or .dot instead")
        else:
            path.write_bytes(self._dot_render(fmt))
        return path


def viz(t: Tensor | list, title: str = "") -> Picture:
    """Draw the kernels that compute `t` (or a schedule you already have, or launches a `minic.capture` recorded)
    with their rules and fusion cuts."""
    if isinstance(t, Tensor):
        kernels = t.schedule()
        return Picture(kernels, title, [current()] * len(kernels))
    items = list(t)
    captured = [hasattr(k, "scope") and hasattr(k, "kernel") for k in items]
    return Picture([k.kernel if c else k for k, c in zip(items, captured)], title,
                   [k.scope if c else current() for k, c in zip(items, captured)])


def main_viz(argv: list[str] | None = None) -> int:
    """`minic viz`: draw a built-in example graph (see minic/examples.py)."""
    from minic.examples import EXAMPLES
    p = argparse.ArgumentParser(prog="minic viz", description="draw a built-in example's fused kernels")
    p.add_argument("--expr", choices=sorted(EXAMPLES), default="softmax", help="which example to draw")
    p.add_argument("--device", default=None, help="schedule for this device (default: MINIC_DEVICE or LLVM)")
    p.add_argument("--out", default=None, help="file to write (.svg .html .dot .png .pdf); '-' prints DOT; "
                                               "default EXPR.svg, or EXPR.html without Graphviz")
    args = p.parse_args(argv)
    pic = viz(EXAMPLES[args.expr](args.device), title=f"minic: {args.expr}")
    if args.out == "-":
        print(pic.dot)
        return 0
    out = args.out or f"{args.expr}.{'svg' if shutil.which('dot') else 'html'}"
    path = pic.save(out)
    print(f"wrote {path}: {len(pic.kernels)} kernels ({', '.join(f'{k.name} [{k.rule}]' for k in pic.kernels)})")
    return 0
