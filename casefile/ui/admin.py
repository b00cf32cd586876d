"""The administrator's desk: users, settings, the practice-wide audit log, retention and
purge, and backups. Every rule is checked again by the domain: a counsellor who reaches one
of these gets a clear refusal, not only a hidden button."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue, log_rows
from casefile.catalogue import fmt_date
from casefile.model import AuditAction
from casefile.render_text import say
from casefile.ui.asker import Asker
from casefile.ui.forms import fit_to_screen, start_at
from casefile.ui.jobs import Job, on_own_connection
from casefile.ui.messages import message_for
from casefile.ui.models import OBJECT_ROLE, RowsModel


class ColumnsModel(RowsModel):
    """A small read-only table: objects, and one function and one (translated) header per
    column."""

    def __init__(self, headers: list[str], columns: list, parent=None) -> None:
        super().__init__(parent)
        self.HEADERS, self._columns = tuple(headers), columns

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _text(self, row, column: int) -> str:
        return str(self._columns[column](row))

    def _extra(self, row, column: int, role: int):
        return self._text(row, column) if role == Qt.ItemDataRole.ToolTipRole else None


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView(objectName=name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view


def _selected(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return view.model().data(rows[0], OBJECT_ROLE) if rows else None


class UsersDialog(QDialog):
    def __init__(self, vault, asker: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.vault, self.asker = vault, asker
        self.model = ColumnsModel([self.tr("Name"), self.tr("Role"), self.tr("Active")], [
            lambda u: u.name, lambda u: self.tr("Administrator") if u.role == "admin"
            else self.tr("Counsellor"),
            lambda u: self.tr("yes") if u.active else self.tr("no")], self)
        self.table = _table("usersTable", self.model)
        self.name = QLineEdit(objectName="newUserName")
        self.name.setAccessibleName(self.tr("New user's name"))
        self.role = QComboBox(objectName="newUserRole")
        self.role.addItem(self.tr("Counsellor"), "counsellor")
        self.role.addItem(self.tr("Administrator"), "admin")
        add = QPushButton(self.tr("Add user"), objectName="addUser")
        add.clicked.connect(self.add)
        deactivate = QPushButton(self.tr("Deactivate…"), objectName="deactivateUser")
        deactivate.clicked.connect(self.deactivate)
        self.message = QLabel(objectName="usersMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(deactivate)
        intro = QLabel(self.tr("Casefile makes a temporary passphrase for a new user and "
                               "shows it once. They choose their own at the first unlock."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(add)
        layout.addWidget(self.message)
        start_at(self, self.name, add)
        fit_to_screen(self, 560, 520)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.vault.users.list())

    def add(self) -> None:
        from casefile.passphrase import temporary_passphrase

        name = self.name.text().strip()
        temporary = temporary_passphrase((name,))
        try:
            self.vault.users.add(name, role=self.role.currentData(),
                                 temporary_passphrase=temporary)
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText(self.tr("User added."))
        self.name.clear()
        self.refresh()
        self.asker.show_secret(self, self.tr("Temporary passphrase"), self.tr(
            "The temporary passphrase of %1. Give it to them in person; it is shown only now. "
            "At the first unlock they choose their own.").replace("%1", name), temporary)

    def deactivate(self) -> None:
        user = _selected(self.table)
        if user is None or not self.asker.confirm(self, self.windowTitle(), self.tr(
                "Deactivate %1? Their key slot is removed; their history stays.")
                .replace("%1", user.name)):
            return
        try:
            self.vault.users.deactivate(user.id)
        except Exception as exc:
            self.message.setText(message_for(exc))
        self.refresh()


class SettingsDialog(QDialog):
    def __init__(self, vault, asker: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.vault, self.asker = vault, asker
        s = vault.settings.get()
        self.auto_lock = self._spin("autoLockMinutes", 1, 120, s.auto_lock_minutes)
        self.language = QComboBox(objectName="language")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(s.language))
        self.policy = QComboBox(objectName="consentPolicy")
        self.policy.addItem(self.tr("Every parent with parental authority"), "all")
        self.policy.addItem(self.tr("One parent with parental authority"), "one")
        self.policy.setCurrentIndex(self.policy.findData(s.consent_policy))
        self.retention = self._spin("retentionYears", 1, 30, s.retention_years)
        self.financial = self._spin("financialYears", 1, 30, s.financial_retention_years)
        self.backup_dir = QLineEdit(s.backup_dir, objectName="backupDir")
        browse = QPushButton(self.tr("Choose…"), objectName="backupBrowse")
        browse.clicked.connect(self.choose_folder)
        self.backup_keep = self._spin("backupKeep", 1, 1000, s.backup_keep)
        self.size_limit = self._spin("documentSizeLimit", 1, 2048, s.document_size_limit_mb)
        # On the consent form and the letters: where parents send the form back, whom to call.
        self.practice_name = self._line("practiceName", s.practice_name)
        self.practice_address = self._line("practiceAddress", s.practice_address)
        self.practice_phone = self._line("practicePhone", s.practice_phone)
        self.inzage = QComboBox(objectName="inzage")
        self.inzage.setAccessibleName(self.tr("Inzage for the parents"))
        self.inzage.addItem(self.tr("Required before every packet"), "required")
        self.inzage.addItem(self.tr("Offered"), "offered")
        self.inzage.addItem(self.tr("Off"), "off")
        self.inzage.setCurrentIndex(self.inzage.findData(s.inzage))
        self.inzage.setToolTip(self.tr("Before a transfer packet goes out, the parents read a "
                                       "draft of it and may add their view."))
        self.inzage_days = self._spin("inzageDays", 1, 90, s.inzage_days)
        self.message = QLabel(objectName="settingsMessage")
        self.message.setWordWrap(True)
        self.fingerprint = self._fingerprint_label(vault.signing.fingerprint())
        folder = QHBoxLayout()
        folder.addWidget(self.backup_dir, 1)
        folder.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Practice name"), self.practice_name)
        form.addRow(self.tr("Practice address"), self.practice_address)
        form.addRow(self.tr("Practice phone"), self.practice_phone)
        form.addRow(self.tr("Lock after idle minutes"), self.auto_lock)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Consent is needed from"), self.policy)
        form.addRow(self.tr("Keep closed dossiers (years)"), self.retention)
        form.addRow(self.tr("Keep financial records (years)"), self.financial)
        form.addRow(self.tr("Backup folder"), folder)
        form.addRow(self.tr("Backups to keep"), self.backup_keep)
        form.addRow(self.tr("Document size limit (MB)"), self.size_limit)
        form.addRow(self.tr("Inzage for the parents"), self.inzage)
        form.addRow(self.tr("Days the parents have to answer"), self.inzage_days)
        form.addRow(self.tr("Signing key fingerprint"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        start_at(self, self.auto_lock, buttons.button(QDialogButtonBox.StandardButton.Save))

    def _fingerprint_label(self, fingerprint: str) -> QLabel:
        """The trust anchor a school checks packets against, selectable to read aloud or
        copy into a mail (it is not secret)."""
        label = QLabel(fingerprint, objectName="signingFingerprint")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.tr("Signing key fingerprint"))
        label.setToolTip(self.tr("Schools check that a packet comes from this practice with "
                                 "this fingerprint; it is also printed on the consent form "
                                 "and the letters."))
        return label

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value, objectName=name)
        edit.setAccessibleName(name)
        edit.setMaxLength(300)
        return edit

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def choose_folder(self) -> None:
        folder = self.asker.folder(self, self.tr("Backup folder"), self.backup_dir.text())
        if folder is not None:
            self.backup_dir.setText(str(folder))

    def save(self) -> None:
        try:
            self.vault.settings.update(
                auto_lock_minutes=self.auto_lock.value(), language=self.language.currentData(),
                consent_policy=self.policy.currentData(), retention_years=self.retention.value(),
                financial_retention_years=self.financial.value(),
                backup_dir=self.backup_dir.text().strip(), backup_keep=self.backup_keep.value(),
                document_size_limit_mb=self.size_limit.value(),
                practice_name=self.practice_name.text().strip(),
                practice_address=self.practice_address.text().strip(),
                practice_phone=self.practice_phone.text().strip(),
                inzage=self.inzage.currentData(), inzage_days=self.inzage_days.value())
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.accept()


class AuditDialog(QDialog):
    """The practice-wide audit log (admin): filter by child, user, action and date, save
    it as CSV or PDF for the privacy officer, and verify the chain."""

    def __init__(self, vault, parent: QWidget | None = None,
                 asker: Asker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.vault, self.asker = vault, asker
        self.names = vault.rights.audit_names()
        self.model = ColumnsModel(
            [say(h) for h in log_rows.audit_headers()],
            [lambda e, i=i: say(log_rows.audit_row(e, self.names)[i]) for i in range(6)],
            self)
        self.table = _table("auditTable", self.model)
        self.child = QComboBox(objectName="auditChild")
        self.child.setAccessibleName(self.tr("Child"))
        self.child.addItem(self.tr("every child"), None)
        for cid, name in sorted(self.names.children.items(), key=lambda kv: kv[1].lower()):
            self.child.addItem(name, cid)
        self.user = QComboBox(objectName="auditUser")
        self.user.setAccessibleName(self.tr("Who"))
        self.user.addItem(self.tr("everyone"), None)
        for uid, name in self.names.users.items():
            self.user.addItem(name, uid)
        self.action = QComboBox(objectName="auditAction")
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("every action"), None)
        for action in sorted(AuditAction, key=lambda a: say(catalogue.action(a)).lower()):
            self.action.addItem(say(catalogue.action(action)), action.value)
        today = vault.context.clock.today()
        self.since = QDateEdit(objectName="auditSince")
        self.since.setAccessibleName(self.tr("From"))
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setDate(today.replace(day=1))
        self.since.setCalendarPopup(True)
        for combo in (self.child, self.user, self.action):
            combo.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        verify = QPushButton(self.tr("Verify chain"), objectName="auditVerify")
        verify.clicked.connect(self.verify)
        save_csv = QPushButton(self.tr("Save as CSV…"), objectName="auditSaveCsv")
        save_csv.clicked.connect(lambda: self.save("csv"))
        save_pdf = QPushButton(self.tr("Save as PDF…"), objectName="auditSavePdf")
        save_pdf.clicked.connect(lambda: self.save("pdf"))
        self.verdict = QLabel(objectName="auditResult")
        self.head = QLabel(objectName="auditHead")
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setWordWrap(True)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Child"), self.child), (self.tr("Who"), self.user),
                             (self.tr("Action"), self.action), (self.tr("From"), self.since)):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(verify)
        bottom.addWidget(self.verdict, 1)
        bottom.addWidget(save_csv)
        bottom.addWidget(save_pdf)
        layout.addLayout(bottom)
        layout.addWidget(self.head)
        fit_to_screen(self, 1000, 600)
        self.refresh()

    def filters(self) -> dict:
        from datetime import UTC, datetime, time

        d = self.since.date()
        since = datetime.combine(date(d.year(), d.month(), d.day()), time(), tzinfo=UTC)
        return {"child_id": self.child.currentData(), "user_id": self.user.currentData(),
                "action": self.action.currentData(), "since": since, "limit": 2000}

    def refresh(self) -> None:
        try:
            events = self.vault.rights.audit_events(**self.filters())
        except Exception as exc:
            self.verdict.setText(message_for(exc))
            return
        self.model.set_rows(events)

    def save(self, fmt: str) -> None:
        """The rows as shown, for the privacy officer; on the worker (a PDF of 2000 rows
        takes a moment), through the export door, which records it."""
        if self.asker is None:
            return
        path = self.asker.save_path(self, self.tr("Save the audit log"),
                                    f"auditlog.{fmt}")
        if path is None:
            return
        filters = self.filters()
        self.verdict.setText(self.tr("Saving the audit log…"))
        self.job = Job(self, self.tr("Saving the audit log…"),
                       on_own_connection(self.vault, lambda s, control:
                                         s.rights.export_audit_log(path, fmt, **filters)),
                       lambda n: self.verdict.setText(
                           self.tr("Saved %n event(s) to %1.", "", n)
                           .replace("%1", str(path))),
                       lambda exc: self.verdict.setText(message_for(exc)))

    def verify(self) -> None:
        """Walking the whole chain takes a while in a large practice: on the worker."""
        self.verdict.setText(self.tr("Checking the chain…"))
        self.job = Job(self, self.tr("Checking the chain…"),
                       on_own_connection(self.vault, lambda s, control: s.audit.verify()),
                       self._verified, lambda exc: self.verdict.setText(message_for(exc)))

    def _verified(self, report) -> None:
        if report.ok:
            self.verdict.setText(self.tr("The chain is intact: %n event(s), none changed or "
                                        "removed.", "", report.events))
        elif report.first_broken_id is not None:
            self.verdict.setText(self.tr("The chain is broken at event %1: the log was "
                                        "changed outside Casefile.")
                                .replace("%1", str(report.first_broken_id)))
        else:
            self.verdict.setText(self.tr("The log fails %n signature, role or head check(s): "
                                        "it was changed outside Casefile. Compare it with a "
                                        "backup.", "", len(report.problems)))
        # The head, to note down or compare with the one a backup recorded.
        self.head.setText(self.tr("Newest event %1, head %2").replace(
            "%1", str(report.head_id)).replace("%2", report.head_hash[:16]))


class RetentionDialog(QDialog):
    """What is due for deletion and when; purge needs an admin and the count confirmed."""

    def __init__(self, vault, asker: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention"))
        self.vault, self.asker = vault, asker
        self.model = ColumnsModel(
            [self.tr("Child"), self.tr("Last trajectory ended"), self.tr("Due on")],
            [self._name, lambda i: fmt_date(i.last_trajectory_end), self._due_on], self)
        self.held: set[int] = set()
        self.table = _table("retentionTable", self.model)
        self.summary = QLabel(objectName="retentionSummary")
        self.summary.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("Erase the dossiers due…"),
                                        objectName="retentionPurge")
        self.purge_button.clicked.connect(self.purge)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Closed dossiers are kept %1 years after their last "
                                        "trajectory ended.").replace(
            "%1", str(vault.settings.get().retention_years))))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.purge_button)
        fit_to_screen(self, 640, 480)
        self.refresh()

    def _name(self, item) -> str:
        try:
            return self.vault.children.peek(item.child_id).full_name
        except Exception:
            return str(item.child_id)

    def _due_on(self, item) -> str:
        if item.child_id in self.held:  # a complaint or legal case keeps it (rights desk)
            return self.tr("%1 (on hold)").replace("%1", fmt_date(item.due_on))
        return fmt_date(item.due_on)

    def refresh(self) -> None:
        self.held = self.vault.retention.held()
        schedule = self.vault.retention.schedule()
        self.due = self.vault.retention.due()
        self.model.set_rows(schedule)
        self.summary.setText(self.tr("%n dossier(s) are due for deletion now.", "",
                                     len(self.due)))
        self.purge_button.setEnabled(bool(self.due))

    def purge(self) -> None:
        count = len(self.due)
        if not count or not self.asker.confirm_typed(self, self.windowTitle(), self.tr(
                "Erase %n dossier(s) for good? This cannot be undone. Type the number of "
                "dossiers to confirm.", "", count), str(count)):
            return
        ids = [i.child_id for i in self.due]
        self.job = Job(self, self.tr("Erasing…"), on_own_connection(
            self.vault, lambda s, control: s.retention.purge(ids, confirm_count=count)),
                       lambda _n: self.refresh(),
                       lambda exc: self.asker.warn(self, self.windowTitle(),
                                                     message_for(exc)))


def backup_now(parent: QWidget, vault, asker: Asker, done=None) -> Job:
    """Back up off the GUI thread; says at once when it fails."""
    title = QCoreApplication.translate("AdminDesk", "Backup")

    def finished(result) -> None:
        asker.inform(parent, title, QCoreApplication.translate(
            "AdminDesk", "Backup made and verified: %1").replace("%1", result.path.name))
        if done:
            done(True)

    def failed(exc) -> None:
        asker.warn(parent, title, message_for(exc))
        if done:
            done(False)

    return Job(parent, QCoreApplication.translate("AdminDesk", "Making a backup…"),
               on_own_connection(vault, lambda s, control: s.backups.create(
                   progress=control.progress)), finished, failed)
