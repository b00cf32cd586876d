"""One disclosure opened: what exactly went to whom, on which basis and for what purpose,
each item as the school read it, and the packet's id and signing-key fingerprint. A copy of
the same content goes through the export door, as the access report does."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casefile import packet_content as pc
from casefile.catalogue import PdfText, fmt_date, fmt_moment
from casefile.render_text import say
from casefile.ui.asker import Asker
from casefile.ui.forms import fit_to_screen
from casefile.ui.jobs import Job, on_own_connection
from casefile.ui.messages import message_for


class DisclosureDetailDialog(QDialog):
    def __init__(self, vault, disclosure_id: int, asker: Asker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureDetail")
        self.setWindowTitle(self.tr("What was sent"))
        self.vault, self.asker, self.disclosure_id = vault, asker, disclosure_id
        self.sent = vault.packets.sent(disclosure_id)
        self.copy = None
        self.view = QTextBrowser(objectName="disclosureContent")
        self.view.setAccessibleName(self.tr("What was sent"))
        self.view.setHtml(self.html())
        self.copy_button = QPushButton(self.tr("Save a copy for the parents…"),
                                       objectName="disclosureCopy")
        self.copy_button.setAccessibleName(self.tr("Save a copy for the parents"))
        self.copy_button.clicked.connect(self.save_copy)
        self.status = QLabel(objectName="disclosureCopyStatus", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 560)

    def html(self) -> str:
        s, d = self.sent, self.sent.disclosure
        rows = [(self.tr("Sent"), fmt_moment(d.created_at)), (self.tr("To"), s.recipient_name),
                (self.tr("Purpose"), d.purpose or "—")]
        rows += self._basis()
        rows += [(self.tr("Packet"), d.packet_id),
                 (self.tr("Signing key fingerprint"), s.fingerprint)]
        table = "<table>" + "".join(f"<tr><td><b>{pc.e(k)}</b>&nbsp;</td><td>{pc.e(v)}</td></tr>"
                                    for k, v in rows) + "</table>"
        items = self.tr("Items")
        return table + f"<h2>{pc.e(items)} ({len(s.items)})</h2>" + "".join(
            self._item(i) for i in s.items)

    def _basis(self) -> list[tuple[str, str]]:
        d = self.sent.disclosure
        if d.legal_ground:
            rows = [(self.tr("Basis"), self.tr("Without consent (legal duty): %1")
                     .replace("%1", d.legal_ground)), (self.tr("Reason"), d.reason)]
            if d.without_second_reviewer:
                rows.append((self.tr("Review"), self.tr("without a second reviewer")))
            return rows
        return [(self.tr("Consent relied on"), self.tr(
            "#%1, recorded %2, valid until %3: %4").replace("%1", str(c.id))
            .replace("%2", fmt_date(c.recorded_at.date())).replace(
                "%3", fmt_date(c.valid_until)).replace("%4", c.purpose))
            for c in self.sent.consents]

    def _item(self, item) -> str:
        sha = f"<p style='color:#666'>SHA-256 {pc.e(item.sha256)}</p>"
        if item.content is None:
            gone = pc.e(self.tr("No longer in the dossier."))
            return f"<h3>{pc.e(item.key)}</h3>{sha}<p>{gone}</p>"
        body = pc.section_html(PdfText(say), item.content)
        if not item.unchanged:
            body += "<p style='color:#8a5a00'>" + pc.e(self.tr(
                "Changed since it was sent: this is the dossier's current version.")) + "</p>"
        return body + sha

    def save_copy(self) -> None:
        title = self.tr("Copy of what was sent")
        path = self.asker.save_path(self, title, "kopie-overdracht.pdf")
        if path is None:
            return
        did = self.disclosure_id
        self.job = Job(self, self.tr("Making the copy…"), on_own_connection(
            self.vault, lambda s, control: s.packets.save_copy(did, path)), self._saved,
            lambda exc: self.status.setText(message_for(exc)))

    def _saved(self, copy) -> None:
        from casefile.ui.export_wizard import show_password

        self.copy = copy
        show_password(self.asker, self, copy.password)
        self.status.setText(self.tr("Saved in %1. Give the password separately.")
                            .replace("%1", str(copy.path)))
