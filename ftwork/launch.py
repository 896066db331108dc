"""Several GPUs (or CPU processes): the `accelerate launch` config file and command line that run stage 04's
training (`python -m ftwork.train`) with exactly the settings of a `TrainConfig`."""

from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path

from .configs import TrainConfig
from .engagement import atomic_write_text
from .errors import TrainingError
from .tasks import ACCELERATE_KINDS


def write_accelerate_config(kind: str, path: str | Path, num_processes: int = 2, mixed_precision: str = "bf16") -> Path:
    """Write an `accelerate launch` config file for one machine: ddp, deepspeed (ZeRO-3), fsdp, or cpu (processes on a CPU).

    The file is accelerate's own `ClusterConfig`, so `accelerate launch --config_file PATH` reads it as written.
    """
    import yaml
    from accelerate.commands.config.config_args import ClusterConfig

    kind, path = kind.lower(), Path(path)
    if kind not in ACCELERATE_KINDS:
        raise TrainingError(f"Unknown accelerate config kind '{kind}': use one of {', '.join(ACCELERATE_KINDS)}.")
    if int(num_processes) < 1:
        raise TrainingError(f"num_processes must be at least 1, not {num_processes}.")
    base = dict(compute_environment="LOCAL_MACHINE", debug=False, mixed_precision=mixed_precision, use_cpu=False,
                num_processes=int(num_processes), num_machines=1, machine_rank=0, rdzv_backend="static",
                same_network=True, main_training_function="main", downcast_bf16=False)
    if kind == "ddp":
        cfg = ClusterConfig(distributed_type="MULTI_GPU", **base)
    elif kind == "cpu":
        # accelerate's MULTI_CPU launcher needs MPI (mpirun); the torchrun launcher behind MULTI_GPU starts
        # the processes itself, and on a machine without CUDA they train on the CPU and talk over gloo.
        cfg = ClusterConfig(distributed_type="MULTI_GPU", **{**base, "use_cpu": True, "mixed_precision": "no"})
    elif kind == "deepspeed":
        # ZeRO-3: weights, gradients and optimizer states sharded across the GPUs (needs `pip install deepspeed`)
        cfg = ClusterConfig(distributed_type="DEEPSPEED", deepspeed_config={
            "zero_stage": 3, "offload_optimizer_device": "none", "offload_param_device": "none",
            "zero3_init_flag": True, "zero3_save_16bit_model": True, "gradient_accumulation_steps": "auto",
            "gradient_clipping": "auto"}, **base)
    else:
        # FSDP2: every decoder layer its own shard unit; full state dict so the adapter saves as one file
        cfg = ClusterConfig(distributed_type="FSDP", fsdp_config={
            "fsdp_version": 2, "fsdp_auto_wrap_policy": "TRANSFORMER_BASED_WRAP", "fsdp_cpu_ram_efficient_loading": True,
            "fsdp_offload_params": False, "fsdp_reshard_after_forward": True, "fsdp_state_dict_type": "FULL_STATE_DICT",
            "fsdp_activation_checkpointing": False}, **base)
    header = (f"# accelerate config for {kind} ({num_processes} processes on one machine), written by\n"
              f"# ftwork.train.write_accelerate_config. Use: accelerate launch --config_file {path.name} -m ftwork.train "
              "PROJECT_DIR --run RUN\n")
    if kind == "deepspeed":
        header += "# Needs `pip install deepspeed`. ZeRO-3 shards weights, gradients and optimizer states.\n"
    atomic_write_text(path, header + yaml.safe_dump(cfg.to_dict(), sort_keys=True))
    return path


def train_arguments(config: TrainConfig) -> list[str]:
    """The `python -m ftwork.train` options that reproduce `config` (only what differs from the defaults)."""
    default = TrainConfig()
    out = []
    for f in dataclasses.fields(TrainConfig):
        value = getattr(config, f.name)
        if value != getattr(default, f.name):
            out += [f"--{f.name.replace('_', '-')}", "auto" if value is None else str(value)]
    return out


def accelerate_command(project_dir: str | Path, run: str, config: TrainConfig | None = None,
                       config_file: str | Path | None = None, num_processes: int | None = None,
                       cpu: bool = False) -> str:
    """The `accelerate launch` line that trains this run with the same settings on several GPUs (or CPU processes)."""
    parts = ["accelerate", "launch"]
    if config_file:
        parts += ["--config_file", str(config_file)]
    if cpu:
        # Several processes on a machine without CUDA (a CI runner, a workshop laptop). Not `--cpu`: its
        # launcher starts a single process unless MPI is set up; torchrun (behind --multi_gpu) starts them
        # all, and without CUDA they train on the CPU over gloo.
        parts += ["--multi_gpu", "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no"]
    if num_processes:
        parts += ["--num_processes", str(num_processes)]
    parts += ["-m", "ftwork.train", str(project_dir), "--run", run] + train_arguments(config or TrainConfig())
    return shlex.join(parts)
