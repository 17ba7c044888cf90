# One command file for people, pre-commit and CI. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
PYTHON ?= python3
VENV ?= .venv
EVAL ?= ../shared/eval
export INSTA_UPDATE ?= no

.PHONY: help
help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

.PHONY: demo
demo: ## the main job on a sample article
	$(CARGO) run --release -q -p onrecord-cli -- examples/articles/politics-curly.txt

.PHONY: test
test: rust-test py-test ## every test: Rust (unit, snapshots, properties, docs) and Python (pytest, notebooks)

.PHONY: rust-test
rust-test: ## Rust tests; snapshots are never written (INSTA_UPDATE=no)
	$(CARGO) test --workspace --exclude onrecord-python

.PHONY: fmt
fmt: ## format the code
	$(CARGO) fmt --all

.PHONY: lint
lint: ## rustfmt, clippy and rustdoc with warnings as errors
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --exclude onrecord-python

.PHONY: eval
eval: ## accuracy on the dev sets in ../shared/eval (when present)
	./scripts/eval.sh $(EVAL)

.PHONY: bench
bench: ## criterion benchmarks
	$(CARGO) bench --bench pipeline

# --- python (the Python package; see python/README.md) ---
# py-test works on a fresh machine with python3 (>= 3.9), pip and cargo: it creates
# $(VENV), builds the abi3 wheel with maturin, installs it, checks the stubs, runs pytest
# (docstrings, README, notebooks, hypothesis, headless Chromium) and smoke-tests the wheel
# on the oldest and newest CPython found.
PY_BIN := $(VENV)/bin
PY_DEPS := maturin pytest hypothesis pandas pandas-stubs mypy nbclient nbformat ipykernel matplotlib pyspark pyarrow
PY_FIND_LINKS := $(if $(wildcard /opt/wheels),--find-links /opt/wheels,)
PY_DIST := python/dist
CLI_BIN = $${CARGO_TARGET_DIR:-target}/release/onrecord

.PHONY: py-venv
py-venv: ## create $(VENV) with the Python build and test tools
	@test -x $(PY_BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PY_BIN)/python -m pip install -q --disable-pip-version-check $(PY_FIND_LINKS) $(PY_DEPS)

.PHONY: py-build
py-build: py-venv ## build the abi3 wheel (maturin, release) and install it into $(VENV)
	rm -rf $(PY_DIST)
	cd python && PYO3_PYTHON=$(abspath $(PY_BIN))/python ../$(PY_BIN)/maturin build --release --quiet \
		--interpreter ../$(PY_BIN)/python --out dist
	$(PY_BIN)/python -m pip install -q --disable-pip-version-check --force-reinstall --no-deps $(PY_DIST)/*.whl

.PHONY: py-cli
py-cli: ## the release CLI, for the test comparing to_dict() with the CLI's JSON
	@# serde_json's float_roundtrip matches the binding's features, so the shared crates
	@# maturin just built are reused rather than built a second time.
	rm -f $(CLI_BIN)
	$(CARGO) build --release -q -p onrecord-cli --features serde_json/float_roundtrip \
		|| echo "py-cli: the CLI did not build; the CLI contract test will be SKIPPED"

.PHONY: py-browser
py-browser: ## install Debian's chromium for the HTML view test (apt-get; sudo when not root)
	@if command -v chromium >/dev/null 2>&1; then echo "chromium: $$(command -v chromium)"; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get install -y -q chromium >/dev/null 2>&1 || \
		{ $$SUDO apt-get update -q >/dev/null 2>&1 && $$SUDO apt-get install -y -q chromium >/dev/null 2>&1; } || \
		echo "py-browser: could not install chromium; the browser test will be SKIPPED"; \
	else echo "py-browser: no apt-get; the browser test will be SKIPPED"; fi

.PHONY: py-stubtest
py-stubtest: ## check the hand-written stubs against the built module
	$(PY_BIN)/python -m mypy.stubtest onrecord._onrecord --allowlist python/stubtest-allowlist.txt
	$(PY_BIN)/python -m mypy --config-file python/pyproject.toml python/onrecord

.PHONY: py-test
py-test: py-build py-cli py-browser ## build the wheel into a fresh venv, run stubtest, pytest, the notebooks and the smoke tests
	$(MAKE) --no-print-directory py-stubtest
	ONRECORD_CLI=$$( [ -x $(CLI_BIN) ] && echo $(CLI_BIN) ) \
	ONRECORD_REQUIRE_BROWSER=$$( command -v chromium >/dev/null 2>&1 && echo 1 ) \
	MPLBACKEND=Agg $(PY_BIN)/python -m pytest python/tests
	$(PY_BIN)/python python/scripts/smoke_interpreters.py $(PY_DIST)/*.whl

.PHONY: py-bench
py-bench: py-build ## analyze_many throughput (threads=1 vs 2) and per-document overhead vs Rust
	$(PY_BIN)/python benches/python_bench.py
# --- end python ---

# --- fuzz ---
# cargo-fuzz targets in fuzz/ (its own workspace). Seeds are the sample articles, copied
# into fuzz/corpus/<target> (gitignored); crashes land in fuzz/artifacts/<target>.
# Built without a sanitizer (the code forbids unsafe) and with debug assertions, so
# integer overflow is caught too. FUZZ_TARGETS picks a subset.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= pipeline quotes claims records
FUZZ_FLAGS ?= -s none -a
.PHONY: fuzz
fuzz: ## run every fuzz target for FUZZ_SECONDS (default 60) each
	@command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz is missing: cargo install cargo-fuzz"; exit 1; }
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t; \
	  cp examples/articles/*.txt fuzz/corpus/$$t/; \
	  if [ $$t = records ]; then \
	    printf '\000{"id":1,"text":"Ada said it."}\n\n{"text":2}\nnot json\n' > fuzz/corpus/records/seed.jsonl; \
	    printf '\001id,text\n1,"She said ""no"""\n2\n' > fuzz/corpus/records/seed.csv; \
	    printf '\002id\ttext\n1\tSie sagte nein.\n' > fuzz/corpus/records/seed.tsv; \
	  fi; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS)s"; \
	  RUSTC_BOOTSTRAP=1 $(CARGO) fuzz run $(FUZZ_FLAGS) $$t fuzz/corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=16384 -print_final_stats=1; \
	done
# --- end fuzz ---
