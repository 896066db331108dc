"""The package's layering, measured from its own imports (docs/ARCHITECTURE.md draws it).

A module may import only from layers below its own; building blocks may import each other as
long as no cycle forms; the six stage modules never import one another; no ftwork import hides
inside a function (only heavy third-party libraries are imported lazily).
"""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "ftwork"

LAYERS = [
    # 0 – leaves: configs and registries, importing nothing of ftwork but each other
    {"ftwork", "ftwork.errors", "ftwork.tasks", "ftwork.configs", "ftwork.resources", "ftwork.progress"},
    # 1 – foundations: the engagement folder and its files, language guess, figures
    {"ftwork.engagement", "ftwork.language", "ftwork.plots"},
    # 2 – models and client files
    {"ftwork.models", "ftwork.loaders"},
    # 3 – the machine, and what stages leave for each other
    {"ftwork.hardware", "ftwork.artifacts"},
    # 4 – shared building blocks (may use each other, acyclic)
    {"ftwork.prompts", "ftwork.splits", "ftwork.plans", "ftwork.presets", "ftwork.metrics", "ftwork.generation",
     "ftwork.canaries", "ftwork.report", "ftwork.ollama", "ftwork.converter", "ftwork.modelcard", "ftwork.pii",
     "ftwork.retrieval", "ftwork.roi", "ftwork.probe", "ftwork.launch", "ftwork.layercache", "ftwork.answer_loss"},
    # 5 – the six stages, one per notebook
    {"ftwork.assess", "ftwork.anonymize", "ftwork.dataset", "ftwork.train", "ftwork.evaluate", "ftwork.export"},
    # 6 – what people touch: widgets and the command line
    {"ftwork.ui", "ftwork.cli", "ftwork.__main__", "ftwork.workbook"},
]
BLOCKS = 4
STAGES = 5
SAME_LAYER_OK = (0, BLOCKS, 6)  # within these layers modules may use each other (no cycle: see below)
MAX_MODULE_LINES = 800
MAX_FUNCTION_LINES = 80
LONG_REASON = "# long:"  # a function over MAX_FUNCTION_LINES says why on a line starting with this


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PKG.rglob("*.py")) if "pii_eval" not in p.parts}


def _layer(module: str) -> int:
    for n, members in enumerate(LAYERS):
        for m in members:
            if module == m or (m != "ftwork" and module.startswith(m + ".")):
                return n
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in tests/test_layers.py and docs/ARCHITECTURE.md")


def _resolve(module: str, path: Path, node: ast.ImportFrom, modules: dict) -> list[str]:
    if node.level:
        base = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if not target.startswith("ftwork"):
        return []
    out = []
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        out.append(sub if sub in modules else target)
    return out


def _edges() -> list[tuple[str, str, bool, int]]:
    """(importer, imported, at top level?, line) for every ftwork-internal import."""
    modules = _modules()
    edges = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(n) for n in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                targets = _resolve(module, path, node, modules)
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.split(".")[0] == "ftwork"]
            else:
                continue
            edges += [(module, t, id(node) in top, node.lineno) for t in targets if t != module]
    return edges


def test_every_module_has_a_layer():
    for module in _modules():
        _layer(module)


def test_imports_point_down_the_layers():
    wrong = []
    for src, dst, _, line in _edges():
        ls, ld = _layer(src), _layer(dst)
        if ls == STAGES and ld == STAGES:
            wrong.append(f"stage {src} imports stage {dst}, line {line}: move what they share into a building block")
        elif ld > ls or (ld == ls and ls not in SAME_LAYER_OK):
            wrong.append(f"{src} (layer {ls}) imports {dst} (layer {ld}), line {line}")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle():
    graph: dict[str, set[str]] = {}
    for src, dst, _, _ in _edges():
        graph.setdefault(src, set()).add(dst)
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node, stack):
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle.extend(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, stack + [nxt]):
                return True
        state[node] = 2
        return False

    for node in sorted(graph):
        if state.get(node) is None and visit(node, [node]):
            break
    assert not cycle, " -> ".join(cycle)


def test_no_ftwork_import_inside_a_function():
    inner = [f"{src}:{line} imports {dst}" for src, dst, top, line in _edges() if not top]
    assert not inner, "imports of ftwork modules belong at the top of the file:\n" + "\n".join(inner)


@pytest.mark.parametrize("module", sorted(_modules()))
def test_module_and_function_sizes(module):
    path = _modules()[module]
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES, f"{path.name}: {len(text.splitlines())} lines"
    lines = text.splitlines()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            body = lines[node.lineno - 1: node.end_lineno]
            assert length <= MAX_FUNCTION_LINES or any(line.strip().startswith(LONG_REASON) for line in body), (
                f"{path.name}:{node.lineno} {node.name} is {length} lines: split it, or say why on a '{LONG_REASON}' line")


def test_the_layering_test_catches_a_new_upward_edge(tmp_path, monkeypatch):
    """The check above is not vacuous: an import of a stage from a building block is reported."""
    fake = {"ftwork.prompts": PKG / "prompts.py"}
    node = ast.parse("from .train import train").body[0]
    targets = _resolve("ftwork.prompts", fake["ftwork.prompts"], node, {"ftwork.train": None, **fake})
    assert targets == ["ftwork.train"] and _layer("ftwork.train") > _layer("ftwork.prompts")
