"""The attendance papers' contents against hand-worked values (attendance_papers_dataset)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from soul_desktop.domain.attendance import Completion
from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import ReportError, parse_period
from soul_desktop.services import attendance_papers, setup
from soul_desktop.services.attendance_papers import swedish_key
from soul_desktop.storage.database import Database
from tests import attendance_papers_dataset as dataset
from tests.attendance_papers_dataset import Papers


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Papers]]:
    db = setup.open_application_database(setup.locate(tmp_path / "c.db"), create=True).database
    yield db, dataset.central(db)
    db.dispose()


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = ["Öberg", "Zetterberg", "Åberg", "Ärlig", "Andersson", "Ekström", "Émile", "ebba"]
    assert sorted(names, key=swedish_key) == [
        "Andersson",
        "ebba",
        "Ekström",
        "Émile",
        "Zetterberg",
        "Åberg",
        "Ärlig",
        "Öberg",
    ]


def test_sign_in_sheets_for_a_course_list_the_expected_in_swedish_order(
    world: tuple[Database, Papers],
) -> None:
    db, papers = world
    sheets = attendance_papers.sign_in_sheets(db, course_id=papers.data.courses["C1"])
    assert [s.session_id for s in sheets.sheets] == [
        papers.data.sessions[k] for k in ("S1a", "S1b", "S1c")
    ]
    at_s1b = [p.sort_name for p in sheets.sheets[1].persons]
    assert tuple(at_s1b) == dataset.C1_ORDER_AT_S1B
    # C enrolled on 03-05, after S1a began; D is waitlisted; I was never enrolled.
    at_s1a = [p.sort_name for p in sheets.sheets[0].persons]
    assert "ÅkessonC, FörnamnC" not in at_s1a and len(at_s1a) == len(at_s1b) - 1
    assert "ÅkessonD, FörnamnD" not in at_s1b and "ÅkessonI, FörnamnI" not in at_s1b
    assert sheets.sheets[0].leaders == ("FörnamnL1 ÅkessonL1",)
    assert sheets.period == Period(dt.date(2010, 3, 1), dt.date(2010, 3, 15))
    organisations = {p.last_name: p.organisation_name for p in sheets.sheets[0].persons}
    assert organisations["Ödmark"] == dataset.ORGANISATION


def test_a_session_leader_stands_in_for_the_course_leaders_and_walk_ins_are_listed(
    world: tuple[Database, Papers],
) -> None:
    db, papers = world
    s2a = attendance_papers.sign_in_sheets(db, session_id=papers.data.sessions["S2a"])
    assert len(s2a.sheets) == 1
    assert s2a.sheets[0].leaders == ("FörnamnL3 ÅkessonL3",)
    assert [p.last_name for p in s2a.sheets[0].persons] == ["ÅkessonA"]
    # E walked in at S2b: registered then, so on S2b's sheet (as a walk-in) but not S2a's.
    s2b = attendance_papers.sign_in_sheets(db, session_id=papers.data.sessions["S2b"])
    assert s2b.sheets[0].leaders == ("FörnamnL2 ÅkessonL2",)
    walk_ins = {p.last_name: p.walk_in for p in s2b.sheets[0].persons}
    assert walk_ins == {"ÅkessonA": False, "ÅkessonE": True}


def test_sign_in_refusals(world: tuple[Database, Papers]) -> None:
    db, papers = world
    with pytest.raises(ReportError) as missing:
        attendance_papers.sign_in_sheets(db)
    assert missing.value.code == "report.session_required"
    with pytest.raises(ReportError) as unknown:
        attendance_papers.sign_in_sheets(db, session_id="no-such-session")
    assert unknown.value.code == "report.not_found"
    # C4 is deleted: neither it nor its session is found.
    for kwargs in (
        {"course_id": papers.data.courses["C4"]},
        {"session_id": papers.data.sessions["S4a"]},
    ):
        with pytest.raises(ReportError) as deleted:
            attendance_papers.sign_in_sheets(db, **kwargs)
        assert deleted.value.code == "report.not_found"


def test_a_course_without_sessions_has_no_sheets(world: tuple[Database, Papers]) -> None:
    db, papers = world
    sheets = attendance_papers.sign_in_sheets(db, course_id=papers.data.courses["C7"])
    assert sheets.sheets == () and sheets.period == Period()


def test_monthly_totals_are_summed_and_rounded_down(world: tuple[Database, Papers]) -> None:
    db, papers = world
    march = parse_period("2010-03")
    found = attendance_papers.monthly_reports(db, march, person_id=papers.extra["Åberg"])
    (report,) = found.reports
    assert [line.minutes for line in report.lines] == [180, 180, 105]
    assert report.total_minutes == 465 and report.whole_hours == 7
    # Everyone who attended in March, in Swedish order: Åberg, A (S1a, S1b), C (S1b, S1c),
    # I (S1c, without enrolment); B was absent.
    everyone = attendance_papers.monthly_reports(db, march)
    assert [(r.last_name, r.total_minutes) for r in everyone.reports] == [
        ("Åberg", 465),
        ("ÅkessonA", 360),
        ("ÅkessonC", 300),
        ("ÅkessonI", 120),
    ]
    assert everyone.region_code is None  # central: every region


def test_monthly_region_and_empty_months(world: tuple[Database, Papers]) -> None:
    db, papers = world
    september = parse_period("2010-09")
    in_se12 = attendance_papers.monthly_reports(db, september, region_code="SE12")
    # A: S2a 180 + S2b partial 60 = 240; E: S2b 180.
    assert [(r.last_name, r.total_minutes, r.whole_hours) for r in in_se12.reports] == [
        ("ÅkessonA", 240, 4),
        ("ÅkessonE", 180, 3),
    ]
    assert attendance_papers.monthly_reports(db, september, region_code="SE11").reports == ()
    nothing = attendance_papers.monthly_reports(
        db, parse_period("2010-12"), person_id=papers.extra["Öberg"]
    )
    assert nothing.reports[0].lines == () and nothing.reports[0].whole_hours == 0
    # The deleted course C4's April session does not count.
    assert attendance_papers.monthly_reports(db, parse_period("2010-04")).reports == ()


def test_monthly_refusals(world: tuple[Database, Papers]) -> None:
    db, _ = world
    with pytest.raises(ReportError) as no_period:
        attendance_papers.monthly_reports(db, Period())
    assert no_period.value.code == "report.period_required"
    with pytest.raises(ReportError) as unknown:
        attendance_papers.monthly_reports(db, parse_period("2010-03"), person_id="nobody")
    assert unknown.value.code == "report.not_found"


def test_certificates_follow_the_course_rule(world: tuple[Database, Papers]) -> None:
    db, papers = world
    c1, persons = papers.data.courses["C1"], papers.data.persons
    aberg = attendance_papers.certificate(db, papers.extra["Åberg"], c1)
    assert (aberg.attended_minutes, aberg.planned_minutes) == (465, 480)
    assert aberg.completion is Completion.COMPLETED
    assert aberg.first_date == dt.date(2010, 3, 1) and aberg.last_date == dt.date(2010, 3, 15)
    assert aberg.areas and aberg.attended_sessions == 3 and aberg.sessions == 3
    a_on_c2 = attendance_papers.certificate(db, persons["A"], papers.data.courses["C2"])
    assert (a_on_c2.attended_minutes, a_on_c2.planned_minutes) == (240, 360)
    assert a_on_c2.completion is Completion.PARTLY_COMPLETED
    # C enrolled after S1a: planned 300, attended 300.
    c = attendance_papers.certificate(db, persons["C"], c1)
    assert (c.attended_minutes, c.planned_minutes, c.completion) == (
        300,
        300,
        Completion.COMPLETED,
    )
    b = attendance_papers.certificate(db, persons["B"], c1)
    assert (b.attended_minutes, b.planned_minutes, b.completion) == (
        0,
        480,
        Completion.NOT_COMPLETED,
    )
    # I attended S1c without being enrolled: only that session counts.
    i = attendance_papers.certificate(db, persons["I"], c1)
    assert (i.attended_minutes, i.planned_minutes, i.enrolled) == (120, 120, False)
    g = attendance_papers.certificate(db, persons["G"], papers.data.courses["C7"])
    assert g.sessions == 0 and g.first_date is None and g.completion is Completion.NOT_COMPLETED


def test_certificate_refusals(world: tuple[Database, Papers]) -> None:
    db, papers = world
    with pytest.raises(ReportError) as course:
        attendance_papers.certificate(db, papers.data.persons["A"], papers.data.courses["C4"])
    assert course.value.code == "report.not_found"
    with pytest.raises(ReportError) as person:
        attendance_papers.certificate(db, "nobody", papers.data.courses["C1"])
    assert person.value.code == "report.not_found"
