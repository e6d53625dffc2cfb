"""kill -9 the model worker in the middle of a digest: a new worker finishes it, nothing lost or doubled."""

from __future__ import annotations

from collections import Counter

from tests.faults.private_stack import private_stack
from tests.faults.test_streams import fresh_page
from tests.support import stream_events


def test_a_worker_killed_mid_digest_is_replaced_and_the_digest_completes_exactly_once(tmp_path):
    # A dead worker's task goes back to the queue after the visibility timeout: 5 s here, 15 min by default.
    with private_stack(tmp_path, PAPERLENS_VISIBILITY_TIMEOUT="5") as stack, stack.client() as client:
        client.post("/v1/library/items", json={"title": "A Survey on Mixture of Experts"}).raise_for_status()
        posted = client.post("/v1/digests", json={"url": "https://example.org/kill", "text": fresh_page()})
        assert posted.status_code == 202, posted.text
        digest = posted.json()
        items = len(digest["items"])

        # Read until the model stage is visibly under way, then kill its worker without warning.
        before = []
        while not any(e.event == "annotation" and e.data["kind"] == "keywords" for e in before):
            before += stream_events(client, digest["id"], last_event_id=before[-1].id if before else None, stop_after=1)
        stack.kill_worker("worker-nlp")
        snapshot = client.get(f"/v1/digests/{digest['id']}").json()
        assert not snapshot["done"]
        keywords_before_kill = sum(1 for a in snapshot["annotations"] if a["kind"] == "keywords")
        assert keywords_before_kill < items  # it really was killed mid-way

        stack.start_worker("worker-nlp-2", ("nlp",))
        after = stream_events(client, digest["id"], last_event_id=before[-1].id)

    events = before + after
    assert events[-1].event == "done" and [e.event for e in events].count("done") == 1
    assert len({e.id for e in events}) == len(events)
    kinds = Counter((e.data["kind"], e.data["item_id"]) for e in events if e.event == "annotation")
    assert all(count == 1 for count in kinds.values()), [k for k, c in kinds.items() if c > 1]
    assert {item for kind, item in kinds if kind == "keywords"} == {str(i) for i in range(items)}
    assert not [e for e in events if e.event == "error"]
