"""The question banks for the learning platforms (coursekit.lms.banks) and the XML Schema check
(coursekit.lms.validate): every knowledge check of the book comes back out of the QTI package and
the Moodle XML as it was defined, the QTI validates against the vendored schema, and validating
never reaches for the network."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from lxml import etree

from coursekit.definitions import load_catalog
from coursekit.exercise_types.multiple_choice import MultipleChoice
from coursekit.lms.banks import write_banks
from coursekit.lms.validate import validate
from helpers import ROOT, fixture_catalog

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
TRICKY = """\
chapter: 1
title: "Grenzen <en> & \\"regels\\" / 'kaders'"
exercises:
  - id: h1-kennis-tekens
    type: multiple_choice
    title: "Tekens: <b>vet</b> & \\"aanhalingen\\""
    question: "Is 3 < 4 & 5 > 2? Zeg \\"ja\\" of 'nee'. ]]> <![CDATA[ &amp;\\n\\nTweede alinea."
    options:
      - {text: "Ja, <altijd> & \\"overal\\"", correct: true, feedback: "Goed. 3 < 4 & 'zo' ]]>"}
      - {text: "Nee ]]>", correct: false, feedback: "Nog niet. &lt; is geen <"}
      - {text: "Soms", correct: true, feedback: "Goed. Ook dit telt."}
"""


@pytest.fixture(scope="module")
def book():
    return load_catalog(ROOT)


@pytest.fixture(scope="module")
def book_banks(book, tmp_path_factory):
    return {path.name: path.read_bytes() for path in write_banks(book, tmp_path_factory.mktemp("banken"))}


@pytest.fixture
def tricky(tmp_path):
    fixture = tmp_path / "tekens.yml"
    fixture.write_text(TRICKY, encoding="utf-8")
    catalog = fixture_catalog(tmp_path / "boek", fixture)
    return catalog, {path.name: path.read_bytes() for path in write_banks(catalog, tmp_path / "banken")}


def knowledge_checks(catalog, chapter=None):
    return {
        d.id: {"question": d.question, "options": [(o.text, o.correct, o.feedback) for o in d.options]}
        for d in catalog.definitions.values()
        if isinstance(d, MultipleChoice) and chapter in (None, d.chapter)
    }


def unzipped(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def qti_questions(package: bytes) -> dict[str, dict]:
    """The knowledge checks as a platform reads them from a QTI package: the manifest's resource,
    each item's question, its options, which option sets a SCORE and which feedback it shows."""
    files = unzipped(package)
    manifest = etree.fromstring(files["imsmanifest.xml"], PARSER)
    (resource,) = manifest.iter("{http://www.imsglobal.org/xsd/imscp_v1p1}resource")
    assert resource.get("type") == "imsqti_xmlv1p2"
    root = etree.fromstring(files[resource.get("href")], PARSER)
    found = {}
    for item in root.iter(f"{QTI}item"):
        (response,) = item.iter(f"{QTI}response_lid")
        assert response.get("rcardinality") == "Single"
        labels = {label.get("ident"): label.findtext(f".//{QTI}mattext") for label in item.iter(f"{QTI}response_label")}
        feedback = {part.get("ident"): part.findtext(f".//{QTI}mattext") for part in item.iter(f"{QTI}itemfeedback")}
        shown, scored = {}, set()
        for condition in item.iter(f"{QTI}respcondition"):
            (option,) = [value.text for value in condition.iter(f"{QTI}varequal")]
            for display in condition.iter(f"{QTI}displayfeedback"):
                shown[option] = feedback[display.get("linkrefid")]
            for score in condition.iter(f"{QTI}setvar"):
                assert (score.get("varname"), score.get("action"), score.text) == ("SCORE", "Set", "100")
                scored.add(option)
        found[item.get("ident")] = {
            "question": item.findtext(f"{QTI}presentation/{QTI}material/{QTI}mattext"),
            "options": [(text, ident in scored, shown[ident]) for ident, text in labels.items()],
        }
    return found


def moodle_questions(xml: bytes) -> dict[str, dict]:
    """The knowledge checks as Moodle reads them, with the category each one lands in."""
    found, category = {}, None
    for question in etree.fromstring(xml, PARSER).findall("question"):
        if question.get("type") == "category":
            category = question.findtext("category/text")
            continue
        assert (question.get("type"), question.findtext("single")) == ("multichoice", "true")
        assert {answer.get("fraction") for answer in question.findall("answer")} <= {"0", "100"}
        found[question.findtext("idnumber")] = {
            "question": question.findtext("questiontext/text"),
            "options": [
                (answer.findtext("text"), answer.get("fraction") == "100", answer.findtext("feedback/text"))
                for answer in question.findall("answer")
            ],
            "name": question.findtext("name/text"),
            "category": category,
        }
    return found


def without_extras(found: dict[str, dict]) -> dict[str, dict]:
    return {key: {"question": value["question"], "options": value["options"]} for key, value in found.items()}


def test_a_bank_per_chapter_with_knowledge_checks_and_one_for_the_book(book, book_banks):
    chapters = sorted({d.chapter for d in book.definitions.values() if isinstance(d, MultipleChoice)})
    expected = [f"hoofdstuk-{n:02d}-kennisvragen-{kind}" for n in chapters for kind in ("qti.zip", "moodle.xml")]
    assert list(book_banks) == [*expected, "boek-kennisvragen-qti.zip", "boek-kennisvragen-moodle.xml"]


def test_every_qti_file_of_the_book_validates_against_the_vendored_schemas(book_banks):
    packages = {name.removesuffix("-qti.zip"): content for name, content in book_banks.items() if name.endswith(".zip")}
    for ident, package in packages.items():
        files = unzipped(package)
        assert list(files) == [f"{ident}.xml", "imsmanifest.xml"]
        for name, content in files.items():
            assert validate(content, "imscp" if name == "imsmanifest.xml" else "qti12") == [], name


def test_every_knowledge_check_comes_back_out_of_qti_and_moodle_as_defined(book, book_banks):
    assert qti_questions(book_banks["boek-kennisvragen-qti.zip"]) == knowledge_checks(book)
    moodle = moodle_questions(book_banks["boek-kennisvragen-moodle.xml"])
    assert without_extras(moodle) == knowledge_checks(book)
    for chapter in book.chapters:
        checks = knowledge_checks(book, chapter)
        if checks:
            name = f"hoofdstuk-{chapter:02d}-kennisvragen"
            assert qti_questions(book_banks[f"{name}-qti.zip"]) == checks
            assert without_extras(moodle_questions(book_banks[f"{name}-moodle.xml"])) == checks
    for exercise_id, question in moodle.items():
        definition = book.get(exercise_id)
        assert question["name"] == f"{definition.title} ({exercise_id})"
        chapter = f"Hoofdstuk {definition.chapter}: {book.chapters[definition.chapter].title}"
        assert question["category"].endswith("/" + chapter.replace("/", "//"))


def test_markup_characters_and_quotes_round_trip_as_plain_text(tricky):
    catalog, banks = tricky
    assert list(banks) == [
        "hoofdstuk-01-kennisvragen-qti.zip",
        "hoofdstuk-01-kennisvragen-moodle.xml",
        "boek-kennisvragen-qti.zip",
        "boek-kennisvragen-moodle.xml",
    ]
    expected = knowledge_checks(catalog)
    assert "]]>" in expected["h1-kennis-tekens"]["question"]
    for name in ("hoofdstuk-01-kennisvragen", "boek-kennisvragen"):
        package = banks[f"{name}-qti.zip"]
        assert qti_questions(package) == expected
        assert validate(unzipped(package)[f"{name}.xml"], "qti12") == []
        moodle = moodle_questions(banks[f"{name}-moodle.xml"])
        assert without_extras(moodle) == expected
        # Moodle separates categories by "/": one in a title is doubled.
        assert moodle["h1-kennis-tekens"]["category"] == (
            "$course$/top/Kennisvragen Opgavegericht werken 2026-2027/"
            "Hoofdstuk 1: Grenzen <en> & \"regels\" // 'kaders'"
        )


def test_the_files_are_the_same_bytes_on_every_build(tricky, tmp_path):
    catalog, banks = tricky
    again = {path.name: path.read_bytes() for path in write_banks(catalog, tmp_path / "opnieuw")}
    assert again == banks
    with zipfile.ZipFile(io.BytesIO(banks["boek-kennisvragen-qti.zip"])) as archive:
        assert archive.namelist() == sorted(archive.namelist())
        assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_a_broken_document_fails_with_a_message(tricky):
    _, banks = tricky
    bank = unzipped(banks["boek-kennisvragen-qti.zip"])["boek-kennisvragen.xml"]
    problems = validate(bank.replace(b'<item ident="h1-kennis-tekens"', b"<item"), "qti12")
    assert problems and "ident" in problems[0] and problems[0].startswith("line ")
    assert validate(bank.replace(b'rcardinality="Single"', b'rcardinality="Een"'), "qti12")
    assert validate(b"<questestinterop", "qti12")[0].startswith("not well-formed")
    with pytest.raises(KeyError):
        validate(bank, "qti21")


def test_validating_never_reaches_for_the_network(tricky):
    _, banks = tricky
    bank = unzipped(banks["boek-kennisvragen-qti.zip"])["boek-kennisvragen.xml"]
    elsewhere = bank.replace(b"http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd", b"http://example.invalid/qti.xsd")
    started = time.monotonic()
    assert validate(elsewhere, "qti12") == []  # checked against the vendored schema, not the one named
    outside = b'<!DOCTYPE questestinterop SYSTEM "http://example.invalid/qti.dtd">' + bank.split(b"?>", 1)[1]
    assert validate(outside, "qti12") == ["a DOCTYPE is not allowed"]
    entity = b'<!DOCTYPE q [<!ENTITY e SYSTEM "file:///etc/passwd">]><questestinterop>&e;</questestinterop>'
    assert validate(entity, "qti12") == ["a DOCTYPE is not allowed"]
    assert time.monotonic() - started < 5


SCORM12 = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="boek" version="2026-2027"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="organisatie">
    <organization identifier="organisatie">
      <title>Hoofdstuk 6</title>
      <item identifier="onderdeel" identifierref="pagina"><title>Hoofdstuk 6</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="pagina" type="webcontent" adlcp:scormtype="sco" href="start.html">
      <file href="start.html"/>
    </resource>
  </resources>
</manifest>
"""
SCORM2004 = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="boek" version="2026-2027"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="organisatie">
    <organization identifier="organisatie">
      <title>Hoofdstuk 6</title>
      <item identifier="onderdeel" identifierref="pagina">
        <title>Hoofdstuk 6</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="score" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="pagina" type="webcontent" adlcp:scormType="sco" href="start.html">
      <file href="start.html"/>
    </resource>
  </resources>
</manifest>
"""


def test_minimal_scorm_manifests_validate_and_broken_ones_do_not():
    assert validate(SCORM12, "scorm12") == []
    assert validate(SCORM2004, "scorm2004") == []
    assert validate(SCORM12.replace(b'scormtype="sco"', b'scormtype="les"'), "scorm12")
    assert validate(SCORM2004.replace(b"0.8<", b"8<"), "scorm2004")
    assert validate(SCORM12, "scorm2004")  # the wrong edition's namespace
