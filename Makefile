# Two commands on a fresh machine:  make run  (set up, build the index, serve)  and  make test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run install index test check lint golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade --quiet pip
	# torch is pinned in pyproject.toml (2.13.0, CPU); never let a resolver pick a CUDA build.
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) index

# Build or update the retrieval index (idempotent: a no-op when no notice changed).
index: $(STAMP)
	$(BIN)/assistant ingest

run: install
	$(BIN)/python app.py

# Lint first: a style error fails CI like a failing test does.
test: $(STAMP)
	$(BIN)/ruff check assistant tests app.py bench
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check assistant tests app.py bench

check: test

# Rewrite the golden files from the current code; review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m pytest -q tests/notices/test_corpus.py --update-golden
	$(BIN)/python -m pytest -q tests/retrieval/test_chunking.py --update-golden

clean:
	rm -rf $(VENV) .data .pytest_cache
