"""Run the real ``kamdesk`` command as a user would, in an isolated profile."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def kamdesk_command() -> list[str]:
    script = Path(sys.executable).parent / "kamdesk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kamdesk"]


class Kamdesk:
    def __init__(self, home: Path) -> None:
        self.env = {
            **os.environ,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "LANG": "C.UTF-8",
        }
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "KAMDESK_STARTUP_PROBE"):
            self.env.pop(var, None)

    def run(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*kamdesk_command(), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**self.env, **(env or {})},
            check=False,
        )


@pytest.fixture
def kamdesk(isolated_profile: Path) -> Kamdesk:
    return Kamdesk(isolated_profile)


@pytest.fixture
def xvfb_display() -> str:
    """A display of a real X server (Xvfb), or a skip where none can be started."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    from tests.e2e.xvfb import running_xvfb

    with running_xvfb() as display:
        yield display  # type: ignore[misc]
