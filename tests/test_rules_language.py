"""Plain language for families: PL601 acronym-unexplained, PL602 jargon,
PL603 sentence-too-long, PL604 reading-age-high, PL605 passive-voice,
PL606 label-not-name, PL607 interpreter-not-recorded; the glossary as data;
the opt-in rules and the plan profile (cp, cin, early-help).

Each case is a complete, otherwise clean plan (conftest builders) linted
through the real pipeline, and the language findings are asserted exactly.
"""
from __future__ import annotations

import textwrap
from importlib.resources import files
from pathlib import Path

import pytest

from conftest import docx_plan, markdown_plan, row
from planlint.catalogue import (PROFILES, CatalogueError, Glossary, load_catalogue,
                                load_directory, read_glossary_file)
from planlint.checks import PLAN_CHECKS, Hit, Options
from planlint.engine import Linter

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"
LANGUAGE = ("PL601", "PL602", "PL603", "PL604", "PL605", "PL606", "PL607")
OPT_IN = ("PL603", "PL604", "PL605")


@pytest.fixture(scope="module")
def every_rule(linter) -> Linter:
    """The language rules, opt-in ones included (shares the session's spaCy)."""
    return linter.variant(codes=LANGUAGE)


@pytest.fixture
def lint(every_rule, tmp_path):
    counter = iter(range(1_000_000))

    def run(text: str, linter: Linter | None = None):
        path = tmp_path / f"plan{next(counter)}.md"
        path.write_text(text, encoding="utf-8")
        result = (linter or every_rule).lint_file(path)
        assert result.error is None, result.error
        return result

    return run


def language(result, code: str | None = None) -> list:
    return [f for f in result.findings if f.code in LANGUAGE and (code is None or f.code == code)]


def quotes(result, code: str) -> list[str]:
    return [f.quote for f in language(result, code)]


def at(text: str, location) -> str:
    """The plan's Markdown from a finding's line and column (1-based) on."""
    return text.splitlines()[location.line - 1][location.column - 1:]


def with_language(text: str, value: str) -> str:
    return text.replace("**Core group:**", f"**First language:** {value}  \n**Core group:**")


# ------------------------------------------------------------ the glossary as data


BRIEF_ACRONYMS = {"CP", "CIN", "CLA", "LAC", "ICPC", "RCPC", "IRO", "MASH", "CAMHS", "HV", "SW",
                  "DSL", "GP", "DA", "DV", "PLO", "CSE", "CCE", "GCP2", "FGC", "TAF", "EHA",
                  "MARAC", "IDVA", "SENCO", "EHCP", "ABE", "s47", "s17", "RHI", "NRM", "CAWN",
                  "MACE", "CPN", "CMHT", "YOT", "EWO", "FSW", "PEP"}
BRIEF_JARGON = {"disguised compliance", "good enough parenting", "significant harm",
                "pre-contemplative", "engage", "escalate", "threshold", "step down", "lac review",
                "statutory", "multi-agency", "safeguarding concerns"}


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_catalogue().glossary


def test_glossary_has_every_acronym_and_phrase_of_the_issue(glossary):
    assert BRIEF_ACRONYMS <= set(glossary.acronyms)
    assert BRIEF_JARGON <= set(glossary.jargon)


def test_every_acronym_has_an_expansion_and_plain_words(glossary):
    for key, entry in glossary.acronyms.items():
        assert entry.expansion.strip() and entry.plain.strip(), key


def test_every_jargon_phrase_has_plain_words_and_a_reason(glossary):
    for phrase, entry in glossary.jargon.items():
        assert phrase == phrase.lower().strip()
        assert entry.plain.strip() and entry.why.strip(), phrase


def test_glossary_file_names_its_sources():
    glossary = read_glossary_file(files("planlint.rules") / "glossary.yaml")
    sources = " ".join(glossary.sources)
    assert "Working Together to Safeguard Children 2023" in sources
    assert "NSPCC" in sources and "Children Act 1989" in sources
    assert glossary.acronyms["s47"].source == "Children Act 1989, section 47"


def test_a_bad_glossary_names_the_file_and_the_entry(tmp_path):
    (tmp_path / "glossary.yaml").write_text("acronyms:\n  KFS:\n    expansion: Kingsford\n")
    with pytest.raises(CatalogueError) as raised:
        load_directory(tmp_path)
    assert "glossary.yaml" in str(raised.value) and "KFS" in str(raised.value)
    assert "plain" in str(raised.value)


def test_a_team_glossary_adds_acronyms_and_jargon(tmp_path):
    (tmp_path / "glossary.yaml").write_text(textwrap.dedent("""\
        acronyms:
          KFS: {expansion: Kingsford Family Service, plain: family support team}
        jargon:
          holding in mind: {plain: say what you will do, why: it says nothing will be done}
        """))
    catalogue = load_catalogue([tmp_path])
    assert catalogue.glossary.acronyms["KFS"].plain == "family support team"
    assert "holding in mind" in catalogue.glossary.jargon
    assert "CAMHS" in catalogue.glossary.acronyms  # the built-in ones stay
    assert "KFS" not in load_catalogue().glossary.acronyms


def test_with_acronyms_merges_configured_expansions(glossary):
    merged = glossary.with_acronyms({"KFS": "Kingsford Family Service",
                                     "CAMHS": {"expansion": "Child and Adolescent Mental Health "
                                               "Services", "plain": "Young Minds team"}})
    assert merged.acronyms["KFS"].expansion == merged.acronyms["KFS"].plain == \
        "Kingsford Family Service"
    assert merged.acronyms["CAMHS"].plain == "Young Minds team"
    assert glossary.acronyms["CAMHS"].plain == "children's mental health service"
    with pytest.raises(ValueError, match="KFS"):
        glossary.with_acronyms({"KFS": {"plain": "no expansion"}})
    catalogue = load_catalogue().with_acronyms({"KFS": "Kingsford Family Service"})
    assert "KFS" in catalogue.glossary.acronyms and catalogue.rules == load_catalogue().rules


def test_language_rules_are_advice_with_full_entries():
    catalogue = load_catalogue()
    for code in LANGUAGE:
        rule = catalogue.rules[code]
        assert rule.family == "language" and rule.severity.value in ("info", "warning")
        assert rule.why and rule.source and rule.summary
        assert len(rule.examples.bad) >= 2 and len(rule.examples.good) >= 2
        assert rule.opt_in == (code in OPT_IN)
        assert "{detail}" not in rule.message  # a message may use {text} only


# ------------------------------------------------------------------ PL601


def test_acronyms_in_an_action_are_flagged_once_each_with_their_expansion(lint):
    text = markdown_plan([row(task="Refer Ben to CAMHS", who="SW"),
                          row(task="Take Ben to his CAMHS appointment", who="Mum")])
    result = lint(text)
    found = language(result, "PL601")
    assert [(f.quote, f.action_index) for f in found] == [("CAMHS", 1), ("SW", 1)]
    camhs, sw = found
    action = result.plan.actions[0]
    # On the word itself, inside the task's and the owner's cells.
    assert at(text, camhs.location).startswith("CAMHS |") and at(text, sw.location).startswith("SW |")
    assert camhs.location.line == action.task.location.line
    assert camhs.location.column == action.task.location.column + len("Refer Ben to ")
    assert '"Child and Adolescent Mental Health Services (CAMHS)"' in camhs.suggestion
    assert "children's mental health service" in camhs.suggestion
    assert camhs.message == '"CAMHS" is used without saying what it stands for.'
    assert camhs.severity.value == "warning"


@pytest.mark.parametrize("task", [
    "Refer Ben to Child and Adolescent Mental Health Services (CAMHS)",
    "Refer Ben to CAMHS (Child and Adolescent Mental Health Services)",
    "Refer Ben to the children's mental health service (CAMHS)",
    "Refer Ben to the child and adolescent mental health service (CAMHS)",
    "Refer Ben to CAMHS (the children's mental health service)",
])
def test_an_acronym_spelt_out_where_it_is_used_is_not_flagged(lint, task):
    assert language(lint(markdown_plan([row(task=task)])), "PL601") == []


def test_an_acronym_spelt_out_earlier_is_not_flagged_later(lint):
    worries = ("We are worried about Ben's low mood. He has been referred to Child and "
               "Adolescent Mental Health Services (CAMHS) before.")
    result = lint(markdown_plan([row(task="Take Ben to his CAMHS appointment", who="Mum")],
                                worries=worries))
    assert language(result, "PL601") == []


def test_an_acronym_used_before_it_is_spelt_out_is_flagged_at_its_first_use(lint):
    worries = "We are worried about Ben's low mood; he is on the CAMHS waiting list."
    text = markdown_plan([row(task="Refer Ben to Child and Adolescent Mental Health "
                                   "Services (CAMHS)")], worries=worries)
    [finding] = language(lint(text), "PL601")
    assert finding.quote == "CAMHS" and finding.action_index is None
    # In the worries paragraph, on the word (not on the section's heading).
    assert at(text, finding.location) == "CAMHS waiting list."


def test_acronyms_spelt_out_in_the_header_or_before_their_use(lint):
    text = markdown_plan([row(who="Ms Patel, DSL"),
                          row(task="Invite Ben's family to a Team Around the Family (TAF) "
                                   "meeting, then chair the TAF every month")])
    text = text.replace("Ms Patel (DSL, Hill Street Primary)",
                        "Ms Patel (designated safeguarding lead (DSL), Hill Street Primary)")
    assert language(lint(text), "PL601") == []


def test_well_known_acronyms_and_the_header_list_are_not_flagged(lint):
    # The core group in the header says "Ms Patel (DSL, ...)": a list of names, not read.
    result = lint(markdown_plan([row(task="Take Ben to his GP for a check-up", who="Mum")]))
    assert language(result, "PL601") == []


def test_a_role_in_brackets_is_not_an_expansion(lint):
    result = lint(markdown_plan([row(who="Ms Patel (DSL)"), row(task="Ask the HV to weigh Ben")]))
    assert quotes(result, "PL601") == ["DSL", "HV"]


def test_acronym_rules_in_word(lint_docx):
    result = lint_docx([row(task="Chair the MARAC discussion about Ms Carter", who="IDVA")])
    [marac, idva] = language(result, "PL601")
    assert (marac.quote, idva.quote) == ("MARAC", "IDVA")
    assert marac.location.ref.startswith("table") and marac.location.line is None
    assert marac.action_index == 1


def test_acronyms_from_configuration_are_flagged(lint, every_rule):
    configured = every_rule.variant(glossary={"KFS": "Kingsford Family Service"})
    text = markdown_plan([row(task="Refer the family to KFS for a budgeting course")])
    assert quotes(lint(text, configured), "PL601") == ["KFS"]
    assert quotes(lint(text), "PL601") == []


# ------------------------------------------------------------------ PL602


def test_jargon_is_flagged_once_with_its_plain_words(lint):
    worries = "We are worried about disguised compliance: Mum agrees to visits but is not in."
    result = lint(markdown_plan([row(task="Go to the parenting course and engage with it",
                                     who="Mum"),
                                 row(task="Engage with the housing officer", who="Dad")],
                                worries=worries))
    found = language(result, "PL602")
    assert [(f.quote, f.action_index) for f in found] == [("disguised compliance", None),
                                                          ("engage", 1)]
    assert "Mum agreed to take Lily to the clinic" in found[0].suggestion
    assert found[0].severity.value == "info"


@pytest.mark.parametrize("text", [
    "If the worries about Ben's safety escalate, the social worker will call a meeting.",
    "The family will be stepped down to early help.",
    "This meets the threshold for significant harm.",
])
def test_jargon_forms_are_found(lint, text):
    assert language(lint(markdown_plan(contingency=text)), "PL602")


def test_a_named_project_is_not_jargon(lint):
    result = lint(markdown_plan([row(task="Take Ben to the Step Up project every Tuesday")]))
    assert language(result, "PL602") == []


# ------------------------------------------------------------------ PL603


LONG = ("If Ben is found alone at home after dark, or misses school for more than two days "
        "without a reason, the social worker will talk to her manager and arrange a meeting "
        "with the family within five working days.")


def test_each_long_sentence_is_one_finding(lint):
    result = lint(markdown_plan(contingency=LONG + " We will tell you first. " + LONG))
    found = language(result, "PL603")
    assert len(found) == 2 and all(f.location.line is not None for f in found)
    assert found[0].quote.startswith("If Ben is found alone") and found[0].quote.endswith("...")
    assert "39 words, and the limit is 25" in found[0].suggestion


def test_short_sentences_pass_and_the_limit_is_a_setting(lint, every_rule):
    short = "If Ben is found alone at home, the social worker will call a meeting that week."
    assert language(lint(markdown_plan(contingency=short)), "PL603") == []
    relaxed = every_rule.variant()
    relaxed.options = Options(max_sentence_words=40)
    assert language(lint(markdown_plan(contingency=LONG), relaxed), "PL603") == []


def test_a_long_task_is_flagged_on_its_action(lint):
    task = ("Visit the home unannounced and see Ben alone in his bedroom and check that there "
            "is food in the fridge and that the heating is on and the beds have clean sheets")
    found = language(lint(markdown_plan([row(task=task)])), "PL603")
    assert sorted(f.action_index or 0 for f in found) == [0, 1]  # and the 26-word contingency


# ------------------------------------------------------------------ PL604


HARD = ("Professionals have significant concerns regarding the cumulative impact of chronic "
        "parental neglect upon the children's developmental trajectory. Notwithstanding "
        "intermittent improvements, sustainability of positive parenting remains questionable "
        "given documented inconsistencies. Consequently, comprehensive multidisciplinary "
        "reassessment of parental capability is considered necessary. Further deterioration "
        "would necessitate escalation to legal planning.")
PLAIN = ("Ben is often hungry when he gets to school. The house is cold. There is no food in "
         "the fridge. Mum says she has no money for the meter. Ben says he is tired. He falls "
         "asleep in class. His teacher is worried about him.")


def test_a_hard_section_needs_a_high_reading_age(lint):
    result = lint(markdown_plan(worries=HARD))
    [finding] = language(result, "PL604")
    assert finding.quote == "What we are worried about" and finding.action_index is None
    assert "the target is 12" in finding.suggestion


def test_a_plain_section_passes_and_the_target_is_a_setting(lint, every_rule):
    assert language(lint(markdown_plan(worries=PLAIN)), "PL604") == []
    lenient = every_rule.variant()
    lenient.options = Options(target_reading_age=40)
    assert language(lint(markdown_plan(worries=HARD), lenient), "PL604") == []


def test_short_sections_are_not_scored(lint):
    assert language(lint(markdown_plan(worries=HARD.split(".")[0] + ".")), "PL604") == []


# ------------------------------------------------------------------ PL605


@pytest.mark.parametrize("contingency, expected", [
    ("If Ben misses school again, a legal planning meeting will be held.",
     ["a legal planning meeting will be held"]),
    ("If Ben misses school again, Anna Webb will hold a legal planning meeting.", []),
    ("If Ben is found alone at home, Anna Webb will visit the same day.", []),
    ("If Ben misses school again, a meeting will be held by Anna Webb's manager.", []),
])
def test_passive_in_the_contingency_plan(lint, contingency, expected):
    assert quotes(lint(markdown_plan(contingency=contingency)), "PL605") == expected


def test_passive_task_is_flagged_on_its_action(lint):
    result = lint(markdown_plan([row(task="Ben to be referred to the school nurse"),
                                 row(task="Refer Ben to the school nurse")]))
    [finding] = language(result, "PL605")
    assert finding.action_index == 1 and finding.quote == "Ben to be referred"


def test_passive_in_worries_is_not_family_facing_advice(lint):
    worries = "Ben will be left alone at home again if nothing changes."
    assert language(lint(markdown_plan(worries=worries)), "PL605") == []


# ------------------------------------------------------------------ PL606


PARENTS = "Ms Kayleigh Carter (mum), Mr Dean Carter (dad), Anna Webb (social worker)"


def test_labels_instead_of_names(lint):
    worries = "The child was seen alone. MOC has not answered the door since January."
    result = lint(markdown_plan(worries=worries))
    found = language(result, "PL606")
    assert [f.quote for f in found] == ["The child", "MOC"]
    assert '"Ben"' in found[0].suggestion
    assert found[0].severity.value == "warning"


def test_mother_is_a_label_only_where_the_header_names_her(lint):
    worries = "Mother agreed to the plan but has missed two visits."
    named = lint(markdown_plan(worries=worries, core_group=PARENTS))
    [finding] = language(named, "PL606")
    assert finding.quote == "Mother" and "Ms Kayleigh Carter" in finding.suggestion
    assert language(lint(markdown_plan(worries=worries)), "PL606") == []


@pytest.mark.parametrize("worries", [
    "Ben's father lives in Leeds and has no contact with him.",
    "Ms Carter's mother lives nearby and helps with the school run.",
    "If Ms Carter becomes unwell, a place at a mother and baby unit will be considered.",
    "Ben will talk about the child protection conference with his teacher.",
    "Dad will go to the ten-week Fathers Forward group.",
])
def test_relations_and_names_of_things_are_not_labels(lint, worries):
    assert language(lint(markdown_plan(worries=worries, core_group=PARENTS)), "PL606") == []


# ------------------------------------------------------------------ PL607


def test_a_language_other_than_english_with_no_interpreter(lint):
    result = lint(with_language(markdown_plan(), "Polish"))
    [finding] = language(result, "PL607")
    assert finding.quote == "Polish" and finding.location.line == 7
    assert finding.action_index is None


@pytest.mark.parametrize("value, extra", [
    ("Polish", "## How the plan was shared\n\nThe plan was read to Mum by an interpreter."),
    ("Polish", "## How the plan was shared\n\nA translated copy was sent on 13 February."),
    ("Urdu", "## How the plan was shared\n\nAnna Webb explained the plan to Dad in Urdu."),
    ("English", None),
    ("English and Polish", None),
    ("Polish (interpreter needed at every meeting)", None),
])
def test_language_recorded_with_interpreter_or_english(lint, value, extra):
    assert language(lint(with_language(markdown_plan(extra=extra), value)), "PL607") == []


def test_limited_english_still_needs_an_interpreter(lint):
    result = lint(with_language(markdown_plan(), "Tigrinya (limited English)"))
    assert quotes(result, "PL607") == ["Tigrinya (limited English)"]


# ------------------------------------------------------------ selection


def test_the_readability_rules_are_opt_in():
    linter = Linter()
    assert {"PL601", "PL602", "PL606", "PL607"} <= set(linter.codes)
    assert not set(OPT_IN) & set(linter.codes)
    assert set(OPT_IN) <= set(Linter(select=OPT_IN).codes)


def test_a_clean_plan_is_quiet(lint):
    # The default plan's contingency is one sentence of 26 words: PL603 only.
    assert [f.code for f in language(lint(markdown_plan()))] == ["PL603"]


CP_ONLY_RULE = """\
rules:
  - code: PL901
    name: conference-only
    family: plan
    scope: plan
    severity: warning
    profiles: [cp]
    summary: A rule for child protection plans only.
    message: Only on child protection plans.
    suggestion: Nothing.
    why: A test rule.
    source: A test.
    examples:
      bad: [One.]
      good: [Two.]
"""


def test_the_profile_switches_rules_on_and_off(tmp_path, monkeypatch, linter):
    (tmp_path / "team.yaml").write_text(CP_ONLY_RULE)
    catalogue = load_catalogue([tmp_path])
    assert catalogue.rules["PL901"].profiles == ["cp"]
    assert catalogue.rules["PL601"].profiles is None  # every kind of plan
    monkeypatch.setitem(PLAN_CHECKS, "PL901", lambda ctx: Hit(location=ctx.plan.actions[0].location))
    plan = tmp_path / "plan.md"
    plan.write_text(markdown_plan(), encoding="utf-8")
    found = {}
    for profile in PROFILES:
        profiled = Linter(catalogue=catalogue, profile=profile)
        profiled._parser = linter.parser
        found[profile] = {f.code for f in profiled.lint_file(plan).findings}
        assert ("PL901" in profiled.codes) == (profile == "cp")
        assert "PL501" in profiled.codes and "PL601" in profiled.codes
    assert "PL901" in found["cp"] and "PL901" not in found["cin"] | found["early-help"]
    # A selection cannot switch on a rule that does not apply to the plan.
    assert "PL901" not in Linter(catalogue=catalogue, profile="cin", select=["PL901"]).codes


def test_profiles_are_validated(tmp_path):
    (tmp_path / "team.yaml").write_text(CP_ONLY_RULE.replace("[cp]", "[child]"))
    with pytest.raises(CatalogueError, match="profiles"):
        load_directory(tmp_path)
    (tmp_path / "team.yaml").write_text(CP_ONLY_RULE.replace("[cp]", "[cp, cp]"))
    with pytest.raises(CatalogueError, match="twice"):
        load_directory(tmp_path)
    with pytest.raises(ValueError, match="profile"):
        Linter(profile="child")


# ------------------------------------------------------------ sample plans


CLEAN_SAMPLES = ["01-holt.md", "03-marsh.md", "04-pryce.md", "05-novak.md", "07-dawson.docx",
                 "08-lowe.docx", "10-rhodes.docx"]


@pytest.mark.parametrize("name", CLEAN_SAMPLES)
def test_clean_sample_plans_are_quiet(linter, name):
    result = linter.lint_file(SAMPLES / name)
    assert language(result) == [], [(f.code, f.quote) for f in language(result)]


@pytest.mark.parametrize("name, expected", [
    ("02-mensah.md", {"MARAC", "DVPN"}),
    ("06-bennett.md", {"s47", "ABE"}),
    ("12-lomax.docx", {"MACE", "NRM", "CSE", "SW", "CAWN", "RHI", "CAMHS"}),
])
def test_sample_plans_with_jargon_are_flagged(linter, name, expected):
    result = linter.lint_file(SAMPLES / name)
    assert set(quotes(result, "PL601")) == expected


def test_word_plan_with_a_label_in_a_cell(tmp_path, linter):
    path = docx_plan(tmp_path / "plan.docx", [row(task="MOC to take Ben to school", who="Mum")])
    [finding] = language(linter.lint_file(path), "PL606")
    assert finding.action_index == 1 and finding.location.ref


# ------------------------------------------------------- where a finding points


# Acronym, jargon, label and a long sentence inside one paragraph written over
# three lines, with emphasis before them; a passive on the contingency's second line.
SPREAD_WORRIES = ("We are *very* worried that the child was seen alone at night.\n"
                  "Mum is on the MARAC list and we fear disguised compliance.\n" + LONG)
SPREAD_CONTINGENCY = "If Ben misses school again,\na legal planning meeting will be held."
SPREAD_CODES = {"PL601", "PL602", "PL603", "PL605", "PL606"}


def words_from(text: str) -> str:
    return " ".join(text.split()).casefold()


def starts_with_quote(here: str, finding) -> bool:
    return words_from(here).startswith(words_from(finding.quote.removesuffix(" ...")))


def test_each_language_finding_points_at_its_words_in_markdown(lint):
    text = markdown_plan(worries=SPREAD_WORRIES, contingency=SPREAD_CONTINGENCY)
    found = [f for f in language(lint(text)) if f.code != "PL604"]
    assert {f.code for f in found} == SPREAD_CODES
    lines = text.splitlines()
    for finding in found:
        loc = finding.location
        here = "\n".join([lines[loc.line - 1][loc.column - 1:], *lines[loc.line:]])
        assert starts_with_quote(here, finding), (finding.code, finding.quote, loc)
    # Four lines: each of the worries paragraph's three, and the contingency's second.
    assert len({f.location.line for f in found}) == 4


def test_each_language_finding_points_at_its_words_in_word(tmp_path, linter):
    import docx

    path = docx_plan(tmp_path / "plan.docx",
                     [row(task="Go to the parenting course and engage with it", who="Mum")],
                     worries=SPREAD_WORRIES.replace("*", ""),
                     contingency=SPREAD_CONTINGENCY)
    found = [f for f in language(linter.variant(codes=LANGUAGE).lint_file(path))
             if f.code != "PL604"]
    assert {f.code for f in found} == SPREAD_CODES
    document = docx.Document(str(path))
    for finding in found:
        loc = finding.location
        if loc.paragraph is not None:
            text = document.paragraphs[loc.paragraph].text
        else:
            text = document.tables[loc.table].rows[loc.row].cells[loc.cell].text
        assert loc.offset is not None and loc.length, (finding.code, loc)
        assert starts_with_quote(text[loc.offset:], finding), (finding.code, finding.quote, loc)
        if not finding.quote.endswith("..."):  # the comment's range is the quote
            assert text[loc.offset:loc.offset + loc.length] == finding.quote
    engage = next(f for f in found if f.quote == "engage")
    assert engage.location.cell == 0 and engage.location.offset == len("Go to the parenting course and ")
