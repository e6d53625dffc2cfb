"""The stages a digest goes through after the API has parsed it.

The API enqueues each stage by task name (it never imports `workers`); the workers register
tasks under the same names. A digest is `done` once every stage here has finished.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    task: str
    queue: str


# Two queues so that a slow model never delays the cheap, most useful answer (library matches).
STAGES = (
    Stage(name="match", task="paperlens.match_digest", queue="match"),
    Stage(name="keywords", task="paperlens.keywords_digest", queue="nlp"),
)
QUEUES = tuple(dict.fromkeys(stage.queue for stage in STAGES))

# Large library imports run on the match worker (cheap CPU, no model).
IMPORT_TASK = Stage(name="import", task="paperlens.import_library", queue="match")
