"""The lean install (issue 19): every package the code imports is declared with a compatible range,
optional packages are imported lazily, constraints.txt pins what pyproject.toml allows, and every
configuration key is read by something and documented in docs/configuration.md."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from dataclasses import fields
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from storyline.config import ENVIRONMENT, Settings

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "storyline"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# Calendar-versioned packages: every later year is compatible, so they have no upper bound.
CALENDAR_VERSIONED = {"pycountry"}
# torch is installed from the CPU wheel before the nlp extra (Makefile), so it is not pinned.
NOT_PINNED = {"torch"}


def requirements(group: str | None) -> list[Requirement]:
    specs = PROJECT["dependencies"] if group is None else PROJECT["optional-dependencies"][group]
    return [Requirement(spec) for spec in specs]


def declared(group: str | None) -> set[str]:
    return {canonicalize_name(r.name) for r in requirements(group)}


def third_party_imports() -> dict[str, dict[str, bool]]:
    """Top-level module -> {file: imported at module level (not inside a function)}."""
    found: dict[str, dict[str, bool]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_function: set[ast.AST] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inside_function.update(ast.walk(node))
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                inside_function.update(ast.walk(node))  # never imported at run time
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top == "storyline":
                    continue
                name = str(path.relative_to(ROOT))
                at_module_level = node not in inside_function
                found.setdefault(top, {})[name] = found.get(top, {}).get(name, False) or (
                    at_module_level)
    return found


def distributions_of(module: str) -> set[str]:
    names = importlib.metadata.packages_distributions().get(module, [])
    return {canonicalize_name(name) for name in names}


def test_every_import_is_declared_and_optional_ones_are_lazy() -> None:
    core = declared(None)
    extras = {group: declared(group) for group in PROJECT["optional-dependencies"]}
    problems = []
    for module, files in third_party_imports().items():
        providers = distributions_of(module)
        if not providers:
            problems.append(f"{module} (in {', '.join(files)}): not installed, so not declared")
        elif not providers & core:
            groups = [g for g, names in extras.items() if providers & names]
            eager = [f for f, module_level in files.items() if module_level]
            if not groups:
                problems.append(f"{module} (in {', '.join(files)}): not in pyproject.toml")
            elif eager:
                problems.append(f"{module} is only in the {groups} extra but imported at module "
                                f"level in {', '.join(eager)}: import it where it is used")
    assert not problems, "\n".join(problems)


def test_every_declared_dependency_has_a_compatible_range() -> None:
    groups: list[str | None] = [None, *PROJECT["optional-dependencies"]]
    problems = []
    for group in groups:
        for requirement in requirements(group):
            operators = {spec.operator for spec in requirement.specifier}
            if "==" in operators or "===" in operators:
                problems.append(f"{requirement}: pinned (pins belong in constraints.txt)")
            if ">=" not in operators:
                problems.append(f"{requirement}: no lower bound")
            if "<" not in operators and requirement.name not in CALENDAR_VERSIONED:
                problems.append(f"{requirement}: no upper bound")
    assert not problems, "\n".join(problems)


def constraints() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version
    return pins


def test_constraints_pin_every_declared_package_within_its_range() -> None:
    pins = constraints()
    problems = []
    for group in [None, *PROJECT["optional-dependencies"]]:
        for requirement in requirements(group):
            name = canonicalize_name(requirement.name)
            if name in NOT_PINNED:
                continue
            if name not in pins:
                problems.append(f"{requirement.name}: not in constraints.txt (run make lock)")
            elif not requirement.specifier.contains(pins[name], prereleases=True):
                problems.append(f"{requirement.name}=={pins[name]} is outside {requirement}")
    assert "uv" in pins, "the Makefile installs uv with -c constraints.txt: pin it"
    assert not problems, "\n".join(problems)


def test_every_setting_is_read_outside_the_config_module() -> None:
    read: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.name == "config.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and re.search(r"settings$", ast.unparse(node.value)):
                read.add(node.attr)
    unread = [f.name for f in fields(Settings) if f.name not in read]
    assert not unread, f"settings read by nothing: {unread}"


def test_every_setting_and_variable_is_documented() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", page, re.M)}
    assert sorted(rows) == sorted(f.name for f in fields(Settings)), "one row per setting"
    for variable, key in ENVIRONMENT.items():
        assert f"`{variable}`" in rows[key], f"{variable} is not in the row of {key}"
