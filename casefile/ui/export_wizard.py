"""The export wizard: choose the recipient, see every item with a tick and the consent it
relies on or a cross and the reasons, choose among the allowed ones, preview, create.
The packet is built off the GUI thread; its password is shown once."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casefile import packet_content as pc
from casefile.catalogue import PdfText, item_title
from casefile.render import MONO_FAMILY
from casefile.render_text import say
from casefile.ui.asker import Asker
from casefile.ui.consent_texts import reasons_text
from casefile.ui.forms import HEED, fit_to_screen, start_at
from casefile.ui.inzage_panel import InzagePanel
from casefile.ui.jobs import Job, JobControl, on_own_connection
from casefile.ui.messages import message_for
from casefile.ui.models import OBJECT_ROLE, Index, RowsModel

CLIPBOARD_SECONDS = 30


class ItemsModel(RowsModel):
    """One row per item of the dossier; allowed rows are checkable, blocked rows say why."""

    ITEM, DECISION = range(2)
    HEADERS = (QT_TRANSLATE_NOOP("ItemsModel", "Item"),
               QT_TRANSLATE_NOOP("ItemsModel", "May it go?"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.decision = None
        self._checked: set[str] = set()

    def set_decision(self, decision, *, keep_choice: bool = False) -> None:
        """Show a decision, every allowed item ticked; with `keep_choice` an item the
        counsellor unticked stays unticked (the same recipient checked again)."""
        unticked = {d.item.key for d in self._rows if d.allowed} - self._checked
        self.beginResetModel()
        self.decision = decision
        self._rows = list(decision.items) if decision else []
        self._checked = {d.item.key for d in self._rows if d.allowed}
        if keep_choice:
            self._checked -= unticked
        self.endResetModel()

    def chosen(self) -> list[str]:
        return [d.item.key for d in self._rows if d.item.key in self._checked]

    def flags(self, index: Index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.ITEM and self._rows[index.row()].allowed:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return d
        if index.column() == self.ITEM:
            if role == Qt.ItemDataRole.DisplayRole:
                return item_title(say, d.item.key, d.item.category, d.item.title)
            if role == Qt.ItemDataRole.CheckStateRole and d.allowed:
                return (Qt.CheckState.Checked if d.item.key in self._checked
                        else Qt.CheckState.Unchecked)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if d.allowed:
                return "✓ " + self._consent_text(d).replace("%1", str(d.consent_id))
            return "✗ " + reasons_text(d.reasons).replace("\n", " ")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1e6b3a" if d.allowed else "#8a1c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and not d.allowed:
            return reasons_text(d.reasons)
        return None

    def _consent_text(self, d) -> str:
        """The consent an item relies on; a consent per report says it names this one."""
        if not d.by_name:
            return self.tr("Consent #%1")
        if d.item.key.startswith("document:"):
            return self.tr("Consent #%1 for this document")
        return self.tr("Consent #%1 for this report")

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index)
                                                          & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        key = self._rows[index.row()].item.key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True


class ExportWizard(QDialog):
    """Built for one dossier. `asker` answers the questions (where to save)."""

    def __init__(self, vault, child_id: int, asker: Asker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Make a transfer packet"))
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self.packet = None
        self.recipient = QComboBox(objectName="exportRecipient")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for org in vault.organisations.list():
            self.recipient.addItem(org.name, org.id)
        school = vault.children.peek(child_id).school_id
        if school is not None and self.recipient.findData(school) >= 0:
            self.recipient.setCurrentIndex(self.recipient.findData(school))
        self.recipient.currentIndexChanged.connect(self.evaluate)
        # The purpose is the consent's: a packet may serve no other (purpose limitation).
        self.purpose = QLineEdit(objectName="exportPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setReadOnly(True)
        self.purpose.setPlaceholderText(self.tr("comes from the consent"))
        self.model = ItemsModel(self)
        self.model.dataChanged.connect(self._update)
        self.table = QTableView(objectName="exportItems")
        self.table.setAccessibleName(self.tr("Items"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.status = QLabel(objectName="exportStatus")
        self.status.setWordWrap(True)
        self.changed_notice = QLabel(self.tr(
            "This dossier changed on another computer; the items were checked again."),
            objectName="exportChangedElsewhere")
        self.changed_notice.setStyleSheet(HEED)
        self.changed_notice.hide()
        self.saved_to = QLabel(objectName="exportSavedTo", wordWrap=True)
        self.saved_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_to.hide()
        self.preview_box = QTextBrowser(objectName="exportPreview")
        self.preview_box.setAccessibleName(self.tr("Preview"))
        self.preview_box.setMaximumHeight(220)
        self.preview_box.hide()  # until the counsellor asks for a preview
        self.preview_button = QPushButton(self.tr("Preview"), objectName="exportPreviewButton")
        self.preview_button.clicked.connect(self.preview)
        self.create_button = QPushButton(self.tr("Create packet…"), objectName="exportCreate")
        self.create_button.setAccessibleName(self.tr("Create packet"))
        self.create_button.clicked.connect(self.make_packet)
        self.inzage = InzagePanel(vault, child_id, asker, self.recipient.currentData,
                                  self.model.chosen, self.purpose.text, packet_job, self)
        self.model.dataChanged.connect(self.inzage.refresh)
        close = QPushButton(self.tr("Close"), objectName="exportClose")
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Purpose"), self.purpose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.changed_notice)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_to)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.inzage)  # the parents read it first (issue 10)
        layout.addLayout(buttons)
        fit_to_screen(self, 760, 620)
        start_at(self, self.recipient, self.create_button)
        self.evaluate()

    def evaluate(self, *_args, keep_choice: bool = False) -> None:
        recipient_id = self.recipient.currentData()
        decision = None
        if recipient_id is not None:
            decision = self.vault.consents.evaluate(self.child_id, recipient_id)
        self.model.set_decision(decision, keep_choice=keep_choice)
        self.table.resizeRowsToContents()
        self.inzage.refresh()
        self._update()

    def changed_elsewhere(self) -> None:
        """Another computer changed this dossier (a consent recorded or withdrawn, a note
        amended, a packet made): the items are checked again and the wizard says so."""
        self.evaluate(keep_choice=True)
        self.changed_notice.show()

    def _update(self, *_args) -> None:
        decision = self.model.decision
        allowed = len(decision.allowed_items) if decision else 0
        chosen = len(self.model.chosen())
        if decision is None:
            self.status.setText(self.tr("Add the recipient to the address book first."))
        elif not allowed:
            self.status.setText(self.tr(
                "There is no valid consent for this recipient, so there is nothing to send. "
                "The crosses say why."))
        else:
            self.status.setText(self.tr("%1 of %2 items may go; %3 chosen.")
                                .replace("%1", str(allowed))
                                .replace("%2", str(len(decision.items)))
                                .replace("%3", str(chosen)))
        self.purpose.setText(self._purpose())
        ready = chosen > 0 and bool(self.purpose.text().strip())
        self.create_button.setEnabled(ready)
        self.preview_button.setEnabled(ready)
        self.preview_box.hide()  # a preview of another choice would mislead

    def _purpose(self) -> str:
        decision, chosen = self.model.decision, set(self.model.chosen())
        if decision is None:
            return ""
        ids = dict.fromkeys(d.consent_id for d in decision.allowed_items
                            if d.item.key in chosen and d.consent_id is not None)
        return "; ".join(dict.fromkeys(self.vault.consents.get(c).purpose for c in ids))

    def preview(self) -> None:
        if self.model.decision is None:
            return
        try:
            purpose, contents = self.vault.packets.preview(
                self.child_id, self.recipient.currentData(), self.model.chosen())
        except Exception as exc:
            self.asker.inform(self, self.tr("Preview"), message_for(exc))
            return
        intro = self.tr("%1 will read, for “%2”:").replace(
            "%1", self.recipient.currentText()).replace("%2", purpose)
        words = PdfText(say)
        self.preview_box.setHtml(f"<p><b>{escape(intro)}</b></p>" + "".join(
            pc.section_html(words, c) for c in contents))
        self.preview_box.show()

    def make_packet(self) -> None:
        path = self.asker.save_path(self, self.tr("Save the packet"), "overdracht.pdf")
        if path is None:
            return
        chosen, recipient_id = self.model.chosen(), self.recipient.currentData()
        purpose = self.purpose.text()
        self._run(lambda packets, progress: packets.create(
            self.child_id, recipient_id, Path(path), items=chosen, purpose=purpose,
            progress=progress))

    def _run(self, call) -> None:
        self.create_button.setEnabled(False)
        self.job = packet_job(self, self.vault, call, self._created, self._failed)

    def _created(self, packet) -> None:
        self.packet = packet
        show_password(self.asker, self, packet.password)
        self.evaluate()
        self.saved_to.setText(self.tr("The transfer packet was saved in %1. Send it to the "
                                      "school and give the password by another way (phone, "
                                      "text message).").replace("%1", str(packet.path)))
        self.saved_to.show()

    def _failed(self, exc: BaseException) -> None:
        self.asker.inform(self, self.tr("Make a transfer packet"), message_for(exc))
        self.evaluate()


def packet_job(parent: QWidget, vault, call, on_done, on_failed) -> Job:
    """`call(packets, progress)` on the worker with its own connection; it can be
    cancelled until the packet is recorded (the last step), and then leaves nothing."""
    def work(services, control: JobControl):
        def progress(done: int, total: int) -> None:
            control.progress(done, total)
            if done < total:
                control.check()

        return call(services.packets, progress)

    return Job(parent, QCoreApplication.translate("ExportWizard", "Making the packet…"),
               on_own_connection(vault, work), on_done, on_failed, cancellable=True)


def show_password(asker: Asker, parent: QWidget, password: str) -> None:
    show = getattr(asker, "show_password", None)
    if show:
        show(parent, password)
    else:
        PasswordDialog(password, parent).exec()


class PasswordDialog(QDialog):
    """The packet's password, shown once, copyable; the clipboard is cleared after 30 s if
    it still holds it."""

    def __init__(self, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Packet password"))
        self._password = password
        shown = QLabel(password, objectName="passwordText")
        font = QFont(MONO_FAMILY)
        font.setPointSize(16)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr(
            "Give this password to the school through another channel than the file, for "
            "example by phone. It is shown only now."))
        hint.setWordWrap(True)
        copy = QPushButton(self.tr("Copy (cleared after 30 seconds)"), objectName="passwordCopy")
        copy.clicked.connect(self.copy)
        done = QPushButton(self.tr("I have noted it"), objectName="passwordDone")
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(shown)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(done)
        layout.addLayout(row)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._password)
        QTimer.singleShot(CLIPBOARD_SECONDS * 1000, lambda p=self._password: clear_if(p))


def clear_if(password: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == password:
        clipboard.clear()
