# EU–China IPR Customs Portal — the two commands a new user needs:
#   make run    install, migrate, load the bilingual content, serve on http://127.0.0.1:8000
#   make test   install (with test tools) and run the whole test suite
# `make ci` is what .ci/run calls after the tests (lint, migrations, deploy checks, static).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test ci lint check-migrations check-deploy collectstatic-check lock messages install install-dev serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Production dependencies only (exact pins).
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# Production + test/dev tools (exact pins).
$(VENV)/.installed-dev: requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Serves the portal and, beside it, publishes scheduled pages every minute (publish_scheduled);
# both stop together.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_initial_data
	@trap 'kill 0' EXIT INT TERM; \
	( while true; do $(BIN)/python manage.py publish_scheduled >/dev/null; sleep 60; done ) & \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-migrations: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

# Production settings with throw-away values: must pass with no warnings.
DEPLOY_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=ci-$(shell printf '%064d' 0)-not-secret ALLOWED_HOSTS=portal.example.org STATIC_ROOT=$(CURDIR)/.ci-static
check-deploy: install-dev
	$(DEPLOY_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING

collectstatic-check: install-dev
	rm -rf .ci-static
	$(DEPLOY_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	rm -rf .ci-static

ci: lint check-migrations check-deploy collectstatic-check

# Re-pin after editing pyproject.toml dependencies.
lock: install-dev
	$(BIN)/pip-compile -q --no-emit-index-url --no-emit-find-links --strip-extras -o requirements.txt pyproject.toml
	$(BIN)/pip-compile -q --no-emit-index-url --no-emit-find-links --strip-extras --extra dev -o requirements-dev.txt pyproject.toml

# Refresh the Chinese UI catalogue (needs GNU gettext); the compiled .mo is committed.
messages: install-dev
	$(BIN)/python manage.py makemessages -l zh_Hans --no-obsolete --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py compilemessages -l zh_Hans --ignore=.venv
