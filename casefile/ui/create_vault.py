"""Creating a vault: practice, first administrator, a passphrase that zxcvbn rates 3 or
more, the recovery key shown once (save as PDF, "I have stored it"), and the choice to bind
to this computer where a secure keyring works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.backup_advice import default_suggestion
from casefile.catalogue import fmt_date
from casefile.exports import ExportKind
from casefile.packet_content import pdf_text
from casefile.passphrase import MIN_SCORE, strength
from casefile.recovery_sheet import sheet_html
from casefile.render import MONO_FAMILY
from casefile.services import qt_renderer
from casefile.ui.jobs import Job, on_own_connection
from casefile.ui.messages import keyring_reason, message_for, weak_hint
from casefile.ui.unlock import CONTENT_WIDTH, centred


class CreateVaultWidget(QWidget):
    created = Signal(object)  # the Vault, after the recovery key was stored
    serverWanted = Signal()  # "open a practice server instead": the lock screen's form

    def __init__(self, vault_dir: Path, clock, secrets, asker,
                 parent: QWidget | None = None, backup_suggestion: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultWidget")
        self.vault_dir, self.clock, self.secrets, self.asker = vault_dir, clock, secrets, asker
        self.backup_suggestion = backup_suggestion or default_suggestion()
        self.vault = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(centred(self._details_page()))
        self.pages.addWidget(centred(self._recovery_page()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _details_page(self) -> QWidget:
        box = QWidget()
        title = QLabel(self.tr("Create a vault"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(self.tr("Every dossier is kept encrypted on this computer. Choose a "
                               "long passphrase: a few unrelated words work well."))
        intro.setWordWrap(True)
        self.practice = QLineEdit(objectName="createPractice")
        self.admin = QLineEdit(objectName="createAdmin")
        self.passphrase = QLineEdit(objectName="createPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._rate)
        self.confirm = QLineEdit(objectName="createConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.textChanged.connect(self._rate)
        self.confirm.returnPressed.connect(self._create_if_ready)  # Enter, as on the lock screen
        self.meter = QProgressBar(objectName="createStrength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(objectName="createHint")
        self.hint.setWordWrap(True)
        self.bind = QCheckBox(self.tr("Bind to this computer"), objectName="createBind")
        self.bind_hint = QLabel(self.tr("Then the passphrase alone does not open the vault on "
                                        "another computer."), objectName="createBindHint")
        self.bind_hint.setWordWrap(True)
        self.bind_hint.setStyleSheet("color: palette(placeholder-text);")
        reason = self.secrets.unavailable_reason() if self.secrets else "keyring_none"
        if reason:
            self.bind.setEnabled(False)
            self.bind_hint.setText(keyring_reason(reason))
        self.backup_dir = QLineEdit(str(self.backup_suggestion), objectName="createBackupDir")
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.backup_dir.textChanged.connect(self._rate)
        browse = QPushButton(self.tr("Choose…"), objectName="createBackupBrowse")
        browse.clicked.connect(self.choose_backup_folder)
        backup_hint = QLabel(self.tr("Preferably a USB disk that you keep somewhere else: a "
                                     "backup on this computer is lost with it."),
                             objectName="createBackupHint")
        backup_hint.setWordWrap(True)
        backup_hint.setStyleSheet("color: palette(placeholder-text);")
        folder = QHBoxLayout()
        folder.addWidget(self.backup_dir, 1)
        folder.addWidget(browse)
        self.create_button = QPushButton(self.tr("Create vault"), objectName="createButton")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        self.error = QLabel(objectName="createError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        for edit, text in ((self.practice, self.tr("Practice name")),
                           (self.admin, self.tr("Your user name")),
                           (self.passphrase, self.tr("Passphrase")),
                           (self.confirm, self.tr("Passphrase again"))):
            edit.setAccessibleName(text)
        form = QFormLayout()
        form.addRow(self.tr("Practice name"), self.practice)
        form.addRow(self.tr("Your user name"), self.admin)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Passphrase again"), self.confirm)
        form.addRow("", self.bind)
        form.addRow("", self.bind_hint)
        form.addRow(self.tr("Backup folder"), folder)
        form.addRow("", backup_hint)
        column = QVBoxLayout(box)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.create_button)
        column.addWidget(self.error)
        server = QPushButton(self.tr("Open a practice server instead…"),
                             objectName="createOpenServer")
        server.setFlat(True)
        server.clicked.connect(self.serverWanted)
        column.addWidget(server, 0, Qt.AlignmentFlag.AlignLeft)
        self._rate()
        return box

    def _recovery_page(self) -> QWidget:
        box = QWidget()
        title = QLabel(self.tr("Your recovery key"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(self.tr("With this key the vault opens when a passphrase is forgotten. "
                               "It is shown only now. Print it and keep it somewhere safe, "
                               "away from this computer."))
        intro.setWordWrap(True)
        self.key_label = QLabel(objectName="recoveryKey")
        font = QFont(MONO_FAMILY)
        font.setPointSize(15)
        self.key_label.setFont(font)
        # Whole groups per line (set in _created): a wrapped label would cut the key off.
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("background: palette(base); padding: 12px;")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save = QPushButton(self.tr("Save as PDF…"), objectName="recoverySavePdf")
        save.clicked.connect(self.save_pdf)
        self.stored = QCheckBox(self.tr("I have stored the recovery key safely"),
                                objectName="recoveryStored")
        self.go_on = QPushButton(self.tr("Continue"), objectName="recoveryContinue")
        self.go_on.setEnabled(False)
        self.stored.toggled.connect(self.go_on.setEnabled)
        self.go_on.clicked.connect(self._finish)
        intro.setMinimumHeight(intro.heightForWidth(CONTENT_WIDTH - 40))  # else clipped when
        # the page is laid out before it is shown
        column = QVBoxLayout(box)
        column.setSpacing(10)
        for widget in (title, intro, self.key_label, save, self.stored, self.go_on):
            column.addWidget(widget)
        # A page, not a dialog, so no default button: Enter presses Continue once it is on.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._continue_if_ready)
        return box

    def _continue_if_ready(self) -> None:
        if self.go_on.isEnabled():
            self.go_on.click()

    def _rate(self) -> None:
        text = self.passphrase.text()
        rated = strength(text, (self.admin.text(), self.practice.text()))
        self.meter.setValue(rated.score)
        colour = "#8a1c1c" if rated.score < MIN_SCORE else "#1e6b3a"
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            self.hint.setText(self.tr("At least 'strong' is needed."))
        elif not rated.acceptable:
            self.hint.setText(weak_hint(rated.hint))
        elif text != self.confirm.text():
            self.hint.setText(self.tr("Strong. Type it again below."))
        else:
            self.hint.setText(self.tr("Strong, and both entries match."))
        self.create_button.setEnabled(rated.acceptable and text == self.confirm.text()
                                      and bool(self.admin.text().strip())
                                      and bool(self.backup_dir.text().strip()))

    def _create_if_ready(self) -> None:
        if self.create_button.isEnabled():
            self.create_vault()

    def choose_backup_folder(self) -> None:
        folder = self.asker.folder(self, self.tr("Backup folder"), self.backup_dir.text())
        if folder is not None:
            self.backup_dir.setText(str(folder))

    def create_vault(self) -> None:
        from casefile.vault import Vault

        args = dict(user=self.admin.text().strip(), passphrase=self.passphrase.text(),
                    practice_name=self.practice.text().strip(), clock=self.clock,
                    secrets=self.secrets, bind=self.bind.isChecked())
        backup_dir = self.backup_dir.text().strip()
        self.passphrase.clear()
        self.confirm.clear()
        self.create_button.setEnabled(False)

        def create(control):
            vault = Vault.create(self.vault_dir, **args)
            # The first backup (at closing) needs it; the folder is made by the backup.
            vault.settings.update(backup_dir=backup_dir)
            return vault

        self.job = Job(self, self.tr("Creating the vault…"), create, self._created,
                       self._failed)

    def _created(self, vault) -> None:
        self.vault = vault
        groups = vault.recovery_key.split("-")
        self.key_label.setText("\n".join("  ".join(groups[i:i + 3])
                                         for i in range(0, len(groups), 3)))
        self.pages.setCurrentIndex(1)
        self.stored.setFocus()  # Space ticks it, Enter goes on

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))

    def save_pdf(self) -> None:
        path = self.asker.save_path(self, self.tr("Save the recovery key"),
                                    "casefile-herstelsleutel.pdf")
        if path is None or self.vault is None:
            return
        vault_id, lang = self.vault.vault_id, self.vault.settings.get().language
        lines = self.key_label.text().splitlines()
        practice, made = self.practice.text().strip(), \
            fmt_date(self.clock.today()) if self.clock else ""

        def save(services, control) -> None:  # rendered in memory, saved through the door
            renderer = qt_renderer()
            t = pdf_text(renderer, lang)
            html = sheet_html(t, practice=practice, made=made, vault_id=vault_id,
                              key_lines=lines)
            services.exports.save(ExportKind.RECOVERY_SHEET, path,
                                  renderer.render(html, t["recovery_title"], lang=t.lang),
                                  object_type="vault", object_id=vault_id)

        self.job = Job(self, self.tr("Saving the recovery key…"),
                       on_own_connection(self.vault, save), lambda _none: None,
                       self._failed)

    def _finish(self) -> None:
        self.recovery_forgotten()
        self.created.emit(self.vault)

    def recovery_forgotten(self) -> None:
        """The key leaves the screen and this widget for good."""
        self.key_label.clear()
