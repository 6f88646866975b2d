"""Build the wheel, install it in a fresh virtual environment, and read the seed there.

Run from the repository root: ``python tests/wheel_smoke.py``. It exits non-zero when the
wheel cannot be built or installed, or when the installed package cannot produce the seed's
28 awards from its bundled data (which proves the data file ships inside the wheel).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import sanctuary_model, pathlib
from sanctuary_model import seed_awards
root = pathlib.Path(sanctuary_model.__file__).resolve()
assert "site-packages" in root.parts, f"imported from {root}, not the installed wheel"
awards = seed_awards()
assert len(awards) == 28, len(awards)
assert sanctuary_model.parse_html("<article><p>Hi.</p></article>").text == "Hi."  # selectolax
from sanctuary_model.frames import rows  # no optional extras installed here
assert len(rows(sanctuary_model.seed_article(), "awards")) == 28
print(f"wheel OK: {len(awards)} awards from {root.parent}")
"""


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="sanctuary-wheel-") as scratch:
        scratch_path = Path(scratch)
        wheels = scratch_path / "wheels"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "--quiet",
                "-w",
                str(wheels),
                str(ROOT),
            ],
            check=True,
        )
        (wheel,) = wheels.glob("sanctuary_model-*.whl")
        environment = scratch_path / "venv"
        venv.create(environment, with_pip=True)
        python = environment / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
        # Run from the scratch directory so the source tree cannot shadow the installed wheel.
        subprocess.run([str(python), "-c", CHECK], check=True, cwd=scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
