# Our Digital Future — every set-up step in one place. `make run` and `make test` are all a
# newcomer needs; both create .venv and install the locked dependencies first.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP  := $(VENV)/.installed

.PHONY: run test install migrate messages makemessages demo lint format serve clean bench

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the dependency lists change.
$(STAMP): $(PY) pyproject.toml requirements.lock
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(MANAGE) compile_translations

makemessages: install
	$(MANAGE) makemessages --all --ignore=.venv --ignore=node_modules --ignore=tests --no-obsolete -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: migrate
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_dev_admin

# The e-mail worker (`email_worker`: django-tasks-db's db_worker for the "email" task backend,
# with the heartbeat /readyz checks) runs beside the server and stops with it.
run: messages demo
	@$(MANAGE) email_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

# Style, then the architecture: the import contracts in pyproject.toml ([tool.importlinter]) and
# the shape rules (module size, data tables in data files, no test importing another).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest tests/test_architecture.py -q -p no:cacheprovider

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The browser tier's Nu HTML Checker (npm's vnu-jar, pinned in package-lock.json; run with Java).
# Without npm the step says so and goes on: tests/test_html_validity.py then fails in CI.
NPM_STAMP := node_modules/.installed
$(NPM_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch $(NPM_STAMP); \
	else echo "npm not found: the HTML validity test needs Node.js with npm (vnu-jar)"; fi

test: messages $(NPM_STAMP)
ifneq ($(LINT),0)
	$(MAKE) lint
endif
	DJANGO_SETTINGS_MODULE=ourdigitalfuture.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=ourdigitalfuture.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -m "not browser" $(PYTEST_ARGS) --ignore=tests/test_architecture.py
ifneq ($(BROWSER_TESTS),0)
	$(BIN)/pytest -m browser -p no:xdist
endif

# Two workers by default (CI has two cores); each test module stays on one worker, so a module's
# demo site is loaded once. Browser tests (transactional: they empty the tables afterwards) run
# in a session of their own, after the others.
PYTEST_ARGS ?= -n 2 --dist loadfile
# The browser tier does not depend on the database: .ci/run runs it on the SQLite pass only
# (BROWSER_TESTS=0 on the PostgreSQL pass).
BROWSER_TESTS ?= 1
# Nor does `make lint` (style, import contracts, architecture checks): LINT=0 skips it there.
LINT ?= 1

# Every #17 benchmark in one run, printed as one table and written to benchmarks/results/latest.md
# (benchmarks/run_all.py; needs Debian's wrk and redis-server, and Java for Elasticsearch).
# `make bench ARGS=--quick` is a smoke test of a few minutes; the full run about 25 minutes.
bench: messages
	$(PY) benchmarks/run_all.py $(ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static node_modules
