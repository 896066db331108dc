"""The one way every benchmark records its figures: benchmarks/results/<name>.json with the name,
the date, the machine, the configuration, the measured figures and a top-level "ratio" (ours over
the alternative; higher is better)."""
from __future__ import annotations

import os
import platform
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict:
    """CPU and versions of the machine the figures were taken on (GPU name when there is one)."""
    info = {"cpus": os.cpu_count(), "processor": platform.processor() or platform.machine(),
            "python": platform.python_version()}
    try:
        import torch

        info.update(torch=torch.__version__, threads=torch.get_num_threads())
        if torch.cuda.is_available():
            info["gpu"] = torch.cuda.get_device_name(0)
    except ImportError:
        pass
    try:
        from ftwork.hardware import cpu_bf16

        info["cpu_bf16"] = cpu_bf16()
    except ImportError:
        pass
    return info


def write_result(name: str, config: dict, ratio: float | None, **figures) -> Path:
    """Write benchmarks/results/<name>.json (atomically) and say where."""
    from ftwork.engagement import write_json

    out = RESULTS / f"{name}.json"
    write_json(out, {"name": name, "date": time.strftime("%Y-%m-%d"), "machine": machine(), "config": config,
                     "ratio": None if ratio is None else round(ratio, 2), **figures})
    print(f"written {out}")
    return out
