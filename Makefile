# Two commands for maintainers:  `make book`  builds the book,  `make test`  runs every test.
# Each creates the local virtual environment (.venv) from the pinned lock file first.
# While you work: `make check` (lint, format, schemas, the fast tests; under a minute).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The book build executes the notebooks; their answers go to a throw-away store, not your own.
BUILD_ENV := COURSEKIT_STORE=$(CURDIR)/_build/.store/antwoorden.json
JB_FLAGS  := --warningiserror --keep-going --nitpick
# Front-end parts pinned in package-lock.json (axe-core, vnu.jar, Lighthouse and terser for the tests,
# the benchmark and the build; unzipit, which the class page ships to readers); `npm ci` rewrites this file.
NODE_STAMP := node_modules/.package-lock.json

# Where ruff looks (lint and format): all of the repository's Python.
PY_SOURCES := src tests scripts book/_ext conftest.py
PYTEST_ALL  := -n 2 --dist loadfile --nbval-lax --nbval-current-env
# The fast tests: the toolkit and the book's sources, without building anything.
FAST_TESTS  := tests/toolkit tests/page tests/test_data.py tests/test_exercises.py tests/test_lecture_lists.py \
               tests/test_structure.py tests/test_fidelity.py tests/test_citation.py tests/test_docenten.py tests/test_launch.py \
               tests/test_edition_site.py tests/test_notebook_cache.py tests/test_coding_agreement.py \
               tests/test_bibstijl.py tests/test_translations.py

# The English edition (issue 26): the same sources, read through the catalogs in locale/en/.
EN_HTML   := _build/en/_build/html
EN_ENV    := COURSEKIT_LANG=en COURSEKIT_STORE=$(CURDIR)/_build/.store-en/antwoorden.json

.PHONY: book book-en catalogs test test-rare test-release check lint venv lock clean benchmark benchmark-pages benchmark-toolkit pdf pdf-hoofdstuk page-test downloads lms

# The book needs node_modules too: the class page copies in the zip library unzipit (package.json).
book: $(STAMP) $(NODE_STAMP)
	$(BUILD_ENV) $(BIN)/jupyter-book build . $(JB_FLAGS)
	@echo "Boek gebouwd: open _build/html/index.html"

# The English edition, into $(EN_HTML) (published under en/ beside the Dutch). Its notebooks run in
# English (COURSEKIT_LANG) with a notebook cache of their own.
book-en: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m coursekit.i18n config en _build/en/_config.yml
	$(EN_ENV) $(BIN)/python -m coursekit.i18n toc _build/en/_toc.yml
	$(EN_ENV) $(if $(BOOK_BASE_URL),BOOK_BASE_URL=$(BOOK_BASE_URL)en/) $(BIN)/jupyter-book build . --config _build/en/_config.yml --toc _build/en/_toc.yml --path-output _build/en $(JB_FLAGS)
	@echo "English edition built: open $(EN_HTML)/index.html"

# After changing Dutch text: the catalogs' templates (Sphinx's gettext builder for the pages,
# coursekit.i18n for the toolkit's texts, the exercises and the data), merged into locale/<lang>/.
# A changed message becomes fuzzy, a new one empty: `make test` names them until they are translated.
catalogs: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m coursekit.i18n config gettext _build/i18n/_config.yml
	$(BIN)/jupyter-book build . --config _build/i18n/_config.yml --path-output _build/i18n --builder custom --custom-builder gettext $(JB_FLAGS)
	$(BIN)/python -m coursekit.i18n extract _build/i18n/_build/gettext
	$(BIN)/sphinx-intl update -p _build/i18n/_build/gettext -l en -d locale

# Two tiers. `make test`: every test but the rare ones; `make test ALL=1`: both tiers in one run (CI:
# .ci/run and the workflow), so the book is built and the browsers started once.
# `make test-rare`: the tests marked `rare`, which guard what changes a few times a year: the Binder
# requirements (every notebook in that environment), the edition's PDF, EPUB and site zip, the static
# host, the search, and the theme's reading checks over every page (pyproject.toml lists them).
test: $(STAMP) $(NODE_STAMP) lint
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ALL) $(if $(ALL),-m "not release",-m "not rare and not release")

test-rare: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ALL) -m "rare and not release" tests

# The English edition's downloads, made as a release makes them (the edition workflow runs this).
test-release: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ALL) -m release tests

check: $(STAMP) lint
	$(BIN)/python -m pytest $(FAST_TESTS) -m "not slow" -n 2 -q

# eslint (pinned in package.json, flat config eslint.config.mjs) over the JavaScript of src/ and tests/page.
lint: $(STAMP) $(NODE_STAMP)
	node_modules/.bin/eslint src tests/page eslint.config.mjs
	$(BIN)/ruff check $(PY_SOURCES)
	$(BIN)/ruff format --check $(PY_SOURCES)
	$(BIN)/python -m coursekit.schemas --check
	$(BIN)/python -m coursekit.notebook --check

# The page layer's logic (coursekit/page, and the notebook's portfolio panel) in Node's own test runner;
# `make check` and `make test` run the same through pytest (tests/page/test_node.py), with the parity tests.
page-test: $(STAMP)
	$(BIN)/python -c "import sys; sys.path.insert(0, 'tests'); from pathlib import Path; from pagecalls import generate; generate(Path('_build/page-modules'))"
	COURSEKIT_GENERATED=_build/page-modules node --import ./tests/page/register.mjs --test tests/page/

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

# The edition's offline copies (PDF, EPUB checked with epubcheck, the site as a zip; for teachers the
# SCORM packages and question banks as a zip, as `make lms` makes them) in
# _build/html/download/, listed with their sizes on the landing page (scripts/downloads.py). Both
# languages are released together: the English edition is built too (make book-en) and gets the same
# copies, named ...-en (opgavegericht-werken-<editie>-en.pdf, ...), in $(EN_HTML)/download/.
downloads: book book-en
	$(BUILD_ENV) $(BIN)/python scripts/downloads.py
	$(EN_ENV) $(BIN)/python scripts/downloads.py --html $(EN_HTML)

# Learning platforms (coursekit.lms): per chapter and for the whole book a SCORM 1.2 and a SCORM 2004
# package, and the knowledge checks as question banks (QTI 1.2, Moodle XML), in _build/lms.
lms: book
	$(BIN)/python -m coursekit.lms _build/html _build/lms

# Speed is measured here, never in timed tests. Lighthouse (pinned in package-lock.json) on four page
# types of the built book, served gzip-compressed under the base URL's sub-path; then the toolkit.
benchmark: benchmark-pages benchmark-toolkit

benchmark-pages: book $(NODE_STAMP)
	$(BIN)/python scripts/benchmark_pages.py
	$(BIN)/python scripts/benchmark_page.py
	$(BIN)/python scripts/benchmark_class_page.py

benchmark-toolkit: $(STAMP)
	$(BIN)/python scripts/benchmark_toolkit.py

clean:
	rm -rf _build .venv .venv-binder node_modules
