"""Reading resumes in a second process while the registry is linked.

The audit's critical path is the registry: loading, linking and judging millions of rows.
Reading resumes for the screener post-mortem needs only the hires and the rules, and is
plain Python that holds the GIL (a thread beside linking saved little), so on a machine
with a spare core it runs in a worker process while the parent links. A resume's reading
depends only on its text and the rules, so the outputs are the same byte for byte
whichever way it ran.

The worker is forked before the registry is loaded, while the parent is small: a fork
taken later shares hundreds of megabytes copy-on-write, and the parent then pays a page
fault for each page it writes again, which cost as much as the worker saved.

Fork is used only where it is the platform's default and safe (Linux); elsewhere, on one
core, or with ``parallel=False``, the post-mortem reads the resumes it needs itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any

import pandas as pd

from audit.places import Place, agency_states, place_clauses, sworn_clauses
from audit.resume import COLUMNS, read_resumes
from audit.titles import TitleClassifier

Readings = Mapping[str, tuple[Any, ...]]
# what the worker sends back: the readings in order, then every sworn clause they hold
# placed (audit.places.place_and_year) and whether it names a federal agency
Read = tuple[list[tuple[Any, ...]], dict[str, Place], dict[str, bool]]


def read_and_place(
    texts: list[str], titles: Mapping[str, Any], sworn_categories: Iterable[str]
) -> Read:
    """In the worker: read the resumes, then place the sworn jobs they claim, which the
    evaluator would otherwise do after linking, on the audit's critical path (the worker
    is idle by then). Each result depends only on its text and the rules."""
    readings = read_resumes(texts, titles, sworn_categories)
    at = COLUMNS.index("sworn_text")
    clauses = sworn_clauses(r[at] for r in readings if r[at])
    classifier = TitleClassifier(titles, sworn_categories=sworn_categories)
    federal = classifier.is_federal(pd.Series(clauses, dtype="string"))
    return (
        readings,
        place_clauses(clauses, agency_states(titles)),
        dict(zip(clauses, federal.tolist(), strict=True)),
    )


def spare_core() -> bool:
    """True where a forked worker can run beside the parent on a core of its own."""
    if not sys.platform.startswith("linux"):
        return False
    return len(os.sched_getaffinity(0)) >= 2


def _exit_with_parent(parent: int) -> None:
    """In the worker: stop when the audit's process is gone (killed, so that no context
    manager ran), instead of reading resumes for nobody at full speed. Ctrl-C is the
    parent's to handle: the worker printing its own KeyboardInterrupt traceback beside
    the parent's "Aborted!" told the analyst nothing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class Worker:
    """One worker process, forked now (or none: see the module's docstring).

    Use it as a context manager so the worker never outlives the audit, even when the
    audit stops on an error.
    """

    def __init__(self, parallel: bool | None = None) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if spare_core() if parallel is None else parallel and spare_core():
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
            self._pool.submit(int)  # forks the worker now, while the parent is small

    def read_resumes(
        self, texts: pd.Series, titles: Mapping[str, Any], sworn_categories: Iterable[str]
    ) -> ResumeReadings:
        """Start reading the distinct ``texts``; collect with ``ResumeReadings.result``."""
        distinct = list(dict.fromkeys(texts.dropna().astype(str).tolist()))
        future = None
        if self._pool is not None and distinct:
            try:
                future = self._pool.submit(
                    read_and_place, distinct, dict(titles), tuple(sworn_categories)
                )
            except BrokenProcessPool:  # the worker died before it was needed
                future = None
        return ResumeReadings(distinct, future, titles, sworn_categories)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ResumeReadings:
    """Readings of distinct resume texts under way in a :class:`Worker` (or not at all),
    and of any other text asked for, read here once (see :meth:`cover`)."""

    def __init__(
        self,
        texts: list[str],
        future: Future[Read] | None,
        titles: Mapping[str, Any],
        sworn_categories: Iterable[str],
    ) -> None:
        self._texts = texts
        self._future = future
        self._titles = titles
        self._sworn = tuple(sworn_categories)
        self._done: dict[str, tuple[Any, ...]] | None = None
        self._places: dict[str, Place] = {}
        self._federal: dict[str, bool] = {}

    @classmethod
    def here(cls, titles: Mapping[str, Any], sworn_categories: Iterable[str]) -> ResumeReadings:
        """No worker: every text is read in this process when first asked for."""
        return cls([], None, titles, sworn_categories)

    @property
    def in_background(self) -> bool:
        """Whether a worker process is reading (False: the caller reads on demand)."""
        return self._future is not None

    def result(self) -> Readings:
        """The worker's readings, waiting for it if it is still at work; empty when no
        worker ran (the caller reads what it needs). A worker that died (killed, out of
        memory) costs only time: the caller reads instead."""
        return self._collected()

    def cover(self, texts: pd.Series) -> Readings:
        """Readings of every text in ``texts``: the worker's, and any it did not read (no
        worker ran, or it died) read here, once for the whole audit."""
        done = self._collected()
        missing = [t for t in dict.fromkeys(texts.dropna().astype(str).tolist()) if t not in done]
        if missing:
            read = read_resumes(missing, self._titles, self._sworn)
            done.update(zip(missing, read, strict=True))
        return done

    def places(self) -> tuple[Mapping[str, Place], Mapping[str, bool]]:
        """The sworn clauses the worker placed, and which of them name a federal agency
        (empty when no worker ran: the caller places them)."""
        self._collected()
        return self._places, self._federal

    def _collected(self) -> dict[str, tuple[Any, ...]]:
        if self._done is None:
            self._done = {}
            if self._future is not None:
                try:
                    rows, self._places, self._federal = self._future.result()
                except BrokenProcessPool:
                    return self._done
                self._done = dict(zip(self._texts, rows, strict=True))
        return self._done
