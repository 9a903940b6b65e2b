"""Sphinx directive ``oefenlinks``: launch buttons for a chapter's exercise notebook.

Usage on a chapter page::

    ```{oefenlinks} notebooks/01-generaties.ipynb
    ```

It renders two buttons, "open in JupyterLab" and "open as app (Voila)", whose addresses come from
the repository and launch settings in ``_config.yml`` (the one place the address is kept); the
URL logic itself lives in :mod:`coursekit.launch`, shared with the exercises' static form.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive

from coursekit.launch import LaunchSettings, launch_urls
from coursekit.texts import book

LABELS = (
    ("lab", book.LAUNCH_LAB, "sd-btn-primary"),
    ("voila", book.LAUNCH_VOILA, "sd-btn-outline-primary"),
)


def settings_from_sphinx(config) -> LaunchSettings:
    """Read the launch settings Jupyter Book put into the Sphinx theme options."""
    options = config.html_theme_options or {}
    buttons = options.get("launch_buttons", {}) or {}
    return LaunchSettings(
        repository_url=options.get("repository_url", ""),
        branch=options.get("repository_branch", "main"),
        binderhub_url=buttons.get("binderhub_url", ""),
        jupyterhub_url=buttons.get("jupyterhub_url", ""),
    )


class OefenLinks(Directive):
    """Render launch buttons for one notebook (path relative to the repository root)."""

    required_arguments = 1
    has_content = False

    def run(self):
        env = self.state.document.settings.env
        notebook = self.arguments[0]
        if not (Path(env.srcdir) / notebook).is_file():
            raise self.error(f"oefenlinks: notebook not found: {notebook}")
        settings = settings_from_sphinx(env.config)
        urls = launch_urls(notebook, settings)
        hub = "JupyterHub" if settings.jupyterhub_url else "Binder"
        # Its labels come from coursekit.texts.book (in the build's language): not a message of the
        # page's catalog, where a translation would lose the links' addresses.
        paragraph = nodes.paragraph(classes=["oefenlinks"], translatable=False)
        for key, label, style in LABELS:
            if key not in urls:
                continue
            text = label.format(hub=hub)
            ref = nodes.reference("", text, refuri=urls[key], classes=["sd-btn", style, "sd-mr-2"])
            paragraph += ref
        if not paragraph.children:
            raise self.error("oefenlinks: no BinderHub or JupyterHub URL set in _config.yml")
        return [paragraph]


def setup(app):
    app.add_directive("oefenlinks", OefenLinks)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
