# The README's commands are `make separate`, `make app` and `tools/run_tests.sh`; each sets up what it needs first.
.PHONY: setup separate app test bench readme ensemble
VENV ?= .venv

setup:
	@./setup.sh

# Separate the example song shipped with stempeg (or INPUT=...) with the bundled model into ./separated
separate: setup
	$(VENV)/bin/vocalsep separate $(INPUT) -o separated

# The separation app as a web page on this machine (http://127.0.0.1:8866), stems into ./separated
app: setup
	$(VENV)/bin/vocalsep app -o separated

# The README's test command, tools/run_tests.sh (setup, every notebook's cells with the slow ones, report.ipynb)
test:
	@tools/run_tests.sh

# README.md rendered from nbs/index.ipynb and the figures in results/ (nbs/09_readme.ipynb checks it is up to date)
readme: setup
	$(VENV)/bin/python -m vocalsep.readme

# The ensemble (nbs/05_separate.ipynb, Ensembles), built from two committed checkpoints with the settings chosen on the
# validation clips: the bundled model with its Wiener filter, openunmix-long's best without. Separate with
# `vocalsep separate --model vocalsep/pretrained/vocalsep-ensemble.pt` (it runs both: README has its time).
ensemble: setup
	$(VENV)/bin/python -c "from vocalsep.separate import Bag; from vocalsep.models.core import save_model; \
	save_model(Bag.of(('vocalsep/pretrained/vocalsep-default.pt', {}), ('results/train/openunmix-long/best.pt', \
	{'wiener': 0})), 'vocalsep/pretrained/vocalsep-ensemble.pt')"
