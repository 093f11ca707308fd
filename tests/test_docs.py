"""The README stays true: every command and option is documented, the diagram is current."""

from __future__ import annotations

import re
import tomllib

import typer.main

from kg.cli import app
from kg.errors import Errors
from kg.ontodoc import reference_markdown
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme() -> None:
    command = typer.main.get_command(app)
    for name, sub in command.commands.items():  # type: ignore[attr-defined]
        assert f"`kg {name}" in README, f"kg {name} is not documented in the README"
        section = README[README.index(f"`kg {name}") :][:1500]
        for param in sub.params:
            for option in param.opts:
                if option.startswith("--") and option != "--help":
                    assert option in section, f"kg {name} {option} is not in the README"


def test_readme_diagram_is_generated_from_the_ontology() -> None:
    generated = re.search(r"```mermaid.*?```", reference_markdown(), re.S)
    shown = re.search(r"```mermaid.*?```", README, re.S)
    assert generated and shown and shown.group(0) == generated.group(0), (
        "copy the diagram from kg docs"
    )


def test_every_error_code_the_readme_names_exists() -> None:
    named = set(re.findall(r"\bE\d{3}\b", README))
    assert named and named <= {e.name for e in Errors}, named - {e.name for e in Errors}


def test_the_readme_says_how_to_open_the_notebooks() -> None:
    """The command the README gives installs what the notebooks need: JupyterLab, from
    the ``notebooks`` extra."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert any(re.match(r"jupyterlab\b", requirement) for requirement in extras["notebooks"])
    assert "pip install -e '.[notebooks]' && .venv/bin/jupyter lab notebooks/" in README
