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

APP_STAMP := $(VENV)/.installed-app
NLP_STAMP := $(VENV)/.installed-nlp

.PHONY: install-nlp lock

install: $(STAMP)

# Always the tested versions (constraints.txt). `make run` needs only the app; the tests add
# the dev tools and Ray; the `nlp` extra (torch, sentence-transformers) only `make bench` uses.
# uv (pinned in constraints.txt, installed from PyPI into the venv) installs the set in about half
# of pip's time; pip is the fallback when uv cannot be had or fails. uv writes no bytecode, so the
# test install compiles all of site-packages (CI sets PYTHONDONTWRITEBYTECODE: without that, every
# CLI run of the tests would compile its imports again; a few packages ship files that do not
# compile, which compileall reports by its status).
INSTALL = { $(BIN)/python -m pip install --quiet -c constraints.txt uv \
	    && $(BIN)/uv pip install --quiet --python $(BIN)/python -c constraints.txt $(1); } \
	|| { echo "uv failed: installing with pip" >&2 \
	    && $(BIN)/python -m pip install --quiet --upgrade pip \
	    && $(BIN)/python -m pip install --quiet -c constraints.txt $(1); }

$(APP_STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(call INSTALL,-e .)
	touch $(APP_STAMP)

TEST_EXTRAS := .[dev,ray]
$(STAMP): $(APP_STAMP)
	$(call INSTALL,-e '$(TEST_EXTRAS)')
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib src >/dev/null || true
	touch $(STAMP)

# torch first, from the CPU wheel these machines carry: anything else would pull a CUDA build.
install-nlp: $(NLP_STAMP)
$(NLP_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[nlp]'
	touch $(NLP_STAMP)

# Rewrites constraints.txt from the current environment (after changing pyproject.toml).
lock: $(STAMP)
	{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable \
	  | grep -v '^torch=='; } > constraints.tmp && mv constraints.tmp constraints.txt

run: $(APP_STAMP)
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

bench: $(NLP_STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

eval: $(STAMP)
	$(BIN)/storyline eval clustering --dataset gva
	$(BIN)/storyline eval clustering --dataset ecbplus
	$(BIN)/storyline eval counts --dataset acled
	$(BIN)/storyline eval counts --dataset gva
	$(BIN)/storyline eval extraction --markdown
	$(BIN)/storyline eval phenomena
	$(BIN)/storyline eval dates
	$(BIN)/storyline eval timeline
	$(BIN)/storyline eval scenarios

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
