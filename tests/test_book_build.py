"""The book builds without a single warning, and the built pages give readers what they need.

Checks on every built page (lang="nl", nothing from other hosts, no widget scripts, links,
alt text) live in tests/browser/test_site_files.py. The build comes from the `book_build` fixture
in tests/conftest.py: the one `make book` runs (same flags, same _build folder and jupyter-cache),
made once per test run and shared with tests/browser.
"""

from __future__ import annotations

import re

import pytest
import yaml

from helpers import ROOT, exercise_notebooks, page_of

pytestmark = pytest.mark.slow
HTML = ROOT / "_build" / "html"


@pytest.fixture(scope="module")
def build(book_build):
    return book_build


# Colour codes: Jupyter Book lets Sphinx colour its messages even when the output is captured.
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Sphinx's own warnings and errors (sphinx.util.logging): "[location: ]WARNING: message", the same
# for ERROR and CRITICAL. myst-nb reports a notebook that fails to execute this way too.
SPHINX_PROBLEM = re.compile(r"^(?:\S.*?: )?(?:WARNING|ERROR|CRITICAL): ")
# Log lines of the kernels that run the notebooks, printed to the build's stderr: ipykernel's
# "[IPKernelApp] WARNING | ..." and Python's basic format "ERROR:tornado.general:...". They are
# about the kernel's messaging, not the book; a notebook that fails still shows as above.
KERNEL_LOG = re.compile(r"^(?:\[IPKernelApp\] [A-Z]+ \||[A-Z]+:(?:tornado|asyncio|zmq)[\w.]*:)")


def sphinx_problems(output: str) -> list[str]:
    return [line for line in ANSI.sub("", output).splitlines() if SPHINX_PROBLEM.match(line)]


def test_build_log_tells_sphinx_problems_from_kernel_logs():
    """The check below must catch each form of Sphinx message and pass over kernel log lines."""
    output = "\n".join(
        [
            "\x1b[91m/boek/book/01-generaties.md:12: WARNING: undefined label: 'h99'\x1b[39;49;00m",
            "/boek/notebooks/05-corona.ipynb: WARNING: Executing notebook failed: CellExecutionError",
            "\x1b[91mERROR: Extension error (booksearch)\x1b[39;49;00m",
            "WARNING: html_static_path entry 'x' does not exist",
            "[IPKernelApp] WARNING | Kernel is running over TCP without encryption.",
            "ERROR:tornado.general:Uncaught exception in ZMQStream callback",
            "zmq.error.ZMQError: Socket operation on non-socket",
        ]
    )
    assert len(sphinx_problems(output)) == 4
    assert [bool(KERNEL_LOG.match(line)) for line in output.splitlines()[4:6]] == [True, True]


def test_book_builds_without_warnings(build):
    output = build.stdout + build.stderr
    problems = sphinx_problems(output)
    kernel_lines = [line for line in ANSI.sub("", output).splitlines() if KERNEL_LOG.match(line)]
    if kernel_lines:  # shown with the test's output (pytest -rA), never a failure by itself
        print(f"{len(kernel_lines)} log lines from the notebook kernels:", *kernel_lines, sep="\n")
    assert build.returncode == 0 and not problems, "\n".join(problems) or output[-3000:]


def test_notebook_kernels_run_on_unix_sockets(build):
    """The build's and nbval's kernels have no TCP ports that a kernel started elsewhere at the
    same moment could take (book/_ext/notebook_kernels.py)."""
    from jupyter_client.manager import KernelManager

    assert KernelManager(kernel_name="python3").transport == "ipc"
    assert "Kernel is running over TCP" not in build.stdout + build.stderr


# A cell that makes its kernel note every shutdown request it receives (ipykernel's handler runs
# on the control thread; the note is written before the kernel stops).
NOTE_SHUTDOWN_REQUESTS = """
kernel = get_ipython().kernel
handler = kernel.control_handlers["shutdown_request"]
async def noted(*args, _handler=handler, _path={path!r}):
    open(_path, "a").write("shutdown_request\\n")
    await _handler(*args)
kernel.control_handlers["shutdown_request"] = noted
"""


def test_build_stops_each_kernel_at_once(tmp_path):
    """No shutdown request reaches a build's kernel: ipykernel 7.4's control thread can still be
    publishing on a socket the main thread closes (book/_ext/notebook_kernels.py, cause 1)."""
    import nbformat
    from nbclient import execute  # what jupyter-cache runs for each notebook of the build

    from notebook_kernels import stop_kernels_at_once

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "notebook_kernels" in config["sphinx"]["local_extensions"]
    stop_kernels_at_once()  # what the extension's setup() does in the build's process
    notes = tmp_path / "requests.txt"
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(NOTE_SHUTDOWN_REQUESTS.format(path=str(notes)))]
    )
    notebook.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    execute(notebook, timeout=120)
    assert not notes.exists(), "the kernel was asked to shut down: " + notes.read_text()
    # The check above can tell: a kernel asked to shut down notes it.
    execute(notebook, timeout=120, shutdown_kernel="graceful")
    assert notes.read_text() == "shutdown_request\n"


def test_notebook_pages_have_a_binder_launch_button(build):
    for notebook in exercise_notebooks():
        page = page_of(notebook)
        html = page.read_text(encoding="utf-8")
        assert "mybinder.org/v2/gh/" in html, f"{page.name}: geen Binder-knop"
        assert "urlpath=lab/tree/notebooks" in html, f"{page.name}: knop opent geen JupyterLab"


def test_exercises_show_a_static_form_on_the_page(build):
    """No empty gap where a widget would be: the static form and a way to do the exercise."""
    for notebook in exercise_notebooks():
        html = page_of(notebook).read_text(encoding="utf-8")
        assert "coursekit-static" in html, f"{notebook.stem}: geen statische oefening op de pagina"


def test_execution_table_lists_every_notebook_as_executed(build):
    html = (HTML / "book" / "uitvoering.html").read_text(encoding="utf-8")
    rows = {re.sub(r"<[^>]+>", " ", row).split()[0]: row for row in re.findall(r"<tr.*?</tr>", html, re.DOTALL)[1:]}
    for notebook in exercise_notebooks():
        docname = notebook.relative_to(ROOT).with_suffix("").as_posix()
        assert docname in rows, f"{docname} niet in de uitvoeringstabel"
        status = " ".join(re.sub(r"<[^>]+>", " ", rows[docname]).split())
        assert "✅" in rows[docname], f"{docname} niet goed uitgevoerd: {status}"


def test_citations_without_a_year_print_zj(build):
    """A source without a year is cited as "(… z.j.)" in this Dutch book, never with the English
    "n.d." of sphinxcontrib-bibtex (book/_ext/bibstijl.py; the style itself: tests/test_bibstijl.py)."""
    pages = sorted(HTML.glob("book/**/*.html")) + sorted(HTML.glob("notebooks/*.html"))
    text = {page: re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")) for page in pages}
    english = [page.relative_to(HTML).as_posix() for page, words in text.items() if re.search(r"\bn\.d\.", words)]
    assert not english, f"'n.d.' op: {english}"
    assert any("z.j." in words for words in text.values()), "geen enkele bron zonder jaar geciteerd als 'z.j.'"
