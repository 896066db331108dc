"""Progress of long jobs: tqdm bars in a notebook or a terminal, plain lines under `ftwork run`.

`ftwork run` sets ``FTWORK_PROGRESS=lines`` for the notebook kernels it starts: a bar redrawn with
carriage returns is unreadable once streamed into a terminal by papermill or kept in a CI log, so
there every job prints one line at its start, one every ``FTWORK_PROGRESS_SECONDS`` (default 20)
and one at its end, each with the count, the elapsed time and an estimate of what is left.
"""

from __future__ import annotations

import os
import sys
import time

ENV = "FTWORK_PROGRESS"
SECONDS_ENV = "FTWORK_PROGRESS_SECONDS"


def lines_mode() -> bool:
    """True when progress is to be printed as plain lines (set by `ftwork run`)."""
    return os.environ.get(ENV, "").strip().lower() == "lines"


def line_interval() -> float:
    try:
        return max(0.0, float(os.environ.get(SECONDS_ENV, "20")))
    except ValueError:
        return 20.0


def clock(seconds: float) -> str:
    """12 -> '0:12', 754 -> '12:34', 3725 -> '1:02:05'."""
    seconds = int(round(max(0.0, seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def progress_line(desc: str, done: int, total: int | None, elapsed: float, unit: str = "it", extra: str = "",
                  left: float | None = None) -> str:
    """'Training: 12/60 steps · elapsed 0:42 · left ~2:48 · loss 2.31' – the one format of a progress line.

    `left` defaults to the pace so far (elapsed / done) times what remains.
    """
    count = f"{done}/{total} {unit}" if total else f"{done} {unit}"
    parts = [f"{desc}: {count}", f"elapsed {clock(elapsed)}"]
    if total and done >= total:
        parts.append("done")
    elif total and (done or left is not None):
        parts.append(f"left ~{clock(left if left is not None else elapsed / done * (total - done))}")
    if extra:
        parts.append(extra)
    return " · ".join(parts)


class LineProgress:
    """The part of tqdm's interface ftwork uses (iterate, update, context manager), printed as plain lines."""

    def __init__(self, iterable=None, total: int | None = None, desc: str = "", unit: str = "it",
                 disable: bool = False, stream=None, interval: float | None = None):
        self.iterable, self.desc, self.unit, self.disable = iterable, desc or "Progress", unit, disable
        if total is None and iterable is not None and hasattr(iterable, "__len__"):
            total = len(iterable)
        self.total, self.n, self.closed = total, 0, False
        self.stream = stream or sys.stdout
        self.interval = line_interval() if interval is None else interval
        self.started = self.last = time.monotonic()
        self._print()

    def _print(self) -> None:
        if not self.disable:
            print(progress_line(self.desc, self.n, self.total, time.monotonic() - self.started, self.unit),
                  file=self.stream, flush=True)

    def update(self, n: int = 1) -> None:
        self.n += n
        now = time.monotonic()
        if now - self.last >= self.interval and (self.total is None or self.n < self.total):
            self.last = now
            self._print()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._print()

    def __iter__(self):
        for item in self.iterable:
            yield item
            self.update()
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def bar(iterable=None, **kwargs):
    """A progress bar over `iterable` (or with `total=`): tqdm.auto's, or plain lines under `ftwork run`."""
    if lines_mode():
        return LineProgress(iterable, **{k: v for k, v in kwargs.items() if k in ("total", "desc", "unit", "disable")})
    from tqdm.auto import tqdm

    return tqdm(iterable, **kwargs)
