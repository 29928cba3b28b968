#!/usr/bin/env bash
# vocalsep's one setup command: Debian's ffmpeg and chromium when missing, a virtual environment in .venv, torch
# (a working CUDA torch on the machine is kept, never replaced), then vocalsep with its dev extras.
# Idempotent: a second run checks a stamp and the imports and returns in a few seconds.
set -euo pipefail
cd "$(dirname "$0")"
VENV=${VOCALSEP_VENV:-.venv}
PY=${PYTHON:-python3}
py=$VENV/bin/python

# 1. Debian packages: ffmpeg (musdb, museval and vocalsep's audio loader refuse to work without it) and chromium
#    (the app's browser test drives it headless)
need=""
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need="$need ffmpeg"
command -v chromium >/dev/null || need="$need chromium"
if [ -n "$need" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "setup: installing$need (apt)"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi

# 2. fast path: nothing changed since the last successful setup
want=$(cat settings.ini setup.py setup.sh | sha256sum | cut -c1-16)
stamp=$VENV/.vocalsep-setup
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
   "$py" -c "import vocalsep, torch, torchaudio, speechbrain, musdb, museval" 2>/dev/null; then
  echo "setup: up to date ($VENV)"; exit 0
fi

# 3. the environment; on a GPU machine whose python has a working CUDA torch, see its packages
if [ ! -x "$py" ]; then
  if "$PY" -c "import sys, torch; sys.exit(not torch.cuda.is_available())" 2>/dev/null; then
    echo "setup: reusing the machine's CUDA torch"; "$PY" -m venv --system-site-packages "$VENV"
  else
    "$PY" -m venv "$VENV"
  fi
fi
pip="$py -m pip --disable-pip-version-check -q"

# 4. torch: kept if it imports; otherwise 2.13.0 (the CPU build stored on these machines)
"$py" -c "import torch" 2>/dev/null || $pip install "torch==2.13.0"
tv=$("$py" -c "import torch; print(torch.__version__.split('+')[0])")
cuda=$("$py" -c "import torch; print(torch.version.cuda or '')")

# 5. torchaudio: the release matching torch, else 2.11.0 (no torch pin). Every Linux torchaudio wheel on
#    the registry is CUDA-linked: next to a CPU torch its compiled extension cannot load, so we drop it
#    and torchaudio runs in pure-Python mode (resample and transforms work; vocalsep needs nothing more).
if ! "$py" -c "import torchaudio" 2>/dev/null; then
  if ! "$py" -c "import importlib.util as u, sys; sys.exit(u.find_spec('torchaudio') is None)"; then
    $pip install "torchaudio==$tv" 2>/dev/null || $pip install "torchaudio==2.11.0"
  fi
  if ! "$py" -c "import torchaudio" 2>/dev/null && [ -z "$cuda" ]; then
    talib=$("$py" -c "import importlib.util as u, os; print(os.path.dirname(u.find_spec('torchaudio').origin))")/lib
    echo "setup: torchaudio is CUDA-linked; removing $talib/*.so to run it in pure-Python mode beside the CPU torch"
    rm -f "$talib"/*.so
  fi
fi
ta=$("$py" -c "import torchaudio; print(torchaudio.__version__)")

# 6. vocalsep and its dev extras, never replacing the torch and torchaudio chosen above
pins=$VENV/torch-pins.txt
printf 'torch==%s\ntorchaudio==%s\n' "$("$py" -c "import torch; print(torch.__version__.split('+')[0])")" "${ta%%+*}" > "$pins"
$pip install -c "$pins" -e ".[dev]"
"$py" -c "import vocalsep, torch, torchaudio, speechbrain, musdb, museval"
echo "$want" > "$stamp"
echo "setup: done ($VENV: torch $("$py" -c "import torch; print(torch.__version__)"), torchaudio $ta, $(du -sh "$VENV" | cut -f1))"
