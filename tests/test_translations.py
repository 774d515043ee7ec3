"""Every text the app shows has a Dutch and a German translation, and the .ts files say so.

``pyside6-lupdate`` reads the code exactly as ``make translations`` does,
into copies of the committed ``.ts`` files: the copies must come out
unchanged (the committed files are up to date with the code) and every
message in them must be translated — not "unfinished", not empty — with
the same placeholders as its English source. English only carries the
plural forms, and those must be finished too.

lupdate only sees text whose context and words are string literals, so a
second check reads the code itself: a ``translate``/``QT_TRANSLATE_NOOP``
with a context held in a variable (``translate(_CONTEXT, ...)``) would be
translated at run time but never extracted, and an f-string is extracted
with its braces but looked up filled in: both are never translated.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
import translations  # scripts/translations.py (tests/conftest.py puts scripts/ on the path)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "octanist_desktop"
COMMITTED = PACKAGE / "translations"
TRANSLATED = ("nl", "de")

_PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%L?\d")


@dataclass(frozen=True)
class Message:
    """One message of a .ts file, with its translation(s) as lupdate left them."""

    context: str
    source: str
    forms: tuple[str, ...]
    finished: bool
    numerus: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    """Every message in ``path``."""
    messages = []
    # The app's own .ts files, not data from outside.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    translation.get("type") not in ("unfinished", "vanished", "obsolete"),
                    numerus,
                )
            )
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files brought up to date with the code, in a folder of their own."""
    folder = tmp_path_factory.mktemp("ts")
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_file(language), translations.ts_file(language, folder))
    translations.update(folder, quiet=True)
    return folder


def test_the_committed_ts_files_are_up_to_date_with_the_code(extracted: Path) -> None:
    stale = [
        language
        for language in translations.LANGUAGES
        if translations.ts_file(language, extracted).read_bytes()
        != translations.ts_file(language).read_bytes()
    ]
    assert not stale, (
        f"octanist_{stale[0]}.ts (and {len(stale) - 1} more) no longer match the code: "
        "run `make translations`, translate what is new and commit the .ts files"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated(extracted: Path, language: str) -> None:
    messages = read_ts(translations.ts_file(language, extracted))
    assert len(messages) > 500  # lupdate found the app's text, not nothing
    missing = [
        str(m) for m in messages if not m.finished or not all(form.strip() for form in m.forms)
    ]
    assert not missing, f"{len(missing)} text(s) without a {language} translation: {missing}"


def test_english_has_every_plural_form(extracted: Path) -> None:
    messages = read_ts(translations.ts_file("en", extracted))
    assert messages, "no plural text found: lupdate saw no self.tr(text, None, n)"
    missing = [str(m) for m in messages if not m.finished or not all(m.forms)]
    assert not missing, f"plural forms missing in octanist_en.ts: {missing}"


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_translations_keep_their_placeholders_and_one_mnemonic(
    extracted: Path, language: str
) -> None:
    wrong = []
    for message in read_ts(translations.ts_file(language, extracted)):
        wanted = {p for p in _PLACEHOLDER.findall(message.source) if p.startswith("{")}
        for form in message.forms:
            found = {p for p in _PLACEHOLDER.findall(form) if p.startswith("{")}
            if found != wanted:
                wrong.append(f"{message}: {form!r} has {sorted(found)}, not {sorted(wanted)}")
            if form.replace("&&", "").count("&") > 1 and "<" not in form:
                wrong.append(f"{message}: {form!r} has two mnemonics")
        if message.numerus and not any(re.search(r"%L?n", form) for form in message.forms[1:]):
            wrong.append(f"{message}: no plural form shows the number")
    assert not wrong, "\n".join(wrong)


# Calls whose arguments lupdate must be able to read.
_TRANSLATING = {"translate", "QT_TRANSLATE_NOOP", "tr"}
# The places that translate words handed to them, whose context and text were
# extracted where they were marked: ui.words and the form's menu letters.
_PASSES_ON_MARKED_WORDS = {
    ("ui/words.py", "translated"),
    ("ui/form/field_letters.py", "window_letters"),
}


def _called(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _calls_by_function(tree: ast.AST, function: str = "") -> list[tuple[str, ast.Call]]:
    """Every call in ``tree`` with the name of the function it is in ("" at module level)."""
    found = []
    for child in ast.iter_child_nodes(tree):
        name = child.name if isinstance(child, ast.FunctionDef) else function
        if isinstance(child, ast.Call):
            found.append((function, child))
        found += _calls_by_function(child, name)
    return found


def unreadable_calls(source: str, relative: str) -> list[str]:
    """Translations in ``source`` (the module at ``relative``) lupdate would miss or misread."""
    found = []
    for function, node in _calls_by_function(ast.parse(source)):
        called = _called(node)
        if called not in _TRANSLATING or (relative, function) in _PASSES_ON_MARKED_WORDS:
            continue
        if called == "tr":
            text = node.args[0] if node.args else None
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Attribute):
                # lupdate takes "module.Class" for the context; Qt looks up "Class".
                found.append(f"{relative}:{node.lineno}: call tr on the bare class name")
        elif node.args and _literal(node.args[0]):
            text = node.args[1] if len(node.args) > 1 else None
        else:
            found.append(f"{relative}:{node.lineno}: the context is not a string literal")
            continue
        if isinstance(text, ast.JoinedStr):
            found.append(f"{relative}:{node.lineno}: an f-string is never translated")
    return found


def test_lupdate_can_read_every_translated_text() -> None:
    problems = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "pseudo_locale.py"
        for problem in unreadable_calls(
            path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix()
        )
    ]
    assert not problems, "\n".join(problems)


def test_a_context_in_a_variable_and_an_f_string_are_caught() -> None:
    source = (
        'CONTEXT = "X"\n'
        "def said(n):\n"
        '    return QCoreApplication.translate(CONTEXT, "Hello"), self.tr(f"{n} leads")\n'
        'WORDS = words.Words.tr("Hello")\n'
    )
    assert unreadable_calls(source, "ui/sample.py") == [
        "ui/sample.py:3: the context is not a string literal",
        "ui/sample.py:3: an f-string is never translated",
        "ui/sample.py:4: call tr on the bare class name",
    ]
