# attrition — two commands for a newcomer: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench docs clean

$(BIN)/.stamp: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/.stamp
	$(BIN)/attrition run

test: $(BIN)/.stamp
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	bash -c 'if [ -z "$${ATTRITION_TEST_PG_URL:-}" ]; then source .ci/postgres.sh || echo "note: no PostgreSQL server; its store tests are skipped (they fail under CI=true)"; fi; $(BIN)/python -m pytest'

lint: $(BIN)/.stamp
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(BIN)/.stamp
	$(BIN)/python benchmarks/run.py

docs: $(BIN)/.stamp
	$(BIN)/python -m attrition.cli.docgen

clean:
	rm -rf $(VENV) build *.egg-info
