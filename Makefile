# attrition — two commands for a newcomer: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run serve test lint bench soak docs fuzz clean

$(BIN)/.stamp: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/.stamp
	$(BIN)/attrition run
	$(BIN)/attrition serve

serve: $(BIN)/.stamp
	$(BIN)/attrition serve

test: $(BIN)/.stamp
	bash .ci/system.sh chromium
	$(BIN)/ruff check src tests benchmarks fuzz
	$(BIN)/mypy
	bash -c 'if [ -z "$${ATTRITION_TEST_PG_URL:-}" ]; then source .ci/postgres.sh || echo "note: no PostgreSQL server; its store tests are skipped (they fail under CI=true)"; fi; $(BIN)/python -m pytest'

lint: $(BIN)/.stamp
	$(BIN)/ruff check src tests benchmarks fuzz
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(BIN)/.stamp
	bash .ci/system.sh wrk
	$(BIN)/python benchmarks/run.py

soak: $(BIN)/.stamp
	$(BIN)/python benchmarks/soak.py

# long fuzz runs (issue 14): FUZZ_INPUTS per target over FUZZ_JOBS worker processes, each
# input bounded to 1 s of CPU time; findings appended to fuzz-findings.jsonl
FUZZ_INPUTS ?= 1000000
FUZZ_JOBS ?= 1
fuzz: $(BIN)/.stamp
	$(BIN)/python fuzz/run.py parser --inputs $(FUZZ_INPUTS) --jobs $(FUZZ_JOBS) --out fuzz-findings.jsonl
	$(BIN)/python fuzz/run.py check --inputs $$(( $(FUZZ_INPUTS) / 10 )) --jobs $(FUZZ_JOBS) --out fuzz-findings.jsonl
	$(BIN)/python fuzz/run.py all --seconds 600 --jobs $(FUZZ_JOBS) --out fuzz-findings.jsonl

docs: $(BIN)/.stamp
	$(BIN)/python -m attrition.cli.docgen

clean:
	rm -rf $(VENV) build *.egg-info
