# Every target installs what it needs on first use (a virtualenv in .venv,
# npm test tools in node_modules). System packages: see README "Before you start".
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY_OK  := $(VENV)/.installed
JS_OK  := node_modules/.installed
PORT   ?= 8000

.PHONY: build serve test lint leaflets campaigns-validate campaign-new bench dist check-dist clean review review-stamp golden

$(PY_OK): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	@# PYTHONWARNINGS: setuptools' notes on editable installs are not for readers.
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

$(JS_OK): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

## Build the whole site (both languages, campaigns, calendars, leaflets) into site/
## (ENGINE=properdocs: the same site with ProperDocs instead of MkDocs; ENGINE=zensical:
## Zensical renders the staged tree, see README "Engines")
build: $(PY_OK)
	$(BIN)/python -m scripts.build_site $(if $(ENGINE),--engine $(ENGINE))

## Build, then serve site/ on http://localhost:$(PORT)/ with live reload
serve: $(PY_OK)
	$(BIN)/python -m scripts.serve --port $(PORT)

## The whole test suite: lint, Python tests, browser tests (Chromium)
test: $(PY_OK) $(JS_OK)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

## Re-record the control build (tests/golden/site.sha256) after an intended change of
## the output; it lists the files that changed. Commit the manifest with the reason.
golden: $(PY_OK)
	$(BIN)/python -m tests.golden

lint: $(PY_OK)
	$(BIN)/ruff check .

## Check every campaign file and print every error (nothing is written)
campaigns-validate: $(PY_OK)
	$(BIN)/python -m scripts.campaigns validate campaigns

## Start a campaign from campaigns/_example.yml (never overwrites a file):
##   make campaign-new NAME="Tháng hành động vì trẻ em 2027"  -> campaigns/thang-hanh-dong-vi-tre-em-2027.yml
campaign-new: $(PY_OK)
	$(BIN)/python -m scripts.campaigns new "$(NAME)"

## Editors' report: everything unconfirmed, old, renamed or untranslated, printed here
## and written to review/report.html (never part of the public site)
review: $(PY_OK)
	$(BIN)/python -m scripts.review report

## Record that an English page matches its Vietnamese twin again:
##   make review-stamp PAGE=docs/en/law/light-work.md   (or ALL=1 for every page)
review-stamp: $(PY_OK)
	$(BIN)/python -m scripts.review stamp $(if $(ALL),--all,$(PAGE))

## Build only the printable leaflets into site-leaflets/
leaflets: $(PY_OK)
	$(BIN)/python -m scripts.leaflets build --out site-leaflets

## Benchmarks (prints a table, writes bench-results.json)
bench: $(PY_OK) $(JS_OK)
	$(BIN)/python -m scripts.bench

## Web release and USB release for a public address: make dist SITE_ROOT=https://…/
## (CSP_META=1: also put the CSP in a <meta> tag, for hosts that cannot send headers)
dist: $(PY_OK)
	$(BIN)/python -m scripts.dist --site-root "$(SITE_ROOT)" $(if $(CSP_META),--csp-meta) $(if $(ENGINE),--engine $(ENGINE))

## Check a published site's headers and pages: make check-dist URL=https://…/
## (a local test server: CHECK_FLAGS="--allow-http --site-root https://…/")
check-dist: $(PY_OK)
	$(BIN)/python -m scripts.dist.check "$(URL)" $(CHECK_FLAGS)

clean:
	rm -rf site site-leaflets .cache dist
