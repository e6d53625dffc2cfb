"""`paperlens`: run the stack, manage users."""

from __future__ import annotations

import argparse
import sys

from backend.settings import settings_from_env
from backend.store import UserStore, connect
from backend.store.users import UnknownUser, UserExists


def _users(args: argparse.Namespace) -> int:
    import datetime

    users = UserStore(connect(settings_from_env().redis_url))
    try:
        if args.users_command == "create":
            _, token = users.create(args.name)
        elif args.users_command == "tokens":
            for token_id, created in users.tokens(users.user_id(args.name)):
                print(f"{token_id}  issued {datetime.datetime.fromtimestamp(created, datetime.UTC):%Y-%m-%d %H:%M:%S} UTC")
            return 0
        elif args.users_command == "revoke":
            revoked = users.revoke(users.user_id(args.name), args.token_id)
            print(f"revoked {revoked} token(s) of {args.name}")
            return 0 if revoked else 1
        else:
            token = users.issue_token(users.user_id(args.name))
    except UserExists:
        print(f"user {args.name!r} exists; `paperlens users token {args.name}` issues another token", file=sys.stderr)
        return 1
    except ValueError as error:
        print(str(error), file=sys.stderr)
        return 1
    except UnknownUser:
        print(f"no user {args.name!r}; `paperlens users create {args.name}` makes one", file=sys.stderr)
        return 1
    print(token)
    return 0


def _api_call(
    args: argparse.Namespace, method: str, path: str, body: bytes | None = None, content_type: str = "application/octet-stream"
) -> bytes:
    """One call to the HTTP API with the token from --token, PAPERLENS_TOKEN or the data directory."""
    import os
    import urllib.error
    import urllib.request

    settings = settings_from_env()
    token = args.token or os.environ.get("PAPERLENS_TOKEN")
    if not token and (settings.data_dir / "token").exists():
        token = (settings.data_dir / "token").read_text().strip()
    if not token:
        raise SystemExit("no token: pass --token, set PAPERLENS_TOKEN, or run `paperlens up` once")
    request = urllib.request.Request(
        (args.url or settings.public_url).rstrip("/") + path,
        data=body,
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": content_type},
    )
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        raise SystemExit(f"paperlens: {error.code}: {error.read().decode(errors='replace')}") from None
    except urllib.error.URLError as error:
        raise SystemExit(f"paperlens: cannot reach the API: {error.reason}") from None


def _file_format(path, given: str | None) -> str | None:
    """The format `--format` gives, else the one the file's suffix says; None, said on standard error, if neither."""
    from backend.domain.bibliography import FORMAT_BY_SUFFIX, IMPORT_FORMATS

    fmt = given or FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        print(f"paperlens: say which format {path} is: --format {{{','.join(IMPORT_FORMATS)}}}", file=sys.stderr)
    return fmt


def _library(args: argparse.Namespace) -> int:
    import json
    import time
    from pathlib import Path

    if args.library_command == "export":
        output = _api_call(args, "GET", f"/v1/library/export?format={args.format}")
        if args.output == "-":
            sys.stdout.write(output.decode())
        else:
            Path(args.output).write_bytes(output)
        return 0
    fmt = _file_format(Path(args.file), args.format)
    if fmt is None:
        return 2
    answer = json.loads(_api_call(args, "POST", f"/v1/library/import?format={fmt}", Path(args.file).read_bytes()))
    while "status_url" in answer or answer.get("state") in ("queued", "running"):  # a large import: follow it
        time.sleep(1)
        status_url = answer.get("status_url") or f"/v1/library/imports/{answer['id']}"
        answer = json.loads(_api_call(args, "GET", status_url))
        print(f"importing: {answer['done']}/{answer['total']}", file=sys.stderr)
    print(json.dumps(answer.get("report", answer), indent=2))
    return 0 if answer.get("state", "done") == "done" else 1


def _sources(args: argparse.Namespace) -> int:
    import json
    import os
    from pathlib import Path

    if args.sources_command == "add":
        if args.kind == "zotero_web":
            library_type, _, library_id = (args.library or "").partition(":")
            body = {"kind": args.kind, "library_type": library_type, "library_id": library_id, "api_key": args.api_key or os.environ.get("ZOTERO_API_KEY", "")}
        else:
            body = {"kind": args.kind, "path": str(Path(args.path or ".").expanduser().resolve())}
        body |= {"name": args.name} if args.name else {}
        answer = _api_call(args, "POST", "/v1/library/sources", json.dumps(body).encode(), "application/json")
    elif args.sources_command == "sync":
        answer = _api_call(args, "POST", f"/v1/library/sources/{args.id}/sync")
    elif args.sources_command == "remove":
        answer = _api_call(args, "DELETE", f"/v1/library/sources/{args.id}") or b'{"removed": true}'
    else:
        answer = _api_call(args, "GET", "/v1/library/sources")
    print(json.dumps(json.loads(answer), indent=2))
    return 0


def _match(args: argparse.Namespace) -> int:
    """JSON Lines in, JSON Lines out: one verdict per pair, in order. A line that cannot be read gets an
    `error` line of its own (the others are still answered) and the exit status is 2."""
    import msgspec

    from backend.domain.bibliography import paper_from_citation
    from backend.domain.matching import compare
    from backend.domain.models import PaperPair

    decode = msgspec.json.Decoder(PaperPair).decode
    encode = msgspec.json.Encoder().encode
    source = sys.stdin if args.pairs == "-" else open(args.pairs, encoding="utf-8")  # noqa: SIM115
    out = sys.stdout.buffer
    failed = 0
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                pair = decode(line)
            except msgspec.DecodeError as error:
                print(f"line {number}: {error}", file=sys.stderr)
                out.write(encode({"line": number, "error": str(error)}) + b"\n")
                failed += 1
                continue
            verdict = compare(paper_from_citation(pair.left), paper_from_citation(pair.right))
            out.write(
                encode(
                    {
                        "same": verdict.verdict == "same",
                        "score": verdict.score,
                        "basis": verdict.basis,
                        "verdict": verdict.verdict,
                        "reasons": verdict.reasons,
                    }
                )
                + b"\n"
            )
    return 2 if failed else 0


def _duplicates(args: argparse.Namespace) -> int:
    """The duplicate sweep over a bibliography file, offline: what the library's `duplicates` job finds, without a
    server or an import (which would merge the duplicates). JSON Lines, one group per line, `same` groups first: its
    entries in the file's order (line, key where the format has one, title) and the pairs that joined it, with
    their reasons. Entries that cannot be read are said on standard error."""
    import json
    from pathlib import Path

    from backend.domain.bibliography import BibliographyError, decode_upload, parse_bibliography
    from backend.domain.duplicates import duplicate_groups, library_duplicates
    from backend.domain.library import new_item
    from backend.domain.zotero import ZoteroUnavailable, read_zotero

    path = Path(args.file)
    try:
        if args.format is None and (path.is_dir() or path.suffix.lower() == ".sqlite"):
            parsed = read_zotero(path)
        elif fmt := _file_format(path, args.format):
            parsed = parse_bibliography(fmt, decode_upload(path.read_bytes()))
        else:
            return 2
    except (BibliographyError, ZoteroUnavailable, OSError) as error:
        print(f"paperlens: {path}: {error}", file=sys.stderr)
        return 2
    for rejected in parsed.rejected:
        print(f"line {rejected.line}: {rejected.reason}", file=sys.stderr)
    entries = {f"e{n}": entry for n, entry in enumerate(parsed.entries)}
    items = [new_item(item_id, entry.item, n) for n, (item_id, entry) in enumerate(entries.items())]
    groups = duplicate_groups(library_duplicates(items), {item.id: item.added_at for item in items})

    def described(item_id: str) -> dict:
        entry = entries[item_id]
        return {"line": entry.line, **({"key": entry.key} if entry.key else {}), "title": entry.item.title}

    for group in groups:
        pairs = [
            {"lines": [entries[i].line for i in pair.item_ids], "verdict": pair.verdict, "basis": pair.basis, "score": pair.score, "reasons": list(pair.reasons)}
            for pair in group.pairs
        ]  # fmt: skip
        print(json.dumps({"verdict": group.verdict, "entries": [described(i) for i in group.item_ids], "pairs": pairs}, ensure_ascii=False))
    same = sum(group.verdict == "same" for group in groups)
    print(f"{len(items)} entries: {same} groups of one paper, {len(groups) - same} worth a look", file=sys.stderr)
    return 0


def _keywords(args: argparse.Namespace) -> int:
    """JSON Lines of {id, title, abstract} in, {id, keywords: [{phrase, score}]} out, in order."""
    import os

    import msgspec

    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from backend.domain.models import KeywordDocument
    from workers.nlp.keywords import extract_keywords, paper_text

    decode = msgspec.json.Decoder(KeywordDocument).decode
    source = sys.stdin if args.docs == "-" else open(args.docs, encoding="utf-8")  # noqa: SIM115
    with source:
        try:
            documents = [decode(line) for line in source if line.strip()]
        except msgspec.DecodeError as error:
            print(f"paperlens keywords: {error}", file=sys.stderr)
            return 2
    texts = [paper_text(d.title, d.abstract) for d in documents]
    results = dict(extract_keywords(texts, args.top_n, [d.title for d in documents]))
    encode = msgspec.json.Encoder().encode
    for index, document in enumerate(documents):
        keywords = [{"phrase": k.phrase, "score": k.score} for k in results[index]]
        sys.stdout.buffer.write(encode({"id": document.id, "keywords": keywords}) + b"\n")
    return 0


def _jobs(args: argparse.Namespace) -> int:
    """The schedule and each job's last run, read from Redis; `run NAME` queues a job through the broker."""
    import datetime

    from backend.pipeline import JOBS, JOBS_BY_NAME
    from backend.queue import queue_client
    from backend.store import JobStore

    settings = settings_from_env()
    if args.jobs_command == "run":
        job = JOBS_BY_NAME[args.name]
        task_id = queue_client(settings.redis_url).send_task(job.task, queue=job.queue).id
        print(f"queued {job.name} ({job.task}) on {job.queue}: task {task_id}")
        return 0
    print(f"{'job':<11} {'every':>7}  {'last run (UTC)':<19}  {'outcome':<8} summary")
    store = JobStore(connect(settings.redis_url))
    for job in JOBS:  # the operator's view: every user's counts summed (the API shows each user their own)
        last, _ = store.last_run(job.name)
        when = datetime.datetime.fromtimestamp(last.finished_at, datetime.UTC).strftime("%Y-%m-%d %H:%M:%S") if last else "never"
        summary = ", ".join(f"{k} {v}" for k, v in last.summary.items()) if last else job.does
        print(f"{job.name:<11} {job.every_seconds // 60:>5}min  {when:<19}  {last.outcome if last else '-':<8} {summary}")
    return 0


def _up(args: argparse.Namespace) -> int:
    from backend.stack import run_stack

    return run_stack(settings_from_env())


def build_parser() -> argparse.ArgumentParser:
    from backend.domain.bibliography import EXPORT_FORMATS, FORMAT_BY_SUFFIX, IMPORT_FORMATS  # the formats the API reads and writes

    parser = argparse.ArgumentParser(prog="paperlens", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    up = commands.add_parser("up", help="run Redis (embedded unless REDIS_URL is set), the API, a worker and beat")
    up.set_defaults(handler=_up)

    users = commands.add_parser("users", help="create users and issue bearer tokens")
    users_commands = users.add_subparsers(dest="users_command", required=True)
    for name, help_text in (
        ("create", "create a user and print its token"),
        ("token", "print a new token"),
        ("tokens", "list the user's tokens (their ids and when they were issued)"),
        ("revoke", "revoke a token by its id (from `tokens`)"),
    ):
        sub = users_commands.add_parser(name, help=help_text)
        sub.add_argument("name")
        if name == "revoke":
            sub.add_argument("token_id")
    users.set_defaults(handler=_users)

    match = commands.add_parser("match", help="same paper? JSON Lines of {left, right} pairs in, verdicts out")
    match.add_argument("pairs", help="PAIRS.jsonl, or - for standard input")
    match.set_defaults(handler=_match)

    duplicates = commands.add_parser("duplicates", help="the duplicate sweep over a bibliography file, offline: JSON Lines of groups out")
    duplicates.add_argument("file", help="a bibliography file, a Zotero data directory or its zotero.sqlite")
    duplicates.add_argument("--format", choices=IMPORT_FORMATS, help=f"default: the file's suffix says ({', '.join(FORMAT_BY_SUFFIX)})")
    duplicates.set_defaults(handler=_duplicates)

    keywords = commands.add_parser("keywords", help="keyphrases: JSON Lines of {id, title, abstract} in")
    keywords.add_argument("docs", help="DOCS.jsonl, or - for standard input")
    keywords.add_argument("--top-n", type=int, default=5)
    keywords.set_defaults(handler=_keywords)

    library = commands.add_parser("library", help="import and export the library through the API")
    library_commands = library.add_subparsers(dest="library_command", required=True)
    importing = library_commands.add_parser("import", help="import a bibliography file; prints the report")
    importing.add_argument("file")
    importing.add_argument(
        "--format", choices=IMPORT_FORMATS, help=f"default: the file's suffix says ({', '.join(FORMAT_BY_SUFFIX)})"
    )
    exporting = library_commands.add_parser("export", help="export the library")
    exporting.add_argument("--format", default="bibtex", choices=EXPORT_FORMATS)
    exporting.add_argument("--output", "-o", default="-", help="file to write (default: standard output)")
    for sub in (importing, exporting):
        sub.add_argument("--url", help="API URL (default: http://PAPERLENS_HOST:PAPERLENS_PORT)")
        sub.add_argument("--token", help="bearer token (default: PAPERLENS_TOKEN, or the data directory's)")
    library.set_defaults(handler=_library)

    sources = commands.add_parser("sources", help="libraries kept elsewhere (Zotero, a .bib file), synced every 10 minutes")
    sources_commands = sources.add_subparsers(dest="sources_command")
    listing = sources_commands.add_parser("list", help="each source and what its last sync did (the default)")
    adding = sources_commands.add_parser("add", help="add a source; it is synced at once")
    adding.add_argument("kind", choices=["zotero_local", "bibtex_file", "zotero_web"])
    adding.add_argument("path", nargs="?", help="a Zotero data directory (or its zotero.sqlite), or a .bib file")
    adding.add_argument("--library", help="zotero_web: user:ID or group:ID")
    adding.add_argument("--api-key", help="zotero_web: a Zotero API key (default: ZOTERO_API_KEY)")
    adding.add_argument("--name")
    syncing = sources_commands.add_parser("sync", help="sync a source now")
    removing = sources_commands.add_parser("remove", help="stop syncing a source (its items stay)")
    for sub in (syncing, removing):
        sub.add_argument("id")
    for sub in (listing, adding, syncing, removing):
        sub.add_argument("--url", help="API URL (default: http://PAPERLENS_HOST:PAPERLENS_PORT)")
        sub.add_argument("--token", help="bearer token (default: PAPERLENS_TOKEN, or the data directory's)")
    sources.set_defaults(handler=_sources, sources_command="list", url=None, token=None)

    from backend.pipeline import JOBS_BY_NAME

    jobs = commands.add_parser("jobs", help="background jobs: schedule and last runs; `jobs run NAME` queues one")
    jobs_commands = jobs.add_subparsers(dest="jobs_command")
    jobs_commands.add_parser("list", help="the schedule and each job's last run (the default)")
    jobs_commands.add_parser("run", help="queue a job now, through the broker").add_argument("name", choices=list(JOBS_BY_NAME))
    jobs.set_defaults(handler=_jobs, jobs_command="list")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
