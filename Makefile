# Two commands set everything up on a fresh machine:
#   make run   - install, ingest the bundled examples into ./storyline.db, serve http://127.0.0.1:8000
#   make test  - install (plus PostgreSQL and Chromium for the tests), run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= storyline.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint typecheck check system-deps bench eval clean

install: $(STAMP)

# torch first, from the CPU wheel these machines carry: anything else would pull a CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[nlp,dev,ray]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/storyline --db $(DB) ingest --quiet examples || test $$? -eq 1
	$(BIN)/storyline --db $(DB) events
	$(BIN)/storyline --db $(DB) serve --host $(HOST) --port $(PORT)

# The tests start their own PostgreSQL server and drive Debian's Chromium: make sure both exist.
system-deps:
	@bash scripts/system-deps.sh

test: $(STAMP) system-deps
	$(BIN)/python -m pytest; status=$$?; if [ $$status -eq 5 ]; then echo "no tests ran"; exit 1; fi; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

eval: $(STAMP)
	$(BIN)/storyline eval clustering --dataset gva
	$(BIN)/storyline eval clustering --dataset ecbplus
	$(BIN)/storyline eval counts --dataset acled
	$(BIN)/storyline eval counts --dataset gva
	$(BIN)/storyline eval dates
	$(BIN)/storyline eval timeline

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
