"""One module per `minic` subcommand, found by `minic.cli` at start-up.

A command module defines `NAME` (what the user types), `HELP` (one line for
`minic --help`), `add_arguments(parser)` and `run(args) -> int`. A module that
parses its own options sets `OWN_ARGV = True` and takes `run(argv)` instead.
Modules import heavy things (models, torch, servers) inside `run`, so
`minic --help` stays fast. Adding a command is adding a file here.
"""
from __future__ import annotations

import argparse


def at_least(low: int):
    """An argparse type: an integer of at least `low`, else a usage error naming what was given."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"expected an integer of at least {low}, got {value}")
        return value
    return parse
