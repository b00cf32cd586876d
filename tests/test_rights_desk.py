"""The rights desk: deadlines across month ends (Art 12(3)), the extension, due-this-week
and late views, closing with what was done, retention holds and objections (Art 21)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.catalogue import error_message
from casefile.errors import DossierOnHold, InvalidInput, NotDue, NotPermitted
from casefile.rights_desk import add_months, deadline


@pytest.mark.parametrize(("received", "due"), [
    (date(2026, 1, 31), date(2026, 2, 28)),
    (date(2028, 1, 31), date(2028, 2, 29)),  # a leap year
    (date(2026, 1, 30), date(2026, 2, 28)),
    (date(2026, 3, 31), date(2026, 4, 30)),
    (date(2026, 12, 15), date(2027, 1, 15)),
    (date(2026, 2, 28), date(2026, 3, 28)),
])
def test_deadline_is_one_calendar_month_later(received, due):
    assert deadline(received) == due


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.integers(min_value=0, max_value=2))
def test_deadline_is_the_same_day_or_the_months_last(day, extension):
    due = deadline(day, extension)
    months = (due.year - day.year) * 12 + due.month - day.month
    assert months == 1 + extension
    last = calendar.monthrange(due.year, due.month)[1]
    assert due.day == min(day.day, last)
    assert day < due <= day + timedelta(days=31 * (1 + extension))


def test_add_months_across_the_year():
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 1, 31), 0) == date(2026, 1, 31)


@pytest.fixture
def family(vault):
    kid = vault.children.add(first_name="Femke", last_name="Hoekstra",
                             birth_date=date(2015, 4, 1))
    mum = vault.guardians.add(kid.id, name="Anne Hoekstra", has_authority=True)
    return kid, mum


def test_record_extend_and_close_an_access_request(vault, clock, family, tmp_path):
    kid, mum = family  # the fixture clock stands on 2026-03-02
    r = vault.rights_desk.record(kid.id, kind="access", requester="guardian",
                                 guardian_id=mum.id, identity_check="id_document",
                                 received_on=date(2026, 1, 31))
    assert r.due_on == date(2026, 2, 28) and r.is_open
    assert [x.id for x in vault.rights_desk.late()] == [r.id]
    longer = vault.rights_desk.extend(r.id, months=2, reason="Veel documenten")
    assert longer.due_on == date(2026, 4, 30)  # 31 January + 3 months
    assert vault.rights_desk.late() == []
    with pytest.raises(InvalidInput) as again:
        vault.rights_desk.extend(r.id, months=1, reason="Nog meer")
    assert again.value.code == "already_extended"
    vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    [event] = vault.rights_desk.candidate_events(r.id)
    assert event.action == "access_report"
    closed = vault.rights_desk.close(r.id, outcome="granted", event_id=event.id)
    assert (closed.closed_on, closed.outcome_event_id) == (date(2026, 3, 2), event.id)
    assert vault.rights_desk.requests(open_only=True) == []
    actions = [e.action for e in vault.audit.events(child_id=kid.id)]
    assert {"request_recorded", "request_extended", "request_closed"} <= set(actions)
    [closing] = [e for e in vault.audit.events(child_id=kid.id)
                 if e.action == "request_closed"]
    assert closing.details == {"outcome": "granted", "in_time": True}


def test_extension_is_one_or_two_months_with_a_reason(vault, family):
    kid, _ = family
    r = vault.rights_desk.record(kid.id, kind="erasure", requester="child",
                                 identity_check="in_person", received_on=date(2026, 3, 1))
    for months, reason, code in ((3, "Te veel", "extension_too_long"),
                                 (0, "Niets", "extension_too_long"),
                                 (1, "  ", "field_required")):
        with pytest.raises(InvalidInput) as refused:
            vault.rights_desk.extend(r.id, months=months, reason=reason)
        assert refused.value.code in (code, "reason_required", "field_empty")
    assert vault.rights_desk.requests()[0].due_on == date(2026, 4, 1)


def test_due_this_week_and_late(vault, clock, family):
    kid, _ = family
    def record(day):
        return vault.rights_desk.record(kid.id, kind="rectification", requester="child",
                                        identity_check="known_contact", received_on=day)
    late = record(date(2026, 1, 20))  # due 20 February
    soon = record(date(2026, 2, 7))  # due 7 March, within the week from 2 March
    later = record(date(2026, 2, 20))  # due 20 March
    view = vault.rights_desk.view()
    assert ([r.id for r in view.late], [r.id for r in view.due_this_week],
            [r.id for r in view.later]) == ([late.id], [soon.id], [later.id])
    assert [r.id for r in vault.rights_desk.due_this_week(at=date(2026, 3, 14))] == [
        later.id]


def test_bad_requests_store_nothing(vault, family):
    kid, mum = family
    other = vault.children.add(first_name="Sem", last_name="Bakker",
                               birth_date=date(2014, 1, 1))
    stranger = vault.guardians.add(other.id, name="Kees Bakker", has_authority=True)
    cases = [dict(kind="complaint"), dict(requester="neighbour"),
             dict(identity_check="guess"), dict(received_on=date(2026, 3, 3)),
             dict(guardian_id=stranger.id), dict(guardian_id=None)]
    for change in cases:
        args = dict(kind="access", requester="guardian", guardian_id=mum.id,
                    identity_check="id_document", received_on=date(2026, 3, 1)) | change
        with pytest.raises(InvalidInput) as refused:
            vault.rights_desk.record(kid.id, **args)
        assert error_message(refused.value).source != "That input is not valid."
    assert vault.rights_desk.requests() == []


def test_closing_links_only_an_event_of_the_same_child(vault, family, tmp_path):
    kid, mum = family
    other = vault.children.add(first_name="Sem", last_name="Bakker",
                               birth_date=date(2014, 1, 1))
    vault.rights.access_report(other.id, tmp_path / "ander.pdf")
    [foreign] = [e for e in vault.audit.events(child_id=other.id)
                 if e.action == "access_report"]
    r = vault.rights_desk.record(kid.id, kind="access", requester="guardian",
                                 guardian_id=mum.id, identity_check="id_document",
                                 received_on=date(2026, 3, 1))
    with pytest.raises(InvalidInput) as refused:
        vault.rights_desk.close(r.id, outcome="granted", event_id=foreign.id)
    assert refused.value.code == "event_not_of_child"
    assert vault.rights_desk.requests(open_only=True)[0].id == r.id


def test_a_request_outlives_the_erasure_without_its_words(vault, family, vault_dir):
    kid, mum = family
    r = vault.rights_desk.record(kid.id, kind="erasure", requester="guardian",
                                 guardian_id=mum.id, identity_check="id_document",
                                 received_on=date(2026, 3, 1), note="Belde op 1 maart")
    vault.rights_desk.extend(r.id, months=1, reason="Overleg met Anne Hoekstra")
    vault.rights.erase(kid.id, reason="Verzoek van de ouders")
    [erase] = vault.rights_desk.candidate_events(r.id)
    closed = vault.rights_desk.close(r.id, outcome="granted", event_id=erase.id)
    assert (closed.note, closed.extension_reason, closed.guardian_id) == ("", "", None)
    assert closed.kind == "erasure" and closed.due_on == date(2026, 5, 1)


# -- retention holds ----------------------------------------------------------------------

def _closed(vault, ended):
    kid = vault.children.add(first_name="Jelle", last_name="Veenstra",
                             birth_date=date(2010, 1, 1), status="closed")
    vault.trajectories.add(kid.id, title="Begeleiding", start_date=date(2015, 1, 1),
                           end_date=ended)
    return kid


def test_held_dossier_is_not_purged_or_erased_until_the_hold_ends(vault, clock):
    kid = _closed(vault, date(2020, 1, 1))  # due since 2025-01-01
    hold = vault.rights_desk.place_hold(kid.id, reason="Klacht bij de geschillencommissie",
                                        ends_on=date(2027, 6, 1))
    assert vault.retention.due() == []
    with pytest.raises(NotDue):
        vault.retention.purge([kid.id], confirm_count=1)
    with pytest.raises(DossierOnHold) as refused:
        vault.rights.erase(kid.id, reason="Verzoek")
    sentence = error_message(refused.value)
    assert sentence.args == ("01-06-2027",) and "on hold until %1" in sentence.source
    assert vault.rights_desk.hold_on(kid.id).id == hold.id
    assert [i.child_id for i in vault.retention.due(at=date(2027, 6, 1))] == [kid.id]
    vault.rights_desk.lift_hold(hold.id)
    assert [i.child_id for i in vault.retention.due()] == [kid.id]
    assert len(vault.retention.purge([kid.id], confirm_count=1)) == 1


@given(start=st.dates(min_value=date(2026, 3, 2), max_value=date(2030, 1, 1)),
       length=st.integers(min_value=1, max_value=2000),
       probe=st.integers(min_value=-100, max_value=4000))
def test_a_hold_keeps_the_dossier_on_every_day_it_holds(start, length, probe):
    from casefile.rights_desk import held
    from casefile.storage.repositories.rights_desk import RetentionHold

    hold = RetentionHold(1, 7, "Klacht", start, start + timedelta(days=length))
    day = start + timedelta(days=probe)
    assert (7 in held([hold], day)) == (0 <= probe < length)


def test_retention_due_is_never_a_held_dossier(vault, clock):
    kid = _closed(vault, date(2019, 5, 1))
    vault.rights_desk.place_hold(kid.id, reason="Juridische procedure",
                                 ends_on=date(2029, 1, 1))
    for day in (date(2026, 3, 2), date(2027, 1, 1), date(2028, 12, 31)):
        assert vault.retention.due(at=day) == []
    assert vault.retention.due(at=date(2029, 1, 1))[0].child_id == kid.id


def test_only_an_admin_places_a_hold_and_it_ends_later(vault, family):
    kid, _ = family
    with pytest.raises(InvalidInput) as refused:
        vault.rights_desk.place_hold(kid.id, reason="Klacht", ends_on=date(2026, 3, 2))
    assert refused.value.code == "hold_ends_in_past"
    assert vault.rights_desk.holds(kid.id) == []


def test_a_counsellor_cannot_place_a_hold(vault, reopen, family):
    kid, _ = family
    cor = vault.users.add("cor", role="counsellor",
                          temporary_passphrase="gewone-gebruiker-Cor-2026")
    vault.caseload.add(kid.id, cor.id, reason="begeleidt Fenna")
    vault.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as counsellor:
        with pytest.raises(NotPermitted):
            counsellor.rights_desk.place_hold(kid.id, reason="Klacht",
                                              ends_on=date(2027, 1, 1))
        assert counsellor.rights_desk.holds(kid.id) == []


# -- objections ---------------------------------------------------------------------------

def test_objection_sets_the_flag_the_contact_list_respects(vault, family):
    kid, mum = family
    other = vault.children.add(first_name="Sem", last_name="Bakker",
                               birth_date=date(2014, 1, 1))
    assert not vault.rights_desk.objects_to(kid.id)
    r = vault.rights_desk.record(kid.id, kind="objection", requester="guardian",
                                 guardian_id=mum.id, identity_check="known_contact",
                                 received_on=date(2026, 3, 1))
    o = vault.rights_desk.record_objection(kid.id, purpose="service_information",
                                           received_on=date(2026, 3, 1), request_id=r.id)
    assert vault.rights_desk.objects_to(kid.id)
    assert not vault.rights_desk.objects_to(other.id)
    assert vault.rights_desk.may_contact([kid.id, other.id]) == [other.id]
    [event] = vault.rights_desk.candidate_events(r.id)
    assert (event.action, event.object_id) == ("objection_recorded", str(o.id))
    with pytest.raises(InvalidInput):
        vault.rights_desk.record_objection(other.id, purpose="service_information",
                                           received_on=date(2026, 3, 1), request_id=r.id)
    with pytest.raises(InvalidInput):
        vault.rights_desk.record_objection(kid.id, purpose="everything",
                                           received_on=date(2026, 3, 1))
    assert len(vault.rights_desk.objections(kid.id)) == 1


def test_granting_an_objection_request_records_the_objection(vault, family):
    kid, mum = family
    r = vault.rights_desk.record(kid.id, kind="objection", requester="guardian",
                                 guardian_id=mum.id, identity_check="known_contact",
                                 received_on=date(2026, 2, 20))
    closed = vault.rights_desk.close(r.id, outcome="granted")
    [o] = vault.rights_desk.objections(kid.id)
    assert (o.request_id, o.purpose) == (r.id, "service_information")
    [event] = [e for e in vault.audit.events(child_id=kid.id)
               if e.action == "objection_recorded"]
    assert closed.outcome_event_id == event.id and event.object_id == str(o.id)
    assert vault.rights_desk.may_contact([kid.id]) == []


def test_a_refused_objection_sets_no_flag(vault, family):
    kid, _ = family
    r = vault.rights_desk.record(kid.id, kind="objection", requester="child",
                                 identity_check="in_person", received_on=date(2026, 2, 20))
    vault.rights_desk.close(r.id, outcome="refused")
    assert not vault.rights_desk.objects_to(kid.id)


def test_portable_data_for_the_access_report(vault, family):
    kid, mum = family
    r = vault.rights_desk.record(kid.id, kind="objection", requester="guardian",
                                 guardian_id=mum.id, identity_check="known_contact",
                                 received_on=date(2026, 1, 31))
    vault.rights_desk.close(r.id, outcome="granted")
    vault.rights_desk.place_hold(kid.id, reason="Klacht", ends_on=date(2027, 1, 1))
    data = vault.rights_desk.portable(kid.id)
    assert data["rights_requests"] == [{
        "kind": "objection", "requester": "guardian", "identity_check": "known_contact",
        "received_on": "2026-01-31", "due_on": "2026-02-28", "extension_months": 0,
        "extension_reason": "", "closed_on": "2026-03-02", "outcome": "granted"}]
    assert data["objections"] == [{"purpose": "service_information",
                                   "received_on": "2026-03-02", "lifted_on": None}]
    assert data["retention_holds"] == [{"reason": "Klacht", "starts_on": "2026-03-02",
                                        "ends_on": "2027-01-01", "lifted_on": None}]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(min_value=-400, max_value=3000))
def test_a_held_dossier_is_never_due_while_held(vault, clock, offset):
    # one dossier, due since 2025-01-01, held from 2026-03-02 until 2029-01-01
    if not vault.children.count():
        kid = _closed(vault, date(2020, 1, 1))
        vault.rights_desk.place_hold(kid.id, reason="Juridische procedure",
                                     ends_on=date(2029, 1, 1))
    day = date(2026, 3, 2) + timedelta(days=offset)
    due = vault.retention.due(at=day)
    held_then = date(2026, 3, 2) <= day < date(2029, 1, 1)
    assert (due == []) == held_then
