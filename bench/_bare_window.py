"""Baseline for bench/startup.py: a bare PySide6 main window with five tabs, nothing else.

Started exactly like kamdesk; prints when it first painted (same mechanism as kamdesk's probe)."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class Probe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Profile", "Procurement", "Relations", "Services", "Plan"):
    tabs.addTab(QLabel(name), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
