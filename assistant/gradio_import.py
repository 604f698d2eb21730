"""Import Gradio without its type-stub regeneration, which is most of its import time.

Gradio 6 rewrites a ``.pyi`` stub next to every component class each time it is imported: it
reads and ``ast``-parses its own source 81 times (1.2-2 s of a 2.5-3.5 s import on a 2-core
machine) and writes into site-packages at run time. Stubs are for editors; the chat never reads
them. The hook below swaps that one function for a no-op as ``gradio.component_meta`` loads, and
changes nothing else: if a Gradio release renames it, the import is merely as slow as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

_MODULE = "gradio.component_meta"
_STUBS = "create_or_modify_pyi"


def _no_stubs(*_args, **_kwargs) -> None:
    return None


class _SkipStubs(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != _MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            if callable(getattr(module, _STUBS, None)):
                setattr(module, _STUBS, _no_stubs)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def import_gradio() -> ModuleType:
    """``import gradio``, skipping stub regeneration when Gradio is not imported yet."""
    if "gradio" not in sys.modules and not any(isinstance(f, _SkipStubs) for f in sys.meta_path):
        sys.meta_path.insert(0, _SkipStubs())
    import gradio

    return gradio
