/* The edition switcher and the banner on older editions are pydata-sphinx-theme's own (its
   script fills the menu from switcher.json and shows the banner). This part runs just before the
   theme's script, in the same bundle (book/_ext/edities.py): it hands the theme the page's
   settings, which the page carries in window.bookEdition (the theme's own inline settings would
   run after its script here). The list of editions is switcher.json at the root of this edition;
   the published site puts the list of all editions there. From file:// (the offline copy)
   nothing is fetched: the switcher shows this edition's name as plain text. */
(function () {
  "use strict";
  var settings = window.bookEdition;
  if (!settings || typeof DOCUMENTATION_OPTIONS !== "object") return;
  var root = document.documentElement;
  DOCUMENTATION_OPTIONS.pagename = settings.pagename;
  if (location.protocol === "file:") {
    root.classList.add("boek-offline");
    return;
  }
  var base = new URL(root.getAttribute("data-content_root") || "./", location.href);
  DOCUMENTATION_OPTIONS.theme_switcher_json_url = new URL(settings.switcher, base).href;
  DOCUMENTATION_OPTIONS.theme_switcher_version_match = settings.version;
  DOCUMENTATION_OPTIONS.show_version_warning_banner = settings.banner;
})();
