"""Paper identifiers: arXiv ids and DOIs, recognised in every form a page or a library writes them."""

from __future__ import annotations

import re
from urllib.parse import unquote

# New style 2301.01234 (4 or 5 digits after the dot since 2015), old style hep-th/9901001 or math.GT/0309136.
_NEW_ID = r"\d{4}\.\d{4,5}"
_OLD_ID = r"[a-z][a-z\-]+(?:\.[A-Za-z]{2})?/\d{7}"
_ARXIV_IN_TEXT = re.compile(
    rf"(?:arxiv\.org/(?:abs|pdf|html)/|huggingface\.co/papers/|/papers/|arxiv[:.\s]\s*|10\.48550/arxiv\.)"
    rf"(?P<id>{_NEW_ID}|{_OLD_ID})(?:v\d+)?",
    re.IGNORECASE,
)
_BARE_ARXIV = re.compile(rf"^(?P<id>{_NEW_ID}|{_OLD_ID})(?:v\d+)?$", re.IGNORECASE)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_QUERY_OR_FRAGMENT = re.compile(r"[?&#]")
_ESCAPED_SLASH = re.compile(r"%2f", re.IGNORECASE)


def normalise_arxiv_id(value: str | None) -> str | None:
    """The versionless id of an arXiv reference (`arXiv:2305.18290v2`, an abs/pdf URL, ...), or None."""
    if not value:
        return None
    value = value.strip()
    bare = _BARE_ARXIV.match(value)
    match = bare or _ARXIV_IN_TEXT.search(value)
    if not match:
        return None
    arxiv_id = match.group("id")
    # Old-style archive names are lower case; the subject class after the dot is upper case.
    if "/" in arxiv_id:
        archive, number = arxiv_id.split("/")
        name, _, subject = archive.partition(".")
        arxiv_id = f"{name.lower()}{'.' + subject.upper() if subject else ''}/{number}"
    return arxiv_id


def normalise_doi(value: str | None) -> str | None:
    """A DOI in lower case without its URL prefix; arXiv's own DOIs are left to `normalise_arxiv_id`."""
    if not value:
        return None
    value = value.strip()
    address = "://" in value or "doi.org/" in value.lower()
    if address:
        value = _ESCAPED_SLASH.sub("/", value)  # "doi.org/10.1126%2Fscience.adk5678"
    match = _DOI.search(value)
    if not match:
        nature = _NATURE_ARTICLE.search(value)
        return f"10.1038/{nature.group(1).lower()}" if nature else None
    doi = match.group(1)
    if address:  # "?", "&" and "#" end the DOI in an address (science.org/doi/10.1126/…?af=R); escapes are its own
        doi = unquote(_QUERY_OR_FRAGMENT.split(doi, 1)[0])
    doi = doi.rstrip(".,;)]}").lower()
    biorxiv = _BIORXIV_PAGE.match(doi)
    return biorxiv.group(1) if biorxiv else doi


# Springer Nature's journals (Nature, Nature Communications, Scientific Reports, …) address an article by its DOI's
# suffix alone: nature.com/articles/s41586-021-03819-2 is 10.1038/s41586-021-03819-2.
_NATURE_ARTICLE = re.compile(r"\bnature\.com/articles/([a-z0-9][a-z0-9.\-]*?)(?:\.pdf)?(?=[?#/\s\"'<>]|$)", re.IGNORECASE)

# bioRxiv's and medRxiv's pages add a version and a view to the DOI in their addresses: ".../10.1101/
# 2020.12.01.406215v2.full.pdf" is 10.1101/2020.12.01.406215 (Cold Spring Harbor's journals, "10.1101/gr.…", are not).
_BIORXIV_PAGE = re.compile(r"(10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,})(?:v\d+)?(?:\.(?:full|abstract|supplementary)\b.*|[/?#].*)?$")


def arxiv_id_from_doi(doi: str | None) -> str | None:
    """`10.48550/arXiv.2305.18290` is arXiv's DOI for 2305.18290."""
    if doi and doi.lower().startswith("10.48550/arxiv."):
        return normalise_arxiv_id(doi[len("10.48550/arxiv.") :])
    return None


# The DOIs preprint servers other than arXiv give (bioRxiv and medRxiv's "10.1101/2020.12.01.406215" or
# "10.1101/123456", not Cold Spring Harbor's journals' "10.1101/gr.…"; SSRN; Research Square; ChemRxiv; OSF's
# PsyArXiv and SocArXiv; Preprints.org; TechRxiv; ESSOAr): a paper has one there and another once published.
_PREPRINT_DOI = re.compile(
    r"10\.(?:1101/\d|2139/ssrn\.|21203/rs\.|26434/chemrxiv|31234/osf\.io/|31235/osf\.io/|20944/preprints|36227/techrxiv"
    r"|1002/essoar\.)"
)


def is_preprint_doi(doi: str) -> bool:
    """A normalised DOI (lower case, no URL) that a preprint server gave."""
    return bool(_PREPRINT_DOI.match(doi))
