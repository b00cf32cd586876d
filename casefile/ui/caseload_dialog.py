"""The administrator's "Toegang" dialog: who may see a dossier (its caseload), with the
history of every grant and revocation, each with who, when and why (casefile/caseload.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_moment
from casefile.errors import CasefileError
from casefile.model import CaseloadEntry, Role
from casefile.ui.admin import ColumnsModel, _selected, _table
from casefile.ui.asker import Asker
from casefile.ui.messages import message_for


class CaseloadDialog(QDialog):
    def __init__(self, vault, child_id: int, asker: Asker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseloadDialog")
        self.setWindowTitle(self.tr("Access to the dossier"))
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self._names = {u.id: u.name for u in vault.users.list()}
        self.model = ColumnsModel(
            [self.tr("Counsellor"), self.tr("Access since"), self.tr("Given by"),
             self.tr("Reason"), self.tr("Access until"), self.tr("Taken by"),
             self.tr("Reason")],
            [lambda e: self._names.get(e.user_id, ""), lambda e: fmt_moment(e.added_at),
             lambda e: self._by(e.added_by), self._added_reason,
             lambda e: fmt_moment(e.removed_at), lambda e: self._by(e.removed_by)
             if e.removed_at else "", lambda e: e.removed_reason], self)
        self.table = _table("caseloadTable", self.model)
        self.table.setAccessibleName(self.tr("Who had access, and when"))
        self.user = QComboBox(objectName="caseloadUser")
        self.user.setAccessibleName(self.tr("Counsellor to give access"))
        grant = QPushButton(self.tr("Give access…"), objectName="caseloadGrant")
        grant.clicked.connect(self.grant)
        revoke = QPushButton(self.tr("Take access away…"), objectName="caseloadRevoke")
        revoke.clicked.connect(self.revoke)
        close = QPushButton(self.tr("Close"), objectName="caseloadClose")
        close.clicked.connect(self.accept)
        name = vault.children.peek(child_id).full_name
        intro = QLabel(self.tr("Who may see the dossier of %1. Everyone else sees only the "
                               "name and the counsellors.").replace("%1", name))
        intro.setWordWrap(True)
        self.current = QLabel(objectName="caseloadCurrent")
        self.current.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.user, 1)
        row.addWidget(grant)
        buttons = QHBoxLayout()
        buttons.addWidget(revoke)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self.refresh()
        self.user.setFocus()

    def _added_reason(self, entry: CaseloadEntry) -> str:
        if not entry.added_reason and entry.added_by == entry.user_id:
            return self.tr("(created the dossier)")
        return entry.added_reason

    def _by(self, user_id: int | None) -> str:
        return self._names.get(user_id, self.tr("(at the upgrade)")) if user_id is not None \
            else self.tr("(at the upgrade)")

    def refresh(self) -> None:
        history = self.vault.caseload.history(self.child_id)
        self.model.set_rows(list(reversed(history)))  # newest first
        now = {e.user_id for e in history if e.removed_at is None}
        names = sorted(self._names[i] for i in now if i in self._names)
        self.current.setText(self.tr("Access now: %1").replace(
            "%1", ", ".join(names) or self.tr("nobody")))
        self.user.clear()
        for u in self.vault.users.list():
            if u.active and u.id not in now and u.role == Role.COUNSELLOR:
                self.user.addItem(u.name, u.id)

    def grant(self) -> None:
        user_id = self.user.currentData()
        if user_id is None:
            self.asker.inform(self, self.windowTitle(),
                              self.tr("Every active counsellor has access already."))
            return
        reason = self.asker.reason(self, self.tr("Give access"), self.tr(
            "Why does %1 need this dossier?").replace("%1", self.user.currentText()))
        if reason is not None:
            self._do(lambda: self.vault.caseload.add(self.child_id, user_id, reason=reason))

    def revoke(self) -> None:
        entry: CaseloadEntry | None = _selected(self.table)
        if entry is None or entry.removed_at is not None:
            self.asker.inform(self, self.windowTitle(),
                              self.tr("Choose a counsellor who has access now."))
            return
        reason = self.asker.reason(self, self.tr("Take access away"), self.tr(
            "Why does %1 no longer need this dossier?").replace(
            "%1", self._names.get(entry.user_id, "")))
        if reason is not None:
            self._do(lambda: self.vault.caseload.remove(self.child_id, entry.user_id,
                                                        reason=reason))

    def _do(self, change) -> None:
        try:
            change()
        except CasefileError as exc:  # a domain refusal: its own sentence, nothing changed
            self.asker.inform(self, self.windowTitle(), message_for(exc))
            return
        self.refresh()
