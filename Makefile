# The two commands of the README: `make run` and `make test`.
# Everything else here is what they need: a Python 3.10 virtualenv that is
# reinstalled only when the dependency files change.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Only what installs: pyproject.toml without its [tool.*] tables (pytest, ruff) but with [tool.setuptools*],
# and the lock. Editing the test or lint settings must not reinstall the dependencies.
DEPS_HASH := $(shell { awk '/^\[/ { keep = $$0 !~ /^\[tool\./ || $$0 ~ /^\[tool\.setuptools/ } keep' pyproject.toml; \
	cat requirements.lock; } | sha256sum | cut -c1-12)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
PORT ?= 5000
BOT_PORT ?= 5005
ACTIONS_PORT ?= 5055
WAKE_PORT ?= 8799
PROCESSES ?= web worker bot actions ready
LOCAL_ENV := var/local.env
# One per action-server port: two `make run`s on different ports (a second checkout's worth of ports, a helper's
# own run) must not point each other's Rasa at the wrong action server.
ENDPOINTS := var/endpoints-$(ACTIONS_PORT).yml

.PHONY: run test setup db model clean $(ENDPOINTS) $(LOCAL_ENV)

# Deprecation warnings that Rasa's dependencies print at start-up, silenced by the exact module that
# raises them (PYTHONWARNINGS matches whole module names): one from our code, or a new one, still shows.
NOISY_MODULES := sanic_cors.extension apscheduler pkg_resources tensorflow.lite.python.util \
	rasa.core.tracker_store matplotlib.fontconfig_pattern
COMMA := ,
SPACE := $() $()
THIRD_PARTY_WARNINGS := $(subst $(SPACE),$(COMMA),$(strip $(addprefix ignore::DeprecationWarning:,$(NOISY_MODULES))))

# `ready` waits for the service and the bot, then prints the demo site's address.
run: setup db model $(LOCAL_ENV) $(ENDPOINTS)
	@echo "==> Starting $(PROCESSES) (the bot takes a little while to load its model)"
	@echo "    Service: http://127.0.0.1:$(PORT)  (demo site: /, snippet: /embed, health: /healthz, API: /api/openapi.json)"
	@echo "    Studio: http://127.0.0.1:$(PORT)/studio/  (no account yet? open it in a browser on this machine, or use the set-up link the service prints below)"
	@echo "    Bot: http://127.0.0.1:$(BOT_PORT)/webhooks/rest/webhook (REST), socket.io on the same port. Ctrl-C stops everything."
	@PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PYTHONWARNINGS="$(THIRD_PARTY_WARNINGS)" \
		PORT=$(PORT) LEADBOT_SERVICE_URL=http://127.0.0.1:$(PORT) \
		LEADBOT_BOT_URL=http://127.0.0.1:$(BOT_PORT) LEADBOT_BOT_PORT=$(BOT_PORT) LEADBOT_ACTIONS_PORT=$(ACTIONS_PORT) \
		LEADBOT_BOT_ENDPOINTS=$(ENDPOINTS) LEADBOT_WORKER_WAKE=127.0.0.1:$(WAKE_PORT) \
		exec $(VENV)/bin/honcho --no-prefix -e $(LOCAL_ENV) -f Procfile start -p $(PORT) $(PROCESSES)

# Test workers (pytest-xdist): a number, `auto` (one per core) or 0 for one process. Two by default: the whole
# suite was green with two (7,559 passed, 2026-12-04) and took 12.6 minutes instead of about 20 in one process.
# Not `auto`: each worker that reaches a Rasa test starts its own Rasa (about 800 MB), which a many-core laptop
# would multiply. A module whose tests share a real stack (Rasa, gunicorn...) runs whole on one worker: a module's
# stack starts once, a session's (tests/bot's Rasa) once per worker that needs it (tests/conftest.py groups them);
# the rest go to whichever worker is free.
WORKERS ?= 2
# `make test-fast` runs on every core: its tests share no process, and were green with -n 2.
FAST_WORKERS ?= auto
xdist = $(if $(filter 0,$(1)),,-n $(1) --dist loadgroup)

# Where PYTHONDONTWRITEBYTECODE is set, the tests still keep compiled modules, under .venv/pycache and never
# beside the sources: without them every run (and each pytest-xdist worker) compiles the repository's modules and
# rewrites every test module's asserts again. Collecting `make test-fast`'s tests: 17.5 s CPU -> 9.4 s.
# The processes the tests start (Rasa, gunicorn) inherit it.
PYCACHE := $(if $(PYTHONDONTWRITEBYTECODE),PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/$(VENV)/pycache)

# Lint first: a second's check before minutes of tests.
test: setup lint
	$(PYCACHE) $(PY) -m pytest $(call xdist,$(WORKERS)) $(PYTEST_ARGS)

# The inner loop: the pure and in-process tests, on SQLite (markers set in tests/conftest.py). Leaves out
# what starts Rasa, chromium or any process (read from the tests' code), and the PostgreSQL half of the
# tests that run on both; `make test` runs them all.
test-fast: setup
	$(PYCACHE) $(PY) -m pytest $(call xdist,$(FAST_WORKERS)) -m "not slow and not rasa and not browser and not postgres" $(PYTEST_ARGS)

# Rules in pyproject.toml's [tool.ruff]; `make lint FIX=1` applies the fixes ruff is sure of.
lint: setup
	$(VENV)/bin/ruff check $(if $(FIX),--fix) .

setup: $(STAMP)

# var/ holds the database, the secrets (local.env) and logs: its owner's only. The database file
# itself is created 0600 by webhooks.database.
db: setup
	@echo "==> Database: applying migrations"
	@mkdir -p var && chmod 700 var
	@$(PY) -m webhooks db upgrade

# Trains only when config, domain or training data changed (the model is cached by their hash);
# training prints its progress with the elapsed time, and says when the model is up to date.
model: setup
	@echo "==> Bot model (training takes about a minute on a laptop when the bot's inputs changed)"
	@started=$$(date +%s); $(PY) -m bot train >/dev/null || exit 1; \
	echo "    bot model ready ($$(( $$(date +%s) - started ))s)"

# The bot's endpoints with the action server on ACTIONS_PORT (bot/endpoints.yml names 5055);
# the token header stays ${LEADBOT_ACTIONS_TOKEN}, which Rasa reads from var/local.env.
$(ENDPOINTS):
	@mkdir -p var
	@sed 's#127\.0\.0\.1:5055#127.0.0.1:$(ACTIONS_PORT)#' bot/endpoints.yml > $@

# Local settings for the embedded default, generated once and completed when a
# newer version needs more: the signing secret shared by the service and the
# action server, the token Rasa shows the action server, the studio's session
# key, and a quiet, offline Rasa.
TOKEN = $$($(PY) -c 'import secrets; print(secrets.token_hex(32))')
$(LOCAL_ENV): setup
	@mkdir -p var; touch $@; chmod 600 $@
	@grep -q '^LEADBOT_ACTION_SECRET=' $@ || echo "LEADBOT_ACTION_SECRET=$(TOKEN)" >> $@
	@grep -q '^LEADBOT_ACTIONS_TOKEN=' $@ || echo "LEADBOT_ACTIONS_TOKEN=$(TOKEN)" >> $@
	@grep -q '^LEADBOT_SECRET_KEY=' $@ || echo "LEADBOT_SECRET_KEY=$(TOKEN)" >> $@
	@grep -q '^TF_CPP_MIN_LOG_LEVEL=' $@ || echo "TF_CPP_MIN_LOG_LEVEL=3" >> $@
	@grep -q '^RASA_TELEMETRY_ENABLED=' $@ || echo "RASA_TELEMETRY_ENABLED=false" >> $@
	@grep -q '^PYTHONPATH=' $@ || echo "PYTHONPATH=$(CURDIR)" >> $@

# The hash in its name is what triggers a reinstall, not the files' times (a pytest setting edited is not a new dependency).
$(STAMP):
	@echo "==> Setting up $(VENV) (first run: a few minutes)"
	@python=$$(.ci/find-python310) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then \
		echo "Creating $(VENV) with $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV) || exit 1; \
	fi
	@mkdir -p var; echo "    installing the dependencies (log: var/install.log)"; \
	{ $(PY) -m pip install --quiet --upgrade pip && \
	  $(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'; } > var/install.log 2>&1 \
	  || { tail -n 40 var/install.log; echo "installing failed; the whole log is var/install.log"; exit 1; }
	@rm -f $(VENV)/.installed-*; touch $@

.PHONY: test-fast lint clean-data

# What a command rebuilds by itself: the virtualenv, caches, the install log and the generated endpoints.
# Kept: var/leadbot.db and var/local.env (data and secrets: `make clean-data`), and bot/models (a model
# takes minutes to train; it is cached by its inputs' hash, so an old one is never used by mistake).
clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache var/install.log var/endpoints*.yml
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

# Deletes var/: the database (every lead) and the generated secrets. Asks first; without a terminal,
# only with CONFIRM=yes.
clean-data:
	@if [ "$(CONFIRM)" != yes ]; then \
		if [ ! -t 0 ]; then echo "clean-data deletes var/ (the database and the secrets): run it with CONFIRM=yes"; exit 1; fi; \
		read -r -p "Delete var/ with the database ($$(du -sh var 2>/dev/null | cut -f1)) and the generated secrets? [y/N] " answer; \
		[ "$$answer" = y ] || [ "$$answer" = yes ] || { echo "kept var/"; exit 1; }; \
	fi
	rm -rf var
