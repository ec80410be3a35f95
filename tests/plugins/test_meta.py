"""Meta-tests: every hook has a reference section whose arguments match, and a test."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from plantrack import hookspecs
from plantrack.plugins import DISABLE_ENV, LOAD_ENV

DOCS = Path(__file__).resolve().parents[2] / "docs" / "plugins"
HOOKS_TESTS = Path(__file__).with_name("test_hooks.py")


def _hookspecs() -> dict[str, inspect.Signature]:
    return {name: inspect.signature(fn) for name, fn in vars(hookspecs).items()
            if callable(fn) and hasattr(fn, "plantrack_spec")}


def _sections() -> dict[str, str]:
    text = (DOCS / "reference.md").read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.M)[1:]
    return {part.split("\n", 1)[0].strip(): part for part in parts}


def test_there_are_hookspecs_to_check():
    assert set(_hookspecs()) >= {"register_extractors", "register_reporters"}


@pytest.mark.parametrize("hook", sorted(_hookspecs()))
def test_every_hook_has_a_reference_section_with_its_arguments(hook):
    sections = _sections()
    assert hook in sections, f"docs/plugins/reference.md has no '## {hook}' section"
    section = sections[hook]
    m = re.search(rf"^def {hook}\(.*$", section, flags=re.M)
    assert m, f"the {hook} section shows no signature"
    (function,) = ast.parse(m[0]).body
    assert isinstance(function, ast.FunctionDef)
    documented = [a.arg for a in function.args.args]
    assert documented == list(_hookspecs()[hook].parameters)
    for word in ("Arguments", "Returns", "firstresult", "When"):
        assert f"**{word}**" in section, f"the {hook} section says nothing under {word}"
    is_first = bool(getattr(getattr(hookspecs, hook), "plantrack_spec", {}).get("firstresult"))
    assert ("**firstresult**: yes" in section) == is_first


@pytest.mark.parametrize("hook", sorted(_hookspecs()))
def test_every_hook_has_a_test(hook):
    source = HOOKS_TESTS.read_text(encoding="utf-8")
    assert f"def test_hook_{hook}(" in source, f"tests/plugins/test_hooks.py lacks test_hook_{hook}"


def test_no_reference_section_for_a_hook_that_does_not_exist():
    hooks = set(_hookspecs())
    documented = {name for name in _sections() if name.startswith("register_")}
    assert documented <= hooks


def test_every_environment_switch_is_documented():
    text = (DOCS / "reference.md").read_text(encoding="utf-8")
    for variable in (LOAD_ENV, DISABLE_ENV, "PLANTRACK_TRACE"):
        assert f"`{variable}" in text
