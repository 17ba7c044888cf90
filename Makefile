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
.PHONY: py-test
py-test: ## build the wheel into a fresh venv, run pytest and the notebooks
	@echo "python tests: not yet"
# --- end python ---
