"""The rule catalogue and word lists, as YAML data (installed as planlint.rules)."""
