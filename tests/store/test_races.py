"""Concurrent writers against real Redis and the real API: nothing acknowledged is lost, nothing is doubled.

Each scenario prints `attempted / acknowledged / present` (run with -s to see them; the closing note of
issue 1 quotes them). The three must be equal.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import msgspec

from backend.domain.models import DuplicatePair, LibraryItemCreate
from backend.store import DuplicateStore, JobStore, LibraryStore, UserStore
from backend.store.library import Conflict
from tests.support import all_library_items

FIELDS = {
    "status": lambda n: ["to_read", "reading", "read", "archived"][n % 4],
    "notes": lambda n: f"note {n}",
    "tags": lambda n: [f"tag-{n}"],
    "venue": lambda n: f"Venue {n}",
    "year": lambda n: 2000 + n,
    "url": lambda n: f"https://example.org/{n}",
}
ROUNDS = 25


def report(scenario: str, attempted: int, acknowledged: int, present: int) -> None:
    print(f"\nrace {scenario}: attempted {attempted} / acknowledged {acknowledged} / present {present}")
    assert attempted == acknowledged == present, scenario


def test_writers_patching_different_fields_of_one_item_lose_nothing(api, token, redis_client, workers):
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=api, headers=headers, timeout=60) as client:
        item = client.post(
            "/v1/library/items",
            json={"title": "Concurrent edits of one item", "abstract": "Keywords get computed for this abstract by enrich."},
        ).json()
    last_acknowledged: dict[str, object] = {}
    acknowledged = 0
    lock = threading.Lock()

    def writer(field: str) -> None:
        nonlocal acknowledged
        with httpx.Client(base_url=api, headers=headers, timeout=60) as client:
            for n in range(ROUNDS):
                value = FIELDS[field](n)
                answer = client.patch(f"/v1/library/items/{item['id']}", json={field: value})
                assert answer.status_code == 200, answer.text
                with lock:
                    last_acknowledged[field] = value
                    acknowledged += 1

    # `enrich` runs meanwhile and writes the item's keywords.
    owner = UserStore(redis_client).user_for_token(token)
    from backend.pipeline import JOBS_BY_NAME
    from backend.queue import queue_client
    from tests.support import wait_until
    from tests.workers.test_jobs import _continued, run_to_its_end

    jobs = JobStore(redis_client)
    wait_until(lambda: not _continued(jobs.last_run("enrich")[0]), 120, "an earlier enrich to end")  # not taken for ours
    before = jobs.last_run("enrich")[0]
    queue_client(workers_redis_url(redis_client)).send_task(JOBS_BY_NAME["enrich"].task, queue="nlp")
    with ThreadPoolExecutor(len(FIELDS)) as pool:
        list(pool.map(writer, FIELDS))
    run_to_its_end(redis_client, "enrich", before, timeout=120)  # the job has finished too (other tests must not race it)
    stored = LibraryStore(redis_client).get(owner, item["id"])
    assert stored.keywords  # enrich's own write (keywords only) went in among the PATCHes and stands too
    missing = {f: (v, getattr(stored, f)) for f, v in last_acknowledged.items() if msgspec.json.decode(msgspec.json.encode(getattr(stored, f))) != v}
    present = len(last_acknowledged) - len(missing)
    assert not missing, missing
    # every acknowledged write is in the final item: the last of each writer stands, and the revision counts them all
    report("6 writers x 25 PATCHes of different fields", len(FIELDS) * ROUNDS, acknowledged, present * ROUNDS)
    assert stored.rev >= 1 + len(FIELDS) * ROUNDS


def workers_redis_url(redis_client) -> str:
    kwargs = redis_client.connection_pool.connection_kwargs
    return f"redis://:{kwargs.get('password') or ''}@{kwargs['host']}:{kwargs['port']}/{kwargs.get('db', 0)}"


def test_twenty_simultaneous_saves_of_one_digest_item_make_one_library_item(client, api, token):
    text = "A paper saved twenty times at once\n\n" + "Its abstract, long enough to be read as one by the parser. " * 5
    posted = client.post("/v1/digests", json={"url": "https://example.org/race", "text": text})
    assert posted.status_code == 202, posted.text
    digest = posted.json()
    barrier = threading.Barrier(20)

    def save(_: int) -> tuple[int, str]:
        with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"}, timeout=60) as own:
            barrier.wait()
            answer = own.post(f"/v1/digests/{digest['id']}/items/0/save")
            return answer.status_code, answer.json()["id"]

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(save, range(20)))
    assert sorted(code for code, _ in answers) == [200] * 19 + [201]
    saved_ids = {item_id for _, item_id in answers}
    present = [i for i in all_library_items(client) if i["title"] == "A paper saved twenty times at once"]
    report("20 simultaneous Saves of one digest item (library items made)", 1, len(saved_ids), len(present))


def test_if_match_refuses_a_stale_write_and_returns_the_current_item(client):
    created = client.post("/v1/library/items", json={"title": "Optimistic concurrency"})
    etag = created.headers["ETag"]
    assert client.get(f"/v1/library/items/{created.json()['id']}").headers["ETag"] == etag
    first = client.patch(f"/v1/library/items/{created.json()['id']}", json={"notes": "mine"}, headers={"If-Match": etag})
    assert first.status_code == 200 and first.headers["ETag"] != etag
    stale = client.patch(f"/v1/library/items/{created.json()['id']}", json={"notes": "theirs"}, headers={"If-Match": etag})
    assert stale.status_code == 412
    assert stale.json()["current"]["notes"] == "mine" and stale.headers["ETag"] == first.headers["ETag"]
    gone = client.delete(f"/v1/library/items/{created.json()['id']}", headers={"If-Match": etag})
    assert gone.status_code == 412
    assert client.get(f"/v1/library/items/{created.json()['id']}").json()["notes"] == "mine"
    assert client.patch(f"/v1/library/items/{created.json()['id']}", json={"notes": "x"}, headers={"If-Match": "nonsense"}).status_code == 400
    for odd in ('"²"'.encode("latin-1"), b'"' + b"9" * 5_000 + b'"'):  # "²" passes str.isdigit(), int() refused it: a 500
        assert client.patch(f"/v1/library/items/{created.json()['id']}", json={"notes": "x"}, headers={"If-Match": odd}).status_code == 400
    assert client.delete(f"/v1/library/items/{created.json()['id']}", headers={"If-Match": first.headers["ETag"]}).status_code == 204


class RacingLibrary(LibraryStore):
    """A real store whose first item write is preceded by a user's edit of that item (a deterministic race)."""

    def __init__(self, client, owner: str, edit: dict) -> None:
        super().__init__(client)
        self.owner, self.edit, self.raced = owner, edit, False

    def write(self, owner, puts=(), deletes=(), aliases=None, claim=None):
        if not self.raced and puts:
            self.raced = True
            item = puts[0][0]
            LibraryStore(self._redis).update(owner, item.id, lambda current: msgspec.structs.replace(current, **self.edit))
        return super().write(owner, puts, deletes, aliases, claim)


def test_an_enrich_write_that_races_a_title_edit_is_left_for_the_next_run(redis_client, in_process_workers):
    from workers.tasks.jobs import enrich_library

    owner, _ = UserStore(redis_client).create(f"racer-{id(redis_client)}-{threading.get_ident()}")
    library = LibraryStore(redis_client)
    item = library.add(owner, LibraryItemCreate(title="Retrieval heads in long-context models", abstract="We find retrieval heads."))
    racing = RacingLibrary(redis_client, owner, {"title": "Attention sinks in streaming language models", "keywords": ()})
    first = enrich_library(owner, racing)
    assert first["items_left"] == 1 and first["items_enriched"] == 0
    after_race = library.get(owner, item.id)
    assert after_race.title == "Attention sinks in streaming language models" and after_race.keywords == ()  # the edit stands
    assert library.enriched_version(owner) != library.version(owner)  # not stamped as done
    second = enrich_library(owner, library)
    assert second["items_enriched"] == 1 and second["items_left"] == 0
    enriched = library.get(owner, item.id)
    assert enriched.title == "Attention sinks in streaming language models" and enriched.keywords  # computed for the new title
    assert enrich_library(owner, library) == {"libraries_unchanged": 1}


def test_a_write_names_the_revision_it_read(redis_client):
    owner, _ = UserStore(redis_client).create(f"cas-{threading.get_ident()}-{id(object())}")
    library = LibraryStore(redis_client)
    item = library.add(owner, LibraryItemCreate(title="Compare and set"))
    changed = msgspec.structs.replace(item, notes="first", rev=item.rev + 1)
    library.write(owner, [(changed, item.rev)])
    try:
        library.write(owner, [(msgspec.structs.replace(item, notes="stale", rev=item.rev + 1), item.rev)])
        raise AssertionError("a stale write went through")
    except Conflict as conflict:
        assert conflict.item_id == item.id
    assert library.get(owner, item.id).notes == "first"


def test_a_pair_dismissed_while_a_sweep_writes_its_findings_stays_dismissed(redis_client):
    # The sweep reads the dismissed pairs, then replaces the stored ones: a dismissal in between must not be
    # written back (the user said "not duplicates"; the pair would be proposed again).
    owner, _ = UserStore(redis_client).create(f"sweep-{threading.get_ident()}-{id(object())}")
    store = DuplicateStore(redis_client)
    pairs = [
        DuplicatePair(id=f"p{n:03d}", item_ids=(f"a{n}", f"b{n}"), titles=("A", "B"), verdict="same", basis="title", score=1.0)
        for n in range(150)
    ]
    store.replace(owner, pairs, 1, "rules")
    done = threading.Event()
    runs = [0]  # sweeps written so far

    def sweeps() -> None:
        while not done.is_set():
            store.replace(owner, pairs, 1, "rules")
            runs[0] += 1

    def a_sweep_written_since(before: int) -> None:
        deadline = time.monotonic() + 30
        while runs[0] == before and time.monotonic() < deadline:
            time.sleep(0.001)

    def dismissed_and_listed() -> tuple[set, set]:
        # Both read in one transaction: a consistent view, taken while the sweeps keep writing.
        with redis_client.pipeline(transaction=True) as pipe:
            pipe.smembers(f"pl:lib:{owner}:duplicates_dismissed")
            pipe.hkeys(f"pl:lib:{owner}:duplicates")
            dismissed, listed = pipe.execute()
        return {raw.decode() for raw in dismissed}, {raw.decode() for raw in listed}

    written_back = set()  # dismissed pairs listed again, seen at any moment during the race
    with ThreadPoolExecutor(max_workers=1) as pool:
        sweeping = pool.submit(sweeps)
        a_sweep_written_since(0)
        for n, pair in enumerate(pairs):
            DuplicateStore(redis_client).dismiss(owner, pair.id)
            for _ in range(20):  # while the sweeps keep writing, a dismissed pair is never listed
                dismissed, listed = dismissed_and_listed()
                written_back |= dismissed & listed
            if n % 10 == 9:
                a_sweep_written_since(runs[0])  # the sweeps do write among the dismissals, even on a busy machine
        done.set()
        sweeping.result()
    listed = {pair.id for pair in store.pairs(owner)}
    report("sweeps writing while every pair is dismissed", len(pairs), len(store.dismissed(owner)), len(pairs) - len(listed))
    assert runs[0] > len(pairs) // 10  # the sweeps did write among the dismissals
    assert not written_back


def test_a_sweep_of_an_older_library_does_not_overwrite_the_findings_of_a_later_one(redis_client):
    # A long sweep (it read version 5) finishes after a quick one that read version 6 (a manual run after an
    # import): the quick one's findings, which know the imported items, stay; the same version may be rewritten
    # (new rules, same library).
    owner, _ = UserStore(redis_client).create(f"sweep-order-{threading.get_ident()}-{id(object())}")
    store = DuplicateStore(redis_client)

    def pair(name: str) -> DuplicatePair:
        return DuplicatePair(id=name, item_ids=(f"{name}-a", f"{name}-b"), titles=("A", "B"), verdict="same", basis="title", score=1.0)

    assert store.replace(owner, [pair("later")], 6, "rules")
    assert not store.replace(owner, [pair("older")], 5, "rules")
    assert ([p.id for p in store.pairs(owner)], store.swept_version(owner)) == (["later"], 6)
    assert store.replace(owner, [pair("new-rules")], 6, "new rules")
    assert ([p.id for p in store.pairs(owner)], store.swept_with(owner)) == (["new-rules"], "new rules")


class LibraryChangedAfterReading(LibraryStore):
    """A real store whose read of all items is followed by the user's own changes (a deterministic race)."""

    def __init__(self, client, change) -> None:
        super().__init__(client)
        self.change = change

    def items(self, owner):
        read = super().items(owner)
        self.change()
        return read


def test_items_merged_or_deleted_while_a_sweep_runs_are_not_proposed_as_duplicates(client, token, redis_client, in_process_workers):
    # The sweep reads the library, the user merges two copies and deletes a third item, then the sweep writes
    # what it found in the library as it was: pairs of items that no longer exist must not be offered (a merge
    # of them is refused as out of date), and the next sweep looks again.
    from backend.domain.duplicates import merge_group
    from workers.tasks.jobs import sweep_library

    owner = UserStore(redis_client).user_for_token(token)
    store = LibraryStore(redis_client)
    moe = [client.post("/v1/library/items", json={"title": "Outrageously Large Neural Networks", "year": 2017}).json()["id"] for _ in range(3)]
    qbic = [client.post("/v1/library/items", json={"title": "The query by image content system", "year": 1995}).json()["id"] for _ in range(2)]

    def the_user_merges_and_deletes() -> None:
        kept, removed = store.get(owner, moe[0]), [store.get(owner, moe[1])]
        store.merge(owner, kept, removed, merge_group(kept, removed, time.time()))
        assert client.delete(f"/v1/library/items/{qbic[1]}").status_code == 204

    sweep_library(owner, LibraryChangedAfterReading(redis_client, the_user_merges_and_deletes))
    listed = client.get("/v1/library/duplicates").json()
    proposed = {item_id for pair in listed["pairs"] for item_id in pair["item_ids"]}
    assert proposed == {moe[0], moe[2]}, listed["pairs"]  # not the merged-away copy, not the deleted item
    assert [group["item_ids"] for group in listed["groups"]] == [[moe[0], moe[2]]]
    assert listed["swept_version"] < listed["library_version"]  # what was read is older than the library
    assert sweep_library(owner)["libraries_swept"] == 1
    again = client.get("/v1/library/duplicates").json()
    assert {frozenset(pair["item_ids"]) for pair in again["pairs"]} == {frozenset((moe[0], moe[2]))}
    assert again["swept_version"] == again["library_version"]
