"""What the book's own Sphinx extensions (book/_ext) write into its pages: downloads, the edition
banner, launch buttons, names for controls. Their templates' texts are in the templates themselves,
as ``_("...")``, and translated through ``locale/<lang>/LC_MESSAGES/sphinx.po``.
"""

from __future__ import annotations

from ..i18n import localise_texts

# --- Downloads of an edition (book/_ext/edities_downloads.py), per kind ----------------------------

DOWNLOAD_TITLES = {
    "pdf": "Het hele boek als pdf",
    "epub": "Het boek als e-book",
    "zip": "De website om offline te lezen",
    "lms": "Voor je leeromgeving (docenten)",
}
DOWNLOAD_DESCRIPTIONS = {
    "pdf": "Met klikbare inhoudsopgave en paginanummers; om te lezen of af te drukken.",
    "epub": (
        "Voor e-readers en leesapps; de tekst past zich aan je scherm aan. De oefeningen staan erin zoals op papier."
    ),
    "zip": (
        "Pak het zip-bestand uit en open index.html in je browser. Alles werkt zonder internet, "
        "ook de oefeningen: je antwoorden blijven in die browser bewaard."
    ),
    "lms": (
        "Elk hoofdstuk en het hele boek als SCORM-pakket (SCORM 1.2 en 2004), en de kennisvragen als "
        "vragenbank (QTI 1.2 en Moodle XML). Pak dit zip-bestand uit en zet de pakketten zelf ongeopend "
        "in je leeromgeving; de docentenpagina In je leeromgeving zegt hoe."
    ),
}

DOWNLOADS_PAGES = "{pages} bladzijden"
DOWNLOADS_NOT_YET = "Deze bestanden worden gemaakt als een editie wordt uitgebracht"
DOWNLOADS_ON_PAPER = "Het boek is er ook als pdf, als e-book (epub) en als website om offline te lezen: zie {online}"

# --- The offline copies themselves (scripts/make_pdf.py, scripts/make_epub.py) ----------------------

PDF_TITLE_PAGE = "Titelpagina"  # the name of the PDF's title page, for a screen reader
PDF_EDITION = "Editie {edition}"
PDF_WORK_IN_PROGRESS = "werkversie"  # the edition of the work in progress
PDF_DATE = "{day} {month} {year}"  # the edition's date; the month from common.MONTHS
PDF_LICENCE = "Tekst: CC BY 4.0. Code: MIT-licentie."
PDF_ONLINE = "Online: {address}"
EPUB_DESCRIPTION = (
    "Een open, interactief cursusboek, naar het college 'Opgavegericht werken': Ambtelijk vakmanschap 3.0 "
    "van Paul 't Hart."
)

# --- Editions (book/_ext/edities.py, scripts/assemble_site.py) ---------------------------------------

EDITION_DEVELOPMENT = "Werkversie"  # the work in progress, in the edition switcher
SWITCHER_NEWEST = "{name} (nieuwste)"  # the newest edition in the published site's switcher
SWITCHER_DEVELOPMENT = "Werkversie (ontwikkeling)"

# --- The banner on every edition but the newest (book/_ext/edities.py) ------------------------------

BANNER_READING = "Je leest "
BANNER_DEVELOPMENT = "de werkversie van het boek, nog niet uitgebracht als editie"
BANNER_OLD = "de editie {name}, een eerdere editie"
BANNER_VERSION = "de versie {version}"
BANNER_UNKNOWN = "een onbekende versie"
BANNER_NEWEST = "Naar de nieuwste editie"
CLOSE_BANNER = "Sluit deze melding"

# --- Controls ----------------------------------------------------------------------------------------

PARTS_OF = "Onderdelen van {title}"  # the toggle of a chapter's sections in the table of contents
PARTS_SHOW = "Onderdelen tonen"
LAUNCH_LAB = "Maak de oefeningen in JupyterLab ({hub})"
LAUNCH_VOILA = "Open de oefeningen als app (Voila)"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
