# The two commands of the README: `make run` and `make test`.
# Everything else here is what they need: a Python 3.10 virtualenv that is
# reinstalled only when the dependency files change.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
DEPS_HASH := $(shell cat pyproject.toml requirements.lock | sha256sum | cut -c1-12)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
PORT ?= 5000
PROCESSES ?= web worker bot actions
LOCAL_ENV := var/local.env

.PHONY: run test setup db model clean

run: setup db model $(LOCAL_ENV)
	@echo "Lead service: http://127.0.0.1:$(PORT)  (health: /healthz, API: /api/openapi.json)"
	@echo "Bot: http://127.0.0.1:5005/webhooks/rest/webhook (REST), socket.io on the same port. Ctrl-C stops everything."
	@PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PORT=$(PORT) LEADBOT_SERVICE_URL=http://127.0.0.1:$(PORT) \
		exec $(VENV)/bin/honcho --no-prefix -e $(LOCAL_ENV) -f Procfile start -p $(PORT) $(PROCESSES)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP)

db: setup
	$(PY) -m webhooks db upgrade

# Trains only when config, domain or training data changed (the model is cached by their hash).
model: setup
	$(PY) -m bot train

# Local settings for the embedded default: a signing secret shared by the
# service and the action server, generated once, and a quiet, offline Rasa.
$(LOCAL_ENV):
	@mkdir -p var
	@{ echo "LEADBOT_ACTION_SECRET=$$($(PY) -c 'import secrets; print(secrets.token_hex(32))')"; \
	   echo "TF_CPP_MIN_LOG_LEVEL=3"; echo "RASA_TELEMETRY_ENABLED=false"; echo "PYTHONPATH=$(CURDIR)"; } > $@
	@chmod 600 $@

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
