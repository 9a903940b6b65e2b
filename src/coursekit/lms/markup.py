"""The Jinja environment of the package's templates (``lms/templates/``: manifests, metadata, the
launch page, the question banks), loaded on first use; ``lang`` in every template is the language
the texts are in (``$COURSEKIT_LANG``)."""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def templates() -> Any:
    """The Jinja environment of this package's templates (XML and HTML, autoescaped)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from ..i18n import language

    environment = Environment(
        loader=PackageLoader("coursekit", "lms/templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals["lang"] = language()  # the process's language (COURSEKIT_LANG): its texts'
    return environment
