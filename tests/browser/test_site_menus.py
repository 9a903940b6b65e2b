"""The article header's menus (launch, repository, download) work without Bootstrap's script
(book/_static/menus.js): a click or Enter opens a menu, arrow keys move through it, Escape closes
it and puts focus back on its button, a click elsewhere closes it. The theme's colour switch and
search dialog still work."""

from __future__ import annotations

import pytest

from pagetools import settled

pytestmark = pytest.mark.slow

PAGE = "notebooks/01-generaties.html"


async def use_menus(browser, site):
    context = await browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    page = await context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        await page.goto(site.url(PAGE), wait_until="load")
        await settled(page)
        found = {}
        button = page.locator(".dropdown-download-buttons > button")
        menu = page.locator(".dropdown-download-buttons .dropdown-menu")
        await button.click()
        found["opens on click"] = await menu.is_visible() and await button.get_attribute("aria-expanded") == "true"
        await page.mouse.click(5, 790)
        found["closes on a click elsewhere"] = not await menu.is_visible()
        await button.focus()
        await page.keyboard.press("Enter")
        found["opens with Enter"] = await menu.is_visible()
        await page.keyboard.press("ArrowDown")
        found["arrow keys move into the menu"] = await page.evaluate(
            "document.activeElement.closest('.dropdown-menu') !== null"
        )
        await page.keyboard.press("Escape")
        found["Escape closes it"] = not await menu.is_visible()
        found["focus goes back to the button"] = await page.evaluate(
            "document.activeElement === document.querySelector('.dropdown-download-buttons > button')"
        )
        before = await page.evaluate("document.documentElement.dataset.theme")
        await page.locator(".theme-switch-button").first.click()
        found["colour switch changes the theme"] = (
            await page.evaluate("document.documentElement.dataset.theme") != before
            or await page.evaluate("document.documentElement.dataset.mode") != "auto"
        )
        await page.keyboard.press("Control+k")
        found["Ctrl+K opens the search dialog"] = await page.locator("#pst-search-dialog").is_visible()
        return found, errors
    finally:
        await context.close()


def test_header_menus_work_with_mouse_and_keyboard(browser, site):
    found, errors = browser.run(use_menus(browser.browser, site))
    failed = [what for what, ok in found.items() if not ok]
    assert not failed and not errors, f"failed: {failed}; script errors: {errors}"
