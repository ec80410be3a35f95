"""Time and peak memory of ``plantrack extract`` on one large text file.

    .venv/bin/python benchmarks/bench_large.py [--mb 50] [--encoding utf-8|gb18030]

Writes one file of at least ``--mb`` megabytes (the seed documents and the dev corpus,
repeated, each copy with its own last line) to a temporary folder, then runs the real
command, ``plantrack extract --format jsonl FILE``, in a child process and reports its
wall time, characters per second and peak resident memory (the child's ``ru_maxrss``),
and the same for a file a tenth of the size, so growth can be read as linear or not.
The goal: a 50 MB file extracts with a peak RSS under 500 MB. With ``--html`` the file
is a web page instead (each paragraph a ``<p>``, inside navigation and scripts), which
the HTML loader reads as plain text above its size threshold.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "seeds", REPO.parent / "shared" / "corpus" / "dev")


def write_large_file(path: Path, megabytes: float, encoding: str, html: bool = False) -> int:
    """Write at least ``megabytes`` MB of source texts to ``path`` (as one web page if
    ``html``); return its characters."""
    texts = [p.read_text("utf-8") for folder in SOURCES if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit("no source texts found (seeds/ or ../shared/corpus/dev)")
    size = chars = copy = 0
    with path.open("w", encoding=encoding, newline="\n") as out:
        if html:
            out.write(f'<html><head><meta charset="{encoding}"><title>large</title>'
                      "<script>var x = 1;</script></head><body><nav>首页 | 新闻</nav>"
                      "<article>\n")
        while size < megabytes * 1_000_000:
            for text in texts:
                body = f"{text}\n（第{copy}份）\n\n"
                if html:
                    body = "".join(f"<p>{line}</p>\n" for line in body.splitlines() if line)
                out.write(body)
                chars += len(body)
                size += len(body.encode(encoding))
            copy += 1
        if html:
            out.write("</article><footer>版权所有</footer></body></html>\n")
    return chars


def run_extract(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB, and the exit status of ``plantrack extract`` on ``path``."""
    command = [sys.executable, "-m", "plantrack.cli", "extract", "--format", "jsonl",
               str(path)]
    start = time.perf_counter()
    # a fresh child per run: RUSAGE_CHILDREN's maximum is then this child's
    child = subprocess.run(
        [sys.executable, "-c",
         "import resource, subprocess, sys;"
         "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode;"
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
         "sys.exit(code)", *command],
        capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak_kb = int(child.stdout.strip() or 0)
    return seconds, peak_kb / 1024, child.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--encoding", default="utf-8")
    parser.add_argument("--html", action="store_true", help="a web page, not a text file")
    args = parser.parse_args()
    print("| file | characters | seconds | chars/s | peak RSS | exit |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in (args.mb / 10, args.mb):
            suffix = ".html" if args.html else ".txt"
            path = Path(tmp) / f"large-{megabytes:g}mb{suffix}"
            chars = write_large_file(path, megabytes, args.encoding, args.html)
            seconds, peak_mb, code = run_extract(path)
            label = f"{path.stat().st_size / 1e6:.1f} MB {args.encoding}{suffix}"
            print(f"| {label} | {chars:,} | {seconds:.1f} | {chars / seconds:,.0f} | "
                  f"{peak_mb:.0f} MB | {code} |")
            path.unlink()


if __name__ == "__main__":
    main()
