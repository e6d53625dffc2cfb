"""Deadlines are time.monotonic() values; None is no deadline (work that runs to its end)."""

from __future__ import annotations

import time


def passed(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline
