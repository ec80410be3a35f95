"""Test texts in the other script: a fixture written in simplified, read in traditional."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import opencc


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """``text`` in traditional characters."""
    return str(_s2t().convert(text))


InScript = Callable[[str], str]  # the in_script fixture: a test text in one script
