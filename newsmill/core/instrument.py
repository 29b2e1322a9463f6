"""Cross-cutting hook wrappers: timing per plugin and error capture.

One :class:`Instrument` is registered in each pipeline's plugin manager.
The runner sets :attr:`Instrument.current` to the plugin it is about to
call; the wrappers time the call and turn an exception raised by a plugin
into a :class:`PluginFailure` that names the stage and the plugin.
"""

from __future__ import annotations

import time
import traceback
from collections import defaultdict
from collections.abc import Generator
from typing import Any

from newsmill.core.hookspecs import hookimpl


class PluginFailure(Exception):
    """A plugin raised while processing: carries the stage, plugin and message."""

    def __init__(self, stage: str, plugin: str, exc: BaseException) -> None:
        self.stage = stage
        self.plugin = plugin
        self.original = exc
        self.detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        super().__init__(f"{stage}: plugin {plugin!r} raised {self.detail}")


class Instrument:
    """Hook wrappers that time each plugin call and capture its exceptions."""

    name = "newsmill.core.instrument"

    def __init__(self) -> None:
        self.current = "?"
        self.timings: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])

    def _wrap(self, stage: str) -> Generator[None, Any, Any]:
        plugin = self.current
        t0 = time.perf_counter()
        try:
            return (yield)
        except PluginFailure:
            raise
        except Exception as exc:
            raise PluginFailure(stage, plugin, exc) from exc
        finally:
            self._count(stage, plugin, t0)

    def _count(self, stage: str, plugin: str, t0: float) -> None:
        slot = self.timings[(stage, plugin)]
        slot[0] += 1
        slot[1] += time.perf_counter() - t0

    def run(self, stage: str, function: Any, args: list[Any]) -> Any:
        """Call ``function(*args)`` as the wrappers would wrap it: timed, and an exception
        turned into a :class:`PluginFailure` naming the stage and :attr:`current`."""
        plugin = self.current
        t0 = time.perf_counter()
        try:
            return function(*args)
        except PluginFailure:
            raise
        except Exception as exc:
            raise PluginFailure(stage, plugin, exc) from exc
        finally:
            self._count(stage, plugin, t0)

    @hookimpl(wrapper=True)
    def newsmill_sources(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("sources"))

    @hookimpl(wrapper=True)
    def newsmill_read(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("read"))

    @hookimpl(wrapper=True)
    def newsmill_clean(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("clean"))

    @hookimpl(wrapper=True)
    def newsmill_segment(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("segment"))

    @hookimpl(wrapper=True)
    def newsmill_annotate(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("annotate"))

    @hookimpl(wrapper=True)
    def newsmill_extract(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("extract"))

    @hookimpl(wrapper=True)
    def newsmill_link(self) -> Generator[None, Any, Any]:  # noqa: D102
        return (yield from self._wrap("link"))

    def merge(self, timings: dict[tuple[str, str], list[float]]) -> None:
        """Add timings gathered elsewhere (e.g. in worker processes)."""
        for k, (n, s) in timings.items():
            slot = self.timings[k]
            slot[0] += n
            slot[1] += s

    def snapshot(self) -> dict[tuple[str, str], list[float]]:
        """A plain copy of the timings, and reset them."""
        out = {k: list(v) for k, v in self.timings.items()}
        self.timings.clear()
        return out
