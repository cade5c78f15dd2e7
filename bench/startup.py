"""Start-up of kamdesk against a bare PySide6 window with five tabs, started the same way.

    python bench/startup.py [--runs 7]

Both are fresh processes (`python -m kamdesk --db demo` and `python bench/_bare_window.py`),
alternated, on the same Qt platform (offscreen unless DISPLAY is set), with Python's bytecode
cache as a user has it from the second start on (PYTHONDONTWRITEBYTECODE is removed; a warm-up
run writes it). It prints the median wall time from process start to the first painted window,
to "ready" (the demo account's profile painted and taking input) and to "loaded" (the workspace
open behind it, SQLAlchemy and all), and their ratios to the baseline. Budgets: first paint
≤ 1.5×, ready ≤ 3× (docs/architecture.md). Nothing here passes or fails; it reports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        marks[name] = float(value) - start
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "XDG_DATA_HOME": f"{tmp}/data",
            "XDG_CONFIG_HOME": f"{tmp}/config",
            "KAMDESK_STARTUP_PROBE": "1",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        demo = Path(tmp) / "demo.kamdesk"
        subprocess.run(
            [sys.executable, "-m", "kamdesk", "demo", "--db", str(demo)], env=env, check=True, capture_output=True
        )
        app = [sys.executable, "-m", "kamdesk", "--db", str(demo)]
        bare = [sys.executable, str(HERE / "_bare_window.py")]
        timed(app, env), timed(bare, env)  # warm the file cache once
        base, paint, ready, loaded = [], [], [], []
        for _ in range(args.runs):
            base.append(timed(bare, env)["first-paint"])
            marks = timed(app, env)
            paint.append(marks["first-paint"])
            ready.append(marks["ready"])
            loaded.append(marks["loaded"])

    b, p, r = statistics.median(base), statistics.median(paint), statistics.median(ready)
    d = statistics.median(loaded)
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    print(f"platform {platform}, {args.runs} runs each, medians")
    print(f"  bare window, first paint   {b * 1000:7.1f} ms")
    print(f"  kamdesk, first paint       {p * 1000:7.1f} ms   ratio {p / b:4.2f}x   (budget 1.5x)")
    print(f"  kamdesk, ready             {r * 1000:7.1f} ms   ratio {r / b:4.2f}x   (budget 3x)")
    print(f"  kamdesk, loaded            {d * 1000:7.1f} ms   ratio {d / b:4.2f}x   (no budget)")


if __name__ == "__main__":
    main()
