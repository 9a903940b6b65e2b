"""Learners get what they need in Binder: every notebook runs in an environment made from
binder/requirements.txt alone (no Sphinx, no test tools), exactly as repo2docker installs it.

The environment is cached in .venv-binder and rebuilt when binder/requirements.txt changes; the
course package itself is reinstalled every run so the test sees the current code.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT, exercise_notebooks

pytestmark = pytest.mark.slow
VENV = ROOT / ".venv-binder"
REQUIREMENTS = ROOT / "binder" / "requirements.txt"


def run(*args, cwd=ROOT, **kwargs):
    return subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True, **kwargs)


def package_copy(target):
    """The course package's sources, copied: a non-editable install writes a build/ folder next to
    pyproject.toml, which must never appear in the repository while the book builds from it."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "src", target / "src", ignore=ignore)
    shutil.copytree(ROOT / "binder", target / "binder")
    return target


@pytest.fixture(scope="module")
def binder_python(tmp_path_factory):
    source = package_copy(tmp_path_factory.mktemp("pakket"))
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    stamp = VENV / ".requirements-sha256"
    python = VENV / "bin" / "python"
    if not (stamp.is_file() and stamp.read_text() == digest and python.exists()):
        shutil.rmtree(VENV, ignore_errors=True)
        run(sys.executable, "-m", "venv", str(VENV))
        # As repo2docker does: the requirements file's "." is the repository root.
        run(str(python), "-m", "pip", "install", "--quiet", "-r", "binder/requirements.txt", cwd=source)
        stamp.write_text(digest)
    else:  # same requirements: only refresh the course package
        run(str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", ".", cwd=source)
    assert not (ROOT / "build").exists(), "installing the package wrote build/ into the repository"
    return python


def test_binder_environment_has_no_build_tools(binder_python):
    listed = run(str(binder_python), "-m", "pip", "list", "--format=freeze").stdout.lower()
    assert "jupyterlab==" in listed and "voila==" in listed and "ipywidgets==" in listed
    assert "sphinx" not in listed and "jupyter-book" not in listed


@pytest.mark.parametrize("notebook", exercise_notebooks(), ids=lambda p: p.name)
def test_notebook_runs_in_binder_environment(binder_python, notebook, tmp_path):
    env = {**os.environ, "COURSEKIT_STORE": str(tmp_path / "antwoorden.json")}
    result = subprocess.run(
        [
            str(binder_python),
            "-m",
            "jupyter",
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.timeout=180",
            "--output-dir",
            str(tmp_path),
            str(notebook),
            # Unix sockets, not TCP ports other kernels may take (book/_ext/notebook_kernels.py)
            "--KernelManager.transport=ipc",
            f"--KernelManager.ip={tmp_path / 'kernel'}",
        ],
        cwd=notebook.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"{notebook.name} faalt in de Binder-omgeving:\n{result.stderr[-3000:]}"
