"""Installs the wheel into a fresh venv of the oldest and the newest CPython on this
machine that the abi3 floor (3.9) covers, and runs tests/smoke.py there.

Interpreters are found on PATH (python3.N), under pyenv (PYENV_ROOT or ~/.pyenv), and in
/usr/bin and /usr/local/bin. With none found, it says so and exits 0 (CI may provide only
one Python); ONRECORD_REQUIRE_INTERPRETERS=1 makes that an error.

Usage: python scripts/smoke_interpreters.py WHEEL
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLOOR = (3, 9)
HERE = Path(__file__).resolve().parent


def candidates() -> set[str]:
    found: set[str] = set()
    for minor in range(9, 20):
        p = shutil.which(f"python3.{minor}")
        if p:
            found.add(p)
    roots = [os.environ.get("PYENV_ROOT", ""), os.path.expanduser("~/.pyenv")]
    for root in filter(None, roots):
        found.update(glob.glob(os.path.join(root, "versions", "*", "bin", "python3")))
    for d in ("/usr/bin", "/usr/local/bin", "/opt/python/*/bin"):
        found.update(glob.glob(os.path.join(d, "python3.[0-9]*")))
    return {p for p in found if os.access(p, os.X_OK) and not p.endswith("-config")}


def version(exe: str) -> tuple[int, int, int] | None:
    code = (
        "import sys, sysconfig; "
        "ok = sys.implementation.name == 'cpython' and not sysconfig.get_config_var('Py_GIL_DISABLED'); "
        "print(*sys.version_info[:3], int(ok))"
    )
    try:
        out = subprocess.run([exe, "-c", code], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return None
    if len(out) != 4 or out[3] != "1":
        return None
    return int(out[0]), int(out[1]), int(out[2])


def main() -> int:
    wheel = Path(sys.argv[1]).resolve()
    versions: dict[tuple[int, int, int], str] = {}
    for exe in sorted(candidates()):
        v = version(exe)
        if v and v[:2] >= FLOOR:
            versions.setdefault(v, exe)
    if not versions:
        msg = "smoke: no CPython >= 3.9 found besides the venv's; skipping the abi3 smoke test"
        print(msg)
        return 1 if os.environ.get("ONRECORD_REQUIRE_INTERPRETERS") == "1" else 0
    chosen = sorted({min(versions), max(versions)})
    print("smoke: interpreters found:", ", ".join(".".join(map(str, v)) for v in sorted(versions)))
    for v in chosen:
        exe = versions[v]
        with tempfile.TemporaryDirectory() as tmp:
            env_dir = Path(tmp) / "venv"
            subprocess.run([exe, "-m", "venv", str(env_dir)], check=True)
            py = env_dir / "bin" / "python"
            subprocess.run(
                [str(py), "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check", str(wheel)],
                check=True,
            )
            # Run from a temporary directory so the source tree cannot shadow the wheel.
            subprocess.run([str(py), str(HERE.parent / "tests" / "smoke.py")], check=True, cwd=tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
