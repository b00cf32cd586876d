"""The dossier's Consent tab: every consent with a clear state, and the actions around it:
record, withdraw (no more steps than recording), mark entered in error, print the form.
Also the Disclosures tab: what went to whom, when, under which consent."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue
from casefile.catalogue import fmt_date, fmt_moment, item_title
from casefile.model import ConsentScope
from casefile.render_text import say
from casefile.ui.asker import Asker
from casefile.ui.consent_texts import STATE_COLOURS, state_text
from casefile.ui.dossier_support import label
from casefile.ui.inzage_panel import inzage_note
from casefile.ui.jobs import Job, on_own_connection
from casefile.ui.messages import message_for
from casefile.ui.models import OBJECT_ROLE, RowsModel


class ConsentModel(RowsModel):
    RECIPIENT, CATEGORIES, GIVEN_BY, VALID, STATE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsentModel", "Recipient / kind"),
        QT_TRANSLATE_NOOP("ConsentModel", "What"),
        QT_TRANSLATE_NOOP("ConsentModel", "Given by"),
        QT_TRANSLATE_NOOP("ConsentModel", "Valid"),
        QT_TRANSLATE_NOOP("ConsentModel", "State"),
    )

    def __init__(self, vault, child_id: int, parent=None) -> None:
        super().__init__(parent)
        self._vault, self._child_id = vault, child_id
        self._names: dict[int, str] = {}
        self._orgs: dict[int, str] = {}
        self.reload()

    def reload(self) -> None:
        """Read everything first, then show it (a read that fails, the server away, leaves
        the rows shown as they were)."""
        rows = self._vault.consents.register(self._child_id)
        names = {g.id: g.name for g in self._vault.guardians.list(self._child_id)}
        orgs = {o.id: o.name for o in self._vault.organisations.list()}
        titles = {i.key: item_title(say, i.key, i.category, i.title)
                  for i in self._vault.consents.nameable_items(self._child_id)}
        zone = ZoneInfo(self._vault.consents.policy().timezone)
        self.beginResetModel()
        self._rows, self._names, self._orgs, self._titles, self._zone = (
            rows, names, orgs, titles, zone)
        self.endResetModel()

    def _extra(self, view, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QBrush(QColor(STATE_COLOURS.get(view.state, "#222222")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(view, column)
        return None

    def _text(self, view, column: int) -> str:
        c = view.consent
        if column == self.RECIPIENT:
            if c.scope == ConsentScope.PROCESSING:
                return self.tr("Keep sensitive data")
            return self._orgs.get(c.recipient_id, "?")
        if column == self.CATEGORIES:
            special = self.tr(" + special") if c.covers_special else ""
            return ", ".join([str(label(x)) for x in sorted(c.categories)]
                             + self._named(c)) + special
        if column == self.GIVEN_BY:
            names = [self._names.get(g, "?") for g in c.given_by]
            if c.child_agrees:
                names.append(self.tr("the child"))
            names += [self.tr("%1 (signed %2)").replace("%1", self._signer(s.guardian_id))
                      .replace("%2", fmt_date(s.signed_on)) for s in c.signatures]
            return ", ".join(names)
        if column == self.VALID:
            return f"{fmt_date(c.valid_from)} – {fmt_date(c.valid_until)}"
        return state_text(view.state) + self._withdrawal(c)

    def _named(self, c) -> list[str]:
        """The reports and documents a consent per report names, by kind and date."""
        gone = self.tr("a removed report or document")
        return sorted(self._titles.get(k, gone) for k in c.items)

    def _signer(self, guardian_id: int | None) -> str:
        return self.tr("the child") if guardian_id is None else self._names.get(guardian_id, "?")

    def _withdrawal(self, c) -> str:
        """Who withdrew, when and how, as the register needs it."""
        w = c.withdrawal
        if w is None:
            return ""
        who = self.tr("the child") if w.by_child else self._names.get(w.by_guardian_id, "")
        parts = [fmt_date(w.withdrawn_at.astimezone(self._zone).date()), who,
                 say(catalogue.channel(w.channel)).lower() if w.channel else ""]
        text = "\n" + ", ".join(p for p in parts if p)
        return text + (f"\n{w.reason}" if w.reason else "")


class ConsentTab(QWidget):
    def __init__(self, vault, child_id: int, asker: Asker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("consentTab")
        self.setAccessibleName(self.tr("Consent"))
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self.model = ConsentModel(vault, child_id, self)
        self.table = QTableView(objectName="consentTable")
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.hint = QLabel(objectName="consentHint")
        self.hint.setWordWrap(True)
        self.hint.setText(self.tr("A consent works only for the recipient and the kinds of "
                                  "data it names. Parents may withdraw it at any time."))
        self.record_button = self._button("consentRecord", self.tr("Record consent…"),
                                          self.record)
        self.withdraw_button = self._button("consentWithdraw", self.tr("Withdraw…"),
                                            self.withdraw)
        self.sign_button = self._button("consentSign", self.tr("Add a signature…"),
                                        self.add_signature)
        self.error_button = self._button("consentError", self.tr("Entered in error…"),
                                         self.mark_error)
        self.form_button = self._button("consentForm", self.tr("Print form…"),
                                        self.print_form)
        buttons = QHBoxLayout()
        for b in (self.record_button, self.sign_button, self.withdraw_button, self.error_button,
                  self.form_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.resizeRowsToContents()
        self._selection()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], OBJECT_ROLE) if rows else None

    def _selection(self, *_args) -> None:
        view = self.selected()
        open_ = view is not None and view.consent.withdrawal is None
        self.withdraw_button.setEnabled(open_)
        self.sign_button.setEnabled(open_ and not view.consent.entered_in_error)
        self.error_button.setEnabled(view is not None and not view.consent.entered_in_error)

    def set_read_only(self, restricted: bool) -> None:
        """A restricted dossier takes no new consent; withdrawing always stays possible."""
        self.record_button.setEnabled(not restricted)

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeRowsToContents()  # who withdrew, when and how: whole, not cut off
        self._selection()

    # -- actions ------------------------------------------------------------------------

    def record(self) -> None:
        from casefile.ui.consent_dialog import RecordConsentDialog

        dialog = self.asker_dialog(RecordConsentDialog(self.vault, self.child_id, self,
                                                       on_print=self.print_form_with,
                                                       asker=self.asker))
        if dialog is not None:
            self.refresh()

    def asker_dialog(self, dialog):
        """Shows a dialog through the asker seam when it has one (tests), else modally."""
        run = getattr(self.asker, "run_dialog", None)
        accepted = run(dialog) if run else dialog.exec() == dialog.DialogCode.Accepted
        return dialog if accepted else None

    def withdraw(self) -> None:
        view = self.selected()
        if view is None:
            return
        from casefile.ui.consent_events import WithdrawDialog

        if self.asker_dialog(WithdrawDialog(self.vault, view.consent, self)) is None:
            return
        self.refresh()
        if view.consent.scope == ConsentScope.PROCESSING:
            self._erase_held(view.consent.id)
        else:
            self._offer_letters(view.consent.id)

    def add_signature(self) -> None:
        from casefile.ui.consent_events import SignatureDialog

        view = self.selected()
        if view is not None and self.asker_dialog(
                SignatureDialog(self.vault, view.consent, self, self.asker)) is not None:
            self.refresh()

    def _offer_letters(self, consent_id: int) -> None:
        earlier = self.vault.consents.disclosures_relying_on(consent_id)
        if not earlier:
            return
        if not self.asker.confirm(self, self.tr("Ask recipients to delete"), self.tr(
                "%n earlier packet(s) went out under this consent. Make a letter asking the "
                "recipients to delete them (GDPR Art. 19)?", "", len(earlier))):
            return
        title = self.tr("Ask recipients to delete")
        if not self._unencrypted_ok(title):
            return
        paths = {}
        for recipient_id in dict.fromkeys(d.recipient_id for d in earlier):
            name = self.vault.organisations.get(recipient_id).name
            path = self.asker.save_path(self, self.tr("Letter to %1").replace("%1", name),
                                        f"verwijderverzoek-{recipient_id}.pdf")
            if path is not None:
                paths[recipient_id] = path
        if paths:
            self._save_job(title, self.tr("Making the letters…"), lambda s: (
                s.consent_documents.save_deletion_letters(consent_id, paths)))

    def _erase_held(self, consent_id: int) -> None:
        held = self.vault.consents.held_on_basis(consent_id)
        if not held:
            return
        titles = "\n".join(f"• {label(i.category)}: {i.title}" for i in held)
        if not self.asker.confirm(self, self.tr("Erase what this consent covered"), self.tr(
                "This consent covered %n sensitive or special item(s). Erase them now, as the "
                "privacy statement promises?", "", len(held)) + "\n\n" + titles):
            return
        try:
            self.vault.consents.erase_held_on_basis(consent_id, confirm_count=len(held))
        except Exception as exc:
            self.asker.inform(self, self.tr("Erase"), message_for(exc))

    def mark_error(self) -> None:
        view = self.selected()
        if view is None:
            return
        reason = self.asker.reason(self, self.tr("Entered in error"), self.tr(
            "The record stays, marked as a mistake. What was wrong?"))
        if not reason:
            return
        try:
            self.vault.consents.enter_in_error(view.consent.id, reason=reason)
        except Exception as exc:
            self.asker.inform(self, self.tr("Entered in error"), message_for(exc))
        self.refresh()

    def print_form(self) -> None:
        """A blank form when no consent is chosen (to sign before recording), else one
        prefilled from the chosen consent; never from a withdrawn one."""
        view = self.selected()
        if view is not None and (view.consent.withdrawal is not None
                                 or view.consent.entered_in_error):
            self.asker.inform(self, self.tr("Print form"), self.tr(
                "This consent was withdrawn or entered in error, so there is no form to "
                "print. Choose no consent for a blank form, or record a new consent."))
            return
        fields: dict = {}
        if view is not None and view.consent.recipient_id is not None:
            c = view.consent
            fields = dict(recipient_id=c.recipient_id, purpose=c.purpose,
                          categories=c.categories, valid_from=c.valid_from,
                          valid_until=c.valid_until, covers_special=c.covers_special)
        self.print_form_with(fields)

    def print_form_with(self, fields: dict) -> None:
        """Save the form (blank, or prefilled with `fields`) to be printed and signed."""
        title, child_id = self.tr("Consent form"), self.child_id
        if not self._unencrypted_ok(title):
            return
        path = self.asker.save_path(self, title, "toestemmingsformulier.pdf")
        if path is None:
            return
        self._save_job(title, self.tr("Making the form…"), lambda s: (
            s.consent_documents.save_consent_form(path, child_id, **fields)))

    def _unencrypted_ok(self, title: str) -> bool:
        return self.asker.confirm(self, title, self.tr(
            "Save the PDF unencrypted, to print it? Delete it after printing."))

    def _save_job(self, title: str, label: str, make) -> None:
        """Render and save on the worker, through the vault's export door."""
        self.job = Job(self, label, on_own_connection(self.vault, lambda s, control: make(s)),
                       lambda _saved: None,
                       lambda exc: self.asker.inform(self, title, message_for(exc)))


class DisclosureModel(RowsModel):
    WHEN, RECIPIENT, ITEMS, BASIS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DisclosureModel", "When"),
        QT_TRANSLATE_NOOP("DisclosureModel", "To"),
        QT_TRANSLATE_NOOP("DisclosureModel", "Items"),
        QT_TRANSLATE_NOOP("DisclosureModel", "Basis"),
    )

    def __init__(self, vault, child_id: int, parent=None) -> None:
        super().__init__(parent)
        self._vault, self._child_id = vault, child_id
        self.reload()

    def reload(self) -> None:
        rows = self._vault.packets.disclosures(self._child_id)  # read first, as above
        orgs = {o.id: o.name for o in self._vault.organisations.list()}
        self.beginResetModel()
        self._rows, self._orgs = rows, orgs
        self.endResetModel()

    def _extra(self, d, column: int, role: int):
        return self._text(d, column) if role == Qt.ItemDataRole.ToolTipRole else None

    def _text(self, d, column: int) -> str:
        if column == self.WHEN:
            return fmt_moment(d.created_at)
        if column == self.RECIPIENT:
            return self._orgs.get(d.recipient_id, "?")
        if column == self.ITEMS:
            return str(len(d.items))
        if d.legal_ground:
            text = self.tr("Without consent (legal duty): %1").replace("%1", d.legal_ground)
            if d.without_second_reviewer:
                text += " · " + self.tr("without a second reviewer")
            return text
        basis = self.tr("Consent %1").replace("%1", ", ".join(f"#{c}" for c in d.consent_ids))
        return "; ".join(filter(None, (basis, inzage_note(d))))


class DisclosuresTab(QWidget):
    def __init__(self, vault, child_id: int, asker: Asker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosuresTab")
        self.setAccessibleName(self.tr("Disclosures"))
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self.model = DisclosureModel(vault, child_id, self)
        self.table = QTableView(objectName="disclosureTable")
        self.table.setAccessibleName(self.tr("Disclosures"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(self.open_selected)
        self.open_button = QPushButton(self.tr("Open…"), objectName="disclosureOpen")
        self.open_button.setAccessibleName(self.tr("Open the disclosure"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Make a transfer packet…"),
                                         objectName="exportButton")
        self.export_button.setAccessibleName(self.tr("Make a transfer packet"))
        self.export_button.clicked.connect(self.export)
        self.legal_button = QPushButton(self.tr("Disclosure without consent…"),
                                        objectName="legalButton")
        self.legal_button.setAccessibleName(self.tr("Disclosure without consent"))
        self.legal_button.clicked.connect(self.legal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.legal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every packet that left this dossier.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.reload()

    def changed_elsewhere(self) -> None:
        """An open export wizard checks its items again (another computer changed them)."""
        wizard = getattr(self, "wizard", None)
        if wizard is not None and wizard.isVisible():
            wizard.changed_elsewhere()

    def open_selected(self, *_args) -> None:
        """Show what exactly went out: each item, the consent, the purpose, the packet."""
        from casefile.ui.disclosure_detail import DisclosureDetailDialog

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.asker.inform(self, self.tr("Disclosures"), self.tr("Choose a disclosure first."))
            return
        d = self.model.data(rows[0], OBJECT_ROLE)
        self.detail = DisclosureDetailDialog(self.vault, d.id, self.asker, self)
        self.detail.open()

    def export(self) -> None:
        from casefile.ui.export_wizard import ExportWizard

        self.wizard = ExportWizard(self.vault, self.child_id, self.asker, self)
        self.wizard.finished.connect(self.refresh)
        self.wizard.open()

    def legal(self) -> None:
        from casefile.ui.legal_disclosure import LegalDisclosureDialog

        self.legal_dialog = LegalDisclosureDialog(self.vault, self.child_id, self.asker, self)
        self.legal_dialog.finished.connect(self.refresh)
        self.legal_dialog.open()
