# Sourced by scripts/run and scripts/test: make the virtual environment ($KUTIP_VENV, default ./.venv)
# hold the project (and the given extras), made with $PYTHON (default python3), reinstalling only when
# pyproject.toml changed since the last install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
venv="${KUTIP_VENV:-.venv}"
spec="-e .${1:+[$1]}"
stamp="$venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)-${1:-base}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
if [ ! -f "$stamp" ]; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check $spec >&2
  touch "$stamp"
fi
