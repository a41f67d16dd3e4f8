"""Time frames as UK plans write them, resolved against the plan's dates.

Day first always: 12/03/2026, 12.3.26, 12th March, 12 Mar, end of Feb, w/c 9
March; a year left out is taken from the conference date. Intervals ("within
10 working days", "within 4 weeks of conference") count from the conference,
working days skip weekends and England and Wales bank holidays. Frequencies
("weekly", "every two weeks", "fortnightly", "every Tuesday and Friday") become
a number of days between occurrences. Events ("by the review conference",
"before the first core group") take the plan's own dates.

Parsing a found date is dateutil's; bank holidays are the `holidays` package's.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil import parser as dateutil_parser

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# ", 2026", " 2026" or " , 2026". Written as `(?:\s*,)?\s+` rather than
# `\s*,?\s+`: the two runs of spaces of the latter split a long run every
# possible way before giving up (quadratic: a date before 60,000 spaces took a minute).
YEAR = r"(?:(?:\s*,)?\s+(?P<year>\d{4}))?"
DATE_FORMS = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ("numeric", r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b(?![.:]?\d|\s*(?:am|pm)\b)"),
    ("end", rf"\b(?P<where>end|start|beginning|middle|mid)[\s\-]+(?:of\s+)?(?P<month>{MONTH}){YEAR}(?!\w)"),
    ("week", rf"\bw/?c\s+(?P<rest>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{YEAR})(?!\w)"),
    ("day_month", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{YEAR}(?!\w)"),
    ("month_day", rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b{YEAR}"),
]
COMPILED_FORMS = [(kind, re.compile(pattern, re.I)) for kind, pattern in DATE_FORMS]
# A date written without its year is taken in the conference's year, unless
# that puts it this long before the conference: then it is next year's.
YEAR_ROLLOVER = timedelta(days=60)


def looks_like_date(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in COMPILED_FORMS)


# ------------------------------------------------------------------ dates


def parse_date(text: str, reference: date | None = None) -> date | None:
    """The first date written in the text, day first; None if there is none."""
    found = find_date(text, reference)
    return found[0] if found else None


def find_date(text: str, reference: date | None = None) -> tuple[date, int] | None:
    """The first date in the text and where it starts."""
    found = []
    for kind, pattern in COMPILED_FORMS:
        match = pattern.search(text)
        if match:
            found.append((match.start(), kind, match))
    for start, kind, match in sorted(found, key=lambda f: f[0]):
        result = read_form(kind, match, reference)
        if result is not None:
            return result, start
    return None


def read_form(kind: str, match: re.Match, reference: date | None) -> date | None:
    try:
        if kind == "iso":
            return date(int(match["y"]), int(match["m"]), int(match["d"]))
        if kind == "end":
            return month_point(match, reference)
        text = match["rest"] if kind == "week" else match.group(0)
        return with_year(text, reference, has_year=bool(re.search(r"\d{4}|[/.\-]\d{2}\b", text)))
    except (ValueError, OverflowError):
        return None  # "31/02", "9.30": not a date after all


def with_year(text: str, reference: date | None, has_year: bool) -> date:
    base = reference or date.today()
    default = datetime(base.year, 1, 1)
    parsed = dateutil_parser.parse(text, dayfirst=True, default=default, fuzzy=True).date()
    if not has_year and reference is not None and parsed < reference - YEAR_ROLLOVER:
        parsed = parsed.replace(year=parsed.year + 1)
    return parsed


def month_point(match: re.Match, reference: date | None) -> date:
    """ "end of Feb" -> the last day of February; "mid March" -> the 15th."""
    first = with_year(f"1 {match['month']} {match['year'] or ''}".strip(), reference,
                      has_year=bool(match["year"]))
    where = match["where"].lower()
    if where == "end":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if where in ("middle", "mid"):
        return first.replace(day=15)
    return first


# ----------------------------------------------------------- working days


@lru_cache(maxsize=32)
def bank_holidays(year: int) -> frozenset[date]:
    """England and Wales bank holidays (the same days in both nations): from the
    table in bank_holidays.py (the holidays package's days, read fast), or the
    package itself for a year outside it."""
    from . import bank_holidays as table

    if table.FIRST_YEAR <= year <= table.LAST_YEAR:
        return _bank_holiday_table()[year]
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


@lru_cache(maxsize=1)
def _bank_holiday_table() -> dict[int, frozenset[date]]:
    from . import bank_holidays as table

    return table.table()


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        days -= is_working_day(day)
    return day


# ------------------------------------------------------------ frequencies

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a": 1, "an": 1, "other": 2}
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14,
             "month": 30, "months": 30, "term": 91, "terms": 91}
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
FREQUENCIES = [
    (re.compile(r"\b(?:daily|nightly|every\s+(?:day|morning|evening|night|weekday|school\s+day)|"
                r"each\s+(?:day|morning|evening|night|weekday|school\s+day)|on\s+weekdays)\b", re.I),
     lambda m: 1.0),
    (re.compile(r"\btwice\s+(?:a|per|each|every)\s+week\b", re.I), lambda m: 3.5),
    (re.compile(r"\b(?P<n>\d+|one|two|three|four|five)\s+times\s+(?:a|per|each|every)\s+"
                r"(?P<unit>day|week|month)\b", re.I),
     lambda m: UNIT_DAYS[m["unit"].lower()] / number(m["n"])),
    (re.compile(rf"\b(?:every|each|on)\s+(?P<days>{WEEKDAY}(?:\s*(?:,|and|&)\s*{WEEKDAY})*)", re.I),
     lambda m: 7 / len(re.findall(WEEKDAY, m["days"], re.I))),
    (re.compile(r"\b(?:fortnightly|bi-?weekly|every\s+other\s+week|every\s+fortnight)\b", re.I),
     lambda m: 14.0),
    (re.compile(r"\bevery\s+(?P<n>\d+|two|three|four|five|six|eight|ten|twelve)\s+"
                r"(?P<working>working\s+)?(?P<unit>days|weeks|months)\b", re.I),
     lambda m: number(m["n"]) * UNIT_DAYS[m["unit"].lower()] * (1.4 if m["working"] else 1)),
    (re.compile(r"\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week|per\s+week|a\s+week)\b", re.I),
     lambda m: 7.0),
    (re.compile(r"\b(?:monthly|every\s+month|each\s+month|once\s+a\s+month)\b", re.I), lambda m: 30.0),
    (re.compile(r"\b(?:half[\s-]?termly|every\s+half[\s-]?term|each\s+half[\s-]?term)\b", re.I),
     lambda m: 45.0),
    (re.compile(r"\b(?:termly|every\s+term|each\s+term)\b", re.I), lambda m: 91.0),
]


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def frequency_days(text: str) -> float | None:
    """Days between occurrences: "weekly" 7, "every Tuesday and Friday" 3.5,
    "fortnightly" 14, "every 10 working days" 14. None if no frequency."""
    for pattern, days in FREQUENCIES:
        match = pattern.search(text)
        if match:
            return round(days(match), 2)
    return None


# --------------------------------------------------------------- deadlines

INTERVAL = re.compile(
    r"\bwithin\s+(?P<n>\d+|one|two|three|four|five|six|eight|ten|twelve|a|an)\s+"
    r"(?P<working>working\s+)?(?P<unit>days?|weeks?|months?|fortnights?)"
    r"(?:\s+of\s+(?P<of>[\w\s']+))?", re.I)
# Intervals counted from something that happens again and again ("within 72
# hours of each return") cannot be put on the calendar.
RECURRING_START = re.compile(r"\b(?:each|every|any)\b", re.I)
IMMEDIATE = re.compile(r"\b(?:immediately|today|straight away|with immediate effect)\b", re.I)
FROM_TODAY = re.compile(r"\b(?:from|starting|starting from|with effect from)\s+(?:today|now|conference)\b", re.I)
REVIEW_EVENT = re.compile(r"\b(?:review(?:\s+child\s+protection)?\s+conference|the\s+review|rcpc)\b", re.I)
CORE_GROUP_EVENT = re.compile(r"\bfirst\s+core\s+group\b", re.I)
START = re.compile(r"\b(?:from|starting|beginning|commencing)\b", re.I)


@dataclass(frozen=True)
class PlanDates:
    """The dates a plan's time frames are resolved against."""

    conference: date | None = None
    review: date | None = None
    first_core_group: date | None = None


@dataclass(frozen=True)
class Resolved:
    by: date | None = None  # the day it is due by
    starts: date | None = None  # the day it starts ("from 2 March")
    every_days: float | None = None  # days between occurrences
    kind: str | None = None  # date | interval | event | immediate | frequency


def resolve(text: str, dates: PlanDates) -> Resolved | None:
    """What a deadline text means on the calendar; None when nothing in it can
    be resolved (a vague phrase, an event with no date)."""
    every = frequency_days(text)
    found = find_date(text, dates.conference)
    if found is not None:
        on_date, where = found
        if START.search(text[max(0, where - 25):where]):
            return Resolved(starts=on_date, every_days=every, kind="date")
        return Resolved(by=on_date, every_days=every, kind="date")
    if FROM_TODAY.search(text) and dates.conference is not None:
        # "from today": a start, not a day it is due by ("... until the review")
        end = event_date(FROM_TODAY.sub(" ", text), dates)
        return Resolved(starts=dates.conference, by=end[0] if end else None, every_days=every,
                        kind="immediate")
    due = event_date(text, dates)
    if due is not None:
        return Resolved(by=due[0], every_days=every, kind=due[1])
    if every is not None:
        return Resolved(every_days=every, kind="frequency")
    return None


def event_date(text: str, dates: PlanDates) -> tuple[date | None, str] | None:
    interval = INTERVAL.search(text)
    if interval and dates.conference is not None:
        since = interval["of"] or ""
        if RECURRING_START.search(since):
            return None
        if since and not re.search(r"conference|icpc|the plan|plan starting|today", since, re.I):
            return None
        return interval_end(dates.conference, interval), "interval"
    if IMMEDIATE.search(text) and dates.conference is not None:
        return dates.conference, "immediate"
    if CORE_GROUP_EVENT.search(text):
        first = dates.first_core_group or (
            add_working_days(dates.conference, 10) if dates.conference else None)
        return (first, "event") if first else None
    if REVIEW_EVENT.search(text) and dates.review is not None:
        return dates.review, "event"
    return None


def interval_end(start: date, match: re.Match) -> date:
    n = number(match["n"])
    unit = match["unit"].lower().rstrip("s")
    if match["working"] and unit == "day":
        return add_working_days(start, n)
    if unit == "month":
        return add_months(start, n)
    return start + timedelta(days=n * UNIT_DAYS[unit])


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    return start.replace(year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1]))
