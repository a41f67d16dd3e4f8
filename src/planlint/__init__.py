"""planlint: a quality linter for child protection plans."""

__version__ = "0.1.0"
