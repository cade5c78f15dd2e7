"""The layering is enforced, not just written down; the code stays lint-clean."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def test_import_contracts_hold() -> None:
    result = subprocess.run([_tool("lint-imports")], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "broken" in result.stdout and " 0 broken" in result.stdout


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "kamdesk", "tests", "tools", "bench"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_headless_layers_load_without_qt() -> None:
    """The CLI's non-GUI commands and the services run where Qt is not even importable."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import kamdesk.cli, kamdesk.services.bundles, kamdesk.services.demo, kamdesk.report\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
