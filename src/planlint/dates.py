"""Dates as UK plans write them, day first: 12/03/2026, 12.3.26, 12th March,
3 Feb 2026, w/c 9 March. Used to recognise a date where the English model's
entity recogniser does not (it often reads "27.2.26" as a number)."""
from __future__ import annotations

import re

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_TEXT = re.compile(
    r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b"          # 12/03/2026, 12.3.26, 12/3
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?!\w)"  # 12th March, 3 Feb
    rf"|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"             # March 12
    rf"|\b(?:end|start|beginning|middle|mid)[\s\-]+(?:of\s+)?{MONTH}(?!\w)"  # end of Feb
    r"|\bw/?c\s+\d{1,2}"                                      # w/c 9 March
    r"|\b\d{4}-\d{2}-\d{2}\b",                                # 2026-03-12
    re.I)


def looks_like_date(text: str) -> bool:
    return bool(DATE_TEXT.search(text))
