# The README's two commands are `make separate` and `make test`; each sets up what it needs first.
.PHONY: setup separate test bench
VENV ?= .venv

setup:
	@./setup.sh

# Separate the example song shipped with stempeg (or INPUT=...) with the bundled model into ./separated
separate: setup
	$(VENV)/bin/vocalsep separate $(INPUT) -o separated

# Every notebook's cells, slow-flagged ones on the MUSDB18 previews included, then report.ipynb
test: setup
	@tools/run_tests.sh
