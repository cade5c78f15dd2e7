"""Start-up of kamdesk against a bare PySide6 window with five tabs, started the same way.

    python bench/startup.py [--runs 7]

Both are fresh processes (`python -m kamdesk --db demo` and `python bench/_bare_window.py`),
alternated, on the same Qt platform (offscreen unless DISPLAY is set). It prints the median wall
time from process start to the first painted window, and to "ready" (the demo account's profile
shown and accepting input), and their ratios to the baseline. Budgets: first paint ≤ 1.5×,
ready ≤ 3× (docs/architecture.md). Nothing here passes or fails; it reports.
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
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        demo = Path(tmp) / "demo.kamdesk"
        subprocess.run(
            [sys.executable, "-m", "kamdesk", "demo", "--db", str(demo)], env=env, check=True, capture_output=True
        )
        app = [sys.executable, "-m", "kamdesk", "--db", str(demo)]
        bare = [sys.executable, str(HERE / "_bare_window.py")]
        timed(app, env), timed(bare, env)  # warm the file cache once
        base, paint, ready = [], [], []
        for _ in range(args.runs):
            base.append(timed(bare, env)["first-paint"])
            marks = timed(app, env)
            paint.append(marks["first-paint"])
            ready.append(marks["ready"])

    b, p, r = statistics.median(base), statistics.median(paint), statistics.median(ready)
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    print(f"platform {platform}, {args.runs} runs each, medians")
    print(f"  bare window, first paint   {b * 1000:7.1f} ms")
    print(f"  kamdesk, first paint       {p * 1000:7.1f} ms   ratio {p / b:4.2f}x   (budget 1.5x)")
    print(f"  kamdesk, ready             {r * 1000:7.1f} ms   ratio {r / b:4.2f}x   (budget 3x)")


if __name__ == "__main__":
    main()
