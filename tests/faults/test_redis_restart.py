"""Redis dies (kill -9) while the API is up and a client is streaming; then it comes back."""

from __future__ import annotations

import threading
import time

from tests.faults.private_stack import private_stack
from tests.faults.test_streams import fresh_page
from tests.support import read_events, stream_events


def test_routes_answer_503_while_redis_is_down_streams_resume_and_the_library_survives(tmp_path):
    with private_stack(tmp_path, PAPERLENS_VISIBILITY_TIMEOUT="5") as stack, stack.client() as client:
        saved = [client.post("/v1/library/items", json={"title": f"Paper number {n} kept through a crash"}).json() for n in range(20)]
        posted = client.post("/v1/digests", json={"url": "https://example.org/crash", "text": fresh_page()}).json()

        # A client follows the stream while Redis dies under it.
        first_part, told = [], threading.Event()

        def follow() -> None:
            with client.stream("GET", f"/v1/digests/{posted['id']}/events", timeout=60) as response:
                for event in read_events(response):
                    first_part.append(event)
                    if event.event == "error":
                        told.set()
                        return

        follower = threading.Thread(target=follow)
        follower.start()
        while not any(e.event == "annotation" for e in first_part):
            time.sleep(0.05)
        stack.redis.process.kill()  # kill -9: no shutdown, no final fsync
        stack.redis.process.wait()

        assert told.wait(30), "the streaming client was not told that storage went away"
        follower.join(10)
        assert "reconnect with Last-Event-ID" in first_part[-1].data["message"]

        started = time.monotonic()
        for method, path, body in [
            ("GET", "/v1/library/items", None),
            ("POST", "/v1/library/items", {"title": "Written while Redis is down"}),
            ("POST", "/v1/digests", {"url": "https://example.org/x", "text": fresh_page()}),
            ("GET", f"/v1/digests/{posted['id']}/events", None),
        ]:
            response = client.request(method, path, json=body)
            assert response.status_code == 503, (path, response.status_code, response.text)
            assert "Redis" in response.json()["detail"] and "try again" in response.json()["detail"]
        assert time.monotonic() - started < 30  # answered, not hung (a sanity bound, not a benchmark)

        stack.redis.start()  # same port, same data directory: the AOF is replayed
        deadline = time.monotonic() + 30
        while client.get("/v1/library/items").status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        items = client.get("/v1/library/items", params={"limit": 500}).json()["items"]
        assert {item["id"] for item in items} == {item["id"] for item in saved}  # every acknowledged write

        last_id = [e for e in first_part if e.id][-1].id
        rest = stream_events(client, posted["id"], last_event_id=last_id)  # the workers finish the digest
        assert rest[-1].event == "done"
        events = [e for e in first_part if e.id] + rest
        assert len({e.id for e in events}) == len(events)
        keywords = {e.data["item_id"] for e in events if e.event == "annotation" and e.data["kind"] == "keywords"}
        assert keywords == {item["id"] for item in posted["items"]}
        assert client.post("/v1/library/items", json={"title": "Written after the restart"}).status_code == 201
