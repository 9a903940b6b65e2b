/* Search page additions from book/_ext/booksearch.py, inlined on the pages that run the search,
 * after Sphinx's doctools.js and translations.js and before its searchtools.js.
 * The argument on the last line is replaced by the Dutch texts of
 * booksearch_locale/nl/searchtools.po (a JSON catalog like Sphinx's translations.js). */
(function (catalog) {
  "use strict";

  // 1. The search's messages in the book's Dutch. addTranslations merges, so these win.
  Documentation.addTranslations(catalog);

  // 2. Result snippets with word boundaries. Sphinx reads a found page's text with
  //    textContent, which runs table cells and list items together ("RolGemiddeldeLaagste").
  //    A space after each element that is not inline text keeps the words apart, as on screen.
  var INLINE = new Set([
    "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DEL", "DFN", "EM", "FONT", "I",
    "INS", "KBD", "MARK", "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME",
    "TT", "U", "VAR", "WBR",
  ]);
  var withWordBoundaries = function (htmlString) {
    var page = new DOMParser().parseFromString(htmlString, "text/html");
    page.body.querySelectorAll("*").forEach(function (element) {
      if (!INLINE.has(element.tagName)) element.after(" ");
    });
    return page.documentElement.outerHTML;
  };
  document.addEventListener("DOMContentLoaded", function () {
    // searchtools.js has run by now; snippets are made later, when a found page has loaded.
    if (typeof Search === "undefined" || typeof Search.htmlToText !== "function") return;
    var htmlToText = Search.htmlToText;
    Search.htmlToText = function (htmlString, anchor) {
      return htmlToText(withWordBoundaries(htmlString), anchor);
    };
  });
})(BOOKSEARCH_CATALOG);
