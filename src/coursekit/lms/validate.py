"""Check an XML document against the XML Schemas vendored in ``lms/xsd/`` (``SOURCES.md`` there says
where each file comes from), without ever touching the network.

``validate(xml, kind)`` returns the problems as short English strings (for the build and the tests,
not for learners); an empty list means valid. The kinds:

- ``scorm12``: a SCORM 1.2 ``imsmanifest.xml`` (IMS CP 1.1.2 with the ADL extensions; LOM metadata
  inside the manifest is not covered: its schema does not compile in libxml2);
- ``scorm2004``: a SCORM 2004 4th edition ``imsmanifest.xml`` (IMS CP 1.1.4, ADL CP, sequencing and
  navigation);
- ``imscp``: a plain IMS CP 1.1.4 ``imsmanifest.xml``, such as the one in a QTI package;
- ``qti12``: an IMS QTI 1.2 ``questestinterop`` document.

Every schema is loaded from its folder: a resolver maps each ``schemaLocation`` (by its file name)
to a vendored file and refuses anything else, and the parsers have ``no_network``. The document
itself is parsed without resolving entities, without loading a DTD and with lxml's limits on huge
documents on; a document with a DOCTYPE is refused outright (a manifest or QTI file never needs one).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

XSD = Path(__file__).parent / "xsd"
_SCHEMA_NS = "http://www.w3.org/2001/XMLSchema"

# kind: (folder in xsd/, {namespace: schema file}); the namespaces a document of that kind may use.
KINDS: dict[str, tuple[str, dict[str, str]]] = {
    "scorm12": (
        "scorm12",
        {
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2": "imscp_rootv1p1p2.xsd",
            "http://www.adlnet.org/xsd/adlcp_rootv1p2": "adlcp_rootv1p2.xsd",
        },
    ),
    "scorm2004": (
        "scorm2004",
        {
            "http://www.imsglobal.org/xsd/imscp_v1p1": "imscp_v1p1.xsd",
            "http://www.adlnet.org/xsd/adlcp_v1p3": "adlcp_v1p3.xsd",
            "http://www.adlnet.org/xsd/adlseq_v1p3": "adlseq_v1p3.xsd",
            "http://www.adlnet.org/xsd/adlnav_v1p3": "adlnav_v1p3.xsd",
            "http://www.imsglobal.org/xsd/imsss": "imsss_v1p0.xsd",
        },
    ),
    "imscp": ("scorm2004", {"http://www.imsglobal.org/xsd/imscp_v1p1": "imscp_v1p1.xsd"}),
    "qti12": ("qti12", {"http://www.imsglobal.org/xsd/ims_qtiasiv1p2": "ims_qtiasiv1p2.xsd"}),
}


def validate(xml: bytes, kind: str) -> list[str]:
    """The problems of ``xml`` as a document of ``kind`` (see the module docstring); [] if valid."""
    from lxml import etree

    schema = _schema(kind)  # KeyError for an unknown kind: a programming error, not a finding
    try:
        document = etree.fromstring(xml, _parser(None))
    except etree.XMLSyntaxError as error:
        return [f"not well-formed: {error}"]
    if document.getroottree().docinfo.doctype:
        return ["a DOCTYPE is not allowed"]
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


@functools.cache
def _schema(kind: str) -> Any:
    from lxml import etree

    folder, imports = KINDS[kind]
    directory = XSD / folder
    # A schema that only imports the kind's namespaces from their vendored files.
    driver = etree.Element(f"{{{_SCHEMA_NS}}}schema")
    for namespace, file in imports.items():
        etree.SubElement(driver, f"{{{_SCHEMA_NS}}}import", namespace=namespace, schemaLocation=file)
    base = (directory / "driver.xsd").resolve().as_uri()
    return etree.XMLSchema(etree.fromstring(etree.tostring(driver), _parser(directory), base_url=base))


def _parser(directory: Path | None) -> Any:
    """A hardened parser that loads only ``*.xsd`` files of ``directory`` (none when it is None)."""
    from lxml import etree

    class Vendored(etree.Resolver):
        def resolve(self, url: str, public_id: str, context: Any) -> Any:
            name = url.replace("\\", "/").rsplit("/", 1)[-1]
            if directory is not None and name.endswith(".xsd") and (directory / name).is_file():
                return self.resolve_filename(str((directory / name).resolve()), context)
            raise OSError(f"refused to load {url}")

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    parser.resolvers.add(Vendored())
    return parser
