# saksflyt: `make demo` runs the engine on embedded defaults; `make test` runs every check.
# Both work on a fresh Debian machine with Python 3.11, make and root.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

# Debian packages the engine (demo) and the test suite need; installed only when missing.
DEMO_DEBS := gnupg tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
TEST_DEBS := gnupg dovecot-imapd chromium tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-dejavu-extra

.PHONY: demo test bench mutation mutation-module lint venv system-packages postgres clean

venv: $(INSTALLED)

$(INSTALLED): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $@

system-packages:
	@sh tests/services/install-debian-packages.sh $(if $(filter demo,$(MAKECMDGOALS)),$(DEMO_DEBS),$(TEST_DEBS))

postgres:
	@sh tests/services/ensure-postgres.sh

demo: venv system-packages
	$(BIN)/saksflyt demo

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Two workers (pytest-xdist), each taking whole test files in collection order (e2e, integration,
# unit): a module's fixtures are made once, and the long end-to-end files start first. Every
# service a test starts is its own (free ports, fresh databases, temporary homes).
TEST_WORKERS ?= 2
test: venv system-packages postgres lint
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

bench: venv system-packages postgres
	$(BIN)/python -m tests.bench

# Mutation testing of the pure modules ([tool.mutmut] in pyproject.toml); slow, not part of `test`.
# Starts from an empty mutants/ (mutmut does not notice an edited test, so kept verdicts can be
# stale); prints killed/checked per module and fails when one is under its floor.
MUTATION_CHILDREN ?= 2
mutation: venv
	rm -rf mutants
	$(BIN)/mutmut run --max-children $(MUTATION_CHILDREN)
	$(BIN)/python -m tests.mutation_report

# One module at a time, one child (the machine is shared): `make mutation-module
# MODULE=reading/mime.py`. Keeps mutants/, so run `make mutation` for the verdict of record.
mutation-module: venv
	$(BIN)/mutmut run --max-children 1 "$(subst /,.,$(MODULE:.py=)).*"
	$(BIN)/python -m tests.mutation_report $(MODULE)

clean:
	rm -rf $(VENV) var mutants
