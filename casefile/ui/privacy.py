"""The Privacy menu: the parents' rights for the open dossier (access report, restriction,
erasure, change history) and the administrator's desk (retention, users, settings, audit
log, backups)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QVBoxLayout, QWidget

from casefile import log_rows
from casefile.catalogue import fmt_date
from casefile.log_rows import LogNames
from casefile.model import Role
from casefile.render_text import say
from casefile.ui.admin import (
    AuditDialog,
    ColumnsModel,
    RetentionDialog,
    SettingsDialog,
    UsersDialog,
    _table,
    backup_now,
)
from casefile.ui.asker import Asker
from casefile.ui.export_wizard import show_password
from casefile.ui.forms import fit_to_screen
from casefile.ui.jobs import Job, on_own_connection
from casefile.ui.messages import message_for


class PrivacyMenu(QMenu):
    """`current_child()` gives the open dossier's child id, or None."""

    def __init__(self, window: QWidget, vault, asker: Asker,
                 current_child: Callable[[], int | None], on_changed: Callable[[], None]):
        super().__init__(window.tr("&Privacy"), window)
        self.setObjectName("privacyMenu")
        self.window_, self.vault, self.asker = window, vault, asker
        self.current_child, self.on_changed = current_child, on_changed
        admin = vault.user.role == Role.ADMIN
        # (action, whether the role may use it): enabled only while a dossier is open
        self._dossier_actions = [
            (self._add("actionAccessReport", self.tr("Access report for the parents…"),
                       self.access_report), True),
            (self._add("actionRestrict", self.tr("Restrict or lift restriction…"),
                       self.restrict), True),
            (self._add("actionHistory", self.tr("Change history"), self.history), True),
            (self._add("actionErase", self.tr("Erase dossier…"), self.erase), admin),
            (self._add("actionHold", self.tr("Hold on retention…"), self.hold), admin)]
        self._add("actionRequests", self.tr("Requests…"), self.requests)
        self.addSeparator()
        self._add("actionBackup", self.tr("Back up now"), self.backup)
        for name, text, slot in (
                ("actionRetention", self.tr("Retention…"), self.retention),
                ("actionUsers", self.tr("Users…"), self.users),
                ("actionSettings", self.tr("Settings…"), self.settings),
                ("actionAudit", self.tr("Audit log…"), self.audit)):
            self._add(name, text, slot).setEnabled(admin)
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """What can be done now: the dossier's rights need an open dossier (and erasure an
        admin); the services refuse the same, this only spares a refusal."""
        open_dossier = self.current_child() is not None
        for action, allowed in self._dossier_actions:
            action.setEnabled(open_dossier and allowed)

    def _add(self, name: str, text: str, slot) -> QAction:
        action = self.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _child(self) -> int | None:
        child = self.current_child()
        if child is None:
            self.asker.inform(self.window_, self.tr("Privacy"),
                              self.tr("Open a dossier first."))
        return child

    def _name(self, child_id: int) -> str:
        return self.vault.children.peek(child_id).full_name

    def access_report(self) -> None:
        child = self._child()
        if child is None:
            return
        path = self.asker.save_path(self.window_, self.tr("Access report"), "inzage.pdf")
        if path is None:
            return
        self.job = Job(self.window_, self.tr("Making the access report…"),
                       on_own_connection(self.vault, lambda s, control: s.rights.access_report(
                           child, path)),
                       lambda report: show_password(self.asker, self.window_, report.password),
                       self._failed)

    def restrict(self) -> None:
        child = self._child()
        if child is None:
            return
        restricted = self.vault.children.peek(child).restricted
        prompt = (self.tr("Lift the restriction of this dossier? Reason:") if restricted else
                  self.tr("Restrict this dossier (GDPR Art. 18)? It becomes read-only and "
                          "nothing may be exported. Reason:"))
        reason = self.asker.reason(self.window_, self.tr("Restriction"), prompt)
        if not reason:
            return
        try:
            if restricted:
                self.vault.rights.lift_restriction(child, reason=reason)
            else:
                self.vault.rights.restrict(child, reason=reason)
        except Exception as exc:
            self._failed(exc)
            return
        self.on_changed()

    def history(self) -> None:
        child = self._child()
        if child is None:
            return
        dialog = HistoryDialog(self.vault, child, self.window_)
        dialog.open()
        self.history_dialog = dialog

    def erase(self) -> None:
        child = self._child()
        if child is None:
            return
        try:
            self.vault.rights.refuse_if_held(child)
            preview = self.vault.rights.erasure_preview(child)
        except Exception as exc:
            self._failed(exc)
            return
        kept = "\n".join(f"• {k}" for k in preview.kept) or self.tr("(nothing)")
        text = (self.tr("Erase the whole dossier of %1 for good? %n record(s) will be removed.",
                        "", sum(preview.erased.values()) + 1)
                .replace("%1", self._name(child))
                + "\n\n" + self.tr("A legal duty keeps these financial records:") + "\n"
                + kept + "\n\n" + self._backups_note())
        name = self._name(child)
        text += "\n\n" + self.tr("Type the child's name to confirm: %1").replace("%1", name)
        if not self.asker.confirm_typed(self.window_, self.tr("Erase dossier"), text, name):
            return
        reason = self.asker.reason(self.window_, self.tr("Erase dossier"),
                                   self.tr("On whose request, and why?"))
        if not reason:
            return
        self.job = Job(self.window_, self.tr("Erasing…"),
                       on_own_connection(self.vault, lambda s, control: s.rights.erase(
                           child, reason=reason, progress=control.progress)),
                       lambda _p: self.on_changed(closed=True), self._failed)

    def _backups_note(self) -> str:
        """Erasure cannot reach into backups already made: say so, and until when."""
        held = self.vault.backups.still_holding()
        if held.count == 0:
            return self.tr("No backup in the backup folder holds this dossier.")
        text = self.tr("Older backups (%1 in the backup folder) still hold this dossier until "
                       "they rotate out, after %2 newer backups.").replace(
            "%1", str(held.count)).replace("%2", str(held.rotate_after))
        if held.expected is not None:
            text += " " + self.tr("At the pace of backups so far, that is about %1.").replace(
                "%1", fmt_date(held.expected))
        return text

    def requests(self) -> None:
        from casefile.ui.rights_desk import RequestsDialog

        self._open(RequestsDialog(self.vault, self.asker, self.current_child, self.window_))

    def hold(self) -> None:
        from casefile.ui.rights_desk import HoldDialog

        child = self._child()
        if child is not None:
            self._open(HoldDialog(self.vault, child, self.window_))

    def backup(self) -> None:
        self.job = backup_now(self.window_, self.vault, self.asker)

    def retention(self) -> None:
        self._open(RetentionDialog(self.vault, self.asker, self.window_))

    def users(self) -> None:
        self._open(UsersDialog(self.vault, self.asker, self.window_))

    def settings(self) -> None:
        self._open(SettingsDialog(self.vault, self.asker, self.window_))

    def audit(self) -> None:
        self._open(AuditDialog(self.vault, self.window_, self.asker))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.asker.warn(self.window_, self.tr("Privacy"), message_for(exc))


class HistoryDialog(QDialog):
    """Rectification with history (Art 16): who changed what, when and why, in words (the
    school's name, ja/nee, a date as people write it)."""

    def __init__(self, vault, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Change history"))
        names = LogNames(users={u.id: u.name for u in vault.users.list()},
                         organisations={o.id: o.name for o in vault.organisations.list()})
        model = ColumnsModel(
            [say(h) for h in log_rows.history_headers()],
            [lambda c, i=i: say(log_rows.history_row(c, names)[i]) for i in range(6)], self)
        model.set_rows(vault.rights.rectification_history(child_id))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every change, newest first.")))
        layout.addWidget(_table("historyTable", model), 1)
        self.model = model
        fit_to_screen(self, 860, 500)
