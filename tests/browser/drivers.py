"""One generic driver per kind of control, for every exercise type's view (issue 24, item 5).

A view is made of a few kinds of control: text (a textarea or a text field), a radio group, a
select and buttons. These drivers fill in any view through those kinds alone, by mouse or by the
keyboard alone, and read back what it shows, so a browser test covers every type in the fixture
(tests/fixtures/every-type.yml), and a new type, without a line written for it. The first button of
a view is its action (save, check, choose); a later one (try again) is never pressed.

The drivers speak to a page through ``engines.Tab``, so they work in Chromium, Firefox and WebKit
alike (and in JupyterLab, through Chromium's tab). ``snapshot`` reads what a learner sees in the
controls: the texts, the checked option of every radio group (None for a group left open) and the
chosen option of every select, in page order.
"""

from __future__ import annotations

# The views are found by their place among the page's views (".ck-live"), the same in every engine.
VIEWS = ".ck-live"
ROOT = "const root = document.querySelectorAll(selector)[n];"

SNAPSHOT = (
    """(selector, n) => {
  """
    + ROOT
    + """
  const seen = { texts: [], checked: [], selects: [] };
  const groups = [];
  for (const c of root.querySelectorAll('input[type=radio]')) if (!groups.includes(c.name)) groups.push(c.name);
  for (const name of groups) {
    const checked = [...root.querySelectorAll('input[type=radio]')].find((c) => c.name === name && c.checked);
    seen.checked.push(checked ? checked.value : null);
  }
  for (const c of root.querySelectorAll('textarea, input[type=text]')) seen.texts.push(c.value);
  for (const c of root.querySelectorAll('select')) seen.selects.push(c.value);
  return seen;
}"""
)

# The kind of the focused control, and for a radio its group's name and place in it.
FOCUSED = (
    """(selector, n) => {
  """
    + ROOT
    + """
  const c = document.activeElement;
  if (!c || !root.contains(c)) return null;
  const kind = c.tagName === 'TEXTAREA' || (c.tagName === 'INPUT' && c.type === 'text') ? 'text'
    : c.tagName === 'INPUT' && c.type === 'radio' ? 'radio'
    : c.tagName === 'SELECT' ? 'select' : c.tagName === 'BUTTON' ? 'button' : 'other';
  const first = root.querySelector('button');
  return { kind, name: c.name || '', action: c === first, checked: !!c.checked };
}"""
)


def text_for(exercise_id: str, number: int) -> str:
    """A learner's text with characters that need escaping in HTML, Markdown and CSV."""
    return f'Antwoord {number} bij {exercise_id}: <b>vet</b> & *ster* | pipe, "aanhaling"'


def controls(tab, n: int) -> dict:
    """How many text controls the ``n``-th view has, its radio groups with their sizes, its selects
    with their numbers of options, and whether it has a button; the view is marked for selectors."""
    return tab.evaluate(
        """(selector, n) => {
  """
        + ROOT
        + """
  document.querySelectorAll('[data-driven]').forEach((e) => e.removeAttribute('data-driven'));
  root.setAttribute('data-driven', '');
  const groups = {};
  for (const c of root.querySelectorAll('input[type=radio]')) groups[c.name] = (groups[c.name] || 0) + 1;
  return {
    texts: root.querySelectorAll('textarea, input[type=text]').length, groups,
    selects: [...root.querySelectorAll('select')].map((s) => s.options.length),
    buttons: root.querySelectorAll('button').length,
  };
}""",
        VIEWS,
        n,
    )


def fill_with_mouse(tab, n: int, exercise_id: str) -> None:
    """Fill in every control of the ``n``-th view as a learner with a mouse does, then press its
    action: click into each text and type, click an option of every radio group, and choose in each
    select with the arrow keys (a select's list is the system's own menu, which no test can click)."""
    found = controls(tab, n)
    for number in range(found["texts"]):
        tab.click("[data-driven] :is(textarea, input[type=text])", number)
        tab.type(text_for(exercise_id, number + 1))
    for number, (name, size) in enumerate(found["groups"].items()):
        tab.click(f'[data-driven] input[type=radio][name="{name}"]', (number + 1) % size)
    for number, options in enumerate(found["selects"]):
        tab.evaluate("(i) => document.querySelectorAll('[data-driven] select')[i].focus()", number)
        for _ in range(1 + number % (options - 1)):
            tab.press("ArrowDown")
    if found["buttons"]:
        tab.click("[data-driven] button")


def fill_with_keyboard(tab, n: int, exercise_id: str, limit: int = 400) -> list[str]:
    """Fill in the ``n``-th view with the keyboard alone: Tab to it from where the focus is, then
    through its controls, typing in text, moving through a radio group with the arrow keys, choosing
    in a select with the arrow keys, and pressing Enter on its action. Returns the kinds met."""
    met: list[str] = []
    texts = 0
    for _ in range(limit):
        if tab.evaluate(FOCUSED, VIEWS, n):
            break
        tab.press("Tab")
    else:
        raise AssertionError(f"Tab never reached {exercise_id}")
    pressed = False
    for _ in range(limit):
        focused = tab.evaluate(FOCUSED, VIEWS, n)
        if focused is None:
            break
        kind = focused["kind"]
        met.append(kind)
        if kind == "text":
            texts += 1
            tab.type(text_for(exercise_id, texts))
        elif kind == "radio":
            # Tab enters an unchecked group at its first option; the arrow key checks the next one.
            tab.press("ArrowDown")
        elif kind == "select":
            tab.press("ArrowDown")
        elif kind == "button" and focused["action"] and not pressed:
            pressed = True
            tab.press("Enter")
            # The action may move the focus (to the feedback); go on from the view's start.
            if tab.evaluate(FOCUSED, VIEWS, n) is None:
                break
        tab.press("Tab")
    return met


def snapshot(tab, n: int) -> dict:
    """What the controls of the ``n``-th view show."""
    return tab.evaluate(SNAPSHOT, VIEWS, n)
