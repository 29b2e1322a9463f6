"""newsmill: noisy Chinese economic news pages → clean articles and a traceable dataset.

The public embedding API::

    from newsmill import Pipeline
    doc = Pipeline().process("path/to/page.txt")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from newsmill.core.hookspecs import hookimpl
    from newsmill.core.pipeline import Pipeline

__all__ = ["Pipeline", "hookimpl", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy: `import newsmill` (and `newsmill --version`) stays cheap.
    if name == "Pipeline":
        from newsmill.core.pipeline import Pipeline

        return Pipeline
    if name == "hookimpl":
        from newsmill.core.hookspecs import hookimpl

        return hookimpl
    raise AttributeError(name)
