"""`minic devices`: which backends run on this machine, and why not where they do not."""
from __future__ import annotations

import argparse

NAME = "devices"
HELP = "list backends and whether they run here"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """No options."""


def run(args: argparse.Namespace) -> int:
    try:
        from minic.runtime.report import format_devices
    except ImportError:
        import minic
        for name, status in minic.devices().items():
            print(f"{name:<7} {status}")
        return 0
    print(format_devices())
    return 0

