"""The seams of ARCHITECTURE.md that a test can hold: the layers, no import
cycle, the worker seam, few imports inside functions."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Each app imports only the apps of its own layer or the layers before it.
LAYERS = [
    ("core",),
    ("people",),
    ("home",),
    ("cities",),
    ("relationships", "events"),
    ("newsletters",),
    ("registrations",),
    ("notices",),
    ("chapter",),
    ("worker",),
    ("cms",),
]
LAYER_OF = {app: index for index, apps in enumerate(LAYERS) for app in apps}
APPS = tuple(app for apps in LAYERS for app in apps if app not in ("worker", "cms"))
FORBIDDEN = ("worker", "celery", "kombu")
MAX_IMPORTS_IN_FUNCTIONS = 10


def python_files(app: str):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def module_name(path: Path) -> str:
    if not path.is_relative_to(ROOT):
        return path.stem
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[str, bool]]:
    """(module, inside a function) for every import, relative ones resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.Import):
                found.extend((alias.name, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                found.append((base, in_function))
                # "from . import signals": the names may be modules too.
                found.extend((f"{base}.{alias.name}", in_function) for alias in child.names)
            visit(child, nested)

    visit(tree, False)
    return found


def imported_modules(path: Path) -> set[str]:
    return {name for name, _inside in imports_of(path)}


def project_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports at module level."""
    modules = {module_name(path): path for app in APPS + ("worker", "cms") for path in python_files(app)}
    return {name: {imported for imported, inside in imports_of(path) if not inside and imported in modules}
            for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found, counter = {}, {}, [], set(), [], [0]

    def connect(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_apps_never_import_the_worker_or_celery():
    offenders = []
    for app in APPS:
        for path in python_files(app):
            for name in imported_modules(path):
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_each_app_imports_only_its_own_layer_and_those_before_it():
    offenders = []
    for app, layer in LAYER_OF.items():
        for path in python_files(app):
            for name in imported_modules(path):
                other = name.split(".")[0]
                if other in LAYER_OF and LAYER_OF[other] > layer:
                    offenders.append(f"{path.relative_to(ROOT)} ({app}) imports {name}")
    assert offenders == []


def test_no_import_cycle_between_modules():
    assert cycles(project_graph()) == []


def test_imports_inside_functions_are_few_and_say_why():
    inside, unexplained = [], []
    for app in APPS + ("worker", "cms"):
        for path in python_files(app):
            lines = path.read_text().splitlines()
            tree = ast.parse("\n".join(lines))
            for function in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
                for node in ast.walk(function):
                    if isinstance(node, (ast.Import, ast.ImportFrom)):
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        inside.append(where)
                        before = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
                        if "#" not in lines[node.lineno - 1] and not before.startswith("#"):
                            unexplained.append(where)
    assert len(set(inside)) < MAX_IMPORTS_IN_FUNCTIONS, sorted(set(inside))
    assert unexplained == []


def test_the_checks_see_layers_cycles_and_the_worker(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from worker.tasks import mail\nimport celery.app\n")
    assert imported_modules(sample) >= {"worker.tasks", "celery.app"}
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_every_app_has_its_test_folder():
    for app in APPS + ("worker",):
        assert (ROOT / "tests" / app).is_dir(), f"tests/{app}/ mirrors {app}/"
