from workers.owner_cache import OwnerCache


def test_a_worker_keeps_the_users_it_served_last_and_forgets_the_rest():
    cache: OwnerCache[int] = OwnerCache(size=2)
    cache["a"], cache["b"] = 1, 2
    assert cache.get("a") == 1  # "a" served again: now "b" is the oldest
    cache["c"] = 3
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
