"""Every command rendered in a real pseudo-terminal at 60, 80 and 120 columns.

The terminal's size comes from the pty (no COLUMNS): what a user's terminal gives Rich.
No line is wider than the terminal; no token (a period, an id, a code, a package name)
that the wide, piped rendering holds is missing or split; NO_COLOR writes no escape code
at all, and without it a terminal gets colour.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from rich.cells import cell_len

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

REPO = Path(__file__).resolve().parents[1]
SEED = sorted((REPO / "seeds").glob("*.txt"))[0]
# a period, an id, a code, a package or file name: letters and digits with a digit, an
# underscore, a dot or a hyphen in them (plain words may go: a stacked layout drops headers)
TOKEN = re.compile(r"(?=[A-Za-z0-9_.\-]*[0-9_.\-])[A-Za-z0-9_][A-Za-z0-9_.\-]{4,}[A-Za-z0-9_]")
_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _plantrack() -> list[str]:
    script = Path(sys.executable).with_name("plantrack")
    return [str(script) if script.exists() else shutil.which("plantrack") or "plantrack"]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM")}
    return {**env, "TERM": "xterm-256color", **extra}


def in_pty(args: list[str], columns: int, **env: str) -> str:
    """The output of ``plantrack ARGS`` on a pty ``columns`` wide (CRLF made LF)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen([*_plantrack(), *args], stdin=follower, stdout=follower,
                               stderr=follower, env=_env(**env), close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            process.kill()
            pytest.fail(f"plantrack {' '.join(args)} gave no output for 60 s")
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    process.wait(timeout=60)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def piped(args: list[str]) -> str:
    return subprocess.run([*_plantrack(), *args], capture_output=True, text=True,
                          env=_env(COLUMNS="250", NO_COLOR="1"), check=False).stdout


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    record = json.loads(piped(["extract", "--format", "json", str(SEED)]))
    record["document"] = SEED.name  # a gold file names it in --docs; extract, from here
    (folder / f"{SEED.stem}.json").write_text(json.dumps(record, ensure_ascii=False),
                                              encoding="utf-8")
    return folder


COMMANDS = {
    "help": ["--help"],
    "extract-help": ["extract", "--help"],
    "scorecard": ["scorecard"],
    "scorecard-full": ["scorecard", "--full"],
    "extract": ["extract", str(SEED)],
    "show": ["show", str(SEED)],
    "plugins": ["plugins", "--all"],
    "indicators": ["indicators"],
    "regions": ["regions"],
    "regions-name": ["regions", "南通市"],
    "evaluate": ["evaluate", "{gold}", "--docs", str(SEED.parent)],
}


@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_reads_at_this_width(name, columns, gold):
    args = [a.replace("{gold}", str(gold)) for a in COMMANDS[name]]
    out = in_pty(args, columns, NO_COLOR="1")
    assert "\x1b" not in out, "NO_COLOR: not a single escape code"
    assert "Traceback" not in out
    if name == "show":
        return  # show prints the text's own lines as they are: the terminal wraps them
    too_wide = [line for line in out.splitlines() if cell_len(line) > columns]
    assert not too_wide, "\n".join(too_wide)
    wide = piped(args)
    missing = sorted({t for t in TOKEN.findall(wide) if t not in out})
    assert not missing, f"split or lost at {columns} columns: {missing[:10]}"


def test_a_terminal_without_no_color_gets_colour():
    assert _ESCAPE.search(in_pty(["scorecard"], 120))


def test_the_brief_scorecard_is_the_terminal_default():
    brief = in_pty(["scorecard"], 80, NO_COLOR="1")
    full = in_pty(["scorecard", "--full"], 80, NO_COLOR="1")
    assert "--full shows every footnote" in " ".join(brief.split())
    assert len(brief.splitlines()) < len(full.splitlines())
    assert "[1] " in brief  # a row with a result keeps its footnote
