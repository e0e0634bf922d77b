"""Per-rule settings: each rule module owns a frozen dataclass of its knobs (tile sizes, thread counts), with
defaults that may depend on the target; a Target carries overrides in `Target.tuning` without knowing any rule.

    @dataclass(frozen=True)
    class MySettings(RuleSettings):
        threads: int = 256

    settings(MySettings, target).threads             # the override on this target, else the default
    device.target = tune(device.target, MySettings, threads=128)   # bench/tune.py, tests
"""
from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from minic.sched.target import Target

S = TypeVar("S", bound="RuleSettings")


class RuleSettings:
    """Base of every rule's settings dataclass (frozen, so a Target holding them stays hashable)."""

    @classmethod
    def defaults(cls: type[S], target: Target) -> S:
        """The settings a rule uses on `target` when nothing overrides them (override for per-target defaults)."""
        return cls()


def settings(cls: type[S], target: Target) -> S:
    """The `cls` settings in force on `target`: its override in Target.tuning, else cls.defaults(target)."""
    for s in target.tuning:
        if type(s) is cls:
            return s
    return cls.defaults(target)


def tune(target: Target, cls: type[S], **fields) -> Target:
    """`target` with some fields of its `cls` settings changed (the others as they are in force there)."""
    return target.tuned(replace(settings(cls, target), **fields))
