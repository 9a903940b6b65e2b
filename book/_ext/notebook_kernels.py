"""Sphinx extension ``notebook_kernels``: how the book build runs its notebooks' kernels.

Both settings below remove a cause of the line ``ERROR:tornado.general:Uncaught exception in
ZMQStream callback`` (and its traceback) that kernels printed into the build's output.

1. **Unix sockets, not TCP ports** (``use_ipc_kernels``). jupyter_client gives a new kernel five
   TCP ports on 127.0.0.1 by binding to port 0 and closing the socket again; the kernel binds them
   a second or more later. Kernels started at the same time by other processes (the test suite
   executes the notebooks in the book build, in nbval and in the Binder test at once; on a shared
   machine other people's kernels run too) can take the same port in between. Then a kernel
   cannot bind (``ZMQError: Address already in use``: it dies at start, or runs without
   heartbeat), and one kernel's client reaches another kernel: a heartbeat ping that lands on
   another kernel's shell or control port makes ipykernel 7.4 log ``ValueError: DELIM not in
   msg_list`` (it reads a message's identities outside its error handling). A Unix socket is a
   file with a unique name: nothing to race for, nobody else's client can reach it. Every
   jupyter_client ``KernelManager`` created afterwards in this process, unless told a transport,
   address or port, uses ``ipc`` with socket files in a private temporary folder. The test
   suite's conftest does the same for nbval's kernels.

2. **Stop a kernel at once when its notebook is done** (``stop_kernels_at_once``). By default
   nbclient asks the kernel to shut down; in ipykernel 7.4 the control thread then still
   publishes its "idle" status while the main thread is closing IOPub, and on a loaded machine it
   sometimes loses that race (``ZMQError: Socket operation on non-socket``). The build keeps
   nothing of a kernel after its last cell, so nbclient stops it right away instead (its
   ``shutdown_kernel = "immediate"``, what nbval does too). Nothing runs in the kernel after the
   last cell: the exercises only save when a learner types, which a build never does.

Kernels started by Jupyter servers, JupyterLab or Binder are not affected.
"""

from __future__ import annotations

import atexit
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
        if not chosen and self.transport == "tcp" and self.ip == localhost() \
                and not any(getattr(self, port) for port in PORTS):
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


def setup(app):
    use_ipc_kernels()
    stop_kernels_at_once()
    return {"parallel_read_safe": True, "parallel_write_safe": True}
