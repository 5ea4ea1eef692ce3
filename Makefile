# The two commands of the README: `make run` and `make test`.
# Everything else here is what they need: a Python 3.10 virtualenv that is
# reinstalled only when the dependency files change.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
DEPS_HASH := $(shell cat pyproject.toml requirements.lock | sha256sum | cut -c1-12)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
PORT ?= 5000
PROCESSES ?= web worker

.PHONY: run test setup db clean

run: setup db
	@echo "Lead service: http://127.0.0.1:$(PORT)  (health: /healthz, API: /api/openapi.json). Ctrl-C stops everything."
	@PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PORT=$(PORT) exec $(VENV)/bin/honcho --no-prefix -f Procfile start $(PROCESSES)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP)

db: setup
	$(PY) -m webhooks db upgrade

$(STAMP): pyproject.toml requirements.lock
	@python=$$(.ci/find-python310) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then \
		echo "Creating $(VENV) with $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'
	@rm -f $(VENV)/.installed-*; touch $@

clean:
	rm -rf $(VENV) var
