# SOUL Desktop: `make run` starts the application, `make test` runs the whole suite headless.
# Both create .venv and install the project on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES := soul_desktop/app.py $(shell find soul_desktop/ui -name '*.py' 2>/dev/null)

.PHONY: run test lint i18n lupdate bench installer clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## Compile the translations (.ts -> .qm).
i18n: $(QM)

## Collect new and changed interface strings into the .ts files (then translate them).
lupdate: $(INSTALLED)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(UI_SOURCES) -ts $(TS)

run: $(INSTALLED) i18n
	$(BIN)/soul-desktop

test: $(INSTALLED) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check soul_desktop tests db
	$(BIN)/ruff format --check soul_desktop tests db

## Benchmarks are not part of `make test`; see tests/benchmarks/README.md.
bench: $(INSTALLED) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_foundation.py

## The Linux one-folder bundle (dist/soul-desktop/) and its smoke run (installers/smoke.py);
## not part of `make test`. Windows and macOS: installers/README.md.
INSTALLER_DEPS := $(VENV)/.installer
$(INSTALLER_DEPS): pyproject.toml | $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e ".[test,installer]"
	touch $@

installer: $(INSTALLER_DEPS) i18n
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installers/soul-desktop.spec
	$(BIN)/python installers/old_database.py build/old-0001.db
	$(BIN)/python installers/smoke.py dist/soul-desktop --old-database build/old-0001.db \
		--json dist/smoke-linux.json
	du -sh dist/soul-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm
