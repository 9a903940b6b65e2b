"""One generic driver per kind of control, for every exercise type's view (issue 24, item 5).

A view is made of a few kinds of control: text (a textarea or a text field), a radio group, a
select and buttons. These drivers fill in any view through those kinds alone, by mouse or by the
keyboard alone, and read back what it shows, so a browser test covers every type in the fixture
(tests/fixtures/every-type.yml), and a new type, without a line written for it. The first button of
a view is its action (save, check, choose); a later one (try again) is never pressed.

``snapshot`` reads what a learner sees in the controls: the texts, the checked option of every
radio group (None for a group left open) and the chosen option of every select, in page order.
"""

from __future__ import annotations

CONTROLS = "textarea, input[type=text], input[type=radio], select, button"

SNAPSHOT = """(root) => {
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

# The kind of the focused control, and for a radio its group's name and place in it.
FOCUSED = """(root) => {
  const c = document.activeElement;
  if (!c || !root.contains(c)) return null;
  const kind = c.tagName === 'TEXTAREA' || (c.tagName === 'INPUT' && c.type === 'text') ? 'text'
    : c.tagName === 'INPUT' && c.type === 'radio' ? 'radio'
    : c.tagName === 'SELECT' ? 'select' : c.tagName === 'BUTTON' ? 'button' : 'other';
  const first = root.querySelector('button');
  return { kind, name: c.name || '', action: c === first, checked: !!c.checked };
}"""


def text_for(exercise_id: str, number: int) -> str:
    """A learner's text with characters that need escaping in HTML, Markdown and CSV."""
    return f'Antwoord {number} bij {exercise_id}: <b>vet</b> & *ster* | pipe, "aanhaling"'


async def fill_with_mouse(root, exercise_id: str) -> None:
    """Fill in every control of the view ``root`` (a Playwright locator), then press its action."""
    groups: dict[str, int] = {}
    for number, text in enumerate(await root.locator("textarea, input[type=text]").all(), start=1):
        await text.fill(text_for(exercise_id, number))
        await text.blur()
    for radio in await root.locator("input[type=radio]").all():
        name = await radio.get_attribute("name") or ""
        groups[name] = groups.get(name, 0) + 1
    for number, (name, size) in enumerate(groups.items()):
        await root.locator(f'input[type=radio][name="{name}"]').nth((number + 1) % size).check()
    for number, select in enumerate(await root.locator("select").all()):
        options = await select.locator("option").count()
        await select.select_option(index=1 + number % (options - 1))
    buttons = root.locator("button")
    if await buttons.count():
        await buttons.first.click()


async def fill_with_keyboard(page, root, exercise_id: str, limit: int = 400) -> list[str]:
    """Fill in the view ``root`` with the keyboard alone: Tab to it from where the focus is, then
    through its controls, typing in text, moving through a radio group with the arrow keys, choosing
    in a select with the arrow keys, and pressing Enter on its action. Returns the kinds met."""
    handle = await root.element_handle()
    met: list[str] = []
    texts = 0
    for _ in range(limit):
        if await page.evaluate(FOCUSED, handle):
            break
        await page.keyboard.press("Tab")
    else:
        raise AssertionError(f"Tab never reached {exercise_id}")
    pressed = False
    for _ in range(limit):
        focused = await page.evaluate(FOCUSED, handle)
        if focused is None:
            break
        kind = focused["kind"]
        met.append(kind)
        if kind == "text":
            texts += 1
            await page.keyboard.type(text_for(exercise_id, texts))
        elif kind == "radio":
            # Tab enters an unchecked group at its first option; the arrow key checks the next one.
            await page.keyboard.press("ArrowDown")
        elif kind == "select":
            await page.keyboard.press("ArrowDown")
        elif kind == "button" and focused["action"] and not pressed:
            pressed = True
            await page.keyboard.press("Enter")
            # The action may move the focus (to the feedback); go on from the view's start.
            if await page.evaluate(FOCUSED, handle) is None:
                break
        await page.keyboard.press("Tab")
    return met


async def snapshot(root) -> dict:
    """What the controls of the view ``root`` show."""
    return await root.evaluate(SNAPSHOT)
