# paperlens: `make run` brings the stack up, `make test` runs the suite, `make bench` prints the benchmarks.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench bench-matching bench-keywords bench-jobs bench-capacity bench-relevance bench-load bench-hostile bench-sources train-matcher title-words clean

install: $(STAMP)

# torch first, pinned to the CPU build, so that nothing later pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/paperlens up

EXTENSION_TOOLS := extension/node_modules/.installed

$(EXTENSION_TOOLS): extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund --silent
	touch $(EXTENSION_TOOLS)

test: $(STAMP) $(EXTENSION_TOOLS)
	$(PY) -m pytest tests

bench: $(STAMP)
	$(PY) tests/bench/bench_spine.py
	$(PY) tests/bench/bench_matching.py
	$(PY) tests/bench/bench_keywords.py
	$(PY) tests/bench/bench_jobs.py
	$(PY) tests/bench/bench_sources.py
	$(PY) tests/bench/bench_relevance.py $(ARGS)
	$(PY) tests/bench/bench_capacity.py

# Not part of `make bench`: it saturates the machine on purpose.
bench-load: $(STAMP)
	command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
	$(PY) tests/bench/bench_load.py

# Hostile page shapes up to the 5 MiB limit against the API, /healthz polled meanwhile (docs/security.md).
bench-hostile: $(STAMP)
	$(PY) tests/bench/bench_hostile.py

# Relevance ranking on real libraries mixed into real pages, against arxiv-sanity-lite's SVM and nearest neighbours.
bench-relevance: $(STAMP)
	$(PY) tests/bench/bench_relevance.py $(ARGS)

# What one digest costs per process and per Redis server, for the capacity model in docs/deploy.md.
bench-capacity: $(STAMP)
	$(PY) tests/bench/bench_capacity.py

bench-jobs: $(STAMP)
	$(PY) tests/bench/bench_jobs.py

bench-sources: $(STAMP)
	$(PY) tests/bench/bench_sources.py

bench-keywords: $(STAMP)
	$(PY) tests/bench/bench_keywords.py

# Refits backend/domain/match_model.json from the train splits in ../shared/bench (threshold from valid).
train-matcher: $(STAMP)
	$(PY) tests/bench/train_matcher.py

bench-matching: $(STAMP)
	$(PY) tests/bench/bench_matching.py

# Rewrites backend/domain/digests/title_words.txt (words of titles, not of names) from ../shared/bench's titles.
title-words: $(STAMP)
	$(PY) tests/bench/title_words.py

clean:
	rm -rf $(VENV) data .pytest_cache
