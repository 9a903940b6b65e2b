"""Property-based tests: arbitrary Unicode through the store and the exporters."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ck_helpers import LATER
from coursekit.answers import Answer
from coursekit.definitions import Catalog
from coursekit.portfolio.format import read_export
from coursekit.store import AnswerStore
from pagecalls import build_export

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text = st.text(max_size=300)
ids = st.from_regex(r"h[1-9]-[a-z0-9-]{1,20}", fullmatch=True)

reflections = st.builds(
    lambda exercise_id, pairs: Answer(
        exercise_id,
        int(exercise_id[1]),
        "reflection",
        {"responses": [{"prompt": p, "text": t} for p, t in pairs]},
        LATER,
    ),
    ids,
    st.lists(st.tuples(text, text), min_size=1, max_size=3),
)
selfscans = st.builds(
    lambda exercise_id, scale, rows: Answer(
        exercise_id,
        int(exercise_id[1]),
        "selfscan",
        {
            "scale": scale,
            "ratings": [
                {"statement": s, "score": None if n is None else 1 + n % len(scale), "note": note}
                for s, n, note in rows
            ],
        },
        LATER,
    ),
    ids,
    st.lists(text, min_size=2, max_size=5),
    st.lists(st.tuples(text, st.none() | st.integers(0, 9), text), min_size=1, max_size=4),
)
forcefields = st.builds(
    lambda exercise_id, rows: Answer(
        exercise_id,
        int(exercise_id[1]),
        "forcefield",
        {"forces": [{"force": f, "strength": s, "influence": i} for f, s, i in rows]},
        LATER,
    ),
    ids,
    st.lists(
        st.tuples(text, st.none() | st.integers(1, 5), st.sampled_from([None, "veel", "enige", "geen"])),
        min_size=1,
        max_size=4,
    ),
)
answer_sets = st.lists(reflections | selfscans | forcefields, max_size=6).map(
    lambda answers: {answer.exercise_id: answer for answer in answers}
)
names = st.text(max_size=40)


@settings(SETTINGS, max_examples=25)
@given(answers=answer_sets)
def test_the_store_gives_back_exactly_what_was_saved(answers):
    with tempfile.TemporaryDirectory() as folder:
        store = AnswerStore(Path(folder) / "antwoorden.json")
        for answer in answers.values():
            store.save(answer)
        assert AnswerStore(store.path).answers() == answers


@SETTINGS
@given(answers=answer_sets, name=names)
def test_every_export_format_round_trips(answers, name):
    bundle = build_export(answers, Catalog(), name=name)
    for document in (bundle.html, bundle.markdown, bundle.json):
        parsed = read_export(document.encode("utf-8"))
        assert parsed.problems == () and parsed.answers == answers


@SETTINGS
@given(answers=answer_sets, name=names)
def test_answers_cannot_open_a_script_or_tag_in_the_html_export(answers, name):
    html = build_export(answers, Catalog(), name=name).html
    assert len(re.findall(r"<script", html, re.IGNORECASE)) == 1
    assert len(re.findall(r"</script", html, re.IGNORECASE)) == 1
    body = html.split("<body>", 1)[1].split('<script type="application/json"', 1)[0]
    tags = set(re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", body))
    assert tags <= {
        "main",
        "h1",
        "h2",
        "h3",
        "p",
        "strong",
        "section",
        "article",
        "blockquote",
        "br",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "footer",
    }


@SETTINGS
@given(answers=answer_sets)
def test_the_markdown_export_shows_answers_as_text(answers):
    markdown = build_export(answers, Catalog()).markdown
    body = markdown.rsplit("<!-- coursekit-portfolio:", 1)[0]
    assert not re.search(r"(?<!\\)<", body), "every < from an answer is escaped"


@SETTINGS
@given(content=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_damaged_store_file_is_kept_byte_for_byte_and_saving_goes_on(content):
    assume(b"coursekit-antwoorden" not in content)  # anything but a store of ours
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "antwoorden.json"
        path.write_bytes(content)
        store = AnswerStore(path)
        assert store.answers() == {}
        store.save(Answer("h1-x", 1, "dilemma", {"question": "q", "choice": "c"}, LATER))
        assert [p.read_bytes() for p in store.set_aside_files()] == [content]
        assert store.get("h1-x") is not None
