"""`paperlens match` as an outside user calls it: citation records as they come, one verdict line per input line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backend.domain.names import split_authors
from tests.bench.dblp_acm import load

ROOT = Path(__file__).resolve().parents[2]


def run_match(lines: list[str]) -> tuple[list[dict], int]:
    done = subprocess.run(
        [sys.executable, "-m", "backend.cli", "match", "-"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines()], done.returncode


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("M. Kearns and U. Vazirani", ["M. Kearns", "U. Vazirani"]),
        ("Kearns, Michael and Vazirani, Umesh", ["Kearns, Michael", "Vazirani, Umesh"]),
        ("M Kearns, U Vazirani", ["M Kearns", "U Vazirani"]),
        ("Kearns, Michael J.", ["Kearns, Michael J."]),  # one name, surname first
        ("Kearns, M., Vazirani, U. V.", ["Kearns, M.", "Vazirani, U. V."]),
        ("Kearns, Li, Valiant", ["Kearns", "Li", "Valiant"]),
        ("Alexander Smith; Brandon Jones", ["Alexander Smith", "Brandon Jones"]),
        ("Alexander Smith & AT&T Labs", ["Alexander Smith", "AT&T Labs"]),
        ("M. Kearns, Y. Mansour, D. Ron, and L. Sellie", ["M. Kearns", "Y. Mansour", "D. Ron", "L. Sellie"]),
        ("M. Kearns, Y. Mansour and L. Sellie", ["M. Kearns", "Y. Mansour", "L. Sellie"]),
        ("Kearns, M., Mansour, Y., et al.", ["Kearns, M.", "Mansour, Y."]),  # "et al." is no name
        ("M. Kearns et al.", ["M. Kearns"]),
        ("B. Buth et. al.,", ["B. Buth"]),  # as a reference cites it, its comma still after it (Cora)
        ("Fahlman, S. & Hinton, G.", ["Fahlman, S.", "Hinton, G."]),
        # A citation set without its punctuation: names run together, surname or initials first.
        ("benford s bowers j fahln l greenhalgh c and snowdon d", ["benford s", "bowers j", "fahln l", "greenhalgh c", "snowdon d"]),
        ("daelemans w van den bosch a and weijters t", ["daelemans w", "van den bosch a", "weijters t"]),
        ("m ahlskog j paloheimo h stubb p dyreklev m fahlman o", ["m ahlskog", "j paloheimo", "h stubb", "p dyreklev", "m fahlman"]),
        ("r c yee s saxena p e utgoff and a g barto", ["r c yee", "s saxena", "p e utgoff", "a g barto"]),
        ("b a draper carla e brodley and paul e utgoff", ["b a draper", "carla e brodley", "paul e utgoff"]),  # given names in full
        ("s b thrun k de jong w van de welde", ["s b thrun", "k de jong", "w van de welde"]),  # surnames with particles
        ("fahlman s e", ["fahlman s e"]),
        ("scott e fahlman", ["scott e fahlman"]),  # first name, initial, surname: one name
        ("lennart e fahlen charles grant brown and olov stahl", ["lennart e fahlen charles grant brown", "olov stahl"]),  # no telling
        # Chicago's style: the first name surname first, the others given name first, one word each side.
        ("aha david w dennis kibler marc k albert", ["aha david w", "dennis kibler", "marc k albert"]),
        ("aha david w dennis kibler and marc k albert", ["aha david w", "dennis kibler", "marc k albert"]),
        ("mary ann w smith john doe", ["mary ann w smith john doe"]),  # a word left over: no telling
    ],
)
def test_an_author_string_is_split_into_names(names, expected):
    assert split_authors(names) == tuple(expected)


def test_records_as_citation_data_writes_them_are_read_and_a_bad_line_loses_nothing():
    title = "Learning in the presence of malicious errors"
    lines = [
        json.dumps({"left": {"title": title, "authors": "M. Kearns and M. Li", "year": "1993", "pages": "807-837"},
                    "right": {"title": title, "authors": ["Michael Kearns", "Ming Li"], "year": 1993.0, "id": 7}}),
        '{"left": {"title": "cut off',
        json.dumps({"left": {"authors": ["M. Kearns"]}, "right": {"title": title}}),
        json.dumps({"left": {"title": title, "year": "In Proc. STOC 1988"}, "right": {"title": title, "year": 1993}}),
    ]  # fmt: skip
    verdicts, status = run_match(lines)
    assert status == 2
    assert len(verdicts) == 4  # in order, one per line
    assert verdicts[0]["verdict"] == "same" and "same year 1993" in verdicts[0]["reasons"]
    assert verdicts[1]["line"] == 2 and "malformed" in verdicts[1]["error"]
    assert verdicts[2]["line"] == 3 and "title" in verdicts[2]["error"]
    assert verdicts[3]["verdict"] != "same" and "years differ (1988 / 1993)" in verdicts[3]["reasons"]


def test_bibtex_and_csl_field_names_are_read_as_ours():
    title = "Learning in the presence of malicious errors"
    ours = {"title": title, "authors": ["M. Kearns", "M. Li"], "year": 1993, "venue": "SIAM J. Comput."}
    bibtex = {"title": title, "author": "Kearns, M. and Li, M.", "year": "1993", "journal": "SIAM J. Comput."}
    csl = {"title": title, "author": ["Kearns, M.", "Li, M."], "date": "1993-08", "container-title": "SIAM J. Comput."}
    other = {"title": title, "authors": ["A. Nother"], "year": 2001, "venue": "STOC"}
    lines = [json.dumps({"left": side, "right": other}) for side in (ours, bibtex, csl)]
    verdicts, status = run_match(lines)
    assert status == 0
    assert verdicts[1] == verdicts[0] and verdicts[2] == verdicts[0]  # the same reasons: authors, years, venues read
    assert "years differ (1993 / 2001)" in verdicts[0]["reasons"]


def test_a_csl_json_item_as_zotero_exports_it_is_a_record():
    """Names as objects, the date as date-parts, DOI and URL in capitals: read as the same fields written our way."""
    title = "Learning in the presence of malicious errors"
    ours = {"title": title, "authors": ["M. Kearns", "M. Li"], "year": 1993, "venue": "SIAM J. Comput."}
    zotero = {
        "id": "http://zotero.org/users/1/items/ABCD", "type": "article-journal", "title": title,
        "author": [{"family": "Kearns", "given": "M."}, {"family": "Li", "given": "M."}],
        "issued": {"date-parts": [["1993", 8]]}, "container-title": "SIAM J. Comput.", "URL": "https://example.org/kearns93",
    }  # fmt: skip
    other = {"title": title, "authors": ["A. Nother"], "year": 2001, "venue": "STOC"}
    lines = [json.dumps({"left": side, "right": other}) for side in (ours, zotero)]
    lines.append(json.dumps({"left": {"title": title, "DOI": "10.1137/0222052"}, "right": {"title": "Another title", "doi": "10.1137/0222052"}}))
    verdicts, status = run_match(lines)
    assert status == 0
    assert verdicts[1] == verdicts[0] and "years differ (1993 / 2001)" in verdicts[0]["reasons"]  # names and year read
    assert verdicts[2]["verdict"] == "same" and verdicts[2]["basis"] == "doi"  # "DOI" is the doi


def test_authors_as_one_string_give_the_verdicts_a_list_gives():
    pairs = load("valid", "dblp-scholar")[:300]
    as_lists = [json.dumps({"left": left, "right": right}) for left, right, _ in pairs]
    as_strings = [
        json.dumps({side: {**record, "authors": " and ".join(record.get("authors", [])), "year": str(record.get("year", ""))}
                    for side, record in (("left", left), ("right", right))})
        for left, right, _ in pairs
    ]  # fmt: skip
    listed, status = run_match(as_lists)
    joined, joined_status = run_match(as_strings)
    assert status == joined_status == 0
    assert [v["verdict"] for v in listed] == [v["verdict"] for v in joined]
    assert sum(v["verdict"] == "same" for v in listed) > 50


def test_a_field_longer_than_the_api_takes_is_that_line_s_error_and_the_others_are_answered():
    """Comparing two titles costs the product of their lengths: two titles of a megabyte would take hours."""
    title = "Learning in the presence of malicious errors"
    huge = "malicious errors " * 60_000  # about a megabyte
    lines = [
        json.dumps({"left": {"title": huge}, "right": {"title": huge[::-1]}}),
        json.dumps({"left": {"title": title, "venue": "x" * 5_000}, "right": {"title": title}}),
        json.dumps({"left": {"title": title, "authors": "M. Kearns"}, "right": {"title": title, "authors": "Michael Kearns"}}),
        # CSL's name objects too: their parts were unbounded, and five pairs of names of 80,000 characters took 39 s
        json.dumps({"left": {"title": title, "author": [{"family": "k" * 80_000}]}, "right": {"title": title, "author": [{"family": "j" * 80_000}]}}),
    ]
    verdicts, status = run_match(lines)
    assert status == 2 and len(verdicts) == 4
    assert verdicts[3]["line"] == 4 and "length <= 500" in verdicts[3]["error"] and "$.left.author[0].family" in verdicts[3]["error"]
    assert verdicts[0]["line"] == 1 and "length <= 2000" in verdicts[0]["error"] and "$.left.title" in verdicts[0]["error"]
    assert verdicts[1]["line"] == 2 and "$.left.venue" in verdicts[1]["error"]
    assert verdicts[2]["verdict"] == "same"
