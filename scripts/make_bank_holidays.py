#!/usr/bin/env python3
"""Regenerate src/planlint/bank_holidays.py (England and Wales bank holidays, from
the installed `holidays` package) after upgrading that package:

    .venv/bin/python scripts/make_bank_holidays.py
"""
from __future__ import annotations

import re
import textwrap
from importlib.metadata import version
from pathlib import Path

import holidays

TARGET = Path(__file__).resolve().parent.parent / "src" / "planlint" / "bank_holidays.py"


def main() -> None:
    source = TARGET.read_text(encoding="utf-8")
    first, last = (int(x) for x in re.search(r"FIRST_YEAR, LAST_YEAR = (\d+), (\d+)",
                                             source).groups())
    days = [d for year in range(first, last + 1)
            for d in sorted(holidays.country_holidays("GB", subdiv="ENG", years=year))]
    body = "\n".join(textwrap.wrap(" ".join(d.isoformat() for d in days), 88))
    source = re.sub(r'_DAYS = """\n.*?\n"""', lambda _: f'_DAYS = """\n{body}\n"""', source,
                    flags=re.S)
    source = re.sub(r"\(version [^,]+, pinned", f"(version {version('holidays')}, pinned", source)
    TARGET.write_text(source, encoding="utf-8")
    print(f"{TARGET}: {len(days)} days, {first}-{last}")


if __name__ == "__main__":
    main()
