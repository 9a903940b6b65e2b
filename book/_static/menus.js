/* The article header's three menus (launch, repository, download) without Bootstrap's 80 kB
   script: a button with data-bs-toggle="dropdown" opens and closes the list after it.
   Escape closes the menu and returns focus to its button; so does a click or focus elsewhere.
   Arrow keys move through the menu's links. (book/_ext/page_fixes.py) */
(function () {
  "use strict";
  function menuOf(button) { return button.parentElement.querySelector(".dropdown-menu"); }
  function items(menu) { return Array.from(menu.querySelectorAll("a, button")); }
  function close(button, focusButton) {
    var menu = menuOf(button);
    if (!menu || !menu.classList.contains("show")) return;
    menu.classList.remove("show");
    button.setAttribute("aria-expanded", "false");
    if (focusButton) button.focus();
  }
  function open(button) {
    document.querySelectorAll('[data-bs-toggle="dropdown"][aria-expanded="true"]').forEach(
      function (other) { if (other !== button) close(other, false); });
    menuOf(button).classList.add("show");
    button.setAttribute("aria-expanded", "true");
  }
  function setUp(button) {
    var menu = menuOf(button);
    if (!menu) return;
    button.addEventListener("click", function (event) {
      event.preventDefault();
      if (menu.classList.contains("show")) close(button, false); else open(button);
    });
    button.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        open(button);
        var first = items(menu)[0];
        if (first) first.focus();
      }
    });
    menu.addEventListener("keydown", function (event) {
      var list = items(menu), index = list.indexOf(document.activeElement);
      if (event.key === "Escape") { event.preventDefault(); close(button, true); }
      else if (event.key === "ArrowDown" && list.length) {
        event.preventDefault(); list[(index + 1) % list.length].focus();
      } else if (event.key === "ArrowUp" && list.length) {
        event.preventDefault(); list[(index - 1 + list.length) % list.length].focus();
      }
    });
    button.parentElement.addEventListener("focusout", function (event) {
      if (!button.parentElement.contains(event.relatedTarget)) close(button, false);
    });
  }
  function start() {
    document.querySelectorAll('[data-bs-toggle="dropdown"]').forEach(setUp);
    document.addEventListener("click", function (event) {
      document.querySelectorAll('[data-bs-toggle="dropdown"][aria-expanded="true"]').forEach(
        function (button) { if (!button.parentElement.contains(event.target)) close(button, false); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
