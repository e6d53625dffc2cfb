"""Bibliography files as researchers' tools write them: BibTeX read as BibTeX reads it (cases bibtexparser
2.0.0b8 alone drops, cuts or leaves as raw text: see backend/domain/bibtex.py), the fields biblatex and
Mendeley use, and the encodings older tools write."""

from __future__ import annotations

import codecs
import json

import msgspec
import pytest

from backend.domain.bibliography import FORMAT_BY_SUFFIX, BibliographyError, decode_upload, paper_from_citation, parse_bibliography
from backend.domain.models import CitationRecord
from tests.support import SHARED_FIXTURES

AT_SIGNS = """@inproceedings{ghanghor2021,
  title = "{IIITK}@{LT}-{EDI}-{EACL}2021: Hope Speech Detection",
  author = "Ghanghor, Nikhil and Ponnusamy, Rahul",
  year = "2021",
}
@inproceedings{esuli2021, title = {LeQua @ {CLEF} 2022: {A} Shared Task}, author = {Esuli, Andrea}, note = {a@b.org}, year = {2021}}
@misc{handle,
  title = {Replies to @{paperlens}
  @{bot}, a study}, year = {2020}}
"""


def test_an_at_sign_inside_a_value_keeps_its_entry():
    # bibtexparser 2.0.0b8 alone aborts the first two entries: it reads "@{LT}" and "@ {CLEF}" as entries.
    parsed = parse_bibliography("bibtex", AT_SIGNS)
    assert parsed.rejected == []
    assert [(entry.line, entry.key, entry.item.title) for entry in parsed.entries] == [
        (1, "ghanghor2021", "IIITK@LT-EDI-EACL2021: Hope Speech Detection"),
        (6, "esuli2021", "LeQua @ CLEF 2022: A Shared Task"),
        (7, "handle", "Replies to @paperlens @bot, a study"),
    ]
    assert list(parsed.entries[0].item.authors) == ["Ghanghor, Nikhil", "Ponnusamy, Rahul"]


def test_an_unclosed_entry_is_reported_and_the_next_line_that_starts_an_entry_is_read():
    bib = (
        "@article{broken, title = {Unclosed {brace @ here}, year = {2020}\n"
        "@article{after, title = {The Entry After a Broken One}, author = {Doe, Jane}, year = {2019}}\n"
    )
    parsed = parse_bibliography("bibtex", bib)
    assert [(entry.line, entry.item.title) for entry in parsed.entries] == [(2, "The Entry After a Broken One")]
    (rejected,) = parsed.rejected
    assert rejected.line == 1 and rejected.reason.startswith("unreadable BibTeX")


def test_broken_entries_are_reported_not_written_to_the_log(caplog):
    # bibtexparser's three lines of warning per broken block: 60,000 lines in the log for one upload of 20,000.
    with caplog.at_level("INFO"):
        parsed = parse_bibliography("bibtex", "@article{x, title={A}, year=\n" * 1_000)
    assert len(parsed.rejected) == 1_000 and not parsed.entries
    assert not [record for record in caplog.records if record.name.startswith("bibtexparser")]


DBLP_CROSSREF = """@inproceedings{DBLP:conf/acl/LewisLGGMLSZ20,
  author    = {Mike Lewis and Yinhan Liu},
  title     = {{BART:} Denoising Sequence-to-Sequence Pre-training},
  crossref  = {DBLP:conf/acl/2020},
}
@inproceedings{second-key, crossref = {dblp:conf/acl/lewislggmlsz20}}
@proceedings{DBLP:conf/acl/2020,
  editor    = {Dan Jurafsky},
  title     = {Proceedings of the 58th Annual Meeting of the {ACL}},
  year      = {2020},
}
@misc{dangling, title = {A Paper Whose Cross-Reference Is Missing}, crossref = {nowhere}}
"""


def test_crossref_fills_the_fields_an_entry_lacks_and_a_proceedings_volume_is_not_a_paper():
    parsed = parse_bibliography("bibtex", DBLP_CROSSREF)
    bart, second, dangling = (entry.item for entry in parsed.entries)
    assert (bart.title, bart.year, bart.venue) == (
        "BART: Denoising Sequence-to-Sequence Pre-training", 2020, "Proceedings of the 58th Annual Meeting of the ACL"
    )
    assert second == bart  # a second key for the same paper (keys compare without case): the import merges it
    assert dangling.title == "A Paper Whose Cross-Reference Is Missing" and dangling.year is None
    (volume,) = parsed.rejected
    assert volume.line == 7 and "proceedings volume" in volume.reason


def test_quotes_inside_braces_parentheses_line_breaks_and_joined_strings_are_bibtex():
    bib = (
        '@inproceedings{quotes, title = "Comments on {"}Filenames and Fonts{"}", year = "1990"}\n'
        "@article(parens, title = {Parenthesised (and Nested) Entry}, note = \"one) two\", year = {2002})\n"
        "@article\n{broken_line, title = {A Line Break Before the Brace}}\n"
        '@string{acl = "Proceedings of ACL"}\n'
        '@inproceedings{joined, title = {Joined Venue}, booktitle = acl # " 2020", month = jan, year = 2020}\n'
    )
    parsed = parse_bibliography("bibtex", bib)
    assert parsed.rejected == []
    assert [(entry.line, entry.key, entry.item.title, entry.item.venue, entry.item.year) for entry in parsed.entries] == [
        (1, "quotes", 'Comments on "Filenames and Fonts"', None, 1990),
        (2, "parens", "Parenthesised (and Nested) Entry", None, 2002),
        (3, "broken_line", "A Line Break Before the Brace", None, None),
        (6, "joined", "Joined Venue", "Proceedings of ACL 2020", 2020),
    ]


def test_the_fields_mendeley_and_biblatex_exports_write():
    bib = (
        "@article{mendeley, title = {Attention Is All You Need}, arxivId = {1706.03762}, year = {2017}}\n"
        "@article{biblatex, title = {Direct Preference Optimization}, journaltitle = {NeurIPS}, date = {2023-05-29},"
        " eprint = {2305.18290}, eprinttype = {arxiv}}\n"
        "@article{pubmed, title = {A Clinical Paper}, journaltitle = {The Lancet}, eprint = {12345678}, eprinttype = {pubmed}}\n"
        "@article{semanticscholar, title = {Language Models are Few-Shot Learners}, journal = {ArXiv}, volume = {abs/2005.14165}}\n"
        "@article{dblp, title = {Old Style}, journal = {CoRR}, volume = {abs/cs/0112017}}\n"
        "@article{s2conference, title = {Attention is All you Need}, booktitle = {Neural Information Processing Systems},"
        " journal = {ArXiv}, volume = {abs/1706.03762}}\n"
        "@article{journal, title = {A Journal Paper}, journal = {Machine Learning}, volume = {abs/2005.14165}}\n"
    )
    read = [(entry.key, entry.item.arxiv_id, entry.item.venue, entry.item.year) for entry in parse_bibliography("bibtex", bib).entries]
    assert read == [
        ("mendeley", "1706.03762", None, 2017),
        ("biblatex", "2305.18290", "NeurIPS", 2023),
        ("pubmed", None, "The Lancet", None),  # a PubMed id is not an arXiv id
        ("semanticscholar", "2005.14165", "ArXiv", None),  # the volume Semantic Scholar and dblp give a preprint
        ("dblp", "cs/0112017", "CoRR", None),
        ("s2conference", "1706.03762", "Neural Information Processing Systems", None),  # the conference, not "ArXiv"
        ("journal", None, "Machine Learning", None),  # only a preprint's volume is its arXiv id
    ]


def test_what_nasa_ads_and_hand_written_misc_entries_write():
    """ADS exports every entry with an AAS journal macro (`journal = {\\mnras}`), which no LaTeX decoder knows, and
    a preprint's id in `eid`; a @misc written by hand says where it appeared in `howpublished`."""
    bib = (
        "@ARTICLE{2021arXiv211103606T, author = {{The LIGO Scientific Collaboration} and {M{\\\"u}ller}, T.~A.},"
        ' title = "{GWTC-3: Compact Binary Coalescences}", journal = {arXiv e-prints}, year = 2021, month = nov,'
        " eid = {arXiv:2111.03606}, pages = {arXiv:2111.03606}}\n"
        "@ARTICLE{2020MNRAS.491.1234X, author = {{Xu}, Y.}, title = {A Study}, journal = {\\mnras}, year = 2020}\n"
        "@ARTICLE{2020ApJ, author = {{Xu}, Y.}, title = {Another}, journal = {\\apj{}}, year = 2020}\n"
        "@ARTICLE{unknown, title = {A Third}, journal = {\\myjournal}}\n"
        "@misc{scholar, title = {CLIP}, howpublished = {arXiv preprint arXiv:2103.00020}, year = {2021}}\n"
        "@misc{link, title = {A Tool}, howpublished = {\\url{https://github.com/org/tool}}}\n"
        "@misc{workshop, title = {A Poster}, howpublished = {NeurIPS Workshop on Datasets}}\n"
    )
    read = [(entry.key, entry.item.arxiv_id, entry.item.venue, entry.item.authors) for entry in parse_bibliography("bibtex", bib).entries]
    assert read == [
        ("2021arXiv211103606T", "2111.03606", "arXiv e-prints", ["The LIGO Scientific Collaboration", "Müller, T. A."]),
        ("2020MNRAS.491.1234X", None, "Monthly Notices of the Royal Astronomical Society", ["Xu, Y."]),
        ("2020ApJ", None, "Astrophysical Journal", ["Xu, Y."]),
        ("unknown", None, None, []),  # a command no one defined reads as nothing, as before
        ("scholar", "2103.00020", "arXiv", []),
        ("link", None, None, []),  # a link is not a venue
        ("workshop", None, "NeurIPS Workshop on Datasets", []),
    ]
    urls = {entry.key: entry.item.url for entry in parse_bibliography("bibtex", bib).entries}
    assert urls["link"] == "https://github.com/org/tool"  # it is where the work is (natbib styles before `url`)
    assert urls["workshop"] is None and urls["scholar"] is None


def test_uploads_are_decoded_as_the_tools_that_wrote_them_encode():
    text = "@article{m, title = {Über Müller – eine Studie}}"
    assert decode_upload(text.encode("utf-8")) == text
    assert decode_upload(codecs.BOM_UTF8 + text.encode("utf-8")) == text
    assert decode_upload(text.encode("utf-16")) == text  # with its BOM
    assert decode_upload(text.encode("cp1252")) == text
    assert decode_upload("Müller".encode("latin-1") + b"\x81") == "Müller\x81"  # a byte Windows-1252 leaves undefined
    # UTF-8 with one bad byte is UTF-8 (the byte replaced), not Latin-1 read throughout ("MÃ¼ller").
    assert decode_upload("Müller ".encode("utf-8") + b"\xff") == "Müller \ufffd"


def test_csl_json_as_zotero_and_other_tools_write_it():
    items = [
        # A preprint: its repository is the publisher.
        {"type": "article", "title": "Attention Is All You Need", "issued": {"raw": "2017-06-12"}, "number": "arXiv:1706.03762", "publisher": "arXiv"},
        {"type": "paper-conference", "title": "A Conference Paper", "event-title": "NeurIPS 2020", "issued": {"literal": "2020"}},
        {"type": "paper-conference", "title": "An Older Export", "event": "ICML 2018", "publisher": "PMLR"},  # CSL 1.0.1's name
        {"type": "article-journal", "title": "A Journal Paper", "container-title": "Nature", "issued": {"date-parts": [[2019, 5]]}, "publisher": "Springer"},
        {"type": "legal_case", "title": "Brown v. Board of Education", "authority": "U.S. Supreme Court", "issued": {"date-parts": [[1954]]}},
        # A date written as text or a number, as hand-made and some converted files have it: read, not rejected.
        {"type": "article", "title": "A Date As Text", "issued": "2018-05"}, {"type": "article", "title": "A Date As A Number", "issued": 2016},
    ]
    parsed = parse_bibliography("csljson", json.dumps(items))
    read = [(e.item.year, e.item.venue, e.item.arxiv_id) for e in parsed.entries]
    assert read == [
        (2017, "arXiv", "1706.03762"), (2020, "NeurIPS 2020", None), (None, "ICML 2018", None), (2019, "Nature", None),
        (1954, "U.S. Supreme Court", None),  # a case's court
        (2018, None, None), (2016, None, None),
    ]  # fmt: skip
    assert not parsed.rejected


def test_author_lists_written_by_hand_are_split_as_meant():
    """BibTeX splits names at "and" only; hand-written .bib files list them as prose or as citations do."""
    bib = (
        "@article{prose, title = {T}, author = {A. Smith, B. Jones, and C. Brown}}\n"
        "@article{vancouver, title = {T}, author = {Smith J, Doe J, Brown C}}\n"
        "@article{semicolons, title = {T}, author = {Smith, John; Doe, Jane}}\n"
        "@article{etal, title = {T}, author = {Smith, J. and Doe, J. and {et al.}}}\n"
        "@article{etal_glued, title = {T}, author = {John Smith and Jane Doe et al.}}\n"
        "@article{bibtex, title = {T}, author = {von Neumann, Jr, John and Le Roux, Nicolas Jean and {Google DeepMind} and others}}\n"
    )
    read = {entry.key: entry.item.authors for entry in parse_bibliography("bibtex", bib).entries}
    assert read == {
        "prose": ["A. Smith", "B. Jones", "C. Brown"],
        "vancouver": ["Smith J", "Doe J", "Brown C"],
        "semicolons": ["Smith, John", "Doe, Jane"],
        "etal": ["Smith, J.", "Doe, J."],
        "etal_glued": ["John Smith", "Jane Doe"],
        "bibtex": ["von Neumann, Jr, John", "Le Roux, Nicolas Jean", "Google DeepMind"],  # BibTeX's own forms stay
    }


def test_csv_exports_of_zotero_pubmed_and_scopus_read_with_their_own_columns():
    pubmed = (
        "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n"
        "34265844,Highly accurate protein structure prediction with AlphaFold.,\"Jumper J, Evans R, Pritzel A.\","
        "Nature. 2021 Aug;596(7873):583-589.,Jumper J,Nature,2021,2021/07/15,PMC8371605,,10.1038/s41586-021-03819-2\n"
        "1,A Single-Author Paper,Li XY,x,Li XY,Cell,2020,,,,\n"
    )
    zotero = (
        '"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Manual Tags"\n'
        '"ABCD1234","journalArticle","2021","Jumper, John; Evans, Richard","AlphaFold","Nature","10.1038/x","https://x.org/a",'
        '"Proteins are essential","protein; structure"\n'
        '"EFGH5678","journalArticle","2019","Le Roux, Nicolas Jean","One Author","JMLR","","","",""\n'
        '"IJKL9012","journalArticle","1963","King, Jr., Martin Luther","Another","","","","",""\n'
    )
    scopus = (
        "Authors,Title,Year,Source title,DOI,Link,Abstract,Author Keywords\n"
        '"Jumper J.; Evans R.",AlphaFold,2021,Nature,10.1038/x,https://www.scopus.com/x,Proteins are essential,protein; folding\n'
    )
    read = lambda text: [(e.item.authors, e.item.year, e.item.venue, e.item.url, e.item.tags) for e in parse_bibliography("csv", text).entries]  # noqa: E731
    assert read(pubmed) == [(["Jumper J", "Evans R", "Pritzel A."], 2021, "Nature", None, []), (["Li XY"], 2020, "Cell", None, [])]
    assert read(zotero) == [
        (["Jumper, John", "Evans, Richard"], 2021, "Nature", "https://x.org/a", ["protein", "structure"]),
        (["Le Roux, Nicolas Jean"], 2019, "JMLR", None, []),  # one name, surname first: not two
        (["King, Jr., Martin Luther"], 1963, None, None, []),  # nor three
    ]
    assert read(scopus) == [(["Jumper J.", "Evans R."], 2021, "Nature", "https://www.scopus.com/x", ["protein", "folding"])]
    # Scopus's full export also has "Source" (the database: "Scopus"): "Source title" comes first in the alias table.
    scopus_full = "Authors,Title,Year,Source title,DOI,Source\n\"Jumper J.; Evans R.\",AlphaFold,2021,Nature,10.1038/x,Scopus\n"
    assert read(scopus_full)[0][2] == "Nature"
    # BibTeX's field names as columns (a citation set, a spreadsheet of references): the venue in `journal` or
    # `booktitle`, the year in `date` when `year` is empty, as `paperlens match` reads them.
    bibtex_columns = "title;authors;booktitle;journal;date;year\nA;x;;vision research;may 7 11 1995;\nB;x;proc chi95;;1995;1994\n"
    assert [(venue, year) for _, year, venue, _, _ in read(bibtex_columns)] == [("vision research", 1995), ("proc chi95", 1994)]
    # A row with no title that names a book cites the whole book (Cora's "machine learning of inductive bias", cited
    # 25 times, 24 of them with the book's name in `booktitle` alone): the book's name is its title, not its venue.
    whole_book = "title;authors;booktitle;journal;year\n;utgoff p e;machine learning of inductive bias;;1986\n;x;;vision research;1995\n"
    parsed = parse_bibliography("csv", whole_book)
    assert [(e.item.title, e.item.venue) for e in parsed.entries] == [("machine learning of inductive bias", None)]
    assert [(rejected.line, rejected.reason) for rejected in parsed.rejected] == [(3, "no title")]  # a journal is not its title
    # A thesis's school, a report's institution: where it appeared, when nothing else says so.
    reports = "title;authors;journal;institution;school;year\nA;x;;rutgers university;;1984\nB;x;;;mit;1977\nC;x;ml journal;ibm;;1990\n"
    assert [venue for _, _, venue, _, _ in read(reports)] == ["rutgers university", "mit", "ml journal"]


def test_csv_exports_of_google_scholar_and_publish_or_perish_read_with_their_own_columns():
    scholar = (  # "My library" > Export > CSV
        "Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n"
        '"A Vaswani, N Shazeer, N Parmar",Attention is all you need,Advances in neural information processing systems,30,,,2017,\n'
        '"J Devlin, MW Chang",Bert: Pre-training of deep bidirectional transformers for language understanding,'
        "arXiv preprint arXiv:1810.04805,,,,2018,\n"
    )
    perish = (  # Publish or Perish, a Google Scholar search saved as CSV
        "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,CitesURL,GSRank,QueryDate,Type,DOI\n"
        '120000,"A Vaswani, N Shazeer",Attention is all you need,2017,Advances in neural information processing systems,'
        "proceedings.neurips.cc,https://proceedings.neurips.cc/paper/7181,,1,2026-11-30,,\n"
    )
    read = lambda text: [(e.item.authors, e.item.year, e.item.venue, e.item.arxiv_id, e.item.url) for e in parse_bibliography("csv", text).entries]  # noqa: E731
    assert read(scholar) == [
        (["A Vaswani", "N Shazeer", "N Parmar"], 2017, "Advances in neural information processing systems", None, None),
        (["J Devlin", "MW Chang"], 2018, "arXiv", "1810.04805", None),  # the venue was "arXiv preprint arXiv:…"
    ]
    assert read(perish) == [(["A Vaswani", "N Shazeer"], 2017, "Advances in neural information processing systems", None, "https://proceedings.neurips.cc/paper/7181")]


def test_a_csv_saved_by_excel_in_a_european_locale_reads_with_its_semicolons():
    """Excel writes "CSV" with semicolons where the decimal separator is a comma (Germany, France, Hungary, …),
    sometimes after a `sep=;` line; a reading list kept in a spreadsheet, or Zotero's CSV opened and saved again."""
    zotero_via_excel = (
        'Key;Item Type;Publication Year;Author;Title;Publication Title;DOI\n'
        '"ABC";"journalArticle";"2020";"Müller, Jörg; Smith, Ann";"A title; with a semicolon";"Nature";"10.1038/s41586-020-2649-2"\n'
    )
    with_sep_line = "sep=;\nTitle;Authors;Year\nA hand-kept reading list entry;Doe, Jane;2019\n"
    tabs = "Title\tAuthors\tYear\nA tab separated title\tDoe, J.\t2019\n"
    read = lambda text: [(e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.doi) for e in parse_bibliography("csv", text).entries]  # noqa: E731
    assert read(zotero_via_excel) == [("A title; with a semicolon", ["Müller, Jörg", "Smith, Ann"], 2020, "Nature", "10.1038/s41586-020-2649-2")]
    assert read(with_sep_line) == [("A hand-kept reading list entry", ["Doe, Jane"], 2019, None, None)]
    assert read(tabs) == [("A tab separated title", ["Doe, J."], 2019, None, None)]
    # A comma-separated header that merely holds a semicolon stays comma-separated.
    assert read('title,notes\n"A paper, with a comma","read; later"\n') == [("A paper, with a comma", [], None, None, None)]


def test_a_csv_of_reference_list_authors_reads_the_names_joined_by_and_or_ampersand():
    """A citation set or a spreadsheet kept by hand writes authors as a reference list does (Cora's records): the
    last two joined by "and" or "&". Read as one name, "Fahlman, S. & Hinton, G." and "Scott E Fahlman and Geoffrey
    E Hinton." had no author in common, and three copies of one paper were a group to look at, not one paper."""
    rows = {
        "Fahlman, S. & Hinton, G.": ["Fahlman, S.", "Hinton, G."],
        "Scott E Fahlman and Geoffrey E Hinton.": ["Scott E Fahlman", "Geoffrey E Hinton"],
        "Fahle, M., Edelman, S., & Poggio, T.": ["Fahle, M.", "Edelman, S.", "Poggio, T."],
        "R.C. Yee, S. Saxena, P.E. Utgoff, and A.G. Barto.": ["R.C. Yee", "S. Saxena", "P.E. Utgoff", "A.G. Barto"],
        "Utgoff, P.E. and Clouse J.A.": ["Utgoff, P.E.", "Clouse J.A."],
        "Fahlman S, Touretzky D and van Roggen W,": ["Fahlman S", "Touretzky D", "van Roggen W"],
        "Smith, John and Doe, Jane": ["Smith, John", "Doe, Jane"],
        "B. Buth et. al.,": ["B. Buth"],
        "Scott Elliott Fahlman.": ["Scott Elliott Fahlman"],
        "AT&T Labs": ["AT&T Labs"],  # no spaces around the ampersand: one name
        "Le Roux, Nicolas Jean": ["Le Roux, Nicolas Jean"],  # still one name, surname first
    }
    text = "title,authors\n" + "".join(f'A paper,"{cell}"\n' for cell in rows)
    assert [entry.item.authors for entry in parse_bibliography("csv", text).entries] == list(rows.values())


def test_an_edited_volume_s_editors_are_its_creators_but_not_its_papers_authors():
    bib = (
        "@book{kk, title = {K + K = 120}, editor = {Beáta Gyuris and Katalin Mády}, year = {2017}}\n"
        "@proceedings{conll, title = {Proceedings of CoNLL 2020}, editor = {Ann Editor}}\n"
        "@inproceedings{paper, title = {A Paper Without Authors}, crossref = {conll}}\n"
    )
    parsed = parse_bibliography("bibtex", bib)
    assert {entry.key: entry.item.authors for entry in parsed.entries} == {"kk": ["Beáta Gyuris", "Katalin Mády"], "paper": []}


def test_an_entry_linked_by_its_doi_carries_that_doi():
    bib = (
        "@article{doi_org, title = {T}, url = {https://doi.org/10.1098/rsta.2022.0041}}\n"
        "@article{springer, title = {T}, url = {https://link.springer.com/article/10.1007/s10506-017-9205-x}}\n"
        "@article{acm, title = {T}, url = {https://dl.acm.org/doi/pdf/10.1145/3290605.3300233?casa_token=abc}}\n"
        "@article{biorxiv, title = {T}, url = {https://www.biorxiv.org/content/10.1101/2020.12.01.406215v1.full}}\n"
        "@article{own, title = {T}, url = {https://dl.acm.org/doi/10.1145/1}, doi = {10.9999/own}}\n"
        "@article{other, title = {T}, url = {https://example.org/files/10.1234/x.pdf}}\n"
    )
    read = {entry.key: entry.item.doi for entry in parse_bibliography("bibtex", bib).entries}
    assert read == {
        "doi_org": "10.1098/rsta.2022.0041", "springer": "10.1007/s10506-017-9205-x", "acm": "10.1145/3290605.3300233",
        "biorxiv": "10.1101/2020.12.01.406215", "own": "10.9999/own", "other": None,  # a link that is no DOI page: none
    }  # fmt: skip
    # The shared group library: 17 entries link their DOI and have no `doi` field.
    entries = parse_bibliography("bibtex", (SHARED_FIXTURES / "library-group-publications.bib").read_text()).entries
    assert sum(1 for entry in entries if entry.item.doi) == 221


def test_jabref_and_mendeley_groups_are_collections_and_a_long_name_costs_no_item():
    long_group = "A Very Long Group Name " * 6
    bib = (
        "@article{jabref, title = {T}, keywords = {deep learning, nlp}, groups = {To read, Thesis}}\n"
        "@article{mendeley, title = {U}, mendeley-groups = {Survey}, mendeley-tags = {nlp,favourite}}\n"
        f"@article{{long, title = {{V}}, groups = {{{long_group}}}}}\n"
    )
    parsed = parse_bibliography("bibtex", bib)
    assert not parsed.rejected
    tags = {entry.key: entry.item.tags for entry in parsed.entries}
    assert tags["jabref"] == ["deep learning", "nlp", "collection:To read", "collection:Thesis"]
    assert tags["mendeley"] == ["nlp", "favourite", "collection:Survey"]
    assert tags["long"] == [f"collection:{long_group}"[:100].strip()]


def test_ris_preprints_name_their_repository():
    ris = (
        "TY  - GEN\nTI  - Learning Transferable Visual Models\nAU  - Radford, Alec\nPY  - 2021\nPB  - arXiv\n"
        "DO  - 10.48550/arXiv.2103.00020\nUR  - http://arxiv.org/abs/2103.00020\nER  - \n"
        "TY  - JOUR\nTI  - A Journal Paper\nJO  - Nature\nPB  - Springer\nER  - \n"
    )
    read = [(e.item.venue, e.item.arxiv_id) for e in parse_bibliography("ris", ris).entries]
    assert read == [("arXiv", "2103.00020"), ("Nature", None)]
    # Google Scholar's "RefMan" link: T1, A1, Y1, and a preprint's venue "arXiv preprint arXiv:…" (as in its BibTeX,
    # EndNote and CSV): the venue arXiv and that id, in every format.
    scholar = "TY  - JOUR\nT1  - Bert: Pre-training of deep bidirectional transformers\nA1  - Devlin, Jacob\nJO  - arXiv preprint arXiv:1810.04805\nY1  - 2018\nER  - \n"
    read = [(e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.arxiv_id) for e in parse_bibliography("ris", scholar).entries]
    assert read == [("Bert: Pre-training of deep bidirectional transformers", ["Devlin, Jacob"], 2018, "arXiv", "1810.04805")]
    csl = '[{"type": "article", "title": "A preprint", "container-title": "arXiv:2103.00020 [cs]"}]'
    assert [(e.item.venue, e.item.arxiv_id) for e in parse_bibliography("csljson", csl).entries] == [("arXiv", "2103.00020")]


def test_a_ris_record_without_its_end_line_is_read_not_dropped():
    # A file cut after its last record's fields, or a tool that writes no `ER` before the next `TY`: the RIS
    # reader dropped those records without a word (a library of three imported two, or one).
    cut = "TY  - JOUR\r\nTI  - A first paper\r\nER  - \r\nTY  - JOUR\r\nTI  - A last paper, its file cut\r\nAU  - Roe, R.\r\n"
    unended = "TY  - JOUR\nTI  - A paper with no end line\nTY  - CONF\nTI  - The next paper\nER  - \n"
    read = lambda text: [(e.line, e.item.title) for e in parse_bibliography("ris", text).entries]  # noqa: E731
    assert read(cut) == [(1, "A first paper"), (4, "A last paper, its file cut")]
    assert read(unended) == [(1, "A paper with no end line"), (3, "The next paper")]


# What Google Scholar's "Import into EndNote" link downloads (one .enw per paper, records apart by a blank line),
# then EndNote desktop's export: records opening with `%0` and no blank line between them, a wrapped abstract,
# keywords one a line, the DOI in %R, a chapter's book in %B and its editors in %E.
ENDNOTE = """%0 Journal Article
%T Attention is all you need
%A Vaswani, Ashish
%A Shazeer, Noam
%J Advances in neural information processing systems
%V 30
%D 2017

%0 Journal Article
%T Bert: Pre-training of deep bidirectional transformers for language understanding
%A Devlin, Jacob
%A Chang, Ming-Wei
%J arXiv preprint arXiv:1810.04805
%D 2018
%0 Book Section
%T Neural networks for pattern recognition
%A Bishop, Christopher M.
%E Editor, Ed
%B Handbook of Brain Theory
%I MIT Press
%D 1995
%X An abstract that EndNote
   wraps over two lines.
%K neural networks
pattern recognition
%K statistics; learning
%R 10.1000/ABC.123
%U https://example.org/bishop
%0 Edited Book
%E Goodfellow, Ian
%T An Edited Volume
%I Springer
%D 2019

%0 Journal Article
%A Nobody, No
%D 2020
"""


def test_endnote_records_from_scholar_and_endnote_read_with_their_fields():
    parsed = parse_bibliography("endnote", ENDNOTE)
    read = [(e.line, e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.arxiv_id) for e in parsed.entries]
    assert read == [
        (1, "Attention is all you need", ["Vaswani, Ashish", "Shazeer, Noam"], 2017, "Advances in neural information processing systems", None),
        (9, "Bert: Pre-training of deep bidirectional transformers for language understanding", ["Devlin, Jacob", "Chang, Ming-Wei"], 2018, "arXiv", "1810.04805"),
        (15, "Neural networks for pattern recognition", ["Bishop, Christopher M."], 1995, "Handbook of Brain Theory", None),
        (29, "An Edited Volume", ["Goodfellow, Ian"], 2019, "Springer", None),
    ]  # fmt: skip
    chapter = parsed.entries[2].item
    assert chapter.abstract == "An abstract that EndNote wraps over two lines."
    assert chapter.tags == ["neural networks", "pattern recognition", "statistics", "learning"]
    assert (chapter.doi, chapter.url) == ("10.1000/abc.123", "https://example.org/bishop")
    assert [(r.line, r.reason) for r in parsed.rejected] == [(35, "no title")]


def test_a_file_that_is_not_endnote_is_refused_and_an_empty_one_is_empty():
    with pytest.raises(BibliographyError, match="not EndNote"):
        parse_bibliography("endnote", "@article{k, title={A BibTeX file}}\n")
    assert parse_bibliography("endnote", "\n\n").entries == []
    # A line of percent signs, or a tag with nothing after it, is no field.
    odd = parse_bibliography("endnote", "%%%\n%T\n%T Kept\n%Q unknown tag\n")
    assert [e.item.title for e in odd.entries] == ["Kept"]


# EndNote 20's "Export > XML", as it writes it: the whole file one line, each field's text in <style> runs (the
# title's last word in italics is a run of its own). Then Mendeley's "Export > EndNote XML": a record a line, no runs.
ENDNOTE_XML = (
    '''<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><database name="My EndNote Library.enl" path="C:\\Users\\ann\\My EndNote Library.enl">My EndNote Library.enl</database>'''
    '''<source-app name="EndNote" version="20.6">EndNote</source-app><rec-number>1</rec-number><ref-type name="Journal Article">17</ref-type>'''
    '''<contributors><authors><author><style face="normal" font="default" size="100%">Jumper, John</style></author>'''
    '''<author><style face="normal" font="default" size="100%">Evans, Richard</style></author></authors></contributors>'''
    '''<titles><title><style face="normal" font="default" size="100%">Highly accurate protein structure prediction with </style>'''
    '''<style face="italic" font="default" size="100%">AlphaFold</style></title><secondary-title><style face="normal" font="default" size="100%">Nature</style></secondary-title></titles>'''
    '''<periodical><full-title><style face="normal" font="default" size="100%">Nature</style></full-title></periodical>'''
    '''<keywords><keyword><style face="normal" font="default" size="100%">protein structure</style></keyword><keyword><style face="normal" font="default" size="100%">deep learning</style></keyword></keywords>'''
    '''<dates><year><style face="normal" font="default" size="100%">2021</style></year></dates>'''
    '''<urls><related-urls><url><style face="normal" font="default" size="100%">https://www.nature.com/articles/s41586-021-03819-2</style></url></related-urls></urls>'''
    '''<electronic-resource-num><style face="normal" font="default" size="100%">10.1038/s41586-021-03819-2</style></electronic-resource-num>'''
    '''<abstract><style face="normal" font="default" size="100%">Proteins are essential to life.</style></abstract></record></records></xml>'''
)
MENDELEY_XML = """<?xml version="1.0" encoding="UTF-8"?>
<xml><records>
<record><ref-type name="Conference Proceedings">10</ref-type><contributors><authors><author>Vaswani, Ashish</author><author>Shazeer, Noam</author></authors></contributors><titles><title>Attention is all you need</title><secondary-title>Advances in Neural Information Processing Systems</secondary-title></titles><dates><year>2017</year></dates><urls><web-urls><url>https://arxiv.org/abs/1706.03762</url></web-urls></urls></record>
<record><contributors><authors><author>Nobody, N</author></authors></contributors></record>
</records></xml>
"""


def test_endnote_xml_from_endnote_and_mendeley_reads_with_its_fields():
    parsed = parse_bibliography("endnote", ENDNOTE_XML)
    (entry,) = parsed.entries
    item = entry.item
    assert (entry.line, item.title, item.authors, item.year, item.venue) == (
        1, "Highly accurate protein structure prediction with AlphaFold", ["Jumper, John", "Evans, Richard"], 2021, "Nature"
    )  # fmt: skip
    assert (item.doi, item.url, item.tags, item.abstract) == (
        "10.1038/s41586-021-03819-2", "https://www.nature.com/articles/s41586-021-03819-2", ["protein structure", "deep learning"],
        "Proteins are essential to life.",
    )  # fmt: skip
    mendeley = parse_bibliography("endnote", MENDELEY_XML)
    read = [(e.line, e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.arxiv_id) for e in mendeley.entries]
    assert read == [(3, "Attention is all you need", ["Vaswani, Ashish", "Shazeer, Noam"], 2017, "Advances in Neural Information Processing Systems", "1706.03762")]
    assert [(r.line, r.reason) for r in mendeley.rejected] == [(4, "no title")]
    assert FORMAT_BY_SUFFIX[".xml"] == "endnote"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xml><records><record><titles><title>&lol2;</title></titles></record></records></xml>', "declares a DOCTYPE"),
        ("<xml>" + "<a>" * 100 + "</a>" * 100 + "</xml>", "nested over 16 deep"),
        ("<xml><records><record><titles><title>Cut off", "no element found"),
        ("<xml><records><record><titles><title>A</titles></record></records></xml>", "mismatched tag"),
        ("<html><body>Not a library</body></html>", "no <record> elements"),
    ],
    ids=["entities that expand (billion laughs)", "nesting", "a file cut short", "a tag closed wrongly", "no records"],
)
def test_xml_that_is_not_an_endnote_export_is_refused_with_the_reason(text, reason):
    with pytest.raises(BibliographyError, match=reason):
        parse_bibliography("endnote", text)


# PubMed's "Send to > Citation manager" (.nbib), cut down from the real record of PMID 34265844: a wrapped abstract,
# full and short author names, MeSH headings and the authors' keywords, the DOI among the article ids; then a record
# whose title wraps, with short names only.
MEDLINE = """PMID- 34265844
OWN - NLM
STAT- MEDLINE
DP  - 2021 Aug
TI  - Highly accurate protein structure prediction with AlphaFold.
PG  - 583-589
LID - 10.1038/s41586-021-03819-2 [doi]
AB  - Proteins are essential to life, and understanding their structure can facilitate
      a mechanistic understanding of their function.
FAU - Jumper, John
AU  - Jumper J
AD  - DeepMind, London, UK.
FAU - Evans, Richard
AU  - Evans R
PT  - Journal Article
TA  - Nature
JT  - Nature
MH  - *Deep Learning
OT  - protein structure
OT  - deep learning
AID - 10.1038/s41586-021-03819-2 [doi]
AID - s41586-021-03819-2 [pii]
SO  - Nature. 2021 Aug;596(7873):583-589. doi: 10.1038/s41586-021-03819-2. Epub 2021 Jul 15.

PMID- 30000001
TI  - A second record whose title
      wraps onto a second line.
AU  - Li XY
DP  - 2018 Jan 3
TA  - Cell

PMID- 30000002
AB  - A record without a title.
"""


def test_medline_records_from_pubmed_read_with_their_fields():
    parsed = parse_bibliography("medline", MEDLINE)
    read = [(e.line, e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.doi, e.item.url, e.item.tags) for e in parsed.entries]
    assert read == [
        (1, "Highly accurate protein structure prediction with AlphaFold", ["Jumper, John", "Evans, Richard"], 2021, "Nature",
         "10.1038/s41586-021-03819-2", "https://pubmed.ncbi.nlm.nih.gov/34265844/", ["protein structure", "deep learning"]),
        (25, "A second record whose title wraps onto a second line", ["Li XY"], 2018, "Cell", None,
         "https://pubmed.ncbi.nlm.nih.gov/30000001/", []),
    ]  # fmt: skip
    assert parsed.entries[0].item.abstract == (
        "Proteins are essential to life, and understanding their structure can facilitate a mechanistic understanding of their function."
    )
    assert [(r.line, r.reason) for r in parsed.rejected] == [(32, "no title")]
    with pytest.raises(BibliographyError, match="not MEDLINE"):
        parse_bibliography("medline", "%T An EndNote record\n")


# Web of Science's "Export > Plain text file": the file's frame (FN, VR, EF), a record from PT to ER, each further
# author and each wrapped line indented by three spaces, the source in capitals, the authors' keywords in DE.
WOS = """FN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Jumper, J
   Evans, R
AF Jumper, John
   Evans, Richard
TI Highly accurate protein structure prediction
   with AlphaFold
SO NATURE
VL 596
BP 583
DI 10.1038/s41586-021-03819-2
PD AUG 26
PY 2021
AB Proteins are essential to life, and understanding their structure can
   facilitate a mechanistic understanding of their function.
DE protein structure; deep learning
ID NEURAL-NETWORKS
UT WOS:000679542500001
ER

PT C
AU Vaswani, A
TI Attention Is All You Need
SO ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 30 (NIPS 2017)
SE Advances in Neural Information Processing Systems
PY 2017
ER

PT J
AU Nobody, N
PY 2020
ER

EF
"""


def test_web_of_science_plain_text_reads_with_its_fields():
    parsed = parse_bibliography("wos", WOS)
    read = [(e.line, e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.doi, e.item.tags) for e in parsed.entries]
    assert read == [
        (3, "Highly accurate protein structure prediction with AlphaFold", ["Jumper, John", "Evans, Richard"], 2021, "NATURE",
         "10.1038/s41586-021-03819-2", ["protein structure", "deep learning"]),
        (23, "Attention Is All You Need", ["Vaswani, A"], 2017, "ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 30 (NIPS 2017)", None, []),
    ]  # fmt: skip
    assert parsed.entries[0].item.abstract == (
        "Proteins are essential to life, and understanding their structure can facilitate a mechanistic understanding of their function."
    )
    assert [(r.line, r.reason) for r in parsed.rejected] == [(31, "no title")]  # the frame (FN, VR, EF) is no record
    for other in ("%T An EndNote record\n", "TY  - JOUR\nTI  - A RIS record\nER  - \n", MEDLINE):
        with pytest.raises(BibliographyError, match="not a Web of Science"):
            parse_bibliography("wos", other)


# Web of Science's "Tab delimited file": its real header (every tag, in its order), a record a row, empty cells kept.
WOS_TAGS = (
    "PT AU BA BE GP AF BF CA TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR TC Z9 U1 U2 PU PI "
    "PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA PG WC WE SC GA PM OA HC HP DA UT"
).split()


def wos_row(**cells: str) -> str:
    return "\t".join(cells.get(tag, "") for tag in WOS_TAGS)


def test_web_of_science_tab_delimited_reads_as_its_plain_text_does():
    """The records of WOS above, as the tab-delimited export writes them: the same items, each at its row."""
    table = "\n".join([
        "\t".join(WOS_TAGS),
        wos_row(PT="J", AU="Jumper, J; Evans, R", AF="Jumper, John; Evans, Richard", TI="Highly accurate protein structure prediction with AlphaFold",
                SO="NATURE", VL="596", BP="583", DI="10.1038/s41586-021-03819-2", PD="AUG 26", PY="2021",
                AB="Proteins are essential to life, and understanding their structure can facilitate a mechanistic understanding of their function.",
                DE="protein structure; deep learning", ID="NEURAL-NETWORKS", UT="WOS:000679542500001"),
        "",
        wos_row(PT="C", AU="Vaswani, A", TI="Attention Is All You Need", SO="ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 30 (NIPS 2017)",
                SE="Advances in Neural Information Processing Systems", PY="2017"),
        wos_row(PT="J", AU="Nobody, N", PY="2020"),
    ]) + "\n"  # fmt: skip
    parsed = parse_bibliography("wos", table)
    assert [e.item for e in parsed.entries] == [e.item for e in parse_bibliography("wos", WOS).entries]
    assert [e.line for e in parsed.entries] == [2, 4] and [(r.line, r.reason) for r in parsed.rejected] == [(5, "no title")]
    # "Tab delimited (Win)" is UTF-16 with a byte-order mark: the same records.
    assert parse_bibliography("wos", decode_upload(codecs.BOM_UTF16_LE + table.encode("utf-16-le"))).entries == parsed.entries
    with pytest.raises(BibliographyError, match="no `TI`"):
        parse_bibliography("wos", "PT\tAU\tSO\nJ\tNobody, N\tNATURE\n")


def test_the_api_and_the_cli_offer_the_formats_the_parsers_read_and_write():
    from typing import get_args

    from backend.api.library import EXPORT_MEDIA_TYPES, EXPORT_SUFFIXES, ExportFormat, ImportFormat
    from backend.domain.bibliography import EXPORT_FORMATS, IMPORT_FORMATS

    assert get_args(ImportFormat) == IMPORT_FORMATS
    assert get_args(ExportFormat) == EXPORT_FORMATS == tuple(EXPORT_MEDIA_TYPES) == tuple(EXPORT_SUFFIXES)


def test_ris_export_writes_a_value_a_line_and_reads_back_as_it_was():
    from backend.domain.bibliography import export_bibliography
    from backend.domain.models import LibraryItem

    items = [
        LibraryItem(id="a", title="Attention Is All You Need", authors=["Vaswani, Ashish", "Shazeer, Noam"], year=2017,
                    venue="NeurIPS", arxiv_id="1706.03762", doi="10.5555/3295222.3295349", tags=["transformers", "nlp"]),
        LibraryItem(id="b", title="Deep residual learning", arxiv_id="1512.03385", venue="arXiv"),
        # A line break in a value must not start a field of its own ("ER" would end the record, "TI" replace the title).
        LibraryItem(id="c", title="A title\nER  - \nTY  - JOUR\nTI  - Injected", abstract="First paragraph.\n\nSecond.", authors=["Doe, J"]),
    ]  # fmt: skip
    text = export_bibliography("ris", items)
    assert "TY  - GEN\nTI  - Deep residual learning\nT2  - arXiv\nDO  - 10.48550/arXiv.1512.03385\nER  -\n" in text
    parsed = parse_bibliography("ris", text)
    assert not parsed.rejected and len(parsed.entries) == 3
    read = [(e.item.title, e.item.authors, e.item.year, e.item.venue, e.item.arxiv_id, e.item.doi, e.item.tags) for e in parsed.entries]
    assert read == [
        ("Attention Is All You Need", ["Vaswani, Ashish", "Shazeer, Noam"], 2017, "NeurIPS", "1706.03762", "10.5555/3295222.3295349", ["transformers", "nlp"]),
        ("Deep residual learning", [], None, "arXiv", "1512.03385", None, []),
        ("A title ER - TY - JOUR TI - Injected", ["Doe, J"], None, None, None, None, []),
    ]  # fmt: skip
    assert parsed.entries[2].item.abstract == "First paragraph. Second."


def test_csl_names_keep_their_particles_and_suffixes():
    names = [
        {"family": "Berg", "given": "Jan", "non-dropping-particle": "van den"}, {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."}, {"literal": "The LIGO Collaboration"}, {"family": "Cher"},
    ]  # fmt: skip
    (entry,) = parse_bibliography("csljson", json.dumps([{"title": "T", "author": names}])).entries
    assert entry.item.authors == ["van den Berg, Jan", "Beethoven, Ludwig van", "King, Jr., Martin Luther", "The LIGO Collaboration", "Cher"]


def test_inline_math_becomes_text_and_and_others_is_no_author():
    bib = (
        r"@article{a, title = {The $\alpha$-Helix, $k$-means, $\mathcal{O}(n \log n)$ and {\$}5 prizes}, author = {Vaswani, Ashish and others}}" "\n"
        r"@article{b, title = {Prices of \$5 and \$10}}" "\n"
    )
    first, second = (entry.item for entry in parse_bibliography("bibtex", bib).entries)
    assert first.title == "The α-Helix, k-means, O(n log n) and $5 prizes" and list(first.authors) == ["Vaswani, Ashish"]
    assert second.title == "Prices of $5 and $10"  # escaped dollars are no math


def test_the_fast_latex_decoding_gives_what_pylatexenc_gives_for_every_value_of_the_real_libraries():
    import bibtexparser

    from backend.domain.bibtex import _latex_decoder

    decoder = _latex_decoder()
    values = [
        str(value.value)
        for name in ("library-group-publications.bib", "library-zotero-export.bib")
        for entry in bibtexparser.parse_string((SHARED_FIXTURES / name).read_text()).entries
        for value in entry.fields
    ]
    values += ["-{}-", "'{}'", "a {-}- b", "{x}--{y}", "{Über} {ÄÖ}", "{a\nb}", "R&D {x}"]
    assert len(values) > 5_000
    assert [decoder.latex_to_text(v) for v in values] == [decoder._decoder.latex_to_text(v) for v in values]


def _generated_latex_values(count: int, seed: int = 0) -> list[str]:
    """Values made of what names and titles hold (accents in every form, special letters, escapes, dashes,
    quotes, ties, blanks and line breaks) and of what only pylatexenc reads (commands, groups, math, comments)."""
    import random

    rng = random.Random(seed)
    marks, word_marks, letters = "\"'`^~=.", "cvuHkrdb", "aeiouAEOUcnszyCSZgGlLrRtTdDbB"
    special = ["ss", "aa", "AA", "ae", "AE", "oe", "OE", "o", "O", "l", "L", "i", "j"]
    choices = [
        lambda c: "\\" + rng.choice(marks) + c,
        lambda c: "\\" + rng.choice(marks) + "{" + c + "}",
        lambda c: "{\\" + rng.choice(marks) + c + "}",
        lambda c: "\\" + rng.choice(marks) + " " + c,
        lambda c: "\\" + rng.choice(marks) + rng.choice(["{\\i}", "\\i", "{\\j}", "\\i "]),
        lambda c: "\\" + rng.choice(word_marks) + "{" + c + "}",
        lambda c: "{\\" + rng.choice(word_marks) + " " + c + "}",
        lambda c: "\\" + rng.choice(special) + rng.choice(["", " ", "{}", "\n", "\n\n", " \n "]),
        lambda c: "{\\" + rng.choice(special) + "}",
        lambda c: rng.choice([" ", "  ", "\n", "word", "Big", "--", "---", "----", "-", "''", "'", "``", "`", "?`", "!`", "~", ".", ":"]),
        lambda c: rng.choice(["\\\\", "\\&", "\\%", "\\_", "\\#", "\\$", "\\{", "\\}", "&", "%", "$", "\\emph{", "\\textbf{", "{", "}"]),
        lambda c: c + rng.choice(letters),
    ]
    weights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2]
    return [
        "".join(rng.choices(choices, weights)[0](rng.choice(letters)) for _ in range(rng.randrange(1, 8)))
        for _ in range(count)
    ]


def test_the_latex_table_gives_what_pylatexenc_gives_for_generated_values():
    from backend.domain.bibtex import _latex_decoder, latex_by_table

    decoder = _latex_decoder()
    values = _generated_latex_values(5_000)
    by_table = [latex_by_table(value) for value in values]
    assert sum(read is not None for read in by_table) > 0.6 * len(values)  # the table, not the parser, read most
    assert [decoder.latex_to_text(value) for value in values] == [decoder._decoder.latex_to_text(value) for value in values]


def test_latex_for_the_parser_has_a_budget_and_accents_do_not_spend_it():
    from backend.domain.bibtex import LatexBudgetExceeded
    from backend.imports import SYNC_IMPORT_LATEX_CHARS

    entry = "@article{{k{n}, title = {{{title}}}, author = {{M{{\\\"u}}ller, J{{\\'o}}zsef and \\v{{S}}imon, P}}, year = {{2020}}}}\n"
    accents = "".join(entry.format(n=n, title="{\\\"o}{\\'e}\\c{c}{\\ss} R\\&D -- ``q'' " * 20) for n in range(500))
    assert len(parse_bibliography("bibtex", accents, latex_budget=0).entries) == 500  # not a character for the parser
    commands = "".join(entry.format(n=n, title="\\emph{x} " * 20) for n in range(500))
    try:
        parse_bibliography("bibtex", commands, latex_budget=SYNC_IMPORT_LATEX_CHARS)
    except LatexBudgetExceeded:
        pass
    else:
        raise AssertionError("90,000 characters for the parser were read within a budget of 64,000")
    assert len(parse_bibliography("bibtex", commands).entries) == 500  # without a budget (a worker), all of it
    for name in ("library-group-publications.bib", "library-zotero-export.bib"):  # real libraries: read at once
        assert parse_bibliography("bibtex", (SHARED_FIXTURES / name).read_text(), latex_budget=SYNC_IMPORT_LATEX_CHARS).entries


def test_bibtex_export_then_import_gives_back_what_latex_would_read_as_markup():
    import time

    import msgspec

    from backend.domain.bibliography import export_bibliography
    from backend.domain.models import LibraryItem

    titles = [
        "x^2 and a~b", "R&D 50% $5 #1 a_b", "Don''t ``quote'' ?`x !`y", "a--b---c", "~^", "Qwen2.5-VL: a ``new'' model?!",
    ]  # fmt: skip
    items = [
        msgspec.convert({"id": f"i{n}", "title": title, "added_at": time.time(), "authors": ["O'Neil, Mary-Ann", "Smith~Jr., J."]}, LibraryItem)
        for n, title in enumerate(titles)
    ]
    read = parse_bibliography("bibtex", export_bibliography("bibtex", items)).entries
    assert [entry.item.title for entry in read] == titles  # "xˆ2 and a~b", "Don”t “quote” ¿x ¡y" before
    assert {tuple(entry.item.authors) for entry in read} == {("O'Neil, Mary-Ann", "Smith~Jr., J.")}


def test_latex_that_zotero_escaped_as_text_is_read_as_latex():
    # Zotero writes an abstract's own LaTeX ("$\beta$-TCVAE", "\emph{…}") with its backslashes spelled out.
    abstracts = [
        entry.item.abstract
        for entry in parse_bibliography("bibtex", (SHARED_FIXTURES / "library-zotero-export.bib").read_text()).entries
        if entry.item.abstract
    ]
    assert any("our β-TCVAE (Total Correlation" in abstract for abstract in abstracts)  # "$$-TCVAE" before
    assert any("a property known as compositionality. In this" in abstract for abstract in abstracts)
    assert not any("\\" in abstract for abstract in abstracts)


def test_tex_logos_are_kept_and_commands_the_preamble_silences_are_dropped():
    bib = r"""
@preamble{ "\newcommand{\noopsort}[1]{} \def\sortas#1{}" # "\providecommand*{\hide}[2]{}" }
@article{a, title = {{Deep Learning} with \LaTeX{} and \BibTeX}, author = {{\noopsort{a}}Smith, John and \sortas{b} Doe, Jane}}
@article{b, title = {A \TeX\ primer \hide{x}{y}for \LaTeXe}, author = {Lastname, F.}}
"""
    read = [(entry.item.title, list(entry.item.authors)) for entry in parse_bibliography("bibtex", bib).entries]
    assert read == [  # " with  and ", "aSmith, John" and "xyfor" before
        ("Deep Learning with LaTeX and BibTeX", ["Smith, John", "Doe, Jane"]),
        ("A TeX primer for LaTeX2e", ["Lastname, F."]),
    ]


def test_abstracts_lose_publishers_markup_but_not_a_less_than_sign():
    zotero = parse_bibliography("bibtex", (SHARED_FIXTURES / "library-zotero-export.bib").read_text()).entries
    colours = next(entry.item.abstract for entry in zotero if "Words categorize" in (entry.item.abstract or ""))
    assert colours.startswith("Words categorize the semantic fields")  # "pWords categorize" before
    ris = (
        "TY  - JOUR\nTI  - Tagged\nAB  - <jats:p>CO<sub>2</sub> at <i>n</i> sites</jats:p><p>Second.</p>\nER  - \n"
        "TY  - JOUR\nTI  - Plain\nAB  - For n < 5 and m > 3, or <b and c>, we show <script>x</script>\nER  - \n"
    )
    tagged, plain = (entry.item.abstract for entry in parse_bibliography("ris", ris).entries)
    assert tagged == "CO2 at n sites Second."
    assert plain == "For n < 5 and m > 3, or <b and c>, we show <script>x</script>"  # not a tag it knows: kept as text


def test_the_options_page_reads_a_file_s_format_from_its_suffix_as_the_cli_does():
    """The extension's options page keeps a JavaScript copy of FORMAT_BY_SUFFIX (it picks the format before
    posting): the two must not drift apart when a format is added."""
    import re
    from pathlib import Path

    script = (Path(__file__).resolve().parents[2] / "extension" / "src" / "options.js").read_text()
    table = re.search(r"const FORMAT_BY_SUFFIX = \{(.*?)\};", script, re.DOTALL)
    assert table, "options.js no longer holds FORMAT_BY_SUFFIX"
    assert dict(re.findall(r'(\w+): "(\w+)"', table[1])) == {suffix.lstrip("."): fmt for suffix, fmt in FORMAT_BY_SUFFIX.items()}
    # And its file picker offers every one of those files (it offered no EndNote .xml).
    page = (Path(__file__).resolve().parents[2] / "extension" / "src" / "options.html").read_text()
    accept = re.search(r'id="libraryFile"[^>]*accept="([^"]*)"', page)
    assert accept and set(FORMAT_BY_SUFFIX) <= set(accept[1].split(",")), accept


def test_the_service_worker_relays_imports_of_the_formats_the_api_reads():
    """background.js checks an import message's format against its own copy of IMPORT_FORMATS: a format added to
    the API only would be refused by the extension."""
    import re
    from pathlib import Path

    from backend.domain.bibliography import IMPORT_FORMATS

    script = (Path(__file__).resolve().parents[2] / "extension" / "src" / "background.js").read_text()
    listed = re.search(r"const IMPORT_FORMATS = new Set\(\[(.*?)\]\);", script)
    assert listed, "background.js no longer holds IMPORT_FORMATS"
    assert tuple(re.findall(r'"(\w+)"', listed[1])) == IMPORT_FORMATS


def test_a_year_with_an_author_year_letter_is_that_year():
    # Author-year bibliographies tell one author's papers of a year apart by a letter ("Freund and Schapire 1996a"),
    # in BibTeX's `year` and in citation records: the year was lost.
    bib = "@inproceedings{fs96a, title = {Experiments with a New Boosting Algorithm}, author = {Freund, Yoav and Schapire, Robert E.}, year = {1996a}}"
    (entry,) = parse_bibliography("bibtex", bib).entries
    assert entry.item.year == 1996
    record = {"title": "Experiments with a new boosting algorithm", "author": "Freund, Y., & Schapire, R. E.", "date": "1996a"}
    assert paper_from_citation(msgspec.convert(record, CitationRecord)).year == 1996
    assert paper_from_citation(msgspec.convert({"title": "T", "date": "1996abc"}, CitationRecord)).year is None
