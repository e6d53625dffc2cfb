"""The shipped match_model.json is what `make train-matcher` fits from the code as it is: a change to the
features or the rules that feed them, without a retrain, would ship weights fitted on other inputs."""

from __future__ import annotations

import json

import numpy as np

from backend.domain.match_model import WEIGHTS_FILE
from tests.bench import train_matcher


def test_the_shipped_weights_are_what_train_matcher_fits_now():
    shipped, fitted = json.loads(WEIGHTS_FILE.read_text()), train_matcher.trained()
    assert shipped["features"] == fitted["features"]
    for field in ("mean", "scale", "weights", "bias"):  # rounded to 6 places; another CPU's BLAS may differ past 4
        np.testing.assert_allclose(shipped[field], fitted[field], atol=1e-4, err_msg=f"{field}: run `make train-matcher`")
