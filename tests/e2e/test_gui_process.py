"""The real kamdesk process on a real X server (Xvfb): it starts, paints, shows the demo account."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from kamdesk.ui.style import ACCENT
from tests.e2e.conftest import Kamdesk, kamdesk_command


def test_first_start_opens_the_demo_workspace_on_screen(kamdesk: Kamdesk, xvfb_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "screen.png"
    result = kamdesk.run(
        env={
            "DISPLAY": xvfb_display,
            "QT_QPA_PLATFORM": "xcb",
            "KAMDESK_STARTUP_PROBE": "1",
            "KAMDESK_STARTUP_SCREENSHOT": str(shot),
        },
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    marks = dict(line.split() for line in result.stdout.splitlines())
    assert float(marks["first-paint"]) <= float(marks["ready"])
    # first start: the default workspace was created with the demo accounts
    default = Path(kamdesk.env["XDG_DATA_HOME"]) / "kamdesk" / "workspace.kamdesk"
    assert default.exists()

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 720)
    accent = QColor(ACCENT)
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 4) for y in range(60, 400, 4)}
    assert accent.name() in colours  # the selected account in the navigator is highlighted
    dark = sum(1 for x in range(420, 1200, 3) for y in range(60, 200, 3) if image.pixelColor(x, y).lightness() < 80)
    assert dark > 50  # the account title is drawn in the header area


def test_the_gui_refuses_a_damaged_workspace_without_crashing(
    kamdesk: Kamdesk, xvfb_display: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.kamdesk"
    bad.write_text("not a workspace")
    process = subprocess.Popen(
        [*kamdesk_command(), "--db", str(bad)],
        env={**kamdesk.env, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The window stays up with the message box; it must not have died.
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=4)
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
    finally:
        process.kill()
        _out, err = process.communicate()
    assert "Traceback" not in err
    assert bad.read_text() == "not a workspace"
