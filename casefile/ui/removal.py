"""Removing what was recorded by mistake: a document, a parent or guardian, an organisation,
always with a reason. The rules (what may go, what is wiped, what is kept) live in the
domain; a refusal comes back as its one sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.model import Document
from casefile.ui.asker import Asker
from casefile.ui.messages import message_for


def remove_with_reason(asker: Asker, parent: QWidget, title: str, prompt: str,
                       remove: Callable[[str], None]) -> bool:
    """Ask why, then remove; a refusal (or an empty reason) is told in its one sentence and
    nothing changes. True when removed."""
    while True:
        reason = asker.reason(parent, title, prompt)
        if reason is None:
            return False
        try:
            remove(reason)
        except Exception as exc:
            asker.inform(parent, title, message_for(exc))
            if getattr(exc, "code", "") != "field_empty":
                return False  # a refusal: asking again would not change it
            continue
        return True


def remove_document(asker: Asker, vault, parent: QWidget, doc: Document) -> bool:
    return remove_with_reason(
        asker, parent, QCoreApplication.translate("Corrections", "Remove document"),
        QCoreApplication.translate(
            "Corrections", "Why is this document removed? Its content is wiped; the dossier "
            "keeps who removed it, when and why."),
        lambda reason: vault.documents.remove(doc.id, reason=reason))


def remove_guardian(asker: Asker, vault, parent: QWidget, guardian_id: int) -> bool:
    return remove_with_reason(
        asker, parent, QCoreApplication.translate("Corrections", "Remove parent or guardian"),
        QCoreApplication.translate(
            "Corrections", "Why is this parent or guardian removed? The contact details are "
            "wiped; the name stays on the consents they gave."),
        lambda reason: vault.guardians.remove(guardian_id, reason=reason))


def remove_organisation(asker: Asker, vault, parent: QWidget, organisation_id: int) -> bool:
    return remove_with_reason(
        asker, parent, QCoreApplication.translate("Corrections", "Remove organisation"),
        QCoreApplication.translate(
            "Corrections", "Why is this organisation removed? Its contact details are wiped; "
            "its name stays on the consents and documents that name it."),
        lambda reason: vault.organisations.remove(organisation_id, reason=reason))

