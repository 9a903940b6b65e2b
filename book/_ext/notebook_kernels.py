"""Sphinx extension ``notebook_kernels``: how the book build runs its notebooks' kernels.

The build (and the test run: tests/conftest.py) sometimes printed ``ERROR:tornado.general:
Uncaught exception in ZMQStream callback`` with a traceback. The line is logged by pyzmq's
``ZMQStream`` inside a notebook kernel (ipykernel 7.4.0), whose stderr is the build's stderr.
Two causes were found, each removed here:

1. **At shutdown** (``stop_kernels_at_once``), traceback ending in ``ZMQError: Socket operation
   on non-socket``. nbclient by default asks the kernel to shut down (``shutdown_request`` on the
   control channel). ipykernel handles it on its control thread, which afterwards still publishes
   the "idle" status; meanwhile the main thread leaves its loop and closes the kernel
   (``KernelApp.close``: IOPub thread stopped, its event pipes closed, before the control thread
   is joined). If the control thread is preempted between ``IOPubThread.schedule``'s
   ``thread.is_alive()`` check and its event-pipe send, as happens on a loaded machine, it sends on
   a closed socket. (ipykernel PR #1518, in 7.4.0, catches this only in ``_really_send``, not in
   ``schedule``.) The build keeps nothing of a kernel after the last cell, so nbclient now stops
   it at once (``shutdown_kernel = "immediate"``, what nbval does): no ``shutdown_request``, no
   race. Nothing runs in the kernel after the last cell: the exercises save only when a learner
   types, which a build never does.

2. **Port races** (``use_ipc_kernels``), traceback ending in ``ValueError: DELIM not in
   msg_list``, or ``ZMQError: Address already in use`` at start. jupyter_client picks a new
   kernel's five TCP ports by binding to port 0 and closing the socket again; the kernel binds
   them a second or more later. Kernels started meanwhile by other processes (the test suite runs
   the book build, nbval and the Binder test at once; other people's kernels on a shared machine)
   can take the same port. Then one kernel's client reaches another kernel: a heartbeat ping on
   its shell or control port makes ipykernel log the DELIM error. Unix sockets have unique file
   names: nothing to race for, no stranger's client. Every jupyter_client ``KernelManager``
   created afterwards in this process, unless told a transport, address or port, uses ``ipc``
   with socket files in a private temporary folder.

Both are changes of defaults in this process only: explicit settings win, and kernels started by
Jupyter servers, JupyterLab or Binder are not affected. tests/test_book_build.py checks both.

3. **Outputs that follow the course package** (``outputs_follow_the_package``). jupyter-cache
   reuses a notebook's outputs while its code cells stay the same, but the outputs are made by
   ``coursekit`` (the exercises' forms, the page data): after a change there, a local build would
   show old outputs. The cache remembers a fingerprint of ``src/coursekit`` and is emptied when it
   changes. A clean build (CI) has no cache and is not affected.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
import uuid
from pathlib import Path

from jupyter_client.localinterfaces import localhost
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

PORTS = ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")


def use_ipc_kernels() -> None:
    """Kernels started from now on in this process use Unix sockets (once per process)."""
    if getattr(KernelManager.__init__, "_ipc_kernels", False):
        return
    folder = Path(tempfile.mkdtemp(prefix="kernels-"))  # short: a socket path has ~100 bytes
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    init = KernelManager.__init__

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        chosen = {"transport", "ip", *PORTS} & set(kwargs)
        if (
            not chosen
            and self.transport == "tcp"
            and self.ip == localhost()
            and not any(getattr(self, port) for port in PORTS)
        ):
            self.transport = "ipc"
            self.ip = str(folder / uuid.uuid4().hex[:16])  # sockets are "<ip>-1" ... "<ip>-5"

    __init__._ipc_kernels = True
    KernelManager.__init__ = __init__


def stop_kernels_at_once() -> None:
    """nbclient stops a kernel at once after the last cell, unless told otherwise (once)."""
    if getattr(NotebookClient.__init__, "_stop_at_once", False):
        return
    init = NotebookClient.__init__

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        configured = self.config.get("NotebookClient", {})
        if "shutdown_kernel" not in kwargs and "shutdown_kernel" not in configured:
            self.shutdown_kernel = "immediate"

    __init__._stop_at_once = True
    NotebookClient.__init__ = __init__


FINGERPRINT = "coursekit.sha1"


def package_fingerprint(package: Path) -> str:
    """A fingerprint of every file of the package that makes notebook outputs (no caches)."""
    digest = hashlib.sha1()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def outputs_follow_the_package(app, config) -> None:
    """Empty jupyter-cache when ``coursekit`` changed since the cached outputs were made (or
    when nothing records which package made them), and note that on ``app`` for
    :func:`reread_notebooks_after_a_package_change`."""
    import coursekit

    if config.nb_execution_mode != "cache":
        return
    cache = Path(config.nb_execution_cache_path or Path(app.outdir).parent / ".jupyter_cache")
    fingerprint = package_fingerprint(Path(coursekit.__file__).parent)
    # Another language's outputs also follow its toolkit catalogs (coursekit.i18n: texts, exercises, data).
    language = (app.config.language or "nl").split("_")[0] if hasattr(app, "config") else "nl"
    if language != "nl":
        digest = hashlib.sha1(fingerprint.encode())
        for domain in ("coursekit", "oefeningen", "data"):
            catalog = Path(app.srcdir) / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
            digest.update(catalog.read_bytes() if catalog.is_file() else b"")
        fingerprint = digest.hexdigest()
    stamp = cache / FINGERPRINT
    changed = not stamp.is_file() or stamp.read_text(encoding="utf-8") != fingerprint
    if cache.is_dir() and changed:
        shutil.rmtree(cache)
    app.notebook_outputs_outdated = changed
    cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(fingerprint, encoding="utf-8")


def reread_notebooks_after_a_package_change(app, env, added, changed, removed) -> list[str]:
    """After :func:`outputs_follow_the_package` emptied the cache, Sphinx must read every notebook
    again: its saved environment still holds the outputs of the old package, and a notebook whose
    file did not change is otherwise not read (or executed) at all."""
    if not getattr(app, "notebook_outputs_outdated", False):
        return []
    return sorted(
        docname
        for docname in env.found_docs
        if docname not in added and docname not in changed and str(env.doc2path(docname)).endswith(".ipynb")
    )


def setup(app):
    use_ipc_kernels()
    stop_kernels_at_once()
    app.connect("config-inited", outputs_follow_the_package)
    app.connect("env-get-outdated", reread_notebooks_after_a_package_change)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
