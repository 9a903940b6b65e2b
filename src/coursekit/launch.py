"""Launch addresses (Binder / JupyterHub, JupyterLab / Voila) for an exercise notebook.

One source of truth: the ``repository`` and ``launch_buttons`` settings in ``_config.yml``.
Used by the book's ``{oefenlinks}`` directive (book/_ext/oefenlinks.py) and by the static form
of each exercise, so the links on a chapter page and inside an exercise always agree.
NOTE for co-authors: the API (LaunchSettings, launch_urls, settings_from_config) is used by the
Sphinx extension; keep it stable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml


@dataclass(frozen=True)
class LaunchSettings:
    """The few settings that make a launch address."""

    repository_url: str
    branch: str = "main"
    binderhub_url: str = ""
    jupyterhub_url: str = ""


def settings_from_config(config_file: str | Path) -> LaunchSettings:
    """Read launch settings from a Jupyter Book ``_config.yml``."""
    data = yaml.safe_load(Path(config_file).read_text(encoding="utf-8")) or {}
    repository = data.get("repository") or {}
    buttons = data.get("launch_buttons") or {}
    return LaunchSettings(
        repository_url=str(repository.get("url", "")),
        branch=str(repository.get("branch", "main")),
        binderhub_url=str(buttons.get("binderhub_url", "") or ""),
        jupyterhub_url=str(buttons.get("jupyterhub_url", "") or ""),
    )


def _owner_and_name(repository_url: str) -> tuple[str, str]:
    parts = repository_url.rstrip("/").removesuffix(".git").split("/")
    if len(parts) < 2 or not parts[-1] or not parts[-2]:
        raise ValueError(f"Not a repository address: {repository_url!r}")
    return parts[-2], parts[-1]


def launch_urls(notebook: str, settings: LaunchSettings) -> dict[str, str]:
    """Return ``{"lab": url, "voila": url}`` for a notebook path relative to the repository root.

    A JupyterHub (an institution's own hub) wins over BinderHub when both are set: an institution
    that sets one wants its learners there (the theme's rocket menu shows both). Returns an
    empty dict when neither is set.
    """
    notebook = notebook.lstrip("/")
    owner, name = _owner_and_name(settings.repository_url)
    if settings.jupyterhub_url:
        hub = settings.jupyterhub_url.rstrip("/")

        def url(urlpath: str) -> str:
            query = urlencode({"repo": settings.repository_url, "urlpath": urlpath, "branch": settings.branch})
            return f"{hub}/hub/user-redirect/git-pull?{query}"

        return {
            "lab": url(f"lab/tree/{name}/{notebook}"),
            "voila": url(f"voila/render/{name}/{notebook}"),
        }
    if settings.binderhub_url:
        base = f"{settings.binderhub_url.rstrip('/')}/v2/gh/{owner}/{name}/{quote(settings.branch)}"
        return {
            "lab": f"{base}?urlpath={quote('lab/tree/' + notebook)}",
            "voila": f"{base}?urlpath={quote('voila/render/' + notebook)}",
        }
    return {}


def notebook_links(notebook: str, root: Path) -> dict[str, str]:
    """Launch links for a notebook of the book at ``root``, for the exercises' static form.

    Returns ``{}`` when ``_config.yml`` is missing or unreadable, or names no repository or
    hub: the static form then tells the reader to open the notebook in JupyterLab instead.
    """
    try:
        settings = settings_from_config(root / "_config.yml")
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    try:
        return launch_urls(notebook, settings)
    except ValueError:  # no repository address
        return {}


def book_page_url(page: str, root: Path) -> str:
    """The published address of a page of the book: ``html.baseurl`` in ``_config.yml`` followed by
    ``page`` (such as ``book/03-kunnen-wij-dit.html#h03-uitkomsten-coderen``).

    Returns ``""`` when ``_config.yml`` is missing or unreadable, or names no ``html.baseurl``.
    """
    try:
        data = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return ""
    html = data.get("html") if isinstance(data, dict) else None
    base = str(html.get("baseurl") or "") if isinstance(html, dict) else ""
    if not base.startswith(("https://", "http://")):
        return ""
    return base.rstrip("/") + "/" + page.lstrip("/")
