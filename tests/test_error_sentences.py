"""Every refusal the domain can raise reaches the user as its own Dutch sentence: each
error code (a class's own, or a specific code passed when raising) and each field name
the validation gives has a catalogue entry, and none falls back to the generic "That input
is not valid." or "Something went wrong"."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from casefile import catalogue, errors
from casefile.catalogue import error_message

ROOT = Path(__file__).resolve().parents[1] / "casefile"
ERROR_CLASSES = {name for name, value in vars(errors).items()
                 if isinstance(value, type) and issubclass(value, errors.CasefileError)}
GENERIC = {"invalid_input", "error", "unknown_value"}  # codes that say nothing specific


def _raised() -> list[tuple[str, str, dict[str, object]]]:
    """(class, code, params) for every error built in the code with a literal code."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ERROR_CLASSES):
                continue
            code = getattr(errors, node.func.id).code
            if node.args and isinstance(node.args[0], ast.Constant):
                code = node.args[0].value
            params = {k.arg: k.value.value for k in node.keywords
                      if k.arg and isinstance(k.value, ast.Constant)}
            code = str(params.pop("code", code))
            found.append((node.func.id, code, params))
    return found


def _fields() -> set[str]:
    """Every field name passed to the validation helpers."""
    names = set()
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("clean_text", "clean_date") and len(node.args) > 1):
                assert isinstance(node.args[1], ast.Constant), \
                    f"{path.name}:{node.lineno}: name the field literally"
                names.add(node.args[1].value)
    return names


RAISED = _raised()
SAME_IN_DUTCH = {"E-mail"}


def test_the_scan_finds_the_refusals_the_issue_names():
    codes = {code for _, code, _ in RAISED}
    assert {"backup_folder_missing", "cannot_deactivate_self", "user_exists"} <= codes
    assert len(codes) > 60


@pytest.mark.parametrize("cls,code,params", RAISED, ids=lambda v: str(v))
def test_every_raised_code_has_its_own_dutch_sentence(dutch, cls, code, params):
    from casefile.render_text import say
    from casefile.ui.messages import message_for

    error = getattr(errors, cls)
    # ConsentRequired carries its decision, not a code
    exc = error() if cls == "ConsentRequired" else error(code, **({"field": "name"} | params))
    message = error_message(exc)
    generic = {say(catalogue.error_message(c)) for c in GENERIC}
    assert code in catalogue.ERRORS or code in catalogue.FIELD_CODES, code
    shown = message_for(exc)  # what the GUI puts on screen
    assert shown not in generic, f"{cls}({code!r}) shows a generic sentence"
    assert shown != message.source, f"{code}: no Dutch for {message.source!r}"


@pytest.mark.parametrize("cls", sorted(ERROR_CLASSES - {"CasefileError"}))
def test_every_error_class_has_its_own_sentence(dutch, cls):
    from casefile.render_text import say

    exc = getattr(errors, cls)()
    message = error_message(exc)
    if cls != "InvalidInput":  # its bare code is the fallback itself, never raised bare
        assert message.source != catalogue.ERRORS["invalid_input"][1], cls
        assert message.source != catalogue.ERRORS["error"][1], cls
    assert say(message) != message.source, cls


@pytest.mark.parametrize("field", sorted(_fields()))
@pytest.mark.parametrize("problem", sorted(catalogue.FIELD_CODES))
def test_every_field_is_named_in_dutch(dutch, field, problem):
    from casefile.render_text import say

    message = error_message(errors.InvalidInput(problem, field=field))
    assert message.source != catalogue.ERRORS["invalid_input"][1], field
    shown = say(message)
    assert shown != message.source and "%1" not in shown, (field, shown)
    name = catalogue.FIELDS[field.replace("_", " ")]
    if name not in SAME_IN_DUTCH:
        assert say(catalogue.msg("Messages", name)) != name, f"no Dutch for the field {name!r}"


def test_no_bare_invalid_input_is_raised():
    bare = [code for cls, code, _ in RAISED if cls == "InvalidInput" and code in GENERIC]
    assert bare == []
