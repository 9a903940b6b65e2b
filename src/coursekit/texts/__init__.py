"""Every Dutch text the toolkit shows, by audience.

- :mod:`~coursekit.texts.learner`: exercises, saving, feedback, charts, the portfolio;
- :mod:`~coursekit.texts.teacher`: the class overview;
- :mod:`~coursekit.texts.author`: problems in exercise definitions and data tables;
- :mod:`~coursekit.texts.explorer`: the case explorer;
- :mod:`~coursekit.texts.agreement`: the agreement between two codings of the case outcomes;
- :mod:`~coursekit.texts.common`: dates, the course folder and file-system errors.

Use them module-qualified (``learner.SAVED_AT``). Only texts live here: stored values (a scale,
the influence levels) belong to their exercise type, course facts to the YAML files and ``data/``.
"""
