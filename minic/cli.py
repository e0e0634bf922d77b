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


def _parser(mods: dict[str, ModuleType]) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="minic", description="minic: a small, hackable ML compiler")
    sub = p.add_subparsers(dest="command", required=True)
    for name, mod in mods.items():
        if getattr(mod, "OWN_ARGV", False):
            sub.add_parser(name, add_help=False, help=mod.HELP)
        else:
            mod.add_arguments(sub.add_parser(name, help=mod.HELP))
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    mods = commands()
    try:
        if argv[:1] and getattr(mods.get(argv[0]), "OWN_ARGV", False):
            return mods[argv[0]].run(argv[1:])
        args = _parser(mods).parse_args(argv)
        return mods[args.command].run(args)
    except MinicError as e:
        print(f"minic: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
