"""`python -m workers.nlp.onnx_export PATH`: all-MiniLM-L6-v2's token vectors as an ONNX graph, traced from
the checked weights. A child process of the worker (`model.onnx_model_file`), so that the worker itself
never imports torch on the ONNX path."""

from __future__ import annotations

import io
import os
import sys
import warnings
from pathlib import Path


def export_onnx(bert) -> bytes:
    """The graph as bytes. Eager attention: ONNX Runtime fuses its pattern (SDPA's export it does not).
    Dynamic batch and length axes; traced with one padded row, the case every real batch has."""
    import torch

    class TokenVectors(torch.nn.Module):
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    bert.set_attn_implementation("eager")
    example = (torch.ones((2, 8), dtype=torch.int64), torch.tensor([[1] * 8, [1] * 5 + [0] * 3]))
    buffer, axes = io.BytesIO(), {0: "batch", 1: "length"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shape checks that are constant for a BERT encoder
        torch.onnx.export(
            TokenVectors(bert).eval(), example, buffer, dynamo=False, opset_version=17,
            input_names=["input_ids", "attention_mask"], output_names=["tokens"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "tokens": axes},
        )  # fmt: skip
    return buffer.getvalue()


def main(path: Path) -> None:
    from workers.nlp.model import _load  # checks the weights' checksum before loading them

    graph = export_onnx(_load()[0].auto_model.eval())
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_bytes(graph)
    partial.replace(path)  # whole or not at all, also with two workers exporting at once


if __name__ == "__main__":
    main(Path(sys.argv[1]))
