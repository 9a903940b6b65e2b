"""Launch links: one repository address in _config.yml drives every Binder / JupyterHub link."""

from __future__ import annotations

from coursekit.launch import LaunchSettings, book_page_url, launch_urls, settings_from_config
from helpers import ROOT


def test_links_come_from_config_yml():
    settings = settings_from_config(ROOT / "_config.yml")
    urls = launch_urls("notebooks/01-generaties.ipynb", settings)
    owner_repo = settings.repository_url.removeprefix("https://github.com/")
    assert urls["lab"] == (
        f"https://mybinder.org/v2/gh/{owner_repo}/main?urlpath=lab/tree/notebooks/01-generaties.ipynb"
    )
    assert urls["voila"].endswith("?urlpath=voila/render/notebooks/01-generaties.ipynb")


def test_an_institutions_own_hub_wins_over_binder():
    settings = LaunchSettings(
        repository_url="https://github.com/org/boek",
        branch="main",
        binderhub_url="https://mybinder.org",
        jupyterhub_url="https://hub.example.nl/",
    )
    urls = launch_urls("notebooks/02-x.ipynb", settings)
    assert urls["lab"].startswith("https://hub.example.nl/hub/user-redirect/git-pull?")
    assert "repo=https%3A%2F%2Fgithub.com%2Forg%2Fboek" in urls["lab"]
    assert "urlpath=lab%2Ftree%2Fboek%2Fnotebooks%2F02-x.ipynb" in urls["lab"]


def test_no_hub_configured_gives_no_links():
    assert launch_urls("notebooks/x.ipynb", LaunchSettings("https://github.com/org/boek")) == {}


def test_a_page_of_the_published_book_has_its_address_from_config_yml(tmp_path):
    address = book_page_url("book/03-kunnen-wij-dit.html#h03-uitkomsten-coderen", ROOT)
    assert address.startswith("https://") and address.endswith("/book/03-kunnen-wij-dit.html#h03-uitkomsten-coderen")
    assert "//book" not in address
    assert book_page_url("book/x.html", tmp_path) == ""  # no _config.yml
    (tmp_path / "_config.yml").write_text("html:\n  baseurl: ''\n", encoding="utf-8")
    assert book_page_url("book/x.html", tmp_path) == ""
    (tmp_path / "_config.yml").write_text("html: [\n", encoding="utf-8")
    assert book_page_url("book/x.html", tmp_path) == ""
