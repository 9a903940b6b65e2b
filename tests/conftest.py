"""Fixtures shared by every test folder: the book is built once per test run.

`tests/test_book_build.py` and the browser tests in `tests/browser/` both need the built book.
pytest-xdist runs them in different worker processes (`-n 2 --dist loadfile`), so a plain
session fixture would start two `jupyter-book build` runs into the same `_build` folder at once.
Here the first worker to ask builds (under a file lock); every other worker of the same test run
waits for it and reuses the result. The build is the one `make book` runs (same flags, same
`_build` folder and jupyter-cache), so after a `make book` no notebook is executed again.

The notebook kernels of the test run (nbval) use Unix sockets, like the build's: see
`book/_ext/notebook_kernels.py`.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))
from notebook_kernels import use_ipc_kernels  # noqa: E402

# The kernels nbval starts in this test run talk over Unix sockets, as the book build's do
# (book/_ext/notebook_kernels.py): kernels started at the same time in the other test worker
# cannot take their TCP ports or receive their messages.
use_ipc_kernels()

BUILD = ROOT / "_build"
HTML = BUILD / "html"
BUILD_COMMAND = ["build", ".", "--warningiserror", "--keep-going", "--nitpick"]

# One id per test run: pytest-xdist gives all its workers the same one; without xdist there is
# only this process.
_RUN_ID = os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex


# The English edition (`make book-en`): the same sources through locale/en, into its own folder.
HTML_EN = BUILD / "en" / "_build" / "html"


def _run_build(lang: str = "nl") -> subprocess.CompletedProcess:
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    if lang == "nl":
        env = {**os.environ, "COURSEKIT_STORE": str(BUILD / ".store" / "antwoorden.json")}
        return subprocess.run(
            [str(jupyter_book), *BUILD_COMMAND], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
    from coursekit.i18n.build import write_config

    config = write_config(ROOT, lang, BUILD / lang / "_config.yml")
    env = {**os.environ, "COURSEKIT_LANG": lang, "COURSEKIT_STORE": str(BUILD / f".store-{lang}" / "antwoorden.json")}
    env.pop("BOOK_BASE_URL", None)
    toc = BUILD / lang / "_toc.yml"
    subprocess.run([sys.executable, "-m", "coursekit.i18n", "toc", str(toc)], cwd=ROOT, env=env, check=True)
    command = [str(jupyter_book), *BUILD_COMMAND, "--config", str(config), "--toc", str(toc)]
    command += ["--path-output", str(BUILD / lang)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="session")
def every_type(tmp_path_factory):
    """The catalog of tests/fixtures/every-type.yml: a sample of every exercise type."""
    from helpers import fixture_catalog

    return fixture_catalog(tmp_path_factory.mktemp("every-type"))


@pytest.fixture(scope="session")
def book_build() -> subprocess.CompletedProcess:
    """The result of `jupyter-book build` into `_build/html`, built once per test run."""
    return _build_once("nl")


@pytest.fixture(scope="session")
def book_build_en() -> subprocess.CompletedProcess:
    """The English edition (`make book-en`) into `_build/en/_build/html`, built once per test run."""
    return _build_once("en")


def _build_once(lang: str) -> subprocess.CompletedProcess:
    BUILD.mkdir(exist_ok=True)
    suffix = "" if lang == "nl" else f"-{lang}"
    state = BUILD / f".test-build{suffix}.json"
    with open(BUILD / f".test-build{suffix}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        try:
            done = json.loads(state.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            done = {}
        if done.get("run") == _RUN_ID:
            return subprocess.CompletedProcess(done["args"], done["returncode"], done["stdout"], done["stderr"])
        result = _run_build(lang)
        state.write_text(
            json.dumps(
                {
                    "run": _RUN_ID,
                    "args": result.args,
                    "returncode": result.returncode,
                    "stdout": result.stdout,
                    "stderr": result.stderr,
                }
            ),
            encoding="utf-8",
        )
        return result


BINDER_VENV = ROOT / ".venv-binder"
BINDER_REQUIREMENTS = ROOT / "binder" / "requirements.txt"


def _package_copy(target: Path) -> Path:
    """The course package's sources, copied: a non-editable install writes a build/ folder next to
    pyproject.toml, which must never appear in the repository while the book builds from it."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "src", target / "src", ignore=ignore)
    shutil.copytree(ROOT / "binder", target / "binder")
    return target


@pytest.fixture(scope="session")
def binder_env(tmp_path_factory) -> Path:
    """The Python of the Binder environment (``.venv-binder``), made from binder/requirements.txt alone
    as repo2docker installs it. It is kept between runs and made again when the requirements change;
    this checkout's course package is installed into it once per test run, by the first worker that
    asks (under a file lock, as the book build); the others wait and reuse it. The Binder test and the
    JupyterLab tests use it."""
    python = BINDER_VENV / "bin" / "python"
    BUILD.mkdir(exist_ok=True)
    with open(BUILD / ".binder-env.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        done = BINDER_VENV / ".installed-for-run"
        if done.is_file() and done.read_text() == _RUN_ID and python.exists():
            return python
        source = _package_copy(tmp_path_factory.mktemp("pakket"))
        digest = hashlib.sha256(BINDER_REQUIREMENTS.read_bytes()).hexdigest()
        stamp = BINDER_VENV / ".requirements-sha256"

        def run(*args: str) -> None:
            subprocess.run(args, cwd=source, check=True, capture_output=True, text=True)

        if not (stamp.is_file() and stamp.read_text() == digest and python.exists()):
            shutil.rmtree(BINDER_VENV, ignore_errors=True)
            run(sys.executable, "-m", "venv", str(BINDER_VENV))
            # As repo2docker does: the requirements file's "." is the repository root.
            run(str(python), "-m", "pip", "install", "--quiet", "-r", "binder/requirements.txt")
            stamp.write_text(digest)
        else:  # same requirements: only refresh the course package
            run(str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", ".")
        assert not (ROOT / "build").exists(), "installing the package wrote build/ into the repository"
        done.write_text(_RUN_ID)
        return python
