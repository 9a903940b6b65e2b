"""The presentation layer: all HTML and Markdown the toolkit writes comes from Jinja2 templates.

- HTML templates (``*.html``) autoescape every value: learner text can never become markup.
- Markdown templates (``*.md``) escape every value for Markdown (``formatting.md_cell``) unless it
  is already escaped (a :class:`markupsafe.Markup`, as the ``md_quote`` filter returns).

Templates live in ``render/templates/`` (pages, portfolio, class overview, explorer, shared
macros in ``macros.html``) and, for the static form of each exercise type, in its folder:
``exercise_types/<type>/template.html``, named ``"<type>/template.html"``. Jinja2 loads on first
use, so ``import coursekit`` stays light.
"""

from __future__ import annotations

import functools
from typing import Any

from .. import formatting
from ..texts import common, explorer, learner, teacher
from .slots import Slot, aware, part


@functools.cache
def _environments() -> tuple[Any, Any]:
    from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
    from markupsafe import Markup

    loader = ChoiceLoader(
        [PackageLoader("coursekit", "render/templates"), PackageLoader("coursekit", "exercise_types")]
    )
    settings: dict[str, Any] = {
        "loader": loader,
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    html_env = Environment(autoescape=True, finalize=_html_value, **settings)
    markdown_env = Environment(autoescape=False, finalize=_markdown_value, **settings)
    # Filters that are also given slots (coursekit.render.slots) carry their own name.
    markdown_env.filters["md_quote"] = aware("md_quote", lambda text: Markup(formatting.md_quote(text)), safe=True)
    markdown_env.filters["md_block"] = aware("md_block", lambda text: Markup(formatting.md_escape(text)), safe=True)
    markdown_env.filters["md_row"] = aware("md_row", lambda cells: Markup(formatting.md_row(cells)), safe=True)
    markdown_env.filters["md_rule"] = aware("md_rule", lambda cells: Markup(formatting.md_rule(cells)), safe=True)
    markdown_env.filters["part"] = part
    for environment in (html_env, markdown_env):
        environment.globals.update(
            enumerate=enumerate,
            len=len,
            zip=zip,
            paragraphs=formatting.paragraphs,
            learner=learner,
            teacher=teacher,
            explorer=explorer,
            common=common,
        )
        environment.filters["decimal"] = formatting.decimal
        environment.filters["signed"] = formatting.signed_decimal
        environment.filters["long_date"] = aware("long_date", formatting.long_date, safe=False)
        environment.filters["date_time"] = aware("date_time", formatting.date_time, safe=False)
    return html_env, markdown_env


def _html_value(value: Any) -> Any:
    """Escape like ``html.escape`` (``&#x27;`` for an apostrophe), as the toolkit always has."""
    import html as html_module

    from markupsafe import Markup

    if isinstance(value, Markup) or value is None:
        return value
    if isinstance(value, Slot):
        return Markup(value.marker("html"))
    return Markup(html_module.escape(str(value)))


def _markdown_value(value: Any) -> Any:
    from markupsafe import Markup

    if isinstance(value, Markup) or value is None:
        return value
    if isinstance(value, Slot):
        return Markup(value.marker("md_cell"))
    return formatting.md_cell(str(value))


def html(template: str, **context: Any) -> str:
    """Render an HTML template (autoescaped)."""
    return _environments()[0].get_template(template).render(**context)


def markdown(template: str, **context: Any) -> str:
    """Render a Markdown template (every value escaped for Markdown)."""
    return _environments()[1].get_template(template).render(**context)


def macro(name: str, template: str = "macros.html", /, **context: Any) -> str:
    """One macro of an HTML template, e.g. ``macro("status", text=...)`` from ``macros.html``."""
    module = _environments()[0].get_template(template).module
    return str(getattr(module, name)(**context))


def markdown_macro(name: str, template: str, /, **context: Any) -> str:
    """One macro of a Markdown template (every value escaped for Markdown)."""
    module = _environments()[1].get_template(template).module
    return str(getattr(module, name)(**context))


def markup(text: str) -> Any:
    """HTML that is already safe (made by a template) to pass into another template."""
    from markupsafe import Markup

    return Markup(text)
