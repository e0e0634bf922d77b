"""The `minic` command: one subcommand per module in minic/commands/.

Only argument parsing and dispatch live here; each command's options and work
are in its own module, so adding a command never edits this file.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

import minic.commands
from minic.errors import MinicError


def commands() -> dict[str, ModuleType]:
    """Every command module, by the name the user types."""
    found = {}
    for info in sorted(pkgutil.iter_modules(minic.commands.__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"minic.commands.{info.name}")
        found[mod.NAME] = mod
    return found


def _parser(mods: dict[str, ModuleType], unavailable: dict[str, str]) -> argparse.ArgumentParser:
    """The argument parser; a command whose options need a package that is not installed (ImportError while adding
    them) goes into `unavailable` with the reason, so that one missing optional package disables one command, not
    the whole CLI."""
    p = argparse.ArgumentParser(prog="minic", description="minic: a small, hackable ML compiler")
    sub = p.add_subparsers(dest="command", required=True)
    for name, mod in mods.items():
        if getattr(mod, "OWN_ARGV", False):
            sub.add_parser(name, add_help=False, help=mod.HELP)
            continue
        parser = sub.add_parser(name, help=mod.HELP)
        try:
            mod.add_arguments(parser)
        except ImportError as e:
            unavailable[name] = f"minic {name} needs a package that is not installed ({e}); see the README's set-up"
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    mods = commands()
    unavailable: dict[str, str] = {}
    parser = _parser(mods, unavailable)
    try:
        if argv[:1] and argv[0] in unavailable:
            raise MinicError(unavailable[argv[0]])
        if argv[:1] and getattr(mods.get(argv[0]), "OWN_ARGV", False):
            return mods[argv[0]].run(argv[1:])
        args = parser.parse_args(argv)
        return mods[args.command].run(args)
    except MinicError as e:
        print(f"minic: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
