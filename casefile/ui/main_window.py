"""The main window: the lock screen or create-vault flow while locked; unlocked, the child
list (filtering as you type) beside the open dossier. Locking drops the vault and destroys
every widget that showed a dossier."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date
from casefile.errors import CasefileError, NotOnCaseload, VaultLocked
from casefile.model import ChildListing, GuidanceStatus, Role
from casefile.ui.asker import Asker, QtAsker
from casefile.ui.dossier_support import label
from casefile.ui.messages import message_for
from casefile.ui.models import OBJECT_ROLE, PagedModel, fit_columns
from casefile.ui.server_watch import ServerWatch
from casefile.ui.warmup import warm_up_later

if TYPE_CHECKING:  # imported where they are made, so the lock screen starts fast
    from casefile.ui.create_vault import CreateVaultWidget
    from casefile.ui.dossier import DossierWidget
    from casefile.ui.inactivity import InactivityTimer
    from casefile.ui.unlock import UnlockWidget


class ChildrenModel(PagedModel):
    """The children, fetched from the vault in pages; filter and order run in SQL, so every
    page continues the order of the one before (a proxy sorting the loaded rows would show
    "van Dalen" at the top only once the last page is in)."""

    NAME, BORN, SCHOOL, GROUP, STATUS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChildrenModel", "Name"),
        QT_TRANSLATE_NOOP("ChildrenModel", "Born"),
        QT_TRANSLATE_NOOP("ChildrenModel", "School"),
        QT_TRANSLATE_NOOP("ChildrenModel", "Group"),
        QT_TRANSLATE_NOOP("ChildrenModel", "Guidance"),
    )
    ORDERS = ("name", "born", "name", "group", "status")  # by column; school (hidden): name
    PAGE = 200

    def __init__(self, vault, parent=None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._text_filter = ""
        self._order, self._descending = "name", False
        self._schools: dict[int, str] = {}
        self.reload()

    def set_filter(self, text: str) -> None:
        """A keystroke: one query for the first page (the schools stay as they were; a
        typed space changes nothing)."""
        text = " ".join(text.split())
        if text != self._text_filter:
            self._text_filter = text
            self.restart()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A new order reads the first page again; the one shown does not (the view asks
        for its order twice while it is set up)."""
        wanted = (self.ORDERS[column] if 0 <= column < len(self.ORDERS) else "name",
                  order == Qt.SortOrder.DescendingOrder)
        if wanted != (self._order, self._descending):
            self._order, self._descending = wanted
            self.restart()

    def reload(self) -> None:
        self._schools = {o.id: o.name for o in self._vault.organisations.list()}
        self._today = self._vault.context.clock.today()
        self.restart()

    def row_of(self, child_id: int) -> int | None:
        """The row of a child among those loaded, if it is."""
        return next((i for i, c in enumerate(self._rows) if c.id == child_id), None)

    def _fetch(self, loaded: list) -> list:
        return self._vault.children.page(len(loaded), self.PAGE, self._text_filter,
                                         order=self._order, descending=self._descending)

    def _text(self, child, column: int) -> str:
        if isinstance(child, ChildListing):  # not on the caseload: the name and counsellors
            counsellors = ", ".join(child.counsellors)
            name = f"{child.last_name}, {child.first_name}"
            return ((f"{name} · {counsellors}" if counsellors else name), "", "", "", "")[column]
        born = f"{fmt_date(child.birth_date)} ({child.age_on(self._today)})"  # age at a glance
        return (f"{child.last_name}, {child.first_name}", born,
                self._schools.get(child.school_id, ""), child.school_group,
                label(child.status))[column]


    def _extra(self, child, column: int, role: int):
        if not isinstance(child, ChildListing):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:  # greyed: there is nothing to open
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Not on your caseload; counsellor: %1").replace(
                "%1", ", ".join(child.counsellors) or "-")
        return None


class Workspace(QWidget):
    """What an unlocked vault shows: the child list and the open dossier."""

    def __init__(self, vault, asker: Asker, run_dialog, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.vault, self.asker, self.run_dialog = vault, asker, run_dialog
        self.dossier: DossierWidget | None = None
        self.model = ChildrenModel(vault, self)
        # The view shows the model itself: filter and order run in its SQL, and a
        # pass-through QSortFilterProxyModel mapped every index and re-mapped every row on
        # each page inserted (issue 13). `proxy` stays the name the callers and tests use.
        self.proxy = self.model
        self.filter = QLineEdit(objectName="childFilter")
        self.filter.setPlaceholderText(self.tr("Search a child by name…"))
        self.filter.setAccessibleName(self.tr("Search a child by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.returnPressed.connect(self.open_current)
        self.table = QTableView(objectName="childTable")
        self.table.setAccessibleName(self.tr("Children"))
        self.table.setModel(self.model)
        # the indicator first: enabling sorting asks for the indicator's order (Qt's default
        # is descending), and every other order would read the first page again
        self.table.horizontalHeader().setSortIndicator(ChildrenModel.NAME,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setColumnHidden(ChildrenModel.SCHOOL, True)  # the dossier header shows it
        self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        # Enter on the list opens the dossier; the action also stands in the menu.
        self.open_action = QAction(self.tr("Open dossier"), self.table)
        self.open_action.setObjectName("actionOpen")
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_current)
        self.table.addAction(self.open_action)
        add = QPushButton(self.tr("New child…"), objectName="newChild")
        add.clicked.connect(self.new_child)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(12, 12, 6, 12)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(add)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        self.right = QStackedWidget()
        empty = QLabel(self.tr("Choose a child on the left, or press Ctrl+Shift+N for a new "
                               "one."), objectName="noDossier")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet("color: palette(placeholder-text);")
        self.right.addWidget(empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # on a practice server: what other computers change shows here without asking
        self.watch = ServerWatch.of(vault, self)
        if self.watch is not None:
            self.watch.childrenChanged.connect(self.children_changed_elsewhere)
            self.watch.dossiersChanged.connect(self.dossiers_changed_elsewhere)
            self.watch.reconnected.connect(self.back_from_away)
            self.watch.arrived.connect(self._heard_something)

    def _size_columns(self) -> None:
        """Fixed widths from the font (fit_columns); the name takes the room left."""
        fit_columns(self.table, {ChildrenModel.BORN: ["00-00-0000 (00)"],
                                 ChildrenModel.GROUP: ["00"],
                                 ChildrenModel.STATUS: [label(s) for s in GuidanceStatus]})
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChildrenModel.NAME, QHeaderView.ResizeMode.Stretch)
        # The name is what is looked for: the list never gets so narrow that it is cut
        # while the dates keep their width (a 1024x600 screen gives the dossier the rest).
        fixed = sum(header.sectionSize(c) for c in range(self.model.columnCount())
                    if c != ChildrenModel.NAME and not self.table.isColumnHidden(c))
        self.table.setMinimumWidth(fixed + self.table.fontMetrics().horizontalAdvance(
            "Dijkstra, Sophie") + 30)

    def current_child(self) -> int | None:
        return self.dossier.child_id if self.dossier is not None else None

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount() == 1:
            index = self.model.index(0, 0)
        if index.isValid():
            self.open_dossier(self.model.data(index, OBJECT_ROLE).id)

    def open_dossier(self, child_id: int, note_id: int | None = None) -> None:
        from casefile.ui.child_dialog import editors_for
        from casefile.ui.dossier import DossierWidget

        if not self.vault.caseload.admits(child_id):  # the services would refuse it anyway
            self.asker.inform(self, self.tr("Dossier"), message_for(NotOnCaseload()))
            return
        self.close_dossier()
        dossier = self.dossier = DossierWidget(self.vault, child_id, asker=self.asker,
                                               editors=editors_for(self.vault, self.run_dialog,
                                                                   self.asker))
        dossier.closeRequested.connect(self.close_dossier)
        dossier.overview.changed.connect(self.model.reload)
        self.right.addWidget(dossier)
        self.right.setCurrentWidget(dossier)
        if note_id is not None:
            dossier.open_note(note_id)

    def close_dossier(self) -> None:
        if self.dossier is not None:
            self.dossier.flush()
            self.right.removeWidget(self.dossier)
            self.dossier.deleteLater()
            self.dossier = None

    def selected_child(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.data(index, OBJECT_ROLE).id
        return self.current_child()

    def edit_child(self) -> None:
        from casefile.ui.child_dialog import ChildDialog

        child_id = self.selected_child()
        if child_id is not None and not self.vault.caseload.admits(child_id):
            self.asker.inform(self, self.tr("Dossier"), message_for(NotOnCaseload()))
            return
        if child_id is not None and self.run_dialog(ChildDialog(self.vault, child_id, self)):
            self.changed()

    def new_child(self) -> None:
        from casefile.ui.child_dialog import ChildDialog

        dialog = ChildDialog(self.vault, None, self)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.model.reload()
            self.open_dossier(dialog.saved.id)

    def caseload(self) -> None:
        """The admin's Toegang dialog for the selected or open dossier."""
        from casefile.ui.caseload_dialog import CaseloadDialog

        child_id = self.selected_child()
        if child_id is None:
            self.asker.inform(self, self.tr("Access to the dossier"),
                              self.tr("Choose a child first."))
            return
        self.run_dialog(CaseloadDialog(self.vault, child_id, self.asker, self))
        self.changed()  # the list, and the open dossier's header ("caseload: …")

    def changed(self, closed: bool = False) -> None:
        if closed:
            self.close_dossier()
        elif self.dossier is not None:
            self.dossier.refresh()
        self.model.reload()

    def flush(self) -> None:
        if self.dossier is not None:
            self.dossier.flush()

    def stop_watching(self) -> None:
        if self.watch is not None:
            self.watch.stop()

    def children_changed_elsewhere(self, child_ids: list[int]) -> None:
        """Another computer changed these children: the list reads them again (keeping the
        child chosen in it), and so does the open dossier's header when it is one of them."""
        chosen = self.selected_child()
        self.model.reload()
        if chosen is not None:
            row = self.model.row_of(chosen)
            if row is not None:
                self.table.selectRow(row)
        if self.dossier is not None and self.dossier.child_id in child_ids:
            try:
                self.dossier.refresh()
            except CasefileError:  # removed or taken off this caseload meanwhile
                self.close_dossier()

    def _heard_something(self) -> None:
        """Who else edits the open dossier shows at once, not at the editor's next look."""
        if self.dossier is not None:
            self.dossier.notes.editor.check_presence()

    def back_from_away(self) -> None:
        """The server is back: what others changed meanwhile sent no notice here."""
        child = self.current_child()
        self.children_changed_elsewhere([child] if child is not None else [])
        if child is not None:
            self.dossiers_changed_elsewhere([child])

    def dossiers_changed_elsewhere(self, child_ids: list[int]) -> None:
        if self.dossier is not None and self.dossier.child_id in child_ids:
            self.dossier.changed_elsewhere()


class MainWindow(QMainWindow):
    def __init__(self, vault_dir: Path, clock=None, secrets=None, asker: Asker | None = None,
                 run_dialog=None) -> None:
        super().__init__()
        from casefile.clock import SystemClock

        self.setObjectName("mainWindow")
        self.vault_dir = Path(vault_dir)
        self.clock = clock or SystemClock()
        self.secrets = secrets
        self.asker = asker or QtAsker()
        self.run_dialog = run_dialog or (lambda d: d.exec() == d.DialogCode.Accepted)
        self.vault = None
        self.workspace: Workspace | None = None
        self.idle: InactivityTimer | None = None
        self.start: UnlockWidget | CreateVaultWidget | None = None
        # Where the counsellor was when the window locked (user, child, tab), in memory
        # only: the same user unlocking again continues there.
        self._resume: tuple[int, int, int] | None = None
        # Room for the list and a dossier, but never taller than the screen (a 1366x768
        # laptop has about 730 pixels under its panel, the title bar not counted).
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width()), min(760, screen.height() - 40))
        self._lock_action = QAction(self.tr("Lock"), self)
        self._lock_action.setObjectName("actionLock")
        self._lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self._lock_action.triggered.connect(self.lock)
        self.addAction(self._lock_action)
        self.show_start()

    # -- locked ---------------------------------------------------------------------------

    def show_start(self, add_server: bool = False) -> None:
        """The lock screen when there is something to unlock (the vault here, a saved
        practice server), else the create-vault flow; `add_server`: the lock screen with
        the form for a new server connection open."""
        from casefile.app_files import load_connections
        from casefile.ui.create_vault import CreateVaultWidget
        from casefile.ui.unlock import UnlockWidget
        from casefile.vault import is_vault

        self.setWindowTitle("Casefile")
        self.menuBar().clear()
        self.menuBar().hide()
        start: UnlockWidget | CreateVaultWidget
        if add_server or is_vault(self.vault_dir) or load_connections():
            start = UnlockWidget(self.vault_dir, self.clock, self.secrets,
                                 add_server=add_server)
            start.unlocked.connect(self.unlocked)
        else:
            start = CreateVaultWidget(self.vault_dir, self.clock, self.secrets, self.asker)
            start.created.connect(self.unlocked)
            start.serverWanted.connect(lambda: self.show_start(add_server=True))
        self._replace(start)
        self.start = start
        # Typing can start at once: the passphrase (one user is the usual case), the practice.
        if not add_server:
            (start.passphrase if isinstance(start, UnlockWidget) else start.practice).setFocus()
        warm_up_later()  # the first dossier's one-time costs, while the passphrase is typed

    def _replace(self, widget: QWidget) -> None:
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(widget)

    # -- unlocked -------------------------------------------------------------------------

    def unlocked(self, vault) -> None:
        from casefile.ui.inactivity import InactivityTimer

        self.vault = vault
        self.workspace = Workspace(vault, self.asker, self.run_dialog)
        self._replace(self.workspace)
        self.start = None
        self.workspace.filter.setFocus()  # type a name, Enter opens the dossier
        practice = vault.settings.get().practice_name
        self.setWindowTitle(f"Casefile — {practice}" if practice else "Casefile")
        self._menus()
        def auto_lock_minutes() -> float:
            if not getattr(vault.context, "connected", True):
                # a server that dropped the connection is not asked every 5 seconds (each
                # would be a reconnect); the timer keeps the limit it last read
                raise VaultLocked()
            return vault.settings.get().auto_lock_minutes

        idle = self.idle = InactivityTimer(self.clock, auto_lock_minutes, self)
        idle.timedOut.connect(self.lock)
        idle.start()
        self._save_offline_drafts(vault)
        self._resume_where_left(vault)
        if vault.unlocked_with_recovery_key:
            self.change_passphrase(first="recovery")
        elif vault.user.must_change_passphrase:
            self.change_passphrase(first="temporary")

    def _save_offline_drafts(self, vault) -> None:
        """Drafts kept on this computer while the practice server was away are saved now
        (casefile/offline_drafts.py); the counsellor is told how many."""
        from casefile.offline_drafts import save_pending

        saved = save_pending(vault)
        if saved and self.workspace is not None:
            self.workspace.model.reload()
            self.asker.inform(self, self.tr("Session note"), self.tr(
                "Saved on the server now: %n draft(s) kept on this computer while the "
                "practice server could not be reached.", "", saved))

    def _resume_where_left(self, vault) -> None:
        resume, self._resume = self._resume, None
        if resume is None or resume[0] != vault.user.id or self.workspace is None:
            return
        _user, child_id, tab = resume
        try:
            self.workspace.open_dossier(child_id)
        except CasefileError:  # erased or out of reach meanwhile: the empty right side
            self.workspace.close_dossier()
            return
        if self.workspace.dossier is not None:
            self.workspace.dossier.tabs.setCurrentIndex(tab)

    def _menus(self) -> None:
        from casefile.ui.privacy import PrivacyMenu

        workspace = self._open_workspace()
        bar = self.menuBar()
        bar.clear()
        bar.show()
        file_menu = bar.addMenu(self.tr("&Casefile"))
        for name, text, keys, slot in (
                ("actionNewChild", self.tr("New child…"), "Ctrl+Shift+N",
                 workspace.new_child),
                ("actionEditChild", self.tr("Edit child…"), "Ctrl+E",
                 workspace.edit_child),
                ("actionSearch", self.tr("Search all notes…"), "Ctrl+F", self.search),
                ("actionOrganisations", self.tr("Organisations…"), "", self.organisations),
                ("actionCaseload", self.tr("Access to the dossier…"), "",
                 workspace.caseload),
                ("actionPassphrase", self.tr("Change my passphrase…"), "",
                 self.change_passphrase)):
            action = file_menu.addAction(text)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
        file_menu.insertAction(file_menu.actions()[1], workspace.open_action)
        caseload = file_menu.findChild(QAction, "actionCaseload")
        if caseload is not None:  # admins only: the service refuses anyone else
            caseload.setEnabled(workspace.vault.user.role == Role.ADMIN)
        file_menu.addSeparator()
        file_menu.addAction(self._lock_action)
        quit_action = file_menu.addAction(self.tr("Quit"))
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)  # closeEvent saves, backs up, locks
        self.privacy = PrivacyMenu(self, self.vault, self.asker, workspace.current_child,
                                   workspace.changed)
        bar.addMenu(self.privacy)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("About Casefile…"))
        about.setObjectName("actionAbout")
        about.triggered.connect(self.about)

    def about(self) -> None:
        """The version and where things are: what a helpdesk asks first."""
        from casefile import __version__
        from casefile.diagnostics import log_file

        self.asker.inform(self, self.tr("About Casefile"), "\n\n".join((
            self.tr("Casefile %1: dossiers, consent and transfer packets for child-guidance "
                    "practices.").replace("%1", __version__),
            self.tr("Vault: %1").replace("%1", self._where()),
            self.tr("Log (no personal data): %1").replace("%1", str(log_file())))))

    def _where(self) -> str:
        """The vault folder, or the practice server's address (it holds no password)."""
        dsn = getattr(self.vault.context, "dsn", "") if self.vault is not None else ""
        return dsn or str(self.vault_dir)

    def _open_workspace(self) -> Workspace:
        if self.workspace is None:  # the menus exist only while unlocked
            raise VaultLocked()
        return self.workspace

    def search(self) -> None:
        from casefile.ui.search_dialog import SearchDialog

        workspace = self._open_workspace()
        dialog = SearchDialog(self.vault, parent=self)
        dialog.openNote.connect(lambda child_id, note_id: workspace.open_dossier(
            child_id, note_id))
        self.search_dialog = dialog
        dialog.open()

    def organisations(self) -> None:
        from casefile.ui.child_dialog import OrganisationsDialog

        self.run_dialog(OrganisationsDialog(self.vault, self.run_dialog, self, self.asker))
        if self.workspace is not None:  # auto-lock may have fired while the dialog was open
            self.workspace.model.reload()

    def change_passphrase(self, first: bool | str = False) -> None:
        """`first`: the forced change after a temporary passphrase or the recovery key; it
        cannot be skipped, so Escape or closing it locks (the temporary passphrase was
        seen by the admin, the recovery key printed)."""
        from casefile.ui.passphrase_dialog import PassphraseDialog

        changed = self.run_dialog(PassphraseDialog(self.vault, first, self))
        if first and not changed:
            self.lock()

    def lock(self) -> None:
        """Save what is typed, drop the key, close the connection, show nothing."""
        if self.vault is None:
            return
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.workspace is not None:
            self.workspace.flush()
            dossier = self.workspace.dossier
            if dossier is not None:
                # the context's user, not `vault.user`: locking asks nothing of a server
                self._resume = (self.vault.context.user.id, dossier.child_id,
                                dossier.tabs.currentIndex())
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self:
                dialog.close()
                dialog.deleteLater()
        if self.workspace is not None:
            self.workspace.stop_watching()  # before its connection closes
        vault, self.vault = self.vault, None
        vault.lock()
        self.workspace = None
        self.show_start()

    def _backup_dir(self) -> str:
        """The automatic backup's folder; none while the practice server is away (a
        server has no Casefile backup yet, and closing must never fail on it)."""
        try:
            return self.vault.settings.get().backup_dir if self.vault is not None else ""
        except CasefileError:
            return ""

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is typed, make the automatic backup (when a folder is set), lock."""
        if self._backup_dir() and not getattr(self, "_backed_up", False):
            from casefile.ui.admin import backup_now

            event.ignore()
            if self.workspace is not None:
                self.workspace.flush()
            self._backed_up = True
            self.backup_job = backup_now(self, self.vault, self.asker,
                                         done=lambda _ok: self.close())
            return
        self.lock()
        event.accept()
