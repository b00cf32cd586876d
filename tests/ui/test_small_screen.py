"""At 1024x600 (a small laptop or a projector) the child's name stays readable, the
overview's buttons stay on screen and nothing scrolls sideways."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton

from casefile.ui.main_window import ChildrenModel, MainWindow


def test_at_1024x600_names_and_edit_buttons_fit(qtbot, vault, vault_dir, clock, secrets):
    kid = vault.children.add(first_name="Ludovica", last_name="Vermeulen-Oudshoorn",
                             birth_date=date(2016, 5, 5))
    guardian = vault.guardians.add(kid.id, name="Annemarie Vermeulen-Oudshoorn", relation="moeder",
                        has_authority=True, phone="06-12345678",
                        email="annemarie.vermeulen-oudshoorn@example.org")
    for name in ("Bram Vermeulen", "Carla Oudshoorn", "Dirk Oudshoorn"):  # a scrollbar too
        vault.guardians.add(kid.id, name=name, relation="verzorger", phone="06-87654321",
                            email="verzorger@example.org")
    vault.trajectories.add(kid.id, title="Leesbegeleiding", start_date=date(2026, 1, 5))
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.unlocked(vault)
    window.workspace.open_dossier(kid.id)
    qtbot.waitExposed(window)
    assert window.width() == 1024  # nothing's minimum width pushes the window wider
    overview = window.workspace.dossier.overview
    scroll = overview._scroll
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    qtbot.waitUntil(lambda: overview.isVisible() and viewport.width() > 300)  # laid out
    table = window.workspace.table
    assert table.columnWidth(ChildrenModel.NAME) >= \
        table.fontMetrics().horizontalAdvance("Dijkstra, Sophie")
    # what the summary needs at the least fits beside its scrollbar: nothing is cut off
    assert overview._content.minimumSizeHint().width() <= viewport.width()
    buttons = [b for b in overview.findChildren(QPushButton) if b.text()]
    assert {"overviewEditChild", f"overviewEditGuardian{guardian.id}"} <= \
        {b.objectName() for b in buttons}
    for button in buttons:
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width(), button.objectName()


def test_the_first_window_is_never_taller_than_the_screen(qtbot, vault_dir, clock, secrets):
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    assert window.height() <= window.screen().availableGeometry().height() - 40


SMALL_SCREEN = """
import json, sys, tempfile
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
from casefile.storage import keys
from casefile.storage.secrets import MemorySecretStore
from casefile.vault import Vault
from casefile.ui.consent_dialog import RecordConsentDialog
from casefile.ui.export_wizard import ExportWizard
from casefile.ui.rights_desk import RequestsDialog
from casefile.ui.admin import AuditDialog

keys.DEFAULT_KDF = keys.CHEAP_KDF
app = QApplication([])
vault = Vault.create(Path(tempfile.mkdtemp()) / "v", user="anna",
                     passphrase="klein-scherm-Anna-2026", secrets=MemorySecretStore(),
                     check_strength=False)
kid = vault.children.add(first_name="Mees", last_name="Verzonnen", birth_date=date(2016, 4, 4))
sizes = {}
for name, dialog in (("consent", RecordConsentDialog(vault, kid.id)),
                     ("wizard", ExportWizard(vault, kid.id, None)),
                     ("requests", RequestsDialog(vault, None, lambda: kid.id)),
                     ("audit", AuditDialog(vault))):
    dialog.show()
    app.processEvents()
    sizes[name] = [dialog.frameGeometry().width(), dialog.frameGeometry().height()]
    dialog.close()
screen = app.primaryScreen().availableGeometry()
vault.lock()
print(json.dumps({"screen": [screen.width(), screen.height()], "sizes": sizes}))
"""


def test_the_largest_dialogs_fit_a_1024x600_screen(tmp_path):
    """A real 1024x600 screen (Qt's offscreen platform told that size): the consent dialog,
    the export wizard, the requests register and the audit log open no larger than it."""
    import json
    import subprocess
    import sys

    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024,
                                               "height": 600, "logicalDpi": 96, "dpr": 1}]}))
    run = subprocess.run([sys.executable, "-c", SMALL_SCREEN], capture_output=True, text=True,
                         timeout=120, env={**__import__("os").environ,
                                           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1024, 600]
    for name, (width, height) in report["sizes"].items():
        assert width <= 1024 and height <= 600, (name, width, height)
