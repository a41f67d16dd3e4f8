"""The rule catalogue: rules/*.yaml are complete, valid and found by code or name."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planlint.catalogue import (Catalogue, CatalogueError, Rule, format_rule,
                                load_catalogue, load_directory, read_rule_file)
from planlint.model import Metadata, SectionKind, Severity

CODES = {
    "PL101": "owner-missing", "PL102": "owner-vague",
    "PL201": "task-vague",
    "PL301": "deadline-missing", "PL302": "deadline-vague",
    "PL401": "evidence-missing", "PL402": "evidence-vague",
    "PL501": "contingency-missing", "PL502": "lead-professional-missing",
    "PL503": "review-date-missing", "PL504": "child-voice-missing",
    # Plain language for families (rules/language.yaml): advice, not defects.
    "PL601": "acronym-unexplained", "PL602": "jargon", "PL603": "sentence-too-long",
    "PL604": "reading-age-high", "PL605": "passive-voice", "PL606": "label-not-name",
    "PL607": "interpreter-not-recorded",
}
FAMILY_BY_DIGIT = {"1": "owner", "2": "task", "3": "deadline", "4": "evidence", "5": "plan",
                   "6": "language"}
# The core rules (who, what, by when, how we will know; the plan's parts) follow the
# annotation guide's conventions: missing is an error, vague a warning quoting the words.
CORE_CODES = sorted(c for c in CODES if c[2] in "12345")

# The lists each family's file holds (checks and layouts look them up by name).
LISTS = {
    "owner": ["vague_owners", "sectors", "missing_markers", "roles", "family_roles",
              "agencies"],
    "task": ["vague_verbs", "vague_complements", "concrete_verbs", "vague_modifiers",
             "abstract_objects", "concrete_nouns"],
    "deadline": ["vague_deadlines", "frequency_words", "event_words", "immediate_words",
                 "deadline_markers", "time_words"],
    "evidence": ["vague_evidence", "evidence_markers", "measurable_markers"],
    "plan": ["contingency_headings", "contingency_markers", "lead_labels", "review_labels",
             "child_voice_headings", "placeholders"],
}

HEADER_SYNONYMS = {
    "fields": {
        "outcome": ["What needs to change", "Outcome", "Need", "Goal", "Safety goal",
                    "Desired outcome"],
        "task": ["What will be done", "Task", "Action", "Actions", "Intervention", "Next steps",
                 "Next step", "What needs to happen", "What will happen"],
        "owner": ["Who", "Lead", "Responsible", "By whom", "Person responsible", "Owner",
                  "Who will do it", "Lead person/agency"],
        "deadline": ["By when", "Timescale", "Target date", "Review by", "Deadline", "When",
                     "Date", "Timeframe"],
        "evidence": ["How will we know", "Evidence of progress", "Measure of success",
                     "What will be different", "How we will know", "Evidence",
                     "Success criteria", "How will we know it is working"],
        "frequency": ["Frequency", "How often"],
    },
    "metadata": {
        "children": ["Child", "Children", "Young person", "Name of child"],
        "category": ["Category", "Category of abuse"],
        "conference_date": ["Date of conference", "Date of initial conference",
                            "Conference date", "Date of ICPC", "Date of RCPC"],
        "lead_professional": ["Lead social worker", "Lead professional",
                              "Allocated social worker"],
        "core_group": ["Core group", "Core group members"],
        "review_date": ["Review conference", "Review date", "Next review conference",
                        "Review conference date"],
        "language": ["Language", "First language", "Preferred language"],
    },
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


# ------------------------------------------------------------- the real catalogue


def test_every_core_code_is_present_with_its_fixed_name(catalogue):
    # The eleven core codes and names are a contract; other families add to them.
    assert {code: catalogue.rules[code].name for code in CODES} == CODES


def test_rules_are_in_code_order(catalogue):
    assert list(catalogue.rules) == sorted(catalogue.rules)


@pytest.mark.parametrize("code", sorted(CODES))
def test_each_rule_is_documented_with_examples(catalogue, code):
    rule = catalogue.rules[code]
    assert rule.family == FAMILY_BY_DIGIT[code[2]]
    assert rule.scope == ("plan" if rule.family in ("plan", "language") else "action")
    assert len(rule.why.split()) >= 30, "why should be a paragraph"
    assert rule.source.strip() and rule.summary.strip() and rule.suggestion.strip()
    assert len(rule.examples.bad) >= 2
    assert len(rule.examples.good) >= 2


@pytest.mark.parametrize("code", CORE_CODES)
def test_missing_is_an_error_and_vague_a_warning(catalogue, code):
    rule = catalogue.rules[code]
    expected = Severity.WARNING if rule.name.endswith("-vague") else Severity.ERROR
    assert rule.severity == expected


def test_vague_messages_quote_the_words_and_missing_ones_do_not(catalogue):
    for rule in (catalogue.rules[code] for code in CORE_CODES):
        assert ("{text}" in rule.message) == rule.name.endswith("-vague")
    assert catalogue.rule("PL102").format_message("All professionals") == (
        '"All professionals" does not identify anyone accountable for this action.')


def test_sources_quote_the_case_review_learning(catalogue):
    sources = " ".join(rule.source for rule in catalogue.rules.values())
    assert "be explicit about who will do what, by when" in sources
    assert "should be SMART and focus on positive outcomes for the child" in sources
    assert "Working Together to Safeguard Children 2023" in sources


@pytest.mark.parametrize("family, names", sorted(LISTS.items()))
def test_each_family_file_holds_its_word_lists(family, names):
    from importlib.resources import files
    rule_file = read_rule_file(files("planlint.rules") / f"{family}.yaml")
    assert set(names) <= set(rule_file.lists)
    for name, words in rule_file.lists.items():
        assert words, f"{name} is empty"
        assert all(w == w.lower().strip() for w in words)


def test_lists_follow_the_annotation_guide(catalogue):
    assert {"all professionals", "core group", "tbc", "?", "whoever is available",
            "family"} <= set(catalogue.list("vague_owners"))
    assert {"health", "education"} <= set(catalogue.list("sectors"))
    assert "police" not in catalogue.list("sectors")
    assert "tbc" not in catalogue.list("missing_markers")
    assert {"social worker", "health visitor", "gp", "dsl"} <= set(catalogue.list("roles"))
    assert {"mum", "dad", "parents"} <= set(catalogue.list("family_roles"))
    assert {"monitor", "support", "engage", "liaise", "keep an eye"} <= set(
        catalogue.list("vague_verbs"))
    assert {"ongoing", "asap", "as and when", "in due course", "next few weeks"} <= set(
        catalogue.list("vague_deadlines"))
    assert {"immediately", "from today"} <= set(catalogue.list("immediate_words"))
    assert {"things improve", "safer", "positive progress", "good feedback"} <= set(
        catalogue.list("vague_evidence"))
    assert {"so that", "evidenced by", "we will know"} <= set(catalogue.list("evidence_markers"))


def test_list_returns_a_copy(catalogue):
    catalogue.list("roles").append("wizard")
    assert "wizard" not in catalogue.list("roles")


def test_default_catalogue_is_cached():
    assert load_catalogue() is load_catalogue()


# ----------------------------------------------------------------------- lookup


@pytest.mark.parametrize("key", ["PL301", "pl301", "deadline-missing", "Deadline-Missing",
                                 " PL301 "])
def test_rule_is_found_by_code_or_name(catalogue, key):
    assert catalogue.rule(key).code == "PL301"


def test_unknown_rule_suggests_near_matches(catalogue):
    with pytest.raises(KeyError) as raised:
        catalogue.rule("deadline-mising")
    assert "PL301 deadline-missing" in str(raised.value)


def test_unknown_list_is_a_key_error_naming_near_matches(catalogue):
    with pytest.raises(KeyError) as raised:
        catalogue.list("vague_owner")
    assert "vague_owners" in str(raised.value)


def test_format_rule_reads_like_ruff_rule(catalogue):
    text = format_rule(catalogue.rule("PL301"))
    lines = text.splitlines()
    assert lines[0] == "PL301 deadline-missing (error)"
    for heading in ("## Why it matters", "## Source", "## Example", "## Use instead"):
        assert heading in lines
    assert lines.index("## Example") < lines.index("## Use instead")
    assert "The school will refer Ben to the school nurse." in text
    assert max(len(line) for line in lines) <= 79 or all(
        " " not in line.strip() for line in lines if len(line) > 79)


# ---------------------------------------------------------------------- headers


@pytest.mark.parametrize("table", sorted(HEADER_SYNONYMS))
def test_headers_hold_the_synonyms_of_each_layout(catalogue, table):
    for key, synonyms in HEADER_SYNONYMS[table].items():
        for synonym in synonyms:
            assert catalogue.headers.lookup(table, synonym) == key, synonym
            assert catalogue.headers.lookup(table, synonym.upper() + ":") == key


def test_headers_cover_every_section_kind_and_metadata_field(catalogue):
    kinds = {kind.value for kind in SectionKind} - {"other"}
    assert set(catalogue.headers.sections) == kinds
    assert set(catalogue.headers.metadata) <= set(Metadata.model_fields)
    assert catalogue.headers.lookup("sections", "Contingency plan") == "contingency"
    assert catalogue.headers.lookup("sections", "The child’s wishes and feelings") == "child_views"


# ------------------------------------------------------------------ bad files


GOOD_RULE = """\
rules:
  - code: PL901
    name: team-rule
    family: task
    scope: action
    severity: warning
    summary: A team's own rule.
    message: '"{text}" is not allowed here.'
    suggestion: Say it plainly.
    why: Because the team said so.
    source: Team handbook.
    examples:
      bad: [Monitor things.]
      good: [Visit on Monday.]
lists:
  team_words: [foo, bar baz]
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_valid_directory_loads(tmp_path):
    write(tmp_path, "team.yaml", GOOD_RULE)
    catalogue = load_directory(tmp_path)
    assert catalogue.rule("team-rule").code == "PL901"
    assert catalogue.list("team_words") == ["foo", "bar baz"]


def test_bad_yaml_names_the_file_and_line(tmp_path):
    write(tmp_path, "broken.yaml", "rules:\n  - code: PL901\n   name: [unclosed\n")
    with pytest.raises(CatalogueError) as raised:
        load_directory(tmp_path)
    message = str(raised.value)
    assert "broken.yaml" in message and "line" in message
    assert "\n" not in message


def test_unknown_key_names_the_file_and_the_rule(tmp_path):
    write(tmp_path, "team.yaml", GOOD_RULE.replace("    scope: action\n",
                                                   "    scope: action\n    colour: red\n"))
    with pytest.raises(CatalogueError) as raised:
        load_directory(tmp_path)
    message = str(raised.value)
    assert "team.yaml" in message and "PL901" in message and "colour" in message
    assert "\n" not in message


def test_unknown_top_level_key_is_an_error(tmp_path):
    write(tmp_path, "team.yaml", GOOD_RULE + "colours: [red]\n")
    with pytest.raises(CatalogueError, match=r"team\.yaml.*colours"):
        load_directory(tmp_path)


def test_bad_code_names_the_file(tmp_path):
    write(tmp_path, "team.yaml", GOOD_RULE.replace("PL901", "XX1"))
    with pytest.raises(CatalogueError) as raised:
        load_directory(tmp_path)
    assert "team.yaml" in str(raised.value) and "code" in str(raised.value)


@pytest.mark.parametrize("old, new, words", [
    ("name: team-rule", "name: Team_Rule", "name"),
    ("severity: warning", "severity: fatal", "severity"),
    ("message: '\"{text}\" is not allowed here.'", "message: '{words} is wrong'",
     "placeholder"),
    ("bar baz]", "Bar Baz]", "lowercase"),
    ("bar baz]", "foo]", "twice"),
])
def test_invalid_values_are_reported_with_the_file(tmp_path, old, new, words):
    assert old in GOOD_RULE
    write(tmp_path, "team.yaml", GOOD_RULE.replace(old, new))
    with pytest.raises(CatalogueError) as raised:
        read_rule_file(tmp_path / "team.yaml")
    assert "team.yaml" in str(raised.value) and words in str(raised.value)


def test_duplicate_yaml_key_is_an_error(tmp_path):
    write(tmp_path, "team.yaml", GOOD_RULE + "  team_words: [again]\n")
    with pytest.raises(CatalogueError, match=r"team\.yaml.*duplicate key 'team_words'"):
        load_directory(tmp_path)


def test_a_list_defined_in_two_files_is_an_error(tmp_path):
    write(tmp_path, "a.yaml", GOOD_RULE)
    write(tmp_path, "b.yaml", "lists:\n  team_words: [qux]\n")
    with pytest.raises(CatalogueError, match=r"b\.yaml.*team_words.*a\.yaml"):
        load_directory(tmp_path)


def test_a_code_defined_twice_is_an_error(tmp_path):
    write(tmp_path, "a.yaml", GOOD_RULE)
    write(tmp_path, "b.yaml", GOOD_RULE.replace("team-rule", "other-rule")
          .replace("team_words", "other_words"))
    with pytest.raises(CatalogueError, match=r"b\.yaml.*PL901"):
        load_directory(tmp_path)


def test_extra_directory_adds_rules_and_extends_lists(tmp_path):
    write(tmp_path, "team.yaml", GOOD_RULE + "extend:\n  vague_owners: [the cluster]\n")
    write(tmp_path, "headers.yaml", "fields:\n  owner: [Named worker]\n")
    catalogue = load_catalogue([tmp_path])
    assert catalogue.rule("PL901").name == "team-rule"
    assert "the cluster" in catalogue.list("vague_owners")
    assert "the cluster" not in load_catalogue().list("vague_owners")
    assert catalogue.headers.lookup("fields", "Named worker") == "owner"
    assert catalogue.headers.lookup("fields", "By whom") == "owner"


def test_extending_an_unknown_list_is_an_error(tmp_path):
    write(tmp_path, "team.yaml", "extend:\n  vague_ownerz: [the cluster]\n")
    with pytest.raises(CatalogueError, match=r"team\.yaml.*vague_ownerz"):
        load_catalogue([tmp_path])


def test_a_header_synonym_for_two_keys_is_an_error(tmp_path):
    write(tmp_path, "headers.yaml", "fields:\n  owner: [Who]\n  deadline: [who]\n")
    with pytest.raises(CatalogueError, match=r"headers\.yaml.*both owner and deadline"):
        load_directory(tmp_path)


def test_rule_model_forbids_unknown_fields():
    data = read_rule_file_data()
    data["colour"] = "red"
    with pytest.raises(ValueError):
        Rule.model_validate(data)


def read_rule_file_data() -> dict:
    rule = load_catalogue().rule("PL101")
    return rule.model_dump(mode="json")


# --------------------------------------------------------------------- startup


def test_catalogue_does_not_import_spacy():
    code = ("import sys\n"
            "from planlint.catalogue import load_catalogue, format_rule\n"
            "format_rule(load_catalogue().rule('PL301'))\n"
            "assert 'spacy' not in sys.modules, 'spacy was imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ------------------------------------------- evidence, outcomes, contingency

# Rules that ask for evidence of change, outcomes about the child and a
# contingency that says what happens (the case reviews' learning below).
CHANGE_RULES = {"PL403": ("evidence-self-report", "evidence", "action"),
                "PL404": ("evidence-output-only", "evidence", "action"),
                "PL513": ("outcome-not-about-the-child", "plan", "plan"),
                "PL514": ("contingency-vague", "plan", "plan")}


@pytest.mark.parametrize("code", sorted(CHANGE_RULES))
def test_change_rules_are_warnings_documented_with_examples_and_a_fix(catalogue, code):
    rule = catalogue.rules[code]
    assert (rule.name, rule.family, rule.scope) == CHANGE_RULES[code]
    assert rule.severity == Severity.WARNING and "{text}" in rule.message
    assert len(rule.why.split()) >= 30
    assert len(rule.examples.bad) >= 2 and len(rule.examples.good) >= 2
    assert rule.examples.fix is not None
    assert rule.examples.fix.before in rule.examples.bad and rule.examples.fix.after in rule.examples.good


def test_change_rules_cite_the_case_review_learning(catalogue):
    sources = {code: catalogue.rules[code].source for code in CHANGE_RULES}
    assert "Do not automatically take the parents' information as fact" in sources["PL403"]
    assert "Child N" in sources["PL403"] and "disguised compliance" in sources["PL403"]
    assert "what evidence is required to demonstrate that things have improved" in sources["PL404"]
    assert "should be SMART and focus on positive outcomes for the child" in sources["PL513"]
    assert "How do we know these measures are adequate?" in sources["PL514"]
    assert all("FD17" in source for source in sources.values())


def test_change_rule_word_lists_are_data(catalogue):
    assert {"say", "report", "confirm", "tell", "agree"} <= set(catalogue.list("self_report_verbs"))
    assert {"attend", "complete", "receive"} <= set(catalogue.list("output_verbs"))
    assert {"certificate", "referral"} <= set(catalogue.list("output_nouns"))
    assert {"escalate", "consider", "review"} <= set(catalogue.list("vague_consequence_verbs"))
    assert {"prove", "show", "demonstrate"} <= set(catalogue.list("proving_verbs"))
    assert {"adequate", "stable", "appropriate", "suitable"} <= set(catalogue.list("vague_standards"))
    assert "support_words" not in catalogue.lists  # attending a course is not help by itself
    assert {"check", "monitor", "visit"} <= set(catalogue.list("monitoring_verbs"))
