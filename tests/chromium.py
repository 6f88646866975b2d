"""Headless Chromium for the tests, through its command line only (no driver library).

Every run gets a fresh empty profile and the flags that keep Chromium from reaching for the
network (update checks, sync, QUIC probes), without which it can hang on a closed network.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

#: Names the browser goes by on PATH, tried in this order.
NAMES = ("chromium", "chromium-browser", "google-chrome")
INSTALL = "apt-get install chromium"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: Seconds one browser run may take before the test fails.
TIMEOUT = 90


def find() -> str | None:
    """The path of the first Chromium on PATH, or ``None``."""
    for name in NAMES:
        found = shutil.which(name)
        if found is not None:
            return found
    return None


def require() -> str:
    """The Chromium on PATH; without one, skip the test, or fail it when ``CI`` is set
    (``.ci/run`` installs Chromium, so its absence there is a broken setup, not a choice)."""
    found = find()
    if found is not None:
        return found
    message = (
        f"headless Chromium not found on PATH (tried {', '.join(NAMES)}); "
        f"install Debian's package with `{INSTALL}` (as root) to run the browser tests"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI is set, and .ci/run should have installed it", pytrace=False)
    pytest.skip(message)


def run(browser: str, page: Path, *args: str) -> str:
    """Load ``page`` with extra ``args`` and return what Chromium wrote to standard output.

    Chromium runs in its own process group, all of which is killed if it outlasts
    :data:`TIMEOUT`."""
    with tempfile.TemporaryDirectory(prefix="chromium-", ignore_cleanup_errors=True) as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
        with subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        ) as process:
            try:
                out, err = process.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                pytest.fail(f"Chromium took over {TIMEOUT} s: {shlex.join(command)}", pytrace=False)
    if process.returncode != 0:
        pytest.fail(
            f"Chromium exited with {process.returncode}: {shlex.join(command)}\n{err[-2000:]}",
            pytrace=False,
        )
    return out


def dump_dom(browser: str, page: Path) -> str:
    """The DOM of ``page`` serialized after its scripts ran."""
    return run(browser, page, "--virtual-time-budget=5000", "--dump-dom")


def screenshot(browser: str, page: Path, png: Path, width: int = 1280, height: int = 2000) -> None:
    """Write a PNG of ``page`` as shown in a ``width`` by ``height`` window."""
    run(browser, page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")
