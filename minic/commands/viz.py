"""`minic viz`: draw a built-in example's fused kernels; minic/viz.py owns its options."""
from __future__ import annotations

NAME = "viz"
HELP = "draw a built-in example's fused kernels (minic viz --help)"
OWN_ARGV = True


def run(argv: list[str]) -> int:
    from minic.viz import main_viz
    return main_viz(argv)
