# Everything runs from a virtual environment in .venv, made on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/wikinews-ar.txt
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-deps run lint format test bench clean

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

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
