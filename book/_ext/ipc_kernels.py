"""Sphinx extension ``ipc_kernels``: the notebook kernels this process starts talk over Unix
sockets of their own, not over TCP ports on 127.0.0.1.

Why. jupyter_client gives a new kernel five TCP ports by binding to port 0 and closing the
socket again; the kernel binds them a second or more later. Kernels started at the same time by
other processes (the test suite executes the notebooks in the book build, in nbval and in the
Binder test at once; on a shared machine other people's kernels run too) can take the same port
in between. Then a kernel cannot bind (``ZMQError: Address already in use``: it dies at start,
or runs without heartbeat), and one kernel's client can reach another kernel. A heartbeat
ping that lands on another kernel's shell or control port is what printed
``ERROR:tornado.general:Uncaught exception in ZMQStream callback ... ValueError: DELIM not in
msg_list`` in the book build (ipykernel 7.4 reads a message's identities outside its error
handling). A Unix socket is a file with a unique name: nothing to race for, nobody else's
client can reach it.

How. ``use_ipc_kernels()`` makes every jupyter_client ``KernelManager`` created afterwards in
this process, unless told a transport, address or port, use ``ipc`` with socket files in a
private temporary folder. It runs when Sphinx loads this extension (the book build, through
myst-nb and nbclient) and in the test suite's conftest (nbval). Kernels started by Jupyter
servers, JupyterLab or Binder are not affected.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from pathlib import Path

from jupyter_client.localinterfaces import localhost
from jupyter_client.manager import KernelManager

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


def setup(app):
    use_ipc_kernels()
    return {"parallel_read_safe": True, "parallel_write_safe": True}
