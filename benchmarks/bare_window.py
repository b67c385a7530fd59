"""The start-up floor: a bare PySide6 window that prints when it is first painted."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Bare(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
window = Bare()
window.resize(1280, 820)
window.show()
app.exec()
