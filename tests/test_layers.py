"""The layering of ARCHITECTURE.md holds: a lower stage never imports a higher one, and no module imports
itself in a loop (``chat.turn`` ↔ ``chat.drafting`` and ``drafting.core`` ↔ ``drafting.llm_mode`` were two)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports() -> str:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed")
    done = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_import_linter_contracts_are_kept():
    out = _lint_imports()
    assert "0 broken" in out and "KEPT" in out


def test_no_module_imports_itself_through_a_loop():
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("assistant", include_external_packages=False)
    loops = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if module in (imported, f"{imported}.__init__"):
                continue
            # A package imports its own modules (its __init__ re-exports them); only sibling loops count.
            if module.startswith(imported + ".") or imported.startswith(module + "."):
                continue
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain and not any(module.startswith(m + ".") for m in chain[1:]):
                loops.append(" -> ".join((module, *chain)))
    assert not loops, "\n".join(loops[:10])
