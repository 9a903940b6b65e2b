"""Helpers for the checks a light-mode axe run cannot make: reflow, dark mode, text spacing, text
zoom and keyboard focus (tests/browser/test_reading_*.py).

Each check is a small script that runs in the page and returns what it found as plain data:
the element that fails is described as ``tag#id`` or ``tag.class`` plus the start of its text,
so a failing test names the page and the element.
"""

from __future__ import annotations

import asyncio

from pagetools import settled

PAGES_AT_ONCE = 3
NARROW = {"width": 320, "height": 640}  # WCAG 1.4.10: 1280 CSS px at 400% zoom
WIDE = {"width": 1280, "height": 800}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}

# WCAG 1.4.12 Text Spacing: the values the criterion names, forced on every element.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

DESCRIBE_JS = """
window.__describe = (el) => {
  let name = el.tagName.toLowerCase();
  if (el.id) name += "#" + el.id;
  else if (el.classList && el.classList.length)
    name += "." + Array.from(el.classList).slice(0, 3).join(".");
  const text = (el.getAttribute("aria-label") || el.innerText || el.textContent || "").trim()
    .replace(/\\s+/g, " ").slice(0, 50);
  return text ? `${name} ("${text}")` : name;
};
"""

# What makes the page wider than the window, and tables wider than the box they sit in.
REFLOW_JS = (
    DESCRIBE_JS
    + """
(() => {
  const describe = window.__describe;
  const doc = document.documentElement;
  const width = doc.clientWidth;
  const shown = (el) => {
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    return box.width > 1 && box.height > 1 && style.visibility !== "hidden";
  };
  const contained = (el) => {  // inside a box that scrolls or clips sideways
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && shown(el) && !contained(el)
        && !wide.some((outer) => outer.contains(el))) wide.push(el);
  }
  const tables = [];
  for (const table of document.querySelectorAll("table")) {
    if (!shown(table)) continue;
    let box = table.parentElement;
    while (box !== document.body && getComputedStyle(box).overflowX === "visible")
      box = box.parentElement;
    const room = box === document.body ? width : box.clientWidth;
    if (table.getBoundingClientRect().width <= room + 1) continue;
    const region = table.closest('[role="region"]');
    const caption = table.querySelector("caption");
    tables.push({
      table: describe(caption ? caption : table),
      // a data table: the book's (marked by page_fixes_tables) or the class overview's (ck-table)
      data: table.classList.contains("pf-datatable") || table.classList.contains("ck-table"),
      region: !!region && region.contains(table) && region.tabIndex === 0
              && !!(region.getAttribute("aria-label") || region.getAttribute("aria-labelledby")),
    });
  }
  return {scrollWidth: doc.scrollWidth, width, wide: wide.map((el) =>
    `${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px`), tables};
})()
"""
)

# Text that is cut off (outside a box that hides its overflow), or that spills out of the box it
# belongs to (and so runs over what follows). Measured on the text itself (Range rectangles), so
# padding or a theme's negative margins do not count; text in a box that scrolls can be reached
# and counts as kept. Collapsed disclosures (a closed dropdown or <details>) hide text on purpose.
CLIPPED_JS = (
    DESCRIBE_JS
    + """
(() => {
  const describe = window.__describe;
  const skip = '[aria-hidden="true"], .visually-hidden, .sr-only, dialog:not([open]), ' +
               '.skip-link, .onlyprint, .d-none, .toggle-hidden, details:not([open]) > :not(summary), ' +
               'script, style, template, noscript, title';
  const scrolls = (overflow) => overflow === "auto" || overflow === "scroll";
  const problems = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(skip)) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === "hidden" || parent.getClientRects().length === 0) continue;
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) continue;
    // The block box the text belongs to.
    let block = parent;
    while (block !== document.body && getComputedStyle(block).display === "inline")
      block = block.parentElement;
    const own = block.getBoundingClientRect();
    let inScroller = false;
    for (let up = block; up && up !== document.body && up !== document.documentElement;
         up = up.parentElement) {
      const s = getComputedStyle(up);
      const box = up.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) { inScroller = true; break; }  // visually hidden
      const cutX = !scrolls(s.overflowX) && s.overflowX !== "visible"
        && rects.some((r) => r.right > box.right + 2 || r.left < box.left - 2);
      const cutY = !scrolls(s.overflowY) && s.overflowY !== "visible"
        && rects.some((r) => r.bottom > box.bottom + 2 || r.top < box.top - 2);
      if (cutX || cutY) {
        problems.set(describe(up), `${describe(up)}: text is cut off by its box ` +
                     `("${node.textContent.trim().slice(0, 40)}")`);
        break;
      }
      if (scrolls(s.overflowX) || scrolls(s.overflowY)) { inScroller = true; break; }
    }
    // A glyph's box can be a little taller than a tight line height: allow a third of the font size.
    const slack = Math.max(2, parseFloat(style.fontSize) / 3);
    const spills = !inScroller && rects.some((r) => r.bottom > own.bottom + slack
                                                    || r.right > own.right + 2);
    if (spills && block !== document.body)
      problems.set(describe(block) + "+", `${describe(block)}: text spills out of its box ` +
                   `("${node.textContent.trim().slice(0, 40)}")`);
  }
  return Array.from(problems.values());
})()
"""
)

# Large areas in the article that stay light in dark mode (with the text on them dark).
LIGHT_AREAS_JS = (
    DESCRIBE_JS
    + """
(() => {
  const describe = window.__describe;
  const luminance = (colour) => {
    const parts = colour.match(/[\\d.]+/g);
    if (!parts || parts.length < 3 || (parts.length > 3 && parseFloat(parts[3]) < 0.5)) return null;
    const [r, g, b] = parts.slice(0, 3).map((value) => {
      const c = parseFloat(value) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const found = [];
  const main = document.querySelector("main") || document.body;
  for (const el of main.querySelectorAll("*")) {
    if (el.closest("img, svg, picture, video, figure.pf-keep-light")) continue;
    const style = getComputedStyle(el);
    const light = luminance(style.backgroundColor);
    const box = el.getBoundingClientRect();
    if (light !== null && light > 0.6 && box.width * box.height > 2000
        && (el.textContent || "").trim()) found.push(describe(el));
  }
  return found.filter((line, index) => found.indexOf(line) === index);
})()
"""
)

# The element that has keyboard focus: where it is, whether it shows, and how it shows focus.
FOCUS_JS = (
    DESCRIBE_JS
    + """
(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  let opacity = 1, hidden = style.visibility === "hidden";
  for (let up = el; up; up = up.parentElement) {
    const s = getComputedStyle(up);
    opacity *= parseFloat(s.opacity);
    if (s.display === "none") hidden = true;
  }
  const seen = box.width >= 1 && box.height >= 1 && !hidden && opacity > 0.1
    && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1
    && !/rgba\\(.*,\\s*0\\)$/.test(style.outlineColor) && style.outlineColor !== "transparent";
  const shadow = style.boxShadow && style.boxShadow !== "none";
  const all = Array.from(document.querySelectorAll("*"));
  return {
    name: window.__describe(el), seen, indicator: outline || shadow,
    order: all.indexOf(el), top: Math.round(box.top + scrollY), inArticle: !!el.closest("article"),
    table: el.closest("table") ? Array.from(document.querySelectorAll("table")).indexOf(
      el.closest("table")) : -1,
    tabindex: el.tabIndex,
  };
})()
"""
)

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html.slice(0, 160)})),
  }));
}"""

DARK_STORAGE = """
try { localStorage.setItem("mode", "dark"); localStorage.setItem("theme", "dark"); } catch (e) {}
"""


def checked_pages(book_html, book_pages) -> list[str]:
    """Every page, but not the root page that only redirects to book/index.html."""
    return [
        relative
        for relative in book_pages
        if not (relative == "index.html" and (book_html / "book" / "index.html").is_file())
    ]


async def local_only(context, site):
    async def guard(route):
        if site.is_local(route.request.url):
            await route.continue_()
        else:
            await route.abort()

    await context.route("**/*", guard)


async def for_each_page(browser, site, pages, check, *, dark=False, **options):
    """Run `check(page, relative)` on every page in fresh tabs, a few at once.

    Returns [(relative, result)]. `dark` opens each page with the theme's switch set to dark.
    """
    context = await browser.new_context(locale="nl-NL", service_workers="block", reduced_motion="reduce", **options)
    await local_only(context, site)
    if dark:
        await context.add_init_script(DARK_STORAGE)
    limit = asyncio.Semaphore(PAGES_AT_ONCE)

    async def one(relative):
        async with limit:
            page = await context.new_page()
            try:
                await page.goto(site.url(relative), wait_until="load")
                await settled(page)
                return relative, await check(page, relative)
            finally:
                await page.close()

    try:
        return await asyncio.gather(*(one(relative) for relative in pages))
    finally:
        await context.close()
