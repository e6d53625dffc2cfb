"""A dead worker's task is handed to another soon after the visibility timeout, on any kombu the repo installs."""

from __future__ import annotations

import msgspec
import pytest

from workers.celery_app import create_celery


@pytest.mark.parametrize(("timeout", "sweep_every"), [(900, 10), (5, 1)])
def test_the_broker_scans_for_a_dead_worker_s_tasks_on_every_sweep(settings, timeout, sweep_every):
    # kombu sweeps every `unacked_restore_interval` seconds but, by default, scans Redis on one sweep in ten: a
    # task came back up to 100 s after its timeout (92 s in test_worker_death.py). The channel must read our
    # options under these names; were one renamed, it would keep kombu's default and this would fail.
    app = create_celery(msgspec.structs.replace(settings, visibility_timeout_seconds=timeout))
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        assert (channel.visibility_timeout, channel.unacked_restore_interval, channel.unacked_restore_throttle) == (timeout, sweep_every, 1)
