"""No pattern planlint matches with takes super-linear time, and no text handed to
spaCy can make spaCy do so or refuse it.

One pattern that backtracks quadratically stalls a whole run on one hostile
file: a date before 60,000 spaces took a minute, an unclosed `<!--` in 1.6 MB
several. The audit collects every compiled pattern planlint holds (module
constants, the patterns the layout and the checks build from the catalogue,
each word list as the lexicon compiles it, and the literal patterns written
into calls such as `re.sub(r"...", ...)`) and runs each over long adversarial
texts under a hang guard: a linear pattern takes milliseconds on 100,000
characters, a quadratic one minutes. New patterns are audited as they are added.
(A pattern compiled inside a function for one call and kept nowhere is out of
its reach: a word escaped between `\\b`s, a bounded `{0,30}?`.)
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import types
from pathlib import Path

import pytest

import planlint
from planlint.checks import language
from planlint.lexicon import Lexicon
from planlint.nlp import LONGEST_MARK_RUN, Parser, TextTooLong, pieces, spacy_safe
from planlint.runner import FileTimeout, time_limit

from conftest import markdown_plan, row

SRC = Path(planlint.__file__).parent
SAMPLE_PLANS = Path(__file__).resolve().parents[1] / "sample_plans"
SIZE = 100_000
HANG_S = 2.0  # per pattern and text; a hang guard, not a timing test

# Patterns used only with `match` at a position the caller has found (after a
# sign-off phrase, at the start of a clause): linear there, but a search would
# start them at every character. They are run as they are used, and the
# source is checked to use them so (test_match_only_patterns_are_only_matched).
# Module constants by name; ".name" for an attribute.
MATCH_ONLY = {"LAST_DASH", "OWNER_DASH", "SEEN_DOING", "SIGNED", ".lead_in",
              "_DIRECTIVE"}  # readers/docx.py's `\s*planlint\s*:`, on one Word comment
MATCH_METHODS = ("match", "fullmatch")


# What patterns repeat over: spaces, digits, letters, marks, words.
RUNS = (" ", "\t", "\n", "1", "a", "A", "_", "<!--", "[", "(", "-", ".", "*", "a ", "Aa ", ", ")
# What date, label and sign-off patterns look for before a run of spaces.
OPENINGS = ("12 March", "Conference date: 12 March", "Goal 1 Mum", "Signed: Anna Webb")


def adversarial_texts(runs=RUNS, openings=OPENINGS) -> dict[str, str]:
    """Long runs, each ending in a character that matches nothing, and long
    runs of spaces after each opening."""
    texts = {f"{r!r} x {SIZE:,}": (r * (SIZE // len(r) + 1))[:SIZE] + "\x00" for r in runs}
    for opening in openings:
        texts[f"{opening!r} then spaces"] = opening + " " * SIZE + "x"
    return texts


# ------------------------------------------------------------- collection


def planlint_modules() -> list[types.ModuleType]:
    return [planlint] + [importlib.import_module(info.name)
                         for info in pkgutil.walk_packages(planlint.__path__, "planlint.")]


def reachable_patterns(roots: dict[str, object]) -> dict[re.Pattern, str]:
    """Every compiled pattern reachable from the roots through containers and
    planlint's own classes and objects, with the name it was found under (a
    module global's, or ".name" for an attribute)."""
    found: dict[re.Pattern, str] = {}
    seen: set[int] = set()
    stack = list(roots.items())
    while stack:
        name, value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, re.Pattern):
            found.setdefault(value, name)
        elif isinstance(value, dict):
            stack += [(name, v) for v in value.values()]
        elif isinstance(value, (list, tuple, set, frozenset)):
            stack += [(name, v) for v in value]
        elif _planlint_owned(value) and hasattr(value, "__dict__"):
            stack += [(f".{k}", v) for k, v in vars(value).items()]
    return found


def _planlint_owned(value: object) -> bool:
    kind = value if isinstance(value, type) else type(value)
    return kind.__module__.startswith("planlint") and not isinstance(value, types.ModuleType)


def literal_patterns() -> dict[re.Pattern, str]:
    """The patterns written as string literals in calls to `re` functions, each
    with "match" or "search" for how it is called, by file and line."""
    found: dict[re.Pattern, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = _re_call(node)
            if call is not None:
                pattern = re.compile(call[1], call[2])
                how = "match" if call[0] in MATCH_METHODS else "search"
                found.setdefault(pattern, f"{how} {path.relative_to(SRC)}:{node.lineno}")
    return found


def _re_call(node) -> tuple[str, str, int] | None:
    """(function, pattern, flags) of `re.function("literal", ...)`."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)):
        return None
    function = node.func.attr
    if function == "escape":
        return None
    flag_at = {"compile": 1, "split": 3, "sub": 4, "subn": 4}.get(function, 2)  # search...
    flags = [k.value for k in node.keywords if k.arg == "flags"]
    flags += node.args[flag_at:flag_at + 1]
    value = eval(compile(ast.Expression(flags[0]), "<flags>", "eval"), {"re": re}) if flags else 0
    return function, node.args[0].value, value


@pytest.fixture(scope="module")
def every_pattern(linter) -> dict[re.Pattern, str]:
    """Module constants, what a Linter builds (also lazily, once it has linted
    the sample plans), every word list as the lexicon compiles it, and literals."""
    modules = planlint_modules()
    for path in sorted(SAMPLE_PLANS.glob("0[1-8]-*")):
        linter.lint_file(path)
    lexicon = Lexicon(linter.catalogue)
    found = {lexicon.pattern(name): f"word list {name}" for name in linter.catalogue.lists}
    compiled = {(p.pattern, p.flags) for p in found}
    roots = {f"{m.__name__}.{k}": v for m in modules for k, v in vars(m).items()}
    roots["Linter"] = linter
    for pattern, where in reachable_patterns(roots).items():
        if (pattern.pattern, pattern.flags) not in compiled:  # the Linter's own word lists
            found.setdefault(pattern, where)
    for name in ("person_labels", "child_labels", "parent_labels"):  # built for each plan
        found.setdefault(language.label_pattern(linter.catalogue.list(name)), f"labels {name}")
    for pattern, where in literal_patterns().items():
        found.setdefault(pattern, where)
    return found


# ------------------------------------------------------------------ audit


# The runner's own time limit (SIGALRM; re's matching loop checks for signals).
TooSlow = FileTimeout


def hang_guard(seconds: float):
    """TooSlow once `seconds` have passed."""
    return time_limit(seconds)


def match_only(where: str) -> bool:
    return where.startswith("match ") or \
        (where if where.startswith(".") else where.rpartition(".")[2]) in MATCH_ONLY


def run_as_used(pattern: re.Pattern, where: str, text: str) -> None:
    """Every match through the text (`finditer` is `search` from the start, then
    from each match's end), or a `match` at the start and in the middle."""
    if isinstance(pattern.pattern, bytes):
        text = text.encode("utf-8", "replace")
    if match_only(where):
        pattern.match(text)
        pattern.match(text, len(text) // 2)
    else:
        for _ in pattern.finditer(text):
            pass


def test_every_pattern_runs_in_linear_time_on_long_adversarial_text(every_pattern):
    texts = adversarial_texts()
    # A word list compiles to its phrases' words joined by `\s+`, with nothing
    # else to repeat over (lexicon.phrase_regex); ninety lists of hundreds of
    # alternatives take long on every text, so they get words and spaces only.
    word_texts = adversarial_texts(runs=(" ", "a "), openings=("12 March",))
    slow = []
    for pattern, where in every_pattern.items():
        for label, text in (word_texts if where.startswith("word list") else texts).items():
            try:
                with hang_guard(HANG_S):
                    run_as_used(pattern, where, text)
            except TooSlow:
                slow.append(f"{where}: {pattern.pattern[:80]!r} on {label}")
                break
    assert not slow, "super-linear patterns:\n" + "\n".join(slow)


def test_the_audit_finds_the_patterns_of_each_kind(every_pattern):
    names = set(every_pattern.values())
    assert "planlint.dates.COMPILED_FORMS" in names  # module constants, in lists
    assert ".lead_in" in names and ".owner_headings" in names  # built by the layout
    assert "word list vague_owners" in names
    assert any(n.startswith("search checks/") for n in names)  # literals in calls
    assert len(every_pattern) > 120


def test_the_audit_stops_a_quadratic_pattern():
    with pytest.raises(TooSlow):
        with hang_guard(0.5):
            run_as_used(re.compile(r"\s*,?\s+\d{4}"), "a quadratic pattern",
                        adversarial_texts()[f"{' '!r} x {SIZE:,}"])


def test_match_only_patterns_are_only_matched():
    """Every use of a MATCH_ONLY name in the source is a `match` or a `fullmatch`
    call, or the assignment that defines it."""
    allowed = re.compile(r"\s*=[^=]|\.(?:match|fullmatch)\(")
    wrong = []
    for name in MATCH_ONLY:
        use = re.compile(rf"\.{re.escape(name[1:])}\b" if name.startswith(".")
                         else rf"(?<![\w.]){re.escape(name)}\b")
        for path in sorted(SRC.rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if any(not allowed.match(line, m.end()) for m in use.finditer(line)):
                    wrong.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert not wrong, "used other than with match:\n" + "\n".join(wrong)


# ------------------------------------------------------------------ spaCy


def test_a_long_run_of_marks_is_cut_for_spacy_keeping_every_offset():
    text = "Visit " + "[" * 5000 + " home (" + "([" * 300 + ")"
    safe = spacy_safe(text)
    assert len(safe) == len(text)
    assert "[" * LONGEST_MARK_RUN + " " in safe and "[" * (LONGEST_MARK_RUN + 1) not in safe
    assert safe.startswith("Visit ") and " home " in safe
    assert all(a == b or b == " " for a, b in zip(text, safe))


def test_the_marks_a_plan_writes_reach_spacy_unchanged():
    text = "Signed: ________________ Dad (?!) said... -- see the plan (page 2)."
    assert spacy_safe(text) == text


def test_a_long_text_is_cut_at_line_breaks_and_full_stops_and_joins_back():
    text = "Mum will ring the GP. Dad will go to the group.\n" * 40 + "Ben will " * 30
    cut = pieces(text, limit=300)
    assert "".join(cut) == text and len(cut) > 1
    assert all(len("".join(p.split())) <= 300 for p in cut)
    assert all(p.endswith(("\n", ". ")) for p in cut[:-1])


def test_a_passage_with_no_break_longer_than_a_piece_is_one_clear_error():
    with pytest.raises(TextTooLong, match=r"a passage of 2,000,000 characters with no line "
                                          r"break or full stop is too long to check; split it"):
        pieces("a" * 2_000_000)


def test_spaces_do_not_count_towards_a_piece():
    assert pieces("12 March" + " " * 200_000 + "x") == ["12 March" + " " * 200_000 + "x"]


def test_a_text_parsed_in_pieces_is_one_doc_over_the_same_characters(linter):
    nlp = linter.parser.nlp
    text = ("Mum will take Ben to the dentist on Monday. The school will ring Dad.\n"
            "Sara Quinn will visit every week and see Tyler alone.")
    doc = Parser(nlp, max_piece=60).parse_one(text)
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == [
        "Mum will take Ben to the dentist on Monday.", "The school will ring Dad.",
        "Sara Quinn will visit every week and see Tyler alone."]
    whole = Parser(nlp).parse_one(text)
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]


def test_a_text_that_fits_is_parsed_exactly_as_spacy_parses_it(linter):
    nlp = linter.parser.nlp
    text = "Social worker to visit the home every 10 working days and see Ben alone."
    doc, plain = Parser(nlp).parse_one(text), nlp(text)
    assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] == \
        [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain]


# ------------------------------------------------------- whole plans


def lint_within(linter, path: Path, seconds: float = 30):
    with hang_guard(seconds):
        return linter.lint_file(path)


def test_dates_followed_by_long_runs_of_spaces_are_read(linter, tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(markdown_plan([row(when="12 March" + " " * SIZE + "x")],
                                  conference_date="12 February 2026" + " " * SIZE + "x"))
    result = lint_within(linter, path)
    assert result.error is None
    assert result.plan.metadata.conference_date.text.startswith("12 February 2026")
    assert result.plan.actions[0].due.by.isoformat() == "2026-03-12"


@pytest.mark.parametrize("tail", ["<!-- planlint-disable-line PL301 " + "word " * 400_000,
                                  "<!--" * 500_000], ids=["one-comment", "many-openings"])
def test_a_comment_left_open_to_the_end_of_2mb_is_no_directive(linter, tmp_path, tail):
    path = tmp_path / "plan.md"
    path.write_text(markdown_plan() + "\n" + tail)
    result = lint_within(linter, path)
    assert result.error is None and result.plan.directives == []


def test_an_action_with_100000_brackets_is_checked(linter, tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(markdown_plan([row(task="Visit the home " + "[" * SIZE + " and see Ben")]))
    result = lint_within(linter, path)
    assert result.error is None and len(result.plan.actions) == 1


def test_a_2mb_action_is_refused_with_one_line(linter, tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(markdown_plan([row(task="Visit the home and see Ben " * 80_000)]))
    result = lint_within(linter, path)
    assert re.fullmatch(r"a passage of 2,1\d\d,\d{3} characters with no line break or full "
                        r"stop is too long to check; split it into shorter paragraphs",
                        result.error or "")
