"""Tables that read well on a phone (WCAG 1.4.10 Reflow), prepared at build time for
``book/_static/pagina.css``.

Most tables in this book are lists laid out as a table: a term and its description, a rubric
row, an item and its category, a self-scan's statements with their scale. Below 40em these
reflow into one block per row, each cell with its column header beside it. Only real data
tables keep their columns and scroll sideways, inside a region that has a name and can take
keyboard focus.

- **List-like** (every table, unless marked otherwise): class ``pf-reflow``; each body cell gets
  ``data-label`` with its column header (the stylesheet shows it beside the value, hidden from
  screen readers, which still get the table itself: Chromium and Firefox keep a table's roles
  when its rows are shown as blocks; explicit ARIA table roles on ``tr``/``td`` are invalid HTML
  according to the Nu checker, so none are added).
  A self-scan (every answer cell an empty circle) also gets ``pf-scale``: per statement, the
  scale then reads as a stacked list of options, like a radio group.
- **Data tables**: a table with class ``datatabel`` (set in Markdown with ``{table}``'s
  ``:class:``; the class overview draws its own, coursekit/classpage). They get class
  ``pf-datatable`` and are wrapped in
  ``<div role="region" tabindex="0" aria-labelledby="(the caption)">``, which the theme's script
  takes out of the tab order again when the table fits.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

DATA_CLASSES = {"datatabel", "pf-datatable"}
REGION_CLASSES = "pst-scrollable-table-container pf-table-region"
_TABLE = re.compile(r"<table\b.*?</table>", re.DOTALL | re.IGNORECASE)
SCALE_MARK = "○"


def _headers(table) -> list[str]:
    head = table.find("thead")
    rows = head.find_all("tr") if head else []
    if not rows:
        return []
    labels = []
    for cell in rows[-1].find_all(["th", "td"], recursive=False):
        labels += [" ".join(cell.get_text(" ", strip=True).split())] * int(cell.get("colspan", 1))
    return labels


def _is_scale(table) -> bool:
    cells = [cell for row in table.select("tbody > tr") for cell in row.find_all("td", recursive=False)]
    marked = [cell for cell in cells if cell.get_text(strip=True) == SCALE_MARK]
    return bool(marked) and len(marked) >= len(cells) * 0.6


def _prepare_list_table(table) -> None:
    table["class"] = sorted(set(table.get("class", [])) | {"pf-reflow"} | ({"pf-scale"} if _is_scale(table) else set()))
    labels = _headers(table)
    for row in table.find_all("tr"):
        if row.find_parent("thead") is not None:
            continue
        column = 0
        for cell in row.find_all(["th", "td"], recursive=False):
            if cell.name == "td" and column < len(labels) and labels[column]:
                cell["data-label"] = labels[column]
            column += int(cell.get("colspan", 1))


def _prepare_data_table(soup, table, number: int) -> None:
    table["class"] = sorted(set(table.get("class", [])) | {"pf-datatable"})
    caption = table.find("caption")
    region = soup.new_tag("div", attrs={"class": REGION_CLASSES, "role": "region", "tabindex": "0"})
    if caption is not None:
        if not caption.get("id"):
            caption["id"] = f"pf-datatabel-{number}"
        region["aria-labelledby"] = caption["id"]
    else:
        region["aria-label"] = "Tabel"
    table.wrap(region)


def prepare_tables(html: str) -> str:
    """Every ``<table>`` in a page body, prepared as described in the module docstring."""
    if "<table" not in html:
        return html

    count = {"data": 0}

    def one(match):
        soup = BeautifulSoup(match.group(0), "html.parser")
        table = soup.find("table")
        if table is None or "pf-reflow" in table.get("class", []) or "pf-datatable" in table.get("class", []):
            return match.group(0)
        if DATA_CLASSES & set(table.get("class", [])):
            count["data"] += 1
            _prepare_data_table(soup, table, count["data"])
        else:
            _prepare_list_table(table)
        return str(soup)

    return _TABLE.sub(one, html)
