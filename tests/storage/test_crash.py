"""Killing kamdesk at any moment loses at most the edit in flight and never corrupts the file."""

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kamdesk.services import accounts
from kamdesk.services.workspace import Workspace

WRITER = """
import sys
from kamdesk.services import accounts
from kamdesk.services.workspace import Workspace
ws = Workspace.open(sys.argv[1])
n = 0
while True:
    accounts.create(ws, f"Account {n:05d}", notes="x" * 2000)
    print(n, flush=True)  # committed
    n += 1
"""


def test_kill_9_during_edits_keeps_every_committed_edit(workspace_path: Path) -> None:
    for delay in (0.4, 0.9):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(workspace_path)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        first = process.stdout.readline()  # the writer is up and committing
        assert first.strip().isdigit()
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        committed = [first.strip(), *process.stdout.read().split()]
        process.wait()
        process.stdout.close()

        connection = sqlite3.connect(workspace_path)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        connection.close()
        with Workspace.open(workspace_path) as ws:  # the lock died with the process
            names = set(accounts.names(ws))
            for n in committed:
                assert f"Account {int(n):05d}" in names
            # at most one edit beyond what was reported committed (the one in flight)
            assert len([x for x in names if x.startswith("Account ")]) <= len(committed) + 1
            for name in list(names):
                if name.startswith("Account "):
                    accounts.delete(ws, accounts.find(ws, name).id)
