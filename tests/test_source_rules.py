"""Rules the code keeps, checked over the package's source (issue 11's "grep finds no …").

Read with ``ast``, not with regular expressions, so a comment or a docstring
that *talks* about one of these never trips a rule:

- no ``os._exit``: quitting waits for every thread instead (``tasks.shutdown``);
- nothing reaches into PySide6's private modules (``PySide6.support``);
- no list of lead or outcome statuses outside ``store/lifecycle.py``: which
  statuses can be retried, erased or count as waiting is asked of it;
- no branch on the wording of a message: states cross layers as enums and
  facts, so a translated or reworded sentence never changes what the app does;
- no ``self.tr`` in a mixin (a class with no base): PySide asks the translator
  for the *object's* class name while ``lupdate`` files the text under the
  mixin's, so the text would never be translated. Mixins use
  ``QCoreApplication.translate("TheirQObjectClass", …)``.

Each rule is shown to catch a small example of what it forbids, so a rule
that stopped matching anything would fail here rather than pass in silence.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "octanist_desktop"

STATUS_ENUMS = {"LeadStatus", "OutcomeStatus"}
# A constant that holds a sentence for people, by this code base's naming.
SENTENCE_NAME = re.compile(r"^_?[A-Z][A-Z0-9_]*_(MESSAGE|TEXT|SENTENCE|LABEL|REASON)$")
# Variables that hold a message for people, as this code base names them.
MESSAGE_NAMES = {"message", "msg", "reason", "error", "text", "sentence", "part", "said"}

#: Places a rule knowingly allows, each with why. (path relative to the package, rule)
ALLOWED = {
    # One glyph drawn for two statuses (an arrow for queued and sending): a
    # picture, not a rule about what may happen to a lead.
    ("ui/status_icons.py", "status list"),
    # Python's json module names a syntax error only in English words; these
    # are turned into the app's own sentences. Its message is its only interface.
    ("core/json_problems.py", "wording"),
    # SQLite's own English error text, read only when an error comes without
    # SQLite's error code (the code is checked first).
    ("ui/startup_problem.py", "wording"),
    # The booth's consent introduction saved before events had wordings of their
    # own: a stored default (the English sentence) means "not customised".
    ("ui/booth/booth_mode.py", "wording"),
}


def _dotted(node: ast.AST) -> str:
    """``a.b.c`` for a chain of names and attributes ("" for anything else)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def _is_sentence_constant(node: ast.AST) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return isinstance(node, ast.Name | ast.Attribute) and bool(SENTENCE_NAME.match(name))


def _is_sentence_literal(node: ast.AST) -> bool:
    """A string with words in it ("No API key is set."), not a code or a separator."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and " " in node.value.strip()
        and node.value.strip()[:1].isupper()
    )


def _is_message_text(node: ast.AST) -> bool:
    """A variable holding a message (``reason``), or it lowered (``reason.lower()``)."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"lower", "casefold"}
    ):
        node = node.func.value
    return isinstance(node, ast.Name) and node.id in MESSAGE_NAMES


def _is_word(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.replace(" ", "").isalpha()
    )


def violations(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, rule, what) for every broken rule in ``source``."""
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ClassDef) and all(_dotted(b) == "object" for b in node.bases):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _dotted(inner.func) == "self.tr":
                    yield inner.lineno, "tr in a mixin", f"self.tr in {node.name}"
        if isinstance(node, ast.Call) and _dotted(node.func) == "os._exit":
            yield line, "os._exit", "os._exit()"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names]
            if any(name.startswith("PySide6.support") for name in names):
                yield line, "private PySide6", "import of PySide6.support"
        if isinstance(node, ast.Attribute | ast.Name):
            dotted = _dotted(node)
            if dotted.startswith("PySide6.support") or dotted.endswith("pyside_feature_dict"):
                yield line, "private PySide6", dotted
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            members = [
                e
                for e in node.elts
                if isinstance(e, ast.Attribute) and _dotted(e.value) in STATUS_ENUMS
            ]
            if len(members) >= 2:
                yield line, "status list", ", ".join(_dotted(e) for e in members)
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            wording_ops = (ast.Eq, ast.NotEq, ast.In, ast.NotIn)
            if any(isinstance(op, wording_ops) for op in node.ops) and (
                any(_is_sentence_constant(side) or _is_sentence_literal(side) for side in sides)
                or (
                    _is_word(node.left)
                    and any(isinstance(op, ast.In | ast.NotIn) for op in node.ops)
                    and any(_is_message_text(side) for side in node.comparators)
                )
            ):
                yield line, "wording", ast.unparse(node)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"startswith", "endswith"}
            and any(_is_sentence_constant(a) or _is_sentence_literal(a) for a in node.args)
        ):
            yield line, "wording", ast.unparse(node)


def _package_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_keeps_the_rules() -> None:
    found = []
    for path in _package_files():
        relative = path.relative_to(PACKAGE).as_posix()
        for line, rule, what in violations(path.read_text(encoding="utf-8")):
            if rule == "status list" and relative == "store/lifecycle.py":
                continue  # the one place that owns them
            if (relative, rule) in ALLOWED:
                continue
            found.append(f"{relative}:{line}: {rule}: {what}")
    assert found == []


def test_every_allowance_is_still_needed() -> None:
    """An allowance whose reason went away is removed, so it can't hide a new case."""
    used = set()
    for path in _package_files():
        relative = path.relative_to(PACKAGE).as_posix()
        for _line, rule, _what in violations(path.read_text(encoding="utf-8")):
            used.add((relative, rule))
    assert ALLOWED - used == set()


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("import os\nos._exit(0)\n", "os._exit"),
        ("import PySide6.support.feature\n", "private PySide6"),
        ("from PySide6.support import feature\n", "private PySide6"),
        (
            "import PySide6\nPySide6.support.feature.pyside_feature_dict['x'] = 1\n",
            "private PySide6",
        ),
        (
            "RETRYABLE = (LeadStatus.INVALID, LeadStatus.REJECTED)\n",
            "status list",
        ),
        ("ok = status in {OutcomeStatus.QUEUED, OutcomeStatus.SENDING}\n", "status list"),
        ("if message == NO_KEY_MESSAGE:\n    pass\n", "wording"),
        ("if error.startswith('No API key'):\n    pass\n", "wording"),
        ("if 'No API key is set.' in message:\n    pass\n", "wording"),
        ("kept = [part for part in parts if 'lead' not in part.lower()]\n", "wording"),
        ("class Part:\n    def words(self):\n        return self.tr('Hello')\n", "tr in a mixin"),
    ],
)
def test_each_rule_catches_what_it_forbids(source: str, rule: str) -> None:
    assert rule in {found_rule for _line, found_rule, _what in violations(source)}


@pytest.mark.parametrize(
    "source",
    [
        # Talking about a rule is not breaking it.
        '"""Quitting needs no os._exit, and nothing touches PySide6.support."""\n',
        "# if message == NO_KEY_MESSAGE: that was the old way\n",
        # One status, codes, separators and numbers are not wording or lists.
        "if status is LeadStatus.DELIVERED:\n    pass\n",
        "if text.startswith('+'):\n    pass\n",
        "if status in (404, 405):\n    pass\n",
        "if key in ('email', 'phone'):\n    pass\n",
        "if '@' in text:\n    pass\n",
        "if 'quoted-printable' in line.lower():\n    pass\n",
        "if path.startswith(CONTROL_PREFIX):\n    pass\n",
        "class Dialog(QDialog):\n    def words(self):\n        return self.tr('Hello')\n",
    ],
)
def test_the_rules_leave_ordinary_code_alone(source: str) -> None:
    assert list(violations(source)) == []
