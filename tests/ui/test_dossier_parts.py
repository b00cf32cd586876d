"""Small parts of the dossier window: snippet highlighting, error sentences, safe names."""

from __future__ import annotations

import re
from html import unescape

from hypothesis import given
from hypothesis import strategies as st

from casefile.errors import DossierRestricted, InvalidInput, VaultLocked
from casefile.search import MARK_CLOSE, MARK_OPEN
from casefile.ui.documents_tab import human_size, shown_name
from casefile.ui.messages import message_for
from casefile.ui.search_dialog import snippet_html

OPEN, CLOSE = MARK_OPEN, MARK_CLOSE


def test_markers_become_bold_and_text_is_escaped():
    html = snippet_html(f"een <script> en {OPEN}spelling{CLOSE} & meer", OPEN, CLOSE)
    assert html == "een &lt;script&gt; en <b>spelling</b> &amp; meer"


@given(st.lists(st.tuples(st.text(alphabet=st.characters(exclude_characters=OPEN + CLOSE
                                                          + "\n")), st.booleans())))
def test_snippet_html_keeps_every_character(parts):
    snippet = "".join(f"{OPEN}{t}{CLOSE}" if bold else t for t, bold in parts)
    html = snippet_html(snippet, OPEN, CLOSE)
    assert "<" not in re.sub(r"</?b>", "", html)  # only our own tags
    assert unescape(re.sub(r"</?b>", "", html)) == "".join(t for t, _ in parts)


def test_errors_become_one_sentence():
    assert message_for(DossierRestricted()).startswith("This dossier is restricted")
    assert message_for(VaultLocked()) == "The vault is locked."
    assert message_for(InvalidInput("Some internal detail.")) == "That input is not valid."
    assert message_for(PermissionError("/home/x/secret.pdf")) == "That file cannot be read."
    assert "secret" not in message_for(RuntimeError("secret"))


def test_odd_file_names_are_shown_safely():
    assert shown_name("rapport\x1b[31m\n.pdf") == "rapport\ufffd[31m\ufffd.pdf"
    assert human_size(512) == "512 B" and human_size(3 * 1024 * 1024) == "3,0 MB"


def test_text_preview_reads_utf8_and_older_windows_text():
    from casefile.ui.documents_tab import _as_text

    assert _as_text("één café".encode()) == "één café"
    assert _as_text("één café".encode("cp1252")) == "één café"
