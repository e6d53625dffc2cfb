"""`paperlens duplicates FILE`: the duplicate sweep over a bibliography file, offline, as a user (or a benchmark of
another citation set) runs it: JSON Lines of groups, each with its entries and the pairs that joined it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from backend.domain.bibliography import parse_bibliography
from tests.support import SHARED_FIXTURES

ROOT = Path(__file__).resolve().parents[2]


def run_duplicates(*args: str) -> tuple[list[dict], str, int]:
    done = subprocess.run(
        [sys.executable, "-m", "backend.cli", "duplicates", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    return [json.loads(line) for line in done.stdout.splitlines()], done.stderr, done.returncode


def test_a_researcher_s_bibtex_file_gives_its_groups_with_lines_keys_and_reasons():
    groups, said, status = run_duplicates(str(SHARED_FIXTURES / "library-zotero-export.bib"))
    assert status == 0 and "169 entries" in said
    # The work renamed between versions: three records, one group, by the abstract its records share.
    renamed = next(group for group in groups if "Exploring Structural Inductive Biases in Emergent Communication" in [e["title"] for e in group["entries"]])
    assert renamed["verdict"] == "same"
    assert [e["key"] for e in renamed["entries"]] == ["gupta_analyzing_2020", "gupta_analyzing_nodate", "slowik_exploring_2020"]
    lines = {e["line"] for e in renamed["entries"]}
    assert all(set(pair["lines"]) <= lines for pair in renamed["pairs"]) and len(renamed["pairs"]) >= 2
    assert any("the abstracts agree (100% of their phrases)" in pair["reasons"] for pair in renamed["pairs"])
    # `same` groups first, then those worth a look; each entry in one group at most.
    assert [g["verdict"] for g in groups] == sorted((g["verdict"] for g in groups), key=lambda v: v != "same")
    keys = [e["key"] for g in groups for e in g["entries"]]
    assert len(keys) == len(set(keys))


def test_a_paper_cited_many_ways_in_a_csv_file_is_one_group_and_its_authors_other_paper_another(tmp_path):
    # Citation-set records (Cora's kind): names initialled or cut, venues spelt out or missing, a year missing.
    cited = [
        ("Experiments with a new boosting algorithm", "Yoav Freund; Robert E. Schapire", "1996", "ICML"),
        ("Experiments with a New Boosting Algorithm.", "Y. Freund; R. E. Schapire", "1996", "Machine Learning: Proceedings of the Thirteenth International Conference"),
        ("experiments with a new boosting algorithm", "Freund, Y.; Schapire, R.", "", "Proc. 13th Int. Conf. on Machine Learning"),
        ("Experiments with a new boosting algorithm", "Y. Freund", "1996", ""),
        ("A decision-theoretic generalization of on-line learning and an application to boosting", "Y. Freund; R. E. Schapire", "1997", "J. Comput. Syst. Sci."),
        ("A decision-theoretic generalization of on-line learning and an application to boosting", "Yoav Freund; Robert Schapire", "1997", ""),
        ("Bagging predictors", "Leo Breiman", "1996", "Machine Learning"),
    ]  # fmt: skip
    path = tmp_path / "citations.csv"
    with path.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["title", "authors", "year", "venue"])
        writer.writerows(cited)
    groups, said, status = run_duplicates(str(path))
    assert status == 0 and "7 entries: 2 groups of one paper, 0 worth a look" in said
    assert [(g["verdict"], [e["line"] for e in g["entries"]]) for g in groups] == [("same", [2, 3, 4, 5]), ("same", [6, 7])]
    assert all(pair["verdict"] == "same" and pair["reasons"] for g in groups for pair in g["pairs"])


def test_a_file_that_cannot_be_read_says_why_and_fails(tmp_path):
    unknown = tmp_path / "notes.txt"
    unknown.write_text("Experiments with a new boosting algorithm\n")
    _, said, status = run_duplicates(str(unknown))
    assert status == 2 and "--format" in said
    _, said, status = run_duplicates(str(tmp_path / "missing.bib"))
    assert status == 2 and "missing.bib" in said
    broken = tmp_path / "broken.json"
    broken.write_text('[{"title": "Experiments with a new boosting')
    groups, said, status = run_duplicates(str(broken))
    assert (groups, status) == ([], 2) and "broken.json" in said


def test_copies_whose_authors_are_written_as_a_reference_list_writes_them_are_one_paper(tmp_path):
    # Records of a real citation set (Cora): no year, no venue, names joined by "&" or "and". Each name read as one
    # (the cell split at commas only), two copies had "no author in common" and were only worth a look.
    cited = [
        ("Connectionist architectures for artificial intelligence.", "Fahlman, S. & Hinton, G."),
        ("Connectionist Architectures for Artificial Intelligence.", "Scott E Fahlman and Geoffrey E Hinton."),
        ("Connectionist Architectures for Artificial Intelligence.", "Fahlman, S. and Hinton, G."),
        ("Long-term learning in Vernier acuity: effects of stimulus orientation, range and of feedback.", "M Fahle and S Edelman."),
        ("Long-term learning in vernier acuity: Effects of stimulus orientation, range and of feedback.", "Fahle, M. & Edelman, S."),
        ("Learning in hyperacuity: influence of stimulus range and of feedback.", "Fahle, M. W. and Edelman, S."),
    ]  # fmt: skip
    path = tmp_path / "cora.csv"
    with path.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["title", "authors"])
        writer.writerows(cited)
    groups, said, status = run_duplicates(str(path))
    assert status == 0 and "6 entries: 2 groups of one paper, 0 worth a look" in said
    assert [(g["verdict"], [e["line"] for e in g["entries"]]) for g in groups] == [("same", [2, 3, 4]), ("same", [5, 6])]
    assert all("no author in common" not in pair["reasons"] for g in groups for pair in g["pairs"])


def _swept(tmp_path: Path, header: str, rows: list[str]) -> tuple[Path, tuple[list[dict], str, int]]:
    path = tmp_path / "citations.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    return path, run_duplicates(str(path))


# Rows of a public copy of the Cora citation set as entity-resolution benchmarks ship it: lower case, punctuation
# gone, ';'-separated, BibTeX's field names as columns, the year in `date`, the names run together.
CORA_HEADER = "address;authors;authors_original;booktitle;date;editor;editors_original;id;institution;journal;month;note;pages;publisher;tech;title;type;volume;year"
CORA_ROWS = [
    ";s fahlman ;s fahlman ;;1974;;;54;;artificial intelligence ;;;pp 1 49;;;a planning system for robot construction tasks ;;vol 5;",
    ";scott elliott fahlman ;scott elliott fahlman ;;1974;;;56;;artificial intelligence ;;;1 49;;;a planning system for robot construction tasks ;;5 1;",
    ";fahlman s e ;fahlman s e ;;1974;;;58;;artificial intelligence ;;;1 49;;;a planning system for robot construction tasks ;;5 1;",
    ";s e fahlman ;s e fahlman ;;1974;;;60;;artificial intelligence ;;;1 49;;;a planning system for robot construction tasks ;;5;",
    ";s f fahlman ;s f fahlman ;artifical intel lignece 5 pp;1974;;;64;;;;;1 49;;;a planning system for robot construction tasks ;;;",
    "denver colorado usa ;benford s bowers j fahln l greenhalgh c and snowdon d ;benford s bowers j fahln l greenhalgh c and snowdon d ;"
    "in proc acm conference on human factors in computing systems chi95;may 7 11 1995;;;12;;;;;;;;user embodiment in collaborative virtual environments ;;;",
    ";benford s bowers j fahlen l e greenhalgh c snowdon d ;benford s bowers j fahlen l e greenhalgh c snowdon d ;in proceedings of chi95;1995;;;13;;;;;242 249;;;"
    "user embodiment in collaborative virtual environments ;;;",
    ";m fahle and s edelman ;m fahle and s edelman ;;1993;;;40;;vision research ;;;397 412;;;long term learning in vernier acuity effects of stimulus orientation range and of feedback ;;33 3;",
    ";fahle m edelman s ;fahle m edelman s ;;1993;;;41;;vision research ;;;397 412;;;long term learning in vernier acuity effects of stimulus orientation range and of feedback ;;33;",
]  # fmt: skip


def test_a_citation_set_that_lost_its_punctuation_is_read_name_by_name_and_swept_into_its_papers(tmp_path):
    # "fahlman s e" is Fahlman (a single letter is an initial in any case), "benford s bowers j fahln l" three
    # names, not one whose surname is "l": the copies agree on their authors and each paper is one group. Read as
    # written, "fahlman s e" and "s fahlman" had "no author in common": the copies were only worth a look.
    path, (groups, said, status) = _swept(tmp_path, CORA_HEADER, CORA_ROWS)
    assert status == 0 and "9 entries: 3 groups of one paper, 0 worth a look" in said
    assert sorted([e["line"] for e in g["entries"]] for g in groups) == [[2, 3, 4, 5, 6], [7, 8], [9, 10]]
    benford = parse_bibliography("csv", path.read_text()).entries[5].item
    assert benford.authors == ["benford s", "bowers j", "fahln l", "greenhalgh c", "snowdon d"]
    assert (benford.year, benford.venue) == (1995, "in proc acm conference on human factors in computing systems chi95")
    assert all(pair["verdict"] == "same" and "no author in common" not in pair["reasons"] for g in groups for pair in g["pairs"])


# Cora's copies of Cascade-Correlation (NIPS 2: held in 1989, printed in 1990), as HPI's cora.csv writes them.
CASCOR_HEADER = "authors;booktitle;date;id;title;year"
CASCOR_ROWS = [
    "fahlman s e lebiere c ;in advances in neural information processing systems ;1990;308;the cascade correlation architecture ;",
    "fahlman s e and lebiere c ;advances in neural information processing systems;1990;309;the cascade correlation learning architecture ;",
    "fahlman s e and lebiere c ;nips ;1990;310;the cascade correlation learning architecture ;",
    "fahlmann s e and lebiere c ;in advances in neural information processing systems 2 nips 2;1989;311;the cascade correlation learning architecture ;",
    "s e fahlman c lebiere ;advances in neural information processing systems;1990;312;the cascade correlation learning architecture ;",
    "s fahlman and c lebiere ;in adv in neural info processing systems;1989;315;the cascade correlation learning architecture ;",
    "s e fahlman and c lebiere ;in advances in neural information processing systems;1989;316;the cascade correlation learning architecture ;",
    "s e fahlman and c lebiere ;advances in neural information processing systems ;;320;the cascade correlation learn ing architecture in d s ;",
    "fahlmann scott c lebiere ;in advances in neural information processing;;336;the cascade correlation learning architechture ;",
    "fahlman s e and lebiere c ;in advances in neural information processing systems ii denver 1989;1990;342;the cascade correlation learning architecture ;",
    "s e fahlman and c lebiere ;in ad vances in neural information processing systems ii ;1989;344;the cascade correlation learning architecture ;",
    "scott e fahlman and christian lebiere ;in 13;1990;349;the cascade correlation learning architec ture ;",
    "s e fahlman and c lebiere ;advances in neural information processing structures;1990;362;the cascade correlation architecture ;",
    "s fahlman and c lebiere ;advances in neural information processing systems ;1989 1990;364;the cascade correlation learning architecture ;",
    "fahlman scott e ;in advances in neural information processing systems;1990;370;the cascade correlation learning architecture ;",
    "s e fahlman and lebiere c ;in advances in neural information processing systems ;1990;373; the cascaded correlation learning architecture ;",
]  # fmt: skip


def test_a_paper_cited_with_its_meeting_s_year_and_its_proceedings_year_under_many_names_of_the_venue_is_one_group(tmp_path):
    # NIPS, "advances in neural information processing systems", "adv in neural info processing systems": one venue
    # (names cut short read as the known one), so 1989 and 1990 are one paper's years. The copy whose venue is "in
    # 13" cannot say so: a year apart from the 1989 copies, it is left out, and the fifteen are one paper (with
    # every pair found across two groups read, that copy alone kept the 1989 and 1990 copies apart).
    _, (groups, said, status) = _swept(tmp_path, CASCOR_HEADER, CASCOR_ROWS)
    assert status == 0 and "16 entries: 1 groups of one paper, 0 worth a look" in said
    in_13 = 2 + next(n for n, row in enumerate(CASCOR_ROWS) if ";in 13;" in row)
    assert [e["line"] for e in groups[0]["entries"]] == [line for line in range(2, 18) if line != in_13]
