"""The codebase's shape (README, "Architecture"), checked rather than claimed: the import
contracts hold and catch an upward import; no module is over 400 lines; data tables live in data
files, not in Python; no test module imports another."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The folders of Python code, and the import name each is installed under.
PACKAGES = {"site": "ourdigitalfuture", "home": "home", "workshops": "workshops"}
PACKAGES |= {"clauses": "clauses", "search": "search"}
CODE_FOLDERS = [*PACKAGES, "tests", "benchmarks"]
MAX_LINES = 400
# A literal collection holding this many records (collections inside it), or this much text, is
# a data table: it belongs in a data file (JSON) beside the code that reads it.
MAX_RECORDS = 20
MAX_TEXT = 3000
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def python_modules():
    for folder in CODE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts or "target" in relative.parts:
                continue
            yield relative


def test_no_module_is_over_400_lines():
    too_long = {
        str(path): lines
        for path in python_modules()
        if (lines := len((ROOT / path).read_text().splitlines())) > MAX_LINES
    }
    assert too_long == {}


def _text(node):
    return sum(
        len(sub.value)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
    )


def _records(node):
    items = node.values if isinstance(node, ast.Dict) else node.elts
    return sum(isinstance(item, ast.Dict | ast.List | ast.Tuple | ast.Set) for item in items)


def data_tables(source):
    """(line, records, characters) of each literal collection in `source` that is a data table."""
    return [
        (node.lineno, _records(node), _text(node))
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Dict | ast.List | ast.Tuple | ast.Set)
        and (_records(node) >= MAX_RECORDS or _text(node) >= MAX_TEXT)
    ]


def test_the_data_table_check_finds_a_table():
    rows = ",\n".join(f'    {{"query": "q{i}", "expected": ["DBH-{i:04}"]}}' for i in range(25))
    tables = data_tables(f"CASES = [\n{rows}\n]\n")
    assert [(line, records) for line, records, _text in tables] == [(1, 25)]
    assert data_tables('TEXT = ["' + "x" * 3000 + '"]\n')
    assert data_tables('CHOICES = [("a", "A"), ("b", "B")]\n') == []


def test_no_data_table_lives_in_a_python_module():
    found = {
        str(path): tables
        for path in python_modules()
        if (tables := data_tables((ROOT / path).read_text()))
    }
    assert found == {}


def _imported_modules(path):
    tree = ast.parse((ROOT / path).read_text())
    package = ".".join(path.with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def test_no_test_module_imports_another_test_module():
    offenders = {
        str(path): sorted(
            name for name in _imported_modules(path) if name.rsplit(".", 1)[-1].startswith("test_")
        )
        for path in python_modules()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def lint_imports(root):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(root / "pyproject.toml")],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def copy_of_the_code(tmp_path):
    """The packages copied under their import names, with the contracts (pyproject.toml)."""
    for folder, name in PACKAGES.items():
        shutil.copytree(
            ROOT / folder, tmp_path / name, ignore=shutil.ignore_patterns("*.pyc", "static")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_import_contracts_hold_and_catch_an_upward_import(copy_of_the_code):
    kept = lint_imports(copy_of_the_code)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert "BROKEN" not in kept.stdout

    # The kernel reaching up into a feature app (as home.demo once imported clauses).
    kernel_module = copy_of_the_code / "ourdigitalfuture" / "core" / "regions.py"
    kernel_module.write_text(kernel_module.read_text() + "\nimport clauses.models  # upward\n")
    broken = lint_imports(copy_of_the_code)
    assert broken.returncode != 0
    assert "ourdigitalfuture.core is not allowed to import clauses" in broken.stdout
    assert "ourdigitalfuture.core.regions -> clauses.models" in broken.stdout
