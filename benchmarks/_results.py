"""The one way every benchmark records its figures: benchmarks/results/<name>.json with the name,
the date, the machine, the configuration, the measured figures and a top-level "ratio" (ours over
the alternative; higher is better)."""
from __future__ import annotations

import os
import platform
import sys
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
        from ftwork.hardware import cpu_bf16, cpu_class, isa_flags

        info.update(cpu_bf16=cpu_bf16(), cpu_class=cpu_class(), isa_flags=isa_flags())
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


# PyTorch, oneDNN and MKL held to AVX2 kernels, ftwork's bf16 detection off: an AMX or AVX-512 machine
# standing in for an AVX2 laptop (ftwork.hardware.cpu_class then says "AVX2 (imitated on …)").
AVX2_ENV = {"ATEN_CPU_CAPABILITY": "avx2", "ONEDNN_MAX_CPU_ISA": "AVX2", "MKL_ENABLE_INSTRUCTIONS": "AVX2",
            "FTWORK_CPU_BF16": "0"}


def imitate_avx2() -> None:
    """Called first by a benchmark given --imitate-avx2: rerun this very command with AVX2_ENV set (the
    kernels are chosen when torch loads, so the environment must be there from the start)."""
    if "--imitate-avx2" in sys.argv and any(os.environ.get(k) != v for k, v in AVX2_ENV.items()):
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, **AVX2_ENV})


def class_suffix() -> str:
    """The CPU class for result file names: amx, avx512_bf16, avx512, avx2 (also when imitated), older."""
    from ftwork.hardware import cpu_class

    name = cpu_class()
    return "avx2" if name.startswith("AVX2") else name.lower().replace("-", "").replace(" ", "_")
