"""Learners get what they need in Binder: every notebook runs in an environment made from
binder/requirements.txt alone (no Sphinx, no test tools), exactly as repo2docker installs it.

The environment is cached in .venv-binder and rebuilt when binder/requirements.txt changes; the
course package itself is reinstalled once per test run so the test sees the current code (the
session fixture ``binder_env`` in tests/conftest.py, which the JupyterLab tests use too).
"""

from __future__ import annotations

import os
import subprocess

import pytest

from helpers import ROOT, exercise_notebooks

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the Binder requirements change rarely


def run(*args, cwd=ROOT, **kwargs):
    return subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True, **kwargs)


def test_binder_environment_has_no_build_tools(binder_env):
    listed = run(str(binder_env), "-m", "pip", "list", "--format=freeze").stdout.lower()
    assert "jupyterlab==" in listed and "voila==" in listed and "ipywidgets==" in listed
    assert "sphinx" not in listed and "jupyter-book" not in listed


@pytest.mark.parametrize("notebook", exercise_notebooks(), ids=lambda p: p.name)
def test_notebook_runs_in_binder_environment(binder_env, notebook, tmp_path):
    env = {**os.environ, "COURSEKIT_STORE": str(tmp_path / "antwoorden.json")}
    result = subprocess.run(
        [
            str(binder_env),
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
