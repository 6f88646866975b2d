# Self-bootstrapping: every target builds .venv from pyproject.toml when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run check lint typecheck test docs wheel bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,frames,dask]'
	touch $(STAMP)

## run: the main job on the bundled seed
run: $(STAMP)
	$(BIN)/sanctuary-model summary

## check: every check (lint, format, types, tests, docs, the built wheel)
check: lint typecheck test docs wheel

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples docs/_hooks
	$(BIN)/ruff format --check src tests benchmarks examples docs/_hooks

typecheck: $(STAMP)
	$(BIN)/mypy --strict src tests examples

test: $(STAMP)
	$(BIN)/pytest -q

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/site

wheel: $(STAMP)
	$(BIN)/python tests/wheel_smoke.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_money.py
	$(BIN)/python benchmarks/bench_jurisdictions.py
	$(BIN)/python benchmarks/bench_articles.py
	$(BIN)/python benchmarks/bench_aggregation.py
	$(BIN)/python benchmarks/bench_serialization.py
	$(BIN)/python benchmarks/bench_corpus.py
	$(BIN)/python benchmarks/bench_html.py
	$(BIN)/python benchmarks/bench_dask.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .hypothesis
