"""``python -m plantrack``: the ``plantrack`` command."""

from plantrack.cli import run

run()
