"""Which platform student a file belongs to: the learning platforms' bulk-download layouts, declared once.

THE RULE: the platform's own student id is the identity whenever the layout gives one. Two files
with the same id are one learner, whatever names the exports carry (a learner who typed "Piet"
once and "Piet Pietersen" once is one learner); two ids are two learners, even when both exports
carry the name "Jan de Vries". The typed name is only shown, never used as a key when an id exists.

The class overview (``coursekit/classpage/layouts.js``, on the book's page and in the teacher's
notebook) gets :data:`LAYOUTS` as data and ties every file to its student with these patterns;
``tests/page/test_classview_layouts.py`` checks each layout. The
patterns are written in the part of the regular-expression syntax that Python and JavaScript read
alike (no ``\\d``, ``\\w`` or ``\\s``, whose meaning differs; no named groups). A ``folder``
pattern must match a whole folder name on the file's path; a ``file`` pattern the start of the
file's own name.

Recognised layouts and where they were checked (all fixtures in the tests are synthetic):

Moodle (``mod/assign``; the prefix is the full name with ``_`` made a space, ``_``, the
participant id of that assignment; with blind marking the name is "Participant"):

- 3.1 to 4.0, one folder per student and plugin, WITH a trailing underscore:
  ``Jan de Vries_12345_assignsubmission_file_/portfolio.html`` (and ``..._onlinetext_/onlinetext.html``)
  -- ``mod/assign/locallib.php`` ``download_submissions``: ``clean_filename($prefix . '_' . $subtype
  . '_' . $type . '_')``; the layout grading tools expect (e.g. the folder trees in the READMEs of
  open-source graders on GitHub: ``FirstName LastName_12345_assignsubmission_file_/``).
- 4.1 and newer, the same without the trailing underscore: ``Jan de Vries_12345_assignsubmission_file/``
  -- ``mod/assign/classes/downloader.php``: ``clean_filename($prefix . '_' . $subtype . '_' . $type)``.
- "Download submissions in folders" switched off (and Moodle before 3.1): one flat folder,
  ``Jan de Vries_12345_assignsubmission_file_portfolio.html`` -- both files above, the ``else`` branch.
- Blind marking: ``Participant_12345_assignsubmission_file_/`` (``get_string('participant')``).
- Not a student: with team submissions Moodle 4.1+ names the folder after the group and its id; such a
  folder is one learner here (the group).

Canvas (``lib/content_zipper.rb``; one flat folder):
``devriesjan_12345_67890_portfolio.html``: the sortable name in lower case without spaces, the user
id, the attachment id, the file name; ``devriesjan_LATE_12345_67890_...`` for a late submission
(the README of mikewesthad/canvas-unzipper, TimHanneman/Canvas_submission_sort); ``anon_<id>_...``
with anonymous grading. User ids of any length (a new self-hosted Canvas has ids of one or two digits).

Brightspace (D2L; the layout as open-source tools that reorganise the download show it, e.g. a
``rename_and_move.sh`` on GitHub: ``397063-2557369 - Mary-Ann Smith - Sep 24, 2024 926 PM/``):
one folder per submission ``<number>-<number> - Name - <date>/``, or, flat, that text plus
`` - `` before each file name; an ``index.html`` of its own beside them. The date is written as the
platform's language writes it: US English ``Nov 15, 2026 801 PM``, British English
``15 November 2026 801 PM``. The second number is taken as the student's (the numbers are not
documented publicly; the name is never the key).

Blackboard Learn (Original; "Assignment File Download" in the Grade Centre):
``<assignment>_<username>_attempt_<yyyy-mm-dd-hh-mm-ss>_<file>`` and ``<...>_attempt_<date>.txt``
(the text Blackboard adds per attempt) -- the README of vangef/BBGradebookOrganiser
("ANYTHING_STUDENTNUMBER_attempt_DATETIME_FILENAME"), kwurst/bb-file-cleanup. A username may hold
underscores and so may the assignment's name, so the one unambiguous id is everything before
``_attempt_``: the assignment and the username together (one download is one assignment).

Everywhere: a zip unpacked and zipped again on macOS (``__MACOSX/`` and ``._`` files, left out as
clutter; an extra folder on top; names in decomposed Unicode) keeps its layout: the patterns look at
every folder on the path and at no letter of a name.
"""

from __future__ import annotations

from typing import Any

_MONTH = "[^ /0-9,]+"
_TIME = "[0-9]{1,2}:?[0-9]{2}(?: ?[AaPp][Mm])?"
_WHEN = f"(?:{_MONTH} [0-9]{{1,2}}, [0-9]{{4}}|[0-9]{{1,2}} {_MONTH} [0-9]{{4}},?) {_TIME}"
_BRIGHTSPACE = f"([0-9]+)-([0-9]+) - ([^/]+?) ?- {_WHEN}"

# platform, the pattern for a folder on the path and for the start of a file name, which group is
# the id and which the name shown; "side": the group that, when it matched, marks a file the
# platform adds itself.
LAYOUTS: tuple[dict[str, Any], ...] = (
    {
        "platform": "moodle",
        "folder": "([^_/]*)_([0-9]+)_assignsubmission_[a-z0-9]+_?",
        "file": "([^_/]*)_([0-9]+)_assignsubmission_[a-z0-9]+_[^/]",
        "id": 2,
        "name": 1,
    },
    {
        "platform": "brightspace",
        "folder": _BRIGHTSPACE,
        "file": _BRIGHTSPACE + " - [^/]",
        "id": 2,
        "name": 3,
    },
    {
        "platform": "canvas",
        "file": "(?:([^_/]*)_)?(?:LATE_|late_)?([0-9]+|anon_[A-Za-z0-9]+)_[0-9]+_[^/]",
        "id": 2,
        "name": 1,
    },
    {
        "platform": "blackboard",
        "file": "([^/]+)_attempt_[0-9]{4}(?:-[0-9]{2}){5}(?:_[^/]|(\\.txt)$)",
        "id": 1,
        "name": 1,
        "side": 2,
    },
)


def as_data() -> list[dict[str, Any]]:
    """The layouts for the class page (``layouts.js`` builds its regular expressions from them)."""
    return [dict(layout) for layout in LAYOUTS]
