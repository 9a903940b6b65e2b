"""Class overview for teachers: read a folder of portfolio exports, check every file, show the class.

For the teacher's notebook (``notebooks/docent/klasoverzicht.ipynb``)::

    from coursekit.classview import class_overview
    class_overview("voorbeeld-exports")          # a folder next to the notebook, or a full path

The folder holds the learners' portfolio exports as they come out of ``portfolio()``
(``.html``, ``.md`` or ``.json``; subfolders are read too). Every file is checked. A file that
is not an export, is damaged, was made with an older or newer export format, or is a second
export of the same learner is named in a Dutch message and skipped; the rest of the class still
shows. The run never raises.

What the teacher sees (anonymised, for discussion in class):

- which exercises how many learners did, with the result of the knowledge questions;
- the before/after shift of every self-scan that is compared with an earlier one
  (``h9-zelfscan-eind`` against ``h8-zelfscan-begin``);
- the role profile of chapter 7 per leadership role (``h7-rolprofiel``);
- the distribution of the scores of every self-scan, per statement;
- the choices made in the dilemmas;
- per learner: how far the portfolio is, and whether it holds what the final assignment
  (chapter 9) asks for.

Privacy: learners are labelled "Cursist A", "Cursist B", ... in an order that does not follow
their names or file names. Names (and file names, which usually contain a name) are shown only
in the live view after ticking "Namen tonen". The static HTML form (the online book, a printed
or saved notebook) never contains a name. Reflection texts are never shown: they are personal.

Layers, one module each; this module gathers their public names (and the Dutch texts, which live
in section "Class overview for teachers" of :mod:`coursekit.messages`, prefixed ``CLASSVIEW_``):

- :mod:`coursekit.classview_read`: read and check files (:func:`parse_export`, :func:`read_class`);
- :mod:`coursekit.classview_stats`: count (:func:`exercise_rows`, :func:`scan_distribution`,
  :func:`before_after`, :func:`role_profile`, :func:`dilemma_choices`, :func:`learner_rows`);
- :mod:`coursekit.classview_charts`: the charts as PNG;
- :mod:`coursekit.classview_render`: render HTML (:func:`render_sections`, :func:`report_html`,
  :func:`static_html`);
- :mod:`coursekit.classview_widget`: the thin ipywidgets layer (:class:`ClassOverview`) and
  :func:`class_overview`.
"""

from __future__ import annotations

# Names re-exported for the notebook, the tests and scripts. The settings (MAX_FILE_BYTES, ...) are
# read where they are used: to change one, change it in its own module (e.g. classview_read).
from .classview_read import (  # noqa: F401
    IGNORED_NAMES,
    MAX_FILE_BYTES,
    MAX_FILES,
    ClassData,
    ExportFile,
    ExportProblem,
    Learner,
    letters,
    Note,
    parse_export,
    ParsedExport,
    read_class,
    Skipped,
)
from .classview_stats import (  # noqa: F401
    FINAL_ASSIGNMENT_CHAPTERS,
    FINAL_ASSIGNMENT_REFLECTIONS,
    FINAL_ASSIGNMENT_REQUIRED,
    ROLE_SCAN,
    before_after,
    dilemma_choices,
    DilemmaStats,
    exercise_rows,
    ExerciseRow,
    final_assignment,
    learner_rows,
    LearnerRow,
    role_groups,
    role_profile,
    RoleRow,
    RoleStats,
    scan_distribution,
    scan_scores,
    ScanStats,
    ShiftRow,
    ShiftStats,
    unknown_answers,
)
from .classview_charts import (  # noqa: F401
    LABEL_LENGTH,
    distribution_png,
    roles_png,
    shift_png,
)
from .classview_render import (  # noqa: F401
    DEFAULT_FOLDER,
    H_SECTION,
    SMALL_GROUP,
    dilemmas_section,
    exercises_section,
    files_section,
    learners_section,
    plain_text,
    render_sections,
    report_html,
    roles_section,
    scan_section,
    Section,
    shift_section,
    static_html,
    _skipped_reason,
)
from .classview_widget import (  # noqa: F401
    class_overview,
    ClassOverview,
)

# The Dutch texts (coursekit.messages, prefixed CLASSVIEW_) under their short names, as before.
from .classview_read import (  # noqa: F401
    FOLDER_MISSING, FOLDER_NOT_DIR, FOLDER_UNREADABLE, FOLDER_EMPTY, NO_LEARNERS,
    SKIP_NOT_EXPORT, SKIP_EDITED, SKIP_ZIP, SKIP_TOO_LARGE, SKIP_UNREADABLE, SKIP_NOT_TEXT,
    SKIP_STORE_FILE, SKIP_OTHER_JSON, SKIP_DAMAGED, DAMAGED_DATA, DAMAGED_VERSION,
    DAMAGED_ANSWERS, SKIP_OLDER, SKIP_NEWER, SKIP_DUPLICATE, SKIP_SAME_EXPORT, NOTE_BAD_ANSWERS,
    NOTE_EMPTY, NOTE_NO_NAME, NOTE_SAME_ANSWERS, FILE_HIDDEN, FILE_SHOWN, NO_SUFFIX, LEARNER,
    LEARNER_WITH_NAME, NO_NAME,
)
from .classview_stats import (  # noqa: F401
    RESULT_MC, RESULT_MATCHING, NO_RESULT, FINAL_COMPLETE, FINAL_MISSING, FINAL_REFLECTIONS,
)
from .classview_charts import (  # noqa: F401
    CHART_BEFORE, CHART_AFTER, CHART_MEAN_AXIS, CHART_COUNT_AXIS,
)
from .classview_render import (  # noqa: F401
    STATIC_NOTE, SAMPLE_NOTE, PRIVACY_NOTE, PLAIN, TOO_MANY_FILES, SUMMARY, SMALL_GROUP_NOTE,
    NAMES_HIDDEN, LABELS_NOTE, NOTE_UNKNOWN, UNKNOWN_DATE, HEAD_FILES, HEAD_EXERCISES,
    HEAD_SHIFT, HEAD_ROLES, HEAD_SCAN, HEAD_DILEMMAS, HEAD_LEARNERS, FILES_ALL_USED,
    FILES_SKIPPED_CAPTION, FILES_NOTES_CAPTION, COL_FILE, COL_REASON, COL_NOTE, COL_LEARNER,
    COL_CHAPTER, COL_EXERCISE, COL_KIND, COL_DONE, COL_RESULT, COL_STATEMENT, COL_COUNT,
    COL_MEAN, COL_MEDIAN, COL_PAIRS, COL_BEFORE, COL_AFTER, COL_DELTA, COL_ROSE, COL_SAME,
    COL_FELL, COL_ROLE, COL_LOWEST, COL_HIGHEST, COL_STRONGEST, COL_CHOICE, COL_EXPORTED,
    COL_EXERCISES_DONE, COL_CHAPTERS, COL_FINAL, EXERCISES_CAPTION, DONE, SCAN_NOBODY,
    SCAN_INTRO, SCAN_CAPTION, FIGURE_CAPTION, TABLE_CAPTION, SCAN_ALT, SCAN_EXCLUDED,
    SHIFT_INTRO, SHIFT_NOBODY, SHIFT_MEAN, SHIFT_CAPTION, SHIFT_ALT, ROLES_INTRO, ROLES_NOBODY,
    ROLES_NO_GROUPS, ROLES_CAPTION, ROLES_TIES, ROLES_ALT, DILEMMA_INTRO, DILEMMA_CAPTION,
    LEARNERS_CAPTION, LEARNERS_FINAL_NOTE,
)
from .classview_widget import (  # noqa: F401
    TITLE, INTRO, LABEL_FOLDER, FOLDER_PLACEHOLDER, BUTTON_READ, LABEL_SHOW_NAMES, LABEL_VIEW,
    VIEW_ALL,
)
from .messages import CLASSVIEW_NOBODY as NOBODY  # noqa: F401
