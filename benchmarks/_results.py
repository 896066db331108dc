"""The one way every benchmark records its figures: benchmarks/results/<name>.json with the name,
the date, the machine, the configuration, the measured figures and a top-level "ratio" (ours over
the alternative; higher is better)."""
from __future__ import annotations

import json
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
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{name}.json"
    record = {"name": name, "date": time.strftime("%Y-%m-%d"), "machine": machine(), "config": config,
              "ratio": None if ratio is None else round(ratio, 2), **figures}
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(record, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    print(f"written {out}")
    return out
