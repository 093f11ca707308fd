# Two entry points for a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup setup-test lint browser virtuoso bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The stamp files re-run pip only when pyproject.toml changes.
$(VENV)/.setup: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.setup-test: pyproject.toml $(VENV)/.setup
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $@

setup: $(VENV)/.setup
setup-test: $(VENV)/.setup-test

run: setup
	$(BIN)/kg build seeds --out output

lint: setup-test
	$(BIN)/ruff check kg tests benchmarks scripts
	$(BIN)/ruff format --check kg tests benchmarks scripts
	$(BIN)/mypy kg tests benchmarks scripts

# Browser tests drive Debian's Chromium (Playwright's own browser download is not used).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The load tests start a real Virtuoso (Debian's, as DBpedia runs) beside oxigraph serve.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  echo "installing Debian's virtuoso-opensource for the load tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; }

test: lint browser virtuoso
	$(BIN)/python -m pytest -q

# Benchmarks print figures measured side by side in one run; they need ../shared.
# The quality benchmark compares this checkout with the code at BASELINE.
BASELINE ?= HEAD
bench: setup-test browser
	$(BIN)/python -m benchmarks.quality --baseline $(BASELINE)
	$(BIN)/python -m benchmarks.graph_page
	$(BIN)/python -m benchmarks.long_input
	$(BIN)/python -m benchmarks.actors --baseline $(BASELINE)

clean:
	rm -rf $(VENV) output/store output/*.ttl output/*.tsv output/*.html
