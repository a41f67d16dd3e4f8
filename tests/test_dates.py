"""Reading time frames as UK plans write them (src/planlint/dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from planlint.dates import (PlanDates, add_working_days, frequency_days, is_working_day,
                            parse_date, resolve)

CONFERENCE = date(2026, 3, 3)
PLAN = PlanDates(conference=CONFERENCE, review=date(2026, 5, 26))


@pytest.mark.parametrize("text, expected", [
    ("12/03/2026", date(2026, 3, 12)),  # day first, never 3 December
    ("12.3.26", date(2026, 3, 12)),
    ("12-3-2026", date(2026, 3, 12)),
    ("12th March", date(2026, 3, 12)),  # year from the conference
    ("12 Mar", date(2026, 3, 12)),
    ("3rd of April 2026", date(2026, 4, 3)),
    ("March 12", date(2026, 3, 12)),
    ("end of Feb", date(2026, 2, 28)),  # taken as written: PL303 then says it is too early
    ("by end of March 2026", date(2026, 3, 31)),
    ("mid April", date(2026, 4, 15)),
    ("w/c 9 March", date(2026, 3, 9)),
    ("2026-03-12", date(2026, 3, 12)),
])
def test_dates_are_read_day_first_with_the_conference_year(text, expected):
    assert parse_date(text, CONFERENCE) == expected


def test_a_date_long_before_the_conference_is_next_years():
    # A plan agreed in November that says "by 15 January" means next January.
    assert parse_date("by 15 January", date(2026, 11, 20)) == date(2027, 1, 15)


@pytest.mark.parametrize("text", ["Ongoing", "by 9.30am", "31/02/2026", "as soon as possible", ""])
def test_things_that_are_not_dates(text):
    assert parse_date(text, CONFERENCE) is None


def test_working_days_skip_weekends_and_bank_holidays():
    # Friday 27 March 2026 + 10 working days: Good Friday (3 April) and Easter
    # Monday (6 April) are bank holidays in England and Wales.
    assert add_working_days(date(2026, 3, 27), 10) == date(2026, 4, 14)
    assert not is_working_day(date(2026, 12, 28))  # Boxing Day, observed
    assert is_working_day(date(2026, 3, 3))


@pytest.mark.parametrize("text, days", [
    ("weekly", 7), ("every week", 7), ("every two weeks", 14), ("fortnightly", 14),
    ("every Tuesday and Friday", 3.5), ("twice a week", 3.5), ("daily", 1),
    ("each school day", 1), ("monthly", 30), ("every 10 working days", 14),
    ("3 times a week", 2.33), ("every other week", 14),
])
def test_frequencies_become_days_between(text, days):
    assert frequency_days(text) == days


@pytest.mark.parametrize("text, by", [
    ("within 10 working days", date(2026, 3, 17)),
    ("within 4 weeks of conference", date(2026, 3, 31)),
    ("within 2 months", date(2026, 5, 3)),
    ("by the review conference", date(2026, 5, 26)),
    ("before the first core group", date(2026, 3, 17)),  # 10 working days after conference
    ("immediately", CONFERENCE),
])
def test_intervals_and_events_resolve_against_the_plan(text, by):
    assert resolve(text, PLAN).by == by


def test_from_today_is_a_start_not_a_day_due():
    assert resolve("from today", PLAN).starts == CONFERENCE
    assert resolve("from today", PLAN).by is None
    assert resolve("at any time from today until the review", PLAN).by == date(2026, 5, 26)


def test_a_start_date_with_a_frequency():
    due = resolve("every Tuesday from 10/03/2026", PLAN)
    assert due.starts == date(2026, 3, 10) and due.by is None and due.every_days == 7


@pytest.mark.parametrize("text", ["Ongoing", "as required", "within 72 hours of each return", "TBC"])
def test_what_cannot_be_put_on_the_calendar(text):
    assert resolve(text, PLAN) is None
