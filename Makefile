# Two commands for maintainers:  `make book`  builds the book,  `make test`  runs every test.
# Each creates the local virtual environment (.venv) from the pinned lock file first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The book build executes the notebooks; their answers go to a throw-away store, not your own.
BUILD_ENV := COURSEKIT_STORE=$(CURDIR)/_build/.store/antwoorden.json
JB_FLAGS  := --warningiserror --keep-going --nitpick
# Front-end tools (axe-core, vnu.jar, Lighthouse) pinned in package-lock.json; `npm ci` rewrites this file.
NODE_STAMP := node_modules/.package-lock.json

.PHONY: book test venv lock clean benchmark benchmark-pages benchmark-toolkit pdf pdf-hoofdstuk

book: $(STAMP)
	$(BUILD_ENV) $(BIN)/jupyter-book build . $(JB_FLAGS)
	@echo "Boek gebouwd: open _build/html/index.html"

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

# --ignore-scripts: vnu-jar's install script would download a Java runtime; the system Java is used.
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund

venv: $(STAMP)

$(STAMP): requirements/dev.lock.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.lock.txt
	# cffconvert only for its CITATION.cff JSON schema (its own pins clash with jupyter-book's)
	$(BIN)/python -m pip install --quiet --no-deps cffconvert==2.0.0
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

# Regenerate the lock file after editing requirements/dev.in.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet -r requirements/dev.in
	.venv-lock/bin/python -m pip freeze --exclude-editable > requirements/dev.lock.txt
	rm -rf .venv-lock

# Paper: a chapter (with its exercise page) or the whole book as PDF, printed offline by headless
# Chromium (Debian: apt-get install chromium). Example: make pdf-hoofdstuk H=05-corona
pdf-hoofdstuk: book
	$(BIN)/python scripts/make_pdf.py hoofdstuk $(H)

pdf: book
	$(BIN)/python scripts/make_pdf.py boek

# Speed is measured here, never in timed tests. Lighthouse (pinned in package-lock.json) on four page
# types of the built book, served gzip-compressed under the base URL's sub-path; then the toolkit.
benchmark: benchmark-pages benchmark-toolkit

benchmark-pages: book $(NODE_STAMP)
	$(BIN)/python scripts/benchmark_pages.py

benchmark-toolkit: $(STAMP)
	$(BIN)/python scripts/benchmark_toolkit.py

clean:
	rm -rf _build .venv .venv-binder node_modules
