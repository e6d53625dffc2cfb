"""The reading-list API: CRUD, paging, search, import/export round trips, bad uploads, isolation."""

from __future__ import annotations

import codecs
import csv
import io
import json
import time

import pytest

from tests.support import SHARED_FIXTURES, all_library_items

ZOTERO = (SHARED_FIXTURES / "library-zotero-export.bib").read_bytes()
GROUP = (SHARED_FIXTURES / "library-group-publications.bib").read_bytes()
COMPARED_FIELDS = ("title", "authors", "year", "venue", "abstract", "arxiv_id", "doi", "url", "tags")


def comparable(items: list[dict]) -> list[tuple]:
    return sorted(tuple(json.dumps(item.get(name)) for name in COMPARED_FIELDS) for item in items)


def import_file(client, content: bytes, fmt: str = "bibtex"):
    return client.post("/v1/library/import", params={"format": fmt}, content=content, timeout=120)


def test_both_bibtex_fixtures_import_with_a_report_and_round_trip(client, other_client, api):
    zotero = import_file(client, ZOTERO)
    assert zotero.status_code == 200, zotero.text
    group = import_file(client, GROUP)
    assert group.status_code == 200, group.text
    print("\nzotero:", zotero.json()["summary"], "\ngroup:", group.json()["summary"])

    z, g = zotero.json(), group.json()
    assert z["summary"]["imported"] + z["summary"]["merged"] + z["summary"]["skipped"] + z["summary"]["rejected"] == 169
    assert z["summary"]["imported"] >= 150
    # Every entry BibTeX reads is read ("@" inside titles: "IIITK@LT-EDI-EACL2021: Hope Speech Detection";
    # an entry that is only a `crossref` to another, merged into it); rejected: the one with no title at all.
    assert sum(g["summary"].values()) == 498
    assert g["rejected"] == [{"line": 6889, "reason": "no title"}]
    assert all(m["into"] and m["basis"] for m in z["merged"] + g["merged"])
    library = all_library_items(client)
    assert len(library) == z["summary"]["imported"] + g["summary"]["imported"]
    # LaTeX decoded, arXiv ids found in `journal = {arXiv:...}` / url / eprint fields.
    deal = next(i for i in library if i["title"].startswith("Deal or No Deal"))
    assert deal["arxiv_id"] == "1706.05125" and deal["authors"][0] == "Lewis, Mike"
    assert not any("{" in i["title"] or "\\" in i["title"] for i in library)
    assert any(i["title"].startswith("IIITK@LT-EDI-EACL2021: Hope Speech Detection") for i in library)

    # Export → import into an empty library → export: the same library, field by field.
    exported = client.get("/v1/library/export", params={"format": "bibtex"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/x-bibtex")
    again = import_file(other_client, exported.content)
    assert again.json()["summary"] == {"imported": len(library), "merged": 0, "skipped": 0, "rejected": 0}
    assert comparable(all_library_items(other_client)) == comparable(library)
    assert other_client.get("/v1/library/export", params={"format": "bibtex"}).text == exported.text

    # Importing the export into the library it came from doubles nothing.
    same = import_file(client, exported.content).json()["summary"]
    assert same["imported"] == 0 and same["skipped"] == len(library)


@pytest.mark.parametrize("fmt", ["csljson", "ris", "csv"])
def test_csljson_ris_and_csv_round_trip(client, other_client, fmt):
    import_file(client, ZOTERO).raise_for_status()
    library = all_library_items(client)
    exported = client.get("/v1/library/export", params={"format": fmt}).content
    assert import_file(other_client, exported, fmt).json()["summary"]["imported"] == len(library)
    assert comparable(all_library_items(other_client)) == comparable(library)


def test_ris_and_arxiv_lists_import(client):
    ris = (
        "TY  - JOUR\nTI  - Attention Is All You Need\nAU  - Vaswani, Ashish\nAU  - Shazeer, Noam\nPY  - 2017\n"
        "DO  - 10.48550/arXiv.1706.03762\nKW  - transformers\nER  - \n\n"
        "TY  - JOUR\nAU  - Nobody\nER  - \n"
    )
    report = import_file(client, ris.encode(), "ris").json()
    assert report["summary"] == {"imported": 1, "merged": 0, "skipped": 0, "rejected": 1}
    assert report["rejected"] == [{"line": 10, "reason": "no title"}]
    ids = "https://arxiv.org/abs/1706.03762v5\n2305.18290\nnot-an-id\n"
    report = import_file(client, ids.encode(), "arxiv").json()
    assert report["summary"] == {"imported": 1, "merged": 1, "skipped": 0, "rejected": 1}
    assert report["merged"][0]["basis"] == "arxiv_id"  # the RIS record had no URL; the merge adds it
    item = next(i for i in all_library_items(client) if i.get("arxiv_id") == "1706.03762")
    assert item["tags"] == ["transformers"] and item["year"] == 2017


def test_endnote_from_google_scholar_imports_and_finds_its_duplicates(client):
    # Two .enw files as Google Scholar's "Import into EndNote" gives them, downloaded into one; then the same papers
    # from a BibTeX export: the matcher finds them through the messier EndNote records.
    enw = (
        "%0 Journal Article\n%T Attention is all you need\n%A Vaswani, Ashish\n%A Shazeer, Noam\n"
        "%J Advances in neural information processing systems\n%V 30\n%D 2017\n\n"
        "%0 Journal Article\n%T Bert: Pre-training of deep bidirectional transformers for language understanding\n"
        "%A Devlin, Jacob\n%A Chang, Ming-Wei\n%J arXiv preprint arXiv:1810.04805\n%D 2018\n\n"
        "%0 Journal Article\n%A Nobody, No\n"
    )
    report = import_file(client, enw.encode(), "endnote").json()
    assert report["summary"] == {"imported": 2, "merged": 0, "skipped": 0, "rejected": 1}
    assert report["rejected"] == [{"line": 16, "reason": "no title"}]
    bert = next(i for i in all_library_items(client) if i["title"].startswith("Bert"))
    assert (bert["arxiv_id"], bert["venue"], bert["year"]) == ("1810.04805", "arXiv", 2018)
    bib = (
        b"@inproceedings{vaswani, title={Attention Is All You Need}, author={Ashish Vaswani and Noam Shazeer and Niki Parmar},"
        b" booktitle={NeurIPS}, year={2017}}\n"
        b"@misc{devlin, title={{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding},"
        b" author={Devlin, Jacob and Chang, Ming-Wei}, eprint={1810.04805}, archivePrefix={arXiv}, year={2018}}\n"
    )
    again = import_file(client, bib).json()["summary"]
    assert again["imported"] == 0 and again["merged"] + again["skipped"] == 2, again


def test_medline_from_pubmed_imports_and_a_later_doi_finds_it(client):
    nbib = (
        "PMID- 34265844\nDP  - 2021 Aug\nTI  - Highly accurate protein structure prediction with AlphaFold.\n"
        "LID - 10.1038/s41586-021-03819-2 [doi]\nAB  - Proteins are essential to life, and understanding their\n"
        "      structure can facilitate a mechanistic understanding of their function.\n"
        "FAU - Jumper, John\nAU  - Jumper J\nFAU - Evans, Richard\nAU  - Evans R\nJT  - Nature\nOT  - protein structure\n"
    )
    report = import_file(client, nbib.encode(), "medline").json()
    assert report["summary"] == {"imported": 1, "merged": 0, "skipped": 0, "rejected": 0}
    (item,) = all_library_items(client)
    assert (item["title"], item["authors"], item["year"], item["venue"], item["doi"]) == (
        "Highly accurate protein structure prediction with AlphaFold", ["Jumper, John", "Evans, Richard"], 2021, "Nature",
        "10.1038/s41586-021-03819-2",
    )  # fmt: skip
    again = import_file(client, b"@article{jumper, title={Protein structure prediction}, doi={10.1038/S41586-021-03819-2}}\n").json()
    assert again["summary"]["imported"] == 0 and (again["merged"] + again["skipped"])[0]["basis"] == "doi", again


def test_endnote_xml_imports_and_its_papers_are_found_again(client):
    # EndNote's "Export > XML" (one line, text in <style> runs), a record with an arXiv link among them.
    xml = (
        '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><ref-type name="Journal Article">17</ref-type>'
        '<contributors><authors><author><style face="normal" font="default" size="100%">Jumper, John</style></author></authors></contributors>'
        '<titles><title><style face="normal" font="default" size="100%">Highly accurate protein structure prediction with AlphaFold</style></title></titles>'
        '<periodical><full-title><style face="normal" font="default" size="100%">Nature</style></full-title></periodical>'
        '<dates><year><style face="normal" font="default" size="100%">2021</style></year></dates>'
        '<electronic-resource-num><style face="normal" font="default" size="100%">10.1038/s41586-021-03819-2</style></electronic-resource-num></record>'
        "<record><titles><title>Attention is all you need</title></titles><contributors><authors><author>Vaswani, Ashish</author></authors></contributors>"
        "<urls><related-urls><url>https://arxiv.org/abs/1706.03762</url></related-urls></urls></record></records></xml>"
    )
    report = import_file(client, xml.encode(), "endnote").json()
    assert report["summary"] == {"imported": 2, "merged": 0, "skipped": 0, "rejected": 0}, report
    items = {item["title"]: item for item in all_library_items(client)}
    assert items["Attention is all you need"]["arxiv_id"] == "1706.03762"
    assert items["Highly accurate protein structure prediction with AlphaFold"]["venue"] == "Nature"
    again = import_file(client, b"@misc{v, title={Attention Is All You Need}, eprint={1706.03762}, archiveprefix={arXiv}}\n").json()
    assert again["summary"]["imported"] == 0 and (again["merged"] + again["skipped"])[0]["basis"] == "arxiv_id", again
    entities = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xml><records><record><titles><title>&a;</title></titles></record></records></xml>'
    refused = import_file(client, entities, "endnote")
    assert refused.status_code == 400 and "declares a DOCTYPE" in refused.json()["detail"]


def test_web_of_science_plain_text_imports(client):
    wos = (
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Jumper, J\n   Evans, R\nAF Jumper, John\n   Evans, Richard\n"
        "TI Highly accurate protein structure prediction with AlphaFold\nSO NATURE\nDI 10.1038/s41586-021-03819-2\nPY 2021\n"
        "DE protein structure; deep learning\nER\n\nEF\n"
    )
    report = import_file(client, wos.encode(), "wos").json()
    assert report["summary"] == {"imported": 1, "merged": 0, "skipped": 0, "rejected": 0}
    (item,) = all_library_items(client)
    assert (item["authors"], item["year"], item["doi"], item["tags"]) == (
        ["Jumper, John", "Evans, Richard"], 2021, "10.1038/s41586-021-03819-2", ["protein structure", "deep learning"]
    )
    refused = import_file(client, b"TY  - JOUR\nTI  - A RIS file\nER  - \n", "wos")
    assert refused.status_code == 400 and "not a Web of Science" in refused.json()["detail"]
    # The tab-delimited export of the same record and another, as "Tab delimited (Win)" writes it (UTF-16, a BOM).
    table = (
        "PT\tAU\tAF\tTI\tSO\tDE\tPY\tDI\tUT\n"
        "J\tJumper, J; Evans, R\tJumper, John; Evans, Richard\tHighly accurate protein structure prediction with AlphaFold"
        "\tNATURE\tprotein structure\t2021\t10.1038/s41586-021-03819-2\tWOS:000679445700001\n"
        "C\tVaswani, A\tVaswani, Ashish\tAttention Is All You Need\tNIPS\t\t2017\t\tWOS:000452649406008\n"
    )
    again = import_file(client, codecs.BOM_UTF16_LE + table.encode("utf-16-le"), "wos").json()
    assert again["summary"] == {"imported": 1, "merged": 0, "skipped": 1, "rejected": 0}, again
    assert sorted(item["title"] for item in all_library_items(client))[0] == "Attention Is All You Need"


def test_papers_titled_in_chinese_or_russian_are_imported_each_not_merged_into_one(client):
    # Titles in other scripts normalised to nothing, so every two were "the same title": three papers of one author
    # and year, from a CNKI-style CSV, were merged into one item.
    rows = (
        "title,authors,year\n深度学习在自然语言处理中的应用研究,Wei Wang,2020\n基于图神经网络的推荐系统研究,Wei Wang,2020\n"
        "量子计算导论,Wei Wang,2020\nГлубокое обучение: обзор,Wei Wang,2020\n深度学习在自然语言处理中的应用研究。,Wei Wang,2020\n"
    )
    report = import_file(client, rows.encode(), "csv").json()
    assert report["summary"] == {"imported": 4, "merged": 0, "skipped": 1, "rejected": 0}, report
    assert report["skipped"][0]["line"] == 6  # the first title again, with a closing full stop: one paper, nothing new
    # Search reads them too (a query in another script normalised to nothing found nothing).
    assert client.get("/v1/library/items", params={"q": "推荐系统"}).json()["items"][0]["title"] == "基于图神经网络的推荐系统研究"
    assert client.get("/v1/library/items", params={"q": "обучение"}).json()["items"][0]["title"] == "Глубокое обучение: обзор"


def test_duplicates_within_one_upload_are_merged_not_doubled(client):
    bib = b"""
@article{a, title = {Deep Residual Learning for Image Recognition}, author = {He, Kaiming and Zhang, Xiangyu}, year = {2016}, keywords = {vision}}
@misc{b, title = {Deep residual learning for image recognition}, author = {Kaiming He}, year = {2015}, eprint = {1512.03385}, archivePrefix = {arXiv}, keywords = {resnet}}
"""
    report = import_file(client, bib).json()
    assert report["summary"] == {"imported": 1, "merged": 1, "skipped": 0, "rejected": 0}
    (item,) = all_library_items(client)
    assert item["arxiv_id"] == "1512.03385" and item["tags"] == ["vision", "resnet"] and item["year"] == 2016


def test_crud_paging_and_filters(client):
    created = [
        client.post("/v1/library/items", json={"title": f"Paper number {n}", "tags": ["even" if n % 2 == 0 else "odd"]}).json()
        for n in range(7)
    ]
    first = client.get("/v1/library/items", params={"limit": 3}).json()
    assert [i["title"] for i in first["items"]] == ["Paper number 6", "Paper number 5", "Paper number 4"]
    assert first["total"] == 7
    seen = [i["id"] for i in all_library_items(client)]
    assert sorted(seen) == sorted(i["id"] for i in created) and len(set(seen)) == 7
    assert client.get("/v1/library/items", params={"tag": "even"}).json()["total"] == 4

    item_id = created[0]["id"]
    patched = client.patch(f"/v1/library/items/{item_id}", json={"status": "read", "notes": "good", "year": None})
    assert patched.status_code == 200, patched.text
    assert patched.json()["status"] == "read" and patched.json()["notes"] == "good"
    assert patched.json()["updated_at"] >= patched.json()["added_at"]
    assert client.get(f"/v1/library/items/{item_id}").json()["status"] == "read"
    assert client.get("/v1/library/items", params={"status": "read"}).json()["total"] == 1
    assert client.patch(f"/v1/library/items/{item_id}", json={"status": "done"}).status_code == 400
    assert client.patch(f"/v1/library/items/{item_id}", json={"title": ""}).status_code == 400

    assert client.delete(f"/v1/library/items/{item_id}").status_code == 204
    assert client.get(f"/v1/library/items/{item_id}").status_code == 404
    assert client.delete(f"/v1/library/items/{item_id}").status_code == 404
    assert client.get("/v1/library/items", params={"cursor": "garbage"}).status_code == 400


@pytest.mark.parametrize("query", ["Direct Preference Optimisation", "direct preference optimizaton", "rafailov"])
def test_search_finds_dpo_first_with_typos_and_british_spelling(client, query):
    import_file(client, ZOTERO).raise_for_status()
    import_file(client, GROUP).raise_for_status()
    for title in (
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        "Negative Preference Optimization: From Catastrophic Collapse to Effective Unlearning",
        "Preference Ranking Optimization for Human Alignment",
    ):
        authors = ["Rafael Rafailov", "Archit Sharma"] if title.startswith("Direct") else []
        client.post("/v1/library/items", json={"title": title, "authors": authors}).raise_for_status()

    results = client.get("/v1/library/items", params={"q": query}).json()["items"]

    assert results[0]["title"].startswith("Direct Preference Optimization")


def test_the_library_is_isolated_per_user(client, other_client):
    mine = client.post("/v1/library/items", json={"title": "Mine, all mine"}).json()
    routes = [
        ("GET", f"/v1/library/items/{mine['id']}", None),
        ("PATCH", f"/v1/library/items/{mine['id']}", {"title": "Stolen"}),
        ("DELETE", f"/v1/library/items/{mine['id']}", None),
    ]
    for method, path, body in routes:
        response = other_client.request(method, path, json=body)
        assert response.status_code == 404, (method, path, response.status_code)
        assert "Mine" not in response.text
    assert other_client.get("/v1/library/items").json()["items"] == []
    assert other_client.get("/v1/library/items", params={"q": "mine"}).json()["items"] == []
    assert "Mine" not in other_client.get("/v1/library/export", params={"format": "csv"}).text
    assert client.get(f"/v1/library/items/{mine['id']}").json() == mine


@pytest.mark.parametrize(
    ("content", "fmt", "status", "says"),
    [
        (b"@article{broken, title = {Unclosed", "bibtex", 400, "no bibtex entries"),
        (b"this is not bibtex at all", "bibtex", 400, "no bibtex entries"),
        (bytes(range(256)) * 64, "bibtex", 400, "binary"),
        (b"\x00\x01binary\x00", "ris", 400, "binary"),
        (b"@article{a, title={T}}", "refworks", 400, "format"),
        (b"{}", "csljson", 400, "no csljson entries"),
        (b"[1, 2", "csljson", 400, "not CSL-JSON"),
        (b"name,year\nx,2020\n", "csv", 400, "title"),
        # A header of many short columns tried as one tab- or semicolon-separated field over csv's 128 KiB limit, and a
        # header that is one such field: csv raised, and the upload was a 500.
        (b"x," * 100_000 + b"\n", "csv", 400, "title"),
        (b"title," + b"x" * 200_000 + b"\n", "csv", 400, "header"),
        (b"", "bibtex", 400, "no bibtex entries"),
    ],
)
def test_bad_uploads_get_a_clear_4xx_and_change_nothing(client, content, fmt, status, says):
    client.post("/v1/library/items", json={"title": "Already here"}).raise_for_status()
    before = all_library_items(client)

    response = import_file(client, content, fmt)

    assert response.status_code == status, response.text
    assert says.lower() in response.json()["detail"].lower(), response.text
    assert all_library_items(client) == before


def test_files_in_the_encodings_older_tools_write_import(client):
    # JabRef wrote ISO 8859-1; Windows tools write UTF-16 with a BOM, or UTF-8 with one (RIS from EndNote).
    latin1 = "@article{m, title = {Über die Müller-Lyer-Täuschung}, author = {Müller, Jörg}, year = {1998}}".encode("latin-1")
    utf16 = "@article{n, title = {Études sur les réseaux}, year = {2001}}".encode("utf-16")
    ris = "\ufeffTY  - JOUR\r\nT1  - A Paper From EndNote\r\nN2  - Its abstract, in N2.\r\nER  - \r\n".encode()
    for content, fmt in ((latin1, "bibtex"), (utf16, "bibtex"), (ris, "ris")):
        assert import_file(client, content, fmt).json()["summary"]["imported"] == 1
    items = {item["title"]: item for item in all_library_items(client)}
    assert items["Über die Müller-Lyer-Täuschung"]["authors"] == ["Müller, Jörg"]
    assert "Études sur les réseaux" in items and items["A Paper From EndNote"]["abstract"] == "Its abstract, in N2."


def test_a_50_mib_upload_is_refused_with_413(client):
    before = all_library_items(client)
    response = import_file(client, b"@misc{x, title={" + b"a" * (50 * 1024 * 1024) + b"}}")
    assert response.status_code == 413
    assert "20 MiB" in response.json()["detail"]
    assert all_library_items(client) == before


def test_a_large_import_runs_on_a_worker_with_progress(client, other_client, workers):
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["title", "authors", "year", "tags"])
    for n in range(2_500):
        writer.writerow([f"Synthetic study {n} of large imports", f"Author {n % 97}", 2000 + n % 25, "bulk"])
    writer.writerow(["Synthetic study 7 of large imports", "Author 7", 2007, "dup"])  # a duplicate inside

    queued = import_file(client, rows.getvalue().encode(), "csv")

    assert queued.status_code == 202, queued.text
    assert queued.json()["entries"] == 2_501
    status_url = queued.json()["status_url"]
    assert other_client.get(status_url).status_code == 404
    deadline = time.monotonic() + 120
    while (status := client.get(status_url).json())["state"] != "done":
        assert status["state"] in ("queued", "running"), status
        assert time.monotonic() < deadline, status
        time.sleep(0.2)
    assert status["done"] == status["total"] == 2_501
    assert status["report"]["summary"] == {"imported": 2_500, "merged": 1, "skipped": 0, "rejected": 0}
    assert client.get("/v1/library/items", params={"limit": 1}).json()["total"] == 2_500


def test_a_file_over_half_a_mebibyte_is_read_by_a_worker_not_by_the_api(client, workers):
    # 300 entries with long abstracts: few enough for the request path, too many bytes to read there.
    abstract = "We study the reading of long files, " * 60
    bib = "".join(f"@article{{k{n}, title = {{Large file entry number {n}}}, abstract = {{{abstract}}}, year = {{2020}}}}\n" for n in range(300))
    assert len(bib.encode()) > 512 * 1024
    queued = import_file(client, bib.encode())
    assert queued.status_code == 202, queued.text
    assert queued.json()["entries"] is None  # not counted on the request path
    deadline = time.monotonic() + 120
    while (status := client.get(queued.json()["status_url"]).json())["state"] != "done":
        assert status["state"] in ("queued", "running") and time.monotonic() < deadline, status
        time.sleep(0.2)
    assert status["total"] == 300 and status["report"]["summary"]["imported"] == 300
    # Binary content is still refused at once, whatever its size.
    assert import_file(client, b"\x00" * (600 * 1024)).status_code == 400


def test_a_small_file_dense_with_latex_commands_is_read_by_a_worker_too(client, workers):
    # 180 KiB, but 180,000 characters the LaTeX parser would read at 5-15 µs each: seconds on the request path.
    # (The LaTeX is in `note`, which is read too: short titles keep later tests' library jobs short.)
    bib = "".join(f"@article{{d{n}, title = {{Dense entry {n}}}, note = {{" + "\\emph{x} " * 100 + "}, year = {2020}}\n" for n in range(200))
    assert len(bib.encode()) < 512 * 1024
    queued = import_file(client, bib.encode())
    assert queued.status_code == 202 and queued.json()["entries"] is None, queued.text
    deadline = time.monotonic() + 120
    while (status := client.get(queued.json()["status_url"]).json())["state"] != "done":
        assert status["state"] in ("queued", "running") and time.monotonic() < deadline, status
        time.sleep(0.2)
    assert status["report"]["summary"]["imported"] == 200
    accents = "".join(f"@article{{a{n}, title = {{Accent entry {n}}}, note = {{" + "M{\\\"u}ller \\v{S}imon R\\&D -- " * 80 + "}}\n" for n in range(200))
    assert import_file(client, accents.encode()).status_code == 200  # as much LaTeX, all read by the table: at once


def test_cli_library_import_and_export(api, token, tmp_path):
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "PAPERLENS_TOKEN": token, "PAPERLENS_DATA_DIR": str(tmp_path)}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "backend.cli", "library", *args, "--url", api], env=env, capture_output=True, text=True
    )
    imported = run("import", str(SHARED_FIXTURES / "library-zotero-export.bib"))
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["summary"]["imported"] >= 150
    exported = run("export", "--format", "csv", "--output", str(tmp_path / "library.csv"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "library.csv").read_text().startswith("title,authors,year")
    refused = run("import", str(SHARED_FIXTURES / "library-zotero-export.bib"), "--format", "ris")
    assert refused.returncode != 0 and "400" in refused.stderr
    # Without --format, the file's suffix says which (a PubMed .nbib here); a .txt must say.
    (tmp_path / "pubmed.nbib").write_text("PMID- 34265844\nTI  - Highly accurate protein structure prediction with AlphaFold.\n")
    nbib = run("import", str(tmp_path / "pubmed.nbib"))
    assert nbib.returncode == 0 and json.loads(nbib.stdout)["summary"]["imported"] == 1, nbib.stderr
    (tmp_path / "wos.txt").write_text("PT J\nTI A title\nER\n")
    unnamed = run("import", str(tmp_path / "wos.txt"))
    assert unnamed.returncode == 2 and "--format" in unnamed.stderr
