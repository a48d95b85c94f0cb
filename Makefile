# Everything runs from a virtual environment in .venv, made on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/wikinews-ar.txt
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-deps run lint format test bench bench-quick translations screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

setup: system-deps $(STAMP)

# The app on the sample article (needs a display; QT_QPA_PLATFORM is left to the desktop).
run: setup
	env -u QT_QPA_PLATFORM $(BIN)/nashra $(SAMPLE)

lint: setup
	$(BIN)/ruff format --check desktop tests bench
	$(BIN)/ruff check desktop tests bench
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format desktop tests bench
	$(BIN)/ruff check --fix desktop tests bench

test: lint
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/segmentation.py
	$(BIN)/python bench/summaries.py
	$(BIN)/python bench/run_all.py

# A smoke run of every benchmark (small sizes, writes nothing).
bench-quick: setup
	$(BIN)/python bench/run_all.py --quick

# Refresh the Arabic interface strings from the code (then translate the new ones in Qt Linguist).
translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete $(sort $(shell find desktop/gui -name '*.py')) -ts resources/translations/nashra_ar.ts
	$(BIN)/pyside6-lrelease resources/translations/nashra_ar.ts -qm resources/translations/nashra_ar.qm

# README screenshots: the real window under Xvfb with a test pack (its "English" is random-weight output).
screenshots: setup
	bash scripts/system-deps.sh --with-screen-tools
	for state in translated no-pack; do for ui in en ar; do \
		xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python scripts/screenshots.py --state $$state --ui-language $$ui || exit 1; \
	done; done
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python scripts/screenshots.py --size 1920x1080 --name wide

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# make package: the one-folder app, .tar.xz and .deb (packaging/README.md).
include packaging/Makefile.inc
